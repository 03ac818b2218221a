#!/usr/bin/env python3
"""Check blind pair D, site 1 (tests/blind/hospital-extensionless-routes) with check_sites.py's rules: every
internal link resolves except the ones the site breaks on purpose, every labelled evidence path exists and is
reachable by links from the start page, and every "no" has a reason and a case.

    python3 tests/corpus/tools/check_blind_d1.py

The blind sites live under tests/blind/ (outside the corpus floors until they are scored), so this script points
check_sites at that folder.  Named _d1 (not _d) so that pair D's second site can have its own checker without the
two branches touching the same file.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_sites as C  # noqa: E402

NAME = "hospital-extensionless-routes"
C.CORPUS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "blind")

# Deliberately broken links:
#  * the O22 row's file was never uploaded (labelled http_404);
#  * last year's MOIT page lists files that were never uploaded (as on the real phichai-hospital /ita68);
#  * the template's relative footer/menu links ("about.html", "appointment.html", ...) break on the
#    two-level routes /news/detail/<id>, where they resolve to /news/detail/about.html and so on.
TEMPLATE = ["about.html", "services.html", "terms.html", "privacy.html", "departments.html", "doctors.html",
            "faq.html", "contact.html", "appointment.html"]
C.EXPECTED_BROKEN[NAME] = (
    ["/assets/document/ita69/o22-risk-report-2568.pdf"]
    + ["/assets/document/pdf/moit%s-68.pdf" % n for n in ("1-1", "4", "6", "14")]
    + ["/news/detail/" + t for t in TEMPLATE]
    + ["/news/detail/assets/*"]  # the template's relative favicon link, same cause
)


def main():
    ok = C.check(NAME, "-v" in sys.argv)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
