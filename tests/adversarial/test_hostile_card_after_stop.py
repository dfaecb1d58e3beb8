"""Hostile inputs for the card patterns of the tenth set: after a label stop, UnionPay.

The stop pattern starts after a letter and a stop and needs a card word near; the UnionPay
pattern (no Luhn check) needs one too. Many stops, many digit runs and card words everywhere
must stay linear, and log text with dotted names, versions and UnionPay-shaped ids (no card
word, or a digit before the stop) must give no card.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "card no." * n,  # stops with nothing after them
        lambda n: "card no.4111 " * n,  # short runs after stops
        lambda n: "card a.1234 5678 9012 " * n,  # groups that never reach a card
        lambda n: "card no." + "4" * n,  # one run far longer than a card
        lambda n: "card x." + "1234 " * n,  # one long run of groups
    ],
)
def test_stops_and_runs_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), PATTERNS.scan)


@pytest.mark.parametrize(
    "line",
    [
        "pkg.4111111111111111 installed from cache",  # a dotted name, no card word
        "build v1.4111111111111111 card",  # a digit before the stop
        "com.example.4111111111111111.Activity started",
        "jar app-2.4111111111111111.jar loaded",
    ],
)
def test_log_lines_without_a_card_word_or_after_a_digit_give_no_card(line):
    assert [f for f in PATTERNS.scan(line) if f.entity_type.value == "CREDIT_CARD"] == []


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "card " + "6221 " * n,  # one run of UnionPay-like groups
        lambda n: "card 6221558812340000 " * n,  # many UnionPay numbers beside card words
        lambda n: "62" * n + " card",  # one long run that starts like UnionPay
    ],
)
def test_unionpay_runs_stay_linear(build):
    grows_linearly(lambda n: build(n // 4 + 1), PATTERNS.scan)


def test_unionpay_shaped_ids_in_logs_without_a_card_word_give_no_card():
    line = "ts=1 trace=6221558812340000 span=6212345000000001 status=ok"
    assert [f for f in PATTERNS.scan(line) if f.entity_type.value == "CREDIT_CARD"] == []
