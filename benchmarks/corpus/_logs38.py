"""Build the thirty-eighth real-text log set: security appliances' events in two parsers' tests.

The text is the event lines that two open parsers of security appliances' logs keep as their
test inputs: ``jcustenborder/palo-alto-syslog-parser`` (Apache-2.0), a parser of the syslog
lines a Palo Alto Networks firewall (PAN-OS) sends, whose tests keep one JSON case per line
as a listener received it (``input.rawMessage``) in a folder per PAN-OS log type (``traffic``,
``threat``, ``system``, ``config``, ``userid``); and ``Graylog2/graylog-plugin-cef``
(Apache-2.0), a Common Event Format (CEF) input for Graylog, whose fixtures keep CEF events
(``testString``) taken from a vendor's CEF guide (F5 ASM, a web-application firewall), from
OSSEC (a host IDS), from a forensic tool's guide (log2timeline) and from users' bug reports.

Selection and split (fixed 2026-12-07 06:03 UTC from the folder and file names alone, before
any record was read; ``benchmarks/corpus/README.md``): a system is a PAN-OS log type, the
folder of the parser's test cases (``paloalto-<type>``; the ``authentication``, ``gtp``,
``hipmatch`` and ``tunnel`` folders hold no case), or a family of CEF fixtures by its file
name's source (``f5-asm-cef``: the ``arcsight-f5-asm-...`` guide's examples; ``ossec-cef``;
``log2timeline-cef``: the ``sans_log2timeline_...`` page; ``cef-issue-reports``: the
``issue_<n>_comment_<id>`` events users posted). The fixtures written for the codec's own tests
(``cef_*``, ``ext_*``, ``v24_*``, ``spaced_values``: one made-up vendor) are no system. The
split is by system, a third held out (``_logset.holdout_systems``: the names with the smallest
SHA-256).

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs38 --git jcustenborder/palo-alto-syslog-parser=DIR \
        --git Graylog2/graylog-plugin-cef=DIR
"""

from __future__ import annotations

PANOS = "jcustenborder/palo-alto-syslog-parser"
CEF = "Graylog2/graylog-plugin-cef"
SOURCES: dict[str, tuple[str, str]] = {
    PANOS: ("c62abc871caf33885e79f13b5ad77e70a9912987", "Apache-2.0"),
    CEF: ("011559a94a1c3d6714ec5ee48ac6e3dbdf070fa5", "Apache-2.0"),
}
#: The folder of the PAN-OS parser's test cases, a folder per log type.
PANOS_CASES = "src/test/resources/com/github/jcustenborder/netty/syslog/"
#: The folder of the CEF input's fixtures.
CEF_FIXTURES = "src/test/resources/fixtures/"
#: The systems, fixed 2026-12-07 06:03 UTC from the folder and file names alone, before any
#: record was read: the PAN-OS log types with a test case, and the CEF fixtures' sources (the
#: file-name prefix of each family).
PANOS_TYPES = ("config", "system", "threat", "traffic", "userid")
CEF_FAMILIES = {
    "f5-asm-cef": "arcsight-f5-asm-",
    "ossec-cef": "ossec_",
    "log2timeline-cef": "sans_log2timeline_",
    "cef-issue-reports": "issue_",
}
SYSTEMS = (*(f"paloalto-{t}" for t in PANOS_TYPES), *CEF_FAMILIES)
#: The held-out systems: the 3 (a third) of the 9 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 06:03 UTC before any record was read.
HOLDOUT = frozenset({"log2timeline-cef", "paloalto-config", "paloalto-userid"})
