"""``privkit protect`` for line-oriented text (application logs): one line in, one line out."""

from __future__ import annotations

import html
import json
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privkit._progress import LineProgress
from privkit.errors import DataError

if TYPE_CHECKING:
    from collections.abc import Iterator


@dataclass
class TextReport:
    """What ``privkit protect`` did to a text file (counts and line numbers, never values)."""

    source: str
    output: str
    purpose: str
    lines: int = 0
    changed: int = 0
    skipped_lines: list[int] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """One line for people."""
        skipped = f", {len(self.skipped_lines)} bad lines skipped" if self.skipped_lines else ""
        return f"{self.lines} lines, {self.changed} changed{skipped}"

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (the JSON form)."""
        return {"kind": "text", **asdict(self)}

    def write(self, path: Path) -> None:
        """Write the report as JSON, Markdown or HTML, chosen by the suffix of ``path``."""
        from privkit.integrations.files import _atomic_write_text

        suffix = path.suffix.lower()
        rows = [("lines", self.lines), ("changed", self.changed)]
        rows.append(("bad lines skipped", len(self.skipped_lines)))
        if suffix == ".json":
            text = json.dumps(self.to_dict(), indent=2) + "\n"
        elif suffix == ".md":
            text = f"# {Path(self.source).name} for purpose {self.purpose!r}\n\n"
            text += "| | |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in rows)
        elif suffix in {".html", ".htm"}:
            title = html.escape(f"{Path(self.source).name} for purpose {self.purpose!r}")
            cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
            text = f"<h1>{title}</h1>\n<table>{cells}</table>\n"
        else:
            raise DataError("report type must be .json, .md or .html", source=path.name)
        _atomic_write_text(path, text)


def _lines(path: Path, report: TextReport, bar: LineProgress, *, skip_bad: bool) -> Iterator[str]:
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            bar.advance(len(raw))
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                if not skip_bad:
                    raise DataError("invalid UTF-8 bytes", source=path.name, row=number) from None
                report.skipped_lines.append(number)
                continue
            yield text.rstrip("\r\n")


def protect_text_file(
    path: Path,
    output: Path,
    *,
    protector: Any,
    purpose: str,
    actor: str | None,
    skip_bad_lines: bool,
    progress: bool,
) -> TextReport:
    """Protect each line of ``path`` as free text into ``output`` (atomically)."""
    from privkit.integrations.files import _atomic_output

    if path.resolve() == output.resolve():
        raise DataError("output must differ from the input file", source=path.name)
    report = TextReport(str(path), str(output), purpose)
    with (
        LineProgress(enabled=progress, total=path.stat().st_size, label=path.name) as bar,
        _atomic_output(output) as tmp,
        tmp.open("w", encoding="utf-8", newline="\n") as out,
    ):
        originals: deque[str] = deque()

        def remember(lines: Iterator[str]) -> Iterator[str]:
            for line in lines:
                originals.append(line)
                yield line

        source = remember(_lines(path, report, bar, skip_bad=skip_bad_lines))
        for protected in protector.protect(source, purpose=purpose, actor=actor):
            original = originals.popleft() if originals else None
            report.lines += 1
            report.changed += protected != original
            out.write(protected + "\n")
    return report
