#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets in their own clang build directory and runs each one. Prints per
# target the inputs run and whether it crashed; exits 1 on any crash (or a failed build), and
# 0 with a "skipped" line when clang or the libFuzzer runtime is missing. See README.md.
#
#   tests/fuzz/run-fuzzers.sh            the reproducible run ./test does (below)
#   tests/fuzz/run-fuzzers.sh --explore  time-bounded, random seed, growing corpus: long runs
#
# The default run explores the same inputs every time, so CI cannot turn red at random: a
# fixed -seed, the committed seeds (tests/data/fuzz/<target>) as the only starting corpus, and
# a fixed number of executions per target (-runs, about 12 s each on a 2-core machine; the
# table below). A time cap only guards against a very slow machine: hitting it runs a
# shorter prefix of the same sequence, which can miss a crash but never invent one. A crash
# therefore reproduces by running this script again with the same seed, or directly from the
# saved input. What else would make two runs with the same seed differ is switched off:
# address-space randomisation (setarch -R; pointer values reach libFuzzer's comparison
# dictionary), the periodic corpus re-read (-reload=0; it runs at wall-clock times), QHash's
# random seed (QT_HASH_SEED=0), the decoders' helper thread for big arrays
# (LITEOPS_FUZZ_NO_HELPER_THREAD=1, see fuzz_threads.h), and differences in the environment
# and paths (env -i, relative paths). --explore switches none of them off.
#
# Environment:
#   LITEOPS_FUZZ_TARGETS    space-separated subset, e.g. "job_detail signing" (default: all)
#   LITEOPS_FUZZ_SEED       libFuzzer -seed of the reproducible run (default 1)
#   LITEOPS_FUZZ_RUNS       executions per target for the reproducible run (default: table)
#   LITEOPS_FUZZ_CAP        time cap per target in seconds for that run (default 120)
#   LITEOPS_FUZZ_SECONDS    seconds per target with --explore (default 300)
#   LITEOPS_FUZZ_BUILD_DIR  build directory (default build/fuzz under the source tree)
#   LITEOPS_FUZZ_JOBS       parallel compile jobs (default 2)
#
# Nothing is written into the source tree: the reproducible run starts each target from an
# empty <build dir>/run/<target> (plus the read-only seeds); --explore keeps what it finds in
# <build dir>/corpus/<target>. Crash reproducers go to <build dir>/crashes/<target>, logs to
# <build dir>/logs.
set -uo pipefail

src_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="${LITEOPS_FUZZ_BUILD_DIR:-$src_dir/build/fuzz}"
jobs="${LITEOPS_FUZZ_JOBS:-2}"
all_targets="job_list job_detail templates servers create_answer servicestage_job ief_job error_body signing"
targets="${LITEOPS_FUZZ_TARGETS:-$all_targets}"

# Executions per target in the reproducible run: about 12 s of CPU time each, measured from
# the committed seeds (a busy shared machine takes longer in wall time). Halved from about 25 s
# when the whole of ./test came close to its 35-minute limit; --explore runs longer. The speeds differ a hundredfold (error bodies
# are tiny; a job detail seed holds 2,100 tasks; the signer hashes and re-parses).
declare -A default_runs=(
    [job_list]=700000 [job_detail]=90000 [templates]=325000 [servers]=350000
    [create_answer]=400000 [servicestage_job]=500000 [ief_job]=275000
    [error_body]=3500000 [signing]=60000
)

mode=reproducible
case "${1:-}" in
    "") ;;
    --explore) mode=explore ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "fuzz: unknown argument '$1' (use --explore or nothing)" >&2; exit 2 ;;
esac

positive() { [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -ge 1 ] || {
    echo "fuzz: $1 must be a positive whole number, got '$2'" >&2; exit 2; }; }
seed="${LITEOPS_FUZZ_SEED:-1}"
cap="${LITEOPS_FUZZ_CAP:-120}"
seconds="${LITEOPS_FUZZ_SECONDS:-300}"
positive LITEOPS_FUZZ_SEED "$seed"
positive LITEOPS_FUZZ_CAP "$cap"
positive LITEOPS_FUZZ_SECONDS "$seconds"
[ -n "${LITEOPS_FUZZ_RUNS:-}" ] && positive LITEOPS_FUZZ_RUNS "$LITEOPS_FUZZ_RUNS"
for t in $targets; do
    if [ -z "${default_runs[$t]:-}" ]; then
        echo "fuzz: unknown target '$t' (known: $all_targets)" >&2
        exit 2
    fi
done

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
if [ "$mode" = explore ]; then
    echo "fuzz: built in $((built - started)) s; exploring each target for $seconds s"
