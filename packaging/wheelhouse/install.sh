#!/bin/sh
# Install hrd-desk from this wheelhouse, with no network: a virtual environment in
# ~/.local/lib/hrd-desk-venv (or the folder given), every wheel checked against the hash in
# requirements.txt (pip refuses a changed or extra file), and the `hrd-desk` command in
# ~/.local/bin. Needs only python3 (3.11): not python3-venv, not pip (pip runs from its wheel).
#   sh install.sh [VENV_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${1:-$HOME/.local/lib/hrd-desk-venv}
python3 -m venv --without-pip --clear "$venv"
# pip from its wheel, told to ignore any pip configuration and index on this machine
PIP_CONFIG_FILE=/dev/null "$venv/bin/python" "$here/wheels/@PIP_WHEEL@/pip" install --isolated \
  --no-index --find-links "$here/wheels" --require-hashes --only-binary=:all: \
  --disable-pip-version-check -q -r "$here/requirements.txt"
mkdir -p "$HOME/.local/bin"
ln -sf "$venv/bin/hrd-desk" "$HOME/.local/bin/hrd-desk"
echo "hrd-desk installed in $venv; command: $HOME/.local/bin/hrd-desk"
