#!/usr/bin/env python3
"""Blind fixture F2: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2 (fictional), a custom-PHP office site.

Writes the whole site into ./site next to this file.  Deterministic: fixed dates, seeded randomness.
Scheme:  /index.php (home) · /page.php?id=N (static pages and group pages) · /news.php (list, ?page=N)
         /news.php?id=N (post) · /contact.php · /qa.php · /complaint.php · /eservice.php
         /ita/2569/index.php + o1.php … o25.php · /ita/2568/index.php · /uploads/...
"Now" for the site is mid-May 2569 (2026).
Needs fpdf2, openpyxl, python-docx, pillow and the TLWG fonts.
"""

import datetime
import html
import os
import random
import shutil
import zipfile
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONT_DIR = "/usr/share/fonts/truetype/tlwg"
FIXED_DT = datetime.datetime(2026, 5, 14, 9, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_DT = (2026, 5, 14, 9, 0, 0)

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"
SHORT = "สพป.ศรีนคร เขต 2"
ADDRESS = "199 หมู่ 4 ถนนโพนทอง-หนองแวง ตำบลหนองแวง อำเภอโพนทอง จังหวัดศรีนคร 45110"
PHONE = "0 4351 2345"
FAX = "0 4351 2340"
EMAIL = "saraban@srinakhon2.go.th"

TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def thd(s):
    return str(s).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def out(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write(rel, text):
    with open(out(rel), "w", encoding="utf-8") as fh:
        fh.write(text)


def href(path):
    """Links as the PHP site prints them: Thai file names percent-encoded by the upload script."""
    return quote(path, safe="/?=&%#:.-_~()")


# --------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------

def _dt(when):
    if when is None:
        return FIXED_DT
    y, m, d = when
    return datetime.datetime(y, m, d, 9, 0, 0, tzinfo=datetime.timezone.utc)


def pdf_doc(rel, blocks, created=None, orientation="P", base_size=14, font="Garuda"):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.set_creation_date(_dt(created))
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("th", "", os.path.join(FONT_DIR, font + ".ttf"))
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
            size = b[4] if len(b) > 4 else base_size - 3
            pdf.set_font("th", size=size)
            kw = {"col_widths": widths} if widths else {}
            with pdf.table(line_height=size * 0.5, text_align="LEFT",
                           headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225)), **kw) as t:
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
    pdf.output(out(rel))


def _fixed_zip(path):
    import re
    drop = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"}
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist() if i.filename not in drop]
    res = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-05-14T09:00:00Z", data)
            data = data.replace(b"generated by python-docx", b"")
        elif name in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
            data = re.sub(rb"<(Override|Relationship)[^>]*(stylesWithEffects|thumbnail)[^>]*/>", b"", data)
        res.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in res:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def xlsx_doc(rel, sheets, created=None):
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
    wb.properties.creator = "Microsoft Excel"
    wb.properties.lastModifiedBy = "Microsoft Excel"
    wb.properties.created = _dt(created).replace(tzinfo=None)
    wb.properties.modified = _dt(created).replace(tzinfo=None)
    p = out(rel)
    wb.save(p)
    _fixed_zip(p)


def docx_doc(rel, blocks, created=None):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    d.styles["Normal"].font.name = "TH SarabunPSK"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=1).alignment = WD_ALIGN_PARAGRAPH.CENTER
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
        else:
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = "saraban"
    cp.last_modified_by = "saraban"
    cp.created = _dt(created).replace(tzinfo=None)
    cp.modified = _dt(created).replace(tzinfo=None)
    cp.revision = 1
    p = out(rel)
    d.save(p)
    _fixed_zip(p)


def _font(size, name="Garuda"):
    from PIL import ImageFont
    return ImageFont.truetype(os.path.join(FONT_DIR, name + ".ttf"), size)


def photo(rel, seed, size=(120, 150)):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    w, h = size
    img = Image.new("RGB", size, (rnd.randint(150, 210), rnd.randint(170, 220), rnd.randint(190, 235)))
    dr = ImageDraw.Draw(img)
    dr.ellipse((w * 0.1, h * 0.62, w * 0.9, h * 1.3), fill=(rnd.randint(20, 60), rnd.randint(20, 60), rnd.randint(60, 110)))
    dr.ellipse((w * 0.3, h * 0.18, w * 0.7, h * 0.62), fill=(rnd.randint(200, 235), rnd.randint(165, 195), rnd.randint(130, 160)))
    dr.rectangle((w * 0.3, h * 0.14, w * 0.7, h * 0.27), fill=(30, 30, 30))
    img.save(out(rel), "JPEG", quality=70)


