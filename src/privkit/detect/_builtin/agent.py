# ruff: noqa: E501, PLR2004 - regex tables, word lists and numeric address ranges
"""User agents, whatever their shape."""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
)
from privkit.types import EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Iterator

from privkit.detect._builtin._common import (
    _W3C_AGENT_FIELDS,
    HTTP_CLIENTS,
    _cookie_value_at,
    _finding,
    _nv_in,
    _w3c_evidence,
    _w3c_in,
)

_UA_PLACEHOLDERS = frozenset({"", "null", "none", "unknown", "n/a", "na", "undefined", "empty"})


_PRODUCT_CHARS = string.ascii_letters + string.digits + "_.-%"


#: What may stand right before an app's product name that opens an agent: white space, a
#: quote, a key's sign, an opening bracket, or markup around a table's cell or code.
_PRODUCT_OPENERS = frozenset(" \t\r\n\"'=:;,([{<>`|*~\u2018\u201c\u00ab")
_PRODUCT_LOOK_BACK = 60  # characters _product_start reads back (the name's longest run)


_PRODUCT_BEFORE = re.compile(r"[A-Za-z][\w.\-%]{0,59}\Z")


_LETTER = re.compile(r"[A-Za-z]")


def _product_start(text: str, end: int) -> int | None:
    r"""Start of a product name ending at ``end`` (``[A-Za-z][\w.\-%]{0,59}`` before it).

    The leftmost start, as ``_PRODUCT_BEFORE.search`` gives, found without trying every
    position: strip the run of name characters back from ``end``, then take its first
    letter. A non-ASCII word character (``\w`` matches it) falls back to the expression.
    """
    lo = max(0, end - _PRODUCT_LOOK_BACK)
    seg = text[lo:end]
    rest = seg.rstrip(_PRODUCT_CHARS)
    if rest and not rest[-1].isascii():
        m = _PRODUCT_BEFORE.search(text, max(0, end - 96), end)
        return None if m is None else m.start()
    m = _LETTER.search(seg, len(rest))
    return None if m is None else lo + m.start()


def _list_item(text: str, start: int, value: str) -> tuple[str, int]:
    """A header value without the list syntax around it: YAML ``- x``, ``[x]``, ``['x']``.

    Recorded HTTP traffic stores header values as lists (``User-Agent: [curl/8.0]``,
    ``"User-Agent": ["MyApp/1.0"]``); the agent is the item. ``value`` starts at ``start``
    in ``text``, after the ``[`` and quote the pattern took. Returns the item and its start.
    """
    at = len(value) - len(value.lstrip())
    if value.startswith("- ", at):  # a YAML block item
        at += 2
        at += len(value) - at - len(value[at:].lstrip())
    body = value[at:]
    before = text[max(0, start - 5) : start]
    quote = before[-1:] if before[-1:] in ("'", '"') else ""
    if before[: len(before) - len(quote)].rstrip().endswith("["):
        cut = body.find(quote) if quote else body.rfind("]")
        body = (body if cut < 0 else body[:cut]).rstrip()
    return body, start + at


# A user-agent key right before a value: a header line ("User-Agent: "), a quoted value
# ("user_agent": "...", ua='...'), or a bracketed log field ("[useragent: ...]").
_AGENT_KEY_BEFORE = re.compile(
    r"(?:^|(?<=[\r\n]))[ \t]*(?:- )?user[\-_]?agent[ \t]{0,3}:[ \t]{0,3}\Z"
    r"|(?:user[\-_]?agent|useragent|(?<![a-z0-9])ua)[\"']?[ \t]{0,3}[:=][ \t]{0,3}\[?[ \t]{0,3}[\"']\Z"
    r"|\[[ \t]{0,3}(?:user[\-_]?agent|useragent|ua)[ \t]{0,3}[:=][ \t]{0,3}\Z",
    re.IGNORECASE,
)


# A single quote that opens or closes something, not an apostrophe between letters ("How's").
QUOTE_NOT_APOSTROPHE = r"(?<![A-Za-z])'|'(?![A-Za-z])"


