"""The privkit command line, through click's CliRunner and one real subprocess."""

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from privkit.cli import main
from privkit.data import sample_log_path


@pytest.fixture
def runner():
    return CliRunner()


class TestBasics:
    def test_help_lists_commands(self, runner):
        result = runner.invoke(main, ["--help"])
        assert result.exit_code == 0
        for cmd in ("scan", "classify", "protect", "explain", "keys", "audit", "demo"):
            assert cmd in result.output

    def test_unknown_command_is_usage_error(self, runner):
        result = runner.invoke(main, ["frobnicate"])
        assert result.exit_code == 2

    def test_missing_input_exits_66(self, runner, tmp_path):
        result = runner.invoke(main, ["scan", str(tmp_path / "nope.txt")])
        assert result.exit_code == 66
        assert "nope.txt: no such file" in result.output


class TestKeys:
    def test_generate_prints_env_line(self, runner):
        result = runner.invoke(main, ["keys", "generate", "--name", "tokens"])
        assert result.exit_code == 0
        name, _, value = result.output.strip().partition("=")
        assert name == "PRIVKIT_KEY_TOKENS"
        from privkit.keys import KeyRing

        ring = KeyRing.from_env(environ={name: value})
        assert "tokens" in ring

    def test_generate_differs_each_time(self, runner):
        a = runner.invoke(main, ["keys", "generate"]).output
        b = runner.invoke(main, ["keys", "generate"]).output
        assert a != b

    def test_generate_key_file_is_private_and_not_overwritten(self, runner, tmp_path):
        out = tmp_path / "tokens.key"
        result = runner.invoke(main, ["keys", "generate", "-o", str(out)])
        assert result.exit_code == 0
        assert oct(out.stat().st_mode & 0o777) == "0o600"
        key = out.read_text()
        assert key.strip() not in result.output
        again = runner.invoke(main, ["keys", "generate", "-o", str(out)])
        assert again.exit_code == 2
        assert out.read_text() == key

    def test_bad_name_is_usage_error(self, runner):
        assert runner.invoke(main, ["keys", "generate", "--name", "Bad-Name"]).exit_code == 2


class TestScan:
    def test_text_summary_json_has_no_values(self, runner):
        result = runner.invoke(main, ["scan", sample_log_path(), "--no-ner", "--json", "--details"])
        assert result.exit_code == 0, result.output
        summary = json.loads(result.output)
        assert summary["entities"]["EMAIL_ADDRESS"]["findings"] == 1
        assert {"IP_ADDRESS", "MAC_ADDRESS", "IMEI", "ADVERTISING_ID"} <= set(summary["entities"])
        assert "jane.doe@example.com" not in result.output
        assert "490154203237518" not in result.output
        assert all("line" in loc for loc in summary["locations"])

    def test_invalid_utf8_text_is_data_error_with_line(self, runner, tmp_path):
        path = tmp_path / "bad.txt"
        path.write_bytes(b"ok line\nmail a@example.com \xff\xfe\n")
        result = runner.invoke(main, ["scan", str(path), "--no-ner"])
        assert result.exit_code == 65
        assert "row 2" in result.output
        assert "a@example.com" not in result.output


POLICY_YAML = """\
version: 1
purposes: [support, analytics]
default: redact
schema: {customer_id: none, plan: none}
rules:
  - categories: [user.contact.email]
    purposes: [analytics]
    transform: {action: tokenize, key: tokens}
"""


@pytest.fixture
def table_files(tmp_path, monkeypatch):
    import csv

    from privkit.data import sample_customers
    from privkit.keys import generate_key

    rows = [
        {k: r[k] for k in ("customer_id", "email", "ip_addr", "plan")}
        for r in sample_customers(30, seed=3)
    ]
    src = tmp_path / "customers.csv"
    with src.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY_YAML)
    monkeypatch.setenv("PRIVKIT_KEY_TOKENS", generate_key())
    monkeypatch.setenv("PRIVKIT_KEY_AUDIT", generate_key())
    return src, policy, rows


