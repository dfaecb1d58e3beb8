"""Cookie-id labelling decisions (H222): one decision per class the HTTP sets labelled differently.

Earlier sets' labellers decide cookie ids by name tables, each set's its own, so the same value
class was an id in one set and no id (or unlabelled) in another (H210's and H217's counts,
``docs/benchmarks.md``). Each decision below is taken from what the value is (vendor
documentation, the cookie's lifetime and shape, the project's rule that persistent and
semi-persistent identifiers are personal data), recorded with its evidence in
``benchmarks/corpus/README.md`` ("Cookie-id labelling decisions (H222)"):

1. **Echo**: a value the record labels a ``COOKIE_ID`` (ten characters or more) is an id
   wherever else the same record writes it (another header, cookie or query value).
2. **Analytics client ids**: Google Analytics' client id (``cid``, ``ga_vid``: the ``_ga``
   cookie's ``<random>.<time>``), ``_gid`` (the same shape, a 24-hour id) and a copied
   ``__utma`` value (``utmcc=__utma%3D<domain hash>.<visitor>.<times>``) are ids wherever they
   are written: a URL query, a form body, percent-encoded inside another URL.
3. **Cookie-sync partner ids**: in a cookie-sync URL (its path names ``sync``, ``setuid``,
   ``mapuid``, ``rtset``, Adobe's ``ibs:`` or The Trade Desk's ``/track/cmf/``), the partner's
   user-id parameter (:data:`SYNC_KEYS`; PulsePoint's ``piggybackCookie``'s ``uid:`` field) is
   an id, whatever its length or alphabet (eight characters or more, a digit among them).
4. **Placeholders**: a template's stand-in (``__ADSCALE_USER_ID__``, ``${TM_USER_ID}``, ``$UID``,
   ``{$PARTNER_UID}``, ``%7BUID%7D``, ``%5Buuid%5D``, ``%25%25VGUID%25%25``, ``undefined``) holds
   no id; a ``COOKIE_ID`` label on one is removed, and none is added. Rules 3 and 5 also want a
   digit in the value, rule 5 a digit or sixteen characters (a word such as ``setstatuscode`` or
   a stand-in ``LoremIupsum`` is none).
5. **Per-browser cookies the sets named differently**: WordPress.com's ``tk_ai``, nginx's
   ``ruid`` (a userid-module value), Outlook's ``ClientId``, Google's ``PREF`` ``ID=`` and ``U=``
   fields, Yahoo's ``GUC``, ``GUCS`` and ``CFC`` are ids (the whole value).
6. **Ids by the sets' own rules left unlabelled**: a CSRF token header's value (``X-CSRF-Token``,
   ``X-Meta-Csrf-Token``: rule 13) and a consent record's ``consentId`` field.

A span is added only where no gold span or ignored region of the record lies (an earlier,
narrower label stands), so :func:`decide` is idempotent. It reads only the record's text and
labels, never a detector's output.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from benchmarks.corpus import _http4

Labels = tuple[list[dict[str, object]], list[dict[str, object]]]

#: Rule 1: the shortest labelled value looked for elsewhere in the record.
ECHO_MIN = 10
#: Rule 4: a template's stand-in, as written or percent-encoded.
PLACEHOLDER = re.compile(
    r"^(?:_{1,3}[A-Za-z][A-Za-z0-9_]*?_{1,3}|\$\{?\w+\}?|%24(?:%7B)?\w+(?:%7D)?"
    r"|(?:\{|%7B|\[|%5B){1,2}(?:\$|%24)?[\w.\-]+(?:\}|%7D|\]|%5D){1,2}"
    r"|(?:%%|%25%25)\w+(?:%%|%25%25)|<[^>]*>|%3C[^%]*%3E|undefined|null|none)$",
    re.IGNORECASE,
)
#: Rules 3 and 5: a value with no digit (``setstatuscode``, ``LoremIupsum``) is a word, no id.
_DIGIT = re.compile(r"\d")
#: Rule 2: GA client ids (``<random>.<unix time>``) under their documented parameter names, a
#: separator (``?``, ``&``, their encodings, a line start) before the key.
_GA_ID = re.compile(
    r"(?:^|(?<=[?&;\s])|(?<=%26)|(?<=%3F)|(?<=%3f))(?:cid|_gid|ga_vid|gid)(?:=|%3D|%3d)"
    r"(\d{5,10}\.\d{9,10})(?![\w.])",
    re.MULTILINE,
)
_UTMA = re.compile(r"__utma(?:=|%3D|%253D)(\d{3,10}(?:\.\d{1,10}){4,5})(?![\w.])", re.IGNORECASE)
#: Rule 3: a cookie-sync endpoint's path, and the partner-id keys of such URLs (documented
#: by the vendors: Adobe Audience Manager's ``dpuuid``, The Trade Desk's ``ttd_puid``,
#: Xandr's ``setuid?entity=&code=`` and ``mapuid?member=&user=``, PulsePoint's ``rtset?ev=``).
_SYNC_PATH = re.compile(r"(?i)sync|setuid|mapuid|rtset|/ibs:|/track/cm[bf]/")
#: Adobe's ``/ibs:dpid=<n>&dpuuid=<id>`` writes its query after ``ibs:``, with no ``?``.
_IBS = re.compile(r"(?i)https?://[^\s\"'<>\\/]+/ibs:([^\s\"'<>\\?#]+)")
#: PulsePoint's ``piggybackCookie=pcv:1|uid:<id>``: the id after ``uid:``.
_PIGGYBACK_UID = re.compile(r"(?i)(?:^|%7C|\|)uid:([0-9A-Za-z][\w-]{7,})$")
SYNC_KEYS = frozenset({
    "dpuuid", "ttd_puid", "code", "user", "ev", "uid", "puid", "user_id", "userid", "exid",
    "na_exid", "visitorid", "src.visitorid", "dpui", "sval", "uipp", "ovsid", "partner_uid",
})  # fmt: skip
SYNC_MIN = 8
#: Rule 5: cookie name -> the value's part that is the id (None: the whole value).
NAMED: dict[str, re.Pattern[str] | None] = {
    "tk_ai": None, "ruid": None, "ClientId": None, "GUC": None, "GUCS": None, "CFC": None,
    "PREF": re.compile(r"(?:^|:)(?:ID|U)=([0-9a-f]{16})"),
}  # fmt: skip
#: Rule 6: CSRF token headers (rule 13) and a consent record's id field.
_CSRF_HEADER = re.compile(r"^x-(?:meta-)?csrf-?token$")
_CONSENT_ID = re.compile(r"consentId(?:=|%3D|%253D)([0-9a-f]{8}-[0-9a-f-]{27})", re.IGNORECASE)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(x < b and a < y for x, y in spans)


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole token: no letter or digit glued on either side
    (a percent escape before or after is a separator)."""
    before_ok = start == 0 or not text[start - 1].isalnum() or text[start - 3 : start - 2] == "%"
    after_ok = end == len(text) or not text[end].isalnum() or text[end] == "%"
    return before_ok and after_ok


