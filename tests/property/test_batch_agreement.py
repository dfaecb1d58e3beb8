"""``scan_many`` equals ``scan`` text by text, for batches of generated texts.

The texts mix the shapes whose reading once depended on the batch (colon-hex runs, dotted
quads, e-mail address literals, digit groups, phone words, other scripts) with separators,
short and long (a joined batch, or a long text, takes the Hyperscan prefilter's path).
"""

from hypothesis import given
from hypothesis import strategies as st

from privkit.detect import PATTERN_ENTITIES, Scanner

SCANNERS = [Scanner(entities=PATTERN_ENTITIES, prefilter=p) for p in (True, False)]

_HEX = st.text(alphabet="0123456789abcdefABCDEF", max_size=4)
COLON_HEX = st.one_of(
    st.lists(_HEX, min_size=2, max_size=10).map(":".join),
    st.lists(_HEX.filter(bool), min_size=7, max_size=10).map(":".join),  # full groups
)
QUAD = st.lists(st.integers(0, 300), min_size=3, max_size=5).map(
    lambda parts: ".".join(map(str, parts))
)
DIGITS = st.lists(st.text(alphabet="0123456789", min_size=1, max_size=5), min_size=1, max_size=5)
GROUPS = st.one_of(
    st.tuples(DIGITS, st.sampled_from([" ", "-", ".", ""])).map(lambda t: t[1].join(t[0])),
    # layouts of nine to eleven digits, often valid in some plan
    st.from_regex(r"\(?[1-9][0-9]{1,3}\)?[ \-][0-9]{2,4}[ \-]?[0-9]{2,4}", fullmatch=True),
    # national numbers (a trunk 0): read against the regions a script around them suggests
    st.from_regex(r"\(?0[1-9][0-9]{2,3}\)? ?[0-9]{3,4} ?[0-9]{2,4}", fullmatch=True),
)
LITERAL = st.tuples(st.sampled_from(["test@", "a.b@", ""]), st.one_of(COLON_HEX, QUAD)).map(
    lambda t: f"{t[0]}[IPv6:{t[1]}]" if ":" in t[1] else f"{t[0]}[{t[1]}]"
)
WORD = st.sampled_from(
    ["call", "tel", "phone", "ip", "src:", "IPv6:", "::", "::1", "from", "port", "version",
     "мой телефон", "मेरा नाम", "电话", "(", ")", "=", "x", "%20", "..", " > ", "IP "]
)  # fmt: skip
SEPARATOR = st.sampled_from([" ", "  ", "\n", ", ", "; ", "\t", ""])
PIECE = st.one_of(COLON_HEX, QUAD, GROUPS, LITERAL, WORD)
SHORT = st.lists(st.tuples(PIECE, SEPARATOR), max_size=6).map(
    lambda parts: "".join(p + s for p, s in parts)
)
LONG = st.tuples(SHORT, st.integers(200, 400), SHORT).map(lambda t: t[0] + " w" * t[1] + t[2])
TEXTS = st.lists(st.one_of(PIECE, SHORT, SHORT, LONG), min_size=1, max_size=8)


@given(TEXTS)
def test_scan_many_equals_scan_for_each_text(batch):
    for scanner in SCANNERS:
        assert list(scanner.scan_many(batch)) == [scanner.scan(t) for t in batch]
