"""A balancer's server number, random base64 items of a list-valued cookie field, and a
query's one-letter ``u`` (issue 10, helper H141, the HTTP sets' development parts).

- ``R`` and nine or ten digits (``ACE_<site>=R810863739``; ``start=R118851658`` with its
  backup ``startBAK=R3415748110``) is the number of the real server a balancer keeps the
  client on: routing, under a name that names no id; under one (``..._user_cookie``) an id.
- A field whose value is a list (``t=<token>|<record>|3|1``) gives the items shaped like an
  id; an item of random bytes in standard base64 (``+``, ``/``, ``=`` among them) is one,
  an item that decodes to readable settings is not.
- ``u=<id>`` in a query (an analytics beacon's, a captcha's redirect) is the user's id when
  the value has an id's shape; a link, a word or a short code under ``u`` is none.
"""

from __future__ import annotations

import base64
import random
import string
import urllib.parse

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from tests.unit.detect._patterns import request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_values import _server_number


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


# -- a balancer's server number ---------------------------------------------------------


@pytest.mark.parametrize("name", ["ACE_SITE", "start", "startBAK", "lbx", "ServerPool"])
@pytest.mark.parametrize("value", ["R810863739", "R3415748110", "R118851658"])
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_a_server_number_under_a_plain_name_is_routing(scanner, render, name, value):
    assert _ids(scanner, render(name, value)) == []


@pytest.mark.parametrize("name", ["cnnd_user_cookie", "visitor_id", "sessionid", "uid"])
def test_a_server_number_under_an_id_name_is_that_id(scanner, name):
    assert _ids(scanner, set_cookie(name, "R4100558963")) == ["R4100558963"]


@pytest.mark.parametrize(
    "value",
    [
        "R11885165",  # eight digits
        "R34157481101",  # eleven
        "r3415748110",  # a lower-case letter
        "X3415748110",  # another letter
        "RR3415748110",
        "R3415748110a",
        "R34157-48110",
    ],
)
def test_near_misses_stay_ids(scanner, value):
    assert _ids(scanner, set_cookie("lbx", value)) == [value]


@given(st.integers(0, 9_999_999_999), st.sampled_from(["R", "r", "Q", "RA", ""]))
def test_only_R_and_nine_or_ten_digits_is_a_server_number(number, head):
    digits = str(number)
    expect = head == "R" and 9 <= len(digits) <= 10
    assert _server_number(head + digits) is expect


@given(st.integers(100_000_000, 9_999_999_999))
def test_any_server_number_follows_the_name(number):
    scanner = Scanner()
    value = f"R{number}"
    assert _ids(scanner, set_cookie("pool", value)) == []
    assert _ids(scanner, set_cookie("visitor_id", value)) == [value]


# -- random base64 items of a list-valued field ----------------------------------------

TOKEN = "pTNXcTi/IYkpl2G7lVmXVImKUhZYDSX2+mGzzyQS0VDFIBM2E8OnRTmYC4JBM3QvN9Sw="
RECORD = base64.b64encode(b"control group").decode()  # "Y29udHJvbCBncm91cA==": a setting


def _listed(*items: str) -> str:
    return "t=" + urllib.parse.quote("|".join(items), safe="")


def test_a_random_base64_item_is_an_id(scanner):
    value = _listed(TOKEN, RECORD, "3", "1", "1")
    text = set_cookie("acx", value)
    ids = _ids(scanner, text)
    assert ids == [urllib.parse.quote(TOKEN, safe="")]


@pytest.mark.parametrize(
    "items",
    [
        (RECORD, "3", "1"),  # readable settings only
        ("C0001:1", "C0002:0"),  # a consent list
        (base64.b64encode(b"excluded from the test").decode(), "2"),  # words, padded
        ("aGVsbG8/", "1"),  # short
    ],
)
def test_list_items_that_are_no_id_stay_unreported(scanner, items):
    assert _ids(scanner, set_cookie("acx", _listed(*items))) == []


