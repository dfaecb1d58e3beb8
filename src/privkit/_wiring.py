"""Where the top layer plugs the table adapter into the engine (the engine never imports it).

``privkit/__init__.py`` sets :data:`protect_table` to a function that imports
:mod:`privkit.integrations.tables` on first use, so :meth:`privkit.Protector.protect` accepts
DataFrames while the policy layer depends only on this shared module.
"""

from __future__ import annotations

from typing import Any

__all__ = ["protect_table"]


def _unwired(table: Any, **_: Any) -> Any:
    from privkit.errors import ConfigError

    raise ConfigError(f"no table adapter is installed for a {type(table).__name__}")


#: ``protect_table(table, *, protector, purpose, actor)``: set by ``privkit/__init__.py``.
protect_table: Any = _unwired
