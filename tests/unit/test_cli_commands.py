"""CLI commands a new user meets: protect on text logs, lint, init, progress lines, help."""

import json

import click
import pytest
import yaml
from click.testing import CliRunner

from privkit._progress import LineProgress
from privkit.cli import main

EMAIL, IMEI = "ana@example.com", "490154203237518"
POLICY = "version: 1\npurposes: [support]\ntext: {model: null}\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def policy(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(POLICY)
    return path


def _walk(cmd, prefix=()):
    if isinstance(cmd, click.Group):
        for name, sub in cmd.commands.items():
            yield from _walk(sub, (*prefix, name))
    yield prefix, cmd


class TestHelp:
    def test_every_option_has_help(self):
        missing = [
            (" ".join(path), opt.opts)
            for path, cmd in _walk(main)
            for opt in cmd.params
            if isinstance(opt, click.Option) and not opt.help and "--help" not in opt.opts
            and "--version" not in opt.opts
        ]  # fmt: skip
        assert missing == []

    def test_every_command_has_a_docstring(self):
        assert all(cmd.help for _, cmd in _walk(main))


class TestProtectTextLog:
    def test_line_in_line_out_values_gone(self, runner, policy, tmp_path):
        log, out, report = tmp_path / "app.log", tmp_path / "app.safe.log", tmp_path / "r.json"
        lines = [f"login {EMAIL} ok", "", "plain line", f"device IMEI {IMEI}", "café ünïcode"]
        log.write_text("\n".join(lines) + "\n", encoding="utf-8")
        args = ["protect", str(log), "--policy", str(policy), "--purpose", "support",
                "-o", str(out), "--report", str(report)]  # fmt: skip
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        got = out.read_text(encoding="utf-8").split("\n")[:-1]
        assert len(got) == len(lines)
        assert got[1:3] == ["", "plain line"]
        assert got[4] == "café ünïcode"
        text = out.read_text()
        assert EMAIL not in text
        assert IMEI not in text
        assert EMAIL not in result.output
        data = json.loads(report.read_text())
        assert (data["lines"], data["changed"], data["skipped_lines"]) == (5, 2, [])

    def test_invalid_utf8_exits_65_and_writes_nothing(self, runner, policy, tmp_path):
        log, out = tmp_path / "app.log", tmp_path / "out.log"
        log.write_bytes(b"ok\nmail " + EMAIL.encode() + b" \xff\n")
        args = [
            "protect",
            str(log),
            "--policy",
            str(policy),
            "--purpose",
            "support",
            "-o",
            str(out),
        ]
        result = runner.invoke(main, args)
        assert result.exit_code == 65
        assert "row 2" in result.output
        assert EMAIL not in result.output
        assert not out.exists()

    def test_skip_bad_lines_lists_them(self, runner, policy, tmp_path):
        log, out, report = tmp_path / "app.log", tmp_path / "out.log", tmp_path / "r.json"
        log.write_bytes(b"a\n\xff\nb\n")
        args = ["protect", str(log), "--policy", str(policy), "--purpose", "support",
                "-o", str(out), "--skip-bad-rows", "--report", str(report)]  # fmt: skip
        assert runner.invoke(main, args).exit_code == 0
        assert out.read_text() == "a\nb\n"
        assert json.loads(report.read_text())["skipped_lines"] == [2]

    def test_unknown_purpose_names_typo_and_exits_78(self, runner, policy, tmp_path):
        log = tmp_path / "app.log"
        log.write_text("x\n")
        args = ["protect", str(log), "--policy", str(policy), "--purpose", "suport",
                "-o", str(tmp_path / "o.log")]  # fmt: skip
        assert runner.invoke(main, args).exit_code == 78

    def test_progress_prints_lines_when_not_a_terminal(self, runner, policy, tmp_path):
        log, out = tmp_path / "app.log", tmp_path / "out.log"
        log.write_text("hello\n" * 10)
        args = ["protect", str(log), "--policy", str(policy), "--purpose", "support",
                "-o", str(out), "--progress"]  # fmt: skip
        result = runner.invoke(main, args)
        assert result.exit_code == 0
        assert "privkit: app.log: done, 10 lines, 60 B of 60 B" in result.output

    def test_progress_prints_lines_for_table_files_too(self, runner, policy, tmp_path):
        src, out = tmp_path / "people.csv", tmp_path / "out.csv"
        src.write_text("email\n" + "".join(f"u{i}@example.com\n" for i in range(20)))
        args = ["protect", str(src), "--policy", str(policy), "--purpose", "support",
                "-o", str(out), "--progress"]  # fmt: skip
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        size = src.stat().st_size
        assert f"privkit: people.csv: done, 21 lines, {size} B of {size} B" in result.output
        assert "u1@example.com" not in result.output


