"""Fast paths give the findings of the reference path: process pool, length cap."""

import json
import re
from pathlib import Path
from unittest import mock

import pytest
from benchmarks.real_logs import real_log_lines
from hypothesis import example, given, settings
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _base
from privkit.detect._base import ScanState
from privkit.detect._prefilter import CORES, MIN_LENGTH, REACH, STARTS

PATTERNS_ONLY = DEFAULT_ENTITIES - NER_ENTITIES
DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"


def _corpus(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


@pytest.fixture(scope="module")
def scanner():
    return Scanner(entities=PATTERNS_ONLY)


class TestProcessPool:
    @pytest.mark.slow
    def test_two_processes_give_the_findings_of_one(self, scanner):
        texts = _corpus("detect_holdout.jsonl") * 3
        assert list(scanner.scan_many(texts, n_process=2, batch_size=50)) == list(
            scanner.scan_many(texts)
        )

    def test_bad_item_raises_after_the_texts_before_it(self, scanner):
        out = []
        with pytest.raises(TypeError, match="bytes"):
            out.extend(scanner.scan_many(["a@example.com", b"x", "b@example.com"], n_process=2))
        assert len(out) == 1
        assert out[0][0].entity_type.value == "EMAIL_ADDRESS"


class TestLengthCap:
    def test_only_the_prefix_is_scanned(self, scanner):
        text = "ip 10.0.0.1 " + "x" * 5000 + " mail a@example.com"
        (capped,) = scanner.scan_many([text], max_chars=100)
        assert [f.entity_type.value for f in capped] == ["IP_ADDRESS"]
        (whole,) = scanner.scan_many([text])
        assert len(whole) == 2

    @pytest.mark.parametrize("bad", [0, -1, 1.5, True])
    def test_bad_cap_raises_config_error(self, scanner, bad):
        from privkit.errors import ConfigError

        with pytest.raises(ConfigError, match="max_chars"):
            list(scanner.scan_many(["x"], max_chars=bad))


def _needs_hyperscan():
    from privkit.detect import _prefilter

    if not _prefilter.available():
        pytest.skip("hyperscan is not installed (privkit[fast])")
    return _prefilter


# Characters that build and break the cored candidates: digits, hex, separators, letters,
# look-behind and look-ahead characters, non-ASCII digits and letters, a non-ASCII space,
# the KELVIN SIGN (it lowercases to "k") and a dotted capital I (it lowercases to two).
# (with letters of scripts written without spaces, which some look-behinds let stand
# right before a candidate: the prefilter sees each as "?")
_ALPHABET = [*"0123456789abcdefABCDEFXYZ -.()+:/@_=#\n\"'", "٣", "é", "１", "\u00a0", "\u212a", "İ",
             "中", "ไ", "カ"]  # fmt: skip
# Key names and words of the cored and literal-led patterns, in mixed case.
_WORDS = ["device_id", "Device-ID", "UDID", "hwid", "anon_id", "fingerprint_id", "api_key",
          "Password", "access_token", "x-api-key", "curl/", "OKHTTP/", "java/", "is",
          "bc1", "Tel", "PHONE", "call", "Googlebot/2.1", "FBAndroidSDK.14", "Spider.1", "x",
          "www.", "://", "eyJ", "bearer", "akia", "AIza", "0a-1b-2c-3d-4e", "0a1b.2c3d.4e5f",
          ":0a:1b:2c:3d:4e:5f:6a", ":7b:8c:9d:ae:bf", "-4e6f-8a3b-5c7d-", "9e0f1a2b3c4d",
          # context words of other letters (the prefilter reports ASCII words only)
          "Tél", "teléfono", "Número", "电话", "Телефон", "(at)",
          # month names of the dates' patterns, "ſ" (a long s, which no ASCII core matches)
          "May", "SEP", "15Sep", "Aug.", "dec", " of ", "2012/", "3rd", "ſep", ", 1999",
          # words of the glued phone numbers, card phrases, signed URLs, encoded agents and
          # vanity numbers' capitals
          "Mobile", "telephone", "fax.", "card no ", "VISA", "cc", "Amex:", "?Signature=",
          "&x-amz-credential=", "sig=", "NSPlayer%2F10.0", "%20", "1-800-", "FLOWERS", "GO"]  # fmt: skip


def _cored_patterns():
    from privkit.detect._builtin import BUILTIN_DETECTORS, MacAddressDetector

    out = []
    for cls in BUILTIN_DETECTORS:
        for pattern, rx, not_after, back in cls._compiled:
            if rx.pattern in CORES:
                out.append((f"{cls.__name__}.{pattern.name}", rx, not_after, back, pattern))
    # The link-layer header run is searched by the MAC detector's own ``find``.
    mac = MacAddressDetector
    run = (mac._MAC_RUN, mac._MAC_RUN_NOT_AFTER, mac._MAC_RUN_BACK, mac._MAC_RUN_PATTERN)
    out.append(("MacAddressDetector.mac_header", *run))
    return out


_CORED = _cored_patterns()


# Texts of the characters and words above, for the cores' tests.
_PARTS = st.lists(
    st.one_of(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40), st.sampled_from(_WORDS)),
    max_size=20,
)


# Pieces of log lines around the cored candidates: numbers, groups, phones, IBANs, hex.
_FRAGMENTS = [
    " ", "\n", "-", ".", ":", "=", "(", ")", "+", "/", "@", "x", "é", "٣",
    "4111 1111 1111 1111", "4111-1111-1111-1111", "490154203237518", "89148000000745809013",
    "+1 415 555 2671", "(415) 555-2671", "020 7946 0018", "0044 20 7946 0018", "555-0100",
    "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "00:1a:2b:3c:4d:5e",
    "9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b", "a1b2c3d4e5f6", "078-05-1120", "123456789",
    "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e", "MAC=00:1a:2b:3c:4d:5e:00:11:22:33:44:55:08:00",
    "123e4567-e89b-12d3-a456-426614174000", "device ", "idfa ",
    "2026-11-29 10:12:01", "200 30577", "phone ", "tel: ", "card ", "imei ", "imsi=",
    "device_id=", "android_id ", "order ", "ssn: ", "ip 10.0.0.1", "v1.2.3", "12.34.56",
    "phone=", "Mobile_No: ", 'tel="', "91-98765-43210", "(11) 98765-4321",
    # cards after a label's stop, UnionPay, dotted groups; a token header's line
    "Card No.", "No.4111111111111111", "6212 3456 7890 1234", "6212345678901234",
    "4111.1111.1111.1111", "X-Session-Token: ", "a_token:", "dGhpcyBpcyBhIHRva2Vu==",
    # a card in two halves, an IMEI's three groups, an MEID's display groups
    "41111111 11111111", "35209900-176148-07", "A1 00 00 49 1F 2C 3D 4",
    "27011 31849 0204 2941 4", "meid ",
]  # fmt: skip


@pytest.fixture(scope="module")
def pair():
    _needs_hyperscan()
    return (
        Scanner(entities=PATTERNS_ONLY, prefilter=False),
        Scanner(entities=PATTERNS_ONLY, prefilter=True),
    )


