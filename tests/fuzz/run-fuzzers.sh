#!/usr/bin/env bash
# Builds the libFuzzer targets in their own clang build directory and runs each one for a
# bounded time (LITEOPS_FUZZ_SECONDS, default 20). Prints per target the executions and whether
# it crashed; exits non-zero on any crash. Without clang or libFuzzer it says so and exits 0.
#
# Environment:
#   LITEOPS_FUZZ_SECONDS    seconds per target (default 20)
#   LITEOPS_FUZZ_BUILD_DIR  build directory (default build/fuzz under the source tree)
#   LITEOPS_FUZZ_TARGETS    space-separated subset, e.g. "job_detail signing" (default: all)
#   LITEOPS_FUZZ_JOBS       parallel compile jobs (default 2)
#
# Inputs the fuzzers discover go to <build dir>/corpus/<target>, crash reproducers to
# <build dir>/crashes/<target>; nothing is written into the source tree. See README.md.
set -uo pipefail

src_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="${LITEOPS_FUZZ_BUILD_DIR:-$src_dir/build/fuzz}"
seconds="${LITEOPS_FUZZ_SECONDS:-20}"
jobs="${LITEOPS_FUZZ_JOBS:-2}"
all_targets="job_list job_detail templates servers create_answer servicestage_job ief_job error_body signing"
targets="${LITEOPS_FUZZ_TARGETS:-$all_targets}"

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "fuzz: LITEOPS_FUZZ_SECONDS must be a positive number of seconds, got '$seconds'" >&2
    exit 2
fi

skip() {
    echo "fuzz: skipped: $1"
    exit 0
}

command -v clang >/dev/null 2>&1 || skip "clang is not installed"
command -v clang++ >/dev/null 2>&1 || skip "clang++ is not installed"

# libFuzzer ships separately from clang on some systems (libclang-rt-*-dev): try a link.
probe_dir="$(mktemp -d)"
trap 'rm -rf "$probe_dir"' EXIT
cat >"$probe_dir/probe.cpp" <<'EOF'
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }
EOF
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" \
        >"$probe_dir/probe.log" 2>&1; then
    sed 's/^/fuzz:   /' "$probe_dir/probe.log" | head -5
    skip "clang++ cannot link -fsanitize=fuzzer,address,undefined (libFuzzer runtime missing)"
fi

started=$(date +%s)
mkdir -p "$build_dir"
echo "fuzz: configuring $build_dir (clang, LITEOPS_FUZZ=ON)"
if ! CC=clang CXX=clang++ cmake -S "$src_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug \
        -DLITEOPS_FUZZ=ON -DLITEOPS_BUILD_TESTS=ON >"$build_dir/configure.log" 2>&1; then
    cat "$build_dir/configure.log" >&2
    echo "fuzz: configure failed" >&2
    exit 1
fi

build_targets=()
for t in $targets; do
    build_targets+=(--target "fuzz_$t")
done
echo "fuzz: building ${targets// /, } (-j$jobs)"
if ! cmake --build "$build_dir" -j"$jobs" "${build_targets[@]}" >"$build_dir/build.log" 2>&1; then
    tail -40 "$build_dir/build.log" >&2
    echo "fuzz: build failed (full log: $build_dir/build.log)" >&2
    exit 1
fi
built=$(date +%s)
echo "fuzz: built in $((built - started)) s; running each target for $seconds s"

# Sanitizer reports must stop the run; libFuzzer then saves the input as crash-*.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

failed=0
total_runs=0
summary=()
for t in $targets; do
    exe="$build_dir/tests/fuzz/fuzz_$t"
    corpus="$build_dir/corpus/$t"
    crashes="$build_dir/crashes/$t"
    log="$build_dir/logs/fuzz_$t.log"
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
    # First directory: where new inputs go (the build tree); second: the seeds, read only.
    # The outer timeout only guards against a fuzzer that ignores -max_total_time.
    timeout --signal=KILL $((seconds * 2 + 120)) "$exe" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$corpus" "$src_dir/tests/data/fuzz/$t" >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
    if [ -z "$runs" ]; then
        runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
    fi
    runs=${runs:-0}
    total_runs=$((total_runs + runs))
    if [ "$rc" -eq 0 ]; then
        verdict="ok"
    else
        failed=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        verdict="CRASHED (exit $rc) ${artifact:+reproducer: $artifact }log: $log"
        grep -m1 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz invariant broken)' "$log" \
            | sed 's/^/fuzz:   /'
    fi
    line=$(printf '%-22s %12s runs  %s' "fuzz_$t" "$runs" "$verdict")
    echo "fuzz: $line"
    summary+=("$line")
done

echo "fuzz: summary ($seconds s per target, $(( $(date +%s) - started )) s in all)"
for line in "${summary[@]}"; do
    echo "fuzz:   $line"
done
echo "fuzz: $total_runs inputs run, $([ "$failed" -eq 0 ] && echo "no crashes" || echo "CRASHES FOUND")"
exit "$failed"
