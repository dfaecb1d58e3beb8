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
    r"|MUID|ANID|NID|IDE|WEBTRENDS_ID"
)


#: Session cookies whose name says nothing of an id, their value a session's random value:
#: Yahoo's ``GUCS`` (set for 30 minutes beside its year-long ``GUC``, value random, e.g.
#: ``GUCS=AV78X-IQ``). A short grouped value under one is judged as under a name that names
#: an id (:meth:`CookieDetector._named_id`).
SESSION_VALUE_NAMES = frozenset({"GUCS"})


#: Visitor cookies whose whole value is one id built from the client's address: WebTrends'
#: ``WEBTRENDS_ID=<client address>-<time>.<random>`` (W3C logs of IIS keep it in their cookie
#: column). The address is a piece of the id, so the value is reported whole, over the
#: address inside it (:meth:`CookieDetector._address_ids`).
ADDRESS_ID_NAMES = ("WEBTRENDS_ID",)


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
    r"|public[_\-]?key|pubkey|identifier))"
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
# Akamai documents two cloudlets' cookies that assign a browser to an origin or a segment
# (techdocs.akamai.com, Cloudlets: Phased Release sets "akacd_<policy>" to keep the visitor on
# the origin it was sent to; Audience Segmentation sets "akaas_<policy>" to keep it in its
# segment): the value names the origin or segment with an expiry, shared by every visitor sent
# there. (Akamai's Bot Manager cookies, "ak_bmsc", "bm_sv", "bm_sz", "_abck", follow one
# browser and stay ids.)
_NOT_ID_PREFIXES = ("NSC_", "BIGipServer", "X-Mapping-", "nlbi_", "AWSALB", "AWSELB",
                    "__cflb", "INGRESSCOOKIE", "SERVERID", "ACE_", "ARRAffinity",
                    "ADRUM", "akacd_", "akaas_")  # fmt: skip


# Google Optimize's "_gaexp" records experiments and variants ("GAX1.2.<experiment>.<day>.0");
# HubSpot's "__hssc" is its session state as "__utmb" is Google's (<domain hash>.<pages>.<time>:
# the visitor id is "__hstc"/"hubspotutk").
# Magento's "X-Magento-Vary" is a hash of the store context (store, currency, customer
# group): the same for every visitor who shares those settings. Google Analytics' "__utmv"
# holds the site's custom variables after its domain hash ("253067679.|1=Registered=No=1"):
# the visitor's id is "__utma"'s.
# (LinkedIn's routing cookie is "lidc" exactly: a longer name opening with those letters,
# "lidc_uid", is no routing cookie of LinkedIn's and its id word counts.)
_NOT_ID_NAMES = frozenset(
    {"__utmb", "__utmc", "__utmz", "__utmt", "__utmv", "_gaexp", "__hssc", "X-Magento-Vary", "lidc"}
)


# The name Node.js's "cookies" and "keygrip" libraries give the signature of cookie
# "<name>": "<name>.sig", set in a header of its own. It is an HMAC of the other cookie's
# value, never a browser's id alone (beside its cookie, :func:`_sibling_signature`).
_SIGNATURE_SUFFIX = ".sig"


# An A/B test's cookie ("hs_ab_test_<test id>", "split_test", "experiment_42"): its value
# names the variant the browser was shown, one of a few shared by every visitor.
_EXPERIMENT_COOKIE = re.compile(r"ab_?test|split_?test|experiment")


# Words of a name that make the cookie an A/B test's, a segment's or an attribution's record
# (rule 4 of the corpora: buckets, segment lists, campaign records): "ab" standing as a word
# ("_wixAB3", "wp_ak_kywrd_ab"), a bucket, a variant, a cohort, a split, a multivariate test
# ("mvt"), a segment ("cdp_seg"), a multi-touch attribution ("attr_multitouch"). The value
# names a group or a campaign shared by many browsers. With a word naming an id
# (:data:`_ID_WORD`) the name stays an id's.
_GROUP_WORD = re.compile(
    r"ab|bucket|buckets|variant|variation|cohort|split|mvt|seg|segs|segment|segments"
    r"|attribution|multitouch"
)


