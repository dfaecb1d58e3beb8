"""Detection on real log text: privkit vs Presidio, per log system, same spaCy model.

Run with ``python -m benchmarks.bench_detect_real [--holdout] [--holdout3] [--failures]
[--write-docs]``, ``--logs4-dev`` / ``--logs4-holdout`` for only the fourth set's parts
(``benchmarks/corpus/_logs4.py``; the development part lists privkit's errors),
``--logs5-dev`` / ``--logs5-holdout`` for the fifth log set's (``_logs5.py``; likewise),
``--logs6-dev`` / ``--logs6-holdout`` for the sixth log set's (``_logs6.py``; likewise),
``--logs7-dev`` / ``--logs7-holdout`` for the seventh log set's (``_logs7.py``; likewise),
``--logs8-dev`` / ``--logs8-holdout`` for the eighth log set's (``_logs8.py``; likewise),
``--logs9-dev`` / ``--logs9-holdout`` for the ninth log set's (``_logs9.py``, rendered Windows
event text; likewise), ``--logs10-dev`` / ``--logs10-holdout`` for the tenth log set's
(``_logs10.py``, Cribl packs' sample events; likewise), ``--logs11-dev`` / ``--logs11-holdout``
for the eleventh log set's (``_logs11.py``, Grafana Loki's pattern-mining test logs; likewise),
``--logs12-dev`` / ``--logs12-holdout`` for the twelfth log set's (``_logs12.py``, Splunk Connect
for Syslog's device test events; likewise), ``--logs13-dev`` / ``--logs13-holdout`` for the
thirteenth log set's (``_logs13.py``, plaso's, pgbadger's and mtools' test logs; likewise),
``--logs14-dev`` / ``--logs14-holdout`` for the fourteenth log set's (``_logs14.py``, OpenStack
CI, kernel crash consoles, HPC schedulers' and Hadoop-stack test logs; likewise;
``--pattern-only`` adds privkit without its NER model),
``--logs15-dev`` / ``--logs15-holdout`` for the fifteenth log set's (``_logs15.py``, sshguard's,
Red Hat Insights' and satyr's test logs; likewise; ``--pattern-only`` adds privkit without its
NER model),
``--logs16-dev`` / ``--logs16-holdout`` for the sixteenth log set's (``_logs16.py``, network and
security appliances' sample events of parser libraries' tests; likewise;
``--pattern-only`` adds privkit without its NER model),
``--logs18-dev`` / ``--logs18-holdout`` for the eighteenth log set's (``_logs18.py``, Datadog
integrations' log-pipeline samples of cluster, data and middleware systems; likewise),
``--logs19-dev`` / ``--logs19-holdout`` for the nineteenth log set's (``_logs19.py``, device and
desktop logs: Android logcat, kernel and batterystats lines, Apple crash reports, macOS
unified-log messages, a DISM log; likewise),
``--logs20-dev`` / ``--logs20-holdout`` for the twentieth log set's (``_logs20.py``, JVM and
distributed systems' logs: OpenStack Nova and Neutron, Cassandra and DSE, ZooKeeper, HDFS
audit, Kafka, Spark; likewise),
``--logs21-dev`` / ``--logs21-holdout`` for the twenty-first log set's (``_logs21.py``, macOS
update logs, Windows SetupAPI and WPP trace lines of the driver documentation, an Ubuntu
desktop's crash report; likewise),
``--logs22-dev`` / ``--logs22-holdout`` for the twenty-second log set's (``_logs22.py``, data,
storage and cluster systems' logs: the Ops Agent's HBase, Flink, Hadoop, Kafka, Elasticsearch,
MySQL and PostgreSQL test inputs, hotsos' Ceph, journalctl, Juju and Sunbeam pod logs; likewise),
``--logs27-dev`` / ``--logs27-holdout`` for the twenty-seventh log set's (``_logs27.py``, security
appliances' events of Elastic's integration tests: Cisco ASA, FTD and ISE, FortiProxy, Juniper
SRX, PAN-OS, SonicWall, Sophos, WatchGuard, Citrix and F5 WAFs; likewise),
``--logs28-dev`` / ``--logs28-holdout`` for the twenty-eighth log set's (``_logs28.py``, security
and network products' sample logs in Microsoft Sentinel's repository: CEF of ForgeRock, Votiro and
WithSecure, Exabeam, Digital Guardian, Ivanti UEM and Symantec VIP syslog, VMware SASE's web
gateway, SD-WAN firewall and orchestrator audit events; likewise),
``--logs29-dev`` / ``--logs29-holdout`` for the twenty-ninth log set's (``_logs29.py``, network
gear's command output in ntc-templates' tests: ARP, MAC and DHCP tables, interfaces, neighbours,
versions and log buffers of Alcatel-Lucent, Allied Telesis, Aruba, Avaya, Ericsson, Extreme, HPE
ProCurve, Ruckus, VyOS and ZTE gear; likewise),
``--logs30-dev`` / ``--logs30-holdout`` for the thirtieth log set's (``_logs30.py``, network
appliances' command-line output and configuration text in the Ansible community.network
collection's tests: AireOS, CNOS, ENOS, IPOS, EdgeOS, EdgeSwitch, ICX, IronWare, VOSS and WeOS
gear; likewise),
``--logs31-dev`` / ``--logs31-holdout`` for the thirty-first log set's (``_logs31.py``, network
OSes' configuration text and command output in seven Ansible platform collections' tests: Cisco
ASA, IOS XR and NX-OS, Juniper Junos and VyOS in the development part; likewise),
``--logs32-dev`` / ``--logs32-holdout`` for the thirty-second log set's (``_logs32.py``, build and
CI console output of compilers, build tools and linters in the Jenkins warnings parsers' tests;
likewise),
``--logs33-dev`` / ``--logs33-holdout`` for the thirty-third log set's (``_logs33.py``, linters',
compilers' and build tools' console output in ``reviewdog/errorformat``'s format tests; likewise),
``--logs34-dev`` / ``--logs34-holdout`` for the thirty-fourth log set's (``_logs34.py``, network and
security devices' syslog lines that the Prelude SIEM's log analyser rules keep as their samples:
firewalls, load balancers, VPNs, IDS, honeypots, a WAF, RADIUS, PPP and wireless; likewise),
``--logs35-dev`` / ``--logs35-holdout`` for the thirty-fifth log set's (``_logs35.py``, the Postfix
mail server's daemons' log lines that ``whyscream/postfix-grok-patterns`` keeps as its test
inputs; likewise),
``--logs36-dev`` / ``--logs36-holdout`` for the thirty-sixth log set's (``_logs36.py``, some two
hundred linters', compilers' and build tools' console output in ``dense-analysis/ale``'s handler
tests; likewise),
``--logs37-dev`` / ``--logs37-holdout`` for the thirty-seventh log set's (``_logs37.py``, the Exim
mail server's main log lines that its test suite keeps as expected output; likewise),
``--logs38-dev`` / ``--logs38-holdout`` for the thirty-eighth log set's (``_logs38.py``, a Palo
Alto Networks firewall's syslog lines and CEF events of a WAF, an IDS and other appliances that
two parsers keep as their test inputs; likewise),
``--logs39-dev`` / ``--logs39-holdout`` for the thirty-ninth log set's (``_logs39.py``, network
security appliances' syslog lines that the Araqne log parsers' Java tests keep; likewise),
``--logs40-dev`` / ``--logs40-holdout`` for the fortieth log set's (``_logs40.py``, the sample
lines of Wallix's ``pylogsparser`` normalisers: proxies, URL filters, a WAF, firewalls,
anti-virus and mail filters, Exchange, Windows audit events and servers; likewise),
``--logs41-dev`` / ``--logs41-holdout`` for the forty-first log set's (``_logs41.py``, the
tab-separated logs Zeek's protocol analysers' tests keep as expected output; likewise),
``--logs42-dev`` / ``--logs42-holdout`` for the forty-second log set's (``_logs42.py``, the log
entries the OSSEC host IDS keeps to test its rules: Cisco IOS and its IDS, a DNS server, FTP
transfer logs, mail servers, a VPN concentrator, a proxy, IIS and others; likewise),
``--logs43-dev`` / ``--logs43-holdout`` for the forty-third log set's (``_logs43.py``, the sample
lines in the comments of the Wazuh host IDS's decoders: Squid, BIND, unbound, Snort, FireEye,
FTP servers, firewalls, VPNs, mail and web servers and others; likewise),
``--logs44-dev`` / ``--logs44-holdout`` for the forty-fourth log set's (``_logs44.py``, the
``Received:`` trace headers SpamAssassin's relay-parser and trust-path tests keep; likewise),
``--logs45-dev`` / ``--logs45-holdout`` for the forty-fifth log set's (``_logs45.py``, the
F5 BIG-IP event and syslog lines F5 Telemetry Streaming's tests and examples keep: LTM, ASM, AFM,
APM, AVR and CGNAT events; likewise),
``--logs46-dev`` / ``--logs46-holdout`` for the forty-sixth log set's (``_logs46.py``, the
preformatted blocks of the ProFTPD FTP server's own documentation: its log lines and the
configuration that names hosts and addresses; likewise),
``--logs47-dev`` / ``--logs47-holdout`` for the forty-seventh log set's (``_logs47.py``, the
packet lines tcpdump's tests keep as the expected output of real captures: endpoints written
``<address>.<port>``, link-layer addresses, routing, DHCP, DNS and tunnel protocols' fields;
likewise),

``--logs49-dev`` / ``--logs49-holdout`` for the forty-ninth log set's (``_logs49.py``, the
golden files of expected command output the Docker CLI and Helm keep for their tests:
``docker info``/``version``/``ps``/``image``/``node``/``stack`` and ``helm list``/``install``/
``template`` output; likewise),
``--logs51-dev`` / ``--logs51-holdout`` for the fifty-first log set's (``_logs51.py``, the
snapshot files of expected command output the npm command-line client keeps for its tests:
``npm install``/``audit``/``outdated``/``ls``/``view``/``doctor`` output, error messages and
debug-log lines; likewise),

``--logs52-dev`` / ``--logs52-holdout`` for the fifty-second log set's (``_logs52.py``, the
MySQL sample files Percona Toolkit keeps for its tests: general query logs, ``mysqlbinlog``
dumps, ``tcpdump -x`` captures of MySQL traffic, InnoDB status and processlist samples; likewise),

``--logs53-dev`` / ``--logs53-holdout`` for the fifty-third log set's (``_logs53.py``, the
literal blocks of five VoIP projects' documentation: Kamailio's and OpenSIPS's module pages,
rtpengine's, coturn's and SIPp's manuals: routing scripts with SIP URIs, SIP traces, servers'
log lines and management commands' output; likewise),
``--logs54-dev`` / ``--logs54-holdout`` for the fifty-fourth log set's (``_logs54.py``, the
literal blocks of ISC Kea's DHCP server documentation and its example configuration files:
subnets, pools, host reservations by MAC address, client id and DUID, control-channel answers,
lease files and the servers' log lines; likewise),
``--logs55-dev`` / ``--logs55-holdout`` for the fifty-fifth log set's (``_logs55.py``,
link-layer tools' documented output: BlueZ's ``btmon`` dumps and tool sessions, arp-scan's
expected outputs and examples, lldpd's expected ``lldpcli`` outputs and examples: Bluetooth
device addresses, MAC addresses beside IP addresses, LLDP neighbours; likewise),
``--logs56-dev`` / ``--logs56-holdout`` for the fifty-sixth log set's (``_logs56.py``, Wi-Fi
and network-configuration daemons' documented text: hostap's (hostapd, wpa_supplicant)
documentation and example configuration files, NetworkManager's manual pages' literal blocks,
expected ``nmcli`` outputs and test keyfiles: BSSIDs, stations, peers, addresses; likewise),
``--logs57-dev`` / ``--logs57-holdout`` for the fifty-seventh log set's (``_logs57.py``,
netfilter firewall logs and a firewall's documentation: the iptables ``LOG`` lines psad's test
suite replays (``MAC=`` link-layer headers, source and destination addresses) and the literal
blocks of Shorewall's documentation (rule and interface files, ``shorewall show`` output, the
log lines its FAQ explains); likewise),
``--logs58-dev`` / ``--logs58-holdout`` for the fifty-eighth log set's (``_logs58.py``, the
literal blocks of Open vSwitch's and OVN's documentation: OpenFlow and datapath flows, ``ofproto``
and ``ovn-trace`` output, MAC learning tables, ``ovn-nbctl show`` and the tutorials' sessions:
MAC and IP addresses of ports, routers and tunnels; likewise),
``--logs59-dev`` / ``--logs59-holdout`` for the fifty-ninth log set's (``_logs59.py``, the
literal blocks of FRRouting's documentation: ``vtysh`` sessions, ``show`` output, routers'
configuration, debug lines; and keepalived's sample configurations and notes: real and virtual
servers' addresses, notification e-mail addresses; likewise),

``--logs50-dev`` / ``--logs50-holdout`` for the fiftieth log set's (``_logs50.py``, the test
fixtures minikube keeps under its ``testdata/`` folders: rendered kubeadm and kubelet
configuration per Kubernetes version, machine and profile records, kubeconfig, manifests;
likewise),

``--logs48-dev`` / ``--logs48-holdout`` for the forty-eighth log set's (``_logs48.py``, the
literal blocks of four DNS servers' own documentation, BIND 9, PowerDNS, Knot DNS and Unbound:
their log lines, tools' output, zone files and the configuration that names addresses; likewise),
``--logs17-dev`` / ``--logs17-holdout`` for the seventeenth log set's (``_logs17.py``, Elastic
Filebeat modules' test logs of services, databases and systems; likewise), or ``--noisy-real dev|held_out|both``
to score only the real noisy-text corpus (``benchmarks/data/noisy_comments.jsonl``, user
comments; dev also lists privkit's errors), or ``--noisy2 dev|held_out|both`` for the second one
(``benchmarks/data/noisy_comments2.jsonl``, drinks-site comments rich in places), or
``--chat dev|held_out|both`` for the real chat lines (``benchmarks/data/chat_dev.jsonl``,
``chat_holdout.jsonl``: IRC meeting logs, speakers' nicks), or ``--tweets dev|held_out|both``
for the real tweets (``benchmarks/data/tweets_dev.jsonl``, ``tweets_holdout.jsonl``: the
Broad Twitter Corpus, its annotators' labels), or ``--youtube dev|held_out|both`` for the real
YouTube comments (``benchmarks/data/noisy_comments3_dev.jsonl``, ``noisy_comments3_holdout.jsonl``:
five music videos' comments, hand labels), or ``--tweets2 dev|held_out|both`` for the second
real tweets set (``benchmarks/data/tweets2_dev.jsonl``, ``tweets2_holdout.jsonl``: the Broad
Twitter Corpus's sections A, B and E, its annotators' labels), or ``--web dev|held_out|both``
for the web sentences (``benchmarks/data/web_dev.jsonl``, ``web_holdout.jsonl``: English Web
Treebank e-mails, newsgroup posts, answers and reviews, Universal NER's labels), or
``--tweebank dev|held_out|both`` for the third real tweets set (``benchmarks/data/tweebank_dev.jsonl``,
``tweebank_holdout.jsonl``: Tweebank-NER v1.0, its annotators' labels; not committed, as the
tweets' licence is non-commercial: build them first with ``benchmarks/corpus/_tweebank.py``), or
``--gum dev|held_out|both`` for the GUM interview and courtroom sentences
(``benchmarks/data/gum_dev.jsonl``, ``gum_holdout.jsonl``: the corpus's person and place labels),
or ``--gum-local dev|held_out|both`` for GUM's conversations, vlogs, podcasts, speeches and
wikiHow guides (``gum_local_*.jsonl``: not committed, built by ``benchmarks/corpus/_gum.py``), or
``--cookies-dev`` to score only the real cookie values of
``benchmarks/data/cookies_dev.jsonl`` (COOKIE_ID, with privkit's errors listed), or
``--http4-dev`` / ``--http4-holdout`` to score only the fourth set (recorded HTTP traffic,
``benchmarks/corpus/_http4.py``; the development part lists privkit's errors), or
``--http5-dev`` / ``--http5-holdout`` for the fifth set (more recorded HTTP traffic,
``benchmarks/corpus/_http5.py``; likewise), or ``--http6-dev`` / ``--http6-holdout`` for the
sixth set (traffic of many sites split by site, ``benchmarks/corpus/_http6.py``; likewise), or
``--http7-dev`` / ``--http7-holdout`` for the seventh (split by page load and by site,
``benchmarks/corpus/_http7.py``; likewise), or ``--http8-dev`` / ``--http8-holdout`` for the eighth
(cookies of a consent crawl of many sites and ua-parser's agents, ``benchmarks/corpus/_http8.py``;
the development part holds agents only), or ``--http9-dev`` / ``--http9-holdout`` for the ninth
(crawler agents seen in real logs and a research crawl's WARC headers,
``benchmarks/corpus/_http9.py``; the development part holds agents only), or ``--http10-dev`` /
``--http10-holdout`` for the tenth (API clients' recorded cassettes with real cookies and agents,
``benchmarks/corpus/_http10.py``; the development part lists privkit's errors), or
``--http11-dev`` / ``--http11-holdout`` for the eleventh (signed-in browser sessions' cookie jars
that scrapers replay, ``benchmarks/corpus/_http11.py``; likewise), or ``--http12-dev`` /
``--http12-holdout`` for the twelfth (signed-in clients' recorded cassettes,
``benchmarks/corpus/_http12.py``; likewise), or ``--http13-dev`` / ``--http13-holdout`` for the
thirteenth (cassettes of clients signed in to web services, ``benchmarks/corpus/_http13.py``;
likewise), or ``--http14-dev`` / ``--http14-holdout`` for the fourteenth (cassettes of API
clients signed in to SaaS services, ``benchmarks/corpus/_http14.py``; likewise), or
``--http15-dev`` / ``--http15-holdout`` for the fifteenth (cassettes of clients of many small
web services, ``benchmarks/corpus/_http15.py``; likewise), or ``--http16-dev`` /
``--http16-holdout`` for the sixteenth (cassettes of infrastructure managers' API clients,
``benchmarks/corpus/_http16.py``; likewise), or ``--http17-dev`` / ``--http17-holdout`` for the
seventeenth (cassettes of social, scraper, appliance and virtualisation clients,
``benchmarks/corpus/_http17.py``; likewise), or ``--http18-dev`` / ``--http18-holdout`` for the
eighteenth (cassettes of virtualisation, multi-cloud and infrastructure API clients,
``benchmarks/corpus/_http18.py``; likewise), or ``--http19-dev`` / ``--http19-holdout`` for the
nineteenth (access-log lines of web servers and proxies, ``benchmarks/corpus/_http19.py``;
likewise), or ``--http20-dev`` / ``--http20-holdout`` for the twentieth (a music downloader's,
a subtitle fetcher's and a car API client's cassettes of consumer sites, split by site,
``benchmarks/corpus/_http20.py``; likewise), or ``--http21-dev`` / ``--http21-holdout`` for the
twenty-first (an embed library's cached responses of many sites and sample web archives,
split by site, ``benchmarks/corpus/_http21.py``; likewise), or ``--http22-dev`` /
``--http22-holdout`` for the twenty-second (HTTP headers in network analysers' packet captures,
split by capture, ``benchmarks/corpus/_http22.py``; likewise), and so on to ``--http26-dev`` /
``--http26-holdout`` for the twenty-sixth (a web-security course's header dumps of many sites
and a shipping client's cassettes, split by site, ``benchmarks/corpus/_http26.py``; likewise), or
``--http27-dev`` / ``--http27-holdout`` for the twenty-seventh (API clients' recorded traffic,
split by repository, ``benchmarks/corpus/_http27.py``; likewise), or ``--http29-dev`` /
``--http29-holdout`` for the twenty-ninth (Azure command-line and SDK test traffic and a Jira
task's, as JavaScript's ``nock`` recorder wrote it, split by service,
``benchmarks/corpus/_http29.py``; likewise), or ``--http32-dev`` / ``--http32-holdout`` for the
thirty-second (Ruby API clients' VCR cassettes, split by repository,
``benchmarks/corpus/_http32.py``; likewise), or ``--http33-dev`` / ``--http33-holdout`` for the
thirty-third (vcrpy, ExVCR, JSON and raw mock recordings of API clients, split by repository,
``benchmarks/corpus/_http33.py``; likewise), or ``--http34-dev`` / ``--http34-holdout`` for the
thirty-fourth (a web-forensics tool's HAR captures of news sites and their ad-tech partners,
split by site, ``benchmarks/corpus/_http34.py``; likewise), or ``--http35-dev`` /
``--http35-holdout`` for the thirty-fifth (HAR viewers' and analysers' captures of a tabloid with
its ad-tech partners and of search, blog and travel sites, split by site,
``benchmarks/corpus/_http35.py``; likewise), or ``--http36-dev`` / ``--http36-holdout`` for the
thirty-sixth (two earlier web-security courses' response-header dumps of many sites, split by
site, ``benchmarks/corpus/_http36.py``; likewise), or ``--http37-dev`` / ``--http37-holdout`` for
the thirty-seventh (browsing captures in a pcap-to-HAR converter's and a TCP flow reassembler's
tests, split by site, ``benchmarks/corpus/_http37.py``; likewise), or ``--http38-dev`` /
``--http38-holdout`` for the thirty-eighth (two web-log analysers' access-log test files,
Matomo's log importer and AWStats, split by format, ``benchmarks/corpus/_http38.py``; likewise),
or ``--http40-dev`` / ``--http40-holdout`` for the fortieth (HAR captures in load-testing and
HAR tools' tests and examples, split by site, ``benchmarks/corpus/_http40.py``; likewise), or
``--http41-dev`` / ``--http41-holdout`` for the forty-first (browser captures in a HAR viewer's,
a HAR replayer's, a scraper's and a HAR converter's tests, split by site,
``benchmarks/corpus/_http41.py``; likewise), or ``--http42-dev`` / ``--http42-holdout`` for the
forty-second (a price-comparison scraper's requests-cache records of chemical suppliers' shops,
split by site, ``benchmarks/corpus/_http42.py``; likewise).

The corpus is ``benchmarks/data/real_logs.jsonl`` (development part) and, with ``--holdout``,
``benchmarks/data/real_logs_holdout.jsonl`` as well, and with ``--holdout3`` the third set
(access logs and recorded HTTP traffic, ``benchmarks/data/real_logs_holdout3.jsonl``); see ``benchmarks/corpus/README.md`` for
its sources and labelling rules. Both tools run in one process through
:func:`benchmarks.bench_detect_accuracy.measure` (network blocked, same model, Presidio's
default recognizers). Scoring is overlap matching (``benchmarks/_eval.py``); over-redaction
counts every finding of any type on characters outside the labels.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks._eval import PRCounts, char_stats, load_corpus, micro, score
from benchmarks.bench_detect_accuracy import (
    MODEL,
    PRIVKIT_NAMES,
    NetworkGuard,
    _detector_revision,
    _mapped,
    failures,
    measure_raw,
    presidio_every,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from benchmarks._eval import Doc, Span

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "data" / "real_logs.jsonl"
HOLDOUT = ROOT / "benchmarks" / "data" / "real_logs_holdout.jsonl"
HOLDOUT3 = ROOT / "benchmarks" / "data" / "real_logs_holdout3.jsonl"
DATA = ROOT / "benchmarks" / "data"
#: The numbered HTTP and log sets by number: the word their titles use.
_ORDINALS = {
    4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh", 8: "Eighth", 9: "Ninth", 10: "Tenth",
    11: "Eleventh", 12: "Twelfth", 13: "Thirteenth", 14: "Fourteenth", 15: "Fifteenth",
    16: "Sixteenth", 17: "Seventeenth", 18: "Eighteenth", 19: "Nineteenth", 20: "Twentieth",
    21: "Twenty-first", 22: "Twenty-second", 23: "Twenty-third", 24: "Twenty-fourth",
    25: "Twenty-fifth", 26: "Twenty-sixth", 27: "Twenty-seventh", 28: "Twenty-eighth",
    29: "Twenty-ninth", 30: "Thirtieth", 31: "Thirty-first", 32: "Thirty-second",
    33: "Thirty-third", 34: "Thirty-fourth", 35: "Thirty-fifth", 36: "Thirty-sixth",
    37: "Thirty-seventh", 38: "Thirty-eighth", 39: "Thirty-ninth", 40: "Fortieth",
    41: "Forty-first", 42: "Forty-second", 43: "Forty-third", 44: "Forty-fourth",
    45: "Forty-fifth", 46: "Forty-sixth", 47: "Forty-seventh", 48: "Forty-eighth",
    49: "Forty-ninth", 50: "Fiftieth", 51: "Fifty-first", 52: "Fifty-second",
    53: "Fifty-third", 54: "Fifty-fourth", 55: "Fifty-fifth",
    56: "Fifty-sixth", 57: "Fifty-seventh", 58: "Fifty-eighth", 59: "Fifty-ninth",
}  # fmt: skip
# The numbered HTTP and log sets: the word their titles use, the development and held-out parts
# (a number has a row where its set's development part is there: the twenty-third is a log set).
HTTP_SETS = {
    n: (word, DATA / f"http{n}_dev.jsonl", DATA / f"http{n}_holdout.jsonl")
    for n, word in _ORDINALS.items()
    if (DATA / f"http{n}_dev.jsonl").exists()
}
LOG_SETS = {
    n: (word, DATA / f"real_logs{n}_dev.jsonl", DATA / f"real_logs{n}_holdout.jsonl")
    for n, word in _ORDINALS.items()
    if (DATA / f"real_logs{n}_dev.jsonl").exists()
}
DOCS = ROOT / "docs" / "benchmarks.md"
COMMAND = "python -m benchmarks.bench_detect_real"
NETWORK = ("IP_ADDRESS", "MAC_ADDRESS", "EMAIL_ADDRESS")
HTTP = ("USER_AGENT", "COOKIE_ID")
#: Systems whose records are HTTP access-log lines.
ACCESS_LOGS = frozenset(
    {"apache_access", "haproxy", "cloudflare", "caddy", "incapsula_w3c", "iis_w3c", "httpd",
     "aws", "squid", "uwsgi",
     # third set (benchmarks/corpus/_real3.py)
     "apache_combined", "apache_common", "s3_access", "sinatra", "elb_classic", "alb",
     "cloudfront_w3c",
     # fourth set (benchmarks/corpus/_logs4.py)
     "lighttpd", "bunkerweb", "zoraxy", "envoy", "container_runtime", "litespeed"}
)  # fmt: skip


def _access(system: str) -> bool:
    """Whether a system's records are HTTP access-log lines (the fourth set: ``access_*``)."""
    return system in ACCESS_LOGS or system.startswith("access_")


