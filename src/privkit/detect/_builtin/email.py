# ruff: noqa: E501, PLR2004 - regex tables, word lists and numeric address ranges
"""E-mail addresses."""

from __future__ import annotations

import ipaddress
import re
import socket
import unicodedata
from typing import TYPE_CHECKING

from privkit._memo import BoundedMemo
from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

from privkit.detect._builtin._common import (
    _HEXCHARS,
    _NO_SPACE_CHAR,
    _NOT_TLDS,
    _finding,
    _sd_id,
    _tld_delegated,
)


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


# The at sign spelled out in brackets ("(at)", "[at]", "{at}", "<at>"; lowercased), or written
# as an HTML character reference ("&#64;", "&#x40;", "&commat;": web pages so hide an address
# from harvesters, and a page's source shows it so), and an address written so
# (``EmailDetector._spelled``). The local part starts a token; the domain's dots may be
# spelled too ("[dot]", "&#46;").
_AT_WORDS = ("(at)", "[at]", "{at}", "<at>", "( at )", "[ at ]", "{ at }", "< at >",
             "&#64;", "&#064;", "&#x40;", "&commat;")  # fmt: skip


_AT_REFERENCE = r"&#0?64;|&#x0?40;|&commat;"


_SPELLED_AT = rf"(?:\s?[(\[{{<]\s?at\s?[)\]}}>]\s?|{_AT_REFERENCE})"


_SPELLED_DOT_SIGN = r"(?:\s?[(\[{<]\s?dot\s?[)\]}>]\s?|&#0?46;|&#x0?2e;|&period;)"


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
_SPELLED_AT_SIGN = re.compile(rf"[(\[{{<]\s?at\s?[)\]}}>]|{_AT_REFERENCE}", re.IGNORECASE)


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


# An address written in words: "jane at example dot com", "john dot smith at mail dot
# example dot org" (support tickets, chat and mailing lists so write one; crawlers' agents
# give their owner's so). The word "at" between white space, and at least one dot of the
# domain written as the word "dot": "looking at example.com" and a stack trace's "at
# org.example.Main" are prose and code, not addresses. The local part's dots may be words too.
_WORD_LABEL = r"[^\W_](?:[\w%+\-]{0,62}[^\W_])?"
_WORD_DOT = r"[ \t]{1,4}dot[ \t]{1,4}"
_WORDED_EMAIL = re.compile(
    rf"(?P<local>{_WORD_LABEL}(?:(?:\.|{_WORD_DOT}){_WORD_LABEL}){{0,8}})"
    r"[ \t]{1,4}at[ \t]{1,4}"
    rf"(?P<domain>{_WORD_LABEL}(?:(?:\.|{_WORD_DOT}){_WORD_LABEL}){{1,8}})"
    r"(?![\w\-]|\.\w)",
    re.IGNORECASE,
)
# Words a sentence puts after "at" (determiners, possessives), which no domain starts
# with: "look at this dot com bubble", "she worked at a dot com".
_PROSE_DETERMINERS = frozenset(("a", "an", "the", "this", "that", "these", "those", "my", "your",
                                "our", "their", "his", "her", "its", "some", "any", "no", "one",
                                "every"))  # fmt: skip
_WORD_AT = re.compile(r"(?<![ \t])[ \t]{1,4}at[ \t]", re.IGNORECASE)
_WORD_DOT_RX = re.compile(_WORD_DOT, re.IGNORECASE)
# How far back from the word "at" a local part written in words can start: 64 characters of
# the address and eight " dot " words.
_WORDED_REACH = 64 + 8 * 11


def _worded_matches(text: str, accept: Callable[[re.Match[str]], bool]) -> Iterator[re.Match[str]]:
    """``_WORDED_EMAIL``'s matches, tried only where the word "at" stands (linear time).

    Each "at" fixes the one start a match through it can have: the local part is the run of
    address characters and " dot " words right before it, within :data:`_WORDED_REACH`.
    A match must spell at least one dot of its domain as a word, and ``accept`` it; one it
    does not leaves its words free for the next match ("me at john dot smith at ...").
    """
    resume = 0
    signs = _LOCAL_SIGNS
    for at in _WORD_AT.finditer(text):
        q = at.start()
        lo, s = max(0, q - _WORDED_REACH), q
        while s > lo:
            c = text[s - 1]
            if c in signs or c.isalnum():
                s -= 1
                continue
            word = _dot_word_before(text, s, lo)
            if word in (s, 0) or not text[word - 1].isalnum():
                break  # no " dot " here, or one with no label before it
            s = word
        while s < q and not text[s].isalnum():
            s += 1  # a local part starts with a letter or a digit
        if s == q or s < resume or (s > 0 and (text[s - 1] in signs or text[s - 1] == "@")):
            continue
        m = _WORDED_EMAIL.match(text, s)
        if m is None or m.end("local") != q or _WORD_DOT_RX.search(m["domain"]) is None:
            continue
        if not accept(m):
            continue
        resume = m.end()
        yield m


