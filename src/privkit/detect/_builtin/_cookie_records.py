# ruff: noqa: PLR2004 - record formats' lengths and depths
"""Cookie ids: values that are records (JSON, PHP-serialised, signed, packed), read as fields."""

from __future__ import annotations

import base64
import binascii
import json
import re
import urllib.parse
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

from privkit.detect._builtin._common import (
    _LOWER_WORD,
    _scrambled,
    _word_shaped,
    _wordy,
)
from privkit.detect._builtin._cookie_names import (
    _ID_KEY,
    _documented,
    _id_key,
)

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


_CONSENT_ID = re.compile(r"id[\"']?(?::|=|%3A|%3D)", re.IGNORECASE)


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


# A key naming the id of a piece of the site, not of the visitor: a page's, a post's, a
# product's, a template's, a branding set's ("pageId", "brandingSetId", "product_id" in a
# cookie that keeps the page's rendering context). Every visitor of that page holds the same.
_CONTENT_ID_KEY = re.compile(
    r"(?i:(?:page|post|article|product|item|category|template|theme|layout|branding|schema"
    r"|form|banner|widget|component|content|menu|section)(?:[_\-]?set)?[_\-]?ids?)"
)


# A key naming a CSRF token or the per-session secret tokens are made from ("csrfSecret",
# "csrfToken", "_csrf", "xsrf-token"): by the HTTP sets' rule 13 and H222's decision 6 a
# CSRF token is an id of the session it was issued for, and so is its secret (the "csrf"
# package draws one per session and keeps it in the session's record).
_CSRF_KEY = re.compile(r"(?i:[a-z0-9_\-.]{0,24}?[cx]srf[_\-.]?(?:token|secret|key)?)")


