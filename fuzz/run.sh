#!/usr/bin/env bash
# Bounded fuzzing of every parser target (see fuzz/engine.rs): each target runs in its own
# process for SECONDS, so that an abort (stack overflow, out of memory) or a hang in one input
# is caught here and its input saved, where an in-process fuzzer would die with it.
#
# usage: fuzz/run.sh [SECONDS-PER-TARGET (60)] [OUT-DIR (fuzz/out)] [SEED (1)]
# Exits 0 when nothing was found, 1 on a finding (inputs are in OUT-DIR/<target>/), 2 when the
# fuzzer cannot be built.
set -u
cd "$(dirname "$0")/.."
secs=${1:-60}
out=${2:-fuzz/out}
seed=${3:-1}
target_dir=${CARGO_TARGET_DIR:-target}
cargo build --example fuzz --quiet || exit 2
bin="$target_dir/debug/examples/fuzz"
# a runaway allocation fails (and aborts) at 8 GB of address space instead of swapping the machine
ulimit -v 8000000 2>/dev/null || true
status=0
for t in html charset pdf docx xlsx csv checklist sitemap robots; do
    timeout --signal=KILL $((secs + 60)) "$bin" "$t" --seconds "$secs" --seed "$seed" --out "$out"
    rc=$?
    case $rc in
        0) ;;
        1) status=1 ;;
        *)
            status=1
            if [ -f "$out/$t/current" ]; then
                saved="$out/$t/abort-exit$rc-$(date +%s).bin"
                mv "$out/$t/current" "$saved"
                echo "FINDING: $t died (exit $rc: abort, out of memory or hang) on $saved"
                echo "  replay: cargo run --example fuzz -- replay $t $saved"
            else
                echo "FINDING: $t died (exit $rc) before its first input"
            fi
            ;;
    esac
done
if [ $status -ne 0 ]; then
    echo "findings saved under $out/"
fi
exit $status