def _closing_bracket(value: str) -> int:
    """Where the ``]`` that closes a bracketed field is in its value (or the value's end)."""
    depth = 0
    for i, c in enumerate(value):
        if c == "[":
            depth += 1
        elif c == "]":
            if depth == 0:
                return i
            depth -= 1
    return len(value)


def _agent_field_end(text: str, start: int, end: int) -> int:
    """The end of a browser agent that is the whole value of a user-agent field.

    A browser pattern stops at its last ``product/version`` token; the field's value may go
    on with tokens of other shapes ("... Safari/537.36 Chrome-Lighthouse"). After a header
    line's key the value runs to the line's end, in quotes to the closing quote, in a
    bracketed field to its ``]``. Elsewhere (``ua=...`` unquoted) the end is kept.
    """
    before = text[max(0, start - 48) : start].lower()
    if "agent" not in before and "ua" not in before:
        return end  # no key word: a test of two literals, not a search at 48 positions
    key = _AGENT_KEY_BEFORE.search(text, max(0, start - 48), start)
    if key is None:
        return end
    stop = end
    while stop < len(text) and text[stop] not in "\r\n" and stop - end < 1024:
        stop += 1
    tail = text[end:stop]
    quote = text[start - 1 : start]
    if quote in ('"', "'"):
        cut = tail.find(quote)
        tail = tail if cut < 0 else tail[:cut]
    elif text[key.start() : start].lstrip().startswith("["):
        tail = tail[: _closing_bracket(tail)]
    tail = _before_escaped_break(tail.rstrip().rstrip("\\").rstrip())
    return end + len(tail) if tail and not tail.startswith(("\t",)) else end


# What stands before the referrer of an access-log line: the request's closing quote, the
# status (or "-"), then up to seven numeric, "-" or code fields ("GET / HTTP/1.1" 200 12 0.2 ).
_ACCESS_BEFORE_REFERRER = re.compile(
    r"\" (?:[1-5][0-9]{2}|-)(?: (?:[0-9.]{1,20}|-|[A-Z][A-Za-z]{2,40})){0,7} \Z"
)


# The rest of a quoted field that is more than one agent's tail: another browser agent, or a
# key with its value ("... User-Agent: Googlebot/2.1"), which the other patterns read.
_NOT_ONE_AGENT = re.compile(r"Mozilla/|[A-Za-z][\w\-]{0,40}: ")


def _access_agent_end(text: str, start: int, end: int) -> int:
    """The end of a browser agent that opens the quoted agent field of an access-log line.

    In the combined format the field after the quoted referrer is the agent, whatever it
    holds after its last ``product/version`` token: a test log's typo (``Chrome/75.0.  3770.100
    Safari/537.36``) or an appended tag. A browser pattern that starts right after the
    field's opening quote (``... 200 612 "referrer" "Mozilla/5.0 ...``) runs to the closing
    quote on the same line, unless the rest holds another agent or a ``key: `` field;
    elsewhere the end is kept.
    """
    if text[start - 3 : start] != '" "' or end >= len(text) or text[end] == '"':
        return end
    ref = text.rfind('"', max(0, start - 4100), start - 3)  # the referrer's opening quote
    if ref < 1 or _ACCESS_BEFORE_REFERRER.search(text, max(0, ref - 80), ref) is None:
        return end
    close = text.find('"', end, min(len(text), end + 1024))
    tail = text[end:close] if close >= 0 else ""
    if not tail or "\n" in tail or "\r" in tail or _NOT_ONE_AGENT.search(tail) is not None:
        return end
    return end + len(tail.rstrip())


def _browser_agent_end(text: str, start: int, end: int) -> int:
    """A browser agent's end: a user-agent field's value, or an access line's agent field."""
    return _access_agent_end(text, start, _agent_field_end(text, start, end))


