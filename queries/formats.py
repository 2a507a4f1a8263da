"""Output formats for query results: a rich table, CSV, or JSON (a list of row objects)."""

from __future__ import annotations

import csv
import io
import json
import re


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
    writer.writerow([csv_cell(c) for c in columns])
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


def csv_cell(value) -> str:
    """A value as a CSV cell a spreadsheet will not run: text starting with ``=``, ``+``, ``-``,
    ``@``, a tab or a carriage return gets a leading single quote (OWASP's advice on CSV
    injection); numbers stay numbers. A carriage return becomes a line break (which the writer
    quotes; it leaves a lone carriage return unquoted, and readers split the row there).

    >>> print(csv_cell('=HYPERLINK("http://evil.example","x")'), csv_cell(-3), csv_cell(["@a", "b"]))
    '=HYPERLINK("http://evil.example","x") -3 '@a; b
    """
    text = _cell(value)
    if isinstance(value, (int, float)):
        return text
    unsafe = text.startswith(("=", "+", "-", "@", "\t", "\r"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'" + text if unsafe else text


def to_csv_file_bytes(columns: list[str], rows: list[list]) -> bytes:
    """CSV for a file: UTF-8 with a byte-order mark, so spreadsheets read "£" and curly quotes."""
    return to_csv(columns, rows).encode("utf-8-sig")


def write_xlsx(columns: list[str], rows: list[list], path, title: str | None = None) -> None:
    """An Excel workbook: one sheet, bold frozen header row, wrapped text, column widths that
    suit their content (long text wraps within a readable width)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_title(title or "clasgraph")
    sheet.append([_xlsx_cell(c) for c in columns])
    cut = 0
    for row in rows:
        cells = [_xlsx_cell(v) for v in row]
        for i, cell in enumerate(cells):
            if isinstance(cell, str) and len(cell) > XLSX_CELL_LIMIT:
                cells[i] = cell[:XLSX_CELL_LIMIT - 1] + "…"
                cut += 1
        sheet.append(cells)
    if cut:
        import sys

        print(f"warning: {cut} cell(s) longer than {XLSX_CELL_LIMIT:,} characters (a spreadsheet "
              "cell's limit) were cut, ending with …; --format csv or json keeps them whole",
              file=sys.stderr)
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = wrap
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    for i, column in enumerate(columns, start=1):
        longest = max([len(column)] + [max((len(line) for line in _cell(r[i - 1]).splitlines()), default=0)
                                       for r in rows])
        sheet.column_dimensions[get_column_letter(i)].width = max(10, min(60, longest + 2))
    sheet.freeze_panes = "A2"
    book.save(path)


#: Widths (characters) of the action plan's columns: wide where people write or read prose.
ACTION_PLAN_WIDTHS = {"Report": 22, "Recommendation": 55, "Addressed to": 34, "Accountable now": 34,  # heading, not a label
                      "Supporting findings": 12, "What the review found": 70, "Action": 50,
                      "Lead": 24, "Due date": 13, "Status": 14, "Evidence": 45}
#: Rows below the recommendations where the plan's validations still apply (actions added).
SPARE_ROWS = 200


def write_action_plan_xlsx(columns: list[str], rows: list[list], path, title: str | None = None) -> None:
    """The action plan as a form a provider fills in: the plain workbook (bold frozen header,
    wrapped text), each column as wide as what goes in it, the due date a date (validated,
    shown as 2020-01-31), the status one of a list (Not started, In progress, Done, Blocked),
    the columns to fill shaded apart from what the review says."""
    from clasgraph.queries.finish import ACTION_PLAN_FILLED_IN, ACTION_STATUSES
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    write_xlsx(columns, rows, path, title=title)
    book = load_workbook(path)
    sheet = book.active
    last = len(rows) + 1 + SPARE_ROWS
    letter = {c: get_column_letter(i) for i, c in enumerate(columns, start=1)}
    for column, width in ACTION_PLAN_WIDTHS.items():
        if column in letter:
            sheet.column_dimensions[letter[column]].width = width
    fill = PatternFill("solid", start_color="FFF2CC")  # the cells to fill in
    for column in ACTION_PLAN_FILLED_IN:
        for row in sheet.iter_rows(min_row=1, max_row=len(rows) + 1,
                                   min_col=columns.index(column) + 1, max_col=columns.index(column) + 1):
            row[0].fill = fill
    due = DataValidation(type="date", operator="greaterThan", formula1="DATE(2000,1,1)",
                         allow_blank=True, showErrorMessage=True, errorTitle="Due date",
                         error="Enter a date, e.g. 2020-01-31.", promptTitle="Due date",
                         prompt="The date the action is due.", showInputMessage=True)
    status = DataValidation(type="list", formula1='"' + ",".join(ACTION_STATUSES) + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Status",
                            error="Choose one of: " + ", ".join(ACTION_STATUSES) + ".")
    for validation, column in ((due, "Due date"), (status, "Status")):
        sheet.add_data_validation(validation)
        validation.add(f"{letter[column]}2:{letter[column]}{last}")
    sheet.column_dimensions[letter["Due date"]].number_format = "yyyy-mm-dd"  # rows added too
    for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=columns.index("Due date") + 1,
                                   max_col=columns.index("Due date") + 1):
        cell.number_format = "yyyy-mm-dd"
    book.save(path)


def _sheet_title(text: str) -> str:
    return re.sub(r"[\\/*?:\[\]]", "-", text)[:31] or "clasgraph"


#: The most characters a cell of an Excel workbook holds.
XLSX_CELL_LIMIT = 32_767


def _xlsx_cell(value):
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    from clasgraph.graph.shown import xml_text

    text = xml_text(_cell(value))  # a workbook is XML: control characters escaped
    return ("'" + text) if text[:1] in ("=", "+", "-", "@") and len(text) > 1 else text


def _longest_word(text: str) -> int:
    return max((len(w) for w in text.split()), default=0)


def column_widths(minimum: list[int], natural: list[int], room: int) -> list[int]:
    """Widths of a table's columns that fit ``room`` characters when their ``minimum`` (the
    longest word of each) do: each column gets its minimum, and the room left is shared by
    what each column would still use (its ``natural`` width, its longest line), so no
    column is ever narrower than its longest word and none is cut at the right.

    >>> column_widths([7, 11, 19, 8], [7, 16, 400, 8], 60)
    [7, 11, 34, 8]
    >>> column_widths([5, 5], [6, 9], 40)
    [6, 9]
    """
    want = [max(0, n - m) for m, n in zip(minimum, natural)]
    spare = room - sum(minimum)
    if sum(want) <= spare:
        return [m + w for m, w in zip(minimum, want)]
    widths = [m + w * spare // sum(want) for m, w in zip(minimum, want)]
    widths[want.index(max(want))] += room - sum(widths)  # what rounding down left
    return widths


def print_table(columns: list[str], rows: list[list], title: str | None = None,
                console=None) -> None:
    """A table for the terminal that never breaks a word or a date. When the columns cannot
    all be as wide as their longest word, each row is shown as a block of "column: value"
    lines instead, with a hint to use --format csv."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    cells = [[_cell(v) for v in row] for row in rows]
    minimum = [max([_longest_word(c)] + [_longest_word(r[i]) for r in cells])
               for i, c in enumerate(columns)]
    # Borders and padding: 3 characters a column and one more.
    room = console.width - 3 * len(columns) - 1
    if sum(minimum) > room:
        _print_blocks(console, columns, cells, title)
        return
    natural = [max([len(c)] + [len(line) for r in cells for line in r[i].splitlines()])
               for i, c in enumerate(columns)]
    table = Table(title=title, show_lines=False)
    for column, width in zip(columns, column_widths(minimum, natural, room)):
        table.add_column(Text(column), overflow="fold", width=width)
    for row in cells:
        table.add_row(*(Text(c) for c in row))
    console.print(table)
    console.print(f"{len(rows)} row(s)", markup=False)


def _print_blocks(console, columns: list[str], cells: list[list[str]], title: str | None) -> None:
    from rich.text import Text

    if title:
        console.print(Text(title, style="bold"))
    console.print(Text("(too wide for this terminal: one record per block; "
                       "use --format csv for a spreadsheet)", style="dim"))
    from rich.table import Table

    for n, row in enumerate(cells, start=1):
        console.print(Text(f"── {n} " + "─" * max(0, min(console.width, 60) - len(str(n)) - 4)))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(overflow="fold")
        for column, value in zip(columns, row):
            if value != "":
                grid.add_row(Text(column), Text(value))
        console.print(grid)
    console.print(f"{len(cells)} row(s)", markup=False)
