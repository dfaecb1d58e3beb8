"""Progress of long CLI jobs: a live bar on a terminal, periodic plain lines in CI logs."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any, Self

import click

if TYPE_CHECKING:
    from collections.abc import Callable

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
    """Report ``done`` of ``total`` bytes on stderr.

    On a terminal it draws a rich bar; elsewhere (CI logs, files) it prints one plain line
    every ``interval`` seconds and a last line at the end, so a long job shows it is alive.
    """

    def __init__(
        self,
        *,
        enabled: bool,
        total: int,
        label: str,
        interval: float = LINE_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = enabled
        self.total = total
        self.label = label
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
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._bar.add_task(self.label, total=self.total or None)
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.enabled and exc[0] is None:
            self._line(final=True)

    def advance(self, nbytes: int, items: int = 1) -> None:
        """Record ``nbytes`` more bytes (and ``items`` more lines or rows) done."""
        if not self.enabled:
            return
        self._done += nbytes
        self._items += items
        if self._bar is not None:
            self._bar.advance(self._task, nbytes)
            return
        now = self._clock()
        if now - self._last >= self.interval:
            self._last = now
            self._line(final=False)

    def _line(self, *, final: bool) -> None:
        pct = f"{100 * self._done / self.total:.0f}%" if self.total else "?%"
        elapsed = self._clock() - self._start
        state = "done" if final else pct
        click.echo(
            f"privkit: {self.label}: {state}, {self._items:,} lines, "
            f"{_size(self._done)} of {_size(self.total)}, {elapsed:.0f} s",
            err=True,
        )
