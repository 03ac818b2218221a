#!/usr/bin/env python3
"""Blind pair C, site 1 (held out; labels written before any oitcheck run): social-office-modal-php.

สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส (fictional provincial office).  Modelled closely on the real
district-health-office site in ../shared/sites/real/nysso (sompawn/nysso): `/` is a meta refresh to `page/`;
every page lives under /page/*.php with a copied navbar (dropdowns, "..#no2" anchors, `#` items); the ITA
page (/page/ITA69.php) is a collapsible tree of items where some titles are `href="#!"` with a separate
"ดาวน์โหลด"/icon link (one icon anchor empty, its markup commented out, as in nysso ITA64.php), and some items
open Bootstrap modals (`href="#" data-toggle="modal"`) whose only link to the document is an
`<iframe src=...pdf>` (as in nysso ITA.php).  Numbered uploads /upload/ITA/ITA2569/O<n>/01.pdf.
The older PHP pages are windows-874 bytes (from the อบต. site's member/* pages): most carry a
`<meta http-equiv ... charset=windows-874>`, /page/service.php carries none, and /page/executive.php is served
with `Content-Type: text/html; charset=TIS620` (a label browsers ignore, so the meta decides).  The FY2568 ITA
page (/page/ITA68.php) holds last year's documents as decoys; /page/ITA67.php is a dead menu link.

    python3 tests/corpus/tools/c01_social_office_modal_php.py

Truth: ../social-office-modal-php/labels.yaml.  Needs fonts-thai-tlwg, fpdf2, uharfbuzz, python-docx, pillow and
LibreOffice (soffice) for the two Word-style exports.
"""

import html
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_docs as M  # noqa: E402

NAME = "social-office-modal-php"
AG = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส"
AG_SHORT = "พมจ.ลำน้ำใส"
ADDR = "ศาลากลางจังหวัดลำน้ำใส ชั้น 2 ถนนศรีสุริยวงศ์ ตำบลในเมือง อำเภอเมืองลำน้ำใส จังหวัดลำน้ำใส 47110"
TEL = "0-4271-1460"
FAX = "0-4271-1461"
MAIL = "lamnamsai@m-society.go.th"
T = M.thai_digits
FONT = "Laksaman"


def e(s):
    return html.escape(s, quote=False)


def w(rel, text, enc="utf-8"):
    p = M.site_path(NAME, rel)
    with open(p, "wb") as fh:
        fh.write(text.encode(enc, errors="xmlcharrefreplace"))


# ------------------------------------------------------------------------------------------ templates
HEAD_LINKS = """  <link href="../lib/bootstrap/css/bootstrap.min.css" rel="stylesheet">
  <link href="../img/favicon.png" rel="icon">
  <link href="https://fonts.googleapis.com/css?family=K2D|Prompt&display=swap" rel="stylesheet">
  <link href="../lib/font-awesome/css/font-awesome.min.css" rel="stylesheet">
  <link href="../css/style.css" rel="stylesheet">
  <link href="../css/tree.css" rel="stylesheet">
"""

NAV = """ <!--/ Nav Star /-->
  <nav class="navbar navbar-default navbar-trans navbar-expand-lg fixed-top">
    <div class="container">
      <button class="navbar-toggler collapsed" type="button" data-toggle="collapse" data-target="#navbarDefault"
        aria-controls="navbarDefault" aria-expanded="false" aria-label="Toggle navigation">
        <span></span><span></span><span></span>
      </button>
      <a class="navbar-brand text-brand" href="../page/index.php">LamNamSai...<span class="color-b">PSDHS.</span></a>
      <div class="navbar-collapse collapse justify-content-center" id="navbarDefault">
        <ul class="navbar-nav">
          <li class="nav-item">
            <a class="nav-link active" href="../page/index.php">หน้าแรก</a>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown"
              aria-haspopup="true" aria-expanded="false">
             เกี่ยวกับเรา
            </a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown">
              <a class="dropdown-item nav-link" href="history.php">ประวัติความเป็นมา</a>
              <a class="dropdown-item nav-link" href="tree.php">ผังองค์กร</a>
              <a class="dropdown-item nav-link" href="executive.php">ผู้บริหาร</a>
               <a class="dropdown-item nav-link" href="#">ค่านิยม วิสัยทัศน์ พันธกิจ</a>
              <a class="dropdown-item nav-link" href="#">ข้อมูลติด่อ</a>
            </div>
          </li>
          <li class="nav-item">
            <a class="nav-link" href="..#no1">ความรู้</a>
          </li>
          <li class="nav-item">
            <a class="nav-link" href="..#no2">ข่าวสาร</a>
          </li>
          <li class="nav-item">
            <a class="nav-link" href="procure.php">จัดซื้อจัดจ้าง</a>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown2" role="button" data-toggle="dropdown"
               aria-haspopup="true" aria-expanded="false">
                ITA
            </a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown2">
                <a class="dropdown-item nav-link" href="ITA69.php">ITA ปีงบฯ 2569</a>
                <a class="dropdown-item nav-link" href="ITA68.php">ITA ปีงบฯ 2568</a>
                <a class="dropdown-item nav-link" href="ITA67.php">ITA ปีงบฯ 2567</a>
            </div>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown3" role="button" data-toggle="dropdown"
               aria-haspopup="true" aria-expanded="false">
                บริการประชาชน
            </a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown3">
                <a class="dropdown-item nav-link" href="service.php">ดาวน์โหลดแบบฟอร์ม / E-Service</a>
                <a class="dropdown-item nav-link" href="webboard.php">กระดานถาม-ตอบ</a>
                <a class="dropdown-item nav-link" href="complaint.php">แจ้งเรื่องร้องเรียนการทุจริต</a>
            </div>
          </li>
<!--            <li class="nav-item">-->
<!--                     <a class="nav-link" href="ITA.php">ITA</a>-->
<!--          </li>-->
          <li class="nav-item">
            <a class="nav-link" href="login.php">เจ้าหน้าที่</a>
          </li>
        </ul>
      </div>
    </div>
  </nav>
  <!--/ Nav End /-->
"""

FOOT = """  <!--/ footer Star /-->
  <section class="section-footer">
    <div class="container">
      <div class="row">
        <div class="col-sm-12 col-md-4">
          <div class="widget-a">
            <div class="w-header-a">
              <h3 class="w-title-a text-brand">ที่อยู่ติดต่อ</h3>
            </div>
            <div class="w-body-a">
              <p class="w-text-a color-text-a">
                """ + AG + """
              </p>
            </div>
            <div class="w-footer-a">
              <ul class="list-unstyled">
                <li class="color-a">
                  <span class="color-text-a">""" + ADDR + """</span>
                </li>
                <li class="color-a">
                  <span class="color-text-a">เบอร์โทรศัพท์ : """ + TEL + """ โทรสาร : """ + FAX + """</span>
                </li>
                <li class="color-a">
                  <span class="color-text-a">อีเมล : """ + MAIL + """</span>
                </li>
                <li class="color-a">
                  <span class="color-text-a">ศูนย์ช่วยเหลือสังคม สายด่วน 1300 (ตลอด 24 ชั่วโมง)</span>
                </li>
              </ul>
            </div>
          </div>
        </div>
        <div class="col-sm-12 col-md-4 section-md-t3">
          <div class="widget-a">
            <div class="w-header-a">
              <h3 class="w-title-a text-brand">เว็บไซต์หน่วยงานกระทรวง</h3>
            </div>
            <div class="w-body-a">
              <div class="w-body-a">
                <ul class="list-unstyled">
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://www.m-society.go.th/">กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</a>
                  </li>
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://www.dsdw.go.th/">กรมพัฒนาสังคมและสวัสดิการ</a>
                  </li>
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://www.dop.go.th/">กรมกิจการผู้สูงอายุ</a>
                  </li>
                  <li class="item-list-a">
                    <i class="fa fa-angle-right"></i> <a href="https://dep.go.th/">กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
        <div class="col-sm-12 col-md-4 section-md-t3">
          <div class="widget-a">
            <div class="w-header-a">
              <h3 class="w-title-a text-brand">แผนที่</h3>
            </div>
<!--             <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3880.8!2d103.1!3d16.4" width="100%" height="200" frameborder="0" style="border:0" allowfullscreen></iframe>  -->
                <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3826.9!2d103.4987!3d16.4391!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="200" frameborder="0" style="border:0" allowfullscreen></iframe>
          </div>
        </div>
      </div>
    </div>
  </section>
  <footer>
    <div class="container">
      <div class="row">
        <div class="col-md-12">
          <nav class="nav-footer">
            <ul class="list-inline">
              <li class="list-inline-item">
                <a href="#">หน้าหลัก</a>
              </li>
              <li class="list-inline-item">
                <a href="#">เกี่ยวกับเรา</a>
              </li>
              <li class="list-inline-item">
                <a href="#">ข่าวสาร</a>
              </li>
            </ul>
          </nav>
          <div class="copyright-footer">
            <p class="copyright color-text-a">
              &copy; Copyright
              <span class="color-a">LamNamSai PSDHS</span> All Rights Reserved. ผู้เข้าชม 48,233
            </p>
          </div>
        </div>
      </div>
    </div>
  </footer>
  <!--/ Footer End /-->
   <script src="../lib/jquery/jquery.min.js"></script>
   <script src="../lib/bootstrap/js/bootstrap.min.js"></script>
  <script src="../js/main.js"></script>
"""