def _dot_word_before(text: str, end: int, lo: int) -> int:
    """Where the word ``dot`` with white space around it, ending at ``end``, starts; else ``end``."""
    s = end
    while s > lo and s > end - 4 and text[s - 1] in " \t":
        s -= 1
    if s == end or s - 3 <= lo or text[s - 3 : s].lower() != "dot":
        return end
    s -= 3
    t = s
    while s > lo and s > t - 4 and text[s - 1] in " \t":
        s -= 1
    return s if s < t else end


# How far after an at sign the first dot of an address's domain can be: hidden characters,
# then a first label of at most 63 characters.
_DOMAIN_REACH = 1 + 4 + 63 + 1


# What follows an account at a host, glued to the host by a colon: a port
# ("root@db.example.com:3306", a connection string's account, as MySQL Shell and Couchbase
# write one) or a path in scp's syntax ("git@github.com:org/app.git", "deploy@web.example.com:
# /srv/www", "jane@host.example.org:~/x": an SSH remote, as git, rsync and scp take one). An
# account on a host, not a mailbox (the log sets' labelling rule since the twenty-second set).
# A colon and a space, an emoticon or a word after an address is a sentence's, and a number
# with a colon after it a location's line ("jane@example.org:12: hi").
_HOST_ACCOUNT_TAIL = re.compile(
    r":(?:[0-9]{1,5}(?=[\s'\"/)>\],;]|\Z)|[/~]|[\w.\-]{1,255}(?:/|\.git\b))"
)

