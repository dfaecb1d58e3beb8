"""Network monitors' logs: the region of a locale's display name is a setting, not a place.

A remote-desktop client reports its keyboard layout as Windows names it (``English - United
States``), and .NET and CLDR name cultures ``French (Canada)``; the forty-first log set's
development part (Zeek's protocol-test logs) has RDP connection lines with such a layout. The
region names a setting's value, not where anyone is. Records are written for the test in the
same shapes; no corpus line is copied here.
"""

import pytest
from tests.unit.detect._patterns import found, kept_entities

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


class TestPythonLibraryAgent:
    """Python's asyncio libraries' default agents (``Python/3.10 websockets/12.0``) as a field."""

    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            ("CAbc12\t/chat\tPython/3.12 websockets/13.1\t-", "Python/3.12 websockets/13.1"),
            ('ua="Python/3.9 aiohttp/3.8.4" status=101', "Python/3.9 aiohttp/3.8.4"),
            ("Python/3.11.2 aiohttp/3.9.0\t200", "Python/3.11.2 aiohttp/3.9.0"),
        ],
    )
    def test_agent_found(self, text, agent):
        assert ("USER_AGENT", agent) in found(text)

    @pytest.mark.parametrize(
        "text",
        [
            "server: Python/3.8 aiohttp/3.7.2",
            "agent [Boto3/1.9.0 Python/3.6.8 Linux/4.14.0]",
            "Python/3.10 is installed on the build host",
            "tool chain: cpython/3.10 gcc/12.1",
            "see /opt/Python/3.10 build/1 for logs",
        ],
    )
    def test_no_agent(self, text):
        assert not [v for v in (t for _, t in found(text, "USER_AGENT")) if "Python/" in v]
