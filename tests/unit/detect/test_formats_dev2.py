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


class TestShortIpv6Forms:
    @pytest.mark.parametrize(
        ("text", "value"),
        [("1::8", "1::8"), ("::8", "::8"), ("2::", "2::"), ("Contact: 1::8.", "1::8"),
         ("value=1::8", "1::8"), ("listen [1::8]:80", "1::8"), ("http://[1::8]/x", "1::8"),
         ('"ip": "3::4"', "3::4"), ("route 2::/64 via eth0", "2::"), ("peer a1::b2 up", "a1::b2")],
    )  # fmt: skip
    def test_a_short_form_standing_alone_is_an_address(self, text, value):
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        ["INFO :: started", "x = a[1::2]", "arr[::8]", "a::b", "ab::cd", "f32::add(x)",
         "dead::beef()", "Vec::<u8>::new()", "std::vector<int>", "1::2::3", "x1::2y", "run 1::8.5 s",
         "id=1::8x"],
    )  # fmt: skip
    def test_code_separators_and_slices_are_not(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_long_forms_are_found_wherever_they_stand(self):
        assert found("a[fe80::1%eth0]b", "IP_ADDRESS") == [("IP_ADDRESS", "fe80::1%eth0")]
        xml = '<value id="gw">fe80::214:f609:19f7:6bf1</value>'
        assert found(xml, "IP_ADDRESS") == [("IP_ADDRESS", "fe80::214:f609:19f7:6bf1")]
        assert found("gw 2001:db8::1(primary)", "IP_ADDRESS") == [("IP_ADDRESS", "2001:db8::1")]
        assert found("x=::ffff:192.0.2.1;", "IP_ADDRESS") == [("IP_ADDRESS", "::ffff:192.0.2.1")]


class TestHostileRuns:
    """Work stays linear on runs built from the new candidates (counted, not timed)."""

    @pytest.mark.parametrize("unit", ["[1::8", "a[1::2]", "1::", "::8 ", "1234.5678.", "4024 007 "])
    def test_candidates_examined_grow_linearly(self, unit, monkeypatch):
        from privkit.detect import _builtin

        calls = []
        for cls in (_builtin.IpAddressDetector, _builtin.CreditCardDetector):
            original = cls.evaluate

            def counting(self, text, start, end, pattern, _original=original):
                calls.append(end - start)
                return _original(self, text, start, end, pattern)

            monkeypatch.setattr(cls, "evaluate", counting)
        sizes = []
        for n in (200, 2000):
            calls.clear()
            found(unit * n)
            sizes.append((len(calls), sum(calls)))
        (c1, w1), (c2, w2) = sizes
        assert c2 <= 10 * c1 + 10  # candidates
        assert w2 <= 10 * w1 + 200  # characters inside them


class TestMacWithSpaces:
    @pytest.mark.parametrize(
        ("text", "value"),
        [("MAC: A9 C5 D4 9F EB D3", "A9 C5 D4 9F EB D3"),
         ("mac address 02 1b 2c 3d 4e 5f", "02 1b 2c 3d 4e 5f"),
         ("mac 02 1b 2c 3d 4e 5f", "02 1b 2c 3d 4e 5f"),  # "ac " before it is no byte
         ("HWaddr 00 1a 2b 3c 4d 5e 6f 70", "00 1a 2b 3c 4d 5e 6f 70"),  # EUI-64
         ("bssid=00 1a 2b 3c 4d 5e.", "00 1a 2b 3c 4d 5e")],
    )  # fmt: skip
    def test_spaced_octets_after_a_mac_word(self, text, value):
        assert found(text, "MAC_ADDRESS") == [("MAC_ADDRESS", value)]

    @pytest.mark.parametrize(
        "text",
        ["A9 C5 D4 9F EB D3",  # no word naming a MAC: a hex dump's bytes
         "client 00 1a 2b 3c 4d 5e",  # a weak word is not enough for this layout
         "Macintosh 00 1a 2b 3c 4d 5e",
         "mac 00 1a 2b 3c 4d 5e 6f",  # seven bytes
         "ether 00 1a 2b 3c 4d 5e 00 1a 2b 3c 4d 5f 08 00",  # a whole frame header
         "mac: ff ff ff ff ff ff", "mac: 00 00 00 00 00 00"],  # broadcast, all-zero
    )  # fmt: skip
    def test_other_spaced_bytes_are_not(self, text):
        assert found(text, "MAC_ADDRESS") == []

    def test_a_long_dump_after_a_mac_word_stays_linear(self, monkeypatch):
        from privkit.detect import _builtin

        calls = []
        original = _builtin.MacAddressDetector.evaluate

        def counting(self, text, start, end, pattern):
            calls.append(end - start)
            return original(self, text, start, end, pattern)

        monkeypatch.setattr(_builtin.MacAddressDetector, "evaluate", counting)
        for n in (100, 1000):
            calls.clear()
            assert found("mac " + "0a " * n + "1b 2c 3d 4e 5f 6a", "MAC_ADDRESS") == []
            assert len(calls) <= 1
        calls.clear()
        assert len(found("mac 0a 1b 2c 3d 4e 5f; " * 1000, "MAC_ADDRESS")) == 1000
        assert len(calls) <= 2000


class TestAddressesWithCombiningMarks:
    # Addresses written here in scripts whose words carry vowel signs and other combining
    # marks (categories Mn/Mc), which the regular expression class \w does not match.
    @pytest.mark.parametrize(
        ("text", "value"),
        [("उपयोगकर्ता@उदाहरण.कॉम", "उपयोगकर्ता@उदाहरण.कॉम"),  # Devanagari
         ("ईमेल: राम@डाक.भारत।", "राम@डाक.भारत"),  # the danda ends the sentence
         ("อีเมล ผู้ใช้@ตัวอย่าง.ไทย ครับ", "ผู้ใช้@ตัวอย่าง.ไทย"),  # Thai
         ("write to x@hindi.हिंदी now", "x@hindi.हिंदी"),  # a TLD ending in a vowel sign
         ("e\u0301cole@example.com", "e\u0301cole@example.com")],  # a decomposed accent
    )  # fmt: skip
    def test_the_whole_address_is_found(self, text, value):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        "address",
        ['"ram kumar"@उदाहरण.कॉम', '"x"@ตัวอย่าง.ไทย', '"a b"@hindi.हिंदी'],
    )
    def test_a_quoted_local_part_takes_the_same_domains(self, address):
        # One domain expression for every form of address: a quoted local part is no
        # narrower than a plain one.
        assert found(f"write to {address} today", "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]

    def test_the_domain_expression_is_shared(self):
        from privkit.detect._builtin import EmailDetector
        from privkit.detect._builtin.email import _EMAIL_DOMAIN

        assert EmailDetector.patterns[0].regex.endswith(_EMAIL_DOMAIN)
        assert EmailDetector._DOMAIN_AFTER_AT.pattern == _EMAIL_DOMAIN
        assert EmailDetector._ENCODED_DOMAIN.pattern.startswith(_EMAIL_DOMAIN)

    def test_a_mark_alone_is_no_top_level_domain(self):
        assert found("a@b.\u093e\u093f", "EMAIL_ADDRESS") == []

    def test_the_mark_class_holds_only_marks(self):
        import unicodedata

        from privkit.detect._builtin.email import _MARK

        marks = [chr(c) for c in range(0x300, 0x10000) if _MARK.match(chr(c))]
        assert len(marks) > 500
        assert all(unicodedata.category(c)[0] == "M" for c in marks)
        assert all(_MARK.match(c) for c in "\u093e\u0949\u0e39\u0e49\u0301\u05b7")


class TestImeiWithoutCheckDigit:
    BODY = "35209900176148"  # reporting body 35, then a type allocation code and serial

    def _spare(self):
        from privkit.detect._checksums import luhn_valid

        value = self.BODY + "0"  # as a network element logs it: the spare digit 0
        assert not luhn_valid(value)  # (the check digit of this body is not 0)
        return value

    @pytest.mark.parametrize("text", ["IMEI: {v}", "imei={v} attach", "handset imei {v}"])
    def test_after_the_word_imei_fifteen_digits_are_one(self, text):
        value = self._spare()
        assert found(text.format(v=value), "IMEI") == [("IMEI", value)]

    @pytest.mark.parametrize("text", ["{v}", "device {v}", "order {v}"])
    def test_without_it_the_checksum_is_still_needed(self, text):
        assert found(text.format(v=self._spare()), "IMEI") == []

    def test_an_unknown_reporting_body_is_not(self):
        assert found("IMEI: 20" + self.BODY[2:] + "0", "IMEI") == []


class TestApostropheInLocalPart:
    @pytest.mark.parametrize(
        ("text", "value"),
        [("o'brien@example.ie", "o'brien@example.ie"),
         ("write to d'angelo.o'neil@example.it today", "d'angelo.o'neil@example.it"),
         ("'o'brien@example.ie'", "o'brien@example.ie")],  # quotes around stay out
    )  # fmt: skip
    def test_an_apostrophe_between_letters_is_part_of_it(self, text, value):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]

    @pytest.mark.parametrize(
        ("text", "value"),
        [("Mail 'user@example.com' now", "user@example.com"),
         ("name='user@example.com'", "user@example.com"),
         ("user's a@example.com", "a@example.com")],
    )  # fmt: skip
    def test_a_quote_before_the_address_is_not(self, text, value):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", value)]


