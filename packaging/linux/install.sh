#!/bin/sh
# Install hrd-desk from this unpacked folder: for the current user (~/.local, the default), or
# for everyone with --system (/opt/hrd-desk and /usr/local, as root). Adds the `hrd-desk`
# command, the menu entry and the icons. Uninstall: ./install.sh --uninstall [--system].
# Nothing is downloaded; nothing outside those folders is touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.hrddesk.HrdDesk
opt="$HOME/.local/lib/hrd-desk"
bin="$HOME/.local/bin"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
uninstall=0
for arg in "$@"; do
  case "$arg" in
    --system) opt=/opt/hrd-desk; bin=/usr/local/bin; share=/usr/local/share ;;
    --uninstall) uninstall=1 ;;
    *) echo "install.sh: unknown option $arg (use --system, --uninstall)" >&2; exit 2 ;;
  esac
done

remove() {
  rm -f "$bin/hrd-desk" "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
  find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  rm -rf "$opt"
}
if [ "$uninstall" = 1 ]; then remove; echo "hrd-desk removed (your vault was not touched)"; exit 0; fi

remove
mkdir -p "$(dirname "$opt")" "$bin" "$share/applications" "$share/metainfo"
cp -a "$here/hrd-desk" "$opt"
ln -s "$opt/hrd-desk" "$bin/hrd-desk"
sed "s|^Exec=hrd-desk|Exec=$opt/hrd-desk|; s|^TryExec=hrd-desk|TryExec=$opt/hrd-desk|" \
  "$here/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$share/$(dirname "$icon")"
  cp "$here/share/$icon" "$share/$icon"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "hrd-desk installed in $opt; command: $bin/hrd-desk"
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to PATH to type just hrd-desk)" ;; esac
