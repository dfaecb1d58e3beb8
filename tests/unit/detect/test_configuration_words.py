"""Configuration and usage words the model reads as names (issue 10, over-redaction on the
thirtieth to forty-sixth log sets' development parts, helper H189).

An FTP server's documentation (the forty-sixth set) names its directives in comments and
prose (``# Use the CreateHome default settings``, ``the TransferLog written by proftpd``),
sets one alone on a line (``PersistentPasswd off``), opens sections (``<Limit WRITE>``) and
prints a script's usage (``--shell     Shell for the user``); a product's documentation lists
its log's fields in a comma-separated row (the forty-third set). The model reads those words as
companies, people and places. A directive naming a host (``MasqueradeAddress
ftp.example.com``) and a peer's name logged with its address in parentheses (``pool
pool.ntp.org (192.0.2.7)``) were read as sites named in a sentence. Values below are written
for the tests.
"""

from __future__ import annotations

import time

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import (
    _directive_named,
    _identifier,
    _identifier_row,
    _option_help,
    _section_tag,
)


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # named in a comment over the lines that set it
        ("  # Keep the BanEngine quiet\n  BanEngine on\n  BanTable /srv/ban", "BanEngine", 0, True),
        # named in prose where the text calls it a directive
        (
            "  the RelayLog kept by the daemon is read back.\n  Point the RelayLog directive at it",
            "RelayLog",
            0,
            True,
        ),
        # one directive line alone, with the values directives take
        ("PersistentPasswd off", "PersistentPasswd", 0, True),
        ("  ModulePath /opt/ftpd/modules", "ModulePath", 0, True),
        ('ListFormat "-la" strict', "ListFormat", 0, True),
        ("  MasqueradeHost gate.example.net", "MasqueradeHost", 0, True),
        ("CreateHome on 750", "CreateHome", 0, True),
        ("  ServerPort 2121", "ServerPort", 0, True),
        # a directive line elsewhere in a section
        (
            "<Class inside>\n  # a different MasqueradeHost\n  MasqueradeHost 10.9.8.7\n</Class>",
            "MasqueradeHost",
            0,
            True,
        ),
        # negatives: companies in sentences, a switch word before a word, a name with a prefix
        ("PayPal sent you $5.", "PayPal", 0, False),
        ("YouTube 2 is out", "YouTube", 0, False),
        ("PayPal on Monday", "PayPal", 0, False),
        ("GitHub /explore is where I look.", "GitHub", 0, False),
        ("McDonald 42", "McDonald", 0, False),
        ("Anna met the PayPal team.\nPayPal sent it on Monday", "PayPal", 0, False),
        ("  the TransferLog written by the server", "TransferLog", 0, False),
        ("Anna off", "Anna", 0, False),
    ],
)
def test_a_directive_of_the_text_is_no_name(text: str, word: str, nth: int, expected: bool) -> None:
    start, end = _at(text, word, nth)
    assert _directive_named(word, text, start, end) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Run it with `ServerKind standalone' set.", "ServerKind", True),
        ("Use `PayLoad` there.", "PayLoad", True),
        # negatives: a name in quotes, a capitalised word only
        ("Ask `Anna Smith' about it.", "Anna Smith", False),
        ("said `Anna' twice", "Anna", False),
    ],
)
def test_a_camel_case_word_after_a_backtick_is_code(text: str, word: str, expected: bool) -> None:
    start, end = _at(text, word)
    assert _identifier(word, text, start, end, code=False) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("ReportTime,Origin,SourceZone,DestPortNum,Subject,FlowHierarchyL1,", "Origin", True),
        ("ReportTime,Origin,SourceZone,DestPortNum,Subject,FlowHierarchyL1,", "SourceZone", True),
        ("  EndStateCause,RuleName,vSysName,HostName,Action", "EndStateCause", True),
        ("a_b,Cloud,ZoneName,RuleName,Tag", "Cloud", True),
        # negatives: companies, names, a list with blanks, too few cells, a data row
        ("PayPal,YouTube,LinkedIn,GitHub,WhatsApp", "PayPal", False),
        ("jdoe,Anna,Smith,admin,staff", "Anna", False),
        ("ReportTime, Origin, SourceZone, DestPortNum, FlowHierarchyL1", "Origin", False),
        ("ReportTime,Origin,FlowHierarchyL1", "Origin", False),
        ("4f2a,jsmith,John,Smith,9c0d", "John", False),
        # the whole value of a key: an option listing plug-ins (quoted or bare, flag or YAML)
        ('    admission: "AlphaGate,BetaLimiter,GammaPolicyCheck,DeltaQuota,Echo"', "Echo", True),
        ("--enable-plugins=AlphaGate,BetaLimiter,GammaPolicyCheck,DeltaQuota,Echo", "Echo", True),
        ("plugins: 'AlphaGate,BetaLimiter,GammaPolicyCheck,DeltaQuota,Echo'", "BetaLimiter", True),
        # negatives: companies or names as a key's value, the key itself, unbalanced quotes,
        # a value with blanks, prose before the row
        ("sponsors: PayPal,YouTube,LinkedIn,GitHub,WhatsApp", "PayPal", False),
        ('owners: "jdoe,Anna,Smith,admin,staff"', "Anna", False),
        ("AlphaGate: BetaLimiter,GammaPolicyCheck,DeltaQuota,EpsilonCheck,Z", "AlphaGate", False),
        ('plugins: "AlphaGate,BetaLimiter,GammaPolicyCheck,DeltaQuota,Echo', "Echo", False),
        ("plugins: AlphaGate, BetaLimiter, GammaPolicyCheck, DeltaQuota, Echo", "Echo", False),
        ("Anna Smith wrote AlphaGate,BetaLimiter,GammaPolicyCheck,DeltaQuota", "Anna", False),
    ],
)
def test_a_row_of_identifiers_holds_no_name(text: str, word: str, expected: bool) -> None:
    start, _ = _at(text, word)
    assert _identifier_row(word, text, start) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("  <Limit SITE_RENAME>", "Limit", True),
        ("<Limit LOGIN READ>", "Limit", True),
        ("<Anonymous ~guest>\n  <Limit WRITE>\n    DenyAll\n  </Limit>", "Limit", True),
        ("<Zone inner>\n  Allow 10.0.0.0/8\n</Zone>", "Zone", True),
        # negatives: a chat line's speaker, a name alone in brackets, a tag in a sentence
        ("<Anna> see you", "Anna", False),
        ("<Anna Smith>", "Anna", False),
        ("write to <Limit SITE_RENAME> now", "Limit", False),
    ],
)
def test_a_section_tag_is_no_name(text: str, word: str, expected: bool) -> None:
    start, end = _at(text, word)
    assert _section_tag(word, text, start, end) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("    --home      Home folder of the user", "Home", True),
        ("  -q          Quiet mode", "Quiet", True),
        ("  --out $file    Writes the report there", "Writes", True),
        # negatives: a name later in the help, a name of two words, one blank, no option
        ("    --author    written by Anna", "Anna", False),
        ("    --author    Anna Smith", "Anna Smith", False),
        ("    --author Anna", "Anna", False),
        ("    Anna        Smith", "Smith", False),
    ],
)
def test_an_options_help_opens_with_no_name(text: str, word: str, expected: bool) -> None:
    start, _ = _at(text, word)
    line_start = text.rfind("\n", 0, start) + 1
    assert _option_help(word, text, start, line_start) is expected


