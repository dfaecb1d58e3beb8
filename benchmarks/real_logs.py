"""The real log samples (``benchmarks/data/real_logs``, provenance and licence in its README).

One loader for the speed benchmark and the tests that compare fast paths on real text.
"""

from __future__ import annotations

from pathlib import Path

REAL_LOGS = Path(__file__).resolve().parent / "data" / "real_logs"


def real_log_lines() -> list[str]:
    """The non-empty lines of every sample file, files in name order (README and licence skipped)."""
    lines: list[str] = []
    for p in sorted(REAL_LOGS.iterdir()):
        if p.suffix == ".md" or p.name.startswith("LICENSE"):
            continue
        lines.extend(line for line in p.read_text(encoding="utf-8").splitlines() if line)
    return lines
