# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""Mobile and device identifiers: IMEI, MEID, ICCID, IMSI, advertising, device and Android ids."""

from __future__ import annotations

import bisect
import functools
import re

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
    context_window,
    normalize_words,
    own_window,
)
from privkit.detect._builtin._common import (
    _ANY_DIGIT,
    _DIGITS,
    _GROUPED,
    _HEX,
    _HEX_RUN,
    _HEX_RUN_AFTER_COLON,
    _HEXCHARS,
    _LABEL_BEFORE,
    _NAME_CHARS,
    _REQUEST_ID_WORDS,
    _UUID_RX,
    _cookie_value_at,
    _finding,
    _labelled_colon,
    _ScanAware,
    _time_value_field,
)
from privkit.detect._builtin.cookie import CookieDetector
from privkit.detect._checksums import (
    luhn_valid,
    meid_decimal_range,
    meid_valid,
)
from privkit.detect._ner import _MESSAGE_ID
from privkit.types import EntityType, Finding

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
    #: Quick reject (see ``PatternDetector.needs``): every pattern reads ASCII digits.
    needs = re.compile(r"[0-9]")
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
        # glued to its label by a colon ("MEID:A10000009296F2")
        Pattern(
            "meid_hex_labelled",
            _HEX_RUN_AFTER_COLON,
            0.3,
            requires_context=True,
            min_length=14,
            max_length=14,
            prefilter=(":",),
        ),
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
        if (
            (pattern.name == "meid_hex" and n != 14)
            or (pattern.name == "meid_dec" and n != 18)
            # glued to a colon that ends no label: one more group of a colon run
            or (pattern.name == "meid_hex_labelled" and not _labelled_colon(text, start - 1))
        ):
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
    #: Quick reject (see ``PatternDetector.needs``): every pattern reads ASCII digits.
    needs = re.compile(r"[0-9]")
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
    #: Quick reject (see ``PatternDetector.needs``): every pattern reads ASCII digits.
    needs = re.compile(r"[0-9]")
    name = "imsi"
    context = ("imsi", "subscriber", "subscriber id", "mobile subscriber")
    context_boost = 0.6
    patterns = (
        Pattern("imsi", _DIGITS, 0.25, requires_context=True, min_length=14, max_length=15),
    )

    def validate(self, value: str, /) -> bool | None:
        return None if len(value) in (14, 15) and value[0] in "234567" else False


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
    #: Quick reject (see ``PatternDetector.needs``): a UUID's hyphens.
    needs = re.compile(r"-")
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
    "firewall sensor gateway router subject issuer "
    # network gear's own objects: a session, a zone, a domain, a tenant, a virtual system, a
    # group, a profile or an object of its configuration, an access point ("apSerial", "AP
    # device uuid"), a controller or a switch (the corpus README's rule of the 39th log set)
    "session zone domain tenant vsys group profile object ap controller switch".split()
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


# A syslog or CEF/LEEF record whose header names the appliance writing it: FortiOS's
# "devname=" beside its own "device_id="/"devid=", a CEF or LEEF header (vendor|product|...)
# beside a bare "SerialNumber=".
_DEVNAME = re.compile(r"(?<![\w.\-])devname=")


_CEF_LEEF = re.compile(r"(?<![\w])(?:CEF|LEEF):[0-9.]{1,4}\|")


# A record of a Fortinet appliance without "devname=" (FortiWeb, FortiMail, FortiAnalyzer):
# its header opens with the date and time fields ("date=2021-06-01 time=12:00:00",
# "date=2023-01-30,time=16:09:15.246") at the line's start, after a priority or a relay's
# stamp and a space (not inside a query: "?date="), and it carries a "log_id="/"logid="
# field; its "device_id=" is the appliance's own serial.
_FORTI_HEADER = re.compile(r"(?<![^\s>])date=[0-9]{4}-[0-9]{2}-[0-9]{2}[ ,]time=[0-9]")
_FORTI_LOG_ID = ("log_id=", "logid=")
#: How far into its line a Fortinet record's header may open (a priority, a relay's stamp).
FORTI_HEADER_REACH = 160


# An X.509 distinguished name's attributes: "serialNumber=" among them is the subject's
# registration number (an EV certificate's company number), not a device's.
_DN_ATTRIBUTE = re.compile(r"(?<![\w])(?:CN|OU|O|C|L|ST|postalCode|businessCategory)=")


