#!/usr/bin/env python3
"""Check fixture F1: every evidence path in labels.yaml exists in site/ (FORMAT.md serving rules), and every
internal link (href, src, form action) on every HTML page resolves, or is an intended 404 in _routes.yaml."""
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
routes = yaml.safe_load(open(os.path.join(SITE, "_routes.yaml"), encoding="utf-8")) or {}
routes = {unquote(k): v for k, v in routes.items()}


def resolve(path_q):
    """Return ('ok', file) | ('route', spec) | ('missing', None) for a decoded '/path?query'."""
    if path_q in routes:
        return ("route", routes[path_q])
    path, _, q = path_q.partition("?")
    cands = []
    if q:
        if path.endswith("/"):
            cands.append(os.path.join(SITE, path.lstrip("/"), "?" + q))
        else:
            cands.append(os.path.join(SITE, path.lstrip("/") + "?" + q))
    base = os.path.join(SITE, path.lstrip("/"))
    if not q:
        cands.append(base)  # strict: a query link must have its own file (no silent fallback to the base page)
    for c in cands:
        if os.path.isfile(c):
            if os.path.basename(c).startswith("_") and os.path.dirname(c) == SITE:
                continue
            return ("ok", c)
        if os.path.isdir(c):
            for idx in ("index.html", "index.htm", "index.php"):
                if os.path.isfile(os.path.join(c, idx)):
                    return ("ok", os.path.join(c, idx))
    return ("missing", None)


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        for k in ("href", "src", "action", "data"):
            if k in d and d[k] is not None:
                self.links.append((tag, k, d[k]))


def is_html(fn):
    base = os.path.basename(fn)
    ext = os.path.splitext(base.split("?")[0])[1].lower()
    return ext in (".html", ".htm", ".php") or (ext == "" and not base.startswith("robots"))


def page_url(fn):
    rel = "/" + os.path.relpath(fn, SITE)
    if os.path.basename(rel).startswith("?"):
        return os.path.dirname(rel).rstrip("/") + "/" + os.path.basename(rel)
    return rel


errors = []
n_links = 0
n_pages = 0
for root, dirs, files in os.walk(SITE):
    for f in files:
        fn = os.path.join(root, f)
        if not is_html(fn) or (root == SITE and f.startswith("_")):
            continue
        n_pages += 1
        p = Links()
        p.feed(open(fn, encoding="utf-8").read())
        base = "http://site" + page_url(fn)
        for tag, attr, link in p.links:
            if link.startswith(("mailto:", "tel:", "javascript:")) or link == "#" or link.startswith("#"):
                continue
            u = urlsplit(urljoin(base, link))
            if u.netloc != "site":
                continue
            n_links += 1
            target = unquote(u.path) + ("?" + unquote(u.query) if u.query else "")
            kind, info = resolve(target)
            if kind == "ok":
                continue
            if kind == "route" and (info.get("redirect") or info.get("status") == 404):
                continue
            errors.append("broken link on %s: %s %s=%s" % (page_url(fn), tag, attr, link))

labels = yaml.load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"), Loader=yaml.BaseLoader)
items = labels["items"]
assert sorted(items, key=lambda k: int(k[1:])) == ["O%d" % i for i in range(1, 27)], sorted(items)
for k, v in items.items():
    ans = v.get("answer")
    if ans not in ("yes", "no"):
        errors.append("%s: bad answer %r" % (k, ans))
    if ans == "yes":
        ev = v.get("evidence") or []
        if not ev:
            errors.append("%s: yes without evidence" % k)
        for e in ev:
            kind, info = resolve(unquote(e))
            if kind != "ok":
                errors.append("%s: evidence %s does not exist (%s)" % (k, e, kind))
    else:
        if not v.get("reason") or not v.get("case"):
            errors.append("%s: no without reason/case" % k)
for key in ("site", "agency", "modelled_on", "checklist", "start", "features", "labelled"):
    if key not in labels:
        errors.append("labels.yaml: missing %s" % key)

print("pages:", n_pages, "internal links:", n_links, "items:", len(items),
      "yes:", sum(1 for v in items.values() if v["answer"] == "yes"))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
