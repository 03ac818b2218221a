#!/usr/bin/env python3
"""Check blind pair C (social-office-modal-php, jsmenu-municipality) with check_sites.py's rules, plus what
a visitor's browser adds: links of the script-built menu (the JSON file an inline script fetches).

    python3 tests/corpus/tools/check_blind_c.py

Prints, for jsmenu-municipality, which labelled evidence is reachable only through the script menu.
"""

import json
import os
import re
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_sites as C  # noqa: E402

SITES = ["social-office-modal-php", "jsmenu-municipality"]
C.EXPECTED_BROKEN.update({
    # dead menu item, a listed-but-missing report, and an empty anchor to a missing file (all deliberate)
    "social-office-modal-php": ["/page/ITA67.php", "/upload/ITA/ITA2569/O7/01.pdf", "/upload/ITA/ITA2569/O18/01.pdf"],
    # the HR report linked from the ITA 2569 page was never uploaded
    "jsmenu-municipality": [quote("/uploads/ita2569/รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล_2568.pdf")],
})

FETCH = re.compile(r"fetch\(\s*['\"]([^'\"]+\.json)['\"]")
WITH_SCRIPT = True


def json_links(node):
    if isinstance(node, dict):
        if isinstance(node.get("link"), str):
            yield node["link"]
        for v in node.values():
            yield from json_links(v)
    elif isinstance(node, list):
        for v in node:
            yield from json_links(v)


class ScriptSite(C.Site):
    def links_of(self, fs_path, page_url):
        out = super().links_of(fs_path, page_url)
        if not WITH_SCRIPT:
            return out
        text = open(fs_path, encoding="utf-8", errors="replace").read()
        for src in FETCH.findall(text):
            st, fs, _ = self.resolve(src)
            if st == 200 and fs:
                for link in json_links(json.load(open(fs, encoding="utf-8"))):
                    out.append(("script-menu", link))
        return out


def main():
    global WITH_SCRIPT
    C.Site = ScriptSite
    ok = True
    for name in SITES:
        ok &= C.check(name)
    # which evidence a crawler that does not run the menu script would miss
    import yaml
    name = "jsmenu-municipality"
    WITH_SCRIPT = False
    site = ScriptSite(name)
    reach, _ = C.crawl(site, "/")
    labels = yaml.safe_load(open(os.path.join(C.CORPUS, name, "labels.yaml"), encoding="utf-8"))
    from urllib.parse import unquote
    got = {unquote(k) for k, v in reach.items() if v[0] == 200}
    missed = []
    for item, it in labels["items"].items():
        ans = {True: "yes", False: "no"}.get(it.get("answer"), it.get("answer"))
        if ans == "yes" and not any(p in got for p in it.get("evidence", [])):
            missed.append(item)
    print("== %s without the menu script: %d URLs reached; yes-items with no evidence reached: %s"
          % (name, len(reach), " ".join(missed) or "none"))
    print("   /ita/2569/ reached without script: %s" % ("/ita/2569/" in got))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
