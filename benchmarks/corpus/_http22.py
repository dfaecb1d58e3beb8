"""Build the twenty-second real-text set: HTTP messages in network analysers' packet captures.

The HAR files, DevTools logs, WARC files, cassettes and cached responses of the usual
repositories are used or were checked by earlier sets (fourth to twenty-first sections of
``benchmarks/corpus/README.md``). This set takes another kind of recorded traffic nobody here
wrote: the packet captures (pcap, pcapng) that network analysers keep as their test inputs,
captured on real networks by their authors and users, from which the HTTP/1 request and
response headers are read: browsers', phones' and apps' requests with their user agents,
cookies, device and advertising ids and the servers' ``Set-Cookie`` headers. Sources: nDPI
(``ntop/nDPI``), Zeek (``zeek/zeek``), Suricata's verification suite
(``OISF/suricata-verify``) and Arkime (``arkime/arkime``).

Split by **capture** (:func:`held_out`, fixed at 16:46 UTC 2026-12-05, before any record was
extracted: the SHA-256 of ``<repository>:<path>`` opens with 0 to 4, 5 of 16 held out), so
that one capture (one network session) goes wholly to one part, as the seventh set did; then
every development record repeating a held-out cookie value is dropped. Sources, selection
and labelling rules: ``benchmarks/corpus/README.md``, section "Twenty-second real-text set".
Both files were committed, labelled, before privkit or Presidio ran on them; the held-out part
is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http22 --git ntop/nDPI=GIT_DIR --git zeek/zeek=GIT_DIR \
        --git OISF/suricata-verify=GIT_DIR --git arkime/arkime=GIT_DIR \
        --git oscarotero/Embed=GIT_DIR [--names]

(``oscarotero/Embed``, the twenty-first set's source, is read for its cache files' *names*
only: they name that set's held-out sites, which are left out here.)
"""

from __future__ import annotations

import hashlib
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http10, _http12, _http18, _http21
from benchmarks.corpus._http4 import ID, IGN, LOC, NO

if TYPE_CHECKING:
    from collections.abc import Iterator

    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http21.EARLIER, DATA / "http21_dev.jsonl") if p.exists())
#: The tenth to twentieth sets' held-out sites as their sections name them (left out of both
#: parts); the twenty-first's are read from its Embed cache files' names (:func:`_embed_held`).
HELD_OUT_SITES = _http21.HELD_OUT_SITES
#: At most this many records per site, and per capture, in the whole set.
PER_SITE = 24
PER_CAPTURE = 40

#: repository -> (commit, licence, files: a regex on the path). The captures at the commit.
SOURCES: dict[str, tuple[str, str, str]] = {
    "ntop/nDPI": (
        "3b1286ab03b0c9223ac208a01868d8c1f6c0ae00", "LGPL-3.0", r"^tests/.*\.pcap(?:ng)?$"),
    "zeek/zeek": (
        "a13de64fbbdb01f90961c04719b308fbbb6d199e", "BSD-3-Clause",
        r"^testing/btest/Traces/.*\.(?:pcap|pcapng|trace)$"),
    "OISF/suricata-verify": (
        "10a45e4bad6d29d0f1239d93119ea24e1bbdab19", "MIT", r"^tests/.*\.pcap(?:ng)?$"),
    "arkime/arkime": (
        "2d2f3678796bcedc6655a276f476b7ddd457f3f2", "Apache-2.0", r"^tests/pcap/.*\.pcap(?:ng)?$"),
}  # fmt: skip


