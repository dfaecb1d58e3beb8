"""Hostile inputs for H50's query rules: thing names, placeholders and DNS record names.

A query value is let through only under a key that names a thing, as a filter's placeholder
(no randomness, or a capitals-only constant on a placeholder word), or as a DNS-shaped
``name`` in a URL that addresses DNS. An attacker who puts personal data in such a URL
(an e-mail under any key, a real token next to a placeholder word, a user's path or user
information, a person's name with a space) still has it reported, by the URL detector or by
the detector of its own type; long queries cost linear time.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import Scanner

DNS = "https://api.example.net/dns/v1/zones/example.com/records?type=A&"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def covered(scanner: Scanner, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type.value, text[f.start : f.end]) for f in scanner.scan(text)]


def request(url: str) -> str:
    return f"GET {url}\nAccept: */*\nUser-Agent: python-requests/2.25.1"


@pytest.mark.parametrize(
    "query",
    [
        "name=jane.doe%40example.com",
        "name=jane.doe@example.com",
        "domain-name=jane.doe%40example.com",
        "service_name=jane.doe@example.com",
        "Signature=DUMMY&email=jane.doe%40example.com",
    ],
)
def test_an_email_in_a_dns_query_is_still_reported(scanner, query) -> None:
    text = request(DNS + query)
    values = [v for _, v in covered(scanner, text)]
    address = query.rsplit("=", 1)[1]
    assert any(address in v or (v in address and ("@" in v or "%40" in v)) for v in values)


@pytest.mark.parametrize(
    "query",
    [
        "Signature=DUMMY_SIGNATURE&token=9f8a7b6c5d4e3f2a1b0c",
        "api_key=xxxxxxxxxx&session_id=6f34e666e71445c9d39d8d06a347a13f",
        "api_key=DUMMY_API_KEY9f8a7b6c5d4e3f2a",
        "api_key=xxxxxxxxxxq7Hk2mPz",
        "auth-sid=DUMMY_AUTH_SID_ab12cd34ef56",
    ],
)
def test_a_token_next_to_or_glued_to_a_placeholder_is_reported(scanner, query) -> None:
    text = request(DNS + query)
    values = [v for _, v in covered(scanner, text)]
    secret = query.rsplit("=", 1)[1]
    assert secret in values


@pytest.mark.parametrize(
    "name",
    ["Jane+Doe", "Jane%20Doe", "J%C3%BCrgen+M%C3%BCller"],
)
def test_a_persons_name_in_a_dns_url_is_reported(scanner, name) -> None:
    text = request(DNS + f"name={name}")
    assert name in [v for _, v in covered(scanner, text)]


def test_user_information_and_a_user_path_in_a_dns_url_are_reported(scanner) -> None:
    text = request(
        "https://jdoe:s3cr3tpass@api.example.net/dns/v1/users/jane.doe%40example.com"
        "/zones?name=example.com."
    )
    values = [v for _, v in covered(scanner, text)]
    assert "jdoe:s3cr3tpass" in values
    assert any("jane.doe%40example.com" in v for v in values)
    assert "example.com." not in values


@pytest.mark.parametrize(
    "make",
    [
        lambda n: request(DNS + "name=" + ".".join(["a-b_c"] * n)),
        lambda n: request(DNS + "&".join(f"name=r{i}.example.com." for i in range(n))),
        lambda n: request(DNS + "Signature=" + "_".join(["DUMMY"] * n)),
    ],
    ids=["long-dns-name", "many-names", "long-constant"],
)
def test_query_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)
