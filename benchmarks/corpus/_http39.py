"""Build the thirty-ninth real-text HTTP set: access-log lines of cloud load balancers, CDNs,
object storage and IIS (W3C extended format) that log parsers keep as test inputs (issue 10,
helper H196).

The thirty-eighth set's held-out part read access-log over-redaction above the target in two
formats only (Amazon ELB/ALB lines and IIS W3C lines), which its development part did not
hold. This set takes lines of those formats (and of CloudFront and S3 server access logs) from
six MIT-licensed repositories that no earlier set or section read:

* ``ozantunca/elb-log-analyzer``: an ELB log analyser's sample log (``logs/AWSLogs.log``:
  classic ELB lines, some with ALB's later fields) and test fixtures;
* ``jSherz/alb-logs-parser``: an ALB parser's test log (one gzipped ALB log object of a test
  load balancer);
* ``shinsaka/fluent-plugin-elb-log``: a Fluentd input plugin's test lines (classic ELB, ALB);
* ``claygregory/node-cloudfront-log-parser``: a CloudFront parser's fixtures (web, RTMP and
  real-time log lines with their ``#Fields`` headers);
* ``krasninja/querycat`` and ``brianary/scripts``: IIS W3C (and IIS native, W3C) log files that
  a query tool and a script collection keep as test data (``brianary/scripts``' README names
  the pages and repositories they were copied from);
* ``icodeforlove/s3-access-log-parser``: an S3 server-access-log parser's test lines.

Split by **file** (:func:`held_out`, fixed at 19:30 UTC 2026-12-07 from the repository and file
names, after the first lines of some files had been listed to choose the sources and before any
labelling or detector run): the SHA-256 of ``<repository>:<path>`` opening with 0 to 4 is held
out (6 of 17 files: the ALB test log, two CloudFront web fixtures, two IIS files, the S3 test).
A record is one non-empty line (a string literal that holds a log line, in a test source), cut
at 6,000 characters; at most :data:`PER_FILE` evenly spaced lines per file; each text kept
once (held-out part first). A development line equal to a text of an earlier development part
is dropped, and one whose SHA-256 equals that of a text of any held-out file (compared by hash
only, no held-out text is read) is dropped. Sources, selection and labelling rules:
``benchmarks/corpus/README.md``, section "Thirty-ninth HTTP set". Both files are committed,
labelled, before privkit or Presidio runs on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http39 --git ozantunca/elb-log-analyzer=GIT_DIR ... [--names]
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http12, _http37, _http38

if TYPE_CHECKING:
    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
PER_FILE = 60
MAX_CHARS = 6000

_MIT = "MIT (LICENSE)"
#: repository -> (commit, licence, files: a regex on the path), read at the commit only.
SOURCES: dict[str, tuple[str, str, str]] = {
    "ozantunca/elb-log-analyzer": ("ff7c613a442300b017faf6086fa64692d798e033", _MIT,
                                   r"^(?:logs/AWSLogs\.log|test/fixtures/[^/]+\.log)$"),
    "jSherz/alb-logs-parser": ("9a27b982f2080f76f83dfe79e6d7867519e047f2", _MIT,
                               r"^test/[^/]+\.log\.gz$"),
    "shinsaka/fluent-plugin-elb-log": ("ceeeedfaad9348502285888983030e1daf256b55",
                                       "MIT (LICENSE.txt)", r"^test/plugin/in_elb_log\.rb$"),
    "claygregory/node-cloudfront-log-parser": ("727636b1472e72157d72cb901aff2f17a192563f",
                                               "MIT (LICENSE.md)", r"^test/fixtures/[^/]+\.txt$"),
    "krasninja/querycat": ("0ce97b8cc0e8d9136ae386eb25b95a91c7f5d57f", "MIT (LICENSE.txt)",
                           r"^src/QueryCat\.IntegrationTests/Data/u_ex\d+\.log$"),
    "brianary/scripts": ("903afb654683fdbcca223d58fd83ec5bde3040f2", _MIT,
                         r"^test/data/[^/]+\.log$"),
    "icodeforlove/s3-access-log-parser": ("9b06a81b9b656cb4b640e78eea1382d59b7a5651",
                                          "MIT (package.json)", r"^test/matches\.test\.js$"),
}  # fmt: skip


def format_of(repo: str, path: str) -> str:
    """The log format of a source file (fixed with the split, from the names only)."""
    name = path.rsplit("/", 1)[-1]
    if repo == "claygregory/node-cloudfront-log-parser":
        return {"rtmp": "cloudfront_rtmp", "kinesis": "cloudfront_realtime"}.get(
            name.split("-", 1)[0], "cloudfront"
        )
    if repo == "brianary/scripts" and name.startswith("pf"):
        return "windows_firewall"  # a W3C-format firewall log (pfirewall.log), no request
    if repo in ("krasninja/querycat", "brianary/scripts"):
        return "iis"
    if repo == "icodeforlove/s3-access-log-parser":
        return "s3"
    if repo == "jSherz/alb-logs-parser" or "AppELB" in name:
        return "alb"
    return "elb"


def held_out(unit: str) -> bool:
    """The split (19:30 UTC 2026-12-07): a file ``<repository>:<path>`` whose SHA-256 opens
    with 0 to 4 is held out."""
    return hashlib.sha256(unit.encode("utf-8")).hexdigest()[0] in "01234"


def _git(git: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(git), *args], capture_output=True, check=True
    ).stdout


#: A single-quoted string literal of a test source that holds a log line (at least five blanks
#: and a log line's time stamp: ISO 8601 as load balancers write it, or a bracketed CLF one).
_LITERAL = re.compile(r"'((?:[^'\\\n]|\\.){40,6000})'")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:|\[\d{2}/[A-Z][a-z]{2}/\d{4}:")


def lines_of(path: str, raw: bytes) -> list[str]:
    """A file's log lines: a gzipped log is unpacked; in a test source (``.js``, ``.rb``) the
    single-quoted literals with five blanks or more are the lines; else every line."""
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8", "replace")
    if path.endswith((".js", ".rb")):
        return [
            m.group(1)
            for m in _LITERAL.finditer(text)
            if m.group(1).count(" ") >= 5 and _STAMP.search(m.group(1))
        ]
    return text.splitlines()


def _spaced(items: list[str], cap: int) -> list[str]:
    """At most ``cap`` evenly spaced items, in order."""
    if len(items) <= cap:
        return items
    return [items[i * len(items) // cap] for i in range(cap)]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _earlier() -> tuple[set[str], set[str]]:
    """The texts of every earlier development file, and the SHA-256 of every held-out file's
    texts (held-out texts are hashed as read, never kept or shown)."""
    dev: set[str] = set()
    held: set[str] = set()
    for p in sorted(DATA.glob("*.jsonl")):
        if p.name.startswith("http39_"):
            continue
        is_held = "holdout" in p.name
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                text = json.loads(line).get("text")
                if not isinstance(text, str):
                    continue
                if is_held:
                    held.add(_sha(text))
                else:
                    dev.add(text)
    return dev, held


def records(
    files: list[tuple[str, str, bytes]], earlier: set[str], held_hashes: set[str]
) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts from (repository, path, content) triples, held-out part first, each text
    once; development lines of earlier development parts or equal (by hash) to a held-out
    text are dropped."""
    out: dict[str, Records] = {"holdout": [], "dev": []}
    counts = {"lines": 0, "capped": 0, "repeated": 0, "earlier": 0, "earlier_held_out": 0}
    seen: set[str] = set()
    for want in ("holdout", "dev"):
        for repo, path, raw in files:
            if ("holdout" if held_out(f"{repo}:{path}") else "dev") != want:
                continue
            fmt = format_of(repo, path)
            lines = [ln.rstrip("\r\n")[:MAX_CHARS] for ln in lines_of(path, raw)]
            lines = [ln for ln in lines if ln.strip()]
            counts["lines"] += len(lines)
            # directives are kept apart from the cap (a file's header lines are few)
            body = [ln for ln in lines if not ln.startswith("#")]
            kept = set(_spaced(body, PER_FILE))
            counts["capped"] += len(body) - len(kept)
            for text in lines:
                if not text.startswith("#") and text not in kept:
                    continue
                if text in seen:
                    counts["repeated"] += 1
                    continue
                seen.add(text)
                if want == "dev" and text in earlier:
                    counts["earlier"] += 1
                    continue
                if want == "dev" and _sha(text) in held_hashes:
                    counts["earlier_held_out"] += 1
                    continue
                # rule 1 (the thirty-eighth set's): a ``#`` line is a directive, not a request
                # (a firewall log's lines are not access-log lines either)
                access = not text.startswith("#") and fmt != "windows_firewall"
                name = f"access_{fmt}" if access else fmt
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
    earlier, held_hashes = _earlier()
    out, counts = records(files, earlier, held_hashes)
    counts["files"] = len(files)
    counts["held_out_files"] = sum(held_out(f"{r}:{p}") for r, p, _c in files)
    return out, counts


