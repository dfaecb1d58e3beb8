"""``privkit demo``: run the main job on embedded defaults."""

from __future__ import annotations

import click

from privkit.cli._main import _console, _errors, main


@main.command()
@click.option(
    "--rows",
    type=click.IntRange(1, 100_000),
    default=200,
    show_default=True,
    help="Rows of the synthetic customer table.",
)
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the synthetic data.")
@_errors
def demo(rows: int, seed: int) -> None:
    """Run the main job on embedded defaults: classify and protect a sample customer table."""
    from privkit._demo import run_demo

    run_demo(_console(), rows=rows, seed=seed)
