"""Build ``benchmarks/data/vectors22_{dev,holdout}.jsonl``: payment card numbers (and IBANs) as card libraries and a log scrubber test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors22 PHP_CARD_GIT CREDITCARDS_GIT CREDITCARDS_TYPES_GIT \
        PAYMENT_GIT ACTIVE_MERCHANT_GIT GO_CREDIT_CARD_GIT PURIFLOW_GIT LARAVEL_GIT PYDANTIC_GIT \
        RS_CARD_GIT CLEAVE_GIT

The split is by source suite and was fixed before extraction (2026-12-06, 11:45 UTC) by a
hash: the seven suites sorted by ``sha256("vectors22:" + owner/name)``; the first four
(``ceil(7 / 2)``) are the development part, the last three the held-out part (:func:`split`,
checked by the builder). A held-out value or text that this set's development part or an
earlier set's development file holds (compared without white space and case) is dropped. Records
are the third set's *values* (alone, in three carriers and a sentence per type) and, for the log
scrubber's sentences, the fourth set's *cases*. The rules are written in ``benchmarks/corpus/README.md``
("Twenty-second vector set") and as code below. This file shares no code with privkit.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors14
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

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
#: The second batch (rule 1b), chosen after the first development part was measured and split
#: by its own salt before any of its files was opened.
LARAVEL_CARD = ("laravel-validation-rules/credit-card", "9feeaad3574159450baa4bd8e8ec0e5bd922d36b",
                "MIT")  # fmt: skip
PYDANTIC_EXTRA = ("pydantic/pydantic-extra-types", "170714b724e56ba66a10090768084feebf3ee85d",
                  "MIT")  # fmt: skip
RS_CARD = ("valeriansaliou/rs-card-validate", "c3b944b44fde54287d4b877af85773d84ef2febc", "MIT")
CLEAVE = ("nosir/cleave.js", "a966c95cf5193f223485a10eec8405bb32b8f6dd", "Apache-2.0")
SUITES_B = (LARAVEL_CARD, PYDANTIC_EXTRA, RS_CARD, CLEAVE)
SPLIT_SALT_B = "vectors22b:"


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


Vec = _vectors.Vec
Case = _vectors4.Case
CARD, IBAN = "CREDIT_CARD", "IBAN_CODE"
SENTENCES = _vectors14.SENTENCES
_SQ = r"'((?:[^'\\\n]|\\.)*)'"
_DQ = r'"((?:[^"\\\n]|\\.)*)"'


# --- rule 2: which values are card numbers ------------------------------------------------


def luhn(digits: str) -> bool:
    """The Luhn check over a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


#: Rule 2: digits, with one space, hyphen or dot between groups.
_WRITTEN = re.compile(r"\d+(?:[ .-]\d+)*")


def card_number(value: str) -> bool:
    """Rule 2: a card number as text writes it: 12 to 19 digits (single spaces, hyphens or
    dots between groups), passing the Luhn check, not all one digit."""
    if not _WRITTEN.fullmatch(value):
        return False
    digits = re.sub(r"\D", "", value)
    return 12 <= len(digits) <= 19 and luhn(digits) and len(set(digits)) > 1


