"""Build the twenty-first real-text set: an embed library's cached responses of many sites.

The cookie-id precision of the earlier HTTP sets' held-out parts is their weakest figure
(0.317, 0.630, 0.742): privkit reports cookie values that are not identifiers. This set takes
recorded traffic of many consumer sites from repositories no earlier set names: the cached
HTTP responses that the PHP library Embed (``oscarotero/Embed``) keeps as its test fixtures,
one file per page or oEmbed endpoint it fetched (news sites, video, audio, photo and social
sites, blogs, shops), with the ``Set-Cookie`` headers those sites send to an anonymous
client, in every version its history holds; and the sample web archives (WARC) of the
InterPlanetary Wayback (``oduwsdl/ipwb``): a Heritrix crawl and other captures, whose
requests carry the crawler's cookies and agents.

Split by **site** (:func:`held_out`, fixed at 14:06 UTC 2026-12-05, before any record was
read: the registered domain's SHA-256 opens with 0 to 4, the sixth and twentieth sets' rule,
so a site is on the same side in each). Sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Twenty-first real-text set". Both files were
committed, labelled, before privkit or Presidio ran on them; the held-out part is measured
once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http21 --git oscarotero/Embed=GIT_DIR \
        --git oduwsdl/ipwb=GIT_DIR [--names]
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http11, _http12, _http18, _http20
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http20.EARLIER, DATA / "http20_dev.jsonl") if p.exists())
#: The sites of the tenth to twentieth sets' held-out parts as their README sections name
#: them (their files are not read): left out of both parts. The twentieth's held-out sites
#: are not named by site there; its sources' sites are in its development file or left out
#: by the earlier-value rule.
HELD_OUT_SITES = _http20.HELD_OUT_SITES


def held_out(site: str) -> bool:
    """The split, fixed before extraction (14:06 UTC 2026-12-05): a site (registered domain,
    as ``_http6.site_of`` gives it) whose name's SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "oscarotero/Embed": (
        "62bd05060757a874673b4cda2299d94dd18f9a85", "MIT", r"^tests/cache/[^/]+\.php$"),
    "oduwsdl/ipwb": (
        "91e202b31d96af0171690b2df61d47625867651f", "MIT", r"^samples/warcs/[^/]+\.warc(?:\.gz)?$"),
}  # fmt: skip

#: At most this many records per site (the earlier sets' 60).
PER_SITE = 60


# --------------------------------------------------------------------------- reading

#: An Embed cache file's name: ``<host>.<path slug>[.<md5 of the query>].php`` (its
#: ``FileClient::getFilename``); the host is the longest run of leading labels that ends in a
#: public suffix (``4pda.to``, ``www.flickr.com``).
_PHP_HEADERS = re.compile(r"(?ms)^    'headers' => \[\n(.*?)^    \],\n")
_PHP_HEADER = re.compile(r"(?ms)^        '((?:[^'\\]|\\.)*)' => \[\n(.*?)^        \],?\n")
_PHP_VALUE = re.compile(r"(?m)^            '((?:[^'\\]|\\.)*)',?$")
_PHP_STATUS = re.compile(
    r"(?m)^    'statusCode' => (\d+),\n    'reasonPhrase' => '((?:[^'\\]|\\.)*)'"
)


def _php_str(s: str) -> str:
    return s.replace("\\'", "'").replace("\\\\", "\\")


#: The last labels a host in an Embed cache file's name may end in: a country code or a
#: generic top-level domain of three letters (a brand or new domain such as ``.watch`` or
#: ``.youtube`` is a path word there far more often: ``www.youtube.com.watch.<md5>.php``).
_HOST_END = re.compile(r"^(?:[a-z]{2}|com|org|net|edu|gov|mil|int|biz|info)$")


def embed_host(path: str) -> str:
    """The host an Embed cache file was fetched from, read from its name: the first run of
    leading labels with a registered domain whose last label may end a host, extended while
    the next label extends its public suffix (``bbc.co`` to ``bbc.co.uk``; never
    ``consent.google.es`` to ``consent.google.es.ml``)."""
    _http6.site_of("http://a.com")  # loads the bundled public-suffix list
    labels = Path(path).name.removesuffix(".php").split(".")
    best, suffix = "", ""
    for i in range(2, len(labels) + 1):
        label = labels[i - 1].lower()
        if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", label):
            break
        host = ".".join(labels[:i]).lower()
        got = _http6._EXTRACT(host)  # type: ignore[misc]
        if not (got.suffix and got.domain and _HOST_END.match(label)):
            continue
        if best and got.suffix != f"{suffix}.{label}":
            break
        best, suffix = host, got.suffix
    return best


