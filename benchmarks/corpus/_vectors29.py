"""Build ``benchmarks/data/vectors29_{dev,holdout}.jsonl``: phone numbers in national layouts, alone
and in running text, as ports of libphonenumber in PHP and Rust, an independent .NET phone
number parser and an Elixir port test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors29 GIGGSEY_GIT RUST_GIT TREVOR_GIT EXPHONE_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 08:55 UTC) by a
hash: the four suites sorted by ``sha256("vectors29:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (giggsey/libphonenumber-for-php,
whisperfish/rust-phonenumber), the last two the held-out part (TrevorPilley/phone-number-parser,
surgeventures/ex_phone_number; see :func:`split`). Before the hash was computed only the file
lists, file sizes and licence files of the four repositories had been read; the files read of
each (:data:`FILES`) were fixed with the split from their names alone, and so was the sample
rule of the .NET parser's per-country data tests (:data:`SAMPLE_PER_FILE`). The rules are
written in ``benchmarks/corpus/README.md`` ("Twenty-ninth vector set"). This file shares no
code with privkit.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors

GIGGSEY = ("giggsey/libphonenumber-for-php", "4e7e15a26477b65090fdc59cd56d35ca747cb126",
           "Apache-2.0")  # fmt: skip
RUST = ("whisperfish/rust-phonenumber", "fcc55a694c62bd516ba00c2e303c178472b65f41", "Apache-2.0")
TREVOR = ("TrevorPilley/phone-number-parser", "9de3ca8c8e93f693e5715b656fa03116604f805e", "MIT")
EXPHONE = ("surgeventures/ex_phone_number", "43111ff79b4e5f636df9074cb65f6621df59a2ce", "MIT")
SUITES = (GIGGSEY, RUST, TREVOR, EXPHONE)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors29:"
#: The .NET parser's per-country data tests give at most this many values per file: those
#: whose ``sha256("vectors29:" + value)`` is smallest (fixed before any file was read).
SAMPLE_PER_FILE = 12
_TREVOR_DATA = "test/PhoneNumbers.Data.Tests/Parsers/DefaultPhoneNumberParserTests_"
#: The files read of each suite, fixed with the split from the file lists alone. The .NET
#: parser's per-country data files are every ``DefaultPhoneNumberParserTests_*.cs`` of
#: ``test/PhoneNumbers.Data.Tests/Parsers`` at the pinned commit (listed by the builder).
FILES = {
    GIGGSEY[0]: ("tests/core/PhoneNumberUtilTest.php", "tests/core/PhoneNumberMatcherTest.php",
                 "tests/core/PhoneNumberMatchTest.php", "tests/Issues/UKNumbersTest.php",
                 *(f"tests/Issues/Issue{n}Test.php" for n in (106, 135, 14, 152, 159, 175, 17,
                                                               21, 23, 34, 35, 360, 36, 3, 44,
                                                               4, 64, 68, 76)),
                 "tests/Issues/LocaleTest.php", "tests/Issues/PHP7Test.php",
                 "tests/Issues/RegionCodeCaseInsensitiveTest.php"),
    RUST[0]: ("src/parser/mod.rs", "src/parser/natural.rs", "src/parser/rfc3966.rs",
              "src/parser/helper.rs", "src/parser/valid.rs", "src/validator.rs",
              "src/formatter.rs", "src/phone_number.rs", "src/extension.rs", "tests/advisories.rs",
              "examples/test.rs"),
    TREVOR[0]: ("test/PhoneNumbers.Tests/Parsers/GBPhoneNumberParserTests_GeographicPhoneNumber.cs",
                "test/PhoneNumbers.Tests/Parsers/GBPhoneNumberParserTests_MobilePhoneNumber.cs",
                "test/PhoneNumbers.Tests/Parsers/GBPhoneNumberParserTests_NonGeographicPhoneNumber.cs",
                *(f"test/PhoneNumbers.Tests/PhoneNumber_Parse_{c}_Tests.cs"
                  for c in ("Africa", "Asia", "Europe", "NorthAmerica", "Oceania",
                            "SouthAmerica"))),
    EXPHONE[0]: tuple(f"test/ex_phone_number/{n}_test.exs"
                      for n in ("parsing", "validation", "extraction", "formatting")),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)
