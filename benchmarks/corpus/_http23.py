"""Build the twenty-third real-text set: cassettes of bibliographic scrapers of standards bodies' sites and of an anime site.

The HAR files, DevTools logs, WARC files, packet captures and cassettes of the usual
repositories are used or were checked by earlier sets (fourth to twenty-second sections of
``benchmarks/corpus/README.md``). This set takes recorded traffic from repositories no earlier
set names: the VCR cassettes that the Relaton gems (``relaton/relaton-*``, Ruby) re-record
weekly while they scrape the catalogues of standards bodies (ISO, IEC, ITU, CEN, BSI, IEEE,
NIST, BIPM, OMG, ECMA, the UN, China's and Japan's standards portals) with a browser's agent,
and the PHP-VCR fixtures of Jikan (``jikan-me/jikan``), a scraper of MyAnimeList: the
session, load-balancer, consent and visitor cookies those sites set on an anonymous client
and send back, in every version the repositories' histories hold.

Split by **site** (:func:`held_out`, fixed at 19:36 UTC 2026-12-05, before any record was
extracted: the registered domain's SHA-256 opens with 0 to 4, the sixth, twentieth and
twenty-first sets' rule, so a site is on the same side in each). Sources, selection and
labelling rules: ``benchmarks/corpus/README.md``, section "Twenty-third real-text set". Both
files were committed, labelled, before privkit or Presidio ran on them; the held-out part is
measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http23 --git relaton/relaton-iso=GIT_DIR ... \
        --git jikan-me/jikan=GIT_DIR --git oscarotero/Embed=GIT_DIR [--names]

(``oscarotero/Embed``, the twenty-first set's source, is read for its cache files' *names*
only: they name that set's held-out sites, which are left out here.)
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _http4, _http6, _http12, _http15, _http18, _http22
from benchmarks.corpus._http4 import ID, IGN, NO

if TYPE_CHECKING:
    import re

    from benchmarks.corpus._http4 import Records

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "benchmarks" / "data"
DEV_OUT = DATA / "http23_dev.jsonl"
HOLD_OUT = DATA / "http23_holdout.jsonl"
#: Earlier development sets (their sites are left out; a record repeating one of their cookie
#: values of 8 characters or more is dropped). No held-out file is read.
EARLIER = tuple(p for p in (*_http22.EARLIER, DATA / "http22_dev.jsonl") if p.exists())
#: At most this many records per site (the earlier cassette sets' 60).
PER_SITE = 60


def held_out(site: str) -> bool:
    """The split, fixed before extraction (19:36 UTC 2026-12-05): a site (registered domain,
    as ``_http6.site_of`` gives it) whose name's SHA-256 opens with 0 to 4 is held out."""
    return hashlib.sha256(site.encode("utf-8")).hexdigest()[0] in "01234"


_RUBY_VCR = r"^spec/(?:fixtures/)?vcr_cassettes/.*\.ya?ml$"
#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "relaton/relaton-bipm": ("845399cb0c8d3206333c76531e50bee883118446", "MIT", _RUBY_VCR),
    "relaton/relaton-bsi": ("3b20eed8507906088e751d6f94e2dcd4f594087a", "MIT", _RUBY_VCR),
    "relaton/relaton-cen": ("f1cf29f1fb133b0d2e3ed472b12a5971d925f1f3", "MIT", _RUBY_VCR),
    "relaton/relaton-ecma": ("6b49911276dce183ac6c672f558f3d3fb3cd98b1", "BSD-2-Clause", _RUBY_VCR),
    "relaton/relaton-gb": ("3d86ccfdbadbc7afc007f5948d1dc2fc128f2dae", "BSD-2-Clause", _RUBY_VCR),
    "relaton/relaton-iec": ("01e90259f91c93a8c4834cfe880314b670a205dd", "MIT", _RUBY_VCR),
    "relaton/relaton-ieee": ("e2ab72fa387cbd8030d527e7d89075228ce4178a", "MIT", _RUBY_VCR),
    "relaton/relaton-iso": ("66a32a919dccc3647b31671b9bbf407e7aa2930b", "BSD-2-Clause", _RUBY_VCR),
    "relaton/relaton-itu": ("a6cf5db4099a26f72c4f0d72b81126516f62ec6d", "MIT", _RUBY_VCR),
    "relaton/relaton-jis": ("9d09808f93ad46d038df47b496e6e52010279e23", "MIT", _RUBY_VCR),
    "relaton/relaton-nist": ("3b4da99051bbe42694c2f9b03679d358ae7d047f", "MIT", _RUBY_VCR),
    "relaton/relaton-omg": ("436b378ca9b3a63b0dc8aaa13096fc17508abf8c", "MIT", _RUBY_VCR),
    "relaton/relaton-un": ("9a35776578350dd5eeb786f1ec28aacdf5514a6a", "MIT", _RUBY_VCR),
    "jikan-me/jikan": (
        "6a256095027f3e8d12f6fa97677d1a045b8af6f0", "MIT", r"^test/fixtures/.*\.ya?ml$"),
}  # fmt: skip
#: The tenth to twenty-first sets' held-out sites as their sections name them (the
#: twenty-first's read from its Embed cache files' names, :func:`_http22._embed_held`): left
#: out of both parts, with the earlier development sets' sites.
HELD_OUT_SITES = _http22.HELD_OUT_SITES


