"""Build ``benchmarks/data/vectors25_{dev,holdout}.jsonl``: C#, Elixir and Swift projects' own tests.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors25 IBANNET_GIT AUTO_LINKER_GIT FLUENTVALIDATION_GIT \
        SWIFTVALIDATORS_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 01:02 UTC) by a
hash: the four suites sorted by ``sha256("vectors25:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (skwasjer/IbanNet, smpallen99/auto_linker), the
last two the held-out part (FluentValidation/FluentValidation, gkaimakas/SwiftValidators).
Before the hash was computed only the file lists of the four repositories had been read. The
rules are written in ``benchmarks/corpus/README.md`` ("Twenty-fifth vector set") and as code
below. This file shares no code with privkit.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors

IBANNET = ("skwasjer/IbanNet", "a47f4f36e1cfdf939180294f4c05d2e6b6df9174", "Apache-2.0")
AUTO_LINKER = ("smpallen99/auto_linker", "80aec64c4b0dafeb814ecfea7b7f5debdb20f433", "MIT")
FLUENTVALIDATION = ("FluentValidation/FluentValidation", "ea299fe59719950018fa240dab86da414190d7f4",
                    "Apache-2.0")  # fmt: skip
SWIFTVALIDATORS = ("gkaimakas/SwiftValidators", "49a83a1f00fc12686b38505127940f90ab9b9688", "MIT")
SUITES = (IBANNET, AUTO_LINKER, FLUENTVALIDATION, SWIFTVALIDATORS)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors25:"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    IBANNET[0]: tuple(f"test/IbanNet.Tests/{n}.cs" for n in (
        "IbanTestCaseData", "IbanValidatorTests", "IbanParserTests",
        "IbanValidatorIntegrationTests")),
    AUTO_LINKER[0]: ("test/auto_linker_test.exs", "test/parser_test.exs"),
    FLUENTVALIDATION[0]: ("src/FluentValidation.Tests/EmailValidatorTests.cs",
                          "src/FluentValidation.Tests/CreditCardValidatorTests.cs"),
    SWIFTVALIDATORS[0]: ("Example/Tests/ValidatorSpec.swift",),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)
