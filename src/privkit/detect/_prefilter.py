"""One combined candidate pass (Hyperscan) that tells each costly regex where it can match.

The class-led candidate expressions (digit runs, digit groups, phone candidates, hex runs,
IBANs) cost the ``re`` engine an attempt at almost every position of log text. Each has a
*core*: a plain expression that every one of its matches contains. One Hyperscan pass over
the text finds the ends of every core match at once; a match of the full expression can
only start within its maximum width before such an end, so ``re`` then runs only in those
windows, with the same leftmost, non-overlapping semantics as a full pass (see
:meth:`privkit.detect._base.ScanState.spans`). Findings are identical by construction, and
a test compares both paths on the regression corpora and on generated text.

Hyperscan (the ``hyperscan`` wheel, Vectorscan inside) is optional: without it every
expression runs over the whole text, as before.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

from privkit.detect import _builtin
from privkit.detect._builtin._common import HTTP_CLIENTS

if TYPE_CHECKING:
    from collections.abc import Mapping

    from privkit.detect._base import PatternDetector

__all__ = [
    "CORES",
    "MIN_LENGTH",
    "REACH",
    "STARTS",
    "Hits",
    "Prefilter",
    "available",
    "default_prefilter",
]


#: Expression -> core (or cores). Every match of the expression contains a match of its
#: core (of one of its cores), and a core uses ASCII characters only (the text is scanned
#: with other characters replaced by ``?``, which keeps offsets; so no core may hold a class
#: such as ``\s`` or ``\w`` that also matches non-ASCII characters). An expression whose
#: text changes simply loses its entry (it then runs over the whole text); a core that stops
#: being necessary is caught by the equivalence test.
def _rx(cls: type[PatternDetector], name: str) -> str:
    """The expression of ``cls``'s pattern called ``name``."""
    (regex,) = (p.regex for p in cls.patterns if p.name == name)
    return str(regex)


_MONTH_CORE = r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_MONTH_PATTERNS = ("month_day_year", "day_month_year", "day_name_year", "month_year",
                   "year_month", "month_day", "day_month", "ordinal_day")  # fmt: skip

