"""OS-update, driver-setup and crash logs (issue 10, twenty-first log set's development work).

A software catalogue's row (``2  061-26589       10.14.6    18G103   2019-10-14``) holds a
product id in the place a phone number could stand: a version number as the next cell of the
fixed-width row makes it the row's id. The model's readings of log vocabulary: Windows
SetupAPI's text-log lines (``!    sto:  Driver package ...``) are log records; a label padded
to its column and ending in a field noun (``Model Identifier : VirtualMac2,1``) is no name; a
series of CamelCase identifiers sharing their last part (``CustomerSeed, DeveloperSeed,
PublicSeed``) is an enumeration; software before its state (``Relocatable Python is
installed``) is no organisation; a product's edition (``Jamf Pro``) is no person.
"""

from __future__ import annotations

import time

import pytest
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner


class TestCatalogueRowsAreNoPhones:
    @pytest.mark.parametrize(
        "text",
        [
            (
                " 2  061-26589       10.14.6    18G103   2019-10-14  macOS Mojave"
                "                   Unsupported macOS version"
            ),
            "27  032-48342       13.2.1     22D68    2023-02-20  macOS Ventura",
            # one dot: a version before a build's cell
            "21  012-60271       13.1       22C65    2023-01-11  macOS Ventura",
            "pkg\t041-91758\t1.2.3\tnoarch",
        ],
    )
    def test_a_product_id_before_a_version_cell_is_no_phone(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Tel  061-26589", "061-26589"),
            # a decimal after it ("3.5  min", "12.50  EUR") is no version before a build
            ("Anna Muster  0612 345678  3.5  min", "0612 345678"),
            ("Anna  0612 345678  12.50  EUR", "0612 345678"),
            # a version in the same line, but not as the next cell
            ("Call 0612 345678 about release 10.14.6  now", "0612 345678"),
            ("Anna  +49 6126 589  10.14.6  x", "+49 6126 589"),
        ],
    )
    def test_a_phone_number_in_a_row_stays(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    def test_long_rows_stay_linear(self):
        text = ("0612 345678" + " " * 16 + "10.14.6" + " " * 16) * 20_000
        started = time.perf_counter()
        found(text, "PHONE_NUMBER")
        assert time.perf_counter() - started < 10


class TestSetupApiLinesAreLogRecords:
    @pytest.mark.parametrize(
        "line",
        [
            "!    sto:           Driver package signer is unknown but user trusts the signer.",
            "!!!  dvi:                          Device not started: Device has problem: 0x34",
            "     ump: Creating Install Process: DrvInst.exe 14:05:57.101",
            ">>>  [Device Install (Hardware initiated) - USB\\VID_045E&PID_07A5\\5&2F48C71&0&6]",
            "<<<  Section end 2026/03/09 14:05:58.362",
        ],
    )
    def test_setupapi_lines_open_like_log_records(self, line):
        assert _ner.log_record(line)

    @pytest.mark.parametrize("line", ["  foo: bar", "!    Achtung: Anna kommt", ">>> print(x)"])
    def test_other_indented_or_marked_lines_are_not(self, line):
        assert not _ner.log_record(line)

    def test_a_capitalised_word_before_a_software_noun_is_no_organisation(self):
        text = "!    sto:           Driver package signer is unknown but user trusts the signer."
        assert kept_entities(text, [("Driver", "ORG")]) == []


class TestFieldLabelsAndIdentifiers:
    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("Model Identifier : VirtualMac2,1", "Model Identifier"),
            ("Hardware Version    : 2", "Hardware Version"),
            ("Retry Count\t: 3", "Retry Count"),
        ],
    )
    def test_a_padded_label_ending_in_a_field_noun_is_no_name(self, text, label):
        assert kept_entities(text, [(label, "PERSON")]) == []

    def test_a_name_before_a_padded_colon_stays(self):
        text = "Anna Smith : please call me back"
        assert kept_entities(text, [("Anna Smith", "PERSON")]) == ["Anna Smith"]

    def test_a_series_of_camel_case_identifiers_is_no_organisation(self):
        text = "Valid seeding programs are: CustomerSeed, DeveloperSeed, PublicSeed"
        items = [("CustomerSeed", "ORG"), ("DeveloperSeed", "ORG"), ("PublicSeed", "ORG")]
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "items", "kept"),
        [
            # companies share no last part
            (
                "We met people from YouTube, PayPal and LinkedIn.",
                [("YouTube", "ORG"), ("PayPal", "ORG"), ("LinkedIn", "ORG")],
                ["YouTube", "PayPal", "LinkedIn"],
            ),
            # one other word with the same ending is no series
            (
                "Partners: BlackRock and GreenRock today.",
                [("BlackRock", "ORG")],
                ["BlackRock"],
            ),
        ],
    )
    def test_companies_and_names_stay(self, text, items, kept):
        assert kept_entities(text, items) == kept

    def test_names_with_a_prefix_are_no_series(self):
        text = "Guests: DiDonald, McDonald and MacDonald"
        assert not _ner._camel_series("MacDonald", text, text.index("MacDonald"))

    def test_series_reading_stays_linear(self):
        text = "AbCd" * 100_000 + " x"
        started = time.perf_counter()
        _ner._camel_series("AbCd", text, 10)
        assert time.perf_counter() - started < 2


class TestSoftwareInLogRecords:
    def test_software_before_its_state_is_no_organisation(self):
        text = "   [check_python] Relocatable Python is installed in /Library/Management/x"
        assert kept_entities(text, [("Relocatable Python", "ORG")]) == []

    def test_a_person_before_the_same_words_stays(self):
        text = "   [session] Anna Smith is running the backup job"
        assert kept_entities(text, [("Anna Smith", "PERSON")]) == ["Anna Smith"]

    def test_an_organisation_in_prose_before_the_words_stays(self):
        text = "We heard that Contoso Ltd is running late on the delivery."
        assert kept_entities(text, [("Contoso Ltd", "ORG")]) == ["Contoso Ltd"]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                (
                    "Wed Mar 29 18:57:31 host super[425]: Status: Submitting updated inventory "
                    "to Jamf Pro. Use --verbose-mode"
                ),
                "Jamf Pro",
            ),
            (
                (
                    "Thu May 04 05:12:04 host super[3334]: MDM: checking back after Jamf "
                    "Pro's mandatory 5 minute delay."
                ),
                "Jamf Pro's",
            ),
        ],
    )
    def test_a_product_edition_is_no_person(self, text, value):
        _ner._GAZETTEER.load()  # the rule reads the census's first names
        assert kept_entities(text, [(value, "PERSON")]) == []

    def test_a_person_with_a_surname_is_still_one(self):
        text = "Jan 10 10:00:01 host app[1]: login by Anna Smith from the console"
        assert kept_entities(text, [("Anna Smith", "PERSON")]) == ["Anna Smith"]
