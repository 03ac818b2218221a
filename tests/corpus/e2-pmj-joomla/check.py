#!/usr/bin/env python3
"""Check fixture site E2 against tests/corpus/FORMAT.md (without running oitcheck):

  * labels.yaml covers O1..O26; every "yes" has evidence, every "no" has reason + case;
  * every evidence path resolves to a file in site/ (FORMAT query-file rules) and is reachable from start;
  * every internal link (a/area/iframe/img/link/script/form action) on every reachable HTML page resolves,
    or is an intended 404 listed in site/_routes.yaml;
  * the news archive has >= 40 dated posts, >= 15 PDFs, >= 2 XLSX/DOCX.

    python3 check.py
"""

import os
import re
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
HOST = "http://sriwarin.m-society.go.th"
HTML_EXT = (".html", ".htm", ".php")


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for attr in ("href", "src", "action"):
            v = a.get(attr)
            if v is not None and tag in ("a", "area", "iframe", "frame", "img", "embed", "link", "script", "form", "source"):
                self.links.append((tag, v.strip()))


def load_routes():
    p = os.path.join(SITE, "_routes.yaml")
    if not os.path.exists(p):
        return {}
    return yaml.safe_load(open(p, encoding="utf-8")) or {}


ROUTES = load_routes()


def resolve(path_q, strict=True):
    """path_q: decoded '/a/b.php?x=1'. Returns (kind, file) where kind in file|redirect|status|missing.
    strict: a '?query' URL must have its own file (no silent fallback to the base file)."""
    if path_q in ROUTES:
        r = ROUTES[path_q]
        if "redirect" in r:
            return "redirect", r["redirect"]
        if "status" in r:
            return "status", r["status"]
    path, _, q = path_q.partition("?")
    if path.endswith("/"):
        cand = [os.path.join(SITE, path.lstrip("/"), "?" + q)] if q else []
        base = os.path.join(SITE, path.lstrip("/"))
    else:
        cand = [os.path.join(SITE, path.lstrip("/") + "?" + q)] if q else []
        base = os.path.join(SITE, path.lstrip("/"))
    for c in cand:
        if os.path.isfile(c):
            return "file", c
    if q and strict:
        return "missing", None
    if os.path.isdir(base):
        for idx in ("index.html", "index.htm", "index.php"):
            if os.path.isfile(os.path.join(base, idx)):
                return "file", os.path.join(base, idx)
        return "missing", None
    if os.path.isfile(base):
        return "file", base
    return "missing", None


def is_html(f):
    name = os.path.basename(f).split("?")[0]
    return name.endswith(HTML_EXT) or "." not in name


def norm(url, base_path):
    """Return the decoded internal path?query for a link, or None if external/ignored."""
    if not url or url.startswith(("#", "mailto:", "tel:", "javascript:")):
        return None
    full = urljoin(HOST + base_path, url)
    sp = urlsplit(full)
    if f"{sp.scheme}://{sp.netloc}" != HOST:
        return None
    p = unquote(sp.path) or "/"
    return p + ("?" + unquote(sp.query) if sp.query else "")


def crawl():
    seen, reach, problems, placeholders = set(), set(), [], []
    intended_404 = {k for k, v in ROUTES.items() if isinstance(v, dict) and v.get("status") == 404}
    hit_404 = set()
    dq = deque(["/"])
    while dq:
        cur = dq.popleft()
        if cur in seen:
            continue
        seen.add(cur)
        kind, f = resolve(cur)
        if kind == "redirect":
            dq.append(f)
            continue
        if kind == "status":
            hit_404.add(cur)
            continue
        if kind == "missing":
            problems.append(cur)
            continue
        reach.add(cur)
        if not is_html(f):
            continue
        text = open(f, encoding="utf-8").read()
        p = Links()
        p.feed(text)
        for tag, url in p.links:
            if url == "#":
                placeholders.append((cur, tag))
            n = norm(url, cur.split("?")[0])
            if n is None:
                continue
            if n not in seen:
                dq.append(n)
    return reach, problems, placeholders, hit_404, intended_404


def main():
    ok = True
    labels = yaml.load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"), Loader=yaml.BaseLoader)
    reach, problems, placeholders, hit_404, intended = crawl()
    print(f"reachable URLs from /: {len(reach)}")
    if problems:
        ok = False
        print("BROKEN internal links (not intended):")
        for p in problems:
            print("   ", p)
    print(f"intended 404s hit: {sorted(hit_404)}")
    if intended - hit_404:
        print("WARNING intended 404s never linked:", sorted(intended - hit_404))
    print(f"placeholder '#' links: {len(placeholders)} (menu parents and O18 in the 2569 table)")

    # files on disk never reached (informational)
    on_disk = set()
    for root, _, files in os.walk(SITE):
        for fn in files:
            rel = "/" + os.path.relpath(os.path.join(root, fn), SITE)
            if not os.path.basename(rel).startswith("_") or root != SITE:
                on_disk.add(rel.replace("/index.php?", "/index.php?"))
    reached_files = set()
    for u in reach:
        k, f = resolve(u)
        if k == "file":
            reached_files.add("/" + os.path.relpath(f, SITE))
    unreached = sorted(x for x in on_disk if x not in reached_files and not x.startswith("/_"))
    if unreached:
        print("files not reachable from / (informational):")
        for u in unreached:
            print("   ", u)

    # labels
    items = labels.get("items", {})
    for k in ("site", "agency", "modelled_on", "checklist", "start", "features", "labelled"):
        if k not in labels:
            ok = False
            print("labels.yaml missing key", k)
    yes = no = 0
    for i in range(1, 27):
        code = f"O{i}"
        it = items.get(code)
        if not it:
            ok = False
            print("missing item", code)
            continue
        ans = it.get("answer")
        if ans == "yes":
            yes += 1
            ev = it.get("evidence") or []
            if not ev:
                ok = False
                print(code, "yes without evidence")
            for e in ev:
                kind, f = resolve(unquote(e))
                if kind != "file":
                    ok = False
                    print(code, "evidence does not resolve:", e, kind)
                elif unquote(e) not in reach:
                    ok = False
                    print(code, "evidence not reachable from start:", e)
        elif ans == "no":
            no += 1
            if not it.get("reason") or not it.get("case"):
                ok = False
                print(code, "no without reason/case")
        else:
            ok = False
            print(code, "bad answer", ans)
        if not it.get("note"):
            print(code, "WARNING no note")
    print(f"labels: {yes} yes, {no} no")

    # corpus size requirements
    news = [u for u in reach if re.search(r"view=article&id=1\d{3}&Itemid=110$", u)]
    pdfs = [u for u in reach if u.lower().endswith(".pdf")]
    office = [u for u in reach if u.lower().endswith((".xlsx", ".docx"))]
    print(f"news posts reachable: {len(news)}; PDFs reachable: {len(pdfs)}; XLSX/DOCX reachable: {len(office)}")
    if len(news) < 40 or len(pdfs) < 15 or len(office) < 2:
        ok = False
        print("corpus size requirement not met")
    print("RESULT:", "CLEAN" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
