"""SIP servers' routing scripts and documented traces: what is an address there and what is not.

Kamailio's and OpenSIPS's scripts build SIP URIs by concatenating strings, print values with
select calls (``%@db.fetch.h1.count``) and match user agents with regular expressions; their
traces carry real addresses and agents. Values written for these tests.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # a SIP URI's user at a domain is an address, an IPv4 or IPv6 host an IP address
        ("From: <sip:carol@voip.example.org>;tag=8a2f", "EMAIL_ADDRESS", "carol@voip.example.org"),
        ("Contact: <sip:2001@192.0.2.44:5060>", "IP_ADDRESS", "192.0.2.44"),
        ("Via: SIP/2.0/UDP [2001:db8:5::9]:5060", "IP_ADDRESS", "2001:db8:5::9"),
        # an RFC 5321 quoted local part stays an address, an operator inside it too
        ('"ann lee"@example.net', "EMAIL_ADDRESS", '"ann lee"@example.net'),
        ('"x + y"@example.net', "EMAIL_ADDRESS", '"x + y"@example.net'),
        # a local part of other signs than percent stays an address (isemail's cases)
        ("to: ____@example.org", "EMAIL_ADDRESS", "____@example.org"),
        # percent signs alone before a delegated top-level domain: a valid address
        ("valid: %@example.org", "EMAIL_ADDRESS", "%@example.org"),
        # a user agent header's value, and one after a key in a script's string
        ("User-Agent: Zoiper rv2.10.4", "USER_AGENT", "Zoiper rv2.10.4"),
        ("User-Agent: SIPp/v3.7.1", "USER_AGENT", "SIPp/v3.7.1"),
    ],
)
def test_addresses_and_agents_of_sip_text_are_found(text, entity, value):
    assert (entity, value) in found(text, entity)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # a select call in a format: a local part of percent signs only
        ('xlog("L_INFO", "n: %@db.query.q7.count, %@db.fetch.h2.row_no\\n");', "EMAIL_ADDRESS"),
        ("value %%@cfg.get.main.limit", "EMAIL_ADDRESS"),
        # strings concatenated around a variable: no quoted local part
        ('$var(to) = "sip:" + $tU + "@pbx.example.org;transport=tcp";', "EMAIL_ADDRESS"),
        ("$uri = 'sip:' . $user . \"@voip.example.com\";", "EMAIL_ADDRESS"),
        ('x := "sip:" || name || "@gw.example.net"', "EMAIL_ADDRESS"),
        # a regular expression matching agents is no agent
        ('if (search("^User-Agent:.*sipvicious")) { drop; }', "USER_AGENT"),
        ("User-Agent: .+friendly-scanner", "USER_AGENT"),
        ("User-Agent: ^Grandstream.*$", "USER_AGENT"),
    ],
)
def test_script_syntax_is_no_address_or_agent(text, entity):
    assert found(text, entity) == []


@pytest.mark.parametrize(
    "text",
    [
        # a domain that is the whole string a script passes to a call or compares
        'if (!proxy_authorize("voip.example.org", "subscriber")) { exit; }',
        "www_challenge('pbx.example.net', '1');",
        'if ($fd != "sip.example.com") { route(RELAY); }',
        'if ($rd=="carrier.example.de:5060") { xlog("x"); }',
        'dns_query("example.org", "d1");',
    ],
)
def test_a_scripts_domain_string_is_no_link(text):
    assert found(text, "URL") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link a script passes is machine text: only its personal parts are reported
        ('http_query("https://api.example.com/q?u=$rU&f=$fU", "REPLY");', []),
        ('modparam("cachedb", "url", "https://cache.example.net:8091/b")', []),
        # an argument list continued on the next line
        ('modparam("cc", "db_url",\n    "https://db.example.org/cc")', []),
        # a line opening with a link after a sentence's comma, no call: a link
        (
            'In short,\n"https://example.org/help" is the page',
            [("URL", "https://example.org/help")],
        ),
        (
            'rest_get("https://api.example.com/?mail=ann@example.org", "$var(r)");',
            [("EMAIL_ADDRESS", "ann@example.org")],
        ),
    ],
)
def test_a_scripts_link_string_is_read_as_machine_text(text, expected):
    assert [f for f in found(text) if f[0] in ("URL", "EMAIL_ADDRESS")] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my site is example.com", "example.com"),  # a sentence's site
        ('He wrote "example.com" on the board', "example.com"),  # a quotation, no call
        ('Read "https://example.com/docs" first', "https://example.com/docs"),  # no call
    ],
)
def test_a_quoted_site_outside_a_call_stays_a_link(text, value):
    assert ("URL", value) in found(text, "URL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a select call or a dotted attribute in a script is no user's mention
        ('if (@cfg.peer.checked != "") { exit; }', []),
        ('xlog("via: $sel(@hdr_value.via[*].uri)\\n");', []),
        ('if (@via.host == "a") { drop; }', []),
        # a user's handle with one dot, in a sentence, stays a mention
        ("thanks @ann.lee for the trace", ["ann.lee"]),
        ("ping @omar and @li.wei today", ["omar", "li.wei"]),
    ],
)
def test_a_scripts_attribute_is_no_mention(text, expected):
    from privkit.detect._ner import mention_findings

    assert [text[f.start : f.end] for f in mention_findings(text, 0, score=0.85)] == expected
