"""Records: the value-to-text rule (``text_of``), called directly."""

from __future__ import annotations

import enum

import pytest

from privkit._records import key_text, text_of


class _Plain(enum.Enum):
    MAIL = "jane@example.com"
    IMEI = 490154203237518
    NOTHING = None


class _Str(enum.StrEnum):
    MAIL = "jane@example.com"


class _Int(enum.IntEnum):
    IMEI = 490154203237518


class TestEnumerations:
    @pytest.mark.parametrize(
        ("member", "text"),
        [
            (_Plain.MAIL, "jane@example.com"),  # str() shows "_Plain.MAIL" only
            (_Plain.IMEI, "490154203237518"),
            (_Plain.NOTHING, None),
            (_Str.MAIL, "jane@example.com"),
            (_Int.IMEI, "490154203237518"),
        ],
    )
    def test_a_member_is_read_as_its_value(self, member, text):
        assert text_of(member) == text

    def test_a_member_as_a_mapping_key_likewise(self):
        assert key_text(_Plain.MAIL) == "jane@example.com"
