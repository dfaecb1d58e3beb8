"""Notebook and ETL paths: a report from DataFrame protect, Series, drift that warns or fails."""

import json
import warnings

import pytest
from click.testing import CliRunner

import privkit
from privkit.errors import ConfigError, PrivkitWarning, SchemaDriftError
from privkit.integrations.tables import Protected, TableReport

pd = pytest.importorskip("pandas")

POLICY = {"version": 1, "purposes": ["analytics"], "schema": {"plan": "none"}}
EMAILS = ["ana@example.com", "bo@example.org", "ana@example.com"]


@pytest.fixture
def df():
    return pd.DataFrame({"email": EMAILS, "plan": ["a", "b", "a"]})


class TestReport:
    def test_report_true_returns_table_and_typed_report(self, df):
        result = privkit.protect(df, policy=POLICY, purpose="analytics", report=True)
        assert isinstance(result, Protected)
        out, report = result
        assert isinstance(report, TableReport)
        assert out["plan"].tolist() == ["a", "b", "a"]
        email = {c.name: c for c in report.columns}["email"]
        assert (email.rows, email.changed, email.unique) == (3, 3, 2)  # cells vs distinct
        assert report.rows == 3
        assert report.drift is None

    def test_renders_without_values(self, df):
        _, report = privkit.protect(df, policy=POLICY, purpose="analytics", report=True)
        html, text = report._repr_html_(), str(report)
        assert "<table>" in html
        assert "email" in html
        frame = report.to_pandas()
        assert frame.set_index("column").loc["email", "distinct"] == 2
        dumped = json.dumps(report.to_dict())
        for value in EMAILS:
            assert value not in html
            assert value not in text
            assert value not in dumped

    def test_default_return_type_is_unchanged(self, df):
        out = privkit.protect(df, policy=POLICY, purpose="analytics")
        assert isinstance(out, pd.DataFrame)

    def test_report_is_for_tables_only(self):
        with pytest.raises(ConfigError, match="for tables"):
            privkit.protect("text", policy=POLICY, purpose="analytics", report=True)


class TestSeries:
    def test_named_series_comes_back_as_series_with_index(self):
        s = pd.Series(["mail ana@example.com", "hello", None], name="note", index=[7, 8, 9])
        out = privkit.protect(s, policy=POLICY, purpose="analytics")
        assert isinstance(out, pd.Series)
        assert out.name == "note"
        assert out.index.tolist() == [7, 8, 9]
        assert out.tolist()[:2] == ["mail <EMAIL_ADDRESS>", "hello"]
        assert pd.isna(out.tolist()[2])

    def test_series_name_is_the_column_name_the_classifier_reads(self):
        s = pd.Series(["203.0.113.7", "198.51.100.4"], name="client_ip")
        result = privkit.classify(s)
        assert str(result["client_ip"].category) == "user.device.ip_address"

    def test_unnamed_series(self):
        out = privkit.protect(pd.Series(EMAILS), policy=POLICY, purpose="analytics")
        assert out.name is None
        assert out.tolist() == ["", "", ""]


