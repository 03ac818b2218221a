#!/usr/bin/env python3
"""Check corpus sites against FORMAT.md: every internal link resolves (except the ones a site means
to break), every labelled evidence path exists and is reachable from the start page, and
labels.yaml covers O1..O26 with a reason and a case for every "no".

    python3 tests/corpus/tools/check_sites.py district-inprogress news-archive-trap ...
    python3 tests/corpus/tools/check_sites.py            # every folder with a labels.yaml

Resolution follows FORMAT.md: percent-decoded path; "/a/b.php?x=1" -> file "a/b.php?x=1" if it
exists, else "a/b.php"; "/dir/?q" -> "dir/?q" else the directory index; directories answer with
index.html / index.htm / index.php; site/_routes.yaml overrides (redirect, status).
Links a site breaks on purpose are listed per site in EXPECTED_BROKEN (path prefixes) or are any
link whose unresolved path is listed in the site's labels as an http_404 case.
"""

import os
import re
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, unquote

import yaml

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTML_EXT = (".html", ".htm", ".php")
ITEMS = ["O%d" % i for i in range(1, 27)]

# Links each site breaks on purpose (exact path+query, or prefix ending in "*").
EXPECTED_BROKEN = {
    "district-inprogress": ["/uploads/ita2569/O7.pdf", "/uploads/ita2569/O12.pdf", "/ita/detail.php?id=19"],
    "news-archive-trap": [],
    "wrong-year-agency": [],
    "law-and-gaps": ["/images/ita2569/O26_รายงานผลมาตรการส่งเสริมคุณธรรม_2568.pdf"],
    "complete-agency": [],
    "joomla-labour-multiyear": ["/index.php?option=com_content&view=article&id=31&Itemid=121",
                                "/index.php?option=com_xmap&view=html&id=1&Itemid=199",
                                "/images/ita/2569/O14_%E0%B8%A3*"],
    "static-tambon-ita-years": ["/webboard/", "/stat/index.html", "/ita2569/files/o13_*", "/ita2568/files/o17_*"],
}
ASSET_EXT = (".css", ".js", ".ico", ".woff", ".woff2", ".ttf")


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.base = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        for attr in ("href", "src", "action"):
            if tag in ("a", "area", "iframe", "frame", "img", "embed", "link", "script", "source") and a.get(attr):
                self.links.append((tag, a[attr].strip()))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\"]+)", a.get("content") or "", re.I)
            if m:
                self.links.append(("meta", m.group(1).strip()))


def is_html(fs_path):
    base = os.path.basename(fs_path).split("?")[0]
    ext = os.path.splitext(base)[1].lower()
    return ext in HTML_EXT or ext == "" or fs_path.endswith("/")


class Site:
    def __init__(self, name):
        self.name = name
        self.root = os.path.join(CORPUS, name, "site")
        rp = os.path.join(self.root, "_routes.yaml")
        self.routes = yaml.safe_load(open(rp, encoding="utf-8")) if os.path.exists(rp) else {}
        self.routes = self.routes or {}

    def resolve(self, url_path, depth=0):
        """url_path: '/a/b?q' (not yet decoded). Returns (status, fs_path or None, final_path)."""
        if url_path in self.routes:
            r = self.routes[url_path]
            if "redirect" in r and depth < 10:
                return self.resolve(r["redirect"], depth + 1)
            if "status" in r:
                return r["status"], None, url_path
        sp = urlsplit(url_path)
        path = unquote(sp.path)
        q = sp.query
        fs = os.path.join(self.root, path.lstrip("/"))
        if path.endswith("/"):
            if q and os.path.isfile(fs + "?" + unquote(q)):
                return 200, fs + "?" + unquote(q), url_path
            return self._dir(fs, url_path)
        if q and os.path.isfile(fs + "?" + unquote(q)):
            return 200, fs + "?" + unquote(q), url_path
        if os.path.isfile(fs):
            return 200, fs, url_path
        if os.path.isdir(fs):
            return self._dir(fs + "/", url_path)
        return 404, None, url_path

    def _dir(self, fs, url_path):
        for idx in ("index.html", "index.htm", "index.php"):
            if os.path.isfile(os.path.join(fs, idx)):
                return 200, os.path.join(fs, idx), url_path
        return 404, None, url_path

    def links_of(self, fs_path, page_url):
        p = Links()
        try:
            p.feed(open(fs_path, encoding="utf-8", errors="replace").read())
        except Exception as ex:  # pragma: no cover
            print("  parse error", fs_path, ex)
        base = urljoin("http://site" + page_url, p.base) if p.base else "http://site" + page_url
        out = []
        for tag, href in p.links:
            if href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
                continue
            absu = urljoin(base, href)
            sp = urlsplit(absu)
            if sp.netloc != "site":
                continue
            path = sp.path + ("?" + sp.query if sp.query else "")
            out.append((tag, path))
        return out


