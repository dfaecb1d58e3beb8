"""Network monitors' logs: the region of a locale's display name is a setting, not a place.

A remote-desktop client reports its keyboard layout as Windows names it (``English - United
States``), and .NET and CLDR name cultures ``French (Canada)``; the forty-first log set's
development part (Zeek's protocol-test logs) has RDP connection lines with such a layout. The
region names a setting's value, not where anyone is. Records are written for the test in the
same shapes; no corpus line is copied here.
"""

import pytest
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner
from privkit.types import EntityType


class TestLocalePlace:
    """The region of a locale's display name is dropped; other places stay."""

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("rdp\tRDP 10.0\tGerman - Germany\tWS-0042\t1920\t1080", "Germany"),
            ("keyboard_layout=English - United Kingdom client_build=RDP 8.1", "United Kingdom"),
            ("layout: Chinese (Traditional) - Taiwan", "Taiwan"),
            ("Culture set to French (Canada) for the session", "Canada"),
            ("locale Spanish (Mexico), timezone UTC-6", "Mexico"),
        ],
    )
    def test_locale_regions_dropped(self, text, place):
        assert kept_entities(text, [(place, "GPE")]) == []

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("She learned English - and French - in Canada.", "Canada"),
            ("We speak French (and some Italian) in Canada.", "Canada"),
            ("A German (Bavarian) family moved to Mexico last year.", "Mexico"),
            ("Flights from Germany - Berlin terminal closed", "Berlin"),
            ("Englishman - United States resident", "United States"),
        ],
    )
    def test_other_places_stay(self, text, place):
        assert kept_entities(text, [(place, "GPE")]) == [place]

    def test_only_places_are_dropped(self):
        text = "English - United States"
        start = text.index("United")
        end = len(text)
        assert _ner._locale_place(EntityType.LOCATION, text, start, end)
        assert not _ner._locale_place(EntityType.PERSON, text, start, end)

    def test_parenthesis_must_close_after_the_place(self):
        text = "French (Canada region)"
        start = text.index("Canada")
        assert not _ner._locale_place(EntityType.LOCATION, text, start, start + len("Canada"))
