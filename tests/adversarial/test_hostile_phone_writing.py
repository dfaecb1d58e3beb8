"""Hostile inputs for the ways of writing a phone number read since H45 (2026-12-04).

Separators of other kinds are folded with the digits of other scripts, in one pass; a phone
word right before digits that read as a stamp is looked for over a bounded stretch. Runs of
each must cost time in proportion to their length, and no finding, repr or error shows a
value.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "1\u00a0" * (40 * n),  # a no-break space after every digit
        lambda n: "06\u202f12\u202f34\u202f56\u202f78 " * n,  # many typeset numbers
        lambda n: "4\u2013" * (40 * n),  # en dashes between digits
        lambda n: "phone " * (10 * n) + "1111111111",  # a long run of labels, one stamp
        lambda n: "phone 1111111111 " * n,  # many labelled stamps
        lambda n: "Tel. No: " * (5 * n) + "081109 203615",  # labels that never end
    ],
    ids=["nbsp-digits", "typeset", "en-dashes", "label-run", "labelled-stamps", "label-tail"],
)
def test_other_separators_and_labelled_stamps_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


@pytest.mark.parametrize(
    "text",
    ["phone 1111111111", "Tél : 06\u202f12\u202f34\u202f56\u202f78", "phone ११११११११११"],
)
def test_findings_show_no_value(scanner, text) -> None:
    found = [f for f in scanner.scan(text) if f.entity_type.value == "PHONE_NUMBER"]
    assert found
    digits = "".join(c for c in text if c.isdigit())
    for f in found:
        shown = repr(f) + str(f.evidence)
        assert text[f.start : f.end] not in shown
        assert digits not in shown
