"""Build the sixteenth real-text set: cassettes of infrastructure managers' API clients.

The tenth to fifteenth sets' held-out parts measured cookie-id precision below their
development parts: the rules learnt the cookie names each development part holds, most of
them the cookies of web sites. This set takes the recorded test cassettes of the providers of
an infrastructure manager (ManageIQ), each the client of one appliance or cloud API: server
and switch managers, hypervisor and network-virtualisation managers, cloud and identity
services. Their responses set the appliances' own session, CSRF, load-balancer and routing
cookies, under names no earlier table decides; a few rOpenSci clients of public data services
(NASA POWER, Environment Canada's climate data, Twitter's API) widen the development part.
Cassettes of Ruby VCR and R's ``vcr`` are read in every version the pinned commit's history
holds, with the fifteenth set's reader and the twelfth set's selection; the reviewed per-name
tables are extended by the names first seen here (:data:`NEW_COOKIES`). Split by repository
(sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section "Sixteenth
real-text set"). Both files were committed, labelled, before privkit or Presidio ran on them;
the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http16 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from benchmarks.corpus import _http4, _http12, _http15
from benchmarks.corpus._http4 import ID, NO

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http15.EARLIER, DATA / "http15_dev.jsonl")
#: The sites of the tenth to fifteenth sets' held-out parts as their README sections name them
#: (their files are not read): left out of both parts. The fifteenth's are the scientific
#: services its section names (NCBI, PLOS, the Biodiversity Heritage Library, ITIS, VLIZ,
#: Copernicus' data hubs).
HELD_OUT_SITES = _http15.HELD_OUT_SITES | frozenset({
    "nih.gov", "plos.org", "biodiversitylibrary.org", "itis.gov", "vliz.be",
    "marineregions.org", "copernicus.eu",
})  # fmt: skip


def held_out(repo: str) -> bool:
    """The split, fixed before extraction: a repository whose name's SHA-256 opens with 0-4."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


_MIQ = r"^spec/vcr_cassettes/.*\.ya?ml$"
_R_VCR = r"^tests/(?:fixtures|testthat/_vcr|testthat/fixtures)/.*\.ya?ml$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: part of each repository is :func:`held_out` of its name.
SOURCES: dict[str, tuple[str, str, str]] = {
    # development (hash f, e, 6, f, b, f, a, e)
    "ManageIQ/manageiq-providers-azure": ("548ded1e51f55ac41acf25325548bb39e6424391", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-cisco_intersight": (
        "38cf5ddbbab965e78dfba192b405e9b964f3fb89", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-proxmox": ("bffc0cc7be85d6b74202d070861a281ce340a3dc", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-nutanix": ("3baa90f86f08e3d804619169fa49ebbcc8c3acf9", "Apache-2.0", _MIQ),
    "ropensci/nasapower": ("ab6e35f2e8e06daf409856a084b838a1f27cf33f", "MIT", _R_VCR),
    "ropensci/rtweet": ("6fc9a961d15e9c1f9efefdff9a0c821dfbbb2851", "MIT", _R_VCR),
    "ropensci/weathercan": ("4e8db537f4db96fd29eed7fc068b0428a78b78c4", "GPL-3.0", _R_VCR),
    "Fullscreen/yt": ("126b1fe3d81afb7e880d4339470e106f3f0bceee", "MIT", r"^spec/cassettes/.*\.ya?ml$"),
    # held out (hash 2, 2, 3, 0, 2, 4, 1, 1)
    "ManageIQ/manageiq-providers-lenovo": ("b14ef2a0624bde3f56ca4f1eec8713816179bf2e", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-ibm_power_hmc": (
        "777bf8a0415c6615b28b7c9c75e80c7f74abebaa", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-vmware": ("86feaef848fc38a34e4d538135265fdd6bbb0197", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-nuage": ("ecb2edfbdbd30eed8f7226f7fa9d528d1711fdf6", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-nsxt": ("a9fe7dc9163498a7a00b5e5923676c5879827c0b", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-ibm_cloud": ("e90e706cef728bb136cca508629ddb97ae87de72", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-ovirt": ("2cf8aeadc40297a0603850661383f727cd6b6f65", "Apache-2.0", _MIQ),
    "ManageIQ/manageiq-providers-azure_stack": (
        "da4815bd01afbca270e0d9d10199e203632e0cac", "Apache-2.0", _MIQ),
}  # fmt: skip


# --------------------------------------------------------------------------- reading


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: decided from the name, the value's shape and the cookie's documentation (rules 1-6, 21,
#: 25, 28, 33, 34, 35, 39); the held-out part's names from their names and documentation only.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # Proxmox VE's authentication ticket ``PVE:<user>@<realm>:<hex time>::<signature>``: a
    # signed sign-in credential for one user's session, whole (rule 21, as ``freeman``)
    "PVEAuthCookie": ID,
    "_bit": ID,  # Bitly's per-browser visitor id
    # held out (decided from the name and documentation alone)
    "CCFWSESSION": ID,  # IBM HMC's console framework session id
    # Apache Shiro's remember-me cookie: the signed-in principal, encrypted (a login
    # credential); its expiry marker ``deleteMe`` is no id (rule 39)
    "rememberMe": ID,
    "sessioncookie": ID,  # a session id
    "vcloud-token": ID,  # VMware Cloud Director's session token
    "vmware_soap_session": ID,  # vSphere's SOAP session id
    "userAuthenticationMethod": NO,  # the name of a sign-in method
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http15.COOKIES, **NEW_COOKIES}
#: Header names first seen in this set -> label of the whole value (rules 5, 12).
NEW_HEADERS: dict[str, str] = {
    # Proxmox VE's CSRF token, issued with the ticket for one session (rule 21, as the
    # fifth set's ``X-OWA-CANARY``)
    "csrfpreventiontoken": "COOKIE_ID",
    # held out (from the name and documentation): IBM HMC's session token, sent back in a
    # header (rule 5, as ``session-header``); VMware Cloud Director's session token used as
    # the credential (rule 12, as ``echo-token``)
    "x-api-session": "COOKIE_ID",
    "x-vcloud-authorization": "AUTH_TOKEN",
}  # fmt: skip
#: Expiry markers a server writes to clear a cookie (rule 39, as rule 31's ``deleted``):
#: Apache Shiro's ``deleteMe``.
_EXPIRED = frozenset({"deleteMe"})
#: A recording filter's stand-in written as a constant's name in capitals (``PVE_AUTH_COOKIE``,
#: ``VMWARE_PASSWORD``): at least two words joined by underscores (rule 40).
_CONSTANT = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    gold, ignored = _http15._label(text, system, cookies=cookies)
    gold = [g for g in gold if text[g["start"] : g["end"]] not in _EXPIRED]  # type: ignore[misc]
    kept = []
    for g in gold:
        if g["entity"] in ("COOKIE_ID", "AUTH_TOKEN") and _CONSTANT.match(
            text[g["start"] : g["end"]]  # type: ignore[misc]
        ):
            # rule 40: a recording filter's stand-in; a credential's is ignored (rule 22)
            if g["entity"] == "AUTH_TOKEN":
                ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
            continue
        kept.append(g)
    gold = kept
    for name, s, e in _http4.header_values(text):
        label = NEW_HEADERS.get(name)
        if label is None or e <= s:
            continue
        gold = [g for g in gold if not (g["start"] < e and s < g["end"])]  # type: ignore[operator]
        gold.append({"start": s, "end": e, "entity": label})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


SET = _http12.HttpSet(
    number=16,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(_http15.COOKIES, width=80, labelled=False),
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
    is_held_out=held_out,
    read=_http15.cassette_msgs,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
