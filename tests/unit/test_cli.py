"""The privkit command line, through click's CliRunner and one real subprocess."""

import json

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

    def test_missing_path_is_usage_error(self, runner, tmp_path):
        result = runner.invoke(main, ["scan", str(tmp_path / "nope.txt")])
        assert result.exit_code == 2


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
