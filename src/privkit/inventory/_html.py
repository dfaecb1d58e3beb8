"""The inventory map as one self-contained HTML page for a governance reviewer.

Sections: a summary (sources, tables, personal columns per category), a sortable table of
personal columns (click a header; ``#sort=<column>&dir=desc`` in the URL sorts on load),
drift against a baseline, the policy check, and what was skipped. No external resources,
every name escaped, and like the map itself no value.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from privkit.inventory._diff import MapDrift
    from privkit.inventory._model import InventoryMap
    from privkit.inventory._policy import PolicyCheck

__all__ = ["render_html"]

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2330;
background:#f6f7f9}
header{background:#1d2a44;color:#fff;padding:18px 28px}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;opacity:.8}main{padding:18px 28px;max-width:1400px}
section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:14px 18px;
margin:0 0 18px}h2{font-size:16px;margin:0 0 10px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:10px}
.card{border:1px solid #dde1e7;border-radius:6px;padding:8px 14px;min-width:110px}
.card b{display:block;font-size:22px}.card span{color:#5b6474;font-size:12px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;
border-bottom:1px solid #eceef2;vertical-align:top}
th{background:#f0f2f5;position:sticky;top:0}th.sortable{cursor:pointer;user-select:none}
th.sortable:after{content:" \\2195";color:#9aa3b2}th[aria-sort=ascending]:after{content:" \\2191"}
th[aria-sort=descending]:after{content:" \\2193"}td.num{text-align:right;
font-variant-numeric:tabular-nums}
.cat{display:inline-block;background:#e8eefc;color:#1d3f8f;border-radius:10px;padding:0 8px;
font-size:12px}.text{background:#fdf0dc;color:#7a4a00}.new{color:#0a6b2b}.gone{color:#a11}
.bar{display:inline-block;height:8px;background:#4a74d9;border-radius:4px;vertical-align:middle}
table.per{width:auto;min-width:420px}.muted{color:#6b7383}.ok{color:#0a6b2b}.warn{color:#a15c00}pre{background:#f0f2f5;padding:10px;
border-radius:6px;overflow:auto}
"""

_JS = """
(function(){
  function key(td){var v=td.getAttribute('data-sort');if(v===null){v=td.textContent.trim();}
    var n=Number(v);return (v!==''&&!isNaN(n))?[0,n]:[1,v.toLowerCase()];}
  function cmp(a,b){if(a[0]!==b[0])return a[0]-b[0];return a[1]<b[1]?-1:(a[1]>b[1]?1:0);}
  function sortBy(table,index,dir){var body=table.tBodies[0];
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(r1,r2){var c=cmp(key(r1.cells[index]),key(r2.cells[index]));
      return dir==='descending'?-c:c;});
    rows.forEach(function(r){body.appendChild(r);});
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
      if(i===index){th.setAttribute('aria-sort',dir);}else{th.removeAttribute('aria-sort');}});}
  var tables=document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables,function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
      th.classList.add('sortable');th.addEventListener('click',function(){
        var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
        sortBy(table,i,dir);});});});
  var m=/sort=([a-z_]+)(?:&dir=(asc|desc))?/.exec(location.hash);
  var main=document.getElementById('columns');
  if(m&&main){var ths=main.tHead.rows[0].cells;for(var i=0;i<ths.length;i++){
    if(ths[i].getAttribute('data-key')===m[1]){
      sortBy(main,i,m[2]==='desc'?'descending':'ascending');}}}
  document.body.setAttribute('data-ready','1');
})();
"""