# Words of a name that make the value one response's, not the browser's: the request it
# answered ("Akamai-Request-ID", "ReferringRequestId", "request_id"), the page's content
# security policy ("_zm_csp_script_nonce": the nonce of one page's scripts), a cache's verdict
# ("ssr-caching"). A word naming a visitor, session, user, client, device or token keeps the
# name an id's ("__tea_cache_tokens_<n>"; a nonce alone, ByteDance's "__ac_nonce", is one).
_RESPONSE_WORD = re.compile(r"request|requests|req|csp|cache|caching|cached")
_OWNER_WORD = re.compile(
    r"sid|sess|session|sessionid|visitor|visit|user|uid|client|device|browser|anon|anonymous"
    r"|unique|tracking|track|login|auth|token|csrf|xsrf|ticket|fingerprint|fp"
)


# Words of a name that make the cookie a privacy regime's state ("is_gdpr", "is_gdpr_b",
# "ccpa_optout"): whether a law applies or what the visitor chose, as a consent record.
_PRIVACY_WORD = re.compile(r"gdpr|ccpa|cpra|lgpd|pipeda|optout|opt")


# Words of a name that make the cookie a preference when an owner word says whose it is
# ("user_prefs", "UserPref", "visitor_settings"): a preference, not the owner's id. A bare
# preference name is left to its value (Google's "PREF" holds "ID=<id>:..." fields).
_PREFERENCE_WORD = re.compile(r"pref|prefs|preference|preferences|settings|setting")
_PREFERENCE_OWNER = frozenset({"user", "visitor", "client"})


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
# A proxy's or balancer's product name as a word ("main-nginx": nginx's sticky module names
# its cookie for the upstream) names the same: the server it routes to.
_ROUTING_WORD = re.compile(
    r"[a-z]{0,4}lb|ltm|balancer|loadbalancer|persist(?:ence)?|sticky|stickiness|affinity"
    r"|routing|(?:route|backend|upstream|pool|node|server|srv|balance)(?:id)?"
    r"|nginx|haproxy|traefik|envoy|varnish|netscaler|alteon"
)


