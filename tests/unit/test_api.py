"""The compact module-level API: protect, reveal, explain, classify."""

import sys

import pytest

import privkit
from privkit.detect import Scanner
from privkit.errors import ConfigError, PermissionDeniedError, PolicyError
from privkit.keys import KeyRing
from privkit.policy import Actor, Decision, Policy, Protector

EMAIL = "jane.doe@example.com"
POLICY = {
    "version": 1,
    "purposes": ["support", "fraud"],
    "schema": {"email": "user.contact.email", "notes": "text"},
    "text": {"entities": ["EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS"]},
    "rules": [
        {
            "name": "mask-support",
            "categories": ["user.contact.email"],
            "purposes": ["support"],
            "transform": {"action": "mask"},
        },
        {
            "name": "enc-fraud",
            "categories": ["user"],
            "purposes": ["fraud"],
            "transform": {"action": "encrypt_deterministic", "key": "k"},
        },
    ],
    "reveal": [{"categories": ["user.contact"], "purposes": ["fraud"], "actors": ["ann"]}],
}


@pytest.fixture
def policy():
    return Policy.from_dict(POLICY)


@pytest.fixture
def keys():
    return KeyRing.generate("k")


class TestProtect:
    def test_record(self, policy, keys):
        out = privkit.protect({"email": EMAIL}, policy=policy, purpose="support", keys=keys)
        assert out == {"email": "j*******@example.com"}

    def test_text(self, policy, keys):
        assert (
            privkit.protect(f"to {EMAIL}", policy=policy, purpose="support", keys=keys)
            == "to j*******@example.com"
        )

    def test_records_are_streamed(self, policy, keys):
        out = privkit.protect(
            iter([{"email": EMAIL}] * 3), policy=policy, purpose="support", keys=keys
        )
        assert not isinstance(out, list)
        assert len(list(out)) == 3

    def test_policy_file(self, tmp_path, keys):
        import json

        path = tmp_path / "p.json"
        path.write_text(json.dumps(POLICY))
        assert (
            privkit.protect({"email": EMAIL}, policy=path, purpose="support", keys=keys)["email"]
            != EMAIL
        )

    def test_compiled_protector(self, policy, keys):
        p = Protector(policy, keys=keys)
        assert privkit.protect({"email": EMAIL}, policy=p, purpose="support")["email"] != EMAIL
        with pytest.raises(ConfigError, match="not with it"):
            privkit.protect({"email": EMAIL}, policy=p, purpose="support", keys=keys)

    def test_unknown_purpose(self, policy, keys):
        with pytest.raises(PolicyError, match="unknown purpose"):
            privkit.protect({"email": EMAIL}, policy=policy, purpose="ads", keys=keys)

    def test_strict(self, policy, keys):
        with pytest.raises(privkit.UnhandledPIIError):
            privkit.protect(
                {"x": "10.0.0.1"}, policy=policy, purpose="support", keys=keys, strict=True
            )

    def test_table_dispatch_without_importing_pandas_here(self, policy, keys):
        pd = pytest.importorskip("pandas")
        df = pd.DataFrame({"email": [EMAIL, None], "n": [1, 2]})
        out = privkit.protect(df, policy=policy, purpose="support", keys=keys)
        assert type(out) is type(df)
        assert next(iter(out["email"])) == "j*******@example.com"
        assert list(out["n"]) == [1, 2]


class TestReveal:
    def test_roundtrip_for_allowed_actor(self, policy, keys):
        token = privkit.protect({"email": EMAIL}, policy=policy, purpose="fraud", keys=keys)[
            "email"
        ]
        assert (
            privkit.reveal(
                token, policy=policy, purpose="fraud", actor="ann", keys=keys, field="email"
            )
            == EMAIL
        )

    def test_denied(self, policy, keys):
        token = privkit.protect({"email": EMAIL}, policy=policy, purpose="fraud", keys=keys)[
            "email"
        ]
        with pytest.raises(PermissionDeniedError):
            privkit.reveal(
                token, policy=policy, purpose="support", actor="ann", keys=keys, field="email"
            )
        with pytest.raises(PermissionDeniedError):
            privkit.reveal(
                token, policy=policy, purpose="fraud", actor=Actor("bob"), keys=keys, field="email"
            )


