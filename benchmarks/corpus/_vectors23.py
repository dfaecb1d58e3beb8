"""Build ``benchmarks/data/vectors23_{dev,holdout}.jsonl``: schema validation libraries' own format tests.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors23 VALIBOT_GIT JOI_GIT ZOD_GIT GARDE_GIT

The split is by source suite and was fixed before extraction (2026-12-06, 19:33 UTC) by a
hash: the four suites sorted by ``sha256("vectors23:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (fabian-hiller/valibot, hapijs/joi), the last two the
held-out part (colinhacks/zod, jprochazk/garde). Before the hash was computed only the file
lists of the four repositories had been read. The rules are written in
``benchmarks/corpus/README.md`` ("Twenty-third vector set") and as code below. This file shares
no code with privkit.
"""

from __future__ import annotations

import hashlib

VALIBOT = ("fabian-hiller/valibot", "a14753beaa2e968190717ebfe5f778e5e32c1e08", "MIT")
JOI = ("hapijs/joi", "c86ddc0b6143a0e8cec0f1c6047c4b62db8cb0c2", "BSD-3-Clause")
ZOD = ("colinhacks/zod", "e516c3baf22615e20934116abebfed6c000222c2", "MIT")
GARDE = ("jprochazk/garde", "c67cda4573fee55865811eefc7fb7f22a692336c", "MIT OR Apache-2.0")
SUITES = (VALIBOT, JOI, ZOD, GARDE)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors23:"


def split(repos: list[str]) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    ranked = sorted(repos, key=lambda r: hashlib.sha256((SPLIT_SALT + r).encode()).hexdigest())
    half = (len(ranked) + 1) // 2
    return ranked[:half], ranked[half:]
