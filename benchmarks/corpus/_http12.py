"""Build the twelfth real-text set: signed-in clients' recorded cassettes with real cookies.

The tenth set's held-out part (a scraper's replayed browser session, signed-in source fetchers)
measured a low cookie-id precision that its development part (API clients' cassettes) does not
show. This set takes more recordings of the same kind, from repositories no earlier set names:
the test cassettes of clients that sign in to a web service with a form or a session and then
browse it as a browser would (the service's session, CSRF, load-balancer, CDN and preference
cookies in ``Set-Cookie`` and ``Cookie`` headers), and of scrapers of community sites that
receive a site's cookies on every page. Cassettes of vcrpy, Ruby VCR and the Rust
``http_client_vcr`` format are read, in every version the pinned commit's history holds. Each
interaction is rendered as two header blocks (request, response) as in the tenth set, split by
repository (sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twelfth real-text set"). The labeller is the tenth and eleventh sets' with the reviewed
per-name tables extended by the names first seen here (:data:`NEW_COOKIES`,
:data:`NEW_HEADERS`). Both files were committed, labelled, before privkit or Presidio ran on
them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http12 --git OWNER/NAME=GIT_DIR ... [--names]
"""

from __future__ import annotations

import functools
import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from benchmarks.corpus import _http4, _http6, _http10, _http11
from benchmarks.corpus._git import git_arguments
from benchmarks.corpus._http4 import ID, LOC, NO

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = (*_http11.EARLIER, DATA / "http11_dev.jsonl")
#: The sites of the tenth and eleventh sets' held-out parts as their README sections name them
#: (their files are not read): left out of both parts.
HELD_OUT_SITES = _http11.TENTH_HELD_OUT_SITES | frozenset({"xiaohongshu.com", "adyen.com"})


def held_out(repo: str) -> bool:
    """The split, fixed before extraction: a repository whose name's SHA-256 opens with 0-4."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once). The
#: part of each repository is :func:`held_out` of its name.
SOURCES: dict[str, tuple[str, str, str]] = {
    "colonelpanic8/lastfm-edit": (
        "28f683e0337295514f9f3d1f46e60a618dd46664", "MIT",
        r"^tests/(?:vcr/)?fixtures/.*\.ya?ml$"),
    "brandonyach/smartabasepy": (
        "e098b060b22774555e10f2bc0e3d871e4cde3d04", "MIT", r"^tests/cassettes/.*\.ya?ml$"),
    "ClementJ18/moddb": (
        "abcb04ed61e95c58f44324aa5ad178d43f597530", "MIT", r"^tests/cassettes/.*\.ya?ml$"),
    "nasa/mmt": (
        "3817f136b0aab358b3def8079221724e64a29957", "Apache-2.0", r"^spec/vcr/.*\.ya?ml$"),
    "karouf/kanbanize": (
        "beab44a3a83a00787b3433d97b46d8717571e224", "MIT", r"^spec/cassettes/.*\.ya?ml$"),
    "oleander/sgs-rb": (
        "3f594f305b47bca6081be7a31594e45ba7e5f9b9", "MIT",
        r"^spec/fixtures/vcr_cassettes/.*\.ya?ml$"),
    "clupprich/sentry-api": (
        "8e9929712d8a3980a43543d2d1d1eae3e6d546c5", "MIT", r"^fixtures/vcr_cassettes/.*\.ya?ml$"),
}  # fmt: skip

#: At most this many records per site in the whole set (first in source and history order).
PER_SITE = 60
#: Values shorter than this are flags and counters: they may repeat.
MIN_DISTINCT = 8


# --------------------------------------------------------------------------- reading


def cassette_msgs(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a vcrpy, Ruby VCR or ``http_client_vcr`` cassette as (kind, block, URL).

    The Rust ``http_client_vcr`` format is a top-level list of interactions (or an
    ``interactions`` list) whose request names its URL ``url`` and whose status is a number.
    Bodies are dropped.
    """
    doc = yaml.load(raw, Loader=_http10._Loader)  # noqa: S506 (a safe loader with one more tag)
    if isinstance(doc, dict):
        items = doc.get("interactions") or doc.get("http_interactions") or []
    else:
        items = doc if isinstance(doc, list) else []
    out = []
    for it in items:
        if not isinstance(it, dict):
            continue
        rq, rs = it.get("request") or {}, it.get("response") or {}
        url = str(rq.get("uri") or rq.get("url") or "")
        first = f"{str(rq.get('method', 'get')).upper()} {url}"
        out.append(("request", _http4._block(first, _http10._headers(rq.get("headers"))), url))
        status = rs.get("status")
        if isinstance(status, dict):
            code, message = status.get("code", ""), status.get("message") or ""
        else:
            code, message = status if status is not None else "", ""
        line = f"HTTP/1.1 {code} {message}".rstrip()
        out.append(("response", _http4._block(line, _http10._headers(rs.get("headers"))), url))
    return out


