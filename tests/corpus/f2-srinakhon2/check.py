#!/usr/bin/env python3
"""Check fixture F2: every evidence path in labels.yaml exists in site/ (FORMAT.md query-file rules), every
internal link/src/form action on every HTML page resolves (or is an intended 404 in _routes.yaml), and the
labels cover O1..O26 with the required keys."""

import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
HOST = "http://f2.test"

routes = {}
rp = os.path.join(SITE, "_routes.yaml")
if os.path.exists(rp):
    routes = yaml.safe_load(open(rp, encoding="utf-8")) or {}
routes = {unquote(k): v for k, v in routes.items()}


def resolve(path_q, depth=0):
    """Return ('ok', file) | ('404', reason) | ('redirect', target) following FORMAT.md."""
    path, _, query = path_q.partition("?")
    path = unquote(path)
    key = path + ("?" + query if query else "")
    if key in routes:
        r = routes[key]
        if "redirect" in r:
            if depth > 5:
                return ("404", "redirect loop")
            return resolve(r["redirect"], depth + 1)
        if "status" in r and int(r["status"]) >= 400:
            return ("404", "routes status %s" % r["status"])
    rel = path.lstrip("/")
    if rel.split("/")[0].startswith("_"):
        return ("404", "underscore file")
    full = os.path.join(SITE, rel)
    if path.endswith("/") or os.path.isdir(full):
        if query and os.path.isfile(os.path.join(full, "?" + query)):
            return ("ok", os.path.join(full, "?" + query))
        for idx in ("index.html", "index.htm", "index.php"):
            if os.path.isfile(os.path.join(full, idx)):
                return ("ok", os.path.join(full, idx))
        return ("404", "no index")
    if query and os.path.isfile(full + "?" + query):
        return ("ok", full + "?" + query)
    if os.path.isfile(full):
        return ("ok", full)
    return ("404", "missing file")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "src", "action"):
            if k in a and a[k] is not None:
                self.links.append((tag, k, a[k]))


def is_html(fn):
    base = os.path.basename(fn).split("?")[0]
    return base.endswith((".html", ".htm", ".php")) or ("." not in base)


def url_of(full):
    rel = os.path.relpath(full, SITE).replace(os.sep, "/")
    if "/?" in "/" + rel:  # folder query file
        pass
    return "/" + rel


def main():
    errors = []
    expected_404 = {k for k, v in routes.items() if isinstance(v, dict) and v.get("status") == 404}
    pages = 0
    seen_404 = set()
    for root, _, files in os.walk(SITE):
        for f in files:
            full = os.path.join(root, f)
            if os.path.relpath(full, SITE).startswith("_") or not is_html(full):
                continue
            if f == "robots.txt":
                continue
            pages += 1
            page_url = url_of(full)
            p = Links()
            p.feed(open(full, encoding="utf-8").read())
            for tag, attr, link in p.links:
                if link.startswith(("mailto:", "tel:", "javascript:")) or link in ("", "#"):
                    continue
                absu = urljoin(HOST + page_url, link)
                sp = urlsplit(absu)
                if sp.netloc != "f2.test":
                    continue
                pq = sp.path + ("?" + sp.query if sp.query else "")
                st, why = resolve(pq)
                if st != "ok":
                    dec = unquote(pq)
                    if dec in expected_404:
                        seen_404.add(dec)
                    else:
                        errors.append("%s: broken %s=%s (%s)" % (page_url, attr, dec, why))
    # labels
    lab = yaml.load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"), Loader=yaml.BaseLoader)
    for k in ("site", "agency", "modelled_on", "checklist", "start", "features", "labelled", "items"):
        if k not in lab:
            errors.append("labels: missing key %s" % k)
    items = lab.get("items", {})
    for n in range(1, 27):
        oid = "O%d" % n
        it = items.get(oid)
        if not it:
            errors.append("labels: %s missing" % oid)
            continue
        ans = it.get("answer")
        if ans not in ("yes", "no"):
            errors.append("labels: %s answer %r" % (oid, ans))
        if ans == "yes":
            ev = it.get("evidence") or []
            if not ev:
                errors.append("labels: %s yes without evidence" % oid)
            for e in ev:
                st, why = resolve(e)
                if st != "ok":
                    errors.append("labels: %s evidence %s does not resolve (%s)" % (oid, e, why))
        else:
            for k in ("reason", "case"):
                if not it.get(k):
                    errors.append("labels: %s no without %s" % (oid, k))
    for e in sorted(expected_404 - seen_404):
        print("note: intended 404 not linked anywhere:", e)
    yes = sum(1 for n in range(1, 27) if items.get("O%d" % n, {}).get("answer") == "yes")
    print("pages checked: %d; items yes/no: %d/%d; intended 404 linked: %d" % (pages, yes, 26 - yes, len(seen_404)))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
