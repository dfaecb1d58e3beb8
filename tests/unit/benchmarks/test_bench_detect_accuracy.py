"""Pure helpers of the accuracy benchmark: docs rewriting and value shapes (no detector needed)."""

from benchmarks._eval import Doc, Span
from benchmarks.bench_detect_accuracy import failures, shape, write_docs

PAGE = """# Benchmarks

## Detection accuracy and speed

_not yet measured_

## Transforms

_not yet measured_
"""


def test_shape_hides_content_and_counts_runs():
    assert shape("ab:CD-12") == "xx:XX-99"
    assert shape("490154203237518") == "9{15}"
    assert "4" not in shape("IMEI 4901")


def test_write_docs_inserts_then_replaces_only_accuracy(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text(PAGE, encoding="utf-8")
    write_docs("first table", page)
    text = page.read_text(encoding="utf-8")
    assert "### Accuracy\n\nfirst table\n" in text
    assert text.count("_not yet measured_") == 1  # the Transforms placeholder stays
    # The detector engineer's Speed subsection must survive a rewrite.
    text = text.replace("## Transforms", "### Speed\n\nspeed table\n\n## Transforms")
    page.write_text(text, encoding="utf-8")
    write_docs("second table", page)
    text = page.read_text(encoding="utf-8")
    assert "second table" in text
    assert "first table" not in text
    assert "### Speed\n\nspeed table" in text
    assert text.index("### Accuracy") < text.index("### Speed") < text.index("## Transforms")


def test_failures_report_shapes_not_values():
    doc = Doc("l1", "log", "sshd", "from 10.1.2.3 port 22", (Span(5, 13, "IP_ADDRESS"),))
    report = failures([doc], [[Span(19, 21, "PHONE_NUMBER")]])
    assert "IP_ADDRESS: 1" in report
    assert "PHONE_NUMBER: 1" in report
    assert "10.1.2.3" not in report
    assert "<99.9.9.9>" in report


def test_network_guard_blocks_counts_and_restores():
    import socket

    from benchmarks.bench_detect_accuracy import NetworkGuard

    real = socket.getaddrinfo
    guard = NetworkGuard()
    with guard.active():
        try:
            socket.getaddrinfo("localhost", 80)
        except OSError:
            pass
        else:
            raise AssertionError("lookup was not blocked")
    assert guard.attempts == ["getaddrinfo"]
    assert socket.getaddrinfo is real


def test_offline_tldextract_resolves_suffixes_without_network(monkeypatch, tmp_path):
    import tldextract.tldextract as tld_module
    from benchmarks.bench_detect_accuracy import NetworkGuard, offline_tldextract

    monkeypatch.setattr(tld_module, "TLD_EXTRACTOR", tld_module.TLD_EXTRACTOR)  # restored after
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # an empty cache would trigger a fetch
    offline_tldextract()
    guard = NetworkGuard()
    with guard.active():
        result = tld_module.extract("someone@mail.example.co.uk")
    assert result.suffix == "co.uk"
    assert guard.attempts == []
    assert list(tmp_path.iterdir()) == []  # and nothing was cached to disk
