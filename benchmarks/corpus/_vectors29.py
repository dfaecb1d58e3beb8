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

import hashlib
import re
import subprocess
import sys
from typing import Any

import phonenumbers

from benchmarks.corpus import _vectors, _vectors24
from benchmarks.corpus._git import git_show
from benchmarks.corpus._vectors17 import _key, earlier_dev_keys

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


# --- rules 2 and 3: which values are values of the type -----------------------------------

Vec = _vectors.Vec
PHONE = "PHONE_NUMBER"
#: Rule 1b: the sentence per type is a contact line without a phone word (a name, the
#: number, a place), as address books and CRM exports write a contact.
SENTENCES = {PHONE: "Jane Roe, {v}, London."}
settle = _vectors24.settle
_SQ_STR = r"'((?:[^'\\\n]|\\.)*)'"
_DQ_STR = r'"((?:[^"\\\n]|\\.)*)"'


def _php(body: str) -> str:
    """A PHP single-quoted string literal's body as its value."""
    return re.sub(r"\\([\\'])", r"\1", body)


def _dq(body: str) -> str:
    """A double-quoted literal's body (Rust, C#, Elixir) as its value; a literal with any
    other escape (``\\u{...}``, ``\\x..``) is out (a value ``settle`` drops)."""
    if re.search(r"\\[^\\\"]", body):
        return "\x85"  # (settle drops values holding it)
    return re.sub(r"\\([\\\"])", r"\1", body)


def _region(code: str | None) -> str | None:
    """A region code as a test writes it (``RegionCode::NZ``, ``'gb'``, ``country::DE``,
    ``Some(FR)``, ``RegionCodeFixture.us()``) as an upper-case ISO code; the unknown and
    non-geographic regions (``ZZ``, ``UN001``, ``None``) as None."""
    m = re.search(r"(?:::|\(|\.|')([A-Za-z]{2}|UN001|un001)\b", code or "")
    got = m.group(1).upper() if m else None
    return None if got in {None, "ZZ", "UN001"} else got


