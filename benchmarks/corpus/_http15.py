"""Build the fifteenth real-text set: cassettes of clients of many small web services.

The tenth to fourteenth sets' held-out parts measured cookie-id precision well below their
development parts: the rules learnt the cookie names each development part holds. This set
takes the recorded test cassettes of clients that talk to many different sites (a link checker
that follows links to hundreds of pages, a scraper DSL, a bookmark manager fetching titles,
rOpenSci's clients of biodiversity, literature and taxonomy services, a satellite-data client),
so that both parts hold many cookie names of sites no earlier set has, most of them the
long tail of load balancers, application servers and web firewalls. Cassettes of vcrpy, Ruby
VCR and R's ``vcr`` (whose status is ``status_code`` and whose headers carry a ``status``
pseudo-header) are read, in every version the pinned commit's history holds, with the twelfth
set's selection and the fourteenth set's labeller; the reviewed per-name tables are extended by
the names first seen here (:data:`NEW_COOKIES`). Split by repository (sources, selection and
labelling rules: ``benchmarks/corpus/README.md``, section "Fifteenth real-text set"). Both
files were committed, labelled, before privkit or Presidio ran on them; the held-out part is
measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http15 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import yaml

from benchmarks.corpus import _http4, _http10, _http12, _http14
from benchmarks.corpus._http4 import ID, LOC, NO

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http14.EARLIER, DATA / "http14_dev.jsonl")
#: The sites of the tenth to fourteenth sets' held-out parts as their README sections name them
#: (their files are not read): left out of both parts. The fourteenth's are Legistar's and
#: CivicPlus's hosts.
HELD_OUT_SITES = _http14.HELD_OUT_SITES | frozenset({"legistar.com", "civicplus.com"})


def held_out(repo: str) -> bool:
    """The split, fixed before extraction: a repository whose name's SHA-256 opens with 0-4."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


_R_VCR = r"^tests/(?:fixtures|testthat/_vcr)/.*\.ya?ml$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: part of each repository is :func:`held_out` of its name.
SOURCES: dict[str, tuple[str, str, str]] = {
    "gjtorikian/html-proofer": (
        "68a893657801357b2e28cf897329f659ac016b93", "MIT",
        r"^spec/html-proofer/fixtures/vcr_cassettes/.*\.ya?ml$"),
    "felipecsl/wombat": (
        "bd021b25c58735ffb94c1ce15623202215ed45a8", "MIT", r"^fixtures/vcr_cassettes/.*\.ya?ml$"),
    "jarun/buku": (
        "9f5bfe26fa5242cc13490b96e30b74d2bb552170", "GPL-3.0",
        r"^tests/(?:vcr_)?cassettes/.*\.ya?ml$"),
    "sentinelsat/sentinelsat": (
        "64ef13c61f086bf341a400a2f8427e2548e4458a", "GPL-3.0",
        r"^tests/fixtures/vcr_cassettes/.*\.ya?ml$"),
    "ropensci/taxize": ("4c3e4a1c67aa42f0b39be34e69fa6792c02dbe22", "MIT", _R_VCR),
    "ropensci/wikitaxa": ("9e183847ac3d224a8dc6a4a8fc5b33b49cbd40d5", "MIT", _R_VCR),
    "ropensci/rplos": ("bcc1362e7922118ece074ddbbae2165131717816", "MIT", _R_VCR),
    "ropensci/rbhl": ("3df4ad38df8fa0cc9373c94dee056f0aa2243514", "MIT", _R_VCR),
    "ropensci/ritis": ("24b4eb90ee869929285c9378bd216db01adaa2bc", "MIT", _R_VCR),
    "ropensci/crminer": ("b7c1f63cec0592bfd7ad571a3d4491cc50524ddd", "MIT", _R_VCR),
    "ropensci/fulltext": ("61285ad1a338e521a2d61e3d8727e318000b6bd1", "MIT", _R_VCR),
    "ropensci/worrms": ("c5fe3938cf321aafa7a24709578bcfa181261b28", "MIT", _R_VCR),
    "ropensci/bold": ("8bfd90ace59c3663d8478e46b22c5eed8499229e", "MIT", _R_VCR),
    "ropensci/rcrossref": ("bf3fcfe0d7deede6c93847081f84e8ab45ba079e", "MIT", _R_VCR),
    "ropensci/rorcid": ("0f56ec751994db8f8f83cc5a9073dc465588ef96", "MIT", _R_VCR),
    "ropensci/rredlist": ("b79f10f287b004cbfa765da170df7a3154efc08f", "MIT", _R_VCR),
    "ropensci/rdryad": ("526a982821c8d8888e3a2d18800822de55673b5b", "MIT", _R_VCR),
}  # fmt: skip


