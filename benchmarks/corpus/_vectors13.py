"""Build ``benchmarks/data/vectors13_{dev,holdout}.jsonl``: links and addresses in running text.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors13 ANCHORME_GIT URL_REGEX_SAFE_GIT GET_URLS_GIT \
        DART_LINKIFY_GIT

The split is by source suite and was fixed before extraction (2026-12-05, 04:13 UTC) by a
hash: the four suites sorted by ``sha256("vectors13:" + owner/name)``, the first two are the
development part (anchorme.js's integration tests, url-regex-safe's fixtures), the last two the
held-out part (get-urls's tests, the Dart linkify package's tests). A held-out case whose gold
values the development part all holds, or a held-out negative whose text it holds (compared
without white space and case), is dropped. The rules are written in
``benchmarks/corpus/README.md`` ("Thirteenth vector set") and as data below. Records are the
fourth set's *cases* (:func:`benchmarks.corpus._vectors4.case_records`) and, for a list of
values, the third set's *values* (alone, in three carriers and a sentence per type). URL and
EMAIL_ADDRESS only. This file shares no code with privkit.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import sys
from typing import Any

from benchmarks.corpus import _vectors, _vectors3, _vectors4, _vectors7
from benchmarks.corpus._git import git_files, git_show

ANCHORME = ("alexcorvi/anchorme.js", "53bdbcf381701d6c3893156166aeca61160712f2", "MIT")
URL_REGEX_SAFE = ("spamscanner/url-regex-safe", "6c1e2c3b5557709633a2cc971d599469ea395061", "MIT")
GET_URLS = ("sindresorhus/get-urls", "73834dff3a59f5cca99f782d74cc65a20a8b4333", "MIT")
DART_LINKIFY = ("Cretezy/linkify", "e8354e6f97ff052a04f3782ef8853b90cf4166ba", "MIT")
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors13:"

URL, EMAIL = "URL", "EMAIL_ADDRESS"
Case = _vectors4.Case
Vec = _vectors.Vec
Tokens = list[tuple[str, str]]


def split(repos: list[str]) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first half is the
    development part."""
    ranked = sorted(repos, key=lambda r: hashlib.sha256((SPLIT_SALT + r).encode()).hexdigest())
    half = len(ranked) // 2
    return ranked[:half], ranked[half:]


# --- rule 2: the type of a link, and which links are gold ---------------------------------

_EMAIL_SHAPE = re.compile(r"(?:mailto:)?([^\s@:/]+@[^\s@:/]+)", flags=re.IGNORECASE)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_GOLD_SCHEMES = {"http", "https", "ftp", "ftps"}
#: A last label of an Internet name: two letters or more (any script), or an ``xn--`` label.
_LAST_LABEL = re.compile(r"(?:xn--[a-z0-9-]+|[^\W\d_]{2,})", flags=re.IGNORECASE)


def _internet_name(host: str) -> bool:
    labels = host.rstrip(".").split(".")
    return len(labels) >= 2 and all(labels) and _LAST_LABEL.fullmatch(labels[-1]) is not None


def _ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def link_type(link: str) -> tuple[str, int] | None:
    """Rule 2: (type, offset of the gold span in ``link``) of a link a source reports, or None
    when it is neither gold nor a negative (another scheme, a protocol-relative link, a host
    that is no Internet name, IP literal or ``localhost``, a bare IP address)."""
    m = _EMAIL_SHAPE.fullmatch(link)
    if m is not None:
        domain = m.group(1).rsplit("@", 1)[1]
        return (EMAIL, m.start(1)) if _internet_name(domain) else None
    rest = link
    scheme = _SCHEME.match(link)
    if scheme is not None and link[scheme.end() : scheme.end() + 2] == "//":
        if scheme.group(1).lower() not in _GOLD_SCHEMES:
            return None
        rest = link[scheme.end() + 2 :]
    elif link.startswith("/"):
        return None
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host = authority.rsplit("@", 1)[-1]
    host = host[: host.find("]") + 1] if host.startswith("[") else host.split(":", 1)[0]
    if scheme is None and host == rest and _ip_literal(host):
        return None  # a bare IP address is IP_ADDRESS, not labelled here
    if host.lower() == "localhost" or _ip_literal(host) or _internet_name(host):
        return URL, 0
    return None


