"""Addresses written in words (``jane at example dot com``) under hostile and careless input.

The promise: an address so written is protected wherever it stands, a finding never carries
the address in its repr, and the search stays linear in the text's length.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "jane at example dot com " * n,  # many addresses
        lambda n: "at dot " * (4 * n),  # the words without any address
        lambda n: "a at " + "b dot " * (4 * n) + "com",  # one endless domain
        lambda n: "a dot " * (4 * n) + "at example dot com",  # one endless local part
        lambda n: "x" * (40 * n) + " at example dot com",  # one endless word before "at"
        lambda n: " " * (40 * n) + "at" + " " * (40 * n) + "dot com",  # white space runs
        lambda n: "me at john dot smith " * n,  # each "at" leads to no address
    ],
    ids=["many", "words-only", "long-domain", "long-local", "long-word", "spaces", "refused"],
)
def test_addresses_in_words_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)


def test_a_finding_of_an_address_in_words_does_not_show_it(scanner) -> None:
    text = "ticket 7: customer writes from jane dot roe at example dot org"
    (finding,) = [f for f in scanner.scan(text) if f.entity_type.value == "EMAIL_ADDRESS"]
    assert "jane" not in repr(finding)
    assert "example" not in repr(finding)
    assert text[finding.start : finding.end] == "jane dot roe at example dot org"


def test_protecting_free_text_leaves_no_part_of_the_address() -> None:
    import privkit

    safe = privkit.Policy.redact_all("support")
    lines = ["Contact: jane at example dot com, thanks", "no contact"]
    out = list(privkit.protect(lines, policy=safe, purpose="support"))
    assert out == ["Contact: <EMAIL_ADDRESS>, thanks", "no contact"]
