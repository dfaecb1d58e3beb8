"""Build ``benchmarks/data/vectors24_{dev,holdout}.jsonl``: masking and scrubbing tools' own tests.

Usage (git directories at the pinned commits; only ``git show`` is read; relay's one file as
the search index stores it, see :data:`RELAY`)::

    python -m benchmarks.corpus._vectors24 GO_MASKER_GIT DATAPREP_GIT RELAY_BUILTIN_RS VRL_GIT

The split is by source suite and was fixed before extraction (2026-12-06, 22:16 UTC) by a
hash: the four suites sorted by ``sha256("vectors24:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (ggwhite/go-masker, sfu-db/dataprep), the last two
the held-out part (getsentry/relay, vectordotdev/vrl). Before the hash was computed only the
file lists of the four repositories had been read. The rules are written in
``benchmarks/corpus/README.md`` ("Twenty-fourth vector set") and as code below. This file
shares no code with privkit.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors

GO_MASKER = ("ggwhite/go-masker", "2e0bcb248e156bc26162b3ea9d73916bd1de421c", "MIT")
DATAPREP = ("sfu-db/dataprep", "ae07c1efe2bd20eed8f5dfd16f2efe944880fb05", "MIT")
RELAY = ("getsentry/relay", "", "FSL-1.1-Apache-2.0")
VRL = ("vectordotdev/vrl", "eae43fef51bbe122a87281b5edfae5e03fe8d168", "MPL-2.0")
SUITES = (GO_MASKER, DATAPREP, RELAY, VRL)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors24:"
#: The second batch (rule 1b): relay's snapshot is over the fetch limit (778 MB), so the first
#: batch's held-out part would be vrl's few values alone; two more suites were chosen by their
#: names and file lists and split by their own salt before any of their files was opened
#: (2026-12-06, 22:17 UTC): go-emailaddress development, phonenumber held out.
GO_EMAILADDRESS = ("mcnijman/go-emailaddress", "ad7c68fed24875e0cba4d8a9c4435545e3f12637", "MIT")
PHONENUMBER = ("dongri/phonenumber", "d7c8b68e9a334863c59ead7955c7b0bf0e9f4614", "MIT")
SUITES_B = (GO_EMAILADDRESS, PHONENUMBER)
SPLIT_SALT_B = "vectors24b:"


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)
