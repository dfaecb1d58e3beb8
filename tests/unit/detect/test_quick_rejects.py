"""Quick rejects skip only what cannot match (NER speed of one scan per short text).

Two ways a scan skips work on a short text: a pattern whose every match needs a character
the text does not hold is not run (``privkit.detect._required.required``, read from the
pattern's own expression), and a detector whose declared ``needs`` finds nothing in the text
is not run at all (``PatternDetector.needs``). Each is tested against the work it skips: the
characters read from an expression are in every match hypothesis generates for it and in
every match of the regression texts, a detector with ``needs`` finds nothing in a text
without them, and a scan gives what the detectors give when run without any skip.
"""

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, Scanner
from privkit.detect._base import ScanState, _required
from privkit.detect._builtin import BUILTIN_DETECTORS, AddressDetector, PhoneDetector
from privkit.detect._required import demands, required

_DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
_DIGITS = frozenset("0123456789")


def _texts() -> list[str]:
    out = []
    for name in ("detect_corpus.jsonl", "chat_dev.jsonl", "http10_dev.jsonl", "cookies_dev.jsonl"):
        path = _DATA / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                out.extend(json.loads(line)["text"] for line in fh)
    return out


_PATTERNS = [
    (cls, p, rx) for cls in BUILTIN_DETECTORS for p, rx, _n, _b in cls._compiled
]  # fmt: skip


def _ids(item: tuple[object, ...]) -> str:
    cls, p = item[0], item[1]
    return f"{cls.__name__}.{p.name}"  # type: ignore[attr-defined]


# -- the reading of an expression


@pytest.mark.parametrize(
    ("expr", "sets"),
    [
        (r"[0-9]{3}-[0-9]{4}", ["-", "0123456789"]),
        (r"(?:ab|cd)@x", ["@", "ac", "x"]),  # a branch's first letter each
        (r"x?[0-9]*", []),  # nothing is required
        (r"[^a]b", ["b"]),  # a negated class requires nothing
        (r"\d+", []),  # nor a category (any script's digits)
        (r"(?i)k:", [":"]),  # a caseless letter matches the Kelvin sign too
        (r"(?=.*@)\w+", ["@"]),  # a look-ahead's characters are in the text
        (r"(?!@)x", ["x"]),  # a negative one requires nothing
        (r"a|[0-9]", ["0123456789a"]),  # an alternation: a set of each branch
        (r"a|b*", []),
        (r"(a)\1", ["a"]),
    ],
)
def test_required_reads_expressions(expr: str, sets: list[str]) -> None:
    got = required(re.compile(expr), caseless=False)
    assert sorted("".join(sorted(s)) for s in got) == sorted(sets)


def test_caseless_letters_require_nothing() -> None:
    assert required(re.compile("ab:"), caseless=True) == (frozenset(":"),)
    assert required(re.compile("[a-f]x"), caseless=True) == ()


def test_an_expression_not_read_requires_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """When ``re``'s parser cannot be read (a Python that moved or changed it), nothing is
    required and nothing is demanded: no pattern is ever skipped for its characters."""
    import privkit.detect._required as module

    def missing() -> tuple[object, object]:
        raise ModuleNotFoundError("re._parser")

    monkeypatch.setattr(module, "_re_parser", missing)
    rx = re.compile(r"[0-9]{3}-[0-9]{4}")
    assert required(rx) == ()
    assert demands(rx, _DIGITS) is False


@pytest.mark.parametrize(("cls", "pattern", "rx"), _PATTERNS, ids=list(map(_ids, _PATTERNS)))
def test_every_regression_match_holds_the_required_characters(
    cls: type, pattern: object, rx: re.Pattern[str]
) -> None:
    """Every development text a built-in pattern matches holds its sets."""
    del cls
    caseless = getattr(pattern, "lowercase", False)
    sets = required(rx, caseless=caseless)
    for text in _TEXTS:
        target = text.lower() if caseless and len(text.lower()) == len(text) else text
        if not any(True for _ in rx.finditer(target)):
            continue
        chars = frozenset(text)
        assert all(not chars.isdisjoint(s) for s in sets), (pattern, text[:80])


_TEXTS = _texts()


@pytest.mark.parametrize(("cls", "pattern", "rx"), _PATTERNS, ids=list(map(_ids, _PATTERNS)))
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_matches_hold_the_required_characters(
    cls: type, pattern: object, rx: re.Pattern[str], data: st.DataObject
) -> None:
    """Strings hypothesis writes to match a pattern's expression hold each required set."""
    if cls.__name__ == "DateTimeDetector":
        return  # (look-aheads hypothesis cannot write for; the development texts test them)
    try:
        text = data.draw(st.from_regex(rx))
    except Exception:  # (an expression hypothesis cannot write for)
        return
    caseless = getattr(pattern, "lowercase", False)
    if rx.search(text.lower() if caseless else text) is None:
        return  # (look-arounds: hypothesis writes strings that do not match)
    sets = required(rx, caseless=caseless)
    chars = frozenset(text)
    assert all(not chars.isdisjoint(s) for s in sets), (text,)


