"""The public surface of privkit.inventory is a tested list."""

from __future__ import annotations

import privkit.inventory as inv

EXPECTED = [
    "ColumnEntry",
    "InventoryMap",
    "MapDrift",
    "PolicyCheck",
    "Skipped",
    "SourceEntry",
    "TableEntry",
    "check_policy",
    "diff",
    "inventory",
    "json_schema",
    "render_html",
]


def test_all_is_pinned_and_sorted():
    assert inv.__all__ == EXPECTED


def test_every_name_resolves_and_classes_read_as_public():
    for name in EXPECTED:
        obj = getattr(inv, name)
        if isinstance(obj, type):
            assert obj.__module__ == "privkit.inventory", name


def test_inventory_is_in_the_top_level_api():
    import privkit

    assert "inventory" in privkit.__all__
    assert callable(privkit.inventory)
