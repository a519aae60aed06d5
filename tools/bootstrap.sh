#!/usr/bin/env bash
# Set up hrd-desk on a Debian-like machine: the Debian libraries Qt needs (only when missing),
# a virtual environment in .venv, and the Python packages (the app; with --test the test tools).
# Safe to run again: it does only what is missing. Works with no standard input (CI).
# --debs-only stops after the Debian packages (packaging/build-linux.sh makes its own venv).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
debs_only=0
extra_debs=()
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --debs-only) debs_only=1 ;;
    --deb=*) extra_debs+=("${arg#--deb=}") ;;
    *) echo "bootstrap: unknown option $arg" >&2; exit 2 ;;
  esac
done

# Debian packages: the shared libraries Qt needs, each checked by its file name. The list is what
# `ldd` shows for PySide6's window plugins (Qt/plugins/platforms/libqxcb.so with its
# libQt6XcbQpa.so.6, and libqwayland.so with its shell, decoration and EGL plugins), less
# libc/libstdc++ and the libraries these packages bring with them; tests/test_bootstrap_libs.py
# fails when that ldd needs a library this table does not cover.
declare -A pkg_of=(
  [libGL.so.1]=libgl1 [libEGL.so.1]=libegl1 [libfontconfig.so.1]=libfontconfig1
  [libglib-2.0.so.0]=libglib2.0-0 [libgthread-2.0.so.0]=libglib2.0-0 [libdbus-1.so.3]=libdbus-1-3
  [libxkbcommon.so.0]=libxkbcommon0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libX11.so.6]=libx11-6 [libX11-xcb.so.1]=libx11-xcb1 [libxcb.so.1]=libxcb1
  [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
  [libxcb-image.so.0]=libxcb-image0 [libxcb-keysyms.so.1]=libxcb-keysyms1
  [libxcb-randr.so.0]=libxcb-randr0 [libxcb-render.so.0]=libxcb-render0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
  [libxcb-shm.so.0]=libxcb-shm0 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-util.so.1]=libxcb-util1 [libxcb-xfixes.so.0]=libxcb-xfixes0
  [libxcb-xkb.so.1]=libxcb-xkb1
  [libwayland-client.so.0]=libwayland-client0 [libwayland-cursor.so.0]=libwayland-cursor0
  [libwayland-egl.so.1]=libwayland-egl1
)
ldconfig_bin=$(command -v ldconfig || echo /sbin/ldconfig)
known_libs=$("$ldconfig_bin" -p 2>/dev/null | awk '/=>/ {print $1}' || true)
missing=()
for lib in "${!pkg_of[@]}"; do
  pkg=${pkg_of[$lib]}
  grep -qxF "$lib" <<<"$known_libs" && continue
  [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
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

((debs_only)) && exit 0

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