class TestPrefilter:
    @pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.jsonl")))
    def test_same_findings_on_the_regression_corpora(self, pair, name):
        reference, fast = pair
        texts = _corpus(name)
        assert list(fast.scan_many(texts)) == list(reference.scan_many(texts))
        joined = "\n".join(texts)
        assert fast.scan(joined) == reference.scan(joined)

    def test_same_findings_on_real_logs(self, pair):
        reference, fast = pair
        lines = real_log_lines()
        assert len(lines) > 3000
        assert list(fast.scan_many(lines)) == list(reference.scan_many(lines))

    def test_every_core_belongs_to_a_builtin_pattern(self):
        assert {rx.pattern for _, rx, *_ in _CORED} == set(CORES)
        assert set(STARTS) <= set(CORES)
        assert set(MIN_LENGTH) <= set(STARTS)
        assert set(REACH) <= set(CORES) - set(STARTS)  # (windows only)

    def test_offsets_per_core_hold_for_the_default_cores_only(self):
        from privkit.detect._prefilter import Prefilter

        _needs_hyperscan()
        sample = "call 0044 20 7946 0958 now"
        # (an expression of several cores and offsets whose first core the sample holds)
        regex = next(
            rx
            for rx, given in STARTS.items()
            if isinstance(given, tuple) and re.search(CORES[rx][0], sample)
        )
        assert len(STARTS[regex]) == len(CORES[regex])
        # other cores for the expression: searched as windows, not at starts they do not give
        hits = Prefilter({regex: CORES[regex][:1]}).scan(sample)
        assert hits.starts(regex) is None
        assert hits.windows(regex)

    def test_a_core_of_one_width_gives_its_start_from_its_end(self):
        from privkit.detect._prefilter import _end_located

        # A boundary-led core: the match starts one after the boundary, at 0 when the core
        # matched at the start of the text (where it is one character shorter).
        assert _end_located(r"(?:\A|[^0-9])[0-9]{9}", 1) == 9
        assert _end_located(r"(?i)www\.", 0) == 4
        assert _end_located(r"[A-Z]{2}[0-9]{2}", 0) == 4
        # Several widths: Hyperscan reports the start instead.
        assert _end_located(r"/[0-9][0-9a-z]{0,20} \(", 0) is None
        assert _end_located(r"(?:\A|[^0-9])(?:00)?[0-9]{6}", 1) is None
        text = "123456789 x 987654321"
        prefilter = _needs_hyperscan().default_prefilter()
        from privkit.detect._builtin._common import _DIGITS

        assert prefilter.scan(text).starts(_DIGITS) == [0, 12]

    def test_patterns_on_a_length_core_keep_only_longer_matches(self):
        # Each pattern on an expression whose core requires a length keeps matches of that
        # length or more: the matches the prefilter leaves out are the ones it drops.
        for _name, rx, _not_after, _back, pattern in _CORED:
            if rx.pattern in MIN_LENGTH:
                assert pattern.min_length >= MIN_LENGTH[rx.pattern], _name

    @settings(max_examples=600, deadline=None)
    @given(parts=_PARTS, which=st.sampled_from(range(len(_CORED))))
    def test_windows_find_exactly_the_matches_of_a_full_pass(self, parts, which):
        prefilter = _needs_hyperscan()
        text = "".join(parts)
        _name, rx, not_after, back, pattern = _CORED[which]
        fast = ScanState(text)
        fast._prefilter = prefilter.default_prefilter()  # also below the size threshold
        slow = ScanState(text)
        args = (rx, not_after)
        kw = {"lowercase": pattern.lowercase, "back": back, "shortest": pattern.min_length}
        # A core may leave out matches shorter than every pattern on it keeps (MIN_LENGTH).
        shortest = MIN_LENGTH.get(rx.pattern, 1)
        assert [s for s in fast.spans(*args, **kw) if s[1] - s[0] >= shortest] == [
            s for s in slow.spans(*args, **kw) if s[1] - s[0] >= shortest
        ]
        # A caller that keeps shorter matches gets them all.
        kw["shortest"] = 1
        assert fast.spans(*args, **kw) == slow.spans(*args, **kw)

    @pytest.mark.parametrize("name", sorted(n for n, rx, *_ in _CORED if rx.pattern in REACH))
    @settings(max_examples=200, deadline=None)
    @given(parts=_PARTS)
    # a vanity candidate whose capital stands 16 characters after its first
    @example(parts=["x 4111 1111 1111 1111 .UDID"])
    # keys without a value, then one with a value: windows tried position by position
    @example(parts=["Password", " ", "api_key ", "x" * 30, "access_token=", "a1b2c3d4e5"])
    @example(parts=["device_id", " " * 3, "UDID: ", "0a1b2c3d4e5f6a7b"])
    def test_narrow_windows_find_exactly_the_matches_of_a_full_pass(self, name, parts):
        prefilter = _needs_hyperscan()
        text = "".join(parts)
        _name, rx, not_after, back, pattern = next(c for c in _CORED if c[0] == name)
        fast = ScanState(text)
        fast._prefilter = prefilter.default_prefilter()  # also below the size threshold
        slow = ScanState(text)
        kw = {"lowercase": pattern.lowercase, "back": back}
        assert fast.spans(rx, not_after, **kw) == slow.spans(rx, not_after, **kw)

    @settings(max_examples=600, deadline=None)
    @given(parts=_PARTS)
    @example(parts=["中文:", "0044 20 7946 0958"])  # a colon after such a letter
    @example(parts=["カ:", "(03) 1234 5678"])
    @example(parts=["01", "1" * 25])  # a base58 run inside a word: no start needed
    def test_starts_hold_every_start_of_a_full_pass(self, parts):
        # The promise the cores make, below the shortcut to a full pass that a dense text
        # takes (``_DENSE``): every match's start is reported (of the length MIN_LENGTH asks).
        prefilter = _needs_hyperscan().default_prefilter()
        text = "".join(parts)
        hits = prefilter.scan(text)
        for _name, rx, not_after, *_ in _CORED:
            starts = hits.starts(rx.pattern)
            if starts is not None:
                shortest = MIN_LENGTH.get(rx.pattern, 1)  # (a core may leave out shorter ones)
                # (a match its pattern drops for the character before it, ``not_after``, as
                # a base58 run inside a word, needs no start)
                full = {
                    m.start()
                    for m in rx.finditer(text)
                    if len(m[0]) >= shortest
                    and not (m.start() and not_after and not_after.match(text, m.start() - 1))
                }
                assert not full - set(starts), (_name, sorted(full - set(starts)))

    @settings(max_examples=300, deadline=None)
    @given(
        parts=st.lists(
            st.one_of(
                st.text(alphabet=st.sampled_from(_ALPHABET), max_size=20),
                st.sampled_from([*_WORDS, "HOME", "work", "Mobile", "Kelvin", "tel"]),
            ),
            max_size=20,
        )
    )
    def test_literals_and_word_positions_match_the_lowered_text(self, parts):
        prefilter = _needs_hyperscan().default_prefilter()
        from privkit.detect._builtin import BUILTIN_DETECTORS, PhoneDetector

        text = "".join(parts)
        fast = ScanState(text)
        fast._prefilter = prefilter
        slow = ScanState(text)
        for cls in BUILTIN_DETECTORS:
            for literals in [
                cls.prefilter,
                cls._ctx_variants,
                *(p.prefilter for p in cls.patterns),
            ]:
                if literals:
                    assert fast.present(literals) == slow.present(literals), literals
        words = PhoneDetector._ctx_variants
        assert fast.marks(words) == slow.marks(words)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60))
    def test_same_findings_on_generated_log_text(self, pair, parts):
        reference, fast = pair
        text = "".join(parts)
        with mock.patch.object(_base, "_MIN_PREFILTER", 0):
            assert fast.scan(text) == reference.scan(text)
            assert list(fast.scan_many(parts)) == list(reference.scan_many(parts))


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from([*"aAbZ 9.@:/", "é", "É", "İ", "σ", "Σ", "中"]), max_size=260
    ),
    literals=st.lists(
        st.one_of(
            st.text(alphabet=st.sampled_from([*"ab9.@/ ", "é", "σ", "中"]), min_size=1, max_size=3),
            st.just("i\u0307"),  # (what "İ" lowers to)
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_present_is_whether_a_literal_occurs_in_the_lowered_text(text, literals):
    # (short texts are searched directly, longer ones after ``could_hold``: one answer)
    literals = tuple(literals)
    assert ScanState(text).present(literals) == any(p in text.lower() for p in literals)


class TestCheapRejections:
    """Candidates rejected before any per-candidate work, and their near misses."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("tel 10.20.30.40", [("IP_ADDRESS", "10.20.30.40")]),
            ("phone: 80 - 183.60.244.30", [("IP_ADDRESS", "183.60.244.30")]),
            # Dotted phone numbers that hold no valid address stay phone numbers.
            ("tel: 06.12.34.56.78", [("PHONE_NUMBER", "06.12.34.56.78")]),
            ("call 1.800.555.0199 now", [("PHONE_NUMBER", "1.800.555.0199")]),
            ("mobile 212.555.12.34", [("PHONE_NUMBER", "212.555.12.34")]),
            ("Tel +41 44.668.18.00", [("PHONE_NUMBER", "+41 44.668.18.00")]),
        ],
    )
    def test_an_address_is_no_phone_number(self, text, expected):
        phones = Scanner(entities=["PHONE_NUMBER", "IP_ADDRESS"])
        got = [(f.entity_type.value, text[f.start : f.end]) for f in phones.scan(text)]
        assert got == expected

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            ("at 10:12:01 ok", False),
            ("a:b:c:d", False),
            ("2001:db8:0:0:0:0:0:1", True),
            ("fe80::1", True),
            ("::ffff:10.0.0.1", True),
            ("[2001:db8::1]:8443", True),
            ("2001:db8:85a3:0:0:8a2e:10.1.2.3", True),
        ],
    )
    def test_ipv6_needs_a_double_colon_or_six_colons(self, text, found):
        got = Scanner(entities=["IP_ADDRESS"]).scan(text)
        assert bool(got) is found


_PHONE_PARTS = [*_FRAGMENTS, "call ", "mobile: ", "fax ", "home ", "+44 20 7946 0958",
                "1-202-555-0153", "(0)20 7946", "10.1.2.3 ", "200 4120 ", "0.000010",
                "1548117000000", "84-42420", "number ", "(", "00"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHONE_PARTS), max_size=40))
def test_phone_shortcuts_within_a_scan_change_no_result(parts):
    """The early rejections that use the scan's memo give evaluate()'s answer."""
    from privkit.detect._builtin import PhoneDetector

    text = "".join(parts)
    det = PhoneDetector()
    state = ScanState(text)
    for pattern, rx, not_after, back in det._compiled:
        for start, end in state.spans(rx, not_after, lowercase=pattern.lowercase, back=back):
            fast = det._evaluate_in(state, start, end, pattern)
            assert fast == det.evaluate(text, start, end, pattern)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*"abZ09_.-% /(\t", "é", "٣"]), max_size=120),
    st.integers(min_value=0, max_value=120),
)
def test_product_start_equals_the_expression(text, end):
    from privkit.detect._builtin.agent import _PRODUCT_BEFORE, _product_start

    end = min(end, len(text))
    m = _PRODUCT_BEFORE.search(text, max(0, end - 96), end)
    assert _product_start(text, end) == (None if m is None else m.start())


_URL = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "INFO ", "2024-01-31 GET ", "Referer: ", "see ", "x=", "\t", '"']),
        st.sampled_from(["https://", "http://", "www.", "ftp://", "hxxp://"]),
        st.sampled_from(["", "user:pw@", "jane@"]),
        st.sampled_from(["example.com", "a.b.org", "localhost:8080", "10.0.0.1"]),
        st.sampled_from(["", "/a/b", "/p;v", "/x@y"]),
        st.sampled_from(["", "?", ";", "#"]),
        st.sampled_from(["", "uid=jane", "q=shoes", "email=x%40y.com", "a=b&sid=abc123"]),
        st.sampled_from(["", " ok", '" 200', "\nnext line", ").", ", and"]),
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_URL, min_size=1, max_size=4))
def test_url_shortcut_in_machine_text_changes_no_result(parts):
    """Skipping URLs with no user information or query in machine text gives find()'s answer."""
    from privkit.detect._base import PatternDetector
    from privkit.detect._builtin import UrlDetector

    text = " ".join(parts)
    det = UrlDetector()
    fast = list(det.find(ScanState(text)))
    with mock.patch.object(UrlDetector, "_evaluate_in", PatternDetector._evaluate_in):
        assert fast == list(det.find(ScanState(text)))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "@", ".", "b", "co", "\uff0e", "\uff20", "x" * 62, "-", " ", "é"]),
        max_size=40,
    )
)
def test_email_dot_reach_loses_no_address(parts):
    """Skipping an at sign with no dot within a first label's reach loses no address."""
    from privkit.detect import _builtin

    text = "".join(parts)
    det = _builtin.EmailDetector()
    fast = list(det.find(ScanState(text)))
    with mock.patch.object(_builtin.email, "_DOMAIN_REACH", 10**9):
        assert fast == list(det.find(ScanState(text)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"a~-_.Z9 /", "é", "\t"]), max_size=8))
