import base64
import pickle

import pytest

from privkit.errors import ConfigError, KeyNotFoundError
from privkit.keys import KeyRing, KeyVersion, generate_key, parse_key_id

K1 = bytes(range(32))
K2 = bytes(range(100, 132))


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


class TestFromEnv:
    def test_names_versions_and_primary(self):
        ring = KeyRing.from_env(
            environ={"PRIVKIT_KEY_TOKENS": b64(K1), "PRIVKIT_KEY_TOKENS__V2": b64(K2), "OTHER": "x"}
        )
        assert ring.names() == ["tokens"]
        assert ring.versions("tokens") == [1, 2]
        assert ring.primary("tokens") == (2, K2)
        assert ring.get("tokens", 1) == K1

    def test_hex_and_urlsafe_base64(self):
        ring = KeyRing.from_env(
            environ={
                "PRIVKIT_KEY_A": "hex:" + K1.hex(),
                "PRIVKIT_KEY_B": base64.urlsafe_b64encode(K2).decode().rstrip("="),
            }
        )
        assert ring.get("a", 1) == K1
        assert ring.get("b", 1) == K2

    def test_custom_prefix(self):
        ring = KeyRing.from_env("APP_", environ={"APP_PII": b64(K1), "PRIVKIT_KEY_X": b64(K2)})
        assert ring.names() == ["pii"]

    def test_malformed_value_names_variable_not_value(self):
        with pytest.raises(ConfigError, match="PRIVKIT_KEY_BAD") as exc:
            KeyRing.from_env(environ={"PRIVKIT_KEY_BAD": "not*base64!secretvalue"})
        assert "secretvalue" not in str(exc.value)

    def test_short_key_refused(self):
        with pytest.raises(ConfigError, match="too short"):
            KeyRing.from_env(environ={"PRIVKIT_KEY_A": b64(K1[:16])})

    def test_weak_key_refused(self):
        with pytest.raises(ConfigError, match="weak"):
            KeyRing.from_env(environ={"PRIVKIT_KEY_A": b64(bytes(32))})

    def test_bad_name_refused(self):
        with pytest.raises(ConfigError):
            KeyRing.from_env(environ={"PRIVKIT_KEY_9X": b64(K1)})

    def test_reads_os_environ(self, monkeypatch):
        monkeypatch.setenv("PRIVKIT_KEY_ENVTEST", b64(K1))
        assert KeyRing.from_env().get("envtest", 1) == K1


class TestFromFiles:
    def test_directory(self, tmp_path):
        (tmp_path / "pii.key").write_text(b64(K1) + "\n")
        (tmp_path / "pii.v2.key").write_text("hex:" + K2.hex())
        (tmp_path / "README").write_text("ignored")
        ring = KeyRing.from_files(tmp_path)
        assert ring.versions("pii") == [1, 2]
        assert ring.primary("pii").material == K2

    def test_mapping(self, tmp_path):
        (tmp_path / "a").write_text(b64(K1))
        (tmp_path / "b").write_text(b64(K2))
        ring = KeyRing.from_files({"tokens": tmp_path / "a", "tokens.v3": tmp_path / "b"})
        assert ring.versions("tokens") == [1, 3]
        assert ring.primary("tokens").version == 3

    def test_missing_file(self, tmp_path):
        with pytest.raises(ConfigError, match="cannot read"):
            KeyRing.from_files({"a": tmp_path / "nope"})

    def test_empty_directory(self, tmp_path):
        with pytest.raises(ConfigError, match="no"):
            KeyRing.from_files(tmp_path)


class TestFromKms:
    def test_provider_called_per_version(self):
        calls = []

        def provider(name: str, version: int) -> bytes:
            calls.append((name, version))
            return bytes(range(version, version + 32))

        ring = KeyRing.from_kms(provider, {"pii": [1, 2]})
        assert calls == [("pii", 1), ("pii", 2)]
        assert ring.primary("pii") == (2, bytes(range(2, 34)))

    def test_provider_short_key_refused(self):
        with pytest.raises(ConfigError):
            KeyRing.from_kms(lambda n, v: b"short", {"pii": [1]})

    def test_provider_non_bytes_refused(self):
        with pytest.raises(ConfigError):
            KeyRing.from_kms(lambda n, v: "x" * 40, {"pii": [1]})  # type: ignore[arg-type, return-value]


