# ruff: noqa: E501, SIM905, PLR2004 - regex tables, word lists and numeric address ranges
"""URLs and bare domain names, and what a link means on a machine line."""

from __future__ import annotations

import bisect
import itertools
import re
import string
from typing import TYPE_CHECKING, Any

from privkit._memo import BoundedMemo
from privkit.detect._base import (
    TWINS,
    UNSPACED_SCRIPTS,
    Pattern,
    PatternDetector,
    ScanState,
    overlap_test,
    own_window,
    stands_alone,
    with_tag,
)
from privkit.detect._ner import (
    DNS_CLASS,
    DNS_TYPE,
    DNSSEC_ALGORITHM,
    chatting,
    header_or_machine_line,
    log_record,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Iterator

from privkit.detect._builtin._common import (
    _BARE_TLDS,
    _NO_SPACE_CHAR,
    _NOT_TLDS,
    _PATH_TLDS,
    _PLACEHOLDER_CONSTANT,
    _PLACEHOLDER_VALUES,
    _PROSE_TLDS,
    _SPACED_WORD,
    _finding,
    _glued_word,
    _line_start,
    _line_test,
    _machine_line_at,
    _no_entropy,
    _tld_delegated,
)
from privkit.detect._builtin._cookie_values import _template_field


def _emphasis_open(text: str, start: int) -> str:
    """The emphasis marks that open right before ``start`` (``_``, ``**``, ``~~``), or "".

    Markdown and chat markup put one to three of the same mark around a link
    (``_https://example.com/a_``, ``~~www.example.com~~``): a run that opens a word (after
    the line's start, white space, a bracket or a quote), not one glued to a word
    (``x_www.example.com``).
    """
    i = start
    while i > 0 and start - i < 3 and text[i - 1] in "*_~" and text[i - 1] == text[start - 1]:
        i -= 1
    if i == start or (i > 0 and text[i - 1] not in " \t\n([{\"'<>|"):
        return ""
    return text[i:start]


# Subdomains a site shows the public under (its documentation, API, blog, shop, help, a
# language's edition): "docs.python.org" in a sentence names a site, not a machine.
_WEB_SUBDOMAINS = frozenset(
    "docs doc api en de fr es blog shop store help support news mail m mobile app apps dev "
    "developer developers community forum forums status login account accounts portal wiki "
    "my web play maps drive music video careers jobs about learn".split()
)


# Delegated top-level domains that are file extensions too: a name ending in one is a file,
# even after a word naming a site ("the site's setup.py", "upload archive.zip").
_FILE_TLDS = frozenset("zip mov py md sh rs pl so cc ai app pm cs ts rb kt sc st mp nu in".split())


_HEADER_OPENING = re.compile(r"[ \t]*([A-Za-z][\w\-]{0,60})[ \t]*:[ \t]*\Z")


# A line that opens with ``Name:`` (a header line when it stands in a block of such lines).
_NAME_OPENING = re.compile(r"[ \t]*[A-Za-z][\w\-]{0,60}[ \t]*:")


# Header and field names whose value is a machine endpoint or a requested resource
# (HTTP request and response headers, feed and config keys), header block or not.
_ENDPOINT_KEY = re.compile(
    r"(?i:referr?er|origin|location|host|link|url|uri|href|src|endpoint|redirect(?:_?ur[il])?"
    r"|callback(?:_?url)?|webhook(?:_?url)?|upstream|proxy|via|base(?:_?url)?|server|path"
    r"|request(?:_?ur[il])?|resource|target|homepage_?url|repository|registry|mirror|remote)"
)


# Field names whose value is a person's own site or profile ("Homepage:", "Website:",
# "LinkedIn:" in a contact record): a labelled value, block of fields or not.
_SITE_FIELD = re.compile(
    r"(?i:(?:personal[_\-]?)?(?:home[_\-]?page|web[_\-]?site|blog|profile|portfolio"
    r"|linkedin|twitter|github|facebook|instagram|mastodon))"
)


_METHOD_BEFORE = re.compile(
    r"(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|CONNECT|TRACE|PROPFIND)[ \t]\Z"
)


# Query keys whose values are personal data or identify a person, account, session, device
# or browser (``?email=``, ``&uid=``, ``;jsessionid=``). Matched on the lower-cased key with
# ``-``/``.`` read as ``_``.
_PERSONAL_KEY = re.compile(
    r"(?:[a-z0-9]{0,20}_)?(?:e?mail(?:_?address)?|email_?id|user(?:_?(?:id|name|email))?"
    r"|uid|guid|uuid|login|account(?:_?id)?|customer(?:_?id)?|member(?:_?id)?|person(?:_?id)?"
    r"|(?:first|last|full|given|family|sur|display)_?name|name|phone|tel|mobile|msisdn|ssn"
    r"|dob|birth_?date|address|addr|zip|postcode|lat|lon|lng|ip|client_?ip"
    r"|(?:access|id|refresh|auth|api|session|csrf|xsrf)?_?token|api_?key|apikey|secret"
    r"|password|passwd|pwd|pass|sig|signature|auth|session(?:_?id)?|sess_?id|sid|jsessionid"
    r"|phpsessid|aspsessionid\w*|visitor(?:_?id)?|vid|anon(?:ymous)?_?id|cid|client_?id|device"
    r"|device_?id|idfa|idfv|gaid|adid|android_?id|imei|fingerprint(?:_?id)?|fp_?id|ga|gclid"
    r"|fbclid|msclkid|dclid|mc_eid|trk|tracking_?id|subscriber(?:_?id)?)"
)


_QUERY_PAIR = re.compile(r"(?:^|(?<=[?&;#]))([^=&;#?]{1,64})=([^&;#]{1,2048})")


# A name key qualified by the thing it names, which is no person ("domain_name", "zone-name",
# "service_name"): matched on the normalised key before ``_PERSONAL_KEY``'s "any qualifier,
# then name". Person qualifiers ("user_name", "customer_name", "display_name") stay personal.
_THING_NAME_KEY = re.compile(
    r"(?:[a-z0-9]{0,20}_)?(?:domain|host|zone|record|rr|dns|service|server|file|app|bucket|table"
    r"|db|database|class|event|product|project|repo|branch|queue|index|field|tag|region|cluster"
    r"|instance|node|image|package|module|plan|metric|job|task|topic)_name"
)


# A URL that addresses DNS zones or records: a path segment naming them ("/dns/v1/...",
# "/v2/zones?", "/v1/domains?", ".../recordsets?") or a DNS record type in its query
# ("type=A", "record_type=TXT"). There a ``name`` names a record or a zone.
_DNS_PATH = re.compile(r"/(?:dns|zones?|domains?|recordsets?|rrsets?)(?=[/?;:]|\Z)", re.IGNORECASE)


_DNS_TYPE_KEYS = frozenset({"type", "record_type", "rtype", "rrtype", "qtype"})


_DNS_TYPES = frozenset({"a", "aaaa", "cname", "mx", "txt", "ns", "srv", "caa", "ptr", "soa",
                        "alias", "spf", "naptr", "ds", "tlsa", "sshfp", "https", "svcb"})  # fmt: skip


# A host or record name as DNS writes it: letters, digits, hyphens and underscores ("_acme-
# challenge", a service label) in dot-separated labels, the root's dot at the end allowed.
_DNS_NAME = re.compile(
    r"[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_\-]{0,62}))*\.?"
)


# A URL whose path ends at a collection of things an infrastructure API lists (OpenStack's
# "/v3/projects?", "/v2/images?", "/volumes/detail?", a cloud's "/servers?", "/networks?"):
# there a ``name`` or ``display_name`` filter written as one word (an identifier's letters,
# digits, ``-``, ``_``, ``.``) names one of those things, not a person. The collections of
# people ("/users?", "/accounts?", "/members?") are not in the list; DNS zones and domains
# have their own rule (``_DNS_PATH``).
_THING_PATH = re.compile(
    r"/(?:projects|roles|images|volumes|snapshots|backups|servers|instances|vms|networks|subnets"
    r"|ports|routers|flavors|stacks|templates|groups|policies|services|endpoints|regions"
    r"|clusters|nodes|hosts|hypervisors|datastores|datacenters|folders|buckets|containers"
    r"|keypairs|os-keypairs|security[-_]groups|tags|labels|queues|topics|repos|repositories"
    r"|credentials|disks|storages?|plans|tenants|aggregates|types|pools"
    r"|loadbalancers|listeners|secrets|orchestration|deployments)(?:/detail)?/?\Z",
    re.IGNORECASE,
)


_THING_FILTER_KEYS = frozenset({"name", "display_name"})


# A published flaw's or advisory's identifier as a value ("cvename.cgi?name=CVE-2002-2439",
# "?id=GHSA-xxxx-xxxx-xxxx", "?advisory=RHSA-2020:1234", "USN-4321-1"): it names a catalogue
# entry, never a person, an account or a session, whatever the key.
_ADVISORY_ID = re.compile(
    r"(?:CVE|CAN)-[0-9]{4}-[0-9]{4,7}|GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}"
    r"|(?:RHSA|RHBA|RHEA|ALAS|ELSA|DSA|DLA|USN)-[0-9]{1,4}[:\-][0-9]{1,5}(?:-[0-9]{1,3})?",
    re.IGNORECASE,
)


def _thing_list(url: str, q: int, memo: list[bool] | None) -> bool:
    """Whether ``url``'s path (before ``q``) ends at a list of things (``_THING_PATH``).

    Asked once per URL when a ``memo`` list is given (a URL of many ``name`` pairs).
    """
    if memo:
        return memo[0]
    verdict = _THING_PATH.search(url, 0, q) is not None
    if memo is not None:
        memo.append(verdict)
    return verdict


# A script's or a shell's variable written where the value goes ("$fU", "$rU", "$var(acc)",
# "$avp(uid)", "$USER"): a routing script or a command line fills it in when it runs.
_SCRIPT_VARIABLE = re.compile(r"\$[A-Za-z_]\w{0,31}(?:\([^()\s]{1,64}\))?")


def _personal_query_value(
    key: str,
    value: str,
    *,
    url: str,
    q: int,
    pairs: list[tuple[Any, str, str]],
    dns: list[bool],
    things: list[bool] | None = None,
) -> bool:
    """Whether a query value (its key normalised) is a personal part of ``url``.

    A template's field or a script's variable (``${UID}``, ``$fU``, ``$var(acc)``) is no
    value yet. An e-mail address (``@``, ``%40``) is personal under any key. Otherwise the key must name
    personal data or an identifier (``_PERSONAL_KEY``) and not a thing (``_THING_NAME_KEY``);
    and the value must carry something: a filter's placeholder (no randomness, or a constant
    on a placeholder word) replaced what was there, an advisory's identifier
    (``_ADVISORY_ID``) names a published flaw, a ``name`` shaped as a DNS name in a
    URL that addresses DNS (``_DNS_PATH``, a record type in the query) names a record or zone,
    and a ``name`` or ``display_name`` filter on a list of things (``_THING_PATH``) names one.
    ``q`` is where the query opens; ``dns`` (and ``things``) memoise the URL's DNS (and list
    of things) verdict across its pairs.
    """
    if (
        len(value) < 2
        or value.lower() in _PLACEHOLDER_VALUES
        # a template's or a script's variable: the value is filled in later
        or (
            value[0] in "${%_[<"
            and (_SCRIPT_VARIABLE.fullmatch(value) is not None or _template_field(value))
        )
    ):
        return False
    if "@" in value or "%40" in value.lower():
        return True
    if (
        not _PERSONAL_KEY.fullmatch(key)
        or _THING_NAME_KEY.fullmatch(key)
        # "/v3/projects?name=p-foobar69": a thing's name, filtering a list of things
        or (
            key in _THING_FILTER_KEYS
            and _DNS_NAME.fullmatch(value) is not None  # one word: "Jane+Doe" stays a name
            and _thing_list(url, q, things)
        )
    ):
        return False
    if (
        _no_entropy(value)
        or _PLACEHOLDER_CONSTANT.fullmatch(value)
        or _ADVISORY_ID.fullmatch(value)  # "name=CVE-2002-2439": a catalogue's entry
    ):
        return False
    if key == "name" and _DNS_NAME.fullmatch(value):
        if not dns:
            dns.append(
                _DNS_PATH.search(url, 0, q) is not None
                or any(k in _DNS_TYPE_KEYS and v.lower() in _DNS_TYPES for _, k, v in pairs)
            )
        return not dns[0]
    return True


# The bracket that closes one opened right before a URL (``_before_closer``).
_CLOSERS = {"[": "]", "(": ")"}


def _before_closer(text: str, start: int, end: int) -> str:
    """``text[start:end]``, cut where a bracket opened right before it closes.

    A URL ends at the bracket that closes the one opened before it, even with text glued
    after (``[http://example.com/a]more``, ``(http://example.com/a)b``), unless the URL
    opened one of its own first (``(https://en.wikipedia.org/wiki/A_(b))``).
    """
    value = text[start:end]
    closer = _CLOSERS.get(text[start - 1 : start])
    cut = -1 if closer is None else value.find(closer)
    return value[:cut] if cut > 0 and text[start - 1] not in value[:cut] else value


# A link's target in a document's element: ``<a href="``, ``<img src="`` (a quote opening it).
_LINK_ATTRIBUTE = re.compile(r"<(?i:a|img)\s[^<>\n]{0,2048}?\b(?i:href|src)[ \t]*=[ \t]*\Z")


def _link_attribute(text: str, quote: int) -> bool:
    """Whether the quote at ``quote`` opens the link target of an anchor or image element.

    ``<a href="https://example.com/">`` quotes the link a reader follows, not a record's
    field; only the element's own tag, up to 2,048 characters back, is read.
    """
    return _LINK_ATTRIBUTE.search(text, max(0, quote - 2060), quote) is not None


# A field line of an event's rendering: a label (a CamelCase identifier, or two to four
# capitalised words: one name alone is a chat's speaker, "Anna: 5pm?"), a colon, then a value
# opening with a token that holds a digit ("MinimumPasswordLength: 7", "Client SID:
# S-1-5-21-...", "Process ID: 0x1f4").
_RECORD_FIELD = re.compile(
    r"[ \t]{0,12}(?:[A-Z][a-z]{0,40}[A-Z][A-Za-z]{0,40}|[A-Z][A-Za-z]{0,40}(?: [A-Z][A-Za-z]{0,40})"
    r"{1,3})[ \t]?:[ \t]+[^\s0-9]{0,24}[0-9]"
)


# The words a system's message points to its documentation with, right before the link: "For
# more information (please) see", "for details visit", "learn more at", "see also", an event
# template's "For more information, click" (Exchange's and Windows' event messages). A personal
# page in a note or a ticket is not introduced so ("her profile https://...").
_DOC_POINTER = re.compile(
    r"(?i:(?:for (?:more |further |additional )?(?:information|info|details|help)"
    r"|learn more|read more|more info|see also|documentation|docs)[^\n.]{0,24}"
    r"(?:\b(?:see|visit|at|go to|refer to|read|click(?: on)?)\b|:)[ \t]{1,4})\Z"
)


# A checker's pointer to its documentation on a continuation line of its warning: indented,
# the link in parentheses after "see" and nothing else on the line ("    (see
# https://checker.example.org/pattern/X)", under "[WARNING] X.java:[12,5] [X] ..."). The line
# is read alone: each line of a tool's output may be a record of its own. A link in
# parentheses in a sentence, or opening a text unindented ("(see https://en.wikipedia.org/
# wiki/X)", a linkifier's test), keeps its reading.
_SEE_LINE = re.compile(r"[ \t]{1,16}\((?i:see)[ \t]{1,4}\Z")
_SEE_LINE_END = re.compile(r"\)[ \t]{0,16}(?:\r?\n|\Z)")


def _doc_link(text: str, start: int, end: int) -> bool:
    """Whether the link ``text[start:end]`` is alone on an indented line as ``(see <link>)``.

    (:data:`_SEE_LINE` from the line's start to the link, :data:`_SEE_LINE_END` after it.)
    The link's query values and user information are still read for personal ones.
    """
    if _SEE_LINE_END.match(text, end) is None:
        return False
    ls = text.rfind("\n", max(0, start - 24), start) + 1
    if ls == 0 and start > 23:
        return False  # (more than the line's opening can hold before the link)
    return _SEE_LINE.fullmatch(text, ls, start) is not None


# A line opened by a banner's support label, up to a link (:func:`_machine_context`'s last test).
_SUPPORT_LINE = re.compile(r"[ \t]{0,8}Technical Support:[ \t]{1,4}")
_SUPPORT_LINE_MOST = 32

#: Lines each way, and characters each way, read around a sentence for its record's fields.
RECORD_LINES = 8


RECORD_REACH = 2048


def _record_sentence(text: str, ls: int, lines: dict[Any, Any] | None) -> bool:
    """Whether the prose line at ``ls`` is a sentence of a log record's message.

    A system writes an event's message as sentences around its fields ("Client SID:
    S-1-5-21-... from network address: 10.0.0.5", "MinimumPasswordLength: 7") and points to
    its documentation in a sentence ("For more information see https://go.microsoft.com/
    fwlink/?LinkId=2097191."): a line is such a sentence when one of the
    :data:`RECORD_LINES` lines around it in its record (up to a NUL, which ends a text that
    :meth:`Scanner.scan_many` joins) is a field line (:data:`_RECORD_FIELD`), a log record or
    machine text. A chat transcript's line is what someone said, and a text of one line
    (a sentence, a tweet) has no record around it. Memoised in ``lines`` by the line's start,
    and each line read around by its bounds: a line is judged once however many sentences
    read it (a text of sentences and fields read each line 16 times); and a sentence among
    lines already read clear reads only the lines past them (:func:`_record_in_clear`), not
    the sixteen again.
    """
    verdict = None if lines is None else lines.get(("record", ls))
    if verdict is not None:
        return bool(verdict)
    le = text.find("\n", ls)
    verdict = (
        (le >= 0 or ls > 0)
        and not chatting(text[ls : le if le >= 0 else len(text)])
        and _record_around(text, ls, le, lines)
    )
    if lines is not None:
        lines["record", ls] = verdict
    return verdict


def _record_around(text: str, ls: int, le: int, lines: dict[Any, Any] | None) -> bool:
    """Whether one of the lines around the line at ``ls`` (ending at ``le``) is a record's.

    (:func:`_record_sentence`'s reading.) Inside the run of lines already read clear
    (:func:`_record_in_clear`), only the lines past it; else all of them, nearest first and
    up to the first of a record (:func:`_record_line`): a sentence next to a field line
    reads that line alone, not the sixteen lines' bounds. When none is, those lines and the
    line itself, if it is none either, are the run kept in ``lines``.
    """
    lo, hi = own_window(text, ls, le if le >= 0 else len(text), RECORD_REACH)
    if (
        lines is not None
        and (verdict := _record_in_clear(text, ls, le, (lo, hi), lines)) is not None
    ):
        return verdict
    around: list[tuple[int, int]] = []
    for a, b in _lines_around(text, lo, ls, le, hi):
        around.append((a, b))
        # (the memo read here: a sentence among sentences reads known lines)
        one = None if lines is None else lines.get(("record line", a, b))
        if one is None:
            one = _record_line(text, a, b, lines)
        if one:
            return True
    if lines is not None and le >= 0 and _judged_clear(text, ls, le, lines):
        # the run: the lines read and the line itself, less a line cut at the window's
        # edge (its bounds are another window's part of it)
        run_lo, run_hi = ls, le
        for a, b in around:
            if b < ls and (a == 0 or text[a - 1] == "\n"):
                run_lo = a
            elif b > ls and b < len(text) and text[b] == "\n":
                run_hi = b
        lines["record run"] = (run_lo, run_hi)
    return False


def _record_in_clear(
    text: str, ls: int, le: int, window: tuple[int, int], lines: dict[Any, Any]
) -> bool | None:
    """:func:`_record_around` for a line inside or right after the run of lines read clear.

    The run, ``lines["record run"]``, is ``(start, end)``: every whole line in
    ``text[start:end]`` (bounded by newlines, or by the text's start) was read and is no
    record's line, a fact of the line whoever asked it. When the :data:`RECORD_LINES` lines
    before ``ls`` are whole lines of the window ``(lo, hi)`` inside the run (nine newlines
    between ``max(start, lo)`` and ``ls``: counted, not walked), only the lines after ``le``
    past the run are read, one at a time, and the run grows by those read clear: a window
    slides by as many lines as the sentences are apart, at one line read per new line.
    None when the line's window is not so (near the run's start, the window's start or a
    NUL among the lines before, a run elsewhere): the full reading then.
    """
    run = lines.get("record run")
    lo, hi = window
    if run is None or le < 0 or le >= hi:
        return None
    run_lo, run_hi = run
    if not run_lo <= ls <= run_hi + 1 or text.count("\n", max(run_lo, lo), ls) <= RECORD_LINES:
        return None
    if run_hi < le:  # (the line right after the run: read for the run, not for the verdict)
        if not _judged_clear(text, ls, le, lines):
            return None
        run_hi = le
    if run_hi >= hi:
        return None  # (the lines after are cut at the window's edge)
    n = text.count("\n", le + 1, run_hi + 1)
    a = run_hi + 1
    verdict = False
    while n < RECORD_LINES:
        nl = text.find("\n", a, hi)
        b = nl if nl >= 0 else hi  # (as _lines_around: the last line cut at the window's end)
        one = lines.get(("record line", a, b))
        if one is None:
            one = _record_line(text, a, b, lines)
        if one:
            verdict = True
            break
        if nl < 0:
            break  # (the window's last line, kept out of the run)
        n, a = n + 1, nl + 1
    lines["record run"] = (run_lo, a - 1)
    return verdict


def _judged_clear(text: str, ls: int, le: int, lines: dict[Any, Any]) -> bool:
    """Whether the sentence's own line ``text[ls:le]`` is no record's line, from its verdict.

    Read only when the line's tests are in ``lines`` (its machine-text verdict asked them,
    as the URL detector does first): a line asked about for its record alone is not read
    for the run (it reads as False then).
    """
    one = lines.get(("record line", ls, le))
    if one is None:
        if (log_record, ls, le) not in lines or (header_or_machine_line, ls, le) not in lines:
            return False
        one = _record_line(text, ls, le, lines)
    return not one


def _lines_before(text: str, ls: int, lo: int = 0) -> Iterator[tuple[int, int]]:
    """The bounds of the lines before the line at ``ls``, nearest first, the last cut at ``lo``.

    The lines that splitting ``text[lo:ls]`` at newlines gives (not the empty piece after
    the final newline), without the slices.
    """
    b = ls - 1  # (the newline that ends the line before)
    while lo < ls and b >= lo:
        nl = text.rfind("\n", lo, b)
        yield (nl + 1 if nl >= 0 else lo), b
        if nl < 0:
            return
        b = nl


def _lines_after(text: str, le: int, hi: int) -> Iterator[tuple[int, int]]:
    """The bounds of the lines after the line ending at ``le``, nearest first, the last cut at ``hi``.

    The lines that splitting ``text[le + 1 : hi]`` at newlines gives, without the slices;
    none when ``le`` is no newline before ``hi``.
    """
    if not 0 <= le < hi:
        return
    a = le + 1
    while True:
        nl = text.find("\n", a, hi)
        yield a, (nl if nl >= 0 else hi)
        if nl < 0:
            return
        a = nl + 1


def _lines_around(text: str, lo: int, ls: int, le: int, hi: int) -> Iterator[tuple[int, int]]:
    """The bounds of the :data:`RECORD_LINES` lines before ``ls`` and after ``le`` in ``lo:hi``.

    The last :data:`RECORD_LINES` lines before (:func:`_lines_before`) and the first after
    (:func:`_lines_after`), the farthest possibly cut at ``lo`` or ``hi``; nearest first.
    """
    yield from itertools.islice(_lines_before(text, ls, lo), RECORD_LINES)
    yield from itertools.islice(_lines_after(text, le, hi), RECORD_LINES)


def _record_line(text: str, start: int, end: int, lines: dict[Any, Any] | None) -> bool:
    """Whether ``text[start:end]`` is a field line, a log record or machine text (memoised)."""
    key = ("record line", start, end)
    verdict = None if lines is None else lines.get(key)
    if verdict is None:
        line = text[start:end]
        verdict = bool(line.strip()) and (
            _RECORD_FIELD.match(line) is not None
            or _line_test(log_record, text, start, end, lines)
            or _line_test(header_or_machine_line, text, start, end, lines)
        )
        if lines is not None:
            lines[key] = verdict
    return verdict


def _machine_context_at(text: str, start: int, state: ScanState) -> bool:
    """:func:`_machine_context` with the scan's URL line memo, memoised by position.

    The URL detector asks it of a link's start twice: before evaluating a candidate and for
    the finding it gives.
    """
    seen = state.memo("url_machine_context")
    verdict = seen.get(start)
    if verdict is None:
        verdict = seen[start] = _machine_context(text, start, state.memo("machine_lines"))
    return verdict


# A function call's opening: its name, then its parenthesis with no blank between them.
_CALL_OPENING = re.compile(r"[A-Za-z_$][\w.$]{0,40}\(")
# Code right before a quoted string: a function call's opening (``name("``), an argument list's
# next string (``", "``) or a comparison (``!="``, ``=="``, ``=~"``).
_CODE_STRING_BEFORE = re.compile(
    r"(?:" + _CALL_OPENING.pattern + r"[ \t]?|[\"'],[ \t]{0,4}|[!=]=[ \t]?|=~[ \t]?)[\"']\Z"
)


def _code_string(text: str, start: int, ls: int) -> bool:
    """Whether a link or name at ``start`` opens a string literal a script passes or compares.

    ``http_query("https://api.example.com/?u=$rU", ...)``, ``modparam("m", "url",
    "https://...")``, ``www_authorize("example.org", "subscriber")``, ``if ($fd !=
    "example.net")``: a program's configured endpoint or domain in its script or source, no
    site named in a sentence (read as machine text: only a link's personal parts are
    reported). An argument list's later string needs a call's opening before it on its line,
    or on the line before when it opens its line after that line's comma (read back at most 160
    characters).
    """
    if start <= ls or text[start - 1] not in "\"'":
        return False
    m = _CODE_STRING_BEFORE.search(text, max(ls, start - 48), start)
    if m is None:
        if ls < 2 or text[ls : start - 1].strip(" \t") or text[ls - 2] != ",":
            return False
        # the string opens a line that continues an argument list ('modparam("m", "url",\n
        # "mysql://..."'): the line before ends with a comma and opens a call
        before = max(0, ls - 161)
        return (
            _CALL_OPENING.search(text, max(before, text.rfind("\n", before, ls - 1) + 1), ls)
            is not None
        )
    if text[m.start()] in "\"'":  # an argument list's next string: a call must be open
        return _CALL_OPENING.search(text, max(ls, start - 160), m.start()) is not None
    return True


# A comment line of a program's source or configuration, up to the link: blanks, a comment
# mark ("#" to "###", "//", "--", ";", "/*") and a blank after it.
_COMMENT_LINE = re.compile(r"[ \t]{0,40}(?:#{1,3}|//|--|;|/\*)[ \t]")
# A comment line, a blank one or a YAML document's marker ("---"), whole: the lines of a
# comment block.
_COMMENT_OR_BLANK = re.compile(r"[ \t]*(?:(?:#{1,3}|//|--|;|/\*)(?:[ \t].*)?|---)?\r?\Z")
# A line of code or configuration next to a comment block: a key of YAML or a configuration
# (written in lower case: a label in prose is capitalised, "Note: ..."), a Dockerfile's
# instruction, an assignment, a call opening the line, or a statement that ends with a
# brace, a semicolon or a line continuation.
_CODE_LINE = re.compile(
    r"[ \t]*(?:"
    r"(?:-[ \t]+)?[a-z_][\w.\-/]{0,63}:(?:[ \t]|\r?\Z)"
    r"|(?:FROM|RUN|COPY|ADD|ENV|ARG|CMD|ENTRYPOINT|WORKDIR|EXPOSE|LABEL|USER|VOLUME|SHELL)[ \t]"
    r"|[A-Za-z_$][\w.$\[\]\-]{0,63}[ \t]*[:+]?=[ \t]*\S"
    r"|[A-Za-z_$][\w.$]{0,40}\("
    r"|.*[{};\\][ \t]*\r?\Z"
    r")"
)
# A comment after code on its line: a blank, "#" or "//", a blank (the first on the line).
_TRAILING_COMMENT = re.compile(r"[ \t](?:#|//)[ \t]")
#: Lines read each way from a comment line for the code around its block.
_COMMENT_BLOCK_LINES = 40


def _code_comment(text: str, start: int, ls: int, lines: dict[Any, Any]) -> bool:
    """Whether the link at ``start`` stands in a comment of code or configuration.

    ``# ref: https://operatorhub.io/install/etcd.yaml`` above a manifest, ``// see
    https://github.com/org/repo/issues/48`` in a source file, the licence's link in a
    file's header: the line opens with a comment mark (:data:`_COMMENT_LINE`) and its
    block of comment (and blank) lines is next to a line of code or configuration, before
    or after it (:data:`_CODE_LINE`, or a record's or machine line). A program's author
    points to a specification, an issue or a licence there: machine text (only a link's
    personal parts are reported). A heading of a Markdown text among sentences, or a line
    alone, keeps its links. A comment after code on its line (``FROM busybox  #
    https://...``, ``port: 80  # see https://...``: :data:`_TRAILING_COMMENT` after a line's
    code, :data:`_CODE_LINE`) is one too, from its mark on. Memoised in ``lines`` by the
    line's start (where the line's comment opens, -1 if it has none).
    """
    at = lines.get(("code comment", ls))
    if at is None:
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        at = -1
        if (m := _COMMENT_LINE.match(text, ls, le)) is not None:
            if _beside_code(text, ls, lines) or _slash_block(text, ls, le):
                at = m.end()
        elif (m := _TRAILING_COMMENT.search(text, ls, le)) is not None and (
            _CODE_LINE.match(text, ls, m.start()) is not None
        ):
            at = m.end()
        lines["code comment", ls] = at
    return 0 <= at <= start


# A line of a C-family comment ("// ..." or "//" alone), after blanks.
_SLASH_LINE = re.compile(r"[ \t]{0,40}//(?:[ \t].*)?\r?\Z")
#: Lines of "//" comments that make a block of them program text.
_SLASH_BLOCK_LINES = 3


def _slash_block(text: str, ls: int, le: int) -> bool:
    """Whether the line at ``ls`` (ending at ``le``) is in a block of ``//`` comment lines.

    A JSON or C-family file's header, ``// This example configuration file ...`` over
    :data:`_SLASH_BLOCK_LINES` lines or more, is program text even where no code follows
    it in the excerpt: prose does not open its lines with ``//``. A ``#`` line may be a
    Markdown heading, and a single ``//`` line is left to :func:`_beside_code`.
    """
    if _SLASH_LINE.match(text, ls, le) is None:
        return False
    count = 1
    for around in (_lines_before(text, ls), _lines_after(text, le, len(text))):
        for a, b in around:
            if count >= _SLASH_BLOCK_LINES or _SLASH_LINE.match(text, a, b) is None:
                break
            count += 1
    return count >= _SLASH_BLOCK_LINES


def _beside_code(text: str, ls: int, lines: dict[Any, Any]) -> bool:
    """Whether the comment block holding the line at ``ls`` is next to a line of code.

    The first line before and after the block (comment and blank lines, at most
    :data:`_COMMENT_BLOCK_LINES` each way and two blank lines in a row; a NUL of
    :meth:`Scanner.scan_many`'s join ends the text) is read.
    """
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    for around in (_lines_before(text, ls), _lines_after(text, le, len(text))):
        blank = 0
        for a, b in itertools.islice(around, _COMMENT_BLOCK_LINES):
            if text.startswith("\x00", a):
                break
            if _COMMENT_OR_BLANK.match(text, a, b) is not None:
                blank = blank + 1 if not text[a:b].strip() else 0
                if blank > 2:
                    break
                continue
            if _CODE_LINE.match(text, a, b) is not None or _record_line(text, a, b, lines):
                return True
            break
    return False


# The commands that fetch what a link names, as a shell line runs them: version control, a
# downloader, a package, module, chart or image tool (a word of English, "go", only with its
# subcommand).
_FETCH_COMMANDS = (
    r"git|svn|hg|curl|wget|aria2c|go[ \t]+(?:get|install|run|mod)|pip3?|pipx|npm|npx|yarn"
    r"|pnpm|gem|cargo|composer|helm|kubectl|docker|podman|brew|apt-get|apt|yum|dnf|rpm"
    r"|add-apt-repository|Invoke-WebRequest|Invoke-RestMethod"
)
# A shell command that opens its line or a pipeline's part, up to the link: a prompt ("$ ",
# "user@host:~$ "), a Dockerfile's RUN or sudo, environment assignments, then the command
# and a blank.
_COMMAND_OPENING = re.compile(
    r"[ \t]*(?:[\w.\-]{1,32}@[\w.\-]{1,64}:[^\s$#]{0,64})?(?:[$#>%][ \t]+)?"
    r"(?:(?:RUN|sudo|exec|nohup)[ \t]+){0,2}(?:[A-Z_][A-Z0-9_]{0,40}=\S{0,200}[ \t]+){0,4}"
    rf"(?:{_FETCH_COMMANDS})[ \t]"
)
# A command's arguments before the link: at most eight tokens, none closed by a sentence's
# mark (a comma, a full stop, "!" or "?": "docker is fun, see https://..." is a sentence),
# then a quote or none.
_COMMAND_ARGUMENTS = re.compile(r"(?:[^\s]{0,200}[^\s,.!?][ \t]+){0,8}[\"']?")
# A program's progress line naming what it fetches or sends, up to its link: a package
# manager's, a build tool's or a version control's ("Downloading https://...", Maven's
# "Downloaded from central: https://...", apt's "Get:1 http://...", pip's "Looking in
# indexes: https://...", npm's "Publishing to https://..."), after a bracketed tag or none. A
# status line of a program working on a file it reads from the link names its source after
# "from" ("Processing IEEE OUI registry data from https://...", "Loading rules from
# https://..."): a few words, none closed by a sentence's mark, between its verb and "from"
# (a sentence's "Processing took long, see https://..." keeps its link).
_PROGRESS_OPENING = re.compile(
    r"[ \t]*(?:\[[^\]\n]{0,40}\][ \t]*)?(?:npm (?:notice|http fetch) [A-Z]{0,7}[ \t]*)?"
    r"(?:(?:Downloading|Downloaded|Download|Fetching|Fetched|Cloning|Resolving|Resolved|Pulling"
    r"|Collecting|Obtaining|Uploading|Uploaded|Publishing|Looking in (?:indexes|links):"
    r"|(?:Get|Hit|Ign|Err):[0-9]{1,5})[ \t]"
    r"|(?:Processing|Retrieving|Reading|Loading|Importing|Parsing)"
    r"(?:[ \t]+[^\s,!?]{0,39}[^\s,.!?]){1,6}[ \t]+from[ \t]+)"
)
# A command typed at a shell's prompt, whatever the program: the prompt ("$ ", "% ", "user@host:~$
# "), sudo or none, a lower-case program's name and a blank ("$ ftpdctl kick host
# ftp.example.net", "$ dig +short example.org"): its arguments are the machines and
# services it acts on.
_PROMPT_COMMAND = re.compile(
    r"[ \t]*(?:[\w.\-]{1,32}@[\w.\-]{1,64}:[^\s$#]{0,64})?[$%][ \t]+(?:sudo[ \t]+)?"
    r"[a-z][\w.\-]{1,31}[ \t]"
)
# Where a command opens inside a line: after a backquote (Markdown's code span, a shell's
# substitution), "$(", "&&", "||", ";" or "|".
_COMMAND_SEPARATOR = re.compile(r"`|\$\(|&&|\|\||[;|]")
#: How far back on its line a link's command is looked for.
_COMMAND_REACH = 400


def _command_argument(text: str, start: int, ls: int) -> bool:
    """Whether the link at ``start`` is an argument of a shell command that fetches it.

    ``git clone https://git.example.org/tool.git``, ``curl -s http://127.0.0.1:2225/metrics``,
    ``RUN wget https://...`` in a Dockerfile, ``$ go get https://...`` in a README, a
    Markdown code span in a sentence (``run `git clone https://...` first``): the command
    (:data:`_COMMAND_OPENING`) opens the line or the pipeline's part the link is in (after
    :data:`_COMMAND_SEPARATOR`, within :data:`_COMMAND_REACH` characters). A repository, a
    package or an endpoint a program fetches: machine text (a token in the link's query and
    its user information are still reported). A sentence that names a site after a word
    ("go to https://...", "visit https://...") keeps its link. So is a link on a
    program's progress line (:data:`_PROGRESS_OPENING`: "Downloading https://...", "Get:1
    http://..."), what the program fetches or sends.
    """
    lo = max(ls, start - _COMMAND_REACH)
    seg = lo
    for mark in _COMMAND_SEPARATOR.finditer(text, lo, start):
        seg = mark.end()
    m = _COMMAND_OPENING.match(text, seg, start)
    if m is None and seg == ls:
        m = _PROGRESS_OPENING.match(text, ls, start) or _PROMPT_COMMAND.match(text, ls, start)
    if m is None and seg == ls:
        return _continued_command(text, start, ls)
    return m is not None and _COMMAND_ARGUMENTS.fullmatch(text, m.end(), start) is not None


# A line's comment mark and blanks, or blanks alone: what a commented-out command's lines
# open with ("#   curl -k ... \", "#         https://...").
_LINE_MARK = re.compile(r"[ \t]*(?:(?:#{1,2}|//)[ \t]+)?")
# A line that a backslash continues: blanks and a backslash end it.
_CONTINUED = re.compile(r"[ \t]\\[ \t]*\r?\Z")
#: Lines read back over a shell command's backslash continuations.
_CONTINUATION_LINES = 12


def _continued_command(text: str, start: int, ls: int) -> bool:
    r"""Whether the link at ``start`` is an argument of a shell command continued onto its line.

    ``$ docker create \`` then ``--name kea-dhcp6 \`` then the image's
    ``registry.example.org/isc/kea-dhcp6``; a commented-out ``#   curl -k -X POST \`` then
    ``#        https://kea.example.org``: the lines before the link's end with a backslash
    (:data:`_CONTINUED`, at most :data:`_CONTINUATION_LINES`), and the first of them opens
    with a fetching command (:data:`_COMMAND_OPENING`, after a comment mark or none); the
    link's own line holds arguments only before it. A link after a line that no backslash
    continues keeps its reading.
    """
    m = _LINE_MARK.match(text, ls, start)
    if m is None or _COMMAND_ARGUMENTS.fullmatch(text, m.end(), start) is None:
        return False
    for a, b in itertools.islice(_lines_before(text, ls), _CONTINUATION_LINES):
        if _CONTINUED.search(text, a, b) is None:
            return False
        m = _LINE_MARK.match(text, a, b)
        if m is not None and _COMMAND_OPENING.match(text, m.end(), b) is not None:
            return True
    return False


# What names a link as a service's or a package's source right before it: a registry, an
# endpoint or an upstream ("using default registry (https://...)", "registry:
# https://..."), or a package's spec in parentheses' opening ("kms-demo@1.0.0
# (https://registry.example.org/)", as package managers print where a package came from).
# A person's own page is not introduced so.
_SOURCE_BEFORE = re.compile(
    r"(?:\b(?i:registry|endpoint|upstream)[ \t]{0,2}[:=(]?"
    r"|(?<![\w.@/\-])(?:@[a-z0-9][\w.\-]{0,63}/)?[a-z0-9][\w.\-]{0,127}@v?[0-9]{1,9}\.[0-9]{1,9}"
    r"\.[0-9]{1,9}[\w.+\-]{0,64}[ \t]{1,2}\()[ \t]{0,2}\Z"
)
# A key's names joined by colons, two or more, glued before a link: the link is the key's
# last part ("make-fetch-happen:request-cache:https://...", a cache's or a store's key).
_KEY_NAMES_BEFORE = re.compile(r"(?<![\w.\-:])(?:[a-z0-9][\w.\-]{0,40}:){2,4}\Z")


def _named_source(text: str, start: int, ls: int) -> bool:
    """Whether the link at ``start`` is named as a source or is a key's last part.

    (:data:`_SOURCE_BEFORE`, :data:`_KEY_NAMES_BEFORE`, on its line, 200 characters back at
    most.) A registry's or a package's origin a program prints, a cache's key holding the
    link it caches: machine text, only a link's personal parts are reported. (A mirror is
    not such a word: "(mirror: example.org/pub/)" in a sentence is a link.)
    """
    lo = max(ls, start - 200)
    if text[start - 1] == ":":
        return _KEY_NAMES_BEFORE.search(text, lo, start) is not None
    return _SOURCE_BEFORE.search(text, lo, start) is not None


# A line of a literal block that is one token alone, indented by two blanks or more or a tab
# ("  http://www.example.org/lists.html", "    ftp.example.net/pub/tools/"): a documentation
# page's preformatted reference.
_LITERAL_LINE = re.compile(r"(?:[ ]{2,40}|[ ]{0,39}\t[ \t]{0,39})\S{1,2048}[ \t]*\r?")
#: Lines of a literal block read each way from a link's line.
_LITERAL_BLOCK_LINES = 16


_INDENT = re.compile(r"[ \t]*")
_BLANK_LINE = re.compile(r"[ \t\r]*")
_LEAD_IN_END = re.compile(r":[ \t\r]*\Z")


def _alone_in_text(text: str, ls: int, le: int) -> bool:
    """Whether the line ``ls:le`` is its text's only line holding more than blanks.

    The text's edges are its ends and the NULs of :meth:`Scanner.scan_many`'s join; at most
    :data:`_LITERAL_BLOCK_LINES` lines are read each way (more: not alone).
    """
    for lines in (_lines_before(text, ls), _lines_after(text, le, len(text))):
        for n, (a, b) in enumerate(lines):
            if text.startswith("\x00", a):
                break
            if n >= _LITERAL_BLOCK_LINES or _BLANK_LINE.fullmatch(text, a, b) is None:
                return False
    return True


def _literal_link(text: str, start: int, ls: int) -> bool:
    """Whether the link at ``start`` is a line of its own in a literal block of such lines.

    A documentation page sets a reference apart as a preformatted block: the link alone on
    an indented line (:data:`_LITERAL_LINE`), the block's other lines such lines too, and a
    blank line, a NUL of :meth:`Scanner.scan_many`'s join or the text's edge around the
    block. A program's or a document's reference, not a site named in a sentence (machine
    text: only a link's personal parts are reported). A link right under a line of another
    kind ("Jane Doe" then "  https://jane.example.org", a signature), a block that a line
    ending with a colon introduces ("My new site:", a blank line, then the indented link),
    an unindented link alone, a host's name alone (no scheme, no path: a site named by
    itself) and a text that is the indented link and nothing else (a padded value, as a
    field or a validator's test holds it: no document around it) keep their reading.
    """
    if _INDENT.fullmatch(text, ls, start) is None:
        return False  # (words before the link on its line)
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    return (
        _LITERAL_LINE.fullmatch(text, ls, le) is not None
        and "/" in text[start:le]  # (a host's name alone is a site: "  few.sub.example.com.")
        and not _alone_in_text(text, ls, le)  # (the text is the link alone, padded: a value)
        and _literal_block(text, ls, le)
    )


def _literal_block(text: str, ls: int, le: int) -> bool:
    """Whether the literal line ``ls:le`` stands in a block of such lines set apart.

    (:func:`_literal_link`.) The lines under it up to a blank line, a NUL or the text's end
    and the lines above it up to a blank line are literal lines (:data:`_LITERAL_LINE`), and
    the line above that blank line, if any, is no lead-in ending with a colon.
    """
    for a, b in itertools.islice(_lines_after(text, le, len(text)), _LITERAL_BLOCK_LINES):
        if text.startswith("\x00", a) or _BLANK_LINE.fullmatch(text, a, b) is not None:
            break  # (the block's end)
        if _LITERAL_LINE.fullmatch(text, a, b) is None:
            return False  # (a line of another kind right under the block)
    blank = False
    for a, b in itertools.islice(_lines_before(text, ls), _LITERAL_BLOCK_LINES):
        if text.startswith("\x00", a):
            break
        if _BLANK_LINE.fullmatch(text, a, b) is not None:
            blank = True
            continue
        if blank:
            # (the line before the block: no lead-in to it)
            return _LEAD_IN_END.search(text, max(a, b - 8), b) is None
        if _LITERAL_LINE.fullmatch(text, a, b) is None:
            return False  # (a line of another kind right above the block)
    return True


def _machine_context(text: str, start: int, lines: dict[Any, Any]) -> bool:
    """Whether the URL at ``start`` sits in machine text rather than in a sentence.

    Machine text: a log record or header line, a JSON / key=value / tab-separated line
    (:func:`~privkit.detect._ner.machine_line`), or a field value (right after ``=``, a tab or an
    HTTP method). ``lines``, the scan's memo, keeps what holds for the whole line in one
    entry (by its start offset): whether it is machine text, where a header's value may open
    on it and whether it is one (:func:`_header_opening`), and (read when first asked)
    whether it is a record's sentence. A text dense with links asks it of each link on the
    line.
    """
    ls = _line_start(text, start, lines)
    line = lines.get(("url line", ls))
    if line is None:
        machine = _machine_line_at(text, start, ls, lines, for_url=True)
        line = lines["url line", ls] = [machine, *_header_opening(text, ls, lines), None]
    v = start  # where the value opens: at its quote after a key's "=" ('alias="example.com"')
    if (
        start - 1 > ls
        and text[start - 1] in "\"'"
        and text[start - 2] == "="
        and not _link_attribute(text, start - 1)
    ):
        v = start - 1
    if v > ls and text[v - 1] == "=" and _setting_value(text, v, lines):
        return False  # the value of a line that is one setting ("url=https://...")
    if line[0] and "0" <= text[start] <= "9" and _ip_link_line(text, start, ls, lines):
        return False  # a line that is an address's link alone ("192.168.0.1/admin")
    if (
        line[0]
        or (v > ls and text[v - 1] in "=\t" and not _loose_equals(text, v - 1))
        or (v > ls and text[v - 1] in " \t" and _block_setting(text, v, ls, lines))
        or (line[1] <= start <= line[2] and line[3])  # the value of a header line
        or _code_string(text, start, ls)
        or (
            start > ls
            and (
                _code_comment(text, start, ls, lines)
                or _command_argument(text, start, ls)
                or _named_source(text, start, ls)
                or _literal_link(text, start, ls)
            )
        )
    ):
        return True
    if (
        # (a method's last letter and a space or tab right before: what the search needs)
        start - ls > 1
        and text[start - 1] in " \t"
        and "A" <= text[start - 2] <= "Z"
        and _METHOD_BEFORE.search(text, max(ls, start - 12), start) is not None
    ):
        return True
    # (the line's verdict first, read once: the search reads 64 characters)
    if line[4] is None:
        line[4] = _record_sentence(text, ls, lines)
    if line[4]:
        return _DOC_POINTER.search(text, max(ls, start - 64), start) is not None
    # a program's banner line pointing to its maker's support ("Technical Support:
    # http://www.cisco.com/techsupport" in a network OS's "show version"), in any text
    return start - ls < _SUPPORT_LINE_MOST and _SUPPORT_LINE.fullmatch(text, ls, start) is not None


# A setting's key, blanks, its "=" and blanks opening a line, up to its value
# ("        db_url = mysql://...", "alias = example.com").
_SPACED_SETTING = re.compile(r"[ \t]{0,40}([A-Za-z_][\w.\-]{0,63})[ \t]{1,4}=[ \t]{1,4}\Z")


def _block_setting(text: str, v: int, ls: int, lines: dict[Any, Any]) -> bool:
    """Whether the value at ``v`` opens a ``key = value`` line in a block of settings or records.

    (:data:`_SPACED_SETTING`, the lines next to it no lone line's: :func:`_lone_line`.) A
    configuration's ``db_url = postgres://...`` beside ``table_name = address``; the same
    line alone (a form's field, a note) keeps its link, as ``url=https://...`` alone does,
    and so does a person's site or profile under its key (``homepage = https://...``,
    :data:`_SITE_FIELD`).
    """
    m = _SPACED_SETTING.fullmatch(text, ls, v)
    if m is None or _SITE_FIELD.fullmatch(m.group(1)):
        return False
    le = text.find("\n", v)
    return not _lone_line(text, ls, len(text) if le < 0 else le, lines)


# A line that is one setting and nothing else: a key glued to its "=" opening the line, then
# one token to the line's end ("homepage=https://jane.example.org/", "url=www.example.org").
# The key is a field's name with a lower-case letter: an environment variable's
# (``API_URL=``) and a dotted property's (``spring.datasource.url=``) configure a program.
_SETTING_LINE = re.compile(
    r"[ \t]{0,12}(?=[A-Z0-9_\-]{0,63}[a-z])[A-Za-z][A-Za-z0-9_\-]{0,63}(=)[^\s=]\S{0,2047}"
    r"[ \t\r]{0,64}(?:\n|\Z)"
)


# A line that is an IPv4 host, a port or none, and a path opening with a letter, and nothing
# else ("192.168.0.1/admin", "10.0.0.1:8080/login"): a link written alone, as a note, a list
# or a form's field holds one. A log record that opens with a client's address holds more on
# its line; a prefix length ("10.0.0.0/8") is no path.
_IP_LINK_LINE = re.compile(
    r"[ \t]{0,12}(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]{1,5})?/[A-Za-z_~%]\S{0,2047}"
    r"[ \t\r]{0,64}(?:\n|\Z)"
)


def _ip_link_line(text: str, start: int, ls: int, lines: dict[Any, Any]) -> bool:
    """Whether the link at ``start`` is an IPv4 host's link that is its line alone.

    The line is :data:`_IP_LINK_LINE` and the lines next to it are no record's and no
    setting's (:func:`_lone_line`): a list of such links, a log's block, is machine text.
    Memoised in ``lines`` by the line's start.
    """
    verdict = lines.get(("ip link", ls))
    if verdict is None:
        m = _IP_LINK_LINE.match(text, ls)
        verdict = (
            m is not None
            # (a block of such links: the line after or before is one too, read first)
            and _IP_LINK_LINE.match(text, m.end()) is None
            and (ls < 2 or _IP_LINK_LINE.match(text, text.rfind("\n", 0, ls - 1) + 1) is None)
            and _lone_line(text, ls, m.end() - (text[m.end() - 1 : m.end()] == "\n"), lines)
        )
        lines["ip link", ls] = verdict
    return verdict and text[ls:start].strip(" \t") == ""


# An authority's characters up to a later host of its list: no blank, quote, "/", "?" or "#".
_AUTHORITY_RUN = re.compile(r"[^\s/?#\"'<>]{0,256}")


# The schemes of a page a person visits (a setting's link of another scheme, a database's or
# a broker's, names a service: ``UrlDetector``'s machine-text reading keeps it).
_WEB_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "ws", "wss", "sftp"})


