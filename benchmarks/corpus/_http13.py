"""Build the thirteenth real-text set: recorded cassettes of clients signed in to web services.

The tenth and twelfth sets' held-out parts (a replayed browser session, signed-in fetchers)
measure a cookie-id precision their development parts do not show. This set takes more
recordings of that kind from repositories no earlier set names: the test cassettes of DNS
providers' clients (many sign in to a provider's web panel with a form and then browse it,
receiving its session, CSRF, load-balancer and preference cookies), of a media automation
tool's plugins (trackers, catalogues and services it signs in to or browses), and of a
subtitle downloader's providers (sites it signs in to). Cassettes of vcrpy are read, in every
version the pinned commit's history holds, with the twelfth set's reader, selection and
labeller; the reviewed per-name tables are extended by the names first seen here
(:data:`NEW_COOKIES`). Split by repository (sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Thirteenth real-text set"). Both files were
committed, labelled, before privkit or Presidio ran on them; the held-out part is measured
once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http13 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from benchmarks.corpus import _http4, _http12
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http12.EARLIER, DATA / "http12_dev.jsonl")
#: The sites of the tenth to twelfth sets' held-out parts as their README sections name them
#: (their files are not read): left out of both parts.
HELD_OUT_SITES = _http12.HELD_OUT_SITES | frozenset(
    {"last.fm", "smartabase.com", "audioscrobbler.com"}
)


def held_out(repo: str) -> bool:
    """The split, fixed before extraction: a repository whose name's SHA-256 opens with 0-4."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: part of each repository is :func:`held_out` of its name.
SOURCES: dict[str, tuple[str, str, str]] = {
    "AnalogJ/lexicon": (
        "61737ffee49586a8601a13647ae3b0cff51d5382", "MIT",
        r"^tests/fixtures/cassettes/.*\.ya?ml$"),
    "Flexget/Flexget": (
        "05b661f561b55147735538c0898abe966eb7525b", "MIT", r"^tests/cassettes/[^/]+$"),
    "Diaoul/subliminal": (
        "2f1b89539a7d65f66e53f56d3fcaa5b1e7ff1a6a", "MIT", r"^tests/cassettes/.*\.ya?ml$"),
}  # fmt: skip


# --------------------------------------------------------------------------- reading


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: decided from the name, the value's shape and the cookie's documentation (rules 1-6, 21,
#: 25, 28, 33); the held-out part's names from their names and documentation only.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # sessions, sign-ins and per-browser tokens
    "_my-plex_session_32": ID,  # Plex's Rails cookie-store session (base64 record), whole
    "_session_id": ID,  # a Rails session id (32 hex)
    "BUNSESSION2": ID,  # Porkbun's session id
    "CAKEPHP": ID,  # CakePHP's session id
    "CSRF-TOKEN": ID,  # a CSRF token tied to the session (rule 1)
    "dmapi-auth": ID,  # Joker DMAPI's session id after a login (40 hex)
    "ENSID": ID,  # a provider panel's session id (64 hex)
    "fpc": ID,  # Microsoft sign-in's per-browser cookie (it tracks the browser's requests)
    "hover_device_id": ID,  # Hover's device id
    "hover_session": ID,  # Hover's session id (the cassettes' filter left a placeholder, rule 33)
    "hoverauth": ID,  # Hover's sign-in cookie (likewise)
    "npo_session": ID,  # a Laravel encrypted session (eyJpdiI6...), whole
    "NpoId.AntiForgeryToken": ID,  # ASP.NET Core's antiforgery token (a session's CSRF token)
    "NpoId.Identity": ID,  # ASP.NET Core's sign-in ticket
    "NpoId.Session": ID,  # ASP.NET Core's session id
    "session-id": ID,  # Amazon's (IMDb's) session id (all-zero placeholders are none, rule 4)
    "uu": ID,  # IMDb's unique-user cookie
    # held out (decided from the name and documentation only)
    "remember_sid": ID,  # a remember-me session id
    "wikisubtitlespass": ID,  # Addic7ed's sign-in cookie (a password hash): a login credential
    "wikisubtitlesuser": ID,  # Addic7ed's user id
    "au": IGN,  # unknown purpose from the name alone: undecidable
    # not identifiers
    "agerestriction": NO,  # a flag (here only PHP's expiry value)
    "isAuthenticatedUser": NO,  # a flag
    "keeplogged": NO,  # a remember-me flag
    "pass": NO,  # only PHP's expiry value here (rule 31)
    "session-id-time": NO,  # a timestamp
    "SRVAPI": NO,  # a backend server's name (routing, rule 4)
    "stsservicecookie": NO,  # Microsoft sign-in's service instance (routing)
    "x-ms-gateway-slice": NO,  # Microsoft's gateway slice (routing)
    "subscription": NO,  # a plan's name
    "NpoId.TermsCheck": IGN,  # ASP.NET Core data-protected state: undecidable (rule 6)
    "visited1": NO,  # a flag (held out)
    "weblang": NO,  # a language preference (held out)
    # location (rule 5): Akamai EdgeScape's guess of the visitor's place
    "edgecity": LOC, "edgelat": LOC, "edgelong": LOC, "edgestate": LOC, "edgezip": LOC,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http12.COOKIES, **NEW_COOKIES}


#: A cassette filter's placeholder under an id cookie's name (rule 33): only zeros and
#: separators, or the hex digits in order, repeated.
_FILLER = re.compile(r"^(?:[0\W_]+|(?:0123456789abcdef)+)$")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    gold, ignored = _http12._label(text, system, cookies=cookies)
    gold = [
        g
        for g in gold
        if not (g["entity"] == "COOKIE_ID" and _FILLER.match(text[g["start"] : g["end"]]))  # type: ignore[misc]
    ]
    return gold, ignored


SET = _http12.HttpSet(
    number=13,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(_http12.COOKIES, width=80, labelled=False),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    is_held_out=held_out,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