def expected_broken(name, path):
    for pat in EXPECTED_BROKEN.get(name, []):
        if pat.endswith("*") and path.startswith(pat[:-1]):
            return True
        if path == pat:
            return True
    return False


def crawl(site, start, limit=20000):
    seen = {start}
    q = deque([start])
    reach = {}
    broken = []
    while q and len(reach) < limit:
        u = q.popleft()
        st, fs, _ = site.resolve(u)
        reach[u] = (st, fs)
        if st != 200 or not fs or not is_html(fs):
            continue
        for tag, v in site.links_of(fs, u):
            if v.lower().split("?")[0].endswith(ASSET_EXT):
                continue
            st2, fs2, _ = site.resolve(v)
            if st2 >= 400 and not expected_broken(site.name, v):
                broken.append((u, tag, v, st2))
            if v not in seen:
                seen.add(v)
                q.append(v)
    return reach, broken


def check(name, verbose=False):
    site = Site(name)
    lp = os.path.join(CORPUS, name, "labels.yaml")
    ok = True
    labels = yaml.safe_load(open(lp, encoding="utf-8")) if os.path.exists(lp) else None
    start = (labels or {}).get("start", "/")
    reach, broken = crawl(site, start)
    n_ok = sum(1 for s, _ in reach.values() if s == 200)
    print("== %s: %d URLs reached (%d answered 200), %d unexpected broken links" % (name, len(reach), n_ok, len(broken)))
    for u, tag, v, st in broken[:40]:
        print("  BROKEN %s <%s> -> %s (%s)" % (u, tag, v, st))
    if broken:
        ok = False
    if labels is None:
        print("  no labels.yaml")
        return False
    if labels.get("site") != name:
        print("  labels.site = %r, expected %r" % (labels.get("site"), name))
        ok = False
    items = labels.get("items") or {}
    missing = [i for i in ITEMS if i not in items]
    extra = [i for i in items if i not in ITEMS]
    if missing or extra:
        print("  items missing %s extra %s" % (missing, extra))
        ok = False
    reached_ok = {u for u, (s, _) in reach.items() if s == 200}
    reached_files = {fs for u, (s, fs) in reach.items() if s == 200}
    yes = no = 0
    for i in ITEMS:
        it = items.get(i) or {}
        ans = it.get("answer")
        # FORMAT.md writes `answer: yes` unquoted; YAML 1.1 loaders (PyYAML) read that as a bool.
        ans = {True: "yes", False: "no"}.get(ans, ans) if isinstance(ans, bool) else ans
        if ans == "yes":
            yes += 1
            ev = it.get("evidence") or []
            if not ev:
                print("  %s: yes without evidence" % i)
                ok = False
            for pth in ev:
                st, fs, _ = site.resolve(pth)
                if st != 200:
                    print("  %s: evidence %s does not resolve (%s)" % (i, pth, st))
                    ok = False
                elif pth not in reached_ok and fs not in reached_files:
                    print("  %s: evidence %s not reachable from %s" % (i, pth, start))
                    ok = False
        elif ans == "no":
            no += 1
            if not it.get("reason") or not it.get("case"):
                print("  %s: no without reason/case" % i)
                ok = False
        else:
            print("  %s: answer %r" % (i, ans))
            ok = False
    print("  labels: %d yes, %d no%s" % (yes, no, "" if ok else "  -- PROBLEMS ABOVE"))
    if verbose:
        for u in sorted(reach):
            print("   ", reach[u][0], u)
    return ok


def main(argv):
    verbose = "-v" in argv
    names = [a for a in argv[1:] if not a.startswith("-")]
    if not names:
        names = sorted(d for d in os.listdir(CORPUS) if os.path.exists(os.path.join(CORPUS, d, "labels.yaml")))
    allok = True
    for n in names:
        allok &= check(n, verbose)
    sys.exit(0 if allok else 1)


if __name__ == "__main__":
    main(sys.argv)