# A line break as one log line writes a serialised header block: the text of a C or JSON
# escape ("\\r\\n"), nginx's "\\x0D\\x0A", rsyslog's octal "#015#012", URL encoding
# ("%0D%0A"), or FireEye's "::~~" between the header lines of its ``channel`` field. A break
# counts when the value ends there or the next header line, or another break, follows it
# ("...GuzzleHttp/7\\r\\nAccept: */*"); "::~~" never stands in an agent, so it always counts.
_BREAK = r"(?:\\r|\\n|\\x0[AaDd]|#01[25]|%0[AaDd])"
# (Not _LINE_BREAK_ESCAPE, the lowered LF-only form ua_header reads: this is a value as written.)
_ESCAPED_BREAK = re.compile(
    rf"::~~|{_BREAK}(?=\Z|{_BREAK}|::~~|[ \t]{{0,3}}[A-Za-z][\w\-]{{0,40}}:)"
)


# FireEye's "::~~", or an escaped line feed (after an escaped carriage return, maybe) that
# another header line, another break or the end follows, in lower case (``ua_header`` reads
# the lowered line): where a header's value surely ends ("Tool/1.0 (a%0Ab)" keeps its own).
_LF_ESCAPE = r"(?:\\r|%0d|#015|\\x0d)?(?:\\n|%0a|#012|\\x0a)"
# (Not _ESCAPED_BREAK: lower case, a line feed needed, a quote or a raw break after it too.)
_LINE_BREAK_ESCAPE = (
    rf"::~~|{_LF_ESCAPE}(?=[ \t]{{0,3}}[a-z][\w\-]{{0,40}}:|{_LF_ESCAPE}|::~~|[\"\r\n]|\Z)"
)


def _before_escaped_break(value: str) -> str:
    """An agent's value up to the first escaped line break of a header block in it.

    A header block written into one line (a WAF's or IDS's captured request) keeps its line
    breaks as escapes; the agent is its own header's value, not the headers after it.
    """
    m = _ESCAPED_BREAK.search(value)
    return value if m is None else value[: m.start()].rstrip()


# The next field of a record after an unquoted value: `` key=`` (logfmt), ``, key: ``.
_NEXT_FIELD = re.compile(
    r"[ \t]+[A-Za-z_][\w.\-]{0,40}=|,[ \t]*[A-Za-z_][\w.\-]{0,40}[ \t]?[:=](?:[ \t]|\Z)"
)


def _before_next_field(value: str) -> str:
    """An unquoted field value up to the record's next ``key=`` or ``, key:`` field.

    ``user_agent=curl/8.4.0 status=200`` holds the agent ``curl/8.4.0``; a key-like token
    inside parentheses belongs to the agent (``(build=12)``). A header line, which has no
    next field, keeps its whole value.
    """
    depth, pos = 0, 0
    for m in _NEXT_FIELD.finditer(value):
        depth += value.count("(", pos, m.start()) - value.count(")", pos, m.start())
        pos = m.start()
        if depth <= 0:
            return value[:pos].rstrip(" ,;")
    return value


