"""Build the twenty-ninth real-text set: HTTP traffic that JavaScript's ``nock`` recorder wrote.

Issue 10's cookie-id precision falls on the HTTP sets' held-out parts, and every earlier set
read cassettes (vcrpy, Ruby VCR, R ``vcr``, ExVCR), HAR, WARC or packet captures. This set
(helper H146) reads a recorder no earlier set read: ``nock``'s recorder, whose output is
JavaScript (``nock('https://host:443').get('/path').reply(status, body, headers)``, the
headers a JavaScript object or a flat ``[name, value, ...]`` list). Sources: the recorded test
traffic of Microsoft's Azure cross-platform command line (``Azure/azure-xplat-cli``) and of the
Azure SDK for Node.js (``Azure/azure-sdk-for-node``), and of a Grunt task that drives a Jira
site (``jwtd/grunt-jira-actions``), in every version the repositories' histories hold.

Split by **service** (:func:`held_out`, fixed at 19:36 UTC 2026-12-06, before any record was
extracted): the registrable domain of the recorded host; a domain whose name's SHA-256 opens
with 0 to 4 is held out (the twelfth set's rule, applied to the site as the sixth set split by
site). Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twenty-ninth real-text set". Both files are committed, labelled, before privkit or Presidio
run on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http29 --git Azure/azure-xplat-cli=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http10, _http11, _http12, _http26, _http27
from benchmarks.corpus._http4 import ID, NO

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets: a record repeating one of their cookie values of 8 characters or
#: more is dropped. Their sites are kept (most of these services' hosts are Microsoft's, which
#: earlier sets hold: the recorder and the API traffic are what is new here). No held-out file
#: is read.
EARLIER = tuple(p for p in (*_http27.EARLIER, DATA / "http27_dev.jsonl") if p.exists())


def held_out(site: str) -> bool:
    """The split, fixed before extraction (19:36 UTC 2026-12-06): a service (the recorded
    host's registrable domain) whose name's SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "Azure/azure-xplat-cli": (
        "e0413609e95fd25a7f9f123a591944fcce106779", "Apache-2.0", r"^test/recordings/.*\.js$"),
    "Azure/azure-sdk-for-node": (
        "b2ebf75680f83032d147ea7bc4aaa6c6b07432f6", "MIT", r"^test/recordings/.*\.js$"),
    "jwtd/grunt-jira-actions": (
        "36f483edd32ab326fe331007826adf7055cfee87", "MIT", r"^test/fixtures/.*\.js$"),
}  # fmt: skip


# --------------------------------------------------------------------------- reading

_METHOD = re.compile(r"\.(get|post|put|delete|patch|head|merge|options)\(\s*")
_SCOPE = re.compile(r"\bnock\(\s*(['\"])(https?://[^'\"]+)\1")
_REPLY = re.compile(r"\.reply\(\s*")
_WORD = re.compile(r"[A-Za-z_$][\w$]*|-?\d+(?:\.\d+)?")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


class _NotLiteralError(ValueError):
    """The recording holds code where a literal was expected (a function, a regex)."""


def _skip(s: str, i: int) -> int:
    n = len(s)
    while i < n:
        if s[i].isspace():
            i += 1
        elif s.startswith("//", i):
            j = s.find("\n", i)
            i = n if j < 0 else j + 1
        elif s.startswith("/*", i):
            j = s.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            break
    return i


def _string(s: str, i: int) -> tuple[str, int]:
    quote, out, i = s[i], [], i + 1
    while i < len(s):
        c = s[i]
        if c == quote:
            return "".join(out), i + 1
        if c == "\\" and i + 1 < len(s):
            e = s[i + 1]
            if e == "u" and re.fullmatch(r"[0-9A-Fa-f]{4}", s[i + 2 : i + 6]):
                out.append(chr(int(s[i + 2 : i + 6], 16)))
                i += 6
                continue
            if e == "x" and re.fullmatch(r"[0-9A-Fa-f]{2}", s[i + 2 : i + 4]):
                out.append(chr(int(s[i + 2 : i + 4], 16)))
                i += 4
                continue
            out.append(_ESCAPES.get(e, e) if e != "\n" else "")
            i += 2
            continue
        out.append(c)
        i += 1
    raise _NotLiteralError("unterminated string")


def _literal(s: str, i: int) -> tuple[object, int]:
    """A JavaScript literal (string, number, word, object, array) at ``i`` and the index
    after it."""
    i = _skip(s, i)
    if i >= len(s):
        raise _NotLiteralError("end")
    c = s[i]
    if c in "'\"":
        return _string(s, i)
    if c in "[{":
        close, items, obj = ("]" if c == "[" else "}"), [], c == "{"
        i += 1
        while True:
            i = _skip(s, i)
            if i < len(s) and s[i] == close:
                return (dict(items) if obj else items), i + 1
            if obj:
                if s[i] in "'\"":
                    key, i = _string(s, i)
                else:
                    m = _WORD.match(s, i)
                    if not m:
                        raise _NotLiteralError("key")
                    key, i = m.group(), m.end()
                i = _skip(s, i)
                if i >= len(s) or s[i] != ":":
                    raise _NotLiteralError("colon")
                value, i = _literal(s, i + 1)
                items.append((key, value))
            else:
                value, i = _literal(s, i)
                items.append(value)
            i = _skip(s, i)
            if i < len(s) and s[i] == ",":
                i += 1
            elif i >= len(s) or s[i] != close:
                raise _NotLiteralError("separator")
    m = _WORD.match(s, i)
    if not m or m.group() == "function":
        raise _NotLiteralError("code")
    return m.group(), m.end()


