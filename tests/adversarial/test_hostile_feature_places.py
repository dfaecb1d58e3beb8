"""Hostile inputs for the natural-place forms after "the" (``_ner._FEATURE_END``, ``_FEATURE_OF``).

The promise (H231): a place read with its article keeps its name when its last word is a
geographic feature ("the Ross Sea") or its first words a feature of a place ("the Bay of
Bengal"), and the forms stay linear on long runs of feature words, of "of" and of capitals.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import model_ents

from privkit.detect import _ner


def _kept(text: str, value: str) -> list[str]:
    doc = SimpleNamespace(ents=model_ents(text, [(value, "LOC")]))
    return [text[f.start : f.end] for f in _ner.ner_findings(doc, 0, score=0.8, text=text)]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "the " + " ".join(["Sea"] * n),
        lambda n: "the Bay of " + " of ".join(["Bay"] * n),
        lambda n: "the " + "Sea of " * n + "X",
        lambda n: "the " + " ".join(["Ross"] * n) + " Ice Shelf",
    ],
)
def test_feature_forms_grow_linearly(make) -> None:
    def scan(value: str) -> object:
        return (
            _ner._FEATURE_END.search(value, 0, len(value)),
            _ner._FEATURE_OF.match(value, 4, len(value)),
        )

    grows_linearly(make, scan)


def test_a_long_feature_name_is_kept_whole() -> None:
    value = "the " + " ".join(["Ross"] * 200) + " Sea"
    text = f"We sailed into {value} at dawn"
    assert _kept(text, value) == [value[4:]]
