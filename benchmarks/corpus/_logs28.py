"""Build the twenty-eighth real-text log set: security products' sample logs in Microsoft Sentinel's repository.

The text is the raw sample events that ``Azure/Azure-Sentinel`` (MIT) keeps under ``Sample
Data/`` for its data connectors and parsers: CEF events of an OT intrusion detector (Radiflow
iSID), a file-sanitising gateway (Votiro), an endpoint product (WithSecure) and an identity
platform (ForgeRock); an automated penetration tester (RidgeBot); syslog of a SIEM (Exabeam);
VMware SASE's secure web gateway (web, DLP and health logs), SD-WAN edge firewall and
orchestrator audit logs; and the ``SyslogMessage`` of syslog events of a network access
controller (Forescout), an intrusion prevention sensor (McAfee NSP), a DLP product (Digital
Guardian), an authentication service (Symantec VIP), a device manager (Ivanti UEM) and Oracle
Database audit records.

The repository is too large to fetch here; its files were read from the code index, each at the
commit the index stores (pinned with each file), and the chosen lines copied, as the files have
them, into ``benchmarks/data/real_logs28_lines.jsonl`` (one object a file: system, path, commit,
and its lines joined by new lines as ``text``). This module reads that file.

Selection and split (fixed 2026-12-06 05:47 UTC from the systems' names and file names alone,
before any file was read; ``benchmarks/corpus/README.md``): a system is one product's sample
file (or files) under ``Sample Data/`` (``SOURCES``), chosen as security or network products no
earlier log set has (products of vendors whose other products earlier sets hold, and systems
fail2ban has filters for, were not taken); the split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256).

Run once:

    python -m benchmarks.corpus._logs28
"""

from __future__ import annotations

REPOSITORY = "Azure/Azure-Sentinel"
LICENCE = "MIT"
#: The systems and their sample files under ``Sample Data/``, fixed from the file names before
#: any file was read.
SOURCES: dict[str, tuple[str, ...]] = {
    "cef/forgerock": ("Sample Data/ForgeRock_CEF.txt",),
    "cef/radiflow_isid": ("Sample Data/CEF/RadiflowIsid_RawLogs.txt",),
    "cef/votiro": ("Sample Data/CEF/VotiroSampleData.txt",),
    "cef/withsecure": ("Sample Data/CEF/WithSecureViaConnectorSampleData.txt",),
    "ridgesecurity/ridgebot": ("Sample Data/RidgeSecurity_RawLogs.txt",),
    "syslog/digital_guardian": ("Sample Data/Syslog/DigitalGuardianDLPEvent.json",),
    "syslog/exabeam": ("Sample Data/Syslog/Exabeam.txt",),
    "syslog/forescout": ("Sample Data/Syslog/Forescout.json",),
    "syslog/ivanti_uem": ("Sample Data/Syslog/IvantiUEM.json",),
    "syslog/mcafee_nsp": ("Sample Data/Syslog/McAfeeNSP.json",),
    "syslog/oracle_db_audit": ("Sample Data/Syslog/OracleDatabaseAudit.txt",),
    "syslog/symantec_vip": ("Sample Data/Syslog/SymantecVIP.json",),
    "vmware_sase/cws_dlp": ("Sample Data/VMwareSASE_SDWAN/cwsdlplogs.txt",),
    "vmware_sase/cws_web": ("Sample Data/VMwareSASE_SDWAN/cwsweblogs.txt",),
    "vmware_sase/efs_fw": (
        "Sample Data/VMwareSASE_SDWAN/efs_fwlogs.txt",
        "Sample Data/VMwareSASE_SDWAN/efs_fwlogs2.txt",
    ),
    "vmware_sase/health": (
        "Sample Data/VMwareSASE_SDWAN/cwshealth.txt",
        "Sample Data/VMwareSASE_SDWAN/searchapi_health.txt",
    ),
    "vmware_sase/vco_audit": ("Sample Data/VMwareSASE_SDWAN/vecoauditlogs.txt",),
}
SYSTEMS = tuple(sorted(SOURCES))
#: The held-out systems: the 5 (a third) of the 17 whose names have the smallest SHA-256
#: (``_logset.holdout_systems``), fixed 2026-12-06 05:47 UTC before any file was read.
HOLDOUT = frozenset({
    "cef/radiflow_isid", "ridgesecurity/ridgebot", "syslog/forescout", "syslog/mcafee_nsp",
    "syslog/oracle_db_audit",
})  # fmt: skip
#: Records taken from each file: the first ``LINES`` non-empty lines of its first 16,000
#: characters (one page of the code index); of a JSON file, the first ``LINES`` events'
#: ``SyslogMessage`` strings (a file without that field gives nothing). Fixed with the split,
#: before any file was read.
LINES = 6
#: A file that holds a JSON array of events rather than lines or syslog messages (VMware SASE's
#: samples, seen when the first two of them were read, before any held-out file was): its first
#: ``JSON_EVENTS`` events, each written as one line of compact JSON (``json.dumps`` with
#: ``(",", ":")`` separators, keys in the file's order), the form a JSON-lines log gives them.
JSON_EVENTS = 4
