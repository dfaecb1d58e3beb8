"""A protector's memos: kept until ``forget`` (or until it is dropped), output unchanged.

A :class:`Protector` remembers the context of the field paths it met and the mapping keys it
scanned and found not personal; when records are keyed by e-mail addresses or names, both
hold values. :meth:`Protector.forget` drops them, and its scanner's memos with them.
"""

from __future__ import annotations

import json
from typing import Any

from privkit.detect import Scanner
from privkit.policy import Protector

OWNER = "qx.owner.5512@example.org"  # a mapping key that is personal
PLAIN = "Zebulon Quarkwood"  # a name: no pattern finds it, so a key found not personal
POLICY = {
    "version": 1,
    "purposes": ["support"],
    "schema": {"accounts.*": "text"},
    "text": {"entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"]},
}


def _record() -> dict[str, Any]:
    return {"accounts": {OWNER: f"write to {OWNER}", PLAIN: "gold"}}


def _memos(p: Protector) -> list[str]:
    return [repr(k) for k in p._clean_keys] + [str(k) for k in p._field_contexts]


def _holds(p: Protector, needle: str) -> bool:
    return any(needle in k for k in _memos(p))


def test_keeps_what_it_read_until_forget():
    p = Protector(POLICY)
    p.protect(_record(), purpose="support")
    assert PLAIN in p._clean_keys  # a key found not personal
    assert "accounts." + PLAIN in p._field_contexts  # a field path holding it
    assert not _holds(p, OWNER)  # (paths are remembered protected: the address is not)
    p.forget()
    assert _memos(p) == []


def test_output_does_not_depend_on_the_memos():
    p = Protector(POLICY)
    cold = json.dumps(p.protect(_record(), purpose="support"), sort_keys=True)
    warm = json.dumps(p.protect(_record(), purpose="support"), sort_keys=True)
    p.forget()
    again = json.dumps(p.protect(_record(), purpose="support"), sort_keys=True)
    assert cold == warm == again
    assert OWNER not in cold


def test_forgets_its_own_scanners_memos_too():
    scanner = Scanner(entities=["EMAIL_ADDRESS", "PHONE_NUMBER"])
    p = Protector(POLICY, scanner=scanner)
    p.protect(_record(), purpose="support")
    held = [k for plan in scanner._plans.values() for d in plan.detectors for k in _keys(d)]
    assert any(OWNER in k for k in held)
    p.forget()
    held = [k for plan in scanner._plans.values() for d in plan.detectors for k in _keys(d)]
    assert held == []


def test_forget_before_any_work_builds_nothing():
    p = Protector(POLICY)
    p.forget()
    assert "_scanner" not in p.__dict__  # (no scanner built just to be told to forget)
    assert "policy" not in p.__dict__


def test_a_scanner_without_forget_is_left_alone():
    class Bare:
        def scan(self, text: str, **kw: Any) -> list[Any]:
            return []

        def scan_many(self, texts: Any, **kw: Any) -> list[list[Any]]:
            return [[] for _ in texts]

    p = Protector(POLICY, scanner=Bare())
    p.protect(_record(), purpose="support")
    p.forget()
    assert _memos(p) == []


def _keys(detector: Any) -> list[str]:
    from privkit._memo import BoundedMemo

    out: list[str] = []
    for value in vars(detector).values():
        if isinstance(value, BoundedMemo):
            out.extend(k if isinstance(k, str) else repr(k) for k in value)
    return out
