"""Build the nineteenth real-text set: access-log lines of web servers and proxies.

(Split note, committed before any file was read: the set's records are the sample and test
access-log lines of elastic/beats' Apache-2.0 filebeat modules and of DataDog's
integrations-core web-server and proxy integrations; the split is by system name.)
"""

from __future__ import annotations

import hashlib

#: The systems listed before extraction (11:39 UTC 2026-12-05), from the file listings only.
SYSTEMS = (
    "apache", "iis", "haproxy", "traefik", "squid", "envoy", "lighttpd", "varnish", "tomcat",
    "gunicorn", "kong", "istio", "nginx_ingress_controller", "traffic_server", "nginx",
    "weblogic",
)  # fmt: skip


def held_out(system: str) -> bool:
    """The split, fixed before extraction (11:39 UTC 2026-12-05): a system whose name's
    SHA-256 opens with 0 to 4 is held out (squid, gunicorn, kong, traffic_server, iis: 5 of
    16), the rest is development."""
    return hashlib.sha256(system.encode("utf-8")).hexdigest()[0] in "01234"
