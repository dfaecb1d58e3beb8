"""The policy linter."""

from privkit.policy import Policy, lint


def codes(data):
    return {(i.code, i.loc) for i in lint(Policy.from_dict(data))}


BASE = {"version": 1, "purposes": ["support", "analytics"]}


def test_clean_policy_has_no_issues():
    data = {
        **BASE,
        "schema": {"email": "user.contact.email"},
        "keys": {"k": {"source": "env", "name": "K"}},
        "rules": [
            {"categories": ["user.contact"], "purposes": ["support"], "transform": "keep"},
            {
                "categories": ["user"],
                "purposes": ["analytics"],
                "transform": {"action": "tokenize", "key": "k"},
            },
        ],
    }
    assert lint(Policy.from_dict(data)) == []


def test_category_without_rule():
    data = {
        **BASE,
        "schema": {"loyalty": "user.unique_id"},
        "rules": [{"categories": ["user.contact"], "purposes": ["*"], "transform": "nullify"}],
    }
    assert ("category-without-rule", "schema.loyalty") in codes(data)


def test_category_named_by_field_rule_is_covered():
    data = {
        **BASE,
        "schema": {"loyalty": "user.unique_id"},
        "rules": [{"fields": ["loyalty"], "purposes": ["*"], "transform": "nullify"}],
    }
    assert not any(c == "category-without-rule" for c, _ in codes(data))


def test_rule_that_never_fires():
    data = {
        "version": 1,
        "purposes": ["analytics.product", "analytics.web"],
        "rules": [
            {"categories": ["user.contact"], "purposes": ["analytics"], "transform": "redact"},
            {
                "categories": ["user.contact"],
                "purposes": ["analytics.product"],
                "transform": "nullify",
            },
            {"categories": ["user.contact"], "purposes": ["analytics.web"], "transform": "keep"},
        ],
    }
    assert ("rule-never-fires", "rules.0") in codes(data)
    assert ("rule-never-fires", "rules.1") not in codes(data)


def test_undeclared_key():
    data = {
        **BASE,
        "rules": [
            {"categories": ["user"], "purposes": ["*"], "transform": {"action": "hash", "key": "k"}}
        ],
    }
    assert ("undeclared-key", "rules.0.transform.key") in codes(data)


def test_purpose_never_granted():
    data = {
        **BASE,
        "rules": [{"categories": ["user"], "purposes": ["support"], "transform": "nullify"}],
    }
    assert ("purpose-without-rules", "purposes.1") in codes(data)


def test_default_keep_is_an_error():
    issues = lint(Policy.from_dict({**BASE, "default": "keep"}))
    assert issues[0].code == "default-keep"
    assert issues[0].severity == "error"
    assert str(issues[0]).startswith("error: default:")


def test_keep_everywhere():
    data = {
        **BASE,
        "rules": [{"categories": ["user.name"], "purposes": ["*"], "transform": "keep"}],
    }
    assert ("keep-everywhere", "rules.0") in codes(data)


def test_reveal_without_reversible_transform():
    data = {
        **BASE,
        "rules": [{"categories": ["user"], "purposes": ["*"], "transform": "nullify"}],
        "reveal": [{"categories": ["user.contact"], "purposes": ["support"], "roles": ["x"]}],
    }
    assert ("reveal-without-reversible", "reveal.0.categories.0") in codes(data)
