"""Cookie values that are settings by class (issue 10, the false cookie ids left on the HTTP
sets' development parts, helper H84).

A record of counts around one number of five to nine digits (PubMatic's ``pi=160065:3``, VK's
``remixua=15|585|170|117747548``) is a setting; two such numbers, a number of ten digits or
more, letters, or a name that names an id keep the value an identifier. A list of numbers
each closed by a colon (Google's OneGoogle settings ``OGPC=19008076-1:``, ``OGP=-19008076:``)
is a setting; a 64-bit number in it, an id-named name or letters keep it an identifier.
Adobe's ``AMCV_`` cookie gives its visitor ids (``MCMID``, ``MCAID``) and any value after a
label not known as a setting; its configuration hash, day, region hint, encrypted segment
blob, opt-out state and version are settings. A value that is a link, maybe after a short
tag (PubMatic's pixel record ``ipc=160065^https%3A...``), records a page: the ids in its query
are its partner's, not the cookie's; a tag before a random value, or a random value with
"http" in it, stays an identifier.
"""

from __future__ import annotations

import random

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _cookie(name: str, value: str) -> str:
    return f"GET / HTTP/1.1\nHost: example.org\nCookie: {name}={value}; theme=dark\n"


# --- a record of counts around one number ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("pi", "160065:3"),  # PubMatic: a publisher's number and a count
        ("remixua", "15%7C585%7C170%7C117747548"),  # VK: sizes and a 32-bit hash, encoded
        ("remixua", "15|585|170|117747548"),
        ("pc", "2^0^482113"),
        ("seen", "12,4,99517"),
    ],
)
def test_counter_record_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize(
    ("name", "value", "ids"),
    [
        ("uid", "160065:3", ["160065:3"]),  # the name names an id
        ("x", "123456|654321", ["123456", "654321"]),  # two numbers of an id's size
        ("x", "9876543210:3", ["9876543210:3"]),  # ten digits: more than 32 bits
        ("mdata", "1|10594366291053968077|1716250543922", ["10594366291053968077"]),
        ("KRTBCOOKIE_18", "22947-1991787323755250491", ["22947-1991787323755250491"]),
        ("x", "ab160065:3", ["ab160065:3"]),  # letters: not a record of numbers
        ("x", "3355-880053-452614-68856", ["3355-880053-452614-68856"]),
    ],
)
def test_id_shaped_numbers_stay_ids(
    scanner: Scanner, name: str, value: str, ids: list[str]
) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == ids


@pytest.mark.parametrize("seed", range(8))
def test_random_long_number_with_counts_stays_an_id(scanner: Scanner, seed: int) -> None:
    # a 64-bit random id between counts is an id, whatever the counts around it
    rng = random.Random(seed)
    big = str(rng.randrange(10**17, 10**19))
    value = f"{rng.randrange(1, 99)}|{big}|{rng.randrange(1, 9)}"
    assert cookie_values(scanner, _cookie("st", value)) == [big]


# --- a list of numbers each closed by a colon (Google's OneGoogle settings) -----------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("OGPC", "19008076-1:"),
        ("OGP", "-19008076:"),
        ("OGPC", "19022519-1:19008076-1:"),
        ("prefs", "5061451-2:5061452-1:"),
    ],
)
def test_colon_closed_number_list_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("OGP", "-8584853563404126885:"),  # a 64-bit number: an id's size
        ("sid", "19008076-1:"),  # the name names an id
        ("OGPC", "19008076-1"),  # not closed by a colon: judged as before
        ("OGPC", "a9f3c2e1-1:"),  # letters: an opaque token
    ],
)
def test_colon_list_look_alikes_stay_ids(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == [value]


# --- Adobe's Experience Cloud ID cookie: its visitor ids, not its settings ------------------

_MCMID = "53821922053672455783640947214275450498"
_BLOB = "RKhpRz8krg2tLO6pguXWp5olkAcUniQYPHaMWWgdJ3xzPWQmdj0y"
_AMCV = "AMCV_843F02BE53271A1A0A490D4C%40AdobeOrg"


@pytest.mark.parametrize("sep", ["|", "%7C"])
def test_adobe_visitor_id_is_kept_its_settings_are_not(scanner: Scanner, sep: str) -> None:
    value = sep.join(
        ["2096510701", "MCIDTS", "17570", "MCMID", _MCMID, "MCAAMLH-1518610060", "6",
         "MCAAMB-1518610060", _BLOB, "MCOPTOUT-1518012460s", "NONE", "vVersion", "2.0.0"]
    )  # fmt: skip
    assert cookie_values(scanner, _cookie(_AMCV, value)) == [_MCMID]


def test_adobe_settings_alone_are_no_id(scanner: Scanner) -> None:
    value = "-330454231%7CMCIDTS%7C17897%7CvVersion%7C3.1.2"
    assert cookie_values(scanner, _cookie(_AMCV, value)) == []


@pytest.mark.parametrize("seed", range(6))
def test_adobe_ids_and_unknown_labels_stay_ids(scanner: Scanner, seed: int) -> None:
    # the analytics id (MCAID) and a random value after a label not known as a setting are
    # judged as any value: random ids stay ids
    rng = random.Random(seed)
    aid = f"{rng.getrandbits(64):016X}-{rng.getrandbits(64):016X}"
    other = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
                    for _ in range(32))  # fmt: skip
    value = f"-330454231|MCAID|{aid}|MCNEW|{other}"
    assert cookie_values(scanner, _cookie(_AMCV, value)) == [aid, other]


def test_a_random_first_token_of_adobe_cookie_stays_an_id(scanner: Scanner) -> None:
    # only a signed number of ten digits at most is the configuration's hash
    value = "9f3K2mQ7xL0pR4tV8wZ1|MCIDTS|17897"
    assert cookie_values(scanner, _cookie(_AMCV, value)) == ["9f3K2mQ7xL0pR4tV8wZ1"]


# --- a link stored as a cookie's value, maybe after a short tag ------------------------------

_PIXEL = (
    "160065^https%3A%2F%2Fimage4.pubmatic.com%2FAdServer%2FSPug%3Fp%3D160065%26mpc%3D4"
    "%26pr%3Dhttps%253A%252F%252Fsync.outbrain.com%252Fcookie-sync%253Fp%253Dpubmatic"
    "%2526obUid%253DoJsCdwcVEWgFrZtAfFtwdeESBSMazO8XcTDglsHInGeXx3XSKGD_MANEMgL0egsi"
)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ipc", _PIXEL),  # PubMatic's pixel record: a partner's number, then the pixel's URL
        ("ipc", "160065^https://x.example/sync?obUid=9f3K2mQ7xL0pR4tV8wZ1"),
        ("last_page", "https%3A%2F%2Fshop.example%2Fp%2F42%3Fref%3Dmail"),
        ("px", "7|http://px.example/t?partner_uid=9f3K2mQ7xL0pR4tV8wZ1"),
    ],
)
def test_link_value_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize("seed", range(6))
def test_tagged_random_value_stays_an_id(scanner: Scanner, seed: int) -> None:
    # a tag before a random value, or "http" inside one, is no link
    rng = random.Random(seed)
    token = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
                    for _ in range(24))  # fmt: skip
    assert cookie_values(scanner, _cookie("x", f"abc^{token}")) == [token]
    assert cookie_values(scanner, _cookie("x", f"{token}https")) == [f"{token}https"]


def test_link_under_an_id_name_is_judged_as_before(scanner: Scanner) -> None:
    value = "https://x.example/a?u=9f3K2mQ7xL0pR4tV8wZ1"
    assert cookie_values(scanner, _cookie("sid", value)) == [value]
