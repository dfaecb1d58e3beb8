"""DNS servers' text: BIND's name notation, resource record lines, a syslog tag opening a line.

The forty-eighth log set's development part (the literal blocks of BIND 9's, PowerDNS's, Knot
DNS's and Unbound's documentation) holds zone names that BIND writes with their class, record
type or key after a slash (``zone example.com/IN: loaded serial 1``), resource records as zone
files and ``dig`` print them, and daemon lines quoted from their syslog tag on
(``pdns[123]: ...``), DNS tools' command lines (``pdnsutil zone show example.org``) and
named.conf's statements (``zone "example.com" IN {``): their names are zones and hosts, not
sites named in a sentence. Values
are written for the test; no corpus line is copied here.
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._ner import (
    config_statement,
    dns_command,
    dns_record,
    log_record,
    name_server_line,
)


class TestBindNameNotation:
    """A name, "/" and its class, record type or DNSSEC key is BIND's, not a link's path."""

    @pytest.mark.parametrize(
        "text",
        [
            "zone shop.example.org/IN: loaded serial 2026010101",
            "zone 2.0.192.in-addr.arpa/IN: not loaded due to errors.",
            "zone corp.example.com/IN/internal: sending notifies (serial 42)",
            "query failed (SERVFAIL) for mail.example.net/IN/MX at query.c:7123",
            "validating www.example.org/AAAA: no valid signature found",
            "DNSKEY example.com/ECDSAP256SHA256/40123 (ZSK) is now published",
            "Fetching example.org/RSASHA256/1234 (KSK) from key repository.",
            "FORMERR resolving 'ns2.example.net/AAAA/IN': dropped",
        ],
    )
    def test_bind_notation_is_no_link(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("the guide is at example.com/IN/docs today", "example.com/IN/docs"),
            ("go to bit.ly/MX now", "bit.ly/MX"),
            ("read github.com/A for it", "github.com/A"),
            ("see example.org/INFO: the page", "example.org/INFO"),
            ("mirror at example.com/RSASHA256 only", "example.com/RSASHA256"),
        ],
    )
    def test_a_path_is_still_a_link(self, text, url):
        assert found(text, "URL") == [("URL", url)]


class TestResourceRecordLine:
    """A resource record's line (owner, time to live, class, type) or a zone directive."""

    @pytest.mark.parametrize(
        "line",
        [
            "shop.example.org.  3600  IN  A  203.0.113.9",
            ";shop.example.org.          IN      AAAA",
            "example.net.   86400 IN SOA ns1.example.net. admin.example.net. 7 3600 600 86400 60",
            "         IN        MX    10 mail.example.net.",
            "www  1h  IN  CNAME  shop.example.org.",
            'mail.example.com.  300  TXT  "v=spf1 -all"',
            "@ IN NS ns2.example.com.",
            "$ORIGIN corp.example.net.",
            "$TTL 2h",
            ";; Query time: 12 msec",
            ";; AUTHORITY SECTION:",
            ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 4242",
        ],
    )
    def test_record_lines(self, line):
        assert dns_record(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Life IN A NUTSHELL",
            "IN THE NEWS today",
            "the answer is IN SOA form",
            "Our site example.com is up",
            "Costs $TTL less",
            ";; Query the ledger for Maria Lopez",
            ";; Note: call Maria at noon",
        ],
    )
    def test_prose_is_none(self, line):
        assert not dns_record(line)

    @pytest.mark.parametrize(
        "text",
        [
            "shop.example.org.  300 IN HTTPS 1 . alpn=h2",
            ";portal.example.com.     IN  DS",
            "shop.example.org.  600 IN NSEC  zz.example.org. A RRSIG NSEC",
        ],
    )
    def test_names_on_a_record_line_are_no_links(self, text):
        assert found(text, "URL") == []

    def test_a_site_in_a_sentence_stays(self):
        assert found("Our shop moved to example.com last week", "URL") == [("URL", "example.com")]


