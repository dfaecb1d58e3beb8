# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""Cookie ids: value shapes that are no identifier (counters, stamps, settings, fillers)."""

from __future__ import annotations

import bisect
import re
import string
import urllib.parse

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


def _compact_date(digits: str) -> bool:
    """Whether eight digits read as a calendar date ``YYYYMMDD`` (1970-2099)."""
    if len(digits) != 8 or digits[:2] not in ("19", "20") or digits[:4] < "1970":
        return False
    return "01" <= digits[4:6] <= "12" and "01" <= digits[6:] <= "31"


# A build's or release's label: a name, then a date written compactly, then a short suffix
# ("gws_20230810-0_RC2", "web-20240112.03").
_DATED_LABEL = re.compile(r"[A-Za-z][A-Za-z_.-]{0,31}?(?<![0-9])([0-9]{8})(?![0-9])[\w.-]{0,16}")


def _dated_label(text: str) -> bool:
    """Whether a text is a build's or release's label (:data:`_DATED_LABEL`)."""
    m = _DATED_LABEL.fullmatch(text)
    return m is not None and _compact_date(m.group(1))


def _epoch_like(digits: str) -> bool:
    """Whether a run of digits reads as a Unix time in seconds or milliseconds (2001-2038)."""
    if len(digits) == 13:
        digits = digits[:10]
    return len(digits) == 10 and "1000000000" <= digits <= "2147483647"


# A Unix time written as the base64 of its four big-endian bytes: six characters of the
# standard or URL-safe alphabet, maybe padded with "==" (Yahoo's consent record writes its
# time so: "g=Z7HctQ"). The sixth character must leave the unused low bits zero, as an
# encoder writes it (one of "A", "Q", "g", "w"): of random six-character values about one
# in sixty reads as such a time, against one in four without that test.
_BASE64_TIME = re.compile(r"[A-Za-z0-9+/_\-]{5}[AQgw](?:==)?")
_BASE64_DIGITS = {
    c: i for i, c in enumerate(string.ascii_uppercase + string.ascii_lowercase + string.digits)
} | {"+": 62, "/": 63, "-": 62, "_": 63}


def _base64_time(value: str) -> bool:
    """Whether a value is a Unix time (2001-2038) written as base64 (:data:`_BASE64_TIME`)."""
    if len(value) not in (6, 8) or _BASE64_TIME.fullmatch(value) is None:
        return False
    bits = 0
    for c in value[:6]:
        bits = bits * 64 + _BASE64_DIGITS[c]
    return _epoch_like(str(bits >> 4))


def _other_time(value: str) -> bool:
    """Whether a value is a Unix time written otherwise than as its digits alone.

    After one separator that is not a digit (``_1496444397``, ``-1496444397``: a visit's or
    session's expiry in a record), or as base64 of its bytes (:func:`_base64_time`).
    """
    if value[:1] in ("_", "-") and value[1:].isdigit():
        return _epoch_like(value[1:])
    return len(value) <= 8 and _base64_time(value)


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
#: The longest item number of a history of times (:func:`_numbers_only`).
_HISTORY_ITEM = 6


# A number and a word label after it: a time or a counter marked as new or repeat
# ("1453461139980-New", "3-visit"); a short value may follow the label, as in a setting
# written with its expiry time ("1748406500.ygu.1": until when, which setting, its value).
_NUMBER_LABEL = re.compile(r"([0-9]{1,13})[\-_:|.]([A-Za-z]{2,12})(?:[\-_:|.][0-9A-Za-z]{1,3})?")


# An upper-case word and a short counter ("SERV149", "WEB03", "NODE2"): the name of the
# backend or instance that served the page, one of a few shared by every visitor routed there.
# A longer number ("USER1234567") or letters after the number are not a counter.
_CAPS_COUNTER = re.compile(r"[A-Z]{3,7}[0-9]{1,3}")


# A backend's host name and its instance number, in lower case ("flexocentral-q910-4",
# "bender19-6", "p3plamfosv1-05": the server a balancer's cookie keeps the client on): a
# name of letters (two digits at most), up to two short groups, then a one- or two-digit
# instance. One of a few shared by every client routed there, not a browser's id.
_BACKEND_NAME = re.compile(r"([a-z][a-z0-9]{2,15})(?:-[a-z0-9]{1,5}){0,2}-[0-9]{1,2}")


