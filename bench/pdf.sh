#!/usr/bin/env bash
# PDF text extraction benchmark: pages/s and peak RSS of each oitcheck PDF extractor on a 300-page
# Thai PDF, as ratios against `pdftotext -raw` run directly in the same run. See bench/README.md.
#
#   bench/pdf.sh [ROUNDS [RUNS]]
#
# ROUNDS (default 3) interleaved rounds of RUNS (default 3) timed extractions per extractor; the
# best time and the largest peak RSS are kept.
#
# Environment: BENCH_FONT=/path/to/thai.ttf to choose the font of the generated PDF (only used when
# bench/out/thai-300.pdf does not exist yet; delete it to regenerate).
set -euo pipefail

cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
RUNS=${2:-3}
if [[ ! $ROUNDS =~ ^[1-9][0-9]*$ || ! $RUNS =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bench/pdf.sh [ROUNDS [RUNS]]  (positive integers, default 3 and 3)" >&2
    exit 2
fi
OUT=bench/out
PDF=$OUT/thai-300.pdf
EXPECTED=$OUT/thai-300.expected
KEYWORDS=(ประจำปี ป้องกันการทุจริต ดำเนินงาน น้ำ ซ้ำ ครั้งที่ 2569)
mkdir -p "$OUT"

# ---------------------------------------------------------------------------------------------
# (a) the test PDF: 300 A4 pages of ITA-style Thai, deterministic (fixed dates, no randomness), so
# the same fpdf2 version and font give the same bytes. The generator also writes the keyword
# counts the text really contains, computed the way the example counts them (Thai digits as
# ASCII, whitespace removed, non-overlapping).
# ---------------------------------------------------------------------------------------------
if [[ ! -f $PDF || ! -f $EXPECTED ]]; then
    command -v python3 >/dev/null || { echo "python3 is needed to generate $PDF" >&2; exit 1; }
    python3 -c 'import fpdf' 2>/dev/null || {
        echo "fpdf2 is needed to generate $PDF: pip install fpdf2" >&2
        exit 1
    }
    font=${BENCH_FONT:-}
    if [[ -z $font ]]; then
        for f in /usr/share/fonts/truetype/tlwg/Laksaman.ttf /usr/share/fonts/truetype/tlwg/Garuda.ttf; do
            if [[ -f $f ]]; then font=$f; break; fi
        done
    fi
    [[ -n $font && -f $font ]] || {
        echo "no Thai TrueType font found: apt-get install fonts-thai-tlwg (or set BENCH_FONT=/path/to/font.ttf)" >&2
        exit 1
    }
    echo "generating $PDF with $(basename "$font") ..." >&2
    python3 - "$PDF.tmp" "$font" "$EXPECTED.tmp" "${KEYWORDS[@]}" <<'PY'
import datetime
import sys

from fpdf import FPDF

out, font, expected, keywords = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
PAGES = 300
TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
TO_ASCII = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# ITA-style lines: ำ after tone marks (น้ำ ค่ำ ซ้ำ), tone marks over upper vowels (ที่ ครั้ง),
# below vowels (ผู้), ฐ ฎ ฤ ๆ ฯลฯ, Thai digits, a little Latin
LINES = [
    "มาตรการป้องกันการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    "การประปาส่วนภูมิภาค น้ำประปา ค่ำนี้ ซ้ำซ้อน กำหนดการ ๑๒ มีนาคม ๒๕๖๙",
    "แผนการดำเนินงานและการใช้จ่ายงบประมาณ วงเงิน ๑,๒๓๔,๕๖๗ บาท",
    "ผู้บริหารสูงสุด นายกองค์การบริหารส่วนตำบล อำนาจหน้าที่ ฐานข้อมูล",
    "การเปิดโอกาสให้เกิดการมีส่วนร่วม ช่องทางการรับฟังความคิดเห็น",
    "ข้อมูลเชิงสถิติการให้บริการ ไตรมาสที่ ๑ – ๔ ระยะเวลาดำเนินการ ฯลฯ",
    "ประกาศเจตนารมณ์ No Gift Policy จากการปฏิบัติหน้าที่ ฤดูกาล ๆ",
    "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ผลการจัดซื้อจัดจ้างรายเดือน",
    "การประเมินความเสี่ยงการทุจริตและการป้องกันผลประโยชน์ทับซ้อน",
    "รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน ฎีกาเบิกจ่าย",
]


def thai(n):
    return str(n).translate(TO_THAI)


pdf = FPDF(format="A4")
pdf.set_creation_date(datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
pdf.set_producer("oitcheck bench/pdf.sh")
pdf.set_auto_page_break(False)
pdf.add_font("thai", "", font)
pdf.set_font("thai", size=14)
texts = []
for p in range(1, PAGES + 1):
    pdf.add_page()
    page = [
        "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        f"หน้า {thai(p)} / {thai(PAGES)} – ข้อมูลเปิดเผยสาธารณะ (OIT) ครั้งที่ {thai(p)}",
    ]
    page += [f"{thai(i + 1)}. {LINES[(p * 7 + i) % len(LINES)]}" for i in range(26)]
    for line in page:
        pdf.cell(0, 9.5, line, new_x="LMARGIN", new_y="NEXT")
    texts.append("\n".join(page))
pdf.output(out)

key = "".join("\n".join(texts).translate(TO_ASCII).split())
with open(expected, "w", encoding="utf-8") as f:
    f.write(f"pages={PAGES} chars={len(key)}")
    for word in keywords:
        f.write(f" kw:{word}={key.count(word)}")
    f.write("\n")
PY
    mv "$PDF.tmp" "$PDF"
    mv "$EXPECTED.tmp" "$EXPECTED"
fi

# ---------------------------------------------------------------------------------------------
# (b) the harness, release build
# ---------------------------------------------------------------------------------------------
echo "building examples/pdf_extract_bench (release) ..." >&2
cargo build --release --quiet --example pdf_extract_bench
BIN=${CARGO_TARGET_DIR:-target}/release/examples/pdf_extract_bench

# ---------------------------------------------------------------------------------------------
# (c) measurements. Peak RSS comes from the kernel's rusage of the finished process tree
# (ru_maxrss: the largest of the process and the children it waited for, not their sum), read by
# GNU time -v, or by python3 when GNU time is absent.
# ---------------------------------------------------------------------------------------------
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then
    PEAK_TOOL="/usr/bin/time -v"
else
    PEAK_TOOL="python3 getrusage"
    echo "note: GNU time not found (apt-get install time); reading peak RSS with python3 getrusage instead" >&2
fi

# peak_run STDOUT_FILE CMD...: runs CMD with stdout to STDOUT_FILE; sets PEAK_KIB and WALL_S.
peak_run() {
    local stdout=$1 report=$OUT/.time
    shift
    local t0 t1
    t0=$(date +%s%N)
    if [[ $PEAK_TOOL == /usr/bin/time* ]]; then
        /usr/bin/time -v -o "$report" "$@" >"$stdout"
        PEAK_KIB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
    else
        python3 -c '
import resource, subprocess, sys
with open(sys.argv[1], "wb") as out:
    code = subprocess.run(sys.argv[3:], stdout=out).returncode
with open(sys.argv[2], "w") as f:
    f.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)' "$stdout" "$report" "$@"
        PEAK_KIB=$(cat "$report")
    fi
    t1=$(date +%s%N)
    WALL_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b - a) / 1e9}')
    rm -f "$report"
}

