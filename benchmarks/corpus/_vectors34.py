"""Build ``benchmarks/data/vectors34_{dev,holdout}.jsonl``: IBANs, payment cards, e-mail, IP and
MAC addresses, phone numbers and URLs as a PHP input-validation library (GUMP), a Ruby IBAN
library (ibandit), a PHP validator component (laminas-validator) and a Rust IBAN crate
(iban_validate) test them.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors34 GUMP_GIT IBANDIT_GIT LAMINAS_GIT IBAN_VALIDATE_GIT \
        GOVALIDATOR_GIT YII_GIT

The split is by source suite and was fixed before extraction (2026-12-08, 01:22 UTC) by a
hash: the four suites sorted by ``sha256("vectors34:" + owner/name)``; the first two
(``ceil(4 / 2)``) are the development part (Wixel/GUMP, gocardless/ibandit), the last two the
held-out part (laminas/laminas-validator, ThomasdenH/iban_validate; see :func:`split`). Before
the hash was computed only the file lists, file sizes and licence files of the four
repositories had been read; the files read of each (:data:`FILES`) were fixed with the split
from their names alone (of the held-out files only the layout was looked at, string literals
masked, to write the readers). A second batch of two suites (rule 1b, :data:`SUITES_B`) was
split the same way by its own salt: thedevsaddam/govalidator development, yiisoft/validator
held out. The rules are written in ``benchmarks/corpus/README.md``
("Thirty-fourth vector set"). This file shares no code with privkit.
"""

from __future__ import annotations

import re
import sys

from benchmarks.corpus import _vectors, _vectors24, _vectors32
from benchmarks.corpus._vectors17 import (
    CARD,
    EMAIL,
    IBAN,
    IP,
    MAC,
    PHONE,
    URL,
)

GUMP = ("Wixel/GUMP", "0188673ec2c67879c8f74679bf9d06c144696990", "MIT")
IBANDIT = ("gocardless/ibandit", "37bc62845bd60f06c0735fd3738c5ec1029c5620", "MIT")
LAMINAS = ("laminas/laminas-validator", "0303bc6827106bc1d8c3b7376f76243e31fef9ec",
           "BSD-3-Clause")  # fmt: skip
IBAN_VALIDATE = ("ThomasdenH/iban_validate", "dd2627d89d8803a1b619239e8ee20594d95bb5f6",
                 "MIT OR Apache-2.0")  # fmt: skip
SUITES = (GUMP, IBANDIT, LAMINAS, IBAN_VALIDATE)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors34:"
#: The second batch (rule 1b): the first batch's development part holds 103 valid values, 82 of
#: them IBANs from one list, so two more suites were chosen by their names and file lists and
#: split by their own salt before any of their files was opened (2026-12-08, 01:26 UTC):
#: thedevsaddam/govalidator development, yiisoft/validator held out.
GOVALIDATOR = ("thedevsaddam/govalidator", "410bf76327c31ef88a2cc858060b4016dcb80bb3", "MIT")
YII = ("yiisoft/validator", "965eefca727650b8c248633c8b0aeb8e7c5cc9a9", "BSD-3-Clause")
SUITES_B = (GOVALIDATOR, YII)
SPLIT_SALT_B = "vectors34b:"
#: Rule 8: govalidator's helper test lists of a claimed type.
GO_LISTS = {"_creditCardList": CARD, "_emailList": EMAIL, "_macaddressList": MAC, "_ipList": IP,
            "_ipV6List": IP, "_urlList": URL}  # fmt: skip
#: Rule 9: the type each yiisoft/validator rule test file tests.
YII_TESTS = {"EmailTest": EMAIL, "IpTest": IP, "UrlTest": URL}
#: Rule 4: the type each GUMP validator test file tests.
GUMP_TESTS = {"IbanValidator": IBAN, "MacAddressValidator": MAC, "PhoneNumberValidator": PHONE,
              "ValidCcValidator": CARD, "ValidEmailValidator": EMAIL, "ValidIpValidator": IP,
              "ValidIpv4Validator": IP, "ValidIpv6Validator": IP,
              "ValidUrlValidator": URL}  # fmt: skip
