#!/usr/bin/env python3
"""Check G1: every evidence path in labels.yaml exists in site/, every internal link resolves
(or is an intended 404 listed in site/_routes.yaml). Exit 1 on any problem."""
import os
import re
import sys
from urllib.parse import unquote, urljoin, urlsplit

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")


def routes():
    path = os.path.join(SITE, "_routes.yaml")
    if not os.path.exists(path):
        return {}
    return yaml.safe_load(open(path, encoding="utf-8")) or {}


ROUTES = routes()


def resolve(target):
    """target: decoded path with optional ?query. Returns 'file', 'route404' or None."""
    if target in ROUTES and ROUTES[target].get("status") == 404:
        return "route404"
    path, _, query = target.partition("?")
    if path.endswith("/"):
        cands = [os.path.join(SITE, path.lstrip("/"), "?" + query)] if query else []
        cands += [os.path.join(SITE, path.lstrip("/"), n) for n in ("index.html", "index.htm", "index.php")]
    else:
        base = os.path.join(SITE, path.lstrip("/"))
        cands = ([base + "?" + query] if query else []) + [base]
        if os.path.isdir(base):
            cands += [os.path.join(base, n) for n in ("index.html", "index.htm", "index.php")]
    for c in cands:
        if os.path.isfile(c):
            return "file"
    return None


def main():
    bad = 0
    labels = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
    items = labels["items"]
    assert sorted(items, key=lambda k: int(k[1:])) == [f"O{i}" for i in range(1, 27)], "need O1..O26"
    for code, it in items.items():
        ans = str(it["answer"]).lower()
        if ans in ("yes", "true"):
            if not it.get("evidence"):
                print(f"{code}: yes without evidence"); bad += 1
            for ev in it.get("evidence", []):
                if resolve(unquote(ev)) != "file":
                    print(f"{code}: evidence missing: {ev}"); bad += 1
        else:
            if not it.get("reason") or not it.get("case"):
                print(f"{code}: no without reason/case"); bad += 1
    nlinks = 0
    intended_404 = set()
    for root, _, files in os.walk(SITE):
        for f in files:
            full = os.path.join(root, f)
            rel = "/" + os.path.relpath(full, SITE)
            if f.startswith("_") and root == SITE:
                continue
            is_html = f.endswith((".php", ".html", ".htm")) or ".php?" in f
            if not is_html:
                continue
            raw = open(full, "rb").read()
            if b"charset=tis-620" not in raw[:1024]:
                print(f"{rel}: no tis-620 meta"); bad += 1
            try:
                raw.decode("utf-8")
                if re.search(rb"[\x80-\xff]", raw):
                    print(f"{rel}: looks like UTF-8, expected cp874"); bad += 1
            except UnicodeDecodeError:
                pass
            text = raw.decode("cp874")
            page_url = "http://site" + rel.replace("?", "?", 1)
            for m in re.finditer(r'(?:href|src|action)="([^"]*)"', text):
                u = m.group(1)
                if not u or u.startswith(("#", "javascript:", "mailto:", "tel:")):
                    continue
                absu = urljoin(page_url, u)
                sp = urlsplit(absu)
                if sp.netloc != "site":
                    continue
                target = unquote(sp.path) + ("?" + unquote(sp.query) if sp.query else "")
                nlinks += 1
                r = resolve(target)
                if r is None:
                    print(f"{rel}: broken link {u}"); bad += 1
                elif r == "route404":
                    intended_404.add(target)
    print(f"checked {nlinks} internal links; intended 404s linked: {sorted(intended_404)}")
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