class UserAgentDetector(PatternDetector):
    """HTTP user agents: browser (``Mozilla/5.0 (...)``), Dalvik, okhttp, CFNetwork, SDKs."""

    entity = EntityType.USER_AGENT
    name = "user_agent"
    patterns = (
        Pattern(
            "browser",
            # (Netscape 4's agents write two decimals and a language tag before the platform:
            # "Mozilla/4.76 [en] (X11; U; Linux 2.4.2 i686)", "Mozilla/4.7 [en-gb]C-CCK-MCD (...)".)
            r"Mozilla/\d\.\d{1,2}(?: \[[a-z]{2}(?:-[A-Za-z]{2})?\][\w\-]{0,20})? \([^()\r\n\"]{1,300}\)"
            r"(?: (?:[\w.!+\-]{1,50}/[\w.+\-]{1,50}|\([^()\r\n\"]{0,300}\)|Mobile|Gecko|like Gecko)){0,20}",
            0.95,
            prefilter=("mozilla/",),
        ),
        Pattern(
            "dalvik",
            r"Dalvik/[0-9][\w.]{0,10} \([^()\r\n\"]{1,300}\)",
            0.95,
            prefilter=("dalvik/",),
        ),
        Pattern(
            "cfnetwork",
            r"CFNetwork/[\w.]{1,20}(?: Darwin/[\w.]{1,20})?",
            0.9,
            prefilter=("cfnetwork/",),
        ),
        Pattern(
            "app_sdk",
            r"/[0-9][\w.\-]{0,20} "
            r"\((?:iPhone|iPad|iPod|iOS|Android|Linux|Windows|Macintosh|Mac OS)[^()\r\n\"]{0,200}\)"
            r"(?: [\w.!+\-]{1,50}/[\w.+\-]{1,50}){0,5}",
            0.9,
            prefilter=(
                "iphone",
                "ipad",
                "ipod",
                "ios",
                "android",
                "linux",
                "windows",
                "macintosh",
                "mac os",
            ),
        ),
        Pattern(
            "http_client",
            HTTP_CLIENTS + r"/[0-9][\w.\-]{0,20}",
            0.85,
            not_after=r"\w/.\-",
            lowercase=True,
            prefilter=(
                "okhttp/",
                "curl/",
                "wget/",
                "python-",
                "go-http-client/",
                "httpclient/",
                "axios/",
                "node-fetch/",
                "postmanruntime/",
                "libwww-perl/",
                "java/",
                "dart/",
            ),
        ),
        # Python's asyncio HTTP and WebSocket libraries send the interpreter's version, then
        # their own ("Python/3.10 websockets/12.0", "Python/3.11 aiohttp/3.9.1"): the
        # interpreter's name and version alone ("Python/3.10") are no agent. Only as a whole
        # field (after a tab, a quote, "=" or a line's start): aiohttp's own "Server:" header
        # has the shape, and after a blank or a bracket it is the tail of another product's
        # agent or banner ("[Boto/2.13.3 Python/2.7.3 Linux/3.2.0]").
        Pattern(
            "python_library",
            r"Python/[0-9]{1,2}\.[0-9]{1,2}(?:\.[0-9]{1,3})? [A-Za-z][\w.\-]{1,30}/[0-9][\w.\-]{0,20}",
            0.85,
            not_after=r"\w/.\- :[(",
            prefilter=("python/",),
        ),
        # In an access-log line the quoted field after the referrer is the user agent, whatever
        # its shape: combined format ("GET / HTTP/1.1" 200 12 "referrer" "agent"), and formats
        # with more numeric or code fields between the status and the referrer (S3 server
        # access logs: status, error code, bytes, object size, times); the status may be "-"
        # (a request that got no response); a format may write no size at all ("GET / HTTP/1.1"
        # 200 "referrer" "agent"), or an empty referrer as an unquoted "-" (Traefik: 200 85 -
        # "agent").
        Pattern(
            "clf_agent",
            r"\" (?:[1-5][0-9]{2}|-)(?: (?:[0-9.]{1,20}|-|[A-Z][A-Za-z]{2,40})){0,7}"
            r" (?:\"[^\"\r\n]{0,4096}\"|-) \"(?P<value>[^\"\r\n]{1,1024})\"",
            0.85,
            prefilter=("http/",),
        ),
        # Load-balancer access logs (AWS ELB/ALB) quote the user agent right after the request.
        Pattern(
            "lb_agent",
            r" HTTP/[0-9](?:\.[0-9])?\" \"(?P<value>[^\"\r\n]{1,1024})\"",
            0.85,
            prefilter=("http/",),
        ),
        # Access logs with pipe-separated fields quote the referrer and the agent in one field
        # after the request's ("GET /x HTTP/1.1" | "referrer" "agent" |, Bitbucket's).
        Pattern(
            "pipe_agent",
            r" HTTP/[0-9](?:\.[0-9])?\" \| \"[^\"\r\n]{0,4096}\" \"(?P<value>[^\"\r\n]{1,1024})\"",
            0.85,
            prefilter=("http/",),
        ),
        # An agent written unquoted at the end of an access line: right after the quoted
        # request ("GET /healthz HTTP/1.1" kube-probe/1.27), or after the referrer of a line
        # whose request is unquoted ("GET /x HTTP/1.1 200 12ms 7881 http://host/ Mozilla/5.0",
        # Tomcat's access valve as Jira and Confluence configure it). A product token opens it.
        # (The referrer and the agent's rest read possessively: each try of a separator reads
        # to the line's end once, without backtracking; evaluate drops trailing spaces.)
        Pattern(
            "tail_agent",
            r"(?: HTTP/[0-9](?:\.[0-9])?\""
            r"| HTTP/[0-9](?:\.[0-9])? [1-5][0-9]{2} [^\r\n\"|]{0,200}? (?:https?://[^\s\"]{1,2048}+|-))"
            r" (?P<value>[A-Za-z][\w.\-]{0,40}/[0-9][^\r\n\"|]{0,1024}+)(?=\r?\n|\Z)",
            0.85,
            prefilter=("http/",),
        ),
        # A browser agent with encoded spaces, as W3C logs write it (CloudFront "%20", or
        # "%2520" where it encodes the agent twice, IIS "+"; Netscape's language tag, as
        # "Mozilla/4.0+[en]+(WinNT;+I)").
        Pattern(
            "browser_encoded",
            r"Mozilla/\d\.\d{1,2}(?:%20|%2520|\+)(?:\[[a-z]{2}(?:-[A-Za-z]{2})?\][\w\-]{0,20}"
            r"(?:%20|%2520|\+))?(?:%28|%2528|\()[^\s\"']{1,1500}",
            0.9,
            prefilter=("mozilla/",),
        ),
        # A whole blank-separated field of a W3C-style line that is an agent with its slashes
        # encoded as well ("NSPlayer%2F10.0.0.3702%20WMFSDK%2F10.0", Shoutcast's and Windows
        # Media's cs(User-Agent)): a product token, "%2F", a dotted version, then an encoded
        # space or parenthesis ("%20", "%28"). A path or a query ("/a%2F1.0", "u=x%2F1.0")
        # does not open with a letter run ended by "%2F"; "release%2F1.2.3" in prose is no
        # agent without the encoded space after its version.
        Pattern(
            "encoded_field_agent",
            r"(?<![^\s])[A-Za-z][\w.\-]{0,40}%2[Ff][0-9]{1,6}(?:\.[0-9]{1,8}){1,4}"
            r"(?:%20|%28)[^\s\"']{0,1024}(?![^\s])",
            0.85,
            prefilter=("%2f",),
        ),
        # Crawler and SDK agents without a platform part ("Googlebot/2.1", "FBAndroidSDK.14.1.1").
        Pattern(
            "bot_sdk",
            # The look-behind keeps the search from trying every letter of a word.
            r"(?<![\w/.\-])[A-Za-z][\w\-]{1,40}(?:[Bb]ot|[Ss]pider|[Cc]rawler|SDK)[/.][0-9]{1,4}"
            r"(?:\.[0-9]{1,6}){1,4}",
            0.85,
            prefilter=("bot", "spider", "crawler", "sdk"),
        ),
        # (Also CEF's "requestClientApplication", the request's user agent, and a bare
        # "agent" key when its value opens with a product and version, as FortiGate writes
        # "agent=\"Mozilla/5.0\"": a support log's "agent: Ann" names a person.)
        Pattern(
            "ua_header",
            r"(?:user[\-_ ]?agent|(?<![a-z0-9])ua|requestclientapplication"
            r"|(?<![\w\-.])agent(?=[\"']?\s{0,3}[:=]\s{0,3}[\"']?[a-z][\w.\-]{0,40}/[0-9]))"
            r"[\"']?\s{0,3}[:=]\s{0,3}(?:\[\s{0,3})?[\"']?"
            # (The value stops before an escaped line break, so the search goes on from
            # there: a line holding several header blocks has an agent in each.)
            r"(?P<value>(?:(?!" + _LINE_BREAK_ESCAPE + r")[^\r\n\"]){2,1024})",
            0.85,
            prefilter=("agent", "ua", "requestclientapplication"),
            not_after=r"\w\-",
            lowercase=True,
        ),
    )

    _APP_BEFORE = re.compile(r"[A-Za-z][\w.\-%]{0,59}/[\w.\-]{1,30} \Z")
    _NV_EVIDENCE = Evidence("header_object")
    # A field written ``[useragent: <value>]`` (the key inside the brackets): the value ends at
    # the closing bracket, not at the end of the line.
    _BRACKET_KEY = re.compile(
        r"\[\s{0,3}(?:user[\-_ ]?agent|ua)\s{0,3}[:=]\s{0,3}\Z", re.IGNORECASE
    )
    # A browser agent holds the SDK, bot and field matches inside it ("Mozilla/5.0 (Linux;
    # Android 14) ... Chrome/120" holds an app-style "/5.0 (Linux"): when scanning with
    # pruning, those are not evaluated (see PatternDetector).
    _covering = "browser"
    _within = frozenset(
        {"dalvik", "http_client", "clf_agent", "lb_agent", "pipe_agent", "tail_agent",
         "browser_encoded", "encoded_field_agent", "bot_sdk", "ua_header"}
    )  # fmt: skip
    _back_over = {"app_sdk": (_PRODUCT_CHARS, _PRODUCT_LOOK_BACK)}  # noqa: RUF012 - read only

    def find(self, state: ScanState, /) -> Iterator[Finding]:
        yield from super().find(state)
        text = state.text
        for name, start, end, _cookie in _nv_in(state):
            # {"name": "User-Agent", "value": "..."} (a HAR header): the agent whatever its shape
            value = text[start:end]
            if name.lower() in ("user-agent", "user_agent", "useragent") and (
                value.lower().strip("-_ ") not in _UA_PLACEHOLDERS and any(map(str.isalpha, value))
            ):
                yield new_finding(self.entity, start, end, 0.85, self.name, self._NV_EVIDENCE)
        if state.present(("#fields:",)) and "#Fields:" in text:  # a W3C log's agent column
            for field, start, end in _w3c_in(state, _W3C_AGENT_FIELDS):
                value = text[start:end]
                if value.lower().strip("-_ ") not in _UA_PLACEHOLDERS and any(
                    map(str.isalpha, value)
                ):
                    yield new_finding(
                        self.entity,
                        start,
                        end,
                        0.85,
                        self.name,
                        _w3c_evidence(field),
                    )

    def _field_value(self, text: str, start: int, value: str) -> tuple[str, int]:
        """A user-agent field's value: a list's item, up to a bracket or the next field."""
        value, start = _list_item(text, start, value)
        if self._BRACKET_KEY.search(text, max(0, start - 20), start):
            value = value[: _closing_bracket(value)].rstrip()
        elif text[start - 1 : start] == "'":
            value = value[: self._closing_quote(value)]
        elif text[start - 1 : start] != '"':
            if self._QUERY_KEY.search(text, max(0, start - 16), start):
                end = self._QUERY_END.search(value)
                value = value if end is None else value[: end.start()]
            value = _before_next_field(value)
        return value, start

    # A user-agent field of a URL's query ("?ua=", "&user_agent="): its value, percent-encoded
    # or not, ends at the query's next "&" (or the fragment's "#"); "&ua=&ub=" holds none.
    _QUERY_KEY = re.compile(r"(?i)[?&](?:user[\-_]?agent|useragent|ua)=\Z")
    _QUERY_END = re.compile(r"[&#]")

    _CLOSING_QUOTE = re.compile(QUOTE_NOT_APOSTROPHE)

    @classmethod
    def _closing_quote(cls, value: str) -> int:
        """Where a single-quoted value ends.

        At its first ``'`` that is no apostrophe between letters (``'How's my crawling?'``
        keeps its word).
        """
        m = cls._CLOSING_QUOTE.search(value)
        return len(value) if m is None else m.start()

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        if pattern.name in ("app_sdk", "cfnetwork"):
            # The match starts at "/1.2 (iPhone" or "CFNetwork/": extend back over the product.
            if pattern.name == "app_sdk":
                at = _product_start(text, start)
            else:
                m = self._APP_BEFORE.search(text, max(0, start - 96), start)
                at = None if m is None else m.start()
            # (A line's start is a field's start as the text's is: a batch's join puts a
            # newline before each text. Markup may open it: "<td>", "`", "|", "**", quotes.)
            if at is not None and (at == 0 or text[at - 1] in _PRODUCT_OPENERS):
                start = at
            elif pattern.name == "app_sdk":
                return None
        end = _before_full_stop(text, start, end) if pattern.name in _PROSE_PRODUCTS else end
        end = _agent_end(text, start, end, pattern.name)
        if pattern.name == "bot_sdk" and text[start:end].lower().startswith(("robot", "cobot")):
            return None  # a word, not a crawler's product name
        if pattern.name == "ua_header" and (
            _cookie_value_at(text, start) or _client_hint_policy(text, start)
        ):
            # "Cookie: huya_ua=webh5&0.0.1&websocket": a cookie named like a field ("*_ua") is
            # the site's cookie, judged by CookieDetector; a browser's agent inside a cookie
            # is still found by the agent patterns ("Mozilla/5.0 (..."); a client hint's
            # allow-list in a policy header is no agent (_client_hint_policy)
            return None
        if pattern.name in ("ua_header", "clf_agent", "lb_agent", "pipe_agent", "tail_agent"):
            # The value of a user-agent field is a user agent whatever its shape ("gPXE/0.9.7",
            # "FBAndroidSDK.14.1.1", "TrackBack/1.02"); only placeholders are not, nor a
            # regular expression a script matches agents with (search("^User-Agent:.*sipcli"):
            # a value opening with a wildcard or an anchor).
            value = text[start:end].rstrip().rstrip("\\")
            if pattern.name == "ua_header":
                value, start = self._field_value(text, start, value)
            value = _before_escaped_break(value)
            end = start + len(value)
            # an unquoted JSON literal ("userAgent": null, "next": ...) ends at its comma
            # (Swift's servers log a transaction id, "tx86cd978ef68c4c67b894c-005395d80e", in
            # the quoted field after the referrer, and the agent after it: an id is no agent.)
            if (
                value.lower().strip("-_ ,;}]") in _UA_PLACEHOLDERS
                or value.startswith((".*", ".+", "^"))
                or not any(map(str.isalpha, value))
                or (pattern.name == "clf_agent" and _not_clf_agent(text, start, value))
                or _redacted_agent(value)
            ):
                return None
        return _finding(self, text, start, end, pattern)


