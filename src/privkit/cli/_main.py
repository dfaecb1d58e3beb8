"""The ``privkit`` click group and what every command shares: options, exit codes, errors.

Exit codes: 0 success; 1 a check failed (audit chain broken, new personal data in strict
mode); 2 usage error; 65 bad input data; 66 input missing; 70 internal error; 78 bad
configuration (policy, keys). Errors go to stderr and never contain a personal-data value
or key material.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from privkit._version import __version__
from privkit.errors import (
    ConfigError,
    DataError,
    MissingDependencyError,
    PrivkitError,
    UnhandledPIIError,
)

try:
    import click
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError("the privkit command line", extra="cli") from exc

if TYPE_CHECKING:
    from rich.console import Console

EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_DATA = 65
EXIT_NO_INPUT = 66
EXIT_INTERNAL = 70
EXIT_CONFIG = 78
TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".ndjson", ".parquet", ".pq"})

F = TypeVar("F", bound=Callable[..., Any])


def _console(*, stderr: bool = False) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else 120
    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"privkit: error: {message}", err=True)
    raise SystemExit(code)


def _describe(exc: Exception) -> tuple[str, int]:
    """Return a value-free message and the exit code for an exception."""
    for kind, code in _EXIT_CODES:
        if isinstance(exc, kind):
            text = str(exc) or type(exc).__name__
            if kind is PrivkitError:
                text = f"{type(exc).__name__}: {text}" if str(exc) else text
            return text, code
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename}: no such file", EXIT_NO_INPUT
    if isinstance(exc, OSError | UnicodeError):
        return f"{type(exc).__name__} while reading or writing files", EXIT_DATA
    # The message of a foreign exception may quote data: print its type only.
    return (
        f"internal error ({type(exc).__name__}); set PRIVKIT_DEBUG=1 for the traceback",
        EXIT_INTERNAL,
    )


_EXIT_CODES: tuple[tuple[type[Exception], int], ...] = (
    (DataError, EXIT_DATA),
    (UnhandledPIIError, EXIT_CHECK_FAILED),
    (MissingDependencyError, EXIT_CONFIG),
    (ConfigError, EXIT_CONFIG),
    (PrivkitError, EXIT_CHECK_FAILED),
)


def _errors(func: F) -> F:
    """Map errors to exit codes and value-free messages on stderr."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit):
            raise
        except Exception as exc:
            if os.environ.get("PRIVKIT_DEBUG"):
                raise
            message, code = _describe(exc)
            _fail(message, code)

    return wrapper  # type: ignore[return-value]


def _scanner(entities: str | None, min_score: float, *, ner: bool) -> Any:
    from privkit.detect import PATTERN_ENTITIES, Scanner

    ents: list[str] | None
    if entities:
        ents = [e.strip().upper() for e in entities.split(",") if e.strip()]
    elif not ner:
        ents = sorted(str(e) for e in PATTERN_ENTITIES if str(e) != "DATE_TIME")
    else:
        ents = None
    return Scanner(entities=ents, min_score=min_score)


def _is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


def _text_lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                yield number, raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                raise DataError("invalid UTF-8 bytes", source=path.name, row=number) from None


def _load_classification(path: Path) -> Any:
    from privkit.integrations.tables import TableClassification

    return TableClassification.from_json(path.read_text(encoding="utf-8"))


def _print_classification(result: Any, title: str) -> None:
    from rich.table import Table

    table = Table(title=title)
    head, rows = result.table()
    for col in head:
        table.add_column(col)
    for row in rows:
        table.add_row(*row)
    _console().print(table)


_POLICY = click.option(
    "--policy",
    "policy_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Policy file (YAML, JSON or TOML).",
)
_PURPOSE = click.option("--purpose", required=True, help="Purpose of processing.")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="privkit")
def main() -> None:
    """Find, classify and protect personal data and persistent identifiers."""
