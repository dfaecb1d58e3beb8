"""Value formats found on the third set of validator test vectors (issue 10).

The measure is ``python -m benchmarks.bench_detect_vectors --dev3``; these tests pin each
mechanism with values written here (check digits computed, not copied).
"""

import pytest
from tests.unit.detect._patterns import found


def _iban(country, bban):
    """An IBAN with correct check digits for ``bban`` (ISO 7064 mod 97-10)."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


NO = _iban("NO", "86011117947")  # Norway: 15 characters
ES = _iban("ES", "21000418450200051332")  # Spain: 24


class TestIbanAsWritten:
    @pytest.mark.parametrize(
        "value",
        [f"{NO[:2]} {NO[2:4]} {NO[4:8]}.{NO[8:10]}.{NO[10:]}",  # space after the country, dots
         f"{NO[:2]} {NO[2:]}",  # country, then the rest glued
         f"{NO[:4]} {NO[4:8]} {NO[8:10]} {NO[10:]}",  # Norway's 4-2-5 account groups
         f"{ES[:2]} {ES[2:4]} {ES[4:8]} {ES[8:12]} {ES[12:16]} {ES[16:20]} {ES[20:]}",
         f"{ES[:4]} {ES[4:8]}-{ES[8:12]}-{ES[12:14]}-{ES[14:]}",  # Spain's 4-4-2-10, hyphens
         f"{ES[:5]} {ES[5:9]} {ES[9:]}"],  # a group across the check digits' boundary
    )  # fmt: skip
    def test_groups_of_any_length_are_read_to_the_country_length(self, value):
        assert found(f"Please pay {value} before Friday.", "IBAN_CODE") == [("IBAN_CODE", value)]

    def test_lower_case_letters_beside_digits_are_part_of_it(self):
        mc = _iban("MC", "12739000700011111000H79")  # Monaco: an alphanumeric account
        written = f"{mc[:4]} {mc[4:8]} {mc[8:12]} {mc[12:16]} {mc[16:20]} {mc[20:24]} h79"
        assert found(f"IBAN {written}.", "IBAN_CODE") == [("IBAN_CODE", written)]

    @pytest.mark.parametrize(
        "text",
        [f"IBAN {NO[:2]} {int(NO[2:4]) % 97 + 1:02d}{NO[4:]} on file",  # wrong check digits
         f"IBAN {NO}1 on file",  # one digit too many
         f"IBAN {NO[:2]} {NO[2:4]} {NO[4:8]} {NO[8:10]} on file",  # too short
         f"IBAN {ES[:4]} {ES[4:8]} {ES[8:12]} {ES[12:16]}x{ES[16:]}",  # glued to a letter
         "NO 12 and more words", "ID 12 3456 7890 1234", "AB12.34.56.78"],
    )  # fmt: skip
    def test_other_runs_are_not(self, text):
        assert found(text, "IBAN_CODE") == []

    def test_a_word_after_the_number_is_not_read_into_it(self):
        value = f"{NO[:4]} {NO[4:8]} {NO[8:12]} {NO[12:]}"
        assert found(f"{value} and more", "IBAN_CODE") == [("IBAN_CODE", value)]
        # Lower-case letters without a digit are a word: a group stops the reading there.
        assert found(f"{NO[:4]} {NO[4:8]} abc {NO[8:]}", "IBAN_CODE") == []


class TestNationalIbanFormats:
    @pytest.mark.parametrize(
        ("country", "bban"),
        [("CI", "A12312341234123412341234"),  # UEMOA: one bank letter, then digits
         ("SN", "SN0100152000048500003035"),  # UEMOA: two bank letters
         ("CM", "12341234123412341234123"),  # CEMAC
         ("AO", "123412341234123412341"),  # Angola
         ("KM", "00005000010010904400137"),  # Comoros
         ("BI", "123412341234"),  # Burundi's short format (the registry's is 27)
         ("AX", "12345600000785"),  # Aland Islands: Finland's layout
         ("RE", "20041010050500013M02606")],  # Reunion: France's layout
    )  # fmt: skip
    def test_found_with_their_length_and_layout(self, country, bban):
        iban = _iban(country, bban)
        assert found(f"IBAN {iban} on file", "IBAN_CODE") == [("IBAN_CODE", iban)]

    @pytest.mark.parametrize(
        ("country", "bban"),
        [("CI", "AB12341234123412341234A"),  # letters where the layout has digits
         ("CM", "1234123412341234123412"),  # one digit short
         ("AO", "12341234123412341234X"),
         ("RE", "A0041010050500013M02606")],  # France's bank code is digits
    )  # fmt: skip
    def test_other_layouts_are_not(self, country, bban):
        assert found(f"IBAN {_iban(country, bban)} on file", "IBAN_CODE") == []


class TestIbanBeforePhone:
    def test_an_iban_after_a_contact_word_is_no_phone_number(self):
        ch = _iban("CH", "0076201162385295" + "7")
        written = f"{ch[:4]} {ch[4:8]} {ch[8:12]} {ch[12:16]} {ch[16:20]} {ch[20:]}"
        assert found(f"Contact: {written}.") == [("IBAN_CODE", written)]

    def test_an_international_number_after_a_word_and_digits_stays_a_phone(self):
        # "AB12" is no IBAN head here: the number after it is read as before.
        assert found("Call AB12 0049 30 901820 now", "PHONE_NUMBER") == [
            ("PHONE_NUMBER", "0049 30 901820")
        ]


class TestIbanHostile:
    @pytest.mark.parametrize(
        "unit", ["NO 12 ", "NO12.", "DE89 3704 ", "AB12-a1", "ES 58 0049 h79 ", "CH93 0076 2011 "]
    )
    def test_candidates_examined_grow_linearly(self, unit, monkeypatch):
        from privkit.detect import _builtin

        calls = []
        original = _builtin._common.iban_walk

        def counting(text, start, end, _original=original):
            calls.append(end - start)
            return _original(text, start, end)

        monkeypatch.setattr(_builtin.payment, "iban_walk", counting)
        sizes = []
        for n in (200, 2000):
            calls.clear()
            found(unit * n)
            sizes.append((len(calls), sum(calls)))
        (c1, w1), (c2, w2) = sizes
        assert c2 <= 11 * c1 + 10  # candidates: ten times the text, ten times the calls
        assert w2 <= 11 * w1 + 200  # characters read: no run is read again and again


class TestEmailAddressLiterals:
    @pytest.mark.parametrize(
        "value",
        ["jane@[192.0.2.17]", "jane.doe@[IPv6:2001:db8::25]", "j@[IPv6:2001:db8:1:2:3:4:192.0.2.1]",
         "postmaster@[ipv6:::1]",
         "jane@[2001:db8::25]"],  # without its tag, as mail software accepts it (21st set)
    )  # fmt: skip
    def test_an_address_on_an_address_literal_is_one_address(self, value):
        assert found(f"Write to {value} today.") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        ["Write to jane@[192.0.2.300] today",  # no IPv4 address
         "Write to jane@[2001:db8:::25] today",  # no IPv6 address, with or without a tag
         "Write to jane@[IPv6:2001:db8:::25] today",  # no IPv6 address
         "Write to .jane@[192.0.2.17] today", "Write to ja..ne@[192.0.2.17] today",
         "items@[1.2.3.4]x"],
    )  # fmt: skip
    def test_other_brackets_are_no_address(self, text):
        assert found(text, "EMAIL_ADDRESS") == []

    def test_a_url_user_before_a_bracketed_host_is_no_address(self):
        assert found("see http://jane@[2001:db8::1]/x", "EMAIL_ADDRESS") == []

    def test_many_literals_stay_linear(self, monkeypatch):
        from privkit.detect import _builtin

        calls = []
        original = _builtin.EmailDetector._literal_ok

        def counting(m, _original=original):
            calls.append(m.end() - m.start())
            return _original(m)

        monkeypatch.setattr(_builtin.EmailDetector, "_literal_ok", staticmethod(counting))
        sizes = []
        for n in (200, 2000):
            calls.clear()
            found("a@[1.2.3.4]@[IPv6:::1]" * n)
            sizes.append((len(calls), sum(calls)))
        (c1, w1), (c2, w2) = sizes
        assert c2 <= 11 * c1 + 10
        assert w2 <= 11 * w1 + 200