def _prf(c: PRCounts) -> str:
    p = f"{c.precision:.3f}" if c.pred else "–"
    r = f"{c.recall:.3f}" if c.gold else "–"
    return f"{p} / {r}"


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def part_report(title: str, docs: Sequence[Doc], preds: dict[str, list[list[Span]]]) -> list[str]:
    """Per-entity and per-system tables for one part of the corpus."""
    names = list(preds)
    out = [f"#### {title}", ""]
    n_spans = sum(len(d.spans) for d in docs)
    systems = sorted({d.source for d in docs})
    out.append(f"{len(docs)} records from {len(systems)} log systems, {n_spans} labelled spans.")
    out.append("")
    out.append("| entity | n | " + " | ".join(f"{n} P / R / F1" for n in names) + " |")
    out.append("| --- | ---: | " + " | ".join("---" for _ in names) + " |")
    scored = {n: score(docs, p, mode="overlap") for n, p in preds.items()}
    ents = sorted({e for s in scored.values() for e in s})
    for e in ents:
        gold = scored[names[0]].get(e, PRCounts()).gold
        cells = []
        for n in names:
            c = scored[n].get(e, PRCounts())
            if not c.gold:
                cells.append(f"{c.pred - c.pred_ok} FP" if c.pred else "—")
            else:
                cells.append(f"{_prf(c)} / {c.f1:.3f}")
        out.append(f"| {e} | {gold} | " + " | ".join(cells) + " |")
    chars = {n: char_stats(docs, p) for n, p in preds.items()}
    out.append(
        "| *leaked PII chars* | | " + " | ".join(_pct(chars[n].leaked_share) for n in names) + " |"
    )
    out.append(
        "| *over-redaction* | | " + " | ".join(_pct(chars[n].over_share) for n in names) + " |"
    )
    out.append("")
    out.append(
        "Per system (privkit): IP+MAC+e-mail P / R, user agent + cookie P / R, over-redaction "
        "of non-personal characters (privkit vs Presidio); † = HTTP access-log lines."
    )
    out.append("")
    extra = names[2:]  # e.g. privkit without its NER model (--pattern-only)
    out.append(
        "| system | records | IP/MAC/e-mail P / R | UA/cookie P / R | over-redaction privkit | over-redaction Presidio |"
        + "".join(f" over-redaction {n} |" for n in extra)
    )
    out.append("| --- | ---: | --- | --- | ---: | ---: |" + " ---: |" * len(extra))
    worst = 0.0
    for sysname in systems:
        idx = [i for i, d in enumerate(docs) if d.source == sysname]
        sd = [docs[i] for i in idx]
        row = []
        for n in names[:2]:
            sp = [preds[n][i] for i in idx]
            row.append((score(sd, sp, mode="overlap"), char_stats(sd, sp)))
        (pk_sc, pk_ch), (_, pr_ch) = row
        net, http = micro(pk_sc, NETWORK), micro(pk_sc, HTTP)
        worst = max(worst, pk_ch.over_share)
        mark = " †" if _access(sysname) else ""
        out.append(
            f"| {sysname}{mark} | {len(sd)} | {_prf(net) if net.pred or net.gold else '—'} | "
            f"{_prf(http) if http.pred or http.gold else '—'} | {_pct(pk_ch.over_share)} | "
            f"{_pct(pr_ch.over_share)} |"
            + "".join(
                f" {_pct(char_stats(sd, [preds[n][i] for i in idx]).over_share)} |" for n in extra
            )
        )
    acc = [i for i, d in enumerate(docs) if _access(d.source)]
    acc_docs = [docs[i] for i in acc]
    out.append("")
    out.append(
        f"Worst system over-redaction (privkit): {_pct(worst)}. HTTP access-log lines "
        f"({len(acc)} records): over-redaction "
        + ", ".join(
            f"{n} {_pct(char_stats(acc_docs, [preds[n][i] for i in acc]).over_share)}"
            for n in names
        )
        + "."
    )
    out.append(
        f"{names[0]}: IP/MAC/e-mail {_prf(micro(scored[names[0]], NETWORK))}, user agent/cookie "
        f"{_prf(micro(scored[names[0]], HTTP))} (overlap P / R)."
    )
    return out


