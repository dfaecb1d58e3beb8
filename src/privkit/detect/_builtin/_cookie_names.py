# ruff: noqa: SIM905 - word lists
"""Cookie ids: what a cookie's name says (an id, a time, a routing or consent cookie, a test)."""

from __future__ import annotations

import functools
import itertools
import re

_ANALYTICS_NAMES = (  # after a leading underscore
    r"ga(?:_[A-Z0-9]{4,12})?|gid|fbp|fbc|gcl_au|gcl_aw|gcl_dc|_utma|uetvid|uetsid"
    r"|clck|clsk|hjSessionUser_[0-9]{1,12}|hjSession_[0-9]{1,12}|pk_id(?:\.[\w]{1,40}){1,3}"
    r"|pk_ses(?:\.[\w]{1,40}){1,3}|_hstc|mkto_trk|ttp|scid|rdt_uuid|pin_unauth|_cf_bm|cfuvid"
)


_SESSION_NAMES = (
    r"JSESSIONID|PHPSESSID|ASP\.NET_SessionId|connect\.sid|sessionid|session_id|sessid|[sS][iI][dD]"
    r"|ajs_anonymous_id|ajs_user_id|mp_[0-9a-f]{32}_mixpanel|hubspotutk|li_sugr|bcookie|bscookie"
    r"|MUID|ANID|NID|IDE"
)


_TIME_KEYS = frozenset(
    "expire expires expiry exp created updated ts time timestamp date last first start end since"
    .split()
)  # fmt: skip


_COOKIE_NAME = re.compile(rf"_(?:{_ANALYTICS_NAMES})|{_SESSION_NAMES}")


# Keys that name an identifier: "id", "user_id", "visitorId", "uid", "session", "token"...
# A public key a browser made for itself ("bd-ticket-guard-ree-public-key": ByteDance's
# ticket guard signs each request with the key pair it keeps per browser) names that browser
# as a device id does.
_ID_KEY = re.compile(
    r"(?i:(?:.*[_\-.])?(?:id|uid|sid|guid|uuid|cid|vid|session|sessionid|token|visitor"
    r"|public[_\-]?key|pubkey))"
    r"|.*[a-z0-9](?:Id|ID|Uid|UID)"
    # one lower-case compound ending in what it identifies ("atuserid", "xvisitorid")
    r"|(?i:[a-z0-9]{0,24}(?:userid|visitorid|sessionid|clientid|deviceid|browserid|uuid|guid))"
)


