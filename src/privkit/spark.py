"""Deprecated alias of :mod:`privkit.integrations.spark`.

Use ``privkit.protect(df, policy=..., purpose=...)`` or
``privkit.integrations.spark.protect``; ``privkit.spark.protect`` still works and warns.
"""

from __future__ import annotations

import warnings
from typing import Any

__all__ = ["classify", "protect"]  # noqa: F822 - resolved by __getattr__ (with a warning)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'privkit.spark' has no attribute {name!r}")
    warnings.warn(
        f"privkit.spark.{name} is deprecated: use privkit.integrations.spark.{name}",
        DeprecationWarning,
        stacklevel=2,
    )
    from privkit.integrations import spark

    return getattr(spark, name)
