#!/usr/bin/env bash
# Batch benchmark: `oitcheck batch` over hundreds of simulated agencies on loopback, each on its own
# address (127.0.0.2, 127.0.0.3, …), served by one nginx. The sites are the labelled corpus sites
# and the demo site (21 varied agency sites: WordPress, Joomla, CodeIgniter, TIS-620, static,
# scanned PDFs, traps), each served at several addresses. One run measures, on the same machine
# under the same load:
#
#   1. a batch at the default politeness (2 requests/s and 2 in flight per host): sites/hour,
#      CPU per site and per request, peak memory;
#   2. the same command again: what a resume fetches for finished sites (nothing);
#   3. a batch killed (SIGKILL) halfway and resumed: requests against the clean run's;
#   4. next month's re-scan (--previous): conditional requests, 304s, bytes and CPU against the
#      first run's;
#   5. the same batch without politeness (--rate 1000): the machine's CPU-bound ceiling.
#
# Then it states what the figures mean for 8,300 agencies. See bench/README.md.
#
#   bench/batch.sh [AGENCIES [JOBS]]      # default 210 agencies, 64 at a time
set -euo pipefail

cd "$(dirname "$0")/.."
AGENCIES=${1:-210}
JOBS=${2:-64}
for n in "$AGENCIES" "$JOBS"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "usage: bench/batch.sh [AGENCIES [JOBS]]  (whole numbers)" >&2; exit 2; }
done
((AGENCIES >= 1 && AGENCIES <= 250)) || { echo "AGENCIES must be 1–250 (one loopback address each)" >&2; exit 2; }

