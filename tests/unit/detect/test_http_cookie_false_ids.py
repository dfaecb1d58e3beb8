"""False cookie ids on the HTTP sets' development parts, by class (issue 10, class 5, helper H210).

Each class is no persistent identifier whatever the value's shape: a record's trailing digest
under a lower-case ``s`` after the record's id is the record's signature (reported with the id
it signs, as one finding, as the other signature keys are); a cookie named for a measurement of
time (a latency, a duration, a timing) holding numbers holds how long or when, not who. Ids of
the same shapes in other places are reported as before. Values here are written for the tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import SCANNER, cookie_values

from privkit.detect._builtin._cookie_names import _signs_record, _time_cookie

UID = "3f2a9c1e-77b4-4d0e-9a51-c2e8d4b6a0f7"
SHA1 = "0b9e4c2d7a1f3e5d8c6b4a29f0e1d3c5b7a9e8f2"


class TestTrailingDigest:
    @pytest.mark.parametrize(
        ("value", "found"),
        [
            # the record's last field, a SHA-1 under "s", after the id: one finding with the id
            (f"v=2&i={UID}&a=b1c&s={SHA1}", [f"{UID}&a=b1c&s={SHA1}"]),
            (f"v%3D2%26i%3D{UID}%26a%3Db1c%26s%3D{SHA1}", [f"{UID}%26a%3Db1c%26s%3D{SHA1}"]),
            (f"i={UID}&s={SHA1.upper()}", [f"{UID}&s={SHA1.upper()}"]),
            # "s" first, not last, or not a digest's length: judged as a value, as before
            (f"s={SHA1}&v=2", [SHA1]),
            (f"i={UID}&s={SHA1}&v=2", [UID, SHA1]),
            (f"i={UID}&s={SHA1[:30]}", [UID, SHA1[:30]]),
            (f"i={UID}&x={SHA1}", [UID, SHA1]),
        ],
    )
    def test_signature_reported_with_the_id(self, value: str, found: list[str]) -> None:
        assert cookie_values(SCANNER, f"Set-Cookie: G={value}; Path=/") == found

    def test_the_verdict(self) -> None:
        assert _signs_record("s", SHA1, last=True)
        assert _signs_record("S", "anything", last=False)  # a signature key, as before
        assert not _signs_record("s", SHA1, last=False)
        assert not _signs_record("s", UID, last=True)
        assert not _signs_record("sid", SHA1, last=True)


TICKS = "637512345678901234"  # a time as .NET's ticks (2021)


class TestMeasurementCookie:
    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("logonLatency", f"LGN01={TICKS}"),
            ("pageLoadTiming", "4617"),
            ("loadtime", "98765432"),
            ("api-duration", "t1=120|t2=4711"),
        ],
    )
    def test_numbers_under_a_measurement_name_are_no_id(self, name: str, value: str) -> None:
        assert _time_cookie(name, value)
        assert cookie_values(SCANNER, f"Set-Cookie: {name}={value}; path=/") == []

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("session_latency", TICKS),  # a word naming an id keeps the value judged
            ("visitorLatency", TICKS),
            ("latency_uid", TICKS),  # the measurement word is not the last
            ("logonLatency", "k3J9x0Qw7ZpL2mVb8N"),  # not numbers
            ("logon", TICKS),
        ],
    )
    def test_other_names_or_values_are_judged_as_before(self, name: str, value: str) -> None:
        assert not _time_cookie(name, value)
        assert cookie_values(SCANNER, f"Set-Cookie: {name}={value}; path=/") == [value]
