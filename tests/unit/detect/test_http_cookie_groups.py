"""Cookie names that say what no browser is known by (issue 10, helper H132, the twenty-sixth
HTTP set).

A name whose words say an A/B test's group, a segment or an attribution ("_wixAB3",
"cdp_seg", "attr_multitouch"), one response's request, page policy or cache verdict
("ReferringRequestId", "_zm_csp_script_nonce", "ssr-caching"), a privacy regime's state
("is_gdpr_b") or an owner's preferences ("user_prefs") holds no id; so do a routing word
followed by "id" ("srv_id") or glued in capitals ("AFTERNICSERVERID"), a proxy's product name
("main-nginx"), Akamai's documented cloudlet cookies ("akacd_<policy>", "akaas_<policy>"), and
a CSRF header that names the token's parameter ("X-Meta-Csrf-Param: authenticity_token"). A
word naming an id, a session, a user's token or a device keeps the name an id's.
"""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.detect._patterns import cookie_values, request_cookie, set_cookie

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _NOT_ID_PREFIXES, _not_id_name

RANDOM = "f3K9xQ2mZ7pL4vR8tW1yB6nC"
HEX = "4d92ee06e181f59b476c251848dacc5e"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("_wixAB3", "2411904#1"),  # an A/B group
        ("site_ab_group", RANDOM),
        ("cdp_seg", '"IiaK3HdskbyrA28IJCzZxNZJb3U="'),  # a segment list's digest
        ("attr_multitouch", '"6qhyEUEtwJbURed9aKW5rf9n9cg="'),  # an attribution record
        ("homepage_bucket", RANDOM),
        ("akacd_Homepage_Split_Prod", "1777350475~rv=24~id=a1ff5420054435c54adaa0acc1b6a548"),
        ("akaas_NBCNews", "2147483647~rv=9~id=" + HEX),  # Akamai Audience Segmentation
        ("ReferringRequestId", "fastly-default:" + HEX),  # one request's id
        ("Akamai-Request-ID", "15872c177632571e5faZ"),
        ("request_id", HEX),
        ("_zm_csp_script_nonce", "7FWyMuZNR4SJ-_Ruuf-8SA"),  # one page's script nonce
        ("ssr-caching", "cache#desc=hit#varnish=hit_miss#dc#desc=fastly"),
        ("is_gdpr_b", "CKj9UhCnvQIoAg=="),  # a privacy regime's state
        ("ccpa_optout", RANDOM),
        ("user_prefs", "6MW3PJMat5z_UoOqeIsX59Rn315jZACCVIOGRBgdrRQa7KKk"),
        ("AFTERNICSERVERID", "p3plamfosv1-05"),  # HAProxy's SERVERID glued after a name
        ("srv_id", HEX),  # the server's id
        ("server_id", HEX),
        ("main-nginx", '"617aa158ca92e8bc"'),  # nginx's sticky cookie
        ("_TRAEFIK_BACKEND", "http://10.0.0.7:8080"),
        ("BALANCEID", "balancer.node2"),  # Apache mod_proxy_balancer
    ],
)
def test_name_that_says_no_browser_holds_no_id(scanner: Scanner, name: str, value: str) -> None:
    assert _not_id_name(name)
    assert cookie_values(scanner, set_cookie(name, value)) == []
    assert cookie_values(scanner, request_cookie(name, value)) == []


@pytest.mark.parametrize(
    "name",
    [
        "ab",  # a group word alone: an ad network's own cookie, judged by its value
        "X-AB",
        "ab_uid",  # a word naming an id beside the group word
        "segment_user_id",
        "variant_session",
        "request_session_id",  # a session beside the request
        "__tea_cache_tokens_1988",  # tokens beside a cache word
        "__ac_nonce",  # a nonce alone (ByteDance's, an id in the eleventh set)
        "PREF",  # a bare preference name: Google's holds ID= fields
        "user_pref_uid",  # an id word beside the owner's preference
        "gdpr_uid",
        "server_session_id",  # a session beside the routing word
        "node_uid",
        "observer",  # routing letters inside another word
        "TEAMSERVERTOKEN",  # a glued routing word not at the end before ID
        "visit_id",
        "ak_bmsc",  # Akamai's Bot Manager cookie follows the browser
        "bm_sv",
    ],
)
def test_other_names_keep_their_ids(scanner: Scanner, name: str) -> None:
    assert not _not_id_name(name)
    assert cookie_values(scanner, set_cookie(name, HEX)) == [HEX]


def test_a_glued_routing_word_needs_capitals_and_the_end() -> None:
    assert _not_id_name("AFTERNICSERVERID")
    assert _not_id_name("XYZBACKENDID")
    assert not _not_id_name("afternicserverid_x_uid")
    assert not _not_id_name("MYSERVERIDENTITY")


def test_csrf_header_naming_the_parameter_holds_no_token(scanner: Scanner) -> None:
    token = "RJoS7XtOihdzB3bakbD8HXRA7mAGXPFilu2iTax6rbDmhD"
    text = (
        "HTTP/1.1 200 OK\nX-Meta-Csrf-Param: authenticity_token\n"
        f"X-Meta-Csrf-Token: {token}\nX-Csrf-Header-Name: X-CSRF-Token\n"
    )
    assert cookie_values(scanner, text) == [token]


_WORDS = st.lists(
    st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=8), min_size=0, max_size=3
)


@settings(max_examples=200, deadline=None)
@given(before=_WORDS, after=_WORDS, id_word=st.sampled_from(["uid", "sid", "session", "token"]))
def test_an_id_word_keeps_any_group_or_response_name_an_ids(
    before: list[str], after: list[str], id_word: str
) -> None:
    """Invariant: a name with a session, user-id or token word is never let through by the
    group, response or state words, wherever those stand."""
    for word in ("ab", "bucket", "seg", "request", "cache", "csp", "gdpr"):
        name = "_".join([*before, word, *after, id_word])
        if name.startswith(_NOT_ID_PREFIXES):
            continue  # a load balancer's cookie named for its pool ("nlbi_<site>"): no id
        assert not _not_id_name(name), name


def test_linkedins_routing_cookie_is_its_name_alone() -> None:
    assert _not_id_name("lidc")
    assert not _not_id_name("lidc_uid")
    assert not _not_id_name("lidc_ab_uid")  # (hypothesis's example: an id word counts)


def test_seeded_random_ids_under_group_names_are_no_ids(scanner: Scanner) -> None:
    rng = random.Random(132)
    for _ in range(50):
        value = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))
        assert cookie_values(scanner, set_cookie("exp_bucket_2", value)) == []
        assert cookie_values(scanner, set_cookie("exp_uid_2", value)) == [value]