class TestDrift:
    @pytest.fixture
    def baseline(self, df):
        return privkit.classify(df[["plan"]])

    def test_new_personal_column_warns_without_strict(self, df, baseline):
        with pytest.warns(PrivkitWarning, match="email: schema drift: holds user.contact.email"):
            _, report = privkit.protect(
                df, policy=POLICY, purpose="analytics", baseline=baseline, report=True
            )
        assert report.drift.new_pii[0][0] == "email"
        assert report.warnings
        assert "schema drift" in report.warnings[0]

    def test_fails_with_strict_and_the_message_is_about_drift(self, df, baseline):
        rules = {**POLICY, "rules": [{"categories": ["user.contact"], "purposes": ["analytics"],
                                      "transform": "redact"}]}  # fmt: skip
        with pytest.raises(SchemaDriftError) as info:
            privkit.protect(df, policy=rules, purpose="analytics", baseline=baseline, strict=True)
        assert "no rule covers" not in str(info.value)
        assert "schema drift" in str(info.value)

    def test_declared_columns_are_not_drift_whatever_the_sample(self, df, baseline):
        declared = {**POLICY, "schema": {"plan": "none", "email": "none"}}
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            out = privkit.protect(
                df, policy=declared, purpose="analytics", baseline=baseline, strict=True
            )
        assert out["email"].tolist() == EMAILS  # declared not personal: untouched

    def test_cli_protect_warns_on_stderr_and_in_the_report(self, tmp_path):
        from privkit.cli import main

        src, base = tmp_path / "in.csv", tmp_path / "base.json"
        src.write_text("plan\na\nb\n")
        runner = CliRunner()
        assert (
            runner.invoke(main, ["classify", str(src), "--no-ner", "--save", str(base)]).exit_code
            == 0
        )
        src.write_text("plan,backup_email\na,ana@example.com\nb,bo@example.org\n")
        policy = tmp_path / "p.yaml"
        policy.write_text(
            "version: 1\npurposes: [analytics]\nrules:\n  - categories: [user.contact]\n"
            "    purposes: [analytics]\n    transform: redact\n"
        )
        args = ["protect", str(src), "--policy", str(policy), "--purpose", "analytics",
                "-o", str(tmp_path / "out.csv"), "--baseline", str(base),
                "--report", str(tmp_path / "r.json")]  # fmt: skip
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        assert "privkit: warning: backup_email: schema drift" in result.output
        assert "schema drift" in json.loads((tmp_path / "r.json").read_text())["warnings"][0]
        strict = runner.invoke(main, [*args, "--strict"])
        assert strict.exit_code == 1
        assert "backup_email: schema drift" in strict.output
        assert "no rule covers" not in strict.output

    def test_cli_classify_warns_without_strict(self, tmp_path):
        from privkit.cli import main

        src, base = tmp_path / "in.csv", tmp_path / "base.json"
        src.write_text("plan\na\nb\n")
        runner = CliRunner()
        runner.invoke(main, ["classify", str(src), "--no-ner", "--save", str(base)])
        src.write_text("plan,backup_email\na,ana@example.com\nb,bo@example.org\n")
        args = ["classify", str(src), "--no-ner", "--baseline", str(base)]
        result = runner.invoke(main, args)
        assert result.exit_code == 0
        assert "privkit: warning: backup_email: schema drift" in result.output
        assert runner.invoke(main, [*args, "--strict"]).exit_code == 1


class TestSparkWorkerPython:
    def test_missing_worker_interpreter_says_what_to_set(self):
        from privkit.integrations.spark import _check_worker_python

        with pytest.raises(ConfigError) as info:
            _check_worker_python("/nonexistent/python3-for-spark")
        msg = str(info.value)
        assert "PYSPARK_PYTHON=" in msg
        assert "does not exist" in msg

    def test_interpreter_without_privkit_says_what_to_set(self, tmp_path):
        from privkit.integrations.spark import _check_worker_python

        fake = tmp_path / "python-without-privkit"
        fake.write_text("#!/bin/sh\nexit 1\n")
        fake.chmod(0o755)
        with pytest.raises(ConfigError, match="cannot import privkit; set PYSPARK_PYTHON="):
            _check_worker_python(str(fake))

    def test_this_interpreter_passes(self):
        import sys

        from privkit.integrations.spark import _check_worker_python

        _check_worker_python(sys.executable)


class TestSchemaFieldTypos:
    def test_typo_warns_with_did_you_mean(self, df):
        policy = {**POLICY, "schema": {"plan": "none", "emial": "none"}}
        with pytest.warns(
            PrivkitWarning, match="'emial' matches no column .* did you mean 'email'"
        ):
            out = privkit.protect(df, policy=policy, purpose="analytics")
        assert out["email"].tolist() == ["", "", ""]  # the typo did not declare it: protected

    def test_fields_of_other_tables_are_not_noise(self, df):
        policy = {**POLICY, "schema": {"plan": "none", "order_total": "none"}}
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            privkit.protect(df, policy=policy, purpose="analytics")
