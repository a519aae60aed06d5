#!/usr/bin/env bash
# Set up hrd-desk on a Debian-like machine: the Debian libraries Qt needs (only when missing),
# a virtual environment in .venv, and the Python packages (the app; with --test the test tools).
# Safe to run again: it does only what is missing. Works with no standard input (CI).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
extra_debs=()
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --deb=*) extra_debs+=("${arg#--deb=}") ;;
    *) echo "bootstrap: unknown option $arg" >&2; exit 2 ;;
  esac
done

# Debian packages: Qt's offscreen/xcb platform needs these shared libraries.
declare -A lib_of=(
  [libgl1]=libGL.so.1 [libegl1]=libEGL.so.1 [libxkbcommon0]=libxkbcommon.so.0
  [libfontconfig1]=libfontconfig.so.1 [libglib2.0-0]=libglib-2.0.so.0 [libdbus-1-3]=libdbus-1.so.3
)
missing=()
for pkg in "${!lib_of[@]}"; do
  ldconfig -p 2>/dev/null | grep -q "${lib_of[$pkg]}" || missing+=("$pkg")
done
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
for pkg in "${extra_debs[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then apt=(); elif command -v sudo >/dev/null; then apt=(sudo); else apt=(none); fi
  if [ "${apt[0]:-}" = none ]; then
    echo "bootstrap: please install: apt-get install ${missing[*]}" >&2; exit 1
  fi
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  "${apt[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# Python: a venv, and the packages, reinstalled only when pyproject.toml changed.
[ -x .venv/bin/python ] || python3 -m venv .venv
spec="."
((want_test)) && spec=".[test]"
stamp=".venv/.hrd-desk-installed$((want_test))"
digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
  echo "$digest" > "$stamp"
fi
