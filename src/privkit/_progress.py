"""Progress of long work: the engine reports how much it has done; a listener shows it.

The engine calls :func:`advance` as it scans (a no-op unless someone listens); the table
adapter listens with :func:`listening` and draws a bar. File jobs (``protect_file``, the
CLI's text logs) report through :class:`LineProgress`: a bar on a terminal, periodic plain
lines in CI logs. Nothing here imports a UI library at import time.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["LINE_INTERVAL", "LineProgress", "active", "advance", "auto_enabled", "listening"]

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


#: Seconds between two plain progress lines when stderr is not a terminal.
LINE_INTERVAL = 5.0


_KILO = 1000


def _size(n: float) -> str:
    for unit in ("B", "kB", "MB"):
        if n < _KILO:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= _KILO
    return f"{n:.1f} GB"


class LineProgress:
    """Report ``done`` of ``total`` bytes (or rows) of one file job on stderr.

    On a terminal it draws a rich bar; elsewhere (CI logs, files) it prints one plain line
    every ``interval`` seconds and a last line at the end, so a long job shows it is alive.
    Lines name the file, never a value.
    """

    def __init__(
        self,
        *,
        enabled: bool,
        total: int,
        label: str,
        unit: str = "bytes",
        interval: float = LINE_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = enabled
        self.total = total
        self.label = label
        self.unit = unit
        self.interval = interval
        self._clock = clock
        self._done = 0
        self._items = 0
        self._bar: Any = None
        self._task: Any = None
        self._start = 0.0
        self._last = 0.0

    def __enter__(self) -> Self:
        if not self.enabled:
            return self
        self._start = self._last = self._clock()
        if _isatty():
            try:
                from rich.console import Console
                from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
            except ImportError as exc:
                from privkit.errors import MissingDependencyError

                raise MissingDependencyError("progress bars", extra="cli") from exc

            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task(f"{self.label} ({self.unit})", total=self.total or None)
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.enabled and exc[0] is None:
            self._line(final=True)

    def advance(self, amount: int, items: int = 1) -> None:
        """Record ``amount`` more bytes or rows (and ``items`` more lines) done."""
        if not self.enabled:
            return
        self._done += amount
        self._items += items
        if self._bar is not None:
            self._bar.advance(self._task, amount)
            return
        now = self._clock()
        if now - self._last >= self.interval:
            self._last = now
            self._line(final=False)

    def _line(self, *, final: bool) -> None:
        pct = f"{100 * self._done / self.total:.0f}%" if self.total else "?%"
        elapsed = self._clock() - self._start
        state = "done" if final else pct
        if self.unit == "bytes":
            amount = f"{self._items:,} lines, {_size(self._done)} of {_size(self.total)}"
        else:
            amount = f"{self._done:,} of {self.total:,} {self.unit}"
        sys.stderr.write(f"privkit: {self.label}: {state}, {amount}, {elapsed:.0f} s\n")
        sys.stderr.flush()


def _isatty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
