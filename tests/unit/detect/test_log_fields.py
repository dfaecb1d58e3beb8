"""Log-field mechanisms: link-layer MAC runs, compact device ids, structured cookies, host
headers, phone boundaries and labels, card boundaries, word-like bearer values.

Each mechanism has positives and near-miss negatives, in formats beyond the ones that
revealed the gap (the held-out corpus lines are not copied here).
"""

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._builtin import CookieDetector, MacAddressDetector


class TestLinkLayerMacRun:
    """netfilter's ``MAC=`` prints destination MAC, source MAC and EtherType as one run."""

    @pytest.mark.parametrize(
        ("text", "macs"),
        [
            (
                (
                    "kernel: [UFW BLOCK] IN=wlan0 OUT= "
                    "MAC=3c:22:fb:10:aa:01:f0:9f:c2:11:22:33:08:00 SRC=10.0.0.5"
                ),
                ["3c:22:fb:10:aa:01", "f0:9f:c2:11:22:33"],
            ),
            (  # IPv6 EtherType, upper case, at the end of the line
                "nft drop: iif=eth1 mac=A4:5E:60:00:11:22:D8:3A:DD:44:55:66:86:DD",
                ["A4:5E:60:00:11:22", "D8:3A:DD:44:55:66"],
            ),
            (  # broadcast destination: only the source is an address worth reporting
                "IN=br0 MAC=ff:ff:ff:ff:ff:ff:02:42:ac:11:00:02:08:06 SRC=0.0.0.0",
                ["02:42:ac:11:00:02"],
            ),
            (  # twelve octets (no EtherType) with a MAC word
                "arpwatch: mac pair 3c:22:fb:10:aa:01:f0:9f:c2:11:22:33 flipped",
                ["3c:22:fb:10:aa:01", "f0:9f:c2:11:22:33"],
            ),
        ],
    )
    def test_run_yields_the_two_addresses_and_not_the_ethertype(self, text, macs):
        assert [v for _, v in found(text, "MAC_ADDRESS")] == macs

    @pytest.mark.parametrize(
        "text",
        [
            # 16 and 20 octets: key fingerprints (MD5, SHA-1), not link-layer headers
            "ssh-keygen -l: 2048 MD5:3c:22:fb:10:aa:01:f0:9f:c2:11:22:33:08:00:12:34 host (RSA)",
            "cert fp 3c:22:fb:10:aa:01:f0:9f:c2:11:22:33:08:00:12:34:56:78:9a:bc",
            # twelve octets without any MAC word
            "blob 3c:22:fb:10:aa:01:f0:9f:c2:11:22:33 stored",
            # the run inside a longer colon run does not start a candidate
            "x=00:3c:22:fb:10:aa:01:f0:9f:c2:11:22:33:08:00",
        ],
    )
    def test_other_colon_runs_are_not_split_into_macs(self, text):
        assert found(text, "MAC_ADDRESS") == []

    def test_fourteen_octets_with_a_hash_word_are_not_reported(self):
        text = "checksum 3c:22:fb:10:aa:01:f0:9f:c2:11:22:33:08:00"
        assert found(text, "MAC_ADDRESS") == []

    def test_run_split_is_available_to_a_direct_detector_call(self):
        text = "MAC=3c:22:fb:10:aa:01:f0:9f:c2:11:22:33:08:00"
        spans = [(f.start, f.end) for f in MacAddressDetector()(text)]
        assert spans == [(4, 21), (22, 39)]


class TestDecimalRunsBesideClientWords:
    """Twelve decimal digits are a number unless a word names a hardware address."""

    @pytest.mark.parametrize(
        "text",
        [
            "[core:error] [pid 4321:tid 140123456789] [client 203.0.113.9:51234] AH00124: x",
            "client 140123456789 joined",
            "wifi station 140123456789 roamed",
        ],
    )
    def test_a_thread_id_or_count_near_client_is_no_mac(self, text):
        assert found(text, "MAC_ADDRESS") == []

    @pytest.mark.parametrize(
        "text",
        ["hwaddr 140123456789", "Client MAC 140123456789", "bssid=140123456789",
         "Calling-Station-Id=140123456789", "ether-addr 140123456789"],
    )  # fmt: skip
    def test_a_hardware_address_word_keeps_it(self, text):
        assert [v for _, v in found(text, "MAC_ADDRESS")] == ["140123456789"]

    def test_hex_runs_keep_the_client_word(self):
        assert [v for _, v in found("client 001a2b3c4d5e", "MAC_ADDRESS")] == ["001a2b3c4d5e"]


