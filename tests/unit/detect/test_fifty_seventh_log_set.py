"""Firewall text: unpadded MACs in a packet analyser's link-level lines, a table of country codes.

The fifty-seventh log set (psad's iptables test logs and Shorewall's documentation) and the rule
written for its class: tcpdump's link-level lines (``-e``) print each MAC without its octets'
leading zeros and with no word before it: the frame's source and destination side by side
(``0:4:e2:20:20:3 > 0:c0:a8:50:b2:57``, older releases a space alone), the first right after
the packet's time stamp. Such a run (with a two-digit group) beside another six-group run or
after a stamp is a MAC; a count's shape (``1:2:3:4:5:6``) or a run alone is not. A table of codes
and their names, one entry to a line (``CH => "Switzerland" ,``, as a GeoIP filter's manual lists
ISO 3166), lists places, no one's place: a place on such a line between lines of its shape is no
finding. A chain's heading in iptables' listing (``Chain FORWARD (policy ACCEPT 0 packets, 0
bytes)``, ``Chain net2fw (2 references)``) names a chain, and a Perl array after a function or
loop that takes one (``scalar @targets``, ``foreach my $p (@ports)``, ``our @EXPORT = ...``) is
a variable, not a mention. Values here are written for the tests in those layouts; no corpus
line is copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner


class TestUnpaddedLinkLevelMacs:
    """Unpadded MACs of tcpdump's link-level lines are found; lone or count-shaped runs are not."""

    @pytest.mark.parametrize(
        ("text", "macs"),
        [
            ("08:14:55.300121 0:1b:e2:7:a0:31 0:c:29:4f:b2:9 ip 98: 192.0.2.7 > 198.51.100.2: icmp",
             ["0:1b:e2:7:a0:31", "0:c:29:4f:b2:9"]),
            ("23:01:09.000002 a:b:c:d:e:ff > 2:0:5e:10:0:1, ethertype IPv4 (0x0800), length 60",
             ["a:b:c:d:e:ff", "2:0:5e:10:0:1"]),
            ("08:14:55.300121 0:1b:e2:7:a0:31 arp 42: arp who-has 192.0.2.1 tell 192.0.2.7",
             ["0:1b:e2:7:a0:31"]),
            ("frame 0:1b:e2:7:a0:31 > 0:c:29:4f:b2:9 seen", ["0:1b:e2:7:a0:31", "0:c:29:4f:b2:9"]),
        ],
    )  # fmt: skip
    def test_found(self, text, macs):
        assert [v for _, v in found(text, "MAC_ADDRESS")] == macs

    @pytest.mark.parametrize(
        "text",
        [
            "ratio 1:2:3:4:5:6 > 1:2:3:4:5:6 of the shares",  # single digits: a count's shape
            "build 0:1b:e2:7:a0:31 done",  # a run alone, no word, no stamp, no neighbour
            "08:14:55 0:1b:e2:7:a0:31 x",  # a clock time without the packet's fraction
            "0:1b:e2:7:a0:31:5 > 0:c:29:4f:b2:9:1",  # seven groups: no MAC
            "08:14:55.300121 0:0:0:0:0:0 > ff:ff:ff:ff:ff:ff",  # all-zero and broadcast
        ],
    )
    def test_not_found(self, text):
        assert found(text, "MAC_ADDRESS") == []

    def test_true_values_beside_still_found(self):
        text = (
            "08:14:55.300121 0:1b:e2:7:a0:31 > 00:0c:29:4f:b2:09, ethertype IPv4, "
            "192.0.2.7 > 198.51.100.2 ether 0:a:95:9d:68:16"
        )
        assert found(text) == [
            ("MAC_ADDRESS", "0:1b:e2:7:a0:31"),
            ("MAC_ADDRESS", "00:0c:29:4f:b2:09"),
            ("IP_ADDRESS", "192.0.2.7"),
            ("IP_ADDRESS", "198.51.100.2"),
            ("MAC_ADDRESS", "0:a:95:9d:68:16"),
        ]


