"""Build the fifty-third real-text log set: VoIP servers' documented configuration, logs and SIP traces.

The text is the literal blocks of the documentation that five VoIP projects ship in their own
repositories: the SIP servers Kamailio (``kamailio/kamailio``; GPL-2.0, ``COPYING``: each
module's DocBook pages, ``src/modules/<module>/doc/*.xml``, their ``<programlisting>`` blocks)
and OpenSIPS (``OpenSIPS/opensips``; GPL-2.0, ``COPYING``: each module's
``modules/<module>/README.md``, its code blocks), the media relay rtpengine
(``sipwise/rtpengine``; GPL-3.0, ``LICENSE``: ``docs/*.md``), the TURN server coturn
(``coturn/coturn``; BSD-3-Clause, ``LICENSE``: ``docs/*.md``) and the SIP traffic generator SIPp
(``SIPp/sipp``; GPL-2.0-or-later, ``LICENSE.txt``: ``docs/**/*.rst``, literal blocks). Their
blocks are what a VoIP administrator reads and writes: routing scripts that build and test SIP
URIs (``sip:alice@10.0.0.1``, ``$ru = "sip:" + $rU + "@gw"``), gateway and dispatcher lists
of addresses and ports, SIP requests and replies as traces (``Via``, ``From``, ``To``,
``Call-ID``, ``Contact``, ``User-Agent`` headers, SDP bodies), the servers' log lines and
management commands' output (``kamcmd``, ``opensips-cli``, ``rtpengine-ctl``,
``turnadmin``), SIPp's screens and statistics. No earlier set read one of the five
repositories.

Selection and split (fixed 2026-12-07 19:30 UTC from the file names alone, before any block was
read; ``benchmarks/corpus/README.md``): a system is one documentation file, named
``kamailio/<module>/<file>.xml``, ``opensips/<module>``, ``rtpengine/<path under docs/>``,
``coturn/<path under docs/>`` or ``sipp/<path under docs/>``. The split is by system, a third
held out (``_logset.holdout_systems``: the names with the smallest SHA-256). A record is one
literal block of the file: a DocBook ``<programlisting>`` (its ``CDATA`` read as is, markup
outside ``CDATA`` removed and entities decoded), a Markdown fenced block (```` ``` ```` or
``~~~``) or indented block (four blanks or a tab, after a blank line, not a list item's), a
reStructuredText literal block (``_logs48.literal_blocks``); dedented, blank lines at its ends
and trailing blanks of its lines removed, at least ``MIN_CHARS`` characters, in file order,
distinct. Dropped: a block of ``modparam(...)`` lines only (with ``...`` lines: a module
page's parameter example, one shape on every page); one with a control character other than a
tab or a new line; one that carries the tag of a program fail2ban has filters for
(``_logs48.keep``: ``asterisk`` among them); one equal to a development record of an earlier
real log set (held-out records compared by SHA-256 only, never read); one already taken by a
system earlier in this set. Per system at most ``MOST`` evenly spaced blocks.

Labels: the forty-seventh set's rules (``_logs47._label47``: the forty-fourth set's
``_label44``, which applies the forty-second set's ``_label42`` and through it the first to
forty-first sets' rules: IP, MAC and e-mail addresses gold, a browser-shaped user agent
``USER_AGENT``, everything else non-personal, an address of ``0.0.0.0`` ignored; then
tcpdump's ``<IPv4>.<port>`` endpoint, the address only, gold), applied to both parts before any
detector ran. These rules decide a SIP URI already (the note on ``sip:16178766111@...`` in
``docs/benchmarks.md``, as the seventh set labels one): its ``user@domain`` is an
``EMAIL_ADDRESS`` (a person's address, whatever the user part: name, extension or number);
a user at an IP address (``sip:100@10.0.0.1``) gives the ``IP_ADDRESS`` only (a word user part,
``sip:liviu@10.0.0.10``, ignored as a login, ``USERNAME``; a number not labelled); a URI without a user part (``sip:10.0.0.1:5060``,
``sip:proxy.example.com``) gives its address only. One rule written for this set
(``_label53``), before any block was read: a SIP Call-ID is no e-mail address, as the tenth
set's message id is none: the value of a ``Call-ID:`` header (or its compact ``i:`` form at a
line's start) and of a key naming a call id (``call_id=``, ``callid:``, ``call-id``) is
ignored ``MESSAGE_ID``, whatever its shape, anything labelled inside it dropped. Four rules
written in the label review of the development part, before any detector ran (``_label53``),
applied to both parts: a dialog's tag or a transaction's branch (the value of ``tag=``,
``branch=``, a key naming a from or to tag: ``Sip-From-Tag``, ``to-tag``) is an identifier,
ignored ``MESSAGE_ID`` like the Call-ID (``dc93-4fba-91db`` in one is no MAC address); an
e-mail-shaped pattern or template (its local part a script variable after ``$``, as
``$rU@a.com``, or starting with a regular expression's ``.``, as ``sip:.+@host``) is no
address, ignored ``EMAIL_ADDRESS``; a URL's password before its host
(``http://user:pass@www.some.com/``) is no address, ignored ``USERNAME`` as a one-label host's
already is; a ``User-Agent`` value that is a number only (a counter in a statistics listing,
``User-Agent: 1256``) is no agent, not labelled. One correction written after the first run
on the development part (its false IP findings were addresses the earlier rules' path reading
left out; applied to both parts by rule, the held-out part not read): an IPv4 address in
three syntaxes that name a host is an ``IP_ADDRESS`` (a shell's network path
``/dev/udp/<address>/<port>``, ``/dev/tcp/...``; a script's substitution definition
``#!subst "/NAME/<address>/"``; a tree drawing's branch ``+---<address>``).

Run once, with local git directories of the repositories:

    python -m benchmarks.corpus._logs53 --git kamailio/kamailio=DIR --git OpenSIPS/opensips=DIR \
        --git sipwise/rtpengine=DIR --git coturn/coturn=DIR --git SIPp/sipp=DIR
"""

