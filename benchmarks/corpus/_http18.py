"""Build the eighteenth real-text set: cassettes of virtualisation, multi-cloud and
infrastructure API clients.

The seventeenth set's held-out part (a vSphere SDK and a multi-cloud API server's drivers)
measured privkit's over-redaction at 22.4% (requests 41.1%), where the earlier HTTP sets'
parts measured 0.0-0.8%: some class of request text that virtualisation and cloud API
clients send is mishandled. This set takes, for development, the recorded test cassettes of
other such clients: fog's vCloud Director client (its session sign-in and the session token
it sends back), fog's OpenStack client (a devstack's identity, compute, volume, image and
network services, with the ``X-Auth-Token`` it sends), and UpCloud's
Go SDK; held out, ManageIQ's Redfish provider (a server's management controller) and
Linode's Go SDK. Cassettes of Ruby VCR and go-vcr are read in every version the pinned
commit's history holds, with the fifteenth set's reader and the twelfth set's selection (no
cookie needed: the per-site pick takes requests and responses without cookies too). Split by
repository (sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Eighteenth real-text set"). Both files were committed, labelled, before privkit or Presidio
ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http18 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http10, _http12, _http15, _http16

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read. The seventeenth
#: set's development file is read when it is present (it lands on main with that set).
EARLIER = tuple(
    p for p in (*_http16.EARLIER, DATA / "http16_dev.jsonl", DATA / "http17_dev.jsonl")
    if p.name != "http17_dev.jsonl" or p.exists()
)  # fmt: skip
#: The sites of the tenth to seventeenth sets' held-out parts as their README sections name
#: them (their files are not read): left out of both parts. The seventeenth's are vSphere's
#: appliance names and the multi-cloud server's providers.
HELD_OUT_SITES = _http16.HELD_OUT_SITES | frozenset({
    "vmware_cloud_host", "nuage_network_host", "ibm-power-hmc-hostname",
    "vcsa", "vcenter", "redhat.com", "gogrid.com", "hpcloudsvc.com", "fujitsu.com.au",
})  # fmt: skip


def held_out(repo: str) -> bool:
    """The split, fixed before extraction (10:18 UTC 2026-12-05): a repository whose name's
    SHA-256 opens with 0 or 1 (a small held-out part, most of the set for development)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: part of each repository is :func:`held_out` of its name.
