# ruff: noqa: FBT001, PLR0917 - click passes options to commands as keyword arguments
"""``privkit classify``: classify the columns of a table file and report drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from privkit.cli._main import (
    ExistingPath,
    _console,
    _errors,
    _load_classification,
    _print_classification,
    _require_table,
    _scanner,
    main,
)


@main.command()
@click.argument("path", type=ExistingPath())
@click.option(
    "--sample-size",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    help="Rows sampled to classify the columns.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Sampling seed.")
@click.option("--no-ner", is_flag=True, help="Patterns only: names/places by column name only.")
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path), help="Save as JSON.")
@click.option(
    "--baseline",
    type=ExistingPath(),
    help="Compare with a saved classification and report drift.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="With --baseline: exit 1 on a new personal-data column (default: a warning).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the classification as JSON.")
@_errors
def classify(
    path: Path,
    sample_size: int,
    seed: int,
    no_ner: bool,
    save: Path | None,
    baseline: Path | None,
    strict: bool,
    as_json: bool,
) -> None:
    """Classify the columns of a table file by name and a sample of values."""
    from privkit.integrations.files import classify_file

    if strict and baseline is None:
        raise click.UsageError("--strict needs --baseline")
    _require_table(path, "classify")
    scanner = _scanner(None, 0.3, ner=not no_ner)
    result = classify_file(path, sample_size=sample_size, seed=seed, scanner=scanner)
    if save is not None:
        from privkit.integrations.files import _atomic_write_text

        _atomic_write_text(save, result.to_json() + "\n")
    drift = result.drift(_load_classification(baseline)) if baseline is not None else None
    if as_json:
        out = result.to_dict()
        if drift is not None:
            out["drift"] = drift.to_dict()
        click.echo(json.dumps(out, indent=2))
    else:
        _print_classification(
            result,
            f"{path.name}: {len(result)} columns, {len(result.pii_columns)} with personal data",
        )
        if drift is not None:
            _print_drift(drift)
    if drift is not None and strict:
        drift.raise_for_new_pii()
    if drift is not None:
        from privkit.errors import SchemaDriftError

        for name, cat in drift.new_pii:
            message = SchemaDriftError.describe(name, str(cat) if cat else "free text")
            click.echo(f"privkit: warning: {message}", err=True)


def _print_drift(drift: Any) -> None:
    console = _console()
    if not drift:
        console.print("drift: none")
        return
    for name in drift.new_columns:
        console.print(f"drift: new column {name}")
    for name in drift.removed_columns:
        console.print(f"drift: removed column {name}")
    for name, old, new in drift.changed:
        console.print(f"drift: {name}: {old or 'not personal'} -> {new or 'not personal'}")
    for name, cat in drift.new_pii:
        console.print(f"drift: NEW PERSONAL DATA in {name} ({cat or 'free text'})")