# A URI scheme whose user part is a person's address, right before it: a SIP or XMPP address
# with its port ("sip:16178766111@voip.example.com:5060") is a person's, as mail is.
_TALK_SCHEME = re.compile(r"(?<![\w+.\-])(?i:sips?|xmpp|mailto|im|pres):\Z")


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
    scan_literals = ('"@', "%40", "@[", " dot ", *_AT_WORDS)
    prefilter = ("@", "\uff20", "%40", " dot ", *_AT_WORDS)
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
        if state.present((" dot ",)):
            yield from self._worded(text)
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
            if start > 0 and text[start - 1] == "[" and _sd_id(text, start, end):
                continue  # "[junos@2636.1.1 k=\"v\"]": a syslog SD-ID, no mailbox
            if (
                end < len(text)
                and text[end] == ":"
                and _HOST_ACCOUNT_TAIL.match(text, end)
                and _TALK_SCHEME.search(text, max(0, start - 8), start) is None
            ):
                continue  # "git@github.com:org/app.git", "root@db.example.com:3306": no mailbox
            if start > 0 and text[start - 1] in _ATEXT_BREAKS:
                start = _atext_start(text, start, a, end)
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
            if start > 0 and text[start - 1] in "@\uff20":
                # The local part starts right after another at sign ("aa@a.com.js@a.com":
                # the domain rule refused "aa@a.com.js"): the run before that sign is part
                # of the same chain, as glued addresses are. With no run before it, the sign
                # is a handle's ("@jane@example.org") and stays out, wherever the text starts.
                before = self._local_start(text, start - 1)
                if before < start - 1:
                    start = before
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

    def _worded(self, text: str) -> Iterator[Finding]:
        """Addresses written in words: ``jane at example dot com``.

        The word ``at`` stands for the at sign and the word ``dot`` for a dot; at least one
        dot of the domain must be a word (``looking at example.com`` is a sentence). The
        address they spell must be one :meth:`validate` accepts; the finding covers the
        whole written form.
        """
        pattern = self.patterns[0]
        for m in _worded_matches(text, self._worded_ok):
            yield _finding(self, text, m.start(), m.end(), pattern, tags=("spelled",))

    def _worded_ok(self, m: re.Match[str]) -> bool:
        """Whether ``m`` (:func:`_worded_matches`) spells an address.

        Its domain ends in a delegated top-level domain and starts with a label no sentence
        puts after "at", and :meth:`validate` does not reject the address.
        """
        local = _WORD_DOT_RX.sub(".", m["local"])
        domain = _WORD_DOT_RX.sub(".", m["domain"])
        if domain.split(".", 1)[0].lower() in _PROSE_DETERMINERS or not _tld_delegated(domain):
            return False  # "look at this dot com bubble"; "me at john dot smith"
        return self.validate(f"{local}@{domain}") is not False

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
    # ``"a\\@b"@example.com``, Wikipedia's ``"very.(),:;<>[]\".VERY.\"very@\\ \"very\".unusual"
    # @strange.example.com``): the quotes, at most 64 units of one line inside them (a
    # character, or a backslash and the character it escapes: any number of escaped quotes),
    # then the domain as in the plain pattern or an address literal. Each alternative starts
    # with a character the other cannot: one way to read a run, and the group is atomic.
    _QUOTED_LOCAL = re.compile(r'"(?>(?:[^"\\\r\n]|\\[^\r\n]){1,64})"')
    _DOMAIN_AFTER_AT = re.compile(_EMAIL_DOMAIN)
    # How far before its closing quote a quoted local part can open: 64 escaped characters.
    _QUOTED_REACH = 2 * 64 + 2
    # Code's string concatenation, not a quoted local part: the closing quote of one string, an
    # operator, an operand, an operator and the opening quote of the next string
    # (``"sip:" + $rU + "@example.com"``, ``'a' . $user . "@x.org"``, ``|| x ||``).
    _CONCATENATION = re.compile(
        r'"[ \t]*(?:\+|\.\.?|\|\||&)[ \t][^"]*[ \t](?:\+|\.\.?|\|\||&)[ \t]*"'
    )

    @classmethod
    def _quote_opening(cls, text: str, close: int) -> int:
        """Where the quoted string closed by the quote at ``close`` opens; -1 if nowhere near.

        Inside a quoted string a backslash escapes the character after it, so a quote inside
        it has an odd run of backslashes before it: the opening quote is the nearest one back
        with an even run (none, usually). Each character within
        :data:`_QUOTED_REACH` is read once (a backslash run belongs to the one quote after
        it), so the cost per closing quote is bounded, however many escaped quotes there are.
        """
        lo = max(0, close - cls._QUOTED_REACH)
        b = close
        while b > lo and text[b - 1] == "\\":
            b -= 1
        if (close - b) % 2:
            return -1  # the closing quote is itself escaped (``\"@``): it closes nothing
        q = text.rfind('"', lo, b)
        while q >= 0:
            b = q
            while b > lo and text[b - 1] == "\\":
                b -= 1
            if (q - b) % 2 == 0:
                return q
            q = text.rfind('"', lo, b)
        return -1

    # A quoted local part inside a JSON or C string (``{"to": "\"john doe\"@example.com"}``):
    # the string escapes the address's own quotes once, so they read ``\"`` (one backslash),
    # an escaped quote inside the local part ``\\\"`` (three) and an escaped backslash
    # ``\\\\`` (four). Each address unit is at most four characters: the walk back reaches
    # 4 * 64 + 4.
    _ESCAPED_REACH = 4 * 64 + 4
    _JSON_UNESCAPE = re.compile(r"\\([\\\"/])")

    @staticmethod
    def _escaped_close(text: str, close: int) -> bool:
        r"""Whether the quote at ``close`` has exactly one backslash before it (``x\"@``)."""
        return close >= 1 and text[close - 1] == "\\" and (close < 2 or text[close - 2] != "\\")

    @classmethod
    def _escaped_quoted(cls, text: str, close: int) -> int:
        r"""Where an escaped quoted local part closed by ``\"`` at ``close`` starts; -1 if none.

        Inside the enclosing string every quote is escaped: a quote with one backslash before
        it (a run of 1, 5, ...: one address-level quote) opens the local part, one with three
        (an address-level ``\"``) is inside it, and a quote with no backslash (an even run)
        ends the enclosing string: there is no local part (``"\"@example.com``, the
        escaped-closing-quote case, stays unread). The opening ``\"`` must have exactly one
        backslash, follow no letter, digit or escaped quote, and the local part decoded once
        must pass the same checks as an unescaped one. The finding starts at the opening
        backslash, so that a redaction leaves the enclosing string well formed. Each character
        within :data:`_ESCAPED_REACH` is read once.
        """
        lo = max(0, close - cls._ESCAPED_REACH)
        b = close - 1  # the closing quote's one backslash
        q = text.rfind('"', lo, b)
        while q >= 0:
            s = q
            while s > lo and text[s - 1] == "\\":
                s -= 1
            run = q - s
            if run % 2 == 0:
                return -1  # the enclosing string ends here
            if run % 4 == 1:
                break
            q = text.rfind('"', lo, s)
        if q < 0 or q - s != 1:
            return -1
        if s > 0:
            before = text[s - 1]
            if before.isalnum() or (before == '"' and cls._escaped_close(text, s - 1)):
                return -1
        inner = text[q + 1 : close - 1]
        if any(c == "\\" for c in cls._JSON_UNESCAPE.sub("", inner)):
            return -1  # another escape of the enclosing string (``\\n``, ``\\u00e9``)
        local = '"' + cls._JSON_UNESCAPE.sub(r"\1", inner) + '"'
        if (
            cls._QUOTED_LOCAL.fullmatch(local) is None
            or cls._CONCATENATION.fullmatch(local) is not None
        ):
            return -1
        return s

    def _quoted(self, text: str) -> Iterator[Finding]:
        pattern = self.patterns[0]
        at = text.find('"@')
        while at >= 0:
            end = -1
            domain = self._DOMAIN_AFTER_AT.match(text, at + 2)
            if domain is not None:
                end = domain.end() if _tld_ok(domain.group()) else -1
            elif text.startswith("[", at + 2):  # ``"john doe"@[192.0.2.1]``
                literal = self._LITERAL.match(text, at + 2)
                after = text[literal.end() : literal.end() + 1] if literal is not None else "_"
                if literal is not None and not (after.isalnum() or after == "_"):
                    end = literal.end() if self._literal_ok(literal) else -1
            # (JSON keys such as "@timestamp": no domain, the usual case)
            opening = self._quote_opening(text, at) if end >= 0 else -1
            if opening < 0 and end >= 0 and self._escaped_close(text, at):
                escaped = self._escaped_quoted(text, at)
                if escaped >= 0:
                    yield _finding(self, text, escaped, end, pattern, tags=("quoted", "escaped"))
            elif (
                opening >= 0
                and self._QUOTED_LOCAL.fullmatch(text, opening, at + 1) is not None
                and self._CONCATENATION.fullmatch(text, opening, at + 1) is None
                and (
                    opening == 0 or not (text[opening - 1].isalnum() or text[opening - 1] in '\\"')
                )
            ):
                # (a quote after a backslash or a quote closes a string before it, not opens
                # one: ``"first\\"last"@example.com`` is no address, nor is its ``"last"@...``)
                yield _finding(self, text, opening, end, pattern, tags=("quoted",))
            at = text.find('"@', at + 2)

    # RFC 5322 ``atext`` characters beyond letters, digits and ``._%+-'`` (``=``, ``/``, ``?``
    # and ``&`` are left out: they join a URL query's key to an address after it, except the
    # ``=`` inside a rewritten return path, which ``find`` reads (``_return_path_start``); so is
    # ``$``: ``HOST$@CORP.EXAMPLE.COM`` is a Windows machine account's Kerberos principal, and
    # ``unknown_user$@...`` a placeholder login, neither a person's mailbox; and ``*``:
    # ``j***@example.com`` is an address already masked, privkit's own masks included).
    _SPECIALS = frozenset("!#^`{|}~")
    _SPECIAL_LOCAL = _SPECIALS | _LOCAL
    # The ``atext`` characters left out above that a local part holding one of
    # :data:`_SPECIALS` may still hold (``my|'`!#_~%$&{}?^+-*@host.com``): there the run is
    # plainly an RFC 5322 local part, not a mask (``j***@``), a machine account (``HOST$@``)
    # or a query's key (``?a=1&to=jane@``: ``=`` and ``/`` stay out, the walk stops at them).
    _SPECIAL_EXTRA = frozenset("$&?*'")
    _WIDE_LOCAL = _SPECIAL_LOCAL | _SPECIAL_EXTRA

    def _special_locals(self, text: str) -> Iterator[Finding]:
        """Addresses whose local part ends in an RFC 5322 special character.

        ``{}~!@example.com``, ``jane!@example.com``: the plain pattern's local part is empty
        there. From each at sign with such a character right before it (or one of
        :data:`_SPECIAL_EXTRA`), the run of special and local-part characters (at most 64) is
        walked back over; it must start the text or follow a character that is no letter,
        digit or at sign (a token of its own), hold one of :data:`_SPECIALS`, and the domain
        must be one the plain pattern accepts.
        """
        pattern = self.patterns[0]
        specials, extra, wide = self._SPECIALS, self._SPECIAL_EXTRA, self._WIDE_LOCAL
        at = text.find("@", 1)
        while at >= 0:
            if text[at - 1] in specials or text[at - 1] in extra:
                lo, start = max(0, at - 64), at
                while start > lo and text[start - 1] in wide:
                    start -= 1
                while start < at and text[start] == "'":
                    start += 1  # an opening apostrophe quotes the address
                domain = self._DOMAIN_AFTER_AT.match(text, at + 1)
                if domain is not None and start > lo and text[start - 1] in "=/":
                    start = _atext_start(text, start, at, domain.end())
                run = text[start:at]
                if (
                    domain is not None
                    and any(c in specials for c in run)
                    and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "@"))
                    and text[start] != "."
                    and ".." not in run
                    and _tld_ok(domain.group())
                ):
                    yield _finding(self, text, start, domain.end(), pattern, tags=("specials",))
            at = text.find("@", at + 1)

    # An address whose domain is an address literal (RFC 5321 4.1.3: ``user@[192.0.2.1]``,
    # ``user@[IPv6:2001:db8::1]``): the brackets hold a valid IPv4 address, or a valid IPv6
    # address (an IPv4 tail allowed) after the tag ``IPv6:`` or without it, as mail software
    # writes and accepts it too (``user@[2001:db8::1]``: Django's validator, Exim, Postfix's
    # ``[ipv6:...]`` lookups): the brackets right after an at sign are the evidence.
    _LITERAL = re.compile(
        r"\[(?:([0-9]{1,3}(?:\.[0-9]{1,3}){3})|(?:[Ii][Pp][Vv]6:)?([0-9A-Fa-f:.]{2,45}))\]"
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
                and self._own_local(text, start, at)
            ):
                yield _finding(self, text, start, m.end(), pattern, tags=("address_literal",))
            at = text.find("@[", at + 2)

    def _own_local(self, text: str, start: int, at: int) -> bool:
        """Whether ``text[start:at]`` is a local part of its own.

        No dot at either end or two in a row, not glued to a word or an at sign before it,
        and no URL's user name.
        """
        local = text[start:at]
        before = text[start - 1] if start else " "
        return (
            not local.startswith(".")
            and not local.endswith(".")
            and ".." not in local
            and not (before.isalnum() or before in "@\uff20")
            and not (before in ":/" and self._userinfo(text, start))
        )

    @staticmethod
    def _literal_ok(m: re.Match[str]) -> bool:
        try:
            if m.group(1) is not None:
                ipaddress.IPv4Address(m.group(1))
            else:
                # (the C parser: a text dense with literals parses each; same verdicts as
                # ``ipaddress.IPv6Address`` on what ``_LITERAL`` lets through)
                socket.inet_pton(socket.AF_INET6, m.group(2))
        except (ValueError, OSError):
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
        if (
            not local
            or local.startswith(".")
            or (not local.strip("%") and not _tld_delegated(domain))
        ):
            # (a local part of percent signs only before a name the root zone does not end
            # is a format's or a script's marker, no mailbox: Kamailio's select call
            # "%@db.fetch.h1.count" in an xlog format; "%@example.org" is a valid address)
            return False
        domain = domain.replace("\uff0e", ".")
        if domain.lower() in _SSH_DOMAINS and _SSH_NAME.fullmatch(local) is not None:
            return False  # "keepalive@openssh.com": an SSH protocol extension's name
        return None if _tld_ok(domain) or _test_domain(domain) else False