def test_version_glue_equals_the_expression(before):
    from privkit.detect._builtin import IpAddressDetector
    from privkit.detect._builtin.network import _glued_before

    assert _glued_before(before) == bool(IpAddressDetector._VERSION_GLUE_BEFORE.search(before))


def _is_version_reference(det, text, start, end):  # noqa: PLR0911
    """``IpAddressDetector._is_version`` with its string-method steps written as loops.

    The separators before the quad and the letters of the word before them are counted one
    character at a time; every decision after is the detector's own.
    """
    from privkit.detect._builtin.network import header_version

    if header_version(text, start):
        return True
    if text[start - 1 : start] in (" ", "\t") and det._signature_parameter(text, start, end):
        return True
    before = text[max(0, start - 24) : start]
    if det._packaged_or_listed(text, start, end, before):
        return True
    j = len(before)
    while j > 0 and len(before) - j < 4 and before[j - 1] in " \t:=/#\"')\\>(":
        j -= 1
    if j == 0 or not before[j - 1].isalpha():
        return False
    if before[j - 1] in "vV" and j == len(before):
        return True
    i = j - 1
    while i > 0 and j - i < 24 and before[i - 1].isalpha():
        i -= 1
    word = before[i:j]
    if before[j:] == "/":
        return word.lower() in det._RELEASE_DIRECTORIES or (
            not det._object_path(text, start - len(before) + i, end)
            and (
                (not word.islower() and not word.isupper())
                or (word.islower() and det._quoted_token(before, i))
                or det._CLIENT_PRODUCT.search(before) is not None
                or det._software_header(text, start - len(before) + i)
            )
        )
    if j == len(before):
        return False
    return det._version_word(word)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"aZvV ~-_.:=/#\"'\t", "é", "version", "build", "Chrome", "inside", "x" * 30]
        ),
        max_size=12,
    ),
    st.sampled_from(["", "-rc1", "~", " ", ".tar"]),
)
@example(["/", "Chrome", "/"], "")  # an object's path ("/Common/10.1.1.5"), no product's version
def test_version_test_equals_the_reference(parts, after):
    from privkit.detect._builtin import IpAddressDetector

    det = IpAddressDetector()
    before = "".join(parts)
    text = before + "10.1.2.3" + after
    start, end = len(before), len(before) + len("10.1.2.3")
    assert det._is_version(text, start, end) == _is_version_reference(det, text, start, end)


