#!/usr/bin/env python3
"""Link and label check for the demo site and corpus sites 1-5 (uses check_sites.py).

    python3 tests/corpus/tools/check_sites_1_5.py        # demo + the five sites

Prints, per site, unexpected broken internal links, unreachable evidence and label problems, and
the list of links that are broken on purpose (they must be exactly the intended ones).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_sites as CS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(CS.CORPUS))

# Links broken on purpose (path with query, as requested).
INTENDED_404 = {
    "demo": ["/uploads/2569/o18-complaint-stat-2568.pdf"],
    "lao-codeigniter": [],
    "wp-municipality": [],
    "joomla-tis620": ["/index.php?option=com_content&view=article&id=999&Itemid=120"],
    "static-school-office": [],
    "modern-hub": ["/files/ita2569/O14-HR-report-2568.pdf"],
}
SITES = ["lao-codeigniter", "wp-municipality", "joomla-tis620", "static-school-office", "modern-hub"]


def intended_report(site, name):
    reach, _ = CS.crawl(site, "/")
    bad = sorted(u for u, (st, _) in reach.items() if st >= 400)
    want = sorted(INTENDED_404.get(name, []))
    print("  intended-404 check: %s" % ("ok" if bad == want else "MISMATCH reached=%s intended=%s" % (bad, want)))
    files = set()
    for dp, _, fns in os.walk(site.root):
        for fn in fns:
            if not fn.startswith("_"):
                files.add(os.path.join(dp, fn))
    reached = {fs for st, fs in reach.values() if fs}
    unl = sorted(os.path.relpath(f, site.root) for f in files - reached)
    print("  files never reached by links: %s" % (unl or "none"))
    size = sum(os.path.getsize(f) for f in files)
    print("  %d files, %d bytes" % (len(files), size))
    return bad == want


def main(argv):
    names = argv[1:] or ["demo"] + SITES
    ok = True
    for n in names:
        CS.EXPECTED_BROKEN[n] = INTENDED_404.get(n, [])
        if n == "demo":  # demo/site + demo/labels.yaml live under the repository root
            saved, CS.CORPUS = CS.CORPUS, ROOT
            try:
                ok &= CS.check(n)
                site = CS.Site(n)
            finally:
                CS.CORPUS = saved
        else:
            ok &= CS.check(n)
            site = CS.Site(n)
        ok &= intended_report(site, n)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main(sys.argv)
