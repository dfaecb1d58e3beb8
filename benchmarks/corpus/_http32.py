"""Build the thirty-second real-text set: recorded API traffic of clients no earlier set names.

Issue 10's cookie-id precision on the HTTP sets' held-out parts stays below its development
figures (helpers H121, H132, H149, H155). This set (helper H158) takes the recorded traffic
(Ruby VCR, vcrpy and betamax cassettes) of API clients and site clients that sign in, from
repositories no earlier section names, to find the false-id classes that remain.

Split by **repository** (:func:`held_out`, fixed at 03:41 UTC 2026-12-07, before any source
was chosen or any record extracted: the repository name's SHA-256 opens with 0 to 4, the
twelfth set's rule). Sources, selection and labelling rules: ``benchmarks/corpus/README.md``,
section "Thirty-second real-text set". Both files are committed, labelled, before privkit or
Presidio runs on them; the held-out part is measured once.
"""

from __future__ import annotations

import hashlib


def held_out(repo: str) -> bool:
    """The split, fixed before any source was chosen (03:41 UTC 2026-12-07): a repository
    whose name's SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"
