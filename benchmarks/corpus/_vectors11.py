"""Build ``benchmarks/data/vectors11_{dev,holdout}.jsonl``: links and addresses in markup.

Usage (git directories at the pinned commits; only ``git show`` is read)::

    python -m benchmarks.corpus._vectors11 MICROMARK_GIT DOCUTILS_GIT PYTHON_MARKDOWN_GIT \
        MARKED_GIT PYMDOWN_GIT MWPARSER_GIT

The split is by source suite and was fixed before extraction (2026-12-05, 01:54 UTC) by a
hash: the six suites sorted by ``sha256("vectors11:" + owner/name)``, the first three are the
development part (micromark's GFM autolink-literal fixtures, docutils' inline-markup and
target tests, Python-Markdown's link test pages), the last three the held-out part (marked's
link and table specs, pymdown-extensions' MagicLink pages, mwparserfromhell's external-link
tokenizer tests). The rules are written in ``benchmarks/corpus/README.md`` ("Eleventh vector
set") and as data below. Every record is a *case* (:func:`benchmarks.corpus._vectors4.case_records`):
one line of markup (the source's input, or the HTML a Markdown suite expects) with the links
the source makes there, of one type; URL and EMAIL_ADDRESS only. This file shares no code
with privkit.
"""

from __future__ import annotations

import ast
import hashlib
import html
import re
import sys
import urllib.parse
from typing import Any

from benchmarks.corpus import _vectors, _vectors4
from benchmarks.corpus._git import git_files, git_show

MICROMARK = (
    "micromark/micromark-extension-gfm-autolink-literal",
    "14548d89b3cf6ba678d2b29f978d7b4cd4a08206",
    "MIT",
)
DOCUTILS = ("docutils/docutils", "74f8d2c9d350f9e5875b43b5e20f134c7118b690", "public domain")
PYTHON_MARKDOWN = (
    "Python-Markdown/markdown",
    "bb50627dc07fde6ee5ed7478464062c537ebad2c",
    "BSD-3-Clause",
)
MARKED = ("markedjs/marked", "681373ccc058b5dc93c1f63291d755d7d714c2fa", "MIT")
PYMDOWN = ("facelessuser/pymdown-extensions", "6d0097b85a52468e7cd8eaceaa192ff3348c41e0", "MIT")
MWPARSER = ("earwig/mwparserfromhell", "e306416fc5b7c0c0b8f2e6ca136789497f8f1f04", "MIT")
SUITES = (MICROMARK, DOCUTILS, PYTHON_MARKDOWN, MARKED, PYMDOWN, MWPARSER)
#: The salt of the split hash (rule 1).
SPLIT_SALT = "vectors11:"

URL, EMAIL = "URL", "EMAIL_ADDRESS"
Case = _vectors4.Case
#: One line's gold spans by type.
Found = dict[int, dict[str, list[tuple[int, int]]]]


def split(repos: list[str]) -> tuple[list[str], list[str]]:
    """Rule 1: the suites sorted by the salted sha256 of their name; the first half is the
    development part."""
    ranked = sorted(repos, key=lambda r: hashlib.sha256((SPLIT_SALT + r).encode()).hexdigest())
    half = len(ranked) // 2
    return ranked[:half], ranked[half:]


# --- what a link is (rule 2) -------------------------------------------------------------

_ADDRESS = re.compile(r"[^@\s<>()\[\]]+@[^@\s<>()\[\]]+\.[^@\s<>()\[\].]+")
_ABSOLUTE = re.compile(r"(?i)(?:https?|ftps?)://(?:[^/?#\s@]*@)?([^/?#\s]+)")
#: A host or mail domain of the Internet: a last label of two letters or more, an IPv4
#: address, a bracketed IPv6 address, or ``localhost`` (a port may follow).
_HOST = re.compile(
    r"(?i)(?:(?:[^.:\s]+\.)+[^\W\d_]{2,}\.?|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]|localhost)"
    r"(?::\d*)?"
)


