"""Build the eleventh real-text set: signed-in browser sessions' cookie jars that scrapers replay.

The tenth set's held-out part showed a failure its development part lacks: the cookie jar a
signed-in browser holds on a consumer site (a social site, a video or shopping platform), which
a scraper copies from the browser's developer tools and replays. Such jars carry dozens of
cookies at once: session, user and device ids next to flags, timestamps, A/B buckets, consent
records, analytics and bot-manager cookies. This set takes them from the source code of
scrapers and downloaders (a ``Cookie`` header in a headers mapping, or a mapping of cookie names
to values, as "Copy as cURL" converters write them) in every version of the files the pinned
commit's history holds, and two Ruby VCR cassettes' recordings of signed-in sessions. Each jar is
rendered as one request header block. Split by repository (sources, selection and labelling
rules: ``benchmarks/corpus/README.md``, section "Eleventh real-text set"). The labeller is the
tenth set's with the reviewed per-name tables extended by the names first seen here
(:data:`NEW_COOKIES`, :data:`NEW_HEADERS`). Both files were committed, labelled, before privkit
or Presidio ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http11 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

import yaml

from benchmarks.corpus import _http4, _http6, _http10, _jsonl
from benchmarks.corpus._git import git_files, git_show

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
DEV_OUT = DATA / "http11_dev.jsonl"
HOLD_OUT = DATA / "http11_holdout.jsonl"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http10.EARLIER, DATA / "http10_dev.jsonl")
#: The sites of the tenth set's held-out part as its README names them (its file is not read):
#: left out of both parts, with the sites of its held-out repositories.
TENTH_HELD_OUT_SITES = frozenset({
    "facebook.com", "fbcdn.net", "garmin.com", "pixiv.net", "pximg.net", "nicovideo.jp",
    "nicoseiga.jp", "nimg.jp", "deviantart.com", "amazonaws.com", "donmai.us",
})  # fmt: skip

#: repository -> (commit, licence, part, kind, files: a regex on the path). ``jar``: every
#: version of the matching files in the commit's history; ``cassette``: the Ruby VCR cassettes
#: at the commit. The split is by repository, fixed before any record was read.
SOURCES: dict[str, tuple[str, str, str, str, str]] = {
    "ihmily/DouyinLiveRecorder": (
        "add187f8d8c7ff7d231fcbee45cbb4f1ed247d3a", "MIT", "dev", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "Evil0ctal/Douyin_TikTok_Download_API": (
        "8c98fb70328a5b12bae519c04c3d64520a8bc90a", "Apache-2.0", "dev", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "Johnserf-Seed/f2": (
        "93a4e09a6fc69401bfc7537286cf2fe9176c3660", "Apache-2.0", "dev", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "Johnserf-Seed/TikTokDownload": (
        "64acbfda8621563da97ed06f133330c3335b1e8d", "MIT", "dev", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "gawkermedia/kinja-post-gem": (
        "0ddbc3e462dd129c0b94d98087520d13b59f96bf", "MIT", "dev", "cassette",
        r"^spec/fixtures/vcr_cassettes/.*\.yml$"),
    "ReaJason/xhs": (
        "f4b62d9f8e4078e631fc6e4ec8e430bc711ee9f0", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "Cloxl/xhshow": (
        "89a1e540db289b39a1aab8a2ccef62e5a77b17e9", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "JoeanAmier/XHS-Downloader": (
        "cfc064f24621bf75da9f6e33d084ebcfa7f4a98e", "GPL-3.0", "holdout", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "nghuyong/WeiboSpider": (
        "4e6f43bf0b815b427bd9125ddfc69d8da6e4b10b", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "JoeanAmier/KS-Downloader": (
        "3cb4c997a9c25d138a142d88f707a7e070e1f214", "GPL-3.0", "holdout", "jar",
        r"\.(?:py|ya?ml|ini|toml)$"),
    "Bunsly/JobSpy": (
        "13c74a0fedd2d4000c977858b6cb446e4a0b1e3f", "MIT", "holdout", "jar", r"\.(?:py|ya?ml|ini|toml)$"),
    "rngtng/adyen-admin": (
        "e316d09ffcba0d3e68d6854925c941e70b08f3f8", "BSD-2-Clause", "holdout", "cassette",
        r"^spec/fixtures/cassettes/.*\.yml$"),
}  # fmt: skip

#: At most this many records per site in the whole set (first in source and history order).
PER_SITE = 60
#: Values shorter than this are flags and counters: they may repeat.
MIN_DISTINCT = 8
#: A jar is taken when it has at least this many cookie pairs.
MIN_PAIRS = 2
#: How many lines around a jar are searched for the URL that names its site.
URL_WINDOW = 40


# --------------------------------------------------------------------------- reading

_URL = re.compile(r"https?://([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_SITE_HEADERS = ("host", ":authority", "authority", "origin", "referer")
#: A ``cookie: <value>`` or ``cookie = <value>`` line of a configuration file.
_TEXT_COOKIE = re.compile(r"(?mi)^[ \t]*['\"]?cookie['\"]?[ \t]*[:=][ \t]*['\"]?(.+?)['\"]?[ \t]*$")


def _str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(target: ast.expr) -> str:
    return target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")


def _nearest_host(lines: list[str], at: int) -> str:
    """The host of the URL nearest to line ``at`` (0-based) within :data:`URL_WINDOW` lines."""
    for d in range(URL_WINDOW + 1):
        for i in (at - d, at + d):
            if 0 <= i < len(lines):
                m = _URL.search(lines[i])
                if m:
                    return m.group(1).lower()
    return ""


def _host_of(headers: list[tuple[str, str]], lines: list[str], at: int) -> str:
    for name, value in headers:
        if name.lower() in _SITE_HEADERS:
            m = _URL.search(value)
            host = m.group(1) if m else value.strip().split("/")[0]
            if "." in host and " " not in host:
                return host.lower()
    return _nearest_host(lines, at)


def py_jars(src: str) -> list[tuple[str, list[tuple[str, str]], str]]:
    """(host, other headers, cookie header value) of each jar a Python file assigns.

    A jar is a mapping of string keys to string values holding a ``cookie`` key (a headers
    mapping), or such a mapping, or a string with ``=`` and ``;``, assigned to a name that
    says ``cookie`` (a cookie mapping is joined as a ``Cookie`` header writes it).
    """
    try:
        tree = ast.parse(src)
    except (SyntaxError, ValueError):
        return []
    lines = src.splitlines()
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target, val = _name(node.targets[0]), node.value
        if isinstance(val, ast.Dict):
            keys = [_str(k) for k in val.keys]
            vals = [_str(v) for v in val.values]
            if any(k is None for k in keys):
                continue
            pairs = list(zip([k for k in keys if k is not None], vals, strict=True))
            low = [k.lower() for k, _ in pairs]
            if "cookie" in low:
                cookie = pairs[low.index("cookie")][1]
                headers = [(k, v) for k, v in pairs if v is not None and k.lower() != "cookie"]
                if cookie:
                    host = _host_of(headers, lines, node.lineno - 1)
                    out.append((host, headers, cookie))
            elif re.search("cookie", target, re.IGNORECASE) and all(
                v is not None for _, v in pairs
            ):
                cookie = "; ".join(f"{k}={v}" for k, v in pairs)
                out.append((_nearest_host(lines, node.lineno - 1), [], cookie))
        elif re.search("cookie", target, re.IGNORECASE):
            cookie = _str(val)
            if cookie and "=" in cookie and ";" in cookie:
                out.append((_nearest_host(lines, node.lineno - 1), [], cookie))
    return out


def text_jars(src: str) -> list[tuple[str, list[tuple[str, str]], str]]:
    """(host, no headers, cookie header value) of each ``cookie:`` line of a configuration file."""
    lines = src.splitlines()
    out = []
    for m in _TEXT_COOKIE.finditer(src):
        at = src.count("\n", 0, m.start())
        out.append((_nearest_host(lines, at), [], m.group(1)))
    return out


def jar_block(host: str, headers: list[tuple[str, str]], cookie: str) -> str:
    """A jar as a request header block: ``GET https://<host>/``, the headers, then ``Cookie``."""
    first = f"GET https://{host}/" if host else "GET /"
    return _http4._block(first, [*headers, ("Cookie", cookie)])