else
    echo "fuzz: built in $((built - started)) s; seed $seed, fixed executions per target" \
        "(time cap $cap s each)"
fi

# Sanitizer reports must stop the run; libFuzzer then saves the input as crash-*.
asan_options="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
uban_options="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

# How each fuzzer starts. The reproducible run gives it a fixed environment and, from inside
# the build directory, only relative paths: with address-space randomisation off, the size of
# the environment and of the arguments decides where the stack lies, and stack addresses reach
# the comparison dictionary too (one more variable in the environment changed a 5,000,000-run
# exploration of error bodies).
if [ "$mode" = reproducible ]; then
    launch=(env -i PATH=/usr/local/bin:/usr/bin:/bin LC_ALL=C.UTF-8
        ASAN_OPTIONS="$asan_options" UBSAN_OPTIONS="$uban_options"
        QT_HASH_SEED=0 LITEOPS_FUZZ_NO_HELPER_THREAD=1)
    if setarch -R true >/dev/null 2>&1; then
        launch+=(setarch -R)
    else
        echo "fuzz: note: setarch -R is not allowed here; runs may differ in what they explore"
    fi
else
    launch=(env ASAN_OPTIONS="$asan_options" UBSAN_OPTIONS="$uban_options")
fi
build_dir="$(cd "$build_dir" && pwd)"
seeds="$(realpath --relative-to="$build_dir" "$src_dir/tests/data/fuzz")"

failed=0
total_runs=0
summary=()
for t in $targets; do
    exe="tests/fuzz/fuzz_$t"
    crashes="crashes/$t"
    log="$build_dir/logs/fuzz_$t.log"
    mkdir -p "$build_dir/$crashes" "$(dirname "$log")"
    if [ "$mode" = explore ]; then
        corpus="corpus/$t"
        mkdir -p "$build_dir/$corpus"
        wanted=""
        limits=(-max_total_time="$seconds")
        guard=$((seconds * 2 + 120))
    else
        # Fresh every time: the inputs of an earlier run would change what this one explores.
        corpus="run/$t"
        rm -rf "${build_dir:?}/$corpus"
        mkdir -p "$build_dir/$corpus"
        wanted="${LITEOPS_FUZZ_RUNS:-${default_runs[$t]}}"
        limits=(-seed="$seed" -runs="$wanted" -max_total_time="$cap" -reload=0)
        guard=$((cap * 2 + 120))
    fi
    # First directory: where new inputs go (the build tree); second: the seeds, read only.
    # The outer timeout only guards against a fuzzer that ignores its own limits. The outer
    # 2>/dev/null only drops bash's own "Aborted" line; the fuzzer's output is in the log.
    target_started=$SECONDS
    { (cd "$build_dir" && timeout --signal=KILL "$guard" "${launch[@]}" "$exe" "${limits[@]}" \
        -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$corpus" "$seeds/$t") >"$log" 2>&1; } 2>/dev/null
    rc=$?
    took=$((SECONDS - target_started))
    runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
    if [ -z "$runs" ]; then
        runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
    fi
    runs=${runs:-0}
    used_seed=$(sed -n 's/^INFO: Seed: \([0-9]*\).*/\1/p' "$log" | head -1)
    total_runs=$((total_runs + runs))
    if [ "$rc" -eq 0 ]; then
        verdict="ok"
        if [ -n "$wanted" ] && [ "$runs" -lt "$wanted" ]; then
            verdict="ok, but the $cap s cap stopped it after $runs of $wanted runs (slow machine)"
        fi
    else
        failed=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        artifact="${artifact:+$build_dir/$artifact}"
        verdict="CRASHED (exit $rc, seed ${used_seed:-?}) ${artifact:+reproducer: $artifact }log: $log"
        grep -m1 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz invariant broken)' "$log" \
            | sed 's/^/fuzz:   /'
        if [ -n "$artifact" ]; then
            echo "fuzz:   reproduce: $build_dir/$exe $artifact"
        fi
    fi
    line=$(printf '%-22s %10s runs %4d s  %s' "fuzz_$t" "$runs" "$took" "$verdict")
    echo "fuzz: $line"
    summary+=("$line")
done

if [ "$mode" = explore ]; then
    how="$seconds s per target"
else
    how="seed $seed, fixed runs"
fi
echo "fuzz: summary ($how, $(($(date +%s) - started)) s in all with the build)"
for line in "${summary[@]}"; do
    echo "fuzz:   $line"
done
echo "fuzz: $total_runs inputs run, $([ "$failed" -eq 0 ] && echo "no crashes" || echo "CRASHES FOUND")"
exit "$failed"
