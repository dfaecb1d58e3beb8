"""Build the thirty-third real-text HTTP set: recorded traffic of API clients no earlier set names.

Issue 10's cookie-id precision on the older HTTP sets' held-out parts stays below the target
while their recall holds (brief of helper H161). This set takes the recorded traffic of
clients from repositories no earlier section or builder names, in five recorders' formats:
vcrpy cassettes (an iCloud photo downloader, Salesforce's CumulusCI, LLM command-line
plug-ins, Azure DevOps' command-line extension), ExVCR cassettes (an Elixir Twitter client),
a Yahoo Finance client's own JSON recordings, and raw HTTP responses that payment-gateway
drivers (Omnipay) keep as mocks, in every version the repositories' histories hold.

Split by **repository** (:func:`held_out`, fixed at 05:58 UTC 2026-12-07, before any source
was chosen or any record extracted: the repository name's SHA-256 opens with 0 to 4, the
twelfth set's rule). Sources, selection and labelling rules: ``benchmarks/corpus/README.md``,
section "Thirty-third HTTP set". Both files are committed, labelled, before privkit or
Presidio runs on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http33 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from benchmarks.corpus import _http4, _http6, _http10, _http11, _http12, _http32
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped. Their sites are kept (the clients and their traffic are what is new), as in
#: the twenty-ninth and thirty-second sets. No held-out file is read.
EARLIER = tuple(p for p in (*_http32.EARLIER, DATA / "http32_dev.jsonl") if p.exists())


def held_out(repo: str) -> bool:
    """The split, fixed before any source was chosen (05:58 UTC 2026-12-07): a repository whose
    name's SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


_YAML = r"\.ya?ml$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    # development part (the name's hash opens with 5 to f)
    "icloud-photos-downloader/icloud_photos_downloader": (
        "3a97872f9f44ac49bda54b66b5170575bd22ff18", "MIT", r"^tests/vcr_cassettes/.*" + _YAML),
    "parroty/extwitter": (
        "854b6a22b3e1ddbdeabceec57745ccb3ba7229a0", "MIT",
        r"^fixture/(?:vcr|custom)_cassettes/.*\.json$"),
    "gadicc/node-yahoo-finance2": (
        "c9dbcb6f7dea4c52ceef67472ad2af357eaa156b", "MIT", r"^tests/fixtures/http/.*\.json$"),
    "SFDO-Tooling/CumulusCI": (
        "598cda5ad62892cb59ae39a9b34dbfdb7724d84e", "BSD-3-Clause",
        r"^cumulusci/.*/cassettes/.*" + _YAML),
    "simonw/llm-openrouter": (
        "107aa35be076b3943146fee0aa537e03c1dec10f", "Apache-2.0", r"^tests/cassettes/.*" + _YAML),
    "simonw/llm-gemini": (
        "2a8c855abf701766555b866efe7c80f9a7e27bcf", "Apache-2.0", r"^tests/cassettes/.*" + _YAML),
    "thephpleague/omnipay-sagepay": (
        "ffc1b974945b82b853dabba05904cad8937221c0", "MIT", r"^tests/(?:.*/)?Mock/.*\.txt$"),
    # held-out part (the name's hash opens with 0 to 4)
    "Azure/azure-devops-cli-extension": (
        "e547b4a6771d4178fdae7e631eb60b0bbcae0aad", "MIT", r"^(?:.*/)?recordings/.*" + _YAML),
    "simonw/llm-anthropic": (
        "3ae428f3b5143cc81da25af0271d8fa55bda3f05", "Apache-2.0", r"^tests/cassettes/.*" + _YAML),
    "thephpleague/omnipay-coinbase": (
        "1046f0a40de69281d413ac191689e8c1329b76d4", "MIT", r"^tests/(?:.*/)?Mock/.*\.txt$"),
}  # fmt: skip

#: At most this many records per site in each part.
PER_SITE = _http12.PER_SITE


# --------------------------------------------------------------------------- reading

