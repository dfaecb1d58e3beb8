"""Value formats found on the second set of validator test vectors (issue 10).

The measure is ``python -m benchmarks.bench_detect_vectors --dev2`` (and ``--dev``); these
tests pin each mechanism with values written here (check digits computed, not copied).
"""

import pytest
from tests.unit.detect._patterns import found


def _iban(country, bban):
    """An IBAN with correct check digits for ``bban`` (ISO 7064 mod 97-10)."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


class TestIbanAccountLayout:
    @pytest.mark.parametrize(
        ("country", "bban"),
        [("IE", "1234" + "93115212345678"),  # Ireland: a four-letter bank code
         ("VG", "12AB" + "0000012345678901"),  # British Virgin Islands: four letters
         ("NL", "1234" + "0417164300"),  # Netherlands: four letters, then ten digits
         ("DE", "3704004405320130AB")],  # Germany: digits only
    )  # fmt: skip
    def test_mod97_with_letters_or_digits_in_the_wrong_place_is_no_iban(self, country, bban):
        assert found(f"IBAN {_iban(country, bban)} on file", "IBAN_CODE") == []

    @pytest.mark.parametrize(
        ("country", "bban"),
        [("IE", "AIBK" + "93115212345678"), ("VG", "WXYZ" + "0000012345678901"),
         ("NL", "ABNA" + "0417164300"), ("DE", "370400440532013000"),
         ("MA", "12345678901234567890ABCD")],  # national format: length only
    )  # fmt: skip
    def test_the_registry_layout_is_found(self, country, bban):
        iban = _iban(country, bban)
        assert found(f"IBAN {iban} on file", "IBAN_CODE") == [("IBAN_CODE", iban)]


class TestSegwitAddresses:
    # Checksums computed here (BIP-173 / BIP-350 encoders), programs chosen here.
    def test_a_checksum_alone_is_not_enough(self):
        # Valid bech32 strings whose witness part no wallet can have: version 0 with a 16-byte
        # program, version 17, non-zero padding bits.
        for value in ("bc1qqypqxpq9qcrsszg2pvxq6rs0zqlxvppt",
                      "bc13qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqjz4s3l",
                      "bc1pqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z4tsze70"):  # fmt: skip
            assert found(f"pay {value} today", "CRYPTO") == []

    @pytest.mark.parametrize(
        "value",
        ["bc1pqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqwk0jyn",  # taproot, bech32m
         "bc1pqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqm2l7p3",  # as BIP-173 wrote it
         "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"],  # upper case
    )  # fmt: skip
    def test_segwit_addresses_are_found(self, value):
        assert found(f"pay {value} today", "CRYPTO") == [("CRYPTO", value)]


def _luhn(prefix, length):
    """``prefix`` padded with sevens to ``length`` digits, the last one a Luhn check digit."""
    body = prefix.ljust(length - 1, "7")
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def _grouped(digits, sizes, sep):
    out, at = [], 0
    for n in sizes:
        out.append(digits[at : at + n])
        at += n
    return sep.join(out)


class TestCardLayouts:
    def test_four_groups_of_four_joined_by_full_stops(self):
        card = _grouped(_luhn("4", 16), (4, 4, 4, 4), ".")
        assert found(f"Card: {card}.", "CREDIT_CARD") == [("CREDIT_CARD", card)]
        assert found(f"value={card}", "CREDIT_CARD") == [("CREDIT_CARD", card)]

    @pytest.mark.parametrize("text", ["1{c}", "v{c}", "{c}.1", "1.{c}", "{c}-x"])
    def test_dotted_groups_inside_a_longer_token_are_not_a_card(self, text):
        card = _grouped(_luhn("4", 16), (4, 4, 4, 4), ".")
        assert found(text.format(c=card), "CREDIT_CARD") == []

    def test_dotted_groups_need_the_checksum_and_a_brand(self):
        digits = _luhn("4", 16)
        bad = digits[:-1] + str((int(digits[-1]) + 1) % 10)
        assert found(_grouped(bad, (4, 4, 4, 4), "."), "CREDIT_CARD") == []
        assert found(_grouped(_luhn("9", 16), (4, 4, 4, 4), "."), "CREDIT_CARD") == []

    @pytest.mark.parametrize("sep", [" ", "-"])
    def test_thirteen_digit_visa_in_its_4_3_3_3_layout(self, sep):
        card = _grouped(_luhn("4", 13), (4, 3, 3, 3), sep)
        assert found(f"paid with {card} yesterday", "CREDIT_CARD") == [("CREDIT_CARD", card)]

    def test_the_4_3_3_3_layout_is_only_visa(self):
        # Thirteen digits from 5 or 6 are no card of any brand; a 4-3-3-3 run that is not Visa
        # stays a column of numbers.
        for prefix in ("5", "6011", "3"):
            assert found(_grouped(_luhn(prefix, 13), (4, 3, 3, 3), " "), "CREDIT_CARD") == []
        assert found(_grouped(_luhn("4", 12), (3, 3, 3, 3), " "), "CREDIT_CARD") == []

    @pytest.mark.parametrize(("prefix", "brand"), [("60", "rupay"), ("6071", "rupay"),
                                                   ("2200", "mir"), ("2204", "mir")])  # fmt: skip
    def test_rupay_and_mir_numbers(self, prefix, brand):
        from tests.unit.detect._patterns import SCANNER

        card = _luhn(prefix, 16)
        hits = [f for f in SCANNER.scan(f"card {card}") if f.entity_type.value == "CREDIT_CARD"]
        assert [h.evidence.tags for h in hits] == [(brand,)]
