#!/usr/bin/env python3
"""Generate the small documents (PDF, XLSX, DOCX, images) of the accuracy-corpus fixture sites.

The generated files are committed; the Rust tests never run this script.  Re-run it only when a
document has to change:

    apt-get install -y fonts-thai-tlwg
    pip install fpdf2 uharfbuzz openpyxl python-docx pillow
    python3 tests/corpus/tools/make_docs.py                 # every registered site
    python3 tests/corpus/tools/make_docs.py complete-agency  # one site

Output is deterministic: fixed creation dates in PDF/XLSX/DOCX metadata, fixed zip timestamps,
seeded randomness for the "scanned" images.

Layout of this file:
  1. shared helpers (pdf_doc, scanned_pdf, xlsx_doc, docx_doc, photo, org_chart, ...)
  2. one section per corpus site, each a function registered with @site("<folder name>")
     that writes into tests/corpus/<folder name>/site/.
Add a new site by adding a new section; do not change another site's section.
"""

import datetime
import io
import os
import random
import sys
import zipfile

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONT_DIR = "/usr/share/fonts/truetype/tlwg"
FIXED_DT = datetime.datetime(2026, 3, 31, 9, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 3, 31, 9, 0, 0)

SITES = {}


def site(name):
    def reg(fn):
        SITES[name] = fn
        return fn
    return reg