# The words of a TLS cipher suite's name as OpenSSL and IANA write them
# ("ECDHE-RSA-AES256-GCM-SHA384", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"):
# a CDN echoes the suite a connection used in a cookie of its own (Akamai's
# "AK_TLS_CIPHER_NAME"). The name is the server's and the protocol's, the same for every
# browser that negotiates it: a setting, not an identifier.
_CIPHER_WORDS = frozenset(
    "TLS SSL WITH ECDHE DHE EDH ECDH RSA ECDSA DSS PSK ANON AES AES128 AES256 128 256 GCM CCM "
    "CBC CBC3 8 CHACHA20 POLY1305 3DES DES EDE RC4 CAMELLIA CAMELLIA128 CAMELLIA256 ARIA "
    "ARIA128 ARIA256 SHA SHA1 SHA256 SHA384 MD5".split()
)
_CIPHERS = frozenset("AES AES128 AES256 CHACHA20 3DES DES RC4 CAMELLIA CAMELLIA128 CAMELLIA256 "
                     "ARIA ARIA128 ARIA256".split())  # fmt: skip
_CIPHER_SPLIT = re.compile(r"[-_]")


def _cipher_suite(value: str) -> bool:
    """Whether a value is a TLS cipher suite's name (:data:`_CIPHER_WORDS`).

    Three words or more of that vocabulary, one of them a cipher (:data:`_CIPHERS`).
    """
    if len(value) > 64 or not value[:1].isupper():
        return False
    words = _CIPHER_SPLIT.split(value)
    return (
        len(words) >= 3
        and all(w in _CIPHER_WORDS for w in words)
        and any(w in _CIPHERS for w in words)
    )


def _backend_name(value: str) -> bool:
    """Whether a cookie value is a backend's host name and instance (:data:`_BACKEND_NAME`)."""
    m = _BACKEND_NAME.fullmatch(value)
    return m is not None and sum(c.isdigit() for c in m.group(1)) <= 2


# A Windows security identifier that is the same on every machine: LocalSystem ("S-1-5-18"),
# the built-in groups ("S-1-5-32-544"), services ("S-1-5-80-<hash>"), Everyone ("S-1-1-0").
# An account's SID ("S-1-5-21-<domain>-<rid>") identifies an account and is left as it is.
_WELL_KNOWN_SID = re.compile(r"S-1-(?!5-21-)[0-9]{1,3}(?:-[0-9]{1,10}){1,6}")


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


# URL-safe base64's two letters, as the standard alphabet writes them.
_URL_SAFE = str.maketrans("-_", "+/")


def _underscore_padded(value: str) -> tuple[str, int]:
    """A base64 value as the standard alphabet writes it, and the fewest characters to decode.

    URL-safe base64 padded with underscores instead of ``=`` (Wix's ``ZXhjbHVkZWQ_``) is
    rewritten with ``=`` and decoded from eight characters (the padding marks encoded text);
    any other value is returned as it is, with twelve.
    """
    if value[-1:] == "_" and len(value) % 4 == 0:
        body = value.rstrip("_")
        if len(value) - len(body) <= 2:  # base64 pads with two at most
            return body.translate(_URL_SAFE) + "=" * (len(value) - len(body)), 8
    return value, 12


# F5 BIG-IP's persistence cookie value, written whatever the cookie is named: the pool
# member's IPv4 address and port as little-endian decimals ("1677787402.36895.0000"), a route
# domain's "rd<n>o00000000000000000000ffff<hex address>o<port>", an IPv6 member's
# "vi<32 hex>.<port>" or "rd<n>o<32 hex>o<port>". It names a server, not a browser.
_F5_MEMBER = re.compile(
    r"[0-9]{6,10}\.[0-9]{1,5}\.0000|rd[0-9]{1,5}o[0-9a-f]{32}o[0-9]{1,5}|vi[0-9a-f]{32}\.[0-9]{1,5}"
)


_F5_FIRST = frozenset("0123456789rv")


# Citrix NetScaler's persistence cookie value, written whatever the cookie is named: eight
# "f"s, then the service's address and its port, encrypted, in 32 or 36 hex digits
# ("ffffffff090a8e0845525d5f4f58455e445a4a423660"). It names the server the balancer keeps
# the client on, not a browser; a random value opens with eight "f"s once in four billion.
_NETSCALER_MEMBER = re.compile(r"ffffffff[0-9a-f]{32}(?:[0-9a-f]{4})?")


