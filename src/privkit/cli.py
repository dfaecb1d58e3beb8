# ruff: noqa: FBT001, PLR0917 - click passes options to commands as keyword arguments
"""The ``privkit`` command line: scan, classify, protect, explain, keys, audit and demo.

Exit codes: 0 success; 1 a check failed (audit chain broken, new personal data in strict
mode); 2 usage error; 65 bad input data; 66 input missing; 70 internal error; 78 bad
configuration (policy, keys). Errors go to stderr and never contain a personal-data value
or key material.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

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

__all__ = ["main"]

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


def _text_lines(path: Path) -> Any:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                yield number, raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                raise DataError("invalid UTF-8 bytes", source=path.name, row=number) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="privkit", prog_name="privkit")
def main() -> None:
    """Find, classify and protect personal data and persistent identifiers."""


# ------------------------------------------------------------------------------------------- scan


def _scan_text(path: Path, scanner: Any, *, details: bool) -> tuple[dict[str, Any], list[Any]]:
    import itertools

    per_entity: Counter[str] = Counter()
    lines_with: Counter[str] = Counter()
    located: list[Any] = []
    lines = 0
    numbered = _text_lines(path)
    while batch := list(itertools.islice(numbered, 10_000)):  # bounded memory on big files
        texts = [t for _, t in batch]
        for (number, _), findings in zip(batch, scanner.scan_many(texts), strict=True):
            lines += 1
            for ent in {str(f.entity_type) for f in findings}:
                lines_with[ent] += 1
            for f in findings:
                per_entity[str(f.entity_type)] += 1
                if details:
                    located.append((number, f))
    summary = {
        "path": str(path),
        "kind": "text",
        "lines": lines,
        "findings": sum(per_entity.values()),
        "entities": {
            e: {"findings": c, "lines": lines_with[e]} for e, c in per_entity.most_common()
        },
    }
    return summary, located


def _scan_table(path: Path, scanner: Any, chunk_rows: int) -> dict[str, Any]:
    from privkit.integrations.files import read_chunks

    counts: dict[str, Counter[str]] = {}
    rows = 0
    for chunk in read_chunks(path, chunk_rows=chunk_rows):
        if isinstance(chunk, list):
            from privkit.integrations.tables import _flatten

            columns: dict[str, list[Any]] = {}
            for rec in chunk:
                _flatten(rec, columns)
            rows += len(chunk)
        else:
            columns = {n: chunk.column(n).to_pylist() for n in chunk.schema.names}
            rows += chunk.num_rows
        for name, values in columns.items():
            texts = [
                v if isinstance(v, str) else str(v)
                for v in values
                if v is not None and not isinstance(v, bool)
            ]
            unique = list(dict.fromkeys(texts))
            cells = Counter(texts)
            counter = counts.setdefault(name, Counter())
            for text, findings in zip(unique, scanner.scan_many(unique), strict=True):
                for ent in {str(f.entity_type) for f in findings}:
                    counter[ent] += cells[text]
    return {
        "path": str(path),
        "kind": "table",
        "rows": rows,
        "columns": {name: {"cells_with": dict(c.most_common())} for name, c in counts.items()},
    }


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--entities", help="Comma-separated entity types (default: all).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.5, show_default=True)
@click.option("--no-ner", is_flag=True, help="Patterns only: skip names/places (no spaCy).")
@click.option("--details", is_flag=True, help="List each finding's location (never its value).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
@click.option("--chunk-rows", type=click.IntRange(min=1), default=50_000, show_default=True)
@_errors
def scan(
    path: Path,
    entities: str | None,
    min_score: float,
    no_ner: bool,
    details: bool,
    as_json: bool,
    chunk_rows: int,
) -> None:
    """Scan a text file or a table (CSV, JSON lines, Parquet) and summarise the findings."""
    scanner = _scanner(entities, min_score, ner=not no_ner)
    if _is_table(path):
        summary = _scan_table(path, scanner, chunk_rows)
        located: list[Any] = []
    else:
        summary, located = _scan_text(path, scanner, details=details)
    if as_json:
        if details and located:
            summary["locations"] = [
                {"line": n, "start": f.start, "end": f.end, "entity": str(f.entity_type),
                 "score": round(f.score, 3), "detector": f.detector}
                for n, f in located
            ]  # fmt: skip
        click.echo(json.dumps(summary, indent=2))
        return
    _print_scan(summary, located)


def _print_scan(summary: dict[str, Any], located: list[Any]) -> None:
    from rich.table import Table

    console = _console()
    if summary["kind"] == "text":
        name = Path(summary["path"]).name
        table = Table(title=f"{name}: {summary['findings']} findings in {summary['lines']} lines")
        table.add_column("entity")
        table.add_column("category")
        table.add_column("findings", justify="right")
        table.add_column("lines", justify="right")
        from privkit.types import CATEGORY_OF, EntityType

        for ent, info in summary["entities"].items():
            table.add_row(
                ent, str(CATEGORY_OF[EntityType(ent)]), str(info["findings"]), str(info["lines"])
            )
        console.print(table)
        if located:
            loc = Table(title="locations (values not shown)")
            for col in ("line", "span", "entity", "score", "detector"):
                loc.add_column(col)
            for n, f in located:
                loc.add_row(
                    str(n), f"{f.start}-{f.end}", str(f.entity_type), f"{f.score:.2f}", f.detector
                )
            console.print(loc)
    else:
        table = Table(title=f"{Path(summary['path']).name}: {summary['rows']} rows")
        table.add_column("column")
        table.add_column("cells with findings (by entity)")
        for name, info in summary["columns"].items():
            cells = ", ".join(f"{e} {c}" for e, c in info["cells_with"].items()) or "-"
            table.add_row(name, cells)
        console.print(table)


# --------------------------------------------------------------------------------------- classify


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


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--sample-size", type=click.IntRange(min=1), default=1000, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--no-ner", is_flag=True, help="Patterns only: names/places by column name only.")
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path), help="Save as JSON.")
@click.option(
    "--baseline",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compare with a saved classification and report drift.",
)
@click.option("--strict", is_flag=True, help="With --baseline: exit 1 on a new PII column.")
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


# ---------------------------------------------------------------------------------------- protect


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


_POLICY = click.option(
    "--policy",
    "policy_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Policy file (YAML, JSON or TOML).",
)
_PURPOSE = click.option("--purpose", required=True, help="Purpose of processing.")


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_POLICY
@_PURPOSE
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--actor", help="Who runs the job (recorded in the audit log).")
@click.option("--audit", type=click.Path(dir_okay=False, path_type=Path), help="Audit log file.")
@click.option(
    "--keys-dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Directory of <name>.key files (default: the policy's keys section, else PRIVKIT_KEY_*).",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report (.json/.md/.html).",
)
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True, help="Fail on PII no rule covers or a new PII column.")
@click.option("--chunk-rows", type=click.IntRange(min=1), default=50_000, show_default=True)
@click.option("--skip-bad-rows", is_flag=True, help="Leave bad rows out (listed in the report).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a TTY).")
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
    """Protect a table file for a purpose and write the result to OUTPUT."""
    from privkit.integrations.files import protect_file

    if not _is_table(path):
        raise click.UsageError(f"{path.name}: expected a .csv, .jsonl, .ndjson or .parquet file")
    protector = _protector(policy_path, audit=audit, keys_dir=keys_dir, strict=strict)
    result = protect_file(
        path,
        output,
        protector=protector,
        purpose=purpose,
        actor=actor,
        chunk_rows=chunk_rows,
        baseline=_load_classification(baseline) if baseline is not None else None,
        bad_rows="skip" if skip_bad_rows else "fail",
        progress=sys.stderr.isatty() if progress is None else progress,
    )
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


# ---------------------------------------------------------------------------------------- explain


@main.command()
@_POLICY
@_PURPOSE
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@_errors
def explain(policy_path: Path, purpose: str, path: Path, as_json: bool) -> None:
    """Show, per column of PATH, the category, rule and transform the policy picks, and why.

    PATH is a table file or a classification saved with `privkit classify --save`.
    """
    from privkit.integrations.files import classify_file
    from privkit.keys import KeyRing
    from privkit.policy import Protector, load_policy

    if path.suffix.lower() == ".json":
        result = _load_classification(path)
    else:
        result = classify_file(path, scanner=_scanner(None, 0.3, ner=True))
    policy = load_policy(policy_path)
    # explain transforms nothing: throwaway keys stand in for the real ones.
    names = {r.transform.key_name for r in policy.rules} | {policy.default.key_name}
    names |= {r.then.key_name for r in policy.retention} | set(policy.keys)
    protector = Protector(policy, keys=KeyRing.generate(*sorted(n for n in names if n)))
    plan = protector.plan(
        {c.name: None if c.category is None else str(c.category) for c in result}, purpose=purpose
    )
    rows = []
    for c in result:
        d = plan[c.name]
        transform = getattr(d, "transform", "")
        rows.append(
            {
                "column": c.name,
                "category": None if c.category is None else str(c.category),
                "free_text": c.free_text,
                "rule": str(getattr(d, "rule", "") or ""),
                "transform": str(getattr(transform, "name", transform) or ""),
                "why": str(getattr(d, "why", "") or ""),
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


# ------------------------------------------------------------------------------------ keys, audit


@main.group()
def keys() -> None:
    """Manage keys."""


@keys.command("generate")
@click.option("--name", default="tokens", show_default=True, help="Key name (lower_snake).")
@click.option("--bytes", "nbytes", type=click.IntRange(32, 1024), default=32, show_default=True)
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


@main.group()
def audit() -> None:
    """Work with audit logs."""


@audit.command("verify")
@click.argument("log", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_errors
def audit_verify(log: Path) -> None:
    """Verify the hash chain of an audit log; exit 1 if any event was altered."""
    from privkit.audit import verify

    result = verify(log)
    if not result.ok:
        where = f" at line {result.first_bad_line}" if result.first_bad_line else ""
        _fail(f"{log.name}: audit chain broken{where}: {result.reason}", EXIT_CHECK_FAILED)
    click.echo(f"{log.name}: audit chain intact ({result.count} events)")


# ------------------------------------------------------------------------------------------- demo


@main.command()
@click.option("--rows", type=click.IntRange(1, 100_000), default=200, show_default=True)
@click.option("--seed", type=int, default=7, show_default=True)
@_errors
def demo(rows: int, seed: int) -> None:
    """Run the main job on embedded defaults: classify and protect a sample customer table."""
    from privkit._demo import run_demo

    run_demo(_console(), rows=rows, seed=seed)


if __name__ == "__main__":  # pragma: no cover
    main()
