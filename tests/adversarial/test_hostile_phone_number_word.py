"""Hostile input for the whole phone word "number" (H233): many "number"/"numbers" words, each
before a bare run, and one word that never ends. Linear; no repr shows a value."""

from __future__ import annotations

from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner

SCANNER = Scanner()


def test_many_number_words_before_runs_linear() -> None:
    grows_linearly(
        lambda n: " ".join(f"number{'s' * (i % 2)} 41555501{i % 100:02d}" for i in range(n)),
        SCANNER.scan,
    )


def test_endless_number_word_linear() -> None:
    grows_linearly(lambda n: "number" * n + " 4155550132", SCANNER.scan)


def test_no_value_in_repr() -> None:
    findings = SCANNER.scan("my number is 4155550132")
    assert findings
    assert all("4155550132" not in repr(f) for f in findings)