class TestCompactDeviceId:
    """An SDK device id in 32 hex digits (Adjust's ``adid``) is a device id; an MD5 is not."""

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            (
                '{"adid":"9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b","event":"open"}',
                "9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b",
            ),
            (
                "adid=9B2E0C4F7A1D4E6F8A3B5C7D9E0F1A2B tracker=abc",
                "9B2E0C4F7A1D4E6F8A3B5C7D9E0F1A2B",
            ),
            (
                '{"installation_id": "0f3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e"}',
                "0f3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e",
            ),
        ],
    )
    def test_hex32_in_device_context_is_a_device_id(self, text, value):
        assert found(text) == [("DEVICE_ID", value)]

    @pytest.mark.parametrize(
        "text",
        [
            '{"device":"ios","md5":"9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b"}',
            '{"device_md5":"9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b"}',
            "device=ios trace_id=9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b",
            "etag 9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2b",
            "adid=9b2e0c4f7a1d4e6f8a3b5c7d9e0f1a2bc",  # 33 digits
        ],
    )
    def test_digests_and_trace_ids_are_not_device_ids(self, text):
        assert found(text, "DEVICE_ID") == []

    def test_uuid_under_adid_stays_an_advertising_id(self):
        text = '{"adid":"4e0f9616-35fe-4269-813c-ff008b83741a"}'
        assert found(text) == [("ADVERTISING_ID", "4e0f9616-35fe-4269-813c-ff008b83741a")]

    def test_uuid_under_a_device_word_is_still_a_device_id(self):
        text = "device_uuid=4e0f9616-35fe-4269-813c-ff008b83741a"
        assert found(text) == [("DEVICE_ID", "4e0f9616-35fe-4269-813c-ff008b83741a")]


class TestStructuredCookie:
    """A cookie whose value is ``k=v&k=v`` fields: only identifier fields are reported."""

    def test_flags_and_timestamps_are_not_identifiers(self):
        text = "Cookie: sess=Xq81bd0Zk2lP9s; rumstate=rum=0&expire=1730632709175"
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "Xq81bd0Zk2lP9s")]

    def test_identifier_field_is_reported_alone(self):
        uid = "4e0f9616-35fe-4269-813c-ff008b83741a"
        text = f"cookie: _dd_s=rum=1&id={uid}&created=1730632709175&expire=1730633609175"
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", uid)]

    def test_set_cookie_fields_and_attributes(self):
        text = "Set-Cookie: prefs=u=8f3kQ2xLm0Zp&t=1730632709; Path=/; Max-Age=3600"
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "8f3kQ2xLm0Zp")]

    @pytest.mark.parametrize("value", ["1730632709", "1730632709175"])
    def test_a_bare_epoch_cookie_is_a_timestamp(self, value):
        assert found(f"Cookie: last_visit={value}; sid=Xq81bd0Zk2lP9s", "COOKIE_ID") == [
            ("COOKIE_ID", "Xq81bd0Zk2lP9s")
        ]

    @pytest.mark.parametrize("value", ["17306327091", "4730632709", "Zq81bd0Zk2lP9s=="])
    def test_numbers_that_are_not_epochs_and_base64_padding_stay_values(self, value):
        assert found(f"Cookie: uid={value}", "COOKIE_ID") == [("COOKIE_ID", value)]

    def test_fields_helper_reports_offsets_inside_the_value(self):
        value = "a=1&id=Xq81bd0Zk2lP9s&ts=1730632709"
        assert [value[s:e] for s, e in CookieDetector._fields(value)] == ["Xq81bd0Zk2lP9s"]


