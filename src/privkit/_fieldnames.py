"""Field names: the one vocabulary of what a field or column name suggests, in any naming style.

Names are split into lower-case words whatever the style (``ipAddress``, ``IP_ADDR``,
``client-ip``, ``e.mail``), then matched against word sequences. A match carries an entity
type, a data category and a strength: an unambiguous name (``imei``, ``idfa``) is strong, a
vague one (``name``, ``id``) weak. The table classifier, the policy engine's scans (the name
is the context of a lone value) and :func:`privkit.classify` all read this one table.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from privkit.types import CATEGORY_OF, Category, EntityType

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = [
    "RUN_ALONE",
    "NameSignal",
    "context_prefix",
    "field_findings",
    "hint_for_name",
    "name_signal",
    "read_as_field",
    "split_words",
]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEP = re.compile(r"[^A-Za-z0-9]+")
_DIGITS = re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")


def split_words(name: str) -> tuple[str, ...]:
    """Split a column name into lower-case words in any common naming style.

    >>> split_words("clientIPAddress")
    ('client', 'ip', 'address')
    >>> split_words("E-Mail_addr")
    ('e', 'mail', 'addr')
    >>> split_words("ipv4")
    ('ipv4',)
    """
    words: list[str] = []
    for part in _SEP.split(name):
        if part:
            words.extend(w.lower() for w in _CAMEL.split(part) if w)
    return tuple(words)


@dataclass(frozen=True, slots=True)
class NameSignal:
    """What a field name suggests: an entity type and category (or free text), how strongly.

    ``category`` is the entity's category unless the name is more precise (a ``street``
    column holds a postal address, a LOCATION finding in general is a place).
    """

    entity: EntityType | None
    strength: float
    free_text: bool = False
    category: Category | None = None
    words: tuple[str, ...] = ()


_E = EntityType
# (words that must appear contiguously, joined by spaces; entity; strength). Longest match wins;
# compact forms ("emailaddress", "ipaddr") are matched on the joined words too.
_RULES: tuple[tuple[str, EntityType, float], ...] = (
    # contact
    ("email", _E.EMAIL_ADDRESS, 0.95),
    ("e mail", _E.EMAIL_ADDRESS, 0.95),
    ("mail", _E.EMAIL_ADDRESS, 0.7),
    ("mail address", _E.EMAIL_ADDRESS, 0.9),
    ("courriel", _E.EMAIL_ADDRESS, 0.9),
    ("correo", _E.EMAIL_ADDRESS, 0.8),
    ("phone", _E.PHONE_NUMBER, 0.9),
    ("telephone", _E.PHONE_NUMBER, 0.9),
    ("tel", _E.PHONE_NUMBER, 0.7),
    ("telefon", _E.PHONE_NUMBER, 0.9),
    ("telefono", _E.PHONE_NUMBER, 0.9),
    ("mobile", _E.PHONE_NUMBER, 0.7),
    ("mobile number", _E.PHONE_NUMBER, 0.9),
    ("cell", _E.PHONE_NUMBER, 0.5),
    ("cellphone", _E.PHONE_NUMBER, 0.9),
    ("fax", _E.PHONE_NUMBER, 0.8),
    ("msisdn", _E.PHONE_NUMBER, 0.95),
    ("phone no", _E.PHONE_NUMBER, 0.95),
    ("phone number", _E.PHONE_NUMBER, 0.95),
    # names
    ("name", _E.PERSON, 0.4),
    ("full name", _E.PERSON, 0.9),
    ("fullname", _E.PERSON, 0.9),
    ("first name", _E.PERSON, 0.9),
    ("firstname", _E.PERSON, 0.9),
    ("fname", _E.PERSON, 0.8),
    ("last name", _E.PERSON, 0.9),
    ("lastname", _E.PERSON, 0.9),
    ("lname", _E.PERSON, 0.8),
    ("given name", _E.PERSON, 0.9),
    ("family name", _E.PERSON, 0.9),
    ("surname", _E.PERSON, 0.9),
    ("middle name", _E.PERSON, 0.9),
    ("customer name", _E.PERSON, 0.85),
    ("contact name", _E.PERSON, 0.85),
    ("nom", _E.PERSON, 0.6),
    ("nombre", _E.PERSON, 0.6),
    ("vorname", _E.PERSON, 0.9),
    ("nachname", _E.PERSON, 0.9),
    ("user name", _E.PERSON, 0.5),
    ("username", _E.PERSON, 0.5),
    # places and organisations
    ("address", _E.LOCATION, 0.6),
    ("street", _E.LOCATION, 0.8),
    ("street address", _E.LOCATION, 0.9),
    ("home address", _E.LOCATION, 0.9),
    ("city", _E.LOCATION, 0.6),
    ("zip", _E.LOCATION, 0.6),
    ("zipcode", _E.LOCATION, 0.7),
    ("postcode", _E.LOCATION, 0.7),
    ("postal code", _E.LOCATION, 0.7),
    ("location", _E.LOCATION, 0.5),
    ("geo", _E.LOCATION, 0.5),
    ("geolocation", _E.LOCATION, 0.7),
    ("lat", _E.LOCATION, 0.6),
    ("latitude", _E.LOCATION, 0.7),
    ("lon", _E.LOCATION, 0.6),
    ("lng", _E.LOCATION, 0.6),
    ("longitude", _E.LOCATION, 0.7),
    ("ip country", _E.LOCATION, 0.5),
    ("ip city", _E.LOCATION, 0.5),
    ("ip region", _E.LOCATION, 0.5),
    ("company", _E.ORGANIZATION, 0.5),
    ("employer", _E.ORGANIZATION, 0.7),
    ("organization", _E.ORGANIZATION, 0.5),
    ("organisation", _E.ORGANIZATION, 0.5),
    # dates of birth
    ("dob", _E.DATE_TIME, 0.9),
    ("birthday", _E.DATE_TIME, 0.9),
    ("birth date", _E.DATE_TIME, 0.9),
    ("birthdate", _E.DATE_TIME, 0.9),
    ("date of birth", _E.DATE_TIME, 0.95),
    # web
    ("url", _E.URL, 0.6),
    ("website", _E.URL, 0.6),
    ("homepage", _E.URL, 0.6),
    ("referer", _E.URL, 0.7),
    ("referrer", _E.URL, 0.7),
    ("page url", _E.URL, 0.7),
    ("landing page", _E.URL, 0.6),
    # financial and government
    ("credit card", _E.CREDIT_CARD, 0.95),
    ("creditcard", _E.CREDIT_CARD, 0.95),
    ("card number", _E.CREDIT_CARD, 0.9),
    ("card no", _E.CREDIT_CARD, 0.9),
    ("cc number", _E.CREDIT_CARD, 0.9),
    ("ccn", _E.CREDIT_CARD, 0.8),
    ("pan", _E.CREDIT_CARD, 0.6),
    ("iban", _E.IBAN_CODE, 0.95),
    ("account number", _E.IBAN_CODE, 0.7),
    ("account no", _E.IBAN_CODE, 0.7),
    ("bank account", _E.IBAN_CODE, 0.8),
    ("ssn", _E.US_SSN, 0.95),
    ("social security", _E.US_SSN, 0.95),
    ("social security number", _E.US_SSN, 0.95),
    ("wallet", _E.CRYPTO, 0.5),
    ("btc address", _E.CRYPTO, 0.9),
    # network identifiers
    ("ip", _E.IP_ADDRESS, 0.9),
    ("ipv4", _E.IP_ADDRESS, 0.95),
    ("ipv6", _E.IP_ADDRESS, 0.95),
    ("ip addr", _E.IP_ADDRESS, 0.95),
    ("ip address", _E.IP_ADDRESS, 0.95),
    ("ipaddr", _E.IP_ADDRESS, 0.95),
    ("ipaddress", _E.IP_ADDRESS, 0.95),
    ("remote addr", _E.IP_ADDRESS, 0.9),
    ("x forwarded for", _E.IP_ADDRESS, 0.9),
    ("mac", _E.MAC_ADDRESS, 0.9),
    ("mac addr", _E.MAC_ADDRESS, 0.95),
    ("mac address", _E.MAC_ADDRESS, 0.95),
    ("macaddress", _E.MAC_ADDRESS, 0.95),
    ("macaddr", _E.MAC_ADDRESS, 0.95),
    ("hw addr", _E.MAC_ADDRESS, 0.9),
    ("hwaddr", _E.MAC_ADDRESS, 0.9),
    ("bssid", _E.MAC_ADDRESS, 0.9),
    # device and subscriber identifiers
    ("imei", _E.IMEI, 0.95),
    ("imeisv", _E.IMEI, 0.95),
    ("meid", _E.MEID, 0.95),
    ("iccid", _E.ICCID, 0.95),
    ("sim", _E.ICCID, 0.5),
    ("imsi", _E.IMSI, 0.95),
    ("idfa", _E.ADVERTISING_ID, 0.95),
    ("gaid", _E.ADVERTISING_ID, 0.95),
    ("aaid", _E.ADVERTISING_ID, 0.9),
    ("adid", _E.ADVERTISING_ID, 0.9),
    ("maid", _E.ADVERTISING_ID, 0.85),
    ("ad id", _E.ADVERTISING_ID, 0.9),
    ("advertising id", _E.ADVERTISING_ID, 0.95),
    ("advertising identifier", _E.ADVERTISING_ID, 0.95),
    ("android id", _E.ANDROID_ID, 0.95),
    ("androidid", _E.ANDROID_ID, 0.95),
    ("ssaid", _E.ANDROID_ID, 0.9),
    ("idfv", _E.DEVICE_ID, 0.9),
    ("udid", _E.DEVICE_ID, 0.9),
    ("device id", _E.DEVICE_ID, 0.95),
    ("deviceid", _E.DEVICE_ID, 0.95),
    ("device uuid", _E.DEVICE_ID, 0.95),
    ("hardware id", _E.DEVICE_ID, 0.9),
    ("vendor id", _E.DEVICE_ID, 0.7),
    ("serial number", _E.DEVICE_ID, 0.6),
    ("cookie", _E.COOKIE_ID, 0.85),
    ("cookie id", _E.COOKIE_ID, 0.95),
    ("cookieid", _E.COOKIE_ID, 0.95),
    ("ga", _E.COOKIE_ID, 0.6),
    ("ga cookie", _E.COOKIE_ID, 0.95),
    ("fbp", _E.COOKIE_ID, 0.9),
    ("visitor id", _E.COOKIE_ID, 0.7),
    ("session id", _E.COOKIE_ID, 0.8),
    ("sessionid", _E.COOKIE_ID, 0.8),
    ("client id", _E.COOKIE_ID, 0.6),
    ("clientid", _E.COOKIE_ID, 0.6),
    ("anonymous id", _E.COOKIE_ID, 0.8),
    ("ua", _E.USER_AGENT, 0.85),
    ("user agent", _E.USER_AGENT, 0.95),
    ("useragent", _E.USER_AGENT, 0.95),
    # credentials
    ("token", _E.AUTH_TOKEN, 0.6),
    ("access token", _E.AUTH_TOKEN, 0.9),
    ("refresh token", _E.AUTH_TOKEN, 0.9),
    ("session token", _E.AUTH_TOKEN, 0.9),
    ("api key", _E.AUTH_TOKEN, 0.9),
    ("apikey", _E.AUTH_TOKEN, 0.9),
    ("jwt", _E.AUTH_TOKEN, 0.9),
    ("bearer", _E.AUTH_TOKEN, 0.8),
    ("password", _E.AUTH_TOKEN, 0.8),
    ("passwd", _E.AUTH_TOKEN, 0.8),
    ("secret", _E.AUTH_TOKEN, 0.7),
    ("auth token", _E.AUTH_TOKEN, 0.9),
)

# Names more precise than their entity's category: a street or postcode is a postal address.
_ADDRESS_NAMES = ("address", "street", "street address", "home address", "zip", "zipcode",
                  "postcode", "postal code")  # fmt: skip
_CATEGORY: dict[str, Category] = dict.fromkeys(_ADDRESS_NAMES, Category.CONTACT_ADDRESS)

# Words that make a bare "name"/"address"/"id" column something else than personal data.
_NOT_PERSON = frozenset(
    {"product", "file", "host", "server", "table", "column", "field", "event", "app", "package",
     "domain", "bucket", "brand", "model", "class", "type", "display", "screen", "campaign",
     "company", "org", "organization", "organisation", "team", "project", "plan", "job", "task",
     "country", "city", "street", "store", "shop", "item", "category", "tag", "user", "device",
     "browser", "os", "path", "queue", "topic", "service", "metric", "feature", "variant"}
)  # fmt: skip
_NOT_ADDRESS = frozenset({"ip", "mac", "hw", "remote", "memory", "mem", "base", "wallet", "btc"})

# Column names that usually hold prose that needs span-level detection.
_FREE_TEXT = frozenset(
    {"note", "notes", "comment", "comments", "description", "desc", "message", "msg", "body",
     "text", "remark", "remarks", "feedback", "summary", "details", "content", "review",
     "transcript", "reason", "memo", "log", "chat", "bio", "about", "subject"}
)  # fmt: skip

_PHRASES = {tuple(p.split()): (e, s, _CATEGORY.get(p, CATEGORY_OF[e])) for p, e, s in _RULES}
_MAX_WORDS = max(len(p) for p in _PHRASES)


def name_signal(name: str) -> NameSignal:  # noqa: C901 - one guard per ambiguity
    """Return the entity a column name suggests, with a strength in ``[0, 1]``.

    >>> name_signal("ipAddress").entity
    <EntityType.IP_ADDRESS: 'IP_ADDRESS'>
    >>> name_signal("product_name").entity is None
    True
    >>> name_signal("support_notes").free_text
    True
    """
    words = split_words(name)
    best: tuple[int, EntityType, float, Category, tuple[str, ...]] | None = None
    for size in range(min(_MAX_WORDS, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            hit = _PHRASES.get(words[i : i + size])
            if hit is None:
                continue
            entity, strength, category = hit
            before = set(words[:i])
            if size == 1 and words[i] == "name" and before & _NOT_PERSON:
                continue
            if entity is EntityType.LOCATION and words[i] == "address" and before & _NOT_ADDRESS:
                continue
            if best is None or (size, strength) > (best[0], best[2]):
                best = (size, entity, strength, category, words[i : i + size])
        if best is not None:
            break
    if best is None:
        compact = "".join(words)
        hit = _PHRASES.get((compact,))
        if hit is not None:
            best = (1, hit[0], hit[1], hit[2], (compact,))
    free_text = bool(set(words) & _FREE_TEXT)
    if best is None:
        return NameSignal(None, 0.0, free_text=free_text)
    return NameSignal(
        best[1],
        best[2],
        free_text=free_text and best[2] < 0.5,  # noqa: PLR2004
        category=best[3],
        words=best[4],
    )


# An e-mail address inside a name: a character, "@", a label and a dot, more after it.
_HOLDS_ADDRESS = re.compile(r"[^\s@]@[^\s@.]+\.[^\s@]")
# A redaction's placeholder inside a name (``held <URL>``: a key whose value part was redacted).
_HOLDS_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]{1,40}>")


#: The evidence pattern of a run of digits the phone detector reads as a number only because
#: it stands alone (a form field's or a chat message's ``4156667777``). A field's value has
#: its field's name to say what it is instead (``phone``, or ``amount``, ``order_id``).
RUN_ALONE = "phone_run_alone"


def read_as_field(findings: Sequence[Any]) -> list[Any]:
    """The findings of a field's value that hold once its name is known.

    Drops the findings a value has only because it stands alone (:data:`RUN_ALONE`): in a
    record or a column the field's name is the context, given by :func:`context_prefix`.
    """
    return [f for f in findings if getattr(f.evidence, "pattern", None) != RUN_ALONE]


def field_findings(
    scan_many: Callable[[list[str]], Sequence[Sequence[Any]]],
    items: Sequence[tuple[str, str]],
) -> list[list[Any]]:
    """The findings of field values read under their names, on each value's offsets.

    ``items`` are ``(context, value)`` pairs, ``context`` being :func:`context_prefix` of the
    field's name (``""`` for a name that suggests nothing). Each value is scanned with its
    context in front (context-dependent detectors need it: a bare MAC under ``wifi_mac``),
    and a value the named reading leaves partly uncovered is scanned alone as well: the name
    may add findings, never remove one. Glued in front, a name's words are read like any
    text's and may refuse what the value alone shows: a label that marks digits as no phone
    number (``ssn``, ``account``, ``device id``), or a ``Name: value`` first line read as a
    header's, where a link is no personal data by itself. What the value holds alone is
    protected whatever its field is called. (A value the named reading covers whole has
    nothing left in clear for the second reading to find.)

    Both readings keep only what holds for a field's value (:func:`read_as_field`).
    ``scan_many`` is called once, or twice when some values are read alone too.
    """
    if not items:
        return []
    texts = [context + value for context, value in items]
    out: list[list[Any]] = []
    for (context, _), fs in zip(items, scan_many(texts), strict=True):
        n = len(context)
        out.append(
            [
                f if not n else dataclasses.replace(f, start=max(f.start, n) - n, end=f.end - n)
                for f in read_as_field(fs)
                if f.end > n
            ]
        )
    named = {i: _within(out[i]) for i, (c, _) in enumerate(items) if c}
    again = [i for i, inside in named.items() if not _covers(inside, items[i][1])]
    if again:
        for i, fs in zip(again, scan_many([items[i][1] for i in again]), strict=True):
            # (only what the named reading left in clear: a finding inside one of its spans
            # adds nothing, and would only compete with it for the span's category)
            inside = named[i]
            out[i] += [f for f in read_as_field(fs) if not inside(f.start, f.end)]
    return out


def _covers(inside: Callable[[int, int], bool], value: str) -> bool:
    """Whether the union ``inside`` tests (:func:`_within`) covers ``value`` but its blanks.

    From its first to its last non-space character; a blank value is covered.
    """
    lo, hi = len(value) - len(value.lstrip()), len(value.rstrip())
    return lo >= hi or inside(lo, hi)


def _within(findings: Sequence[Any]) -> Callable[[int, int], bool]:
    """A test of whether ``start:end`` lies inside the union of ``findings``' spans."""
    merged: list[list[int]] = []
    for f in sorted(findings, key=lambda f: f.start):
        if merged and f.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], f.end)
        else:
            merged.append([f.start, f.end])
    starts = [lo for lo, _ in merged]

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= merged[i][1]

    return inside


