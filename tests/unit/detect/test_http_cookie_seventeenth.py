"""Counted fillers in cookie values (issue 10, seventeenth HTTP set's development work).

A value whose letters and digits are half or more counted in order, in two runs or more of
four or more (``STUV``, ``0123456``), was written, not drawn at random: a server's filler kept until it
assigns a value (Fortinet's persistence cookie ``cookiesession1``) or a placeholder typed by a
person. A random value of sixteen characters or more holds such runs by chance about once in
many thousand, so an identifier keeps its finding, wherever a short run happens to fall in it.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner
from privkit.detect._builtin import _counted_filler

FORTINET = "678A3E0DSTUV0123456898901234BD59"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


class TestCountedFiller:
    @pytest.mark.parametrize(
        "value",
        [
            FORTINET,  # STUV, 0123456, 01234: 16 of 32
            "abcd1234efgh5678ijkl",  # typed by a person: every run counted
            "0123456789ABCDEF-xq7Z-0123456789",  # hex digits counted around a short random part
        ],
    )
    def test_half_counted_in_runs_is_a_filler(self, value):
        assert _counted_filler(value)

    @pytest.mark.parametrize(
        "value",
        [
            "8f14e45fceea167a5a36dedd4bea2543",  # an md5 digest: no run of four
            "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",  # alternating, runs of one
            "s3cr3t0123abcdefQzT9xW8vKpLm7NrY",  # one run of 8 in 32: a quarter
            "0123456789abcde",  # fifteen characters: judged as before
            "0123456789abcdef7",  # one count and a character: the thirteenth set's promise
            "0123456789abcdef9d548d28",  # one count and a session id
            "v1_Rj7jAbC/dEf+GhIjKlMn0pQ9Fg==",  # letters that change case as they count
        ],
    )
    def test_random_or_short_values_are_not(self, value):
        assert not _counted_filler(value)

    def test_random_hex_ids_are_not_fillers(self):
        rng = random.Random(17)
        for _ in range(2000):
            value = "".join(rng.choice("0123456789abcdef") for _ in range(32))
            assert not _counted_filler(value)

    @settings(max_examples=300)
    @given(st.text(alphabet=string.ascii_letters + string.digits, min_size=0, max_size=16))
    def test_two_counts_as_long_as_the_rest_make_a_filler_whatever_the_rest(self, rest):
        # two counts cover half of the characters at least, whatever the others are
        assert _counted_filler("01234567-" + rest + "-ABCDEFGH")
        assert _counted_filler("abcdefgh" + rest + "STUVWXYZ")

    @settings(max_examples=300)
    @given(st.text(alphabet="acegikmoqsuwyACEGIKMOQSUWY02468", min_size=1, max_size=16))
    def test_one_count_and_anything_is_judged_as_before(self, rest):
        # one count alone never makes a filler (the rest, every other character, holds no
        # count): _no_entropy judges a value that is all one count
        assert not _counted_filler("0123456789abcdef" + "-" + rest + "-")


class TestCookies:
    def test_a_persistence_filler_is_no_id(self, scanner):
        text = f"HTTP/1.1 200 OK\nset-cookie: cookiesession1={FORTINET};Path=/;HttpOnly\n"
        assert cookie_values(scanner, text) == []

    def test_a_session_id_beside_it_is_kept(self, scanner):
        sid = "c5qcqpu8dah9g6jiivjv07b6cu"
        text = (
            f"GET https://app.example.org/x\nCookie: cookiesession1={FORTINET}; PHPSESSID={sid}\n"
        )
        assert cookie_values(scanner, text) == [sid]

    def test_a_random_value_under_the_same_name_is_an_id(self, scanner):
        value = "9F3A7C1E5B2D8F4A6C0E9B1D3F5A7C2E"
        text = f"HTTP/1.1 200 OK\nset-cookie: cookiesession1={value};Path=/\n"
        assert cookie_values(scanner, text) == [value]