# A return path's local part runs on over "=" (RFC 5322 ``atext`` holds it) where a mail
# system rewrote the sender: a tag of the Sender Rewriting Scheme or of Bounce Address Tag
# Validation opens it ("SRS0=HHH=TT=example.org=jane@srs.example.net", "SRS1=...",
# "prvs=0123456789=jane@example.org", "btv1==...") after a token's start or a key's "=".
_RETURN_TAG = re.compile(r"(?<![A-Za-z0-9._+\-])(?i:SRS[01]|prvs|btv1)=")
# A VERP address's domain part: the recipient's domain after the last "=" of the local part
# ("bounces+123-jane=example.org@lists.example.net").
_VERP_DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}"
)
_RETURN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-=")


# The RFC 5322 ``atext`` characters that stop the plain local part's walk back: "=" and "/",
# the specials and the characters a local part holding one may also hold (``_SPECIALS``,
# ``_SPECIAL_EXTRA``). Where one stands right before the plain local part,
# :func:`_atext_start` decides whether the token before it is the address's too.
_ATEXT_BREAKS = frozenset("=/!#^`{|}~$&?*'")
# The characters of a token :func:`_atext_start` walks back over: a local part's, "=", "/",
# the specials and ``$&?*'``.
_ATEXT_TOKEN = _ATEXT_BREAKS | frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-"
)
# A key's name before its "=" (``user=``, ``mail_from=``, ``AD-Hostname=``, ``--email=``,
# ``-Dmail.user=``, ``items.0.email=``): letters, digits and underscores, a letter or "_" first,
# parts joined by dots or hyphens, a hyphen's part opening with a letter too. A part that
# holds "+", "/", "%", a special, or a hyphen's part opening with a digit
# (``return-a29585-508277=...``, ``user+mailbox/department=...``) names no key.
_KEY_NAME = re.compile(
    r"(?:-{1,2}|\$)?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+|-[A-Za-z_][A-Za-z0-9_]*)*"
)
# A query's, a fragment's or a piped record's key and "=" inside a token (``?flag=403&email=``,
# ``#email=``, ``key=v|to=``).
_QUERY_PAIR = re.compile(r"[?&#|][A-Za-z_][\w.\-\[\]]*=")