def link_type(target: str) -> tuple[str, str] | None:
    """Rule 2: (type, value) of a link target: a ``mailto:`` address of an Internet domain
    is EMAIL_ADDRESS (the address), an ``http``, ``https``, ``ftp`` or ``ftps`` URL of an
    Internet host is URL (the target); anything else (relative paths, fragments, other
    schemes, hosts such as ``a`` or ``www.a``) None."""
    if target[:7].lower() == "mailto:":
        addr = urllib.parse.unquote(target[7:]).split("?")[0]
        ok = _ADDRESS.fullmatch(addr) and _HOST.fullmatch(addr.rsplit("@", 1)[1])
        return (EMAIL, addr) if ok else None
    m = _ABSOLUTE.match(target)
    if m and _HOST.fullmatch(m.group(1)):
        return URL, target
    return None


def _shown_values(etype: str, value: str, shown: str) -> list[str]:
    """The forms a link's value may take where the markup writes it: the target itself, or
    (for a link whose shown text is its target less a scheme) the shown text."""
    out = [value]
    if etype == URL and value in {shown, "http://" + shown, "https://" + shown}:
        out.append(shown)
    return out


# --- locating links in the markup (rule 3) -----------------------------------------------

_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:|^\s*\.\. _|^\s*__ ")


#: A character that would make an occurrence part of a longer value.
_GLUED = re.compile(r"[\w/%@-]")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _in_code(line: str, col: int, fence: str) -> bool:
    """An occurrence after an odd number of code fences in its line is code, no link."""
    return line[:col].count(fence) % 2 == 1


def locate(source: str, links: list[tuple[str, list[str]]], *, fence: str) -> tuple[Found, int]:
    """Rule 3: each link (type, forms) located in ``source`` after the previous one located,
    or anywhere in a reference definition line; a ``mailto:`` written before an address is
    left out of its span. Returns the spans by line and the number of links not located."""
    lines = source.split("\n")
    starts = _line_starts(source)
    found: Found = {}
    missed = 0
    pos = 0
    for etype, forms in links:
        hit = None
        for form in forms:
            probes = [("mailto:" + form, 7), (form, 0)] if etype == EMAIL else [(form, 0)]
            for probe, skip in probes:
                for origin in (pos, 0):
                    at = source.find(probe, origin)
                    while at >= 0:
                        n = next(k for k in range(len(lines)) if starts[k] <= at < starts[k + 1])
                        col = at - starts[n]
                        ok = (
                            col + len(probe) <= len(lines[n])
                            and not _in_code(lines[n], col, fence)
                            and not _GLUED.match(lines[n][col + len(probe) : col + len(probe) + 1])
                            and not _GLUED.match(lines[n][max(col - 1, 0) : col] if col else "")
                        )
                        if ok and (origin == pos or _DEFINITION.match(lines[n])):
                            hit = (n, col + skip, col + len(probe), at + len(probe))
                            break
                        at = source.find(probe, at + 1)
                    if hit:
                        break
                if hit:
                    break
            if hit:
                break
        if hit is None:
            missed += 1
            continue
        n, s, e, after = hit
        spans = found.setdefault(n, {}).setdefault(etype, [])
        if (s, e) not in spans:
            spans.append((s, e))
        if not _DEFINITION.match(lines[n]):
            pos = after
    return found, missed


def usable(cases: list[Case]) -> list[Case]:
    """Rule 1: cases whose text is one line for every reader (``str.splitlines`` also breaks
    at U+0085, which the record filter lets through)."""
    return [c for c in cases if "\x85" not in c[1]]


def cases_of(found: Found, lines: list[str], check: str, path: str) -> list[Case]:
    return [
        (t, lines[n], sorted(s), check, path)
        for n, by_type in found.items()
        for t, s in by_type.items()
    ]


# --- rendered HTML (rule 4) --------------------------------------------------------------