_STATUS_LINE = re.compile(r"\AHTTP/\d(?:\.\d)? \d{3}")


def _raw_msgs(raw: str) -> list[tuple[str, str, str]]:
    """A raw HTTP response kept as a test mock (status line, header lines, blank line, body)
    as one response block, the body dropped; it names no URL."""
    head = re.split(r"\r?\n\r?\n", raw.lstrip(), maxsplit=1)[0]
    return [("response", "\n".join(line.rstrip("\r") for line in head.split("\n")), "")]


def _recording_msgs(doc: dict[str, object]) -> list[tuple[str, str, str]]:
    """A single-interaction JSON recording (``{"request": {url, method, headers}, "response":
    {status, statusText, headers, ...}}``, the Yahoo Finance client's), bodies dropped."""
    rq, rs = doc.get("request"), doc.get("response")
    if not isinstance(rq, dict) or not isinstance(rs, dict):
        return []
    url = str(rq.get("url") or "")
    first = f"{str(rq.get('method') or 'GET').upper()} {url}"
    status = f"HTTP/1.1 {rs.get('status', '')} {rs.get('statusText') or ''}".rstrip()
    return [
        ("request", _http4._block(first, _http10._headers(rq.get("headers"))), url),
        ("response", _http4._block(status, _http10._headers(rs.get("headers"))), url),
    ]


