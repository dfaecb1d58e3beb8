"""Card ranges and layouts the twenty-second vector set showed (payment card libraries' tests).

Three classes, each with its negatives: Maestro's whole range (50 and 56-69 less the ranges of
other networks: 61, 66, 68 and 69 were not read); Dankort's 5019, 16 digits only (a longer
number from 5019 is no Maestro); and a UATP number in the 4-5-6 groups its cards print, a card
in a label's line too, where 15 bare digits from 1 are an id's. Every number here is written
for the test.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import found

from privkit.detect._checksums import card_brand, luhn_valid


def cards(text: str) -> list[str]:
    return [value for _, value in found(text, "CREDIT_CARD")]


def _with_check(body: str) -> str:
    """``body`` and the Luhn check digit that completes it."""
    return next(body + d for d in "0123456789" if luhn_valid(body + d))


class TestMaestroRange:
    @pytest.mark.parametrize("prefix", ["61", "66", "68", "69"])
    @pytest.mark.parametrize("length", [12, 16, 19])
    def test_a_number_of_the_range_is_maestro(self, prefix, length):
        number = _with_check(prefix + "73" + "4" * (length - 5))
        assert card_brand(number) == "maestro"
        assert cards(number) == [number]
        assert cards(f"I paid with the card {number} yesterday.") == [number]

    @pytest.mark.parametrize("prefix", ["60", "62", "64", "65"])
    def test_other_networks_keep_their_ranges(self, prefix):
        assert card_brand(_with_check(prefix + "11" + "0" * 11)) != "maestro"

    @pytest.mark.parametrize("length", [11, 20])
    def test_outside_maestro_lengths_no_card(self, length):
        number = _with_check("6873" + "4" * (length - 5))
        assert card_brand(number) == ""
        assert cards(number) == []

    @settings(max_examples=60, deadline=None)
    @given(
        prefix=st.sampled_from(["61", "66", "68", "69"]),
        body=st.text("0123456789", min_size=10, max_size=16),
        check=st.sampled_from("0123456789"),
    )
    def test_found_alone_exactly_when_the_luhn_check_holds(self, prefix, body, check):
        number = prefix + body + check
        if len(set(number)) < 2:
            return
        assert (cards(number) == [number]) == luhn_valid(number)


class TestDankortLength:
    def test_sixteen_digits_are_dankort(self):
        number = _with_check("501971701010374")
        assert card_brand(number) == "dankort"
        assert cards(number) == [number]

    @pytest.mark.parametrize("length", [12, 15, 17, 19])
    def test_other_lengths_are_no_card(self, length):
        number = _with_check("5019" + "7" * (length - 5))
        assert card_brand(number) == ""
        assert cards(number) == []

    def test_the_rest_of_50_stays_maestro(self):
        assert card_brand(_with_check("5018" + "7" * 12)) == "maestro"


class TestUatpGroups:
    UATP = _with_check("18152983495945")

    def test_the_number_is_uatp(self):
        assert card_brand(self.UATP) == "uatp"

    @pytest.mark.parametrize("sep", [" ", "-"])
    @pytest.mark.parametrize("carrier", ["Contact: {v}.", "value={v}", "uatp={v} status=ok"])
    def test_printed_groups_are_a_card_in_a_label_line(self, sep, carrier):
        v = sep.join((self.UATP[:4], self.UATP[4:9], self.UATP[9:]))
        assert cards(carrier.format(v=v)) == [v]

    @pytest.mark.parametrize(
        "text",
        [
            "tid={v} op=read",
            "2024-01-01 12:00:01 thread {v} started",
        ],
    )
    def test_bare_digits_in_a_label_line_stay_an_id(self, text):
        assert cards(text.format(v=self.UATP)) == []

    def test_other_groupings_in_a_log_line_stay_refused(self):
        v = " ".join((self.UATP[:4], self.UATP[4:10], self.UATP[10:]))  # 4-6-5, Amex's layout
        assert cards(f"tid={v} op=read") == []

    def test_groups_failing_the_check_are_no_card(self):
        bad = self.UATP[:-1] + str((int(self.UATP[-1]) + 1) % 10)
        v = " ".join((bad[:4], bad[4:9], bad[9:]))
        assert cards(f"value={v}") == []
