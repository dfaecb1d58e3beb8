"""Authentication, service and kernel logs (issue 10, fifteenth log set's development work).

A Kerberos service principal (``cifs/host@REALM``, ``krbtgt/REALM@REALM``) names a service,
and a systemd template unit's instance (``name@instance.service``) a unit: neither is a
mailbox, while a user's principal (``jdoe@EXAMPLE.COM``) and an address in a URL's path stay
found. Erlang's date and time (``7-Jun-2015::03:42:13``) is no IPv6 address; a number of zeros
only (``(00) 00000000``) is no phone number; a host name logged with its address
(``foo.com (foo.com [192.0.2.1])``) or glued in brackets to a word (``be[example.com]``) is a
log's field, not a site named in a sentence; an access line without a size still has its
agent, and Swift's transaction id in that field is none. In the model's readings, PostgreSQL's
and the kernel's device lines open log records, and an entity spanning a fixed-width record's
column gap, or a label ending in a field noun (``Sequential Number:``), is no name.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner


class TestServicePrincipalsAreNoMailboxes:
    @pytest.mark.parametrize(
        ("text", "kept"),
        [
            ("opshzl@EXAMPLE.COM for cifs/files1.example.com@EXAMPLE.COM, Server not found",
             ["opshzl@EXAMPLE.COM"]),
            ("NEEDED_PREAUTH: jdoe@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Additional",
             ["jdoe@EXAMPLE.COM"]),
            ("ISSUE: authtime 1, jdoe@EXAMPLE.COM for HTTP/web7.example.com@EXAMPLE.COM",
             ["jdoe@EXAMPLE.COM"]),
            ('principal="host/db.corp.example.org@CORP.EXAMPLE.ORG" ok', []),
        ],
    )  # fmt: skip
    def test_a_service_before_a_realm_is_no_address(self, text, kept):
        assert [v for _, v in found(text, "EMAIL_ADDRESS")] == kept

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("GET https://example.com/users/jdoe@example.com/profile", "jdoe@example.com"),
            ("path a/b/jdoe@EXAMPLE.COM", "jdoe@EXAMPLE.COM"),
            ("send to mail/jdoe@example.com now", "jdoe@example.com"),
            ("UPN [username@REDHAT.COM]", "username@REDHAT.COM"),
        ],
    )
    def test_user_principals_and_addresses_in_paths_stay(self, text, address):
        assert ("EMAIL_ADDRESS", address) in found(text, "EMAIL_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "args=/bin/systemctl is-active pki-tomcatd@pki-tomcat.service",
            "Started getty@tty1.service and serial-getty@ttyS0.service",
            "Listening on sshd@0-10.0.0.5:22-10.0.0.9:4711.socket",
            "Created slice user-1000.slice; mounted home@data.mount",
        ],
    )
    def test_a_systemd_unit_instance_is_no_address(self, text):
        assert found(text, "EMAIL_ADDRESS") == []


class TestErlangTimesAndZeros:
    @pytest.mark.parametrize(
        "text",
        [
            "=INFO REPORT==== 7-Jun-2015::03:42:13 ===",
            "=ERROR REPORT==== 17-Dec-2019::23:01:59 ===",
        ],
    )
    def test_an_erlang_date_is_no_ipv6_address(self, text):
        assert found(text, "IP_ADDRESS") == []

    @pytest.mark.parametrize(
        "text", ["host 2015::3:42:13 up", "peer 2001:db8::42:13 down", "from [2015::1]:443"]
    )
    def test_ipv6_addresses_stay(self, text):
        assert found(text, "IP_ADDRESS") != []

    def test_a_number_of_zeros_is_no_phone(self):
        text = "(00) 00000000 (ra=00000000) sp:00000000(00) 00000000"
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize("text", ["phone: 000 000 0000", "tel (00) 00 00 00 00"])
    def test_zeros_after_a_phone_word_are_no_phone_either(self, text):
        assert found(text, "PHONE_NUMBER") == []

    def test_a_number_with_other_digits_stays(self):
        assert found("call +44 20 7946 0018 today", "PHONE_NUMBER") != []


class TestLoggedHostsAreNoSites:
    @pytest.mark.parametrize(
        "text",
        [
            "foo.com (foo.com [6.6.6.0]) XYZ no such user XYZ",
            "mail.example.com (mail.example.com [2001:db8::a11:beef:7ac0]) refused",
            "connect from example.com[192.0.2.1] rejected",
            "(Mon Feb 13 08:32:07 2017) [sssd[be[redhat.com]]] [sdap_get_generic_op_finished]",
        ],
    )
    def test_a_host_field_is_no_url(self, text):
        assert found(text, "URL") == []

    @pytest.mark.parametrize(
        "text", ["my site is example.com and more", "visit [example.com] today"]
    )
    def test_sites_in_sentences_stay(self, text):
        assert ("URL", "example.com") in found(text, "URL")


class TestAgentsOfShortAccessLines:
    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            (('10.42.42.51 - - [19/Apr/1943:03:14:15 +0000] "GET /roundcube HTTP/1.1" 200 "-" '
             '"Mozilla/4.0"'), "Mozilla/4.0"),
            (('10.42.42.56 - - [19/Apr/1943:03:14:15 +0000] "GET /x HTTP/1.1" 200 '
              '"https://example.com/wp-admin.php" "Mozilla/5.0"'), "Mozilla/5.0"),
            (('10.0.0.1 - - [01/Mar/2019:14:49:13 +0000] "GET / HTTP/1.1" 200 512 "-" '
              '"Wget/1.0"'), "Wget/1.0"),
        ],
    )  # fmt: skip
    def test_the_agent_after_the_referrer(self, text, agent):
        assert ("USER_AGENT", agent) in found(text, "USER_AGENT")

    def test_a_transaction_id_is_no_agent(self):
        text = (
            'container-server: 10.40.28.2 - - [01/Mar/2019:14:49:13 +0000] "DELETE /1/177/x" '
            '409 - "DELETE http://localhost/v1/x" "txdd303f0a04264ca9b9921-005c794669" '
            '"proxy-server 25600" 0.0009 "-" 27659 -'
        )
        assert found(text, "USER_AGENT") == []


class TestModelReadingsInServiceLogs:
    @pytest.mark.parametrize(
        "line",
        [
            "LOG:  autovacuum launcher started",
            "DETAIL:  Key (id)=(1) already exists.",
            "scsi 4:0:0:0: Direct-Access     HP       LOGICAL VOLUME   3.04 PQ: 0 ANSI: 5",
            "hpsa 0000:02:00.0: RAID              device c4b3t0l0 added.",
        ],
    )
    def test_postgresql_and_kernel_device_lines_are_log_records(self, line):
        assert _ner.log_record(line)

    @pytest.mark.parametrize("line", ["Log: John called", "scsi is fine: ok", "Detail: see Ann"])
    def test_prose_with_those_words_is_no_log_record(self, line):
        assert not _ner.log_record(line)

    def test_an_entity_over_a_column_gap_is_no_name(self):
        text = "scsi 4:0:0:0: Direct-Access     HP       LOGICAL VOLUME   3.04"
        assert kept_entities(text, [("Direct-Access     HP       LOGICAL VOLUME", "ORG")]) == []

    @pytest.mark.parametrize(
        ("text", "label"),
        [("Head Sequential Number: 20157 (4ebd)", "Sequential Number"),
         ("Retry Count: 3", "Retry Count")],
    )  # fmt: skip
    def test_a_label_ending_in_a_field_noun_is_no_name(self, text, label):
        assert kept_entities(text, [(label, "PERSON")]) == []

    def test_a_name_before_a_colon_in_a_sentence_stays(self):
        text = "Please ask Anna Smith: she knows."
        assert kept_entities(text, [("Anna Smith", "PERSON")]) == ["Anna Smith"]

    def test_a_name_in_a_sentence_stays(self):
        text = "Please call Anna Smith tomorrow about the invoice."
        assert kept_entities(text, [("Anna Smith", "PERSON")]) == ["Anna Smith"]