class TestRing:
    def test_generate_rotate_keeps_old_versions(self):
        ring = KeyRing.generate("a", "b")
        old = ring.primary("a")
        assert ring.rotate("a") == 2
        assert ring.primary("a").version == 2
        assert ring.get("a", 1) == old.material
        assert ring.primary("a").material != old.material
        assert ring.names() == ["a", "b"]

    def test_missing_key_names_id_only(self):
        ring = KeyRing.generate("a")
        with pytest.raises(KeyNotFoundError, match="'zz'"):
            ring.primary("zz")
        with pytest.raises(KeyNotFoundError) as exc:
            ring.get("a", 7)
        assert str(exc.value) == "key 'a.v7' is not in the key ring"

    def test_rotate_unknown_raises(self):
        with pytest.raises(KeyNotFoundError):
            KeyRing.generate("a").rotate("b")

    def test_duplicate_version_refused(self):
        ring = KeyRing()
        ring.add("a", K1, version=1)
        with pytest.raises(ConfigError, match=r"a\.v1"):
            ring.add("a", K2, version=1)

    def test_add_older_version_does_not_become_primary(self):
        ring = KeyRing()
        ring.add("a", K1, version=3)
        ring.add("a", K2, version=1)
        assert ring.primary("a").version == 3
        ring.set_primary("a", 1)
        assert ring.primary("a").version == 1

    def test_key_id(self):
        ring = KeyRing.generate("tokens")
        ring.rotate("tokens")
        assert ring.key_id("tokens") == "tokens.v2"
        assert ring.key_id("tokens", 1) == "tokens.v1"
        assert parse_key_id("tokens.v2") == ("tokens", 2)
        for bad in ("tokens", "tokens.v0", "Tokens.v1", "a.b.v1"):
            with pytest.raises(ConfigError):
                parse_key_id(bad)

    def test_derive_separates_purposes_subjects_versions(self):
        ring = KeyRing.generate("a")
        ring.rotate("a")
        base = ring.derive("a", purpose="x")
        assert base == ring.derive("a", purpose="x")
        assert len(base) == 32
        assert len(ring.derive("a", purpose="x", length=64)) == 64
        others = {
            ring.derive("a", purpose="y"),
            ring.derive("a", purpose="x", subject="s1"),
            ring.derive("a", purpose="x", subject="s2"),
            ring.derive("a", purpose="x", version=1),
        }
        assert base not in others
        assert len(others) == 4
        s1 = ring.derive("a", purpose="x", subject="s1")
        assert s1 == ring.derive("a", purpose="x", subject="s1")  # stable, though not cached

    def test_derive_matches_rfc5869_hkdf(self):
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        ring = KeyRing()
        ring.add("a", K1)
        expected = HKDF(hashes.SHA256(), 32, None, b"privkit/1\0hash").derive(K1)
        assert ring.derive("a", purpose="hash") == expected

    def test_generate_key(self):
        k = generate_key()
        assert len(base64.b64decode(k)) == 32
        assert len(base64.b64decode(generate_key(64))) == 64
        assert generate_key() != k
        with pytest.raises(ConfigError):
            generate_key(16)


class TestSecrecy:
    def test_repr_shows_names_and_versions_only(self):
        ring = KeyRing()
        ring.add("pii", K1)
        ring.add("pii", K2)
        ring.derive("pii", purpose="x")
        text = repr(ring) + str(ring)
        assert repr(ring) == "KeyRing(pii=[v1, v2*])"
        for material in (K1, K2):
            assert b64(material) not in text
            assert material.hex() not in text
            assert repr(material) not in text

    def test_key_version_repr_hides_material(self):
        kv = KeyVersion(1, K1)
        assert K1.hex() not in repr(kv)
        assert repr(K1) not in str(kv)
        version, material = kv
        assert (version, material) == (1, K1)

    def test_pickle_round_trip(self):
        ring = KeyRing.generate("a", "b")
        ring.rotate("a")
        ring.derive("a", purpose="x")
        clone = pickle.loads(pickle.dumps(ring))  # noqa: S301
        assert clone._derived == {}  # derived sub-keys are a cache, not state
        assert repr(clone) == repr(ring)
        assert clone.get("a", 1) == ring.get("a", 1)
        assert clone.derive("a", purpose="x") == ring.derive("a", purpose="x")
