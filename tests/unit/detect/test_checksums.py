"""Checksums and structural validators against published test values."""

import pytest

from privkit.detect._checksums import (
    base58check_valid,
    bech32_valid,
    card_brand,
    iban_valid,
    luhn_valid,
    segwit_address_valid,
    ssn_valid,
)


class TestLuhn:
    @pytest.mark.parametrize(
        "digits",
        ["4111111111111111", "378282246310005", "490154203237518", "8944500102198304826", "0"],
    )
    def test_valid(self, digits):
        assert luhn_valid(digits)

    @pytest.mark.parametrize("digits", ["4111111111111112", "490154203237519", "", "12a4", "٣٣"])
    def test_invalid(self, digits):
        assert not luhn_valid(digits)


class TestIban:
    @pytest.mark.parametrize(
        "iban",
        ["GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000",
         "FR1420041010050500013M02606", "NO9386011117947"],
    )  # fmt: skip
    def test_valid(self, iban):
        assert iban_valid(iban)

    @pytest.mark.parametrize(
        "iban", ["GB82WEST12345698765433", "XX82WEST12345698765432", "GB82WEST1234569876543", ""]
    )
    def test_invalid(self, iban):
        assert not iban_valid(iban)

    @pytest.mark.parametrize(
        "iban",
        ["IE60123493115212345678", "NL5312340417164300", "DE86ABCD00440532013000",
         "VG3812AB0000012345678901"],
    )  # fmt: skip
    def test_wrong_account_layout_fails_although_mod97_passes(self, iban):
        # Each has its country's length and passing check digits; the bank code or account
        # number holds letters where the registry has digits, or the reverse.
        moved = iban[4:] + iban[:4]
        assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
        assert not iban_valid(iban)

    def test_letters_where_the_registry_puts_them_pass(self):
        assert iban_valid("VG25WXYZ0000012345678901")

    @pytest.mark.parametrize(
        "iban", ["GG14NWBK60161331926819", "IM88ABCD12345612345678", "JE90 NWBK 6016 1331 9268 19"]
    )
    def test_crown_dependencies_in_the_british_layout_pass(self, iban):
        # Guernsey, the Isle of Man and Jersey: the British layout (four bank letters, a sort
        # code, an account number) under their own country codes.
        assert iban_valid(iban)

    @pytest.mark.parametrize(
        "iban",
        ["GG15NWBK60161331926819", "IM88ABCD1234561234567", "JE691234NWBK6016133192"],
    )
    def test_crown_dependencies_out_of_the_british_layout_fail(self, iban):
        # A wrong check digit; one digit short; digits where the bank letters go (mod 97 passes).
        assert not iban_valid(iban)


class TestCardBrand:
    @pytest.mark.parametrize(
        ("digits", "brand"),
        [("4111111111111111", "visa"), ("5555555555554444", "mastercard"),
         ("2221000000000009", "mastercard"), ("378282246310005", "amex"),
         ("6011111111111117", "discover"), ("3530111333300000", "jcb"),
         ("30569309025904", "diners"), ("9111111111111111", "")],
    )  # fmt: skip
    def test_brand(self, digits, brand):
        assert card_brand(digits) == brand


class TestSsn:
    @pytest.mark.parametrize("ssn", ["536901234", "001010001", "772123456"])
    def test_valid(self, ssn):
        assert ssn_valid(ssn)

    @pytest.mark.parametrize(
        "ssn",
        ["000123456", "666123456", "900123456", "123004567", "123450000", "078051120", "12345"],
    )
    def test_invalid(self, ssn):
        assert not ssn_valid(ssn)


class TestBitcoin:
    @pytest.mark.parametrize(
        "address", ["1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"]
    )
    def test_base58check_valid(self, address):
        assert base58check_valid(address)

    @pytest.mark.parametrize("address", ["1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "0OIl", "1"])
    def test_base58check_invalid(self, address):
        assert not base58check_valid(address)

    @pytest.mark.parametrize(
        "address",
        # BIP-173 / BIP-350 test vectors
        ["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
         "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"],
    )  # fmt: skip
    def test_bech32_valid(self, address):
        assert bech32_valid(address)

    @pytest.mark.parametrize(
        "address",
        ["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", "bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
         "bc1", "1qqqqqq"],
    )  # fmt: skip
    def test_bech32_invalid(self, address):
        assert not bech32_valid(address)

    @pytest.mark.parametrize(
        "address",
        ["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",  # version 0, 20 bytes
         "tb1qqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5r7fxez",  # testnet
         "bc1pqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqwk0jyn",  # v1, bech32m
         "bc1pqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqm2l7p3"],  # v1, BIP-173 bech32
    )  # fmt: skip
    def test_segwit_address_valid(self, address):
        assert segwit_address_valid(address)

    @pytest.mark.parametrize(
        "address",
        # Each passes the bech32 or bech32m checksum; the witness part is impossible.
        ["bc1qqypqxpq9qcrsszg2pvxq6rs0zqlxvppt",  # version 0 with a 16-byte program
         "bc1qqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5uyze8n",  # version 0 with the bech32m checksum
         "bc13qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7rusqjz4s3l",  # version 17
         "bc1pqum7079u",  # a 1-byte program
         "bc1pqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqepcyyg",  # 41 bytes
         "bc1pqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z4tsze70"],  # non-zero padding bits
    )  # fmt: skip
    def test_segwit_address_invalid_although_checksum_passes(self, address):
        assert bech32_valid(address)
        assert not segwit_address_valid(address)

    def test_segwit_address_needs_a_bitcoin_prefix(self):
        litecoin = "ltc1qqypqxpq9qcrsszg2pvxq6rs0zqg3yyc5dyg36p"  # the same program, "ltc"
        assert bech32_valid(litecoin)
        assert not segwit_address_valid(litecoin)
        assert segwit_address_valid(litecoin, hrps=("ltc",))
