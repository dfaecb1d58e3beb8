"""One small HTML table renderer for notebook views (``_repr_html_``) of privkit's results.

Every cell is escaped here, so a caller cannot forget to; callers pass only names, counts
and categories (never values), as everywhere else.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["table"]

_WARN = "<p style='color:#a60'>&#9888; {}</p>"


def table(
    caption: str,
    head: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    warnings: Iterable[str] = (),
) -> str:
    """Return a captioned HTML table (cells escaped) followed by its warnings.

    >>> table("t", ["a"], [["<b>"]], warnings=["w"])  # doctest: +NORMALIZE_WHITESPACE
    "<div><table><caption>t</caption><thead><tr><th style='text-align:left'>a</th></tr>\
</thead><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table><p style='color:#a60'>&#9888; w</p></div>"
    """
    e = html.escape
    ths = "".join(f"<th style='text-align:left'>{e(str(h))}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    warn = "".join(_WARN.format(e(w)) for w in warnings)
    return (
        f"<div><table><caption>{e(caption)}</caption><thead><tr>{ths}</tr></thead>"
        f"<tbody>{trs}</tbody></table>{warn}</div>"
    )
