"""Formats found on the fourth vector set's development part (issue 10).

The measure is ``python -m benchmarks.bench_detect_vectors --dev4``; these tests pin each
mechanism with values written here (check digits computed, not copied).
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._checksums import iban_valid


class TestPhoneAsKeyValue:
    @pytest.mark.parametrize(
        "value",
        ["020 7946 0018", "(415) 555-0132", "415-555-0132", "415.555.0132",
         "1-415-555-0132", "0621 234 567", "+44 20 7946 0018"],
    )  # fmt: skip
    def test_a_separated_phone_layout_after_an_equals_sign_is_a_phone(self, value):
        assert found(f"value={value}", "PHONE_NUMBER") == [("PHONE_NUMBER", value)]
        assert found(f"ts=1 user=7 contact={value} ok=1", "PHONE_NUMBER") == [
            ("PHONE_NUMBER", value)
        ]

    @pytest.mark.parametrize(
        "text",
        ["id=4155550132", "id=7 value=0612345678", "order=12345678", "port=8080",
         "bytes=0-1023", "ts=2024-01-31 12:00:00", "size=12 345", "pid=4155 550132",
         "at=12:05 555 1234"],
    )  # fmt: skip
    def test_runs_ids_and_times_after_an_equals_sign_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_a_value_that_is_no_number_may_end_in_one(self):
        # 55 is no calling code for this number; the Brazilian local number after it is one.
        assert found("value=55 (17) 6332-2155", "PHONE_NUMBER") == [
            ("PHONE_NUMBER", "(17) 6332-2155")
        ]

    def test_after_a_colon_only_a_plus_starts_a_number(self):
        assert found("port:0621 234 567", "PHONE_NUMBER") == []
        assert found("tel:+44 20 7946 0018", "PHONE_NUMBER") == [
            ("PHONE_NUMBER", "+44 20 7946 0018")
        ]


class TestPhoneLayouts:
    def test_a_calling_code_in_parentheses_is_part_of_the_number(self):
        assert found("Call (+41) 22 730 5989 today.", "PHONE_NUMBER") == [
            ("PHONE_NUMBER", "(+41) 22 730 5989")
        ]

    def test_an_extension_written_in_capitals_is_part_of_the_number(self):
        for value in ("415-555-0132EXT623", "(415) 555-0132 Ext. 12", "415-555-0132X7"):
            assert found(f"Call {value} today.", "PHONE_NUMBER") == [("PHONE_NUMBER", value)]

    def test_parentheses_that_hold_no_calling_code_are_not_one(self):
        assert found("see (+) 22 730 5989 and (+41 22", "PHONE_NUMBER") == []


def _with_check(country, bban, check):
    return f"{country}{check:02d}{bban}"


def _check(country, bban):
    moved = bban + country + "00"
    return 98 - int("".join(str(int(c, 36)) for c in moved)) % 97


class TestIbanCheckDigits:
    def _bban(self, wanted):
        """A German BBAN whose computed check digits are ``wanted``."""
        for n in range(10_000):
            bban = f"37040044{n:010d}"
            if _check("DE", bban) == wanted:
                return bban
        raise AssertionError(wanted)

    @pytest.mark.parametrize(("issued", "alias"), [(98, 1), (97, 0), (2, 99)])
    def test_check_digits_00_01_99_are_never_issued(self, issued, alias):
        bban = self._bban(issued)
        assert iban_valid(_with_check("DE", bban, issued))
        # The alias passes the remainder test too, but no bank issues it.
        assert not iban_valid(_with_check("DE", bban, alias))
        assert found(f"IBAN {_with_check('DE', bban, alias)}", "IBAN_CODE") == []
        assert found(f"IBAN {_with_check('DE', bban, issued)}", "IBAN_CODE") == [
            ("IBAN_CODE", _with_check("DE", bban, issued))
        ]


class TestEmailSpecialCharacters:
    @pytest.mark.parametrize(
        ("text", "address"),
        [("{}~!@example.com", "{}~!@example.com"),
         ("Mail jane!@example.com today.", "jane!@example.com"),
         ("value=#tag|x~@example.org", "#tag|x~@example.org"),
         ("My e-mail is {}~!@example.com, write to me.", "{}~!@example.com")],
    )  # fmt: skip
    def test_a_local_part_ending_in_an_rfc_special_is_an_address(self, text, address):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]

    @pytest.mark.parametrize(
        "text",
        ["{|}@example.jpg",  # a file extension is no top-level domain
         ".!@example.com", "a..b!@example.com",  # dots where a local part may not have them
         "é|@example.com",  # inside a longer word
         "!@localhost"],  # no domain
    )  # fmt: skip
    def test_other_runs_before_an_at_sign_are_not(self, text):
        assert found(text, "EMAIL_ADDRESS") == []

    def test_query_delimiters_stay_out_of_the_local_part(self):
        # "=", "?", "&" and "/" join a URL query's key to the address after it.
        assert found("x=y|@example.com&z=1", "EMAIL_ADDRESS") == [
            ("EMAIL_ADDRESS", "y|@example.com")
        ]

    def test_a_masked_address_is_not_read_again(self):
        assert found("sent to j***@example.com", "EMAIL_ADDRESS") == []

    def test_a_machine_account_principal_is_no_address(self):
        # A trailing "$" marks a Windows machine account (Kerberos "HOST$@REALM").
        assert found("client=WS042$@CORP.EXAMPLE.COM", "EMAIL_ADDRESS") == []
        assert found('"login" : "unknown_user$@1234.example.net"', "EMAIL_ADDRESS") == []