def _atext_start(text: str, start: int, at: int, end: int) -> int:
    """Where an address whose plain local part ``text[start:at]`` follows an ``atext`` break starts.

    ``=`` and ``/`` are RFC 5322 ``atext``, as are ``!#$%&'*+-/=?^_`{|}~``; logs and URLs put
    ``=`` after a key (``user=jane@example.org``) and ``/`` between a path's segments
    (``/users/jane@example.org``, ``db/user@host``), so the plain walk stops at them. The token
    they stand in (the run of ``atext`` characters before the at sign, at most 64, after a
    character no local part holds: a space, a quote, a bracket, a comma) is read whole:

    * a rewritten return path's tag or VERP part decides first (:func:`_return_path_start`);
    * a token in angle brackets (``from=<user=tag@example.org>``) is the address's: RFC 5322's
      ``angle-addr`` holds the address alone;
    * a token opening with a key's name and "=" (:data:`_KEY_NAME`) is a key and its value:
      the value is read as a token in its turn, once (``value=user+mailbox/dept=x@...``);
    * a token whose first "="-part names no key (``customer/department=shipping@``,
      ``return-a29585-508277-65bcb682=3793289289=8@``, ``!#$%&'*+-/=?^_`{}|~@``) is the local
      part, when it holds an "=";
    * a token with "/" and no "=" is a path (``service/host@REALM``, ``db/user@host``,
      ``projects/p/serviceAccounts/x@``) unless it opens with "~": a user's list, as sourcehut
      names them (``~user/list@lists.sr.ht``).

    Never read whole: a token opening with "/", "." or "=" (a path, a sentence's dot, a key's
    value), holding "//", "..", a query's or fragment's pair (:data:`_QUERY_PAIR`), a quote
    opening a value (``--from='jane@``), or "/" after an "=" (a certificate subject's
    ``C=US/ST=CA/emailAddress=jane@``: key=value pairs, not one local part). A token glued to a
    letter, a digit, an at sign or a backslash before it is no token of its own.
    """
    if text[start - 1] == "=":
        tagged = _return_path_start(text, start, at)
        if tagged != start:
            return tagged
    lo = max(0, at - 64)
    s = start - 1
    chars = _ATEXT_TOKEN
    while s > lo and text[s - 1] in chars:
        s -= 1
    if s > 0:
        c = text[s - 1]
        if c in chars or c.isalnum() or c in "@\uff20\\":
            return start  # longer than a local part, or glued to a word
    angle = s > 0 and text[s - 1] == "<" and text[end : end + 1] == ">"
    local = _atext_local(text[s:at], angle=angle)
    return start if local < 0 else s + local


