"""Precedence (table-driven from tests/vectors/policy/) and glob matching."""

import json
from pathlib import Path

import pytest

from privkit.errors import PolicyError
from privkit.policy import Policy
from privkit.policy._paths import Glob, split_path
from privkit.policy._resolve import compile_rules, resolve

VECTORS = Path(__file__).parents[2] / "vectors" / "policy"
PRECEDENCE = json.loads((VECTORS / "precedence.json").read_text())
TIES = json.loads((VECTORS / "ties.json").read_text())
GLOBS = json.loads((VECTORS / "globs.json").read_text())


class TestPrecedence:
    policy = Policy.from_dict(PRECEDENCE["policy"])
    rules = compile_rules(policy.rules)

    @pytest.mark.parametrize("case", PRECEDENCE["cases"], ids=lambda c: c["why"])
    def test_vector(self, case):
        res = resolve(
            self.rules, case["field"], case["category"], case["purpose"], whole_field=case["whole"]
        )
        got = "default" if res.rule is None else res.rule.rule.name
        assert got == case["expect"]
        assert res.why  # every decision carries a reason

    def test_resolution_does_not_depend_on_rule_order(self):
        reversed_policy = Policy.from_dict(
            {**PRECEDENCE["policy"], "rules": list(reversed(PRECEDENCE["policy"]["rules"]))}
        )
        rules = compile_rules(reversed_policy.rules)
        for case in PRECEDENCE["cases"]:
            res = resolve(
                rules, case["field"], case["category"], case["purpose"], whole_field=case["whole"]
            )
            assert ("default" if res.rule is None else res.rule.rule.name) == case["expect"]


class TestTies:
    @pytest.mark.parametrize("case", TIES["cases"], ids=lambda c: f"tie={c['tie']}")
    def test_vector(self, case):
        data = {
            "version": 1,
            "purposes": ["support", "analytics", "analytics.product"],
            "rules": case["rules"],
        }
        if case["tie"]:
            with pytest.raises(PolicyError) as info:
                Policy.from_dict(data)
            assert info.value.errors()[0]["loc"] == "rules.1"
            assert "ties with rules.0" in str(info.value)
        else:
            Policy.from_dict(data)

    def test_overlapping_schema_globs_with_different_categories_are_rejected(self):
        with pytest.raises(PolicyError, match=r"schema\.a\.\*y"):
            Policy.from_dict(
                {
                    "version": 1,
                    "purposes": ["s"],
                    "schema": {"a.x*": "user.name", "a.*y": "user.contact.email"},
                }
            )


class TestGlobs:
    @pytest.mark.parametrize("case", GLOBS["cases"], ids=lambda c: f"{c['glob']}~{c['path']}")
    def test_vector(self, case):
        rank = Glob.parse(case["glob"]).match(split_path(case["path"]))
        got = None if rank is None else ("full" if rank[0] == 1 else "ancestor")
        assert got == case["expect"]

    @pytest.mark.parametrize("pattern", GLOBS["invalid"])
    def test_invalid(self, pattern):
        with pytest.raises(ValueError, match="invalid field path"):
            Glob.parse(pattern)

    def test_deep_path_matches_without_recursion(self):
        path = split_path(".".join(["k"] * 1000) + ".ip")
        assert Glob.parse("**.ip").match(path) == (1, (0, 3))
        assert Glob.parse("k.k").match(path) is not None
