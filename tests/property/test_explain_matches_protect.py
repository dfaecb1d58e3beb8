"""explain and protect agree on every field: explain's decision is what protect executes.

The oracle is independent of the engine's execution: for a whole-field decision the
expected value is the transform named by the explained rule, built from the policy's own
action and applied to the value; consent-gated values without consent are suppressed;
fields explained as passed through come back unchanged; scanned fields change exactly when
explain found spans in them (and stay unchanged when it found none).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privkit._records import leaves
from privkit.detect import Scanner
from privkit.keys import KeyRing
from privkit.policy import Policy, Protector
from privkit.policy._taxonomy import ENTITY_OF
from privkit.transform import apply, build
from privkit.types import Context

KEYS = KeyRing.generate("tokens")
POLICY = Policy.from_dict(
    {
        "version": 1,
        "purposes": ["support"],
        "default": "redact",
        "schema": {
            "plan": "none",
            "notes": "text",
            "user.mail": "user.contact.email",
            "phone": "user.contact.phone_number",
        },
        "rules": [
            {"fields": ["secret_*"], "purposes": ["support"],
             "transform": {"action": "hash", "key": "tokens"}},
            {"categories": ["user.contact.email"], "purposes": ["support"],
             "transform": {"action": "tokenize", "key": "tokens"}},
            {"categories": ["user.contact.phone_number"], "purposes": ["support"],
             "consent": "phone_ok", "transform": {"action": "mask", "keep_last": 2}},
        ],
    }
)  # fmt: skip
PROTECTOR = Protector(
    POLICY, keys=KEYS, scanner=Scanner(entities=["EMAIL_ADDRESS", "PHONE_NUMBER"])
)

TEXT = st.one_of(
    st.emails(),
    st.sampled_from(["+1 415 555 0100", "call +44 20 7946 0958", "gold", "ana@example.com hi"]),
    st.text(alphabet="abc @.+0123456789", max_size=24),
)
VALUE = st.one_of(TEXT, st.integers(-(10**12), 10**12), st.none(), st.booleans())
RECORD = st.fixed_dictionaries(
    {},
    optional={
        "plan": VALUE,
        "notes": VALUE,
        "phone": VALUE,
        "phone_ok": st.booleans(),
        "secret_code": VALUE,
        "misc": VALUE,
        "user": st.fixed_dictionaries({}, optional={"mail": VALUE, "id": VALUE}),
        "items": st.lists(st.fixed_dictionaries({"mail": VALUE}), max_size=3),
    },
)


def _expected_whole(path: str, value: object, decision, record) -> object:
    if value is None:
        return None
    if decision.consent and record.get(decision.consent) is not True:
        return None  # suppressed: no consent
    if decision.rule == "default":
        action = POLICY.default
    else:
        action = POLICY.rules[int(decision.rule.split(".")[1].split()[0])].transform
    transform = build(action.action, keys=KEYS if action.key_name else None, **action.params())
    ctx = Context(
        field=path, entity=ENTITY_OF.get(decision.category) if decision.category else None
    )
    try:
        return apply(transform, value, ctx)
    except TypeError:  # the engine's rule: a type the transform does not take goes as text
        return apply(transform, str(value), ctx)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RECORD)
def test_explain_and_protect_agree_on_every_field(record):
    explained = PROTECTOR.explain(record, purpose="support")
    protected = PROTECTOR.protect(record, purpose="support")
    before, after = leaves([record]), leaves([protected])
    assert set(explained) == set(before)  # explain covers every field protect visits
    for path, values in before.items():
        d = explained[path]
        out = after[path]
        assert len(out) == len(values)
        if d.transform == "scan":
            # spans are explained per field: a field with none is unchanged, a field with
            # some had at least one of its values rewritten
            if d.spans:
                assert out != values, (path, d)
            else:
                assert out == values, (path, d)
            continue
        for value, got in zip(values, out, strict=True):
            if d.transform in ("pass", "keep"):
                assert got == value, (path, d)
            else:
                assert got == _expected_whole(path, value, d, record), (path, d)
