"""Progress of long work: the engine reports how much it has done; a listener shows it.

The engine calls :func:`advance` as it scans (a no-op unless someone listens); the table
adapter listens with :func:`listening` and draws a bar. Nothing here imports a UI library.
"""

from __future__ import annotations

import contextlib
import os
import sys
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["active", "advance", "auto_enabled", "listening"]

_SINK: ContextVar[Callable[[int], None] | None] = ContextVar("privkit_progress", default=None)


def active() -> bool:
    """Whether someone listens (the engine then reports in steps)."""
    return _SINK.get() is not None


def advance(n: int) -> None:
    """Report ``n`` more values done."""
    sink = _SINK.get()
    if sink is not None:
        sink(n)


@contextlib.contextmanager
def listening(sink: Callable[[int], None]) -> Iterator[None]:
    """Send the progress reported inside the block to ``sink``."""
    token = _SINK.set(sink)
    try:
        yield
    finally:
        _SINK.reset(token)


def in_notebook() -> bool:
    """Whether this runs in a Jupyter kernel."""
    return "ipykernel" in sys.modules


def auto_enabled() -> bool:
    """Progress by default: in notebooks and terminals, never in CI (``CI`` is set)."""
    if os.environ.get("CI", "").lower() not in {"", "0", "false"}:
        return False
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    return in_notebook() or tty
