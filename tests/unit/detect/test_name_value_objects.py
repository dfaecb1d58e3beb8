"""Headers and cookies stored as name/value objects (HAR files, cookie-jar exports).

HAR captures keep ``{"name": "Cookie", "value": "a=1; b=2"}`` and a ``"cookies"`` list of
``{"name": ..., "value": ...}``; browser tooling exports cookie jars as such objects, in JSON
or as a Python repr. Each case has a near miss: a name/value object that is not a cookie.
"""

from __future__ import annotations

import json
import time

import pytest
from tests.unit.detect._patterns import SCANNER, found

SID = "k3j4h5g6f7d8s9a0q1w2e3r4"


def har_entry(headers, cookies=(), query=()):
    request = {
        "method": "GET",
        "url": "https://www.example.com/",
        "headers": [{"name": k, "value": v} for k, v in headers],
        "cookies": [{"name": k, "value": v} for k, v in cookies],
        "queryString": [{"name": k, "value": v} for k, v in query],
    }
    return json.dumps({"log": {"entries": [{"request": request}]}}, indent=2)


class TestHarHeaders:
    def test_cookie_header_object_is_read_as_a_header(self):
        text = har_entry([("Cookie", f"theme=dark; sid={SID}; _ga=GA1.2.1234567890.1700000000")])
        assert found(text, "COOKIE_ID") == [
            ("COOKIE_ID", SID),
            ("COOKIE_ID", "GA1.2.1234567890.1700000000"),
        ]

    def test_set_cookie_lines_joined_by_an_escaped_newline(self):
        text = har_entry([("Set-Cookie", f"sid={SID}; Path=/\nuid=99aa88bb77cc66dd; Path=/")])
        assert [v for _, v in found(text, "COOKIE_ID")] == [SID, "99aa88bb77cc66dd"]

    @pytest.mark.parametrize("agent", ["python-requests/2.31.0", "okhttp/4.12.0", "MyApp 1.2"])
    def test_user_agent_header_object_whatever_its_shape(self, agent):
        text = har_entry([("User-Agent", agent), ("Accept", "*/*")])
        assert found(text, "USER_AGENT") == [("USER_AGENT", agent)]

    @pytest.mark.parametrize("agent", ["", "-", "unknown"])
    def test_placeholder_agents_are_not_agents(self, agent):
        assert found(har_entry([("User-Agent", agent)]), "USER_AGENT") == []


class TestCookieObjects:
    def test_cookies_list_of_a_har_entry(self):
        text = har_entry([], cookies=[("theme", "dark"), ("uid", "8f7e6d5c4b3a2918")])
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", "8f7e6d5c4b3a2918")]

    def test_cookie_jar_export_with_attributes(self):
        text = json.dumps(
            [{"name": "sessionid", "value": SID, "domain": ".example.com", "path": "/"}]
        )
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", SID)]

    def test_python_repr_of_a_cookie_with_keys_in_any_order(self):
        text = str(
            [{"domain": ".example.com", "httpOnly": False, "name": "sessionid", "value": SID}]
        )
        assert found(text, "COOKIE_ID") == [("COOKIE_ID", SID)]

    @pytest.mark.parametrize(
        "text",
        [
            har_entry([], query=[("q", SID)]),  # a query parameter, not a cookie
            json.dumps({"form": [{"name": "token_hint", "value": SID}]}),  # a form field
            json.dumps([{"name": "BIGipServerpool", "value": "487594156.20480.0000", "path": "/"}]),
        ],
    )
    def test_other_name_value_objects_are_not_cookies(self, text):
        assert found(text, "COOKIE_ID") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        '{"name": "sid", "value": "k3j4h5g6f7d8s9a0", "path": "/"}, ' * 18_000,
        "{" + '"name":"a","value":"b",' * 40_000,  # one object never closed
        '"name":"' + '\\"' * 400_000,  # an escaped quote run
        '{"name":"a",' + "{" * 900_000,  # braces never closed
    ],
)
def test_hostile_objects_run_in_linear_time(text):
    t0 = time.process_time()
    SCANNER.scan(text)
    assert time.process_time() - t0 < 20 * len(text) / 1e6
