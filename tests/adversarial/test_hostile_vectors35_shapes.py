"""Hostile inputs for the thirty-fifth vector set's rules: zero-padded quads and card numbers
cut into fives stay linear, and long runs of either give only what they hold."""

from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def test_runs_of_padded_octets_stay_linear():
    grows_linearly(lambda n: ".".join(["001"] * n), PATTERNS.scan)
    grows_linearly(lambda n: " ".join(["100.000.000.000"] * n), PATTERNS.scan)


def test_runs_of_five_digit_groups_stay_linear():
    grows_linearly(lambda n: " ".join(["40128"] * n), PATTERNS.scan)
    grows_linearly(lambda n: "-".join(["88888"] * n) + "-1", PATTERNS.scan)


def test_a_run_of_padded_octets_is_no_address():
    text = ".".join(["001"] * 200)
    assert not [f for f in PATTERNS.scan(text) if f.entity_type.value == "IP_ADDRESS"]


def test_long_colon_runs_before_quads_stay_linear():
    grows_linearly(lambda n: ":".join(["a"] * n) + ":1.2.3.4", PATTERNS.scan)
    grows_linearly(lambda n: " ".join(["1:2:3:4:5:6.7.8.9"] * n), PATTERNS.scan)