# A site's hash, then counts and a time, joined by dots (Google Analytics' session state
# "__utmb=255837392.1.10.1568465140": the domain's hash, pages seen, a counter, when the
# session started; HubSpot's "__hssc=128002579.1.1613227880360"): the hash is the site's,
# the same for every visitor; the rest counts and dates. Three fields or more; one time, last
# (a record with a second long number, "__utma"'s visitor number, is no such record).
_HASH_COUNTS = re.compile(r"[0-9]{6,10}(?:\.[0-9]{1,5}){1,4}\.([0-9]{10}|[0-9]{13})")


# A balancer's server number: "R" and the number of the real server it keeps the client on,
# nine or ten digits (a 32-bit number), as Cisco's ACE and CSS balancers insert it
# ("ACE_<site>=R810863739"; a pair of cookies "start=R118851658", "startBAK=R3415748110" for
# the server and its backup). One letter before a bare number: a random id is written with
# letters and digits mixed, or as a number alone. Under a name that names an id
# ("..._user_cookie=R4100558963") it is that id.
_SERVER_NUMBER = re.compile(r"R[0-9]{9,10}")


def _server_number(value: str) -> bool:
    """Whether a cookie value is a balancer's server number (:data:`_SERVER_NUMBER`)."""
    return _SERVER_NUMBER.fullmatch(value) is not None


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


def _hash_counts(value: str) -> bool:
    """Whether a cookie value is a site's hash, then counts and a time (:data:`_HASH_COUNTS`)."""
    m = _HASH_COUNTS.fullmatch(value)
    return m is not None and _epoch_like(m.group(1))


# A visitor's address and the time of its first visit, joined by a dot, as Apache's
# mod_usertrack and ad servers build a browser's id ("Apache=192.0.2.17.1701234567890123",
# "adhese2=198.51.100.4.1504447757305"): its four short numbers and a time, but the browser's id.
_ADDRESS_TIME = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\.){4}[0-9]{10,20}")


# A Unix time in seconds, a dot and ten digits: no fraction of a second (nanoseconds take
# nine digits), so the time and a number drawn beside it (niconico's "nicosid").
_TIME_DRAW = re.compile(r"([0-9]{10})\.([0-9]{10})")


def _time_and_draw(value: str) -> bool:
    """Whether a value is a Unix time and a random ten-digit number after a dot.

    ``1628299959.2144286437``: the second number read as a time is years away from the
    first, and not a whole number of minutes away, as a lifetime or an expiry set in
    minutes, hours or days would be ("<created>.<expires>" stays a record of two times).
    """
    m = _TIME_DRAW.fullmatch(value)
    if m is None or not _epoch_like(m.group(1)):
        return False
    first, second = int(m.group(1)), int(m.group(2))
    if not _epoch_like(m.group(2)):
        return second > 0 and m.group(2)[0] != "0"  # a number no time could be
    apart = abs(second - first)
    return apart > 366 * 86400 and apart % 60 != 0


# A Unix time in seconds, "|" or ".", then a draw of eight to 64 letters and digits in both
# cases (Wix's "XSRF-TOKEN=1697313924|opmmeNFFGFlx"): a token minted at that time with a
# random nonce. A draw of letters alone reads as words to the value rules
# (:func:`_trivial`'s word grammar); after a time under a name that names an id it is the
# nonce. Words written in capitals ("DarkModeOn", "darkMode") are none.
_STAMPED_DRAW = re.compile(
    r"([0-9]{10})[|.](?=[A-Za-z0-9]{0,63}[A-Z])(?=[A-Za-z0-9]{0,63}[a-z])([A-Za-z0-9]{8,64})"
)
_CAPITAL_WORDS = re.compile(r"[a-z]{0,12}(?:[A-Z][a-z]{1,12}){1,5}")


def _stamped_draw(value: str) -> bool:
    """Whether a value is a Unix time and a random draw in both cases (:data:`_STAMPED_DRAW`)."""
    m = _STAMPED_DRAW.fullmatch(value)
    return (
        m is not None and _epoch_like(m.group(1)) and _CAPITAL_WORDS.fullmatch(m.group(2)) is None
    )


# A decoded record whose every field is base64 again, joined by "&", "|", ":" or "--"
# (Pinterest's "_pinterest_sess" decodes to "Mg==&<128 characters>&<28 characters>": a
# version, a ciphertext and a signature). The runs and the separators share no character.
_ENCODED_FIELDS = re.compile(
    rb"[A-Za-z0-9+/]{2,4096}+={0,2}+(?:(?:[&|:]|--)[A-Za-z0-9+/]{2,4096}+={0,2}+){1,8}+"
)
_RANDOM_FIELD = re.compile(rb"[A-Za-z0-9+/]{32,4096}+")


