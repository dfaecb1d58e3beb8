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


class _DevTools:
    """Chromium's DevTools protocol over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, chromium, profile):
        import os

        to_chrome_r, self._w = os.pipe()
        self._r, from_chrome_w = os.pipe()

        # bash renumbers the two pipe ends to the fds Chromium expects (3: commands, 4: replies)
        self._proc = subprocess.Popen(
            [
                "bash",
                "-c",
                f'exec "$0" "$@" 3<&{to_chrome_r} 4>&{from_chrome_w}',
                chromium,
                *FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
            ],
            pass_fds=(to_chrome_r, from_chrome_w),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0

    def call(self, method, session=None, **params):
        import json
        import os

        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        while True:
            while b"\0" not in self._buf:
                chunk = os.read(self._r, 65536)
                assert chunk, "chromium closed the pipe"
                self._buf += chunk
            raw, self._buf = self._buf.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self._id:
                assert "error" not in reply, reply["error"]
                return reply["result"]

    def close(self):
        import os

        self._proc.kill()
        self._proc.wait(timeout=30)
        os.close(self._w)
        os.close(self._r)


def test_clicking_a_header_sorts_the_table(chromium, tmp_path, report):
    import json
    import time

    tools = _DevTools(chromium, tmp_path / "profile")
    try:
        target = tools.call("Target.createTarget", url=report.as_uri())["targetId"]
        session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

        def js(expr):
            return tools.call("Runtime.evaluate", session, expression=expr, returnByValue=True)[
                "result"
            ].get("value")

        deadline = time.monotonic() + 60
        while js("document.body && document.body.getAttribute('data-ready')") != "1":
            assert time.monotonic() < deadline, "the page's script never finished"
            time.sleep(0.1)
        column = (
            "JSON.stringify(Array.from(document.querySelectorAll('#columns tbody tr'))"
            ".map(r => r.cells[2].textContent))"
        )
        before = json.loads(js(column))
        js("document.querySelector('#columns th[data-key=column]').click()")
        ascending = json.loads(js(column))
        js("document.querySelector('#columns th[data-key=column]').click()")
        descending = json.loads(js(column))
    finally:
        tools.close()
    assert sorted(before) == ascending
    assert ascending == sorted(before, key=str.lower)
    assert descending == ascending[::-1]
    assert before != ascending  # the click changed the order