missing=()
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=("nginx (apt-get install nginx)")
[[ -x /usr/bin/time ]] || missing+=("GNU time (apt-get install time)")
command -v python3 >/dev/null || missing+=("python3")
if ((${#missing[@]})); then
    printf 'bench/batch.sh needs: %s\n' "${missing[@]}" >&2
    exit 1
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

OUT=$(realpath -m bench/out/batch)
rm -rf "$OUT"
mkdir -p "$OUT/nginx/tmp" "$OUT/nginx/logs"
echo "building oitcheck (release) ..." >&2
cargo build --release --quiet --bin oitcheck
OITCHECK=$(realpath target/release/oitcheck)

SITES=(demo/site tests/corpus/*/site)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
LOG=$OUT/nginx/logs/access.log

# one server per agency, each on its own loopback address; files named with their query string
# (the fixture format: /?page_id=12 is the file "?page_id=12") are found by try_files
{
    cat <<EOF
daemon on;
worker_processes 1;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    types {
        text/html html htm php;
        application/pdf pdf;
        application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx;
        application/vnd.openxmlformats-officedocument.wordprocessingml.document docx;
        application/vnd.ms-excel xls;
        text/csv csv;
        text/plain txt;
        text/xml xml;
        image/png png;
        image/jpeg jpg;
    }
    default_type text/html;
    keepalive_timeout 65;
    client_body_temp_path $OUT/nginx/tmp/body;
    proxy_temp_path $OUT/nginx/tmp/proxy;
    fastcgi_temp_path $OUT/nginx/tmp/fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp/uwsgi;
    scgi_temp_path $OUT/nginx/tmp/scgi;
    log_format batch '\$server_addr\t\$status\t\$body_bytes_sent\t\$http_if_none_match\t\$request_uri';
    access_log $LOG batch;
EOF
    for ((i = 0; i < AGENCIES; i++)); do
        site=$(realpath "${SITES[i % ${#SITES[@]}]}")
        cat <<EOF
    server {
        listen 127.0.0.$((i + 2)):$PORT;
        root $site;
        index index.html index.htm index.php;
        location ~ ^/_ { return 404; }
        location / { try_files "\$uri?\$args" \$uri \$uri/ =404; }
    }
EOF
    done
    echo "}"
} >"$OUT/nginx/nginx.conf"
"$NGINX" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/logs/error.log" -t -q
"$NGINX" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/logs/error.log"
cleanup() {
    [[ -s $OUT/nginx/nginx.pid ]] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do [[ -s $OUT/nginx/nginx.pid ]] && break; sleep 0.1; done

{
    echo "name,url"
    for ((i = 0; i < AGENCIES; i++)); do
        site=${SITES[i % ${#SITES[@]}]}
        name=$(basename "$(dirname "$site")")
        [[ $name == . ]] && name=demo
        echo "agency $((i + 1)) ($name),http://127.0.0.$((i + 2)):$PORT/"
    done
} >"$OUT/agencies.csv"

# requests, 304s, bytes and conditional requests in the access log since it was last emptied
log_counts() {
    awk -F'\t' '{ n++; if ($2 == 304) c++; b += $3; if ($4 != "-" && $4 != "") q++ }
        END { printf "%d %d %d %d\n", n, c, b, q }' "$LOG"
}
reset_log() { : >"$LOG"; }

# runs the batch under GNU time; prints "wall user sys maxrss_kib exit"
timed() {
    local name=$1
    shift
    set +e
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/$name.time" "$OITCHECK" batch "$OUT/agencies.csv" -q "$@" \
        2>"$OUT/$name.stderr"
    local code=$?
    set -e
    echo "$(cat "$OUT/$name.time") $code"
}

summary_counts() {
    python3 - "$1" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
count = lambda s: sum(1 for r in rows if r["status"] == s)
unchanged = sum(int(r["unchanged"] or 0) for r in rows)
docs = sum(int(r["documents"] or 0) for r in rows)
pages = sum(int(r["pages"] or 0) for r in rows)
print(count("done"), count("partial"), count("failed"), count("pending"), pages, docs, unchanged)
EOF
}

echo "$(date -u '+%F %H:%M UTC') · $(nproc) cores · $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) · load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$AGENCIES agencies on 127.0.0.2–127.0.0.$((AGENCIES + 1)):$PORT (${#SITES[@]} distinct sites), --jobs $JOBS"
echo

# 1. the first run, default politeness
reset_log
read -r wall user sys rss code < <(timed first -o "$OUT/first" --jobs "$JOBS")
read -r requests _ bytes _ < <(log_counts)
read -r done partial failed pending pages docs _ < <(summary_counts "$OUT/first/summary.csv")
cpu=$(echo "$user + $sys" | bc -l)
printf '1. first run (default politeness: 2 req/s, 2 in flight per host)\n'
printf '   exit %s · %s done, %s partial, %s failed, %s pending · %s pages, %s documents\n' "$code" "$done" "$partial" "$failed" "$pending" "$pages" "$docs"
printf '   %d requests (%.1f per site), %.1f MB sent\n' "$requests" "$(echo "$requests / $AGENCIES" | bc -l)" "$(echo "$bytes / 1000000" | bc -l)"
printf '   wall %.1f s · CPU %.1f s (user %.1f + sys %.1f) · peak RSS %.0f MiB\n' "$wall" "$cpu" "$user" "$sys" "$(echo "$rss / 1024" | bc -l)"
sites_hour=$(echo "$AGENCIES / $wall * 3600" | bc -l)
cpu_site=$(echo "$cpu / $AGENCIES" | bc -l)
cpu_req=$(echo "$cpu / $requests * 1000" | bc -l)
per_site_wall=$(echo "$requests / $AGENCIES / 2" | bc -l)
printf '   → %.0f sites/hour · %.2f s CPU per site · %.2f ms CPU per request\n' "$sites_hour" "$cpu_site" "$cpu_req"
FIRST_CPU=$cpu FIRST_REQUESTS=$requests FIRST_BYTES=$bytes FIRST_WALL=$wall FIRST_RSS=$rss
echo

# 2. the same command again: finished sites are not fetched
reset_log
read -r wall user sys rss code < <(timed again -o "$OUT/first" --jobs "$JOBS")
read -r requests _ _ _ < <(log_counts)
printf '2. the same command again (resume with everything finished): exit %s · %d requests · wall %.2f s\n\n' "$code" "$requests" "$wall"
IDLE_RSS=$rss

# 3. killed halfway (SIGKILL: no chance to clean up), then resumed
reset_log
half=$(echo "$FIRST_WALL / 2" | bc -l)
"$OITCHECK" batch "$OUT/agencies.csv" -q -o "$OUT/killed" --jobs "$JOBS" 2>"$OUT/killed.stderr" &
pid=$!
sleep "$half"
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
read -r before_kill _ _ _ < <(log_counts)
finished_at_kill=$(python3 -c "
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute('select count(*) from sites').fetchone()[0])" "$OUT/killed/state.sqlite")
reset_log
read -r wall user sys rss code < <(timed resumed -o "$OUT/killed" --jobs "$JOBS")
read -r after_kill _ _ _ < <(log_counts)
read -r done partial failed pending _ _ _ < <(summary_counts "$OUT/killed/summary.csv")
total=$((before_kill + after_kill))
printf '3. killed (SIGKILL) after %.0f s with %s agencies recorded, then resumed: exit %s · %s done, %s partial, %s failed, %s pending\n' "$half" "$finished_at_kill" "$code" "$done" "$partial" "$failed" "$pending"
printf '   requests: %d before the kill + %d after = %d, %.2f× the clean run'"'"'s %d (the excess: agencies in flight at the kill, fetched again)\n\n' \
    "$before_kill" "$after_kill" "$total" "$(echo "$total / $FIRST_REQUESTS" | bc -l)" "$FIRST_REQUESTS"

# 4. next month: conditional requests against the first run's state
reset_log
read -r wall user sys rss code < <(timed rescan -o "$OUT/rescan" --previous "$OUT/first" --jobs "$JOBS")
read -r requests not_modified bytes conditional < <(log_counts)
read -r done partial failed pending pages docs unchanged < <(summary_counts "$OUT/rescan/summary.csv")
cpu=$(echo "$user + $sys" | bc -l)
printf '4. re-scan with --previous (nothing changed on the sites): exit %s · %s done\n' "$code" "$done"
printf '   %d requests, %d conditional, %d answered 304 · %s of %s documents reused\n' "$requests" "$conditional" "$not_modified" "$unchanged" "$docs"
printf '   %.1f MB sent (%.2f× the first run'"'"'s) · CPU %.1f s (%.2f× the first run'"'"'s) · wall %.1f s\n\n' \
    "$(echo "$bytes / 1000000" | bc -l)" "$(echo "$bytes / $FIRST_BYTES" | bc -l)" "$cpu" "$(echo "$cpu / $FIRST_CPU" | bc -l)" "$wall"

# 5. the CPU-bound ceiling: no politeness
reset_log
read -r wall user sys rss code < <(timed fast -o "$OUT/fast" --jobs 16 --rate 1000 --concurrency 4)
read -r requests _ _ _ < <(log_counts)
cpu=$(echo "$user + $sys" | bc -l)
fast_sites_hour=$(echo "$AGENCIES / $wall * 3600" | bc -l)
printf '5. without politeness (--rate 1000 --concurrency 4 --jobs 16): exit %s · wall %.1f s · CPU %.1f s · %d requests\n' "$code" "$wall" "$cpu" "$requests"
printf '   → %.0f sites/hour when CPU-bound (nginx shares the %s cores)\n\n' "$fast_sites_hour" "$(nproc)"

# what it means for 8,300 agencies
python3 - "$cpu_req" "$FIRST_REQUESTS" "$AGENCIES" "$(nproc)" "$JOBS" "$FIRST_RSS" "$IDLE_RSS" <<'EOF'
import sys
cpu_req_ms, requests, agencies, cores, jobs, rss_kib, idle_kib = map(float, sys.argv[1:])
n, rate = 8300, 2.0
per_site_mib = (rss_kib - idle_kib) / 1024 / jobs
print("what it means for 8,300 agencies at the default 2 requests/s per host")
print("(each agency is its own host, so a site takes requests ÷ 2 s however many run at once; the hours are")
print(" the larger of that spread over the sites run at once and the CPU spread over the cores)")
for label, per_site in (("sites like these", requests / agencies),
                        ("real sites, ~800 requests each (the issue's estimate), at this CPU per request", 800.0)):
    site_wall = per_site / rate
    cpu_site = per_site * cpu_req_ms / 1000.0
    saturating = cores * site_wall / cpu_site
    print(f"  {label}: {per_site:.0f} requests → {site_wall:.0f} s and {cpu_site:.2f} s of CPU a site;"
          f" {cores:.0f} cores are busy with ≥ {saturating:.0f} sites at once")
    print(f"    {'machines':>8} {'--jobs':>7} {'hours':>6}")
    for machines, j in ((1, jobs), (1, 2 * jobs), (1, saturating), (4, jobs), (10, jobs)):
        rate_bound = n * site_wall / (j * machines) / 3600
        cpu_bound = n * cpu_site / (cores * machines) / 3600
        print(f"    {machines:>8} {j:>7.0f} {max(rate_bound, cpu_bound):>6.1f}"
              f"{'  (CPU-bound)' if cpu_bound >= rate_bound else ''}")
print(f"  memory: {rss_kib / 1024:.0f} MiB peak with {jobs:.0f} of these sites at once, {idle_kib / 1024:.0f} MiB idle:"
      f" {per_site_mib:.1f} MiB a site in flight (a 500-page site holds more: bench/README.md)")
EOF
echo
echo "results: $OUT (summary.csv and results/ of each run, nginx log and config)"
