"""Mechanisms found on the fourth real log set (benchmarks/corpus/_logs4.py, development part).

Each class has positives and near-miss negatives written here, in shapes beyond the ones that
revealed the gap; the corpus records are not copied into tests.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect import _ner
from privkit.types import EntityType


class TestUserAgentFieldForms:
    """A user-agent key written with a space, and a bracketed ``[key: value]`` field."""

    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            (
                '[ERROR] auth failed user agent="containerd/1.7.2 go/go1.21" id=7',
                "containerd/1.7.2 go/go1.21",
            ),
            ("request seen, User Agent: ExampleFetcher/3.1 (+ops)", "ExampleFetcher/3.1 (+ops)"),
            ("[client: 10.0.0.9] [useragent: wget-probe/0.3] GET /x 404", "wget-probe/0.3"),
            (
                "[host:a.example] [UserAgent: python-requests/2.31.0] POST /login 401",
                "python-requests/2.31.0",
            ),
            ("[ua = Scanner/1.0 (compat)] HEAD / 200", "Scanner/1.0 (compat)"),
        ],
    )
    def test_the_value_is_the_agent(self, text, agent):
        assert found(text, "USER_AGENT") == [("USER_AGENT", agent)]

    def test_an_unbracketed_field_still_runs_to_the_end_of_the_line(self):
        text = "useragent: Custom Agent] v2"
        assert found(text, "USER_AGENT") == [("USER_AGENT", "Custom Agent] v2")]

    @pytest.mark.parametrize("text", ["the user agentless mode", "user agents: none"])
    def test_not_a_field(self, text):
        assert found(text, "USER_AGENT") == []


class TestMaskedSecrets:
    """A placeholder a log writes instead of a secret is not a secret."""

    @pytest.mark.parametrize(
        "text",
        [
            '{"user":"x","password":"__REDACTED__"}',
            "password=<masked> retry=2",
            "api_key=[FILTERED]",
            'secret: "***removed***"',
            "passwd=**********",
            "token=xxxxxxxxxxxx",
            "client_secret=--hidden--",
        ],
    )
    def test_placeholders(self, text):
        assert found(text, "AUTH_TOKEN") == []

    @pytest.mark.parametrize(
        ("text", "token"),
        [
            ('{"password":"Redacted-9f3kQ"}', "Redacted-9f3kQ"),
            ("api_key=x7Kq9mZp2Lw4", "x7Kq9mZp2Lw4"),
            ('{"password":"xX7qL9pZ"}', "xX7qL9pZ"),
        ],
    )
    def test_real_values_stay(self, text, token):
        assert found(text, "AUTH_TOKEN") == [("AUTH_TOKEN", token)]


class TestNumbersThatAreNotPhones:
    """Status and size columns after a request, hex dump bytes, ids in machine records."""

    @pytest.mark.parametrize(
        "text",
        [
            '10.0.0.1 - - [01/Jan/2024:00:00:01 +0000] "GET /home/a HTTP/1.1" 200 48213 912 "-" "x"',
            '{"log":"10.0.0.1 - - \\"GET /home HTTP/1.0\\" 304 0 512 77 \\"-\\" \\"y\\""}',
            "Code: 48 8b 05 01 02 03 04 05 06 ff c3 90",
            "dump: 7f 45 4c 46 02 01 01 00 00 00 00 00 tel",
            "1,2024/01/01 00:00:00,013201004455,TRAFFIC,end,2561,office",
            "sn=04412345678901;model=fw-100;desk=3",
        ],
    )
    def test_not_phones(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Appelez le bureau au 01 23 45 67 89 demain", "01 23 45 67 89"),
            ("call me on 020 7946 0123 after five", "020 7946 0123"),
            ('{"phone":"02079460123","id":7}', "02079460123"),
            ("contact,phone\nAnna,02079460123", "02079460123"),
            ("mobile: 07700900123", "07700900123"),
        ],
    )
    def test_phones_stay(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]


class TestAddressesUnderTheTestDomain:
    """``.test`` is reserved for testing (RFC 2606): an address under it is an address."""

    @pytest.mark.parametrize(
        ("text", "email"),
        [
            ('<Data Name="TargetUserName">j.doe@corp.test</Data>', "j.doe@corp.test"),
            (
                "login failed for anna@mail.example-lab.test from 10.0.0.5",
                "anna@mail.example-lab.test",
            ),
        ],
    )
    def test_found(self, text, email):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", email)]

    @pytest.mark.parametrize(
        "text", ["see icon@2x.png", "run spec@helpers.test.js", "x@.test", "a@test"]
    )
    def test_not_addresses(self, text):
        assert found(text, "EMAIL_ADDRESS") == []


class TestAddressesSpelledInHostNames:
    """A reverse-DNS name spells the address in its first labels."""

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("client 10.9.8.7#5353: query: 7.8.9.10.in-addr.arpa IN PTR", "7.8.9.10"),
            ("blocked (DE/Germany/203.0.113.9.dyn.example-isp.de): 5 failures", "203.0.113.9"),
            ("connect from 198.51.100.23.static.provider.net", "198.51.100.23"),
        ],
    )
    def test_found(self, text, ip):
        assert ("IP_ADDRESS", ip) in found(text, "IP_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "unpacked 1.2.3.4.tar.gz",
            "loading Lib/2.0.0.1.dll.config",
            "assembly 4.0.0.0.mscorlib.dll",
            "bundle 1.2.3.4.app.zipx",
        ],
    )
    def test_versions_stay_versions(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestMachineTextVocabularyForNer:
    """Class 3 on more systems: account names, syslog records, keys, categories, software."""

    @pytest.mark.parametrize("value", ["Admin", "Administrator", "Root", "Guest", "Superuser"])
    def test_account_names_are_not_names(self, value):
        assert _ner._bad_shape(EntityType.PERSON, value, lower_case=False)

    @pytest.mark.parametrize("value", ["Adminah Lee", "Rooth", "Guestrin"])
    def test_names_that_begin_like_them_stay(self, value):
        assert not _ner._bad_shape(EntityType.PERSON, value, lower_case=False)

    @pytest.mark.parametrize(
        ("line", "log"),
        [
            ("Mar  2 22:57:07 sas llng[30304]: BadUser was not found", True),
            ("Dec 31 23:59:59 host app: done", True),
            ("May 12 meeting with Anna at 10:00", False),
            ("March 2 22:57 was a good day", False),
        ],
    )
    def test_syslog_records_are_log_lines(self, line, log):
        assert _ner._line_kind({}, line, 0)[1] is log

    @pytest.mark.parametrize(
        ("text", "value", "want"),
        [
            ("postfix: Queue-ID: 83B741009CD35", "Queue", True),
            ("Session-Id=4f2a9", "Session", True),
            ("Anna-Maria Schulz called", "Anna", False),
        ],
    )
    def test_hyphenated_keys(self, text, value, want):
        end = text.index(value) + len(value)
        assert _ner._product_or_key(EntityType.PERSON, text, end) is want

    @pytest.mark.parametrize(
        ("text", "value", "entity", "want"),
        [
            ('{"deployment":["Datacenter"],"x":1}', "Datacenter", EntityType.PERSON, True),
            (
                '{"incidentType": "Path Traversal, Remote Code", "a": 2}',
                "Path Traversal",
                EntityType.PERSON,
                True,
            ),
            ('{"zone":"Untrust"}', "Untrust", EntityType.LOCATION, True),
            ('{"author":"Anna Smith"}', "Anna Smith", EntityType.PERSON, False),
            ('{"display_name": "Anna Smith"}', "Anna Smith", EntityType.PERSON, False),
            ('{"city":"Leeds"}', "Leeds", EntityType.LOCATION, False),
            # a name inside a message's text, not the whole value
            ('{"msg":"login failed for Anna Smith"}', "Anna Smith", EntityType.PERSON, False),
            ('{"msg":"Anna Smith logged in"}', "Anna Smith", EntityType.PERSON, False),
            (
                "tags: performance_impact Moderate, signature_severity Informational",
                "Moderate",
                EntityType.PERSON,
                True,
            ),
            ("x, signature_severity Informational", "Informational", EntityType.PERSON, True),
            ("fields: user_name Anna Smith, uid 5", "Anna Smith", EntityType.PERSON, False),
            ("geo_city Leeds, lat 53.8", "Leeds", EntityType.LOCATION, False),
            ("called the_bar Anna yesterday", "Anna", EntityType.PERSON, False),
        ],
    )
    def test_category_values(self, text, value, entity, want):
        start = text.index(value)
        assert _ner._category_value(entity, text, start, start + len(value)) is want

    @pytest.mark.parametrize(
        ("text", "value", "want"),
        [
            (
                "auth failure for Baikal', referer: https://baikal.example.com/admin/",
                "Baikal",
                True,
            ),
            ('msg="Duo authentication failed" path=/api/secondfactor/duo', "Duo", True),
            ("Gitea started, serving /gitea/", "Gitea", True),
            ("login for Anna from /home/annabelle/x", "Anna", False),
            ("login for Anna Smith via /anna/", "Anna Smith", False),
            ("user Anna\nGET /anna/profile", "Anna", False),  # another line
        ],
    )
    def test_software_named_in_paths(self, text, value, want):
        assert _ner._named_in_paths(value, text, text.index(value)) is want

    @pytest.mark.parametrize(
        ("text", "value", "want"),
        [
            ("Failed login with incorrect Jellyfin credentials", "Jellyfin", True),
            ("Successful Duo authentication attempt", "Duo", True),
            ("Keycloak server restarted", "Keycloak", True),
            ("Anna logged in", "Anna", False),
            ("Anna's credentials expired", "Anna", False),
            ("Anna Smith credentials", "Anna Smith", False),  # two words: a person's name
            ("reset by Anna  yesterday", "Anna", False),
        ],
    )
    def test_products_before_software_nouns(self, text, value, want):
        end = text.index(value) + len(value)
        assert _ner._modifies_tech_noun(value, text, end) is want
