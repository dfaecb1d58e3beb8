"""The JSON Schema of the inventory map (``inventory-map.v1.schema.json``, shipped with privkit)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_FILE", "json_schema"]

SCHEMA_FILE = "inventory-map.v1.schema.json"


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) that every saved inventory map follows.

    >>> json_schema()["properties"]["version"]
    {'const': 1}
    """
    text = resources.files("privkit.inventory").joinpath(SCHEMA_FILE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