def iban(value: str) -> bool:
    """Rule 2: an IBAN (spaces or hyphens between groups allowed) passing mod 97."""
    compact = re.sub(r"[ -]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def gold(vecs: list[Vec]) -> list[Vec]:
    """Rule 2: a value a source calls valid is kept only when it is a card number (else it is
    neither gold nor negative); negatives are kept as they are, then rule 3's consistency."""
    kept = [v for v in vecs if not v[2] or card_number(v[1])]
    return _vectors._consistent(kept)


# --- inacho/php-credit-card-validator (development) ---------------------------------------

PHP_CARD_PATH = "tests/Test.php"


def php_card_items(src: str) -> list[Vec]:
    """Rule 4: every literal of the ``$validCards`` arrays (valid); each
    ``validCreditCard('v')`` followed by ``assertEquals(true|false, $result['valid'])``."""
    out: list[Vec] = []
    head = re.search(r"\$validCards = array\((.*?)\n    \);", src, re.DOTALL)
    assert head is not None
    for m in re.finditer(r"'(\w+)' => array\((.*?)\)", head.group(1), re.DOTALL):
        body = re.sub(r"//[^\n]*", "", m.group(2))
        out += [(CARD, v, True, m.group(1), PHP_CARD_PATH) for v in re.findall(_SQ, body)]
    pat = (r"validCreditCard\(" + _SQ
           + r"\);\s*\$this->assertEquals\((true|false), \$result\['valid'\]\)")  # fmt: skip
    out += [(CARD, m.group(1), m.group(2) == "true", "validCreditCard", PHP_CARD_PATH)
            for m in re.finditer(pat, src)]  # fmt: skip
    return out


# --- bendrucker/creditcards (development) -------------------------------------------------

CREDITCARDS_PATH = "card-test.js"


def creditcards_items(src: str) -> list[Vec]:
    """Rule 5: ``card.isValid('v'[, brand])`` asserted ok (valid) and ``!card.isValid('v')``
    without a brand (invalid); the argument of ``card.parse('v')`` and of ``card.type('v')``
    without the eager flag and the result of ``card.format(...)`` (``assert.equal(..., 'v')``)
    are valid when rule 2 holds (a partial number is neither)."""
    out: list[Vec] = []
    for m in re.finditer(r"assert\.ok\((!?)card\.isValid\(" + _SQ + r"(\s*,[^)]*)?\)", src):
        if m.group(1) and m.group(3):
            continue  # a brand check's refusal (rule 3)
        out.append((CARD, m.group(2), not m.group(1), "isValid", CREDITCARDS_PATH))
    out += [(CARD, m.group(2), True, m.group(1), CREDITCARDS_PATH)
            for m in re.finditer(r"card\.(parse|type)\(" + _SQ + r"\)", src)]  # fmt: skip
    out += [(CARD, m.group(1), True, "format", CREDITCARDS_PATH)
            for m in re.finditer(r"assert\.equal\(card\.format\([^)]*\),\s*" + _SQ, src)]  # fmt: skip
    return out


# --- bendrucker/creditcards-types (development) -------------------------------------------

CREDITCARDS_TYPES_DIR = "test/"


def creditcards_types_items(src: str, path: str) -> list[Vec]:
    """Rule 6: ``t.ok(x.test('v'))`` (a value of the brand: valid when rule 2 holds); a brand's
    ``t.notOk`` is no negative (rule 3); a ``x.group('v')`` row labelled ``'full number'``
    gives the groups joined by one space (the value as the library writes it)."""
    out: list[Vec] = [(CARD, m.group(1), True, "test", path)
                      for m in re.finditer(r"t\.ok\(\w+\.test\(" + _SQ + r"\)[,)]", src)]  # fmt: skip
    for m in re.finditer(r"t\.deepEqual\(\w+\.group\(" + _SQ + r"\),\s*\[(.*?)\],\s*'full number'",
                         src, re.DOTALL):  # fmt: skip
        groups = re.findall(_SQ, m.group(2))
        if "".join(groups) == m.group(1):
            out.append((CARD, " ".join(groups), True, "group", path))
    return out


def creditcards_types_paths(git_dir: str) -> list[str]:
    import subprocess

    names = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", CREDITCARDS_TYPES[1],
         CREDITCARDS_TYPES_DIR],
        check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    skip = {"test/coverage.js", "test/eager-type.js", "test/find.js", "test/index.js"}
    return sorted(n for n in names if n.endswith(".js") and n not in skip)


# --- jessepollak/payment (development) ----------------------------------------------------

PAYMENT_PATH = "spec/index.spec.coffee"