def _values(block: str) -> set[str]:
    return {block[s:e] for _n, s, e in _http4.cookie_pairs(block) if e - s >= MIN_DISTINCT}


def extract(
    spec: HttpSet,
    gits: dict[str, Path],
    part: str,
    avoid_sites: frozenset[str] = frozenset(),
    avoid_values: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, str, str, str]], dict[str, int]]:
    """One part's records (repo, path, system, text) of a declared set in a fixed order, and
    the drop counts.

    ``avoid_sites`` and ``avoid_values`` are the held-out part's sites and cookie values
    (8 characters or more) when the development part is built. The set names its
    ``sources``, ``earlier`` files, ``held_out_sites``, split (``is_held_out``), cassette
    reader (``read``) and cap (``per_site``).
    """
    sources, is_held_out, read, cap = spec.sources, spec.is_held_out, spec.read, spec.per_site
    earlier_sites, earlier_values = _http6._earlier(spec.earlier)
    earlier_sites |= spec.held_out_sites
    recs: list[tuple[str, str, str, str]] = []
    counts = {"messages": 0, "earlier_site": 0, "held_out_site": 0, "earlier_value": 0,
              "held_out_value": 0, "site_cap": 0}  # fmt: skip
    kept_per_site: dict[str, int] = {}
    seen: set[str] = set()
    for repo, (commit, _lic, rx) in sources.items():
        if ("holdout" if is_held_out(repo) else "dev") != part:
            continue
        git = gits[repo]
        for path, blob in _http11.history_files(git, commit, rx):
            try:
                msgs = read(_http11._git(git, "cat-file", "-p", blob))
            except (subprocess.CalledProcessError, yaml.YAMLError, AttributeError, TypeError):
                continue  # not a readable cassette
            by_site: dict[str, list[tuple[str, str]]] = {}
            for kind, block, url in msgs:
                counts["messages"] += 1
                site = _http6.site_of(url) if url.startswith("http") else ""
                if not site or _http6._TEST_HOST.match(site):
                    continue
                if site in earlier_sites:
                    counts["earlier_site"] += 1
                    continue
                if site in avoid_sites:
                    counts["held_out_site"] += 1
                    continue
                by_site.setdefault(site, []).append((kind, block))
            for site, site_msgs in by_site.items():
                for kind, block in _http10._pick(site_msgs):
                    if block in seen:
                        continue
                    values = _values(block)
                    if values & earlier_values:
                        counts["earlier_value"] += 1
                        continue
                    if values & avoid_values:
                        counts["held_out_value"] += 1
                        continue
                    if kept_per_site.get(site, 0) >= cap:
                        counts["site_cap"] += 1
                        continue
                    seen.add(block)
                    kept_per_site[site] = kept_per_site.get(site, 0) + 1
                    recs.append((repo, path, f"cassette_{kind}", block))
    counts["sites"] = len(kept_per_site)
    return recs, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: decided from the name, the value's shape and the cookie's documentation (rules 1-6, 21,
#: 25, 28); the held-out part's names from their names and documentation only.
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # session, login and visitor ids, CSRF tokens (rules 21, 25)
    "_EchoRestRails_session": ID,  # a Rails cookie-store session (session id, signed), whole
    "ASP.NET_SessionId": ID,  # ASP.NET's session id
    "ci_csrf_token": ID,  # CodeIgniter's CSRF token, tied to the session (rule 21)
    "dukenukem": ID,  # ModDB (DBolical)'s per-browser random id (32 hex digits)
    "masterchief": ID,  # ModDB (DBolical)'s per-browser session id (32 hex digits)
    "freeman": ID,  # ModDB (DBolical)'s sign-in cookie ``<user id>|<hash>|<hash>``: a login credential
    # identifier fields inside records (rules 2, 3): CodeIgniter's PHP-serialised session
    # record; its ``ip_address`` field is an address (the generic rules), its ``user_agent``
    # field an agent inside a cookie (ignored), its last activity a time, its hash a signature
    "ci_session": re.compile(
        r"^a%3A\d+%3A%7Bs%3A10%3A%22session_id%22%3Bs%3A32%3A%22([0-9a-f]{32})%22"
        r"(?:.*?%22user_agent%22%3Bs%3A\d+%3A%22(?P<ign>.*?)%22%3B)?"
    ),
    # a Django session (rule 28): the sixth set's ``h-<hex>`` and ByteDance's bare hex id, and
    # Django's signed session ``<payload>:<timestamp>:<signature>``, whole
    "sessionid": re.compile(
        r"^(?:h-)?([0-9a-f]{16,}(?=_|$)|\.?[\w-]{16,}:[0-9A-Za-z]{4,}:[\w-]{16,}$)"
    ),
    # not identifiers (rule 4): a preference, a group number, flags, a device class
    "Language": NO,  # SGS's language preference (``se``)
    "maingroup": NO,  # SGS's one-digit group number
    "lfmanon": NO,  # Last.fm's signed-out flag (0/1)
    "lpfrmo": NO,  # Last.fm's short-lived (60 s) flag
    "not_first_visit": NO,  # a returning-visitor flag
    "X-UA-Device-Type": NO,  # the device class a CDN derived from the agent (``desktop``)
    # a country code a CDN derived from the client's address (as ``countryCode``)
    "X-UA-Country-Code": LOC,
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http11.COOKIES, **NEW_COOKIES}
#: Header names first seen in this set -> label of the whole value (rules 4, 5, 8, 23, 26).
NEW_HEADERS: dict[str, str] = {
    "apikey": "AUTH_TOKEN",  # Kanbanize's API key (rule 12, as ``x-api-key``)
    "echo-token": "AUTH_TOKEN",  # NASA ECHO's session token for a signed-in user (rule 12)
    "session-header": "COOKIE_ID",  # Smartabase's session id, echoed as a header (rule 5)
}  # fmt: skip
# Reviewed and not labelled (rules 5, 8): application names (``client-id``, ``echo-clientid``,
# ``x-app-id``), request ids, CDN, cache and timing headers (``cf-ray``, ``x-served-by``,
# ``x-timer``), feed titles.
#: Query keys first seen here (rule 5): SGS's customer number of the signed-in tenant.
NEW_QUERY: dict[str, str | re.Pattern[str]] = {"customer_name": "COOKIE_ID"}
HEADERS: dict[str, str] = {**_http11.HEADERS, **NEW_HEADERS}


