#!/usr/bin/env python3
"""Check the G2 fixture: every labels.yaml evidence path resolves in site/, every internal link resolves
(or is an intended 404). Follows tests/corpus/FORMAT.md serving rules. Exit 1 on problems."""
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit, urljoin

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
INTENDED_404 = {"/images/ita2568/O12/สขร-2568.pdf"}  # old ITA 2568 attachment deleted from the server

routes = {}
rp = os.path.join(SITE, "_routes.yaml")
if os.path.exists(rp):
    routes = yaml.safe_load(open(rp, encoding="utf-8")) or {}


def resolve(url, depth=0):
    """Return ('ok', file) | ('404', None) | ('missing', None)."""
    sp = urlsplit(url)
    path = unquote(sp.path) or "/"
    key = path + ("?" + unquote(sp.query) if sp.query else "")
    r = routes.get(key) or routes.get(url)
    if r:
        if "redirect" in r:
            return resolve(r["redirect"], depth + 1) if depth < 5 else ("missing", None)
        if r.get("status") == 404:
            return ("404", None)
    base = os.path.join(SITE, path.lstrip("/"))
    cands = []
    if sp.query:
        q = unquote(sp.query)
        cands.append(os.path.join(base, "?" + q) if path.endswith("/") else base + "?" + q)
    cands.append(base)
    for c in cands:
        if os.path.isfile(c):
            return ("ok", c)
        if os.path.isdir(c):
            for idx in ("index.html", "index.htm", "index.php"):
                if os.path.isfile(os.path.join(c, idx)):
                    return ("ok", os.path.join(c, idx))
    return ("404" if path in INTENDED_404 else "missing", None)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v and k in ("href", "src", "action", "data"):
                self.links.append(v)


def site_url(fpath):
    rel = "/" + os.path.relpath(fpath, SITE).replace(os.sep, "/")
    if rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return rel


problems = []
labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
assert len(labels["items"]) == 26
for item, v in labels["items"].items():
    ans = v["answer"]
    if ans in (True, "yes"):
        if not v.get("evidence"):
            problems.append(f"{item}: yes without evidence")
        for e in v.get("evidence", []):
            st, _ = resolve(e)
            if st != "ok":
                problems.append(f"{item}: evidence {e} -> {st}")
    else:
        if not v.get("reason") or not v.get("case"):
            problems.append(f"{item}: no without reason/case")

n_pages = n_links = 0
intended = set()
for root, _, files in os.walk(SITE):
    for f in files:
        fp = os.path.join(root, f)
        if os.path.splitext(f)[1] not in ("", ".html", ".htm", ".php") or f.startswith("_") or f == "robots.txt":
            continue
        if "?" in f and os.path.splitext(f.split("?")[0])[1] not in ("", ".html", ".htm", ".php"):
            continue
        n_pages += 1
        p = Links()
        p.feed(open(fp, encoding="utf-8").read())
        base = site_url(fp)
        for l in p.links:
            if l.startswith(("mailto:", "tel:", "javascript:", "#")):
                continue
            u = urljoin("http://site" + base, l)
            if not u.startswith("http://site/"):
                continue
            n_links += 1
            st, _ = resolve(u[len("http://site"):].split("#")[0])
            if st == "missing":
                problems.append(f"{base}: broken link {l}")
            elif st == "404":
                intended.add(unquote(l))

print(f"pages {n_pages}, internal links {n_links}, intended 404s: {sorted(intended)}")
for pr in problems:
    print("PROBLEM", pr)
print("clean" if not problems else f"{len(problems)} problems")
sys.exit(1 if problems else 0)
