"""Value formats found on other projects' validator test vectors (issue 10).

The measure is ``python -m benchmarks.bench_detect_vectors --dev``; these tests pin each
mechanism with values written here (check digits computed, not copied).
"""

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._checksums import card_brand, iban_valid, luhn_valid
from privkit.detect._scanner import _pick
from privkit.types import EntityType, Evidence, Finding

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _found(text, entity):
    return [text[f.start : f.end] for f in PATTERNS.scan(text) if f.entity_type is entity]


def _iban(country, bban):
    """An IBAN with correct check digits for ``bban`` (ISO 7064 mod 97-10)."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def _luhn(prefix, length):
    """``prefix`` padded with zeros to ``length`` digits, the last one a Luhn check digit."""
    body = prefix.ljust(length - 1, "0")
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


class TestMacCiscoDots:
    def test_a_full_stop_after_the_address_ends_the_sentence(self):
        assert _found("The switch saw 00a1.b2c3.d4e5.", EntityType.MAC_ADDRESS) == [
            "00a1.b2c3.d4e5"
        ]

    def test_another_dotted_group_still_refuses_the_match(self):
        assert _found("see 00a1.b2c3.d4e5.f6a7.0b1c", EntityType.MAC_ADDRESS) == []


class TestIbanCountriesOutsideTheRegistry:
    @pytest.mark.parametrize(
        ("country", "bban"),
        [
            ("DZ", "0002100001113000000571"),
            ("IR", "0170000000339545727004"),
            ("MA", "011519000001205000534922"),
            ("MZ", "000100000012345678901"),
        ],
    )
    def test_national_formats_are_ibans(self, country, bban):
        value = _iban(country, bban)
        assert iban_valid(value)
        assert _found(f"Pay to {value} today", EntityType.IBAN_CODE) == [value]

    def test_a_wrong_length_is_still_refused(self):
        assert not iban_valid(_iban("MA", "0" * 23))


class TestIbanOpeningsInsideAMatch:
    """The IBAN pattern reads words among groups (the walk ends the number at its country's
    length): an IBAN its match ran over is a candidate of its own."""

    DE = "DE89370400440532013000"
    GB = "GB82WEST12345698765432"

    @pytest.mark.parametrize("between", [" to ", " ", " and the other ", ", "])
    def test_an_iban_after_another_is_found(self, between):
        assert _found(f"from {self.DE}{between}{self.GB}", EntityType.IBAN_CODE) == [
            self.DE,
            self.GB,
        ]

    @pytest.mark.parametrize("before", ["ID 12 ", "ref AB12 to ", "VAT DE12 payable to "])
    def test_an_iban_after_a_code_like_word_is_found(self, before):
        assert _found(before + self.DE, EntityType.IBAN_CODE) == [self.DE]

    def test_the_same_iban_twice_is_found_twice(self):
        assert _found(f"{self.DE} and {self.DE}", EntityType.IBAN_CODE) == [self.DE] * 2

    @pytest.mark.parametrize(
        "text", ["DE12 3456 7890 payable", "ID 12 AB34 CD56 EF78", "GB82 WEST 1234 5698 7654 33"]
    )
    def test_code_like_words_alone_are_no_iban(self, text):
        assert _found(text, EntityType.IBAN_CODE) == []

    def test_a_grouped_iban_is_one_finding(self):
        value = "GB82 WEST 1234 5698 7654 32"
        assert _found(f"IBAN {value} please", EntityType.IBAN_CODE) == [value]


class TestUnionPay81:
    @pytest.mark.parametrize("length", [16, 19])
    def test_the_81_range_is_a_card(self, length):
        number = _luhn("8171", length)
        assert card_brand(number) == "unionpay"
        assert _found(f"card {number} charged", EntityType.CREDIT_CARD) == [number]

    def test_other_8x_prefixes_are_not(self):
        assert card_brand(_luhn("8271", 16)) == ""


class TestPhoneKeyed:
    @pytest.mark.parametrize(
        "text",
        [
            "phone=02079460018",
            "tel:020 7946 0018",
            "mobile_no=07700900123",
            "user.phone='020 7946 0018'",
            'fax: "020 7946 0018"',
        ],
    )
    def test_a_key_naming_a_phone_makes_its_number_a_phone(self, text):
        assert len(_found(text, EntityType.PHONE_NUMBER)) == 1

    @pytest.mark.parametrize(
        "text",
        [
            "port=02079460018",
            "pid:0207946001",
            # (in a record: a text of one pair whose key names nothing reads its value as
            # one on its own, H204's test_phone_lone_pair)
            "id=7 hotel=02079460018",
            "id=7 value=055123456",
        ],
    )
    def test_other_keys_do_not(self, text):
        assert _found(text, EntityType.PHONE_NUMBER) == []


class TestPhoneLayouts:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("ligue (11) 98765-4321 hoje", "(11) 98765-4321"),
            ("ring 91-98765-43210 now", "91-98765-43210"),
            ("ring 44-20-7946-0018 now", "44-20-7946-0018"),
            ("ring 55 (11) 98765-4321 now", "55 (11) 98765-4321"),
        ],
    )
    def test_country_code_without_plus_and_area_code_in_parentheses(self, text, number):
        assert _found(text, EntityType.PHONE_NUMBER) == [number]

    @pytest.mark.parametrize(
        "text",
        [
            "on 20-10-2024-1234 the job ran",  # a date, then a number
            "isbn 978-3-16-148410-0",
            "ref 12-34-56-78 closed",
            "build 1-2-3-4",
        ],
    )
    def test_hyphenated_numbers_that_are_not_valid_there_are_not_phones(self, text):
        assert _found(text, EntityType.PHONE_NUMBER) == []


class TestNamesInsideIdentifiers:
    EV = Evidence(pattern="p")

    def _cluster(self, *findings):
        return [(f.start, -f.end, i, f) for i, f in enumerate(findings)]

    def test_a_model_name_inside_a_url_loses_to_the_url(self):
        url = Finding(EntityType.URL, 0, 29, 0.85, "url", self.EV)
        name = Finding(EntityType.PERSON, 13, 23, 0.9, "ner", self.EV)
        assert _pick(self._cluster(url, name)) == [url]

    def test_a_model_name_inside_an_email_loses_to_the_email(self):
        email = Finding(EntityType.EMAIL_ADDRESS, 0, 20, 0.8, "email", self.EV)
        name = Finding(EntityType.PERSON, 0, 8, 0.9, "ner", self.EV)
        assert _pick(self._cluster(email, name)) == [email]

    def test_a_name_crossing_the_url_edge_still_competes_by_score(self):
        url = Finding(EntityType.URL, 5, 29, 0.85, "url", self.EV)
        name = Finding(EntityType.PERSON, 0, 10, 0.9, "ner", self.EV)
        assert _pick(self._cluster(name, url)) == [name]

    def test_a_name_inside_another_pattern_type_competes_by_score(self):
        ua = Finding(EntityType.USER_AGENT, 0, 40, 0.8, "user_agent", self.EV)
        name = Finding(EntityType.PERSON, 10, 20, 0.9, "ner", self.EV)
        assert _pick(self._cluster(ua, name)) == [name]


def _b58check(version, payload):
    """Base58Check encoding of ``version`` and ``payload`` (written here for the tests)."""
    import hashlib

    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


class TestBitcoinTestnet:
    PAYLOAD = bytes(range(7, 27))

    @pytest.mark.parametrize("version", [0x6F, 0xC4])
    def test_testnet_p2pkh_and_p2sh_are_addresses(self, version):
        address = _b58check(version, self.PAYLOAD)
        assert address[0] in "mn2"
        assert _found(f"send to {address} now", EntityType.CRYPTO) == [address]

    def test_other_version_bytes_are_not_bitcoin(self):
        address = _b58check(0x70, self.PAYLOAD)  # encodes with a leading "n" as well
        assert address[0] == "n"
        assert _found(f"send to {address} now", EntityType.CRYPTO) == []

    def test_mainnet_still_found(self):
        address = _b58check(0x00, self.PAYLOAD)
        assert _found(f"send to {address} now", EntityType.CRYPTO) == [address]


class TestPhoneValueAlone:
    @pytest.mark.parametrize("text", ["0612345678", "  0612345678\n", "a\n0612345678\nb"])
    def test_a_national_number_alone_on_its_line_is_a_phone(self, text):
        assert _found(text, EntityType.PHONE_NUMBER) == ["0612345678"]

    def test_in_a_log_record_it_still_needs_a_phone_word(self):
        assert _found("0612345678 GET /index.html 200", EntityType.PHONE_NUMBER) == []
