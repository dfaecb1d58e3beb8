"""Fixtures of the transform tests: key rings and per-test vault namespaces.

The real PostgreSQL server (``postgres_dsn``) is started by the shared tests/conftest.py.
"""

from __future__ import annotations

import os

import pytest

from privkit.keys import KeyRing


@pytest.fixture
def pg_namespace(request) -> str:
    """A vault namespace unique to the test, so tests share one database safely."""
    return (
        "t_"
        + request.node.name.replace("[", "_").replace("]", "_")[:60]
        + "_"
        + os.urandom(4).hex()
    )


@pytest.fixture
def ring() -> KeyRing:
    return KeyRing.generate("pii", "other", "vault", "subjects")
