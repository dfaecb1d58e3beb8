"""Derive privkit's table of cookie names that hold no browser's id, from the Open Cookie Database.

The Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0) lists
cookie names with their platform, category and a description of what each holds. Two of the
classes the HTTP sets' labelling rules call no identifier can be read from its descriptions:

- ``routing``: a load balancer's or gateway's cookie (the server, instance or cluster that
  serves the browser): the description speaks of load balancing, stickiness, affinity or
  routing, and of no forgery token, account or preference;
- ``consent``: a consent manager's record of the visitor's choices: the description says the
  cookie stores, records or remembers consent (its state, string or preferences), and names
  no identifier, token, authentication or sync.

Only cookies the database files as functional, necessary or security ones count (a marketing
or analytics vendor's cookie follows the browser, whatever else it records). A name
privkit's own rules already decide is left out (a name naming an id, a name with
"consent" in it, a name ``_ruled_not_id_name`` already refuses), and so is a name shorter than
four characters (a platform's "cs" or "c" is another site's anything): the table holds only
what the database adds. The output, ``src/privkit/detect/cookie_names.txt``, is committed with
its provenance; privkit reads it lazily, and never fetches the database.

Run once, with the database's git directory (only ``git show`` is used)::

    python -m benchmarks.cookie_names --git GIT_DIR [--check]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

from benchmarks.corpus._git import git_show

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "privkit" / "detect" / "cookie_names.txt"
REPO = "jkwakman/Open-Cookie-Database"
COMMIT = "0ee5a17fe1cb002943f89370d24fc26a4226061c"  # 2026-01-21, pinned
PATH = "open-cookie-database.csv"

ROUTING = re.compile(
    r"load.?balanc|sticky|stickiness|affinity|\broute\b|routing|same server|server.cluster",
    re.IGNORECASE,
)
ROUTING_NOT = re.compile(r"forgery|csrf|account|preferen", re.IGNORECASE)
CONSENT = re.compile(
    r"(?:stor|record|remember|sav|register|capture)\w*\b[^.]{0,60}\bconsent"
    r"|consent (?:state|status|string|preferences|choices|information|data)"
    r"|consented|accepted the cookie|cookie acceptance|given (?:\w+ )?(?:or withdrawn )?consent",
    re.IGNORECASE,
)
CONSENT_NOT = re.compile(
    r"identif|unique|\bID\b|token|authenticat|sync|customer|only used with your consent|message",
    re.IGNORECASE,
)
MIN_NAME = 4
# The categories of a site's own working cookies. A cookie the database files under marketing
# or analytics is an ad-tech or analytics vendor's, whose purpose is to follow the browser:
# Magnite's "audit" is documented as recording consent data and holds an encrypted id
# ("1|<base64>") in the sixth and eighth sets.
SITE_CATEGORIES = frozenset({"Functional", "Necessary", "Security"})
# A name that reads as a session's, a user's or a token's, whatever the description says.
NAME_ID = re.compile(r"sess|uid|guid|user|token|visitor", re.IGNORECASE)
# A sentence that denies what follows ("It contains no information that can identify the
# site visitor"): its words are no evidence against the class.
NEGATED = re.compile(r"\b(?:no|not|never|without)\b", re.IGNORECASE)

HEADER = f"""\
# Cookie names that hold no browser's identifier, by class, from the Open Cookie Database
# (https://github.com/{REPO}, commit {COMMIT}, file {PATH};
# Copyright (c) the Open Cookie Database contributors, Apache License 2.0,
# https://www.apache.org/licenses/LICENSE-2.0). Derived by benchmarks/cookie_names.py (its
# rules select names by the database's descriptions; names privkit's own rules decide are left
# out). One "<class> <name>" per line; a name ending in "*" is a prefix (the database's
# wildcard entries). Names are compared lower-cased. Read on first use, never fetched.
"""


def derive(rows: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The ``(class, name)`` pairs of the table, sorted (see the module docstring)."""
    from privkit.detect._builtin._cookie_names import _name_words, _names_ids, _ruled_not_id_name

    out: set[tuple[str, str]] = set()
    for row in rows:
        name = row["Cookie / Data Key name"].strip()
        text = row["Description"]
        wildcard = row["Wildcard match"].strip() == "1"
        if len(name) < MIN_NAME or not re.fullmatch(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+", name):
            continue  # not a cookie name a header can carry
        if _names_ids(name, _name_words(name)) or "consent" in name.lower():
            continue  # privkit's own rules decide it
        if NAME_ID.search(name) or row["Category"].strip() not in SITE_CATEGORIES:
            continue
        affirmed = " ".join(s for s in re.split(r"(?<=\.)\s+", text) if not NEGATED.search(s))
        if ROUTING.search(text) and not ROUTING_NOT.search(affirmed):
            kind = "routing"
        elif CONSENT.search(text) and not CONSENT_NOT.search(affirmed):
            kind = "consent"
        else:
            continue
        if kind == "routing" and _ruled_not_id_name(name):
            continue
        out.add((kind, name.lower() + ("*" if wildcard else "")))
    return sorted(out)


def render(pairs: list[tuple[str, str]]) -> str:
    """The table file's text."""
    return HEADER + "".join(f"{kind} {name}\n" for kind, name in pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--git", required=True, help=f"the git directory of {REPO}")
    ap.add_argument("--check", action="store_true", help="compare with the committed table")
    args = ap.parse_args(argv)
    rows = list(csv.DictReader(io.StringIO(git_show(args.git, COMMIT, PATH))))
    text = render(derive(rows))
    if args.check:
        same = OUT.read_text(encoding="ascii") == text
        print("same" if same else "differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="ascii")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10)) - HEADER.count(chr(10))} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
