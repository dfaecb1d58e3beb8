"""Build the twentieth real-text set: a music downloader's cassettes of streaming and video sites.

The cookie-id precision of the earlier HTTP sets' held-out parts is their weakest figure
(0.317 to 0.932): privkit reports cookie values that are not identifiers (preferences,
consent and state strings, timestamps, flags, parts of tracking cookies, language values).
This set takes recorded traffic rich in such cookies from a repository no earlier set names:
spotDL's test cassettes (vcrpy), in every version its history holds: the pages and internal
APIs of YouTube, YouTube Music, Spotify's web player, Genius, Apple Music, Bandcamp,
SoundCloud, Tidal and others, with the consent, visitor, preference and session cookies those
sites set on an anonymous client. The cassettes are read with the fifteenth set's reader and
the twelfth set's per-site selection (earlier sets' sites and cookie values left out).

Split by **site** (one repository here): :func:`held_out`, fixed at 12:27 UTC 2026-12-05,
before any cassette was read. Sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Twentieth real-text set". Both files were
committed, labelled, before privkit or Presidio ran on them; the held-out part is measured
once.

Run with the local git directory of the repository (only ``git`` reads are used)::

    python -m benchmarks.corpus._http20 --git spotDL/spotify-downloader=GIT_DIR [--names]
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http12, _http15, _http18
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    import re

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(
    p for p in (*_http18.EARLIER, DATA / "http18_dev.jsonl") if p.exists()
)  # fmt: skip
#: The sites of the tenth to eighteenth sets' held-out parts as their README sections name
#: them (their files are not read): left out of both parts.
HELD_OUT_SITES = _http18.HELD_OUT_SITES | frozenset({"linode.com", "dmtf.org"})


def held_out(site: str) -> bool:
    """The split, fixed before extraction (12:27 UTC 2026-12-05): a site (registered domain,
    as ``_http6.site_of`` gives it) whose name's SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "spotDL/spotify-downloader": (
        "0b5158067982c8f840db9e7573991242a427c9ed", "MIT", r"(?:^|/)cassettes/.*\.ya?ml$"),
    # added at 12:29 UTC, before any label was written or any detector ran: the subtitle
    # provider cassettes of Bazarr (its ``subliminal_patch`` providers' and ``assrt``'s)
    "morpheus65535/bazarr": (
        "920853daee558751c3abe5755cb04613d28b281c", "GPL-3.0", r"(?:^|/)cassettes/.*\.ya?ml$"),
    # added at 12:31 UTC likewise: the Ruby client of Tesla's owner API (its sign-in through
    # the web SSO pages, with the bot-manager and session cookies those pages set)
    "timdorr/tesla-api": (
        "c90d9950bfa58ec02b9ed716688a7e97b760f869", "MIT", r"^spec/cassettes/.*\.ya?ml$"),
}  # fmt: skip

#: At most this many records per site (the eighteenth set's 120, doubled: few sites here).
PER_SITE = 240


def extract(
    gits: dict[str, Path],
) -> tuple[dict[str, list[tuple[str, str, str, str]]], dict[str, int]]:
    """Both parts' records (repo, path, system, text): the twelfth set's selection over every
    source (all read as one part), then each record to the part of its site (the site of the
    interaction's URL, for a response as for its request); a development
    record repeating a held-out cookie value of 8 characters or more is dropped."""
    site_of: dict[str, str] = {}

    def msgs(raw: str) -> list[tuple[str, str, str]]:
        out = SET.read(raw)
        for _kind, block, url in out:
            site_of.setdefault(block, _http6.site_of(url) if url.startswith("http") else "")
        return out

    whole = dataclasses.replace(SET, is_held_out=lambda _repo: False, read=msgs)
    recs, counts = _http12.extract(whole, gits, "dev")
    parts: dict[str, list[tuple[str, str, str, str]]] = {"holdout": [], "dev": []}
    for rec in recs:  # a response goes with its request, to the part of the request's site
        parts["holdout" if held_out(site_of[rec[3]]) else "dev"].append(rec)
    _http12.drop_held_out_values(parts, counts)
    return parts, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once on development samples (the held-out part's names were counted, not read).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (12:31 UTC, before any detector ran)
    "musixmatchUserGuid": ID,  # Musixmatch's per-browser user GUID (a UUID)
    # A/B-test buckets: a cohort number or a variant word (``10``, ``AB``, ``inread``,
    # ``algolia``, ``control``), shared by every browser in the bucket: not an id
    "_genius_ab_test_cohort": NO,
    "_genius_ab_test_desktop_song_primis": NO,
    "_genius_ab_test_primis_mobile": NO,
    "_genius_ab_test_song_recommendations_v2": NO,
    "mxm_bab": NO,
    # held-out names, decided from the name only (their values were not read)
    "tesla-auth.sid": ID,  # an Express session cookie (``*.sid``): the session id
    "iduser_cookie": ID,  # the name says a user id
    "475882d": IGN,  # a name that says nothing
    "cs15": IGN,  # likewise
    # a subtitle site's counters and once-a-day flags, by their (Spanish) names: "once",
    # "once a day", "download count", "impression count", "counter", "saw the banner"
    "bajo_una_vez": NO,
    "bajo_una_vez_diario": NO,
    "cant_down": NO,
    "con_impr": NO,
    "contd": NO,
    "ve_banner": NO,
}
COOKIES: dict[str, str | re.Pattern[str]] = {**_http18.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The eighteenth set's rules (which carry the fourth to seventeenth sets' and the shared
    credential pass) with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http18._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=20,
    sources=SOURCES,
    label=_label,
    review=_http18.names_review(COOKIES),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    read=_http15.cassette_msgs,
    per_site=PER_SITE,
    parts=extract,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