CORES: dict[str, str | tuple[str, ...]] = {
    # Each core starts with the character class the expression's look-behind refuses (or
    # the start of the text), so it matches once per run instead of once per position.
    # (A second core for a run after a line break or tab escaped in a JSON string, "\\n4111".)
    _builtin._common._DIGITS: (  # noqa: SLF001 - shared expressions
        r"(?:\A|[^0-9A-Za-z_.+\-])[0-9]{9}",
        r"\\[ntr][0-9]{9}",
    ),
    # Every pattern on digit groups wants 10 characters or more (an SSN's nine digits with
    # one hyphen, 5-4 or 3-6, are the shortest): the core asks for them, see ``MIN_LENGTH``.
    _builtin._common._GROUPED: (  # noqa: SLF001
        r"(?:\A|[^0-9A-Za-z_.+\-])[0-9]{2}[0-9 \-]{8}",
        r"\\[ntr][0-9]{2}[0-9 \-]{8}",
    ),
    # Card groups joined by " - ": the first two groups' digits around the first dash.
    _rx(_builtin.CreditCardDetector, "card_spaced_dash"): r"[0-9]{4} - [0-9]{4}",
    # A card number glued to a word: the letter before it and the number's first digits.
    _rx(_builtin.CreditCardDetector, "card_glued"): (
        r"[A-Za-z][0-9]{12}",
        r"[A-Za-z][0-9]{4}[ \-][0-9]{4}",
    ),
    _builtin._common._HEX_RUN: r"(?:\A|[^0-9A-Za-z_.:\-])[0-9A-Fa-f]{12}",  # noqa: SLF001
    # A phone candidate starts after a character its look-behinds refuse, then holds a
    # digit and five more digits or separators: one report per candidate start (a core of
    # the digits alone would report every end position of each run, costing more than the
    # full pass it saves). A core per way to start (a digit, "(", "+"): one core
    # of all of them would report, for two matches that end together, only the leftmost
    # start, and each report would then stand for two positions. A "00" start is a digit;
    # "(+" (a calling code in parentheses) is a fourth way.
    # A digit or "(" after a colon starts one only after a letter of a script written
    # without spaces ("电话:0044 ..."), which the scan sees as "?": two cores of their own.
    _rx(_builtin.PhoneDetector, "phone"): (
        r"(?:\A|[^0-9A-Za-z_+\-./#@:])[0-9][0-9 \-.()]{5}",
        r"(?:\A|[^0-9A-Za-z_+\-./#@:])\([0-9][0-9 \-.()]{5}",
        r"(?:\A|[^0-9A-Za-z_+\-./#@])\+[0-9][0-9 \-.()]{5}",
        r"(?:\A|[^0-9A-Za-z_+\-./#@])\(\+[0-9][0-9 \-.()]{5}",
        r"\?:[0-9][0-9 \-.()]{5}",
        r"\?:\([0-9][0-9 \-.()]{5}",
    ),
    _rx(_builtin.IbanDetector, "iban"): r"[A-Z]{2} ?[0-9]{2}",
    # Groups joined by a no-break or thin space: "?" stands for the non-ASCII space.
    _rx(_builtin.CreditCardDetector, "card_wide_space"): r"[0-9]{4}\?[0-9]{3}",
    _rx(_builtin.IbanDetector, "iban_wide_space"): r"[A-Z]{2}[0-9]{2}\?[A-Z0-9]{4}",
    # Separator-led hex layouts, rare in logs: their separator and first groups.
    _rx(
        _builtin.MacAddressDetector, "mac_hyphen"
    ): r"-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-",
    _rx(_builtin.MacAddressDetector, "mac_cisco"): r"\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}",
    _builtin.MacAddressDetector._MAC_RUN.pattern: r":[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}:",  # noqa: SLF001
    _builtin.device._UUID_TAIL: r"-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-",  # noqa: SLF001
    # Literal-led expressions that ``re`` cannot search by a literal prefix (an alternation
    # of key names, a look-behind first, a class run before a literal): a key name or the
    # literal part is the core. ``(?i)`` marks a caseless core (for ``lowercase`` patterns,
    # matched on the lowered text).
    _rx(_builtin.DeviceIdDetector, "device_key"): "(?i)" + _builtin.device.DEVICE_KEYS,
    _rx(_builtin.AuthTokenDetector, "token_key"): "(?i)" + _builtin.credentials.TOKEN_KEYS,
    # A phone key is a common word ("Mobile Safari", "Intel", "hotel"): its core runs to the
    # key's ":" or "=", so only keys with a value open a window. (``\s`` written as the ASCII
    # white space and "?" for the other characters, as for ``ua_header`` below.)
    # A URL password's user information: rare, so a window per real "user:password@" only.
    # ("?" stands for a non-ASCII character, so the classes keep it.)
    _rx(_builtin.AuthTokenDetector, "url_password"): (
        r"://[^\t-\r :/#@\"'<>]{0,64}:[^\t-\r /#@\"'<>]{1,256}@"
    ),
    _rx(_builtin.PhoneDetector, "phone_keyed"): (
        "(?i)"
        + _builtin.phone.PHONE_KEYS
        + _builtin.phone.PHONE_KEY_TAIL  # (a number's word, a vCard line's parameters)
        + r"[\"']?[\t-\r\x1c-\x1f ?]{0,2}[:=\-]"
    ),
    _rx(_builtin.UserAgentDetector, "http_client"): "(?i)" + HTTP_CLIENTS + "/[0-9]",
    _rx(_builtin.UserAgentDetector, "bot_sdk"): r"(?:[Bb]ot|[Ss]pider|[Cc]rawler|SDK)[/.][0-9]",
    # An app agent's version right before its platform part: "/1.2 (iPhone". The class
    # stands for ``[\w.\-]`` (``?`` for any non-ASCII character) and holds no ``/``, so a
    # match has one start.
    _rx(_builtin.UserAgentDetector, "app_sdk"): (
        r"/[0-9][0-9A-Za-z_.?\-]{0,20} \((?:iPhone|iPad|iPod|iOS|Android|Linux|Windows"
        r"|Macintosh|Mac OS)"
    ),
    # Literal-led expressions: re finds their literal by a scan of its own (about 2 ns a
    # character, a millisecond over a megabyte each); Hyperscan finds them all in its one
    # pass, and re is then tried at each.
    _rx(_builtin.UrlDetector, "url_www"): r"(?i)www\.",
    # A bare host's top-level domain and the "/" after it: the expression itself.
    # Its host too (the characters ``extend_back`` takes), after one that the pattern's
    # ``not_after`` lets stand before a host (not the "/" of "://", "@", "."): most ".com/"
    # of a log sit inside scheme URLs.
    _rx(_builtin.UrlDetector, "url_bare"): (
        r"(?i)(?:\A|[^0-9A-Za-z_./@%\-])[0-9a-z._\-]*\.(?:"
        + "|".join(sorted(_builtin._common._PATH_TLDS, key=len, reverse=True))  # noqa: SLF001
        + r")(?::[0-9]{1,5})?/"
    ),
    _rx(_builtin.UrlDetector, "url_bare_tld"): (
        r"(?i)(?:\A|[^0-9A-Za-z_./@%\-])[0-9a-z._\-]*\.(?:[a-z]{2,24}|xn--[a-z0-9\-]{1,59})"
        r"(?::[0-9]{1,5})?/"
    ),
    # An IPv4 host and its path's first letter, after what may stand before the address.
    _rx(_builtin.UrlDetector, "url_ip_path"): (
        r"(?:\A|[^0-9A-Za-z_./:@%\-])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]{1,5})?/[A-Za-z_~%]"
    ),
    # (Netscape's language tag may stand between the version's space and the platform.)
    _rx(_builtin.UserAgentDetector, "browser_encoded"): (
        r"Mozilla/[0-9?]\.[0-9?]{1,2}(?:%20|%2520|\+)"
    ),
    _rx(_builtin.UserAgentDetector, "lb_agent"): r" HTTP/[0-9](?:\.[0-9])?\" \"",
    # ``\s`` of a str pattern: the ASCII white space, and "?" for the other characters.
    _rx(_builtin.UserAgentDetector, "ua_header"): (
        r"(?i)(?:user[\-_ ]?agent|ua|requestclientapplication|agent)"
        r"[\"']?[\t-\r\x1c-\x1f ?]{0,3}[:=]"
    ),
    _rx(_builtin.AuthTokenDetector, "github_token"): r"gh(?:[pousr]_|ithub_pat_)",
    # The slash layouts ("030/1234567", "+49 89 / 123 456 78", "415/666-7777"): a digit, the
    # slash and a digit, a space allowed each side of the slash. (Its literal "/" is in most
    # log texts, and the expression opens with a look-ahead: a full pass tries it at every
    # position.)
    _rx(_builtin.PhoneDetector, "phone_slash"): r"[0-9] ?/ ?[0-9]",
    # A card number after a label's full stop ("Card No.4111..."): the stop, then the first
    # four digits. A UnionPay number: its "62" and two digits. (Both need a card word, which
    # many log texts hold; their expressions open with a look-behind: a full pass tried them
    # at every position.)
    _rx(_builtin.CreditCardDetector, "card_after_stop"): r"\.[0-9]{4}",
    _rx(_builtin.CreditCardDetector, "card_unionpay"): r"62[0-9]{2}",
    # Card groups parted by full stops: the three stops and the groups between them.
    _rx(_builtin.CreditCardDetector, "card_dotted"): r"\.[0-9]{4}\.[0-9]{4}\.[0-9]{4}",
    # A token header's name end, "token" or "authorization" and its colon ("X-Session-Token:",
    # "X-Vcloud-Authorization:"): a window back to the line's start, where the match opens.
    # (Its line-start opening has no literal: a full pass tried it at every position of each
    # batch holding the word "token".)
    _rx(_builtin.AuthTokenDetector, "token_header"): (
        r"(?i)[\-_](?:token|authorization)[\"']?[\t ]{0,3}:"
    ),
    _rx(_builtin.PhoneDetector, "phone_glued"): (
        r"[a-z]-?(?:\([0-9]{3}\) ?|[0-9]{3}[\-.])[0-9]{3}[\-.][0-9]{4}"
    ),
    # Expressions led by an alternation of words or by a class of first characters, which
    # ``re`` tries at every letter that can open one of the words ("c", "p", "t", "m", "f" for
    # the glued phone words; "c", "v", "a" for a card's words) or at every digit (a vanity
    # number): about a third of a log pass went to them. Their words and what must follow
    # (the number's first digits), or a vanity number's first characters and its capital.
    _rx(_builtin.PhoneDetector, "phone_glued_word"): (
        "(?i)" + _builtin.phone._GLUED_WORDS + r"\.?(?:0[1-9]|\+[1-9]|[2-9][0-9]{2} )"  # noqa: SLF001
    ),
    _rx(_builtin.CreditCardDetector, "card_unchecked"): (
        r"(?i)(?:card|visa|amex|cc)[^0-9\n]{0,40}[0-9]{4}[ \-]?[0-9]{4}"
    ),
    # (Its capital ends the core: at most 16 characters after the match's first, maybe past
    # the match's end; the expression's width is more than that, so its windows hold the start.)
    _rx(_builtin.PhoneDetector, "phone_vanity"): (
        r"(?:\A|[^0-9A-Za-z_+\-./#@\\])(?:(?:\+[1-9][0-9]{0,2}[ \-.]|1[ \-.])"
        r"(?:\([0-9]{3}\)|[0-9]{3,4}[ \-.])|\([0-9]{3}\)|[0-9]{3,4}[ \-.])[0-9+() \-.]{0,15}[A-Z]"
    ),
    _rx(_builtin.AuthTokenDetector, "query_signature"): (
        r"(?i)(?:signature|x-amz-signature|x-amz-credential|x-goog-signature"
        r"|x-goog-credential|sig)="
    ),
    _rx(_builtin.UserAgentDetector, "encoded_field_agent"): r"%2[Ff][0-9]{1,6}\.[0-9]",
    _rx(
        _builtin.CryptoDetector, "btc_base58"
    ): r"(?:\A|[^0-9A-Za-z_])[123mn][1-9A-HJ-NP-Za-km-z]{25}",
    _rx(_builtin.CryptoDetector, "btc_bech32"): r"(?:bc1|BC1|tb1)[0-9A-Za-z]{8}",
    # Dates written with a month's name (DATE_TIME, when asked for): the name's first three
    # letters. (Each of these expressions tried every position of the text.)
    **{_rx(_builtin.DateTimeDetector, name): _MONTH_CORE for name in _MONTH_PATTERNS},
    # Digit and hex groups of fixed layouts (a card in two halves, an IMEI's code, serial
    # and digit, an MEID's display groups): the boundary and the first groups.
    _builtin.payment._CARD_HALVES: r"(?:\A|[^0-9A-Za-z_.+\-])[0-9]{8}[ \-][0-9]",  # noqa: SLF001
    _rx(_builtin.ImeiDetector, "imei_tac"): (
        r"(?:\A|[^0-9A-Za-z_.+\-])[0-9]{8}[ \-][0-9]{6}[ \-][0-9]"
    ),
    _rx(_builtin.MeidDetector, "meid_hex_grouped"): (
        r"(?:\A|[^0-9A-Za-z_.:\-])[0-9A-Fa-f]{2} [0-9A-Fa-f]{2} [0-9A-Fa-f]{2} "
    ),
    _rx(_builtin.MeidDetector, "meid_dec_grouped"): (
        r"(?:\A|[^0-9A-Za-z_.+\-])[0-9]{5} [0-9]{5} [0-9]{4} "
    ),
}
#: Expression -> offset from a core match's start to where the expression's match starts
#: (one for all its cores, or one per core in their order). The expression is then tried
#: only at those starts: no window is searched. A boundary-led core starts one character
#: before its match (``(?:\A|[^...])``; at the start of the text, at 0). Each core of this
#: map has one start per end: a core of one width (the boundary's ``\A`` aside) gives its
#: start from its end, as ``end - width + offset`` (the ``\A`` case included); the others
#: ask Hyperscan for the start of each match (leftmost start, which costs the scan about a
#: quarter more).
STARTS: dict[str, int | tuple[int, ...]] = {
    _builtin._common._DIGITS: (1, 2),  # noqa: SLF001
    _builtin._common._GROUPED: (1, 2),  # noqa: SLF001
    _rx(_builtin.CreditCardDetector, "card_glued"): (1, 1),
    _builtin._common._HEX_RUN: 1,  # noqa: SLF001
    _rx(_builtin.PhoneDetector, "phone"): (1, 1, 1, 1, 2, 2),
    _rx(_builtin.IbanDetector, "iban"): 0,
    _rx(_builtin.MacAddressDetector, "mac_hyphen"): 0,
    _rx(_builtin.MacAddressDetector, "mac_cisco"): 0,
    _builtin.MacAddressDetector._MAC_RUN.pattern: 0,  # noqa: SLF001
    _builtin.device._UUID_TAIL: 0,  # noqa: SLF001
    _rx(_builtin.CryptoDetector, "btc_base58"): 1,
    _rx(_builtin.CryptoDetector, "btc_bech32"): 0,
    _rx(_builtin.UserAgentDetector, "app_sdk"): 0,
    _rx(_builtin.UrlDetector, "url_www"): 0,
    _rx(_builtin.UserAgentDetector, "browser_encoded"): 0,
    _rx(_builtin.UserAgentDetector, "lb_agent"): 0,
    _rx(_builtin.UserAgentDetector, "ua_header"): 0,
    _rx(_builtin.AuthTokenDetector, "github_token"): 0,
    _rx(_builtin.CreditCardDetector, "card_dotted"): 0,
    # (A card after a label's stop starts right after the stop; a UnionPay number at "62".
    # As windows, each stop before four digits in a log -- versions, addresses, decimals --
    # was a window searched position by position.)
    _rx(_builtin.CreditCardDetector, "card_after_stop"): 1,
    _rx(_builtin.CreditCardDetector, "card_unionpay"): 0,
    _builtin.payment._CARD_HALVES: 1,  # noqa: SLF001
    _rx(_builtin.ImeiDetector, "imei_tac"): 1,
    _rx(_builtin.MeidDetector, "meid_hex_grouped"): 1,
    _rx(_builtin.MeidDetector, "meid_dec_grouped"): 1,
}
#: Expression -> the shortest match any pattern on it keeps. A core may require that length:
#: the matches it then misses are shorter, and neither they nor the text they would have
#: consumed change the longer ones (a longer match starting inside a shorter one would
#: make the shorter one's start a candidate too: both lie in one run of the core's
#: characters). So the spans agree with a full pass on every match of this length or more.
MIN_LENGTH: dict[str, int] = {
    _builtin._common._GROUPED: 10,  # noqa: SLF001
}
_CASELESS = "(?i)"
_FOLD = {0x212A: "k"}