class TestCodeTables:
    """Places on the lines of a code table are no findings; places elsewhere still are."""

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ('AT => "Austria" ,\nBE => "Belgium" ,\nCH => "Switzerland" ,',
             [("Belgium", "GPE"), ("Switzerland", "GPE"), ("Austria", "GPE")]),
            ("my %cc = (\n  'FR' => 'France',\n  'GB' => 'United Kingdom',\n);",
             [("France", "GPE"), ("United Kingdom", "GPE")]),
            ('{\n  "DEU": "Germany",\n  "NLD": "Netherlands"\n}',
             [("Germany", "GPE"), ("Netherlands", "GPE")]),
            ("US = 'United States';\nCA = 'Canada';", [("Canada", "GPE"), ("United States", "GPE")]),
            ('NO => "Norway" ,\nNP => "Nepal" ,', [("NO", "GPE"), ("Nepal", "GPE")]),
        ],
    )  # fmt: skip
    def test_model_places_dropped(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        "text",
        [
            'AT => "Austria" ,\nBE => "Belgium" ,\nCH => "Switzerland" ,\nNZ => "New Zealand" ,',
            "  'FR': 'France',\n  'DE': 'Germany',\n",
        ],
    )
    def test_context_places_dropped(self, text):
        assert _ner.context_findings(text, 0, score=0.8) == []

    @pytest.mark.parametrize(
        ("text", "items", "kept"),
        [
            # one entry alone, no table around it
            ('CH => "Switzerland" ,\nShe flew from Zurich.', [("Switzerland", "GPE")],
             ["Switzerland"]),
            # a key that is a word, not a code: a record's field
            ('{"city": "Berlin",\n "country": "Germany"}', [("Berlin", "GPE"), ("Germany", "GPE")],
             ["Berlin", "Germany"]),
            # prose between two entries is no entry
            ('CH => "Switzerland" ,\nwe met Anna in Zurich\nCN => "China" ,',
             [("Anna", "PERSON"), ("Zurich", "GPE")], ["Anna", "Zurich"]),
            # a person's name is not dropped by the rule
            ('AT => "Austria" ,\nJO => "Jordan" ,\nJP => "Japan" ,', [("Jordan", "PERSON")],
             ["Jordan"]),
        ],
    )  # fmt: skip
    def test_true_values_beside_kept(self, text, items, kept):
        assert kept_entities(text, items) == kept

    def test_place_after_a_table_still_found(self):
        text = 'AT => "Austria" ,\nBE => "Belgium" ,\nThe user logged in from Nigeria today.'
        assert [text[f.start : f.end] for f in _ner.context_findings(text, 0, score=0.8)] == [
            "Nigeria"
        ]


class TestChainHeadings:
    """The name in an iptables chain's heading is no entity; names elsewhere are kept."""

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ("Chain PREROUTING (policy ACCEPT 5593 packets, 1055K bytes)\n pkts bytes target",
             [("Chain PREROUTING", "ORG")]),
            ("Chain INPUT (policy DROP)\ntarget     prot opt source", [("INPUT", "ORG")]),
            ("Chain Amanda (1 references)\n", [("Amanda", "PERSON")]),
            ("  Chain Dynamic (2 references)\n", [("Chain Dynamic", "ORG")]),
        ],
    )  # fmt: skip
    def test_heading_names_dropped(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "items", "kept"),
        [
            ("Chain Reaction Cycles (a shop) shipped it", [("Chain Reaction Cycles", "ORG")],
             ["Chain Reaction Cycles"]),
            ("Chain net2fw (1 references) added by Anna Schmidt",
             [("Anna Schmidt", "PERSON")], ["Anna Schmidt"]),
            ("The Chain Gang (policy review) met Tom Baker", [("Tom Baker", "PERSON")],
             ["Tom Baker"]),
        ],
    )  # fmt: skip
    def test_true_values_beside_kept(self, text, items, kept):
        assert kept_entities(text, items) == kept


class TestPerlArrays:
    """A Perl array after a function, loop or declaration is no mention; mentions still are."""

    @pytest.mark.parametrize(
        "text",
        [
            "unless (scalar @targets) {\n    croak 'none';\n}",
            "foreach my $port (@ports) {\n    add_rule($chain, $port);\n}",
            "for $p (@knockers) { print $p }",
            "push @rules, $rule;",
            "our @EXPORT = qw{Knock};",
            "my @Anna;\n",
        ],
    )
    def test_arrays_no_mentions(self, text):
        assert _ner.mention_findings(text, 0, score=0.8) == []

    @pytest.mark.parametrize(
        ("text", "handle"),
        [
            ("love my @annasmith, she is great", "annasmith"),
            ("our @teamlead said so", "teamlead"),
            ("thanks @jnat, pushed it", "jnat"),
            ("scalar fields, cc @ada_k", "ada_k"),
        ],
    )
    def test_mentions_kept(self, text, handle):
        found_ = _ner.mention_findings(text, 0, score=0.8)
        assert [text[f.start : f.end] for f in found_] == [handle]
