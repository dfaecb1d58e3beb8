"""Build ``benchmarks/data/vectors6_{dev,holdout}.jsonl``: phone numbers in running text.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors6 LIBPHONENUMBER_GIT NEMO_GIT DUCKLING_GIT \
        PIIMANAGER_GIT JIONLP_GIT DEDUCE_GIT

The split is by source suite and was fixed before extraction: google/libphonenumber's
``PhoneNumberMatcherTest`` and NVIDIA NeMo-text-processing's telephone test cases (eleven
languages) are the development part; facebook/duckling's phone-number corpora, pii-manager's
phone tests, JioNLP's phone-removal test and deduce's phone regression cases the held-out
part. A held-out case whose number the development part also holds (compared without white
space and case) is dropped from the held-out part. The rules are written in
``benchmarks/corpus/README.md`` ("Sixth vector set") and as data below. Every record is a
*case* (:func:`benchmarks.corpus._vectors4.case_records`): a text with the spans the source
calls phone numbers; a text the source says holds none is a negative over the whole text.
This file shares no code with privkit.
"""

from __future__ import annotations

import json
import re
import sys

from benchmarks.corpus import _vectors, _vectors4
from benchmarks.corpus._git import git_files, git_show

LIBPHONENUMBER = ("google/libphonenumber", "f7e3e88c92b905c8d6edb81f336dbe25edc05b52",
                  "Apache-2.0")  # fmt: skip
NEMO = ("NVIDIA/NeMo-text-processing", "1f1263579fe57ba7ed783cad3dddee710fcc5064", "Apache-2.0")
DUCKLING = ("facebook/duckling", "2c226585af5b9f4985d9c7151d7191603bb2add7", "BSD-3-Clause")
PIIMANAGER = ("paulovn/pii-manager", "fb342a038707f4516a5ac0d7cc4a818ff09a4087", "Apache-2.0")
JIONLP = ("dongrixinyu/JioNLP", "783abc5237e05f25aea2a11dcc2ae2e0e9f4cd23", "Apache-2.0")
DEDUCE = ("vmenger/deduce", "3ae7c3e2b69292345515ed1c7264ab1dbdd0d81a", "GPL-3.0")

PHONE = "PHONE_NUMBER"
Case = _vectors4.Case

# --- google/libphonenumber (development) ------------------------------------------------

MATCHER = "java/libphonenumber/test/com/google/i18n/phonenumbers/PhoneNumberMatcherTest.java"

#: The contexts of the test's ``findPossibleInContext`` that keep the number apart from the
#: words around it (white space or punctuation between them). Left out: the three glued
#: contexts ("Hi call" + number + "forme"), "Call me on June 2 at" (glued), ";x 7246433" and
#: "/x12 more" (a tail that is read as an extension or a second number), and "Call ... or
#: +1800-123-4567!" (a second number the test does not label).
MATCHER_CONTEXTS = (
    ("", ""),
    ("   ", "\t"),
    ("Hello ", ""),
    ("", " to call me!"),
    ("Hi there, call ", " to reach me!"),
    ("Hi there, call ", ", or don't"),
    ("It's cheap! Call ", " before 6:30"),
    ("As quoted by Alfonso 12-15 (2009), you may call me at ", ""),
    ("As quoted by Alfonso et al. 12-15 (2009), you may call me at ", ""),
    ("As I said on 03/10/2011, you may call me at ", ""),
    ("", ", 45 days a year"),
)

_JAVA_STR = r'"((?:[^"\\]|\\.)*)"'


def _java(expr: str, env: dict[str, str]) -> str | None:
    """A Java string expression of literals, names bound in ``env`` and ``+``."""
    out = []
    for part in re.split(r"\s*\+\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", expr.strip()):
        m = re.fullmatch(_JAVA_STR, part.strip())
        if m is not None:
            out.append(_vectors._java_unescape(m.group(1)))
        elif part.strip() in env:
            out.append(env[part.strip()])
        else:
            return None
    return "".join(out)


def _methods(src: str) -> list[tuple[str, str]]:
    """(name, body) of each ``public void test...`` method."""
    heads = list(re.finditer(r"\n  public void (test\w+)\(\)[^{]*\{", src))
    return [
        (h.group(1), src[h.end() : heads[i + 1].start() if i + 1 < len(heads) else len(src)])
        for i, h in enumerate(heads)
    ]


def _array(src: str, name: str) -> list[str]:
    """The numbers of a ``NumberTest[]`` array (the first argument of each entry)."""
    m = re.search(r"NumberTest\[\] " + name + r" = \{(.*?)\n  \};", src, flags=re.DOTALL)
    assert m is not None, name
    out = []
    for x in re.finditer(r"new NumberTest\(\s*((?:" + _JAVA_STR + r"\s*\+?\s*)+),", m.group(1)):
        value = _java(x.group(1), {})
        if value is not None:
            out.append(value)
    return out


