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