def _git(git: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git), *args], capture_output=True, check=True
    ).stdout.decode("utf-8", "replace")


def history_files(git: Path, commit: str, rx: str) -> list[tuple[str, str]]:
    """(path, blob) of every version of every matching file in ``commit``'s history, oldest
    commit first, each blob once."""
    log = _git(git, "log", "--reverse", "--format=@%H", "--name-only", "--diff-filter=AM", commit)
    out, seen, at = [], set(), ""
    for line in log.splitlines():
        if line.startswith("@"):
            at = line[1:]
            continue
        path = line.strip()
        if not path or not re.search(rx, path):
            continue
        try:
            blob = _git(git, "rev-parse", f"{at}:{path}").strip()
        except subprocess.CalledProcessError:
            continue
        if blob not in seen:
            seen.add(blob)
            out.append((path, blob))
    return out


def _msgs(
    git: Path, commit: str, kind: str, rx: str
) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(path, system, [(site, block)]) of one source, in a fixed order."""
    out = []
    if kind == "cassette":
        for path in [f for f in git_files(git, commit) if re.search(rx, f)]:
            try:
                msgs = _http10.cassette_msgs(git_show(git, commit, path))
            except (subprocess.CalledProcessError, yaml.YAMLError, AttributeError):
                continue
            by_site: dict[str, list[tuple[str, str]]] = {}
            for k, block, url in msgs:
                site = _http6.site_of(url) if url.startswith("http") else ""
                by_site.setdefault(site, []).append((k, block))
            for site, site_msgs in by_site.items():
                picked = _http10._pick(site_msgs)
                out += [(path, f"cassette_{k}", [(site, b)]) for k, b in picked]
        return out
    for path, blob in history_files(git, commit, rx):
        src = _git(git, "cat-file", "-p", blob)
        if "ookie" not in src:
            continue
        jars = py_jars(src) if path.endswith(".py") else text_jars(src)
        blocks = []
        for host, headers, cookie in jars:
            site = _http6.site_of("https://" + host) if host else ""
            blocks.append((site, jar_block(host, headers, cookie)))
        if blocks:
            out.append((path, "cookie_jar", blocks))
    return out


def _values(block: str) -> set[str]:
    return {block[s:e] for _n, s, e in _http4.cookie_pairs(block) if e - s >= MIN_DISTINCT}


_TEMPLATE = re.compile(r"(?i)^(?:x{3,}|\.{3}|your[\w\s-]*|<[^>]*>|\{[^}]*\}|\$\{?\w+\}?|%s)$")


def _is_jar(block: str) -> bool:
    """At least :data:`MIN_PAIRS` pairs and one value of 8 characters or more, not a template."""
    pairs = _http4.cookie_pairs(block)
    long_real = [
        1 for _n, s, e in pairs if e - s >= MIN_DISTINCT and not _TEMPLATE.match(block[s:e])
    ]
    return len(pairs) >= MIN_PAIRS and bool(long_real)


def extract(
    gits: dict[str, Path],
    part: str,
    avoid_sites: frozenset[str] = frozenset(),
    avoid_values: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """One part's records (repo, path, system, text) in a fixed order, and the drop counts.

    ``avoid_sites`` and ``avoid_values`` are the held-out part's sites and cookie values
    (8 characters or more) when the development part is built.
    """
    saved = _http6.EARLIER
    _http6.EARLIER = EARLIER  # type: ignore[misc]
    try:
        earlier_sites, earlier_values = _http6._earlier()
    finally:
        _http6.EARLIER = saved  # type: ignore[misc]
    earlier_sites |= TENTH_HELD_OUT_SITES
    recs: list[tuple[str, str, str, str]] = []
    counts = {"messages": 0, "not_a_jar": 0, "earlier_site": 0, "held_out_site": 0,
              "earlier_value": 0, "held_out_value": 0, "nothing_new": 0, "site_cap": 0}  # fmt: skip
    per_site: dict[str, int] = {}
    taken: set[str] = set()
    for repo, (commit, _lic, src_part, kind, rx) in SOURCES.items():
        if src_part != part:
            continue
        for path, system, blocks in _msgs(gits[repo], commit, kind, rx):
            for site, block in blocks:
                counts["messages"] += 1
                values = _values(block)
                if (system == "cookie_jar" and not _is_jar(block)) or (
                    site and _http6._TEST_HOST.match(site)
                ):
                    counts["not_a_jar"] += 1
                elif site in earlier_sites:
                    counts["earlier_site"] += 1
                elif site in avoid_sites:
                    counts["held_out_site"] += 1
                elif values & earlier_values:
                    counts["earlier_value"] += 1
                elif values & avoid_values:
                    counts["held_out_value"] += 1
                elif (not values or values <= taken) and system == "cookie_jar":
                    counts["nothing_new"] += 1  # every id-length value already taken
                elif per_site.get(site, 0) >= PER_SITE:
                    counts["site_cap"] += 1
                elif not any(block == r[3] for r in recs):
                    taken |= values
                    per_site[site] = per_site.get(site, 0) + 1
                    recs.append((repo, path, system, block))
    counts["sites"] = len(per_site)
    return recs, counts


def sites_of(recs: list[tuple[str, str, str, str]]) -> frozenset[str]:
    """The sites of records (their first line's URL)."""
    return _http10.sites_of(recs)


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {}
COOKIES: dict[str, str | re.Pattern[str]] = {**_http10.COOKIES, **NEW_COOKIES}
#: Header names first seen in this set -> label of the whole value (rules 4, 5, 8, 23).
NEW_HEADERS: dict[str, str] = {}
HEADERS: dict[str, str] = {**_http10.HEADERS, **NEW_HEADERS}
#: A script's stand-in for a value it has not got (rule 19), beside the eighth and tenth sets'.
_PLACEHOLDER = _TEMPLATE


def _label(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    saved = _http10.COOKIES, _http10.HEADERS
    _http10.COOKIES, _http10.HEADERS = COOKIES, HEADERS  # type: ignore[misc]
    try:
        gold, ignored = _http10._label(text, system)
    finally:
        _http10.COOKIES, _http10.HEADERS = saved  # type: ignore[misc]
    gold = [g for g in gold if not _PLACEHOLDER.match(text[g["start"] : g["end"]])]  # type: ignore[index, misc]
    return gold, ignored


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--git", action="append", default=[], help="OWNER/NAME=GIT_DIR")
    parser.add_argument("--names", action="store_true", help="list names for the review")
    args = parser.parse_args(argv)
    gits = {k: Path(v) for k, _, v in (g.partition("=") for g in args.git)}
    missing = set(SOURCES) - set(gits)
    if missing:
        raise SystemExit(f"no --git for {sorted(missing)}")
    held, counts = extract(gits, "holdout")
    held_values = frozenset(set().union(*(_values(t) for *_, t in held)))
    dev, dev_counts = extract(gits, "dev", sites_of(held), held_values)
    if args.names:
        _http4.names({"dev": dev})
        _names_only(held)
        return
    for part, recs, path in (("holdout", held, HOLD_OUT), ("dev", dev, DEV_OUT)):
        part_rows = _http4.rows({part: recs}, "h11", _label)[part]
        _jsonl.write(path, part_rows)
        n = sum(len(r["spans"]) for r in part_rows)  # type: ignore[arg-type]
        print(f"{path.name}: {len(part_rows)} records, {n} spans")
    print(f"held out {counts}; development {dev_counts}")


def _names_only(recs: list[tuple[str, str, str, str]]) -> None:
    """The held-out part's cookie and header names with counts, no values (for the review)."""
    seen: dict[tuple[str, str], int] = {}
    for *_, text in recs:
        for kind, found in (
            ("cookie", _http4.cookie_pairs(text)),
            ("header", _http4.header_values(text)),
        ):
            for n, _s, _e in found:
                seen[kind, n] = seen.get((kind, n), 0) + 1
    for (kind, n), c in sorted(seen.items(), key=lambda x: (x[0][0], x[0][1].lower())):
        print(f"held-{kind}\t{n}\t{c}")


if __name__ == "__main__":
    main(sys.argv[1:])
