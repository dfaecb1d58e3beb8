"""Hostile inputs for the eighth log set's record mechanisms: the work stays linear.

A URL in a record's sentence reads the lines around it (``_record_sentence``), and an
``instance id`` reads its record (``_event_instance``): texts made of many such lines.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
GUID = "3f2a9c4e-7b1d-4e8a-9c6f-2d5b8e1a4c7f"


@pytest.mark.parametrize(
    "unit",
    [
        "For details see https://docs.example.org/kb/1 now.\n",  # prose lines, no field
        "Client Number: 7\nFor details see https://docs.example.org/kb/1?id=2 now.\n",
        "see http://a.example/x " * 40 + "\n",  # long prose lines of links
        "Key Name: 1" + " see https://a.example/p" * 30 + "\n",
    ],
)
def test_urls_in_record_sentences_stay_linear(unit):
    grows_linearly(lambda n: unit * (n // 10 + 1), PATTERNS.scan)


@pytest.mark.parametrize(
    "unit",
    [
        f"Instance ID: {GUID}\n",
        f"audit events with Instance ID {GUID} ",
        f"app_instance_id={GUID} events ",
    ],
)
def test_instance_ids_stay_linear(unit):
    grows_linearly(lambda n: unit * n, PATTERNS.scan)
