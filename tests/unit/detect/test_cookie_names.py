"""Cookie names a cookie database documents as no browser's id (issue 10, helper H111).

``src/privkit/detect/cookie_names.txt`` is derived once from the Open Cookie Database by
``benchmarks/cookie_names.py``: consent managers' records of choices (LinkedIn's ``li_gc``,
OneTrust's ``OptanonAlertBoxClosed``, the GDPR Cookie Consent plugin's checkboxes) and load
balancers' or gateways' cookies (Azure's ``x-ms-gateway-slice``, Radware Alteon's ``AlteonP``).
Such a cookie's value is no identifier; a consent record written as fields or naming an id
keeps its id, a name that names an id stays an id's, and any other name is judged as before.
The table is read on first use, not at import. A routing word a name writes as two capitalised
words (Exchange's ``X-BackEndCookie``) names routing as the word does.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from tests.unit.detect._patterns import cookie_values, set_cookie

from privkit.detect import Scanner, _builtin

# LinkedIn's guest-consent cookie: base64 of "1;0;<time>;2;021" and a signature
LI_GC = "MTswOzE2NDM5NTIyMjI7MjswMjERFg2JmSpTRo3dbM6cQuJm33OSvKgKrXmS+A9uQ6Ul2A=="
RANDOM = "f3K9xQ2mZ7pL4vR8tW1yB6nC"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _cookie(name: str, value: str) -> str:
    return f"GET / HTTP/1.1\nHost: example.org\nCookie: {name}={value}; lang=en\n"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("li_gc", LI_GC),
        ("li_mc", LI_GC),
        ("OptanonAlertBoxClosed", "2023-11-02T09:14:51.482Z"),
        ("cookielawinfo-checkbox-analytics", "yes"),
        ("_iub_cs-81527634", "%7B%22timestamp%22%3A%222023-10-10%22%2C%22purposes%22%7D"),
        ("borlabs-cookie", "Y29uc2VudHM6ZXNzZW50aWFsLHN0YXRpc3RpY3M6dmVyc2lvbjoz"),
        ("CookieControl", "a7Bx9K2qL0mN4pR6sT8vW1yZ3"),  # documented names, compared blind to case
    ],
)
def test_documented_consent_cookie_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []
    assert cookie_values(scanner, set_cookie(name, value)) == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("x-ms-gateway-slice", "estsfd"),
        ("x-ms-cpim-slice", "9b2d7c1e4f6a8b0c3d5e7f9a"),
        ("AlteonP", "AQcuLwoBAQFIvYgMdf7Lgw$$"),
        ("ASLBSA", "000351b77d8b4e2d1f6b8aa0c1bce6a1d36b2c3f5f00c6e4a9e1b7d3c2f0a9e8"),
        ("TiPMix", "61.40728963917582"),
    ],
)
def test_documented_routing_cookie_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, set_cookie(name, value)) == []


@pytest.mark.parametrize(
    ("name", "value", "kept"),
    [
        # a consent record written as fields keeps its identifier field
        ("li_gc", f"consentId={RANDOM}&v=2", RANDOM),
        # a name of the table's shape that names an id is an id's: not in the table
        ("li_gc_uid", RANDOM, RANDOM),
        ("x-ms-gateway-slice-session", RANDOM, RANDOM),
        # close names the database does not document are judged as before
        ("li_gcx", RANDOM, RANDOM),
        ("gc", RANDOM, RANDOM),
        ("AlteonPool", "", None),
        ("audit", f"1|{RANDOM}", RANDOM),  # Magnite's: an ad-tech cookie, not in the table
    ],
)
def test_other_names_keep_their_ids(
    scanner: Scanner, name: str, value: str, kept: str | None
) -> None:
    found = cookie_values(scanner, _cookie(name, value))
    if kept is None:
        assert found == []
    else:
        assert kept in found


def test_table_is_small_and_well_formed() -> None:
    table = _builtin._cookie_names._documented_names()
    assert set(table) == {"consent", "routing"}
    names = [n for exact, prefixes in table.values() for n in (*exact, *prefixes)]
    assert 10 <= len(names) <= 200
    assert all(n == n.lower() and 4 <= len(n) <= 64 and " " not in n for n in names)
    # no name the table holds names an id by privkit's own rules
    assert not any(
        _builtin._cookie_names._names_ids(n, _builtin._cookie_names._name_words(n)) for n in names
    )


def test_documented_lookup_reads_prefixes_and_case() -> None:
    assert _builtin._cookie_names._documented("LI_GC", "consent")
    assert _builtin._cookie_names._documented("_iub_cs-123", "consent")  # a wildcard entry
    assert not _builtin._cookie_names._documented("_iub_cs", "consent")
    assert not _builtin._cookie_names._documented("li_gc", "routing")
    assert not _builtin._cookie_names._documented("li_gc", "no such class")


def test_table_not_read_at_import() -> None:
    code = (
        "import privkit, privkit.detect._builtin._cookie_names as b; "
        "print(b._documented_names.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "0"


# --- a routing word written as two capitalised words ------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        # Exchange's mailbox-server cookie: a SID and the server's routing record
        ("X-BackEndCookie", "S-1-5-21-1234556-56678-12345-2345=AQAAAHQ4NDk0ZDE3ZjM3MGFhNWI="),
        ("X-BackEndCookie", "alphanumericstring12345/anotheralphanumericstring12345/scsiAdf/P"),
        ("OWA-BackEnd", RANDOM),
    ],
)
def test_split_routing_word_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize(
    "name",
    [
        "BackEndSessionId",  # a word naming an id keeps the value an id's
        "FeedBackEndpoint",  # "back" and "endpoint" write no routing word
        "BackToEnd",
    ],
)
def test_split_routing_word_needs_the_pair(scanner: Scanner, name: str) -> None:
    assert RANDOM in cookie_values(scanner, _cookie(name, RANDOM))
