"""Network and security appliances' records: serials in international-prefix form, and values
cut by an escaped line break.

Each mechanism has positives and near-miss negatives, in formats beyond the ones that
revealed the gap (the sixteenth log set's development part; no corpus line is copied here).
"""

import pytest
from tests.unit.detect._patterns import found


class TestDoubleZeroRunInRecords:
    """An unseparated ``00``-prefixed run in a log or CSV record is an id, not a phone number."""

    @pytest.mark.parametrize(
        "text",
        [
            # a firewall's serial right after the record's time (CSV)
            "<14>Jan 2 03:04:05 fw-a 1,2024/01/02 03:04:05,007201004312,TRAFFIC,end,2304,x",
            # the same run as a key=value field of a record
            "time=2024-01-02T03:04:05Z devid=004401234567 type=event level=notice",
            # a pipe-separated record
            "2024-01-02 03:04:05|sensor|0033612345678|alert|blocked",
        ],
    )
    def test_run_in_a_machine_record_is_not_reported(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Call me on 0033612345678 tomorrow.", "0033612345678"),  # prose: a number
            # a phone word in the record keeps it
            ("2024-01-02 03:04:05 user=a phone=0033612345678 status=ok", "0033612345678"),
            # "+" marks an international number in a record too
            ("2024-01-02 03:04:05,+33612345678,sms,sent", "+33612345678"),
        ],
    )
    def test_number_with_a_phone_word_or_plus_is_still_reported(self, text, number):
        assert ("PHONE_NUMBER", number) in found(text, "PHONE_NUMBER")


class TestEscapedLineBreakEndsACookieValue:
    """A ``\\r\\n`` written as escapes (a request dumped into one field) ends a query value."""

    def test_short_value_before_the_escape_is_not_a_cookie(self):
        text = r'"GET /a?cid=24313\r\nAccept-Encoding: gzip\r\n\r\n","blocked"'
        assert found(text, "COOKIE_ID") == []

    def test_client_id_before_the_escape_is_cut_there(self):
        text = r'"GET /collect?v=1&cid=1847562093.1700000000\r\nHost: a.example\r\n"'
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "1847562093.1700000000")]

    def test_value_without_an_escape_is_unchanged(self):
        text = "GET /collect?v=1&cid=1847562093.1700000000&t=pageview HTTP/1.1"
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "1847562093.1700000000")]