def _encoded_fields(raw: bytes) -> bool:
    """Whether decoded bytes are a record of base64 fields, one of them 24 random bytes or more.

    Such a record holds encrypted or signed data, not readable settings: the lower-case runs
    a long base64 field holds by chance are no words (:func:`_readable_record`'s test).
    """
    if _ENCODED_FIELDS.fullmatch(raw) is None:
        return False
    return any(
        any(c in b"0123456789" for c in m) and m.lower() != m and m.upper() != m
        for m in _RANDOM_FIELD.findall(raw)
    )


def _numbers_only(value: str) -> bool:
    """Whether a run of numbers (:data:`_NUMBER_RUN`) holds only short numbers, times, dates.

    ("3/20230729/0": a step, the day it was shown, a count.) A visitor's address and a time
    after it (:data:`_ADDRESS_TIME`) is an id, not such a run, nor a time and a number drawn
    beside it (:func:`_time_and_draw`).
    """
    if _ADDRESS_TIME.fullmatch(value) is not None or _time_and_draw(value):
        return False
    counted = _TIME_COUNTER.fullmatch(value)
    if counted is not None:  # "1613315158b43": a time and a counter
        return _epoch_like(counted.group(1))
    value = value.rstrip(":|@&,_/-$")  # "3$1613228710:35.49656035::": trailing separators
    if "." in value:
        value = _FRACTION_IN.sub("0", value)
    if _NUMBER_RUN.fullmatch(value) is None:
        return False
    numbers = [n for n in _NUMBER_SEP.split(value) if n]
    times = sum(1 for n in numbers if _epoch_like(n) or _compact_date(n))
    # A history: an item's number (an ad zone's, a page's: six digits at most) with two times
    # or more ("146300:1389625757,1390000070", when an ad zone was seen): what the browser
    # saw and when. A visitor's number is longer ("__utma"'s nine digits), and a number with
    # one time may be a user's with a login time: neither is such a history.
    short = _HISTORY_ITEM if times >= 2 else 5  # two times make a history
    return all(len(n) <= short or _epoch_like(n) or _compact_date(n) for n in numbers)


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
# "{$PARTNER_UID}", "{{uid}}", "$UID", "%%USER_ID%%", "__UID__", "[UID]", "_wfivefivec_"; and
# the name in angle brackets that a recorder's filter writes where it took a value out
# ("<SESSION_ID>", "<set_cookie_dsc>": VCR's ``filter_sensitive_data``, Polly's and nock's
# scrubbers): words of letters, each with at most three digits after it ("<TOKEN_2>"), joined
# by "_", "-", "." or ":", which no random value is.
_PLACEHOLDER_FIRST = frozenset("${%_[<")


