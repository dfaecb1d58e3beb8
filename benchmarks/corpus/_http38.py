"""Build the thirty-eighth real-text HTTP set: two log analysers' access-log test files
(issue 10, helper H191).

Issue 10's targets speak of access-log lines (over-redaction at most 5% of their non-personal
characters; user agents and cookie ids found; IPs found), and only three held-out parts hold
such lines. This set takes the access-log files that two web-log analysers keep as test
inputs, from repositories no earlier section or builder used (``matomo-org/matomo-log-analytics``
was listed, not read, by the thirty-second log set's section):

* ``matomo-org/matomo-log-analytics`` (GPL-3.0, ``LICENSE.txt``): Matomo's log importer, whose
  ``tests/logs/*.log`` hold one file per format it reads (Apache common, combined, vhost and
  NCSA extended lines, IIS and Incapsula W3C, HAProxy, Amazon ELB, ALB, CloudFront and S3,
  NetScaler, nginx, Caddy and Traefik JSON, Icecast, Shoutcast, OVH, Gandi...);
* ``eldy/AWStats`` (GPL-3.0+, ``docs/LICENSE.TXT``): the log analyser's ``test/log/*.log``
  (combined-format files of its test configurations).

Split by **format** (:func:`held_out`, fixed at 17:22 UTC 2026-12-07 from the file names
only, before any file was read): a file's format is its name without ``.log``, and a format
whose SHA-256 opens with 0 to 4 is held out (9 of 30: ``custom_regex_custom_date``, ``elb``,
``iis``, ``incapsula_w3c``, ``netscaler``, ``s3``, ``traefik_json``, ``testnginx``,
``testsmall``). A record is one non-empty line of a file (at the pinned commit, ``.log`` files
only: the compressed copies of ``common.log`` are not read), kept once in the whole set
(held-out part first); a line that an earlier development part holds verbatim is dropped.
Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Thirty-eighth HTTP set". Both files are committed, labelled, before privkit or Presidio runs
on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http38 --git matomo-org/matomo-log-analytics=GIT_DIR \
        --git eldy/AWStats=GIT_DIR [--names]
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http12, _http19, _http37

if TYPE_CHECKING:
    from benchmarks.corpus import _http4
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development parts of access-log lines (no held-out file is read): a line they
#: hold verbatim is dropped.
EARLIER = tuple(
    p
    for p in (DATA / "http19_dev.jsonl", DATA / "real_logs.jsonl", DATA / "real_logs4_dev.jsonl")
    if p.exists()
)

MATOMO = "matomo-org/matomo-log-analytics"
AWSTATS = "eldy/AWStats"
#: repository -> (commit, licence, files: a regex on the path), read at the commit only.
SOURCES: dict[str, tuple[str, str, str]] = {
    MATOMO: ("d1cd2fedf7ed9046a5109c366b44845739db86bc", "GPL-3.0 (LICENSE.txt)",
             r"^tests/logs/[^/]+\.log$"),
    AWSTATS: ("17973f1763b73eabb0af0c2f96f16974f1d0421f", "GPL-3.0-or-later (docs/LICENSE.TXT)",
              r"^test/log/[^/]+\.log$"),
}  # fmt: skip
MAX_CHARS = 6000


def held_out(fmt: str) -> bool:
    """The split, fixed from the file names only (17:22 UTC 2026-12-07): a format (a file's
    name without ``.log``) whose SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(fmt.encode("utf-8")).hexdigest()[0] in "01234"


def format_of(path: str) -> str:
    """A file's format: its name without the directory and ``.log``."""
    return path.rsplit("/", 1)[-1].removesuffix(".log")


def _git(git: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(git), *args], capture_output=True, check=True
    ).stdout


def _earlier_texts() -> set[str]:
    out: set[str] = set()
    for path in EARLIER:
        with path.open(encoding="utf-8") as fh:
            out.update(json.loads(line)["text"] for line in fh if line.strip())
    return out


