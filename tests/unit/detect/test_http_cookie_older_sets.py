"""Cookie-id rules from the older HTTP sets' development parts (issue 10, helper H149).

A name word of one to four consonants glued to "id" ("pvid", "kppid") names an id; under a
name whose last word names an id, two or three mixed groups of letters and digits
("w1rmt_w9su3") and a number that reads as a Unix time ("1579199280") are the id. A binary
record of 24 bytes or more with two in five of its bytes zero is a packed record of fields; a
number, a word label and a short value ("1748406500.ygu.1") is a setting with its expiry.
"""

from __future__ import annotations

import base64
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _ID_WORD, _id_number_name, _name_words
from privkit.detect._builtin._cookie_records import _packed_record
from privkit.detect._builtin._cookie_values import _MIXED_GROUPS


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type == "COOKIE_ID"]


@pytest.mark.parametrize("word", ["pvid", "kppid", "fid", "xid", "tdid", "swid", "muid", "cmid"])
def test_consonants_glued_to_id_name_an_id(word):
    assert _ID_WORD.fullmatch(word)


@pytest.mark.parametrize(
    "word", ["paid", "void", "valid", "avoid", "grid", "squid", "hybrid", "android", "rapid"]
)
def test_words_ending_in_id_name_none(word):
    assert _ID_WORD.fullmatch(word) is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("kppid", "w1rmt_w9su3"),  # grouped random characters under a glued id name
        ("kppid", "86go5_4rc40"),
        ("visitor_id", "a8k2x-9qm3z"),
        ("pgv_pvid", "1579199280"),  # a random number that reads as a time
        ("uid", "1440877628581"),  # a first visit's time in milliseconds
    ],
)
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_values_under_an_ids_name_are_ids(scanner, render, name, value):
    assert _ids(scanner, render(name, value)) == [value]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("kpp", "w1rmt_w9su3"),  # the name names no id: short codes, as before
        ("sync", "18y3~2ijc"),
        ("uid_ts", "1579199280"),  # the name names a time
        ("last_visit", "1579199280"),
        ("session_time", "1579199280"),
        ("yp", "1748406500.ygu.1"),  # an expiry, a setting's name, its value
        ("pref", "1748406500.theme.dk"),
    ],
)
@pytest.mark.parametrize("render", [set_cookie, request_cookie])
def test_values_that_name_no_browser(scanner, render, name, value):
    assert _ids(scanner, render(name, value)) == []


def test_a_longer_value_after_the_label_is_an_id(scanner):
    value = "1748406500.ygu.1k8s2mz9q"
    assert _ids(scanner, set_cookie("yp", value)) == [value]


def test_a_time_word_anywhere_in_the_name_keeps_a_number_a_time():
    assert _id_number_name(_name_words("pgv_pvid"))
    assert not _id_number_name(_name_words("pvid_expires"))
    assert not _id_number_name(_name_words("ts_uid"))
    assert not _id_number_name(_name_words("pvid_x"))  # the last word names no id


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 2**32), groups=st.integers(2, 3))
def test_mixed_groups_need_letters_and_digits_in_each_group(seed, groups):
    rnd = random.Random(seed)
    parts = []
    for _ in range(groups):
        part = [rnd.choice(string.ascii_lowercase), rnd.choice(string.digits)]
        part += [rnd.choice(string.ascii_lowercase + string.digits) for _ in range(3)]
        rnd.shuffle(part)
        parts.append("".join(part))
    assert _MIXED_GROUPS.fullmatch("_".join(parts))
    parts[rnd.randrange(groups)] = "".join(rnd.choice(string.ascii_lowercase) for _ in range(5))
    assert _MIXED_GROUPS.fullmatch("_".join(parts)) is None  # a group of letters only


def test_packed_records():
    assert _packed_record(bytes(4) + b"dM\xca\x02o7\x04K" + bytes(20))  # 8 of 32 bytes set
    assert _packed_record(
        b"\xd0!\x00\x9e\xea\x8a\xb0\x9e\xea\x8a\xb0" + bytes(5) + b"\x045\xdc" + bytes(10)
    )
    # mod_unique_id: 18 bytes, 7 of them zero, a session's id
    assert not _packed_record(base64.b64decode("XCmRQAolArkAAFsaCQcAAAAR"))
    assert not _packed_record(b"\x01" * 15 + bytes(9))  # 24 bytes, 9 zero: under two in five
    # a UUID's 16 random bytes among zeros: a run longer than a field
    assert not _packed_record(bytes(4) + b"\x5a" * 16 + bytes(12))


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 2**32), size=st.integers(24, 96))
def test_random_bytes_are_no_packed_record(seed, size):
    rnd = random.Random(seed)
    raw = bytes(rnd.getrandbits(8) for _ in range(size))
    assert not _packed_record(raw)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32))
def test_a_zero_heavy_record_in_a_cookie_is_no_id(scanner, seed):
    rnd = random.Random(seed)
    raw = bytearray(48)
    for i in range(48):  # fields of five bytes or fewer, seven zero bytes after each
        if i % 12 < rnd.randrange(1, 6):
            raw[i] = rnd.randrange(1, 256)
    value = base64.b64encode(bytes(raw)).decode()
    assert _ids(scanner, set_cookie("c", value)) == []
    random_value = base64.b64encode(bytes(rnd.randrange(1, 256) for _ in range(48))).decode()
    assert _ids(scanner, set_cookie("c", random_value)) == [random_value]


@pytest.mark.parametrize("key", ["pageId", "brandingSetId", "product_id", "templateIds", "POSTID"])
def test_a_json_key_naming_a_piece_of_the_site_holds_no_visitors_id(scanner, key):
    value = "%7B%22" + key + "%22%3A%223faa44cd-97c1-43c6-a5d7-07338a23fca8%22%7D"
    assert _ids(scanner, set_cookie("renderCtx", value)) == []


@pytest.mark.parametrize("key", ["visitorId", "userId", "sessionId", "uid", "deviceId"])
def test_a_json_key_naming_the_visitor_keeps_its_id(scanner, key):
    uid = "3faa44cd-97c1-43c6-a5d7-07338a23fca8"
    value = (
        "%7B%22"
        + key
        + "%22%3A%22"
        + uid
        + "%22%2C%22pageId%22%3A%22a47f0ea4-b77d-4b56-9879-29424808b0ef%22%7D"
    )
    assert _ids(scanner, set_cookie("renderCtx", value)) == [uid]
