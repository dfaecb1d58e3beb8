"""Build the twenty-fifth real-text set: cassettes of LLM clients' tracers, a power-market
client, a hackers' club's API, a stock-exchange client, a weather gem and an e-signature client.

A generalisation check (helper H121): the cookie-id rules were written on the fourth to
twenty-fourth sets and fall on their held-out parts, so this set takes recorded traffic of
repositories no earlier set names, to measure how the rules carry before any change.
Sources: the VCR cassettes of the OpenTelemetry instrumentations of LLM clients
(``traceloop/openllmetry``, ``Arize-ai/openinference``), of Simon Willison's ``llm`` and of
``pydantic/pydantic-ai`` (the providers' APIs and their CDNs' cookies); Nord Pool's market-data
client (``kipe/nordpool``), Hack Club's API (``hackclub/api``: Slack, Cloud9, Airtable and
other services it calls), the B3 stock exchange's R client (``ropensci/rb3``), the
``barometer`` weather gem (``attack/barometer``: weather and geocoding services) and a DocuSign
client (``jondkinney/docusign_rest``), in every version the repositories' histories hold.

Split by **repository** (:func:`held_out`, fixed at 05:50 UTC 2026-12-06, before any record
was extracted: the repository name's SHA-256 opens with 0 to 4, the twelfth set's rule).
Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twenty-fifth real-text set". Both files were committed, labelled, before privkit or Presidio
ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http25 --git traceloop/openllmetry=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http12, _http18, _http23, _http24
from benchmarks.corpus._http4 import ID, NO

if TYPE_CHECKING:
    import re

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http24.EARLIER, DATA / "http24_dev.jsonl") if p.exists())
#: At most this many records per site (the earlier cassette sets' 60).
PER_SITE = 60


def held_out(repo: str) -> bool:
    """The split, fixed before extraction (05:50 UTC 2026-12-06): a repository whose name's
    SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "traceloop/openllmetry": (
        "93429cfb9767e6b51db6cb35f6b70f758117669a", "Apache-2.0",
        r"^packages/[^/]+/tests/(?:.*/)?cassettes/.*\.ya?ml$"),
    "Arize-ai/openinference": (
        "1fe497f1d9f45a07eee55d97fe185e020560f9c7", "Apache-2.0",
        r"^python/instrumentation/[^/]+/tests/(?:.*/)?cassettes/.*\.ya?ml$"),
    "simonw/llm": (
        "f3f4f29c6e5e623c3776cbf6455dda2345638214", "Apache-2.0",
        r"^tests/cassettes/.*\.ya?ml$"),
    "pydantic/pydantic-ai": (
        "4fda38988f2939fa6ea9cdefcf120693e10ef491", "MIT", r"^tests/(?:.*/)?cassettes/.*\.ya?ml$"),
    "kipe/nordpool": ("a1911fa01a4c1e25a8b2e9971014322e7d9e2cfa", "MIT", r"^tests/vcr/.*\.ya?ml$"),
    "hackclub/api": (
        "f99d0ed5adf753f5bedebf919718659496caa0e3", "MIT", r"^(?:api/)?spec/vcr/.*\.ya?ml$"),
    "ropensci/rb3": (
        "ef11508519ac018491b3d3d4e348ceb23ee191de", "MIT", r"^tests/fixtures/.*\.ya?ml$"),
    "attack/barometer": (
        "be0b81bf33b5e674573d54b44e28f75234de7f4e", "MIT", r"^spec/cassettes/.*\.(?:json|ya?ml)$"),
    "jondkinney/docusign_rest": (
        "f93eaff7b649336ef54fe5310c4c00d74531e5e1", "MIT", r"^test/fixtures/vcr/.*\.ya?ml$"),
}  # fmt: skip
#: The tenth to twenty-fourth sets' held-out sites as their sections name them (the
#: twenty-first's Embed cache names are not read here: its sites are news and video sites no
#: source above calls): left out of both parts, with the earlier development sets' sites.
HELD_OUT_SITES = _http24.HELD_OUT_SITES | frozenset({"w3.org", "oasis-open.org", "q-detect.com"})


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once on development samples (the held-out part's names were counted, not read).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (06:00 UTC, before any detector ran)
    "aid": ID,  # Ollama's cloud API: a random UUID the site sets on the client (rule 1)
    "HWWAFSESID": ID,  # Huawei Cloud WAF's per-session token (rule 35, as Imperva's incap_ses)
    "HWWAFSESTIME": NO,  # the same firewall's session start, milliseconds since 1970 (rule 4)
    # held-out names, decided from the name and documentation only (their values were not read)
    "brw": ID,  # Airtable's browser id (its cookie policy: identifies the browser)
    "c9.live": ID,  # Cloud9 IDE's session cookie
    "c9.live.proxy": ID,  # Cloud9 IDE's session cookie for its preview proxy
    "CetipLanguage": NO,  # B3 (Cetip)'s language preference
    "lumUserLocale": NO,  # a locale preference
    "route": NO,  # a load balancer's sticky route (rule 35: it names the server)
    "BIGipServerpool_sistemaswebb3-listados_8443_WAF": NO,  # F5 LTM pool member (rule 4)
    "BIGipServerpool_www.b3.com.br_443": NO,  # likewise
    "nlbi_2246223": NO,  # Imperva's load-balancer cookie (rule 4)
    "incap_ses_1615_2246223": ID,  # Imperva's per-session token (rule 1)
    "visid_incap_2246223": ID,  # Imperva's visitor id (rule 1)
    # F5 BIG-IP ASM's main cookies (rule 35, as the fifteenth set's ``TS<hash>``)
    "TS0134a800": ID, "TS0171d45d": ID, "TS01871345": ID,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http24.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The twenty-fourth set's rules (which carry the fourth to twenty-third sets' and the
    shared last pass) with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http18._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=25,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    read=_http23.read,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
