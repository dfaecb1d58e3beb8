"""Build the thirty-third real-text HTTP set: recorded API traffic of clients no earlier set names.

Helper H161 (issue 10). The split is fixed here first, before any source is chosen or any
record extracted; sources, reader and labels follow in later commits.
"""

from __future__ import annotations

import hashlib


def held_out(repo: str) -> bool:
    """The split, fixed before any source was chosen (05:58 UTC 2026-12-07): a repository whose
    name's SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"
