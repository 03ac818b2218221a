#!/usr/bin/env bash
# Renderer benchmark: time per page rendered in headless Chromium against a plain fetch of the
# same page, and the whole-scan cost of --render always against --render never. See
# bench/README.md.
#
#   bench/render.sh [ROUNDS [RUNS]]
#
# ROUNDS (default 3) rounds of RUNS (default 5) timed runs per row of examples/render_bench.rs on
# the script-built-menu fixture's start page; then ROUNDS interleaved scans of the demo site with
# --render never and --render always (the same pages either way: the demo's menus are in its HTML).
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
RUNS=${2:-5}
if [[ ! $ROUNDS =~ ^[1-9][0-9]*$ || ! $RUNS =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/render.sh [ROUNDS [RUNS]]  (positive integers, default 3 and 5)" >&2
    exit 2
fi
command -v chromium >/dev/null || { echo "chromium is needed: apt-get install chromium" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed (to pick free ports)" >&2; exit 1; }

cargo build --release --quiet --bin oitcheck --example render_bench
BIN=target/release/oitcheck
BENCH=target/release/examples/render_bench
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

FIXTURE_PORT=$(free_port)
$BIN serve tests/fixtures/script-menu/site --port "$FIXTURE_PORT" >/dev/null 2>&1 &
FIXTURE_PID=$!
DEMO_PORT=$(free_port)
$BIN serve demo/site --port "$DEMO_PORT" >/dev/null 2>&1 &
DEMO_PID=$!
trap 'kill $FIXTURE_PID $DEMO_PID 2>/dev/null || true' EXIT
for port in "$FIXTURE_PORT" "$DEMO_PORT"; do
    for _ in $(seq 50); do
        curl -s -o /dev/null "http://127.0.0.1:$port/" && break
        sleep 0.1
    done
done

echo "$(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(chromium --version 2>/dev/null)"
echo
echo "one page (tests/fixtures/script-menu/site/index.html: inline script, menu.json, app.js, site.css)"
echo "best and median of $ROUNDS rounds × $RUNS runs; x fetch: median over the fetch row's median"
declare -A best median
for round in $(seq "$ROUNDS"); do
    while read -r line; do
        row=$(sed -E 's/.*row=([^ ]+).*/\1/' <<<"$line")
        b=$(sed -E 's/.*best_s=([^ ]+).*/\1/' <<<"$line")
        m=$(sed -E 's/.*median_s=([^ ]+).*/\1/' <<<"$line")
        if [[ -z ${best[$row]:-} ]] || (( $(echo "$b < ${best[$row]}" | bc -l) )); then best[$row]=$b; fi
        median[$row]="${median[$row]:-} $m"
    done < <($BENCH "http://127.0.0.1:$FIXTURE_PORT/" "$RUNS")
done
mid() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fetch_mid=$(mid <<<"${median[fetch]}")
printf '%-12s %9s %9s %9s\n' row best_s median_s "x fetch"
for row in fetch render_cold render_warm start; do
    m=$(mid <<<"${median[$row]}")
    printf '%-12s %9.4f %9.4f %8.0f×\n' "$row" "${best[$row]}" "$m" "$(echo "$m / $fetch_mid" | bc -l)"
done

echo
echo "whole scans of the demo site, $ROUNDS interleaved rounds (--rate 1000, so politeness waits do not hide the cost)"
declare -A scan_times
pages=""
for round in $(seq "$ROUNDS"); do
    for mode in never always; do
        start=$(date +%s.%N)
        out=$($BIN scan "http://127.0.0.1:$DEMO_PORT/" --render "$mode" --rate 1000 --concurrency 4 --format json -q)
        end=$(date +%s.%N)
        scan_times[$mode]="${scan_times[$mode]:-} $(echo "$end - $start" | bc -l)"
        pages=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["crawl"]["pages"])' <<<"$out")
    done
done
never=$(mid <<<"${scan_times[never]}")
always=$(mid <<<"${scan_times[always]}")
printf '%-16s %6s %10s %12s\n' mode pages median_s "s per page"
printf '%-16s %6s %10.2f %12.3f\n' "--render never" "$pages" "$never" "$(echo "$never / $pages" | bc -l)"
printf '%-16s %6s %10.2f %12.3f\n' "--render always" "$pages" "$always" "$(echo "$always / $pages" | bc -l)"
printf 'rendering adds %.3f s per page (%.0f× the plain scan)\n' \
    "$(echo "($always - $never) / $pages" | bc -l)" "$(echo "$always / $never" | bc -l)"