def available() -> bool:
    """Whether the ``hyperscan`` module can be imported."""
    try:
        import hyperscan  # noqa: F401 - optional accelerator
    except ImportError:
        return False
    return True


def _end_located(core: str, offset: int) -> int | None:
    r"""``end - start`` of the expression's match for a core of one width, else ``None``.

    A boundary-led core (``(?:\A|[^...])``) is one character shorter at the start of the
    text, where its match starts at 0: ``end - (width - offset)`` gives 0 there too.
    """
    parsed = re._parser.parse(core.removeprefix(_CASELESS))  # type: ignore[attr-defined]  # noqa: SLF001
    lo, hi = parsed.getwidth()
    if lo == hi or (hi == lo + 1 and offset == 1 and core.startswith("(?:\\A|")):
        return int(hi) - offset
    return None


def _offsets(regex: str, cores: tuple[str, ...]) -> tuple[int | None, ...]:
    """The start offset (:data:`STARTS`) of each of ``regex``'s ``cores``; ``None``: none.

    Offsets given one per core are for the default cores (:data:`CORES`): other cores of
    the expression get none, and are searched as windows.
    """
    given = STARTS.get(regex)
    if not isinstance(given, tuple):
        return (given,) * len(cores)
    return given if cores == CORES.get(regex) else (None,) * len(cores)