def libphonenumber(git_dir: str) -> list[Case]:
    """Cases of ``PhoneNumberMatcherTest``.

    - each number of a ``doTestFindInContext`` call in the contexts of
      :data:`MATCHER_CONTEXTS` (gold: the number);
    - ``findMatchesInContexts(contexts, true, ...)`` calls (a match is expected): the number
      (the default ``415-666-7777`` or the one passed) between each context's two texts;
    - texts built in a test from literals and number variables, with the spans the test
      expects (``assertMatchProperties`` of a variable, ``new PhoneNumberMatch(start, raw``,
      ``assertEqualRange(text, i, start, end)``);
    - negatives: ``IMPOSSIBLE_CASES`` (found at no leniency) and the texts of
      ``testNonMatchingBracketsAreInvalid``.

    ``STRICT_GROUPING_CASES`` and ``EXACT_GROUPING_CASES`` (found at every leniency up to
    theirs) are numbers alone. ``VALID_CASES`` and ``POSSIBLE_ONLY_CASES`` (odd groupings
    accepted only at loose leniencies) and the contexts a match is expected not to be found
    in are left out.
    """
    src = git_show(git_dir, LIBPHONENUMBER[1], MATCHER)
    out: list[Case] = []
    for m in re.finditer(r"doTestFindInContext\(((?:\s*" + _JAVA_STR + r"\s*\+?)+),", src):
        number = _java(m.group(1), {})
        if number is None:
            continue
        for before, after in MATCHER_CONTEXTS:
            text = before + number + after
            out.append((PHONE, text, [(len(before), len(before) + len(number))],
                        "doTestFindInContext", MATCHER))  # fmt: skip
    for name in ("STRICT_GROUPING_CASES", "EXACT_GROUPING_CASES"):
        out.extend((PHONE, v, [(0, len(v))], name, MATCHER) for v in _array(src, name))
    out.extend((PHONE, v, [], "IMPOSSIBLE_CASES", MATCHER) for v in _array(src, "IMPOSSIBLE_CASES"))
    for name, body in _methods(src):
        if name == "testNonMatchingBracketsAreInvalid":
            out.extend(
                (PHONE, _vectors._java_unescape(lit.group(1)), [], name, MATCHER)
                for lit in re.finditer(r"findNumbers\(\s*" + _JAVA_STR, body)
            )
            continue
        contexts = [
            (lead, trail)
            for ctx in re.finditer(
                r"new NumberContext\(\s*(" + _JAVA_STR + r"),\s*(" + _JAVA_STR + r")\)", body
            )
            for lead, trail in [(_java(ctx.group(1), {}), _java(ctx.group(3), {}))]
            if lead is not None and trail is not None
        ]
        env: dict[str, str] = {}
        texts: list[tuple[str, list[tuple[int, int]]]] = []
        for stmt in re.finditer(r"(?:String )?\b(\w+) = ([^;]+);", body):
            value = _java(stmt.group(2), env)
            if value is None:
                continue
            env[stmt.group(1)] = value
            if stmt.group(1) in {"text", "zipPreceding", "zipFollowing"}:
                numbers = [v for k, v in env.items() if re.fullmatch(r"number\d*", k)]
                spans = [(value.find(n), value.find(n) + len(n)) for n in numbers if n in value]
                texts.append((value, spans))
        for call in re.finditer(r"findMatchesInContexts\((\w+), true, (?:true|false)"
                                r"(?:, RegionCode\.\w+, (\w+))?\)", body):  # fmt: skip
            number = env.get(call.group(2) or "", "415-666-7777")
            for lead, trail in contexts:
                out.append((PHONE, lead + number + trail, [(len(lead), len(lead) + len(number))],
                            name, MATCHER))  # fmt: skip
        if "hasNoMatches" in body:
            continue  # (a text the test expects nothing in, for its own reasons)
        for text, spans in texts:
            extra = [
                (int(r.group(1)), int(r.group(2)))
                for r in re.finditer(r"assertEqualRange\(text, \w+, (\d+), (\d+)\)", body)
            ]
            extra += [(int(r.group(1)), int(r.group(1)) + len(_vectors._java_unescape(r.group(2))))
                      for r in re.finditer(r"new PhoneNumberMatch\((\d+), " + _JAVA_STR, body)]  # fmt: skip
            gold = sorted(set(spans + extra))
            if gold:
                out.append((PHONE, text, gold, name, MATCHER))
    return out


# --- NVIDIA NeMo-text-processing (development) ------------------------------------------