# A routing word glued in a name written in capitals ("AFTERNICSERVERID": a site's name, then
# "SERVERID" as HAProxy writes its cookie): the word ends the name.
_GLUED_ROUTING = re.compile(r"[A-Z]{2,24}(?:SERVER|SRV|BACKEND|ROUTE|NODE)ID")


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
# A word of one to four consonants glued to "id" (an optional "u" between: "uid") is an
# abbreviated id's name too ("pvid", "kppid", "tdid", "swid", "muid": a page view's, a
# visitor's, a device's id): on the development parts of the HTTP sets, cookie names so
# ended held a labelled id some 800 times and no id some 60 times (H149). The consonants
# keep English words out ("paid", "void", "valid", "hybrid"); "grid" (a layout) and "squid"
# (a proxy) are the common words of that shape.
# An owner's id glued to a word before it in a name written in one case ("domainuserid",
# "networkuserid", "fbclientid": the user's id on a domain or network) names the owner's id
# too; a routing word beside it ("srv_domainuserid") does not make it a server's.
_ID_WORD = re.compile(
    r"id|ids|uid|sid|guid|uuid|sess|session|sessionid|visitor|user|token|auth|login|device"
    r"|identifier"
    r"|client|csrf|xsrf|tracking|track|trackid|unique|anon|anonymous|fingerprint|fp|key|ticket"
    r"|(?!(?:grid|squid)\Z)[b-df-hj-np-tv-xz]{1,4}u?id"
    r"|[a-z]{2,12}(?:user|visitor|session|client|device|browser)id"
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
    if not words:
        return False
    # "srv_id", "server_id": an "id" right after a routing word is the server's
    ids = [w for i, w in enumerate(words) if _ID_WORD.fullmatch(w)
           and not (w == "id" and i and _ROUTING_WORD.fullmatch(words[i - 1]))]  # fmt: skip
    if ids:
        return False
    if any(_ROUTING_WORD.fullmatch(w) for w in words) or _GLUED_ROUTING.fullmatch(name):
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


def _group_name(name: str, words: list[str]) -> bool:
    """Whether a cookie name names an A/B test's bucket, a segment or an attribution.

    A word of :data:`_GROUP_WORD` beside another word of two letters or more, and no
    identifier (:func:`_names_ids`). A name that is the group word alone ("ab", "X-AB") is an
    ad network's own and is left to its value.
    """
    group = [w for w in words if _GROUP_WORD.fullmatch(w)]
    if not group or not any(len(w) > 1 and w.isalpha() and w not in group for w in words):
        return False
    return not _names_ids(name, words)


def _response_name(words: list[str]) -> bool:
    """Whether a cookie name names one response's value and nothing a browser is known by.

    A word of :data:`_RESPONSE_WORD` (a request's id, a page's security policy, a cache's
    verdict) and none of :data:`_OWNER_WORD`.
    """
    return any(_RESPONSE_WORD.fullmatch(w) for w in words) and not any(
        _OWNER_WORD.fullmatch(w) or _OWNER_WORD.fullmatch(w.removesuffix("s")) for w in words
    )


# The last word of a name that names a display or locale setting: a language or locale, a
# theme or skin, a time zone, a currency, a layout, a font, a zoom, units, a map or its
# layer (as in the names bf-browser-language, site_theme, mapviewer.map). The value is what
# the visitor chose, shared by everyone who chose it. A word naming an id (:func:`_names_ids`,
# as in lang_uid) keeps the name an id's; an owner word says whose setting it is, as in
# user_timezone (:data:`_PREFERENCE_OWNER`), and names none.
_SETTING_NAME_WORD = re.compile(
    r"lang|language|locale|theme|skin|timezone|tz|currency|layout|font|zoom|units"
    r"|map|layer|baselayer|basemap"
)


def _setting_name(name: str, words: list[str]) -> bool:
    """Whether a cookie name's last word names a setting, and no word names an id.

    (:data:`_SETTING_NAME_WORD`; ``words`` are the name's, :func:`_name_words`.)
    """
    return (
        bool(words)
        and _SETTING_NAME_WORD.fullmatch(words[-1]) is not None
        and not _names_ids(name, [w for w in words if w not in _PREFERENCE_OWNER])
    )


# A setting's value as a preference cookie writes it: letters, digits and a few marks, 64
# characters at most, no field, record, list or signature ("BE_20160301_10", "fr-BE",
# "Europe%2FBerlin"). A structured value under a setting's name is judged as any other
# value (a signed record naming a device token stays an id under any name).
_PLAIN_SETTING = re.compile(r"[\w\-.+%]{1,64}")
_RECORD_MARKS = ("%7B", "%5B", "%3D", "%26", "%7C", "%3A")


def _setting_cookie(name: str, value: str) -> bool:
    """Whether a cookie is a preference named as one holding a plain value.

    Its name's last word names a setting (:func:`_setting_name`) and its value is plain
    (:data:`_PLAIN_SETTING`, no encoded bracket, field, list or map mark, no base64 JSON, no
    signed record's ``--``).
    """
    if _PLAIN_SETTING.fullmatch(value) is None or value.startswith("eyJ") or "--" in value:
        return False
    if "%" in value and any(m in value.upper() for m in _RECORD_MARKS):
        return False
    return _setting_name(name, _name_words(name))


def _state_name(name: str, words: list[str]) -> bool:
    """Whether a cookie name names a privacy regime's state or an owner's preference.

    A word of :data:`_PRIVACY_WORD` and no identifier; or a word of :data:`_PREFERENCE_WORD`
    with an owner word (:data:`_PREFERENCE_OWNER`, "user_prefs": whose preference it is) and
    no other id word ("user_pref_uid" keeps the name an id's).
    """
    if any(_PRIVACY_WORD.fullmatch(w) for w in words):
        return not _names_ids(name, words)
    if not any(_PREFERENCE_WORD.fullmatch(w) for w in words) or not any(
        w in _PREFERENCE_OWNER for w in words
    ):
        return False
    return not _names_ids(name, [w for w in words if w not in _PREFERENCE_OWNER])


# Twenty random bytes or more in base64 (27 characters or more of one run, padding aside).
_BASE64_DRAW = re.compile(r"[A-Za-z0-9+/_\-]{27,512}={0,2}")


def _browser_draw(value: str) -> bool:
    """Whether a value is twenty random bytes or more in base64: a browser's, not a server's.

    A load balancer names one server of its pool, which takes a few bytes; 160 random bits
    and more (SurveyMonkey's ``ep201="72qI...NY="``, two different ones in one response) name
    the browser. Upper- and lower-case letters and a digit, each; hex is left alone (a server
    name's digest is written so).
    """
    value = value.strip().strip('"')
    return (
        _BASE64_DRAW.fullmatch(value) is not None
        and any(c.isdigit() for c in value)
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
    )


def _not_id_name(name: str, value: str = "") -> bool:
    """Whether a cookie name is one that never holds a browser's identifier.

    By privkit's rules (:func:`_ruled_not_id_name`), or as a cookie database documents a
    load balancer's or gateway's cookie (:func:`_documented`, ``routing``: Azure's
    ``x-ms-gateway-slice``, Radware Alteon's ``AlteonP``) under a name that names no id,
    unless its value, when given, is a browser's random draw (:func:`_browser_draw`).
    """
    return _ruled_not_id_name(name) or (
        _documented(name, "routing")
        and not _names_ids(name, _name_words(name))
        and not _browser_draw(value)
    )


def _ruled_not_id_name(name: str) -> bool:
    """Whether privkit's name rules say a cookie name never holds a browser's identifier."""
    if (
        name in _NOT_ID_NAMES
        or name.startswith(_NOT_ID_PREFIXES)
        or (name.endswith(_SIGNATURE_SUFFIX) and len(name) > len(_SIGNATURE_SUFFIX))
    ):
        return True  # "<cookie>.sig": the signature keygrip writes of another cookie
    words = _name_words(name)
    if _routing_name(name, words) or _position_name(name, words):
        return True
    if _SITE_ID_NAME.search(name.lower()) is not None:
        return True
    low = name.lower()
    if (
        _group_name(name, words)
        or _response_name(words)
        or _state_name(name, words)
        or ("trace" in low and _TRACE_COOKIE.search(low) is not None)
    ):
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


# A digest as a record's signature writes it: 40 or 64 hex digits in one case (SHA-1, SHA-256).
_HEX_DIGEST = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{40}|[0-9A-F]{64}")


def _signs_record(key: str, value: str, *, last: bool) -> bool:
    """Whether a record's field signs the fields before it.

    Its key names a signature (:func:`_signature_key`), or it is the record's last field,
    under a lower-case ``s``, holding a digest (:data:`_HEX_DIGEST`): Eventbrite's
    ``v=2&i=<uuid>&a=<n>&s=<sha1>`` signs its visitor record so. A lower-case ``s`` elsewhere,
    or holding another shape, is judged as before (``s=<uuid>&h=&v=0``: a session's id).
    The caller reports a signature with the id before it, as one finding (``_signed_on``).
    """
    if _signature_key(key):
        return True
    return last and key == "s" and _HEX_DIGEST.fullmatch(value) is not None


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


def _id_number_name(words: list[str]) -> bool:
    """Whether a cookie name's last word names an id and no word names a time.

    Under such a name ("pgv_pvid", "uid") a number that reads as a Unix time is the id: a
    random number below 2**31 of ten digits reads as a time one time in nine, and a first
    visit's time in milliseconds is as unique as a random id. ``words`` are the name's
    (:func:`_name_words`); "session_time", "uid_ts" name a time.
    """
    return (
        bool(words)
        and _ID_WORD.fullmatch(words[-1]) is not None
        and not any(_time_key(w) for w in words)
    )


# The last word of a name that names a measurement of time: a latency, a duration, a time
# elapsed, a timing, a load time ("logonLatency", "pageLoadTiming"): how long, not who.
_MEASURE_WORD = re.compile(r"latency|duration|elapsed|timing|timings|loadtime")
# A measurement's value: numbers, each maybe under a short key of its own, joined by "&", "|",
# ",", ":" ("4617", "LGN01=637598394787789943": Outlook's logon time and latency record).
_MEASURE_VALUE = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9_]{0,15}[=:])?[0-9]{1,19}"
    r"(?:[&|,:](?:[A-Za-z][A-Za-z0-9_]{0,15}[=:])?[0-9]{1,19}){0,15}"
)


def _time_cookie(name: str, value: str) -> bool:
    """Whether a cookie named for a time holds a number: when or how long, not who.

    Its name's last piece is a time word (:func:`_time_key`: "session-id-time", "last_ts"),
    its value a number (:data:`_TIME_NUMBER`); or its name's last word names a measurement of
    time (:data:`_MEASURE_WORD`: "logonLatency") and no word names an id, and its value is
    numbers, each maybe under a short key (:data:`_MEASURE_VALUE`).
    """
    pieces = [p for p in _NAME_PIECES.split(name) if p]
    if pieces and _time_key(pieces[-1]) and _TIME_NUMBER.fullmatch(value) is not None:
        return True
    words = _name_words(name)
    return (
        len(words) > 0
        and _MEASURE_WORD.fullmatch(words[-1]) is not None
        and not _names_ids(name, words[:-1])
        and _MEASURE_VALUE.fullmatch(value) is not None
    )