def _max_width(regex: str) -> int | None:
    """Longest possible match of ``regex``; ``None`` if unbounded or possibly empty."""
    lo, hi = re._parser.parse(regex).getwidth()  # type: ignore[attr-defined]  # noqa: SLF001
    if lo == 0 or hi >= 1 << 16:
        return None
    return int(hi)


def _longest(regex: str) -> int:
    """Longest possible match of ``regex`` (a bounded one)."""
    return int(re._parser.parse(regex).getwidth()[1])  # type: ignore[attr-defined]  # noqa: SLF001


#: Expression (searched as windows) -> the most characters from a match's start to the end
#: of a core match inside it, when fewer than the expression's width: a window then opens
#: that far before a core's end, not a whole width (a key name leading a value of up to
#: 4,096 characters opened a window of 4,096 characters before each key, searched from its
#: first character). A key-led expression: the key's longest match. A vanity number: its
#: capital stands at most 16 characters after its first (the core ends right after it).
REACH: dict[str, int] = {
    _rx(_builtin.AuthTokenDetector, "token_key"): _longest(_builtin.credentials.TOKEN_KEYS),
    _rx(_builtin.DeviceIdDetector, "device_key"): _longest(_builtin.device.DEVICE_KEYS),
    _rx(_builtin.PhoneDetector, "phone_vanity"): 17,
}


