import pickle
import sqlite3
import time

import pytest

from privkit.errors import ConfigError, ErasedSubjectError, InvalidToken, TransformError
from privkit.transform import PostgresStore, SQLiteStore, SubjectKeys, VaultTokenize, apply_many
from privkit.types import Context, EntityType


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = SQLiteStore(tmp_path / "vault.db")
    else:
        s = PostgresStore(request.getfixturevalue("postgres_dsn"))
    yield s
    s.close()


@pytest.fixture
def ns(request):
    return request.getfixturevalue("pg_namespace")


def vault(ring, store, ns, **kw):
    return VaultTokenize(keys=ring, key="vault", store=store, namespace=ns, **kw)


class TestVault:
    def test_round_trip_convergent(self, ring, store, ns):
        v = vault(ring, store, ns)
        tokens = v.tokenize_many(["a", "b", "a", "ü ✓", ""])
        assert tokens[0] == tokens[2]
        assert len(set(tokens)) == 4
        assert all(len(t) == 32 for t in tokens)
        assert v.reveal_many(tokens) == ["a", "b", "a", "ü ✓", ""]
        assert v("a") == tokens[0]  # a later call finds the existing token
        assert v.reveal(tokens[1]) == "b"

    def test_non_convergent_mints_new_tokens(self, ring, store, ns):
        v = vault(ring, store, ns, convergent=False)
        a, b = v("x"), v("x")
        assert a != b
        assert v.reveal(a) == v.reveal(b) == "x"
        with pytest.raises(ConfigError):
            v.lookup("x")

    def test_lookup(self, ring, store, ns):
        v = vault(ring, store, ns)
        tok = v("x")
        assert v.lookup("x") == tok
        assert v.lookup("never") is None
        assert v.lookup_many(["x", "never", "x"]) == [tok, None, tok]

    def test_namespaces_are_separate(self, ring, store, ns):
        a = vault(ring, store, ns)
        b = vault(ring, store, ns + "_b")
        ta = a("x")
        assert b("x") != ta
        with pytest.raises(InvalidToken):
            b.reveal(ta)

    def test_unknown_token(self, ring, store, ns):
        with pytest.raises(InvalidToken):
            vault(ring, store, ns).reveal("nosuchtoken")

    def test_delete(self, ring, store, ns):
        v = vault(ring, store, ns)
        t1, t2, t3 = v.tokenize_many(["a", "b", "c"])
        assert v.delete(t1) is True
        assert v.delete(t1) is False
        assert v.delete_many([t2, t3, "zzz"]) == 2
        with pytest.raises(InvalidToken):
            v.reveal(t1)
        assert v.lookup("a") is None

    def test_expiry(self, ring, store, ns, monkeypatch):
        from privkit.transform import _vault

        clock = [time.time()]  # a controllable clock: expiry without sleeping
        monkeypatch.setattr(_vault, "time", type("Clock", (), {"time": lambda: clock[0]}))
        v = vault(ring, store, ns, ttl=60)
        tok = v("x")
        clock[0] += 59
        assert v.reveal(tok) == "x"
        clock[0] += 2
        with pytest.raises(InvalidToken):
            v.reveal(tok)
        assert v.lookup("x") is None
        fresh = v("x")  # an expired entry gives way to a new token
        assert fresh != tok
        assert v.reveal(fresh) == "x"
        with pytest.raises(InvalidToken):
            v.reveal(tok)  # the expired entry was replaced
        clock[0] += 61
        assert v.purge_expired() == 1

    def test_rotation_and_rewrap(self, ring, store, ns):
        v = vault(ring, store, ns)
        old = v.tokenize_many(["a", "b"])
        ring.rotate("vault")
        assert v.reveal_many(old) == ["a", "b"]
        assert v("a") == old[0]  # fingerprints survive rotation
        new = v("c")
        assert v.rewrap() == 2
        assert v.rewrap() == 0
        assert v.reveal_many([*old, new]) == ["a", "b", "c"]

    def test_category_binding_and_rewrap_per_category(self, ring, store, ns):
        from privkit.types import Context

        v = vault(ring, store, ns)
        email, phone = (
            Context(category="user.contact.email"),
            Context(category="user.contact.phone_number"),
        )
        t_email = v("4155550100", email)
        t_phone = v("4155550100", phone)
        assert t_email != t_phone  # convergent per category, not across categories
        assert v("4155550100", email) == t_email
        assert v.lookup("4155550100", email) == t_email
        assert v.reveal(t_phone, phone) == "4155550100"
        for tok, ctx in ((t_email, phone), (t_phone, email), (t_phone, None)):
            with pytest.raises(InvalidToken):
                v.reveal(tok, ctx)
        ring.rotate("vault")
        assert v.rewrap() == 0  # rows bound to a category are not rewrapped without it
        assert v.rewrap(categories=["user.contact.email"]) == 1
        assert v.rewrap(categories=["user.contact.email", "user.contact.phone_number"]) == 1
        assert v.reveal(t_email, email) == v.reveal(t_phone, phone) == "4155550100"
        with pytest.raises(InvalidToken):
            v.reveal(t_email, phone)

    def test_wrong_key_ring(self, ring, store, ns):
        from privkit.keys import KeyRing

        tok = vault(ring, store, ns)("x")
        other = VaultTokenize(
            keys=KeyRing.generate("vault"), key="vault", store=store, namespace=ns
        )
        with pytest.raises(InvalidToken):
            other.reveal(tok)

    def test_prefixes(self, ring, store, ns):
        v = vault(ring, store, ns, entity_prefix=True)
        assert v("x", Context(entity=EntityType.EMAIL_ADDRESS)).startswith("tok_email_")
        assert vault(ring, store, ns + "p", prefix="v_")("x").startswith("v_")

    def test_apply_many_keeps_order_and_missing(self, ring, store, ns):
        v = vault(ring, store, ns)
        values = ["a", None, "b", float("nan"), "a", 7]
        out = apply_many(v, values)
        assert out[1] is None
        assert out[3] != out[3]  # NaN passes through
        assert out[0] == out[4]
        assert v.reveal_many([out[0], out[2], out[5]]) == ["a", "b", "7"]

    def test_large_batch(self, ring, store, ns):
        v = vault(ring, store, ns)
        values = [f"user{i}@example.com" for i in range(12_000)]
        tokens = v.tokenize_many(values)
        assert len(set(tokens)) == 12_000
        assert v.reveal_many(tokens[::997]) == values[::997]
        assert v.tokenize_many(values[:100]) == tokens[:100]

    def test_known_values_among_new_ones_keep_their_tokens(self, ring, store, ns):
        # Known values away from the probed positions (every 4th of 303): SQLite's
        # insert-first path must notice the conflicts and fall back to the full lookup.
        v = vault(ring, store, ns)
        known = ["k0", "k1", "k2"]
        known_tokens = v.tokenize_many(known)
        values = [f"new{i}@example.com" for i in range(300)]
        for pos, k in zip((1, 101, 249), known, strict=True):
            values.insert(pos, k)
        tokens = v.tokenize_many(values)
        assert [tokens[1], tokens[101], tokens[249]] == known_tokens
        assert len(set(tokens)) == len(values)
        assert v.reveal_many(tokens) == values
        assert v.lookup_many(values) == tokens

    def test_expired_value_among_new_ones_gets_a_new_token(self, ring, store, ns, monkeypatch):
        from privkit.transform import _vault

        clock = [time.time()]
        monkeypatch.setattr(_vault, "time", type("Clock", (), {"time": lambda: clock[0]}))
        v = vault(ring, store, ns, ttl=60)
        old = v("x")
        clock[0] += 61
        values = [f"new{i}" for i in range(200)]
        values.insert(1, "x")
        tokens = v.tokenize_many(values)
        assert tokens[1] != old
        assert v.reveal_many(tokens) == values
        with pytest.raises(InvalidToken):
            v.reveal(old)

    def test_pickles_without_connection(self, ring, store, ns):
        v = vault(ring, store, ns)
        tok = v("x")
        clone = pickle.loads(pickle.dumps(v))  # noqa: S301
        assert clone.reveal(tok) == "x"

    def test_per_subject_forget(self, ring, store, ns):
        subjects = SubjectKeys(store, keys=ring, key="subjects")
        v = vault(ring, store, ns, per_subject=subjects)
        alice, bob = Context(subject=f"alice-{ns}"), Context(subject=f"bob-{ns}")
        ta = v("shared value", alice)
        tb = v("shared value", bob)
        assert ta != tb  # fingerprints are per subject: not linkable across subjects
        assert v("shared value", alice) == ta
        assert v.lookup("shared value", alice) == ta
        assert v.reveal(ta) == "shared value"  # reveal needs no subject: the row names it
        assert v.forget(alice.subject) is True
        with pytest.raises(ErasedSubjectError):
            v.reveal(ta)
        with pytest.raises(ErasedSubjectError):
            v("another", alice)
        assert v.reveal(tb) == "shared value"
        with pytest.raises(TransformError):
            v("x")  # per-subject mode needs ctx.subject

    @pytest.mark.parametrize(
        "kwargs", [{"namespace": ""}, {"ttl": 0}, {"ttl": "1"}, {"convergent": 1}, {"prefix": 3}]
    )
    def test_invalid(self, ring, store, kwargs):
        with pytest.raises(ConfigError):
            VaultTokenize(keys=ring, key="vault", store=store, **kwargs)


