# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""The built-in pattern detectors: one small class per kind of identifier.

Every regular expression here is written for linear-time matching: each starts behind a
boundary look-behind (so only the start of a run is tried), quantifiers are bounded, and no
repetition contains an ambiguous repetition. Validation runs only on candidates.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import functools
import ipaddress
import itertools
import json
import re
import string
import unicodedata
import urllib.parse
import zlib
from typing import TYPE_CHECKING, Any, ClassVar

from privkit._fieldnames import RUN_ALONE
from privkit._memo import BoundedMemo
from privkit.detect._base import (
    PHONE_LABELS,
    TWINS,
    UNSPACED_SCRIPTS,
    Pattern,
    PatternDetector,
    ScanState,
    context_window,
    non_ascii,
    normalize_words,
    overlap_test,
    own_window,
    shared_evidence,
    stands_alone,
    with_tag,
)
from privkit.detect._checksums import (
    SSN_VOIDED,
    base58check_version,
    card_brand,
    iban_lengths,
    iban_valid,
    luhn_valid,
    meid_decimal_range,
    meid_valid,
    segwit_address_valid,
    ssn_valid,
)
from privkit.detect._ner import (
    chatting,
    header_or_machine_line,
    log_record,
    noisy_case,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterator

__all__ = [
    "BUILTIN_DETECTORS",
    "AddressDetector",
    "AdvertisingIdDetector",
    "AndroidIdDetector",
    "AuthTokenDetector",
    "CookieDetector",
    "CreditCardDetector",
    "CryptoDetector",
    "DateTimeDetector",
    "DeviceIdDetector",
    "DomainDetector",
    "EmailDetector",
    "IbanDetector",
    "IccidDetector",
    "ImeiDetector",
    "ImsiDetector",
    "IpAddressDetector",
    "MacAddressDetector",
    "MeidDetector",
    "PhoneDetector",
    "UrlDetector",
    "UsSsnDetector",
    "UserAgentDetector",
]

# A character of a script written without spaces (``UNSPACED_SCRIPTS``): a value glued to
# one still starts or ends there ("IP地址是192.168.0.1吗", "访问www.example.com",
# "192.168.0.1로", "我的电话是13812345678").
_NO_SPACE_CHAR = re.compile(f"[{UNSPACED_SCRIPTS}]")
# A letter or digit that is no character of a script written without spaces: a value glued
# to one is part of a longer token ("abc5551234567", "x192.168.0.1"); glued to CJK it stands
# apart ("我的电话是13812345678", "请拨打415-666-7777我在明天").
_SPACED_WORD = rf"(?![{UNSPACED_SCRIPTS}])\w"
_SPACED_WORD_CHAR = re.compile(_SPACED_WORD)


_HEX = "[0-9A-Fa-f]"
_ANY_DIGIT = tuple("0123456789")  # prefilter: patterns that need a digit
_HEXCHARS = "0123456789abcdefABCDEF"
# Colon-separated hex groups (IPv6 and colon MACs share this pass). It starts at the first
# colon, a fast literal search; the group before it is taken by ``extend_back``. A letter of
# a script written without spaces may follow ("2001:db8::1吗"); a zone id is ASCII.
_COLON_RUN = (
    r":(?:[0-9A-Fa-f]{0,4}+:){1,7}+"
    r"(?:[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]|\.[0-9])|[0-9A-Fa-f]{1,8}+)?"
    rf"(?:%[0-9A-Za-z_\-]{{1,32}}+)?(?!{_SPACED_WORD}|\.\w|:[\w:])"
)
_MAC_COLON = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?:(?::[0-9A-Fa-f]{2}){2})?")
_MAC_SHAPE = re.compile(
    r"[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?:\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2})?"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?:\.[0-9A-Fa-f]{4})?"
)
# Hex runs shared by the bare MAC (12), MEID (14), Android ID (16) and compact device ID (32)
# patterns; each takes its lengths through min_length/max_length.
_HEX_RUN = r"(?<![\w\-.:])[0-9A-Fa-f]{12,32}+(?![\w\-:]|\.\w)"
# Key names that introduce a value (lower case: their patterns match the lowered text). The
# Hyperscan prefilter uses them as the cores of those patterns (``_prefilter.CORES``).
DEVICE_KEYS = (
    r"(?:device[_\- ]?(?:id|identifier|uuid|token|serial)|udid|hwid"
    r"|hardware[_\- ]?id|install(?:ation)?[_\- ]?id|instance[_\- ]?id|serial[_\- ]?(?:no|number)"
    r"|anon[_\-]?id|(?:device[_\-]?)?fingerprint[_\-]?id"
    # An Apple crash report's per-device keys: "CrashReporter Key:" (a hash of the device's
    # identifiers) and "Beta Identifier:" (one per device and vendor, TestFlight builds).
    r"|crash[_\- ]?reporter[_\- ]?key|beta[_\- ]?identifier)"
)
TOKEN_KEYS = (
    r"(?:access[_\-]?token|refresh[_\-]?token|id[_\-]?token|auth[_\-]?token"  # noqa: S105 - key names
    r"|session[_\-]?token|api[_\-]?key|apikey|x-api-key|client[_\-]?secret|secret[_\-]?key"
    r"|password|passwd|pwd)"
)
#: Key names whose value is a phone number (the Hyperscan prefilter's core of ``phone_keyed``).
#: Other languages' words and their abbreviations too ("Teléfono:942202528", "Tfno:", "Telf.:",
#: "móvil:"; a "." stands for an accented letter, as the Hyperscan prefilter reads it).
# Words one of which a key of PHONE_KEYS holds (the literal prefilter of ``phone_keyed``).
_PHONE_KEY_WORDS = ("phone", "tel", "mobile", "msisdn", "fax", "whatsapp", "tfno", "tlf", "vil",
                    "celular")  # fmt: skip
PHONE_KEYS = (
    r"(?:phone|telephone|tel|mobile|msisdn|fax|whatsapp|t.l.phone|tel.fon[eo]?|telef|telf"
    r"|tfno|tlfno|tlf|m.vil|celular)"
)
HTTP_CLIENTS = (
    r"(?:okhttp|curl|wget|python-requests|python-urllib|go-http-client|apache-httpclient"
    r"|axios|node-fetch|postmanruntime|libwww-perl|java|dart|cfnetwork)"
)

# File extensions that look like top-level domains in ``icon@2x.png`` or ``main.py``.
_NOT_TLDS = frozenset(
    "png jpg jpeg gif svg css js json xml html htm txt log ini cfg yaml yml conf exe dll bin tmp "
    "bak jar war class java cpp hpp pyc csv tsv pdf doc docx xls xlsx ppt pptx gz tar tgz bz2 rar "
    "webp ico ttf woff woff2 map lock sqlite sql bat cmd dat swp orig old lang util core impl "
    "main test spec min "
    # systemd's unit types ("pki-tomcatd@pki-tomcat.service": a template unit's instance)
    "service socket timer mount automount slice scope".split()
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


def _emphasis_open(text: str, start: int) -> str:
    """The emphasis marks that open right before ``start`` (``_``, ``**``, ``~~``), or "".

    Markdown and chat markup put one to three of the same mark around a link
    (``_https://example.com/a_``, ``~~www.example.com~~``): a run that opens a word (after
    the line's start, white space, a bracket or a quote), not one glued to a word
    (``x_www.example.com``).
    """
    i = start
    while i > 0 and start - i < 3 and text[i - 1] in "*_~" and text[i - 1] == text[start - 1]:
        i -= 1
    if i == start or (i > 0 and text[i - 1] not in " \t\n([{\"'<>|"):
        return ""
    return text[i:start]


# Top-level domains a bare domain name in a sentence may end in with no word naming a site
# before it ("my site is example.com"): the bare ones less those that are also file
# extensions (Perl's .pl, C++'s .cc, Illustrator's .ai, macOS's .app, Makefile.in) or words
# and code attributes (at, be, it, me, no, us; logger.info, x.int).
_PROSE_TLDS = _BARE_TLDS - frozenset("pl in cc ai app info int at be it me no us".split())
# Subdomains a site shows the public under (its documentation, API, blog, shop, help, a
# language's edition): "docs.python.org" in a sentence names a site, not a machine.
_WEB_SUBDOMAINS = frozenset(
    "docs doc api en de fr es blog shop store help support news mail m mobile app apps dev "
    "developer developers community forum forums status login account accounts portal wiki "
    "my web play maps drive music video careers jobs about learn".split()
)
# Delegated top-level domains that are file extensions too: a name ending in one is a file,
# even after a word naming a site ("the site's setup.py", "upload archive.zip").
_FILE_TLDS = frozenset("zip mov py md sh rs pl so cc ai app pm cs ts rb kt sc st mp nu in".split())


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


def _tld_ok(domain: str) -> bool:
    tld = domain.rsplit(".", 1)[-1].lower()
    if tld.startswith("xn--"):
        return len(tld) > 4  # a punycode (IDN) top-level domain
    if not tld.isalpha() and (
        tld.isascii()
        or not tld[:1].isalpha()
        or not all(c.isalpha() or _MARK.match(c) for c in tld)
    ):
        return False  # letters, and (IDN) the combining marks written with them: "कॉम"
    return 2 <= len(tld) <= 24 and tld not in _NOT_TLDS


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


# --------------------------------------------------------------------------- contact


# Characters an address may hide behind: C0 controls (``a\x00@x.com``) and invisible format
# characters (soft hyphen, zero-width space/joiners, word joiner, BOM).
_HIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\u00ad\u200b-\u200d\u2060\ufeff"


def _mark_class() -> str:
    r"""Combining marks (Unicode categories M*) as a regex class body: ``\u093e\u0949...``.

    Vowel signs of Brahmic scripts (Devanagari ``कॉम``), Thai and Lao vowels, Hebrew and
    Arabic points, combining accents: ``\w`` matches none of them, so an address written in
    these scripts was cut at its first vowel sign. The blocks read are those of scripts
    written with marks inside words (U+0300-U+1DFF, and the combining blocks after it).
    """
    import unicodedata

    blocks = [range(0x300, 0x1E00), range(0x20D0, 0x2100), range(0x3099, 0x309B)]
    blocks.append(range(0xFE20, 0xFE30))
    runs: list[list[int]] = []
    for cp in (cp for block in blocks for cp in block):
        if unicodedata.category(chr(cp))[0] != "M":
            continue
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


_MARKS = _mark_class()
_MARK = re.compile(f"[{_MARKS}]")
_HIDDEN_SET = frozenset(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
)


# An address's domain, one expression for every form of address (plain, quoted local part,
# percent-encoded at sign): 1-8 labels of letters, digits and hyphens (letters of any script,
# with their combining marks: Devanagari, Thai), each ended by a dot or a fullwidth one, then an
# alphabetic or punycode top-level domain, not followed by more of a name. (Underscores
# that end a word may follow, closing emphasis: "_jane@example.co.uk_" is the whole address,
# not "jane@example.co".)
_EMAIL_DOMAIN = (
    rf"(?:[^\W_](?:[\w\-{_MARKS}]{{0,61}}(?:[^\W_]|[{_MARKS}]))?[.\uff0e]){{1,8}}"
    rf"(?:xn--[a-z0-9\-]{{1,59}}|[^\W\d_](?:[^\W\d_]|[{_MARKS}]){{1,23}})"
    rf"(?!(?!_{{1,3}}(?![\w\-{_MARKS}]))[\w\-{_MARKS}])"
)

# The at sign spelled out in brackets ("(at)", "[at]", "{at}", "<at>"; lowercased) and an
# address written so (``EmailDetector._spelled``). The local part starts a token; the domain's
# dots may be spelled too ("[dot]").
_AT_WORDS = ("(at)", "[at]", "{at}", "<at>", "( at )", "[ at ]", "{ at }", "< at >")
_SPELLED_AT = r"\s?[(\[{<]\s?at\s?[)\]}>]\s?"
_SPELLED_DOT_SIGN = _SPELLED_AT.replace("at", "dot")
_SPELLED_DOT = re.compile(_SPELLED_DOT_SIGN, re.IGNORECASE)
_SPELLED_LABEL = r"[^\W_](?:[\w\-]{0,61}[^\W_])?"
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.%+\-])(?P<local>[\w.%+\-]{1,64})"
    + _SPELLED_AT
    + rf"(?P<domain>{_SPELLED_LABEL}(?:(?:\.|{_SPELLED_DOT_SIGN}){_SPELLED_LABEL}){{1,8}})"
    r"(?![\w\-])",
    re.IGNORECASE,
)

# The spelled at sign alone, from its opening bracket (``_SPELLED_AT`` without the white space
# around it).
_SPELLED_AT_SIGN = re.compile(r"[(\[{<]\s?at\s?[)\]}>]", re.IGNORECASE)
_LOCAL_SIGNS = frozenset(".%+-_")


def _spelled_matches(text: str) -> Iterator[re.Match[str]]:
    r"""``_SPELLED_EMAIL.finditer(text)``, tried only where a spelled at sign stands.

    A full pass tries the expression's local part (up to 64 characters) at every word of
    the text. Here each spelled at sign fixes the only start a match through it can have:
    its local part ends right before the sign (or the one white-space character before it)
    and, as no character of ``[\w.%+\-]`` may stand before it, starts where that run of
    characters starts. Matches come in the same order and without overlap, as from
    ``finditer``.
    """
    resume = 0
    signs = _LOCAL_SIGNS
    for sign in _SPELLED_AT_SIGN.finditer(text):
        q = sign.start()
        if q > 0 and text[q - 1].isspace():
            q -= 1
        lo, s = max(0, q - 64), q
        while s > lo and ((c := text[s - 1]) in signs or c.isalnum()):
            s -= 1
        if s == q or s < resume:
            continue  # no local part, or one inside the previous match
        m = _SPELLED_EMAIL.match(text, s)
        if m is not None:
            resume = m.end()
            yield m


# How far after an at sign the first dot of an address's domain can be: hidden characters,
# then a first label of at most 63 characters.
_DOMAIN_REACH = 1 + 4 + 63 + 1


class EmailDetector(PatternDetector):
    r"""E-mail addresses, internationalised ones included (RFC 6531 local parts, IDN domains).

    The local part may hold letters of any script (``kwame.müller760@example.com``); the
    domain may be Unicode or punycode (``a@xn--d1acufc.xn--p1ai``). A fullwidth at sign
    (U+FF20) counts as ``@``, and control or invisible characters inside an address
    (``a\x00@x.com``) do not split it: the finding covers them. The top-level domain must be alphabetic (or
    punycode) and not a file extension. Addresses glued together (``a@b.com.x@y.com``: the
    end of one is the next one's local part; ``user@host@example.com``) are one finding covering
    the chain.
    """

    entity = EntityType.EMAIL_ADDRESS
    # Address -> :meth:`validate`'s verdict, when ``validate`` is this class's (see find).
    _verdicts: BoundedMemo[str, bool | None]
    name = "email"
    scan_literals = ('"@', "%40", "@[", *_AT_WORDS)
    prefilter = ("@", "\uff20", "%40", *_AT_WORDS)
    patterns = (
        Pattern(
            "email",
            rf"[\w.%+\-'{_HIDDEN}{_MARKS}]{{1,64}}[@\uff20][{_HIDDEN}]{{0,4}}{_EMAIL_DOMAIN}",
            score=0.95,
        ),
    )
    _AT = re.compile("[@\uff20]")
    _LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-_")

    _LOCAL_OR_HIDDEN = _LOCAL | _HIDDEN_SET

    @classmethod
    def _local_char(cls, c: str) -> bool:
        return c in cls._LOCAL_OR_HIDDEN or (
            c > "\x7f" and (c.isalnum() or _MARK.match(c) is not None)
        )

    def find(self, state: ScanState, /) -> Iterator[Finding]:  # noqa: C901, PLR0912, PLR0915
        # Anchor on each at sign (a fast literal search), walk back over the local part, then
        # match the whole address there: linear, and never a scan from every position. The
        # usual steps are written out in the loop: hostile input ("a@b.co " * n) gives one
        # candidate every few characters, and a call per step would double the cost.
        text = state.text
        if state.present(("%40",)):
            yield from self._encoded(text)
        if state.present(('"@',)):
            yield from self._quoted(text)
        if state.present(("@[",)):
            yield from self._address_literals(text)
        if state.present(_AT_WORDS):
            yield from self._spelled(text)
        if "@" not in text and "\uff20" not in text:
            return
        yield from self._special_locals(text)
        rx = self._compiled[0][1]
        pattern = self.patterns[0]
        plain = type(self).validate is EmailDetector.validate  # verdicts can be memoised
        entity, score, name, ok = self.entity, pattern.score, self.name, self._OK
        ascii_local, local_or_hidden = self._ASCII_LOCAL, self._LOCAL_OR_HIDDEN
        find, match = text.find, rx.match
        try:  # the detector's own memo: no address outlives it
            verdicts = self._verdicts
        except AttributeError:
            verdicts = self._verdicts = BoundedMemo(4096)
        resume = last_start = last_end = 0  # the address found last, not yet given out
        for at in self._AT.finditer(text):
            a = at.start()
            if a < resume:
                continue
            reach = a + _DOMAIN_REACH
            if find(".", a, reach) < 0 and find("\uff0e", a, reach) < 0:
                continue  # no dot within a domain's reach: no address ("a@a@a@...")
            lo = a - 64 if a > 64 else 0
            start = lo + len(text[lo:a].rstrip(ascii_local))
            if start > lo:
                c = text[start - 1]
                if c in local_or_hidden or (c > "\x7f" and (c.isalnum() or _MARK.match(c))):
                    start = self._local_walk(text, a)  # hidden or non-ASCII: the slow walk
            if start > lo + 1 and text[start - 1] == "'":
                start = self._over_apostrophes(text, start, lo)
            run = start  # (the run's start, hidden characters included)
            while start < a and (text[start] in _HIDDEN_SET or text[start] == "."):
                start += 1  # the address starts at its first visible character, not a dot
            if start == a:
                continue
            if run > 0:
                # (the character before the run: a zero-width joiner or space glued before
                # an address, "\U0001f937\u200djane@example.org", opens the run, not a word)
                c = text[run - 1]
                if c in local_or_hidden or (c > "\x7f" and (c.isalnum() or _MARK.match(c))):
                    continue  # inside a longer run (over 64 characters): no local part
                if c in ":/" and self._userinfo(text, start):
                    continue  # "scheme://user@host", "scheme://user:password@host": a URL's
            m = match(text, start)
            if m is None:
                continue
            resume = end = m.end()
            if start > 0 and text[start - 1] == "/" and _service_principal(text, start, end):
                continue
            if not text[start:end].isascii():
                start, end = self._glued_prose(text, start, a, end)
            if not plain:
                found = self.evaluate(text, start, end, pattern)
                if found is not None:
                    yield found
                continue
            value = text[start:end]
            verdict = verdicts.get(value, 0)
            if verdict == 0:
                verdict = verdicts.put(value, self.validate(value))
            if verdict is False:
                continue
            if start > 1 and text[start - 1] in "@\uff20":
                # The local part starts right after another at sign ("aa@a.com.js@a.com":
                # the domain rule refused "aa@a.com.js"): the run before that sign is part
                # of the same chain, as glued addresses are.
                start = min(start, self._local_start(text, start - 1))
            if start < last_end:
                # Glued to the address before ("a@b.com.x@y.com", "a@b.coa@b.co"): which
                # split was meant cannot be known, so one finding covers both.
                last_end = end
                continue
            if last_end:
                yield new_finding(entity, last_start, last_end, score, name, ok)
            last_start, last_end = start, end
        if last_end:
            yield new_finding(entity, last_start, last_end, score, name, ok)

    _OK = Evidence("email")

    def _spelled(self, text: str) -> Iterator[Finding]:
        """Addresses with the at sign spelled out to fool harvesters: ``jane(at)example.org``.

        The word ``at`` in brackets of any kind (``(at)``, ``[at]``, ``{at}``, ``<at>``,
        with or without spaces) stands for the at sign, and ``(dot)`` and its kin for a dot
        of the domain: ``jane [at] example [dot] org``. The address they spell must be one
        :meth:`validate` accepts; the finding covers the whole spelled form.
        """
        pattern = self.patterns[0]
        for m in _spelled_matches(text):
            domain = _SPELLED_DOT.sub(".", m.group("domain"))
            if self.validate(f"{m.group('local')}@{domain}") is not False:
                yield _finding(self, text, m.start(), m.end(), pattern, tags=("spelled",))

    @staticmethod
    def _glued_prose(text: str, start: int, at: int, end: int) -> tuple[int, int]:
        """The address without the prose of a script written without spaces glued to it.

        In Chinese, Japanese or Thai text an address is written between words with no space:
        ``我的邮箱是test@example.com谢谢``. A run of such letters right before an ASCII local
        part (no separator between them) is the sentence, not the local part; letters of
        such a script right after an ASCII top-level domain are not the domain. Addresses
        written in these scripts (``用户@例子.广告``, ``张伟.test@example.com``) are kept.
        """
        local = text[start:at]
        last = None
        for m in _NO_SPACE_CHAR.finditer(local):
            last = m.end()
        if (
            last is not None
            and last < len(local)
            and local[last:].isascii()
            and local[last].isalnum()
        ):
            start += last
        dot = max(text.rfind(".", at, end), text.rfind("\uff0e", at, end))
        tld = text[dot + 1 : end]
        if tld[:1].isascii() and tld[:1].isalpha():
            cut = _NO_SPACE_CHAR.search(tld)
            if cut is not None:
                end = dot + 1 + cut.start()
        return start, end

    _ASCII_LOCAL = "".join(sorted(_LOCAL))

    @classmethod
    def _local_start(cls, text: str, at: int) -> int:
        """Start of the run of local-part characters (at most 64) before the ``@`` at ``at``.

        What ``find``'s loop does inline: one ``rstrip`` of the ASCII characters, then the
        walk when the run holds a hidden or non-ASCII character.
        """
        lo = max(0, at - 64)
        start = lo + len(text[lo:at].rstrip(cls._ASCII_LOCAL))
        if start > lo and cls._local_char(text[start - 1]):
            start = cls._local_walk(text, at)
        return start

    @classmethod
    def _over_apostrophes(cls, text: str, start: int, lo: int) -> int:
        """Walk back over apostrophes between letters or digits: ``o'brien@example.ie``.

        An apostrophe is an ordinary character of a local part (RFC 5322 ``atext``); one
        that does not join two word characters is a quote around the address and stays out.
        """
        while (
            start > lo + 1
            and text[start - 1] == "'"
            and text[start - 2].isalnum()
            and text[start : start + 1].isalnum()
        ):
            start = lo + len(text[lo : start - 1].rstrip(cls._ASCII_LOCAL))
        return start

    @classmethod
    def _local_walk(cls, text: str, at: int) -> int:
        """Start of the run of local-part characters (at most 64) before the ``@`` at ``at``.

        One character at a time: for runs holding a hidden or non-ASCII character, which
        ``find``'s one ``rstrip`` of the ASCII ones stops at.
        """
        lo = max(0, at - 64)
        start = at
        while start > lo and cls._local_char(text[start - 1]):
            start -= 1
        return start

    # A scheme ending where a text ends (it reads at most 32 characters): a letter and the
    # scheme's characters after it, after the last character no scheme holds. (One match
    # from the start, where searching for a scheme that ends at the end tried each start.)
    _SCHEME_BEFORE = re.compile(r"(?s:.*[^\w+.\-])?[\w+.\-]*?[A-Za-z][\w+.\-]*")
    # (A user name holds no "[" or "]": RFC 3986 keeps them for IP literals.)
    _USER_COLON = re.compile(r"[^\s/?#@:\[\]]{0,64}:")

    @classmethod
    def _userinfo(cls, text: str, start: int) -> bool:
        """Whether the local part at ``start`` is a URL's user or password.

        It follows ``scheme://`` or ``scheme://user:`` (``http://user@host``,
        ``ftp://:secret@host``): no address.
        """
        sep = text.rfind("://", max(0, start - 68), start)
        if sep < 0 or cls._SCHEME_BEFORE.fullmatch(text, max(0, sep - 32), sep) is None:
            return False
        return sep + 3 == start or cls._USER_COLON.fullmatch(text, sep + 3, start) is not None

    # An address whose local part is a quoted string (RFC 5321: ``"john smith"@example.com``,
    # ``"a\\@b"@example.com``): the quotes, at most 64 characters of one line inside them
    # (escaped quotes allowed), then the domain as in the plain pattern.
    _QUOTED_LOCAL = re.compile(r'"(?:[^"\\\r\n]|\\[^\r\n]){1,64}"')
    _DOMAIN_AFTER_AT = re.compile(_EMAIL_DOMAIN)

    def _quoted(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        at = text.find('"@')
        while at >= 0:
            domain = self._DOMAIN_AFTER_AT.match(text, at + 2)
            if domain is None:  # JSON keys such as "@timestamp": no domain, the usual case
                at = text.find('"@', at + 2)
                continue
            # The opening quote: the nearest one before that no backslash escapes.
            lo = max(0, at - 130)
            opening, escaped = text.rfind('"', lo, at), 0
            while opening > lo and text[opening - 1] == "\\" and escaped < 4:
                opening, escaped = text.rfind('"', lo, opening - 1), escaped + 1
            if escaped == 4:  # more escaped quotes than a local part usually holds
                opening = -1
            if (
                opening >= 0
                and self._QUOTED_LOCAL.fullmatch(text, opening, at + 1) is not None
                and (opening == 0 or not text[opening - 1].isalnum())
                and _tld_ok(domain.group())
            ):
                yield _finding(self, text, opening, domain.end(), pattern, tags=("quoted",))
            at = text.find('"@', at + 2)

    # RFC 5322 ``atext`` characters beyond letters, digits and ``._%+-'`` (``=``, ``/``, ``?``
    # and ``&`` are left out: they join a URL query's key to an address after it; so is
    # ``$``: ``HOST$@CORP.EXAMPLE.COM`` is a Windows machine account's Kerberos principal, and
    # ``unknown_user$@...`` a placeholder login, neither a person's mailbox; and ``*``:
    # ``j***@example.com`` is an address already masked, privkit's own masks included).
    _SPECIALS = frozenset("!#^`{|}~")
    _SPECIAL_LOCAL = _SPECIALS | _LOCAL

    def _special_locals(self, text: str) -> Iterator[Finding]:
        """Addresses whose local part ends in an RFC 5322 special character.

        ``{}~!@example.com``, ``jane!@example.com``: the plain pattern's local part is empty
        there. From each at sign with such a character right before it, the run of special
        and local-part characters (at most 64) is walked back over; it must start the text
        or follow a character that is no letter, digit or at sign (a token of its own), and
        the domain must be one the plain pattern accepts.
        """
        pattern = self.patterns[0]
        specials, local = self._SPECIALS, self._SPECIAL_LOCAL
        at = text.find("@", 1)
        while at >= 0:
            if text[at - 1] in specials:
                lo, start = max(0, at - 64), at
                while start > lo and text[start - 1] in local:
                    start -= 1
                domain = self._DOMAIN_AFTER_AT.match(text, at + 1)
                if (
                    domain is not None
                    and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "@"))
                    and text[start] != "."
                    and ".." not in text[start:at]
                    and _tld_ok(domain.group())
                ):
                    yield _finding(self, text, start, domain.end(), pattern, tags=("specials",))
            at = text.find("@", at + 1)

    # An address whose domain is an address literal (RFC 5321 4.1.3: ``user@[192.0.2.1]``,
    # ``user@[IPv6:2001:db8::1]``): the brackets hold a valid IPv4 address, or the tag
    # ``IPv6:`` and a valid IPv6 address (an IPv4 tail allowed).
    _LITERAL = re.compile(
        r"\[(?:([0-9]{1,3}(?:\.[0-9]{1,3}){3})|[Ii][Pp][Vv]6:([0-9A-Fa-f:.]{2,45}))\]"
    )

    def _address_literals(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        at = text.find("@[")
        while at >= 0:
            m = self._LITERAL.match(text, at + 1)
            start = self._local_start(text, at) if m is not None else at
            after = text[m.end() : m.end() + 1] if m is not None else ""
            if (
                m is not None
                and start < at
                and not (after.isalnum() or after == "_")
                and self._literal_ok(m)
            ):
                local = text[start:at]
                before = text[start - 1] if start else " "
                if (
                    not local.startswith(".")
                    and not local.endswith(".")
                    and ".." not in local
                    and not (before.isalnum() or before in "@\uff20")
                    and not (before in ":/" and self._userinfo(text, start))
                ):
                    yield _finding(self, text, start, m.end(), pattern, tags=("address_literal",))
            at = text.find("@[", at + 2)

    @staticmethod
    def _literal_ok(m: re.Match[str]) -> bool:
        try:
            if m.group(1) is not None:
                ipaddress.IPv4Address(m.group(1))
            else:
                ipaddress.IPv6Address(m.group(2))
        except ValueError:
            return False
        return True

    # A percent-encoded address (``a%40b.com`` in a URL query or path). Anchored on each
    # ``%40`` (a literal search): the local part is walked back over (plain characters and
    # escapes such as ``%2B``, never across another ``%40``), an escape right before it
    # (``%22``, ``%3D``) is not part of it, and the domain is matched forward. Encoded data
    # (cookies, query strings) joins fields with "%40" too ("effcl%400.totcl"), so the
    # evidence is weaker than a written "@": the top-level domain must be one the DNS root
    # zone delegates (``tlds.txt``), not merely alphabetic.
    _ENCODED_DOMAIN = re.compile(_EMAIL_DOMAIN + r"(?!\.\w)")

    def _encoded(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        resume = 0
        at = text.find("%40")
        while at >= 0:
            start = self._encoded_local(text, at)
            if resume <= start < at:
                m = self._ENCODED_DOMAIN.match(text, at + 3)
                local = text[start:at]
                if (
                    m is not None
                    and not local.startswith(".")
                    and not local.endswith(".")
                    and _tld_ok(m.group())
                    and _tld_delegated(m.group())
                ):
                    resume = m.end()
                    yield _finding(self, text, start, m.end(), pattern, tags=("percent_encoded",))
            at = text.find("%40", at + 3)

    @staticmethod
    def _encoded_local(text: str, at: int) -> int:
        """Where the local part before the ``%40`` at ``at`` starts (``at`` if there is none)."""
        start, units = at, 0
        while start > 0:
            if units == 64:
                return at  # longer than a local part may be
            esc = text[start - 3 : start]
            if esc[:1] == "%" and len(esc) == 3 and all(c in _HEXCHARS for c in esc[1:]):
                if esc == "%40":
                    break
                start -= 3
            elif text[start - 1].isalnum() or text[start - 1] in "._+-":
                start -= 1
            else:
                break
            units += 1
        while text.startswith("%", start) and start < at:
            start += 3  # an escape before the address ("%22", "%3D") is not part of it
        return start

    def validate(self, value: str, /) -> bool | None:
        if value.isascii() and value.isprintable():
            visible = value  # nothing hidden (the usual case), no fullwidth sign
        else:
            visible = "".join(c for c in value if c not in _HIDDEN_SET).replace("\uff20", "@")
        local, _, domain = visible.rpartition("@")
        # (Dots in a row, or one before the "@", break RFC 5322 but not delivery: Japanese
        # mobile carriers gave out such addresses, "taro..yamada@docomo.ne.jp", "taro.@
        # ezweb.ne.jp", and a typo'd address is still someone's. A leading dot is the
        # sentence's: ``find`` starts after it.)
        if not local or local.startswith("."):
            return False
        domain = domain.replace("\uff0e", ".")
        if domain.lower() in _SSH_DOMAINS and _SSH_NAME.fullmatch(local) is not None:
            return False  # "keepalive@openssh.com": an SSH protocol extension's name
        return None if _tld_ok(domain) or _test_domain(domain) else False


# The SSH protocol names its extensions ``name@domain`` (RFC 4251, section 6): global and
# channel requests, algorithms, key types and SFTP extensions of OpenSSH and libssh
# ("keepalive@openssh.com", "chacha20-poly1305@openssh.com", "curve25519-sha256@libssh.org").
# They appear in SSH debug logs; they are no mailbox.
_SSH_DOMAINS = frozenset({"openssh.com", "libssh.org"})
_SSH_NAME = re.compile(
    r"keepalive|zlib|ping|tun|limits|fsync|hardlink|statvfs|fstatvfs|lsetstat|posix-rename"
    r"|expand-path|copy-data|home-directory|users-groups-by-id|no-more-sessions|session-bind"
    r"|publickey-hostbound(?:-v[0-9]{2})?|agent-forward|ext-info-in-auth"
    r"|(?:direct-|forwarded-|cancel-)?streamlocal(?:-forward)?|hostkeys(?:-prove)?-[0-9]{2}"
    r"|kex-strict-[cs]-v[0-9]{2}"
    r"|(?:sk-)?(?:ssh|ecdsa|rsa|umac|hmac|aes[0-9]{3}|chacha20|curve25519|sntrup761x25519"
    r"|mlkem768x25519)(?:-[a-z0-9]{1,12}){0,6}"
)


# The service part of a Kerberos principal, a word and "/" opening a token: "cifs/",
# "krbtgt/", "HTTP/" (searched back from the host's first character).
_PRINCIPAL_SERVICE = re.compile(r"(?:^|(?<=[\s\"'(\[,;=]))[A-Za-z][\w\-]{0,31}/\Z")


def _service_principal(text: str, start: int, end: int) -> bool:
    """Whether the address at ``start`` is a Kerberos service principal's ``host@REALM``.

    ``cifs/files.example.com@EXAMPLE.COM``, ``krbtgt/EXAMPLE.COM@EXAMPLE.COM``: a service's
    name in a realm (written in capitals), not a mailbox. A user's principal
    (``jdoe@EXAMPLE.COM``, no service before it) is read as an address, as is an address in
    a URL's path (``/users/jdoe@example.com``: a path, not a word, before the "/").
    """
    realm = text[text.rfind("@", start, end) + 1 : end]
    if not realm.isupper():
        return False
    return _PRINCIPAL_SERVICE.search(text, max(0, start - 33), start) is not None


def _test_domain(domain: str) -> bool:
    """Whether ``domain`` is a name under ``.test``, the top-level domain reserved for testing.

    ``test`` names a file extension after a dot in general (``foo.test``), but after an at
    sign ``user@corp.test`` is a mailbox of a test domain (Active Directory test forests, mail
    servers' sample configurations): an address like any other.
    """
    labels = domain.lower().split(".")
    return (
        len(labels) >= 2
        and labels[-1] == "test"
        and all(lab and lab.replace("-", "").isalnum() for lab in labels[:-1])
    )


_SPACED = frozenset("0123456789 ")
_DIGITS_DOT = frozenset("0123456789.")


# A dotted quad of valid octets (0-255, leading zeros allowed) standing alone, not a group of
# a longer dotted run such as the French "06.12.34.56.78".
_OCTET = r"(?:[01]?[0-9]{1,2}|2[0-4][0-9]|25[0-5])"
_IPV4_QUAD = rf"{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}(?![0-9]|\.[0-9])"
_IPV4_IN = re.compile(rf"(?<![0-9.]){_IPV4_QUAD}")


# Deletes every ASCII character but the digits (``len(s.translate(...))`` counts digits).
_NOT_DIGITS = {c: None for c in range(128) if not chr(c).isdigit()}


@functools.cache
def _calling_codes() -> frozenset[str]:
    """The country calling codes ``phonenumbers`` knows ("1", "44", "800"...), as text."""
    import phonenumbers

    return frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _has_ipv4(text: str) -> bool:
    """Whether ``text`` holds a valid IPv4 address as a dotted quad of its own."""
    return _IPV4_IN.search(text) is not None


# After an area code with its trunk 0: a slash and the subscriber number ("030/1234567"), or a
# spaced slash and the number in groups ("030 / 123 456 78").
_SLASH_SUBSCRIBER = r"(?:/[0-9]{5,9}| / [0-9]{2,9}(?: [0-9]{2,4}){0,3})"
# The same after a calling code, the area code without its trunk 0 or with it in
# parentheses: "+49 89/12345678", "+49 (0) 30 / 123 456 78", "+36-80/555-111". (After "+"
# a slash cannot open a date, so the subscriber number may be grouped.)
_SLASH_INTERNATIONAL = (
    r"\+[1-9][0-9]{0,2}[ \-]?(?:\(0\) ?)?[1-9][0-9]{0,4}"
    r"(?:/ ?[0-9]{3,9}(?:[ \-][0-9]{2,6}){0,2}| / [0-9]{2,9}(?: [0-9]{2,4}){0,3})"
)
# A North American number with a slash after the area code: "415/666-7777".
_SLASH_NANP = r"[2-9][0-9]{2}/[0-9]{3}-[0-9]{4}"

# After a "+", a calling code and the number, its groups parted by hyphens or dots at most
# (a number glued to the words around it). (One digit per step, possessive: no
# backtracking over the ways to group a long run.)
_INTL_DIGITS = r"[1-9](?:[\-.]?[0-9]){6,16}+(?![0-9]|[\-.][0-9])"
# The ``phone_glued_intl`` pattern: such a number with a letter, or a letter and a full
# stop, right before the "+", or a letter right after it (tested after the "+", so the
# engine jumps from one "+" to the next).
_GLUED_INTL = rf"\+(?:(?<=[^\W\d_]\+)|(?<=[^\W\d_]\.\+)|(?={_INTL_DIGITS}[^\W\d_])){_INTL_DIGITS}"
# A North American number whose area code's parentheses may touch a word (``phone_glued_area``),
# not after a digit or another "(".
_GLUED_AREA = r"\((?<![0-9(]\()[2-9][0-9]{2}\) ?[0-9]{3}[\-.]?[0-9]{4}(?![0-9]|[\-.][0-9])"
# A vanity number (``phone_vanity``). Written as "an optional calling code ("+44 ", "1-"),
# then an area or service code ("(888) ", "0800 "), then groups of digits and capitals",
# but with its first character leading ("+", "(" or a digit, not after a word character or
# one of "+-./#@\\"), and each way on chosen by a look-behind at that character: an
# expression opening with look-arounds is tried at every position of the text, this one
# only where a first character stands. A capital comes within the first 17 characters (the
# run before it possessive: a capital is none of its characters, so giving some back never
# finds one, and a digit without a capital after it costs one run, not sixteen tries).
_VANITY = (
    r"[+(0-9](?<![\w+\-./#@\\].)(?=[0-9+() \-.]{0,15}+[A-Z])"
    r"(?:(?<=\+)[1-9][0-9]{0,2}[ \-.](?:\([0-9]{3}\) ?|[0-9]{3,4}[ \-.])"
    r"|(?<=\()[0-9]{3}\) ?"
    r"|(?<=1)[ \-.](?:\([0-9]{3}\) ?|[0-9]{3,4}[ \-.])"
    r"|(?<=[0-9])[0-9]{2,3}[ \-.])"
    r"[0-9A-Z]{2,7}(?:[ \-.][0-9A-Z]{1,7}){0,2}(?![\w@/]|[\-.]\w)"
)

# The ``phone`` pattern's candidate up to its end's look-ahead: a "+", a calling code in
# parentheses, "00" or an area code's "(", digits and separators, an extension.
_PHONE_HEAD = (
    r"(?=[+(0-9])(?<![+\-./#@\\])(?<!" + _SPACED_WORD + r")(?!" + _IPV4_QUAD + r")"
    r"(?:\+|\(\+(?=[0-9]{1,4}\))|(?<![:])(?:00|\()?)[0-9][0-9 \-.()]{5,22}[0-9]"
    r"(?:\s?(?:[xX]|[eE][xX][tT](?:[.:]|ension)?)\s?[0-9]{1,6})?"
)
# The candidate as the ``phone`` pattern reads it where no number may follow a slash after
# it: the slash is then no end, and the candidate ends before a space further back.
_PHONE_NO_SLASH = re.compile(_PHONE_HEAD + r"(?![/:@]|[\-.][0-9]|" + _SPACED_WORD + r")")
# A number right after the slash (the second of a pair: "06-12345678/020-1234567").
_AFTER_SLASH = re.compile(
    r"(?:\+|\()?[0-9][0-9 \-.()]{5,22}[0-9](?![/:@]|[\-.][0-9]|" + _SPACED_WORD + r")"
)

#: Regions tried when parsing a phone number written without ``+`` (Israel: Presidio's
#: phone recognizer reads its national numbers by default too).
DEFAULT_PHONE_REGIONS = ("US", "GB", "DE", "FR", "IN", "CA", "AU", "ES", "IT", "NL", "BR", "MX",
                         "IL")  # fmt: skip


#: Typographic dashes word processors and PDFs put between digit groups, each read as a
#: hyphen in phone numbers, cards and SSNs: hyphen, non-breaking hyphen, figure dash, en dash
#: and minus sign ("4111\u20131111\u20131111\u20131111").
TYPO_DASHES = "\u2010\u2011\u2012\u2013\u2212"
# A decimal digit of another script (Devanagari, Arabic-Indic, full-width...).
_FOREIGN_DIGIT = re.compile(r"(?![0-9])\d")
# Spaces and hyphens of other kinds that typesetting and word processors put between digit
# groups: the no-break, figure, thin and narrow no-break spaces ("06 12 34 56 78" set in
# French), the hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar
# and minus sign, the small and full-width hyphen-minus and the ideographic space; and the
# invisible characters a page puts inside a number (a soft hyphen, a zero-width space, a
# word joiner, a zero-width no-break space), read as a hyphen and as spaces.
_OTHER_SEPARATORS = (
    "\u00a0\u00ad\u2007\u2009\u200b\u202f\u2010-\u2015\u2060\u2212\u3000\ufe63\ufeff\uff0d"
)
# What asks for the text to be folded: such a digit, a full-width plus or bracket before an
# ASCII digit (an area code in full-width brackets), or a digit or a closing parenthesis
# then one of those separators ("(415)\u00a0666-7777": the area code set apart).
# (Each branch opens with a class of rare characters, so the search skips along the text.)
_FOLD = re.compile(
    rf"[^\D0-9]|[\uff08\uff0b][0-9]|[{_OTHER_SEPARATORS}](?<=[0-9)][{_OTHER_SEPARATORS}])"
)
# Full-width signs written with full-width digits (plus, brackets, hyphen, full stop), the
# ideographic space, and the separators above as their ASCII forms.
_WIDE_SIGNS = {0xFF0B: "+", 0xFF08: "(", 0xFF09: ")", 0xFF0D: "-", 0xFF0E: ".", 0x3000: " ",
               0x00A0: " ", 0x2007: " ", 0x2009: " ", 0x202F: " ",
               0x200B: " ", 0x2060: " ", 0xFEFF: " "} | dict.fromkeys(map(ord, TYPO_DASHES), "-")  # fmt: skip
# Dashes of prose and the soft hyphen: hyphens between two digits only ("415\u2014666",
# "415\u00ad666"). After a number and before a word they stay what they are: "0018\u2014OK"
# read as "0018-OK" would glue a code to the number.
_DIGIT_DASHES = re.compile(r"(?<=[0-9])[\u00ad\u2014\u2015\ufe63](?=[0-9])")
# The characters those branches open with (each branch opens with one).
_FOLD_LEADS = re.compile(rf"[^\D0-9]|[\uff08\uff0b{_OTHER_SEPARATORS}]")


def _fold_needed(text: str) -> bool:
    """``_FOLD.search(text) is not None``, trying ``_FOLD`` only where a branch can open.

    Every branch opens with a non-ASCII character, so those are read first
    (:func:`~privkit.detect._base.non_ascii`, in C); ``_FOLD`` is then tried at each place
    of the ones it opens with, found by ``str.find``. A full ``_FOLD.search`` tries three
    branches at every position: tens of nanoseconds a character, on texts that have a
    non-ASCII character anywhere.
    """
    for lead in set(_FOLD_LEADS.findall(non_ascii(text))):
        at = text.find(lead)
        while at >= 0:
            if _FOLD.match(text, at) is not None:
                return True
            at = text.find(lead, at + 1)
    return False


def ascii_digits(text: str) -> str | None:
    """``text`` with every decimal digit of another script written as its ASCII digit.

    Full-width ``+``, brackets, hyphen, full stop and the ideographic space become their
    ASCII forms too, and so do no-break and thin spaces and the hyphens and dashes of other
    kinds (see :data:`_OTHER_SEPARATORS`). One character stands for one, so offsets are kept.
    ``None`` when ``text`` has no digit of another script, no full-width plus or bracket
    before a digit and no such separator after one.

    >>> ascii_digits("+९१ ९८७६५४३२१०")
    '+91 9876543210'
    >>> ascii_digits("06\u202f12\u202f34\u202f56\u202f78")
    '06 12 34 56 78'
    >>> ascii_digits("tel 555 0100") is None
    True
    """
    if text.isascii() or not _fold_needed(text):
        return None
    found = set(_FOREIGN_DIGIT.findall(text))
    table: dict[int, str] = dict(_WIDE_SIGNS)
    table.update({ord(c): str(unicodedata.decimal(c)) for c in found})
    return _DIGIT_DASHES.sub("-", text.translate(table))


# Scripts near a number that suggest where it is dialled, for the layouts that are tried
# against a list of regions (a national number, digit groups with a phone word): a number
# in Chinese text is tried as a Chinese number too.
_SCRIPT_REGIONS = (
    (re.compile(r"[\u3040-\u30ff]"), ("JP",)),
    (re.compile(r"[\uac00-\ud7af]"), ("KR",)),
    (re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"), ("CN", "TW", "HK", "JP")),
    (re.compile(r"[\u0400-\u04ff]"), ("RU", "UA", "BY", "KZ")),
    (re.compile(r"[\u0600-\u06ff]"), ("SA", "AE", "EG", "MA", "IR")),
    (re.compile(r"[\u0e00-\u0e7f]"), ("TH",)),
    (re.compile(r"[\u0900-\u097f]"), ("IN",)),
    (re.compile(r"[\u0370-\u03ff]"), ("GR",)),
)
# Phone words whose language suggests regions to try (the script carries no hint).
_WORD_REGIONS = {
    "teléfono": ("ES", "MX", "AR", "CO", "CL", "PE"),
    "telefone": ("BR", "PT"),
    "celular": ("BR", "MX", "AR", "CO"),
    "telefoon": ("NL", "BE"),
    "téléphone": ("FR", "BE", "CH"),
    "portable": ("FR", "BE", "CH"),
    "telefono": ("IT", "ES", "AR", "CO"),
    "telefon": ("DE", "AT", "CH", "PL", "SE", "NO", "DK", "TR"),
    "zadzwo": ("PL",),
    "komórk": ("PL",),
    "numer": ("PL", "RO"),
    "zavolej": ("CZ", "SK"),
    "volejte": ("CZ", "SK"),
    "číslo": ("CZ", "SK"),
    "mobiel": ("NL", "BE"),
    "puhelin": ("FI",),
    "soita": ("FI",),
    "hubungi": ("ID", "MY"),
    "telepon": ("ID",),
    "nomor": ("ID",),
    "gọi": ("VN",),
    "điện thoại": ("VN",),
    "sđt": ("VN",),
    "hívj": ("HU",),
    "numara": ("TR",),
}


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


class PhoneDetector(_ScanAware):
    """Phone numbers validated by ``phonenumbers`` for several regions.

    Only plausible candidates are parsed: an international prefix, a phone-like layout of
    separators, or a context word (``phone``, ``tel``, ``mobile``...) for bare digit runs,
    unless digit groups are the whole text (a form field, a cell: see :meth:`_alone`).
    Dates, times, versions and IP-like dotted numbers are never parsed.
    """

    entity = EntityType.PHONE_NUMBER
    name = "phone"
    context = (*PHONE_LABELS, "call", "sms", "whatsapp", "contact", "reach me", "text me",
               "dial", "landline", "msisdn", "office", "desk", "answering", "home",
               # whole: "work phone", not "[GC Worker End (ms): Min: 2109063.6" (a JVM GC log)
               "work ",
               "number",
               # (a phone's number "of" someone: longer than the count phrase "number of"
               # among the negative words, so it wins their tie)
               "phone number of", "telephone number of", "mobile number of", "cell number of",
               "contact number of", "fax number of",
               # The same words in other languages (a word over three letters is a prefix:
               # "telefon" reads "telefono", "telefone", "telefonnummer").
               "telefone", "telefono", "teléfono", "téléphone", "tél", "número",
               "numero", "numéro", "nummer", "móvil", "movil", "celular", "cellulare", "mobil",
               "llam", "llám", "appel", "anruf", "ligue", "chiama", "contacto", "kontakt",
               "handy", "rufnummer", "numara", "portable", "番号", "번호",
               "电话", "電話", "手机", "手機", "号码", "號碼", "联系", "聯繫", "拨打", "撥打",
               # (a hotline, customer service, a landline, "call us", a fax)
               "热线", "熱線", "客服", "座机", "座機", "致电", "致電", "传真", "傳真",
               "携帯", "전화", "연락처", "휴대폰", "핸드폰", "телефон", "тел", "моб", "номер",
               "звон", "هاتف", "جوال", "رقم", "اتصل", "फोन", "फ़ोन", "मोबाइल", "नंबर", "कॉल",
               "संपर्क", "τηλ", "טלפון", "โทร", "điện thoại", "sđt", "telepon", "nomor",
               # Polish, Czech, Dutch, Finnish, Indonesian, Vietnamese and Hungarian: "call",
               # "mobile", "phone", "number" ("numer" whole: not "numeric")
               "zadzwo", "komórk", "numer ", "zavolej", "volejte", "číslo", "mobiel",
               "puhelin", "soita", "hubungi", "gọi", "hívj")  # fmt: skip
    negative_context = ("order", "invoice", "pid", "port", "serial", "ticket", "tracking",
                        "build", "version", "account", "acct", "imei", "imsi", "iccid", "ssn",
                        "id ", "ref", "order number", "tracking number", "serial number",
                        "account number", "invoice number", "ticket number", "reference number",
                        "case number", "confirmation number", "ssn", "social security",
                        "social security number", "sequence number", "job number",
                        "record number", "event number",
                        # a count: "max number of search results:  1000000" (Redis), "number
                        # of rows" (the phrase ends nearer the value than "number" alone)
                        "number of",
                        # order, form and waybill numbers and versions in Chinese ("订单号",
                        # "运单号", "编号", "版本")
                        "订单", "单号", "编号", "版本",
                        # Spanish records' identifier labels: a physician's registration
                        # ("NºCol", "colegiado"), a social security affiliation ("NASS",
                        # "afiliación") and a clinical record ("NHC", "historia clínica")
                        "nºcol", "colegiado", "nass", "afiliación", "nhc", "historia clínica")  # fmt: skip
    nearest_label = True
    context_boost = 0.3
    patterns = (
        Pattern(
            "phone",
            # A "+" may follow a colon ("tel:+33 1 ..."); other starts may not ("port:8080").
            # After "=" any start is a candidate, and _check keeps only a separated phone
            # layout there ("value=020 7946 0018"; "id=12345678" stays out).
            # The leading look-ahead lets the engine skip positions by their first character;
            # an IPv4 address is no start ("10.1.2.3 - -": the digits after it still may be).
            # "(+41) 22 730 5989": a calling code in parentheses ("(+1 202-555-0153)" is a
            # number in parentheses: it starts at the "+").
            # A number right after a backslash is a path's component, as after "/"
            # ("WHATSAPP\\2.2228.14.00": a version in a Windows path).
            # A slash may follow a number before another ("13581722337/010-86485564", two
            # numbers of one contact): see _slash_pair; else the candidate is read as the
            # pattern read it before (:data:`_PHONE_NO_SLASH`: a slash is no number's end).
            _PHONE_HEAD + r"(?![:@]|/(?![+(]?[0-9])|[\-.][0-9]|" + _SPACED_WORD + r")",
            score=0.6,
            prefilter=_ANY_DIGIT,
        ),
        # The value of a key that names a phone number ("phone=02079460018",
        # "tel:020 7946 0018", "mobile_no": "0612345678"): after ":" or "=" the pattern
        # above starts only at "+", since other numbers there are ports, ids and counters.
        Pattern(
            "phone_keyed",
            # (A key may end in the word: "home_phone", "user.tel"; not "hotel".)
            r"(?<![a-z0-9])"
            + PHONE_KEYS
            + r"(?:[_\-.]?(?:no|nr|num|number))?[\"']?\s{0,2}[:=\-]\s{0,2}[\"']?"
            r"(?P<value>(?:00|\()?[0-9][0-9 \-.()]{5,22}[0-9])(?![\w/:@]|[\-.][0-9])",
            score=0.6,
            prefilter=_PHONE_KEY_WORDS,
            lowercase=True,
        ),
        # A North American number glued to the word before it ("is415-555-0132", typed in
        # a hurry): only the full separated layout, so identifiers with digits do not match.
        Pattern(
            "phone_glued",
            r"(?:(?<=[a-z])|(?<=[Nn]umber-))(?:\([0-9]{3}\) ?|[0-9]{3}[\-.])[0-9]{3}[\-.][0-9]{4}"
            r"(?![\w/:@]|[\-.][0-9])",
            score=0.6,
            prefilter=_ANY_DIGIT,
        ),
        # An area code with its trunk 0, a slash, then the subscriber number: "030/1234567",
        # the layout German, Austrian and Polish texts use, or with a space each side of the
        # slash and the number in groups: "030 / 123 456 78". One slash only, and five digits
        # or more after an unspaced one ("01/2024" is a month; "03/10/2011" a date, a path
        # has more slashes). Also after a calling code ("+49 89/12345678") and a North
        # American area code ("415/666-7777").
        Pattern(
            "phone_slash",
            r"(?=[0-9+])(?<![+\-./#@\\0-9])(?<!"
            + _SPACED_WORD
            + r")(?:0[0-9]{1,4}"
            + _SLASH_SUBSCRIBER
            + "|"
            + _SLASH_INTERNATIONAL
            + "|"
            + _SLASH_NANP
            + r")(?![/:@]|[\-.][0-9]|"
            + _SPACED_WORD
            + r")",
            score=0.6,
            prefilter=("/",),
        ),
        # A number in international form glued to a word or to the abbreviation's full stop
        # before it, or to a word after it ("Tfno.+34679802102", "abc+14156667777def",
        # "É+14156667777."): the "+" says where it is dialled. Hyphens or dots may part its
        # groups; :meth:`_glued_international` reads the word around it and keeps only a
        # number valid in its country's plan.
        Pattern(
            "phone_glued_intl",
            _GLUED_INTL,
            score=0.75,
            prefilter=("+",),
        ),
        # A North American number with its area code in parentheses, glued to a word
        # before or after it ("abc(415)6667777def", "(415)6667777É", "tel(415) 666-7777"):
        # the parentheses mark the area code, so the digits may touch letters.
        # :meth:`_glued_area` keeps a valid number in prose only. (The parenthesis leads and
        # the look-behind reads the character before it: an expression opening with a
        # look-behind is tried at every position of the text, this one only at a "(".)
        Pattern(
            "phone_glued_area",
            _GLUED_AREA,
            score=0.6,
            prefilter=("(",),
        ),
        # A vanity number: letters for some of its digits, as toll-free and premium-rate
        # lines advertise themselves ("1-800-FLOWERS", "0800 DDA 005", "(888) GOT-JUNK").
        # Capitals only, in groups after a digit group; :meth:`_vanity` keeps a number whose
        # letters, read as the keypad's digits, give a valid toll-free, premium-rate,
        # shared-cost or universal-access number.
        # (A calling code may open it: "+44 800 DDA 005", "+1 800 FLOWERS". A capital within
        # the first 17 characters, or no candidate: plain digit groups are the other patterns'.)
        # (:data:`_VANITY` is written with its first character leading, see there.)
        Pattern(
            "phone_vanity",
            _VANITY,
            score=0.6,
            prefilter=_ANY_DIGIT,
        ),
    )
    # A number and a space right before a space-separated candidate: it continues a column
    # of numbers ("200 200 981 2481" in an access log), not a phone number.
    _NUMBER_BEFORE = re.compile(r"(?<![\w.\-])[0-9][0-9.,]{0,15} \Z")
    # An extension after the number: "x 12", "ext. 12", "extension 12", "ext:1".
    _EXT = re.compile(r"\s?(?:[xX]|[eE][xX][tT](?:[.:]|ension)?)\s?[0-9]{1,6}$")
    # (Or a hyphen with a space each side after the area code, as Dutch texts write it:
    # "+31 (0) 20 - 123 45 67", "+31 (0)6 - 12345678", "+31 20 - 123 4567"; as the national
    # layout reads "020 - 123 45 67". The calling code stands apart, or "(0)" follows it:
    # "+1200 - 5551234" is a time zone's offset and a count.)
    _INTL = re.compile(
        r"(?:\+|00)[0-9]{1,3}[ \-.]?(?:\([0-9]{1,4}\)[ \-.]?)?[0-9]{1,5}(?:[ \-.]?[0-9]{1,5}){0,5}"
        r"|(?:\+|00)[0-9]{1,3}(?:[ \-.]|[ \-.]?\(0\) ?)[0-9]{1,5} - [0-9]{2,5}(?:[ \-.]?[0-9]{1,5}){0,4}"
    )
    # (The area code in parentheses may be followed by a space or a hyphen: "(415)-555-0132";
    # after one the seven digits may be unsplit: "(415) 6667777".)
    _NANP = re.compile(
        r"(?:1[ \-.]?)?(?:\([0-9]{3}\)[ \-]?|[0-9]{3}([ \-.]))[0-9]{3}([ \-.])[0-9]{4}"
        r"|(?:1[ \-.]?)?\([0-9]{3}\) ?[0-9]{7}|" + _SLASH_NANP
    )
    _NATIONAL = re.compile(
        # (A hyphen with a space each side may part the area code: "010 - 123 45 67", as
        # Dutch texts write it; so may a full stop: "02.12345678", "022.29411128", as
        # Italian and Indian ones do. An area code in parentheses may be followed by a hyphen,
        # as a North American one may: "(06)-12345678", "(020)-1234567", as Dutch texts
        # write it.)
        r"0[0-9]{1,4}(?:[ \-.]| - |\) ?)?[0-9]{2,4}(?:[ \-.]?[0-9]{2,4}){1,4}|\(0[0-9]{1,4}\)[ \-]?[0-9]{2,4}(?:[ \-]?[0-9]{2,4}){1,4}"
        # An area code in parentheses without the trunk 0, then a subscriber number in two
        # groups: "(22) 99956-7894", "(11) 3456-7890" (Brazil's layout), "(33) 3461 2234"
        # (Mexico's).
        r"|\([1-9][0-9]{1,3}\) ?[0-9]{4,5}[ \-][0-9]{4}"
        # France's dotted pairs: "04.76.09.56.63" (five pairs: no date has this shape).
        r"|0[1-9](?:\.[0-9]{2}){4}"
        # The slash layouts ("030/1234567", "030 / 123 456 78": the ``phone_slash`` pattern's).
        r"|0[0-9]{1,4}" + _SLASH_SUBSCRIBER
    )
    _INTL_SLASH = re.compile(_SLASH_INTERNATIONAL)
    # Germany's service numbers with their tariff digit set apart: "0900-1 123123", "0180 5
    # 123 456", "(0)900-1 123 123" (the plan's own layout: phonenumbers writes "0900 1
    # 123123"). One digit alone after a code of three is read so only where the plan's
    # layout of the valid number sets the same digit apart (see :meth:`_tariff`).
    _TARIFF = re.compile(
        r"(?:\(0\) ?|0 ?)([1-9][0-9]{2})[ \-]([0-9]) ([0-9]{2,4}(?: ?[0-9]{2,4}){0,2})"
    )
    # The trunk prefix 8 of Russia and its neighbours, an area code in parentheses or set
    # apart, then the subscriber number as xxx-xx-xx: "8 (495) 123-45-67", "8-800-555-35-35".
    # Or all groups set apart by spaces: "8 912 345 67 89" (3-3-2-2 after the 8 only), which
    # a column of counts could also be: only a number valid in the plan, not one merely of
    # the right length ("8 123 456 78 90").
    _TRUNK_8_SPACED = r"8 [0-9]{3} [0-9]{3} [0-9]{2} [0-9]{2}"
    _TRUNK_8 = re.compile(
        r"8(?: ?\([0-9]{3,5}\) ?|[ \-][0-9]{3}[ \-])[0-9]{1,3}-[0-9]{2}-[0-9]{2}|" + _TRUNK_8_SPACED
    )
    _TRUNK_8_SPACED_RX = re.compile(_TRUNK_8_SPACED)
    _TRUNK_8_REGIONS = ("RU", "KZ", "BY")
    # A Chinese mobile number in its 3-4-4 hyphenated layout: "138-1234-5678". (Spaced, the
    # groups could be a column of counts: a phone word is needed then.)
    _CN_MOBILE = re.compile(r"1[3-9][0-9]-[0-9]{4}-[0-9]{4}")
    # Unseparated, beside Chinese text ("张三13144381379", "张三 13144381379"): a Han
    # character or a full-width punctuation mark right before or after it (one space between
    # at most) says which plan the eleven digits belong to, as a phone word would.
    _CN_RUN = re.compile(r"1[3-9][0-9]{9}")
    _CN_SPACED = re.compile(r"1[3-9][0-9] [0-9]{4} [0-9]{4}")
    _HAN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]")
    # A country calling code written without "+", then hyphenated groups or an area code in
    # parentheses: "91-415-555-0132", "82-10-1234-5678", "55 (17) 6332-2155". Only numbers
    # that phonenumbers holds valid in that country's plan are phone numbers.
    _COUNTRY = re.compile(
        r"[1-9][0-9]{0,2}(?:-[0-9]{1,5}){2,5}|[1-9][0-9]{0,2} \([0-9]{1,4}\) [0-9]{3,5}[ \-][0-9]{4}"
    )
    _DATE_HEAD = re.compile(r"[0-9]{1,2}-[0-9]{1,2}-(?:19|20)[0-9]{2}(?![0-9])")
    # A calling code written without "+", then the trunk 0 in parentheses and the national
    # number: "64(0)64123456", "44 (0) 20 7946 0018" (the "(0)" that says "dial 0 at home"
    # is a phone number's mark alone: no id, count or version is written so). Read as
    # "+64 64123456", as the international layout is.
    _CODE_TRUNK = re.compile(r"([1-9][0-9]{0,2}) ?\(0\) ?([0-9]{1,5}(?:[ \-.]?[0-9]{1,6}){0,4})")
    _BARE = re.compile(r"1?[0-9]{10}|0[0-9]{9,10}")
    # The start of a North American layout (looser than _NANP: any separators).
    _NANP_HEAD = re.compile(
        r"(?:1[ \-.]?)?(?:\([0-9]{3}\)[ \-]?|[0-9]{3}[ \-.])[0-9]{3}[ \-.][0-9]{4}"
    )
    # A layout that needs no phone word: a North American one, a calling code and "(0)"
    # (_CODE_TRUNK), Russia's trunk 8 with its xxx-xx-xx subscriber number, a Chinese mobile
    # number's 3-4-4 groups, or a calling code written without "+" (see _COUNTRY; last, its
    # digits in the group ``code``: :meth:`_layout` reads them). One expression: it is tried
    # on every candidate in logs.
    _LAYOUT_HEAD = re.compile(
        _NANP_HEAD.pattern
        + r"|[1-9][0-9]{0,2} ?\(0\) ?[0-9]|"
        + _SLASH_NANP
        + "|"
        + _TRUNK_8.pattern
        + "|"
        + _CN_MOBILE.pattern
        + r"|(?P<code>[1-9][0-9]{0,2})(?:-[0-9]{1,5}-[0-9]| \([0-9]{1,4}\) [0-9])"
    )
    _GROUPS = re.compile(r"\(?[0-9]{1,5}\)?(?:[ \-.]?\(?[0-9]{1,6}\)?){1,5}")

    def __init__(self, *, regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS) -> None:
        self.regions = tuple(regions)
        self._cache: BoundedMemo[tuple[str, str], str | None] = BoundedMemo(65536)

    def __repr__(self) -> str:
        return f"PhoneDetector(regions={self.regions!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PhoneDetector) and other.regions == self.regions

    def __hash__(self) -> int:
        return hash(self.regions)

    def __getstate__(self) -> dict[str, object]:
        return {"regions": self.regions}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(regions=state["regions"])  # type: ignore[misc]

    # A compact date then a time of day: "081109 203615 148", "20240131-235959",
    # "2024.01.31 23:59:59.123" are log timestamps, not phone numbers.
    _STAMP = re.compile(
        r"(?:19|20)?[0-9]{2}[\-./]?(?:0[1-9]|1[0-2])[\-./]?(?:0[1-9]|[12][0-9]|3[01])"
        r"[ T\-_.]{0,2}(?:[01][0-9]|2[0-3])[:.]?[0-5][0-9](?:[:.]?[0-5][0-9])?(?![0-9])"
    )
    # A phone word right before the number, a "no."/"number" and a colon at most between:
    # "phone 1111111111", "Tel. No: ...", "फोन नंबर ...". Digits so labelled are a phone
    # number even when they could be read as a compact date and time ("11 11 11 11 11").
    _LABEL_BEFORE = re.compile(
        r"(?i:(?<![^\W\d_])(?:phone|telephone|tel|mobile|cell|cellphone|fax|telefon|telefoon|tlf"
        r"|tfn|tfno|tlfno|telf|telef|tel[eé]fono|telefone|t[eé]l[eé]phone|t[eé]l|m[oó]vil|celular"
        r"|cellulare|handy|whatsapp|call|телефон|тел|моб)|फ़?ोन|मोबाइल|هاتف|جوال|電話|电话"
        r"|手机|手機|전화|휴대폰|τηλ|טלפון|โทร)\.?[ \t]{0,3}"
        r"(?:(?i:no|nr|num|number|n[uú]mero|num[eé]ro|nummer|номер)\.?[ \t]{0,3}|नंबर[ \t]{0,3})?"
        r"[:#]?[ \t]{0,3}\Z"
    )
    # What follows a log line's header: a level word, a bracketed thread or a process tag.
    _AFTER_HEADER = re.compile(
        r"[ \t]{1,4}(?:\[|<|(?i:info|warn|warning|error|err|debug|trace|fatal|notice|crit)\b"
        r"|[A-Za-z_][\w.\-]{0,40}(?:\[[0-9]{1,10}\])?:)"
    )

    # The status and byte counts right after a request line's closing quote ("GET / HTTP/1.0"
    # 200 17210 367), also inside a JSON string (\" escaped).
    _AFTER_REQUEST = re.compile(r"HTTP/[0-9](?:\.[0-9])?\\?\" \Z")
    # Two hex bytes right before or after: the candidate's two-digit groups are more bytes of
    # a hex dump ("f0 b9 01 00 00 00 45 84 c9 0f"), not the pairs of a French number.
    _BYTES_BEFORE = re.compile(r"(?<![\w\-.])[0-9A-Fa-f]{2} [0-9A-Fa-f]{2} \Z")
    _BYTES_AFTER = re.compile(r" [0-9A-Fa-f]{2} [0-9A-Fa-f]{2}(?![\w\-.])")
    _PAIRS = re.compile(r"[0-9]{2}(?: [0-9]{2})+")
    # A hex dump's line up to the candidate: an offset of 4-8 hex digits, then byte columns
    # split by spaces or by the "-" some dumps print mid-line ("00000050  5c 00 73 00").
    _DUMP_BYTES = re.compile(r"[0-9]{2}(?:[ \-]{1,2}[0-9]{1,2})+")
    _DUMP_LINE = re.compile(
        r"[ \t]*(?:0x)?[0-9A-Fa-f]{4,8}:?[ \t]{1,3}(?:[0-9A-Fa-f]{2}[ \-]{1,2}){1,16}"
    )

    def _in_dump(self, text: str, start: int, end: int) -> bool:
        """Whether the candidate is a status column or a run of bytes of a hex dump."""
        if self._AFTER_REQUEST.search(text, max(0, start - 12), start) is not None:
            return True
        if self._PAIRS.fullmatch(text, start, end) is not None and (
            self._BYTES_BEFORE.search(text, max(0, start - 8), start) is not None
            or self._BYTES_AFTER.match(text, end) is not None
        ):
            return True
        if self._DUMP_BYTES.fullmatch(text, start, end) is None:
            return False
        line_start = text.rfind("\n", max(0, start - 72), start) + 1
        return (line_start > 0 or start <= 72) and self._DUMP_LINE.fullmatch(
            text, line_start, start
        ) is not None

    # A cell of a fixed-width row: two spaces or more (or a tab) around the candidate, and a
    # version number as the next cell, itself followed by two spaces or a tab. A software
    # catalogue's listing ("2  061-26589       10.14.6    18G103   2019-10-14  macOS Mojave":
    # row, product id, version, build, date, title) or a package table; a phone number's row
    # holds no version after the number. A version of one dot ("13.1") could be a decimal
    # ("3.5  min", a call's length): it counts only before a build's cell, letters and
    # digits mixed ("13.1       22C65").
    _CELL_BEFORE = re.compile(r"(?:^|[ \t]{2}|\t)\Z", re.MULTILINE)
    _VERSION_CELL_AFTER = re.compile(
        r"(?:[ \t]{2,16}|\t)[0-9]{1,3}\.[0-9]{1,4}"
        r"(?:(?:\.[0-9]{1,4}){1,2}(?:[ \t]{2}|\t)"
        r"|(?:[ \t]{2,16}|\t)[0-9]{0,4}[A-Za-z]{1,3}[0-9]{1,6}[a-z]?(?:[ \t]{2}|\t|$))",
        re.MULTILINE,
    )

    def _catalogue_cell(self, text: str, start: int, end: int) -> bool:
        """Whether the candidate is a cell of a fixed-width row before a version's cell.

        Not when a phone word labels it (:attr:`_LABEL_BEFORE`) or it opens with "+".
        """
        return (
            text[start] != "+"
            and self._VERSION_CELL_AFTER.match(text, end) is not None
            and self._CELL_BEFORE.search(text, max(0, start - 2), start) is not None
            and self._LABEL_BEFORE.search(text, max(0, start - 32), start) is None
        )

    # A kernel console's uptime stamp: "[  484.511718]" (Linux), "[00131.346]" (Fuchsia).
    _UPTIME = re.compile(r"[ \t]{0,8}[0-9]{1,8}\.[0-9]{1,9}[ \t]{0,8}\]")
    # What stands before the process and thread ids that follow an uptime stamp at a line's
    # start ("[00131.346] 01102.01116> panic", Fuchsia's "pid.tid>").
    _UPTIME_BEFORE = re.compile(r"\[[ \t]{0,8}[0-9]{1,8}\.[0-9]{1,9}\][ \t]{1,2}\Z")

    def _log_header(self, text: str, start: int, end: int) -> bool:
        """Whether the candidate is a log line's timestamp/thread header, not a phone number.

        Digit groups that open with a compact date and time (unless a phone word labels
        them: :attr:`_LABEL_BEFORE`), or that start a line and are followed by a level word,
        a bracket or a ``process[pid]:`` tag, are a header. So are a kernel console's
        bracketed uptime stamp (``[  484.511718]``, even before "Call Trace") and the
        ``pid.tid`` that follows one (``[00131.346] 01102.01116>``).
        """
        if self._STAMP.match(text, start) is not None:
            return self._LABEL_BEFORE.search(text, max(0, start - 32), start) is None
        if text[max(0, start - 9) : start].rstrip(" \t").endswith("[") and (
            self._UPTIME.match(text, start) is not None
        ):
            return True
        if (
            text[start - 2 : start].strip(" \t") == "]"
            and not (set(text[start:end]) - _DIGITS_DOT)
            and self._UPTIME_BEFORE.search(text, max(0, start - 24), start) is not None
        ):
            return True
        line_start = text.rfind("\n", max(0, start - 8), start) + 1
        if (
            (line_start or start <= 8)
            and text[line_start:start].strip(" \t[") == ""
            and not (set(text[start:end]) - _SPACED)
        ):
            return self._AFTER_HEADER.match(text, end) is not None
        return False

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        """Yield the phone numbers of one scan.

        Digits of other scripts are read as ASCII digits (:func:`ascii_digits`, same offsets).
        """
        folded = ascii_digits(state.text)
        scan = state if folded is None else ScanState(folded)
        for found in super().find(scan):
            yield found
            yield from self._then(scan, found)

    # Space between a phone number and what follows it within the same candidate, or a
    # hyphen with a space each side, as lists of numbers are written ("917277336 -
    # 606409021").
    _THEN = re.compile(r" {1,3}(?:- {1,3})?(?=[+(0-9])")

    def _slash_pair(self, text: str, start: int, end: int, state: ScanState | None) -> bool:
        """Whether a slash at ``end`` parts two phone numbers a phone word labels.

        A contact's two numbers are written so ("联系方式 13581722337/010-86485564", "Tel:
        06-12345678/020-1234567"); so are a counter's two values, a date's and a path's
        parts ("rx 12345678/23456789", "2023-01-05/2023-02-05"). Read as a pair only with
        a phone word near (no negative word nearer) and a number's candidate after the slash,
        not followed by another slash or joined to a word; each is then read as a number on
        its own (:meth:`_evaluate_at`).
        """
        return (
            _AFTER_SLASH.match(text, end + 1) is not None
            and self.context_possible(text, start, end, state)
            and self.score(text, start, end, 0.0)[0] > 0
        )

    def _then(self, state: ScanState, found: Finding) -> Iterator[Finding]:
        """Phone numbers after ``found`` in the candidate it was cut from.

        A candidate may hold two numbers ("(415) 666-7777 (800) 443-1223"); the first is
        found by dropping the groups after it (:meth:`_evaluate_at`), and the rest is read
        here as a candidate of its own.
        """
        text = state.text
        pattern, rx = self.patterns[0], self._compiled[0][1]
        if (
            found.evidence.pattern == "phone"
            and text[found.end : found.end + 1] == "/"
            and (pair := _AFTER_SLASH.match(text, found.end + 1)) is not None
        ):
            # the second number of a pair ("13581722337/010-86485564"; see _slash_pair: a
            # number before a slash is found only as the first of a pair, :meth:`_read`)
            after = self._evaluate(text, pair.start(), pair.end(), pattern, state)
            if after is not None:
                yield after
            return
        for _ in range(3):  # a few numbers in a row at most: each step is a new candidate
            whole = rx.match(text, found.start)
            gap = self._THEN.match(text, found.end)
            if whole is None or gap is None or whole.end() <= found.end:
                return
            nxt = rx.match(text, gap.end())
            if nxt is None:
                return
            after = self._evaluate(text, nxt.start(), nxt.end(), pattern, state)
            if after is None:
                return
            yield after
            found = after

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """:meth:`_evaluated`, once per candidate and scan.

        A candidate may be asked about twice: as the pattern's match, and as the number after
        the one before it in a list (:meth:`_then`), which the next match then repeats.
        """
        if state is None:
            return self._read(text, start, end, pattern, state)
        seen = state.memo("phone_evaluated")
        key = (start, end, pattern.name)
        if key in seen:
            return seen[key]  # type: ignore[no-any-return]
        found = seen[key] = self._read(text, start, end, pattern, state)
        return found

    def _read(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """:meth:`_evaluated`, a candidate before a slash read first (:meth:`_slash_pair`)."""
        if pattern.name == "phone" and text[end : end + 1] == "/":
            if self._slash_pair(text, start, end, state):
                found = self._evaluate_at(text, start, end, pattern, state)
                if found is not None:
                    return found
            # (no pair: the candidate the pattern read before a slash could end one)
            m = _PHONE_NO_SLASH.match(text, start)
            if m is None:
                return None
            end = m.end()
        return self._evaluated(text, start, end, pattern, state)

    def _evaluated(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        if text[end : end + 1] == "-" and self._glued_code(text, end + 1):
            return None
        if pattern.name == "phone_glued_intl":
            return self._glued_international(text, start, end, pattern)
        if pattern.name == "phone_vanity":
            return self._vanity(text, start, end, pattern, state)
        if pattern.name == "phone_glued_area":
            return self._glued_area(text, start, end, pattern, state)
        found = self._evaluate_at(text, start, end, pattern, state)
        if (
            found is not None
            or pattern.name != "phone"
            or text[start] == "+"
            or self._ONE_BY_ONE.fullmatch(text, start, end) is not None
        ):
            # (digits spaced one by one were read as such: their rest is no other number)
            return found
        # A candidate that is no phone number may end in one: a key's value ("v=55 (17)
        # 6332-2155": not valid with 55 as a calling code, but "(17) 6332-2155" is a
        # number), or a number before one in a sentence ("$20 415-666-7777", "CA 34215 -
        # 415-666-7777"). Try from the next place a number may start: in a key's value the
        # next character (as before keyed values were read), elsewhere the next group.
        if self._keyed(text, start, pattern):
            nxt = self._NEXT_START.search(text, start + 1, end)
            after = -1 if nxt is None else nxt.start()
        else:
            after = self._next_group(text, start, end)
        return None if after < 0 else self._evaluate_at(text, after, end, pattern, state)

    # The word after a hyphen that names the line rather than gluing a code: a contact
    # list's "09721 88 29 47-Office", "781-618-4959-Fax".
    _LINE_WORD = re.compile(
        r"(?i:office|home|work|mobile|cell|fax|main|direct|voice|phone|tel|landline|private"
        r"|business|day|evening|night)(?![^\W\d_])"
    )

    # A code's suffix: one to four capitals or digits, then no more of a word ("-A", "-AB",
    # "-B2", "-XL").
    _CODE_SUFFIX = re.compile(r"[A-Z0-9]{1,4}(?![^\W_])")

    def _glued_code(self, text: str, after: int) -> bool:
        """Whether a code's suffix glued by a hyphen at ``after`` makes the digits a code.

        A part or article number ("555-123-4567-A", "0512 123456-AB"), as a hyphen before
        the digits does (the patterns' look-behind): nothing of it is a phone number. Only
        a suffix shaped like a code's counts: a word ("-ext", "-John", "-rev") may be
        anything written after a number, which then stays reported (the safe side), and a
        word naming the line ("-Office", "-FAX") is no glue at all.
        """
        return (
            self._CODE_SUFFIX.match(text, after) is not None
            and self._LINE_WORD.match(text, after) is None
        )

    def _next_group(self, text: str, start: int, end: int) -> int:
        """Where a candidate may start again after its first group (-1: nowhere)."""
        space = text.find(" ", start, end)
        nxt = None if space < 0 else self._NEXT_START.search(text, space + 1, end)
        return -1 if nxt is None else nxt.start()

    # What a number glued to words may have around it, up to the white space each side: a
    # word (or an abbreviation and its full stop) before, a word after, an opening mark
    # before and closing punctuation after. A URL, a query, an e-mail address, a key's value
    # or an id holds other signs ("/", "=", "&", "@", "_", digits) and is no such word.
    _GLUED_BEFORE = re.compile(r"[(\[\"'\u00ab\u201c]?(?:([^\W\d_]{1,24})\.?)?")
    _GLUED_AFTER = re.compile(r"([^\W\d_]{1,24})?[.,;:!?)\]\"'\u00bb\u201d]{0,3}")
    # Characters read each way for the white space that ends the glued word.
    _GLUED_REACH = 32

    def _glued_international(
        self, text: str, start: int, end: int, pattern: Pattern
    ) -> Finding | None:
        """A number in international form glued to the words around it (``phone_glued_intl``).

        Glued: a letter of a spaced script, or a letter and a full stop, right before the
        "+", or such a letter right after the number (a number standing free, or glued to
        CJK text, is the ``phone`` pattern's). The word around it must read as words, each
        run of letters in one case or capitalised ("Tfno", "abc", "É"; not base64's
        "dGVzdA"), and the number must be valid in the plan of its calling code, not merely
        of a possible length.
        """
        prev = text[start - 1] if start else " "
        nxt = text[end] if end < len(text) else " "
        if not (
            (prev.isalpha() or (prev == "." and start > 1 and text[start - 2].isalpha()))
            and _NO_SPACE_CHAR.match(prev) is None
        ) and not (nxt.isalpha() and _NO_SPACE_CHAR.match(nxt) is None):
            return None
        lo = max(0, start - self._GLUED_REACH)
        i = start
        while i > lo and not text[i - 1].isspace():
            i -= 1
        hi = min(len(text), end + self._GLUED_REACH)
        j = end
        while j < hi and not text[j].isspace():
            j += 1
        if (i == lo and lo > 0 and not text[lo - 1].isspace()) or (
            j == hi and hi < len(text) and not text[hi].isspace()
        ):
            return None  # a long token: an id or an encoded value
        before = self._GLUED_BEFORE.fullmatch(text, i, start)
        after = self._GLUED_AFTER.fullmatch(text, end, j)
        if before is None or after is None:
            return None
        for run in (before.group(1), after.group(1)):
            if run and not (run.islower() or run.isupper() or run.istitle()):
                return None
        digits = text[start + 1 : end].replace("-", "").replace(".", "")
        region = self._country(digits, grouped=False)
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, base=0.75, tags=(region,), checksum="phonenumbers"
        )

    def _glued_area(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """A North American number glued to a word by its parenthesised area code.

        Glued: a letter of a spaced script right before or after it (free-standing or beside
        CJK text, it is the ``phone`` pattern's). Valid in the North American plan as
        ``phonenumbers`` holds it, not merely of its length, and not in a log or CSV record
        (``size(512)1024000``).
        """
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (
            (before.isalpha() and _NO_SPACE_CHAR.match(before) is None)
            or (after.isalpha() and _NO_SPACE_CHAR.match(after) is None)
        ):
            return None
        if _machine_line_at(text, start, -1, _scan_lines(state)):
            return None
        body = text[start:end]
        # (The plan's own rules first, without a parse; one region: Canada's numbers parse
        # in the shared plan as well.)
        region = self._nanp(body) and self._parse(body, ("US",))
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, tags=(region,), checksum="phonenumbers", state=state
        )

    # A word of three capitals or more: the vanity part of a number ("FLOWERS", "DDA").
    _VANITY_WORD = re.compile(r"[A-Z]{3}")
    # A bare area code joined to the rest by a hyphen ("800-GOT-JUNK"); without one, or a
    # calling code, trunk prefix or parentheses, the digits are a street number.
    _VANITY_HYPHEN = re.compile(r"[0-9]{3,4}-")

    def _vanity(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """A number with letters for digits (``phone_vanity``), in prose or alone.

        A word of three capitals or more among its groups, the letters read as the keypad's
        digits (``phonenumbers``' own table), and the number valid in a plan read as a
        toll-free, premium-rate, shared-cost or universal-access line, written as its plan
        dials it (:meth:`_as_dialled`) and opened by a "+", a trunk prefix, parentheses or an
        area code and a hyphen: the lines that
        advertise themselves in words. Not in a log or CSV record (a line that is only the
        number is a value on its own), where capitals after digits are levels, codes and units.
        """
        cand = text[start:end]
        if cand[0] not in "+(01" and self._VANITY_HYPHEN.match(cand) is None:
            return None  # "800 BROADWAY": a street number and its street in capitals
        if self._VANITY_WORD.search(cand) is None or (
            _machine_line_at(text, start, -1, _scan_lines(state))
            and not _whole_line(text, start, end)
        ):
            return None
        key = (cand, "vanity")
        try:  # one lookup: a memo may be cleared between two (full, or forgotten)
            region = self._cache[key]
        except KeyError:
            region = self._cache.put(key, self._vanity_region(cand))
        if region is None:
            return None
        return _finding(self, text, start, end, pattern, tags=(region,), checksum="phonenumbers")

    def _vanity_region(self, cand: str) -> str | None:  # noqa: PLR0911 - one return per reading
        """The region of a vanity number's line (:meth:`_vanity`), or ``None``.

        The plans read follow the opening: one parse after "+"; North America's (ten digits,
        or eleven after its trunk 1) after "1", "(" or a bare area code; the closed plans
        outside it after a trunk 0 (nine to twelve digits): each candidate costs a few
        parses at most, and a run of words and numbers (``137 PORT 10``) none.
        """
        import phonenumbers
        from phonenumbers import PhoneNumberType

        lines = (
            PhoneNumberType.TOLL_FREE,
            PhoneNumberType.PREMIUM_RATE,
            PhoneNumberType.SHARED_COST,
            PhoneNumberType.UAN,
        )
        number = phonenumbers.convert_alpha_characters_in_number(cand)
        digits = "".join(c for c in number if c.isdigit())
        if cand[0] == "0":
            if not 9 <= len(digits) <= 12:
                return None
            # After a trunk 0 the national number is the digits after it in every plan that
            # dials 0: parsed once, then typed in each closed plan outside North America
            # (Germany's and Austria's open plans hold most digit strings valid: not read).
            try:
                national = phonenumbers.parse(number, "GB").national_number
            except phonenumbers.NumberParseException:
                return None
            for region in self._outside_nanp():
                if region in self._OPEN_PLANS:
                    continue
                code = phonenumbers.country_code_for_region(region)
                num = phonenumbers.PhoneNumber(country_code=code, national_number=national)
                if phonenumbers.number_type(num) in lines and self._as_dialled(num, number):
                    return phonenumbers.region_code_for_number(num) or region
            return None
        if cand[0] != "+" and not (len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")):
            return None
        try:
            num = phonenumbers.parse(number, None if cand[0] == "+" else "US")
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.number_type(num) in lines and (
            cand[0] == "+" or self._as_dialled(num, number)
        ):
            return phonenumbers.region_code_for_number(num) or ""
        return None

    @staticmethod
    def _as_dialled(num: Any, written: str) -> bool:
        """Whether ``written`` holds ``num``'s digits as its plan dials them at home.

        Its national layout, or that with the plan's trunk prefix before it ("1-800-..." in
        North America, whose layout leaves the 1 out): "842 GRASSE" is no French "0842 ..."
        (a street number and a town in an address).
        """
        import phonenumbers

        digits = "".join(c for c in written if c.isdigit())
        national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        national = "".join(c for c in national if c.isdigit())
        region = phonenumbers.region_code_for_number(num)
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
        prefix = (meta.national_prefix or "") if meta is not None else ""
        return digits in (national, prefix + national)

    @staticmethod
    def _keyed(text: str, start: int, pattern: Pattern) -> bool:
        """Whether the ``phone`` pattern's candidate is the value of a key (after ``=``).

        (``phone_keyed`` candidates follow a key that names a phone: no layout is required.)
        """
        return pattern.name == "phone" and text[start - 1 : start] == "="

    # Where a phone candidate may start inside a longer one (the pattern's own first test).
    _NEXT_START = re.compile(r"(?<![+\-./#@\\])(?<!" + _SPACED_WORD + r")[+(0-9]")

    def _evaluate_at(  # noqa: C901, PLR0911, PLR0912 - a chain of cheap rejections, then the checks
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        cand = text[start:end]
        if cand.count(".") >= 3 and _has_ipv4(cand):
            return None  # "10.1.2.3", "80 - 183.60.244.30": an address is no phone number
        digits = len(cand.translate(_NOT_DIGITS)) if cand.isascii() else sum(map(str.isdigit, cand))
        if digits < 7:  # cheap reject: versions, short numbers
            return None
        if digits == 8 and self._DATE.fullmatch(cand) is not None:
            return None  # "03-04-2017 23:46:11": a date (day or month first)
        if digits == 8 and self._years(cand):
            return None  # "Tel Aviv 2023-2024 season", "2019\u20142020": a span of years
        if "00000000" in cand and not (
            cand[0] == "+" and self._country(cand.translate(_NOT_DIGITS), grouped=False)
        ):
            # "0045 00000000": a zero-padded field of a dump. Only a "+" and a number valid
            # in its plan is read so ("+33600000000", a form's placeholder of a mobile).
            return None
        if state is not None and self._needs_word(text, start, end, cand, state):
            return None
        if start >= 4 and self._in_iban(text, start):  # "XX99" fits before it
            return None
        if self._log_header(text, start, end) or self._in_dump(text, start, end):
            return None
        # (an extension's space and full stop part no digit groups: "+33 6 12 34 56 78 ext. 456")
        number = self._EXT.sub("", cand) if "x" in cand or "X" in cand else cand
        if self._ONE_BY_ONE.fullmatch(number) is not None:
            # "Phone: 0 7 7 0 0 9 0 0 1 2 3": the digits spaced one by one, as a number is
            # read out or typed to be read (see _one_by_one); else a column of small numbers.
            return self._one_by_one(text, start, start + len(number), number, pattern, state)
        if number.count(" ") + number.count("-") + number.count(".") > 7 or self._in_column(
            text, start, cand
        ):
            return None  # "1 2 3 4 5 6 7 8", "200 200 981 2481": numbers, not a phone number
        start, cand = self._parentheses(text, start, cand)
        if self._plus_apart(text, start):
            # "+ (36) 1 441-4000": the "+" set apart by a space. Only a number valid in its
            # calling code's plan is read so; else the digits are read as they stand.
            f = self._check(text, start - 2, start + len(cand), "+ " + cand, pattern, state)
            if f is not None and f.evidence.tags:
                return f
        # The value of a key ("value=020 7946 0018"): in machine text most numbers there are
        # ids, counters and ports, so only a separated phone layout is one (see _check).
        keyed = self._keyed(text, start, pattern) and cand[0] != "+"
        # A phone word joined to its number by a hyphen ("Phone-415-666-7777", "Tel-020 7946
        # 0018"): a layout that needs no word, not digit groups a date or version could be
        # ("mobile-20231011.log", "fax-1.2.3-456789").
        hyphened = pattern.name == "phone_keyed" and self._hyphen_key(text, start)
        # Try the whole candidate, then without trailing space-separated groups
        # ("555-123-4567 12 items", "555-123-4567 4111 1111 1111": a card number follows).
        for _ in range(5):
            if self._catalogue_cell(text, start, start + len(cand)):
                return None
            f = self._check(
                text, start, start + len(cand), cand, pattern, state, keyed=keyed, laid=hyphened
            )
            if f is not None:
                return f
            head, sep, _tail = cand.rpartition(" ")
            if not sep:
                return None
            cand = head.rstrip(" -.(")
            if sum(c.isdigit() for c in cand) < 7:
                return None
        return None

    # Digits spaced one by one (a space, or a few where the number's groups part): eight to
    # fifteen of them, a trunk 0 or a calling code's first digit among them.
    _ONE_BY_ONE = re.compile(r"[0-9](?: {1,3}[0-9]){7,14}")
    _ONE_BY_ONE_MORE = re.compile(r" {1,3}[0-9]")

    def _one_by_one(  # noqa: PLR0917 - one candidate, its reading
        self,
        text: str,
        start: int,
        end: int,
        number: str,
        pattern: Pattern,
        state: ScanState | None,
    ) -> Finding | None:
        """A number whose digits are spaced one by one ("call me at 0 2 0 7 9 4 6 0 0 1 8").

        So a number is written to be read out, or typed in a form's boxes; so is a column of
        small numbers ("1 2 3 4 5 6 7 8 9", a row of counts). Read only where a phone word
        labels it (a context word near, no negative word nearer: "order 1 2 3 ..." stays
        out), right before it ("Phone: ...") or in a line of prose (in a log or CSV record
        a word further off labels no run of counts), and only as a number valid in a plan
        the word, the script or the detector names (not merely of a possible length).
        The span ends with its last digit, an extension left out.
        """
        if self._ONE_BY_ONE_MORE.match(text, end) is not None or not self.context_possible(
            text, start, end, state
        ):
            # (more digits spaced so after it: the pattern's candidate cut a longer run)
            return None
        if self._machine_around(text, start, end, number):
            # ("call" right before labels no run in a record: "RPC call 1 2 3 ...")
            label = self._LABEL_BEFORE.search(text, max(0, start - 32), start)
            if label is None or label[0].lower().startswith("call"):
                return None
        score, words = self.score(text, start, end, 0.0)
        if score <= 0:
            return None
        regions = tuple(dict.fromkeys(self._hinted(text, start, end, words) + self.regions))
        region = self._parse(number.replace(" ", ""), regions)
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, base=0.3, tags=(region,), checksum="phonenumbers"
        )

    # How far each side of a number spaced one by one its line is read (a longer line is
    # machine text to _machine_around: no candidate reads a long line whole).
    _ONE_BY_ONE_LINE = 160

    @classmethod
    def _machine_around(cls, text: str, start: int, end: int, number: str) -> bool:
        """Whether the line of a number spaced one by one is machine text, read as written.

        The line is tested with the number's digits joined: eleven digits spaced one by one
        are eleven numbers to the machine-text test, which reads "call me at 0 2 0 7 9 4 6
        0 0 1 8" as a row of counts. A line longer than :attr:`_ONE_BY_ONE_LINE` characters
        each side of the number is machine text.
        """
        reach = cls._ONE_BY_ONE_LINE
        ls = text.rfind("\n", max(0, start - reach), start) + 1
        le = text.find("\n", end, end + reach + 1)
        if (ls == 0 and start > reach) or (le < 0 and len(text) > end + reach):
            return True
        line = text[ls:start] + number.replace(" ", "") + text[end : len(text) if le < 0 else le]
        return (
            _LOG_OPENING.match(line) is not None or log_record(line) or header_or_machine_line(line)
        )

    _YEAR_RANGE = re.compile(r"((?:19|20)[0-9]{2}) ?[\-/] ?((?:19|20)[0-9]{2})")

    @classmethod
    def _years(cls, cand: str) -> bool:
        """Whether the candidate is a span of years, the later one second ("2023-2024")."""
        m = cls._YEAR_RANGE.fullmatch(cand)
        return m is not None and m[1] < m[2]

    @staticmethod
    def _hyphen_key(text: str, start: int) -> bool:
        """Whether a ``phone_keyed`` value follows its key's hyphen (spaces and a quote between)."""
        k = start
        while k > 0 and text[k - 1] in " \t\"'(":
            k -= 1
        return text[k - 1 : k] == "-"

    @staticmethod
    def _plus_apart(text: str, start: int) -> bool:
        """Whether a "+" and one space open the candidate where a value may start.

        At the start of a line or after an opening bracket, a colon, a comma or a
        semicolon ("Tel: + 36 1 441 4000"), not after a word or a number ("2 + 36 ...",
        "a + (36)": a sum).
        """
        if start < 2 or text[start - 2 : start] != "+ ":
            return False
        k = start - 2
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        return k == 0 or text[k - 1] in "\n\x00([:,;"

    @staticmethod
    def _parentheses(text: str, start: int, cand: str) -> tuple[int, str]:
        """The candidate with the parentheses around it taken in or left out.

        ``(555) 123-4567``: the look-behind refused the opening parenthesis of an area
        code, which belongs to the number; ``iPhone 14 Pro (617-555-3421)``: the whole
        number stands in parentheses, which do not.
        """
        if text[start - 1 : start] == "(" and cand.count(")") > cand.count("("):
            return start - 1, "(" + cand
        end = start + len(cand)
        if cand[0] == "(" and ")" not in cand and text[end : end + 1] == ")":
            return start + 1, cand[1:]
        return start, cand

    @staticmethod
    def _in_iban(text: str, start: int) -> bool:
        """Whether the candidate continues an IBAN's head ("CH93 0076 2011 ...")."""
        head = _IBAN_HEAD_BEFORE.search(text, max(0, start - 6), start)
        if head is None:
            return False
        stop = iban_walk(text, head.start(), min(len(text), start + 60))
        return stop is not None and stop > start

    def _beside_han(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a Chinese mobile number's digits beside Chinese text.

        Its eleven digits unseparated, or in the 3-4-4 groups of its plan parted by spaces
        ("张三 138 0013 8000": the Han text names the plan, as a phone word would).
        """
        n = end - start
        if not (
            (n == 11 and self._CN_RUN.fullmatch(text, start, end) is not None)
            or (n == 13 and self._CN_SPACED.fullmatch(text, start, end) is not None)
        ):
            return False
        before = text[max(0, start - 2) : start].rstrip(" ")[-1:]
        after = text[end : end + 2].lstrip(" ")[:1]
        return self._HAN.fullmatch(before) is not None or self._HAN.fullmatch(after) is not None

    @staticmethod
    def _han_prose(text: str, start: int, state: ScanState | None) -> bool:
        """Whether the line at ``start`` opens as no log record does, and is no record.

        A line of Han words and numbers (an address, a list of contacts: "宝安区新安街道128号
        沙县小吃 张三 13144381379") reads as machine text to the machine-line test; a
        Chinese mobile beside its Han words is still a number there. A log record's line
        (a time and a level before the message, "2024-01-01 12:00:01 INFO 用户 ...") holds
        ids, and is read as before.
        """
        lines = _scan_lines(state)
        ls = _line_start(text, start, lines)
        le = text.find("\n", start)
        le = len(text) if le < 0 else le
        return _LOG_OPENING.match(text, ls) is None and not _line_test(
            log_record, text, ls, le, lines
        )

    @classmethod
    def _layout(cls, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens with a layout that needs no phone word.

        (:data:`_LAYOUT_HEAD`; digits before a hyphen or " (" open such a layout only when
        they are a calling code: a country's number is read only with its code
        (:meth:`_country`), other digit groups need a phone word, "666-90-1235" as well.)
        """
        m = cls._LAYOUT_HEAD.match(text, start, end)
        return m is not None and (m["code"] is None or m["code"] in _calling_codes())

    def _needs_word(self, text: str, start: int, end: int, cand: str, state: ScanState) -> bool:
        """Whether the candidate can only be a phone number with a phone word near, and has none.

        Only an international, national (``0...``) or North American layout is a phone
        number without a phone word near it; other digit groups need one (the "bare" and
        "grouped" shapes of :meth:`_check`). Checked early: most candidates in logs are such
        groups with no phone word anywhere near.
        """
        return (
            cand[0] not in "+(0"
            and text[start - 1 : start] != "("
            and not self._plus_apart(text, start)
            and not self._layout(cand, 0, len(cand))
            and not self._beside_han(text, start, end)
            and not self._alone(text, start, end)
            and not self.context_possible(text, start, end, state)
            and not self._clause_label(text, start, state)
        )

    # What a value on its own is when it is not a phone number: an amount written with a
    # space between thousands, the first group of one or two digits ("1 234 567",
    # "12 345 678"; three digits first, "912 345 678", is a layout of several plans), or a
    # date with any separators ("2024 01 02", "31.12.2019").
    # (The parts of a date, written once for both expressions below.)
    _D, _M, _Y = r"(?:0?[1-9]|[12][0-9]|3[01])", r"(?:0?[1-9]|1[0-2])", r"(?:19|20)[0-9]{2}"
    _NOT_ALONE = re.compile(
        r"[0-9]{1,2}(?: [0-9]{3})+"
        rf"|{_Y}[ \-./]{_M}[ \-./]{_D}|{_D}[ \-./]{_M}[ \-./]{_Y}|{_M}[ \-./]{_D}[ \-./]{_Y}"
    )
    # A calendar date, day or month first, one separator twice and a four-digit year
    # ("03-04-2017", Splunk's and many US logs' "MM-DD-YYYY"; "31.12.2019"): a date
    # whatever the words around it say, never a phone number. So is one year first, with
    # hyphens, after a plus as well (ISO 8601's expanded year: "+2012-05-25"), whatever the
    # year: ISO 8601's four-digit year, month and day ("1582-10-10", "0400-02-29") is a
    # layout no phone plan writes its eight digits in.
    _DATE = re.compile(rf"{_D}([\-./]){_M}\1{_Y}|{_M}([\-./]){_D}\2{_Y}|\+?[0-9]{{4}}-{_M}-{_D}")

    # Digit groups a value on its own must have: two or more, eight digits or more, the
    # last group of two to six digits ("21 23 45 6" is cut short), or of seven after a
    # space or hyphen (an area code and the subscriber number unsplit: "415-6667777",
    # "321 1234567"; "0.1234567" is a decimal), no parentheses (an
    # area code in them is read by the layouts: "(415)-555-01325" is no number), one
    # separator throughout or spaces then a hyphen ("11 3333-4444"; "415-555 0132" is
    # written by no one). Or a calling code written without "+", one space, and the
    # national number unsplit ("91 9876543210"), read as such (:meth:`_alone_number`).
    _ALONE_LAYOUT = re.compile(
        r"(?=(?:[^0-9]*[0-9]){8})(?:[0-9]{1,5}"
        r"(?:([ \-.])(?:[0-9]{1,6}\1)*[0-9]{2,6}|([ \-])(?:[0-9]{1,6}\2)*[0-9]{7}"
        r"|(?: [0-9]{1,6})*-[0-9]{2,6})|[1-9][0-9]{0,2} [0-9]{8,12})"
    )

    # An area code in parentheses, then the subscriber number unsplit or in groups parted
    # by one separator, eight digits or more: "(912) 345-678" (Spain), "(22) 999567894"
    # (Brazil's mobiles). A value on its own so written is read in the closed plans as the
    # other digit groups are (:meth:`_alone_number`); _ALONE_LAYOUT leaves parentheses out.
    _AREA_ALONE = re.compile(
        r"(?=(?:[^0-9]*[0-9]){8})\([1-9][0-9]{1,3}\) ?[0-9]{2,9}"
        r"(?:([ \-.])[0-9]{2,6}(?:\1[0-9]{2,6}){0,2})?"
    )

    def _alone_layout(self, body: str) -> bool:
        """Whether a value on its own is laid out as a phone number's digit groups."""
        return self._ALONE_LAYOUT.fullmatch(body) is not None or (
            body[:1] == "(" and self._AREA_ALONE.fullmatch(body) is not None
        )

    @staticmethod
    def _alone(text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is all of ``text`` but white space around it.

        A text that is only digit groups is a value on its own: a form field, a cell, a
        contact card's line read alone. There the groups need no phone word; they must be a
        number valid in one of the plans read (:meth:`_check`).
        """
        # (At most four white-space characters are read each side.)
        return stands_alone(text, start, end, reach=4)

    _sifts = True

    def _sift(
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """Drop the candidates :meth:`_needs_word` rejects, in one loop (most of them in logs).

        The same test as ``_needs_word`` and :meth:`context_possible`, without the calls
        per candidate.
        """
        marks = state.marks(self._ctx_variants)
        if marks is None or not spans or pattern.name in ("phone_vanity", "phone_glued_area"):
            return spans  # (their layouts say what they are: :meth:`_vanity`, :meth:`_glued_area`)
        text, width, n = state.text, self.context_width, len(marks)
        reach = max(width, self.CLAUSE_REACH)
        layout = self._layout
        keyed = self._keyed
        out = []
        for span in spans:
            start, end = span
            if (
                text[start] in "+(0"
                or (start and text[start - 1] == "(")
                or (start > 1 and text[start - 2] == "+" and self._plus_apart(text, start))
                # a key's value is tried again from a later start (``_evaluate``)
                or keyed(text, start, pattern)
                or layout(text, start, end)
                or self._beside_han(text, start, end)
                or self._alone(text, start, end)
            ):
                out.append(span)
                continue
            i = bisect.bisect_left(marks, start - width if start > width else 0)
            if (i < n and marks[i] < end + width) or (
                # a phone word further back in the clause (read only past a context word)
                start > width
                and (j := bisect.bisect_left(marks, start - reach)) < n
                and marks[j] < start - width
                and self._clause_label(text, start, state)
            ):
                out.append(span)
            elif pattern.name == "phone":
                # tried again from its next group (``_evaluate``): "$20 415-666-7777"
                nxt = self._next_group(text, start, end)
                if nxt > 0 and (
                    text[nxt] in "+(0" or text[nxt - 1] == "(" or layout(text, nxt, end)
                ):
                    out.append(span)
        return out

    def _in_column(self, text: str, start: int, cand: str) -> bool:
        """Whether ``cand`` is space-separated like the number before it (a column)."""
        return (
            cand[:1].isdigit()
            and cand[len(cand) - len(cand.lstrip("0123456789")) :][:1] == " "
            and self._NUMBER_BEFORE.search(text, max(0, start - 18), start) is not None
        )

    def _outside_nanp(self) -> tuple[str, ...]:
        """The detector's regions outside the North American plan (read for other layouts)."""
        return tuple(r for r in self.regions if r not in ("US", "CA"))

    def _shape(self, body: str) -> tuple[str, tuple[str | None, ...]] | None:  # noqa: C901, PLR0911 - one return per layout
        if self._INTL.fullmatch(body) or self._INTL_SLASH.fullmatch(body):
            return "international", (None,)
        m = self._NANP.fullmatch(body)
        if (
            m
            and (m.group(1) is None or m.group(1) == m.group(2) or m.group(1) + m.group(2) == " -")
            and body.lstrip("(")[:1] != "0"
        ):
            # (A North American area code never starts with 0: "052 345 6789" is national.
            # The separators agree, or the area code stands apart: "415 555-0132".)
            return "nanp", ("US",)
        if self._NATIONAL.fullmatch(body):
            return "national", self._outside_nanp()
        if self._TRUNK_8.fullmatch(body):
            return "national", self._TRUNK_8_REGIONS
        if self._TARIFF.fullmatch(body) and self._tariff(body):
            # (Else the groups are read as before: another plan's number, or none.)
            return "tariff", ("DE",)
        if self._CODE_TRUNK.fullmatch(body):
            return "code_trunk", (None,)
        if self._CN_MOBILE.fullmatch(body):
            return "national", ("CN",)
        if (
            self._COUNTRY.fullmatch(body)
            and not self._DATE_HEAD.match(body)
            and self._country(body) is not None
        ):
            # (Not valid with its first group as a calling code, the groups may still be a
            # national number with a context word: "Tel 886-987123456", below.)
            return "country", ()
        if self._BARE.fullmatch(body):
            return "bare", self.regions
        if self._GROUPS.fullmatch(body) and 7 <= sum(c.isdigit() for c in body) <= 13:
            return "grouped", self.regions
        return None

    def _check(  # noqa: C901, PLR0911, PLR0912, PLR0917 - one candidate, its layouts
        self,
        text: str,
        start: int,
        end: int,
        cand: str,
        pattern: Pattern,
        state: ScanState | None,
        *,
        keyed: bool = False,
        laid: bool = False,
    ) -> Finding | None:
        if cand.count("(") != cand.count(")"):
            return None
        body = self._body(cand)
        if not body.strip("+0 -.()"):
            return None  # only zeros ("(00) 00000000"): a register's blank value, no number
        shape = self._shape(body)
        if (
            shape is None
            or (keyed and not self._keyed_layout(shape[0], body))
            or (laid and shape[0] not in self._KEYED_KINDS)
        ):
            # (after "=": a phone layout with its separators, or nothing; after a phone
            # word's hyphen: a layout that needs no word)
            return None
        kind, regions = shape
        han = kind in ("bare", "grouped") and self._beside_han(text, start, end)
        if han:
            kind, regions = "national", ("CN",)
        if (
            kind == "national"
            and body.isdigit()
            and _machine_line_at(text, start, -1, _scan_lines(state))
            # (A Chinese mobile beside Han text keeps its plan in a line that only the
            # machine-text test reads as such: see _han_prose.)
            and not (han and self._han_prose(text, start, state))
            and not _whole_line(text, start, end)
        ):
            # An unseparated run in a log or CSV record: an id without a phone word. (A line
            # that is only the number is a value on its own, a cell or a form field.)
            kind = "bare"
        if (
            kind == "international"
            and body.startswith("00")
            and body.isdigit()
            and _machine_line_at(text, start, -1, _scan_lines(state))
            and not _whole_line(text, start, end)
        ):
            # The same in international form: "00" and an unseparated run in a log or CSV
            # record is a serial or an id (a Palo Alto firewall's "003942130261" after the
            # record's time), a number only with a phone word; a "+" still marks a number.
            kind = "bare"
        alone = (
            kind == "grouped"
            and self._alone_layout(body)
            and self._alone(text, start, end)
            and self._NOT_ALONE.fullmatch(body) is None
            and not self.context_possible(text, start, end, state)
        )
        if alone:
            return self._alone_number(text, start, end, body, pattern, regions)
        if (
            kind in ("bare", "grouped")
            and body.isdigit()
            and self._alone(text, start, end)
            and not self.context_possible(text, start, end, state)
        ):
            return self._alone_run(text, start, end, body, regions)
        label = ""  # a phone word further back in the number's clause (_clause_label)
        context = None  # the context words read for a bare or grouped number
        if kind in ("bare", "grouped"):
            # Any digit groups could be a phone number somewhere: only with a context word.
            words: tuple[str, ...] = ()
            if self.context_possible(text, start, end, state):
                context = self._context_words(text, start, end)
                score, words = self._adjusted(0.0, context)
                if words and score <= 0:
                    return None
            if not words:
                label = self._clause_label(text, start, state)
                if not label:
                    return None
                words = (label,)
            regions = tuple(dict.fromkeys(self._hinted(text, start, end, words) + regions))
        elif kind == "national":
            regions = tuple(dict.fromkeys(self._hinted(text, start, end, ()) + regions))
        if kind == "nanp":
            region = self._nanp(body)
            if region is None and pattern.name == "phone":
                # Laid out as a North American number but outside that plan's rules
                # ("123-456-7890", "555.555.5555"): the digits may still be a number of
                # another plan (phonenumbers holds 1234 567890 British). Only a valid one,
                # not merely one of the right length, and not glued to a word
                # ("uuid": "f123-345-1234" is an id).
                region = self._parse(body, self._outside_nanp()) or None
        elif kind == "country":
            region = self._country(body)
        elif kind == "code_trunk":
            region = self._code_trunk(body)
        elif kind == "tariff":
            region = self._tariff(body)
        else:
            region = self._parse(body, regions)
        if region is None or (
            not region and kind == "national" and self._TRUNK_8_SPACED_RX.fullmatch(body)
        ):
            return None
        base = {"bare": 0.25, "grouped": 0.3, "international": 0.75}.get(kind, pattern.score)
        tags = (region,) if region else ()
        if label:
            # Labelled from further back: a number valid in a plan, not one merely of a
            # possible length; scored as with the label near.
            return self._labelled(text, start, end, pattern, label, base, tags) if region else None
        if context is not None:  # (the words read above: the same window, read once)
            score, words = self._adjusted(base, context)
            evidence = shared_evidence(pattern.name, "phonenumbers", words, tags)
            return new_finding(self.entity, start, end, score, self.name, evidence)
        return _finding(
            self,
            text,
            start,
            end,
            pattern,
            base=base,
            tags=tags,
            checksum="phonenumbers",
            state=state,
        )

    def _labelled(  # noqa: PLR0917 - one candidate, its reading
        self,
        text: str,
        start: int,
        end: int,
        pattern: Pattern,
        label: str,
        base: float,
        tags: tuple[str, ...],
    ) -> Finding:
        """The finding of a number its clause's phone word labels (:meth:`_clause_label`)."""
        score, words = self.score(text, start, end, base + self.context_boost)
        evidence = Evidence(pattern.name, "phonenumbers", (label, *words), tags)
        return new_finding(self.entity, start, end, score, self.name, evidence)

    #: How far back (characters) a phone word may label a number in its own clause.
    CLAUSE_REACH = 120
    # Words between the phone word and the number, at most.
    _CLAUSE_WORDS = 10
    # The phone words that label a number from further back in its clause: the names of a
    # phone, not verbs or words such as "number", "home" or "contact" that name other things.
    # (Each starts with a context word of the detector, so a mark of the scan's context words
    # stands where each begins: see _clause_possible.)
    _CLAUSE_LABELS = ("phone", "telephone", "mobile", "cell", "telefon", "telefoon", "tfno",
                      "tlfno", "telf", "telef", "teléfono", "telefono", "telefone", "téléphone",
                      "móvil", "movil", "celular", "cellulare", "handy", "whatsapp",
                      "portable", "телефон")  # fmt: skip
    _CLAUSE_SHORT = frozenset(("tel", "tlf", "tfn", "fax", "tél"))
    _CLAUSE_HEADS = (*_CLAUSE_LABELS, *sorted(_CLAUSE_SHORT))

    def _clause_possible(self, text: str, start: int, state: ScanState | None) -> bool:
        """A cheap necessary condition for :meth:`_clause_label`: a phone word not far before.

        With the scan's marks of its context words, only the marks in reach are read (a
        phone word starts with a context word, so one of them stands where it begins).
        """
        lo = max(0, start - self.CLAUSE_REACH)
        heads = None if state is None else self._head_marks(state)
        if heads is None:
            near = text[lo:start].lower()
            return any(w in near for w in self._CLAUSE_HEADS)
        i = bisect.bisect_left(heads, lo)
        return i < len(heads) and heads[i] < start

    def _head_marks(self, state: ScanState) -> list[int] | None:
        """Sorted offsets (in the lowered text) where a phone word of ``_CLAUSE_HEADS`` starts.

        The marks of the context words where such a word starts (each starts with one),
        picked once per scan, and not after a letter: :meth:`_clause_label` reads whole
        words, so a phone word inside another ("hotel", "cancelled") labels nothing.
        ``None`` when the scan has no marks (see :meth:`ScanState.marks`).
        """
        memo = state.memo("phone_heads")
        if "at" not in memo:
            marks = state.marks(self._ctx_variants)
            low, heads = state.lower, self._CLAUSE_HEADS
            memo["at"] = (
                None
                if marks is None
                else [
                    m
                    for m in marks
                    if (m == 0 or not low[m - 1].isalpha()) and low.startswith(heads, m)
                ]
            )
        return memo["at"]  # type: ignore[no-any-return]

    def _clause_label(self, text: str, start: int, state: ScanState | None) -> str:
        """The phone word that opens the number's clause, or "".

        A sentence may name the line before giving its number: "llamar al teléfono de
        atención y citas previas del hospital 942 56 21 60". The phone word labels the
        first number after it when only words stand between (no digit, no punctuation but
        a colon right before the number, at most :attr:`_CLAUSE_WORDS` words, none of them
        a word that names another number: "phone support for order 12345678"), within
        :attr:`CLAUSE_REACH` characters, in a line of prose (a log record's words do not
        label its counters).
        """
        if not self._clause_possible(text, start, state):
            return ""
        lo = max(0, start - self.CLAUSE_REACH)
        i = start
        while i > lo and text[i - 1] in " \t":
            i -= 1
        if i > lo and text[i - 1] == ":":
            i -= 1
        j = i
        while j > lo and (text[j - 1].isalpha() or text[j - 1] in " '\u2019-"):
            j -= 1
        words = text[j:i].lower().split()
        if j == lo and lo > 0 and words and text[lo - 1].isalpha() and text[lo].isalpha():
            words = words[1:]  # a word cut by the reach
        for k in range(len(words) - 1, max(-1, len(words) - 2 - self._CLAUSE_WORDS), -1):
            word = words[k].strip("'\u2019-")
            if word in self._CLAUSE_SHORT or word.startswith(self._CLAUSE_LABELS):
                between = " " + " ".join(words[k + 1 :]) + " "
                if any(n in between for n in self._neg) or _machine_line_at(
                    text, start, -1, _scan_lines(state)
                ):
                    return ""
                return word
        return ""

    # Plans with numbers of many lengths (Germany's, Austria's): phonenumbers holds most
    # digit strings of 6 to 13 digits valid there, which says nothing of a value alone.
    _OPEN_PLANS = frozenset({"DE", "AT"})
    # Closed plans read for a value on its own besides the detector's regions, each for the
    # layout its numbers alone cannot be mistaken in: Hong Kong's and Singapore's eight
    # digits in two groups of four ("6123 4567", "6123-6123"; read by :meth:`_alone_number`),
    # China's eleven-digit mobiles unseparated ("13800138000"; :meth:`_alone_run`, which
    # reads nine digits or more, so the eight-digit plans do not reach it). Chinese mobiles
    # in groups stay out ("138 1234 5678" is a column of counts as often).
    _ALONE_GROUPS = ("HK", "SG")
    _FOUR_FOUR = re.compile(r"[0-9]{4}[ \-][0-9]{4}")
    _ALONE_RUNS = ("CN",)

    def _alone_number(  # noqa: PLR0917 - one candidate: its text, offsets and reading
        self,
        text: str,
        start: int,
        end: int,
        body: str,
        pattern: Pattern,
        regions: tuple[str | None, ...],
    ) -> Finding | None:
        """Digit groups that are the whole text, with no phone word to read (:meth:`_alone`).

        A phone number when valid in one of the plans read, or valid with its first group
        as a calling code written without "+" ("353 87 123 4567"); one merely of the right
        length is not enough.
        """
        closed = tuple(r for r in regions if r not in self._OPEN_PLANS)
        region = self._parse(body, closed) or self._country(body)
        if not region and self._FOUR_FOUR.fullmatch(body):
            region = self._parse(body, self._ALONE_GROUPS)
        if not region:
            return None
        return _finding(
            self, text, start, end, pattern, base=0.55, tags=(region,), checksum="phonenumbers"
        )

    # A Unix time in seconds from 2001 to 2033 ("1733385600"): the ten digits a record's
    # timestamp field holds, never read as a phone number (Brazil's plan holds many valid).
    _UNIX_TIME = re.compile(r"1[0-9]{9}")
    #: The evidence pattern of a run of digits read as a number because it stands alone
    #: (:meth:`_alone_run`). A field's value has its field's name to say what it is instead:
    #: records and columns drop these findings (``privkit._fieldnames.read_as_field``).
    RUN_ALONE = RUN_ALONE
    _RUN_ALONE_PATTERN = Pattern(RUN_ALONE, r"[0-9]{9,13}", score=0.55)

    def _alone_run(
        self,
        text: str,
        start: int,
        end: int,
        body: str,
        regions: tuple[str | None, ...],
    ) -> Finding | None:
        """One unseparated run of digits that is the whole text (:meth:`_alone`), no word near.

        A form field or a chat message may hold a number typed without separators
        ("4156667777", "9876543210", "4741414141"). Such a run is a phone number only when
        its plan writes it so: valid with its first digits as a calling code written without
        "+", or a mobile-capable number of a closed plan read, valid as it stands and written
        without a trunk prefix in that plan (North America, Italy, Spain, Mexico, Brazil's
        mobiles; India's mobiles, whose trunk 0 the plan leaves optional). A plan whose
        numbers carry their trunk prefix (Britain's "01733 385600", France's) is not read
        without it, and a Unix time ("1733385600") is none.
        """
        if not 9 <= len(body) <= 13 or (len(body) == 10 and self._UNIX_TIME.fullmatch(body)):
            return None
        closed = tuple(r for r in regions if r and r not in self._OPEN_PLANS)
        region = (
            self._bare_as_written(body, closed)
            or self._coded_run(body)
            or self._bare_as_written(body, self._ALONE_RUNS)
        )
        if not region:
            return None
        return _finding(
            self,
            text,
            start,
            end,
            self._RUN_ALONE_PATTERN,
            base=0.55,
            tags=(region,),
            checksum="phonenumbers",
        )

    def _coded_run(self, body: str) -> str | None:
        """The region of a run that opens with its calling code ("4741414141", "85293785433").

        Ten digits or more, valid in the code's plan, and the digits after the code are the
        national number itself: no trunk prefix between ("32012345678" is no Belgian number
        written "+32 0...").
        """
        if len(body) < 10 or not self._country(body, grouped=False):
            return None
        import phonenumbers

        num = phonenumbers.parse("+" + body, None)
        if str(num.country_code) + phonenumbers.national_significant_number(num) != body:
            return None
        return phonenumbers.region_code_for_number(num) or None

    def _bare_as_written(self, body: str, regions: tuple[str, ...]) -> str | None:
        """The first region whose plan writes ``body`` as it stands, valid and mobile-capable.

        As it stands: the national number is all of ``body`` (no trunk prefix dropped) and
        the plan's national layout either adds no prefix to it or leaves the prefix optional.
        """
        key = (body, "bare:" + ",".join(regions))
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers
        from phonenumbers import PhoneNumberType

        mobile = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        result = None
        for region in regions:
            try:
                num = phonenumbers.parse(body, region)
            except phonenumbers.NumberParseException:
                continue
            if (
                phonenumbers.national_significant_number(num) == body
                and phonenumbers.is_valid_number(num)
                and phonenumbers.number_type(num) in mobile
                and self._written_bare(num, body)
            ):
                result = phonenumbers.region_code_for_number(num) or region
                break
        return self._cache.put(key, result)

    @staticmethod
    def _written_bare(num: Any, nsn: str) -> bool:
        """Whether ``num``'s plan writes it nationally without a trunk prefix (or may)."""
        import phonenumbers

        national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        if "".join(c for c in national if c.isdigit()) == nsn:
            return True
        try:  # (the library's own layout chooser, not public: without it, no optional prefix)
            from phonenumbers.phonenumberutil import _choose_formatting_pattern_for_number
        except ImportError:  # pragma: no cover - a phonenumbers without it
            return False
        region = phonenumbers.region_code_for_number(num)
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region) if region else None
        layout = (
            None if meta is None else _choose_formatting_pattern_for_number(meta.number_format, nsn)
        )
        return bool(layout is not None and layout.national_prefix_optional_when_formatting)

    def _hinted(
        self, text: str, start: int, end: int, words: tuple[str, ...]
    ) -> tuple[str | None, ...]:
        """Regions the phone words' language or the script around the number suggests.

        Tried before the detector's own regions (the first region the number is valid in
        names it), for the layouts read against a list of regions: "电话 010-12345678" is
        tried as a Chinese number first, "teléfono ..." as a Spanish-speaking country's.
        A number valid or possible in no region stays out, hint or not.
        """
        # (The longest word first: "telefono" says more than the "telefon" it starts with.)
        extra = [r for w in sorted(words, key=len, reverse=True) for r in _WORD_REGIONS.get(w, ())]
        lo, hi = own_window(text, start, end, self.context_width)  # not a batch neighbour's
        near = text[lo:hi]
        if not near.isascii():
            near = non_ascii(near)  # (each script's class holds no ASCII character)
            for script, regions in _SCRIPT_REGIONS:
                if script.search(near) is not None:
                    extra.extend(regions)
        return tuple(dict.fromkeys(extra))

    #: The layouts a key's value may have to be read as a phone number without a "+".
    _KEYED_KINDS = frozenset({"international", "nanp", "national", "country", "tariff"})

    def _body(self, cand: str) -> str:
        """The number without its extension, a calling code in parentheses opened.

        ``(+41) 22 730 5989`` and ``+ (41) 22 730 5989`` are read as ``+41 22 730 5989``.
        """
        body = self._EXT.sub("", cand)
        if body.startswith("+ "):  # a "+" set apart: "+ (36) 1 441-4000" (_plus_apart)
            body = "(+" + body[3:] if body[2] == "(" else "+" + body[2:]
        return "+" + body[2:].replace(")", "", 1) if body.startswith("(+") else body

    @classmethod
    def _keyed_layout(cls, kind: str, body: str) -> bool:
        """Whether a key's value is written as a phone number.

        A layout that needs no phone word, in two or more groups (``020 7946 0018``,
        ``(555) 123-4567``), not one run of digits.
        """
        return kind in cls._KEYED_KINDS and sum(body.count(c) for c in " -.()") >= 2

    @staticmethod
    def _nanp(body: str) -> str | None:
        # North American numbering plan rules (area code and exchange start with 2-9, the
        # area code is not an N11 service code): fast, and no list of assigned area codes.
        digits = (
            body.translate(_NOT_DIGITS) if body.isascii() else "".join(filter(str.isdigit, body))
        )
        if len(digits) == 11:
            digits = digits[1:]
        area, exchange = digits[:3], digits[3:6]
        del exchange
        if area[0] in "01" or area[1:] == "11" or len(set(digits)) < 3:
            return None
        return "US"

    def _country(self, body: str, *, grouped: bool = True) -> str | None:
        """The region of ``body`` read with its first group as a calling code, if valid there.

        ``grouped=False``: ``body`` is digits without groups, the calling code read off the
        plan (``"14156667777"`` is +1 415...). A number merely of a possible length is none.
        """
        key = (body, "+" if grouped else "+valid")
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers

        result = None
        try:
            num = phonenumbers.parse("+" + body, None)
        except phonenumbers.NumberParseException:
            num = None
        # The first group must be the whole calling code: "123-456-678-89" parses as +1
        # 234 566 7889, but written so its "123" is no calling code (an id, not a phone).
        code = body[: len(body) - len(body.lstrip("0123456789"))]
        if (
            num is not None
            and (not grouped or str(num.country_code) == code)
            and phonenumbers.is_valid_number(num)
        ):
            result = phonenumbers.region_code_for_number(num) or ""
        return self._cache.put(key, result)

    def _tariff(self, body: str) -> str | None:
        """The region of a service number written with its tariff digit apart, or None.

        Valid in Germany's plan, and written as the plan writes it: the code and the
        tariff digit are the first two groups of ``phonenumbers``' national layout
        (``0900 1 123123``). A number of the open plan merely valid ("0301 5 123456", a
        Berlin line split at random) is not read so.
        """
        key = (body, "tariff")
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers

        m = self._TARIFF.fullmatch(body)
        result = None
        if m is not None:
            digits = "0" + m[1] + m[2] + m[3].replace(" ", "")
            try:
                num = phonenumbers.parse(digits, "DE")
            except phonenumbers.NumberParseException:
                num = None
            if num is not None and phonenumbers.is_valid_number(num):
                laid = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
                if laid.split()[:2] == ["0" + m[1], m[2]]:
                    result = phonenumbers.region_code_for_number(num) or None
        return self._cache.put(key, result)

    def _code_trunk(self, body: str) -> str | None:
        """The region of ``64(0)64123456``: its plan's trunk prefix is 0, the number "+64 ...".

        The number is read as the international layout is (valid, or of a possible length:
        ``_parse``), and only where the code's plan dials 0 at home: "1(0)1234567" is none
        (North America's trunk prefix is 1).
        """
        m = self._CODE_TRUNK.fullmatch(body)
        if m is None or sum(c.isdigit() for c in m[2]) < 6:  # "49(0)1234": too short a number
            return None
        import phonenumbers

        region = phonenumbers.region_code_for_country_code(int(m[1]))
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.national_prefix != "0":
            return None
        return self._parse(f"+{m[1]} {m[2]}", (None,))

    @staticmethod
    def _mexican_mobile(num: Any) -> bool:
        """Whether ``num`` is a Mexican mobile number written with the old "1" after +52.

        Until 2020 a Mexican mobile number was dialled from abroad as ``+52 1`` and its ten
        digits ("+52 1 33 1234 5678"); the plan, and ``phonenumbers``, no longer have the
        "1", but texts written before keep it.
        """
        import phonenumbers

        national = str(num.national_number)
        if num.country_code != 52 or len(national) != 11 or national[0] != "1":
            return False
        return bool(phonenumbers.is_valid_number(phonenumbers.parse("+52" + national[1:])))

    # Plans that lengthened every number by digits put before it: Benin's eight digits took
    # "01" in 2024, Côte d'Ivoire's an operator's two digits in 2021 ("+229 21 30 78 98" is
    # now "+229 01 21 30 78 98"). Texts and forms written before keep the former length, and
    # ``phonenumbers`` holds only the new one.
    _LENGTHENED: ClassVar[dict[int, tuple[str, ...]]] = {
        229: ("01",),
        225: ("01", "05", "07", "21", "25", "27"),
    }
    _FORMER_LENGTH = 8

    @classmethod
    def _former_length(cls, num: Any) -> str | None:
        """The region of a number written after "+" in its plan's former length, or None.

        The national number has the former length and, with one of the digits its plan put
        before every number, is valid in the plan now.
        """
        import phonenumbers

        national = phonenumbers.national_significant_number(num)
        heads = cls._LENGTHENED.get(num.country_code, ())
        if not heads or len(national) != cls._FORMER_LENGTH:
            return None
        for head in heads:
            new = phonenumbers.parse(f"+{num.country_code}{head}{national}")
            if phonenumbers.is_valid_number(new):
                return phonenumbers.region_code_for_number(new) or None
        return None

    def _parse(self, body: str, regions: tuple[str | None, ...]) -> str | None:
        key = (body, ",".join(r or "" for r in regions))
        try:  # one lookup (see _vanity)
            return self._cache[key]
        except KeyError:
            pass
        import phonenumbers

        # (The international prefix 00 stands for "+"; written after one, "+0034 948 255
        # 400", it is the prefix written twice. "0000 4351 ..." is no prefix at all.)
        number = "+" + body[2:] if body.startswith("00") else body
        if body.startswith("+00"):
            number = "+" + body[3:]
        result = None
        for region in regions:
            try:
                num = phonenumbers.parse(number, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                result = phonenumbers.region_code_for_number(num) or ""
                break
            if result is None and phonenumbers.is_possible_number(num):
                result = ""  # possible (right length) but not an assigned range
            if not result and number[0] == "+" and self._mexican_mobile(num):
                result = "MX"
                break
            if not result and number[0] == "+" and (former := self._former_length(num)):
                result = former
                break
        return self._cache.put(key, result)


# A line that opens like a log record (a digit, bracket, angle bracket, brace or level word)
# or like a header (``Referer: <url>``); an HTTP method right before a URL (a request line).
_LOG_OPENING = re.compile(
    r"[ \t]*(?:[0-9\[<{]|(?i:info|warn|warning|error|debug|trace|fatal|notice|crit)\b)"
)
_HEADER_OPENING = re.compile(r"[ \t]*([A-Za-z][\w\-]{0,60})[ \t]*:[ \t]*\Z")
# A line that opens with ``Name:`` (a header line when it stands in a block of such lines).
_NAME_OPENING = re.compile(r"[ \t]*[A-Za-z][\w\-]{0,60}[ \t]*:")
# Header and field names whose value is a machine endpoint or a requested resource
# (HTTP request and response headers, feed and config keys), header block or not.
_ENDPOINT_KEY = re.compile(
    r"(?i:referr?er|origin|location|host|link|url|uri|href|src|endpoint|redirect(?:_?ur[il])?"
    r"|callback(?:_?url)?|webhook(?:_?url)?|upstream|proxy|via|base(?:_?url)?|server|path"
    r"|request(?:_?ur[il])?|resource|target|homepage_?url|repository|registry|mirror|remote)"
)
# Field names whose value is a person's own site or profile ("Homepage:", "Website:",
# "LinkedIn:" in a contact record): a labelled value, block of fields or not.
_SITE_FIELD = re.compile(
    r"(?i:(?:personal[_\-]?)?(?:home[_\-]?page|web[_\-]?site|blog|profile|portfolio"
    r"|linkedin|twitter|github|facebook|instagram|mastodon))"
)
_METHOD_BEFORE = re.compile(
    r"(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|CONNECT|TRACE|PROPFIND)[ \t]\Z"
)
# Query keys whose values are personal data or identify a person, account, session, device
# or browser (``?email=``, ``&uid=``, ``;jsessionid=``). Matched on the lower-cased key with
# ``-``/``.`` read as ``_``.
_PERSONAL_KEY = re.compile(
    r"(?:[a-z0-9]{0,20}_)?(?:e?mail(?:_?address)?|email_?id|user(?:_?(?:id|name|email))?"
    r"|uid|guid|uuid|login|account(?:_?id)?|customer(?:_?id)?|member(?:_?id)?|person(?:_?id)?"
    r"|(?:first|last|full|given|family|sur|display)_?name|name|phone|tel|mobile|msisdn|ssn"
    r"|dob|birth_?date|address|addr|zip|postcode|lat|lon|lng|ip|client_?ip"
    r"|(?:access|id|refresh|auth|api|session|csrf|xsrf)?_?token|api_?key|apikey|secret"
    r"|password|passwd|pwd|pass|sig|signature|auth|session(?:_?id)?|sess_?id|sid|jsessionid"
    r"|phpsessid|aspsessionid\w*|visitor(?:_?id)?|vid|anon(?:ymous)?_?id|cid|client_?id|device"
    r"|device_?id|idfa|idfv|gaid|adid|android_?id|imei|fingerprint(?:_?id)?|fp_?id|ga|gclid"
    r"|fbclid|msclkid|dclid|mc_eid|trk|tracking_?id|subscriber(?:_?id)?)"
)
_QUERY_PAIR = re.compile(r"(?:^|(?<=[?&;#]))([^=&;#?]{1,64})=([^&;#]{1,2048})")
_PLACEHOLDER_VALUES = frozenset({"-", "null", "none", "undefined", "true", "false", "0", "1"})
# A name key qualified by the thing it names, which is no person ("domain_name", "zone-name",
# "service_name"): matched on the normalised key before ``_PERSONAL_KEY``'s "any qualifier,
# then name". Person qualifiers ("user_name", "customer_name", "display_name") stay personal.
_THING_NAME_KEY = re.compile(
    r"(?:[a-z0-9]{0,20}_)?(?:domain|host|zone|record|rr|dns|service|server|file|app|bucket|table"
    r"|db|database|class|event|product|project|repo|branch|queue|index|field|tag|region|cluster"
    r"|instance|node|image|package|module|plan|metric|job|task|topic)_name"
)
# A URL that addresses DNS zones or records: a path segment naming them ("/dns/v1/...",
# "/v2/zones?", "/v1/domains?", ".../recordsets?") or a DNS record type in its query
# ("type=A", "record_type=TXT"). There a ``name`` names a record or a zone.
_DNS_PATH = re.compile(r"/(?:dns|zones?|domains?|recordsets?|rrsets?)(?=[/?;:]|\Z)", re.IGNORECASE)
_DNS_TYPE_KEYS = frozenset({"type", "record_type", "rtype", "rrtype", "qtype"})
_DNS_TYPES = frozenset({"a", "aaaa", "cname", "mx", "txt", "ns", "srv", "caa", "ptr", "soa",
                        "alias", "spf", "naptr", "ds", "tlsa", "sshfp", "https", "svcb"})  # fmt: skip
# A host or record name as DNS writes it: letters, digits, hyphens and underscores ("_acme-
# challenge", a service label) in dot-separated labels, the root's dot at the end allowed.
_DNS_NAME = re.compile(
    r"[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,62}))*\.?"
)
# A URL whose path ends at a collection of things an infrastructure API lists (OpenStack's
# "/v3/projects?", "/v2/images?", "/volumes/detail?", a cloud's "/servers?", "/networks?"):
# there a ``name`` or ``display_name`` filter written as one word (an identifier's letters,
# digits, ``-``, ``_``, ``.``) names one of those things, not a person. The collections of
# people ("/users?", "/accounts?", "/members?") are not in the list; DNS zones and domains
# have their own rule (``_DNS_PATH``).
_THING_PATH = re.compile(
    r"/(?:projects|roles|images|volumes|snapshots|backups|servers|instances|vms|networks|subnets"
    r"|ports|routers|flavors|stacks|templates|groups|policies|services|endpoints|regions"
    r"|clusters|nodes|hosts|hypervisors|datastores|datacenters|folders|buckets|containers"
    r"|keypairs|os-keypairs|security[-_]groups|tags|labels|queues|topics|repos|repositories"
    r"|credentials|disks|storages?|plans|tenants|aggregates|types|pools"
    r"|loadbalancers|listeners|secrets|orchestration|deployments)(?:/detail)?/?\Z",
    re.IGNORECASE,
)
_THING_FILTER_KEYS = frozenset({"name", "display_name"})
# A constant's name built on a placeholder word, which a cassette's filter or a template
# writes where a credential was ("DUMMY_SIGNATURE", "YOUR_API_KEY", "REDACTED"): capitals and
# underscores only, so a digit or a lower-case letter anywhere makes it an ordinary value.
_PLACEHOLDER_CONSTANT = re.compile(
    r"(?:[A-Z]{1,12}_){0,4}(?:DUMMY|FAKE|PLACEHOLDER|REDACTED|FILTERED|MASKED|CHANGEME|YOUR"
    r"|EXAMPLE|SAMPLE)(?:_[A-Z]{1,12}){0,4}"
)


def _thing_list(url: str, q: int, memo: list[bool] | None) -> bool:
    """Whether ``url``'s path (before ``q``) ends at a list of things (``_THING_PATH``).

    Asked once per URL when a ``memo`` list is given (a URL of many ``name`` pairs).
    """
    if memo:
        return memo[0]
    verdict = _THING_PATH.search(url, 0, q) is not None
    if memo is not None:
        memo.append(verdict)
    return verdict


def _personal_query_value(
    key: str,
    value: str,
    *,
    url: str,
    q: int,
    pairs: list[tuple[Any, str, str]],
    dns: list[bool],
    things: list[bool] | None = None,
) -> bool:
    """Whether a query value (its key normalised) is a personal part of ``url``.

    An e-mail address (``@``, ``%40``) is personal under any key. Otherwise the key must name
    personal data or an identifier (``_PERSONAL_KEY``) and not a thing (``_THING_NAME_KEY``);
    and the value must carry something: a filter's placeholder (no randomness, or a constant
    on a placeholder word) replaced what was there, a ``name`` shaped as a DNS name in a
    URL that addresses DNS (``_DNS_PATH``, a record type in the query) names a record or zone,
    and a ``name`` or ``display_name`` filter on a list of things (``_THING_PATH``) names one.
    ``q`` is where the query opens; ``dns`` (and ``things``) memoise the URL's DNS (and list
    of things) verdict across its pairs.
    """
    if len(value) < 2 or value.lower() in _PLACEHOLDER_VALUES:
        return False
    if "@" in value or "%40" in value.lower():
        return True
    if (
        not _PERSONAL_KEY.fullmatch(key)
        or _THING_NAME_KEY.fullmatch(key)
        # "/v3/projects?name=p-foobar69": a thing's name, filtering a list of things
        or (
            key in _THING_FILTER_KEYS
            and _DNS_NAME.fullmatch(value) is not None  # one word: "Jane+Doe" stays a name
            and _thing_list(url, q, things)
        )
    ):
        return False
    if _no_entropy(value) or _PLACEHOLDER_CONSTANT.fullmatch(value):
        return False
    if key == "name" and _DNS_NAME.fullmatch(value):
        if not dns:
            dns.append(
                _DNS_PATH.search(url, 0, q) is not None
                or any(k in _DNS_TYPE_KEYS and v.lower() in _DNS_TYPES for _, k, v in pairs)
            )
        return not dns[0]
    return True


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
_LINK_TOKEN = re.compile(r"[A-Za-z][\w+.\-]{0,15}://\S{0,2048}")
# The same with the marks glued before it that open no field (a bracket, a backslash, a
# character other than ASCII that is no letter or digit: "(https://a.example/, (https://b...",
# "\u00a1https://...", an emoji and its joiner), and a mail link ("mailto:jane@example.org"):
# read only when a line reads as a record with the plain tokens left out (a pass over a line
# dense with links costs twice the plain one's).
_MARKED_LINK_TOKEN = re.compile(
    r"(?:[(\[{<\\]|[^\w\s\x00-\x7f]){0,8}"
    r"(?:[A-Za-z][\w+.\-]{0,15}://|(?<![\w.+\-])(?i:mailto):)\S{0,2048}"
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


# The bracket that closes one opened right before a URL (``_before_closer``).
_CLOSERS = {"[": "]", "(": ")"}


def _before_closer(text: str, start: int, end: int) -> str:
    """``text[start:end]``, cut where a bracket opened right before it closes.

    A URL ends at the bracket that closes the one opened before it, even with text glued
    after (``[http://example.com/a]more``, ``(http://example.com/a)b``), unless the URL
    opened one of its own first (``(https://en.wikipedia.org/wiki/A_(b))``).
    """
    value = text[start:end]
    closer = _CLOSERS.get(text[start - 1 : start])
    cut = -1 if closer is None else value.find(closer)
    return value[:cut] if cut > 0 and text[start - 1] not in value[:cut] else value


# A link in angle brackets opening a line ("<https://example.com/a>"; "<example.com>",
# "<example.com/a>" as linkifiers take one without a scheme), in square brackets as wiki
# markup writes one ("[https://example.com/a Title]"), or a Markdown link's target
# ("[the docs](https://example.com/a)"). The match ends at the bracket before the link.
_AUTOLINK_OPENING = re.compile(
    r"[ \t]*(?:(?:[<\[]|\[[^\[\]\n]{1,200}\]\()(?=[A-Za-z][\w+.\-]{0,15}://)"
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
    r"[ \t]{0,3}\[" + _LINK_LABEL + r"\]:[ \t]{1,8}<?[A-Za-z][\w+.\-]{0,15}://"
    r"|[ \t]*(?:\.\. _[^:\n]{0,200}:|__)[ \t]{1,8}[A-Za-z][\w+.\-]{0,15}://"
    r"|[ \t]*\|[^\n]*\|[ \t]*\Z"
)
# (Its mark is read first, then what stands before it: led by the look-behind, the search
# tried it at every character of a log line; led by a mark, the engine skips from one mark
# to the next.)
_RICH_EMPHASIS = re.compile(
    r"([*_~])(?:(?<=^.)|(?<=[\s(\[].))\1{0,2}(?=[A-Za-z][\w+.\-]{0,15}://|(?i:www\.))",
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


# A link's target in a document's element: ``<a href="``, ``<img src="`` (a quote opening it).
_LINK_ATTRIBUTE = re.compile(r"<(?i:a|img)\s[^<>\n]{0,2048}?\b(?i:href|src)[ \t]*=[ \t]*\Z")


def _link_attribute(text: str, quote: int) -> bool:
    """Whether the quote at ``quote`` opens the link target of an anchor or image element.

    ``<a href="https://example.com/">`` quotes the link a reader follows, not a record's
    field; only the element's own tag, up to 2,048 characters back, is read.
    """
    return _LINK_ATTRIBUTE.search(text, max(0, quote - 2060), quote) is not None


def _links_in_prose(line: str) -> bool:
    """Whether a line is a sentence once its links are left out of the word count.

    The machine-text test counts the words of a line: a tweet or a chat message of several
    links (``test http://a.example/ http://b.example/``), a line listing sites (``vine.co
    twitch.tv t.co``) or a Japanese sentence around links has few, and read as a record. The
    test is asked again without the scheme URLs and sites' names (:data:`_SITE_TOKEN`), each
    run of Han, kana, Hangul or Thai letters counted as one word. A line that opens with a
    name and a colon (a header, ``Link: <https://...>``) stays machine text.
    """
    if _FIELD_OPENING.match(line):
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


# A field line of an event's rendering: a label (a CamelCase identifier, or two to four
# capitalised words: one name alone is a chat's speaker, "Anna: 5pm?"), a colon, then a value
# opening with a token that holds a digit ("MinimumPasswordLength: 7", "Client SID:
# S-1-5-21-...", "Process ID: 0x1f4").
_RECORD_FIELD = re.compile(
    r"[ \t]{0,12}(?:[A-Z][a-z]{0,40}[A-Z][A-Za-z]{0,40}|[A-Z][A-Za-z]{0,40}(?: [A-Z][A-Za-z]{0,40})"
    r"{1,3})[ \t]?:[ \t]+[^\s0-9]{0,24}[0-9]"
)
# The words a system's message points to its documentation with, right before the link: "For
# more information (please) see", "for details visit", "learn more at", "see also". A personal
# page in a note or a ticket is not introduced so ("her profile https://...").
_DOC_POINTER = re.compile(
    r"(?i:(?:for (?:more |further |additional )?(?:information|info|details|help)"
    r"|learn more|read more|more info|see also|documentation|docs)[^\n.]{0,24}"
    r"(?:\b(?:see|visit|at|go to|refer to|read)\b|:)[ \t]{1,4})\Z"
)
#: Lines each way, and characters each way, read around a sentence for its record's fields.
RECORD_LINES = 8
RECORD_REACH = 2048


def _record_sentence(text: str, ls: int, lines: dict[Any, Any] | None) -> bool:
    """Whether the prose line at ``ls`` is a sentence of a log record's message.

    A system writes an event's message as sentences around its fields ("Client SID:
    S-1-5-21-... from network address: 10.0.0.5", "MinimumPasswordLength: 7") and points to
    its documentation in a sentence ("For more information see https://go.microsoft.com/
    fwlink/?LinkId=2097191."): a line is such a sentence when one of the
    :data:`RECORD_LINES` lines around it in its record (up to a NUL, which ends a text that
    :meth:`Scanner.scan_many` joins) is a field line (:data:`_RECORD_FIELD`), a log record or
    machine text. A chat transcript's line is what someone said, and a text of one line
    (a sentence, a tweet) has no record around it. Memoised in ``lines`` by the line's start,
    and each line read around by its bounds: a line is judged once however many sentences
    read it (a text of sentences and fields read each line 16 times); and a sentence among
    lines already read clear reads only the lines past them (:func:`_record_in_clear`), not
    the sixteen again.
    """
    verdict = None if lines is None else lines.get(("record", ls))
    if verdict is not None:
        return bool(verdict)
    le = text.find("\n", ls)
    verdict = (
        (le >= 0 or ls > 0)
        and not chatting(text[ls : le if le >= 0 else len(text)])
        and _record_around(text, ls, le, lines)
    )
    if lines is not None:
        lines["record", ls] = verdict
    return verdict


def _record_around(text: str, ls: int, le: int, lines: dict[Any, Any] | None) -> bool:
    """Whether one of the lines around the line at ``ls`` (ending at ``le``) is a record's.

    (:func:`_record_sentence`'s reading.) Inside the run of lines already read clear
    (:func:`_record_in_clear`), only the lines past it; else all of them, nearest first and
    up to the first of a record (:func:`_record_line`): a sentence next to a field line
    reads that line alone, not the sixteen lines' bounds. When none is, those lines and the
    line itself, if it is none either, are the run kept in ``lines``.
    """
    lo, hi = own_window(text, ls, le if le >= 0 else len(text), RECORD_REACH)
    if (
        lines is not None
        and (verdict := _record_in_clear(text, ls, le, (lo, hi), lines)) is not None
    ):
        return verdict
    around: list[tuple[int, int]] = []
    for a, b in _lines_around(text, lo, ls, le, hi):
        around.append((a, b))
        # (the memo read here: a sentence among sentences reads known lines)
        one = None if lines is None else lines.get(("record line", a, b))
        if one is None:
            one = _record_line(text, a, b, lines)
        if one:
            return True
    if lines is not None and le >= 0 and _judged_clear(text, ls, le, lines):
        # the run: the lines read and the line itself, less a line cut at the window's
        # edge (its bounds are another window's part of it)
        run_lo, run_hi = ls, le
        for a, b in around:
            if b < ls and (a == 0 or text[a - 1] == "\n"):
                run_lo = a
            elif b > ls and b < len(text) and text[b] == "\n":
                run_hi = b
        lines["record run"] = (run_lo, run_hi)
    return False


def _record_in_clear(
    text: str, ls: int, le: int, window: tuple[int, int], lines: dict[Any, Any]
) -> bool | None:
    """:func:`_record_around` for a line inside or right after the run of lines read clear.

    The run, ``lines["record run"]``, is ``(start, end)``: every whole line in
    ``text[start:end]`` (bounded by newlines, or by the text's start) was read and is no
    record's line, a fact of the line whoever asked it. When the :data:`RECORD_LINES` lines
    before ``ls`` are whole lines of the window ``(lo, hi)`` inside the run (nine newlines
    between ``max(start, lo)`` and ``ls``: counted, not walked), only the lines after ``le``
    past the run are read, one at a time, and the run grows by those read clear: a window
    slides by as many lines as the sentences are apart, at one line read per new line.
    None when the line's window is not so (near the run's start, the window's start or a
    NUL among the lines before, a run elsewhere): the full reading then.
    """
    run = lines.get("record run")
    lo, hi = window
    if run is None or le < 0 or le >= hi:
        return None
    run_lo, run_hi = run
    if not run_lo <= ls <= run_hi + 1 or text.count("\n", max(run_lo, lo), ls) <= RECORD_LINES:
        return None
    if run_hi < le:  # (the line right after the run: read for the run, not for the verdict)
        if not _judged_clear(text, ls, le, lines):
            return None
        run_hi = le
    if run_hi >= hi:
        return None  # (the lines after are cut at the window's edge)
    n = text.count("\n", le + 1, run_hi + 1)
    a = run_hi + 1
    verdict = False
    while n < RECORD_LINES:
        nl = text.find("\n", a, hi)
        b = nl if nl >= 0 else hi  # (as _lines_around: the last line cut at the window's end)
        one = lines.get(("record line", a, b))
        if one is None:
            one = _record_line(text, a, b, lines)
        if one:
            verdict = True
            break
        if nl < 0:
            break  # (the window's last line, kept out of the run)
        n, a = n + 1, nl + 1
    lines["record run"] = (run_lo, a - 1)
    return verdict


def _judged_clear(text: str, ls: int, le: int, lines: dict[Any, Any]) -> bool:
    """Whether the sentence's own line ``text[ls:le]`` is no record's line, from its verdict.

    Read only when the line's tests are in ``lines`` (its machine-text verdict asked them,
    as the URL detector does first): a line asked about for its record alone is not read
    for the run (it reads as False then).
    """
    one = lines.get(("record line", ls, le))
    if one is None:
        if (log_record, ls, le) not in lines or (header_or_machine_line, ls, le) not in lines:
            return False
        one = _record_line(text, ls, le, lines)
    return not one


def _lines_around(text: str, lo: int, ls: int, le: int, hi: int) -> Iterator[tuple[int, int]]:
    """The bounds of the :data:`RECORD_LINES` lines before ``ls`` and after ``le`` in ``lo:hi``.

    The lines that splitting ``text[lo:ls]`` and ``text[le + 1 : hi]`` at newlines gives,
    the last :data:`RECORD_LINES` before (not the empty piece after the final newline) and
    the first after, the farthest possibly cut at ``lo`` or ``hi``; nearest first, without
    the slices.
    """
    b, n = ls - 1, 0  # (the newline that ends the line before)
    while n < RECORD_LINES and lo < ls and b >= lo:
        nl = text.rfind("\n", lo, b)
        yield (nl + 1 if nl >= 0 else lo), b
        n += 1
        if nl < 0:
            break
        b = nl
    if not 0 <= le < hi:
        return
    a, n = le + 1, 0
    while n < RECORD_LINES:
        nl = text.find("\n", a, hi)
        yield a, (nl if nl >= 0 else hi)
        n += 1
        if nl < 0:
            break
        a = nl + 1


def _record_line(text: str, start: int, end: int, lines: dict[Any, Any] | None) -> bool:
    """Whether ``text[start:end]`` is a field line, a log record or machine text (memoised)."""
    key = ("record line", start, end)
    verdict = None if lines is None else lines.get(key)
    if verdict is None:
        line = text[start:end]
        verdict = bool(line.strip()) and (
            _RECORD_FIELD.match(line) is not None
            or _line_test(log_record, text, start, end, lines)
            or _line_test(header_or_machine_line, text, start, end, lines)
        )
        if lines is not None:
            lines[key] = verdict
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


def _machine_context_at(text: str, start: int, state: ScanState) -> bool:
    """:func:`_machine_context` with the scan's URL line memo, memoised by position.

    The URL detector asks it of a link's start twice: before evaluating a candidate and for
    the finding it gives.
    """
    seen = state.memo("url_machine_context")
    verdict = seen.get(start)
    if verdict is None:
        verdict = seen[start] = _machine_context(text, start, state.memo("machine_lines"))
    return verdict


def _machine_context(text: str, start: int, lines: dict[Any, Any]) -> bool:
    """Whether the URL at ``start`` sits in machine text rather than in a sentence.

    Machine text: a log record or header line, a JSON / key=value / tab-separated line
    (:func:`~privkit.detect._ner.machine_line`), or a field value (right after ``=``, a tab or an
    HTTP method). ``lines``, the scan's memo, keeps what holds for the whole line in one
    entry (by its start offset): whether it is machine text, where a header's value may open
    on it and whether it is one (:func:`_header_opening`), and (read when first asked)
    whether it is a record's sentence. A text dense with links asks it of each link on the
    line.
    """
    ls = _line_start(text, start, lines)
    line = lines.get(("url line", ls))
    if line is None:
        machine = _machine_line_at(text, start, ls, lines, for_url=True)
        line = lines["url line", ls] = [machine, *_header_opening(text, ls, lines), None]
    if start > ls and text[start - 1] == "=" and _setting_value(text, start, lines):
        return False  # the value of a line that is one setting ("url=https://...")
    if line[0] and "0" <= text[start] <= "9" and _ip_link_line(text, start, ls, lines):
        return False  # a line that is an address's link alone ("192.168.0.1/admin")
    if (
        line[0]
        or (start > ls and text[start - 1] in "=\t" and not _loose_equals(text, start - 1))
        or (line[1] <= start <= line[2] and line[3])  # the value of a header line
    ):
        return True
    if (
        # (a method's last letter and a space or tab right before: what the search needs)
        start - ls > 1
        and text[start - 1] in " \t"
        and "A" <= text[start - 2] <= "Z"
        and _METHOD_BEFORE.search(text, max(ls, start - 12), start) is not None
    ):
        return True
    # (the line's verdict first, read once: the search reads 64 characters)
    if line[4] is None:
        line[4] = _record_sentence(text, ls, lines)
    return line[4] and _DOC_POINTER.search(text, max(ls, start - 64), start) is not None


# A line that is one setting and nothing else: a key glued to its "=" opening the line, then
# one token to the line's end ("homepage=https://jane.example.org/", "url=www.example.org").
# The key is a field's name with a lower-case letter: an environment variable's
# (``API_URL=``) and a dotted property's (``spring.datasource.url=``) configure a program.
_SETTING_LINE = re.compile(
    r"[ \t]{0,12}(?=[A-Z0-9_\-]{0,63}[a-z])[A-Za-z][A-Za-z0-9_\-]{0,63}(=)[^\s=]\S{0,2047}"
    r"[ \t\r]{0,64}(?:\n|\Z)"
)
# A line that is an IPv4 host, a port or none, and a path opening with a letter, and nothing
# else ("192.168.0.1/admin", "10.0.0.1:8080/login"): a link written alone, as a note, a list
# or a form's field holds one. A log record that opens with a client's address holds more on
# its line; a prefix length ("10.0.0.0/8") is no path.
_IP_LINK_LINE = re.compile(
    r"[ \t]{0,12}(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]{1,5})?/[A-Za-z_~%]\S{0,2047}"
    r"[ \t\r]{0,64}(?:\n|\Z)"
)


def _ip_link_line(text: str, start: int, ls: int, lines: dict[Any, Any]) -> bool:
    """Whether the link at ``start`` is an IPv4 host's link that is its line alone.

    The line is :data:`_IP_LINK_LINE` and the lines next to it are no record's and no
    setting's (:func:`_lone_line`): a list of such links, a log's block, is machine text.
    Memoised in ``lines`` by the line's start.
    """
    verdict = lines.get(("ip link", ls))
    if verdict is None:
        m = _IP_LINK_LINE.match(text, ls)
        verdict = (
            m is not None
            # (a block of such links: the line after or before is one too, read first)
            and _IP_LINK_LINE.match(text, m.end()) is None
            and (ls < 2 or _IP_LINK_LINE.match(text, text.rfind("\n", 0, ls - 1) + 1) is None)
            and _lone_line(text, ls, m.end() - (text[m.end() - 1 : m.end()] == "\n"), lines)
        )
        lines["ip link", ls] = verdict
    return verdict and text[ls:start].strip(" \t") == ""


# The schemes of a page a person visits (a setting's link of another scheme, a database's or
# a broker's, names a service: ``UrlDetector``'s machine-text reading keeps it).
_WEB_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "ws", "wss", "sftp"})


def _setting_value(text: str, start: int, lines: dict[Any, Any] | None) -> bool:
    """Whether the link at ``start`` is the value of a line that is one setting, in no record.

    A line that is a key, its ``=`` and the link, and nothing else (``url=https://...``, a
    form's field or a setting written out alone), is no log record: a log line holds more
    than one field, a time or a message, and a configuration's or a record's block of
    ``key=value`` lines is machine text around it (:func:`_lone_line`: the lines next to it
    are read). Such a link, of a web scheme or none
    (:data:`_WEB_SCHEMES`), is reported as in a sentence; the key is no environment
    variable's nor a dotted property's (:data:`_SETTING_LINE`).
    """
    return start > 0 and _setting_start(text, _line_start(text, start, lines), lines) == start


def _setting_start(text: str, ls: int, lines: dict[Any, Any] | None) -> int:
    """Where the value of the line at ``ls`` starts if it is one setting (:func:`_setting_value`).

    -1 if it is none. Memoised in ``lines`` by the line's start.
    """
    value = None if lines is None else lines.get(("setting", ls))
    if value is None:
        m = _SETTING_LINE.match(text, ls)
        value = -1
        if m is not None:
            v = m.end(1)
            sep = text.find("://", v, v + 17)
            le = text.find("\n", v)
            if (sep < 0 or text[v:sep].lower() in _WEB_SCHEMES) and _lone_line(
                text, ls, len(text) if le < 0 else le, lines
            ):
                value = v
        if lines is not None:
            lines["setting", ls] = value
    return value


# A line opening with a key and its "=" (a setting's or a field's, whatever its value).
_KEY_EQUALS_LINE = re.compile(r"[ \t]{0,12}[A-Za-z_][\w.\-]{0,63}[ \t]{0,2}=")


def _lone_line(text: str, ls: int, le: int, lines: dict[Any, Any] | None) -> bool:
    """Whether the lines next to the line ``text[ls:le]`` are no record's and no setting's.

    The nearest line before and after it that is not blank (two blank lines skipped at
    most; a NUL of :meth:`Scanner.scan_many`'s join ends the text) is neither a key's
    ``=`` line (a configuration's block of settings, a record's fields one a line) nor a
    field line, a log record or machine text (:func:`_record_line`, memoised in ``lines``).
    """
    for step in (-1, 1):
        at = ls - 1 if step < 0 else le
        for _ in range(3):
            if at <= 0 or at >= len(text):
                break
            if step < 0:  # (``at`` is the newline that ends the line, or the next one's)
                a, b = text.rfind("\n", 0, at) + 1, at
            else:
                a = at + 1
                b = text.find("\n", a)
                b = len(text) if b < 0 else b
            if b - a < 64 and not text[a:b].strip():
                at = a - 1 if step < 0 else b  # a blank line: the next one
                continue
            if text.startswith("\x00", a):
                break
            if _KEY_EQUALS_LINE.match(text, a, b) or _record_line(text, a, b, lines):
                return False
            break
    return True


def _loose_equals(text: str, at: int) -> bool:
    """Whether the ``=`` at ``at`` opens a word, not a field's value.

    A key is glued before the ``=`` of a field (``url=https://...``); an ``=`` after white
    space, with none between it and the link, is a sentence's mark ("PS =example.com/a, PE").
    """
    return text[at] == "=" and (at == 0 or text[at - 1] in " \n\u00a0")


def _header_opening(text: str, ls: int, lines: dict[Any, Any]) -> tuple[int, int, bool]:
    """Where a header's value may open on the line at ``ls``, and whether the line is one.

    ``(lo, hi, header)``: a value opens at ``lo <= start <= hi`` (after the opening's name,
    colon and the white space after it), and the line is a header line (``Name: value``)
    when its name is an HTTP header (``X-Forwarded-Host``, any name with a hyphen) or an
    endpoint key (``Referer``, ``Location``, ``url``), or when the line before or after it
    also opens with a name and a colon (a header block: HTTP and mail headers, YAML). A lone
    ``Contact: https://jane.example/`` is a labelled value in prose, as is a person's site
    or profile in a contact record's block (``Homepage:``, ``LinkedIn:``). Read once per
    line (the memo ``lines``).
    """
    known = lines.get(("header", ls))
    if known is None:
        opening = _HEADER_AT.match(text, ls)
        if opening is None:
            known = lines["header", ls] = (0, -1, False)
        else:
            lo, hi = opening.end(1), opening.end()  # (the colon's end, the space's end)
            known = lines["header", ls] = (lo, hi, _header_line(text, ls, hi))
    return known


# ``_HEADER_OPENING`` without its end: the name, the colon, then any spaces or tabs.
_HEADER_AT = re.compile(r"[ \t]*[A-Za-z][\w\-]{0,60}[ \t]*(:)[ \t]*")


def _header_line(text: str, ls: int, start: int) -> bool:
    """Whether the line at ``ls``, its opening ending at ``start``, is a header line.

    The rule is :func:`_header_opening`'s, which keeps this verdict for each line.
    """
    m = _HEADER_OPENING.match(text, ls, start)
    if m is None:
        return False
    name = m.group(1)
    # (HTTP's Link header puts its URL in angle brackets, "Link: <https://...>; rel=next": a
    # bare URL after "Link:" is a link someone posts, "Link: https://bit.ly/x".)
    if "-" in name or (_ENDPOINT_KEY.fullmatch(name) and name.lower() != "link"):
        return True
    if _SITE_FIELD.fullmatch(name):
        return False  # a contact record's field ("Homepage: https://jane.example/")
    if ls > 0:
        prev = text.rfind("\n", 0, ls - 1) + 1
        if _NAME_OPENING.match(text, prev, ls):
            return True
    le = text.find("\n", start)
    return le >= 0 and _NAME_OPENING.match(text, le + 1) is not None


# (evidence of a whole URL, part tag) -> the evidence of that part (bounded; cleared when full).
_PART_EVIDENCE: BoundedMemo[tuple[Evidence, str], Evidence] = BoundedMemo(4096)


# A character a URL may hold as written in text. Not the bidirectional controls (LRM, RLM,
# embeddings, isolates): a right-to-left sentence closes its embedding or isolate right
# after a link ("http://twitter.com/\u202c\u2069"), and a URL holds them only percent-encoded.
_URL_CHAR = r"[^\s<>\"'`{}|\\^\x00-\x1f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
# The same, where a "]" that opens a Markdown link's target after its text ends it: "](" then
# a scheme, "www.", a path, a fragment or an angle bracket. A link in the text ends there
# ("[see https://x.org/a](https://x.org/b)"); "](" inside a path ("/foo[1](2)bar") is part
# of it. Only at a "]" is the text after looked at.
_URL_CHAR_IN_TEXT = (
    r"(?:[^\s<>\"'`{}|\\^\x00-\x1f\u200e\u200f\u202a-\u202e\u2066-\u2069\]]"
    r"|\](?!\((?:[A-Za-z][\w+.\-]{0,15}:|(?i:www\.)|[/#<])))"
)


class UrlDetector(PatternDetector):
    """URLs with a scheme (``https://``) or starting with ``www.``.

    In prose the whole URL is reported. In machine text (log records, headers, JSON,
    key=value and tab-separated lines, request lines) a URL is a request path, a referrer or a
    requested resource, which is not personal data by itself: only its personal parts are
    reported, as URL findings over those parts -- the user information (``user:pass@``) and
    the values of query keys that name personal data or an identifier (``email``, ``uid``,
    ``token``, ``session``, ``device_id``...; see ``_PERSONAL_KEY``) or that hold an e-mail
    address; not a value that carries nothing (a thing's name, a filter's placeholder, a
    record's name in a DNS URL; see ``_personal_query_value``). E-mail addresses (``%40`` included), tokens and IP literals inside a URL are still
    reported by their own detectors.

    A line of rich text (HTML of a document's text, Markdown, reStructuredText) is judged by
    its words, without its tags and marks (``_markup_reading``): ``<a href="https://...">``,
    ``- [the docs](https://...)``, ``[1]: https://...`` are links in prose; a quoted ``href``
    or ``src`` of an anchor or image is no record's field, and emphasis marks around a link
    (``_https://example.com/a_``) are no word it is glued to.
    """

    entity = EntityType.URL
    name = "url"
    # Words before a name that say it is a site (then any delegated top-level domain will do).
    _SITE_WORDS = ("site", "domain", "visit", "url", "link", "homepage", "home page", "blog",
                   "go to", "check out", "browse to")  # fmt: skip
    _PROSE_LITERALS = tuple(f".{t}" for t in sorted(_PROSE_TLDS)) + _SITE_WORDS
    prefilter = ("://", "www.", "/", "mailto:", *_PROSE_LITERALS)
    patterns = (
        Pattern(
            "url_scheme",
            # (a Markdown link's "](" ends it: "[see https://x.org/a](https://x.org/b)")
            rf"://{_URL_CHAR_IN_TEXT}{{1,2048}}",
            score=0.85,
            prefilter=("://",),
        ),
        Pattern(
            "url_www",
            # (Labels of any script, "www.münchen.de", "www.例子.中国"; the last one all
            # ASCII or all not, so prose glued to ".com" stays out: "www.example.com谢谢".)
            r"www\.(?:(?:[^\W_]|[\-\u200c\u200d]){1,63}\.){1,6}"
            r"(?:[a-z0-9\-]{1,63}|[^\W\x00-\x7f]{1,63})"
            # (a port, "www.example.com:8080/a"; a colon and digits only, so "www.example.com:
            # a sentence" and a time "www.example.com:12:30" end at the name)
            r"(?::[0-9]{1,5}(?![0-9:]))?"
            rf"(?:[/?#]{_URL_CHAR_IN_TEXT}{{0,2048}})?",
            score=0.8,
            prefilter=("www.",),
            # (and "_" or a word character of a spaced script, unless the "_" opens
            # emphasis: ``evaluate``)
            not_after=r"./@",
            lowercase=True,
        ),
        # A host without a scheme, then a path ("github.com/jane"): found at its top-level
        # domain (one of the common ones a bare domain name may end in) and the "/" after it.
        Pattern(
            "url_bare",
            # (the path after the "/" is taken by ``evaluate``, once the host passed)
            r"\.(?:" + "|".join(sorted(_PATH_TLDS, key=len, reverse=True)) + r")(?::[0-9]{1,5})?/",
            score=0.7,
            prefilter=("/",),
            # (and a word character of a spaced script, and a ":" that opens no word:
            # ``evaluate``)
            not_after=r"_./@%\-",
            extend_back=string.ascii_letters + string.digits + "-._",
            extend_max=253,
            lowercase=True,
        ),
        # The same with any other top-level domain of the root zone ("see singlequote.club/wat",
        # "shop.example.berlin/menu", a punycode one "example.xn--p1ai/a"), in a sentence
        # only: not the ones of ``url_bare`` (the look-ahead: a text dense with bare links
        # had a candidate per link), and ``evaluate`` refuses file extensions
        # (``setup.py/``, ``notes.md/``) and names that are no top-level domain
        # (``config.json/``, ``archive.tar/``).
        Pattern(
            "url_bare_tld",
            r"\.(?!(?:"
            + "|".join(sorted(_PATH_TLDS, key=len, reverse=True))
            + r")(?::[0-9]{1,5})?/)(?:[a-z]{2,24}|xn--[a-z0-9\-]{1,59})(?::[0-9]{1,5})?/",
            score=0.7,
            prefilter=("/",),
            not_after=r"_./@%\-",
            extend_back=string.ascii_letters + string.digits + "-._",
            extend_max=253,
            lowercase=True,
        ),
        # An IPv4 address as a host without a scheme, then a path that opens with a letter
        # ("open 192.168.0.1/admin in a browser"); a prefix length (``10.0.0.0/8``) is no
        # path. The address is reported as IP_ADDRESS too; in machine text the line's
        # verdict leaves the link out, as for any host without a scheme.
        Pattern(
            "url_ip_path",
            r"(?<![\w.:/@%\-])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]{1,5})?/(?=[A-Za-z_~%])",
            score=0.7,
            prefilter=("/",),
        ),
        # A mail link (RFC 6068): "mailto:", its addresses and header fields, as a sentence
        # or a page's text writes one ("mailto:jane@example.org?subject=Hi"), when it holds
        # more than its addresses (``_mail_link``). Its address is an e-mail address as well
        # (scored higher: the link keeps its other characters); in machine text the address
        # alone is reported, by the e-mail detector.
        Pattern(
            "url_mailto",
            rf"(?<![\w.+\-])(?i:mailto):{_URL_CHAR}{{1,2048}}",
            score=0.8,
            prefilter=("mailto:",),
            lowercase=True,
        ),
    )
    # (and the closing quotes of other languages: "«https://example.com/a»", "„…“")
    _TRAIL = ".,;:!?)]}'\">*\u00bb\u201d\u2019\u203a\u201c"
    _SCHEMES = _WEB_SCHEMES
    # (the punctuation after a closing emphasis mark: "_https://x.org/a_.")
    _TRAIL_OF_MARKS = ".,;:!?)]}'\"\u00bb\u201d\u2019\u203a\u201c"

    @classmethod
    def _trimmed(cls, text: str, start: int, end: int) -> str:
        """The link matched at ``start:end`` less the punctuation and marks that close it."""
        value = _before_closer(text, start, end)
        stripped = value.rstrip(cls._TRAIL)
        # (read only after a mark: most links open after a space, a quote or a bracket)
        if start > 0 and text[start - 1] in "*_~" and cls._emphasised(text, start, end):
            # the emphasis that opened before the link closes after it ("_https://x.org/a_")
            marks = _emphasis_open(text, start)
            inner = value.rstrip(cls._TRAIL_OF_MARKS)
            if inner.endswith(marks):
                stripped = inner[: -len(marks)].rstrip(cls._TRAIL)
        # Keep a closing parenthesis that closes one opened inside the URL (Wikipedia style).
        while (
            stripped != value
            and value[len(stripped)] == ")"
            and stripped.count("(") > (stripped.count(")"))
        ):
            stripped += ")"
        return stripped

    @classmethod
    def _emphasised(cls, text: str, start: int, end: int) -> bool:
        """Whether emphasis marks open right before the link at ``start`` and close its match.

        ``_https://example.com/a_``, ``~~www.example.com~~``: the marks are markup, not a
        word the link is glued to, when the same run closes it; ``_http://example.com``
        alone stays glued.
        """
        marks = _emphasis_open(text, start)
        if not marks:
            return False
        value = _before_closer(text, start, end).rstrip(cls._TRAIL_OF_MARKS)
        return (len(value) > len(marks) and value.endswith(marks)) or text.startswith(
            marks, start + len(value)
        )

    _SCHEME_CHARS = string.ascii_letters + string.digits + "+.-"

    @classmethod
    def _scheme_start(cls, text: str, start: int) -> int:
        """Start of the scheme before the ``://`` at ``start`` (a letter, at most 16 long)."""
        for web in ("https", "http"):  # most URLs, without building a slice
            s0 = start - len(web)
            if (
                s0 >= 0
                and text.startswith(web, s0)
                and (s0 == 0 or text[s0 - 1] not in cls._SCHEME_CHARS)
            ):
                return s0
        before = text[max(0, start - 16) : start]
        s0 = start - (len(before) - len(before.rstrip(cls._SCHEME_CHARS)))
        while s0 < start and not text[s0].isalpha():
            s0 += 1
        return s0

    _sifts = True

    def _sift(
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """``url_bare_tld``'s candidates whose top-level domain is one of its own.

        The others (file extensions, names that are no top-level domain; ``url_bare``'s
        domains written in capitals) are refused by :meth:`evaluate`; a text dense with
        file names has one such candidate per name.
        """
        if pattern.name != "url_bare_tld":
            return spans
        text, other = state.text, self._other_tld
        return [(s, e) for s, e in spans if other(text, s, e)]

    def _evaluate_in(
        self, state: ScanState, start: int, end: int, pattern: Pattern, /
    ) -> Finding | None:
        text = state.text
        path_end = -1
        if pattern.name in self._BARE:
            path_end = self._BARE_PATH.match(text, end).end()  # type: ignore[union-attr]
            if path_end - start < 8:
                return None  # shorter than any URL reported (evaluate's test), before the line's
        url = text[start:end]
        if "@" not in url and "?" not in url and ";" not in url:
            # In machine text only user information and query values are reported
            # (_personal_parts), and this URL has neither: nothing to evaluate. (For a scheme
            # URL the line's verdict first: it needs no scheme start, and most log lines are
            # machine text. The machine context holds that verdict too.)
            s0 = start
            if pattern.name == "url_scheme":
                lines = state.memo("machine_lines")
                if _machine_line_at(text, start, -1, lines, for_url=True) and not (
                    self._set_scheme_url(text, start, lines)
                ):
                    return None
                s0 = self._scheme_start(text, start)
            if _machine_context_at(text, s0, state):
                return None
        lines = state.memo("machine_lines")
        return self._evaluated(text, start, end, pattern, path_end=path_end, lines=lines)

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        return self._evaluated(text, start, end, pattern, path_end=-1, lines=None)

    def _set_scheme_url(self, text: str, sep: int, lines: dict[Any, Any]) -> bool:
        """Whether the scheme URL whose ``://`` is at ``sep`` is a setting line's value.

        (:func:`_setting_value`; its scheme is found only on a line that is one setting.)
        """
        value = _setting_start(text, _line_start(text, sep, lines), lines)
        return value >= 0 and self._scheme_start(text, sep) == value

    def _evaluated(  # noqa: PLR0911 - one refusal per rule, in order
        self,
        text: str,
        start: int,
        end: int,
        pattern: Pattern,
        *,
        path_end: int,
        lines: dict[Any, Any] | None,
    ) -> Finding | None:
        """:meth:`evaluate`; ``path_end``, when not -1, is where a bare host's path ends.

        ``lines``: the scan's memo of line verdicts (:func:`_record_sentence`), or None.
        """
        if pattern.name in self._NO_SCHEME:  # the match ends at the host's "/": take the path
            start, end = self._host_and_path(text, start, end, pattern.name, path_end)
            if start < 0:
                return None
        elif pattern.name == "url_scheme":  # the match starts at "://": find the scheme before
            s0 = self._scheme_start(text, start)
            if s0 == start or (_glued_word(text, s0) and not self._emphasised(text, s0, end)):
                return None  # (glued to a word, unless of a script written without spaces)
            start = s0
        elif _glued_word(text, start) and not self._emphasised(text, start, end):
            return None  # "xwww.example.com"; "访问www.example.com" is a URL
        stripped = self._trimmed(text, start, end)
        end = start + len(stripped)
        # (A bare host's labels were read by _bare_end: none empty, none opening with a
        # hyphen, so its host opens with neither a dot nor a hyphen.)
        if pattern.name == "url_mailto":
            named = ("", "") if self._mail_link(stripped) else None
        else:
            named = ("", "") if pattern.name in self._BARE else self._authority_and_host(stripped)
        if named is None or len(stripped) < 8:
            return None  # ("http://.example.com": no host name starts with a dot)
        authority, host = named
        if pattern.name == "url_scheme" and self._not_personal(
            text, start, stripped, host, userinfo="@" in authority, lines=lines
        ):
            return None
        if (
            pattern.name == "url_www"
            and self._HOST_ONLY.fullmatch(stripped)
            and (self._HOST_KEY.search(text, max(0, start - 24), start))
        ):
            return None  # "Host: www.example.com": a server's host name, not a visited URL
        return _finding(self, text, start, end, pattern)

    @staticmethod
    def _mail_link(url: str) -> bool:
        """Whether a ``mailto:`` link holds more than the e-mail detector reports of it.

        Header fields (``?subject=...&body=...``: what the mail will say) and an address, before
        them or among them (``mailto:?to=jane@example.org&subject=Hi``), or an address at a
        host with no dot (``mailto:jane@intranet``); a link of addresses alone is theirs (the
        e-mail findings), and ``mailto:`` and a word names no address.
        """
        fields = url.find("?")
        to = url if fields < 0 else url[:fields]
        at = max(to.rfind("@"), to.rfind("%40"))
        if fields >= 0 and at < 0:
            # (RFC 6068: the addresses may all be header fields, "mailto:?to=jane@example.org")
            return "@" in url[fields:] or "%40" in url[fields:]
        return at > 0 and (fields >= 0 or "." not in to[at:])

    @classmethod
    def _authority_and_host(cls, url: str) -> tuple[str, str] | None:
        """The authority of ``url`` and its host (less a port); None when it names no host."""
        sep = url.find("://")
        authority = cls._AUTHORITY.match(url, sep + 3 if sep >= 0 else 0).group()  # type: ignore[union-attr]
        host = authority.rsplit("@", 1)[-1]
        host = host.split(":", 1)[0] if not host.startswith("[") else host
        if not host or (host[0] in ".-" and host.strip(".")):
            return None
        return authority, host

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        text = state.text
        taken: list[tuple[int, int]] = []
        for found in super().find(state):
            taken.append((found.start, found.end))
            if _machine_context_at(text, found.start, state):
                if found.evidence.pattern == "url_mailto":
                    continue  # (its address is the e-mail detector's)
                if self._web(text, found) and not self._one_label(text, found):
                    yield from self._personal_parts(text, found)
                # (a database or broker DSN in machine text: its password is an AUTH_TOKEN)
            else:
                yield found
        if state.present(self._PROSE_LITERALS):
            yield from self._prose_domains(state, sorted(taken))

    # --- bare domain names in sentences ("my site is example.com")

    _PROSE_PATTERN = Pattern("url_domain", r"\.[a-z]{2,24}", score=0.6)
    # A lowercase top-level domain, not followed by more of a name (a letter of a script
    # written without spaces may follow: "example.comてすと").
    # (An "_" that ends a word may follow, closing emphasis: "_example.com_".)
    _NAME_END = re.compile(
        rf"\.([a-z]{{2,24}})(?!(?!_(?!\w)){_SPACED_WORD}|[\-@(]|\.{_SPACED_WORD})"
    )
    _LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
    _SITE_WORD = re.compile(
        r"(?i:\b(?:web ?site|site|domain|visit(?:ed|ing)?|url|link|homepage|home page|blog"
        r"|go to|check out|browse to)\b)"
    )
    # Code that names a package or module, not a site: "import foo.io", "package com.app".
    _CODE_BEFORE = re.compile(r"(?i:\b(?:import|package|module|namespace|require|using)\s{1,4})\Z")

    def _prose_domains(self, state: ScanState, taken: list[tuple[int, int]]) -> Iterator[Finding]:
        """Bare domain names (no scheme, ``www.`` or path) in sentences, as URLs.

        ``my site is example.com``, ``twitter.comこれは``: a name of two labels (or three with a
        short second-level one, ``bbc.co.uk``) starting in lower case whose top-level domain
        is one of ``_PROSE_TLDS``; other names (a machine's host name, a company's name
        ``Booking.com``, any delegated top-level domain that is no file extension) only when
        a word naming a site comes before it on its line (``visit example.xyz``). Not in machine text (a log record's host names, ``key=value``), not
        inside a URL already found or an e-mail address, not after a path or key character
        (a protocol-relative ``//example.com`` aside), not a Java package (``org.apache.io``:
        a first label that is a top-level domain, three labels or more), not after
        ``import``/``package``.
        """
        text = state.text
        lines = state.memo("machine_lines")
        inside_taken = overlap_test(taken)
        for m in self._names_in_prose(text, lines, taken):
            dot, end = m.start(), m.end()
            start = self._name_start(text, dot)
            if inside_taken(start, end):
                continue  # inside (or over) a URL found by the patterns (the cheapest test)
            mark = text[start - 1 : start]
            if (
                start == dot
                or (
                    (
                        mark in self._NOT_BEFORE_NAME
                        or _glued_word(text, start)
                        or text[end : end + 1] == "_"
                    )
                    and not self._opened(text, start, end)
                    and not (mark in self._NOT_BEFORE_NAME and self._relative(text, start))
                    and not (mark == "=" and self._set_name(text, start, lines))
                )
                or not self._site_name(text, start, end, m.group(1))
            ):
                continue
            if self._CODE_BEFORE.search(text, max(0, start - 24), start):
                continue
            if self._logged_host(text, start, end) or self._build_comment(text, start):
                continue
            if _machine_context(text, start, lines):
                continue
            port = self._PORT.match(text, end)
            yield _finding(self, text, start, port.end() if port else end, self._PROSE_PATTERN)

    def _set_name(self, text: str, start: int, lines: dict[Any, Any]) -> bool:
        """Whether the name at ``start`` is the value of a line that is one setting.

        (:func:`_setting_value`: ``site=example.com``, ``value=example.org``.) Not under a
        key naming a host (``host=example.com``, ``server=example.org``): a machine's name.
        """
        return _setting_value(text, start, lines) and not self._HOST_KEY.search(
            text, max(0, start - 24), start
        )

    @classmethod
    def _name_start(cls, text: str, dot: int) -> int:
        """Where the dotted name whose last dot is at ``dot`` starts (at a letter or digit)."""
        label = cls._LABEL_CHARS
        start = dot
        while start > 0 and dot - start < 253 and text[start - 1] in label:
            start -= 1
        if start > 0 and dot - start < 253 and text[start - 1] > "\x7f":
            start = cls._idn_start(text, start, dot)
        while start < dot and not text[start].isalnum():
            start += 1
        return start

    @staticmethod
    def _idn_start(text: str, start: int, dot: int) -> int:
        """Where a name's labels start when letters other than ASCII stand in them.

        ``bücher.de``, ``müller-bau.de``: its labels are walked back over from ``start``
        (where the ASCII walk stopped) through letters and digits of any script written with
        spaces, hyphens and dots; a script written without spaces (``访问example.com``) is the
        sentence, not the name.
        """
        i = start
        while (
            i > 0
            and dot - i < 253
            and (text[i - 1] in "-." or text[i - 1].isalnum())
            and (text[i - 1] < "\x80" or _NO_SPACE_CHAR.match(text, i - 1) is None)
        ):
            i -= 1
        return i

    # A version: digits, a dot, a digit ("10.2.12-MariaDB-10.2.12+maria~jessie-log", "2.4.41").
    _VERSION_IN = re.compile(r"[0-9]\.[0-9]")

    def _build_comment(self, text: str, start: int) -> bool:
        """Whether a bare name opens the comment a program prints after its version.

        ``mysqld, Version: 10.2.12-MariaDB-10.2.12+maria~jessie-log (mariadb.org binary
        distribution)``, ``Apache/2.4.41 (ubuntu.com)``: the build's vendor, not a site named
        in a sentence. The name follows `` (`` right after a token holding a version.
        """
        if text[start - 2 : start] != " (":
            return False
        lo = max(0, start - 130)  # (a token is read back 128 characters at most)
        token_start = max(text.rfind(" ", lo, start - 2), text.rfind("\n", lo, start - 2)) + 1
        return self._VERSION_IN.search(text, max(lo, token_start), start - 2) is not None

    # A host name's address after it, as mail and FTP servers log a client: "name [addr]",
    # "name[addr]", "name (name [addr])" (the name the client gave, then the one looked up).
    _ADDRESS_AFTER_HOST = re.compile(r" ?(?:\([\w.\-]{1,253} ?)?\[[0-9A-Fa-f:.]{2,45}\]")

    def _logged_host(self, text: str, start: int, end: int) -> bool:
        """Whether a bare name is a log's host field, not a site named in a sentence.

        Its address follows it in brackets (``foo.com (foo.com [192.0.2.1])``,
        ``unknown[192.0.2.1]``), or it is an argument in brackets glued to a word
        (``[sssd[be[example.com]]]``: a back end named by its domain).
        """
        if text[start - 1 : start] == "[" and text[start - 2 : start - 1].isalnum():
            return True
        return self._ADDRESS_AFTER_HOST.match(text, end) is not None

    def _names_in_prose(
        self, text: str, lines: dict[Any, Any], taken: list[tuple[int, int]]
    ) -> Iterator[re.Match[str]]:
        """``_NAME_END.finditer(text)`` without the matches on machine-text lines or in a URL.

        No name on such a line is reported (:func:`_machine_context` holds for each), and
        a log holds hundreds of dotted names a line: once a line is known to be machine
        text, the search resumes at its end. (A match ends before its line's end.) Nor a
        name overlapping a URL found (``taken``, sorted): its name from its dot, what holds
        for it holds for the whole name. A text dense with links has a top-level domain in
        each: the search resumes at the end of the URLs the match overlaps, as every match
        opening before it overlaps them too. (A match holds one dot, at its start: no match
        opens inside another, so the matches from there are those ``finditer`` gives.)
        """
        search = self._NAME_END.search
        starts = [s for s, _ in taken]
        reach = list(itertools.accumulate((e for _, e in taken), max))
        pos = 0
        prose_until = -1  # the end of the last line read as prose
        while (m := search(text, pos)) is not None:
            dot = m.start()
            i = bisect.bisect_left(starts, m.end())
            if i > 0 and reach[i - 1] > dot:  # (overlap_test's test)
                pos = max(reach[i - 1], m.end())  # (the URLs' end; no dot before m's end)
                continue
            ls = -1 if dot < prose_until else _line_start(text, dot, lines)
            if ls < 0:
                pass  # (on the prose line just read)
            elif _machine_line_at(text, dot, ls, lines, for_url=True) and (
                _setting_start(text, ls, lines) < 0  # (a line that is one setting: its value)
            ):
                pos = text.find("\n", m.end())
                if pos < 0:
                    return
                continue
            else:
                prose_until = text.find("\n", m.end())
                if prose_until < 0:
                    prose_until = len(text)
            yield m
            pos = m.end()

    def _site_name(self, text: str, start: int, end: int, tld: str) -> bool:
        """Whether the dotted name ``text[start:end]`` names a site (``_prose_domains``)."""
        labels = text[start:end].split(".")
        if (
            text[end : end + 1] == "/"  # a host and path: url_bare's (it refused this one)
            or any(not lab or lab[0] == "-" or lab[-1] == "-" for lab in labels)
            or labels[0].isdigit()
            or (len(labels) > 2 and labels[0].lower() in _BARE_TLDS)
        ):
            return False
        # A host name of a machine ("settings-win.data.microsoft.com") has labels before its
        # site's name; a site is named by two (a second-level suffix, "bbc.co.uk", aside). A
        # capitalised name ("Booking.com", "Amazon.com") is how a company writes its name:
        # an organisation's for the model. Those, and other top-level domains, need a word
        # naming a site before them.
        # A site's public face ("docs.python.org", "api.github.com", "en.wikipedia.org") is
        # named by a web subdomain before its two labels.
        # A name of three labels (``sub.example.com``, ``face.google.com``) is a site when
        # a sentence names it, after its words ("the story is at sub.example.com",
        # "Contact: sub.example.com"); opening a line or a quoted value it is a machine's
        # host name (``    ldap.example.com:636 (...)``, ``SystemName: "myhost.acme.com"``).
        # A name that is the whole text (a table's cell, a form's field) is one to report,
        # however many labels it has. (Not a "www." glued to a word: "xwww.example.com"
        # stays the glued link it was, for both.)
        host = len(labels) > 3 or (
            len(labels) == 3 and len(labels[1]) > 3 and labels[0] not in _WEB_SUBDOMAINS
        )
        if host and not (len(labels[0]) > 3 and labels[0].lower().endswith("www")):
            host = not (
                (len(labels) == 3 and self._after_words(text, start))
                or self._alone(text, start, end)
            )
        if tld in _PROSE_TLDS and not host and not text[start].isupper():
            return True
        if tld in _FILE_TLDS or tld in _NOT_TLDS or not _tld_delegated(tld):
            return False
        # (the line's start within the 40 characters searched: a long line is not read back)
        ls = text.rfind("\n", max(0, start - 40), start) + 1
        return self._SITE_WORD.search(text, max(ls, start - 40), start) is not None

    @staticmethod
    def _alone(text: str, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is the whole text (less white space, a full stop).

        A text of :meth:`Scanner.scan_many`'s join ends at a NUL. (Eight characters read
        each way, the NUL one of them: a text of many names asks it of each.)
        """
        return stands_alone(text, start, end, reach=8, nul_in_reach=True, trail=".")

    @staticmethod
    def _after_words(text: str, start: int) -> bool:
        """Whether the name at ``start`` follows a sentence's word and one space.

        A letter, or a comma, colon or semicolon after one, then the space: "at
        sub.example.com", "Contact: sub.example.com", "see a.com, sub.example.com".
        """
        return (
            start > 1
            and text[start - 1] == " "
            and (text[start - 2].isalpha() or text[start - 2] in ",:;")
            and (start < 3 or text[start - 2].isalpha() or text[start - 3].isalpha())
        )

    # A port after a site's name in a sentence ("served at example.com:8080."): a colon and
    # digits, then no more of a name, a time or an address ("example.com:12:30").
    _PORT = re.compile(r":[0-9]{1,5}(?![\w:]|\.[0-9])")
    # A path, scheme, key or e-mail character before a name: part of something else.
    _NOT_BEFORE_NAME = frozenset("@/\\:_%#$~+=&?")

    def _opened(self, text: str, start: int, end: int) -> bool:
        """Whether the mark before the name at ``start`` opens it rather than gluing it.

        Emphasis closed after it (``_example.com_``), an ``=`` after white space
        (:func:`_loose_equals`), a colon after white space or a bracket (``PS :example.net``;
        glued to a word, ``test:example.com`` is a key's or a scheme's).
        """
        mark = text[start - 1 : start]
        if mark in ("_", "*", "~"):
            return self._emphasised(text, start, end)
        if mark == "=":
            return _loose_equals(text, start - 1)
        return mark == ":" and (start == 1 or text[start - 2] in " \t\n([{<\"'")

    @staticmethod
    def _relative(text: str, start: int) -> bool:
        """Whether the name at ``start`` follows a ``//`` that opens a word.

        A protocol-relative link (``//example.com``, as a page's HTML writes one) names its
        host after the two slashes; after a word ("a//b.com", "http://b.com") they are part
        of a path or a URL.
        """
        return text[start - 2 : start] == "//" and (start == 2 or text[start - 3] in " \t\n(\"'<[")

    def _one_label(self, text: str, found: Finding) -> bool:
        """Whether a scheme URL's host is one label and it has no user information.

        Such a URL in machine text is a service: nothing of
        ``http://elasticsearch:9200/_search?q=x`` is reported there.
        """
        sep = text.find("://", found.start, found.end)
        if sep < 0:
            return False
        authority = self._AUTHORITY.match(text, sep + 3, found.end).group()  # type: ignore[union-attr]
        if "@" in authority:
            return False  # user information is personal whatever the host
        host = authority.split(":", 1)[0] if not authority.startswith("[") else authority
        return "." not in host and ":" not in host

    def _web(self, text: str, found: Finding) -> bool:
        """Whether a URL has a web scheme, or none (``www.``, a bare host and path)."""
        sep = text.find("://", found.start, found.end)
        return sep < 0 or text[found.start : sep].lower() in self._SCHEMES

    def _personal_parts(self, text: str, found: Finding) -> Iterator[Finding]:
        """The personal parts of a URL seen in machine text (see the class docstring)."""
        url = text[found.start : found.end]
        s0 = found.start
        scheme_end = url.find("://")
        if scheme_end >= 0:
            auth_start = scheme_end + 3
            auth_end = len(url)
            for c in "/?#":
                i = url.find(c, auth_start)
                if 0 <= i < auth_end:
                    auth_end = i
            at = url.rfind("@", auth_start, auth_end)
            if at > auth_start:
                yield self._part(found, s0 + auth_start, s0 + at, "userinfo")
        q = url.find("?")
        if q < 0:
            q = url.find(";")
        if q < 0:
            return
        pairs = [
            (m, m.group(1).lower().replace("-", "_").replace(".", "_").strip("_[]"), m.group(2))
            for m in _QUERY_PAIR.finditer(url, q + 1)
        ]
        dns: list[bool] = []  # whether the URL addresses DNS records (asked once, lazily)
        things: list[bool] = []  # whether its path ends at a list of things (likewise)
        for m, k, value in pairs:
            if _personal_query_value(k, value, url=url, q=q, pairs=pairs, dns=dns, things=things):
                yield self._part(found, s0 + m.start(2), s0 + m.end(2), "query_value")

    @staticmethod
    def _part(found: Finding, start: int, end: int, tag: str) -> Finding:
        ev = found.evidence
        evidence = _PART_EVIDENCE.get((ev, tag))
        if evidence is None:  # parts repeat the same evidence: share it
            evidence = _PART_EVIDENCE.put((ev, tag), with_tag(ev, tag))
        return new_finding(found.entity_type, start, end, found.score, found.detector, evidence)

    _ORIGIN = re.compile(r"[a-z]{2,6}://[^/?#\s]{1,300}/?", re.IGNORECASE)
    # XML namespaces and algorithm identifiers name a specification, not a visited page.
    _SCHEMA_KEY = re.compile(
        r"(?:xmlns(?::\w{1,40})?|Algorithm|schemaLocation|Namespace|Format|Method)\s{0,2}=\s{0,2}"
        r"[\"']{1,2}\Z"
    )

    _AUTHORITY = re.compile(r"[^/?#]*")
    # A host name of one label as DNS writes it (letters, digits, inner hyphens).
    _ONE_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?")

    def _not_personal(
        self,
        text: str,
        start: int,
        url: str,
        host: str,
        *,
        userinfo: bool,
        lines: dict[Any, Any] | None = None,
    ) -> bool:
        """Whether a URL with a scheme names a machine endpoint rather than a visited page.

        A service on a one-label host in machine text or in quotes (``PUT
        http://elasticsearch:9200/...``, ``'https://mxs01:444/ecp/'``; unquoted in a sentence,
        ``see http://localhost:8080/api``, it is a URL), a
        bare origin (``https://www.google.com/``) given as a log field's value, and an XML
        namespace, claim type or algorithm URI (after ``xmlns=``, or on a ``schemas.`` host
        without a query) say nothing about a person. A URL on an IP literal is
        reported: the address inside wins the overlap and the URL keeps the rest
        (``_url_remnants`` in the scanner).
        """
        if userinfo:
            return False  # user information ("user:pass@") is personal whatever the host
        h = host.strip("[]").lower()
        if (
            "." not in h
            and ":" not in h
            and (text[start - 1 : start] in ("'", '"') or not self._ONE_LABEL.fullmatch(h))
        ):
            # a one-label host quoted (a value a program wrote into its message: "Request for
            # URL 'https://mxs01:444/ecp/...' failed"): a service; or no host name at all
            # ("http://ho%1Fst/", "http://_x"). (In machine text, see ``find``.)
            return True
        if h.startswith("schemas.") and "?" not in url and "#" not in url:
            # a namespace or claim type ("http://schemas.xmlsoap.org/ws/2005/05/identity/
            # claims/name"): a specification's name on a host kept for such names
            return True
        before = text[max(0, start - 40) : start]
        if self._SCHEMA_KEY.search(before) or (
            # (a service a rendered event names: see _record_value)
            "?" not in url
            and "#" not in url
            and ";" not in url
            and self._record_value(text, start, before, lines)
        ):
            return True
        if not self._ORIGIN.fullmatch(url):
            return False
        # (an origin as the value of a line that is one setting is a link: _setting_value)
        return (
            before[-1:] == "\t" or (before[-1:] == "=" and not _setting_value(text, start, lines))
        ) or (
            before[-1:] in ('"', "'")
            and self._quoted_field(text, start - 1, lines)
            and not _link_attribute(text, start - 1)
        )

    # A label opening its line, as a rendered event writes its fields ("Relying party: ",
    # "Resource: "): one to four words, the first capitalised, then a colon. (Matched whole
    # after the last newline: it holds none.)
    _LABEL_BEFORE = re.compile(r"[ \t]{0,12}[A-Z][A-Za-z]{0,30}(?: [A-Za-z]{1,30}){0,3}:[ \t]{1,4}")

    def _record_value(
        self, text: str, start: int, before: str, lines: dict[Any, Any] | None
    ) -> bool:
        """Whether a URL without a query is a value of a log record's rendered message.

        Quoted in a sentence of the message (``... for the relying party
        'https://manage.example.com/WarpAuthAPI'``) or the value of a label line
        (``Relying party: https://management.example.com``), in a record whose field lines
        stand around (:func:`_record_sentence`): the system names the service an event is
        about, as a field of machine text does, where only a URL's user information and
        query values are reported. A link quoted in a note, a ticket or a chat line has no
        record around it.
        """
        quoted = before[-1:] in ('"', "'")
        if quoted:
            if _link_attribute(text, start - 1):
                return False
        elif self._LABEL_BEFORE.fullmatch(before, before.rfind("\n") + 1) is None:
            return False
        return _record_sentence(text, text.rfind("\n", 0, start) + 1, lines)

    @staticmethod
    def _quoted_field(text: str, quote: int, lines: dict[Any, Any] | None = None) -> bool:
        """Whether the quote at ``quote`` opens a field's value, not a quotation in a sentence.

        A log record quotes its fields after a number, a dash, a separator or another
        quoted field (``200 612 "https://www.example.com/"``, ``["https://..."]``,
        ``"url": "https://..."``), and a value in its message's sentence (``for the relying
        party 'https://management.example.com/'``, with the record's fields on the lines
        around: :func:`_record_sentence`). A text quotes a link at its start or after a word
        (``"http://example.com" is down``, ``He said 'http://example.com'``).
        """
        i = quote
        while i > 0 and text[i - 1] in " \u00a0":
            i -= 1
        if i > 0 and text[i - 1] != "\n" and not (i < quote and text[i - 1].isalpha()):
            return True
        return _record_sentence(text, text.rfind("\n", 0, quote) + 1, lines)

    _BARE = frozenset({"url_bare", "url_bare_tld"})
    _NO_SCHEME = frozenset({*_BARE, "url_ip_path"})

    def _host_and_path(
        self, text: str, start: int, end: int, name: str, path_end: int = -1
    ) -> tuple[int, int]:
        """The span of a link without a scheme whose host ends with the "/" at ``end - 1``.

        ``(-1, -1)`` when it is none: a bare host refused by :meth:`_bare_start` or
        :meth:`_bare_end`, or after a colon that does not open it (:meth:`_colon_opens`); an
        address with an octet over 255 (``url_ip_path``). ``path_end``: as for
        :meth:`_bare_end`.
        """
        if name == "url_ip_path":
            host = text[start:end].split(":", 1)[0].split("/", 1)[0]
            if any(int(octet) > 255 for octet in host.split(".")):
                return -1, -1
            return start, self._BARE_PATH.match(text, end).end()  # type: ignore[union-attr]
        start = self._bare_start(text, start)
        end = self._bare_end(text, start, end, other_tld=name == "url_bare_tld", path_end=path_end)
        if start < 0 or end < 0:
            return -1, -1
        if text[start - 1 : start] == ":" and not self._colon_opens(text, start - 1):
            return -1, -1
        return start, end

    # The word before a ":" that opens a host without a scheme in a sentence: white space,
    # a bracket or a quote, then nothing or a word of letters ("(go here:google.com/maps)",
    # "(example:ka.wikipedia.org/wiki/A", "PS :example.com/a") that names no scheme.
    _COLON_WORD = re.compile(r"(?:\A|(?<=[\s(\[{<\"'\u00ab\u201c\u2018]))([^\W\d_]{2,24})?:\Z")
    _URI_SCHEMES = frozenset(
        "http https ftp ftps ws wss sftp file git svn ssh mailto urn data jar s3 gs hdfs smb nfs "
        "ldap ldaps rtsp rtmp tcp udp unix mysql postgres postgresql redis mongodb amqp irc "
        "telnet news nntp sip tel xmpp magnet ipfs chrome about blob javascript vscode".split()
    )

    @classmethod
    def _colon_opens(cls, text: str, colon: int) -> bool:
        """Whether the ":" at ``colon``, right before a host without a scheme, opens it.

        A key's or a scheme's colon glued to a name (``host:example.com/a``, ``git:``,
        ``C:``, ``12:``) does not; a word of a sentence closed by one does, as does a colon
        that opens a word.
        """
        m = cls._COLON_WORD.search(text, max(0, colon - 25), colon + 1)
        return m is not None and (m.group(1) or "").lower() not in cls._URI_SCHEMES

    # Opening a host written in other letters than ASCII ("bücher.de/katalog"): after these.
    _IDN_OPENERS = frozenset(" \t\n\u00a0(\"'<[{\u00ab\u201c\u2018")

    @classmethod
    def _bare_start(cls, text: str, start: int) -> int:
        """The start of a host without a scheme whose ASCII end starts at ``start``; -1 if none.

        ``extend_back`` takes the ASCII letters of its labels; a label holding other letters
        (an internationalised name, ``bücher.de/katalog``, ``www.`` aside) is taken back to
        the white space, quote or bracket before it. Glued to any other word character, it is
        part of a word (``_github.com/jane``), and refused.
        """
        if not _glued_word(text, start):
            return start
        i = start
        while (
            i > 0
            and start - i < 253
            and (text[i - 1] in "-." or text[i - 1].isalnum())
            and _NO_SPACE_CHAR.match(text, i - 1) is None
        ):
            i -= 1
        if (
            i > 0
            and text[i - 1] not in cls._IDN_OPENERS
            # (a mark that opens an ASCII host opens this one too: "PS =müller.com/a",
            # "PS :müller.com/a"; glued to a key, "k=müller.com/a" is a field's value)
            and not _loose_equals(text, i - 1)
            and not (text[i - 1] == ":" and cls._colon_opens(text, i - 1))
        ):
            return -1
        return i if not text[i:start].isascii() and text[i].isalnum() else -1

    @staticmethod
    def _other_tld(text: str, start: int, end: int) -> bool:
        """Whether the host before the "/" at ``end - 1`` ends in another top-level domain.

        One of the root zone that ``url_bare`` does not take and that is no file extension.
        """
        tld = text[start : end - 1].split(":", 1)[0].rsplit(".", 1)[-1]
        return (
            tld not in _PATH_TLDS
            and tld not in _FILE_TLDS
            and tld not in _NOT_TLDS
            and _tld_delegated(tld)
        )

    def _bare_end(
        self, text: str, start: int, end: int, *, other_tld: bool = False, path_end: int = -1
    ) -> int:
        """The end of a URL without a scheme whose host ends with the "/" at ``end - 1``.

        -1 when it is none: its host's labels must not be empty nor start or end with a
        hyphen, an "_" may stand in a label but the last two (a service's DNS name,
        ``_dmarc.example.com/a``; ``snake_case.io/`` is code), its top-level domain must be
        written in lower case (``ASP.NET/Core`` names a product), a ``www.`` host is the
        ``url_www`` pattern's, and a Go package path in a stack trace
        (``go.example.io/pkg.(*T).Run``) is code, not a link. ``path_end`` is where
        ``_BARE_PATH`` ends from ``end`` when the caller read it (-1: not read).
        """
        if other_tld and not self._other_tld(text, start, end):
            return -1  # (``url_bare_tld``: a top-level domain of its own)
        host = text[start : end - 1].split(":", 1)[0]  # (less a port: "example.com:8080/a")
        labels = host.split(".")
        if (
            host[:4].lower() == "www."
            or not labels[-1].islower()
            or "" in labels
            or ("-" in host and any(lab[0] == "-" or lab[-1] == "-" for lab in labels))
            or ("_" in host and ("_" in labels[-1] or (len(labels) > 1 and "_" in labels[-2])))
        ):
            return -1
        if path_end < 0:
            path_end = self._BARE_PATH.match(text, end).end()  # type: ignore[union-attr]
        return -1 if self._CODE_PATH.search(text, start, path_end) else path_end

    # Go symbols and module versions: "pkg.(*T).M", ".func3", "@v0.12.0/", "file.go:128".
    _CODE_PATH = re.compile(r"\(\*|\.func[0-9]|@v[0-9]{1,4}\.|\.go:[0-9]")
    # The path of a link without a scheme ends at a letter of a script written without
    # spaces glued to what came before: such a link is typed into the sentence, which goes
    # on right after it ("example.com/path中国語", "t.co/abcde한국"). A segment's name written
    # in one opens after a "/" ("example.com/䨹"). (A scheme URL keeps them all: "https://ja.
    # wikipedia.org/wiki/日本" is pasted whole from an address bar.)
    _BARE_PATH = re.compile(
        f"(?:(?<=/)[{UNSPACED_SCRIPTS}]{{1,256}}|(?![{UNSPACED_SCRIPTS}]){_URL_CHAR_IN_TEXT})"
        "{0,2048}"
    )
    _HOST_ONLY = re.compile(r"[^/?#]{1,300}")
    # A host-name field right before the value: HTTP Host and :authority headers, host=,
    # server names, SNI, SMTP HELO/EHLO.
    _HOST_KEY = re.compile(
        r"(?:^|[^\w\-])(?:(?:\w{0,40}(?:[_.\-][Hh]ost|[a-z]Host)"
        r"|(?i:host|hostname|:authority|server[_\-]?name|sni|vhost|server))"
        r"[\"']?\s{0,3}[:=]|(?i:helo|ehlo)[=\s])\s{0,3}[\"'<\[]?\Z"
    )


# The scheme and www URL expressions with the plain URL class: the same matches unless a
# "](" stands in a match or right after it (a "]" can end a link only before "(":
# _URL_CHAR_IN_TEXT). The alternation costs four times the plain class on log text dense
# with links (a full pass of the scheme expression; the www one is matched at each start
# Hyperscan gives, 1.7 -> 0.7 ms a pass of the real logs).
_URL_SCHEME, _URL_WWW = (
    next(str(p.regex) for p in UrlDetector.patterns if p.name == name)
    for name in ("url_scheme", "url_www")
)
for _twinned in (_URL_SCHEME, _URL_WWW):
    TWINS[_twinned] = (re.compile(_twinned.replace(_URL_CHAR_IN_TEXT, _URL_CHAR)), "](")


class DomainDetector(PatternDetector):
    """Bare domain names (``example.com``) with a common top-level domain."""

    entity = EntityType.DOMAIN_NAME
    name = "domain"
    negative_context = ("import", "package", "module", "class", "exception", "logger")
    patterns = (
        Pattern(
            "domain",
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,6}"
            r"[A-Za-z]{2,10}(?![\w\-@(]|\.\w)",
            score=0.6,
        ),
    )
    _TLD = re.compile(
        r"\.(?:" + "|".join(sorted(_BARE_TLDS, key=len, reverse=True)) + r")(?![\w\-@(]|\.\w)"
    )
    _LABEL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        # Anchor on ".com"-like endings (a literal search), then walk back over the labels.
        text = state.text
        if "." not in text:
            return
        rx = self._compiled[0][1]
        pattern = self.patterns[0]
        label = self._LABEL
        resume = 0
        for m in self._TLD.finditer(text):
            dot = m.start()
            start = dot
            while start > 0 and dot - start < 253 and text[start - 1] in label:
                start -= 1
            while start < dot and not text[start].isalnum():
                start += 1
            if start == dot or start < resume or (start > 0 and text[start - 1] in "@/:_\\"):
                continue
            if start > 0 and text[start - 1] == "%":
                continue  # starts inside a percent escape ("a%40b.com", "%2Fexample.com")
            whole = rx.fullmatch(text, start, m.end())
            if whole is None:
                continue
            resume = m.end()
            found = self.evaluate(text, start, m.end(), pattern)
            if found is not None:
                yield found

    def validate(self, value: str, /) -> bool | None:
        tld = value.rsplit(".", 1)[-1]
        if not tld.islower():
            return False
        first = value.split(".", 1)[0]
        return False if first.isdigit() else None


# --------------------------------------------------------------------------- financial


_DIGITS = r"(?<![\w\-.+])[0-9]{9,20}(?![\w\-]|\.[0-9])"
# Digit groups with one separator throughout: a change of separator ends the run, so that in
# "555-123-4567 4111 1111 1111 1111" the card number is a candidate of its own.
_GROUPED = r"(?<![\w\-.+])[0-9]{2,6}([ \-])[0-9]{1,7}(?:\1[0-9]{1,7}){0,3}(?![\w\-]|\.[0-9])"


_CARD_SEPS = re.compile(rf"[ \-.\u00a0\u202f\u2009{TYPO_DASHES}]")
#: A 16-digit number in two halves of eight ("35660020 20360505", :class:`CreditCardDetector`).
_CARD_HALVES = r"(?<![\w\-.+])[0-9]{8}([ \-])[0-9]{8}(?![\w\-]|\.[0-9])"
#: No-break, narrow no-break and thin spaces: digit groups of formatted text use them.
_WIDE_SPACES = ("\u00a0", "\u202f", "\u2009")
#: :data:`TYPO_DASHES`, each one a prefilter literal.
_TYPO_DASHES = tuple(TYPO_DASHES)
_NO_SPACES = str.maketrans("", "", " -.\u00a0\u202f\u2009" + TYPO_DASHES)
_WIDE_TO_SPACE = str.maketrans("\u00a0\u202f\u2009", "   ")


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


# A word of the card detector's negative context labelling the number right after it: the word
# (or its longer form, "orders", "orderId", "tracking_no"), at most two words naming a number
# ("number", "no", "id", "#"...), then marks only ("Order number: ", "traceID=", '"orderId": "',
# "/orders/"). A sentence that mentions an order elsewhere ("paid for the order with 4111
# ...", "charge 4111 ... for the order") does not label the number with it.
_CARD_NEGATIVE_LABEL = re.compile(
    r"(?:order|invoice|tracking|imei|iccid|imsi|account[ _\-.]?id|transaction[ _\-.]?id|ref"
    r"|trace|span[ _\-.]?id|request[ _\-.]?id|correlation)[a-z]{0,16}"
    r"(?:[^a-z0-9\n]{0,4}(?:number|num|nos?|nr|ids?|code|key)\b){0,2}[^a-z0-9\n]{0,6}\Z"
)


# A payment card's name right before a number ("credit card number is", "Card no:", "CC#",
# "visa card: "): the only context in which a number failing the Luhn check is a card. A
# card of another kind (SIM, library, gift, loyalty, access, ID card) does not count.
_CARD_PHRASE = re.compile(
    r"(?i)(?:(?<![a-z])(?:credit|debit|payment|bank|visa|master|amex|discover)[ _\-]?card"
    r"|(?<![a-z])(?:visa|mastercard|amex)"
    r"|(?<!sim )(?<!sim)(?<!id )(?<!gift )(?<!library )(?<!loyalty )(?<!member )(?<!access )"
    r"(?<![a-z])card[ _\-]?(?:number|num|no\b\.?|nr\b\.?|#)"
    r"|(?<![a-z])(?:cc|ccn)[ _\-]?(?:number|num|no\b\.?|#)?(?![a-z]))"
    r"[^0-9a-z\n]{0,4}(?:(?:is|was|of|:|=|reads?|number|num|no)[^0-9a-z\n]{0,4}){0,3}\Z"
)


# The last word before such a number: a card's name, or a word between it and the number.
_CARD_PHRASE_ENDS = frozenset(
    ("card", "number", "num", "no", "nr", "#", "cc", "ccn", "visa", "mastercard", "amex",
     "is", "was", "of", "reads", "read")
)  # fmt: skip


def _after_card_name(text: str, start: int) -> bool:
    """Whether a payment card's name (:data:`_CARD_PHRASE`) ends right before ``start``.

    The last word is looked at first (a plain string test), so that only a number after one
    of the phrase's words runs the expression, over 40 characters.
    """
    tail = text[max(0, start - 40) : start].rstrip(" \t:=.'\"(")
    last = tail.rsplit(None, 1)[-1].lower() if tail else ""
    last = last.rsplit("_", 1)[-1].rsplit("-", 1)[-1]
    if last not in _CARD_PHRASE_ENDS and not last.endswith("#"):
        return False
    return _CARD_PHRASE.search(text, max(0, start - 40), start) is not None


def _time_value_field(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a field of a printed time value (Go, protobuf)."""
    return _TIME_VALUE_FIELDS.search(text, max(0, start - 90), start) is not None


class CreditCardDetector(_ScanAware):
    """Payment card numbers: Luhn checksum and a known issuer prefix and length.

    Two forms need a card word near: a number glued to a label's full stop ("Card
    No.4111..."), and a UnionPay number that fails the Luhn check (the network does not
    require it).
    """

    entity = EntityType.CREDIT_CARD
    name = "credit_card"
    checksum = "luhn"
    context = ("card", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc",
               "payment", "pan", "uatp", "airline")  # fmt: skip
    # (A trace, span, request or correlation id of 12 to 19 digits passes a card's checks
    # one time in about fifty: "traceID=2223839516656616".)
    negative_context = ("order", "invoice", "tracking", "imei", "iccid", "imsi", "account id",
                        "transaction id", "ref", *_REQUEST_ID_WORDS)  # fmt: skip
    _neg_words: ClassVar[frozenset[str]] = frozenset(w.strip() for w in normalize_words(
        negative_context))  # fmt: skip
    patterns = (
        Pattern("card", _DIGITS, score=0.85, min_length=12, max_length=19, prefilter=_ANY_DIGIT),
        Pattern(
            "card_grouped", _GROUPED, score=0.85, min_length=14, max_length=29, prefilter=_ANY_DIGIT
        ),
        Pattern(
            "card_halves",
            _CARD_HALVES,
            score=0.85,
            min_length=17,
            max_length=17,
            prefilter=_ANY_DIGIT,
        ),
        # Four groups of four joined by full stops ("4111.1111.1111.1111"), as some forms and
        # exports print them, or American Express's and Diners Club's 4-6-5 and 4-6-4
        # ("3782.822463.10005"). It starts at the first stop (a literal search, like IPv4) and
        # takes the group before it by ``extend_back``; a fifth digit before it refuses it, and
        # a first group of fewer than four (``_evaluate``).
        Pattern(
            "card_dotted",
            r"\.(?:[0-9]{4}\.[0-9]{4}\.[0-9]{4}|[0-9]{6}\.[0-9]{4,5})(?![\w\-]|\.[0-9])",
            score=0.85,
            not_after=r"\w\-.+",
            extend_back="0123456789",
            extend_max=4,
            min_length=16,
            max_length=19,
            prefilter=(".",),
        ),
        # A number glued to an abbreviation's full stop, as forms print a label ("Card
        # No.4111 1111 1111 1111", "Kartennr.4111..."): the patterns above refuse a stop before
        # a number (decimals, versions, dotted names), so this one takes a letter before the
        # stop and needs a card word near.
        Pattern(
            "card_after_stop",
            r"(?<=[^\W\d_]\.)(?:[0-9]{12,19}|[0-9]{4,6}([ \-])[0-9]{1,7}(?:\1[0-9]{1,7}){1,3})"
            r"(?![\w\-]|\.[0-9])",
            score=0.85,
            requires_context=True,
            min_length=12,
            max_length=29,
            prefilter=(".",),
        ),
        # UnionPay numbers (62, 16 to 19 digits) need not pass the Luhn check: the network
        # does not require it. Without the checksum, only beside a card word.
        Pattern(
            "card_unionpay",
            r"(?<![\w\-.+])62[0-9]{2}([ \-]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?:\1[0-9]{1,3})?"
            r"(?![\w\-]|\.[0-9])",
            score=0.6,
            requires_context=True,
            min_length=16,
            max_length=23,
            prefilter=("62",),
        ),
        # A card-shaped number that fails the Luhn check, right after a payment card's name
        # ("my credit card number is 1234 5678 9012 3456", "Card no: 4567-8901-2345-6789"): a
        # mistyped or made-up number the writer calls a card is redacted as one. Only 16
        # digits (bare or four groups of four) or Amex's 4-6-5, and only after the phrase.
        Pattern(
            "card_unchecked",
            # (A word of every such phrase leads, lower-cased, and the number is the finding:
            # the expression is tried only where one of those words is, not at every digit.)
            r"(?:card|visa|amex|cc)[^0-9\n]{0,40}?(?<![\w\-.+])"
            r"(?P<value>[0-9]{4}([ \-]?)[0-9]{4}\2[0-9]{4}\2[0-9]{4}"
            r"|3[47][0-9]{2}([ \-]?)[0-9]{6}\3[0-9]{5})(?![\w\-]|\.[0-9])",
            score=0.35,
            requires_context=True,
            lowercase=True,
            min_length=15,
            max_length=19,
            prefilter=("card", "visa", "amex", "cc"),
        ),
        # Groups joined by a typographic dash (en dash, figure dash, non-breaking hyphen, minus
        # sign), as word processors and PDFs write them; only in texts holding such a dash.
        Pattern(
            "card_typo_dash",
            r"[0-9](?<![\w\-.+\u2010-\u2013\u2212][0-9])[0-9]{3,5}([\u2010-\u2013\u2212])[0-9]{3,7}"
            r"(?:\1[0-9]{1,7}){1,3}(?![\w\-\u2010-\u2013\u2212]|\.[0-9])",
            score=0.85,
            min_length=14,
            max_length=29,
            prefilter=_TYPO_DASHES,
        ),
        # Groups joined by a no-break, narrow no-break or thin space, as web pages, PDFs and
        # French or Swiss formatting write them; only in texts holding such a space.
        Pattern(
            "card_wide_space",
            r"(?<![\w\-.+])[0-9]{4,6}([\u00a0\u202f\u2009])[0-9]{3,7}(?:\1[0-9]{1,7}){1,3}"
            r"(?![\w\-]|\.[0-9])",
            score=0.85,
            min_length=14,
            max_length=29,
            prefilter=_WIDE_SPACES,
        ),
    )

    # The first group of a grouped card: 4 to 6 digits.
    _FIRST_GROUP = re.compile(r"[0-9]{4,6}(?![0-9])")

    def score(
        self, text: str, start: int, end: int, base: float, /
    ) -> tuple[float, tuple[str, ...]]:
        """The context score, a negative word counted only when it labels the number.

        An order's, invoice's, trace's or tracking number is labelled right before it
        (:data:`_CARD_NEGATIVE_LABEL`); a sentence about an order that names a card's number
        elsewhere ("I placed an order and paid with 4111 1111 1111 1111") is a card's.
        """
        score, words = super().score(text, start, end, base)
        if score >= base or not any(w in self._neg_words for w in words):
            return score, words
        before = text[max(0, start - self.context_width) : start]
        before = before[before.rfind("\n") + 1 :].lower()
        if _CARD_NEGATIVE_LABEL.search(before) is not None:
            return score, words
        positive = tuple(w for w in words if w not in self._neg_words)
        return (min(1.0, base + self.context_boost) if positive else base), positive

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        # (Each pattern's name is tested once: the two numbers failing the Luhn check have
        # their own readers, the others share the checks below.)
        name = pattern.name
        if name == "card_unionpay":
            return self._unionpay(text, start, end, pattern)
        if name == "card_unchecked":
            return self._unchecked(text, start, end, pattern)
        grouped = name == "card_grouped"
        if (
            (grouped and self._FIRST_GROUP.match(text, start) is None)
            or (name == "card_dotted" and text.find(".", start, end) - start != 4)
            or _time_value_field(text, start)
        ):
            # A first group of the wrong length fails the whole candidate and its cut below
            # ("200 200 200 200", a column of numbers): no need to try either. A time field
            # (time.Time{wall:0x..., ext:538682900040573}) is a clock's reading.
            return None
        found = PatternDetector.evaluate(self, text, start, end, pattern)
        if found is None:
            # "4111 1111 1111 1111 2026": a trailing group may belong to the next number.
            cut = max(text.rfind(" ", start, end), text.rfind("-", start, end)) if grouped else -1
            return (
                PatternDetector.evaluate(self, text, start, cut, pattern)
                if cut - start >= 14
                else None
            )
        if (
            (found.evidence.tags == ("uatp",) or name == "card_halves")
            and not found.evidence.context
            and not _whole_line(text, start, end)
            and _machine_line_at(text, start, -1, _scan_lines(state))
        ):
            # 15 digits from 1 are also thread ids and counters of log records: there a UATP
            # number needs a card word. In a sentence, or as a value of its own, it is a card.
            # Two groups of eight ("4012 8888 8888 1881" as "40128888 88881881") are also two
            # numbers of a log record's fields: there the card needs a card word too.
            return None
        return found

    def _unionpay(self, text: str, start: int, end: int, pattern: Pattern) -> Finding | None:
        """A UnionPay number failing the Luhn check, beside a card word.

        One that passes the check is the other patterns' finding.
        """
        digits = text[start:end].translate(_NO_SPACES)
        if len(set(digits)) < 2 or luhn_valid(digits):
            return None
        found = _finding(self, text, start, end, pattern, tags=("unionpay",))
        positive = {w.strip() for w in self._ctx}
        return found if positive.intersection(found.evidence.context) else None

    def _unchecked(self, text: str, start: int, end: int, pattern: Pattern) -> Finding | None:
        """A card-shaped number failing the Luhn check, right after a payment card's name.

        One that passes the check is the other patterns' finding; a UnionPay number is
        :meth:`_unionpay`'s.
        """
        if not _after_card_name(text, start):
            return None
        digits = text[start:end].translate(_NO_SPACES)
        if digits.startswith("62") or len(set(digits)) < 3 or luhn_valid(digits):
            return None
        # (No refusal for a negative word near: it counts only when it labels the number
        # (:meth:`score`), and a card's name stands right before this one.)
        return _finding(self, text, start, end, pattern, tags=("unchecked",))

    def validate(self, value: str, /) -> bool | None:
        seps = {c for c in set(value) if not c.isdigit()}
        if len(seps) > 1:
            return False
        groups = [len(g) for g in _CARD_SEPS.split(value)]
        if (
            seps
            and groups not in ([4, 3, 3, 3], [8, 8])
            and any(n < 4 or n > 6 for n in groups[:-1])
        ):
            # "200 200 200 200": groups of a card are 4 to 6 digits, but for the 4-3-3-3
            # layout of 13-digit Visa numbers (its brand check below needs a 4 and 13 digits)
            # and the two halves of a 16-digit number ("35660020 20360505").
            return False
        if groups == [4, 3, 3, 3] and value[0] != "4":
            return False
        digits = value.translate(_NO_SPACES)
        if not 12 <= len(digits) <= 19:
            return False
        if len(set(digits)) < 2 or not card_brand(digits):
            return False
        return luhn_valid(digits)

    def tags(self, value: str, /) -> tuple[str, ...]:
        return (card_brand(value.translate(_NO_SPACES)),)


# One group of an IBAN as people write it: letters and digits after a space, hyphen or
# full stop ("NO 44 1850.05.14562", "ES72 2013-0692-81-0201150993").
_IBAN_GROUP = re.compile(r"[ .\-]?([A-Za-z0-9]{1,34})")
# An IBAN's head right before a phone candidate ("Contact: CH93 0076 2011 ...": the digits
# after the check digits are no international number).
_IBAN_HEAD_BEFORE = re.compile(r"(?<![\w])[A-Z]{2} ?[0-9]{2}[ .\-]?\Z")


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


class IbanDetector(PatternDetector):
    """International bank account numbers: country length and ISO 7064 mod 97-10."""

    entity = EntityType.IBAN_CODE
    name = "iban"
    checksum = "mod97"
    patterns = (
        # As people write them: a space may follow the country code, groups of any length
        # joined by a space, hyphen or full stop, lower-case letters beside digits; the
        # groups are read up to the country's length (:func:`iban_walk`).
        Pattern(
            "iban",
            r"[A-Z]{2} ?[0-9]{2}(?:[ .\-]?[A-Za-z0-9]{1,34}+){1,12}",
            score=0.9,
            not_after=r"\w",
            prefilter=_ANY_DIGIT,
        ),
        # Written in lower case, as in chat and tickets ("my iban is de89 3704 ..."): only
        # where the word IBAN occurs (the country's length, account layout and mod 97 are
        # checked as for the upper-case form).
        Pattern(
            "iban_lower",
            r"[a-z]{2}[0-9]{2}(?:[ \-]?[a-z0-9]{4}){2,7}(?:[ \-]?[a-z0-9]{1,4})?(?![\w])",
            score=0.9,
            not_after=r"\w",
            prefilter=("iban",),
        ),
        # Groups of four joined by a no-break, narrow no-break or thin space (formatted text).
        Pattern(
            "iban_wide_space",
            r"[A-Z]{2}[0-9]{2}(?:[\u00a0\u202f\u2009][A-Z0-9]{4}){2,7}"
            r"(?:[\u00a0\u202f\u2009][A-Z0-9]{1,4})?(?![\w])",
            score=0.9,
            not_after=r"\w",
            prefilter=_WIDE_SPACES,
        ),
    )

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        if pattern.name == "iban":
            stop = iban_walk(text, start, end)
            if stop is None or (stop < len(text) and (text[stop].isalnum() or text[stop] == "_")):
                return None
            return _finding(self, text, start, stop, pattern, checksum=self.checksum,
                            tags=(text[start:start + 2],))  # fmt: skip
        value = text[start:end]
        # A trailing group may belong to the following text: retry without it.
        while True:
            if iban_valid(value.translate(_WIDE_TO_SPACE)):
                return _finding(self, text, start, start + len(value), pattern,
                                checksum=self.checksum, tags=(value[:2].upper(),))  # fmt: skip
            cut = max(value.rfind(c) for c in " \u00a0\u202f\u2009")
            if cut < 15:
                return None
            value = value[:cut]


class UsSsnDetector(PatternDetector):
    """US social security numbers; invalid area, group and serial numbers are rejected."""

    entity = EntityType.US_SSN
    name = "us_ssn"
    checksum = "ssa_rules"
    # "SSN#" is a label of its own: "#" is no separator of context words ("ss#" is a word).
    context = ("ssn", "ssn#", "social security", "social sec", "ss#", "ss #", "taxpayer", "tin")
    negative_context = ("order", "invoice", "phone", "tel", "zip", "routing")
    context_boost = 0.4
    patterns = (
        Pattern("ssn", _GROUPED, score=0.6, min_length=11, max_length=11, prefilter=_ANY_DIGIT),
        Pattern("ssn_bare", _DIGITS, score=0.2, requires_context=True, min_length=9, max_length=9),
        # Groups joined by a typographic dash (en dash, non-breaking hyphen, minus sign), as word
        # processors and PDFs write them: read as the hyphen.
        Pattern("ssn_typo_dash",
                r"[0-9](?<![\w\-.+\u2010-\u2013\u2212][0-9])[0-9]{2}([\u2010-\u2013\u2212])[0-9]{2}"
                r"\1[0-9]{4}"
                r"(?![\w\-\u2010-\u2013\u2212]|\.[0-9])",
                score=0.6, min_length=11, max_length=11, prefilter=_TYPO_DASHES),
        # "SSN: 078.05.1123": dotted groups are versions and addresses elsewhere, so only
        # right after an SSN word (the word leads the pattern: no search at every digit).
        Pattern("ssn_dotted", r"(?:ssn|social security(?: number)?|ss ?#)[^0-9\n]{0,20}"
                r"(?<![\w\-.+])(?P<value>[0-9]{3}\.[0-9]{2}\.[0-9]{4})(?![\w\-]|\.[0-9])",
                score=0.2, requires_context=True, lowercase=True,
                prefilter=("ssn", "social security", "ss#", "ss #")),
    )  # fmt: skip
    _SHAPE = re.compile(r"[0-9]{3}([\- ])[0-9]{2}\1[0-9]{4}")

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        if pattern.name == "ssn":
            m = self._SHAPE.fullmatch(value)
            if m is None:
                return None
            base = 0.6 if m.group(1) == "-" else 0.45
        elif len(value) == 9 or pattern.name in ("ssn_dotted", "ssn_typo_dash"):
            base = pattern.score
        else:
            return None
        digits = value.translate(_NO_SPACES)
        if digits in SSN_VOIDED:
            # Issued, then voided by public use: still a number people wrote as their own,
            # and what a careless test record holds. Redacted, and said to be void.
            return _finding(self, text, start, end, pattern, base=base, tags=("voided",))
        if not ssn_valid(digits):
            return None
        return _finding(self, text, start, end, pattern, base=base, checksum=self.checksum)


_BTC_VERSIONS = frozenset({0x00, 0x05, 0x6F, 0xC4})


class CryptoDetector(PatternDetector):
    """Bitcoin addresses: Base58Check (P2PKH/P2SH) or bech32/bech32m (segwit), mainnet or testnet."""

    entity = EntityType.CRYPTO
    name = "crypto"
    context = ("btc", "bitcoin", "wallet", "crypto", "address")
    patterns = (
        # Mainnet P2PKH "1" and P2SH "3"; testnet "m"/"n" and "2" (like bech32's "tb1").
        Pattern("btc_base58", r"[123mn][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])", score=0.9, not_after=r"\w",
                prefilter=("1", "2", "3", "m", "n")),
        Pattern("btc_bech32", r"(?:bc1|BC1|tb1)[0-9A-Za-z]{8,87}(?![\w])", score=0.9,
                not_after=r"\w", prefilter=("bc1", "tb1")),
    )  # fmt: skip

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        if pattern.name == "btc_base58":
            # P2PKH and P2SH, mainnet (0, 5) or testnet (111, 196): other versions are
            # other coins' addresses or keys.
            ok, check = base58check_version(value) in _BTC_VERSIONS, "base58check"
        else:
            # The checksum, and a witness version and program a segwit address can have.
            ok, check = segwit_address_valid(value), "bech32"
        if not ok:
            return None
        return _finding(self, text, start, end, pattern, checksum=check, tags=("bitcoin",))


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


# An ISO 8601 / RFC 3339 time after a date: hours and minutes, seconds and their fraction, a
# zone ("Z", "+06:00", "-0600", "+06"), or a twelve-hour clock's mark ("T03:00PM", "T03:00p").
# After a "T" the hour may stand alone or the time be written without colons ("T18",
# "T04+01:00", "T1015", "T101530"): the "T" says a time follows, as ISO 8601's basic format
# writes it. A second's fraction may run to 18 digits: RFC 3339 bounds it by nothing, and
# clocks print nanoseconds (9) and more ("00:59:59.999999999999999Z").
_ISO_ZONE = r"(?:[Zz]|[+\-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)"
_ISO_TIME = (
    r"(?:[Tt ](?:[01]\d|2[0-4]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d{1,18})?)?"
    rf"(?:{_ISO_ZONE}|[AaPp][Mm]?)?"
    rf"|[Tt](?:[01]\d|2[0-4])(?:[0-5]\d(?:[0-5]\d)?)?{_ISO_ZONE}?)?"
)
# A clock time after a numeric date ("05/19/2009 2:30 PM", "19.05.2009, 14:30:05"), or an
# ISO 8601 time after a "T" ("15/01/2019T04:05:06.789120Z").
_CLOCK = (
    r"(?:,? (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?: ?[AaPp]\.?[Mm]\b\.?)?"
    rf"|T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{{1,18}})?)?{_ISO_ZONE}?)?"
)


_WEEKDAYS = r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs?|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
# A day of the month, with an ordinal suffix when written so ("10", "3rd", "21st").
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
# A month's name written as a name: its first letter a capital ("May 5", "AUG 10"; "you may
# 5" is no date). A year after it makes the lower-case form a date as well (``month_year``).
# (Caseless in ASCII only, "(?ai:": no long s, U+017F, for an "s", as the prefilter's core
# reads it.)
_MONTH_NAME = rf"(?=[A-Z])(?ai:{_MONTHS})"


def _calendar_ok(year: int, month: int, day: int) -> bool:
    """Whether (year, month, day) is a day of the calendar (``2/29/2014`` is not)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return day <= (29 if leap else 28)
    return day <= (30 if month in (4, 6, 9, 11) else 31)


_DIGIT_RUN = re.compile(r"[0-9]+")


def _numeric_date_ok(parts: list[str]) -> bool:
    """Whether a numeric date's first three digit runs form a day of the calendar.

    Year first (``2014-02-28``, ``2012/8/10``) is read year, month, day; otherwise the day
    and month may come in either order (``31/12/2014``, ``12/31/2014``), and a two-digit year
    is read in either century.
    """
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        return _calendar_ok(a, b, c)
    years = (c,) if len(parts[2]) == 4 else (1900 + c, 2000 + c)
    return any(_calendar_ok(y, m, d) for y in years for m, d in ((b, a), (a, b)))


class DateTimeDetector(_ScanAware):
    """Calendar dates (``born 3 May 1984``, ``05/03/1984``, ``1984-05-03``) and date-times.

    Not part of the default entities. Numeric dates must be days of the calendar
    (``02/29/2022``, ``18/13/2022`` are not). A month's name with a day and no year
    (``10 August``, ``Dec. 21``, ``15Sep``) is a date when the name is written as one, with a
    capital. A date with a time of day (``2009-05-19T14:39:22Z``, ``05/19/2009 2:30 PM``) is
    reported in prose and as a whole value, but not in a log record or other machine text (nor
    in brackets, ``[19/May/2009:...]``): there it is the time of an event, not a fact about a
    person.
    """

    entity = EntityType.DATE_TIME
    name = "date_time"
    context = ("born", "birth", "dob", "birthday", "date", "anniversary", "expires", "since")
    context_boost = 0.2
    patterns = (
        # (unpadded as well: "2021-5-12")
        Pattern("iso_date", rf"(?<![\w\-:/.])\d{{4}}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]){_ISO_TIME}(?![\w\-:/]|\.\d)", 0.6),
        Pattern("numeric_date", rf"(?<![\w\-:/.])(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)?\d{{2}}{_CLOCK}(?![\w\-:/]|\.\d)", 0.55),
        # Year first with a slash or a full stop ("2012/8/10", "2014.12.28"); a year of this or
        # the last century only (no version number).
        Pattern("year_first_date", rf"(?<![\w\-:/.])(?:19|20)\d{{2}}([/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01]){_CLOCK}(?![\w\-:/]|\.\d)", 0.55),
        # (a year of two digits after a name written with a capital: "Aug 9, 96", "3 Aug 96")
        Pattern("month_day_year", rf"(?<![\w])(?:(?ai:{_MONTHS})\.?,? {_DAY}(?:, ?| )(?:19|20)\d{{2}}|{_MONTH_NAME}\.?,? {_DAY},? '?\d{{2}})(?![\w]|[:.]\d)", 0.75),
        # (a full stop may follow the day, as German writes it: "9. September 2019")
        Pattern("day_month_year", rf"(?<![\w]){_DAY}\.?(?: of)? (?:(?ai:{_MONTHS})\.?,? (?:19|20)\d{{2}}|{_MONTH_NAME}\.?,? '?\d{{2}})(?![\w]|[:.]\d)", 0.75),
        # A month's name between a day and a year, joined by "-", "/" or ".": "12-May-2021",
        # "06/Nov/2023:06:36:02" (a time after a colon, as web servers write it), "2012/Aug/10";
        # or glued to both, with a four-digit year: "10Sep2001", "03JAN2019".
        Pattern("day_name_year", rf"(?<![\w\-:/.])(?:(?:0?[1-9]|[12]\d|3[01])([/\-.])(?ai:{_MONTHS})\1(?:19|20)?\d{{2}}|(?:19|20)\d{{2}}([/\-.])(?ai:{_MONTHS})\2(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])(?ai:{_MONTHS})(?:19|20)\d{{2}})(?::\d{{2}}:\d{{2}}(?::\d{{2}})?(?: [+\-]\d{{4}})?)?(?![\w\-/]|[.:]\d)", 0.7),
        # The C library's ``ctime`` layout: the month's name, the day, a time, the year, after an
        # optional week day and with an optional zone ("Tue Apr 07 22:52:51 2009",
        # "Wed Jun 30 21:49:08 UTC 1993").
        Pattern("ctime_date", rf"(?<![\w])(?:(?=[A-Z])(?ai:{_WEEKDAYS}),? )?{_MONTH_NAME} {{1,2}}{_DAY} (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)? (?:[A-Z]{{3,5}} )?(?:19|20)\d{{2}}(?![\w]|[:.]\d)", 0.75),
        # (not after a day, which ``day_month_year`` reads with it: one candidate a date)
        Pattern("month_year", rf"(?<![\w])(?<![0-9] )(?<![0-9](?:st|nd|rd|th) )(?<! of )(?ai:{_MONTHS})(?:\.?,? |-|\. ?)(?:19|20)\d{{2}}(?![\w])", 0.55),
        # A year, then the month's name: "2024 Aug", "2018 March 18", "2024-August".
        Pattern("year_month", rf"(?<![\w\-:/.])(?:19|20)\d{{2}}[ \-/]{_MONTH_NAME}\.?(?: {_DAY})?(?![\w\-/]|\.\d)", 0.55),
        # The month's name and a day, no year: "August 10", "Dec. 21", "January 5th".
        # (not before a year, which the patterns above read with the date, nor a time's colon)
        Pattern("month_day", rf"(?<![\w])(?<!\d )(?<!\d, ){_MONTH_NAME}\.?,? {_DAY}(?![\w:]|[.,/]\d|,? ?'?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d:]))", 0.6),
        # A day and the month's name: "10 August", "12th of July", "15Sep" (glued, as
        # calendars print it), "Tuesday, 10 January".
        Pattern("day_month", rf"(?<![\w.:/\-]){_DAY}(?: of | ?){_MONTH_NAME}\.?(?![\w\-/]|\.\d|,? ?'?(?:(?:19|20)\d{{2}}|\d{{2}})(?![\d:]))", 0.6),
    )  # fmt: skip
    _NUMERIC = frozenset({"iso_date", "numeric_date", "year_first_date"})
    # A time of day after a date ("5 May 12:00", "SUN 15SEP 11:05 AM").
    _TIME_AFTER = re.compile(r"[T ,]{1,2}\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\b\.?)?")
    # (a time after a "T" may have no colon: "2024-01-05T10", "2015-10-08T1015")
    _HAS_TIME = re.compile(r"\d:\d|\d[Tt]\d")

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        if text[start - 1 : start] == "[":
            return None  # a bracketed log timestamp
        if pattern.name in self._NUMERIC:
            value = text[start:end]
            parts = _DIGIT_RUN.findall(value, 0, 16)[:3]
            if not _numeric_date_ok(parts):
                return None
            if (
                pattern.name == "numeric_date"
                and "." in value
                and len(parts[2]) == 2
                and _machine_line_at(text, start, -1, _scan_lines(state))
            ):
                return None  # "10.14.20" in machine text: a version, as often as a date
        timed = self._HAS_TIME.search(text, start, end)
        time_after = None if timed else self._TIME_AFTER.match(text, end)
        if (
            (timed or time_after)
            and not _whole_line(text, start, time_after.end() if time_after else end)
            and _machine_line_at(text, start, -1, _scan_lines(state))
        ):
            return None  # a timestamp: the time of an event in a log record or machine text
        return PatternDetector.evaluate(self, text, start, end, pattern)


# --------------------------------------------------------------------------- network


def _ip_tags(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> tuple[str, ...]:
    version = f"ipv{addr.version}"
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_unspecified:
        scope = "unspecified"
    elif addr.is_loopback:
        scope = "loopback"
    elif addr.is_link_local:
        scope = "link_local"
    elif addr.is_multicast:
        scope = "multicast"
    elif any(addr in net for net in _DOC_NETS if net.version == addr.version):
        scope = "documentation"
    elif addr.is_global:
        scope = "public"
    elif addr.is_private:
        scope = "private"
    else:
        scope = "reserved"
    return (version, scope)


def _ipv4_tags(value: str) -> tuple[str, ...] | None:
    """Validate dotted-quad IPv4 (no leading zeros, octets <= 255) and tag its scope."""
    parts = value.split(".")
    if len(parts) != 4 or any(not p.isdigit() or (len(p) > 1 and p[0] == "0") for p in parts):
        return None
    a, b, c, d = (int(p) for p in parts)
    if a > 255 or b > 255 or c > 255 or d > 255:
        return None
    if a == 0:
        scope = "unspecified" if b == c == d == 0 else "reserved"
    elif a == 127:
        scope = "loopback"
    elif a == 169 and b == 254:
        scope = "link_local"
    elif 224 <= a <= 239:
        scope = "multicast"
    elif (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        scope = "documentation"
    elif a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        scope = "private"
    elif (
        a >= 240
        or (a == 100 and 64 <= b <= 127)
        or (a == 198 and b in (18, 19))
        or (a == 192 and b == 0 and c in (0, 2))
    ):
        scope = "reserved"
    else:
        scope = "public"
    return ("ipv4", scope)


_DOC_NETS = tuple(
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)


_ASCII_LETTERS = frozenset(string.ascii_letters)


# Symbols that never follow an address: a "::" glued to one is a field separator
# ("sdk: 19::~~os: 1::~~", FireEye's key-value records), not the end of a compressed IPv6.
_AFTER_SEPARATOR = frozenset("~!@#$^*+?`")


def _separator_colons(text: str, end: int) -> bool:
    """Whether the colon run ending at ``end`` ends in a ``::`` field separator."""
    return (
        text[end - 2 : end] == "::" and text[end : end + 1] in _AFTER_SEPARATOR and end < len(text)
    )


def _glued_before(before: str) -> bool:
    """``IpAddressDetector._VERSION_GLUE_BEFORE.search(before)``, by looking at its end.

    The expression is anchored at the end: ``~``, or an ASCII letter then ``-``, ``_`` or ``.``.
    """
    last = before[-1:]
    return last == "~" or (last in ("-", "_", ".") and before[-2:-1] in _ASCII_LETTERS)


class IpAddressDetector(_ScanAware):
    """IPv4 and IPv6 addresses in every textual form, validated by :mod:`ipaddress`.

    Version strings (``1.2.3.4.5``, ``v1.2.3.4``) and out-of-range octets are rejected; a
    port, brackets and CIDR suffixes are left out of the span; IPv6 zone ids are kept.
    Tags give the version and scope: ``public``, ``private``, ``loopback``, ``link_local``,
    ``multicast``, ``documentation``, ``reserved`` or ``unspecified``.
    """

    entity = EntityType.IP_ADDRESS
    name = "ip_address"
    scan_literals = (" > ", "ip ", "passive mode (", "port ")
    # ("vrmf": IBM's version, release, modification and fix level, "VRMF(9.0.0.0)")
    _VERSION_WORDS = frozenset(
        {"version", "ver", "release", "build", "firmware", "oid", "v", "vrmf"}
    )
    patterns = (
        Pattern(
            "ipv4",
            # (a letter of a script written without spaces may touch it: "是192.168.0.1吗";
            # a word character before it is refused by ``evaluate``, ``_glued_word``)
            rf"\.[0-9]{{1,3}}+\.[0-9]{{1,3}}+\.[0-9]{{1,3}}+(?!{_SPACED_WORD}|\.[0-9])",
            0.9,
            not_after=r"0-9_.",
            extend_back="0123456789",
            extend_max=3,
            prefilter=(".",),
        ),
        Pattern(
            "ipv6",
            # Possessive repetitions: a run of colons or hex is rejected without backtracking.
            _COLON_RUN,
            0.9,
            not_after=r"_:.",  # and a word character of a spaced script (``evaluate``)
            extend_back=_HEXCHARS,
            extend_max=4,
            prefilter=(":",),
        ),
    )

    def __init__(self) -> None:
        self._cache: BoundedMemo[str, tuple[str, ...] | None] = BoundedMemo(65536)

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        yield from super().find(state)
        text = state.text
        if state.present((" > ",)) or (state.present(("ip ",)) and "IP " in text):
            yield from self._flows(text)
        if state.present(("passive mode (",)) or (state.present(("port ",)) and "PORT " in text):
            yield from self._ftp_hosts(text)
        if "::" in text:
            yield from self._after_key(text)
        if text.count(":") >= 8:  # a key's colon and the address's seven
            yield from self._full_after_key(text)
            if "/" in text:
                yield from self._java_endpoints(text)
        if ".." in text:
            yield from self._after_dots(text)
        if "%" in text:
            yield from self._after_escapes(text)
        if "\\" in text:
            yield from self._after_references(text)
        if "_" in text or "-" in text:
            yield from self._in_identifiers(text)

    # A quad right after a regular expression's group reference: sed writing a setting
    # ("s|^\\(auth_host = \\).*$|\\1127.0.0.1|"). The main pattern reads the reference's
    # digit as the address's first ("1127") and refuses it; the quad after it is judged alone.
    _AFTER_REFERENCE = re.compile(
        rf"\\[1-9]({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})(?![\w]|\.[0-9])"
    )

    def _after_references(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._AFTER_REFERENCE.finditer(text):
            run = m.group()[1:].partition(".")[0]
            if len(run) <= 3 and int(run) <= 255:
                continue  # "\11.2.3.4": the main pattern reads the whole run as a quad
            # (not ``evaluate``: the reference's digit right before would read as a glued word)
            tags = self._tags(m.group(1), v6=False)
            if tags is not None and not self._is_version(text, *m.span(1)):
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    # A quad glued by "_" or "-" into an identifier, right after a word naming an endpoint,
    # a direction or a transport: Splunk's "connection_11.3.99.62_8089_host12", Check Point's
    # "packet_capture_name="src-10.160.59.141.cap"", Juniper's "Connection error
    # tcp_10.181.123.45". The main pattern refuses a quad after "_" (a longer word's tail) and
    # after a letter and "-" or before ".cap" (a package's or file's version: "lib_1.2.3.4",
    # "pkg-1.2.3.4.tar"); after such a word it is the endpoint's address whatever follows (a
    # port "_8089", an extension). Other words keep the version reading, and a configured
    # object's name stays a name, as the labels keep host names ("server = server_192.168.1.59",
    # Cisco's AAA server; "peer-192.0.2.7" is the main pattern's). A search for the glue
    # character, then a bounded look at the word before: linear.
    _GLUED_QUAD = re.compile(rf"[_\-]({_IPV4_QUAD})(?![A-Za-z0-9])")
    _ENDPOINT_WORD = re.compile(
        r"(?<![A-Za-z])(?i:src|dst|source|dest|destination|tcp|udp|sctp|icmp|connection|conn"
        r"|remote)\Z"
    )

    def _in_identifiers(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._GLUED_QUAD.finditer(text):
            glue = m.start()
            if not text[glue - 1 : glue].isalpha() or (
                self._ENDPOINT_WORD.search(text, max(0, glue - 12), glue) is None
            ):
                continue
            start, end = m.span(1)
            if text[glue] == "-" and self.evaluate(text, start, end, pattern) is not None:
                continue  # "peer-192.0.2.7": the main pattern's already
            tags = self._tags(m.group(1), v6=False)
            if tags is not None:
                yield _finding(self, text, start, end, pattern, tags=tags)

    # A quad right after a percent-escape: a quoted address in a URL-encoded record
    # ('s:13:"92.103.209.40"' written "s%3A13%3A%2292.103.209.40%22"), "ip%3D10.0.0.1",
    # "for%2010.0.0.1". The main pattern reads the escape's last digit or letter as part of
    # the address and refuses it; here the escape is read decoded, and the quad is judged as
    # in the decoded text (a product's version after an encoded "/" stays a version:
    # "Chrome%2F120.0.0.0"). A search for "%" and a bounded window around each quad: linear.
    _AFTER_ESCAPE = re.compile(rf"%[0-9A-Fa-f]{{2}}({_IPV4_QUAD})")
    _ESCAPE_WINDOW = 48  # characters decoded on either side of the quad

    def _after_escapes(self, text: str) -> Iterator[Finding]:
        pattern, reach = self.patterns[0], self._ESCAPE_WINDOW
        for m in self._AFTER_ESCAPE.finditer(text):
            start, end = m.span(1)
            before = urllib.parse.unquote(text[max(0, start - reach) : start])
            after = urllib.parse.unquote(text[end : end + reach])
            probe = before + m.group(1) + after
            found = self._evaluate(probe, len(before), len(before) + end - start, pattern, None)
            if found is not None and found.end - found.start == end - start:
                yield _finding(self, text, start, end, pattern, tags=found.evidence.tags)

    # A quad right after two or more dots: strongSwan's "established between
    # 198.51.100.1[id]...203.0.113.9[id]", ranges written "a..b". A version never follows "..";
    # the main pattern refuses any quad after a dot (it may be a longer dotted number's tail).
    _AFTER_DOTS = re.compile(rf"\.\.({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})(?![\w]|\.[0-9])")

    _QUAD_BEFORE = re.compile(rf"(?:(?<![\w.])|(?<=\.\.)){_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}\Z")

    def _after_dots(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._AFTER_DOTS.finditer(text):
            at = m.start()
            while text[at - 1 : at] == ".":  # the whole run of dots ("...")
                at -= 1
            if text[at - 1 : at].isdigit() and not self._QUAD_BEFORE.search(
                text, max(0, at - 15), at
            ):
                continue  # "1.2.3...1.2.4.0": a range of versions, not of addresses
            found = self.evaluate(text, *m.span(1), pattern)
            if found is not None:
                yield found

    # A compressed IPv6 address right after a key and a colon ("src:2001:db8::1",
    # "client_ip:fe80::1%eth0"): the colon pass reads the key's colon as the address's first
    # and the key as a group, and refuses the whole run. Each colon that follows a letter and
    # opens a hex group is tried as the key's; the address after it is checked as usual
    # (``evaluate``; the short forms never stand alone after a key's colon). Only a
    # compressed address (its own "::"): the "::" that ``find`` asks of the text is then a
    # necessary condition, so a batch's other texts never open this pass for a run of full
    # groups ("[IPv6:1111:...:8888:9999]" read as eight groups and a port). An address that
    # opens with its "::" follows the key's colon too (Juju's address scopes:
    # "local-machine:::1", "local-cloud:::ffff:10.0.0.1"): three colons, the key's and the
    # address's two, then a group (a path "std::vector" has two).
    _KEY_COLON = re.compile(r":(?:[0-9A-Fa-f]{1,4}:|(?=::[0-9A-Fa-f]))")
    _V6_AFTER_KEY = re.compile(_HEX + r"{0,4}" + _COLON_RUN)

    def _after_key(self, text: str) -> Iterator[Finding]:
        pattern, resume = self.patterns[1], 0
        for m in self._KEY_COLON.finditer(text):
            at = m.start()
            if at < resume or not (
                text[at - 1 : at].isalpha()
                or text[at - 1 : at] == "_"
                or text[at - 4 : at].lower() == "ipv6"  # "[IPv6:2001:db8::25]" (SMTP, RFC 5321)
            ):
                continue
            run = self._V6_AFTER_KEY.match(text, at + 1)
            if run is None:
                continue
            resume = run.end()
            found = self.evaluate(text, at + 1, run.end(), pattern)
            if found is not None and "::" in text[found.start : found.end]:
                yield found

    # The same for a full address, eight groups and no "::" ("src:2001:db8:0:0:0:0:0:1",
    # "[IPv6:2001:db8:0:0:0:0:0:25]"): its own gate is the count of colons. A run of exactly
    # eight groups of 1-4 hex digits right after a colon (a search for ":", each run read
    # once, so linear); the key before that colon is a word that is no hex group (a ninth
    # group would make the run no address: "a:1:2:3:4:5:6:7:8", "dead:beef:..."), and
    # neither a ninth group, nor a port, nor a word may follow it. Times ("12:30:45:123")
    # and colon MACs (six groups, or eight of two digits: refused by ``evaluate``) never
    # fill it. Each answer reads the run and at most 32 characters before it: a text's own.
    _FULL_RUN = re.compile(
        r":((?:[0-9A-Fa-f]{1,4}+:){7}+[0-9A-Fa-f]{1,4}+(?:%[0-9A-Za-z_\-]{1,32}+)?)"
        rf"(?!{_SPACED_WORD}|\.\w|:[\w:])"
    )
    _KEY_BEFORE = re.compile(r"\w{1,32}\Z")
    _HEX_KEY = re.compile(r"[0-9A-Fa-f]{1,4}")

    def _full_after_key(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[1]
        for m in self._FULL_RUN.finditer(text):
            at = m.start()
            key = self._KEY_BEFORE.search(text, max(0, at - 32), at)
            if key is None or self._HEX_KEY.fullmatch(key.group()):
                continue  # no key, or one more group of the same run
            found = self.evaluate(text, *m.span(1), pattern)
            if found is not None:
                yield found

    # Java prints a socket address as "[host]/<address>:<port>", IPv6 in its full eight-group
    # form, and log4j layouts glue the thread's name to the logging class with a colon
    # ("[QuorumPeer[myid=2]/2001:db8:0:0:0:0:0:17:2181:QuorumPeer@670]", ZooKeeper's
    # "[%t:%C{1}@%L]"). The colon pattern refuses a run followed by ":<word>"; after the slash,
    # eight groups, a port and a colon before a letter, the eight groups are the address.
    # Anchored on the slash (a literal the search skips to; what stands before it, not a
    # word character or a colon, is read after a match), each run read once.
    _JAVA_ENDPOINT = re.compile(
        r"/((?:[0-9A-Fa-f]{1,4}+:){7}+[0-9A-Fa-f]{1,4}+(?:%[0-9A-Za-z_\-]{1,32}+)?)"
        r":[0-9]{1,5}+:(?=[A-Za-z])"
    )

    def _java_endpoints(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[1]
        for m in self._JAVA_ENDPOINT.finditer(text):
            at = m.start()
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_:"):
                continue  # glued to a word or a colon run: "a/..." is a path's
            tags = self._tags(m.group(1), v6=True)
            if tags is not None and "unspecified" not in tags:  # (a port follows: a wildcard)
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    # FTP writes a data connection's host and port as six comma-separated numbers (RFC 959):
    # "227 Entering Passive Mode (192,0,2,208,195,149)", "PORT 192,0,2,208,4,1". The first
    # four are the address; the span covers them as written.
    _FTP_HOST = re.compile(
        rf"(?:Passive Mode \(|(?<![\w-])PORT )({_OCTET},{_OCTET},{_OCTET},{_OCTET}),[0-9]{{1,3}},[0-9]{{1,3}}(?![0-9,])"
    )

    def _ftp_hosts(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        for m in self._FTP_HOST.finditer(text):
            tags = self._tags(m.group(1).replace(",", "."), v6=False)
            if tags is not None:
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    # tcpdump and flow printers write an endpoint as the quad and the port joined by a dot
    # ("IP 192.0.2.10.51234 > 198.51.100.7.443: Flags [S]"). Five dotted groups are no
    # address by themselves (a version, a French phone number), so only in a flow: after
    # "IP ", or as either end of "<end> > <end>". The span is the quad; the port is left out.
    # Anchored on those two literals (a search for each), never a scan of the whole text.
    _FLOW_END = re.compile(
        rf"(?<![\w.])({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})\.[0-9]{{1,5}}(?![\w]|\.[0-9])"
    )
    _FLOW_START = re.compile(rf"(?<![\w.])({_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET})\.[0-9]{{1,5}}\Z")
    # The same for IPv6 (tcpdump's "IP6 2001:db8::9.51234 > 2001:db8::5.22:"): the colon
    # pattern refuses an address glued to ".<digits>", which elsewhere is no address's end.
    _FLOW6_END = re.compile(
        r"(?<![\w:.])([0-9A-Fa-f:]{2,39}(?:%[\w\-]{1,16})?)\.[0-9]{1,5}(?=[:,]?(?:\s|\Z))"
    )
    _FLOW6_START = re.compile(r"(?<![\w:.])([0-9A-Fa-f:]{2,39}(?:%[\w\-]{1,16})?)\.[0-9]{1,5}\Z")

    def _flows(self, text: str) -> Iterator[Finding]:
        ends: dict[int, re.Match[str]] = {}
        # (each quad's verdict by its span, asked once: the quad after "IP " is the left
        # end of its flow's " > " too; the verdict reads only the text around the span)
        versions: dict[tuple[int, int], bool] = {}

        def version(span: tuple[int, int]) -> bool:
            verdict = versions.get(span)
            if verdict is None:
                verdict = versions[span] = self._is_version(text, *span)
            return verdict

        at = text.find("IP ")
        while at >= 0:
            m = self._FLOW_END.match(text, at + 3)
            if m is not None and not version(m.span(1)):
                ends[m.start()] = m
            at = text.find("IP ", at + 3)
        at = text.find(" > ")
        while at >= 0:
            right = self._FLOW_END.match(text, at + 3)
            left = None if right is None else self._FLOW_START.search(text, max(0, at - 22), at)
            if (
                left is not None
                and right is not None
                and not version(left.span(1))
                and not version(right.span(1))
            ):  # a version compared with another ("1.2.3.4.5 > 1.2.3.4.4") is no flow
                ends[left.start()] = left
                ends[right.start()] = right
            elif right is None and text[at - 1 : at].isdigit():
                yield from self._flow6(text, at)
            at = text.find(" > ", at + 3)
        pattern = self.patterns[0]
        for key in sorted(ends):
            m = ends[key]
            tags = self._tags(m.group(1), v6=False)
            if tags is not None:
                yield _finding(self, text, *m.span(1), pattern, tags=tags)

    def _flow6(self, text: str, at: int) -> Iterator[Finding]:
        """The two IPv6 ends of a flow ``<v6>.<port> > <v6>.<port>`` around ``at`` (" > ")."""
        right = self._FLOW6_END.match(text, at + 3)
        left = None if right is None else self._FLOW6_START.search(text, max(0, at - 46), at)
        if left is None or right is None:
            return
        found = []
        for m in (left, right):
            value = m.group(1)
            if "::" not in value and value.count(":") != 7:
                return
            tags = self._classify(value, v6=True)
            if tags is None:
                return  # both ends must be addresses: a flow, not a version comparison
            found.append(_finding(self, text, *m.span(1), self.patterns[1], tags=tags))
        yield from found

    def __getstate__(self) -> dict[str, object]:
        return {}

    def __setstate__(self, state: dict[str, object]) -> None:
        del state
        self.__init__()  # type: ignore[misc]

    # A word naming an address right before a value: "ip: ::", "IPv6 address ::".
    _ADDRESS_WORD = re.compile(
        r"(?i:\b(?:ip(?:v6)?|address|addr)\b)[ \t]{0,2}[:=]?[ \t]{0,2}(?:is[ \t])?\Z"
    )

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        value = text[start:end]
        if pattern.name == "ipv6" and self._not_v6(text, start, end, value, state):
            return None
        if _glued_word(text, start):
            return None  # "x1.2.3.4", "é1.2.3.4", "g::1": part of a longer word
        tags = self._tags(value, v6=pattern.name == "ipv6")
        if tags is None and value.endswith(":") and not value.endswith("::"):
            value = value[:-1]  # "2001:db8::1: connection refused"
            end -= 1
            tags = self._classify(value, v6=True)
        if tags is None and pattern.name == "ipv6":
            head, _, port = value.rpartition(":")
            if port.isdigit() and head and not head.endswith(":"):
                tags = self._classify(head, v6=True)  # "[client 2001:db8::1:8443]": a port
                if tags is not None:
                    value, end = head, start + len(head)
        if (
            tags is None
            or (
                pattern.name == "ipv4"
                # "4.3.2.1.in-addr.arpa", "93.108.242.140.rev.example.pt": a host name's labels
                and not (text[end : end + 1] == "." and self._host_name_after(text, end))
                and self._is_version(text, start, end)
            )
            or self._wildcard_socket(text, end, tags)
        ):
            return None
        return _finding(self, text, start, end, pattern, tags=tags)

    # A port (or netstat's "*") right after an unspecified address, the address closed by a
    # bracket or not ("0.0.0.0:8080", "[0:0:0:0:0:0:0:0]:9042", "0.0.0.0:*"), or Java's
    # "<host>/<address>:<port>" whose address is unspecified too ("0.0.0.0/0.0.0.0:2181",
    # ZooKeeper's "NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181").
    _WILDCARD_PORT = re.compile(
        r"\]?:(?:[0-9]{1,5}+|\*)(?![0-9.])|/0\.0\.0\.0:[0-9]{1,5}+(?![0-9.])"
    )

    def _wildcard_socket(self, text: str, end: int, tags: tuple[str, ...] | None) -> bool:
        """Whether an unspecified address ending at ``end`` is a socket's wildcard host.

        A server binds ``0.0.0.0:<port>`` (or ``[::]:<port>``) to listen on every interface of
        its own host: no peer's or person's address, and no set's labels take it for one
        (listeners, ZooKeeper's and Tomcat's thread names, netstat's ``0.0.0.0:*``). The
        unspecified address written alone, in a field or a flow ("ClientIP":"0.0.0.0", a NAT
        field), is still reported, tagged ``unspecified``; ``::`` with a port never was.
        """
        return (
            tags is not None
            and "unspecified" in tags
            and self._WILDCARD_PORT.match(text, end) is not None
        )

    def _unspecified(self, text: str, start: int, end: int, state: ScanState | None) -> bool:
        """Whether ``::`` (the unspecified IPv6 address) at ``start`` is a value.

        It is all of its line, or stands alone right after a word naming an address in a
        sentence (``my IP is ::``). Elsewhere two colons are a separator or code ("Server
        listening on :: port 22", ``std::``), and in a log record a field no address filled
        ("Source Address: ::").
        """
        return _whole_line(text, start, end) or (
            self._standing_alone(text, start, end)
            and self._ADDRESS_WORD.search(text, max(0, start - 24), start) is not None
            and not _machine_line_at(text, start, -1, _scan_lines(state))
        )

    # The year and clock of an Erlang date ("7-Jun-2015::03:42:13", the "::" between them).
    _ERLANG_TIME = re.compile(r"[0-9]{4}::[0-9]{2}:[0-9]{2}:[0-9]{2}")

    def _not_v6(self, text: str, start: int, end: int, value: str, state: ScanState | None) -> bool:
        """Whether a colon run is no IPv6 address whatever its groups hold."""
        if value == "::":
            return not self._unspecified(text, start, end, state)
        if _separator_colons(text, end):
            return True  # "2017::~~": a value, then the record's "::" separator
        if "::" not in value and value.count(":") < 6:
            # Without "::" an IPv6 address has seven colons (six before an embedded IPv4
            # quad), one more with a port: "10:12:01", "a:b:c" are times and labels.
            return True
        if _MAC_COLON.fullmatch(value) or (
            text[start - 1 : start] == "-" and self._ERLANG_TIME.fullmatch(value)
        ):
            # aa:bb:cc:dd:ee:ff (and the EUI-64 form) is a MAC address; "7-Jun-2015::03:42:13"
            # Erlang's (RabbitMQ's) date and time
            return True
        if text[end : end + 1] == "(" and value.count(":") == 2 and "::" in value:
            return True  # "f32::add(x)", "dead::beef()": a function path in code
        return self._short_v6(value) and not self._standing_alone(text, start, end)

    # A key or word ending in one of these names a version: "version", "appVersion",
    # "os_ver", "fw_ver", "build", "release"... ("sdkVersion":"10.2.0.1", "build: 6.1.7601.1").
    # A bare "fw" is not one: in firewall logs it names the firewall, by its address
    # (SonicWall's "fw=203.0.113.9"); a firmware version keyed "fw" may be read as an address.
    _VERSION_KEY = re.compile(r"(?i:version|ver|vers|release|build|firmware|rev|revision|oid)\Z")
    # A package identity or file name around the quad: "~6.1.1.0", "6.1.1.0~", "pkg-1.2.3.4",
    # "lib_1.2.3.4", "1.2.3.4-rc1", "1.2.3.4_x64".
    _VERSION_GLUE_BEFORE = re.compile(r"(?:~|[A-Za-z][\-_]|[A-Za-z]\.)\Z")
    _VERSION_GLUE_AFTER = re.compile(r"~|[\-_][A-Za-z]|\.[A-Za-z]")
    _DASH_NUMBER = re.compile(r"-([0-9]{1,6})(?![0-9.])")
    # The header of a CEF or LEEF record up to its device-version field:
    # "CEF:0|Vendor|Product|", "LEEF:1.0|Vendor|Product|" (the version follows).
    _HEADER_VERSION = re.compile(
        r"(?:CEF:[0-9]{1,2}|LEEF:[0-9.]{1,4})\|[^|\r\n]{0,60}\|[^|\r\n]{0,60}\|\Z"
    )

    # A parameter of a Windows Error Reporting problem signature, one a line under its
    # "Problem signature:" heading: "P1: launcher.exe", "P2: 0.0.0.0" (the application's
    # version), "P5: 10.0.20348.1607" (the module's). No parameter holds an address.
    _SIGNATURE_FIELD = re.compile(r"P[0-9]{1,2}:[ \t]{1,4}\Z")
    _SIGNATURE_HEADING = "problem signature"
    #: The heading stands within this many characters before the parameter's line.
    SIGNATURE_REACH = 400

    def _signature_parameter(self, text: str, start: int, end: int) -> bool:
        """Whether the quad at ``start`` is the whole value of a problem signature's line."""
        m = self._SIGNATURE_FIELD.search(text, max(0, start - 8), start)
        if m is None or text[end : end + 1] not in ("", "\r", "\n"):
            return False
        at = m.start()
        if at > 0 and text[at - 1] not in "\r\n":
            return False
        window = text[max(0, at - self.SIGNATURE_REACH) : at].lower()
        return self._SIGNATURE_HEADING in window

    # The rest of a host name after a quad: labels, then a top-level domain.
    _HOST_AFTER = re.compile(
        r"\.(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,6}([A-Za-z]{2,24})(?![\w\-]|\.\w)"
    )

    def _host_name_after(self, text: str, end: int) -> bool:
        """Whether the quad ending at ``end`` starts a host name (a reverse-DNS name).

        A PTR name spells an address in its first labels (``4.3.2.1.in-addr.arpa``, a
        provider's ``93.108.242.140.rev.example.pt``); a file name after a version ends in an
        extension (``1.2.3.4.tar.gz``), which is not a delegated top-level domain.
        """
        m = self._HOST_AFTER.match(text, end)
        if m is None:
            return False
        tld = m.group(1).lower()
        return tld == "arpa" or (tld not in _NOT_TLDS and _tld_delegated(tld))

    def _build_suffix(self, text: str, start: int, end: int) -> bool:
        """Whether ``-N`` after a quad is a build or package revision, not a range's end.

        ``10.0.0.1-254`` is a range (its end above the last octet); ``1.11.33.0-0`` and
        ``1.2.3.4-1`` are a version and its build or revision.
        """
        if text[end : end + 1] != "-":
            return False  # (the usual case, without a regex call)
        dash = self._DASH_NUMBER.match(text, end)
        if dash is None:
            return False
        last = int(text[text.rfind(".", start, end) + 1 : end])
        return not last < int(dash.group(1)) <= 255

    def _is_version(self, text: str, start: int, end: int) -> bool:  # noqa: PLR0911
        """Whether a dotted quad reads as a version number rather than an address.

        A version follows a version word or key (``build 10.0.0.1``, ``"appVersion":"5.1.0.2"``,
        ``v1.2.3.4``), sits inside a package identity or file name (``~6.1.1.0~``,
        ``pkg-1.2.3.4.tar``, ``1.2.3.4-rc1``), or comes right after a product name
        (``Chrome/58.0.3029.110``), or is a CEF or LEEF header's device-version field
        (``CEF:0|FireEye|MPS|1.2.3.123|``) or a Windows Error Reporting problem signature's
        parameter (``P2: 0.0.0.0``).
        """
        if text[start - 1 : start] == "|" and self._HEADER_VERSION.search(
            text, max(0, start - 140), start
        ):
            return True  # "CEF:0|FireEye|MPS|1.2.3.123|": the device version of the header
        if text[start - 1 : start] in (" ", "\t") and self._signature_parameter(text, start, end):
            return True  # "Problem signature:\r\nP1: app.exe\r\nP2: 0.0.0.0": a version
        before = text[max(0, start - 24) : start]
        if self._packaged_or_listed(text, start, end, before):
            return True
        tail = before[-4:]  # up to 4 separators between the word and the quad
        # (a closing parenthesis too: "Syntax (OID):\t2.5.5.15", a label's last word; a
        # quote escaped in a JSON string: v=\"99.0.0.0\", a brand's version in a client hint;
        # an XML element's tag: "<AgentVersion>5.1.0.2", its name the key; and an opening
        # parenthesis: IBM MQ's "VRMF(9.0.0.0)", a field written as a call)
        j = len(before) - len(tail) + len(tail.rstrip(" \t:=/#\"')\\>("))
        if j == 0 or not before[j - 1].isalpha():
            return False
        if before[j - 1] in "vV" and j == len(before):
            return True  # "v1.2.3.4"
        if before.isascii():  # the letters before: one rstrip (at most 24 of them)
            i = max(len(before[:j].rstrip(string.ascii_letters)), j - 24)
        else:
            i = j - 1
            while i > 0 and j - i < 24 and before[i - 1].isalpha():
                i -= 1
        word = before[i:j]
        if before[j:] == "/":
            # "Edg/120.0.0.0", "YaBrowser/23.1.1.1": a product token's version. Interface and
            # direction names before an address are lowercase or upper case ("inside/",
            # "OUTSIDE/"); product names are capitalised or mixed case. A lowercase token that
            # opens a quoted string is a client's agent ("git/1.7.4.1", "python-requests/..."):
            # an interface name is never quoted. A path's release directory names a release
            # (".../2.x/updates/2.5.0.0").
            return (
                (not word.islower() and not word.isupper())
                or (word.islower() and self._quoted_token(before, i))
                or word.lower() in self._RELEASE_DIRECTORIES
                or self._software_header(text, start - len(before) + i)
            )
        if j == len(before):
            return False
        return self._version_word(word)

    def _packaged_or_listed(self, text: str, start: int, end: int, before: str) -> bool:
        """Whether the quad is a package's or a listing's version (``pkg-1.2.3.4``, ``:-``).

        Glued into a package identity or file name (``~6.1.1.0~``, ``pkg-1.2.3.4``,
        ``1.2.3.4-rc1``), unless the name before the hyphen ends in an endpoint's word
        (``tacacsplusprovider-10.19.24.1``); with a build suffix (``1.2.3.4-1``); or under
        a version key of an aligned listing (``Version           :- 9.0.0.0``).
        """
        if (
            (
                _glued_before(before)
                and not self._ENDPOINT_NAME.search(before)
                and not self._PAIR_BEFORE.search(text, max(0, start - 26), start)
            )
            or (
                self._VERSION_GLUE_AFTER.match(text, end)
                and not self._thread_suffix(text, start, end)
                and not self._named_end(text, end)
            )
            or self._build_suffix(text, start, end)
        ):
            return True
        aligned = self._ALIGNED_KEY.search(text, max(0, start - 72), start)
        return aligned is not None and self._version_word(aligned.group(1))

    # What may stand before the "/" of a bare Java socket address ("/10.0.0.1", an
    # InetSocketAddress without a host name): the start, a space, a bracket, a separator, a
    # hyphen of a thread name. Not a letter, digit, "." or "/" (a path: "pkg/1.2.3.4-rc1").
    _SOCKET_SLASH_AFTER = frozenset(" \t\r\n[(=,:;\"'-")
    # The connection's kind after the address: a capitalised word ("-Gossip", "-Small"),
    # not a release's tag ("-rc1", "-beta", "-SNAPSHOT", "-Final.jar").
    _THREAD_KIND = re.compile(r"-[A-Z][a-z]{2,15}(?![\w.\-])")

    def _thread_suffix(self, text: str, start: int, end: int) -> bool:
        """Whether ``-<word>`` after a bare Java socket address ends a JVM thread's name.

        Cassandra names its messaging threads for the peer, then the connection's kind:
        ``[MessagingService-Outgoing-/10.101.35.71-Gossip]``, ``...-/10.0.0.2-Small``. The
        quad is the peer's address; ``pkg/1.2.3.4-rc1``, ``/1.2.3.4-beta`` stay versions.
        """
        return (
            text[start - 1 : start] == "/"
            and (start < 2 or text[start - 2] in self._SOCKET_SLASH_AFTER)
            and self._THREAD_KIND.match(text, end) is not None
        )

    # Two addresses joined by a short word into one name: Libreswan's connection
    # "192.1.2.45-to-192.1.2.23", a tunnel "10.0.0.1-via-10.0.0.2". A version is never
    # followed by a word and a second quad. Bounded: a word of eight letters at most.
    _PAIR_AFTER = re.compile(rf"-[a-z]{{1,8}}-{_IPV4_QUAD}")
    _PAIR_BEFORE = re.compile(rf"(?<![\w.]){_IPV4_QUAD}-[a-z]{{1,8}}-\Z")
    # A host's address and a word for its state or role, as a name's last part: Citus' node
    # "'172.19.0.7-demoted'", "10.0.0.5-primary", "10.1.1.1-old". The word ends the name
    # (a quote, bracket, space, comma or the end follows), is lower case and is no release's
    # tag ("-beta", "-rc", "-final", "-snapshot": those stay versions, ``_RELEASE_TAGS``).
    _STATE_AFTER = re.compile(r"-([a-z]{3,20})(?=[\s'\"\])},;:]|\Z)")
    _RELEASE_TAGS = frozenset(
        "alpha beta pre preview dev devel snapshot final release stable nightly canary lts "
        "patch hotfix build rel ga incubating generic default lowlatency server desktop "
        "linux win windows osx darwin noarch amd arm all bin src dist full lite min slim "
        "bundle community enterprise oss debug".split()
    )

    def _named_end(self, text: str, end: int) -> bool:
        """Whether ``-<word>`` after a quad ends a name built on the address, not a version's tag.

        Either a second address follows the word (``192.1.2.45-to-192.1.2.23``) or the word
        ends the name and is no release's tag (``'172.19.0.7-demoted'``; ``1.2.3.4-beta``
        stays a version).
        """
        if self._PAIR_AFTER.match(text, end):
            return True
        m = self._STATE_AFTER.match(text, end)
        return m is not None and m.group(1) not in self._RELEASE_TAGS

    def _version_word(self, word: str) -> bool:
        """Whether the letters ``word`` name a version (``build``, ``VRMF``, ``appVersion``)."""
        return word.lower() in self._VERSION_WORDS or self._version_key(word)

    # A key of a listing whose values are aligned in a column, then a colon (IBM's ":-"):
    # "Version           :- 9.0.0.0", "Version      : 10.0.17763.1" (more spaces than the
    # four separators ``_is_version`` reads after a word). Searched in a bounded window.
    _ALIGNED_KEY = re.compile(r"([A-Za-z]{2,24})[ \t]{2,48}:-?[ \t]{1,4}\Z")
    # An object name that ends in a word naming an endpoint, then a hyphen: the address of
    # the endpoint follows, not a package's version (Cisco ACI's distinguished names
    # "uni/userext/tacacsext/tacacsplusprovider-10.19.24.1", "peer-192.0.2.7").
    # A short word must stand alone ("ip-", not "zip-" or "gzip-").
    _ENDPOINT_NAME = re.compile(
        r"(?i:provider|server|host|peer|node|gateway|router|neighbou?r|member|endpoint|addr"
        r"|address|(?<![A-Za-z])(?:ip|gw|prov))-\Z"
    )

    _TOKEN_CHARS = frozenset(string.ascii_letters + string.digits + "-._")
    # Path directories whose entries are releases (a repository's "updates/2.5.0.0", a
    # download site's "releases/1.2.3.4"): a quad right after one is a release's version.
    _RELEASE_DIRECTORIES = frozenset(
        {"updates", "releases", "release", "versions", "builds", "snapshots", "tags"}
    )

    # A header whose value is product tokens ("Server: openresty/1.13.6.2", "X-Powered-By:
    # PHP/5.6.40.1", "Via: 1.1 varnish/6.0.0.1"), as a line or a JSON member, up to the token
    # whose version follows: a quad after "<token>/" there is the software's version, whatever
    # the token's case. Matched from the line's start (160 characters of value at most).
    _SOFTWARE_HEADER = re.compile(
        r"[ \t]*[\"']?(?i:server|x-powered-by|via|x-server|x-generator|x-aspnet-version)[\"']?"
        r"[ \t]*:[ \t]*\[?[ \t]*[\"']?(?:[^\n\"']{0,160}[ (,])?\Z"
    )

    def _software_header(self, text: str, word_start: int) -> bool:
        """Whether a product token is written in a header that names software.

        The token's last letters start at ``word_start``; its line, up to the token, must
        read as :attr:`_SOFTWARE_HEADER`.
        """
        tok = word_start
        while tok > 0 and word_start - tok < 64 and text[tok - 1] in self._TOKEN_CHARS:
            tok -= 1
        line_start = text.rfind("\n", max(0, tok - 240), tok) + 1
        return self._SOFTWARE_HEADER.match(text, line_start, tok) is not None

    def _quoted_token(self, before: str, i: int) -> bool:
        """Whether the product token whose last letters start at ``i`` opens a quoted string.

        The token (letters, digits, ``-``, ``.``, ``_``) runs back from ``i`` to a double or
        single quote (``"git/``, ``'python-requests/``).
        """
        while i > 0 and before[i - 1] in self._TOKEN_CHARS:
            i -= 1
        return i > 0 and before[i - 1] in "\"'"

    # Short version suffixes, which end many other words: "Server", "Resolver", "Driver",
    # "Receiver" end in "ver", "prev" in "rev", "Android" in "oid".
    _SHORT_VERSION_SUFFIXES = frozenset({"ver", "vers", "rev", "oid"})

    def _version_key(self, word: str) -> bool:
        """Whether the letters ``word`` end in a version key (``appVersion``, ``os_ver``).

        A short suffix counts only as a word of its own or a camel-case part
        (``osVer``, ``fwRev``): ``DnsServer``, ``resolver`` and ``driver`` name endpoints.
        """
        m = self._VERSION_KEY.search(word)
        if m is None:
            return False
        at = m.start()
        if at == 0 or m.group().lower() not in self._SHORT_VERSION_SUFFIXES:
            return True
        return word[at].isupper() and word[at - 1].islower()

    def _tags(self, value: str, *, v6: bool) -> tuple[str, ...] | None:
        """:meth:`_classify`, memoised by value (bounded: cleared when full)."""
        tags = self._cache.get(value, ())
        if tags == ():
            tags = self._cache.put(value, self._classify(value, v6=v6))
        return tags

    def _classify(self, value: str, *, v6: bool) -> tuple[str, ...] | None:
        if not v6:
            return _ipv4_tags(value)
        if not self._plausible_v6(value):
            return None
        try:
            addr = ipaddress.ip_address(value)
        except ValueError:
            return None
        return _ip_tags(addr)

    @staticmethod
    def _plausible_v6(value: str) -> bool:
        body = value.split("%", 1)[0]
        groups = body.split(":")
        if "::" not in body and all(len(g) == 2 for g in groups):
            return False  # aa:bb:cc:dd:ee:ff:00:11 is an EUI-64 MAC address
        if body in ("::", "::1"):
            return True  # (where "::" stands is checked by ``_not_v6``)
        filled = [g for g in groups if g]
        if len(filled) >= 3 or any(len(g) >= 3 for g in filled) or "." in body:
            return True
        # A short form ("1::8", "::8", "2::"): each group holds a digit ("a::b", "ab::cd"
        # are names in code); where it stands is checked by ``_standing_alone``.
        return all(any(c.isdigit() for c in g) for g in filled)

    @staticmethod
    def _short_v6(value: str) -> bool:
        """One or two groups of at most two characters around "::" (``1::8``, ``::8``)."""
        body = value.split("%", 1)[0]
        if "." in body or body == "::1":
            return False
        filled = [g for g in body.split(":") if g]
        return len(filled) < 3 and all(len(g) < 3 for g in filled)

    _ALONE_BEFORE = frozenset(" \t\r\n=\"'(,;")
    _ALONE_AFTER = frozenset(" \t\r\n\"');,")

    def _standing_alone(self, text: str, start: int, end: int) -> bool:
        """Whether a short form stands as a value of its own, not inside code or a record.

        Before it: the start, white space, ``=``, a quote, ``(``, ``,`` or ``;``, or ``[``
        that follows none of these (``host [1::8]:80``; ``a[1::2]`` is a slice). After it:
        the end, white space, a quote, ``)``, ``;``, ``,``, ``]`` after such a ``[``, a
        prefix length (``/64``), or a full stop or colon that ends the sentence.
        """
        before = text[start - 1 : start]
        bracket = before == "["
        if bracket:
            outer = text[start - 2 : start - 1]
            if outer and outer not in self._ALONE_BEFORE and outer not in "/@":
                return False
        elif before and before not in self._ALONE_BEFORE:
            return False
        after = text[end : end + 1]
        if not after or after in self._ALONE_AFTER or (bracket and after == "]"):
            return True
        nxt = text[end + 1 : end + 2]
        if after == "/":
            return nxt.isdigit()
        return after in ".:" and (not nxt or nxt in " \t\r\n")


#: Words that name a hardware address (MacAddressDetector's context without the words that
#: say whose it is: "client", "station", "wifi").
_MAC_WORD = re.compile(
    r" (?:mac|hwaddr|hw addr|ether\w*|bssid|lladdr|chaddr|hardware address|bt addr|bluetooth"
    r"|calling station|cli)"
    r"(?: |$)"
)


class MacAddressDetector(PatternDetector):
    """MAC addresses (EUI-48 and EUI-64): colon, hyphen, Cisco-dot, and bare with context.

    All-zero and broadcast addresses are rejected. Tags: ``universal`` or
    ``locally_administered`` (randomised), and ``multicast``.
    """

    entity = EntityType.MAC_ADDRESS
    name = "mac_address"
    context = ("mac", "hwaddr", "hw addr", "ether", "bssid", "wifi", "wlan", "bluetooth", "bt addr",
               "hardware address", "lladdr", "chaddr", "station", "cli", "calling station",
               "client")  # fmt: skip
    negative_context = ("sha", "md5", "hash", "checksum", "crc", "commit", "digest", "trace",
                        "span", "request id", "nonce")  # fmt: skip
    context_boost = 0.6
    patterns = (
        Pattern(
            "mac_colon", _COLON_RUN, 0.9, not_after=r"_:.", extend_back=_HEXCHARS, extend_max=4
        ),
        Pattern(
            "mac_hyphen",
            rf"-{_HEX}{{2}}-{_HEX}{{2}}-{_HEX}{{2}}-{_HEX}{{2}}-{_HEX}{{2}}"
            rf"(?:-{_HEX}{{2}}-{_HEX}{{2}})?(?![\w:\-]|\.\w)",
            0.9,
            not_after=r"\w:\-.",
            extend_back=_HEXCHARS,
            extend_max=2,
            prefilter=("-",),
        ),
        Pattern(
            "mac_cisco",
            # A full stop may end the sentence after it; another dotted group may not.
            rf"\.{_HEX}{{4}}\.{_HEX}{{4}}(?:\.{_HEX}{{4}})?(?![\w\-:]|\.[\w.\-:])",
            0.8,
            not_after=r"\w.\-:",
            extend_back=_HEXCHARS,
            extend_max=4,
            prefilter=(".",),
        ),
        Pattern("mac_bare", _HEX_RUN, 0.2, requires_context=True, min_length=12, max_length=12),
    )

    # A link-layer header printed as one colon run: netfilter's ``MAC=`` field is the
    # destination MAC, the source MAC and (14 octets) the EtherType. It starts at the first
    # colon like the other colon passes; ``_MAC_RUN_BACK`` takes the octet before it.
    _MAC_RUN = re.compile(
        rf":{_HEX}{{2}}(?::{_HEX}{{2}}){{10}}(?::{_HEX}{{2}}:{_HEX}{{2}})?+(?![\w:]|\.\w)"
    )
    _MAC_RUN_NOT_AFTER = re.compile(r"[\w:.\-]")
    _MAC_RUN_BACK = (frozenset(_HEXCHARS), 2)
    _MAC_RUN_PATTERN = Pattern("mac_header", _MAC_RUN.pattern, 0.6)

    # Six (EUI-48) or eight (EUI-64) octets with single spaces ("00 1a 2b 3c 4d 5e"), as some
    # tools and forms print them. Spaced hex bytes are also every hex dump's layout: so only
    # near a word that names a MAC address (``_SPACED_WORDS``), and never a stretch of a
    # longer run of bytes (a byte before or after it refuses the whole run).
    _SPACED = re.compile(
        rf"(?<![^\w]{_HEX}{{2}} )(?<!^{_HEX}{{2}} )(?<!\w){_HEX}{{2}}(?: {_HEX}{{2}}){{5}}"
        rf"(?:(?: {_HEX}{{2}}){{2}})?"
        rf"(?!\w| {_HEX}{{2}}(?!\w))"
    )
    _PAIRS = re.compile(r"[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}")
    scan_literals = ("mac", "hwaddr", "hw addr", "ether", "bssid", "lladdr", "chaddr",
                     "hardware address", "bt addr", "bluetooth")  # fmt: skip
    _SPACED_WORDS = frozenset(scan_literals)
    _SPACED_PATTERN = Pattern("mac_spaced", _SPACED.pattern, 0.6)

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        yield from super().find(state)
        text = state.text
        if state.present(self.scan_literals):
            yield from self._spaced(state)
        if ":" not in text:
            return
        if "uid 01:" in text:
            yield from self._client_ids(text)
        spans = state.spans(self._MAC_RUN, self._MAC_RUN_NOT_AFTER, back=self._MAC_RUN_BACK)
        for start, end in spans:
            if end - start in (35, 41):  # 12 or 14 two-digit octets and their colons
                yield from self._header(text, start, end)

    def _spaced(self, state: ScanState) -> Iterator[Finding]:
        """Spaced octets in the 64 characters after each MAC word (never a whole-text pass)."""
        text, low = state.text, state.lower
        rx, spans = self._SPACED, set()
        for word in self.scan_literals:
            if not state.present((word,)):
                continue  # (the prefilter's one pass knows; no search for an absent word)
            at = low.find(word) if len(low) == len(text) else -1
            while at >= 0:
                after = at + len(word)
                # (three spaced pairs first: a cheap search, where most windows end)
                m = None
                if self._PAIRS.search(low, after, after + 64) is not None:
                    m = rx.search(text, after, after + 64)
                # The window's end hides what follows: the match must stand in the whole text.
                if m is not None and (whole := rx.match(text, m.start())) is not None:
                    spans.add(whole.span())
                at = low.find(word, after)
        for start, end in sorted(spans):
            found = self.evaluate(text, start, end, self._SPACED_PATTERN)
            if found is not None and self._SPACED_WORDS.intersection(found.evidence.context):
                yield found

    # BSD tools drop each octet's leading zero ("ether 0:1a:2b:3:4d:5e", arp -a's
    # "(192.0.2.1) at 0:1a:2b:3:4d:5e on en0"): read after those words only.
    _UNPADDED = re.compile(r"[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}")
    _UNPADDED_BEFORE = re.compile(r"(?i:ether|lladdr|hwaddr|mac|address|\) at)[ \t:=]{1,3}\Z")

    def _unpadded(self, text: str, start: int, value: str) -> bool:
        """Whether a colon run is a MAC written without leading zeros, after a MAC word."""
        return (
            self._UNPADDED.fullmatch(value) is not None
            and self._UNPADDED_BEFORE.search(text, max(0, start - 12), start) is not None
        )

    # ISC dhcpd's client identifier ("DHCPACK on 192.0.2.5 to 00:50:56:13:60:56 via eth1
    # uid 01:00:50:56:13:60:56"): the hardware type (01, Ethernet), then the client's MAC. The
    # seven octets are no MAC as a whole; the last six are. Found from each "uid 01:" only.
    _CLIENT_ID = re.compile(rf"uid 01:({_HEX}{{2}}(?::{_HEX}{{2}}){{5}})(?![\w:]|\.\w)")
    _CLIENT_ID_PATTERN = Pattern("mac_client_id", _CLIENT_ID.pattern, 0.8)

    def _client_ids(self, text: str) -> Iterator[Finding]:
        """The MAC inside each DHCP client identifier ``uid 01:<mac>``."""
        at = text.find("uid 01:")
        while at >= 0:
            m = self._CLIENT_ID.match(text, at)
            if m is not None and (at == 0 or not text[at - 1].isalnum()):
                found = self.evaluate(text, *m.span(1), self._CLIENT_ID_PATTERN)
                if found is not None:
                    yield found
            at = text.find("uid 01:", at + 7)

    def _header(self, text: str, start: int, end: int) -> Iterator[Finding]:
        """Split a ``dst:src[:type]`` run into its two MAC addresses (the EtherType is not one).

        Twelve octets alone are ambiguous (two MACs or some other 12-byte value), so that form
        needs a MAC context word; a constant half (broadcast, all-zero) is skipped as usual.
        """
        pattern = self._MAC_RUN_PATTERN
        for s in (start, start + 18):
            found = self.evaluate(text, s, s + 17, pattern)
            if found is None:
                continue
            if end - start == 35 and not found.evidence.context:
                continue
            yield found

    # A log line's thread id: Ceph's (and other C++ daemons') line prefix is the time, the
    # thread's id in hex (a pthread_t, 12 hex digits on x86-64 and arm64: "7f96a3b82700",
    # "fffbe2ddc880") and the message's debug level ("2018-01-21 21:52:35.071524 7f96a3b82700
    # 0 librados: client.admin ..."). Twelve hex digits between a time and a level are that id,
    # whatever word ("client") stands near: a bare MAC address is refused there.
    _TIME_BEFORE = re.compile(r"\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})? {1,2}\Z")
    _LEVEL_AFTER = re.compile(r" {1,3}-?\d{1,2} ")

    def _thread_id(self, text: str, start: int, end: int) -> bool:
        """Whether the bare run at ``start:end`` is a log line prefix's thread id."""
        return (
            self._LEVEL_AFTER.match(text, end) is not None
            and self._TIME_BEFORE.search(text, max(0, start - 24), start) is not None
        )

    def evaluate(  # noqa: C901 - one refusal per layout rule, in order
        self, text: str, start: int, end: int, pattern: Pattern, /
    ) -> Finding | None:
        if pattern.name == "mac_colon" and _glued_word(text, start):
            return None  # glued to a word of a spaced script (not_after leaves it here)
        if pattern.name == "mac_colon" and _separator_colons(text, end):
            end -= 2  # "mc: d8:d5:d7:d7:df:d6::~~": the MAC, then the record's separator
        value = text[start:end]
        if pattern.name not in ("mac_bare", "mac_spaced") and _MAC_SHAPE.fullmatch(value) is None:
            if not (pattern.name == "mac_colon" and self._unpadded(text, start, value)):
                return None
            value = ":".join(g.zfill(2) for g in value.split(":"))
        hexdigits = value.replace(":", "").replace("-", "").replace(".", "").replace(" ", "")
        hexdigits = hexdigits.lower()
        if pattern.name == "mac_bare" and (
            len(hexdigits) != 12 or self._thread_id(text, start, end)
        ):
            return None
        if len(hexdigits) not in (12, 16) or len(set(hexdigits)) == 1:
            return None  # all-zero, broadcast and other constant runs
        base = pattern.score
        cisco = "." in value
        if cisco:
            base = 0.35 if hexdigits.isdigit() else 0.8
        if pattern.name == "mac_bare" and hexdigits.isdigit():
            # Twelve decimal digits are a number (a thread id, a count, a timestamp) unless a
            # word naming a hardware address is near: "client", "station" or "wifi" alone say
            # whose number it is, not that it is an address ("[pid 4321:tid 140123456789]
            # [client 203.0.113.9:51234]").
            if _MAC_WORD.search(context_window(text, start, end)) is None:
                return None
            base = 0.1
        first = int(hexdigits[:2], 16)
        tags: tuple[str, ...] = ("eui64" if len(hexdigits) == 16 else "eui48",
                "locally_administered" if first & 2 else "universal")  # fmt: skip
        if first & 1:
            tags += ("multicast",)
        if cisco:
            tags += ("cisco",)
        return _finding(self, text, start, end, pattern, base=base, tags=tags)


# --------------------------------------------------------------------------- mobile


_IMEI_RBI = frozenset({"01", "10", "30", "33", "35", "44", "45", "49", "50", "51", "52", "53",
                       "54", "86", "91", "98", "99"})  # fmt: skip
_HASH_WORDS = ("sha", "md5", "hash", "checksum", "crc", "commit", "digest", "fingerprint",
               "trace", "span", "etag", "nonce", "signature", "build", "revision", "rev ")  # fmt: skip


class ImeiDetector(PatternDetector):
    """IMEI (15 digits, Luhn) and IMEISV (16 digits, with context).

    A 15-digit Luhn-valid number with a known reporting-body prefix scores just above the
    default threshold; the words ``imei`` / ``device`` make it certain.
    """

    entity = EntityType.IMEI
    name = "imei"
    checksum = "luhn"
    context = ("imei", "imeisv", "device", "handset", "serial")
    # (Not "iccid": an ICCID has 19 or 20 digits, so a 15-digit value near the word is no
    # ICCID; "imsi" stays, an IMSI has 15 digits too.)
    negative_context = ("order", "invoice", "tracking", "imsi", "card", "account",
                        *_REQUEST_ID_WORDS)  # fmt: skip
    context_boost = 0.45
    patterns = (
        Pattern("imei", _DIGITS, 0.55, min_length=15, max_length=16, prefilter=_ANY_DIGIT),
        Pattern("imei_grouped", _GROUPED, 0.6, min_length=18, max_length=19, prefilter=_ANY_DIGIT),
        # The type allocation code, the serial number and the check digit (IMEI) or the
        # software version (IMEISV): "35686800-004141-8", "35686800-004141-20".
        Pattern(
            "imei_tac",
            r"(?<![\w\-.+])[0-9]{8}([ \-])[0-9]{6}\1[0-9]{1,2}(?![\w\-]|\.[0-9])",
            0.6,
            prefilter=_ANY_DIGIT,
        ),
    )
    _SHAPE = re.compile(r"[0-9]{2}([\- ])[0-9]{6}\1[0-9]{6}\1[0-9]{1,2}")

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        if pattern.name == "imei_grouped" and self._SHAPE.fullmatch(value) is None:
            return None
        digits = value.replace("-", "").replace(" ", "")
        if len(digits) not in (15, 16) or len(set(digits)) < 3 or _time_value_field(text, start):
            return None
        if len(digits) == 16:
            # An IMEISV has no check digit: the word, or its three groups (code, serial,
            # version) with a reporting body's prefix, say what it is.
            tac = pattern.name == "imei_tac" and digits[:2] in _IMEI_RBI
            f = _finding(self, text, start, end, pattern, base=None if tac else 0.2,
                         tags=("imeisv",))  # fmt: skip
            words = f.evidence.context
            return f if tac or "imei" in words or "imeisv" in words else None
        if not luhn_valid(digits):
            # Network elements log the IMEI a handset signals, whose 15th digit is a spare
            # digit (0 in 3GPP TS 23.003), not the check digit: after the word "imei", fifteen
            # digits with a reporting-body prefix are one, checksum or not.
            if digits[:2] not in _IMEI_RBI:
                return None
            f = _finding(self, text, start, end, pattern, base=0.3, tags=("no_check_digit",))
            return f if "imei" in f.evidence.context else None
        base = pattern.score if digits[:2] in _IMEI_RBI else 0.3
        return _finding(self, text, start, end, pattern, base=base, checksum="luhn")


class MeidDetector(PatternDetector):
    """MEID: 14 hexadecimal digits or 18 decimal digits, reported with context ``meid``.

    Written in the groups of its standard display with the check digit after them (``AF 01
    23 45 0A BC DE C``, ``29360 87365 0070 3710 0``), a valid one needs no word: the layout,
    the MEID's range and the check digit (:func:`meid_valid`) say what it is. The decimal
    groups without the check digit need the word.
    """

    entity = EntityType.MEID
    name = "meid"
    context = ("meid", "esn", "cdma")
    context_boost = 0.55
    negative_context = _HASH_WORDS
    patterns = (
        Pattern("meid_hex", _HEX_RUN, 0.3, requires_context=True, min_length=14, max_length=14),
        Pattern("meid_dec", _DIGITS, 0.25, requires_context=True, min_length=18, max_length=18),
        # Seven bytes in pairs and the check digit; five, five, four and four decimal digits
        # and the check digit (or none, then with the word).
        Pattern(
            "meid_hex_grouped",
            r"(?<![\w\-.:])[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2}){6} [0-9A-Fa-f](?![\w\-:]|\.\w)",
            0.6,
            prefilter=_ANY_DIGIT,
        ),
        Pattern(
            "meid_dec_grouped",
            r"(?<![\w\-.+])[0-9]{5} [0-9]{5} [0-9]{4} [0-9]{4}(?: [0-9])?(?![\w\-]|\.[0-9])",
            0.6,
            prefilter=_ANY_DIGIT,
        ),
    )

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        n = end - start
        if (pattern.name == "meid_hex" and n != 14) or (pattern.name == "meid_dec" and n != 18):
            return None
        if pattern.name in {"meid_hex_grouped", "meid_dec_grouped"}:
            compact = text[start:end].replace(" ", "")
            if len(compact) == 18:  # decimal groups without the check digit
                if not meid_decimal_range(compact):
                    return None
                f = _finding(self, text, start, end, pattern, base=0.25)
                return f if f.evidence.context else None
            if not meid_valid(compact):
                return None
            return _finding(self, text, start, end, pattern, checksum="luhn")
        return super().evaluate(text, start, end, pattern)


class IccidDetector(PatternDetector):
    """SIM card serial numbers (ICCID): 19-20 digits starting with 89, Luhn-valid."""

    entity = EntityType.ICCID
    name = "iccid"
    checksum = "luhn"
    context = ("iccid", "sim", "icc id", "sim serial")
    context_boost = 0.35
    patterns = (
        Pattern("iccid", _DIGITS, 0.65, min_length=19, max_length=20, prefilter=_ANY_DIGIT),
    )

    def validate(self, value: str, /) -> bool | None:
        return len(value) in (19, 20) and value.startswith("89") and luhn_valid(value)


class ImsiDetector(PatternDetector):
    """Subscriber identities (IMSI): 14-15 digits with a plausible MCC, with context."""

    entity = EntityType.IMSI
    name = "imsi"
    context = ("imsi", "subscriber", "subscriber id", "mobile subscriber")
    context_boost = 0.6
    patterns = (
        Pattern("imsi", _DIGITS, 0.25, requires_context=True, min_length=14, max_length=15),
    )

    def validate(self, value: str, /) -> bool | None:
        return None if len(value) in (14, 15) and value[0] in "234567" else False


_UUID = rf"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"
_UUID_RX = re.compile(_UUID)
# UUID candidates start at the first hyphen (a literal search); extend_back takes 8 hex digits.
_UUID_TAIL = rf"-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}(?![\w\-])"
_AD_WORDS = ("idfa", "idfv", "gaid", "adid", "aaid", "ad id", "advertising", "advertisingid",
             "advertiser id", "ifa", "identifierforadvertising", "identifierforvendor",
             "maid", "mobile ad", "ad tracking", "oaid", "rida", "afai", "msai")  # fmt: skip
_DEVICE_WORDS = ("device", "deviceid", "udid", "uuid", "installation", "install id", "instance id",
                 "hardware id", "hwid", "vendor id", "client id", "clientid", "cid",
                 "visitor", "anonymous id", "anonymousid", "fingerprint id")  # fmt: skip
_NOT_DEVICE_WORDS = ("request", "trace", "correlation", "span", "transaction", "txn", "order",
                     "message", "msg id", "job", "build", "commit", "event id", "batch",
                     "invoice", "tx id", "idempotency", "operation")  # fmt: skip


class AdvertisingIdDetector(PatternDetector):
    """Mobile advertising IDs (IDFA, IDFV, GAID/AAID): a UUID next to an advertising word.

    The all-zero IDFA (tracking disabled) is not personal data and is never reported.
    """

    entity = EntityType.ADVERTISING_ID
    name = "advertising_id"
    context = _AD_WORDS
    negative_context = _NOT_DEVICE_WORDS
    context_boost = 0.65
    patterns = (
        Pattern("uuid", _UUID_TAIL, 0.3, requires_context=True, not_after=r"\w\-",
                extend_back=_HEXCHARS, extend_max=8),
    )  # fmt: skip

    def validate(self, value: str, /) -> bool | None:
        if _UUID_RX.fullmatch(value) is None:
            return False
        return False if set(value) <= {"0", "-"} else None


# What a device key's value numbers (docs/benchmarks.md, "Request, event and appliance ids"):
# a key that also names a person's device or session (these words) keeps its value a device
# id, whatever else it names (fail closed) ...
_PERSONAL_DEVICE_WORDS = frozenset(
    "user client mobile phone handset browser endpoint android ios app visitor customer "
    "subscriber person employee member owner laptop workstation tablet".split()
)
# ... and one naming an event, a request, a document or a piece of infrastructure numbers that
# instead ("incidentserialno", "log_serial_no", "Farm Instance ID", "cert_serial_number").
_NOT_DEVICE_OWNERS = frozenset(
    "incident event log alert message msg request req transaction txn trace ticket job order "
    "invoice certificate cert report case batch policy rule farm cluster server appliance "
    "firewall sensor gateway router subject issuer".split()
)
# An EC2 instance's id ("i-0123456789abcdef0", or the older 8 hex digits), or a Compute
# Engine instance's (a decimal 64-bit number, 15 to 20 digits): a cloud server's, under
# "instanceId"/"instance_id" as a mobile app's install instance is.
_CLOUD_INSTANCE = re.compile(r"i-(?:[0-9a-f]{8}|[0-9a-f]{17})|[1-9][0-9]{14,19}")


def _cloud_instance(text: str, start: int, end: int) -> bool:
    """Whether an instance-id key's value is an EC2 or GCE instance's id (a server's)."""
    if _CLOUD_INSTANCE.fullmatch(text, start, end) is None:
        return False
    return "instance" in _key_before(text, start)[0].lower()


_KEY_WORD = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
# A label of capitalised words before a colon ("Farm Instance ID: 7e4e..."): read whole.
_LABEL_BEFORE = re.compile(r"(?:[A-Z][A-Za-z]{0,24} ){1,3}\Z")
# A syslog or CEF/LEEF record whose header names the appliance writing it: FortiOS's
# "devname=" beside its own "device_id="/"devid=", a CEF or LEEF header (vendor|product|...)
# beside a bare "SerialNumber=".
_DEVNAME = re.compile(r"(?<![\w.\-])devname=")
_CEF_LEEF = re.compile(r"(?<![\w])(?:CEF|LEEF):[0-9.]{1,4}\|")
# An X.509 distinguished name's attributes: "serialNumber=" among them is the subject's
# registration number (an EV certificate's company number), not a device's.
_DN_ATTRIBUTE = re.compile(r"(?<![\w])(?:CN|OU|O|C|L|ST|postalCode|businessCategory)=")


_DEVICE_KEY_HEADS = ("serial", "device", "instance", "install", "hardware", "udid", "hwid",
                     "fingerprint", "anon")  # fmt: skip


def _names(word: str, owners: frozenset[str]) -> bool:
    """Whether a key word is one of ``owners``, or one glued to a device-key word.

    ``incidentserialno`` names an incident, ``userdeviceid`` a user; ``logindeviceid`` neither
    (what follows ``log`` is no device-key word).
    """
    return word in owners or _glued_owner(owners).match(word) is not None


@functools.cache
def _glued_owner(owners: frozenset[str]) -> re.Pattern[str]:
    """One expression for :func:`_names`' glued test: an owner, then a device-key word.

    (One match per word instead of a test per owner: a query dense with device keys asks
    for every key's words.)
    """
    alternatives = "|".join(re.escape(o) for o in sorted(owners, key=lambda o: (-len(o), o)))
    return re.compile(f"(?:{alternatives})(?:{'|'.join(_DEVICE_KEY_HEADS)})")


def _key_before(text: str, value_start: int) -> tuple[str, int]:
    """The key written before a ``key: value`` / ``key=value`` pair's value, and where it starts.

    Quotes, blanks and one ``:`` or ``=`` are skipped back; the key is the run of name
    characters before them, and a label of up to three capitalised words before it when the
    separator is a colon (``Farm Instance ID:``). At most 64 characters are read.
    """
    i = value_start
    while i > 0 and value_start - i < 8 and text[i - 1] in " \t\"'\\":
        i -= 1
    if i == 0 or text[i - 1] not in ":=":
        return "", i
    colon = text[i - 1] == ":"
    i -= 1
    while i > 0 and text[i - 1] in " \t\"'\\":
        i -= 1
    end = i
    while i > 0 and end - i < 64 and text[i - 1] in _NAME_CHARS:
        i -= 1
    if colon and i > 0 and text[i - 1] == " ":
        label = _LABEL_BEFORE.search(text, max(0, i - 80), i)
        if label is not None:
            i = label.start()
    return text[i:end], i


def _record_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around ``text[start:end]`` (a log record), at most 4 KiB each way.

    Texts that :meth:`Scanner.scan_many` joins end at a NUL, which ends a line too.
    """
    floor = max(0, start - 4096)
    lo = max(text.rfind("\n", floor, start) + 1, floor)
    lo = text.rfind("\x00", lo, start) + 1 or lo  # a NUL is looked for inside the line only
    hi = min(len(text), end + 4096)
    for stop in ("\n", "\x00"):
        k = text.find(stop, end, hi)
        if k >= 0:
            hi = k
    return lo, hi


# An "instance id" label and the word before it, glued or not ("app_instance_id",
# "appInstanceId", "with Instance ID"), read on the lower-cased text before a value.
_INSTANCE_LABEL = re.compile(r"(?:([a-z]{1,24})[ _\-]?)?instance[ _\-]?id[^a-z0-9]{0,8}\Z")
# Words of a server's event record: its audits and event entries, its other ids (an AD FS
# audit's "Activity ID", a request's correlation id), or a program object's life ("Creating
# Runspace object", then "Instance Id: <guid>": PowerShell's event for that object).
_SERVER_EVENT = re.compile(
    r"(?<![a-z])(?:audit(?:s|ed|ing)?|events|event (?:entry|entries|record|records)"
    r"|(?:activity|correlation|request|operation|trace)[ _\-]?id"
    r"|(?:creat|clos|open|dispos|destroy|initializ)(?:e|ed|es|ing)\s{1,4}(?:[a-z]{1,24}\s{1,4}){0,2}"
    r"object)(?![a-z])"
)
#: Characters each way read around an instance id for its record's event words.
INSTANCE_REACH = 256


def _event_instance(text: str, start: int) -> bool:
    """Whether the ``instance id`` labelling the value at ``start`` numbers a server's event.

    ``instance id`` is a mobile app's install (Firebase's ``app_instance_id``), but also a
    program's, a virtual machine's or an event's instance: an AD FS audit's ``Instance ID``
    ("See audit 501 with the same Instance ID", "Activity ID: ..."). It numbers an event when
    its label has no word of a person's device before it (:data:`_PERSONAL_DEVICE_WORDS`,
    ``device``, ``install``) and its record (:data:`INSTANCE_REACH` characters each way, up to
    a NUL) speaks of audits or event entries or gives the event's other ids
    (:data:`_SERVER_EVENT`).
    """
    label = _INSTANCE_LABEL.search(text[max(0, start - 48) : start].lower())
    if label is None:
        return False
    word = label.group(1) or ""
    if word in _PERSONAL_DEVICE_WORDS or word.startswith(("device", "install", "hardware")):
        return False
    lo, hi = own_window(text, start, start, INSTANCE_REACH)
    return _SERVER_EVENT.search(text[lo:hi].lower()) is not None


def _appliance_or_record_key(text: str, value_start: int, state: ScanState | None = None) -> bool:
    """Whether the key before a device-key value numbers no person's device.

    The rule (written in docs/benchmarks.md): a key with a word of a person's device or
    session (:data:`_PERSONAL_DEVICE_WORDS`) keeps its value; otherwise a key with a word
    naming an event, request, document or piece of infrastructure
    (:data:`_NOT_DEVICE_OWNERS`) numbers that; a bare serial-number key in a CEF or LEEF
    record, or FortiOS's ``device_id`` beside its ``devname=``, is the serial of the
    appliance writing the record; ``serialNumber=`` among an X.509 name's attributes is the
    subject's registration number. (``state``: the scan's, for its marks of ``devname=``.)
    """
    key, at = _key_before(text, value_start)
    words = [w.lower() for w in _KEY_WORD.findall(key)]
    if not words or any(_names(w, _PERSONAL_DEVICE_WORDS) for w in words):
        return False
    if any(_names(w, _NOT_DEVICE_OWNERS) for w in words):
        return True
    return _appliance_serial(text, at, value_start, "".join(words), state)


def _appliance_serial(
    text: str, at: int, value_start: int, bare: str, state: ScanState | None = None
) -> bool:
    """Whether a bare device or serial key at ``at`` names the appliance writing its record.

    See :func:`_appliance_or_record_key`; only the key's own record (its line) is read.
    """
    if bare not in ("serialnumber", "serialno", "serial", "deviceid", "devid"):
        return False
    if bare in ("deviceid", "devid"):
        # (A line of device keys asks this per key: the scan's marks of the word, lowered,
        # say first whether the farthest reach of the record can hold it at all.)
        marks = None if state is None else state.marks(("devname=",))
        if marks is not None:
            i = bisect.bisect_left(marks, at - 4096)
            if i == len(marks) or marks[i] + 8 > value_start + 4096:
                return False
        lo, hi = _record_bounds(text, at, value_start)
        return _DEVNAME.search(text, lo, hi) is not None
    lo, hi = _record_bounds(text, at, value_start)
    if _CEF_LEEF.search(text, lo, at) is not None:
        return True
    return (
        text[at - 1 : at] == "," and _DN_ATTRIBUTE.search(text, max(lo, at - 160), at) is not None
    )


class DeviceIdDetector(_ScanAware):
    """Generic device identifiers: UUIDs and ``device_id=...`` values in device context.

    ``adid`` names two things: a platform advertising ID (always a hyphenated UUID, which
    :class:`AdvertisingIdDetector` reports) or an SDK's own device ID such as Adjust's
    (32 hexadecimal digits, reported here). A 32-digit hex run is also the shape of an MD5
    digest, so it needs a device word and no hash word (``md5``, ``checksum``...) near it.
    """

    entity = EntityType.DEVICE_ID
    name = "device_id"
    context = (*_DEVICE_WORDS, "adid")
    negative_context = (*_NOT_DEVICE_WORDS, "idfa", "idfv", "gaid", "advertising")
    context_boost = 0.55
    patterns = (
        Pattern(
            "uuid",
            _UUID_TAIL,
            0.3,
            requires_context=True,
            not_after=r"\w\-",
            extend_back=_HEXCHARS,
            extend_max=8,
        ),
        Pattern("hex32", _HEX_RUN, 0.3, requires_context=True, min_length=32, max_length=32),
        Pattern(
            "device_key",
            # (quoted, bare, or Android's getprop line "[ro.serialno]: [HT4BVJT00123]"; a
            # report's header aligns its values with spaces: "Beta Identifier:     8A2B...")
            DEVICE_KEYS + r"[\"'\]]?\s{0,3}[:=]\s{0,3}[ \t]{0,21}[\"'\[]?"
            r"(?P<value>[a-z0-9][a-z0-9\-_.:]{7,127})",
            0.5,
            prefilter=(
                "device",
                "udid",
                "hwid",
                "hardware",
                "install",
                "instance",
                "serial",
                "anon",
                "fingerprint",
                "reporter",
                "beta",
            ),
            lowercase=True,
            not_after=r"\w",
        ),
    )

    _HASH_NEG = normalize_words(_HASH_WORDS)
    # A CIM (WBEM) InstanceID: the defining organisation, a colon, then its class's local id
    # ("HPQ:HP_WinPowerRedundancySet:1", DMTF's "<OrgID>:<LocalID>"): the key of a managed
    # object in a management event, no device of a person's.
    _CIM_INSTANCE = re.compile(r"[A-Za-z]{2,16}:[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+:")

    def _managed_object(self, text: str, start: int, end: int) -> bool:
        """Whether an instance key's value is a CIM InstanceID (``HPQ:HP_PowerSet:1``)."""
        return (
            self._CIM_INSTANCE.match(text, start, end) is not None
            and "instance" in _key_before(text, start)[0].lower()
        )

    # A disk partition's or file system's UUID: a path under udev's "/dev/disk/by-partuuid/"
    # or "/dev/disk/by-uuid/", or the value of fstab's, blkid's and the kernel command line's
    # "UUID=" / "PARTUUID=" ("root=PARTUUID=...", 'UUID="..."'). Written when the disk was
    # partitioned or formatted, it names a block device of a machine's storage (a Juju
    # agent's "BlockDevice{DeviceName:..., DeviceLinks:...}"), not a device a person carries.
    _PARTITION_ID = re.compile(r"(?i:/by-(?:part)?uuid/|(?<![\w\-.])(?:part)?uuid=[\"']?)\Z")

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        if pattern.name == "uuid" and (
            _UUID_RX.fullmatch(text, start, end) is None
            or self._PARTITION_ID.search(text, max(0, start - 14), start) is not None
        ):
            return None
        if pattern.name == "device_key" and (
            _cookie_value_at(text, start, state) or _sync_query_value(text, start, end, state)
        ):
            # "Cookie: udb_deviceid=w_6109...": a cookie's value, whatever its name says, is
            # the browser's cookie id, reported by CookieDetector (as AuthTokenDetector defers);
            # so is a partner's id of the browser in a cookie-sync URL's query
            return None
        if pattern.name == "hex32":  # many digests and trace ids: a cheap context check first
            near = text[max(0, start - self.context_width) : end + self.context_width].lower()
            if not any(v in near for v in self._ctx_variants):
                return None
        if pattern.name == "device_key" and (
            _appliance_or_record_key(text, start, state)
            or _cloud_instance(text, start, end)
            or self._managed_object(text, start, end)
        ):
            return None  # a request's, event's, appliance's, cloud server's or object's number
        found = PatternDetector.evaluate(self, text, start, end, pattern)
        if found is None or not found.evidence.context:
            return found
        context = found.evidence.context
        return None if self._not_a_device(text, start, end, pattern, context) else found

    def _not_a_device(
        self, text: str, start: int, end: int, pattern: Pattern, context: tuple[str, ...]
    ) -> bool:
        """Whether the context words of a UUID or hex run say it identifies no device."""
        if context == ("instance id",) and _event_instance(text, start):
            return True  # an event's or a program object's "Instance ID", not a device's
        if (pattern.name == "uuid" and "adid" in context) or (
            context == ("client id",) and self._oauth_record(text, start, end)
        ):
            # a UUID under "adid" is an advertising ID; an OAuth client identifier is the
            # application's registration
            return True
        if pattern.name in ("uuid", "hex32") and context == ("uuid",):
            # "uuid" alone names the value's format, not what it identifies: a record's,
            # a rule layer's, a policy's or a vault item's UUID ("layer_uuid", "item_uuid":
            # "..." with or without hyphens), or a URN's namespace (urn:uuid:, a record or
            # message); a device word must be near too
            return True
        if context == ("cid",):
            # "cid" alone is an abbreviation of many things (a customer or tenant id, a
            # content, channel, connection or correlation id): an EDR's 32-hex "cid" is the
            # customer's account, ActiveMQ Artemis' "__AMQ_CID=<uuid>" a connection's id, not
            # a device; a client id needs another device word in its field
            return True
        if pattern.name != "hex32":
            return False
        window = context_window(text, start, end, self.context_width)
        return any(w in window for w in self._HASH_NEG)  # "device md5": a digest

    #: Characters read before (and after) a value for the word "OAuth" of its record.
    OAUTH_REACH = 2048

    def _oauth_record(self, text: str, start: int, end: int) -> bool:
        """Whether a client id stands in an OAuth record (RFC 6749's client identifier).

        An authorisation server's audit event ("OAuth Confidential Client '...' was
        authenticated ... Client Identifier: <uuid>") names the client application it
        registered, not a person's device; an analytics client id has no OAuth around it.
        """
        lo, hi = own_window(text, start, end, self.OAUTH_REACH)
        return "oauth" in text[lo:hi].lower()

    def validate(self, value: str, /) -> bool | None:
        if set(value) <= {"0", "-"}:
            return False
        return None if any(c.isdigit() for c in value) else False


class AndroidIdDetector(PatternDetector):
    """Android IDs (SSAID): 16 hexadecimal digits next to ``android_id`` or similar."""

    entity = EntityType.ANDROID_ID
    name = "android_id"
    context = ("android id", "androidid", "ssaid", "android", "settings secure android")
    negative_context = _HASH_WORDS
    context_boost = 0.65
    patterns = (
        Pattern("hex16", _HEX_RUN, 0.2, requires_context=True, min_length=16, max_length=16),
    )

    def validate(self, value: str, /) -> bool | None:
        if len(value) != 16:
            return False
        return False if len(set(value.lower())) < 4 else None


# --------------------------------------------------------------------------- web


_COOKIE_ATTRS = frozenset(
    "path domain expires max-age samesite secure httponly version comment priority partitioned"
    .split()
)  # fmt: skip
# The MD5, SHA-1 and SHA-256 digests of nothing (published constants): a value hashed from an
# empty string, the same for everyone ("KinjaBurner=d41d8cd98f00b204e9800998ecf8427e").
EMPTY_DIGESTS = frozenset(
    {
        "d41d8cd98f00b204e9800998ecf8427e",
        "da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    }
)
_TRIVIAL = frozenset("true false null none yes no deleted undefined 0 1 en en-us".split()) | (
    EMPTY_DIGESTS
)
_ANALYTICS_NAMES = (  # after a leading underscore
    r"ga(?:_[A-Z0-9]{4,12})?|gid|fbp|fbc|gcl_au|gcl_aw|gcl_dc|_utma|uetvid|uetsid"
    r"|clck|clsk|hjSessionUser_[0-9]{1,12}|hjSession_[0-9]{1,12}|pk_id(?:\.[\w]{1,40}){1,3}"
    r"|pk_ses(?:\.[\w]{1,40}){1,3}|_hstc|mkto_trk|ttp|scid|rdt_uuid|pin_unauth|_cf_bm|cfuvid"
)
_SESSION_NAMES = (
    r"JSESSIONID|PHPSESSID|ASP\.NET_SessionId|connect\.sid|sessionid|session_id|sessid|[sS][iI][dD]"
    r"|ajs_anonymous_id|ajs_user_id|mp_[0-9a-f]{32}_mixpanel|hubspotutk|li_sugr|bcookie|bscookie"
    r"|MUID|ANID|NID|IDE"
)
_TIME_KEYS = frozenset(
    "expire expires expiry exp created updated ts time timestamp date last first start end since"
    .split()
)  # fmt: skip


def _compact_date(digits: str) -> bool:
    """Whether eight digits read as a calendar date ``YYYYMMDD`` (1970-2099)."""
    if len(digits) != 8 or digits[:2] not in ("19", "20") or digits[:4] < "1970":
        return False
    return "01" <= digits[4:6] <= "12" and "01" <= digits[6:] <= "31"


def _epoch_like(digits: str) -> bool:
    """Whether a run of digits reads as a Unix time in seconds or milliseconds (2001-2038)."""
    if len(digits) == 13:
        digits = digits[:10]
    return len(digits) == 10 and "1000000000" <= digits <= "2147483647"


_COOKIE_NAME = re.compile(rf"_(?:{_ANALYTICS_NAMES})|{_SESSION_NAMES}")
# A structured cookie value: a JSON (or JavaScript) object or array of any shape (empty,
# keyed by names or by numbers, nested; an array of objects, arrays, strings or numbers),
# written as is or percent-encoded once or twice ("%7B%22theme%22%3A...", "%7B%7D"). A
# GUID in braces ("{3F2504E0-...}") has no key and stays a value.
_BLOB_START = ("{", "[", "%7b", "%5b", "%257b", "%255b", "%22%7b", "%22%5b")
_BLOB = re.compile(
    r"""\{\s*\}|\[\s*\]|\{\s*["']?[\w$.\-]{1,64}["']?\s*:.*\}|\[\s*[\[{"'0-9\-].*\]""",
    re.DOTALL,
)
# A key and its string or long-number value inside a decoded blob.
_BLOB_PAIR = re.compile(
    r"""["']?([A-Za-z_$][\w$.\-]{0,63})["']?\s*:\s*"""
    r"""(?:"([^"\\]{1,512})"|'([^'\\]{1,512})'|([0-9]{6,40})(?![\w.]))"""
)
# Keys that name an identifier: "id", "user_id", "visitorId", "uid", "session", "token"...
# A public key a browser made for itself ("bd-ticket-guard-ree-public-key": ByteDance's
# ticket guard signs each request with the key pair it keeps per browser) names that browser
# as a device id does.
_ID_KEY = re.compile(
    r"(?i:(?:.*[_\-.])?(?:id|uid|sid|guid|uuid|cid|vid|session|sessionid|token|visitor"
    r"|public[_\-]?key|pubkey))"
    r"|.*[a-z0-9](?:Id|ID|Uid|UID)"
    # one lower-case compound ending in what it identifies ("atuserid", "xvisitorid")
    r"|(?i:[a-z0-9]{0,24}(?:userid|visitorid|sessionid|clientid|deviceid|browserid|uuid|guid))"
)


_CONSENT_ID = re.compile(r"id[\"']?(?::|=|%3A|%3D)", re.IGNORECASE)


@functools.cache
def _documented_names() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Cookie names a cookie database documents as holding no id, by class, lower-cased.

    ``cookie_names.txt`` (derived from the Open Cookie Database by
    ``benchmarks/cookie_names.py``; provenance and licence in its header), read on first
    use: ``class -> (exact names, prefixes)``. The classes are ``consent`` (a consent
    manager's record of choices: LinkedIn's ``li_gc``, OneTrust's ``OptanonAlertBoxClosed``)
    and ``routing`` (a load balancer's or gateway's cookie: ``x-ms-gateway-slice``).
    """
    from importlib import resources  # only a text with a cookie in it needs the table

    text = resources.files("privkit.detect").joinpath("cookie_names.txt").read_text("ascii")
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name = line.split()
        if name.endswith("*"):
            prefixes.setdefault(kind, []).append(name[:-1])
        else:
            exact.setdefault(kind, set()).add(name)
    return {
        kind: (frozenset(exact.get(kind, ())), tuple(prefixes.get(kind, ())))
        for kind in exact.keys() | prefixes.keys()
    }


def _documented(name: str, kind: str) -> bool:
    """Whether a cookie database documents ``name`` as a cookie of ``kind`` (see above)."""
    names, prefixes = _documented_names().get(kind, (frozenset(), ()))
    low = name.lower()
    return low in names or (bool(prefixes) and low.startswith(prefixes))


def _consent_record(name: str, value: str) -> bool:
    """Whether a cookie records consent choices (a TCF string, ``usprivacy=1YNN``).

    A cookie named for consent, or documented as a consent manager's
    (:func:`_documented`: LinkedIn's ``li_gc``, a base64 record of flags, a time and a
    signature), holds choices and times, not an identifier; one whose value is made of
    fields or is structured keeps its identifier fields (``consentId=...``), and a value
    that names an id anywhere in it is kept whole. A name that names an id
    (:data:`_ID_KEY`) is no consent record's.
    """
    if ("consent" not in name.lower() and not _documented(name, "consent")) or _ID_KEY.fullmatch(
        name
    ):
        return False  # not a consent cookie, or one named for an id ("consent_uid")
    return _blob(value) is None and "=" not in value.rstrip("=") and not _CONSENT_ID.search(value)


# A PHP-serialised value's scalars: "N;", "b:1;", "i:-12;", "d:0.5;" and a string's length
# ("s:32:" before its quoted bytes); an array's or object's head ("a:4:{",
# 'O:8:"stdClass":2:{').
_PHP_SCALAR = re.compile(rb"N;|b:[01];|i:-?[0-9]{1,20};|d:-?[0-9.eE+\-]{1,40};|s:([0-9]{1,7}):\"")
_PHP_OPEN = re.compile(rb'(?:a|O:[0-9]{1,4}:"[\w\\]{1,256}"):([0-9]{1,6}):\{')
# What may follow a serialised session record: its signature (CodeIgniter appends the MD5 or
# SHA-1 of the record and its key, 32 or 40 hex digits).
_PHP_SIGNATURE = re.compile(rb"(?:[0-9a-f]{32}|[0-9a-f]{40})?")
_PHP_DEPTH = 8  # nesting a record may have; deeper is no record a site writes


def _php_value(raw: bytes, at: int, depth: int) -> tuple[object, int] | None:  # noqa: PLR0911 - one refusal per malformed part
    """One PHP-serialised value of ``raw`` at ``at`` and where it ends, or ``None``."""
    m = _PHP_SCALAR.match(raw, at)
    if m is not None:
        if m.group(1) is None:
            token = raw[at : m.end() - 1]
            value: object = token[2:].decode("ascii") if token[:1] in (b"i", b"d") else None
            return value, m.end()
        end = m.end() + int(m.group(1))  # a string's length counts bytes
        if raw[end : end + 2] != b'";':
            return None
        return raw[m.end() : end].decode("utf-8", "replace"), end + 2
    m = _PHP_OPEN.match(raw, at)
    if m is None or depth >= _PHP_DEPTH:
        return None
    out: dict[str, object] = {}
    pos = m.end()
    for _ in range(int(m.group(1))):
        if raw[pos : pos + 2] not in (b"s:", b"i:"):
            return None  # a key is a string or an integer
        key = _php_value(raw, pos, depth + 1)
        if key is None:
            return None
        item = _php_value(raw, key[1], depth + 1)
        if item is None:
            return None
        out[str(key[0])], pos = item
    if raw[pos : pos + 1] != b"}":
        return None
    return out, pos + 1


def _php_record(value: str) -> str | None:
    """A PHP-serialised array or object (``a:4:{s:10:"session_id";s:32:"...";...}``) as JSON.

    Sessions kept in a cookie by PHP frameworks (CodeIgniter's ``ci_session``) and sites'
    own records are written so, percent-encoded or not, a signature of 32 or 40 hex digits
    after the record allowed. Read as a record of fields: its identifier fields are found as
    in any structured value (:func:`_blob_ids`); its address, agent, times and signature are
    not cookie ids. ``None`` when the value is not one whole record.
    """
    head = value[:4].lower()
    if not (head[:2] in ("a:", "o:") or head in ("a%3a", "o%3a")):
        return None
    raw = urllib.parse.unquote_to_bytes(value)
    got = _php_value(raw, 0, 0)
    if got is None or not isinstance(got[0], dict):
        return None
    record, end = got
    sig = _PHP_SIGNATURE.match(raw, end)
    if sig is None or sig.end() != len(raw):
        return None
    return json.dumps(record)


def _blob(value: str) -> str | None:
    """The decoded text of a structured cookie value (:data:`_BLOB`), or ``None``.

    Such a value holds preferences, consent flags or a profile, not one identifier; the
    identifiers inside it are found by :func:`_blob_ids`. A PHP-serialised record is read
    as the same record written in JSON (:func:`_php_record`).
    """
    if value[:1] in ("a", "A", "o", "O"):
        return _php_record(value)
    if value[:1] not in "{[%j":
        return None
    text = value
    if value[:1] == "j":  # Express writes a JSON cookie "j:" + the JSON
        text = value[2:] if value[1:2] == ":" else value[4:] if value[1:4].lower() == "%3a" else ""
    if not text.lower().startswith(_BLOB_START):
        return None
    for _ in range(2):
        if text[:1] in "{[":
            break
        text = urllib.parse.unquote(text)
        if text[:2] in ('"{', '"[') and text.endswith('"'):
            text = text[1:-1].replace('\\"', '"')  # a JSON string holding JSON: "{\"a\":1}"
    if "%22" in text or "%2C" in text:  # braces as is, quotes and commas encoded: {%22a%22:1}
        text = urllib.parse.unquote(text)
    return text if _BLOB.fullmatch(text.strip()) else None


def _time_key(key: str) -> bool:
    """Whether a cookie field's key names a time ("expires", "ts", "datestamp", "lastVisitTime")."""
    low = key.lower()
    return low in _TIME_KEYS or low.endswith(_TIME_SUFFIXES)


def _id_key(key: str) -> bool:
    """Whether a key of a structured value names an identifier (and not a time)."""
    return _ID_KEY.fullmatch(key) is not None and key.lower() not in _TIME_KEYS


def _json_ids(node: object, *, under_id: bool = False, things: bool = False) -> Iterator[str]:
    """The identifier values of parsed JSON, in document order.

    A string, or a number of six digits or more, is an identifier under a key that names
    one (:data:`_ID_KEY`); inside an object held by such a key (``"vid": {"expires": ...,
    "value": "P2J..."}``), the ``value`` or ``id`` is; so is the ``value`` or ``val`` of a
    name/value record whose ``name`` names one (``{"name": "atuserid", "val": "75f6..."}``).
    A bare ``id`` of a record that is one of several in a list (``things``) names the thing
    listed, not the visitor.
    """
    if isinstance(node, list):
        # a list of several records each with its "id" ([{"id": "709...", "u": 669}, ...]):
        # the ids of the things listed (posts, tabs, rules), not of the visitor, who is one
        things = sum(isinstance(item, dict) for item in node) >= 2
        for item in node:
            yield from _json_ids(item, under_id=under_id, things=things)
        return
    if not isinstance(node, dict):
        return
    # a name/value record ({"name": "atuserid", "val": "<id>"}): the value is what it names
    record = node.get("name")
    named_record = isinstance(record, str) and _id_key(record)
    for key, item in node.items():
        named = (
            (_id_key(key) and not (things and key.lower() == "id"))
            or (under_id and key.lower() in ("value", "id"))
            or (named_record and key.lower() in ("value", "val"))
        )
        if isinstance(item, (dict, list)):
            yield from _json_ids(item, under_id=named)
        elif named and isinstance(item, str):
            yield item
        elif named and isinstance(item, int) and not isinstance(item, bool) and item >= 100000:
            yield str(item)


def _blob_values(decoded: str, parsed: object) -> Iterator[str]:
    """The identifier values of a decoded structured value: JSON parsed, else by pattern."""
    if parsed is not None:
        yield from _json_ids(parsed)
        return
    for m in _BLOB_PAIR.finditer(decoded):  # a JavaScript literal ({INQ:{custID:"7555..."}})
        if _id_key(m.group(1)):
            yield m.group(2) or m.group(3) or m.group(4)


def _blob_ids(
    value: str, decoded: str, trivial: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The (start, end) in ``value`` of the identifiers of a structured cookie value.

    An identifier is a string or long number under a key that names one (:data:`_ID_KEY`),
    not trivial; it is reported where it appears in ``value``, as is or percent-encoded once
    or twice (``$device:18c`` is written ``%24device%3A18c``).
    """
    try:
        parsed = json.loads(decoded)
    except ValueError:
        parsed = None
    if isinstance(parsed, list) and all(isinstance(x, (str, int, float)) for x in parsed):
        # a list of plain values (["en"], ["a8f3..."]): judged as values; one identifier
        # among them and the whole list is reported
        if any(not trivial(str(x)) and not _wordy(str(x)) for x in parsed):
            yield 0, len(value)
        return
    pos = 0
    for item in _blob_values(decoded, parsed):
        if trivial(item):
            continue
        found = item
        for _ in range(3):
            at = value.find(found, pos)
            if at >= 0:
                pos = at + len(found)
                yield at, pos
                break
            found = urllib.parse.quote(found, safe="!~*'()")  # as encodeURIComponent writes it
        else:  # written with escapes the decoder undid: the whole value (fail closed)
            yield 0, len(value)
            return


_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
# Keys of cookie fields that hold a time ("datestamp", "lastVisitTime", "consentDate").
_TIME_SUFFIXES = ("date", "time", "stamp", "expires", "expiry")
# A field value that is itself a list or a map (",", ":", ";" or "|", as is or encoded).
_LIST_VALUE = re.compile(r"[,:;|]|%2[Cc]|%3[AaBb]|%7[Cc]")
# Cookie values that are settings, not identifiers: an ISO date or date-time (colons as is
# or encoded), a version of two to four parts (maybe with a locale or build label after a
# colon: "15.0.1236.3:en-usbase"), a screen size ("1920x1080"), a time zone
# ("America/New_York", "Europe%2FBerlin"), a URL ("https%3A%2F%2F...").
_SETTING_FIRST = frozenset("0123456789AaEeIiPpHh")
_SETTING_VALUE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T +][0-9]{2}(?::|%3A)[0-9]{2}(?:(?::|%3A)[0-9]{2})?"
    r"(?:[.,][0-9]{1,9})?(?:Z|(?:[+\-]|%2B)[0-9]{2}(?::|%3A)?[0-9]{2})?)?"
    r"|[0-9]{1,8}(?:\.[0-9]{1,4}){1,3}(?::[A-Za-z][A-Za-z_\-]{1,30})?|[0-9]{2,5}[x*][0-9]{2,5}"
    r"|[0-9]{1,2}[\- ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[\- ][0-9]{4}"
    r"|(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)"
    r"(?:/|%2F)[A-Za-z_\-]{2,30}(?:(?:/|%2F)[A-Za-z_\-]{2,30})?"
    r"|https?(?::|%3A)(?://|%2F%2F).*",
    re.IGNORECASE | re.DOTALL,
)
# A run of numbers ("1522184002066:1522184002332:1", "0@0@0@0", "0012|1&0033|5"): a
# setting, a counter or times when every number is short (five digits at most) or a time.
_NUMBER_RUN = re.compile(r"-?[0-9]{1,13}(?:[:|@&.,_/\-$]{1,2}[0-9]{1,13}){1,30}")
_NUMBER_SEP = re.compile(r"[^0-9]+")
# A value made of words ("devicePage_false_pre", "CheckForPermission", "delete me" and,
# decoded, "Nashville Public Radio"): each part a word in one of the usual casings or a
# short number.
# Words may be joined by "&" when no "=" makes fields of them ("webh5&0.0.1&websocket": a
# client's kind, version and transport), and a lower-case word may end in one digit (HTML5's
# "h5", "webh5", "value1").
_WORD_SPLIT = re.compile(r"[_\-.~ +/:&,]+")
_WORD_PART = re.compile(
    r"[a-z]{1,12}|[A-Z][a-z]{0,11}|[A-Z]{1,12}|[0-9]{1,5}|[a-z]{1,11}[0-9]"
    r"|(?:[a-z]{1,12}|[A-Z][a-z]{1,12})(?:[A-Z][a-z]{1,12}){1,4}"
)
_CAMEL = re.compile(r"[A-Z][a-z]{1,12}(?:[A-Z][a-z]{1,12}){1,4}")
# A number and a word label after it: a time or a counter marked as new or repeat
# ("1453461139980-New", "3-visit").
_NUMBER_LABEL = re.compile(r"([0-9]{1,13})[\-_:|.]([A-Za-z]{2,12})")
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
# An upper-case word and a short counter ("SERV149", "WEB03", "NODE2"): the name of the
# backend or instance that served the page, one of a few shared by every visitor routed there.
# A longer number ("USER1234567") or letters after the number are not a counter.
_CAPS_COUNTER = re.compile(r"[A-Z]{3,7}[0-9]{1,3}")
# The letters and digits counted in order: a value that only counts through them
# ("0123456789abcdef0123456789abcdef", "123456789") was written by a person or a filter.
_COUNTING = "0123456789abcdefghijklmnopqrstuvwxyz"
_COUNT_NEXT = dict(itertools.pairwise(_COUNTING + "0"))


# A record signed by its server, written ``<base64 record>--<hex digest>`` (Rails' signed
# cookies, ``_zendesk_cookie``): the digest is random whatever the record holds.
_SIGNED_RECORD = re.compile(
    r"([A-Za-z0-9+/]{8,4096}(?:={0,2}|(?:%3D){0,2}))--(?:[0-9a-f]{40}|[0-9a-f]{64})"
)
_RECORD_RUN = re.compile(rb"[A-Za-z0-9]{6,}")


def _empty_signed_record(value: str) -> bool:
    """Whether a signed record holds no identifier, so the value identifies nobody.

    The record before ``--`` is decoded; when it is printable text whose letter and digit
    runs are all words (``{"device_tokens":{}}``, Ruby's marshalling around it), the value
    is a signed setting: its digest is random but signs nothing personal. A record holding
    a random run (a session id, a user number of six digits or more), binary data (an
    encrypted record) or anything that does not decode stays an identifier.
    """
    m = _SIGNED_RECORD.fullmatch(value)
    if m is None:
        return False
    record = m.group(1).replace("%3D", "=")
    try:
        raw = base64.b64decode(record + "=" * (-len(record) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return len(raw) >= 4 and _readable_words(raw)


def _readable_words(raw: bytes) -> bool:
    """Whether decoded bytes are printable text whose letter and digit runs are all words.

    A run of six or more letters and digits that holds a digit (a number, a random id) or is
    not shaped like a word (scrambled letters) makes the text a carrier of an id; binary data
    (three bytes in four not printable ASCII: an encrypted or compressed record) too.
    """
    if sum(32 <= b < 127 for b in raw) * 4 < len(raw) * 3:
        return False  # binary: an encrypted or compressed record
    for run in _RECORD_RUN.findall(raw):
        word = run.decode("ascii")
        if any(c.isdigit() for c in word) or not _word_shaped(word) or _scrambled(word):
            return False
    return True


# A token in the JSON Web Token layout without its signature: "<header>.<claims>" or
# "<header>.<claims>." (base64, standard or URL-safe alphabet, padding allowed).
_UNSIGNED_TOKEN = re.compile(
    r"([A-Za-z0-9+/_\-]{2,2048}={0,2})\.([A-Za-z0-9+/_\-]{2,2048}={0,2})\.?"
)


def _unsigned_setting(value: str) -> bool:
    """Whether a value is an unsigned token whose parts hold no identifier.

    ``<header>.<claims>`` with no signature after it (a JWT's layout, ``alg: none``): each
    part is decoded, and the value identifies nobody when both are printable text whose
    runs are words (:func:`_readable_words`) and a claims part written as JSON names no id
    (:func:`_blob_ids`): ``{"typ":"JWT","alg":"HS256"}.{}``, an empty claim set, is a
    placeholder a site writes before sign-in. A signed token (a third, random part), a
    claim with a number or a random run, binary or undecodable parts stay identifiers.
    """
    m = _UNSIGNED_TOKEN.fullmatch(value)
    if m is None:
        return False
    for part in m.groups():
        body = part.rstrip("=").replace("-", "+").replace("_", "/")
        try:
            raw = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
        except (binascii.Error, ValueError):
            return False
        if not raw or not _readable_words(raw):
            return False
        text = raw.decode("ascii").strip()
        if _BLOB.fullmatch(text) and next(_blob_ids(text, text, lambda _v: False), None):
            return False
    return True


# A signed JSON Web Token: a header and claims written as base64url JSON objects with a
# member ("eyJ"; an empty claim set, "e30", signs nothing readable and stays an id, as the
# fifteenth set's rules decided), and a signature of 16 to 512 characters.
_SIGNED_TOKEN = re.compile(
    r"(eyJ[A-Za-z0-9_\-]{8,512}={0,2})\.(eyJ[A-Za-z0-9_\-]{2,2048}={0,2})\.[A-Za-z0-9_\-]{16,512}"
)
# Claims that name who or what the token is about, or make it unique: the subject, the token's
# own id, a session, a nonce, the party it was issued to, a tenant or object id, a login.
_IDENTITY_CLAIMS = frozenset({
    "sub", "jti", "sid", "nonce", "azp", "oid", "tid", "upn", "email", "name", "login",
    "preferred_username", "client_id", "username", "user", "uid", "id",
})  # fmt: skip
# A count, a limit, a month ("202002"): fewer than seven digits. A time to the second
# ("iat": 1617722521) is no setting: it makes the token one issuance's ticket.
_SETTING_NUMBER = 10**6


def _signed_setting(value: str) -> bool:
    """Whether a value is a signed token whose claims hold no identifier.

    A JSON Web Token (:data:`_SIGNED_TOKEN`) whose header names its algorithm and whose
    claims are all settings: no claim that names an identity (:data:`_IDENTITY_CLAIMS`, an
    id-named key), strings that are trivial or words, numbers of fewer than seven digits,
    lists and objects of such values. A paywall's signed meter
    (``{"urls":[],"cnt":0,"max":4,"exp":202002}``) is one: its signature is a keyed digest
    of those claims, the same for every visitor in the same state. A token with a subject,
    a token id, a random or long value, a time to the second (an issue or expiry time: the
    token is one issuance's ticket, Bilibili's ``bili_ticket``), or claims that do not
    decode stays an identifier.
    """
    m = _SIGNED_TOKEN.fullmatch(value)
    if m is None:
        return False
    header, claims = (_json_segment(part.rstrip("=")) for part in m.groups())
    if not isinstance(header, dict) or not isinstance(header.get("alg"), str):
        return False
    return isinstance(claims, dict) and _setting_claims(claims, 0)


def _setting_claims(node: object, depth: int) -> bool:  # noqa: PLR0911 - a verdict per JSON type
    """Whether a decoded claim value holds settings only (see :func:`_signed_setting`)."""
    if depth > 3:
        return False
    if node is None or isinstance(node, bool):
        return True
    if isinstance(node, (int, float)):
        return abs(node) < _SETTING_NUMBER
    if isinstance(node, str):
        return CookieDetector._trivial(node) or _wordy(node)  # noqa: SLF001 - the cookie judge
    if isinstance(node, list):
        return all(_setting_claims(x, depth + 1) for x in node)
    if isinstance(node, dict):
        for key, val in node.items():
            if key.lower() in _IDENTITY_CLAIMS or _ID_KEY.fullmatch(key) is not None:
                return False
            if not _setting_claims(val, depth + 1):
                return False
        return True
    return False


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


# A Windows security identifier that is the same on every machine: LocalSystem ("S-1-5-18"),
# the built-in groups ("S-1-5-32-544"), services ("S-1-5-80-<hash>"), Everyone ("S-1-1-0").
# An account's SID ("S-1-5-21-<domain>-<rid>") identifies an account and is left as it is.
_WELL_KNOWN_SID = re.compile(r"S-1-(?!5-21-)[0-9]{1,3}(?:-[0-9]{1,10}){1,6}")
# Cookies that are never a browser's identifier whatever their value: a load balancer's
# (they name the backend server: Citrix "NSC_", F5 "BIGipServer", "X-Mapping-", Imperva
# "nlbi_", AWS "AWSALB"/"AWSELB", Cloudflare "__cflb", Kubernetes ingress-nginx's
# "INGRESSCOOKIE", HAProxy's "SERVERID", Cisco ACE's "ACE_", Azure App Service's
# "ARRAffinity"/"ARRAffinitySameSite", a hash of the instance that served the page) and
# Google Analytics' legacy campaign, session-state and domain-hash cookies (the visitor id
# is "__utma"), and AppDynamics' monitoring cookies ("ADRUM", "ADRUM_BT": the page's referrer
# and time, the business transaction a request belonged to).
_NOT_ID_PREFIXES = ("NSC_", "BIGipServer", "X-Mapping-", "nlbi_", "AWSALB", "AWSELB", "lidc",
                    "__cflb", "INGRESSCOOKIE", "SERVERID", "ACE_", "ARRAffinity",
                    "ADRUM")  # fmt: skip
# Google Optimize's "_gaexp" records experiments and variants ("GAX1.2.<experiment>.<day>.0");
# HubSpot's "__hssc" is its session state as "__utmb" is Google's (<domain hash>.<pages>.<time>:
# the visitor id is "__hstc"/"hubspotutk").
# Magento's "X-Magento-Vary" is a hash of the store context (store, currency, customer
# group): the same for every visitor who shares those settings. Google Analytics' "__utmv"
# holds the site's custom variables after its domain hash ("253067679.|1=Registered=No=1"):
# the visitor's id is "__utma"'s.
_NOT_ID_NAMES = frozenset(
    {"__utmb", "__utmc", "__utmz", "__utmt", "__utmv", "_gaexp", "__hssc", "X-Magento-Vary"}
)
# An A/B test's cookie ("hs_ab_test_<test id>", "split_test", "experiment_42"): its value
# names the variant the browser was shown, one of a few shared by every visitor.
_EXPERIMENT_COOKIE = re.compile(r"ab_?test|split_?test|experiment")
# A cookie named for a version ("__live_version__", "header_theme_version", "FEED_LIVE_VERSION",
# Magento's "private_content_version", "app_ver"): a version of the site, a feature or the
# cached content (Magento stamps the visitor's private content with a random value so that
# pages are not served from cache), not the browser's id.
_VERSION_COOKIE = re.compile(r"(?:^|[_\-.])(?:version|ver)_*\Z|[a-z]version_*\Z")
# A trace's cookie ("biz_trace_id", "x-trace", "traceparent"): it follows one request or page
# load through a service's systems, not a browser across visits.
_TRACE_COOKIE = re.compile(r"(?<![a-z])trace")
# A test cookie, set to learn whether cookies can be written ("cookietest", "criteo_write_test",
# "_hjTLDTest", "__sharethis_cookie_test__", "wordpress_test_cookie"): its value is the same
# for every browser. A name that also names an id ("test_uid") is not one.
# "test" must stand as a word: after a separator, a digit, "cookie", or as "Test" after a
# letter ("contest" is no test cookie).
_TEST_COOKIE = re.compile(
    r"(?:[\w.\-]{0,60}(?:[_\-.0-9]|[Cc]ookie))?(?:test|TEST)_*|[\w.\-]{0,60}[A-Za-z]Test_*"
    r"|[\w.\-]{0,60}(?i:test_cookie|cookie_test)[\w.\-]{0,60}"
)


# Token lists: cookie values made of tokens joined by one separator, each token a plain value
# or a "key:value" / "key=value" field: Adobe's "MCMID|<id>|MCAAMLH-<ts>|6", Tealium's
# "v_id:<id>$_sn:1$_st:<ms>", "session#<id>#<ts>", "<id>^1^<ts>", Google's "ID=<id>:T=<ts>:S=..".
# "$" and "@" join fields only when every token is keyed (an "@" may be an address's); ":"
# only when every token is a "key=value" field.
_TOKEN_SEPARATORS = "|#^$@"  # noqa: S105 - separators, not a password
_TOKEN_KEYED = re.compile(r"([A-Za-z_][\w.\-]{0,63})[:=](.*)", re.DOTALL)
_TOKEN_FIELD = re.compile(r"([A-Za-z_][\w.\-]{0,63})=(.*)", re.DOTALL)
# A plain token that names the next one (or a state): letters, maybe with a number after a
# hyphen (MCIDTS, session, NONE, MCAAMLH-1518610060, MCOPTOUT-1518012460s) or a camel-case
# word (vVersion).
_TOKEN_LABEL = re.compile(
    r"[A-Za-z]{1,15}(?:-[0-9]{1,13}[a-z]?)?|[a-z]{1,12}(?:[A-Z][a-z]{1,12}){1,4}"
)
# Start and end markers around a token list's values ("[CS]v1|<id>[CE]").
_TOKEN_MARKS = re.compile(r"^\[[A-Z]{1,4}\]|\[[A-Z]{1,4}\]$")
# Items of a token's value that is itself a list ("1518005260240;exp-session").
_TOKEN_ITEMS = re.compile(r"[;,]")


def _written_at(value: str, part: str, pos: int) -> tuple[int, int]:
    """Where decoded ``part`` is written in ``value``, searching from ``pos``.

    As is, or percent-encoded once or twice (as ``encodeURIComponent`` writes it). Returns
    ``(start, end)``, or ``(-1, pos)`` when it is not found.
    """
    for written in (part, urllib.parse.quote(part, safe=""), urllib.parse.quote(
            urllib.parse.quote(part, safe=""), safe="")):  # fmt: skip
        at = value.find(written, pos)
        if at >= 0:
            return at, at + len(written)
    return -1, pos


def _token_list(value: str) -> list[tuple[str, str]] | None:  # noqa: PLR0911
    """A cookie value read as a token list, as ``(key, value)`` pairs (key ``""`` if plain).

    ``None`` when the value is not one: no separator, separators of more than one kind, or
    fewer than two tokens (see :data:`_TOKEN_SEPARATORS`).
    """
    seps = [c for c in _TOKEN_SEPARATORS if c in value]
    if len(seps) > 1:
        return None
    if not seps:
        if ":" not in value or "=" not in value:
            return None
        parts = value.split(":")
        fields = [_TOKEN_FIELD.fullmatch(p) for p in parts]
        if len(parts) < 2 or not all(fields):
            return None
        return [(m.group(1), m.group(2)) for m in fields if m is not None]
    sep = seps[0]
    parts = value.split(sep)
    if len(parts) < 2:
        return None
    pairs: list[tuple[str, str]] = []
    for part in parts:
        m = _TOKEN_KEYED.fullmatch(part)
        if m is None and sep in "$@":
            return None
        pairs.append(("", part) if m is None else (m.group(1), m.group(2)))
    return pairs


# A host name, or a run of dotted names: labels that start with a letter, the last one
# letters only (a trailing dot allowed). Not a GA id ("GA1.2.<digits>.<digits>").
_HOST_NAME = re.compile(r"(?:[A-Za-z][A-Za-z0-9\-]{0,62}\.){1,20}[A-Za-z]{1,63}\.?")
_HOST_END = frozenset(string.ascii_letters + ".")


_BASE64_VALUE = re.compile(r"[A-Za-z0-9+/]+={0,2}")
# An encrypted envelope in JSON: Laravel's cookies are base64 of {"iv": ..., "value": ...,
# "mac": ...}, the value the encrypted session id or CSRF token.
_SEALED = re.compile(rb'"(?:iv|mac|tag|nonce)"\s{0,4}:')
_PRINTABLE_RUN = re.compile(rb"[\x20-\x7e]{4,}")
_LOWER_WORD = re.compile(rb"[a-z]{4,}")
_ID_NAMED = re.compile(
    rb"(?i)(?:id|uid|user|session|sid|token|guid|uuid|mail|public[_\-]?key|pubkey)[\"']?\s{0,2}[=:]"
)


# An empty value after a key ("placeid:()", "uid=&", "sid":""): the field holds no id.
_EMPTY_VALUE = re.compile(rb"""\s{0,2}(?:\(\)|""|''|(?i:null|none)\b|[,;&)}\]]|\Z)""")


def _readable_record(raw: bytes) -> bool:
    """Whether decoded bytes are a record of readable text, not random bytes.

    Printable runs (four characters or more) cover most of it, it holds four words of four
    lower-case letters or more, and no key names an identifier (``user=``, ``"sid":``)
    with a value after it (``placeid:()`` in a Rison record of search settings is empty):
    such a record keeps settings (an encoded ``Accept`` header), while random bytes are
    mostly unprintable and have no words.
    """
    if len(raw) < 16:
        return False
    covered = sum(len(m) for m in _PRINTABLE_RUN.findall(raw))
    return (
        covered * 10 >= len(raw) * 6
        and len(_LOWER_WORD.findall(raw)) >= 4
        and all(_EMPTY_VALUE.match(raw, m.end()) for m in _ID_NAMED.finditer(raw))
    )


# A record packed in binary that is almost all zero: 12 bytes or more of which 6 at most are
# not zero, room for a time or a few small numbers and no more (Lotame's "_cc_aud" inflates to
# 18 bytes: zeros and a Unix time). A record with more in it may be an id: Apache's
# mod_unique_id ("XCmRQAolArkAAFsaCQcAAAAR": a time, an address, a process, a counter) is
# 18 bytes, 7 of them zero, and a session's id.
_PACKED_MAX_SET = 6
# A compressed payload in a base64 value: zlib's header (0x78, then a byte that makes the
# pair a multiple of 31) a few bytes in (Lotame's "_cc_aud" writes a length first), or gzip's
# magic at the start ("H4sI..."). Inflated to 4,096 bytes at most.
_INFLATE_MAX = 4096
_ZLIB_LOOK = 4


def _packed_record(raw: bytes) -> bool:
    """Whether decoded bytes are almost all zero (see :data:`_PACKED_MAX_SET`)."""
    return len(raw) >= 12 and len(raw) - raw.count(0) <= _PACKED_MAX_SET


def _inflated(raw: bytes) -> bytes | None:
    """The payload of compressed bytes (zlib or gzip, :data:`_INFLATE_MAX` at most), or None.

    An empty payload is returned only when its stream is whole (``H4sIAAAAAAAAAAMAAAAAAAAAAAA``,
    gzip of nothing); a stream cut short that gave nothing is no payload.
    """
    if raw[:2] == b"\x1f\x8b":
        start, wbits = 0, 31
    else:
        start = next(
            (
                i
                for i in range(min(_ZLIB_LOOK + 1, len(raw) - 1))
                if raw[i] == 0x78 and (raw[i] * 256 + raw[i + 1]) % 31 == 0
            ),
            -1,
        )
        wbits = 15
    if start < 0:
        return None
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(raw[start:], _INFLATE_MAX)
    except zlib.error:
        return None
    return out if out or inflater.eof else None  # empty only if the stream ended whole


def _bracket_end(text: str, start: int, stop: int) -> int | None:
    """The end of the JSON object or array that starts at ``text[start]``, or ``None``.

    Brackets inside strings are skipped; a line break or ``stop`` before the close fails.
    """
    depth, i, in_str = 0, start, False
    while i < stop:
        c = text[i]
        if c in "\r\n":
            return None
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


# The words of a cookie's name: runs of letters (a capital starts a new word: "BackendRoute"
# -> "Backend", "Route"; "JSessionId" -> "J", "Session", "Id") and runs of digits.
_NAME_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
# Words that name a load balancer's or proxy's routing (the server, node or pool that serves
# the browser): "lb" and the balancers' own names ending in it ("cflb", "awsalb", "elb"),
# F5's "ltm", persistence and stickiness, affinity, a route, a backend, upstream, pool,
# node or server. A cookie named with one holds where the browser is served, not who it is.
# A routing word glued to "id" in a name written in one case ("BACKENDID", "ROUTEID",
# "serverid") names the server the browser is routed to, as the word alone does.
_ROUTING_WORD = re.compile(
    r"[a-z]{0,4}lb|ltm|balancer|loadbalancer|persist(?:ence)?|sticky|stickiness|affinity"
    r"|routing|(?:route|backend|upstream|pool|node|server|srv)(?:id)?"
)
# Routing words that a name may write as two capitalised words ("BackEnd", "UpStream"):
# Exchange's "X-BackEndCookie" names the mailbox server that serves the session.
_SPLIT_ROUTING = re.compile(r"backend|upstream")
# A port written as the name's last piece between separators, marked as one ("...-P80",
# "..._port8080"): the cookie is named for a server's pool and port. A bare number there is
# no port: ad-tech cookies are numbered by partner ("KRTBCOOKIE_80", "_ljtrtb_80" hold ids).
_NAME_PIECES = re.compile(r"[_\-.:]+")
_PORT_WORD = re.compile(r"(?:p|port)(?:80|443|8000|8008|8080|8081|8443|8888)")
# Words that name an identifier: with one, the name is an id's whatever else it says
# ("server_session_id", "JSessionId_9401", "node_uid").
_ID_WORD = re.compile(
    r"id|ids|uid|sid|guid|uuid|sess|session|sessionid|visitor|user|token|auth|login|device"
    r"|client|csrf|xsrf|tracking|track|trackid|unique|anon|anonymous|fingerprint|fp|key|ticket"
)


# F5 BIG-IP's persistence cookie value, written whatever the cookie is named: the pool
# member's IPv4 address and port as little-endian decimals ("1677787402.36895.0000"), a route
# domain's "rd<n>o00000000000000000000ffff<hex address>o<port>", an IPv6 member's
# "vi<32 hex>.<port>" or "rd<n>o<32 hex>o<port>". It names a server, not a browser.
_F5_MEMBER = re.compile(
    r"[0-9]{6,10}\.[0-9]{1,5}\.0000|rd[0-9]{1,5}o[0-9a-f]{32}o[0-9]{1,5}|vi[0-9a-f]{32}\.[0-9]{1,5}"
)
_F5_FIRST = frozenset("0123456789rv")


def _name_words(name: str) -> list[str]:
    """A cookie name's words (:data:`_NAME_WORD`), lower-cased; read once for each name."""
    return [w.lower() for w in _NAME_WORD.findall(name)]


def _routing_name(name: str, words: list[str]) -> bool:
    """Whether a cookie's name names a load balancer's routing and no identifier.

    The name is read as words (:func:`_name_words`): one that names routing
    (:data:`_ROUTING_WORD`; two that write one, :data:`_SPLIT_ROUTING`) or a port as the
    last piece (:data:`_PORT_WORD`) makes the value a server's, pool's or node's name,
    unless another word names an id (:data:`_ID_WORD`).
    """
    if not words or any(_ID_WORD.fullmatch(w) for w in words):
        return False
    if any(_ROUTING_WORD.fullmatch(w) for w in words):
        return True
    if any(_SPLIT_ROUTING.fullmatch(a + b) for a, b in itertools.pairwise(words)):
        return True  # "X-BackEndCookie": a routing word written as two capitalised words
    pieces = [p for p in _NAME_PIECES.split(name) if p]  # "LIBRARY", "P80": a port stands apart
    return len(pieces) > 1 and _PORT_WORD.fullmatch(pieces[-1].lower()) is not None


# Names of a position: a feed's or a list's offset, a scroll position, a page cursor
# (Bilibili's "bp_video_offset_<uid>", Dynamic Yield's "_dy_toffset"). The cookie holds where
# the browser was in a list or page, not who it is.
_POSITION_NAME = re.compile(r"offset|position|scroll|cursor")
# A name that names the site's own id for a vendor (a website's, site's or property's id:
# Inspectlet's "__insp_wid", Qualaroo's "__qc_wId", "site_id", "website_id"): the same value
# for every visitor of the site, not the browser's.
_SITE_ID_NAME = re.compile(r"(?:^|[_.\-])(?:w|web_?site|site|property)[_.\-]?id\Z")


# Words that name media a page plays, no person: an audio or video stream, a radio station,
# a channel, a playlist ("stationAudioStream", "remixcurr_audio"). The value names what is
# played or preferred, the same for every listener of it.
_MEDIA_WORD = re.compile(
    r"stream|station|channel|playlist|radio|audio|video|song|album|podcast|episode"
)


def _names_ids(name: str, words: list[str]) -> bool:
    """Whether a cookie name names an id or ids (:data:`_ID_KEY`, a word of :data:`_ID_WORD`).

    A plural counts ("uids", "user_ids": a list of accounts' ids). ``words`` are the name's
    (:func:`_name_words`).
    """
    if _ID_KEY.fullmatch(name) is not None:
        return True
    return any(
        _ID_WORD.fullmatch(w) is not None or _ID_WORD.fullmatch(w.removesuffix("s")) is not None
        for w in words
    )


def _position_name(name: str, words: list[str]) -> bool:
    """Whether a cookie name names a position or media, and no identifier.

    A position (:data:`_POSITION_NAME`, anywhere in the name) or a word naming media
    (:data:`_MEDIA_WORD`); a word naming an id (:data:`_ID_WORD`: "video_uid",
    "channel_session") or an id-named name (:data:`_ID_KEY`: "playlist_id") keeps the value
    an identifier's.
    """
    if _names_ids(name, words):
        return False
    return _POSITION_NAME.search(name.lower()) is not None or any(
        _MEDIA_WORD.fullmatch(w) for w in words
    )


def _not_id_name(name: str) -> bool:
    """Whether a cookie name is one that never holds a browser's identifier.

    By privkit's rules (:func:`_ruled_not_id_name`), or as a cookie database documents a
    load balancer's or gateway's cookie (:func:`_documented`, ``routing``: Azure's
    ``x-ms-gateway-slice``, Radware Alteon's ``AlteonP``) under a name that names no id.
    """
    return _ruled_not_id_name(name) or (
        _documented(name, "routing") and not _names_ids(name, _name_words(name))
    )


def _ruled_not_id_name(name: str) -> bool:
    """Whether privkit's name rules say a cookie name never holds a browser's identifier."""
    if name in _NOT_ID_NAMES or name.startswith(_NOT_ID_PREFIXES):
        return True
    words = _name_words(name)
    if _routing_name(name, words) or _position_name(name, words):
        return True
    if _SITE_ID_NAME.search(name.lower()) is not None:
        return True
    low = name.lower()
    if "trace" in low and _TRACE_COOKIE.search(low) is not None:
        return True
    if "ver" in low and _VERSION_COOKIE.search(low) is not None:
        return _ID_KEY.fullmatch(name) is None
    return (
        ("est" in low and _TEST_COOKIE.fullmatch(name) is not None)
        or _EXPERIMENT_COOKIE.search(low) is not None
    ) and _ID_KEY.fullmatch(name) is None


def _wordy(value: str) -> bool:
    """Whether a cookie value is made of words, not an identifier (see :data:`_WORD_PART`).

    A path whose segments are words or short codes (``/gb/en/``, a site section or locale)
    is made of words too.
    """
    if (" " in value or "+" in value) and _phrase(value):
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


# A decimal fraction among the numbers of a record ("35.49656035": a score, a ratio): a
# number, not an identifier (a version's dots on both sides are not one).
_FRACTION_IN = re.compile(r"(?<![0-9.])[0-9]{1,3}\.[0-9]{1,12}(?![0-9.])")
# A time and a counter after a letter ("1613315158b43": when a page was seen, and which).
_TIME_COUNTER = re.compile(r"([0-9]{10}|[0-9]{13})[a-z]([0-9]{1,5})")


# A record of counts around one number (PubMatic's "pi=160065:3", a publisher's number and a
# count; VK's "remixua=15|585|170|117747548", sizes and a 32-bit hash): numbers joined by one
# kind of separator, one of them five to nine digits, every other one four digits at most.
_COUNTER_RECORD = re.compile(r"[0-9]{1,9}(?:([:|^,_])[0-9]{1,9})(?:\1[0-9]{1,9}){0,7}")


# A list of numbers each closed by a colon, a number of ten digits at most with a flag after a
# hyphen (Google's OneGoogle settings "OGPC=19008076-1:", "OGP=-19008076:": the experiment and
# feature numbers a page was served with, the same for every browser in them).
_NUMBER_LIST = re.compile(r"(?:-?[0-9]{1,10}(?:-[0-9]{1,4})?:){1,16}")


# A list of items of one type, each the type's tag and the item's id (Reddit's
# "_recentclicks2=t3_4pbjm0,t3_4pbz3o,t3_4pbc5v,": the posts a browser opened, by their
# "fullnames"): a history of content, the same items for anyone who opened them, not the
# browser's id. Two items or more, one tag for all.
_TYPED_ITEMS = re.compile(
    r"([A-Za-z][A-Za-z0-9]{0,3}_)[A-Za-z0-9]{1,16}(?:,\1[A-Za-z0-9]{1,16}){1,63},?"
)


# A cookie whose value is a link, maybe after a short tag ("ipc=160065^https%3A%2F%2F...":
# PubMatic's pixel record, a partner's number and the pixel's URL; "last_page=https://...",
# "_orig_referrer=https://..."): the page, referrer, pixel or redirect target it records.
_LINK_VALUE = re.compile(r"(?:[\w.\-]{1,32}[\^|])?https?://[^\s]{1,4096}", re.IGNORECASE)


# Where a link's scheme may start in a cookie value: after a tag of 32 characters at most and
# its separator (:data:`_LINK_VALUE`).
_LINK_SCHEME_WITHIN = 38


def _link_value(plain: str) -> bool:
    """Whether a cookie value, percent-decoded once, is a link (:data:`_LINK_VALUE`).

    A link records a page: a referrer, a landing page, the target of a pixel or a
    redirect. The ids in its query belong to the link's partner and are reported where the
    request sends them (its own URL's query), not in the cookie that stores the link. The
    scheme is read in any case ("Http://" too), as the expression reads it; a cheap test for
    it in the value's first characters runs first.
    """
    return (
        "http" in plain[:_LINK_SCHEME_WITHIN].lower() and _LINK_VALUE.fullmatch(plain) is not None
    )


def _counter_record(plain: str) -> bool:
    """Whether a cookie value, percent-decoded once, is a record of counts around one number.

    (:data:`_COUNTER_RECORD`.)

    Such a number (32 bits at most) counts, sizes or names the site's partner, and the
    counts beside it are no id: the record is a setting. Two numbers of five digits or more,
    or one of ten digits or more (a 64-bit id, a time with its id), stay identifiers; so do
    letters anywhere (``GA1.2.<id>.<time>``). A name that names an id keeps its value (the
    caller's test, :data:`_ID_KEY`).
    """
    if _COUNTER_RECORD.fullmatch(plain) is None:
        return False
    numbers = _NUMBER_SEP.split(plain)
    large = [n for n in numbers if len(n) > 4]  # a count has four digits at most
    return len(large) == 1 and not _epoch_like(large[0])


def _numbers_only(value: str) -> bool:
    """Whether a run of numbers (:data:`_NUMBER_RUN`) holds only short numbers, times, dates.

    ("3/20230729/0": a step, the day it was shown, a count.)
    """
    counted = _TIME_COUNTER.fullmatch(value)
    if counted is not None:  # "1613315158b43": a time and a counter
        return _epoch_like(counted.group(1))
    value = value.rstrip(":|@&,_/-$")  # "3$1613228710:35.49656035::": trailing separators
    if "." in value:
        value = _FRACTION_IN.sub("0", value)
    if _NUMBER_RUN.fullmatch(value) is None:
        return False
    return all(
        len(n) <= 5 or _epoch_like(n) or _compact_date(n) for n in _NUMBER_SEP.split(value) if n
    )


def _stamp(value: str) -> bool:
    """Whether a field of a cookie record is its time stamp: a Unix time, bare or under a key.

    A record that is signed or stamped writes its id first, then when it was made; the fields
    after that time are the record's lifetime and expiry date (no id) and a signature (a
    digest of the fields before it, reported with the id: :func:`_signed_on`). ByteDance's ``ttwid`` (``1|<id>|<time>|<signature>``) and ``sid_guard`` (``<session
    id>|<time>|<max age>|<expiry date>``), Google's ``ID=<id>:T=<time>:S=<signature>``
    (``__gads``, ``__gpi``, ``PREF``), LearnPress's ``<session id>||<expiry>||<hash>``.
    """
    return value.isdigit() and _epoch_like(value)


def _lifetime(value: str) -> bool:
    """Whether a field after a record's time is its lifetime or a counter: eight digits at most.

    (``sid_guard``'s ``5184000``: sixty days in seconds; DoubleClick's ``et=730``.)
    """
    return len(value) <= 8 and value.isdigit()


# Keys of a record's field that hold a signature or a checksum of the fields before it
# ("crc=<hex>", "sig=..."); Google's and Yahoo's records sign with an upper-case "S"
# ("ID=<id>:T=<time>:S=<sig>", Yahoo's "A3=d=<id>&S=<sig>"). A lower-case "s" is often a
# session's id itself ("s=<uuid>&h=&v=0").
# ("h": Scribd's "u=<uuid>&h=<digest>", a record's digest of the id before it; a field named
# "hash" is left to be judged on its own, as the stamps' tests decided)
_SIGNATURE_KEY = re.compile(r"S|h|(?i:sig|signature|crc(?:32)?|checksum|hmac)")


def _signature_key(key: str) -> bool:
    """Whether a record's field key names the record's signature (:data:`_SIGNATURE_KEY`)."""
    return _SIGNATURE_KEY.fullmatch(key) is not None


def _signed_on(found: list[tuple[int, int]], start: int, end: int, *, signs: bool) -> None:
    """Add an identifier's ``(start, end)`` to ``found``, or run the last one on to ``end``.

    A signature is a digest of the id it signs: it is as unique to the browser as the id, so
    left in clear it would link the requests the redacted id no longer links. It is reported
    with that id, as one finding from the id's start to the signature's end, not as an
    identifier of its own (the labels mark the id alone; overlap matching counts the one
    finding once, and the characters between as over-redaction).
    """
    if signs and found and found[-1][1] <= start:
        found[-1] = (found[-1][0], end)
    else:
        found.append((start, end))


# A template field left unfilled by the page or ad server that wrote the value: "${GDPR}",
# "{$PARTNER_UID}", "{{uid}}", "$UID", "%%USER_ID%%", "__UID__", "[UID]", "_wfivefivec_".
_PLACEHOLDER_FIRST = frozenset("${%_[")
_TEMPLATE = re.compile(
    r"\$\{[^{}]{1,64}\}|\{\$?[A-Za-z_][\w.]{0,63}\}|\{\{[^{}]{1,64}\}\}|\$[A-Z][A-Z0-9_]{1,63}"
    r"|%%[A-Za-z_][\w]{0,63}%%|__[A-Za-z][\w]{0,60}__|\[[A-Z][A-Z0-9_ ]{1,63}\]|_[a-z]{3,40}_"
)
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_SPACE = re.compile(r"[\s\"'<>]")
# The client id AMP pages keep per browser: "amp-" and 22 base64url characters.
_AMP_CLIENT_ID = re.compile(r"amp-[A-Za-z0-9_\-]{20,44}")
# Adobe Analytics' fallback visitor id (its "s_fid" cookie, echoed as a beacon's "fid").
_ADOBE_FID = re.compile(r"[0-9A-F]{16}-[0-9A-F]{16}")


# Google Analytics' client id as a hit's "cid" writes it: a random number below 2^31 and
# the time it was made ("1611304118.1716249600"). Its random half is as often as not a
# ten-digit number that also reads as a Unix time, so the pair must not be judged as times.
_GA_CLIENT_ID = re.compile(r"[0-9]{1,10}\.[0-9]{10}")


def _client_id_shape(value: str) -> bool:
    """Whether a query value has the shape of a client id whatever its key.

    An AMP page's (``amp-`` and 22 base64url characters) or Adobe Analytics' fallback
    visitor id (``<16 hex>-<16 hex>``).
    """
    if value[:4] == "amp-":
        return _AMP_CLIENT_ID.fullmatch(value) is not None
    return len(value) == 33 and _ADOBE_FID.fullmatch(value) is not None


# A token of the base64url alphabet, where "-" and "_" are letters, not separators: YouTube's
# "YSC=1CEEH_K-AJc" and "VISITOR_INFO1_LIVE=wWr_iG5tT-o" are 11 random characters (66 bits).
_B64URL_TOKEN = re.compile(r"[A-Za-z0-9_\-]{10,256}")


def _base64url_token(value: str) -> bool:
    """Whether a value is one base64url token (random text, not codes joined by separators).

    Ten characters or more of ``[A-Za-z0-9_-]``, upper- and lower-case letters both, and
    ``-`` or ``_`` inside it, not at an end. Such a value is random text, not short codes joined by separators (``3-1rh7``); a
    value made of words (``Nashville-Public``) is still judged by :func:`_wordy`.
    """
    return (
        ("-" in value[1:-1] or "_" in value[1:-1])
        and _B64URL_TOKEN.fullmatch(value) is not None
        and value.lower() != value
        and value.upper() != value
    )


def _short_codes(value: str) -> bool:
    """Whether a value, decoded, is only short codes and numbers between separators.

    Every run of letters and digits is five characters or fewer and at least one separator
    stands between or around them ("18y3~2ijc", "3-1rh7|7QO.0.1|8jE.0.1", "23992~DM",
    "412/823/1.75/!!!-/412", "-36000"): sync states, counters, screen sizes and routing
    codes. Identifiers have longer runs (a UUID's 8 and 12, a GA id's 9 and 10) or are
    written in four groups or more of one length ("b4c7-5854-fbb9-1393-7b05-e3e3").
    """
    plain = _unquoted(value) if "%" in value else value
    if len(plain) > 256 or plain.isalnum() or _base64url_token(plain):
        return False
    runs = _ALNUM_RUN.findall(plain)
    if not runs or max(map(len, runs)) > 5:
        return False
    # four groups or more of one length are an id written in groups ("b4c7-5854-fbb9-1393-...")
    return len(runs) < 4 or len(runs[0]) < 3 or len(set(map(len, runs))) > 1


# A short label before a template field: "uid:_wfivefivec_", "uid=${UID}" (a partner's
# cookie-sync URL names the field it would fill in).
_LABELLED_TEMPLATE = re.compile(r"[A-Za-z]{1,16}[:=]")


def _filler(value: str) -> bool:
    """Whether a value holds no identifier, whatever its length.

    An unfilled template field ("${GDPR}", "{$PARTNER_UID}"), also after a short label
    ("uid:_wfivefivec_"), a string of flags ("10111111111111") or short codes
    (:func:`_short_codes`).
    """
    if value[0] in _PLACEHOLDER_FIRST and _TEMPLATE.fullmatch(_unquoted(value)):
        return True
    label = _LABELLED_TEMPLATE.match(value)
    if label is not None:
        rest = _unquoted(value[label.end() :])
        if rest[:1] in _PLACEHOLDER_FIRST and _TEMPLATE.fullmatch(rest):
            return True
    if value[0] in "01" and not value.strip("01"):
        return True
    return _short_codes(value)


def _unquoted(value: str) -> str:
    """A percent-encoded value decoded (twice at most)."""
    for _ in range(2):
        if "%" not in value:
            break
        value = urllib.parse.unquote(value)
    return value


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


_NUL = re.compile("\x00")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint-or-nested ``spans``."""
    i = bisect.bisect_left(spans, (end, end))
    return any(a < end and start < b for a, b in spans[max(0, i - 8) : i])


# A cookie that signs another cookie of the same header: the other's name, a separator and a
# signature word ("visitor_id413862" and "visitor_id413862-hash", "session" and "session.sig").
_SIBLING_SIGNATURE = re.compile(r"(.{1,256}?)[-_.](?i:hash|sig|signature|hmac|digest)")


def _sibling_signature(name: str, names: list[str]) -> bool:
    """Whether a cookie's name is an earlier cookie's of its header and a signature word.

    (:data:`_SIBLING_SIGNATURE`): a digest of that cookie's value, reported with it.
    """
    m = _SIBLING_SIGNATURE.fullmatch(name) if len(names) > 1 else None
    return m is not None and m.group(1) in names[:-1]


# A number as a time cookie holds it: a Unix time in seconds or milliseconds (or a date far
# ahead), with one type letter after it as some servers write a long ("2082787201l").
_TIME_NUMBER = re.compile(r"[0-9]{9,13}[A-Za-z]?")


def _time_cookie(name: str, value: str) -> bool:
    """Whether a cookie named for a time holds a number: when, not who.

    Its name's last piece is a time word (:func:`_time_key`: "session-id-time", "last_ts"),
    its value a number (:data:`_TIME_NUMBER`).
    """
    pieces = [p for p in _NAME_PIECES.split(name) if p]
    return bool(pieces) and _time_key(pieces[-1]) and _TIME_NUMBER.fullmatch(value) is not None


# A server's host name with the port or instance number it serves from
# ("mc-sm17.websys.aol.com/13769", "node3.pool.example.net:8080").
_SERVED_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9\-]{0,62}\.){2,20}[A-Za-z]{2,63}[/:][0-9]{1,6}")


def _served_host(value: str) -> bool:
    """Whether a cookie value is a server's host name and port (:data:`_SERVED_HOST`).

    It says where the browser is served, not who it is.
    """
    return value[-1:].isdigit() and "." in value and _SERVED_HOST.fullmatch(value) is not None


class CookieDetector(PatternDetector):
    """Cookie identifiers: values in ``Cookie:``/``Set-Cookie:`` headers and analytics cookies.

    The finding covers the value, not the cookie name. Short or trivial values
    (``theme=dark``, ``lang=en``) and ``Set-Cookie`` attributes are not reported.
    """

    entity = EntityType.COOKIE_ID
    name = "cookie"
    # (and the id headers' words, below: the prefilter's pass tells whether they occur)
    scan_literals = ('"name"', "'name'", "value", "#fields:", "sessionid", "session-id",
                     "session_id", "visitorid", "visitor-id", "visitor_id", "browserid",
                     "browser-id", "browser_id", "anonymousid", "anonymous-id",
                     "anonymous_id", "csrf", "xsrf")  # fmt: skip
    patterns = (
        Pattern("cookie_header", r"cookie[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?P<body>[^\r\n]{1,16384})",
                0.85, prefilter=("cookie",), lowercase=True),
        Pattern("named_cookie", r"=(?P<value>[^\s;,&\"'<>]{6,4096})", 0.9),
        Pattern("ga_value", r"GA1\.[0-9]\.[0-9]{5,12}\.[0-9]{9,11}(?![\w.])", 0.85, not_after=r"\w.",
                prefilter=("ga1.",)),
        Pattern("fbp_value", r"fb\.[0-9]\.[0-9]{10,13}\.[0-9]{5,25}(?![\w.])", 0.85, not_after=r"\w.",
                prefilter=("fb.",)),
    )  # fmt: skip
    # A value may be quoted, with quotes escaped as a JSON string writes them
    # ('sess=\\"v1_Rj7j...Fg==\\"' in a HAR or cassette header value: the value gives its
    # last backslash back to the closing quote).
    _PAIR = re.compile(r"\s*([^=;,\s]{1,256})\s*=\s*(\\\"|\"|)([^;\"\r\n]{0,4096})\2")

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        found: list[Finding] = []
        if state.present(("#fields:",)) and "#Fields:" in state.text:
            found += self._w3c(state)
        found += self._name_values(state)
        found += self._find(state)
        if "%3D" in state.text or "%3d" in state.text:
            found += self._nested_queries(state.text, found)
        if state.present(self._ID_HEADER_WORDS):
            found += self._id_headers(state.text)
        yield from found
        if found:
            yield from self._echoes(state.text, found)

    # A header line named for a session, visitor or browser id ("TNS_SESSIONID: <id>",
    # "X-Session-Id: <id>", "X-Visitor-ID: <id>"): a service echoes the id of its cookie in a
    # header of its own. Request, trace and correlation ids are other words. A header named
    # for a CSRF token ("X-CSRF-Token", "X-XSRF-TOKEN", "CSRFPreventionToken") carries the
    # token a service issued for one session, as its cookie does ("csrftoken", "XSRF-TOKEN"):
    # the same id (the token detector leaves it, as no credential).
    _ID_HEADER_WORDS = scan_literals[4:]
    _ID_HEADER = re.compile(
        r"^[ \t]{0,8}(?:(?:[A-Za-z0-9]{1,24}[-_]){0,4}(?:session|visitor|browser|anonymous)[-_]?id"
        r"|(?:[A-Za-z0-9]{1,24}[-_]){0,3}[A-Za-z0-9]{0,24}(?:csrf|xsrf)[A-Za-z0-9]{0,24}"
        r"(?:[-_][A-Za-z0-9]{1,24}){0,3})"
        r"[ \t]{0,3}:[ \t]{0,3}(?P<value>[^\s\"',;]{6,4096})[ \t\r]*$",
        re.IGNORECASE | re.MULTILINE,
    )

    def _id_headers(self, text: str) -> Iterator[Finding]:
        """The values of header lines named for a session, visitor, browser id or CSRF token.

        The value is judged as a cookie's value (:meth:`_trivial`): a word, a placeholder or a
        number of a few digits is none.
        """
        evidence = Evidence(pattern="id_header")
        for m in self._ID_HEADER.finditer(text):
            if not self._trivial(m.group("value")):
                yield Finding(
                    self.entity, m.start("value"), m.end("value"), 0.85, self.name, evidence
                )

    # A pair of a query nested in another URL's query, percent-encoded once: a cookie-sync
    # chain hands the partner's URL along, and with it the partner's id of the browser
    # ("...&r=https%3A%2F%2Fsync.x.com%2Fsync%3Fp%3Dpm%26obUid%3D<id>"). The pair follows the
    # nested "?" or "&" (%3F, %26); its value runs to the next encoded separator (only the
    # characters an id is written with: unreserved ones and base64's, encoded).
    _NESTED_PAIR = re.compile(
        r"%(?:3[Ff]|26)(?P<key>[A-Za-z0-9_.\-]{1,64})%3[Dd]"
        r"(?P<value>(?:[A-Za-z0-9_.\-~]|%2[BbFf]|%3[Dd]){8,512})"
    )
    # The nested URL's scheme ("https%3A%2F%2F") and "?" at most this far before the pair.
    _NESTED_URL = re.compile(r"(?i)https?%3A%2F%2F")
    _NESTED_LOOK_BACK = 512

    def _nested_queries(self, text: str, found: list[Finding]) -> list[Finding]:
        """Client and partner ids in the query of a URL nested, percent-encoded, in another's.

        Each pair is judged as the same pair of a plain URL is (:meth:`_client_id_query`,
        with the nested URL's decoded path before its "?": a cookie-sync path lets any key
        carry the partner's id): a key naming a client, visitor or user id, or any key of a
        sync URL but the partner's own side, with an opaque value. OAuth's ``client_id``,
        which a sign-in's redirect carries nested, names the application unless it has Google
        Analytics' client-id shape. The nested URL's scheme
        and "?" are at most :attr:`_NESTED_LOOK_BACK` characters back, with no space between,
        and the nested URL is itself a value of an outer URL's query (:meth:`_query_value_at`:
        a link a cookie stores is no id, as before), so each pair reads a bounded stretch of
        text. A span another finding holds is left.
        """
        taken = sorted((f.start, f.end) for f in found)
        out: list[Finding] = []
        evidence = Evidence(pattern="nested_query")
        for m in self._NESTED_PAIR.finditer(text):
            lo = max(0, m.start() - self._NESTED_LOOK_BACK)
            q = max(text.rfind("%3F", lo, m.start() + 3), text.rfind("%3f", lo, m.start() + 3))
            if q < 0:
                continue
            u = -1
            for um in self._NESTED_URL.finditer(text, lo, q):
                u = um.start()
            if u < 0 or _SPACE.search(text, q, m.start()) or not self._query_value_at(text, u):
                continue
            vs, ve = m.span("value")
            if _overlaps(taken, vs, ve):
                continue
            key, value = m.group("key"), urllib.parse.unquote(m.group("value"))
            if key.lower() == "client_id" and _GA_CLIENT_ID.fullmatch(value) is None:
                continue  # a sign-in's redirect carries OAuth's client_id: the application's
            path = urllib.parse.unquote(text[max(q - self._SYNC_LOOK_BACK, lo) : q])
            head = f"{path}?" if m.start() == q else f"{path}?_=&"
            probe = f"{head}{key}={value}"
            if self._client_id_query(probe, len(head), len(head) + len(key), value):
                bisect.insort(taken, (vs, ve))
                out.append(Finding(self.entity, vs, ve, 0.8, self.name, evidence))
        return out

    _OUTER_LOOK_BACK = 2048
    _OUTER_STOP = re.compile(r"[\s;\"'<>]")

    @classmethod
    def _query_value_at(cls, text: str, start: int) -> bool:
        """Whether ``text[start:]`` is a value of an outer URL's query (``...?r=<here>``).

        A key's ``=`` right before it, and the outer URL's ``?`` at most
        :attr:`_OUTER_LOOK_BACK` characters back with no space, quote or ``;`` between: a
        link stored in a cookie (``last_page=https%3A...``) or written in prose is no query.
        """
        if text[start - 1 : start] != "=":
            return False
        q = text.rfind("?", max(0, start - cls._OUTER_LOOK_BACK), start)
        return q >= 0 and cls._OUTER_STOP.search(text, q, start) is None

    _ECHO_MIN = 10  # shorter values may repeat by chance ("1453461133")
    # The id at the head of a signed record's finding ("<id>%7C<time>%7C<signature>",
    # "<id>:T=<time>:S=<signature>", "<id>&S=<signature>": see _signed_on).
    _SIGNED_HEAD = re.compile(r"[^|:&%\s]{10,4096}(?=\||%7[Cc]|:|&)")
    _ECHO_VALUES = 64  # the first distinct values of a text whose echoes are searched
    _PCT = re.compile(r"%[0-9A-Fa-f]{2}")

    def _echoes(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """The same identifiers written elsewhere in the same text.

        A browser's id set by one response is sent back in the next request's URL (a
        tracker's redirect ``Location: ...&m=<id>``, an analytics hit's ``fid=<s_fid>``, a
        cookie-sync pixel): once a cookie value is an identifier, each other place the text
        writes it as a key's value (after ``=`` or ``:``, as is or percent-encoded) and as a
        whole token (not inside a longer run of letters and digits; an encoded ``%26``
        after it counts as a separator) is that identifier too. A path segment that repeats
        it is left alone: a path is not a key's value.
        Texts that :meth:`Scanner.scan_many` joins are searched one by one (they end at a
        NUL). Each value is one search through its text, so only a text's first
        ``_ECHO_VALUES`` distinct values are searched: a text of thousands of ids (a hostile
        query string) stays linear; the ids themselves are all reported where they stand.
        """
        taken = sorted((f.start, f.end) for f in found)
        starts = {f.start for f in found}  # each value's own place: the usual hit, skipped first
        nuls = [m.start() for m in _NUL.finditer(text)] if "\x00" in text else []
        values: dict[tuple[str, int], int] = {}  # (value, its text's start) -> the text's end
        per_text: dict[int, int] = {}  # a text's start -> how many of its values are searched
        for f in sorted(found, key=lambda f: f.start):
            if f.end - f.start < self._ECHO_MIN:
                continue
            i = bisect.bisect_left(nuls, f.start)
            lo = nuls[i - 1] + 1 if i else 0
            # a signed record's finding runs from its id to its signature: the id is echoed
            head = self._SIGNED_HEAD.match(text, f.start, f.end)
            for value in (text[f.start : f.end], *(() if head is None else (head.group(),))):
                key = (value, lo)
                if key in values or per_text.get(lo, 0) >= self._ECHO_VALUES:
                    continue  # each search reads the whole text: a bounded number keeps it linear
                per_text[lo] = per_text.get(lo, 0) + 1
                values[key] = nuls[i] if i < len(nuls) else len(text)
        evidence = Evidence(pattern="cookie_echo")
        for (value, lo), hi in values.items():
            at = text.find(value, lo, hi)
            while at >= 0:
                stop = at + len(value)
                if (
                    at not in starts
                    and self._keyed(text, at, lo)
                    and self._token_edges(text, at, stop, lo, hi)
                    and not _overlaps(taken, at, stop)
                ):
                    bisect.insort(taken, (at, stop))
                    yield Finding(self.entity, at, stop, 0.8, self.name, evidence)
                at = text.find(value, stop, hi)

    @classmethod
    def _keyed(cls, text: str, start: int, lo: int) -> bool:
        """Whether a value at ``start`` is a key's value.

        It follows ``=``, ``:`` (a header's ``Name: `` too) or ``%3D``/``%3A``.
        """
        back = start
        while back > lo and start - back < 3 and text[back - 1] in " \t":
            back -= 1
        if back > lo and (text[back - 1] == ":" or (back == start and text[back - 1] == "=")):
            return True
        return start - 3 >= lo and text[start - 3 : start].upper() in ("%3D", "%3A")

    @classmethod
    def _token_edges(cls, text: str, start: int, end: int, lo: int, hi: int) -> bool:
        """Whether ``text[start:end]`` stands as a whole token (see :meth:`_echoes`)."""
        before_ok = (
            start == lo
            or not text[start - 1].isalnum()
            or cls._PCT.fullmatch(text, max(lo, start - 3), start) is not None
        )
        after_ok = (
            end == hi
            or not text[end].isalnum()
            or cls._PCT.match(text, end, min(hi, end + 3)) is not None
        )
        return before_ok and after_ok

    def _name_values(self, state: ScanState) -> Iterator[Finding]:
        """Cookies stored as name/value objects (:func:`_nv_objects`).

        A ``Cookie`` or ``Set-Cookie`` header's value is read as that header; a cookie
        object's value as a cookie value.
        """
        text = state.text
        header = self.patterns[0]
        for name, start, end, cookie in _nv_in(state):
            low = name.lower()
            if low in ("cookie", "set-cookie"):
                pos = start
                for item in text[start:end].split("\\n"):  # HAR joins Set-Cookie lines
                    yield from self._pairs(
                        text, pos, pos + len(item), header, is_set=low == "set-cookie"
                    )
                    pos += len(item) + 2
            elif cookie:
                value = text[start:end]
                if low in _COOKIE_ATTRS or _not_id_name(name) or _consent_record(name, value):
                    continue
                evidence = Evidence(pattern="cookie_object")
                for fs, fe in self._named_spans(name, value):
                    yield Finding(
                        self.entity, start + fs, start + fe, header.score, self.name, evidence
                    )

    # Cookie pairs inside a W3C cs(Cookie) value, where separators are written "; ", ";+",
    # "%3B" or "%20" (IIS and CloudFront encode spaces).
    _W3C_PAIR = re.compile(
        r"(?:^|(?<=[;+ ])|(?<=%3B)|(?<=%20))([^=;+ %]{1,256})=([^;+ ]{1,4096}?)(?=;|\+|%3B|%20|$)"
    )

    def _w3c(self, state: ScanState) -> Iterator[Finding]:
        """Session ids and cookie values in the columns a ``#Fields:`` directive names."""
        text = state.text
        for field, start, end in _w3c_in(state, _W3C_COOKIE_FIELDS | _W3C_SESSION_FIELDS):
            evidence = _w3c_evidence(field)
            if field in _W3C_SESSION_FIELDS:
                if not self._trivial(text[start:end]):
                    yield new_finding(self.entity, start, end, 0.85, self.name, evidence)
                continue
            for m in self._W3C_PAIR.finditer(text[start:end]):
                name, value = m.group(1), m.group(2)
                if (
                    name.lower() in _COOKIE_ATTRS
                    or _not_id_name(name)
                    or _consent_record(name, value)
                ):
                    continue
                a = start + m.start(2)
                for fs, fe in self._named_spans(name, value):
                    yield new_finding(self.entity, a + fs, a + fe, 0.85, self.name, evidence)

    def _find(self, state: ScanState, /) -> Iterator[Finding]:
        text, low = state.text, state.lower
        if "=" not in text and "GA1." not in text and "fb." not in text:
            return
        header, rest = self._compiled[0], self._compiled[1:]
        if state.present(("cookie",)):
            aligned = len(low) == len(text)
            rx = header[1] if aligned else re.compile(header[1].pattern, re.IGNORECASE)
            done = 0  # the end of the YAML list read last: its items are not headers again
            for m in rx.finditer(low if aligned else text):
                if m.start() >= done and (
                    m.start() == 0
                    or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
                ):
                    done = yield from self._header(text, m, header[0])
        for pattern, rx, not_after, back in rest:
            if pattern.prefilter and not state.present(pattern.prefilter):
                continue
            for start, end in state.spans(rx, not_after, lowercase=pattern.lowercase, back=back):
                found = self._judge(text, start, end, pattern, state)
                if found is not None:
                    yield found

    def _header(
        self, text: str, m: re.Match[str], pattern: Pattern
    ) -> Generator[Finding, None, int]:
        """The findings of one ``Cookie:``/``Set-Cookie:`` header; returns where it ends."""
        is_set = text[max(0, m.start() - 4) : m.start()].lower() == "set-"
        pos, stop = m.start("body"), m.end()
        if text[pos:stop].lstrip(" \t").startswith("- "):
            return (yield from self._yaml_items(text, pos, pattern, is_set=is_set))
        if not is_set or text[pos : pos + 1] != "[":
            yield from self._pairs(text, pos, stop, pattern, is_set=is_set)
            return stop
        end = self._LIST_END.search(text, pos, stop)
        stop = stop if end is None else end.start()
        while True:  # recorded traffic lists several: ["a=1; Path=/", "b=2; Path=/"]
            nxt = self._NEXT_ITEM.search(text, pos, stop)
            yield from self._pairs(
                text, pos, stop if nxt is None else nxt.start(), pattern, is_set=True
            )
            if nxt is None:
                return stop
            pos = nxt.end()

    def _yaml_items(
        self, text: str, pos: int, pattern: Pattern, *, is_set: bool
    ) -> Generator[Finding, None, int]:
        r"""Cookie findings of a YAML block list of header values (``Cookie:\n- a=1; b=2``).

        Each ``- `` line is one header value; a line indented deeper continues the item
        before it (YAML folds long values): more pairs of a ``Cookie``, attributes of a
        ``Set-Cookie``.
        """
        line_start = text.rfind("\n", 0, pos) + 1
        if not text[line_start:pos].strip():
            pos = line_start  # the list's lines, whole (not "Cookie: - a=1" on one line)
        marker = -1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].rstrip("\r")
            indent = len(line) - len(line.lstrip(" \t"))
            if line[indent : indent + 2] == "- " and (marker < 0 or indent == marker):
                marker = indent
                yield from self._pairs(
                    text, pos + indent + 2, pos + len(line), pattern, is_set=is_set
                )
            elif marker < 0 or indent <= marker or not line.strip():
                return pos
            elif not is_set:
                yield from self._pairs(text, pos + indent, pos + len(line), pattern, is_set=False)
            pos = end + 1
        return pos

    def _pairs(
        self, text: str, pos: int, stop: int, pattern: Pattern, *, is_set: bool
    ) -> Iterator[Finding]:
        """The cookie findings of the ``name=value`` pairs in ``text[pos:stop]``.

        A value written as JSON (``geo={"country": "se"}``) runs to its closing bracket,
        quotes and spaces included, so that the pairs after it are read too.
        """
        pm = self._PAIR.search(text, pos, stop)
        names: list[str] = []  # the header's names so far (a signature names its cookie)
        while pm is not None:
            if (
                pm.start() != pos
                and text[pos : pm.start()].strip(" ;\"'")
                and self._NAMELESS.fullmatch(text, pos, pm.start()) is None
            ):
                break  # prose or another header after the pairs
            name, value = pm.group(1), pm.group(3).strip()
            vs = pm.start(3) + (len(pm.group(3)) - len(pm.group(3).lstrip()))
            pos = pm.end()
            if not pm.group(2) and value[:1] in "{[":
                close = _bracket_end(text, vs, stop)
                if (
                    close is not None
                    and _BLOB.fullmatch(text, vs, close) is not None  # not "[CS]v1|<id>[CE]"
                    and (close == stop or text[close] in "; \t\"'")
                ):
                    value, pos = text[vs:close], close
            while pos < stop and text[pos] in "; ":
                pos += 1
            pm = self._PAIR.search(text, pos, stop)
            names.append(name)
            if name.lower() in _COOKIE_ATTRS or _not_id_name(name) or _consent_record(name, value):
                continue
            if _sibling_signature(name, names) or _time_cookie(name, value):
                continue
            evidence = Evidence(pattern="set_cookie" if is_set else "cookie_header")
            for fs, fe in self._named_spans(name, value):
                yield Finding(self.entity, vs + fs, vs + fe, pattern.score, self.name, evidence)
            if is_set:
                break  # only the first pair of Set-Cookie is a cookie; the rest are attributes

    # A cookie without a name ("a=1; douyin.com; b=2": browsers send one a page set as a
    # bare value): one piece between semicolons, skipped; the pairs after it are read.
    _NAMELESS = re.compile(r"[ \t]*[^\s;=\"']{1,256}[ \t]*;[ \t;]*")

    # Where the next Set-Cookie of a recorded list starts: ["a=1; Path=/", "b=2; ..."].
    _NEXT_ITEM = re.compile(r"[\"'],[ \t]*(?=[\"'])")
    _LIST_END = re.compile(r"[\"'][ \t]*\]")

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        return self._judge(text, start, end, pattern, None)

    def _judge(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        """:meth:`evaluate`, with the scan's memo of query keys when in a scan."""
        if pattern.name == "named_cookie":
            eq = start - 1
            name_start = eq
            while name_start > 0 and eq - name_start < 64 and text[name_start - 1] in _NAME_CHARS:
                name_start -= 1
            # A line break written as an escape ends the value: a request dumped into one
            # field of a WAF's record or a JSON string ("?cid=24313\r\nAccept-..."); what
            # is left must still be a value's length.
            brk = self._ESCAPED_BREAK.search(text, start, end)
            end = end if brk is None else brk.start()
            if (
                end - start < 6
                or name_start == eq
                or (
                    _COOKIE_NAME.fullmatch(text, name_start, eq) is None
                    and not self._query_in(state, text, name_start, eq, text[start:end])
                )
            ):
                return None
            field = self._ID_FIELD.get(text[name_start:eq])
            if field is not None:  # the record's id field, not the field the match took
                m = field.search(text, start, min(len(text), end + 520))
                if m is None or m.start() > end:
                    return None
                start, end = m.start(1), m.end(1)
            if (text[start] in "{[%j" and _blob(text[start:end]) is not None) or (
                text.count(text[start], start, end) == end - start
            ):
                # a structured value, not an identifier; or one character repeated: a value
                # the system masked before writing it, "sessionid=" then asterisks
                return None
            if text.startswith("S-1-", start) and _WELL_KNOWN_SID.fullmatch(text, start, end):
                return None  # "Sid=S-1-5-18": Windows' LocalSystem account, on every machine
            if (
                text[name_start - 1 : name_start] not in ("?", "&", ";")
                and self._SESSION_NUMBER.fullmatch(text, start, end) is not None
            ):
                return None  # a connection's or process's session number (no cookie's id)
        return super().evaluate(text, start, end, pattern)

    # An escaped line break ("\\r", "\\n" written as two characters each).
    _ESCAPED_BREAK = re.compile(r"\\[rn]")

    # At most 12 decimal or hexadecimal digits (48 bits at most) under a session name outside
    # a Cookie header and a URL's query: too few to be a browser's session id (OWASP asks for 64 bits of
    # entropy), the shape of a firewall's session-table entry ("sessionid=1473454",
    # "session_id=5f88ddd1") or a PAM or database session number. A Cookie header's values
    # are read by the header pattern, which keeps them.
    _SESSION_NUMBER = re.compile(r"[0-9]{1,12}|[0-9A-Fa-f]{1,12}")

    # Query keys of analytics hits, trackers and cookie-sync pixels that carry the browser's
    # client, visitor or user id (Google Analytics' "cid=<random>.<time>", Bing's
    # "CID=<MUID>", "vid=<uuid>", a partner's "p_user_id=<id>" or "external_user_id=<id>").
    # Device, anonymous and fingerprint ids are the device-id detector's.
    # "vid" also names videos ("/watch?vid=8f0c2b9e41d7a6c3"): only a UUID under it is a
    # visitor's.
    # Partners echo the id under their own key: a compound ending in "uid"/"userid" ("puid",
    # "obUid", "ttd_puid", "partnerUserId", "src.visitorId"), a key naming the cookie it
    # carries ("piggybackCookie"), Google's cookie-matching keys ("google_gid", "google_hm"),
    # Rubicon's "put" (the partner's user token a sync pixel writes: "tap.php?...&put=<id>").
    _CLIENT_ID_KEY = re.compile(
        r"(?i:cid|client_?id|visitor_?id|session_?id|put"
        r"|(?:[a-z0-9]{1,16}[_.])?[a-z0-9]{0,12}(?:user_?id|uid|guid|uuid|visitor_?id)"
        r"|[a-z0-9_]{0,24}cookie|google_(?:gid|hm))"
    )
    # How every key _CLIENT_ID_KEY takes ends, lower-cased: an ASCII key ending otherwise
    # ("device_id") is none, without the expression's tries over its runs of letters.
    _CLIENT_ID_ENDS = ("cid", "uid", "gid", "userid", "user_id", "visitorid", "visitor_id",
                       "clientid", "client_id", "sessionid", "session_id", "put", "cookie",
                       "hm")  # fmt: skip
    # A cookie-sync endpoint's path: the partner's id of the browser rides in its query under
    # any key ("/sync?tdid=", "/usersync/x?puid=", "/setuid?bidder=x&uid=", "/merge?3pid=",
    # "/suid/1007?vk=", "/dsync/x?exid=").
    _SYNC_PATH = re.compile(
        r"(?i)(?:(?<!a)sync|setuid|getuid|cookie-?match|/match|/merge|piggyback|/\w{0,3}uid\b"
        r"|/cm\b)[^?\s]{0,64}\Z"
    )
    # Keys of a sync URL that name the partner's own side of the exchange (the publisher,
    # the site, the placement, the partner's account): "pubid=pub8006743166848" names who
    # sells the ad, not the browser.
    _PARTY_KEY = re.compile(
        r"(?:pub(?:lisher)?|site|zone|placement|account|acct|advertiser|adv|network|campaign"
        r"|seat|inventory|tag|slot|app|property|partner|dsp|ssp|bidder|org)"
        r"[_.\-]?(?:id|key|code|name|token)?"
    )
    _SYNC_LOOK_BACK = 160  # characters of the path read back from its "?"
    _QUERY_LOOK_BACK = 4096  # characters read back from a query key to its URL's "?"
    # An id strong enough to be taken under any key of a sync URL: a UUID, 16 hex digits or
    # more, 15 digits or more, or 12 characters or more of letters and digits mixed.
    _OPAQUE = re.compile(
        r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
        r"|[0-9A-Fa-f]{16,128}|[0-9]{15,40}"
        r"|(?=[\w\-]{0,127}[0-9])(?=[\w\-]{0,127}[A-Za-z])[\w\-]{12,128}"
    )

    @classmethod
    def _query_in(
        cls, state: ScanState | None, text: str, name_start: int, eq: int, value: str
    ) -> bool:
        """:meth:`_client_id_query`, asked once per key and value in a scan.

        (The device-id detector asks it of the same device keys: :func:`_sync_query_value`.)
        """
        if state is None:
            return cls._client_id_query(text, name_start, eq, value)
        seen = state.memo("client_id_query")
        key = (name_start, eq, value)
        hit = seen.get(key)
        if hit is None:
            hit = seen[key] = cls._client_id_query(text, name_start, eq, value)
        return hit

    @classmethod
    def _client_id_query(  # noqa: PLR0911 - one verdict per kind of key
        cls, text: str, name_start: int, eq: int, value: str
    ) -> bool:
        """Whether ``name=value`` is a query parameter holding a client or visitor id.

        The key follows ``?`` or ``&`` and names a client or visitor id; the value is opaque
        (eight characters or more, not trivial, not words): ``cid=summer_sale`` is a campaign.
        Under any other key of a cookie-sync URL (:attr:`_SYNC_PATH`), a value shaped like
        an id (:attr:`_OPAQUE`) is the partner's id of the browser, unless the key names the
        partner's own side (:attr:`_PARTY_KEY`: a publisher, site or account id); so is such
        a value under a key of digits only in any URL (a partner's number in a cookie-matching
        map: ``dsp_user_mapping=true&127719=<id>``). A bare
        ``cid`` (client, customer, campaign or content) holds a client id only when it is
        twelve characters or more (Google Analytics' ``<random>.<time>``, AMP's, Bing's
        MUID are longer): a shorter value is an account code. Google Analytics' client id
        under such a key (:data:`_GA_CLIENT_ID`) is one even when both its numbers read as
        times.
        """
        if text[name_start - 1 : name_start] not in ("?", "&"):
            return False
        key = text[name_start:eq].lower()
        if key == "vid":
            return _UUID_RX.fullmatch(value) is not None
        if len(value) < 8:
            return False
        if _client_id_shape(value):
            return True
        if key == "cid" and len(value) < 12:
            return False  # an account or campaign code ("cid=8CUIG2452"), not a client id
        if _GA_CLIENT_ID.fullmatch(value) and cls._CLIENT_ID_KEY.fullmatch(key):
            return True  # "cid=1611304118.1716249600": its random half often reads as a time
        client_key = (not key.isascii() or key.endswith(cls._CLIENT_ID_ENDS)) and (
            cls._CLIENT_ID_KEY.fullmatch(text, name_start, eq) is not None
        )
        if not client_key and (
            len(value) < 12
            or cls._OPAQUE.fullmatch(value) is None
            or cls._PARTY_KEY.fullmatch(key) is not None
            or not (key.isdigit() or cls._sync_url(text, name_start))
        ):
            return False
        return not cls._trivial(value) and not _wordy(value)

    @classmethod
    def _sync_url(cls, text: str, name_start: int) -> bool:
        """Whether the query key at ``name_start`` is in a cookie-sync URL (its path).

        The URL's ``?`` is at most :attr:`_QUERY_LOOK_BACK` characters back, with no space
        or line break between; the path's sync marker is in the
        :attr:`_SYNC_LOOK_BACK` characters before it.
        """
        q = text.rfind("?", max(0, name_start - cls._QUERY_LOOK_BACK), name_start)
        if q < 0 or _SPACE.search(text, q, name_start) is not None:
            return False
        # The marker and the path after it to the "?" hold no white space and no "?": the
        # search starts after the last of them (the expression, case-blind, costs per place).
        path = text[max(0, q - cls._SYNC_LOOK_BACK) : q]
        if not path or path[-1].isspace():
            return False
        path = path.rsplit(None, 1)[-1]
        start = q - len(path) + path.rfind("?") + 1
        return cls._SYNC_PATH.search(text, start, q) is not None

    # Cookies whose value is a record of fields of which one identifies the browser, the
    # others the site: Marketo's "_mkto_trk" is "id:<the site's Munchkin account>&token:<the
    # visitor's token>" (the account code is the same for every visitor of the site).
    _ID_FIELD = {"_mkto_trk": re.compile(r"(?:^|&)token:([^&;\s]{6,512})")}  # noqa: RUF012

    # A decimal fraction with many places ("0.2103068903976506", "8.208487995540095"): a
    # random draw a script keeps to sample the visitor into a feature or a log, a score or a
    # ratio. Such a draw can serve as an id, but only a name says so ("hdjs_session_id=0.49...").
    _FRACTION = re.compile(r"-?[0-9]{1,3}\.[0-9]{5,20}")
    _FRACTION_FIRST = frozenset("-0123456789")

    # Adobe's Experience Cloud ID cookie ("AMCV_<org>@AdobeOrg") is a list of labels and
    # values after the org's configuration hash: "<hash>|MCIDTS|<day>|MCMID|<visitor id>|
    # MCAAMLH-<time>|<region>|MCAAMB-<time>|<segment blob>|MCOPTOUT-<time>s|NONE|vVersion|<v>".
    # The values after these labels are the service's settings: the day the ids were
    # fetched, the region hint, Audience Manager's encrypted segments, the opt-out state, the
    # library's version and its sync states. The visitor ids (MCMID, MCAID, the customer id
    # hash MCCIDH) and any label not listed here are judged as other values are.
    _ADOBE_SETTING_LABELS = frozenset(
        {"MCIDTS", "MCAAMLH", "MCAAMB", "MCOPTOUT", "vVersion", "MCSYNCS", "MCSYNCSOP"}
    )
    _ADOBE_SEPARATOR = re.compile(r"\||%7[Cc]")
    _ADOBE_HASH = re.compile(r"-?[0-9]{1,10}")

    @classmethod
    def _adobe_settings(cls, value: str) -> list[tuple[int, int]]:
        """Where an Adobe ``AMCV_`` value writes settings (:attr:`_ADOBE_SETTING_LABELS`).

        The leading configuration hash (a signed number of ten digits at most) and each
        value after a settings label, as ``(start, end)`` in ``value``.
        """
        tokens: list[tuple[int, int]] = []
        pos = 0
        for m in cls._ADOBE_SEPARATOR.finditer(value):
            tokens.append((pos, m.start()))
            pos = m.end()
        tokens.append((pos, len(value)))
        out: list[tuple[int, int]] = []
        if cls._ADOBE_HASH.fullmatch(value, *tokens[0]) is not None:
            out.append(tokens[0])
        for (a, b), following in itertools.pairwise(tokens):
            if value[a:b].split("-", 1)[0] in cls._ADOBE_SETTING_LABELS:
                out.append(following)
        return out

    @classmethod
    def _setting_value(cls, name: str, value: str) -> bool:
        """Whether a cookie value is a setting by its shape, under a name that names no id.

        A fraction (:attr:`_FRACTION`): ``hd_newui=0.2103068903976506`` samples,
        ``xg_device_score=8.2...`` scores; a record of counts around one number
        (:func:`_counter_record`: ``pi=160065:3``); a list of numbers each closed by a colon
        (:data:`_NUMBER_LIST`: ``OGPC=19008076-1:``); a link (:func:`_link_value`), which
        records a page; a list of items of one type (:data:`_TYPED_ITEMS`), a history of
        content. Each is an identifier under a name that names one (:data:`_ID_KEY`; for
        the list, :func:`_names_ids`).
        """
        # decoded once, for the record and the link tests both, and only for a value either
        # may take (a number first; a scheme near the start, its tag's separator encoded or not)
        numeric = value[:1] in cls._FRACTION_FIRST
        linked = "http" in value[:_LINK_SCHEME_WITHIN].lower()
        plain = urllib.parse.unquote(value) if (numeric or linked) and "%" in value else value
        if (numeric or linked) and _ID_KEY.fullmatch(name) is None:
            if numeric and (
                cls._FRACTION.fullmatch(value) is not None
                or _NUMBER_LIST.fullmatch(value) is not None
                or _counter_record(plain)
            ):
                return True
            if linked and _link_value(plain):
                return True
        if "_" in value[:5] and not _names_ids(name, _name_words(name)):
            items = _unquoted(value) if "%" in value else value
            return _TYPED_ITEMS.fullmatch(items) is not None
        return False

    @classmethod
    def _named_spans(cls, name: str, value: str) -> Iterator[tuple[int, int]]:
        """:meth:`_spans` of a cookie's value, or its id field when the name is known.

        A value that is a setting under a name that names no id (:meth:`_setting_value`) has
        none. Adobe's ``AMCV_`` cookie gives its visitor ids, not its settings
        (:meth:`_adobe_settings`).
        """
        if cls._setting_value(name, value):
            return
        if name.startswith("AMCV_"):
            settings = cls._adobe_settings(value)
            for a, b in cls._spans(value):
                if not any(s <= a and b <= e for s, e in settings):
                    yield a, b
            return
        field = cls._ID_FIELD.get(name)
        if field is None and "--" in value and _SIGNED_RECORD.fullmatch(value.replace("%3D", "=")):
            # a signed record is one value: its base64 padding ("=") makes no fields of it
            if not _empty_signed_record(value):
                yield 0, len(value)
            return
        if field is None:
            yield from cls._spans(value)
            return
        for m in field.finditer(value):
            yield m.start(1), m.end(1)

    @classmethod
    def _spans(cls, value: str) -> Iterator[tuple[int, int]]:
        """Yield the (start, end) of the identifiers in one cookie value.

        A structured value (``%7B%22theme%22%3A...%7D``, ``%7B%7D``) gives the identifiers
        inside it (:func:`_blob_ids`), a value of fields (``rum=1&id=<uuid>&expire=<ms>``)
        its identifier fields, a percent-encoded value is judged decoded (its fields, or
        itself), any other value itself unless it is trivial or made of words
        (:func:`_wordy`).
        """
        decoded = _blob(value)
        if decoded is not None:
            yield from _blob_ids(value, decoded, cls._trivial)
            return
        plain = _unquoted(value) if "%" in value else value
        tokens = None
        fielded = "=" in plain.rstrip("=") and ("&" in plain or ":" not in plain)
        if not fielded and not cls._trivial(plain):
            tokens = _token_list(plain)  # k=v&k=v fields keep their own reading below
        if tokens is not None:
            yield from cls._token_spans(value, tokens)
        elif "=" in value.rstrip("="):
            yield from cls._fields(value)
        elif "%" in value:  # percent-encoded: judged decoded
            plain = _unquoted(value)
            bare = plain.strip("\"' ")  # a quoted value ("...%3D"): base64's padding, no field
            if "=" in bare.rstrip("="):
                yield from cls._encoded_fields(value, plain)
            elif not cls._trivial(bare) and not _wordy(plain) and not cls._encoded_setting(bare):
                yield 0, len(value)
        elif not cls._trivial(value) and not _wordy(value) and not cls._encoded_setting(value):
            yield 0, len(value)

    @classmethod
    def _encoded_setting(cls, value: str) -> bool:  # noqa: PLR0911 - one verdict per reading
        """Whether a base64 value decodes to readable text that is a setting, not an id.

        ``MzE0MDE6MTY0Mzk1MjIyNA==`` is ``31401:1643952224``: a short number and a time.
        Values that decode whole to printable ASCII are judged as text; a binary record that
        is mostly readable text without an id-named key (Google's ``CGIC``, an encoded
        ``Accept`` header) is a setting (:func:`_readable_record`); anything else stays
        opaque (and is reported).
        """
        if len(value) < 12 or len(value) % 4 == 1 or not _BASE64_VALUE.fullmatch(value):
            return False
        try:  # padding may be left out ("...MC44" for "...MC44==")
            raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        except binascii.Error:
            return False
        if _SEALED.search(raw):
            return False  # an encrypted envelope: its "value" is a sealed id or token
        if _readable_record(raw) or _packed_record(raw):
            return True  # readable text of settings; a time or small numbers among zeros
        inflated = _inflated(raw)
        if inflated is not None:  # compressed: judged by what it holds
            if not inflated or _packed_record(inflated) or _readable_record(inflated):
                return True
            raw = inflated
        try:
            plain = raw.decode("ascii")
        except UnicodeDecodeError:
            return False
        if not plain.isprintable():
            return False
        if _BLOB.fullmatch(plain.strip()):  # a JSON record: a setting unless it names an id
            return next(_blob_ids(plain, plain.strip(), cls._trivial), None) is None
        return cls._trivial(plain) or _wordy(plain)

    @classmethod
    def _token_spans(cls, value: str, tokens: list[tuple[str, str]]) -> Iterator[tuple[int, int]]:
        """Where the identifiers among a token list's values (:func:`_token_list`) are written.

        A value is skipped when its key names a time, when it is trivial or made of words, or
        when it is a plain token that reads as a label (``MCMID``, ``session``,
        ``MCAAMLH-1518610060``); bracketed start and end markers (``[CS]``, ``[CE]``) are
        not part of a value; a value that is itself a list (``1518005260240;exp-session``)
        is judged item by item. A value that cannot be found in ``value`` as written (the
        decoder undid an escape in an unusual way) reports the whole value: fail closed.

        A record that names its id and then a time is signed there (:func:`_stamp`): what
        follows is its lifetime and expiry (short numbers, words: no id) and its signature,
        which is reported with the id it signs, as one finding (:func:`_signed_on`).
        """
        found: list[tuple[int, int]] = []
        pos = 0
        stamped = False  # the record's time came after an id: the rest signs or dates it
        for key, raw in tokens:
            item = _TOKEN_MARKS.sub("", raw)  # Adobe's "[CS]v1|<id>[CE]": markers, not value
            if found and not stamped and _stamp(item) and not (key and _id_key(key)):
                stamped = True  # "1|<id>|<time>|<signature>", "ID=<id>:T=<time>:S=<signature>"
                continue
            if key and _time_key(key):
                continue
            if not key and _TOKEN_LABEL.fullmatch(item):
                continue
            signs = stamped or bool(found and key and _signature_key(key))
            for part in _TOKEN_ITEMS.split(item) if _TOKEN_ITEMS.search(item) else (item,):
                if (
                    cls._trivial(part)
                    or _wordy(part)
                    or (stamped and _lifetime(part))
                    or cls._encoded_setting(part)
                ):
                    continue
                at, pos = _written_at(value, part, pos)
                if at < 0:
                    yield 0, len(value)
                    return
                _signed_on(found, at, pos, signs=signs)
        yield from found

    @classmethod
    def _fields(cls, value: str) -> Iterator[tuple[int, int]]:  # noqa: C901, PLR0912 - a verdict per kind
        """Yield the (start, end) of the identifier fields of a ``k=v&k=v`` cookie value.

        Flags, timestamps and fields under time keys (``rum=0``, ``expire=1730632709175``)
        are not identifiers; a value that is not made of fields yields nothing. A value
        written before the first field (``B=91if7s5au42tt&b=3``) is judged as a value.
        A field that signs the id before it (:func:`_signature_key`: Yahoo's
        ``d=<id>&S=<signature>``) is reported with that id, as one finding; so is, in fields
        joined by ``|`` alone (a record read in order), what follows the record's time after
        an id (:func:`_stamp`: ``<id>||t=<time>|et=730|cs=<signature>``).
        """
        head = cls._HEAD.match(value)
        if head is None and cls._FIELD.search(value) is None:  # "<base64>==--<digest>": no field
            if not cls._trivial(value) and not _wordy(value):
                yield 0, len(value)
            return
        found: list[tuple[int, int]] = []
        if head is not None and not cls._trivial(head.group()) and not _wordy(head.group()):
            found.append((0, head.end()))  # "91if7s5au42tt&b=3": the cookie's value, then fields
        piped = "&" not in value
        stamped = False  # the record's time came after an id: the rest signs or dates it
        for m in cls._FIELD.finditer(value):
            key, field = m.group(1), m.group(2)
            if found and piped and not stamped and _stamp(field) and not _id_key(key):
                stamped = True
                continue
            if _time_key(key):
                continue
            bare = field.strip("()")  # "utmcsr=(direct)", "utmccn=(not set)": placeholders
            signs = stamped or bool(found and _signature_key(key))
            if _id_key(key):  # "VisitorID=1611304118": a number under an id key is the id
                if len(bare) < 6 or bare.lower() in _TRIVIAL or _wordy(bare):
                    continue
            elif cls._trivial(bare) or _wordy(bare) or cls._encoded_setting(bare):
                continue  # "SRCHLANG=zh-Hans", "lang=en-US": settings written in words
            if stamped and _lifetime(bare):
                continue  # "et=730": the record's lifetime
            if _LIST_VALUE.search(field) and _ID_KEY.fullmatch(key) is None:
                # "groups=C0001%3A1%2CC0002%3A0": a list of settings, not an identifier; an
                # item of it shaped like an id ("c3de=1615821720%3B4950597004393045529") is one
                for a, b in cls._opaque_items(field):
                    _signed_on(found, m.start(2) + a, m.start(2) + b, signs=signs)
                continue
            _signed_on(found, m.start(2), m.end(2), signs=signs)
        for a, b in cls._bare_segments(value):
            _signed_on(found, a, b, signs=stamped and a >= found[-1][1])
        found.sort()
        yield from found

    # Separators of a list-valued field, as is or percent-encoded.
    _LIST_SPLIT = re.compile(r"[,:;|]")

    @classmethod
    def _opaque_items(cls, field: str) -> Iterator[tuple[int, int]]:
        """Where the items of a list-valued field that are shaped like an id are written.

        An item is one when it has an id's shape (:attr:`_OPAQUE`: a UUID, 16 hex digits or
        more, 15 digits or more, 12 letters and digits mixed) and is no time or setting.
        """
        plain = _unquoted(field) if "%" in field else field
        pos = 0
        for item in cls._LIST_SPLIT.split(plain):
            if len(item) < 12 or cls._OPAQUE.fullmatch(item) is None or cls._trivial(item):
                continue
            at, end = _written_at(field, item, pos)
            if at >= 0:
                pos = end
                yield at, end

    @classmethod
    def _bare_segments(cls, value: str) -> Iterator[tuple[int, int]]:
        """Yield the opaque segments without a key that follow a field.

        A versioned id (``v=2&<uuid>``, LinkedIn's ``bcookie``) is the id after its version
        field.
        """
        for m in cls._BARE_SEGMENT.finditer(value):
            if cls._OPAQUE.fullmatch(m.group()):
                yield m.start(), m.end()

    _FIELD = re.compile(r"(?:^|(?<=[&|]))([\w.\-]{1,64})=([^&|]{0,4096})")
    _BARE_SEGMENT = re.compile(r"(?<=[&|])[^&|=]{12,128}(?=[&|]|\Z)")
    _HEAD = re.compile(r"[^&|=]{6,4096}(?=[&|])")
    # Fields of a decoded value ("sessionIndex=1&sessionStart=1440877500285", " s_ppvl=; ...").
    _DECODED_FIELD = re.compile(r"(?:^|(?<=[&;]))\s*([\w.\-]{1,64})=([^&;]{0,4096})")

    @classmethod
    def _encoded_fields(cls, value: str, plain: str) -> Iterator[tuple[int, int]]:
        """The identifier fields of a percent-encoded ``k=v&k=v`` value, where they are written.

        A field is judged as in :meth:`_fields`; a decoded field that cannot be found in the
        value as written reports the whole value (fail closed). A value whose ``=`` are not
        fields' (Rails' signed ``<base64>==--<digest>``, base64 padding) is judged whole. A
        field that signs the id before it (:func:`_signature_key`: Scribd's
        ``u%3D<uuid>%26h%3D<digest>``) is reported with that id, as one finding, as in
        :meth:`_fields`.
        """
        if cls._DECODED_FIELD.search(plain) is None:
            if not cls._trivial(plain) and not _wordy(plain):
                yield 0, len(value)
            return
        found: list[tuple[int, int]] = []
        pos = 0
        for m in cls._DECODED_FIELD.finditer(plain):
            key, field = m.group(1), m.group(2).strip()
            if _time_key(key) or cls._trivial(field):
                continue
            if _LIST_VALUE.search(field) and _ID_KEY.fullmatch(key) is None:
                continue
            if _wordy(field):
                continue
            at, pos = _written_at(value, field, pos)
            if at < 0:
                yield 0, len(value)
                return
            _signed_on(found, at, pos, signs=bool(found and _signature_key(key)))
        yield from found

    @staticmethod
    def _trivial(value: str) -> bool:  # noqa: PLR0911 - one verdict per kind of setting
        if len(value) < 6 or value.lower() in _TRIVIAL:
            return True
        if (
            value.count(value[0]) == len(value)
            or _no_entropy(value)
            or ("--" in value and _empty_signed_record(value))
            or ("." in value and (_unsigned_setting(value) or _signed_setting(value)))
        ):
            # one character repeated ("0000000000000000") or counting: a placeholder; a signed
            # setting: a digest over a record that holds no id; a token of settings, unsigned
            # or signed
            return True
        if _filler(value):
            return True  # a template field, a string of flags, short codes
        if (value[-1] in _HOST_END and _HOST_NAME.fullmatch(value)) or _served_host(value):
            return True  # a host name, alone or with its port: a server, not a browser
        if value.isdigit():  # a timestamp ("last_visit=1730632709") or a date ("20240711")
            return _epoch_like(value) or _compact_date(value)
        if value[0] in _ANY_DIGIT and _numbers_only(value):
            return True  # short numbers and times ("1522184002066:1522184002332:1")
        if value[0] in _ANY_DIGIT and (label := _NUMBER_LABEL.fullmatch(value)) is not None:
            return len(label.group(1)) <= 5 or _epoch_like(label.group(1))  # "1453461139980-New"
        if value.isalpha():
            return (
                len(value) < 16 and not _scrambled(value) and _word_shaped(value)
            ) or _compound_word(value)
        if _CAPS_COUNTER.fullmatch(value) is not None or (
            value[0] in _F5_FIRST and _F5_MEMBER.fullmatch(value) is not None
        ):
            # a backend's or instance's name ("SERV149"), F5's persistence value under any
            # name (the pool member's address): routing, not a browser
            return True
        # a date, a version, a screen size, a time zone, a URL: a setting, not an identifier
        return value[0] in _SETTING_FIRST and _SETTING_VALUE.fullmatch(value) is not None


_UA_PLACEHOLDERS = frozenset({"", "null", "none", "unknown", "n/a", "na", "undefined", "empty"})


_PRODUCT_CHARS = string.ascii_letters + string.digits + "_.-%"
_PRODUCT_LOOK_BACK = 60  # characters _product_start reads back (the name's longest run)
_PRODUCT_BEFORE = re.compile(r"[A-Za-z][\w.\-%]{0,59}\Z")
_LETTER = re.compile(r"[A-Za-z]")


def _product_start(text: str, end: int) -> int | None:
    r"""Start of a product name ending at ``end`` (``[A-Za-z][\w.\-%]{0,59}`` before it).

    The leftmost start, as ``_PRODUCT_BEFORE.search`` gives, found without trying every
    position: strip the run of name characters back from ``end``, then take its first
    letter. A non-ASCII word character (``\w`` matches it) falls back to the expression.
    """
    lo = max(0, end - _PRODUCT_LOOK_BACK)
    seg = text[lo:end]
    rest = seg.rstrip(_PRODUCT_CHARS)
    if rest and not rest[-1].isascii():
        m = _PRODUCT_BEFORE.search(text, max(0, end - 96), end)
        return None if m is None else m.start()
    m = _LETTER.search(seg, len(rest))
    return None if m is None else lo + m.start()


def _list_item(text: str, start: int, value: str) -> tuple[str, int]:
    """A header value without the list syntax around it: YAML ``- x``, ``[x]``, ``['x']``.

    Recorded HTTP traffic stores header values as lists (``User-Agent: [curl/8.0]``,
    ``"User-Agent": ["MyApp/1.0"]``); the agent is the item. ``value`` starts at ``start``
    in ``text``, after the ``[`` and quote the pattern took. Returns the item and its start.
    """
    at = len(value) - len(value.lstrip())
    if value.startswith("- ", at):  # a YAML block item
        at += 2
        at += len(value) - at - len(value[at:].lstrip())
    body = value[at:]
    before = text[max(0, start - 5) : start]
    quote = before[-1:] if before[-1:] in ("'", '"') else ""
    if before[: len(before) - len(quote)].rstrip().endswith("["):
        cut = body.find(quote) if quote else body.rfind("]")
        body = (body if cut < 0 else body[:cut]).rstrip()
    return body, start + at


# A user-agent key right before a value: a header line ("User-Agent: "), a quoted value
# ("user_agent": "...", ua='...'), or a bracketed log field ("[useragent: ...]").
_AGENT_KEY_BEFORE = re.compile(
    r"(?:^|(?<=[\r\n]))[ \t]*(?:- )?user[\-_]?agent[ \t]{0,3}:[ \t]{0,3}\Z"
    r"|(?:user[\-_]?agent|useragent|(?<![a-z0-9])ua)[\"']?[ \t]{0,3}[:=][ \t]{0,3}\[?[ \t]{0,3}[\"']\Z"
    r"|\[[ \t]{0,3}(?:user[\-_]?agent|useragent|ua)[ \t]{0,3}[:=][ \t]{0,3}\Z",
    re.IGNORECASE,
)


# A single quote that opens or closes something, not an apostrophe between letters ("How's").
QUOTE_NOT_APOSTROPHE = r"(?<![A-Za-z])'|'(?![A-Za-z])"


def _closing_bracket(value: str) -> int:
    """Where the ``]`` that closes a bracketed field is in its value (or the value's end)."""
    depth = 0
    for i, c in enumerate(value):
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return i
            depth -= 1
    return len(value)


def _agent_field_end(text: str, start: int, end: int) -> int:
    """The end of a browser agent that is the whole value of a user-agent field.

    A browser pattern stops at its last ``product/version`` token; the field's value may go
    on with tokens of other shapes ("... Safari/537.36 Chrome-Lighthouse"). After a header
    line's key the value runs to the line's end, in quotes to the closing quote, in a
    bracketed field to its ``]``. Elsewhere (``ua=...`` unquoted) the end is kept.
    """
    before = text[max(0, start - 48) : start].lower()
    if "agent" not in before and "ua" not in before:
        return end  # no key word: a test of two literals, not a search at 48 positions
    key = _AGENT_KEY_BEFORE.search(text, max(0, start - 48), start)
    if key is None:
        return end
    stop = end
    while stop < len(text) and text[stop] not in "\r\n" and stop - end < 1024:
        stop += 1
    tail = text[end:stop]
    quote = text[start - 1 : start]
    if quote in ('"', "'"):
        cut = tail.find(quote)
        tail = tail if cut < 0 else tail[:cut]
    elif text[key.start() : start].lstrip().startswith("["):
        tail = tail[: _closing_bracket(tail)]
    tail = tail.rstrip().rstrip("\\").rstrip()
    return end + len(tail) if tail and not tail.startswith(("\t",)) else end


# What stands before the referrer of an access-log line: the request's closing quote, the
# status (or "-"), then up to seven numeric, "-" or code fields ("GET / HTTP/1.1" 200 12 0.2 ).
_ACCESS_BEFORE_REFERRER = re.compile(
    r"\" (?:[1-5][0-9]{2}|-)(?: (?:[0-9.]{1,20}|-|[A-Z][A-Za-z]{2,40})){0,7} \Z"
)


# The rest of a quoted field that is more than one agent's tail: another browser agent, or a
# key with its value ("... User-Agent: Googlebot/2.1"), which the other patterns read.
_NOT_ONE_AGENT = re.compile(r"Mozilla/|[A-Za-z][\w\-]{0,40}: ")


def _access_agent_end(text: str, start: int, end: int) -> int:
    """The end of a browser agent that opens the quoted agent field of an access-log line.

    In the combined format the field after the quoted referrer is the agent, whatever it
    holds after its last ``product/version`` token: a test log's typo (``Chrome/75.0.  3770.100
    Safari/537.36``) or an appended tag. A browser pattern that starts right after the
    field's opening quote (``... 200 612 "referrer" "Mozilla/5.0 ...``) runs to the closing
    quote on the same line, unless the rest holds another agent or a ``key: `` field;
    elsewhere the end is kept.
    """
    if text[start - 3 : start] != '" "' or end >= len(text) or text[end] == '"':
        return end
    ref = text.rfind('"', max(0, start - 4100), start - 3)  # the referrer's opening quote
    if ref < 1 or _ACCESS_BEFORE_REFERRER.search(text, max(0, ref - 80), ref) is None:
        return end
    close = text.find('"', end, min(len(text), end + 1024))
    tail = text[end:close] if close >= 0 else ""
    if not tail or "\n" in tail or "\r" in tail or _NOT_ONE_AGENT.search(tail) is not None:
        return end
    return end + len(tail.rstrip())


def _browser_agent_end(text: str, start: int, end: int) -> int:
    """A browser agent's end: a user-agent field's value, or an access line's agent field."""
    return _access_agent_end(text, start, _agent_field_end(text, start, end))


# The next field of a record after an unquoted value: `` key=`` (logfmt), ``, key: ``.
_NEXT_FIELD = re.compile(
    r"[ \t]+[A-Za-z_][\w.\-]{0,40}=|,[ \t]*[A-Za-z_][\w.\-]{0,40}[ \t]?[:=](?:[ \t]|\Z)"
)


def _before_next_field(value: str) -> str:
    """An unquoted field value up to the record's next ``key=`` or ``, key:`` field.

    ``user_agent=curl/8.4.0 status=200`` holds the agent ``curl/8.4.0``; a key-like token
    inside parentheses belongs to the agent (``(build=12)``). A header line, which has no
    next field, keeps its whole value.
    """
    depth, pos = 0, 0
    for m in _NEXT_FIELD.finditer(value):
        depth += value.count("(", pos, m.start()) - value.count(")", pos, m.start())
        pos = m.start()
        if depth <= 0:
            return value[:pos].rstrip(" ,;")
    return value


class UserAgentDetector(PatternDetector):
    """HTTP user agents: browser (``Mozilla/5.0 (...)``), Dalvik, okhttp, CFNetwork, SDKs."""

    entity = EntityType.USER_AGENT
    name = "user_agent"
    patterns = (
        Pattern(
            "browser",
            r"Mozilla/\d\.\d \([^()\r\n\"]{1,300}\)"
            r"(?: (?:[\w.!+\-]{1,50}/[\w.+\-]{1,50}|\([^()\r\n\"]{0,300}\)|Mobile|Gecko|like Gecko)){0,20}",
            0.95,
            prefilter=("mozilla/",),
        ),
        Pattern(
            "dalvik",
            r"Dalvik/[0-9][\w.]{0,10} \([^()\r\n\"]{1,300}\)",
            0.95,
            prefilter=("dalvik/",),
        ),
        Pattern(
            "cfnetwork",
            r"CFNetwork/[\w.]{1,20}(?: Darwin/[\w.]{1,20})?",
            0.9,
            prefilter=("cfnetwork/",),
        ),
        Pattern(
            "app_sdk",
            r"/[0-9][\w.\-]{0,20} "
            r"\((?:iPhone|iPad|iPod|iOS|Android|Linux|Windows|Macintosh|Mac OS)[^()\r\n\"]{0,200}\)"
            r"(?: [\w.!+\-]{1,50}/[\w.+\-]{1,50}){0,5}",
            0.9,
            prefilter=(
                "iphone",
                "ipad",
                "ipod",
                "ios",
                "android",
                "linux",
                "windows",
                "macintosh",
                "mac os",
            ),
        ),
        Pattern(
            "http_client",
            HTTP_CLIENTS + r"/[0-9][\w.\-]{0,20}",
            0.85,
            not_after=r"\w/.\-",
            lowercase=True,
            prefilter=(
                "okhttp/",
                "curl/",
                "wget/",
                "python-",
                "go-http-client/",
                "httpclient/",
                "axios/",
                "node-fetch/",
                "postmanruntime/",
                "libwww-perl/",
                "java/",
                "dart/",
            ),
        ),
        # In an access-log line the quoted field after the referrer is the user agent, whatever
        # its shape: combined format ("GET / HTTP/1.1" 200 12 "referrer" "agent"), and formats
        # with more numeric or code fields between the status and the referrer (S3 server
        # access logs: status, error code, bytes, object size, times); the status may be "-"
        # (a request that got no response); a format may write no size at all ("GET / HTTP/1.1"
        # 200 "referrer" "agent"), or an empty referrer as an unquoted "-" (Traefik: 200 85 -
        # "agent").
        Pattern(
            "clf_agent",
            r"\" (?:[1-5][0-9]{2}|-)(?: (?:[0-9.]{1,20}|-|[A-Z][A-Za-z]{2,40})){0,7}"
            r" (?:\"[^\"\r\n]{0,4096}\"|-) \"(?P<value>[^\"\r\n]{1,1024})\"",
            0.85,
            prefilter=("http/",),
        ),
        # Load-balancer access logs (AWS ELB/ALB) quote the user agent right after the request.
        Pattern(
            "lb_agent",
            r" HTTP/[0-9](?:\.[0-9])?\" \"(?P<value>[^\"\r\n]{1,1024})\"",
            0.85,
            prefilter=("http/",),
        ),
        # Access logs with pipe-separated fields quote the referrer and the agent in one field
        # after the request's ("GET /x HTTP/1.1" | "referrer" "agent" |, Bitbucket's).
        Pattern(
            "pipe_agent",
            r" HTTP/[0-9](?:\.[0-9])?\" \| \"[^\"\r\n]{0,4096}\" \"(?P<value>[^\"\r\n]{1,1024})\"",
            0.85,
            prefilter=("http/",),
        ),
        # An agent written unquoted at the end of an access line: right after the quoted
        # request ("GET /healthz HTTP/1.1" kube-probe/1.27), or after the referrer of a line
        # whose request is unquoted ("GET /x HTTP/1.1 200 12ms 7881 http://host/ Mozilla/5.0",
        # Tomcat's access valve as Jira and Confluence configure it). A product token opens it.
        # (The referrer and the agent's rest read possessively: each try of a separator reads
        # to the line's end once, without backtracking; evaluate drops trailing spaces.)
        Pattern(
            "tail_agent",
            r"(?: HTTP/[0-9](?:\.[0-9])?\""
            r"| HTTP/[0-9](?:\.[0-9])? [1-5][0-9]{2} [^\r\n\"|]{0,200}? (?:https?://[^\s\"]{1,2048}+|-))"
            r" (?P<value>[A-Za-z][\w.\-]{0,40}/[0-9][^\r\n\"|]{0,1024}+)(?=\r?\n|\Z)",
            0.85,
            prefilter=("http/",),
        ),
        # A browser agent with encoded spaces, as W3C logs write it (CloudFront "%20", IIS "+").
        Pattern(
            "browser_encoded",
            r"Mozilla/\d\.\d(?:%20|\+)(?:%28|\()[^\s\"']{1,1500}",
            0.9,
            prefilter=("mozilla/",),
        ),
        # Crawler and SDK agents without a platform part ("Googlebot/2.1", "FBAndroidSDK.14.1.1").
        Pattern(
            "bot_sdk",
            # The look-behind keeps the search from trying every letter of a word.
            r"(?<![\w/.\-])[A-Za-z][\w\-]{1,40}(?:[Bb]ot|[Ss]pider|[Cc]rawler|SDK)[/.][0-9]{1,4}"
            r"(?:\.[0-9]{1,6}){1,4}",
            0.85,
            prefilter=("bot", "spider", "crawler", "sdk"),
        ),
        # (Also CEF's "requestClientApplication", the request's user agent, and a bare
        # "agent" key when its value opens with a product and version, as FortiGate writes
        # "agent=\"Mozilla/5.0\"": a support log's "agent: Ann" names a person.)
        Pattern(
            "ua_header",
            r"(?:user[\-_ ]?agent|(?<![a-z0-9])ua|requestclientapplication"
            r"|(?<![\w\-.])agent(?=[\"']?\s{0,3}[:=]\s{0,3}[\"']?[a-z][\w.\-]{0,40}/[0-9]))"
            r"[\"']?\s{0,3}[:=]\s{0,3}(?:\[\s{0,3})?[\"']?"
            r"(?P<value>[^\r\n\"]{2,1024})",
            0.85,
            prefilter=("agent", "ua", "requestclientapplication"),
            not_after=r"\w\-",
            lowercase=True,
        ),
    )

    _APP_BEFORE = re.compile(r"[A-Za-z][\w.\-%]{0,59}/[\w.\-]{1,30} \Z")
    _NV_EVIDENCE = Evidence("header_object")
    # A field written ``[useragent: <value>]`` (the key inside the brackets): the value ends at
    # the closing bracket, not at the end of the line.
    _BRACKET_KEY = re.compile(
        r"\[\s{0,3}(?:user[\-_ ]?agent|ua)\s{0,3}[:=]\s{0,3}\Z", re.IGNORECASE
    )
    # A browser agent holds the SDK, bot and field matches inside it ("Mozilla/5.0 (Linux;
    # Android 14) ... Chrome/120" holds an app-style "/5.0 (Linux"): when scanning with
    # pruning, those are not evaluated (see PatternDetector).
    _covering = "browser"
    _within = frozenset(
        {"dalvik", "http_client", "clf_agent", "lb_agent", "pipe_agent", "tail_agent",
         "browser_encoded", "bot_sdk", "ua_header"}
    )  # fmt: skip
    _back_over = {"app_sdk": (_PRODUCT_CHARS, _PRODUCT_LOOK_BACK)}  # noqa: RUF012 - read only

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        yield from super().find(state)
        text = state.text
        for name, start, end, _cookie in _nv_in(state):
            # {"name": "User-Agent", "value": "..."} (a HAR header): the agent whatever its shape
            value = text[start:end]
            if name.lower() in ("user-agent", "user_agent", "useragent") and (
                value.lower().strip("-_ ") not in _UA_PLACEHOLDERS and any(map(str.isalpha, value))
            ):
                yield new_finding(self.entity, start, end, 0.85, self.name, self._NV_EVIDENCE)
        if state.present(("#fields:",)) and "#Fields:" in text:  # a W3C log's agent column
            for field, start, end in _w3c_in(state, _W3C_AGENT_FIELDS):
                value = text[start:end]
                if value.lower().strip("-_ ") not in _UA_PLACEHOLDERS and any(
                    map(str.isalpha, value)
                ):
                    yield new_finding(
                        self.entity,
                        start,
                        end,
                        0.85,
                        self.name,
                        _w3c_evidence(field),
                    )

    def _field_value(self, text: str, start: int, value: str) -> tuple[str, int]:
        """A user-agent field's value: a list's item, up to a bracket or the next field."""
        value, start = _list_item(text, start, value)
        if self._BRACKET_KEY.search(text, max(0, start - 20), start):
            value = value[: _closing_bracket(value)].rstrip()
        elif text[start - 1 : start] == "'":
            value = value[: self._closing_quote(value)]
        elif text[start - 1 : start] != '"':
            value = _before_next_field(value)
        return value, start

    _CLOSING_QUOTE = re.compile(QUOTE_NOT_APOSTROPHE)

    @classmethod
    def _closing_quote(cls, value: str) -> int:
        """Where a single-quoted value ends.

        At its first ``'`` that is no apostrophe between letters (``'How's my crawling?'``
        keeps its word).
        """
        m = cls._CLOSING_QUOTE.search(value)
        return len(value) if m is None else m.start()

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        if pattern.name in ("app_sdk", "cfnetwork"):
            # The match starts at "/1.2 (iPhone" or "CFNetwork/": extend back over the product.
            if pattern.name == "app_sdk":
                at = _product_start(text, start)
            else:
                m = self._APP_BEFORE.search(text, max(0, start - 96), start)
                at = None if m is None else m.start()
            if at is not None and (at == 0 or text[at - 1] in " \t\"'=:;,([{"):
                start = at
            elif pattern.name == "app_sdk":
                return None
        end = _browser_agent_end(text, start, end) if pattern.name == "browser" else end
        if pattern.name == "bot_sdk" and text[start:end].lower().startswith(("robot", "cobot")):
            return None  # a word, not a crawler's product name
        if pattern.name == "ua_header" and _cookie_value_at(text, start):
            # "Cookie: huya_ua=webh5&0.0.1&websocket": a cookie named like a field ("*_ua") is
            # the site's cookie, judged by CookieDetector; a browser's agent inside a cookie
            # is still found by the agent patterns ("Mozilla/5.0 (...")
            return None
        if pattern.name in ("ua_header", "clf_agent", "lb_agent", "pipe_agent", "tail_agent"):
            # The value of a user-agent field is a user agent whatever its shape ("gPXE/0.9.7",
            # "FBAndroidSDK.14.1.1", "TrackBack/1.02"); only placeholders are not.
            value = text[start:end].rstrip().rstrip("\\")
            if pattern.name == "ua_header":
                value, start = self._field_value(text, start, value)
            end = start + len(value)
            # an unquoted JSON literal ("userAgent": null, "next": ...) ends at its comma
            # (Swift's servers log a transaction id, "tx86cd978ef68c4c67b894c-005395d80e", in
            # the quoted field after the referrer, and the agent after it: an id is no agent.)
            if (
                value.lower().strip("-_ ,;}]") in _UA_PLACEHOLDERS
                or not any(map(str.isalpha, value))
                or (pattern.name == "clf_agent" and _not_clf_agent(text, start, value))
                or _redacted_agent(value)
            ):
                return None
        return _finding(self, text, start, end, pattern)


def _redacted_agent(value: str) -> bool:
    """Whether an agent field's value is a redaction: an "x" written over and over.

    A capture's anonymiser writes "xxxxxxxxxxxxxxxxxx" where the agent was. Another letter
    repeated ("AAAA...", a test of an overlong header) is still a client's agent.
    """
    return len(value) >= 4 and value[0] in "xX" and value.count(value[0]) == len(value)


# A request's or transaction's id: a short prefix, a long hex run, hex groups after it.
_TRANSACTION_ID = re.compile(r"[A-Za-z]{0,4}[-_]?[0-9a-f]{16,64}(?:-[0-9a-f]{4,32}){0,4}")


def _not_clf_agent(text: str, start: int, value: str) -> bool:
    """Whether the quoted field a ``clf_agent`` match took is no agent.

    A transaction id, or, after an unquoted ``-`` referrer, a URL or path (the referrer of a
    line with no agent field, read one field late: ``200 - "http://ref/"``).
    """
    if _TRANSACTION_ID.fullmatch(value) is not None:
        return True
    return text[start - 3 : start] == '- "' and value.startswith(("http://", "https://", "/"))


# A token key's value that names the token by its number ("access-token:id:263466287238",
# Bitbucket's access log): the id of a stored token, not the secret.
_TOKEN_ID = re.compile(r"(?i:id)[:=#][0-9]{1,20}")


class AuthTokenDetector(PatternDetector):
    """Bearer and session tokens, credentials and API keys.

    JWTs (JSON header checked), ``Bearer``/``Basic`` credentials, ``token=``/``api_key=``
    values and well-known API key formats.
    """

    entity = EntityType.AUTH_TOKEN
    name = "auth_token"
    patterns = (
        # An encrypted token (JWE compact form, RFC 7516) has five parts: header, encrypted
        # key (empty for direct encryption), IV, ciphertext, tag. Tried first: its first
        # three parts would also read as a JWT and leave the rest in clear.
        Pattern("jwe", r"eyJ[A-Za-z0-9_\-]{8,4096}\.[A-Za-z0-9_\-]{0,4096}\.[A-Za-z0-9_\-]{8,256}"
                r"\.[A-Za-z0-9_\-]{2,65536}\.[A-Za-z0-9_\-]{8,256}(?![\w\-]|\.[\w\-])", 0.95,
                not_after=r"\w\-.", prefilter=("eyj",)),
        Pattern("jwt", r"eyJ[A-Za-z0-9_\-]{8,4096}\.[A-Za-z0-9_\-]{2,16384}\.[A-Za-z0-9_\-]{0,4096}(?![\w\-])", 0.95,
                not_after=r"\w\-.", prefilter=("eyj",)),
        Pattern("bearer", r"bearer\s{1,3}(?P<value>[a-z0-9\-._~+/]{16,8192}=*)", 0.9,
                prefilter=("bearer",), not_after=r"\w", lowercase=True),
        Pattern("basic", r"basic\s{1,3}(?P<value>[a-z0-9+/]{8,2048}={0,2})(?![\w+/=])", 0.85,
                prefilter=("basic",), not_after=r"\w", lowercase=True),
        Pattern(
            "token_key",
            TOKEN_KEYS + r"[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?P<value>[^\s\"'&;,<>]{6,4096})",
            0.85,
            prefilter=("token", "key", "secret", "pass", "pwd"),
            not_after=r"\w",
            lowercase=True,
        ),
        Pattern("github_token", r"gh(?:[pousr]_[A-Za-z0-9]{36,255}|ithub_pat_[A-Za-z0-9_]{40,255})(?![\w])",
                0.9, not_after=r"\w", prefilter=("gh",)),
        Pattern("slack_token", r"xox[abposr]-[A-Za-z0-9\-]{10,200}(?![\w])", 0.9, not_after=r"\w",
                prefilter=("xox",)),
        Pattern("stripe_key", r"k_(?:live|test)_[A-Za-z0-9]{16,128}(?![\w])", 0.9,
                not_after=r"\w", extend_back="sr", extend_max=1, prefilter=("k_live_", "k_test_")),
        # "Authorization: api_key <key>", "Authorization: Token <t>", "SSWS <t>": any scheme
        # word other than Bearer/Basic (their own patterns) before a credential.
        Pattern("auth_scheme",
                r"authorization[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?:api[_\-]?key|apikey|token|key|ssws"
                r"|sso-key|digest|hmac|negotiate|ntlm)[\s:=]{1,3}(?P<value>[^\s\"',;]{8,4096})",
                0.9, prefilter=("authorization",), not_after=r"\w\-", lowercase=True),
        # The HTTP Signatures scheme ("Authorization: Signature keyId=\"<key id>\",
        # algorithm=\"...\",headers=\"...\",signature=\"<base64>\"", draft-cavage; OCI,
        # Intersight): the parameter list names the client's key and signs the request, whole.
        Pattern("signature_scheme",
                r"authorization[\"']?\s{0,3}[:=]\s{0,3}[\"']?signature\s{1,3}"
                r"(?P<value>[a-z]{1,24}=\"[^\"\r\n]{0,4096}\"(?:[ \t]{0,2},[ \t]{0,2}[a-z]{1,24}="
                r"\"[^\"\r\n]{0,4096}\"){1,8})",
                0.9, prefilter=("authorization",), lowercase=True),
        # A header line named for a token ("Echo-Token: <t>", "X-Session-Token: <t>",
        # "X-Amz-Security-Token: <t>"), or a service's own authorization header holding a bare
        # token, no scheme word ("X-Vcloud-Authorization: <t>", the session token vCloud
        # Director issues at sign-in and reads back on every request): a credential the
        # client sends under a service's own header name. CSRF tokens are not credentials
        # (``evaluate``). (Its padding bounded, so the prefilter can give it windows.)
        Pattern("token_header",
                r"(?:^|(?<=\n))[ \t]{0,8}[\"']?(?P<name>[a-z][a-z0-9]{0,24}(?:[\-_][a-z0-9]{1,24}){0,4}"
                r"[\-_])(?:token|authorization)[\"']?[ \t]{0,3}:[ \t]{0,3}[\"']?"
                r"(?P<value>[a-z0-9/+][a-z0-9\-._~+/]{15,4095}={0,64})(?![^\s\"',;])",
                0.85, prefilter=("token", "authorization"), lowercase=True),
        # The password of a URL's user information, whatever the scheme: a database or broker
        # DSN ("postgres://app:pw@db:5432/x", "amqp://guest:s3cret@mq"), a web URL alike.
        Pattern("url_password", r"://[^\s:/?#@\"'<>]{0,64}:(?P<value>[^\s/?#@\"'<>]{1,256})@", 0.9,
                prefilter=("://",)),
        # A signed URL's signature or credential in its query: AWS's query signing (version 2's
        # "Signature=", version 4's "X-Amz-Signature=" and "X-Amz-Credential="), Google
        # Cloud's and Azure's signed URLs ("X-Goog-Signature=", "sig="). Whoever holds the
        # URL holds the grant until it expires.
        Pattern("query_signature",
                r"[?&](?:signature|x-amz-signature|x-amz-credential|x-goog-signature"
                r"|x-goog-credential|sig)=(?P<value>[^\s&#\"'<>]{8,4096})",
                0.85, prefilter=("signature", "sig=", "credential"), lowercase=True),
        Pattern("aws_key", r"AKIA[0-9A-Z]{16}(?![\w])", 0.9, not_after=r"\w", prefilter=("akia",)),
        Pattern("google_key", r"AIza[0-9A-Za-z\-_]{35}(?![\w])", 0.9, not_after=r"\w",
                prefilter=("aiza",)),
    )  # fmt: skip

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        checksum = ""
        if pattern.name in ("jwt", "jwe"):
            # a cookie's value is reported by the cookie detector, as COOKIE_ID
            if not _jwt_header_ok(value.split(".", 1)[0]) or _cookie_value_at(text, start):
                return None
            checksum = "jwt_header"
        elif pattern.name == "bearer" and value.startswith("eyJ"):
            checksum = "jwt_header" if _jwt_header_ok(value.split(".", 1)[0]) else ""
        elif pattern.name == "bearer" and _WORDLIKE.fullmatch(value):
            return None  # "Bearer authenticationrequired", "Bearer TokenExpiredError": words
        elif pattern.name == "basic":
            try:
                decoded = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                return None
            if b":" not in decoded:
                return None
        elif (
            (pattern.name == "stripe_key" and value[:1] not in ("s", "r"))
            or (pattern.name == "url_password" and not _dsn_password(text, start, value))
            or (pattern.name == "token_header" and self._no_credential(text, start, value))
            or (
                # (a cassette's filter writes a placeholder there: "DUMMY_SIGNATURE", "REDACTED")
                pattern.name == "query_signature"
                and (
                    _masked(value)
                    or _WORDLIKE.fullmatch(value) is not None
                    or _PLACEHOLDER_CONSTANT.fullmatch(value) is not None
                    or value.lower() in _PLACEHOLDER_VALUES
                )
            )
            # a signature scheme's parameter list without the signature: no credential
            or (pattern.name == "signature_scheme" and 'signature="' not in value.lower())
        ) or (
            pattern.name == "token_key"
            and (
                _masked(value)
                or value.startswith(("/", "~/", "./"))  # sudo's "PWD=/home/x": a directory
                or _TOKEN_ID.fullmatch(value) is not None  # "access-token:id:2634": its id
                or _cookie_value_at(text, start)  # "Cookie: auth_token=...": a cookie's value
            )
        ):
            return None
        return _finding(self, text, start, end, pattern, checksum=checksum)

    _HEADER_NAME_REACH = 160  # a token header's name and separator lie within this

    @classmethod
    def _no_credential(cls, text: str, start: int, value: str) -> bool:
        """Whether a token header's ``value`` at ``start`` is no credential.

        Words (``echo-system-token``: the credential's name where a filter removed it), a
        masked value, or the value of a header named for a CSRF token (``X-CSRF-Token``,
        ``X-XSRF-TOKEN``), which guards a form against forgery and grants nothing on its own
        (a cookie's CSRF token is reported as the cookie's id).
        """
        if _WORDLIKE.fullmatch(value) or _wordy(value) or _masked(value):
            return True
        line = text[max(0, start - cls._HEADER_NAME_REACH) : start].rpartition("\n")[2].lower()
        return "csrf" in line or "xsrf" in line


# A URL scheme (RFC 3986: a letter, then letters, digits, "+", "-", "."; "jdbc:postgresql")
# right before "://<user>:", the user part of a password finding.
_URL_SCHEME_BEFORE = re.compile(
    r"(?<![\w+.\-])(?:[A-Za-z][A-Za-z0-9+.\-]{0,31}:)?([A-Za-z][A-Za-z0-9+.\-]{0,31})"
    r"://[^\s:/?#@\"'<>]{0,64}:\Z"
)


def _dsn_password(text: str, start: int, value: str) -> bool:
    """Whether ``value`` at ``start`` is the password of a non-web URL's user information.

    A database or broker DSN (``postgres://app:pw@db``); web URLs report their user
    information as a URL part (:class:`UrlDetector`), and a placeholder is no password.
    """
    m = _URL_SCHEME_BEFORE.search(text, max(0, start - 128), start)
    return (
        m is not None
        and m.group(1).lower() not in UrlDetector._SCHEMES  # noqa: SLF001 - the web schemes
        and not _masked(value)
    )


# What a log writes instead of a secret it hides: a word for it in decoration of any kind
# ("__REDACTED__", "<masked>", "[FILTERED]", "***removed***"), or mask characters only.
_MASK_WORDS = frozenset(
    "null none redacted masked hidden removed filtered sanitized sanitised omitted secret "
    "censored obfuscated scrubbed elided protected private".split()
)
_MASK_DECORATION = "_*<>[](){}#-.=!~ "
# The credential's own name written as a constant (an environment variable's name) where the
# credential was: "secretKey=TIO_SECRET_KEY", "X-Api-Key: SERVICE_API_KEY", "token=GH_TOKEN".
# Two or more words of capitals and digits joined by underscores, the last a credential's
# word, so a random value (a lower-case letter anywhere, no underscore) is never one; the
# words and repetitions are bounded.
_CREDENTIAL_NAME_CONSTANT = re.compile(
    r"(?:[A-Z][A-Z0-9]{0,15}_){1,5}(?:API_?|SECRET_?|ACCESS_?|AUTH_?|PRIVATE_?|CLIENT_?)?"
    r"(?:KEY|SECRET|TOKEN|PASSWORD|APIKEY|CREDENTIALS?)"
)


def _masked(value: str) -> bool:
    """Whether a secret-keyed value is a placeholder a log wrote instead of the secret.

    A mask word in decoration (``__REDACTED__``), mask characters only (``****``), or a
    constant's name built on a placeholder word (``TOKEN_REDACTED``, OpenStack's client
    logging ``X-Auth-Token: TOKEN_REDACTED``; ``<PASSWORD_MASKED>``, ``YOUR_API_KEY``), or the
    credential's own name as a constant (``TIO_SECRET_KEY``: the environment variable a test
    or a template names instead of the secret).
    """
    word = value.strip(_MASK_DECORATION)
    return (
        word.lower() in _MASK_WORDS
        or not value.strip("*xX#\u2022.")
        or _PLACEHOLDER_CONSTANT.fullmatch(word) is not None
        or _CREDENTIAL_NAME_CONSTANT.fullmatch(word) is not None
    )


_COOKIE_KEY_TAIL = re.compile(r"(?i)[\"']?[ \t]{0,3}[:=][ \t]{0,3}\[?[ \t]{0,3}[\"']?")


# A query key before a value: letters, digits, "_", "-" and "." back to the "?" or "&".
_QUERY_KEY_BACK = 64


def _sync_query_value(text: str, start: int, end: int, state: ScanState | None = None) -> bool:
    """Whether ``text[start:end]`` is a key's value in a cookie-sync URL's query, taken as a cookie id.

    A sync pixel (``/idsync/ex/receive/check?partner_id=3107&partner_device_id=<id>``) passes
    the partner's id of this browser, whatever its key calls it: it is the id of the partner's
    cookie, reported by :class:`CookieDetector` (rule 14 of the HTTP sets' labels). Only a
    value that detector takes (:meth:`CookieDetector._client_id_query`) is left to it.
    """
    if text[start - 1 : start] != "=":
        return False
    eq = start - 1
    key_start = eq
    while (
        key_start > 0
        and eq - key_start < _QUERY_KEY_BACK
        and (text[key_start - 1].isalnum() or text[key_start - 1] in "_-.")
    ):
        key_start -= 1
    if key_start == eq or text[key_start - 1 : key_start] not in ("?", "&"):
        return False
    cookies = CookieDetector
    value = text[start:end]
    if not cookies._query_in(state, text, key_start, eq, value):  # noqa: SLF001
        return False
    # a client id's key is taken in any URL, here only in a sync URL's; for any other key
    # the test above read the URL's path already
    client_key = cookies._CLIENT_ID_KEY.fullmatch(text, key_start, eq)  # noqa: SLF001
    return client_key is None or cookies._sync_url(text, key_start)  # noqa: SLF001


def _cookie_value_at(text: str, start: int, state: ScanState | None = None) -> bool:
    """Whether ``text[start:]`` starts the value of a pair of a ``Cookie``/``Set-Cookie`` header.

    The header may be a line (``Cookie: a=1; t=eyJ...``) or a JSON/YAML member
    (``"Cookie": ["t=eyJ..."]``); the value follows ``name=`` (or ``name="``) with no line
    break or quote between the header's name and it. A JWT or a ``*_token`` cookie there is
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
    if marks is not None:
        # (the last "cookie" of the line before the value, in the lowered text: the same
        # offsets, as the marks exist only when lowering moved none)
        i = bisect.bisect_right(marks, start - 6) - 1
        if i < 0 or marks[i] < line_start:
            return False
        line_start = marks[i]
    low = text[line_start:start].lower()
    at = low.rfind("cookie")
    if at < 0:
        return False
    m = _COOKIE_KEY_TAIL.match(low, at + 6)
    if m is None or m.end() == at + 6:
        return False
    between = low[m.end() : -1]
    return '"' not in between.rstrip('"') and "'" not in between


# Letters only, cased like words: lower, upper, or capitalised parts ("InvalidTokenError").
# Random tokens mix digits and symbols in, or switch case at random.
_WORDLIKE = re.compile(r"[a-z]{1,64}|[A-Z]{1,64}|[A-Z]?[a-z]{2,40}(?:[A-Z][a-z]{2,40}){0,8}")


def _json_segment(segment: str) -> object:
    """A JSON Web Token's segment (base64url, unpadded) decoded as JSON; None if it is not."""
    try:
        return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (binascii.Error, ValueError):  # (UnicodeDecodeError is a ValueError)
        return None


def _jwt_header_ok(segment: str) -> bool:
    header = _json_segment(segment)
    return isinstance(header, dict) and ("alg" in header or "typ" in header)


_L = r"[^\W\d_]"  # a letter, any script
_WORD = rf"[A-Z\u00c0-\u024f\u0370-\u03ff]{_L}*(?:['\u2019.\-]{_L}+)*\.?"
_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct|Place|Pl"
    r"|Square|Sq|Terrace|Crescent|Heights|Row|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Alley"
    r"|Close|Gardens|Park|Plaza|Stream|Mews|Walk|Radial|Ridge|Loop|Pike|Grove|View|Hill)\b\.?"
)
_STREET_FIRST = (
    r"(?:Via|Viale|Piazza|Corso|Rua|Rue|Calle|Avenida|Avenue|Chemin|Boulevard|Plaza|Praça)"
)


class AddressDetector(PatternDetector):
    """Street addresses, reported as ``LOCATION``.

    ``221 Baker Street``, ``Via Roma 12``, ``Apt. 5``, ``Suite 300``, ``P.O. Box 63``: small
    NER models miss them. Runs when ``LOCATION`` is asked for.
    """

    entity = EntityType.LOCATION
    name = "address"
    patterns = (
        Pattern("street_number_first",
                rf"(?<![\w.\-])[0-9]{{1,6}}[A-Za-z]?(?: [0-9]{{1,5}})? (?:{_WORD} ){{1,4}}{_SUFFIX}(?! ?[0-9])", 0.7),
        Pattern("street_name_first",
                rf"(?<![\w.\-]){_STREET_FIRST} (?:{_WORD} ){{0,4}}{_WORD} [0-9]{{1,5}}[A-Za-z]?(?![\w\-])", 0.7),
        Pattern("unit", r"(?<![\w.\-])(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.? ?#?[0-9]{1,5}[A-Z]?(?![\w\-])", 0.6),
        Pattern("po_box", r"(?<![\w.\-])(?:P\.? ?O\.? Box|PSC [0-9]{3,5}, Box|Box) [0-9]{1,6}(?![\w\-])", 0.6,
                prefilter=("box",)),
    )  # fmt: skip

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        """Yield addresses; in text written without capitals, case is not required."""
        yield from super().find(state)
        text = state.text
        cased = [rx for _p, rx, _n, _b in self._compiled]
        for pattern, rx in self._CASELESS:
            for m in rx.finditer(text):
                if any(c.match(text, m.start()) for c in cased):
                    continue  # the cased pass reported it already
                if not noisy_case(_segment(text, m.start(), m.end())):
                    continue  # in text that uses capitals, an address has them too
                found = self.evaluate(text, m.start(), m.end(), pattern)
                if found is not None:
                    yield found

    # Lower-case forms: only street words that are not everyday words ("5 minutes walk",
    # "via email 24" and "box 12 of 20" are not addresses).
    _LOWER_WORD = rf"{_L}+(?:['\u2019.\-]{_L}+)*\.?"
    # Function words do not occur inside a street name ("3 kids love the long road").
    _NOT_GLUE = r"(?!(?:the|a|an|to|of|and|or|in|on|at|for|my|your|our|is|was|by|with|from) )"
    _CASELESS = tuple(
        (Pattern(name, regex, 0.6), re.compile(regex, re.IGNORECASE))
        for name, regex in (
            ("street_number_first",
             (rf"(?<![\w.\-])[0-9]{{1,6}}[a-z]?(?: [0-9]{{1,5}})? (?:{_NOT_GLUE}{_LOWER_WORD} ){{1,3}}"
             r"(?:street|avenue|ave|road|rd|boulevard|blvd|lane|crescent|terrace|parkway|pkwy"
             r"|highway|hwy|alley|heights|mews|plaza)\b\.?(?! ?[0-9])")),
            ("street_name_first",
             (rf"(?<![\w.\-])(?:viale|piazza|corso|rua|rue|calle|avenida|chemin|praça) "
             rf"(?:{_LOWER_WORD} ){{0,4}}{_LOWER_WORD} [0-9]{{1,5}}[a-z]?(?![\w\-])")),
            ("unit", r"(?<![\w.\-])(?:apt|apartment|suite|ste)\.? ?#?[0-9]{1,5}[a-z]?(?![\w\-])"),
            ("po_box", r"(?<![\w.\-])p\.? ?o\.? box [0-9]{1,6}(?![\w\-])"),
        )
    )  # fmt: skip


def _segment(text: str, start: int, end: int, width: int = 2000) -> str:
    """Return the text around ``[start, end)``, ``width`` characters each side at most.

    It stays within one document of a batch (batched documents are joined with separators
    that hold a NUL character).
    """
    lo = text.rfind("\x00", max(0, start - width), start) + 1 or max(0, start - width)
    hi = text.find("\x00", end, end + width)
    return text[lo : hi if hi >= 0 else min(len(text), end + width)]


#: Every built-in detector class, in priority order (earlier wins ties).
BUILTIN_DETECTORS: tuple[type[PatternDetector], ...] = (
    EmailDetector,
    AuthTokenDetector,
    CookieDetector,
    UserAgentDetector,
    UrlDetector,
    IpAddressDetector,
    MacAddressDetector,
    IccidDetector,
    ImeiDetector,
    ImsiDetector,
    MeidDetector,
    AdvertisingIdDetector,
    DeviceIdDetector,
    AndroidIdDetector,
    CreditCardDetector,
    IbanDetector,
    UsSsnDetector,
    CryptoDetector,
    PhoneDetector,
    DomainDetector,
    DateTimeDetector,
    AddressDetector,
)
