"""Request text of virtualisation and cloud API clients (issue 10, eighteenth HTTP set's
development work).

A service's own authorization header holding a bare token (vCloud Director's
``X-Vcloud-Authorization``) is a credential, also when the same token is echoed in a cookie;
a ``name`` filter on a list of things an infrastructure API lists (``/v3/projects?name=``)
names the thing, not a person; a response's ``Allow:`` header line is a header, not a name.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

from privkit.detect._builtin.url import _personal_query_value
from privkit.detect._ner import header_or_machine_line

TOKEN = "8uBgmoTofdGxXK94zfLBrER1xUZdsLM4KEnw/70jamk="


class TestServiceAuthorizationHeaders:
    @pytest.mark.parametrize(
        "name", ["X-Vcloud-Authorization", "x-vcloud-authorization", "X-Service-Authorization"]
    )
    def test_a_bare_token_under_a_services_authorization_header_is_a_credential(self, name):
        text = f"GET https://vcd.example.org/api/org\n{name}: {TOKEN}\nAccept: */*"
        assert found(text, "AUTH_TOKEN") == [("AUTH_TOKEN", TOKEN)]

    def test_the_token_echoed_in_a_cookie_stays_a_credential_in_its_header(self):
        text = (
            "HTTP/1.1 200\nDate: Thu, 15 Aug 2013 18:24:07 GMT, Thu, 15 Aug 2013 18:24:07 GMT\n"
            f"X-Vcloud-Authorization: {TOKEN}\n"
            f"Set-Cookie: vcloud-token={TOKEN}; Secure; Path=/\nContent-Length: 1014"
        )
        got = found(text)
        assert ("AUTH_TOKEN", TOKEN) in got
        assert got.count(("COOKIE_ID", TOKEN)) == 1  # the cookie's own value only

    @pytest.mark.parametrize(
        "value", ["none-at-all-here", "required", "<TOKEN>", "XXXXXXXXXXXXXXXXXXXX"]
    )
    def test_words_and_placeholders_are_no_credential(self, value):
        text = f"GET https://vcd.example.org/api/org\nX-Vcloud-Authorization: {value}\n"
        assert found(text, "AUTH_TOKEN") == []

    def test_the_standard_header_holding_a_bare_token_is_a_credential_too(self):
        # (H228: every HTTP set's labeller calls a bare Authorization value a credential,
        # ``_http4._auth``; a site builder's instance token is sent so.) A word stays clear.
        text = "GET https://h.example.org/\nAuthorization: 8uBgmoTofdGxXK94zfLBrER1xUZd\n"
        assert found(text, "AUTH_TOKEN") == [("AUTH_TOKEN", "8uBgmoTofdGxXK94zfLBrER1xUZd")]
        text = "GET https://h.example.org/\nAuthorization: authenticationrequired\n"
        assert found(text, "AUTH_TOKEN") == []

    def test_a_prose_line_about_authorization_is_no_header(self):
        text = "The service-authorization: we discussed 8uBgmoTofdGxXK94zfLBrER1xUZdsLM4KEnw."
        assert found(text, "AUTH_TOKEN") == []


def _personal(url: str, key: str, value: str) -> bool:
    q = url.index("?")
    return _personal_query_value(key, value, url=url, q=q, pairs=[], dns=[])


class TestThingNameFilters:
    @pytest.mark.parametrize(
        "url",
        [
            "http://devstack.openstack.stack:35357/v3/projects?name=p-foobar69",
            "http://devstack.openstack.stack:35357/v3/roles?name=foobar23",
            "http://devstack.openstack.stack:9292/v2/images?name=foobar_id",
            "http://h:8776/v2/711f0a64ef5046c084ce904b4445d119/volumes/detail?name=vol-1",
            "https://cloud.example.org/compute/v2.1/servers/?name=web-01",
        ],
    )
    def test_a_name_filter_on_a_list_of_things_names_a_thing(self, url):
        value = url.rpartition("=")[2]
        assert not _personal(url, "name", value)
        assert found(f"GET {url}\nAccept: application/json", "URL") == []

    def test_a_display_name_filter_on_volumes_names_a_volume(self):
        url = "http://h:8776/v1/711f0a64/volumes/detail?display_name=fog-testvolume-1"
        assert not _personal(url, "display_name", "fog-testvolume-1")

    @pytest.mark.parametrize(
        "url",
        [
            "https://api.example.org/v3/users?name=jsmith",
            "https://api.example.org/v1/accounts?name=jsmith",
            "https://api.example.org/v1/members/?name=jsmith",
            # the collection must end the path: a project's users are people
            "https://api.example.org/v3/projects/p1/users?name=jsmith",
        ],
    )
    def test_a_name_filter_on_a_list_of_people_stays_personal(self, url):
        assert _personal(url, "name", "jsmith")
        assert ("URL", "jsmith") in found(f"GET {url}\nAccept: application/json")

    @pytest.mark.parametrize("value", ["Jane+Doe", "Jane%20Doe", "Jane Doe"])
    def test_a_name_of_several_words_on_a_list_of_things_stays_personal(self, value):
        url = f"https://api.example.org/v3/projects?name={value}"
        assert _personal(url, "name", value)

    def test_an_email_address_under_a_thing_filter_is_still_found(self):
        url = "https://api.example.org/v3/projects?name=jane.doe%40example.org"
        assert _personal(url, "name", "jane.doe%40example.org")

    def test_other_personal_keys_on_a_list_of_things_stay_personal(self):
        url = "https://api.example.org/v3/projects?user_id=a18abc2039d6493aa7239a42033cc7c9"
        assert _personal(url, "user_id", "a18abc2039d6493aa7239a42033cc7c9")


class TestResponseHeaderLines:
    @pytest.mark.parametrize(
        "line", ["Allow: GET, POST, HEAD, OPTIONS", "allow: GET", "Age: 120", "Trailer: Expires"]
    )
    def test_response_header_lines_are_machine_text(self, line):
        assert header_or_machine_line(line)

    @pytest.mark.parametrize("line", ["Follow-up: call Anna", "Anna: please allow it"])
    def test_prose_lines_stay_prose(self, line):
        assert not header_or_machine_line(line)


class TestSignedQueries:
    """A signed URL's signature and credential in its query are credentials (AUTH_TOKEN)."""

    @pytest.mark.parametrize(
        ("query", "value"),
        [
            ("AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature={v}&SignatureVersion=2",
             "Wk3nYq2%2BfR8pLx0aBcD9eFgH1iJ%3D"),  # AWS query signing, version 2
            ("X-Amz-Date=20130524T000000Z&X-Amz-Signature={v}",
             "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"),
            ("GoogleAccessId=svc&X-Goog-Signature={v}", "a1b2c3d4e5f60718293a4b5c6d7e8f90"),
            ("sv=2020-08-04&sr=b&sp=r&sig={v}", "Zk3nYq2fR8pLx0aBcD9eFgH1iJkLmN%3D"),  # Azure SAS
        ],
    )  # fmt: skip
    def test_found_in_a_request_line(self, query, value):
        text = f"GET https://storage.example.net/b/k?{query.format(v=value)} HTTP/1.1"
        assert ("AUTH_TOKEN", value) in found(text)

    @pytest.mark.parametrize(
        "text",
        [
            "GET https://h.example.net/?Signature=REDACTED HTTP/1.1",  # a filter's placeholder
            "GET https://h.example.net/?sig=xxxxxxxxxxxx HTTP/1.1",
            "GET https://h.example.net/?signature=abc HTTP/1.1",  # too short
            "alert: signature=ET_SCAN_Suspicious_inbound action=allowed",  # no query
        ],
    )
    def test_not_found(self, text):
        assert found(text, "AUTH_TOKEN") == []
