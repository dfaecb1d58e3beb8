"""Work cut per finding gives the answers of the work it replaces (dense-finding speed).

Each test compares the cheaper way with the full one on generated text: the context window
not built where the scan's marks show no context or negative word in reach, the spacing of
unspaced scripts skipped for a text that has none of their characters, a phone number's
context words read once for its two scores, a script's region hint read in the
non-ASCII characters of a number's reach, and a device key's words read once per key in a
scan.
"""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from privkit.detect import Scanner
from privkit.detect._base import _UNSPACED, PatternDetector, ScanState, _spaced
from privkit.detect._builtin import CreditCardDetector, PhoneDetector, UrlDetector
from privkit.detect._builtin._common import _finding
from privkit.detect._builtin.device import DeviceIdDetector, _appliance_or_record_key

_WORD_PARTS = ["tel", "phone", "Fax:", "order", "invoice", "device_id", "serial", "md5",
               "ΣΑΣ", "İx", "电话", "номер", "zadzwoń", "gọi", "abc", "(415)6667777", "555 0100",
               "4111 1111 1111 1111", "a1b2c3d4e5f6", " ", " ", "\n", "=", ",", "_", "-", "x" * 30,
               "\x00"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PARTS), min_size=1, max_size=16), st.data())
@example(["abc", "(415)6667777"], None)
@example(["phone", " ", "(415)6667777"], None)
@example(["(415)6667777", " ", "fax"], None)
@example(["ΣΑΣ", "(415)6667777"], None)
def test_no_words_near_means_the_base_score_and_no_words(parts, data):
    """Where ``no_words_near`` holds, ``score`` finds no word (so the window may be skipped)."""
    text = "".join(parts)
    state = ScanState(text)
    for det in (PhoneDetector(), DeviceIdDetector(), CreditCardDetector()):
        for start in range(0, len(text), 3):
            end = min(len(text), start + (data.draw(st.integers(1, 12)) if data else 8))
            if det.no_words_near(start, end, state):
                assert PatternDetector.score(det, text, start, end, 0.45) == (0.45, ())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PARTS), min_size=1, max_size=16))
def test_finding_with_the_scan_state_equals_finding_without(parts):
    """``_finding`` with the scan's marks gives the finding the full window gives."""
    text = "".join(parts)
    state = ScanState(text)
    det = PhoneDetector()
    pattern = det.patterns[0]
    for start in range(0, len(text), 2):
        end = min(len(text), start + 10)
        assert _finding(det, text, start, end, pattern, state=state) == _finding(
            det, text, start, end, pattern
        )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab 1ńọéΣ電话ひらカナ한글ไทย\u0e01\u200b", max_size=40))
def test_spacing_skipped_only_where_it_changes_nothing(text):
    """``_spaced`` gives what the substitution gives, with or without such characters."""
    assert _spaced(text) == (text if text.isascii() else _UNSPACED.sub(" ", text))


def test_dense_phone_words_and_han_mobiles_are_found_as_before():
    """The two dense texts of the benchmark's table: every number a finding, scored by its word."""
    scanner = Scanner(entities=["PHONE_NUMBER"])
    foreign = "numer 501 234 567 zadzwoń 22 123 45 67 hubungi 812 3456 7890 gọi 912 345 678 "
    found = scanner.scan(foreign * 3)
    assert len(found) == 12
    assert all(f.evidence.context for f in found)
    han = scanner.scan("张三 138 0013 8000 李四 139 1234 5678 " * 3)
    assert [h.end - h.start for h in han] == [13] * 6
    assert {f.evidence.tags for f in han} == {("CN",)}


def test_a_link_is_a_lone_settings_value_only_after_its_equals_sign():
    """A setting line's link stays reported; a machine line's link after a space is not one."""
    scanner = Scanner(entities=["URL"])
    assert [f.entity_type.value for f in scanner.scan("homepage=https://jane.example.org/a")] == [
        "URL"
    ]
    log = "2024-01-01 12:00:00 INFO GET https://api.example.org/v1/items 200"
    assert scanner.scan(log) == []
    assert UrlDetector()._set_scheme_url(log, log.index("://"), {}) is False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab 1-é電话ひカ한ไтΩعक\x00", max_size=60), st.integers(0, 60))
def test_script_hints_read_in_the_reachs_non_ascii_characters(text, start):
    """``_hinted`` gives the regions a search of the whole reach gives."""
    from privkit.detect._base import own_window
    from privkit.detect._builtin.phone import _SCRIPT_REGIONS

    det = PhoneDetector()
    start = min(start, len(text))
    end = min(len(text), start + 5)
    lo, hi = own_window(text, start, end, det.context_width)
    near = text[lo:hi]
    expected = [r for script, regions in _SCRIPT_REGIONS if script.search(near) for r in regions]
    assert det._hinted(text, start, end, ()) == tuple(dict.fromkeys(expected))


_DEVICE_KEY_PARTS = ["device_id", "deviceId", "user_device_id", "incidentSerialNo", "devid",
                     "serialNumber", "serial", "Device ID", "eventDeviceId", "request_device_id",
                     "logindeviceid", "CEF:0|Fortinet|", "devname=fw1 ", "CN=Jane,",
                     "=", ": ", "&", "?", " ", "\n", '"', "a1b2c3d4e5f6g7"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DEVICE_KEY_PARTS), min_size=1, max_size=24))
@example(["?", "device_id", "=", "a1b2c3d4e5f6g7", "&", "device_id", "=", "a1b2c3d4e5f6g7"])
@example(["devname=fw1 ", "devid", "=", "a1b2c3d4e5f6g7", " ", "devid", "=", "a1b2c3d4e5f6g7"])
def test_device_key_words_read_once_per_key_give_each_values_verdict(parts):
    """A scan's memo of a key's words gives every value the verdict read without it.

    (One state for all values: keys repeat, so later values read the memo.)
    """
    text = "".join(parts)
    state = ScanState(text)
    for start in range(1, len(text) + 1):
        assert _appliance_or_record_key(text, start, state) == _appliance_or_record_key(text, start)
