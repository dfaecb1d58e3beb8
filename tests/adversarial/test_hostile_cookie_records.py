"""Hostile inputs for H42's cookie rules: each costs time in proportion to its length.

Signed records (an id, a time, then what follows it), signature keys, fractions under any
name, lists of records with bare ids, public-key members of base64 records, words joined by
``&`` and version-named cookies.
"""

from __future__ import annotations

import base64
import json

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner
from privkit.detect._builtin import CookieDetector
from privkit.detect._builtin._cookie_names import _not_id_name


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


SID = "6f34e666e71445c9d39d8d06a347a13f"


def _record(n: int) -> str:
    return base64.b64encode(
        json.dumps({f"k{i}-public-key": SID for i in range(n)}).encode()
    ).decode()


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Cookie: ttwid=1%7C" + f"{SID}%7C1690000000%7C" * n + SID,  # stamps, signatures
        lambda n: "Cookie: r=" + "|".join(f"{SID}|1690000000|5184000" for _ in range(n)),
        lambda n: "Cookie: g=" + ":".join(f"ID={SID}:T=1713868229:S=x{i}" for i in range(n)),
        lambda n: "Cookie: a=" + "&".join(f"d={SID}&S=sig{i}&crc=ab{i}" for i in range(n)),
        lambda n: "Cookie: id=" + f"{SID}||" + "|".join(f"t=1453212385|cs={SID}" for _ in range(n)),
        lambda n: "Cookie: " + "; ".join(f"hd_newui{i}=0.2103068903976506" for i in range(n)),
        lambda n: "Cookie: c=" + "%5B" + "%2C".join(f"%7B%22id%22%3A%22{i:019d}%22%7D" for i in range(n)) + "%5D",
        lambda n: f"Cookie: bd_ticket_guard_client_data={_record(n)}",
        lambda n: "Cookie: huya_ua=" + "&".join(["webh5", "0.0.1", "websocket"] * n),
        lambda n: "Cookie: " + "; ".join(f"x{i}_version={SID}" for i in range(n)),
        lambda n: "Cookie: " + "; ".join(f"udb_deviceid{i}=w_610934293339279360" for i in range(n)),
    ],
    ids=["ttwid", "bars", "google", "ampersand-signatures", "piped-fields", "fractions",
         "listed-ids", "public-keys", "ampersand-words", "versions", "device-names"],
)  # fmt: skip
def test_cookie_record_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def test_echoes_of_many_signed_ids_stay_linear(scanner) -> None:
    # each signed record adds its id to the echo search; the searches per text are bounded
    grows_linearly(
        lambda n: (
            "Cookie: "
            + "; ".join(f"t{i}=1%7C{i:012d}{SID}%7C1690000000%7C{SID}" for i in range(n))
            + "\nReferer: https://x.test/?"
            + "&".join(f"a{i}={i:012d}{SID}" for i in range(n))
        ),
        scanner.scan,
    )


def test_a_long_version_name_stays_linear() -> None:
    grows_linearly(lambda n: "ver_" * n + "x", _not_id_name)


def test_token_spans_stay_linear_on_one_long_value() -> None:
    grows_linearly(
        lambda n: "|".join([SID, "1690000000", *("ab" * 20 for _ in range(n))]),
        lambda v: list(CookieDetector._spans(v)),
    )
