"""Build the fifteenth real-text log set: authentication, service and kernel logs, split by system.

The text comes from the test data of three projects that read logs nobody on this team wrote,
pinned by commit: sshguard's parser test cases (``SSHGuard/sshguard``, ``src/parser/tests.txt``,
ISC-style licence: the authentication-failure lines of SSH, Dropbear, mail servers, FTP servers,
Cockpit, OpenVPN, web applications, Gitea, BIND, MSSQL, MySQL and Proxmox as an intrusion
blocker reads them, with the syslog banners it must understand), Red Hat Insights' parser tests
(``RedHatInsights/insights-core``, ``insights/tests/parsers/``, Apache-2.0: the sample logs of
its log parsers, from RHEL systems: messages, secure, audit, dmesg, cron, yum and up2date, rhsm,
sssd, Samba, krb5kdc, 389 directory server, httpd and nginx error logs, Tomcat, JBoss, MySQL,
MariaDB and PostgreSQL, RabbitMQ, Pacemaker, libvirt, vdsm and oVirt, cloud-init, Ceph,
OpenStack services, OpenShift, Open vSwitch, Foreman and Satellite) and satyr's kernel oops test
files (``abrt/satyr``, ``tests/kerneloopses/``, GPL-2.0: oopses from the Linux kernel's git log,
Red Hat bug reports and GitHub issues).

Selection and split (fixed before extraction, written in ``benchmarks/corpus/README.md``): the
systems and their sources are ``SYSTEMS``; the split is by system, a third held out
(``holdout_systems``: those whose names have the smallest SHA-256, from the names alone). A record
is one line: of an sshguard test case's input (the line before its expected result), of a string
constant at the top level of an Insights test module, or of a satyr oops file. Dropped: a line
with a control character other than a tab, a line of a program that fail2ban has filters for
(``_logs10._FAIL2BAN_PROGRAM``), a line already in a development part of an earlier real log
set, and a held-out line equal to a development one. Per system, ``MOST`` (20) evenly spaced
ones of its distinct lines (``_logs4._select``). Records are cut at 4,000 characters.

Labels: the rules of ``_logs13._label13`` (which applies the twelfth to first sets' rules), then
those of ``_label15`` below, written in ``benchmarks/corpus/README.md`` before any detector ran.
Both files were committed, labelled, before privkit or Presidio ran on either.

Run once, with local git directories of the three repositories:

    python -m benchmarks.corpus._logs15 --git SSHGuard/sshguard=DIR \
        --git RedHatInsights/insights-core=DIR --git abrt/satyr=DIR
"""

from __future__ import annotations

import ast
import ipaddress
import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM, _overlap
from benchmarks.corpus._logs13 import _label13

if TYPE_CHECKING:
    from pathlib import Path

