#!/usr/bin/env python3
"""Generates synthetic Thai agency sites for the crawl benchmarks (bench/crawl.sh).

Two kinds of site, both deterministic (a fixed seed, fixed dates: the same arguments give the same
bytes):

* ``big``: a WordPress-like agency site at national-scale size. A mega menu, a sidebar (categories,
  monthly archives, recent posts), POSTS news posts in eight categories, each category and each
  month paginated ten posts a page the way WordPress does (``/category/news/page/7/``, ``/2568/10/page/3/``
  with "1 … 5 6 7 8 9 … 170" links), a Thai percent-encoded slug per post, small Thai PDFs and XLSX
  files attached to posts, an ITA section, and a few static pages. Every URL is finite: nothing here
  is a crawler trap, so a complete crawl fetches every URL, as ``wget --recursive`` does.
  It writes ``urls.txt`` (every URL path, one a line) beside the site.

* ``evidence``: a site whose OIT evidence sits 2–4 clicks deep behind a large news archive, for the
  requests-to-verdict measurement. It writes ``evidence.txt``: the paths of the evidence (the
  per-item ITA pages and their documents), which a crawl must fetch to decide every item. Three
  layouts (``--layout``):
    - ``menu``: home → "ITA" in the menu → ITA 2569 page → per-item page → document;
    - ``about``: home → "เกี่ยวกับเรา" → "การเปิดเผยข้อมูลสาธารณะ" → per-item page → document, with
      procurement and PR news (titles naming OIT items) to lure a keyword-greedy crawler;
    - ``deep``: as ``about``, but the link is on the "เกี่ยวกับเรา" page only, not in the menu;
    - ``news``: the only link to the ITA section is a news post on the first page of the
      announcements category.

Files are written as nginx serves them: ``/x/`` is ``x/index.html``. Usage::

    gen_site.py big OUT [--posts 17000] [--pdfs 2000] [--xlsx 200]
    gen_site.py evidence OUT --layout menu|about|news [--posts 3000]

PDFs need fpdf2 (``pip install fpdf2``) and a Thai TrueType font (``apt-get install
fonts-thai-tlwg``; ``BENCH_FONT=/path/to/font.ttf`` for another).
"""

import argparse
import datetime
import os
import random
import sys
import urllib.parse
import zipfile

THAI_MONTHS = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]

# (slug, Thai name, title stems): stems avoid OIT item names except where a real site would use them
CATEGORIES = [
    ("news", "ข่าวประชาสัมพันธ์", ["ประชาสัมพันธ์การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง",
                                   "ขอเชิญร่วมงานวันสำคัญ", "ประชาสัมพันธ์การฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
                                   "แจ้งปิดถนนชั่วคราวเพื่อซ่อมแซมท่อระบายน้ำ"]),
    ("activity", "ข่าวกิจกรรม", ["โครงการอบรมเชิงปฏิบัติการ", "กิจกรรมจิตอาสาพัฒนาชุมชน",
                                 "โครงการส่งเสริมสุขภาพผู้สูงอายุ", "กิจกรรมวันเด็กแห่งชาติ"]),
    ("announce", "ประกาศ", ["ประกาศรายชื่อผู้มีสิทธิ์สอบ", "ประกาศวันหยุดราชการ",
                            "ประกาศรับสมัครเลือกตั้งกรรมการชุมชน", "ประกาศผลการคัดเลือก"]),
    ("procurement", "ข่าวจัดซื้อจัดจ้าง", ["ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนนคอนกรีต",
                                          "ประกวดราคาจ้างก่อสร้างด้วยวิธีประกวดราคาอิเล็กทรอนิกส์",
                                          "ประกาศราคากลางโครงการปรับปรุงอาคาร",
                                          "สรุปผลการจัดซื้อจัดจ้างประจำเดือน"]),
    ("jobs", "รับสมัครงาน", ["รับสมัครพนักงานจ้างทั่วไป", "รับโอนย้ายข้าราชการ",
                             "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง"]),
    ("knowledge", "สาระน่ารู้", ["วิธีป้องกันโรคไข้เลือดออก", "การคัดแยกขยะในครัวเรือน",
                                 "ความรู้เรื่องภาษีป้าย", "การประหยัดพลังงานในสำนักงาน"]),
    ("council", "กิจการสภา", ["ประชุมสภาสมัยสามัญ", "รายงานการประชุมสภา", "ประกาศเรียกประชุมสภา"]),
    ("health", "งานสาธารณสุข", ["รณรงค์กำจัดลูกน้ำยุงลาย", "ตรวจสุขภาพประจำปีผู้สูงอายุ",
                                "ประชาสัมพันธ์ศูนย์บริการสาธารณสุข"]),
]

