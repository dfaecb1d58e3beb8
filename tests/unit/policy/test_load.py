"""Loading policies: formats, exact error locations, no echoed values, fail closed."""

import json

import pytest

from privkit.errors import PolicyError
from privkit.policy import Policy, json_schema, load_policy

SECRET = "s3cr3t-value-4111111111111111"

BASE = {
    "version": 1,
    "purposes": ["support", "analytics"],
    "keys": {"tokens": {"source": "env", "name": "PRIVKIT_TOKEN_KEY"}},
    "schema": {"customer.email": "user.contact.email"},
    "rules": [
        {
            "name": "support-email",
            "fields": ["customer.email"],
            "purposes": ["support"],
            "transform": {"action": "mask", "keep_last": 4},
        },
        {
            "categories": ["user.contact.email"],
            "purposes": ["analytics"],
            "transform": {"action": "tokenize", "key": "tokens"},
        },
    ],
}

YAML = """\
version: 1
purposes: [support, analytics]
keys:
  tokens: {source: env, name: PRIVKIT_TOKEN_KEY}
schema:
  customer.email: user.contact.email
rules:
  - name: support-email
    fields: [customer.email]
    purposes: [support]
    transform: {action: mask, keep_last: 4}
  - categories: [user.contact.email]
    purposes: [analytics]
    transform: {action: tokenize, key: tokens}
"""

TOML = """\
version = 1
purposes = ["support", "analytics"]

[keys.tokens]
source = "env"
name = "PRIVKIT_TOKEN_KEY"

[schema]
"customer.email" = "user.contact.email"

[[rules]]
name = "support-email"
fields = ["customer.email"]
purposes = ["support"]
transform = {action = "mask", keep_last = 4}

[[rules]]
categories = ["user.contact.email"]
purposes = ["analytics"]
transform = {action = "tokenize", key = "tokens"}
"""


def errors_of(data):
    with pytest.raises(PolicyError) as info:
        Policy.from_dict(data)
    return info.value


class TestFormats:
    def test_yaml_json_toml_load_into_the_same_model(self, tmp_path):
        (tmp_path / "p.yaml").write_text(YAML)
        (tmp_path / "p.json").write_text(json.dumps(BASE))
        (tmp_path / "p.toml").write_text(TOML)
        loaded = [load_policy(tmp_path / f"p.{ext}") for ext in ("yaml", "json", "toml")]
        assert loaded[0] == loaded[1] == loaded[2] == Policy.from_dict(BASE)
        assert len({p.digest() for p in loaded}) == 1

    def test_yml_extension(self, tmp_path):
        (tmp_path / "p.yml").write_text(YAML)
        assert load_policy(tmp_path / "p.yml").rules[0].name == "support-email"

    def test_policy_is_frozen(self):
        p = Policy.from_dict(BASE)
        with pytest.raises(ValueError, match="frozen"):
            p.name = "x"

    def test_shorthand_action(self):
        p = Policy.from_dict({"version": 1, "purposes": ["s"], "default": "nullify"})
        assert p.default.action == "nullify"

    def test_default_is_redact(self):
        assert Policy.from_dict({"version": 1, "purposes": ["s"]}).default.action == "redact"

    def test_json_schema_export(self):
        schema = json_schema()
        assert schema["additionalProperties"] is False
        assert {"version", "purposes", "rules", "schema", "keys"} <= set(schema["properties"])
        json.dumps(schema)  # serialisable for editors


class TestMissingAndUnparseable:
    def test_missing_file_is_an_error(self, tmp_path):
        with pytest.raises(PolicyError, match="policy file not found"):
            load_policy(tmp_path / "absent.yaml")

    def test_unknown_extension(self, tmp_path):
        (tmp_path / "p.ini").write_text("x")
        with pytest.raises(PolicyError, match="unknown policy file type"):
            load_policy(tmp_path / "p.ini")

    def test_invalid_yaml_names_position_not_content(self, tmp_path):
        (tmp_path / "p.yaml").write_text(f"version: 1\npurposes: [a\nnote: {SECRET}\n")
        with pytest.raises(PolicyError, match=r"line \d+") as info:
            load_policy(tmp_path / "p.yaml")
        assert SECRET not in str(info.value)

    def test_invalid_json(self, tmp_path):
        (tmp_path / "p.json").write_text('{"version": 1,')
        with pytest.raises(PolicyError, match="invalid JSON at line 1"):
            load_policy(tmp_path / "p.json")

    def test_invalid_toml(self, tmp_path):
        (tmp_path / "p.toml").write_text(f'version = 1\nx = "{SECRET}\n')
        with pytest.raises(PolicyError, match="invalid TOML") as info:
            load_policy(tmp_path / "p.toml")
        assert SECRET not in str(info.value)

    def test_duplicate_yaml_key_is_an_error(self, tmp_path):
        (tmp_path / "p.yaml").write_text("version: 1\npurposes: [a]\npurposes: [b]\n")
        with pytest.raises(PolicyError, match="line 3: duplicate key 'purposes'"):
            load_policy(tmp_path / "p.yaml")

    def test_duplicate_json_key_is_an_error(self, tmp_path):
        (tmp_path / "p.json").write_text('{"version": 1, "purposes": ["a"], "purposes": ["b"]}')
        with pytest.raises(PolicyError, match="duplicate key"):
            load_policy(tmp_path / "p.json")

    def test_top_level_not_a_mapping(self, tmp_path):
        (tmp_path / "p.yaml").write_text("- a\n- b\n")
        with pytest.raises(PolicyError, match="mapping"):
            load_policy(tmp_path / "p.yaml")

    def test_not_utf8(self, tmp_path):
        (tmp_path / "p.yaml").write_bytes(b"version: 1\nname: \xff\xfe\n")
        with pytest.raises(PolicyError, match="not UTF-8"):
            load_policy(tmp_path / "p.yaml")


