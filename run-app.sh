#!/usr/bin/env bash
# Set up (first time only) and start hrd-desk. Arguments go to hrd-desk (e.g. --help, init).
set -euo pipefail
cd "$(dirname "$0")"
tools/bootstrap.sh
exec .venv/bin/hrd-desk "$@"
