"""Cookie values that are no browser's id, by class (issue 10, cookie-id precision, helper H94).

A cookie named for a position (a feed's offset, a scroll position, a page cursor) or for media
a page plays (an audio or video stream, a radio station, a channel, a playlist) holds where the
browser was or what it plays, not who it is; a name that also names an id keeps its value an
identifier. A cookie named for the site's own id at a vendor (Inspectlet's ``__insp_wid``, a
``site_id``) holds the same value for every visitor. A list of items of one type (Reddit's
``t3_<id>,t3_<id>,...``: posts a browser opened) is a history of content. A device id key in a
cookie-sync URL's query carries the partner's id of the browser: the cookie id of that partner,
reported as ``COOKIE_ID`` (a device id key anywhere else stays ``DEVICE_ID``). A link stored as
a cookie's value is read in any case of its scheme (``Http://``). The device key's owner test
reads one expression per owner set and decides as the owner-by-owner test did.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner, _builtin

_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _cookie(name: str, value: str) -> str:
    return f"GET / HTTP/1.1\nHost: example.org\nCookie: {name}={value}; theme=dark\n"


def _token(seed: int, n: int = 24) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_ALPHABET) for _ in range(n))


# --- a position or media the page plays ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("bp_video_offset_623475372", "827303476826472609"),  # a feed item's place
        ("_dy_toffset", "18073"),
        ("feed_cursor", "b2Zmc2V0OjEyMDA6c2NvcmU6OTk"),
        ("scrollPosition", "184467440737"),
        ("stationAudioStream", "4fcf715104204c18b2469ede20e80435"),  # a radio station's stream
        ("last_channel", "9f3K2mQ7xL0pR4tV8wZ1"),
        ("playlistSort", "a8f2c41e9b7d3e60"),
    ],
)
def test_position_or_media_name_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize(
    "name",
    ["video_uid", "channel_session", "stream_token", "playlist_id", "audioUserId", "radioVisitor"],
)
def test_media_name_with_an_id_word_stays_an_id(scanner: Scanner, name: str) -> None:
    value = _token(len(name))
    assert cookie_values(scanner, _cookie(name, value)) == [value]


@pytest.mark.parametrize("name", ["ustream-guest", "videoconf", "offsite_sess", "stationid"])
def test_names_that_only_contain_the_words_stay_ids(scanner: Scanner, name: str) -> None:
    # "ustream" is no word "stream"; "offsite_sess" names a session; "stationid" an id
    value = _token(len(name) + 1)
    assert cookie_values(scanner, _cookie(name, value)) == [value]


# --- the site's own id at a vendor -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("__insp_wid", "389487074"),  # Inspectlet: the website's id
        ("__qc_wId", "4721873"),
        ("site_id", "cnnweb0042"),
        ("website_id", "340889211"),
        ("_pk_property_id", "a9e31f02"),
    ],
)
def test_site_id_name_is_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert cookie_values(scanner, _cookie(name, value)) == []


@pytest.mark.parametrize("name", ["__insp_uid", "__insp_sid", "wuid", "visitor_site_key", "sid"])
def test_visitor_ids_beside_site_ids_stay_ids(scanner: Scanner, name: str) -> None:
    value = _token(len(name) + 7)
    assert cookie_values(scanner, _cookie(name, value)) == [value]


# --- a list of items of one type --------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "t3_4pbjm0%2Ct3_4pbz3o%2Ct3_4pbc5v%2C",  # Reddit: posts opened, encoded
        "t3_4pbjm0,t3_4pbz3o",
        "p_88231,p_90012,p_11873,",
    ],
)
def test_typed_item_list_is_no_id(scanner: Scanner, value: str) -> None:
    assert cookie_values(scanner, _cookie("_recentclicks2", value)) == []


@pytest.mark.parametrize(
    "value",
    [
        "t3_4pbjm0,t2_9xq1v",  # two types: no list of one kind
        "t3_4pbjm0x9f3K2mQ7xL0pR4tV",  # one item: a tagged id
        "v1_9f3K2mQ7xL0pR4tV8wZ1",
    ],
)
def test_tagged_ids_stay_ids(scanner: Scanner, value: str) -> None:
    assert cookie_values(scanner, _cookie("recent", value)) != []


@pytest.mark.parametrize("name", ["uids", "user_ids", "account_id", "visitorIds"])
def test_typed_item_list_under_an_id_name_stays_an_id(scanner: Scanner, name: str) -> None:
    value = "t2_4pbjm0,t2_4pbz3o"  # accounts' ids
    assert cookie_values(scanner, _cookie(name, value)) == [value]


# --- a device id key in a cookie-sync URL ----------------------------------------------------


@pytest.mark.parametrize("value", ["VIrPMMM55qMh2zUfx_sv", "6e8a0aba-38c6-4cad-9ea3-ccd7ce8917a3"])
def test_device_key_in_sync_url_is_a_cookie_id(scanner: Scanner, value: str) -> None:
    text = f":path: /idsync/ex/receive/check?partner_id=3107&partner_device_id={value}\n"
    found = [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]
    assert found == [("COOKIE_ID", value)]


@pytest.mark.parametrize(
    "text",
    [
        "GET /api/register?device_id=6e8a0aba-38c6-4cad-9ea3-ccd7ce8917a3 HTTP/1.1\n",
        "device_id=6e8a0aba-38c6-4cad-9ea3-ccd7ce8917a3 synced\n",  # no URL's query
        "GET /sync/ok HTTP/1.1\nX-Device-Id: 6e8a0aba-38c6-4cad-9ea3-ccd7ce8917a3\n",
    ],
)
def test_device_key_elsewhere_stays_a_device_id(scanner: Scanner, text: str) -> None:
    found = {f.entity_type.value for f in scanner.scan(text)}
    assert "DEVICE_ID" in found
    assert "COOKIE_ID" not in found


# --- a link in any case of its scheme ---------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Http://shop.example/p/42?ref=mail",
        "HTTPS%3A%2F%2Fshop.example%2Fp%2F42",
        "160065^Https%3A%2F%2Fx.example%2Fsync%3FobUid%3D9f3K2mQ7xL0pR4tV8wZ1",
    ],
)
def test_link_in_any_case_is_no_id(scanner: Scanner, value: str) -> None:
    assert cookie_values(scanner, _cookie("last_page", value)) == []


@pytest.mark.parametrize("seed", range(4))
def test_http_inside_random_value_stays_an_id(scanner: Scanner, seed: int) -> None:
    token = _token(seed, 12)
    value = f"{token}Http{_token(seed + 9, 12)}"
    assert cookie_values(scanner, _cookie("sess", value)) == [value]


# --- the device key's owner test, one expression per owner set ------------------------------

_PIECES = ["user", "log", "in", "device", "serial", "incident", "request", "id", "no", "host"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4), st.booleans())
def test_glued_owner_matches_the_owner_by_owner_test(pieces: list[str], personal: bool) -> None:
    owners = (
        _builtin.device._PERSONAL_DEVICE_WORDS if personal else _builtin.device._NOT_DEVICE_OWNERS
    )
    word = "".join(pieces)
    by_owner = word in owners or any(
        word.startswith(o) and word.startswith(_builtin.device._DEVICE_KEY_HEADS, len(o))
        for o in owners
    )
    assert _builtin.device._names(word, owners) == by_owner