class TestHostHeader:
    """A host-name field names a server; the same host in a referrer or prose is a URL."""

    @pytest.mark.parametrize(
        "text",
        [
            "> Host: www.shop-example.com\n> Accept: */*",
            "GET / HTTP/1.1\r\nhost: www.shop-example.com:8443\r\n",
            'upstream="10.0.0.2:443" host="www.shop-example.com" status=200',
            ":authority: www.shop-example.com",
            "postfix/smtpd: connect from unknown helo=<www.shop-example.com>",
            "ssl: server_name=www.shop-example.com cipher=TLS_AES_128_GCM_SHA256",
        ],
    )
    def test_host_name_fields_are_not_urls(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Visit www.shop-example.com today", "www.shop-example.com"),
            ("the host www.shop-example.com is down", "www.shop-example.com"),
            (
                "our ghost story is at www.shop-example.com/cart?id=3 now",
                "www.shop-example.com/cart?id=3",
            ),
        ],
    )
    def test_urls_in_prose_are_still_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "Referer: www.shop-example.com",
            "> Host: www.shop-example.com/cart?id=3",
            "ghost: www.shop-example.com\nAccept: */*",
            "Accept: */*\nghost: https://www.shop-example.com/",
            "X-Original-URL: https://www.shop-example.com/",
            "Location: https://www.shop-example.com/cart",
        ],
    )
    def test_urls_in_header_lines_hold_no_personal_part(self, text):
        # header lines are machine text: a URL there is reported only by its personal parts
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Contact: https://www.jane-example.com/.", "https://www.jane-example.com/"),
            ("Website: www.jane-example.com", "www.jane-example.com"),
            ("Dear team,\nHomepage: https://jane.example/me\nThanks", "https://jane.example/me"),
        ],
    )
    def test_a_labelled_url_outside_a_header_block_is_prose(self, text, url):
        # one "Name: value" line among prose lines labels a value; it is no header block
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Name: Jane Doe\nHomepage: https://jane.example/me", "https://jane.example/me"),
            (
                "Ticket: 48213\nLinkedIn: https://www.linkedin.com/in/jane-doe-1234\nPlan: pro",
                "https://www.linkedin.com/in/jane-doe-1234",
            ),
            ("email: jane@example.com\nwebsite: https://jane.example", "https://jane.example"),
        ],
    )
    def test_a_persons_site_in_a_block_of_fields_is_reported_whole(self, text, url):
        # a contact record's block of fields is no header block for its site fields
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "Host: www.shop-example.com\nReferer: https://www.shop-example.com/cart",
            "name: mychart\nhome: https://chart.example.org/\nversion: 1.0",
        ],
    )
    def test_other_fields_of_a_block_stay_machine_values(self, text):
        assert found(text, "URL") == []


class TestUrlsWithoutScheme:
    """A host and a path with no scheme (``github.com/jane``) is a URL in prose."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("see github.com/jane-doe for my code", "github.com/jane-doe"),
            ("Profile: linkedin.com/in/jane-doe-1234", "linkedin.com/in/jane-doe-1234"),
            ("(docs at docs.python.org/3/library/re.html)", "docs.python.org/3/library/re.html"),
            ("facebook.com/Jane.Doe", "facebook.com/Jane.Doe"),  # a whole value
        ],
    )
    def test_reported_in_prose(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    @pytest.mark.parametrize(
        "text",
        [
            "we build on ASP.NET/Core and node.js/react",  # products, file names
            "served from /var/www/example.com/htdocs today",  # a directory
            "mail jane@example.com/x",  # an address's domain
            "go.example.io/collector/internal.NewSender.func3",  # Go stack frames
            "     go.example.io/collector@v0.120.0/internal/sender.go:128",
            "GET example.com/a HTTP/1.1",  # a request line: machine text
            # a bare domain name as a record's field value: machine text (a line that is one
            # setting alone is reported: test_links_as_settings)
            "ts=1 website=example.com",
        ],
    )
    def test_not_reported(self, text):
        assert found(text, "URL") == []


class TestUrlSchemes:
    """Any scheme names a URL in prose; in machine text a DSN's password is an AUTH_TOKEN."""

    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("join irc://irc.example.org/jane-doe tonight", "irc://irc.example.org/jane-doe"),
            ("telnet://bbs.example.edu/ still works", "telnet://bbs.example.edu/"),
            ("the feed is at rtmp://live.example.com/jane now", "rtmp://live.example.com/jane"),
            ("See HTTPS://WWW.EXAMPLE.COM/x today", "HTTPS://WWW.EXAMPLE.COM/x"),
        ],
    )
    def test_a_prose_url_of_any_scheme_is_reported(self, text, url):
        assert found(text, "URL") == [("URL", url)]

    def test_a_dsn_in_machine_text_reports_its_password_only(self):
        line = "DATABASE_URL=postgres://app:pw4Xk9@db.internal:5432/x"
        assert found(line) == [("AUTH_TOKEN", "pw4Xk9")]

    @pytest.mark.parametrize("text", ["a 1.2://x.example.com/a b", "x_irc://irc.example.org/a"])
    def test_no_scheme_no_url(self, text):
        # a scheme starts with a letter and is not glued to a word
        assert [u for u in found(text, "URL") if "://" in u[1]] == []