class TestSQLiteFile:
    def test_wal_and_ciphertext_only(self, ring, tmp_path):
        path = tmp_path / "v.db"
        v = VaultTokenize(keys=ring, key="vault", store=str(path))
        tok = v("very-secret-value@example.com")
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            (ct,) = conn.execute(
                "SELECT ciphertext FROM privkit_vault WHERE token = ?", [tok]
            ).fetchone()
        raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
        assert b"very-secret-value" not in raw
        assert b"very-secret-value" not in ct

    def test_tampered_row_is_invalid_token(self, ring, tmp_path):
        path = tmp_path / "v.db"
        v = VaultTokenize(keys=ring, key="vault", store=path)
        t1, t2 = v.tokenize_many(["a", "b"])
        with sqlite3.connect(path) as conn:  # swap the two ciphertexts
            c1 = conn.execute(
                "SELECT ciphertext FROM privkit_vault WHERE token=?", [t1]
            ).fetchone()[0]
            c2 = conn.execute(
                "SELECT ciphertext FROM privkit_vault WHERE token=?", [t2]
            ).fetchone()[0]
            conn.execute("UPDATE privkit_vault SET ciphertext=? WHERE token=?", [c2, t1])
            conn.execute("UPDATE privkit_vault SET ciphertext=? WHERE token=?", [c1, t2])
        with pytest.raises(InvalidToken):
            v.reveal(t1)

    def test_store_from_url_string(self, ring, tmp_path):
        v = VaultTokenize(keys=ring, key="vault", store=f"sqlite:///{tmp_path}/u.db")
        assert isinstance(v.store, SQLiteStore)
        assert v.reveal(v("x")) == "x"
        assert (tmp_path / "u.db").exists()

    def test_postgres_repr_hides_dsn(self):
        assert "secret" not in repr(PostgresStore("postgresql://u:secret@h/db"))
