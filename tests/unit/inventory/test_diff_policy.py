"""Drift between maps, the policy check and the draft schema block."""

from __future__ import annotations

import sqlite3

import pytest

from privkit.inventory import InventoryMap, check_policy, diff, inventory
from privkit.policy import Policy


def _db(path, columns: dict[str, str]):
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute(f"CREATE TABLE users ({', '.join(columns)})")
    con.executemany(
        f"INSERT INTO users VALUES ({','.join('?' * len(columns))})",
        [[v.format(i=i) for v in columns.values()] for i in range(40)],
    )
    con.commit()
    con.close()
    return f"sqlite:///{path}"


BASE = {"id": "{i}", "email": "u{i}@example.com", "ip": "10.0.0.{i}", "plan": "free"}


class TestDiff:
    def test_new_removed_and_changed(self, tmp_path, pattern_scanner):
        url = _db(tmp_path / "a.db", BASE)
        old = inventory({"app": url}, scanner=pattern_scanner)
        url = _db(
            tmp_path / "a.db",
            {
                "id": "{i}",
                "email": "+1 415 555 {i:04d}",
                "plan": "free",
                "backup_email": "b{i}@example.com",
            },
        )
        new = inventory({"app": url}, scanner=pattern_scanner)
        d = diff(old, new)
        assert [(c.column, c.old, c.new) for c in d.new] == [
            ("backup_email", None, "user.contact.email")
        ]
        assert [(c.column, c.old) for c in d.removed] == [("ip", "user.device.ip_address")]
        assert [(c.column, c.old, c.new) for c in d.changed] == [
            ("email", "user.contact.email", "user.contact.phone_number")
        ]
        assert d.fails

    def test_same_data_no_drift_and_round_trip(self, tmp_path, pattern_scanner):
        url = _db(tmp_path / "a.db", BASE)
        a = inventory({"app": url}, scanner=pattern_scanner)
        b = InventoryMap.from_json(inventory({"app": url}, scanner=pattern_scanner).to_json())
        assert not diff(a, b)
        assert not diff(a, b).fails

    def test_skipped_source_is_not_checked_rather_than_removed(self, tmp_path, pattern_scanner):
        url = _db(tmp_path / "a.db", BASE)
        old = inventory({"app": url}, scanner=pattern_scanner)
        (tmp_path / "a.db").unlink()
        d = diff(old, inventory({"app": url}, scanner=pattern_scanner))
        assert d.removed == ()
        assert d.not_checked == ("app: users",)

    def test_removed_personal_column_does_not_fail_ci(self, tmp_path, pattern_scanner):
        url = _db(tmp_path / "a.db", BASE)
        old = inventory({"app": url}, scanner=pattern_scanner)
        url = _db(tmp_path / "a.db", {"id": "{i}", "email": "u{i}@example.com", "plan": "x"})
        d = diff(old, inventory({"app": url}, scanner=pattern_scanner))
        assert d
        assert not d.fails


POLICY = {
    "version": 1,
    "purposes": ["support", "analytics"],
    "schema": {"email": "user.contact.email", "plan": "none", "fax": "user.contact.phone_number"},
    "rules": [
        {
            "categories": ["user.contact.email"],
            "purposes": ["support", "analytics"],
            "transform": "redact",
        },
        {"categories": ["user.device.ip_address"], "purposes": ["support"], "transform": "redact"},
    ],
}


class TestPolicy:
    def test_undeclared_missing_unruled_and_draft(self, tmp_path, pattern_scanner):
        url = _db(
            tmp_path / "a.db",
            {**BASE, "notes": "call me back at u{i}@example.com about my order please"},
        )
        m = inventory({"app": url}, scanner=pattern_scanner)
        check = check_policy(m, Policy.from_dict(POLICY))
        assert [(c, k) for _s, _t, c, k in check.undeclared] == [
            ("ip", "user.device.ip_address"),
            ("notes", "text"),
        ]
        assert check.missing == ("fax",)
        assert check.unruled == (("user.device.ip_address", "analytics", 1),)
        assert check.draft_schema == {"ip": "user.device.ip_address", "notes": "text"}
        assert check.draft_yaml() == "schema:\n  ip: user.device.ip_address\n  notes: text\n"
        assert check.fails
        # the draft is a valid schema block for the policy
        Policy.from_dict({**POLICY, "schema": {**POLICY["schema"], **check.draft_schema}})

    def test_table_qualified_declarations_count(self, tmp_path, pattern_scanner):
        url = _db(tmp_path / "a.db", BASE)
        m = inventory({"app": url}, scanner=pattern_scanner)
        policy = {
            **POLICY,
            "schema": {"users.email": "user.contact.email", "users.ip": "user.device.ip_address"},
        }
        policy["rules"] = [
            *POLICY["rules"],
            {"categories": ["user.device"], "purposes": ["analytics"], "transform": "redact"},
        ]
        check = check_policy(m, Policy.from_dict(policy))
        assert check.undeclared == ()
        assert check.missing == ()
        assert check.unruled == ()
        assert not check.fails

    def test_policy_file_path(self, tmp_path, pattern_scanner):
        import json

        url = _db(tmp_path / "a.db", BASE)
        p = tmp_path / "p.json"
        p.write_text(json.dumps(POLICY))
        check = check_policy(inventory({"app": url}, scanner=pattern_scanner), p)
        assert check.missing == ("fax",)

    def test_bad_policy_is_an_error(self, tmp_path):
        from privkit.errors import PolicyError

        p = tmp_path / "p.json"
        p.write_text('{"version": 1}')
        with pytest.raises(PolicyError):
            check_policy(InventoryMap(()), p)
