"""Mechanisms found on the fourth real log set (benchmarks/corpus/_logs4.py, development part).

Each class has positives and near-miss negatives written here, in shapes beyond the ones that
revealed the gap; the corpus records are not copied into tests.
"""

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

SCANNER = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def found(text, entity=None):
    return [
        (f.entity_type.value, text[f.start : f.end])
        for f in SCANNER.scan(text)
        if entity is None or f.entity_type.value == entity
    ]


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