def _unpruned(scanner, call):
    """``call()`` with pruning off: every candidate evaluated."""
    from privkit.detect import _scanner

    real = _scanner.ScanState

    def state(text, *, prefilter=None, prune=False):
        del prune
        return real(text, prefilter=prefilter)

    with mock.patch.object(_scanner, "ScanState", state):
        return call()


_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Googlebot/2.1 Safari/537.36"
_ACCESS = f'1.2.3.4 - - [01/Jan/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 12 "-" "{_AGENT}"'


_AGENT_PIECES = [_AGENT, " ", '"', "\n", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)",
                 " MyApp/1.2 (iPhone; iOS 17.0)", "Googlebot/2.1", " curl/8.4.0", "é",
                 " a@example.com", "Mozilla/", "/5.0 (Windows NT 10.0)", "x", "-", ";",
                 '"GET / HTTP/1.1" 200 12 "-" "', "User-Agent: "]  # fmt: skip


class TestPruning:
    """Candidates inside a browser agent are not evaluated; the findings stay the same."""

    def test_an_agents_contact_is_tagged_however_many_agents_pruning_left(self, scanner):
        # (hypothesis's case: a quoted field's agent spans three browser agents, and the
        # header's agent with its contact address was not among the longest four read)
        text = (
            '"GET / HTTP/1.1" 200 12 "-" "' + _AGENT * 3 + "User-Agent: Googlebot/2.1"
            ' a@example.com"'
        )
        found = scanner.scan(text)
        assert found == _unpruned(scanner, lambda: scanner.scan(text))
        header = [f for f in found if f.evidence.pattern == "ua_header"]
        assert [text[f.start : f.end] for f in header] == ["Googlebot/2.1 a@example.com"]
        assert header[0].evidence.tags == ("contact_email",)

    def test_pruning_skips_the_parts_of_a_browser_agent(self, scanner):
        from privkit.detect._base import ScanState
        from privkit.detect._builtin import UserAgentDetector

        det = UserAgentDetector()
        pruned = ScanState(_ACCESS, prune=True)
        kept = list(det.find(pruned))
        every = list(det.find(ScanState(_ACCESS)))
        assert len(kept) < len(every)  # the app, bot and field matches inside it
        assert [f for f in kept if f.evidence.pattern == "browser"] == [
            f for f in every if f.evidence.pattern == "browser"
        ]
        assert list(pruned.relied.values()) == [f for f in kept if f.evidence.pattern == "browser"]

    @pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.jsonl")))
    def test_same_findings_as_a_full_evaluation_on_the_corpora(self, scanner, name):
        texts = _corpus(name)
        assert list(scanner.scan_many(texts)) == _unpruned(
            scanner, lambda: list(scanner.scan_many(texts))
        )
        for t in texts[:300]:
            assert scanner.scan(t) == _unpruned(scanner, lambda t=t: scanner.scan(t))

    def test_same_findings_as_a_full_evaluation_on_real_logs(self, scanner):
        lines = real_log_lines()
        assert list(scanner.scan_many(lines)) == _unpruned(
            scanner, lambda: list(scanner.scan_many(lines))
        )

    @pytest.mark.parametrize(
        "allow",
        [
            [_AGENT],  # the browser agent is allowed: its parts are then reported
            [_AGENT.upper()],
        ],
    )
    def test_a_covering_finding_that_is_not_kept_brings_the_parts_back(self, allow):
        s = Scanner(entities=PATTERNS_ONLY, allow_list=allow)
        texts = [_ACCESS, "x " + _AGENT, _AGENT]
        for text in texts:
            found = s.scan(text)
            assert found == _unpruned(s, lambda text=text: s.scan(text))
            agents = [text[f.start : f.end] for f in found if f.entity_type.value == "USER_AGENT"]
            assert agents  # parts, as without pruning
            assert _AGENT not in agents
        assert list(s.scan_many(texts)) == _unpruned(s, lambda: list(s.scan_many(texts)))

    def test_a_threshold_above_the_browser_score_drops_the_parts_too(self):
        s = Scanner(entities=PATTERNS_ONLY, min_score=0.96)
        assert s.scan(_ACCESS) == _unpruned(s, lambda: s.scan(_ACCESS))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_AGENT_PIECES), max_size=16))
    def test_same_findings_as_a_full_evaluation_on_generated_agents(self, scanner, parts):
        text = "".join(parts)
        assert scanner.scan(text) == _unpruned(scanner, lambda: scanner.scan(text))
        assert list(scanner.scan_many(parts)) == _unpruned(
            scanner, lambda: list(scanner.scan_many(parts))
        )


class TestSift:
    """The phone detector drops word-less digit groups in one loop: same findings."""

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from([*_FRAGMENTS, "(", "0", "+1 ", "call "]), max_size=40))
    def test_sifted_findings_equal_evaluated_ones(self, parts):
        from privkit.detect._builtin import PhoneDetector

        text = "".join(parts)
        det = PhoneDetector()
        sifted = list(det.find(ScanState(text)))
        with mock.patch.object(PhoneDetector, "_sifts", False):
            every = list(det.find(ScanState(text)))
        assert sifted == every

    @pytest.mark.parametrize("text", ["imsi=\u0663(11) 98765-4321", "=3(11) 98765-4321"])
    def test_the_sift_keeps_a_keys_value_for_the_retry_from_a_later_start(self, text):
        # Hypothesis found it: the sift dropped "3(11) ..." after "=" (no layout, no phone
        # word), the full test retries a key's value from "(" and reports "(11) 98765-4321".
        from privkit.detect._builtin import PhoneDetector

        det = PhoneDetector()
        every_finding = None
        with mock.patch.object(PhoneDetector, "_sifts", False):
            every_finding = list(det.find(ScanState(text)))
        assert every_finding
        assert list(det.find(ScanState(text))) == every_finding

    @pytest.mark.parametrize("gap", [0, 1, 10, 20, 23, 24, 25, 30, 46, 47, 48, 49, 60])
    def test_the_sift_agrees_at_the_edge_of_the_context_window(self, gap):
        from privkit.detect._builtin import PhoneDetector

        det = PhoneDetector()
        for text in (f"555 0100{' ' * gap}tel", f"tel{' ' * gap}555 0100 0100"):
            sifted = list(det.find(ScanState(text)))
            with mock.patch.object(PhoneDetector, "_sifts", False):
                assert sifted == list(det.find(ScanState(text)))

    def test_the_sift_drops_only_word_less_groups(self):
        from privkit.detect._builtin import PhoneDetector

        pad = " x" * 40  # keeps the groups out of each other's context windows
        text = f"200 30577{pad} 2026-11-29{pad} tel 555 0100{pad} (415) 555-0132{pad} 0044 20 7946"
        state = ScanState(text)
        det = PhoneDetector()
        (_, rx, not_after, back), *_ = det._compiled
        spans = state.spans(rx, not_after, back=back)
        kept = [text[s:e] for s, e in det._sift(det.patterns[0], spans, state)]
        # No phone word near and no phone layout: dropped. A word near, a North American
        # layout, a "(" or a "00"/"+" start: kept for evaluation.
        assert kept == ["555 0100", "(415) 555-0132", "0044 20 7946"]


