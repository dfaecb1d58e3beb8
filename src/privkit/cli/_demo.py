"""``privkit demo``: run the main job on embedded defaults, or write its sample files."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import click

from privkit.cli._main import _console, _errors, main


def write_samples(directory: Path, *, rows: int, seed: int) -> list[Path]:
    """Write the synthetic ``customers.csv`` and the sample ``app.log`` into ``directory``."""
    from privkit.data import sample_customers, sample_log_path
    from privkit.integrations.files import _atomic_write_text

    directory.mkdir(parents=True, exist_ok=True)
    table, log = directory / "customers.csv", directory / "app.log"
    for path in (table, log):
        if path.exists():
            raise click.UsageError(f"{path}: exists; refusing to overwrite")
    records = sample_customers(rows, seed=seed)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(records[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    _atomic_write_text(table, buf.getvalue())
    shutil.copyfile(sample_log_path(), log)
    return [table, log]


@main.command()
@click.option(
    "--rows",
    type=click.IntRange(1, 100_000),
    default=200,
    show_default=True,
    help="Rows of the synthetic customer table.",
)
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the synthetic data.")
@click.option(
    "--write-samples",
    "samples_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the synthetic customers.csv and app.log into this directory (to try the "
    "other commands on) instead of running the demo.",
)
@_errors
def demo(rows: int, seed: int, samples_dir: Path | None) -> None:
    """Run the main job on embedded defaults: classify and protect a sample customer table."""
    if samples_dir is not None:
        for path in write_samples(samples_dir, rows=rows, seed=seed):
            click.echo(f"wrote {path}")
        return
    from privkit._demo import run_demo

    run_demo(_console(), rows=rows, seed=seed)
