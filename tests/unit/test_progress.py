"""Progress: the engine reports values scanned; bars are automatic in notebooks/terminals, off in CI."""

import pytest

import privkit
from privkit import _progress
from privkit.detect import Scanner


def test_engine_reports_every_value_scanned_in_steps():
    protector = privkit.Protector(
        privkit.Policy.redact_all("a"), scanner=Scanner(entities=["EMAIL_ADDRESS"])
    )
    values = [f"mail u{i}@example.com" for i in range(4500)]
    steps: list[int] = []
    with _progress.listening(steps.append):
        out = protector.protect_column("note", values, purpose="a")
    assert sum(steps) == len(values)
    assert len(steps) >= 3  # reported as the scan goes, not once at the end
    assert out[0] == "mail <EMAIL_ADDRESS>"


def test_nothing_is_reported_without_a_listener():
    _progress.advance(5)  # a no-op
    assert not _progress.active()


@pytest.mark.parametrize(("ci", "expected"), [("true", False), ("1", False)])
def test_off_in_ci(monkeypatch, ci, expected):
    monkeypatch.setenv("CI", ci)
    assert _progress.auto_enabled() is expected


def test_on_in_a_notebook_outside_ci(monkeypatch):
    import sys
    import types

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    assert _progress.auto_enabled() is True


def test_dataframe_protect_with_a_bar_gives_the_same_result(capsys):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("tqdm")
    df = pd.DataFrame({"note": [f"mail u{i}@example.com" for i in range(50)]})
    policy = {"version": 1, "purposes": ["a"], "text": {"entities": ["EMAIL_ADDRESS"]}}
    with_bar = privkit.protect(df, policy=policy, purpose="a", progress=True)
    without = privkit.protect(df, policy=policy, purpose="a", progress=False)
    assert with_bar.equals(without)
