"""Small spaCy recognizers trained a little, and docs' entities, for the tests of how privkit
decodes a model."""

from __future__ import annotations

from typing import Any


def trained(
    factory: str = "ner",
    *,
    model: dict[str, Any] | None = None,
    listening: bool = False,
    vectors: int = 0,
):
    """A blank English pipeline whose recognizer (``factory``, ``model``) trained on three sentences.

    ``listening``: the recognizer reads a shared ``tok2vec`` component through a listener.
    ``vectors``: the vocabulary gets a table of random vectors of that width for the words of
    the training sentences but "here" (a word without a row).
    A few training steps: a fresh recognizer scores every action alike (its output layer
    starts at zero), and ties are no test of two decoders.
    """
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    if vectors:
        import numpy as np

        nlp.vocab.reset_vectors(width=vectors)
        rng = np.random.default_rng(0)
        for word in [
            "Ada",
            "Lovelace",
            "lives",
            "in",
            "London",
            "Acme",
            "Corp",
            "hired",
            "Maria",
            "Garcia",
            "nothing",
        ]:
            nlp.vocab.set_vector(word, rng.normal(size=vectors).astype("f"))
    config: dict[str, Any] = {} if model is None else {"model": model}
    if listening:
        nlp.add_pipe("tok2vec")
        config = {
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "extra_state_tokens": False,
                "hidden_width": 32,
                "maxout_pieces": 2,
                "use_upper": True,
                "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96},
            }
        }
    nlp.add_pipe(factory, name="ner", config=config)
    spacy.util.fix_random_seed(0)
    examples = [
        Example.from_dict(nlp.make_doc(text), {"entities": ents})
        for text, ents in (
            ("Ada Lovelace lives in London", [(0, 12, "PERSON"), (22, 28, "GPE")]),
            ("Acme Corp hired Maria Garcia", [(0, 9, "ORG"), (16, 28, "PERSON")]),
            ("nothing to see here", []),
        )
    ]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(8):
        nlp.update(examples, sgd=optimizer)
    return nlp


def ents(docs) -> list[list[tuple[int, int, str]]]:
    """Each doc's entities as ``(start_char, end_char, label)``."""
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]
