"""Build the forty-second real-text HTTP set: a price-comparison scraper's recorded responses of
chemical suppliers' shops (issue 10, helper H228).

User agents and cookie ids are the figures the HTTP sets measure (brief of helper H228). The
forty-first set found few unused licensed HAR files left; this set reads another kind of
recording: the HTTP cache a scraper keeps as its test fixtures. ``jhyland87/ChemPare`` (MIT,
``LICENSE``) compares the prices of chemical suppliers' web shops; its tests replay the shops'
responses from ``requests-cache`` records (one JSON file per exchange: the request's method,
URL and headers, the response's status and headers), recorded in April 2025 from about
seventeen shops and search services (Wix and Shopify stores with their session-binding and
CSRF cookies, Cloudflare's bot cookies, a Polish shop's session, a Dutch shop's, a search
service's and a currency service's), with the scraper's user agents (python-requests and a
browser's). No earlier section, builder or ``docs/benchmarks.md`` names the repository
(checked on 2026-12-08). Its pickled records (``*.pkl``) and SQLite redirect tables are not
read (a pickle is code), nor the per-request ``cookies.json``/``headers.json`` pieces of its
older fixtures (no URL, so no site).

Split by **site** (:func:`held_out`, fixed at 03:44 UTC 2026-12-08, before the records were
extracted; two records had been opened whole to learn the format, one of them of a site the
rule holds out, ``bunmurralabs.store``, and the hosts' names with counts of files, ``Cookie``,
``Set-Cookie`` and ``User-Agent`` headers were taken to choose the source): the sixth set's rule
(a site whose registrable domain's SHA-256 opens with 0 to 4 is held out), so a site is on the
same side in every set split by site. The fortieth set's selection (:func:`_http37.select_by_site`):
every version of every record in the pinned commit's history, each exchange a request block
and a response block, bodies dropped, test hosts skipped, at most 24 records per site, a record
repeating an earlier development set's cookie value (8 characters or more, the forty-first
set's file included) dropped, and a development record repeating a held-out one's. Sources,
selection and labelling rules: ``benchmarks/corpus/README.md``, section "Forty-second HTTP
set". Both files are committed, labelled, before privkit or Presidio runs on them; the held-out
part is measured once.

Run with the local git directory of the repository (only ``git`` reads are used)::

    python -m benchmarks.corpus._http42 --git jhyland87/ChemPare=GIT_DIR [--names]
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _cookie_decisions, _http4, _http6, _http12, _http33, _http37, _http41
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped (the forty-first set's files and its own). No held-out file is read.
EARLIER = tuple(p for p in (*_http41.EARLIER, DATA / "http41_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before the records were extracted (03:44 UTC 2026-12-08): a site whose
    name's SHA-256 opens with 0 to 4 is held out (the sixth set's rule)."""
    return _http6.held_out(site)


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: split is by site, so the repository gives to both parts. The cache names each record by a
#: 16-hex-digit key; the fixtures' other JSON files are response bodies and cookie or header
#: pieces without their exchange.
SOURCES: dict[str, tuple[str, str, str]] = {
    "jhyland87/ChemPare": (
        "02f499ac619c7d3f28e2161e7ef176ea686b06b5", "MIT (LICENSE)",
        r"^tests/mock_data[^/]*/(?:[^/]+/)*[0-9a-f]{16}\.json$"),
}  # fmt: skip

#: At most this many records per site in the whole set (the thirty-seventh set's cap).
PER_SITE = _http41.PER_SITE