def pattern_findings(docs: Sequence[Doc]) -> list[list[Span]]:
    """privkit's findings without its NER model: every default entity but the NER ones."""
    from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

    scanner = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
    raw = [
        [(f.start, f.end, f.entity_type.value, f.score) for f in found]
        for found in scanner.scan_many([d.text for d in docs])
    ]
    return [_mapped(r, PRIVKIT_NAMES, 0.0) for r in raw]


def log_errors(docs: Sequence[Doc], pred: list[list[Span]]) -> list[str]:
    """privkit's misses and findings on clean text of a log part, one line each (cut)."""
    out = []
    for d, p in zip(docs, pred, strict=True):
        out += [
            f"miss  {d.id} {g.entity} {d.text[g.start : g.end][:50]!r}"
            for g in d.spans
            if not any(g.overlaps(f) and g.entity == f.entity for f in p)
        ]
        out += [
            f"false {d.id} {f.entity} {d.text[f.start : f.end][:50]!r} "
            f"in {d.text[max(0, f.start - 30) : f.end + 20]!r}"
            for f in p
            if not any(g.overlaps(f) for g in (*d.spans, *d.ignored))
        ]
    return out


def lowercased_sentences() -> list[Doc]:
    """The generated corpus's sentences written in lower case (same spans): noisy-case stress."""
    from benchmarks._eval import Doc

    out = []
    for d in load_corpus(ROOT / "benchmarks" / "data" / "detect_corpus.jsonl"):
        low = d.text.lower()
        if d.kind == "sentence" and len(low) == len(d.text):
            out.append(Doc(d.id, d.kind, d.source, low, d.spans, d.ignored))
    return out