#: Rule 6: the type each laminas-validator test file tests.
LAMINAS_TESTS = {"CreditCardTest": CARD, "EmailAddressTest": EMAIL, "IbanTest": IBAN,
                 "IpTest": IP, "UriTest": URL}  # fmt: skip
_RS_DIR = "iban_validate/tests/"
#: The files read of each suite, fixed with the split from the file lists alone.
FILES = {
    GUMP[0]: tuple(f"tests/Validators/{n}Test.php" for n in GUMP_TESTS),
    IBANDIT[0]: ("spec/ibandit/iban_spec.rb",),
    LAMINAS[0]: tuple(f"test/{n}.php" for n in LAMINAS_TESTS),
    IBAN_VALIDATE[0]: tuple(f"{_RS_DIR}{n}.rs" for n in
                            ("parse", "validate_country", "registry_examples_generated")),
    GOVALIDATOR[0]: ("helper_test.go",),
    YII[0]: tuple(f"tests/Rule/{n}.php" for n in YII_TESTS),
}  # fmt: skip

Vec = _vectors.Vec
SENTENCES = _vectors24.SENTENCES


def split(repos: list[str], salt: str = SPLIT_SALT) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first
    ``ceil(n / 2)`` are the development part."""
    return _vectors.salted_halves(repos, salt)


def settle(vecs: list[Vec]) -> list[Vec]:
    """Rules 2 and 3: the thirty-second set's (a value labelled both ways is left out, and so
    is the empty value)."""
    return _vectors32.settle(vecs)


_SQ = r"'((?:[^'\\\n]|\\.)*)'"
_DQ = r'"((?:[^"\\\n]|\\.)*)"'
#: A PHP string literal, single- or double-quoted (groups 1 and 2).
_PHP_LIT = f"(?:{_SQ}|{_DQ})"


def _php(m: re.Match[str], first: int = 1) -> str:
    """The value of a PHP literal matched by :data:`_PHP_LIT` at groups ``first`` and
    ``first + 1`` (a double-quoted literal with an escape other than ``\\\\``/``\\"`` is
    dropped by ``settle``)."""
    sq = m.group(first)
    return _vectors32._sq(sq) if sq is not None else _vectors32._dq(m.group(first + 1))


def _php_methods(src: str) -> list[tuple[str, str]]:
    """(name, body) of each ``function`` of a PHP class, the body running to the next one."""
    heads = list(re.finditer(r"\bfunction\s+(\w+)\s*\(", src))
    ends = [h.start() for h in heads[1:]] + [len(src)]
    return [(h.group(1), src[h.end() : e]) for h, e in zip(heads, ends, strict=True)]


# --- Wixel/GUMP (development) -------------------------------------------------------------


def _gump_label(name: str) -> bool | None:
    """Rule 4: a method's verdict from its name: ``success`` valid, ``error`` or ``failure``
    invalid; one about the empty input is out."""
    low = name.lower()
    if "empty" in low:
        return None
    if "success" in low:
        return True
    return False if "error" in low or "failure" in low else None


_GUMP_VALUE = re.compile(
    r"^\s*\[\s*" + _SQ + r"\s*\],?\s*$"  # a data-provider row
    r"|validate\(self::RULE,\s*" + _SQ + r"\)"  # a direct call
    r"|GUMP::is_valid\(\[\s*'\w+'\s*=>\s*" + _SQ,  # the field's value given to is_valid
    re.MULTILINE,
)


def gump_items(src: str, path: str) -> list[Vec]:
    """Rule 4: in a validator test file of a claimed type, each single-quoted value of a
    data-provider row ``['...']``, of ``validate(self::RULE, '...')`` and of the field given
    to ``GUMP::is_valid(['field' => '...'], ...)``, in a method whose name says ``success``
    (valid) or ``error``/``failure`` (invalid)."""
    etype = GUMP_TESTS[path.rsplit("/", 1)[1].removesuffix("Test.php")]
    out: list[Vec] = []
    for name, body in _php_methods(src):
        if (ok := _gump_label(name)) is None:
            continue
        for m in _GUMP_VALUE.finditer(body):
            raw = next(g for g in m.groups() if g is not None)
            out.append((etype, _vectors32._sq(raw), ok, name, path))
    return out


# --- gocardless/ibandit (development) -----------------------------------------------------


def ibandit_items(src: str, path: str) -> list[Vec]:
    """Rule 5: in each ``it_behaves_like "a country's IBAN", "XX" do ... end`` block, the
    ``let(:valid_iban)`` string (valid) and the ``let(:invalid_iban)`` string (invalid)."""
    out: list[Vec] = []
    for part in re.split(r"it_behaves_like \"a country's IBAN\"", src)[1:]:
        block = part.split("\n    end", 1)[0]
        out += [(IBAN, _vectors32._dq(m.group(2)), m.group(1) == "valid", "it_behaves_like", path)
                for m in re.finditer(r"let\(:(valid|invalid)_iban\)\s*\{\s*" + _DQ + r"\s*\}",
                                     block)]  # fmt: skip
    return out


# --- laminas/laminas-validator (held out) -------------------------------------------------

_L1 = re.compile(r"assert(True|False)\(\s*\$(?:this->)?validator->isValid\(\s*" + _PHP_LIT
                 + r"\s*\)")  # fmt: skip
_L2 = re.compile(r"\[\s*" + _PHP_LIT + r"\s*,\s*(true|false)\s*\]")
_ARRAY = re.compile(r"\$\w+\s*=\s*\[\n(.*?)\n\s*\];", re.DOTALL)
_L3 = re.compile(r"^\s*" + _PHP_LIT + r"\s*=>\s*(true|false)\s*,?\s*(?://.*)?$", re.MULTILINE)
_BARE = re.compile(r"^\s*" + _PHP_LIT + r"\s*,?\s*(?://.*)?$", re.MULTILINE)
_ONE = re.compile(r"\[\s*" + _PHP_LIT + r"\s*\]")


def laminas_items(src: str, path: str) -> list[Vec]:
    """Rule 6: in a validator test file of a claimed type, per method:

    - (a) a literal given whole to ``$validator->isValid(...)`` inside ``assertTrue`` (valid)
      or ``assertFalse`` (invalid);
    - (b) a row ``['...', true|false]`` (a data provider's value and expected verdict);
    - (c) in an array assigned to a variable (``$x = [`` ... ``];``), an entry
      ``'...' => true|false``; and an entry that is a bare literal when the method asserts
      ``isValid`` only with ``assertTrue`` (valid) or only with ``assertFalse`` (invalid);
    - (d) in a method whose name starts with ``valid`` (valid) or ``invalid`` (invalid): the
      bare literals of its arrays and the one-element rows ``['...']``.
    """
    etype = LAMINAS_TESTS[path.rsplit("/", 1)[1].removesuffix(".php")]
    out: list[Vec] = []
    for name, body in _php_methods(src):
        out += [(etype, _php(m, 2), m.group(1) == "True", name, path) for m in _L1.finditer(body)]
        out += [(etype, _php(m), m.group(3) == "true", name, path) for m in _L2.finditer(body)]
        trues = bool(re.search(r"assertTrue\(\s*\$(?:this->)?validator->isValid\(\$", body))
        falses = bool(re.search(r"assertFalse\(\s*\$(?:this->)?validator->isValid\(\$", body))
        low = name.lower()
        bare_ok = (True if low.startswith("valid") else False if low.startswith("invalid")
                   else (trues if trues != falses else None))  # fmt: skip
        for arr in _ARRAY.finditer(body):
            out += [(etype, _php(m), m.group(3) == "true", name, path)
                    for m in _L3.finditer(arr.group(1))]  # fmt: skip
            if bare_ok is not None:
                out += [(etype, _php(m), bare_ok, name, path) for m in _BARE.finditer(arr.group(1))]
        if low.startswith(("valid", "invalid")):
            out += [(etype, _php(m), low.startswith("valid"), name, path)
                    for m in _ONE.finditer(body)]  # fmt: skip
    return out


# --- ThomasdenH/iban_validate (held out) --------------------------------------------------


def _rs_label(name: str) -> bool | None:
    """Rule 7: a test function's verdict from its name: ``invalid``, ``checksum`` or
    ``unknown`` invalid, else ``valid`` valid, else none."""
    if any(w in name for w in ("invalid", "checksum", "unknown")):
        return False
    return True if "valid" in name else None


def iban_validate_items(src: str, path: str) -> list[Vec]:
    """Rule 7: in ``parse.rs`` and ``validate_country.rs``, each string literal bound by a
    ``let`` (an array of literals or one literal) in a ``fn`` labelled by its name; in
    ``registry_examples_generated.rs`` each ``iban_electronic`` and ``iban_print`` literal
    (valid)."""
    out: list[Vec] = []
    if path.endswith("registry_examples_generated.rs"):
        return [(IBAN, _vectors32._dq(m.group(1)), True, "registry", path)
                for m in re.finditer(r"\biban_(?:electronic|print):\s*" + _DQ, src)]  # fmt: skip
    heads = list(re.finditer(r"\bfn\s+(\w+)\s*\(", src))
    ends = [h.start() for h in heads[1:]] + [len(src)]
    for h, e in zip(heads, ends, strict=True):
        if (ok := _rs_label(h.group(1))) is None:
            continue
        for let in re.finditer(r"\blet\s+\w+\s*=\s*(&?\[.*?\]|" + _DQ + r")\s*;", src[h.end() : e],
                               re.DOTALL):  # fmt: skip
            out += [(IBAN, _vectors32._dq(m.group(1)), ok, h.group(1), path)
                    for m in re.finditer(_DQ, let.group(1))]  # fmt: skip
    return out


# --- thedevsaddam/govalidator (development, second batch) ---------------------------------


def govalidator_items(src: str, path: str) -> list[Vec]:
    """Rule 8: each ``"...": true|false`` entry of the ``inputs{...}`` lists of a claimed type
    (:data:`GO_LISTS`) in ``helper_test.go``: valid when ``true``, invalid when ``false``."""
    out: list[Vec] = []
    for m in re.finditer(r"\b(_\w+)\s*=\s*inputs\{(.*?)\}", src, re.DOTALL):
        if (etype := GO_LISTS.get(m.group(1))) is None:
            continue
        out += [(etype, _vectors32._dq(e.group(1)), e.group(2) == "true", m.group(1), path)
                for e in re.finditer(_DQ + r"\s*:\s*(true|false)", m.group(2))]  # fmt: skip
    return out


# --- yiisoft/validator (held out, second batch) -------------------------------------------

_YII_ROW = re.compile(r"\[\s*" + _PHP_LIT + r"\s*,\s*\[")


def yii_items(src: str, path: str) -> list[Vec]:
    """Rule 9: in a rule test file of a claimed type, each row of ``dataValidationPassed``
    (valid) or ``dataValidationFailed`` (invalid) that opens with a string literal followed by
    the list of rules (``['...', [...``)."""
    etype = YII_TESTS[path.rsplit("/", 1)[1].removesuffix(".php")]
    out: list[Vec] = []
    for name, body in _php_methods(src):
        if name not in {"dataValidationPassed", "dataValidationFailed"}:
            continue
        out += [(etype, _php(m), name == "dataValidationPassed", name, path)
                for m in _YII_ROW.finditer(body)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    gump, ibandit, laminas, iban_validate, govalidator, yii = argv
    assert split([r[0] for r in SUITES]) == ([GUMP[0], IBANDIT[0]],
                                             [LAMINAS[0], IBAN_VALIDATE[0]])  # fmt: skip
    assert split([r[0] for r in SUITES_B], SPLIT_SALT_B) == ([GOVALIDATOR[0]], [YII[0]])
    _vectors32.build_parts(
        34,
        FILES,
        dev_sources=(
            (GUMP, gump, gump_items),
            (IBANDIT, ibandit, ibandit_items),
            (GOVALIDATOR, govalidator, govalidator_items),
        ),
        held_sources=(
            (LAMINAS, laminas, laminas_items),
            (IBAN_VALIDATE, iban_validate, iban_validate_items),
            (YII, yii, yii_items),
        ),  # (read first)
    )


if __name__ == "__main__":
    main(sys.argv[1:])