def _fixture_region(name: str) -> str | None:
    """Rule 2c: the region of a test's number fixture from its name's first two letters
    (``self::$usNumber``, ``PhoneNumberFixture.gb_mobile()``): None unless they are a region
    code the ``phonenumbers`` metadata knows."""
    m = re.search(r"(?:\$|Fixture\.)([a-z]{2})(?:_|[A-Z])", name)
    code = m.group(1).upper() if m else None
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def valid_for_region(value: str, region: str | None) -> bool:
    """Rule 2c: a number a source accepts is gold only when it is a valid number for the
    region its test states (``phonenumbers``' metadata; with no region stated, a number
    written with its ``+`` country code)."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def regional(vecs: list[tuple[Vec, str | None]]) -> list[Vec]:
    """Rule 2c over (value, stated region) pairs: a valid value that is no valid number for
    its region is left out (neither gold nor a negative); invalid values stay as labelled."""
    return [v for v, region in vecs if not v[2] or valid_for_region(v[1], region)]


def _bodies(src: str, head: str) -> list[tuple[str, str]]:
    """(name, body) of each function whose head matches ``head`` (group 1 the name), the
    body running to the next head."""
    heads = list(re.finditer(head, src))
    return [(h.group(1), src[h.end() : heads[i + 1].start() if i + 1 < len(heads) else len(src)])
            for i, h in enumerate(heads)]  # fmt: skip


# --- giggsey/libphonenumber-for-php (development) ----------------------------------------

_PHP_FN = r"\n    public (?:static )?function (\w+)\("
_PHP_REGION = r"(?:RegionCode::\w+|'[A-Za-z]{2}'|null)"


def giggsey_items(src: str, path: str) -> list[tuple[Vec, str | None]]:
    """Rules 4 and 5: in a test method that neither expects an exception nor calls
    ``fail(``, each literal passed to ``parse`` or ``parseAndKeepRawInput`` with a region,
    each literal under ``assertTrue(...isPossibleNumber('...', region))``, and each literal
    bound as ``$number = '...'`` that the method then parses with a region; in any method,
    each literal asserted equal (``assertEquals``/``assertSame``) to a ``format...`` call's
    result (the library's own rendering of a number fixture; its region by rule 2c): valid.
    The rows of ``validPolishNumbers`` (a data provider whose test asserts
    ``isValidNumber`` for PL): valid. The matcher tests give no record (rule 5)."""
    out: list[tuple[Vec, str | None]] = []
    for name, body in _bodies(src, _PHP_FN):
        if name == "validPolishNumbers":
            out += [((PHONE, _php(m.group(1)), True, name, path), "PL")
                    for m in re.finditer(r"\[" + _SQ_STR + r"\]", body)]  # fmt: skip
            continue
        out += [((PHONE, _php(m.group(1)), True, "format", path), _fixture_region(m.group(2)))
                for m in re.finditer(r"assert(?:Equals|Same)\(\s*" + _SQ_STR
                                     + r",\s*\$[\w>-]*->format\w*\(\s*([\w:$]+)", body)]  # fmt: skip
        if "expectException" in body or "fail(" in body:
            continue
        out += [((PHONE, _php(m.group(1)), True, "parse", path), _region(m.group(2)))
                for m in re.finditer(r"->parse(?:AndKeepRawInput)?\(\s*" + _SQ_STR + r",\s*("
                                     + _PHP_REGION + r")\s*\)", body)]  # fmt: skip
        out += [((PHONE, _php(m.group(1)), True, "isPossibleNumber", path), _region(m.group(2)))
                for m in re.finditer(r"assertTrue\(\s*\$[\w>-]*->isPossibleNumber\(\s*"
                                     + _SQ_STR + r",\s*(" + _PHP_REGION + r")\s*\)", body)]  # fmt: skip
        parsed = re.search(r"->parse\(\s*\$number,\s*(" + _PHP_REGION + r")\s*\)", body)
        if parsed:
            out += [((PHONE, _php(m.group(1)), True, "$number", path), _region(parsed.group(1)))
                    for m in re.finditer(r"\$number = " + _SQ_STR + ";", body)]  # fmt: skip
    return out


# --- whisperfish/rust-phonenumber (development) ------------------------------------------

_RS_REGION = r"(?:Some\((?:country::)?\w+\)|None|(?:country::)?[A-Z]{2})"


def _rust_live(src: str) -> str:
    """The source without its line comments (commented-out test cases)."""
    return re.sub(r"(?m)^\s*//.*$", "", src)


def rust_items(src: str, path: str) -> list[tuple[Vec, str | None]]:
    """Rules 6 and 7: each ``#[case(Source::..., country::XX, "...")]`` of the parser's
    tests, each literal parsed with ``.unwrap()`` (``parse(region, "...").unwrap()``), each
    ``parsed("...")`` case (no region), each literal asserted equal to a formatting of a
    number parsed with a region (``"...", parser::parse(region, ...)``): valid, under that
    region. The validator's ``#[case(region, "...", true)]`` rows: valid; its ``false`` rows
    with no region (a number in international form refused under its own country code):
    invalid; ``false`` under a stated region: out (rule 3)."""
    src = _rust_live(src)
    out: list[tuple[Vec, str | None]] = []
    out += [((PHONE, _dq(m.group(2)), True, "case", path), _region(m.group(1)))
            for m in re.finditer(r"#\[case\(\s*Source::\w+,\s*(country::\w+),\s*" + _DQ_STR
                                 + r"\s*\)\]", src)]  # fmt: skip
    out += [((PHONE, _dq(m.group(2)), True, "parse", path), _region(m.group(1)))
            for m in re.finditer(r"\bparse\(\s*(" + _RS_REGION + r"),\s*" + _DQ_STR
                                 + r"\s*\)\s*\.unwrap\(\)", src)]  # fmt: skip
    out += [((PHONE, _dq(m.group(1)), True, "parsed", path), None)
            for m in re.finditer(r"\bparsed\(" + _DQ_STR + r"\)", src)]  # fmt: skip
    out += [((PHONE, _dq(m.group(1)), True, "format", path), _region(m.group(2)))
            for m in re.finditer(_DQ_STR + r",\s*parser::parse\(\s*(" + _RS_REGION + r")", src)]  # fmt: skip
    for m in re.finditer(r"#\[case\(\s*(" + _RS_REGION + r"),\s*" + _DQ_STR
                         + r",\s*(true|false)\s*\)\]", src):  # fmt: skip
        if m.group(3) == "true":
            out.append(((PHONE, _dq(m.group(2)), True, "validator", path), _region(m.group(1))))
        elif m.group(1) == "None":
            out.append(((PHONE, _dq(m.group(2)), False, "validator", path), None))
    return out


# --- TrevorPilley/phone-number-parser (held out) -----------------------------------------


def sample(values: list[str], n: int = SAMPLE_PER_FILE) -> list[str]:
    """Rule 9: a file's distinct values, at most ``n``: those whose ``sha256("vectors29:" +
    value)`` is smallest (in that order)."""
    distinct = list(dict.fromkeys(values))
    return sorted(distinct, key=lambda v: hashlib.sha256((SPLIT_SALT + v).encode()).hexdigest())[:n]


def trevor_items(src: str, path: str) -> list[tuple[Vec, str | None]]:
    """Rules 8 and 9: the first string of each ``[InlineData("...", ...)]`` row of a
    ``Parse_Known_...`` theory (a number the parser parses for the file's country: the
    two-letter code in the file's name, ``GB`` in the ``GBPhoneNumberParserTests_`` files),
    valid, sampled per file (rule 9); in the ``PhoneNumber_Parse_*`` files, each
    ``PhoneNumber.Parse("...")`` whose next assertion is ``Assert.NotNull`` (no region):
    valid."""
    if "/PhoneNumber_Parse_" in path:
        return [((PHONE, _dq(m.group(1)), True, "PhoneNumber.Parse", path), None)
                for m in re.finditer(r"PhoneNumber\.Parse\(" + _DQ_STR
                                     + r"\);\s*Assert\.NotNull", src)]  # fmt: skip
    code = re.search(r"(?:_([A-Z]{2})_|/(GB)PhoneNumberParserTests_)", path)
    region = (code.group(1) or code.group(2)) if code else None
    values: list[str] = []
    for block in re.finditer(r"\[Theory\]((?:\s*\[InlineData\([^\n]*\)\])+)\s*public void "
                             r"(\w+)\(", src):  # fmt: skip
        if block.group(2).startswith("Parse_Known_"):
            values += [_dq(m.group(1))
                       for m in re.finditer(r"\[InlineData\(" + _DQ_STR, block.group(1))]  # fmt: skip
    return [((PHONE, v, True, "Parse_Known", path), region) for v in sample(values)]


# --- surgeventures/ex_phone_number (held out) --------------------------------------------


def exphone_items(src: str, path: str) -> list[tuple[Vec, str | None]]:
    """Rule 10: each ``{result, phone_number} = parse("...", region)`` whose next line
    asserts ``:ok == result``, each ``assert is_possible_number?("...", region)`` (under
    that region) and each ``assert "..." ==`` a ``format...(`` call's result (the region of
    its number fixture, rule 2c): valid. ``refute`` rows narrow to a region: out (rule 3)."""
    out: list[tuple[Vec, str | None]] = []
    out += [((PHONE, _dq(m.group(1)), True, "parse", path), _region(m.group(2)))
            for m in re.finditer(r"\{result, phone_number\} = parse\(" + _DQ_STR
                                 + r", (RegionCodeFixture\.\w+\(\))\)\s*assert :ok == result",
                                 src)]  # fmt: skip
    out += [((PHONE, _dq(m.group(1)), True, "is_possible_number?", path), _region(m.group(2)))
            for m in re.finditer(r"\n\s*assert is_possible_number\?\(" + _DQ_STR
                                 + r",\s*(RegionCodeFixture\.\w+\(\))", src)]  # fmt: skip
    out += [((PHONE, _dq(m.group(1)), True, "format", path), _fixture_region(m.group(2)))
            for m in re.finditer(r"assert " + _DQ_STR + r" ==\s*\w*format\w*\(([\w.]+)", src)]  # fmt: skip
    return out


# --- records ----------------------------------------------------------------------------


def _trevor_files(git: str) -> list[str]:
    listed = subprocess.run(["git", "--git-dir", git, "ls-tree", "-r", "--name-only", TREVOR[1],
                             _TREVOR_DATA.rsplit("/", 1)[0] + "/"],
                            capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    return [*FILES[TREVOR[0]], *sorted(p for p in listed if p.startswith(_TREVOR_DATA))]


def main(argv: list[str]) -> None:
    giggsey, rust, trevor, exphone = argv
    assert split([r[0] for r in SUITES]) == ([GIGGSEY[0], RUST[0]], [TREVOR[0], EXPHONE[0]])
    # The held-out readers run first (the split was fixed before either part was extracted).
    held: dict[str, list[tuple[Vec, str | None]]] = {TREVOR[0]: [], EXPHONE[0]: []}
    for path in _trevor_files(trevor):
        held[TREVOR[0]] += trevor_items(git_show(trevor, TREVOR[1], path), path)
    for path in FILES[EXPHONE[0]]:
        held[EXPHONE[0]] += exphone_items(git_show(exphone, EXPHONE[1], path), path)
    dev: list[dict[str, Any]] = []
    for repo, git, reader in ((GIGGSEY, giggsey, giggsey_items), (RUST, rust, rust_items)):
        vecs: list[tuple[Vec, str | None]] = []
        for path in FILES[repo[0]]:
            vecs += reader(git_show(git, repo[1], path), path)
        dev += _vectors.records("dev29", repo, settle(regional(vecs)), sentences=SENTENCES)
    seen = earlier_dev_keys("vectors29_dev.jsonl")
    seen |= {_key(r["type"], r["text"][slice(*r["value_span"])]) for r in dev if r["valid"]}
    hold: list[dict[str, Any]] = []
    for repo in (TREVOR, EXPHONE):
        new = [v for v in settle(regional(held[repo[0]])) if _key(v[0], v[1]) not in seen]
        hold += _vectors.records("holdout29", repo, new, sentences=SENTENCES)
    _vectors.write_parts((("vectors29_dev.jsonl", _vectors24._numbered(dev)),
                          ("vectors29_holdout.jsonl", _vectors24._numbered(hold))))  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