SENTENCES = [
    "สำนักงานได้ดำเนินการตามแผนงานที่กำหนดไว้เพื่อประโยชน์สุขของประชาชนในพื้นที่",
    "ขอเชิญชวนประชาชนทุกท่านเข้าร่วมกิจกรรมดังกล่าวโดยพร้อมเพรียงกัน",
    "ทั้งนี้ผู้สนใจสามารถสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักปลัดในวันและเวลาราชการ",
    "โครงการนี้ได้รับการสนับสนุนงบประมาณจากองค์การบริหารส่วนจังหวัด",
    "นายกเทศมนตรีพร้อมด้วยคณะผู้บริหารและสมาชิกสภาร่วมเป็นเกียรติในพิธีเปิด",
    "เจ้าหน้าที่ได้ลงพื้นที่ตรวจสอบความเรียบร้อยและรับฟังความคิดเห็นของชุมชน",
    "การดำเนินงานเป็นไปด้วยความเรียบร้อยและบรรลุวัตถุประสงค์ที่ตั้งไว้ทุกประการ",
    "ผู้เข้าร่วมโครงการได้รับความรู้และสามารถนำไปประยุกต์ใช้ในชีวิตประจำวันได้",
    "กำหนดยื่นเอกสารภายในวันที่ ๑๕ ของเดือนถัดไป ณ ที่ทำการสำนักงาน",
    "รายละเอียดตามเอกสารแนบท้ายประกาศนี้",
    "ในการนี้ได้มีการมอบเกียรติบัตรให้แก่ผู้ที่มีผลการดำเนินงานดีเด่น",
    "ประชาชนที่ได้รับผลกระทบสามารถแจ้งความประสงค์ขอรับความช่วยเหลือได้",
    "The event was held at the municipal office hall with 120 participants.",
    "ติดต่อสอบถามโทร ๐ ๕๕๒๑ ๓๔๕๖ ต่อ ๑๒๓ ในวันและเวลาราชการ",
]

