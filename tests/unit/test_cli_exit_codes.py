"""One table of exit codes: documented, printed by --help, and what each failure really exits."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from privkit.cli import main
from privkit.cli._main import EXIT_CODES

DOCS = Path(__file__).resolve().parents[2] / "docs" / "integrations.md"
POLICY = "version: 1\npurposes: [analytics]\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def files(tmp_path):
    policy = tmp_path / "p.yaml"
    policy.write_text(POLICY)
    table = tmp_path / "t.csv"
    table.write_text("id,email\n1,ana@example.com\n")
    log = tmp_path / "app.log"
    log.write_text("user ana@example.com logged in\n")
    return tmp_path, policy, table, log


def _doc_table():
    text = DOCS.read_text(encoding="utf-8")
    block = text.split("<!-- exit-codes:", 1)[1]
    rows = re.findall(r"^\| (\d+) \| (.+?) \|$", block, flags=re.MULTILINE)
    return [(int(code), meaning.replace("`", "")) for code, meaning in rows]


def test_docs_table_is_the_code_table():
    assert _doc_table() == list(EXIT_CODES)


def test_help_prints_the_table(runner):
    out = runner.invoke(main, ["--help"]).output
    for code, meaning in EXIT_CODES:
        assert f"{code:>3}  {meaning}" in out


class TestEachCode:
    def test_usage_error_is_2(self, runner):
        assert runner.invoke(main, ["scan", "--no-such-option", "x"]).exit_code == 2

    @pytest.mark.parametrize(
        "args",
        [
            ["scan", "{d}/missing.txt"],
            ["classify", "{d}/missing.csv"],
            ["protect", "{d}/missing.csv", "--policy", "{p}", "--purpose", "analytics",
             "-o", "{d}/o.csv"],
            ["classify", "{t}", "--baseline", "{d}/missing.json"],
            ["audit", "verify", "{d}/missing.jsonl"],
        ],
    )  # fmt: skip
    def test_missing_input_is_66(self, runner, files, args):
        d, p, t, _ = files
        result = runner.invoke(main, [a.format(d=d, p=p, t=t) for a in args])
        assert result.exit_code == 66, result.output
        assert "no such file" in result.output

    def test_missing_policy_is_78(self, runner, files):
        d, _, t, _ = files
        args = ["protect", str(t), "--policy", str(d / "none.yaml"), "--purpose", "analytics",
                "-o", str(d / "o.csv")]  # fmt: skip
        result = runner.invoke(main, args)
        assert result.exit_code == 78, result.output

    def test_missing_keys_dir_is_78(self, runner, files):
        d, p, t, _ = files
        args = ["protect", str(t), "--policy", str(p), "--purpose", "analytics",
                "-o", str(d / "o.csv"), "--keys-dir", str(d / "nokeys")]  # fmt: skip
        assert runner.invoke(main, args).exit_code == 78

    @pytest.mark.parametrize("command", ["classify", "explain"])
    def test_text_file_where_a_table_is_needed_is_65(self, runner, files, command):
        _, p, _, log = files
        extra = ["--policy", str(p), "--purpose", "analytics"] if command == "explain" else []
        result = runner.invoke(main, [command, *extra, str(log)])
        assert result.exit_code == 65, result.output
        assert "reads tables" in result.output

    def test_bad_policy_is_78_with_did_you_mean(self, runner, files):
        d, _, t, _ = files
        bad = d / "bad.yaml"
        bad.write_text(
            "version: 1\npurposes: [analytics]\nrules:\n  - categories: [user.contact]\n"
            "    purposes: [analytics]\n    transform: tokenise\n"
        )
        args = ["explain", "--policy", str(bad), "--purpose", "analytics", str(t)]
        result = runner.invoke(main, args)
        assert result.exit_code == 78
        assert "did you mean 'tokenize'?" in result.output


class TestMissingExtras:
    """A missing extra exits 78 and says what to install, or the option that does without."""

    def test_scan_without_the_model_names_the_option_that_does_without(
        self, runner, files, monkeypatch
    ):
        from privkit.detect import _ner

        monkeypatch.setattr(_ner, "DEFAULT_MODELS", ("no_such_model",))
        log = files[3]
        result = runner.invoke(main, ["scan", str(log)])
        assert result.exit_code == 78, result.output
        assert "privkit-pii[ner]" in result.output
        assert "--no-ner" in result.output
        assert "PATTERN_ENTITIES" not in result.output  # the library's way out, not the command's
        assert "ana@example.com" not in result.output
        assert runner.invoke(main, ["scan", "--no-ner", str(log)]).exit_code == 0

    def test_demo_without_pandas_names_the_extra(self, runner, monkeypatch):
        import sys

        monkeypatch.setitem(sys.modules, "pandas", None)
        result = runner.invoke(main, ["demo", "--rows", "5"])
        assert result.exit_code == 78, result.output
        assert "privkit-pii[all]" in result.output
        assert "pandas" in result.output

    def test_a_table_file_without_pyarrow_names_the_extra(self, runner, files, monkeypatch):
        import sys

        monkeypatch.setitem(sys.modules, "pyarrow", None)
        table = files[2]
        result = runner.invoke(main, ["scan", "--no-ner", str(table)])
        assert result.exit_code == 78, result.output
        assert "reading table files" in result.output
        assert "privkit-pii[arrow]" in result.output