NOISY_COMMENTS = ROOT / "benchmarks" / "data" / "noisy_comments.jsonl"
NOISY_COMMENTS2 = ROOT / "benchmarks" / "data" / "noisy_comments2.jsonl"
CHAT = {  # real IRC chat lines, one file per part (benchmarks/corpus/_chat.py)
    "dev": ROOT / "benchmarks" / "data" / "chat_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "chat_holdout.jsonl",
}
YOUTUBE = {  # real YouTube comments, hand labels (benchmarks/corpus/_youtube.py)
    "dev": ROOT / "benchmarks" / "data" / "noisy_comments3_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "noisy_comments3_holdout.jsonl",
}
TWEETS2 = {  # real tweets, Broad Twitter Corpus sections A, B, E (benchmarks/corpus/_tweets2.py)
    "dev": ROOT / "benchmarks" / "data" / "tweets2_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "tweets2_holdout.jsonl",
}
WEB = {  # English Web Treebank e-mails, posts, answers, reviews (benchmarks/corpus/_ewt.py)
    "dev": ROOT / "benchmarks" / "data" / "web_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "web_holdout.jsonl",
}
TWEEBANK = {  # real tweets, Tweebank-NER v1.0's labels (benchmarks/corpus/_tweebank.py)
    "dev": ROOT / "benchmarks" / "data" / "tweebank_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "tweebank_holdout.jsonl",
}
GUM = {  # GUM interviews and court transcripts, its annotators' labels (benchmarks/corpus/_gum.py)
    "dev": ROOT / "benchmarks" / "data" / "gum_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "gum_holdout.jsonl",
}
GUM_LOCAL = {  # GUM conversations, vlogs, podcasts, speeches, wikiHow (built locally, not committed)
    "dev": ROOT / "benchmarks" / "data" / "gum_local_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "gum_local_holdout.jsonl",
}
TWEETS = {  # real tweets, the Broad Twitter Corpus's own labels (benchmarks/corpus/_tweets.py)
    "dev": ROOT / "benchmarks" / "data" / "tweets_dev.jsonl",
    "held_out": ROOT / "benchmarks" / "data" / "tweets_holdout.jsonl",
}


