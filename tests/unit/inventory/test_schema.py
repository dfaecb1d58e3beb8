"""The map's JSON follows its versioned JSON Schema and reads back unchanged."""

from __future__ import annotations

import json

import jsonschema
import pytest

from privkit.errors import ConfigError
from privkit.inventory import InventoryMap, inventory, json_schema


def test_schema_is_valid_and_versioned():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["version"] == {"const": 1}
    assert schema["$id"].endswith("inventory-map.v1.json")


def test_maps_validate_and_round_trip(sqlite_db, tmp_path, pattern_scanner):
    m = inventory(
        {"db": f"sqlite:///{sqlite_db}", "gone": f"sqlite:///{tmp_path}/missing.db"},
        scanner=pattern_scanner,
    )
    data = json.loads(m.to_json())
    jsonschema.validate(data, json_schema())
    again = InventoryMap.from_json(m.to_json())
    assert again.to_dict() == m.to_dict()
    assert data["summary"]["skipped"] == 2  # the view, and the missing source


@pytest.mark.parametrize(
    "text",
    ["[]", '{"format": "privkit-inventory", "version": 2}', '{"format": "other"}', "{bad"],
)
def test_other_documents_are_refused(text):
    with pytest.raises(ConfigError):
        InventoryMap.from_json(text)
