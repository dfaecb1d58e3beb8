"""Hostile input for _ner._COMMAND_PART (a program's word run as a command or a file's name)."""

from __future__ import annotations

import re

from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner


def _search(text: str) -> object:
    return re.search(_ner._COMMAND_PART.format(word="wren"), text, re.MULTILINE)


def test_prompts_and_operators_without_the_command_scan_linearly() -> None:
    grows_linearly(lambda n: "$ \t" * n + "|| wre" * n + "&& \t" * n, _search)


def test_almost_file_names_scan_linearly() -> None:
    grows_linearly(lambda n: "/wren.lo" * n + "xwren.log" * n + " \t" * n, _search)


def test_blank_prompt_lines_scan_linearly() -> None:
    grows_linearly(lambda n: " \t" * n + "$" + " \t" * n + "wren" + " \t" * n, _search)