def noisy_comments(part: str, path: Path = NOISY_COMMENTS) -> list[Doc]:
    """A real noisy-text corpus (user comments), one part: ``dev`` or ``held_out``."""
    import json

    from benchmarks._eval import Doc, Span

    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["part"] == part:
                spans = tuple(Span(s["start"], s["end"], s["entity"]) for s in rec["spans"])
                out.append(Doc(rec["id"], "sentence", "comment", rec["text"], spans))
    return out


def noisy_errors(docs: Sequence[Doc], pred: list[list[Span]]) -> list[str]:
    """privkit's PERSON/LOCATION misses and false findings on a part, one line each."""
    wanted = ("PERSON", "LOCATION")
    out = []
    for d, p in zip(docs, pred, strict=True):
        gold = [g for g in d.spans if g.entity in wanted]
        found = [f for f in p if f.entity in wanted]
        out += [
            f"miss {g.entity:8s} {d.text[g.start : g.end]!r:24} in {d.text!r}"
            for g in gold
            if not any(g.overlaps(f) and g.entity == f.entity for f in found)
        ]
        out += [
            f"false {f.entity:8s} {d.text[f.start : f.end]!r:24} in {d.text!r}"
            for f in found
            if not any(g.overlaps(f) and g.entity == f.entity for g in gold)
        ]
    return out


