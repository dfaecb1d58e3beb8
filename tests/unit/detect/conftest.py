"""Fixtures shared by the detection tests."""

import pytest

from privkit.detect import _ner


@pytest.fixture
def model_reads(monkeypatch):
    """Every text ``scan_many`` hands the NER model, in order (an empty text for a reuse)."""
    seen: list[str] = []
    pipe = _ner.pipe

    def spy_pipe(nlp, items, **kwargs):
        def spied():
            for text, ctx in items:
                seen.append(text)
                yield text, ctx

        return pipe(nlp, spied(), **kwargs)

    monkeypatch.setattr(_ner, "pipe", spy_pipe)
    return seen
