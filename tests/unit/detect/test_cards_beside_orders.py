"""A payment card's number in a sentence that mentions an order, an invoice or a reference (H105).

The card detector's negative words (order, invoice, tracking, trace, request id...) keep an
order's, a trace's or a tracking number that passes a card's checks out; they count when
they label the number (right before it, with at most a "number", "no", "id" or "#" and
marks between). A sentence of a shop's customer that mentions the order elsewhere names a
card.
"""

import pytest
from tests.unit.detect._patterns import found


def cards(text: str) -> list[str]:
    return [v for _, v in found(text, "CREDIT_CARD")]


class TestAnOrderMentionedElsewhere:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("I placed an order and paid with 4111 1111 1111 1111 yesterday",
             ["4111 1111 1111 1111"]),
            ("Charge 4111111111111111 for the order", ["4111111111111111"]),
            ("Pay the invoice with 5555-5555-5555-4444 please", ["5555-5555-5555-4444"]),
            ("Order 12345: paid with 4111 1111 1111 1111", ["4111 1111 1111 1111"]),
            ("order=123 card=4111111111111111", ["4111111111111111"]),
            ("The tracking page shows 378282246310005 as the card used", ["378282246310005"]),
        ],
    )  # fmt: skip
    def test_the_card_is_reported(self, text, want):
        assert cards(text) == want


class TestANumberTheWordLabels:
    @pytest.mark.parametrize(
        "text",
        [
            "order 4111111111111111",
            "Order number: 4111111111111111",
            "Order No. 4111111111111111",
            "Order #4111111111111111",
            '{"orderId": "4111111111111111"}',
            "GET /orders/4111111111111111 200",
            "tracking 4111111111111111",
            "traceID=2223839516656616",
            "trace_id: 2223839516656616",
            "invoice_no=4111111111111111",
            "x-request-id: 4111111111111111",
        ],
    )
    def test_it_stays_out(self, text):
        assert cards(text) == []

    def test_a_named_card_failing_the_check_is_reported_beside_an_order(self):
        # (H101's unchecked card: the writer names it a card; the order is another thing)
        text = "my credit card number is 1234 5678 9012 3456 for order 55"
        assert cards(text) == ["1234 5678 9012 3456"]
        assert cards("Credit card order number: 1234 5678 9012 3456") == []

    def test_the_label_nearest_the_number_decides(self):
        # a card's own label after an order's number
        assert cards("order 1234, card 4111 1111 1111 1111") == ["4111 1111 1111 1111"]
        # an order's label after a sentence about a card
        assert cards("my card was fine; order number 4111111111111111") == []