@functools.cache
def _documented_names() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Cookie names a cookie database documents as holding no id, by class, lower-cased.

    ``cookie_names.txt`` (derived from the Open Cookie Database by
    ``benchmarks/cookie_names.py``; provenance and licence in its header), read on first
    use: ``class -> (exact names, prefixes)``. The classes are ``consent`` (a consent
    manager's record of choices: LinkedIn's ``li_gc``, OneTrust's ``OptanonAlertBoxClosed``)
    and ``routing`` (a load balancer's or gateway's cookie: ``x-ms-gateway-slice``).
    """
    from importlib import resources  # only a text with a cookie in it needs the table

    text = resources.files("privkit.detect").joinpath("cookie_names.txt").read_text("ascii")
    exact: dict[str, set[str]] = {}
    prefixes: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name = line.split()
        if name.endswith("*"):
            prefixes.setdefault(kind, []).append(name[:-1])
        else:
            exact.setdefault(kind, set()).add(name)
    return {
        kind: (frozenset(exact.get(kind, ())), tuple(prefixes.get(kind, ())))
        for kind in exact.keys() | prefixes.keys()
    }


def _documented(name: str, kind: str) -> bool:
    """Whether a cookie database documents ``name`` as a cookie of ``kind`` (see above)."""
    names, prefixes = _documented_names().get(kind, (frozenset(), ()))
    low = name.lower()
    return low in names or (bool(prefixes) and low.startswith(prefixes))


def _time_key(key: str) -> bool:
    """Whether a cookie field's key names a time ("expires", "ts", "datestamp", "lastVisitTime")."""
    low = key.lower()
    return low in _TIME_KEYS or low.endswith(_TIME_SUFFIXES)


def _id_key(key: str) -> bool:
    """Whether a key of a structured value names an identifier (and not a time)."""
    return _ID_KEY.fullmatch(key) is not None and key.lower() not in _TIME_KEYS


# Keys of cookie fields that hold a time ("datestamp", "lastVisitTime", "consentDate").
_TIME_SUFFIXES = ("date", "time", "stamp", "expires", "expiry")


# Cookies that are never a browser's identifier whatever their value: a load balancer's
# (they name the backend server: Citrix "NSC_", F5 "BIGipServer", "X-Mapping-", Imperva
# "nlbi_", AWS "AWSALB"/"AWSELB", Cloudflare "__cflb", Kubernetes ingress-nginx's
# "INGRESSCOOKIE", HAProxy's "SERVERID", Cisco ACE's "ACE_", Azure App Service's
# "ARRAffinity"/"ARRAffinitySameSite", a hash of the instance that served the page) and
# Google Analytics' legacy campaign, session-state and domain-hash cookies (the visitor id
# is "__utma"), and AppDynamics' monitoring cookies ("ADRUM", "ADRUM_BT": the page's referrer
# and time, the business transaction a request belonged to).
_NOT_ID_PREFIXES = ("NSC_", "BIGipServer", "X-Mapping-", "nlbi_", "AWSALB", "AWSELB", "lidc",
                    "__cflb", "INGRESSCOOKIE", "SERVERID", "ACE_", "ARRAffinity",
                    "ADRUM")  # fmt: skip


# Google Optimize's "_gaexp" records experiments and variants ("GAX1.2.<experiment>.<day>.0");
# HubSpot's "__hssc" is its session state as "__utmb" is Google's (<domain hash>.<pages>.<time>:
# the visitor id is "__hstc"/"hubspotutk").
# Magento's "X-Magento-Vary" is a hash of the store context (store, currency, customer
# group): the same for every visitor who shares those settings. Google Analytics' "__utmv"
# holds the site's custom variables after its domain hash ("253067679.|1=Registered=No=1"):
# the visitor's id is "__utma"'s.
_NOT_ID_NAMES = frozenset(
    {"__utmb", "__utmc", "__utmz", "__utmt", "__utmv", "_gaexp", "__hssc", "X-Magento-Vary"}
)


# An A/B test's cookie ("hs_ab_test_<test id>", "split_test", "experiment_42"): its value
# names the variant the browser was shown, one of a few shared by every visitor.
_EXPERIMENT_COOKIE = re.compile(r"ab_?test|split_?test|experiment")


# A cookie named for a version ("__live_version__", "header_theme_version", "FEED_LIVE_VERSION",
# Magento's "private_content_version", "app_ver"): a version of the site, a feature or the
# cached content (Magento stamps the visitor's private content with a random value so that
# pages are not served from cache), not the browser's id.
_VERSION_COOKIE = re.compile(r"(?:^|[_\-.])(?:version|ver)_*\Z|[a-z]version_*\Z")


# A trace's cookie ("biz_trace_id", "x-trace", "traceparent"): it follows one request or page
# load through a service's systems, not a browser across visits.
_TRACE_COOKIE = re.compile(r"(?<![a-z])trace")


# A test cookie, set to learn whether cookies can be written ("cookietest", "criteo_write_test",
# "_hjTLDTest", "__sharethis_cookie_test__", "wordpress_test_cookie"): its value is the same
# for every browser. A name that also names an id ("test_uid") is not one.
# "test" must stand as a word: after a separator, a digit, "cookie", or as "Test" after a
# letter ("contest" is no test cookie).
_TEST_COOKIE = re.compile(
    r"(?:[\w.\-]{0,60}(?:[_\-.0-9]|[Cc]ookie))?(?:test|TEST)_*|[\w.\-]{0,60}[A-Za-z]Test_*"
    r"|[\w.\-]{0,60}(?i:test_cookie|cookie_test)[\w.\-]{0,60}"
)


# The words of a cookie's name: runs of letters (a capital starts a new word: "BackendRoute"
# -> "Backend", "Route"; "JSessionId" -> "J", "Session", "Id") and runs of digits.
_NAME_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


# Words that name a load balancer's or proxy's routing (the server, node or pool that serves
# the browser): "lb" and the balancers' own names ending in it ("cflb", "awsalb", "elb"),
# F5's "ltm", persistence and stickiness, affinity, a route, a backend, upstream, pool,
# node or server. A cookie named with one holds where the browser is served, not who it is.
# A routing word glued to "id" in a name written in one case ("BACKENDID", "ROUTEID",
# "serverid") names the server the browser is routed to, as the word alone does.
_ROUTING_WORD = re.compile(
    r"[a-z]{0,4}lb|ltm|balancer|loadbalancer|persist(?:ence)?|sticky|stickiness|affinity"
    r"|routing|(?:route|backend|upstream|pool|node|server|srv)(?:id)?"
)


# Routing words that a name may write as two capitalised words ("BackEnd", "UpStream"):
# Exchange's "X-BackEndCookie" names the mailbox server that serves the session.
_SPLIT_ROUTING = re.compile(r"backend|upstream")


# A port written as the name's last piece between separators, marked as one ("...-P80",
# "..._port8080"): the cookie is named for a server's pool and port. A bare number there is
# no port: ad-tech cookies are numbered by partner ("KRTBCOOKIE_80", "_ljtrtb_80" hold ids).
_NAME_PIECES = re.compile(r"[_\-.:]+")


_PORT_WORD = re.compile(r"(?:p|port)(?:80|443|8000|8008|8080|8081|8443|8888)")


# Words that name an identifier: with one, the name is an id's whatever else it says
# ("server_session_id", "JSessionId_9401", "node_uid").
_ID_WORD = re.compile(
    r"id|ids|uid|sid|guid|uuid|sess|session|sessionid|visitor|user|token|auth|login|device"
    r"|client|csrf|xsrf|tracking|track|trackid|unique|anon|anonymous|fingerprint|fp|key|ticket"
)


def _name_words(name: str) -> list[str]:
    """A cookie name's words (:data:`_NAME_WORD`), lower-cased; read once for each name."""
    return [w.lower() for w in _NAME_WORD.findall(name)]


def _routing_name(name: str, words: list[str]) -> bool:
    """Whether a cookie's name names a load balancer's routing and no identifier.

    The name is read as words (:func:`_name_words`): one that names routing
    (:data:`_ROUTING_WORD`; two that write one, :data:`_SPLIT_ROUTING`) or a port as the
    last piece (:data:`_PORT_WORD`) makes the value a server's, pool's or node's name,
    unless another word names an id (:data:`_ID_WORD`).
    """
    if not words or any(_ID_WORD.fullmatch(w) for w in words):
        return False
    if any(_ROUTING_WORD.fullmatch(w) for w in words):
        return True
    if any(_SPLIT_ROUTING.fullmatch(a + b) for a, b in itertools.pairwise(words)):
        return True  # "X-BackEndCookie": a routing word written as two capitalised words
    pieces = [p for p in _NAME_PIECES.split(name) if p]  # "LIBRARY", "P80": a port stands apart
    return len(pieces) > 1 and _PORT_WORD.fullmatch(pieces[-1].lower()) is not None


# Names of a position: a feed's or a list's offset, a scroll position, a page cursor
# (Bilibili's "bp_video_offset_<uid>", Dynamic Yield's "_dy_toffset"). The cookie holds where
# the browser was in a list or page, not who it is.
_POSITION_NAME = re.compile(r"offset|position|scroll|cursor")


# A name that names the site's own id for a vendor (a website's, site's or property's id:
# Inspectlet's "__insp_wid", Qualaroo's "__qc_wId", "site_id", "website_id"): the same value
# for every visitor of the site, not the browser's.
_SITE_ID_NAME = re.compile(r"(?:^|[_.\-])(?:w|web_?site|site|property)[_.\-]?id\Z")


# Words that name media a page plays, no person: an audio or video stream, a radio station,
# a channel, a playlist ("stationAudioStream", "remixcurr_audio"). The value names what is
# played or preferred, the same for every listener of it.
_MEDIA_WORD = re.compile(
    r"stream|station|channel|playlist|radio|audio|video|song|album|podcast|episode"
)


def _names_ids(name: str, words: list[str]) -> bool:
    """Whether a cookie name names an id or ids (:data:`_ID_KEY`, a word of :data:`_ID_WORD`).

    A plural counts ("uids", "user_ids": a list of accounts' ids). ``words`` are the name's
    (:func:`_name_words`).
    """
    if _ID_KEY.fullmatch(name) is not None:
        return True
    return any(
        _ID_WORD.fullmatch(w) is not None or _ID_WORD.fullmatch(w.removesuffix("s")) is not None
        for w in words
    )


def _position_name(name: str, words: list[str]) -> bool:
    """Whether a cookie name names a position or media, and no identifier.

    A position (:data:`_POSITION_NAME`, anywhere in the name) or a word naming media
    (:data:`_MEDIA_WORD`); a word naming an id (:data:`_ID_WORD`: "video_uid",
    "channel_session") or an id-named name (:data:`_ID_KEY`: "playlist_id") keeps the value
    an identifier's.
    """
    if _names_ids(name, words):
        return False
    return _POSITION_NAME.search(name.lower()) is not None or any(
        _MEDIA_WORD.fullmatch(w) for w in words
    )


def _not_id_name(name: str) -> bool:
    """Whether a cookie name is one that never holds a browser's identifier.

    By privkit's rules (:func:`_ruled_not_id_name`), or as a cookie database documents a
    load balancer's or gateway's cookie (:func:`_documented`, ``routing``: Azure's
    ``x-ms-gateway-slice``, Radware Alteon's ``AlteonP``) under a name that names no id.
    """
    return _ruled_not_id_name(name) or (
        _documented(name, "routing") and not _names_ids(name, _name_words(name))
    )


def _ruled_not_id_name(name: str) -> bool:
    """Whether privkit's name rules say a cookie name never holds a browser's identifier."""
    if name in _NOT_ID_NAMES or name.startswith(_NOT_ID_PREFIXES):
        return True
    words = _name_words(name)
    if _routing_name(name, words) or _position_name(name, words):
        return True
    if _SITE_ID_NAME.search(name.lower()) is not None:
        return True
    low = name.lower()
    if "trace" in low and _TRACE_COOKIE.search(low) is not None:
        return True
    if "ver" in low and _VERSION_COOKIE.search(low) is not None:
        return _ID_KEY.fullmatch(name) is None
    return (
        ("est" in low and _TEST_COOKIE.fullmatch(name) is not None)
        or _EXPERIMENT_COOKIE.search(low) is not None
    ) and _ID_KEY.fullmatch(name) is None


# Keys of a record's field that hold a signature or a checksum of the fields before it
# ("crc=<hex>", "sig=..."); Google's and Yahoo's records sign with an upper-case "S"
# ("ID=<id>:T=<time>:S=<sig>", Yahoo's "A3=d=<id>&S=<sig>"). A lower-case "s" is often a
# session's id itself ("s=<uuid>&h=&v=0").
# ("h": Scribd's "u=<uuid>&h=<digest>", a record's digest of the id before it; a field named
# "hash" is left to be judged on its own, as the stamps' tests decided)
_SIGNATURE_KEY = re.compile(r"S|h|(?i:sig|signature|crc(?:32)?|checksum|hmac)")


def _signature_key(key: str) -> bool:
    """Whether a record's field key names the record's signature (:data:`_SIGNATURE_KEY`)."""
    return _SIGNATURE_KEY.fullmatch(key) is not None


# A cookie that signs another cookie of the same header: the other's name, a separator and a
# signature word ("visitor_id413862" and "visitor_id413862-hash", "session" and "session.sig").
_SIBLING_SIGNATURE = re.compile(r"(.{1,256}?)[-_.](?i:hash|sig|signature|hmac|digest)")


def _sibling_signature(name: str, names: list[str]) -> bool:
    """Whether a cookie's name is an earlier cookie's of its header and a signature word.

    (:data:`_SIBLING_SIGNATURE`): a digest of that cookie's value, reported with it.
    """
    m = _SIBLING_SIGNATURE.fullmatch(name) if len(names) > 1 else None
    return m is not None and m.group(1) in names[:-1]


# A number as a time cookie holds it: a Unix time in seconds or milliseconds (or a date far
# ahead), with one type letter after it as some servers write a long ("2082787201l").
_TIME_NUMBER = re.compile(r"[0-9]{9,13}[A-Za-z]?")


def _time_cookie(name: str, value: str) -> bool:
    """Whether a cookie named for a time holds a number: when, not who.

    Its name's last piece is a time word (:func:`_time_key`: "session-id-time", "last_ts"),
    its value a number (:data:`_TIME_NUMBER`).
    """
    pieces = [p for p in _NAME_PIECES.split(name) if p]
    return bool(pieces) and _time_key(pieces[-1]) and _TIME_NUMBER.fullmatch(value) is not None
