# ruff: noqa: FBT001, PLR0917 - click passes options to commands as keyword arguments
"""``privkit lint`` (review a policy) and ``privkit init`` (draft a policy from a table)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import click

from privkit.cli._main import (
    EXIT_CHECK_FAILED,
    EXIT_CONFIG,
    ExistingPath,
    _console,
    _errors,
    _fail,
    _require_table,
    _scanner,
    main,
)


@main.command()
@click.argument("policy_path", metavar="POLICY", type=ExistingPath(code=EXIT_CONFIG))
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too (default: only on errors).")
@click.option("--json", "as_json", is_flag=True, help="Print the issues as JSON.")
@_errors
def lint(policy_path: Path, strict: bool, as_json: bool) -> None:
    """Check a policy file: it must load, then review what a reviewer should see.

    A policy that does not load exits 78 with every problem and its location. Lint issues
    (categories no rule covers, rules that never fire, unknown transforms, undeclared keys,
    a `keep` default, ...) are printed; errors exit 1, warnings too with --strict.
    """
    from privkit.policy import lint as lint_policy
    from privkit.policy import load_policy

    issues = lint_policy(load_policy(policy_path))
    if as_json:
        out = [
            {"severity": i.severity, "code": i.code, "loc": i.loc, "message": i.message}
            for i in issues
        ]
        click.echo(json.dumps({"policy": str(policy_path), "issues": out}, indent=2))
    else:
        for issue in issues:
            click.echo(f"{policy_path.name}: {issue}")
        counts = {s: sum(i.severity == s for i in issues) for s in ("error", "warning", "info")}
        click.echo(
            f"{policy_path.name}: loads; {counts['error']} errors, {counts['warning']} warnings, "
            f"{counts['info']} notes"
        )
    failing = {"error", "warning"} if strict else {"error"}
    bad = [i for i in issues if i.severity in failing]
    if bad:
        _fail(f"{policy_path.name}: {len(bad)} lint issue(s) fail the check", EXIT_CHECK_FAILED)


# A reviewable first choice per category (most specific prefix wins); everything else is
# tokenized with the `tokens` key: one-way, keyed, and still joinable across tables.
_DRAFT_TRANSFORMS: tuple[tuple[str, str], ...] = (
    ("user.authorization", "redact"),
    ("user.device.ip_address", "{action: generalize, kind: ip}"),
    ("user.date", "{action: generalize, kind: date, date_level: month}"),
    ("user.contact.address", "redact"),
    ("user.location", "redact"),
    ("user.device.user_agent", "redact"),
)
_DEFAULT_DRAFT = "{action: tokenize, key: tokens}"


def _draft_transform(category: str) -> str:
    for prefix, transform in _DRAFT_TRANSFORMS:
        if category == prefix or category.startswith(prefix + "."):
            return transform
    return _DEFAULT_DRAFT


def _yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML flow scalar


def draft_policy(result: Any, *, purposes: list[str], source: str) -> str:
    """Return a policy (YAML text) declaring every column of ``result``, for a human to edit."""
    from privkit.policy._paths import Glob

    cats = sorted({str(c.category) for c in result if c.category is not None})
    lines = [
        f"# Draft policy for {source}, written by `privkit init`. Review every line:",
        "# `none` columns are never scanned, so check that they really hold no personal data.",
        "version: 1",
        f"name: {_yaml_str('draft for ' + source)}",
        f"purposes: [{', '.join(purposes)}]",
        "default: redact          # personal data no rule covers is redacted (fail closed)",
    ]
    if any(_draft_transform(c) == _DEFAULT_DRAFT for c in cats):
        lines += [
            "keys:                    # references only: `privkit keys generate --name tokens`",
            "  tokens: {source: env, name: PRIVKIT_KEY_TOKENS}",
        ]
    lines.append("schema:")
    for col in result:
        if col.category is not None:
            target, why = str(col.category), col.reason or "classified"
        elif col.free_text:
            target, why = "text", "free text: scanned value by value"
        else:
            target, why = "none", "no personal data found in the sample"
        try:
            Glob.parse(col.name)
        except ValueError:
            lines.append(f"  # {_yaml_str(col.name)} cannot be named in a schema; edit by hand")
            continue
        lines.append(f"  {_yaml_str(col.name)}: {target}    # {why}".replace("\n", " "))
    lines.append("rules:" if cats else "rules: []")
    for cat in cats:
        lines += [
            f"  - name: {cat}",
            f"    categories: [{cat}]",
            f"    purposes: [{', '.join(purposes)}]",
            f"    transform: {_draft_transform(cat)}",
        ]
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("path", type=ExistingPath())
@click.option(
    "--purpose",
    "purposes",
    multiple=True,
    default=["analytics"],
    show_default=True,
    help="Purpose the draft declares (repeat for several).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the draft here (refuses to overwrite) instead of printing it.",
)
@click.option("--sample-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Rows sampled to classify the columns.")  # fmt: skip
@click.option("--seed", type=int, default=0, show_default=True, help="Sampling seed.")
@click.option("--no-ner", is_flag=True, help="Patterns only: names/places by column name only.")
@_errors
def init(
    path: Path,
    purposes: tuple[str, ...],
    output: Path | None,
    sample_size: int,
    seed: int,
    no_ner: bool,
) -> None:
    """Draft a policy from a table: every column declared, a rule for each category found.

    The draft loads as it is (it is validated before it is written) and is meant to be
    reviewed and edited: check the `none` columns, and pick the transform for each rule.
    """
    from privkit.integrations.files import _atomic_write_text, classify_file
    from privkit.policy._load import parse_text, validate

    _require_table(path, "init")
    result = classify_file(
        path, sample_size=sample_size, seed=seed, scanner=_scanner(None, 0.3, ner=not no_ner)
    )
    text = draft_policy(result, purposes=list(dict.fromkeys(purposes)), source=path.name)
    validate(parse_text(text, fmt="yaml", source="draft"), source="draft")
    if output is None:
        click.echo(text, nl=False)
        return
    if os.path.lexists(output):
        raise click.UsageError(f"{output}: exists; refusing to overwrite")
    _atomic_write_text(output, text)
    _console(stderr=True).print(
        f"wrote a draft policy for {len(result)} columns to {output}; "
        f"review it, then: privkit lint {output}"
    )
