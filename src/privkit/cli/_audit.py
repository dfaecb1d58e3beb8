"""``privkit audit``: work with audit logs."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from privkit.cli._main import (
    EXIT_CHECK_FAILED,
    ExistingPath,
    _errors,
    _fail,
    main,
)

if TYPE_CHECKING:
    from pathlib import Path


@main.group()
def audit() -> None:
    """Work with audit logs."""


@audit.command("verify")
@click.argument("log", type=ExistingPath())
@_errors
def audit_verify(log: Path) -> None:
    """Verify the hash chain of an audit log; exit 1 if any event was altered."""
    from privkit.audit import verify

    result = verify(log)
    if not result.ok:
        where = f" at line {result.first_bad_line}" if result.first_bad_line else ""
        _fail(f"{log.name}: audit chain broken{where}: {result.reason}", EXIT_CHECK_FAILED)
    click.echo(f"{log.name}: audit chain intact ({result.count} events)")