def read(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a raw HTTP response, of a single-interaction JSON recording, or of a
    vcrpy, Ruby VCR or ExVCR cassette (the thirty-second set's reader), as (kind, block, URL)."""
    if _STATUS_LINE.match(raw.lstrip()):
        return _raw_msgs(raw)
    if raw.lstrip().startswith("{"):
        doc = json.loads(raw)
        if isinstance(doc, dict) and "request" in doc and "response" in doc:
            return _recording_msgs(doc)
    return _http32.read(raw)


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every recording's messages grouped by site (a raw mock response's site is
    its repository, as it names no URL), each record to its repository's part
    (:func:`held_out`), the sixth set's pick per file and site, at most :data:`PER_SITE`
    records per site and part; a record repeating an earlier development cookie value (8
    characters or more) is dropped, and a development record repeating a held-out one's."""
    _sites, earlier_values = _http6._earlier(EARLIER)
    out: dict[str, Records] = {"dev": [], "holdout": []}
    counts = {"messages": 0, "earlier_value": 0, "site_cap": 0, "unreadable": 0}
    kept: dict[tuple[str, str], int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in SOURCES.items():
        part = "holdout" if held_out(repo) else "dev"
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            try:
                msgs = read(_http11._git(git, "cat-file", "-p", blob))
            except (subprocess.CalledProcessError, yaml.YAMLError, ValueError, AttributeError,
                    TypeError, RecursionError):  # fmt: skip
                counts["unreadable"] += 1
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url) if url.startswith("http") else "" if url else repo
                if site and not _http6._TEST_HOST.match(site):
                    by_site.setdefault(site, []).append((kind, block))
            for site, site_msgs in by_site.items():
                for kind, block in _http10._pick(site_msgs):
                    if block in seen:
                        continue
                    if _http12._values(block) & earlier_values:
                        counts["earlier_value"] += 1
                        continue
                    if kept.get((part, site), 0) >= PER_SITE:
                        counts["site_cap"] += 1
                        continue
                    seen.add(block)
                    kept[(part, site)] = kept.get((part, site), 0) + 1
                    out[part].append((repo, path, f"cassette_{kind}", block))
    _http12.drop_held_out_values(out, counts)
    counts["sites"] = len({s for _p, s in kept})
    return out, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name and documentation only).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (before any detector ran)
    # iCloud's sign-in and session tokens (rule 1; signed tokens whole, rule 28): the web
    # authentication token, login, validation and two-factor trust cookies (one per device
    # hash in the name), the per-service ``PCS`` tokens, the web session token, ``aasp``
    **{f"X-APPLE-WEBAUTH-{n}": ID for n in (
        "TOKEN", "LOGIN", "VALIDATE", "HSA-LOGIN", "HSA-TRUST-4WGKUPJCW9TNUKCLBDOXGDNDMWK",
        "HSA-TRUST-A0OXAM_WG97BH5FBDJFP8-DKXTW", "HSA-TRUST-G8OEZNFVULTVFHAMBBCQAU36-EO",
        "HSA-TRUST-MCKQA0JLHJTP6TJZRX7-IO-JETW", "PCS-Cloudkit", "PCS-Documents", "PCS-Mail",
        "PCS-News", "PCS-Notes", "PCS-Photos", "PCS-Safari", "PCS-Sharing")},
    **{f"X_APPLE_WEB_KB-{n}": ID for n in (
        "4WGKUPJCW9TNUKCLBDOXGDNDMWK", "A0OXAM_WG97BH5FBDJFP8-DKXTW",
        "G8OEZNFVULTVFHAMBBCQAU36-EO", "MCKQA0JLHJTP6TJZRX7-IO-JETW")},
    "X-APPLE-DS-WEB-SESSION-TOKEN": ID,
    "aasp": ID,  # Apple's sign-in session, 64+ hex digits (rule 1)
    # iCloud's user record (version, flags and the account's directory number, the number
    # the ``dsid`` query carries unlabelled): ignored, as undecided account numbers are
    "X-APPLE-WEBAUTH-USER": IGN,
    # iCloud's client id; the cassettes hold only 4-character stand-ins (``"Bw=="``), none
    "X-APPLE-UNIQUE-CLIENT-ID": re.compile(r'^"?([^"]{16,})"?$'),
    "dslang": NO, "site": NO,  # iCloud's language and store region (rule 4)
    # Yahoo's browser id (the ``d=`` field, as ``A3``)
    "A1": re.compile(r"(?:^|&)d=([^&]+)"), "A1S": re.compile(r"(?:^|&)d=([^&]+)"),
    # Yahoo's consent records: the GDPR consent flow's cookies and the IAB consent string
    "GUC": NO, "GUCS": NO, "CFC": NO, "EuConsent": NO,
    "ASPSESSIONIDSEHSCTTR": ID,  # classic ASP's session id (rule 1)
    "BrowserId": ID,  # Salesforce's browser id (rule 1)
    "NSC_WRE-uftu.tbhfqbz.dpn-Kbwb7": NO,  # Citrix NetScaler's persistence cookie (rule 35)
    # a recorder's placeholder in place of the cookie (``<REMOVED>; Expires=...``): the
    # attribute after it is a date, no id (rule 19)
    "<REMOVED> Expires": NO,
    # held-out names, decided from the name only (their values were not read)
    "userInfo": ID,  # a user record (a user's identity, rule 1)
    "X-VSS-UseRequestRouting": NO,  # Azure DevOps' routing flag (rule 35)
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http32.COOKIES, **NEW_COOKIES}


#: Apple's sign-in session header ``scnt`` (its value carries the ``aasp`` session id):
#: ``COOKIE_ID`` (rule 1, a session id in a header; amendment of the label review).
_STAND_IN = "1234567890"
_SESSION_HEADER = re.compile(r"(?mi)^scnt: ([^\s]+)$")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    """The thirty-second set's rules, with the cookie table extended by :data:`NEW_COOKIES`
    (a later set passes its own table) and Apple's ``scnt`` session header's value a
    ``COOKIE_ID``; a typed stand-in is none."""
    gold, ignored = _http32._label(text, system, cookies=cookies)
    for m in _SESSION_HEADER.finditer(text):
        if not any(g["start"] < m.end(1) and m.start(1) < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "COOKIE_ID"})
    # a test suite's stand-in (rule 19): a value with the typed digit run ``1234567890``
    # (``"v=1:t=EQ==BST_IAAAAAAABL-1234567890~"``) is no id
    gold = [g for g in gold if _STAND_IN not in text[g["start"] : g["end"]]]  # type: ignore[misc]
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


SET = _http12.HttpSet(
    number=33,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    read=read,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
