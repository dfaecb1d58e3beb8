"""The fifty-first log set's classes (H194): a package manager's command output.

A software bill of materials names itself with a UUID URN (``"serialNumber":
"urn:uuid:..."``): a document's name, no device's serial number. A scoped package's name
(``@scope/name``) holds a namespace of packages, no person, place or company.
"""

import pytest

from privkit.detect import Scanner


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('{\n  "serialNumber": "urn:uuid:5b0c2f4e-91d3-4a7e-b8c1-2d6f0e9a7c13",\n}', []),
        ("serialNumber: URN:UUID:5b0c2f4e-91d3-4a7e-b8c1-2d6f0e9a7c13\n", []),
        # negatives: a serial number as a bare UUID or as a vendor's serial stays a device's
        (
            '{\n  "serialNumber": "5b0c2f4e-91d3-4a7e-b8c1-2d6f0e9a7c13",\n}',
            ["5b0c2f4e-91d3-4a7e-b8c1-2d6f0e9a7c13"],
        ),
        ("serial number: F9KQ27HLMX4T\n", ["F9KQ27HLMX4T"]),
    ],
)
def test_a_uuid_urn_under_a_device_key_names_a_document(text: str, found: list[str]) -> None:
    scanner = Scanner(entities=["DEVICE_ID"])
    assert [text[f.start : f.end] for f in scanner.scan(text)] == found


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("@acmetools/widget@2.1.0 (https://registry.example/)", "acmetools", True),
        ("node_modules/@lindqvist-lab/parser", "lindqvist", True),
        ('  "name": "@fjordsoft/cli",', "fjordsoft", True),
        ("added @oslo.dev/kit in 1s", "oslo", True),
        # negatives: an e-mail's domain, a handle alone, a capitalised handle, the package's
        # own name after the slash, a scope without a package name
        ("write to mari@fjordsoft/x", "fjordsoft", False),
        ("thanks @lindqvist for the fix", "lindqvist", False),
        ("@Lindqvist/notes", "Lindqvist", False),
        ("@acmetools/widget", "widget", False),
        ("see @lindqvist/ soon", "lindqvist", False),
    ],
)  # fmt: skip
def test_the_scope_of_a_scoped_package_is_no_name(text: str, word: str, expected: bool) -> None:
    from privkit.detect._ner import _package_scope

    start = text.index(word)
    assert _package_scope(text, start, start + len(word)) is expected


def test_a_package_scope_is_not_a_place() -> None:
    text = "invalid registry signature:\n\n@npmcli/arborist@1.0.14 (https://registry.example/)\n"
    assert [f for f in Scanner().scan(text) if "npmcli" in text[f.start : f.end]] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("run: npm i -D @lindqvist-lab/parser@^2.0.0 now", []),
        ("see @oslo.dev/kit and @acme_tools.io/cli", []),
        ("clone https://LOGIN:PASS@api.example.org/gists today", []),
        # negatives: handles in prose, with a hyphen or a dot inside, and at a sentence's end
        ("thanks @anna-maria for the fix", ["anna-maria"]),
        ("ping @jo.berg about it", ["jo.berg"]),
        ("I agree with @Raphael.", ["Raphael"]),
    ],
)
def test_a_mention_is_not_cut_back_from_a_longer_token(text: str, found: list[str]) -> None:
    from privkit.detect._ner import mention_findings

    assert [text[f.start : f.end] for f in mention_findings(text, 0, score=0.85)] == found