def payment_items(src: str) -> list[Vec]:
    """Rule 7: ``topic = Payment.fns.validateCardNumber 'v'`` followed by ``assert.equal topic,
    true|false``; ``assert(Payment.fns.validateCardNumber('v'), ...)`` (valid); the argument of
    ``Payment.fns.cardType 'v'`` asserted to a brand (valid when rule 2 holds)."""
    out: list[Vec] = []
    pat = (r"topic = Payment\.fns\.validateCardNumber " + _SQ
           + r"\s*\n\s*assert\.equal topic, (true|false)")  # fmt: skip
    out += [(CARD, m.group(1), m.group(2) == "true", "validateCardNumber", PAYMENT_PATH)
            for m in re.finditer(pat, src)]  # fmt: skip
    out += [(CARD, m.group(1), True, "validateCardNumber", PAYMENT_PATH)
            for m in re.finditer(r"assert\(Payment\.fns\.validateCardNumber\(" + _SQ + r"\)", src)]  # fmt: skip
    pat = r"Payment\.fns\.cardType \(?" + _SQ + r"\)?\s*(?:assert\.equal topic,|,) '(\w+)'"
    for m in re.finditer(r"(?:topic = )?\(?" + pat, src):
        out.append((CARD, m.group(1), True, "cardType", PAYMENT_PATH))
    return out


# --- activemerchant/active_merchant (held out) --------------------------------------------

ACTIVE_MERCHANT_PATH = "test/unit/credit_card_methods_test.rb"


def active_merchant_items(src: str) -> list[Vec]:
    """Rule 8: ``assert_equal 'brand', CreditCard.brand?('v')`` and ``valid_number?('v')``
    asserted true (valid when rule 2 holds) or false (invalid); a ``number = 'v'`` (or
    ``numberN``) whose variable is asserted a brand or a valid number in its test (valid when
    rule 2 holds); the ``%w[...]`` lists but ``non_maestro_card_numbers`` (a brand's refusal)
    and ``maestro_bins`` (prefixes) (valid when rule 2 holds). Refused brands, ranges built in
    loops and random numbers are out."""
    p = ACTIVE_MERCHANT_PATH
    brand = r"assert_equal '\w[\w-]*', CreditCard\.brand\?\(" + _SQ + r"\)"
    out: list[Vec] = [(CARD, m.group(1), True, "brand?", p) for m in re.finditer(brand, src)]
    valid = r"(assert_true|assert_false|assert) CreditCard\.valid_number\?\(" + _SQ + r"\)"
    out += [(CARD, m.group(2), m.group(1) != "assert_false", "valid_number?", p)
            for m in re.finditer(valid, src)]  # fmt: skip
    for test in re.split(r"\n  def ", src):
        for m in re.finditer(r"\n\s*(number\d*) = " + _SQ, test):
            var = re.escape(m.group(1))
            if re.search(r"(assert_equal '\w[\w-]*', CreditCard\.brand\?\(" + var + r"\)|"
                         r"assert CreditCard\.valid_number\?\(" + var + r"\))", test):  # fmt: skip
                out.append((CARD, m.group(2), True, "brand?", p))
        name = test.split("\n", 1)[0]
        if name.startswith(("non_maestro_card_numbers", "maestro_bins")):
            continue
        for m in re.finditer(r"%w\[(.*?)\]", test, re.DOTALL):
            out += [(CARD, v, True, "brand?", p) for v in m.group(1).split()]
    return out


# --- durango/go-credit-card (held out) ----------------------------------------------------

GO_CREDIT_CARD_PATH = "creditcard_test.go"