def embed_msgs(raw: str, path: str) -> list[tuple[str, str, str]]:
    """An Embed cache file as one (kind, block, URL) response: its status line and headers
    (a header's several values, one per redirect, each on its own line); the body dropped."""
    m = _PHP_HEADERS.search(raw)
    st = _PHP_STATUS.search(raw)
    if m is None or st is None:
        return []
    headers = []
    for h in _PHP_HEADER.finditer(m.group(1)):
        name = _php_str(h.group(1))
        headers += [(name, _php_str(v)) for v in _PHP_VALUE.findall(h.group(2))]
    line = f"HTTP/1.1 {st.group(1)} {_php_str(st.group(2))}".rstrip()
    host = embed_host(path)
    return [("response", _http4._block(line, headers), f"https://{host}/" if host else "")]


def _warc_text(raw: bytes) -> str:
    if raw[:2] == b"\x1f\x8b":  # concatenated gzip members (one per WARC record)
        out = []
        while raw:
            d = zlib.decompressobj(31)
            out.append(d.decompress(raw))
            raw = d.unused_data
            if not d.eof:
                break
        raw = b"".join(out)
    return raw.decode("utf-8", "replace")


def _blob(git: Path, blob: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(git), "cat-file", "-p", blob], capture_output=True, check=True
    ).stdout


