"""Hostile inputs for the 2026-12-04 night rules: each costs time in proportion to its length.

Machine lines reach the model without their uncased chunks (``model_text``); a Cookie
header may hold bare pieces between its pairs; a Chinese mobile's digits beside Han text
need no phone word; Spanish phone labels may be glued to their number.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner, _ner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "12:00:01 INFO " + "job=7 by Anna " * n,  # one stamped record, very long
        lambda n: "\n".join(f"12:00:0{i % 10} INFO k{i}=v user=Ann state=x" for i in range(n)),
        lambda n: '{"a": 1, ' * n + "}",  # JSON that never closes
        lambda n: "\t".join(["x1", "Ann", "2024-01-01"] * n),  # a tab-separated row
        lambda n: "12:00:01 INFO " + "  " * n + "x=1",  # runs of blanks already there
    ],
    ids=["long-record", "many-records", "json", "tabs", "blanks"],
)
def test_model_text_stays_linear_on_machine_lines(make) -> None:
    grows_linearly(make, _ner.model_text)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: (
            "Cookie: " + "; ".join(f"bare{i}.com; s{i}=6f34e666e71445c9d39d" for i in range(n))
        ),
        lambda n: "Cookie: " + "x; " * (50 * n) + "sid=6f34e666e71445c9d39d",
        lambda n: "张三 13144381379，" * n,  # numbers beside Han text
        lambda n: "订单号 13144381379 " * n,  # beside Han text, negative context
        lambda n: "Teléfono:942202528 Tfno. 956 013 059 " * n,  # glued and abbreviated labels
    ],
    ids=["bare-pieces", "bare-run", "han-mobiles", "han-orders", "spanish-labels"],
)
def test_pattern_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)
