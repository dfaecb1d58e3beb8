"""Build the thirty-second real-text set: recorded API traffic of clients no earlier set names.

Issue 10's cookie-id precision on the HTTP sets' held-out parts stays below its development
figures (helpers H121, H132, H149, H155). This set (helper H158) takes the recorded traffic
(Ruby VCR cassettes, YAML and JSON) of Ruby API clients from repositories no earlier section
names: LLM clients (OpenAI, Anthropic and others, behind Cloudflare), a headless CMS's
management API, Trello, IEX Cloud, GitHub, Zendesk, Slack, Strava, Qualys, Mercado Pago and
smaller services, in every version the repositories' histories hold, to find the false-id
classes that remain.

Split by **repository** (:func:`held_out`, fixed at 03:41 UTC 2026-12-07, before any source
was chosen or any record extracted: the repository name's SHA-256 opens with 0 to 4, the
twelfth set's rule). Sources, selection and labelling rules: ``benchmarks/corpus/README.md``,
section "Thirty-second HTTP set". Both files are committed, labelled, before privkit or
Presidio runs on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http32 --git alexrudall/ruby-openai=GIT_DIR ... [--names]
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

from benchmarks.corpus import _http4, _http6, _http10, _http11, _http12, _http26, _http27, _http29
from benchmarks.corpus._http4 import ID, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped. Their sites are kept (LLM providers' and GitHub's hosts are in earlier
#: development parts; the clients and their traffic are what is new), as in the twenty-ninth
#: set. No held-out file is read.
EARLIER = tuple(p for p in (*_http29.EARLIER, DATA / "http29_dev.jsonl") if p.exists())


def held_out(repo: str) -> bool:
    """The split, fixed before any source was chosen (03:41 UTC 2026-12-07): a repository
    whose name's SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


_VCR = r"\.ya?ml$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    # development part (the name's hash opens with 5 to f)
    "alexrudall/ruby-openai": (
        "62938e02bb83e9f243ad2447805bc461d5d126fe", "MIT", r"^spec/fixtures/cassettes/.*" + _VCR),
    "contentful/contentful-management.rb": (
        "8940acde56f8fd2f7e3de024d5c85e295a27ba99", "MIT",
        r"^spec/fixtures/vcr_cassettes/.*" + _VCR),
    "jeremytregunna/ruby-trello": (
        "ddea4c71606c29e7cf5f09268d5c1d82a0539398", "MIT", r"^spec/cassettes/.*" + _VCR),
    "dblock/iex-ruby-client": (
        "70985a77ae69d2818a2b262c39d7e50257ce2749", "MIT", r"^spec/fixtures/iex/.*" + _VCR),
    "octokit/octokit.rb": (
        "ea3413c3174571e87c83d358fc893cc7613091fa", "MIT", r"^spec/cassettes/.*\.json$"),
    "zendesk/zendesk_api_client_rb": (
        "7f573a8e0448255ea1f2b7d8b3190d6469bc6d74", "Apache-2.0",
        r"^spec/fixtures/cassettes/.*\.(?:json|ya?ml)$"),
    "slack-ruby/slack-ruby-client": (
        "e0f841a1dd62d19ecc5186eebcbba206c14e393c", "MIT", r"^spec/fixtures/slack/.*" + _VCR),
    "dblock/strava-ruby-client": (
        "ca6ae632df31891be3fc13036115ed72e61a5fb6", "MIT", r"^spec/fixtures/strava/.*" + _VCR),
    "drnic/groq-ruby": (
        "47a6dfc9ac5b373a8eaa32235f5e54338a99bda7", "MIT",
        r"^test/fixtures/vcr_cassettes/.*" + _VCR),
    "FoamFactory/bubblez": (
        "31547eba82586063fa7bf79658387598a107513b", "MPL-2.0",
        r"^(?:spec/)?fixtures/vcr_cassettes/.*" + _VCR),
    "ombulabs/mercadopago": (
        "036073eb4d719c22d53f58a8b31f3c43c930d6e3", "MIT", r"^fixtures/vcr_cassettes/.*" + _VCR),
    "uceem/uceem-ruby": (
        "3d25a141c871d64552ca943ff23fe4e46e0bee01", "MIT", r"^fixtures/vcr_cassettes/.*" + _VCR),
    "mikemackintosh/ruby-qualys": (
        "6479d72fdd60ada7ef8245bf3161ef09c282eca8", "MIT",
        r"^spec/fixtures/vcr_cassettes/.*" + _VCR),
    # held-out part (the name's hash opens with 0 to 4)
    "BoxcarsAI/boxcars": (
        "2475765a7ca590101aa927dbea4267cb34835903", "MIT", r"^spec/fixtures/cassettes/.*" + _VCR),
    "OlympiaAI/raix": (
        "7e1b0da45fe88f526388171fad321115c09259ec", "MIT", r"^spec/vcr/.*" + _VCR),
    "alexrudall/anthropic": (
        "4cfbda9e0146c1eaccf008e0724c6f18ad7fbade", "MIT", r"^spec/fixtures/cassettes/.*" + _VCR),
    "patterns-ai-core/langchainrb": (
        "a944fb53b82cbc5023008feb8b8f7af8ad44d065", "MIT",
        r"^spec/fixtures/vcr_cassettes/.*" + _VCR),
    "contentful/contentful.rb": (
        "ba141b5132849132adeec9bd0409ec6ced85cb23", "MIT",
        r"^spec/fixtures/vcr_cassettes/.*" + _VCR),
    "stupied4ever/ruby-tapas-downloader": (
        "8e4552852fc89c9d075dcfa0e1d5596c185417fb", "WTFPL",
        r"^spec/fixtures/vcr_cassettes/.*" + _VCR),
    "dashofcode/tracker_api": (
        "ad3011b6f9fccae2df833cd65735b739b09d7b0f", "MIT",
        r"^test/(?:vcr/(?:x-)?cassettes|fixtures/vcr_cassettes)/.*\.(?:json|ya?ml)$"),
}  # fmt: skip

