"""Issue 10, class 4: names and places in tweets (handles, hashtags, retweets, emoji, links).

Shapes written here, beyond the real tweets that revealed the gaps; the tweet corpus is not
copied into tests.
"""

import pytest
from tests.unit.detect._patterns import model_read, needs_gazetteer

from privkit.detect import _ner
from privkit.types import EntityType


def _mentions(text):
    return [text[f.start : f.end] for f in _ner.mention_findings(text, 0, score=0.85)]


class TestHandles:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("@_lorna_k see you there", ["_lorna_k"]),
            ("lol @__TeddyB and @___x9 stop", ["__TeddyB", "___x9"]),
            ("@22jamesr you coming?", ["22jamesr"]),
            ("go @4thGenMike", ["4thGenMike"]),
        ],
    )
    def test_handles_may_open_with_underscores_or_digits(self, text, want):
        assert _mentions(text) == want

    @pytest.mark.parametrize("text", ["meet me @5pm ok", "see you @10am", "the @2nd floor"])
    def test_times_and_ordinals_after_an_at_are_not_handles(self, text):
        assert _mentions(text) == []

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("@maria_g07 \U0001f602 \U0001f602 \U0001f602", ["maria_g07"]),
            ("RT @kellyQ: we're done.. \U0001f60c http://t.co/AbC123xyz", ["kellyQ"]),
            ("#tbt @TomRiggs https://t.co/Zz9 x4", ["TomRiggs"]),
            ("@lee_anne I'm sooo late!!! \u2764 #sorry #monday", ["lee_anne"]),
        ],
    )
    def test_emoji_links_hashtags_and_contractions_keep_a_post_prose(self, text, want):
        assert _mentions(text) == want

    @pytest.mark.parametrize(
        "text",
        ['{"user":"@alice","ok":true}', "@bob status=ok code=3 \U0001f602 retries=2"],
    )
    def test_machine_text_stays_machine_text(self, text):
        assert _mentions(text) == []

    @pytest.mark.parametrize(
        "handle",
        ["BloombergNews", "nflnetwork", "OttawaPolice", "HistoryInPics", "SM_TownNews",
         "Radio702", "worldnetdaily", "EXO_FANBASE"],
    )  # fmt: skip
    def test_organisations_accounts_are_not_persons(self, handle):
        assert _mentions(f"RT @{handle}: big day today") == []

    @pytest.mark.parametrize("handle", ["NiallOfficial", "edhenryTV", "newsome_j", "timesh"])
    def test_persons_accounts_stay_persons(self, handle):
        assert _mentions(f"thanks @{handle} for the follow") == [handle]

    @pytest.mark.parametrize(
        "text",
        [
            "RT @USER42: thanks @USER7 and @USER1301 for coming",
            "@USER so true, ask @MENTION or @USERNAME",
            "@user you are right about @user",
            "lol @USER88's cat is back",
            "new designs out now @URL61 and @HTTPURL",
        ],
    )
    def test_an_anonymisers_place_holders_are_no_persons(self, text):
        # Corpora of posts shared without their users' names write a place-holder where a
        # handle was: no name is left to find, and the model does not read one either.
        assert _mentions(text) == []
        assert _ner.prepare(text) == text

    @pytest.mark.parametrize("handle", ["user123", "Userkim", "USERKIM", "Mentionne", "URLaub_fan"])
    def test_a_handle_that_only_starts_like_a_place_holder_stays_a_person(self, handle):
        text = f"thanks @{handle} for the follow"
        assert _mentions(text) == [handle]
        assert "@" not in _ner.prepare(text)  # the model reads the handle without its sigil


@needs_gazetteer
class TestHashtags:
    @pytest.mark.parametrize(
        ("tag", "read"),
        [
            ("#PaulSimon", "Paul Simon"),
            ("#NewHaven", "New Haven"),
            ("#SantaMonica", "Santa Monica"),
        ],
    )
    def test_a_name_or_place_of_two_words_is_read_as_two_words(self, tag, read):
        text = f"loving {tag} tonight"
        assert _ner.prepare(text) == f"loving {read} tonight"

    @pytest.mark.parametrize("tag", ["#MarchMadness", "#TeamPhil", "#BestDayEver", "#yolo"])
    def test_other_hashtags_are_not_split(self, tag):
        assert _ner._split_tag(tag[1:]) is None

    def test_a_name_found_in_a_split_hashtag_is_the_hashtags_name(self):
        written = "ok #PaulSimon \U0001f602"
        assert _ner._tag_name(written, 3, 13) == (4, 13)  # read as "Paul Simon" at 3:13
        assert _ner._tag_name(written, 3, 15) == (4, 13)  # an emoji after it is not kept
        assert _ner._tag_name("Paul Simon", 0, 10) == (0, 10)  # no hashtag: unchanged


