"""One default scanner, built lazily: planning and explaining load no model and need no keys."""

from __future__ import annotations

import subprocess
import sys

import pytest

from privkit.detect import Scanner
from privkit.errors import MissingDependencyError
from privkit.policy import Policy, Protector
from privkit.policy._scanners import default_scanner

POLICY = {
    "version": 1,
    "purposes": ["a"],
    "keys": {"t": {"source": "env", "name": "PRIVKIT_TEST_UNSET_KEY_VAR"}},
    "schema": {"plan": "none"},
    "rules": [
        {"categories": ["user.contact"], "purposes": ["a"],
         "transform": {"action": "tokenize", "key": "t"}},
    ],
}  # fmt: skip


def test_equal_text_settings_share_one_scanner():
    one = Policy.from_dict({**POLICY, "text": {"min_score": 0.7}})
    two = Policy.from_dict({**POLICY, "text": {"min_score": 0.7}})
    assert default_scanner(one.text) is default_scanner(two.text)
    assert default_scanner(one.text) is not default_scanner(Policy.from_dict(POLICY).text)
    assert Protector(one).scanner is Protector(two).scanner


def test_a_given_scanner_is_used_for_everything():
    scanner = Scanner(entities=["EMAIL_ADDRESS"])
    assert Protector(Policy.from_dict(POLICY), scanner=scanner).scanner is scanner


def test_planning_and_explaining_a_field_read_no_keys_and_load_no_model():
    code = (
        "import sys, privkit\n"
        "from privkit.policy import Policy, Protector\n"
        f"p = Protector(Policy.from_dict({POLICY!r}))\n"
        "d = p.plan({'email': 'user.contact.email', 'plan': None}, purpose='a')\n"
        "assert d['email'].transform == 'tokenize' and d['plan'].transform == 'pass'\n"
        "assert privkit.explain('plan', policy=p, purpose='a')['plan'].transform == 'pass'\n"
        "print(','.join(m for m in ('spacy', 'privkit.detect') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == ""


def test_a_spacy_model_is_loaded_once_per_process():
    from privkit.detect import _ner

    try:
        name = _ner.find_model(None)
    except MissingDependencyError:
        pytest.skip("no spaCy model installed")
    assert _ner.load_model(name) is _ner.load_model([name])
