#!/usr/bin/env bash
# Thai PDF text: character agreement of each extractor with `pdftotext -raw`, per PDF and overall,
# with time and peak memory as ratios against pdftotext in the same run. See bench/README.md.
#
#   bench/pdf-thai.sh [PDF|DIR ...]        default: tests/fixtures/thai-pdf
#
# Environment:
#   RUNS=3              timed extractions per extractor and PDF (best kept)
#   BENCH_CANDIDATES=1  also build and measure bench/pdf-candidates: pdf-extract as it is (without
#                       oitcheck's repairs), pdf_oxide, hayro, and poppler-glib when
#                       libpoppler-glib-dev is installed (a first build of about ten minutes)
#   BENCH_LARGE=1       also measure two ~40-page PDFs (LibreOffice, Chromium) made from the
#                       fixture source repeated 20 times, generated into bench/out/pdf-thai-large
#                       by tests/fixtures/thai-pdf/make.sh --large when missing (needs soffice
#                       and chromium): the fixtures are 2-3 pages, where pdftotext's start-up
#                       dominates its time
#   BENCH_BUILTIN=path  another build of examples/pdf_agreement to measure as "builtin-old"
#                       (e.g. one built from an earlier commit)
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer" >&2; exit 2; }
OUT=bench/out/pdf-thai
mkdir -p "$OUT"

