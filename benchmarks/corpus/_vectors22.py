"""Build ``benchmarks/data/vectors22_{dev,holdout}.jsonl``: payment card numbers (and IBANs) as card libraries and a log scrubber test them.

The split is by source suite and was fixed before extraction (2026-12-06, 11:45 UTC) by a
hash: the seven suites sorted by ``sha256("vectors22:" + owner/name)``; the first four
(``ceil(7 / 2)``) are the development part, the last three the held-out part (:func:`split`,
checked by the builder). The rules are written in ``benchmarks/corpus/README.md``
("Twenty-second vector set") and as code below. This file shares no code with privkit.
"""

from __future__ import annotations

import hashlib

ACTIVE_MERCHANT = ("activemerchant/active_merchant", "ca45b1b063ce2e1495e1427e0a1d42dcb482d57d",
                   "MIT")  # fmt: skip
PAYMENT = ("jessepollak/payment", "2e0053eaf8a9df58dd23d06d35bd79041c61a3d3", "MIT")
CREDITCARDS_TYPES = ("bendrucker/creditcards-types", "661307950e4bf550a4826bb41b6185f9c33e3fa0",
                     "MIT")  # fmt: skip
CREDITCARDS = ("bendrucker/creditcards", "06b55a1e54e4764487c26a77815d22df761816a3", "MIT")
GO_CREDIT_CARD = ("durango/go-credit-card", "a9e175ba40821ffb2613be78ff7ebf9f09c7bf5b",
                  "CC-BY-SA-4.0")  # fmt: skip
PHP_CARD = ("inacho/php-credit-card-validator", "af3bab9af09dd159fbd23815ab08b1092d7fa963", "MIT")
PURIFLOW = ("puriflow4j/puriflow4j", "28f17c608a319b972ab1dac3fa2a2d35ae1cacfd", "Apache-2.0")
SUITES = (ACTIVE_MERCHANT, PAYMENT, CREDITCARDS_TYPES, CREDITCARDS, GO_CREDIT_CARD, PHP_CARD,
          PURIFLOW)  # fmt: skip
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors22:"


def split(repos: list[str]) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    ranked = sorted(repos, key=lambda r: hashlib.sha256((SPLIT_SALT + r).encode()).hexdigest())
    half = (len(ranked) + 1) // 2
    return ranked[:half], ranked[half:]