def go_credit_card_items(src: str) -> list[Vec]:
    """Rule 9: the ``Number`` of a ``card := Card{Number: "v", ...}`` whose block then asserts
    ``So(err, ShouldBeNil)`` (valid when rule 2 holds); ``ValidateNumber()`` asserted
    ``ShouldBeFalse`` (invalid); each string of a ``numbers := []string{...}`` list that a loop
    validates with ``ShouldBeNil`` (valid when rule 2 holds). Other refusals mix expiry, CVV
    and test-number checks and are out."""
    out: list[Vec] = []
    p = GO_CREDIT_CARD_PATH
    pieces = re.split(r"(?=card := Card\{)", src)
    for piece in pieces[1:]:
        m = re.match(r"card := Card\{Number: " + _DQ, piece)
        if m is None:
            continue
        block = piece[: piece.find("})")] if "})" in piece else piece
        if re.search(r"ValidateNumber\(\)\s*\n\s*So\(err, ShouldBeFalse\)", block):
            out.append((CARD, m.group(1), False, "ValidateNumber", p))
        elif re.search(r"So\(err, ShouldBeNil\)", block):
            out.append((CARD, m.group(1), True, "Validate", p))
    for m in re.finditer(r"numbers := \[\]string\{(.*?)\}", src, re.DOTALL):
        out += [(CARD, v, True, "Validate", p) for v in re.findall(_DQ, m.group(1))]
    return out


# --- puriflow4j/puriflow4j (held out) -----------------------------------------------------

PURIFLOW_DIR = "puriflow4j-core/src/test/groovy/io/puriflow4j/core/detect/"
PURIFLOW_PATHS = {PURIFLOW_DIR + "CreditCardDetectorSpec.groovy": CARD,
                  PURIFLOW_DIR + "IbanDetectorSpec.groovy": IBAN}  # fmt: skip


def _groovy(text: str, names: dict[str, str]) -> str:
    return re.sub(r"\$(\w+)", lambda m: names.get(m.group(1), m.group(0)), text)


def puriflow_cases(src: str, path: str, etype: str) -> list[Case]:
    """Rule 10: each feature's ``def msg = "..."`` (``$name`` filled from the feature's own
    ``def name = "..."``): a feature that asserts ``!det.detect(msg).found()`` gives a negative
    text; one that compares the replaced text (``sanitized`` / ``applySpans``) gives the input
    characters each ``[...]`` placeholder replaced as gold, when each passes rule 2 (else the
    feature is out)."""
    out: list[Case] = []
    for feature in re.split(r"\n    def \"", src)[1:]:
        names = {m.group(1): m.group(2) for m in re.finditer(r"def (\w+) = " + _DQ, feature)}
        m = re.search(r"def msg = " + _DQ, feature)
        if m is None:
            continue
        msg = _groovy(m.group(1), names)
        if re.search(r"!\w+\.detect\(msg\)\.found\(\)", feature):
            out.append((etype, msg, [], "detect", path))
            continue
        exp = re.search(r"(?:sanitized|applySpans)\(msg, res\) == " + _DQ, feature)
        if exp is None:
            continue
        parts = re.split(r"\[[A-Z_]+\]", exp.group(1))
        pattern = "(.+?)".join(re.escape(x) for x in parts)
        hit = re.fullmatch(pattern, msg)
        if hit is None:
            continue
        spans = [(hit.start(i), hit.end(i)) for i in range(1, len(parts))]
        check = card_number if etype == CARD else iban
        if all(check(msg[s:e]) for s, e in spans):
            out.append((etype, msg, spans, "detect", path))
    return out


# --- laravel-validation-rules/credit-card (development, second batch) ---------------------

LARAVEL_DIR = "tests/Unit/Cards/"


def laravel_items(src: str, path: str) -> list[Vec]:
    """Rule 12: the literals of a card test's ``validNumbers()`` (valid under rule 2) and of its
    ``numbersWithInvalidLength()`` and ``numbersWithInvalidCheckSum()`` (invalid: the default
    ``CardNumber`` rule refuses them)."""
    out: list[Vec] = []
    for m in re.finditer(r"function (validNumbers|numbersWithInvalidLength|numbersWithInvalidCheckSum)"
                         r"\(\): Collection\s*\{\s*return collect\(\[(.*?)\]\);", src, re.DOTALL):  # fmt: skip
        body = re.sub(r"//[^\n]*", "", m.group(2))
        out += [(CARD, v, m.group(1) == "validNumbers", m.group(1), path)
                for v in re.findall(_SQ, body)]  # fmt: skip
    return out


