"""The demo behind ``privkit demo`` (and ``make demo``): the main job on embedded defaults."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from privkit.data import sample_log_path

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["run_demo"]


def run_demo(console: Console, *, rows: int = 200, seed: int = 7) -> None:
    """Scan the bundled sample log and print where personal data was found (never values)."""
    from rich.table import Table

    from privkit.detect import Scanner

    path = sample_log_path()
    scanner = Scanner()
    table = Table(title="privkit demo: findings in the bundled sample log (values not shown)")
    for col in ("line", "span", "entity", "category", "score", "detector"):
        table.add_column(col)
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    total = 0
    for number, findings in enumerate(scanner.scan_many(lines), start=1):
        for f in findings:
            total += 1
            table.add_row(
                str(number), f"{f.start}-{f.end}", str(f.entity_type), str(f.category),
                f"{f.score:.2f}", f.detector,
            )  # fmt: skip
    console.print(table)
    console.print(f"{total} findings in {len(lines)} lines (rows={rows}, seed={seed} unused yet)")
