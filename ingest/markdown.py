"""Reports saved as Markdown (by a converter, a wiki or an editor), in plain report form.

A report in Markdown marks its headings with ``#`` and its tables with ``|``; the layout rules
read the plain forms a text copy of the report has: a heading as its own line, a two-column
table (the header's labels and values) as ``Label: value`` lines, a wider table a row a line,
its cells apart by a TAB (as a copy of a Word table keeps them). Only a text that is
Markdown by those marks is changed, and only those lines.

>>> print(plain_markdown("# Review of X\\n\\n| | |\\n|---|---|\\n| Led by | A B |\\n| Providers | P<br>Q |"))
Review of X
<BLANKLINE>
Led by: A B
Providers: P
Q
>>> plain_markdown("1.1 A finding | with a bar.")
'1.1 A finding | with a bar.'
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def is_markdown(text: str) -> bool:
    """Whether a text marks its headings or tables as Markdown does: at least two ``#``
    headings, or a table with its rule line (``|---|---|``)."""
    return len(_HEADING.findall(text)) >= 2 or any(
        _TABLE_RULE.match(line) and "|" in line for line in text.splitlines())


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table(rows: list[list[str]]) -> list[str]:
    """A table's plain lines: ``Label: value`` for two columns, else tab-separated cells."""
    out: list[str] = []
    for cells in rows:
        if not any(cells):
            continue  # an empty heading row ("| | |")
        if len(cells) == 2 and cells[0]:
            label = cells[0].rstrip(":")
            out.extend(f"{label}: {_BREAK.sub(chr(10), cells[1])}".splitlines())
        else:  # a row a line, its cells apart by a TAB, as a copy of a Word table keeps it
            out.append("\t".join(_BREAK.sub("; ", c) for c in cells))
    return out


def plain_markdown(text: str) -> str:
    """The text with Markdown headings and tables in plain report form (see the module)."""
    if not is_markdown(text):
        return text
    out: list[str] = []
    rows: list[list[str]] = []
    for line in _HEADING.sub(r"\1", text).split("\n"):
        if _TABLE_ROW.match(line) or (rows and _TABLE_RULE.match(line)):
            if not _TABLE_RULE.match(line):
                rows.append(_cells(line))
            continue
        if rows:
            out.extend(_table(rows))
            rows = []
        out.append(line)
    out.extend(_table(rows))
    return "\n".join(out)

