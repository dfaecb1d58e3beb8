"""Mechanisms found on the eighteenth real log set (benchmarks/corpus/_logs18.py, development part).

Each class has positives and near-miss negatives written here, in shapes beyond the ones that
revealed the gap; the corpus records are not copied into tests.
"""

import pytest
from tests.unit.detect._patterns import found


class TestEndpointObjectNames:
    """An object name ending in an endpoint word, a hyphen, then a quad names that address."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                '"dn": "uni/userext/radiusext/radiusprovider-198.51.100.20/fault-F0023"',
                "198.51.100.20",
            ),
            ("bgp peer-203.0.113.7 went down", "203.0.113.7"),
            ("topology/pod-2/ntpserver-192.0.2.44]", "192.0.2.44"),
            ("lease for ip-10.20.30.40 renewed", "10.20.30.40"),
            ("route via GATEWAY-172.16.5.1 added", "172.16.5.1"),
        ],
    )
    def test_the_address_is_found(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        [
            "installed pkg-1.2.3.4 from the mirror",
            "downloading openjdk-11.0.2.9 now",
            "using libfoo_2.4.1.0 for the build",
            "file hostname-1.2.3.4.tar.gz unpacked",
            "gzip-1.2.4.1 and zip-3.0.0.1 installed",
        ],
    )
    def test_a_package_version_stays_a_version(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestListingVersions:
    """A version under a listing's version key: IBM's ``VRMF(...)`` and aligned ``key :- value``."""

    @pytest.mark.parametrize(
        "text",
        [
            "Process(1.1) User(mqm) Program(amqzxma0)\n    VRMF(9.1.0.4)",
            "Version           :- 9.2.0.1 (p920-L201116)",
            "Version        : 10.0.17763.1",
            "ProductVersion\t\t\t:- 8.0.0.15",
            "build(6.1.7601.1) ok",
        ],
    )
    def test_no_address(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Host              :- 192.0.2.17", "192.0.2.17"),
            ("Address      : 198.51.100.3", "198.51.100.3"),
            ("connect(203.0.113.9) failed", "203.0.113.9"),
            ("Host(192.0.2.8) Installation(Installation1)", "192.0.2.8"),
        ],
    )
    def test_other_keys_keep_their_addresses(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]


class TestConnectionIdAbbreviation:
    """``cid`` alone before a UUID (a connection's id) is no device; with a device word it is."""

    @pytest.mark.parametrize(
        "text",
        [
            "properties=TypedProperties[__AMQ_CID=7d1e0f3a-2b4c-11ee-9a1b-0242ac120002,_AMQ_ROUTING_TYPE=1]",
            '{"cid": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "channel": "orders"}',
        ],
    )
    def test_alone_it_is_not(self, text):
        assert found(text, "DEVICE_ID") == []

    def test_with_a_device_word_it_is(self):
        text = "device cid 0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a enrolled"
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")]
