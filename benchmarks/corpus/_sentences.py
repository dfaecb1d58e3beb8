"""Sentences from presidio-evaluator's template generator, relabelled to privkit entity names.

Needs ``presidio-evaluator`` (install it only in ``.venv-eval``, see README.md). Its
``HospitalProvider`` queries WikiData when built, so it is left out: no template uses it.
"""

from __future__ import annotations

import io
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["IGNORED_LABELS", "LABEL_MAP", "generate_sentences"]

#: presidio-evaluator output label -> privkit EntityType value.
LABEL_MAP: dict[str, str] = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "STREET_ADDRESS": "LOCATION",
    "ZIP_CODE": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "CREDIT_CARD": "CREDIT_CARD",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "DATE_TIME": "DATE_TIME",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "DOMAIN_NAME": "URL",
    "IBAN_CODE": "IBAN_CODE",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
}

#: Labels privkit has no entity type for: kept as "ignored" regions (not scored either way).
IGNORED_LABELS: frozenset[str] = frozenset({"AGE", "TITLE", "NRP", "US_DRIVER_LICENSE"})


def _unescape_newlines(
    text: str, spans: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int, str]]]:
    """Turn the templates' literal ``\\n`` into real newlines and move the spans with them."""
    out: list[str] = []
    new_index = [0] * (len(text) + 1)
    i = 0
    while i < len(text):
        new_index[i] = len(out)
        if text.startswith("\\n", i):
            new_index[i + 1] = len(out)
            out.append("\n")
            i += 2
            continue
        out.append(text[i])
        i += 1
    new_index[len(text)] = len(out)
    return "".join(out), [(new_index[s], new_index[e], lab) for s, e, lab in spans]


def _trim(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop whitespace (and a trailing comma) that a few generated values carry at their ends."""
    out = []
    for start, end, lab in spans:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        if s < e:
            out.append((s, e, lab))
    return out


def _merge_adjacent(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge same-type spans separated by exactly one space ("John" "Smith" -> "John Smith")."""
    merged: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(spans):
        if merged:
            ps, pe, plab = merged[-1]
            if plab == lab and s == pe + 1 and text[pe] == " ":
                merged[-1] = (ps, e, lab)
                continue
        merged.append((s, e, lab))
    return merged


@contextmanager
def _frozen_faker_clock() -> Iterator[None]:
    """Pin Faker's "now" (the upper bound of random dates) so dates do not drift run to run."""
    import faker.providers.date_time as fdt

    real = fdt.datetime

    class _Frozen(real):  # type: ignore[misc,valid-type]
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return real(2026, 1, 1, tzinfo=tz)

    fdt.datetime = _Frozen  # type: ignore[misc]
    try:
        yield
    finally:
        fdt.datetime = real  # type: ignore[misc]


def generate_sentences(n: int, seed: int) -> list[dict[str, Any]]:
    """Return ``n`` labelled sentences (dicts with text, spans, ignored, template id)."""
    from presidio_evaluator.data_generator import PresidioSentenceFaker
    from presidio_evaluator.data_generator.faker_extensions import HospitalProvider
    from presidio_evaluator.data_generator.presidio_sentence_faker import (
        presidio_additional_entity_providers,
    )

    providers = [p for p in presidio_additional_entity_providers if p is not HospitalProvider]
    with _frozen_faker_clock(), redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        # The person table is sampled with the global `random` *before* the constructor seeds
        # it (middle initials), so seed first as well or the output changes run to run.
        PresidioSentenceFaker.seed(seed)
        faker = PresidioSentenceFaker(
            locale="en_US", lower_case_ratio=0.05, entity_providers=providers, random_seed=seed
        )
        samples = faker.generate_new_fake_sentences(n)
    out: list[dict[str, Any]] = []
    for sample in samples:
        raw = [(sp.start_position, sp.end_position, sp.entity_type) for sp in sample.spans]
        for s, e, lab in raw:
            got = sample.full_text[s:e]
            if (
                got.lower()
                != str(sample.spans[[x[:2] for x in raw].index((s, e))].entity_value).lower()
            ):
                raise AssertionError(f"span text mismatch in template {sample.template_id}")
            if lab not in LABEL_MAP and lab not in IGNORED_LABELS:
                raise AssertionError(f"unmapped presidio-evaluator label {lab}")
        text, moved = _unescape_newlines(sample.full_text, raw)
        moved = _trim(text, moved)
        labelled = [(s, e, LABEL_MAP[lab]) for s, e, lab in moved if lab in LABEL_MAP]
        ignored = [(s, e, lab) for s, e, lab in moved if lab in IGNORED_LABELS]
        out.append(
            {
                "template": int(sample.template_id),
                "text": text,
                "spans": _merge_adjacent(text, labelled),
                "ignored": sorted(ignored),
            }
        )
    return out
