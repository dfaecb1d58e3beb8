"""A scanner's memos: a caller's own scanner keeps them until ``forget``; shared ones per call.

Detectors memoise verdicts on values that repeat (an address's, a phone number's, the words
around a key). A :class:`Scanner` of one's own keeps them for its life (bounded), and
:meth:`Scanner.forget` drops them; the scanners held in module state (``forgetful_scanner``)
forget at the end of every call. Findings never depend on the memos.
"""

from __future__ import annotations

import pickle
from importlib import resources
from typing import Any

import pytest

from privkit._memo import BoundedMemo
from privkit.detect import PATTERN_ENTITIES, Scanner
from privkit.detect._scanner import forgetful_scanner
from privkit.types import EntityType, Finding

EMAIL = "zq.forget.4417@example.org"
PHONE = "+44 20 7946 0321"
LINES = [
    *resources.files("privkit.data").joinpath("sample.log").read_text("utf-8").splitlines(),
    f"login {EMAIL} from 198.51.100.44, tel {PHONE}",
    f"again {EMAIL} tel {PHONE} client ip 198.51.100.44",
]


def _held(scanner: Scanner) -> list[Any]:
    """Every key of the memos of the scanner's detectors."""
    out: list[Any] = []
    for plan in scanner._plans.values():
        for det in plan.detectors:
            for value in vars(det).values():
                if isinstance(value, BoundedMemo):
                    out.extend(value)
    return out


def _holds(scanner: Scanner, needle: str) -> bool:
    return any(needle in (k if isinstance(k, str) else repr(k)) for k in _held(scanner))


class TestOwnScanner:
    def test_keeps_its_memos_between_calls_until_forget(self):
        s = Scanner(entities=PATTERN_ENTITIES)
        s.scan(LINES[-2])
        s.scan(LINES[-1])
        assert _holds(s, EMAIL)
        assert _holds(s, "7946 0321")
        s.forget()
        assert _held(s) == []

    def test_findings_do_not_depend_on_the_memos(self):
        s = Scanner(entities=PATTERN_ENTITIES)
        cold = [s.scan(line) for line in LINES]
        warm = [s.scan(line) for line in LINES]
        s.forget()
        after = [s.scan(line) for line in LINES]
        assert cold == warm == after
        assert any(f.entity_type is EntityType.PHONE_NUMBER for fs in cold for f in fs)

    def test_forget_on_a_new_scanner_is_harmless(self):
        s = Scanner(entities=["EMAIL_ADDRESS"])
        s.forget()
        assert [f.entity_type for f in s.scan(EMAIL)] == [EntityType.EMAIL_ADDRESS]

    def test_forget_asks_extra_detectors_that_can(self):
        class Remembering:
            def __init__(self) -> None:
                self.seen: list[str] = []

            def __call__(self, text: str) -> list[Finding]:
                self.seen.append(text)
                return []

            def forget(self) -> None:
                self.seen.clear()

        def plain(text: str) -> list[Finding]:  # no forget: left alone
            del text
            return []

        extra = Remembering()
        s = Scanner(entities=["EMAIL_ADDRESS", "DEVICE_ID"], detectors=[extra, plain])
        s.scan(LINES[-1])
        assert extra.seen == [LINES[-1]]
        s.forget()
        assert extra.seen == []

    def test_a_pickled_scanner_carries_no_memo(self):
        s = Scanner(entities=PATTERN_ENTITIES)
        s.scan(LINES[-1])
        assert _holds(s, EMAIL)
        blob = pickle.dumps(s)
        assert EMAIL.encode() not in blob
        clone = pickle.loads(blob)  # noqa: S301 - our own bytes
        assert clone.scan(LINES[-1]) == s.scan(LINES[-1])


class TestForgetfulScanner:
    def test_scan_keeps_nothing(self):
        s = forgetful_scanner(entities=PATTERN_ENTITIES)
        assert s.scan(LINES[-1])
        assert _held(s) == []

    def test_scan_many_keeps_nothing_once_the_stream_ends(self):
        s = forgetful_scanner(entities=PATTERN_ENTITIES)
        stream = s.scan_many(LINES, batch_size=2)
        assert list(stream)
        assert _held(s) == []

    def test_same_findings_as_a_scanner_of_ones_own(self):
        own = Scanner(entities=PATTERN_ENTITIES)
        s = forgetful_scanner(entities=PATTERN_ENTITIES)
        want = [own.scan(line) for line in LINES]
        assert [s.scan(line) for line in LINES] == want
        assert list(s.scan_many(LINES)) == want
        assert list(s.scan_many(LINES, batch_size=1)) == want

    def test_still_forgetful_after_pickling(self):
        clone = pickle.loads(pickle.dumps(forgetful_scanner(entities=PATTERN_ENTITIES)))  # noqa: S301
        assert clone.scan(LINES[-1])
        assert _held(clone) == []

    def test_scan_many_checks_its_arguments_lazily_as_before(self):
        s = forgetful_scanner(entities=PATTERN_ENTITIES)
        stream = s.scan_many(LINES, batch_size=0)  # nothing runs before the first item
        with pytest.raises(ValueError, match="batch_size"):
            next(stream)
