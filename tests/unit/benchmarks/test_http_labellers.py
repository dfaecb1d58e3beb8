"""The HTTP sets' labellers take their cookie table as an argument (``cookies=``), so a later
set extends an earlier set's labeller by passing its own table."""

from __future__ import annotations

import importlib

import pytest
from benchmarks.corpus import _http4

#: The labellers a later set extends with its own cookie table.
EXTENDED = (10, 11, 12, 13, 14, 15, 16, 17, 18, 26)
NAME = "zz_probe_session"
VALUE = "Qm93ZmlzaDk4NzY1NDMyMTA"
TEXT = f"GET https://shop.example.org/cart\nCookie: {NAME}={VALUE}"


def _cookie_ids(gold: list[dict[str, object]]) -> list[str]:
    return [TEXT[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"]  # type: ignore[misc]


@pytest.mark.parametrize("n", EXTENDED)
def test_a_labeller_decides_a_cookie_by_the_table_it_is_given(n: int) -> None:
    module = importlib.import_module(f"benchmarks.corpus._http{n}")
    assert NAME not in module.COOKIES
    assert _cookie_ids(module._label(TEXT, "cassette_request")[0]) == []
    table = {**module.COOKIES, NAME: _http4.ID}
    assert _cookie_ids(module._label(TEXT, "cassette_request", cookies=table)[0]) == [VALUE]
    assert NAME not in module.COOKIES  # the module's own table is left as it was
