# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""Cookie ids: which cookie values are persistent identifiers."""

from __future__ import annotations

import base64
import binascii
import bisect
import itertools
import re
import string
import urllib.parse
from typing import TYPE_CHECKING, ClassVar

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
    with_tag,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Generator, Iterator

from privkit.detect._builtin._common import (
    _ANY_DIGIT,
    _CONSONANT_RUN,
    _NAME_CHARS,
    _UUID,
    _UUID_RX,
    _W3C_COOKIE_FIELDS,
    _W3C_SESSION_FIELDS,
    _WORD_NUMBER,
    _compound_word,
    _json_segment,
    _no_entropy,
    _nv_in,
    _scrambled,
    _typed_count,
    _typed_stand_in,
    _w3c_evidence,
    _w3c_in,
    _word_shaped,
    _wordy,
)
from privkit.detect._builtin._cookie_names import (
    _COOKIE_NAME,
    _ID_KEY,
    ADDRESS_ID_NAMES,
    SESSION_VALUE_NAMES,
    _id_key,
    _id_number_name,
    _name_words,
    _names_ids,
    _not_id_name,
    _setting_cookie,
    _sibling_signature,
    _signature_key,
    _signs_record,
    _time_cookie,
    _time_key,
)
from privkit.detect._builtin._cookie_records import (
    _BLOB,
    _SEALED,
    _SIGNED_RECORD,
    _blob,
    _blob_ids,
    _bracket_end,
    _consent_record,
    _empty_signed_record,
    _inflated,
    _packed_record,
    _protobuf_setting,
    _readable_record,
    _unsigned_setting,
)
from privkit.detect._builtin._cookie_values import (
    _BASE64_VALUE,
    _CAPS_COUNTER,
    _F5_FIRST,
    _F5_MEMBER,
    _GA_CLIENT_ID,
    _HOST_END,
    _HOST_NAME,
    _LINK_SCHEME_WITHIN,
    _LIST_VALUE,
    _MIXED_GROUPS,
    _NETSCALER_MEMBER,
    _NUL,
    _NUMBER_LABEL,
    _NUMBER_LIST,
    _SETTING_FIRST,
    _SETTING_VALUE,
    _SPACE,
    _TOKEN_ITEMS,
    _TOKEN_KEYED,
    _TOKEN_LABEL,
    _TOKEN_MARKS,
    _TRIVIAL,
    _TYPED_ITEMS,
    _URL_SAFE,
    _WELL_KNOWN_SID,
    _backend_name,
    _cipher_suite,
    _client_id_shape,
    _compact_date,
    _counter_record,
    _dated_label,
    _encoded_fields,
    _epoch_like,
    _filler,
    _hash_counts,
    _lifetime,
    _link_value,
    _numbers_only,
    _other_time,
    _overlaps,
    _served_host,
    _server_number,
    _short_grouped_id,
    _signed_on,
    _stamp,
    _stamped_draw,
    _template_field,
    _token_list,
    _underscore_padded,
    _unquoted,
    _wide_alphabet,
    _written_at,
)

_COOKIE_ATTRS = frozenset(
    "path domain expires max-age samesite secure httponly version comment priority partitioned"
    .split()
)  # fmt: skip


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


# A short id written in lower-case base 36 (Atlassian's "X-ASESSIONID: 1x4zq9"): five to
# fifteen letters and digits.
_SHORT_ID = re.compile(r"[a-z0-9]{5,15}")


def _short_session_id(value: str) -> bool:
    """Whether a short value under a header named for a session id is the id (no word).

    A cookie's value of five letters, or of six to fifteen that read as a word, is no id
    (:meth:`CookieDetector._trivial`: "theme=light"); a header named for a session id
    carries an id, and a server's short ids are base 36 (:data:`_SHORT_ID`). Such a value is
    the id when it holds letters and digits both and is no word with a number
    (:data:`_WORD_NUMBER`: "test1", "user7"), or when its letters hold a run of four
    consonants (:data:`_CONSONANT_RUN`: "qxbrt"), which a word of five to fifteen letters
    holds only in "length", "strength", "angstrom" and a few more. A number alone is judged
    as before (a few digits are a counter), and so is a value without randomness
    (:func:`_no_entropy`) or one that is a word of the placeholders (:data:`_TRIVIAL`).
    """
    if _SHORT_ID.fullmatch(value) is None or value.isdigit() or value in _TRIVIAL:
        return False
    if _no_entropy(value):
        return False
    if value.isalpha():
        return _CONSONANT_RUN.search(value) is not None
    return _WORD_NUMBER.fullmatch(value) is None


# An IPv4 address in a text, its four numbers each below 256 (a cheap test of the text first).
_DOTTED_QUAD = re.compile(r"(?<![0-9.])[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9])")
# The address inside a value: at its start or after a separator, and at its end or before one
# that is no dot (an address with more numbers after a dot is not read as one).
_ADDRESS_IN_VALUE = re.compile(
    r"(?:^|(?<=[-_.|:]))(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
    r"(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}(?=[-_|:]|$)"
)
_ADDRESS_ID_REST = 6  # alphanumerics of an id besides the address


def _address_built(value: str) -> bool:
    """Whether an id value is built from the client's address and more id material.

    comScore's ``UID=21210511-198.51.100.57-1398221543`` and WebTrends' ``195.51.100.7-
    1700000000.123456`` glue a number or a time to the visitor's address: the whole value is
    the id, the address one piece of it. The address must be delimited by a separator or the
    value's ends, with six letters or digits besides it (a value that is the address alone,
    or an address and a port, is no such id).
    """
    if value.count(".") < 3 or len(value) > 256:
        return False
    m = _ADDRESS_IN_VALUE.search(value)
    if m is None:
        return False
    rest = value[: m.start()] + value[m.end() :]
    return sum(c.isalnum() for c in rest) >= _ADDRESS_ID_REST


