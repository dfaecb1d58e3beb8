"""Build ``benchmarks/data/vectors26_{dev,holdout}.jsonl``: a form-validation library (JS), a PII
sanitizer (Go), an e-mail address library (Ruby) and a card-number sanitizer (Java) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors26 VUELIDATE_GIT GO_PII_SANITIZER_GIT \
        EMAIL_ADDRESS_GIT CARD_SANITIZER_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 03:41 UTC) by a
hash: the four suites sorted by ``sha256("vectors26:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (vuelidate/vuelidate, vsemashko/go-pii-sanitizer),
the last two the held-out part (afair/email_address, chrislmy/credit-card-sanitizer). Before
the hash was computed only the file lists and licence files of the four repositories had been
read. The rules are written in ``benchmarks/corpus/README.md`` ("Twenty-sixth vector set") and
as code below. This file shares no code with privkit.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors

VUELIDATE = ("vuelidate/vuelidate", "08aa51495a4590c17d407a56cbbada9cf370c5d7", "MIT")
GO_PII = ("vsemashko/go-pii-sanitizer", "8c74e11515fb7b9be9e1154a4304f73d079daefe", "MIT")
EMAIL_ADDRESS = ("afair/email_address", "7312aeb553073c320051d9b50ec196aa6ee3ba7b", "MIT")
CARD_SANITIZER = ("chrislmy/credit-card-sanitizer", "37e95d5ed0f2b35129492780de9a15da7ede30f2",
                  "MIT")  # fmt: skip
SUITES = (VUELIDATE, GO_PII, EMAIL_ADDRESS, CARD_SANITIZER)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors26:"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    VUELIDATE[0]: tuple(f"packages/validators/src/raw/__tests__/{n}.spec.js"
                        for n in ("email", "ipAddress", "macAddress", "url")),
    GO_PII[0]: tuple(f"sanitizer/{n}_test.go" for n in ("sanitizer", "edgecase", "matcher_edge")),
    EMAIL_ADDRESS[0]: ("test/email_address/test_address.rb", "test/email_address/test_local.rb",
                       "test/email_address/test_host.rb", "test/test_email_address.rb"),
    CARD_SANITIZER[0]: (
        "core/src/test/java/com/github/chrislmy/cardsanitizer/core/CardNumberSanitizerTest.java",
        "core/src/test/java/com/github/chrislmy/cardsanitizer/validators/LuhnValidatorTest.java",
        "core/src/test/resources/samples/text-with-numbers.txt",
        "core/src/test/resources/samples/text-without-numbers.txt"),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)
