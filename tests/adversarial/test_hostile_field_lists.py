"""Hostile inputs for the field-list and stack-frame readings of rendered event text.

Each octuples its input and checks the time grows well under quadratically.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner
from privkit.detect._ner import field_lines, log_record

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "   at " + "A." * n + "b(x)",
        lambda n: "   at " + "Ab" * n,
        lambda n: " " * n + "at A.B.C",
    ],
)
def test_stack_frame_reading_stays_linear(make: Callable[[int], str]) -> None:
    grows_linearly(make, log_record)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "LogName=Security\r\n" * n,
        lambda n: "    Date And Time: 2022-08-30 \r\r\n" * n,
        lambda n: "Aa" * n + "=" * n,
        lambda n: ("Key: value\n" + "prose line here\n") * n,
        # rendered events' indented field blocks: headings, fields, long labels, prose between
        lambda n: ("Subject:\n   Account Name:  x\n" + "   Logon ID:  0x0\n" * 4) * n,
        lambda n: "Sujet :\n" + "\tNom du compte\xa0: x\n" * n + "Cet \u00e9v\u00e9nement.\n" * n,
        lambda n: "Subject:\n" + "   Ab" + " ab" * n + ": x\n",
        lambda n: ("Heading:\n   A: b\n" + "prose\n" * 3) * n,
    ],
)
def test_field_lists_stay_linear(make: Callable[[int], str]) -> None:
    grows_linearly(make, field_lines)


def test_security_identifiers_stay_linear() -> None:
    scanner = Scanner(entities=["COOKIE_ID"])
    grows_linearly(lambda n: "Sid=S-1-5-18\n" * n + "Sid=S-1" + "-5" * n, scanner.scan)