def typed(text: str, links: list[tuple[int, int]], check: str, path: str) -> list[Case]:
    """Rules 2-3: the cases of one input and the links a source reports in it (offsets in the
    input): the input is cut into lines (at line breaks and tabs, each stripped); each link is
    typed by rule 2 and kept when it lies within one line; a line with no reported link is a
    negative of both types when ``links`` is the source's whole verdict on the input (the
    caller passes ``None`` for a link it could not place, and then no negative is given)."""
    out: list[Case] = []
    pos = 0
    for raw in re.split(r"[\n\t]", text):
        start, end = pos, pos + len(raw)
        pos = end + 1
        lead = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if not line:
            continue
        base = start + lead
        inside = [(s, e) for s, e in links if s < end and e > start]
        if not inside:
            out += [(t, line, [], check, path) for t in (URL, EMAIL)]
            continue
        by_type: dict[str, list[tuple[int, int]]] = {}
        for s, e in inside:
            if s < base or e > base + len(line):
                continue  # a link over a line's end
            kind = link_type(text[s:e])
            if kind is not None:
                by_type.setdefault(kind[0], []).append((s + kind[1] - base, e - base))
        out += [(t, line, sorted(spans), check, path) for t, spans in by_type.items()]
    return out


_GLUED_LEFT = re.compile(r"[\w.\-@/]")


def locate(
    text: str, links: list[str], *, in_order: bool = True, glued: bool = False
) -> list[tuple[int, int]] | None:
    """Each link's first occurrence (after the previous one when ``in_order``) not glued
    (unless ``glued``) on its left to a letter, digit, ``.``, ``-``, ``_``, ``@`` or ``/``; None when one
    cannot be placed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for link in links:
        at = text.find(link, pos if in_order else 0)
        while at >= 0 and (
            (at and not glued and _GLUED_LEFT.match(text[at - 1]))
            or any(s <= at < e for s, e in out)
        ):
            at = text.find(link, at + 1)
        if at < 0:
            return None
        out.append((at, at + len(link)))
        pos = at + len(link)
    return out


# --- anchorme.js (development) ------------------------------------------------------------

ANCHORME_TESTS = "test/b_integration/"
SNAPSHOTS = "test/b_integration/snapshots.test.ts"
VARIABLE = "test/b_integration/variable.urls.test.ts"
#: Rule 5: markup whose verdicts are about HTML, not text.
_HTML = re.compile(r"<a\s|href=", flags=re.IGNORECASE)


def _plain(tok: tuple[str, str]) -> str | None:
    """A string or template literal without substitutions, unescaped; None otherwise."""
    kind, body = tok
    if kind == "str" or (kind == "tpl" and "${" not in body):
        return _vectors7._ts_unescape(body)
    return None


def _array(toks: Tokens, i: int) -> tuple[list[Any], int]:
    """The array literal opening at ``i`` of plain strings and objects (an object gives the
    plain value of its ``string`` key): (items, index after)."""
    out: list[Any] = []
    j = i + 1
    while toks[j] != ("p", "]"):
        if toks[j] == ("p", "{"):
            end = _vectors7._ts_close(toks, j, "{", "}")
            body = toks[j + 1 : end - 1]
            value = None
            for k in range(len(body) - 2):
                if body[k] in {("str", "string"), ("id", "string")} and body[k + 1] == ("p", ":"):
                    value = _plain(body[k + 2])
            out.append(value)
            j = end
        else:
            out.append(_plain(toks[j]))
            j += 1
        if toks[j] == ("p", ","):
            j += 1
    return out, j + 1


def _assigned(toks: Tokens, name: str) -> int:
    """The index of the value bound by ``const name =``."""
    for i in range(len(toks) - 3):
        if toks[i : i + 3] == [("id", name), ("p", "="), toks[i + 2]] and toks[i - 1] in {
            ("id", "const"),
            ("id", "let"),
        }:
            return i + 2
    raise ValueError(name)


def anchorme_snapshots(git_dir: str) -> list[Case]:
    """Rule 4: each snapshot's ``input`` with its ``snapshot`` list, located in order."""
    toks = _vectors7.ts_tokens(git_show(git_dir, ANCHORME[1], SNAPSHOTS))
    out: list[Case] = []
    for i in range(len(toks) - 2):
        if toks[i] != ("id", "input") or toks[i + 1] != ("p", ":"):
            continue
        text = _plain(toks[i + 2])
        j = i + 3
        while toks[j] != ("id", "snapshot"):
            j += 1
        listed, _ = _array(toks, j + 2)
        if text is None or any(x is None for x in listed):
            continue
        links = locate(text, listed)
        if links is not None:
            out += typed(text, links, f"snapshot at token {i}", SNAPSHOTS)
    return out


