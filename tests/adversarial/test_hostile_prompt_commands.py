"""Hostile input for _ner._PROMPT_BEFORE, _ARGUMENT_AFTER and _option_token's look."""

from __future__ import annotations

from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner


def _prompted(text: str) -> object:
    # every line start read as the start of a prompted program
    start = 0
    found = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        found += _ner._prompt_command("wren", text, min(end, start + 8), start)
        start = end + 1
    return found


def test_blank_runs_before_a_prompt_scan_linearly() -> None:
    grows_linearly(lambda n: ("$" + " \t" * 4 + "sudo" + " \t" * 3 + "\n") * n, _prompted)


def test_long_prompt_lines_scan_linearly() -> None:
    grows_linearly(lambda n: "$ " + " \t" * n + "wren" + " \t" * n + "\n", _prompted)


def test_argument_after_scans_linearly() -> None:
    grows_linearly(lambda n: "x" + " \t" * n, lambda t: _ner._ARGUMENT_AFTER.match(t, 1))


def test_extension_runs_scan_linearly() -> None:
    grows_linearly(
        lambda n: ("X extensions" + " \t" * 8) * n,
        lambda t: [_ner._COMPONENT.match(t, i) for i in range(0, len(t), 17)],
    )
