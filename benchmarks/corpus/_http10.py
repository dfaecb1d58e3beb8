"""Build the tenth real-text set: API clients' recorded cassettes with real cookies and agents.

The earlier HTTP sets took browser captures (HAR files, DevTools logs, WARCs) and a consent
crawl's cookie jar; the repositories that ship such captures are used up. This set takes the
test recordings (vcrpy and Ruby VCR cassettes) of HTTP clients that ran against real services:
the services' own ``Set-Cookie`` headers (bot-manager, CDN, load-balancer, session and visitor
cookies), the clients' agents, and in the held-out part a browser session's cookies that a
scraper replayed. Each interaction is rendered as two header blocks (request, response), split
by repository (sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Tenth real-text set"). The labeller is the fourth to ninth sets' with the reviewed per-name
tables extended by the names first seen here (:data:`NEW_COOKIES`, :data:`NEW_HEADERS`). Both
files were committed, labelled, before privkit or Presidio ran on them; the held-out part is
measured once.

Run with the local git directories of the repositories (only ``git show`` is used)::

    python -m benchmarks.corpus._http10 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from benchmarks.corpus import _http4, _http5, _http6, _http8, _http9
from benchmarks.corpus._git import git_arguments, git_files, git_show
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    from collections.abc import Mapping

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
DEV_OUT = DATA / "http10_dev.jsonl"
HOLD_OUT = DATA / "http10_holdout.jsonl"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http9.EARLIER, DATA / "http9_dev.jsonl")

#: repository -> (commit, licence, part, files: a regex on the path). The split is by
#: repository, fixed before any record was read.
SOURCES: dict[str, tuple[str, str, str, str]] = {
    "browniebroke/deezer-python": (
        "f6672de2fdfdedbd649c99572cff70b14ce95f2b", "MIT", "dev", r"^tests/(?:.*/)?cassettes/[^/]*\.yaml$"),
    "adimichele/hubspot-ruby": (
        "8eb0a64dd0c14c79e631e81bfdc169583e775a46", "MIT", "dev", r"^spec/fixtures/vcr_cassettes/.*\.yml$"),
    "ruby-oembed/ruby-oembed": (
        "f5c2f5f9dcb6a2d839c461d5ea389adb5d36f232", "MIT", "dev", r"^spec/cassettes/[^/]*\.yml$"),
    "kevinzg/facebook-scraper": (
        "567711fbab3e014504a1d4f33f882c2b29d71584", "MIT", "holdout", r"^tests/cassettes/[^/]*\.yaml$"),
    "matin/garth": (
        "f99159a15c4c9463ce215a60ba9f7cb21f94a3b7", "MIT", "holdout", r"^tests/(?:.*/)?cassettes/[^/]*\.yaml$"),
    # added before any detector ran (the held-out part had 14 distinct cookie values); the
    # last commit holding the cassettes (the next one deleted them)
    "danbooru/danbooru": (
        "b2296cab70a68368b1f68bb8e78ad658748d7da1", "BSD-2-Clause", "holdout",
        r"^test/fixtures/vcr_cassettes/.*\.yml$"),
}  # fmt: skip

#: At most this many records per site in the whole set (first in source and path order).
PER_SITE = 60
#: Values shorter than this are flags and counters: they may repeat.
MIN_DISTINCT = 8


# --------------------------------------------------------------------------- reading


def _headers(raw: object) -> list[tuple[str, str]]:
    """A cassette's headers (``{name: [values]}`` or ``{name: value}``) as (name, value) pairs."""
    if not isinstance(raw, dict):
        return []
    out = []
    for name, values in raw.items():
        for v in values if isinstance(values, list) else [values]:
            text = v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
            out.append((str(name), "" if v is None else text))
    return out


class _Loader(yaml.SafeLoader):
    """YAML's safe loader, reading Ruby VCR's ``!binary`` (base64) values as bytes."""


def _binary(loader: yaml.SafeLoader, node: yaml.Node) -> bytes:
    return base64.b64decode(loader.construct_scalar(node))  # type: ignore[arg-type]


_Loader.add_constructor("!binary", _binary)


