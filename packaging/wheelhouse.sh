#!/usr/bin/env bash
# An offline wheelhouse: every wheel hrd-desk needs on one platform, pinned by the hashed lock
# files, plus hrd-desk's own wheel and pip's, in dist/hrd-desk-VERSION-wheelhouse-PLATFORM-py311.tar.
# On the air-gapped laptop, `sh install.sh` inside it installs with
# `pip install --no-index --require-hashes` (README, "Installing without the packaged app").
#   packaging/wheelhouse.sh [linux|windows|macos]     (default linux; any platform from Linux)
set -euo pipefail
cd "$(dirname "$0")/.."
platform=${1:-linux}
case "$platform" in
  # pip matches only the tags it is given: name the older manylinux levels wheels use too
  linux) tags=(--platform manylinux_2_34_x86_64 --platform manylinux_2_28_x86_64
               --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64) ;;
  windows) tags=(--platform win_amd64) ;;
  macos) tags=(--platform macosx_12_0_arm64 --platform macosx_11_0_arm64
               --platform macosx_10_9_universal2) ;;
  *) echo "wheelhouse: unknown platform $platform (linux, windows, macos)" >&2; exit 2 ;;
esac
py=3.11
python=python3
isolation=()  # pip fetches a setuptools that reads pyproject's SPDX licence (>= 77)
if [ -x build/venv/bin/python ]; then  # build-linux.sh's venv: the locked setuptools
  python=build/venv/bin/python
  isolation=(--no-build-isolation)
fi
version=$("$python" -c 'import sys; sys.path.insert(0, "src"); import hrd_desk; print(hrd_desk.__version__)')
name="hrd-desk-${version}-wheelhouse-${platform}-py${py/./}"
out="build/$name"
rm -rf "$out" && mkdir -p "$out/wheels"
pip_opts=(-q --disable-pip-version-check)

# the locked packages, for the target platform, each checked against the lock's hashes
"$python" -m pip download "${pip_opts[@]}" --no-deps --require-hashes --only-binary=:all: \
  "${tags[@]}" --python-version "$py" --implementation cp -d "$out/wheels" \
  -r "packaging/requirements/$platform.txt"
"$python" -m pip download "${pip_opts[@]}" --no-deps --require-hashes --only-binary=:all: \
  -d "$out/wheels" -r packaging/requirements/pip.txt
# hrd-desk itself (pure Python: the same wheel everywhere)
"$python" -m pip wheel "${pip_opts[@]}" --no-deps "${isolation[@]}" -w "$out/wheels" .

# what install.sh asks pip for: the lock plus hrd-desk's wheel by its hash
{
  echo "# hrd-desk $version for $platform, Python $py: pip install --no-index --require-hashes"
  grep -v '^\s*#' "packaging/requirements/$platform.txt"
  wheel=$(cd "$out/wheels" && ls hrd_desk-*.whl)
  echo "hrd-desk==$version \\"
  echo "    --hash=sha256:$(sha256sum "$out/wheels/$wheel" | cut -d' ' -f1)"
} > "$out/requirements.txt"
pip_wheel=$(cd "$out/wheels" && ls pip-*.whl)
sed "s|@PIP_WHEEL@|$pip_wheel|" packaging/wheelhouse/install.sh > "$out/install.sh"
cp packaging/wheelhouse/install.ps1 "$out/install.ps1"
sed -i "s|@PIP_WHEEL@|$pip_wheel|" "$out/install.ps1"
cp LICENSE "$out/LICENSE"

epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
mkdir -p dist
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C build -cf "dist/$name.tar" "$name"
echo "wheelhouse: dist/$name.tar $(du -m "dist/$name.tar" | cut -f1) MiB" \
  "($(ls "$out/wheels" | wc -l) wheels)"
