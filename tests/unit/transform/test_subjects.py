import sqlite3

import pytest

from privkit.errors import ConfigError, ErasedSubjectError, InvalidToken, TransformError
from privkit.keys import KeyRing
from privkit.transform import PostgresStore, SQLiteStore, SubjectKeys


@pytest.fixture(params=["sqlite", "postgres"])
def subjects(request, tmp_path, ring):
    if request.param == "sqlite":
        store = SQLiteStore(tmp_path / "s.db")
    else:
        store = PostgresStore(request.getfixturevalue("postgres_dsn"))
    yield SubjectKeys(store, keys=ring, key="subjects")
    store.close()


def test_key_created_once_and_stable(subjects, pg_namespace):
    sid = "alice-" + pg_namespace
    with pytest.raises(InvalidToken):
        subjects.key_for(sid)  # no key yet, not created
    k = subjects.key_for(sid, create=True)
    assert len(k) == 32
    assert subjects.key_for(sid) == k
    assert subjects.key_for("bob-" + pg_namespace, create=True) != k


def test_forget(subjects, pg_namespace):
    sid = "carol-" + pg_namespace
    subjects.key_for(sid, create=True)
    assert subjects.is_forgotten(sid) is False
    assert subjects.forget(sid) is True
    assert subjects.is_forgotten(sid) is True
    assert subjects.forget(sid) is False
    with pytest.raises(ErasedSubjectError):
        subjects.key_for(sid, create=True)
    # forgetting a never-seen subject leaves a tombstone too
    assert subjects.forget("dave-" + pg_namespace) is False
    with pytest.raises(ErasedSubjectError):
        subjects.key_for("dave-" + pg_namespace, create=True)


def test_store_holds_no_subject_id_or_raw_key(tmp_path, ring):
    subjects = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
    key = subjects.key_for("alice@example.com", create=True)
    raw = (tmp_path / "s.db").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("s.db-*")
    )
    assert b"alice@example.com" not in raw
    assert key not in raw
    with sqlite3.connect(tmp_path / "s.db") as conn:
        rows = conn.execute("SELECT subject, wrapped FROM privkit_subjects").fetchall()
    assert len(rows) == 1
    assert key not in rows[0][1]


def test_wrapping_key_rotation_keeps_old_subjects(tmp_path, ring):
    subjects = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
    k = subjects.key_for("a", create=True)
    ring.rotate("subjects")
    assert subjects.key_for("a") == k
    assert subjects.key_for("b", create=True) != k


def test_other_ring_cannot_unwrap(tmp_path, ring):
    SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects").key_for("a", create=True)
    other = KeyRing.generate("subjects")
    with pytest.raises(InvalidToken):
        SubjectKeys(tmp_path / "s.db", keys=other, key="subjects").key_for("a")


def test_invalid(tmp_path, ring):
    with pytest.raises(ConfigError):
        SubjectKeys(tmp_path / "s.db", keys="ring", key="subjects")  # type: ignore[arg-type]
    s = SubjectKeys(tmp_path / "s.db", keys=ring, key="subjects")
    with pytest.raises(TransformError):
        s.key_for("", create=True)
    assert "subjects" in repr(s)
