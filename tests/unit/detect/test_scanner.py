"""Scanner behaviour: input checking, options, overlaps, extension API, pickling, safety."""

import itertools
import pickle
import socket
import time

import pytest

import privkit
from privkit.detect import (
    DEFAULT_ENTITIES,
    NER_ENTITIES,
    DenyList,
    Pattern,
    PatternDetector,
    Scanner,
    scan,
)
from privkit.errors import ConfigError
from privkit.types import Detector, EntityType, Evidence, Finding

PATTERNS_ONLY = DEFAULT_ENTITIES - NER_ENTITIES
SAMPLE = (
    "mail john.smith@example.com from 203.0.113.7 mac 00:1a:2b:3c:4d:5e "
    '{"imei": "490154203237518"} card 4111 1111 1111 1111 '
    "Authorization: Bearer 1pcYWjrND15mJa-jDIK3ClSdAMqA7HBGZ"
)


@pytest.fixture(scope="module")
def scanner():
    return Scanner(entities=PATTERNS_ONLY)


class TestInput:
    @pytest.mark.parametrize(
        ("value", "name"), [(b"a@b.com", "bytes"), (None, "NoneType"), (42, "int"), (["x"], "list")]
    )
    def test_non_str_raises_type_error_naming_the_type(self, scanner, value, name):
        with pytest.raises(TypeError, match=name):
            scanner.scan(value)

    def test_module_scan_rejects_bytes(self):
        with pytest.raises(TypeError, match="bytes"):
            scan(b"203.0.113.7", entities=["IP_ADDRESS"])

    def test_empty_string_has_no_findings(self, scanner):
        assert scanner.scan("") == []

    def test_scan_many_raises_on_the_bad_item_after_yielding_earlier_ones(self, scanner):
        results = scanner.scan_many(["10.0.0.1", b"10.0.0.2"])
        assert len(next(results)) == 1
        with pytest.raises(TypeError, match="bytes"):
            next(results)

    def test_scan_many_keeps_order_and_count(self, scanner):
        texts = ["", "10.0.0.1", "nothing here", "a@example.com", ""]
        out = list(scanner.scan_many(iter(texts)))
        assert [len(f) for f in out] == [0, 1, 0, 1, 0]


class TestOptions:
    def test_entities_accept_names_in_any_case_and_enum_members(self):
        a = Scanner(entities=["ip_address", EntityType.EMAIL_ADDRESS]).scan(SAMPLE)
        assert {f.entity_type for f in a} == {EntityType.IP_ADDRESS, EntityType.EMAIL_ADDRESS}

    @pytest.mark.parametrize("bad", [["NOT_AN_ENTITY"], [], [3]])
    def test_bad_entities_raise_config_error(self, bad):
        with pytest.raises(ConfigError):
            Scanner(entities=bad)

    @pytest.mark.parametrize(
        "kwargs",
        [{"min_score": 1.5}, {"min_score": "0.5"}, {"batch_size": 0}, {"n_process": True},
         {"allow_list": "one string"}, {"detectors": [42]}],
    )  # fmt: skip
    def test_bad_options_raise_config_error(self, kwargs):
        with pytest.raises(ConfigError):
            Scanner(**kwargs)

    def test_per_call_entities_and_min_score_override(self, scanner):
        only_ip = scanner.scan(SAMPLE, entities=["IP_ADDRESS"])
        assert [f.entity_type for f in only_ip] == [EntityType.IP_ADDRESS]
        assert scanner.scan(SAMPLE, min_score=1.0) == [
            f for f in scanner.scan(SAMPLE) if f.score >= 1.0
        ]

    def test_allow_list_values_are_never_reported(self):
        found = Scanner(entities=["IP_ADDRESS"], allow_list=["203.0.113.7"]).scan(
            "from 203.0.113.7 and 198.51.100.4"
        )
        assert [(f.start, f.end) for f in found] == [(21, 33)]

    def test_constructor_does_not_load_anything(self):
        s = Scanner(model="no_such_model")  # would fail only when NER is used
        assert s._nlp is None

    def test_findings_are_sorted_and_do_not_overlap(self, scanner):
        text = "see http://10.0.0.1/admin?mail=a@example.com now " + SAMPLE
        found = scanner.scan(text)
        assert found == sorted(found, key=lambda f: (f.start, f.end))
        assert all(a.end <= b.start for a, b in itertools.pairwise(found))

    def test_finding_has_category_and_evidence(self, scanner):
        (ip,) = scanner.scan("from 192.168.1.20", entities=["IP_ADDRESS"])
        assert ip.category.value == "user.device.ip_address"
        assert ip.detector == "ip_address"
        assert ip.evidence.tags == ("ipv4", "private")

    def test_context_words_appear_in_evidence(self, scanner):
        (imei,) = scanner.scan("imei=490154203237518")
        assert imei.evidence.checksum == "luhn"
        assert "imei" in imei.evidence.context
        assert imei.score == 1.0