def _json_ids(node: object, *, under_id: bool = False, things: bool = False) -> Iterator[str]:
    """The identifier values of parsed JSON, in document order.

    A string, or a number of six digits or more, is an identifier under a key that names
    one (:data:`_ID_KEY`); inside an object held by such a key (``"vid": {"expires": ...,
    "value": "P2J..."}``), the ``value`` or ``id`` is; so is the ``value`` or ``val`` of a
    name/value record whose ``name`` names one (``{"name": "atuserid", "val": "75f6..."}``).
    A bare ``id`` of a record that is one of several in a list (``things``) names the thing
    listed, not the visitor; a key that names a piece of the site (:data:`_CONTENT_ID_KEY`:
    ``pageId``) names no visitor either. A key naming a CSRF token or its secret
    (:data:`_CSRF_KEY`: ``{"csrfSecret": "<random>"}``) holds the session's id.
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
            (
                _id_key(key)
                and not (things and key.lower() == "id")
                and _CONTENT_ID_KEY.fullmatch(key) is None
            )
            or ("srf" in key.lower() and _CSRF_KEY.fullmatch(key) is not None)
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
        try:  # (readable words allow a few bytes that are no text: one past ASCII is binary)
            text = raw.decode("ascii").strip()
        except UnicodeDecodeError:
            return False
        if _BLOB.fullmatch(text) and next(_blob_ids(text, text, lambda _v: False), None):
            return False
    return True


# An encrypted envelope in JSON: Laravel's cookies are base64 of {"iv": ..., "value": ...,
# "mac": ...}, the value the encrypted session id or CSRF token.
_SEALED = re.compile(rb'"(?:iv|mac|tag|nonce)"\s{0,4}:')


_PRINTABLE_RUN = re.compile(rb"[\x20-\x7e]{4,}")


_ID_NAMED = re.compile(
    rb"(?i)(?:id|uid|user|session|sid|token|guid|uuid|mail|public[_\-]?key|pubkey)"
    rb"(?:[\"']?\s{0,2}[=:]|\t)"  # "uid=", "sid": ; or a tab-separated "user_guid\t<id>"
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


# A longer record packed in binary: 24 bytes or more, two in five of them zero or more, and
# no run of more than 8 bytes without a zero (fixed-width fields of flags, counts and times,
# 64 bits at most, left mostly empty: a 97-byte record holding two Unix times among 75 zero
# bytes, a 29-byte one with 12). Random bytes hold a zero one time in 256; an id packed with
# its time and counters (mod_unique_id's 18 bytes, 7 zero) is shorter, and an id of 96 bits
# or more among zeros (a UUID's 16 bytes) is a longer run.
_PACKED_LONG = 24
_PACKED_FIELD = 8


# A compressed payload in a base64 value: zlib's header (0x78, then a byte that makes the
# pair a multiple of 31) a few bytes in (Lotame's "_cc_aud" writes a length first), or gzip's
# magic at the start ("H4sI..."). Inflated to 4,096 bytes at most.
_INFLATE_MAX = 4096


_ZLIB_LOOK = 4


def _packed_record(raw: bytes) -> bool:
    """Whether decoded bytes are almost all zero (:data:`_PACKED_MAX_SET`, :data:`_PACKED_LONG`)."""
    zeros = raw.count(0)
    if len(raw) >= 12 and len(raw) - zeros <= _PACKED_MAX_SET:
        return True
    return (
        len(raw) >= _PACKED_LONG
        and zeros * 5 >= len(raw) * 2
        and max(map(len, raw.split(b"\0"))) <= _PACKED_FIELD
    )


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


# A protocol-buffer message in a base64 value (Google's consent cookie ``SOCS``, YouTube's
# ``VISITOR_PRIVACY_METADATA``): tagged fields of field number 1 to 64, varints (wire type
# 0) and length-delimited bytes (2), nested messages read to three levels. A settings record
# holds small numbers (a time in milliseconds at most, below 2**42) and short text that is a
# setting (a country, a language, a build's label); a random id read as such a message would
# need every tag, length and varint to fall right, and a 64-bit random number is above 2**42
# but one time in four million.
_PROTO_FIELDS = 64
_PROTO_DEPTH = 3
_PROTO_NUMBER_MAX = 1 << 42
_PROTO_SHORTEST = 9  # bytes: twelve base64 characters


def _varint(raw: bytes, at: int) -> tuple[int, int] | None:
    """The varint at ``at`` and where it ends, or None (cut short, or over ten bytes)."""
    value = shift = 0
    for i in range(at, min(len(raw), at + 10)):
        value |= (raw[i] & 0x7F) << shift
        if raw[i] < 0x80:
            return value, i + 1
        shift += 7
    return None


def _protobuf_texts(raw: bytes, depth: int = 0) -> list[bytes] | None:
    """The byte strings of a protocol-buffer message that reads whole, or None.

    Nested messages give their own strings; a varint above :data:`_PROTO_NUMBER_MAX`, a
    fixed-width field (wire types 1 and 5, room for random bits) or bytes left over make it
    no settings record.
    """
    texts: list[bytes] = []
    at = 0
    while at < len(raw):
        tag = _varint(raw, at)
        if tag is None or not 1 <= tag[0] >> 3 <= _PROTO_FIELDS:
            return None
        wire, at = tag[0] & 7, tag[1]
        item = _varint(raw, at)
        if item is None or wire not in (0, 2):
            return None
        number, at = item
        if wire == 0:
            if number >= _PROTO_NUMBER_MAX:
                return None
            continue
        if at + number > len(raw):
            return None
        body, at = raw[at : at + number], at + number
        inner = _protobuf_texts(body, depth + 1) if body and depth < _PROTO_DEPTH else None
        texts.extend([body] if inner is None else inner)
    return texts if raw else None


def _protobuf_setting(raw: bytes, trivial: Callable[[str], bool]) -> bool:
    """Whether decoded bytes are a protocol-buffer record of settings (:func:`_protobuf_texts`).

    Every string in it is printable text that ``trivial`` reads as a setting (a country
    code, a language, a build's label: ``gws_20230810-0_RC2``); a string that is no setting
    (YouTube's ``__Secure-YEC`` holds the visitor's id) makes it an id's record.
    """
    if len(raw) < _PROTO_SHORTEST:
        return False
    texts = _protobuf_texts(raw)
    if texts is None:
        return False
    for text in texts:
        try:
            plain = text.decode("ascii")
        except UnicodeDecodeError:
            return False
        if plain and (not plain.isprintable() or not trivial(plain)):
            return False
    return True
