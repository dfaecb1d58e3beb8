"""The HTTP sets' shared last rules (44: signed queries, U: URL user information, V: software
versions)."""

from __future__ import annotations

from benchmarks.corpus import _http4, relabel_http


def _labels(text: str, gold: list[dict[str, object]] | None = None) -> tuple[set, set]:  # type: ignore[type-arg]
    g, i = _http4.credential_labels(text, list(gold or []), [])
    return (
        {(text[x["start"] : x["end"]], x["entity"]) for x in g},  # type: ignore[misc]
        {(text[x["start"] : x["end"]], x["label"]) for x in i},  # type: ignore[misc]
    )


def test_password_in_url_user_information_is_a_credential_not_an_address() -> None:
    text = "GET https://ops:Zq8vLm2pXw@api.example.com/v1/items HTTP/1.1"
    at = text.index("Zq8v")
    wrong = [{"start": at, "end": text.index(" HTTP"), "entity": "EMAIL_ADDRESS"}]
    gold, ignored = _labels(text, wrong)
    assert gold == {("Zq8vLm2pXw", "AUTH_TOKEN")}
    assert ignored == {("ops", "USERNAME")}


def test_stand_in_passwords_and_signatures_are_ignored() -> None:
    for value in (
        "fakepassword",
        "%3Cpassword%3E",
        "xxxxxxxxxx",
        "DUMMY_SIGNATURE",
        "${TOKEN}",
        "******aedd",
    ):
        text = f"GET https://u:{value}@h.example.com/?Signature={value}"
        g, i = _http4.credential_labels(text, [], [])
        assert g == [], value
        marks = [x for x in i if x["label"] == "AUTH_PLACEHOLDER"]
        assert [text[x["start"] : x["end"]] for x in marks] == [value, value]  # type: ignore[misc]


def test_user_name_alone_is_a_login() -> None:
    gold, ignored = _labels("git clone ssh://git@github.com/org/repo.git")
    assert gold == set()
    assert ignored == {("git", "USERNAME")}


def test_user_information_inside_a_labelled_agent_is_left_to_that_label() -> None:
    text = "User-Agent: probe/1.0 (+ftp://bot:k8Jd72Lx@crawler.example.org)"
    agent = [{"start": 12, "end": len(text), "entity": "USER_AGENT"}]
    gold, ignored = _labels(text, agent)
    assert gold == {(text[12:], "USER_AGENT")}
    assert ignored == set()


def test_signed_query_values_are_credentials() -> None:
    text = "GET /?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=Hd8Kq%2Bz0vPl3&Action=Describe"
    gold, _ = _labels(text)
    assert gold == {("AKIAIOSFODNN7EXAMPLE", "AUTH_TOKEN"), ("Hd8Kq%2Bz0vPl3", "AUTH_TOKEN")}


def _ip(text: str, value: str) -> dict[str, object]:
    at = text.index(value)
    return {"start": at, "end": at + len(value), "entity": "IP_ADDRESS"}


def test_a_version_in_a_software_header_is_no_address() -> None:
    for text, quad in (
        ("HTTP/1.1 200 OK\nServer: openresty/1.7.10.1\nDate: x", "1.7.10.1"),
        ("HTTP/1.1 200 OK\nserver: ATS/9.1.10.112", "9.1.10.112"),
        ('{"X-Powered-By": "PHP/5.6.40.1"}', "5.6.40.1"),
        ("via: 1.1 varnish/6.0.0.1", "6.0.0.1"),
    ):
        gold, _ = _labels(text, [_ip(text, quad)])
        assert gold == set(), text


def test_addresses_outside_software_headers_keep_their_label() -> None:
    for text, quad in (
        ("GET https://cdn.example.com/api/ip/198.51.100.7/ei/x HTTP/1.1", "198.51.100.7"),
        ("HTTP/1.1 200 OK\nServer: nginx\nX-Real-IP: 203.0.113.9", "203.0.113.9"),
        ("x-forwarded-for: 192.0.2.1", "192.0.2.1"),
    ):
        gold, _ = _labels(text, [_ip(text, quad)])
        assert gold == {(quad, "IP_ADDRESS")}, text


def test_rules_are_idempotent() -> None:
    text = "x https://ops:Zq8vLm2pXw@h.example.com/?sig=abcdEFGH1234&sig2=n"
    once = _http4.credential_labels(text, [], [])
    twice = _http4.credential_labels(text, [dict(g) for g in once[0]], [dict(i) for i in once[1]])
    assert twice == once


def test_committed_http_sets_follow_the_shared_rules() -> None:
    assert relabel_http.main(["--check"]) == 0