def _ls(git_dir: str, commit: str, folder: str) -> list[str]:
    import subprocess

    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", commit, folder],
                           check=True, capture_output=True, text=True).stdout.split()  # fmt: skip
    return sorted(names)


# --- pydantic/pydantic-extra-types (development, second batch) ----------------------------

PYDANTIC_PATH = "tests/test_types_payment.py"


def pydantic_items(src: str) -> list[Vec]:
    """Rule 13: the module's ``VALID_*`` constants (valid under rule 2) and ``LUHN_INVALID`` and
    ``LEN_INVALID`` (invalid: ``PaymentCardNumber`` refuses them in ``test_error_types``). The
    rows of the Luhn helper's own test check a digit string, not a card, and are out."""
    return [(CARD, m.group(2), m.group(1).startswith("VALID_"), m.group(1), PYDANTIC_PATH)
            for m in re.finditer(r"(?m)^((?:VALID_\w+)|LUHN_INVALID|LEN_INVALID) = " + _SQ + r"$",
                                 src)]  # fmt: skip


# --- valeriansaliou/rs-card-validate (held out, second batch) -----------------------------

RS_CARD_PATH = "tests/validate.rs"


def rs_card_items(src: str) -> list[Vec]:
    """Rule 14: the strings of each ``fn *_numbers_valid()`` list (valid under rule 2) and of
    each ``fn *_invalid*()`` list (invalid: ``Validate::from`` refuses them)."""
    out: list[Vec] = []
    for m in re.finditer(r"fn (\w+)\(\) -> Vec<&'static str> \{\s*vec!\[(.*?)\]", src, re.DOTALL):
        name = m.group(1)
        if not (name.endswith("_valid") or "invalid" in name):
            continue
        valid = name.endswith("_numbers_valid")
        out += [(CARD, v, valid, name, RS_CARD_PATH) for v in re.findall(_DQ, m.group(2))]
    return out


# --- nosir/cleave.js (held out, second batch) ---------------------------------------------

CLEAVE_FIXTURE = "test/fixtures/credit-card.json"
CLEAVE_BLOCKS = "src/shortcuts/CreditCardDetector.js"
CLEAVE_BROWSER = "test/browser/credit-card.js"