def cassette_msgs(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a vcrpy or Ruby VCR cassette as (kind, block, URL), bodies dropped."""
    doc = yaml.load(raw, Loader=_Loader) or {}  # noqa: S506 (a safe loader with one more tag)
    out = []
    for it in doc.get("interactions") or doc.get("http_interactions") or []:
        rq, rs = it.get("request") or {}, it.get("response") or {}
        url = str(rq.get("uri", ""))
        first = f"{str(rq.get('method', 'get')).upper()} {url}"
        out.append(("request", _http4._block(first, _headers(rq.get("headers"))), url))
        status = rs.get("status") or {}
        line = f"HTTP/1.1 {status.get('code', '')} {status.get('message') or ''}".rstrip()
        out.append(("response", _http4._block(line, _headers(rs.get("headers"))), url))
    return out


def _values(block: str) -> set[str]:
    return {block[s:e] for _n, s, e in _http4.cookie_pairs(block) if e - s >= MIN_DISTINCT}


def extract(
    gits: dict[str, Path],
    part: str,
    avoid_sites: frozenset[str] = frozenset(),
    avoid_values: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """One part's records (repo, path, system, text) in a fixed order, and the drop counts.

    ``avoid_sites`` and ``avoid_values`` are the held-out part's sites and cookie values
    (8 characters or more) when the development part is built.
    """
    earlier_sites, earlier_values = _http6._earlier(EARLIER)
    recs: list[tuple[str, str, str, str]] = []
    counts = {"messages": 0, "earlier_site": 0, "held_out_site": 0, "earlier_value": 0,
              "held_out_value": 0, "site_cap": 0}  # fmt: skip
    per_site: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, src_part, rx) in SOURCES.items():
        if src_part != part:
            continue
        git = gits[repo]
        for path in [f for f in git_files(git, commit) if re.search(rx, f)]:
            try:
                msgs = cassette_msgs(git_show(git, commit, path))
            except (subprocess.CalledProcessError, yaml.YAMLError, AttributeError):
                continue  # absent from the snapshot, or not a readable cassette
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url) if url.startswith("http") else ""
                if not site or _http6._TEST_HOST.match(site):
                    continue
                if site in earlier_sites:
                    counts["earlier_site"] += 1
                    continue
                if site in avoid_sites:
                    counts["held_out_site"] += 1
                    continue
                by_site.setdefault(site, []).append((kind, block))
            for site, site_msgs in by_site.items():
                for kind, block in _pick(site_msgs):
                    if block in seen:
                        continue
                    values = _values(block)
                    if values & earlier_values:
                        counts["earlier_value"] += 1
                        continue
                    if values & avoid_values:
                        counts["held_out_value"] += 1
                        continue
                    if per_site.get(site, 0) >= PER_SITE:
                        counts["site_cap"] += 1
                        continue
                    seen.add(block)
                    per_site[site] = per_site.get(site, 0) + 1
                    recs.append((repo, path, f"cassette_{kind}", block))
    counts["sites"] = len(per_site)
    return recs, counts


def _pick(msgs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The sixth set's pick of one cassette's messages of one site."""
    return _http5._pick(msgs, per_capture=_http6.PER_SITE_CAPTURE)


def sites_of(recs: list[tuple[str, str, str, str]]) -> frozenset[str]:
    """The sites of records (their first line's URL)."""
    out = set()
    for *_, text in recs:
        first = text.split("\n", 1)[0]
        if first.startswith(("GET ", "POST ", "PUT ", "DELETE ", "PATCH ", "HEAD ", "OPTIONS ")):
            out.add(_http6.site_of(first.split(" ", 1)[1]))
    return frozenset(out)


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # browser, visitor, user and session ids (rule 21)
    "dzr_uniq_id": ID,  # Deezer's unique visitor id (fixed form ``dzr_uniq_id_<region><hex>``)
    "fr": ID,  # Facebook's advertising cookie: an encrypted browser and user id
    "sb": ID,  # Facebook's browser id ("secure browsing"), set on the first visit
    "CASTGC": ID,  # the CAS ticket-granting cookie of a single sign-on session
    "SESSION": ID,  # Spring Session's session id
    "GARMIN-SSO-CUST-GUID": ID,  # Garmin SSO's customer guid: a user id
    "_pixiv-comic_session": ID,  # pixiv comic's session id
    "device_token": ID,  # pixiv's per-device token (32 hex digits)
    "nicosid": ID,  # niconico's browser id (``<first visit>.<random>``)
    "user_session": ID,  # niconico's login session (``user_session_<user id>_<hash>``)
    "_abck": ID,  # Akamai Bot Manager's per-browser token (as ``ak_bmsc``)
    "bm_sz": ID,  # Akamai Bot Manager's per-browser token (as ``ak_bmsc``)
    "tt_csrf_token": ID,  # TikTok's CSRF token tied to a session
    # identifier fields inside records (rules 2, 3)
    "ttwid": re.compile(r"^1%7C([^%]{8,})%7C"),  # TikTok's web id ``1|<id>|<time>|<signature>``
    "userinfo": re.compile(r"%22uniqueid%22%3A%22([0-9a-f]{16,})%22"),  # DeviantArt's uniqueid
    # undecidable (``COOKIE_ID?``): Flickr's ``<timestamp>-<sha1>`` cache cookies, whose hash
    # may be per browser or per content; a six-digit Flickr/Yahoo value that may be a bucket
    "flrbgdrp": IGN, "flrbgmrp": IGN, "flrbgrp": IGN, "flrbp": IGN, "flrbrgs": IGN,
    "flrbrp": IGN, "flrbrst": IGN, "flrbs": IGN, "flrtags": IGN, "xb": IGN,
    # a PHP-serialised map of one number to a timestamp (an artwork's or a person's?)
    "__ah_i": IGN,
    # not identifiers (rule 4)
    "__VCAP_ID__": NO,  # Cloud Foundry's sticky-session cookie: names an app instance
    "ADRUM_BT": NO,  # AppDynamics' business-transaction correlation: a request's trace (rule 5)
    "ADRUM_BT1": NO,  # AppDynamics' business-transaction correlation (rule 5)
    "ADRUM_BTa": NO,  # AppDynamics' business-transaction correlation (rule 5)
    "GARMIN-SSO": NO,  # Garmin SSO's signed-in flag
    "GMN_TRACKABLE": NO,  # Garmin's tracking-allowed flag (a consent record)
    "flrb": NO,  # Flickr's two-digit bucket number (an A/B bucket)
    "lissc": NO,  # LinkedIn's one-digit flag
    "localization": NO,  # LinkedIn's locale preference (``en-us;us;us``)
    "SameSite": NO,  # a cookie attribute a sanitizer left as a pair's name, not a cookie
    "a_type": NO,  # pixiv's one-digit account-type flag
    "agegate_state": NO,  # DeviantArt's age-gate flag
    "hs_ab_test_4160914996": NO,  # HubSpot's A/B test variant (a content id)
    "p_ab_id": NO,  # pixiv's one-digit A/B bucket
    "skip_fetish_warning": NO,  # a content-warning flag
    "target": NO,  # pixiv's search-target preference (``illust``)
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http9.COOKIES, **NEW_COOKIES}
#: Header names first seen in this set -> label of the whole value (rules 4, 5, 8, 23).
NEW_HEADERS: dict[str, str] = {
    "x-niconico-id": "COOKIE_ID",  # the signed-in user's niconico id (rule 5: a user id)
    "x-niconico-sid": "COOKIE_ID",  # niconico's browser id, as the ``nicosid`` cookie
}  # fmt: skip
# Reviewed and not labelled (rules 5, 8): request, trace and log ids (``x-tt-logid``,
# ``x-akamai-request-id``, ``x-vcap-request-id``, ``x-li-uuid``, ``x-request-uuid``, ``x-trace``,
# ``x-fb-debug``, ``x-amz-*``), content ids (``x-hs-content-id``), flags, timings, rate limits.
HEADERS: dict[str, str] = {**_http6.HEADERS, **NEW_HEADERS}
#: Query keys carrying a credential (rule 22).
NEW_QUERY: dict[str, str | re.Pattern[str]] = {"hapikey": "AUTH_TOKEN"}
QUERY: dict[str, str | re.Pattern[str]] = {**_http6.QUERY, **NEW_QUERY}
#: Values a script writes when it has no id yet (rule 19), and the redaction markers the
#: cassettes' own sanitizers wrote in place of a value: no id.
_PLACEHOLDERS = _http8._PLACEHOLDERS | {"SANITIZED", "[REDACTED]", "REDACTED"}
#: A placeholder credential (rule 22): a template or variable, or a word standing for a key.
_QUERY_PLACEHOLDER = re.compile(
    r"^(?:<[^>]*>|%3C[^%]*%3E|\{\w+\}|\$\w+|dummy|demo|test|x+)$", re.IGNORECASE
)


