"""Format coverage on other projects' validator test vectors: privkit vs Presidio, one run.

Run with ``python -m benchmarks.bench_detect_vectors --dev`` (validator.js, the development
part; ``--failures`` lists the misses and whole-value false findings of privkit with every
type asked for), ``--dev2`` (the second development part: go-playground/validator,
asaskevich/govalidator, Respect/Validation; ``--failures`` as well), ``--dev3`` (the third
set's development part: hapijs/address, isemail, python-stdnum, php-iban, WPT URL data,
libphonenumber examples; ``--failures`` as well), ``--dev4`` (the fourth set's development
part: scrubadub, CommonRegex, symfony/validator; ``--failures`` as well), ``--dev5`` (the
fifth set's development part: twitter-text's conformance file, linkify-it's fixtures;
``--failures`` as well), ``--dev6`` (the sixth set, phone numbers in running text:
libphonenumber's matcher tests, NeMo text-processing's telephone cases; ``--failures`` as
well), ``--dev7`` (the seventh set, URLs, e-mail addresses and phone numbers in running text:
xurls, Django's ``urlize``, textacy and clean-text tests; ``--failures`` as well), ``--dev8``
(the eighth set, phone numbers of many countries: MEDDOCAN's Spanish reports, phonyjs,
NLPretext, cn-address-parse; ``--failures`` as well), ``--dev9`` (the ninth set, URLs and
e-mail addresses in running text: linkifyjs's parser tests, cmark-gfm's autolink examples;
``--failures`` as well), ``--dev10`` (the tenth set, social security numbers, payment cards,
bitcoin addresses and IBANs: NeMo-Curator's and llm-guard's PII tests, activevalidators,
card-validator, bech32, iban-validation; ``--failures`` as well), ``--dev11`` (the eleventh
set, URLs and e-mail addresses inside markup: micromark's GFM autolink-literal fixtures,
docutils' inline-markup and target tests, Python-Markdown's link pages; ``--failures`` as
well), ``--dev12`` (the twelfth set, phone numbers as phone and PII tools test them: AfterShip's
``phone`` table, DataFog's test corpora; ``--failures`` as well), ``--dev13`` (the thirteenth
set, URLs and e-mail addresses in running text: anchorme.js's integration tests,
url-regex-safe's fixtures; ``--failures`` as well), ``--dev14`` (the fourteenth set, PII and
data-quality tools' own tests of every claimed type: cyralinc/dmap's label tests, Datadog's
sensitive data scanner's checksum tests, Great Expectations' semantic-type expectations;
``--failures`` as well), ``--dev15`` (the fifteenth set, dates in running text: chrono's
tests; DATE_TIME, which only *privkit all types* asks for; ``--failures`` as well), ``--dev16``
(the sixteenth set, phone numbers and dates written alone: nyaruka/phonenumbers' parse tests,
django-phonenumber-field's values, moment's and arrow's parser tests; ``--failures`` as well),
``--dev17`` (the seventeenth set, validators' and extractors' own tests: the JSON Schema test
suite's format tests, egulias/EmailValidator's RFC tests, mingrammer/commonregex's Go tests,
ipaddr.js's tests; ``--failures`` as well), ``--dev18`` (the eighteenth set, dates written
alone as more parsers test them: araddon/dateparse's Go tests, Natty's and timefhuman's tests;
DATE_TIME; ``--failures`` as well), ``--dev19`` (the nineteenth set, phone numbers as
Chinese, Dutch and other phone and PII tools test them: any-rule, hutool, pyunit-phone, nedap's
deidentify, the Ruby ``phone`` gem; ``--failures`` as well), ``--dev20`` (the twentieth set,
phone numbers as a German normalizer and a Ruby phone library test them: Deutsche Telekom's
phonenumber-normalizer, the ``telephone_number`` gem; ``--failures`` as well), ``--dev21`` (the
twenty-first set, e-mail addresses and URLs as validators test them: Django's validator tests,
the Rust ``email_address`` crate's tests; ``--failures`` as well), ``--dev22`` (the
twenty-second set, payment cards as card libraries test them: php-credit-card-validator,
creditcards, creditcards-types, payment, laravel-validation-rules/credit-card,
pydantic-extra-types; ``--failures`` as well), ``--dev23`` (the twenty-third set, string
formats as schema validation libraries test them: valibot, joi; ``--failures`` as well),
``--dev24`` (the twenty-fourth set, masking, cleaning and scrubbing tools' own tests:
go-masker, dataprep, go-emailaddress; ``--failures`` as well), ``--dev25`` (the twenty-fifth
set, C# and Elixir projects' own tests: IbanNet, auto_linker; ``--failures`` as well),
``--dev26`` (the twenty-sixth set, a form-validation library's and a PII sanitizer's own tests:
vuelidate, go-pii-sanitizer; ``--failures`` as well), ``--dev27`` (the twenty-seventh set,
phone numbers as a vCard library and a personal CRM's contact import test them: sabre/vobject,
monica; ``--failures`` as well), ``--dev28`` (the twenty-eighth set, values
inside log messages and sentences as a log library's redaction package and a DLP engine test
them: logtape, godlp; ``--failures`` as well), ``--dev29`` (the twenty-ninth set, phone
numbers in national layouts as ports of libphonenumber in PHP and Rust test them:
libphonenumber-for-php, rust-phonenumber; ``--failures`` as well), ``--dev30`` (the thirtieth
set, IP addresses and IBANs as a Go IP address library and a Java IBAN library test them:
netaddr (inetaf), iban4j; ``--failures`` as well), ``--dev31`` (the thirty-first set,
e-mail addresses as a Haskell e-mail validator and a Go e-mail checker test them:
email-validate-hs, checkmail; ``--failures`` as well), ``--dev32`` (the thirty-second set,
IMEIs, MAC addresses and other claimed types as a Ruby validators gem and a PHP validation
library test them: missing_validators, Intervention/validation; ``--failures`` as well),
``--dev33`` (the thirty-third set, e-mail, IP and MAC addresses and URLs as a Python
form-validation library and an e-mail address parser test them: WTForms, flanker;
``--failures`` as well), ``--dev34`` (the thirty-fourth set, IBANs and other claimed types as a
PHP input-validation library, a Ruby IBAN library and a Go request validator test them: GUMP,
ibandit, thedevsaddam/govalidator; ``--failures`` as well), ``--dev35`` (the thirty-fifth set,
IPv4 and IPv6 addresses and payment card numbers as the ``ipaddress`` backport and a
JavaScript card library test them: phihag/ipaddress, ContaAzul/creditcard.js; ``--failures`` as
well), ``--dev36`` (the thirty-sixth set, IPv4 and IPv6 addresses as two PHP IP libraries and
Ruby's ``ipaddr`` test them: rlanvin/php-ip, mlocati/ip-lib, ruby/ipaddr; ``--failures`` as
well; on any
development part
``--presidio-gap`` lists the valid values Presidio finds and privkit does not) or
``--holdout`` / ``--holdout3`` /
``--holdout4`` / ``--holdout5`` / ``--holdout6`` / ``--holdout7`` / ``--holdout8`` /
``--holdout9`` / ``--holdout10`` / ``--holdout11`` / ``--holdout12`` / ``--holdout13`` /
``--holdout14`` / ``--holdout15`` / ``--holdout16`` / ``--holdout17`` / ``--holdout18`` /
``--holdout19`` / ``--holdout20`` / ``--holdout21`` / ``--holdout22`` / ``--holdout23`` /
``--holdout24`` / ``--holdout25`` / ``--holdout26`` / ``--holdout27`` / ``--holdout28`` /
``--holdout29`` / ``--holdout30`` / ``--holdout31`` / ``--holdout32`` / ``--holdout33`` /
``--holdout34`` / ``--holdout35`` / ``--holdout36`` (python-validators, email-validator, Commons Validator / Keats/validator, jquery-validation /
Recognizers-Text, hibernate-validator / URLExtract, Duckling / Duckling's phone corpora,
pii-manager, JioNLP, deduce / linkify, Autolinker.js, bleach / phony, libphonenumber-js,
phileas / goldmark, markdown-it / redact-pii, django-localflavor, credit_card_validations,
bitcoin-address-validation, schwifty / marked, pymdown-extensions, mwparserfromhell / nerwhal,
phony_rails, PhoneNumberKit / get-urls, Dart linkify / langkit, Data Prepper / dateparser,
dateutil / Laravel-Phone, pendulum / commonregex-rs, netaddr, jquery.payment / parsedatetime /
phonelib, phone_numbers_parser / brick/phonenumber, awesome-phonenumber / the ``email_validator`` and
``validates_email_format_of`` gems, valid-url / active_merchant, go-credit-card, puriflow4j,
rs-card-validate, cleave.js / zod, garde / vrl, phonenumber / FluentValidation, SwiftValidators / email_address, credit-card-sanitizer /
cakephp/localized, intl-tel-input /
dlpscan-rs, logback-masking-pattern-layouts / phone-number-parser, ex_phone_number /
rust-macaddr, ipaddress (Ruby gem) / scala-uri, libphonenumber (Go port) / gookit/validate,
IBM/data-privacy-toolkit / ip-address, yup / laminas-validator, iban_validate, yiisoft/validator / IPAddress (seancfoley),
CreditCardValidator (Swift) / rust-cidr, node-ip, darsyn/ip; each scored once, at the end). The records and the mapping rules are described in
``benchmarks/corpus/README.md`` ("Validator test vectors"). Both tools run in one process
through :func:`benchmarks.bench_detect_accuracy.measure_raw` (network blocked, same spaCy
model, Presidio's default recognizers); privkit also runs with DATE_TIME and DOMAIN_NAME
asked for (left out of its default entities).

Figures per privkit type: overlap recall on the values the source calls valid (alone, and in
the carrier sentences), and on the values it calls invalid the share where the tool reports
that type anywhere on the value, and over the whole value. URL and DOMAIN_NAME are one family.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks._eval import Doc, Span
from benchmarks.bench_detect_accuracy import (
    MODEL,
    PRESIDIO_NAMES,
    NetworkGuard,
    _detector_revision,
    measure_raw,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
#: Every part: option name (``--dev3`` -> ``dev3``), its file and its help line.
PARTS: dict[str, tuple[Path, str]] = {
    "dev": (DATA / "vectors_dev.jsonl", "the development part (validator.js)"),
    "dev2": (DATA / "vectors2_dev.jsonl", "the second development part (Go, PHP)"),
    "holdout": (DATA / "vectors_holdout.jsonl", "the held-out part (once)"),
    **{
        f"{kind}{n}": (DATA / f"vectors{n}_{kind}.jsonl", f"the {nth} set's {what} part")
        for n, nth in ((3, "third"), (4, "fourth"), (5, "fifth"), (6, "sixth"), (7, "seventh"),
                       (8, "eighth"), (9, "ninth"), (10, "tenth"), (11, "eleventh"),
                       (12, "twelfth"),
                       (13, "thirteenth"), (14, "fourteenth"), (15, "fifteenth"),
                       (16, "sixteenth"), (17, "seventeenth"), (18, "eighteenth"),
                       (19, "nineteenth"), (20, "twentieth"), (21, "twenty-first"),
                       (22, "twenty-second"), (23, "twenty-third"),
                       (24, "twenty-fourth"), (25, "twenty-fifth"),
                       (26, "twenty-sixth"), (27, "twenty-seventh"),
                       (28, "twenty-eighth"), (29, "twenty-ninth"), (30, "thirtieth"),
                       (31, "thirty-first"), (32, "thirty-second"),
                       (33, "thirty-third"), (34, "thirty-fourth"),
                       (35, "thirty-fifth"), (36, "thirty-sixth"))
        for kind, what in (("dev", "development"), ("holdout", "held-out"))
    },
}  # fmt: skip
COMMAND = "python -m benchmarks.bench_detect_vectors"

Raw = list[tuple[int, int, str, float]]


def family(entity: str) -> str:
    """The scoring family of an entity name (URL and DOMAIN_NAME are one)."""
    return "URL" if entity in {"URL", "DOMAIN_NAME"} else entity


@dataclass(frozen=True, slots=True)
class Record:
    """One vector record: a value alone or in a carrier sentence."""

    doc: Doc
    type: str
    valid: bool
    carrier: int
    value: tuple[int, int]


def load(path: Path) -> list[Record]:
    """Read a vectors JSON-lines file."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            spans = tuple(Span(s["start"], s["end"], s["entity"]) for s in rec["spans"])
            doc = Doc(rec["id"], rec["kind"], rec["source"], rec["text"], spans)
            start, end = rec["value_span"]
            out.append(Record(doc, rec["type"], rec["valid"], rec["carrier"], (start, end)))
    return out


