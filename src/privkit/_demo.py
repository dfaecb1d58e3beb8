"""The demo behind ``privkit demo`` (and ``make demo``): the main job on embedded defaults.

It generates a synthetic customer table, classifies its columns, protects it for two
purposes with an embedded policy, prints the reports, and shows and verifies the audit log.
Keys are generated in memory for the run; the audit log goes to a temporary directory.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["DEMO_POLICY", "PURPOSES", "run_demo"]

#: The two purposes the demo protects for.
PURPOSES = ("support", "analytics")

#: The embedded demo policy (YAML, as a governance team would write it).
DEMO_POLICY = """\
version: 1
name: customer-data-platform demo
description: Support sees masked contact data; analytics gets joinable tokens, no identities.
default: redact                       # personal data no rule covers is removed (fail closed)
purposes: [support, analytics]
schema:                               # columns declared not personal, and free text
  customer_id: none
  country: none
  plan: none
  lifetime_value: none
  notes: text
rules:
  - name: support-contact
    categories: [user.contact.email]
    purposes: [support]
    transform: {action: mask, mode: email}
  - name: support-phone
    categories: [user.contact.phone_number]
    purposes: [support]
    transform: {action: mask, keep_last: 4}
  - name: support-name
    categories: [user.name]
    purposes: [support]
    transform: {action: mask, keep_first: 1}
  - name: network-coarse
    categories: [user.device.ip_address]
    purposes: [support, analytics]
    transform: {action: generalize, kind: ip}
  - name: analytics-join-keys
    categories: [user.contact.email, user.device.mac_address, user.device.device_id,
                 user.device.cookie_id, user.unique_id.advertising]
    purposes: [analytics]
    transform: {action: tokenize, key: tokens, entity_prefix: true}
  - name: analytics-phone
    categories: [user.contact.phone_number]
    purposes: [analytics]
    transform: {action: hash, key: tokens, length: 16}
"""

_SHOWN = ("full_name", "email", "phone", "ip_addr", "mac", "device_imei", "idfa", "gaid", "notes")


def _policy() -> Any:
    import yaml

    from privkit.policy import Policy

    return Policy.from_dict(yaml.safe_load(DEMO_POLICY), source="<demo policy>")


def _cell(value: Any, width: int = 38) -> str:
    if value is None or (isinstance(value, float) and value != value):  # noqa: PLR0124 - NaN
        return "-"
    text = str(value)
    if not text:
        return "''"
    return text if len(text) <= width else text[: width - 1] + "…"


def _require_extras() -> None:
    """Fail before any work when an extra the demo runs on is missing (it runs every layer)."""
    from privkit.errors import MissingDependencyError

    try:
        import pandas as pd  # noqa: F401
        import pydantic  # noqa: F401 - the policy extra
        import yaml  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(f"the demo (no {exc.name})", extra="all") from exc


def run_demo(console: Console, *, rows: int = 200, seed: int = 7) -> None:
    """Classify and protect a synthetic customer table for two purposes; show report and audit.

    Args:
        console: where to print (a ``rich`` console).
        rows: rows in the synthetic table.
        seed: seed of the table generator.

    Raises:
        MissingDependencyError: an extra the demo needs is not installed (it runs every
            layer: ``privkit-pii[all]``).
    """
    _require_extras()
    import pandas as pd
    from rich.panel import Panel
    from rich.table import Table

    from privkit.audit import read_events, verify
    from privkit.data import sample_customers
    from privkit.integrations.tables import classify_table, protect_table_report
    from privkit.keys import KeyRing
    from privkit.policy import Protector

    workdir = Path(tempfile.mkdtemp(prefix="privkit-demo-"))
    audit_log = workdir / "audit.jsonl"
    console.print(
        Panel.fit(
            f"privkit demo: a synthetic customer table ({rows} rows, seed {seed}) with contact "
            "data,\npersistent identifiers (IPv4/IPv6, MAC, IDFA/GAID, IMEI, cookie IDs, user "
            "agents) and free-text notes.\n"
            "Keys are generated in memory for this run only (never put keys in code or policy "
            "files).\n"
            f"Audit log: {audit_log}",
            title="privkit demo",
        )
    )
    df = pd.DataFrame(sample_customers(rows, seed=seed))

    # 1. classify
    classification = classify_table(df, seed=seed)
    table = Table(title="1. Column classification (name and value evidence; values not shown)")
    for h in ("column", "dtype", "category", "confidence", "evidence"):
        table.add_column(h)
    for col in classification:
        category = str(col.category) if col.category else ("free text" if col.free_text else "-")
        table.add_row(col.name, col.dtype, category, f"{col.confidence:.2f}", col.reason)
    console.print(table)

    # 2. protect for each purpose
    keys = KeyRing.generate("tokens", "audit")
    protector = Protector(_policy(), keys=keys, audit=audit_log)
    for number, purpose in enumerate(PURPOSES, start=2):
        done = protect_table_report(
            df, protector=protector, purpose=purpose, actor="privkit-demo",
            classification=classification,
        )  # fmt: skip
        out, outcomes = done.table, done.columns
        report = Table(title=f"{number}. Protected for purpose {purpose!r}: report")
        for h in ("column", "category", "rule", "transform", "rows", "changed"):
            report.add_column(h, justify="right" if h in {"rows", "changed"} else "left")
        for o in outcomes:
            report.add_row(
                o.name, str(o.category or "-"), o.rule or "-", o.transform, str(o.rows),
                str(o.changed),
            )  # fmt: skip
        console.print(report)
        sample = Table(title=f"first rows for {purpose!r} (protected output)")
        sample.add_column("column")
        for i in range(min(3, len(out))):
            sample.add_column(f"row {i}")
        for name in _SHOWN:
            sample.add_row(name, *(_cell(v) for v in out[name].tolist()[:3]))
        console.print(sample)

    # 3. audit
    events = list(read_events(audit_log, keys=keys))
    audit = Table(
        title=f"{len(PURPOSES) + 2}. Audit log (JSON lines chained with a keyed MAC; no values)"
    )
    for h in ("seq", "kind", "purpose", "actor", "records", "fields", "transforms"):
        audit.add_column(h)
    for seq, event in enumerate(events):
        counts = event.get("counts") or {}
        actor = event.get("actor") or {}
        audit.add_row(
            str(seq),
            str(event.get("kind", "")),
            str(event.get("purpose", "")),
            str(actor.get("name", "-") if isinstance(actor, dict) else actor),
            str(event.get("records", "")),
            str(len(event.get("fields") or ())),
            ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
        )
    console.print(audit)
    result = verify(audit_log, keys=keys)
    status = "intact" if result.ok else f"BROKEN ({result.reason})"
    console.print(f"audit chain {status}: {result.count} events verified in {audit_log}")
    console.print(
        "Next: privkit classify FILE, privkit protect FILE --policy P --purpose X -o OUT, "
        "privkit audit verify LOG (see docs/getting-started.md)."
    )
