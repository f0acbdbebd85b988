#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs lupdate over app/ and ui/ into a copy of the committed zh_CN file and fails when any
# message is left unfinished (new strings come in as unfinished, removed ones as vanished).
#   translations/i18n-check.sh LUPDATE SOURCE_DIR TS_FILE
set -euo pipefail
lupdate=${1:?usage: i18n-check.sh LUPDATE SOURCE_DIR TS_FILE}
src=${2:?}
ts=${3:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
(cd "$src" && "$lupdate" -silent -no-obsolete -locations none app ui -ts "$work/check.ts")
total=$(grep -c '<message' "$work/check.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
empty=$(grep -cE '<translation>\s*</translation>|<translation/>' "$work/check.ts" || true)
echo "zh_CN: $total messages, $unfinished unfinished, $empty empty"
if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
    grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -n 20 >&2 || true
    exit 1
fi