def anchorme_variable(git_dir: str) -> list[Case]:
    """Rule 5: each item of ``input`` with the ``savedResult`` strings that lie in it (located
    in order in the items joined by spaces, as the test joins them), alone and in each
    ``pollution`` wrapper; an item of HTML markup is left out."""
    toks = _vectors7.ts_tokens(git_show(git_dir, ANCHORME[1], VARIABLE))
    items, _ = _array(toks, _assigned(toks, "input"))
    saved, _ = _array(toks, _assigned(toks, "savedResult"))
    start = _assigned(toks, "pollution")
    wrappers: list[tuple[str, str]] = [("", "")]
    j = start + 1
    while toks[j] != ("p", "]"):
        if toks[j] == ("p", "["):
            pair, j = _array(toks, j)
            wrappers.append((pair[0], pair[1]))
        else:
            j += 1
    joined = " ".join(items)
    links = locate(joined, saved, glued=True)  # the test's list holds pieces of words
    if links is None or any(x is None for x in items):
        return []
    out: list[Case] = []
    pos = 0
    for n, item in enumerate(items):
        begin, end = pos, pos + len(item)
        pos = end + 1
        if _HTML.search(item):
            continue
        inside = [(s - begin, e - begin) for s, e in links if begin <= s and e <= end]
        for before, after in wrappers:
            shift = len(before)
            text = before + item + after
            moved = [(s + shift, e + shift) for s, e in inside]
            out += typed(text, moved, f"input[{n}] {before!r}...{after!r}", VARIABLE)
    return out


def _html_pairs(toks: Tokens) -> list[tuple[str, str]]:
    """Rule 6: ``expect(anchorme(X)).toBe(Y)`` with plain literals X and Y."""
    out = []
    for i in range(len(toks) - 9):
        window = toks[i : i + 10]
        if (
            window[0] == ("id", "anchorme")
            and window[1] == ("p", "(")
            and window[3:6] == [("p", ")"), ("p", ")"), ("p", ".")]
            and window[6] == ("id", "toBe")
            and window[7] == ("p", "(")
            and window[9] == ("p", ")")
        ):
            x, y = _plain(window[2]), _plain(window[8])
            if x is not None and y is not None:
                out.append((x, y))
    return out


def anchorme_pairs(git_dir: str) -> list[Case]:
    """Rule 6: the rendered pairs of every integration test file, aligned by their anchors."""
    out: list[Case] = []
    for path in git_files(git_dir, ANCHORME[1], ANCHORME_TESTS, ".ts"):
        toks = _vectors7.ts_tokens(git_show(git_dir, ANCHORME[1], path))
        for n, (text, rendered) in enumerate(_html_pairs(toks)):
            if _HTML.search(text):
                continue
            parts = _vectors7.anchors(rendered)
            plain = not any(isinstance(p, tuple) for p in parts)
            links = [] if plain else _vectors7.align(text, parts)
            if links is None:
                continue
            out += typed(text, [(s, e) for _t, s, e in links], f"pair {n}", path)
    return out


