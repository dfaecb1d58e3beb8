"""Build ``benchmarks/data/vectors28_{dev,holdout}.jsonl``: personal values inside running text,
log messages and JSON strings as a log library's redaction package (TypeScript), a PII obscurer
(Go), a DLP scanner (Rust), a DLP engine (Go) and a logback masking layout (Clojure) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors28 LOGTAPE_GIT GOPII_GIT DLPSCAN_GIT GODLP_GIT \
        MEDIQUEST_GIT

The split is by source suite and was fixed before extraction (2026-12-07, 06:00 UTC) by a
hash: the five suites sorted by ``sha256("vectors28:" + owner/name)``; the first three
(``ceil(5 / 2)``) are the development part, the last two the held-out part (named in
``benchmarks/corpus/README.md``, "Twenty-eighth vector set"). Before the hash was computed only
the file lists and licence files of the five repositories had been read; the files read of
each (:data:`FILES`) were fixed with the split from their names alone. This file shares no
code with privkit.
"""

from __future__ import annotations

from benchmarks.corpus import _vectors

LOGTAPE = ("dahlia/logtape", "37602dc668e8a2baa1562ab7938de61bca065c40", "MIT")
GOPII = ("blizzy78/gopii", "9ccab8e98972fc96b6f2990a8acc6e47408c0851", "MIT")
DLPSCAN = ("oxide11/dlpscan-rs", "a7f2fb94dfad9fd8a56c2689f22e78e159121fc3", "MIT")
GODLP = ("bytedance/godlp", "d0fd679ebc81c22968a7b800970fc71683decdd7", "MIT")
MEDIQUEST = ("mediquest-nl/logback-masking-pattern-layouts",
             "59b14532c23424f7bc4321697100c151a0313924", "MIT")  # fmt: skip
SUITES = (LOGTAPE, GOPII, DLPSCAN, GODLP, MEDIQUEST)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors28:"
_POS = "tests/corpus/positives/"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    LOGTAPE[0]: ("packages/redaction/src/pattern.test.ts",),
    GOPII[0]: tuple(f"{n}_test.go" for n in ("string", "obscure", "example", "example_slog",
                                               "slog")),
    DLPSCAN[0]: ("tests/corpus/labels.jsonl",
                 *(_POS + n for n in ("pci/mastercard_with_context.txt",
                                      "pci/multi_card_invoice.txt", "pci/visa_with_expiry.txt",
                                      "pii/email_and_phone.txt",
                                      "pii/public_network_addresses.txt", "pii/ssn_bare.txt",
                                      "pii/ssn_tax_form.txt", "pii/ssn_with_context.txt",
                                      "financial/iban_germany.txt")),
                 "tests/integration_test.rs", "tests/detection_quality.rs"),
    GODLP[0]: ("sdk_test.go", "bench_test.go", "test/rule_test.yml", "testcases/test_1k.txt",
               "testcases/test_json_1k.txt"),
    MEDIQUEST[0]: ("test/nl/mediquest/logback/util_test.clj",),
}  # fmt: skip


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)