def _setting_value(text: str, start: int, lines: dict[Any, Any] | None) -> bool:
    """Whether the link at ``start`` is the value of a line that is one setting, in no record.

    A line that is a key, its ``=`` and the link, and nothing else (``url=https://...``, a
    form's field or a setting written out alone), is no log record: a log line holds more
    than one field, a time or a message, and a configuration's or a record's block of
    ``key=value`` lines is machine text around it (:func:`_lone_line`: the lines next to it
    are read). Such a link, of a web scheme or none
    (:data:`_WEB_SCHEMES`), is reported as in a sentence; the key is no environment
    variable's nor a dotted property's (:data:`_SETTING_LINE`).
    """
    return start > 0 and _setting_start(text, _line_start(text, start, lines), lines) == start


def _setting_start(text: str, ls: int, lines: dict[Any, Any] | None) -> int:
    """Where the value of the line at ``ls`` starts if it is one setting (:func:`_setting_value`).

    -1 if it is none. Memoised in ``lines`` by the line's start.
    """
    value = None if lines is None else lines.get(("setting", ls))
    if value is None:
        m = _SETTING_LINE.match(text, ls)
        value = -1
        if m is not None:
            v = m.end(1)
            sep = text.find("://", v, v + 17)
            le = text.find("\n", v)
            if (sep < 0 or text[v:sep].lstrip("\"'").lower() in _WEB_SCHEMES) and _lone_line(
                text, ls, len(text) if le < 0 else le, lines
            ):
                value = v
        if lines is not None:
            lines["setting", ls] = value
    return value


