"""Build ``benchmarks/data/vectors27_{dev,holdout}.jsonl``: phone numbers as a vCard library
(PHP), a personal CRM's contact import (PHP), a form-validation plug-in of country rules (PHP)
and a phone-input form widget (JavaScript) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors27 VOBJECT_GIT MONICA_GIT LOCALIZED_GIT INTL_TEL_INPUT_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 05:59 UTC,
commit ``5d005a1``) by a hash: the four suites sorted by ``sha256("vectors27:" +
owner/name)``; the first two (``ceil(4 / 2)``) are the development part (sabre-io/vobject,
monicahq/monica), the last two the held-out part (cakephp/localized,
jackocnr/intl-tel-input; see :func:`split`). Before the hash was computed only the file lists and licence files of the four
repositories had been read; the files read of each (:data:`FILES`) were fixed with the split
from their names alone. The rules are written in ``benchmarks/corpus/README.md``
("Twenty-seventh vector set") and as code below. This file shares no code with privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors24
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

VOBJECT = ("sabre-io/vobject", "a95f4e1d9901b1fec5efc1eb474486aab0281488", "BSD-3-Clause")
MONICA = ("monicahq/monica", "e08e91734170b6bbd582cb578532c3948196124e", "AGPL-3.0")
LOCALIZED = ("cakephp/localized", "9685164b771166df7f8666a5031a760e7e0352e8", "MIT")
INTL_TEL_INPUT = ("jackocnr/intl-tel-input", "00cd4daa415830ae87a346b3503bed3b47c1696a", "MIT")
SUITES = (VOBJECT, MONICA, LOCALIZED, INTL_TEL_INPUT)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors27:"
_LOCALIZED_COUNTRIES = ("At", "Au", "Bd", "Be", "Br", "Ca", "Ch", "Cn", "Cz", "De", "Dk", "Es",
                        "Fi", "Fr", "Gb", "Hr", "Id", "In", "Ir", "It", "Jp", "Lt", "Lv", "Mx",
                        "Nl", "No", "Pl", "Pt", "Ro", "Rs", "Ru", "Sk", "Tn", "Tr", "Tw", "Ua",
                        "Us")  # fmt: skip
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    VOBJECT[0]: ("tests/VObject/Property/VCard/PhoneNumberTest.php",
                 "tests/VObject/Component/VCardTest.php", "tests/VObject/VCardConverterTest.php",
                 "tests/VObject/VCard21Test.php", "tests/VObject/JCardTest.php",
                 "tests/VObject/Splitter/VCardTest.php"),
    MONICA[0]: tuple(f"tests/Unit/Domains/Contact/{p}.php" for p in (
        "ManageContactInformation/Dav/ImportContactInformationTest",
        "ManageContactInformation/Dav/ExportContactInformationTest",
        "ManageContactInformation/Services/CreateContactInformationTest",
        "ManageContactInformation/Services/UpdateContactInformationTest",
        "DAV/Services/ImportVCardTest", "DAV/Services/ExportVCardTest")),
    LOCALIZED[0]: tuple(f"tests/TestCase/Validation/{c}ValidationTest.php"
                        for c in _LOCALIZED_COUNTRIES),
    INTL_TEL_INPUT[0]: tuple(f"tests/integration/{p}.test.js" for p in (
        "methods/isValidNumber", "methods/isValidNumberPrecise", "methods/getNumber",
        "methods/setNumber", "methods/getNumberType", "methods/getValidationError",
        "core/initialValues", "core/usingInput", "options/numberDisplayFormat", "options/strictMode",
        "options/hiddenInputs")),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
Case = _vectors4.Case
PHONE = "PHONE_NUMBER"
SENTENCES = _vectors24.SENTENCES
settle = _vectors24.settle
_SQ_STR = r"'((?:[^'\\\n]|\\.)*)'"
_DQ_STR = r'"((?:[^"\\\n]|\\.)*)"'


def _php(body: str) -> str:
    """A PHP single-quoted string literal's body as its value."""
    return re.sub(r"\\([\\'])", r"\1", body)