class TestRetweetMark:
    def test_rt_before_a_handle_is_not_a_place(self):
        written = "RT @tina_b: @rob_m \U0001f602 okkk"
        assert model_read(written, [("RT", "GPE")]) == []

    def test_rt_elsewhere_is_left_to_the_model(self):
        written = "Visit RT Towers today"  # not before a handle
        assert model_read(written, [("RT", "GPE")]) == [("RT", EntityType.LOCATION)]


class TestPublishersReadAsPersons:
    def test_an_organisations_handle_read_as_a_person_is_not_reported(self):
        written = "RT @dailynews: storm hits the coast"
        assert model_read(written, [("RT  Dailynews", "PERSON")]) == []

    def test_a_persons_handle_read_as_a_person_stays(self):
        written = "RT @KateMoss: storm hits the coast"
        assert model_read(written, [("Kate", "PERSON")]) == [("Kate", EntityType.PERSON)]


@needs_gazetteer
@pytest.mark.usefixtures("words")
class TestChatWords:
    """Chat's abbreviations, laughter and drawn-out words read by the model as names."""

    @pytest.mark.parametrize(
        ("written", "word", "label"),
        [
            ("Lmfao that was wild @kimr_", "Lmfao", "PERSON"),
            ("Smh he did it again", "Smh", "PERSON"),
            ("Hehehe ok fine", "Hehehe", "GPE"),
            ("that game tho Lolol", "Lolol", "PERSON"),
            ("Sleepyyyy today", "Sleepyyyy", "PERSON"),
            ("Yesssss we won", "Yesssss", "GPE"),
            ("Noooo not again", "Noooo", "ORG"),
        ],
    )
    def test_a_chat_word_is_no_name(self, written, word, label):
        assert model_read(written, [(word, label)]) == []

    @pytest.mark.parametrize(
        ("written", "word", "label", "entity"),
        [
            ("Saraaaa come back", "Saraaaa", "PERSON", EntityType.PERSON),  # a name drawn out
            ("Jamesss stop it", "Jamesss", "PERSON", EntityType.PERSON),
            ("Romeee was amazing", "Romeee", "GPE", EntityType.LOCATION),
            ("Imo is lovely in may", "Imo", "GPE", EntityType.LOCATION),  # a state, not "imo"
            ("Lola said hi", "Lola", "PERSON", EntityType.PERSON),
            ("Lmao Smith is here", "Lmao Smith", "PERSON", EntityType.PERSON),  # one word a name
            # a CamelCase word is no drawn-out word ("aaaaaa" read whole would be)
            ("a private AaaAaa team met.", "AaaAaa", "ORG", EntityType.ORGANIZATION),
            ("the BookKeeper team", "BookKeeper", "ORG", EntityType.ORGANIZATION),
        ],
    )
    def test_names_and_places_stay(self, written, word, label, entity):
        assert model_read(written, [(word, label)]) == [(word, entity)]


@needs_gazetteer
class TestPostMarksAreNotTheWritersCapitals:
    """Whether a post is written without capitals is judged on its writer's words only."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("RT @USER12: saw john smith at the gym lol", "RT @USER12: saw John Smith at the gym lol"),
            ("@KimR @BenT @LuAnn thanks for coming with anna smith", "thanks for coming with Anna Smith"),
            ("#FeelTheBern #NYPrimary voting with mary jones today", "voting with Mary Jones today"),
        ],
    )  # fmt: skip
    def test_handles_hashtags_and_a_retweet_mark_do_not_make_capitals(self, text, want):
        assert _ner.prepare(text).endswith(want)

    @pytest.mark.parametrize(
        "text",
        [
            "@kimr Saw John at the gym. He said hi. I will go too.",  # the writer's capitals
            "@kimr the young white king walked home",  # no name of the census lists
        ],
    )
    def test_a_writer_who_uses_capitals_or_names_nobody_is_left_alone(self, text):
        assert _ner.prepare(text) == text.replace("@kimr", " Kimr")
