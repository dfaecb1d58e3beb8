"""Cheaper first checks give the answers of the checks they stand before (hostile-input speed).

Each test keeps the earlier way of answering, written out here, and compares it with the
code's on generated text: a phone layout test that asks for a calling code, the scan's marks
read instead of a lowered line or a searched record, a sync URL's path searched from its last
break, a client-id key's ending tested before its expression; and the collector's pause.
"""

import gc
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from privkit.detect import Scanner
from privkit.detect._base import ScanState
from privkit.detect._builtin import CookieDetector, PhoneDetector
from privkit.detect._builtin._common import _cookie_value_at
from privkit.detect._builtin.device import (
    _DEVNAME,
    DeviceIdDetector,
    _appliance_or_record_key,
    _record_bounds,
)
from privkit.detect._builtin.phone import _SLASH_NANP

# ``PhoneDetector._LAYOUT_HEAD`` as it was before digits before a hyphen had to be a calling
# code: any one to three digits.
_LAYOUT_BEFORE = re.compile(
    PhoneDetector._NANP_HEAD.pattern
    + r"|[1-9][0-9]{0,2}(?:-[0-9]{1,5}-[0-9]| \([0-9]{1,4}\) [0-9]| ?\(0\) ?[0-9])|"
    + _SLASH_NANP
    + "|"
    + PhoneDetector._TRUNK_8.pattern
)

_PHONE_PARTS = ["666", "44", "1", "7", "86", "138", "999", "800", "415", "20", "8", "0", "-",
                "-", " ", "(", ")", "(0)", "1234", "5678", "90", "12", "555", "0132", "tel ",
                "phone: ", "x", "\n", "+", "/", "\u2013", "call ", "Ab"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_PARTS), max_size=14))
@example(["666", "-", "90", "-", "1234"])
@example(["138", "-", "1234", "-", "5678"])
@example(["44", "-", "20", "-", "1234", "-", "5678"])
@example(["86", " ", "(", "20", ")", " ", "1234", "-", "5678"])
@example(["8", "-", "800", "-", "555", "-", "12", "-", "90"])
def test_phone_layout_asking_for_a_calling_code_finds_what_any_digits_found(parts):
    """Groups after digits that are no calling code are found only with a phone word anyway."""
    text = "".join(parts)
    scanner = Scanner(entities=["PHONE_NUMBER"])
    new = scanner.scan(text)

    def layout_before(cls, text, start, end):
        return _LAYOUT_BEFORE.match(text, start, end) is not None

    original = PhoneDetector.__dict__["_layout"]
    PhoneDetector._layout = classmethod(layout_before)
    try:
        old = Scanner(entities=["PHONE_NUMBER"]).scan(text)
    finally:
        PhoneDetector._layout = original
    assert new == old


def _cookie_value_at_before(text: str, start: int) -> bool:
    """``_cookie_value_at`` as a plain read of the whole lowered line before the value."""
    before = text[start - 1 : start]
    if before == '"':
        before = text[start - 2 : start - 1]
    if before != "=":
        return False
    floor = max(0, start - 16384)
    line_start = max(text.rfind("\n", floor, start) + 1, floor)
    low = text[line_start:start].lower()
    from privkit.detect._builtin._common import (
        _COOKIE_KEY_TAIL,
        _COOKIE_WORD_TRIES,
        _QUOTED_PAIR_VALUE,
    )

    # every "cookie" word of the line, nearest first; the first followed by ":" or "=" names
    # the header (a word in an earlier value, ``c0="COOKIE"``, names none)
    words = [i for i in range(len(low) - 5, -1, -1) if low.startswith("cookie", i)]
    for at in words[:_COOKIE_WORD_TRIES]:
        m = _COOKIE_KEY_TAIL.match(low, at + 6)
        if m is None or m.end() == at + 6:
            continue
        between = _QUOTED_PAIR_VALUE.sub("=", low[m.end() : -1])
        return '"' not in between.rstrip('"') and "'" not in between
    return False


_KEY_PARTS = ["Cookie", "cookie", "COOKIE", "Set-Cookie", ": ", "=", '"', "'", "; ", "&",
              "device_id", "devid", "devname=", "DevName=", "x", "\n", "\x00", " ", "[",
              "a1b2c3d4e5", "serial", "?", "co", "okie", "\u212a", "\u0130"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PARTS), max_size=16))
@example(["Cookie", ": ", "device_id", "=", "a1b2c3d4e5"])
@example(["co", "okie", ": ", "device_id", "=", "a1b2c3d4e5"])
@example(["\u0130", "Cookie", "="])  # lowering moves offsets: no marks, the line read
@example(["Cookie", ": ", "x", "=", '"', "COOKIE", '"', "; ", "devid", "=", '"', "a1b2c3d4e5"])
@example(["devname=", "x", " ", "device_id", "=", "a1b2c3d4e5"])
@example(["Cookie", ": ", "devid", "=", '"', "a1b2c3d4e5"])
def test_marks_of_the_scan_answer_as_the_line_read_again(parts):
    """The scan's marks of "cookie" and "devname=" give the answers of reading the line."""
    text = "".join(parts)
    state = ScanState(text)
    for start in range(1, len(text) + 1):
        plain = _cookie_value_at_before(text, start)
        assert _cookie_value_at(text, start, state) == plain
        assert _cookie_value_at(text, start) == plain
        if text[start - 1] == "=":
            assert _appliance_or_record_key(text, start, state) == _appliance_or_record_key(
                text, start
            )