class TestSafety:
    def test_repr_of_findings_never_contains_the_value(self, scanner):
        found = scanner.scan(SAMPLE)
        assert len(found) >= 6
        for f in found:
            assert SAMPLE[f.start : f.end] not in repr(f)

    def test_repr_of_scanner_and_deny_list_hide_values(self):
        s = Scanner(allow_list=["secret-value"], detectors=[DenyList("PERSON", ("Ada Lovelace",))])
        assert "secret-value" not in repr(s)
        assert "Lovelace" not in repr(s.detectors[0])

    def test_no_network_access_during_scan(self, monkeypatch):
        def refuse(*args, **kwargs):
            raise AssertionError("network access attempted")

        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        found = Scanner(entities=PATTERNS_ONLY).scan("mail a.b@example.co.uk or https://x.org/")
        assert {f.entity_type for f in found} == {EntityType.EMAIL_ADDRESS, EntityType.URL}


class TestPickle:
    def test_round_trip_before_and_after_use(self, scanner):
        fresh = pickle.loads(  # noqa: S301 - our own bytes
            pickle.dumps(Scanner(entities=PATTERNS_ONLY, min_score=0.6))
        )
        assert fresh.min_score == 0.6
        before = scanner.scan(SAMPLE)
        clone = pickle.loads(  # noqa: S301 - our own bytes
            pickle.dumps(scanner)
        )
        assert clone.scan(SAMPLE) == before

    def test_pickle_drops_the_loaded_model(self):
        s = Scanner()
        s._nlp = object()  # stands in for a loaded spaCy pipeline
        assert (
            pickle.loads(  # noqa: S301 - our own bytes
                pickle.dumps(s)
            )._nlp
            is None
        )


class EmployeeId(PatternDetector):
    entity = EntityType.DEVICE_ID
    patterns = (Pattern("emp", r"\bEMP-[0-9]{6}\b", score=0.4),)
    context = ("employee",)

    def validate(self, value):
        return not value.endswith("000000")