def _agent_end(text: str, start: int, end: int, name: str) -> int:
    """An agent's end after its pattern's match.

    A browser agent's end is read again (:func:`_browser_agent_end`); an encoded agent ends
    before its header's escaped line break, when it stands in a header list written into one
    field (CloudFront's real-time cs-headers "User-Agent:Mozilla/5.0%20(...)%0AAccept:..."),
    as a header's value does (the match read only).
    """
    if name == "browser":
        return _browser_agent_end(text, start, end)
    if name in ("browser_encoded", "encoded_field_agent"):
        return start + len(_before_escaped_break(text[start:end]))
    return end


# What follows a full stop that ends a sentence rather than a version: a blank, a line's or
# the text's end, a closing quote or bracket.
_AFTER_FULL_STOP = frozenset(" \t\r\n\"')]")
# The patterns whose last version may run over such a full stop (:func:`_before_full_stop`).
_PROSE_PRODUCTS = frozenset(("browser", "http_client"))


def _before_full_stop(text: str, start: int, end: int) -> int:
    """A product agent's end before the full stop of the sentence it ends.

    The version of ``product/version`` takes dots ("curl/7.68.0"), so a match in prose runs
    over the sentence's full stop ("... with curl/7.68.0."); no version ends in a dot. A field's
    value (a header line, a quoted access-log field) is read again to its end afterwards
    (:func:`_browser_agent_end`, the ``ua_header`` pattern): whatever its shape, dot included.
    """
    if text[end - 1] != "." or (end < len(text) and text[end] not in _AFTER_FULL_STOP):
        return end
    trimmed = end
    while trimmed - 1 > start and text[trimmed - 1] == ".":
        trimmed -= 1
    return trimmed