_COLUMNS = (
    ("source", "Source"),
    ("table", "Table"),
    ("column", "Column"),
    ("category", "Category"),
    ("entity", "Entity / entities"),
    ("confidence", "Confidence"),
    ("share", "Share"),
    ("sampled", "Sampled"),
    ("rows", "Rows"),
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _summary(m: InventoryMap) -> str:
    s = m.summary()
    cards = "".join(
        f'<div class="card"><b>{_e(s[k])}</b><span>{_e(label)}</span></div>'
        for k, label in (
            ("sources", "sources"),
            ("tables", "tables"),
            ("columns", "columns and paths"),
            ("personal_columns", "personal"),
            ("skipped", "skipped"),
        )
    )
    top = max(s["per_category"].values(), default=1)
    rows = "".join(
        f'<tr><td><span class="cat{" text" if cat == "free text" else ""}">{_e(cat)}</span>'
        f'</td><td class="num">{n}</td><td><span class="bar" style="width:{int(200 * n / top)}px">'
        "</span></td></tr>"
        for cat, n in s["per_category"].items()
    )
    per = (
        '<table class="per"><thead><tr><th>Category</th><th>Personal columns</th><th></th></tr>'
        "</thead>"
        f"<tbody>{rows}</tbody></table>"
        if rows
        else '<p class="muted">No personal data found.</p>'
    )
    srcs = "".join(
        f'<li><b>{_e(src.name)}</b> <span class="muted">{_e(src.kind)}: {_e(src.location)}, '
        f"{len(src.tables)} tables</span></li>"
        for src in m.sources
    )
    return (
        f'<section id="summary"><h2>Summary</h2><div class="cards">{cards}</div>'
        f"<ul>{srcs}</ul>{per}</section>"
    )


def _columns(m: InventoryMap) -> str:
    head = "".join(f'<th data-key="{k}">{_e(label)}</th>' for k, label in _COLUMNS)
    body: list[str] = []
    for src, table, path, c in m.personal_columns():
        cat = c.category or "free text"
        if c.free_text:
            ents = ", ".join(f"{e} {s:.0%}" for e, s in c.text_entities) or "-"
            share = max((s for _, s in c.text_entities), default=0.0)
        else:
            ents = c.entity or "-"
            share = dict(c.value_shares).get(c.entity or "", 0.0)
        rows = f"{table.rows}" + ("" if table.rows_exact else " (est.)")
        body.append(
            "<tr>"
            f"<td>{_e(src)}</td><td>{_e(table.qualified)}</td><td>{_e(path)}</td>"
            f'<td><span class="cat{" text" if c.free_text else ""}">{_e(cat)}</span></td>'
            f"<td>{_e(ents)}</td>"
            f'<td class="num">{c.confidence:.2f}</td>'
            f'<td class="num" data-sort="{share:.4f}">{share:.0%}</td>'
            f'<td class="num">{c.sampled}</td>'
            f'<td class="num" data-sort="{table.rows}">{_e(rows)}</td>'
            "</tr>"
        )
    rows_html = "".join(body) or (
        f'<tr><td colspan="{len(_COLUMNS)}" class="muted">No personal columns.</td></tr>'
    )
    return (
        '<section id="personal"><h2>Personal columns</h2>'
        '<p class="muted">Click a header to sort. Evidence only: no values are stored.</p>'
        f'<table id="columns" class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows_html}</tbody></table></section>"
    )


def _drift(drift: MapDrift | None) -> str:
    if drift is None:
        return ""
    if not drift and not drift.not_checked:
        return (
            '<section id="drift"><h2>Drift</h2>'
            '<p class="ok">No change since the baseline.</p></section>'
        )
    rows: list[str] = []
    for kind, items, css in (
        ("new", drift.new, "new"),
        ("changed", drift.changed, "warn"),
        ("removed", drift.removed, "gone"),
    ):
        rows.extend(
            f'<tr><td class="{css}">{kind}</td><td>{_e(c.source)}</td><td>{_e(c.table)}</td>'
            f"<td>{_e(c.column)}</td><td>{_e(c.old or '-')}</td><td>{_e(c.new or '-')}</td></tr>"
            for c in items
        )
    nc = "".join(f"<li>{_e(t)}</li>" for t in drift.not_checked)
    return (
        '<section id="drift"><h2>Drift since the baseline</h2>'
        '<table class="sortable"><thead><tr><th>Change</th><th>Source</th><th>Table</th>'
        "<th>Column</th><th>Before</th><th>Now</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        + (f"<p>Not checked (skipped in this run):</p><ul>{nc}</ul>" if nc else "")
        + "</section>"
    )


def _policy(check: PolicyCheck | None) -> str:
    if check is None:
        return ""
    parts = ['<section id="policy"><h2>Against the policy</h2>']
    if not check.undeclared and not check.missing and not check.unruled:
        parts.append('<p class="ok">Every personal column is declared and has a rule.</p>')
    if check.undeclared:
        rows = "".join(
            f"<tr><td>{_e(s)}</td><td>{_e(t)}</td><td>{_e(c)}</td><td>{_e(k)}</td></tr>"
            for s, t, c, k in check.undeclared
        )
        parts.append(
            f"<h3>Personal columns the policy does not declare ({len(check.undeclared)})</h3>"
            '<table class="sortable"><thead><tr><th>Source</th><th>Table</th><th>Column</th>'
            f"<th>Category</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    if check.missing:
        items = "".join(f"<li><code>{_e(g)}</code></li>" for g in check.missing)
        parts.append(f"<h3>Declared fields that no longer exist</h3><ul>{items}</ul>")
    if check.unruled:
        items = "".join(
            f'<li><span class="cat">{_e(c)}</span> for purpose <b>{_e(p)}</b>: {n} '
            "column(s) fall to the default</li>"
            for c, p, n in check.unruled
        )
        parts.append(f"<h3>Categories with no rule for a declared purpose</h3><ul>{items}</ul>")
    if check.draft_schema:
        parts.append(f"<h3>Draft schema block</h3><pre>{_e(check.draft_yaml())}</pre>")
    parts.append("</section>")
    return "".join(parts)


def _skipped(m: InventoryMap) -> str:
    if m.complete:
        return ""
    rows = "".join(
        f"<tr><td>{_e(src.name)}</td><td>{_e(s.what)}</td><td>{_e(s.name)}</td>"
        f"<td>{_e(s.reason)}</td></tr>"
        for src in m.sources
        for s in src.skipped
    )
    return (
        '<section id="skipped"><h2>Skipped</h2><table class="sortable"><thead><tr><th>Source'
        "</th><th>What</th><th>Name</th><th>Reason</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )


def render_html(
    inventory_map: InventoryMap,
    *,
    drift: MapDrift | None = None,
    policy_check: PolicyCheck | None = None,
    title: str = "Personal data inventory",
) -> str:
    """Return the map as a self-contained HTML page (no external resources, no values).

    >>> from privkit.inventory import InventoryMap
    >>> "<h2>Summary</h2>" in render_html(InventoryMap(()))
    True
    """
    created = f"Generated {inventory_map.created} by privkit" if inventory_map.created else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{_e(title)}</h1><p>{_e(created)}</p></header><main>"
        f"{_summary(inventory_map)}{_columns(inventory_map)}{_drift(drift)}"
        f"{_policy(policy_check)}{_skipped(inventory_map)}"
        f"</main><script>{_JS}</script></body></html>\n"
    )