class TestPruningIsNotInherited:
    def test_a_subclass_that_changes_evaluation_scans_every_candidate(self):
        from privkit.detect._builtin import UserAgentDetector

        class AgentsWithContext(UserAgentDetector):
            context = ("agent",)

        class AgentsChecked(UserAgentDetector):
            def evaluate(self, text, start, end, pattern, /):
                return super().evaluate(text, start, end, pattern)

        assert UserAgentDetector._covering == "browser"
        for cls in (AgentsWithContext, AgentsChecked):
            assert cls._covering == ""
            state = ScanState(_ACCESS, prune=True)
            assert list(cls().find(state)) == list(cls().find(ScanState(_ACCESS)))
            assert not state.relied

    def test_a_subclass_that_keeps_evaluation_keeps_pruning(self):
        from privkit.detect._builtin import UserAgentDetector

        class Renamed(UserAgentDetector):
            name = "agents"

        assert Renamed._covering == "browser"

    def test_a_phone_subclass_that_changes_evaluation_evaluates_every_candidate(self):
        from privkit.detect._builtin import PhoneDetector

        class AnyDigits(PhoneDetector):
            def _needs_word(self, text, start, end, cand, state):
                return False

        class MoreWords(PhoneDetector):
            context = (*PhoneDetector.context, "hotline")

        assert PhoneDetector._sifts
        assert not AnyDigits._sifts
        assert MoreWords._sifts  # the sift reads the subclass's own context words
        calls = []

        class Counted(AnyDigits):
            def _evaluate(self, text, start, end, pattern, state):
                calls.append(text[start:end])
                return super()._evaluate(text, start, end, pattern, state)

        text = "x" * 80 + " 200 30577 " + "x" * 80
        list(Counted().find(ScanState(text)))
        assert calls == ["200 30577"]  # evaluated: no sift took it away


class TestShortcutsEqualTheirExpressions:
    """Each shortcut that skips work gives what the expression or loop it stands for gives."""

    _SPELLED_PIECES = ("a", "b", "é", "1", ".", "%", "+", "-", "_", " ", "  ", "\t", "\n",
                       "(at)", "[ at ]", "{AT}", "<at >", "(dot)", ".com", "x.org", "@", "(",
                       ")", "\u00a0", "\u2003", "ü", "x" * 63, "y" * 64, "&#64;", "&#x40;",
                       "&commat;", "&#46;", "&")  # fmt: skip

    @settings(max_examples=600, deadline=None)
    @given(st.lists(st.sampled_from(_SPELLED_PIECES), max_size=30))
    def test_spelled_at_signs_give_the_full_pass_matches(self, parts):
        from privkit.detect._builtin.email import _SPELLED_EMAIL, _spelled_matches

        text = "".join(parts)
        expected = [m.span() for m in _SPELLED_EMAIL.finditer(text)]
        assert [m.span() for m in _spelled_matches(text)] == expected

    @settings(max_examples=600, deadline=None)
    @given(
        st.text(
            alphabet=st.sampled_from(
                [
                    *"0123456789 a-+(.",
                    "٣",
                    "१",
                    "１",
                    "\uff08",
                    "\uff0b",
                    "\u00a0",
                    "\u2013",
                    "\u2212",
                    "\u202f",
                    "é",
                    "中",
                    "\ud800",
                    "\n",
                    "\ufeff",
                    "\u200b",
                ]
            ),
            max_size=40,
        )
    )
    def test_fold_lines_are_the_lines_the_expression_matches_in(self, text):
        from privkit.detect._builtin.phone import _FOLD, _fold_lines

        spans, pos = [], 0
        for line in text.split("\n"):
            if _FOLD.search(line) is not None:
                spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        assert _fold_lines(text) == spans

    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=60))
    def test_non_ascii_keeps_every_other_character_in_order(self, text):
        assert _base.non_ascii(text) == "".join(c for c in text if ord(c) > 127)

    def test_non_ascii_keeps_a_lone_surrogate(self):
        assert _base.non_ascii("a\ud800b\udfffé") == "\ud800\udfffé"

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from([*"a_Z9 .-/", "é", "中", "٣", "\u0e01"]), max_size=4))
    def test_glued_word_equals_the_expression(self, before):
        from privkit.detect._builtin._common import _SPACED_WORD_CHAR, _glued_word

        text = before + "192.0.2.1"
        start = len(before)
        expected = start > 0 and _SPACED_WORD_CHAR.match(text, start - 1) is not None
        assert _glued_word(text, start) == expected

    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "my site is example.com",
                    "see docs.python.org today",
                    "visit shop.example.xyz",
                    "2024-01-02 10:00:01 INFO host=web1.example.com status=200",
                    "GET /a.html HTTP/1.1",
                    "key=value.io",
                    "import foo.io",
                    "\n",
                    " ",
                    "\n\x00\n",
                    "a.com",
                    "Booking.com is",
                    "x.org/",
                    "<https://e.com/a>",
                    # (names inside links, and after them: the search resumes at a link's end)
                    "http://a@b.co",
                    "https://x.io/a.com.net",
                    "www.q.org",
                    "ab.com/xy",
                    ".com",
                    "hi.de",
                ]
            ),
            max_size=12,
        )
    )
    @example(["http://a@b.co", " ", "http://a@b.co", ".com", " ", "hi.de"])
    @example(["https://x.io/a.com.net", "hi.de", " my site is example.com"])
    def test_names_in_prose_skip_only_machine_lines(self, parts):
        """Bare names found line by line, past the links, equal those of the whole pass."""
        from privkit.detect._builtin import UrlDetector

        text = "".join(parts)
        det = UrlDetector()
        fast = list(det.find(ScanState(text)))

        def every_name(self, text, lines, taken):
            del lines, taken
            return self._NAME_END.finditer(text)

        with mock.patch.object(UrlDetector, "_names_in_prose", every_name):
            assert fast == list(det.find(ScanState(text)))

    def test_clause_heads_are_the_marks_where_a_head_starts_a_word(self):
        from privkit.detect._builtin import PhoneDetector

        text = "Call the hotel telephone line, mobile 555, cell: tel. and the phone, cancelled"
        state = ScanState(text)
        heads = PhoneDetector()._head_marks(state)
        low = text.lower()
        expected = sorted(
            i
            for i in range(len(low))
            if (i == 0 or not low[i - 1].isalpha())
            and low.startswith(PhoneDetector._CLAUSE_HEADS, i)
        )
        assert expected  # the line has such words ("hotel" and "cancelled" hold no head)
        assert sorted(set(heads)) == expected

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "phone",
                    "hotel",
                    "tel",
                    "cell",
                    "cancelled",
                    "my",
                    " ",
                    ": ",
                    "-",
                    "'",
                    "2",
                    "415 555 0132",
                    "number",
                    "\n",
                    "teléfono",
                    "x",
                ]
            ),
            max_size=25,
        )
    )
    def test_clause_label_with_heads_equals_it_without(self, parts):
        """The picked heads change no label: the text read without marks gives the same."""
        from privkit.detect._builtin import PhoneDetector

        text = "".join(parts)
        det = PhoneDetector()
        state = ScanState(text)
        for start in range(len(text) + 1):
            assert det._clause_label(text, start, state) == det._clause_label(text, start, None)


