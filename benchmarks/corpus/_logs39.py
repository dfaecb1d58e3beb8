"""Build the thirty-ninth real-text log set: network security appliances' events in a log parser's tests.

The text is the event lines that the Araqne log platform's parsers of network and security
appliances' syslog keep in their Java unit tests (``sportsbitenews/logdb``, a copy of the
Araqne ``logdb`` repository, Apache-2.0): firewalls and UTMs (Korean vendors' SECUI, NexG,
AhnLab, WINS, Future Systems, Samsung, Oullim, ICTIS; Cyberoam, WatchGuard, Fortinet, Palo Alto
Networks, Juniper NetScreen and SRX), VPN gateways (Juniper's and SecuWiz's SSL VPNs), intrusion
prevention and DDoS systems (WINS Sniper, TippingPoint, IBM Proventia, Snort, Radware
DefensePro, RioRey, Juniper IDP), web-application firewalls and gateways (Penta Wapples,
Piolink WebFront, MonitorApp WebInsight, Imperva SecureSphere, Symantec's web gateway, Citrix
NetScaler), network access control (Genians, ForeScout CounterACT), a wireless intrusion
prevention system (AirTight SpectraGuard) and a network malware appliance (FireEye).

Selection and split (fixed 2026-12-07 09:10 UTC from the test files' paths and class names
alone, before any record was read; ``benchmarks/corpus/README.md``): a system is a vendor's
product, the test classes of ``SYSTEM_FILES`` (a product two classes test, such as Juniper
SRX's old and new formats, is one system). Test classes of products that are no network gear
(mail, database-access, DRM, web-shell and host monitors, an anti-virus engine, management
consoles, the internal key-value parser, Apache and OpenSSH log files) are no system, nor are
two products whose kind the names do not tell (Tricubelab CubeDefense, XN Systems NeoBox).
The split is by system, a third held out (``_logset.holdout_systems``: the names with the
smallest SHA-256).
"""

from __future__ import annotations

#: The repository and commit read (``sportsbitenews/logdb``'s default branch, 2016-04-04).
LOGDB = "sportsbitenews/logdb"
SOURCES: dict[str, tuple[str, str]] = {
    LOGDB: ("ac1755a93db1ce592841b0c6fb210b5c533bdecf", "Apache-2.0"),
}
_KR = "araqne-krsyslog-parser/src/test/java/org/araqne/logparser/krsyslog/"
_SY = "araqne-syslog-parser/src/test/java/org/araqne/logparser/syslog/"
_SN = "araqne-snmptrap-parser/src/test/java/org/araqne/logparser/snmptrap/"
#: The systems and their test files, fixed 2026-12-07 09:10 UTC from paths and class names
#: alone, before any record was read.
SYSTEM_FILES: dict[str, tuple[str, ...]] = {
    "ahnlab-trusguard": (f"{_KR}ahnlab/TrusGuardLogParserTest.java",),
    "citrix-netscaler-mpx": (f"{_KR}citrix/NetScalerMpxParserTest.java",),
    "cyberoam-utm": (f"{_KR}cyberoam/CyberoamParserTest.java",),
    "futuresystems-weguardia": (f"{_KR}futuresystems/WeguardiaLogParserTest.java",),
    "genians-nac": (
        f"{_KR}geninetworks/GenianNacSnmpLogParserTest.java",
        f"{_KR}geninetworks/GenianNacSysLogParserTest.java",
    ),
    "ictis-iwall": (f"{_KR}ictis/IWallParserTest.java",),
    "monitorapp-webinsight": (f"{_KR}monitorapp/WebInsightParserTest.java",),
    "nexg-fw": (f"{_KR}nexg/NexgFwParserTest.java",),
    "nexg-vforce-utm": (f"{_KR}nexg/VForceUtmParserTest.java",),
    "oullim-secureworks": (f"{_KR}oullim/SecureWorksLogParserTest.java",),
    "penta-wapples": (
        f"{_KR}penta/WapplesSyslogParserTest.java",
        f"{_SN}pentasecurity/WapplesLogParserTest.java",
    ),
    "piolink-webfront": (f"{_KR}piolink/WebFrontLogParserTest.java",),
    "samsung-exshield": (f"{_KR}samsung/ExshieldCsvParserTest.java",),
    "secui-mf2": (f"{_KR}secui/Mf2LogParserTest.java",),
    "secui-mfi": (f"{_KR}secui/MfiLogParserTest.java",),
    "secui-nxg": (f"{_KR}secui/NxgLogParserTest.java",),
    "secuwiz-ssl-vpn": (f"{_KR}secuwiz/SecuwizSslLogParserTest.java",),
    "watchguard-firebox": (f"{_KR}watchguard/WatchGuardParserTest.java",),
    "wins-sniper-ips": (f"{_KR}winstechnet/SniperLogParserTest.java",),
    "airtight-spectraguard": (f"{_SY}airtight/SpectraGuardLogParserTest.java",),
    "fireeye-nx": (f"{_SY}fireeye/FireeyeLogParserTest.java",),
    "forescout-counteract": (f"{_SY}forescout/CounterActLogParserTest.java",),
    "fortinet-fortigate": (f"{_SY}fortinet/FortigateLogParserTest.java",),
    "hp-tippingpoint-ips": (f"{_SY}hp/TippingPointIpsLogParserTest.java",),
    "ibm-proventia-ids": (f"{_SY}ibm/ProventiaIdsLogParserTest.java",),
    "imperva-securesphere": (f"{_SY}imperva/SecureSphereParserTest.java",),
    "juniper-netscreen": (f"{_SY}juniper/NetScreenLogParserTest.java",),
    "juniper-ssl-vpn": (f"{_SY}juniper/SSLLogParserTest.java",),
    "juniper-srx": (
        f"{_SY}juniper/SrxLogParserTest.java",
        f"{_SY}juniper/SrxNewLogParserTest.java",
    ),
    "juniper-idp-attack": (
        f"{_SY}juniper/attack/JuniperAttackLogParserTest.java",
        f"{_SY}juniper/attack/JuniperAttackLogPatternTest.java",
    ),
    "juniper-session": (f"{_SY}juniper/session/JuniperSessionLogParserTest.java",),
    "paloalto-panos": (f"{_SY}paloaltonetworks/PaloAltoLogParserTest.java",),
    "radware-defensepro": (f"{_SY}radware/DefenseProLogParserTest.java",),
    "riorey-ddos": (
        f"{_SY}riorey/RioreyDdosLogParserTest.java",
        f"{_SY}riorey/RioreySysLogParserTest.java",
    ),
    "sourcefire-snort": (f"{_SY}sourcefire/SnortLogParserTest.java",),
    "symantec-swg": (f"{_SY}symantec/SwgLogParserTest.java",),
}
SYSTEMS = tuple(SYSTEM_FILES)
#: The held-out systems: the 12 (a third) of the 36 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-07 09:10 UTC before any record was read.
HOLDOUT = frozenset({
    "ahnlab-trusguard", "fireeye-nx", "imperva-securesphere", "juniper-srx", "nexg-fw",
    "nexg-vforce-utm", "paloalto-panos", "radware-defensepro", "riorey-ddos", "samsung-exshield",
    "sourcefire-snort", "symantec-swg",
})  # fmt: skip
