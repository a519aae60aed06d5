"""The frozen app's entry point: the same as the `hrd-desk` command (hrd_desk.cli.main)."""

from hrd_desk.cli import main

raise SystemExit(main())
