"""A session: one protect call of an adapter (a table, a file, a Spark job), one audit event.

The integrations drive the engine through this small, typed contract: they ask for
:class:`~privkit.policy.Decision` objects per column (:meth:`Session.plan`), hand over the
values or records to protect (:meth:`Session.values`, :meth:`Session.records`), and close
the session, which writes exactly one audit event with everything that was counted, however
many columns, chunks or partitions the work took.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Self

from privkit.policy._execute import _Stats

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from types import TracebackType

    from privkit.policy._decision import Actor, Decision
    from privkit.policy._protector import Protector

__all__ = ["Session"]


class Session:
    """One protect call: plans and protects under one audit event (written on close).

    Use it as a context manager (the event's outcome is ``"error"`` when the block raises)
    or call :meth:`close`. Get one from :meth:`privkit.Protector.session`.
    """

    def __init__(self, protector: Protector, purpose: str, actor: Actor | None) -> None:
        self.protector = protector
        self.purpose = purpose
        self.actor = actor
        self._stats = _Stats()
        self._closed = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(outcome="ok" if exc_type is None else "error")

    def plan(self, guesses: Mapping[str, str | None]) -> dict[str, Decision]:
        """Decide per column; ``guesses`` (a classifier's categories) fill schema gaps only."""
        p = self.protector
        return {
            name: p._planner.decision(name, p._planner.plan(name, self.purpose, guess))  # noqa: SLF001
            for name, guess in guesses.items()
        }

    def values(
        self,
        path: str,
        values: Sequence[object],
        *,
        guess: str | None = None,
        context: Mapping[str, Sequence[object]] | None = None,
    ) -> list[object]:
        """Protect one column's values (same length and order).

        ``context`` holds the row's other fields for consent and retention; without them,
        consent-gated values are suppressed and limited values treated as expired.
        """
        return self.protector._column(  # noqa: SLF001
            path, list(values), self.purpose, guess, context, self._stats
        )

    def records(
        self, records: list[Any], *, guesses: Mapping[str, str | None] | None = None
    ) -> list[Any]:
        """Protect whole records (nested; same shape), field by field.

        ``guesses`` are classified categories per field path, used where the schema is
        silent. Rows are not counted here (see :meth:`add_rows`).
        """
        p = self.protector
        return p._protect_batch(records, self.purpose, self._stats, guesses, count=False)  # noqa: SLF001

    def has_personal_keys(self, records: list[Any]) -> bool:
        """Whether a mapping key in ``records`` holds personal data (``{email: score}``)."""
        return bool(self.protector._personal_keys(records))  # noqa: SLF001

    def add_rows(self, n: int) -> None:
        """Count ``n`` rows (or records) as processed."""
        self._stats.records += n

    def counts(self) -> dict[str, Any]:
        """What was counted so far, as plain data (to ship from a worker to the driver)."""
        s = self._stats
        return {
            "counts": dict(s.counts),
            "fields": sorted(s.fields),
            "categories": sorted(s.categories),
            "records": s.records,
        }

    def merge(self, counts: Mapping[str, Any]) -> None:
        """Add counts made elsewhere (by :meth:`counts` of a worker's session)."""
        s = self._stats
        s.counts.update(Counter(counts.get("counts", {})))
        s.fields.update(counts.get("fields", ()))
        s.categories.update(counts.get("categories", ()))
        s.records += int(counts.get("records", 0))

    def close(self, *, outcome: str = "ok") -> None:
        """Write the session's one audit event (once; later calls do nothing)."""
        if self._closed:
            return
        self._closed = True
        self.protector._emit("protect", self.purpose, self.actor, self._stats, outcome=outcome)  # noqa: SLF001
