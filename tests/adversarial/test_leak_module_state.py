"""No scanned text stays behind in module state, in the detect layer or above it.

Detectors memoise verdicts on values that repeat (an address on every log line, the words
around a key). Those memos belong to a detector: once a caller's own scanner is gone, nothing
it read may still sit in a module global, where it would live as long as the process (and
show in a heap dump or a debugger's view of the module). A careless memo at module level
(an e-mail verdict keyed by the address, a context window keyed by its text) is what these
tests catch.

Above detect the same holds for mapping keys, which are values when a record is keyed by
e-mail addresses or names: field paths ("users.ann@example.org.plan") and names read by the
inventory must not stay in a module's cache (``functools.lru_cache`` included) once the
protector, the classification or the inventory run that read them is done.
"""

from __future__ import annotations

import functools
import gc
import json
import pickle
import sys
from typing import TYPE_CHECKING, Any

import pytest

import privkit
from privkit._memo import BoundedMemo
from privkit.detect import PATTERN_ENTITIES, Scanner

if TYPE_CHECKING:
    from pathlib import Path

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


_LRU = type(functools.lru_cache(maxsize=1)(len))


def _reachable_strings(
    root: Any, seen: set[int], out: list[str], depth: int = 0, *, into_detect: bool = True
) -> None:
    """Every str reachable from ``root`` through containers and plain objects' state.

    Caches of ``functools.lru_cache``, the cells and defaults of functions, and the class
    attributes of privkit's classes are read too. Without ``into_detect``, the walk does
    not enter the detect layer's objects (a scanner's detectors own their memos).
    """
    if id(root) in seen or depth > 12:
        return
    seen.add(id(root))
    if isinstance(root, str):
        out.append(root)
        return
    if isinstance(root, bytes | bytearray):
        out.append(bytes(root).decode("latin-1"))
        return
    module = type(root).__module__ or ""
    items: list[Any] = []
    if isinstance(root, _LRU):
        items = [r for r in gc.get_referents(root) if not isinstance(r, type)]  # keys, results
    elif isinstance(root, type):
        if (root.__module__ or "").startswith("privkit"):
            items = list(vars(root).values())
    elif isinstance(root, functools.partial):
        items = [root.func, root.args, root.keywords]
    elif hasattr(root, "__code__"):  # a function: what its cells and defaults hold
        cells = [c.cell_contents for c in root.__closure__ or () if c.cell_contents is not None]
        items = [*cells, *(root.__defaults__ or ()), *(root.__kwdefaults__ or {}).values()]
    elif callable(root) and not hasattr(root, "__dict__"):
        return
    elif isinstance(root, dict):
        items = [*root.keys(), *root.values()]
    elif isinstance(root, list | tuple | set | frozenset):
        items = list(root)
    elif module.startswith("privkit") and (into_detect or not module.startswith("privkit.detect")):
        items = list(getattr(root, "__dict__", {}).values())
        for cls in type(root).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if hasattr(root, slot):
                    items.append(getattr(root, slot))
    for item in items:
        _reachable_strings(item, seen, out, depth + 1, into_detect=into_detect)


def _module_strings(
    *, inside: tuple[str, ...] = ("privkit.detect",), outside: tuple[str, ...] = ()
) -> list[str]:
    """The strings reachable from the state of the modules named ``inside*``."""
    out: list[str] = []
    seen: set[int] = set()
    into_detect = not outside
    for name, module in list(sys.modules.items()):
        if name.startswith(inside) and not name.startswith(outside) and module is not None:
            for value in list(vars(module).values()):
                _reachable_strings(value, seen, out, into_detect=into_detect)
    return out


def _leaked(needles: tuple[str, ...] = NEEDLES, **where: tuple[str, ...]) -> list[str]:
    strings = _module_strings(**where)
    return [n for n in needles if any(n in s for s in strings)]


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


def test_a_pickled_memo_carries_its_bound_and_no_key():
    # (a protector pickles for Spark with its memos: they travel empty)
    memo: BoundedMemo[str, bool] = BoundedMemo(8)
    memo.put(EMAIL, True)
    blob = pickle.dumps(memo)
    assert EMAIL.encode() not in blob
    clone = pickle.loads(blob)  # noqa: S301 - our own bytes
    assert repr(clone) == "BoundedMemo(bound=8, size=0)"
    clone.put(EMAIL, False)
    assert clone[EMAIL] is False


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


