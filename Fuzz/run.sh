#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Package.swift, every module compiled with -sanitize=fuzzer)
# and runs each for a bounded time from its seed corpus in Fuzz/Corpus/<target>/.
#   bash Fuzz/run.sh                    # every target, FUZZ_SECONDS (default 25) each
#   FUZZ_SECONDS=600 bash Fuzz/run.sh csv url
# New interesting inputs go to a temporary folder (the seed corpus is never changed). A crash or a
# broken property stops the run: the input is printed (hex) and kept in FUZZ_ARTIFACTS (default
# Fuzz/.build/artifacts); add it to Fuzz/Regressions/<target>/ (replayed by every run and by the
# unit tests) and fix the code. Long exploratory runs: FUZZ_SEED=0 FUZZ_SECONDS=900.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${FUZZ_SECONDS:-25}"
# A fixed seed by default, so a CI run explores the same inputs again and a failure replays;
# FUZZ_SEED=0 lets libFuzzer pick one (for long exploratory runs).
seed="${FUZZ_SEED:-1}"
artifacts="${FUZZ_ARTIFACTS:-$PWD/.build/artifacts}"
all=(csv json config url template sanitizer mime)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
executable() {
    case "$1" in
        csv) echo FuzzCSV ;; json) echo FuzzJSON ;; config) echo FuzzConfig ;; url) echo FuzzURL ;;
        template) echo FuzzTemplate ;; sanitizer) echo FuzzSanitizer ;; mime) echo FuzzMIME ;;
        *) echo "fuzz: unknown target '$1' (targets: ${all[*]})" >&2; exit 64 ;;
    esac
}

# The Swift runtime's own crash handler would take the signal from libFuzzer, which then could
# not save the crashing input.
export SWIFT_BACKTRACE=enable=no
# Swift seeds its hash tables per process; fixed, a run with a fixed seed replays exactly (the
# coverage of a Dictionary walk otherwise differs from run to run, and so does the exploration).
export SWIFT_DETERMINISTIC_HASHING=1
# A long run is cut into fresh processes of at most this many seconds, each going on from the
# inputs found so far: TOMLKit 0.6.0 never frees a parsed table (its C API has no free), about
# 2 KB per fuzz input, so one long config process grows until the memory limit. Flagdesk itself
# parses its config once per process.
chunk_seconds="${FUZZ_CHUNK_SECONDS:-120}"
build=(swift build -Xswiftc -sanitize=fuzzer)
# SwiftPM keeps the build plan of a path dependency and misses source files added to it since;
# the plan is cheap to make again.
rm -f .build/debug/description.json
start=$(date +%s)
"${build[@]}" 2>&1 | tail -n 5
echo "fuzz: built in $(( $(date +%s) - start )) s"
bin="$("${build[@]}" --show-bin-path)"
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for target in "${targets[@]}"; do
    name=$(executable "$target")
    mkdir -p "$scratch/$target"
    log="$scratch/$target.log"
    echo "fuzz: $target for $seconds s"
    # Inputs that once failed (Regressions/<target>/) are run again with the seed corpus.
    inputs=("Corpus/$target")
    [ -d "Regressions/$target" ] && inputs+=("Regressions/$target")
    left="$seconds"
    round=0
    : > "$log"
    while [ "$left" -gt 0 ]; do
        slice=$(( left < chunk_seconds ? left : chunk_seconds ))
        if ! "$bin/$name" -max_total_time="$slice" -seed="$(( seed == 0 ? 0 : seed + round ))" -timeout=10 \
            -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
            "$scratch/$target" "${inputs[@]}" > "$log.round" 2>&1; then
            cat "$log.round" >> "$log"
            echo "fuzz: FAILED: $target found a crash or a broken property:" >&2
            grep -E "property broken|Fatal error|ERROR: libFuzzer|SUMMARY" "$log" >&2 || tail -n 30 "$log" >&2
            for input in "$artifacts/$target-"*; do
                [ -f "$input" ] || continue
                echo "fuzz: input $input (hex):" >&2
                od -An -tx1 -v "$input" | head -n 40 >&2
            done
            exit 1
        fi
        cat "$log.round" >> "$log"
        left=$(( left - slice ))
        round=$(( round + 1 ))
    done
    grep -E "stat::number_of_executed_units|DONE" "$log" | tr -s ' ' | sed "s/^/fuzz: $target: /"
done
echo "fuzz: ${targets[*]} passed"
