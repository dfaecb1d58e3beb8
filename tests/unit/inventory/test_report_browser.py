"""The HTML report in a real headless Chromium: it renders, its script runs and sorts, and it
loads nothing from outside. ``make system-deps`` installs Debian's chromium."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from privkit.inventory import check_policy, diff, inventory, render_html
from privkit.policy import Policy

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def chromium():
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("chromium not found: run `make system-deps` (installs Debian's chromium)")
    return found


def _run(chromium, tmp_path, *args):
    profile = tmp_path / "profile"
    proc = subprocess.run(
        [chromium, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory, rows, pattern_scanner):
    from tests.unit.inventory.helpers import write_sqlite

    tmp = tmp_path_factory.mktemp("report")
    db = write_sqlite(tmp / "app.db", rows)
    old = inventory({"app": f"sqlite:///{db}"}, scanner=pattern_scanner)
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("ALTER TABLE orders ADD COLUMN contact TEXT")
    con.execute("UPDATE orders SET contact = 'buyer' || id || '@example.com'")
    con.commit()
    con.close()
    new = inventory({"app": f"sqlite:///{db}"}, scanner=pattern_scanner)
    policy = Policy.from_dict(
        {
            "version": 1,
            "purposes": ["support"],
            "schema": {"email": "user.contact.email", "gone": "none"},
        }
    )
    page = tmp / "report.html"
    page.write_text(render_html(new, drift=diff(old, new), policy_check=check_policy(new, policy)))
    return page


def _column(dom, index):
    table = dom.split('id="columns"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body, flags=re.DOTALL)
    return [
        re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", r, flags=re.DOTALL)[index])
        for r in rows
    ]


def test_page_renders_and_its_script_sorts(chromium, tmp_path, report):
    dom = _run(chromium, tmp_path, "--dump-dom", f"{report.as_uri()}#sort=category&dir=desc")
    assert 'data-ready="1"' in dom  # the script ran to the end
    cats = _column(dom, 3)
    assert len(cats) > 5
    assert cats == sorted(cats, key=str.lower, reverse=True)
    assert 'aria-sort="descending"' in dom
    for section in ("summary", "personal", "drift", "policy"):
        assert f'id="{section}"' in dom
    assert "orders" in dom
    assert "contact" in dom
    assert "Draft schema block" in dom


def test_numeric_columns_sort_as_numbers(chromium, tmp_path, report):
    dom = _run(chromium, tmp_path, "--dump-dom", f"{report.as_uri()}#sort=rows&dir=asc")
    rows = [int(x.split()[0]) for x in _column(dom, 8)]
    assert rows == sorted(rows)


def test_screenshot(chromium, tmp_path, report):
    shot = tmp_path / "shot.png"
    _run(
        chromium,
        tmp_path,
        "--hide-scrollbars",
        "--window-size=1200,900",
        f"--screenshot={shot}",
        report.as_uri(),
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000  # a page, not a blank


def test_page_loads_nothing_from_outside(report):
    html = report.read_text()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "default-src 'none'" in html