class TestWideSpaceSeparators:
    @pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
    def test_a_card_grouped_with_no_break_or_thin_spaces(self, space):
        card = _grouped(_luhn("4", 16), (4, 4, 4, 4), space)
        assert found(f"Card: {card}.", "CREDIT_CARD") == [("CREDIT_CARD", card)]

    @pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
    def test_an_iban_grouped_with_no_break_spaces(self, space):
        iban = _iban("DE", "370400440532013000")
        grouped = space.join(iban[i : i + 4] for i in range(0, len(iban), 4))
        assert found(f"IBAN{space}: {grouped}.", "IBAN_CODE") == [("IBAN_CODE", grouped)]

    def test_checks_still_apply(self):
        digits = _luhn("4", 16)
        bad = digits[:-1] + str((int(digits[-1]) + 1) % 10)
        assert found(_grouped(bad, (4, 4, 4, 4), "\u00a0"), "CREDIT_CARD") == []
        assert found("12\u00a0345\u00a0678\u00a0901", "CREDIT_CARD") == []


class TestIpv6AfterAKeyColon:
    @pytest.mark.parametrize(
        ("text", "value"),
        [("src:2001:db8::1 dst:2001:db8::2", "2001:db8::1"), ("ip:fe80::1", "fe80::1"),
         ("client_ip:fe80::1%eth0 ok", "fe80::1%eth0")],
    )  # fmt: skip
    def test_the_address_after_the_key_is_found(self, text, value):
        assert ("IP_ADDRESS", value) in found(text, "IP_ADDRESS")

    @pytest.mark.parametrize(
        "text", ["ip:1::8", "std::vector<int>", "time:10:12:01 a::b", "hw:aa:bb:cc:dd:ee:ff ::"]
    )
    def test_short_forms_times_and_macs_after_a_key_are_not(self, text):
        assert found(text, "IP_ADDRESS") == []

    def test_a_long_run_of_keys_stays_linear(self, monkeypatch):
        from privkit.detect import _builtin

        calls = []
        original = _builtin.IpAddressDetector.evaluate

        def counting(self, text, start, end, pattern):
            calls.append(end - start)
            return original(self, text, start, end, pattern)

        monkeypatch.setattr(_builtin.IpAddressDetector, "evaluate", counting)
        sizes = []
        for unit in ("k:1:", "k:1:2::3:", "k:1:2::3 "):
            for n in (300, 3000):
                calls.clear()
                found(unit * n + " ::")
                sizes.append(sum(calls))
        assert sizes[3] > 0  # "k:1:2::3 k:1:2::3 ...": every key's address is examined
        for small, large in zip(sizes[::2], sizes[1::2], strict=True):
            assert large <= 10 * small + 100


