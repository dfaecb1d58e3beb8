"""The thirty-sixth vector set's development classes (issue 10): short IPv6 forms whose groups
are hex letters (``f::1``, ``cc::2``, ``fc::``, ``::a``), and the IPv4 tail of a malformed IPv6
address with a ``::`` among its groups.

Each class is shown in several shapes, with the look-alikes next to it that must stay
unflagged (paths and names in code, emoticons, ``::`` separators, clocks) and the true values
beside them that must still be found.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _ips(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in PATTERNS.scan(text) if f.entity_type.value == "IP_ADDRESS"
    ]


class TestShortFormWithADecimalGroup:
    """A short form with one all-digit group is no path in code: found where it stands alone."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("f::1", "f::1"),
            ("cc::2", "cc::2"),
            ("The server at f::1 stopped answering.", "f::1"),
            ("Contact: cc::1.", "cc::1"),
            ("value=fe::1", "fe::1"),
            ('"peer": "ab::12"', "ab::12"),
            ("route 1::a via eth0", "1::a"),
            ("ping fe::1%eth0", "fe::1%eth0"),
            ("listen [cc::1]:80", "cc::1"),
        ],
    )
    def test_found(self, text, value):
        assert _ips(text) == [value]

    @pytest.mark.parametrize(
        "text",
        ["f::1()", "x = cc::Build::new()", "use a::b;", "ab::cd", "ff::Field", "f::1x",
         "let v = Foo::1.5;", "id=cc::2y"],
    )  # fmt: skip
    def test_code_is_not(self, text):
        assert _ips(text) == []

    def test_a_true_value_beside_it_is_found(self):
        assert _ips("peers f::1 and 2001:db8::7 up") == ["f::1", "2001:db8::7"]


class TestLetterOnlyShortForm:
    """One group of hex letters around ``::`` is an address only where ``::`` alone is one."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [("fc::", "fc::"), ("::a", "::a"), ("ff::", "ff::"), ("my ip is ::a", "::a"),
         ("ip: fc::", "fc::"), ("x\n::f\ny", "::f")],
    )  # fmt: skip
    def test_found_alone_or_after_an_address_word(self, text, value):
        assert _ips(text) == [value]

    @pytest.mark.parametrize(
        "text",
        ["::D", "lol ::D", "::A", "Foo ::a bar", "call ::f() now", "The server at fc:: stopped",
         "value=::a", "a::b", "x ::ab y", "std::vector<int>", "INFO :: started"],
    )  # fmt: skip
    def test_elsewhere_not(self, text):
        assert _ips(text) == []

    def test_a_true_value_beside_it_is_found(self):
        assert _ips("fc:: 10.0.0.1") == ["10.0.0.1"]
        assert _ips("my ip is ::a") == ["::a"]


class TestV6TailWithCompression:
    @pytest.mark.parametrize(
        "text",
        ["1:2:3:4:5::6:7:1.2.3.4", "7:6:5:4:3:42.42.42.42",
         "got 1::2:3:4:5:6:7:9.9.9.9 back"],
    )  # fmt: skip
    def test_the_quad_of_a_malformed_address_is_not_its_own(self, text):
        assert _ips(text) == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [("12:00:01:10.0.0.1", "10.0.0.1"), ("1:2:3:4::6:1.2.3.4", "1:2:3:4::6:1.2.3.4"),
         ("::ffff:192.0.2.1", "::ffff:192.0.2.1"), ("ip:10.0.0.1", "10.0.0.1"),
         ("1:2:3:4:5::10.0.0.1 x", "1:2:3:4:5::10.0.0.1")],
    )  # fmt: skip
    def test_true_values_are_found(self, text, value):
        assert _ips(text) == [value]