class TestLineProgress:
    def test_one_line_per_interval_and_a_last_one(self, capsys):
        now = [0.0]
        with LineProgress(
            enabled=True, total=300, label="f.log", interval=5, clock=lambda: now[0]
        ) as bar:
            for _ in range(3):
                now[0] += 3
                bar.advance(100)
        err = capsys.readouterr().err.splitlines()
        assert err == [
            "privkit: f.log: 67%, 2 lines, 200 B of 300 B, 6 s",
            "privkit: f.log: done, 3 lines, 300 B of 300 B, 9 s",
        ]

    def test_rows_unit_counts_rows(self, capsys):
        now = [0.0]
        with LineProgress(
            enabled=True, total=2000, label="t.parquet", unit="rows", clock=lambda: now[0]
        ) as bar:
            now[0] += 2
            bar.advance(2000)
        assert capsys.readouterr().err.splitlines() == [
            "privkit: t.parquet: done, 2,000 of 2,000 rows, 2 s"
        ]

    def test_disabled_prints_nothing(self, capsys):
        with LineProgress(enabled=False, total=10, label="f") as bar:
            bar.advance(10)
        assert capsys.readouterr().err == ""


class TestLint:
    def test_clean_policy_exits_0(self, runner, policy):
        result = runner.invoke(main, ["lint", str(policy)])
        assert result.exit_code == 0
        assert "p.yaml: loads; 0 errors, 0 warnings, 1 notes" in result.output

    def test_error_issue_exits_1(self, runner, tmp_path):
        p = tmp_path / "keep.yaml"
        p.write_text("version: 1\npurposes: [a]\ndefault: keep\n")
        result = runner.invoke(main, ["lint", str(p), "--json"])
        assert result.exit_code == 1
        issues = json.loads(result.output.split("\nprivkit: error")[0])["issues"]
        assert "default-keep" in {i["code"] for i in issues}

    def test_warning_fails_only_with_strict(self, runner, tmp_path):
        p = tmp_path / "w.yaml"
        p.write_text("version: 1\npurposes: [a]\ncategories: {user.loyalty_id: {}}\n")
        assert runner.invoke(main, ["lint", str(p)]).exit_code == 0
        assert runner.invoke(main, ["lint", str(p), "--strict"]).exit_code == 1

    def test_invalid_policy_exits_78_with_did_you_mean(self, runner, tmp_path):
        p = tmp_path / "bad.yaml"
        p.write_text("version: 1\npurposes: [a]\ndefualt: redact\n")
        result = runner.invoke(main, ["lint", str(p)])
        assert result.exit_code == 78
        assert "did you mean 'default'?" in result.output


class TestInit:
    @pytest.fixture
    def table(self, tmp_path):
        path = tmp_path / "customers.csv"
        path.write_text(
            "customer_id,email,ip_addr,notes,plan\n"
            + "".join(
                f"{i},user{i}@example.com,203.0.113.{i},call me at user{i}@example.org,free\n"
                for i in range(1, 30)
            )
        )
        return path

    def test_draft_declares_every_column_and_loads(self, runner, table, tmp_path):
        out = tmp_path / "policy.yaml"
        result = runner.invoke(main, ["init", str(table), "--no-ner", "-o", str(out)])
        assert result.exit_code == 0, result.output
        from privkit.policy import load_policy

        policy = load_policy(out)
        assert set(policy.schema_) == {"customer_id", "email", "ip_addr", "notes", "plan"}
        assert policy.schema_["email"] == "user.contact.email"
        assert policy.schema_["notes"] == "text"
        assert policy.schema_["plan"] == "none"
        covered = {c for r in policy.rules for c in r.categories}
        assert {"user.contact.email", "user.device.ip_address"} <= covered
        assert "user1@example.com" not in out.read_text()
        lint = runner.invoke(main, ["lint", str(out)])
        assert lint.exit_code == 0, lint.output

    def test_prints_to_stdout_and_refuses_to_overwrite(self, runner, table, tmp_path):
        printed = runner.invoke(main, ["init", str(table), "--no-ner", "--purpose", "support"])
        assert printed.exit_code == 0
        assert yaml.safe_load(printed.output)["purposes"] == ["support"]
        out = tmp_path / "exists.yaml"
        out.write_text("mine")
        again = runner.invoke(main, ["init", str(table), "--no-ner", "-o", str(out)])
        assert again.exit_code == 2
        assert out.read_text() == "mine"
