"""Device and desktop logs (issue 10, nineteenth log set's development work).

An Apple crash report's header names the device by two keys, ``CrashReporter Key:`` (a hash
of the device's identifiers) and ``Beta Identifier:`` (one per device and vendor), their values
aligned with spaces; Android's ``getprop`` prints a serial number as ``[ro.serialno]: [value]``.
A report's own id (``Incident Identifier``), placeholders and build ids stay clean. A name the
model finds as a folder of a file path (a bundle under ``.../Application/<uuid>/``) is the
folder's, unless the folder is a user's home.
"""

from __future__ import annotations

import time

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._ner import _path_folder


class TestDeviceKeysOfReportsAndProperties:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                "CrashReporter Key:   76f2fb60060d6a7f814973377cbdc866fffd521f",
                "76f2fb60060d6a7f814973377cbdc866fffd521f",
            ),
            (
                "Beta Identifier:     8A2B3C4D-19F1-4A22-9333-D44455556666",
                "8A2B3C4D-19F1-4A22-9333-D44455556666",
            ),
            ("[ro.serialno]: [HT4BVJT00123]", "HT4BVJT00123"),
            ("[ro.boot.serialno]: [ZY2242KXVL]", "ZY2242KXVL"),
            (
                "Hardware Model: iPhone8,1\nCrashReporter Key: a1b2c3d4e5f60718293a",
                "a1b2c3d4e5f60718293a",
            ),
        ],
    )
    def test_a_device_key_names_the_device(self, text, value):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", value)]

    @pytest.mark.parametrize(
        "text",
        [
            "Incident Identifier: 6156848E-344E-4D9E-84E0-87AFD0D0AE7B",
            "CrashReporter Key:   TODO",
            "[ro.build.id]: [MDA37B]",
            "Serial Number:            Not Available",
            "Report Version:  104",
        ],
    )
    def test_a_report_id_a_placeholder_or_a_build_is_no_device(self, text):
        assert found(text, "DEVICE_ID") == []

    def test_aligned_keys_stay_linear(self):
        text = ("serialno:" + " " * 30 + "x") * 20_000
        started = time.perf_counter()
        found(text, "DEVICE_ID")
        assert time.perf_counter() - started < 5


class TestPathFolders:
    LINE = (
        "0x102638000 - 0x10266bfff SomeNet arm64 <0e89aabb> /private/var/containers/Bundle/"
        "Application/012CABCB-BD5B-4881-AE44-3215BF57D1CD/App Namespace Some.app/Frameworks/x"
    )

    def test_a_bundle_folder_in_a_path_is_no_name(self):
        start = self.LINE.index("App Namespace")
        assert _path_folder(self.LINE, start, start + len("App Namespace"))

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Path: /Users/John Smith/Documents/x.txt", "John Smith"),  # a home folder
            ("/home/Jane Doe/notes", "Jane Doe"),
            ("Sent to John Smith/Jane Doe yesterday", "Jane Doe"),  # no path before it
            ("see /var/log/Jane Doe", "Jane Doe"),  # the path does not go on
            ("/a/b/Jane Doe  wrote /c", "Jane Doe"),  # prose after it, then another path
        ],
    )
    def test_a_home_folder_or_prose_keeps_the_name(self, text, name):
        start = text.index(name)
        assert not _path_folder(text, start, start + len(name))


class TestFormatAndPowerWordsAreNoNames:
    @pytest.mark.parametrize("value", ["Protobuf", "YAML", "Toml", "Wakeup", "Wakelock"])
    def test_a_format_or_power_word_alone_is_no_entity(self, value):
        from privkit.detect._ner import _bad_shape
        from privkit.types import EntityType

        for entity in (EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.PERSON):
            assert _bad_shape(entity, value, lower_case=False)

    def test_a_name_next_to_them_is_still_one(self):
        from privkit.detect._ner import _bad_shape
        from privkit.types import EntityType

        assert not _bad_shape(EntityType.PERSON, "Anna Wakeman", lower_case=False)