def site_path(site_name, rel):
    p = os.path.join(CORPUS, site_name, "site", rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# --------------------------------------------------------------------------------------------
# 1. shared helpers
# --------------------------------------------------------------------------------------------

def _dt(when):
    if when is None:
        return FIXED_DT
    if isinstance(when, datetime.datetime):
        return when
    y, m, d = when
    return datetime.datetime(y, m, d, 9, 0, 0, tzinfo=datetime.timezone.utc)


def pdf_doc(path, blocks, font="Garuda", shaping=True, created=None, creator="Microsoft Word",
            orientation="P", base_size=14):
    """Write a small text PDF.

    blocks: list of tuples
      ("title", text)            large centred line(s)
      ("center", text)           centred normal line
      ("h", text)                heading, slightly larger, left
      ("p", text)                paragraph
      ("right", text)            right-aligned line (dates, signatures)
      ("table", header, rows, widths)   simple table; widths are relative column widths or None
      ("gap", mm)
      ("page",)                  page break
    """
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.set_creation_date(_dt(created))
    pdf.set_creator(creator)
    pdf.set_producer("Microsoft: Print To PDF" if creator == "Microsoft Word" else creator)
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("th", "", os.path.join(FONT_DIR, font + ".ttf"))
    if shaping:
        try:
            pdf.set_text_shaping(True)
        except Exception:  # uharfbuzz missing: unshaped text is still correct text
            pass
    pdf.add_page()
    pdf.set_font("th", size=base_size)
    lh = base_size * 0.5
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("th", size=base_size + 4)
            pdf.multi_cell(0, lh + 2, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("th", size=base_size)
        elif kind == "center":
            pdf.multi_cell(0, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("th", size=base_size + 1)
            pdf.multi_cell(0, lh + 1, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("th", size=base_size)
        elif kind == "p":
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "right":
            pdf.multi_cell(0, lh, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(b[1])
        elif kind == "page":
            pdf.add_page()
        elif kind == "table":
            header, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            pdf.set_font("th", size=base_size - 3)
            kw = {"col_widths": widths} if widths else {}
            with pdf.table(line_height=(base_size - 3) * 0.5, text_align="LEFT",
                           headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225)),
                           **kw) as t:
                r = t.row()
                for c in header:
                    r.cell(str(c))
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.set_font("th", size=base_size)
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.output(path)


def _fixed_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and a fixed dcterms:modified; drop the
    python-docx template's 400 KB stylesWithEffects.xml and its thumbnail to keep files small."""
    import re
    drop = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"}
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist() if i.filename not in drop]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-03-31T09:00:00Z", data)
            data = data.replace(b"generated by python-docx", b"")
        elif name in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
            data = re.sub(rb"<(Override|Relationship)[^>]*(stylesWithEffects|thumbnail)[^>]*/>", b"", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def xlsx_doc(path, sheets, created=None, creator="Microsoft Excel"):
    """sheets: list of (sheet_name, rows) ; rows: list of lists (str/int/float)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = _dt(created).replace(tzinfo=None)
    wb.properties.modified = _dt(created).replace(tzinfo=None)
    wb.save(path)
    _fixed_zip(path)


def docx_doc(path, blocks, created=None, author="admin"):
    """blocks like pdf_doc: title, h, p, center, right, table (header, rows)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "TH SarabunPSK"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_heading(b[1], level=1)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            d.add_heading(b[1], level=2)
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
        elif kind in ("gap", "page"):
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt(created).replace(tzinfo=None)
    cp.modified = _dt(created).replace(tzinfo=None)
    cp.revision = 1
    d.save(path)
    _fixed_zip(path)


def _font(size, name="Garuda"):
    from PIL import ImageFont
    return ImageFont.truetype(os.path.join(FONT_DIR, name + ".ttf"), size)


def scanned_pdf(path, pages, seed=1, font="Norasi", quality=None):
    """An image-only PDF that looks like a scan: each page is a list of (text, size, align) lines
    rendered to a grey bitmap, slightly rotated, with speckles.  No text layer."""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    images = []
    W, H = 827, 1169  # A4 at 100 dpi
    for lines in pages:
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        y = 70
        for item in lines:
            text, size, align = (item + (18, "l"))[:3] if isinstance(item, tuple) else (item, 18, "l")
            f = _font(size, font)
            tw = dr.textlength(text, font=f)
            x = {"c": (W - tw) / 2, "r": W - 70 - tw}.get(align, 70)
            dr.text((x, y), text, fill=rnd.randint(20, 60), font=f)
            y += int(size * 1.7)
        for _ in range(900):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            img.putpixel((x, yy), rnd.randint(90, 200))
        img = img.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=235)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        images.append(img.convert("L"))
    buf = io.BytesIO()
    extra = {"quality": quality} if quality else {}
    images[0].save(buf, "PDF", resolution=100.0, save_all=True, append_images=images[1:], **extra,
                   creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple(),
                   producer="Scanner", creator="Canon iR-ADV C3530")
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def photo(path, seed, label=None, size=(90, 112)):
    """A small portrait placeholder (JPEG) standing in for an executive's photo."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    w, h = size
    bg = (rnd.randint(150, 210), rnd.randint(170, 220), rnd.randint(190, 235))
    img = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(img)
    suit = (rnd.randint(20, 60), rnd.randint(20, 60), rnd.randint(40, 90))
    dr.ellipse((w * 0.1, h * 0.62, w * 0.9, h * 1.3), fill=suit)
    skin = (rnd.randint(200, 235), rnd.randint(165, 195), rnd.randint(130, 160))
    dr.ellipse((w * 0.3, h * 0.18, w * 0.7, h * 0.62), fill=skin)
    dr.rectangle((w * 0.3, h * 0.14, w * 0.7, h * 0.27), fill=(30, 30, 30))
    img.save(path, "JPEG", quality=70)


def org_chart(path, title, boxes, font="Garuda", width=900):
    """A simple PNG organisation chart. boxes: list of rows, each a list of box labels
    (a label may contain '\\n'). Row 0 is the head; lines join each row to the one above."""
    from PIL import Image, ImageDraw
    f = _font(15, font)
    ft = _font(20, font)
    row_h = 92
    H = 70 + row_h * len(boxes) + 20
    img = Image.new("RGB", (width, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    tw = dr.textlength(title, font=ft)
    dr.text(((width - tw) / 2, 18), title, fill=(0, 0, 90), font=ft)
    prev_centres = []
    for ri, row in enumerate(boxes):
        n = len(row)
        bw = min(200, (width - 40) // n - 12)
        y0 = 70 + ri * row_h
        centres = []
        for i, label in enumerate(row):
            cx = int((i + 0.5) * width / n)
            x0, x1 = cx - bw // 2, cx + bw // 2
            dr.rectangle((x0, y0, x1, y0 + 56), outline=(0, 60, 140), width=2,
                         fill=(232, 240, 252) if ri else (255, 236, 200))
            lines = label.split("\n")
            for li, ln in enumerate(lines):
                lw = dr.textlength(ln, font=f)
                dr.text((cx - lw / 2, y0 + 6 + li * 19), ln, fill=(0, 0, 0), font=f)
            centres.append(cx)
            if prev_centres:
                pc = prev_centres[0] if len(prev_centres) == 1 else prev_centres[min(i * len(prev_centres) // n, len(prev_centres) - 1)]
                dr.line((pc, y0 - 36 + 56 - 56 + 0, pc, y0 - 18), fill=(0, 60, 140), width=1)
                dr.line((pc, y0 - 18, cx, y0 - 18), fill=(0, 60, 140), width=1)
                dr.line((cx, y0 - 18, cx, y0), fill=(0, 60, 140), width=1)
        prev_centres = centres
    img = img.convert("P", palette=Image.ADAPTIVE, colors=32)
    img.save(path, "PNG", optimize=True)


def banner(path, text, sub="", size=(960, 110), bg=(0, 80, 150), font="Garuda"):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(img)
    dr.text((24, 18), text, fill=(255, 255, 255), font=_font(30, font))
    if sub:
        dr.text((26, 66), sub, fill=(230, 230, 230), font=_font(17, font))
    img = img.convert("P", palette=Image.ADAPTIVE, colors=16)
    img.save(path, "PNG", optimize=True)


def poster(path, lines, size=(600, 400), bg=(255, 250, 235), font="Garuda", fmt="JPEG"):
    """An image with Thai text (e.g. a No Gift poster or an infographic)."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(img)
    y = 30
    for text, sz in lines:
        f = _font(sz, font)
        tw = dr.textlength(text, font=f)
        dr.text(((size[0] - tw) / 2, y), text, fill=(120, 20, 20), font=f)
        y += int(sz * 1.6)
    if fmt == "JPEG":
        img.save(path, "JPEG", quality=60)
    else:
        img.convert("P", palette=Image.ADAPTIVE, colors=16).save(path, "PNG", optimize=True)


def thai_digits(s):
    return str(s).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


# --------------------------------------------------------------------------------------------
# 2. per-site sections
# --------------------------------------------------------------------------------------------

# Site sections live in sibling modules that do `import make_docs as M` and register with
# @M.site(...).  When this file runs as a script it is the module "__main__"; alias it as
# "make_docs" first, so that those modules register into this SITES and not into a second copy.
sys.modules.setdefault("make_docs", sys.modules[__name__])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# Demo site and sites 1-5 (lao-codeigniter, wp-municipality, joomla-tis620, static-school-office,
# modern-hub): documents in docs_sites_1_5.py beside this file.
try:
    import docs_sites_1_5  # noqa: F401  (registers demo and sites 1-5)
except ImportError as e:  # pragma: no cover
    if "docs_sites_1_5" not in str(e):
        raise

# Sites 6-10 (district-inprogress, news-archive-trap, wrong-year-agency, law-and-gaps,
# complete-agency): each has its own module beside this file (s06_….py … s10_….py) that writes
# the whole site (pages and documents); importing the module registers its @site function here.
_SITE_MODULES = ["s06_district_inprogress", "s07_news_archive_trap", "s08_wrong_year_agency",
                 "s09_law_and_gaps", "s10_complete_agency"]


def _load_site_modules():
    import importlib
    here = os.path.dirname(os.path.abspath(__file__))
    for mod in _SITE_MODULES:
        if os.path.exists(os.path.join(here, mod + ".py")):
            importlib.import_module(mod)


def main(argv):
    _load_site_modules()
    names = argv[1:] or sorted(SITES)
    for n in names:
        if n not in SITES:
            sys.exit("unknown site %r; known: %s" % (n, ", ".join(sorted(SITES))))
        print("==", n)
        SITES[n]()


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    sys.modules.setdefault("make_docs", sys.modules[__name__])
    main(sys.argv)
