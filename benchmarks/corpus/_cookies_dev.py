"""Build ``benchmarks/data/cookies_dev.jsonl``: real cookie values, labelled by written rules.

Usage (the three repositories cloned at the pinned commits; only ``git show`` is used)::

    python -m benchmarks.corpus._cookies_dev PAGEXRAY_GIT HARVIEWER_GIT PSAT_GIT

Each record is one ``name=value`` pair as it was sent or set, written as a one-line header
(``Cookie: name=value`` or ``Set-Cookie: name=value``). Sources, selection, licences and the
labelling rules are in ``benchmarks/corpus/README.md`` (section "Cookie values"). The labels
are the decisions in :data:`LABELS`, written by reading each selected pair before any
detector ran on them; this file shares no code with privkit.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from benchmarks.corpus import _jsonl
from benchmarks.corpus._git import git_files, git_show

OUT = Path(__file__).resolve().parents[1] / "data" / "cookies_dev.jsonl"

PAGEXRAY = ("sitespeedio/pagexray", "c9f22741d20bdb171b695de66fe2614d43fdb961")
HARVIEWER = ("janodvarko/harviewer", "579969c6bb5537e0ddb358c6a273325eed16fe18")
PSAT = ("GoogleChromeLabs/ps-analysis-tool", "05285e01ffe8039cc602dbbff0395a0da4727675")
PSAT_FILE = "packages/extension/src/serviceWorker/chromeListeners/test-utils/requestHeaders.ts"


def _show(git_dir: str, commit: str, path: str) -> str:
    return git_show(git_dir, commit, path).removeprefix("\ufeff")


def _har_pairs(text: str) -> list[tuple[str, str, str]]:
    """(header, name, value) of every cookie pair in a HAR's request and response headers."""
    text = text.strip()
    if not text.startswith("{"):  # a JSONP-wrapped HAR: onInputData({...});
        text = text[text.index("(") + 1 : text.rindex(")")]
    try:
        har = json.loads(text)
    except ValueError:
        return []  # the deliberately broken files of a viewer's test suite
    out = []
    for entry in har.get("log", {}).get("entries", []):
        for side in ("request", "response"):
            for h in entry.get(side, {}).get("headers", []):
                low = h["name"].lower()
                if low == "cookie":
                    parts = h["value"].split(";")
                    header = "Cookie"
                elif low == "set-cookie":
                    parts = [line.split(";", 1)[0] for line in h["value"].split("\n")]
                    header = "Set-Cookie"
                else:
                    continue
                for part in parts:
                    if "=" in part:
                        name, value = part.strip().split("=", 1)
                        out.append((header, name, value))
    return out


def select(pagexray: str, harviewer: str, psat: str) -> list[dict[str, str]]:
    """The selected pairs, in a fixed order (the selection rule is in the README)."""
    rows: list[dict[str, str]] = []
    # pagexray: the first pair of each cookie name (files in path order), every second name.
    names: dict[str, dict[str, str]] = {}
    for path in git_files(pagexray, PAGEXRAY[1], suffix=".har"):
        for header, name, value in _har_pairs(_show(pagexray, PAGEXRAY[1], path)):
            names.setdefault(
                name, {"repo": PAGEXRAY[0], "path": path, "header": header, "name": name,
                       "value": value}
            )  # fmt: skip
    rows += [r for i, r in enumerate(names.values()) if i % 2 == 0]
    # harviewer: every distinct pair.
    seen: set[tuple[str, str]] = set()
    for path in git_files(harviewer, HARVIEWER[1], suffix=".har"):
        for header, name, value in _har_pairs(_show(harviewer, HARVIEWER[1], path)):
            if (name, value) not in seen:
                seen.add((name, value))
                rows.append({"repo": HARVIEWER[0], "path": path, "header": header,
                             "name": name, "value": value})  # fmt: skip
    # ps-analysis-tool: the pairs of its recorded Cookie request header.
    src = _show(psat, PSAT[1], PSAT_FILE)
    m = re.search(r"name: 'Cookie',\s*value:\s*'([^']*)'", src)
    assert m is not None
    for part in m.group(1).split(";"):
        name, value = part.strip().split("=", 1)
        rows.append({"repo": PSAT[0], "path": PSAT_FILE, "header": "Cookie", "name": name,
                     "value": value})  # fmt: skip
    return rows