#: At most this many records per site in each part.
PER_SITE = _http12.PER_SITE


# --------------------------------------------------------------------------- reading


def read(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a Ruby VCR cassette, YAML or JSON (``http_interactions``), as (kind,
    block, URL), bodies dropped (the twenty-seventh set's reader; a JSON cassette's bodies are
    dropped before its text is read)."""
    if raw.lstrip().startswith("{"):
        doc = json.loads(raw)
        for it in doc.get("http_interactions") or [] if isinstance(doc, dict) else []:
            for side in ("request", "response"):
                if isinstance(it, dict) and isinstance(it.get(side), dict):
                    it[side].pop("body", None)
        return _http12.cassette_msgs(json.dumps(doc))
    return _http27.read(raw)


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every cassette's messages grouped by site, each record to its repository's
    part (:func:`held_out`), the sixth set's pick per cassette and site, at most
    :data:`PER_SITE` records per site and part; a record repeating an earlier development
    cookie value (8 characters or more) is dropped, and a development record repeating a
    held-out one's."""
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
                site = _http6.site_of(url) if url.startswith("http") else ""
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
    # development names, decided on their samples (03:50 UTC, before any detector ran)
    "_gh_manage": ID,  # GitHub Enterprise console's Rails cookie-store session (a session id), whole
    "_users_session": ID,  # a Rails cookie-store session (a session id inside), whole (rule 28)
    "_passenger_route": NO,  # Phusion Passenger's sticky route, a number naming a process (rule 35)
    "ctoken": ID,  # IEX Cloud's per-client token, 32 random hex digits (rule 21)
    # Trello's double-submit CSRF token (rule 21) where it is a real value; the recorded
    # cassettes replace it by a placeholder (``<set_cookie_dsc>``), which is none (rule 19)
    "dsc": re.compile(r"^([0-9A-Fa-f]{16,})$"),
    "DWRSESSIONID": ID,  # Direct Web Remoting's session id (rule 1)
    # the same cookie after a folded ``Set-Cookie`` header's comma (``...; secure, DWRSESSIONID=``)
    "secure, DWRSESSIONID": ID,
    "QualysSession": ID,  # Qualys API's session id (rule 1)
    "TS016da221": ID, "TS01e25bc7": ID,  # F5 BIG-IP ASM's main cookies (as ``TS010ecf5c``)
    # held-out names, decided from the name and documentation only (their values were not read)
    "NetworkProbeLimit": NO,  # Wikimedia's network-probe rate limit (a figure, rule 4)
    "symfony": ID,  # Symfony's default session cookie (rule 1)
    "WMF-DP": NO,  # Wikimedia's short preference value, as ``WMF-Last-Access`` (name only; rule 4)
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http29.COOKIES, **NEW_COOKIES}


#: Header names first seen here that carry an API key (rule 12): RapidAPI's key header.
_KEY_HEADER = re.compile(r"(?mi)^x-rapidapi-key: ([^\s]+)$")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    """The twenty-ninth set's rules (the twenty-sixth set's chain: the fourth to twenty-sixth
    sets', the shared last pass and rule 59) with the cookie table extended by
    :data:`NEW_COOKIES`, and RapidAPI's key header's value an ``AUTH_TOKEN`` (rule 12)."""
    gold, ignored = _http26._label(text, system, cookies=cookies)
    for m in _KEY_HEADER.finditer(text):
        if not any(g["start"] < m.end(1) and m.start(1) < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "AUTH_TOKEN"})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


SET = _http12.HttpSet(
    number=32,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    is_held_out=held_out,
    read=read,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
