"""Number columns, byte dumps and an address-built visitor id (issue 10, helper H205).

Three classes of real text left by earlier helpers: two number columns of a space-separated
log record read together as a card in a grouping no issuer prints (an S3 access log's bytes
sent and object size), a DHCP option's hex payload read as a bare MAC because a MAC word
names the next field, and WebTrends' visitor cookie reported as the client address inside
its value. Values written here; pattern mode.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner

# Luhn-valid numbers with a card brand's prefix (cards when they stand alone).
VISA13 = "4884370374244"
MAESTRO12 = "582698013411"
VISA16 = "4814164474405877"
AMEX = "377986232728795"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities={"CREDIT_CARD", "MAC_ADDRESS", "COOKIE_ID", "IP_ADDRESS"})


def _found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(str(f.entity_type), text[f.start : f.end]) for f in scanner.scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two columns of a record: 6+7, 5+7 and 6+6 groupings are no card's
        (
            f'"GET /b/k.bin HTTP/1.1" 200 - {VISA13[:6]} {VISA13[6:]} 41 - "-" "aws-cli/2.15"',
            [],
        ),
        (f"rows {VISA13[:6]}-{VISA13[6:]} done", []),
        (f"sizes: {MAESTRO12[:5]} {MAESTRO12[5:]}", []),
        (f"sizes: {MAESTRO12[:6]} {MAESTRO12[6:]}", []),
        # negatives: the layouts cards are printed in stay cards
        (f"card {VISA16[:4]} {VISA16[4:8]} {VISA16[8:12]} {VISA16[12:]}", [("CREDIT_CARD", "")]),
        (f"paid with {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}", [("CREDIT_CARD", "")]),
        (f"visa {VISA13[:4]} {VISA13[4:7]} {VISA13[7:10]} {VISA13[10:]}", [("CREDIT_CARD", "")]),
        (f"paid with {VISA16[:8]} {VISA16[8:]}", [("CREDIT_CARD", "")]),
        (f"paid with {VISA13}", [("CREDIT_CARD", "")]),
    ],
)
def test_number_columns_are_no_card(scanner: Scanner, text: str, expected: list) -> None:
    cards = [v for e, v in _found(scanner, text) if e == "CREDIT_CARD"]
    assert len(cards) == len(expected)
    assert all(" " in v or v.isdigit() for v in cards)