def _js(body: str) -> str:
    """A JavaScript double-quoted string literal's body as its value (the tests' literals
    hold no escapes but quotes and back slashes)."""
    return re.sub(r"\\([\\\"])", r"\1", body)


# --- sabre-io/vobject (development) ------------------------------------------------------

#: Rule 4: a vCard ``TEL`` property line: an optional group (``item1.``), the name, its
#: parameters, a colon and the value to the line's end.
_TEL_LINE = re.compile(r"^((?:[A-Za-z0-9-]+\.)?TEL(?:;[^:\r\n]*)?:)([^\r\n]+?)\r?$",
                       re.MULTILINE | re.IGNORECASE)  # fmt: skip


def _php_texts(src: str) -> list[str]:
    """The texts of a PHP test file that hold vCard lines: its heredocs and nowdocs, and its
    double-quoted literals with ``\\r\\n`` escapes read as line ends."""
    out = [m.group(2) for m in re.finditer(r"<<<'?(\w+)'?\n(.*?)\n\s*\1\b", src, re.DOTALL)]
    out += [m.group(1).replace("\\r", "\r").replace("\\n", "\n")
            for m in re.finditer(_DQ_STR, src)]  # fmt: skip
    return out


def vcard_items(src: str, path: str, etype: str = PHONE) -> tuple[list[Vec], list[Case]]:
    """Rules 4 and 5: each vCard ``TEL`` line of a heredoc or string (its value valid; the
    line, without its line end, a case whose gold span is the value); each array entry
    ``'TEL' => '...'`` or ``'itemN.TEL' => '...'``, each ``add('TEL', '...'`` and each jCard
    ``'tel', [...], 'text'|'uri', '...'`` (the value valid)."""
    vecs: list[Vec] = []
    cases: list[Case] = []
    for text in _php_texts(src):
        for m in _TEL_LINE.finditer(text):
            value = m.group(2).strip()
            vecs.append((etype, value, True, "TEL", path))
            line = m.group(1) + m.group(2)
            start = len(m.group(1)) + m.group(2).index(value)
            cases.append((etype, line, [(start, start + len(value))], "TEL line", path))
    keyed = r"'(?:[A-Za-z0-9-]+\.)?TEL' => " + _SQ_STR
    added = r"->add\('TEL', " + _SQ_STR
    jcard = r"'tel',\s*\[[^\]]*\],\s*'(?:text|uri)',\s*" + _SQ_STR
    for pattern, check in ((keyed, "TEL =>"), (added, "add(TEL)"), (jcard, "jCard tel")):
        vecs += [(etype, _php(m.group(1)), True, check, path)
                 for m in re.finditer(pattern, src, re.IGNORECASE)]  # fmt: skip
    return vecs, cases


# --- monicahq/monica (development) -------------------------------------------------------


def monica_items(src: str, path: str) -> tuple[list[Vec], list[Case]]:
    """Rules 4 and 5: the vCard values as for vobject; and in a test method whose body makes
    a contact-information type ``'type' => 'phone'``, each ``'data' => '...'`` (the form
    request's value, valid)."""
    vecs, cases = vcard_items(src, path)
    for body in re.split(r"\n    (?:public |private |protected )?function ", src)[1:]:
        if "'type' => 'phone'" in body:
            vecs += [(PHONE, _php(m.group(1)), True, "data", path)
                     for m in re.finditer(r"'data' => " + _SQ_STR, body)]  # fmt: skip
    return vecs, cases


# --- cakephp/localized (held out) --------------------------------------------------------


