"""Build the fourth real-text log set: many more log systems, a development and a held-out part.

The text comes from the test data of two public repositories, pinned by commit; nobody on this
team wrote it. CrowdSec's hub ships, for each of its parsers and scenarios, a test log of the
system it reads (identity providers, media servers, mail and VPN gateways, firewalls, honeypots,
audit and cloud logs, ...); mtail ships anonymised logs of a few daemons. Systems already in the
earlier real sets (Apache, nginx, HAProxy, Caddy, ALB, CloudFront, MySQL, ...) and systems that
fail2ban also tests are left out, so that the set adds new formats and owes nothing to an
off-limits source.

Selection (fixed before labelling): per system, the distinct non-blank lines of its test logs in
path and file order; with more than ``MOST`` lines, ``MOST`` evenly spaced ones. Each system goes
wholly to one part: the held-out part holds the systems whose SHA-256 of the name starts with a
hex digit below 5 (about a third); they are measured only once, at the end.

Labels: the generic rules of ``_real._label`` (IPs incl. loopback, not versions; MACs; e-mails;
user-agent fields), then the format rules of ``_label4`` below, then the record-by-record review
(``_NOT_PII``, ``_EXTRA``, ``_IGNORE``). Both files were committed, labelled, before privkit ran
on either.

Run once, with local git directories of the two repositories:

    python -m benchmarks.corpus._logs4 --hub DIR --mtail DIR
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import _jsonl
from benchmarks.corpus._git import git_dir_arguments, git_files, git_show
from benchmarks.corpus._real import _label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

ROOT = Path(__file__).resolve().parents[2]
DEV_OUT = ROOT / "benchmarks" / "data" / "real_logs4_dev.jsonl"
HOLD_OUT = ROOT / "benchmarks" / "data" / "real_logs4_holdout.jsonl"

#: repository -> (commit, licence)
SOURCES: dict[str, tuple[str, str]] = {
    "crowdsecurity/hub": ("b03cb59b2131ebfc5300f5f14828e29967efd1a5", "MIT"),
    "google/mtail": ("4c7e0e1174ac1ead032efe28d86428bbbe0ae145", "Apache-2.0"),
}
#: Most records per system.
MOST = 25

#: CrowdSec hub: system -> test directories under ``.tests/`` (every ``*.log`` in them).
HUB_SYSTEMS: dict[str, tuple[str, ...]] = {
    "adguardhome": ("adguardhome-bf", "adguardhome-logs"),
    "amavis": ("amavis-blocked", "amavis-logs"),
    "apereo_cas": ("apereo-cas-audit-logs", "apereo-cas-bf", "apereo-cas-slow-bf"),
    "audiobookshelf": ("audiobookshelf-bf", "audiobookshelf-logs"),
    "auditd": (
        "auditd-base64-exec", "auditd-logs", "auditd-postexploit-exec-from-net",
        "auditd-postexploit-rm", "auditd-suid-crash",
    ),
    "authelia": ("authelia-bf", "authelia-logs"),
    "authentik": ("authentik-bf", "authentik-logs"),
    "aws_cloudtrail": ("aws-bf", "aws-cloudtrail", "aws-cloudtrail-postexploit", "aws-nwo-login"),
    "baikal": ("baikal-bf", "baikal-logs"),
    "baserow": ("baserow-logs",),
    "bookstack": ("bookstack-bf", "bookstack-logs"),
    "bunkerweb": ("bunkerweb-bad-user-agent", "bunkerweb-logs"),
    "calibre_web": ("calibre-web-bf", "calibre-web-logs"),
    "cef_unifi": ("cef-logs", "unifi-cef"),
    "strongswan_charon": ("charon-ipsec-bf", "charon-ipsec-logs", "charon-ipsec-slow-bf"),
    "configserver_lfd": ("configserver-lfd-logs",),
    "couchdb": ("couchdb-logs",),
    "cowrie": ("cowrie-logs", "cowrie_telnet-bf"),
    "container_runtime": ("cri-logs", "docker-logs"),
    "dockge": ("dockge-bf", "dockge-logs"),
    "emby": ("emby-bf", "emby-logs"),
    "endlessh": ("endlessh-logs", "endlessh-syslogs"),
    "envoy": ("envoy-logs",),
    "exchange": (
        "exchange-imap-bf", "exchange-imap-logs", "exchange-pop-bf", "exchange-pop-logs",
        "exchange-smtp-bf", "exchange-smtp-logs",
    ),
    "fastly": ("fastly-logs",),
    "filebrowser": ("filebrowser-logs",),
    "fireflyiii": ("fireflyiii-bf", "fireflyiii-logs"),
    "fortinet_vpn": ("fortinet-vpn-bf",),
    "gitea": ("gitea-bf", "gitea-logs"),
    "gotify": ("gotify-bf", "gotify-logs"),
    "harbor": ("harbor-bf", "harbor-logs"),
    "hestiacp": ("hestiacp-bf", "hestiacp-logs"),
    "home_assistant": ("home-assistant",),
    "iis_xml": ("iis-xml-logs",),
    "immich": ("immich-bf", "immich-logs"),
    "iptables": ("iptables-logs", "iptables-scan-multi-port", "proxmox-iptables-logs"),
    "jellyfin": ("jellyfin-bf", "jellyfin-logs", "jellyfin-syslog-bf", "jellyfin-syslog-logs"),
    "jellyseerr": ("jellyseerr-bf", "jellyseerr-logs"),
    "joplin_server": ("joplin-server-bf", "joplin-server-logs"),
    "k8s_audit": ("k8s-audit-pod-exec-file", "k8s-audit-priv-pod-file"),
    "kasm": ("kasm", "kasm-bruteforce"),
    "keycloak": ("keycloak-bf", "keycloak-logs", "keycloak-slow-bf"),
    "laurel": ("laurel-base64-exec", "laurel-logs", "laurel-suid-crash"),
    "lemonldap_ng": ("lemonldap-ng-bf", "lemonldap-ng-logs"),
    "litellm": ("litellm-logs",),
    "litespeed": ("litespeed-admin-bf", "litespeed-logs"),
    "magento_extension": ("magento-extension-logs",),
    "mailcow": ("mailcow-f2b-bans", "mailcow-f2b-feed"),
    "mailscanner": ("mailscanner-blacklisted", "mailscanner-highscore-spam", "mailscanner-logs"),
    "mailu": ("mailu-admin-bf", "mailu-admin-logs"),
    "mealie": ("mealie-bf", "mealie-logs"),
    "meshcentral": ("meshcentral-bf", "meshcentral-logs"),
    "miniflux": ("miniflux-bf", "miniflux-logs"),
    "navidrome": ("navidrome-bf", "navidrome-logs"),
    "ntfy": ("ntfy-bf", "ntfy-logs"),
    "odoo": ("odoo-bf_user-enum", "odoo-logs"),
    "ombi": ("ombi-bf", "ombi-logs"),
    "openappsec": ("openappsec",),
    "opensearch_dashboards": ("opensearch-dashboard-bf", "opensearch-dashboard-logs"),
    "opnsense": ("opnsense-gui-auth", "opnsense-sshd"),
    "overseerr": ("overseerr-bf", "overseerr-logs"),
    "palo_alto": ("palo-alto-threat",),
    "paperless_ngx": ("paperless-ngx-bf", "paperless-ngx-logs"),
    "pf_filterlog": ("pf-logs", "pf-scan-multi-port", "pfsense-rfc5424-filterlog"),
    "pfsense_gui": ("pfsense-gui-auth", "pfsense-rfc5424-nginx"),
    "arr_apps": (
        "prowlarr-bf", "prowlarr-logs", "prowlarr-nonsyslog-logs", "radarr-bf", "radarr-logs",
        "radarr-nonsyslog-logs", "sonarr-bf", "sonarr-logs", "sonarr-nonsyslog-logs",
    ),
    "pterodactyl_wings": ("pterodactyl-wings", "pterodactyl-wings-bf"),
    "qbittorrent": ("qbittorrent-bf", "qbittorrent-logs"),
    "redmine": ("redmine-bf", "redmine-logs"),
    "sabnzbd": ("sabnzbd-bf", "sabnzbd-logs"),
    "kernel_segfault": ("segfault-logs",),
    "sftpgo": ("sftpgo-bf", "sftpgo-logs"),
    "samba_auth": ("smb-bf", "smb-logs"),
    "sshesame": ("sshesame",),
    "stirling_pdf": ("stirling-pdf-bf", "stirling-pdf-logs"),
    "supabase": ("supabase-docker-pgsql-logs", "supavisor-logs"),
    "suricata": ("suricata-eve-detect", "suricata-logs-evelog", "suricata-logs-fastlog"),
    "sympa": ("sympa_ww-logs",),
    "synology_dsm": ("synology-dsm-bf", "synology-dsm-logs"),
    "tcpdump": ("tcpdump-logs",),
    "technitium": ("technitium-bf", "technitium-logs"),
    "teleport": ("teleport-bf", "teleport-logs"),
    "thehive": ("thehive-bf", "thehive-logs"),
    "unifi": ("unifi-logs",),
    "uptime_kuma": ("uptime-kuma-bf", "uptime-kuma-logs"),
    "vaultwarden": ("vaultwarden-bf", "vaultwarden-logs"),
    "windows_events": ("windows-bf", "windows-logs"),
    "wireguard": ("wireguard-auth", "wireguard-logs"),
    "zoraxy": ("zoraxy-http-logs",),
}  # fmt: skip
#: mtail test data: file under ``internal/mtail/testdata/`` -> system.
MTAIL_FILES: dict[str, str] = {
    "lighttpd_access.log": "lighttpd",
    "vsftpd_log": "vsftpd",
    "vsftpd_xferlog": "vsftpd_xferlog",
    "rsyncd.log": "rsyncd",
    "ntp4": "ntpd",
    "sftp_chroot.log": "sftp_sshd",
}


def _select(lines: list[str], most: int = MOST) -> list[str]:
    """Distinct non-blank lines in order; ``most`` evenly spaced ones when there are more."""
    seen: set[str] = set()
    uniq = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if line.strip() and line not in seen:
            seen.add(line)
            uniq.append(line)
    if len(uniq) <= most:
        return uniq
    return [uniq[round(i * (len(uniq) - 1) / (most - 1))] for i in range(most)]


def is_holdout(system: str) -> bool:
    """The split, fixed before labelling: about a third of the systems, by name hash."""
    return hashlib.sha256(system.encode()).hexdigest()[0] in "01234"


# --------------------------------------------------------------------------- labelling

# User-agent fields the generic rules do not know (keys and positions of these formats).
_UA_RULES = (
    # JSON keys ending in user-agent (``http_user_agent``, ``request_user_agent``, ...)
    re.compile(r'(?i)"[\w.\-]*user[_\-]?agent"\s*:\s*"((?:[^"\\]|\\.)+)"'),
    # key=value and ``user agent="..."`` (Harbor)
    re.compile(r'(?i)\b(?:user[_ ]?agent|useragent)="((?:[^"\\]|\\.)+)"'),
    # ``[useragent: ...]`` (Zoraxy)
    re.compile(r"\[useragent: ([^\]]+)\]"),
    # Windows event XML ``<Data Name="csUser-Agent">``
    re.compile(r'(?i)<Data Name="[\w\-]*user-?agent">([^<]+)</Data>'),
    # common/combined log format with extra numeric fields (lighttpd)
    re.compile(r'"[A-Z]{3,9} [^"]* HTTP/[0-9.]+" [0-9\-]{1,3}(?: [0-9\-]+)+ "[^"]*" "([^"]*)"'),
    # the same with escaped quotes inside a JSON string (Docker json-file)
    re.compile(
        r'\\"[A-Z]{3,9} [^"\\]* HTTP/[0-9.]+\\" [0-9\-]{1,3}(?: [0-9\-]+)+ \\"[^"\\]*\\" '
        r'\\"([^"\\]*)\\"'
    ),
    # Envoy's default access-log format: ... "%X-FORWARDED-FOR%" "%USER-AGENT%" "%REQUEST-ID%"
    re.compile(r'" \d{3} \S+ \d+ \d+ \d+ \S+ "[^"]*" "([^"]*)" "'),
)
#: system -> rule for a user agent at a fixed place of that system's messages
_UA_SYSTEM = {
    "sabnzbd": re.compile(r"\[([^\[\]]+)\]\s*$"),  # ``... from <ip> [<agent>]``
    "home_assistant": re.compile(r"\. \((.+)\)\s*$"),  # ``... (<ip>). (<agent>)``
}
# tcpdump prints ``<ipv4>.<port>``
_TCPDUMP_ADDR = re.compile(r"(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})\.\d{1,5}(?= >|:)")
# a dotted quad right after a product token (``Chrome/126.0.0.0``) is a version
_PRODUCT_SLASH = re.compile(r"[A-Za-z]/\Z")
_ZERO_MAC = re.compile(r"(?:00[:\-]){5}00")
_GEO_CITY = re.compile(r'"geo_city":\s*"([^"]+)"')
_GEO_COUNTRY = re.compile(r'"geo_country":\s*"([^"]+)"')


def _label4(text: str, system: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    gold, ignored = _label(text, system)
    gold = [
        g
        for g in gold
        if not (
            g["entity"] == "IP_ADDRESS"
            and _PRODUCT_SLASH.search(text, max(0, int(g["start"]) - 2), int(g["start"]))  # type: ignore[call-overload]
            and text[int(g["end"]) : int(g["end"]) + 1] != "."  # type: ignore[call-overload]
        )
        and not (g["entity"] == "MAC_ADDRESS" and _ZERO_MAC.fullmatch(text[g["start"] : g["end"]]))  # type: ignore[misc]
    ]
    for g in gold:  # an IPv4-mapped IPv6 address is one address: ``::ffff:`` belongs to it
        at = int(g["start"])  # type: ignore[call-overload]
        if g["entity"] == "IP_ADDRESS" and text[max(0, at - 7) : at].lower() == "::ffff:":
            g["start"] = at - 7
    extra: list[tuple[int, int, str]] = []
    rules = list(_UA_RULES)
    if system in _UA_SYSTEM:
        rules.append(_UA_SYSTEM[system])
    for rx in rules:
        extra += [
            (m.start(1), m.end(1), "USER_AGENT")
            for m in rx.finditer(text)
            if m.group(1).strip() not in ("-", "")
        ]
    if system == "tcpdump":
        extra += [(m.start(1), m.end(1), "IP_ADDRESS") for m in _TCPDUMP_ADDR.finditer(text)]
    extra += [(m.start(1), m.end(1), "LOCATION") for m in _GEO_CITY.finditer(text)]
    for s, e, ent in extra:
        gold = [g for g in gold if not (s <= g["start"] and g["end"] <= e)]  # type: ignore[operator]
        if not any(g["start"] < e and s < g["end"] for g in gold):  # type: ignore[operator]
            gold.append({"start": s, "end": e, "entity": ent})
    ignored += [
        {"start": m.start(1), "end": m.end(1), "label": "LOCATION"}
        for m in _GEO_COUNTRY.finditer(text)
    ]
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored


# Review corrections: (system, exact substring) dropped; system -> [(substring, entity)] added;
# system -> [(substring, label)] ignored (personal, but privkit has no type for it).
_NOT_PII: set[tuple[str, str]] = {
    # the message id argument of a mailing-list archive search, not an address
    ("sympa", "ea-mime-65644089-5f53-529258e0@www.gmail.com"),
}
_EXTRA: dict[str, list[tuple[str, str]]] = {
    # ``App: fe80::1: 35 B``: the address is followed by the message's own colon
    "joplin_server": [("fe80::1", "IP_ADDRESS")],
    # FTP's passive-mode reply writes the server address with commas: (h1,h2,h3,h4,p1,p2)
    "vsftpd": [("192,0,2,208", "IP_ADDRESS")],
}
#: system -> [(regular expression, label)]: the match (or its group 1) is ignored.
_IGNORE: dict[str, list[tuple[str, str]]] = {
    # user names that look like people's names (test data, but shaped like real ones)
    "lemonldap_ng": [(r"CamillaNazario7", "USERNAME"), (r"for (dani) ", "USERNAME")],
    "fortinet_vpn": [(r'user="(ithomas|andrew)"', "USERNAME")],
    "apereo_cas": [(r"john\.doe\d*", "USERNAME")],
    "sftpgo": [(r'\\"(bob)\\"', "USERNAME"), (r'"username":"(bob)"', "USERNAME")],
    "teleport": [(r'"user":"(Bekekrb)"', "USERNAME")],
    # a user's account id and the ids of an authentication session
    "keycloak": [
        (r"userId=([0-9a-f\-]{36})", "USER_ID"),
        (r"(?:code_id|authSessionParentId)=\"?([0-9a-f\-]{36})", "SESSION_ID"),
    ],
    # a web session id; a message id (an archive search's argument)
    "sympa": [
        (r"\[session (\d+)\]", "SESSION_ID"),
        (r"do_arcsearch_id\([^,]+, [^,]+, ([^)]+)\)", "MESSAGE_ID"),
    ],
}


def _apply_review(rec: dict[str, object]) -> None:
    text, src = str(rec["text"]), str(rec["source"])
    spans = [s for s in rec["spans"] if (src, text[s["start"] : s["end"]]) not in _NOT_PII]  # type: ignore[attr-defined]
    for value, ent in _EXTRA.get(src, ()):
        for m in re.finditer(re.escape(value), text):
            spans = [s for s in spans if not (m.start() <= s["start"] and s["end"] <= m.end())]
            if not any(s["start"] < m.end() and m.start() < s["end"] for s in spans):
                spans.append({"start": m.start(), "end": m.end(), "entity": ent})
    rec["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for pattern, label in _IGNORE.get(src, ()):
        for m in re.finditer(pattern, text):
            g = 1 if m.re.groups else 0
            rec["ignored"].append({"start": m.start(g), "end": m.end(g), "label": label})  # type: ignore[attr-defined]


def build(hub: Path, mtail: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    raw: list[tuple[str, list[str]]] = []
    commit = {k: v[0] for k, v in SOURCES.items()}
    for system, dirs in HUB_SYSTEMS.items():
        lines: list[str] = []
        for d in dirs:
            for path in git_files(hub, commit["crowdsecurity/hub"], f".tests/{d}/", ".log"):
                lines += git_show(hub, commit["crowdsecurity/hub"], path).splitlines()
        raw.append((system, _select(lines)))
    for name, system in MTAIL_FILES.items():
        text = git_show(mtail, commit["google/mtail"], f"internal/mtail/testdata/{name}")
        raw.append((system, _select(text.splitlines())))
    return split_records(sorted(raw), "l4", _label4, review=_apply_review)


def split_records(
    selected: Iterable[tuple[str, list[str]]],
    prefix: str,
    label: Callable[[str, str], tuple[list[dict[str, object]], list[dict[str, object]]]],
    *,
    review: Callable[[dict[str, object]], None] | None = None,
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The records of each system's selected lines, labelled, in the (dev, held-out) parts.

    The log builders' common step: each line cut at 4,000 characters, labelled by ``label``,
    its id ``<prefix>-<system>-<n>``, corrected by ``review`` when given, and put in the part
    :func:`is_holdout` gives its system.
    """
    dev: list[dict[str, object]] = []
    hold: list[dict[str, object]] = []
    for system, lines in selected:
        for i, full in enumerate(lines):
            text = full[:4000]
            gold, ignored = label(text, system)
            rec: dict[str, object] = {
                "id": f"{prefix}-{system}-{i:03d}", "kind": "log", "source": system,
                "text": text, "spans": gold, "ignored": ignored,
            }  # fmt: skip
            if review is not None:
                review(rec)
            (hold if is_holdout(system) else dev).append(rec)
    return dev, hold


def write_parts(parts: Iterable[tuple[Path, list[dict[str, object]]]]) -> None:
    """Write each part's records as JSON lines and print what it holds (the log builders')."""
    for path, recs in parts:
        _jsonl.write(path, recs)
        n_sys = len({r["source"] for r in recs})
        print(
            f"{path.name}: {len(recs)} records, {n_sys} systems, "
            f"{sum(len(r['spans']) for r in recs)} spans"  # type: ignore[arg-type]
        )


def main_dirs(
    doc: str,
    repositories: dict[str, str],
    build: Callable[..., tuple[list[dict[str, object]], list[dict[str, object]]]],
    outputs: tuple[Path, Path],
) -> None:
    """An older log builder's command line: build, write both parts.

    ``repositories`` maps each flag (``--FLAG GIT_DIR``) to its repository, in the order of
    ``build``'s arguments.
    """
    dev, hold = build(*git_dir_arguments(doc, repositories))
    write_parts(zip(outputs, (dev, hold), strict=True))


def main() -> None:
    main_dirs(
        __doc__ or "",
        {"hub": "crowdsecurity/hub", "mtail": "google/mtail"},
        build,
        (DEV_OUT, HOLD_OUT),
    )


if __name__ == "__main__":
    main()