_ANSWERED = [item for item in _PATTERNS if _required(item[1], item[2])[1]]


@pytest.mark.parametrize(("cls", "pattern", "rx"), _ANSWERED, ids=list(map(_ids, _ANSWERED)))
@settings(max_examples=30, deadline=None)
@given(text=st.text(st.sampled_from("0123456789.:/-+()@ aAzZ\u0130\u212a\u00a0\u0660")))
def test_characters_answer_for_a_prefilter(
    cls: type, pattern: object, rx: re.Pattern[str], text: str
) -> None:
    """A prefilter of single characters (no letters) is in the text as ``present`` says."""
    del cls
    sets, _answered = _required(pattern, rx)  # type: ignore[arg-type]
    lits = pattern.prefilter  # type: ignore[attr-defined]
    assert sets[0] == frozenset(lits)
    assert ScanState(text).present(lits) == (not frozenset(text).isdisjoint(sets[0]))


# -- detectors' declared needs

_NEEDING = [cls for cls in BUILTIN_DETECTORS if cls.needs is not None]


def test_declared_needs() -> None:
    assert {cls.__name__ for cls in _NEEDING} >= {
        "AddressDetector", "CreditCardDetector", "IbanDetector", "UsSsnDetector",
        "ImeiDetector", "ImsiDetector", "IccidDetector", "PhoneDetector",
        "AdvertisingIdDetector",
    }  # fmt: skip


def _needed(needs: re.Pattern[str]) -> frozenset[str]:
    """The characters ``needs`` finds (it is one character class)."""
    return frozenset(c for c in map(chr, range(0x3000)) if needs.fullmatch(c))


# Expressions a detector's own code runs besides its patterns.
_OWN = {
    AddressDetector: [rx for _p, rx in AddressDetector._CASELESS],
    PhoneDetector: [PhoneDetector._ALONE_MARKED],
}


@pytest.mark.parametrize("cls", _NEEDING, ids=lambda c: c.__name__)
def test_every_expression_needs_what_the_detector_declares(cls: type) -> None:
    """Each expression the detector runs requires a character of its ``needs``."""
    needs = cls.needs
    assert needs is not None
    assert needs.pattern in {"[0-9]", r"\d", "-"}
    accepted = _needed(needs)
    exprs = [(p, rx) for p, rx, _n, _b in cls._compiled]
    exprs += [(None, rx) for rx in _OWN.get(cls, [])]
    for p, rx in exprs:
        assert demands(rx, accepted, caseless=bool(p and p.lowercase)), (cls.__name__, p and p.name)


def _without(alphabet_out: frozenset[str]) -> st.SearchStrategy[str]:
    parts = ["Street ", "Apt ", "Suite ", "P.O. Box ", "Via Roma ", "tel: ", "IBAN ", "DE",
             "card ", "ssn ", "imei ", "+", "(", ")", "-", ".", " ", "\n", "abc", "DEADBEEF",
             "\u0660\u0661", "\uff10", "0000-1111", "12", "4111 1111 1111 1111"]  # fmt: skip
    clean = ["".join(c for c in p if c not in alphabet_out) for p in parts]
    return st.lists(
        st.one_of(st.sampled_from(clean), st.text(st.characters(exclude_characters=alphabet_out))),
        max_size=12,
    ).map("".join)


@pytest.mark.parametrize("cls", _NEEDING, ids=lambda c: c.__name__)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
@example(data=None)
def test_detector_finds_nothing_without_its_needs(cls: type, data: st.DataObject | None) -> None:
    """Run without the skip (called directly), the detector finds nothing in such a text."""
    needs = cls.needs
    assert needs is not None
    # (``\d`` stands for every decimal digit: those of the first blocks are left out)
    out = (
        _needed(needs)
        if needs.pattern != r"\d"
        else frozenset(c for c in map(chr, range(0x3000)) if c.isdecimal())
        | _DIGITS
        | frozenset("\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")
    )
    text = "Via Roma  Apt  tel: ++() card" if data is None else data.draw(_without(out))
    assume(needs.search(text) is None)
    assert cls()(text) == []


# -- a scan gives what the detectors give


@settings(max_examples=80, deadline=None)
@given(text=_without(frozenset()))
def test_scan_equals_detectors_run_without_skips(text: str) -> None:
    scanner = Scanner(entities=DEFAULT_ENTITIES)  # (the model is not read here)
    plan = scanner._plan(None)
    state = ScanState(text)
    state._chars = None  # no pattern skipped for the characters it needs
    expected = [f for det in plan.detectors for f in det.find(state)]
    skipped = scanner._patterns(text, plan).all
    key = lambda f: (f.start, f.end, f.entity_type.value, f.evidence.pattern)  # noqa: E731
    assert sorted(map(key, skipped)) == sorted(map(key, expected))