_ELEMENT = re.compile(
    r"""<(a|img)\b[^<>]*?\b(?:href|src)=(?:"([^"]*)"|'([^']*)')[^<>]*>""", re.IGNORECASE
)
_ANCHOR = re.compile(
    r"""<a\b[^<>]*?\bhref=(?:"([^"]*)"|'([^']*)')[^<>]*>(.*?)</a>""", re.IGNORECASE | re.DOTALL
)
_NOT_PROSE = re.compile(r"<(?:a|img|code|pre|script|style|iframe|textarea)\b", re.IGNORECASE)


def html_links(rendered: str) -> list[tuple[str, list[str]]]:
    """Rule 4: the links of a rendering, in order: each ``<a href>`` and ``<img src>`` whose
    target (HTML-unescaped) is a link of rule 2, with the forms rule 3 looks for."""
    out: list[tuple[str, list[str]]] = []
    shown_of = {m.start(): m.group(3) for m in _ANCHOR.finditer(rendered)}
    for m in _ELEMENT.finditer(rendered):
        raw = m.group(2) if m.group(2) is not None else m.group(3) or ""
        typed = link_type(html.unescape(raw))
        if typed is None:
            continue
        shown = html.unescape(re.sub(r"<[^<>]*>", "", shown_of.get(m.start(), "")))
        forms = _shown_values(*typed, shown)
        forms += [urllib.parse.unquote(f) for f in forms if urllib.parse.unquote(f) not in forms]
        out.append((typed[0], forms))
    return out


def html_line_cases(rendered: str, check: str, path: str) -> list[Case]:
    """Rule 4: each line of the rendering as a text of its own: the targets of links written
    there (as written, without a ``mailto:``) and the shown text of an anchor whose shown text
    is its link, unless written with a numeric character reference."""
    out: list[Case] = []
    for line in rendered.split("\n"):
        by_type: dict[str, list[tuple[int, int]]] = {}
        for m in _ELEMENT.finditer(line):
            group = 2 if m.group(2) is not None else 3
            raw = m.group(group) or ""
            typed = link_type(html.unescape(raw))
            if typed is None or "&#" in raw:
                continue
            start = m.start(group)
            if typed[0] == EMAIL:
                if raw[7:] != typed[1]:
                    continue
                start += 7
            by_type.setdefault(typed[0], []).append((start, m.end(group)))
        for m in _ANCHOR.finditer(line):
            raw = m.group(1) if m.group(1) is not None else m.group(2) or ""
            typed, shown = link_type(html.unescape(raw)), m.group(3)
            if typed is None or "&#" in shown or "<" in shown or not shown.strip():
                continue
            plain = html.unescape(shown)
            if plain == typed[1] or (typed[0] == URL and plain in _shown_values(*typed, plain)[1:]):
                by_type.setdefault(typed[0], []).append((m.start(3), m.end(3)))
        out += [(t, line, sorted(set(s)), check, path) for t, s in by_type.items()]
    return out


def _negative_lines(text: str) -> list[str]:
    """Rule 5: lines that can stand as a negative (no escape, not empty)."""
    return [line for line in text.split("\n") if line.strip() and "\\" not in line]


def markdown_cases(source: str, rendered: str, check: str, path: str) -> list[Case]:
    """Rules 3-5 for one Markdown page: the links located in its lines, its rendering's
    lines, and the negatives (the whole page when its rendering holds no link, image, code or
    raw element; else each one-line block aligned with a rendered line that holds none)."""
    src_lines = source.split("\n")
    found, _ = locate(source, html_links(rendered), fence="`")
    out = cases_of(found, src_lines, check, path) + html_line_cases(rendered, check, path)
    if _NOT_PROSE.search(rendered) is None:
        return out + [
            (t, line, [], check, path)
            for line in _negative_lines(source) + _negative_lines(rendered)
            for t in (URL, EMAIL)
        ]
    blocks = [b for b in re.split(r"\n[ \t]*\n", source.strip("\n")) if b.strip()]
    out_lines = [x for x in rendered.strip("\n").split("\n") if x.strip()]
    if len(blocks) == len(out_lines) and all("\n" not in b for b in blocks):
        for block, line in zip(blocks, out_lines, strict=True):
            if _NOT_PROSE.search(line) is None and "<" not in block:
                out += [
                    (t, text, [], check, path)
                    for text in _negative_lines(block) + _negative_lines(line)
                    for t in (URL, EMAIL)
                ]
    return out


