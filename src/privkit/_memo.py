"""One bounded memo for every layer: values that repeat, remembered by their owner."""

from __future__ import annotations

from typing import TypeVar

__all__ = ["BoundedMemo"]

_K = TypeVar("_K")
_V = TypeVar("_V")


class BoundedMemo(dict[_K, _V]):
    """A memo that forgets everything at once when it holds ``bound`` entries.

    Detectors memoise verdicts on values that repeat (the same address on every log line),
    the policy its field names' context, an inventory run the names it reads; the bound
    keeps a long-running owner's memory flat. Its repr names the size only, never a key:
    the keys are often the values found. A memo keyed by what was read belongs to an
    object (a detector, a protector, a run), never to a module, so nothing it holds
    outlives its owner.

    >>> memo = BoundedMemo[str, int](2)
    >>> memo.put("a", 1), memo.put("b", 2), memo.put("c", 3)
    (1, 2, 3)
    >>> memo
    BoundedMemo(bound=2, size=1)
    """

    __slots__ = ("bound",)

    def __init__(self, bound: int) -> None:
        super().__init__()
        self.bound = bound

    def __setitem__(self, key: _K, value: _V) -> None:
        # (Every store keeps the bound, ``memo[key] = value`` as well as :meth:`put`.)
        if len(self) >= self.bound and key not in self:
            self.clear()
        super().__setitem__(key, value)

    def put(self, key: _K, value: _V) -> _V:
        """Store ``value`` under ``key`` (clearing the memo first when full); return it."""
        self[key] = value
        return value

    def __reduce__(self) -> tuple[type[BoundedMemo[_K, _V]], tuple[int]]:
        # Pickled or copied, a memo is empty with its bound: its keys are what its owner
        # read, which go nowhere with it (a pickled protector ships its settings, not them).
        return type(self), (self.bound,)

    def __repr__(self) -> str:
        return f"BoundedMemo(bound={self.bound}, size={len(self)})"