# An appliance's own message tag before a bare device key of its record: Cisco's system-message
# tag "%FACILITY-severity-MNEMONIC:" (ASA and FTD write their "DeviceUUID:", the sensor's own,
# in it), or ScreenOS's header "<host>: NetScreen device_id=<serial>" (the key right after it).
_CISCO_TAG = re.compile(_MESSAGE_ID)  # (the message id that opens a log record for _ner)
_SCREENOS_HEADER = "NetScreen "
_TAG_SIGN = ("%",)
#: How far before a bare device key an appliance's message tag is looked for.
APPLIANCE_TAG_REACH = 512
# A wireless controller's record about an access point: the access point's own keys
# ("apMac", "apName", "ap_mac", "AP-Name"); a bare serial key beside them is the access point's.
_AP_KEY = re.compile(r"(?<![A-Za-z0-9_])(?i:ap[_\-]?(?:mac|name))[\"']?[ \t]?[:=]")
#: The lowered words of :data:`_AP_KEY`, for the scan's marks.
_AP_WORDS = ("apmac", "apname", "ap_mac", "ap_name", "ap-mac", "ap-name")
#: A bare device key (its words joined, :func:`_key_words_verdict`) an appliance's tag names.
_BARE_DEVICE_KEYS = frozenset({"deviceid", "devid", "deviceuuid"})
#: A bare serial key (likewise): a CEF/LEEF header's, an X.509 name's or an access point's.
_BARE_SERIAL_KEYS = frozenset({"serialnumber", "serialno", "serial"})


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
    record, FortiOS's ``device_id`` beside its ``devname=``, and a bare device key after an
    appliance's message tag (Cisco's ``%FTD-1-430003: DeviceUUID:``, ScreenOS's ``NetScreen
    device_id=``) are the appliance's own; a bare serial key in a wireless controller's record
    about an access point (its ``apMac``/``apName`` keys) is the access point's;
    ``serialNumber=`` among an X.509 name's attributes is the subject's registration number.
    (``state``: the scan's, for its marks of ``devname=``.)
    """
    key, at = _key_before(text, value_start)
    if state is None:
        verdict, bare = _key_words_verdict(key)
    else:
        # (a line of device keys repeats a few keys: their words read once per key a scan)
        seen = state.memo("device_key_words")
        hit = seen.get(key)
        if hit is None:
            hit = seen[key] = _key_words_verdict(key)
        verdict, bare = hit
    if verdict is not None:
        return verdict
    return _appliance_serial(text, at, value_start, bare, state)


def _key_words_verdict(key: str) -> tuple[bool | None, str]:
    """What a device key's words alone say (:func:`_appliance_or_record_key`).

    ``(False, "")``: no words, or a word of a person's device; ``(True, "")``: a word naming an
    event, request, document or infrastructure; else ``(None, words)``, the key's words
    lowered and joined, for :func:`_appliance_serial` to read with the record.
    """
    words = [w.lower() for w in _KEY_WORD.findall(key)]
    if not words or any(_names(w, _PERSONAL_DEVICE_WORDS) for w in words):
        return False, ""
    if any(_names(w, _NOT_DEVICE_OWNERS) for w in words):
        return True, ""
    return None, "".join(words)


def _marked_near(
    state: ScanState | None, words: tuple[str, ...], at: int, value_start: int
) -> bool:
    """Whether the scan marks one of ``words`` within a record's reach of a key (or cannot say)."""
    marks = None if state is None else state.marks(words)
    if marks is None:
        return True
    i = bisect.bisect_left(marks, at - 4096)
    return i < len(marks) and marks[i] + 8 <= value_start + 4096


def _appliance_tag(text: str, at: int, state: ScanState | None = None) -> bool:
    """Whether an appliance's message tag opens a key's record before the key.

    ScreenOS's header right before the key, or Cisco's system-message tag
    (:data:`_CISCO_TAG`) in the key's own line (back to a new line or a NUL, at most
    :data:`APPLIANCE_TAG_REACH` characters). (``state``: the scan's, whose marks of ``%``
    say first whether the record can hold a tag at all.)
    """
    if text.endswith(_SCREENOS_HEADER, 0, at):
        return True
    if not _marked_near(state, _TAG_SIGN, at, at):
        return False
    floor = max(0, at - APPLIANCE_TAG_REACH)
    lo = max(text.rfind("\n", floor, at), text.rfind("\x00", floor, at)) + 1 or floor
    mark = text.find("%", lo, at)  # (lo is floor or past it)
    return mark >= 0 and _CISCO_TAG.search(text, mark, at) is not None


def _appliance_serial(
    text: str, at: int, value_start: int, bare: str, state: ScanState | None = None
) -> bool:
    """Whether a bare device or serial key at ``at`` names the appliance writing its record.

    See :func:`_appliance_or_record_key`; only the key's own record (its line) is read.
    """
    if bare not in _BARE_DEVICE_KEYS and bare not in _BARE_SERIAL_KEYS:
        return False
    if _appliance_tag(text, at, state):
        return True
    if bare in _BARE_DEVICE_KEYS:
        # (A line of device keys asks this per key: the scan's marks of the words, lowered,
        # say first whether the farthest reach of the record can hold them at all.)
        named = _marked_near(state, ("devname=",), at, value_start)
        logged = _marked_near(state, _FORTI_LOG_ID, at, value_start)
        if not (named or logged):
            return False
        lo, hi = _record_bounds(text, at, value_start)
        if named and _DEVNAME.search(text, lo, hi) is not None:
            return True
        return (
            logged
            and _FORTI_HEADER.search(text, lo, min(at, lo + FORTI_HEADER_REACH)) is not None
            and any(text.find(w, lo, hi) >= 0 for w in _FORTI_LOG_ID)
        )
    lo, hi = _record_bounds(text, at, value_start)
    return (
        _CEF_LEEF.search(text, lo, at) is not None
        or (
            _marked_near(state, _AP_WORDS, at, value_start)
            and _AP_KEY.search(text, lo, hi) is not None
        )
        or (
            text[at - 1 : at] == ","
            and _DN_ATTRIBUTE.search(text, max(lo, at - 160), at) is not None
        )
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

    # A PCI bus address, domain:bus:device.function in hex ("0000:00:14.0"): where a
    # controller sits in a machine. Linux names a USB root hub's "SerialNumber" so ("usb
    # usb3: SerialNumber: 0000:00:14.0"); it is the same on every machine of a model, and
    # no device a person carries.
    _PCI_ADDRESS = re.compile(r"[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[01][0-9a-fA-F]\.[0-7]")
    # A UUID written as a URN (RFC 9562's "urn:uuid:" namespace): the generated name of a
    # document, a message or a record, as a software bill of materials' "serialNumber"
    # ("urn:uuid:3e671687-...") names the BOM itself; a device's serial number or id is not
    # written so (UPnP's device names are "uuid:..." without the URN prefix).
    _UUID_URN = re.compile(r"(?i:urn:uuid:)")

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
        if (
            pattern.name == "device_key"
            and (
                _appliance_or_record_key(text, start, state)
                or _cloud_instance(text, start, end)
                or self._managed_object(text, start, end)
                or self._PCI_ADDRESS.fullmatch(text, start, end) is not None
                or self._UUID_URN.match(text, start) is not None
            )
        ) or (pattern.name in ("uuid", "hex32") and _appliance_or_record_key(text, start, state)):
            # a request's, event's, appliance's, cloud server's or object's number, a
            # controller's place on the PCI bus, or a document's UUID URN; a UUID or hex run under a key naming a rule,
            # a session, an object or the appliance itself (the device-key rule, read for a
            # value in device context too)
            return None
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
        # glued to its label by a colon ("android_id:3f2a9c41b7d8e605", "Android ID:...")
        Pattern(
            "hex16_labelled",
            _HEX_RUN_AFTER_COLON,
            0.2,
            requires_context=True,
            min_length=16,
            max_length=16,
            prefilter=(":",),
        ),
    )

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        if pattern.name == "hex16_labelled" and not _labelled_colon(text, start - 1):
            return None  # one more group of a colon run ("aa:bb:3f2a9c41b7d8e605")
        return super().evaluate(text, start, end, pattern)

    def validate(self, value: str, /) -> bool | None:
        if len(value) != 16:
            return False
        return False if len(set(value.lower())) < 4 else None


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
    cookies = CookieDetector
    if key_start == eq or not cookies._query_pair_at(text, key_start):  # noqa: SLF001
        return False
    value = text[start:end]
    if not cookies._query_in(state, text, key_start, eq, value):  # noqa: SLF001
        return False
    # a client id's key is taken in any URL, here only in a sync URL's; for any other key
    # the test above read the URL's path already
    client_key = cookies._CLIENT_ID_KEY.fullmatch(text, key_start, eq)  # noqa: SLF001
    return client_key is None or cookies._sync_url(text, key_start)  # noqa: SLF001
