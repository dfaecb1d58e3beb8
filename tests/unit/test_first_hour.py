"""What a new user meets first: a missing policy, a mapping policy, a mistyped purpose, redaction
that keeps free text readable."""

import pytest

import privkit
from privkit.errors import ConfigError, PolicyError

pd = pytest.importorskip("pandas")

TEXT = "Call +1 415 555 0100 or mail jane.doe@example.com"
POLICY = {"version": 1, "purposes": ["analytics", "support"]}


@pytest.fixture
def df():
    return pd.DataFrame({"email": ["ana@example.com", "bo@example.org"], "plan": ["a", "b"]})


class TestMissingPolicy:
    def test_dataframe_without_policy_says_how_to_get_the_safe_default(self, df):
        with pytest.raises(ConfigError) as info:
            privkit.protect(df, purpose="analytics")
        msg = str(info.value)
        assert "privkit.Policy.redact_all('analytics')" in msg
        assert "privkit init" in msg

    def test_text_without_policy_too(self):
        with pytest.raises(ConfigError, match="redact_all"):
            privkit.protect(TEXT, purpose="analytics")

    def test_value_shaped_purpose_is_not_echoed(self):
        with pytest.raises(ConfigError) as info:
            privkit.protect(TEXT, purpose="jane.doe@example.com")
        assert "jane.doe@example.com" not in str(info.value)

    def test_wrong_policy_type_is_named(self):
        with pytest.raises(ConfigError, match="not int"):
            privkit.protect(TEXT, policy=3, purpose="a")


class TestRedactAll:
    def test_redacts_every_personal_value_and_keeps_the_rest(self, df):
        out = privkit.protect(
            df, policy=privkit.Policy.redact_all("analytics"), purpose="analytics"
        )
        assert out["email"].tolist() == ["", ""]
        assert out["plan"].tolist() == ["a", "b"]

    def test_needs_a_purpose(self):
        with pytest.raises(PolicyError):
            privkit.Policy.redact_all()

    def test_free_text_keeps_typed_placeholders(self):
        out = privkit.protect(TEXT, policy=privkit.Policy.redact_all("a"), purpose="a")
        assert out == "Call <PHONE_NUMBER> or mail <EMAIL_ADDRESS>"

    def test_empty_replacement_stays_an_option(self):
        policy = {**POLICY, "default": {"action": "redact", "placeholder": False}}
        assert privkit.protect(TEXT, policy=policy, purpose="support") == "Call  or mail "


class TestMappingPolicy:
    def test_protect_reveal_explain_take_a_mapping(self, df):
        out = privkit.protect(df, policy=POLICY, purpose="analytics")
        assert out["email"].tolist() == ["", ""]
        decisions = privkit.explain("email", policy=POLICY, purpose="analytics")
        assert set(decisions) == {"email"}
        assert privkit.Protector(POLICY).policy.purposes == ["analytics", "support"]

    def test_invalid_mapping_is_a_located_policy_error(self):
        with pytest.raises(PolicyError, match="did you mean 'purposes'"):
            privkit.protect(TEXT, policy={"version": 1, "purpose": ["a"]}, purpose="a")


class TestUnknownPurpose:
    def test_names_the_typo_the_closest_and_the_declared(self):
        with pytest.raises(PolicyError) as info:
            privkit.protect(TEXT, policy=POLICY, purpose="analytcs")
        assert str(info.value) == (
            "unknown purpose 'analytcs'; did you mean 'analytics'? "
            "(the policy declares: analytics, support)"
        )

    def test_value_shaped_purpose_is_located_not_echoed(self):
        with pytest.raises(PolicyError) as info:
            privkit.protect(TEXT, policy=POLICY, purpose="+1 415 555 0100")
        assert "415" not in str(info.value)
        assert "declares: analytics, support" in str(info.value)


class TestNotebookRenderings:
    def test_explanation_is_a_dict_that_renders_without_values(self):
        record = {"email": "ana@example.com", "note": "call ana@example.com"}
        why = privkit.explain(record, policy=POLICY, purpose="support")
        assert isinstance(why, dict)
        frame = why.to_pandas()
        assert {"email", "note"} <= set(frame["field"])
        html = why._repr_html_()
        assert "<table>" in html
        assert "ana@example.com" not in html
        assert "ana@example.com" not in str(why)

    def test_classification_to_pandas(self, df):
        frame = privkit.classify(df).to_pandas()
        assert list(frame["name"]) == ["email", "plan"]
        assert frame.set_index("name").loc["email", "category"] == "user.contact.email"

    def test_file_report_renders_without_values(self, tmp_path):
        from privkit.integrations.files import protect_file

        src, out = tmp_path / "in.csv", tmp_path / "out.csv"
        src.write_text("email,plan\nana@example.com,a\n")
        report = protect_file(src, out, protector=privkit.Protector(POLICY), purpose="support")
        html = report._repr_html_()
        assert "email" in html
        assert "ana@example.com" not in html

    def test_protector_load_returns_itself(self):
        p = privkit.Protector(privkit.Policy.redact_all("a"))
        assert p.load() is p
