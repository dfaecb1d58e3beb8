"""Build the thirty-sixth real-text HTTP set (issue 10, helper H176).

Split by **site** (:func:`held_out`, fixed at 14:06 UTC 2026-12-07, before any source was
chosen or any record read): a message's site is the registrable domain of its URL (the sixth
set's :func:`benchmarks.corpus._http6.site_of`), and a site whose name's SHA-256 opens with 0
to 4 is held out (the sixth to eighth, thirty-fourth and thirty-fifth sets' rule, so a site is
on the same side in every set split by site).
"""

from __future__ import annotations

from benchmarks.corpus import _http6


def held_out(site: str) -> bool:
    """The split, fixed before any source was chosen (14:06 UTC 2026-12-07): a site whose
    name's SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)
