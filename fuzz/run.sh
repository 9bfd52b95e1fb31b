#!/bin/sh
# fuzz/run.sh SECONDS [TARGET...]: runs every fuzz target (or the ones named) for SECONDS
# each, one after the other, with a 2 s timeout per input (a slow input is a finding, as a
# hang is), one job, one worker, at low priority. Fails on the first crash or timeout; the
# input is in fuzz/artifacts/TARGET/. Prints and appends to fuzz/runs.log the executions of
# each target. Needs nightly and cargo-fuzz (`cargo install cargo-fuzz`); builds into
# $CARGO_TARGET_DIR (default /work/target-fuzz). CI does not run this. With FUZZ_PREBUILT=1
# it runs the binaries already built there, without rebuilding (for a long run while the
# fuzzed code has not changed since they were built; other changes to src/ would otherwise
# make cargo-fuzz rebuild every target first).
set -eu
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-fuzz}
targets=${*:-"journey persona assets config mermaid sheet_csv sheet_xlsx markdown diff check_site journey_structured theme"}
[ -d "$here/corpus" ] || "$here/seed.sh" > /dev/null
cd "$repo"
bin="$CARGO_TARGET_DIR/x86_64-unknown-linux-gnu/release"
[ "${FUZZ_PREBUILT:-}" = 1 ] || nice -n 10 cargo +nightly fuzz build -s none -a
mkdir -p "$here/logs"
status=0
for t in $targets; do
    mkdir -p "$here/corpus/$t" "$here/artifacts/$t"
    log="$here/logs/$t.log"
    # -jobs=1 -workers=1: libFuzzer runs one worker process and writes its log to fuzz-0.log
    # in the working folder: one folder per target, so that two runs of run.sh side by side
    # (different targets) never write into each other's log.
    work="$here/logs/work-$t"
    mkdir -p "$work"
    if [ "${FUZZ_PREBUILT:-}" = 1 ]; then run="$bin/$t"; else run="cargo +nightly fuzz run -s none -a $t --"; fi
    (cd "$work" && rm -f fuzz-0.log && nice -n 10 $run \
        "$here/corpus/$t" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
        -jobs=1 -workers=1 -artifact_prefix="$here/artifacts/$t/" -print_final_stats=1 \
        > "$log.outer" 2>&1) || status=1
    rm -f "$log"
    [ -f "$work/fuzz-0.log" ] && mv "$work/fuzz-0.log" "$log"
    runs=$(grep -a 'stat::number_of_executed_units' "$log" 2>/dev/null | tail -1 | awk '{print $2}')
    [ -n "$runs" ] || runs=$(grep -ao 'Done [0-9]* runs' "$log" 2>/dev/null | tail -1 | awk '{print $2}')
    found=$(ls "$here/artifacts/$t" | wc -l)
    line="$(date -u +%FT%TZ) $t seconds=$seconds executions=${runs:-?} artifacts=$found"
    echo "$line" | tee -a "$here/runs.log"
    if grep -aq 'ERROR: libFuzzer\|panicked at\|==ERROR' "$log" 2>/dev/null; then
        echo "crash or timeout in $t: see $log and $here/artifacts/$t/" >&2
        status=1
    fi
done
exit $status
