"""H222's cookie-id labelling decisions: each class is labelled the same whichever set's
labeller labelled the record first (values written here, not taken from any set)."""

from __future__ import annotations

import pytest
from benchmarks.corpus import (
    _cookie_decisions,
    _http4,
    _http33,
    _http34,
    _http40,
    _http41,
    _http42,
)

LABELLERS = {
    "33rd": _http33._label,
    "34th": _http34._label,
    "40th": _http40._label,
    "41st": _http41._label,
    "42nd": _http42._label,  # applies the decisions itself (idempotent)
}
HEAD = "GET https://a.example/ HTTP/1.1\nHost: a.example\n"


def _ids(text: str, labeller) -> set[str]:
    gold, ignored = _http4.nested_sync_labels(
        text, *_http4.credential_labels(text, *labeller(text, "har_request"))
    )
    gold, _ = _cookie_decisions.decide(text, gold, ignored)
    return {text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"}


CASES = {
    "ga_body": (
        (
            "POST https://www.google-analytics.com/collect HTTP/1.1\nHost: g\n\n"
            "v=1&t=pageview&cid=1843902211.1496000001&tid=UA-1234-1&_gid=920001123.1496000002"
        ),
        {"1843902211.1496000001", "920001123.1496000002"},
    ),
    "utmcc": (
        (
            "GET http://www.google-analytics.com/__utm.gif?utmac=UA-99-1&utmcc=__utma%3D"
            "18273645.1029384756.1496000100.1496000100.1496000100.1%3B HTTP/1.1\nHost: x"
        ),
        {"18273645.1029384756.1496000100.1496000100.1496000100.1"},
    ),
    "setuid": (
        "GET http://ib.adnxs.com/setuid?entity=44&code=Qz7pLm2VxK9wRt HTTP/1.1\nHost: i",
        {"Qz7pLm2VxK9wRt"},
    ),
    "rtset_ev": (
        "GET http://bh.contextweb.com/bh/rtset?do=add&pid=5&ev=aB3dE5fG7hJ HTTP/1.1\nHost: c",
        {"aB3dE5fG7hJ"},
    ),
    "ibs": (
        "GET http://dpm.demdex.net/ibs:dpid=477&dpuuid=9a8b7c6d5e4f3a2b1c HTTP/1.1\nHost: d",
        {"9a8b7c6d5e4f3a2b1c"},
    ),
    "ttd": (
        "GET https://match.adsrvr.org/track/cmf/generic?ttd_pid=x&ttd_puid=3186800000000001 HTTP/1.1",
        {"3186800000000001"},
    ),
    "piggyback": (
        "GET http://e.example.com/e/turn_sync.xgi?piggybackCookie=pcv:1%7Cuid:3912894476000000001",
        {"3912894476000000001"},
    ),
    "yahoo": (
        HEAD + "Cookie: GUCS=AQk9Zx1T; GUC=AQABCAFnAAAAAUIgTAZZ&s=AQAAAOOOwwww&g=Z7H0AA",
        {"AQk9Zx1T", "AQABCAFnAAAAAUIgTAZZ&s=AQAAAOOOwwww&g=Z7H0AA"},
    ),
    "named": (
        HEAD + "Cookie: tk_ai=Zx81kLm0PqRsTuVw; ruid=vAsAABCDEFGHIjkL=; "
        "PREF=ID=0a1b2c3d4e5f6a7b:U=9f8e7d6c5b4a3f2e:TM=1294000000",
        {"Zx81kLm0PqRsTuVw", "vAsAABCDEFGHIjkL=", "0a1b2c3d4e5f6a7b", "9f8e7d6c5b4a3f2e"},
    ),
    "csrf": (HEAD + "X-CSRF-Token: 9f2c1e7a0b3d5f4e6a8c", {"9f2c1e7a0b3d5f4e6a8c"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_labeller_labels_the_class_alike(case):
    text, want = CASES[case]
    got = {name: _ids(text, lab) for name, lab in LABELLERS.items()}
    assert all(ids >= want for ids in got.values()), got
    assert len({frozenset(ids) for ids in got.values()}) == 1, got


@pytest.mark.parametrize(
    "value",
    [
        "__ADSCALE_USER_ID__",
        "${TM_USER_ID}",
        "%7BUID%7D",
        "%5Buuid%5D",
        "{$PARTNER_UID}",
        "undefined",
    ],
)
def test_a_placeholder_is_no_id(value):
    text = f"GET http://sync.example/setuid?entity=1&code={value}&uid={value} HTTP/1.1\nHost: s"
    for lab in LABELLERS.values():
        assert _ids(text, lab) == set()
    at = text.index(value)
    gold = [{"start": at, "end": at + len(value), "entity": "COOKIE_ID"}]
    assert _cookie_decisions.decide(text, gold, [])[0] == []


def test_an_echo_is_labelled_where_written_and_only_as_a_whole_token():
    uid = "7d1e0c2b-99aa-4b1c-8e2f-0a1b2c3d4e5f"
    text = f"{HEAD}Cookie: visitor={uid}\nX-Visit: {uid}\nX-Other: q{uid}z\nX-Enc: a%3D{uid}%26"
    start = text.index(uid)
    gold = [{"start": start, "end": start + len(uid), "entity": "COOKIE_ID"}]
    got, _ = _cookie_decisions.decide(text, gold, [])
    lines = [text[text.rfind("\n", 0, g["start"]) + 1 : g["start"]] for g in got]
    assert lines == ["Cookie: visitor=", "X-Visit: ", "X-Enc: a%3D"]


def test_words_stand_ins_and_other_paths_are_no_id():
    text = (
        "GET http://s.example/cksync.php?ovsid=setstatuscode HTTP/1.1\nHost: s\n"
        "Referer: http://s.example/page?code=ab12cd34ef56&ev=ab12cd34ef56\nCookie: ClientId=LoremIupsum"
    )
    assert _cookie_decisions.decide(text, [], [])[0] == []


def test_an_earlier_label_stands_and_decide_is_idempotent():
    for text, _ in CASES.values():
        once = _cookie_decisions.decide(text, [], [])
        assert _cookie_decisions.decide(text, *once) == once
    text, _ = CASES["yahoo"]
    ignored = [{"start": 0, "end": len(text), "label": "X"}]
    assert _cookie_decisions.decide(text, [], ignored)[0] == []
