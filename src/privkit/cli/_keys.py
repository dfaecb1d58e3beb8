"""``privkit keys``: manage keys."""

from __future__ import annotations

import os
from pathlib import Path

import click

from privkit.cli._main import _errors, main


@main.group()
def keys() -> None:
    """Manage keys."""


@keys.command("generate")
@click.option("--name", default="tokens", show_default=True, help="Key name (lower_snake).")
@click.option(
    "--bytes",
    "nbytes",
    type=click.IntRange(32, 1024),
    default=32,
    show_default=True,
    help="Key length in bytes.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a key file (mode 0600) instead of printing an environment line.",
)
@_errors
def keys_generate(name: str, nbytes: int, output: Path | None) -> None:
    """Generate a random key: prints PRIVKIT_KEY_<NAME>=<base64> or writes a key file."""
    from privkit.keys import generate_key

    if not name.replace("_", "").isalnum() or not name[:1].isalpha() or name.lower() != name:
        raise click.BadParameter(
            "use lower_snake_case, starting with a letter", param_hint="--name"
        )
    key = generate_key(nbytes)
    if output is None:
        click.echo(f"PRIVKIT_KEY_{name.upper()}={key}")
        return
    if output.exists():
        raise click.UsageError(f"{output}: exists; refusing to overwrite a key file")
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    click.echo(f"wrote key {name!r} to {output} (mode 0600)", err=True)
