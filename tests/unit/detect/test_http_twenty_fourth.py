"""A partner's id of the browser in a URL nested, percent-encoded, in another URL's query
(issue 10, twenty-fourth HTTP set's development work, found on the sixth set's development
part).

A cookie-sync chain hands the partner's URL along inside another URL's query
(``...&r=https%3A%2F%2Fsync.x.com%2Fsync%3Fp%3Dpm%26obUid%3D<id>``), and with it the partner's
id of the browser. Each nested pair is judged as the same pair of a plain URL: a key naming a
client, visitor or user id with an opaque value, or any key of a cookie-sync URL but the
partner's own side. Templates, words, short values, a publisher's id and keys of a page that
is no sync URL are still no id; the reading stays linear on a hostile run of nested pairs.
"""

from __future__ import annotations

import time

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _ids(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "COOKIE_ID"]


def _nested(inner: str) -> str:
    return f"GET https://px.example-ads.com/p?gdpr=0&redir=https%3A%2F%2F{inner} HTTP/1.1"


class TestNestedQueryIds:
    @pytest.mark.parametrize(
        ("inner", "value"),
        [
            # a key naming the partner's user id, after the nested "&"
            ("sync.pubmatic.com%2Fsync%3Fp%3Dpubmatic%26obUid%3DoJsCdwcVEWgFrZtAfFtwdeESBSMazO8X",
             "oJsCdwcVEWgFrZtAfFtwdeESBSMazO8X"),
            # a user id of digits under "userid" in a sync endpoint's query
            ("x.com%2Fcookie-sync%3Fgdpr%3D0%26userid%3D780886288352104287", "780886288352104287"),
            # any key of a sync path ("/suid/<n>?vk="): a UUID, right after the nested "?"
            ("x.postrelease.com%2Fsuid%2F1009%3Fvk%3Daa4d8740-6b79-4c50-8f3d-7b672f8db1b3",
             "aa4d8740-6b79-4c50-8f3d-7b672f8db1b3"),
            # the scheme in either case, a visitor id in a plain page's query
            ("shop.example.net%2Fcart%3Fvisitor_id%3D5f2c9a7e81d34b0c", "5f2c9a7e81d34b0c"),
            # Google Analytics' client id under client_id is the browser's
            ("www.example-shop.com%2Fcheckout%3Fclient_id%3D1611304118.1716249600",
             "1611304118.1716249600"),
        ],
    )  # fmt: skip
    def test_a_nested_partner_id_is_a_cookie_id(self, scanner, inner, value):
        assert _ids(scanner, _nested(inner)) == [value]

    def test_an_encoded_base64_id_keeps_its_encoded_characters(self, scanner):
        text = _nested("s.x.com%2Fsync%3Fpuid%3DAbC%2Bd9Ef%2Fgh12Qz%3D%3D%26gdpr%3D1")
        assert _ids(scanner, text) == ["AbC%2Bd9Ef%2Fgh12Qz%3D%3D"]

    @pytest.mark.parametrize(
        "inner",
        [
            # a template where the partner writes its id
            "x.com%2Fsync%3Fbidder%3Dpm%26uid%3D%7BPUB_USER_ID%7D",
            "x.com%2Fsync%3Fbidder%3Dpm%26uid%3D%24%7BUID%7D",
            # a page that is no sync URL: its keys are a page's
            "news.example.org%2Farticle%3Fslug%3Dhello-world-article%26page%3D12345678",
            # the publisher's own id in a sync URL
            "x.com%2Fsync%3Fpubid%3Dpub8006743166848%26gdpr%3D1",
            # too short for an id, and a word under an id's key
            "x.com%2Fsync%3Fuid%3Dab12",
            "x.com%2Fsync%3Fuser_id%3Dundefined_user",
            # OAuth's client_id in a sign-in's redirect: the application's id
            "id.example.nl%2Fauthorize%2Fcallback%3Fclient_id%3Dnpostart-24i-web-production",
            "login.example.com%2Fauthorize%3Fresponse_type%3Dcode%26client_id%3D8f3Kq0Lm2Zx9Vb7N",
        ],
    )
    def test_no_id_in_a_nested_query(self, scanner, inner):
        assert _ids(scanner, _nested(inner)) == []

    def test_an_encoded_query_without_a_nested_url_is_left(self, scanner):
        # a relative path written encoded: no URL is nested, no pair is read
        text = "GET https://a.example.com/p?next=%2Faccount%3Fuid%3D5f2c9a7e81d34b0c HTTP/1.1"
        assert _ids(scanner, text) == []

    def test_a_link_a_cookie_stores_is_no_query(self, scanner):
        link = "https%3A%2F%2Fx.example%2Fsync%3FobUid%3D9f3K2mQ7xL0pR4tV8wZ1"
        assert _ids(scanner, f"GET / HTTP/1.1\nCookie: last_page={link}; a=1") == []
        assert _ids(scanner, f"see the link {link} below") == []

    def test_a_space_between_the_nested_url_and_the_pair_ends_the_url(self, scanner):
        text = "see https%3A%2F%2Fx.com%2Fsync%3Fa%3D1 and then %26uid%3D5f2c9a7e81d34b0c later"
        assert _ids(scanner, text) == []

    def test_a_hostile_run_of_nested_pairs_reads_in_linear_time(self, scanner):
        pair = "%26uid%3D" + "a1" * 40
        text = _nested("x.com%2Fsync%3F" + pair * 6000)  # about 0.5 MB
        started = time.perf_counter()
        found = _ids(scanner, text)
        assert time.perf_counter() - started < 5.0
        assert found  # the pairs are ids, each read once