# A line opening with a key and its "=" (a setting's or a field's, whatever its value).
_KEY_EQUALS_LINE = re.compile(r"[ \t]{0,12}[A-Za-z_][\w.\-]{0,63}[ \t]{0,2}=")


def _lone_line(text: str, ls: int, le: int, lines: dict[Any, Any] | None) -> bool:
    """Whether the lines next to the line ``text[ls:le]`` are no record's and no setting's.

    The nearest line before and after it that is not blank (two blank lines skipped at
    most; a NUL of :meth:`Scanner.scan_many`'s join ends the text) is neither a key's
    ``=`` line (a configuration's block of settings, a record's fields one a line) nor a
    field line, a log record or machine text (:func:`_record_line`, memoised in ``lines``).
    """
    for step in (-1, 1):
        at = ls - 1 if step < 0 else le
        for _ in range(3):
            if at <= 0 or at >= len(text):
                break
            if step < 0:  # (``at`` is the newline that ends the line, or the next one's)
                a, b = text.rfind("\n", 0, at) + 1, at
            else:
                a = at + 1
                b = text.find("\n", a)
                b = len(text) if b < 0 else b
            if b - a < 64 and not text[a:b].strip():
                at = a - 1 if step < 0 else b  # a blank line: the next one
                continue
            if text.startswith("\x00", a):
                break
            if _KEY_EQUALS_LINE.match(text, a, b) or _record_line(text, a, b, lines):
                return False
            break
    return True


