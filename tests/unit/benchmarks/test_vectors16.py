"""The sixteenth vector set's builder (``benchmarks/corpus/_vectors16.py``).

The checks every vector set's parts share are in ``test_vector_parts.py``.
"""

from __future__ import annotations

import hashlib

import pytest
from benchmarks.corpus import _vectors16 as v16


def test_the_split_is_the_smallest_repository_hash_within_each_type():
    def h(repo: str) -> str:
        return hashlib.sha256(repo.encode()).hexdigest()

    phones = [v16.NYARUKA[0], v16.DJANGO_PHONE[0], v16.LARAVEL_PHONE[0]]
    dates = [v16.MOMENT[0], v16.ARROW[0], v16.PENDULUM[0]]
    assert min(phones, key=h) == v16.LARAVEL_PHONE[0]
    assert min(dates, key=h) == v16.PENDULUM[0]


@pytest.mark.parametrize(
    ("value", "shaped"),
    [("+33 6 12 34 56 78 ext. 456", True), ("tel:+44-113-892-1113", True),
     ("01606 751 78", True), ("+33612345678,456", True), ("654321", False),
     ("NONEXISTENT", False), ("id_phone", False)],
)  # fmt: skip
def test_phone_shaped_values(value, shaped):
    assert v16.phone_shaped(value) is shaped


@pytest.mark.parametrize(
    ("text", "alone"),
    [("2013-01-01T12:30:45Z", True), ("Thursday, September 2, 1999 12:30 AM", True),
     ("Tue Apr 07 22:52:51 2009", True), ("2013-01-01 EST", True),
     ("blah 2013-01-01 blah", False), ("12:30:45", False), ("2013", False),
     ("Europe/Paris 2013-01-01", False)],
)  # fmt: skip
def test_a_date_alone_has_no_other_words(text, alone):
    assert v16.date_alone(text) is alone


def test_go_parse_calls_without_error_are_gold_and_not_a_number_rows_negative():
    src = """
    got, err = Parse("03-331 6005", regionCode.NZ)
    assert.NoError(t, err)
    got, err = Parse("0123456789", regionCode.XX)
    assert.Error(t, err)
    {"sentence", "This is not a phone number 1", regionCode.NZ, ErrNotANumber},
    {"tooLong", "01495 72553301873 810104", regionCode.GB, ErrNumTooLong},
    """
    got = v16.nyaruka_cases(src)
    assert ("PHONE_NUMBER", "03-331 6005", [(0, 11)], "parse", v16.NYARUKA_PATH) in got
    assert [c[1] for c in got if not c[2]] == ["This is not a phone number 1"]
    assert all(c[1] not in {"0123456789", "01495 72553301873 810104"} for c in got)


def test_python_literals_named_invalid_are_left_out():
    src = 'good = "+44 113 8921113"\ninvalid_numbers = ["+44 113 892111"]\nx = "654321"\n'
    got = v16.django_phone_cases(src, "p")
    assert [c[1] for c in got] == ["+44 113 8921113"]


def test_php_phone_values_of_constructors_models_and_formats():
    src = """
    $object = new PhoneNumber('012 34 56 78', 'BE');
    $model->phone = '+32 12 34 56 78';
    $this->assertEquals('012 34 56 78', $model->phone->formatNational());
    $object = new PhoneNumber('BE');
    """
    got = v16.settle(v16.laravel_phone_cases(src, "p"))  # rule 1: 7 digits or more
    assert sorted({c[1] for c in got}) == ["+32 12 34 56 78", "012 34 56 78"]


def test_moment_calls_give_dates_alone_and_rejected_non_dates():
    src = """
    assert.ok(moment('2011-10-08T18:04:20', 'YYYY').isValid());
    assert.ok(!moment('nonsense', moment.ISO_8601).isValid(), 'not a date');
    assert.equal(moment('12:13:14', 'hh:mm:ss').format('YYYY'), '...');
    ['MM-DD-YYYY', '12-02-1999'],
    """
    got = v16.moment_cases(src)
    assert [(c[1], bool(c[2])) for c in got] == [
        ("2011-10-08T18:04:20", True), ("nonsense", False), ("12-02-1999", True),
    ]  # fmt: skip


def test_python_parser_tests_gold_outside_raises_and_negatives_inside():
    src = """
def test_a(self):
    assert self.parser.parse("2013-01-01", "YYYY-MM-DD") == x
    with pytest.raises(ParserError):
        self.parser.parse("1565982019.", "X")
    with pytest.raises(ParserError):
        self.parser.parse("2013-02-30", "YYYY-MM-DD")
    text = "Jan 1, 2012"
"""
    got = v16.python_date_cases(src, "p", "arrow")
    assert sorted((c[1], bool(c[2])) for c in got) == [
        ("1565982019.", False),
        ("2013-01-01", True),
        ("2013-02-30", False),
        ("Jan 1, 2012", True),
    ]  # fmt: skip  (no day of the calendar: a negative)
