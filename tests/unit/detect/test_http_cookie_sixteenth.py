"""CSRF-token headers and signed requests (issue 10, sixteenth HTTP set's development work).

An appliance's API hands its client a CSRF token with the session ticket and the client sends
it back in a header of its own name: the token is the session's, as its cookie is. A request
signed by the HTTP Signatures scheme carries its key's id and signature in the
``Authorization`` header's parameter list: the credential is the list.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import cookie_values, found

from privkit.detect import Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


TOKEN = "69931550:tMviX3eW2MarXdgKXwHoyet8jQysIaMPnltB08Fdi/E"


class TestCsrfHeaders:
    @pytest.mark.parametrize(
        "name",
        ["CSRFPreventionToken", "Csrfpreventiontoken", "X-CSRF-Token", "X-XSRF-TOKEN",
         "x-csrftoken", "CSRFDesignerToken"],
    )  # fmt: skip
    def test_a_header_named_for_a_csrf_token_holds_the_sessions_id(self, scanner, name):
        text = f"GET https://pve.example.org:8006/api2/json/nodes\n{name}: {TOKEN}\n"
        assert cookie_values(scanner, text) == [TOKEN]

    def test_the_token_is_no_credential(self):
        text = f"POST https://pve.example.org/api2/json/access\nX-CSRF-Token: {TOKEN}\n"
        assert ("AUTH_TOKEN", TOKEN) not in found(text)

    @pytest.mark.parametrize("value", ["Fetch", "true", "<CSRF_TOKEN>", "1", "required"])
    def test_a_word_flag_or_placeholder_is_no_id(self, scanner, value):
        assert cookie_values(scanner, f"GET https://a.example.org/x\nX-CSRF-Token: {value}\n") == []

    def test_prose_about_csrf_is_no_header(self, scanner):
        text = "the csrf: protection rejected the form 69931550tMviX3eW2MarXdgKXw\n"
        assert cookie_values(scanner, text) == []


SIGNED = (
    'keyId="5ed10e437564612d3352cc2d/606616ad7564612d3042cdd0/6205497b756461",'
    'algorithm="rsa-sha256",headers="(request-target) date host digest",'
    'signature="Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6=="'
)


class TestSignatureScheme:
    def test_the_parameter_list_is_the_credential(self):
        text = f"GET https://intersight.com/api/v1/x\nAuthorization: Signature {SIGNED}\nDate: x\n"
        assert ("AUTH_TOKEN", SIGNED) in found(text, "AUTH_TOKEN")

    def test_a_list_without_a_signature_is_none(self):
        text = (
            'GET https://a.example.org/x\nAuthorization: Signature keyId="k1",algorithm="hs2019"\n'
        )
        assert found(text, "AUTH_TOKEN") == []