#: A phone number in a written form: digits of any script, with its separators; an
#: optional "+" or opening bracket first.
_NUMBER = re.compile(r"[+＋(（]?\s?[(（]?\d(?:[\d\s\-./()（）]*\d)?\)?", flags=re.UNICODE)
_DOTTED_QUAD = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")


def _number_spans(text: str) -> list[tuple[int, int]] | None:
    """The runs of a written text that are numbers of 7 or more digits (``None``: a dotted
    quad, an address that NeMo files among its telephone cases)."""
    if _DOTTED_QUAD.search(text):
        return None
    spans = []
    for m in _NUMBER.finditer(text):
        value = m.group(0)
        s, e = m.span()
        s += len(value) - len(value.lstrip())
        e -= len(value) - len(value.rstrip())
        if value.count("(") + value.count("（") < value.count(")") + value.count("）"):
            e -= 1  # a closing bracket of the sentence
        if sum(c.isdigit() for c in text[s:e]) >= 7:
            spans.append((s, e))
    return spans


def nemo(git_dir: str) -> list[Case]:
    """Every language's ``test_cases_telephone*.txt``: the written side of each
    ``written~spoken`` (text normalization) or ``spoken~written`` (inverse) line. Gold: each
    run of digits (any script) with its separators and a leading ``+`` or bracket that holds
    7 or more digits. A written side with a dotted quad (an IP address in that class) or
    with no run of 7 digits (a short or emergency number) is left out."""
    out: list[Case] = []
    for path in git_files(git_dir, NEMO[1], "tests/nemo_text_processing/", ".txt"):
        if "test_cases_telephone" not in path:
            continue
        inverse = "/data_inverse_text_normalization/" in path
        lang = path.split("/")[2]
        for line in git_show(git_dir, NEMO[1], path).splitlines():
            if "~" not in line:
                continue
            spoken_written = line.split("~", 1)
            text = (spoken_written[1] if inverse else spoken_written[0]).strip()
            spans = _number_spans(text)
            if spans:
                out.append((PHONE, text, spans, f"{lang}:{path.rsplit('/', 1)[1]}", path))
    return out


# --- facebook/duckling (held out) -------------------------------------------------------


def _haskell(s: str) -> str:
    """A Haskell string literal's text (decimal escapes, ``\\&`` and the usual letters)."""
    return re.sub(
        r"\\(\d+|&|.)",
        lambda m: chr(int(m.group(1))) if m.group(1).isdigit()
        else {"n": "\n", "t": "\t", "&": ""}.get(m.group(1), m.group(1)),
        s,
    )  # fmt: skip


_HS_STR = r'"((?:[^"\\]|\\.)*)"'


def duckling(git_dir: str) -> list[Case]:
    """``Duckling/PhoneNumber/**/Corpus.hs``: each text of an ``examples`` list is a phone
    number as a whole (gold: the whole text); each text of a ``negativeCorpus`` a negative.
    ``tests/Duckling/PhoneNumber/Tests.hs`` surround tests: the number (the value's digits as
    written in the text) inside the words around it."""
    out: list[Case] = []
    for path in git_files(git_dir, DUCKLING[1], "Duckling/PhoneNumber/", "Corpus.hs"):
        src = git_show(git_dir, DUCKLING[1], path)
        neg = re.search(r"negativeCorpus = .*?\[(.*?)\]", src, flags=re.DOTALL)
        if neg is not None:
            out.extend(
                (PHONE, _haskell(lit.group(1)), [], "negativeCorpus", path)
                for lit in re.finditer(_HS_STR, neg.group(1))
            )
        for ex in re.finditer(r"examples \(PhoneNumberValue " + _HS_STR + r"\)\s*\[(.*?)\]",
                              src, flags=re.DOTALL):  # fmt: skip
            for lit in re.finditer(_HS_STR, ex.group(2)):
                text = _haskell(lit.group(1))
                out.append((PHONE, text, [(0, len(text))], "corpus", path))
    path = "tests/Duckling/PhoneNumber/Tests.hs"
    src = git_show(git_dir, DUCKLING[1], path)
    for ex in re.finditer(r"examples \(PhoneNumberValue " + _HS_STR + r"\)\s*\[(.*?)\]", src,
                          flags=re.DOTALL):  # fmt: skip
        value = _haskell(ex.group(1))
        for lit in re.finditer(_HS_STR, ex.group(2)):
            text = _haskell(lit.group(1))
            at = text.find(value)
            if at >= 0:
                out.append((PHONE, text, [(at, at + len(value))], "surroundTests", path))
    return out


# --- paulovn/pii-manager (held out) -----------------------------------------------------