# --------------------------------------------------------------------------- reading


class _Loader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc, name-defined]
    """YAML's safe loader (libyaml's when present), reading Ruby VCR's ``!binary`` values."""


_Loader.add_constructor("!binary", _http10._binary)

#: A body key alone on its line: the lines indented deeper below it are the body.
_BODY = re.compile(r"^([ \t]*)(?:- )?body:[ \t]*$")


def _without_bodies(raw: str) -> str:
    """The cassette's text without its bodies' lines (bodies are dropped; R's ``vcr`` writes
    megabytes of base64 there, which a YAML reader would parse for nothing)."""
    out: list[str] = []
    skip = -1  # the body key's indentation while its lines are skipped
    for line in raw.split("\n"):
        indent = len(line) - len(line.lstrip(" \t"))
        if skip >= 0:
            if not line.strip() or indent > skip:
                continue
            skip = -1
        m = _BODY.match(line)
        if m is not None:
            skip = len(m.group(1))
            out.append(line + " ''")  # an empty body keeps the mapping's shape
            continue
        out.append(line)
    return "\n".join(out)


def cassette_msgs(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a vcrpy, Ruby VCR or R ``vcr`` cassette as (kind, block, URL).

    R's ``vcr`` writes Ruby VCR's layout with the status as ``status_code`` and the
    response's status line as a ``status`` pseudo-header: the status line is made of the
    first, the second is not a header. Bodies are dropped.
    """
    doc = yaml.load(_without_bodies(raw), Loader=_Loader)  # noqa: S506 (safe, one more tag)
    items = (
        (doc.get("interactions") or doc.get("http_interactions")) if isinstance(doc, dict) else None
    )
    out = []
    for it in items if isinstance(items, list) else []:
        if not isinstance(it, dict):
            continue
        rq, rs = it.get("request") or {}, it.get("response") or {}
        url = str(rq.get("uri") or rq.get("url") or "")
        first = f"{str(rq.get('method', 'get')).upper()} {url}"
        out.append(("request", _http4._block(first, _http10._headers(rq.get("headers"))), url))
        status = rs.get("status")
        if isinstance(status, dict):
            code = status.get("code", status.get("status_code", ""))
            message = status.get("message") or ""
        else:
            code, message = status if status is not None else "", ""
        line = f"HTTP/1.1 {code} {message}".rstrip()
        headers = rs.get("headers")
        if isinstance(headers, dict) and isinstance(headers.get("status"), str):
            headers = {k: v for k, v in headers.items() if k != "status"}
        out.append(("response", _http4._block(line, _http10._headers(headers)), url))
    return out


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: decided from the name, the value's shape and the cookie's documentation (rules 1-6, 21,
#: 25, 28, 33, 34, 35); the held-out part's names from their names and documentation only.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # session, visitor and browser ids (rules 21, 25)
    "_rubygems_session": ID,  # a Rails cookie-store session (encrypted), whole
    "gvc": ID,  # a "global visitor cookie": digits and letters drawn per browser
    "JSESSIONID_ECM": ID,  # a WebLogic session id ``<id>!<server hash>``, whole (as JSESSIONID)
    "LiSESSIONID": ID,  # Lithium (Khoros) community's session id (32 hex)
    "LithiumVisitor": ID,  # Lithium community's per-browser visitor id
    "prov": ID,  # Stack Exchange's per-browser "provisional user" guid
    "server_session_id": ID,  # a session id (32 hex)
    "SESS1dd6867f1a1b90340f573dcdef3076bc": ID,  # Drupal's session id (rule 9; ``deleted``: rule 31)
    "SSESS1dd6867f1a1b90340f573dcdef3076bc": ID,  # Drupal's secure session id (rule 9)
    "TRACKID": ID,  # a per-browser tracking id (32 hex)
    "unique_id": ID, "unique_id_durable": ID,  # a per-browser random id and its durable copy
    # not identifiers (rules 4, 6)
    # a JWT's header and an empty claim set, unsigned (``{}``): a record without an id member
    "ALT_LOGIN": NO,
    "LithiumCookiesAccepted": NO, "loggedin-Status": NO,  # flags
    "LithiumUserInfo": NO, "LithiumUserSecure": NO, "user-info": NO,  # empty in every record
    # an F5 LTM persistence cookie named for its pool (``LIBRARY-P80``): the pool member that
    # serves the browser, encrypted (load balancer, as ``BIGipServer<pool>``)
    "LTMD-COOKIE-LIBRARY-P80": NO,
    # a load balancer's backend: ``R<number>``, two values across every record of the site
    "start": NO, "startBAK": NO,
    # Rackspace Cloud Load Balancers' session persistence: the node serving the browser
    "X-Mapping-fjhppofk": NO,
    "slang": NO,  # a language
    "twitch.lohp.countryCode": LOC,  # a country code derived from the client's address
    # held out (decided from the name and documentation alone)
    "ncbi_sid": ID,  # NCBI's session id, documented as a per-browser tracking session
    # F5 BIG-IP ASM's main cookie (``TS`` and a hash of the policy's name): a web firewall's
    # token tied to one browser's session (an anti-bot token, rule 21)
    "TS010ecf5c": ID,
    "__kewlb": NO,  # a load balancer's cookie (``lb``)
    "vliz_webc": NO,  # VLIZ's web-cluster cookie: the node serving the browser (load balancer)
    "aci_language": NO,  # a language
    "plos-device-detected": NO,  # a flag
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http14.COOKIES, **NEW_COOKIES}


#: A credential written as a template in doubled angle brackets (``<<rorcid_bearer_token>>``),
#: rule 37.
_TEMPLATE = re.compile(r"^<<[^<>\s]{1,64}>>$")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    gold, ignored = _http14._label(text, system, cookies=cookies)
    # rule 38: an ``X-User-Agent`` header carries the client's agent as ``User-Agent`` does
    agents = [(s, e) for n, s, e in _http4.header_values(text) if n == "x-user-agent" and e > s]
    for s, e in agents:
        gold = [g for g in gold if not (g["start"] < e and s < g["end"])]  # type: ignore[operator]
        gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
    agents += [(g["start"], g["end"]) for g in gold if g["entity"] == "USER_AGENT"]  # type: ignore[misc]
    kept = []
    for g in gold:
        value = text[g["start"] : g["end"]]  # type: ignore[misc]
        if g["entity"] == "IP_ADDRESS" and any(
            s <= g["start"] and g["end"] <= e
            for s, e in agents  # type: ignore[operator]
        ):
            continue  # rule 36: a product's version inside an agent, not an address
        if g["entity"] == "AUTH_TOKEN" and _TEMPLATE.match(value):
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
            continue  # rule 37
        kept.append(g)
    kept.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return kept, ignored


SET = _http12.HttpSet(
    number=15,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(_http14.COOKIES, width=80, labelled=False),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    is_held_out=held_out,
    read=cassette_msgs,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