SSHGUARD = "SSHGuard/sshguard"
INSIGHTS = "RedHatInsights/insights-core"
SATYR = "abrt/satyr"
#: repository -> (commit, licence as its licence file states it).
SOURCES: dict[str, tuple[str, str]] = {
    SSHGUARD: ("a3889c7f364a18e6108d84347b557cc0f2dcbd62", "ISC"),
    INSIGHTS: ("43cbb25ff29f6ae9b4315aa2fc085d8fa6ee4783", "Apache-2.0"),
    SATYR: ("6153441b81708bcb729db4f2d37e9aaf03280a36", "GPL-2.0"),
}
_TESTS = "src/parser/tests.txt"
#: sshguard's test sections (the innermost ``# Name {{{`` heading) -> system.
SSHGUARD_SECTIONS: dict[str, str] = {
    "SSH": "sshguard-ssh",
    "Dropbear": "sshguard-dropbear",
    "Remote SSHGuard": "sshguard-remote",
    "cucipop": "sshguard-cucipop",
    "exim": "sshguard-exim",
    "sendmail": "sshguard-sendmail",
    "dovecot": "sshguard-dovecot",
    "uwimap": "sshguard-uwimap",
    "cyrus": "sshguard-cyrus",
    "postfix": "sshguard-postfix",
    "OpenSMTPD": "sshguard-opensmtpd",
    "courier": "sshguard-courier",
    "FTP": "sshguard-ftp",
    "Cockpit": "sshguard-cockpit",
    "OpenVPN": "sshguard-openvpn",
    "Web": "sshguard-web",
    "False positives for roundcube/mail": "sshguard-web-false-positives",
    "Banner formats": "sshguard-banners",
    "Gitea": "sshguard-gitea",
    "BIND": "sshguard-bind",
    "MSSQL": "sshguard-mssql",
    "MySQL": "sshguard-mysql",
    "Proxmox VE": "sshguard-proxmox",
}
_IP = "insights/tests/parsers/test_"
#: Insights' log parsers' test modules (``test_<name>.py``); configuration, metrics and
#: command-output parsers left out.
INSIGHTS_MODULES = (
    "audit_log", "catalina_log", "ceilometer_log", "ceph_log", "ceph_osd_log", "cinder_log",
    "cloud_init_log", "cron_log", "dirsrv_logs", "dmesg", "dmesg_log", "foreman_log",
    "freeipa_healthcheck_log", "glance_log", "heat_log", "httpd_log", "ipaupgrade_log",
    "ironic_inspector_log", "jboss_domain_log", "journalctl", "keystone_log", "krb5kdc_log",
    "libvirtd_log", "mariadb_log", "messages", "mistral_log", "mysql_log",
    "neutron_l3_agent_log", "neutron_metadata_agent_log", "neutron_ovs_agent_log",
    "neutron_server_log", "nginx_log", "nova_log", "openshift_kube_log", "openvswitch_logs",
    "osa_dispatcher_log", "ovirt_engine_log", "pacemaker_log", "postgresql_log", "rabbitmq_log",
    "rhn_logs", "rhsm_log", "samba_logs", "secure", "sssd_logs", "swift_log", "up2date_log",
    "vdsm_log", "vmcore_dmesg", "watchdog_logs", "yumlog",
)  # fmt: skip
_KO = "tests/kerneloopses/"
#: satyr's oops files, grouped by where they came from (file-name prefix) -> system.
SATYR_GROUPS: dict[str, str] = {
    "gitlog-": "kernel-oops-gitlog",
    "rhbz-": "kernel-oops-rhbz",
    "arm-": "kernel-oops-arm",
    "github-": "kernel-oops-github",
}
#: system -> (repository, where its lines come from).
SYSTEMS: dict[str, tuple[str, str]] = {
    **{s: (SSHGUARD, name) for name, s in SSHGUARD_SECTIONS.items()},
    **{"insights-" + m.replace("_", "-"): (INSIGHTS, f"{_IP}{m}.py") for m in INSIGHTS_MODULES},
    **{s: (SATYR, _KO + prefix) for prefix, s in SATYR_GROUPS.items()},
}
#: The held-out systems: the 26 (a third) of the 78 whose names have the smallest SHA-256
#: (``holdout_systems``), fixed from the names before any line was read (2026-12-05 09:56 UTC).
HOLDOUT = frozenset({
    "insights-ceph-osd-log", "insights-dmesg-log", "insights-heat-log",
    "insights-ironic-inspector-log", "insights-jboss-domain-log", "insights-keystone-log",
    "insights-libvirtd-log", "insights-mistral-log", "insights-mysql-log",
    "insights-neutron-l3-agent-log", "insights-neutron-server-log", "insights-nova-log",
    "insights-osa-dispatcher-log", "insights-samba-logs", "insights-yumlog", "sshguard-bind",
    "sshguard-cockpit", "sshguard-courier", "sshguard-dropbear", "sshguard-gitea",
    "sshguard-openvpn", "sshguard-proxmox", "sshguard-remote", "sshguard-sendmail",
    "sshguard-ssh", "sshguard-uwimap",
})  # fmt: skip
#: Most records per system.
MOST = 20
_RESULT = re.compile(r"^(?:\d+ \S+ \d+ \d+|\*)$")
_SECTION = re.compile(r"^#+ (.+?) \{\{\{$")


# --------------------------------------------------------------------------- reading


def sshguard_lines(text: str) -> dict[str, list[str]]:
    """sshguard's test inputs by innermost section: a line followed by its expected result."""
    out: dict[str, list[str]] = {}
    stack: list[str] = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        m = _SECTION.match(line)
        if m:
            stack.append(m.group(1))
            continue
        if line.startswith("#") and line.rstrip().endswith("}}}"):
            if stack:
                stack.pop()
            continue
        if not line.strip() or line.startswith("#") or line == "M" or _RESULT.match(line):
            continue
        if i + 1 < len(lines) and _RESULT.match(lines[i + 1]) and stack:
            out.setdefault(stack[-1], []).append(line)
    return out


