"""The tweet corpus builder's text and span rules (``benchmarks/corpus/_tweets.py``)."""

from __future__ import annotations

from benchmarks.corpus._tweets import detokenize, label_spans, latin, read_conll


def _spans(conll: str) -> tuple[str, list[tuple[str, str]]]:
    (tweet,) = read_conll(conll)
    text, offsets = detokenize([t for t, _ in tweet])
    return text, [
        (text[int(s["start"]) : int(s["end"])], str(s["entity"]))  # type: ignore[call-overload]
        for s in label_spans(tweet, offsets, text)
    ]


def test_tokens_are_joined_back_into_tweet_text():
    text, _ = detokenize(["RT", "@", "user", ":", "she", "’", "s", "in", "(", "Paris", ")", "!"])
    assert text == "RT @user: she’s in (Paris)!"
    assert detokenize(["I", "do", "n't", "#", "love", "#"])[0] == "I don't #love #"


def test_labels_become_spans_without_sigils():
    conll = "@\tB-PER\nBethAnne17\tB-PER\nin\tO\nNew\tB-LOC\nYork\tI-LOC\n#London\tB-LOC\n"
    text, spans = _spans(conll)
    assert text == "@BethAnne17 in New York #London"
    assert spans == [("BethAnne17", "PERSON"), ("New York", "LOCATION"), ("London", "LOCATION")]


def test_org_spans_are_marked_and_an_i_label_of_another_type_starts_a_span():
    _, spans = _spans("Sky\tB-ORG\nSports\tI-ORG\nJohn\tI-PER\n")
    assert spans == [("Sky Sports", "ORG"), ("John", "PERSON")]


def test_non_latin_tweets_are_left_out():
    assert latin("hello Donetsk")
    assert not latin("Путешествия в Париже ok")
    assert not latin("123 :)")
