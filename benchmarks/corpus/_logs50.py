"""Build the fiftieth real-text log set: a Kubernetes cluster tool's test fixtures (minikube's testdata).

The text is every text file minikube (``kubernetes/minikube``, the local Kubernetes cluster
tool; Apache-2.0, ``LICENSE``) keeps under a ``testdata/`` folder for its tests: the kubeadm and
kubelet configuration it renders for each Kubernetes version and container runtime
(``pkg/minikube/bootstrapper/bsutil/testdata/v1.<minor>/<variant>.yaml``: advertise addresses,
pod and service subnets, API server ports, image repositories, feature gates, versions side by
side), its machine and profile records (``config.json`` of docker-machine hosts: driver, IP
address, memory, disk and ISO versions), kubeconfig files, the mount table it parses
(``findmnt`` JSON) and the manifests, Dockerfiles and texts of its integration tests. This is
configuration and state people paste into bug reports beside cluster tools' output: versions,
CIDRs, ports and sizes beside the occasional node address. No earlier set read the repository.

Selection and split (fixed 2026-12-07 17:54 UTC from the file names alone, before any file was
read; ``benchmarks/corpus/README.md``): a system is ``minikube/bsutil/<variant>`` for the
bootstrapper's rendered configuration (the file name without ``.yaml``, every Kubernetes version
of it one system), else ``minikube/<folder>/<entry>``: ``<folder>`` the path of the folder that
holds ``testdata/`` with a leading ``pkg/minikube/``, ``pkg/`` or ``test/`` removed, ``<entry>``
the first name under ``testdata/`` with its leading dots and everything from its first ``.`` on
removed (``config/minikube``, ``integration/busybox``, ``integration/skaffold``, ...); Go
source files (``*.go``, test programs) are not read. The split
is by system, a third held out (``_logset.holdout_systems``: the names with the smallest
SHA-256). A record is one file, its blank lines at the ends and trailing blanks of its lines
removed, ``MIN_CHARS`` to ``MAX_CHARS`` characters, in path order, distinct. Dropped: a file
the snapshot lacks (large binaries); one with a control character other than a tab or a new
line (binaries); one that carries the tag of a program fail2ban has filters for
(``_logs10.not_fail2ban``, ``_logs42._FAIL2BAN_MORE``); one equal to a development record of the
first to forty-ninth real log sets (held-out records compared by SHA-256 only, never read); one
already taken by a system earlier in this set. Per system at most ``MOST`` evenly spaced files.

Labels: the forty-fourth set's rules (``_logs44._label44``, which applies the forty-second
set's ``_label42`` and through it the first to forty-first sets' rules: IP, MAC and e-mail
addresses gold, a browser-shaped user agent ``USER_AGENT``, everything else non-personal; an
address of ``0.0.0.0`` ignored), applied to both parts before any detector ran, as for the
forty-ninth set.

Run once, with a local git directory of the repository:

    python -m benchmarks.corpus._logs50 --git kubernetes/minikube=DIR
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs10 import not_fail2ban
from benchmarks.corpus._logs42 import _FAIL2BAN_MORE
from benchmarks.corpus._logs44 import _label44
from benchmarks.corpus._logs49 import clean

if TYPE_CHECKING:
    from pathlib import Path

#: The repository and commit read (its default branch, 2026-08-23).
MINIKUBE = "kubernetes/minikube"
SOURCES: dict[str, tuple[str, str]] = {
    MINIKUBE: ("eb25dbc703701fa38c3f65c89a1896baa375e5ed", "Apache-2.0"),
}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 4
#: The fewest and the most characters of a record.
MIN_CHARS = 20
MAX_CHARS = 20_000

#: A testdata file: the folder before ``testdata/`` and the path under it.
_TESTDATA = re.compile(r"^(?P<folder>.+?)/testdata/(?P<rest>.+)$")
#: The bootstrapper's rendered configuration: its folder.
_BSUTIL = "pkg/minikube/bootstrapper/bsutil"
#: Prefixes removed from a folder's path.
_PREFIXES = ("pkg/minikube/", "pkg/", "test/")


def system_of(path: str) -> str | None:
    """The system of a testdata file's path (``None``: not under ``testdata/``, or Go source)."""
    m = _TESTDATA.match(path)
    if not m or path.endswith(".go"):
        return None
    folder, rest = m.group("folder"), m.group("rest")
    if folder == _BSUTIL:
        return "minikube/bsutil/" + rest.rsplit("/", 1)[-1].removesuffix(".yaml")
    for prefix in _PREFIXES:
        if folder.startswith(prefix):
            folder = folder.removeprefix(prefix)
            break
    entry = rest.split("/", 1)[0].lstrip(".").split(".", 1)[0]
    return f"minikube/{folder}/{entry}"


def paths(gits: dict[str, Path]) -> dict[str, list[str]]:
    """The testdata files by system, paths sorted."""
    out: dict[str, list[str]] = {}
    for path in git_files(gits[MINIKUBE], SOURCES[MINIKUBE][0]):
        system = system_of(path)
        if system:
            out.setdefault(system, []).append(path)
    return out


def systems(gits: dict[str, Path]) -> list[str]:
    """The systems, sorted."""
    return sorted(paths(gits))


def keep(text: str) -> bool:
    """A file of a kept length, without control characters or a fail2ban program's tag."""
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        return False
    if _logset.CONTROL.search(text) or _FAIL2BAN_MORE.search(text):
        return False
    return not_fail2ban(text, "") is not None


def _read(gits: dict[str, Path], path: str) -> str:
    try:
        return clean(git_show(gits[MINIKUBE], SOURCES[MINIKUBE][0], path))
    except subprocess.CalledProcessError:
        return ""  # listed but absent from the snapshot


def system_texts(gits: dict[str, Path], system: str) -> list[str]:
    """A system's kept files, distinct, in path order."""
    texts = (_read(gits, p) for p in paths(gits)[system])
    return list(dict.fromkeys(t for t in texts if keep(t)))


#: The held-out systems: the 20 (a third) of the 61 systems whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 17:54 UTC before any file was read.
HOLDOUT = frozenset({
    "minikube/bsutil/containerd", "minikube/bsutil/containerd-api-port",
    "minikube/bsutil/etcd-extra-args", "minikube/integration/build",
    "minikube/integration/busybox-mount-test", "minikube/integration/csi-hostpath-driver",
    "minikube/integration/gvisor-addon-Dockerfile", "minikube/integration/hyperkit-driver-version-1",
    "minikube/integration/ingress-dns-example-v1", "minikube/integration/invalidsvc",
    "minikube/integration/kube-flannel", "minikube/integration/kvm2-driver-older-version",
    "minikube/integration/minikube_test2", "minikube/integration/netcat-deployment",
    "minikube/integration/nginx-pod-svc", "minikube/integration/private-image-eu",
    "minikube/integration/skaffold", "minikube/integration/storage-provisioner-rancher",
    "minikube/integration/vcjob", "minikube/kubeconfig/kubeconfig",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=50,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_texts,
    label=_label44,
    most=MOST,
    earlier=50,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])
