"""Key ring: named, versioned secret keys with one primary version per name.

A :class:`KeyRing` holds the master keys that keyed transforms (``Hash``, ``Tokenize``,
``Encrypt``, ...) use. Each transform derives its own sub-key with HKDF-SHA-256 from the
master key, so one master key can back several transforms without their outputs being
related. Key material never appears in a ``repr``, a log line or an exception message;
only key ids such as ``"tokens.v2"`` do.

>>> ring = KeyRing.generate("tokens")
>>> ring
KeyRing(tokens=[v1*])
>>> ring.rotate("tokens")
2
>>> ring.key_id("tokens", ring.primary("tokens").version)
'tokens.v2'
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import secrets
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, runtime_checkable

from privkit.errors import ConfigError, KeyNotFoundError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "MIN_KEY_BYTES",
    "KeyProvider",
    "KeyRing",
    "KeyVersion",
    "generate_key",
    "parse_key_id",
]

#: Shortest master key accepted (256 bits): enough for HMAC-SHA-256, AES-256 and HKDF.
MIN_KEY_BYTES = 32
#: Longest master key accepted; longer inputs are almost certainly a wrong file.
MAX_KEY_BYTES = 1024

_MIN_DISTINCT = 8
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_KEY_ID = re.compile(r"^([a-z][a-z0-9_]{0,63})\.v([1-9][0-9]{0,8})$")
_ENV_VERSION = re.compile(r"^(.+?)__V([1-9][0-9]{0,8})$")
_FILE_NAME = re.compile(r"^([a-z][a-z0-9_]{0,63})(?:\.v([1-9][0-9]{0,8}))?\.key$")


def generate_key(nbytes: int = 32) -> str:
    """Return a new random key, base64-encoded, for ``PRIVKIT_KEY_<NAME>`` or a key file.

    Args:
        nbytes: key length in bytes (at least 32).

    Raises:
        ConfigError: ``nbytes`` is below 32 or above 1024.
    """
    if not MIN_KEY_BYTES <= nbytes <= MAX_KEY_BYTES:
        raise ConfigError(f"key length must be {MIN_KEY_BYTES}..{MAX_KEY_BYTES} bytes")
    return base64.b64encode(secrets.token_bytes(nbytes)).decode("ascii")


def parse_key_id(kid: str) -> tuple[str, int]:
    """Split a key id such as ``"tokens.v2"`` into ``("tokens", 2)``.

    Raises:
        ConfigError: ``kid`` is not of the form ``<name>.v<version>``.
    """
    m = _KEY_ID.match(kid)
    if m is None:
        raise ConfigError("malformed key id (expected '<name>.v<version>')")
    return m.group(1), int(m.group(2))


class KeyVersion(NamedTuple):
    """One version of a named key: ``version, material = ring.primary("tokens")``.

    The ``repr`` hides the key material.
    """

    version: int
    material: bytes

    def __repr__(self) -> str:
        return f"KeyVersion(version={self.version}, material=<{len(self.material)} bytes>)"

    def __str__(self) -> str:
        return self.__repr__()


@runtime_checkable
class KeyProvider(Protocol):
    """A hook to an external key manager (KMS, HSM, secret store).

    Called once per ``(name, version)`` by :meth:`KeyRing.from_kms`; returns the raw key
    bytes (at least 32).
    """

    def __call__(self, name: str, version: int, /) -> bytes:
        """Return the key material of ``name`` at ``version``."""
        ...


def _decode(text: str, *, what: str) -> bytes:
    """Decode key text: ``hex:<hex>``, ``base64:<b64>`` or bare (url-safe or standard) base64."""
    s = "".join(text.split())
    try:
        if s.startswith("hex:"):
            return bytes.fromhex(s[4:])
        s = s.removeprefix("base64:")
        s = s.replace("-", "+").replace("_", "/")
        s += "=" * (-len(s) % 4)
        return base64.b64decode(s, validate=True)
    except (ValueError, binascii.Error):
        raise ConfigError(f"{what}: key is not valid base64 or 'hex:' text") from None


def _check_material(material: bytes, *, kid: str) -> bytes:
    if not isinstance(material, bytes | bytearray):
        raise ConfigError(f"{kid}: key material must be bytes")
    material = bytes(material)
    if len(material) < MIN_KEY_BYTES:
        raise ConfigError(f"{kid}: key is too short ({len(material)} bytes, need >= 32)")
    if len(material) > MAX_KEY_BYTES:
        raise ConfigError(f"{kid}: key is too long (> {MAX_KEY_BYTES} bytes)")
    if (
        len(set(material)) < _MIN_DISTINCT
    ):  # all zero, one repeated byte, ... : certainly not random
        raise ConfigError(f"{kid}: key is weak (too few distinct bytes); use generate_key()")
    return material


def _check_name(name: str) -> str:
    if not isinstance(name, str) or _NAME.match(name) is None:
        raise ConfigError("key name must match [a-z][a-z0-9_]* (at most 64 characters)")
    return name


class KeyRing:
    """Named master keys with versions and one primary version per name.

    Build one with :meth:`from_env`, :meth:`from_files`, :meth:`from_kms` or (tests and
    demos) :meth:`generate`. New data is always protected with the primary version;
    older versions stay available so that existing tokens and ciphertexts still reveal.

    A ring pickles (Spark broadcasts it) and its ``repr`` shows names and versions only.
    """

    __slots__ = ("_derived", "_keys", "_lock", "_primary")

    def __init__(self) -> None:
        self._keys: dict[str, dict[int, bytes]] = {}
        self._primary: dict[str, int] = {}
        self._derived: dict[tuple[str, int, str, str | None, int], bytes] = {}
        self._lock = threading.Lock()

    # -- constructors --------------------------------------------------------------------

    @classmethod
    def from_env(
        cls, prefix: str = "PRIVKIT_KEY_", *, environ: Mapping[str, str] | None = None
    ) -> KeyRing:
        """Load keys from environment variables.

        ``PRIVKIT_KEY_TOKENS=<base64>`` is key ``tokens`` version 1;
        ``PRIVKIT_KEY_TOKENS__V2=<base64>`` is version 2. Values are base64 (standard or
        url-safe) or ``hex:<hex digits>``. The highest version of each name is primary.

        Args:
            prefix: variable name prefix.
            environ: mapping to read instead of ``os.environ``.

        Raises:
            ConfigError: a value is malformed, short or weak (the message names the
                variable, never its value).
        """
        env = os.environ if environ is None else environ
        ring = cls()
        for var in sorted(env):
            if not var.startswith(prefix) or len(var) == len(prefix):
                continue
            rest = var[len(prefix) :]
            m = _ENV_VERSION.match(rest)
            name, version = (m.group(1), int(m.group(2))) if m else (rest, 1)
            if _NAME.match(name.lower()) is None:
                raise ConfigError(f"{var}: key name must match [A-Z][A-Z0-9_]*")
            ring.add(name.lower(), _decode(env[var], what=var), version=version)
        return ring

    @classmethod
    def from_files(
        cls, source: Mapping[str, str | os.PathLike[str]] | str | os.PathLike[str]
    ) -> KeyRing:
        """Load keys from files holding base64 or ``hex:`` text.

        Args:
            source: either a directory, whose files ``<name>.key`` (version 1) and
                ``<name>.v<N>.key`` become keys, or a mapping from key name (optionally
                ``"<name>.v<N>"``) to file path.

        Raises:
            ConfigError: a file is missing, unreadable, malformed, short or weak.
        """
        ring = cls()
        entries: list[tuple[str, int, Path]] = []
        if isinstance(source, str | os.PathLike):
            directory = Path(source)
            if not directory.is_dir():
                raise ConfigError(f"key directory not found: {directory}")
            for path in sorted(directory.iterdir()):
                m = _FILE_NAME.match(path.name)
                if m is not None:
                    entries.append((m.group(1), int(m.group(2) or 1), path))
            if not entries:
                raise ConfigError(f"no '<name>.key' files in {directory}")
        else:
            for label, file in source.items():
                m = _KEY_ID.match(label)
                name, version = (m.group(1), int(m.group(2))) if m else (label, 1)
                entries.append((_check_name(name), version, Path(file)))
        for name, version, path in entries:
            try:
                text = path.read_text(encoding="ascii")
            except (OSError, UnicodeDecodeError):
                raise ConfigError(f"cannot read key file {path}") from None
            ring.add(name, _decode(text, what=str(path)), version=version)
        return ring

    @classmethod
    def from_kms(cls, provider: KeyProvider, keys: Mapping[str, Iterable[int]]) -> KeyRing:
        """Fetch keys from an external key manager through ``provider``.

        Args:
            provider: callable ``provider(name, version) -> bytes``.
            keys: the names to load and their versions, e.g. ``{"tokens": [1, 2]}``; the
                highest version of each name is primary.

        Raises:
            ConfigError: the provider returned a short, weak or non-bytes key.
        """
        ring = cls()
        for name, versions in keys.items():
            for version in versions:
                ring.add(name, provider(name, int(version)), version=int(version))
        return ring

    @classmethod
    def generate(cls, *names: str, nbytes: int = 32) -> KeyRing:
        """Return a ring with a fresh random key per name (tests and demos; memory only)."""
        ring = cls()
        for name in names:
            ring.add(name, base64.b64decode(generate_key(nbytes)))
        return ring

    # -- mutation ------------------------------------------------------------------------

    def add(
        self, name: str, material: bytes, *, version: int | None = None, primary: bool | None = None
    ) -> int:
        """Add a key version and return its number.

        Args:
            name: key name (``[a-z][a-z0-9_]*``).
            material: raw key bytes (32..1024, not weak).
            version: version number; default one more than the highest present.
            primary: make this version primary; default: when it is the highest version.

        Raises:
            ConfigError: bad name, duplicate version, or short/weak material.
        """
        _check_name(name)
        with self._lock:
            versions = self._keys.setdefault(name, {})
            if version is None:
                version = max(versions, default=0) + 1
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise ConfigError(f"{name}: key version must be a positive integer")
            kid = f"{name}.v{version}"
            if version in versions:
                raise ConfigError(f"{kid}: key version already present")
            versions[version] = _check_material(material, kid=kid)
            if primary or (primary is None and version == max(versions)):
                self._primary[name] = version
            return version

    def rotate(self, name: str, *, nbytes: int = 32) -> int:
        """Add a new random primary version of ``name`` and return its number.

        Older versions stay in the ring, so existing tokens still reveal.
        """
        self._versions(name)
        return self.add(name, base64.b64decode(generate_key(nbytes)), primary=True)

    def set_primary(self, name: str, version: int) -> None:
        """Make ``version`` the primary version of ``name``."""
        self.get(name, version)
        self._primary[name] = version

    # -- access --------------------------------------------------------------------------

    def _versions(self, name: str) -> dict[int, bytes]:
        try:
            return self._keys[name]
        except KeyError:
            raise KeyNotFoundError(f"key {name!r} is not in the key ring") from None

    def names(self) -> list[str]:
        """Return the key names, sorted."""
        return sorted(self._keys)

    def versions(self, name: str) -> list[int]:
        """Return the versions of ``name``, ascending."""
        return sorted(self._versions(name))

    def __contains__(self, name: object) -> bool:
        return name in self._keys

    def primary(self, name: str) -> KeyVersion:
        """Return ``(version, material)`` of the primary version of ``name``.

        Raises:
            KeyNotFoundError: ``name`` is not in the ring.
        """
        versions = self._versions(name)
        version = self._primary[name]
        return KeyVersion(version, versions[version])

    def get(self, name: str, version: int) -> bytes:
        """Return the material of ``name`` at ``version``.

        Raises:
            KeyNotFoundError: the key id is not in the ring (the message names the id).
        """
        try:
            return self._versions(name)[version]
        except KeyError:
            raise KeyNotFoundError(f"key '{name}.v{version}' is not in the key ring") from None

    def key_id(self, name: str, version: int | None = None) -> str:
        """Return the public id of a key version, e.g. ``"tokens.v2"`` (primary by default)."""
        if version is None:
            version = self.primary(name).version
        else:
            self.get(name, version)
        return f"{name}.v{version}"

    def derive(
        self,
        name: str,
        *,
        purpose: str,
        subject: str | None = None,
        version: int | None = None,
        length: int = 32,
    ) -> bytes:
        r"""Derive a sub-key with HKDF-SHA-256 from a master key.

        ``info`` is ``b"privkit/1\\0" + purpose [+ b"\\0" + subject]``, so different
        purposes (transform kinds, domains) and subjects get independent keys.

        Args:
            name: master key name.
            purpose: what the sub-key is for (e.g. ``"tokenize:email"``).
            subject: optional subject id for per-subject keys.
            version: master key version; the primary by default.
            length: sub-key length in bytes.

        Raises:
            KeyNotFoundError: the key is not in the ring.
        """
        if version is None:
            version = self.primary(name).version
        if subject is not None:  # one per subject: not cached (unbounded, and erasable)
            return hkdf(self.get(name, version), purpose=purpose, subject=subject, length=length)
        cache_key = (name, version, purpose, subject, length)
        derived = self._derived.get(cache_key)
        if derived is None:
            derived = hkdf(self.get(name, version), purpose=purpose, subject=subject, length=length)
            self._derived[cache_key] = derived
        return derived

    # -- dunder --------------------------------------------------------------------------

    def __repr__(self) -> str:
        parts = []
        for name in sorted(self._keys):
            primary = self._primary.get(name)
            vs = ", ".join(f"v{v}{'*' if v == primary else ''}" for v in sorted(self._keys[name]))
            parts.append(f"{name}=[{vs}]")
        return f"KeyRing({', '.join(parts)})"

    __str__ = __repr__

    def __getstate__(self) -> dict[str, Any]:
        return {"keys": self._keys, "primary": self._primary}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._keys = {n: dict(v) for n, v in state["keys"].items()}
        self._primary = dict(state["primary"])
        self._derived = {}
        self._lock = threading.Lock()


def hkdf(material: bytes, *, purpose: str, subject: str | None = None, length: int = 32) -> bytes:
    """HKDF-SHA-256 (RFC 5869) with privkit's ``info`` layout and an empty salt."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = b"privkit/1\0" + purpose.encode("utf-8")
    if subject is not None:
        info += b"\0" + subject.encode("utf-8", "surrogatepass")
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(material)
