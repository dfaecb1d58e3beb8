"""Build the seventeenth real-text set: cassettes of social, scraper, appliance and
virtualisation clients.

The tenth to sixteenth sets' held-out parts measured cookie-id precision below their
development parts (tenth 0.317, twelfth 0.630, fifteenth 0.742): the rules learnt the cookie
names each development part holds. This set takes the recorded test cassettes of clients that
no earlier set read: a Mastodon client (R ``vcr`` cassettes of several Fediverse instances), a
Matrix client, a Steam client (its community pages and web sign-in), a scraper that signs in
to a PHP web application and replays its cookie jar, a UPS network card's exporter, and, held
out, vSphere's Python SDK (its SOAP session cookie echoed back in requests) and a multi-cloud
API server's drivers (EC2, Fujitsu's and HP's clouds, GoGrid, oVirt). Cassettes of vcrpy, Ruby
VCR and R's ``vcr`` are read in every version the pinned commit's history holds, with the
fifteenth set's reader and the twelfth set's selection; the reviewed per-name tables are
extended by the names first seen here (:data:`NEW_COOKIES`). Split by repository (sources,
selection and labelling rules: ``benchmarks/corpus/README.md``, section "Seventeenth
real-text set"). Both files were committed, labelled, before privkit or Presidio ran on them;
the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http17 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from benchmarks.corpus import _http4, _http12, _http15, _http16
from benchmarks.corpus._http4 import ID, LOC, NO

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http16.EARLIER, DATA / "http16_dev.jsonl")
#: The sites of the tenth to sixteenth sets' held-out parts as their README sections name them
#: (their files are not read): left out of both parts. The sixteenth's are the appliance
#: placeholders its section names.
HELD_OUT_SITES = _http16.HELD_OUT_SITES | frozenset({
    "vmware_cloud_host", "nuage_network_host", "ibm-power-hmc-hostname",
})  # fmt: skip


def held_out(repo: str) -> bool:
    """The split, fixed before extraction: a repository whose name's SHA-256 opens with 0-4."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: part of each repository is :func:`held_out` of its name.
SOURCES: dict[str, tuple[str, str, str]] = {
    # development (hash c, e, 8, a, e, 8)
    "gesistsa/rtoot": ("f78435bf7bdc1026d5b8b8919be486e83e0b3761", "MIT", r"^tests/fixtures/.*\.ya?ml$"),
    "ValvePython/steam": (
        "26166e047b66a7be10bdf3c90e2e14de9283ab5a", "MIT", r"^vcr/.*\.(?:ya?ml|json)$"),
    "shaungarwood/bleesed": (
        "9d94db448078b864e50571785cc170c3614b944b", "MIT", r"^spec/cassettes/.*\.ya?ml$"),
    # the ``develop`` branch's commit that recorded the cassettes (removed on the default branch)
    "sledgang/matrix-ruby-sdk": (
        "c170b10197bdb26ab06cec5f97dda5de90e8b766", "MIT", r"^spec/vcr/.*\.ya?ml$"),
    "psyinfra/prometheus-eaton-ups-exporter": (
        "715c5b95f3252039f581a203a743b25bfab2824c", "ISC", r"^tests/(?:fixtures/)?cassettes/.*\.ya?ml$"),
    # added after the first extraction, to widen the development part (the held-out part did
    # not change): rOpenSci's client of research funders' award databases
    "ropensci/awardFindR": (
        "c8f0d6e51d1ecef5ebea8c6735606a8ffd0623b3", "MIT", r"^tests/(?:fixtures|testthat/_vcr|testthat/fixtures)/.*\.ya?ml$"),
    # held out (hash 2, 4)
    "vmware/pyvmomi": (
        "debb05118666d07ce38b2527151f738f4fac673e", "Apache-2.0", r"^tests/fixtures/.*\.ya?ml$"),
    "apache/deltacloud": (
        "64c62c2437767af247a579a6c3c718e2641c1796", "Apache-2.0",
        r"^server/tests/(?:.*/)?fixtures/.*\.ya?ml$"),
}  # fmt: skip


# --------------------------------------------------------------------------- reading


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: decided from the name, the value's shape and the cookie's documentation; the held-out
#: part's names from their names and documentation only.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # Steam's country cookie ``<country code>|<hash>``: the country derived from the client's
    # address with the server's check value (as ``countryCode``, a location, ignored)
    "steamCountry": LOC,
    # load balancers' persistence cookies (rule 4, as the fourteenth set's ``BIGipServer...``):
    # F5 BIG-IP's pool member (its address and port as decimals)
    "BIGipServer~R.Gov-Prod~wsm.research.gov-ssl": NO,
    "BIGipServer~R.Gov-Prod~wsm.research.gov_p": NO,
    # FortiWeb's session-management cookie: the web firewall's id of the client's session,
    # sent back with each request (rule 21, as Imperva's ``incap_ses``). Corrected after the
    # first detector run: the review had decided it a load balancer's persistence cookie
    # without reading FortiWeb's administration guide, which names it a per-client session id
    "cookiesession1": ID,
    # rule 41: a name an earlier table decides as a flag (the fourth set's ``t``) is decided
    # by its value here: blesseveryhome.com's ``t`` is the remember-me sign-in token it sets
    # at login for a year and reads back with the session (rule 21): an id when it is a
    # random token of 16 characters or more, no id otherwise (``deleted``)
    "t": re.compile(r"^([A-Za-z0-9]{16,})$"),
}
COOKIES: dict[str, str | re.Pattern[str]] = {**_http16.COOKIES, **NEW_COOKIES}
#: Header names first seen in this set -> label of the whole value.
NEW_HEADERS: dict[str, str] = {}
#: Rule 42: a recording filter's stand-in written in doubled or tripled angle brackets, words
#: and spaces allowed (R ``vcr``'s ``<<<MASTODON TOKEN>>>``): no credential (ignored,
#: ``AUTH_PLACEHOLDER``), as rule 37's ``<<token>>``.
_TEMPLATE = re.compile(r"^<{2,3}[^<>\n]{1,64}>{2,3}$")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    gold, ignored = _http16._label(text, system, cookies=cookies)
    for name, s, e in _http4.header_values(text):
        label = NEW_HEADERS.get(name)
        if label is None or e <= s:
            continue
        gold = [g for g in gold if not (g["start"] < e and s < g["end"])]  # type: ignore[operator]
        gold.append({"start": s, "end": e, "entity": label})
    kept = []
    for g in gold:
        if g["entity"] in ("AUTH_TOKEN", "COOKIE_ID") and _TEMPLATE.match(
            text[g["start"] : g["end"]]  # type: ignore[misc]
        ):
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
            continue
        kept.append(g)
    gold = kept
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


SET = _http12.HttpSet(
    number=17,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(_http16.COOKIES, width=80, labelled=False),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    is_held_out=held_out,
    read=_http15.cassette_msgs,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