def test_long_inputs_stay_cheap() -> None:
    """Each rule reads a bounded stretch: a long text of near-misses costs little."""
    text = ("  PayPal sent it on Monday\n" * 4000) + "<Anna Smith>\n" + "a," * 40000
    t0 = time.perf_counter()
    for at in range(0, 4000 * 27, 27 * 97):
        _directive_named("PayPal", text, at + 2, at + 8)
    start = text.index("<Anna") + 1
    _section_tag("Anna", text, start, start + 4)
    _identifier_row("a", text, len(text) - 10)
    assert time.perf_counter() - t0 < 2.0


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _urls(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "URL"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a directive naming a host, the name its one argument: a configured machine
        ("  MasqueradeAddress gate.example.net", []),
        ("  DNSBLDomain rbl.example.org\n  DNSBLDomain bl.example.org", []),
        ("ServerName files.example.net:2121", []),
        ("DomainName example.com", []),
        # a peer's name of three labels logged with its address in parentheses
        ("ntpd[812]: bad peer from pool time.example.org (203.0.113.9)", []),
        ("peer clock.example.net (198.51.100.4) rejected", []),
        # negatives: a sentence's word before a name, more after it, a site of two labels
        # with its address, an address-like version in parentheses
        ("Visit example.com", ["example.com"]),
        ("Contact example.org", ["example.org"]),
        ("  MasqueradeAddress gate.example.net and more", ["gate.example.net"]),
        ("I use example.com (203.0.113.9) daily", ["example.com"]),
        ("Visit example.com (2.0)", ["example.com"]),
    ],
)
def test_a_configured_or_resolved_host_is_no_site(
    patterns: Scanner, text: str, expected: list[str]
) -> None:
    assert _urls(patterns, text) == expected