# A client hint's name in a policy header's directive ("Permissions-Policy: ch-ua=(self)",
# "...,ch-ua=*,ch-ua-mobile=*"): the policy allows the hint to origins; its value is an
# allow-list ("(self ...)", "*", "()"), no agent. "Sec-CH-UA: ..." (a colon) is the hint sent.
_HINT_POLICY = re.compile(r"(?i)(?<![a-z0-9])ch-ua[ \t]{0,3}=[ \t]{0,3}\Z")


def _client_hint_policy(text: str, start: int) -> bool:
    """Whether an agent field's value at ``start`` is a policy's allow-list for a hint.

    The ``ch-ua`` client hint's directive (:data:`_HINT_POLICY`) with a value opening with
    ``(`` or ``*``.
    """
    return text[start : start + 1] in ("(", "*") and (
        _HINT_POLICY.search(text, max(0, start - 16), start) is not None
    )


def _redacted_agent(value: str) -> bool:
    """Whether an agent field's value is a redaction: an "x" written over and over.

    A capture's anonymiser writes "xxxxxxxxxxxxxxxxxx" where the agent was. Another letter
    repeated ("AAAA...", a test of an overlong header) is still a client's agent.
    """
    return len(value) >= 4 and value[0] in "xX" and value.count(value[0]) == len(value)


