"""Hostile inputs for the readings H234 added (2026-12-08): a router's command naming a server
by its transport (``UrlDetector._TRANSPORT_COMMAND``, read 160 characters back on its line at
most), a host key for HELO's name (``UrlDetector._HOST_KEY``), and keepalived's condition
marker before a setting (``_ner._config_marker``: its setting, and the nearest non-blank lines
around it, each read 300 characters at most)."""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import mention_findings

_SCANNER = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _mentions(text: str) -> object:
    return mention_findings(text, 0, score=0.85)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "rpki cache tcp cache.example.org 8282\n" * (n // 38),
        lambda n: ("a " * 3 + "tcp ") * (n // 10) + "cache.example.org 8282\n",  # one long line
        lambda n: "rpki " + "b" * n + " tcp cache.example.org x\n",
        lambda n: "  helo_name x.example.com\n" * (n // 26),
        lambda n: "smtp" + "_" * n + "helo_name x.example.com\n",
    ],
)
def test_configured_hosts_scan_in_linear_time(make):
    grows_linearly(make, _SCANNER.scan)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "@high priority 170\n" * (n // 19),
        lambda n: "@high net_namespace high\n" + "\n" * n + "@low net_namespace low\n",
        lambda n: "@high   script " + "/" * n + "\n",
        lambda n: ("@h a_" + "b_" * 40 + "\n") * (n // 86),
        lambda n: "@high priority 170\n" + "x" * n + "{\n",
        lambda n: "x {\n" + ("@h" + " " * 7 + "k 1\n") * (n // 13),
    ],
)
def test_condition_markers_read_in_linear_time(make):
    grows_linearly(make, _mentions)


def _captions(text: str) -> int:
    """Read every line of ``text`` as a caption (as the model's findings would ask)."""
    from privkit.detect._ner import _diagram_caption
    from privkit.types import EntityType

    n, start = 0, 0
    while start < len(text):
        nl = text.find("\n", start)
        nl = len(text) if nl < 0 else nl
        n += _diagram_caption(EntityType.ORGANIZATION, "x", text, min(start + 1, nl), start)
        start = nl + 1
    return n


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Acme Overview\n\n+" + "-" * n + "+\n",
        lambda n: ("Acme Overview\n+-+-+-+-+-+-+-+-+\n") * (n // 31),
        lambda n: "A" * n + "\n\n+----+\n",  # (a line longer than a caption's)
        lambda n: ("A b " * 50 + "\n+" + " " * 9 + "\n") * (n // 212),
        lambda n: "\n" * n,
    ],
)
def test_drawing_captions_read_in_linear_time(make):
    grows_linearly(make, _captions)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "[1][0][0][0300.0000.0001]\n" * (n // 26),
        lambda n: "[0]" * (n // 3) + "[0300.0000.0001]",  # a chain longer than a prefix's
        lambda n: ("[" + "0" * 70 + "]") * (n // 72) + "[0300.0000.0001]",
        lambda n: "[1][0]" + "][" * (n // 2) + "[0300.0000.0001]",
        lambda n: "[1][0][0][0300.0000.0001][0300.0000.0002]" * (n // 42),
    ],
)
def test_link_state_fields_read_in_linear_time(make):
    grows_linearly(make, _SCANNER.scan)