def page(rel, title, body, enc="utf-8", meta=True):
    """A page in nysso's shape: the head block repeated, navbar include, body, footer include."""
    if enc == "utf-8":
        charset = '  <meta charset="utf-8">\n'
    elif meta:
        charset = '  <meta http-equiv="Content-Type" content="text/html; charset=windows-874">\n'
    else:
        charset = ""
    w(rel, """<!DOCTYPE html>
<html lang="en">
<head>
""" + charset + """  <meta content="width=device-width, initial-scale=1.0" name="viewport">
""" + HEAD_LINKS + """ <title>""" + e(title) + """ : """ + AG + """</title>
</head>
<body>
""" + NAV + """
  <section class="intro-single">
    <div class="container">
      <div class="row">
        <div class="col-md-12 col-lg-8">
          <div class="title-single-box">
            <h1 class="title-single">""" + e(title) + """</h1>
          </div>
        </div>
        <div class="col-md-12 col-lg-4">
          <nav aria-label="breadcrumb" class="breadcrumb-box d-flex justify-content-lg-end">
            <ol class="breadcrumb">
              <li class="breadcrumb-item">
                <a href="index.php">หน้าหลัก</a>
              </li>
              <li class="breadcrumb-item active" aria-current="page">""" + e(title) + """</li>
            </ol>
          </nav>
        </div>
      </div>
    </div>
  </section>
  <section class="news-single nav-arrow-b">
    <div class="container">
""" + body + """
    </div>
  </section>
""" + FOOT + """</body>
</html>
""", enc=enc)


# ------------------------------------------------------------------------------------------ documents
def up(rel):
    return M.site_path(NAME, "/upload/ITA/" + rel)


def pdf(rel, blocks, **kw):
    kw.setdefault("font", FONT)
    M.pdf_doc(up(rel), blocks, **kw)


def lo_pdf(rel, blocks, created=None):
    """A Word-style document exported to PDF by LibreOffice (DOCX -> soffice --convert-to pdf)."""
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "doc.docx")
        M.docx_doc(src, blocks, created=created, author="pmj-lamnamsai")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(tmp, "doc.pdf"), up(rel))
    finally:
        shutil.rmtree(tmp)


GARUDA = [("center", "(ตราครุฑ)")]
LOGO_HEAD = [("center", AG)]


