"""The numbered log sets' shared selection of parts (``benchmarks.corpus._logset``)."""

from __future__ import annotations

import pytest
from benchmarks.corpus import _logset
from benchmarks.corpus._logset import RECORD_CHARS, LogSet, build, select_parts, text_sha

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


def _declared(**kwargs):
    fields = {
        "number": 99,
        "repositories": (),
        "systems": ["c", "b", "a"],
        "holdout": frozenset({"c"}),
        "texts": lambda _gits, system: TEXTS[system],
        "label": lambda _text, _system: ([], []),
        "most": 10,
        "earlier": 4,
        "earlier_holdout": False,
        "split": lambda _systems: frozenset({"c"}),
    }
    return LogSet(**{**fields, **kwargs})


def test_a_declared_set_builds_its_systems_in_name_order_with_its_ids_and_files():
    dev, hold = build(_declared(), {})
    assert [(r["id"], r["text"]) for r in dev][:2] == [("l99-a-000", "x"), ("l99-a-001", "y")]
    assert [r["source"] for r in hold] == ["c", "c"]
    assert [p.name for p in _declared().outputs] == [
        "real_logs99_dev.jsonl",
        "real_logs99_holdout.jsonl",
    ]


def test_a_declared_set_orders_and_names_records_by_their_source():
    names = {"r1": "b", "r2": "a", "r3": "c"}
    spec = _declared(
        systems=names,
        holdout=frozenset({"r3"}),
        texts=lambda _gits, repo: TEXTS[names[repo]],
        split=lambda _systems: frozenset({"r3"}),
        source=names.__getitem__,
    )
    dev, hold = build(spec, {})
    assert [r["source"] for r in dev] == ["a", "a", "a", "b"]
    assert [r["id"] for r in hold] == ["l99-c-000", "l99-c-001"]


def test_a_declared_split_that_is_not_the_rules_is_refused():
    with pytest.raises(AssertionError):
        build(_declared(holdout=frozenset({"a"})), {})


def test_prefixed_files_are_named_by_their_repository_and_found_again(tmp_path):
    """``prefixed_systems`` names each wanted file ``<prefix>/<path>``; ``prefixed_where`` inverts it."""
    import subprocess

    commits = {}
    for repo, files in {"a/one": ["doc/x.md", "doc/y.txt"], "b/two": ["z.md"]}.items():
        work = tmp_path / repo.replace("/", "+")
        for f in files:
            (work / f).parent.mkdir(parents=True, exist_ok=True)
            (work / f).write_text(f)
        git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
        subprocess.run([*git, "init", "-q"], check=True)
        subprocess.run([*git, "add", "."], check=True)
        subprocess.run([*git, "commit", "-qm", "c"], check=True)
        sha = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, check=True)
        commits[repo] = (sha.stdout.decode().strip(), "MIT")
    gits = {repo: tmp_path / repo.replace("/", "+") / ".git" for repo in commits}
    prefixes = {"b/two": "two", "a/one": "one"}
    names = _logset.prefixed_systems(
        gits, commits, prefixes, lambda repo, path: path.endswith(".md")
    )
    assert names == ["one/doc/x.md", "two/z.md"]
    assert [_logset.prefixed_where(prefixes, n) for n in names] == [
        ("a/one", "doc/x.md"),
        ("b/two", "z.md"),
    ]
    with pytest.raises(KeyError):
        _logset.prefixed_where(prefixes, "three/z.md")
