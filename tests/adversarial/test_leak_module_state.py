"""No scanned text stays behind in the detect layer's module state.

Detectors memoise verdicts on values that repeat (an address on every log line, the words
around a key). Those memos belong to a detector: once a caller's own scanner is gone, nothing
it read may still sit in a module global, where it would live as long as the process (and
show in a heap dump or a debugger's view of the module). A careless memo at module level
(an e-mail verdict keyed by the address, a context window keyed by its text) is what these
tests catch.
"""

from __future__ import annotations

import gc
import sys
from typing import Any

from privkit._memo import BoundedMemo
from privkit.detect import PATTERN_ENTITIES, Scanner

# Values nobody else in the suite scans, so a hit can only come from these tests.
EMAIL = "qzv.marker.7731@example.org"
IP = "198.51.100.173"
PHONE = "+44 20 7946 0958"
WINDOW = "zephyrquill"  # a word that only ever sits in a context window
TEXT = (
    f"user {WINDOW} mail={EMAIL} from {IP} phone {PHONE}\n"
    f"{WINDOW} device mac 3c:5a:b4:11:22:7d ip {IP} contact {EMAIL}\n"
)
NEEDLES = (EMAIL, IP, "7946", WINDOW)


def _reachable_strings(root: Any, seen: set[int], out: list[str], depth: int = 0) -> None:
    """Every str reachable from ``root`` through containers and plain objects' state."""
    if id(root) in seen or depth > 12:
        return
    seen.add(id(root))
    if isinstance(root, str):
        out.append(root)
        return
    if isinstance(root, bytes | bytearray):
        out.append(bytes(root).decode("latin-1"))
        return
    if isinstance(root, type) or (callable(root) and not hasattr(root, "__dict__")):
        return
    items: list[Any] = []
    if isinstance(root, dict):
        items = [*root.keys(), *root.values()]
    elif isinstance(root, list | tuple | set | frozenset):
        items = list(root)
    elif type(root).__module__.startswith("privkit"):
        items = list(getattr(root, "__dict__", {}).values())
        for cls in type(root).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if hasattr(root, slot):
                    items.append(getattr(root, slot))
    for item in items:
        _reachable_strings(item, seen, out, depth + 1)


def _module_strings() -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if name.startswith("privkit.detect") and module is not None:
            for value in list(vars(module).values()):
                _reachable_strings(value, seen, out)
    return out


def _leaked() -> list[str]:
    return [n for n in NEEDLES if any(n in s for s in _module_strings())]


def _scan_and_drop(entities: list[str]) -> None:
    scanner = Scanner(entities=entities)
    found = {f.entity_type.value for f in scanner.scan(TEXT)}
    assert {"EMAIL_ADDRESS", "IP_ADDRESS"} <= found  # the values were read and found
    assert scanner.scan(TEXT)  # twice: the second scan reads the memos
    del scanner
    gc.collect()


def test_the_needles_are_seen_where_they_are_held():
    # The walk itself must be able to see a memo's keys, or the tests below prove nothing.
    memo: BoundedMemo[str, bool] = BoundedMemo(4)
    memo.put(EMAIL, True)
    holder = type(sys)("privkit.detect._probe_for_test")
    holder.memo = memo  # type: ignore[attr-defined]
    sys.modules[holder.__name__] = holder
    try:
        assert EMAIL in _leaked()
    finally:
        del sys.modules[holder.__name__]
    assert EMAIL not in _leaked()


def test_no_pattern_scan_leaves_a_value_in_module_state():
    _scan_and_drop(sorted(str(e) for e in PATTERN_ENTITIES))
    assert _leaked() == []


def test_a_memo_shows_its_size_never_its_keys():
    memo: BoundedMemo[str, bool] = BoundedMemo(8)
    memo.put(EMAIL, True)
    assert EMAIL not in repr(memo)
    assert EMAIL not in str(memo)
    assert repr(memo) == "BoundedMemo(bound=8, size=1)"


def test_a_memo_stays_within_its_bound():
    memo: BoundedMemo[int, int] = BoundedMemo(3)
    for i in range(10):
        assert memo.put(i, i * i) == i * i
        assert len(memo) <= 3
        assert memo[i] == i * i  # the value just stored is always there


def test_a_plain_store_keeps_the_bound_too():
    # memo[key] = value (as a careless caller writes it) clears a full memo like put()
    memo: BoundedMemo[int, int] = BoundedMemo(3)
    for i in range(10):
        memo[i] = i
        assert len(memo) <= 3
    memo[9] = 99  # overwriting a key already there clears nothing
    assert memo[9] == 99
    assert len(memo) >= 1