# --------------------------------------------------------------------------- labelling
# The thirty-eighth set's rules (``_http38._label``: the nineteenth set's access-log rules,
# which carry the earlier sets' rules, then its rules 2-6): IP addresses, user agents
# (combined, ELB/ALB, W3C fields), cookie ids, e-mail addresses gold; paths, referrers, host
# names, load balancers' names, target-group and certificate ARNs, trace ids, request ids, TLS
# ciphers and protocols, edge locations, ``-`` fields not labelled. Rules 7-9, written at the
# review of the development part's labels (19:31 UTC 2026-12-07, before any detector ran on
# either part; no held-out text read), cover fields the earlier rules miss:
#
#: Rule 7: in an ELB (classic) or ALB line (an optional ALB type word, an ISO 8601 time, the
#: load balancer, the client and target, three timings, two statuses, two byte counts, the
#: quoted request), the quoted field right after the request is the ``USER_AGENT`` (unless
#: ``-``), whatever follows it (TLS fields, ARNs, ``ssl1 ssl2`` placeholders).
_LB_AGENT = re.compile(
    r"^(?:[a-z0-9]{1,6} )?\d{4}-\d{2}-\d{2}T\S+ \S+ \S+ \S+ (?:\S+ ){3}\S+ \S+ \S+ \S+ "
    r'"[^"\n]*" "([^"\n]+)"'
)
#: Rule 8: in a tab-separated CloudFront line (ten tabs or more; the real-time log's epoch
#: time stamp included), a field that opens with a product token (rule 2's) is the
#: ``USER_AGENT``.
_TAB_AGENT = re.compile(rf"(?:^|\t)({_http38._PRODUCT}[^\t]*)")
#: Rule 9: WebTrends' visitor cookie (``WEBTRENDS_ID=<client IP>-<time>.<random>``) in a W3C
#: cookie field is a ``COOKIE_ID`` (its value whole, the address inside it included).
_WEBTRENDS = re.compile(r"(?<![\w-])WEBTRENDS_ID=([^\s;&]{4,200})")
#: Rule 10: in a CloudFront real-time line's ``cs-headers`` field (``Name:value`` pairs
#: separated by ``%0A``), the ``User-Agent`` value is the ``USER_AGENT``.
_HEADERS_AGENT = re.compile(r"(?:^|\t|%0A)User-Agent:([^\t%]*(?:%(?!0A)[^\t%]*)*)", re.IGNORECASE)
#: Rule 12 (written at 19:41 UTC, after the first privkit run on the development part, from the
#: documented S3 server-access-log field list and lines written here; the development part
#: holds no S3 line, so its labels do not change; before any run on the held-out part, whose
#: texts were not read): in an S3 server access-log line (owner, bucket, bracketed time,
#: remote address, requester, request id, operation, key, quoted request, status, error code,
#: bytes sent, object size, total and turn-around times, quoted referrer), the quoted field
#: after the referrer is the ``USER_AGENT`` (unless ``-``).
_S3_AGENT = re.compile(
    r'^\S+ \S+ \[[^\]\n]{1,40}\] \S+ \S+ \S+ \S+ \S+ "[^"\n]*" \S+ \S+ \S+ \S+ \S+ \S+ '
    r'"[^"\n]*" "([^"\n]+)"'
)
#: Rule 11: in a Snowplow tracker request (its query holds ``tv=js-``), ``duid`` (the domain
#: user id, the first-party cookie's visitor id) is a ``COOKIE_ID``; ``sid`` (the session id)
#: and ``fp`` (a browser fingerprint) are *ignored* (``QUERY_ID``).
_SNOWPLOW = re.compile(r"[?&]tv=js-")
_SNOWPLOW_ID = re.compile(r"[?&](duid|sid|fp)=([^&\s\t\"]{4,200})")


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The thirty-eighth set's rules, then rules 7-12."""
    gold, ignored = _http38._label(text, system)
    extra: list[tuple[int, int, str]] = []
    for rx in (_LB_AGENT, _S3_AGENT):
        m = rx.match(text)
        if m and m.group(1) != "-":
            extra.append((m.start(1), m.end(1), "USER_AGENT"))
    if text.count("\t") >= 10:
        extra += [(a.start(1), a.end(1), "USER_AGENT") for a in _TAB_AGENT.finditer(text)]
    extra += [(w.start(1), w.end(1), "COOKIE_ID") for w in _WEBTRENDS.finditer(text)]
    extra += [(h.start(1), h.end(1), "USER_AGENT") for h in _HEADERS_AGENT.finditer(text)]
    if _SNOWPLOW.search(text):
        for q in _SNOWPLOW_ID.finditer(text):
            if q.group(1) == "duid":
                extra.append((q.start(2), q.end(2), "COOKIE_ID"))
            elif not _http38._overlaps(gold, *q.span(2)):
                ignored.append({"start": q.start(2), "end": q.end(2), "label": "QUERY_ID"})
    for s, e, ent in extra:
        # the new span replaces what it covers (an address inside a cookie's value)
        gold = [g for g in gold if not (s <= g["start"] and g["end"] <= e)]  # type: ignore[operator]
        if not _http38._overlaps(gold, s, e):
            gold.append({"start": s, "end": e, "entity": ent})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


SET = _http12.HttpSet(
    number=39,
    sources=SOURCES,
    label=_label,
    review=_http12.cookie_review(_http37.COOKIES),
    is_held_out=held_out,
    parts=parts,
)


if __name__ == "__main__":
    _http12.main(SET, __doc__, sys.argv[1:])