@given(st.integers(0, 2**32), st.integers(18, 96))
def test_random_bytes_in_a_list_are_reported(seed, size):
    encoded = base64.b64encode(random.Random(seed).randbytes(size)).decode()
    assume(any(c in "+/=" for c in encoded))  # base64's own characters: not _OPAQUE's
    assume(any(c.isdigit() for c in encoded) and encoded.lower() != encoded != encoded.upper())
    text = set_cookie("acx", _listed(encoded, "3", "1"))
    assert _ids(Scanner(), text) == [urllib.parse.quote(encoded, safe="")]


# -- the query's one-letter u --------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "GET https://ping.example.net/ping?h=example.com&u=BQwyUUC2bpLbDgROBT&d=example.com",
        "GET /showcaptcha?t=2/1697313926/66f3216d&u=b58752dc-fead8925-83f380aa-ca04087a&s=9f",
        "GET /p?u=3faa44cd-97c1-43c6-a5d7-07338a23fca8",
    ],
)
def test_a_user_id_under_u_is_reported(scanner, url):
    value = urllib.parse.parse_qs(urllib.parse.urlsplit(url.split()[1]).query)["u"][0]
    assert _ids(scanner, url) == [value]


@pytest.mark.parametrize(
    "url",
    [
        "GET https://www.example.com/sharer.php?u=https%3A%2F%2Fexample.org%2Fa%2Fb&t=x",
        "GET /a?u=homepage_banner&b=2",
        "GET /a?u=12345678901&b=2",  # a number of a few digits: a count, a code
        "GET /a?u=ab12cd34&b=2",  # eight characters: a short code
        "GET /a?mu=BQwyUUC2bpLbDgROBT",  # another key
    ],
)
def test_no_id_under_u(scanner, url):
    assert _ids(scanner, url) == []


_ALNUM = string.ascii_letters + string.digits


@given(st.integers(0, 2**32), st.integers(12, 48))
def test_random_tokens_under_u_are_reported(seed, size):
    rng = random.Random(seed)
    token = "".join(rng.choice(_ALNUM) for _ in range(size - 2)) + "7q"
    url = f"GET /collect?v=1&u={token}&z=1"
    assert _ids(Scanner(), url) == [token]


@given(st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=40))
def test_lower_case_words_under_u_are_not_reported(word):
    assert _ids(Scanner(), f"GET /go?u={word}&z=1") == []


# -- words joined by "*": experiments and their variants ----------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "app_playlists_fallback-171%2Aplethora-c-623%2Cgamecast_video-91%2Agamecast-319",
        "home_article-164*plethora-a-599,watch_for_you-153*watch-fy-a-542",
        "home*variant-a",
    ],
)
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_experiments_and_variants_in_words_are_no_id(scanner, render, value):
    assert _ids(scanner, render("userab_1", value)) == []


@pytest.mark.parametrize(
    "value",
    [
        "1*1x2y3z*_ga*MTIzNDU2Nzg5MC4xNjEzMjI5NDkx",  # a linker's encoded client id
        "abc*Qx7kP2mZ9vL4rT8w",  # a word, then a random token
    ],
)
def test_a_random_token_joined_by_a_star_stays_an_id(scanner, value):
    assert _ids(scanner, set_cookie("xq", value)) == [value]


@given(st.integers(0, 2**32), st.integers(12, 40))
def test_random_tokens_joined_by_stars_stay_ids(seed, size):
    rng = random.Random(seed)
    token = "".join(rng.choice(_ALNUM) for _ in range(size - 3)) + "Q7z"
    value = f"home*{token}*1"
    assert _ids(Scanner(), set_cookie("xq", value)) == [value]


@pytest.mark.parametrize(
    "value", ["amp-oOd9NL53hL1ERG-FefjBrw", "0123456789ABCDEF-FEDCBA9876543210"]
)
def test_a_client_id_shape_under_u_is_still_reported(scanner, value):
    assert _ids(scanner, f"GET /c?u={value}&x=1") == [value]