def read(raw: bytes) -> list[tuple[str, str, str]]:
    """A ``requests-cache`` record's exchange as (kind, block, URL) messages, bodies dropped:
    the request line ``<method> <URL>`` with the request's headers, then the status line
    ``HTTP/1.1 <status> <reason>`` with the response's headers (a header the cache stored once
    with its values joined, as ``Set-Cookie``, is one line). A JSON file that is no such record
    (no ``request`` object with its URL) raises :class:`LookupError` or :class:`TypeError`."""
    rec = json.loads(raw.decode("utf-8-sig", "replace"))
    rq = rec["request"]
    url = str(rq["url"])
    first = f"{str(rq.get('method') or 'GET').upper()} {url}"
    req_headers = [(str(k), str(v)) for k, v in (rq.get("headers") or {}).items()]
    status = f"HTTP/1.1 {rec.get('status_code', '')} {rec.get('reason') or ''}".rstrip()
    resp_headers = [(str(k), str(v)) for k, v in (rec.get("headers") or {}).items()]
    return [
        ("request", _http4._block(first, req_headers), url),
        ("response", _http4._block(status, resp_headers), url),
    ]


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts, by the fortieth set's selection over :data:`SOURCES` and :data:`EARLIER`;
    a record's system is ``cache_request`` or ``cache_response`` (the selection names a file
    that is no HAR file ``pcap_...``)."""
    parts, counts = _http37.select_by_site(
        gits,
        sources=SOURCES,
        earlier=EARLIER,
        is_held_out=held_out,
        per_site=PER_SITE,
        read=lambda _path, raw: read(raw),
    )
    for part in parts.values():
        part[:] = [(r, p, "cache_" + s.removeprefix("pcap_"), t) for r, p, s, t in part]
    return parts, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name only, as the builder's ``--names`` lists them with counts).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # ---- development names, decided on their samples (03:52 UTC, before any detector ran)
    # session ids (rules 21, 25): a Polish shop's PHP session under its own name (26 random
    # letters and digits), OpenCart's session (26 hex digits), a shop's ``session-1`` (64 hex
    # digits) and ``session_id`` (32 hex digits)
    **dict.fromkeys(("eGold", "OCSESSID", "session-1", "session_id"), ID),
    # Akamai Bot Manager's per-browser tokens (``<32 hex>~<base64>``), as ``ak_bmsc``,
    # ``_abck`` and ``bm_sz`` of the tenth set (read once the joined values were split)
    **dict.fromkeys(("bm_mi", "bm_sv"), ID),
    # undecidable (rules 60, 61): Wix's ``hs`` (a signed 32-bit number per session; Wix names
    # its purpose, security, not what it holds)
    "hs": IGN,
    # not identifiers (rules 4, 35, 59): consent flags and an empty consent list, a cookie
    # notice's state, SAP Commerce's routing to a named server (``.accstorefront-<pod>``)
    **dict.fromkeys(("anonymous-consents", "cookie-notification", "COOKIELAW", "COOKIELAW_ADS",
                     "COOKIELAW_SOCIAL", "COOKIELAW_STATS", "ROUTE"), NO),
    # ---- held-out names, decided from the name only (their values were not read)
    # Wix's session binding (``server-session-bind``, ``client-session-bind``) and visitor
    # session (``svSession``), a session id under a per-site suffix, ``session_id``
    **dict.fromkeys(("client-session-bind", "server-session-bind", "svSession",
                     "pc_sessid_4jVxV9OCTyi5I8mvWtt7fA"), ID),
    # undecidable from the name: a consent record (may hold a consent id, H222 decision 6), a
    # short name with a per-site suffix
    **dict.fromkeys(("epCookieConsent", "_tracking_consent", "pc_v_4jVxV9OCTyi5I8mvWtt7fA"),
                    IGN),
    # not identifiers: a return path, a display mode, debug flags, a session cookie's keygrip
    # signature (as ``session.sig`` of the twenty-first set)
    **dict.fromkeys(("afterLoginUrl", "pagemode", "pc_debug", "pc_debug_x", "pc_debug_y",
                     "session_id.sig"), NO),
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http41.COOKIES, **NEW_COOKIES}


#: A ``Set-Cookie`` line whose value joins several cookies (the client library stored the
#: header once, its values joined with ``, ``): the value.
_SET_COOKIE_LINE = re.compile(r"^([Ss][Ee][Tt]-[Cc][Oo][Oo][Kk][Ii][Ee]): ([^\n]*)", re.MULTILINE)
#: The separator before the next cookie of a joined value: ``,`` (and blanks) then
#: ``<name>=`` (an ``Expires`` date's ``, `` is followed by a day number and a space, not by
#: ``=``), as privkit's cookie detector reads a folded value.
_JOIN = re.compile(r",[ \t]*+(?=[^=;,\s]++=)")


#: Request headers that carry a session's id or its CSRF token (rules 5, 13; H222's decision
#: 6): Wix's ``client-binding`` (the ``client-session-bind`` cookie's value, echoed) and the
#: ``XSRF-TOKEN`` header (the cookie of that name, echoed as Angular's CSRF header).
_ID_HEADER = re.compile(
    r"^(?:[Cc]lient-[Bb]inding|XSRF-TOKEN|[Xx]srf-[Tt]oken): ([^\s]++)$", re.MULTILINE
)


def split_joined(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each joined ``Set-Cookie`` value written as one header line per cookie
    (each ``, `` separator replaced by a line break and the header's name), and the kept
    pieces as (start in ``text``, start in the new text), in order; one pass over the text."""
    out: list[str] = []
    pieces: list[tuple[int, int]] = [(0, 0)]
    at, length = 0, 0
    for line in _SET_COOKIE_LINE.finditer(text):
        for sep in _JOIN.finditer(text, line.start(2), line.end(2)):
            out.append(text[at : sep.start()])
            length += sep.start() - at
            insert = f"\n{line.group(1)}: "
            out.append(insert)
            length += len(insert)
            at = sep.end()
            pieces.append((at, length))
    out.append(text[at:])
    return "".join(out), pieces