def _literals() -> tuple[frozenset[str], frozenset[str]]:
    """The built-in detectors' prefilter literals, and the context words they locate."""
    present: set[str] = set()
    for cls in _builtin.BUILTIN_DETECTORS:
        present.update(cls.prefilter)
        present.update(cls.scan_literals)
        for p in cls.patterns:
            present.update(p.prefilter)
        if any(p.requires_context for p in cls.patterns):
            present.update(cls._ctx_variants)
    marks = set(_builtin.PhoneDetector._ctx_variants)  # noqa: SLF001 - its context gate
    return (
        frozenset(w for w in present if w.isascii()),
        frozenset(w for w in marks if w.isascii()),
    )


class Hits:
    """What one Hyperscan pass found in a text (see :meth:`Prefilter.scan`).

    ``present`` holds the prefilter literals that occur, ``marks`` the start offsets of each
    located word; :meth:`starts` gives the positions where an expression of :data:`STARTS`
    may match, :meth:`windows` an expression's windows, each computed on first request.
    """

    __slots__ = ("_ends", "_merged", "_prefilter", "_starts", "marks", "present")

    def __init__(
        self,
        prefilter: Prefilter,
        ends: dict[int, list[int]],
        present: frozenset[str],
        marks: dict[str, list[int]],
    ) -> None:
        self._prefilter = prefilter
        self._ends = ends
        self._merged: dict[str, list[tuple[int, int]]] = {}
        self._starts: dict[str, list[int]] = {}
        self.present = present
        self.marks = marks

    def starts(self, regex: str) -> list[int] | None:
        """Every offset where a match of ``regex`` may start, sorted (a superset).

        ``None`` when ``regex``'s core does not report starts (see :meth:`windows`).
        """
        out = self._starts.get(regex)
        if out is not None:
            return out
        pf = self._prefilter
        ids = pf._ids.get(regex)  # noqa: SLF001 - its own database's ids
        if ids is None or pf._shifts[ids[0]] is None:  # noqa: SLF001
            return None
        out = []
        for i in ids:
            found = self._ends.get(i)
            if found:
                # An end-located core reports each match's end, the others its start.
                back = pf._back[i]  # noqa: SLF001
                if back is None:
                    shift = pf._shifts[i]  # noqa: SLF001
                    out.extend(f + shift for f in found)  # type: ignore[operator]
                    if shift and min(found) == 0:
                        out.append(0)  # a boundary-led core matched at the start of the text
                else:
                    out.extend(f - back for f in found)
        out.sort()  # (little to do: Hyperscan reports each core's matches by their end)
        self._starts[regex] = out
        return out

    def _found(self, ids: tuple[int, ...]) -> list[int]:
        """The reports of the cores ``ids`` of one expression."""
        if len(ids) == 1:
            return self._ends.get(ids[0], [])
        return [f for i in ids for f in self._ends.get(i, ())]

    def windows(self, regex: str) -> list[tuple[int, int]] | None:
        """The ranges ``(first, last)`` where a match of ``regex`` may start.

        ``None`` when the prefilter has no core for ``regex``, or a core that reports starts
        (see :meth:`starts`): a full pass is then the way to find its matches.
        """
        out = self._merged.get(regex)
        if out is not None:
            return out
        ids = self._prefilter._ids.get(regex)  # noqa: SLF001 - its own database's ids
        if ids is None or self._prefilter._shifts[ids[0]] is not None:  # noqa: SLF001
            return None
        width = self._prefilter.reach(regex)
        out = []
        found = sorted(self._found(ids))
        for to in found:
            lo, hi = max(0, to - width), to - 1
            if out and lo <= out[-1][1] + 1:
                if hi > out[-1][1]:
                    out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        self._merged[regex] = out
        return out


