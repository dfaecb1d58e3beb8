"""Key material and values never show in reprs, errors or pickles' reprs; transforms pickle."""

import base64
import pickle

import pytest

from privkit.errors import PrivkitError
from privkit.keys import KeyRing
from privkit.transform import SubjectKeys, _registry, apply, build
from privkit.types import Context, EntityType

SECRET = "jane.secret.doe@example.com"


def material_forms(ring: KeyRing) -> list[str]:
    forms = []
    for name in ring.names():
        for version in ring.versions(name):
            raw = ring.get(name, version)
            derived = [ring.derive(name, purpose=p) for p in ("hash", "encrypt", "fpe", "siv")]
            for b in [raw, *derived]:
                forms += [
                    b.hex(),
                    b.hex()[:16],
                    base64.b64encode(b).decode()[:16],
                    base64.urlsafe_b64encode(b).decode()[:16],
                    repr(b)[2:18],
                ]
    return forms


def every_transform(ring, tmp_path):
    subjects = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
    params = {
        "hash": {"key": "pii", "per_subject": subjects},
        "tokenize": {"key": "pii"},
        "vault": {"key": "vault", "store": str(tmp_path / "v.db")},
        "fpe": {"key": "pii"},
        "encrypt": {"key": "pii"},
        "encrypt_deterministic": {"key": "pii"},
        "date_shift": {"key": "pii"},
    }
    return [build(n, keys=ring, **params.get(n, {})) for n in _registry.BUILTINS]


def test_reprs_hold_no_key_material(ring, tmp_path):
    texts = [repr(ring), str(ring), repr(ring.primary("pii")), str(ring.primary("pii"))]
    for t in every_transform(ring, tmp_path):
        texts += [repr(t), str(t)]
    blob = "\n".join(texts)
    for form in material_forms(ring):
        assert form not in blob


def test_transforms_pickle_and_behave_the_same(ring, tmp_path):
    ctx = Context(entity=EntityType.EMAIL_ADDRESS, subject="s1", field="f")
    for t in every_transform(ring, tmp_path):
        value = {"generalize": "203.0.113.9", "date_shift": "2024-03-17"}.get(t.name, SECRET)
        c = Context(entity=EntityType.IP_ADDRESS) if t.name == "generalize" else ctx
        clone = pickle.loads(pickle.dumps(t))  # noqa: S301
        out = t(value, c)
        if t.deterministic:
            assert clone(value, c) == out, t.name
        if hasattr(t, "reveal"):
            assert clone.reveal(out, c) == value, t.name


@pytest.mark.parametrize(
    ("name", "params", "value"),
    [
        ("fpe", {"key": "pii", "shape": "digits"}, "12-34"),
        ("fpe", {"key": "pii", "shape": "card"}, "4111111111111112"),
        ("fpe", {"key": "pii", "shape": "email"}, "jo@example.com"),
        ("fpe", {"key": "pii", "shape": "alphabet", "alphabet": "digits"}, "12345678x9"),
        ("fpe", {"key": "pii", "shape": "ip"}, "jane-host.example"),
        ("generalize", {"kind": "date"}, "born on 12 May"),
        ("generalize", {"kind": "ip"}, "jane-host.example"),
        ("date_shift", {"key": "pii"}, "not-a-date-jane"),
        ("hash", {"key": "pii"}, "jane\udc80doe"),
    ],
)
def test_errors_never_contain_the_value(ring, name, params, value):
    t = build(name, keys=ring if "key" in params else None, **params)
    with pytest.raises(PrivkitError) as exc:
        apply(t, value, Context(subject="s"))
    message = str(exc.value) + repr(exc.value)
    assert value not in message
    assert "jane" not in message
    assert "1234" not in message


def test_type_errors_name_the_type_only(ring):
    with pytest.raises(TypeError) as exc:
        apply(build("hash", keys=ring, key="pii"), b"jane.secret")
    assert "jane" not in str(exc.value)
    assert "bytes" in str(exc.value)


def test_tokens_do_not_contain_value(ring, tmp_path):
    for t in every_transform(ring, tmp_path):
        if t.name in ("keep", "generalize", "fpe", "date_shift", "mask"):
            continue
        out = apply(t, SECRET, Context(entity=EntityType.EMAIL_ADDRESS, subject="s1"))
        assert out is None or "jane" not in out, t.name