class TestReadingAgain:
    """A pruned candidate that may count is read again by the detectors that pruned only."""

    def test_only_a_detector_that_pruned_reads_again(self, monkeypatch):
        from privkit.detect._builtin import IpAddressDetector, UserAgentDetector

        s = Scanner(entities=PATTERNS_ONLY, allow_list=[_AGENT])  # the covering agent goes
        expected = _unpruned(s, lambda: s.scan(_ACCESS))
        calls: list[tuple[str, bool]] = []
        for cls in (IpAddressDetector, UserAgentDetector):

            def counted(self, state, real=cls.find):
                calls.append((type(self).__name__, state.prune))
                return real(self, state)

            monkeypatch.setattr(cls, "find", counted)
        assert s.scan(_ACCESS) == expected
        assert sorted(calls) == [
            ("IpAddressDetector", True),  # read once: it prunes nothing
            ("UserAgentDetector", False),  # its covering finding was not kept: read again
            ("UserAgentDetector", True),
        ]
        expected_many = _unpruned(s, lambda: list(s.scan_many([_ACCESS, "x"])))
        calls.clear()
        assert list(s.scan_many([_ACCESS, "x"])) == expected_many
        assert sorted(calls) == [
            ("IpAddressDetector", True),
            ("UserAgentDetector", False),
            ("UserAgentDetector", True),
        ]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "x ",
                "ab.com/xy ",
                "see shop.example.berlin/menu ",
                "setup.py/",
                "a.tar/",
                "notes.md/x ",
                "go to site.club/wat",
                "https://a.io/b ",
                "\n",
                " ",
                "é.com/",
                "bücher.de/k ",
                "v.xyz:8080/a",
                "ASP.NET/Core ",
            ]
        ),
        max_size=12,
    )
)
def test_url_sift_drops_only_what_evaluate_refuses(parts):
    """The bare-link sift keeps every url_bare_tld candidate that evaluate() may accept."""
    from privkit.detect._builtin import UrlDetector

    text = "".join(parts)
    det = UrlDetector()
    fast = list(det.find(ScanState(text)))
    with mock.patch.object(UrlDetector, "_sifts", False):
        assert fast == list(det.find(ScanState(text)))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "_",
                "*",
                "~",
                "__",
                "**",
                "~~~",
                " ",
                "(",
                "[",
                "http://",
                "https://",
                "www.",
                "WWW.",
                "x",
                "ab",
                "\n",
                "svn+ssh://",
                "a1-b.c_d://",
                "İ",
                "é",
                '"html_url":"',
                ".com/",
                "abcdefghijklmno",
                "abcdefghijklmnop",
                "\u2003",
                "\x1c",
            ]
        ),
        max_size=14,
    )
)
def test_emphasis_before_a_link_equals_the_expression(parts):
    """The mark-led expression finds what the look-behind-led one (its definition) finds."""
    from privkit.detect._builtin._common import _RICH_EMPHASIS

    plain = re.compile(r"(?:^|(?<=[\s(\[]))([*_~])\1{0,2}(?=[A-Za-z][\w+.\-]{0,15}://|(?i:www\.))")
    line = "".join(parts)
    assert (_RICH_EMPHASIS.search(line) is not None) == (plain.search(line) is not None)


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"|![]*_~`<>)( \t#.-+:/aZ9\u00e9\n", "INFO", ".. _", "__ "]),
        max_size=14,
    )
)
def test_markup_marks_equal_the_expression(parts):
    """The mark-led expression of ``_markup_reading`` removes what its definition removes.

    The definition: the openings at the line's start, then each mark as an alternative of
    its own, a ``)`` glued.
    """
    from privkit.detect._builtin._common import _LINK_LABEL, _MARKUP_MARK, _unmark

    plain = re.compile(
        r"^[ \t]*(?:>[ \t]?)+|^[ \t]*[-*+][ \t]+|^[ \t]*#{1,6}[ \t]+|^[ \t]*\.\. _[^:\n]{0,200}:"
        r"|^[ \t]{0,3}\[" + _LINK_LABEL + r"\]:"
        r"|^[ \t]*__[ \t]|\||!?\[|\]\(?|(?<![\w/])[*_~]{1,3}|[*_~]{1,3}(?![\w/])|`_{0,2}|[<>]|(\))"
    )
    line = "".join(parts)
    want = plain.sub(lambda m: "" if m.group(1) else " ", line)
    assert _MARKUP_MARK.sub(_unmark, line) == want


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "https://",
                "http://x.org",
                "/a",
                "]",
                "(",
                ")",
                "](",
                "](https://y.org/b)",
                "[see ",
                "](www.",
                "](/p",
                "](#f",
                "](<",
                "](2)",
                "]x",
                "www.a.org",
                " ",
                "\n",
                "é",
                "a" * 40,
            ]
        ),
        max_size=20,
    )
)
def test_twin_pass_equals_the_expression(parts):
    """A twin's pass (the plain URL class, guarded by "](") gives finditer's matches."""
    from privkit.detect._base import TWINS, _full_pass, _match_at
    from privkit.detect._builtin.url import _URL_SCHEME, _URL_WWW

    text = "".join(parts)
    rx = re.compile(_URL_SCHEME)
    assert _URL_SCHEME in TWINS
    assert [m.span() for m in _full_pass(rx, text)] == [m.span() for m in rx.finditer(text)]
    # matched at given starts (every position: a full pass's steps), the www expression too
    for expression in (_URL_SCHEME, _URL_WWW):
        rx = re.compile(expression)
        every = list(range(len(text) + 1))
        assert [m.span() for m in _match_at(rx, text, every)] == [
            m.span() for m in rx.finditer(text)
        ]


def test_a_twin_stands_in_only_for_its_own_flags():
    """A caseless recompilation (a text whose lowering moves offsets) runs itself."""
    from privkit.detect._base import _full_pass, _match_at
    from privkit.detect._builtin.url import _URL_WWW

    rx = re.compile(_URL_WWW, re.IGNORECASE)
    text = "see WWW.Example.COM/Path](x) now"
    assert [m.span() for m in _full_pass(rx, text)] == [m.span() for m in rx.finditer(text)]
    assert [m.span() for m in _match_at(rx, text, [4])] == [rx.match(text, 4).span()]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "\n", "\n\n", "bc d", " "]), max_size=40),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_lines_around_a_sentence_are_the_split_lines(parts, lo_at, hi_back):
    """``_lines_around`` gives the lines that splitting the window at newlines gives."""
    from privkit.detect._builtin.url import RECORD_LINES, _lines_around

    text = "".join(parts)
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for ls in starts:
        le = text.find("\n", ls)
        lo = min(lo_at, ls)
        hi = max(le if le >= 0 else len(text), len(text) - hi_back)
        before = text[lo:ls].split("\n")[-RECORD_LINES - 1 : -1]
        after = text[le + 1 : hi].split("\n")[:RECORD_LINES] if 0 <= le < hi else []
        got = [text[a:b] for a, b in _lines_around(text, lo, ls, le, hi)]
        n = len(before)
        assert got[:n] == before[::-1]
        assert got[n:] == after