def noisy_report(docs: Sequence[Doc], preds: dict[str, list[list[Span]]]) -> list[str]:
    """PERSON and LOCATION overlap P / R / F1 of each tool (issue 10's noisy-text measure)."""
    out = [
        "| tool | PERSON P / R / F1 | LOCATION P / R / F1 | PERSON+LOCATION F1 |",
        "| --- | --- | --- | ---: |",
    ]
    for name, p in preds.items():
        sc = score(docs, p, mode="overlap")
        per, loc = sc.get("PERSON", PRCounts()), sc.get("LOCATION", PRCounts())
        both = micro(sc, ("PERSON", "LOCATION"))
        out.append(
            f"| {name} | {_prf(per)} / {per.f1:.3f} | {_prf(loc)} / {loc.f1:.3f} | {both.f1:.3f} |"
        )
    return out


def write_docs(body: str, path: Path = DOCS) -> None:
    """Replace the measured part of the ``### Real log text`` subsection of docs/benchmarks.md.

    The subsection's hand-written text ends at the ``<!-- measured -->`` marker; everything
    from the marker to the next ``##``/``###`` heading is rewritten. Without the subsection,
    it is added before ``### Speed``.
    """
    text = path.read_text(encoding="utf-8")
    marker = "<!-- measured: python -m benchmarks.bench_detect_real -->\n"
    m = re.search(r"^### Real log text\n", text, flags=re.MULTILINE)
    if m is None:
        speed = re.search(r"^### Speed\n", text, flags=re.MULTILINE)
        if speed is None:
            raise SystemExit(f"{path}: no '### Speed' subsection to put this before")
        text = (
            text[: speed.start()] + "### Real log text\n\n" + marker + "\n" + text[speed.start() :]
        )
        m = re.search(r"^### Real log text\n", text, flags=re.MULTILINE)
        assert m is not None
    start = text.index(marker, m.end()) + len(marker)
    nxt = re.search(r"^#{2,3} ", text[start:], flags=re.MULTILINE)
    stop = start + nxt.start() if nxt else len(text)
    text = text[:start] + "\n" + body.strip() + "\n\n" + text[stop:]
    path.write_text(text, encoding="utf-8")


