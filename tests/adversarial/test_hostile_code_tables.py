"""Hostile inputs for the code-table rule (``CH => "Switzerland" ,`` lines drop their places).

Each place found is checked against its own line and the lines beside it, looked for back at
most 200 characters: many entries, long lines of arrows and quotes, and places on long lines
must cost linear time.
"""

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import _ner


def _scan(text):
    return _ner.context_findings(text, 0, score=0.8)


@pytest.mark.parametrize(
    "build",
    [
        lambda n: 'CH => "Switzerland" ,\n' * n,  # a long table
        lambda n: "CH => " * n + '"Nigeria"\n',  # one long line of arrows
        lambda n: 'CH => "' + "a" * n + ' Nigeria" ,\n' * 3,  # values past the bound
        lambda n: "We flew to Nigeria. " * n,  # places on one long line
        lambda n: ("XX => 'Kenya',\nto Kenya and back\n") * n,  # entries and prose interleaved
    ],
)
def test_code_tables_linear(build):
    grows_linearly(build, _scan)
