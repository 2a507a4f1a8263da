"""Output formats for query results: a rich table, CSV, or JSON (a list of row objects)."""

from __future__ import annotations

import csv
import io
import json


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def to_json(columns: list[str], rows: list[list]) -> str:
    """A list of row objects.

    >>> print(to_json(["a"], [[1]]))
    [
      {
        "a": 1
      }
    ]
    """
    return json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2)


def to_csv(columns: list[str], rows: list[list]) -> str:
    """CSV a spreadsheet opens: lists joined with "; ".

    >>> to_csv(["a", "b"], [[1, ["x", "y"]]]).splitlines()
    ['a,b', '1,x; y']
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def print_table(columns: list[str], rows: list[list], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    console = Console()
    console.print(table)
    console.print(f"{len(rows)} row(s)")
