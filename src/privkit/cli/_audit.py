"""``privkit audit``: verify audit logs and take keyed checkpoints of them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from privkit.cli._main import (
    EXIT_CHECK_FAILED,
    EXIT_CONFIG,
    ExistingPath,
    _errors,
    _fail,
    _MissingInput,
    main,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from privkit.keys import KeyRing


@main.group()
def audit() -> None:
    """Work with audit logs (chained with a keyed MAC under the 'audit' key)."""


def _key_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option(
        "--key",
        "key_name",
        default="audit",
        show_default=True,
        help="Name of the audit key in the key ring.",
    )(func)
    func = click.option(
        "--policy",
        "policy_path",
        type=ExistingPath(code=EXIT_CONFIG),
        help="Take the audit key from this policy's keys section.",
    )(func)
    return click.option(
        "--keys-dir",
        type=ExistingPath(code=EXIT_CONFIG, directory=True),
        help="Directory of <name>.key files (default: --policy, else PRIVKIT_KEY_AUDIT).",
    )(func)


def _ring(keys_dir: Path | None, policy_path: Path | None) -> KeyRing:
    from privkit.keys import KeyRing

    if keys_dir is not None:
        return KeyRing.from_files(keys_dir)
    if policy_path is not None:
        from privkit.policy import Protector

        return Protector(policy_path).keys
    return KeyRing.from_env()


@audit.command("verify")
@click.argument("log", type=click.Path(dir_okay=False, path_type=Path))
@_key_options
@click.option(
    "--checkpoint",
    "checkpoint_text",
    help="A head printed by 'privkit audit checkpoint': the log must still contain it.",
)
@click.option(
    "--min-count",
    type=click.IntRange(min=0),
    default=0,
    help="Fail when the log holds fewer events (detects truncation and rollback).",
)
@click.option("--allow-empty", is_flag=True, help="Accept an empty or missing log.")
@_errors
def audit_verify(  # noqa: PLR0917 - click passes options as arguments
    log: Path,
    keys_dir: Path | None,
    policy_path: Path | None,
    key_name: str,
    checkpoint_text: str | None,
    min_count: int,
    allow_empty: bool,  # noqa: FBT001 - a click flag
) -> None:
    """Verify the keyed chain of an audit log; exit 1 if any event was altered or is missing.

    Events cut off the end of the log, or an older copy put in its place, are found only
    against a checkpoint kept elsewhere (--checkpoint) or an expected count (--min-count).
    """
    from privkit.audit import verify

    if not allow_empty and not log.exists():
        raise _MissingInput(f"{log}: no such file")
    result = verify(
        log,
        keys=_ring(keys_dir, policy_path),
        key=key_name,
        checkpoint=checkpoint_text,
        min_count=min_count,
        allow_empty=allow_empty,
    )
    if not result.ok:
        where = f" at line {result.first_bad_line}" if result.first_bad_line else ""
        _fail(f"{log.name}: audit chain broken{where}: {result.reason}", EXIT_CHECK_FAILED)
    for line in result.recovered:
        click.echo(
            f"{log.name}: line {line} was left incomplete by a crashed writer; the next write "
            "recorded it (audit.recovered) and the chain continues",
            err=True,
        )
    click.echo(f"{log.name}: audit chain intact ({result.count} events)")
    if result.head:
        click.echo(f"head: {result.head}")


@audit.command("checkpoint")
@click.argument("log", type=ExistingPath())
@_key_options
@_errors
def audit_checkpoint(
    log: Path, keys_dir: Path | None, policy_path: Path | None, key_name: str
) -> None:
    """Print the keyed head of a verified log; keep it elsewhere and pass it to verify.

    The head holds the event count and the keyed MAC of the last event: no key material,
    and no other log can match it without the key.
    """
    from privkit.audit import checkpoint

    click.echo(checkpoint(log, keys=_ring(keys_dir, policy_path), key=key_name))
