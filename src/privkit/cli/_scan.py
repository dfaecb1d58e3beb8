# ruff: noqa: FBT001, PLR0917 - click passes options to commands as keyword arguments
"""``privkit scan``: summarise the personal data found in a text file or a table."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import click

from privkit.cli._main import (
    ExistingPath,
    _console,
    _errors,
    _is_table,
    _scanner,
    _text_lines,
    main,
)


def _scan_text(path: Path, scanner: Any, *, details: bool) -> tuple[dict[str, Any], list[Any]]:
    import itertools

    per_entity: Counter[str] = Counter()
    lines_with: Counter[str] = Counter()
    located: list[Any] = []
    lines = 0
    numbered = _text_lines(path)
    while batch := list(itertools.islice(numbered, 10_000)):  # bounded memory on big files
        texts = [t for _, t in batch]
        for (number, _), findings in zip(batch, scanner.scan_many(texts), strict=True):
            lines += 1
            for ent in {str(f.entity_type) for f in findings}:
                lines_with[ent] += 1
            for f in findings:
                per_entity[str(f.entity_type)] += 1
                if details:
                    located.append((number, f))
    summary = {
        "path": str(path),
        "kind": "text",
        "lines": lines,
        "findings": sum(per_entity.values()),
        "entities": {
            e: {"findings": c, "lines": lines_with[e]} for e, c in per_entity.most_common()
        },
    }
    return summary, located


def _scan_table(path: Path, scanner: Any, chunk_rows: int) -> dict[str, Any]:
    from privkit.integrations.files import read_chunks

    counts: dict[str, Counter[str]] = {}
    rows = 0
    for chunk in read_chunks(path, chunk_rows=chunk_rows):
        if isinstance(chunk, list):
            from privkit.integrations.tables import _flatten

            columns: dict[str, list[Any]] = {}
            for rec in chunk:
                _flatten(rec, columns)
            rows += len(chunk)
        else:
            columns = {n: chunk.column(n).to_pylist() for n in chunk.schema.names}
            rows += chunk.num_rows
        for name, values in columns.items():
            texts = [
                v if isinstance(v, str) else str(v)
                for v in values
                if v is not None and not isinstance(v, bool)
            ]
            unique = list(dict.fromkeys(texts))
            cells = Counter(texts)
            counter = counts.setdefault(name, Counter())
            for text, findings in zip(unique, scanner.scan_many(unique), strict=True):
                for ent in {str(f.entity_type) for f in findings}:
                    counter[ent] += cells[text]
    return {
        "path": str(path),
        "kind": "table",
        "rows": rows,
        "columns": {name: {"cells_with": dict(c.most_common())} for name, c in counts.items()},
    }


@main.command()
@click.argument("path", type=ExistingPath())
@click.option("--entities", help="Comma-separated entity types (default: all).")
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Drop findings scored below this.",
)
@click.option("--no-ner", is_flag=True, help="Patterns only: skip names/places (no spaCy).")
@click.option("--details", is_flag=True, help="List each finding's location (never its value).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
@click.option(
    "--chunk-rows",
    type=click.IntRange(min=1),
    default=50_000,
    show_default=True,
    help="Rows per chunk for table files (bounds memory).",
)
@_errors
def scan(
    path: Path,
    entities: str | None,
    min_score: float,
    no_ner: bool,
    details: bool,
    as_json: bool,
    chunk_rows: int,
) -> None:
    """Scan a text file or a table (CSV, JSON lines, Parquet) and summarise the findings."""
    scanner = _scanner(entities, min_score, ner=not no_ner)
    if _is_table(path):
        summary = _scan_table(path, scanner, chunk_rows)
        located: list[Any] = []
    else:
        summary, located = _scan_text(path, scanner, details=details)
    if as_json:
        if details and located:
            summary["locations"] = [
                {"line": n, "start": f.start, "end": f.end, "entity": str(f.entity_type),
                 "score": round(f.score, 3), "detector": f.detector}
                for n, f in located
            ]  # fmt: skip
        click.echo(json.dumps(summary, indent=2))
        return
    _print_scan(summary, located)


def _print_scan(summary: dict[str, Any], located: list[Any]) -> None:
    from rich.table import Table

    console = _console()
    if summary["kind"] == "text":
        name = Path(summary["path"]).name
        table = Table(title=f"{name}: {summary['findings']} findings in {summary['lines']} lines")
        table.add_column("entity")
        table.add_column("category")
        table.add_column("findings", justify="right")
        table.add_column("lines", justify="right")
        from privkit.types import CATEGORY_OF, EntityType

        for ent, info in summary["entities"].items():
            table.add_row(
                ent, str(CATEGORY_OF[EntityType(ent)]), str(info["findings"]), str(info["lines"])
            )
        console.print(table)
        if located:
            loc = Table(title="locations (values not shown)")
            for col in ("line", "span", "entity", "score", "detector"):
                loc.add_column(col)
            for n, f in located:
                loc.add_row(
                    str(n), f"{f.start}-{f.end}", str(f.entity_type), f"{f.score:.2f}", f.detector
                )
            console.print(loc)
    else:
        table = Table(title=f"{Path(summary['path']).name}: {summary['rows']} rows")
        table.add_column("column")
        table.add_column("cells with findings (by entity)")
        for name, info in summary["columns"].items():
            cells = ", ".join(f"{e} {c}" for e, c in info["cells_with"].items()) or "-"
            table.add_row(name, cells)
        console.print(table)