def _b64(data):
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class TestEncryptedTokens:
    """JWE compact serialisation (RFC 7516): five parts, written here."""

    HEADER = _b64(b'{"alg":"RSA-OAEP","enc":"A256GCM"}')
    DIRECT = _b64(b'{"alg":"dir","enc":"A128GCM"}')
    IV, CIPHERTEXT, TAG = _b64(bytes(range(12))), _b64(bytes(range(60))), _b64(bytes(range(16)))

    def test_all_five_parts_are_covered(self):
        jwe = ".".join([self.HEADER, _b64(bytes(range(80))), self.IV, self.CIPHERTEXT, self.TAG])
        assert found(f"token {jwe} end", "AUTH_TOKEN") == [("AUTH_TOKEN", jwe)]

    def test_direct_encryption_has_an_empty_key_part(self):
        jwe = f"{self.DIRECT}..{self.IV}.{self.CIPHERTEXT}.{self.TAG}"
        assert found(f"got {jwe}", "AUTH_TOKEN") == [("AUTH_TOKEN", jwe)]

    def test_a_header_that_is_no_json_is_not_a_token(self):
        fake = _b64(b"not a header at all")
        jwe = ".".join(["eyJ" + fake, "", self.IV, self.CIPHERTEXT, self.TAG])
        assert found(f"got {jwe}", "AUTH_TOKEN") == []

    def test_a_signed_token_keeps_its_three_parts(self):
        jwt = ".".join([_b64(b'{"alg":"HS256"}'), _b64(b'{"sub":"1"}'), _b64(bytes(32))])
        assert found(f"Bearer-less {jwt} here", "AUTH_TOKEN") == [("AUTH_TOKEN", jwt)]


class TestLowerCaseIban:
    # Chat and tickets write an IBAN in lower case; the same checks hold (length, layout,
    # mod 97), and only where the word IBAN occurs.
    @pytest.mark.parametrize(
        ("text", "value"),
        [("iban gb82west12345698765432", "gb82west12345698765432"),
         ("my iban is de89 3704 0044 0532 0130 00 thanks", "de89 3704 0044 0532 0130 00")],
    )  # fmt: skip
    def test_found_after_the_word_iban(self, text, value):
        assert found(text, "IBAN_CODE") == [("IBAN_CODE", value)]

    @pytest.mark.parametrize(
        "text",
        ["iban gb82west12345698765433",  # mod 97 fails
         "session de89370400440532013000",  # a valid IBAN's characters, no IBAN word
         "iban gb82 1234 1234 5698 7654 32"],  # a British bank code is four letters
    )  # fmt: skip
    def test_not_found(self, text):
        assert found(text, "IBAN_CODE") == []