from __future__ import annotations

import html
import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logset
from benchmarks.corpus._git import git_files, git_show
from benchmarks.corpus._logs47 import _label47
from benchmarks.corpus._logs48 import keep, literal_blocks

if TYPE_CHECKING:
    from pathlib import Path

#: The repositories and commits read (each default branch's newest stored snapshot).
KAMAILIO = "kamailio/kamailio"
OPENSIPS = "OpenSIPS/opensips"
RTPENGINE = "sipwise/rtpengine"
COTURN = "coturn/coturn"
SIPP = "SIPp/sipp"
SOURCES: dict[str, tuple[str, str]] = {
    KAMAILIO: ("38711a3e788de0130d48cb485578c482b57d9351", "GPL-2.0"),
    OPENSIPS: ("8f4f1e1b4015a52f88953e6c16758f800bd0e9fb", "GPL-2.0"),
    RTPENGINE: ("e8b82121fa0bccc46923938db52ee96bcb535b3a", "GPL-3.0"),
    COTURN: ("8024aa634eb52ecff80d7fd88ebc444ca1dc9381", "BSD-3-Clause"),
    SIPP: ("31658c2fe7fa9ca508020e68956d7039c4a840cb", "GPL-2.0-or-later"),
}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 3

#: A file read: the system's project, the repository and its path pattern (the system's name
#: after the project is the pattern's groups joined by ``/``).
_FILES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("kamailio", KAMAILIO, re.compile(r"src/modules/([^/]+)/doc/([^/]+\.xml)")),
    ("opensips", OPENSIPS, re.compile(r"modules/([^/]+)/README\.md")),
    ("rtpengine", RTPENGINE, re.compile(r"docs/(.+\.md)")),
    ("coturn", COTURN, re.compile(r"docs/(.+\.md)")),
    ("sipp", SIPP, re.compile(r"docs/(.+\.rst)")),
)