def _loose_equals(text: str, at: int) -> bool:
    """Whether the ``=`` at ``at`` opens a word, not a field's value.

    A key is glued before the ``=`` of a field (``url=https://...``); an ``=`` after white
    space, with none between it and the link, is a sentence's mark ("PS =example.com/a, PE").
    """
    return text[at] == "=" and (at == 0 or text[at - 1] in " \n\u00a0")


def _header_opening(text: str, ls: int, lines: dict[Any, Any]) -> tuple[int, int, bool]:
    """Where a header's value may open on the line at ``ls``, and whether the line is one.

    ``(lo, hi, header)``: a value opens at ``lo <= start <= hi`` (after the opening's name,
    colon and the white space after it), and the line is a header line (``Name: value``)
    when its name is an HTTP header (``X-Forwarded-Host``, any name with a hyphen) or an
    endpoint key (``Referer``, ``Location``, ``url``), or when the line before or after it
    also opens with a name and a colon (a header block: HTTP and mail headers, YAML). A lone
    ``Contact: https://jane.example/`` is a labelled value in prose, as is a person's site
    or profile in a contact record's block (``Homepage:``, ``LinkedIn:``). Read once per
    line (the memo ``lines``).
    """
    known = lines.get(("header", ls))
    if known is None:
        opening = _HEADER_AT.match(text, ls)
        if opening is None:
            known = lines["header", ls] = (0, -1, False)
        else:
            lo, hi = opening.end(1), opening.end()  # (the colon's end, the space's end)
            known = lines["header", ls] = (lo, hi, _header_line(text, ls, hi))
    return known


# ``_HEADER_OPENING`` without its end: the name, the colon, then any spaces or tabs.
_HEADER_AT = re.compile(r"[ \t]*[A-Za-z][\w\-]{0,60}[ \t]*(:)[ \t]*")


def _header_line(text: str, ls: int, start: int) -> bool:
    """Whether the line at ``ls``, its opening ending at ``start``, is a header line.

    The rule is :func:`_header_opening`'s, which keeps this verdict for each line.
    """
    m = _HEADER_OPENING.match(text, ls, start)
    if m is None:
        return False
    name = m.group(1)
    # (HTTP's Link header puts its URL in angle brackets, "Link: <https://...>; rel=next": a
    # bare URL after "Link:" is a link someone posts, "Link: https://bit.ly/x".)
    if "-" in name or (_ENDPOINT_KEY.fullmatch(name) and name.lower() != "link"):
        return True
    if _SITE_FIELD.fullmatch(name):
        return False  # a contact record's field ("Homepage: https://jane.example/")
    if ls > 0:
        prev = text.rfind("\n", 0, ls - 1) + 1
        if _NAME_OPENING.match(text, prev, ls):
            return True
    le = text.find("\n", start)
    return le >= 0 and _NAME_OPENING.match(text, le + 1) is not None


# (evidence of a whole URL, part tag) -> the evidence of that part (bounded; cleared when full).
_PART_EVIDENCE: BoundedMemo[tuple[Evidence, str], Evidence] = BoundedMemo(4096)


# A character a URL may hold as written in text. Not the bidirectional controls (LRM, RLM,
# embeddings, isolates): a right-to-left sentence closes its embedding or isolate right
# after a link ("http://twitter.com/\u202c\u2069"), and a URL holds them only percent-encoded.
_URL_CHAR = r"[^\s<>\"'`{}|\\^\x00-\x1f\u200e\u200f\u202a-\u202e\u2066-\u2069]"


# The same, where a "]" that opens a Markdown link's target after its text ends it: "](" then
# a scheme, "www.", a path, a fragment or an angle bracket. A link in the text ends there
# ("[see https://x.org/a](https://x.org/b)"); "](" inside a path ("/foo[1](2)bar") is part
# of it. Only at a "]" is the text after looked at.
_URL_CHAR_IN_TEXT = (
    r"(?:[^\s<>\"'`{}|\\^\x00-\x1f\u200e\u200f\u202a-\u202e\u2066-\u2069\]]"
    r"|\](?!\((?:[A-Za-z][\w+.\-]{0,15}:|(?i:www\.)|[/#<])))"
)


