"""Build ``benchmarks/data/vectors9_{dev,holdout}.jsonl``: links and addresses in running text.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors9 LINKIFYJS_GIT CMARK_GFM_GIT GOLDMARK_GIT \
        MARKDOWN_IT_GIT

The split is by source suite and was fixed before extraction (2026-12-04, 23:26 UTC) by a
hash: the four suites sorted by ``sha256("vectors9:" + owner/name)``, the first two are the
development part (linkifyjs's parser tests, cmark-gfm's autolink examples), the last two the
held-out part (goldmark's linkify cases, markdown-it's linkify fixtures). A held-out case
whose gold values the development part all holds, or a held-out negative whose text it holds
(compared without white space and case), is dropped. The rules are written in
``benchmarks/corpus/README.md`` ("Ninth vector set") and as data below. Every record is a
*case* (:func:`benchmarks.corpus._vectors4.case_records`): one line of the source's input with
the spans the source links, of one type; a line the source links nothing in is a negative.
URL and EMAIL_ADDRESS only. This file shares no code with privkit.
"""

from __future__ import annotations

import hashlib
import html
import re
import sys
import urllib.parse
from typing import Any

from benchmarks.corpus import _vectors, _vectors4, _vectors7
from benchmarks.corpus._git import git_show

LINKIFYJS = ("Hypercontext/linkifyjs", "8802a3ec8b23909a200e16c3ece898ab5b61fae3", "MIT")
CMARK_GFM = ("github/cmark-gfm", "85d895289c5ab67f988ca659493a64abb5fec7b4", "BSD-2-Clause")
GOLDMARK = ("yuin/goldmark", "6ed00da2d6d53d831827e54ee5d334f4544693b9", "MIT")
MARKDOWN_IT = ("markdown-it/markdown-it", "1e8ab89ca299351879169a79d2627fe3a356ce4a", "MIT")
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors9:"

URL, EMAIL = "URL", "EMAIL_ADDRESS"
Case = _vectors4.Case


