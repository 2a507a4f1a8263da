"""Formula text never reaches a spreadsheet through CSV (issue 20, item 3): a cell that starts
with =, +, -, @, a tab or a carriage return gets a leading single quote (OWASP's advice on CSV
injection) in `query … -o x.csv`, `--format csv` and `export --format csv`; JSON keeps the
text as the report has it, and numbers stay numbers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import REPORT_ID, SAMPLE, run

FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)+cmd|' /C calc'!A0"]


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """The sample with findings 1.2, 1.14, 2.2 and 1.3 beginning with formulas."""
    folder = tmp_path_factory.mktemp("formulas")
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, formula in zip(["1.2", "1.14", "2.2", "1.3"], FORMULAS):
        i = next(i for i, line in enumerate(lines) if line.startswith(f"{number} "))
        lines[i] = f"{number} {formula} {lines[i][len(number) + 1:]}"
    report = folder / "rutland.txt"
    report.write_text("".join(lines), encoding="utf-8")
    store = folder / "store"
    assert run(["--store", store, "ingest", report]).exit_code == 0
    return store


QUERY = ("MATCH (f:Finding) WHERE f.number IN ['1.2', '1.14', '2.2', '1.3'] "
         "RETURN f.number AS number, f.text AS text, -1 AS minus ORDER BY f.number")


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))


def test_query_csv_neutralises_formulas_and_json_keeps_the_text(hostile_store, tmp_path):
    out = tmp_path / "q.csv"
    assert run(["--store", hostile_store, "query", QUERY, "-o", out]).exit_code == 0
    rows = _rows(out.read_text(encoding="utf-8"))
    assert len(rows) == 4
    for row in rows:
        assert row["text"][0] == "'" and row["text"][1] in "=+-@", row
        assert row["minus"] == "-1"  # a number is not text: kept as it is
    assert {r["text"][1:].split(" ")[0] for r in rows} == {f.split(" ")[0] for f in FORMULAS}
    stdout = run(["--store", hostile_store, "query", QUERY, "--format", "csv"]).stdout
    assert [r["text"] for r in _rows(stdout)] == [r["text"] for r in rows]
    data = json.loads(run(["--store", hostile_store, "query", QUERY, "--format", "json"]).stdout)
    assert {d["text"][0] for d in data} == {"=", "+", "-", "@"}


def test_export_csv_neutralises_formulas(hostile_store, tmp_path):
    assert run(["--store", hostile_store, "export", "--format", "csv", "-o", tmp_path / "g"]).exit_code == 0
    nodes = _rows((tmp_path / "g" / "nodes.csv").read_text(encoding="utf-8"))
    texts = {r["id"]: r["text"] for r in nodes if r["label"] == "Finding"}
    for number in ("1.2", "1.14", "2.2", "1.3"):
        assert texts[f"{REPORT_ID}#{number}"][:2] in ("'=", "'+", "'-", "'@")
    assert not [r for r in nodes if r["text"][:1] in ("=", "+", "-", "@", "\t", "\r")]
    edges = _rows((tmp_path / "g" / "edges.csv").read_text(encoding="utf-8"))
    assert not [c for r in edges for c in r.values() if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_dangerous_start_is_neutralised(start):
    from clasgraph.queries.formats import to_csv

    text = to_csv(["x"], [[f"{start}1"], [3.5], [-2]])
    assert _rows(text) == [{"x": f"'{start}1".replace("\r", "\n")}, {"x": "3.5"}, {"x": "-2"}]


def test_an_xlsx_cell_past_the_spreadsheet_limit_is_cut_with_a_warning(hostile_store, tmp_path):
    """Issue 20, item 11: a cell longer than 32,767 characters is cut, and the user is told."""
    from openpyxl import load_workbook

    out = tmp_path / "q.xlsx"
    long_text = "x" * 40_000
    result = run(["--store", hostile_store, "query", "RETURN $t AS t, 'a\x1bb' AS c", "--param", f"t={long_text}",
                  "-o", out])
    assert result.exit_code == 0, result.output
    assert "1 cell(s) longer than 32,767 characters" in result.stderr and "were cut" in result.stderr
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "x" * 32_766 + "…" and sheet["B2"].value == "a\\x1bb"