class Prefilter:
    """One Hyperscan scan per text for candidate positions, literals and context words.

    The scan gives where the expressions of :data:`CORES` may match (start positions for
    those of :data:`STARTS`, windows for the others), which prefilter literals occur, and
    where the context words of the phone detector are. It runs as two passes, over two
    databases (see ``_database``).

    Literals and words are matched without regard to case, as ``ScanState`` compares them
    with the lowered text. The constructor only stores; the database compiles on first use.
    """

    def __init__(self, cores: Mapping[str, str | tuple[str, ...]] | None = None) -> None:
        self.cores = dict(CORES if cores is None else cores)
        # Other cores need not require a length: all matches then.
        self._min_length = {
            rx: n for rx, n in MIN_LENGTH.items() if self.cores.get(rx) == CORES.get(rx)
        }
        # (Other cores may end further into a match: a window of the whole width then.)
        self._reach = {rx: n for rx, n in REACH.items() if self.cores.get(rx) == CORES.get(rx)}
        self._db: Any = None
        self._ids: dict[str, tuple[int, ...]] = {}  # expression -> its cores' ids
        self._widths: list[int] = []
        self._shifts: list[int | None] = []  # per core: see STARTS
        self._back: list[int | None] = []  # per core: its start is its end minus this
        self._som: list[bool] = []  # per expression: reports its start, not its end
        self._literals: list[str] = []  # id - len(widths) -> literal
        self._n_present = 0
        self._present_set: frozenset[str] = frozenset()
        self._mark_set: frozenset[str] = frozenset()
        self._covers_ascii: dict[tuple[str, ...], bool] = {}
        self._local = threading.local()
        self._lock = threading.Lock()

    @property
    def present_literals(self) -> frozenset[str]:
        """Literals whose presence :meth:`scan` reports."""
        self._database()
        return self._present_set

    def covers_ascii(self, literals: tuple[str, ...]) -> bool:
        """Whether :meth:`scan` reports the presence of every ASCII one of ``literals``.

        The others cannot occur in an ASCII text.
        """
        known = self._covers_ascii.get(literals)
        if known is None:
            known = self._covers_ascii[literals] = all(
                w in self.present_literals for w in literals if w.isascii()
            )
        return known

    @property
    def mark_words(self) -> frozenset[str]:
        """Words whose every position :meth:`scan` reports."""
        self._database()
        return self._mark_set

    def _database(self) -> Any:
        if self._db is None:
            with self._lock:
                if self._db is None:
                    import hyperscan

                    exprs: list[bytes] = []
                    flags: list[int] = []
                    ids: dict[str, tuple[int, ...]] = {}
                    widths: list[int] = []
                    shifts: list[int | None] = []
                    backs: list[int | None] = []
                    for regex, cores in self.cores.items():
                        width = _max_width(regex)
                        if width is None:
                            continue
                        listed = (cores,) if isinstance(cores, str) else cores
                        mine = []
                        for core, shift in zip(listed, _offsets(regex, listed), strict=True):
                            mine.append(len(exprs))
                            caseless = core.startswith(_CASELESS)
                            exprs.append(core.removeprefix(_CASELESS).encode("ascii"))
                            flag = hyperscan.HS_FLAG_CASELESS if caseless else 0
                            back = None if shift is None else _end_located(core, shift)
                            if shift is not None and back is None:
                                flag |= hyperscan.HS_FLAG_SOM_LEFTMOST
                            flags.append(flag)
                            widths.append(width)
                            shifts.append(shift)
                            backs.append(back)
                        ids[regex] = tuple(mine)
                    present, marks = _literals()
                    literals = sorted(present) + sorted(marks)
                    for i, word in enumerate(literals):
                        exprs.append(re.escape(word).encode("ascii"))
                        single = hyperscan.HS_FLAG_SINGLEMATCH if i < len(present) else 0
                        flags.append(hyperscan.HS_FLAG_CASELESS | single)
                    # Two databases: the cores led by a character class ("(?:\A|[^...])",
                    # "[A-Z]") in one, the literals and literal-led cores in the other. One
                    # database of all was slower on log text than the two passes (7.2 vs
                    # 5.0 ms on the real logs: the class-led cores push it to a slower engine).
                    class_led = [e.startswith((b"(?:\\A|", b"[")) for e in exprs]
                    dbs = []
                    for part in (True, False):
                        chosen = [i for i, led in enumerate(class_led) if led is part]
                        if chosen:
                            db = hyperscan.Database()
                            db.compile(
                                expressions=[exprs[i] for i in chosen],
                                ids=chosen,
                                elements=len(chosen),
                                flags=[flags[i] for i in chosen],
                            )
                            dbs.append(db)
                    self._ids, self._widths, self._shifts = ids, widths, shifts
                    self._back = backs
                    som = [s is not None and b is None for s, b in zip(shifts, backs, strict=True)]
                    self._som = som + [False] * len(literals)
                    self._literals, self._n_present = literals, len(present)
                    self._present_set, self._mark_set = present, marks
                    self._db = tuple(dbs)
        return self._db

    def min_length(self, regex: str) -> int:
        """The length below which :meth:`Hits.starts` may miss matches of ``regex``."""
        return self._min_length.get(regex, 1)

    def reach(self, regex: str) -> int:
        """How far before a core's end a match of ``regex`` may start (see :data:`REACH`)."""
        return self._reach.get(regex) or self.width(regex)

    def width(self, regex: str) -> int:
        """Longest match of ``regex`` (one of the expressions :meth:`windows` returns)."""
        return self._widths[self._ids[regex][0]]

    def scan(self, text: str) -> Hits:
        """Scan ``text`` once: candidate positions, literals present, word positions."""
        import hyperscan

        dbs = self._database()
        scratches = getattr(self._local, "scratch", None)
        if scratches is None:
            scratches = self._local.scratch = [hyperscan.Scratch(db) for db in dbs]
        som = self._som
        reports: list[list[int]] = [[] for _ in som]

        def on_match(i: int, start: int, to: int, _flags: int, _ctx: object) -> None:
            # Start-reporting cores keep the start of their match, the others its end.
            reports[i].append(start if som[i] else to)

        if not text.isascii() and "\u212a" in text:
            # One character lowercases to an ASCII letter (KELVIN SIGN to "k"): caseless
            # cores must see it as the lowered text does. Other non-ASCII characters become
            # "?" (no core or literal has one), one byte each, so offsets are kept.
            text = text.translate(_FOLD)
        data = text.encode("ascii", "replace")
        for db, scratch in zip(dbs, scratches, strict=True):
            db.scan(data, match_event_handler=on_match, scratch=scratch)
        ends = {i: got for i, got in enumerate(reports) if got}
        n_cores, n_present, literals = len(self._widths), self._n_present, self._literals
        present = []
        marks: dict[str, list[int]] = {}
        for i, got in ends.items():
            j = i - n_cores
            if 0 <= j < n_present:
                present.append(literals[j])
            elif j >= n_present:
                word = literals[j]
                marks[word] = [to - len(word) for to in got]
        for j in range(n_present, len(literals)):
            marks.setdefault(literals[j], [])
        return Hits(self, ends, frozenset(present), marks)


_DEFAULT: Prefilter | None = None


def default_prefilter() -> Prefilter | None:
    """The shared prefilter, or ``None`` when Hyperscan is not installed."""
    global _DEFAULT  # noqa: PLW0603 - one compiled database per process
    if _DEFAULT is None and available():
        _DEFAULT = Prefilter()
    return _DEFAULT