def split(repos: list[str]) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first half is the
    development part."""
    ranked = sorted(repos, key=lambda r: hashlib.sha256((SPLIT_SALT + r).encode()).hexdigest())
    half = len(ranked) // 2
    return ranked[:half], ranked[half:]


# --- linkifyjs (development) ------------------------------------------------------------

LINKIFYJS_PATH = "test/spec/linkifyjs/parser.test.js"
#: A linkifyjs token class -> the type it is gold of (rule 3); others are plain text.
LINKIFYJS_TYPES = {"Url": URL, "Email": EMAIL}


def _js_array(toks: list[tuple[str, str]], i: int) -> tuple[Any, int]:
    """The literal at ``i`` (array, string or name) as Python data: (value, index after)."""
    kind, tok = toks[i]
    if (kind, tok) != ("p", "["):
        value = _vectors7._ts_unescape(tok) if kind == "str" else tok
        return value, i + 1
    out: list[Any] = []
    i += 1
    while toks[i] != ("p", "]"):
        item, i = _js_array(toks, i)
        out.append(item)
        if toks[i] == ("p", ","):
            i += 1
    return out, i + 1


def linkifyjs(git_dir: str) -> list[Case]:
    """Rule 3: each ``[text, types, values]`` row of the parser test's ``tests`` array; the
    values are consecutive pieces of the text, a ``Url`` piece is a URL, an ``Email`` piece an
    e-mail address; a row with neither is a negative of both types."""
    toks = _vectors7.ts_tokens(git_show(git_dir, LINKIFYJS[1], LINKIFYJS_PATH))
    start = next(i for i in range(len(toks) - 3)
                 if toks[i : i + 4] == [("id", "const"), ("id", "tests"), ("p", "="), ("p", "[")])  # fmt: skip
    rows, _ = _js_array(toks, start + 3)
    out: list[Case] = []
    for n, (text, types, values) in enumerate(rows):
        if "".join(values) != text or len(types) != len(values) or "\n" in text:
            continue
        spans: dict[str, list[tuple[int, int]]] = {}
        pos = 0
        for kind, value in zip(types, values, strict=True):
            if kind in LINKIFYJS_TYPES:
                spans.setdefault(LINKIFYJS_TYPES[kind], []).append((pos, pos + len(value)))
            pos += len(value)
        check = f"tests[{n}]"
        if not spans:
            out += [(t, text, [], check, LINKIFYJS_PATH) for t in (URL, EMAIL)]
        out += [(t, text, s, check, LINKIFYJS_PATH) for t, s in spans.items()]
    return out


# --- Markdown autolink examples (cmark-gfm, goldmark, markdown-it) ----------------------

#: Elements of a rendered example whose text is no plain prose (rule 4: no negative).
_NOT_PROSE = re.compile(r"<(?:a|img|code|pre|script|style|iframe|textarea)\b", re.IGNORECASE)


def _link_type(href: str, shown: str) -> str | None:
    """Rule 4: an anchor is a link of the text when its shown text is its href (percent-
    decoded, less a ``mailto:`` or an added ``http://``): EMAIL_ADDRESS when the href is a
    ``mailto:`` the text does not show, else URL; None for any other anchor."""
    href, shown = urllib.parse.unquote(href), urllib.parse.unquote(shown)
    if href.lower().startswith("mailto:") and not shown.lower().startswith("mailto:"):
        return EMAIL if href[len("mailto:") :] == shown else None
    if href in {shown, "http://" + shown, "https://" + shown}:
        return URL
    return None


def markdown_cases(source: str, rendered: str, check: str, path: str) -> list[Case]:
    """Rule 4: the links of one example. Each anchor of ``rendered`` that is a link of the
    text (its shown text, HTML-unescaped, holds no tag) is located in ``source`` after the
    previous one; every line of ``source`` is a text with the links located in it. An
    example with an anchor that is a link but cannot be located gives nothing; one whose
    rendering holds no anchor, image, code or raw element gives a negative of both types per
    line."""
    lines = source.split("\n")
    if _NOT_PROSE.search(rendered) is None:
        return [(t, line, [], check, path) for line in lines if line.strip() for t in (URL, EMAIL)]
    found: dict[int, dict[str, list[tuple[int, int]]]] = {}
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    pos = 0
    for m in _vectors7._ANCHOR.finditer(rendered):
        href = re.search(r"""href=(?:"([^"]*)"|'([^']*)')""", m.group(1))
        if href is None or "<" in m.group(2):
            continue
        shown = html.unescape(m.group(2))
        etype = _link_type(html.unescape(href.group(1) or href.group(2) or ""), shown)
        if etype is None or not shown:
            continue
        at = source.find(shown, pos)
        if at < 0:
            return []
        n = next(k for k in range(len(lines)) if starts[k] <= at < starts[k + 1])
        if at + len(shown) > starts[n] + len(lines[n]):
            return []
        found.setdefault(n, {}).setdefault(etype, []).append(
            (at - starts[n], at - starts[n] + len(shown))
        )
        pos = at + len(shown)
    return [
        (t, lines[n], s, check, path) for n, by_type in found.items() for t, s in by_type.items()
    ]


CMARK_FILES = {"test/spec.txt": "## Autolinks (extension)", "test/extensions.txt": "## Autolinks"}
_CMARK_FENCE = "`" * 32


