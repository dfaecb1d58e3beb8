# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""Cookie ids: which cookie values are persistent identifiers."""

from __future__ import annotations

import base64
import binascii
import bisect
import functools
import itertools
import json
import re
import string
import urllib.parse
import zlib
from typing import TYPE_CHECKING

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterator

from privkit.detect._builtin._common import (
    _ANY_DIGIT,
    _LOWER_WORD,
    _NAME_CHARS,
    _UUID_RX,
    _W3C_COOKIE_FIELDS,
    _W3C_SESSION_FIELDS,
    _compound_word,
    _json_segment,
    _no_entropy,
    _nv_in,
    _scrambled,
    _w3c_evidence,
    _w3c_in,
    _word_shaped,
    _wordy,
)

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


# A number and a word label after it: a time or a counter marked as new or repeat
# ("1453461139980-New", "3-visit").
_NUMBER_LABEL = re.compile(r"([0-9]{1,13})[\-_:|.]([A-Za-z]{2,12})")


# An upper-case word and a short counter ("SERV149", "WEB03", "NODE2"): the name of the
# backend or instance that served the page, one of a few shared by every visitor routed there.
# A longer number ("USER1234567") or letters after the number are not a counter.
_CAPS_COUNTER = re.compile(r"[A-Z]{3,7}[0-9]{1,3}")


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
