"""Hostile inputs for the script-string rules (issue 10, helper H197).

A link or name that opens a string a script passes or compares is read as machine text
(``url._code_string``: windows of at most 160 characters before it), a quoted local part of
concatenated strings is no address (``EmailDetector._CONCATENATION``), and a dotted attribute
is no mention (``_ner._code_attribute``): long lines of such strings stay linear.
"""

from __future__ import annotations

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import mention_findings

from ._linear import grows_linearly

PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "f(" + '"a.example.com", ' * n + ")\n",  # one call, many string arguments
        lambda n: '"x", ' * n + '"https://example.org/a"\n',  # strings and no call
        lambda n: 'x = "sip:" + a + "@example.com" + ' * n + "b\n",  # concatenations
        lambda n: '" +' + " " * n + '+ "@example.com\n',  # one long quoted run
        lambda n: 'if ($fd != "example.net") {}\n' * n,
        lambda n: "f(a," + "x" * n + ',\n"https://a.example.com/x",\n' * 50,  # long lines
        lambda n: "f(a,\n" + '  "https://a.example.com/x",\n' * n,  # a long argument list
    ],
)
def test_script_strings_stay_linear(make) -> None:
    grows_linearly(make, PATTERNS.scan)


def test_attribute_chains_stay_linear() -> None:
    grows_linearly(
        lambda n: "if (@a.b.c" + ".d" * n + ' == "x") {}\n' + "@x.y[1] " * n,
        lambda text: mention_findings(text, 0, score=0.85),
    )