_TEMPLATE = re.compile(
    r"\$\{[^{}]{1,64}\}|\{\$?[A-Za-z_][\w.]{0,63}\}|\{\{[^{}]{1,64}\}\}|\$[A-Z][A-Z0-9_]{1,63}"
    r"|%%[A-Za-z_][\w]{0,63}%%|__[A-Za-z][\w]{0,60}__|\[[A-Z][A-Z0-9_ ]{1,63}\]|_[a-z]{3,40}_"
    r"|<_?[A-Za-z]{1,32}[0-9]{0,3}(?:[_.:-]{1,2}[A-Za-z]{1,32}[0-9]{0,3}){0,7}>"
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


# Two or three groups of four or five letters and digits, each group holding both, joined
# by one separator ("w1rmt_w9su3", "86go5-4rc40"): random characters written in groups. By
# shape alone they pass for short codes (:func:`_short_codes`); under a name that names an
# id they are its value (:meth:`CookieDetector._named_spans`).
_MIXED_GROUP = r"(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{4,5}"
_MIXED_GROUPS = re.compile(rf"{_MIXED_GROUP}(?:[_\-~]{_MIXED_GROUP}){{1,2}}")


# A short value of two or three groups of letters and digits joined by "-" or "_" ("AV78X-IQ",
# Yahoo's 30-minute session cookie): by shape a short code, a version, a date or a bucket.
# Under a name that names a session or an id it is the session's random value when it
# holds seven letters and digits or more, one group mixes letters and digits, and no group
# is a word of three lower-case letters or more (:func:`_short_grouped_id`). Each group is a
# run of one class between separators: one way to split a value, linear.
_SHORT_GROUPED = re.compile(r"[A-Za-z0-9]{1,16}(?:[_\-][A-Za-z0-9]{1,16}){1,2}")
_MIXED_PIECE = re.compile(r"(?=[A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,16}")
_LOWER_WORD = re.compile(r"[a-z]{3,16}")
_GROUP_SEPARATOR = re.compile(r"[_\-]")
_SHORT_GROUPED_MIN = 7  # letters and digits: "en-US", "v2-b", "ab-12" are codes


def _short_grouped_id(value: str) -> bool:
    """Whether a short grouped value (:data:`_SHORT_GROUPED`) has an id's random material.

    Seven letters and digits or more, one group mixing both (a code's letters and a
    number's digits stand apart: "2024-01-05", "en-US", "variant-B"), no group a
    lower-case word ("control-12", "v2-beta"). (The caller tests randomness.)
    """
    if len(value) > 50 or _SHORT_GROUPED.fullmatch(value) is None:
        return False
    groups = _GROUP_SEPARATOR.split(value)
    if sum(len(g) for g in groups) < _SHORT_GROUPED_MIN:
        return False
    if any(_LOWER_WORD.fullmatch(g) for g in groups):
        return False
    return any(_MIXED_PIECE.fullmatch(g) for g in groups)


# Punctuation that separates no list's items nor a name's words: brackets, quotes and marks
# an encoder's alphabet uses as digits.
_ALPHABET_MARKS = frozenset("()[]<>'`!*^$#@")
# What a field, a record, an encoded or a JSON value holds: such a value is read as one.
_RECORD_MARKS = frozenset(' =&:%"{},;\\')


def _wide_alphabet(value: str) -> bool:
    """Whether a value is a number written in an alphabet of letters, digits and punctuation.

    Bilibili's ``rpdid=|(kR~u|Y)Jlm'~uk`` writes the browser's id in such an alphabet: 16
    to 128 printable ASCII characters, punctuation one character in five or more, and two
    kinds of it or more that separate no items (:data:`_ALPHABET_MARKS`: brackets, quotes).
    By shape it reads as a list of short codes split at its marks; under a name that names
    an id it is the id (:meth:`CookieDetector._named_id`). A value with a field's, record's,
    encoded or JSON mark (:data:`_RECORD_MARKS`) is read as one, and a list written with
    separators only ("3-1rh7|7QO.0.1") stays short codes.
    """
    if not 16 <= len(value) <= 128 or not value.isascii() or not value.isprintable():
        return False
    marks = [c for c in value if not c.isalnum()]
    return (
        len(marks) * 5 >= len(value)
        and not any(c in _RECORD_MARKS for c in marks)
        and len(_ALPHABET_MARKS.intersection(marks)) >= 2
        and any(c.isalpha() for c in value)
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


def _template_field(value: str) -> bool:
    """Whether a value is a template field or a recorder's placeholder (:data:`_TEMPLATE`).

    "${GDPR}", "<SESSION_ID>", percent-encoded or not.
    """
    return value[:1] in _PLACEHOLDER_FIRST and _TEMPLATE.fullmatch(_unquoted(value)) is not None


def _filler(value: str) -> bool:
    """Whether a value holds no identifier, whatever its length.

    An unfilled template field ("${GDPR}", "{$PARTNER_UID}"), also after a short label
    ("uid:_wfivefivec_"), a string of flags ("10111111111111") or short codes
    (:func:`_short_codes`).
    """
    if _template_field(value):
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


_NUL = re.compile("\x00")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint-or-nested ``spans``."""
    i = bisect.bisect_left(spans, (end, end))
    return any(a < end and start < b for a, b in spans[max(0, i - 8) : i])


# A server's host name with the port or instance number it serves from
# ("mc-sm17.websys.aol.com/13769", "node3.pool.example.net:8080").
_SERVED_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9\-]{0,62}\.){2,20}[A-Za-z]{2,63}[/:][0-9]{1,6}")


def _served_host(value: str) -> bool:
    """Whether a cookie value is a server's host name and port (:data:`_SERVED_HOST`).

    It says where the browser is served, not who it is.
    """
    return value[-1:].isdigit() and "." in value and _SERVED_HOST.fullmatch(value) is not None