def _sync_pairs(text: str) -> list[tuple[str, int, int]]:
    """(key, value start, value end) of cookie-sync URLs' query pairs, plain and nested."""
    out = []
    for m in _http4._URLISH.finditer(text):
        url = m.group()
        q = url.find("?")
        if not _SYNC_PATH.search(url, 0, q):
            continue
        pos = m.start() + q + 1
        for pair in re.split(r"[&;]", url[q + 1 :].split("#", 1)[0]):
            key, eq, val = pair.partition("=")
            if eq and val:
                out.append((unquote(key).lower(), pos + len(key) + 1, pos + len(pair)))
            pos += len(pair) + 1
    for m in _IBS.finditer(text):
        pos = m.start(1)
        for pair in m.group(1).split("&"):
            key, eq, val = pair.partition("=")
            if eq and val:
                out.append((key.lower(), pos + len(key) + 1, pos + len(pair)))
            pos += len(pair) + 1
    for key, s, e in _http4.nested_query_pairs(text):
        url_start = text.rfind("%3A%2F%2F", 0, s)
        if url_start >= 0 and _SYNC_PATH.search(unquote(text[url_start:s])):
            out.append((key.lower(), s, e))
    return out


def decide(text: str, gold: list[dict[str, object]], ignored: list[dict[str, object]]) -> Labels:
    """The six decisions on one record's labels (idempotent; see the module docstring)."""
    gold = [
        g for g in gold
        if not (g["entity"] == "COOKIE_ID"
                and PLACEHOLDER.match(text[g["start"] : g["end"]]))  # type: ignore[misc]
    ]  # fmt: skip
    taken = [(g["start"], g["end"]) for g in gold] + [(i["start"], i["end"]) for i in ignored]
    new: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        value = text[a:b]
        if b <= a or PLACEHOLDER.match(value) or _overlaps(a, b, taken):  # type: ignore[arg-type]
            return
        taken.append((a, b))
        new.append((a, b))

    for m in _GA_ID.finditer(text):  # rule 2
        add(*m.span(1))
    for m in _UTMA.finditer(text):
        add(*m.span(1))
    for key, s, e in _sync_pairs(text):  # rule 3
        if key in SYNC_KEYS and e - s >= SYNC_MIN and _DIGIT.search(text, s, e):
            add(s, e)
        elif key == "piggybackcookie" and (m := _PIGGYBACK_UID.search(text, s, e)):
            add(*m.span(1))
    for name, s0, e0 in _http4.cookie_pairs(text):  # rule 5
        if name not in NAMED:
            continue
        quoted = e0 - s0 > 1 and text[s0] == '"' and text[e0 - 1] == '"'
        s, e = (s0 + 1, e0 - 1) if quoted else (s0, e0)
        rx = NAMED[name]
        if not _DIGIT.search(text, s, e) and e - s < 16:
            continue
        if rx is None:
            add(s, e)
        else:
            for m in rx.finditer(text, s, e):
                add(*m.span(1))
    for name, s, e in _http4.header_values(text):  # rule 6
        if _CSRF_HEADER.match(name) and e - s >= SYNC_MIN:
            add(s, e)
    for m in _CONSENT_ID.finditer(text):
        add(*m.span(1))
    ids = {text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"}  # type: ignore[misc]
    ids |= {text[a:b] for a, b in new}
    for value in sorted(v for v in ids if len(v) >= ECHO_MIN):  # rule 1
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if _bounded(text, at, end):
                add(at, end)
            at = text.find(value, at + 1)
    gold = gold + [{"start": a, "end": b, "entity": "COOKIE_ID"} for a, b in new]
    gold.sort(key=lambda g: (g["start"], g["end"]))  # type: ignore[arg-type, return-value]
    return gold, ignored
