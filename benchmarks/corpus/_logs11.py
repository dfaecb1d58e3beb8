"""Build the eleventh real-text log set: Grafana Loki's pattern-mining test logs, split by system.

The text comes from the test data of Loki's log-pattern miner (``grafana/loki``,
``pkg/pattern/drain/testdata/*.txt``, AGPL-3.0), pinned by commit: lines that Grafana Labs took
from its own clusters to test how the miner groups real log lines into patterns. Nobody on this
team wrote them. Ten systems, one per file: Kafka brokers, Kubernetes components (klog), Calico's
Felix agent, HashiCorp Vault, Drone CI, an Istio/Envoy access log (JSON), GKE nodes' systemd
journal, Grafana Agent and a profiling service's distributor and ingester (logfmt).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): one
system per file; the split is by system, a third of the systems held out (``HOLDOUT``: the 3 of
10 whose names have the smallest SHA-256, chosen from the names alone). A record is one line. Per
system, ``MOST`` (40) evenly spaced ones of its distinct lines (``_logs4._select``). Dropped:
lines of programs that fail2ban has filters for (``_logs10._FAIL2BAN_PROGRAM``), a line already
in a development part of an earlier real log set, and a held-out line equal to a development one.

Labels: the rules of ``_logs10._label10`` (which applies the ninth to first sets' rules), then
those of ``_label11`` below, written in ``benchmarks/corpus/README.md`` before extraction. Both
files were committed, labelled, before privkit or Presidio ran on either.

Run once, with a local git directory of Loki:

    python -m benchmarks.corpus._logs11 --git grafana/loki=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_show
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _label10, _overlap

if TYPE_CHECKING:
    from pathlib import Path

REPOSITORY = "grafana/loki"
#: Licence of the repository (its LICENSE file): AGPL-3.0.
LICENCE = "AGPL-3.0"
FOLDER = "pkg/pattern/drain/testdata"
#: system (the file's stem) -> the commit it is read at: the newest snapshot's head, except for
#: ``istio-json``, which a later commit removed (read at the commit that added it).
SOURCES: dict[str, str] = {
    "agent-logfmt": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "calico": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "distributor-logfmt": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "drone-json": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "ingester-logfmt": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "istio-json": "8279ac1a318609554ad1bba555164e264a665217",
    "journald": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "kafka": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "kubernetes": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
    "vault": "65e30f8488e8a5ea2013c6881675f8103a8f6bc7",
}
#: The held-out systems: the 3 (a third) of the 10 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was read.
HOLDOUT = frozenset({"ingester-logfmt", "agent-logfmt", "journald"})
#: Most records per system.
MOST = 40


# --------------------------------------------------------------------------- labelling

# Written before extraction (README, "Eleventh real-text log set").
# Envoy's access-log JSON keys that hold "address:port" of either end of a connection
# ("downstream_remote_address", "upstream_local_address", "upstream_host", ...) and the
# "x_forwarded_for" chain: every address in them is IP_ADDRESS (the generic rules find most;
# this makes the keys' values explicit, port left out).
_ADDR_KEY = re.compile(
    r'"(?:[a-z_]*_address|upstream_host|x_forwarded_for|remote|remote_addr|client_ip)"\s*:\s*"([^"]*)"'
)
_QUAD_OR_V6 = re.compile(
    r"(?<![\w.:])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}"
    r"|\[?[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}\]?)(?![\w.])"
)


def _label11(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label10(text, system)
    for m in _ADDR_KEY.finditer(text):
        for a in _QUAD_OR_V6.finditer(m.group(1)):
            value = a.group().strip("[]")
            if value in ("0.0.0.0", "::") or (":" in value and value.count(":") < 2):  # noqa: S104
                continue
            s = m.start(1) + a.start() + (1 if a.group().startswith("[") else 0)
            e = s + len(value)
            if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
                gold.append({"start": s, "end": e, "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


def system_lines(gdir: Path, system: str) -> list[str]:
    """A system's file's lines at its pinned commit, fail2ban programs' lines left out."""
    text = git_show(gdir, SOURCES[system], f"{FOLDER}/{system}.txt")
    return [line for line in text.splitlines() if not _FAIL2BAN_PROGRAM.search(line)]


SET = _logset.LogSet(
    number=11,
    repositories=(REPOSITORY,),
    systems=SOURCES,
    holdout=HOLDOUT,
    texts=lambda gits, system: system_lines(gits[REPOSITORY], system),
    label=_label11,
    most=MOST,
    earlier=11,
    earlier_holdout=False,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])
