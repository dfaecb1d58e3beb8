"""Network devices' driver messages (issue 10, thirty-fourth log set's development work).

A network interface's name and a colon at a line's start (``eth0: link up``, BSD's ``em0: link
state changed to UP``, hostapd's ``wlan0: STA ...``, ``ath0/sis0: sent ADD notification``) open
a log record, as the kernel's device messages with a PCI address do: a lower-case word the
model reads as a place there (``ath0: removed node <mac>``) is no name. A line that opens with
a word and a colon but no interface's unit number, or a chat speaker, is not one.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect._ner import log_record

#: Interface names as Linux and the BSDs write them (driver or link type, then the unit).
_STEMS = ("eth", "em", "en", "enp", "wlan", "wlp", "ath", "bge", "fxp", "igb", "re", "vr",
          "tun", "tap", "ppp", "br", "bond", "vlan", "lagg", "wg", "lo")  # fmt: skip


class TestAnInterfaceOpensALogRecord:
    @pytest.mark.parametrize(
        "line",
        [
            "eth0: link up, 100Mbps, full-duplex",
            "em0: link state changed to UP",
            "wlan0: STA 02:00:00:00:01:00 IEEE 802.11: associated",
            "ath0/sis0: sent ADD notification",
            "enp0s3: Link is Up - 1Gbps/Full",
            "wlp2s0: authenticate with 02:00:00:00:01:00",
            "eth0.100: renamed from vlan100",
            "  bond0: making interface eth1 the new active one",
            "tun0: Disabled Privacy Extensions",
        ],
    )
    def test_opening(self, line):
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Re: meeting with Anna",  # a reply's subject
            "bob42: hi Anna, see you",  # a chat nick without a time stamp
            "eth: the protocol",  # no unit number
            "eth0 is up",  # no colon
            "Ethan0: hello",  # a capital: no driver's name
            "lo0k: here",  # letters after the unit
            "Please restart eth0: it hangs",  # not at the line's start
        ],
    )
    def test_not_an_opening(self, line):
        assert not log_record(line)

    @given(st.sampled_from(_STEMS), st.integers(0, 999), st.text(max_size=40))
    def test_any_unit_of_any_stem_opens_a_record(self, stem, unit, rest):
        assert log_record(f"{stem}{unit}: {rest}".split("\n", 1)[0])


class TestADriverMessage:
    def test_a_lower_case_word_is_no_place(self):
        text = "ath0: removed node 02:00:00:00:01:00"
        assert kept_entities(text, [("node", "GPE")]) == []

    def test_the_same_word_in_prose_is_read_as_the_model_reads_it(self):
        # (lower-case names are trusted in lower-case prose: the rule is the log opening)
        text = "we drove to node last week"
        assert kept_entities(text, [("node", "GPE")]) == ["node"]

    def test_the_addresses_are_found(self):
        text = "wlan0: STA 02:1a:2b:3c:4d:5e from 198.51.100.7 as jane@example.org"
        assert found(text) == [
            ("MAC_ADDRESS", "02:1a:2b:3c:4d:5e"),
            ("IP_ADDRESS", "198.51.100.7"),
            ("EMAIL_ADDRESS", "jane@example.org"),
        ]
