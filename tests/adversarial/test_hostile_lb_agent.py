"""Hostile lines for the load balancer's agent check H192 added (``agent._after_lb_agent``).

The check runs once per quoted field that could be a combined line's agent; it reads back to
the nearest requests on the field's line. A line of many records, each with a request, its
quoted agent and more quoted fields, once made it read the whole line again per field.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

_SCANNER = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '10.0.0.1 "GET / HTTP/1.1" "curl/7.1" 200 5 "x" "y" ' * n,  # one long line
        lambda n: '"GET / http/1.1" "a" "b" ' * n,  # protocols the request check does not take
        lambda n: '"GET / HTTP/1.1" ' + '"x" ' * n,  # one request, many fields after it
    ],
)
def test_a_long_line_of_records_reads_in_linear_time(make):
    grows_linearly(make, _SCANNER.scan)