def held_out(repo: str, path: str) -> bool:
    """The split, fixed before extraction (16:46 UTC 2026-12-05): a capture (one file of a
    repository) whose ``<repository>:<path>`` SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(f"{repo}:{path}".encode()).hexdigest()[0] in "01234"


# --------------------------------------------------------------------------- reading

_PCAP_MAGIC = {
    b"\xd4\xc3\xb2\xa1": "<", b"\x4d\x3c\xb2\xa1": "<",
    b"\xa1\xb2\xc3\xd4": ">", b"\xa1\xb2\x3c\x4d": ">",
}  # fmt: skip


def _frames(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """(link type, frame) of each captured packet of a pcap or pcapng file."""
    order = _PCAP_MAGIC.get(raw[:4])
    if order is not None:
        link = struct.unpack(order + "I", raw[20:24])[0]
        i = 24
        while i + 16 <= len(raw):
            incl = struct.unpack(order + "I", raw[i + 8 : i + 12])[0]
            yield link, raw[i + 16 : i + 16 + incl]
            i += 16 + incl
        return
    if raw[:4] != b"\x0a\x0d\x0d\x0a":
        return
    i, order, links = 0, "<", []
    while i + 12 <= len(raw):
        if raw[i : i + 4] == b"\x0a\x0d\x0d\x0a":  # section header: its byte order
            order = "<" if raw[i + 8 : i + 12] == b"\x4d\x3c\x2b\x1a" else ">"
            links = []
        kind, size = struct.unpack(order + "II", raw[i : i + 8])
        if size < 12:
            return
        body = raw[i + 8 : i + size - 4]
        if kind == 1:  # interface description
            links.append(struct.unpack(order + "H", body[:2])[0])
        elif kind == 6:  # enhanced packet
            iface, _hi, _lo, cap = struct.unpack(order + "IIII", body[:16])
            yield (links[iface] if iface < len(links) else 1), body[20 : 20 + cap]
        elif kind == 3:  # simple packet
            yield (links[0] if links else 1), body[4:]
        i += size


def _ip_packet(link: int, frame: bytes) -> bytes | None:  # noqa: PLR0911 - one per link type
    if link == 1:  # Ethernet, VLAN tags skipped
        if len(frame) < 14:
            return None
        etype, off = struct.unpack(">H", frame[12:14])[0], 14
        while etype in (0x8100, 0x88A8) and off + 4 <= len(frame):
            etype, off = struct.unpack(">H", frame[off + 2 : off + 4])[0], off + 4
        return frame[off:] if etype in (0x0800, 0x86DD) else None
    if link == 113:  # Linux cooked
        return frame[16:]
    if link == 276:  # Linux cooked v2
        return frame[20:]
    if link in (12, 14, 101, 228, 229):  # raw IP
        return frame
    if link in (0, 108):  # BSD loopback
        return frame[4:]
    return None


def _segments(raw: bytes) -> Iterator[tuple[tuple[bytes, bytes, int, int], bytes]]:
    """(flow: source, destination, ports; payload) of each TCP segment, in capture order."""
    for link, frame in _frames(raw):
        ip = _ip_packet(link, frame)
        if not ip:
            continue
        if ip[0] >> 4 == 4 and len(ip) >= 20 and ip[9] == 6:
            total = struct.unpack(">H", ip[2:4])[0] or len(ip)
            src, dst, seg = ip[12:16], ip[16:20], ip[(ip[0] & 15) * 4 : total]
        elif ip[0] >> 4 == 6 and len(ip) >= 40 and ip[6] == 6:
            src, dst, seg = ip[8:24], ip[24:40], ip[40:]
        else:
            continue
        if len(seg) < 20:
            continue
        sport, dport = struct.unpack(">HH", seg[:4])
        yield (src, dst, sport, dport), seg[(seg[12] >> 4) * 4 :]


_START = re.compile(
    rb"^(?:(?:GET|POST|PUT|HEAD|DELETE|OPTIONS|PATCH) \S{1,8000} HTTP/1\.[01]|HTTP/1\.[01] \d{3})"
)
_HOST = re.compile(r"(?im)^host:[ \t]*([A-Za-z0-9][A-Za-z0-9.\-]{0,252})")


def pcap_msgs(raw: bytes) -> list[tuple[str, str, str]]:
    """The HTTP/1 messages of a capture as (kind, header block, URL): each TCP segment that
    opens a message and holds its whole header (no reassembly), the body dropped; a response's
    URL is its flow's last request's."""
    out: list[tuple[str, str, str]] = []
    last: dict[tuple[bytes, bytes, int, int], str] = {}
    for flow, payload in _segments(raw):
        if not _START.match(payload):
            continue
        end = payload.find(b"\r\n\r\n")
        if end < 0:
            continue
        block = payload[:end].decode("latin-1").replace("\r\n", "\n")
        if block.startswith("HTTP/"):
            back = (flow[1], flow[0], flow[3], flow[2])
            out.append(("response", block, last.get(back, "")))
            continue
        host = _HOST.search(block)
        url = f"http://{host.group(1)}/" if host else ""
        last[flow] = url
        out.append(("request", block, url))
    return out


def _blob(git: Path, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True
    ).stdout


def _files(git: Path, commit: str, rx: str) -> list[str]:
    out = subprocess.run(
        ["git", "--git-dir", str(git), "ls-tree", "-r", "--name-only", commit],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    return sorted(p for p in out.splitlines() if re.search(rx, p))


def _embed_held(git: Path) -> set[str]:
    """The twenty-first set's held-out sites: the hosts its Embed cache files' names give
    (``_http21.embed_host``) whose site that set's split holds out (file names only)."""
    log = subprocess.run(
        ["git", "--git-dir", str(git), "log", "--format=", "--name-only", "--all"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    sites = set()
    for path in set(log.splitlines()):
        if re.search(r"^tests/cache/[^/]+\.php$", path):
            host = _http21.embed_host(path)
            site = _http6.site_of(f"https://{host}/") if host else ""
            if site and _http21.held_out(site):
                sites.add(site)
    return sites


def extract(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts' records (repo, path, system, text) in a fixed order, and the drop counts.

    Per capture, the messages of each site (a request's ``Host``, a response's request's;
    an address or a missing host is its own site) are picked by the sixth set's rule
    (``_http10._pick``); earlier sets' sites and held-out sites and test hosts are left out, a
    record repeating an earlier development cookie value (8 characters or more) is dropped,
    each site keeps :data:`PER_SITE` records and each capture :data:`PER_CAPTURE` at most; a
    development record repeating a held-out cookie value is dropped.
    """
    earlier_sites, earlier_values = _http6._earlier(EARLIER)
    earlier_sites |= HELD_OUT_SITES | _embed_held(gits["oscarotero/Embed"])
    counts = {"messages": 0, "earlier_site": 0, "test_host": 0, "earlier_value": 0, "cap": 0}
    parts: dict[str, Records] = {"holdout": [], "dev": []}
    per_site: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path in _files(git, commit, rx):
            try:
                msgs = pcap_msgs(_blob(git, commit, path))
            except (subprocess.CalledProcessError, struct.error, ValueError):
                continue
            part = "holdout" if held_out(repo, path) else "dev"
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                host = (url.split("/")[2] if url else "").lower()
                site = _http6.site_of(url) if url else ""
                if site in earlier_sites:
                    counts["earlier_site"] += 1
                    continue
                if host in {"localhost", "foo.bar"} or re.search(
                    r"(?:^|\.)example\.(?:com|org|net)$|\.(?:test|local|invalid)$", host
                ):
                    counts["test_host"] += 1
                    continue
                by_site.setdefault(site, []).append((kind, block))
            taken = 0
            for site, site_msgs in by_site.items():
                for kind, block in _http10._pick(site_msgs):
                    if block in seen:
                        continue
                    if _http12._values(block) & earlier_values:
                        counts["earlier_value"] += 1
                        continue
                    if per_site.get(site, 0) >= PER_SITE or taken >= PER_CAPTURE:
                        counts["cap"] += 1
                        continue
                    seen.add(block)
                    per_site[site] = per_site.get(site, 0) + 1
                    taken += 1
                    parts[part].append((repo, path, f"pcap_{kind}", block))
    _http12.drop_held_out_values(parts, counts)
    counts["captures_dev"] = len({r[1] for r in parts["dev"]})
    counts["captures_holdout"] = len({r[1] for r in parts["holdout"]})
    return parts, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once on development samples (the held-out part's names were counted, not read).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (16:47 UTC, before any detector ran)
    # sessions, CSRF tokens (rule 21), per-browser, visitor and device ids, and opaque random
    # values of cookies whose purpose the name does not say
    "0x554150": ID, "12177": ID, "32625": ID, "37897": ID, "62133": ID,  # random values
    "__unam": ID,  # a sharing widget's per-browser id (``<hex>-<hex>-<hex>-<n>``)
    "_ttp": ID,  # TikTok's per-browser id (a UUID)
    "_xsrf": ID,  # Tornado's CSRF token
    "a": ID,  # 22 random base64url characters
    "afp-ident": ID,  # an identity number
    "CFID": ID, "CFTOKEN": ID,  # ColdFusion's session id and token
    "cloudowls_uuid": ID, "subscribe_general_token": ID,  # a per-visitor UUID under two names
    "csrf": ID,  # a CSRF token (a signed number)
    "cUserId": ID,  # a user id (27 random characters)
    "JSESSIONIDSSO": ID,  # Tomcat's single sign-on session
    "jupyterhub-session-id": ID,  # JupyterHub's session, and its signed per-user cookie
    "jupyterhub-user-christian": ID,
    "MC_CMP_ESK": ID, "MC_CMP_ESKX": ID,  # a webmail's per-session encrypted keys
    "memclid": ID,  # a per-browser UUID
    "nfvdid": ID,  # Netflix's visitor device id
    "pardot": ID,  # Pardot's visitor session
    "pgv_pvid": ID,  # Tencent analytics' per-browser id (random digits)
    "serviceToken": ID,  # Xiaomi's account service token
    "session-token": ID, "session_id_8000": ID, "x-main": ID,  # sessions (Amazon, Jupyter)
    "ubid-main": ID,  # Amazon's per-browser id
    "visitor_id413862": ID,  # Pardot's visitor id
    "zbx_sessionid": ID,  # Zabbix's session
    # identifier fields inside records: Microsoft's ``MC1`` (``V=3&GUID=<hex>``)
    "MC1": re.compile(r"GUID=([0-9a-f]{32})"),
    # undecidable: a number of unknown meaning, a flag-named cookie with a random value, a login
    # record that holds an address, a number and an account name; redacted values
    "COMMAND": IGN, "is_save_cookie": IGN, "LOGIN": IGN, "cpsession": IGN,
    "trafic_ranking": IGN, "xx": IGN,
    "CC": LOC,  # a country code
    # not identifiers: flags, counters, buckets, dates, versions, preferences, throttles,
    # languages, tabs, server and pool names, a signature of a visitor id, serialised settings
    "__qc_wId": NO, "_create_date": NO, "_gat_gtag_UA_154757929_57": NO,
    "_general_subscribe": NO, "_tt_enable_cookie": NO, "_version": NO, "ANONCHK": NO,
    "cloudowls_is_subscribe": NO, "cprelogin": NO, "CULTURE": NO, "FOLDERS": NO,
    "hpcli": NO, "hppr": NO, "hpsvr": NO, "langedit": NO, "last_url": NO,
    "lastViewedFolderID": NO, "lc-main": NO, "MC_NPID": NO, "mcProfLastMod": NO, "mh": NO,
    "MintAcceptsCookies": NO, "MintUnique": NO, "non_native_domain": NO, "PREFS": NO,
    "s_sq": NO, "Sample": NO, "security": NO, "ServerPool": NO, "tab": NO, "ui-tabs-1": NO,
    "unescomap": NO, "visitor_id413862-hash": NO, "WA_TMCJ_ESK": NO, "ZBX_CONFIG": NO,
    "zzzzzzzzzzzzzzzzzz": NO,
    # held-out names, decided from the name only (their values were not read)
    "_ws_test_session": ID,  # a session
    "48736": IGN, "49095": IGN, "6243150d11317": IGN, "62607c10386a3": IGN,
    "6266d1304df16": IGN, "login.cookies": IGN, "xxxxxxxxxx": IGN,  # the name does not say
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http21.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The twenty-first set's rules (which carry the fourth to twentieth sets' and the shared
    last pass) with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http18._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=22,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    parts=extract,
    more_repositories=("oscarotero/Embed",),
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
