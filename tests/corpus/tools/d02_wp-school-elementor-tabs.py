#!/usr/bin/env python3
"""Blind pair D, site 2 (held out; labels written before any oitcheck run): wp-school-elementor-tabs.

โรงเรียนดอนมะค่าวิทยาคม (fictional secondary school under the fictional สพม.ลำน้ำใส), a WordPress + Elementor site
as Thai schools build them: pretty permalinks whose Thai slugs WordPress prints percent-encoded in lower-case hex,
upload URLs printed raw (UTF-8 Thai in href), root-relative links (a "relative URL" plugin), an Elementor header.

The ITA page (/ita/) is one Elementor "Nested Tabs" widget with two tabs, "ITA 2568" first (so it is the tab shown
when the page opens) and "ITA 2569" second; the menu's "ITA 2569" entry is /ita/?tab=2569, which an inline script
reads to switch tab (the server ignores the query).  Every item of both years is in the HTML: the 2568 tab uses the
classic Elementor accordion (.elementor-accordion-item), the 2569 tab the nested accordion (<details>/<summary>).
Documents are shown through plugins instead of plain links: PDF Embedder (<a class="pdfemb-viewer" href=...pdf>)
and the PDF.js viewer shortcode (<iframe src="/wp-content/plugins/pdfjs-viewer-shortcode/pdfjs/web/viewer.php?
file=...">, the PDF only in the file= parameter); some links go to WordPress attachment pages (/?attachment_id=N,
301 to the attachment's pretty URL) that link the file.  Executives' photos are lazy-loaded (data-lazy-src plus a
<noscript> <img>).  Q&A is a WordPress comment thread with a working comment form; the corruption-complaint page
shows a deleted Contact Form 7 form ([contact-form-7 404 "Not Found"]).

    python3 tests/corpus/tools/d02_wp-school-elementor-tabs.py

Writes tests/blind/wp-school-elementor-tabs/site/ (the labels are hand-written beside it).  Needs
fonts-thai-tlwg, fpdf2, uharfbuzz, openpyxl, python-docx and pillow.  Deterministic: fixed dates, seeded images.
"""

import hashlib
import html
import os
import re
import shutil
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_docs as M  # noqa: E402

# The blind sites live outside tests/corpus (whose CI floors must not see them yet).
M.CORPUS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "blind")

NAME = "wp-school-elementor-tabs"
SCHOOL = "โรงเรียนดอนมะค่าวิทยาคม"
ESA = "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำน้ำใส"
ADDR = "เลขที่ 99 หมู่ 7 ตำบลดอนมะค่า อำเภอโพนงาม จังหวัดลำน้ำใส 47180"
TEL = "0-4277-1254"
FAX = "0-4277-1255"
MAIL = "saraban@dmk.ac.th"
T = M.thai_digits
FONT = "Laksaman"   # closest TLWG face to TH Sarabun, which Thai schools type in


def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def slug(path):
    """A WordPress permalink as WordPress prints it: Thai percent-encoded with lower-case hex."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(path, safe="/-?=&"))


def w(rel, text):
    p = M.site_path(NAME, rel)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(text)


def up(rel):
    """Path on disk of an upload; rel like '2025/10/name.pdf'."""
    return M.site_path(NAME, "/wp-content/uploads/" + rel)


def U(rel):
    """URL of an upload, raw UTF-8 as WordPress prints attachment URLs."""
    return "/wp-content/uploads/" + rel


_ids = {}
ROUTES = {}


def shortlink(pid, rel):
    """The <link rel=shortlink href=/?p=N> WordPress prints redirects (301) to the permalink; the front
    page's shortlink is served as the front page itself."""
    if pid and rel != "/":
        ROUTES["/?p=%d" % pid] = {"redirect": slug(rel)}


def eid(key):
    """Elementor's 7-hex element ids, deterministic per key."""
    if key not in _ids:
        _ids[key] = hashlib.md5(key.encode()).hexdigest()[:7]
    return _ids[key]


# --------------------------------------------------------------------------------------------- templates
MENU = [
    ("หน้าแรก", "/", []),
    ("เกี่ยวกับโรงเรียน", "#", [
        ("ประวัติโรงเรียน", slug("/เกี่ยวกับโรงเรียน/ประวัติโรงเรียน/")),
        ("วิสัยทัศน์ พันธกิจ", slug("/เกี่ยวกับโรงเรียน/วิสัยทัศน์-พันธกิจ/")),
        ("โครงสร้างการบริหารงาน", slug("/เกี่ยวกับโรงเรียน/โครงสร้างการบริหารงาน/")),
        ("ผู้บริหารสถานศึกษา", slug("/เกี่ยวกับโรงเรียน/ผู้บริหารสถานศึกษา/")),
        ("ทำเนียบผู้บริหาร", slug("/เกี่ยวกับโรงเรียน/ทำเนียบผู้บริหาร/")),
        ("บุคลากร", slug("/เกี่ยวกับโรงเรียน/บุคลากร/")),
    ]),
    ("ข่าวสาร", slug("/category/ข่าวประชาสัมพันธ์/"), [
        ("ข่าวประชาสัมพันธ์", slug("/category/ข่าวประชาสัมพันธ์/")),
        ("ประกาศจัดซื้อจัดจ้าง", slug("/category/ประกาศจัดซื้อจัดจ้าง/")),
    ]),
    ("งานแผนงาน", slug("/งานแผนงาน/"), [
        ("แผนพัฒนาคุณภาพการศึกษา", slug("/งานแผนงาน/แผนพัฒนาคุณภาพการศึกษา/")),
        ("แผนปฏิบัติการประจำปี", slug("/งานแผนงาน/")),
    ]),
    ("ITA", "/ita/", [
        ("ITA 2569", "/ita/?tab=2569"),
        ("ITA 2568", "/ita/?tab=2568"),
    ]),
    ("บริการ", "#", [
        ("E-Service", "/e-service/"),
        ("รับสมัครนักเรียน 2569", slug("/รับสมัครนักเรียน-ปีการศึกษา-2569/")),
        ("ถาม-ตอบ", slug("/ถาม-ตอบ/")),
        ("แจ้งเรื่องร้องเรียนการทุจริต", slug("/ร้องเรียนการทุจริต/")),
        ("SGS ครู/นักเรียน", "https://sgs.bopp-obec.info/menu/"),
    ]),
    ("ติดต่อเรา", slug("/ติดต่อเรา/"), []),
]