_LOG_PIECES = ["a", "B", "é", "1", "0507", ".", "..", " ", "\t", "\n", "[", "<", ":", "/",
               "://", "http", "x.com", "www.a.co.uk", "org.apache.Foo", "INFO", "error", "Mar",
               " 13 17:49:", "I0507 12:04:17.597069 ", "%ASA-4-338002:", "  at ", "Sys.Io.X(",
               "中", "\u00a0"]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LOG_PIECES), max_size=16))
@example(["INFO", "://"])  # (a line with no dot: its URL is not blanked)
@example([".", "a", ":", "1"])  # (a source location: a dot file's line)
def test_log_record_equals_its_expression_on_the_blanked_line(parts):
    """``log_record`` skips a host search with no dot left and the path search with one dot.

    A line that does not open like a record is one when it holds a source location (a
    path's extension before a line number: ``source_location``, which needs a dot).
    """
    from privkit.detect._ner import (
        _HOST,
        _LOG_LINE,
        _URL_TOKEN,
        _blank,
        chatting,
        log_record,
        source_location,
    )

    line = "".join(parts)
    # (a line with no dot is read as it is: no package path, and no host to blank)
    blanked = _HOST.sub(_blank, _URL_TOKEN.sub(_blank, line)) if "." in line else line
    expected = not chatting(line) and (
        _LOG_LINE.match(blanked) is not None or source_location(blanked)
    )
    assert log_record(line) == expected


_OPENING_PIECES = [" ", "  ", "     ", "\t", "\n", "\u00a0", "\u2028", "\x1c", "!!!  ", "!    ",
                   "dvi: ", "sto:\t", "dvi:", "a", "1", "[", "INFO", "info:", "Mar 13 17:49:",
                   ">>>  [", "<<<  S", "%ASA-4-338002:", "LOG: ", "hpsa 0000:02:00.0: ",
                   "eth0: ", "ath0/sis0:", "wlp2s0", "I0507 12:04:17.597069 ", "  at ", "org.apache.Foo", "é"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=14), st.integers(0, 3))
@example(["     ", "dvi: "], 0)
@example([" ", "\n", "     ", "dvi: "], 0)
@example(["\n", "!    ", "sto:\t"], 1)
@example(["\u2028", "\n", "!!!  ", "dvi: "], 0)
def test_log_opening_gives_back_no_white_space_and_matches_as_written(parts, pos):
    """The log opening's possessive run matches where ``\\s*(?:words|SetupAPI level)`` does.

    No opening word starts with white space, so only the first other character after the
    run can open one; a SetupAPI level field follows the run's last newline (or the start).
    """
    from privkit.detect._ner import (
        _LOG_LINE,
        _LOG_LINE_FEW_DOTS,
        _LOG_OPENING_PART,
        _LOG_OPENING_WORDS,
        _SETUPAPI_LEVEL,
    )

    written = re.compile(rf"\s*(?:{_LOG_OPENING_WORDS}|{_SETUPAPI_LEVEL})")
    rest = _LOG_LINE.pattern[len(_LOG_OPENING_PART) :]
    written_line = re.compile(written.pattern + rest)
    line = "".join(parts)
    pos = min(pos, len(line))
    assert (_LOG_LINE_FEW_DOTS.match(line, pos) is None) == (written.match(line, pos) is None)
    assert (_LOG_LINE.match(line, pos) is None) == (written_line.match(line, pos) is None)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\t", "  ", "Host", "X-Real-IP", ":", " :", "a", "\n",
                                 ":path", "Accept-Language", "é"]), max_size=10))  # fmt: skip
def test_header_line_gives_back_no_white_space_and_matches_as_written(parts):
    """``_HEADER_LINE``'s opening run is possessive: no header name starts with a space or tab."""
    from privkit.detect._ner import _HEADER_LINE

    assert "[ \\t]*+(?i:" in _HEADER_LINE.pattern
    written = re.compile(_HEADER_LINE.pattern.replace("[ \\t]*+(?i:", "[ \\t]*(?i:", 1))
    line = "".join(parts)
    got, want = _HEADER_LINE.match(line), written.match(line)
    assert (got and got.span()) == (want and want.span())


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["(415)", "(415) ", "(", "((", "9", "1", "666", "7777", "-", ".",
                                 " ", "a", "(215)666-7777", "0(415)6667777", "x(415)666.77771"]),
                max_size=8))  # fmt: skip
def test_glued_area_code_leads_with_its_parenthesis_and_matches_as_written(parts):
    """``_GLUED_AREA`` finds what it found when its look-behind opened it (``(?<![0-9(])\\(``).

    With the parenthesis first, ``re`` tries it only at a "(" instead of at every position.
    """
    from privkit.detect._builtin.phone import _GLUED_AREA

    assert _GLUED_AREA.startswith("\\((?<![0-9(]\\()")
    written = re.compile("(?<![0-9(])\\(" + _GLUED_AREA[len("\\((?<![0-9(]\\()") :])
    text = "".join(parts)
    got = [m.span() for m in re.finditer(_GLUED_AREA, text)]
    assert got == [m.span() for m in written.finditer(text)]


# ``_VANITY`` as it was written before its first character led (an optional calling code,
# then an area or service code, then the groups), tried by ``re`` at every position.
_VANITY_WRITTEN = re.compile(
    r"(?=[+(0-9])(?<![\w+\-./#@\\])(?=[0-9+() \-.]{0,16}[A-Z])"
    r"(?:\+[1-9][0-9]{0,2}[ \-.]|1[ \-.])?"
    r"(?:\([0-9]{3}\) ?|[0-9]{3,4}[ \-.])"
    r"[0-9A-Z]{2,7}(?:[ \-.][0-9A-Z]{1,7}){0,2}(?![\w@/]|[\-.]\w)"
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["1-800-", "1 800 ", "FLOWERS", "+44 ", "+1 ", "(888) ", "(888)",
                                 "GOT-JUNK", "0800 ", "DDA ", "005", "x", "/", "1", "0", " ", "-",
                                 ".", "AB", "Z9", "a", "_", "+", "(", "@", "\\", "12345", "é"]),
                max_size=7))  # fmt: skip
@example(["1-800-", "FLOWERS"])
@example(["+44 ", "0800 ", "DDA ", "005"])
@example(["x", "(888)", "GOT-JUNK"])
def test_vanity_leads_with_its_first_character_and_matches_as_written(parts):
    """``_VANITY`` finds what the expression written with look-arounds first found."""
    from privkit.detect._builtin.phone import _VANITY

    assert _VANITY.startswith("[+(0-9]")  # (a class first: re skips to where one stands)
    text = "".join(parts)
    got = [m.span() for m in re.finditer(_VANITY, text)]
    assert got == [m.span() for m in _VANITY_WRITTEN.finditer(text)]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["a", "=", "k=v", "x=", "==", " ", "://", "http://a?b=c", "\t",
                                 ': "', ", Ab: ", '"', "é"]), max_size=12))  # fmt: skip
def test_structured_line_without_an_equals_sign_counts_no_pairs(parts):
    """``structured_line`` reads no key=value pairs when the line holds no "="."""
    from privkit.detect._ner import (
        _KEY_QUOTED,
        _KEY_VALUE,
        _LABEL_FIELD,
        _SPACED_JSON,
        _URL_TOKEN,
        json_item_line,
        structured_line,
    )

    line = "".join(parts)
    pairs = _KEY_VALUE.findall(_URL_TOKEN.sub(" ", line) if "://" in line else line)
    expected = (
        "\t" in line
        or '":' in line
        or '{"' in line
        or ('" :' in line and _SPACED_JSON.search(line) is not None)
        or len(pairs) >= 2
        or (': "' in line and len(pairs) + len(_KEY_QUOTED.findall(line)) >= 2)
        or (line.count(": ") >= 3 and len(_LABEL_FIELD.findall(line)) >= 3)
        or (line[:2] == "  " and json_item_line(line))  # an item of a JSON array alone
    )
    assert structured_line(line) == expected


