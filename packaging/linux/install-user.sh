#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
#
# Install a built Linux bundle for one user, with menu entry and icon (no root needed).
#
#   packaging/linux/install-user.sh BUNDLE_DIR [PREFIX]     install (PREFIX: ~/.local)
#   packaging/linux/install-user.sh --uninstall [PREFIX]    remove it again (data is kept)
#
# Puts the bundle in PREFIX/lib/hrconnect, a link PREFIX/bin/hrconnect, and the desktop file,
# AppStream metainfo and icons under PREFIX/share, named after the app id.
set -euo pipefail

APP_ID="io.github.hrconnect.HRConnect"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

usage() { sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage

remove() {
    local prefix="$1"
    rm -rf "$prefix/lib/hrconnect"
    rm -f "$prefix/bin/hrconnect" \
        "$prefix/share/applications/$APP_ID.desktop" \
        "$prefix/share/metainfo/$APP_ID.metainfo.xml" \
        "$prefix/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
        "$prefix/share/icons/hicolor/256x256/apps/$APP_ID.png" \
        "$prefix/share/icons/hicolor/512x512/apps/$APP_ID.png"
}

refresh() {
    local prefix="$1"
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$prefix/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
    fi
}

if [[ "$1" == "--uninstall" ]]; then
    PREFIX="${2:-$HOME/.local}"
    remove "$PREFIX"
    refresh "$PREFIX"
    echo "removed hrconnect from $PREFIX (your data stays in ~/.local/share/hrconnect)"
    exit 0
fi

BUNDLE="$(cd "$1" && pwd)"
PREFIX="${2:-$HOME/.local}"
[[ -x "$BUNDLE/hrconnect" ]] || { echo "install-user.sh: no $BUNDLE/hrconnect" >&2; exit 1; }

remove "$PREFIX"
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
cp -a "$BUNDLE" "$PREFIX/lib/hrconnect"
ln -s "$PREFIX/lib/hrconnect/hrconnect" "$PREFIX/bin/hrconnect"
install -Dm644 "$HERE/$APP_ID.desktop" "$PREFIX/share/applications/$APP_ID.desktop"
# Exec=hrconnect relies on PATH; point it at the installed executable so the menu always works.
sed -i "s|^Exec=hrconnect|Exec=$PREFIX/bin/hrconnect|" "$PREFIX/share/applications/$APP_ID.desktop"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$ROOT/resources/icons/$APP_ID.svg" \
    "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 256 512; do
    install -Dm644 "$ROOT/resources/icons/$APP_ID-$size.png" \
        "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh "$PREFIX"
echo "installed hrconnect in $PREFIX (run 'hrconnect' or find it in the applications menu)"