def _label(
    text: str,
    system: str,
    *,
    cookies: _http4.Table = COOKIES,
    query: _http4.Table = QUERY,
    headers: Mapping[str, str] = HEADERS,
) -> _http4.Labels:
    """The fifth set's labeller with this set's tables, then rule 19's placeholders and rule
    22's placeholder credentials (a later set passes its own, extended, tables)."""
    gold, ignored = _http5._label(text, system, cookies, query, headers)
    # a script's placeholder under an id cookie's name is no id (rule 19)
    gold = [g for g in gold if text[g["start"] : g["end"]] not in _PLACEHOLDERS]  # type: ignore[misc]
    kept = []
    for g in gold:
        value = text[g["start"] : g["end"]]  # type: ignore[misc]
        if g["entity"] == "AUTH_TOKEN" and (len(value) < 8 or _QUERY_PLACEHOLDER.match(value)):
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
        else:
            kept.append(g)
    return kept, ignored


def main(argv: list[str]) -> None:
    gits, names_only = git_arguments(argv, __doc__ or "", SOURCES)
    held, counts = extract(gits, "holdout")
    held_values = frozenset(set().union(*(_values(t) for *_, t in held)))
    dev, dev_counts = extract(gits, "dev", sites_of(held), held_values)
    if names_only:
        _http4.names({"holdout": held, "dev": dev})
        return
    _http4.write_parts((("holdout", held, HOLD_OUT), ("dev", dev, DEV_OUT)), "h10", _label)
    print(f"held out {counts}; development {dev_counts}")


if __name__ == "__main__":
    main(sys.argv[1:])
