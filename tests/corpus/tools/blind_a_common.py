#!/usr/bin/env python3
"""Helpers shared by the two generators of blind pair A (b01_wp_esa_decoy_channels.py,
b02_php_tambon_working_channels.py): PDFs exported by LibreOffice Writer from a DOCX (the way many
agencies produce them: Word/Writer document -> "Export as PDF"), and a link check that reuses
check_sites.py with the links each site breaks on purpose.

Needs: apt-get install -y fonts-thai-tlwg libreoffice-writer-nogui ; pip install fpdf2 openpyxl python-docx pillow pyyaml
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_docs as M  # noqa: E402

# Laksaman is TLWG's derivative of TH Sarabun PSK, the Thai government's standard document font.
LO_FONT = "Laksaman"


def _docx_for_lo(path, blocks, landscape=False, author="saraban"):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    for s in d.styles:
        try:
            rpr = s.element.get_or_add_rPr()
        except Exception:
            continue
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rf)
        for k in list(rf.attrib):
            del rf.attrib[k]
        for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(att), LO_FONT)
    d.styles["Normal"].font.size = Pt(15)
    if landscape:
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "center":
            d.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "right":
            d.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "gap":
            d.add_paragraph("")
        elif kind == "page":
            d.add_page_break()
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = str(h)
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            for row in t.rows:
                for c in row.cells:
                    for p in c.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(12)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = M.FIXED_DT.replace(tzinfo=None)
    cp.modified = M.FIXED_DT.replace(tzinfo=None)
    d.save(path)


def lo_pdf(out_path, blocks, landscape=False, created="20260115090000"):
    """Write blocks (same kinds as make_docs.pdf_doc) to a DOCX and export it with LibreOffice.
    The creation date, document checksum and document ID are overwritten in place (same byte length, so the xref
    table stays valid) to keep the output reproducible."""
    if not shutil.which("soffice"):
        sys.exit("soffice not found: apt-get install -y libreoffice-writer-nogui")
    tmp = tempfile.mkdtemp(prefix="blinda-lo-")
    try:
        src = os.path.join(tmp, "doc.docx")
        _docx_for_lo(src, blocks, landscape=landscape)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        data = open(os.path.join(tmp, "doc.pdf"), "rb").read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    assert len(created) == 14
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + created.encode(), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"A5" * 16, data)
    data = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
                  lambda m: re.sub(rb"<[0-9A-F]{32}>", b"<" + b"5A" * 16 + b">", m.group(0)), data)
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    with open(out_path, "wb") as fh:
        fh.write(data)


def check(name, broken_on_purpose):
    """Run check_sites.py's crawl and label checks for one site, allowing the listed dead links."""
    from urllib.parse import quote
    import check_sites
    # check_sites compares the link as written (often percent-encoded); list both spellings.
    paths = list(broken_on_purpose)
    paths += [quote(p, safe="/?=&%#:.-_~()") for p in broken_on_purpose]
    check_sites.EXPECTED_BROKEN[name] = paths
    return check_sites.check(name)