def _front_matter(source: str) -> str:
    """A page's text less a leading ``---`` options block (marked's specs)."""
    if source.startswith("---\n"):
        end = source.find("\n---\n", 4)
        if end >= 0:
            return source[end + 5 :]
    return source


def page_pairs(git_dir: str, repo: tuple[str, str, str], folder: str, suffix: str,
               name: re.Pattern[str] | None) -> list[Case]:  # fmt: skip
    """Rules 6-8: each ``<name><suffix>`` page with a ``<name>.html`` rendering beside it."""
    out: list[Case] = []
    files = git_files(git_dir, repo[1], folder)
    for path in files:
        if not path.endswith(suffix) or (name is not None and not name.search(path)):
            continue
        twin = path[: -len(suffix)] + ".html"
        if twin not in files:
            continue
        source = _front_matter(git_show(git_dir, repo[1], path)).replace("\r\n", "\n")
        rendered = git_show(git_dir, repo[1], twin).replace("\r\n", "\n")
        out += markdown_cases(source.rstrip("\n"), rendered.rstrip("\n"), path, path)
    return out


_LINK_PAGES = re.compile(r"(?i)[^/]*(?:link|url|mail|href|www|table)[^/]*$")


def micromark(git_dir: str) -> list[Case]:
    """Rule 6: every fixture page."""
    return page_pairs(git_dir, MICROMARK, "test/fixtures", ".md", None)


def python_markdown(git_dir: str) -> list[Case]:
    """Rule 7: the pages of ``tests/basic``, ``tests/misc``, ``tests/extensions`` named for
    links, URLs, mail or tables."""
    out: list[Case] = []
    for folder in ("tests/basic", "tests/misc", "tests/extensions"):
        out += page_pairs(git_dir, PYTHON_MARKDOWN, folder, ".txt", _LINK_PAGES)
    return out


def marked(git_dir: str) -> list[Case]:
    """Rule 8: the ``test/specs/new`` pages named for links, URLs, mail or tables."""
    return page_pairs(git_dir, MARKED, "test/specs/new", ".md", _LINK_PAGES)


def pymdown(git_dir: str) -> list[Case]:
    """Rule 8: every MagicLink test page."""
    return page_pairs(git_dir, PYMDOWN, "tests/extensions/magiclink", ".txt", None)


# --- docutils (rule 9) -------------------------------------------------------------------

DOCUTILS_FILES = (
    "docutils/test/test_parsers/test_rst/test_inline_markup.py",
    "docutils/test/test_parsers/test_rst/test_targets.py",
)
_REFURI = re.compile(r'<(?:reference|target)\b[^>]*\brefuri="([^"]*)"')
_RST_NOT_PROSE = re.compile(r"<(?:reference|target|literal|problematic|system_message|raw)\b")


def _totest(module: str) -> list[tuple[str, list[Any]]]:
    """The ``totest[name] = [...]`` lists of a test module, read as literals (not run)."""
    out = []
    for node in ast.parse(module).body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Subscript)
            and isinstance(node.targets[0].value, ast.Name)
            and node.targets[0].value.id == "totest"
        ):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            if isinstance(value, tuple):  # (settings, cases) in the targets module
                value = value[-1]
            out.append((ast.literal_eval(node.targets[0].slice), value))
    return out