def org_chart(rel, title, rows, width=1100):
    from PIL import Image, ImageDraw
    f = _font(14)
    ft = _font(20)
    row_h = 92
    H = 70 + row_h * len(rows) + 20
    img = Image.new("RGB", (width, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    tw = dr.textlength(title, font=ft)
    dr.text(((width - tw) / 2, 18), title, fill=(0, 0, 90), font=ft)
    for ri, row in enumerate(rows):
        n = len(row)
        bw = min(200, (width - 40) // n - 10)
        y0 = 70 + ri * row_h
        for i, label in enumerate(row):
            cx = int((i + 0.5) * width / n)
            dr.rectangle((cx - bw // 2, y0, cx + bw // 2, y0 + 58), outline=(0, 60, 140), width=2,
                         fill=(232, 240, 252) if ri else (255, 236, 200))
            for li, ln in enumerate(label.split("\n")):
                lw = dr.textlength(ln, font=f)
                dr.text((cx - lw / 2, y0 + 5 + li * 18), ln, fill=(0, 0, 0), font=f)
            if ri:
                dr.line((width // 2, y0 - 18, cx, y0 - 18), fill=(0, 60, 140))
                dr.line((cx, y0 - 18, cx, y0), fill=(0, 60, 140))
        if ri:
            dr.line((width // 2, y0 - 34, width // 2, y0 - 18), fill=(0, 60, 140))
    img.convert("P", palette=Image.ADAPTIVE, colors=32).save(out(rel), "PNG", optimize=True)


def banner(rel):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (1000, 110), (18, 76, 140))
    dr = ImageDraw.Draw(img)
    dr.text((24, 16), OFFICE, fill=(255, 255, 255), font=_font(28))
    dr.text((26, 66), "Srinakhon Primary Educational Service Area Office 2", fill=(220, 230, 240), font=_font(17))
    img.convert("P", palette=Image.ADAPTIVE, colors=16).save(out(rel), "PNG", optimize=True)


def poster(rel, lines, size=(640, 420)):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", size, (255, 250, 235))
    dr = ImageDraw.Draw(img)
    y = 30
    for text, sz in lines:
        f = _font(sz)
        tw = dr.textlength(text, font=f)
        dr.text(((size[0] - tw) / 2, y), text, fill=(120, 20, 20), font=f)
        y += int(sz * 1.6)
    img.save(out(rel), "JPEG", quality=60)


# --------------------------------------------------------------------------------------------
# page template
# --------------------------------------------------------------------------------------------

GROUPS = [
    (11, "กลุ่มอำนวยการ"),
    (12, "กลุ่มบริหารงานการเงินและสินทรัพย์"),
    (13, "กลุ่มบริหารงานบุคคล"),
    (14, "กลุ่มนโยบายและแผน"),
    (15, "กลุ่มส่งเสริมการจัดการศึกษา"),
    (16, "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา"),
    (17, "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร"),
    (18, "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา"),
    (19, "กลุ่มกฎหมายและคดี"),
    (20, "หน่วยตรวจสอบภายใน"),
]


def layout(title, body, crumbs=None):
    top = [
        ("/", "หน้าแรก"),
        ("/page.php?id=1", "ประวัติความเป็นมา"),
        ("/page.php?id=2", "โครงสร้างองค์กร"),
        ("/page.php?id=3", "อำนาจหน้าที่"),
        ("/page.php?id=4", "ผู้บริหาร"),
        ("/news.php", "ข่าวประชาสัมพันธ์"),
        ("/ita/2569/", "ITA 2569"),
        ("/eservice.php", "e-Service"),
        ("/qa.php", "ถาม-ตอบ"),
        ("/contact.php", "ติดต่อเรา"),
    ]
    topm = "\n".join('      <li><a href="%s">%s</a></li>' % (h, t) for h, t in top)
    side = "\n".join('      <li><a href="/page.php?id=%d">%s</a></li>' % (i, t) for i, t in GROUPS)
    crumb = ""
    if crumbs:
        crumb = '<div class="breadcrumb"><a href="/">หน้าแรก</a> &raquo; ' + " &raquo; ".join(
            ('<a href="%s">%s</a>' % (h, t)) if h else t for h, t in crumbs) + "</div>\n"
    return """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s :: %(short)s</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div id="header"><a href="/"><img src="/images/banner.png" alt="%(office)s"></a></div>
<div id="topmenu">
  <ul>
%(topm)s
  </ul>
</div>
<div id="wrap">
  <div id="sidebar">
    <h3>กลุ่มงานภายในสำนักงาน</h3>
    <ul>
%(side)s
    </ul>
    <h3>ลิงก์หน่วยงาน</h3>
    <ul>
      <li><a href="https://www.obec.go.th/" target="_blank">สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</a></li>
      <li><a href="https://www.moe.go.th/" target="_blank">กระทรวงศึกษาธิการ</a></li>
      <li><a href="https://data.bopp-obec.info/emis/" target="_blank">ระบบ DMC / EMIS</a></li>
      <li><a href="https://www.facebook.com/srinakhon2.obec" target="_blank">Facebook สพป.ศรีนคร เขต 2</a></li>
      <li><a href="/complaint.php">ร้องเรียนการทุจริต</a></li>
    </ul>
  </div>
  <div id="content">
%(crumb)s<h1>%(title)s</h1>
%(body)s
  </div>
</div>
<div id="footer">
  <p><strong>%(office)s</strong><br>
  %(addr)s<br>
  โทรศัพท์ %(phone)s &nbsp; โทรสาร %(fax)s &nbsp; อีเมล %(email)s</p>
  <p><a href="/page.php?id=9">นโยบายเว็บไซต์</a> | <a href="/page.php?id=10">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> |
  <a href="/contact.php">ติดต่อเรา</a> | <a href="/sitemap.php">แผนผังเว็บไซต์</a></p>
  <p>Copyright &copy; 2569 กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร</p>
</div>
</body>
</html>
""" % dict(title=html.escape(title), short=SHORT, office=OFFICE, topm=topm, side=side, crumb=crumb, body=body,
           addr=ADDRESS, phone=PHONE, fax=FAX, email=EMAIL)


def page(rel, title, body, crumbs=None):
    write(rel, layout(title, body, crumbs))


def doclist(items):
    """items: (text, path) -> <ul> of document links with the icon text real sites print."""
    lines = []
    for text, path in items:
        ext = path.rsplit(".", 1)[-1].upper() if "." in path.rsplit("/", 1)[-1] else ""
        tag = " <small>[%s]</small>" % ext if ext in ("PDF", "XLSX", "DOCX") else ""
        lines.append('<li><a href="%s" target="_blank">%s</a>%s</li>' % (href(path), text, tag))
    return "<ul class=\"doclist\">\n" + "\n".join(lines) + "\n</ul>"


# --------------------------------------------------------------------------------------------
# news
# --------------------------------------------------------------------------------------------

def build_news():
    """44 posts, newest first; returns list of dicts (id, date, title)."""
    rnd = random.Random(2569)
    raw = [
        ((2025, 6, 10), "ประชุมผู้บริหารสถานศึกษา ประจำเดือนมิถุนายน 2568"),
        ((2025, 6, 24), "พิธีถวายสัตย์ปฏิญาณเพื่อเป็นข้าราชการที่ดีและพลังของแผ่นดิน"),
        ((2025, 7, 8), "สพป.ศรีนคร เขต 2 จัดกิจกรรมวันภาษาไทยแห่งชาติ ระดับเขตพื้นที่"),
        ((2025, 7, 22), "นิเทศ ติดตาม การจัดการเรียนรู้ภาษาไทย ภาคเรียนที่ 1/2568"),
        ((2025, 8, 5), "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการ ตำแหน่งครูผู้ช่วย"),
        ((2025, 8, 19), "อบรมเชิงปฏิบัติการการใช้ระบบ e-Budget สำหรับเจ้าหน้าที่การเงินโรงเรียน"),
        ((2025, 9, 2), "การแข่งขันศิลปหัตถกรรมนักเรียน ระดับเขตพื้นที่การศึกษา ครั้งที่ 73"),
        ((2025, 9, 16), "ประชุมชี้แจงการประเมินคุณธรรมและความโปร่งใส (ITA) ปี 2568 รอบสรุปผล"),
        ((2025, 9, 29), "พิธีมุทิตาจิตผู้เกษียณอายุราชการ ประจำปี 2568"),
        ((2025, 10, 7), "ประกาศเจตนารมณ์การป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569"),
        ((2025, 10, 15), "ประชุมคณะกรรมการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา (ก.ต.ป.น.) ครั้งที่ 5/2568"),
        ((2025, 10, 28), "สพป.ศรีนคร เขต 2 ร่วมพิธีวันปิยมหาราช"),
        ((2025, 11, 6), "ประชุมรับฟังความคิดเห็นต่อร่างแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569"),
        ((2025, 11, 18), "ลงพื้นที่ตรวจเยี่ยมโรงเรียนขนาดเล็ก อำเภอโพนทอง"),
        ((2025, 11, 27), "กิจกรรมส่งเสริมคุณธรรม No Gift Policy ปีใหม่ 2569"),
        ((2025, 12, 5), "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2568"),
        ((2025, 12, 16), "อบรมพัฒนาครูด้านการวัดและประเมินผลการเรียนรู้"),
        ((2025, 12, 24), "ประชาสัมพันธ์ปิดทำการสำนักงานช่วงเทศกาลปีใหม่ 2569"),
        ((2026, 1, 9), "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569"),
        ((2026, 1, 16), "วันครู ครั้งที่ 70 ประจำปี 2569"),
        ((2026, 1, 23), "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน สำหรับบุคลากร สพป."),
        ((2026, 2, 3), "ประชุมเตรียมความพร้อมการทดสอบ O-NET ชั้นประถมศึกษาปีที่ 6"),
        ((2026, 2, 12), "ประกาศรับสมัครนักเรียนชั้นอนุบาลและประถมศึกษาปีที่ 1 ปีการศึกษา 2569"),
        ((2026, 2, 20), "นิเทศ ติดตาม การอ่านออกเขียนได้ ชั้นประถมศึกษาปีที่ 1"),
        ((2026, 2, 27), "คณะกรรมการการศึกษาขั้นพื้นฐาน ตรวจเยี่ยมการดำเนินงานของสำนักงาน"),
        ((2026, 3, 4), "การประเมินคุณธรรมและความโปร่งใส ITA Online 2569 ชี้แจงผู้รับผิดชอบรายข้อ"),
        ((2026, 3, 11), "การทดสอบความสามารถด้านการอ่าน (RT) ชั้นประถมศึกษาปีที่ 1"),
        ((2026, 3, 18), "ประชุมผู้บริหารสถานศึกษา ครั้งที่ 2/2569"),
        ((2026, 3, 25), "ประกาศผลการคัดเลือกครูผู้ช่วย กรณีที่มีความจำเป็นหรือมีเหตุพิเศษ"),
        ((2026, 4, 1), "สรุปผลการรับนักเรียน ปีการศึกษา 2569 (ข้อมูล ณ 31 มีนาคม 2569)"),
        ((2026, 4, 8), "กิจกรรมรดน้ำดำหัวผู้อาวุโส เนื่องในเทศกาลสงกรานต์ 2569"),
        ((2026, 4, 10), "ประชาสัมพันธ์หยุดราชการเทศกาลสงกรานต์"),
        ((2026, 4, 21), "อบรมการใช้งานระบบสารบรรณอิเล็กทรอนิกส์ (My Office) สำหรับโรงเรียน"),
        ((2026, 4, 28), "ประชุมเชิงปฏิบัติการจัดทำแผนพัฒนาคุณภาพการศึกษาของสถานศึกษา"),
        ((2026, 5, 1), "เตรียมความพร้อมการเปิดภาคเรียนที่ 1 ปีการศึกษา 2569"),
        ((2026, 5, 5), "ตรวจเยี่ยมความปลอดภัยอาคารเรียนก่อนเปิดภาคเรียน"),
        ((2026, 5, 7), "มอบเกียรติบัตรโรงเรียนปลอดขยะ (Zero Waste School) ระดับเขตพื้นที่"),
        ((2026, 5, 8), "การประชุมคณะกรรมการศึกษาธิการจังหวัดศรีนคร (กศจ.) ครั้งที่ 4/2569"),
        ((2026, 5, 11), "ประกาศรายชื่อผู้ผ่านการคัดเลือกลูกจ้างชั่วคราว ตำแหน่งธุรการโรงเรียน"),
        ((2026, 5, 12), "อบรมการป้องกันภัยไซเบอร์สำหรับบุคลากรทางการศึกษา"),
        ((2026, 5, 13), "โครงการโรงเรียนสุจริต ประจำปีงบประมาณ พ.ศ. 2569 ประชุมชี้แจง"),
        ((2026, 5, 13), "ประชาสัมพันธ์การรับสมัครคัดเลือกนักเรียนทุนพระราชทาน"),
        ((2026, 5, 14), "รายงานการเปิดภาคเรียนและการมาเรียนของนักเรียน วันแรก"),
        ((2026, 5, 14), "ประชุมติดตามการเบิกจ่ายงบประมาณ ไตรมาสที่ 3"),
    ]
    posts = []
    for i, (d, t) in enumerate(raw, start=101):
        posts.append({"id": i, "date": d, "title": t})
    special = {
        "ประชุมรับฟังความคิดเห็นต่อร่างแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569": "participation",
        "กิจกรรมส่งเสริมคุณธรรม No Gift Policy ปีใหม่ 2569": "nogift",
        "อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน สำหรับบุคลากร สพป.": "ethics",
    }
    for p in posts:
        y, m, dd = p["date"]
        be = y + 543
        # some editors type Thai digits, as real offices do
        if p["id"] % 5 == 0:
            p["datestr"] = "%s %s %s" % (thd(dd), TH_MONTHS[m - 1], thd(be))
        else:
            p["datestr"] = "%d %s %d" % (dd, TH_MONTHS[m - 1], be)
        kind = special.get(p["title"])
        p["kind"] = kind
        if kind == "participation":
            body = (
                "<p>เมื่อวันที่ 6 พฤศจิกายน 2568 %s จัดประชุมรับฟังความคิดเห็นต่อร่างแผนปฏิบัติการประจำปีงบประมาณ "
                "พ.ศ. 2569 ณ ห้องประชุมราชพฤกษ์ โดยมีผู้เข้าร่วมจากภายนอกสำนักงาน ได้แก่ ผู้แทนผู้บริหารสถานศึกษา 18 คน "
                "ผู้แทนคณะกรรมการสถานศึกษาขั้นพื้นฐาน 12 คน ผู้แทนองค์กรปกครองส่วนท้องถิ่น 6 คน "
                "ผู้แทนผู้ปกครองและชุมชน 15 คน รวม 51 คน</p>"
                "<p>ที่ประชุมได้เสนอให้เพิ่มโครงการพัฒนาทักษะการอ่านของนักเรียนในโรงเรียนขนาดเล็ก และการจัดรถรับส่งนักเรียน "
                "สำนักงานได้นำข้อเสนอไปปรับปรุงแผนก่อนเสนอคณะกรรมการเขตพื้นที่การศึกษาให้ความเห็นชอบ</p>"
                '<p>เอกสาร: <a href="%s" target="_blank">รายงานผลการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม ปีงบประมาณ พ.ศ. 2569</a></p>'
                % (SHORT, href("/uploads/ita2569/O19/รายงานการมีส่วนร่วม_แผนปฏิบัติการ2569.pdf")))
        elif kind == "nogift":
            body = (
                "<p>%s จัดกิจกรรมส่งเสริมคุณธรรม ภายใต้นโยบาย No Gift Policy ก่อนเทศกาลปีใหม่ 2569 "
                "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาได้มอบนโยบายงดให้และงดรับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
                "พร้อมชี้แจงหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาตามมาตรา 128 "
                "แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 "
                "ให้บุคลากรทุกกลุ่มงานรับทราบ จำนวน 74 คน</p>" % SHORT)
        elif kind == "ethics":
            body = (
                "<p>กลุ่มพัฒนาครูและบุคลากรทางการศึกษาร่วมกับหน่วยตรวจสอบภายใน จัดอบรมเสริมสร้างจริยธรรมและการป้องกัน"
                "ผลประโยชน์ทับซ้อน ให้แก่ข้าราชการและลูกจ้างของสำนักงาน จำนวน 68 คน "
                "เนื้อหาประกอบด้วยประมวลจริยธรรมข้าราชการพลเรือน แนวทางปฏิบัติ Dos &amp; Don'ts "
                "และกรณีศึกษาการรับของขวัญ</p>")
        else:
            body = "<p>%s %s</p><p>%s</p>" % (SHORT, p["title"], rnd.choice([
                "โดยมีผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาเป็นประธาน พร้อมด้วยรองผู้อำนวยการฯ ผู้อำนวยการกลุ่ม และบุคลากรที่เกี่ยวข้องเข้าร่วม",
                "ทั้งนี้ขอให้สถานศึกษาในสังกัดดำเนินการตามแนวทางที่กำหนด และรายงานผลผ่านระบบภายในวันที่กำหนด",
                "ติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่กลุ่มอำนวยการ โทร. 0 4351 2345 ต่อ 101",
                "เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย มีประสิทธิภาพ และเกิดประโยชน์สูงสุดต่อผู้เรียน",
            ]))
        p["body"] = body
    return posts


def write_news(posts):
    newest = list(reversed(posts))
    per = 10
    pages = [newest[i:i + per] for i in range(0, len(newest), per)]
    for pi, chunk in enumerate(pages, start=1):
        rows = "\n".join(
            '<tr><td>%s</td><td><a href="news.php?id=%d">%s</a></td></tr>' % (p["datestr"], p["id"], html.escape(p["title"]))
            for p in chunk)
        nav = " ".join(
            ("<strong>%d</strong>" % n) if n == pi else '<a href="news.php?page=%d">%d</a>' % (n, n)
            for n in range(1, len(pages) + 1))
        if pi < len(pages):
            nav += ' <a href="news.php?page=%d">ถัดไป &raquo;</a>' % (pi + 1)
        body = ('<table class="list"><tr><th>วันที่</th><th>เรื่อง</th></tr>\n%s\n</table>\n'
                '<div class="pagination">หน้า %s</div>' % (rows, nav))
        rel = "/news.php" if pi == 1 else "/news.php?page=%d" % pi
        page(rel, "ข่าวประชาสัมพันธ์", body, [(None, "ข่าวประชาสัมพันธ์")])
    for p in posts:
        body = '<p class="date">โพสต์เมื่อ %s | ผู้เขียน: admin</p>\n%s\n<p><a href="news.php">&laquo; กลับหน้ารวมข่าว</a></p>' % (
            p["datestr"], p["body"])
        page("/news.php?id=%d" % p["id"], p["title"], body, [("/news.php", "ข่าวประชาสัมพันธ์"), (None, "รายละเอียดข่าว")])
    return newest


def news_id(posts, kind):
    return [p["id"] for p in posts if p["kind"] == kind][0]


# --------------------------------------------------------------------------------------------
# static pages
# --------------------------------------------------------------------------------------------

EXECS = [
    ("นายประเสริฐ วงศ์ไชยา", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2", "08 1872 4410", "prasert.w@srinakhon2.go.th", "exec1.jpg"),
    ("นางสาวกาญจนา ศรีสุข", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2", "08 9714 2283", "kanjana.s@srinakhon2.go.th", "exec2.jpg"),
    ("นายวีระพงษ์ บุญมา", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2", "08 6225 9037", "weerapong.b@srinakhon2.go.th", "exec3.jpg"),
    ("นางพิมพ์ใจ แสนทวีสุข", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2", "09 1453 6728", "pimjai.s@srinakhon2.go.th", "exec4.jpg"),
]

DUTIES = [
    "จัดทำนโยบาย แผนพัฒนา และมาตรฐานการศึกษาของเขตพื้นที่การศึกษาให้สอดคล้องกับนโยบาย มาตรฐานการศึกษา แผนการศึกษา แผนพัฒนาการศึกษาขั้นพื้นฐาน และความต้องการของท้องถิ่น",
    "วิเคราะห์การจัดตั้งงบประมาณเงินอุดหนุนทั่วไปของสถานศึกษา และหน่วยงานในเขตพื้นที่การศึกษา และแจ้งการจัดสรรงบประมาณที่ได้รับให้หน่วยงานข้างต้นรับทราบ รวมทั้งกำกับ ตรวจสอบ ติดตามการใช้จ่ายงบประมาณของหน่วยงานดังกล่าว",
    "ประสาน ส่งเสริม สนับสนุน และพัฒนาหลักสูตรร่วมกับสถานศึกษาในเขตพื้นที่การศึกษา",
    "กำกับ ดูแล ติดตาม และประเมินผลสถานศึกษาขั้นพื้นฐานในเขตพื้นที่การศึกษา",
    "ศึกษา วิเคราะห์ วิจัย และรวบรวมข้อมูลสารสนเทศด้านการศึกษาในเขตพื้นที่การศึกษา",
    "ประสานการระดมทรัพยากรด้านต่าง ๆ รวมทั้งทรัพยากรบุคคล เพื่อส่งเสริม สนับสนุนการจัดและพัฒนาการศึกษาในเขตพื้นที่การศึกษา",
    "จัดระบบการประกันคุณภาพการศึกษาและประเมินผลสถานศึกษาในเขตพื้นที่การศึกษา",
    "ประสาน ส่งเสริม สนับสนุนการจัดการศึกษาของสถานศึกษาเอกชน องค์กรปกครองส่วนท้องถิ่น รวมทั้ง บุคคล ครอบครัว องค์กรชุมชน องค์กรเอกชน องค์กรวิชาชีพ สถาบันศาสนา สถานประกอบการ และสถาบันสังคมอื่นที่จัดการศึกษารูปแบบที่หลากหลายในเขตพื้นที่การศึกษา",
    "ดำเนินการและประสาน ส่งเสริม สนับสนุนการวิจัยและพัฒนาการศึกษาในเขตพื้นที่การศึกษา",
    "ประสานการปฏิบัติราชการทั่วไปกับหน่วยงานต่าง ๆ ทั้งภาครัฐ เอกชน และองค์กรปกครองส่วนท้องถิ่น ในฐานะสำนักงานตัวแทนกระทรวงศึกษาธิการ",
    "ปฏิบัติหน้าที่อื่นเกี่ยวกับกิจการภายในกระทรวงที่มิได้ระบุให้เป็นหน้าที่ของหน่วยงานใดโดยเฉพาะ หรือปฏิบัติงานอื่นตามที่ได้รับมอบหมาย",
]

GROUP_DUTY = {
    11: "งานบริหารทั่วไป งานสารบรรณ งานประชาสัมพันธ์ งานยานพาหนะ อาคารสถานที่ และงานประสานงานราชการ",
    12: "งานการเงิน การบัญชี การเบิกจ่ายงบประมาณ งานพัสดุ การจัดซื้อจัดจ้าง และงานสินทรัพย์",
    13: "งานวางแผนอัตรากำลัง การสรรหา บรรจุ แต่งตั้ง การย้าย การเลื่อนเงินเดือน วินัย และทะเบียนประวัติ",
    14: "งานนโยบายและแผน งานวิเคราะห์งบประมาณ งานข้อมูลสารสนเทศ งานติดตามและรายงานผล",
    15: "งานส่งเสริมการจัดการศึกษา งานกิจการนักเรียน งานระบบดูแลช่วยเหลือนักเรียน และงานรับนักเรียน",
    16: "งานนิเทศการศึกษา งานวัดและประเมินผล งานประกันคุณภาพการศึกษา และงานพัฒนาหลักสูตร",
    17: "งานเทคโนโลยีสารสนเทศ เครือข่ายคอมพิวเตอร์ งานเว็บไซต์ และงานส่งเสริมการศึกษาทางไกล",
    18: "งานพัฒนาครูและบุคลากรทางการศึกษา งานวิทยฐานะ และงานส่งเสริมวินัยคุณธรรมจริยธรรม",
    19: "งานวินัยและนิติการ งานคดี งานร้องเรียนร้องทุกข์ และงานอุทธรณ์",
    20: "งานตรวจสอบการเงินการบัญชี งานตรวจสอบการดำเนินงาน และงานให้คำปรึกษาด้านการควบคุมภายใน",
}


def build_static(newest):
    # home
    latest = "\n".join('<li><span class="date">%s</span> <a href="/news.php?id=%d">%s</a></li>' % (
        p["datestr"], p["id"], html.escape(p["title"])) for p in newest[:8])
    body = """<div class="welcome"><img src="/images/%s" alt="ผอ.สพป." width="100">
<p>%s ยินดีต้อนรับ<br>%s</p></div>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>
<ul class="news">
%s
</ul>
<p><a href="/news.php">อ่านข่าวทั้งหมด &raquo;</a></p>
<h2>การประเมินคุณธรรมและความโปร่งใส</h2>
<p><a href="/ita/2569/"><img src="/images/ita2569.jpg" alt="ITA 2569" width="300"></a></p>
<ul>
<li><a href="/ita/2569/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569</a></li>
<li><a href="/ita/2568/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></li>
</ul>
<h2>บริการ</h2>
<ul>
<li><a href="/eservice.php">e-Service ยื่นคำขอออนไลน์</a></li>
<li><a href="/qa.php">กระดานถาม-ตอบ</a></li>
<li><a href="/complaint.php">ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="https://obecmail.obec.go.th/" target="_blank">OBEC Mail</a></li>
<li><a href="https://myoffice.srinakhon2.go.th/" target="_blank">ระบบสารบรรณอิเล็กทรอนิกส์ My Office</a></li>
</ul>
""" % (EXECS[0][4], OFFICE, EXECS[0][0] + " ผู้อำนวยการ" + SHORT, latest)
    page("/index.php", "หน้าแรก", body)

    page("/page.php?id=1", "ประวัติความเป็นมา", """<p>%s จัดตั้งขึ้นตามประกาศกระทรวงศึกษาธิการ เรื่อง กำหนดเขตพื้นที่การศึกษา
เมื่อวันที่ 18 สิงหาคม 2553 ดูแลสถานศึกษาในสังกัด 142 แห่ง ในพื้นที่ 4 อำเภอ ได้แก่ อำเภอโพนทอง อำเภอหนองพอก
อำเภอเมยวดี และอำเภอโพธิ์ชัย มีนักเรียนประมาณ 21,400 คน ครูและบุคลากรทางการศึกษาประมาณ 1,380 คน</p>
<h2>วิสัยทัศน์</h2><p>"ผู้เรียนมีคุณภาพ ครูมีคุณธรรม บริหารจัดการโปร่งใส ชุมชนมีส่วนร่วม"</p>""" % OFFICE,
         [(None, "ประวัติความเป็นมา")])

    rows = "\n".join('<li><a href="/page.php?id=%d">%s</a></li>' % (i, t) for i, t in GROUPS)
    page("/page.php?id=2", "โครงสร้างองค์กร", """<p>แผนภูมิโครงสร้างการแบ่งส่วนราชการภายใน%s
ตามประกาศสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขตพื้นที่การศึกษาประถมศึกษา</p>
<p><img src="/images/structure2569.png" alt="แผนภูมิโครงสร้าง %s" width="100%%"></p>
<h2>ตำแหน่งสำคัญ</h2>
<ul>
<li>ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา 1 ตำแหน่ง</li>
<li>รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา 3 ตำแหน่ง (กำกับดูแลกลุ่มงานตามคำสั่งมอบหมายงาน)</li>
<li>ผู้อำนวยการกลุ่ม / หัวหน้าหน่วย 10 ตำแหน่ง</li>
</ul>
<h2>การแบ่งส่วนราชการภายใน</h2>
<ul>
%s
</ul>
<p>ข้อมูล ณ วันที่ 1 ตุลาคม 2568</p>""" % (OFFICE, SHORT, rows), [(None, "โครงสร้างองค์กร")])

    dl = "\n".join("<li>%s</li>" % d for d in DUTIES)
    page("/page.php?id=3", "อำนาจหน้าที่", """<p>%s มีหน้าที่และอำนาจตามมาตรา 37 แห่งพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ
พ.ศ. 2546 และกฎกระทรวงแบ่งส่วนราชการ โดยสรุปดังนี้</p>
<ol>
%s
</ol>
<h2>หน้าที่ของกลุ่มงาน</h2>
<ul>
%s
</ul>""" % (OFFICE, dl, "\n".join("<li><strong>%s</strong> : %s</li>" % (t, GROUP_DUTY[i]) for i, t in GROUPS)),
         [(None, "อำนาจหน้าที่")])

    cards = []
    for i, (name, pos, tel, mail, img) in enumerate(EXECS):
        cards.append("""<div class="exec%s">
<img src="/images/%s" alt="%s" width="120"><br>
<strong>%s</strong><br>%s<br>
โทร. %s<br>อีเมล %s
</div>""" % (" top" if i == 0 else "", img, name, name, pos, tel, mail))
    page("/page.php?id=4", "ผู้บริหาร", """<h2>ทำเนียบผู้บริหาร %s</h2>
%s
<p>รองผู้อำนวยการฯ กำกับดูแลกลุ่มงานตามคำสั่ง %s ที่ 412/2568 ลงวันที่ 3 ตุลาคม 2568</p>""" % (
        SHORT, "\n".join(cards), SHORT), [(None, "ผู้บริหาร")])

    page("/page.php?id=9", "นโยบายเว็บไซต์", "<p>เว็บไซต์นี้จัดทำขึ้นเพื่อเผยแพร่ข้อมูลข่าวสารของ%s "
         "ผู้ใช้สามารถนำข้อมูลไปใช้โดยอ้างอิงแหล่งที่มา</p>" % OFFICE, [(None, "นโยบายเว็บไซต์")])
    page("/page.php?id=10", "นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<p>%s ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลตาม"
         "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ข้อมูลที่ท่านกรอกผ่านแบบฟอร์มบนเว็บไซต์จะใช้เพื่อการติดต่อกลับ"
         "และการให้บริการเท่านั้น</p>" % OFFICE, [(None, "นโยบายคุ้มครองข้อมูลส่วนบุคคล")])

    for i, t in GROUPS:
        extra = ""
        if i == 11:
            extra = '<p>งานเปิดเผยข้อมูลสาธารณะ: <a href="/ita2569.php">ITA 2569</a></p>'
        elif i == 12:
            extra = '<p><a href="/ita/2569/o11.php">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2569</a></p>'
        elif i == 14:
            extra = '<p><a href="/ita/2569/o6.php">แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569</a></p>'
        elif i == 19:
            extra = '<p><a href="/complaint.php">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></p>'
        elif i == 20:
            extra = "<p>หัวหน้าหน่วยตรวจสอบภายใน: นางสาวอรทัย ชัยประเสริฐ โทร. 0 4351 2345 ต่อ 120</p>"
        page("/page.php?id=%d" % i, t, "<p><strong>ภารกิจ</strong> %s</p>\n<p>โทรศัพท์ภายใน ต่อ %d</p>\n%s" % (
            GROUP_DUTY[i], 100 + i, extra), [(None, t)])

    page("/contact.php", "ติดต่อเรา", """<h2>%s</h2>
<p>ที่อยู่: %s</p>
<p>โทรศัพท์: %s &nbsp; โทรสาร: %s</p>
<p>อีเมล: <a href="mailto:%s">%s</a></p>
<p>เวลาทำการ: วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น. (เว้นวันหยุดราชการ)</p>
<p>แผนที่: <a href="https://maps.google.com/?q=16.0512,103.9745" target="_blank">เปิดแผนที่ Google Maps</a></p>
<iframe src="https://www.google.com/maps/embed?pb=!1m14!1m12!1m3!1d3826.5!2d103.9745!3d16.0512" width="600" height="300"></iframe>
<h2>โทรศัพท์ภายใน</h2>
<table class="list"><tr><th>กลุ่มงาน</th><th>เบอร์ต่อ</th></tr>
%s
</table>
<p>มีข้อสงสัยหรือต้องการสอบถาม สามารถส่งคำถามได้ที่ <a href="/qa.php">กระดานถาม-ตอบ (Q&amp;A)</a></p>""" % (
        OFFICE, ADDRESS, PHONE, FAX, EMAIL, EMAIL,
        "\n".join("<tr><td>%s</td><td>%d</td></tr>" % (t, 100 + i) for i, t in GROUPS)), [(None, "ติดต่อเรา")])

    qas = [
        ("15 พ.ค. 2569", "ผู้ปกครอง", "ขอทราบกำหนดการเปิดภาคเรียนที่ 1/2569 ครับ",
         "เปิดภาคเรียนวันที่ 14 พฤษภาคม 2569 ตามประกาศกระทรวงศึกษาธิการ (ตอบโดย กลุ่มส่งเสริมการจัดการศึกษา)"),
        ("2 พ.ค. 2569", "ครูโรงเรียนบ้านหนองแวง", "ขอแบบฟอร์มขอหนังสือรับรองการปฏิบัติงานได้ที่ไหน",
         "ยื่นคำขอผ่านเมนู e-Service ได้เลยครับ หรือดาวน์โหลดแบบฟอร์มที่กลุ่มบริหารงานบุคคล (ตอบโดย admin)"),
        ("18 เม.ย. 2569", "ศิษย์เก่า", "ต้องการขอใบแทนใบประกาศนียบัตร ป.6 โรงเรียนถูกยุบไปแล้ว ต้องติดต่อที่ใด",
         "ติดต่อกลุ่มส่งเสริมการจัดการศึกษา สพป. ศรีนคร เขต 2 พร้อมบัตรประชาชน ดูรายละเอียดในคู่มือการให้บริการ (ตอบโดย กลุ่มส่งเสริมฯ)"),
        ("30 มี.ค. 2569", "ผู้ปกครอง", "โรงเรียนเรียกเก็บเงินค่าบำรุงการศึกษาได้หรือไม่",
         "สถานศึกษาเก็บได้เฉพาะรายการที่ได้รับอนุญาตตามระเบียบ กรณีสงสัยโปรดแจ้งรายละเอียดผ่านช่องทางร้องเรียน (ตอบโดย กลุ่มกฎหมายและคดี)"),
    ]
    qtxt = "\n".join('<div class="qa"><p class="q"><strong>ถาม:</strong> %s <small>(%s, %s)</small></p>'
                     '<p class="a"><strong>ตอบ:</strong> %s</p></div>' % (q, who, d, a) for d, who, q, a in qas)
    page("/qa.php", "กระดานถาม-ตอบ (Q&A)", """<p>ท่านสามารถส่งคำถามถึง%s ผ่านแบบฟอร์มด้านล่าง เจ้าหน้าที่จะตอบกลับภายใน 3 วันทำการ</p>
<form action="/qa.php" method="post">
<p>ชื่อ-สกุล <input type="text" name="name" required></p>
<p>อีเมลหรือเบอร์โทรศัพท์ <input type="text" name="contact"></p>
<p>หัวข้อคำถาม <input type="text" name="topic" required></p>
<p>รายละเอียด<br><textarea name="question" rows="5" cols="60" required></textarea></p>
<p><input type="hidden" name="act" value="save"><button type="submit">ส่งคำถาม</button></p>
</form>
<h2>คำถามล่าสุด</h2>
%s""" % (SHORT, qtxt), [(None, "ถาม-ตอบ")])

    page("/complaint.php", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """<p>ผู้ที่พบเห็นการทุจริตหรือประพฤติมิชอบของข้าราชการ
หรือบุคลากรในสังกัด%s สามารถแจ้งเรื่องได้ตามช่องทางต่อไปนี้ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<h2>1. แจ้งเรื่องออนไลน์</h2>
<form action="/complaint.php" method="post">
<p>ชื่อ-สกุลผู้ร้อง (ไม่ระบุก็ได้) <input type="text" name="name"></p>
<p>ช่องทางติดต่อกลับ <input type="text" name="contact"></p>
<p>ผู้ถูกร้องเรียน / หน่วยงาน <input type="text" name="target" required></p>
<p>รายละเอียดการกระทำ วัน เวลา สถานที่<br><textarea name="detail" rows="6" cols="60" required></textarea></p>
<p>แนบหลักฐาน <input type="file" name="attach"></p>
<p><button type="submit">ส่งเรื่องร้องเรียน</button></p>
</form>
<h2>2. ช่องทางอื่น</h2>
<ul>
<li>ยื่นด้วยตนเองหรือทางไปรษณีย์ ถึง ผู้อำนวยการ%s (กลุ่มกฎหมายและคดี) %s</li>
<li>โทรศัพท์สายตรงร้องเรียนการทุจริต 0 4351 2346</li>
<li>อีเมล: <a href="mailto:stopcorruption@srinakhon2.go.th">stopcorruption@srinakhon2.go.th</a></li>
<li>ตู้รับเรื่องร้องเรียน บริเวณชั้น 1 อาคารสำนักงาน</li>
<li><a href="%s">ดาวน์โหลดแบบฟอร์มหนังสือร้องเรียน</a> [DOCX]</li>
</ul>
<h2>3. ช่องทางของหน่วยงานภายนอก</h2>
<ul>
<li><a href="https://complaint.obec.go.th/" target="_blank">ระบบรับเรื่องร้องเรียน สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</a></li>
<li><a href="https://wbs.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช. (แจ้งเบาะแส)</a></li>
<li><a href="https://www.pacc.go.th/e-service/index.html" target="_blank">สำนักงาน ป.ป.ท.</a></li>
<li>ศูนย์ดำรงธรรมจังหวัดศรีนคร สายด่วน 1567</li>
</ul>""" % (OFFICE, OFFICE, ADDRESS, href("/uploads/forms/แบบฟอร์มหนังสือร้องเรียน.docx")),
         [(None, "ร้องเรียนการทุจริต")])

    page("/eservice.php", "e-Service ระบบบริการออนไลน์", """<p>%s ให้บริการยื่นคำขอผ่านช่องทางออนไลน์ ผู้ยื่นจะได้รับเลขที่คำขอทางอีเมล
และสามารถรับเอกสารได้ทางไปรษณีย์หรือที่สำนักงาน</p>
<h2>1. ขอหนังสือรับรองการเป็นข้าราชการ / หนังสือรับรองเงินเดือน</h2>
<form action="/eservice.php?act=send" method="post">
<input type="hidden" name="service" value="certificate">
<p>ชื่อ-สกุล <input type="text" name="name" required> เลขประจำตัวประชาชน <input type="text" name="pid" required></p>
<p>โรงเรียน/หน่วยงาน <input type="text" name="school" required></p>
<p>ประเภทหนังสือ <select name="type"><option>รับรองการเป็นข้าราชการ</option><option>รับรองเงินเดือน</option><option>รับรองการปฏิบัติงาน</option></select></p>
<p>อีเมล <input type="email" name="email" required></p>
<p><button type="submit">ยื่นคำขอ</button></p>
</form>
<h2>2. ขอใบแทนใบประกาศนียบัตร / หนังสือรับรองผลการเรียน (กรณีโรงเรียนถูกยุบรวม)</h2>
<form action="/eservice.php?act=send" method="post">
<input type="hidden" name="service" value="transcript">
<p>ชื่อ-สกุล <input type="text" name="name" required> ปีที่จบ <input type="text" name="year"></p>
<p>โรงเรียนเดิม <input type="text" name="school" required></p>
<p>เบอร์โทรศัพท์ <input type="text" name="tel" required></p>
<p>แนบสำเนาบัตรประชาชน <input type="file" name="idcard"></p>
<p><button type="submit">ยื่นคำขอ</button></p>
</form>
<h2>3. ระบบอื่น</h2>
<ul>
<li><a href="https://eservice.srinakhon2.go.th/booking/" target="_blank">ระบบจองห้องประชุมและยานพาหนะ</a></li>
<li><a href="https://forms.gle/Xr7pQm2sSrn2Es5" target="_blank">แบบคำขอใช้ข้อมูลสารสนเทศทางการศึกษา (Google Form)</a></li>
<li><a href="https://slip.obec.go.th/" target="_blank">ระบบพิมพ์สลิปเงินเดือน (สพฐ.)</a></li>
</ul>""" % OFFICE, [(None, "e-Service")])

    page("/sitemap.php", "แผนผังเว็บไซต์", "<ul>\n" + "\n".join(
        '<li><a href="%s">%s</a></li>' % (h, t) for h, t in [
            ("/", "หน้าแรก"), ("/page.php?id=1", "ประวัติความเป็นมา"), ("/page.php?id=2", "โครงสร้างองค์กร"),
            ("/page.php?id=3", "อำนาจหน้าที่"), ("/page.php?id=4", "ผู้บริหาร"), ("/news.php", "ข่าวประชาสัมพันธ์"),
            ("/ita/2569/", "ITA 2569"), ("/ita/2568/", "ITA 2568"), ("/eservice.php", "e-Service"),
            ("/qa.php", "ถาม-ตอบ"), ("/complaint.php", "ร้องเรียนการทุจริต"), ("/contact.php", "ติดต่อเรา")]) + "\n</ul>",
         [(None, "แผนผังเว็บไซต์")])


# --------------------------------------------------------------------------------------------
# ITA 2569 documents
# --------------------------------------------------------------------------------------------

U = "/uploads/ita2569"

SIGN = [("gap", 6), ("right", "(นายประเสริฐ วงศ์ไชยา)"),
        ("right", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2")]

PROJECTS = [
    ("พัฒนาคุณภาพการจัดการเรียนรู้ภาษาไทย อ่านออกเขียนได้", "กลุ่มนิเทศฯ", 185000),
    ("ยกระดับผลสัมฤทธิ์ทางการเรียน O-NET และ NT", "กลุ่มนิเทศฯ", 240000),
    ("พัฒนาครูด้านการจัดการเรียนรู้เชิงรุก (Active Learning)", "กลุ่มพัฒนาครูฯ", 320000),
    ("ส่งเสริมระบบดูแลช่วยเหลือนักเรียนและป้องกันยาเสพติด", "กลุ่มส่งเสริมการจัดการศึกษา", 150000),
    ("โรงเรียนสุจริตและการป้องกันการทุจริต", "หน่วยตรวจสอบภายใน", 60000),
    ("พัฒนาระบบข้อมูลสารสนเทศและเทคโนโลยีดิจิทัล", "กลุ่มส่งเสริมการศึกษาทางไกลฯ", 210000),
    ("บริหารจัดการโรงเรียนขนาดเล็กและโรงเรียนคุณภาพ", "กลุ่มนโยบายและแผน", 175000),
    ("ประชุมผู้บริหารสถานศึกษาและขับเคลื่อนนโยบาย", "กลุ่มอำนวยการ", 120000),
]


def docs_2569(posts):
    d = {}
    # O5 strategic plan
    d["O5"] = U + "/O5/แผนพัฒนาการศึกษาขั้นพื้นฐาน_2566-2570_ทบทวน2569.pdf"
    pdf_doc(d["O5"], [
        ("title", "แผนพัฒนาการศึกษาขั้นพื้นฐาน\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2\nพ.ศ. 2566 - 2570 (ฉบับทบทวน พ.ศ. 2569)"),
        ("h", "วิสัยทัศน์"), ("p", "ผู้เรียนมีคุณภาพ ครูมีคุณธรรม บริหารจัดการโปร่งใส ชุมชนมีส่วนร่วม ภายในปี พ.ศ. 2570"),
        ("h", "พันธกิจ"),
        ("p", "1. จัดและส่งเสริมการศึกษาขั้นพื้นฐานให้ผู้เรียนได้รับการศึกษาอย่างทั่วถึง เท่าเทียม และมีคุณภาพ\n"
              "2. พัฒนาครูและบุคลากรทางการศึกษาให้มีสมรรถนะตามมาตรฐานวิชาชีพ\n"
              "3. บริหารจัดการตามหลักธรรมาภิบาล โปร่งใส ตรวจสอบได้"),
        ("h", "ประเด็นกลยุทธ์"),
        ("table", ["กลยุทธ์", "ตัวชี้วัด", "ค่าเป้าหมาย 2569", "ค่าเป้าหมาย 2570"], [
            ["1. ด้านความปลอดภัยของผู้เรียน", "ร้อยละสถานศึกษาที่มีระบบดูแลช่วยเหลือนักเรียน", "100", "100"],
            ["2. ด้านโอกาสทางการศึกษา", "ร้อยละเด็กวัยเรียนได้รับการศึกษา", "99", "100"],
            ["3. ด้านคุณภาพผู้เรียน", "ร้อยละนักเรียน ป.1 อ่านออกเขียนได้", "90", "95"],
            ["4. ด้านประสิทธิภาพการบริหารจัดการ", "ผลการประเมิน ITA", "95", "95"],
        ], (30, 40, 15, 15)),
        ("p", "ความสอดคล้อง: ยุทธศาสตร์ชาติ 20 ปี แผนการศึกษาแห่งชาติ พ.ศ. 2560-2579 นโยบายกระทรวงศึกษาธิการและสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน ประจำปีงบประมาณ พ.ศ. 2569"),
        ("p", "ผ่านความเห็นชอบจากคณะกรรมการเขตพื้นที่การศึกษา ในการประชุมครั้งที่ 1/2569 เมื่อวันที่ 21 พฤศจิกายน 2568"),
    ], created=(2025, 11, 25))

    # O6 plan + progress
    d["O6a"] = U + "/O6/แผนปฏิบัติการประจำปีงบประมาณ_พ.ศ.2569.pdf"
    pdf_doc(d["O6a"], [
        ("title", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("p", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569 จัดทำขึ้นเพื่อเป็นกรอบการดำเนินงานและการใช้จ่ายงบประมาณของสำนักงาน "
              "ระหว่างวันที่ 1 ตุลาคม 2568 ถึง 30 กันยายน 2569 ได้รับจัดสรรงบประมาณทั้งสิ้น 1,460,000 บาท"),
        ("table", ["ที่", "โครงการ", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ระยะเวลา"],
         [[i + 1, p, g, "{:,}".format(b), "ต.ค. 2568 - ก.ย. 2569"] for i, (p, g, b) in enumerate(PROJECTS)],
         (8, 50, 30, 20, 25)),
        ("p", "รวมงบประมาณ 1,460,000 บาท"),
    ] + SIGN, created=(2025, 11, 28))
    d["O6b"] = U + "/O6/รายงานความก้าวหน้า_รอบ6เดือน_ต.ค.68-มี.ค.69.pdf"
    rnd = random.Random(6)
    prog = []
    status = ["ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "อยู่ระหว่างดำเนินการ", "อยู่ระหว่างดำเนินการ",
              "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ"]
    tot_used = 0
    for i, (p, g, b) in enumerate(PROJECTS):
        used = 0 if status[i] == "ยังไม่ดำเนินการ" else (b if status[i] == "ดำเนินการแล้วเสร็จ" else int(b * rnd.uniform(0.25, 0.6)) // 100 * 100)
        tot_used += used
        prog.append([i + 1, p, "{:,}".format(b), "{:,}".format(used), status[i]])
    pdf_doc(d["O6b"], [
        ("title", "รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน\n(1 ตุลาคม 2568 - 31 มีนาคม 2569)\nประจำปีงบประมาณ พ.ศ. 2569"),
        ("center", OFFICE),
        ("table", ["ที่", "โครงการ", "งบประมาณที่ได้รับ", "เบิกจ่ายแล้ว", "สถานะ"], prog, (8, 52, 22, 22, 26)),
        ("p", "สรุป: ดำเนินการแล้วเสร็จ 2 โครงการ อยู่ระหว่างดำเนินการ 5 โครงการ ยังไม่ดำเนินการ 1 โครงการ "
              "เบิกจ่ายงบประมาณแล้ว {:,} บาท จากทั้งหมด 1,460,000 บาท คิดเป็นร้อยละ {:.2f}".format(tot_used, tot_used * 100 / 1460000)),
        ("h", "ปัญหาและอุปสรรค"),
        ("p", "การโอนจัดสรรงบประมาณจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานล่าช้าในไตรมาสที่ 1 ทำให้บางโครงการเริ่มดำเนินการช้ากว่าแผน"),
    ], created=(2026, 4, 10))
    d["O6x"] = U + "/O6/แผนการใช้จ่ายงบประมาณ_2569.xlsx"
    xlsx_doc(d["O6x"], [("แผนการใช้จ่าย2569", [["ที่", "โครงการ", "ผู้รับผิดชอบ", "งบประมาณ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"]] +
                         [[i + 1, p, g, b, b // 4, b // 4, b // 4, b - 3 * (b // 4)] for i, (p, g, b) in enumerate(PROJECTS)])],
             created=(2025, 11, 28))

    # O7 annual report FY2568
    d["O7"] = U + "/O7/รายงานผลการดำเนินงานประจำปีงบประมาณ_พ.ศ.2568.pdf"
    pdf_doc(d["O7"], [
        ("title", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("h", "ส่วนที่ 1 ข้อมูลพื้นฐาน"),
        ("p", "สถานศึกษาในสังกัด 142 แห่ง นักเรียน 21,486 คน ข้าราชการครูและบุคลากรทางการศึกษา 1,377 คน"),
        ("h", "ส่วนที่ 2 ผลการดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2568"),
        ("table", ["โครงการ", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "ผลการดำเนินงาน"], [
            ["พัฒนาการอ่านออกเขียนได้", "180,000", "178,450", "นักเรียน ป.1 อ่านออกร้อยละ 88.4"],
            ["ยกระดับผลสัมฤทธิ์ O-NET", "230,000", "229,900", "คะแนนเฉลี่ยเพิ่มขึ้น 3 จาก 4 วิชา"],
            ["พัฒนาครู Active Learning", "300,000", "296,200", "ครูผ่านการอบรม 412 คน"],
            ["โรงเรียนสุจริต", "55,000", "54,800", "โรงเรียนต้นแบบ 12 แห่ง"],
            ["ระบบสารสนเทศ", "200,000", "198,000", "ระบบ My Office ใช้งานครบทุกโรงเรียน"],
        ], (40, 18, 18, 40)),
        ("p", "สรุปการใช้จ่ายงบประมาณ ได้รับจัดสรร 1,390,000 บาท เบิกจ่าย 1,371,150 บาท คิดเป็นร้อยละ 98.64"),
        ("h", "ส่วนที่ 3 ปัญหา อุปสรรค และข้อเสนอแนะ"),
        ("p", "โรงเรียนขนาดเล็กขาดแคลนครูในบางสาขาวิชา ควรเร่งการบริหารอัตรากำลังและการใช้ทรัพยากรร่วมกัน"),
    ], created=(2025, 10, 30))

    # O8 manuals
    d["O8a"] = U + "/O8/คู่มือการปฏิบัติงาน_การเบิกจ่ายเงิน_กลุ่มการเงิน.pdf"
    pdf_doc(d["O8a"], [
        ("title", "คู่มือการปฏิบัติงาน\nการตรวจสอบและเบิกจ่ายเงินงบประมาณ\nกลุ่มบริหารงานการเงินและสินทรัพย์"),
        ("center", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2 (ฉบับปรับปรุง พ.ศ. 2568)"),
        ("h", "1. วัตถุประสงค์"), ("p", "เพื่อให้เจ้าหน้าที่การเงินและบัญชีปฏิบัติงานการเบิกจ่ายเงินผ่านระบบ New GFMIS Thai ได้ถูกต้องตามระเบียบกระทรวงการคลัง"),
        ("h", "2. ผู้ใช้คู่มือ"), ("p", "นักวิชาการเงินและบัญชี เจ้าพนักงานการเงินและบัญชี และเจ้าหน้าที่ที่ได้รับมอบหมาย"),
        ("h", "3. ขั้นตอนการปฏิบัติงาน"),
        ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"], [
            ["1", "รับเอกสารขอเบิกและลงทะเบียนคุมฎีกา", "1 วัน", "เจ้าพนักงานการเงิน"],
            ["2", "ตรวจสอบความถูกต้องของหลักฐาน", "2 วัน", "นักวิชาการเงินและบัญชี"],
            ["3", "บันทึกขอเบิกในระบบ New GFMIS Thai", "1 วัน", "นักวิชาการเงินและบัญชี"],
            ["4", "เสนออนุมัติและจ่ายเงินเข้าบัญชีเจ้าหนี้", "1 วัน", "ผู้อำนวยการกลุ่ม"],
        ], (12, 50, 18, 30)),
    ], created=(2025, 9, 15))
    d["O8b"] = U + "/O8/คู่มือการปฏิบัติงานสารบรรณ_2569.docx"
    docx_doc(d["O8b"], [
        ("title", "คู่มือการปฏิบัติงานสารบรรณ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("p", "ตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 และที่แก้ไขเพิ่มเติม (ฉบับที่ 4) พ.ศ. 2564"),
        ("h", "ผู้ใช้คู่มือ"), ("p", "เจ้าหน้าที่ธุรการ กลุ่มอำนวยการ และเจ้าหน้าที่สารบรรณประจำกลุ่ม"),
        ("h", "ขั้นตอนการรับหนังสือ"),
        ("table", ["ขั้นตอน", "รายละเอียด"], [["1", "รับหนังสือผ่านระบบ My Office และลงทะเบียนรับ"],
                                              ["2", "เสนอผู้บังคับบัญชาพิจารณาสั่งการ"],
                                              ["3", "ส่งต่อกลุ่มงานที่รับผิดชอบ"]]),
    ], created=(2026, 1, 12))

    # O9 service guide
    d["O9"] = U + "/O9/คู่มือการให้บริการประชาชน_สพป.ศรีนคร2.pdf"
    pdf_doc(d["O9"], [
        ("title", "คู่มือสำหรับประชาชน\nการขอใบแทนใบประกาศนียบัตรและหนังสือรับรองผลการเรียน\n(กรณีสถานศึกษาถูกยุบรวมหรือเลิกสถานศึกษา)"),
        ("p", "หน่วยงานที่ให้บริการ: กลุ่มส่งเสริมการจัดการศึกษา สำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("p", "ช่องทางการให้บริการ: ณ สำนักงาน วันจันทร์ถึงวันศุกร์ 08.30 - 16.30 น. หรือยื่นคำขอทาง e-Service บนเว็บไซต์"),
        ("h", "ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ"),
        ("table", ["ที่", "ขั้นตอน", "ระยะเวลา", "ส่วนงานที่รับผิดชอบ"], [
            ["1", "ยื่นคำร้องพร้อมหลักฐาน ตรวจสอบความครบถ้วน", "15 นาที", "กลุ่มส่งเสริมการจัดการศึกษา"],
            ["2", "ค้นหาทะเบียนนักเรียนและหลักฐานการจบ", "1 วันทำการ", "กลุ่มส่งเสริมการจัดการศึกษา"],
            ["3", "จัดทำใบแทน เสนอผู้มีอำนาจลงนาม", "1 วันทำการ", "ผู้อำนวยการ สพป."],
            ["4", "มอบเอกสารให้ผู้ยื่นคำขอ", "5 นาที", "กลุ่มส่งเสริมการจัดการศึกษา"],
        ], (8, 52, 20, 35)),
        ("p", "ระยะเวลาดำเนินการรวม 2 วันทำการ ค่าธรรมเนียม ไม่มี"),
        ("h", "เอกสารหลักฐานประกอบ"),
        ("p", "1. บัตรประจำตัวประชาชน 2. รูปถ่ายขนาด 1 นิ้ว จำนวน 2 รูป 3. หลักฐานการเปลี่ยนชื่อ-สกุล (ถ้ามี)"),
        ("p", "ช่องทางร้องเรียน: กลุ่มกฎหมายและคดี โทร. 0 4351 2346 หรือเว็บไซต์ www.srinakhon2.go.th"),
    ], created=(2025, 12, 2))

    # O10 e-service statistics
    d["O10"] = U + "/O10/สถิติการให้บริการ_e-Service_ต.ค.68-มี.ค.69.pdf"
    pdf_doc(d["O10"], [
        ("title", "ข้อมูลสถิติการให้บริการผ่านช่องทางออนไลน์ (e-Service)\nประจำปีงบประมาณ พ.ศ. 2569 (ตุลาคม 2568 - มีนาคม 2569)"),
        ("center", OFFICE),
        ("table", ["เดือน", "หนังสือรับรอง", "ใบแทนประกาศนียบัตร", "จองห้องประชุม/ยานพาหนะ", "รวม"], [
            ["ต.ค. 2568", 42, 6, 31, 79], ["พ.ย. 2568", 38, 4, 35, 77], ["ธ.ค. 2568", 29, 3, 22, 54],
            ["ม.ค. 2569", 51, 7, 40, 98], ["ก.พ. 2569", 47, 5, 37, 89], ["มี.ค. 2569", 56, 9, 33, 98],
            ["รวม", 263, 34, 198, 495]], (22, 22, 25, 30, 15)),
    ], created=(2026, 4, 5))

    # O11 monthly สขร.1
    items_pool = [
        ("จัดซื้อวัสดุสำนักงาน", 8000, 45000), ("จ้างถ่ายเอกสารพร้อมเข้าเล่ม", 3000, 25000),
        ("จ้างซ่อมแซมรถยนต์ราชการ หมายเลขทะเบียน กค 4521 ศรีนคร", 5000, 38000),
        ("จัดซื้อหมึกพิมพ์คอมพิวเตอร์", 6000, 30000), ("จ้างเหมาบริการทำความสะอาดอาคาร", 12000, 12000),
        ("จ้างทำอาหารและเครื่องดื่ม การประชุมผู้บริหารสถานศึกษา", 9000, 40000),
        ("จัดซื้อน้ำมันเชื้อเพลิง", 10000, 25000), ("จ้างซ่อมเครื่องปรับอากาศห้องประชุม", 4500, 18000),
        ("จ้างทำป้ายไวนิลประชาสัมพันธ์", 1200, 6000), ("จัดซื้อวัสดุคอมพิวเตอร์", 7000, 35000),
    ]
    shops = ["ร้านโพนทองเครื่องเขียน", "หจก.ศรีนครการพิมพ์", "อู่ช่างเอกยนต์", "บริษัท ไอทีศรีนคร จำกัด",
             "นางสมพร ใจดี", "ร้านครัวบ้านสวน", "หจก.โพนทองปิโตรเลียม", "ร้านแอร์เย็นเซอร์วิส", "ร้านป้ายดีไซน์"]
    months = [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4)]
    d["O11"] = []
    xsheets = []
    hdr = ["ลำดับที่", "งานจัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
           "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
           "เหตุผลที่คัดเลือกโดยสังเขป", "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]
    for mi, (y, m) in enumerate(months):
        rnd = random.Random(1100 + mi)
        be = y + 543
        rows = []
        for k in range(rnd.randint(4, 7)):
            name, lo, hi = items_pool[rnd.randrange(len(items_pool))]
            amt = rnd.randint(lo // 100, hi // 100) * 100
            shop = shops[rnd.randrange(len(shops))]
            day = rnd.randint(2, 27)
            rows.append([k + 1, name, "{:,.2f}".format(amt), "{:,.2f}".format(amt), "เฉพาะเจาะจง",
                         "%s / %s" % (shop, "{:,.2f}".format(amt)), "%s / %s" % (shop, "{:,.2f}".format(amt)),
                         "เสนอราคาไม่เกินวงเงินและมีคุณสมบัติครบถ้วน",
                         "PO %d/%d ลว. %d %s %d" % (mi * 10 + k + 1, be, day, TH_MON_SHORT[m - 1], be)])
        mname = TH_MONTHS[m - 1]
        rel = U + "/O11/สขร.1_%s_%d.pdf" % (mname, be)
        pdf_doc(rel, [
            ("center", "แบบ สขร.1"),
            ("title", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน %s พ.ศ. %d" % (mname, be)),
            ("center", OFFICE),
            ("table", hdr, rows, (8, 30, 16, 16, 14, 30, 30, 26, 24), 9),
            ("right", "ผู้รายงาน นางสาวศิริพร คำภา เจ้าหน้าที่พัสดุ"),
        ], orientation="L", created=(y + (1 if m == 12 else 0), (m % 12) + 1, 5))
        d["O11"].append((mname, be, rel))
        xsheets.append(("%s %d" % (TH_MON_SHORT[m - 1], be - 2500), [hdr] + rows))
    d["O11x"] = U + "/O11/สขร.1_ปีงบประมาณ2569_ต.ค.68-เม.ย.69.xlsx"
    xlsx_doc(d["O11x"], xsheets, created=(2026, 5, 6))

    # O12: procurement plan 2569 exists; the FY2568 annual report link is dead (file never uploaded)
    d["O12plan"] = U + "/O12/แผนการจัดซื้อจัดจ้าง_ประจำปีงบประมาณ2569.pdf"
    pdf_doc(d["O12plan"], [
        ("title", "ประกาศสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2\nเรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569"),
        ("table", ["ที่", "รายการ", "วงเงิน (บาท)", "ช่วงเวลาที่คาดว่าจะประกาศ"], [
            ["1", "จัดซื้อครุภัณฑ์คอมพิวเตอร์ จำนวน 12 ชุด", "264,000", "ธันวาคม 2568"],
            ["2", "จ้างปรับปรุงห้องประชุมราชพฤกษ์", "480,000", "กุมภาพันธ์ 2569"],
            ["3", "จัดซื้อรถยนต์บรรทุก (ดีเซล) ขนาด 1 ตัน", "830,000", "มีนาคม 2569"],
        ], (8, 60, 25, 35)),
        ("p", "ประกาศ ณ วันที่ 30 ตุลาคม พ.ศ. 2568"),
    ] + SIGN, created=(2025, 10, 30))
    d["O12dead"] = U + "/O12/รายงานสรุปผลการจัดซื้อจัดจ้าง_ปีงบประมาณ2568.pdf"

    # O13 HR plan 2569 (with criteria)
    d["O13"] = U + "/O13/แผนการบริหารและพัฒนาทรัพยากรบุคคล_ปีงบประมาณ2569.pdf"
    pdf_doc(d["O13"], [
        ("title", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("h", "ส่วนที่ 1 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล"),
        ("p", "1.1 การสรรหาและบรรจุแต่งตั้ง ดำเนินการตามหลักเกณฑ์และวิธีการที่ ก.ค.ศ. กำหนด (ว 14/2566) และสำนักงาน ก.พ. สำหรับข้าราชการพลเรือน\n"
              "1.2 การย้ายและการเลื่อนตำแหน่ง ใช้หลักเกณฑ์ ก.ค.ศ. ว 9/2567\n"
              "1.3 การประเมินผลการปฏิบัติงานและการเลื่อนเงินเดือน ปีละ 2 รอบ (1 เมษายน และ 1 ตุลาคม)\n"
              "1.4 การพัฒนาบุคลากร อย่างน้อยคนละ 20 ชั่วโมงต่อปี"),
        ("h", "ส่วนที่ 2 แผนการบริหารทรัพยากรบุคคล"),
        ("table", ["โครงการ/กิจกรรม", "เป้าหมาย", "ระยะเวลา", "ผู้รับผิดชอบ"], [
            ["วิเคราะห์อัตรากำลังและจัดทำแผนอัตรากำลัง 2569-2571", "142 โรงเรียน", "ต.ค.-ธ.ค. 2568", "กลุ่มบริหารงานบุคคล"],
            ["สรรหาครูผู้ช่วยกรณีพิเศษ", "28 อัตรา", "ม.ค.-มี.ค. 2569", "กลุ่มบริหารงานบุคคล"],
            ["ยกย่องเชิดชูเกียรติบุคลากรดีเด่น", "20 คน", "ม.ค. 2569", "กลุ่มพัฒนาครูฯ"],
        ], (50, 20, 25, 30)),
        ("h", "ส่วนที่ 3 แผนพัฒนาทรัพยากรบุคคล"),
        ("table", ["หลักสูตร", "กลุ่มเป้าหมาย", "ระยะเวลา", "งบประมาณ"], [
            ["การจัดการเรียนรู้เชิงรุก", "ครู 400 คน", "พ.ย. 2568 - ก.พ. 2569", "320,000"],
            ["ความรู้ด้านพัสดุและการเงิน", "บุคลากร สพป. และโรงเรียน 160 คน", "ม.ค. 2569", "45,000"],
            ["จริยธรรมและการป้องกันผลประโยชน์ทับซ้อน", "บุคลากร สพป. 70 คน", "ม.ค. 2569", "15,000"],
        ], (45, 35, 30, 20)),
    ], created=(2025, 10, 20))

    # O14 HR report FY2568
    d["O14"] = U + "/O14/รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล_ปีงบประมาณ2568.pdf"
    pdf_doc(d["O14"], [
        ("title", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("table", ["กิจกรรม", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ"], [
            ["บรรจุแต่งตั้งครูผู้ช่วย", "35 อัตรา", "35 อัตรา", "100"],
            ["ประเมินผลการปฏิบัติงาน 2 รอบ", "ข้าราชการ 1,377 คน", "1,377 คน", "100"],
            ["อบรมพัฒนาครู Active Learning", "300 คน", "412 คน", "137.33"],
            ["อบรมบุคลากรด้านพัสดุ", "150 คน", "146 คน", "97.33"],
        ], (45, 30, 30, 15)),
        ("h", "ปัญหาและข้อเสนอแนะ"),
        ("p", "การย้ายครูออกนอกเขตพื้นที่ทำให้โรงเรียนขนาดเล็กขาดครู ควรวางแผนสรรหาล่วงหน้าและใช้ครูอัตราจ้าง"),
    ], created=(2025, 10, 25))

    # O15 ethics
    d["O15a"] = U + "/O15/ประมวลจริยธรรมข้าราชการพลเรือน_และข้อกำหนดจริยธรรม.pdf"
    pdf_doc(d["O15a"], [
        ("title", "ประมวลจริยธรรมข้าราชการพลเรือน\nและข้อกำหนดจริยธรรมของสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("p", "ข้าราชการต้องยึดมั่นในสถาบันหลักของประเทศ ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี และรับผิดชอบต่อหน้าที่ "
              "กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้องชอบธรรม คิดถึงประโยชน์ส่วนรวมมากกว่าประโยชน์ส่วนตัว "
              "และมีจิตสาธารณะ มุ่งผลสัมฤทธิ์ของงาน ปฏิบัติหน้าที่อย่างเป็นธรรมและไม่เลือกปฏิบัติ "
              "ดำรงตนเป็นแบบอย่างที่ดีและรักษาภาพลักษณ์ของทางราชการ"),
        ("h", "แนวทางปฏิบัติ Dos & Don'ts"),
        ("table", ["ควรปฏิบัติ (Dos)", "ไม่ควรปฏิบัติ (Don'ts)"], [
            ["ให้บริการด้วยความเสมอภาค", "รับของขวัญหรือประโยชน์จากผู้มาติดต่อ"],
            ["เปิดเผยข้อมูลที่ประชาชนควรรู้", "ใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตัว"],
            ["แจ้งผู้บังคับบัญชาเมื่อมีผลประโยชน์ทับซ้อน", "เลือกปฏิบัติหรือเรียกรับเงิน"],
        ]),
    ], created=(2025, 11, 3))
    d["O15b"] = U + "/O15/คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม_2569.pdf"
    pdf_doc(d["O15b"], [
        ("title", "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2\nที่ ๔๓๘/๒๕๖๘\nเรื่อง แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
        ("p", "เพื่อให้การส่งเสริมและขับเคลื่อนจริยธรรมตามพระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. ๒๕๖๒ เป็นไปอย่างมีประสิทธิภาพ "
              "จึงแต่งตั้งคณะทำงาน ประกอบด้วย รองผู้อำนวยการ สพป. (นายวีระพงษ์ บุญมา) เป็นประธาน "
              "ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา เป็นรองประธาน ผู้อำนวยการกลุ่มทุกกลุ่มเป็นคณะทำงาน "
              "และผู้อำนวยการกลุ่มกฎหมายและคดีเป็นเลขานุการ"),
        ("p", "หน้าที่: ให้คำปรึกษาด้านจริยธรรม จัดทำแนวทาง Dos & Don'ts จัดอบรมสอดแทรกเนื้อหาด้านจริยธรรม และรายงานผล"),
        ("p", "สั่ง ณ วันที่ ๑๐ ตุลาคม พ.ศ. ๒๕๖๘"),
    ] + SIGN, created=(2025, 10, 10))

    # O16 complaint "guideline": a one-page flow without timeframe or responsible unit
    d["O16"] = U + "/O16/แนวทางการจัดการเรื่องร้องเรียน.pdf"
    pdf_doc(d["O16"], [
        ("title", "แนวทางการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
        ("center", OFFICE),
        ("p", "เพื่อให้การรับเรื่องร้องเรียนเป็นไปด้วยความเรียบร้อย สำนักงานจึงกำหนดแนวทางไว้ดังนี้"),
        ("p", "1. รับเรื่องร้องเรียนจากช่องทางต่าง ๆ\n"
              "2. ลงทะเบียนรับเรื่อง\n"
              "3. พิจารณาและตรวจสอบข้อเท็จจริง\n"
              "4. เสนอผู้บริหารพิจารณาสั่งการ\n"
              "5. แจ้งผลให้ผู้ร้องเรียนทราบ\n"
              "6. รายงานผลและจัดเก็บเรื่อง"),
        ("p", "ทั้งนี้ ให้ผู้ที่เกี่ยวข้องถือปฏิบัติโดยเคร่งครัด"),
    ], created=(2023, 11, 20))

    # O18: only the FY2567 statistics (never updated)
    d["O18"] = "/uploads/ita2568/O19/สถิติเรื่องร้องเรียนการทุจริต_ปีงบประมาณ2567.pdf"
    pdf_doc(d["O18"], [
        ("title", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\nประจำปีงบประมาณ พ.ศ. 2567\n(1 ตุลาคม 2566 - 30 กันยายน 2567)"),
        ("center", OFFICE),
        ("table", ["ประเภทเรื่อง", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], [
            ["การจัดซื้อจัดจ้าง", 1, 1, 0], ["การเรียกรับเงินจากผู้ปกครอง", 2, 2, 0],
            ["การปฏิบัติหน้าที่โดยมิชอบ", 1, 0, 1], ["รวม", 4, 3, 1]]),
    ], created=(2024, 10, 15))

    # O19 participation report
    d["O19"] = U + "/O19/รายงานการมีส่วนร่วม_แผนปฏิบัติการ2569.pdf"
    pdf_doc(d["O19"], [
        ("title", "รายงานผลการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน\nประจำปีงบประมาณ พ.ศ. 2569"),
        ("center", OFFICE),
        ("p", "กิจกรรม: ประชุมรับฟังความคิดเห็นต่อร่างแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569 "
              "วันที่ 6 พฤศจิกายน 2568 ณ ห้องประชุมราชพฤกษ์"),
        ("table", ["กลุ่มผู้เข้าร่วม", "จำนวน (คน)"], [
            ["ผู้แทนผู้บริหารสถานศึกษา", 18], ["คณะกรรมการสถานศึกษาขั้นพื้นฐาน", 12],
            ["องค์กรปกครองส่วนท้องถิ่น", 6], ["ผู้ปกครองและชุมชน", 15], ["รวม", 51]]),
        ("h", "ข้อเสนอที่ได้รับและการนำไปใช้"),
        ("p", "1. เพิ่มกิจกรรมพัฒนาการอ่านในโรงเรียนขนาดเล็ก - บรรจุในโครงการที่ 1 ของแผนปฏิบัติการ 2569\n"
              "2. สนับสนุนรถรับส่งนักเรียนโรงเรียนที่ควบรวม - เสนอของบประมาณจาก สพฐ."),
    ], created=(2025, 11, 14))

    # O20 No Gift
    d["O20a"] = U + "/O20/ประกาศเจตนารมณ์_NoGiftPolicy_2569.pdf"
    pdf_doc(d["O20a"], [
        ("title", "ประกาศสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2\nเรื่อง เจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่\n(No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569"),
        ("p", "ข้าพเจ้า นายประเสริฐ วงศ์ไชยา ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2 "
              "พร้อมด้วยข้าราชการและบุคลากรทุกคน ขอประกาศเจตนารมณ์ว่าจะไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใด "
              "จากการปฏิบัติหน้าที่ ทั้งก่อน ระหว่าง และหลังการปฏิบัติหน้าที่ และจะไม่ให้ของขวัญแก่ผู้บังคับบัญชา"),
        ("p", "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ให้เป็นไปตามมาตรา 128 แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วย"
              "การป้องกันและปราบปรามการทุจริต พ.ศ. 2561 และประกาศคณะกรรมการ ป.ป.ช. (มูลค่าไม่เกิน 3,000 บาท)"),
        ("p", "ประกาศ ณ วันที่ 7 ตุลาคม พ.ศ. 2568"),
    ] + SIGN, created=(2025, 10, 7))
    d["O20b"] = U + "/O20/รายงานผลการดำเนินงานตามนโยบาย_NoGift_2568.pdf"
    pdf_doc(d["O20b"], [
        ("title", "รายงานผลการดำเนินงานตามนโยบาย No Gift Policy\nประจำปีงบประมาณ พ.ศ. 2568"),
        ("center", OFFICE),
        ("table", ["กิจกรรม", "วันที่", "ผลการดำเนินงาน"], [
            ["ประกาศเจตนารมณ์ No Gift Policy", "8 ต.ค. 2567", "ผู้บริหารและบุคลากรลงนาม 74 คน"],
            ["ประชาสัมพันธ์งดให้ของขวัญปีใหม่", "ธ.ค. 2567", "หนังสือแจ้งโรงเรียน 142 แห่ง"],
            ["รายงานการรับของขวัญ", "ก.ย. 2568", "ไม่มีการรับทรัพย์สินเกิน 3,000 บาท"],
        ]),
    ], created=(2025, 10, 20))
    d["O20img"] = "/images/nogift2569.jpg"
    poster(d["O20img"], [("No Gift Policy", 40), ("สพป.ศรีนคร เขต 2", 28), ("งดให้ งดรับ ของขวัญและของกำนัล", 24),
                         ("ทุกเทศกาล ปี 2569", 24)])

    # O21 risk assessment 2569
    d["O21"] = U + "/O21/การประเมินความเสี่ยงการทุจริต_ปีงบประมาณ2569.pdf"
    pdf_doc(d["O21"], [
        ("title", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("table", ["ประเด็นความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"], [
            ["การเรียกรับสินบนในการบรรจุแต่งตั้งและย้ายครู", "3", "4", "สูง", "ประกาศหลักเกณฑ์ชัดเจน ตรวจสอบโดยคณะกรรมการ"],
            ["การใช้รถราชการเพื่อประโยชน์ส่วนตัว", "2", "2", "ปานกลาง", "บันทึกการใช้รถและตรวจสอบรายเดือน"],
            ["การกำหนดคุณลักษณะพัสดุเอื้อผู้ขาย", "2", "4", "สูง", "เผยแพร่ร่าง TOR รับฟังความคิดเห็น"],
            ["การเบิกจ่ายค่าตอบแทนไม่ถูกต้อง", "2", "3", "ปานกลาง", "ตรวจสอบโดยหน่วยตรวจสอบภายใน"],
        ], (40, 10, 12, 12, 40)),
    ], created=(2025, 12, 10))

    # O23 anti-corruption plan 2569
    d["O23"] = U + "/O23/แผนปฏิบัติการป้องกันการทุจริต_ปีงบประมาณ2569.pdf"
    pdf_doc(d["O23"], [
        ("title", "แผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบ\nประจำปีงบประมาณ พ.ศ. 2569\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("table", ["ที่", "โครงการ/กิจกรรม", "งบประมาณ", "ระยะเวลา", "ผู้รับผิดชอบ"], [
            ["1", "โครงการโรงเรียนสุจริต", "60,000", "ต.ค. 68 - ก.ย. 69", "หน่วยตรวจสอบภายใน"],
            ["2", "กิจกรรม No Gift Policy", "-", "ต.ค. 68 - ม.ค. 69", "กลุ่มอำนวยการ"],
            ["3", "อบรมจริยธรรมและผลประโยชน์ทับซ้อน", "15,000", "ม.ค. 69", "กลุ่มพัฒนาครูฯ"],
            ["4", "การประเมิน ITA และเปิดเผยข้อมูลสาธารณะ", "-", "ต.ค. 68 - มิ.ย. 69", "กลุ่มอำนวยการ"],
        ], (8, 50, 18, 25, 30)),
    ] + SIGN, created=(2025, 10, 15))

    # O24 anti-corruption report 2568
    d["O24"] = U + "/O24/รายงานผลการดำเนินการป้องกันการทุจริต_ปีงบประมาณ2568.pdf"
    pdf_doc(d["O24"], [
        ("title", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("table", ["โครงการ/กิจกรรม", "งบประมาณ", "ผลการดำเนินงาน", "สถานะ"], [
            ["โครงการโรงเรียนสุจริต", "55,000", "โรงเรียนผ่านการประเมิน 12 แห่ง", "แล้วเสร็จ"],
            ["No Gift Policy", "-", "ประกาศเจตนารมณ์ 8 ต.ค. 2567", "แล้วเสร็จ"],
            ["อบรมจริยธรรม", "12,000", "บุคลากรเข้าร่วม 66 คน", "แล้วเสร็จ"],
            ["ITA 2568", "-", "ได้คะแนน 94.12 ระดับ A", "แล้วเสร็จ"],
        ]),
        ("p", "ปัญหาอุปสรรค: บุคลากรบางส่วนยังไม่เข้าใจเรื่องผลประโยชน์ทับซ้อน ข้อเสนอแนะ: จัดทำสื่อความรู้เพิ่มเติม"),
    ], created=(2025, 10, 28))

    # O25: the old measures document (analysis of ITA 2567, measures for FY2568), never replaced
    d["O25"] = "/uploads/ita2568/มาตรการส่งเสริมคุณธรรม_วิเคราะห์ITA2567.pdf"
    pdf_doc(d["O25"], [
        ("title", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nประจำปีงบประมาณ พ.ศ. 2568\n(การวิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. 2567)"),
        ("center", OFFICE),
        ("p", "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 ได้คะแนนรวม 91.37 ระดับ A โดย IIT 93.10 EIT 90.85 OIT 90.50"),
        ("table", ["ประเด็นที่ต้องพัฒนา", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"], [
            ["การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "เผยแพร่ สขร.1 ทุกเดือนภายในวันที่ 10", "กลุ่มบริหารงานการเงินฯ", "ต.ค. 67 - ก.ย. 68"],
            ["การป้องกันการรับสินบน", "ประชาสัมพันธ์ No Gift Policy", "กลุ่มอำนวยการ", "ต.ค. 67 - ก.ย. 68"],
        ]),
    ], created=(2024, 12, 5))
    return d


def ita_2569(d, posts):
    base = "/ita/2569/"
    nid = {k: news_id(posts, k) for k in ("participation", "nogift", "ethics")}
    T = {
        1: "โครงสร้าง หน้าที่และอำนาจ", 2: "ข้อมูลผู้บริหาร", 3: "ข้อมูลการติดต่อและช่องทางการสอบถาม",
        4: "ข่าวประชาสัมพันธ์", 5: "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
        6: "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี", 7: "รายงานผลการดำเนินงานประจำปี",
        8: "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่",
        9: "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ",
        10: "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)",
        11: "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569",
        12: "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
        13: "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569",
        14: "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568",
        15: "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
        16: "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        17: "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        18: "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568",
        19: "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569",
        20: "การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ",
        21: "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569",
        22: "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
        23: "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569",
        24: "รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568",
        25: "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
        26: "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568",
    }
    content = {
        1: ("<p>ข้อมูลโครงสร้างการแบ่งส่วนราชการและหน้าที่และอำนาจของสำนักงาน</p>" + doclist([
            ("แผนภูมิโครงสร้างการแบ่งส่วนราชการ สพป.ศรีนคร เขต 2", "/page.php?id=2"),
            ("หน้าที่และอำนาจของสำนักงานเขตพื้นที่การศึกษา", "/page.php?id=3")])),
        2: doclist([("ทำเนียบผู้บริหาร สพป.ศรีนคร เขต 2", "/page.php?id=4")]),
        3: doclist([("ข้อมูลการติดต่อ ที่อยู่ เบอร์โทรศัพท์ แผนที่", "/contact.php"),
                    ("กระดานถาม-ตอบ (Q&A)", "/qa.php")]),
        4: ("<p>ข่าวประชาสัมพันธ์และกิจกรรมของสำนักงาน ปีงบประมาณ พ.ศ. 2569</p>" +
            doclist([("ข่าวประชาสัมพันธ์ทั้งหมด", "/news.php")])),
        5: doclist([("แผนพัฒนาการศึกษาขั้นพื้นฐาน สพป.ศรีนคร เขต 2 พ.ศ. 2566-2570 (ฉบับทบทวน พ.ศ. 2569)", d["O5"])]),
        6: doclist([("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569", d["O6a"]),
                    ("แผนการใช้จ่ายงบประมาณ ปี 2569 (Excel)", d["O6x"]),
                    ("รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน (ต.ค. 68 - มี.ค. 69)", d["O6b"])]),
        7: doclist([("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568", d["O7"])]),
        8: doclist([("คู่มือการปฏิบัติงาน การตรวจสอบและเบิกจ่ายเงินงบประมาณ", d["O8a"]),
                    ("คู่มือการปฏิบัติงานสารบรรณ", d["O8b"])]),
        9: doclist([("คู่มือสำหรับประชาชน การขอใบแทนใบประกาศนียบัตรและหนังสือรับรองผลการเรียน", d["O9"])]),
        10: doclist([("ระบบ e-Service ของ สพป.ศรีนคร เขต 2", "/eservice.php"),
                     ("ข้อมูลสถิติการให้บริการผ่านช่องทางออนไลน์ (ต.ค. 68 - มี.ค. 69)", d["O10"])]),
        11: doclist([("สขร.1 ประจำเดือน%s %d" % (mn, be), rel) for mn, be, rel in d["O11"]] +
                    [("สขร.1 ปีงบประมาณ 2569 (ต.ค. 68 - เม.ย. 69) ไฟล์ Excel", d["O11x"])]),
        12: doclist([("รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568", d["O12dead"]),
                     ("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569", d["O12plan"])]),
        13: (doclist([("แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569 (รวมหลักเกณฑ์)", d["O13"])]) +
             '<p>หลักเกณฑ์ ก.ค.ศ. ที่เกี่ยวข้อง: <a href="https://otepc.go.th/th/content_page/item/3829-2021-03-23-03-43-21.html" target="_blank">สำนักงาน ก.ค.ศ.</a></p>'),
        14: doclist([("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568", d["O14"])]),
        15: doclist([("ประมวลจริยธรรมข้าราชการพลเรือน และข้อกำหนดจริยธรรม / Dos & Don'ts", d["O15a"]),
                     ("คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม ปีงบประมาณ พ.ศ. 2569", d["O15b"]),
                     ("ข่าว: อบรมเสริมสร้างจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน", "/news.php?id=%d" % nid["ethics"])]),
        16: doclist([("แนวทางการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", d["O16"])]),
        17: doclist([("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)", "/complaint.php")]),
        18: doclist([("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ปีงบประมาณ 2567)", d["O18"])]),
        19: doclist([("รายงานผลการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม ปีงบประมาณ พ.ศ. 2569", d["O19"]),
                     ("ข่าว: ประชุมรับฟังความคิดเห็นต่อร่างแผนปฏิบัติการ 2569", "/news.php?id=%d" % nid["participation"])]),
        20: (doclist([("ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ พ.ศ. 2569", d["O20a"]),
                      ("ข่าว: กิจกรรมส่งเสริมคุณธรรม No Gift Policy ปีใหม่ 2569", "/news.php?id=%d" % nid["nogift"]),
                      ("รายงานผลการดำเนินงานตามนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. 2568", d["O20b"])]) +
             '<p><img src="%s" alt="No Gift Policy 2569" width="400"></p>' % d["O20img"]),
        21: doclist([("การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2569", d["O21"])]),
        22: '<p class="notice">อยู่ระหว่างดำเนินการจัดทำรายงาน</p>',
        23: doclist([("แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569", d["O23"])]),
        24: doclist([("รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568", d["O24"])]),
        25: doclist([("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", d["O25"])]),
    }
    rows = []
    sub = [(1, "ข้อมูลพื้นฐาน"), (5, "การบริหารงานและการใช้จ่ายงบประมาณ"), (11, "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ"),
           (13, "การบริหารและพัฒนาทรัพยากรบุคคล"), (16, "การส่งเสริมความโปร่งใส"),
           (20, "การดำเนินการเพื่อป้องกันการทุจริต")]
    subd = dict(sub)
    for n in range(1, 27):
        if n in subd:
            rows.append('<tr class="group"><td colspan="3">%s</td></tr>' % subd[n])
        link = ('<a href="o%d.php">%s</a>' % (n, T[n])) if n in content else ('<a href="#">%s</a>' % T[n])
        rows.append("<tr><td>O%d</td><td>%s</td><td>%s</td></tr>" % (n, link, "" if n in content else "-"))
    body = """<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569
ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล และตัวชี้วัดที่ 10 การป้องกันการทุจริต (แบบวัดการเปิดเผยข้อมูลสาธารณะ OIT)</p>
<p><a href="https://itas.nacc.go.th/go/iit/srinakhon2" target="_blank">แบบวัด IIT</a> |
<a href="https://itas.nacc.go.th/go/eit/srinakhon2" target="_blank">แบบวัด EIT</a> |
<a href="/ita/2568/">ITA ปี 2568</a></p>
<table class="ita">
<tr><th>ข้อ</th><th>รายการข้อมูล</th><th></th></tr>
%s
</table>
<p>ปรับปรุงข้อมูลล่าสุด %s</p>""" % ("\n".join(rows), "๑๒ พฤษภาคม ๒๕๖๙")
    page(base + "index.php", "ITA 2569 การเปิดเผยข้อมูลสาธารณะ (OIT)", body, [(None, "ITA 2569")])
    for n, c in content.items():
        page(base + "o%d.php" % n, "O%d %s" % (n, T[n]),
             c + '\n<p><a href="index.php">&laquo; กลับหน้ารวม ITA 2569</a></p>',
             [("/ita/2569/", "ITA 2569"), (None, "O%d" % n)])


def ita_2568(d):
    """The 2568 section, still online: a single page listing documents (FY2568 versions)."""
    U8 = "/uploads/ita2568"
    simple = [
        (5, "แผนพัฒนาการศึกษาขั้นพื้นฐาน พ.ศ. 2566-2570", U8 + "/O5_แผนพัฒนาการศึกษา_2566-2570.pdf"),
        (6, "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568 และรายงานรอบ 6 เดือน", U8 + "/O6_แผนปฏิบัติการ_2568.pdf"),
        (7, "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567", U8 + "/O7_รายงานผลการดำเนินงาน_2567.pdf"),
        (12, "สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 2567 - มี.ค. 2568 (ไตรมาส 1-2 ปีงบประมาณ 2568)", U8 + "/O12_สขร1_ไตรมาส1-2_ปีงบ2568.pdf"),
        (13, "รายงานผลการจัดซื้อจัดจ้างประจำปี พ.ศ. 2567", U8 + "/O13_รายงานผลจัดซื้อจัดจ้าง_2567.pdf"),
        (14, "แผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2568", U8 + "/O14_แผนบริหารทรัพยากรบุคคล_2568.pdf"),
        (15, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567", U8 + "/O15_รายงานผลHR_2567.pdf"),
        (21, "ประกาศเจตนารมณ์ No Gift Policy ปี 2568", U8 + "/O21_NoGift_2568.pdf"),
        (23, "การประเมินความเสี่ยงการทุจริต ปี 2568", U8 + "/O23_ประเมินความเสี่ยง_2568.pdf"),
        (24, "รายงานผลการจัดการความเสี่ยง ปี 2567", U8 + "/O24_รายงานความเสี่ยง_2567.pdf"),
        (25, "แผนปฏิบัติการป้องกันการทุจริต ปี 2568", U8 + "/O25_แผนป้องกันทุจริต_2568.pdf"),
        (26, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2568", d["O25"]),
    ]
    for n, title, rel in simple:
        if rel == d["O25"]:
            continue
        y = "2567" if "2567" in title else "2568"
        pdf_doc(rel, [("title", title + "\n" + OFFICE),
                      ("p", "เอกสารประกอบการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 รายการ O%d" % n),
                      ("p", "ปีงบประมาณ พ.ศ. %s (1 ตุลาคม %d - 30 กันยายน %s)" % (y, int(y) - 1, y)),
                      ("p", "รายละเอียดตามเอกสารแนบ")], created=(2025, 1, 20))
    links = {n: (t, r) for n, t, r in simple}
    links.update({
        1: ("โครงสร้างและอำนาจหน้าที่", "/page.php?id=2"), 2: ("ข้อมูลผู้บริหาร", "/page.php?id=4"),
        3: ("ข้อมูลการติดต่อ", "/contact.php"), 4: ("ข่าวประชาสัมพันธ์", "/news.php"),
        8: ("คู่มือการปฏิบัติงาน การตรวจสอบและเบิกจ่ายเงิน", d["O8a"]),
        9: ("คู่มือสำหรับประชาชน", d["O9"]), 10: ("E-Service", "/eservice.php"),
        11: ("ข้อมูลสถิติการให้บริการ ปี 2567", None),
        16: ("ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", d["O15a"]),
        17: ("แนวปฏิบัติการจัดการเรื่องร้องเรียน", d["O16"]),
        18: ("ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "/complaint.php"),
        19: ("ข้อมูลสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2567", d["O18"]),
        20: ("การเปิดโอกาสให้เกิดการมีส่วนร่วม", None),
        22: ("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", None),
    })
    rows = []
    for n in range(1, 27):
        t, r = links[n]
        if r:
            rows.append('<tr><td>O%d</td><td><a href="%s" target="_blank">%s</a></td></tr>' % (n, href(r), t))
        else:
            rows.append('<tr><td>O%d</td><td>%s <span class="notice">(ไม่มีข้อมูล)</span></td></tr>' % (n, t))
    body = """<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568 (ผลการประเมิน 94.12 คะแนน ระดับ A)</p>
<table class="ita"><tr><th>ข้อ</th><th>รายการ</th></tr>
%s
</table>
<p><a href="/ita/2569/">ไปที่ ITA 2569 &raquo;</a></p>""" % "\n".join(rows)
    page("/ita/2568/index.php", "ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)", body, [(None, "ITA 2568")])


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    banner("/images/banner.png")
    for i, e in enumerate(EXECS):
        photo("/images/" + e[4], seed=40 + i)
    org_chart("/images/structure2569.png", "แผนภูมิโครงสร้าง " + OFFICE, [
        ["ผู้อำนวยการ สพป.ศรีนคร เขต 2"],
        ["รอง ผอ.สพป.\n(กาญจนา)", "รอง ผอ.สพป.\n(วีระพงษ์)", "รอง ผอ.สพป.\n(พิมพ์ใจ)", "คณะกรรมการ\nเขตพื้นที่ / ก.ต.ป.น."],
        ["กลุ่ม\nอำนวยการ", "กลุ่มการเงิน\nและสินทรัพย์", "กลุ่มบริหาร\nงานบุคคล", "กลุ่มนโยบาย\nและแผน", "กลุ่มส่งเสริม\nการจัดการศึกษา"],
        ["กลุ่มนิเทศฯ", "กลุ่ม ICT\nการศึกษาทางไกล", "กลุ่มพัฒนาครูฯ", "กลุ่มกฎหมาย\nและคดี", "หน่วยตรวจสอบ\nภายใน"],
    ])
    poster("/images/ita2569.jpg", [("ITA 2569", 44), ("การประเมินคุณธรรมและความโปร่งใส", 24),
                                   ("สพป.ศรีนคร เขต 2", 26)])
    write("/css/style.css", "body{font-family:Tahoma,sans-serif;margin:0}#topmenu ul{list-style:none;display:flex;gap:12px}"
                            "#wrap{display:flex}#sidebar{width:240px}#content{flex:1;padding:12px}"
                            ".ita td{border:1px solid #ccc;padding:4px}.notice{color:#b00}\n")
    write("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    posts = build_news()
    newest = write_news(posts)
    build_static(newest)
    d = docs_2569(posts)
    ita_2569(d, posts)
    ita_2568(d)
    docx_doc("/uploads/forms/แบบฟอร์มหนังสือร้องเรียน.docx", [
        ("title", "แบบฟอร์มหนังสือร้องเรียนการทุจริตและประพฤติมิชอบ"),
        ("right", "เขียนที่ ...................................."),
        ("p", "เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาศรีนคร เขต 2"),
        ("p", "ข้าพเจ้า ........................................ อยู่บ้านเลขที่ ........ ขอร้องเรียนเรื่อง ........................................"),
        ("p", "รายละเอียด ...................................................................................................."),
        ("right", "ลงชื่อ .................................... ผู้ร้องเรียน"),
    ], created=(2024, 6, 1))
    # _routes.yaml: the old ITA URL still redirects; the FY2568 annual procurement report was never uploaded
    write("/_routes.yaml", """# routes for fixture F2 (srinakhon2)
"/ita2569.php":
  redirect: /ita/2569/
"/ita.php":
  redirect: /ita/2569/
"%s":
  status: 404
""" % d["O12dead"])
    print("site written to", SITE)


if __name__ == "__main__":
    main()