def cleave_items(fixture: str, detector: str, browser: str) -> list[Vec]:
    """Rule 15: each number of the fixture (its type's test asserts the brand), valid under rule
    2, alone and grouped by its brand's ``blocks`` (the library's table) joined by one space, as
    the formatter writes it in a field; each ``field.value`` the browser test expects after
    ``setRawValue`` (valid under rule 2; a partial number is neither)."""
    import json

    table = re.search(r"blocks: \{(.*?)\}", detector, re.DOTALL)
    assert table is not None
    blocks = {m.group(1): [int(n) for n in m.group(2).split(",")]
              for m in re.finditer(r"(\w+):\s*\[([\d, ]+)\]", table.group(1))}  # fmt: skip
    out: list[Vec] = []
    for brand, numbers in json.loads(fixture).items():
        for number in numbers:
            value = str(number)
            out.append((CARD, value, True, brand, CLEAVE_FIXTURE))
            groups, at = [], 0
            for n in blocks.get(brand, []):
                if at < len(value):
                    groups.append(value[at : at + n])
                    at += n
            if groups and at >= len(value):
                out.append((CARD, " ".join(groups), True, brand, CLEAVE_FIXTURE))
    out += [(CARD, m.group(1), True, "field.value", CLEAVE_BROWSER)
            for m in re.finditer(r"assert\.equal\(field\.value, " + _SQ + r"\)", browser)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    php, cc, cct, pay, am, go, pf, lv, pyd, rsc, clv = argv
    dev_repos, hold_repos = split([r[0] for r in SUITES])
    assert dev_repos == [PHP_CARD[0], CREDITCARDS[0], CREDITCARDS_TYPES[0], PAYMENT[0]], dev_repos
    assert hold_repos == [ACTIVE_MERCHANT[0], GO_CREDIT_CARD[0], PURIFLOW[0]], hold_repos
    dev_b, hold_b = split([r[0] for r in SUITES_B], SPLIT_SALT_B)
    assert dev_b == [LARAVEL_CARD[0], PYDANTIC_EXTRA[0]], dev_b
    assert hold_b == [RS_CARD[0], CLEAVE[0]], hold_b
    # The held-out readers run first (the split was fixed before either part was extracted).
    held_vecs = [
        (ACTIVE_MERCHANT, gold(active_merchant_items(git_show(am, ACTIVE_MERCHANT[1],
                                                              ACTIVE_MERCHANT_PATH)))),
        (GO_CREDIT_CARD, gold(go_credit_card_items(git_show(go, GO_CREDIT_CARD[1],
                                                            GO_CREDIT_CARD_PATH)))),
        (RS_CARD, gold(rs_card_items(git_show(rsc, RS_CARD[1], RS_CARD_PATH)))),
        (CLEAVE, gold(cleave_items(*(git_show(clv, CLEAVE[1], p)
                                     for p in (CLEAVE_FIXTURE, CLEAVE_BLOCKS, CLEAVE_BROWSER))))),
    ]  # fmt: skip
    held_cases = [c for path, t in PURIFLOW_PATHS.items()
                  for c in puriflow_cases(git_show(pf, PURIFLOW[1], path), path, t)]  # fmt: skip
    types_vecs: list[Vec] = []
    for path in creditcards_types_paths(cct):
        types_vecs += creditcards_types_items(git_show(cct, CREDITCARDS_TYPES[1], path), path)
    laravel_vecs: list[Vec] = []
    for path in _ls(lv, LARAVEL_CARD[1], LARAVEL_DIR):
        if path.endswith("Test.php"):
            laravel_vecs += laravel_items(git_show(lv, LARAVEL_CARD[1], path), path)
    dev: list[dict[str, Any]] = []
    for repo, vecs in (
        (PHP_CARD, php_card_items(git_show(php, PHP_CARD[1], PHP_CARD_PATH))),
        (CREDITCARDS, creditcards_items(git_show(cc, CREDITCARDS[1], CREDITCARDS_PATH))),
        (CREDITCARDS_TYPES, types_vecs),
        (PAYMENT, payment_items(git_show(pay, PAYMENT[1], PAYMENT_PATH))),
        (LARAVEL_CARD, laravel_vecs),
        (PYDANTIC_EXTRA, pydantic_items(git_show(pyd, PYDANTIC_EXTRA[1], PYDANTIC_PATH))),
    ):
        dev += _vectors.records("dev22", repo, gold(vecs), sentences=SENTENCES)
    seen = earlier_dev_keys("vectors22_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    seen |= {_key(r["type"], r["text"]) for r in dev}
    hold: list[dict[str, Any]] = []
    for repo, vecs in held_vecs:
        new = [v for v in vecs if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout22", repo, new, sentences=SENTENCES)
    new_cases = [c for c in held_cases
                 if _key(c[0], c[1]) not in seen
                 and (not c[2] or any(_key(c[0], c[1][s:e]) not in seen for s, e in c[2]))]  # fmt: skip
    hold += _vectors4.case_records("holdout22", PURIFLOW, new_cases)
    _vectors.write_parts((("vectors22_dev.jsonl", _vectors14.renumber(dev)),
                          ("vectors22_holdout.jsonl", _vectors14.renumber(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