SOURCES: dict[str, tuple[str, str, str]] = {
    # development (hash 6, 8, 9; fog/fog-proxmox, hash d, was left out after the first
    # extraction: its licence is the GPL, and only two of its records were kept)
    "fog/fog": (
        "f3e5ceacc44cd1b63daf9db9a4a5985f0802de50", "MIT",
        r"^tests/vcloud(?:ng|_director)/vcr_cassettes(?:_old)?/.*\.ya?ml$"),
    "fog/fog-openstack": (
        "4f6f97fd9e4cb958ef7dfb01b290e0bb83aba97a", "MIT", r"^spec/fixtures/openstack/.*\.ya?ml$"),
    "UpCloudLtd/upcloud-go-api": (
        "f64673e83662d4d5a1ed2694b63732ad4cfe186b", "MIT", r"^upcloud/service/fixtures/.*\.ya?ml$"),
    # added after the first extraction (10:20 UTC), before any label was committed or any
    # detector ran, to widen the development part (hash a, a, 2, a): ManageIQ's providers of
    # IBM PowerVC and IBM Cloud Infrastructure Center (OpenStack-based), AutoSDE, Google Cloud
    "ManageIQ/manageiq-providers-ibm_power_vc": (
        "4532f61d4d3f71e5cdc41aa89269c8444fb2a3ce", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    "ManageIQ/manageiq-providers-ibm_cic": (
        "cc9753a79cb2aca09263ddb691b28124a7fcf8f8", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    "ManageIQ/manageiq-providers-autosde": (
        "c55c940d6ff63ec39215fc18192dee92f41f6f06", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    "ManageIQ/manageiq-providers-google": (
        "789bf76627f0aafc966afd312fba97b94710a3ce", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    # added at 10:25 UTC likewise (hash d, 4, 2, f): ManageIQ's providers of Oracle Cloud
    # (requests signed by the HTTP-signature scheme), KubeVirt, IBM's Terraform service (CAM)
    # and Terraform Enterprise
    "ManageIQ/manageiq-providers-oracle_cloud": (
        "f90a55948e55b251e34f4870727f761b0cec5bd4", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    "ManageIQ/manageiq-providers-kubevirt": (
        "0aa3f8197a32d4a2aa76f0032aa383c7e2f0a585", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    "ManageIQ/manageiq-providers-ibm_terraform": (
        "166f71abecd2cf570a734bb952baaf4241f7a1d7", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    "ManageIQ/manageiq-providers-terraform_enterprise": (
        "a64d1c51bf50760c1f4a6b9dfe2c2630ddebcbd2", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    # held out (hash 0, 1)
    "ManageIQ/manageiq-providers-redfish": (
        "8139355d3e2a991b69fe13da52706b07ec3ef5d8", "Apache-2.0", r"^spec/vcr_cassettes/.*\.ya?ml$"),
    "linode/linodego": (
        "676b9dbeacf05d88a69ef25c2968be2497d363b4", "MIT", r"^test/integration/fixtures/.*\.ya?ml$"),
}  # fmt: skip


# --------------------------------------------------------------------------- reading

#: At most this many records per site (the earlier sets' 60, doubled: few sites here, and the
#: development part is the point of this set).
PER_SITE = 120


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {}
COOKIES: dict[str, str | re.Pattern[str]] = {**_http16.COOKIES, **NEW_COOKIES}
#: Header names first seen in this set -> label of the whole value (rule 43).
NEW_HEADERS: dict[str, str] = {
    # OpenStack Keystone's response header carrying the token it has just issued: the bearer
    # credential the client then sends as ``X-Auth-Token`` (rule 12)
    "x-subject-token": "AUTH_TOKEN",
}
#: Rule 44 (query signatures and access keys) is ``_http4.credential_labels``, every set's.
#: Rule 45: a test suite's deliberately invalid credential, a word or words wrapped in
#: underscores (``__bad-token__``), is a placeholder: ignored (``AUTH_PLACEHOLDER``).
_WRAPPED_WORD = re.compile(r"^_{1,3}[A-Za-z][A-Za-z\-]{0,40}_{1,3}$")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    gold, ignored = _http16._label(text, system, cookies=cookies)
    for name, s, e in _http4.header_values(text):
        label = NEW_HEADERS.get(name)
        if label is None or e <= s:
            continue
        gold = [g for g in gold if not (g["start"] < e and s < g["end"])]  # type: ignore[operator]
        gold.append({"start": s, "end": e, "entity": label})
    gold, ignored = _http4.credential_labels(text, gold, ignored)
    kept = []
    for g in gold:
        if g["entity"] == "AUTH_TOKEN" and _WRAPPED_WORD.match(text[g["start"] : g["end"]]):  # type: ignore[misc]
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
            continue
        kept.append(g)
    gold = kept
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


def names_review(cookies: Mapping[str, object]) -> Callable[[Records, Records], None]:
    """The review's input for a set whose cookie table is ``cookies``: the cookie and header
    names no earlier table decides, with development samples and held-out counts (no held-out
    value)."""

    def names(text: str) -> list[tuple[str, int, int]]:
        pairs = [("cookie " + n, s, e) for n, s, e in _http4.new_cookie_names(text, cookies)]
        return pairs + [("header " + n, s, e) for n, s, e in _http4.header_values(text)]

    def review(dev: Records, held: Records) -> None:
        _http4.review_names(dev, held, names, width=60, shown=2)

    return review


SET = _http12.HttpSet(
    number=18,
    sources=SOURCES,
    label=_label,
    review=names_review(COOKIES),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    is_held_out=held_out,
    read=_http15.cassette_msgs,
    per_site=PER_SITE,
    sites_of=_http10.sites_of,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
