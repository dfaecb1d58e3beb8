"""Cookie ids in recorded traffic of many sites (issue 10, sixth HTTP set).

Ad and analytics partners echo a browser's id to one another in cookie-sync URLs, under
keys of their own (``puid``, ``obUid``, ``piggybackCookie``, ``google_gid``) or under any
key of a sync endpoint (``/sync?tdid=``); cookies that hold sync states, counters, flags,
routing codes or unfilled template fields are not identifiers, whatever their length.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner
from privkit.detect._builtin import CookieDetector

UUID = "6e8a0aba-38c6-4cad-9ea3-ccd7ce8917a3"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def cookie_ids(scanner: Scanner, text: str) -> set[str]:
    return {text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "COOKIE_ID"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (f"GET https://sync.a.test/usersync/nativo/?puid={UUID} HTTP/1.1", UUID),
        ("GET https://x.test/c?p=1&obUid=oJsCdwcVEWgFrZtAfFtwdeESBSMazO8XcTDglsHI HTTP/1.1",
         "oJsCdwcVEWgFrZtAfFtwdeESBSMazO8XcTDglsHI"),
        ("GET https://ads.test/AdServer/Pug?vcode=bz0y&piggybackCookie=uTIxs7oUmYBDXH3K04FkDJ",
         "uTIxs7oUmYBDXH3K04FkDJ"),
        ("GET https://a.test/n?adNetInit=g&google_gid=CAESEC2mKNB9JjWsUX7Kz25Ivks",
         "CAESEC2mKNB9JjWsUX7Kz25Ivks"),
        (f"GET https://s.test/x?ttd_puid={UUID}&gdpr=0", UUID),
        (f"https://a.test/collect?sr=412.823&sessionId={UUID}", UUID),
        # any key of a cookie-sync endpoint, when the value is shaped like an id
        (f":path: /v000/sync?tdid={UUID}", UUID),
        (f"GET https://b.test/api/v1/dsync/Martin?exid={UUID} HTTP/1.1", UUID),
        ("GET https://c.test/merge?pid=80&3pid=LWFN9EER-1E-64QO9 HTTP/1.1", "LWFN9EER-1E-64QO9"),
        # an AMP page's client id and Adobe's fallback visitor id, under any key
        ("GET https://e.test/b/ss/x/1?AQB=1&fid=749EEC5101E416A2-3BDE122329D862B9&AQE=1",
         "749EEC5101E416A2-3BDE122329D862B9"),
        ("GET https://d.test/p?date=1717533424099&ampid=amp-RkWV2m1GLRXDIbcODMOAUQ",
         "amp-RkWV2m1GLRXDIbcODMOAUQ"),
    ],
)  # fmt: skip
def test_ids_in_cookie_sync_urls(scanner: Scanner, text: str, value: str) -> None:
    assert value in cookie_ids(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        # not a sync endpoint, and the key names no id
        f"GET https://a.test/search?ref={UUID} HTTP/1.1",
        f"GET https://a.test/async/load?ref={UUID} HTTP/1.1",
        # a sync endpoint's partner numbers, flags and short codes are no ids
        "GET https://a.test/sync?pid=541&gdpr=0&gdpr_consent=&us_privacy=1--- HTTP/1.1",
        # unfilled template fields
        "GET https://a.test/sync?userid={$PARTNER_UID}&puid=${PUBMATIC_UID} HTTP/1.1",
        "GET https://a.test/pixel?puid=%7B%24PARTNER_UID%7D&external_user_id=_wfivefivec_",
        # a campaign is no client id
        "GET https://a.test/landing?cid=summer_sale HTTP/1.1",
    ],
)
def test_other_query_values_are_not_cookie_ids(scanner: Scanner, text: str) -> None:
    assert not cookie_ids(scanner, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a Matomo (Piwik) tracker hit's "_id" is the visitor id of its "_pk_id" cookie
        (('198.51.100.7 - - [04/Mar/2021:10:11:12 +0000] "GET /matomo.php?idsite=3&rec=1'
          '&_id=9f3c2a71b0e4d865&_idts=1614852672 HTTP/1.1" 204 0'), True),
        ("GET https://stats.test/piwik.php?action_name=Home&_id=0b1c2d3e4f5a6b7c&r=1 HTTP/1.1",
         True),
        # under any other path, an "_id" is a record's key (a database's, an API's)
        ("GET https://api.test/items?_id=9f3c2a71b0e4d865 HTTP/1.1", False),
        ("GET /search.php?_id=9f3c2a71b0e4d865 HTTP/1.1", False),
        # a tracker hit's other shapes under "_id" are not its visitor id
        ("GET /matomo.php?idsite=3&_id=1234&rec=1 HTTP/1.1", False),
    ],
)  # fmt: skip
def test_a_tracker_hits_visitor_id(scanner: Scanner, text: str, found: bool) -> None:
    assert bool(cookie_ids(scanner, text)) == found


@pytest.mark.parametrize(
    "pair",
    [
        "IDSYNC=18y3~2ijc",  # a sync state
        "pb_rtb_ev=3-1rh7|7QO.0.1|8jE.0.1|7TZ.0.1",  # partner codes
        "remixff=10111111111111",  # flags
        "remixdt=-36000",  # a time zone offset
        "remixmdevice=412/823/1.75/!!!!!!!!!!!-/412",  # a screen
        "HAPLB3A=s3529|Zkvns",  # a backend
        "ptraa=%7B%24PARTNER_UID%7D",  # an unfilled template field
        "slot=[PLACE%20YOUR%20COOKIE%20HERE]",
        "INGRESSCOOKIE=39b48fc8dd2fd234",  # Kubernetes ingress-nginx affinity
        "SERVERID=a1b2c3d4e5f6a7b8",  # HAProxy's
        "ACE_SITE=R810863739",  # Cisco ACE's
    ],
)
def test_cookies_without_identifiers(scanner: Scanner, pair: str) -> None:
    assert not cookie_ids(scanner, f"GET / HTTP/1.1\nCookie: {pair}; sid={UUID}") - {UUID}


def test_ids_written_in_short_groups_are_still_ids(scanner: Scanner) -> None:
    value = "b4c7-5854-fbb9-1393-7b05-e3e3-61c9-dca6"
    assert value in cookie_ids(scanner, f"Cookie: kampyle_userid={value}")


def test_same_values_under_other_names_are_still_ids(scanner: Scanner) -> None:
    # the load-balancer rule goes by the cookie's name, not by its value
    assert "39b48fc8dd2fd234" in cookie_ids(scanner, "Cookie: visitor=39b48fc8dd2fd234")


@pytest.mark.parametrize(
    ("value", "reported"),
    [
        ("IGoaIfRwBYEg", True),  # random letters: many case changes, capitals side by side
        ("ROdcdAF6EDn44xtcj7", True),
        ("CheckForPermission", False),  # words in mixed case
        ("XMLHttpRequest", False),  # an acronym and words
    ],
)
def test_letters_only_values(scanner: Scanner, value: str, reported: bool) -> None:
    assert (value in cookie_ids(scanner, f"Cookie: V={value}")) is reported


def test_sync_context_reads_back_a_bounded_distance(monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile input: a huge query of id-shaped values after a sync path; each key's check
    # reads back at most _SYNC_LOOK_BACK characters, whatever the text's length
    seen: list[int] = []
    real = CookieDetector._SYNC_PATH

    class Counting:
        def search(self, text: str, pos: int, endpos: int) -> object:
            seen.append(endpos - pos)
            return real.search(text, pos, endpos)

    monkeypatch.setattr(CookieDetector, "_SYNC_PATH", Counting())
    pairs = [f"k{i}=a1b2c3d4e5f6a7b8c9d0{i:05d}" for i in range(3000)]
    text = f"GET https://a.test/sync?{'&'.join(pairs)} HTTP/1.1"
    got = cookie_ids(Scanner(), text)
    near = [p.split("=")[1] for p in pairs[:100]]  # the keys within reach of the "?"
    assert set(near) <= got
    assert seen
    assert max(seen) <= CookieDetector._SYNC_LOOK_BACK
    assert len(seen) <= len(pairs)  # one path check per key at most


def test_many_short_pairs_in_a_huge_cookie_header(scanner: Scanner) -> None:
    text = "Cookie: " + "; ".join(f"c{i}=1~2|{i % 97}" for i in range(20000)) + f"; sid={UUID}"
    assert cookie_ids(scanner, text) == {UUID}
