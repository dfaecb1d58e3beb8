"""Build the twenty-ninth real-text set: HTTP traffic that JavaScript's ``nock`` recorder wrote.

Issue 10's cookie-id precision falls on the HTTP sets' held-out parts, and every earlier set
read cassettes (vcrpy, Ruby VCR, R ``vcr``, ExVCR), HAR, WARC or packet captures. This set
(helper H146) reads a recorder no earlier set read: ``nock``'s recorder, whose output is
JavaScript (``nock('https://host:443').get('/path').reply(status, body, headers)``, the
headers a JavaScript object or a flat ``[name, value, ...]`` list). Sources: the recorded test
traffic of Microsoft's Azure cross-platform command line (``Azure/azure-xplat-cli``) and of the
Azure SDK for Node.js (``Azure/azure-sdk-for-node``), and of a Grunt task that drives a Jira
site (``jwtd/grunt-jira-actions``), in every version the repositories' histories hold.

Split by **service** (:func:`held_out`, fixed at 20:20 UTC 2026-12-06, before any record was
extracted): the registrable domain of the recorded host; a domain whose name's SHA-256 opens
with 0 to 4 is held out (the twelfth set's rule, applied to the site as the sixth set split by
site). Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twenty-ninth real-text set". Both files are committed, labelled, before privkit or Presidio
run on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http29 --git Azure/azure-xplat-cli=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib


def held_out(site: str) -> bool:
    """The split, fixed before extraction (20:20 UTC 2026-12-06): a service (the recorded
    host's registrable domain) whose name's SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "Azure/azure-xplat-cli": (
        "e0413609e95fd25a7f9f123a591944fcce106779", "Apache-2.0", r"^test/recordings/.*\.js$"),
    "Azure/azure-sdk-for-node": (
        "b2ebf75680f83032d147ea7bc4aaa6c6b07432f6", "MIT", r"^test/recordings/.*\.js$"),
    "jwtd/grunt-jira-actions": (
        "36f483edd32ab326fe331007826adf7055cfee87", "MIT", r"^test/fixtures/.*\.js$"),
}  # fmt: skip
