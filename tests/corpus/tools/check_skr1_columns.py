#!/usr/bin/env python3
"""Which corpus sites' O11 evidence carries the columns of แบบ สขร.1 (criteria.md, "Channel items and
the สขร.1 form", added 2026-12: a summary without the reference price, the selection reason or the
contract number/date is not a สขร.1). Reads each labelled evidence file with pdftotext / openpyxl,
independently of oitcheck. With --relabel, re-labels as "no" the O11 items labelled "yes" whose
evidence all lacks a column (the labels predate that section of the criteria).

    python3 tests/corpus/tools/check_skr1_columns.py [--relabel]
"""
import glob, os, re, subprocess, sys, urllib.parse

import openpyxl
import yaml

COLUMNS = {"ราคากลาง": ["ราคากลาง"], "เหตุผลที่คัดเลือก": ["เหตุผล"], "เลขที่และวันที่ของสัญญา": ["สัญญา", "ข้อตกลง", "ใบสั่ง"]}


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(" ".join(str(c) for c in row if c is not None) for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    return open(path, encoding="utf-8", errors="replace").read()


def missing_columns(site, evidence):
    """The columns none of the evidence shows."""
    shown = set()
    for ev in evidence:
        path = os.path.join(site, "site", urllib.parse.unquote(ev).lstrip("/"))
        if not os.path.isfile(path):
            found = glob.glob(glob.escape(path) + "*")
            path = found[0] if found else path
        if not os.path.isfile(path):
            continue
        text = re.sub(r"\s+", "", text_of(path))
        for name, words in COLUMNS.items():
            if any(w in text for w in words):
                shown.add(name)
    return [c for c in COLUMNS if c not in shown]


def main():
    root = os.path.join(os.path.dirname(__file__), "..")
    os.chdir(root)
    relabel = "--relabel" in sys.argv
    for site in sorted(os.listdir(".")):
        path = os.path.join(site, "labels.yaml")
        if not os.path.isfile(path):
            continue
        o11 = yaml.safe_load(open(path))["items"].get("O11") or {}
        if str(o11.get("answer")).lower() not in ("yes", "true"):
            continue
        missing = missing_columns(site, o11.get("evidence", []))
        print(f"{site}: {'สขร.1 columns shown' if not missing else 'lacks ' + ', '.join(missing)}")
        if relabel and missing:
            text = open(path, encoding="utf-8").read()
            block = re.search(r"\n  O11:\n(?:    .*\n|      .*\n)+", text)
            old = block.group(0)
            reason = (
                f"the summary lacks the columns of แบบ สขร.1 ({', '.join(missing)}); criteria.md's สขร.1 section "
                "(added 2026-12) says such a summary is not a สขร.1. Re-labelled from the documents' text by "
                "tools/check_skr1_columns.py; the label said yes before that section existed"
            )
            new = old.replace("    answer: yes\n", f"    answer: no\n    reason: >-\n      {reason}\n    case: not_skr1\n", 1)
            open(path, "w", encoding="utf-8").write(text.replace(old, new, 1))


main()