def read(raw: str) -> list[tuple[str, str, str]]:
    """The messages of a Ruby VCR or PHP-VCR cassette (a top-level list whose request names
    its URL ``url`` and whose status is ``{code, message}``), bodies dropped before the YAML
    is read (the twelfth set's reader on the fifteenth set's body-less text)."""
    return _http12.cassette_msgs(_http15._without_bodies(raw))


def extract(gits: dict[str, Path]) -> tuple[dict[str, Records], dict[str, int]]:
    """Both parts' records (repo, path, system, text): the twelfth set's selection over every
    source (read as one part), then each record to the part of its site (the site of the
    interaction's URL, for a response as for its request); a development record repeating a
    held-out cookie value of 8 characters or more is dropped."""
    site_of: dict[str, str] = {}

    def msgs(raw: str) -> list[tuple[str, str, str]]:
        out = read(raw)
        for _kind, block, url in out:
            site_of.setdefault(block, _http6.site_of(url) if url.startswith("http") else "")
        return out

    held_sites = HELD_OUT_SITES | frozenset(_http22._embed_held(gits["oscarotero/Embed"]))
    recs, counts = _http12.extract(
        gits,
        "dev",
        sources=SOURCES,
        earlier=EARLIER,
        held_out_sites=held_sites,
        is_held_out=lambda _repo: False,
        read=msgs,
        per_site=PER_SITE,
    )
    parts: dict[str, Records] = {"holdout": [], "dev": []}
    for rec in recs:  # a response goes with its request, to the part of the request's site
        parts["holdout" if held_out(site_of[rec[3]]) else "dev"].append(rec)
    _http12.drop_held_out_values(parts, counts)
    return parts, counts


# --------------------------------------------------------------------------- reviewed tables

#: Cookie names first seen in this set -> decision (same scheme as ``_http4.COOKIES``),
#: reviewed once on development samples (the held-out part's names were counted, not read).
NEW_COOKIES: dict[str, str | re.Pattern[str]] = {
    # development names, decided on their samples (19:50 UTC, before any detector ran)
    "atlassian.xsrf.token": ID,  # Jira's CSRF token (rule 21), whole: ``<server id>_<sha1>_lout``
    # Oracle APEX's session cookies: the public session number and the session's hash
    "PUBLIC_WWV_CUSTOM-F_1871429483561673_204": ID,
    "WWV_CUSTOM-F_1871429483561673_204": ID,
    "TS01247332": ID,  # F5 BIG-IP ASM's main cookie (as the fifteenth set's ``TS010ecf5c``)
    # held-out names, decided from the name and documentation only (their values were not read)
    "PUBLIC_WWV_CUSTOM-F_1752901311939974_205": ID,  # Oracle APEX's sessions, as above
    "WWV_CUSTOM-F_1752901311939974_205": ID,
    "citrix_ns_id_.un.org_%2F_wat": ID,  # Citrix NetScaler's session id
    "IOP_session_live": ID,  # a session
    "LtpaToken": ID,  # IBM Domino's and WebSphere's single sign-on token (a login credential)
    "MALHLOGSESSID": ID, "MALSESSIONID": ID,  # MyAnimeList's sessions
    "SessionID": ID,  # a session
    "UserBasketId": ID,  # a shop's per-visitor basket id
    # Radware's (ShieldSquare's) bot-manager cookies: ``__uzma`` the visitor's id, ``__uzmb``
    # and ``__uzmd`` the first and last visits' times, ``__uzmc`` a request counter;
    # ``__uzme`` undocumented
    "__uzma": ID, "__uzmb": NO, "__uzmc": NO, "__uzmd": NO, "__uzme": IGN,
    # load balancers' persistence cookies (rule 4, as the fourteenth set's ``BIGipServer...``):
    # F5's pool member, Microsoft ISA's and TMG's web-publishing server (a server's GUID)
    "BIGipServerpool_prod_iso_www-jahia": NO,
    "ISAWPLB{125C0514-5363-4FE8-829B-6F56084A1E44}": NO,
    "ISAWPLB{13ACC0C2-CB78-45C3-809A-E05AD02A7B4F}": NO,
    "ISAWPLB{205BF781-A263-40DF-9FC7-D9A6C6C14BC6}": NO,
    "ISAWPLB{A1E465D4-78E3-4E95-9B5F-2D29BE3FEC5D}": NO,
    "rdw_storereferer": NO,  # a page address (as ``last_page``)
    "recentlyViewed": NO,  # a shop's recently viewed products
    "GSCookie": IGN,  # the name does not say
}  # fmt: skip
COOKIES: dict[str, str | re.Pattern[str]] = {**_http22.COOKIES, **NEW_COOKIES}


def _label(text: str, system: str) -> _http4.Labels:
    """The twenty-second set's rules (which carry the fourth to twenty-first sets' and the
    shared last pass) with the cookie table extended by :data:`NEW_COOKIES`."""
    return _http18._label(text, system, cookies=COOKIES)


def main(argv: list[str]) -> None:
    _http12.run_parts(
        argv,
        __doc__ or "",
        [*SOURCES, "oscarotero/Embed"],
        extract,
        review=_http12.cookie_review(COOKIES),
        outputs=(DEV_OUT, HOLD_OUT),
        prefix="h23",
        label=_label,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