def test_a_device_id_beside_devname_is_still_the_appliances():
    """FortiOS's ``device_id`` beside its ``devname=`` stays unreported, through the marks."""
    line = 'date=2024-01-02 devname="FG100E" device_id=FG100E3G16000000 type=traffic'
    assert not [f for f in Scanner().scan(line) if f.entity_type == "DEVICE_ID"]
    lo, hi = _record_bounds(line, line.index("device_id"), line.index("FG100E3"))
    assert _DEVNAME.search(line, lo, hi) is not None


def _sync_url_before(text: str, name_start: int) -> bool:
    """``CookieDetector._sync_url`` as it searched the 160 characters before the "?"."""
    from privkit.detect._builtin._cookie_values import _SPACE

    cls = CookieDetector
    q = text.rfind("?", max(0, name_start - cls._QUERY_LOOK_BACK), name_start)
    if q < 0 or _SPACE.search(text, q, name_start) is not None:
        return False
    return cls._SYNC_PATH.search(text, max(0, q - cls._SYNC_LOOK_BACK), q) is not None


_SYNC_PARTS = ["/idsync", "sync", "aSync", "/setuid", "cookie-match", "/cm", "/x", "/suid",
               "uid", "piggyback", "/merge", "?", "&", "partner_id", "=", "3107", " ", "\n",
               "\u2028", "\x1c", "a", "ſync", "/", "x" * 30, "?q"]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_SYNC_PARTS), max_size=14))
@example(["/idsync", "/x", "?", "partner_id", "=", "3107"])
@example(["/idsync", " ", "/x", "?", "partner_id"])
@example(["ſync", "?", "partner_id"])
@example(["/cm", "?q", "?", "partner_id"])
@example(["/cm", "?", "partner_id"])
@example(["a", " ", "/setuid", "?", "partner_id"])
def test_sync_path_searched_from_its_last_break_answers_as_the_whole_reach(parts):
    text = "".join(parts)
    for name_start in range(len(text) + 1):
        assert CookieDetector._sync_url(text, name_start) == _sync_url_before(text, name_start)


_CLIENT_KEY_PARTS = ["device", "_", "id", "client", "user", "uid", "g", "u", "visitor", "cid",
                     "session", "put", "cookie", "google", "hm", "gid", ".", "x", "9", "Id",
                     "ID", "UID", "\u212a", "ſ", "İ", "s"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_CLIENT_KEY_PARTS), min_size=1, max_size=6))
@example(["device", "_", "id"])
@example(["google", "_", "gid"])
@example(["x", "cookie"])
@example(["ſ", "session", "_", "id"])
def test_client_id_key_endings_hold_for_every_key_the_expression_takes(parts):
    """A key ``_CLIENT_ID_KEY`` takes, lower-cased and ASCII, ends as ``_CLIENT_ID_ENDS``."""
    key = "".join(parts)
    if CookieDetector._CLIENT_ID_KEY.fullmatch(key) is not None:
        low = key.lower()
        assert not low.isascii() or low.endswith(CookieDetector._CLIENT_ID_ENDS)


def test_client_id_query_keeps_its_verdicts():
    """Client ids under their keys and in sync URLs are still taken; other keys are not."""
    text = "/sync?x=1&partner_device_id=9f3K2mQ7xL0pR4tV&device_id=a1b2c3d4e5f6&uid=Zk81Pq02Lm7X"
    for key, taken in (("partner_device_id", True), ("uid", True)):
        s = text.index(key)
        eq = text.index("=", s)
        end = text.find("&", eq)
        value = text[eq + 1 : end if end > 0 else len(text)]
        assert CookieDetector._client_id_query(text, s, eq, value) is taken
    plain = "/home?device_id=a1b2c3d4e5f6&uid=Zk81Pq02Lm7X"
    s = plain.index("device_id")
    assert not CookieDetector._client_id_query(plain, s, s + 9, "a1b2c3d4e5f6")


def test_device_key_values_read_with_and_without_the_scan_agree():
    """``DeviceIdDetector`` judges a device key the same from a scan and from a direct call."""
    det = DeviceIdDetector()
    text = (
        "GET /c?device_id=a1b2c3d4e5f6&idfa=f6e5d4c3b2&udid=0123456789abcdef\n"
        "Cookie: device_id=a1b2c3d4e5f6\n/idsync/x?partner_device_id=9f3K2mQ7xL0pR4tV\n"
        "devname=FG100E device_id=FG100E3G16000000\n"
    )
    state = ScanState(text)
    for pattern, rx, not_after, back in det._compiled:
        for start, end in state.spans(rx, not_after, lowercase=pattern.lowercase, back=back):
            assert det._evaluate(text, start, end, pattern, state) == det.evaluate(
                text, start, end, pattern
            )


class TestCollectorLeftAlone:
    def test_a_long_scan_leaves_the_collector_on(self):
        # The cyclic collector is process-wide state: pausing it for a long scan (tried, and
        # dropped) would pause every thread of the host, and overlapping scans would keep it
        # off for good. A scan must not touch it.
        seen = []
        from privkit.detect import _scanner

        def spy(*args, **kwargs):
            seen.append(gc.isenabled())
            return original(*args, **kwargs)

        original = _scanner.Scanner._resolve
        _scanner.Scanner._resolve = spy
        try:
            Scanner(entities=["EMAIL_ADDRESS"]).scan("a@b.co " * 5000)
            list(Scanner(entities=["EMAIL_ADDRESS"]).scan_many(["a@b.co " * 3000] * 3))
        finally:
            _scanner.Scanner._resolve = original
        assert seen
        assert all(seen)
        assert gc.isenabled()