class TestTables:
    def test_classify_save_and_drift(self, runner, table_files, tmp_path):
        src, _, rows = table_files
        saved = tmp_path / "cls.json"
        result = runner.invoke(main, ["classify", str(src), "--save", str(saved), "--no-ner"])
        assert result.exit_code == 0, result.output
        assert "user.contact.email" in result.output
        assert rows[0]["email"] not in result.output
        data = json.loads(saved.read_text())
        data["columns"] = [c for c in data["columns"] if c["name"] != "email"]
        saved.write_text(json.dumps(data))
        drift = runner.invoke(
            main, ["classify", str(src), "--baseline", str(saved), "--strict", "--no-ner"]
        )
        assert drift.exit_code == 1
        assert "NEW PERSONAL DATA in email" in drift.output

    def test_scan_table(self, runner, table_files):
        src, _, rows = table_files
        result = runner.invoke(main, ["scan", str(src), "--no-ner", "--json"])
        assert result.exit_code == 0, result.output
        summary = json.loads(result.output)
        assert summary["rows"] == 30
        assert summary["columns"]["email"]["cells_with"]["EMAIL_ADDRESS"] == 30
        assert rows[0]["email"] not in result.output

    def test_protect_explain_and_audit(self, runner, table_files, tmp_path):
        src, policy, rows = table_files
        out, log, report = tmp_path / "out.csv", tmp_path / "audit.jsonl", tmp_path / "r.md"
        result = runner.invoke(
            main,
            ["protect", str(src), "--policy", str(policy), "--purpose", "analytics",
             "-o", str(out), "--audit", str(log), "--report", str(report)],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        text = out.read_text()
        assert all(r["email"] not in text for r in rows)
        assert "tokenize" in report.read_text()
        ok = runner.invoke(main, ["audit", "verify", str(log)])
        assert ok.exit_code == 0
        assert "intact" in ok.output
        head = runner.invoke(main, ["audit", "checkpoint", str(log)])
        assert head.exit_code == 0, head.output
        assert head.output.startswith("pkaudit1:1:")
        same = runner.invoke(
            main, ["audit", "verify", str(log), "--checkpoint", head.output.strip()]
        )
        assert same.exit_code == 0, same.output
        assert runner.invoke(main, ["audit", "verify", str(log), "--min-count", "2"]).exit_code == 1
        lines = log.read_text().splitlines()
        log.write_text("\n".join([lines[0].replace("analytics", "analytica"), *lines[1:]]) + "\n")
        bad = runner.invoke(main, ["audit", "verify", str(log)])
        assert bad.exit_code == 1
        assert "broken" in bad.output
        explained = runner.invoke(
            main,
            ["explain", "--policy", str(policy), "--purpose", "analytics", str(src), "--json"],
        )
        assert explained.exit_code == 0, explained.output
        cols = {c["column"]: c for c in json.loads(explained.output)["columns"]}
        assert cols["email"]["transform"] == "tokenize"
        assert cols["customer_id"]["transform"] == "pass"

    def test_protect_bad_input_is_data_error_without_partial_output(
        self, runner, table_files, tmp_path
    ):
        _, policy, _ = table_files
        bad = tmp_path / "bad.csv"
        bad.write_text("email,plan\na@example.com,free\nb@example.com,pro,EXTRA\n")
        out = tmp_path / "out.csv"
        result = runner.invoke(
            main, ["protect", str(bad), "--policy", str(policy), "--purpose", "analytics",
                   "-o", str(out)],
        )  # fmt: skip
        assert result.exit_code == 65
        assert "bad.csv, row 2: expected 2 fields, got 3" in result.output
        assert "b@example.com" not in result.output
        assert not out.exists()

    def test_unknown_purpose_is_config_error(self, runner, table_files, tmp_path):
        src, policy, _ = table_files
        result = runner.invoke(
            main, ["protect", str(src), "--policy", str(policy), "--purpose", "ads",
                   "-o", str(tmp_path / "o.csv")],
        )  # fmt: skip
        assert result.exit_code == 78
        assert "unknown purpose" in result.output


def test_demo_subprocess():
    """`python -m privkit demo`: exit 0, both purposes, no raw value of a protected column."""
    from privkit.data import sample_customers

    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "privkit", "demo"],
        capture_output=True, text=True, timeout=600, env=env, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "'support'" in out
    assert "'analytics'" in out
    assert "audit chain intact: 2 events" in out
    protected = ("full_name", "email", "phone", "ip_addr", "client_ipv6", "mac", "idfa", "gaid",
                 "device_imei", "ga_cookie", "user_agent")  # fmt: skip
    for row in sample_customers(200, seed=7):
        for col in protected:
            if row[col] is not None:
                assert str(row[col]) not in out, col


class TestPolicyKeyReferences:
    POLICY = """\
version: 1
purposes: [a]
keys:
  tokens: {source: env, name: TEST_CLI_TOKENS}
rules:
  - categories: [user.contact]
    purposes: [a]
    transform: {action: tokenize, key: tokens}
"""

    def test_protect_uses_the_keys_the_policy_names(self, runner, tmp_path, monkeypatch):
        from privkit.keys import generate_key

        policy, src, out = tmp_path / "p.yaml", tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        policy.write_text(self.POLICY)
        src.write_text('{"user": {"email": "ana@example.com"}}\n')
        args = ["protect", str(src), "--policy", str(policy), "--purpose", "a", "-o", str(out)]
        monkeypatch.delenv("TEST_CLI_TOKENS", raising=False)
        missing = runner.invoke(main, args)
        assert missing.exit_code == 78
        assert "TEST_CLI_TOKENS is not set" in missing.output
        assert not out.exists()
        monkeypatch.setenv("TEST_CLI_TOKENS", generate_key())
        result = runner.invoke(main, [*args, "--no-progress"])
        assert result.exit_code == 0, result.output
        protected = json.loads(out.read_text())
        assert protected["user"]["email"] != "ana@example.com"
        assert len(protected["user"]["email"]) == 32