class TestExtensionApi:
    def test_pattern_detector_subclass_with_context_and_validate(self):
        s = Scanner(entities=["DEVICE_ID"], detectors=[EmployeeId()])
        text = "employee EMP-123456; EMP-000000; later EMP-654321"
        assert [text[f.start : f.end] for f in s.scan(text)] == ["EMP-123456"]
        assert [text[f.start : f.end] for f in s.scan(text, min_score=0.3)] == [
            "EMP-123456",
            "EMP-654321",
        ]
        assert EmployeeId.name == "employee_id"

    def test_deny_list_finds_whole_words_case_insensitively(self):
        deny = DenyList("PERSON", ("Ada Lovelace", "Bob"))
        text = "ada lovelace met Bobby and BOB"
        assert [text[f.start : f.end] for f in deny(text)] == ["ada lovelace", "BOB"]
        hosts = DenyList(EntityType.DEVICE_ID, ("build-host-7",), ignore_case=False)
        s = Scanner(entities=["DEVICE_ID"], detectors=[hosts])
        assert [(f.start, f.end) for f in s.scan("on build-host-7 not BUILD-HOST-7")] == [(3, 15)]

    def test_plain_callable_detector_conforms_to_the_protocol(self):
        def digits_word(text):
            i = text.find("seven")
            return [] if i < 0 else [Finding(EntityType.DEVICE_ID, i, i + 5, 0.9, "custom")]

        assert isinstance(digits_word, Detector)
        s = Scanner(entities=["DEVICE_ID"], detectors=[digits_word])
        assert [(f.start, f.detector) for f in s.scan("one seven")] == [(4, "custom")]

    def test_custom_detectors_win_ties_over_built_ins(self):
        def mine(text):
            return [Finding(EntityType.IP_ADDRESS, 5, 13, 0.9, "mine", Evidence("mine"))]

        (f,) = Scanner(entities=["IP_ADDRESS"], detectors=[mine]).scan("from 10.0.0.1")
        assert f.detector == "mine"

    def test_built_in_detectors_are_callable_detectors(self):
        from privkit.detect import IpAddressDetector

        det = IpAddressDetector()
        assert isinstance(det, Detector)
        assert [(f.start, f.end) for f in det("a 10.0.0.1 b")] == [(2, 10)]
        with pytest.raises(TypeError, match="bytes"):
            det(b"10.0.0.1")

    @pytest.mark.parametrize(
        "kwargs",
        [{"name": "", "regex": "x"}, {"name": "p", "regex": "("}, {"name": "p", "regex": "x", "score": 2},
         {"name": "p", "regex": "x", "prefilter": ("UPPER",)}],
    )  # fmt: skip
    def test_bad_patterns_raise_config_error(self, kwargs):
        with pytest.raises(ConfigError):
            Pattern(**kwargs)

    def test_detector_without_entity_raises_config_error(self):
        with pytest.raises(ConfigError):

            class Broken(PatternDetector):
                patterns = (Pattern("p", "x"),)

    def test_bad_deny_lists_raise_config_error(self):
        with pytest.raises(ConfigError):
            DenyList("PERSON", "Ada")
        with pytest.raises(ConfigError):
            DenyList("NOPE", ("Ada",))


def test_top_level_scan_is_reexported_lazily():
    found = privkit.scan("ping 203.0.113.7", entities=["IP_ADDRESS"])
    assert [f.entity_type for f in found] == [EntityType.IP_ADDRESS]
    assert privkit.Scanner is Scanner


