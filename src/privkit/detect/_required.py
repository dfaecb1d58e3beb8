r"""The characters a regular expression cannot match without: a quick reject per pattern.

:func:`required` reads an expression's syntax tree (``re._parser``, the parser ``re.compile``
itself uses) and returns sets of characters such that every match of the expression
consumes at least one character of each set: a literal it must match, a class of a few
characters it must match once or more. A text that holds no character of one of the sets
cannot be matched anywhere, so :meth:`privkit.detect._base.PatternDetector.find` skips the
pattern on it without running it (:meth:`privkit.detect._base.ScanState.chars`).

The reading is conservative: whatever it does not know (a negated class, ``\w``, a
back-reference, an optional part, a look-ahead that fails, an expression it cannot parse)
requires nothing. Case-insensitive letters, and every character that is not ASCII under a
case-insensitive flag, require nothing either (the long s matches ``s``, the Kelvin sign
``k``).
A positive look-around requires its characters too: they must be in the text, if not in
the match.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["demands", "required"]

#: A class of more characters than this requires nothing (it would not reject a text).
WIDEST = 64
#: Sets kept per expression: the ones least likely in ordinary text first.
KEPT = 3
# Characters of most texts: a set holding them rejects few texts.
_COMMON = frozenset(" etaoinsrhldcumfpgwybvkxjqz.,")


def required(
    rx: re.Pattern[str], *, caseless: bool = False, most: int = KEPT
) -> tuple[frozenset[str], ...]:
    """Sets of characters every match of ``rx`` consumes one of (see the module's docstring).

    ``caseless``: the expression may run case-insensitively (on a lowered text, or
    recompiled with ``re.IGNORECASE``): its letters then require nothing. ``most``: how many
    sets to keep.

    >>> [sorted(s) for s in required(re.compile(r"(?<![0-9])[0-9]{3}-[0-9]{4}"))]
    [['-'], ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']]
    >>> required(re.compile(r"[^:]+|[0-9]+"))
    ()
    """
    flags = rx.flags | (re.IGNORECASE if caseless else 0)
    try:
        parser, constants = _re_parser()
        tree = parser.parse(rx.pattern, flags)
        return _best(_sets(tree, tree.state.flags, constants), most)
    except Exception:  # noqa: BLE001 - an expression not read requires nothing
        return ()


def demands(rx: re.Pattern[str], chars: frozenset[str], *, caseless: bool = False) -> bool:
    r"""Whether every match of ``rx`` consumes a character of ``chars`` (read as :func:`required`).

    Asked of one set, it reads every branch of an alternation for it, where :func:`required`
    keeps one set per branch: ``\+[0-9]|[0-9]`` demands a digit.

    >>> demands(re.compile(r"\+[0-9]{2}|\([0-9]\)"), frozenset("0123456789"))
    True
    """
    flags = rx.flags | (re.IGNORECASE if caseless else 0)
    try:
        parser, constants = _re_parser()
        tree = parser.parse(rx.pattern, flags)
        return _demands(tree, tree.state.flags, constants, chars)
    except Exception:  # noqa: BLE001
        return False


def _demands(seq: Any, flags: int, c: Any, chars: frozenset[str]) -> bool:
    for op, av in seq:
        if op is c.LITERAL or op is c.IN:
            one = _literal(av, flags) if op is c.LITERAL else _class(av, flags, c)
            found = one is not None and one <= chars
        elif op is c.SUBPATTERN:
            found = _demands(av[3], (flags | av[1]) & ~av[2], c, chars)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found = av[0] >= 1 and _demands(av[2], flags, c, chars)
        elif op is c.ATOMIC_GROUP:
            found = _demands(av, flags, c, chars)
        elif op is c.ASSERT:
            found = _demands(av[1], flags, c, chars)
        elif op is c.BRANCH:
            found = all(_demands(alt, flags, c, chars) for alt in av[1])
        else:
            found = False
        if found:
            return True
    return False


def _re_parser() -> tuple[Any, Any]:
    """The parser ``re.compile`` uses, and its opcodes (``re._parser``, ``re._constants``)."""
    return importlib.import_module("re._parser"), importlib.import_module("re._constants")


def _sets(seq: Any, flags: int, c: Any) -> list[frozenset[str]]:  # noqa: C901, PLR0912
    """Each set of characters the sequence ``seq`` must consume one of."""
    out: list[frozenset[str]] = []
    for op, av in seq:
        if op is c.LITERAL:
            one = _literal(av, flags)
            if one is not None:
                out.append(one)
        elif op is c.IN:
            cls = _class(av, flags, c)
            if cls is not None:
                out.append(cls)
        elif op is c.SUBPATTERN:
            _group, add, dele, sub = av
            out.extend(_sets(sub, (flags | add) & ~dele, c))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, _most, sub = av
            if least >= 1:
                out.extend(_sets(sub, flags, c))
        elif op is c.ATOMIC_GROUP:
            out.extend(_sets(av, flags, c))
        elif op is c.ASSERT:  # a positive look-ahead or look-behind: in the text
            out.extend(_sets(av[1], flags, c))
        elif op is c.BRANCH:  # one set of each alternative, joined
            joined: set[str] = set()
            for alternative in av[1]:
                best = _best(_sets(alternative, flags, c), 1)
                if not best:
                    break
                joined |= best[0]
            else:
                if len(joined) <= WIDEST:
                    out.append(frozenset(joined))
        # (anything else, ASSERT_NOT, AT, ANY, NOT_LITERAL, GROUPREF...: requires nothing)
    return out


def _caseless_free(chars: frozenset[str], flags: int) -> bool:
    """Whether ``chars`` match only themselves under ``flags``."""
    return not flags & re.IGNORECASE or all(ch.isascii() and not ch.isalpha() for ch in chars)


def _literal(code: int, flags: int) -> frozenset[str] | None:
    one = frozenset(chr(code))
    return one if _caseless_free(one, flags) else None


def _class(items: Any, flags: int, c: Any) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE:
            lo, hi = av
            if hi - lo >= WIDEST:
                return None
            chars.update(map(chr, range(lo, hi + 1)))
        else:  # NEGATE, CATEGORY (\d, \w, \s): too wide, or not ours to spell out
            return None
    out = frozenset(chars)
    return out if len(out) <= WIDEST and _caseless_free(out, flags) else None


def _best(sets: list[frozenset[str]], most: int) -> tuple[frozenset[str], ...]:
    """Up to ``most`` of ``sets``: the rarest in ordinary text first, none holding another."""
    out: list[frozenset[str]] = []
    for s in sorted(set(sets), key=lambda s: (len(s & _COMMON), len(s), sorted(s))):
        if not any(kept <= s for kept in out):
            out.append(s)
            if len(out) == most:
                break
    return tuple(out)
