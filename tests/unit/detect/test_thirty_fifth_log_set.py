"""A mail server's log lines (issue 10, thirty-fifth log set's development work).

A return path that a mail system rewrote runs its local part on over ``=`` (RFC 5322 ``atext``
holds it): the Sender Rewriting Scheme's ``SRS0=HHH=TT=example.org=jane@srs.example.net``,
Bounce Address Tag Validation's ``prvs=0123456789=jane@example.org`` and a VERP address
``owner-list+jane=example.org@lists.example.net`` are one address each, whole. Elsewhere ``=``
joins a key to the address after it (``from=jane@example.org``), which starts after it.

In an SMTP server's reply, after its code and enhanced status code (``450 4.7.1``), a one-word
person that is no census name (``Greylisted``, ``Gmail``) is the server's word, not a name.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import found, kept_entities

from privkit.detect import _ner

_LOCAL = st.from_regex(r"[a-z][a-z0-9]{0,9}(?:\.[a-z][a-z0-9]{0,9})?", fullmatch=True)
_KEY = st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True)
_DOMAIN = st.from_regex(r"[a-z][a-z0-9]{0,9}\.(?:org|net|com|co\.uk)", fullmatch=True)


class TestAReturnPathIsOneAddress:
    @pytest.mark.parametrize(
        "address",
        [
            "SRS0=1sN3=5P=example.org=noreply@srs.example.net",
            "SRS1=abcd=example.com==efgh=TT=example.org=jane@srs.example.net",
            "srs0=HHH=TT=example.org=jane@srs.example.net",
            "prvs=0123456789=jane@example.org",
            "btv1==0123456789=jane@example.org",
            "bounces+2320708-7653-frank.test=example.co.uk@sendgrid.example.net",
            "owner-list+jane=example.org@lists.example.net",
        ],
    )
    @pytest.mark.parametrize("before", ["from=<{}>", "{}", "from={} to=<a@example.com>", "<{}>"])
    def test_whole(self, address, before):
        text = before.format(address)
        assert ("EMAIL_ADDRESS", address) in found(text, "EMAIL_ADDRESS")

    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("user=jane@example.org", "jane@example.org"),  # a key
            ("sasl_username=a+b@example.org", "a+b@example.org"),  # a key, "+" in the address
            # (a key's value whose first part names no key is a local part holding "=":
            # H230, as the vector sets' ``value=user+mailbox/department=shipping@``)
            ("key=a+b=jane@example.org", "a+b=jane@example.org"),
            ("x=jane.doe@example.org", "jane.doe@example.org"),  # no "+" before the "="
            ("to=list=example.org@lists.example.net", "example.org@lists.example.net"),
            ("mySRS0=a=b@example.org", "b@example.org"),  # no tag: glued to a word
        ],
    )
    def test_a_key_before_it_stays_out(self, text, address):
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]

    @given(
        _KEY.filter(lambda k: k.lower() not in {"prvs", "btv1", "srs0", "srs1"}), _LOCAL, _DOMAIN
    )
    def test_a_keys_address_starts_after_its_equals_sign(self, key, local, domain):
        text = f"{key}={local}@{domain} status=sent"
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", f"{local}@{domain}")]

    @given(_LOCAL, st.integers(0, 10**8), _LOCAL, _DOMAIN, _DOMAIN)
    def test_any_verp_address_is_whole(self, owner, number, user, rdomain, domain):
        address = f"{owner}+{number}-{user}={rdomain}@{domain}"
        text = f"from=<{address}> size=1"
        assert found(text, "EMAIL_ADDRESS") == [("EMAIL_ADDRESS", address)]

    def test_a_local_part_stays_within_64_characters(self):
        long = "a" * 70
        text = f"from=<SRS0={long}=example.org=jane@srs.example.net>"
        got = found(text, "EMAIL_ADDRESS")
        assert got
        assert all(len(v.split("@")[0]) <= 64 for _, v in got)


class TestAnSmtpReplysWords:
    @pytest.fixture(autouse=True)
    def _census(self):
        _ner._GAZETTEER.load()  # the rule reads the census lists

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            (("host mx.example.com[192.0.2.1] said: 450 4.7.1 <a@example.com>: Recipient "
              "address rejected: Greylisted for 5 minutes"), "Greylisted"),
            (("host mx.example.com[192.0.2.1] said: 550-5.7.1 message is likely unsolicited "
              "mail sent 550-5.7.1 to Gmail, this message has been blocked"), "Gmail"),
        ],
    )  # fmt: skip
    def test_a_word_of_the_reply_is_no_name(self, text, word):
        assert kept_entities(text, [(word, "PERSON")]) == []

    @pytest.mark.parametrize(
        ("text", "word"),
        [
            # a census name in the reply
            ("said: 550 5.1.1 mailbox of Mark unavailable", "Mark"),
            # two words
            ("said: 550 5.1.1 mailbox of Priya Sharma unavailable", "Priya Sharma"),
            # before the code
            ("Greylisted said: 450 4.7.1 try again", "Greylisted"),
            # no enhanced status code: prose
            ("In 2024 Greylisted wrote to 450 people", "Greylisted"),
            # the code on another line
            ("said: 450 4.7.1 try later\nGreylisted wrote back", "Greylisted"),
            # a version, not a reply code
            ("release 450 4.7.1.2 by Greylisted", "Greylisted"),
        ],
    )
    def test_kept(self, text, word):
        assert kept_entities(text, [(word, "PERSON")]) == [word]

    def test_off_without_the_gazetteer(self, monkeypatch):
        monkeypatch.setattr(_ner, "_GAZETTEER", _ner.Gazetteer())
        text = "said: 450 4.7.1 rejected: Greylisted for 5 minutes"
        assert not _ner._smtp_reply_word(text, text.index("Greylisted"), "Greylisted")

    def test_the_addresses_of_the_reply_are_found(self):
        text = "said: 550 5.1.1 <jane@example.org>: Recipient rejected (198.51.100.7)"
        assert ("EMAIL_ADDRESS", "jane@example.org") in found(text)
        assert ("IP_ADDRESS", "198.51.100.7") in found(text)
