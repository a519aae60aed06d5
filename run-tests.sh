#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite: lint, types, then pytest.
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh --test --deb=syncthing --deb=dbus-daemon
.venv/bin/ruff check src tests bench tools
.venv/bin/mypy
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
