#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a git-tracked *.cpp or *.h file is not formatted as .clang-format says, and names
# the files. Exits 77 (ctest's "skipped") with a message when clang-format or git is missing, so
# machines without the tool still pass.
#   tools/check-format.sh [CHECKOUT]   (default: the checkout this script lives in)
# To format the tree:
#   git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format -i
set -uo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root" || exit 2
clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null 2>&1; then
    echo "format check skipped: $clang_format is not installed"
    exit 77
fi
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "format check skipped: $PWD is not a git checkout"
    exit 77
fi
"$clang_format" --version
unformatted=()
while IFS= read -r -d '' file; do
    if ! "$clang_format" --dry-run -Werror "$file" >/dev/null 2>&1; then
        unformatted+=("$file")
    fi
done < <(git ls-files -z -- '*.cpp' '*.h')
if [ "${#unformatted[@]}" -gt 0 ]; then
    echo "not formatted as .clang-format says (${#unformatted[@]} file(s)):"
    printf '  %s\n' "${unformatted[@]}"
    echo "fix with: clang-format -i FILE..."
    exit 1
fi
echo "format ok"
