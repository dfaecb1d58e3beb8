"""Hostile inputs for the configuration-directive check H183 added to the model's filter
(``_ner._config_directive``, 2026-12-07): a directive's name is a one-word CamelCase entity
opening an indented line of Apache-style configuration. The check runs once per such entity,
so its cost must not depend on the text's length, and no line may make its expression
backtrack (a run of capitals once could be parted among repetitions in every way)."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect._ner import _config_directive


def _every_directive(text: str) -> int:
    """The check at every indented ``DenyAll`` of ``text``, as the filter calls it."""
    kept = 0
    at = text.find("  DenyAll")
    while at >= 0:
        kept += _config_directive("DenyAll", text, at + 2, at + 9)
        at = text.find("  DenyAll", at + 9)
    return kept


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "  DenyAll x\n" * n,  # many entities in one long configuration
        lambda n: "  DenyAll x\n" + "  Ab" + "C" * n + "!\n",  # capitals that end in no line
        lambda n: "DenyAll " * n + "\n  DenyAll x\n",  # a long line before the entity's
        lambda n: ("  DenyAll x\n" + "  Ab" + "C" * 40 + "!\n") * (n // 10),
    ],
)
def test_the_check_stays_linear(make):
    grows_linearly(make, _every_directive)


def test_a_directive_block_is_still_read():
    text = "<Limit LOGIN>\n  DenyAll\n</Limit>\n"
    assert _config_directive("DenyAll", text, 16, 23)
    assert not _config_directive("DenyAll", "PayPal and DenyAll met.", 11, 18)


def _every_word(check, word: str, text: str) -> int:
    """``check`` at every occurrence of ``word`` in ``text``, as the filter calls it per entity."""
    kept = 0
    at = text.find(word)
    while at >= 0:
        kept += bool(check(word, text, at, at + len(word)))
        at = text.find(word, at + len(word))
    return kept


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "TransferLog x " * n,  # one long line of entities, no newline, no comma
        lambda n: "TransferLog on\n" * n,  # many directive lines
        lambda n: "# the TransferLog\n" * n + "TransferLog directive",
        lambda n: "TransferLog " + "a " * n,  # a long line of arguments
    ],
)
def test_the_named_directive_check_stays_linear(make):
    from privkit.detect._ner import _directive_named

    grows_linearly(make, lambda t: _every_word(_directive_named, "TransferLog", t))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "FileDigest " * n,  # a long comma-free text, an entity per word
        lambda n: "FileDigest," * n + "\n",  # a row longer than the reach
        lambda n: ("FileDigest,Src_Ip,vSrcName,Subject,Url\n") * n,
    ],
)
def test_the_identifier_row_check_stays_linear(make):
    from privkit.detect._ner import _identifier_row

    grows_linearly(
        make, lambda t: _every_word(lambda w, x, s, e: _identifier_row(w, x, s), "FileDigest", t)
    )
