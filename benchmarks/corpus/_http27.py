"""Build the twenty-seventh real-text set: recorded API traffic of clients no earlier set names.

Issue 10's cookie-id precision falls on the HTTP sets' held-out parts where a part's cookie
vocabulary is new (helpers H121, H132). This set takes the recorded traffic of API clients no
earlier section names (helper H135), to measure how precision carries before any change, and to
study mechanisms that read a cookie's value and attributes rather than its name. Sources: the
mock recordings of NewPipe's extractor (``TeamNewPipe/NewPipeExtractor``: the JSON request and
response its downloader replays, SoundCloud, Bandcamp and PeerTube), the cassettes of the
AfterShip SDK (``AfterShip/aftership-sdk-python``), of ``geokit`` (``geokit/geokit``: geocoding
services), of rOpenSci's ``spocc`` and ``citecorp`` (species occurrence and citation services),
of ``exvcr`` (``parroty/exvcr``), of NationBuilder's client (``nationbuilder/nationbuilder-rb``)
and of the Open Food Network's API calls (``openfoodfoundation/openfoodnetwork``), in every
version the repositories' histories hold.

Split by **repository** (:func:`held_out`, fixed at 14:07 UTC 2026-12-06, before any record was
extracted: the repository name's SHA-256 opens with 0 to 4, the twelfth set's rule).
Sources, selection and labelling rules: ``benchmarks/corpus/README.md``, section
"Twenty-seventh real-text set". Both files were committed, labelled, before privkit or Presidio
ran on them; the held-out part is measured once.

Run with the local git directories of the repositories (only ``git`` reads are used)::

    python -m benchmarks.corpus._http27 --git TeamNewPipe/NewPipeExtractor=GIT_DIR ... [--names]
"""

from __future__ import annotations

import hashlib


def held_out(repo: str) -> bool:
    """The split, fixed before extraction (14:07 UTC 2026-12-06): a repository whose name's
    SHA-256 opens with 0 to 4 is held out (the twelfth set's rule)."""
    return hashlib.sha256(repo.encode("utf-8")).hexdigest()[0] in "01234"


#: repository -> (commit, licence, files: a regex on the path). Every version of the matching
#: files in the commit's history is read (oldest commit first, each file version once).
SOURCES: dict[str, tuple[str, str, str]] = {
    "TeamNewPipe/NewPipeExtractor": (
        "43f8e6ebeef469db7c5328714bc5f33c9f06f092", "GPL-3.0",
        r"^extractor/src/test/resources/(?:.*/)?mocks/.*\.json$"),
    "AfterShip/aftership-sdk-python": (
        "738dbb47ddd9c5e2981e041396b7eaed96a3bfb1", "MIT", r"^tests/(?:.*/)?cassettes/.*\.ya?ml$"),
    "geokit/geokit": (
        "3e0a811affec2778871c6ddb61350fb1a5955375", "MIT", r"^fixtures/vcr_cassettes/.*\.ya?ml$"),
    "ropensci/spocc": (
        "cb80a64abc0238d3c2de7b89dcf8ddf0b38e7c70", "MIT", r"^tests/fixtures/.*\.ya?ml$"),
    "parroty/exvcr": (
        "c9cafeab25517f865fefbd7e4a8006e1b68092a9", "MIT",
        r"^(?:fixture/(?:vcr|custom)_cassettes|test/cassettes)/.*\.json$"),
    "ropensci/citecorp": (
        "c654d22917b4f570ca8725ade9ff93d81a914f12", "MIT", r"^tests/fixtures/.*\.ya?ml$"),
    "nationbuilder/nationbuilder-rb": (
        "702c37a8da8f2c21c0af3e36b2909d33e7d25bba", "MIT", r"^spec/fixtures/.*\.ya?ml$"),
    "openfoodfoundation/openfoodnetwork": (
        "d4f0a99e2aec1a02b720baac2b341a2d4da86745", "AGPL-3.0",
        r"^spec/fixtures/vcr_cassettes/.*\.ya?ml$"),
}  # fmt: skip
