"""The numbered log sets' shared selection of parts (``benchmarks.corpus._logset``)."""

from __future__ import annotations

from benchmarks.corpus._logset import RECORD_CHARS, select_parts, text_sha

TEXTS = {"a": ["x", "y", "shared"], "b": ["shared", "z"], "c": ["shared", "old", "gone"]}


def _records(system, texts):
    return [{"source": system, "text": t} for t in texts]


def _parts(earlier=(set(), set()), **kwargs):
    dev, hold = select_parts(
        ["a", "b", "c"], {"c"}, TEXTS.__getitem__, _records, most=10, earlier=earlier, **kwargs
    )
    return [(r["source"], r["text"]) for r in dev], [(r["source"], r["text"]) for r in hold]


def test_development_systems_come_first_and_take_a_text_once():
    dev, hold = _parts()
    assert dev == [("a", "x"), ("a", "y"), ("a", "shared"), ("b", "z")]
    assert hold == [("c", "old"), ("c", "gone")]


def test_a_held_out_system_may_repeat_another_held_out_text_unless_unique():
    _, hold = select_parts(
        ["a", "b"], {"a", "b"}, TEXTS.__getitem__, _records, most=10, earlier=(set(), set())
    )
    assert [r["text"] for r in hold].count("shared") == 2
    _, hold = select_parts(
        ["a", "b"],
        {"a", "b"},
        TEXTS.__getitem__,
        _records,
        most=10,
        earlier=(set(), set()),
        holdout_unique=True,
    )
    assert [r["text"] for r in hold].count("shared") == 1


def test_earlier_texts_and_held_out_hashes_are_left_out():
    dev, hold = _parts(earlier=({"x"}, {text_sha("old")}))
    assert ("a", "x") not in dev
    assert hold == [("c", "gone")]


def test_a_long_text_is_compared_on_its_record_length():
    long = "l" * (RECORD_CHARS + 5)
    dev, _ = select_parts(
        ["a"],
        set(),
        lambda _system: [long],
        _records,
        most=10,
        earlier=({long[:RECORD_CHARS]}, set()),
    )
    assert dev == []
