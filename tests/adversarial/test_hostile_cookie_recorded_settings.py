"""Hostile inputs for H158's rules: a recorder's placeholder and a record of settings hide no id.

A value is let through as a recorder's placeholder only when it is wholly a name in angle
brackets (words of letters with a few digits), and as a protocol-buffer record of settings
only when it reads whole as one and every string in it is a setting: an id beside a
placeholder, inside brackets as random characters, or as a string field of a record is
reported. Long placeholders and deeply nested records cost linear time.
"""

from __future__ import annotations

import base64

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values, set_cookie

from privkit.detect import Scanner

SID = "6f34e666e71445c9d39d8d06a347a13f"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _field(number: int, value: bytes) -> bytes:
    assert len(value) < 128
    return bytes([number << 3 | 2, len(value)]) + value


@pytest.mark.parametrize(
    "value",
    [
        "<" + SID + ">",  # random characters in brackets
        "<SESSION>" + SID,  # an id after a placeholder
        SID + "<SESSION>",  # ... or before it
        "<SESSION_" + SID + ">",  # an id inside a placeholder's name
    ],
)
def test_an_id_beside_a_placeholder_is_reported(scanner, value) -> None:
    found = cookie_values(scanner, set_cookie("sid", value))
    assert any(SID in f for f in found)


@pytest.mark.parametrize(
    "raw",
    [
        _field(1, SID.encode()) + _field(2, b"en"),  # the id as a string field
        _field(1, _field(1, _field(1, SID.encode()))),  # nested three levels down
        _field(1, b"en") + b"\x08" + b"\xff" * 9 + b"\x01",  # a 64-bit number after settings
    ],
)
def test_a_record_that_holds_an_id_is_reported(scanner, raw) -> None:
    value = base64.b64encode(raw).decode("ascii")
    assert cookie_values(scanner, set_cookie("visitor_state", value)) == [value]


def test_placeholders_and_nested_records_cost_linear_time(scanner) -> None:
    inner = _field(1, _field(1, _field(1, _field(1, b"en"))))
    record = base64.b64encode(inner * 8).decode("ascii")
    placeholder = "<SESSION_ID_" + "AB_" * 3 + "X>"

    def make(n: int) -> str:
        return "".join(set_cookie(f"c{i}", (record, placeholder)[i % 2]) for i in range(n))

    grows_linearly(make, scanner.scan)