# The label of each selected pair, by its position in :func:`select` (the cookie name is
# checked). ID: the whole value is an identifier (COOKIE_ID); NO: not an identifier;
# IGN: ignored (neither gold nor clean; the reason is in the README); LOC: location data
# (ignored, label LOCATION); a tuple lists the labelled parts inside the value, each
# (label, text) with label COOKIE_ID, IP_ADDRESS or ignore.
ID, NO, IGN, LOC = "id", "no", "ign", "loc"
Parts = tuple[tuple[str, str], ...]
LABELS: dict[int, tuple[str, str | Parts]] = {
    0: ("X-AB-Device-Type", NO), 1: ("__utmt", NO), 2: ("__utmb", NO), 3: ("__utmz", NO),
    4: ("s_fid", ID), 5: ("s_cc", NO), 6: ("NSC_pbt.fvd1ef_wtfswfs_iuuq", NO), 7: ("_lp4_u", ID),
    8: ("cis-eid", ID), 9: ("cis-sid", ID), 10: ("npid", ID), 11: ("andata", IGN),
    12: ("ss_0", IGN), 13: ("ss_1", IGN), 14: ("npst", IGN), 15: ("sess", NO),
    16: ("asessionid", IGN), 17: ("nPsegs", NO), 18: ("_hjUserId", ID),
    19: ("_DataTrackerVisitor", ID), 20: ("_DataTrackerSession", ID), 21: ("TS0156788c", ID),
    22: ("NSC_xxx_hwt", NO), 23: ("JSIDVZW", ID), 24: ("isControlGroupValidated", NO),
    25: ("BestInClassPageCountCookie", NO), 26: ("NSC_xxx_qptuqbje_mcwt", NO),
    27: ("utag_main", (("COOKIE_ID", "0161702a0fcf001da10be77082cb03079002807100838"),)),
    28: ("AMCV_843F02BE53271A1A0A490D4C%40AdobeOrg",
         (("COOKIE_ID", "53821922053672455783640947214275450498"),)),
    29: ("ZIPCODE", LOC), 30: ("CITY", LOC), 31: ("SameDayCookie", NO), 32: ("MUIDB", ID),
    33: ("test_cookie", NO), 34: ("APID", ID), 35: ("TDCPM", IGN),
    36: ("mbox", (("COOKIE_ID", "8dfcb14c08af47e4bfa94e53cd7db13f"),)), 37: ("s_sess", NO),
    38: ("IDSYNC", NO), 39: ("dpm", ID), 40: ("BVSID", ID), 41: ("aam_sc", NO), 42: ("aam_id", ID),
    43: ("BVBRANDSID", ID), 44: ("dtCookie", ID), 45: ("dtLatC", NO), 46: ("MP_LANG", NO),
    47: ("inqVital_10004593", (("COOKIE_ID", "755578321685677460"),
                               ("IP_ADDRESS", "213.113.151.37"))),
    48: ("inqState_10004593", NO), 49: ("DYN_USER_ID", ID), 50: ("isCustomerLoggedIn", NO),
    51: ("ADRUM_BT1", NO), 52: ("AKA_A2", NO), 53: ("ak_bmsc", ID), 54: ("_gcl_au", ID),
    55: ("_gid", ID), 56: ("_ga_D8LRHP9HJ8", IGN), 57: ("UserMatchHistory", ID), 58: ("lang", NO),
    59: ("lidc", NO), 60: ("li_gc", NO), 61: ("mmapi.store.s.0", NO), 62: ("WTPERSIST", NO),
    63: ("ELOQUA", (("COOKIE_ID", "039B147782C84352B659F4ED1C53918E"),)), 64: ("bkdc", NO),
    65: ("bku", ID), 66: ("rt", NO),
    67: ("da_sid", (("COOKIE_ID", "F9E4E5938E33AE8E2942AA134A95482FD9"),)),
    68: ("kampyle_userid", ID), 69: ("kampyleUserSessionsCount", NO), 70: ("SameSite", NO),
    71: ("UIDR", IGN), 72: ("_gat", NO), 73: ("leo_auth_token", ID),
    74: ("s_leo_auth_token", NO), 75: ("__cfduid", ID), 76: ("GeoIP", LOC),
    77: ("enwikimwuser-sessionId", ID), 78: ("CP", NO), 79: ("incap_ses_720_475759", ID),
    80: ("nlbi_475759", NO), 81: ("___utmvaoyuasaE", IGN), 82: ("ASP.NET_SessionId", ID),
    83: ("_gat_UA-17128086-1", NO), 84: ("BIGipServerPOOL-www.brasseriedeluxembourg.lu", NO),
    85: ("visid_incap_592261", ID), 86: ("___utmvmVOuOvZm", IGN), 87: ("___utmvbVOuOvZm", IGN),
    88: ("MS_AUTH", ID), 89: ("MS_CLIENT", ID), 90: ("incap_ses_375_1076874", ID),
    91: ("___utmvazNuNikLB", IGN), 92: ("i18next", NO), 93: ("wteid_264015047384897", ID),
    94: ("wteid_484344353165262", ID), 95: ("wt_nbg_Q3", ID), 96: ("ACOOKIE", ID),
    97: ("___utmvc", IGN), 98: ("pid", ID), 99: ("pid_signature", IGN), 100: ("__extblt", NO),
    101: ("_burtAgency", (("COOKIE_ID", "P2JCJGE4TBWH"), ("COOKIE_ID", "P2JCJGQ9QSG8"),
                          ("ignore", "P2JCJG2LHZI8"))),
    102: ("ruid", (("COOKIE_ID", "56157f6b5a5b0c3c4842730e7ac670"),)), 103: ("glimrv4", ID),
    104: ("id", ID), 105: ("burtSegments", NO), 106: ("bau_burtId", NO), 107: ("__codnt", NO),
    108: ("lystra_guid", ID), 109: ("KADUSERCOOKIE", ID), 110: ("mc", ID), 111: ("TapAd_DID", ID),
    112: ("rlas3", ID), 113: ("ab", ID), 114: ("PUBMDCID", NO), 115: ("location-data", LOC),
    116: ("x-csrf-jwt", ID), 117: ("com.wm.reflector", NO), 118: ("bstc", ID),
    119: ("_internal.verticalTheme", NO), 120: ("_tap-mediamath", NO), 121: ("_tap-wmt-dw", NO),
    122: ("btc", ID), 123: ("b30msc", ID), 124: ("_tap-lrB", NO), 125: ("displaytap-facebook", NO),
    126: ("r_v_tap_t", NO), 127: ("_tap-krux", NO), 128: ("drtn1058229022", ID),
    129: ("drtn387344767", ID), 130: ("WMF-Last-Access-Global", NO), 131: ("RMID", ID),
    132: ("optimizelySegments", NO), 133: ("optimizelyBuckets", NO), 134: ("NYT-wpAB", NO),
    135: ("GZIP", NO), 136: ("uuid", ID), 137: ("pa", NO), 138: ("tagx-l", NO),
    139: ("tagx-p", NO), 140: ("X1ID", ID), 141: ("krux_segs", NO), 142: ("DYSES", ID),
    143: ("walley", ID), 144: ("_cb_ls", NO), 145: ("IMRID", ID), 146: ("matchgoogle", NO),
    147: ("b", ID), 148: ("eud", IGN), 149: ("hl", NO), 150: ("O62051737", NO),
    151: ("M62795-37036736", NO), 152: ("M62795-57764125", NO), 153: ("_dycst", NO),
    154: ("_dy_toffset", NO), 155: ("sp", ID), 156: ("B", (("COOKIE_ID", "91if7s5au42tt"),)),
    157: ("CMID", ID), 158: ("c", NO), 159: ("rpb", NO), 160: ("rpx", NO), 161: ("CMSC", IGN),
    162: ("CMDD", NO), 163: ("tuuid", ID), 164: ("euds", IGN), 165: ("rtn1", ID),
    166: ("TestIfCookieP", NO), 167: ("d", ID), 168: ("_sp_ses.ddc6", NO),
    169: ("_dyrc", (("COOKIE_ID", "-1378101304145867844"),)), 170: ("dids1861727743", ID),
    171: ("ud", IGN), 172: ("uid", ID), 173: ("IPON", ID),
    # harviewer
    174: ("stats", NO), 175: ("timeline", NO), 176: ("_ga", ID), 177: ("_gat", NO),
    178: ("previewCols", NO), 179: ("user_segment", NO), 180: ("_cb_ls", NO), 181: ("_ga", ID),
    182: ("station", NO), 183: ("stationName", NO), 184: ("stationLogo", NO),
    185: ("stationAudioStream", NO), 186: ("_cb", ID), 187: ("_chartbeat2", IGN),
    188: ("__gads", (("COOKIE_ID", "2972027d826f6a1d"),)), 189: ("SessionID", ID),
    190: ("VisitorID", (("COOKIE_ID", "6618c6c1-643b-47a4-8d34-222c5c39a9e3"),)),
    191: ("test_cookie", NO), 192: ("googleToken", ID), 193: ("demdex", ID), 194: ("dm", ID),
    195: ("DexLifeCycle", NO), 196: ("com#lang", NO), 197: ("ASP.NET_SessionId", ID),
    198: ("__utma", ID), 199: ("__utmb", NO), 200: ("__utmc", NO), 201: ("__utmz", NO),
    202: ("PREF", (("COOKIE_ID", "580ec4c5a3534337"), ("COOKIE_ID", "37a8fcc41ff49f78"))),
    203: ("NID", ID), 204: ("__utma", ID), 205: ("__utmz", NO), 206: ("__utmc", NO),
    207: ("__utmb", NO), 208: ("__utma", ID), 209: ("__utmz", NO), 210: ("__utmb", NO),
    211: ("__utmc", NO), 212: ("__utmb", NO), 213: ("__utma", ID), 214: ("__utmz", NO),
    215: ("__utma", ID), 216: ("__utmz", NO), 217: ("__utmb", NO), 218: ("__utmc", NO),
    219: ("timeline", NO), 220: ("stats", NO), 221: ("userCookieId", ID),
    222: ("cnnd_user_cookie", ID), 223: ("AspxAutoDetectCookieSupport", NO),
    224: ("X-Mapping-kcepobcd", NO), 225: ("bangoSession", ID), 226: ("bangoUserTracking", ID),
    227: ("__utma", ID), 228: ("__utmb", NO), 229: ("__utmz", NO),
    # ps-analysis-tool
    230: ("ckns_policy", NO), 231: ("ckns_explicit", NO), 232: ("dnsDisplayed", NO),
    233: ("ccpaApplies", NO), 234: ("signedLspa", NO), 235: ("_sp_su", NO), 236: ("ckpf_ppid", ID),
    237: ("blaize_session", ID), 238: ("blaize_tracking_id", ID), 239: ("optimizelyEndUserId", ID),
    240: ("_cb", ID), 241: ("_chartbeat2", ID), 242: ("_cb_svref", NO), 243: ("pa_privacy", NO),
    244: ("_pcid", (("COOKIE_ID", "lvc8w5f71rc6q8yv"),)), 245: ("_pctx", IGN),
    246: ("ccpaUUID", ID), 247: ("__gads", (("COOKIE_ID", "6108e835b29f8b3c"),)),
    248: ("__gpi", (("COOKIE_ID", "00000df700db65bb"),)),
    249: ("__eoi", (("COOKIE_ID", "347bbb3c9dcf685a"),)), 250: ("DM_SitId1778", NO),
    251: ("DM_SitId1778SecId13934", NO), 252: ("permutive-id", ID), 253: ("ecos.dt", NO),
}  # fmt: skip