def docutils(git_dir: str) -> list[Case]:
    """Rule 9: each (input, expected) case of the two modules' ``totest`` lists; each
    ``refuri`` of a reference or target element is a link (rule 2), located in the input;
    a case whose output holds no reference, target, literal or message gives negatives."""
    out: list[Case] = []
    for path in DOCUTILS_FILES:
        for name, cases in _totest(git_show(git_dir, DOCUTILS[1], path)):
            for n, case in enumerate(cases):
                if not (isinstance(case, list | tuple) and len(case) >= 2):
                    continue
                source, expected = case[0], case[1]
                if not (isinstance(source, str) and isinstance(expected, str)):
                    continue
                check = f"totest[{name!r}][{n}]"
                if _RST_NOT_PROSE.search(expected) is None:
                    out += [
                        (t, x, [], check, path)
                        for x in _negative_lines(source)
                        for t in (URL, EMAIL)
                    ]
                    continue
                links = []
                for m in _REFURI.finditer(expected):
                    typed = link_type(html.unescape(m.group(1)))
                    if typed is not None:
                        links.append((typed[0], [typed[1]]))
                found, _ = locate(source, links, fence="``")
                out += cases_of(found, source.split("\n"), check, path)
    return out


# --- mwparserfromhell (rule 10) ----------------------------------------------------------

MWPARSER_PATH = "tests/tokenizer/external_links.mwtest"


def _tokens(output: str) -> list[tuple[str, dict[str, Any]]]:
    """An ``output:`` token list read as a literal expression (not run)."""
    tree = ast.parse(output, mode="eval").body
    calls = tree.elts if isinstance(tree, ast.List) else []
    return [
        (call.func.id, {k.arg: ast.literal_eval(k.value) for k in call.keywords})
        for call in calls
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
    ]


def mwparser(git_dir: str) -> list[Case]:
    """Rule 10: each test of the external-link tokenizer file; a link is the text tokens
    between an ``ExternalLinkOpen`` and its separator or close (all plain text), a link of
    rule 2 located in the input; a test whose tokens are all plain text gives negatives."""
    out: list[Case] = []
    for block in git_show(git_dir, MWPARSER[1], MWPARSER_PATH).split("\n---\n"):
        fields = dict(re.findall(r"(?m)^(name|label|input|output):\s*(.*)$", block))
        if "input" not in fields or "output" not in fields:
            continue
        source, tokens = ast.literal_eval(fields["input"]), _tokens(fields["output"])
        check = "test " + fields.get("name", "").strip()
        if all(kind == "Text" for kind, _ in tokens):
            out += [
                (t, x, [], check, MWPARSER_PATH)
                for x in _negative_lines(source)
                for t in (URL, EMAIL)
            ]
            continue
        links = []
        for i, (kind, _) in enumerate(tokens):
            if kind != "ExternalLinkOpen":
                continue
            parts = []
            for k2, args in tokens[i + 1 :]:
                if k2 in {"ExternalLinkSeparator", "ExternalLinkClose"}:
                    break
                parts.append(args.get("text") if k2 == "Text" else None)
            if parts and None not in parts:
                typed = link_type("".join(str(p) for p in parts))
                if typed is not None:
                    links.append((typed[0], [typed[1]]))
        found, _ = locate(source, links, fence="<nowiki>")
        out += cases_of(found, source.split("\n"), check, MWPARSER_PATH)
    return out


# --- records -----------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    mm, du, pm, mk, pd, mw = argv
    dev_repos, hold_repos = split([r[0] for r in SUITES])
    assert dev_repos == [MICROMARK[0], DOCUTILS[0], PYTHON_MARKDOWN[0]], dev_repos
    assert hold_repos == [MARKED[0], PYMDOWN[0], MWPARSER[0]], hold_repos
    dev: list[dict[str, Any]] = []
    for repo, found in ((MICROMARK, micromark(mm)), (DOCUTILS, docutils(du)),
                        (PYTHON_MARKDOWN, python_markdown(pm))):  # fmt: skip
        dev += _vectors4.case_records("dev11", repo, usable(found))
    hold: list[dict[str, Any]] = []
    for repo, found in ((MARKED, marked(mk)), (PYMDOWN, pymdown(pd)), (MWPARSER, mwparser(mw))):
        kept = _vectors4.new_cases(usable(found), dev)
        hold += _vectors4.case_records("holdout11", repo, kept)
    _vectors.write_parts((("vectors11_dev.jsonl", dev), ("vectors11_holdout.jsonl", hold)))


if __name__ == "__main__":
    main(sys.argv[1:])