class TestExplain:
    def test_field(self, policy):
        (d,) = privkit.explain("email", policy=policy, purpose="support").values()
        assert isinstance(d, Decision)
        assert (d.category, d.rule, d.transform) == (
            "user.contact.email",
            "rules.0 (mask-support)",
            "mask",
        )
        assert "category rule" in d.why

    def test_record_with_free_text(self, policy):
        out = privkit.explain(
            {"email": EMAIL, "notes": f"ip 10.0.0.1 mail {EMAIL}", "n": 1},
            policy=policy,
            purpose="fraud",
        )
        assert out["email"].transform == "encrypt_deterministic"
        assert out["notes"].transform == "scan"
        spans = {s.category: s.transform for s in out["notes"].spans}
        assert spans == {
            "user.contact.email": "encrypt_deterministic",
            "user.device.ip_address": "encrypt_deterministic",
        }
        assert out["n"].transform == "scan"
        assert out["n"].spans == ()

    def test_explain_needs_no_keys(self, policy):
        assert (
            privkit.explain("email", policy=policy, purpose="fraud")["email"].transform
            == "encrypt_deterministic"
        )

    def test_explain_policy_file(self, tmp_path):
        import json

        path = tmp_path / "p.json"
        path.write_text(json.dumps(POLICY))
        assert privkit.explain("email", policy=path, purpose="support")["email"].transform == "mask"

    def test_the_former_argument_order_still_works_with_a_warning(self, policy):
        with pytest.warns(DeprecationWarning, match="explain"):
            out = privkit.explain(policy, "email", purpose="support")
        assert out["email"].transform == "mask"


class TestClassify:
    scanner = Scanner(entities=["EMAIL_ADDRESS", "IP_ADDRESS", "PHONE_NUMBER"])

    def test_record(self):
        out = privkit.classify(
            {"user": {"mail": EMAIL, "ipAddress": "10.0.0.1", "plan": "gold"}, "free": "hello"},
            scanner=self.scanner,
        )
        assert out["user.mail"].category == "user.contact.email"
        assert "EMAIL_ADDRESS" in out["user.mail"].reason
        assert out["user.ipAddress"].category == "user.device.ip_address"
        assert "field name" in out["user.ipAddress"].reason
        assert out["user.plan"].category is None
        assert out["free"].category is None
        assert EMAIL not in out["user.mail"].reason
        assert EMAIL not in out.to_json()

    def test_one_return_type_for_every_input(self):
        from privkit.integrations.tables import TableClassification

        inputs = [
            {"email": EMAIL},
            ["email"],
            {"email": str},
            [{"email": EMAIL}],
            pytest.importorskip("pandas").DataFrame({"email": [EMAIL]}),
        ]
        for data in inputs:
            out = privkit.classify(data, scanner=self.scanner)
            assert isinstance(out, TableClassification), type(data)
            assert out["email"].category is privkit.Category.CONTACT_EMAIL, type(data)

    def test_schema_by_names(self):
        out = privkit.classify(["email", "idfa", "order_total", "first_name"])
        assert out["email"].category == "user.contact.email"
        assert out["idfa"].category == "user.unique_id.advertising"
        assert out["order_total"].category is None
        assert out["first_name"].category == "user.name"

    def test_schema_mapping_of_types(self):
        out = privkit.classify({"phone_number": str, "age": int})
        assert out["phone_number"].category == "user.contact.phone_number"
        assert out["age"].category is None

    def test_list_of_records_is_a_table(self):
        from privkit.integrations.tables import TableClassification

        rows = [
            {"contact": {"mail": f"user{i}@example.com"}, "ip": f"203.0.113.{i}", "n": i}
            for i in range(20)
        ]
        out = privkit.classify(rows, scanner=self.scanner)
        assert isinstance(out, TableClassification)
        assert out["contact.mail"].category == "user.contact.email"
        assert out["ip"].category == "user.device.ip_address"
        assert not out["n"].is_pii

    def test_bad_input(self):
        with pytest.raises(ConfigError):
            privkit.classify(42)
        with pytest.raises(ConfigError):
            privkit.classify([{"a": 1}, 2])


def test_api_module_imports_nothing_heavy():
    import subprocess

    code = (
        "import sys, privkit._api, privkit.audit; "
        "print(','.join(m for m in ('pandas','spacy','pydantic','yaml') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == ""


def test_a_bare_install_names_the_extra_it_lacks():
    """Without the ``policy`` extra, protect and classify say which extra to install.

    A bare ``pip install privkit-pii`` scans text; a call that needs a policy (protect,
    classify of a table) raised a raw ``ModuleNotFoundError`` naming pydantic. The extra is
    blocked here as it is absent there: ``sys.modules`` maps it to ``None``.
    """
    import subprocess

    code = (
        "import sys; sys.modules['pydantic'] = None\n"
        "import privkit\n"
        "from privkit.errors import MissingDependencyError\n"
        "print(len(privkit.scan('from 203.0.113.7', entities=['IP_ADDRESS'])))\n"
        "calls = [lambda: privkit.protect({'a': 'x@example.com'}, policy={'version': 1,"
        " 'purposes': ['p']}, purpose='p'),\n"
        "         lambda: privkit.classify({'mail': ['x@example.com']})]\n"
        "for call in calls:\n"
        "    try:\n"
        "        call()\n"
        "    except MissingDependencyError as exc:\n"
        "        print(exc.extra, 'pip install' in str(exc), 'x@example.com' in str(exc))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:3] == ["1", "policy True False", "policy True False"]
