"""`python -m hrd_desk`: the same as the `hrd-desk` command."""

from hrd_desk.cli import main

raise SystemExit(main())