ADVERSARIAL = {
    # query signatures, one after the other: each value runs to the next "&"
    "signed_queries": "&signature=abcdefgh" * 52_000,
    "at_runs": "a@" * 500_000,
    "dotted_digits": "1." * 500_000,
    "colons": ":" * 1_000_000,
    "hex_colon": "a:" * 500_000,
    "hex_run": "deadbeef" * 125_000,
    "digit_run": "7" * 1_000_000,
    "spaced_digits": "1 " * 500_000,
    "dashed_digits": "12-" * 333_333,
    "cookie_pairs": "Cookie: " + "a=bcdefgh1; " * 83_000,
    "parens": "Mozilla/5.0 (" + "(" * 1_000_000,
    "jwt_like": "eyJ" + "a" * 1_000_000,
    "dots": "a." * 500_000,
    "mixed": "x=1.1.1.1:" * 100_000,
    "octet_runs": "MAC=" + "0a:" * 333_333,
    "mac_headers": "MAC=00:1a:2b:3c:4d:5e:00:11:22:33:44:55:08:00 " * 23_000,
    "cookie_fields": "Cookie: a=" + "k=v1&" * 200_000,
    "hex32_device": "device " + "9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b " * 25_000,
    "number_columns": "200 " * 250_000,
    # an MEID's display groups: pairs of hex digits, and groups of five and eight digits
    "hex_pairs": "af " * 333_333,
    "digit_groups": "29360 87365 " * 83_000,
    "digit_halves": "35660020 " * 111_000,
    "percent_escapes": "%41" * 333_333 + "%40x.com",
    "encoded_ats": "a%40" * 250_000,
    "url_query_pairs": "GET https://x.example.com/p?" + "uid=1&" * 166_000,
    "w3c_lines": "#Fields: cs(User-Agent) cs(Cookie) cs-sessionid\n"
    + '"a b" "k=v; s=1" "-"\n' * 50_000,
    "w3c_directives": "#Fields: cs(User-Agent)\n" * 40_000,
    "access_fields": '"GET / HTTP/1.1" 200' + " 1" * 500_000,
    "flow_ends": "IP 10.0.0.1.5353 > 10.0.0.2.53 " * 33_000,
    "cookie_tokens": "Cookie: a=" + "9f8e7d6c|" * 110_000,
    "cookie_keyed_tokens": "Cookie: a=" + "k:9f8e7d6c$" * 90_000,
    "quoted_ats": '"@' * 500_000,
    "escaped_quoted_ats": '\\"@' * 330_000,
    "scheme_users": "http://a@b.co " * 70_000,
    "ftp_ports": "PORT 10,1,2,3,19,137 " * 48_000,
    "bare_hosts": "a.com/" * 170_000,
    "spaced_bare_hosts": "x a.com/ " * 100_000,
    "dense_bare_urls": "x ab.com/xy " * 80_000,
    "bare_host_labels": "see " + "a-b." * 250_000 + "com/x",
    # sentences of a record's message among its field lines: each line is read for its
    # record around it (eight lines each way)
    "record_label_links": "Event ID: 4624\n" + "Relying party: https://a.example/p\n" * 30_000,
    # an access line's tail, where an agent may follow each "-" field: each try reads to
    # the line's end
    "access_tail_dashes": (" HTTP/1.1 200 " + " - a/1" * 40) * 4000,
    "record_quoted_links": (
        "Account Name: x\n" + "for 'https://a.example/p' and 'https://b.example/q'\n"
    )
    * 15_000,
    # a sed replacement's group reference before each quad, read by its own pass
    "group_references": "\\1127.0.0.1 \\11.2.3.4 " * 45_000,
    # kernel consoles' uptime stamps, each before a pid.tid the phone pattern tries
    "uptime_stamps": "[00131.346] 01102.01116> " * 40_000,
    # a host name in prose, then a long name and a bracket that never closes: each name
    # reads ahead for its logged address ("foo.com (foo.com [192.0.2.1])")
    "logged_host_unclosed": ("a.com (" + "b" * 250 + " [1.2.3.") * 3_800,
    # names opening parentheses after one long token with no space: each reads its token back
    # for a version (a build's comment, "2.4.41 (ubuntu.com)"), 128 characters at most
    "build_comments": ("9" * 300 + " (a.com " + "x" * 300 + " (b.org ") * 1_600,
    # an address after a word and "/" in a realm's capitals: each reads back for the service
    "service_principals": ("x/" * 20 + "a@EXAMPLE.COM ") * 20_000,
    # JVM thread names with a bare socket address and the connection's kind glued after it:
    # each quad tries the version rules, then the thread-kind match
    "jvm_thread_sockets": "[MessagingService-Outgoing-/10.101.35.71-Gossip] " * 20_000,
    # JVM GC log lines: decimals after "Worker", which no longer gives phone context
    "gc_worker_lines": "[GC Worker End (ms): Min: 2109063.6, Avg: 2109063.6, Diff: 0.1]\n" * 15_000,
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_megabyte_inputs_run_in_linear_time(scanner, name):
    text = ADVERSARIAL[name]
    t0 = time.process_time()
    scanner.scan(text)
    elapsed = time.process_time() - t0
    # Generous, and CPU time so a loaded machine cannot fail it: only super-linear
    # (backtracking) behaviour can.
    assert elapsed < 20 * len(text) / 1e6, f"{name}: {elapsed:.1f} s"


@pytest.mark.slow
def test_fifty_megabyte_string_completes():
    line = (
        "user logged in from 10.1.2.3 with nothing else to report today ok\n" + "idle " * 40 + "\n"
    )
    text = line * (50_000_000 // len(line))
    found = Scanner(entities=["IP_ADDRESS", "EMAIL_ADDRESS"]).scan(text)
    assert len(found) == text.count("10.1.2.3")
