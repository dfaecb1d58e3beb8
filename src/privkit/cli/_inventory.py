# ruff: noqa: FBT001, PLR0917 - click passes options to commands as keyword arguments
"""``privkit inventory``: map where personal data lives across databases and files.

Exit codes (the table in ``privkit --help``): 0 done, drift and policy gaps reported as
warnings; 1 with ``--strict``: drift against ``--baseline`` (new or changed personal columns)
or a ``--policy`` gap (undeclared personal column, category without a rule); 66 a source could
not be opened (the map and report are still written, saying what was skipped); 78 a bad
policy or baseline file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import click

from privkit.cli._main import (
    EXIT_CHECK_FAILED,
    EXIT_NO_INPUT,
    _console,
    _errors,
    _scanner,
    main,
)

if TYPE_CHECKING:
    from privkit.inventory import InventoryMap

_LABEL = re.compile(r"^([A-Za-z0-9_.-]+)=(.+)$")


def _parse_sources(values: tuple[str, ...]) -> dict[str, str] | list[str]:
    labelled = [_LABEL.match(v) for v in values]
    if any(labelled) and not all(labelled):
        raise click.UsageError("label every SOURCE (name=URL) or none")
    if all(labelled) and values:
        return {m.group(1): m.group(2) for m in labelled if m is not None}
    return list(values)


def _write(path: Path, text: str) -> None:
    from privkit.integrations.files import _atomic_write_text

    _atomic_write_text(path, text)


def _print_map(result: InventoryMap) -> None:
    from rich.table import Table

    s = result.summary()
    console = _console()
    table = Table(
        title=(
            f"{s['sources']} source(s), {s['tables']} tables, {s['columns']} columns and paths, "
            f"{s['personal_columns']} with personal data"
        )
    )
    for h in ("source", "table", "column", "category", "confidence", "sampled"):
        table.add_column(h)
    for src, t, path, c in result.personal_columns():
        cat = c.category or "free text: " + (", ".join(e for e, _ in c.text_entities) or "-")
        table.add_row(src, t.qualified, path, cat, f"{c.confidence:.2f}", str(c.sampled))
    console.print(table)


def _print_skips(result: InventoryMap) -> None:
    for src in result.sources:
        for s in src.skipped:
            click.echo(
                f"privkit: warning: {src.name}: skipped {s.what} {s.name}: {s.reason}", err=True
            )


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the map as JSON (schema: privkit.inventory.json_schema()).",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write an HTML report (summary, sortable table, drift, policy).",
)
@click.option(
    "--baseline",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A map saved earlier with --json: report new, removed and changed personal columns.",
)
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Check the map against this policy: undeclared columns, stale declarations, "
    "categories with no rule; print a draft schema block.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 on new or changed personal columns (--baseline) or policy gaps (--policy); "
    "without it they are warnings.",
)
@click.option(
    "--sample-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Most rows sampled per table.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Sampling seed.")
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=64),
    default=4,
    show_default=True,
    help="Tables sampled at once (one read-only connection each).",
)
@click.option("--no-ner", is_flag=True, help="Patterns only: names and places by column name.")
@click.option("--quiet", "-q", is_flag=True, help="Print no table, only warnings and errors.")
@_errors
def inventory(  # noqa: C901, PLR0912 - one linear command script
    sources: tuple[str, ...],
    json_out: Path | None,
    report: Path | None,
    baseline: Path | None,
    policy_path: Path | None,
    strict: bool,
    sample_size: int,
    seed: int,
    workers: int,
    no_ner: bool,
    quiet: bool,
) -> None:
    """Map where personal data lives in SOURCE... (read-only; no value is ever shown).

    A SOURCE is a database URL (sqlite:///path.db, postgresql://user@host/db), a CSV, JSON
    lines or Parquet file, or a folder of them; prefix name= to label it (crm=postgresql://...).
    """
    from privkit.inventory import InventoryMap, check_policy, diff, inventory, render_html

    if strict and baseline is None and policy_path is None:
        raise click.UsageError("--strict needs --baseline or --policy")
    base = None
    if baseline is not None:
        base = InventoryMap.from_json(baseline.read_text(encoding="utf-8"))
    scanner = _scanner(None, 0.3, ner=not no_ner) if no_ner else None
    result = inventory(
        _parse_sources(sources), sample_size=sample_size, seed=seed, workers=workers,
        scanner=scanner,
    )  # fmt: skip
    drift = diff(base, result) if base is not None else None
    check = check_policy(result, policy_path) if policy_path is not None else None
    if json_out is not None:
        _write(json_out, result.to_json() + "\n")
    if report is not None:
        _write(report, render_html(result, drift=drift, policy_check=check))
    if not quiet:
        _print_map(result)
    _print_skips(result)
    failed = False
    if drift is not None:
        for kind, items in (
            ("new", drift.new),
            ("changed", drift.changed),
            ("removed", drift.removed),
        ):
            for c in items:
                click.echo(
                    f"drift: {kind} {c.source}: {c.table}.{c.column} "
                    f"({c.old or '-'} -> {c.new or '-'})"
                )
        if not drift:
            click.echo("drift: none")
        failed |= drift.fails
    if check is not None:
        for src, tbl, col, cat in check.undeclared:
            click.echo(f"policy: undeclared {src}: {tbl}.{col} ({cat})")
        for g in check.missing:
            click.echo(f"policy: declared field matches no column: {g}")
        for cat, purpose, n in check.unruled:
            click.echo(f"policy: no rule for {cat} under purpose {purpose!r} ({n} columns)")
        if check.draft_schema:
            click.echo("# draft schema block for the undeclared columns:")
            click.echo(check.draft_yaml(), nl=False)
        failed |= check.fails
    if any(s.what == "source" for s in result.skipped):
        raise SystemExit(EXIT_NO_INPUT)
    if failed and strict:
        raise SystemExit(EXIT_CHECK_FAILED)
