# ruff: noqa: FBT001, PLR0917 - click passes options to commands as keyword arguments
"""``privkit protect``: protect a table file for a purpose."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import click

from privkit.cli._main import (
    _POLICY,
    _PURPOSE,
    EXIT_CONFIG,
    ExistingPath,
    _console,
    _errors,
    _is_table,
    _load_classification,
    _warnings_to_stderr,
    main,
)


def _protector(
    policy_path: Path, *, audit: Path | None, keys_dir: Path | None, strict: bool
) -> Any:
    from privkit.keys import KeyRing
    from privkit.policy import Protector, load_policy

    policy = load_policy(policy_path)
    # --keys-dir wins; else the policy's own key references (env/file/kms); else PRIVKIT_KEY_*.
    keys: KeyRing | None
    if keys_dir is not None:
        keys = KeyRing.from_files(keys_dir)
    elif policy.keys:
        keys = None
    else:
        keys = KeyRing.from_env()
    kwargs: dict[str, Any] = {"keys": keys, "strict": strict}
    if audit is not None:
        kwargs["audit"] = str(audit)
    return Protector(policy, **kwargs)


@main.command()
@click.argument("path", type=ExistingPath())
@_POLICY
@_PURPOSE
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file, written only when every row succeeded (its suffix picks the format).",
)
@click.option("--actor", help="Who runs the job (recorded in the audit log).")
@click.option("--audit", type=click.Path(dir_okay=False, path_type=Path), help="Audit log file.")
@click.option(
    "--keys-dir",
    type=ExistingPath(code=EXIT_CONFIG, directory=True),
    help="Directory of <name>.key files (default: the policy's keys section, else PRIVKIT_KEY_*).",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report (.json/.md/.html).",
)
@click.option(
    "--baseline",
    type=ExistingPath(),
    help="A classification saved with `privkit classify --save`: report schema drift.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 on personal data no rule covers, or (with --baseline) on a new personal-data "
    "column; without it, drift is a warning on stderr and in the report.",
)
@click.option(
    "--chunk-rows",
    type=click.IntRange(min=1),
    default=50_000,
    show_default=True,
    help="Rows per chunk (bounds memory).",
)
@click.option("--skip-bad-rows", is_flag=True, help="Leave bad rows out (listed in the report).")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress on stderr: a bar on a terminal, a line every few seconds elsewhere "
    "(default: on when stderr is a terminal).",
)
@_errors
def protect(
    path: Path,
    policy_path: Path,
    purpose: str,
    output: Path,
    actor: str | None,
    audit: Path | None,
    keys_dir: Path | None,
    report: Path | None,
    baseline: Path | None,
    strict: bool,
    chunk_rows: int,
    skip_bad_rows: bool,
    progress: bool | None,
) -> None:
    """Protect PATH for a purpose and write the result to OUTPUT.

    PATH is a table (.csv, .jsonl, .ndjson, .parquet: protected column by column, in chunks)
    or any other file, read as line-oriented text such as an application log (each line is
    scanned and its personal data transformed; one line in, one line out).
    """
    from privkit.integrations.files import protect_file

    show = sys.stderr.isatty() if progress is None else progress
    if not _is_table(path):
        if baseline is not None:
            raise click.UsageError("--baseline compares table columns; PATH is a text file")
        from privkit.cli._text import protect_text_file

        text_report = protect_text_file(
            path,
            output,
            protector=_protector(policy_path, audit=audit, keys_dir=keys_dir, strict=strict),
            purpose=purpose,
            actor=actor,
            skip_bad_lines=skip_bad_rows,
            progress=show,
        )
        if report is not None:
            text_report.write(report)
        click.echo(f"{path.name} -> {output.name}: {text_report.summary}")
        return
    protector = _protector(policy_path, audit=audit, keys_dir=keys_dir, strict=strict)
    said: list[str] = []
    with _warnings_to_stderr(said):  # schema drift without --strict: stderr and the report
        result = protect_file(
            path,
            output,
            protector=protector,
            purpose=purpose,
            actor=actor,
            chunk_rows=chunk_rows,
            baseline=_load_classification(baseline) if baseline is not None else None,
            bad_rows="skip" if skip_bad_rows else "fail",
            progress=show,
        )
    result = dataclasses.replace(result, warnings=tuple(said))
    if report is not None:
        result.write(report)
    _print_report(result)


def _print_report(result: Any) -> None:
    from rich.table import Table

    table = Table(
        title=f"{Path(result.source).name} -> {Path(result.output).name}: {result.summary}"
    )
    head, rows = result.table()
    for h in head:
        table.add_column(h, justify="right" if h in {"rows", "nulls", "changed"} else "left")
    for r in rows:
        table.add_row(*r)
    _console().print(table)