class TestPhoneBoundaries:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("Call me (+1 202-555-0153) tomorrow", "+1 202-555-0153"),
            ("Bureau (+33 1 42 68 53 00), merci", "+33 1 42 68 53 00"),
            ("Tel:+33 1 42 68 53 00", "+33 1 42 68 53 00"),
            ("phone=+44 20 7946 0958 ok", "+44 20 7946 0958"),
            ("tel:(202) 555-0153", "(202) 555-0153"),
            ("Ring +49 30 901820 now", "+49 30 901820"),
        ],
    )
    def test_international_numbers_in_brackets_and_after_keys(self, text, phone):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", phone)]

    @pytest.mark.parametrize(
        "text",
        [
            'https 2026-02-28T20:51:01 10.1.2.3:443 0.000 0.425 0.000 200 200 981 2481 "GET /"',
            "stats rx 1200 340 555 0153 tx 0",
            "port:8080 2025551234",
            "build=20250101 2025551234",
        ],
    )
    def test_columns_of_numbers_and_keyed_numbers_are_not_phones(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_a_number_column_does_not_hide_an_international_number(self):
        text = "stats 12 +1 202-555-0153"
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", "+1 202-555-0153")]

    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("from 10.1.2.3 415-555-0132 called", "415-555-0132"),
            ("client 192.168.0.7 (415) 555-0132", "(415) 555-0132"),
            ("peer 8.8.8.8 +44 20 7946 0958", "+44 20 7946 0958"),
        ],
    )
    def test_an_address_does_not_hide_the_phone_number_after_it(self, text, phone):
        # The address is no phone number, and it is no start of one either: a candidate
        # that began at the address and took the number in was rejected as a whole.
        assert found(text) == [("IP_ADDRESS", text.split()[1]), ("PHONE_NUMBER", phone)]

    @pytest.mark.parametrize(
        "text", ["10.1.2.3 - - [x]", "ip 10.1.2.3 555 0100", "1.2.3.4.5 6.7.8.9", "(10.1.2.3)"]
    )
    def test_an_address_is_never_part_of_a_phone_number(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestPhoneLabel:
    """Only the context word nearest the number labels it."""

    @pytest.mark.parametrize(
        "text",
        [
            "Call 202-555-0153 about your order",
            "Questions about your order? Call 202-555-0153",
            "For order status, phone 202-555-0153",
            "Phone number: 202-555-0153",
        ],
    )
    def test_a_phone_label_wins_over_an_order_elsewhere(self, text):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", "202-555-0153")]

    @pytest.mark.parametrize(
        "text",
        [
            "Order 202-555-0153",
            "Call us about order 202-555-0153",
            "Order number: 202-555-0153",
            "Phone orders: tracking number 202-555-0153",
        ],
    )
    def test_an_order_label_right_before_the_number_wins(self, text):
        assert found(text, "PHONE_NUMBER") == []


class TestGroupedDigitBoundaries:
    """A change of separator ends a digit-group candidate, so neighbours stay separate."""

    @pytest.mark.parametrize(
        ("text", "card"),
        [
            ("call 202-555-0153 4111 1111 1111 1111", "4111 1111 1111 1111"),
            ("paid at 12-34 5500 0000 0000 0004", "5500 0000 0000 0004"),
            ("card 4111-1111-1111-1111 2026", "4111-1111-1111-1111"),
            ("card 4111 1111 1111 1111 2026", "4111 1111 1111 1111"),
        ],
    )
    def test_card_next_to_other_digit_groups(self, text, card):
        assert ("CREDIT_CARD", card) in found(text)

    def test_phone_before_a_card_keeps_both(self):
        text = "call 202-555-0153 4111 1111 1111 1111"
        assert found(text) == [
            ("PHONE_NUMBER", "202-555-0153"),
            ("CREDIT_CARD", "4111 1111 1111 1111"),
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "4111 1111 1111 1112 2026",  # Luhn fails with or without the trailing group
            "4111-1111 1111-1111",  # mixed separators are not one card
        ],
    )
    def test_no_card_is_made_up(self, text):
        assert found(text, "CREDIT_CARD") == []

    def test_ssn_followed_by_other_groups(self):
        assert found("SSN 536-22-1841 12 34", "US_SSN") == [("US_SSN", "536-22-1841")]