command -v pdftotext >/dev/null || {
    echo "pdftotext is the reference of this benchmark: apt-get install poppler-utils" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------
# the PDFs
# ---------------------------------------------------------------------------------------------
(($# > 0)) || set -- tests/fixtures/thai-pdf
pdfs=()
for arg in "$@"; do
    if [[ -d $arg ]]; then
        while IFS= read -r -d '' f; do pdfs+=("$f"); done < <(find "$arg" -type f -iname '*.pdf' -print0 | sort -z)
    elif [[ -f $arg ]]; then
        pdfs+=("$arg")
    else
        echo "no such file or directory: $arg" >&2
        exit 2
    fi
done
if [[ ${BENCH_LARGE:-0} == 1 ]]; then
    large=bench/out/pdf-thai-large
    if [[ ! -f $large/lo-laksaman-x20.pdf || ! -f $large/chromium-loma-x20.pdf ]]; then
        echo "generating the large PDFs in $large ..." >&2
        tests/fixtures/thai-pdf/make.sh --large "$large" >/dev/null
    fi
    pdfs+=("$large/lo-laksaman-x20.pdf" "$large/chromium-loma-x20.pdf")
fi
((${#pdfs[@]} > 0)) || { echo "no PDFs found in: $*" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------
# the extractors: name → command prefix (the PDF and RUNS are appended)
# ---------------------------------------------------------------------------------------------
echo "building examples/pdf_agreement (release) ..." >&2
cargo build --release --quiet --example pdf_agreement
BIN=${CARGO_TARGET_DIR:-target}/release/examples/pdf_agreement
declare -A cmd
names=(builtin)
cmd[builtin]="$BIN extract builtin"
if [[ -n ${BENCH_BUILTIN:-} ]]; then
    names+=(builtin-old)
    cmd[builtin-old]="$BENCH_BUILTIN extract builtin"
fi
if [[ ${BENCH_CANDIDATES:-0} == 1 ]]; then
    features=()
    if pkg-config --exists poppler-glib 2>/dev/null; then
        features=(--features poppler)
    else
        echo "note: libpoppler-glib-dev is not installed; poppler-glib is not measured" >&2
    fi
    echo "building bench/pdf-candidates (release; the first build takes minutes) ..." >&2
    cargo build --release --quiet --manifest-path bench/pdf-candidates/Cargo.toml "${features[@]}"
    CAND=bench/pdf-candidates/target/release/pdf-candidates
    for c in pdf-extract pdf_oxide hayro; do names+=("$c"); cmd[$c]="$CAND $c"; done
    if ((${#features[@]})); then names+=(poppler-glib); cmd[poppler-glib]="$CAND-poppler poppler-glib"; fi
fi

if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then
    TIME=1
else
    TIME=0
    echo "note: GNU time not found (apt-get install time): peak memory of pdftotext is not measured" >&2
fi

# run_measured STDOUT STDERR CMD...: sets PEAK_KIB (peak RSS of the process tree, by GNU time)
# and WALL_S; returns the command's status.
run_measured() {
    local stdout=$1 stderr=$2 report=$OUT/.time status=0 t0 t1
    shift 2
    t0=$(date +%s%N)
    if ((TIME)); then
        /usr/bin/time -v -o "$report" timeout 300 "$@" >"$stdout" 2>"$stderr" || status=$?
        PEAK_KIB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
        rm -f "$report"
    else
        timeout 300 "$@" >"$stdout" 2>"$stderr" || status=$?
        PEAK_KIB=
    fi
    t1=$(date +%s%N)
    WALL_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.5f", (b - a) / 1e9}')
    return $status
}

field() {
    awk -v k="$2" '{for (i = 1; i <= NF; i++) if (index($i, k "=") == 1) print substr($i, length(k) + 2)}' <<<"$1"
}
min() { awk -v a="$1" -v b="$2" 'BEGIN {print (a == "" || b + 0 < a + 0) ? b : a}'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN {print (a == "" || b + 0 > a + 0) ? b : a}'; }

# ---------------------------------------------------------------------------------------------
# measure: per PDF, pdftotext RUNS times (wall time of the process, as oitcheck pays it), then
# each extractor (RUNS extractions in one process; its best in-process time)
# ---------------------------------------------------------------------------------------------
declare -A sum_edits sum_chars sum_kedits sum_kchars sum_time sum_base sum_peak_ratio failed
declare -A producers prod_edits prod_chars
rows=()
n=0
for pdf in "${pdfs[@]}"; do
    n=$((n + 1))
    echo "[$n/${#pdfs[@]}] $pdf" >&2
    ref=$OUT/ref.txt
    best=
    peak=
    ok=1
    for ((i = 0; i < RUNS; i++)); do
        if ! run_measured "$ref" /dev/null pdftotext -raw -enc UTF-8 "$pdf" -; then ok=0; break; fi
        best=$(min "$best" "$WALL_S")
        peak=$(max "$peak" "$PEAK_KIB")
    done
    if ((!ok)); then
        echo "  pdftotext cannot read it; skipped" >&2
        continue
    fi
    pages=$(($(tr -cd '\f' <"$ref" | wc -c)))
    chars=$(($(tr -d '[:space:]' <"$ref" | wc -m)))
    # the producer, for the per-producer summary (a few words of it)
    producer=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Producer:/ {sub(/^Producer: */, ""); print; exit}' | cut -c1-30)
    producer=${producer:-(no producer)}
    producers[$producer]=$((${producers[$producer]:-0} + 1))
    row="$(basename "$pdf")|$pages|$chars|$peak"
    src=$(dirname "$pdf")/source.txt
    if [[ -f $src ]]; then
        line=$("$BIN" compare "$src" "$ref")
        row+="|src=$(field "$line" agreement)"
    else
        row+="|src=-"
    fi
    for name in "${names[@]}"; do
        out=$OUT/$name.txt
        # shellcheck disable=SC2086 # the command prefix is meant to be split
        if run_measured "$out" "$OUT/$name.err" ${cmd[$name]} "$pdf" "$RUNS"; then
            stats=$(tail -1 "$OUT/$name.err")
            line=$("$BIN" compare "$ref" "$out")
            sum_edits[$name]=$((${sum_edits[$name]:-0} + $(field "$line" edits)))
            sum_chars[$name]=$((${sum_chars[$name]:-0} + $(field "$line" chars)))
            prod_edits[$producer|$name]=$((${prod_edits[$producer|$name]:-0} + $(field "$line" edits)))
            prod_chars[$producer|$name]=$((${prod_chars[$producer|$name]:-0} + $(field "$line" chars)))
            sum_kedits[$name]=$((${sum_kedits[$name]:-0} + $(field "$line" key_edits)))
            sum_kchars[$name]=$((${sum_kchars[$name]:-0} + $(field "$line" key_chars)))
            sum_time[$name]=$(awk -v a="${sum_time[$name]:-0}" -v b="$(field "$stats" best_s)" 'BEGIN {print a + b}')
            sum_base[$name]=$(awk -v a="${sum_base[$name]:-0}" -v b="$best" 'BEGIN {print a + b}')
            sum_peak_ratio[$name]=$(awk -v a="${sum_peak_ratio[$name]:-0}" -v p="$PEAK_KIB" -v q="$peak" 'BEGIN {print a + (q > 0 ? p / q : 0)}')
            row+="|$(field "$line" agreement)/$(field "$line" key_agreement)"
        else
            # a failure counts as agreeing on nothing
            prod_edits[$producer|$name]=$((${prod_edits[$producer|$name]:-0} + chars))
            prod_chars[$producer|$name]=$((${prod_chars[$producer|$name]:-0} + chars))
            sum_edits[$name]=$((${sum_edits[$name]:-0} + chars))
            sum_chars[$name]=$((${sum_chars[$name]:-0} + chars))
            sum_kedits[$name]=$((${sum_kedits[$name]:-0} + chars))
            sum_kchars[$name]=$((${sum_kchars[$name]:-0} + chars))
            failed[$name]=$((${failed[$name]:-0} + 1))
            row+="|failed"
        fi
    done
    rows+=("$row")
done
((${#rows[@]} > 0)) || { echo "pdftotext read none of the PDFs" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------------
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) · $(pdftotext -v 2>&1 | head -1)"
echo "${#rows[@]} PDFs · best of $RUNS runs · reference: pdftotext -raw"
echo "agreement = 1 - Levenshtein/longer length, non-space characters (raw) / thai::match_key (key)"
echo
# per PDF: raw/key agreement of each extractor; "vs source" is pdftotext against the source.txt
# next to the PDF, when there is one (the fixture set)
header=$(printf '%-40s %5s %7s %9s' pdf pages chars "vs source")
for name in "${names[@]}"; do header+=$(printf ' %17s' "$name"); done
echo "$header"
for row in "${rows[@]}"; do
    IFS='|' read -r -a f <<<"$row"
    # names are cut by characters, padded by hand (printf pads by bytes)
    label=$(awk -v s="${f[0]}" 'BEGIN {s = substr(s, 1, 40); printf "%s", s; for (i = length(s); i < 40; i++) printf " "}')
    line=$(printf '%s %5s %7s %9s' "$label" "${f[1]}" "${f[2]}" "${f[4]#src=}")
    for ((i = 5; i < ${#f[@]}; i++)); do line+=$(printf ' %17s' "${f[$i]}"); done
    echo "$line"
done
if ((${#producers[@]} > 1)); then
    echo
    echo "raw agreement by producer (pdfinfo's Producer, first 30 characters):"
    header=$(printf '%-30s %5s' producer pdfs)
    for name in "${names[@]}"; do header+=$(printf ' %12s' "$name"); done
    echo "$header"
    while IFS= read -r producer; do
        line=$(awk -v s="$producer" 'BEGIN {printf "%s", s; for (i = length(s); i < 30; i++) printf " "}')
        line+=$(printf ' %5s' "${producers[$producer]}")
        for name in "${names[@]}"; do
            line+=$(awk -v e="${prod_edits[$producer|$name]:-0}" -v c="${prod_chars[$producer|$name]:-0}" \
                'BEGIN {printf " %12.5f", c ? 1 - e / c : 1}')
        done
        echo "$line"
    done < <(printf '%s\n' "${!producers[@]}" | sort)
fi
echo
printf '%-14s %12s %12s %9s %10s %7s\n' extractor "agreement" "key agr." "time ×" "memory ×" failed
printf '%-14s %12s %12s %9s %10s %7s\n' "pdftotext -raw" 1 1 1.00 1.00 0
for name in "${names[@]}"; do
    awk -v n="$name" -v e="${sum_edits[$name]:-0}" -v c="${sum_chars[$name]:-0}" -v ke="${sum_kedits[$name]:-0}" \
        -v kc="${sum_kchars[$name]:-0}" -v t="${sum_time[$name]:-0}" -v bt="${sum_base[$name]:-0}" \
        -v pr="${sum_peak_ratio[$name]:-0}" -v rows="${#rows[@]}" -v fl="${failed[$name]:-0}" -v mem="$TIME" \
        'BEGIN {
            ok = rows - fl
            printf "%-14s %12.5f %12.5f %8.2f× %9s %7d\n", n, c ? 1 - e / c : 1, kc ? 1 - ke / kc : 1,
                bt ? t / bt : 0, (mem && ok) ? sprintf("%.2f×", pr / ok) : "-", fl
        }'
done
echo "(agreement: edits and characters summed over all PDFs, a failure agreeing on nothing; time ×: summed"
echo " extraction time over pdftotext's summed process wall time on the PDFs the extractor read, lower is"
echo " faster; memory ×: mean over those PDFs of peak RSS over pdftotext's peak RSS)"