class UrlDetector(PatternDetector):
    """URLs with a scheme (``https://``) or starting with ``www.``.

    In prose the whole URL is reported. In machine text (log records, headers, JSON,
    key=value and tab-separated lines, request lines) a URL is a request path, a referrer or a
    requested resource, which is not personal data by itself: only its personal parts are
    reported, as URL findings over those parts -- the user information (``user:pass@``) and
    the values of query keys that name personal data or an identifier (``email``, ``uid``,
    ``token``, ``session``, ``device_id``...; see ``_PERSONAL_KEY``) or that hold an e-mail
    address; not a value that carries nothing (a thing's name, a filter's placeholder, a
    record's name in a DNS URL; see ``_personal_query_value``). E-mail addresses (``%40`` included), tokens and IP literals inside a URL are still
    reported by their own detectors.

    A line of rich text (HTML of a document's text, Markdown, reStructuredText) is judged by
    its words, without its tags and marks (``_markup_reading``): ``<a href="https://...">``,
    ``- [the docs](https://...)``, ``[1]: https://...`` are links in prose; a quoted ``href``
    or ``src`` of an anchor or image is no record's field, and emphasis marks around a link
    (``_https://example.com/a_``) are no word it is glued to.
    """

    entity = EntityType.URL
    name = "url"
    # Words before a name that say it is a site (then any delegated top-level domain will do).
    _SITE_WORDS = ("site", "domain", "visit", "url", "link", "homepage", "home page", "blog",
                   "go to", "check out", "browse to")  # fmt: skip
    _PROSE_LITERALS = tuple(f".{t}" for t in sorted(_PROSE_TLDS)) + _SITE_WORDS
    prefilter = ("://", "www.", "/", "mailto:", *_PROSE_LITERALS)
    patterns = (
        Pattern(
            "url_scheme",
            # (a Markdown link's "](" ends it: "[see https://x.org/a](https://x.org/b)")
            rf"://{_URL_CHAR_IN_TEXT}{{1,2048}}",
            score=0.85,
            prefilter=("://",),
        ),
        Pattern(
            "url_www",
            # (Labels of any script, "www.münchen.de", "www.例子.中国"; the last one all
            # ASCII or all not, so prose glued to ".com" stays out: "www.example.com谢谢".)
            r"www\.(?:(?:[^\W_]|[\-\u200c\u200d]){1,63}\.){1,6}"
            r"(?:[a-z0-9\-]{1,63}|[^\W\x00-\x7f]{1,63})"
            # (a port, "www.example.com:8080/a"; a colon and digits only, so "www.example.com:
            # a sentence" and a time "www.example.com:12:30" end at the name)
            r"(?::[0-9]{1,5}(?![0-9:]))?"
            rf"(?:[/?#]{_URL_CHAR_IN_TEXT}{{0,2048}})?",
            score=0.8,
            prefilter=("www.",),
            # (and "_" or a word character of a spaced script, unless the "_" opens
            # emphasis: ``evaluate``)
            not_after=r"./@",
            lowercase=True,
        ),
        # A host without a scheme, then a path ("github.com/jane"): found at its top-level
        # domain (one of the common ones a bare domain name may end in) and the "/" after it.
        Pattern(
            "url_bare",
            # (the path after the "/" is taken by ``evaluate``, once the host passed)
            r"\.(?:" + "|".join(sorted(_PATH_TLDS, key=len, reverse=True)) + r")(?::[0-9]{1,5})?/",
            score=0.7,
            prefilter=("/",),
            # (and a word character of a spaced script, and a ":" that opens no word:
            # ``evaluate``)
            not_after=r"_./@%\-",
            extend_back=string.ascii_letters + string.digits + "-._",
            extend_max=253,
            lowercase=True,
        ),
        # The same with any other top-level domain of the root zone ("see singlequote.club/wat",
        # "shop.example.berlin/menu", a punycode one "example.xn--p1ai/a"), in a sentence
        # only: not the ones of ``url_bare`` (the look-ahead: a text dense with bare links
        # had a candidate per link), and ``evaluate`` refuses file extensions
        # (``setup.py/``, ``notes.md/``) and names that are no top-level domain
        # (``config.json/``, ``archive.tar/``).
        Pattern(
            "url_bare_tld",
            r"\.(?!(?:"
            + "|".join(sorted(_PATH_TLDS, key=len, reverse=True))
            + r")(?::[0-9]{1,5})?/)(?:[a-z]{2,24}|xn--[a-z0-9\-]{1,59})(?::[0-9]{1,5})?/",
            score=0.7,
            prefilter=("/",),
            not_after=r"_./@%\-",
            extend_back=string.ascii_letters + string.digits + "-._",
            extend_max=253,
            lowercase=True,
        ),
        # An IPv4 address as a host without a scheme, then a path that opens with a letter
        # ("open 192.168.0.1/admin in a browser"); a prefix length (``10.0.0.0/8``) is no
        # path. The address is reported as IP_ADDRESS too; in machine text the line's
        # verdict leaves the link out, as for any host without a scheme.
        Pattern(
            "url_ip_path",
            r"(?<![\w.:/@%\-])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]{1,5})?/(?=[A-Za-z_~%])",
            score=0.7,
            prefilter=("/",),
        ),
        # A mail link (RFC 6068): "mailto:", its addresses and header fields, as a sentence
        # or a page's text writes one ("mailto:jane@example.org?subject=Hi"), when it holds
        # more than its addresses (``_mail_link``). Its address is an e-mail address as well
        # (scored higher: the link keeps its other characters); in machine text the address
        # alone is reported, by the e-mail detector.
        Pattern(
            "url_mailto",
            rf"(?<![\w.+\-])(?i:mailto):{_URL_CHAR}{{1,2048}}",
            score=0.8,
            prefilter=("mailto:",),
            lowercase=True,
        ),
    )
    # (and the closing quotes of other languages: "«https://example.com/a»", "„…“")
    _TRAIL = ".,;:!?)]}'\">*\u00bb\u201d\u2019\u203a\u201c"
    _SCHEMES = _WEB_SCHEMES
    # (the punctuation after a closing emphasis mark: "_https://x.org/a_.")
    _TRAIL_OF_MARKS = ".,;:!?)]}'\"\u00bb\u201d\u2019\u203a\u201c"

    @classmethod
    def _trimmed(cls, text: str, start: int, end: int) -> str:
        """The link matched at ``start:end`` less the punctuation and marks that close it."""
        value = _before_closer(text, start, end)
        stripped = value.rstrip(cls._TRAIL)
        # (read only after a mark: most links open after a space, a quote or a bracket)
        if start > 0 and text[start - 1] in "*_~" and cls._emphasised(text, start, end):
            # the emphasis that opened before the link closes after it ("_https://x.org/a_")
            marks = _emphasis_open(text, start)
            inner = value.rstrip(cls._TRAIL_OF_MARKS)
            if inner.endswith(marks):
                stripped = inner[: -len(marks)].rstrip(cls._TRAIL)
        # Keep a closing parenthesis that closes one opened inside the URL (Wikipedia style).
        while (
            stripped != value
            and value[len(stripped)] == ")"
            and stripped.count("(") > (stripped.count(")"))
        ):
            stripped += ")"
        return stripped

    @classmethod
    def _emphasised(cls, text: str, start: int, end: int) -> bool:
        """Whether emphasis marks open right before the link at ``start`` and close its match.

        ``_https://example.com/a_``, ``~~www.example.com~~``: the marks are markup, not a
        word the link is glued to, when the same run closes it; ``_http://example.com``
        alone stays glued.
        """
        marks = _emphasis_open(text, start)
        if not marks:
            return False
        value = _before_closer(text, start, end).rstrip(cls._TRAIL_OF_MARKS)
        return (len(value) > len(marks) and value.endswith(marks)) or text.startswith(
            marks, start + len(value)
        )

    _SCHEME_CHARS = string.ascii_letters + string.digits + "+.-"

    # The names a driver's or a client's scheme is prefixed with, each with its colon
    # ("jdbc:" of "jdbc:mysql://", "cassandra:" of "cassandra:group1://", "mongodb:" of
    # "mongodb:cluster://"), opening a token: lower-case, at most three.
    _SCHEME_PREFIX = re.compile(r"(?<![\w+.\-:])(?:[a-z][a-z0-9+.\-]{0,31}:){1,3}\Z")

    @classmethod
    def _scheme_start(cls, text: str, start: int) -> int:
        """Start of the scheme before the ``://`` at ``start`` (a letter, at most 32 long).

        A scheme other than a web page's (:data:`_WEB_SCHEMES`) takes the names prefixed to
        it (:attr:`_SCHEME_PREFIX`): ``jdbc:postgresql://``, ``cassandra:group1://`` name
        one data source's driver and cluster; ``mysql+pymysql://`` and
        ``postgresql+psycopg2://`` are one scheme already. A web link glued after a colon
        (``Video:https://...``) opens at its own scheme.
        """
        for web in ("https", "http"):  # most URLs, without building a slice
            s0 = start - len(web)
            if (
                s0 >= 0
                and text.startswith(web, s0)
                and (s0 == 0 or text[s0 - 1] not in cls._SCHEME_CHARS)
            ):
                return s0
        before = text[max(0, start - 32) : start]
        s0 = start - (len(before) - len(before.rstrip(cls._SCHEME_CHARS)))
        while s0 < start and not text[s0].isalpha():
            s0 += 1
        if (
            s0 < start
            and text[s0 - 1 : s0] == ":"
            and text[s0:start].lower() not in _WEB_SCHEMES
            and (prefix := cls._SCHEME_PREFIX.search(text, max(0, s0 - 100), s0)) is not None
        ):
            return prefix.start()
        return s0

    _sifts = True

    def _sift(
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """``url_bare_tld``'s candidates whose top-level domain is one of its own.

        The others (file extensions, names that are no top-level domain; ``url_bare``'s
        domains written in capitals) are refused by :meth:`evaluate`; a text dense with
        file names has one such candidate per name.
        """
        if pattern.name != "url_bare_tld":
            return spans
        text, other = state.text, self._other_tld
        return [(s, e) for s, e in spans if other(text, s, e)]

    def _evaluate_in(
        self, state: ScanState, start: int, end: int, pattern: Pattern, /
    ) -> Finding | None:
        text = state.text
        path_end = -1
        if pattern.name in self._BARE:
            path_end = self._BARE_PATH.match(text, end).end()  # type: ignore[union-attr]
            if path_end - start < 8:
                return None  # shorter than any URL reported (evaluate's test), before the line's
        url = text[start:end]
        if "@" not in url and "?" not in url and ";" not in url:
            # In machine text only user information and query values are reported
            # (_personal_parts), and this URL has neither: nothing to evaluate. (For a scheme
            # URL the line's verdict first: it needs no scheme start, and most log lines are
            # machine text. The machine context holds that verdict too.)
            s0 = start
            if pattern.name == "url_scheme":
                lines = state.memo("machine_lines")
                if _machine_line_at(text, start, -1, lines, for_url=True) and not (
                    self._set_scheme_url(text, start, lines)
                ):
                    return None
                s0 = self._scheme_start(text, start)
            if _machine_context_at(text, s0, state):
                return None
        lines = state.memo("machine_lines")
        return self._evaluated(text, start, end, pattern, path_end=path_end, lines=lines)

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        return self._evaluated(text, start, end, pattern, path_end=-1, lines=None)

    def _set_scheme_url(self, text: str, sep: int, lines: dict[Any, Any]) -> bool:
        """Whether the scheme URL whose ``://`` is at ``sep`` is a setting line's value.

        (:func:`_setting_value`; its scheme is found only on a line that is one setting.)
        """
        value = _setting_start(text, _line_start(text, sep, lines), lines)
        return value >= 0 and self._scheme_start(text, sep) == value

    def _evaluated(  # noqa: C901, PLR0911 - one refusal per rule, in order
        self,
        text: str,
        start: int,
        end: int,
        pattern: Pattern,
        *,
        path_end: int,
        lines: dict[Any, Any] | None,
    ) -> Finding | None:
        """:meth:`evaluate`; ``path_end``, when not -1, is where a bare host's path ends.

        ``lines``: the scan's memo of line verdicts (:func:`_record_sentence`), or None.
        """
        if pattern.name in self._NO_SCHEME:  # the match ends at the host's "/": take the path
            start, end = self._host_and_path(text, start, end, pattern.name, path_end)
            if start < 0:
                return None
        elif pattern.name == "url_scheme":  # the match starts at "://": find the scheme before
            s0 = self._scheme_start(text, start)
            if s0 == start or (_glued_word(text, s0) and not self._emphasised(text, s0, end)):
                return None  # (glued to a word, unless of a script written without spaces)
            if text[end : end + 1] == "'" and text[s0 - 1 : s0] != "'":
                end = self._userinfo_end(text, start, end)
            start = s0
        elif _glued_word(text, start) and not self._emphasised(text, start, end):
            return None  # "xwww.example.com"; "访问www.example.com" is a URL
        stripped = self._trimmed(text, start, end)
        end = start + len(stripped)
        # (A bare host's labels were read by _bare_end: none empty, none opening with a
        # hyphen, so its host opens with neither a dot nor a hyphen.)
        if pattern.name == "url_mailto":
            named = ("", "") if self._mail_link(stripped) else None
        else:
            named = ("", "") if pattern.name in self._BARE else self._authority_and_host(stripped)
        if named is None or len(stripped) < 8:
            return None  # ("http://.example.com": no host name starts with a dot)
        authority, host = named
        if pattern.name == "url_scheme" and self._not_personal(
            text, start, stripped, host, userinfo="@" in authority, lines=lines
        ):
            return None
        if pattern.name == "url_www" and self._dns_notation(text, start, stripped):
            return None  # "validating www.example.org/AAAA: ...": BIND's (``_DNS_NOTATION``)
        if (
            pattern.name == "url_www"
            and self._HOST_ONLY.fullmatch(stripped)
            and (self._HOST_KEY.search(text, max(0, start - 24), start))
        ):
            return None  # "Host: www.example.com": a server's host name, not a visited URL
        return _finding(self, text, start, end, pattern)

    # A user name and password as RFC 3986 writes them (unreserved characters, escapes and the
    # sub-delimiters, quotes among them: ``http://-.~_!$&'()*+,;=:%40:80%2f@example.com``),
    # then the at sign and a host's first character.
    _USERINFO_RUN = re.compile(r"[\w\-.~!$&'()*+,;=:%]{1,256}@(?=[^\W_]|\[)")
    _URL_REST = re.compile(rf"{_URL_CHAR_IN_TEXT}{{0,2048}}")

    @classmethod
    def _userinfo_end(cls, text: str, sep: int, end: int) -> int:
        """Where the URL whose ``://`` is at ``sep`` ends, its match stopped at ``end``.

        When the apostrophe the match stopped at is its user information's
        (``_USERINFO_RUN``), the URL goes on: an apostrophe closes a URL quoted with one
        (``'https://example.com'``, the caller's check), but in a URL not so quoted one
        followed by more user information and an at sign before any ``/`` is the user
        name's. Else ``end``.
        """
        info = cls._USERINFO_RUN.match(text, sep + 3)
        if info is None or info.end() <= end:
            return end
        return cls._URL_REST.match(text, info.end()).end()  # type: ignore[union-attr]

    @staticmethod
    def _mail_link(url: str) -> bool:
        """Whether a ``mailto:`` link holds more than the e-mail detector reports of it.

        Header fields (``?subject=...&body=...``: what the mail will say) and an address, before
        them or among them (``mailto:?to=jane@example.org&subject=Hi``), or an address at a
        host with no dot (``mailto:jane@intranet``); a link of addresses alone is theirs (the
        e-mail findings), and ``mailto:`` and a word names no address.
        """
        fields = url.find("?")
        to = url if fields < 0 else url[:fields]
        at = max(to.rfind("@"), to.rfind("%40"))
        if fields >= 0 and at < 0:
            # (RFC 6068: the addresses may all be header fields, "mailto:?to=jane@example.org")
            return "@" in url[fields:] or "%40" in url[fields:]
        return at > 0 and (fields >= 0 or "." not in to[at:])

    @classmethod
    def _authority_and_host(cls, url: str) -> tuple[str, str] | None:
        """The authority of ``url`` and its host (less a port); None when it names no host."""
        sep = url.find("://")
        authority = cls._AUTHORITY.match(url, sep + 3 if sep >= 0 else 0).group()  # type: ignore[union-attr]
        host = authority.rsplit("@", 1)[-1]
        host = host.split(":", 1)[0] if not host.startswith("[") else host
        if not host or (host[0] in ".-" and host.strip(".")):
            return None
        return authority, host

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        text = state.text
        taken: list[tuple[int, int]] = []
        for found in super().find(state):
            taken.append((found.start, found.end))
            if _machine_context_at(text, found.start, state) or _doc_link(
                text, found.start, found.end
            ):
                if found.evidence.pattern == "url_mailto":
                    continue  # (its address is the e-mail detector's)
                if self._web(text, found) and not self._one_label(text, found):
                    yield from self._personal_parts(text, found)
                # (a database or broker DSN in machine text: its password is an AUTH_TOKEN)
            else:
                yield found
        if state.present(self._PROSE_LITERALS):
            yield from self._prose_domains(state, sorted(taken))

    # --- bare domain names in sentences ("my site is example.com")

    _PROSE_PATTERN = Pattern("url_domain", r"\.[a-z]{2,24}", score=0.6)
    # A lowercase top-level domain, not followed by more of a name (a letter of a script
    # written without spaces may follow: "example.comてすと").
    # (An "_" that ends a word may follow, closing emphasis: "_example.com_".)
    _NAME_END = re.compile(
        rf"\.([a-z]{{2,24}})(?!(?!_(?!\w)){_SPACED_WORD}|[\-@(]|\.{_SPACED_WORD})"
    )
    _LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
    _SITE_WORD = re.compile(
        r"(?i:\b(?:web ?site|site|domain|visit(?:ed|ing)?|url|link|homepage|home page|blog"
        r"|go to|check out|browse to)\b)"
    )
    # Code that names a package or module, not a site: "import foo.io", "package com.app".
    _CODE_BEFORE = re.compile(r"(?i:\b(?:import|package|module|namespace|require|using)\s{1,4})\Z")

    def _prose_domains(self, state: ScanState, taken: list[tuple[int, int]]) -> Iterator[Finding]:
        """Bare domain names (no scheme, ``www.`` or path) in sentences, as URLs.

        ``my site is example.com``, ``twitter.comこれは``: a name of two labels (or three with a
        short second-level one, ``bbc.co.uk``) starting in lower case whose top-level domain
        is one of ``_PROSE_TLDS``; other names (a machine's host name, a company's name
        ``Booking.com``, any delegated top-level domain that is no file extension) only when
        a word naming a site comes before it on its line (``visit example.xyz``). Not in machine text (a log record's host names, ``key=value``), not
        inside a URL already found or an e-mail address, not after a path or key character
        (a protocol-relative ``//example.com`` aside), not a Java package (``org.apache.io``:
        a first label that is a top-level domain, three labels or more), not after
        ``import``/``package``.
        """
        text = state.text
        lines = state.memo("machine_lines")
        inside_taken = overlap_test(taken)
        for m in self._names_in_prose(text, lines, taken):
            dot, end = m.start(), m.end()
            start = self._name_start(text, dot)
            if inside_taken(start, end):
                continue  # inside (or over) a URL found by the patterns (the cheapest test)
            mark = text[start - 1 : start]
            if (
                start == dot
                or (
                    (
                        mark in self._NOT_BEFORE_NAME
                        or _glued_word(text, start)
                        or text[end : end + 1] == "_"
                    )
                    and not self._opened(text, start, end)
                    and not (mark in self._NOT_BEFORE_NAME and self._relative(text, start))
                    and not (mark == "=" and self._set_name(text, start, lines))
                )
                or not self._site_name(text, start, end, m.group(1))
            ):
                continue
            if self._CODE_BEFORE.search(text, max(0, start - 24), start):
                continue
            if self._logged_host(text, start, end) or self._build_comment(text, start):
                continue
            if self._HOST_KEY.search(text, max(0, start - 24), start):
                continue  # "Target Server Name: sp01.example.com": a machine's name
            if self._directive_host(text, start, end):
                continue  # "  MasqueradeAddress ftp.example.com": a configured host
            if _machine_context(text, start, lines):
                continue
            port = self._PORT.match(text, end)
            yield _finding(self, text, start, port.end() if port else end, self._PROSE_PATTERN)

    def _set_name(self, text: str, start: int, lines: dict[Any, Any]) -> bool:
        """Whether the name at ``start`` is the value of a line that is one setting.

        (:func:`_setting_value`: ``site=example.com``, ``value=example.org``.) Not under a
        key naming a host (``host=example.com``, ``server=example.org``): a machine's name.
        """
        return _setting_value(text, start, lines) and not self._HOST_KEY.search(
            text, max(0, start - 24), start
        )

    @classmethod
    def _name_start(cls, text: str, dot: int) -> int:
        """Where the dotted name whose last dot is at ``dot`` starts (at a letter or digit)."""
        label = cls._LABEL_CHARS
        start = dot
        while start > 0 and dot - start < 253 and text[start - 1] in label:
            start -= 1
        if start > 0 and dot - start < 253 and text[start - 1] > "\x7f":
            start = cls._idn_start(text, start, dot)
        while start < dot and not text[start].isalnum():
            start += 1
        return start

    @staticmethod
    def _idn_start(text: str, start: int, dot: int) -> int:
        """Where a name's labels start when letters other than ASCII stand in them.

        ``bücher.de``, ``müller-bau.de``: its labels are walked back over from ``start``
        (where the ASCII walk stopped) through letters and digits of any script written with
        spaces, hyphens and dots; a script written without spaces (``访问example.com``) is the
        sentence, not the name.
        """
        i = start
        while (
            i > 0
            and dot - i < 253
            and (text[i - 1] in "-." or text[i - 1].isalnum())
            and (text[i - 1] < "\x80" or _NO_SPACE_CHAR.match(text, i - 1) is None)
        ):
            i -= 1
        return i

    # A version: digits, a dot, a digit ("10.2.12-MariaDB-10.2.12+maria~jessie-log", "2.4.41").
    _VERSION_IN = re.compile(r"[0-9]\.[0-9]")

    def _build_comment(self, text: str, start: int) -> bool:
        """Whether a bare name opens the comment a program prints after its version.

        ``mysqld, Version: 10.2.12-MariaDB-10.2.12+maria~jessie-log (mariadb.org binary
        distribution)``, ``Apache/2.4.41 (ubuntu.com)``: the build's vendor, not a site named
        in a sentence. The name follows `` (`` right after a token holding a version.
        """
        if text[start - 2 : start] != " (":
            return False
        lo = max(0, start - 130)  # (a token is read back 128 characters at most)
        token_start = max(text.rfind(" ", lo, start - 2), text.rfind("\n", lo, start - 2)) + 1
        return self._VERSION_IN.search(text, max(lo, token_start), start - 2) is not None

    # A host name's address after it, as mail and FTP servers log a client: "name [addr]",
    # "name[addr]", "name (name [addr])" (the name the client gave, then the one looked up).
    _ADDRESS_AFTER_HOST = re.compile(r" ?(?:\([\w.\-]{1,253} ?)?\[[0-9A-Fa-f:.]{2,45}\]")
    # An IPv4 address in parentheses after a machine's name of three labels or more, as
    # daemons log a peer they resolved ("bad peer from pool pool.ntp.org (192.0.2.7)"); a
    # site named in a sentence has two ("example.com (192.0.2.7)" keeps its reading).
    _ADDRESS_IN_PARENTHESES = re.compile(r" \([0-9]{1,3}(?:\.[0-9]{1,3}){3}\)(?![\w.])")
    # A configuration directive naming a host, opening its line with the name as its one
    # argument (a port after it): ``MasqueradeAddress ftp.example.com``, ``DNSBLDomain
    # dnsbl.example.org``, ``ServerName ftp.example.net:2121``: a machine's or a service's
    # name, as after a host key (:data:`_HOST_KEY`). A CamelCase directive whose last part is
    # a noun of a host.
    _DIRECTIVE_HOST = re.compile(
        r"(?m)^[ \t]*[A-Z][A-Za-z0-9]*(?<=[a-zA-Z0-9])(?:Address|Domain|Host|Hostname|Name|Server"
        r"|Alias)[ \t]+\Z"
    )
    # An access rule of a server's configuration ("Allow from 192.0.2.1 example.org", "Deny
    # from .example.net", as Apache and ProFTPD write them in a <Limit> block): its
    # arguments, up to the name, are the clients it lets in or keeps out (addresses, names,
    # "all"; a sentence's words are none: "Allow from the start, ...").
    # (Each argument is read whole, once: an atomic group, and a possessive run after a
    # look-ahead for the mark a client's address or name holds. A run split at any of its
    # marks, as "[\w\-]*[.0-9:/*][\w.\-:/*]*" would be, tries every split of every argument
    # before a failing end: time exponential in the arguments.)
    _ACCESS_RULE = re.compile(
        r"(?m)^[ \t]*(?:Allow|Deny)[ \t]+from(?>[ \t]+(?:(?=[\w\-]*[.0-9:/*])[\w.\-:/*]++"
        r"|(?i:all|none|localhost)(?![\w.\-:/*])),?){0,16}[ \t]+\.?\Z"
    )
    _ACCESS_RULE_END = re.compile(r"(?::[0-9]{1,5})?(?:[ \t,]|\r?\n|\x00|\Z)")
    # A router's or daemon's command line naming a server by its transport and its port
    # ("rpki cache tcp rpki-validator.example.org 8282 preference 2", "rpki cache ssh
    # example.com 22 rtr-ssh ./key", "logging host transport udp syslog.example.net 514"):
    # lower-case command words opening the line (a prompt's "#" or "router# " before them),
    # the last one a transport (tcp, udp, ssh, tls, ssl, sctp, quic), the name, then its port
    # number or a keyword of the command with its value ("source 198.51.100.2"). A configured
    # machine's name, as after a host key; a sentence writes no transport right before a
    # site's name.
    _TRANSPORT_COMMAND = re.compile(
        r"(?m)^[ \t]{0,16}(?:[\w.\-]{1,40}[#>][ \t]{1,4})?(?:[a-z][a-z0-9\-]{0,30}[ \t]{1,4}){1,6}"
        r"(?<![\w\-])(?:tcp|udp|ssh|tls|ssl|sctp|quic)[ \t]{1,4}\Z"
    )
    _TRANSPORT_HOST_END = re.compile(
        r"[ \t]{1,4}(?:[0-9]{1,5}(?:[ \t]|\r?\n|\Z)|[a-z][a-z\-]{1,30}[ \t]{1,4}[0-9./])"
    )

    def _logged_host(self, text: str, start: int, end: int) -> bool:
        """Whether a bare name is a log's host field, not a site named in a sentence.

        Its address follows it in brackets (``foo.com (foo.com [192.0.2.1])``,
        ``unknown[192.0.2.1]``) or, after a name of three labels or more, in parentheses
        (``pool.ntp.org (192.0.2.1)``), or it is an argument in brackets glued to a word
        (``[sssd[be[example.com]]]``: a back end named by its domain).
        """
        if text[start - 1 : start] == "[" and text[start - 2 : start - 1].isalnum():
            return True
        return self._ADDRESS_AFTER_HOST.match(text, end) is not None or (
            text.count(".", start, end) >= 2
            and self._ADDRESS_IN_PARENTHESES.match(text, end) is not None
        )

    # What may follow a configured host to its line's end: its port, blanks.
    _DIRECTIVE_HOST_END = re.compile(r"(?::[0-9]{1,5})?[ \t]*\r?(?:\n|\x00|\Z)")

    def _directive_host(self, text: str, start: int, end: int) -> bool:
        """Whether a bare name is a host directive's one argument or an access rule's client.

        (:data:`_DIRECTIVE_HOST`, read at most 64 characters back on its line; an access
        rule's arguments, :data:`_ACCESS_RULE`, at most 400; a transport command's words,
        :data:`_TRANSPORT_COMMAND`, at most 160.) A sentence's word before a name
        (``Visit example.com``, ``Contact example.org``) is no directive.
        """
        lo = max(0, start - 400)
        ls = text.rfind("\n", lo, start) + 1
        if ls == 0 and lo > 0:
            return False  # (the line's opening is farther back than a rule's arguments)
        if start - ls <= 64 and (
            self._DIRECTIVE_HOST.match(text, ls, start) is not None
            and self._DIRECTIVE_HOST_END.match(text, end) is not None
        ):
            return True
        if start - ls <= 160 and (  # (a command's words before the name)
            self._TRANSPORT_COMMAND.match(text, ls, start) is not None
            and self._TRANSPORT_HOST_END.match(text, end) is not None
        ):
            return True
        return (
            self._ACCESS_RULE.match(text, ls, start) is not None
            and self._ACCESS_RULE_END.match(text, end) is not None
        )

    def _names_in_prose(
        self, text: str, lines: dict[Any, Any], taken: list[tuple[int, int]]
    ) -> Iterator[re.Match[str]]:
        """``_NAME_END.finditer(text)`` without the matches on machine-text lines or in a URL.

        No name on such a line is reported (:func:`_machine_context` holds for each), and
        a log holds hundreds of dotted names a line: once a line is known to be machine
        text, the search resumes at its end. (A match ends before its line's end.) Nor a
        name overlapping a URL found (``taken``, sorted): its name from its dot, what holds
        for it holds for the whole name. A text dense with links has a top-level domain in
        each: the search resumes at the end of the URLs the match overlaps, as every match
        opening before it overlaps them too. (A match holds one dot, at its start: no match
        opens inside another, so the matches from there are those ``finditer`` gives.)
        """
        search = self._NAME_END.search
        starts = [s for s, _ in taken]
        reach = list(itertools.accumulate((e for _, e in taken), max))
        pos = 0
        prose_until = -1  # the end of the last line read as prose
        while (m := search(text, pos)) is not None:
            dot = m.start()
            i = bisect.bisect_left(starts, m.end())
            if i > 0 and reach[i - 1] > dot:  # (overlap_test's test)
                pos = max(reach[i - 1], m.end())  # (the URLs' end; no dot before m's end)
                continue
            ls = -1 if dot < prose_until else _line_start(text, dot, lines)
            if ls < 0:
                pass  # (on the prose line just read)
            elif _machine_line_at(text, dot, ls, lines, for_url=True) and (
                _setting_start(text, ls, lines) < 0  # (a line that is one setting: its value)
            ):
                pos = text.find("\n", m.end())
                if pos < 0:
                    return
                continue
            else:
                prose_until = text.find("\n", m.end())
                if prose_until < 0:
                    prose_until = len(text)
            yield m
            pos = m.end()

    def _site_name(self, text: str, start: int, end: int, tld: str) -> bool:
        """Whether the dotted name ``text[start:end]`` names a site (``_prose_domains``)."""
        labels = text[start:end].split(".")
        if (
            text[end : end + 1] == "/"  # a host and path: url_bare's (it refused this one)
            or any(not lab or lab[0] == "-" or lab[-1] == "-" for lab in labels)
            or labels[0].isdigit()
            or (len(labels) > 2 and labels[0].lower() in _BARE_TLDS)
        ):
            return False
        # A host name of a machine ("settings-win.data.microsoft.com") has labels before its
        # site's name; a site is named by two (a second-level suffix, "bbc.co.uk", aside). A
        # capitalised name ("Booking.com", "Amazon.com") is how a company writes its name:
        # an organisation's for the model. Those, and other top-level domains, need a word
        # naming a site before them.
        # A site's public face ("docs.python.org", "api.github.com", "en.wikipedia.org") is
        # named by a web subdomain before its two labels.
        # A name of three labels (``sub.example.com``, ``face.google.com``) is a site when
        # a sentence names it, after its words ("the story is at sub.example.com",
        # "Contact: sub.example.com"); opening a line or a quoted value it is a machine's
        # host name (``    ldap.example.com:636 (...)``, ``SystemName: "myhost.acme.com"``).
        # A name that is the whole text (a table's cell, a form's field) is one to report,
        # however many labels it has. (Not a "www." glued to a word: "xwww.example.com"
        # stays the glued link it was, for both.)
        host = len(labels) > 3 or (
            len(labels) == 3 and len(labels[1]) > 3 and labels[0] not in _WEB_SUBDOMAINS
        )
        if host and not (len(labels[0]) > 3 and labels[0].lower().endswith("www")):
            host = not (
                (len(labels) == 3 and self._after_words(text, start))
                or self._alone(text, start, end)
            )
        if tld in _PROSE_TLDS and not host and not text[start].isupper():
            return True
        if tld in _FILE_TLDS or tld in _NOT_TLDS or not _tld_delegated(tld):
            return False
        # (the line's start within the 40 characters searched: a long line is not read back)
        ls = text.rfind("\n", max(0, start - 40), start) + 1
        return self._SITE_WORD.search(text, max(ls, start - 40), start) is not None

    @staticmethod
    def _alone(text: str, start: int, end: int) -> bool:
        """Whether the name at ``start:end`` is the whole text (less white space, a full stop).

        A text of :meth:`Scanner.scan_many`'s join ends at a NUL. (Eight characters read
        each way, the NUL one of them: a text of many names asks it of each.)
        """
        return stands_alone(text, start, end, reach=8, nul_in_reach=True, trail=".")

    @staticmethod
    def _after_words(text: str, start: int) -> bool:
        """Whether the name at ``start`` follows a sentence's word and one space.

        A letter, or a comma, colon or semicolon after one, then the space: "at
        sub.example.com", "Contact: sub.example.com", "see a.com, sub.example.com". A mark
        opening its text has no word before it, as it has none opening a line (a text of
        :meth:`Scanner.scan_many`'s join opens a line).
        """
        return (
            start > 1
            and text[start - 1] == " "
            and (
                text[start - 2].isalpha()
                or (start > 2 and text[start - 2] in ",:;" and text[start - 3].isalpha())
            )
        )

    # A port after a site's name in a sentence ("served at example.com:8080."): a colon and
    # digits, then no more of a name, a time or an address ("example.com:12:30").
    _PORT = re.compile(r":[0-9]{1,5}(?![\w:]|\.[0-9])")
    # A path, scheme, key or e-mail character before a name: part of something else.
    _NOT_BEFORE_NAME = frozenset("@/\\:_%#$~+=&?")

    def _opened(self, text: str, start: int, end: int) -> bool:
        """Whether the mark before the name at ``start`` opens it rather than gluing it.

        Emphasis closed after it (``_example.com_``), an ``=`` after white space
        (:func:`_loose_equals`), a colon after white space or a bracket (``PS :example.net``;
        glued to a word, ``test:example.com`` is a key's or a scheme's).
        """
        mark = text[start - 1 : start]
        if mark in ("_", "*", "~"):
            return self._emphasised(text, start, end)
        if mark == "=":
            return _loose_equals(text, start - 1)
        return mark == ":" and (start == 1 or text[start - 2] in " \t\n([{<\"'")

    @staticmethod
    def _relative(text: str, start: int) -> bool:
        """Whether the name at ``start`` follows a ``//`` that opens a word.

        A protocol-relative link (``//example.com``, as a page's HTML writes one) names its
        host after the two slashes; after a word ("a//b.com", "http://b.com") they are part
        of a path or a URL.
        """
        return text[start - 2 : start] == "//" and (start == 2 or text[start - 3] in " \t\n(\"'<[")

    def _one_label(self, text: str, found: Finding) -> bool:
        """Whether a scheme URL's host is one label and it has no user information.

        Such a URL in machine text is a service: nothing of
        ``http://elasticsearch:9200/_search?q=x`` is reported there.
        """
        sep = text.find("://", found.start, found.end)
        if sep < 0:
            return False
        authority = self._AUTHORITY.match(text, sep + 3, found.end).group()  # type: ignore[union-attr]
        if "@" in authority:
            return False  # user information is personal whatever the host
        host = authority.split(":", 1)[0] if not authority.startswith("[") else authority
        return "." not in host and ":" not in host

    def _web(self, text: str, found: Finding) -> bool:
        """Whether a URL has a web scheme, or none (``www.``, a bare host and path)."""
        sep = text.find("://", found.start, found.end)
        return sep < 0 or text[found.start : sep].lower() in self._SCHEMES

    def _personal_parts(self, text: str, found: Finding) -> Iterator[Finding]:
        """The personal parts of a URL seen in machine text (see the class docstring)."""
        url = text[found.start : found.end]
        s0 = found.start
        scheme_end = url.find("://")
        if scheme_end >= 0:
            auth_start = scheme_end + 3
            auth_end = len(url)
            for c in "/?#":
                i = url.find(c, auth_start)
                if 0 <= i < auth_end:
                    auth_end = i
            at = url.rfind("@", auth_start, auth_end)
            if at > auth_start:
                yield self._part(found, s0 + auth_start, s0 + at, "userinfo")
        q = url.find("?")
        if q < 0:
            q = url.find(";")
        if q < 0:
            return
        pairs = [
            (m, m.group(1).lower().replace("-", "_").replace(".", "_").strip("_[]"), m.group(2))
            for m in _QUERY_PAIR.finditer(url, q + 1)
        ]
        dns: list[bool] = []  # whether the URL addresses DNS records (asked once, lazily)
        things: list[bool] = []  # whether its path ends at a list of things (likewise)
        for m, k, value in pairs:
            if _personal_query_value(k, value, url=url, q=q, pairs=pairs, dns=dns, things=things):
                yield self._part(found, s0 + m.start(2), s0 + m.end(2), "query_value")

    @staticmethod
    def _part(found: Finding, start: int, end: int, tag: str) -> Finding:
        ev = found.evidence
        evidence = _PART_EVIDENCE.get((ev, tag))
        if evidence is None:  # parts repeat the same evidence: share it
            evidence = _PART_EVIDENCE.put((ev, tag), with_tag(ev, tag))
        return new_finding(found.entity_type, start, end, found.score, found.detector, evidence)

    _ORIGIN = re.compile(r"[a-z]{2,6}://[^/?#\s]{1,300}/?", re.IGNORECASE)
    # XML namespaces and algorithm identifiers name a specification, not a visited page.
    _SCHEMA_KEY = re.compile(
        r"(?:xmlns(?::\w{1,40})?|Algorithm|schemaLocation|Namespace|Format|Method)\s{0,2}=\s{0,2}"
        r"[\"']{1,2}\Z"
    )

    _AUTHORITY = re.compile(r"[^/?#]*")
    # A host name of one label as DNS writes it (letters, digits, inner hyphens).
    _ONE_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?")

    def _not_personal(
        self,
        text: str,
        start: int,
        url: str,
        host: str,
        *,
        userinfo: bool,
        lines: dict[Any, Any] | None = None,
    ) -> bool:
        """Whether a URL with a scheme names a machine endpoint rather than a visited page.

        A service on a one-label host in machine text or in quotes (``PUT
        http://elasticsearch:9200/...``, ``'https://mxs01:444/ecp/'``; unquoted in a sentence,
        ``see http://localhost:8080/api``, it is a URL), a
        bare origin (``https://www.google.com/``) given as a log field's value, and an XML
        namespace, claim type or algorithm URI (after ``xmlns=``, or on a ``schemas.`` host
        without a query) say nothing about a person. A URL on an IP literal is
        reported: the address inside wins the overlap and the URL keeps the rest
        (``_url_remnants`` in the scanner).
        """
        if userinfo:
            return False  # user information ("user:pass@") is personal whatever the host
        h = host.strip("[]").lower()
        if (
            "." not in h
            and ":" not in h
            and (text[start - 1 : start] in ("'", '"') or not self._ONE_LABEL.fullmatch(h))
        ):
            # a one-label host quoted (a value a program wrote into its message: "Request for
            # URL 'https://mxs01:444/ecp/...' failed"): a service; or no host name at all
            # ("http://ho%1Fst/", "http://_x"). (In machine text, see ``find``.)
            return True
        if h.startswith("schemas.") and "?" not in url and "#" not in url:
            # a namespace or claim type ("http://schemas.xmlsoap.org/ws/2005/05/identity/
            # claims/name"): a specification's name on a host kept for such names
            return True
        before = text[max(0, start - 40) : start]
        if self._SCHEMA_KEY.search(before) or (
            # (a service a rendered event names: see _record_value)
            "?" not in url
            and "#" not in url
            and ";" not in url
            and self._record_value(text, start, before, lines)
        ):
            return True
        if not self._ORIGIN.fullmatch(url):
            return False
        # (an origin as the value of a line that is one setting is a link: _setting_value)
        return (
            before[-1:] == "\t" or (before[-1:] == "=" and not _setting_value(text, start, lines))
        ) or (
            before[-1:] in ('"', "'")
            and self._quoted_field(text, start - 1, lines)
            and not _link_attribute(text, start - 1)
        )

    # A label opening its line, as a rendered event writes its fields ("Relying party: ",
    # "Resource: "): one to four words, the first capitalised, then a colon. (Matched whole
    # after the last newline: it holds none.)
    _LABEL_BEFORE = re.compile(r"[ \t]{0,12}[A-Z][A-Za-z]{0,30}(?: [A-Za-z]{1,30}){0,3}:[ \t]{1,4}")

    def _record_value(
        self, text: str, start: int, before: str, lines: dict[Any, Any] | None
    ) -> bool:
        """Whether a URL without a query is a value of a log record's rendered message.

        Quoted in a sentence of the message (``... for the relying party
        'https://manage.example.com/WarpAuthAPI'``) or the value of a label line
        (``Relying party: https://management.example.com``), in a record whose field lines
        stand around (:func:`_record_sentence`): the system names the service an event is
        about, as a field of machine text does, where only a URL's user information and
        query values are reported. A link quoted in a note, a ticket or a chat line has no
        record around it.
        """
        quoted = before[-1:] in ('"', "'")
        if quoted:
            if _link_attribute(text, start - 1):
                return False
        elif self._LABEL_BEFORE.fullmatch(before, before.rfind("\n") + 1) is None:
            return False
        return _record_sentence(text, text.rfind("\n", 0, start) + 1, lines)

    @staticmethod
    def _quoted_field(text: str, quote: int, lines: dict[Any, Any] | None = None) -> bool:
        """Whether the quote at ``quote`` opens a field's value, not a quotation in a sentence.

        A log record quotes its fields after a number, a dash, a separator or another
        quoted field (``200 612 "https://www.example.com/"``, ``["https://..."]``,
        ``"url": "https://..."``), and a value in its message's sentence (``for the relying
        party 'https://management.example.com/'``, with the record's fields on the lines
        around: :func:`_record_sentence`). A text quotes a link at its start or after a word
        (``"http://example.com" is down``, ``He said 'http://example.com'``).
        """
        i = quote
        while i > 0 and text[i - 1] in " \u00a0":
            i -= 1
        if i > 0 and text[i - 1] != "\n" and not (i < quote and text[i - 1].isalpha()):
            return True
        return _record_sentence(text, text.rfind("\n", 0, quote) + 1, lines)

    _BARE = frozenset({"url_bare", "url_bare_tld"})
    _NO_SCHEME = frozenset({*_BARE, "url_ip_path"})

    def _host_and_path(
        self, text: str, start: int, end: int, name: str, path_end: int = -1
    ) -> tuple[int, int]:
        """The span of a link without a scheme whose host ends with the "/" at ``end - 1``.

        ``(-1, -1)`` when it is none: a bare host refused by :meth:`_bare_start` or
        :meth:`_bare_end`, or after a colon that does not open it (:meth:`_colon_opens`); an
        address with an octet over 255 (``url_ip_path``). ``path_end``: as for
        :meth:`_bare_end`.
        """
        if name == "url_ip_path":
            host = text[start:end].split(":", 1)[0].split("/", 1)[0]
            if any(int(octet) > 255 for octet in host.split(".")):
                return -1, -1
            if text[start - 1 : start] == "," and self._in_authority(text, start):
                return -1, -1  # a later host of a scheme link's list (the link is judged)
            return start, self._BARE_PATH.match(text, end).end()  # type: ignore[union-attr]
        start = self._bare_start(text, start)
        end = self._bare_end(text, start, end, other_tld=name == "url_bare_tld", path_end=path_end)
        if start < 0 or end < 0:
            return -1, -1
        if text[start - 1 : start] == ":" and not self._colon_opens(text, start - 1):
            return -1, -1
        return start, end

    @staticmethod
    def _in_authority(text: str, start: int) -> bool:
        """Whether ``start`` is inside the authority of a scheme link it is glued to.

        ``mongodb://10.0.0.10,10.0.0.11:27017/db``, ``cassandra:cluster://a.example,
        10.0.0.15/ks``: a data source's hosts after a comma, no link of their own. (The
        ``://`` within 256 characters back, no blank, quote or "/" after it.)
        """
        lo = max(0, start - 256)
        sep = text.rfind("://", lo, start)
        return sep >= 0 and _AUTHORITY_RUN.fullmatch(text, sep + 3, start) is not None

    # The word before a ":" that opens a host without a scheme in a sentence: white space,
    # a bracket or a quote, then nothing or a word of letters ("(go here:google.com/maps)",
    # "(example:ka.wikipedia.org/wiki/A", "PS :example.com/a") that names no scheme.
    _COLON_WORD = re.compile(r"(?:\A|(?<=[\s(\[{<\"'\u00ab\u201c\u2018]))([^\W\d_]{2,24})?:\Z")
    _URI_SCHEMES = frozenset(
        "http https ftp ftps ws wss sftp file git svn ssh mailto urn data jar s3 gs hdfs smb nfs "
        "ldap ldaps rtsp rtmp tcp udp unix mysql postgres postgresql redis mongodb amqp irc "
        "telnet news nntp sip tel xmpp magnet ipfs chrome about blob javascript vscode".split()
    )

    @classmethod
    def _colon_opens(cls, text: str, colon: int) -> bool:
        """Whether the ":" at ``colon``, right before a host without a scheme, opens it.

        A key's or a scheme's colon glued to a name (``host:example.com/a``, ``git:``,
        ``C:``, ``12:``) does not; a word of a sentence closed by one does, as does a colon
        that opens a word.
        """
        m = cls._COLON_WORD.search(text, max(0, colon - 25), colon + 1)
        return m is not None and (m.group(1) or "").lower() not in cls._URI_SCHEMES

    # Opening a host written in other letters than ASCII ("bücher.de/katalog"): after these.
    _IDN_OPENERS = frozenset(" \t\n\u00a0(\"'<[{\u00ab\u201c\u2018")

    @classmethod
    def _bare_start(cls, text: str, start: int) -> int:
        """The start of a host without a scheme whose ASCII end starts at ``start``; -1 if none.

        ``extend_back`` takes the ASCII letters of its labels; a label holding other letters
        (an internationalised name, ``bücher.de/katalog``, ``www.`` aside) is taken back to
        the white space, quote or bracket before it. Glued to any other word character, it is
        part of a word (``_github.com/jane``), and refused.
        """
        if not _glued_word(text, start):
            return start
        i = start
        while (
            i > 0
            and start - i < 253
            and (text[i - 1] in "-." or text[i - 1].isalnum())
            and _NO_SPACE_CHAR.match(text, i - 1) is None
        ):
            i -= 1
        if (
            i > 0
            and text[i - 1] not in cls._IDN_OPENERS
            # (a mark that opens an ASCII host opens this one too: "PS =müller.com/a",
            # "PS :müller.com/a"; glued to a key, "k=müller.com/a" is a field's value)
            and not _loose_equals(text, i - 1)
            and not (text[i - 1] == ":" and cls._colon_opens(text, i - 1))
        ):
            return -1
        return i if not text[i:start].isascii() and text[i].isalnum() else -1

    @staticmethod
    def _other_tld(text: str, start: int, end: int) -> bool:
        """Whether the host before the "/" at ``end - 1`` ends in another top-level domain.

        One of the root zone that ``url_bare`` does not take and that is no file extension.
        """
        tld = text[start : end - 1].split(":", 1)[0].rsplit(".", 1)[-1]
        return (
            tld not in _PATH_TLDS
            and tld not in _FILE_TLDS
            and tld not in _NOT_TLDS
            and _tld_delegated(tld)
        )

    def _bare_end(
        self, text: str, start: int, end: int, *, other_tld: bool = False, path_end: int = -1
    ) -> int:
        """The end of a URL without a scheme whose host ends with the "/" at ``end - 1``.

        -1 when it is none: its host's labels must not be empty nor start or end with a
        hyphen, an "_" may stand in a label but the last two (a service's DNS name,
        ``_dmarc.example.com/a``; ``snake_case.io/`` is code), its top-level domain must be
        written in lower case (``ASP.NET/Core`` names a product), a ``www.`` host is the
        ``url_www`` pattern's, and a Go package path in a stack trace
        (``go.example.io/pkg.(*T).Run``) is code, not a link. ``path_end`` is where
        ``_BARE_PATH`` ends from ``end`` when the caller read it (-1: not read).
        """
        if other_tld and not self._other_tld(text, start, end):
            return -1  # (``url_bare_tld``: a top-level domain of its own)
        host = text[start : end - 1].split(":", 1)[0]  # (less a port: "example.com:8080/a")
        labels = host.split(".")
        if (
            host[:4].lower() == "www."
            or not labels[-1].islower()
            or "" in labels
            or ("-" in host and any(lab[0] == "-" or lab[-1] == "-" for lab in labels))
            or ("_" in host and ("_" in labels[-1] or (len(labels) > 1 and "_" in labels[-2])))
        ):
            return -1
        if self._dns_notation(text, start, text[start:end]):
            return -1  # "zone example.com/IN: loaded serial 1": a name server's, not a link
        if path_end < 0:
            path_end = self._BARE_PATH.match(text, end).end()  # type: ignore[union-attr]
        if self._CODE_PATH.search(text, start, path_end) or self._IMAGE_END.search(
            text, end - 1, path_end
        ):
            return -1
        if self._mapping_key(text, start, end) or self._key_as_value(text, start, end, path_end):
            return -1
        return path_end

    # A container image's reference ends in a tag or a digest ("gcr.io/team/app:1.0",
    # "docker.io/library/nginx:latest", "ghcr.io/o/app@sha256:<64 hex>"): the last segment's
    # name, a colon and a tag of word characters, dots and hyphens (one word character
    # first), or a digest, at the link's end. An image pulled or run, not a page.
    _IMAGE_END = re.compile(
        r"(?:/[\w.\-]{1,128}:\w[\w.\-]{0,127}|@sha256:[0-9a-f]{64})[.,;:!?)\]}'\"]{0,2}\Z"
    )
    # A key of structured data (YAML, JSON) named by a DNS prefix, a "/" and one name
    # ("helm.sh/chart", "app.kubernetes.io/name": Kubernetes' label and annotation keys),
    # then the key's colon and a blank or the line's end, the key indented or quoted.
    _KEY_PATH = re.compile(r"[A-Za-z0-9](?:[\w.\-]{0,61}[A-Za-z0-9])?[\"']?:(?=[ \t\r\n]|\Z)")
    _KEY_BEFORE = re.compile(r"[ \t]+(?:-[ \t]+)?[\"']?|[ \t]*(?:-[ \t]+)?[\"']|.*[{,][ \t]*[\"']")

    # A field naming a key opening its line or an inline mapping's entry, up to its value:
    # "topologyKey: ", "- key: ", "{labelKey=", quoted or not (a scheduler's rule names the
    # label key it matches).
    _KEY_FIELD_BEFORE = re.compile(
        r"[ \t]*(?:[^\n]{0,200}[{,][ \t]*)?(?:-[ \t]+)?[\"']?[A-Za-z_]{0,40}(?:key|Key|KEY)[\"']?"
        r"[ \t]*[:=][ \t]*[\"']?"
    )
    # A key's one name after the DNS prefix's "/", to a quote, a comma, a brace or the line's end.
    _KEY_NAME_END = re.compile(
        r"[A-Za-z0-9](?:[\w.\-]{0,61}[A-Za-z0-9])?[\"']?[ \t]*(?:[,}\]]|\r?$)", re.MULTILINE
    )

    @classmethod
    def _key_as_value(cls, text: str, start: int, end: int, path_end: int) -> bool:
        """Whether the host and "/" at ``start:end`` open a label key given as a key field's value.

        ``topologyKey: "kubernetes.io/hostname"``, ``- key: node-role.kubernetes.io/master``:
        a DNS prefix, a "/" and one name (:attr:`_KEY_NAME_END`), the value of a field named
        ``key`` or ``...Key`` (:attr:`_KEY_FIELD_BEFORE`): the name of a label, as
        :meth:`_mapping_key` reads one written as a key. A link under such a field holds more
        of a path (``key: example.com/a/b``) or more after it.
        """
        m = cls._KEY_NAME_END.match(text, end)
        if m is None or m.end() < path_end - 2:
            return False
        ls = text.rfind("\n", max(0, start - 256), start) + 1
        return start - ls <= 256 and cls._KEY_FIELD_BEFORE.fullmatch(text, ls, start) is not None

    @classmethod
    def _mapping_key(cls, text: str, start: int, end: int) -> bool:
        """Whether the host and "/" at ``start:end`` open a key of a mapping (``_KEY_PATH``)."""
        if cls._KEY_PATH.match(text, end) is None:
            return False
        ls = text.rfind("\n", 0, start) + 1
        return start - ls <= 256 and cls._KEY_BEFORE.fullmatch(text, ls, start) is not None

    # What BIND writes after a name and a "/" to name a zone, a record set or a key (named's
    # log, named-checkzone's and the dnssec-* tools' output): the zone's class ("zone
    # example.com/IN: loaded serial 1"), with a record type ("query failed (SERVFAIL) for
    # example.com/IN/A at query.c:...") or a view's name before a colon ("zone
    # example.com/IN/internal: ..."); a record type before a colon ("validating
    # example.com/DNSKEY: no valid signature found") or its class ("FORMERR resolving
    # 'ns1.example.com/AAAA/IN': 192.0.2.1#53"); a DNSSEC algorithm and key tag ("DNSKEY
    # example.net/ECDSAP256SHA256/31729 (KSK) is now active"). Then no more of a path:
    # "example.com/IN/docs" and a short link's code "bit.ly/MX" are links.
    @classmethod
    def _dns_notation(cls, text: str, start: int, link: str) -> bool:
        """Whether the host at ``start`` (``link`` read from it) is BIND's name notation."""
        slash = link.find("/")
        at = start + slash + 1
        return (
            slash > 0
            and text[at : at + 1].isupper()
            and cls._DNS_NOTATION.match(text, at) is not None
        )

    _DNS_NOTATION = re.compile(
        rf"(?:{DNS_CLASS}(?:/{DNS_TYPE}|/[\w\-]{{1,64}}(?=:))?|{DNS_TYPE}(?:/{DNS_CLASS}|(?=:))"
        rf"|{DNSSEC_ALGORITHM}/[0-9]{{1,5}})(?![\w/.\-])"
    )

    # Go symbols and module versions: "pkg.(*T).M", ".func3", "@v0.12.0/", "file.go:128".
    _CODE_PATH = re.compile(r"\(\*|\.func[0-9]|@v[0-9]{1,4}\.|\.go:[0-9]")
    # The path of a link without a scheme ends at a letter of a script written without
    # spaces glued to what came before: such a link is typed into the sentence, which goes
    # on right after it ("example.com/path中国語", "t.co/abcde한국"). A segment's name written
    # in one opens after a "/" ("example.com/䨹"). (A scheme URL keeps them all: "https://ja.
    # wikipedia.org/wiki/日本" is pasted whole from an address bar.)
    _BARE_PATH = re.compile(
        f"(?:(?<=/)[{UNSPACED_SCRIPTS}]{{1,256}}|(?![{UNSPACED_SCRIPTS}]){_URL_CHAR_IN_TEXT})"
        "{0,2048}"
    )
    _HOST_ONLY = re.compile(r"[^/?#]{1,300}")
    # A host-name field right before the value: HTTP Host and :authority headers, host=,
    # server names, SNI, SMTP HELO/EHLO, and a rendered event's label naming a machine by its
    # name ("Target Server Name:", "Host Name:", "Workstation Name:", "Computer Name:").
    _HOST_KEY = re.compile(
        r"(?:^|[^\w\-])(?:(?:\w{0,40}(?:[_.\-][Hh]ost|[a-z]Host)"
        r"|(?i:host|hostname|:authority|(?:server|host|computer|workstation)[_\- ]?name|sni"
        r"|vhost|server))"
        r"[\"']?\s{0,3}[:=]|(?:[a-z]{1,20}[_\-])?(?i:helo|ehlo)(?:[_\-]?name)?[=\s])"
        r"\s{0,3}[\"'<\[]?\Z"
    )


# The scheme and www URL expressions with the plain URL class: the same matches unless a
# "](" stands in a match or right after it (a "]" can end a link only before "(":
# _URL_CHAR_IN_TEXT). The alternation costs four times the plain class on log text dense
# with links (a full pass of the scheme expression; the www one is matched at each start
# Hyperscan gives, 1.7 -> 0.7 ms a pass of the real logs).
_URL_SCHEME, _URL_WWW = (
    next(str(p.regex) for p in UrlDetector.patterns if p.name == name)
    for name in ("url_scheme", "url_www")
)


for _twinned in (_URL_SCHEME, _URL_WWW):
    TWINS[_twinned] = (re.compile(_twinned.replace(_URL_CHAR_IN_TEXT, _URL_CHAR)), "](")


class DomainDetector(PatternDetector):
    """Bare domain names (``example.com``) with a common top-level domain."""

    entity = EntityType.DOMAIN_NAME
    name = "domain"
    negative_context = ("import", "package", "module", "class", "exception", "logger")
    patterns = (
        Pattern(
            "domain",
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,6}"
            r"[A-Za-z]{2,10}(?![\w\-@(]|\.\w)",
            score=0.6,
        ),
    )
    _TLD = re.compile(
        r"\.(?:" + "|".join(sorted(_BARE_TLDS, key=len, reverse=True)) + r")(?![\w\-@(]|\.\w)"
    )
    _LABEL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        # Anchor on ".com"-like endings (a literal search), then walk back over the labels.
        text = state.text
        if "." not in text:
            return
        rx = self._compiled[0][1]
        pattern = self.patterns[0]
        label = self._LABEL
        resume = 0
        for m in self._TLD.finditer(text):
            dot = m.start()
            start = dot
            while start > 0 and dot - start < 253 and text[start - 1] in label:
                start -= 1
            while start < dot and not text[start].isalnum():
                start += 1
            if start == dot or start < resume or (start > 0 and text[start - 1] in "@/:_\\"):
                continue
            if start > 0 and text[start - 1] == "%":
                continue  # starts inside a percent escape ("a%40b.com", "%2Fexample.com")
            whole = rx.fullmatch(text, start, m.end())
            if whole is None:
                continue
            resume = m.end()
            found = self.evaluate(text, start, m.end(), pattern)
            if found is not None:
                yield found

    def validate(self, value: str, /) -> bool | None:
        tld = value.rsplit(".", 1)[-1]
        if not tld.islower():
            return False
        first = value.split(".", 1)[0]
        return False if first.isdigit() else None