class TestBearerWords:
    @pytest.mark.parametrize(
        "value",
        [
            "authenticationrequired",
            "AUTHENTICATIONREQUIRED",
            "InvalidTokenError",
            "invalidTokenErrorMessage",
        ],
    )
    def test_words_after_bearer_are_not_tokens(self, value):
        assert found(f"WWW-Authenticate: Bearer {value}", "AUTH_TOKEN") == []

    @pytest.mark.parametrize(
        "value",
        [
            "aKqPzLmWxYtRbNcDeF",
            "8f14e45fceea167a5a36dedd4bea2543",
            "1pcYWjrND15mJa-jDIK3ClSdAMqA7HBGZ",
            "ya29.a0AfH6SMBxKq81bd",
        ],
    )
    def test_random_tokens_are_still_tokens(self, value):
        assert found(f"Authorization: Bearer {value}", "AUTH_TOKEN") == [("AUTH_TOKEN", value)]


class TestFlowEndpoints:
    """tcpdump-style endpoints join the port with a dot: ``IP a.b.c.d.port > e.f.g.h.port``."""

    @pytest.mark.parametrize(
        ("text", "ips"),
        [
            (
                "12:00:00.123456 IP 192.168.1.10.51234 > 93.184.216.34.443: Flags [S], seq 1",
                ["192.168.1.10", "93.184.216.34"],
            ),
            ("09:15:02.5 IP 10.10.10.10.80 > 10.10.10.11.53214: UDP, length 40",
             ["10.10.10.10", "10.10.10.11"]),  # every group two digits, still a flow
            ("flow 10.0.0.1.5353 > 224.0.0.251.5353: 0 PTR (QM)?", ["10.0.0.1", "224.0.0.251"]),
            ("sniff: IP 172.16.0.9.22: tcp 0", ["172.16.0.9"]),
            ("IP 10.0.0.1 > 10.0.0.2: ICMP echo request", ["10.0.0.1", "10.0.0.2"]),
        ],
    )  # fmt: skip
    def test_endpoints_found_without_port(self, text, ips):
        assert [v for _, v in found(text, "IP_ADDRESS")] == ips

    @pytest.mark.parametrize(
        "text",
        [
            "Appeler le 06.12.34.56.78 demain",  # a French phone number: no flow
            "build 10.0.0.1.2 > 10.0.0.1.1",  # versions compared, not a flow
            "requires lib > 1.2.3.4.5",  # one end only, and no "IP " before it
            "pkg 1.2.3.4.5 installed",
        ],
    )
    def test_five_groups_outside_a_flow_are_no_address(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestFtpHosts:
    """FTP writes a data connection's host as comma-separated numbers (RFC 959)."""

    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("227 Entering Passive Mode (192,0,2,208,195,149).", "192,0,2,208"),
            ('CONNECT: Client "::ffff:10.1.2.3", "PORT 10,1,2,3,19,137"', "10,1,2,3"),
        ],
    )
    def test_host_found_as_written(self, text, ip):
        assert ("IP_ADDRESS", ip) in found(text, "IP_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "227 Entering Passive Mode (999,0,2,208,195,149).",  # not an address
            "EXPORT 1,2,3,4,5,6",  # another word ending in PORT
            "values 1,2,3,4,5,6",  # a list of numbers
            "PORT 10,1,2,3,19",  # five numbers: not the six of RFC 959
        ],
    )
    def test_near_misses(self, text):
        assert found(text, "IP_ADDRESS") == []