def noisy_real(
    which: str, path: Path | dict[str, Path] = NOISY_COMMENTS, flag: str = "--noisy-real"
) -> None:
    """Score privkit and Presidio on a real noisy-text corpus (issue 10, class 4).

    ``path`` is one file holding both parts, or one file per part (the chat lines).
    """
    guard = NetworkGuard()
    load = os.getloadavg()
    print(
        f"Command: `python -m benchmarks.bench_detect_real {flag} {which}` "
        f"({time.strftime('%Y-%m-%d', time.gmtime())}; detector code {_detector_revision()}; "
        f"spaCy model `{MODEL}` for both tools; load average {load[0]:.2f}). Overlap matching."
    )
    for part in ("dev", "held_out") if which == "both" else (which,):
        source = path if isinstance(path, Path) else path[part]
        if not source.exists():
            # (the Tweebank set's text is CC BY-NC-SA: not committed, built where it is used)
            raise SystemExit(
                f"{source.name} is not in the repository; build it with its builder "
                "(benchmarks/corpus/README.md names it and the source's commit)"
            )
        docs = noisy_comments(part, source)
        pk_raw, pr_raw, _, _, _ = measure_raw(docs, guard)
        preds = {
            "privkit": [_mapped(r, PRIVKIT_NAMES, 0.0) for r in pk_raw],
            "Presidio": presidio_every(pr_raw, 0.0),
        }
        gold = sum(len(d.spans) for d in docs)
        print(f"\n{part}: {len(docs)} texts, {gold} labelled spans")
        print("\n".join(noisy_report(docs, preds)))
        if part == "dev":
            print("\n".join(noisy_errors(docs, preds["privkit"])))
    if guard.attempts:
        raise SystemExit(f"network access was attempted {len(guard.attempts)} times")


COOKIES_DEV = ROOT / "benchmarks" / "data" / "cookies_dev.jsonl"


def cookie_errors(docs: Sequence[Doc], pred: list[list[Span]]) -> list[str]:
    """privkit's COOKIE_ID misses and false findings, one line each (the record's text cut)."""
    out = []
    for d, p in zip(docs, pred, strict=True):
        gold = [g for g in d.spans if g.entity == "COOKIE_ID"]
        found = [f for f in p if f.entity == "COOKIE_ID"]
        out += [
            f"miss  {d.id} {d.text[g.start : g.end][:60]!r} in {d.text[:120]!r}"
            for g in gold
            if not any(g.overlaps(f) for f in found)
        ]
        out += [
            f"false {d.id} {d.text[f.start : f.end][:60]!r} in {d.text[:120]!r}"
            for f in found
            if not any(g.overlaps(f) for g in (*gold, *d.ignored))
        ]
    return out


