"""Fixtures of the adversarial suite (helpers live in ``_leaks.py``).

The real PostgreSQL server (``postgres_dsn``, from tests/conftest.py) serves the vault reveal
matrix.
"""

from pathlib import Path

import pytest


@pytest.fixture
def audit_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.jsonl"
