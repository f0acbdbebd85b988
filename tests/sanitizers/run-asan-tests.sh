#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the unit and integration tests with the `asan` preset (GCC, AddressSanitizer with
# LeakSanitizer, UndefinedBehaviorSanitizer; any report is fatal) and runs them with
# `ctest --preset asan`. Exits non-zero when the selection check, the build or a test fails.
#
# Only the test executables are built (with what they link and the programs they start,
# liteops-sim and liteops-cli), not the GUI, the app or the GUI tests: an instrumented build
# of everything would take several times longer on two cores and run nothing more.
#
# Several unit and integration tests carry no `unit`/`integration` label, so the asan test
# preset picks them by name. Before building, this script checks that the preset selects
# exactly the tests registered under tests/unit and tests/integration, so a new test there
# cannot silently escape the sanitizers (and nothing else slips in).
#
# Arguments are passed to ctest, e.g. `tests/sanitizers/run-asan-tests.sh -R cloud_`.
# Logs: build/asan/configure.log and build/asan/build.log.
set -euo pipefail

src_dir="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$src_dir"
build_dir="$src_dir/build/asan"
mkdir -p "$build_dir"

if ! cmake --preset asan >"$build_dir/configure.log" 2>&1; then
    cat "$build_dir/configure.log" >&2
    echo "asan: configure failed" >&2
    exit 1
fi

# Test names from `ctest -N` ("  Test  #12: name"); in this project a test and its executable
# share the name (liteops_add_test in tests/CMakeLists.txt).
test_names() {
    ctest "$@" -N | sed -n 's/^ *Test *#[0-9]*: *\([^ ]*\).*$/\1/p' | sort
}
selected="$(test_names --preset asan)"
expected="$( (test_names --test-dir "$build_dir/tests/unit"
              test_names --test-dir "$build_dir/tests/integration") | sort)"
if [ "$selected" != "$expected" ]; then
    missing="$(comm -13 <(echo "$selected") <(echo "$expected") | tr '\n' ' ')"
    extra="$(comm -23 <(echo "$selected") <(echo "$expected") | tr '\n' ' ')"
    echo "asan: the asan test preset's name filter (CMakePresets.json) does not match the" >&2
    echo "asan: tests under tests/unit and tests/integration." >&2
    [ -n "${missing// /}" ] && echo "asan:   not selected: $missing" >&2
    [ -n "${extra// /}" ] && echo "asan:   selected but not a unit/integration test: $extra" >&2
    exit 1
fi
count=$(echo "$selected" | wc -l)

targets=()
for t in $selected; do
    targets+=(--target "$t")
done
echo "asan: building $count test executables (log: build/asan/build.log)"
if ! cmake --build --preset asan "${targets[@]}" >"$build_dir/build.log" 2>&1; then
    grep -E -B2 -A8 'error|Error' "$build_dir/build.log" | tail -60 >&2
    echo "asan: build failed (full log: build/asan/build.log)" >&2
    exit 1
fi

echo "asan: running $count unit and integration tests"
ctest --preset asan "$@"
