"""Hostile input for _ner._SUDO_ENTITY, _OPTIONED_ENTITY and _LINE_OPENING (fifty-ninth log set)."""

from __future__ import annotations

from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner


def test_long_sudo_entities_match_linearly() -> None:
    grows_linearly(
        lambda n: "sudo apt-get" + " -r x" * n + " X",
        _ner._SUDO_ENTITY.fullmatch,
    )


def test_long_optioned_entities_match_linearly() -> None:
    grows_linearly(
        lambda n: "vtysh" + " \t-c" * n + " x",
        _ner._OPTIONED_ENTITY.fullmatch,
    )


def test_blank_runs_before_a_command_scan_linearly() -> None:
    grows_linearly(
        lambda n: " \t" * n + "$ " + "sudo apt-get",
        lambda t: (
            _ner._shell_line_entity("sudo apt-get", t, len(t) - 12, 0)
            + bool(_ner._LINE_OPENING.fullmatch(t, 0, len(t) - 12))
        ),
    )