# --- url-regex-safe (development) ---------------------------------------------------------

URL_REGEX_TEST = "test/test.js"


def _vec(value: str | None, valid: bool, check: str) -> list[Vec]:
    kind = None if value is None else link_type(value)
    if kind is None:
        return []
    return [(kind[0], value[kind[1] :], valid, check, URL_REGEX_TEST)] if value else []


def url_regex_safe(git_dir: str) -> list[Vec]:
    """Rule 7: the ``fixtures`` array (matched as URLs with the test's options) is valid; the
    array of the ``do not match URLs`` loop invalid."""
    toks = _vectors7.ts_tokens(git_show(git_dir, URL_REGEX_SAFE[1], URL_REGEX_TEST))
    good, _ = _array(toks, _assigned(toks, "fixtures"))
    out: list[Vec] = []
    for v in good:
        out += _vec(v, True, "fixtures")
    for i in range(len(toks) - 4):
        if toks[i : i + 4] != [("id", "for"), ("p", "("), ("id", "const"), ("id", "x")]:
            continue
        values, j = _array(toks, i + 6)
        while toks[j][0] != "tpl":
            j += 1
        if toks[j][1].startswith("do not match URLs"):
            for v in values:
                out += _vec(v, False, "do not match URLs")
    return _vectors._consistent(out)


# --- get-urls (held out) ------------------------------------------------------------------

GET_URLS_TEST = "test.js"


def _js_text(toks: Tokens, i: int, env: dict[str, str], git_dir: str) -> str | None:
    """Rule 8: a literal, a name bound to one, or a template whose substitutions read a file
    of the repository (``fs.readFileSync('name', ...)``)."""
    kind, body = toks[i]
    if kind == "id":
        return env.get(body)
    if kind == "tpl":

        def read(m: re.Match[str]) -> str:
            return git_show(git_dir, GET_URLS[1], m.group(1))

        body = re.sub(r"\$\{\s*fs\.readFileSync\('([^']+)'[^}]*\)\s*\}", read, body)
        return None if "${" in body else _vectors7._ts_unescape(body)
    if kind == "str":
        return _vectors7._ts_unescape(body)
    return None


def _get_urls_place(text: str, expected: list[str]) -> list[tuple[int, int]] | None:
    """Rule 8: each expected URL as written, else as the text writes it before get-urls
    normalised it (without the scheme it adds, with ``www.``, without a final ``/``)."""
    out: list[tuple[int, int]] = []
    for want in expected:
        bare = re.sub(r"^https?://", "", want)
        forms = [want, bare, "www." + bare, want.replace("://", "://www.", 1)]
        forms += [f.rstrip("/") for f in forms if f.endswith("/")]
        for form in forms:
            found = locate(text, [form], in_order=False)
            if found and all(found[0][0] >= e or found[0][1] <= s for s, e in out):
                out.append(found[0])
                break
        else:
            return None
    return out


def get_urls(git_dir: str) -> list[Case]:
    """Rule 8: each ``t.deepEqual(getUrls(TEXT[, options]), new Set([...]))``."""
    toks = _vectors7.ts_tokens(git_show(git_dir, GET_URLS[1], GET_URLS_TEST))
    env: dict[str, str] = {}
    out: list[Case] = []
    for i in range(len(toks) - 6):
        if toks[i] == ("id", "const") and toks[i + 2] == ("p", "="):
            value = _js_text(toks, i + 3, env, git_dir)
            if value is not None:
                env[toks[i + 1][1]] = value
        if toks[i - 2 : i + 2] != [("id", "deepEqual"), ("p", "("), ("id", "getUrls"), ("p", "(")]:
            continue
        text = _js_text(toks, i + 2, env, git_dir)
        j = i
        while toks[j] != ("id", "Set"):
            j += 1
        expected, _ = _array(toks, j + 2)
        if text is None or not expected or any(x is None for x in expected):
            continue
        links = _get_urls_place(text, expected)
        if links is None:
            continue
        cases = typed(text, links, f"getUrls at token {i}", GET_URLS_TEST)
        out += [c for c in cases if c[2]]  # rule 8: no negatives
    return out


