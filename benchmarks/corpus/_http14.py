"""Build the fourteenth real-text set: cassettes of API clients signed in to SaaS services.

Each new held-out HTTP set so far showed a class of false cookie ids its development part
lacked (placeholders, zeroed ids, backend names). This set takes the recorded test cassettes of
more clients signed in to web services, from repositories no earlier set names: a help-desk
client (Zendesk: session, preference, voice and CDN cookies), an identity provider's SDK (Okta:
Java sessions, sign-in and expired cookies), a vulnerability scanner's SDK (Tenable: routing
cookies and console sessions), and two clients of a professional network's API (LinkedIn).
Cassettes of vcrpy, Ruby VCR and betamax (JSON) are read, in every version the pinned commit's
history holds, with the twelfth set's reader, selection and labeller; the reviewed per-name
tables are extended by the names first seen here (:data:`NEW_COOKIES`). Split by repository
(sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section "Fourteenth
real-text set"). Both files were committed, labelled, before privkit or Presidio ran on them;
the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http14 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from benchmarks.corpus import _http4, _http12, _http13
from benchmarks.corpus._http4 import ID, LOC, NO

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http13.EARLIER, DATA / "http13_dev.jsonl")
#: The sites of the tenth to thirteenth sets' held-out parts as their README sections name
#: them (their files are not read): left out of both parts. The thirteenth's are the subtitle
#: providers and catalogues its section names.
HELD_OUT_SITES = _http13.HELD_OUT_SITES | frozenset({
    "addic7ed.com", "opensubtitles.org", "opensubtitles.com", "podnapisi.net",
    "tvsubtitles.net", "subtitulamos.tv", "gestdown.info", "thetvdb.com", "themoviedb.org",
    "omdbapi.com",
})  # fmt: skip


def held_out(repo: str) -> bool:
    """The split, fixed before extraction: a repository whose name's SHA-256 opens with 0-4."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: part of each repository is :func:`held_out` of its name.
SOURCES: dict[str, tuple[str, str, str]] = {
    "facetoe/zenpy": (
        "fa6aab1de6880c9c0a9c5232bdfc9fa5e2effa0f", "GPL-3.0",
        r"^tests/(?:test_api/)?betamax/.*\.json$"),
    "okta/okta-sdk-python": (
        "f68509793adefde945ab53ff38f83fab578e3966", "Apache-2.0",
        r"^tests/integration/cassettes/.*\.ya?ml$"),
    "tenable/pyTenable": (
        "9674fac2af9275beffbbe424ee096d42fd067f28", "MIT", r"^tests/.*cassettes/.*\.ya?ml$"),
    "hexgnu/linkedin": (
        "076fc8aab1e1a4195064863d1ef84034931a1d30", "MIT",
        r"^spec/fixtures/cassette_library/.*\.ya?ml$"),
    "emorikawa/linkedin-oauth2": (
        "ceb63460b8b45b7e00766ae3a4c3e361d76c6ffc", "MIT",
        r"^spec/(?:vcr_cassettes|fixtures/cassette_library)/.*\.ya?ml$"),
    # added by the amendment (before any detector ran): the held-out part above had no record
    "biglocalnews/civic-scraper": (
        "c47916b141bdcda2397b4e35f3afbf47f7a56066", "Apache-2.0", r"^tests/cassettes/.*\.ya?ml$"),
    "biglocalnews/warn-scraper": (
        "c21b66c788210501b3d00a480833d2e6ec9bd7c2", "Apache-2.0", r"^tests/cassettes/.*\.ya?ml$"),
    "biglocalnews/court-scraper": (
        "364bd911d7de90cf2bcea93da0efa86b26617670", "ISC",
        r"^tests/(?:platforms/(?:\w+/)?)?cassettes/.*\.ya?ml$"),
    "crewAIInc/crewAI": (
        "f4731f5025f861c78e3af0487cc80bf5e7c64782", "MIT",
        r"^(?:lib/crewai/|src/crewai/)?tests/cassettes/.*\.ya?ml$"),
}  # fmt: skip


# --------------------------------------------------------------------------- reading


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: decided from the name, the value's shape and the cookie's documentation (rules 1-6, 21,
#: 25, 28, 33, 34); the held-out part's names from their names and documentation only.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    "TNS_SESSIONID": ID,  # Tenable.sc's session id (32 hex); the name written as its value is none (rule 34)
    "ASPSESSIONIDSATTBQBB": ID, "ASPSESSIONIDSQQTARQD": ID,  # classic ASP session ids (rule 9)
    "JSessionId_9401": ID,  # a Java servlet session id (the name carries the server's port)
    "SSESS46d240fb5d80877686759084a96540ed": ID,  # Drupal's secure session id (rule 9)
    "CONCRETE": ID,  # held out: Concrete CMS's session cookie
    # not identifiers
    "nginx-cloud-site-id": NO,  # Tenable's routing cookie: the cloud site serving the account (``us-2b``)
    # Zendesk's preference cookie: a Rails-signed record ``<base64>--<signature>`` whose record
    # here is ``{"device_tokens":{}}``: no id member (rule 10), the signature signs it (rule 34)
    "_zendesk_cookie": NO,
    "OSCNVersion": NO,  # a court site's software version (``3%2E4%2E1``)
    # a court site's last search (a county's name): a place in a search query (rule 6)
    "LastQuerydb": LOC,
    # held out (decided from the name alone)
    "__LastErrorId": NO,  # the id of the last error page (a request/event id, rule 5)
    "BIGipServerinsite.legistar.com_443": NO,  # F5 BIG-IP's pool member (load balancer)
    "CP_IsMobile": NO,  # a flag
    "Setting-787-ASP.calendar_aspx.gridCalendar.SortExpression": NO,  # a table's sort order
    "Setting-787-Calendar Body": NO, "Setting-787-Calendar Options": NO,  # calendar settings
    "Setting-787-Calendar Year": NO,  # the calendar year shown
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http13.COOKIES, **NEW_COOKIES}


#: A cassette's stand-in written where a filter removed a cookie's value: a word of letters
#: that the cookie's own name holds (``TNS_SESSIONID=SESSIONID``), rule 34.
_WORD = re.compile(r"^[A-Za-z_]+$")


#: A credential's stand-in written as one word of letters naming it (``myAPIToken``), rule 34.
_CREDENTIAL_WORD = re.compile(r"^[A-Za-z]*(?:token|key|secret)[A-Za-z]*$", re.IGNORECASE)


def _names_itself(name: str, value: str) -> bool:
    return bool(_WORD.match(value)) and value.lower() in name.lower()


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    gold, ignored = _http13._label(text, system, cookies=cookies)
    stand_ins = {(s, e) for n, s, e in _http4.cookie_pairs(text) if _names_itself(n, text[s:e])}
    kept = []
    for g in gold:
        value = text[g["start"] : g["end"]]  # type: ignore[misc]
        if (g["start"], g["end"]) in stand_ins:
            continue
        if g["entity"] == "AUTH_TOKEN" and _CREDENTIAL_WORD.match(value):
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
        else:
            kept.append(g)
    return kept, ignored


SET = _http12.HttpSet(
    number=14,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(_http13.COOKIES, width=80, labelled=False),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    is_held_out=held_out,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
