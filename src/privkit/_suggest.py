"""Did-you-mean: the closest known name to a mistyped one, for error and warning messages."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["closest", "did_you_mean", "is_name", "quoted"]

# Only strings shaped like privkit's configuration names (dotted lower_snake, short, few
# digits) are ever quoted back: anything that could be data or a secret (spaces, '@', '-',
# upper case, long digit runs, long strings) is located in a message, never echoed.
_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)*$")
_MAX_NAME, _MAX_DIGITS = 40, 4


def is_name(text: object) -> bool:
    """Return whether ``text`` looks like a configuration name that may be quoted back.

    >>> is_name("user.contact.email"), is_name("s3cr3t-value-4111111111111111")
    (True, False)
    """
    return (
        isinstance(text, str)
        and len(text) <= _MAX_NAME
        and sum(c.isdigit() for c in text) <= _MAX_DIGITS
        and bool(_NAME.match(text))
    )


def quoted(word: object) -> str:
    """Return ``" 'word'"`` when ``word`` is name-shaped (safe to quote back), else ``""``.

    >>> quoted("analytcs"), quoted("jane@example.com")
    (" 'analytcs'", '')
    """
    return f" {word!r}" if is_name(word) else ""


def closest(word: str, choices: Iterable[str]) -> str | None:
    """Return the known name closest to ``word``, or ``None`` when none is close.

    >>> closest("tokenise", ["mask", "tokenize", "hash"])
    'tokenize'
    >>> closest("zzz", ["mask"]) is None
    True
    """
    names = sorted({c for c in choices if isinstance(c, str)})
    matches = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    if not matches:
        lowered = {n.lower(): n for n in names}
        matches = [lowered[m] for m in difflib.get_close_matches(word.lower(), lowered, n=1)]
    return matches[0] if matches else None


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """Return ``"; did you mean 'x'?"`` for the closest known name, else ``""``.

    >>> did_you_mean("categorys", ["categories", "fields"])
    "; did you mean 'categories'?"
    >>> did_you_mean(42, ["categories"])
    ''
    """
    if not isinstance(word, str):
        return ""
    best = closest(word, choices)
    return f"; did you mean {best!r}?" if best is not None and best != word else ""