def localized_items(src: str, path: str) -> list[Vec]:
    """Rule 6: each ``assertTrue(XxValidation::phone('...'))`` and ``phoneDigits('...')``
    with the value as the only argument, valid; a country check's refusal is no negative
    (the check narrows to a country)."""
    return [(PHONE, _php(m.group(2)), True, m.group(1), path)
            for m in re.finditer(r"assertTrue\(\w+Validation::(phone|phoneDigits)\("
                                 + _SQ_STR + r"\)\)", src)]  # fmt: skip


# --- jackocnr/intl-tel-input (held out) --------------------------------------------------


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def intl_tel_input_items(src: str, path: str) -> list[Vec]:
    """Rule 7: each ``inputValue: "..."`` and ``setNumber("...")`` (a number put into the
    form field) and each ``getNumber(...)`` result asserted, valid; each ``input.value``
    asserted whose digits, seven or more, end the digits of a number put into the field in
    the same file once leading zeros (a national trunk prefix) are taken off (the field's
    display of it), valid; each ``user.type(input, "...")``
    whose next assertion is ``isValidNumber()`` or ``isValidNumberPrecise()`` being
    ``true``, valid. A widget's refusal under its selected country is no negative."""
    put = [_js(m.group(1)) for m in re.finditer(r"(?:inputValue: |setNumber\()" + _DQ_STR, src)]
    vecs: list[Vec] = [(PHONE, v, True, "put", path) for v in put]
    vecs += [(PHONE, _js(m.group(1)), True, "getNumber", path)
             for m in re.finditer(r"expect\(iti\.getNumber\([^)]*\)\)\.to(?:Equal|Be)\("
                                  + _DQ_STR, src)]  # fmt: skip
    put_digits = [_digits(v) for v in put]
    for m in re.finditer(r"expect\(input\.value\)\.to(?:Equal|Be)\(" + _DQ_STR, src):
        d = _digits(_js(m.group(1)))
        if len(d) >= 7 and any(p.endswith(d.lstrip("0")) for p in put_digits):
            vecs.append((PHONE, _js(m.group(1)), True, "input.value", path))
    for m in re.finditer(r"user\.type\(input, " + _DQ_STR + r"\);\s*expect\(([^;]*)\)", src):
        if re.fullmatch(r"iti\.isValidNumber(?:Precise)?\(\)\)\.toBe\(true", m.group(2)):
            vecs.append((PHONE, _js(m.group(1)), True, "isValidNumber", path))
    return vecs


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    vobject, monica, localized, iti = argv
    assert split([r[0] for r in SUITES]) == ([VOBJECT[0], MONICA[0]],
                                             [LOCALIZED[0], INTL_TEL_INPUT[0]])  # fmt: skip
    # The held-out readers run first (the split was fixed before either part was extracted).
    loc: list[Vec] = []
    for path in FILES[LOCALIZED[0]]:
        loc += localized_items(git_show(localized, LOCALIZED[1], path), path)
    tel: list[Vec] = []
    for path in FILES[INTL_TEL_INPUT[0]]:
        tel += intl_tel_input_items(git_show(iti, INTL_TEL_INPUT[1], path), path)
    dev: list[dict[str, Any]] = []
    for repo, git, reader in ((VOBJECT, vobject, vcard_items), (MONICA, monica, monica_items)):
        vecs: list[Vec] = []
        cases: list[Case] = []
        for path in FILES[repo[0]]:
            v, c = reader(git_show(git, repo[1], path), path)
            vecs += v
            cases += [x for x in c if _vectors24.gold_ok(PHONE, x[1][slice(*x[2][0])])]
        dev += _vectors.records("dev27", repo, settle(vecs), sentences=SENTENCES)
        dev += _vectors4.case_records("dev27", repo, cases)
    seen = earlier_dev_keys("vectors27_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    hold: list[dict[str, Any]] = []
    for repo, vecs in ((LOCALIZED, loc), (INTL_TEL_INPUT, tel)):
        new = [v for v in settle(vecs) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout27", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors27_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors27_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
