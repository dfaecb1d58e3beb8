"""Rule 14 (cookie-sync query keys) read in percent-encoded nested URLs, every HTTP set's."""

from __future__ import annotations

from benchmarks.corpus import _http4, relabel_http


def _labels(text: str) -> tuple[set, set]:  # type: ignore[type-arg]
    g, i = _http4.nested_sync_labels(text, [], [])
    return (
        {(text[x["start"] : x["end"]], x["entity"]) for x in g},  # type: ignore[misc]
        {(text[x["start"] : x["end"]], x["label"]) for x in i},  # type: ignore[misc]
    )


def test_partner_id_in_a_nested_sync_url_is_a_cookie_id() -> None:
    text = (
        "GET https://sync.example.com/pixel?redir=https%3A%2F%2Fpartner.example%2Fsync"
        "%3Fbidder%3Dacme%26uid%3D778C989F-3F9C-45A6%26gdpr%3D0&x=1 HTTP/1.1"
    )
    gold, ignored = _labels(text)
    assert gold == {("778C989F-3F9C-45A6", "COOKIE_ID")}
    assert ignored == set()


def test_lower_case_escapes_and_the_end_of_the_carrying_value() -> None:
    text = "url=https%3a%2f%2fp.example%2fs%3fobUid%3dQ7695369471129792264&uid=other"
    gold, _ = _labels(text)
    assert gold == {("Q7695369471129792264", "COOKIE_ID")}


def test_unrelated_keys_placeholders_and_fragments_are_not_ids() -> None:
    for nested in (
        "%3Fbidder%3Dfreewheelssp%26gdpr_consent%3Dabcdefgh12345678",  # not a rule-14 key
        "%3Fuid%3D%7BPUB_USER_ID%7D",  # an encoded template placeholder
        "%3Fuid%3D%24UID",
        "%3Fvk%3D__ZUID__",
        "%23frag%3Fuid%3Dabcdefgh12345678",  # the nested URL has no query before its fragment
    ):
        text = f"GET /p?r=https%3A%2F%2Fpartner.example%2Fs{nested} HTTP/1.1"
        assert _labels(text) == (set(), set()), nested
    # the record's own query is the labeller's, not this rule's
    assert _labels("GET https://partner.example/s?uid=abcdefgh12345678 HTTP/1.1") == (set(), set())


def test_undecided_keys_are_ignored_and_labelled_regions_are_kept() -> None:
    text = "GET /p?r=https%3A%2F%2Fq.example%2Fs%3Ftoken%3Dabc123%26uid%3Dabcdefgh12345678 x"
    gold, ignored = _labels(text)
    assert ignored == {("abc123", "QUERY_ID")}
    at = text.index("https%3A")
    outer = [{"start": at, "end": text.index(" x"), "label": "QUERY_ID"}]
    g, i = _http4.nested_sync_labels(text, [], list(outer))
    assert (g, i) == ([], outer)
    assert gold == {("abcdefgh12345678", "COOKIE_ID")}


def test_idempotent_when_run_twice() -> None:
    text = "GET /p?r=https%3A%2F%2Fq.example%2Fs%3Fuid%3Dabcdefgh12345678%26t%3Dxyz HTTP/1.1"
    once = _http4.nested_sync_labels(text, [], [])
    twice = _http4.nested_sync_labels(text, [dict(g) for g in once[0]], [dict(i) for i in once[1]])
    assert twice == once
    assert len(once[0]) == 1
    assert len(once[1]) == 1


def test_committed_http_sets_read_nested_sync_urls() -> None:
    assert relabel_http.main(["--check"]) == 0
