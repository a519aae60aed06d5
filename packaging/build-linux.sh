#!/usr/bin/env bash
# Build the Linux one-folder app, dist/hrd-desk/, from a clean clone: one command, as root (or a
# user with sudo) on Debian 12 / Ubuntu. It installs what it needs (Debian packages through
# tools/bootstrap.sh, the Python packages from the hashed lock files into build/venv, nothing
# else), freezes the app with packaging/hrd-desk.spec, and prints its size.
#   packaging/build-linux.sh            # then packaging/release-linux.sh makes the tar.xz
# The app runs on glibc >= the build machine's (Debian 12: 2.36); docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# binutils: PyInstaller reads and strips binaries with objdump and strip; libpython3.X: the
# shared Python library it bundles, which Debian ships apart from python3 (a minimal Debian 12
# has python3 without it)
libpython=$(python3 -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')
tools/bootstrap.sh --debs-only --deb=binutils --deb="$libpython"

venv=build/venv
lock_stamp="$venv/.locks"
locks=(packaging/requirements/linux.txt packaging/requirements/build-linux.txt)
digest=$(cat "${locks[@]}" pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$lock_stamp" 2>/dev/null)" != "$digest" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  # every package pinned and checked against its hash; hrd-desk itself from this tree
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps --require-hashes \
    -r packaging/requirements/linux.txt -r packaging/requirements/build-linux.txt
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
    --no-build-isolation .
  echo "$digest" > "$lock_stamp"
fi

start=$(date +%s)
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/hrd-desk.spec
seconds=$(( $(date +%s) - start ))

# the two breakages a plain build had: every command exiting 1 (PyNaCl's _cffi_backend), and
# pages replaced by placeholders (modules loaded by name); the smoke test checks more
dist/hrd-desk/hrd-desk --version
echo "build: dist/hrd-desk/ in ${seconds} s, $(du -sm dist/hrd-desk | cut -f1) MiB" \
  "($(find dist/hrd-desk -type f | wc -l) files)"
