"""Did-you-mean: the closest known name to a mistyped one, for error and warning messages."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["closest", "did_you_mean", "is_name", "quoted"]

# Only strings shaped like configuration names are ever quoted back: a value that looks
# like data (spaces, '@', digits first, very long) is never echoed in a message.
_NAME = re.compile(r"^[A-Za-z_*][A-Za-z0-9_.*\-]{0,63}$")


def is_name(text: object) -> bool:
    """Return whether ``text`` looks like a configuration name that may be quoted back."""
    return isinstance(text, str) and bool(_NAME.match(text))


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
