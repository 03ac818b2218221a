#!/usr/bin/env python3
"""Check blind pair D sites (tests/blind/<name>/) with check_sites.py's rules, plus what a visitor's browser
adds: the PDF a PDF.js viewer iframe shows (<iframe src=".../pdfjs/web/viewer.php?file=<url>">), which is
in no href, only in the viewer's file= parameter.

    python3 tests/corpus/tools/check_blind_d.py [name ...]     # default: every tests/blind/* with labels.yaml

Prints, per site, which labelled evidence a crawler that does not read viewer file= parameters would miss.
"""

import os
import sys
from urllib.parse import parse_qs, quote, unquote, urljoin, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_sites as C  # noqa: E402

C.CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "blind")
C.CORPUS = os.path.normpath(C.CORPUS)
C.EXPECTED_BROKEN.update({
    # O9: both ITA tabs embed the service guide through the PDF.js viewer, but the PDF was deleted
    "wp-school-elementor-tabs": [quote("/wp-content/uploads/2024/09/คู่มือการให้บริการ-ขอเอกสารทางการศึกษา.pdf")],
})
WITH_VIEWER = True


class ViewerSite(C.Site):
    def links_of(self, fs_path, page_url):
        out = super().links_of(fs_path, page_url)
        if not WITH_VIEWER:
            return out
        extra = []
        for tag, path in out:
            sp = urlsplit(path)
            if tag == "iframe" and sp.path.endswith("/viewer.php") and sp.query:
                for f in parse_qs(sp.query).get("file", []):
                    u = urlsplit(urljoin("http://site" + page_url, f))
                    if u.netloc == "site":
                        extra.append(("viewer-file", quote(unquote(u.path), safe="/")))
        return out + extra


def main(argv):
    global WITH_VIEWER
    import yaml
    C.Site = ViewerSite
    names = [a for a in argv[1:] if not a.startswith("-")] or sorted(
        d for d in os.listdir(C.CORPUS) if os.path.exists(os.path.join(C.CORPUS, d, "labels.yaml")))
    ok = True
    for name in names:
        ok &= C.check(name, "-v" in argv)
        WITH_VIEWER = False
        site = ViewerSite(name)
        reach, _ = C.crawl(site, "/")
        WITH_VIEWER = True
        # compare files, not URLs: a redirect (/?attachment_id=N -> permalink) is recorded under its first URL
        got = {fs for st, fs in reach.values() if st == 200}
        labels = yaml.safe_load(open(os.path.join(C.CORPUS, name, "labels.yaml"), encoding="utf-8"))
        only = []
        for item, it in labels["items"].items():
            ans = {True: "yes", False: "no"}.get(it.get("answer"), it.get("answer"))
            if ans == "yes":
                missed = [p for p in it.get("evidence", []) if site.resolve(quote(p, safe="/?=&"))[1] not in got]
                if missed and len(missed) == len(it["evidence"]):
                    only.append(item)
                elif missed:
                    only.append("%s(partly: %s)" % (item, ", ".join(missed)))
        print("   without viewer file= links: evidence not reached for %s" % (" ".join(only) or "none"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main(sys.argv)