# Mapping keys that are personal data: an e-mail address and a phone number (the key scan
# finds them), and a person's name (no pattern finds it: the key stays in the field's path).
KEY_EMAIL = "qzv.keyholder.5521@example.net"
KEY_PHONE = "+44 20 7946 0555"
KEY_NAME = "Zephyrine Quillbarrow"
KEYS = (KEY_EMAIL, "7946 0555", KEY_NAME)
POLICY = {
    "version": 1,
    "purposes": ["support"],
    "schema": {"users.*.note": "text"},
    "text": {"entities": ["EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS"]},
    "rules": [
        {
            "name": "mask",
            "categories": ["user"],
            "purposes": ["support"],
            "transform": {"action": "mask"},
        },
    ],
}
# Everything above detect: the shared modules, transform, policy, integrations, inventory and
# the API; the detect layer's scanners are entered only by the last test.
ABOVE_DETECT = {"inside": ("privkit",), "outside": ("privkit.detect",)}


def _keyed_record() -> dict[str, Any]:
    users = {
        KEY_EMAIL: {"note": "asked for a refund", "plan": "basic"},
        KEY_PHONE: {"note": "called twice", "plan": "pro"},
        KEY_NAME: {"note": "moved to Lisbon", "plan": "pro"},
    }
    return {"users": users, "team": {KEY_NAME: "lead"}}