_PROGRAMLISTING = re.compile(r"<programlisting\b[^>]*>(.*?)</programlisting>", re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_FENCE = re.compile(r"^\s{0,3}(```+|~~~+)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
#: A module page's parameter example: ``modparam(...)`` lines, and ``...`` lines.
_MODPARAM_ONLY = re.compile(r"(?:(?:modparam\(.*|\.\.\.)\n?)+")


def _block(lines: list[str]) -> str:
    """Lines as one block: dedented, blank ends and trailing blanks gone."""
    body = [line.rstrip() for line in "\n".join(lines).expandtabs(8).splitlines()]
    while body and not body[0]:
        body.pop(0)
    while body and not body[-1]:
        body.pop()
    if not body:
        return ""
    cut = min(len(b) - len(b.lstrip()) for b in body if b)
    return "\n".join(b[cut:] for b in body)


def docbook_blocks(page: str, elements: re.Pattern[str] = _PROGRAMLISTING) -> list[str]:
    """A DocBook page's ``<programlisting>`` blocks (CDATA as is, other markup removed).

    ``elements``: the elements read instead, their text the expression's last group.
    """
    out = []
    for m in elements.finditer(page):
        inner = m.group(elements.groups)
        parts: list[str] = []
        last = 0
        for c in _CDATA.finditer(inner):
            parts.append(html.unescape(_TAG.sub("", inner[last : c.start()])))
            parts.append(c.group(1))
            last = c.end()
        parts.append(html.unescape(_TAG.sub("", inner[last:])))
        out.append(_block("".join(parts).splitlines()))
    return out


def markdown_blocks(page: str) -> list[str]:
    """A Markdown page's fenced blocks and indented blocks (not a list item's), in file order."""
    lines = page.splitlines()
    out: list[str] = []
    i = 0
    previous = ""  # the last line before this one (blank: a paragraph ended)
    paragraph_start = ""  # the first line of the paragraph before, to tell a list item
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:
            mark = fence.group(1)
            body = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(mark[:3]):
                body.append(lines[i])
                i += 1
            out.append(_block(body))
            i += 1
            previous = ""
            continue
        indented = line.startswith(("    ", "\t")) and line.strip()
        if indented and not previous.strip() and not _LIST_ITEM.match(paragraph_start):
            body = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith(("    ", "\t"))):
                body.append(lines[i])
                i += 1
            out.append(_block(body))
            previous = ""
            continue
        if line.strip() and not previous.strip():
            paragraph_start = line
        previous = line
        i += 1
    return out


def kept(block: str) -> bool:
    """A block long enough, not a parameter example, without residue or a fail2ban tag."""
    return keep(block) and not _MODPARAM_ONLY.fullmatch(block)


def _where(system: str) -> tuple[str, str]:
    """The repository and path of a system's file."""
    project, _, rest = system.partition("/")
    for name, repo, _pattern in _FILES:
        if name == project:
            if project == "kamailio":
                module, _, page = rest.partition("/")
                return repo, f"src/modules/{module}/doc/{page}"
            if project == "opensips":
                return repo, f"modules/{rest}/README.md"
            return repo, f"docs/{rest}"
    raise KeyError(project)


def systems(gits: dict[str, Path]) -> list[str]:
    """The documentation files, named ``<project>/<name>`` (module docstring), sorted."""
    names = []
    for project, repo, pattern in _FILES:
        for path in git_files(gits[repo], SOURCES[repo][0]):
            m = pattern.fullmatch(path)
            if m:
                names.append(f"{project}/{'/'.join(m.groups())}")
    return sorted(names)


def system_blocks(gits: dict[str, Path], system: str) -> list[str]:
    """A file's kept blocks, distinct, in file order."""
    repo, path = _where(system)
    page = git_show(gits[repo], SOURCES[repo][0], path)
    if path.endswith(".xml"):
        blocks = docbook_blocks(page)
    elif path.endswith(".md"):
        blocks = markdown_blocks(page)
    else:
        blocks = literal_blocks(page)
    return list(dict.fromkeys(b for b in blocks if kept(b)))


#: A SIP Call-ID: the value of the header (or its compact ``i:`` form at a line's start) or of a
#: key naming a call id.
_CALL_ID = re.compile(
    r"""(?im)(?:(?<![\w-])call[-_]?id["']?\s*[:=]|^i:)[ \t]*["']?<?([^\s"'<>;,]+)"""
)


#: A dialog's tag or a transaction's branch: the value of ``tag=``, ``branch=`` or of a key naming a
#: from or to tag.
_SIP_TAG = re.compile(
    r"""(?i)(?:(?<![\w-])(?:tag|branch)=|(?:from|to)[-_]?tag["'\\]*\s*[:=]\s*["'\\]*)([\w.~%+-]+)"""
)
#: An e-mail-shaped template or pattern: a script variable's (``$rU@``) or a regular expression's.
_TEMPLATE = re.compile(r"\$$")
#: A URL's user and password before its host: ``//user:``.
_URL_USER = re.compile(r"//[^\s/@:]+:$")
#: A number-only ``User-Agent`` value.
_NUMBER = re.compile(r"\d+")


#: An IPv4 address in a syntax that names a host: a shell's network path, a substitution's
#: value, a tree's branch.
_HOST_SYNTAX = re.compile(
    r"(?:/dev/(?:tcp|udp)/|#!subst \"/\w+/|\+---)(\d{1,3}(?:\.\d{1,3}){3})(?=[/\"\s]|\Z)"
)


def _label53(text: str, system: str) -> _logset.Labels:
    """``_label47``, then SIP identifiers and the label review's rules (module docstring)."""
    gold, ignored = _label47(text, system)
    kept = []
    for g in gold:
        start, end = int(g["start"]), int(g["end"])  # type: ignore[call-overload]
        value = text[start:end]
        if g["entity"] == "EMAIL_ADDRESS" and (
            _TEMPLATE.search(text[max(0, start - 1) : start]) or value.startswith(".")
        ):
            ignored.append({"start": start, "end": end, "label": "EMAIL_ADDRESS"})
        elif g["entity"] == "EMAIL_ADDRESS" and _URL_USER.search(text[max(0, start - 80) : start]):
            ignored.append({"start": start, "end": end, "label": "USERNAME"})
        elif g["entity"] == "USER_AGENT" and _NUMBER.fullmatch(value):
            continue
        else:
            kept.append(g)
    gold = kept
    for m in _HOST_SYNTAX.finditer(text):
        start, end = m.span(1)
        if all(int(p) <= 255 for p in m.group(1).split(".")) and not any(
            int(g["start"]) < end and start < int(g["end"])  # type: ignore[call-overload]
            for g in gold
        ):
            gold.append({"start": start, "end": end, "entity": "IP_ADDRESS"})
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    for m in (*_CALL_ID.finditer(text), *_SIP_TAG.finditer(text)):
        start, end = m.span(1)

        def outside(span: dict[str, object], start: int = start, end: int = end) -> bool:
            return not (int(span["start"]) < end and start < int(span["end"]))  # type: ignore[call-overload]

        gold = [g for g in gold if outside(g)]
        ignored = [i for i in ignored if outside(i)]
        ignored.append({"start": start, "end": end, "label": "MESSAGE_ID"})
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 287 (a third) of the 862 files, those whose names have the smallest
#: SHA-256 (``_logset.holdout_systems``), fixed 2026-12-07 19:30 UTC before any block was read.
HOLDOUT = frozenset({
    "coturn/Build.md", "coturn/ClientLib.md", "coturn/Man.md", "coturn/Mongo.md",
    "coturn/Performance.md", "coturn/mobility-rfc8016.md", "coturn/multiplex-peer.md",
    "coturn/netarch.md", "coturn/rfc3489-deprecation.md", "kamailio/acc/acc_faq.xml",
    "kamailio/acc_diameter/acc_diameter.xml", "kamailio/acc_diameter/acc_diameter_admin.xml",
    "kamailio/acc_json/acc_json.xml", "kamailio/acc_radius/acc_radius.xml",
    "kamailio/app_lua/app_lua_admin.xml", "kamailio/app_perl/app_perl_faq.xml",
    "kamailio/app_perl/app_perl_pod.xml", "kamailio/app_python3s/app_python3s.xml",
    "kamailio/app_ruby_proc/app_ruby_proc.xml", "kamailio/async/async_admin.xml",
    "kamailio/auth_arnacon/auth_arnacon_functions.xml",
    "kamailio/auth_diameter/auth_diameter_admin.xml", "kamailio/auth_xkeys/auth_xkeys_admin.xml",
    "kamailio/avp/avp_functions.xml", "kamailio/avp/avp_params.xml",
    "kamailio/benchmark/benchmark_devel.xml", "kamailio/blst/blst.xml",
    "kamailio/blst/blst_params.xml", "kamailio/call_control/call_control.xml",
    "kamailio/call_obj/call_obj.xml", "kamailio/call_obj/call_obj_admin.xml",
    "kamailio/carrierroute/carrierroute.xml", "kamailio/cdp/cdp.xml", "kamailio/cdp/cdp_admin.xml",
    "kamailio/cfg_db/cfg_db.xml", "kamailio/cfg_rpc/cfg_rpc.xml", "kamailio/corex/corex_admin.xml",
    "kamailio/counters/counters_params.xml", "kamailio/counters/counters_rpc.xml",
    "kamailio/ctl/ctl_params.xml", "kamailio/ctl/ctl_rpc.xml", "kamailio/db_cluster/db_cluster.xml",
    "kamailio/db_cluster/db_cluster_admin.xml", "kamailio/db_mongodb/db_mongodb.xml",
    "kamailio/db_mongodb/db_mongodb_admin.xml", "kamailio/db_mysql/db_mysql.xml",
    "kamailio/db_mysql/db_mysql_admin.xml", "kamailio/db_oracle/db_oracle.xml",
    "kamailio/db_oracle/db_oracle_admin.xml", "kamailio/db_postgres/db_postgres.xml",
    "kamailio/db_postgres/db_postgres_admin.xml", "kamailio/db_text/db_text.xml",
    "kamailio/db_text/db_text_admin.xml", "kamailio/db_unixodbc/db_unixodbc_devel.xml",
    "kamailio/dialog/dialog_faq.xml", "kamailio/dialplan/dialplan_admin.xml",
    "kamailio/dmq_usrloc/dmq_usrloc.xml", "kamailio/dnssec/dnssec.xml",
    "kamailio/domain/domain_admin.xml", "kamailio/domainpolicy/domainpolicy.xml",
    "kamailio/domainpolicy/domainpolicy_admin.xml", "kamailio/drouting/drouting.xml",
    "kamailio/enum/enum_admin.xml", "kamailio/erlang/erlang_admin.xml",
    "kamailio/erlang/erlang_devel.xml", "kamailio/exec/exec.xml", "kamailio/file_out/file_out.xml",
    "kamailio/gcrypt/gcrypt_admin.xml", "kamailio/geoip/geoip_admin.xml",
    "kamailio/geoip2/geoip2.xml", "kamailio/geoip2/geoip2_admin.xml",
    "kamailio/group/group_admin.xml", "kamailio/gzcompress/gzcompress.xml",
    "kamailio/htable/htable.xml", "kamailio/http_async_client/http_async_client.xml",
    "kamailio/http_client/http_client.xml", "kamailio/http_client/http_client_devel.xml",
    "kamailio/ims_charging/ims_charging.xml", "kamailio/ims_dialog/ims_dialog_admin.xml",
    "kamailio/ims_icscf/ims_icscf.xml", "kamailio/ims_icscf/ims_icscf_admin.xml",
    "kamailio/ims_isc/ims_isc.xml", "kamailio/ims_isc/ims_isc_admin.xml",
    "kamailio/ims_ocs/ims_ocs.xml", "kamailio/ims_qos/ims_qos_admin.xml",
    "kamailio/ims_qos_npn/ims_qos_npn.xml", "kamailio/ims_qos_npn/ims_qos_npn_admin.xml",
    "kamailio/ims_registrar_scscf/ims_registrar_scscf.xml",
    "kamailio/ims_usrloc_scscf/ims_usrloc_scscf_admin.xml",
    "kamailio/ims_usrloc_scscf/ims_usrloc_scscf_faq.xml", "kamailio/influxdbc/influxdbc.xml",
    "kamailio/influxdbc/influxdbc_admin.xml", "kamailio/json/json_admin.xml",
    "kamailio/jsonrpcs/jsonrpcs_admin.xml", "kamailio/jwt/jwt_admin.xml",
    "kamailio/kafka/kafka_admin.xml", "kamailio/kazoo/kazoo.xml",
    "kamailio/keepalive/keepalive_devel.xml", "kamailio/kemix/kemix_admin.xml",
    "kamailio/lcr/lcr_admin.xml", "kamailio/log_custom/log_custom.xml",
    "kamailio/log_systemd/log_systemd.xml", "kamailio/lrkproxy/lrkproxy.xml",
    "kamailio/lrkproxy/lrkproxy_admin.xml", "kamailio/lwsc/lwsc_admin.xml",
    "kamailio/mangler/mangler.xml", "kamailio/math/math.xml", "kamailio/matrix/matrix.xml",
    "kamailio/matrix/matrix_admin.xml", "kamailio/mediaproxy/mediaproxy.xml",
    "kamailio/misc_radius/misc_radius.xml", "kamailio/misctest/misctest_functions.xml",
    "kamailio/mqtt/mqtt_admin.xml", "kamailio/msilo/msilo.xml", "kamailio/mtree/mtree_devel.xml",
    "kamailio/nathelper/nathelper.xml", "kamailio/ndb_mongodb/ndb_mongodb_admin.xml",
    "kamailio/ndb_redis/ndb_redis_admin.xml", "kamailio/nsq/nsq_admin.xml",
    "kamailio/outbound/outbound.xml", "kamailio/path/path.xml", "kamailio/pdt/pdt_admin.xml",
    "kamailio/peerstate/peerstate_admin.xml", "kamailio/peerstate/peerstate_devel.xml",
    "kamailio/pike/pike_devel.xml", "kamailio/pipelimit/pipelimit.xml",
    "kamailio/pipelimit/pipelimit_admin.xml", "kamailio/prefix_route/prefix_route.xml",
    "kamailio/prefix_route/prefix_route_params.xml", "kamailio/presence/presence.xml",
    "kamailio/presence/presence_devel.xml", "kamailio/presence_conference/presence_conference.xml",
    "kamailio/presence_mwi/presence_mwi_admin.xml",
    "kamailio/presence_profile/presence_profile.xml",
    "kamailio/presence_profile/presence_profile_admin.xml",
    "kamailio/presence_xml/presence_xml.xml", "kamailio/presence_xml/presence_xml_admin.xml",
    "kamailio/ptimer/ptimer_admin.xml", "kamailio/pua/pua.xml", "kamailio/pua/pua_admin.xml",
    "kamailio/pua_bla/pua_bla.xml", "kamailio/pua_bla/pua_bla_admin.xml",
    "kamailio/pua_json/pua_json.xml", "kamailio/pua_json/pua_json_admin.xml",
    "kamailio/pua_rpc/pua_rpc_admin.xml", "kamailio/pua_usrloc/pua_usrloc_admin.xml",
    "kamailio/pv/pv.xml", "kamailio/pv_headers/pv_headers_admin.xml", "kamailio/pvtpl/pvtpl.xml",
    "kamailio/qos/qos_admin.xml", "kamailio/registrar/registrar_admin.xml",
    "kamailio/rls/rls_admin.xml", "kamailio/rr/rr.xml", "kamailio/rtjson/rtjson.xml",
    "kamailio/rtp_media_server/rtp_media_server.xml", "kamailio/rtpengine/rtpengine.xml",
    "kamailio/rtpengine/rtpengine_admin.xml", "kamailio/ruxc/ruxc.xml", "kamailio/sca/sca.xml",
    "kamailio/sca/sca_admin.xml", "kamailio/sctp/sctp.xml", "kamailio/secfilter/secfilter.xml",
    "kamailio/secsipid/secsipid.xml", "kamailio/secsipid_proc/secsipid_proc_admin.xml",
    "kamailio/sipcapture/sipcapture.xml", "kamailio/sipjson/sipjson_admin.xml",
    "kamailio/siprepo/siprepo_admin.xml", "kamailio/sipt/sipt_admin.xml",
    "kamailio/siptrace/siptrace.xml", "kamailio/siptrace/siptrace_admin.xml",
    "kamailio/sl/sl_params.xml", "kamailio/sl/sl_stats.xml", "kamailio/sms/sms.xml",
    "kamailio/smsops/smsops.xml", "kamailio/sqlops/sqlops.xml", "kamailio/ss7ops/ss7ops.xml",
    "kamailio/ss7ops/ss7ops_admin.xml", "kamailio/sst/sst_admin.xml",
    "kamailio/statistics/statistics_admin.xml", "kamailio/statsd/statsd.xml",
    "kamailio/statsd/statsd_admin.xml", "kamailio/stirshaken/stirshaken_admin.xml",
    "kamailio/stun/stun.xml", "kamailio/stun/stun_admin.xml", "kamailio/sworker/sworker.xml",
    "kamailio/systemdops/systemdops.xml", "kamailio/tcpops/functions.xml",
    "kamailio/textops/textops_admin.xml", "kamailio/textopsx/textopsx.xml",
    "kamailio/timer/timer.xml", "kamailio/tls/history.xml", "kamailio/tls/hsm_howto.xml",
    "kamailio/tls/params.xml", "kamailio/tls/rpc.xml", "kamailio/tls_wolfssl/tls_wolfssl.xml",
    "kamailio/tm/api.xml", "kamailio/tm/event_routes.xml", "kamailio/tm/functions.xml",
    "kamailio/tmrec/tmrec_admin.xml", "kamailio/topoh/topoh.xml", "kamailio/topos/topos.xml",
    "kamailio/tsilo/tsilo.xml", "kamailio/uac/uac_admin.xml", "kamailio/uid_auth_db/functions.xml",
    "kamailio/uid_avp_db/functions.xml", "kamailio/uid_domain/domain_api.xml",
    "kamailio/uid_domain/fifo.xml", "kamailio/uid_gflags/functions.xml",
    "kamailio/uid_gflags/uid_gflags.xml", "kamailio/usrloc/usrloc_admin.xml",
    "kamailio/usrloc/usrloc_devel.xml", "kamailio/uuid/uuid_admin.xml",
    "kamailio/xcap_client/xcap_client.xml", "kamailio/xcap_client/xcap_client_admin.xml",
    "kamailio/xhttp/xhttp.xml", "kamailio/xhttp_pi/xhttp_pi_admin.xml",
    "kamailio/xhttp_prom/xhttp_prom.xml", "kamailio/xhttp_rpc/xhttp_rpc_admin.xml",
    "kamailio/xprint/xprint.xml", "opensips/acc", "opensips/alias_db", "opensips/auth",
    "opensips/auth_web3", "opensips/b2b_sca", "opensips/cachedb_memcached", "opensips/cfgutils",
    "opensips/cgrates", "opensips/clusterer", "opensips/config", "opensips/db_cachedb",
    "opensips/db_flatstore", "opensips/db_text", "opensips/dispatcher", "opensips/dns_cache",
    "opensips/domain", "opensips/enum", "opensips/event_datagram", "opensips/event_virtual",
    "opensips/exec", "opensips/fraud_detection", "opensips/jsonrpc", "opensips/launch_darkly",
    "opensips/ldap", "opensips/mediaproxy", "opensips/mi_datagram", "opensips/mi_html",
    "opensips/mi_http", "opensips/mmgeoip", "opensips/msilo", "opensips/msrp_ua",
    "opensips/opentelemetry", "opensips/perl", "opensips/pike", "opensips/proto_hep",
    "opensips/proto_msrp", "opensips/proto_smpp", "opensips/pua", "opensips/pua_mi",
    "opensips/pua_reginfo", "opensips/pua_usrloc", "opensips/qos", "opensips/rate_cacher",
    "opensips/ratelimit", "opensips/rls", "opensips/speeddial", "opensips/sqlops",
    "opensips/tcp_mgm", "opensips/tls_openssl", "opensips/tm", "opensips/trie", "opensips/uac",
    "opensips/uac_registrant", "opensips/usrloc", "opensips/xml", "opensips/xmpp",
    "rtpengine/architecture.md", "rtpengine/compiling_and_installing.md", "rtpengine/usage.md",
    "sipp/foreword.rst", "sipp/index.rst", "sipp/installation.rst", "sipp/scenarios/actions.rst",
    "sipp/scenarios/cond_branching.rst", "sipp/scenarios/init_stanza.rst",
    "sipp/scenarios/sipauth.rst", "sipp/scenarios/variables.rst", "sipp/statistics.rst",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=53,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_blocks,
    label=_label53,
    most=MOST,
    earlier=53,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])