QUERY: dict[str, str | re.Pattern[str]] = {**_http10.QUERY, **NEW_QUERY}
#: A credential's name written where the credential was filtered out (rule 29):
#: ``access_token``, ``testapikey``, ``echo-system-token``, ``authorization==``,
#: ``access_token:<client id>``.
_NAMED_PLACEHOLDER = re.compile(r"^[a-z]+(?:[_-][a-z]+)*=*(?::\S*)?$")
#: The value a server writes to expire a cookie (PHP's ``setcookie`` with an empty value
#: sends ``deleted`` and a past date): no id (rule 31, as rule 19's placeholders).
_EXPIRED = frozenset({"deleted"})

#: A PHP-serialised record's ``ip_address`` string field, URL-encoded (CodeIgniter's session).
_RECORD_IP = re.compile(r"%22ip_address%22%3Bs%3A\d+%3A%22([0-9A-Fa-f.:]{7,45})%22")


def _label(text: str, system: str, *, cookies: _http4.Table = COOKIES) -> _http4.Labels:
    gold, ignored = _http11._label(text, system, cookies=cookies, query=QUERY, headers=HEADERS)
    # the client's address inside a serialised session record is an address (rule 30)
    for m in _RECORD_IP.finditer(text):
        if not any(g["start"] < m.end(1) and m.start(1) < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": m.start(1), "end": m.end(1), "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    gold = [g for g in gold if text[g["start"] : g["end"]] not in _EXPIRED]  # type: ignore[misc]
    kept = []
    for g in gold:
        if g["entity"] == "AUTH_TOKEN" and _NAMED_PLACEHOLDER.match(text[g["start"] : g["end"]]):  # type: ignore[misc]
            ignored.append({"start": g["start"], "end": g["end"], "label": "AUTH_PLACEHOLDER"})
        else:
            kept.append(g)
    return kept, ignored


def sites_of(recs: list[tuple[str, str, str, str]]) -> frozenset[str]:
    """The sites of records (their first line's URL)."""
    return _http11.sites_of(recs)


def _review(dev: list[tuple[str, str, str, str]], held: list[tuple[str, str, str, str]]) -> None:
    """The review's input: the development part's names, the held-out part's without values."""
    _http4.names({"dev": dev})
    _http11._names_only(held)


def run(
    argv: list[str],
    doc: str,
    sources: Iterable[str],
    extract: Callable[..., tuple[list[tuple[str, str, str, str]], dict[str, int]]],
    *,
    sites_of: Callable[[list[tuple[str, str, str, str]]], frozenset[str]],
    review: Callable[[list[tuple[str, str, str, str]], list[tuple[str, str, str, str]]], None],
    outputs: tuple[Path, Path],
    prefix: str,
    label: Callable[[str, str], tuple[list[dict[str, object]], list[dict[str, object]]]],
) -> None:
    """A cassette set's command line (``--git OWNER/NAME=GIT_DIR ... [--names]``).

    The held-out part is extracted first; the development part leaves out its sites and
    cookie values. ``--names`` prints the review's input (``review``) instead of writing the
    parts (``outputs``: development, held-out; ids ``<prefix>-...``, labels of ``label``).
    """
    gits, names_only = git_arguments(argv, doc, sources)
    held, counts = extract(gits, "holdout")
    held_values = frozenset(set().union(*(_values(t) for *_, t in held)))
    dev, dev_counts = extract(gits, "dev", sites_of(held), held_values)
    if names_only:
        review(dev, held)
    else:
        dev_out, hold_out = outputs
        _http4.write_parts((("holdout", held, hold_out), ("dev", dev, dev_out)), prefix, label)
    print(f"held out {counts}; development {dev_counts}")


def drop_held_out_values(parts: dict[str, Records], counts: dict[str, int]) -> None:
    """Drop the development records that repeat a held-out record's cookie value (8
    characters or more); ``counts["held_out_value"]`` says how many."""
    held_values = set().union(*(_values(t) for *_, t in parts["holdout"]))
    kept = [r for r in parts["dev"] if not (_values(r[3]) & held_values)]
    counts["held_out_value"] = len(parts["dev"]) - len(kept)
    parts["dev"] = kept


class Selection:
    """The later sets' selection of records, one block at a time (:meth:`take`).

    Each block once; a block repeating an earlier development cookie value (8 characters or
    more, ``earlier_values``) is dropped, and one past ``per_site`` records of its site; each
    record goes to its site's part (``is_held_out``). The counts are the set's own dict (the
    keys it prints, in its order): ``"repeated"`` is counted only when the set declares it.
    :meth:`finish` then drops the development records repeating a held-out one's value.
    """

    def __init__(
        self,
        earlier_values: set[str],
        counts: dict[str, int],
        *,
        is_held_out: Callable[[str], bool],
        per_site: int,
    ) -> None:
        self.earlier_values = earlier_values
        self.counts = counts
        self.is_held_out = is_held_out
        self.per_site = per_site
        self.parts: dict[str, Records] = {"dev": [], "holdout": []}
        #: Records kept per site, sites in first-kept order.
        self.kept: dict[str, int] = {}
        self._seen: set[str] = set()

    def take(self, repo: str, path: str, system: str, site: str, block: str) -> None:
        """Keep one block of ``site`` as a record (repo, path, system, block), or count why not."""
        if block in self._seen:
            if "repeated" in self.counts:
                self.counts["repeated"] += 1
            return
        if _values(block) & self.earlier_values:
            self.counts["earlier_value"] += 1
            return
        if self.kept.get(site, 0) >= self.per_site:
            self.counts["site_cap"] += 1
            return
        self._seen.add(block)
        self.kept[site] = self.kept.get(site, 0) + 1
        part = "holdout" if self.is_held_out(site) else "dev"
        self.parts[part].append((repo, path, system, block))

    def pick(
        self, repo: str, path: str, prefix: str, by_site: dict[str, list[tuple[str, str]]]
    ) -> None:
        """:meth:`take` the sixth set's pick (``_http10._pick``) of one capture's messages
        (kind, block) of each site, sites in first-seen order; the system is ``<prefix>_<kind>``."""
        for site, site_msgs in by_site.items():
            for kind, block in _http10._pick(site_msgs):
                self.take(repo, path, f"{prefix}_{kind}", site, block)

    def finish(self) -> tuple[dict[str, Records], dict[str, int]]:
        """Both parts, the development records repeating a held-out value dropped, and the
        counts with the number of sites and of held-out sites."""
        drop_held_out_values(self.parts, self.counts)
        self.counts["sites"] = len(self.kept)
        self.counts["held_out_sites"] = sum(self.is_held_out(s) for s in self.kept)
        return self.parts, self.counts


def cookie_review(
    cookies: Mapping[str, object], *, width: int = 70, labelled: bool = True
) -> Callable[[Records, Records], None]:
    """The review's input for a set whose cookie table is ``cookies``: the names it does not
    decide, development samples and held-out counts (``_http4.review_names``; with
    ``labelled``, each name written ``cookie <name>``)."""

    def names(text: str) -> list[tuple[str, int, int]]:
        found = _http4.new_cookie_names(text, cookies)
        return [("cookie " + n, s, e) for n, s, e in found] if labelled else found

    def review(dev: Records, held: Records) -> None:
        _http4.review_names(dev, held, names, width=width, shown=3)

    return review


def run_parts(
    argv: list[str],
    doc: str,
    repositories: Iterable[str],
    extract: Callable[[dict[str, Path]], tuple[dict[str, Records], dict[str, int]]],
    *,
    review: Callable[[Records, Records], None],
    outputs: tuple[Path, Path],
    prefix: str,
    label: Callable[[str, str], tuple[list[dict[str, object]], list[dict[str, object]]]],
) -> None:
    """The command line of a set that extracts both parts at once (``--git OWNER/NAME=GIT_DIR
    ... [--names]``): ``--names`` prints the review's input (``review``) instead of writing
    the parts (``outputs``: development, held-out; ids ``<prefix>-...``, labels of ``label``).
    """
    gits, names_only = git_arguments(argv, doc, repositories)
    parts, counts = extract(gits)
    if names_only:
        review(parts["dev"], parts["holdout"])
        print(f"counts {counts}; dev {len(parts['dev'])}, held out {len(parts['holdout'])}")
        return
    dev_out, hold_out = outputs
    _http4.write_parts(
        (("holdout", parts["holdout"], hold_out), ("dev", parts["dev"], dev_out)), prefix, label
    )
    print(f"counts {counts}")


@dataclass(frozen=True)
class HttpSet:
    """A numbered HTTP set as its builder declares it: what :func:`extract` and :func:`main` read.

    The ordinal names the files (``http<number>_dev.jsonl``, ``http<number>_holdout.jsonl`` in
    ``benchmarks/data``) and the records' ids (``h<number>...``). A set read by the twelfth
    set's selection (:func:`extract`, held-out part first) names its sources, earlier files,
    held-out sites, split, reader and cap; a set with a selection of its own names it
    (``parts``, both parts at once) and the repositories it reads.
    """

    number: int
    #: repository -> (commit, licence, files: a regex on the path).
    sources: Mapping[str, tuple[str, str, str]]
    #: A record's labels (gold spans, ignored spans) from its text and system.
    label: _http4.Labeller
    #: The review's input (``--names``) from the development and held-out records.
    review: Callable[[Records, Records], None]
    #: The earlier development files: their sites are left out, their cookie values dropped.
    earlier: tuple[Path, ...] = ()
    #: The earlier held-out parts' sites as their README sections name them (not read).
    held_out_sites: frozenset[str] = frozenset()
    #: The split: whether a repository is held out.
    is_held_out: Callable[[str], bool] = held_out
    #: A cassette's messages (kind, block, URL).
    read: Callable[[str], list[tuple[str, str, str]]] = cassette_msgs
    #: At most this many records per site in the whole set.
    per_site: int = PER_SITE
    #: The sites of records (the held-out part's, left out of the development part).
    sites_of: Callable[[Records], frozenset[str]] = sites_of
    #: Both parts and the counts at once, by the set's own selection.
    parts: Callable[[dict[str, Path]], tuple[dict[str, Records], dict[str, int]]] | None = None
    #: Repositories the command line takes besides ``sources`` (read by ``parts``).
    more_repositories: tuple[str, ...] = ()

    @property
    def outputs(self) -> tuple[Path, Path]:
        """The development file, then the held-out file."""
        return DATA / f"http{self.number}_dev.jsonl", DATA / f"http{self.number}_holdout.jsonl"


def main(spec: HttpSet, doc: str | None, argv: list[str]) -> None:
    """A declared set's command line (``--git OWNER/NAME=GIT_DIR ... [--names]``): :func:`run`
    over :func:`extract`, or :func:`run_parts` over the set's ``parts``."""
    outputs, prefix = spec.outputs, f"h{spec.number}"
    if spec.parts is not None:
        repositories = [*spec.sources, *spec.more_repositories]
        run_parts(
            argv, doc or "", repositories, spec.parts,
            review=spec.review, outputs=outputs, prefix=prefix, label=spec.label,
        )  # fmt: skip
    else:
        run(
            argv, doc or "", spec.sources, functools.partial(extract, spec),
            sites_of=spec.sites_of, review=spec.review, outputs=outputs, prefix=prefix,
            label=spec.label,
        )  # fmt: skip


SET = HttpSet(
    number=12,
    sources=SOURCES,
    label=_label,
    review=_review,
    earlier=EARLIER,
    held_out_sites=HELD_OUT_SITES,
)


if __name__ == "__main__":
    main(SET, __doc__, sys.argv[1:])
