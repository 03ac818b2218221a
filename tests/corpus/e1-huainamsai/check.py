#!/usr/bin/env python3
"""Checks fixture site E1: every evidence path in labels.yaml exists in site/ (FORMAT.md query-file rules),
every internal link/src/action in the site's HTML resolves to a file (or is an intended 404/redirect in
_routes.yaml), and prints a summary.  Exit 1 on any problem."""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
OWN_HOSTS = {"www.huainamsai.go.th", "huainamsai.go.th"}
HTML_EXT = (".html", ".htm", ".php")


def load_routes():
    p = os.path.join(SITE, "_routes.yaml")
    return yaml.safe_load(open(p, encoding="utf-8")) or {} if os.path.exists(p) else {}


ROUTES = load_routes()


def resolve(path_q, strict_query=True):
    """Return (kind, file) for a decoded site path with optional ?query, following FORMAT.md.
    kind: 'file' | 'fallback' (query file missing, base file served) | 'route404' | 'redirect' | None"""
    if path_q in ROUTES:
        r = ROUTES[path_q]
        if "redirect" in r:
            return "redirect", r["redirect"]
        if r.get("status") == 404:
            return "route404", None
    path, _, query = path_q.partition("?")
    path = unquote(path)
    rel = path.lstrip("/")
    base = os.path.join(SITE, rel)
    if path.endswith("/") or path == "":
        if query and os.path.isfile(os.path.join(base, "?" + query)):
            return "file", os.path.join(base, "?" + query)
        for idx in ("index.html", "index.htm", "index.php"):
            if os.path.isfile(os.path.join(base, idx)):
                return ("fallback" if query else "file"), os.path.join(base, idx)
        return None, None
    if query and os.path.isfile(base + "?" + query):
        return "file", base + "?" + query
    if os.path.isdir(base):
        for idx in ("index.html", "index.htm", "index.php"):
            if os.path.isfile(os.path.join(base, idx)):
                return ("fallback" if query else "file"), os.path.join(base, idx)
        return None, None
    if os.path.isfile(base):
        return ("fallback" if query else "file"), base
    return None, None


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if (k == "href" and tag in ("a", "link", "area")) or (k == "src" and tag in ("img", "iframe", "script", "embed")) \
                    or (k == "action" and tag == "form"):
                self.links.append((tag, k, v.strip()))


def site_path_of(fs_path):
    rel = os.path.relpath(fs_path, SITE).replace(os.sep, "/")
    return "/" + rel


def main():
    problems = []
    pages = docs = 0
    n_int = n_ext = n_hash = n_404 = 0
    ext_hosts = {}
    for root, _, files in os.walk(SITE):
        for f in files:
            fp = os.path.join(root, f)
            base = f.split("?", 1)[0]
            if f.startswith("_") and root == SITE:
                continue
            if not (base.endswith(HTML_EXT)):
                docs += 1
                continue
            pages += 1
            p = Links()
            p.feed(open(fp, encoding="utf-8").read())
            for tag, attr, href in p.links:
                if href in ("", "#") or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                    n_hash += href.startswith("#") or href == ""
                    continue
                u = urlsplit(href)
                if u.scheme in ("http", "https"):
                    if u.hostname not in OWN_HOSTS:
                        n_ext += 1
                        ext_hosts[u.hostname] = ext_hosts.get(u.hostname, 0) + 1
                        continue
                path = u.path
                if not path.startswith("/"):
                    cur = site_path_of(fp).split("?", 1)[0]
                    path = cur.rsplit("/", 1)[0] + "/" + path
                pq = unquote(path) + ("?" + u.query if u.query else "")
                n_int += 1
                kind, target = resolve(pq)
                if kind == "route404":
                    n_404 += 1
                elif kind == "redirect":
                    k2, _ = resolve(target)
                    if k2 != "file":
                        problems.append("%s: redirect %s -> %s unresolved" % (site_path_of(fp), pq, target))
                elif kind == "fallback":
                    problems.append("%s: %s falls back to the base file (query file missing)" % (site_path_of(fp), pq))
                elif kind is None:
                    problems.append("%s: broken link %s" % (site_path_of(fp), pq))

    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
    if resolve(labels.get("start", "/"))[0] != "file":
        problems.append("start path %s does not resolve" % labels.get("start"))
    items = labels["items"]
    yes = no = ev = 0
    for i in range(1, 27):
        code = "O%d" % i
        it = items.get(code)
        if it is None:
            problems.append("labels: %s missing" % code)
            continue
        ans = str(it.get("answer"))
        if ans in ("yes", "True"):
            yes += 1
            if not it.get("evidence"):
                problems.append("labels: %s yes without evidence" % code)
            for e in it.get("evidence") or []:
                ev += 1
                kind, _ = resolve(e)
                if kind != "file":
                    problems.append("labels: %s evidence %s -> %s" % (code, e, kind))
        elif ans in ("no", "False"):
            no += 1
            if not it.get("reason") or not it.get("case"):
                problems.append("labels: %s no without reason/case" % code)
        else:
            problems.append("labels: %s answer %r" % (code, ans))
    if len(items) != 26:
        problems.append("labels: %d items (expected 26)" % len(items))

    print("site: %d HTML pages, %d other files (documents, images, assets)" % (pages, docs))
    print("links: %d internal checked, %d intended 404 (_routes.yaml), %d '#'-links, %d external (%d hosts)"
          % (n_int, n_404, n_hash, n_ext, len(ext_hosts)))
    print("labels: %d yes, %d no, %d evidence paths checked" % (yes, no, ev))
    for pr in problems:
        print("PROBLEM:", pr)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