PIIMANAGER_FILES = ("test/unit/lang/en/any/test_ipn_en.py", "test/unit/lang/es/any/test_ipn_es.py")


def piimanager(git_dir: str) -> list[Case]:
    """The ``TEST`` pairs (document, expected) of the phone tests: each ``<PHONE_NUMBER>`` of
    the expected text is gold. A document left unchanged under the comment "An invalid
    country code" is a negative; one under "No valid contexts" (pii-manager asks for its own
    context words) is left out."""
    out: list[Case] = []
    for path in PIIMANAGER_FILES:
        section = ""
        for line in git_show(git_dir, PIIMANAGER[1], path).splitlines():
            if line.strip().startswith("#"):
                section = line.strip().lower()
                continue
            m = re.fullmatch(r'\s*\(\s*"([^"]*)",\s*"([^"]*)"\s*\),?\s*', line)
            if m is None:
                continue
            doc, expected = m.group(1), m.group(2)
            if doc == expected:
                if "invalid country code" in section:
                    out.append((PHONE, doc, [], "invalid country code", path))
                continue
            head, _, tail = expected.partition("<PHONE_NUMBER>")
            if doc.startswith(head) and doc.endswith(tail) and "<" not in tail:
                out.append((PHONE, doc, [(len(head), len(doc) - len(tail))], "TEST", path))
    return out


# --- dongrixinyu/JioNLP (held out) ------------------------------------------------------

JIONLP_TEST = "test/test_remove_phone_number.py"
#: The prefixes ``remove_phone_number(delete_prefix=True)`` removes with a number; not gold.
_CN_PREFIX = re.compile(r"(?:联系)?电话\s*[:：]\s*")


def jionlp(git_dir: str) -> list[Case]:
    """``phone_number_text_list`` pairs (text, text after ``remove_phone_number`` with
    ``delete_prefix=True``): the removed characters, without the phone prefixes it also
    deletes (``电话`` or ``联系电话`` and a colon) and surrounding white space, are gold."""
    src = git_show(git_dir, JIONLP[1], JIONLP_TEST)
    out: list[Case] = []
    for m in re.finditer(r"\[\s*'([^']*)',\s*'([^']*)'\]", src):
        text, kept = m.group(1), m.group(2)
        # Align: walk the kept text through the original; the rest was removed.
        removed, j = [], 0
        for i, ch in enumerate(text):
            if j < len(kept) and kept[j] == ch:
                j += 1
            else:
                removed.append(i)
        if j != len(kept):
            continue
        spans: list[tuple[int, int]] = []
        for i in removed:
            if spans and spans[-1][1] == i:
                spans[-1] = (spans[-1][0], i + 1)
            else:
                spans.append((i, i + 1))
        gold = []
        for first, stop in spans:
            pm = _CN_PREFIX.search(text, first, stop)
            start = first if pm is None else pm.end()
            piece = text[start:stop]
            start += len(piece) - len(piece.lstrip())
            end = stop - (len(piece) - len(piece.rstrip()))
            if sum(c.isdigit() for c in text[start:end]) >= 7:
                gold.append((start, end))
        out.append((PHONE, text, gold, "test_remove_phone_number", JIONLP_TEST))
    return out


# --- vmenger/deduce (held out) ----------------------------------------------------------

DEDUCE_CASES = "tests/regression/data/phone_numbers.json"


def deduce(git_dir: str) -> list[Case]:
    """Each regression example: its ``annotations`` (``start_char``, ``end_char``) are gold;
    an example without one is a negative."""
    data = json.loads(git_show(git_dir, DEDUCE[1], DEDUCE_CASES))
    return [
        (PHONE, ex["text"], [(a["start_char"], a["end_char"]) for a in ex["annotations"]],
         f"example {ex['id']}", DEDUCE_CASES)
        for ex in data["examples"]
    ]  # fmt: skip


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def main(argv: list[str]) -> None:
    lp, nm, dk, pm, jn, dd = argv
    dev = _vectors4.case_records("dev6", LIBPHONENUMBER, libphonenumber(lp))
    dev += _vectors4.case_records("dev6", NEMO, nemo(nm))
    in_dev = {_key(r["text"][slice(*r["value_span"])]) for r in dev}
    hold = []
    for repo, cases in (
        (DUCKLING, duckling(dk)),
        (PIIMANAGER, piimanager(pm)),
        (JIONLP, jionlp(jn)),
        (DEDUCE, deduce(dd)),
    ):
        kept = [c for c in cases if not c[2] or any(_key(c[1][s:e]) not in in_dev for s, e in c[2])]
        hold += _vectors4.case_records("holdout6", repo, kept)
    _vectors.write_parts((("vectors6_dev.jsonl", dev), ("vectors6_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])