def record(i: int, row: dict[str, str]) -> dict[str, object]:
    """One corpus record: the pair as a one-line header, with its labelled spans."""
    name, label = LABELS[i]
    if name != row["name"]:
        raise SystemExit(f"selection changed at {i}: {row['name']!r}, labelled {name!r}")
    head = f"{row['header']}: {name}="
    value = row["value"]
    text = head + value
    spans: list[dict[str, object]] = []
    ignored: list[dict[str, object]] = []
    whole = {"start": len(head), "end": len(text)}
    if label == ID:
        spans.append({**whole, "entity": "COOKIE_ID"})
    elif label == IGN:
        ignored.append({**whole, "label": "COOKIE_ID?"})
    elif label == LOC:
        ignored.append({**whole, "label": "LOCATION"})
    elif isinstance(label, tuple):
        for kind, part in label:
            at = value.find(part)
            if at < 0:
                raise SystemExit(f"{i} {name}: {part!r} not in the value")
            where = {"start": len(head) + at, "end": len(head) + at + len(part)}
            if kind == "ignore":
                ignored.append({**where, "label": "COOKIE_ID?"})
            else:
                spans.append({**where, "entity": kind})
    return {
        "id": f"c-{row['repo'].split('/')[1]}-{i:03d}",
        "kind": "log",
        "source": row["repo"].split("/")[1],
        "text": text,
        "spans": spans,
        "ignored": ignored,
        "repo": row["repo"],
        "path": row["path"],
    }


def main(argv: list[str]) -> None:
    if len(argv) < 3:
        raise SystemExit(__doc__)
    rows = select(*argv[-3:])
    if len(rows) != len(LABELS):
        raise SystemExit(f"{len(rows)} pairs selected, {len(LABELS)} labelled")
    if argv[0] == "--list":
        for i, r in enumerate(rows):
            print(f"{i}\t{r['repo'].split('/')[1]}\t{r['header']}\t{r['name']}\t{r['value']}")
        return
    _jsonl.write(OUT, [record(i, row) for i, row in enumerate(rows)])


if __name__ == "__main__":
    main(sys.argv[1:])