def build_docs():
    # O1 part 2: duties and powers, summarised (not the whole ministerial regulation)
    pdf("ITA2569/O1/01.pdf", LOGO_HEAD + [
        ("title", "หน้าที่และอำนาจของสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส"),
        ("p", "ตามกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
              "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดมีหน้าที่และอำนาจโดยสรุป ดังนี้"),
        ("p", "1. จัดทำยุทธศาสตร์ด้านการพัฒนาสังคมและความมั่นคงของมนุษย์ในระดับจังหวัด ให้สอดคล้องกับนโยบายของกระทรวง"),
        ("p", "2. ศึกษา วิเคราะห์ และจัดทำข้อมูลสถานการณ์ทางสังคมในพื้นที่จังหวัด เพื่อเป็นฐานข้อมูลในการวางแผน"),
        ("p", "3. ประสาน ส่งเสริม สนับสนุน และให้คำปรึกษาแก่องค์กรปกครองส่วนท้องถิ่น ภาคเอกชน และองค์กรภาคประชาชน "
              "ในการจัดสวัสดิการสังคม"),
        ("p", "4. ดำเนินการคุ้มครองและพิทักษ์สิทธิเด็ก สตรี ผู้สูงอายุ คนพิการ และกลุ่มเปราะบาง"),
        ("p", "5. กำกับ ติดตาม และประเมินผลการปฏิบัติงานของหน่วยงานในสังกัดกระทรวงในพื้นที่จังหวัด"),
        ("p", "6. ปฏิบัติงานร่วมกับหรือสนับสนุนการปฏิบัติงานของหน่วยงานอื่นที่เกี่ยวข้องหรือที่ได้รับมอบหมาย"),
        ("h", "การแบ่งส่วนงานภายใน"),
        ("table", ["ส่วนงาน", "หน้าที่โดยสรุป"], [
            ["ฝ่ายบริหารงานทั่วไป", "งานสารบรรณ การเงิน บัญชี พัสดุ บริหารงานบุคคล"],
            ["กลุ่มนโยบายและวิชาการ", "จัดทำแผน ข้อมูลสถานการณ์ทางสังคม ติดตามประเมินผล"],
            ["กลุ่มการพัฒนาสังคมและสวัสดิการ", "จัดสวัสดิการ คุ้มครองสิทธิ ศูนย์ช่วยเหลือสังคม"]], [40, 60]),
    ], created=(2025, 10, 20))

    # O5 trap: the only strategic plan is 2561-2565 (expired)
    pdf("ITA2569/O5/01.pdf", LOGO_HEAD + [
        ("title", "แผนยุทธศาสตร์การพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส"),
        ("center", "พ.ศ. ๒๕๖๑ - ๒๕๖๕"),
        ("h", "วิสัยทัศน์"),
        ("p", "\"สังคมลำน้ำใสมีคุณภาพ ประชาชนมีความมั่นคงในชีวิต\""),
        ("h", "ประเด็นยุทธศาสตร์"),
        ("p", "ยุทธศาสตร์ที่ 1 เสริมสร้างความมั่นคงของครอบครัวและชุมชน"),
        ("p", "ยุทธศาสตร์ที่ 2 พัฒนาระบบสวัสดิการสังคมสำหรับกลุ่มเปราะบาง"),
        ("p", "ยุทธศาสตร์ที่ 3 พัฒนาการบริหารจัดการองค์กรให้มีประสิทธิภาพ"),
        ("table", ["ตัวชี้วัด", "ค่าเป้าหมาย 2561", "ค่าเป้าหมาย 2565"], [
            ["ร้อยละครัวเรือนเปราะบางที่ได้รับการช่วยเหลือ", "60", "80"],
            ["จำนวนชุมชนที่มีอาสาสมัครพัฒนาสังคม", "120", "180"]]),
    ], created=(2018, 1, 15))

    # O6: plan FY2569 + 6-month progress (both only inside modal iframes)
    pdf("ITA2569/O6/01.pdf", LOGO_HEAD + [
        ("title", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
        ("center", "(1 ตุลาคม 2568 - 30 กันยายน 2569)"),
        ("table", ["โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"], [
            ["1. โครงการพัฒนาศักยภาพอาสาสมัครพัฒนาสังคม (อพม.)", "185,000", "ธ.ค. 68 - มี.ค. 69", "กลุ่มการพัฒนาสังคมฯ"],
            ["2. โครงการเยี่ยมบ้านผู้สูงอายุและคนพิการที่อยู่ลำพัง", "96,000", "ต.ค. 68 - ก.ย. 69", "กลุ่มการพัฒนาสังคมฯ"],
            ["3. โครงการจัดทำข้อมูลสถานการณ์ทางสังคมจังหวัด", "48,000", "ม.ค. - มิ.ย. 69", "กลุ่มนโยบายและวิชาการ"],
            ["4. โครงการส่งเสริมคุณธรรมและความโปร่งใส", "25,000", "ต.ค. 68 - ก.ย. 69", "ฝ่ายบริหารงานทั่วไป"],
            ["รวม", "354,000", "", ""]], [50, 18, 17, 25]),
        ("right", "อนุมัติ ณ วันที่ 10 ตุลาคม 2568"),
    ], created=(2025, 10, 10))
    pdf("ITA2569/O6/02.pdf", LOGO_HEAD + [
        ("title", "รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน"),
        ("center", "ประจำปีงบประมาณ พ.ศ. 2569 (ตุลาคม 2568 - มีนาคม 2569)"),
        ("table", ["โครงการ", "งบประมาณ", "เบิกจ่าย", "ร้อยละ", "สถานะ"], [
            ["1. พัฒนาศักยภาพ อพม.", "185,000", "171,300", "92.59", "ดำเนินการแล้วเสร็จ"],
            ["2. เยี่ยมบ้านผู้สูงอายุและคนพิการ", "96,000", "41,200", "42.92", "อยู่ระหว่างดำเนินการ"],
            ["3. ข้อมูลสถานการณ์ทางสังคม", "48,000", "12,000", "25.00", "อยู่ระหว่างดำเนินการ"],
            ["4. ส่งเสริมคุณธรรมและความโปร่งใส", "25,000", "9,800", "39.20", "อยู่ระหว่างดำเนินการ"],
            ["รวม", "354,000", "234,300", "66.19", ""]], [40, 15, 15, 10, 20]),
        ("p", "ปัญหาอุปสรรค: การเยี่ยมบ้านในพื้นที่ห่างไกลต้องปรับแผนตามฤดูกาล"),
        ("right", "รายงาน ณ วันที่ 3 เมษายน 2569"),
    ], created=(2026, 4, 3))

    # O8 staff manual (LibreOffice export)
    lo_pdf("ITA2569/O8/01.pdf", [
        ("title", "คู่มือการปฏิบัติงาน การจ่ายเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด"),
        ("center", AG),
        ("center", "ฉบับปรับปรุง พ.ศ. 2568"),
        ("h", "1. วัตถุประสงค์"),
        ("p", "เพื่อให้เจ้าหน้าที่กลุ่มการพัฒนาสังคมและสวัสดิการ ซึ่งปฏิบัติหน้าที่ตรวจสอบคุณสมบัติและจ่ายเงินอุดหนุน "
              "ปฏิบัติงานเป็นมาตรฐานเดียวกัน"),
        ("h", "2. ผู้ใช้คู่มือ"),
        ("p", "นักพัฒนาสังคมปฏิบัติการ/ชำนาญการ และเจ้าพนักงานการเงินและบัญชี"),
        ("h", "3. ขั้นตอนการปฏิบัติงาน"),
        ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"], [
            ["1", "รับข้อมูลการลงทะเบียนจากองค์กรปกครองส่วนท้องถิ่น", "1 วัน", "นักพัฒนาสังคม"],
            ["2", "ตรวจสอบคุณสมบัติในระบบ และจัดทำรายชื่อผู้มีสิทธิ", "5 วันทำการ", "นักพัฒนาสังคม"],
            ["3", "เสนอพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดอนุมัติ", "2 วันทำการ", "หัวหน้ากลุ่ม"],
            ["4", "จ่ายเงินผ่านระบบ e-Payment และแจ้งผล", "3 วันทำการ", "เจ้าพนักงานการเงินฯ"]]),
        ("h", "4. แบบฟอร์มที่ใช้"),
        ("p", "แบบ ดร.01 แบบคำร้องขอลงทะเบียน, แบบ ดร.02 แบบรับรองสถานะของครัวเรือน"),
    ], created=(2025, 6, 1))

    # O9 service guide for the public
    pdf("ITA2569/O9/01.pdf", LOGO_HEAD + [
        ("title", "คู่มือสำหรับประชาชน: การขอรับเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง"),
        ("p", "หน่วยงานที่ให้บริการ: กลุ่มการพัฒนาสังคมและสวัสดิการ " + AG + " โทร " + TEL + " ต่อ 14"),
        ("p", "ช่องทางการให้บริการ: ณ สำนักงาน ศาลากลางจังหวัดลำน้ำใส ชั้น 2 วันจันทร์ - วันศุกร์ 08.30 - 16.30 น."),
        ("h", "หลักเกณฑ์และคุณสมบัติ"),
        ("p", "มีสัญชาติไทย มีภูมิลำเนาในจังหวัดลำน้ำใส ประสบปัญหาความเดือดร้อนและมีรายได้ไม่เพียงพอต่อการยังชีพ"),
        ("h", "ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ"),
        ("table", ["ขั้นตอน", "ระยะเวลา", "ส่วนงานที่รับผิดชอบ"], [
            ["1. ยื่นคำร้องพร้อมเอกสาร", "15 นาที", "กลุ่มการพัฒนาสังคมและสวัสดิการ"],
            ["2. เจ้าหน้าที่สอบข้อเท็จจริง/เยี่ยมบ้าน", "7 วันทำการ", "กลุ่มการพัฒนาสังคมและสวัสดิการ"],
            ["3. พิจารณาอนุมัติ", "3 วันทำการ", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด"],
            ["4. จ่ายเงินสงเคราะห์", "1 วันทำการ", "ฝ่ายบริหารงานทั่วไป"]]),
        ("p", "รวมระยะเวลาให้บริการ 11 วันทำการ ค่าธรรมเนียม: ไม่มี"),
        ("h", "เอกสารประกอบ"),
        ("p", "บัตรประจำตัวประชาชน ทะเบียนบ้าน หน้าสมุดบัญชีเงินฝาก"),
    ], created=(2025, 11, 5))

    # O10 trap: downloadable forms to print and bring (not an e-service)
    form_blocks = [
        ("title", "แบบคำร้องขอรับการสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง"),
        ("right", "เขียนที่ ........................................"),
        ("right", "วันที่ ....... เดือน ...................... พ.ศ. ........"),
        ("p", "ข้าพเจ้า (นาย/นาง/นางสาว) .................................................. อายุ ....... ปี"),
        ("p", "อยู่บ้านเลขที่ ........ หมู่ที่ ...... ตำบล .................. อำเภอ .................. จังหวัดลำน้ำใส"),
        ("p", "มีความประสงค์ขอรับการสงเคราะห์ เนื่องจาก ............................................................"),
        ("p", "ลงชื่อ ........................................ ผู้ยื่นคำร้อง"),
        ("p", "(กรุณากรอกแบบฟอร์มและนำมายื่นด้วยตนเอง ณ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส)"),
    ]
    M.docx_doc(up("ITA2569/O10/form-01.docx"), form_blocks, created=(2024, 2, 1), author="pmj")
    M.docx_doc(up("ITA2569/O10/form-02.docx"), [
        ("title", "แบบคำร้องขอลงทะเบียนเพื่อขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (แบบ ดร.01)"),
        ("p", "ชื่อผู้ยื่นคำร้อง ........................................ เลขประจำตัวประชาชน ......................"),
        ("p", "ชื่อเด็กแรกเกิด ........................................ วันเดือนปีเกิด ......................"),
        ("p", "ยื่น ณ สำนักงานเทศบาล/อบต. ที่มีภูมิลำเนา หรือ สำนักงาน พมจ.ลำน้ำใส"),
    ], created=(2024, 2, 1), author="pmj")

    # O11: monthly procurement summaries (แบบ สขร.1) Oct 2568 - Mar 2569 in one PDF
    cols = ["ลำดับที่", "งานจัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
            "เหตุผลที่คัดเลือกโดยสังเขป", "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]
    months = [
        ("ตุลาคม", "2568", [["1", "จัดซื้อวัสดุสำนักงาน", "18,500", "18,500", "เฉพาะเจาะจง",
                              "หจก.ลำน้ำใสเครื่องเขียน 18,200", "หจก.ลำน้ำใสเครื่องเขียน 18,200",
                              "เสนอราคาต่ำสุด คุณสมบัติครบ", "PO 1/2569 ลว. 15 ต.ค. 68"]]),
        ("พฤศจิกายน", "2568", [["1", "จ้างซ่อมรถยนต์ราชการ กข 1234", "12,800", "12,800", "เฉพาะเจาะจง",
                                 "อู่ช่างเอก 12,500", "อู่ช่างเอก 12,500", "ราคาเหมาะสม",
                                 "ข้อตกลง 3/2569 ลว. 8 พ.ย. 68"],
                                ["2", "จัดซื้อถุงยังชีพ 300 ชุด", "150,000", "149,400", "เฉพาะเจาะจง",
                                 "ร้านสมใจพาณิชย์ 148,500", "ร้านสมใจพาณิชย์ 148,500",
                                 "เสนอราคาต่ำสุด", "สัญญา 4/2569 ลว. 20 พ.ย. 68"]]),
        ("ธันวาคม", "2568", [["1", "จ้างเหมาจัดอบรม อพม.", "88,000", "87,600", "เฉพาะเจาะจง",
                               "โรงแรมริมน้ำใส 86,000", "โรงแรมริมน้ำใส 86,000", "ราคาต่ำสุด สถานที่เหมาะสม",
                               "สัญญา 6/2569 ลว. 5 ธ.ค. 68"]]),
        ("มกราคม", "2569", None),
        ("กุมภาพันธ์", "2569", [["1", "จัดซื้อหมึกพิมพ์", "9,600", "9,600", "เฉพาะเจาะจง",
                                  "หจก.ลำน้ำใสเครื่องเขียน 9,450", "หจก.ลำน้ำใสเครื่องเขียน 9,450",
                                  "เสนอราคาต่ำสุด", "PO 9/2569 ลว. 12 ก.พ. 69"]]),
        ("มีนาคม", "2569", [["1", "จ้างพิมพ์เอกสารรายงานสถานการณ์ทางสังคม", "24,000", "23,800", "เฉพาะเจาะจง",
                              "โรงพิมพ์ศรีลำน้ำใส 23,500", "โรงพิมพ์ศรีลำน้ำใส 23,500", "ราคาต่ำสุด",
                              "ข้อตกลง 11/2569 ลว. 9 มี.ค. 69"]]),
    ]
    blocks = []
    for i, (mon, yr, rows) in enumerate(months):
        if i:
            blocks.append(("page",))
        blocks += [("center", "แบบ สขร.1"),
                   ("title", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน %s พ.ศ. %s" % (mon, yr)),
                   ("center", AG)]
        if rows:
            blocks.append(("table", cols, rows, [6, 16, 10, 10, 10, 14, 14, 10, 12]))
        else:
            blocks.append(("p", "ในรอบเดือน%s พ.ศ. %s ไม่มีการจัดซื้อจัดจ้าง" % (mon, yr)))
    pdf("ITA2569/O11/01.pdf", blocks, orientation="L", base_size=13, created=(2026, 4, 8))

    # O13 HR criteria + plan FY2569 (LibreOffice export)
    lo_pdf("ITA2569/O13/01.pdf", [
        ("title", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569"),
        ("center", AG),
        ("h", "ส่วนที่ 1 หลักเกณฑ์การบริหารทรัพยากรบุคคล"),
        ("p", "1.1 หลักเกณฑ์การสรรหาและเลือกสรร: ดำเนินการตามประกาศ ก.พ. โดยประกาศรับสมัครอย่างเปิดเผย ไม่น้อยกว่า 5 วันทำการ"),
        ("p", "1.2 หลักเกณฑ์การแต่งตั้งและเลื่อนระดับ: พิจารณาจากผลการปฏิบัติงาน ความรู้ความสามารถ และคุณสมบัติตามมาตรฐานกำหนดตำแหน่ง"),
        ("p", "1.3 หลักเกณฑ์การประเมินผลการปฏิบัติงาน: ประเมินปีละ 2 รอบ (1 ต.ค. - 31 มี.ค. และ 1 เม.ย. - 30 ก.ย.) "
              "องค์ประกอบผลสัมฤทธิ์ของงานร้อยละ 70 และพฤติกรรมการปฏิบัติราชการร้อยละ 30"),
        ("p", "1.4 หลักเกณฑ์การให้คุณให้โทษและการเสริมสร้างขวัญกำลังใจ"),
        ("h", "ส่วนที่ 2 แผนการบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ พ.ศ. 2569"),
        ("table", ["โครงการ/กิจกรรม", "กลุ่มเป้าหมาย", "ช่วงเวลา", "งบประมาณ"], [
            ["ปฐมนิเทศบุคลากรใหม่", "บุคลากรบรรจุใหม่", "พ.ย. 2568", "-"],
            ["อบรมทักษะดิจิทัลสำหรับงานสวัสดิการสังคม", "ข้าราชการและพนักงานราชการ 24 คน", "ก.พ. 2569", "18,000"],
            ["จัดทำแผนพัฒนารายบุคคล (IDP)", "บุคลากรทุกคน", "ต.ค. - ธ.ค. 2568", "-"],
            ["กิจกรรมเสริมสร้างความผูกพันองค์กร", "บุคลากรทุกคน", "ส.ค. 2569", "10,000"]]),
    ], created=(2025, 10, 15))

    # O15 code of ethics + ethics promotion 2569 (modal iframe)
    pdf("ITA2569/O15/01.pdf", LOGO_HEAD + [
        ("title", "ประมวลจริยธรรมข้าราชการพลเรือน และการขับเคลื่อนจริยธรรม ปีงบประมาณ พ.ศ. 2569"),
        ("h", "ส่วนที่ 1 ประมวลจริยธรรมข้าราชการพลเรือน (สรุป)"),
        ("p", "1) ยึดมั่นในสถาบันหลักของประเทศ 2) ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี และรับผิดชอบต่อหน้าที่ "
              "3) กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้องชอบธรรม 4) คิดถึงประโยชน์ส่วนรวมมากกว่าประโยชน์ส่วนตัว "
              "5) มุ่งผลสัมฤทธิ์ของงาน 6) ปฏิบัติหน้าที่อย่างเป็นธรรมและไม่เลือกปฏิบัติ 7) ดำรงตนเป็นแบบอย่างที่ดี"),
        ("h", "ส่วนที่ 2 การขับเคลื่อนจริยธรรม ปีงบประมาณ พ.ศ. 2569"),
        ("p", "คำสั่ง พมจ.ลำน้ำใส ที่ 12/2569 ลงวันที่ 6 พฤศจิกายน 2568 แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม"),
        ("table", ["กิจกรรม", "วันที่", "ผลการดำเนินการ"], [
            ["เผยแพร่สื่อ Do's & Don'ts ด้านจริยธรรม", "ธ.ค. 2568", "ดำเนินการแล้ว"],
            ["อบรมสอดแทรกสาระด้านจริยธรรมในการประชุมประจำเดือน", "ม.ค. - มี.ค. 2569", "ดำเนินการแล้ว 3 ครั้ง"],
            ["ประเมินการรับรู้ด้านจริยธรรมของบุคลากร", "ก.ค. 2569", "อยู่ระหว่างดำเนินการ"]]),
    ], created=(2026, 1, 20))

    # O16 trap: an appointment order, not a complaint-handling guideline (no steps, no timeframe)
    pdf("ITA2569/O16/01.pdf", GARUDA + [
        ("title", "คำสั่งสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส"),
        ("center", "ที่ 15/2569"),
        ("center", "เรื่อง แต่งตั้งเจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
        ("p", "เพื่อให้การดำเนินงานด้านการรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบเป็นไปด้วยความเรียบร้อย "
              "จึงแต่งตั้งเจ้าหน้าที่ ดังต่อไปนี้"),
        ("p", "1. นายกิตติพงษ์ แสงทอง หัวหน้าฝ่ายบริหารงานทั่วไป เป็นหัวหน้าผู้รับผิดชอบ"),
        ("p", "2. นางสาวปิยะนุช คำดี นักจัดการงานทั่วไป เป็นเจ้าหน้าที่"),
        ("p", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"),
        ("right", "สั่ง ณ วันที่ 10 พฤศจิกายน พ.ศ. 2568"),
        ("right", "(นางวรรณภา ใจมั่น)"),
        ("right", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส"),
    ], created=(2025, 11, 10))

    # O19 participation report FY2569
    pdf("ITA2569/O19/01.pdf", LOGO_HEAD + [
        ("title", "รายงานผลการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569"),
        ("p", "กิจกรรม: ประชุมรับฟังความคิดเห็นภาคีเครือข่ายการพัฒนาสังคมต่อร่างแผนพัฒนาสังคมจังหวัดลำน้ำใส"),
        ("p", "วันที่ 15 มกราคม 2569 ณ ห้องประชุมศาลากลางจังหวัดลำน้ำใส"),
        ("p", "ผู้เข้าร่วม 64 คน ได้แก่ ผู้แทนองค์กรปกครองส่วนท้องถิ่น อาสาสมัครพัฒนาสังคม ผู้นำชุมชน "
              "ผู้แทนคนพิการและผู้สูงอายุ และภาคเอกชน"),
        ("h", "ข้อเสนอจากผู้เข้าร่วม"),
        ("p", "1) เพิ่มการเยี่ยมบ้านผู้สูงอายุที่อยู่ลำพังในอำเภอห่างไกล 2) จัดตั้งจุดบริการร่วมในระดับอำเภอ"),
        ("h", "การนำข้อเสนอไปใช้"),
        ("p", "นำข้อเสนอไปปรับโครงการเยี่ยมบ้านในแผนปฏิบัติราชการ ปี 2569 และเสนอจังหวัดพิจารณาจุดบริการร่วม"),
    ], created=(2026, 1, 30))

    # O20 No Gift FY2569 (modal iframe)
    pdf("ITA2569/O20/01.pdf", GARUDA + [
        ("title", "ประกาศสำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส"),
        ("center", "เรื่อง เจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"),
        ("center", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
        ("p", "ข้าพเจ้าและบุคลากรทุกคนของสำนักงานจะไม่รับของขวัญหรือของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ "
              "และจะถือปฏิบัติตามประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใด"
              "โดยธรรมจรรยาของเจ้าพนักงานของรัฐ พ.ศ. 2563 (มาตรา 128)"),
        ("right", "ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. ๒๕๖๘"),
        ("right", "(นางวรรณภา ใจมั่น)"),
        ("page",),
        ("h", "สาระสำคัญ หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา (มาตรา 128)"),
        ("p", "รับได้จากญาติตามจำนวนที่เหมาะสมตามฐานานุรูป หรือจากบุคคลอื่นในโอกาสเทศกาลหรือวันสำคัญ "
              "มูลค่าไม่เกิน 3,000 บาทต่อบุคคลต่อโอกาส"),
        ("h", "กิจกรรมและผลการดำเนินงาน ปี 2569"),
        ("table", ["กิจกรรม", "วันที่", "ผล"], [
            ["ประกาศเจตนารมณ์และประชาสัมพันธ์ทางเว็บไซต์", "1 ต.ค. 2568", "ดำเนินการแล้ว"],
            ["ชี้แจงหลักเกณฑ์มาตรา 128 ในที่ประชุมประจำเดือน", "4 ธ.ค. 2568", "ดำเนินการแล้ว"],
            ["รายงานการรับของขวัญช่วงปีใหม่ 2569", "15 ม.ค. 2569", "ไม่มีการรับของขวัญ"]]),
        ("h", "รายงานผลการดำเนินการตามนโยบาย No Gift Policy ประจำปีงบประมาณ พ.ศ. 2568"),
        ("p", "ปีงบประมาณ พ.ศ. 2568 (ตุลาคม 2567 - กันยายน 2568) ไม่มีบุคลากรรับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ "
              "ได้ประชาสัมพันธ์นโยบายทางเว็บไซต์และบอร์ดประชาสัมพันธ์ และรายงานผลต่อผู้บริหารเมื่อวันที่ 6 ตุลาคม 2568"),
    ], created=(2026, 1, 16))

    # O22 risk-plan report FY2568
    pdf("ITA2569/O22/01.pdf", LOGO_HEAD + [
        ("title", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"),
        ("table", ["ความเสี่ยง", "มาตรการควบคุม", "ผลการดำเนินการ", "ระดับความเสี่ยงหลังดำเนินการ"], [
            ["การเบียดบังเงินสงเคราะห์ที่จ่ายเป็นเงินสด", "จ่ายผ่านบัญชีธนาคารทุกราย",
             "จ่ายผ่านบัญชี 100% ตั้งแต่ ม.ค. 2568", "ต่ำ"],
            ["การเลือกปฏิบัติในการพิจารณาผู้รับการสงเคราะห์", "คณะกรรมการพิจารณา 3 คน และเผยแพร่หลักเกณฑ์",
             "ดำเนินการครบ 12 เดือน", "ต่ำ"],
            ["การใช้รถราชการเพื่อประโยชน์ส่วนตัว", "สมุดบันทึกการใช้รถและ GPS", "ตรวจสอบรายไตรมาส 4 ครั้ง", "ต่ำ"]]),
        ("right", "รายงาน ณ วันที่ 10 ตุลาคม 2568"),
    ], created=(2025, 10, 10))

    # O23 anti-corruption plan FY2569 (linked as "ดาวน์โหลด")
    pdf("ITA2569/O23/01.pdf", LOGO_HEAD + [
        ("title", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"),
        ("table", ["โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ", "ระยะเวลา"], [
            ["ส่งเสริมวัฒนธรรมสุจริต (No Gift Policy)", "บุคลากรร้อยละ 100 รับทราบ", "5,000", "ต.ค. 68 - ก.ย. 69"],
            ["อบรมการป้องกันผลประโยชน์ทับซ้อน", "ผู้เข้าอบรม 30 คน", "12,000", "มี.ค. 69"],
            ["เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน", "เผยแพร่ครบ 12 เดือน", "-", "ต.ค. 68 - ก.ย. 69"],
            ["ประเมินความเสี่ยงการทุจริต", "รายงานผล 1 ฉบับ", "-", "ธ.ค. 68"]]),
    ], created=(2025, 10, 25))

    # O25 trap: analysis of ITA 2567 with measures for FY2568 (previous cycle), only in a modal iframe
    pdf("ITA2569/O25/01.pdf", LOGO_HEAD + [
        ("title", "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2567"),
        ("p", "ผลคะแนน ITA ปี 2567 ของหน่วยงาน 87.42 คะแนน ระดับ A"),
        ("table", ["ประเด็นที่ต้องพัฒนา", "มาตรการ ปี 2568", "ผู้รับผิดชอบ"], [
            ["การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "เผยแพร่ สขร.1 ภายในวันที่ 10 ของเดือน", "ฝ่ายบริหารงานทั่วไป"],
            ["ช่องทางการร้องเรียน", "ปรับปรุงแบบฟอร์มร้องเรียนออนไลน์", "กลุ่มนโยบายและวิชาการ"]]),
        ("right", "ณ วันที่ 20 ธันวาคม 2567"),
    ], created=(2024, 12, 20))

    # O26 integrity-measures report FY2568
    pdf("ITA2569/O26/01.pdf", LOGO_HEAD + [
        ("title", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568"),
        ("table", ["มาตรการ", "ผลการดำเนินการ"], [
            ["มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "ปรับปรุงหน้า ITA และเผยแพร่ สขร.1 ครบ 12 เดือน"],
            ["มาตรการป้องกันการรับสินบน", "ประกาศ No Gift Policy ปี 2568 และไม่พบการรับของขวัญ"],
            ["มาตรการป้องกันผลประโยชน์ทับซ้อน", "อบรมบุคลากร 1 ครั้ง ผู้เข้าร่วม 27 คน"],
            ["มาตรการจัดการเรื่องร้องเรียน", "ไม่มีเรื่องร้องเรียนการทุจริตในปี 2568"]]),
        ("right", "รายงาน ณ วันที่ 30 ตุลาคม 2568"),
    ], created=(2025, 10, 30))

    # ---- last year's hub (ITA 2568): decoys
    pdf("ITA2568/O6/01.pdf", LOGO_HEAD + [
        ("title", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 และรายงานความก้าวหน้ารอบ 6 เดือน (ต.ค. 67 - มี.ค. 68)"),
        ("table", ["โครงการ", "งบประมาณ", "เบิกจ่าย ณ มี.ค. 68"], [
            ["พัฒนาศักยภาพ อพม.", "170,000", "150,400"],
            ["เยี่ยมบ้านผู้สูงอายุ", "90,000", "38,000"]]),
    ], created=(2025, 4, 5))
    pdf("ITA2568/O13/01.pdf", LOGO_HEAD + [
        ("title", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี"),
        ("center", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)"),
        ("table", ["วิธีการจัดซื้อจัดจ้าง", "จำนวนโครงการ", "งบประมาณ (บาท)"], [
            ["เฉพาะเจาะจง", "41", "612,450"], ["e-bidding", "1", "498,000"], ["รวม", "42", "1,110,450"]]),
        ("h", "ปัญหาอุปสรรคและแนวทางแก้ไข"),
        ("p", "ผู้ประกอบการในพื้นที่มีน้อย แนวทาง: ประชาสัมพันธ์ผ่านระบบ e-GP ให้กว้างขวางขึ้น"),
    ], created=(2024, 10, 20))
    pdf("ITA2568/O19/01.pdf", LOGO_HEAD + [
        ("title", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2567"),
        ("table", ["ไตรมาส", "เรื่องที่รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], [
            ["1 (ต.ค.-ธ.ค. 66)", "0", "0", "0"], ["2 (ม.ค.-มี.ค. 67)", "1", "1", "0"],
            ["3 (เม.ย.-มิ.ย. 67)", "0", "0", "0"], ["4 (ก.ค.-ก.ย. 67)", "0", "0", "0"]]),
    ], created=(2024, 10, 15))
    pdf("ITA2568/O21/01.pdf", GARUDA + [
        ("title", "ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2568"),
        ("p", "ข้าพเจ้าและบุคลากรทุกคนจะไม่รับของขวัญหรือของกำนัลทุกชนิดจากการปฏิบัติหน้าที่"),
        ("right", "ประกาศ ณ วันที่ 1 ตุลาคม 2567"),
    ], created=(2024, 10, 1))
    pdf("ITA2568/O23/01.pdf", LOGO_HEAD + [
        ("title", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"),
        ("table", ["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ"], [
            ["การจ่ายเงินสงเคราะห์", "การเบียดบังเงินที่จ่ายเป็นเงินสด", "3", "4", "สูง"],
            ["การพิจารณาผู้รับการสงเคราะห์", "การเลือกปฏิบัติ", "2", "3", "ปานกลาง"],
            ["การใช้ทรัพย์สินราชการ", "ใช้รถราชการเพื่อประโยชน์ส่วนตัว", "2", "2", "ต่ำ"]]),
        ("right", "ณ วันที่ 18 ธันวาคม 2567"),
    ], created=(2024, 12, 18))
    pdf("ITA2568/O25/01.pdf", LOGO_HEAD + [
        ("title", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"),
        ("table", ["โครงการ", "งบประมาณ"], [["ส่งเสริมวัฒนธรรมสุจริต", "5,000"], ["อบรมผลประโยชน์ทับซ้อน", "10,000"]]),
    ], created=(2024, 10, 20))
    pdf("ITA2568/O26/01.pdf", LOGO_HEAD + [
        ("title", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567"),
        ("table", ["โครงการ", "ผล"], [["ส่งเสริมวัฒนธรรมสุจริต", "ดำเนินการแล้ว"], ["อบรมผลประโยชน์ทับซ้อน", "ดำเนินการแล้ว"]]),
        ("right", "รายงาน ณ วันที่ 15 ตุลาคม 2567"),
    ], created=(2024, 10, 15))


# ------------------------------------------------------------------------------------------ ITA pages
def li(inner):
    return """                                    <li>
                                        <span>
""" + inner + """
                                        </span>
                                    </li>
"""


def a_doc(href, text):
    return ('                                            <a href="%s" style=" font-size: 14px; text-align: left;">\n'
            '                                                %s\n'
            '                                            </a>\n'
            '                                            <a href="%s">\n'
            '                                                <i class="fas fa-file-pdf"> </i>\n'
            '                                            </a>') % (href, e(text), href)


def a_page(href, text):
    return ('                                            <a href="%s" style=" font-size: 14px;">\n'
            '                                                %s\n'
            '                                            </a>') % (href, e(text))


def a_bang_dl(href, text):
    """Title on `#!`, a separate visible "ดาวน์โหลด" link to the file."""
    return ('                                            <a href="#!" style=" font-size: 14px;">\n'
            '                                                %s\n'
            '                                            </a>\n'
            '                                            <a href="%s" class="btn btn-sm btn-outline-primary">ดาวน์โหลด</a>') % (e(text), href)


def a_bang_hidden(href, text):
    """nysso ITA64.php: title on `#!`, the file anchor left empty (its icon commented out)."""
    return ('                                            <a href="#!" style=" font-size: 14px;">\n'
            '                                                %s\n'
            '                                            </a>\n'
            '                                            <a href="%s">\n'
            '                                                <!-- <i class="fas fa-file-pdf">  </i>   -->\n'
            '                                            </a>') % (e(text), href)


def a_bang(text, badge=None):
    b = ' <span class="badge badge-warning">%s</span>' % e(badge) if badge else ""
    return ('                                            <a href="#!" style=" font-size: 14px;">\n'
            '                                                %s%s\n'
            '                                            </a>') % (e(text), b)


def a_modal(mid, src, text):
    """nysso ITA.php: a `href="#"` modal trigger; the document only in the modal's <iframe>."""
    return ('            <a class="nav-link" href="#" data-toggle="modal" data-backdrop="static" data-target="#%s">%s</a>\n'
            '            <div class="modal fade" id="%s" tabindex="-1" role="dialog" aria-labelledby="myModalLabel" aria-hidden="true">\n'
            '              <div class="modal-dialog modal-lg" role="document">\n'
            '                <div class="modal-content">\n'
            '                  <div class="modal-header">\n'
            '                    <h5 class="modal-title">%s</h5>\n'
            '                  </div>\n'
            '                  <div class="modal-body mb-0 p-0">\n'
            '                    <div class="embed-responsive embed-responsive-16by9 z-depth-1-half">\n'
            '                      <iframe class="embed-responsive-item" src="%s" allowfullscreen></iframe>\n'
            '                    </div>\n'
            '                  </div>\n'
            '                  <div class="modal-footer">\n'
            '                    <button class="btn bnt-lg btn-dark " data-dismiss="modal">ปิด</button>\n'
            '                  </div>\n'
            '                </div>\n'
            '              </div>\n'
            '            </div>') % (mid, e(text), mid, e(text), src)


def box(n, code, title, lis, color="#0000FF"):
    return """                    <!--/Start box """ + code + """/-->
                    <ul>
                        <li>
                            <span>
                                <a aria-controls="l""" + str(n) + """" aria-expanded="false" data-toggle="collapse" href="#l""" + str(n) + """" style="color:""" + color + """; text-decoration:none; font-size: 16px;">
                                    <i class="expanded">
                                        <i class="far fa-folder-open"> </i>
                                    </i>
                                    """ + e(code + " " + title) + """
                                    <span class="badge badge-primary badge-pill"> V </span>
                                </a>
                            </span>
                            <div class="collapse" id="l""" + str(n) + """">
                                <ul>
""" + "".join(li(x) for x in lis) + """                                </ul>
                            </div>
                        </li>
                    </ul>
                    <!--/End box/-->
"""


U9 = "../upload/ITA/ITA2569/"
U8 = "../upload/ITA/ITA2568/"


def build_ita69():
    boxes = [
        ("O1", "โครงสร้าง หน้าที่และอำนาจ", [a_page("tree.php", "1.1 แผนผังโครงสร้างการแบ่งส่วนราชการ"),
                                             a_doc(U9 + "O1/01.pdf", "1.2 หน้าที่และอำนาจของสำนักงาน")]),
        ("O2", "ข้อมูลผู้บริหาร", [a_page("executive.php", "2.1 ข้อมูลผู้บริหาร พมจ.ลำน้ำใส")]),
        ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", [a_bang("3.1 ที่อยู่ หมายเลขโทรศัพท์ อีเมล แผนที่ (ท้ายเว็บไซต์)"),
                                                       a_page("webboard.php", "3.2 กระดานถาม-ตอบ (Q&A)")]),
        ("O4", "ข่าวประชาสัมพันธ์", [a_page("news.php", "4.1 ข่าวประชาสัมพันธ์ ปีงบประมาณ 2569")]),
        ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", [a_bang_dl(U9 + "O5/01.pdf", "5.1 แผนยุทธศาสตร์การพัฒนาสังคมฯ จังหวัดลำน้ำใส")]),
        ("O6", "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี", [
            a_modal("m6-1", U9 + "O6/01.pdf", "6.1 แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569"),
            a_modal("m6-2", U9 + "O6/02.pdf", "6.2 รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", [a_bang_dl(U9 + "O7/01.pdf", "7.1 รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568")]),
        ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", [a_doc(U9 + "O8/01.pdf", "8.1 คู่มือการปฏิบัติงาน การจ่ายเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด")]),
        ("O9", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ", [a_doc(U9 + "O9/01.pdf", "9.1 คู่มือสำหรับประชาชน การขอรับเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย")]),
        ("O10", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)", [a_page("service.php", "10.1 E-Service ดาวน์โหลดแบบฟอร์มคำร้อง")]),
        ("O11", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569", [
            a_doc(U9 + "O11/01.pdf", "11.1 แบบ สขร.1 ต.ค. 68 - มี.ค. 69")]),
        ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", [
            a_doc(U8 + "O13/01.pdf", "12.1 รายงานผลการจัดซื้อจัดจ้างประจำปี")]),
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569", [
            a_bang_dl(U9 + "O13/01.pdf", "13.1 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ปี 2569")]),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568", [
            a_bang("14.1 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568", "อยู่ระหว่างดำเนินการ")]),
        ("O15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [
            a_modal("m15-1", U9 + "O15/01.pdf", "15.1 ประมวลจริยธรรมข้าราชการพลเรือน และการขับเคลื่อนจริยธรรม ปี 2569")]),
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [
            a_doc(U9 + "O16/01.pdf", "16.1 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")]),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [
            a_page("complaint.php", "17.1 แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ออนไลน์)")]),
        ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568", [
            a_bang_hidden(U9 + "O18/01.pdf", "18.1 ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568")]),
        ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569", [
            a_page("content.php?id=121", "19.1 ข่าวการประชุมรับฟังความคิดเห็นภาคีเครือข่ายการพัฒนาสังคม"),
            a_doc(U9 + "O19/01.pdf", "19.2 รายงานผลการเปิดโอกาสให้มีส่วนร่วม ปี 2569")]),
        ("O20", "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ", [
            a_modal("m20-1", U9 + "O20/01.pdf", "20.1 ประกาศเจตนารมณ์ No Gift Policy ปี 2569 และหลักเกณฑ์มาตรา 128")]),
        ("O21", "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569", [
            a_doc(U8 + "O23/01.pdf", "21.1 การประเมินความเสี่ยงการทุจริต")]),
        ("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", [
            a_doc(U9 + "O22/01.pdf", "22.1 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปี 2568")]),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569", [
            a_bang_dl(U9 + "O23/01.pdf", "23.1 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569")]),
        # O24 was never added to this year's tree (the FY2567 report sits on ITA68.php)
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", [
            a_modal("m25-1", U9 + "O25/01.pdf", "25.1 การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรมและความโปร่งใส")]),
        ("O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568", [
            a_doc(U9 + "O26/01.pdf", "26.1 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2568")]),
    ]
    out = []
    for i, (code, title, lis) in enumerate(boxes, 1):
        if code == "O1":
            out.append('                    <h4>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล</h4>\n')
        if code == "O20":
            out.append('                    <h4>ตัวชี้วัดที่ 10 การป้องกันการทุจริต</h4>\n')
        out.append(box(i, code, title, lis, "#0000FF" if i < 20 else "#000"))
    body = """      <div class="row">
        <div class="col-md-12">
          <h3>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h3>
          <p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)</p>
        </div>
      </div>
            <div class="row">
                <div class="tree ">
""" + "".join(out) + """                </div>
            </div>
      <p><a href="ITA68.php">ย้อนดู ITA ปีงบฯ 2568</a></p>
"""
    page("/page/ITA69.php", "ITA ปีงบประมาณ 2569", body)


def build_ita68():
    rows = [
        ("O1", "โครงสร้างและอำนาจหน้าที่", [a_page("tree.php", "1.1 โครงสร้างและอำนาจหน้าที่")]),
        ("O2", "ข้อมูลผู้บริหาร", [a_page("executive.php", "2.1 ข้อมูลผู้บริหาร")]),
        ("O3", "ข้อมูลการติดต่อ", [a_bang("3.1 ข้อมูลการติดต่อ")]),
        ("O4", "ข่าวประชาสัมพันธ์", [a_page("news.php", "4.1 ข่าวประชาสัมพันธ์")]),
        ("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", [a_doc(U9 + "O5/01.pdf", "5.1 แผนยุทธศาสตร์")]),
        ("O6", "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี", [
            a_doc(U8 + "O6/01.pdf", "6.1 แผนปฏิบัติราชการ ปี 2568 และความก้าวหน้ารอบ 6 เดือน")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี", [a_bang("7.1 รายงานผลการดำเนินงาน ปี 2567")]),
        ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", [a_doc(U9 + "O8/01.pdf", "8.1 คู่มือการปฏิบัติงาน")]),
        ("O9", "คู่มือหรือแนวทางการขอรับบริการ", [a_doc(U9 + "O9/01.pdf", "9.1 คู่มือสำหรับประชาชน")]),
        ("O10", "E-Service", [a_page("service.php", "10.1 ดาวน์โหลดแบบฟอร์ม")]),
        ("O11", "ข้อมูลสถิติการให้บริการ", [a_bang("11.1 สถิติการให้บริการ ปี 2568")]),
        ("O12", "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้า", [a_bang("12.1 สขร.1 ปี 2568")]),
        ("O13", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", [a_doc(U8 + "O13/01.pdf", "13.1 รายงานผลการจัดซื้อจัดจ้างประจำปี 2567")]),
        ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล", [a_bang("14.1 แผนพัฒนาบุคลากร ปี 2568")]),
        ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", [a_bang("15.1 รายงานผล ปี 2567")]),
        ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [a_bang("16.1 ประมวลจริยธรรม")]),
        ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [a_bang("17.1 แนวปฏิบัติ")]),
        ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [a_page("complaint.php", "18.1 ช่องทางแจ้งเรื่องร้องเรียน")]),
        ("O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี", [a_doc(U8 + "O19/01.pdf", "19.1 สถิติเรื่องร้องเรียน ปี 2567")]),
        ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [a_bang("20.1 การมีส่วนร่วม ปี 2568")]),
        ("O21", "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy", [a_doc(U8 + "O21/01.pdf", "21.1 ประกาศเจตนารมณ์ No Gift Policy ปี 2568")]),
        ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", [a_bang("22.1 รายงาน ปี 2568")]),
        ("O23", "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน", [a_doc(U8 + "O23/01.pdf", "23.1 การประเมินความเสี่ยงการทุจริต ปี 2568")]),
        ("O24", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี", [a_bang("24.1 รายงานผล ปี 2567")]),
        ("O25", "แผนปฏิบัติการป้องกันการทุจริต", [a_doc(U8 + "O25/01.pdf", "25.1 แผนปฏิบัติการป้องกันการทุจริต ปี 2568")]),
        ("O26", "รายงานผลการดำเนินการป้องกันการทุจริต", [a_doc(U8 + "O26/01.pdf", "26.1 รายงานผลการดำเนินการป้องกันการทุจริต ปี 2567")]),
    ]
    out = [box(100 + i, code, title, lis, "#0000ff") for i, (code, title, lis) in enumerate(rows, 1)]
    body = """      <h3>ITA ประจำปีงบประมาณ พ.ศ. 2568</h3>
            <div class="row">
                <div class="tree ">
""" + "".join(out) + """                </div>
            </div>
"""
    page("/page/ITA68.php", "ITA ปีงบประมาณ 2568", body)


# ------------------------------------------------------------------------------------------ other pages
NEWS = [
    (121, "15 มกราคม 2569", "พมจ.ลำน้ำใส จัดประชุมรับฟังความคิดเห็นภาคีเครือข่ายการพัฒนาสังคม ต่อร่างแผนพัฒนาสังคมจังหวัด",
     "<p>วันที่ 15 มกราคม 2569 สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส จัดประชุมรับฟังความคิดเห็นภาคีเครือข่าย"
     "การพัฒนาสังคม ต่อร่างแผนพัฒนาสังคมจังหวัดลำน้ำใส ณ ห้องประชุมศาลากลางจังหวัด มีผู้แทนองค์กรปกครองส่วนท้องถิ่น "
     "อาสาสมัครพัฒนาสังคม ผู้นำชุมชน ผู้แทนคนพิการและผู้สูงอายุ และภาคเอกชน เข้าร่วม 64 คน "
     "ผู้เข้าร่วมเสนอให้เพิ่มการเยี่ยมบ้านผู้สูงอายุที่อยู่ลำพังในอำเภอห่างไกล สำนักงานจะนำข้อเสนอไปปรับแผนปฏิบัติราชการ</p>"),
    (120, "12 มีนาคม 2569", "อบรมพัฒนาศักยภาพอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.) รุ่นที่ 2",
     "<p>พมจ.ลำน้ำใส จัดอบรม อพม. รุ่นที่ 2 จำนวน 80 คน ณ โรงแรมริมน้ำใส</p>"),
    (119, "20 กุมภาพันธ์ 2569", "ลงพื้นที่เยี่ยมบ้านผู้สูงอายุที่อยู่ลำพัง อำเภอนาดอน",
     "<p>ทีม พมจ.ลำน้ำใส ร่วมกับ อพม. ลงพื้นที่เยี่ยมบ้านผู้สูงอายุ 12 ราย พร้อมมอบถุงยังชีพ</p>"),
    (117, "10 มกราคม 2569", "กิจกรรมวันเด็กแห่งชาติ ประจำปี 2569",
     "<p>พมจ.ลำน้ำใส ร่วมจัดกิจกรรมวันเด็กแห่งชาติ ณ สนามหน้าศาลากลางจังหวัด</p>"),
    (115, "3 ธันวาคม 2568", "วันคนพิการสากล ประจำปี 2568 จังหวัดลำน้ำใส",
     "<p>จังหวัดลำน้ำใสจัดงานวันคนพิการสากล มีคนพิการและครอบครัวเข้าร่วมกว่า 300 คน</p>"),
    (114, "8 ตุลาคม 2568", "ประชุมชี้แจงแนวทางการดำเนินงาน ปีงบประมาณ พ.ศ. 2569",
     "<p>พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส มอบนโยบายการดำเนินงานปีงบประมาณ พ.ศ. 2569 แก่บุคลากร</p>"),
    (112, "18 กันยายน 2568", "มอบถุงยังชีพผู้ประสบอุทกภัย อำเภอท่าน้ำ",
     "<p>พมจ.ลำน้ำใส มอบถุงยังชีพแก่ผู้ประสบอุทกภัย 150 ครัวเรือน</p>"),
]


def build_pages():
    w("/index.html", '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=page/">'
                     '<title>redirect</title></head><body><a href="page/">page/</a></body></html>\n')
    w("/css/style.css", "body{font-family:Prompt,sans-serif}\n")
    w("/css/tree.css", ".tree ul{list-style:none}\n")
    w("/lib/bootstrap/css/bootstrap.min.css", "/* bootstrap 4 (trimmed) */\n")
    w("/lib/font-awesome/css/font-awesome.min.css", "/* font-awesome (trimmed) */\n")
    w("/lib/jquery/jquery.min.js", "/* jquery (trimmed) */\n")
    w("/lib/bootstrap/js/bootstrap.min.js", "/* bootstrap (trimmed) */\n")
    w("/js/main.js", "/* template main.js (trimmed) */\n")
    M.banner(M.site_path(NAME, "/img/favicon.png"), "พม", size=(32, 32), bg=(120, 30, 120))

    latest = "".join('              <li><a href="content.php?id=%d">%s</a> <small>%s</small></li>\n' % (i, e(t), d)
                     for i, d, t, _ in NEWS[:4])
    page("/page/index.php", "หน้าแรก", """      <div class="intro intro-carousel">
        <div class="carousel-item-a intro-item bg-image" style="background-image: url(../img/office.jpg)">
          <p class="intro-title-top">วิสัยทัศน์ (Vision)</p>
          <h1 class="intro-title mb-4"><span class="color-b">"สังคมคุณภาพ ทุกช่วงวัยมีความมั่นคงในชีวิต"</span></h1>
        </div>
      </div>
      <div class="row">
        <div class="col-md-8">
          <section id="no2">
            <h2 class="title-a">ข่าวสาร</h2>
            <ul>
""" + latest + """            </ul>
            <p><a href="news.php">ข่าวทั้งหมด</a></p>
          </section>
          <section id="no1">
            <h2 class="title-a">ความรู้</h2>
            <p>สายด่วนศูนย์ช่วยเหลือสังคม 1300 ให้คำปรึกษาและรับแจ้งเหตุทางสังคม ตลอด 24 ชั่วโมง</p>
          </section>
          <section id="no3">
            <h2 class="title-a">กิจกรรม</h2>
            <p>ภาพกิจกรรมของสำนักงาน (อัลบั้มภาพ)</p>
          </section>
        </div>
        <div class="col-md-4">
          <div class="card"><a href="ITA69.php"><img src="../img/ita2569.png" alt="ITA 2569"></a></div>
          <div class="card"><a href="complaint.php">แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></div>
          <div class="card"><a href="service.php">ดาวน์โหลดแบบฟอร์ม</a></div>
        </div>
      </div>
""")
    M.banner(M.site_path(NAME, "/img/ita2569.png"), "ITA 2569", "การประเมินคุณธรรมและความโปร่งใส", size=(300, 90),
             bg=(120, 30, 120))

    items = "".join('        <li><a href="content.php?id=%d">%s</a> <small>(%s)</small></li>\n' % (i, e(t), d)
                    for i, d, t, _ in NEWS)
    page("/page/news.php", "ข่าวประชาสัมพันธ์", "      <ul class=\"news-list\">\n" + items + "      </ul>\n")
    for i, d, t, body in NEWS:
        page("/page/content.php?id=%d" % i, t, """      <div class="post-information"><p>วันที่ """ + d + """ | โดย admin</p></div>
      <div class="post-content">""" + body + """</div>
      <p><a href="news.php">&laquo; กลับหน้าข่าว</a></p>
""")

    # windows-874 pages ---------------------------------------------------------------------
    page("/page/history.php", "ประวัติความเป็นมา", """      <p>สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส จัดตั้งขึ้นตามพระราชบัญญัติปรับปรุงกระทรวง ทบวง กรม พ.ศ. 2545
      เป็นราชการบริหารส่วนภูมิภาค สังกัดสำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</p>
      <p><b>วิสัยทัศน์</b> "สังคมคุณภาพ ทุกช่วงวัยมีความมั่นคงในชีวิต"</p>
      <p><b>พันธกิจ</b> 1. ส่งเสริมการพัฒนาสังคมและจัดสวัสดิการ 2. คุ้มครองและพิทักษ์สิทธิกลุ่มเปราะบาง 3. บูรณาการภาคีเครือข่าย</p>
""", enc="cp874")

    M.org_chart(M.site_path(NAME, "/img/tree2569.png"), "โครงสร้าง พมจ.ลำน้ำใส", [
        ["พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด"],
        ["ฝ่ายบริหาร\nงานทั่วไป", "กลุ่มนโยบาย\nและวิชาการ", "กลุ่มการพัฒนา\nสังคมและสวัสดิการ"],
    ])
    page("/page/tree.php", "ผังองค์กร", """      <div class="tree">
        <p><img src="../img/tree2569.png" alt="แผนผังโครงสร้าง"></p>
        <ul>
          <li><span>พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส</span>
            <ul>
              <li><span>ฝ่ายบริหารงานทั่วไป</span></li>
              <li><span>กลุ่มนโยบายและวิชาการ</span></li>
              <li><span>กลุ่มการพัฒนาสังคมและสวัสดิการ (ศูนย์ช่วยเหลือสังคม)</span></li>
            </ul>
          </li>
        </ul>
        <p>อัตรากำลัง: ข้าราชการ 14 คน พนักงานราชการ 9 คน (ข้อมูล ณ 1 ตุลาคม 2568)</p>
      </div>
""", enc="cp874")

    execs = [("head", "นางวรรณภา ใจมั่น", "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส", "0-4271-1460 ต่อ 11",
              "wannapa.j@m-society.go.th"),
             ("g1", "นายกิตติพงษ์ แสงทอง", "หัวหน้าฝ่ายบริหารงานทั่วไป", "0-4271-1460 ต่อ 12", "kittipong.s@m-society.go.th"),
             ("g2", "นางสาวอรอุมา ศรีวงศ์", "หัวหน้ากลุ่มนโยบายและวิชาการ", "0-4271-1460 ต่อ 13", "ornuma.s@m-society.go.th"),
             ("g3", "นายสุรเชษฐ์ บุญมา", "หัวหน้ากลุ่มการพัฒนาสังคมและสวัสดิการ", "0-4271-1460 ต่อ 14",
              "surachet.b@m-society.go.th")]
    cards = ""
    for i, (f, n, pos, tel, mail) in enumerate(execs):
        M.photo(M.site_path(NAME, "/img/exec/%s.jpg" % f), seed=300 + i)
        cards += """        <div class="col-md-3 card-box">
          <span><img src="../img/exec/%s.jpg" alt="%s"><br><br><b>%s</b><br>%s<br>โทร. %s<br>%s</span>
        </div>
""" % (f, e(n), e(n), e(pos), tel, mail)
    page("/page/executive.php", "ผู้บริหาร", """      <div class="row">
""" + cards + """      </div>
""", enc="cp874")

    page("/page/webboard.php", "กระดานถาม-ตอบ", """      <table class="table">
        <tr><th>หัวข้อ</th><th>ผู้ตั้ง</th><th>ตอบ</th><th>วันที่</th></tr>
        <tr><td colspan="4">ยังไม่มีกระทู้</td></tr>
      </table>
      <h4>ตั้งคำถามใหม่</h4>
      <form action="#" method="post">
        <p>หัวข้อ <input type="text" name="topic"></p>
        <p>ชื่อผู้ถาม <input type="text" name="name"></p>
        <p><textarea name="detail" rows="5" cols="60"></textarea></p>
        <button type="button" class="btn btn-b" onclick="alert('ระบบถาม-ตอบปิดปรับปรุงชั่วคราว')">ส่งคำถาม</button>
      </form>
""", enc="cp874")

    page("/page/service.php", "ดาวน์โหลดแบบฟอร์ม / E-Service", """      <p>ประชาชนสามารถดาวน์โหลดแบบฟอร์มคำร้อง กรอกข้อมูล แล้วนำมายื่นด้วยตนเอง ณ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำน้ำใส
      ศาลากลางจังหวัดลำน้ำใส ชั้น 2 ในวันและเวลาราชการ</p>
      <table class="table">
        <tr><th>ลำดับ</th><th>แบบฟอร์ม</th><th>ดาวน์โหลด</th></tr>
        <tr><td>1</td><td>แบบคำร้องขอรับการสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง</td><td><a href="../upload/ITA/ITA2569/O10/form-01.docx">ดาวน์โหลด</a></td></tr>
        <tr><td>2</td><td>แบบคำร้องขอลงทะเบียนเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ดร.01)</td><td><a href="../upload/ITA/ITA2569/O10/form-02.docx">ดาวน์โหลด</a></td></tr>
      </table>
""", enc="cp874", meta=False)

    # UTF-8 pages -------------------------------------------------------------------------------
    page("/page/complaint.php", "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """      <p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ """ + AG + """ ได้ทางแบบฟอร์มด้านล่าง
      ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p>
      <form action="complaint_save.php" method="post" enctype="multipart/form-data">
        <p>ชื่อ-สกุลผู้ร้องเรียน (ไม่ระบุได้) <input type="text" name="name"></p>
        <p>หมายเลขโทรศัพท์ที่ติดต่อได้ <input type="text" name="phone"></p>
        <p>อีเมล <input type="email" name="email"></p>
        <p>ชื่อ/ตำแหน่งเจ้าหน้าที่ที่ถูกร้องเรียน <input type="text" name="officer"></p>
        <p>รายละเอียดพฤติการณ์ <textarea name="detail" rows="6" cols="60" required></textarea></p>
        <p>แนบหลักฐาน <input type="file" name="evidence"></p>
        <p><input type="submit" class="btn btn-b" value="ส่งเรื่องร้องเรียน"></p>
      </form>
      <h4>ช่องทางอื่น</h4>
      <ul>
        <li>ยื่นด้วยตนเองหรือทางไปรษณีย์: """ + AG + " " + ADDR + """ (วงเล็บมุมซอง "ร้องเรียนการทุจริต")</li>
        <li>โทรศัพท์ """ + TEL + """ ต่อ 12 (ฝ่ายบริหารงานทั่วไป)</li>
        <li><a href="https://wbs.nacc.go.th/">ระบบแจ้งเบาะแสการทุจริต สำนักงาน ป.ป.ช.</a></li>
        <li><a href="https://www.pacc.go.th/e-service/index.html">ร้องเรียนการทุจริต สำนักงาน ป.ป.ท.</a></li>
      </ul>
""")
    page("/page/complaint_save.php", "ส่งเรื่องร้องเรียน", """      <p>ระบบได้รับเรื่องร้องเรียนของท่านแล้ว เลขที่รับเรื่อง C69-0000 เจ้าหน้าที่จะดำเนินการภายใน 15 วันทำการ</p>
      <p><a href="complaint.php">กลับ</a></p>
""")
    page("/page/procure.php", "จัดซื้อจัดจ้าง", """      <h4>ประกาศจัดซื้อจัดจ้าง</h4>
      <ul>
        <li>ประกาศผู้ชนะการเสนอราคา จัดซื้อถุงยังชีพ 300 ชุด (20 พฤศจิกายน 2568) <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ดูในระบบ e-GP</a></li>
        <li>ประกาศผู้ชนะการเสนอราคา จ้างเหมาจัดอบรม อพม. (5 ธันวาคม 2568) <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ดูในระบบ e-GP</a></li>
      </ul>
      <h4>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h4>
      <ul>
        <li><a href="../upload/ITA/ITA2569/O11/01.pdf">สขร.1 ตุลาคม 2568 - มีนาคม 2569</a></li>
      </ul>
""")
    page("/page/login.php", "เข้าสู่ระบบ", """      <form action="admin.php" method="post">
        <p>ชื่อผู้ใช้ <input type="text" name="user"></p>
        <p>รหัสผ่าน <input type="password" name="pass"></p>
        <p><input type="submit" value="เข้าสู่ระบบ"></p>
      </form>
""")
    page("/page/admin.php", "เข้าสู่ระบบ", "      <p>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</p>\n")

    w("/_routes.yaml", """# executive.php is windows-874 bytes with a meta charset; the server labels it with "TIS620", a label
# browsers do not know, so they fall back to the page's own meta (windows-874) and show it correctly.
"/page/executive.php":
  content_type: "text/html; charset=TIS620"
""")


def main():
    root = os.path.join(M.CORPUS, NAME, "site")
    if os.path.isdir(root):
        shutil.rmtree(root)
    build_pages()
    build_ita69()
    build_ita68()
    build_docs()
    print("wrote", root)


if __name__ == "__main__":
    main()
