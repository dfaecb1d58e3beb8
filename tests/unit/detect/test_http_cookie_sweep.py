"""Cookie values that are records packed in binary or compressed (issue 10, the sweep of the
false cookie ids left on every HTTP set's development part).

A base64 value that decodes to a record packed in binary and almost all zero (six bytes at
most set: a time or small numbers) is a setting; so is a compressed payload (zlib after a
short prefix, gzip) whose inflated bytes are such a record or readable settings, or nothing.
A quoted, percent-encoded value is judged as the value inside its quotes. An encoded record
of readable settings whose id-named key is empty (``placeid:()``) is a setting. Random
bytes, ids padded with zeros, a packed record of a time, an address, a process and a counter
(Apache's mod_unique_id), compressed ids and an id-named key with a value are still
reported, in a plain value and as an item of a token list (``C|<value>``).
"""

from __future__ import annotations

import base64
import gzip
import json
import random
import struct
import urllib.parse
import uuid
import zlib

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _packed(seed: int) -> bytes:
    """A record almost all zero: a Unix time and a small counter at fixed places."""
    rng = random.Random(seed)
    time = 1_500_000_000 + rng.randrange(200_000_000)
    return bytes(rng.randrange(0, 5)) + struct.pack(">IH", time, rng.randrange(1, 200)) + bytes(10)


def _unique_id(seed: int) -> bytes:
    """Apache mod_unique_id's record: a time, an IPv4 address, a process id, a counter."""
    rng = random.Random(seed)
    time = 1_500_000_000 + rng.randrange(200_000_000)
    return struct.pack(
        ">I4sIIH", time, rng.randbytes(4), rng.randrange(1, 40000), 0, rng.randrange(1, 30)
    )


def _cookie(name: str, value: str) -> str:
    return f"GET / HTTP/1.1\nHost: example.org\nCookie: {name}={value}; theme=dark\n"


# --- a record packed in binary --------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_packed_record_is_no_id(scanner: Scanner, seed: int) -> None:
    value = _b64(_packed(seed))
    assert cookie_values(scanner, _cookie("u", value)) == []
    assert cookie_values(scanner, _cookie("u", "C|" + value)) == []  # an item of a token list


@pytest.mark.parametrize("seed", range(12))
def test_unique_id_record_stays_an_id(scanner: Scanner, seed: int) -> None:
    # a packed record with more than a time in it: the fourth set's "RYANSESSION=XCmRQAol..."
    value = _b64(_unique_id(seed))
    assert cookie_values(scanner, _cookie("RYANSESSION", value)) == [value]
    assert cookie_values(scanner, _cookie("u", "C|" + value)) == [value]


@pytest.mark.parametrize("seed", range(12))
def test_random_bytes_stay_an_id(scanner: Scanner, seed: int) -> None:
    value = _b64(random.Random(seed).randbytes(24))
    assert cookie_values(scanner, _cookie("u", value)) == [value]
    assert cookie_values(scanner, _cookie("u", "C|" + value)) == [value]


@pytest.mark.parametrize("seed", range(6))
def test_id_padded_with_zeros_stays_an_id(scanner: Scanner, seed: int) -> None:
    # sixteen random bytes (a UUID's worth) in a record otherwise zero: the run holds an id
    raw = bytes(4) + uuid.UUID(int=random.Random(seed).getrandbits(128)).bytes + bytes(12)
    value = _b64(raw)
    assert cookie_values(scanner, _cookie("u", value)) == [value]


# --- a compressed payload -------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_compressed_packed_record_is_no_id(scanner: Scanner, seed: int) -> None:
    # Lotame's "_cc_aud": a two-byte length, then zlib of a record of zeros and a time
    inner = bytes(4) + struct.pack(">I", 1_613_227_557 + seed) + bytes(10)
    raw = struct.pack(">H", 20) + zlib.compress(inner)
    value = urllib.parse.quote(_b64(raw), safe="")
    assert cookie_values(scanner, _cookie("_cc_aud", f'"{value}"')) == []
    assert cookie_values(scanner, _cookie("_cc_aud", value)) == []


def test_gzip_of_numbers_is_no_id(scanner: Scanner) -> None:
    value = _b64(gzip.compress(b"3:12:1613227557", mtime=0))
    assert cookie_values(scanner, _cookie("state", value)) == []


def test_compressed_nothing_is_no_id(scanner: Scanner) -> None:
    # gzip of nothing ("hl=H4sIAAAAAAAAAAMAAAAAAAAAAAA", the cookie jars' development file)
    assert cookie_values(scanner, _cookie("hl", _b64(gzip.compress(b"", mtime=0)))) == []


@pytest.mark.parametrize("seed", range(6))
def test_cut_gzip_header_stays_an_id(scanner: Scanner, seed: int) -> None:
    # gzip's magic, then random bytes: no whole stream, judged as the value it is
    rng = random.Random(seed)
    value = _b64(b"\x1f\x8b\x08\x00" + rng.randbytes(20))
    assert cookie_values(scanner, _cookie("hl", value)) == [value]


@pytest.mark.parametrize("seed", range(6))
def test_compressed_random_bytes_stay_an_id(scanner: Scanner, seed: int) -> None:
    raw = struct.pack(">H", 40) + zlib.compress(random.Random(seed).randbytes(32))
    value = _b64(raw)
    assert cookie_values(scanner, _cookie("_cc_aud", value)) == [value]


@pytest.mark.parametrize("seed", range(6))
def test_compressed_record_naming_an_id_stays_an_id(scanner: Scanner, seed: int) -> None:
    uid = str(uuid.UUID(int=random.Random(seed).getrandbits(128)))
    value = _b64(zlib.compress(json.dumps({"uid": uid, "n": 3}).encode()))
    assert cookie_values(scanner, _cookie("state", value)) == [value]


# --- a quoted, percent-encoded value --------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_quoted_percent_encoded_id_stays_an_id(scanner: Scanner, seed: int) -> None:
    rng = random.Random(seed)
    value = urllib.parse.quote(_b64(rng.randbytes(18) + b"\xfb\xff"), safe="")
    found = cookie_values(scanner, _cookie("_cc_id", f'"{value}"'))
    assert found
    assert all(v.strip('"') == value for v in found)


# --- an encoded record of settings whose id-named key is empty ------------------------------

_SEARCH = "list:(page:{p},size:24),query:(),locationquery:(),placeid:{place},geounit:(km)"


@pytest.mark.parametrize("page", [1, 2, 17])
@pytest.mark.parametrize("empty", ["()", "''", "null"])
def test_encoded_settings_with_an_empty_id_key_are_no_id(
    scanner: Scanner, page: int, empty: str
) -> None:
    # the eighth set's "qson": a Rison record of a search's settings, base64
    value = _b64(_SEARCH.format(p=page, place=empty).encode()).rstrip("=")
    assert cookie_values(scanner, _cookie("qson", value)) == []


@pytest.mark.parametrize("seed", range(6))
def test_encoded_settings_with_an_id_in_the_key_stay_an_id(scanner: Scanner, seed: int) -> None:
    place = "(" + uuid.UUID(int=random.Random(seed).getrandbits(128)).hex + ")"
    value = _b64(_SEARCH.format(p=1, place=place).encode()).rstrip("=")
    assert cookie_values(scanner, _cookie("qson", value)) == [value]
