# ruff: noqa: FBT001 - click passes options to commands as keyword arguments
"""``privkit explain``: show the rule and transform the policy picks per column, and why."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from privkit.cli._main import (
    _POLICY,
    _PURPOSE,
    ExistingPath,
    _console,
    _errors,
    _load_classification,
    _require_table,
    main,
)

if TYPE_CHECKING:
    from pathlib import Path


@main.command()
@_POLICY
@_PURPOSE
@click.argument("path", type=ExistingPath())
@click.option("--json", "as_json", is_flag=True, help="Print the decisions as JSON.")
@_errors
def explain(policy_path: Path, purpose: str, path: Path, as_json: bool) -> None:
    """Show, per column of PATH, the category, rule and transform the policy picks, and why.

    PATH is a table file or a classification saved with `privkit classify --save`.
    """
    from privkit.integrations.files import classify_file
    from privkit.integrations.tables import explain_table
    from privkit.policy import Protector

    # The plan protect would execute: the same classifier (the policy's scanner), the same
    # planner (the schema wins over the classifier). No keys are needed, nothing is changed.
    protector = Protector(policy_path)
    if path.suffix.lower() == ".json":
        result = _load_classification(path)
    else:
        _require_table(path, "explain")
        result = classify_file(path, scanner=protector.scanner)
    plan = explain_table(result, protector=protector, purpose=purpose)
    rows = []
    for c in result:
        d = plan[c.name]
        rows.append(
            {
                "column": c.name,
                "category": d.category,
                "source": d.source,
                "free_text": c.free_text,
                "rule": d.rule or "",
                "transform": d.transform,
                "rowwise": d.rowwise,
                "why": d.why,
            }
        )
    if as_json:
        click.echo(json.dumps({"purpose": purpose, "columns": rows}, indent=2))
        return
    from rich.table import Table

    table = Table(title=f"{path.name} for purpose {purpose!r}")
    for h in ("column", "category", "rule", "transform", "why"):
        table.add_column(h)
    for r in rows:
        cat = r["category"] or ("free text" if r["free_text"] else "-")
        table.add_row(r["column"], cat, r["rule"] or "-", r["transform"], r["why"])
    _console().print(table)
