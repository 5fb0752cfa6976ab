#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The hrconnect developers
# SPDX-License-Identifier: MIT
#
# Smoke-test a built bundle: does the frozen app start, find its data and do real work?
#
#   packaging/smoke-test.sh BUNDLE_DIR        e.g. packaging/smoke-test.sh packaging/out/dist/hrconnect
#
# Checks, each in a fresh temporary --home (deleted afterwards):
#   1. --version prints "hrconnect <version of the source tree>"
#   2. import of a generated two-card vCard (accents, folded line) creates two people
#      (exercises the importers, Alembic migrations shipped as data, matching data files)
#   3. export --format json lists both people with their values intact
#   4. the data files the code reads at run time are in the bundle, and QtNetwork is not
#   5. the window starts offscreen (QT_QPA_PLATFORM=offscreen, HRCONNECT_STARTUP_PROBE=1)
#      and reports "window shown after N s" (exercises PySide6, Qt plugins, our UI modules)
#   6. --demo export --format json finds the bundled demo resources and imports them
#      (SMOKE_SKIP_DEMO=1 skips it)
# Exits non-zero on the first failure, printing the failing command's output.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
    echo "usage: smoke-test.sh BUNDLE_DIR" >&2
    exit 2
fi
BUNDLE="$(cd "$1" && pwd)"
APP="$BUNDLE/hrconnect"
[[ -x "$APP" ]] || { echo "smoke-test: no executable $APP" >&2; exit 1; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TIMEOUT="${SMOKE_TIMEOUT:-120}"

SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
# Nothing from the developer's environment may leak in (their real data, a display).
unset HRCONNECT_HOME DISPLAY WAYLAND_DISPLAY

step=0
fail() {
    echo "smoke-test: FAILED at step $step: $1" >&2
    for file in "$SCRATCH"/out "$SCRATCH"/err; do
        if [[ -s "$file" ]]; then echo "--- ${file##*/}:" >&2; tail -n 40 "$file" >&2; fi
    done
    exit 1
}
run() {  # run ARGS...: the app with a time limit, stdout/stderr kept for checks and failures
    local code=0
    timeout "$TIMEOUT" "$APP" "$@" >"$SCRATCH/out" 2>"$SCRATCH/err" || code=$?
    [[ $code -eq 0 ]] || fail "'hrconnect $*' exited with $code"
}
expect() {  # expect FILE TEXT: FILE (out or err) contains TEXT
    grep -qF -- "$2" "$SCRATCH/$1" || fail "expected '$2' in $1"
}
report() {
    echo "ok $step - $1"
}

step=1
run --version
if [[ -f "$ROOT/hrconnect/__init__.py" ]]; then
    version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/hrconnect/__init__.py")"
    expect out "hrconnect $version"
else
    expect out "hrconnect "
fi
report "--version: $(cat "$SCRATCH/out")"

step=2
HOME_DIR="$SCRATCH/home"
printf '%s\r\n' \
    'BEGIN:VCARD' 'VERSION:3.0' 'N:Raman;Priya;;;' 'FN:Priya Raman' \
    'EMAIL;TYPE=INTERNET:priya.raman@example.org' 'TEL;TYPE=CELL:+31 6 12345678' \
    'ORG:Zonnebloem Werving B.V.' 'TITLE:Talent Partner' 'END:VCARD' \
    'BEGIN:VCARD' 'VERSION:3.0' 'N:Lefèvre;Anaïs;;;' 'FN:Anaïs Lefèvre' \
    'EMAIL:anais.lefevre@example.net' 'NOTE:Met at the Utrecht recruiting meetup; prefers ' \
    ' e-mail over phone.' 'END:VCARD' >"$SCRATCH/contacts.vcf"
run --home "$HOME_DIR" import --json "$SCRATCH/contacts.vcf"
expect out '"created": 2'
[[ -f "$HOME_DIR/hrconnect.sqlite" ]] || fail "no database in $HOME_DIR"
report "import of a two-card vCard"

step=3
run --home "$HOME_DIR" export --format json
for text in '"version": 1' 'Priya Raman' 'Anaïs Lefèvre' 'priya.raman@example.org' \
    'Zonnebloem Werving B.V.'; do
    expect out "$text"
done
if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json, sys; people = json.load(sys.stdin)["people"]; sys.exit(len(people) != 2)' \
        <"$SCRATCH/out" || fail "export is not JSON with two people"
fi
report "export --format json"

step=4
INTERNAL="$BUNDLE/_internal"
[[ -d "$INTERNAL" ]] || INTERNAL="$BUNDLE"  # PyInstaller < 6 put everything next to the exe
for file in resources/icons/io.github.hrconnect.HRConnect.svg \
    hrconnect/store/migrations/env.py hrconnect/store/migrations/script.py.mako \
    hrconnect/store/migrations/versions/0001_initial_schema.py \
    hrconnect/matching/data/nicknames.tsv; do
    [[ -f "$INTERNAL/$file" ]] || fail "the bundle lacks $file"
done
[[ -d "$INTERNAL/resources/demo" ]] || fail "the bundle lacks resources/demo"
# An offline app ships no Qt networking code (the spec leaves QtNetwork and its users out).
network=$(find "$INTERNAL" -name '*Qt6Network*' -o -name 'QtNetwork.*' | head -n 1)
[[ -z "$network" ]] || fail "the bundle ships Qt networking code: ${network#"$INTERNAL"/}"
report "data files shipped (resources, migrations, matching data), no QtNetwork"

step=5
QT_QPA_PLATFORM=offscreen HRCONNECT_STARTUP_PROBE=1 run --home "$HOME_DIR"
expect err "window shown after"
if grep -qE 'Traceback|internal error' "$SCRATCH/err"; then
    fail "the window start wrote errors to stderr"
fi
report "offscreen window: $(grep -o 'window shown after .*' "$SCRATCH/err")"

step=6
if [[ -n "${SMOKE_SKIP_DEMO:-}" ]]; then
    echo "skip $step - --demo (SMOKE_SKIP_DEMO is set)"
else
    run --home "$SCRATCH/demo-home" --demo export --format json
    grep -q '"name": ' "$SCRATCH/out" || fail "the demo export lists nobody"
    report "--demo export (resources found through sys._MEIPASS)"
fi

echo "smoke-test: all $step checks passed for $BUNDLE"
