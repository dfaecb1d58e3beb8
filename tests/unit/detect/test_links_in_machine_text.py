"""Links a program's source, configuration or command line holds: what is reported of them.

A link in a comment of code or configuration, passed to a command on a shell line, or named
by a database's prefixed scheme is machine text: only its personal parts (user information,
personal query values, an e-mail address) are reported. The same links in sentences stay
links. Values written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

_MANIFEST = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-settings\n"


def _links(text: str) -> list[tuple[str, str]]:
    return [f for f in found(text) if f[0] in ("URL", "EMAIL_ADDRESS", "AUTH_TOKEN")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comment line above a manifest, a licence header before it, a note inside it
        ("# source: https://charts.example.org/install/app.yaml\n\n" + _MANIFEST, []),
        (
            "# Licensed under the Widget Licence.\n# A copy is at\n#\n"
            "#     https://licences.example.org/widget-3.0\n#\n# No warranty.\n\n---\n" + _MANIFEST,
            [],
        ),
        (
            _MANIFEST + "data:\n  # see https://tracker.example.com/acme/app/issues/1207\n"
            "  mode: fast\n",
            [],
        ),
        # a bare link in a commented-out key
        (_MANIFEST + "# apiVersion: widgets.example.io/v2beta1\n# kind: Widget\n", []),
        # a source file's comments: "//" before a statement, ";" in an ini file
        ("// https://docs.example.dev/api/limits\nconst LIMIT = 40;\n", []),
        ("[server]\n; mirror list at https://mirrors.example.net/list.txt\nport = 8080\n", []),
        # a comment's link holding personal parts: those parts are still reported
        (
            "# feed: https://feeds.example.com/rss?email=jo.berg@example.org\nretries: 3\n",
            [("EMAIL_ADDRESS", "jo.berg@example.org")],
        ),
        (
            "# mirror: https://deploy:Xy7pQ2mLw9@git.example.com/ops.git\nretries: 3\n",
            [("URL", "deploy:Xy7pQ2mLw9")],
        ),
    ],
)
def test_a_link_in_a_comment_of_code_is_machine_text(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a Markdown heading among sentences, a comment line alone: links
        (
            "# My notes https://jane.example.net/notes\n\nI moved my blog last week.\n",
            "https://jane.example.net/notes",
        ),
        ("# https://jane.example.net/cv", "https://jane.example.net/cv"),
        # a hashtag glued to a link is no comment mark
        ("#https://jane.example.net/cv\nname: x\n", "https://jane.example.net/cv"),
        # a link on a code line after a comment block is no comment's
        (
            "# endpoint\nhomepage is https://jane.example.net/ and more words here\n",
            "https://jane.example.net/",
        ),
        # a comment next to a capitalised label in prose, not to a key
        (
            "# see https://jane.example.net/cv\nNote: the page is hers\n",
            "https://jane.example.net/cv",
        ),
    ],
)
def test_a_link_outside_a_comment_of_code_stays_a_link(text, value):
    assert ("URL", value) in found(text, "URL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comment after a line's code: an instruction, a key, a statement
        ("FROM alpine:3.19  # https://hub.example.com/_/alpine\nRUN true\n", []),
        ("    port: 8443  # see https://docs.example.dev/ports\n", []),
        ("int retries = 4; // https://tracker.example.com/acme/issues/88\n", []),
        # a sentence with a "#" before a link is no code's comment
        (
            "Step 2 of my guide # https://jane.example.net/guide\n",
            [("URL", "https://jane.example.net/guide")],
        ),
        # the link before the comment's mark stays the code's own
        (
            "homepage: https://jane.example.net/  # her site\n",
            [("URL", "https://jane.example.net/")],
        ),
    ],
)
def test_a_link_in_a_comment_after_code_is_machine_text(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link a shell command fetches: a repository, a file, an endpoint, a module
        ("git clone --depth 1 https://git.example.org/tools/relay.git\ncd relay\n", []),
        ("$ wget -O relay.tgz https://downloads.example.net/relay-2.4.1.tgz", []),
        ('RUN curl -fsSL "https://get.example.dev/install.sh" | sh', []),
        ("export GO111MODULE=on\ngo get https://code.example.com/voip/stir", []),
        ("To build it, run `git clone https://git.example.org/relay.git` first.", []),
        ("make && sudo helm repo add stable https://charts.example.io/stable", []),
        # an address as the host: the address alone is reported, no piece of the link
        ("curl -s http://192.0.2.10:9100/metrics", [("IP_ADDRESS", "192.0.2.10")]),
        # the personal parts of a fetched link are still reported
        (
            "git clone https://deploy:Xy7pQ2mLw9@git.example.com/ops.git",
            [("URL", "deploy:Xy7pQ2mLw9")],
        ),
        (
            "curl https://api.example.com/v1/feed?email=jo.berg@example.org",
            [("EMAIL_ADDRESS", "jo.berg@example.org")],
        ),
    ],
)
def test_a_link_a_command_fetches_is_machine_text(text, expected):
    assert [f for f in found(text) if f[0] in ("URL", "EMAIL_ADDRESS", "IP_ADDRESS")] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a sentence that names a site after a word, a command word in a sentence
        ("go to https://jane.example.net/cv for my CV", "https://jane.example.net/cv"),
        ("visit https://jane.example.net/ today", "https://jane.example.net/"),
        ("docker is fun, see https://jane.example.net/post", "https://jane.example.net/post"),
        ("I tried git. My notes: https://jane.example.net/git", "https://jane.example.net/git"),
        # a command's name glued inside a word is none
        ("mycurl https://jane.example.net/a", "https://jane.example.net/a"),
    ],
)
def test_a_link_in_a_sentence_with_a_command_word_stays_a_link(text, value):
    assert ("URL", value) in found(text, "URL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prefixed or long scheme in a sentence: the whole link, from its first name
        (
            "Connect with jdbc:mysql://db.example.com:3306/shop today",
            [("URL", "jdbc:mysql://db.example.com:3306/shop")],
        ),
        (
            "Point it at postgresql+psycopg2://db.example.com/shop first",
            [("URL", "postgresql+psycopg2://db.example.com/shop")],
        ),
        (
            "try mysql+mysqlconnector://db.example.com/shop now",
            [("URL", "mysql+mysqlconnector://db.example.com/shop")],
        ),
        # the same as a script's string or a setting's value: a data source, its password alone
        ('cfg("cachedb_url",\n    "cassandra:grp7://localhost:9042/ks.events")', []),
        ("spring.datasource.url=jdbc:postgresql://db.example.com:5432/shop", []),
        (
            'engine = create_engine("mysql+pymysql://app:Wq8zR3vK@db.example.com/shop")',
            [("AUTH_TOKEN", "Wq8zR3vK")],
        ),
        # a list of hosts after a comma: addresses, no piece of a link
        (
            'cfg("url", "mongodb:rs://10.1.2.3,10.1.2.4:27017/app.sessions?replicaSet=r0")',
            [("IP_ADDRESS", "10.1.2.3"), ("IP_ADDRESS", "10.1.2.4")],
        ),
        # a web link glued after a word's colon opens at its own scheme
        ("Video:https://t.example/abc123", [("URL", "https://t.example/abc123")]),
    ],
)
def test_a_prefixed_scheme_is_read_whole(text, expected):
    assert [f for f in found(text) if f[0] in ("URL", "AUTH_TOKEN", "IP_ADDRESS")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a program's progress line: what it fetches or publishes
        ("Get:3 http://archive.example.org/debian bookworm InRelease [151 kB]", []),
        ("[INFO] Downloading from central: https://repo.example.org/m2/a/b/1.0/b-1.0.pom", []),
        ("Looking in indexes: https://pypi.example.org/simple", []),
        ("npm notice Publishing to https://registry.example.org/ with tag latest", []),
        # a status line naming the file it reads after "from"
        ("Processing ACME OUI registry data from https://reg.example.org/oui/oui.csv", []),
        ("  Loading rules.v2 from https://rules.example.net/latest.yaml", []),
        # a registry named before its link, a package's origin after its spec
        ("using default registry (https://registry.example.org/)", []),
        ("left-pad@1.3.0 (https://registry.example.org/)", []),
        ("@acme/widgets@2.0.0-rc.1 (https://npm.example.com/)", []),
        # a cache's key: names joined by colons, the link its last part
        ("fetch-cache:request:https://registry.example.org/left-pad/-/left-pad-1.3.0.tgz", []),
        # the personal parts of such a link are still reported
        (
            "registry: https://jo:Kq83nVx2@registry.example.org/npm/",
            [("URL", "jo:Kq83nVx2")],
        ),
        (
            "page-cache:v2:https://api.example.com/me?email=jo.berg@example.org",
            [("EMAIL_ADDRESS", "jo.berg@example.org")],
        ),
    ],
)
def test_a_link_a_program_names_as_its_source_is_machine_text(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a person's page in parentheses, a progress word in a sentence
        ("my blog (https://jane.example.net/)", "https://jane.example.net/"),
        ("Downloading my CV, see https://jane.example.net/cv", "https://jane.example.net/cv"),
        ("I am downloading https://jane.example.net/cv", "https://jane.example.net/cv"),
        ("Processing took long, see https://jane.example.net/cv", "https://jane.example.net/cv"),
        ("I am reading notes from https://jane.example.net/cv", "https://jane.example.net/cv"),
        ("Reading is fun at https://jane.example.net/club", "https://jane.example.net/club"),
        # one word glued before a link's colon is no key's names
        ("Video:https://t.example/abc123", "https://t.example/abc123"),
        # a version in a sentence before a parenthesised link, no package's spec
        ("version 1.2.3 (https://jane.example.net/notes)", "https://jane.example.net/notes"),
    ],
)
def test_a_link_in_a_sentence_near_such_words_stays_a_link(text, value):
    assert ("URL", value) in found(text, "URL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a script's or a template's variable as a personal key's value: nothing yet
        ('$var(r) = rest_get("https://credit.example.org/?account=$fU", "$var(c)");', []),
        ('http_query("https://api.example.net/q?uid=$var(uid)&user=$rU", "$var(r)");', []),
        ("GET https://sync.example.com/px?user_id=$UID&ref=x HTTP/1.1", []),
        ("GET https://sync.example.com/px?external_user_id=_wfoursix_ HTTP/1.1", []),
        # a value with a sign in it stays a value
        (
            "GET https://api.example.com/v1?account=jd$77x HTTP/1.1",
            [("URL", "jd$77x")],
        ),
        ("GET https://api.example.com/v1?user=jdoe77 HTTP/1.1", [("URL", "jdoe77")]),
    ],
)
def test_a_variable_in_a_query_is_no_personal_value(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted value after a key's "=" in a block of settings
        ('workers=4\nrealm="voip.example.org"\nlog_level=2\n', []),
        ("select id from zones where name='shop.example.net';", []),
        # a "key = value" line among settings: a data source, its password alone
        (
            "    table = routes;\n    db_url = mysql://rt:Wq8zR3vK@db.example.org/rt\n",
            [("AUTH_TOKEN", "Wq8zR3vK")],
        ),
        ("[feed]\nretries = 3\nsource = https://feeds.example.com/all.xml\n", []),
        # a person's site under its key, a setting alone, an anchor's link: links
        (
            "[me]\nname = Jane\nhomepage = https://jane.example.net/\n",
            [("URL", "https://jane.example.net/")],
        ),
        ("source = https://jane.example.net/cv", [("URL", "https://jane.example.net/cv")]),
        ("url=https://jane.example.net/cv", [("URL", "https://jane.example.net/cv")]),
        (
            'rate=3\n<a href="https://jane.example.net/">me</a>\nsize=2\n',
            [("URL", "https://jane.example.net/")],
        ),
    ],
)
def test_a_settings_value_in_a_block_is_machine_text(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's key as the value of a key field: no link
        ('      topologyKey: "topology.example.io/zone"\n', []),
        ("        - key: node-role.example.io/control-plane\n          operator: Exists\n", []),
        ("affinity: [{ key: zone.example.io/rack, operator: In }]", []),
        # more of a path, another field's name, a sentence: links
        ("key: github.com/jane/dots", [("URL", "github.com/jane/dots")]),
        ("site: github.com/jane", [("URL", "github.com/jane")]),
        ("my key: github.com/jane", [("URL", "github.com/jane")]),
    ],
)
def test_a_label_key_as_a_key_fields_value_is_no_link(text, expected):
    assert _links(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a package's scope with its "/" encoded in a registry's link: no mention
        ("cache:req:https://registry.example.org/@widgetco%2fgears", []),
        ("GET /@acme%2Fkit HTTP/1.1", []),
        # a handle in a profile's link, a handle before a "%" sign in a sentence: mentions
        ("see https://social.example/@jane", ["jane"]),
        ("thanks @anna% for that", ["anna"]),
    ],
)
def test_a_scope_before_an_encoded_slash_is_no_mention(text, expected):
    from privkit.detect._ner import mention_findings

    assert [text[f.start : f.end] for f in mention_findings(text, 0, score=0.85)] == expected
