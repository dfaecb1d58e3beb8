"""IBANs of Guernsey, the Isle of Man and Jersey (Britain's layout under their own codes).

Values written here; none is a benchmark record.
"""

from __future__ import annotations

import pytest

from privkit import Scanner


@pytest.fixture(scope="module")
def scanner():
    return Scanner()


def _ibans(scanner, text):
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "IBAN_CODE"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please pay to GG14NWBK60161331926819 today.", "GG14NWBK60161331926819"),
        ("IBAN: JE90 NWBK 6016 1331 9268 19", "JE90 NWBK 6016 1331 9268 19"),
        ("account=IM88ABCD12345612345678", "IM88ABCD12345612345678"),
    ],
)
def test_a_crown_dependency_iban_is_found(scanner, text, value):
    assert _ibans(scanner, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Please pay to GG15NWBK60161331926819 today.",  # check digits off by one
        "ref JE691234NWBK6016133192",  # digits where the bank letters go (mod 97 passes)
        "IM88ABCD1234561234567 was the old reference",  # one digit short
    ],
)
def test_a_malformed_crown_dependency_iban_is_not(scanner, text):
    assert _ibans(scanner, text) == []