def records(
    files: list[tuple[str, str, bytes]], earlier: set[str]
) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts from (repository, path, content) triples: each non-empty line a record named
    ``access_<format>`` (every file is an access log; a ``#`` line, a W3C directive or a
    comment, keeps the bare format's name), held-out part first, each text once; lines an
    earlier development part holds are dropped."""
    out: dict[str, Records] = {"holdout": [], "dev": []}
    counts = {"lines": 0, "repeated": 0, "earlier": 0}
    seen: set[str] = set()
    for want in ("holdout", "dev"):
        for repo, path, raw in files:
            fmt = format_of(path)
            if ("holdout" if held_out(fmt) else "dev") != want:
                continue
            for line in raw.decode("utf-8", "replace").splitlines():
                text = line.rstrip("\r\n")[:MAX_CHARS]
                if not text.strip():
                    continue
                counts["lines"] += 1
                if text in seen:
                    counts["repeated"] += 1
                    continue
                seen.add(text)
                if text in earlier:
                    counts["earlier"] += 1
                    continue
                # rule 1: a ``#`` line is a header or comment, not an access-log line
                name = fmt if text.startswith("#") else f"access_{fmt}"
                out[want].append((repo, path, name, text))
    return out, counts


def parts(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts: every matching file of each repository at its pinned commit."""
    files: list[tuple[str, str, bytes]] = []
    for repo, (commit, _lic, rx) in SOURCES.items():
        names = _git(gits[repo], "ls-tree", "-r", "--name-only", commit).decode().splitlines()
        files.extend(
            (repo, path, _git(gits[repo], "show", f"{commit}:{path}"))
            for path in sorted(n for n in names if re.match(rx, n))
        )
    out, counts = records(files, _earlier_texts())
    counts["files"] = len(files)
    counts["held_out_formats"] = sum(held_out(format_of(p)) for _r, p, _c in files)
    return out, counts


# --------------------------------------------------------------------------- labelling
# Rules 2-6 of this set, written at the review of the development part's labels (17:24 UTC
# 2026-12-07, before any detector ran on either part); the held-out part's texts were not read.

#: Rule 2: a W3C-like line (fields separated by blanks or tabs, a ``YYYY-MM-DD`` date among
#: its first four fields; no quoted request line and no common-log-format timestamp: IIS,
#: CloudFront, Shoutcast lines): a field that opens with a product token (``Name/1.0``, the
#: slash also written ``%2F``; spaces written ``+``, ``%20`` or ``%2520``), bare or quoted, is
#: the ``USER_AGENT`` whatever the fields' order; rule 3: a bare 32-hex-digit field there (a
#: client id or a request id, the line does not say which) is *ignored* (``CLIENT_ID?``).
_W3C_DATE = re.compile(r"^(?:\S+\s+){0,3}\d{4}-\d{2}-\d{2}(?:\s|T)")
_NOT_W3C = re.compile(
    r'^[#{]|"(?:GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|CONNECT) \S+ HTTP/'
    r"|\[\d{2}/[A-Z][a-z]{2}/\d{4}:"
)
_PRODUCT = r"(?!HTTP/)[A-Za-z][A-Za-z0-9_.\-]{0,40}(?:/|%2F|%252F)\d"
_W3C_FIELD_AGENT = re.compile(rf'(?<![^\s])(?:"({_PRODUCT}[^"]*)"|({_PRODUCT}\S*))')
_HEX32 = re.compile(r"(?<![^\s])([0-9a-f]{32})(?![^\s])")
#: Rule 4: in a Matomo (Piwik) tracker request (``piwik.php`` or ``matomo.php``), the ``_id``
#: query value is the tracker's visitor id (the ``_pk_id`` cookie's value): ``COOKIE_ID``.
_TRACKER = re.compile(r"/(?:piwik|matomo)\.php\?")
_TRACKER_ID = re.compile(r"[?&]_id=([0-9a-fA-F]{16})(?=[&\s\"]|$)")
#: Rule 5: a session id written as a path parameter (``/do/Show;jsessionid=6BEF...``) is
#: *ignored* (``QUERY_ID``), as the nineteenth set's rule 47 ignores one in a path segment.
_PATH_PARAM_SESSION = re.compile(r"(?i);[a-z]*session_?id=([^/?&;#\s\"]{1,200})")
#: Rule 6: a common-log-format user field with a space (``80.8.55.7 - John Begood [01/...``)
#: is *ignored* (``USERNAME``) whole, as rule 46 of the nineteenth set ignores one without.
_CLF_SPACED_USER = re.compile(
    r"^\S+ \S+ ([^\s\[\]\"\-][^\[\]\"]{0,62}[^\s\[\]\"]) \[\d{2}/[A-Z][a-z]{2}/\d{4}:"
)


def _overlaps(spans: list[dict[str, object]], s: int, e: int) -> bool:
    return any(g["start"] < e and s < g["end"] for g in spans)  # type: ignore[operator]


def _label(text: str, system: str) -> _http4.Labels:
    """The nineteenth set's access-log rules (which carry the earlier sets' rules), then this
    set's rules 2-6."""
    gold, ignored = _http19._label(text, system)
    if _W3C_DATE.match(text) and not _NOT_W3C.search(text):
        for m in _W3C_FIELD_AGENT.finditer(text):
            s, e = m.span(1) if m.group(1) is not None else m.span(2)
            gold = [g for g in gold if not (s <= g["start"] and g["end"] <= e)]  # type: ignore[operator]
            if not _overlaps(gold, s, e):
                gold.append({"start": s, "end": e, "entity": "USER_AGENT"})
        for m in _HEX32.finditer(text):
            if not _overlaps(gold, *m.span(1)) and not _overlaps(ignored, *m.span(1)):
                ignored.append({"start": m.start(1), "end": m.end(1), "label": "CLIENT_ID?"})
    if _TRACKER.search(text):
        for m in _TRACKER_ID.finditer(text):
            s, e = m.span(1)
            ignored = [i for i in ignored if not (i["start"] < e and s < i["end"])]  # type: ignore[operator]
            if not _overlaps(gold, s, e):
                gold.append({"start": s, "end": e, "entity": "COOKIE_ID"})
    extra = [(m.start(1), m.end(1), "QUERY_ID") for m in _PATH_PARAM_SESSION.finditer(text)]
    user = _CLF_SPACED_USER.match(text)
    if user and " " in user.group(1):
        s, e = user.span(1)
        ignored = [i for i in ignored if not (s <= i["start"] and i["end"] <= e)]  # type: ignore[operator]
        extra.append((s, e, "USERNAME"))
    for s, e, lab in extra:
        if not _overlaps(gold, s, e) and not _overlaps(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": lab})
    gold.sort(key=lambda g: (g["start"], g["end"]))
    return gold, ignored


SET = _http12.HttpSet(
    number=38,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(_http37.COOKIES),
    is_held_out=held_out,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
