"""Shared pytest configuration."""

import os

from hypothesis import HealthCheck, settings

# CI machines have 2 cores shared by several jobs: no deadlines, bounded examples.
settings.register_profile(
    "ci", deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", deadline=None, max_examples=50)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