def cmark_gfm(git_dir: str) -> list[Case]:
    """Rule 5: the examples of the autolink sections of the GFM spec and of the extension
    tests (from the section's heading to the next ``## ``); ``→`` is a tab in the spec's
    examples (as its test runner reads them); an ``<IGNORE>`` result is skipped."""
    out: list[Case] = []
    for path, heading in CMARK_FILES.items():
        src = git_show(git_dir, CMARK_GFM[1], path)
        start = src.index("\n" + heading + "\n")
        end = src.find("\n## ", start + 1)
        section = src[start : end if end >= 0 else len(src)]
        pattern = (
            re.escape(_CMARK_FENCE) + r" example[^\n]*\n(.*?)^\.\n(.*?)^" + re.escape(_CMARK_FENCE)
        )
        for n, m in enumerate(re.finditer(pattern, section, flags=re.DOTALL | re.MULTILINE)):
            source, rendered = m.group(1).replace("→", "\t"), m.group(2).replace("→", "\t")
            if rendered.strip() == "<IGNORE>":
                continue
            out += markdown_cases(source.rstrip("\n"), rendered, f"example {n + 1}", path)
    return out


# --- goldmark (held out) ----------------------------------------------------------------

GOLDMARK_PATH = "extension/_test/linkify.txt"
_GM_ATTR = "//- - - - - - - - -//"
_GM_CASE = "//= = = = = = = = = = = = = = = = = = = = = = = =//"


def goldmark(git_dir: str) -> list[Case]:
    """Rule 6: the cases of the linkify test file as its reader splits them (a number line,
    an optional ``OPTIONS:`` line, the markdown between two attribute separators, the
    expected HTML up to the case separator); a case with options is skipped."""
    lines = git_show(git_dir, GOLDMARK[1], GOLDMARK_PATH).split("\n")
    out: list[Case] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        check = "case " + lines[i].split(":")[0].strip()
        i += 1
        options = re.match(r"(?i)\s*options:", lines[i]) is not None
        i += 2 if options else 1  # past the options line and the first separator
        md: list[str] = []
        while lines[i] != _GM_ATTR:
            md.append(lines[i])
            i += 1
        i += 1
        want: list[str] = []
        while i < len(lines) and lines[i] != _GM_CASE:
            want.append(lines[i])
            i += 1
        i += 1
        if not options:
            out += markdown_cases("\n".join(md), "\n".join(want), check, GOLDMARK_PATH)
    return out


# --- markdown-it (held out) -------------------------------------------------------------

MARKDOWN_IT_PATH = "test/fixtures/markdown-it/linkify.txt"


def markdown_it(git_dir: str) -> list[Case]:
    """Rule 7: the fixtures of the linkify file as its reader splits them: a title, then the
    markdown and the expected HTML each opened by a line ``.`` and the case closed by a
    line ``.``."""
    lines = git_show(git_dir, MARKDOWN_IT[1], MARKDOWN_IT_PATH).split("\n")
    out: list[Case] = []
    i = 0
    while i < len(lines):
        if lines[i] != ".":
            i += 1
            continue
        title = lines[i - 1] if i else ""
        blocks: list[list[str]] = [[], []]
        for block in blocks:
            i += 1
            while lines[i] != ".":
                block.append(lines[i])
                i += 1
        i += 1
        check = f"line {i}: {title[:40]}"
        out += markdown_cases("\n".join(blocks[0]), "\n".join(blocks[1]), check, MARKDOWN_IT_PATH)
    return out


# --- records ----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    lj, cm, gm, mi = argv
    dev_repos, hold_repos = split([r[0] for r in (LINKIFYJS, CMARK_GFM, GOLDMARK, MARKDOWN_IT)])
    assert dev_repos == [LINKIFYJS[0], CMARK_GFM[0]], dev_repos
    assert hold_repos == [GOLDMARK[0], MARKDOWN_IT[0]], hold_repos
    dev: list[dict[str, Any]] = []
    for repo, found in ((LINKIFYJS, linkifyjs(lj)), (CMARK_GFM, cmark_gfm(cm))):
        dev += _vectors4.case_records("dev9", repo, found)
    hold: list[dict[str, Any]] = []
    for repo, found in ((GOLDMARK, goldmark(gm)), (MARKDOWN_IT, markdown_it(mi))):
        kept = _vectors4.new_cases(found, dev)
        hold += _vectors4.case_records("holdout9", repo, kept)
    _vectors.write_parts((("vectors9_dev.jsonl", dev), ("vectors9_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])
