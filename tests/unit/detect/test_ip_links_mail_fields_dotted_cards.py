"""An address's link written alone, a mail link whose addresses are header fields, and a card
of American Express's or Diners Club's grouping joined by full stops (H109).

- A line that is an IPv4 host, a port or none and a path opening with a letter, and nothing
  else (``192.168.0.1/admin``), is a link written alone (a note, a form's field, a test
  case), not a log record: the line's machine-text verdict no longer leaves it out. A log
  record that opens with a client's address holds more on its line; a block of such lines is
  machine text still; a prefix length (``10.0.0.0/24``) is no path.
- A ``mailto:`` link with header fields is reported whole (the address wins the overlap and
  the link keeps its other characters) also when its addresses are all header fields
  (``mailto:?to=jane@example.org&subject=Hi``, RFC 6068).
- ``card_dotted`` takes 4-6-5 and 4-6-4 groups as well as four fours
  (``3782.822463.10005``), the first group of exactly four digits.
"""

import pytest
from tests.unit.detect._patterns import found


def urls(text: str) -> list[str]:
    return [v for e, v in found(text) if e == "URL"]


def spans(text: str) -> list[tuple[str, str]]:
    return [(e, v) for e, v in found(text) if e in {"URL", "EMAIL_ADDRESS", "IP_ADDRESS"}]


def cards(text: str) -> list[str]:
    return [v for _, v in found(text, "CREDIT_CARD")]


class TestAnAddressLinkAlone:
    @pytest.mark.parametrize(
        ("text", "path"),
        [
            ("192.168.1.1/abc", "/abc"),
            ("192.168.0.1/path/to/resource", "/path/to/resource"),
            ("10.0.0.1:8080/login", ":8080/login"),
            ("  192.168.0.1/admin_panel  ", "/admin_panel"),
            ("a note\n192.168.1.1/admin\nanother note", "/admin"),
            ("Steps:\n\n192.168.1.1/setup\n\nthen log in", "/setup"),
        ],
    )
    def test_the_link_is_reported_beside_its_address(self, text, path):
        # the address wins the overlap (IP_ADDRESS); the link keeps its other characters
        assert urls(text) == [path]
        assert [e for e, _ in spans(text)].count("IP_ADDRESS") == 1

    @pytest.mark.parametrize(
        "text",
        [
            "10.0.0.0/24",  # a prefix length
            "10.0.0.0/24/abc",
            "10.0.0.1 /abc",  # not one token
            "192.168.1.1/admin\n192.168.1.2/admin\n192.168.1.3/admin",  # a block: machine text
            '10.0.0.5 - - [01/Jan/2024] "GET /x"\n192.168.1.1/admin\n10.0.0.5 - - [01/Jan/2024] "GET /y"',
            "status=200 path=/a\n192.168.1.1/admin\nstatus=404 path=/b",
            "192.168.1.1/admin 200 1532",  # a record: more on the line
            "x192.168.1.1/admin",
        ],
    )
    def test_no_link_in_records_blocks_or_prefixes(self, text):
        assert urls(text) == []


class TestMailLinkFields:
    def test_addresses_in_header_fields_only(self):
        assert spans("write to mailto:?to=jane@example.org&subject=Hi now") == [
            ("URL", "mailto:?to="),
            ("EMAIL_ADDRESS", "jane@example.org"),
            ("URL", "&subject=Hi"),
        ]

    def test_an_encoded_address_in_the_fields(self):
        assert urls("write to mailto:?to=jane%40example.org&body=Hello now") != []

    @pytest.mark.parametrize(
        "text",
        [
            "see mailto:?subject=x now",  # no address anywhere
            "see mailto:friends?subject=x now",
            "a=1 link=mailto:?to=jane.doe@gmail.com&subject=Hi",  # machine text
        ],
    )
    def test_no_link_without_an_address_or_in_machine_text(self, text):
        assert urls(text) == []


class TestDottedCardGroups:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("My card is 3782.822463.10005 thanks", ["3782.822463.10005"]),
            ("3782.822463.10005", ["3782.822463.10005"]),
            ("Diners 3056.930902.5904.", ["3056.930902.5904"]),
            ("pay with 4111.1111.1111.1111 today", ["4111.1111.1111.1111"]),
        ],
    )
    def test_reported(self, text, want):
        assert cards(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "3782.822463.10002",  # fails the Luhn check
            "382.822463.10005",  # a first group of three
            "13782.822463.10005",  # of five
            "1.2.3782.822463.10005",  # a longer dotted run
            "v3782.822463.10005",  # glued to a word
            "card 111.1111.1111.1111",
            "build 3782.822463.10005-rc1",
        ],
    )
    def test_refused(self, text):
        assert cards(text) == []
