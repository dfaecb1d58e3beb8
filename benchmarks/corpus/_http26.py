"""Build the twenty-sixth real-text set: response and request headers of many web sites as a web
security course's students recorded them, and a shipping client's cassettes.

Issue 10's cookie ids keep their recall on the HTTP sets' held-out parts while precision falls
where a part's cookie vocabulary is new. This set takes headers of kinds of sites the earlier
sets hold little of (sites behind load balancers, web firewalls, CDNs and bot managers, SaaS
portals, government, banking and shopping sites), from repositories no earlier set names (helper
H132). Sources: the MIT-licensed repositories of Old Dominion University's CS 433/533 (Web
Security) courses of 2023 and 2024 (``phonedude/cs533-f23``, ``phonedude/cs533-f24``), whose
students fetched about 100 sites each and committed the raw response headers (``curl -i`` and
scripts' dumps), and the cassettes of the ``friendly_shipping`` gem
(``friendlycart/friendly_shipping``: USPS and freight carriers' APIs).

Split by **site** (:func:`held_out`, fixed at 11:27 UTC 2026-12-06, before any record was read:
the registrable domain's SHA-256 opens with 0 to 4, the twelfth set's test on the site's name).
A split by repository would put the same site's cookies (the students fetched overlapping
lists) in both parts; the unit of a cookie vocabulary is the site. The site of a record is the
registrable domain (:func:`benchmarks.corpus._http6.site_of`) of the URL the dump names for it,
else of its file's name read as a host name.

Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twenty-sixth real-text set". Both files are committed, labelled, before privkit or Presidio
runs on them; the held-out part is measured once.
"""

from __future__ import annotations

import hashlib


def held_out(site: str) -> bool:
    """The split, fixed before any record was read (11:27 UTC 2026-12-06): a site whose
    registrable domain's SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path).
SOURCES: dict[str, tuple[str, str, str]] = {
    "phonedude/cs533-f23": (
        "c65270604c715fa4bd137cb2e22510a29144ccfd", "MIT", r"^assignments/[^/]+/[34]/"),
    "phonedude/cs533-f24": (
        "3ef53ec4049ffca9a7507eee5355ce8a6eaa9b49", "MIT", r"^assignments/[^/]+/[34]/"),
    "friendlycart/friendly_shipping": (
        "9f0a93ff04e281e2b8d9d1e43d53c33a35a27a46", "MIT", r"^spec/cassettes/.*\.ya?ml$"),
}  # fmt: skip