def context_prefix(name: str) -> str:
    """The words of a field name that suggests an entity, as context before a lone value.

    A value alone has no context words, so context-dependent detectors (advertising IDs,
    bare MACs, unformatted phone numbers) cannot fire on it; ``"idfa: " + value`` can.

    >>> context_prefix("wifiMac")
    'wifi mac: '
    >>> context_prefix("plan")
    ''

    A name that is itself protected personal data (``<CREDIT_CARD>``, ``<EMAIL_ADDRESS>#2``:
    a key or column name rewritten by ``redact``) says what the *name* held, not the value:
    it gives no context.

    >>> context_prefix("<CREDIT_CARD>")
    ''

    Nor does a name that holds an e-mail address (a key that is itself data): its words
    are an address's, not a field's, and a value under it is read alone.

    >>> context_prefix("jo.iccid@example.com")
    ''

    Nor does a name that holds a placeholder anywhere (``held <URL>``, a key of which a part
    was redacted): the placeholder's words name what the key held, and a value under it
    read after them ("held url: ...") is read as another text than the value alone.

    >>> context_prefix("held <URL>")
    ''
    """
    if (
        name.startswith("<")
        or _HOLDS_ADDRESS.search(name)
        or _HOLDS_PLACEHOLDER.search(name)
        or name_signal(name).entity is None
    ):
        return ""
    return " ".join(split_words(name)) + ": "


#: A name suggests a category for :func:`hint_for_name` from this strength on.
HINT_STRENGTH = 0.5


def hint_for_name(path: str) -> tuple[str, str] | None:
    """Return ``(category, evidence)`` suggested by the last key of ``path``, or ``None``.

    >>> hint_for_name("customer.homeEmail")
    ('user.contact.email', "field name suggests user.contact.email ('email')")
    >>> hint_for_name("order_total") is None
    True
    """
    signal = name_signal(path.rsplit(".", 1)[-1].replace("[]", ""))
    if signal.category is None or signal.strength < HINT_STRENGTH:
        return None
    return signal.category.value, (
        f"field name suggests {signal.category.value} ({' '.join(signal.words)!r})"
    )