@dataclass
class Tally:
    """Counts of one type for one tool."""

    by_carrier: dict[int, list[int]] = field(default_factory=dict)
    valid_alone: int = 0
    found_alone: int = 0
    valid_carried: int = 0
    found_carried: int = 0
    invalid: int = 0
    flagged_any: int = 0
    flagged_whole: int = 0

    @property
    def found(self) -> int:
        return self.found_alone + self.found_carried

    @property
    def valid(self) -> int:
        return self.valid_alone + self.valid_carried


def _hits(rec: Record, raw: Raw, names: dict[str, str | None]) -> tuple[bool, bool]:
    """(a finding of the record's family overlaps the value, one covers the whole value)."""
    want = family(rec.type)
    start, end = rec.value
    value = rec.doc.text[start:end]
    core = (start + len(value) - len(value.lstrip()), end - len(value) + len(value.rstrip()))
    anyhit = whole = False
    for s, e, ent, _ in raw:
        name = names.get(ent, ent)
        if name is None or family(name) != want or not (s < end and start < e):
            continue
        anyhit = True
        whole = whole or (s <= core[0] and e >= core[1])
    return anyhit, whole


def tally(records: list[Record], raws: list[Raw], names: dict[str, str | None]) -> dict[str, Tally]:
    """Per-type counts of one tool."""
    out: dict[str, Tally] = defaultdict(Tally)
    for rec, raw in zip(records, raws, strict=True):
        t = out[rec.type]
        anyhit, whole = _hits(rec, raw, names)
        if rec.valid:
            row = t.by_carrier.setdefault(rec.carrier, [0, 0])
            row[0] += 1
            row[1] += anyhit
        if rec.valid and rec.carrier == 0:
            t.valid_alone += 1
            t.found_alone += anyhit
        elif rec.valid:
            t.valid_carried += 1
            t.found_carried += anyhit
        elif rec.carrier == 0:  # negatives are counted once, on the value alone
            t.invalid += 1
            t.flagged_any += anyhit
            t.flagged_whole += whole
    return dict(out)