def _back(pos: int, pieces: list[tuple[int, int]], *, end: bool) -> int:
    """A position of the split text in the original (an end position by the piece it ends)."""
    i = bisect.bisect_right([n for _o, n in pieces], pos - 1 if end and pos else pos) - 1
    orig, new = pieces[max(i, 0)]
    return orig + pos - new


def _label(text: str, system: str) -> _http4.Labels:
    """The forty-first set's rules with the cookie table extended by :data:`NEW_COOKIES`, the
    shared credential and nested-sync passes, then H222's cookie-id decisions
    (:func:`_cookie_decisions.decide`, the README's "Cookie-id labelling decisions"); read on
    the text with joined ``Set-Cookie`` values split (:func:`split_joined`), so each cookie of
    a joined value is decided by its name, the spans mapped back."""
    split, pieces = split_joined(text)
    gold, ignored = _http33._label(split, system, cookies=COOKIES)
    for m in _ID_HEADER.finditer(split):
        if not any(g["start"] < m.end(1) and m.start(1) < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "COOKIE_ID"})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    gold, ignored = _http4.nested_sync_labels(
        split, *_http4.credential_labels(split, gold, ignored)
    )
    gold, ignored = _cookie_decisions.decide(split, gold, ignored)
    if len(pieces) > 1:
        for span in (*gold, *ignored):
            span["start"] = _back(span["start"], pieces, end=False)  # type: ignore[arg-type]
            span["end"] = _back(span["end"], pieces, end=True)  # type: ignore[arg-type]
    return gold, ignored


def _review(dev: Records, held: Records) -> None:
    """The cookie review (:func:`_http12.cookie_review`) over the split texts."""
    _http12.cookie_review(COOKIES)(
        [(*r[:3], split_joined(r[3])[0]) for r in dev],
        [(*r[:3], split_joined(r[3])[0]) for r in held],
    )


SET = _http12.HttpSet(
    number=42,
    sources=SOURCES,
    label=_label,
    review=_review,
    is_held_out=held_out,
    parts=parts,
)

if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