# field LINE KEY: the value of KEY=value in a harness line
field() {
    awk -v k="$2" '{for (i = 1; i <= NF; i++) if (index($i, k "=") == 1) print substr($i, length(k) + 2)}' <<<"$1"
}

# min A B / max A B of decimal numbers ("" counts as unset)
min() { awk -v a="$1" -v b="$2" 'BEGIN {print (a == "" || b + 0 < a + 0) ? b : a}'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN {print (a == "" || b + 0 > a + 0) ? b : a}'; }

if command -v pdftotext >/dev/null; then
    HAVE_PDFTOTEXT=1
    extractors=(pdftotext builtin)
else
    HAVE_PDFTOTEXT=0
    echo "note: pdftotext is not installed (apt-get install poppler-utils); the builtin extractor is the baseline" >&2
    extractors=(builtin)
fi

# ROUNDS interleaved rounds, so that load from elsewhere on the machine hits every extractor alike.
# In each round: the pdftotext CLI RUNS times (the baseline; wall time, process start included, as
# it is inside the example's pdftotext extractor), then the example once per extractor (RUNS
# extractions in one process). Kept: the best time and the largest peak over all rounds.
declare -A best peak line
base_pages=0
for ((r = 1; r <= ROUNDS; r++)); do
    echo "round $r/$ROUNDS ..." >&2
    if ((HAVE_PDFTOTEXT)); then
        for ((i = 0; i < RUNS; i++)); do
            peak_run "$OUT/pdftotext-raw.txt" pdftotext -raw -enc UTF-8 "$PDF" -
            best[cli]=$(min "${best[cli]:-}" "$WALL_S")
            peak[cli]=$(max "${peak[cli]:-}" "$PEAK_KIB")
        done
        base_pages=$(tr -cd '\f' <"$OUT/pdftotext-raw.txt" | wc -c)
        rm -f "$OUT/pdftotext-raw.txt"
    fi
    for ex in "${extractors[@]}"; do
        peak_run "$OUT/$ex.line" "$BIN" "$PDF" "$ex" "$RUNS"
        l=$(cat "$OUT/$ex.line")
        rm -f "$OUT/$ex.line"
        if [[ -z ${best[$ex]:-} ]] || awk -v a="${best[$ex]}" -v b="$(field "$l" best_s)" 'BEGIN {exit !(b + 0 < a + 0)}'; then
            best[$ex]=$(field "$l" best_s)
        fi
        peak[$ex]=$(max "${peak[$ex]:-}" "$PEAK_KIB")
        line[$ex]=$l   # keyword counts: the text is the same every round
    done
done

rows=()   # "label|pages|best_s|peak_kib"
if ((HAVE_PDFTOTEXT)); then
    rows+=("pdftotext -raw (CLI)|$base_pages|${best[cli]}|${peak[cli]}")
fi
for ex in "${extractors[@]}"; do
    rows+=("oitcheck $ex|$(field "${line[$ex]}" pages)|${best[$ex]}|${peak[$ex]}")
done

# ---------------------------------------------------------------------------------------------
# (d) the tables
# ---------------------------------------------------------------------------------------------
# pages/s of a row
pps() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.1f", n / s}'; }
IFS='|' read -r base_label base_n base_s base_peak <<<"${rows[0]}"
base_pps=$(pps "$base_n" "$base_s")
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC') · $(nproc) cores · $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null) · load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "PDF: $PDF ($(stat -c %s "$PDF") bytes, sha256 $(sha256sum "$PDF" | cut -c1-16)…)"
echo "best of $ROUNDS interleaved rounds × $RUNS runs · peak RSS by $PEAK_TOOL"
if ((HAVE_PDFTOTEXT)); then echo "$(pdftotext -v 2>&1 | head -1)"; fi
echo "baseline: $base_label"
echo
printf '%-22s %6s %8s %9s %11s %9s %11s\n' extractor pages "best s" "pages/s" "speed ×" "peak MiB" "memory ×"
for row in "${rows[@]}"; do
    IFS='|' read -r label n s k <<<"$row"
    awk -v l="$label" -v n="$n" -v s="$s" -v p="$(pps "$n" "$s")" -v k="$k" -v bp="$base_pps" -v bk="$base_peak" \
        'BEGIN {printf "%-22s %6d %8.3f %9.1f %10.2f× %9.1f %10.2f×\n", l, n, s, p, p / bp, k / 1024, k / bk}'
done
echo "(speed ×: pages/s over the baseline's, higher is faster; memory ×: peak RSS over the baseline's)"

echo
echo "keyword counts in the match key (thai::match_key) of the whole text:"
header=$(printf '%9s' expected)
for ex in "${extractors[@]}"; do header+=$(printf ' %10s' "$ex"); done
echo "$header  keyword"
expected=$(cat "$EXPECTED")
for word in chars "${KEYWORDS[@]}"; do
    key=kw:$word
    if [[ $word == chars ]]; then key=chars; fi
    row=$(printf '%9s' "$(field "$expected" "$key")")
    for ex in "${extractors[@]}"; do row+=$(printf ' %10s' "$(field "${line[$ex]}" "$key")"); done
    if [[ $word == chars ]]; then word="(non-space characters)"; fi
    echo "$row  $word"
done
