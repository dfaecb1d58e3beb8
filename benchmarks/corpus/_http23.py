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

from benchmarks.corpus import _http6, _http12, _http15, _http22

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
