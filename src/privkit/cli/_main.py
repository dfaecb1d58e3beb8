"""The ``privkit`` click group and what every command shares: options, exit codes, errors.

:data:`EXIT_CODES` is the one table of exit codes (shown by ``privkit --help`` and in
docs/integrations.md, which a test compares with it). Errors go to stderr and never contain
a personal-data value or key material.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import warnings
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

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_DATA = 65
EXIT_NO_INPUT = 66
EXIT_INTERNAL = 70
EXIT_CONFIG = 78

#: The one table of exit codes: (code, meaning). The BSD sysexits numbers where one fits.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "success (drift and warnings without --strict still exit 0)"),
    (EXIT_CHECK_FAILED, "a check failed: audit chain broken; --strict: unhandled PII or drift"),
    (EXIT_USAGE, "usage error: unknown command or option, bad option value"),
    (
        EXIT_DATA,
        "bad input data: malformed rows, invalid UTF-8, a file type the command does not read",
    ),
    (EXIT_NO_INPUT, "input missing: a data file, baseline, classification or audit log"),
    (EXIT_INTERNAL, "internal error (type only; PRIVKIT_DEBUG=1 shows the traceback)"),
    (EXIT_CONFIG, "bad configuration: policy or keys missing or invalid, extra not installed"),
)
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
    if isinstance(exc, MissingDependencyError) and exc.extra == "ner" and _has_option("no_ner"):
        # (the library's way out is a Python argument; the command's is its option)
        return exc.hint("pass --no-ner to scan for pattern entities only"), EXIT_CONFIG
    for kind, code in _EXIT_FOR:
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


def _has_option(name: str) -> bool:
    """Whether the command running now takes the option ``name``."""
    ctx = click.get_current_context(silent=True)
    return ctx is not None and any(p.name == name for p in ctx.command.params)


_EXIT_FOR: tuple[tuple[type[Exception], int], ...] = (
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


class _MissingInput(click.ClickException):
    """A data file named on the command line does not exist."""

    exit_code = EXIT_NO_INPUT

    def show(self, file: Any = None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"privkit: error: {self.format_message()}", err=True)


class _MissingConfig(_MissingInput):
    """A policy or key directory named on the command line does not exist."""

    exit_code = EXIT_CONFIG


class ExistingPath(click.Path):
    """A path that must exist; a missing one exits with ``code`` (66 input, 78 configuration)."""

    def __init__(self, *, code: int = EXIT_NO_INPUT, directory: bool = False) -> None:
        super().__init__(file_okay=not directory, dir_okay=directory, path_type=Path)
        self.code = code

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Check that the path exists, then let click check its kind."""
        if not os.path.lexists(value):
            what = "no such directory" if not self.file_okay else "no such file"
            kind = _MissingConfig if self.code == EXIT_CONFIG else _MissingInput
            raise kind(f"{value}: {what}")
        return super().convert(value, param, ctx)


def _is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


@contextlib.contextmanager
def _warnings_to_stderr(into: list[str]) -> Iterator[None]:
    """Print privkit warnings as ``privkit: warning: ...`` lines on stderr, and collect them."""
    from privkit.errors import PrivkitWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PrivkitWarning)
        try:
            yield
        finally:
            for w in caught:
                if issubclass(w.category, PrivkitWarning) and str(w.message) not in into:
                    into.append(str(w.message))
                    click.echo(f"privkit: warning: {w.message}", err=True)


def _require_table(path: Path, command: str) -> None:
    """Exit 65 (bad input data) when ``path`` is not a table file ``command`` can read."""
    if not _is_table(path):
        raise DataError(
            f"{command} reads tables (.csv, .jsonl, .ndjson, .parquet); "
            "for text use `privkit scan` or `privkit protect`",
            source=path.name,
        )


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
    type=ExistingPath(code=EXIT_CONFIG),
    help="Policy file (YAML, JSON or TOML).",
)
_PURPOSE = click.option(
    "--purpose", required=True, help="Purpose of processing (one the policy declares)."
)


def _exit_code_epilog() -> str:
    lines = ["Exit codes:"]
    lines += [f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES]
    return "\b\n" + "\n".join(lines)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=_exit_code_epilog(),
)
@click.version_option(__version__, prog_name="privkit")
def main() -> None:
    """Find, classify and protect personal data and persistent identifiers."""