def nav():
    out = ['<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal '
           'e--pointer-underline e--animation-fade" aria-label="Menu">',
           '<ul id="menu-1-5c1e7a2" class="elementor-nav-menu">']
    n = 40
    for label, href, sub in MENU:
        n += 1
        cls = "menu-item menu-item-type-post_type menu-item-object-page menu-item-%d" % n
        if sub:
            cls += " menu-item-has-children"
        out.append('<li class="%s"><a href="%s" class="elementor-item%s">%s</a>'
                   % (cls, a(href), " has-submenu" if sub else "", e(label)))
        if sub:
            out.append('<ul class="sub-menu elementor-nav-menu--dropdown">')
            for sl, sh in sub:
                n += 1
                out.append('<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-%d">'
                           '<a href="%s" class="elementor-sub-item">%s</a></li>' % (n, a(sh), e(sl)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "\n".join(out)


def head(title, page_id, extra_body_class=""):
    return """<!doctype html>
<html lang="th">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>%(title)s &#8211; %(school)s</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6' media='all' />
<link rel='stylesheet' id='elementor-post-%(pid)s-css' href='/wp-content/uploads/elementor/css/post-%(pid)s.css?ver=1743130021' media='all' />
<link rel='stylesheet' id='pdfemb_embed_pdf_css-css' href='/wp-content/plugins/pdf-embedder/assets/css/pdfemb.min.css?ver=4.8.2' media='all' />
<link rel='stylesheet' id='google-fonts-1-css' href='https://fonts.googleapis.com/css?family=Sarabun%%3A100%%2C400%%2C700&#038;display=swap&#038;ver=6.7.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.7.2" />
%(shortlink)s<meta name="generator" content="Elementor 3.27.6; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
<link rel="icon" href="/wp-content/uploads/2023/05/logo-dmk-32x32.png" sizes="32x32" />
</head>
<body class="page-template-default page page-id-%(pid)s wp-custom-logo wp-embed-responsive hello-elementor-default elementor-default elementor-kit-6 elementor-page elementor-page-%(pid)s%(extra)s">

<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>

		<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-3b1c6f0 e-flex e-con-boxed e-con e-parent" data-id="3b1c6f0" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
					<div class="e-con-inner">
				<div class="elementor-element elementor-element-0c5d2aa elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="0c5d2aa" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container">
											<a href="/">
			<img width="96" height="96" src="/wp-content/uploads/2023/05/logo-dmk.png" class="attachment-full size-full wp-image-12" alt="" />				</a>
										</div>
				</div>
				<div class="elementor-element elementor-element-5e0b9d4 elementor-widget elementor-widget-heading" data-id="5e0b9d4" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
					<h2 class="elementor-heading-title elementor-size-default">%(school)s<br><span style="font-size:15px">%(esa)s</span></h2>				</div>
				</div>
					</div>
				</div>
		<div class="elementor-element elementor-element-7a4e2c1 e-flex e-con-boxed e-con e-parent" data-id="7a4e2c1" data-element_type="container">
					<div class="e-con-inner">
				<div class="elementor-element elementor-element-5c1e7a2 elementor-nav-menu__align-center elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="5c1e7a2" data-element_type="widget" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
%(nav)s
				</div>
				</div>
					</div>
				</div>
				</div>
		""" % {"title": e(title), "school": SCHOOL, "esa": ESA, "pid": page_id, "nav": nav(),
               "extra": extra_body_class,
               "shortlink": "<link rel='shortlink' href='/?p=%s' />\n" % page_id if page_id else ""}


FOOT = """		<div data-elementor-type="footer" data-elementor-id="25" class="elementor elementor-25 elementor-location-footer" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-2f0a8e1 e-flex e-con-boxed e-con e-parent" data-id="2f0a8e1" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
					<div class="e-con-inner">
		<div class="elementor-element elementor-element-8d21f40 e-con-full e-flex e-con e-child" data-id="8d21f40" data-element_type="container">
				<div class="elementor-element elementor-element-b6a01c3 elementor-widget elementor-widget-text-editor" data-id="b6a01c3" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
									<p><strong>""" + SCHOOL + """</strong><br />""" + ADDR + """<br />โทรศัพท์ """ + TEL + """ โทรสาร """ + FAX + """<br />อีเมล """ + MAIL + """</p>								</div>
				</div>
				</div>
		<div class="elementor-element elementor-element-c0e9a7f e-con-full e-flex e-con e-child" data-id="c0e9a7f" data-element_type="container">
				<div class="elementor-element elementor-element-6e3b1d2 elementor-widget elementor-widget-text-editor" data-id="6e3b1d2" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
									<p>ลิงก์หน่วยงาน</p>
<ul>
<li><a href="https://www.obec.go.th/" target="_blank" rel="noopener">สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</a></li>
<li><a href="https://www.lamnamsai-sesa.go.th/" target="_blank" rel="noopener">""" + ESA + """</a></li>
<li><a href="https://www.facebook.com/donmakhawittayakhom" target="_blank" rel="noopener">Facebook โรงเรียน</a></li>
</ul>								</div>
				</div>
				</div>
					</div>
				</div>
		<div class="elementor-element elementor-element-1a9f3c0 e-flex e-con-boxed e-con e-parent" data-id="1a9f3c0" data-element_type="container">
					<div class="e-con-inner">
				<div class="elementor-element elementor-element-4b7e0d5 elementor-widget elementor-widget-text-editor" data-id="4b7e0d5" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
									<p>Copyright © 2026 """ + SCHOOL + """ | สถิติผู้เข้าชม 128,406 | Powered by WordPress &amp; Elementor</p>								</div>
				</div>
					</div>
				</div>
				</div>

<script src="/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.27.4" id="elementor-pro-webpack-runtime-js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.6" id="elementor-frontend-js"></script>
<script src="/wp-content/plugins/pdf-embedder/assets/js/pdfemb.min.js?ver=4.8.2" id="pdfemb_embed_pdf-js"></script>

</body>
</html>
"""


def container(key, inner, child=False):
    i = eid(key)
    if child:
        return ('<div class="elementor-element elementor-element-%s e-con-full e-flex e-con e-child" data-id="%s" '
                'data-element_type="container">\n%s\n</div>' % (i, i, inner))
    return ('<div class="elementor-element elementor-element-%s e-flex e-con-boxed e-con e-parent" data-id="%s" '
            'data-element_type="container">\n<div class="e-con-inner">\n%s\n</div>\n</div>' % (i, i, inner))


def widget(key, kind, inner, default="default"):
    i = eid(key)
    return ('<div class="elementor-element elementor-element-%s elementor-widget elementor-widget-%s" data-id="%s" '
            'data-element_type="widget" data-widget_type="%s.%s">\n<div class="elementor-widget-container">\n%s\n'
            '</div>\n</div>' % (i, kind, i, kind, default, inner))


def heading(key, text, tag="h2"):
    return widget(key, "heading", '<%s class="elementor-heading-title elementor-size-default">%s</%s>'
                  % (tag, text, tag))


def text(key, body_html):
    return widget(key, "text-editor", body_html)


def button(key, label, href=None):
    """Elementor button widget.  href=None: the link field left empty (Elementor prints no href at all)."""
    if href is None:
        link = '<a class="elementor-button elementor-size-sm" role="button">'
    else:
        link = '<a class="elementor-button elementor-button-link elementor-size-sm" href="%s">' % a(href)
    return widget(key, "button", '<div class="elementor-button-wrapper">\n' + link +
                  '\n<span class="elementor-button-content-wrapper"><span class="elementor-button-icon">'
                  '<svg aria-hidden="true" class="e-font-icon-svg e-fas-download" viewBox="0 0 512 512"></svg></span>'
                  '<span class="elementor-button-text">%s</span></span>\n</a>\n</div>' % e(label))


def pdfemb(url, label):
    """PDF Embedder's shortcode output: an <a> the plugin's script turns into an in-page viewer."""
    return ('<a href="%s" class="pdfemb-viewer" style="" data-width="max" data-height="max" data-mobile-width="500" '
            'data-scrollbar="none" data-download="on" data-tracking="on" data-newwindow="on" data-pagetextbox="off" '
            'data-scrolltotop="off" data-startzoom="100" data-startfpzoom="100" data-toolbar="bottom" '
            'data-toolbar-fixed="off">%s<br/></a>' % (a(url), e(label)))


VIEWER = "/wp-content/plugins/pdfjs-viewer-shortcode/pdfjs/web/viewer.php"


def pdfjs(url, height=800):
    """PDF.js Viewer Shortcode output: an iframe on the plugin's viewer; the PDF is only in file=."""
    src = (VIEWER + "?file=" + quote(url, safe="") +
           "&attachment_id=&dButton=true&pButton=true&oButton=false&sButton=true#zoom=auto&pagemode=none")
    return ('<iframe width="100%%" height="%dpx" src="%s" title="Embedded PDF" class="pdfjs-iframe"></iframe>'
            % (height, a(src)))


def page(rel, title, page_id, content, body_class=""):
    """A WordPress page at pretty permalink rel ('/a/b/' decoded): written to rel + index.html."""
    shortlink(page_id, rel)
    body = (head(title, page_id, body_class) +
            '<main id="content" class="site-main post-%s page type-page status-publish hentry">\n'
            '\t<div class="page-header">\n\t\t<h1 class="entry-title">%s</h1>\t</div>\n'
            '\t<div class="page-content">\n'
            '\t\t<div data-elementor-type="wp-page" data-elementor-id="%s" class="elementor elementor-%s" '
            'data-elementor-post-type="page">\n%s\n\t\t</div>\n'
            '\t\t<div class="post-tags"></div>\n\t</div>\n</main>\n' % (page_id, e(title), page_id, page_id, content)
            + FOOT)
    w(rel.rstrip("/") + "/index.html" if rel != "/" else "/index.html", body)


# --------------------------------------------------------------------------------------------- documents
GARUDA = [("center", "(ตราครุฑ)")]
HEAD_SCHOOL = [("center", SCHOOL), ("center", "อำเภอโพนงาม จังหวัดลำน้ำใส  " + ESA)]


def pdf(rel, blocks, **kw):
    kw.setdefault("font", FONT)
    kw.setdefault("base_size", 15)
    M.pdf_doc(up(rel), blocks, **kw)


SIGN_DIR = [("gap", 6), ("right", "(นายประเสริฐ ศรีบุญเรือง)"), ("right", "ผู้อำนวยการ" + SCHOOL)]

SKR_COLS = ["ลำดับที่", "งานจัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)",
            "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
            "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง", "เหตุผลที่คัดเลือกโดยสังเขป",
            "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]

# month, BE year, report date, rows
SKR_MONTHS = [
    ("ตุลาคม", "2568", "5 พฤศจิกายน 2568", [
        ("ซื้อวัสดุสำนักงาน (กระดาษ A4 หมึกพิมพ์)", 14850, 14850, "ร้านดอนมะค่าเครื่องเขียน", 14850,
         "ราคาไม่เกินวงเงิน คุณภาพตรงตามความต้องการ", "บส 1/2569 ลว. 14 ต.ค. 2568"),
        ("จ้างซ่อมเครื่องปรับอากาศห้องปฏิบัติการคอมพิวเตอร์ 2 เครื่อง", 9600, 9600, "ร้านโพนงามแอร์เซอร์วิส", 9500,
         "ผู้รับจ้างมีความชำนาญ ราคาเหมาะสม", "บจ 2/2569 ลว. 21 ต.ค. 2568"),
    ]),
    ("พฤศจิกายน", "2568", "4 ธันวาคม 2568", [
        ("จ้างเหมารถโดยสารนำนักเรียนเข้าค่ายลูกเสือ-เนตรนารี ม.1-ม.3", 48000, 48000, "หจก.โพนงามทรานสปอร์ต", 46500,
         "เสนอราคาต่ำสุด รถมีประกันภัยครบ", "บจ 5/2569 ลว. 10 พ.ย. 2568"),
        ("ซื้อวัสดุวิทยาศาสตร์ กลุ่มสาระการเรียนรู้วิทยาศาสตร์และเทคโนโลยี", 32400, 32400,
         "บริษัท ลำน้ำใสซายน์ จำกัด", 32100, "ราคาไม่เกินวงเงิน สินค้าตรงตามรายการ", "บส 6/2569 ลว. 18 พ.ย. 2568"),
        ("ซื้อน้ำมันเชื้อเพลิงรถยนต์ส่วนกลาง", 6000, 6000, "สถานีบริการน้ำมันดอนมะค่า", 6000,
         "ผู้ขายรายเดียวในพื้นที่", "บส 7/2569 ลว. 25 พ.ย. 2568"),
    ]),
    ("ธันวาคม", "2568", "6 มกราคม 2569", [
        ("จ้างเหมาจัดทำป้ายไวนิลและตกแต่งสถานที่งานกีฬาสี", 7500, 7500, "ร้านดอนมะค่าอิงค์เจ็ท", 7200,
         "ราคาเหมาะสม ส่งงานทันกำหนด", "บจ 9/2569 ลว. 8 ธ.ค. 2568"),
        ("ซื้อวัสดุกีฬา", 18900, 18900, "ร้านสปอร์ตโพนงาม", 18650, "เสนอราคาต่ำสุด", "บส 10/2569 ลว. 12 ธ.ค. 2568"),
    ]),
    ("มกราคม", "2569", "5 กุมภาพันธ์ 2569", [
        ("ซื้อครุภัณฑ์คอมพิวเตอร์ (เครื่องคอมพิวเตอร์โน้ตบุ๊ก) 5 เครื่อง", 110000, 109500,
         "บริษัท ไอทีลำน้ำใส จำกัด", 108500, "คุณลักษณะตรงตามเกณฑ์ราคามาตรฐานครุภัณฑ์ ราคาต่ำสุด",
         "สัญญาเลขที่ 1/2569 ลว. 20 ม.ค. 2569"),
        ("จ้างซ่อมแซมหลังคาอาคาร 2", 86000, 85400, "หจก.ช่างสมพงษ์ก่อสร้าง", 84900,
         "เสนอราคาต่ำสุด ผลงานเป็นที่เชื่อถือ", "สัญญาเลขที่ 2/2569 ลว. 27 ม.ค. 2569"),
    ]),
    ("กุมภาพันธ์", "2569", "5 มีนาคม 2569", [
        ("จ้างพิมพ์แบบทดสอบปลายภาคเรียนที่ 2/2568", 12600, 12600, "ร้านดอนมะค่าก๊อปปี้", 12300,
         "ราคาต่ำสุด", "บจ 14/2569 ลว. 9 ก.พ. 2569"),
    ]),
    ("มีนาคม", "2569", "3 เมษายน 2569", [
        ("ซื้อวัสดุงานบ้านงานครัว", 5800, 5800, "ร้านสมศรีพาณิชย์", 5750, "ราคาเหมาะสม", "บส 16/2569 ลว. 4 มี.ค. 2569"),
        ("จ้างเหมาบริการทำความสะอาดและตัดหญ้า ประจำเดือนมีนาคม 2569", 9000, 9000, "นางบุญมี ทองดี", 9000,
         "ผู้รับจ้างในชุมชน ราคาตามอัตราจ้าง", "บจ 17/2569 ลว. 2 มี.ค. 2569"),
    ]),
]
SKR_FILES = ["สขร1-ตุลาคม-2568.xlsx", "สขร1-พฤศจิกายน-2568.xlsx", "สขร1-ธันวาคม-2568.xlsx",
             "สขร1-มกราคม-2569.xlsx", "สขร1-กุมภาพันธ์-2569.xlsx", "สขร1-มีนาคม-2569.xlsx"]
SKR_DIRS = ["2025/11", "2025/12", "2026/01", "2026/02", "2026/03", "2026/04"]
SKR_ATT = [2301, 2312, 2327, 2340, 2356, 2371]


def skr_rows(rows):
    out = []
    for n, (job, budget, ref, vendor, price, why, contract) in enumerate(rows, 1):
        out.append([n, job, budget, ref, "เฉพาะเจาะจง", "%s / %s" % (vendor, format(price, ",")),
                    "%s / %s" % (vendor, format(price, ",")), why, contract])
    return out


def build_docs():
    # ---- O1 chart image (linked from the structure page)
    M.org_chart(up("2025/06/ผังโครงสร้างการบริหาร-2568.png"),
                "โครงสร้างการบริหารงาน" + SCHOOL + " ปีการศึกษา 2568", [
                    ["ผู้อำนวยการโรงเรียน"],
                    ["คณะกรรมการ\nสถานศึกษาขั้นพื้นฐาน", "สมาคมผู้ปกครองและครู\nสมาคมศิษย์เก่า"],
                    ["รองผู้อำนวยการ\nกลุ่มบริหารวิชาการ", "รองผู้อำนวยการ\nกลุ่มบริหารงบประมาณ",
                     "รองผู้อำนวยการ\nกลุ่มบริหารงานบุคคล", "รักษาการรองผู้อำนวยการ\nกลุ่มบริหารทั่วไป"],
                    ["งานหลักสูตร/วัดผล\nงานทะเบียน", "งานการเงิน บัญชี\nงานพัสดุ งานแผนงาน",
                     "งานอัตรากำลัง\nงานพัฒนาบุคลากร", "งานอาคารสถานที่\nงานสารบรรณ"]])
    for i, f in enumerate(["director-prasert", "deputy-kanokwan", "deputy-thanapol", "deputy-wilaiwan",
                           "acting-amnat"]):
        M.photo(up("2025/05/%s-300x400.jpg" % f), seed=900 + i, size=(150, 200))
    M.banner(up("2023/05/logo-dmk.png"), "ดม", size=(96, 96), bg=(120, 20, 60))
    M.banner(up("2023/05/logo-dmk-32x32.png"), "", size=(32, 32), bg=(120, 20, 60))
    M.banner(up("2026/03/banner-ita-2569.png"), "ITA 2569", "การประเมินคุณธรรมและความโปร่งใส " + SCHOOL)
    M.banner(up("2026/02/banner-admission-2569.png"), "รับสมัครนักเรียน ปีการศึกษา 2569",
             "ม.1 และ ม.4 สมัครออนไลน์ได้ที่เว็บไซต์โรงเรียน", bg=(20, 110, 60))

    # ---- O5 school development plan (shown through the PDF.js viewer on its own page)
    pdf("2025/07/แผนพัฒนาคุณภาพการศึกษา-2566-2570-ฉบับทบทวน.pdf", HEAD_SCHOOL + [
        ("title", "แผนพัฒนาคุณภาพการศึกษา " + SCHOOL),
        ("center", "พ.ศ. ๒๕๖๖ - ๒๕๗๐ (ฉบับทบทวน พ.ศ. ๒๕๖๘)"),
        ("h", "วิสัยทัศน์"),
        ("p", "ภายในปี พ.ศ. 2570 โรงเรียนดอนมะค่าวิทยาคมเป็นโรงเรียนคุณภาพของชุมชน ผู้เรียนมีความรู้คู่คุณธรรม "
              "มีทักษะในศตวรรษที่ 21 และดำรงชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียง"),
        ("h", "พันธกิจ"),
        ("p", "1. จัดการศึกษาให้ผู้เรียนมีคุณภาพตามมาตรฐานการศึกษาขั้นพื้นฐาน  2. พัฒนาครูและบุคลากรทางการศึกษาให้มีสมรรถนะ"
              "ตามมาตรฐานวิชาชีพ  3. บริหารจัดการแบบมีส่วนร่วมด้วยหลักธรรมาภิบาล  4. ส่งเสริมความร่วมมือกับผู้ปกครองและชุมชน"),
        ("h", "กลยุทธ์ของสถานศึกษา"),
        ("table", ["กลยุทธ์", "ตัวชี้วัดความสำเร็จ", "ค่าเป้าหมาย 2568", "ค่าเป้าหมาย 2569", "ค่าเป้าหมาย 2570"], [
            ["1. ยกระดับผลสัมฤทธิ์ทางการเรียน", "ร้อยละผู้เรียนที่มีผลการเรียนระดับ 3 ขึ้นไป", "55", "58", "60"],
            ["2. พัฒนาครูสู่มืออาชีพ", "ร้อยละครูที่ผ่านการพัฒนา 20 ชั่วโมงต่อปี", "90", "95", "100"],
            ["3. บริหารจัดการตามหลักธรรมาภิบาล", "ผลการประเมิน ITA ของโรงเรียน (คะแนน)", "85", "88", "90"],
            ["4. สร้างเครือข่ายความร่วมมือ", "จำนวนภาคีเครือข่ายที่ร่วมจัดการศึกษา", "12", "14", "15"]],
         [28, 34, 12, 13, 13]),
        ("p", "ความเห็นชอบของคณะกรรมการสถานศึกษาขั้นพื้นฐาน ในการประชุมครั้งที่ 3/2568 วันที่ 20 มิถุนายน 2568"),
    ] + SIGN_DIR, created=(2025, 7, 2))

    # ---- O6 trap: plans by ACADEMIC year (ปีการศึกษา), progress for semester 1 only
    pdf("2025/06/แผนปฏิบัติการประจำปีการศึกษา-2568.pdf", HEAD_SCHOOL + [
        ("title", "แผนปฏิบัติการประจำปีการศึกษา ๒๕๖๘"),
        ("center", "ระยะเวลาดำเนินการ 16 พฤษภาคม 2568 - 31 มีนาคม 2569"),
        ("p", "แผนปฏิบัติการฉบับนี้จัดทำตามปีการศึกษา โดยใช้งบประมาณจากเงินอุดหนุนรายหัว เงินกิจกรรมพัฒนาผู้เรียน "
              "และเงินรายได้สถานศึกษา ตามการจัดสรรของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"),
        ("table", ["โครงการ", "กลุ่มงานรับผิดชอบ", "งบประมาณ (บาท)", "ระยะเวลา"], [
            ["1. โครงการยกระดับผลสัมฤทธิ์ O-NET", "กลุ่มบริหารวิชาการ", "85,000", "มิ.ย. 68 - ก.พ. 69"],
            ["2. โครงการค่ายลูกเสือ-เนตรนารี", "กลุ่มบริหารทั่วไป", "120,000", "พ.ย. 68"],
            ["3. โครงการพัฒนาครูและบุคลากร", "กลุ่มบริหารงานบุคคล", "60,000", "พ.ค. 68 - มี.ค. 69"],
            ["4. โครงการปรับปรุงอาคารสถานที่", "กลุ่มบริหารทั่วไป", "150,000", "ต.ค. 68 - ม.ค. 69"],
            ["5. โครงการโรงเรียนคุณธรรม/ส่งเสริมความโปร่งใส", "กลุ่มบริหารงบประมาณ", "20,000", "ตลอดปีการศึกษา"],
            ["รวม", "", "435,000", ""]], [40, 25, 15, 20]),
    ] + SIGN_DIR, created=(2025, 6, 10))
    pdf("2025/11/รายงานผลการดำเนินงาน-ภาคเรียนที่-1-2568.pdf", HEAD_SCHOOL + [
        ("title", "รายงานผลการดำเนินงานตามแผนปฏิบัติการ ภาคเรียนที่ 1 ปีการศึกษา 2568"),
        ("center", "(16 พฤษภาคม 2568 - 10 ตุลาคม 2568)"),
        ("table", ["โครงการ", "งบประมาณ", "ใช้ไป", "ผลการดำเนินงาน"], [
            ["1. ยกระดับผลสัมฤทธิ์ O-NET", "85,000", "31,200", "ติวภาคเรียนที่ 1 แล้วเสร็จ"],
            ["2. ค่ายลูกเสือ-เนตรนารี", "120,000", "0", "ยังไม่ดำเนินการ (กำหนด พ.ย. 68)"],
            ["3. พัฒนาครูและบุคลากร", "60,000", "22,400", "อบรม PLC 2 ครั้ง"],
            ["4. ปรับปรุงอาคารสถานที่", "150,000", "0", "อยู่ระหว่างสำรวจราคา"],
            ["5. โรงเรียนคุณธรรม", "20,000", "6,500", "กิจกรรมความดี 1 โรงเรียน 1 คุณธรรม"]], [35, 15, 15, 35]),
        ("right", "ณ วันที่ 31 ตุลาคม 2568"),
    ], created=(2025, 11, 3))

    # ---- O7 annual report FY2568 (DOCX, behind an attachment page)
    M.docx_doc(up("2025/12/รายงานผลการดำเนินงานประจำปีงบประมาณ-2568.docx"), [
        ("title", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568"),
        ("center", SCHOOL + " " + ESA),
        ("center", "(1 ตุลาคม 2567 - 30 กันยายน 2568)"),
        ("h", "ส่วนที่ 1 ข้อมูลพื้นฐาน"),
        ("p", "ปีงบประมาณ 2568 โรงเรียนมีนักเรียน 642 คน ครู 34 คน บุคลากรสนับสนุน 9 คน เปิดสอนชั้นมัธยมศึกษาปีที่ 1-6"),
        ("h", "ส่วนที่ 2 ผลการดำเนินงานตามโครงการและการใช้จ่ายงบประมาณ"),
        ("table", ["โครงการ", "งบประมาณที่ได้รับ (บาท)", "ใช้จ่ายจริง (บาท)", "ผลการดำเนินงาน"], [
            ["ยกระดับผลสัมฤทธิ์ทางการเรียน", "80,000", "78,450", "ผล O-NET ม.3 เพิ่มขึ้น 3 วิชา"],
            ["ค่ายลูกเสือ-เนตรนารี", "115,000", "112,900", "นักเรียนเข้าร่วม 318 คน"],
            ["พัฒนาครูและบุคลากร", "55,000", "54,200", "ครูได้รับการพัฒนาครบร้อยละ 100"],
            ["ปรับปรุงห้องน้ำนักเรียน", "140,000", "139,800", "แล้วเสร็จ ส.ค. 2568"],
            ["รวม", "390,000", "385,350", "เบิกจ่ายร้อยละ 98.81"]]),
        ("h", "ส่วนที่ 3 ปัญหา อุปสรรค และข้อเสนอแนะ"),
        ("p", "1. งบประมาณค่าสาธารณูปโภคไม่เพียงพอ ต้องใช้เงินรายได้สถานศึกษาสมทบ  "
              "2. ครูย้ายระหว่างปี 3 คน ทำให้ต้องปรับภาระงานสอน  ข้อเสนอแนะ: ควรวางแผนอัตรากำลังล่วงหน้า"),
        ("right", "งานแผนงาน กลุ่มบริหารงบประมาณ  ธันวาคม 2568"),
    ], created=(2025, 12, 8), author="แผนงาน ดม.")

    # ---- O8 staff manual
    pdf("2025/08/คู่มือการปฏิบัติงาน-กลุ่มบริหารงบประมาณ.pdf", HEAD_SCHOOL + [
        ("title", "คู่มือการปฏิบัติงาน กลุ่มบริหารงบประมาณ"),
        ("center", "งานการเงิน งานบัญชี งานพัสดุ  ฉบับปรับปรุง สิงหาคม 2568"),
        ("h", "1. วัตถุประสงค์"),
        ("p", "เพื่อให้ครูและเจ้าหน้าที่ที่ได้รับมอบหมายงานการเงินและพัสดุปฏิบัติงานถูกต้องตามระเบียบกระทรวงการคลัง "
              "ว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 เป็นมาตรฐานเดียวกัน"),
        ("h", "2. ขั้นตอนการจัดซื้อจัดจ้างวงเงินไม่เกิน 100,000 บาท (วิธีเฉพาะเจาะจง)"),
        ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"], [
            ["1", "กลุ่มสาระ/งาน เสนอบันทึกขอซื้อขอจ้างตามแผน", "1 วัน", "หัวหน้างาน/ครูผู้รับผิดชอบโครงการ"],
            ["2", "เจ้าหน้าที่พัสดุจัดทำรายงานขอซื้อขอจ้าง เสนอผู้อำนวยการ", "1-2 วัน", "เจ้าหน้าที่พัสดุ"],
            ["3", "ตรวจรับพัสดุโดยคณะกรรมการหรือผู้ตรวจรับ", "ตามสัญญา", "กรรมการตรวจรับพัสดุ"],
            ["4", "วางฎีกาเบิกจ่ายและบันทึกในระบบ e-GP / KTB Corporate Online", "3 วันทำการ", "เจ้าหน้าที่การเงิน"],
            ["5", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) เผยแพร่บนเว็บไซต์", "ภายใน 10 วันของเดือนถัดไป",
             "เจ้าหน้าที่พัสดุ"]], [10, 45, 20, 25]),
        ("h", "3. การเบิกจ่ายเงินอุดหนุนรายหัว"),
        ("p", "ให้เบิกจ่ายตามแผนปฏิบัติการที่ได้รับอนุมัติ โดยแยกประเภทเงินตามที่ สพฐ. กำหนด และจัดทำทะเบียนคุมเงินนอกงบประมาณ"),
    ], created=(2025, 8, 18))

    # ---- O11 monthly สขร.1, one XLSX per month (behind attachment pages)
    for (mon, yr, when, rows), fname, d in zip(SKR_MONTHS, SKR_FILES, SKR_DIRS):
        sheet = [["แบบ สขร.1"],
                 ["สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน %s พ.ศ. %s" % (mon, yr)],
                 [SCHOOL + " " + ESA],
                 ["วันที่ " + when],
                 SKR_COLS] + skr_rows(rows)
        M.xlsx_doc(up(d + "/" + fname), [("สขร.1 " + mon[:3], sheet)], created=(2025 + (d >= "2026"),
                                                                                 int(d[5:]), 6))

    # ---- O12 trap: named as the FY2568 annual report, content covers ต.ค. 67 - มี.ค. 68 only
    pdf("2025/10/สรุปผลการจัดซื้อจัดจ้าง-ปีงบประมาณ-2568.pdf", HEAD_SCHOOL + [
        ("title", "รายงานสรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2568"),
        ("center", "รอบ 6 เดือน (1 ตุลาคม 2567 - 31 มีนาคม 2568)"),
        ("table", ["วิธีการจัดซื้อจัดจ้าง", "จำนวนโครงการ", "วงเงินงบประมาณ (บาท)", "ราคาที่จัดซื้อจัดจ้าง (บาท)"], [
            ["วิธีเฉพาะเจาะจง", "41", "812,450", "798,320"],
            ["วิธีคัดเลือก", "0", "0", "0"],
            ["วิธีประกาศเชิญชวนทั่วไป (e-bidding)", "1", "498,000", "489,000"],
            ["รวม", "42", "1,310,450", "1,287,320"]], [40, 15, 22, 23]),
        ("h", "ปัญหาอุปสรรค"),
        ("p", "ผู้ขายในพื้นที่มีน้อย ทำให้การเปรียบเทียบราคาทำได้จำกัด"),
        ("right", "งานพัสดุ กลุ่มบริหารงบประมาณ  ข้อมูล ณ 31 มีนาคม 2568"),
    ], created=(2025, 4, 8))

    # ---- O14 trap: linked as the FY2568 HR report, it is FY2567 (Thai digits)
    pdf("2024/11/รายงานผลการบริหารงานบุคคล.pdf", HEAD_SCHOOL + [
        ("title", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล"),
        ("center", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("table", ["รายการ", "เป้าหมาย", "ผล"], [
            ["ครูได้รับการพัฒนาตามแผนพัฒนาบุคลากร", "๓๒ คน", "๓๒ คน"],
            ["การประเมินวิทยฐานะ (ว PA)", "๖ คน", "๔ คน"],
            ["การสรรหาครูอัตราจ้าง", "๒ อัตรา", "๒ อัตรา"]], [50, 25, 25]),
        ("p", "การพัฒนาบุคลากรดำเนินการตามแผนพัฒนาบุคลากร ปีงบประมาณ ๒๕๖๗ ครบทุกกิจกรรม"),
        ("right", "กลุ่มบริหารงานบุคคล  ตุลาคม ๒๕๖๗"),
    ], created=(2024, 11, 4))

    # ---- O15 code of ethics + ethics promotion FY2569
    pdf("2025/11/ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม-2569.pdf", HEAD_SCHOOL + [
        ("title", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม ปีงบประมาณ พ.ศ. 2569"),
        ("h", "1. ประมวลจริยธรรมข้าราชการครูและบุคลากรทางการศึกษา (สรุป)"),
        ("p", "ยึดมั่นในสถาบันหลักของประเทศ ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี รับผิดชอบ ยึดถือประโยชน์ของประเทศชาติเหนือกว่า"
              "ประโยชน์ส่วนตน ไม่มีผลประโยชน์ทับซ้อน ปฏิบัติหน้าที่อย่างเป็นธรรม ไม่เลือกปฏิบัติ ดำรงตนเป็นแบบอย่างที่ดี"),
        ("h", "2. คำสั่งโรงเรียนดอนมะค่าวิทยาคม ที่ 212/2568 เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนจริยธรรม"),
        ("p", "ลงวันที่ 3 พฤศจิกายน 2568 ประกอบด้วยผู้อำนวยการเป็นประธาน รองผู้อำนวยการกลุ่มบริหารงานบุคคลเป็นรองประธาน "
              "และครูหัวหน้ากลุ่มสาระ 8 คนเป็นคณะทำงาน"),
        ("h", "3. สิ่งที่ควรทำและไม่ควรทำ (Do & Don't)"),
        ("table", ["ควรทำ (Do)", "ไม่ควรทำ (Don't)"], [
            ["ปฏิบัติต่อนักเรียนและผู้ปกครองอย่างเท่าเทียม", "รับของขวัญหรือประโยชน์จากผู้ปกครองเพื่อแลกกับผลการเรียน"],
            ["เปิดเผยข้อมูลการเงินของโรงเรียนตามระเบียบ", "ใช้ทรัพย์สินของโรงเรียนเพื่อประโยชน์ส่วนตัว"]]),
        ("h", "4. กิจกรรมขับเคลื่อนจริยธรรม ปีงบประมาณ 2569"),
        ("p", "อบรมครูเรื่องจรรยาบรรณวิชาชีพและการป้องกันผลประโยชน์ทับซ้อน 14 พฤศจิกายน 2568 (ครูเข้าร่วม 34 คน)"),
    ], created=(2025, 11, 20))

    # ---- O16 complaint-handling guideline (behind an attachment page)
    pdf("2025/10/คู่มือการจัดการเรื่องร้องเรียน.pdf", HEAD_SCHOOL + [
        ("title", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
        ("center", SCHOOL + "  ปรับปรุง ตุลาคม 2568"),
        ("h", "หน่วยงานที่รับผิดชอบ"),
        ("p", "ศูนย์รับเรื่องร้องเรียน " + SCHOOL + " (งานสารบรรณ กลุ่มบริหารทั่วไป) โทร " + TEL + " ต่อ 105"),
        ("h", "ช่องทางการร้องเรียน"),
        ("p", "1. ยื่นด้วยตนเองที่ห้องธุรการ  2. ทางไปรษณีย์ถึงผู้อำนวยการโรงเรียน  3. แบบฟอร์มร้องเรียนบนเว็บไซต์โรงเรียน  "
              "4. ร้องเรียนผ่าน สพม.ลำน้ำใส หรือ สำนักงาน ป.ป.ช."),
        ("h", "ขั้นตอนการจัดการเรื่องร้องเรียน"),
        ("table", ["ขั้นตอน", "การดำเนินการ", "ระยะเวลา"], [
            ["1", "รับเรื่อง ลงทะเบียน และแจ้งผู้ร้องว่าได้รับเรื่องแล้ว", "ภายใน 1 วันทำการ"],
            ["2", "เสนอผู้อำนวยการพิจารณา / แต่งตั้งผู้ตรวจสอบข้อเท็จจริง", "ภายใน 3 วันทำการ"],
            ["3", "ตรวจสอบข้อเท็จจริงและรายงานผล", "ภายใน 15 วันทำการ"],
            ["4", "แจ้งผลการดำเนินการให้ผู้ร้องทราบ (กรณีระบุชื่อที่อยู่)", "ภายใน 15 วันนับแต่ได้ข้อยุติ"],
            ["5", "กรณีเกินอำนาจของโรงเรียน ส่งเรื่องต่อ สพม.ลำน้ำใส", "ภายใน 3 วันทำการ"]], [12, 58, 30]),
        ("p", "ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ"),
    ], created=(2025, 10, 9))

    # ---- O18 complaint statistics FY2568 (PDF + XLSX)
    stat_rows = [["ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2567)", 0, 0, 0, "-"],
                 ["ไตรมาสที่ 2 (ม.ค. - มี.ค. 2568)", 1, 1, 0, "ร้องเรียนการเรียกเก็บเงินค่าเรียนพิเศษ ตรวจสอบแล้วไม่มีมูล"],
                 ["ไตรมาสที่ 3 (เม.ย. - มิ.ย. 2568)", 0, 0, 0, "-"],
                 ["ไตรมาสที่ 4 (ก.ค. - ก.ย. 2568)", 0, 0, 0, "-"],
                 ["รวม", 1, 1, 0, ""]]
    stat_head = ["ช่วงเวลา", "จำนวนเรื่องร้องเรียนการทุจริต", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ",
                 "หมายเหตุ"]
    M.xlsx_doc(up("2025/10/สถิติเรื่องร้องเรียนการทุจริต-2568.xlsx"), [("สถิติ 2568", [
        ["ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568"], [SCHOOL], stat_head]
        + stat_rows)], created=(2025, 10, 7))
    pdf("2025/10/สถิติเรื่องร้องเรียนการทุจริต-2568.pdf", HEAD_SCHOOL + [
        ("title", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568"),
        ("table", stat_head, [[str(c) for c in r] for r in stat_rows], [26, 16, 16, 16, 26]),
        ("right", "ข้อมูล ณ วันที่ 30 กันยายน 2568"),
    ], created=(2025, 10, 7))

    # ---- O19 participation FY2569 (report linked from the news post and the ITA row)
    pdf("2025/11/รายงานผลการเปิดโอกาสให้มีส่วนร่วม-2569.pdf", HEAD_SCHOOL + [
        ("title", "รายงานผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569"),
        ("h", "กิจกรรม: ประชุมผู้ปกครองและชุมชนรับฟังความคิดเห็นต่อแผนปฏิบัติการและการใช้เงินอุดหนุน"),
        ("p", "วันที่ 8 พฤศจิกายน 2568 ณ หอประชุมโรงเรียน ผู้เข้าร่วม: ผู้ปกครอง 212 คน คณะกรรมการสถานศึกษา 9 คน "
              "ผู้นำชุมชน/ผู้ใหญ่บ้าน 6 คน ผู้แทน อบต.ดอนมะค่า 2 คน"),
        ("h", "ข้อเสนอจากผู้เข้าร่วม"),
        ("p", "1. ขอให้จัดรถรับส่งนักเรียนหมู่บ้านที่อยู่ห่างไกล  2. ขอให้ปรับปรุงหลังคาอาคาร 2 ที่รั่วซึม  "
              "3. ขอให้เปิดเผยรายการใช้จ่ายเงินระดมทรัพยากรทุกภาคเรียน"),
        ("h", "การนำข้อเสนอไปใช้"),
        ("p", "บรรจุโครงการซ่อมหลังคาอาคาร 2 ในแผน (ดำเนินการ ม.ค. 2569) และประกาศรายการใช้จ่ายเงินระดมทรัพยากรบนเว็บไซต์"),
        ("right", "งานสัมพันธ์ชุมชน กลุ่มบริหารทั่วไป  20 พฤศจิกายน 2568"),
    ], created=(2025, 11, 20))

    # ---- O20 No Gift FY2569 (shown in the hub through the PDF.js viewer)
    pdf("2025/10/NoGift-2569.pdf", GARUDA + [
        ("title", "ประกาศโรงเรียนดอนมะค่าวิทยาคม"),
        ("center", "เรื่อง เจตนารมณ์การไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"),
        ("center", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
        ("p", "ผู้บริหาร ครู และบุคลากรทางการศึกษาโรงเรียนดอนมะค่าวิทยาคม จะไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใด "
              "จากผู้ปกครอง นักเรียน ผู้ประกอบการ หรือบุคคลใดอันเนื่องมาจากการปฏิบัติหน้าที่ ทั้งในเทศกาลและโอกาสอื่น"),
        ("p", "ทั้งนี้ การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาให้เป็นไปตามมาตรา 128 แห่งพระราชบัญญัติประกอบรัฐธรรมนูญ"
              "ว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 และประกาศคณะกรรมการ ป.ป.ช. (ราคาไม่เกิน 3,000 บาท ต่อบุคคล ต่อโอกาส)"),
        ("right", "ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. ๒๕๖๘"),
    ] + SIGN_DIR + [
        ("page",),
        ("title", "รายงานผลการขับเคลื่อนนโยบาย No Gift Policy (ต.ค. 2568 - มี.ค. 2569)"),
        ("table", ["กิจกรรม", "วันที่", "ผล"], [
            ["ประชุมชี้แจงครูและบุคลากร เรื่องหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128", "6 ต.ค. 2568", "ผู้เข้าร่วม 43 คน"],
            ["ประชาสัมพันธ์งดให้ของขวัญผ่านหนังสือแจ้งผู้ปกครองช่วงปีใหม่", "15 ธ.ค. 2568", "แจ้งผู้ปกครองทุกห้องเรียน"],
            ["รายงานการรับของขวัญ ช่วงเทศกาลปีใหม่ 2569", "10 ม.ค. 2569", "ไม่มีการรับ"]], [50, 20, 30]),
    ], created=(2025, 10, 1))

    # ---- O22 trap: linked under 2569 O22 (and 2568 O24), it is the FY2567 report
    pdf("2024/10/รายงานผลการบริหารจัดการความเสี่ยง-2567.pdf", HEAD_SCHOOL + [
        ("title", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต"),
        ("center", "ประจำปีงบประมาณ พ.ศ. 2567"),
        ("table", ["ความเสี่ยง", "มาตรการ", "ผลการดำเนินการ"], [
            ["การจัดซื้อจัดจ้างเอื้อประโยชน์ผู้ขายบางราย", "สืบราคาอย่างน้อย 2 ราย เผยแพร่ สขร.1 ทุกเดือน", "ดำเนินการครบ 12 เดือน"],
            ["การเรียกรับเงินในการรับนักเรียน", "ประกาศงดเก็บเงินแป๊ะเจี๊ยะ ตั้งกรรมการรับสมัคร", "ไม่พบการร้องเรียน"]],
         [35, 35, 30]),
        ("right", "ข้อมูล ณ วันที่ 30 กันยายน 2567"),
    ], created=(2024, 10, 15))

    # ---- O23 anti-corruption action plan FY2569
    pdf("2025/10/แผนปฏิบัติการป้องกันการทุจริต-2569.pdf", HEAD_SCHOOL + [
        ("title", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2569"),
        ("table", ["โครงการ/กิจกรรม", "งบประมาณ", "ระยะเวลา", "ผู้รับผิดชอบ"], [
            ["1. โครงการโรงเรียนสุจริต: ค่ายเยาวชนคนดีไม่โกง", "8,000", "ธ.ค. 2568", "กลุ่มบริหารทั่วไป"],
            ["2. กิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน", "-", "ต.ค. 2568 - ก.ย. 2569", "งานพัสดุ"],
            ["3. อบรมครูเรื่องผลประโยชน์ทับซ้อนและ No Gift Policy", "3,000", "พ.ย. 2568", "กลุ่มบริหารงานบุคคล"],
            ["4. กิจกรรมบริษัทสร้างการดี (ร้านค้าสวัสดิการนักเรียน)", "2,000", "ตลอดปี", "กลุ่มบริหารงบประมาณ"]],
         [45, 15, 20, 20]),
        ("right", "อนุมัติ ณ วันที่ 2 ตุลาคม 2568"),
    ] + SIGN_DIR, created=(2025, 10, 2))

    # ---- O24 trap: the FY2568 anti-corruption report exists but nothing links it
    pdf("2025/11/O24-รายงานผลการดำเนินการป้องกันการทุจริต-2568.pdf", HEAD_SCHOOL + [
        ("title", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568"),
        ("table", ["โครงการ/กิจกรรม", "ผลการดำเนินการ"], [
            ["โครงการโรงเรียนสุจริต", "นักเรียนแกนนำ 60 คน ผ่านค่าย"],
            ["เผยแพร่ สขร.1 รายเดือน", "ครบ 12 เดือน"]]),
    ], created=(2025, 11, 12))

    # ---- O25 trap: integrity measures with no analysis of the ITA 2568 result
    pdf("2026/01/มาตรการส่งเสริมคุณธรรม-2569.pdf", HEAD_SCHOOL + [
        ("title", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569"),
        ("p", "เพื่อให้การบริหารงานของโรงเรียนเป็นไปด้วยความโปร่งใส ตรวจสอบได้ โรงเรียนจึงกำหนดมาตรการ ดังนี้"),
        ("table", ["มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ"], [
            ["1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "ปรับปรุงหน้า ITA บนเว็บไซต์ทุกไตรมาส", "งานประชาสัมพันธ์"],
            ["2. มาตรการป้องกันการรับสินบน", "ประกาศ No Gift Policy และแจ้งผู้ปกครอง", "กลุ่มบริหารงานบุคคล"],
            ["3. มาตรการป้องกันผลประโยชน์ทับซ้อน", "ให้กรรมการจัดซื้อลงนามไม่มีส่วนได้เสีย", "งานพัสดุ"],
            ["4. มาตรการส่งเสริมความโปร่งใสในการรับนักเรียน", "ประกาศผลการคัดเลือกและคะแนนบนเว็บไซต์", "งานรับนักเรียน"]],
         [32, 43, 25]),
        ("right", "ประกาศ ณ วันที่ 9 มกราคม 2569"),
    ] + SIGN_DIR, created=(2026, 1, 9))

    # ---- O26 report on integrity measures FY2568
    pdf("2025/11/รายงานผลมาตรการส่งเสริมคุณธรรม-2568.pdf", HEAD_SCHOOL + [
        ("title", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
        ("center", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("table", ["มาตรการ", "ผลการดำเนินการ", "ปัญหา/ข้อเสนอแนะ"], [
            ["เผยแพร่ข้อมูลต่อสาธารณะ", "ปรับปรุงหน้า ITA 2568 ครบ 26 ข้อ", "ควรแต่งตั้งผู้ดูแลเว็บไซต์สำรอง"],
            ["ป้องกันการรับสินบน", "ประกาศ No Gift Policy 1 ต.ค. 2567 ไม่มีการรับของขวัญ", "-"],
            ["ป้องกันผลประโยชน์ทับซ้อน", "กรรมการจัดซื้อลงนามครบทุกโครงการ", "-"],
            ["ความโปร่งใสในการรับนักเรียน", "ประกาศผลคัดเลือกพร้อมคะแนน", "-"]], [30, 40, 30]),
        ("right", "ข้อมูล ณ วันที่ 30 กันยายน 2568"),
    ], created=(2025, 11, 5))

    # ---- last year's (ITA 2568 tab) documents: FY2568 plans and FY2567 reports
    old = [
        ("2024/06/แผนปฏิบัติการประจำปีการศึกษา-2567.pdf", "แผนปฏิบัติการประจำปีการศึกษา 2567",
         "ระยะเวลาดำเนินการ 16 พฤษภาคม 2567 - 31 มีนาคม 2568", (2024, 6, 12)),
        ("2024/12/รายงานผลการดำเนินงานประจำปีงบประมาณ-2567.pdf", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567",
         "(1 ตุลาคม 2566 - 30 กันยายน 2567)", (2024, 12, 10)),
        ("2024/10/สถิติการให้บริการ-2567.pdf", "ข้อมูลสถิติการให้บริการ ปีงบประมาณ 2567",
         "บริการขอเอกสารทางการศึกษา 318 ครั้ง บริการรับสมัครนักเรียนออนไลน์ 402 ครั้ง", (2024, 10, 3)),
        ("2025/04/สขร1-ตค67-มีค68.pdf", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง (สขร.1) ตุลาคม 2567 - มีนาคม 2568",
         "รวม 6 เดือน 42 รายการ", (2025, 4, 8)),
        ("2024/10/รายงานสรุปผลการจัดซื้อจัดจ้าง-ปีงบประมาณ-2567.pdf",
         "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567", "(1 ตุลาคม 2566 - 30 กันยายน 2567)", (2024, 10, 20)),
        ("2024/11/แผนการบริหารและพัฒนาทรัพยากรบุคคล-2568.pdf",
         "แผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568", "แผนอัตรากำลังและแผนพัฒนาบุคลากร", (2024, 11, 1)),
        ("2024/11/ประมวลจริยธรรม-2568.pdf", "ประมวลจริยธรรมข้าราชการครูและบุคลากรทางการศึกษา และการขับเคลื่อนจริยธรรม 2568",
         "คำสั่งแต่งตั้งคณะทำงาน ที่ 198/2567", (2024, 11, 8)),
        ("2024/10/สถิติเรื่องร้องเรียน-2567.pdf", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2567",
         "ไม่มีเรื่องร้องเรียน", (2024, 10, 9)),
        ("2025/02/รายงานการมีส่วนร่วม-2568.pdf", "รายงานผลการเปิดโอกาสให้เกิดการมีส่วนร่วม ปีงบประมาณ 2568",
         "ประชุมผู้ปกครอง 9 พฤศจิกายน 2567", (2025, 2, 3)),
        ("2024/10/NoGift-2568.pdf", "ประกาศเจตนารมณ์ No Gift Policy ประจำปีงบประมาณ พ.ศ. 2568",
         "ประกาศ ณ วันที่ 1 ตุลาคม 2567", (2024, 10, 1)),
        ("2025/01/รายงานการรับทรัพย์สิน-2568.pdf", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ปีงบประมาณ 2568",
         "ไม่มีการรับทรัพย์สินหรือประโยชน์อื่นใด", (2025, 1, 10)),
        ("2024/11/การประเมินความเสี่ยงการทุจริต-2568.pdf",
         "การประเมินความเสี่ยงการทุจริตและการให้หรือรับสินบน ประจำปีงบประมาณ พ.ศ. 2568",
         "ความเสี่ยงสูง: การรับนักเรียน การจัดซื้อจัดจ้าง", (2024, 11, 15)),
        ("2024/10/แผนปฏิบัติการป้องกันการทุจริต-2568.pdf", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2568",
         "4 โครงการ งบประมาณ 12,000 บาท", (2024, 10, 2)),
        ("2025/01/มาตรการส่งเสริมคุณธรรม-2568.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2568",
         "วิเคราะห์ผลการประเมิน ITA 2567 (86.41 คะแนน) และกำหนดมาตรการ", (2025, 1, 14)),
    ]
    for rel, title, sub, when in old:
        pdf(rel, HEAD_SCHOOL + [("title", title), ("center", sub),
                                ("p", "เอกสารเผยแพร่ประกอบการประเมินคุณธรรมและความโปร่งใส ITA ปี 2568")],
            created=when)


# --------------------------------------------------------------------------------------------- posts
# (date, slug, title, body_html, post_id); dates are shown by WordPress's Thai locale: Thai month, CE year.
TH_MONTHS = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
             "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
P19 = "/2025/11/08/ประชุมผู้ปกครองและชุมชน-รับฟังความคิดเห็นต่อแผนปฏิบัติการ-ปีงบประมาณ-2569/"
P_ADMIT = "/2026/03/02/ประกาศรับสมัครนักเรียน-ม-1-และ-ม-4-ปีการศึกษา-2569/"
P_OLD19 = "/2024/11/09/ประชุมผู้ปกครองนักเรียน-ภาคเรียนที่-2-2567/"
ADMIT = "/รับสมัครนักเรียน-ปีการศึกษา-2569/"
GFORM_ADMIT = "https://docs.google.com/forms/d/e/1FAIpQLSdX3mK8-donmakha2569admission/viewform"
GFORM_DOCS = "https://docs.google.com/forms/d/e/1FAIpQLScQ7pV2-donmakha-request-docs/viewform"
POSTS = [
    ((2026, 4, 2), "/2026/04/02/ประกาศผลการคัดเลือกนักเรียน-ม-1-ปีการศึกษา-2569/",
     "ประกาศผลการคัดเลือกนักเรียนเข้าศึกษาต่อชั้น ม.1 ปีการศึกษา 2569", 2388,
     "<p>โรงเรียนดอนมะค่าวิทยาคม ประกาศรายชื่อผู้ผ่านการคัดเลือกเข้าศึกษาต่อชั้นมัธยมศึกษาปีที่ 1 ปีการศึกษา 2569 "
     "จำนวน 200 คน รายงานตัวและมอบตัววันที่ 4 เมษายน 2569 เวลา 08.30 น. ณ หอประชุมโรงเรียน</p>"),
    ((2026, 3, 2), P_ADMIT, "ประกาศรับสมัครนักเรียน ม.1 และ ม.4 ปีการศึกษา 2569", 2349,
     "<p>โรงเรียนดอนมะค่าวิทยาคม เปิดรับสมัครนักเรียนชั้น ม.1 และ ม.4 ปีการศึกษา 2569 รอบทั่วไป วันที่ 7-11 มีนาคม 2569 "
     "สมัครได้ทั้งที่โรงเรียนและทางออนไลน์</p>\n<p><img decoding=\"async\" src=\"" + U("2026/02/banner-admission-2569.png") +
     "\" alt=\"\" width=\"960\" height=\"110\" /></p>\n<p>รายละเอียดและสมัครออนไลน์ <a href=\"" + slug(ADMIT) +
     "\">คลิกที่นี่</a></p>"),
    ((2026, 2, 20), "/2026/02/20/พิธีมอบประกาศนียบัตร-ม-3-และ-ม-6-ปีการศึกษา-2568/",
     "พิธีมอบประกาศนียบัตร ม.3 และ ม.6 ปีการศึกษา 2568", 2331,
     "<p>วันที่ 20 กุมภาพันธ์ 2569 นายประเสริฐ ศรีบุญเรือง ผู้อำนวยการโรงเรียน เป็นประธานมอบประกาศนียบัตรแก่นักเรียน"
     "ชั้น ม.3 จำนวน 98 คน และ ม.6 จำนวน 87 คน</p>"),
    ((2026, 1, 16), "/2026/01/16/วันครู-ครั้งที่-70-ประจำปี-2569/", "กิจกรรมวันครู ครั้งที่ 70 ประจำปี 2569", 2318,
     "<p>คณะครูและนักเรียนร่วมพิธีไหว้ครูและกิจกรรมวันครู ณ หอประชุม สพม.ลำน้ำใส เมื่อวันที่ 16 มกราคม 2569</p>"),
    ((2025, 12, 5), "/2025/12/05/กิจกรรมวันพ่อแห่งชาติ-5-ธันวาคม-2568/", "กิจกรรมวันพ่อแห่งชาติ 5 ธันวาคม 2568", 2297,
     "<p>โรงเรียนจัดกิจกรรมน้อมรำลึกเนื่องในวันคล้ายวันพระบรมราชสมภพ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช "
     "บรมนาถบพิตร วันชาติ และวันพ่อแห่งชาติ 5 ธันวาคม 2568</p>"),
    ((2025, 11, 8), P19, "ประชุมผู้ปกครองและชุมชน รับฟังความคิดเห็นต่อแผนปฏิบัติการ ปีงบประมาณ 2569", 2283,
     "<p>วันเสาร์ที่ 8 พฤศจิกายน 2568 โรงเรียนดอนมะค่าวิทยาคม จัดประชุมผู้ปกครองนักเรียนทุกระดับชั้น ร่วมกับคณะกรรมการ"
     "สถานศึกษาขั้นพื้นฐาน ผู้นำชุมชน และผู้แทน อบต.ดอนมะค่า เพื่อรับฟังความคิดเห็นต่อแผนปฏิบัติการและการใช้จ่ายเงินอุดหนุน "
     "ปีงบประมาณ 2569 มีผู้เข้าร่วมกว่า 220 คน ผู้ปกครองเสนอให้ซ่อมหลังคาอาคาร 2 และจัดรถรับส่งนักเรียน "
     "ซึ่งโรงเรียนได้บรรจุไว้ในแผนแล้ว</p>\n<p>" +
     pdfemb(U("2025/11/รายงานผลการเปิดโอกาสให้มีส่วนร่วม-2569.pdf"), "รายงานผลการเปิดโอกาสให้มีส่วนร่วม-2569") + "</p>"),
    # FY2568 and older: page 2 of the category
    ((2025, 9, 12), "/2025/09/12/ค่ายวิชาการ-ม-6-เตรียมสอบ-tgat-tpat/", "ค่ายวิชาการ ม.6 เตรียมสอบ TGAT/TPAT", 2240,
     "<p>กลุ่มบริหารวิชาการจัดค่ายติวเข้ม TGAT/TPAT ให้นักเรียน ม.6 วันที่ 12-13 กันยายน 2568</p>"),
    ((2024, 11, 9), P_OLD19, "ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2/2567", 1932,
     "<p>โรงเรียนจัดประชุมผู้ปกครองนักเรียนภาคเรียนที่ 2 ปีการศึกษา 2567 เมื่อวันที่ 9 พฤศจิกายน 2567</p>"),
]
PROC_POST = ("/2026/01/28/ประกาศผู้ชนะการเสนอราคา-ซื้อครุภัณฑ์คอมพิวเตอร์-5-เครื่อง/",
             "ประกาศผู้ชนะการเสนอราคา ซื้อครุภัณฑ์คอมพิวเตอร์ (โน้ตบุ๊ก) 5 เครื่อง โดยวิธีเฉพาะเจาะจง", 2336,
             (2026, 1, 28))


def thai_date(d):
    return "%d %s %d" % (d[2], TH_MONTHS[d[1]], d[0])


def post(rel, title, pid, when, body, cat):
    shortlink(pid, rel)
    html_ = (head(title, pid, " single-post").replace("page-template-default page ", "post-template-default single ")
             + '<main id="content" class="site-main post-%d post type-post status-publish format-standard hentry '
               'category-%s">\n\t<div class="page-header">\n\t\t<h1 class="entry-title">%s</h1>\t</div>\n'
               '\t<div class="page-content">\n<p class="post-meta"><time datetime="%04d-%02d-%02dT09:00:00+07:00">%s</time>'
               ' | <a href="%s" rel="category tag">%s</a></p>\n%s\n\t\t<div class="post-tags"></div>\n\t</div>\n</main>\n'
             % (pid, pid, e(title), when[0], when[1], when[2], thai_date(when), slug("/category/" + cat + "/"),
                e(cat), body) + FOOT)
    w(rel + "index.html", html_)


def post_list(items):
    out = []
    for when, rel, title, pid, _ in items:
        out.append('<article class="elementor-post elementor-grid-item post-%d post type-post status-publish">\n'
                   '<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="%s">%s</a></h3>\n'
                   '<div class="elementor-post__meta-data"><span class="elementor-post-date">%s</span></div>\n'
                   '<a class="elementor-post__read-more" href="%s" aria-label="อ่านเพิ่มเติม %s" tabindex="-1">'
                   'อ่านต่อ »</a></div></article>' % (pid, slug(rel), e(title), thai_date(when), slug(rel), a(title)))
    return widget("posts-" + str(items[0][3]), "posts", '<div class="elementor-posts-container elementor-posts '
                  'elementor-posts--skin-classic elementor-grid">\n' + "\n".join(out) + "\n</div>", "classic")


def category_pages():
    cat = "/category/ข่าวประชาสัมพันธ์/"
    first, second = POSTS[:6], POSTS[6:]
    w(cat + "index.html", head("ข่าวประชาสัมพันธ์", 0, " archive category").replace(
        "page-template-default page ", "") +
      '<main id="content" class="site-main">\n<div class="page-header"><h1 class="entry-title">หมวดหมู่: '
      'ข่าวประชาสัมพันธ์</h1></div>\n<div class="page-content">\n' + post_list(first) +
      '\n<nav class="pagination" aria-label="การแบ่งหน้าเรื่อง"><div class="nav-next"></div>'
      '<div class="nav-previous"><a href="%s">เรื่องก่อนหน้า <span class="meta-nav">&rarr;</span></a></div></nav>'
      '\n</div>\n</main>\n' % slug(cat + "page/2/") + FOOT)
    w(cat + "page/2/index.html", head("ข่าวประชาสัมพันธ์ – หน้า 2", 0, " archive category paged").replace(
        "page-template-default page ", "") +
      '<main id="content" class="site-main">\n<div class="page-header"><h1 class="entry-title">หมวดหมู่: '
      'ข่าวประชาสัมพันธ์</h1></div>\n<div class="page-content">\n' + post_list(second) +
      '\n<nav class="pagination"><div class="nav-next"><a href="%s"><span class="meta-nav">&larr;</span> '
      'เรื่องถัดไป</a></div></nav>\n</div>\n</main>\n' % slug(cat) + FOOT)
    for when, rel, title, pid, body in POSTS:
        post(rel, title, pid, when, body, "ข่าวประชาสัมพันธ์")
    rel, title, pid, when = PROC_POST
    post(rel, title, pid, when,
         "<p>ตามที่โรงเรียนดอนมะค่าวิทยาคม ได้มีโครงการซื้อครุภัณฑ์คอมพิวเตอร์ (โน้ตบุ๊ก) 5 เครื่อง โดยวิธีเฉพาะเจาะจง นั้น "
         "ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ไอทีลำน้ำใส จำกัด ราคาที่ตกลง 108,500 บาท</p>\n"
         "<p>ดูรายละเอียดในระบบ <a href=\"https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch\">"
         "e-GP กรมบัญชีกลาง</a></p>", "ประกาศจัดซื้อจัดจ้าง")
    w("/category/ประกาศจัดซื้อจัดจ้าง/index.html", head("ประกาศจัดซื้อจัดจ้าง", 0, " archive category").replace(
        "page-template-default page ", "") +
      '<main id="content" class="site-main">\n<div class="page-header"><h1 class="entry-title">หมวดหมู่: '
      'ประกาศจัดซื้อจัดจ้าง</h1></div>\n<div class="page-content">\n' +
      post_list([(when, rel, title, pid, "")]) + "\n</div>\n</main>\n" + FOOT)


# --------------------------------------------------------------------------------------------- attachment pages
def attachment(rel, title, att_id, file_url, parent=None):
    """WordPress attachment page (Hello Elementor's single template): a link to the file and a back link."""
    shortlink(att_id, rel)
    back = ('<p class="post-parent">เผยแพร่ใน <a href="%s">%s</a></p>' % (slug(parent[0]), e(parent[1]))
            if parent else "")
    body = (head(title, att_id, " attachment").replace("page-template-default page ",
                                                       "attachment-template-default single ") +
            '<main id="content" class="site-main post-%d attachment type-attachment status-inherit hentry">\n'
            '\t<div class="page-header">\n\t\t<h1 class="entry-title">%s</h1>\t</div>\n\t<div class="page-content">\n'
            '<p class="attachment"><a href="%s">%s</a></p>\n%s\n\t</div>\n</main>\n'
            % (att_id, e(title), a(file_url), e(file_url.rsplit("/", 1)[1]), back) + FOOT)
    w(rel + "index.html", body)




def att(att_id, rel, title, file_url, parent=None):
    attachment(rel, title, att_id, file_url, parent)
    ROUTES["/?attachment_id=%d" % att_id] = {"redirect": slug(rel)}
    return "/?attachment_id=%d" % att_id


# --------------------------------------------------------------------------------------------- pages
STRUCT = "/เกี่ยวกับโรงเรียน/โครงสร้างการบริหารงาน/"
EXEC = "/เกี่ยวกับโรงเรียน/ผู้บริหารสถานศึกษา/"
CONTACT = "/ติดต่อเรา/"
QA = "/ถาม-ตอบ/"
PLANS = "/งานแผนงาน/"
DEVPLAN = "/งานแผนงาน/แผนพัฒนาคุณภาพการศึกษา/"
COMPLAINT = "/ร้องเรียนการทุจริต/"
NEWS = "/category/ข่าวประชาสัมพันธ์/"

EXECS = [
    ("director-prasert", "นายประเสริฐ ศรีบุญเรือง", "ผู้อำนวยการโรงเรียนดอนมะค่าวิทยาคม",
     "โทร. 081-954-2213<br />E-mail : prasert.s@dmk.ac.th"),
    ("deputy-kanokwan", "นางสาวกนกวรรณ พิมพ์ทอง", "รองผู้อำนวยการกลุ่มบริหารวิชาการ", "โทร. 089-712-4450"),
    ("deputy-thanapol", "นายธนพล แก้วมณี", "รองผู้อำนวยการกลุ่มบริหารงบประมาณ", "086 225 1379"),
    ("deputy-wilaiwan", "นางวิไลวรรณ ชาญประโคน", "รองผู้อำนวยการกลุ่มบริหารงานบุคคล", "อีเมล wilaiwan.c@dmk.ac.th"),
    ("acting-amnat", "ว่าที่ร้อยตรีอำนาจ โพธิ์ศรี", "ครู ชำนาญการพิเศษ<br />รักษาการในตำแหน่งรองผู้อำนวยการกลุ่มบริหารทั่วไป",
     "โทร. " + TEL + " ต่อ 105"),
]


def lazy_img(url, wid, w_=150, h_=200):
    ph = ("data:image/svg+xml,%%3Csvg%%20xmlns='http://www.w3.org/2000/svg'%%20viewBox='0%%200%%20%d%%20%d'%%3E%%3C/svg%%3E"
          % (w_, h_))
    return ('<img decoding="async" width="%d" height="%d" src="%s" class="attachment-full size-full wp-image-%d" alt="" '
            'data-lazy-src="%s" /><noscript><img decoding="async" width="%d" height="%d" src="%s" '
            'class="attachment-full size-full wp-image-%d" alt="" /></noscript>' % (w_, h_, ph, wid, url, w_, h_, url, wid))


def about_pages():
    page("/เกี่ยวกับโรงเรียน/ประวัติโรงเรียน/", "ประวัติโรงเรียน", 31, container("hist", text("hist-t",
         "<p>โรงเรียนดอนมะค่าวิทยาคม ตั้งขึ้นเมื่อวันที่ 14 พฤษภาคม 2521 ในชื่อ &#8220;โรงเรียนโพนงามวิทยา สาขาดอนมะค่า&#8221; "
         "ได้รับอนุมัติให้เป็นโรงเรียนเอกเทศเมื่อปี 2524 ปัจจุบันเปิดสอนชั้นมัธยมศึกษาปีที่ 1-6 สังกัด" + ESA +
         " มีเนื้อที่ 52 ไร่ 3 งาน</p>")))
    page("/เกี่ยวกับโรงเรียน/วิสัยทัศน์-พันธกิจ/", "วิสัยทัศน์ พันธกิจ", 33, container("vis", text("vis-t",
         "<p><strong>วิสัยทัศน์</strong> โรงเรียนคุณภาพของชุมชน ผู้เรียนมีความรู้คู่คุณธรรม มีทักษะในศตวรรษที่ 21</p>"
         "<p><strong>อัตลักษณ์</strong> ยิ้มไหว้ทักทาย &nbsp;<strong>เอกลักษณ์</strong> ร่มรื่น สะอาด ปลอดภัย</p>")))

    # O1: chart + the internal groups + duties and powers in the school's own words
    page(STRUCT, "โครงสร้างการบริหารงาน", 35, container("st", "\n".join([
        heading("st-h", "โครงสร้างการบริหารงานโรงเรียนดอนมะค่าวิทยาคม ปีการศึกษา 2568"),
        widget("st-img", "image", '<a href="%s"><img fetchpriority="high" decoding="async" width="900" height="470" '
               'src="%s" class="attachment-full size-full wp-image-1790" alt="" /></a>'
               % (a(U("2025/06/ผังโครงสร้างการบริหาร-2568.png")), a(U("2025/06/ผังโครงสร้างการบริหาร-2568.png")))),
        text("st-groups",
             "<p>โรงเรียนแบ่งการบริหารงานออกเป็น 4 กลุ่มบริหาร ตามกฎกระทรวงกำหนดหลักเกณฑ์และวิธีการกระจายอำนาจการบริหาร"
             "และการจัดการศึกษา พ.ศ. 2550 แต่ละกลุ่มมีรองผู้อำนวยการเป็นหัวหน้า</p>\n<ul>\n"
             "<li><strong>กลุ่มบริหารวิชาการ</strong> : งานพัฒนาหลักสูตร งานวัดผลประเมินผล งานทะเบียน งานแนะแนว "
             "งานห้องสมุด งานประกันคุณภาพการศึกษา</li>\n"
             "<li><strong>กลุ่มบริหารงบประมาณ</strong> : งานแผนงาน งานการเงิน งานบัญชี งานพัสดุและสินทรัพย์ "
             "งานระดมทรัพยากร</li>\n"
             "<li><strong>กลุ่มบริหารงานบุคคล</strong> : งานอัตรากำลัง งานสรรหาและบรรจุแต่งตั้ง งานพัฒนาบุคลากร "
             "งานวินัยและการรักษาวินัย งานส่งเสริมจริยธรรม</li>\n"
             "<li><strong>กลุ่มบริหารทั่วไป</strong> : งานธุรการ/สารบรรณ งานอาคารสถานที่ งานกิจการนักเรียน "
             "งานประชาสัมพันธ์ งานสัมพันธ์ชุมชน งานโภชนาการ</li>\n</ul>"),
        heading("st-h2", "อำนาจหน้าที่ของสถานศึกษา"),
        text("st-duty",
             "<p>ตามพระราชบัญญัติระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. 2546 มาตรา 39 และพระราชบัญญัติการศึกษาแห่งชาติ "
             "โรงเรียนดอนมะค่าวิทยาคมมีอำนาจหน้าที่โดยสรุป ดังนี้</p>\n<ol>\n"
             "<li>จัดการศึกษาขั้นพื้นฐานระดับมัธยมศึกษาให้เป็นไปตามหลักสูตรแกนกลางและมาตรฐานการศึกษา</li>\n"
             "<li>พัฒนาหลักสูตรสถานศึกษาให้สอดคล้องกับสภาพปัญหาและความต้องการของชุมชนและท้องถิ่น</li>\n"
             "<li>บริหารงานวิชาการ งบประมาณ บุคคล และบริหารทั่วไป ตามที่ได้รับการกระจายอำนาจจากเขตพื้นที่การศึกษา</li>\n"
             "<li>ปกครอง ดูแล บำรุงรักษา ใช้ และจัดหาผลประโยชน์จากทรัพย์สินของสถานศึกษา</li>\n"
             "<li>ระดมทรัพยากรและส่งเสริมความร่วมมือกับผู้ปกครอง ชุมชน และองค์กรต่าง ๆ ในการจัดการศึกษา</li>\n"
             "<li>จัดระบบประกันคุณภาพภายในและรายงานผลการประเมินตนเองต่อหน่วยงานต้นสังกัดและสาธารณชน</li>\n</ol>"),
    ])))

    # O2: current executives, each with photo (lazy-loaded), name, position, a contact
    cards = []
    for i, (f, nm, pos, contact) in enumerate(EXECS):
        cards.append(container("ex-c%d" % i, "\n".join([
            widget("ex-i%d" % i, "image", lazy_img(U("2025/05/%s-300x400.jpg" % f), 1801 + i)),
            heading("ex-n%d" % i, e(nm), "h4"),
            text("ex-p%d" % i, "<p>%s</p>\n<p>%s</p>" % (pos, contact)),
        ]), child=True))
    page(EXEC, "ผู้บริหารสถานศึกษา", 37, container("ex", heading("ex-h", "คณะผู้บริหารโรงเรียนดอนมะค่าวิทยาคม") +
                                                   "\n" + "\n".join(cards)))

    # the *past* directors (not the current team) under the title people search for
    rows = [("1", "นายสุวิทย์ ทองคำ", "2521 - 2530"), ("2", "นายบุญเลิศ ศรีสุข", "2530 - 2539"),
            ("3", "นายชาญชัย พลเยี่ยม", "2539 - 2548"), ("4", "นางสมพร วงศ์ใหญ่", "2548 - 2555"),
            ("5", "นายวีระพงษ์ บุญมา", "2555 - 2562"), ("6", "นายสุรชัย แสนสุข", "2562 - 2566"),
            ("7", "นายประเสริฐ ศรีบุญเรือง", "2566 - ปัจจุบัน")]
    page("/เกี่ยวกับโรงเรียน/ทำเนียบผู้บริหาร/", "ทำเนียบผู้บริหาร", 39, container("past", text("past-t",
         "<table>\n<tbody>\n<tr><td><strong>ลำดับ</strong></td><td><strong>ชื่อ-สกุล</strong></td>"
         "<td><strong>ดำรงตำแหน่ง</strong></td></tr>\n" +
         "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "\n</tbody>\n</table>")))
    page("/เกี่ยวกับโรงเรียน/บุคลากร/", "บุคลากร", 41, container("staff", text("staff-t",
         "<p>ข้าราชการครู 34 คน พนักงานราชการ 2 คน ครูอัตราจ้าง 3 คน ลูกจ้างประจำ 1 คน ลูกจ้างชั่วคราว 5 คน</p>"
         "<p>กลุ่มสาระการเรียนรู้ภาษาไทย 4 คน คณิตศาสตร์ 5 คน วิทยาศาสตร์และเทคโนโลยี 7 คน สังคมศึกษาฯ 4 คน "
         "ภาษาต่างประเทศ 5 คน สุขศึกษาและพลศึกษา 3 คน ศิลปะ 3 คน การงานอาชีพ 3 คน</p>")))


def contact_pages():
    # O3 part 1: contact details and map
    page(CONTACT, "ติดต่อเรา", 64, container("ct", "\n".join([
        text("ct-t", "<h3>" + SCHOOL + "</h3>\n<p>" + ADDR + "</p>\n<p>โทรศัพท์ : " + TEL + " &nbsp;โทรสาร : " + FAX +
             "</p>\n<p>อีเมล : <a href=\"mailto:" + MAIL + "\">" + MAIL + "</a></p>\n"
             "<p>Facebook : <a href=\"https://www.facebook.com/donmakhawittayakhom\">โรงเรียนดอนมะค่าวิทยาคม</a></p>\n"
             "<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.00 - 16.30 น. (เว้นวันหยุดราชการ)</p>\n"
             "<p>มีข้อสงสัยหรือต้องการสอบถามข้อมูล ฝากคำถามได้ที่ <a href=\"" + slug(QA) + "\">กระดานถาม-ตอบ</a></p>"),
        widget("ct-map", "google_maps", '<div class="elementor-custom-embed"><iframe loading="lazy" '
               'src="https://maps.google.com/maps?q=%E0%B9%82%E0%B8%A3%E0%B8%87%E0%B9%80%E0%B8%A3%E0%B8%B5%E0%B8%A2%E0%B8%99'
               '%E0%B8%94%E0%B8%AD%E0%B8%99%E0%B8%A1%E0%B8%B0%E0%B8%84%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%B4%E0%B8%97%E0%B8%A2'
               '%E0%B8%B2%E0%B8%84%E0%B8%A1&amp;t=m&amp;z=15&amp;output=embed&amp;iwloc=near" title="โรงเรียนดอนมะค่าวิทยาคม" '
               'aria-label="โรงเรียนดอนมะค่าวิทยาคม"></iframe></div>'),
    ])))

    # O3 part 2: a page with WordPress comments used as a Q&A board; the form posts to wp-comments-post.php
    qa = [
        (118, "ผู้ปกครอง ม.1", "2026-03-09", "9 มีนาคม 2026 เวลา 7:42 pm",
         "สมัครออนไลน์แล้ว ต้องนำเอกสารมายื่นที่โรงเรียนอีกหรือไม่คะ",
         "ไม่ต้องครับ ให้นำเอกสารฉบับจริงมาในวันมอบตัว 4 เมษายน 2569 ครับ"),
        (124, "นายสมชาย", "2026-03-21", "21 มีนาคม 2026 เวลา 10:15 am",
         "ขอใบ ปพ.1 ของลูกที่จบปี 2565 ต้องทำอย่างไรครับ",
         "กรอกแบบฟอร์มขอเอกสารทางการศึกษาออนไลน์ที่เมนู E-Service ได้เลยครับ รับเอกสารได้ภายใน 3 วันทำการ"),
        (131, "ศิษย์เก่ารุ่น 30", "2026-04-03", "3 เมษายน 2026 เวลา 8:05 pm",
         "งานคืนสู่เหย้าปีนี้จัดวันไหนครับ", None),
    ]
    items = []
    for cid, who, iso, shown, q, ans in qa:
        reply = ""
        if ans:
            reply = ('<ol class="children"><li id="comment-%d" class="comment byuser comment-author-admin bypostauthor '
                     'odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author '
                     'vcard"><b class="fn">งานประชาสัมพันธ์ ดม.</b> <span class="says">พูดว่า:</span></div>'
                     '<div class="comment-metadata"><time datetime="%sT09:00:00+07:00">%s</time></div></footer>'
                     '<div class="comment-content"><p>%s</p></div></article></li></ol>' % (cid + 1, iso, shown, e(ans)))
        items.append('<li id="comment-%d" class="comment even thread-even depth-1 parent"><article id="div-comment-%d" '
                     'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s'
                     '</b> <span class="says">พูดว่า:</span></div><div class="comment-metadata"><a href="%s#comment-%d">'
                     '<time datetime="%sT09:00:00+07:00">%s</time></a></div></footer><div class="comment-content"><p>%s</p>'
                     '</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="%s?replytocom=%d#respond" '
                     'data-commentid="%d" data-postid="66" aria-label="ตอบกลับถึง %s">ตอบกลับ</a></div></article>%s</li>'
                     % (cid, cid, e(who), slug(QA), cid, iso, shown, e(q), slug(QA), cid, cid, a(who), reply))
    qa_html = ('<section id="comments" class="comments-area">\n<h2 class="title-comments">%d ความเห็น</h2>\n'
               '<ol class="comment-list">\n%s\n</ol>\n'
               '<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">ส่งคำถาม '
               '<small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">'
               'ยกเลิกการตอบ</a></small></h2>'
               '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
               '<p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> '
               'ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p>'
               '<p class="comment-form-comment"><label for="comment">คำถาม <span class="required">*</span></label> '
               '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>'
               '<p class="comment-form-author"><label for="author">ชื่อ <span class="required">*</span></label> '
               '<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" '
               'required="required" /></p>'
               '<p class="comment-form-email"><label for="email">อีเมล <span class="required">*</span></label> '
               '<input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" '
               'required="required" /></p>'
               '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ส่งคำถาม" /> '
               "<input type='hidden' name='comment_post_ID' value='66' id='comment_post_ID' />"
               "<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>\n</section>"
               % (len(qa) + 2, "\n".join(items), slug(QA)))
    page(QA, "ถาม-ตอบ", 66, container("qa", text("qa-t",
         "<p>ท่านสามารถฝากคำถามถึงโรงเรียนได้ที่ช่องด้านล่าง เจ้าหน้าที่งานประชาสัมพันธ์จะตอบภายใน 3 วันทำการ "
         "(ความเห็นจะแสดงหลังผ่านการอนุมัติ)</p>\n<p>หรือสอบถามผ่านกลุ่ม Facebook "
         "<a href=\"https://www.facebook.com/groups/donmakha.parents\">ผู้ปกครองโรงเรียนดอนมะค่าวิทยาคม</a></p>"))
         + "\n" + qa_html)

    # O17 trap: the complaint form was deleted in Contact Form 7; only the shortcode's 404 text is left
    page(COMPLAINT, "แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", 70, container("cp", "\n".join([
        text("cp-t", "<p>ผู้ที่พบเห็นการทุจริตหรือประพฤติมิชอบของบุคลากรโรงเรียนดอนมะค่าวิทยาคม สามารถแจ้งเรื่องร้องเรียน"
             "ได้โดยกรอกแบบฟอร์มด้านล่าง โรงเรียนจะเก็บข้อมูลของผู้ร้องเรียนเป็นความลับ</p>\n"
             "<p>[contact-form-7 404 \"Not Found\"]</p>"),
        text("cp-ext", "<p><strong>ช่องทางร้องเรียนของหน่วยงานภายนอก</strong></p>\n<ul>\n"
             "<li><a href=\"https://wbs.nacc.go.th/\">สำนักงาน ป.ป.ช. (ระบบแจ้งเบาะแส)</a></li>\n"
             "<li><a href=\"https://www.pacc.go.th/e-service/index.html\">สำนักงาน ป.ป.ท.</a></li>\n"
             "<li><a href=\"https://www.obec.go.th/\">สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน</a></li>\n"
             "<li>ศูนย์ดำรงธรรม โทร 1567</li>\n</ul>"),
    ])))


def service_pages():
    # O10: the e-service page (Google Forms), with this fiscal year's usage figures
    page("/e-service/", "E-Service บริการออนไลน์", 72, container("es", "\n".join([
        heading("es-h", "ระบบบริการออนไลน์ (E-Service)"),
        widget("es-b1", "icon-box", '<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">'
               '<h3 class="elementor-icon-box-title"><a href="%s">สมัครเรียนออนไลน์ ปีการศึกษา 2569</a></h3>'
               '<p class="elementor-icon-box-description">ม.1 และ ม.4 (รอบ 2 ม.4 เปิดรับถึง 22 พฤษภาคม 2569)</p>'
               '</div></div>' % slug(ADMIT)),
        widget("es-b2", "icon-box", '<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">'
               '<h3 class="elementor-icon-box-title"><a href="%s" target="_blank">ขอเอกสารทางการศึกษาออนไลน์</a></h3>'
               '<p class="elementor-icon-box-description">ขอ ปพ.1 ปพ.7 ใบรับรองผลการเรียน สำเร็จการศึกษาแล้วขอได้ '
               'รับเอกสารภายใน 3 วันทำการ</p></div></div>' % a(GFORM_DOCS)),
        widget("es-b3", "icon-box", '<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content">'
               '<h3 class="elementor-icon-box-title"><a href="https://sgs.bopp-obec.info/sgss/" target="_blank">'
               'ตรวจสอบผลการเรียน (SGS สำหรับนักเรียน)</a></h3></div></div>'),
        text("es-stat", "<p><strong>สถิติการให้บริการผ่านช่องทางออนไลน์ ปีงบประมาณ 2569 (1 ต.ค. 2568 - 31 มี.ค. 2569)</strong></p>\n"
             "<table><tbody><tr><td>บริการ</td><td>จำนวน (ครั้ง)</td></tr>\n"
             "<tr><td>สมัครเรียนออนไลน์</td><td>386</td></tr>\n<tr><td>ขอเอกสารทางการศึกษาออนไลน์</td><td>147</td></tr>"
             "\n</tbody></table>"),
    ])))
    page(ADMIT, "รับสมัครนักเรียน ปีการศึกษา 2569", 74, container("ad", "\n".join([
        widget("ad-img", "image", '<img decoding="async" width="960" height="110" src="%s" alt="" />'
               % a(U("2026/02/banner-admission-2569.png"))),
        text("ad-t", "<p><strong>กำหนดการรับสมัคร</strong></p>\n<ul>\n<li>ม.1 รอบทั่วไป : 7 - 11 มีนาคม 2569</li>\n"
             "<li>ม.4 รอบทั่วไป : 7 - 11 มีนาคม 2569</li>\n"
             "<li>ม.4 รอบ 2 (ที่นั่งว่าง) : สมัครออนไลน์ 20 เมษายน - 22 พฤษภาคม 2569</li>\n</ul>\n"
             "<p>กรอกใบสมัครออนไลน์และแนบรูปถ่าย สำเนาทะเบียนบ้าน และ ปพ.1 (ถ้ามี)</p>"),
        button("ad-btn", "สมัครเรียนออนไลน์ คลิก", GFORM_ADMIT),
        text("ad-s", "<p>ตรวจสอบรายชื่อผู้สมัคร <a href=\"https://docs.google.com/spreadsheets/d/1dmk2569-applicants/"
             "edit?usp=sharing\">คลิก</a> | สอบถาม งานรับนักเรียน โทร " + TEL + " ต่อ 112</p>\n"
             "<p>ยอดผู้สมัครออนไลน์ (ข้อมูล ณ 11 มี.ค. 2569) ม.1 : 214 คน ม.4 : 172 คน</p>"),
    ])))


def plan_pages():
    # O5 page: the plan shown with the PDF.js viewer (the PDF is only in the iframe's file= parameter)
    page(DEVPLAN, "แผนพัฒนาคุณภาพการศึกษา", 80, container("dp", "\n".join([
        heading("dp-h", "แผนพัฒนาคุณภาพการศึกษา พ.ศ. 2566 - 2570 (ฉบับทบทวน 2568)"),
        widget("dp-v", "shortcode", '<div class="elementor-shortcode">' +
               pdfjs(U("2025/07/แผนพัฒนาคุณภาพการศึกษา-2566-2570-ฉบับทบทวน.pdf")) + "</div>"),
    ])))
    # O6 trap: plans by academic year, semester-1 report
    page(PLANS, "งานแผนงาน", 78, container("pl", "\n".join([
        heading("pl-h", "แผนปฏิบัติการประจำปี"),
        text("pl-t", "<p>งานแผนงาน กลุ่มบริหารงบประมาณ เผยแพร่แผนปฏิบัติการประจำปีการศึกษาและรายงานผลการดำเนินงาน</p>\n"
             "<p><a href=\"" + slug(DEVPLAN) + "\">แผนพัฒนาคุณภาพการศึกษา พ.ศ. 2566-2570</a></p>\n"
             "<h4>แผนปฏิบัติการประจำปีการศึกษา 2568</h4>\n<p>" +
             pdfemb(U("2025/06/แผนปฏิบัติการประจำปีการศึกษา-2568.pdf"), "แผนปฏิบัติการประจำปีการศึกษา-2568") +
             "</p>\n<h4>รายงานผลการดำเนินงาน ภาคเรียนที่ 1/2568</h4>\n<p>" +
             pdfemb(U("2025/11/รายงานผลการดำเนินงาน-ภาคเรียนที่-1-2568.pdf"), "รายงานผลการดำเนินงาน-ภาคเรียนที่-1-2568") +
             "</p>\n<h4>แผนปฏิบัติการประจำปีการศึกษา 2567</h4>\n<p><a href=\"" +
             a(U("2024/06/แผนปฏิบัติการประจำปีการศึกษา-2567.pdf")) + "\">ดาวน์โหลด</a></p>"),
    ])))


def home():
    news = POSTS[:5]
    page("/", "หน้าแรก", 8, "\n".join([
        container("hm-ban", widget("hm-slide", "image", '<a href="/ita/?tab=2569"><img decoding="async" width="960" '
                  'height="110" src="%s" alt="ITA 2569" /></a>' % a(U("2026/03/banner-ita-2569.png")))),
        container("hm-q", "\n".join([
            button("hm-b1", "ITA 2569", "/ita/?tab=2569"),
            button("hm-b2", "รับสมัครนักเรียน 2569", slug(ADMIT)),
            button("hm-b3", "E-Service", "/e-service/"),
            button("hm-b4", "ร้องเรียนการทุจริต", slug(COMPLAINT)),
            button("hm-b5", "DMC", "https://portal.bopp-obec.info/obec68/"),
        ])),
        container("hm-news", heading("hm-nh", "ข่าวประชาสัมพันธ์") + "\n" + post_list(news) + "\n" +
                  button("hm-more", "ข่าวทั้งหมด", slug(NEWS))),
    ]), body_class=" home")


# --------------------------------------------------------------------------------------------- the ITA page
def link(href, label):
    return '<a href="%s">%s</a>' % (a(href), e(label))


def links(*pairs):
    return "<ul>\n" + "\n".join("<li>%s</li>" % link(h, l) for h, l in pairs) + "\n</ul>"


def ita_2569_items():
    """(code, title, inner html) of the ITA 2569 tab."""
    att7 = att(2291, "/รายงานผลการดำเนินงานประจำปีงบประมาณ-2568/", "รายงานผลการดำเนินงานประจำปีงบประมาณ 2568",
               U("2025/12/รายงานผลการดำเนินงานประจำปีงบประมาณ-2568.docx"))
    att16 = att(2215, "/คู่มือการจัดการเรื่องร้องเรียน/", "คู่มือการจัดการเรื่องร้องเรียน",
                U("2025/10/คู่มือการจัดการเรื่องร้องเรียน.pdf"))
    skr = []
    for (mon, yr, _, _), f, d, n in zip(SKR_MONTHS, SKR_FILES, SKR_DIRS, SKR_ATT):
        title = f[:-5]
        skr.append((att(n, "/ita/" + title + "/", title, U(d + "/" + f), ("/ita/", "ITA")),
                    "สขร.1 ประจำเดือน%s %s" % (mon, yr)))
    X = lambda k, html_: text("i69-" + k, html_)  # noqa: E731
    return [
        ("9.1 ข้อมูลพื้นฐาน", None, None),
        ("O1", "โครงสร้าง หน้าที่และอำนาจ", X("o1", "<p>โครงสร้างการบริหารงานและอำนาจหน้าที่ของสถานศึกษา</p>") +
         button("i69-b1", "คลิก", slug(STRUCT))),
        ("O2", "ข้อมูลผู้บริหาร", button("i69-b2", "คลิก", slug(EXEC))),
        ("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม",
         X("o3", links((slug(CONTACT), "ข้อมูลการติดต่อ"), (slug(QA), "ช่องทางถาม-ตอบ (Q&A)")))),
        ("O4", "ข่าวประชาสัมพันธ์", button("i69-b4", "คลิก", slug(NEWS))),
        ("9.2 การบริหารงาน", None, None),
        ("O5", "แผนพัฒนาคุณภาพการศึกษา", X("o5", links((slug(DEVPLAN), "แผนพัฒนาคุณภาพการศึกษา พ.ศ. 2566-2570")))),
        ("O6", "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี",
         X("o6", links((slug(PLANS), "แผนปฏิบัติการประจำปี และรายงานผลการดำเนินงาน")))),
        ("O7", "รายงานผลการดำเนินงานประจำปี", X("o7", links((att7, "รายงานผลการดำเนินงานประจำปีงบประมาณ 2568")))),
        ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่",
         X("o8", "<p>" + pdfemb(U("2025/08/คู่มือการปฏิบัติงาน-กลุ่มบริหารงบประมาณ.pdf"),
                                "คู่มือการปฏิบัติงาน-กลุ่มบริหารงบประมาณ") + "</p>")),
        ("O9", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ",
         widget("i69-o9", "shortcode", '<div class="elementor-shortcode">' +
                pdfjs(U("2024/09/คู่มือการให้บริการ-ขอเอกสารทางการศึกษา.pdf"), 600) + "</div>")),
        ("O10", "ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)", button("i69-b10", "คลิก", "/e-service/")),
        ("9.3 การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", None, None),
        ("O11", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569", X("o11", links(*skr))),
        ("O12", "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
         X("o12", links((U("2025/10/สรุปผลการจัดซื้อจัดจ้าง-ปีงบประมาณ-2568.pdf"),
                         "รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568")))),
        ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None, None),
        ("O13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569",
         X("o13", "<p>แผนการบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ 2569</p>") +
         button("i69-b13", "ดาวน์โหลด", "#")),
        ("O14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568",
         X("o14", links((U("2024/11/รายงานผลการบริหารงานบุคคล.pdf"),
                         "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568")))),
        ("O15", "ประมวลจริยธรรมการขับเคลื่อนจริยธรรม",
         X("o15", "<p>" + pdfemb(U("2025/11/ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม-2569.pdf"),
                                 "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม-2569") + "</p>")),
        ("9.5 การส่งเสริมความโปร่งใส", None, None),
        ("O16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         X("o16", links((att16, "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")))),
        ("O17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", button("i69-b17", "คลิก", slug(COMPLAINT))),
        ("O18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. 2568",
         X("o18", "<p>" + pdfemb(U("2025/10/สถิติเรื่องร้องเรียนการทุจริต-2568.pdf"), "สถิติเรื่องร้องเรียนการทุจริต-2568")
           + "</p>\n<p>" + link(U("2025/10/สถิติเรื่องร้องเรียนการทุจริต-2568.xlsx"), "ดาวน์โหลดไฟล์ Excel") + "</p>")),
        ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน ปีงบประมาณ พ.ศ. 2569",
         X("o19", links((slug(P19), "ข่าว: ประชุมผู้ปกครองและชุมชน รับฟังความคิดเห็นต่อแผนปฏิบัติการ ปีงบประมาณ 2569"),
                        (U("2025/11/รายงานผลการเปิดโอกาสให้มีส่วนร่วม-2569.pdf"), "รายงานผลการเปิดโอกาสให้มีส่วนร่วม")))),
        ("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", None, None),
        ("O20", "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์"
                "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ",
         widget("i69-o20", "shortcode", '<div class="elementor-shortcode">' + pdfjs(U("2025/10/NoGift-2569.pdf"), 700) +
                "</div>")),
        ("O21", "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569",
         X("o21", '<p><span style="color: #ff0000;">อยู่ระหว่างดำเนินการ</span></p>')),
        ("O22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568",
         X("o22", links((U("2024/10/รายงานผลการบริหารจัดการความเสี่ยง-2567.pdf"),
                         "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต ปีงบประมาณ 2568")))),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569",
         X("o23", "<p>" + pdfemb(U("2025/10/แผนปฏิบัติการป้องกันการทุจริต-2569.pdf"),
                                 "แผนปฏิบัติการป้องกันการทุจริต-2569") + "</p>")),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568",
         X("o24", "<p>รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ 2568</p>") + button("i69-b24", "ดาวน์โหลด")),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
         X("o25", links((U("2026/01/มาตรการส่งเสริมคุณธรรม-2569.pdf"), "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร")))),
        ("O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568",
         X("o26", "<p>" + pdfemb(U("2025/11/รายงานผลมาตรการส่งเสริมคุณธรรม-2568.pdf"),
                                 "รายงานผลมาตรการส่งเสริมคุณธรรม-2568") + "</p>")),
    ]


def ita_2568_items():
    """(code, title, links) of last year's tab (the ITA 2568 list and numbering)."""
    L = lambda rel, label: (U(rel), label)  # noqa: E731
    return [
        ("O1", "โครงสร้างและอำนาจหน้าที่", [(slug(STRUCT), "คลิก")]),
        ("O2", "ข้อมูลผู้บริหาร", [(slug(EXEC), "คลิก")]),
        ("O3", "ข้อมูลการติดต่อ", [(slug(CONTACT), "คลิก")]),
        ("O4", "ข่าวประชาสัมพันธ์", [(slug(NEWS), "คลิก")]),
        ("O5", "แผนพัฒนาคุณภาพการศึกษา", [(slug(DEVPLAN), "คลิก")]),
        ("O6", "แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี",
         [L("2024/06/แผนปฏิบัติการประจำปีการศึกษา-2567.pdf", "แผนปฏิบัติการประจำปีการศึกษา 2567")]),
        ("O7", "รายงานผลการดำเนินงานประจำปี",
         [L("2024/12/รายงานผลการดำเนินงานประจำปีงบประมาณ-2567.pdf", "รายงานผลการดำเนินงานประจำปีงบประมาณ 2567")]),
        ("O8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่",
         [L("2025/08/คู่มือการปฏิบัติงาน-กลุ่มบริหารงบประมาณ.pdf", "คู่มือการปฏิบัติงาน กลุ่มบริหารงบประมาณ")]),
        ("O9", "คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ", "viewer"),
        ("O10", "E–Service", [("/e-service/", "คลิก")]),
        ("O11", "ข้อมูลสถิติการให้บริการ", [L("2024/10/สถิติการให้บริการ-2567.pdf", "สถิติการให้บริการ ปีงบประมาณ 2567")]),
        ("O12", "รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
         [L("2025/04/สขร1-ตค67-มีค68.pdf", "สขร.1 ต.ค. 67 - มี.ค. 68")]),
        ("O13", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
         [L("2024/10/รายงานสรุปผลการจัดซื้อจัดจ้าง-ปีงบประมาณ-2567.pdf", "รายงานสรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567")]),
        ("O14", "แผนการบริหารและพัฒนาทรัพยากรบุคคล",
         [L("2024/11/แผนการบริหารและพัฒนาทรัพยากรบุคคล-2568.pdf", "แผนการบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ 2568")]),
        ("O15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
         [L("2024/11/รายงานผลการบริหารงานบุคคล.pdf", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ปี 2567")]),
        ("O16", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", [L("2024/11/ประมวลจริยธรรม-2568.pdf", "ประมวลจริยธรรม")]),
        ("O17", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         [("/?attachment_id=2215", "คู่มือการจัดการเรื่องร้องเรียน")]),
        ("O18", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", [(slug(COMPLAINT), "คลิก")]),
        ("O19", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี",
         [L("2024/10/สถิติเรื่องร้องเรียน-2567.pdf", "สถิติเรื่องร้องเรียน ปีงบประมาณ 2567")]),
        ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [(slug(P_OLD19), "ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2/2567"),
                                                     L("2025/02/รายงานการมีส่วนร่วม-2568.pdf", "รายงานการมีส่วนร่วม")]),
        ("O21", "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่",
         [L("2024/10/NoGift-2568.pdf", "ประกาศเจตนารมณ์ No Gift Policy 2568")]),
        ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
         [L("2025/01/รายงานการรับทรัพย์สิน-2568.pdf", "รายงานการรับทรัพย์สินฯ")]),
        ("O23", "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน",
         [L("2024/11/การประเมินความเสี่ยงการทุจริต-2568.pdf", "การประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2568")]),
        ("O24", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี",
         [L("2024/10/รายงานผลการบริหารจัดการความเสี่ยง-2567.pdf", "รายงานผลการบริหารจัดการความเสี่ยง ปี 2567")]),
        ("O25", "แผนปฏิบัติการป้องกันการทุจริต",
         [L("2024/10/แผนปฏิบัติการป้องกันการทุจริต-2568.pdf", "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2568")]),
        ("O26", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
         [L("2025/01/มาตรการส่งเสริมคุณธรรม-2568.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส 2568")]),
    ]


def classic_accordion(key, items):
    """Elementor's classic accordion widget (what the ITA 2568 tab was built with in 2567)."""
    out = ['<div class="elementor-accordion">']
    base = int(eid(key), 16) % 9000 + 1000
    for n, (code, title, body) in enumerate(items, 1):
        if body == "viewer":
            inner = pdfjs(U("2024/09/คู่มือการให้บริการ-ขอเอกสารทางการศึกษา.pdf"), 600)
        else:
            inner = "<p>" + "<br />\n".join(link(h, l) for h, l in body) + "</p>"
        out.append(
            '<div class="elementor-accordion-item">\n'
            '<div id="elementor-tab-title-%d" class="elementor-tab-title" data-tab="%d" role="button" '
            'aria-controls="elementor-tab-content-%d" aria-expanded="false">\n'
            '<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">'
            '<span class="elementor-accordion-icon-closed"><svg class="e-font-icon-svg e-fas-plus" viewBox="0 0 448 512">'
            '</svg></span><span class="elementor-accordion-icon-opened"><svg class="e-font-icon-svg e-fas-minus" '
            'viewBox="0 0 448 512"></svg></span></span>\n'
            '<a class="elementor-accordion-title" tabindex="0">%s %s</a>\n</div>\n'
            '<div id="elementor-tab-content-%d" class="elementor-tab-content elementor-clearfix" data-tab="%d" '
            'role="region" aria-labelledby="elementor-tab-title-%d">%s</div>\n</div>'
            % (base + n, n, base + n, code, e(title), base + n, n, base + n, inner))
    out.append("</div>")
    return widget(key, "accordion", "\n".join(out))


def nested_accordion(key, items):
    """Elementor's nested accordion (<details>/<summary>), what the webmaster used for the 2569 tab."""
    out = []
    base = int(eid(key), 16) % 9000 + 1000
    n = 0
    for code, title, inner in items:
        if title is None:  # a sub-indicator heading between accordions
            out.append(heading(key + code, e(code), "h4"))
            continue
        n += 1
        out.append(
            '<div class="elementor-element elementor-widget elementor-widget-n-accordion" data-widget_type="nested-'
            'accordion.default"><div class="elementor-widget-container"><div class="e-n-accordion" aria-label="Accordion.'
            ' Open links with Enter or Space, close with Escape, and navigate with Arrow Keys">\n'
            '<details id="e-n-accordion-item-%d" class="e-n-accordion-item">\n'
            '<summary class="e-n-accordion-item-title" data-accordion-index="%d" tabindex="0" aria-expanded="false" '
            'aria-controls="e-n-accordion-item-%d"><span class="e-n-accordion-item-title-header">'
            '<div class="e-n-accordion-item-title-text"> %s %s </div></span>'
            '<span class="e-n-accordion-item-title-icon"><span class="e-opened"><svg aria-hidden="true" '
            'class="e-font-icon-svg e-fas-minus" viewBox="0 0 448 512"></svg></span><span class="e-closed">'
            '<svg aria-hidden="true" class="e-font-icon-svg e-fas-plus" viewBox="0 0 448 512"></svg></span></span>'
            '</summary>\n<div role="region" aria-labelledby="e-n-accordion-item-%d" class="elementor-element '
            'elementor-element-%s e-con-full e-flex e-con e-child" data-id="%s" data-element_type="container">\n%s\n'
            '</div>\n</details>\n</div></div></div>'
            % (base + n, n, base + n, code, e(title), base + n, eid(key + code), eid(key + code), inner))
    return "\n".join(out)


def ita_page():
    tabs = [("ITA ปี 2568", "2568", container("t68", heading("t68-h", "การประเมิน ITA ปีงบประมาณ 2568", "h3") + "\n" +
                                              classic_accordion("acc68", ita_2568_items()), child=True)),
            ("ITA ปี 2569", "2569", container("t69", heading("t69-h", "การประเมิน ITA ปีงบประมาณ 2569", "h3") + "\n" +
                                              heading("t69-h2", "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "h4") + "\n" +
                                              nested_accordion("acc69", ita_2569_items()), child=True))]
    num = 1702
    heads, bodies = [], []
    for i, (label, year, body) in enumerate(tabs, 1):
        active = i == 1  # Elementor opens the first tab; the 2568 tab was created first
        heads.append('<button id="e-n-tab-title-%d%d" class="e-n-tab-title" aria-selected="%s" data-tab-index="%d" '
                     'role="tab" tabindex="%s" aria-controls="e-n-tab-content-%d%d" style="--n-tabs-title-order: %d;" '
                     'data-year="%s"><span class="e-n-tab-title-text">%s</span></button>'
                     % (num, i, "true" if active else "false", i, "0" if active else "-1", num, i, i, year, label))
        bodies.append('<div id="e-n-tab-content-%d%d" role="tabpanel" aria-labelledby="e-n-tab-title-%d%d" '
                      'data-tab-index="%d" style="--n-tabs-title-order: %d;" class="%selementor-element e-con-full e-flex '
                      'e-con e-child">\n%s\n</div>' % (num, i, num, i, i, i, "e-active " if active else "", body))
    tabs_html = widget("ita-tabs", "n-tabs", '<div class="e-n-tabs" data-widget-number="%d" aria-label="Tabs. Open items '
                       'with Enter or Space, close with Escape and navigate using the Arrow keys.">\n'
                       '<div class="e-n-tabs-heading" role="tablist">\n%s\n</div>\n<div class="e-n-tabs-content">\n%s\n'
                       '</div>\n</div>' % (num, "\n".join(heads), "\n".join(bodies)), "default")
    script = """<script>
/* เมนู ITA 2569 / ITA 2568 ส่ง ?tab=ปี มาที่หน้านี้: เปิดแท็บของปีนั้น */
jQuery(function ($) {
  var y = new URLSearchParams(location.search).get('tab');
  if (y) { $('.e-n-tab-title[data-year="' + y + '"]').trigger('click'); }
});
</script>"""
    page("/ita/", "ITA", 90, container("ita", "\n".join([
        heading("ita-h", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"),
        text("ita-t", "<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ของโรงเรียนดอนมะค่าวิทยาคม เลือกปีงบประมาณที่แท็บด้านล่าง</p>"),
        tabs_html, script])))


def viewer_php():
    """The PDF.js viewer page of the plugin: it loads ?file= by script; no link to the PDF in its HTML."""
    w(VIEWER, """<!DOCTYPE html>
<html dir="ltr" mozdisallowselectionprint>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <meta name="google" content="notranslate">
    <title>PDF.js viewer</title>
    <link rel="stylesheet" href="viewer.css">
    <script src="../build/pdf.js"></script>
    <script src="viewer.js"></script>
  </head>
  <body tabindex="1">
    <div id="outerContainer">
      <div id="mainContainer">
        <div class="toolbar"><div id="toolbarContainer"><div id="toolbarViewer">
          <button id="previous" class="toolbarButton" title="Previous Page"></button>
          <button id="next" class="toolbarButton" title="Next Page"></button>
          <button id="download" class="toolbarButton download" title="Download"></button>
        </div></div></div>
        <div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>
        <div id="errorWrapper" hidden='true'><div id="errorMessageLeft"><span id="errorMessage"></span></div></div>
      </div>
    </div>
  </body>
</html>
""")


def build():
    root = os.path.join(M.CORPUS, NAME, "site")
    if os.path.isdir(root):
        shutil.rmtree(root)
    build_docs()
    home()
    about_pages()
    contact_pages()
    service_pages()
    plan_pages()
    category_pages()
    ita_page()
    viewer_php()
    w("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    ROUTES["/wp-comments-post.php"] = {"status": 405}
    import yaml
    w("/_routes.yaml", "# WordPress answers /?attachment_id=N with a 301 to the attachment's permalink;\n"
      "# wp-comments-post.php accepts POST only.\n" +
      yaml.safe_dump(ROUTES, allow_unicode=True, sort_keys=True, default_flow_style=False))


if __name__ == "__main__":
    build()