@settings(max_examples=800, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([*"aZ09_+.-/ :@\n", "é", "€", "٣"]), max_size=40),
    st.integers(0, 40),
)
def test_scheme_before_equals_a_search_for_a_scheme_at_the_end(text, back):
    """The one-match scheme test finds what searching for a scheme ending there finds."""
    from privkit.detect._builtin import EmailDetector

    hi = len(text)
    lo = max(0, hi - min(back, 32))
    expected = re.search(r"[A-Za-z][\w+.\-]{0,31}\Z", text[lo:hi]) is not None
    assert (EmailDetector._SCHEME_BEFORE.fullmatch(text, lo, hi) is not None) == expected


# (prose lines most of all: a line is stepped from the line before only among prose; and
# lines longer than a window's reach whose parts are machine text where the whole is not,
# and the other way round: a window that cuts a line reads its part)
_RECORD_PIECES = ["Event ID: 4624", "2024-01-02 10:00:01 INFO done", "a=1 b=2", "\x00",
                  "[12:00] <bob> hi there", "word " * 450 + "1.5 " * 600,
                  "1.5 " * 400 + "word " * 500, "word 1.5 " * 300, "1.5 word " * 300, *["see the page", "Relying party: https://a.b/p",
                  "", "x " * 1100, "y" * 300, "Account Name: x"] * 4]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_RECORD_PIECES), max_size=60),
    st.lists(st.booleans(), max_size=60),
)
def test_record_sentences_read_from_the_line_before_equal_a_full_reading(pieces, asked):
    """A line's record verdict, read from the run of lines read clear, equals reading them all."""
    from privkit.detect._builtin._common import _machine_line_at
    from privkit.detect._builtin.url import _record_sentence

    text = "\n".join(pieces)
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    memo: dict = {}
    # (some lines asked, in order, as the URL detector asks; some twice)
    chosen = [ls for ls, ask in zip(starts, asked + [True] * len(starts), strict=False) if ask]
    for i, ls in enumerate(chosen + chosen[:3]):
        if i % 4:  # (most, as the URL detector asks: the line's verdict first)
            _machine_line_at(text, ls, ls, memo, for_url=True)
        assert _record_sentence(text, ls, memo) == _record_sentence(text, ls, None), ls


class TestRecordSentencesSlideOverTheClearRun:
    """Sentences among lines already read clear read only the lines past them.

    (``_record_in_clear``: the run of lines read with no record's line among them; a
    sentence inside it counts the lines before, and reads the new lines after, once.)
    """

    @pytest.mark.parametrize("gap", [1, 2, 3, 5])
    def test_sentences_apart_read_each_line_once(self, gap):
        from collections import Counter

        from privkit.detect import _builtin

        text = ("Account Name: x\n" * (gap - 1) + "for 'https://a.example/p' now\n") * 120
        starts = [0, *[i + 1 for i, c in enumerate(text) if c == "\n"][:-1]]
        sentences = [ls for ls in starts if text.startswith("for", ls)]
        walked, read = [0], Counter()
        around, record_line = _builtin.url._lines_around, _builtin.url._record_line

        def counting_around(*args):
            walked[0] += 1
            return around(*args)

        def counting_line(text, start, end, lines):
            if ("record line", start, end) not in lines:  # (read, not asked of the memo)
                read[start, end] += 1
            return record_line(text, start, end, lines)

        memo: dict = {}
        with (
            mock.patch.object(_builtin.url, "_lines_around", counting_around),
            mock.patch.object(_builtin.url, "_record_line", counting_line),
        ):
            got = []
            for ls in sentences:  # (as the URL detector asks: the line's verdict first)
                assert not _builtin._common._machine_line_at(text, ls, ls, memo, for_url=True)
                got.append(_builtin.url._record_sentence(text, ls, memo))
        assert got == [_builtin.url._record_sentence(text, ls, None) for ls in sentences]
        assert not any(got)
        # (walked in full only until nine lines stand before a sentence inside the run)
        assert walked[0] <= 9 // gap + 1
        assert max(read.values()) == 1

    def test_a_field_line_past_the_run_is_read(self):
        from privkit.detect._builtin.url import _record_sentence

        lines = ["for 'https://a.example/p' now"] * 40
        lines[30] = "Client Number: 7"
        text = "\n".join(lines) + "\n"
        starts = [0, *[i + 1 for i, c in enumerate(text) if c == "\n"][:-1]]
        memo: dict = {}
        got = [_record_sentence(text, ls, memo) for ls in starts]
        assert got == [_record_sentence(text, ls, None) for ls in starts]
        assert got[21:30] == [False] + [True] * 8  # (eight lines each way of the field line)
        assert got[31:39] == [True] * 8


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["Relying", " party", ":", " ", "\t", "\n", "a", "B", "é", "1",
                                 "  Resource", ": "]), max_size=14))  # fmt: skip
def test_label_before_a_link_equals_a_search_for_it_at_the_end(parts):
    """The label test after the last newline finds what the anchored search finds."""
    from privkit.detect._builtin import UrlDetector

    before = "".join(parts)
    expected = re.search(
        r"(?:^|\n)[ \t]{0,12}[A-Z][A-Za-z]{0,30}(?: [A-Za-z]{1,30}){0,3}:[ \t]{1,4}\Z", before
    )
    got = UrlDetector._LABEL_BEFORE.fullmatch(before, before.rfind("\n") + 1)
    assert (got is not None) == (expected is not None)


class TestPhoneCandidatesReadOnce:
    """A list of numbers asks about each candidate once a scan (the pattern's match and the
    number after the one before it are the same candidate)."""

    def test_each_candidate_is_evaluated_once(self):
        from collections import Counter

        from privkit.detect._builtin import PhoneDetector

        asked: Counter[tuple[int, int, str]] = Counter()
        original = PhoneDetector._evaluated

        def spy(self, text, start, end, *rest):
            asked[start, end, rest[0].name] += 1
            return original(self, text, start, end, *rest)

        text = "(01) 23456789 " * 50 + "+1 415 555 0100, +1 415 555 0101"
        with mock.patch.object(PhoneDetector, "_evaluated", spy):
            found = Scanner(entities=["PHONE_NUMBER"]).scan(text)
        assert len(found) == 52
        assert asked
        assert max(asked.values()) == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["0", "1", "01", "10", "127", "169", "192", "254", "255", "256",
                                 "x", ""]), min_size=3, max_size=5))  # fmt: skip
def test_ipv4_tags_memo_gives_the_scope_asked_again(octets):
    """The IP detector's memo answers as the scope rule does, refusals (None) too.

    (Its tcpdump-flow and FTP passes ask it, not a memo of their own.)
    """
    from privkit.detect._builtin import IpAddressDetector
    from privkit.detect._builtin.network import _ipv4_tags

    value = ".".join(octets)
    det = IpAddressDetector()
    first = det._tags(value, v6=False)
    assert first == _ipv4_tags(value)
    assert det._tags(value, v6=False) == first
