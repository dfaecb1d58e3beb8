"""Build the thirty-fifth real-text HTTP set: browser captures of consumer sites and their
ad-tech and analytics partners.

Cookie-id precision is where issue 10's HTTP targets are not reached (the thirty-fourth set's
held-out part: 0.774 / 0.944; brief of helper H170). This set takes recorded browser traffic
(HAR files or other browser captures: web-privacy measurement tools' fixtures, crawler test
captures, browser-extension test data, HAR viewers' samples) from public repositories no
earlier section or builder names, to find the classes of false and missed cookie ids that
remain.

Split by **site** (:func:`held_out`, fixed at 11:18 UTC 2026-12-07, before any source was
chosen or any record read): a message's site is the registrable domain of its URL (the sixth
set's :func:`benchmarks.corpus._http6.site_of`), and a site whose name's SHA-256 opens with 0
to 4 is held out (the sixth to eighth and thirty-fourth sets' rule, so a site is on the same
side in every set split by site). A development record that repeats a held-out record's cookie
value (8 characters or more) is dropped. Sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Thirty-fifth HTTP set". Both files are committed,
labelled, before privkit or Presidio runs on them; the held-out part is measured once.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http11, _http12, _http33, _http34
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped. Their sites are kept (the captures are new), as in the twenty-ninth to
#: thirty-fourth sets. No held-out file is read.
EARLIER = tuple(p for p in (*_http34.EARLIER, DATA / "http34_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before any source was chosen (11:18 UTC 2026-12-07): a site whose
    name's SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: split is by site, so a repository may give to both parts.
SOURCES: dict[str, tuple[str, str, str]] = {
    # a HAR viewer's test data: a PhantomJS capture of a British tabloid's front page with its
    # ad-tech partners (audience, sync and bidding pixels), and one of a search engine's page
    "campbes/harpy": (
        "5d430dc1037d638aa0c8cf3fff344c831023c6c0", "MIT",
        r"^src/test/resources/(?:googleHar|harData)\.js$"),
    # a scraper's browser-recorded requests (Fiddler HAR exports and DevTools copies) of a
    # travel site, directories and a golf ranking site, with their cookies
    "hackerlank/webscraper": (
        "d2b09835d0afadbaf22a0794e493b5cb88aef870", "ISC (package.json)",
        r"^client/(?:[^/]+/)*[^/]+\.har$|^client/expedia/har\.js$"),
    # a translation-recorder extension's test data: Chrome DevTools HAR captures of a
    # translation site
    "bazigor/google-translate-recorder": (
        "764b7ad5051cecfb3a3a9c108c2dee1bfec3fb84", "MIT", r"^spec/data/.*\.har\.js$"),
    # a HAR analyser's sample: a Chrome capture of a blog with its analytics partner
    "np6176a/hargh": (
        "c353c3506c599975cb6ecc048ff78b06bf204abd", "MIT", r"^sample_files/.*\.har$"),
    # a HAR analyser's sample capture
    "Dadaskis/HARalyzer": (
        "efd769e93391140ecb5fcf2bdf92fd1c224568a0", "MIT", r"^sample/.*\.har$"),
}  # fmt: skip

#: At most this many records per site in the whole set (the sixth set's cap).
PER_SITE = 12


# --------------------------------------------------------------------------- reading

_HAR_START = re.compile(r'\{\s*"log"\s*:')
_REQUEST_START = re.compile(r'\{\s*"method"\s*:')


def read(raw: str) -> list[tuple[str, str, str]]:
    """A capture's messages as (kind, block, URL), bodies dropped.

    A HAR file is read by the sixth set's reader. A HAR wrapped in JavaScript (``var har =
    JSON.stringify({...})``, ``exports.value = {...}``) is read from its first ``{"log":``
    object; a script holding recorded request objects (``{"method": ..., "url": ...,
    "headers": [...]}``, a scraper's copies of its browser's requests) gives one request
    message per object.
    """
    raw = raw.lstrip("\ufeff")
    if raw.lstrip().startswith("{"):
        return _http6._har(raw)
    decoder = json.JSONDecoder()
    m = _HAR_START.search(raw)
    if m:
        return _http6._har(json.dumps(_wrapped_har(raw, m.start())))
    out = []
    for m in _REQUEST_START.finditer(raw):
        try:
            rq, _end = decoder.raw_decode(raw, m.start())
        except ValueError:
            continue
        url = str(rq.get("url", ""))
        first = f"{rq['method']} {url} {rq.get('httpVersion') or 'HTTP/1.1'}"
        headers = [(h["name"], h["value"]) for h in rq.get("headers", [])]
        out.append(("request", _http4._block(first, headers), url))
    return out


def _wrapped_har(raw: str, start: int) -> object:
    """The HAR object a script holds from ``start``; a wrapper whose outermost closing brace
    is missing (``JSON.stringify({"log":{...]});``, a hand-trimmed fixture) is closed with one
    or two braces after its last one."""
    try:
        return json.JSONDecoder().raw_decode(raw, start)[0]
    except ValueError:
        body = raw[start : raw.rindex("}") + 1]
        for tail in ("}", "}}"):
            try:
                return json.loads(body + tail)
            except ValueError:
                continue
        raise


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every capture's messages grouped by site, each record to its site's part
    (:func:`held_out`), the sixth set's pick per capture and site, at most :data:`PER_SITE`
    records per site; test hosts are skipped; a record repeating an earlier development cookie
    value (8 characters or more) is dropped, and a development record repeating a held-out
    one's (the thirty-fourth set's selection)."""
    counts = {"messages": 0, "earlier_value": 0, "site_cap": 0, "unreadable": 0}
    sel = _http12.Selection(
        _http6._earlier(EARLIER)[1], counts, is_held_out=held_out, per_site=PER_SITE
    )
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            try:
                msgs = read(_http11._git(git, "cat-file", "-p", blob))
            except (subprocess.CalledProcessError, ValueError, KeyError, IndexError, TypeError):
                counts["unreadable"] += 1
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url) if url.startswith("http") else ""
                if site and not _http6._TEST_HOST.match(site):
                    by_site.setdefault(site, []).append((kind, block))
            sel.pick(repo, path, "har", by_site)
    return sel.finish()


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (before any detector ran)
    # ad-tech partner uids and opaque random values of unknown cookies (rules 2, 13, 21): a
    # DSP's ``cli``, DataXu-style ``dids<n>`` and ``drtn<n>`` ids (as the thirty-fourth set's
    # ``drtn<n>``), encrypted partner user records (``pudm_*``, ``rtc_*``), ``put_<n>`` and
    # ``rtn1`` (as ``put_1986``, ``rtn1-z``), an exchange's ``X1ID`` and its temporary copy,
    # VisualDNA's widget uuid
    **dict.fromkeys((
        "cli", "dids1016961928", "dids1877612161", "dids2127467326", "dids273775042",
        "drtn478490672", "drtn89498291", "pudm_AAAA", "put_2596", "rtc_AAAA", "rtn1",
        "TMP_X1ID", "vdnaWidgetMC", "X1ID"), ID),
    # id fields inside records (rule 13): the uuid after ``ID=`` of an ``ACXID`` record, the
    # uuid a VisualDNA partner-sync record (``vdnaR``) opens with
    "ACXID": re.compile(r"ID=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"),
    "vdnaR": re.compile(r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"),
    # not identifiers: counters, a two-letter flag, a load balancer's persistence cookie
    # (Citrix NetScaler ``NSC_*``, rule 35), a recently-viewed list, a frequency-cap record
    **dict.fromkeys((
        "ACX_COUNT", "JY57", "NSC_mcw_xxx-c.zfmmhspvq.dpn_80", "number_access",
        "recently_viewed", "tpdpc"), NO),
    # undecidable (``COOKIE_ID?``): a base64 record of an ad server
    "ttvrc": IGN,
    # held-out names, decided from the name only (their values were not read)
    **dict.fromkeys(("_opinion_session", "ajs_group_id", "ajs_user_id", "token"), ID),
    **dict.fromkeys(
        ("CMTEST", "from_site", "gsScrollPos-5617", "ki_r", "ki_t", "timezone"), NO),
    "f": IGN,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http34.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The thirty-fourth set's rules with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http33._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=35,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    read=read,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
