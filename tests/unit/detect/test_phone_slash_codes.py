"""An area code, a slash and the subscriber number after a calling code written in parentheses
or after the international prefix 00 (``(+49) 89/12345678``, ``0049 89/12345678``), and with
DIN 5008's direct-dial suffix after the subscriber number (``030/12345-678``).

The slash layout after ``+49 `` was read already; the same number with its calling code written
the two other ways the plain international layouts take (``(+49) 89 12345678``, ``0049 89
12345678``) was not; nor was the suffix after a slash (``030 12345-678`` and ``+49
30/12345-678`` were). The measure is ``python -m benchmarks.bench_detect_vectors --dev20``
and written probes; these tests pin the mechanisms with numbers written here.
"""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found


class TestCallingCodeBeforeASlashLayout:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("(+49) 176/30696541", "(+49) 176/30696541"),
         ("Tel.: (+49) 89/12345678", "(+49) 89/12345678"),
         ("(+49)176/30696541", "(+49)176/30696541"),
         ("Tel. 0049 89/12345678", "0049 89/12345678"),
         ("Telefon: 0049 (0)89/12345678.", "0049 (0)89/12345678"),
         ("Fax 0049 30 / 123 456 78", "0049 30 / 123 456 78"),
         ("(+43) 1/5321234", "(+43) 1/5321234"), ("0043 1/5321234", "0043 1/5321234")],
    )  # fmt: skip
    def test_the_number_is_one_phone_number(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text",
        [
            "(+1) 12/2024",  # a month and a year after a sign
            "(+49) 01/2024",
            "00 12/2024",
            "0049 89/12",  # too short after the slash
            "GET /api/0049 30/1234567",  # a path's component
            "rx 100049 30/1234567",  # inside a longer run
            "rx 0012 34/56789 errors",  # no number after "00" and its code
        ],
    )
    def test_dates_paths_and_runs_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []


# German area codes (with the subscriber numbers' lengths the plan gives them) for the
# invariant below; any digits after them.
_AREAS = st.sampled_from(["30", "89", "40", "221", "69", "711", "176", "151", "6221", "3834"])


@settings(max_examples=150, deadline=None)
@given(area=_AREAS, subscriber=st.text(alphabet="0123456789", min_size=5, max_size=9))
def test_the_calling_code_s_writing_does_not_change_the_decision(area, subscriber):
    """``+49``, ``(+49)`` and ``0049`` before ``AREA/SUBSCRIBER``: a number for all or none.

    (Eight zeros in a row are a zero-padded field unless a "+" opens the number, in every
    layout: ``0049 30 00000000`` is none either.)
    """
    assume("00000000" not in subscriber)
    plain = f"+49 {area}/{subscriber}"
    wanted = found(f"Tel. {plain}", "PHONE_NUMBER") == [("PHONE_NUMBER", plain)]
    for code in ("(+49)", "0049"):
        number = f"{code} {area}/{subscriber}"
        got = found(f"Tel. {number}", "PHONE_NUMBER")
        assert (got == [("PHONE_NUMBER", number)]) is wanted, (code, got)


class TestDirectDialSuffixAfterASlash:
    @pytest.mark.parametrize(
        ("text", "number"),
        [("Tel. 030/12345-678", "030/12345-678"), ("Tel.: 0221/123456-0", "0221/123456-0"),
         ("Durchwahl 089/1234567-12", "089/1234567-12"), ("030/12345-678", "030/12345-678")],
    )  # fmt: skip
    def test_the_number_and_its_suffix_are_one_phone_number(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]

    @pytest.mark.parametrize(
        "text",
        [
            "Zeitraum 06/2024-07",  # a month and a span of years
            "ticket 04/20231-1 closed",  # no valid number
            "v0.1/12345-678",  # a version's path
            "see 0/12345-6",  # no area code
        ],
    )
    def test_dates_and_paths_are_not(self, text):
        assert found(text, "PHONE_NUMBER") == []
