#!/usr/bin/env python3
"""Document helpers shared by the blind pair B generators (b01_joomla_labour_multiyear.py,
b02_static_tambon_ita_years.py), on top of make_docs.py.

* office_pdf: write a DOCX with python-docx and export it with LibreOffice (`soffice --headless
  --convert-to pdf`), as agencies export from Word/Writer; needs libreoffice-writer-nogui and
  fonts-thai-tlwg.  The text layer is what LibreOffice writes (real Thai text, its own quirks).
* scanlook_pdf: a page that looks scanned (grey speckled JPEG background, "(ครุฑ)" seal line,
  scanner producer name) but carries a real text layer, as a copier's "searchable PDF" does.
"""

import io
import os
import random
import shutil
import subprocess
import tempfile

import make_docs as M


def _docx(path, blocks, font="Laksaman"):
    """Like make_docs.docx_doc, but every style uses one TLWG font (also for the complex-script
    slot Thai text uses), so LibreOffice embeds one font and the PDF stays small."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    for sname in ("Normal", "Heading 1", "Heading 2", "Title"):
        st = d.styles[sname]
        st.font.name = font
        st.font.size = Pt({"Normal": 14, "Heading 2": 15}.get(sname, 17))
        st.font.bold = sname != "Normal"
        st.font.color.rgb = None
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
        szcs = rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(int(st.font.size.pt * 2))})
        rpr.append(szcs)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(b[1], style="Heading 1")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            d.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "center":
            d.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            d.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
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
        elif kind == "page":
            d.add_page_break()
        elif kind == "gap":
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "admin"
    cp.last_modified_by = "admin"
    cp.created = M._dt(None).replace(tzinfo=None)
    cp.modified = M._dt(None).replace(tzinfo=None)
    cp.revision = 1
    d.save(path)
    M._fixed_zip(path)


def docx_file(path, blocks):
    """A DOCX published as is (same look as the ones exported to PDF)."""
    _docx(path, blocks)


def office_pdf(path, blocks):
    """DOCX -> PDF through LibreOffice.  Falls back to fpdf2 (and says so) when soffice is missing."""
    if not shutil.which("soffice"):
        print("  soffice not found: writing %s with fpdf2 instead" % os.path.basename(path))
        M.pdf_doc(path, blocks, font="Laksaman")
        return
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "doc.docx")
        _docx(src, blocks)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(td, "doc.pdf"), path)


def _scan_background(seed):
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    W, H = 620, 877
    img = Image.new("L", (W, H), 236)
    px = img.load()
    for _ in range(2500):
        px[rnd.randrange(W), rnd.randrange(H)] = rnd.randint(150, 215)
    for x in range(W):  # a darker strip at the left edge, as from a copier lid
        for y in range(0, H, 3):
            px[x if x < 8 else 0, y] = 190 if x < 8 else px[0, y]
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=25)
    buf.seek(0)
    return buf


def scanlook_pdf(path, blocks, seed=7, font="Norasi", base_size=14):
    """Scan-looking PDF with a text layer.  blocks: title/center/h/p/right/table/gap/page."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    bg = _scan_background(seed)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(M._dt(None))
    pdf.set_creator("Canon iR-ADV C3530")
    pdf.set_producer("Canon iR-ADV C3530 PDF")
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("th", "", os.path.join(M.FONT_DIR, font + ".ttf"))
    try:
        pdf.set_text_shaping(True)
    except Exception:
        pass

    def new_page():
        pdf.add_page()
        pdf.image(bg, x=0, y=0, w=210, h=297)
        bg.seek(0)
        pdf.set_text_color(45, 45, 45)

    new_page()
    pdf.set_font("th", size=base_size)
    lh = base_size * 0.5
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("th", size=base_size + 3)
            pdf.multi_cell(0, lh + 2, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("th", size=base_size)
        elif k == "center":
            pdf.multi_cell(0, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif k == "h":
            pdf.ln(2)
            pdf.multi_cell(0, lh + 1, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "right":
            pdf.multi_cell(0, lh, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif k == "gap":
            pdf.ln(b[1])
        elif k == "page":
            new_page()
        elif k == "table":
            pdf.set_font("th", size=base_size - 3)
            with pdf.table(line_height=(base_size - 3) * 0.5, text_align="LEFT",
                           headings_style=FontFace(emphasis=None)) as t:
                r = t.row()
                for c in b[1]:
                    r.cell(str(c))
                for row in b[2]:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.set_font("th", size=base_size)
            pdf.ln(2)
        else:
            raise ValueError(k)
    pdf.output(path)
