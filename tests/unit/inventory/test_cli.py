"""``privkit inventory`` on the command line: outputs and exit codes."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from privkit.cli import main


@pytest.fixture
def runner():
    return CliRunner()


NO_NER = ["--no-ner"]  # a pattern scanner keeps these tests fast


def test_writes_json_and_report(runner, sqlite_db, tmp_path):
    out, page = tmp_path / "map.json", tmp_path / "map.html"
    result = runner.invoke(
        main,
        [
            "inventory",
            f"app=sqlite:///{sqlite_db}",
            "--json",
            str(out),
            "--report",
            str(page),
            *NO_NER,
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["format"] == "privkit-inventory"
    assert data["sources"][0]["name"] == "app"
    assert "<!DOCTYPE html>" in page.read_text()
    assert "user.contact.email" in result.output
    assert "skipped table paid" in result.stderr


def test_baseline_drift_warns_and_fails_only_with_strict(runner, sqlite_db, tmp_path):
    base = tmp_path / "base.json"
    assert (
        runner.invoke(
            main, ["inventory", f"sqlite:///{sqlite_db}", "--json", str(base), "-q", *NO_NER]
        ).exit_code
        == 0
    )
    same = runner.invoke(
        main, ["inventory", f"sqlite:///{sqlite_db}", "--baseline", str(base), "-q", *NO_NER]
    )
    assert same.exit_code == 0
    assert "drift: none" in same.output
    con = sqlite3.connect(sqlite_db)
    con.execute("ALTER TABLE orders ADD COLUMN buyer TEXT")
    con.execute("UPDATE orders SET buyer = 'b' || id || '@example.com'")
    con.commit()
    con.close()
    args = ["inventory", f"sqlite:///{sqlite_db}", "--baseline", str(base), "-q", *NO_NER]
    assert runner.invoke(main, args).exit_code == 0  # a warning without --strict
    drift = runner.invoke(main, [*args, "--strict"])
    assert drift.exit_code == 1
    assert "drift: new" in drift.output
    assert "orders.buyer" in drift.output


def test_policy_gaps_print_a_draft_and_fail_with_strict(runner, sqlite_db, tmp_path):
    policy = tmp_path / "p.json"
    policy.write_text(
        json.dumps(
            {"version": 1, "purposes": ["support"], "schema": {"email": "user.contact.email"}}
        )
    )
    args = ["inventory", f"sqlite:///{sqlite_db}", "--policy", str(policy), "-q", *NO_NER]
    assert runner.invoke(main, args).exit_code == 0
    result = runner.invoke(main, [*args, "--strict"])
    assert result.exit_code == 1
    assert "policy: undeclared" in result.output
    assert "schema:\n  " in result.output
    assert "ip_addr: user.device.ip_address" in result.output


def test_unreachable_source_exits_66_but_writes_the_map(runner, tmp_path, sqlite_db):
    out = tmp_path / "m.json"
    result = runner.invoke(
        main,
        [
            "inventory",
            f"a=sqlite:///{sqlite_db}",
            f"b=sqlite:///{tmp_path}/nope.db",
            "--json",
            str(out),
            "-q",
            *NO_NER,
        ],
    )
    assert result.exit_code == 66
    assert "skipped source b" in result.stderr
    assert json.loads(out.read_text())["summary"]["tables"] == 2


def test_bad_baseline_is_a_config_error(runner, tmp_path, sqlite_db):
    bad = tmp_path / "b.json"
    bad.write_text("[]")
    result = runner.invoke(
        main, ["inventory", f"sqlite:///{sqlite_db}", "--baseline", str(bad), *NO_NER]
    )
    assert result.exit_code == 78


def test_mixed_labels_are_a_usage_error(runner, sqlite_db):
    result = runner.invoke(
        main, ["inventory", f"a=sqlite:///{sqlite_db}", f"sqlite:///{sqlite_db}"]
    )
    assert result.exit_code == 2


def test_strict_needs_a_check(runner, sqlite_db):
    assert runner.invoke(main, ["inventory", f"sqlite:///{sqlite_db}", "--strict"]).exit_code == 2


def test_help_describes_every_option(runner):
    result = runner.invoke(main, ["inventory", "--help"])
    assert result.exit_code == 0
    for opt in ("--json", "--report", "--baseline", "--policy", "--sample-size", "--workers"):
        assert opt in result.output