# A request's or transaction's id: a short prefix, a long hex run, hex groups after it.
_TRANSACTION_ID = re.compile(r"[A-Za-z]{0,4}[-_]?[0-9a-f]{16,64}(?:-[0-9a-f]{4,32}){0,4}")


# A request's protocol ("GET / HTTP/1.1"): what the pattern's prefilter asks the text for.
_PROTOCOL = re.compile(r"(?i)http/")


# A load balancer's request and the agent quoted right after it (AWS ELB and ALB access logs:
# "GET http://host:80/ HTTP/1.1" "curl/7.46.0"), up to the agent's closing quote.
_LB_REQUEST_AGENT = re.compile(r"HTTP/[0-9](?:\.[0-9])?\\?\" \"[^\"\r\n]{0,1024}\"")


def _after_lb_agent(text: str, line: int, start: int) -> bool:
    """Whether a ``clf_agent`` field at ``start`` comes after a load balancer's agent field.

    An ALB line's fields after the agent, TLS fields written "-" among them, read like a
    combined line's status and referrer (``"curl/7.46.0" - - - "Root=1-..." "www.example.com"``:
    the trace id as the referrer, the domain name as the agent). The agent field right after
    the request is the line's (``lb_agent``); a later quoted field of that line is none.
    """
    # The request nearest before the field decides (an earlier one has more of the line, a
    # protocol among it, after its agent): read back over at most _LB_TRIES requests within
    # _LB_REACH characters, so each field costs a bounded read, not its line's length.
    lo = max(line, start - _LB_REACH)
    at = text.rfind("HTTP/", lo, start)
    for _ in range(_LB_TRIES):
        if at < 0:
            return False
        m = _LB_REQUEST_AGENT.match(text, at, start)
        if m is not None and m.end() < start:
            return _PROTOCOL.search(text, m.end(), start) is None
        at = text.rfind("HTTP/", lo, at)
    return False


_LB_REACH = 4096  # characters read back from a quoted field for its line's request
_LB_TRIES = 4  # requests tried, nearest first (the field's own record's, then the one before)


def _not_clf_agent(text: str, start: int, value: str) -> bool:
    """Whether the quoted field a ``clf_agent`` match took is no agent.

    A field on a line with no request's protocol before it: the pattern runs only where the
    text holds ``http/`` (its prefilter), which need not be in the match, so the match's own
    line must hold it (a text's findings do not depend on another text of a batch, whose
    join holds that text's ``HTTP/``). A transaction id, or, after an unquoted ``-``
    referrer, a URL or path (the referrer of a line with no agent field, read one field
    late: ``200 - "http://ref/"``).
    """
    line = text.rfind("\n", 0, start) + 1
    if _PROTOCOL.search(text, line, start) is None:
        return True
    if _TRANSACTION_ID.fullmatch(value) is not None:
        return True
    if _after_lb_agent(text, line, start):
        return True
    return text[start - 3 : start] == '- "' and value.startswith(("http://", "https://", "/"))