def cookies_dev() -> None:
    """Score privkit and Presidio on the real cookie values (issue 10, class 5)."""
    guard = NetworkGuard()
    load = os.getloadavg()
    docs = load_corpus(COOKIES_DEV)
    pk_raw, pr_raw, _, _, _ = measure_raw(docs, guard)
    preds = {
        "privkit": [_mapped(r, PRIVKIT_NAMES, 0.0) for r in pk_raw],
        "Presidio": presidio_every(pr_raw, 0.0),
    }
    gold = sum(1 for d in docs for s in d.spans if s.entity == "COOKIE_ID")
    print(
        f"Command: `python -m benchmarks.bench_detect_real --cookies-dev` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; detector code "
        f"{_detector_revision()}; load average {load[0]:.2f}). {len(docs)} cookie pairs, "
        f"{gold} COOKIE_ID spans; overlap matching; over-redaction: characters outside the "
        "labels covered by a finding of any type."
    )
    print("\n| tool | COOKIE_ID P / R / F1 | leaked PII chars | over-redaction |")
    print("| --- | --- | ---: | ---: |")
    for name, p in preds.items():
        c = score(docs, p, mode="overlap").get("COOKIE_ID", PRCounts())
        ch = char_stats(docs, p)
        print(
            f"| {name} | {_prf(c)} / {c.f1:.3f} | {_pct(ch.leaked_share)} | {_pct(ch.over_share)} |"
        )
    print("\n".join(cookie_errors(docs, preds["privkit"])))
    if guard.attempts:
        raise SystemExit(f"network access was attempted {len(guard.attempts)} times")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="also measure the held-out part")
    parser.add_argument(
        "--holdout3",
        action="store_true",
        help="also measure the third set (access logs and HTTP traffic, _real3.py)",
    )
    # "--http4-dev" ... "--http22-holdout", one pair per row of HTTP_SETS
    for n, (word, _dev, _held) in HTTP_SETS.items():
        for part, what in (
            ("dev", "development part, errors listed"),
            ("holdout", "held-out part (once)"),
        ):
            parser.add_argument(
                f"--http{n}-{part}",
                action="store_true",
                help=f"measure only the {word.lower()} set's {what}",
            )
    # "--logs4-dev" ... "--logs23-holdout", one pair per row of LOG_SETS
    for n, (word, _dev, _held) in LOG_SETS.items():
        parser.add_argument(
            f"--logs{n}-dev",
            action="store_true",
            help=f"measure only the {word.lower()} log set's development part (_logs{n}.py), "
            "errors listed",
        )
        parser.add_argument(
            f"--logs{n}-holdout",
            action="store_true",
            help=f"measure only the {word.lower()} log set's held-out part (run once, at the end)",
        )
    parser.add_argument(
        "--pattern-only",
        action="store_true",
        help="also score privkit without its NER model (every default entity but NER's)",
    )
    parser.add_argument("--failures", action="store_true", help="list privkit's misses as shapes")
    parser.add_argument("--write-docs", action="store_true", help="rewrite the docs subsection")
    parser.add_argument(
        "--noisy", action="store_true", help="also score the lower-cased generated sentences"
    )
    parser.add_argument(
        "--noisy-real",
        choices=["dev", "held_out", "both"],
        help="score only the real noisy-text corpus (user comments) part(s); dev lists errors",
    )
    parser.add_argument(
        "--noisy2",
        choices=["dev", "held_out", "both"],
        help="score only the second real noisy-text corpus (drinks-site comments, places); "
        "dev lists errors",
    )
    parser.add_argument(
        "--chat",
        choices=["dev", "held_out", "both"],
        help="score only the real chat lines (IRC meeting logs, benchmarks/corpus/_chat.py) "
        "part(s); dev lists errors",
    )
    parser.add_argument(
        "--tweets",
        choices=["dev", "held_out", "both"],
        help="score only the real tweets (Broad Twitter Corpus, benchmarks/corpus/_tweets.py) "
        "part(s); dev lists errors",
    )
    parser.add_argument(
        "--tweets2",
        choices=["dev", "held_out", "both"],
        help="score only the second real tweets set (Broad Twitter Corpus sections A, B, E, "
        "benchmarks/corpus/_tweets2.py) part(s); dev lists errors",
    )
    parser.add_argument(
        "--web",
        choices=["dev", "held_out", "both"],
        help="score only the web sentences (English Web Treebank e-mails, newsgroup posts, "
        "answers and reviews, Universal NER labels, benchmarks/corpus/_ewt.py) part(s); dev "
        "lists errors",
    )
    parser.add_argument(
        "--tweebank",
        choices=["dev", "held_out", "both"],
        help="score only the third real tweets set (Tweebank-NER v1.0, its annotators' labels, "
        "benchmarks/corpus/_tweebank.py) part(s); dev lists errors",
    )
    parser.add_argument(
        "--gum",
        choices=["dev", "held_out", "both"],
        help="score only GUM's interview and courtroom sentences (its annotators' person and "
        "place labels, benchmarks/corpus/_gum.py) part(s); dev lists errors",
    )
    parser.add_argument(
        "--gum-local",
        choices=["dev", "held_out", "both"],
        help="score only GUM's conversation, vlog, podcast, speech and wikiHow sentences (built "
        "locally by benchmarks/corpus/_gum.py, not committed) part(s); dev lists errors",
    )
    parser.add_argument(
        "--youtube",
        choices=["dev", "held_out", "both"],
        help="score only the real YouTube comments (benchmarks/corpus/_youtube.py) "
        "part(s); dev lists errors",
    )
    parser.add_argument(
        "--cookies-dev",
        action="store_true",
        help="score only the real cookie values (benchmarks/data/cookies_dev.jsonl)",
    )
    args = parser.parse_args(argv or [])
    if args.cookies_dev:
        cookies_dev()
        return
    noisy_sets: dict[str, tuple[Path | dict[str, Path], str]] = {
        "noisy_real": (NOISY_COMMENTS, "--noisy-real"),
        "noisy2": (NOISY_COMMENTS2, "--noisy2"),
        "chat": (CHAT, "--chat"),
        "tweets": (TWEETS, "--tweets"),
        "youtube": (YOUTUBE, "--youtube"),
        "tweets2": (TWEETS2, "--tweets2"),
        "web": (WEB, "--web"),
        "tweebank": (TWEEBANK, "--tweebank"),
        "gum": (GUM, "--gum"),
        "gum_local": (GUM_LOCAL, "--gum-local"),
    }
    for name, (path, flag) in noisy_sets.items():
        if getattr(args, name):
            noisy_real(getattr(args, name), path, flag)
            return
    guard = NetworkGuard()
    detector = _detector_revision()
    load = os.getloadavg()
    # The HTTP sets' parts in order, then the log sets'; the first development part when
    # neither is asked for.
    http = [
        (f"{word} set, {label} part (`benchmarks/data/{path.name}`)", path)
        for word, dev, held in HTTP_SETS.values()
        for label, path in (("development", dev), ("held-out", held))
        if getattr(args, path.stem)  # "--http4-dev" -> args.http4_dev
    ]
    logs = [
        (f"{word} log set, {label} part (`{path.name}`)", path)
        for word, dev, held in LOG_SETS.values()
        for label, path in (("development", dev), ("held-out", held))
        if getattr(args, path.stem.removeprefix("real_"))  # "--logs4-dev" -> args.logs4_dev
    ]
    parts = http + logs or [("Development part (`benchmarks/data/real_logs.jsonl`)", DEV)]
    if args.holdout:
        parts.append(("Held-out part (`benchmarks/data/real_logs_holdout.jsonl`)", HOLDOUT))
    if args.holdout3:
        parts.append(("Third set, held out (`benchmarks/data/real_logs_holdout3.jsonl`)", HOLDOUT3))
    head = (
        f"Command: `{' '.join([COMMAND, *(argv or [])])}` "
        f"({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; detector code "
        f"{detector}; spaCy model `{MODEL}` for both tools; load average at start "
        f"{load[0]:.2f}). Overlap matching; Presidio with its default recognizers and "
        "threshold. Sources, licences and labelling rules: `benchmarks/corpus/README.md`."
    )
    lines = [head, ""]
    for title, path in parts:
        docs = load_corpus(path)
        pk_raw, pr_raw, _, _, net = measure_raw(docs, guard)
        pk = [_mapped(r, PRIVKIT_NAMES, 0.0) for r in pk_raw]
        preds = {"privkit": pk, "Presidio": presidio_every(pr_raw, 0.0)}
        if args.pattern_only:
            preds["privkit patterns"] = pattern_findings(docs)
        lines += part_report(title, docs, preds)
        lines.append("")
        if args.failures:
            print(failures(docs, pk, per_entity=10))
        if path in {dev for _, dev, _ in HTTP_SETS.values()}:
            from benchmarks.corpus._http4 import errors

            print("\n".join(errors(list(docs), pk)))
        if path in {dev for _, dev, _ in LOG_SETS.values()}:
            print("\n".join(log_errors(docs, pk)))
        print(f"network: {net}")
    if args.noisy:
        docs = lowercased_sentences()
        pk_raw, pr_raw, _, _, _ = measure_raw(docs, guard)
        preds = {
            "privkit": [_mapped(r, PRIVKIT_NAMES, 0.0) for r in pk_raw],
            "Presidio": presidio_every(pr_raw, 0.0),
        }
        lines += [
            "#### Lower-case text",
            "",
            (
                f"The {len(docs)} generated sentences of `benchmarks/data/detect_corpus.jsonl` "
                "written in lower case (same labels): a stress test of casing, not real text. "
                "Overlap matching; privkit with the `gazetteer` extra installed."
            ),
            "",
            *noisy_report(docs, preds),
            "",
        ]
    body = "\n".join(lines)
    print(body)
    if guard.attempts:
        raise SystemExit(f"network access was attempted {len(guard.attempts)} times")
    if args.write_docs:
        write_docs(body)
        print(f"wrote the Real log text subsection of {DOCS}")


if __name__ == "__main__":
    main(sys.argv[1:])