def _header_pairs(raw: object) -> list[tuple[str, str]]:
    """A recording's headers: a flat ``[name, value, ...]`` list or a ``{name: value}`` object
    (a value may be a list)."""
    if isinstance(raw, list):
        flat = [str(x) for x in raw]
        return list(zip(flat[0::2], flat[1::2], strict=False))
    return _http10._headers(raw)


def read(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a ``nock`` recording (JavaScript) as (kind, block, URL): each
    ``nock(scope)...<method>(path...).reply(status, body, headers)`` chain is a request (its
    method and URL; the recorder keeps no request headers) and a response (its status and
    headers); bodies are dropped. A chain whose path or reply is code is skipped."""
    out: list[tuple[str, str, str]] = []
    at = 0
    while True:
        scope = _SCOPE.search(raw, at)
        if not scope:
            return out
        at = scope.end()
        nxt = _SCOPE.search(raw, at)
        limit = nxt.start() if nxt else len(raw)
        method, reply = _METHOD.search(raw, at, limit), _REPLY.search(raw, at, limit)
        if not method or not reply or reply.start() < method.end():
            continue
        try:
            path, _ = _literal(raw, method.end())
            status, i = _literal(raw, reply.end())
            i = _skip(raw, i)
            headers: object = None
            if i < len(raw) and raw[i] == ",":
                _body, i = _literal(raw, i + 1)
                i = _skip(raw, i)
                if i < len(raw) and raw[i] == ",":
                    headers, i = _literal(raw, i + 1)
        except _NotLiteralError:
            continue
        at = max(at, i)
        if not isinstance(path, str):
            continue
        base = re.sub(r":(?:443|80)$", "", scope.group(2).rstrip("/"))
        url = base + (path if path.startswith("/") else "/" + path)
        out.append(("request", f"{method.group(1).upper()} {url}", url))
        first = f"HTTP/1.1 {status}"
        out.append(("response", _http4._block(first, _header_pairs(headers)), url))


# --------------------------------------------------------------------------- selection


def _history(git: Path, commit: str, rx: str) -> list[tuple[str, str]]:
    """(path, text) of every version of every matching file in ``commit``'s history, oldest
    commit first, each blob once (``_http11.history_files``'s order, read with one ``git log
    --raw`` and one ``git cat-file --batch``: these histories hold thousands of versions)."""
    log = _http11._git(
        git, "log", "--no-renames", "--reverse", "--format=@%H", "--raw", "--no-abbrev",
        "--diff-filter=AM", commit,
    )  # fmt: skip
    wanted: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line in log.splitlines():
        if not line.startswith(":"):
            continue
        meta, path = line.split("\t", 1)
        blob = meta.split()[3]
        if re.search(rx, path) and blob not in seen:
            seen.add(blob)
            wanted.append((path, blob))
    batch = subprocess.run(
        ["git", "--git-dir", str(git), "cat-file", "--batch"],
        input="".join(b + "\n" for _p, b in wanted).encode(),
        capture_output=True,
        check=True,
    ).stdout
    out, at = [], 0
    for path, _blob in wanted:
        end = batch.index(b"\n", at)
        header = batch[at:end].split()
        if header[-1] == b"missing":
            at = end + 1
            continue
        size = int(header[2])
        out.append((path, batch[end + 1 : end + 1 + size].decode("utf-8", "replace")))
        at = end + 1 + size + 1
    return out


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every recording's messages grouped by service (:func:`held_out` of the
    site), the sixth set's pick per recording and site, at most ``_http12.PER_SITE`` records
    per site; a record repeating an earlier development cookie value (8 characters or more)
    is dropped, and a development record repeating a held-out one's."""
    _sites, earlier_values = _http6._earlier(EARLIER)
    out: dict[str, Records] = {"dev": [], "holdout": []}
    counts = {"messages": 0, "earlier_value": 0, "site_cap": 0, "unreadable": 0}
    kept: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in SOURCES.items():
        git = gits[repo]
        for path, text in _history(git, commit, rx):
            try:
                msgs = read(text)
            except RecursionError:
                counts["unreadable"] += 1
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url)
                if site and not _http6._TEST_HOST.match(site):
                    by_site.setdefault(site, []).append((kind, block))
            for site, site_msgs in by_site.items():
                part = "holdout" if held_out(site) else "dev"
                for kind, block in _http10._pick(site_msgs):
                    if block in seen:
                        continue
                    if _http12._values(block) & earlier_values:
                        counts["earlier_value"] += 1
                        continue
                    if kept.get(site, 0) >= _http12.PER_SITE:
                        counts["site_cap"] += 1
                        continue
                    seen.add(block)
                    kept[site] = kept.get(site, 0) + 1
                    out[part].append((repo, path, f"nock_{kind}", block))
    _http12.drop_held_out_values(out, counts)
    counts["sites"] = len(kept)
    return out, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once before any detector ran (development names on their samples, held-out names
#: from the name and documentation only).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (19:56 UTC, before any detector ran)
    ".SQLSERVERMANAGEMENT": ID,  # an ASP.NET forms-authentication ticket (base64, rule 1)
    "flight-uxoptin": NO,  # a flag (``true``) that the user opted into a preview (rule 4)
    "studio.crowd.tokenkey": ID,  # Atlassian Crowd's single-sign-on session token (rule 1)
    "UserPrincipalSession": ID,  # a sign-in session id, a UUID (rule 1)
    "WAWebSiteSID": ID,  # Azure Web Sites' session id, 32 random hex digits (rule 1)
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http27.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The twenty-seventh set's rules (the fourth to twenty-sixth sets', the shared last pass)
    with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http26._label(text, system, cookies=COOKIES)


SET = _http12.HttpSet(
    number=29,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(COOKIES),
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
