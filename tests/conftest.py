"""Shared pytest configuration and the real PostgreSQL server used by several test folders.

The PostgreSQL server is started once per session, on first use, from the local server
binaries (``initdb``/``pg_ctl`` on PATH or in /usr/lib/postgresql/*/bin; ``make system-deps``
installs them). PostgreSQL refuses to run as root, so under uid 0 it runs as the
``postgres`` OS user. If it cannot start, the tests fail loudly; they are never skipped.
"""

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI machines have 2 cores shared by several jobs: no deadlines, bounded examples. CI draws
# the same examples on every run (derandomize), so its verdict on a commit is reproducible;
# local runs draw new ones each time, and a failure they find is kept as an @example.
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=100,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=50)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def pytest_collection_modifyitems(config, items):
    """Keep every test that needs the local Spark session on one pytest-xdist worker.

    `make test` runs the suite on two workers (``-n 2 --dist loadgroup``); a session fixture
    is built once per worker, so without the group each worker would start its own JVM.
    """
    for item in items:
        if "spark" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("spark"))


def _pg_bindir() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if not candidates:
        pytest.fail(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: run `make system-deps` "
            "(scripts/system-deps.sh installs the 'postgresql' package)"
        )
    return Path(candidates[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_dsn():
    """Start a throw-away PostgreSQL server; yield its DSN; stop and delete it afterwards."""
    bindir = _pg_bindir()
    base = Path(tempfile.mkdtemp(prefix="privkit-pg-"))
    data = base / "data"
    log = base / "server.log"
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, user="postgres", group="postgres")
        base.chmod(0o700)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()

    def run(*args: str) -> None:
        proc = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = log.read_text()[-2000:] if log.exists() else ""
            pytest.fail(
                f"PostgreSQL command failed: {args[0]}\n{proc.stdout}\n{proc.stderr}\n{tail}"
            )

    run(
        str(bindir / "initdb"),
        "-D",
        str(data),
        "-A",
        "trust",
        "-U",
        "privkit",
        "-E",
        "UTF8",
        "--no-sync",
        "--no-instructions",
    )
    opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
    run(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        opts,
        "-l",
        str(log),
        "-w",
        "-t",
        "60",
        "start",
    )
    try:
        yield f"postgresql://privkit@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)
