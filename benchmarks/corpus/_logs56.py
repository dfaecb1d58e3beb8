"""Build the fifty-sixth real-text log set: Wi-Fi and network-configuration daemons' documented text.

Two projects whose documentation, examples and test expectations are made of station and
access-point addresses, each read at a pinned commit:

* hostap, the project of ``hostapd`` (the Wi-Fi access point and RADIUS server) and
  ``wpa_supplicant`` (the Wi-Fi client), read in Candela Technologies' GitHub fork
  (``greearb/hostap-ct``, which carries upstream's ``w1.fi`` files; BSD-3-Clause, ``README``,
  ``COPYING``): the plain-text documentation (``README*``, ``*.txt``: the control interface's
  events and commands, WPS, P2P, DPP, Hotspot 2.0, NAN sessions, the test setup guides) and the
  example configuration files (``*.conf``, ``hostapd.accept``, ``hostapd.deny``,
  ``hostapd.vlan``, ``hostapd.wpa_psk``, ``hostapd.radius_clients``, ``hostapd.eap_user``) of
  the folders ``.``, ``hostapd``, ``hostapd/logwatch``, ``wpa_supplicant``,
  ``wpa_supplicant/examples``, ``tests``, ``tests/hwsim``, ``tests/hwsim/vm``,
  ``radius_example``, ``eap_example``, ``wpadebug`` (not ``hs20/`` nor
  ``tests/hwsim/auth_serv/``: certificates and CA databases).
* NetworkManager (``NetworkManager/NetworkManager``; GPL-2.0-or-later ``COPYING``, LGPL-2.1
  ``COPYING.LGPL``, the manual pages GFDL-1.1-no-invariants-or-later ``COPYING.GFDL``, as their
  SPDX lines say): the manual pages' literal blocks (``man/*.xml``: ``<screen>``,
  ``<programlisting>``, ``<literallayout>``: ``nmcli`` sessions and output, configuration),
  the ``nmcli`` output its client tests compare against
  (``src/tests/client/test-client.check-on-disk/*.expected``) and the keyfile plugin's test
  connection files (``src/core/settings/plugins/keyfile/tests/keyfiles/*``, not ``*.pem``).

No earlier set read either repository (earlier sets read other projects' hostapd, dnsmasq and
wpa_supplicant lines, and generated hostapd lines).

Selection and split (fixed 2026-12-08 00:42 UTC from the file names alone, before any block
was read; while choosing the sources the SPDX header of ``man/nmcli-examples.xml`` and the
head of hostap's ``COPYING`` were seen): a system is a file, named ``hostap/<path>`` or
``networkmanager/<path>``. The split is by system, a third held out
(``_logset.holdout_systems``: the names with the smallest SHA-256). A record is one block of a
file: of a DocBook page, a ``<screen>``, ``<programlisting>`` or ``<literallayout>`` element's
text (:func:`docbook_blocks`: CDATA as is, other markup removed, entities unescaped); of any
other file, a paragraph (``_logs54.paragraphs``: a run of non-blank lines); a block longer
than ``MAX_LINES`` lines is cut into pieces of ``MAX_LINES`` lines (:func:`pieces`); dedented,
trailing blanks gone, at least ``MIN_CHARS`` characters, distinct per file, in file order.
Dropped: a block with a control character other than a tab or a new line; one carrying the tag
of a program fail2ban has filters for (``_logs48.keep``); one equal to a development record of
an earlier real log set (held-out records compared by SHA-256 only, never read); one already
taken by a system earlier in this set. Per system at most ``MOST`` evenly spaced blocks.

Labels: the fifty-fifth set's rules (``_logs55._label55``: the first to fifty-fourth sets'
rules, IP, MAC and e-mail addresses gold, a browser-shaped user agent ``USER_AGENT``,
everything else non-personal, an address of ``0.0.0.0`` ignored, an all-zero or broadcast MAC
no device; DHCP client ids' and link-layer DUIDs' MACs gold, other long octet runs ignored; a
Bluetooth address, a D-Bus ``dev_`` path's octets and twelve bare hex digits after an address
word a MAC), applied to both parts before any detector ran. Rules written for this set
(``_label56``), before any block was read, applied to both parts:

1. A BSSID, a station's, a P2P device's or interface's address, a peer's address in a control
   interface event (``CTRL-EVENT-CONNECTED - Connection to <bssid>``, ``AP-STA-CONNECTED
   <addr>``, ``P2P-DEVICE-FOUND <addr> p2p_dev_addr=<addr>``) is a device's MAC address: six
   colon-separated octets are the earlier rules' ``MAC_ADDRESS``, also when a key is glued to
   them by a colon (``nmcli``'s terse fields, ``GENERAL.HWADDR:C0:...``: a key ending in a
   letter or a ``]``, then ``:``), as long as no seventh octet joins the run (before the key's
   colon a two-hex-digit word standing alone, or after the sixth octet ``:`` and an octet).
2. A MAC address whose colons are escaped with a backslash (``nmcli``'s terse and escaped
   output, ``00\\:11\\:22\\:33\\:44\\:55``) is a ``MAC_ADDRESS``, from its first octet to its
   last.
3. Twelve bare hex digits as the value of a key whose last word names an address (``bssid``,
   ``own_addr``, ``p2p_dev_addr``, ``mac``, ``macaddr``, ``hwaddr``, ``address``; ``=`` or
   ``:`` between, quoted or not) are a ``MAC_ADDRESS`` (the fifty-fifth set's rule 3 for keys
   that end with such a word).
4. NetworkManager's old keyfile format writes a MAC address as six decimal bytes separated by
   semicolons (``mac-address=0;17;34;51;68;85;``): after a key naming a MAC address
   (``mac-address``, ``cloned-mac-address``, ``mac``), exactly six numbers from 0 to 255 are a
   ``MAC_ADDRESS`` (the six numbers and the semicolons between them), unless all zero or all 255.
5. A MAC address mask is no device: six colon-separated octets right after a MAC address and a
   ``/`` (``bssid/mask``: ``02:00:00:00:00:00/ff:ff:ff:00:00:00``), or the value of a key with
   ``mask`` in its name, are ignored (``MAC_MASK``; an earlier gold span there dropped).
6. SSIDs, passphrases, PSKs, keys, UUIDs, certificates, interface and connection names, and
   device paths are non-personal (none of the labelled kinds).

Run once, with local git directories of the two repositories:

    python -m benchmarks.corpus._logs56 --git greearb/hostap-ct=DIR \\
        --git NetworkManager/NetworkManager=DIR
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from benchmarks.corpus import _logs53, _logset
from benchmarks.corpus._git import git_show
from benchmarks.corpus._logs48 import keep
from benchmarks.corpus._logs53 import _block
from benchmarks.corpus._logs54 import paragraphs
from benchmarks.corpus._logs55 import _label55

if TYPE_CHECKING:
    from pathlib import Path

#: The repositories and commits read (the default branches' newest stored snapshots).
HOSTAP = "greearb/hostap-ct"
NM = "NetworkManager/NetworkManager"
SOURCES: dict[str, tuple[str, str]] = {
    HOSTAP: ("76d4a91710efc86f9dac2094d94c5f84babf099d", "BSD-3-Clause"),
    NM: (
        "355bc902994f8f616bc80dcb451455f7aeb6b809",
        "GPL-2.0-or-later / LGPL-2.1 / GFDL-1.1-no-invariants-or-later (manual pages)",
    ),
}
#: The systems' prefixes by repository.
PREFIX = {HOSTAP: "hostap", NM: "networkmanager"}
#: The most records a system gives (evenly spaced, ``_logs4._select``).
MOST = 3
#: The most lines a record holds (a longer block is cut, :func:`pieces`).
MAX_LINES = 40

#: hostap's folders read (module docstring).
_HOSTAP_DIRS = frozenset({
    "", "hostapd", "hostapd/logwatch", "wpa_supplicant", "wpa_supplicant/examples", "tests",
    "tests/hwsim", "tests/hwsim/vm", "radius_example", "eap_example", "wpadebug",
})  # fmt: skip
#: hostapd's example files read besides ``README*``, ``*.txt`` and ``*.conf``.
_HOSTAP_NAMES = frozenset({
    "hostapd.accept", "hostapd.deny", "hostapd.vlan", "hostapd.wpa_psk",
    "hostapd.radius_clients", "hostapd.eap_user",
})  # fmt: skip
_NM_TESTS = "src/tests/client/test-client.check-on-disk/"
_NM_KEYFILES = "src/core/settings/plugins/keyfile/tests/keyfiles/"


def _wanted(repo: str, path: str) -> bool:
    """Whether a file of ``repo`` is read (the module docstring's list)."""
    folder, _, name = path.rpartition("/")
    if repo == HOSTAP:
        return folder in _HOSTAP_DIRS and (
            name.startswith("README") or name.endswith((".txt", ".conf")) or name in _HOSTAP_NAMES
        )
    return (
        (folder == "man" and name.endswith(".xml"))
        or (path.startswith(_NM_TESTS) and name.endswith(".expected"))
        or (path.startswith(_NM_KEYFILES) and not name.endswith(".pem"))
    )


_LITERAL = re.compile(r"<(screen|programlisting|literallayout)\b[^>]*>(.*?)</\1>", re.DOTALL)


def docbook_blocks(page: str) -> list[str]:
    """A DocBook page's literal elements' text (CDATA as is, other markup removed)."""
    return _logs53.docbook_blocks(page, _LITERAL)


def pieces(block: str) -> list[str]:
    """A block cut into pieces of at most ``MAX_LINES`` lines, each dedented."""
    lines = block.splitlines()
    if len(lines) <= MAX_LINES:
        return [block]
    return [_block(lines[i : i + MAX_LINES]) for i in range(0, len(lines), MAX_LINES)]


def _where(system: str) -> tuple[str, str]:
    """The repository and path of a system's file."""
    return _logset.prefixed_where(PREFIX, system)


def systems(gits: dict[str, Path]) -> list[str]:
    """The files read, named ``<prefix>/<path>``, sorted."""
    return _logset.prefixed_systems(gits, SOURCES, PREFIX, _wanted)


def file_blocks(path: str, text: str) -> list[str]:
    """A file's blocks by its kind (the module docstring's reading)."""
    blocks = docbook_blocks(text) if path.endswith(".xml") else paragraphs(text)
    return [p for b in blocks for p in pieces(b)]


def system_blocks(gits: dict[str, Path], system: str) -> list[str]:
    """A file's kept blocks, distinct, in file order."""
    repo, path = _where(system)
    text = git_show(gits[repo], SOURCES[repo][0], path)
    return list(dict.fromkeys(b for b in file_blocks(path, text) if keep(b)))


_OCTET = r"[0-9A-Fa-f]{2}"
#: Rule 1: six colon-separated octets glued to a key by a colon (no further octet after them).
_GLUED_MAC = re.compile(
    rf"(?<=[A-Za-z\]]:)((?:{_OCTET}:){{5}}{_OCTET})(?![0-9A-Za-z])(?!:{_OCTET})"
)
#: An octet and a colon standing alone before a glued run: the run is longer than six octets.
_OCTET_BEFORE = re.compile(rf"(?<![0-9A-Za-z]){_OCTET}:")
#: Rule 2: a MAC address with backslash-escaped colons.
_ESCAPED_MAC = re.compile(rf"(?<![0-9A-Za-z])(?:{_OCTET}\\:){{5}}{_OCTET}(?![0-9A-Za-z])")
#: Rule 3: twelve bare hex digits as the value of a key whose last word names an address.
_BARE_KEY = re.compile(
    r"(?i)(?<![\w-])[\w.-]*?(?:bssid|addr|address|mac|macaddr|hwaddr)[\"']?\s*[:=]\s*[\"']?"
    r"([0-9A-Fa-f]{12})(?![0-9A-Za-z])"
)
#: Rule 4: six decimal bytes after a key naming a MAC address (NetworkManager's old keyfiles).
_DECIMAL_MAC = re.compile(
    r"(?i)(?<![\w-])(?:cloned-mac-address|mac-address|mac)\s*=\s*"
    r"((?:\d{1,3};){5}\d{1,3});?(?![\d;])"
)
#: Rule 5: a MAC mask after a MAC address and a slash, or as the value of a ``mask`` key.
_MAC = rf"(?:{_OCTET}:){{5}}{_OCTET}"
_MAC_MASK = re.compile(
    rf"(?:(?<![0-9A-Za-z:]){_MAC}/({_MAC})|(?i:[\w-]*mask[\w-]*)[\"']?\s*[:=]\s*[\"']?({_MAC}))"
    r"(?![0-9A-Za-z:])"
)


def _label56(text: str, system: str) -> _logset.Labels:
    """``_label55``, then the Wi-Fi and network-configuration rules (module docstring)."""
    gold, ignored = _label55(text, system)

    def overlaps(span: dict[str, object], start: int, end: int) -> bool:
        return int(span["start"]) < end and start < int(span["end"])  # type: ignore[call-overload]

    masks = []
    for m in _MAC_MASK.finditer(text):
        group = 1 if m.group(1) is not None else 2
        masks.append(m.span(group))
    for start, end in masks:
        gold = [g for g in gold if not overlaps(g, start, end)]
        ignored = [i for i in ignored if not overlaps(i, start, end)]
        ignored.append({"start": start, "end": end, "label": "MAC_MASK"})

    def put_mac(start: int, end: int, digits: str) -> None:
        nonlocal gold
        if any(overlaps(i, start, end) for i in ignored):
            return
        if not (digits.strip("0") and digits.strip("f")):
            return  # all-zero or broadcast: no device (the earlier rules' verdict)
        gold = [g for g in gold if not overlaps(g, start, end)]
        gold.append({"start": start, "end": end, "entity": "MAC_ADDRESS"})

    def hex_digits(start: int, end: int) -> str:
        return re.sub(r"[^0-9A-Fa-f]", "", text[start:end]).lower()

    for m in _GLUED_MAC.finditer(text):
        if _OCTET_BEFORE.match(text, max(0, m.start() - 3)):
            continue  # the run goes on before the key's colon: a longer octet run, no MAC
        put_mac(*m.span(1), hex_digits(*m.span(1)))
    for m in _ESCAPED_MAC.finditer(text):
        put_mac(*m.span(), hex_digits(*m.span()))
    for m in _BARE_KEY.finditer(text):
        put_mac(*m.span(1), hex_digits(*m.span(1)))
    for m in _DECIMAL_MAC.finditer(text):
        numbers = [int(n) for n in m.group(1).split(";")]
        if all(n <= 255 for n in numbers):
            put_mac(*m.span(1), "".join(f"{n:02x}" for n in numbers))
    gold.sort(key=lambda g: (int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
    ignored.sort(key=lambda i: (int(i["start"]), int(i["end"])))  # type: ignore[call-overload]
    return gold, ignored


#: The held-out systems: 40 (a third) of the 122 files, those whose names have the smallest
#: SHA-256 (``_logset.holdout_systems``), fixed 2026-12-08 00:42 UTC before any block was read.
HOLDOUT = frozenset({
    "hostap/eap_example/dh.conf",
    "hostap/hostapd/README-MULTI-AP",
    "hostap/hostapd/eap_testing.txt",
    "hostap/hostapd/hostapd.accept",
    "hostap/hostapd/hostapd.eap_user",
    "hostap/hostapd/hostapd.wpa_psk",
    "hostap/hostapd/logwatch/README",
    "hostap/tests/hwsim/example-setup.txt",
    "hostap/tests/hwsim/hostapd.wpa_psk",
    "hostap/tests/hwsim/owe-bss-2.conf",
    "hostap/tests/hwsim/p2p1.conf",
    "hostap/tests/hwsim/p2p2.conf",
    "hostap/wpa_supplicant/README-HS20",
    "hostap/wpa_supplicant/README-WPS",
    "hostap/wpa_supplicant/examples/wep.conf",
    "hostap/wpa_supplicant/todo.txt",
    "hostap/wpa_supplicant/wpa_supplicant.conf",
    "networkmanager/man/NetworkManager.conf.xml",
    "networkmanager/man/nm-online.xml",
    "networkmanager/man/nmcli-examples.xml",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/ATT_Data_Connect_BT",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Bridge_Main",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_GSM_Connection",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_InfiniBand_Connection",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Intlike_SSID",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Missing_Vlan_Flags",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_String_SSID",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Wired_Connection",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Wired_TLS_New",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Wired_TLS_Old",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Wired_TLS_Path_Missing",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Wireless_Connection",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_Write_Infiniband",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_dcb_connection",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_minimal_2",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_minimal_port_3",
    "networkmanager/src/core/settings/plugins/keyfile/tests/keyfiles/Test_minimal_port_4",
    "networkmanager/src/tests/client/test-client.check-on-disk/test_002.expected",
    "networkmanager/src/tests/client/test-client.check-on-disk/test_004.expected",
    "networkmanager/src/tests/client/test-client.check-on-disk/test_daemon_not_running.expected",
})  # fmt: skip

#: The set as the shared builder reads it.
SET = _logset.LogSet(
    number=56,
    repositories=tuple(SOURCES),
    systems=systems,
    holdout=HOLDOUT,
    texts=system_blocks,
    label=_label56,
    most=MOST,
    earlier=56,
    holdout_unique=True,
)


if __name__ == "__main__":
    _logset.main(SET, __doc__, sys.argv[1:])
