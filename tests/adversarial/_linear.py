"""The linear-time check the hostile-input tests share."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


def grows_linearly(make: Callable[[int], str], scan: Callable[[str], object]) -> None:
    """Fail when scanning ``make(4000)`` costs far more than 8x scanning ``make(500)``.

    Each cost is the least of three scans: a pause of the shared machine (another job, a
    garbage collection) lengthens one scan, not the algorithm's cost, and must not fail the
    check; a quadratic scan is slow every time.
    """

    def cost(n: int) -> float:
        text = make(n)
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            scan(text)
            best = min(best, time.process_time() - t0)
        return best

    small, large = cost(500), cost(4000)
    assert large < 8 * 4 * max(small, 0.01)  # 8x the input: well under quadratic growth
