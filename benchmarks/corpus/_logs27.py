"""Build the twenty-seventh real-text log set: security appliances' events in Elastic's integration tests.

Split fixed 2026-12-06 03:38 UTC from the systems' names alone, before any file was read (work in
progress: the builder follows).
"""

#: The systems: ``<package>/<data stream>`` of ``elastic/integrations`` whose pipeline tests hold
#: a security appliance's raw events, fixed from the packages' names before any file was read.
SYSTEMS = (
    "barracuda/waf", "cef/log", "checkpoint/firewall", "cisco_asa/log", "cisco_ftd/log",
    "cisco_ise/log", "citrix_waf/log", "f5_bigip/log", "fireeye/nx", "fortinet_fortigate/log",
    "fortinet_fortimail/log", "fortinet_fortiproxy/log", "juniper_srx/log", "panw/panos",
    "sonicwall_firewall/log", "sophos/utm", "sophos/xg", "watchguard_firebox/log",
)  # fmt: skip
#: The held-out systems: the 6 (a third) of the 18 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 03:38 UTC before any file was read.
HOLDOUT = frozenset({
    "barracuda/waf", "cef/log", "checkpoint/firewall", "fireeye/nx", "fortinet_fortigate/log",
    "fortinet_fortimail/log",
})  # fmt: skip
