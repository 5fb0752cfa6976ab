#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
#
# Build the Linux one-folder bundle (packaging/out/dist/hrconnect/) with the project's PyInstaller, then
# print how long it took and how big it is. Run from anywhere; builds from the repository root.
#
#   packaging/build-linux.sh              build into packaging/out/dist/hrconnect
#   packaging/build-linux.sh --smoke      build, then run packaging/smoke-test.sh on it
#
# Environment: PYTHON (default .venv/bin/python), DIST (default packaging/out/dist), WORK
# (default packaging/out/build): build output stays out of the repository's top level;
# STRIP=0 to keep debug symbols in the bundled libraries.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="${DIST:-$ROOT/packaging/out/dist}"
WORK="${WORK:-$ROOT/packaging/out/build}"
SMOKE=0
for arg in "$@"; do
    case "$arg" in
        --smoke) SMOKE=1 ;;
        -h|--help) sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-linux.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [[ ! -x "$PYTHON" ]]; then
    echo "build-linux.sh: no Python at $PYTHON (create the venv with 'uv sync' first)" >&2
    exit 1
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    # PyInstaller is in the 'build' dependency group; install the locked version into the venv.
    echo "PyInstaller missing: installing the 'build' group into $(dirname "$(dirname "$PYTHON")")"
    if command -v uv >/dev/null 2>&1; then UV=(uv); else UV=("$PYTHON" -m uv); fi
    if [[ "$PYTHON" == "$ROOT/.venv/bin/python" ]]; then
        "${UV[@]}" sync --frozen --inexact --group build
    else
        "${UV[@]}" pip install --python "$PYTHON" "pyinstaller>=6.10"
    fi
fi

started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/pyinstaller/hrconnect.spec

BUNDLE="$DIST/hrconnect"
if [[ ! -x "$BUNDLE/hrconnect" ]]; then
    echo "build-linux.sh: the build produced no $BUNDLE/hrconnect" >&2
    exit 1
fi
# Debug symbols are dead weight (~30 MB, libpython alone ~17 MB). Libraries that auditwheel
# vendored into *.libs/ are left alone: strip breaks their patched ELF headers. The executable
# is left alone too: its archive is appended after the ELF image.
if [[ "${STRIP:-1}" == 1 ]] && command -v strip >/dev/null 2>&1; then
    find "$BUNDLE/_internal" -type f -name '*.so*' -not -path '*.libs/*' \
        -exec strip --strip-debug {} +
fi
elapsed=$(( $(date +%s) - started ))
echo "built $BUNDLE in ${elapsed} s"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(du -sb "$BUNDLE" | cut -f1) bytes, $(find "$BUNDLE" -type f | wc -l) files)"
packed=$(tar -C "$DIST" -cf - hrconnect | gzip -6 | wc -c)
echo "as .tar.gz: $(( packed / 1024 / 1024 )) MiB"

if [[ "$SMOKE" == 1 ]]; then
    "$ROOT/packaging/smoke-test.sh" "$BUNDLE"
fi