def _r(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "–"


def report(tallies: dict[str, dict[str, Tally]]) -> list[str]:
    """The per-type table: recall (all, alone, in carriers) and flagged share of negatives."""
    names = list(tallies)
    out = [
        "| type | valid values | "
        + " | ".join(f"{n} recall (alone / carried)" for n in names)
        + " | invalid values | "
        + " | ".join(f"{n} flagged any / whole" for n in names)
        + " |",
        "| --- | ---: | " + " | ".join("---" for _ in names) + " | ---: | "
        + " | ".join("---" for _ in names) + " |",
    ]  # fmt: skip
    types = sorted({t for tl in tallies.values() for t in tl})
    totals = {n: Tally() for n in names}
    for typ in types:
        first = tallies[names[0]][typ]
        cells, neg = [], []
        for n in names:
            t = tallies[n].get(typ, Tally())
            tot = totals[n]
            for f in ("valid_alone", "found_alone", "valid_carried", "found_carried", "invalid",
                      "flagged_any", "flagged_whole"):  # fmt: skip
                setattr(tot, f, getattr(tot, f) + getattr(t, f))
            cells.append(
                f"{_r(t.found, t.valid)} ({_r(t.found_alone, t.valid_alone)} / "
                f"{_r(t.found_carried, t.valid_carried)})"
            )
            neg.append(f"{_r(t.flagged_any, t.invalid)} / {_r(t.flagged_whole, t.invalid)}")
        out.append(
            f"| {typ} | {first.valid_alone} | " + " | ".join(cells) + f" | {first.invalid} | "
            + " | ".join(neg) + " |"
        )  # fmt: skip
    first = totals[names[0]]
    out.append(
        f"| **all** | {first.valid_alone} | "
        + " | ".join(
            f"{_r(t.found, t.valid)} ({_r(t.found_alone, t.valid_alone)} / "
            f"{_r(t.found_carried, t.valid_carried)})"
            for t in totals.values()
        )
        + f" | {first.invalid} | "
        + " | ".join(
            f"{_r(t.flagged_any, t.invalid)} / {_r(t.flagged_whole, t.invalid)}"
            for t in totals.values()
        )
        + " |"
    )
    return out


def carrier_report(tallies: dict[str, Tally]) -> list[str]:
    """One tool's recall per carrier (``benchmarks.corpus._vectors.CARRIERS``)."""
    from benchmarks.corpus._vectors import CARRIERS
    from benchmarks.corpus._vectors4 import CASE_CARRIER

    names = [f"`{c}`" for c in CARRIERS]
    used = {i for t in tallies.values() for i in t.by_carrier}
    if any(i >= len(CARRIERS) for i in used):
        names.append("sentence per type (third set)")
    if CASE_CARRIER in used:
        names.append("the source's own sentence (fourth set)")
    out = [
        "| type | " + " | ".join(names) + " |",
        "| --- | " + " | ".join("---:" for _ in names) + " |",
    ]
    for typ, t in sorted(tallies.items()):
        cells = [_r(*reversed(t.by_carrier.get(i, [0, 0]))) for i in range(len(names))]
        out.append(f"| {typ} | " + " | ".join(cells) + " |")
    return out


def failures(records: list[Record], raws: list[Raw]) -> list[str]:
    """privkit's misses (valid values) and whole-value findings on invalid values."""
    out = []
    for rec, raw in zip(records, raws, strict=True):
        anyhit, whole = _hits(rec, raw, {})
        found = sorted({f"{e}:{rec.doc.text[s:t]!r}" for s, t, e, _ in raw})
        if rec.valid and not anyhit:
            out.append(f"miss  {rec.type:13s} c{rec.carrier} {rec.doc.text!r} -> {found}")
        elif not rec.valid and rec.carrier == 0 and whole:
            out.append(f"false {rec.type:13s} {rec.doc.text!r} -> {found}")
    return out


def presidio_gap(records: list[Record], pk_raw: list[Raw], pr_raw: list[Raw]) -> list[str]:
    """The valid values a finding of Presidio's overlaps and none of privkit's (default types)."""
    out = []
    for rec, mine, theirs in zip(records, pk_raw, pr_raw, strict=True):
        if (
            rec.valid
            and _hits(rec, theirs, dict(PRESIDIO_NAMES))[0]
            and not _hits(rec, mine, {"DOMAIN_NAME": "URL"})[0]
        ):
            out.append(f"gap   {rec.type:13s} c{rec.carrier} {rec.doc.text!r}")
    return out


def all_types(texts: list[str]) -> list[Raw]:
    """privkit with DATE_TIME and DOMAIN_NAME asked for as well (same model)."""
    from privkit.detect import DEFAULT_ENTITIES, Scanner
    from privkit.types import EntityType

    wanted = DEFAULT_ENTITIES | {EntityType.DATE_TIME, EntityType.DOMAIN_NAME}
    scanner = Scanner(entities=wanted, model=MODEL).load()
    return [
        [(f.start, f.end, f.entity_type.value, f.score) for f in found]
        for found in scanner.scan_many(texts)
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    for name, (_path, help_line) in PARTS.items():
        which.add_argument(f"--{name}", action="store_true", help=help_line)
    parser.add_argument("--failures", action="store_true", help="list privkit's errors (dev)")
    parser.add_argument(
        "--presidio-gap",
        action="store_true",
        help="list the valid values Presidio finds and privkit does not (dev)",
    )
    args = parser.parse_args(argv or [])
    # (argparse names each option's destination after it: "--dev3" -> "dev3")
    chosen = next(name for name in PARTS if getattr(args, name))
    path = PARTS[chosen][0]
    if (args.failures or args.presidio_gap) and not chosen.startswith("dev"):
        raise SystemExit("--failures and --presidio-gap are for the development parts only")
    records = load(path)
    guard = NetworkGuard()
    load_avg = os.getloadavg()
    pk_raw, pr_raw, pk_s, pr_s, net = measure_raw([r.doc for r in records], guard)
    with guard.active():
        all_raw = all_types([r.doc.text for r in records])
    tallies = {
        "privkit": tally(records, pk_raw, {"DOMAIN_NAME": "URL"}),
        "privkit all types": tally(records, all_raw, {"DOMAIN_NAME": "URL"}),
        "Presidio": tally(records, pr_raw, dict(PRESIDIO_NAMES)),
    }
    sources = sorted({r.doc.source for r in records})
    print(
        f"\nCommand: `{' '.join([COMMAND, *(argv or [])])}` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; detector code "
        f"{_detector_revision()}; spaCy model `{MODEL}` for both tools; load average at start "
        f"{load_avg[0]:.2f}). `{path.relative_to(ROOT)}`: {len(records)} records from "
        f"{', '.join(sources)}; network attempts {net}; privkit {pk_s:.1f} s, Presidio "
        f"{pr_s:.1f} s wall.\n"
    )
    print("\n".join(report(tallies)))
    print(
        "\n*privkit all types*: `Scanner(entities=DEFAULT_ENTITIES | {DATE_TIME, DOMAIN_NAME})`, "
        "the two types privkit leaves out by default. Its recall per carrier:\n"
    )
    print("\n".join(carrier_report(tallies["privkit all types"])))
    if args.failures:
        print("\n".join(failures(records, all_raw)))
    if args.presidio_gap:
        gap = presidio_gap(records, pk_raw, pr_raw)
        print(f"\nValid values Presidio finds and privkit (default types) does not: {len(gap)}")
        print("\n".join(gap))
    if guard.attempts:
        raise SystemExit(f"network access was attempted {len(guard.attempts)} times")


if __name__ == "__main__":
    main(sys.argv[1:])