class TestSyslogTagOpening:
    """A program's tag and process id, then a colon, opens a log record."""

    @pytest.mark.parametrize(
        "line",
        [
            "pdns[2211]: Queued notification of domain 'shop.example.org' to 198.51.100.4",
            "postfix/qmgr[88]: 4F2A1: removed",
            "knotd[7]: info: [example.net.] zone file parsed, serial 9",
        ],
    )
    def test_tag_with_pid_opens_a_record(self, line):
        assert log_record(line)

    @pytest.mark.parametrize(
        "line",
        ["see note [3]: the other page", "Meeting at 3: bring the notes", "the daemon[s]: all"],
    )
    def test_prose_is_no_record(self, line):
        assert not log_record(line)

    def test_quoted_zone_in_a_tagged_line_is_no_link(self):
        text = "pdns[2211]: AXFR of domain 'shop.example.org' initiated by 198.51.100.4"
        assert found(text, "URL") == []
        assert found(text, "IP_ADDRESS") == [("IP_ADDRESS", "198.51.100.4")]


class TestDnsToolCommandLine:
    """A DNS tool's command line: its arguments are zones and servers."""

    @pytest.mark.parametrize(
        "text",
        [
            "$ kdig shop.example.org AAAA",
            "pdnsutil zone rectify corp.example.net",
            "# /usr/sbin/rndc reload shop.example.org",
            "$ sudo pdns_control notify corp.example.com",
            "dig @198.51.100.53 portal.example.com MX",
            "dig +dnssec portal.example.com",
            "$ dig portal.example.com. DNSKEY",
            "knotc zone-reload example.net",
        ],
    )
    def test_names_on_a_command_line_are_no_links(self, text):
        assert dns_command(text)
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("dig into the numbers at example.com", "example.com"),
            ("drill down on example.org first", "example.org"),
            ("Our new host is example.com", "example.com"),
        ],
    )
    def test_a_sentence_opening_with_a_verb_keeps_its_site(self, text, url):
        assert not dns_command(text)
        assert found(text, "URL") == [("URL", url)]


class TestConfigStatement:
    """A named.conf-style statement: a keyword, a quoted argument, then ";" or "{"."""

    @pytest.mark.parametrize(
        "text",
        [
            'zone "shop.example.org" IN {',
            '    file "corp.example.net";',
            'zone "corp.example.com" in { // internal',
            '  include "/etc/bind/keys.example.org";',
        ],
    )
    def test_names_in_a_statement_are_no_links(self, text):
        assert config_statement(text)
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        "text",
        [
            'She said "see example.com" and left.',
            'Try "example.org" today;',
            "I like example.com;",
        ],
    )
    def test_sentences_are_no_statements(self, text):
        assert not config_statement(text)
        assert found(text, "URL") != []


class TestNameServerLine:
    """A line with BIND's address#port or its client object is a name server's log line."""

    @pytest.mark.parametrize(
        "text",
        [
            "lame server resolving 'corp.example.net' (in 'corp.example.net'?): 203.0.113.7#53",
            "client @0x55d2c0ffee10 203.0.113.7#41000: received notify for zone 'shop.example.org'",
            "DNS format error from 2001:db8:5::1#53 resolving shop.example.org/AAAA: bad",
        ],
    )
    def test_names_on_the_line_are_no_links(self, text):
        assert name_server_line(text)
        assert found(text, "URL") == []
        assert [v for e, v in found(text) if e == "IP_ADDRESS"] != []

    @pytest.mark.parametrize(
        "text",
        [
            "Ask about order #53 at shop.example.org",
            "We met at 10:30 #2 in the queue of example.com",
            "Ticket 4.2.1#3 names example.org",
        ],
    )
    def test_a_number_after_a_hash_is_no_socket(self, text):
        assert not name_server_line(text)

    def test_bind_library_function_opens_a_record(self):
        assert log_record("dns_master_load: db.corp.example:7: www.corp.example.net: bad owner")
        assert not log_record("dnsmasq: the cache is warm")
        assert found("dns_master_load: db.corp.example:7: www.corp.example.net: bad", "URL") == []
