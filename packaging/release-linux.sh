#!/usr/bin/env bash
# Package dist/hrd-desk/ (packaging/build-linux.sh) for release: a tar.xz with the app, its
# desktop integration and install.sh; the wheelhouses packaging/wheelhouse.sh left in dist/;
# SHA256SUMS of them; and detached minisign signatures of each made with the release key
# (docs/release-key.md).
#   HRD_DESK_RELEASE_KEY=/media/key/hrd-desk-release.key packaging/release-linux.sh
# Without HRD_DESK_RELEASE_KEY it makes the tar.xz and sums and says that nothing was signed.
# Writes into dist/release/; prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x dist/hrd-desk/hrd-desk ] || { echo "release: run packaging/build-linux.sh first" >&2; exit 1; }
python=build/venv/bin/python
version=$(dist/hrd-desk/hrd-desk --version | cut -d' ' -f2)
arch=$(uname -m)
name="hrd-desk-${version}-linux-${arch}"
out=dist/release
stage=build/stage/$name
rm -rf "$stage" "$out" && mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$out"

cp -a dist/hrd-desk "$stage/hrd-desk"
cp packaging/linux/org.hrddesk.HrdDesk.desktop "$stage/share/applications/"
cp packaging/linux/org.hrddesk.HrdDesk.metainfo.xml "$stage/share/metainfo/"
for png in packaging/icons/hrd-desk-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$stage/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$stage/share/icons/hicolor/${size}x${size}/apps/org.hrddesk.HrdDesk.png"
done
mkdir -p "$stage/share/icons/hicolor/scalable/apps"
cp packaging/icons/hrd-desk.svg "$stage/share/icons/hicolor/scalable/apps/org.hrddesk.HrdDesk.svg"
cp packaging/linux/install.sh "$stage/install.sh"
cp LICENSE "$stage/LICENSE"

# sorted names, no owners, one time stamp (the commit's): the archive adds no variation of its
# own (PyInstaller's output is not bit-for-bit reproducible yet)
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
  -C build/stage -cf - "$name" | xz -T2 -6 > "$out/$name.tar.xz"
# the offline wheelhouses made by packaging/wheelhouse.sh, when there are any, go out beside it
artefacts=("$name.tar.xz")
for wheelhouse in dist/hrd-desk-"$version"-wheelhouse-*.tar; do
  [ -f "$wheelhouse" ] || continue
  cp "$wheelhouse" "$out/" && artefacts+=("$(basename "$wheelhouse")")
done
(cd "$out" && sha256sum "${artefacts[@]}" > SHA256SUMS)

if [ -n "${HRD_DESK_RELEASE_KEY:-}" ]; then
  "$python" packaging/release_sign.py ${HRD_DESK_RELEASE_KEY_STDIN:+--passphrase-stdin} \
    sign --secret "$HRD_DESK_RELEASE_KEY" "${artefacts[@]/#/$out/}" "$out/SHA256SUMS"
  echo "release: signed with $HRD_DESK_RELEASE_KEY"
else
  echo "release: NOT signed (set HRD_DESK_RELEASE_KEY to the release key's secret key file)"
fi
echo "release: $out/$name.tar.xz $(du -m "$out/$name.tar.xz" | cut -f1) MiB" \
  "(unpacked $(du -sm "$stage" | cut -f1) MiB)"
