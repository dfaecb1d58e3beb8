"""Build ``benchmarks/data/vectors27_{dev,holdout}.jsonl``: phone numbers as a vCard library
(PHP), a personal CRM's contact import (PHP), a form-validation plug-in of country rules (PHP)
and a phone-input form widget (JavaScript) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors27 VOBJECT_GIT MONICA_GIT LOCALIZED_GIT INTL_TEL_INPUT_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 06:22 UTC) by a
hash: the four suites sorted by ``sha256("vectors27:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (sabre-io/vobject, monicahq/monica), the last
two the held-out part (cakephp/localized, jackocnr/intl-tel-input; see
:func:`split`). Before the hash was computed only the file lists and licence files of the four
repositories had been read; the files read of each (:data:`FILES`) were fixed with the split
from their names alone. The rules are written in ``benchmarks/corpus/README.md``
("Twenty-seventh vector set") and as code below. This file shares no code with privkit.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors

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
