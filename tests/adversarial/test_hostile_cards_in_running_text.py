"""Hostile inputs for the card patterns of the twenty-eighth vector set's work.

Groups joined by " - ", numbers glued to a card's name, to a character of a script written
without spaces or to an escaped line break: many such runs, and runs far longer than a card,
must stay linear; log text with ranges, hex ids, and numbers glued to other words must give
no card.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "4111 - " * n,  # one run of dashed groups
        lambda n: "card 4111 - 1111 - 1111 - 1111 " * n,  # many dashed cards
        lambda n: "cc" + "4" * n,  # a glued run far longer than a card
        lambda n: "cc4111111111111111 " * n,  # many glued cards
        lambda n: "卡号4111111111111111" * n,  # cards glued to Han text, end to end
        lambda n: "\\n4111111111111111" * n,  # escaped line breaks between cards
        lambda n: "visa" + "1234 " * n,  # a name, then a long run of groups
    ],
)
def test_runs_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), PATTERNS.scan)


@pytest.mark.parametrize(
    "line",
    [
        "pages 1000 - 2000 - 3000 - 4000 printed",  # ranges, no brand
        "ts=1 id=ab4111111111111111 span=9fcc4111111111111111",  # hex and glued ids
        "build 2024 - 0101 - 1200 - 5959 done",
        "订单号x4111111111111111已发货",  # a Latin letter glued: a longer token
        '{"msg":"seq\\n1234567890123"}',  # no card after the escape
    ],
)
def test_log_lines_without_a_card_give_no_card(line):
    assert [f for f in PATTERNS.scan(line) if f.entity_type.value == "CREDIT_CARD"] == []
