"""Build the thirty-fifth real-text HTTP set: browser captures of consumer sites and their
ad-tech and analytics partners.

Cookie-id precision is where issue 10's HTTP targets are not reached (the thirty-fourth set's
held-out part: 0.774 / 0.944; brief of helper H170). This set takes recorded browser traffic
(HAR files or other browser captures: web-privacy measurement tools' fixtures, crawler test
captures, browser-extension test data, HAR viewers' samples) from public repositories no
earlier section or builder names, to find the classes of false and missed cookie ids that
remain.

Split by **site** (:func:`held_out`, fixed at 11:18 UTC 2026-12-07, before any source was
chosen or any record read): a message's site is the registrable domain of its URL (the sixth
set's :func:`benchmarks.corpus._http6.site_of`), and a site whose name's SHA-256 opens with 0
to 4 is held out (the sixth to eighth and thirty-fourth sets' rule, so a site is on the same
side in every set split by site). A development record that repeats a held-out record's cookie
value (8 characters or more) is dropped. Sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Thirty-fifth HTTP set". Both files are committed,
labelled, before privkit or Presidio runs on them; the held-out part is measured once.
"""

from __future__ import annotations

from benchmarks.corpus import _http6


def held_out(site: str) -> bool:
    """The split, fixed before any source was chosen (11:18 UTC 2026-12-07): a site whose
    name's SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)
