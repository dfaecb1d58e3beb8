"""Hostile inputs for iptables chain headings and Perl arrays (bounded looks, linear time).

A chain's heading is matched at its line's start only, as far as its parenthesis; a Perl
array's function, loop or declaration is looked for at most 48 characters before its ``@``.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "foreach my $p (" * n + "@target)",
        lambda n: "scalar @t " * n,
        lambda n: "push " * n + "@rules;",
        lambda n: "my @a = " * n,
        lambda n: "for $" + "x" * n + " (@list)",
        lambda n: "cc @ada " * n,
    ],
)
def test_arrays_linear(build):
    grows_linearly(build, lambda t: _ner.mention_findings(t, 0, score=0.8))


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "Chain " + "A" * n + " (policy ACCEPT)\n",
        lambda n: "Chain INPUT (policy ACCEPT 0 packets, 0 bytes)\n" * n,
        lambda n: "Chain X (" * n,
    ],
)
def test_chain_headings_linear(build):
    grows_linearly(build, lambda t: _ner._chain_heading(t, len(t), 0))
