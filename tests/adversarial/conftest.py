"""Fixtures of the adversarial suite (helpers live in ``_leaks.py``).

The real PostgreSQL server of the transform tests is shared here for the vault reveal matrix.
"""

from pathlib import Path

import pytest
from tests.unit.transform.conftest import postgres_dsn  # noqa: F401 - same real server setup


@pytest.fixture
def audit_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.jsonl"
