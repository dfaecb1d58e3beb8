"""A link that is the value of a line holding one setting and nothing else (H105).

``homepage=https://jane.example.org/`` written alone (a form's field, a setting a person
gives, a cell) is no log record: its link, of a web scheme or none, is reported whole, as
in a sentence. The same pair in a record (other fields on the line, or record and
configuration lines around it), a program's setting (an environment variable, a dotted
property) and a service's connection (``database=postgres://...``) stay machine text, where
only a link's personal parts are reported. A site's name of two labels as such a value
(``site=example.com``) is reported too, unless its key names a host.
"""

import pytest
from tests.unit.detect._patterns import SCANNER, found


def urls(text: str) -> list[str]:
    return [v for _, v in found(text, "URL")]


class TestASettingAlone:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("homepage=https://jane.example.org/", ["https://jane.example.org/"]),
            ("value=https://www.example.com", ["https://www.example.com"]),
            ("url=http://example.com/a?page=2", ["http://example.com/a?page=2"]),
            ("profile_url=www.example.org/jane", ["www.example.org/jane"]),
            ("site=example.com/jane", ["example.com/jane"]),
            ("  link=ftp://files.example.net/pub/  ", ["ftp://files.example.net/pub/"]),
            # among a note's sentences: no record around it
            ("Please update my profile.\nwebsite=https://jane.example.org/\nThanks, Jane",
             ["https://jane.example.org/"]),
        ],
    )  # fmt: skip
    def test_the_link_is_reported_whole(self, text, want):
        assert urls(text) == want

    def test_user_information_is_inside_the_link_reported(self):
        assert urls("value=http://:pass@www.example.com/") == ["http://:pass@www.example.com/"]

    def test_a_joined_scan_reads_each_text_alone(self):
        texts = [
            "2024-05-01T10:00:00Z INFO GET /health 200",
            "homepage=https://jane.example.org/",
            "ts=1 msg=fetched url=https://cdn.example.com/app.js",
        ]
        joined = SCANNER.scan_many(texts)
        got = [[t[f.start : f.end] for f in fs] for t, fs in zip(texts, joined, strict=True)]
        assert got[1] == ["https://jane.example.org/"]
        assert got[2] == []
        assert got == [[t[f.start : f.end] for f in SCANNER.scan(t)] for t in texts]


class TestAPairInARecord:
    @pytest.mark.parametrize(
        "text",
        [
            # other fields on the line
            "status=200 value=https://www.example.com/a",
            "ts=1 msg=fetched url=https://cdn.example.com/app.js",
            "value=https://www.example.com/a done",
            # a configuration's block of settings
            "DB_HOST=db\nAPI_URL=https://api.example.com/v1\nDEBUG=true",
            "homepage=https://a.example.org/\n\nrepository=https://github.com/a/b",
            "name = demo\nurl=https://a.example.org/",
            (
                "spring.application.name=demo\nserver.port=8080\n"
                "eureka.client.serviceUrl.defaultZone=http://eureka.example.com:8761/eureka/"
            ),
            # a log record around it
            (
                "2024-05-01T10:00:00Z INFO request done\nreferer=https://www.example.com/a\n"
                "2024-05-01T10:00:01Z INFO request done"
            ),
            # an "=" glued to something else than a key's name
            "x==https://www.example.com/a",
            # a program's configuration: an environment variable, a dotted property
            "API_URL=https://api.example.com/v1",
            "spring.cloud.config.uri=https://config.example.com/",
            # a service's connection of another scheme than the web's
            "database=postgres://db.example.com:5432/app",
            "broker=amqp://mq.example.com/vhost",
        ],
    )
    def test_the_link_stays_machine_text(self, text):
        assert urls(text) == []

    def test_only_the_personal_parts_of_a_records_link(self):
        text = "ts=1 next=https://example.com/cb?uid=jane123&x=1"
        assert urls(text) == ["jane123"]


class TestASiteNameAsASetting:
    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("site=example.com", ["example.com"]),
            ("value=janedoe.org.", ["janedoe.org"]),
        ],
    )
    def test_a_name_of_two_labels_is_reported(self, text, want):
        assert urls(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            # a key naming a host: a machine's name
            "host=example.com",
            "server=example.org",
            # a machine's name of three labels
            "value=build.example.com",
            # a program's setting, a record's field
            "DOMAIN=example.com",
            "ts=1 value=example.com",
        ],
    )
    def test_hosts_and_records_stay_out(self, text):
        assert urls(text) == []