class CookieDetector(PatternDetector):
    """Cookie identifiers: values in ``Cookie:``/``Set-Cookie:`` headers and analytics cookies.

    The finding covers the value, not the cookie name. Short or trivial values
    (``theme=dark``, ``lang=en``) and ``Set-Cookie`` attributes are not reported.
    """

    entity = EntityType.COOKIE_ID
    name = "cookie"
    # (and the id headers' words, below: the prefilter's pass tells whether they occur)
    scan_literals: ClassVar[tuple[str, ...]] = ('"name"', "'name'", "value", "#fields:", "sessionid", "session-id",
                     "session_id", "visitorid", "visitor-id", "visitor_id", "browserid",
                     "browser-id", "browser_id", "anonymousid", "anonymous-id",
                     "anonymous_id", "csrf", "xsrf", "user-id", "userid")  # fmt: skip
    patterns = (
        Pattern("cookie_header", r"(?:http_)?cookie[s2]?[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?P<body>[^\r\n]{1,16384})",
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
            if "utmcc=" in state.text:
                found += self._cookie_copies(state.text, found)
        if state.present(self._ID_HEADER_WORDS):
            found += self._id_headers(state.text)
            found += self._id_header_objects(state)
        if state.present(self._JAR_WORDS):
            found += self._jar_pairs(state, found)
        if found and (
            any(n in state.text for n in ADDRESS_ID_NAMES) or _DOTTED_QUAD.search(state.text)
        ):
            found = self._address_ids(state.text, found)
        yield from found
        if found:
            yield from self._echoes(state.text, found)

    @staticmethod
    def _address_ids(text: str, found: list[Finding]) -> list[Finding]:
        """Score a visitor id built from the client's address above that address.

        ``WEBTRENDS_ID=195.51.100.7-1700000000.123456`` is one id (:data:`ADDRESS_ID_NAMES`):
        scored as the address, the address won the overlap and the rest of the id was left in
        clear. So is any value judged an id that carries an address between other id
        material (:func:`_address_built`: comScore's ``UID=21210511-198.51.100.57-1398221543``).
        The whole value of such a cookie (the finding right after its ``name=``) is scored
        1.0 and tagged ``address_id``; at a tie the longer finding wins.
        """
        out = []
        for f in found:
            if text[f.start - 1 : f.start] == "=" and (
                any(
                    (at := f.start - 1 - len(n)) >= 0
                    and text.startswith(n, at)
                    and (at == 0 or text[at - 1] not in _NAME_CHARS)
                    for n in ADDRESS_ID_NAMES
                )
                or _address_built(text[f.start : f.end])
            ):
                f = Finding(f.entity_type, f.start, f.end, 1.0, f.detector,  # noqa: PLW2901
                            with_tag(f.evidence, "address_id"), f.field)  # fmt: skip
            out.append(f)
        return out

    # A header line named for a session, visitor or browser id ("TNS_SESSIONID: <id>",
    # "X-Session-Id: <id>", "X-Visitor-ID: <id>"): a service echoes the id of its cookie in a
    # header of its own. A vendor may glue one letter of its own onto "session" as Java's
    # servlets write "JSESSIONID" ("X-ASESSIONID: <id>", the session id Atlassian's servers
    # send with every response): the same session id. Two letters or more glued there make
    # another word ("obsession", "possession"). Request, trace and correlation ids are other
    # words. A header named for a CSRF token ("X-CSRF-Token", "X-XSRF-TOKEN",
    # "CSRFPreventionToken") carries the token a service issued for one session, as its
    # cookie does ("csrftoken", "XSRF-TOKEN"): the same id (the token detector leaves it, as
    # no credential). A header named for a user's id ("X-User-Id", "X-Zendesk-User-Id",
    # written with hyphens as a header's name is: "user_id: 3" is a YAML key) carries the
    # signed-in account's id, a number of any length too.
    _ID_HEADER_WORDS = scan_literals[4:]
    _ID_HEADER_NAME = (
        r"(?:(?P<session>(?:[A-Za-z0-9]{1,24}[-_]){0,4}"
        r"(?:[A-Za-z]?session|visitor|browser|anonymous)[-_]?id)"
        r"|(?:[A-Za-z0-9]{1,24}[-_]){0,3}[A-Za-z0-9]{0,24}(?:csrf|xsrf)[A-Za-z0-9]{0,24}"
        r"(?:[-_][A-Za-z0-9]{1,24}){0,3}"
        r"|(?P<user>(?:[A-Za-z0-9]{1,24}-){1,4}user-?id|user-id))"
    )
    _ID_HEADER_VALUE = r"(?P<value>[^\s\"',;\\]{1,4096})"
    # The header as a line ("Name: value"), as recorded traffic writes it: a JSON or a
    # program's member, its value alone or a list of one ('"X-Session-Id": "<id>"',
    # '"X-Session-Id": ["<id>"]'), or a YAML cassette's list of one ("X-Session-Id:\n- <id>").
    # (A HAR's {"name": ..., "value": ...} object: :meth:`_id_header_objects`.) Written so,
    # the name is a header's only with a hyphen in it: a JSON log record's "session_id" or
    # "sessionId" field is the record's (a database's or a firewall's session, as a line's
    # "session_id=" is).
    _ID_HEADER_FORMS = tuple(
        re.compile(form.replace("NAME", name).replace("VALUE", value), re.IGNORECASE | re.MULTILINE)
        for form, name, value in (
            (r"^[ \t]{0,8}NAME[ \t]{0,3}:[ \t]{0,3}VALUE[ \t\r]*$", _ID_HEADER_NAME, _ID_HEADER_VALUE),
            (r"(?P<q>[\"'])NAME(?P=q)[ \t]{0,3}:[ \t]{0,3}\[?[ \t]{0,3}(?P<vq>[\"'])VALUE(?P=vq)",
             _ID_HEADER_NAME, _ID_HEADER_VALUE),
            (r"^[ \t]{0,12}NAME:[ \t]*\r?\n[ \t]{0,12}-[ \t]{1,3}(?P<yq>[\"']?)VALUE(?P=yq)[ \t\r]*$",
             _ID_HEADER_NAME, _ID_HEADER_VALUE),
        )
    )  # fmt: skip
    _ID_HEADER_NAME_RX = re.compile(_ID_HEADER_NAME, re.IGNORECASE)
    _ID_HEADER_VALUE_RX = re.compile(_ID_HEADER_VALUE)

    _ID_HEADER_MIN = 5  # characters of an id under a session's, visitor's or token's header
    # A user's number under a header named for a user's id ("X-Zendesk-User-Id: 2"): the
    # service's number of the signed-in account, any length but no zero alone.
    _USER_NUMBER = re.compile(r"0*[1-9][0-9]{0,19}")

    # A header named for a token's parameter or name ("X-CSRF-Param", Rails' "csrf-param"
    # written as a header, "X-Csrf-Header-Name"): its value names the form field or header
    # that carries the token, the same on every page, not the token.
    _NAMES_A_NAME = re.compile(r"(?i)[-_](?:param|parameter|name|field)[ \t]{0,3}:")

    def _id_headers(self, text: str) -> Iterator[Finding]:
        """The values of header lines named for a session, visitor, browser id or CSRF token.

        The value is judged as a cookie's value (:meth:`_trivial`): a word, a placeholder or a
        number of a few digits is none; under a header named for a session, visitor, browser
        or anonymous id, a short value of base 36 that reads as no word is the id
        (:func:`_short_session_id`); under one named for a user's id, so is a number of any
        length (:attr:`_USER_NUMBER`). A header named for the token's parameter or name
        (:attr:`_NAMES_A_NAME`) holds that name, no token.
        """
        evidence = Evidence(pattern="id_header")
        taken: list[tuple[int, int]] = []
        for i, form in enumerate(self._ID_HEADER_FORMS):
            for m in form.finditer(text):
                if self._NAMES_A_NAME.search(text, m.start(), m.start("value")) is not None:
                    continue  # "X-CSRF-Param: authenticity_token": the form field's name
                if i and "-" not in text[m.start() : m.start("value")]:
                    continue  # '"session_id": ...': a record's field, no header's name
                vs, ve = m.span("value")
                if self._id_header_value(m, text[vs:ve]) and not _overlaps(taken, vs, ve):
                    bisect.insort(taken, (vs, ve))
                    yield Finding(self.entity, vs, ve, 0.85, self.name, evidence)

    @classmethod
    def _id_header_value(cls, name: re.Match[str], value: str) -> bool:
        """Whether ``value`` is the id of the id header whose name ``name`` matched."""
        if name.group("user") and cls._USER_NUMBER.fullmatch(value):
            return True  # "X-Zendesk-User-Id: 2": the signed-in account's number
        if len(value) < cls._ID_HEADER_MIN:
            return False
        named = name.group("session") or name.group("user")
        return not cls._trivial(value) or bool(named and _short_session_id(value))

    def _id_header_objects(self, state: ScanState) -> Iterator[Finding]:
        """The id headers a HAR writes as ``{"name": "X-Session-Id", "value": "<id>"}``."""
        evidence = Evidence(pattern="id_header")
        text = state.text
        for name, start, end, cookie in _nv_in(state):
            m = None if cookie or "-" not in name else self._ID_HEADER_NAME_RX.fullmatch(name)
            if m is None or self._NAMES_A_NAME.search(name + ":") is not None:
                continue
            value = text[start:end]
            if self._ID_HEADER_VALUE_RX.fullmatch(value) and self._id_header_value(m, value):
                yield Finding(self.entity, start, end, 0.85, self.name, evidence)

    # Cookie pairs that no header names: a Netscape cookie file's lines (curl's and wget's
    # "cookies.txt": "<domain>\t<TRUE|FALSE>\t<path>\t<TRUE|FALSE>\t<expiry>\t<name>\t
    # <value>", a "#HttpOnly_" prefix on HTTP-only cookies), curl's "-b"/"--cookie" argument
    # ("curl -b 'sid=<id>; lang=en' https://..."), and a mapping of cookie names to values
    # in a program or a configuration ("cookies = {'sid': '<id>'}", Ruby's and PHP's
    # "'sid' => '<id>'", a JSON "cookies": {...}).
    _JAR_WORDS = ("\ttrue\t", "\tfalse\t", "curl", "cookie")
    scan_literals = (*scan_literals, *_JAR_WORDS[:3])
    _NETSCAPE_LINE = re.compile(
        r"^(?:#HttpOnly_)?[^\s#][^\t\r\n]{0,253}\t(?:TRUE|FALSE|true|false)\t[^\t\r\n]{1,1024}"
        r"\t(?:TRUE|FALSE|true|false)\t-?[0-9]{1,20}\t(?P<name>[^\t\r\n]{1,256})"
        r"\t(?P<value>[^\t\r\n]{1,4096})\r?$",
        re.MULTILINE,
    )
    # curl's option and its argument, quoted or bare; an argument without "=" is a file
    # curl reads cookies from (a jar), no pair.
    _CURL_COOKIE = re.compile(
        r"(?:^|(?<=[\s\[,]))(?:-b|--cookie)(?:[ \t]+|=)"
        r"(?:'(?P<sq>[^'\r\n]{1,16384})'|\"(?P<dq>[^\"\r\n]{1,16384})\"|(?P<bare>[^\s'\"]{1,16384}))"
    )
    _CURL = re.compile(r"(?<![\w.\-])curl(?:\.exe)?(?![\w.\-])")
    # A mapping under a name or key saying cookies ("cookies = {", "COOKIE_DICT={",
    # "\"cookies\": {", "cookies: {", ":cookies => {"), its items quoted strings (a bare key
    # as JavaScript writes one) mapped to quoted strings with ":", "=>" or "=".
    _COOKIE_MAP = re.compile(
        r"(?i)(?<![\w\-])cookies?(?:_?[a-z0-9]{1,16})?[\"']?[ \t]{0,3}(?::|=>|=)[ \t]{0,3}"
        r"(?:dict\(|array\()?[{\[(][ \t]{0,3}(?=[\r\n\"'A-Za-z_$])"
    )
    _MAP_ITEM = re.compile(
        r"[\s,]*(?:(?P<q>[\"'])(?P<qkey>[^\"'\\\r\n]{1,256})(?P=q)|(?P<key>[A-Za-z_$][\w$]{0,255}))"
        r"[ \t]*(?::|=>|=)[ \t]*(?P<vq>[\"'])(?P<value>(?:(?!(?P=vq))[^\\\r\n]|\\.){0,4096})(?P=vq)"
        r"[ \t]*(?:#[^\r\n]*|//[^\r\n]*)?"
    )
    _MAP_END = re.compile(r"[\s,]*[}\])]")
    # One cookie set by a call or an assignment of a program: PHP's "setcookie('sid', '<id>'",
    # Python's "set_cookie(", "cookies.set(", Selenium's positional "add_cookie(", Java's
    # "new Cookie(", Express's "res.cookie(", Ruby's "cookies['sid'] = '<id>'", and Python's
    # requests writing a jar's cookie as "<Cookie sid=<id> for .example.com/>".
    _COOKIE_CALL = re.compile(
        r"(?i)(?:(?<![\w$])(?:set_?cookie|add_?cookie|(?:cookies|cookie_?jar|jar)\.(?:set|add)"
        r"|new[ \t]+(?:[\w.]{1,64}\.)?cookie|(?:res|resp|response|ctx|c)\.cookie)[ \t]*\([ \t]*"
        r"|(?<![\w$])cookies[ \t]*\[[ \t]*:?(?=[\w\"']))"
        r"(?P<q>[\"']?)(?P<name>[^\"'\\\s,\]]{1,256})(?P=q)"
        r"[ \t]*(?:,|\][ \t]*=)[ \t]*(?P<vq>[\"'])(?P<value>(?:(?!(?P=vq))[^\\\r\n]|\\.){1,4096})(?P=vq)"
        r"|<Cookie (?P<jname>[^=\s<>]{1,256})=(?P<jvalue>[^\s<>]{1,4096}) for [^\s<>]{0,256}>"
    )
    _MAP_SIZE = 16384  # characters of a mapping read
    # Keys of a cookie object (a HAR's or a browser extension's), not a mapping of names.
    _OBJECT_KEYS = frozenset({"name", "value"})

    def _jar_pairs(self, state: ScanState, found: list[Finding]) -> list[Finding]:
        """Cookie findings of the pairs no header names (:attr:`_JAR_WORDS`).

        Each pair is judged as a pair of a ``Cookie`` header is (:meth:`_pairs` for curl's
        argument, :meth:`_cookie_pair` for a jar's line, a mapping's item and a call's
        cookie). A span another finding holds is left.
        """
        text = state.text
        taken = sorted((f.start, f.end) for f in found)
        out: list[Finding] = []
        pieces: list[tuple[str, int, str, str]] = []  # (name, value's start, value, evidence)
        if state.present(self._JAR_WORDS[:2]):
            pieces += [
                (m.group("name"), m.start("value"), m.group("value"), "cookie_jar")
                for m in self._NETSCAPE_LINE.finditer(text)
            ]
        if state.present(("cookie",)):
            pieces += self._mapped_pairs(text)
            pieces += self._called_pairs(text)
        if state.present(("curl",)):
            for f in self._curl_pairs(text):
                if not _overlaps(taken, f.start, f.end):
                    bisect.insort(taken, (f.start, f.end))
                    out.append(f)
        score = self.patterns[0].score
        for name, at, value, pattern in pieces:
            evidence = Evidence(pattern=pattern)
            for fs, fe in self._cookie_pair(name, value):
                if not _overlaps(taken, at + fs, at + fe):
                    bisect.insort(taken, (at + fs, at + fe))
                    out.append(Finding(self.entity, at + fs, at + fe, score, self.name, evidence))
        return out

    def _curl_pairs(self, text: str) -> Iterator[Finding]:
        """The cookie findings of curl's ``-b``/``--cookie`` arguments (:attr:`_CURL_COOKIE`).

        The option is read on a ``curl`` command: after ``curl`` on its line or on the lines
        that continue that line (a line ending in a backslash, ``^`` or a backtick); an
        argument without ``=`` names a file curl reads cookies from. Each command is read
        once, from its ``curl`` to its end, so the text is read once.
        """
        evidence = Evidence(pattern="curl_cookie")
        done = 0
        for cm in self._CURL.finditer(text):
            if cm.start() < done:
                continue  # "curl" inside a command read already
            done = self._command_end(text, cm.end())
            for m in self._CURL_COOKIE.finditer(text, cm.end(), done):
                kind = m.lastgroup or "bare"
                if "=" not in m.group(kind):
                    continue
                for f in self._pairs(
                    text, m.start(kind), m.end(kind), self.patterns[0], is_set=False
                ):
                    yield Finding(
                        f.entity_type, f.start, f.end, f.score, f.detector, evidence, f.field
                    )

    @staticmethod
    def _command_end(text: str, pos: int) -> int:
        """Where the command line going on at ``pos`` ends (its continued lines read)."""
        while True:
            end = text.find("\n", pos)
            if end < 0:
                return len(text)
            last = end - 1 if end > pos and text[end - 1] == "\r" else end
            if last <= pos or text[last - 1] not in "\\^`":
                return end
            pos = end + 1

    @classmethod
    def _cookie_pair(cls, name: str, value: str) -> Iterator[tuple[int, int]]:
        """The id spans of one cookie's ``name`` and ``value`` outside a header.

        The name rules of a header's pair (:meth:`_pairs`: an attribute, a name that never
        holds an id, a consent record, a time cookie), then :meth:`_named_spans`.
        """
        value = value.strip()
        if (
            not value
            or name.lower() in _COOKIE_ATTRS
            or _not_id_name(name, value)
            or _consent_record(name, value)
            or _time_cookie(name, value)
        ):
            return
        yield from cls._named_spans(name, value)

    @classmethod
    def _mapped_pairs(cls, text: str) -> list[tuple[str, int, str, str]]:
        """The items of each mapping of cookie names to values (:attr:`_COOKIE_MAP`).

        The items run while one follows another (:attr:`_MAP_ITEM`) up to the mapping's
        close; a mapping with a ``name`` and a ``value`` key is a cookie object (read as one
        elsewhere), no mapping of names.
        """
        out: list[tuple[str, int, str, str]] = []
        for m in cls._COOKIE_MAP.finditer(text):
            pos, stop = m.end(), min(len(text), m.end() + cls._MAP_SIZE)
            items: list[tuple[str, int, str, str]] = []
            while (im := cls._MAP_ITEM.match(text, pos, stop)) is not None:
                key = im.group("qkey") or im.group("key")
                items.append((key, im.start("value"), im.group("value"), "cookie_map"))
                pos = im.end()
            keys = {k.lower() for k, _, _, _ in items}
            if items and cls._MAP_END.match(text, pos, stop) and not keys >= cls._OBJECT_KEYS:
                out += items
        return out

    @classmethod
    def _called_pairs(cls, text: str) -> list[tuple[str, int, str, str]]:
        """The cookie of each call or assignment that sets one (:attr:`_COOKIE_CALL`)."""
        out: list[tuple[str, int, str, str]] = []
        for m in cls._COOKIE_CALL.finditer(text):
            n, v = ("name", "value") if m.group("name") is not None else ("jname", "jvalue")
            if n == "name" and not m.group("q") and "[" not in m.group():
                continue  # a call's variable, not a name written out
            out.append((m.group(n), m.start(v), m.group(v), "cookie_call"))
        return out

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

    # Google Analytics' Urchin beacon (``__utm.gif``) copies the page's GA cookies into its
    # query, percent-encoded: ``utmcc=__utma%3D<hash>.<visitor>.<times>.<n>%3B%2B__utmz%3D...``.
    _COOKIE_COPY = re.compile(r"[?&]utmcc=([^&\s\"'#<>]{1,4096})")
    _COPIED_PAIR = re.compile(r"([\w.\-]{1,64})=([^;]*)")

    def _cookie_copies(self, text: str, found: list[Finding]) -> list[Finding]:
        """The ids among the cookies a beacon's query copies (:attr:`_COOKIE_COPY`).

        Each copied ``name=value`` pair (the query value decoded, pairs joined by ``;`` and
        ``+``) is judged as the same pair of a ``Cookie`` header is (:meth:`_named_spans`):
        ``__utma``'s value is the visitor's cookie wherever it is written; a campaign record
        (``__utmz``) is judged by its fields. A span another finding holds is left.
        """
        taken = sorted((f.start, f.end) for f in found)
        out: list[Finding] = []
        evidence = Evidence(pattern="cookie_copy")
        for m in self._COOKIE_COPY.finditer(text):
            raw, base = m.group(1), m.start(1)
            plain, pos = urllib.parse.unquote(raw), 0
            for pm in self._COPIED_PAIR.finditer(plain):
                name, value = pm.group(1), pm.group(2).strip(" +")
                if not value or _not_id_name(name, value) or _time_cookie(name, value):
                    continue
                for fs, fe in self._named_spans(name, value):
                    at, end = _written_at(raw, value[fs:fe], pos)
                    if at < 0 or _overlaps(taken, base + at, base + end):
                        continue
                    pos = end
                    bisect.insort(taken, (base + at, base + end))
                    out.append(
                        Finding(self.entity, base + at, base + end, 0.8, self.name, evidence)
                    )
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
    _SIGNED_HEAD = re.compile(r"([^|:&%\s]{10,4096})(?=\||%7[Cc]|:|&)")
    # A field's name and its id joined by "~" (Everest's "everest_g_v2=g_surferid~<id>").
    _NAMED_TAIL = re.compile(r"[A-Za-z_]{1,32}~([A-Za-z0-9_\-]{10,128})")
    _ECHO_VALUES = 64  # the first distinct values of a text whose echoes are searched
    _PCT = re.compile(r"%[0-9A-Fa-f]{2}")

    def _echoes(self, text: str, found: list[Finding]) -> Iterator[Finding]:
        """The same identifiers written elsewhere in the same text.

        A browser's id set by one response is sent back in the next request's URL (a
        tracker's redirect ``Location: ...&m=<id>``, an analytics hit's ``fid=<s_fid>``, a
        cookie-sync pixel): once a cookie value is an identifier, each other place the text
        writes it as a key's value (after ``=`` or ``:``, as is or percent-encoded) and as a
        whole token (not inside a longer run of letters and digits; an encoded ``%26``
        after it counts as a separator) is that identifier too, and so is a value in quotes
        after a key (``ETag: "<id>"``) and a whole segment of a URL's path
        (:meth:`_path_segment`).
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
            if head is not None and head.group(1).isdigit() and _epoch_like(head.group(1)):
                head = None  # "<time>|<nonce>": the time is written elsewhere as a time
            if head is None and (tail := self._NAMED_TAIL.fullmatch(text, f.start, f.end)):
                head = tail  # "g_surferid~<id>": the id after its field's name is echoed
            for value in (text[f.start : f.end], *(() if head is None else (head.group(1),))):
                key = (value, lo)
                if key in values or per_text.get(lo, 0) >= self._ECHO_VALUES:
                    continue  # each search reads the whole text: a bounded number keeps it linear
                per_text[lo] = per_text.get(lo, 0) + 1
                values[key] = nuls[i] if i < len(nuls) else len(text)
        evidence = Evidence(pattern="cookie_echo")
        yield from self._encoded_echoes(text, values, taken)
        for (value, lo), hi in values.items():
            at = text.find(value, lo, hi)
            while at >= 0:
                stop = at + len(value)
                if (
                    at not in starts
                    and (self._keyed(text, at, lo) or self._path_segment(text, at, stop, lo, hi))
                    and self._token_edges(text, at, stop, lo, hi)
                    and not _overlaps(taken, at, stop)
                ):
                    bisect.insort(taken, (at, stop))
                    yield Finding(self.entity, at, stop, 0.8, self.name, evidence)
                at = text.find(value, stop, hi)

    # An id written again inside a base64 token of the same text: a service packs the
    # browser's cookie id into a token of its own (Apple's sign-in header "scnt: AAAA-<...>"
    # is base64 of a length, the "aasp" cookie's value, "|", a time and a signature). The
    # token is that id too. Only ids of :attr:`_ENCODED_ECHO_MIN` characters or more (their
    # base64 is 24 characters or more, no chance repeat) and the first
    # :attr:`_ENCODED_ECHO_VALUES` of a text are searched, three searches each (the value at
    # each of base64's three byte offsets); a value of letters, digits and the marks ids
    # use encodes to letters and digits only, the same in base64's standard and URL-safe
    # alphabets (a value holding "~", "?", ">" or other characters is not searched).
    _ENCODED_ECHO_MIN = 20
    _ENCODED_ECHO_VALUES = 16
    _ENCODED_ECHO_CHARS = re.compile(r"[A-Za-z0-9\-_.|:+/=%]+")
    _BASE64_CHARS = frozenset(string.ascii_letters + string.digits + "+/-_")
    _BASE64_RUN = 8192  # characters read each way from an encoded echo to its token's ends

    def _encoded_echoes(
        self, text: str, values: dict[tuple[str, int], int], taken: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """The base64 tokens that hold an id of the text, encoded (see above).

        Each encoded run found starts at a boundary of the token's four-character groups;
        the token is a key's value (:meth:`_keyed`) and a whole token (a base64 run between
        other characters, at most :attr:`_BASE64_RUN` characters each way, padding kept).
        """
        evidence = Evidence(pattern="cookie_encoded_echo")
        per_text: dict[int, int] = {}
        for (value, lo), hi in values.items():
            if (
                len(value) < self._ENCODED_ECHO_MIN
                or per_text.get(lo, 0) >= self._ENCODED_ECHO_VALUES
                or self._ENCODED_ECHO_CHARS.fullmatch(value) is None
            ):
                continue
            per_text[lo] = per_text.get(lo, 0) + 1
            raw = value.encode("ascii")
            for k in range(3):
                encoded = base64.b64encode(b"\0" * k + raw)
                core = encoded[4 if k else 0 : 4 * ((k + len(raw)) // 3)].decode("ascii")
                at = text.find(core, lo, hi)
                while at >= 0:
                    f = self._base64_token(text, (at, at + len(core)), (lo, hi), taken)
                    if f is not None:
                        bisect.insort(taken, f)
                        yield Finding(self.entity, f[0], f[1], 0.8, self.name, evidence)
                    at = text.find(core, at + len(core), hi)

    def _base64_token(
        self,
        text: str,
        found: tuple[int, int],
        bounds: tuple[int, int],
        taken: list[tuple[int, int]],
    ) -> tuple[int, int] | None:
        """The keyed base64 token around the encoded run ``found``, or None (see above).

        ``bounds``: the start and end of the run's text (texts joined by NUL are read apart).
        """
        (at, end), (lo, hi) = found, bounds
        chars = self._BASE64_CHARS
        start, floor = at, max(lo, at - self._BASE64_RUN)
        while start > floor and text[start - 1] in chars:
            start -= 1
        stop, ceiling = end, min(hi, end + self._BASE64_RUN)
        while stop < ceiling and text[stop] in chars:
            stop += 1
        while stop < ceiling and stop - end < 2 and text[stop] == "=":
            stop += 1  # padding
        if (
            (start == floor and start > lo)
            or (stop == ceiling and stop < hi)
            or (at - start) % 4
            or not self._keyed(text, start, lo)
            or not self._token_edges(text, start, stop, lo, hi)
            or (stop < hi and text[stop] == ".")  # a segment of a JWT or a signed record
            or _overlaps(taken, start, stop)
        ):
            return None
        return start, stop

    @classmethod
    def _keyed(cls, text: str, start: int, lo: int) -> bool:
        """Whether a value at ``start`` is a key's value.

        It follows ``=``, ``:`` (a header's ``Name: `` too) or ``%3D``/``%3A``, also
        after an opening quote (``ETag: "<id>"``, JSON's ``"uid": "<id>"``).
        """
        if start - 1 > lo and text[start - 1] in "\"'":
            start -= 1  # a quoted value ('ETag: "<id>"', "uid='<id>'")
        back = start
        while back > lo and start - back < 3 and text[back - 1] in " \t":
            back -= 1
        if back > lo and (text[back - 1] == ":" or (back == start and text[back - 1] == "=")):
            return True
        return start - 3 >= lo and text[start - 3 : start].upper() in ("%3D", "%3A")

    _PATH_END = frozenset("/?#;")

    @classmethod
    def _path_segment(cls, text: str, start: int, end: int, lo: int, hi: int) -> bool:
        """Whether ``text[start:end]`` is one whole segment of a URL's path.

        A server that keeps a browser's id writes it into the path of the URLs it sends the
        browser to (``/lclst/<id>/ls.html``, ``/sync/<partner>/<their id>/<id>``): the
        segment is that id (between ``/`` and ``/``, ``?``, ``#``, ``;``, a space, a line's
        end or the text's end).
        """
        if start <= lo or text[start - 1] != "/":
            return False
        return end == hi or text[end] in cls._PATH_END or text[end].isspace()

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
                if (
                    low in _COOKIE_ATTRS
                    or _not_id_name(name, value)
                    or _consent_record(name, value)
                ):
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
                    or _not_id_name(name, value)
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
                if (
                    m.start() >= done
                    and (
                        m.start() == 0
                        or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
                    )
                    and not self._query_key(text, m.start())
                ):
                    done = yield from self._header(text, m, header[0])
        for pattern, rx, not_after, back in rest:
            if pattern.prefilter and not state.present(pattern.prefilter):
                continue
            for start, end in state.spans(rx, not_after, lowercase=pattern.lowercase, back=back):
                found = self._judge(text, start, end, pattern, state)
                if found is not None:
                    yield found

    @staticmethod
    def _query_key(text: str, start: int) -> bool:
        """Whether the ``cookie`` at ``start`` is a key of a URL's query, not a header.

        After ``?`` or ``&`` and followed at once by ``=`` (``...&cookie=&_=1496444246485
        HTTP/1.1``: a JSONP call's parameters), the word names a query parameter: its value
        runs to the next ``&`` and is judged as any query value is, and what follows is
        more of the URL, not cookie pairs. (The word may be "cookies" or "cookie2".)
        """
        end = start + 6 + (text[start + 6 : start + 7] in ("s", "2"))
        return start > 0 and text[start - 1] in "?&" and text[end : end + 1] == "="

    def _header(
        self, text: str, m: re.Match[str], pattern: Pattern
    ) -> Generator[Finding, None, int]:
        """The findings of one ``Cookie:``/``Set-Cookie:`` header; returns where it ends."""
        is_set = text[max(0, m.start() - 4) : m.start()].lower() == "set-"
        pos, stop = m.start("body"), m.end()
        if text[pos:stop].lstrip(" \t").startswith("- "):
            return (yield from self._yaml_items(text, pos, pattern, is_set=is_set))
        if not is_set or text[pos : pos + 1] != "[":
            if text[pos - 1 : pos] == "'" and (close := text.find("'", pos, stop)) >= 0:
                stop = close  # "'HTTP_COOKIE': 'a=1; b=2', ...": a program's string ends it
            if is_set:
                yield from self._set_cookies(text, pos, stop, pattern)
            else:
                yield from self._pairs(text, pos, stop, pattern, is_set=False)
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

    def _set_cookies(self, text: str, pos: int, stop: int, pattern: Pattern) -> Iterator[Finding]:
        """The cookie findings of one ``Set-Cookie`` value, each folded cookie's too.

        A client that keeps a response's headers in a mapping stores repeated ``Set-Cookie``
        headers as one value joined with ``, `` (Python's requests and its caches, Java's
        ``HttpURLConnection``): ``a=1; Path=/; Secure, b=2; Max-Age=60``. Each piece before a
        comma followed by ``<name>=`` is one cookie with its attributes (an ``Expires`` date's
        comma is followed by a day number and a space). One pass over the value.
        """
        for fold in self._SET_FOLD.finditer(text, pos, stop):
            yield from self._pairs(text, pos, fold.start(), pattern, is_set=True)
            pos = fold.end()
        yield from self._pairs(text, pos, stop, pattern, is_set=True)

    # The comma between two folded Set-Cookie headers: then the next cookie's name and "=".
    _SET_FOLD = re.compile(r",[ \t]*+(?=[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}+=)")

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
                and self._FOLDED.fullmatch(text, pos, pm.start()) is None
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
            if (
                name.lower() in _COOKIE_ATTRS
                or _not_id_name(name, value)
                or _consent_record(name, value)
            ):
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

    # A flag attribute and a comma between two pairs of a Cookie header ("QualysSession=<id>;
    # secure, DWRSESSIONID=<id>"): a recorder wrote response cookies folded into one line, as
    # HTTP folds repeated headers with commas; the pair after the comma is another cookie.
    _FOLDED = re.compile(r"[ \t]*(?i:secure|httponly|partitioned)[ \t]*,[ \t]*")

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
                    text[name_start - 1 : name_start] in ("?", "&")
                    and self._in_server_timing(text, name_start)
                )
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
            if (
                (text[start] in "{[%j" and _blob(text[start:end]) is not None)
                or text.count(text[start], start, end) == end - start
                or (
                    "1234567890" in text[start:end]
                    and (_typed_stand_in(text[start:end]) or _typed_count(text[start:end]))
                )
                or text[start:end].lower() in _TRIVIAL
            ):
                # a structured value, not an identifier; one character repeated: a value the
                # system masked before writing it, "sessionid=" then asterisks; a test
                # suite's stand-in on the typed digits ("sessionid=web-1234567890="); or a
                # placeholder word, as a Cookie header's value is judged: the value a server
                # writes to expire a cookie ("__cf_bm=deleted; Max-Age=0"), "undefined"
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
    # (Not agent.py's _ESCAPED_BREAK: any "\\r" or "\\n" ends a value, no header line needed.)
    _ESCAPED_BREAK = re.compile(r"\\[rn]")

    # A Server-Timing header's metric description written as a query (Cloudflare's
    # 'cfL4;desc="?proto=TCP&rtt=36523&...&cid=6143a730689510c2&ts=412"'): the server's
    # figures for one TCP connection (its round-trip time, bytes, the connection's id), not
    # a URL a client asked for nor a cookie; no key in it names a browser.
    _SERVER_TIMING = re.compile(r"(?i)server-timing")
    _TIMING_LOOK_BACK = 1024  # characters read back from a query key to the query's "?"
    _TIMING_NAME_BACK = 128  # characters read back from the "?" to the header's name

    @classmethod
    def _in_server_timing(cls, text: str, at: int) -> bool:
        """Whether the query whose key is at ``at`` is a Server-Timing header's description.

        The header's name is at most :attr:`_TIMING_NAME_BACK` characters before the query's
        ``?``: on its line ("Server-Timing: cfL4;desc=..."), on the line above as a cassette's
        YAML list writes it, or as a HAR's ``"name"`` before its ``"value"``.
        """
        q = text.rfind("?", max(0, at - cls._TIMING_LOOK_BACK), at)
        if q < 0:
            return False
        return cls._SERVER_TIMING.search(text, max(0, q - cls._TIMING_NAME_BACK), q) is not None

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
    # "/suid/1007?vk=", "/dsync/x?exid=", PulsePoint's "/bh/rtset?...&ev=").
    _SYNC_PATH = re.compile(
        r"(?i)(?:(?<!a)sync|setuid|getuid|rtset|cookie-?match|/match|/merge|piggyback|/\w{0,3}uid\b"
        r"|/cm\b)[^?\s]{0,64}\Z"
    )
    # Keys of a sync URL that name the partner's own side of the exchange (the publisher,
    # the site, the placement, the partner's account): "pubid=pub8006743166848" names who
    # sells the ad, not the browser.
    _PARTY_KEY = re.compile(
        r"(?:pub(?:lisher)?|site|zone|placement|account|acct|advertiser|adv|network|campaign"
        r"|seat|inventory|tag|slot|app|property|partner|dsp|ssp|bidder|org|supply|demand)"
        r"[_.\-]?(?:id|key|code|name|token)?"
    )
    # A Matomo (Piwik) tracker's hit ("/matomo.php?...&_id=<16 hex>"): its "_id" is the
    # visitor id the tracker keeps in the "_pk_id" cookie, sent with every hit.
    _TRACKER_PATH = re.compile(r"(?i)(?:piwik|matomo)\.php\Z")
    _TRACKER_ID = re.compile(r"[0-9A-Fa-f]{16}")
    _SYNC_LOOK_BACK = 160  # characters of the path read back from its "?"
    _USER_MIN = 12  # characters of an id under a query's one-letter "u"

    _QUERY_LOOK_BACK = 4096  # characters read back from a query key to its URL's "?"
    # An id strong enough to be taken under any key of a sync URL: a UUID, 16 hex digits or
    # more, 15 digits or more, or 12 characters or more of letters and digits mixed.
    _OPAQUE = re.compile(
        _UUID + r"|[0-9A-Fa-f]{16,128}|[0-9]{15,40}"
        r"|(?=[\w\-]{0,127}[0-9])(?=[\w\-]{0,127}[A-Za-z])[\w\-]{12,128}"
    )
    # A shorter id under a key of a sync URL: eight to eleven letters and digits holding a
    # digit, an upper-case and a lower-case letter and no word (:attr:`_SHORT_WORD`)
    # ("ev=sNRBJVP2NQM"): random material a code or a word with a number ("v2020abc",
    # "ABC123", "82Redirect") lacks.
    _SYNC_SHORT = re.compile(
        r"(?=[A-Za-z0-9]{0,10}[0-9])(?=[A-Za-z0-9]{0,10}[A-Z])(?=[A-Za-z0-9]{0,10}[a-z])"
        r"[A-Za-z0-9]{8,11}"
    )
    # Two or three random pieces joined by dots under a key of a sync URL
    # ("rtset?...&xid=DgtfWr0k.9JIX8s2sdCFFWkI"): each piece eight letters and digits or
    # more holding both, which a host name's labels ("com", "www", "server01": a word and a
    # number) and a version's numbers are not. Each piece ends at its dot: one way to split
    # a value.
    _DOTTED_PIECE = r"(?=[A-Za-z0-9]{0,63}[0-9])(?=[A-Za-z0-9]{0,63}[A-Za-z])[A-Za-z0-9]{8,64}"
    _DOTTED_DRAW = re.compile(rf"(?:{_DOTTED_PIECE}\.){{1,2}}{_DOTTED_PIECE}")
    # A word in a short value ("dpid=82Redirect"): a letter, then three lower-case letters.
    _SHORT_WORD = re.compile(r"[A-Za-z][a-z]{3}")

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
        an id (:attr:`_OPAQUE`, a shorter :attr:`_SYNC_SHORT`, random pieces joined by dots
        :attr:`_DOTTED_DRAW`) is the partner's id of the browser, unless the key names the
        partner's own side (:attr:`_PARTY_KEY`: a publisher, site or account id); so is such
        a value under a key of digits only in any URL (a partner's number in a cookie-matching
        map: ``dsp_user_mapping=true&127719=<id>``). A bare
        ``cid`` (client, customer, campaign or content) holds a client id only when it is
        twelve characters or more (Google Analytics' ``<random>.<time>``, AMP's, Bing's
        MUID are longer): a shorter value is an account code. Google Analytics' client id
        under such a key (:data:`_GA_CLIENT_ID`) is one even when both its numbers read as
        times, and so is it under a key naming a visitor id by ``_vid`` (AdSense's ``ga_vid``).
        A one-letter ``u`` (the user: an analytics beacon's ``ping?...&u=<id>``, a
        captcha's redirect ``...&u=<id>&s=<digest>``) holds an id when the value has an id's
        shape (:attr:`_OPAQUE`, :attr:`_USER_MIN` characters or more); any other value under
        it is read as under any other key (a link, a word or a short code is none).
        """
        if not cls._query_pair_at(text, name_start):
            return False
        key = text[name_start:eq].lower()
        if key == "vid":
            return _UUID_RX.fullmatch(value) is not None
        if key == "_id":  # a Matomo tracker hit's visitor id, only in such a hit
            return cls._TRACKER_ID.fullmatch(value) is not None and cls._path_is(
                text, name_start, cls._TRACKER_PATH
            )
        if len(value) < 8:
            return False
        if (
            key == "u"  # the user: "u=<id>" in a beacon's or a redirect's query
            and len(value) >= cls._USER_MIN
            and cls._OPAQUE.fullmatch(value) is not None
            and not cls._trivial(value)
        ):
            return True
        if _client_id_shape(value):
            return True
        if key == "cid" and len(value) < 12:
            return False  # an account or campaign code ("cid=8CUIG2452"), not a client id
        if _GA_CLIENT_ID.fullmatch(value) and (
            cls._CLIENT_ID_KEY.fullmatch(key) or key.endswith("_vid")
        ):
            # "cid=1611304118.1716249600": its random half often reads as a time; AdSense's
            # ad request copies the same client id as Analytics' visitor id ("ga_vid=")
            return True
        client_key = (not key.isascii() or key.endswith(cls._CLIENT_ID_ENDS)) and (
            cls._CLIENT_ID_KEY.fullmatch(text, name_start, eq) is not None
        )
        # an id's shape: opaque, or a short mixed id in a sync URL (not under a key of digits)
        shaped = (
            (len(value) >= 12 and cls._OPAQUE.fullmatch(value) is not None)
            or (
                not key.isdigit()
                and cls._SYNC_SHORT.fullmatch(value) is not None
                and cls._SHORT_WORD.search(value) is None
            )
            or (
                "." in value
                and cls._DOTTED_DRAW.fullmatch(value) is not None
                and not any(_WORD_NUMBER.fullmatch(p) for p in value.split("."))
            )
        )
        if not client_key and (
            not shaped
            or cls._PARTY_KEY.fullmatch(key) is not None
            or not (key.isdigit() or cls._sync_url(text, name_start))
        ):
            return False
        return not cls._trivial(value) and not _wordy(value)

    # A query whose pairs are joined by ";" (an older form HTML 4 recommended beside "&":
    # "mapuser?providerid=1062;cfp=1;userid=<id>"): a key after ";" is a query's key when the
    # URL's "?" is at most this far back, with no space, quote or angle bracket between.
    _SEMICOLON_QUERY_BACK = 1024

    @classmethod
    def _query_pair_at(cls, text: str, name_start: int) -> bool:
        """Whether the key at ``name_start`` opens a pair of a URL's query.

        After ``?`` or ``&``; or after ``;`` in a query that joins its pairs with ``;``
        (:attr:`_SEMICOLON_QUERY_BACK`): a ``Cookie`` header's "; " holds a space, and a
        path's ``;jsessionid=`` comes before any ``?``.
        """
        sep = text[name_start - 1 : name_start]
        if sep in ("?", "&"):
            return True
        if sep != ";":
            return False
        lo = max(0, name_start - cls._SEMICOLON_QUERY_BACK)
        q = text.rfind("?", lo, name_start)
        return q > 0 and _SPACE.search(text, q, name_start) is None

    @classmethod
    def _sync_url(cls, text: str, name_start: int) -> bool:
        """Whether the query key at ``name_start`` is in a cookie-sync URL (its path).

        The URL's ``?`` is at most :attr:`_QUERY_LOOK_BACK` characters back, with no space
        or line break between; the path's sync marker is in the
        :attr:`_SYNC_LOOK_BACK` characters before it.
        """
        return cls._path_is(text, name_start, cls._SYNC_PATH)

    @classmethod
    def _path_is(cls, text: str, name_start: int, marker: re.Pattern[str]) -> bool:
        """Whether the path of the URL whose query holds the key at ``name_start`` has ``marker``.

        The marker is searched in the path's last :attr:`_SYNC_LOOK_BACK` characters before
        its ``?`` (see :meth:`_sync_url`).
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
        if marker.search(text, start, q) is not None:
            return True
        host = cls._pseudo_authority(text, start) if text[start : start + 1] == "/" else None
        return host is not None and marker.search(host + text[start:q]) is not None

    # A request written as HTTP/2's pseudo-headers (a browser's or a recorder's dump:
    # ":authority: sync1.example.com", ":method: GET", ":path: /x?uid=<id>"): the URL's host
    # is on the ":authority" line of the same block (before or after the ":path" line, as
    # browsers order them), at most this far from the ":path" line.
    _PSEUDO_PATH = re.compile(r"[ \t]{0,8}:path:[ \t]{0,3}\Z")
    _PSEUDO_AUTHORITY = re.compile(
        r"(?m)^[ \t]{0,8}:authority:[ \t]{0,3}([^\s/?#]{1,253})[ \t]*\r?$"
    )
    _PSEUDO_BLOCK = 512
    # The last ":path" line read: (its text, the line's start, the host). Every key of one
    # query asks for the same line: it is read once (a tuple, replaced whole).
    _pseudo_last: ClassVar[tuple[str, int, str | None]] = ("", -1, None)

    @classmethod
    def _pseudo_authority(cls, text: str, path_start: int) -> str | None:
        """The host of the ":authority" pseudo-header of the ":path" line at ``path_start``.

        The path is a ":path" line's value (:attr:`_PSEUDO_PATH`) and the ":authority" line
        is within :attr:`_PSEUDO_BLOCK` characters before that line or after its end (a
        line longer than :attr:`_QUERY_LOOK_BACK` characters: before only), with no empty
        line between (one request's block).
        """
        line = text.rfind("\n", max(0, path_start - 16), path_start) + 1
        if cls._PSEUDO_PATH.fullmatch(text, line, path_start) is None:
            return None
        last = cls._pseudo_last
        if last[0] is text and last[1] == line:
            return last[2]
        end = text.find("\n", path_start, path_start + cls._QUERY_LOOK_BACK)
        host = None
        for m in cls._PSEUDO_AUTHORITY.finditer(text, max(0, line - cls._PSEUDO_BLOCK), line):
            if "\n\n" not in text[m.end() : line] and "\n\r\n" not in text[m.end() : line]:
                host = m.group(1)  # the nearest before the line
        if host is None and end >= 0:
            after = cls._PSEUDO_AUTHORITY.search(text, end, min(len(text), end + cls._PSEUDO_BLOCK))
            if after is not None and "\n\n" not in text[end : after.start()]:
                host = after.group(1)  # the first after it
        cls._pseudo_last = (text, line, host)
        return host

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
        (:data:`_NUMBER_LIST`: ``OGPC=19008076-1:``); a site's hash then counts and a time
        (:func:`_hash_counts`: ``__utmb=255837392.1.10.1568465140``); a link (:func:`_link_value`), which
        records a page; a list of items of one type (:data:`_TYPED_ITEMS`), a history of
        content; a balancer's server number (:func:`_server_number`: ``R810863739``). Each is
        an identifier under a name that names one (:data:`_ID_KEY`; for the list and the
        server number, :func:`_names_ids`).
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
                or _hash_counts(value)
            ):
                return True
            if linked and _link_value(plain):
                return True
        if value[:1] == "R" and _server_number(value):  # a balancer's server number
            return not _names_ids(name, _name_words(name))
        if "_" in value[:5] and not _names_ids(name, _name_words(name)):
            items = _unquoted(value) if "%" in value else value
            return _TYPED_ITEMS.fullmatch(items) is not None
        return False

    @classmethod
    def _named_spans(cls, name: str, value: str) -> Iterator[tuple[int, int]]:
        """:meth:`_spans` of a cookie's value, or its id field when the name is known.

        A value that is a setting under a name that names no id (:meth:`_setting_value`) has
        none; one that is an id by its name (:meth:`_named_id`) is one whole. Adobe's ``AMCV_`` cookie gives its visitor ids, not its settings
        (:meth:`_adobe_settings`).
        """
        if cls._setting_value(name, value) or _setting_cookie(name, value):
            return
        if cls._named_id(name, value):
            yield 0, len(value)
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

    @staticmethod
    def _named_id(name: str, value: str) -> bool:
        """Whether a value that reads as no id by its shape is one by its cookie's name.

        Two or three mixed groups of letters and digits (:data:`_MIXED_GROUPS`:
        ``kppid=w1rmt_w9su3``) under a name that names an id (:func:`_names_ids`) are random
        characters written in groups, not short codes, and so is a short grouped value with
        random material (:func:`_short_grouped_id`: ``GUCS=AV78X-IQ``) under such a name, a
        known session cookie's (:data:`_COOKIE_NAME`) or one of
        :data:`SESSION_VALUE_NAMES`; a number that reads as a Unix time
        under a name whose last word names an id and no word a time
        (:func:`_id_number_name`: ``pgv_pvid=1579199280``) is a random number or a first
        visit's time, either the browser's id. A number written in an alphabet of letters,
        digits and punctuation (:func:`_wide_alphabet`: ``rpdid=|(kR~u|Y)Jlm'~uk``) under
        such a name is the id too, not short codes split at its marks. A Unix time joined to
        a random draw of letters (:func:`_stamped_draw`: Wix's
        ``XSRF-TOKEN=1697313924|opmmeNFFGFlx``, a token minted at a time with a nonce) is the
        id under the names a short grouped value is. A value without
        randomness (:func:`_no_entropy`: "1234512345") and a template's or recorder's
        placeholder (:func:`_template_field`: "<SESSION_ID>") are none under any name.
        """
        if _no_entropy(value) or _template_field(value):
            return False
        if value.isdigit():
            return _epoch_like(value) and _id_number_name(_name_words(name))
        grouped = _MIXED_GROUPS.fullmatch(value) is not None or _wide_alphabet(value)
        if grouped and _names_ids(name, _name_words(name)):
            return True
        # a short grouped value with random material ("GUCS=AV78X-IQ") or a time and a
        # random draw ("XSRF-TOKEN=1697313924|opmmeNFFGFlx") under a session's or an id's
        # name: the session's value, not a code, version, date or bucket
        return (_short_grouped_id(value) or _stamped_draw(value)) and (
            name in SESSION_VALUE_NAMES
            or _COOKIE_NAME.fullmatch(name) is not None
            or _names_ids(name, _name_words(name))
        )

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
            elif not cls._trivial(bare) and not _wordy(bare) and not cls._encoded_setting(bare):
                yield 0, len(value)  # words in quotes ("%22traffic-summary-web%22") are words
        elif not cls._trivial(value) and not _wordy(value) and not cls._encoded_setting(value):
            yield 0, len(value)

    @classmethod
    def _encoded_setting(cls, value: str) -> bool:
        """Whether a base64 value decodes to readable text that is a setting, not an id.

        The value is read as written (:meth:`_base64_setting`) or, when it ends in ``0``,
        ``1`` or ``2``, as .NET's ``UrlTokenEncode`` writes base64: the padding left out and
        its count written as a last digit (MSN's ``PreferencesMsn=eyJ...fQ2`` is
        ``eyJ...fQ==``).
        """
        if cls._base64_setting(value):
            return True
        pad = value[-1:]
        return (
            pad in ("0", "1", "2")
            and len(value) >= 9
            and "=" not in value
            and (len(value) - 1 + int(pad)) % 4 == 0
            and cls._base64_setting(value[:-1] + "=" * int(pad))
        )

    @classmethod
    def _base64_setting(cls, value: str) -> bool:  # noqa: C901, PLR0911 - one verdict per reading
        """Whether a base64 value decodes to readable text that is a setting, not an id.

        ``MzE0MDE6MTY0Mzk1MjIyNA==`` is ``31401:1643952224``: a short number and a time.
        Values that decode whole to printable ASCII are judged as text; a binary record that
        is mostly readable text without an id-named key (Google's ``CGIC``, an encoded
        ``Accept`` header) is a setting (:func:`_readable_record`), and so is a
        protocol-buffer record of small numbers and settings (:func:`_protobuf_setting`:
        Google's consent cookie ``SOCS``, URL-safe base64 read too); anything else stays
        opaque (and is reported). URL-safe base64 padded with underscores instead of ``=``
        (Wix's ``ZXhjbHVkZWQ_``, ``dGVzdA__``: "excluded", "test") is read the same way from
        eight characters: the padding marks it as encoded text.
        """
        value, shortest = _underscore_padded(value)
        if ("-" in value or "_" in value) and "+" not in value and "/" not in value:
            value = value.translate(_URL_SAFE)  # URL-safe base64 (Google's ``SOCS``)
        if len(value) < shortest or len(value) % 4 == 1 or not _BASE64_VALUE.fullmatch(value):
            return False
        try:  # padding may be left out ("...MC44" for "...MC44==")
            raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        except binascii.Error:
            return False
        if _SEALED.search(raw) or _encoded_fields(raw):
            # an encrypted envelope: its "value" is a sealed id or token; base64 fields of
            # random bytes ("<version>&<ciphertext>&<signature>"): an encrypted session
            return False
        if _readable_record(raw) or _packed_record(raw) or _protobuf_setting(raw, cls._setting):
            # readable text of settings; a time or small numbers among zeros; a
            # protocol-buffer record of small numbers and settings
            return True
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
                    or cls._keyed_setting(part)
                ):
                    continue
                at, pos = _written_at(value, part, pos)
                if at < 0:
                    yield 0, len(value)
                    return
                _signed_on(found, at, pos, signs=signs)
        yield from found

    @classmethod
    def _keyed_setting(cls, part: str) -> bool:
        """Whether a list's item is a key and a time or setting (``tubemogul:1423055836``).

        A partner-sync record lists the partners a browser was matched with and when
        (``<uuid>|adap.tv:1423055836;tubemogul:1423055836;...``): each item is a partner's
        name and a Unix time, the same for every browser synced then, not an id. The item is
        judged by its value (:meth:`_trivial`) under a key that names no id (a number under
        ``uid:`` is the id, as in :meth:`_fields`).
        """
        keyed = _TOKEN_KEYED.fullmatch(part)
        if keyed is None or _id_key(keyed.group(1)):
            return False
        return _time_key(keyed.group(1)) or cls._trivial(keyed.group(2))

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
            last = m.end() == len(value)
            signs = stamped or bool(found and _signs_record(key, bare, last=last))
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

    # An item of random bytes in standard base64: 20 characters or more of the alphabet with
    # "+", "/" or "=" padding among them (which :attr:`_OPAQUE` does not take), upper and
    # lower case and digits mixed ("t=<token>|<record>|3|1": a signed token of the visitor).
    _BASE64_ITEM = re.compile(
        r"(?=[^+/=]{0,1023}[+/=])(?=[^0-9]{0,1023}[0-9])(?=[^A-Z]{0,1023}[A-Z])"
        r"(?=[^a-z]{0,1023}[a-z])[A-Za-z0-9+/]{20,1024}={0,2}"
    )

    @classmethod
    def _opaque_items(cls, field: str) -> Iterator[tuple[int, int]]:
        """Where the items of a list-valued field that are shaped like an id are written.

        An item is one when it has an id's shape (:attr:`_OPAQUE`: a UUID, 16 hex digits or
        more, 15 digits or more, 12 letters and digits mixed; or :attr:`_BASE64_ITEM`, random
        bytes in base64 that decode to no setting) and is no time or setting.
        """
        plain = _unquoted(field) if "%" in field else field
        pos = 0
        for item in cls._LIST_SPLIT.split(plain):
            if (
                len(item) < 12
                or (
                    cls._OPAQUE.fullmatch(item) is None
                    and (cls._BASE64_ITEM.fullmatch(item) is None or cls._encoded_setting(item))
                )
                or cls._trivial(item)
            ):
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
            last = m.end() == len(plain.rstrip())
            _signed_on(found, at, pos, signs=bool(found and _signs_record(key, field, last=last)))
        yield from found

    @classmethod
    def _setting(cls, text: str) -> bool:
        """Whether a text inside a record is a setting or a build's label.

        :meth:`_trivial`, or :func:`_dated_label` (``gws_20230810-0_RC2``).
        """
        return cls._trivial(text) or _dated_label(text)

    @staticmethod
    def _trivial(value: str) -> bool:  # noqa: PLR0911 - one verdict per kind of setting
        if len(value) < 6 or value.lower() in _TRIVIAL:
            return True
        if (
            value.count(value[0]) == len(value)
            or _no_entropy(value)
            or ("1234567890" in value and (_typed_stand_in(value) or _typed_count(value)))
            or ("--" in value and _empty_signed_record(value))
            or ("." in value and (_unsigned_setting(value) or _signed_setting(value)))
        ):
            # one character repeated ("0000000000000000"), counting or the typed digits among
            # other characters ("pcsnotes-1234567890="): a placeholder; a signed
            # setting: a digest over a record that holds no id; a token of settings, unsigned
            # or signed
            return True
        if _filler(value) or _other_time(value) or _cipher_suite(value):
            # a template field, a string of flags, short codes; a time after a separator
            # ("wousq=|_1496444397") or as base64 of its four bytes ("g=Z7HctQ"); a TLS
            # cipher suite's name ("ECDHE-RSA-AES256-GCM-SHA384")
            return True
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
        if (
            _CAPS_COUNTER.fullmatch(value) is not None
            or (value[0] in _F5_FIRST and _F5_MEMBER.fullmatch(value) is not None)
            or (value[0] == "f" and _NETSCALER_MEMBER.fullmatch(value) is not None)
            or (value[-2] in "-0123456789" and value[-1].isdigit() and _backend_name(value))
        ):
            # a backend's or instance's name ("SERV149", "bender19-6"), F5's or NetScaler's
            # persistence value under any name (the pool member's or service's address):
            # routing, not a browser
            return True
        # a date, a version, a screen size, a time zone, a URL: a setting, not an identifier
        return value[0] in _SETTING_FIRST and _SETTING_VALUE.fullmatch(value) is not None