def extract(
    gits: dict[str, Path],
) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts' records (repo, path, system, text) in a fixed order, and the drop counts.

    Per file version, the messages of each site are picked by the sixth set's rule
    (``_http10._pick``); earlier sets' sites and held-out sites are left out, a record
    repeating an earlier development cookie value (8 characters or more) is dropped, each
    site keeps :data:`PER_SITE` records at most; each record goes to its site's part, and a
    development record repeating a held-out cookie value is dropped.
    """
    earlier_sites, earlier_values = _http6._earlier(EARLIER)
    earlier_sites |= HELD_OUT_SITES
    counts = {"messages": 0, "earlier_site": 0, "earlier_value": 0, "site_cap": 0}
    sel = _http12.Selection(earlier_values, counts, is_held_out=held_out, per_site=PER_SITE)
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            try:
                raw = _blob(git, blob)
                if path.endswith(".php"):
                    msgs, system = embed_msgs(raw.decode("utf-8", "replace"), path), "cache"
                else:
                    msgs, system = _http6._warc(_warc_text(raw)), "warc"
            except (subprocess.CalledProcessError, zlib.error, ValueError):
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url) if url.startswith("http") else ""
                if not site or _http6._TEST_HOST.match(site):
                    continue
                if site in earlier_sites:
                    counts["earlier_site"] += 1
                    continue
                by_site.setdefault(site, []).append((kind, block))
            sel.pick(repo, path, system, by_site)
    _http12.drop_held_out_values(sel.parts, counts)
    counts["sites_dev"] = len({s for s in sel.kept if not held_out(s)})
    counts["sites_holdout"] = len({s for s in sel.kept if held_out(s)})
    return sel.parts, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once on development samples (the held-out part's names were counted, not read).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (14:14 UTC, before any detector ran)
    # sessions of web frameworks and per-browser, visitor and anti-bot ids; CSRF tokens tied
    # to a session (rule 21); opaque random values of cookies whose purpose is not known
    "__ld_hash_key": ID,  # a random base64 key per client (three fetches, three values)
    "__Secure-ENID": ID,  # Google's per-browser ENID (``<n>.SE=<random>``), as ``NID``
    "_abby": ID,  # an A/B framework's per-visitor key (15 random letters), not a bucket
    "_animoto.com_session": ID,  # Rails sessions
    "_ksr_session": ID,
    "_scribd_session": ID,
    "_slides_app_session": ID,
    "_vlrb_session": ID,
    "_csrf-frontend": ID,  # Yii's CSRF cookie (a hash and the serialised token)
    "AMPCSRF": ID,  # a CSRF token
    "_pxhd": ID,  # PerimeterX's per-browser anti-bot id (``<hash>:<uuid>``)
    "client_id": ID,  # 64 hex digits per client
    "CN_xid": ID,  # Conde Nast's visitor id (a UUID) and its refresh copy
    "CN_xid_refresh": ID,
    "guest_id_ads": ID,  # X's guest ids (``v1:<number>``), as ``guest_id``
    "guest_id_marketing": ID,
    "muc": ID,  # X's per-browser advertising id (a UUID)
    "nway": ID,  # a UUID per client
    "pb_userid": ID,  # Photobucket's user record (base64 of a hex id and a tracking id)
    "sc_anonymous_id": ID,  # SoundCloud's anonymous visitor id
    "SESS8df0a0219a65bbbcb42efcb7e2bc5f8c": ID,  # a Drupal session (``SESS<hash>``)
    "tmgioct": ID,  # 24 hex digits per client
    "ustream-guest": ID,  # Ustream's encrypted guest token
    "vis": ID,  # a visitor id (three hex runs)
    # identifier fields inside records: Yahoo's (Flickr's) browser cookie ``<id>&b=3&s=..``,
    # Scribd's ``u=<uuid>&h=<hash>`` (the hash a signature), WooCommerce's session
    # ``<customer id>||<expiry>||<expiring>||<hash>``
    "BX": re.compile(r"^([0-9a-z]{8,})&b="),
    "scribd_ubtc": re.compile(r"^u%3D([0-9a-f]{8}-[0-9a-f-]{27})"),
    "wp_woocommerce_session_a83defda688b76c558bd32cf4bb41209": re.compile(
        r"^([0-9a-f]{8,})%7C%7C"
    ),
    # undecidable: one encrypted value under three names; random numbers of a feature cookie
    "_sfkcs2_3bm41r7bojtqrkteete6j1j9i7": IGN,
    "_sfkcs2_81n26iis9cbehm8jd0efu472r4": IGN,
    "_sfkcs2_qaqvb4tvd98vjm42o532gev1o5": IGN,
    "pb_features": IGN,
    # location: a country code, Flickr's encrypted "where on earth" place id
    "CN_geo_country_code": LOC,
    "woe_id": LOC,
    # not identifiers: A/B variants and buckets, flags, counters, a Unix time, a date, a page
    # URL, consent and paywall-meter state, segments, routing (back-end) names, an expired
    # value
    "__CJ_nwt": NO, "__Secure-BUCKET": NO, "_abby_aa_fastly": NO, "_abby_hero_form": NO,
    "_abby_jiosurvey": NO, "_abby_post15s": NO, "_abby_topics_spanish": NO, "_cc": NO,
    "_nu": NO, "ab_test_1": NO, "ab_test_2": NO, "BACKENDID": NO, "BACKENDID3": NO,
    "CN_segments": NO, "consent": NO, "last_page": NO, "optimizely_current_variations": NO,
    "pay_ent_smp": NO, "pay_events": NO, "pb_mobile": NO, "pfg": NO, "request_time": NO,
    "SOCS": NO, "sysfig": NO, "verso_bucket": NO, "xid1": NO,
    # held-out names, decided from the name only (their values were not read)
    "_jsfiddle_session": ID, "ad_session_id": ID, "ig_session": ID, "jsbin": ID,
    "SIFT_SESSION_ID": ID, "spreaker": ID, "su_sid": ID,  # sessions
    "access_token": ID, "refresh_token": ID, "client_token": ID,  # sign-in credentials
    "PD_REQ_AUTH": ID,  # likewise, by its name
    "x-mwp-csrf": ID, "x-mwp-csrf-header": ID,  # CSRF tokens (rule 21)
    "dmvk": ID, "v1st": ID, "v1stsamesite": ID,  # Dailymotion's visitor ids
    "gup_anonid": ID, "gup_clientid": ID,  # Gannett's anonymous and client ids
    "MEETUP_BROWSER_ID": ID, "MEETUP_TRACK": ID, "su_user_id": ID, "UsuarioCG": ID,
    "gnt_eid": IGN, "gnt_i": IGN, "gup_lng": IGN, "ig_putma": IGN, "remkt": IGN, "sdx": IGN,
    "su_sdx": IGN,  # names that do not say what the value is
    "arc-geo": LOC,
    "ad_locale": NO, "gnt_eu": NO, "incr_photo_id": NO, "is_business": NO,
    "session.sig": NO,  # a signature of the session cookie, not the session id
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http20.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The twentieth set's rules (which carry the fourth to nineteenth sets' and the shared
    last pass, rules 44, U and V) with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http18._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=21,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    parts=extract,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