# Marks before a token that open markup, not a local part: a table's cell ("|"), a code span
# ("`"), emphasis ("*"), a template's brace ("{"). They stay out of the address.
_MARKUP_OPENERS = "|`*{"
# Specials that may stand before a key's name in a token (``$email=``, ``!user=``): the key
# check reads the name after them.
_KEY_LEAD = "!#$%&'?^~"


def _atext_local(token: str, *, angle: bool) -> int:
    """Where the local part starts in ``token`` (:func:`_atext_start`'s rules); -1 if undecided."""
    lead = len(token) - len(token.lstrip(_MARKUP_OPENERS))
    if lead == len(token):
        return -1
    found = _atext_in(token[lead:], angle=angle)
    return found if found < 0 else lead + found


def _atext_in(token: str, *, angle: bool) -> int:  # noqa: PLR0911 - one verdict per rule
    """:func:`_atext_local` on a token without markup before it."""
    if (
        token[0] in "/.="
        or "//" in token
        or ".." in token
        or "='" in token
        or "/'" in token
        or _QUERY_PAIR.search(token) is not None
    ):
        return -1
    eq = token.find("=")
    if angle:
        return -1 if eq >= 0 and "/" in token[eq:] else 0
    if eq < 0:
        return 0 if "/" in token and token[0] == "~" else -1
    name = len(token) - len(token.lstrip(_KEY_LEAD))
    if name >= eq or _KEY_NAME.fullmatch(token, name, eq) is None:
        # (a first part naming no key: the whole token, unless "/" follows an "=", as
        # key=value pairs write it)
        return -1 if token[:eq].isdigit() or "/" in token[eq:] else 0
    # A key and its "=": the value after it is read as a token in its turn, once.
    offset = eq + 1
    if offset == len(token) or token[offset] in "/.=":
        return -1
    eq = token.find("=", offset)
    if eq < 0:  # a key's plain value, or a user's list after it ("list=~user/list@...")
        return offset if "/" in token[offset:] and token[offset] == "~" else -1
    if "/" in token[eq:]:
        return -1  # key=value pairs ("C=US/ST=CA/emailAddress=")
    first = token[offset:eq]
    head = first.split("/", 1)[0]
    if _KEY_NAME.fullmatch(head) is not None or first.isdigit():
        # key=key=value (a key's value naming another: "to=list=example.org@", undecided),
        # a plain value then "/" and a key ("C=US/emailAddress="), or a number
        return -1
    return offset


def _return_path_start(text: str, start: int, at: int) -> int:
    """Where an address whose local part ``text[start:at]`` follows an ``=`` starts.

    Elsewhere "=" joins a key to the address after it (``from=jane@example.org``,
    ``user=a+b@example.org``): the address starts at ``start``. A return path that a mail
    system rewrote runs on over "=": from a sender rewriting tag (``SRS0=``, ``SRS1=``,
    ``prvs=``, ``btv1=``; see :data:`_RETURN_TAG`), or, for a VERP address, from the part
    before the last "=" when that holds a "+" and the part after it is a domain
    (``owner-list+jane=example.org@lists.example.net``). The local part stays within 64
    characters.
    """
    lo = max(0, at - 64)
    run = start - 1
    while run > lo and text[run - 1] in _RETURN_CHARS:
        run -= 1
    tag = _RETURN_TAG.search(text, run, start)
    if tag is not None:
        return tag.start()
    part = text.rfind("=", run, start - 1) + 1 or run
    if (
        part < start - 1
        and text[part].isalnum()
        and "+" in text[part : start - 1]
        and _VERP_DOMAIN.fullmatch(text, start, at) is not None
    ):
        return part
    return start


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