def _protect_classify_inventory(folder: Path) -> None:
    record = _keyed_record()
    out = privkit.protect(record, policy=POLICY, purpose="support")
    assert KEY_EMAIL not in json.dumps(out)  # the key was read and found personal
    assert list(privkit.protect([record, record], policy=POLICY, purpose="support"))
    privkit.explain(record, policy=POLICY, purpose="support")
    privkit.classify(record, scanner=Scanner(entities=PATTERN_ENTITIES))
    (folder / "people.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "contacts.csv").write_text(f"id,{KEY_EMAIL},{KEY_NAME}\n1,x,y\n", encoding="utf-8")
    found = privkit.inventory(str(folder), scanner=Scanner(entities=PATTERN_ENTITIES))
    assert KEY_EMAIL not in found.to_json(), "a personal column name reached the map"
    gc.collect()


def test_the_walk_sees_an_lru_cache_and_a_closure():
    holder = type(sys)("privkit._probe_for_test")
    cached = functools.lru_cache(maxsize=4)(str.upper)
    cached(KEY_EMAIL)
    memo: dict[str, int] = {KEY_NAME: 1}
    holder.cached = cached  # type: ignore[attr-defined]
    holder.closure = lambda: memo  # type: ignore[attr-defined]
    sys.modules[holder.__name__] = holder
    try:
        assert _leaked(KEYS, **ABOVE_DETECT) == [KEY_EMAIL, KEY_NAME]
    finally:
        del sys.modules[holder.__name__]


def test_no_personal_key_stays_in_module_state_above_detect(tmp_path: Path) -> None:
    _protect_classify_inventory(tmp_path)
    assert _leaked(KEYS, **ABOVE_DETECT) == []


def test_no_personal_key_stays_in_a_shared_scanner(tmp_path: Path) -> None:
    _protect_classify_inventory(tmp_path)
    assert _leaked(KEYS, inside=("privkit",)) == []


# -- the shared scanners forget at the end of every call ------------------------------------
# privkit.scan, protect, classify and explain scan with scanners held in module state; each
# of their calls ends by dropping what the scanner's detectors memoised, even when the call
# fails or a stream is left half-read, and while other threads scan with the same scanner.
PATTERNS = sorted(str(e) for e in PATTERN_ENTITIES)
SEEN = (EMAIL, IP, WINDOW)  # (not "7946": a docstring of privkit.transform holds it)


def _shared_default() -> Scanner:
    from privkit.detect._scanner import default_scanner

    return default_scanner()


def _memos_hold_values() -> bool:
    """Whether the default scanner's memos hold a value of TEXT right now."""
    return bool(_leaked(SEEN, inside=("privkit",)))


def test_privkit_scan_keeps_nothing_it_read():
    found = {f.entity_type.value for f in privkit.scan(TEXT, entities=PATTERNS)}
    assert {"EMAIL_ADDRESS", "IP_ADDRESS", "PHONE_NUMBER"} <= found
    assert _leaked(SEEN, inside=("privkit",)) == []


def test_a_scan_that_fails_midway_still_forgets(monkeypatch: pytest.MonkeyPatch) -> None:
    # The detectors have read TEXT (their memos are full) when overlap resolution fails.
    def fail(*args: object) -> None:
        assert _memos_hold_values()  # the memos were filled: the test sees them
        raise RuntimeError("resolution failed")

    monkeypatch.setattr(Scanner, "_resolve", fail)
    with pytest.raises(RuntimeError, match="resolution failed"):
        privkit.scan(TEXT, entities=PATTERNS)
    assert _leaked(SEEN, inside=("privkit",)) == []


def test_a_stream_that_fails_on_a_bad_item_still_forgets():
    stream = _shared_default().scan_many([TEXT, b"not text"], entities=PATTERNS, batch_size=1)  # type: ignore[list-item]
    assert next(stream)  # TEXT is read and its findings given out: the memos hold it
    assert _memos_hold_values()
    with pytest.raises(TypeError, match="bytes"):
        next(stream)
    assert _leaked(SEEN, inside=("privkit",)) == []


def test_a_stream_left_half_read_forgets_when_closed_or_dropped():
    for end in ("close", "drop"):
        stream = _shared_default().scan_many([TEXT, TEXT], entities=PATTERNS, batch_size=1)
        assert next(stream)
        assert _memos_hold_values()
        if end == "close":
            stream.close()
        else:
            del stream
            gc.collect()
        assert _leaked(SEEN, inside=("privkit",)) == [], end


def test_threads_sharing_a_scanner_stay_correct_while_calls_end():
    # Four threads scan with the shared default scanner while a fifth ends calls (and so
    # clears the memos) as fast as it can: every answer equals the answer of a scanner of
    # one's own, and once all calls are done, nothing read is left.
    import threading

    lines = [
        TEXT,
        f"tel {PHONE} and {PHONE} again, mail {EMAIL}",
        f"client {IP} client {IP} mac 3c:5a:b4:11:22:7d",
        "call +1 415 555 0132 or +49 30 901820, card 4111 1111 1111 1111",
    ]
    own = Scanner(entities=PATTERNS)
    expected = [own.scan(line) for line in lines]
    shared = _shared_default()
    errors: list[BaseException] = []
    done = threading.Event()

    def scan_lines() -> None:
        try:
            for _ in range(40):
                for line, want in zip(lines, expected, strict=True):
                    assert privkit.scan(line, entities=PATTERNS) == want
                for got, want in zip(
                    shared.scan_many(lines, entities=PATTERNS, batch_size=1), expected, strict=True
                ):
                    assert got == want
        except BaseException as exc:
            errors.append(exc)

    def end_calls() -> None:
        while not done.is_set():
            shared.forget()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often: the races get their chance
    try:
        ender = threading.Thread(target=end_calls)
        ender.start()
        workers = [threading.Thread(target=scan_lines) for _ in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        done.set()
        ender.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    assert _leaked(SEEN, inside=("privkit",)) == []


def test_no_personal_key_stays_after_the_default_scanners_read_it(tmp_path: Path) -> None:
    # classify, explain, protect and inventory with the shared scanners (no scanner given),
    # of records keyed by personal values, of field names that are personal values, of free
    # text; and reveal.
    record = _keyed_record()
    privkit.classify(record)
    privkit.classify([KEY_EMAIL, "plan", KEY_NAME])  # field names only
    privkit.classify([record, record])  # a table in row form
    privkit.explain(record, policy=POLICY, purpose="support")
    text = f"ticket from {KEY_EMAIL}, call {KEY_PHONE}"
    assert KEY_EMAIL not in privkit.protect(text, policy=POLICY, purpose="support")
    stream = privkit.protect(iter([record, record]), policy=POLICY, purpose="support")
    assert KEY_EMAIL not in json.dumps(list(stream))
    (tmp_path / "people.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    privkit.inventory(str(tmp_path))
    policy = {
        **POLICY,
        "schema": {"contact.email": "user.contact.email", "contact.note": "text"},
        "rules": [
            {
                "categories": ["user"],
                "purposes": ["support"],
                "transform": {"action": "encrypt_deterministic", "key": "k"},
            }
        ],
        "reveal": [{"categories": ["user.contact"], "purposes": ["support"], "actors": ["ann"]}],
    }
    keys = privkit.KeyRing.generate("k")
    contact = {"email": KEY_EMAIL, "note": text}
    out = privkit.protect({"contact": contact}, policy=policy, purpose="support", keys=keys)
    assert KEY_EMAIL not in json.dumps(out)
    args = {"policy": policy, "purpose": "support", "actor": "ann", "keys": keys}
    assert privkit.reveal(out["contact"]["email"], field="contact.email", **args) == KEY_EMAIL
    gc.collect()
    assert _leaked(KEYS, inside=("privkit",)) == []
