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
UATP = "159571177774121"


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
        # three columns opening with a group of five or six digits: no card's layout
        (f'200 - {VISA13[:6]} {VISA13[6:10]} {VISA13[10:]} "-"', []),
        (f"took {AMEX[:5]} {AMEX[5:10]} {AMEX[10:]} ms", []),
        # negatives: the layouts cards are printed in stay cards
        (f"card {VISA16[:4]} {VISA16[4:8]} {VISA16[8:12]} {VISA16[12:]}", [("CREDIT_CARD", "")]),
        (f"paid with {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]}", [("CREDIT_CARD", "")]),
        (f"visa {VISA13[:4]} {VISA13[4:7]} {VISA13[7:10]} {VISA13[10:]}", [("CREDIT_CARD", "")]),
        (f"paid with {VISA16[:8]} {VISA16[8:]}", [("CREDIT_CARD", "")]),
        (f"ticket paid with {UATP[:4]} {UATP[4:9]} {UATP[9:]}", [("CREDIT_CARD", "")]),
        (f"paid with {VISA13}", [("CREDIT_CARD", "")]),
    ],
)
def test_number_columns_are_no_card(scanner: Scanner, text: str, expected: list) -> None:
    cards = [v for e, v in _found(scanner, text) if e == "CREDIT_CARD"]
    assert len(cards) == len(expected)
    assert all(" " in v or v.isdigit() for v in cards)


@pytest.mark.parametrize(
    "text",
    [
        (
            "dhcp6 solicit (vendor-specific-info enterprise 4491 (code 3 len 6 data 3c5a9e117b20))"
            " (client-ID hwaddr type 1 3c5a9e117b21)"
        ),
        "option 43 len 6 payload: 3c5a9e117b20 (hwaddr follows)",
        "mac tlv hex=3c5a9e117b20",
        "hwaddr: data 3c 5a 9e 11 7b 20",
    ],
)
def test_a_labelled_byte_dump_is_no_mac(scanner: Scanner, text: str) -> None:
    assert "3c5a9e117b20" not in {v.replace(" ", "") for _, v in _found(scanner, text)}


@pytest.mark.parametrize(
    ("text", "mac"),
    [
        # negatives: a run labelled by its MAC word, also near "metadata", stays a MAC
        ("(client-ID hwaddr type 1 3c5a9e117b21)", "3c5a9e117b21"),
        ("metadata: hwaddr 3c5a9e117b21", "3c5a9e117b21"),
        ("lease: hwaddr 3c 5a 9e 11 7b 21", "3c 5a 9e 11 7b 21"),
        ("data link hwaddr 3c5a9e117b21", "3c5a9e117b21"),
    ],
)
def test_a_labelled_mac_is_found(scanner: Scanner, text: str, mac: str) -> None:
    assert ("MAC_ADDRESS", mac) in _found(scanner, text)


VISITOR = "198.51.100.23-1711000000.40417"


@pytest.mark.parametrize(
    "text",
    [
        (
            "2001-02-03 04:05:06 198.51.100.23 - W3SVC1 GET /a.htm - 200 Mozilla/4.0+(compatible)"
            f" WEBTRENDS_ID={VISITOR} http://example.com/"
        ),
        f"Cookie: WEBTRENDS_ID={VISITOR}; theme=dark",
        f"WEBTRENDS_ID={VISITOR}",
    ],
)
def test_webtrends_visitor_id_is_one_cookie(scanner: Scanner, text: str) -> None:
    at = text.index(VISITOR)
    inside = [(str(f.entity_type), f.start, f.end) for f in scanner.scan(text) if f.start >= at]
    # the id whole; the address inside it is no finding of its own
    assert inside[0] == ("COOKIE_ID", at, at + len(VISITOR))
    assert all(start >= at + len(VISITOR) for _, start, _ in inside[1:])


@pytest.mark.parametrize(
    "text",
    [
        # negatives: another cookie's value holding an address, or the name glued to another
        # word, leaves the address an address
        f"Cookie: session={VISITOR}",
        f"X_WEBTRENDS_ID={VISITOR}",
    ],
)
def test_other_addresses_in_values_stay_addresses(scanner: Scanner, text: str) -> None:
    assert ("IP_ADDRESS", "198.51.100.23") in _found(scanner, text)