# --- Dart linkify (held out) --------------------------------------------------------------

DART_TEST = "test/linkify_test.dart"
_DART_ELEMENTS = {"UrlElement": URL, "EmailElement": EMAIL, "TextElement": ""}


def dart_linkify(git_dir: str) -> list[Case]:
    """Rule 9: each ``expectListEqual(linkify(INPUT[, options: ...]), [ELEMENTS])`` without
    ``linkifiers:``; ``UrlElement`` and ``EmailElement`` are links (their first argument, the
    link as the input holds it), ``TextElement`` plain text; a case without links is a
    negative only without options."""
    toks = _vectors7.ts_tokens(git_show(git_dir, DART_LINKIFY[1], DART_TEST))
    out: list[Case] = []
    for i in range(len(toks) - 3):
        if toks[i : i + 3] != [("id", "expectListEqual"), ("p", "("), ("id", "linkify")]:
            continue
        close = _vectors7._ts_close(toks, i + 3, "(", ")")
        call = toks[i + 4 : close - 1]
        names = {t for k, t in call if k == "id"}
        text = _plain(call[0]) if call else None
        if text is None or "linkifiers" in names or call[1:2] not in ([], [("p", ",")]):
            continue
        j = close + 1
        end = _vectors7._ts_close(toks, j, "[", "]")
        parts: list[_vectors7.Part] = []
        k = j + 1
        while k < end - 1:
            kind, tok = toks[k]
            if kind == "id" and tok in _DART_ELEMENTS and toks[k + 1] == ("p", "("):
                arg_end = _vectors7._ts_close(toks, k + 1, "(", ")")
                first = _plain(toks[k + 2])
                if first is None:
                    parts = []
                    break
                etype = _DART_ELEMENTS[tok]
                parts.append((etype, first) if etype else first)
                k = arg_end
            else:
                k += 1
        links = [p for p in parts if isinstance(p, tuple)]
        if not parts or (not links and "options" in names):
            continue
        if not links:
            out += typed(text, [], f"linkify at token {i}", DART_TEST)
            continue
        placed = _vectors7.align(text, parts)
        if placed is not None:
            out += typed(text, [(s, e) for _t, s, e in placed], f"linkify at token {i}", DART_TEST)
    return out


# --- records ------------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    am, urs, gu, dl = argv
    dev_repos, hold_repos = split(
        [r[0] for r in (ANCHORME, URL_REGEX_SAFE, GET_URLS, DART_LINKIFY)]
    )
    assert dev_repos == [ANCHORME[0], URL_REGEX_SAFE[0]], dev_repos
    assert hold_repos == [GET_URLS[0], DART_LINKIFY[0]], hold_repos
    anchorme = anchorme_snapshots(am) + anchorme_variable(am) + anchorme_pairs(am)
    dev = _vectors4.case_records("dev13", ANCHORME, anchorme) + _vectors3.records(
        "dev13", URL_REGEX_SAFE, url_regex_safe(urs)
    )
    hold: list[dict[str, Any]] = []
    for repo, found in ((GET_URLS, get_urls(gu)), (DART_LINKIFY, dart_linkify(dl))):
        kept = _vectors4.new_cases(found, dev)
        hold += _vectors4.case_records("holdout13", repo, kept)
    _vectors.write_parts((("vectors13_dev.jsonl", dev), ("vectors13_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])