class TestLocations:
    """Every error names its exact dotted location; no input value is ever echoed."""

    @pytest.mark.parametrize(
        ("patch", "loc"),
        [
            (
                lambda d: d["rules"][1]["transform"].update(keep_last=SECRET),
                "rules.1.transform.keep_last",
            ),
            (
                lambda d: d["rules"][0]["transform"].update(keep_last=SECRET),
                "rules.0.transform.keep_last",
            ),
            (lambda d: d["rules"][0]["transform"].update(action=SECRET), "rules.0.transform"),
            (lambda d: d["rules"][0].update(colour=SECRET), "rules.0.colour"),
            (lambda d: d.update(unknown_section={"a": SECRET}), "unknown_section"),
            (lambda d: d.update(version=2), "version"),
            (lambda d: d["rules"][0].update(purposes=["support", "ads"]), "rules.0.purposes.1"),
            (
                lambda d: d["rules"][1].update(categories=["user.contact.emial"]),
                "rules.1.categories.0",
            ),
            (lambda d: d["rules"][1]["transform"].update(key="tokenz"), "rules.1.transform.key"),
            (lambda d: d["keys"]["tokens"].update(name=SECRET), "keys.tokens.name"),
            (lambda d: d["keys"]["tokens"].update(source="vault"), "keys.tokens"),
            (lambda d: d["keys"].update(Tokens={"source": "env", "name": "X"}), "keys.Tokens"),
            (lambda d: d["schema"].update({"a..b": "user.name"}), "schema.a..b"),
            (lambda d: d["schema"].update({"a.b": "user.nmae"}), "schema.a.b"),
            (lambda d: d["rules"][0].update(fields=[SECRET + " .x."]), "rules.0.fields"),
            (lambda d: d["rules"][0].pop("purposes"), "rules.0.purposes"),
            (lambda d: d["rules"][0].update(fields=[], categories=[]), "rules.0"),
            (
                lambda d: d.update(
                    retention=[
                        {
                            "categories": ["user"],
                            "purposes": ["support"],
                            "max_age_days": -1,
                            "timestamp_field": "t",
                        }
                    ]
                ),
                "retention.0.max_age_days",
            ),
            (
                lambda d: d.update(reveal=[{"categories": ["user"], "purposes": ["support"]}]),
                "reveal.0",
            ),
            (lambda d: d.update(purposes=["support", "Analytics!"]), "purposes.1"),
        ],
    )
    def test_location(self, patch, loc):
        data = json.loads(json.dumps(BASE))
        patch(data)
        err = errors_of(data)
        locs = [e["loc"] for e in err.errors()]
        assert loc in locs, locs
        assert loc in str(err)
        assert SECRET not in str(err)
        assert SECRET not in repr(err.errors())

    def test_several_problems_are_reported_together(self):
        data = json.loads(json.dumps(BASE))
        data["rules"][0]["transform"]["keep_last"] = "x"
        data["rules"][1]["colour"] = "red"
        err = errors_of(data)
        assert {"rules.0.transform.keep_last", "rules.1.colour"} <= {e["loc"] for e in err.errors()}
        assert "2 problems" in str(err)

    def test_source_is_the_file(self, tmp_path):
        path = tmp_path / "p.yaml"
        path.write_text(YAML.replace("keep_last: 4", "keep_last: -4"))
        with pytest.raises(PolicyError) as info:
            load_policy(path)
        assert info.value.source == str(path)
        assert info.value.errors()[0]["loc"] == "rules.0.transform.keep_last"

    def test_direct_construction_also_fails_closed(self):
        bad = json.loads(json.dumps(BASE))
        bad["rules"][0]["purposes"] = ["ads"]
        with pytest.raises(ValueError, match=r"rules\.0\.purposes\.0"):
            Policy.model_validate(bad)

    def test_sub_purpose_rules_and_implied_parents(self):
        p = Policy.from_dict(
            {
                "version": 1,
                "purposes": ["analytics.product"],
                "rules": [
                    {"categories": ["user"], "purposes": ["analytics"], "transform": "nullify"}
                ],
            }
        )
        assert "analytics" in p.all_purposes()

    def test_custom_categories_extend_the_taxonomy(self):
        p = Policy.from_dict(
            {
                "version": 1,
                "purposes": ["s"],
                "categories": {"user.unique_id.loyalty": {"description": "card"}},
                "rules": [
                    {
                        "categories": ["user.unique_id.loyalty"],
                        "purposes": ["s"],
                        "transform": "nullify",
                    }
                ],
            }
        )
        assert "user.unique_id.loyalty" in p.all_categories()
        assert "user.unique_id" in p.all_categories()
