# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""Text tests, expressions and helpers that several built-in detectors share."""

from __future__ import annotations

import base64
import binascii
import bisect
import functools
import itertools
import json
import re
from typing import TYPE_CHECKING, Any

from privkit.detect._base import (
    UNSPACED_SCRIPTS,
    URL_SCHEME,
    Pattern,
    PatternDetector,
    ScanState,
    shared_evidence,
)
from privkit.detect._checksums import (
    iban_lengths,
    iban_valid,
)
from privkit.detect._ner import (
    dns_record,
    header_or_machine_line,
    json_item_line,
    log_record,
    mail_trace,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


# A character of a script written without spaces (``UNSPACED_SCRIPTS``): a value glued to
# one still starts or ends there ("IP地址是192.168.0.1吗", "访问www.example.com",
# "192.168.0.1로", "我的电话是13812345678").
_NO_SPACE_CHAR = re.compile(f"[{UNSPACED_SCRIPTS}]")
# A run of ASCII digits (the dates' and the phone numbers' detectors read them).
_DIGIT_RUN = re.compile(r"[0-9]+")


# A letter or digit that is no character of a script written without spaces: a value glued
# to one is part of a longer token ("abc5551234567", "x192.168.0.1"); glued to CJK it stands
# apart ("我的电话是13812345678", "请拨打415-666-7777我在明天").
_SPACED_WORD = rf"(?![{UNSPACED_SCRIPTS}])\w"


_SPACED_WORD_CHAR = re.compile(_SPACED_WORD)


_HEX = "[0-9A-Fa-f]"


_ANY_DIGIT = tuple("0123456789")  # prefilter: patterns that need a digit


_HEXCHARS = "0123456789abcdefABCDEF"


# Hex runs shared by the bare MAC (12), MEID (14), Android ID (16) and compact device ID (32)
# patterns; each takes its lengths through min_length/max_length.
_HEX_RUN = r"(?<![\w\-.:])[0-9A-Fa-f]{12,32}+(?![\w\-:]|\.\w)"
# The same run right after a colon, its value group after it: a value glued to its label
# ("android_id:3f2a9c41b7d8e605"), which the detector confirms (:func:`_labelled_colon`).
_HEX_RUN_AFTER_COLON = r":(?P<value>[0-9A-Fa-f]{12,32}+)(?![\w\-:]|\.\w)"

# A label glued to the value after it by its colon ("MAC:00:1a:...", "android_id:3f2a...",
# "eth0:..."): a word that opens its line or follows a space or a sign other than a colon,
# holding a letter that no hex digit is. A hex group is no label: "dead:beef:..." and
# "AC:00:1a:..." are colon runs, and so is a word after another colon ("x:y:...").
_GLUED_LABEL = re.compile(r"(?<![\w:])[A-Za-z_]\w{0,23}\Z")
_NOT_HEX_LETTER = re.compile(r"[G-Zg-z_]")


# (Not network.py's _full_after_key key: a label opens with a letter or "_", has a non-hex one.)
def _labelled_colon(text: str, colon: int) -> bool:
    """Whether the colon at ``colon`` ends a label glued to the value after it."""
    label = _GLUED_LABEL.search(text, max(0, colon - 24), colon)
    return label is not None and _NOT_HEX_LETTER.search(label.group()) is not None


# File extensions that look like top-level domains in ``icon@2x.png`` or ``main.py``.
_NOT_TLDS = frozenset(
    "png jpg jpeg gif svg css js json xml html htm txt log ini cfg yaml yml conf exe dll bin tmp "
    "bak jar war class java cpp hpp pyc csv tsv pdf doc docx xls xlsx ppt pptx gz tar tgz bz2 rar "
    "webp ico ttf woff woff2 map lock sqlite sql bat cmd dat swp orig old lang util core impl "
    "main test spec min "
    # systemd's unit types ("pki-tomcatd@pki-tomcat.service": a template unit's instance)
    "service socket timer mount automount slice scope "
    # a YANG module's files, named "<module>@<revision>" ("ietf-rip@2018-02-03.yang")
    "yang yin".split()
)


# TLDs accepted for bare domain names (no scheme, no ``www.``): common and unambiguous.
_BARE_TLDS = frozenset(
    "com net org edu gov mil int io co uk de fr nl es it ru cn jp br au ca us eu ch se no dk fi pl "
    "be at ie nz in biz info me tv cc ai app dev cloud online site tech xyz".split()
)


# More top-level domains a bare host may end in when a path follows it ("bit.ly/abc",
# "goo.gl/x", "amzn.to/y", "flic.kr/p/z"): those of link shorteners and of countries whose
# sites people paste. Never alone: "it.so", "obj.id", "go.to" in a sentence are no sites.
_PATH_TLDS = _BARE_TLDS | frozenset(
    "ly gl gd to kr am al st tt mp im gy id fm gg ws sh tw hk sg cz sk pt gr ro hu tr ua kz il "
    "za mx ar cl vn th ph my lt lv ee is si hr rs bg".split()
)


def _glued_word(text: str, start: int) -> bool:
    """Whether the character before ``start`` is a word character of a spaced script.

    ``x192.168.0.1``, ``éwww.example.com`` are glued to a word; ``是192.168.0.1`` is not.
    """
    if start <= 0:
        return False
    c = text[start - 1]
    if c.isascii():  # (the usual case, without a regex call: an ASCII letter, digit or "_")
        return c.isalnum() or c == "_"
    return _SPACED_WORD_CHAR.match(c) is not None


# RFC 5424 structured data: an element opens "[" with its SD-ID, and a vendor's SD-ID is
# "<name>@<private enterprise number>" (IANA's number, perhaps with dotted sub-identifiers),
# followed by the element's first parameter (' name="'), the element itself after the header's
# space or the element before it: Juniper's "... RT_FLOW_SESSION_CREATE [junos@2636.1.1.1.2.28
# source-address=\"...\"". A number of exactly four parts reads as an address and
# "name@2636.1.1" as a mailbox; a test file's placeholder number ("junos@xxxx.1.1.x.x.xxx") too.
# A bracketed "[admin@10.1.2.3]" without a parameter stays what it reads as. An SD-NAME is 1-32
# printable ASCII characters other than '=', ']', '"' and space ("@" and "[" left out here too).
_SD_NAME = r"[\x21\x23-\x3c\x3e\x3f\x41-\x5a\x5c\x5e-\x7e]{1,32}"
_SD_ID_OPEN = re.compile(r"(?<![^ \]])\[" + _SD_NAME + r"@\Z")
_SD_ID_CLOSE = re.compile(r" " + _SD_NAME + r'="')
_SD_NUMBER = re.compile(r"[0-9xX]{1,12}(?:\.[0-9xX]{1,12}){0,15}")


def _sd_id(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a structured-data element's SD-ID or its number.

    The span is the enterprise number right after ``[<name>@`` or the whole ``<name>@<number>``
    right after ``[`` (itself after a space or the previous element's ``]``); the number is
    digits and dots (``x`` standing for a hidden digit), and the element's first parameter
    follows. Bounded look-ups: linear.
    """
    before = text[start - 1 : start]
    if before == "@":
        number = text[start:end]
        if _SD_ID_OPEN.search(text, max(0, start - 35), start) is None:
            return False
    elif before == "[" and text[start - 2 : start - 1] in (" ", "]"):
        at = text.find("@", start, end)
        if at <= start or at - start > 32:
            return False
        number = text[at + 1 : end]
    else:
        return False
    return (
        any(c.isdigit() for c in number)
        and _SD_NUMBER.fullmatch(number) is not None
        and _SD_ID_CLOSE.match(text, end) is not None
    )


# Top-level domains a bare domain name in a sentence may end in with no word naming a site
# before it ("my site is example.com"): the bare ones less those that are also file
# extensions (Perl's .pl, C++'s .cc, Illustrator's .ai, macOS's .app, Makefile.in) or words
# and code attributes (at, be, it, me, no, us; logger.info, x.int).
_PROSE_TLDS = _BARE_TLDS - frozenset("pl in cc ai app info int at be it me no us".split())


@functools.cache
def _delegated_tlds() -> frozenset[str]:
    """The ASCII top-level domains of the DNS root zone (``tlds.txt``, read on first use)."""
    from importlib import resources  # only texts with a "%40" need it

    text = resources.files("privkit.detect").joinpath("tlds.txt").read_text(encoding="ascii")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


def _tld_delegated(domain: str) -> bool:
    """Whether ``domain`` ends in a top-level domain of the root zone (or a punycode one)."""
    tld = domain.rsplit(".", 1)[-1].lower()
    return len(tld) > 4 if tld.startswith("xn--") else tld in _delegated_tlds()


def _finding(
    det: PatternDetector,
    text: str,
    start: int,
    end: int,
    pattern: Pattern,
    *,
    base: float | None = None,
    checksum: str = "",
    tags: tuple[str, ...] = (),
    entity: EntityType | None = None,
    state: ScanState | None = None,
) -> Finding:
    """The finding of ``text[start:end]``, scored by ``det``'s context words.

    With the scan's ``state``, a detector scoring as :class:`PatternDetector` does builds no
    context window where the scan's marks show no word of it in reach
    (:meth:`PatternDetector.no_words_near`): the score is then the base one, as
    :meth:`PatternDetector.score` gives it. A text dense with findings and no words (numbers
    glued to other words) asked for one window per finding.
    """
    words: tuple[str, ...] = ()
    if det._base_score_only:  # noqa: SLF001 - no context words: the base score as is
        score = pattern.score if base is None else base
    elif (
        state is not None
        and type(det).score is PatternDetector.score
        and det.no_words_near(start, end, state)
    ):
        score = round(pattern.score if base is None else base, 4)
    else:
        score, words = det.score(text, start, end, pattern.score if base is None else base)
    evidence = shared_evidence(pattern.name, checksum, words, tags)
    return new_finding(
        det.entity if entity is None else entity, start, end, score, det.name, evidence
    )


_SPACED = frozenset("0123456789 ")


# A dotted quad of valid octets (0-255, leading zeros allowed) standing alone, not a group of
# a longer dotted run such as the French "06.12.34.56.78".
_OCTET = r"(?:[01]?[0-9]{1,2}|2[0-4][0-9]|25[0-5])"


_IPV4_QUAD = rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}(?![0-9]|\.[0-9])"


#: The header of a CEF or LEEF record up to its device-version field, searched before a value:
#: "CEF:0|Vendor|Product|", "LEEF:1.0|Vendor|Product|" (the version follows). The value
#: there is a version however it is written: an address's four groups
#: ("CEF:0|FireEye|MPS|1.2.3.123|") or a phone number's ("LEEF:1.0|Acme|av|02.47.00.0000|").
HEADER_VERSION_BEFORE = re.compile(
    r"(?:CEF:[0-9]{1,2}|LEEF:[0-9.]{1,4})\|[^|\r\n]{0,60}\|[^|\r\n]{0,60}\|\Z"
)


def header_version(text: str, start: int) -> bool:
    """Whether ``start`` opens a CEF or LEEF header's device-version field."""
    return text[start - 1 : start] == "|" and (
        HEADER_VERSION_BEFORE.search(text, max(0, start - 140), start) is not None
    )


#: HTTP client libraries and tools that name themselves in lower case in an agent
#: (``curl/8.4.0``, ``python-requests/2.31.0``): the user-agent detector's client pattern, and
#: the network detector's reason to read a quad after ``<client>/`` as the client's version.
HTTP_CLIENTS = (
    r"(?:okhttp|curl|wget|python-requests|python-urllib|go-http-client|apache-httpclient"
    r"|axios|node-fetch|postmanruntime|libwww-perl|java|dart|cfnetwork)"
)


#: Typographic dashes word processors and PDFs put between digit groups, each read as a
#: hyphen in phone numbers, cards and SSNs: hyphen, non-breaking hyphen, figure dash, en dash
#: and minus sign ("4111\u20131111\u20131111\u20131111").
TYPO_DASHES = "\u2010\u2011\u2012\u2013\u2212"


class _ScanAware(PatternDetector):
    """A pattern detector whose checks may use its scan's memos (:meth:`ScanState.memo`).

    :meth:`evaluate` and :meth:`_evaluate_in` both call :meth:`_evaluate`, with the scan's
    state or ``None`` (a direct call, no memo). A subclass reaches the base checks with
    ``PatternDetector.evaluate(self, ...)``: ``super().evaluate`` would come back here.
    """

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        return self._evaluate(text, start, end, pattern, None)

    def _evaluate_in(
        self, state: ScanState, start: int, end: int, pattern: Pattern, /
    ) -> Finding | None:
        return self._evaluate(state.text, start, end, pattern, state)

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        raise NotImplementedError


# A line that opens like a log record (a digit, bracket, angle bracket, brace or level word)
# or like a header (``Referer: <url>``); an HTTP method right before a URL (a request line).
_LOG_OPENING = re.compile(
    r"[ \t]*(?:[0-9\[<{]|(?i:info|warn|warning|error|debug|trace|fatal|notice|crit)\b)"
)


_PLACEHOLDER_VALUES = frozenset({"-", "null", "none", "undefined", "true", "false", "0", "1"})


# A constant's name built on a placeholder word, which a cassette's filter or a template
# writes where a credential was ("DUMMY_SIGNATURE", "YOUR_API_KEY", "REDACTED"): capitals and
# underscores only, so a digit or a lower-case letter anywhere makes it an ordinary value.
_PLACEHOLDER_CONSTANT = re.compile(
    r"(?:[A-Z]{1,12}_){0,4}(?:DUMMY|FAKE|PLACEHOLDER|REDACTED|FILTERED|MASKED|CHANGEME|YOUR"
    r"|EXAMPLE|SAMPLE)(?:_[A-Z]{1,12}){0,4}"
)


def _line_start(text: str, start: int, lines: dict[Any, Any] | None) -> int:
    """Where the line holding ``start`` begins.

    With a memo (``lines``), searched back only to the position asked about last, when
    ``start`` is past it (callers go forward through a text): a text of one long line is
    not searched back to its beginning for every candidate on it.
    """
    cursor = None if lines is None else lines.get("cursor")
    if cursor is not None and cursor[0] <= start:
        nl = text.rfind("\n", cursor[0], start)
        ls = nl + 1 if nl >= 0 else cursor[1]
    else:
        ls = text.rfind("\n", 0, start) + 1
    if lines is not None:
        lines["cursor"] = (start, ls)
    return ls


# A URL with a scheme as a token, and a run of letters of a script written without spaces.
# (Bounded, unlike ``_ner._URL_TOKEN``: a longer link is read on from its 2049th character.)
_LINK_TOKEN = re.compile(URL_SCHEME + r"\S{0,2048}")


# The same with the marks glued before it that open no field (a bracket, a backslash, a
# character other than ASCII that is no letter or digit: "(https://a.example/, (https://b...",
# "\u00a1https://...", an emoji and its joiner), and a mail link ("mailto:jane@example.org"):
# read only when a line reads as a record with the plain tokens left out (a pass over a line
# dense with links costs twice the plain one's).
_MARKED_LINK_TOKEN = re.compile(
    r"(?:[(\[{<\\]|[^\w\s\x00-\x7f]){0,8}"
    r"(?:" + URL_SCHEME + r"|(?<![\w.+\-])(?i:mailto):)\S{0,2048}"
)


_NO_SPACE_RUN = re.compile(f"[{UNSPACED_SCRIPTS}]{{1,256}}")


# A site's name as a sentence names one (``_prose_domains``: lower case, a top-level domain
# of ``_PROSE_TLDS``), with the path of a link typed without a scheme: "vine.co",
# "example.com/path"; or a host of ``_PATH_TLDS`` and its path, as ``url_bare`` takes one
# ("goo.gl/x", "bit.ly/abc").
def _site_token(after: str) -> re.Pattern[str]:
    """:data:`_SITE_TOKEN` with ``after`` (a class body) opening what follows the name."""
    # (a port may stand before the path: "example.com:8080/a?b=1&c=2")
    return re.compile(
        r"(?<![\w.\-@/:])(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.){1,3}"
        r"(?:(?:" + "|".join(sorted(_PROSE_TLDS, key=len, reverse=True)) + r")(?![\w\-@]|\.\w)"
        r"(?:(?::[0-9]{1,5})?[" + after + r"]\S{0,2048})?"
        r"|(?:"
        + "|".join(sorted(_PATH_TLDS - _PROSE_TLDS, key=len, reverse=True))
        + r")(?::[0-9]{1,5})?/\S{0,2048})"
    )


_SITE_TOKEN = _site_token("/")


# The same with a query or fragment after the name ("google.com?q=shoes"), left out of a
# line's words only when no other "=" is left (``k=v example.com?q=1`` stays a record).
_SITE_QUERY_TOKEN = _site_token("/?#")


# A link in angle brackets opening a line ("<https://example.com/a>"; "<example.com>",
# "<example.com/a>" as linkifiers take one without a scheme), in square brackets as wiki
# markup writes one ("[https://example.com/a Title]"), or a Markdown link's target
# ("[the docs](https://example.com/a)"). The match ends at the bracket before the link.
_AUTOLINK_OPENING = re.compile(
    r"[ \t]*(?:(?:[<\[]|\[[^\[\]\n]{1,200}\]\()(?=" + URL_SCHEME + ")"
    r"|<(?=[a-z0-9][a-z0-9.\-]{0,252}\.[a-z]{2,24}[/>]))"
)


# A list item's number or a reference mark opening a line, then a word or a link: "1. see
# https://...", "2) read ...", "[3] https://..." (a digit or "[" otherwise opens a log record).
_ITEM_OPENING = re.compile(r"[ \t]*(?:[0-9]{1,3}[.)]|\[[0-9]{1,3}\])[ \t]+(?=[A-Za-z])")


# A line that is one bracketed aside ("[Scoped like http://...]", "{see http://...}"): its
# inside is read as the line. (Log records and JSON do not close their first bracket last
# with nothing of the same kind inside.)
_WRAPPED_LINE = re.compile(
    r"[ \t]*(?:\[(?=[^\[\]\n]*\][ \t]*\Z)|\{(?=[^{}\n]*\}[ \t]*\Z)|\((?=[^()\n]*\)[ \t]*\Z))"
    r"(.*?)[\]})][ \t]*\Z"
)


# A line that opens with a name and a colon, not a URL's scheme ("Link: <...>", not "http://"),
# also as curl's verbose output marks a request's header ("> Host: www.example.com").
_FIELD_OPENING = re.compile(r"[ \t]*(?:>[ \t]+)?[A-Za-z][\w\-]{0,60}[ \t]*:(?!//)")


# Elements of a document's text, as a page's body or a rendered Markdown page writes them
# (paragraphs, links, images, emphasis, lists, tables, quotes); a line holding any other
# element (a page's head, scripts, forms: ``<script src=...>``, ``<link href=...>``) is code.
_TEXT_ELEMENTS = (
    "a|abbr|b|blockquote|br|caption|cite|code|dd|del|div|dl|dt|em|figcaption|figure|h[1-6]|hr"
    "|i|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|table|tbody|td"
    "|tfoot|th|thead|tr|tt|u|ul"
)


_TEXT_TAG = re.compile(rf"</?((?i:{_TEXT_ELEMENTS}))(?=[\s/>])[^<>\n]{{0,2048}}>")


# Of those, the ones inside a sentence (a link, emphasis, code): gone without a space, so
# "<a ...>the docs</a>, and" reads "the docs, and".
_INLINE_ELEMENTS = frozenset(
    "a abbr b cite code del em i ins kbd mark q s samp small span strike strong sub sup tt u".split()
)


_ANY_TAG = re.compile(r"</?[A-Za-z][\w\-]{0,40}(?=[\s/>])[^<>\n]{0,2048}>")


# A Markdown reference definition's label: not a log record's level word or time stamp
# ("[INFO]: https://...", "[12:00:01]: ...").
_LINK_LABEL = r"(?!(?i:info|warn|warning|error|debug|trace|fatal|notice|crit)\])[^\[\]:\n]{1,200}"


# What makes a line rich text for a reader: an element of a document's text, a Markdown
# link's text and target opening (``[the docs](``, opening a word: not a URL's path
# ``/foo[1](2)``), an autolink in angle brackets (``<https://...>``, also as
# reStructuredText embeds one: ``\`text <https://...>\`_``), a Markdown reference definition
# (``[label]: https://...``), a reStructuredText target (``.. _name: https://...``,
# ``__ https://...``), emphasis opening on a link (``_https://...``, ``**www.``), a table's
# row (``| her page | https://... |``: the cells' words are read).
_RICH_TAG = re.compile(
    rf"</?(?i:{_TEXT_ELEMENTS})(?=[\s/>])|<[A-Za-z][\w+.\-]{{0,15}}://[^\s<>]{{1,2048}}>"
)


_RICH_LINK = re.compile(r"(?<![^\s(\[*_~>|!])\[[^\[\]\n]{1,200}\]\(")


_RICH_OPENING = re.compile(
    r"[ \t]{0,3}\["
    + _LINK_LABEL
    + r"\]:[ \t]{1,8}<?"
    + URL_SCHEME
    + r"|[ \t]*(?:\.\. _[^:\n]{0,200}:|__)[ \t]{1,8}"
    + URL_SCHEME
    + r"|[ \t]*\|[^\n]*\|[ \t]*\Z"
)


# (Its mark is read first, then what stands before it: led by the look-behind, the search
# tried it at every character of a log line; led by a mark, the engine skips from one mark
# to the next.)
_RICH_EMPHASIS = re.compile(
    r"([*_~])(?:(?<=^.)|(?<=[\s(\[].))\1{0,2}(?=" + URL_SCHEME + r"|(?i:www\.))",
    re.DOTALL,
)


def _rich_text(line: str) -> bool:
    """Whether a line holds rich text (the constants above).

    Each expression is asked only of a line holding its characters.
    """
    return (
        ("<" in line and _RICH_TAG.search(line) is not None)
        or ("](" in line and _RICH_LINK.search(line) is not None)
        or _RICH_OPENING.match(line) is not None
        or _RICH_EMPHASIS.search(line) is not None
    )


# The marks of rich text a reader does not read: block openers at the line's start (quote
# marks, a list's bullet, a heading's hashes, a reference or target's label), then, anywhere:
# a table's bars, link brackets ("[", "![", "]" and "](", a ")"), emphasis runs of one to
# three marks not inside a word (not after a word character or "/", or not before one),
# code marks with their target's "_" or "__", angle brackets. Past the opening, each mark
# is told by its first character, the rest read behind it: the engine then skips from one
# mark's character to the next (alternatives led by look-behinds were tried at every
# position, 20 ns a character of a long line).
_MARKUP_MARK = re.compile(
    r"^(?:[ \t]*(?:>[ \t]?)+|[ \t]*[-*+][ \t]+|[ \t]*#{1,6}[ \t]+|[ \t]*\.\. _[^:\n]{0,200}:"
    r"|[ \t]{0,3}\[" + _LINK_LABEL + r"\]:|[ \t]*__[ \t])"
    r"|[|!\[\]*_~`<>)](?:(?<=!)\[|(?<=[*_~])(?<![\w/][*_~])[*_~]{0,2}"
    r"|(?<=[*_~])[*_~]{0,2}(?![\w/])|(?<=`)_{0,2}|(?<=\])\(?|(?<=[|\[<>)]))"
)


def _unmark_tag(m: re.Match[str]) -> str:
    """A text element's tag as :func:`_markup_reading` leaves it: an inline one glued."""
    name = m.group(1).lower()
    return "" if name in _INLINE_ELEMENTS else " "


def _unmark(m: re.Match[str]) -> str:
    """A mark as :func:`_markup_reading` leaves it."""
    # (a link's closing parenthesis: glued, as the text reads)
    return "" if m.group() == ")" else " "


def _markup_reading(line: str) -> str | None:
    r"""The words of a line of rich text, without its markup; None for other lines.

    A page's text marked up for a reader (HTML of a document's body, Markdown, reStructured
    Text) writes its links inside the markup: ``<a href="https://...">the docs</a>``,
    ``- [_the docs_](https://...)``, ``[1]: https://...``, ``\`the docs <https://...>\`_``.
    Its tags, attributes and marks are no record's fields: the machine-text test reads the
    words between them (the links are then left out by :func:`_links_in_prose`). A line
    with an element that is no part of a document's text (``<script>``, ``<link>``, a form)
    is code and has no such reading; nor has a line without rich text.
    """
    if not _rich_text(line):
        return None
    tags = _TEXT_TAG.sub(_unmark_tag, line)
    if _ANY_TAG.search(tags) is not None:
        return None
    return _MARKUP_MARK.sub(_unmark, tags)


def _links_in_prose(line: str) -> bool:
    """Whether a line is a sentence once its links are left out of the word count.

    The machine-text test counts the words of a line: a tweet or a chat message of several
    links (``test http://a.example/ http://b.example/``), a line listing sites (``vine.co
    twitch.tv t.co``) or a Japanese sentence around links has few, and read as a record. The
    test is asked again without the scheme URLs and sites' names (:data:`_SITE_TOKEN`), each
    run of Han, kana, Hangul or Thai letters counted as one word. A line that opens with a
    name and a colon (a header, ``Link: <https://...>``) and an item of a JSON array printed
    one to a line (``    "https://...",``) stay machine text.
    """
    if (
        _FIELD_OPENING.match(line)
        or (line[:2] == "  " and json_item_line(line))
        or mail_trace(line)  # (its names are the trace's: left out, it reads as words)
        or dns_record(line)  # (likewise a resource record's: ";example.com. IN DS")
    ):
        return False
    sites = _SITE_TOKEN.search(line) is not None
    if (
        "://" not in line
        and "ailto:" not in line
        and not sites
        and _NO_SPACE_CHAR.search(line) is None
    ):
        return False
    plain = _LINK_TOKEN.sub(" ", line)
    if _words_are_prose(plain, sites=sites):
        return True
    # (again with the marks glued before links, and mail links, left out, when any is)
    marked = _MARKED_LINK_TOKEN.sub(" ", line)
    return marked != plain and _words_are_prose(marked, sites=sites)


def _words_are_prose(line: str, *, sites: bool) -> bool:
    """Whether ``line``, its links left out, less its sites' names is prose."""
    words = _NO_SPACE_RUN.sub(" word ", line)
    if sites:
        rest = _SITE_QUERY_TOKEN.sub(" ", words)
        words = rest if "=" not in rest else _SITE_TOKEN.sub(" ", words)
    return not header_or_machine_line(words)


def _machine_line_at(
    text: str,
    start: int,
    ls: int = -1,
    lines: dict[Any, Any] | None = None,
    *,
    for_url: bool = False,
) -> bool:
    """Whether the line holding ``start`` (it begins at ``ls``, when known) is machine text.

    ``lines`` memoises the verdict on each line (by its start offset; one memo per reading:
    see :func:`_scan_lines`): without it, candidates on one long line each read the whole
    line. For the URL detector (``for_url``), a line is prose when :func:`_links_in_prose`
    says so, and a line opening with a link in angle brackets (``<https://example.com/a>``,
    as mail and Markdown write one), a list item's number or a reference mark is read from
    after it, a line in one pair of brackets from inside them.
    """
    if ls < 0:
        ls = _line_start(text, start, lines)
    verdict = None if lines is None else lines.get(ls)
    if verdict is None:
        le = text.find("\n", start)
        end = le if le >= 0 else len(text)
        at = ls
        if for_url:
            if (link := _AUTOLINK_OPENING.match(text, ls)) is not None:
                at = link.end()
            elif (item := _ITEM_OPENING.match(text, ls, end)) is not None:
                at = item.end()
            elif (wrapped := _WRAPPED_LINE.match(text, ls, end)) is not None:
                at, end = wrapped.start(1), wrapped.end(1)
        if for_url and (reading := _markup_reading(text[ls:end])) is not None:
            # rich text: its words, without the markup
            verdict = (
                _LOG_OPENING.match(reading) is not None
                or log_record(reading)
                or (header_or_machine_line(reading) and not _links_in_prose(reading))
            )
        else:
            # a log record's opening, a header or machine-text line, or a line naming a
            # dotted package path (a stack trace's message line, "java.net.ConnectException:
            # ... see: URL"); the two tests memoised by the line's bounds (_record_line asks
            # them of the lines around a sentence)
            verdict = (
                _LOG_OPENING.match(text, at) is not None
                or _line_test(log_record, text, at, end, lines)
                or (
                    _line_test(header_or_machine_line, text, at, end, lines)
                    and not (for_url and _links_in_prose(text[at:end]))
                )
            )
        if lines is not None:
            lines[ls] = verdict
    return verdict


def _line_test(
    test: Callable[[str], object], text: str, start: int, end: int, lines: dict[Any, Any] | None
) -> bool:
    """``test(text[start:end])`` as a bool, memoised in ``lines`` by the test and the bounds.

    (``log_record`` and ``header_or_machine_line``: a line's verdict and the sentences
    around it ask them of the same line.)
    """
    if lines is None:
        return bool(test(text[start:end]))
    key = (test, start, end)
    verdict = lines.get(key)
    if verdict is None:
        verdict = lines[key] = bool(test(text[start:end]))
    return verdict


def _scan_lines(state: ScanState | None) -> dict[Any, Any] | None:
    """The per-scan memo of :func:`_machine_line_at`'s plain verdicts (not the URL reading)."""
    return None if state is None else state.memo("plain_lines")


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all of its line but white space.

    Only the white space around it is read, not the rest of a long line.
    """
    i = start
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False
    j, n = end, len(text)
    while j < n and text[j] != "\n" and text[j].isspace():
        j += 1
    return j == n or text[j] == "\n"


# The first digit of a run, where a run may start: not inside a longer token of letters,
# digits or marks ("x4111...", "1.5", "+1...", "ab-..."); a character of a script written
# without spaces is no such token (:data:`_SPACED_WORD`): "卡号4111111111111111",
# "社会保障号078-05-1120"; nor is a line break or tab escaped in a JSON or C string
# ("card:\\n4111...", a log message serialised with its line breaks). (The digit comes first and
# the character before it is looked at behind it: the expression then starts with a digit,
# which the regex engine looks for quickly, instead of testing every position.)
_FIRST_DIGIT = rf"[0-9](?:(?<=\\[ntr][0-9])|(?<![\-.+][0-9])(?<!{_SPACED_WORD}[0-9]))"
# Where a run of digits may end: before no longer token (as above) and no decimal part.
_DIGITS_CLOSE = rf"(?!{_SPACED_WORD}|-|\.[0-9])"


_DIGITS = rf"{_FIRST_DIGIT}[0-9]{{8,19}}{_DIGITS_CLOSE}"


# Digit groups with one separator throughout: a change of separator ends the run, so that in
# "555-123-4567 4111 1111 1111 1111" the card number is a candidate of its own.
_GROUPED = rf"{_FIRST_DIGIT}[0-9]{{1,5}}([ \-])[0-9]{{1,7}}(?:\1[0-9]{{1,7}}){{0,3}}{_DIGITS_CLOSE}"


#: :data:`TYPO_DASHES`, each one a prefilter literal.
_TYPO_DASHES = tuple(TYPO_DASHES)


_NO_SPACES = str.maketrans("", "", " -.\u00a0\u202f\u2009" + TYPO_DASHES)


# Keys of the ids a service gives a request or a trace of it: digits under them are no card,
# IMEI or other number of a person ("traceID=2223839516656616", "span_id", "requestId").
_REQUEST_ID_WORDS = ("trace", "spanid", "span id", "requestid", "request id", "correlation")


# A printed time value's fields: Go's ``time.Time{wall:0x..., ext:538682900040573, loc:...}``
# (``ext`` is the monotonic clock's reading, 15 digits after a few days of uptime) and a
# protobuf ``Timestamp{Seconds:..., Nanos:...}``: the digits of those fields are a clock's,
# whatever their checksum (another field of the value is read as any text is).
_TIME_VALUE_FIELDS = re.compile(
    r"(?:Time|time|Timestamp|timestamp|Instant)\{[^{}]{0,80}?"
    r"(?<![\w.])(?:wall|ext|sec|nsec|mono|seconds|nanos|Seconds|Nanos):[ ]?\Z"
)


def _time_value_field(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a field of a printed time value (Go, protobuf)."""
    return _TIME_VALUE_FIELDS.search(text, max(0, start - 90), start) is not None


# An Amazon Resource Name up to its account field ("arn:aws:elasticloadbalancing:us-east-2:",
# IAM's empty region in "arn:aws:iam::", other partitions' "arn:aws-cn:", "arn:aws-us-gov:"),
# as load balancers' and S3's access-log lines write target groups', certificates' and access
# points' names.
_ARN_BEFORE_ACCOUNT = re.compile(
    r"(?<![\w\-])arn:aws[a-z\-]{0,12}:[a-z0-9\-]{1,40}:[a-z0-9\-]{0,30}:\Z"
)


def aws_account_field(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the twelve-digit account field of an ARN.

    The field is followed by its ``:``; it is an AWS account's id, not a card's, phone's or
    person's number. Reads at most 90 characters before it.
    """
    return (
        end - start == 12
        and text[end : end + 1] == ":"
        and _ARN_BEFORE_ACCOUNT.search(text, max(0, start - 90), start) is not None
    )


# A hex dump's row of 16-bit words up to a value: an offset written ``0x`` and four to eight hex
# digits, a colon, then words of four hex digits ("\t0x0040:  6465 736b 746f 702e 4442 7573"),
# as tcpdump's ``-x``/``-X`` and other packet tools print a packet. Decimal-looking words there
# are more of the packet's bytes, not a phone's or a card's digit groups.
_WORD_DUMP_ROW = re.compile(r"[ \t]*0x[0-9A-Fa-f]{4,8}:[ \t]{1,3}(?:[0-9A-Fa-f]{4} {1,2}){0,7}")


def word_dump_row(text: str, start: int) -> bool:
    """Whether ``start`` stands among the 16-bit words of a hex dump's row (``0x0010:  4500 ...``)."""
    if start < 10 or text[start - 1] != " ":
        return False
    line_start = text.rfind("\n", max(0, start - 64), start) + 1
    if line_start == 0 and start > 64:
        return False  # (a row's words start within 64 characters of its line's start)
    return _WORD_DUMP_ROW.fullmatch(text, line_start, start) is not None


# One group of an IBAN as people write it: letters and digits after a space, hyphen or
# full stop ("NO 44 1850.05.14562", "ES72 2013-0692-81-0201150993").
_IBAN_GROUP = re.compile(r"[ .\-]?([A-Za-z0-9]{1,34})")


def iban_walk(text: str, start: int, end: int) -> int | None:
    """The end of the IBAN opening at ``start`` (country, check digits, groups), or None.

    Groups are added one by one up to the country's length (registry and national
    formats); the first length at which the compact value is a valid IBAN ends it. A group
    of lower-case letters alone is a word after the number, never a part of it; lower-case
    letters beside digits are (``... 1000 h79`` in Monaco).
    """
    lengths = iban_lengths(text[start : start + 2])
    if not lengths:
        return None
    longest = max(lengths)
    pos = start + 2
    if text[pos : pos + 1] == " ":
        pos += 1
    compact = text[start : start + 2] + text[pos : pos + 2]
    pos += 2
    while pos < end and len(compact) < longest:
        m = _IBAN_GROUP.match(text, pos, end)
        if m is None:
            return None
        group = m.group(1)
        if not group.isdigit() and not group.isupper() and not any(map(str.isdigit, group)):
            return None
        compact += group.upper()
        pos = m.end()
        if len(compact) in lengths and iban_valid(compact):
            return pos
    return None


_UUID = rf"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"


_UUID_RX = re.compile(_UUID)


# A label of capitalised words before a colon ("Farm Instance ID: 7e4e..."): read whole.
_LABEL_BEFORE = re.compile(r"(?:[A-Z][A-Za-z]{0,24} ){1,3}\Z")


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


# A value made of words ("devicePage_false_pre", "CheckForPermission", "delete me" and,
# decoded, "Nashville Public Radio"): each part a word in one of the usual casings or a
# short number.
# Words may be joined by "&" when no "=" makes fields of them ("webh5&0.0.1&websocket": a
# client's kind, version and transport), and a lower-case word may end in one digit (HTML5's
# "h5", "webh5", "value1"). A "*" joins words too: a list of experiments and the variant each
# serves ("home_article-164*plethora-a-599,watch_for_you-153*watch-fy-a-542").
_WORD_SPLIT = re.compile(r"[_\-.~ +/:&,*]+")


_WORD_PART = re.compile(
    r"[a-z]{1,12}|[A-Z][a-z]{0,11}|[A-Z]{1,12}|[0-9]{1,5}|[a-z]{1,11}[0-9]"
    r"|(?:[a-z]{1,12}|[A-Z][a-z]{1,12})(?:[A-Z][a-z]{1,12}){1,4}"
)


_CAMEL = re.compile(r"[A-Z][a-z]{1,12}(?:[A-Z][a-z]{1,12}){1,4}")


_VOWELS = frozenset("aeiouAEIOU")


def _scrambled(letters: str) -> bool:
    """Whether a run of 8 letters or more is random, not a word.

    Random letters change case from lower to upper at least twice and have few vowels
    (``kYXcPMxuCHo``); words in mixed case do not (``iPhone``, ``eBayItemId``, ``McDonalds``).
    """
    if len(letters) < 8:
        return False
    rises = sum(1 for a, b in itertools.pairwise(letters) if a.islower() and b.isupper())
    if rises >= 2 and sum(c in _VOWELS for c in letters) * 4 < len(letters):
        return True
    # Many case changes with capitals side by side inside the run ("IGoaIfRwBYEg"): words in
    # mixed case start each word with one capital ("CheckForPermission"), an acronym has
    # few case changes ("XMLHttpRequest").
    pairs = sum(1 for a, b in itertools.pairwise(letters[1:]) if a.isupper() and b.isupper())
    return len(letters) >= 10 and rises >= 3 and pairs >= 2


# Letters written as words: lower-case words, capitalised words and acronyms in a row
# ("iPhone", "eBayItemId", "XMLHttpRequest", "deDE"). Random letters break the grammar: a
# lone capital after a lower-case letter at the end ("oeznenCLDjY"), or capitals inside a
# lower-case run that start no word. Only read on values of fewer than 16 letters.
_WORD_SHAPED = re.compile(r"(?:[A-Z]?[a-z]+|[A-Z]{2,}(?![a-z]))+")


def _word_shaped(letters: str) -> bool:
    """Whether a run of fewer than 16 letters reads as words (:data:`_WORD_SHAPED`)."""
    return _WORD_SHAPED.fullmatch(letters) is not None


_WORD_NUMBER = re.compile(r"[A-Za-z][a-z]{2,11}(?:[0-9]{1,3}|(?:19|20)[0-9]{2})")


# The letters and digits counted in order: a value that only counts through them
# ("0123456789abcdef0123456789abcdef", "123456789") was written by a person or a filter.
_COUNTING = "0123456789abcdefghijklmnopqrstuvwxyz"


_COUNT_NEXT = dict(itertools.pairwise(_COUNTING + "0"))


def _no_entropy(value: str) -> bool:
    """Whether a value's letters and digits carry no randomness, so identify nothing.

    One character repeated between separators (``000-0000000-0000000``, a nil UUID) or the
    digits and letters counted in order, into the letters or over again
    (``0123456789abcdef``, twice; ``12341234``): placeholders a cassette's filter or a
    template writes where an id was. Any other character anywhere (``0123456789abcdef7``)
    makes the value an ordinary one; a count once through the digits (``123456789``) is
    judged as before.
    """
    chars = [c for c in value.lower() if c in _COUNTING]
    if len(chars) < 6 or len(chars) * 2 < len(value):
        return False
    first = chars[0]
    # the count's length: up to where it starts over (one character repeated: 1)
    period = next((i for i in range(1, len(chars)) if chars[i] == first), len(chars))
    run = chars[:period]
    for a, b in itertools.pairwise(run):
        if b != _COUNT_NEXT[a] and not (a == "9" and b == "0" and first == "1"):  # "1234567890"
            return False
    # a count once through the digits alone ("123456789") is also a number a test writes as
    # an id: only a count that goes on into the letters or starts over is a placeholder
    if len(chars) < 2 * period and not ("9" in run and "a" in run):
        return False
    return all(c == run[i % period] for i, c in enumerate(chars))


# The ten digits typed in keyboard order, inside a single token with other characters: a
# stand-in a test suite writes where a token was ("pcsnotes-1234567890=",
# "EQ==BST_IAAAAAAABL-1234567890~"). A random value holds the run about once in 10^10
# places of decimal digits, less often in hexadecimal or base64. The run inside a longer
# number ("71234567890123...") or among digits only is a number judged as before
# (:func:`_no_entropy`); a value of fields or list items (``&``, ``|``, ``;``, ``,``, an
# encoded separator) is judged field by field, not whole.
_TYPED_DIGITS = re.compile(r"(?<![0-9])1234567890(?![0-9])")
_TOKEN_SEPARATORS = frozenset("&|;, ")


def _typed_stand_in(value: str) -> bool:
    """Whether a single token is a stand-in built on the typed digits (:data:`_TYPED_DIGITS`).

    Other characters must stand around the digits, which are no part of a longer number; a
    value of fields or list items is not one token.
    """
    return (
        _TYPED_DIGITS.search(value) is not None
        and not value.isdigit()
        and not any(c in _TOKEN_SEPARATORS for c in value)
        and "%" not in value
    )


# The digits typed in keyboard order from "1" on past "0" and on again ("12345678901",
# "123456789012"): a test suite's stand-in for a number it did not want to write (iCloud's
# recorded account number, "dsid=12345678901"). One value of each length; a count once
# through the ten digits alone ("1234567890") or only to "9" stays a number judged as
# before (:func:`_no_entropy`), and so does the run inside another number ("71234567890").
_TYPED_COUNT = "1234567890" * 4


def _typed_count(value: str) -> bool:
    """Whether a number is the typed digits counted past ``0`` (see :data:`_TYPED_COUNT`)."""
    return 11 <= len(value) <= len(_TYPED_COUNT) and _TYPED_COUNT.startswith(value)


_LOWER_WORD = re.compile(rb"[a-z]{4,}")


def _wordy(value: str) -> bool:
    """Whether a cookie value is made of words, not an identifier (see :data:`_WORD_PART`).

    A path whose segments are words or short codes (``/gb/en/``, a site section or locale)
    is made of words too. Random letters written in groups between spaces
    (:func:`_letter_groups`) are no words.
    """
    if " " in value or "+" in value:
        if _letter_groups([t for t in _PHRASE_SPLIT.split(value) if t]):
            return False  # random letters written in groups, no words
        if _phrase(value):
            return True
    parts = [p for p in _WORD_SPLIT.split(value) if p]
    if value[:1] == "/" and parts:  # a path of words and short codes ("/gb/en/"): a page
        return all(_WORD_PART.fullmatch(p) for p in parts)
    if len(parts) == 1:  # "CheckForPermission"; "value1", "server12": a word and a counter
        return (
            _CAMEL.fullmatch(parts[0]) is not None
            or _WORD_NUMBER.fullmatch(parts[0]) is not None
            or (parts[0] != value and _wrapped_word(parts[0]))
        )
    return (
        len(parts) > 1
        and any(len(p) > 2 and p.isalpha() for p in parts)
        and all(_WORD_PART.fullmatch(p) or _compound_word(p, 13) for p in parts)
    )


# A phrase: a page's title, a search, a site's section written as words with spaces or "+"
# between them ("URBANARA - Hochwertige Heimtextilien & Wohnaccessoires", "Produkte und
# Preise im Überblick"): an identifier has no spaces between words of a language.
_PHRASE_SPLIT = re.compile(r"[ +]+")


_PHRASE_MARKS = "-\u2013\u2014&|:,;.!?()'\"/\u00bb\u00ab"


_PHRASE_MAX_TOKENS = 64


def _phrase(value: str) -> bool:
    """Whether a value is a phrase (see :data:`_PHRASE_SPLIT`).

    Three pieces or more between spaces (or ``+``), each a word of letters in any script in
    a language's casing (:func:`_phrase_word`; a hyphen may join two), a number of five
    digits at most or punctuation, two of them words of three letters or more.
    """
    tokens = [t for t in _PHRASE_SPLIT.split(value) if t]
    if not 3 <= len(tokens) <= _PHRASE_MAX_TOKENS:
        return False
    words = 0
    for token in tokens:
        core = token.strip(_PHRASE_MARKS)
        if not core or (core.isdigit() and len(core) <= 5):
            continue
        pieces = core.split("-")
        if not all(_phrase_word(p) for p in pieces):
            return False
        words += any(len(p) >= 3 for p in pieces)
    return words >= 2


def _letter_groups(tokens: list[str]) -> bool:
    """Whether a phrase's pieces are random letters written in groups, no words.

    Three groups or more of one length, four to eight lower-case ASCII letters each, half of
    them or more with a run of four consonants (:data:`_CONSONANT_RUN`; "mzjjk judly bjysk
    ujnbv", a generated name written as a phrase): words of a language differ in length and
    seldom hold such a run ("strength", "length"). Random letters in groups of five hold one
    about half the time. (A cookie's value of three groups of five letters or fewer stays
    short codes, :func:`_short_codes`: there the groups are four or more.)
    """
    if not 3 <= len(tokens) <= _PHRASE_MAX_TOKENS:
        return False
    size = len(tokens[0])
    if not 4 <= size <= 8 or any(len(t) != size for t in tokens):
        return False
    if not all(t.isascii() and t.isalpha() and t.islower() for t in tokens):
        return False
    return sum(_CONSONANT_RUN.search(t) is not None for t in tokens) * 2 >= len(tokens)


def _phrase_word(word: str) -> bool:
    """Whether a piece of a phrase is a word: letters in a language's casing, 24 at most.

    ``und``, ``Preise``, ``URBANARA``; random letters change case inside a word (``AbCdEf``).
    """
    return (
        word.isalpha()
        and len(word) <= 24
        and (word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()))
    )


def _wrapped_word(part: str) -> bool:
    """Whether the one word of a value with separators around it reads as a word.

    ``__rootsid``, ``-default-``: judged as a bare value of letters is in
    :meth:`CookieDetector._trivial`.
    """
    return part.isalpha() and len(part) < 16 and _word_shaped(part) and not _scrambled(part)


# A value of lower-case letters only that is long for one word ("bitdefenderproduction", an
# analytics report suite's or a site's name written as one word): words joined. Random
# letters have few vowels, many of the rare letters (j, k, q, v, w, x, z) and runs of four
# consonants or more; words have none of these.
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-z]{4}")


def _compound_word(letters: str, shortest: int = 16) -> bool:
    """Whether lower-case ASCII letters read as words joined (see above).

    From ``shortest`` letters (16; 13 for a part of a value of words, ``setstatuscode~~3``)
    to 40.
    """
    return (
        shortest <= len(letters) <= 40
        and letters.isascii()
        and letters.islower()
        and sum(c in "aeiou" for c in letters) * 10 >= len(letters) * 3
        and sum(c in "jkqvwxz" for c in letters) * 12 <= len(letters)
        and _CONSONANT_RUN.search(letters) is None
    )


# W3C extended log files (IIS, CloudFront, Incapsula...) name their columns once, in a
# ``#Fields:`` directive; the data lines after it are tab- or space-separated, values may be
# quoted. Reading the directive tells which column holds the agent, the cookies, the session.
_W3C_DIRECTIVE = re.compile(r"^#Fields:[ \t]*([^\r\n]+)", re.MULTILINE)


_W3C_TOKEN = re.compile(r'"([^"\r\n]*)"|([^\s"]+)')


_W3C_AGENT_FIELDS = frozenset({"cs(user-agent)", "user-agent", "useragent"})


_W3C_COOKIE_FIELDS = frozenset({"cs(cookie)"})


_W3C_SESSION_FIELDS = frozenset({"cs-sessionid", "x-session-id", "sessionid", "cs-session-id"})


def _w3c_values(text: str, wanted: frozenset[str]) -> Iterator[tuple[str, int, int]]:  # noqa: C901
    """Yield ``(field, start, end)`` for the values of ``wanted`` W3C fields in ``text``.

    Only data lines that follow a ``#Fields:`` directive in the same text are read (up to the
    next directive, or a NUL line: :meth:`Scanner.scan_many` joins texts with one, and a
    directive in one text must not name the columns of another); ``-`` and empty values are
    skipped. Field names are compared in lower case.
    """
    if "#Fields:" not in text:
        return  # a literal search first: "^" keeps re from searching by the literal
    for m in _W3C_DIRECTIVE.finditer(text):
        names = m.group(1).lower().split()
        cols = {i: n for i, n in enumerate(names) if n in wanted}
        if not cols:
            continue
        pos = m.end() + 1
        while pos < len(text):
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            line = text[pos:le].rstrip("\r")
            if line.startswith("#") or "\x00" in line:
                break  # the next directive, or the boundary scan_many puts between texts
            if "\t" in line:
                spans, at = [], 0
                for col in line.split("\t"):
                    spans.append((at, at + len(col)))
                    at += len(col) + 1
            else:
                spans = [
                    mm.span(1) if mm.group(1) is not None else mm.span(2)
                    for mm in _W3C_TOKEN.finditer(line)
                ]
            for i, name in cols.items():
                if i < len(spans):
                    a, b = spans[i]
                    if line[a:b].strip() not in ("", "-", '""'):
                        yield name, pos + a, pos + b
            pos = le + 1


_W3C_FIELDS = _W3C_AGENT_FIELDS | _W3C_COOKIE_FIELDS | _W3C_SESSION_FIELDS


@functools.lru_cache(maxsize=64)
def _w3c_evidence(field: str) -> Evidence:
    """The evidence of a value found by its W3C column (one object per column name)."""
    return Evidence("w3c_field", tags=(field,))


def _w3c_in(state: ScanState, wanted: frozenset[str]) -> list[tuple[str, int, int]]:
    """:func:`_w3c_values` of ``wanted`` fields, the text read once per scan for all detectors."""
    memo = state.memo("w3c")
    values = memo.get("values")
    if values is None:
        values = memo["values"] = list(_w3c_values(state.text, _W3C_FIELDS))
    return [v for v in values if v[0] in wanted]


# Name/value objects: HAR files, browser tooling and test recorders store headers and cookies
# as objects of a name and a value ({"name": "Cookie", "value": "a=1; b=2"}; a cookie jar's
# {"name": "_ga", "value": "GA1.2...", "domain": ".example.com", "path": "/"}), in JSON or as
# a Python dict's repr (single quotes, keys in any order). Each is read once per scan.
_NV_NAME = re.compile(r"""(["'])name\1\s*:\s*(["'])((?:(?!\2)[^\\\r\n]|\\.){1,256})\2""")


_NV_VALUE = re.compile(r"""(["'])value\1\s*:\s*(["'])((?:(?!\2)[^\\\r\n]|\\.){0,16384})\2""")


_NV_BRACE = re.compile(r"[{}]")


# Keys that only a cookie (of a jar, a HAR's "cookies" list, a browser's export) carries.
_NV_COOKIE_KEYS = re.compile(
    r"""["'](?:domain|path|expires|expiry|expirationDate|httpOnly|secure|sameSite|hostOnly)["']\s*:"""
)


_NV_COOKIES_LIST = re.compile(r"""["']cookies["']\s*:\s*\[[^\]]*\Z""")


_NV_REACH = 16384 + 4096  # how far an object is read from its "name" key


def _nv_names(text: str) -> list[re.Match[str]]:
    """The ``"name": "..."`` keys of ``text``, in order (anchored on the key literal)."""
    names = []
    for key in ('"name"', "'name'"):
        at = text.find(key)
        while at >= 0:
            m = _NV_NAME.match(text, at)
            if m is not None:
                names.append(m)
            at = text.find(key, at + 6)
    return sorted(names, key=lambda m: m.start())


def _closing_braces(text: str, start: int) -> dict[int, int]:
    """Each ``{`` from ``start`` on, mapped to the end of its matching ``}`` (one pass)."""
    closing: dict[int, int] = {}
    opened: list[int] = []
    for brace in _NV_BRACE.finditer(text, start):
        if brace.group() == "{":
            opened.append(brace.start())
        elif opened:
            closing[opened.pop()] = brace.end()
    return closing


def _nv_value(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The ``"value"`` key of the object ``text[lo:hi]`` at its first level, if any."""
    for tried, v in enumerate(_NV_VALUE.finditer(text, lo, hi)):
        if tried == 8:  # a flat object has one "value" key
            return None
        if "{" not in text[lo + 1 : v.start()]:  # the object's own key, not a nested one
            return v
    return None


def _nv_objects(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """Yield ``(name, value_start, value_end, is_cookie)`` for each name/value object.

    ``is_cookie`` says the object is a cookie: it carries a cookie's keys (``domain``,
    ``path``, ``expires``...) or sits in a ``"cookies"`` list. The value's span is its string's
    content, escapes as written. Objects are bounded by matching braces, found in one pass
    over the text (a brace inside a string value is counted too: values are rarely
    unbalanced, and a misread object only loses its value, it never reports another).
    """
    names = _nv_names(text)
    if not names:
        return
    first = names[0].start()
    closing = _closing_braces(text, max(0, text.rfind("{", max(0, first - 1024), first)))
    for m in names:
        lo = text.rfind("{", max(0, m.start() - 1024), m.start())
        hi = closing.get(lo, -1)
        if lo < 0 or hi < 0 or hi - lo > _NV_REACH or "}" in text[lo : m.start()]:
            continue  # no object, too long, or not a key of its first level
        value = _nv_value(text, lo, hi)
        if value is None:
            continue
        cookie = _NV_COOKIE_KEYS.search(text, lo, hi) is not None or (
            _NV_COOKIES_LIST.search(text, max(0, lo - 4096), lo) is not None
        )
        yield m.group(3), value.start(3), value.end(3), cookie


def _nv_in(state: ScanState) -> list[tuple[str, int, int, bool]]:
    """:func:`_nv_objects` of the scanned text, read once per scan for all detectors."""
    text = state.text
    if not state.present(('"name"', "'name'")) or not state.present(("value",)):
        return []
    memo = state.memo("nv")
    found = memo.get("objects")
    if found is None:
        found = memo["objects"] = list(_nv_objects(text))
    return found


_COOKIE_KEY_TAIL = re.compile(r"(?i)[\"']?[ \t]{0,3}[:=][ \t]{0,3}\[?[ \t]{0,3}[\"']?")
# An earlier pair's quoted value in the same header (RFC 6265's ``name="value"``, iCloud's
# ``X-APPLE-WEBAUTH-LOGIN="v=1:t=..."; ...``): its quotes close inside the header, so they
# end no JSON string the header's name stood in.
_QUOTED_PAIR_VALUE = re.compile(r'="[^"\n;]*"(?=;|$)')


def _cookie_value_at(text: str, start: int, state: ScanState | None = None) -> bool:
    """Whether ``text[start:]`` starts the value of a pair of a ``Cookie``/``Set-Cookie`` header.

    The header may be a line (``Cookie: a=1; t=eyJ...``) or a JSON/YAML member
    (``"Cookie": ["t=eyJ..."]``); the value follows ``name=`` (or ``name="``) with no line
    break or quote between the header's name and it, other than the quotes of earlier pairs'
    quoted values (``Cookie: a="1"; t="eyJ...``). A JWT or a ``*_token`` cookie there is
    the browser's session cookie, reported as ``COOKIE_ID`` by :class:`CookieDetector`.
    (``state``: the scan's, whose marks of ``cookie`` spare lowering the line per value.)
    """
    before = text[start - 1 : start]
    if before == '"':
        before = text[start - 2 : start - 1]
    if before != "=":
        return False
    floor = max(0, start - 16384)  # read back no further than the header's reach
    line_start = max(text.rfind("\n", floor, start) + 1, floor)
    marks = None if state is None else state.marks(("cookie",))
    for low in itertools.islice(
        _cookie_words_back(text, line_start, start, marks), _COOKIE_WORD_TRIES
    ):
        verdict = _pairs_after_cookie_word(low)
        if verdict is not None:
            return verdict
    return False


def _cookie_words_back(
    text: str, line_start: int, start: int, marks: list[int] | None
) -> Iterator[str]:
    """The lowered line from each "cookie" word (any case) up to ``start``, nearest first.

    From the scan's marks of the lowered text when it has them (the same offsets, as the
    marks exist only when lowering moved none), else by a search of the lowered line (whose
    offsets may differ from the text's: ``"İ".lower()`` is two characters).
    """
    if marks is not None:
        i = bisect.bisect_right(marks, start - 6) - 1
        while i >= 0 and marks[i] >= line_start:
            yield text[marks[i] : start].lower()
            i -= 1
        return
    low = text[line_start:start].lower()
    at = low.rfind("cookie")
    while at >= 0:
        yield low[at:]
        at = low.rfind("cookie", 0, at)


# How many "cookie" words of the line, nearest first, may be read past as a pair's own text
# (``Cookie: c0="COOKIE"; t=``: the word in a value names no header) before giving up.
_COOKIE_WORD_TRIES = 8


def _pairs_after_cookie_word(low: str) -> bool | None:
    """Whether the lowered ``low`` (a "cookie" word up to a value's start) is a header's pairs.

    None when the word is followed by no ``:``/``=``: it names no header (a word inside an
    earlier pair's value, or in prose).
    """
    m = _COOKIE_KEY_TAIL.match(low, 6)
    if m is None or m.end() == 6:
        return None
    between = low[m.end() : -1]
    if '"' in between:
        # quoted values of earlier pairs ("a=\"1\"; t=") are the header's own, not a string's end
        between = _QUOTED_PAIR_VALUE.sub("=", between)
    return '"' not in between.rstrip('"') and "'" not in between


def _json_segment(segment: str) -> object:
    """A JSON Web Token's segment (base64url, unpadded) decoded as JSON; None if it is not."""
    try:
        return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (binascii.Error, ValueError):  # (UnicodeDecodeError is a ValueError)
        return None
