#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite: lint, types, then pytest.
set -euo pipefail
cd "$(dirname "$0")"
# Debian tools the tests use: syncthing, dbus-daemon (screen lock), the validators of the
# packaging checks and the frozen smoke test's display (tests/test_packaging_files.py,
# tests/test_frozen_app.py; packaging/build-linux.sh installs binutils itself), pdftotext and
# pdftoppm for the report PDFs (tests/ui/test_report_pdf.py)
tools/bootstrap.sh --test --deb=syncthing --deb=dbus-daemon --deb=desktop-file-utils \
  --deb=appstream --deb=minisign --deb=nsis --deb=xvfb --deb=xauth --deb=xdotool \
  --deb=poppler-utils
.venv/bin/ruff check src tests bench tools packaging
.venv/bin/mypy
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
