"""Errors left on every log set's development part (issue 10, helper H75's sweep).

An address glued by ``_`` or ``-`` into an identifier right after a word naming an endpoint,
a direction or a transport (``connection_<ip>_8089``, ``src-<ip>.cap``, ``tcp_<ip>``) is the
endpoint's address; the same glue after other words keeps the version or file-name reading
(``lib_1.2.3.4``, ``pkg-1.2.3.4.tar``), and an address glued to letters after it stays refused.
"""

from __future__ import annotations

import time

import pytest
from tests.unit.detect._patterns import found


class TestAddressesInsideIdentifiers:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                "uri=/services/broker/phonehome/connection_11.3.99.62_8089_host12.whc.dc02",
                "11.3.99.62",
            ),
            ('packet_capture_name="src-10.160.59.141.cap" method="GET"', "10.160.59.141"),
            ("RTLOG_CONN_ERROR: Connection error tcp_10.181.123.45 Error code", "10.181.123.45"),
            ("dump dst_198.51.100.7.pcap written", "198.51.100.7"),
            ("session udp-203.0.113.9_53 closed", "203.0.113.9"),
            ("peer-192.0.2.7 up", "192.0.2.7"),  # (the main pattern's; found once)
        ],
    )
    def test_an_endpoint_word_then_glue_then_a_quad_is_an_address(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        [
            "installed lib_1.2.3.4 from cache",
            "fetched pkg-1.2.3.4.tar",
            "kernel_10.0.0.1 loaded",
            "mysrc_10.0.0.1 is a word's tail",  # the word must stand alone
            "tcp_10.0.0.1x glued to letters after",
            "tcp_1.2.3.4.5 a longer dotted number",
            "host_999.1.1.1 out of range",
            "AAA Authentication Successful: server = server_192.168.1.59, User = user",
            "host_10.1.2.3 is an object's name",
        ],
    )
    def test_other_glue_stays_a_version_or_a_word(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_glue_runs_stay_linear(self):
        text = ("tcp_1.2.3_" + "-9" * 20) * 20_000
        started = time.perf_counter()
        found(text, "IP_ADDRESS")
        assert time.perf_counter() - started < 5.0


class TestSystemWordsAreNoNames:
    """Words and phrases of machine text a small model reads as a person, place or company."""

    @pytest.mark.parametrize(
        "value",
        [
            "Referer",  # "Accept, Referer, User-Agent": a header's name
            "Failover",
            "Datacenter",
            "Logout",
            "Namespace",
            "Repo",
            "Insert",
            "Invalid Username",
            "Src Intf",
            "MQ Linux",  # an operating system's build or distribution
            "Red Hat Enterprise Linux",
            "Global Max Size",  # a setting's name
            "Session Timeout",
            "Retry Limit",
        ],
    )
    def test_the_words_alone_are_no_entity(self, value):
        from privkit.detect._ner import _bad_shape
        from privkit.types import EntityType

        for entity in (EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.PERSON):
            assert _bad_shape(entity, value, lower_case=False)

    @pytest.mark.parametrize(
        "value", ["Anna Repowski", "Linus Torvalds", "Max Weber", "Sizewell", "Insert Coin Ltd"]
    )
    def test_names_next_to_them_are_still_names(self, value):
        from privkit.detect._ner import _bad_shape
        from privkit.types import EntityType

        assert not _bad_shape(EntityType.PERSON, value, lower_case=False)


class TestFeatureNames:
    @pytest.mark.parametrize(
        "text",
        [
            "DISM Package Manager: PID=1256 Feature Shanghai with CBS state 4(CbsStateStaged)",
            "Capability Berlin is enabled",
            "Installing Package Paris~31bf3856ad364e35",
        ],
    )
    def test_a_name_after_a_feature_word_is_the_features(self, text):
        from privkit.detect._ner import _feature_name

        word = next(w for w in ("Shanghai", "Berlin", "Paris") if w in text)
        assert _feature_name(text, text.index(word))

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            ("the office in Shanghai with CBS state", "Shanghai"),
            ("Featured Shanghai restaurants", "Shanghai"),  # another word
            ("a package from Paris", "Paris"),  # lower-case "package", then "from"
        ],
    )
    def test_elsewhere_the_name_stays(self, text, word):
        from privkit.detect._ner import _feature_name

        assert not _feature_name(text, text.index(word))
