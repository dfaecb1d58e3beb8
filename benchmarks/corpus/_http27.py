"""Build the twenty-seventh real-text set: recorded API traffic of clients no earlier set names.

Issue 10's cookie-id precision falls on the HTTP sets' held-out parts where a part's cookie
vocabulary is new (helpers H121, H132). This set takes the recorded traffic of API clients no
earlier section names (helper H135), to measure how precision carries before any change, and to
study mechanisms that read a cookie's value and attributes rather than its name. Sources: the
mock recordings of NewPipe's extractor (``TeamNewPipe/NewPipeExtractor``: the JSON request and
response its downloader replays, SoundCloud, Bandcamp and PeerTube), the cassettes of the
AfterShip SDK (``AfterShip/aftership-sdk-python``), of ``geokit`` (``geokit/geokit``: geocoding
services), of rOpenSci's ``spocc`` and ``citecorp`` (species occurrence and citation services),
of ``exvcr`` (``parroty/exvcr``), of NationBuilder's client (``nationbuilder/nationbuilder-rb``)
and of the Open Food Network's API calls (``openfoodfoundation/openfoodnetwork``), in every
version the repositories' histories hold.

Split by **repository** (:func:`held_out`, fixed at 14:07 UTC 2026-12-06, before any record was
extracted: the repository name's SHA-256 opens with 0 to 4, the twelfth set's rule).
Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twenty-seventh real-text set". Both files were committed, labelled, before privkit or Presidio
ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http27 --git TeamNewPipe/NewPipeExtractor=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http10, _http12, _http23, _http26
from benchmarks.corpus._http4 import ID, NO

if TYPE_CHECKING:
    import re

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http26.EARLIER, DATA / "http26_dev.jsonl") if p.exists())
#: The earlier held-out parts' sites as their sections name them (the twenty-sixth's are sites
#: chosen by a hash of the site and not named: none of them is read here).
HELD_OUT_SITES = _http26.HELD_OUT_SITES


def held_out(repo: str) -> bool:
    """The split, fixed before extraction (14:07 UTC 2026-12-06): a repository whose name's
    SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "TeamNewPipe/NewPipeExtractor": (
        "43f8e6ebeef469db7c5328714bc5f33c9f06f092", "GPL-3.0",
        r"^extractor/src/test/resources/(?:.*/)?mocks/.*\.json$"),
    "AfterShip/aftership-sdk-python": (
        "738dbb47ddd9c5e2981e041396b7eaed96a3bfb1", "MIT", r"^tests/(?:.*/)?cassettes/.*\.ya?ml$"),
    "geokit/geokit": (
        "3e0a811affec2778871c6ddb61350fb1a5955375", "MIT", r"^fixtures/vcr_cassettes/.*\.ya?ml$"),
    "ropensci/spocc": (
        "cb80a64abc0238d3c2de7b89dcf8ddf0b38e7c70", "MIT", r"^tests/fixtures/.*\.ya?ml$"),
    "parroty/exvcr": (
        "c9cafeab25517f865fefbd7e4a8006e1b68092a9", "MIT",
        r"^(?:fixture/(?:vcr|custom)_cassettes|test/cassettes)/.*\.json$"),
    "ropensci/citecorp": (
        "c654d22917b4f570ca8725ade9ff93d81a914f12", "MIT", r"^tests/fixtures/.*\.ya?ml$"),
    "nationbuilder/nationbuilder-rb": (
        "702c37a8da8f2c21c0af3e36b2909d33e7d25bba", "MIT", r"^spec/fixtures/.*\.ya?ml$"),
    "openfoodfoundation/openfoodnetwork": (
        "d4f0a99e2aec1a02b720baac2b341a2d4da86745", "AGPL-3.0",
        r"^spec/fixtures/vcr_cassettes/.*\.ya?ml$"),
}  # fmt: skip


# --------------------------------------------------------------------------- reading


def _mock_msgs(doc: dict[str, object]) -> list[tuple[str, str, str]]:
    """NewPipe's mock recording (one request and its response, ``responseHeaders``) as
    (kind, block, URL), the body dropped."""
    rq, rs = doc.get("request"), doc.get("response")
    if not isinstance(rq, dict) or not isinstance(rs, dict):
        return []
    url = str(rq.get("url") or "")
    first = f"{str(rq.get('httpMethod') or 'GET').upper()} {url}"
    status = f"HTTP/1.1 {rs.get('responseCode', '')} {rs.get('responseMessage') or ''}".rstrip()
    return [
        ("request", _http4._block(first, _http10._headers(rq.get("headers"))), url),
        ("response", _http4._block(status, _http10._headers(rs.get("responseHeaders"))), url),
    ]


def read(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a NewPipe mock recording, or of a vcrpy, Ruby VCR, R ``vcr`` or ExVCR
    cassette (the twenty-third set's reader)."""
    if raw.lstrip().startswith("{"):
        try:
            doc = json.loads(raw)
        except ValueError:
            doc = None
        response = doc.get("response") if isinstance(doc, dict) else None
        if isinstance(response, dict) and "responseHeaders" in response:
            return _mock_msgs(doc)
    return _http23.read(raw)


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name and documentation only).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (14:10 UTC, before any detector ran)
    "_eauth": ID,  # base64 of a JSON record whose ``session_id`` is a random token: whole (rule 28)
    "sc_tracking_anonymous_id": ID,  # SoundCloud's anonymous visitor id, a quoted UUID (rule 1)
    "stat-session": ID,  # a statistics session, 32 random hex digits (rule 1)
    # held-out names, decided from the name and documentation only (their values were not read)
    "_cookies_enabled": NO,  # a flag that the browser takes cookies (rule 4)
    "AUTH_SESSION_ID": ID,  # Keycloak's authentication session id (rule 1)
    "SRVGROUP": NO,  # a balancer's server group (rule 35: it names the server)
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http26.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The twenty-sixth set's rules (the fourth to twenty-fifth sets', the shared last pass
    and rule 59) with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http26._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=27,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    is_held_out=held_out,
    read=read,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
