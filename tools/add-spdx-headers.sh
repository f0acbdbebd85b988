#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Adds the SPDX license line to every git-tracked source file that lacks it:
#   *.cpp, *.h                        "// SPDX-License-Identifier: Apache-2.0" as the first line
#   CMakeLists.txt, *.cmake, *.sh     "# SPDX-License-Identifier: Apache-2.0" as the first line,
#                                     or the second after a #! line
# A file that already names an SPDX license anywhere in its first lines is left alone, so the
# script can run again at any time.
#   tools/add-spdx-headers.sh [CHECKOUT]   (default: the checkout this script lives in)
set -euo pipefail
root=${1:-"$(dirname "$0")/.."}
cd "$root"
readonly id="SPDX-License-Identifier: Apache-2.0"

has_spdx() {
    head -n 5 "$1" | grep -q "SPDX-License-Identifier:"
}

# $1 file, $2 the comment marker ("//" or "#"); keeps a #! line first.
add_line() {
    local file=$1 marker=$2 tmp
    tmp=$(mktemp)
    if [ "$marker" = "#" ] && head -n 1 "$file" | grep -q '^#!'; then
        { head -n 1 "$file"; echo "$marker $id"; tail -n +2 "$file"; } >"$tmp"
    else
        { echo "$marker $id"; cat "$file"; } >"$tmp"
    fi
    cat "$tmp" >"$file" # keeps the file's mode (an executable script stays executable)
    rm -f "$tmp"
}

changed=0
while IFS= read -r -d '' file; do
    [ -f "$file" ] || continue
    has_spdx "$file" && continue
    case "$file" in
    *.cpp | *.h) add_line "$file" "//" ;;
    *CMakeLists.txt | *.cmake | *.sh) add_line "$file" "#" ;;
    *) continue ;;
    esac
    changed=$((changed + 1))
done < <(git ls-files -z -- '*.cpp' '*.h' 'CMakeLists.txt' '*/CMakeLists.txt' '*.cmake' '*.sh')
echo "SPDX line added to $changed file(s)"