def _constant(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        return node.func.value.value
    return None


def module_lines(source: str) -> list[str]:
    """The lines of a module's top-level string constants (``X = \"\"\"...\"\"\"[.strip()]``)."""
    out = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            value = _constant(node.value)
            if value is not None:
                out += [ln.rstrip() for ln in value.splitlines() if ln.strip()]
    return out


def system_lines(gits: dict[str, Path], system: str) -> list[str]:
    """A system's lines in source order; binary residue and fail2ban programs' lines left out."""
    repo, where = SYSTEMS[system]
    commit = SOURCES[repo][0]
    if repo == SSHGUARD:
        raw = sshguard_lines(git_show(gits[repo], commit, _TESTS)).get(where, [])
    elif repo == INSIGHTS:
        raw = module_lines(git_show(gits[repo], commit, where))
    else:
        folder, _, prefix = where.rpartition("/")
        raw = []
        for path in sorted(git_files(gits[repo], commit, folder + "/")):
            if path.rpartition("/")[2].startswith(prefix):
                raw += git_show(gits[repo], commit, path).splitlines()
        raw = [ln.rstrip() for ln in raw if ln.strip()]
    return [ln for ln in raw if not _logset.CONTROL.search(ln) and not _FAIL2BAN_PROGRAM.search(ln)]


# --------------------------------------------------------------------------- labelling


# Found in the label review of the development part, before any detector ran (README,
# "Fifteenth real-text log set"); applied to both parts.
#: A Kerberos service principal ``service/host@REALM`` names a service, not a person: an
#: e-mail-shaped span right after a ``/`` is clean (a user principal ``name@REALM`` stays gold).
#: A systemd unit instance ``name@instance.service`` is clean too.
_UNIT = re.compile(r"\.(?:service|socket|target|timer|mount|slice|path|device|scope)$")
#: An Erlang (RabbitMQ) timestamp ``7-Jun-2015::03:42:13`` is not an IPv6 address.
_ERLANG_TIME = re.compile(r"-[A-Z][a-z]{2}-(\d{4}::\d\d:\d\d:\d\d)")
#: An IPv6 address (one with ``::``) that ends a field before ``: `` (Spacewalk's
#: ``pid 2620:10a:0:4::40: xmlrpc/...``), which the generic rules leave out.
_IPV6_COLON = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}):(?= )")
#: A quoted agent in an access line (one with an HTTP version): ``"Name/1.0 ..."``, wherever it
#: stands (sshguard's shortened lines leave out the size or the referrer).
_UA_QUOTED = re.compile(r'"([A-Za-z][\w.\-]*/\d[^"\n]*)"')
#: The user field of an access line, quoted or not (``10.42.42.39 - "jeff" [...]``): ignored.
_ACCESS_USER = re.compile(r'^\S+ - "?([^"\s\[-][^"\s]*)"? \[')
#: Dovecot's ``user=<name>``: ignored.
_DOVECOT_USER = re.compile(r"\buser=<([^<>\s]+)>")
#: The account an authentication failure names (``Failed password for NAME from``, ``error
#: for illegal user NAME from``, ``attempt for 'NAME' from``): ignored. Widened on
#: 2026-12-05 (lead, after H75's sweep read the rule): also an account called invalid,
#: illegal or nonexistent wherever it stands (sshd's ``Invalid user NAME from``, ``Connection
#: closed by invalid user NAME``; Dropbear's ``Login attempt for nonexistent user 'NAME'``).
_AUTH_USER = re.compile(
    r"\bfor (?:(?:illegal|invalid|nonexistent) )?(?:user )?'?([\w.-]+)'? from\b"
    r"|\b(?i:invalid|illegal|nonexistent) user '?([\w.-]+)'?"
)
#: Words an earlier rule took for a user name after ``login:`` or ``Client``: not names.
_NOT_NAMES = frozenset({"Aborted", "Client", "Info:", "Disconnected:"})


def _text(text: str, span: dict[str, object]) -> str:
    return text[int(span["start"]) : int(span["end"])]  # type: ignore[call-overload]


def _label15(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label13(text, system)
    erlang = [m.span(1) for m in _ERLANG_TIME.finditer(text)]
    gold = [
        g
        for g in gold
        if not (
            g["entity"] == "EMAIL_ADDRESS"
            and (
                text[: int(g["start"])].endswith("/")  # type: ignore[call-overload]
                or _UNIT.search(_text(text, g))
            )
        )
        and not any(_overlap([g], s, e) for s, e in erlang)
    ]
    extra: list[tuple[int, int, str]] = []
    for m in _IPV6_COLON.finditer(text):
        try:
            ipaddress.IPv6Address(m.group(1))
        except ValueError:
            continue
        extra.append((m.start(1), m.end(1), "IP_ADDRESS"))
    if "HTTP/" in text:
        extra += [
            (m.start(1), m.end(1), "USER_AGENT")
            for m in _UA_QUOTED.finditer(text)
            if not m.group(1).startswith("HTTP/")
        ]
    for s, e, label in extra:
        if not _overlap(gold, s, e):
            gold.append({"start": s, "end": e, "entity": label})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored = [i for i in ignored if _text(text, i) not in _NOT_NAMES and _text(text, i).strip("*")]
    names = [m.span(1) for m in _ACCESS_USER.finditer(text) if "HTTP/" in text]
    names += [m.span(1) for m in _DOVECOT_USER.finditer(text)]
    names += [m.span(1 if m.group(1) else 2) for m in _AUTH_USER.finditer(text)]
    for s, e in names:
        if not _overlap(gold, s, e) and not _overlap(ignored, s, e):
            ignored.append({"start": s, "end": e, "label": "USERNAME"})
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


# --------------------------------------------------------------------------- building


SET = _logset.LogSet(
    number=15,
    repositories=tuple(SOURCES),
    systems=SYSTEMS,
    holdout=HOLDOUT,
    texts=system_lines,
    label=_label15,
    most=MOST,
    earlier=14,
    earlier_holdout=False,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])