# 26 ITA 2569 items: (code, page title, document title)
ITA_ITEMS = [
    ("o1", "O1 โครงสร้าง หน้าที่และอำนาจ", "แผนผังโครงสร้างองค์กรและอำนาจหน้าที่"),
    ("o2", "O2 ข้อมูลผู้บริหาร", "ทำเนียบผู้บริหาร"),
    ("o3", "O3 ข้อมูลการติดต่อและช่องทางการสอบถาม", "ข้อมูลการติดต่อ"),
    ("o4", "O4 ข่าวประชาสัมพันธ์", "ข่าวประชาสัมพันธ์"),
    ("o5", "O5 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "แผนพัฒนาท้องถิ่น พ.ศ. 2566-2570"),
    ("o6", "O6 แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี", "แผนดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"),
    ("o7", "O7 รายงานผลการดำเนินงานประจำปี", "รายงานผลการดำเนินงานประจำปี 2568"),
    ("o8", "O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "คู่มือการปฏิบัติงาน"),
    ("o9", "O9 คู่มือหรือแนวทางการขอรับบริการ", "คู่มือสำหรับประชาชน"),
    ("o10", "O10 ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)", "E-Service"),
    ("o11", "O11 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2569", "สรุปผลการจัดซื้อจัดจ้างรายเดือน"),
    ("o12", "O12 รายงานสรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568", "รายงานสรุปผลการจัดซื้อจัดจ้าง ปี 2568"),
    ("o13", "O13 หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล", "แผนการบริหารและพัฒนาทรัพยากรบุคคล 2569"),
    ("o14", "O14 รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล 2568"),
    ("o15", "O15 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "ประมวลจริยธรรม"),
    ("o16", "O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "คู่มือการจัดการเรื่องร้องเรียน"),
    ("o17", "O17 ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ช่องทางแจ้งเรื่องร้องเรียน"),
    ("o18", "O18 ข้อมูลสถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. 2568", "สถิติเรื่องร้องเรียน 2568"),
    ("o19", "O19 ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน", "การเปิดโอกาสให้มีส่วนร่วม"),
    ("o20", "O20 การขับเคลื่อนนโยบาย NO GIFT POLICY", "ประกาศนโยบาย No Gift"),
    ("o21", "O21 การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ", "การประเมินความเสี่ยงการทุจริต 2569"),
    ("o22", "O22 รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต", "รายงานผลตามแผนบริหารความเสี่ยง 2568"),
    ("o23", "O23 แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2569", "แผนปฏิบัติการป้องกันการทุจริต 2569"),
    ("o24", "O24 รายงานผลการดำเนินการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2568", "รายงานผลการดำเนินการป้องกันการทุจริต 2568"),
    ("o25", "O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"),
    ("o26", "O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม 2568"),
]

AGENCY = "เทศบาลตำบลบ้านทดสอบ"

# A WordPress head: stylesheet links, meta tags and an inline script, as the real ones carry.
HEAD_EXTRA = (
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
    '<meta name="generator" content="WordPress 6.4.2">\n'
    '<link rel="stylesheet" href="/wp-content/themes/agency/style.css?ver=6.4.2" media="all">\n'
    '<link rel="stylesheet" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2">\n'
    '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>\n'
    "<script>window._wpemojiSettings = " + '{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/",' * 30 + "};</script>\n"
    "<style>" + ".wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px}" * 40 + "</style>\n"
)


def thai_date(day):
    """A Buddhist-era Thai date for day number `day` counted back from 2025-09-30."""
    d = datetime.date(2025, 9, 30) - datetime.timedelta(days=day)
    return d, f"{d.day} {THAI_MONTHS[d.month - 1]} {d.year + 543}"


def write(root, path, text):
    """Writes the page for URL path `path` (a trailing slash means index.html)."""
    rel = urllib.parse.unquote(path.lstrip("/"))
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    mode = "wb" if isinstance(text, bytes) else "w"
    with open(full, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(text)


def paginate(base, page, last):
    """WordPress paginate_links (mid_size 2, end_size 1): prev 1 … p-2 … p+2 … last next."""
    def href(n):
        return base if n == 1 else f"{base}page/{n}/"
    parts = ['<nav class="navigation pagination" aria-label="แบ่งหน้า"><div class="nav-links">']
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(page - 1)}">« ก่อนหน้า</a>')
    shown = sorted({1, last} | set(range(max(1, page - 2), min(last, page + 2) + 1)))
    previous = 0
    for n in shown:
        if n - previous > 1:
            parts.append('<span class="page-numbers dots">…</span>')
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
        previous = n
    if page < last:
        parts.append(f'<a class="next page-numbers" href="{href(page + 1)}">ถัดไป »</a>')
    parts.append("</div></nav>")
    return "".join(parts)


class Site:
    def __init__(self, root, posts, seed, menu_extra=None, about_extra=None, about_page_extra=None):
        self.root = root
        self.rng = random.Random(seed)
        self.urls = []
        self.posts = []  # (id, path, title, category index, date, month key)
        self.menu_extra = menu_extra or []
        self.about_extra = about_extra or []
        # links on the /about/ page only, not in the menu
        self.about_page_extra = about_page_extra or []
        for i in range(posts):
            cat = i % len(CATEGORIES)
            stems = CATEGORIES[cat][2]
            stem = stems[self.rng.randrange(len(stems))]
            day = i * 730 // max(posts, 1)
            d, thai = thai_date(day)
            pid = posts - i
            title = f"{stem} ครั้งที่ {pid}"
            slug = urllib.parse.quote(f"{stem.split()[0]}-{pid}")
            path = f"/{d.year + 543}/{d.month:02d}/{d.day:02d}/{slug}/"
            self.posts.append((pid, path, title, cat, thai, (d.year + 543, d.month)))
        self.months = sorted({p[5] for p in self.posts}, reverse=True)

    def add(self, path, html):
        self.urls.append(path)
        write(self.root, path, html)

    def menu(self):
        items = [
            ("/", "หน้าแรก"),
            ("/about/", "เกี่ยวกับหน่วยงาน", [("/about/history/", "ประวัติความเป็นมา"),
                                               ("/about/vision/", "วิสัยทัศน์และพันธกิจ"),
                                               ("/about/map/", "แผนที่ตั้ง")] + self.about_extra),
            ("/category/news/", "ข่าวสาร", [(f"/category/{c[0]}/", c[1]) for c in CATEGORIES]),
            ("/services/", "บริการประชาชน", [("/services/tax/", "การชำระภาษี"),
                                             ("/services/waste/", "การจัดเก็บขยะ"),
                                             ("/services/water/", "การประปา")]),
        ] + self.menu_extra + [("/contact-us/", "ติดต่อเรา")]
        out = ['<header id="masthead" class="site-header"><div class="site-branding">',
               f'<a href="/"><img src="/wp-content/uploads/logo.png" alt="{AGENCY}"></a></div>',
               '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">']
        for entry in items:
            href, text = entry[0], entry[1]
            out.append(f'<li class="menu-item"><a href="{href}">{text}</a>')
            if len(entry) > 2:
                out.append('<ul class="sub-menu">')
                out.extend(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for h, t in entry[2])
                out.append("</ul>")
            out.append("</li>")
        out.append("</ul></nav></header>")
        return "".join(out)

    def sidebar(self):
        out = ['<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">',
               "<h2 class=\"widget-title\">เรื่องล่าสุด</h2><ul>"]
        out.extend(f'<li><a href="{p[1]}">{p[2]}</a></li>' for p in self.posts[:5])
        out.append('</ul></section><section class="widget widget_categories"><h2 class="widget-title">หมวดหมู่</h2><ul>')
        out.extend(f'<li class="cat-item"><a href="/category/{c[0]}/">{c[1]}</a></li>' for c in CATEGORIES)
        out.append('</ul></section><section class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul>')
        out.extend(f'<li><a href="/{y}/{m:02d}/">{THAI_MONTHS[m - 1]} {y}</a></li>' for y, m in self.months)
        out.append("</ul></section></aside>")
        return "".join(out)

    def footer(self):
        return ('<footer id="colophon" class="site-footer"><div class="site-info">'
                f"<p>{AGENCY} 99 หมู่ 1 ตำบลบ้านทดสอบ อำเภอเมือง จังหวัดพิษณุโลก 65000</p>"
                "<p>โทรศัพท์ ๐ ๕๕๒๑ ๓๔๕๖ โทรสาร ๐ ๕๕๒๑ ๓๔๕๗ อีเมล saraban@bantest.go.th</p>"
                '<p><a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> | '
                '<a href="/sitemap-page/">แผนผังเว็บไซต์</a></p></div></footer>')

    def page(self, title, body):
        return ("<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"UTF-8\">"
                f"<title>{title} – {AGENCY}</title>\n{HEAD_EXTRA}</head>\n"
                f'<body class="home blog"><div id="page" class="site">{self.menu()}'
                f'<div id="content" class="site-content"><main id="main" class="site-main">{body}</main>'
                f"{self.sidebar()}</div>{self.footer()}</div></body></html>\n")

    def paragraphs(self, n):
        return "".join(
            "<p>" + " ".join(self.rng.choice(SENTENCES) for _ in range(3)) + "</p>" for _ in range(n)
        )

    def listing(self, base, title, entries):
        """A paginated archive of `entries` (posts) under `base`, ten a page."""
        last = max(1, (len(entries) + 9) // 10)
        for page in range(1, last + 1):
            chunk = entries[(page - 1) * 10: page * 10]
            body = [f'<header class="page-header"><h1 class="page-title">{title}</h1></header>']
            for p in chunk:
                body.append(
                    f'<article class="post type-post"><h2 class="entry-title"><a href="{p[1]}">{p[2]}</a></h2>'
                    f'<div class="entry-meta">{p[4]}</div><div class="entry-summary"><p>'
                    f"{self.rng.choice(SENTENCES)}</p></div>"
                    f'<a class="more-link" href="{p[1]}">อ่านต่อ</a></article>'
                )
            body.append(paginate(base, page, last))
            path = base if page == 1 else f"{base}page/{page}/"
            self.add(path, self.page(f"{title} – หน้า {page}", "".join(body)))

    def post_pages(self, attachments):
        for index, p in enumerate(self.posts):
            cat = CATEGORIES[p[3]]
            body = [f'<article class="post"><header class="entry-header"><h1 class="entry-title">{p[2]}</h1>'
                    f'<div class="entry-meta">โพสต์เมื่อ {p[4]} ใน <a href="/category/{cat[0]}/">{cat[1]}</a></div></header>'
                    f'<div class="entry-content">{self.paragraphs(self.rng.randint(3, 6))}']
            if self.rng.random() < 0.3:
                body.append(f'<figure><img src="/wp-content/uploads/photo-{p[0]}.jpg" alt="ภาพกิจกรรม"></figure>')
            for href, text in attachments.get(index, []):
                body.append(f'<p><a href="{href}">{text}</a></p>')
            body.append("</div>")
            nav = ['<nav class="post-navigation"><div class="nav-links">']
            if index + 1 < len(self.posts):
                q = self.posts[index + 1]
                nav.append(f'<div class="nav-previous"><a href="{q[1]}" rel="prev">{q[2]}</a></div>')
            if index > 0:
                q = self.posts[index - 1]
                nav.append(f'<div class="nav-next"><a href="{q[1]}" rel="next">{q[2]}</a></div>')
            nav.append("</div></nav></article>")
            self.add(p[1], self.page(p[2], "".join(body + nav)))

    def archives(self):
        for c, cat in enumerate(CATEGORIES):
            self.listing(f"/category/{cat[0]}/", cat[1], [p for p in self.posts if p[3] == c])
        for y, m in self.months:
            self.listing(f"/{y}/{m:02d}/", f"คลังเก็บ {THAI_MONTHS[m - 1]} {y}",
                         [p for p in self.posts if p[5] == (y, m)])

    def statics(self, extra):
        pages = {
            "/about/": ("เกี่ยวกับหน่วยงาน", "".join(
                f'<p><a href="{h}">{t}</a></p>' for h, t in
                [("/about/history/", "ประวัติความเป็นมา"), ("/about/vision/", "วิสัยทัศน์และพันธกิจ"),
                 ("/about/map/", "แผนที่ตั้ง")] + self.about_extra + self.about_page_extra)),
            "/about/history/": ("ประวัติความเป็นมา", self.paragraphs(8)),
            "/about/vision/": ("วิสัยทัศน์และพันธกิจ", self.paragraphs(4)),
            "/about/map/": ("แผนที่ตั้ง", self.paragraphs(2)),
            "/services/": ("บริการประชาชน", self.paragraphs(3)),
            "/services/tax/": ("การชำระภาษี", self.paragraphs(5)),
            "/services/waste/": ("การจัดเก็บขยะ", self.paragraphs(4)),
            "/services/water/": ("การประปา", self.paragraphs(4)),
            "/contact-us/": ("ติดต่อเรา", self.paragraphs(2)),
            "/privacy-policy/": ("นโยบายความเป็นส่วนตัว", self.paragraphs(6)),
            "/sitemap-page/": ("แผนผังเว็บไซต์", "".join(
                f'<p><a href="/category/{c[0]}/">{c[1]}</a></p>' for c in CATEGORIES)),
        }
        pages.update(extra)
        for path, (title, body) in pages.items():
            self.add(path, self.page(title, f"<h1>{title}</h1>{body}"))

    def home(self, extra=""):
        latest = "".join(
            f'<article><h3><a href="{p[1]}">{p[2]}</a></h3><p>{p[4]}</p></article>' for p in self.posts[:12]
        )
        body = f"<h1>{AGENCY}</h1>{extra}<section><h2>ข่าวล่าสุด</h2>{latest}</section>"
        self.add("/", self.page("หน้าแรก", body))

    def finish(self):
        with open(os.path.join(os.path.dirname(self.root.rstrip("/")), "urls.txt"), "w") as f:
            f.write("\n".join(self.urls) + "\n")


# ---------------------------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------------------------

def thai_font():
    font = os.environ.get("BENCH_FONT")
    if font:
        return font
    for f in ("/usr/share/fonts/truetype/tlwg/Laksaman.ttf", "/usr/share/fonts/truetype/tlwg/Garuda.ttf"):
        if os.path.isfile(f):
            return f
    sys.exit("no Thai TrueType font found: apt-get install fonts-thai-tlwg (or set BENCH_FONT=/path/to/font.ttf)")


def make_pdf(font, title, lines):
    """A one-page Thai PDF with a text layer (fpdf2, embedded subset font, fixed date)."""
    import fpdf
    pdf = fpdf.FPDF()
    pdf.set_creation_date(datetime.datetime(2025, 10, 1, tzinfo=datetime.timezone.utc))
    pdf.add_font("th", "", font)
    pdf.set_font("th", size=14)
    pdf.add_page()
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_xlsx(title, rows):
    """A minimal XLSX workbook (inline strings) written by hand: no dependency."""
    def cell(ref, value):
        value = str(value).replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    sheet_rows = []
    for r, row in enumerate([[title]] + rows, start=1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def doc_lines(rng, n, serial):
    return [f"{rng.choice(SENTENCES)[:60]} ({serial}-{i})" for i in range(n)]


# ---------------------------------------------------------------------------------------------
# the two kinds of site
# ---------------------------------------------------------------------------------------------

def ita_section(site, font, base, hub_title, docs):
    """An ITA 2569 section under `base`: a hub page, one page per item, one PDF per item. Returns
    the evidence paths (item pages and PDFs)."""
    evidence = []
    links = []
    for code, title, doc_title in ITA_ITEMS:
        page = f"{base}{code}/"
        pdf = f"/wp-content/uploads/ita/2569/{code}.pdf"
        write(site.root, pdf, make_pdf(font, doc_title, [doc_title + " ประจำปีงบประมาณ พ.ศ. 2569"] +
                                       doc_lines(site.rng, 6, code)))
        site.urls.append(pdf)
        docs.append(pdf)
        body = (f"<h1>{title}</h1><p>{site.rng.choice(SENTENCES)}</p>"
                f'<ul><li><a href="{pdf}">{doc_title}</a></li></ul>')
        site.add(page, site.page(title, body))
        evidence += [page, pdf]
        links.append(f'<li><a href="{page}">{title}</a></li>')
    hub = (f"<h1>{hub_title}</h1><h2>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)"
           f" ประจำปีงบประมาณ พ.ศ. 2569</h2><ol>{''.join(links)}</ol>")
    site.add(base, site.page(hub_title, hub))
    return evidence


def big(args):
    font = thai_font()
    site = Site(args.out, args.posts, seed=2569,
                menu_extra=[("/ita/", "ITA")])
    # attachments: PDFs then XLSX on the first posts that get one, spread over the archive
    attachments = {}
    docs = []
    step = max(1, args.posts // max(1, args.pdfs + args.xlsx))
    for n in range(args.pdfs + args.xlsx):
        index = (n * step) % args.posts
        p = site.posts[index]
        y, m = p[5]
        if n < args.pdfs:
            path = f"/wp-content/uploads/{y}/{m:02d}/doc-{p[0]}.pdf"
            data = make_pdf(font, p[2], doc_lines(site.rng, 8, p[0]))
            text = "ดาวน์โหลดเอกสารแนบ (PDF)"
        else:
            path = f"/wp-content/uploads/{y}/{m:02d}/table-{p[0]}.xlsx"
            data = make_xlsx(p[2], [[f"รายการที่ {r}", site.rng.randint(1000, 99999), site.rng.choice(SENTENCES)[:40]]
                                    for r in range(1, 21)])
            text = "ดาวน์โหลดตารางข้อมูล (Excel)"
        write(site.root, path, data)
        site.urls.append(path)
        docs.append(path)
        attachments.setdefault(index, []).append((path, text))
        if n and n % 500 == 0:
            print(f"  {n} documents", file=sys.stderr)
    ita_section(site, font, "/ita/", "ITA 2569", docs)
    site.post_pages(attachments)
    site.archives()
    site.statics({})
    site.home()
    site.finish()
    pages = len(site.urls) - len(docs)
    print(f"{args.out}: {pages} HTML pages, {len(docs)} documents, {len(site.urls)} URLs", file=sys.stderr)


def evidence(args):
    font = thai_font()
    docs = []
    layout = args.layout
    if layout == "menu":
        site = Site(args.out, args.posts, seed=11, menu_extra=[("/ita/", "ITA")])
        ev = ita_section(site, font, "/ita/2569/", "ITA 2569", docs)
        site.add("/ita/", site.page("ITA", '<h1>การประเมินคุณธรรมและความโปร่งใส (ITA)</h1><ul>'
                                    '<li><a href="/ita/2569/">ITA ประจำปีงบประมาณ พ.ศ. 2569</a></li>'
                                    '<li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. 2568</a></li></ul>'))
        site.add("/ita/2568/", site.page("ITA 2568", "<h1>ITA 2568</h1><p>ย้ายไปที่ระบบ ITAS แล้ว</p>"))
        statics = {}
    elif layout == "about":
        site = Site(args.out, args.posts, seed=12,
                    about_extra=[("/about/oit/", "การเปิดเผยข้อมูลสาธารณะ")])
        ev = ita_section(site, font, "/about/oit/", "การเปิดเผยข้อมูลสาธารณะ", docs)
        statics = {}
    elif layout == "deep":
        site = Site(args.out, args.posts, seed=14,
                    about_page_extra=[("/about/oit/", "การเปิดเผยข้อมูลสาธารณะ")])
        ev = ita_section(site, font, "/about/oit/", "การเปิดเผยข้อมูลสาธารณะ", docs)
        statics = {}
    elif layout == "news":
        site = Site(args.out, args.posts, seed=13)
        ev = ita_section(site, font, "/oit2569/", "OIT 2569", docs)
        # the newest announcement links the section; announcements are category 2
        first = next(i for i, p in enumerate(site.posts) if p[3] == 2)
        pid, path, _, cat, thai, month = site.posts[first]
        site.posts[first] = (pid, path, "ประกาศ การเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. 2569", cat, thai, month)
        statics = {}
    else:
        sys.exit(f"unknown layout {layout}")
    attachments = {}
    if layout == "news":
        attachments[first] = [("/oit2569/", "รายการข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2569")]
    site.post_pages(attachments)
    site.archives()
    site.statics(statics)
    site.home()
    site.finish()
    with open(os.path.join(os.path.dirname(args.out.rstrip("/")), "evidence.txt"), "w") as f:
        f.write("\n".join(ev) + "\n")
    print(f"{args.out}: {len(site.urls)} URLs, {len(ev)} evidence URLs ({layout})", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="kind", required=True)
    b = sub.add_parser("big")
    b.add_argument("out")
    b.add_argument("--posts", type=int, default=17000)
    b.add_argument("--pdfs", type=int, default=2000)
    b.add_argument("--xlsx", type=int, default=200)
    e = sub.add_parser("evidence")
    e.add_argument("out")
    e.add_argument("--layout", choices=["menu", "about", "deep", "news"], required=True)
    e.add_argument("--posts", type=int, default=3000)
    args = parser.parse_args()
    try:
        import fpdf  # noqa: F401
    except ImportError:
        sys.exit("fpdf2 is needed to make the PDFs: pip install fpdf2")
    {"big": big, "evidence": evidence}[args.kind](args)


if __name__ == "__main__":
    main()
