"""Whole-column checks of numeric columns: no identifier hides outside the sample.

Classification reads a sample, so a numeric column whose sample held only counts is not
sent through the policy. An IMEI or a card number stored as a number can still sit in an
unsampled row. Every numeric column the policy would scan is therefore checked whole, with
vectorised filters that keep only the values a detector could call an identifier on its own
(15-digit IMEIs, and 13-19 digit card numbers starting with 2-6, passing the Luhn checksum),
or any value of 7+ digits when the column's name suggests an entity (``phone``, ``imei``).
Only the distinct
values that pass are scanned, through the same policy call as the other columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from privkit._fieldnames import name_signal
from privkit._records import text_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__: list[str] = []

#: Fewest digits of a number that may be an identifier when the column name suggests one.
NAMED_MIN_DIGITS = 7
#: Digits of numbers found as identifiers without any context (Luhn-checked).
LUHN_DIGITS = (13, 19)
IMEI_DIGITS = 15
CARD_LEAD = (2, 6)
_MAX_WHOLE = 1e19  # whole floats beyond uint64 hold no exact digits


def _digits(mag: Any) -> Any:
    import numpy as np

    n = np.ones(len(mag), dtype=np.int64)
    for k in range(1, 20):
        n += mag >= np.uint64(10**k)
    return n


def _luhn_ok(mag: Any) -> Any:
    import numpy as np

    x = mag.copy()
    total = np.zeros(len(mag), dtype=np.uint64)
    ten, nine = np.uint64(10), np.uint64(9)
    for i in range(20):
        d = x % ten
        x //= ten
        if i % 2:
            d = d * np.uint64(2)
            d = np.where(d > nine, d - nine, d)
        total += d
    return total % ten == 0


def candidates(name: str, values: Any) -> list[Any]:
    """The distinct values of a numeric column that could be identifiers (Python scalars).

    Args:
        name: the column name (a name suggesting an entity widens the filter).
        values: the column's non-null values as a NumPy array (integer or float), or any
            iterable of Python numbers (``Decimal`` columns).

    >>> import numpy as np
    >>> candidates("value", np.array([1, 2, 490154203237518, 490154203237519]))
    [490154203237518]
    >>> candidates("phone", np.array([12, 4155550100.0]))
    [4155550100.0]
    """
    import numpy as np

    named = name_signal(name).entity is not None
    if not isinstance(values, np.ndarray) or values.dtype.kind not in "iuf":
        return _python_candidates(values, named=named)
    uniq = values  # filtered first, made unique last (the filters are cheaper than a sort)
    if uniq.dtype.kind == "f":
        finite = np.isfinite(uniq)
        safe = np.where(finite, uniq, 0.0)
        ok = finite & (safe == np.floor(safe)) & (np.abs(safe) < _MAX_WHOLE)
        mag = np.abs(np.where(ok, safe, 0.0)).astype(np.uint64)
    elif uniq.dtype.kind == "u":
        ok = np.ones(len(uniq), dtype=bool)
        mag = uniq.astype(np.uint64)
    else:
        ok = uniq != np.iinfo(np.int64).min
        mag = np.abs(np.where(ok, uniq, 0).astype(np.int64)).astype(np.uint64)
    digits = _digits(mag)
    if named:
        keep = ok & (digits >= NAMED_MIN_DIGITS)
    else:
        lo, hi = LUHN_DIGITS
        keep = ok & (digits >= lo) & (digits <= hi)
        # IMEIs have 15 digits; card numbers start with 2-6 (timestamps in ms start with 1).
        powers = np.power(np.uint64(10), (digits - 1).astype(np.uint64))
        lead = mag // powers
        keep &= (digits == IMEI_DIGITS) | ((lead >= CARD_LEAD[0]) & (lead <= CARD_LEAD[1]))
        keep[keep] = _luhn_ok(mag[keep])
    if not keep.any():
        return []
    return list(np.unique(uniq[keep]).tolist())


def unchecked(name: str, jobs: Iterable[Any], decisions: Mapping[str, Any]) -> bool:
    """Whether the policy would scan column ``name`` but the plan skipped it (clean sample)."""
    if any(j.name == name for j in jobs):
        return False
    return getattr(decisions.get(name), "transform", None) == "scan"


def _python_candidates(values: Iterable[Any], *, named: bool) -> list[Any]:
    """The same filter, one value at a time (``Decimal`` and other Python numbers)."""
    lo, hi = (NAMED_MIN_DIGITS, 20) if named else LUHN_DIGITS
    out: dict[Any, None] = {}
    for v in values:
        text = text_of(v)
        if text is not None and lo <= len(text.lstrip("-")) <= hi:
            out[v] = None
    return list(out)
