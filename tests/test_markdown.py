"""A report saved as Markdown ("#" headings, the header as a "|" table) reads as its text does.

The Markdown copy is made here from the real sample: its title and the headings its contents
page lists become "#" headings, its header fields a two-column table.
"""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLE

from clasgraph import read_report

#: CI's reverse-order run leaves these out (pyproject's slow marker): each reads invented or
#: copied text into a document or records of its own and keeps nothing, so no order changes them.
pytestmark = pytest.mark.slow


def markdown_copy(text: str) -> str:
    """The sample as a Markdown converter writes it."""
    lines = text.split("\n")
    contents = lines.index("Contents")
    headings = {re.sub(r"\t\d+$", "", line) for line in lines[contents + 1:] if re.search(r"\t\d+$", line)}
    out, table = [], []
    for i, line in enumerate(lines):
        label = re.match(r"^([^\t:]+):\t(.*)$", line) if i < contents else None
        if label:
            if not table:
                table = ["| | |", "|---|---|"]
            table.append(f"| {label.group(1)} | {label.group(2)} |")
            continue
        if table:
            out += table
            table = []
        if line.startswith("Review of Health Services"):
            out.append(f"# {line}")
        elif i > contents and line in headings:
            out.append(f"## {line}")
        else:
            out.append(line)
    return "\n".join(out)


def _read(path):
    rec = read_report(path)
    return sorted((n.label, n.id) for n in rec.nodes), sorted((e.type, e.source, e.target) for e in rec.edges)


def test_a_markdown_copy_of_the_sample_reads_as_the_sample(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    copy = markdown_copy(text)
    assert copy.count("\n## ") >= 8 and "|---|---|" in copy  # headings and header are Markdown
    md = tmp_path / "rutland.md"
    md.write_text(copy, encoding="utf-8")
    nodes, edges = _read(md)
    want_nodes, want_edges = _read(SAMPLE)
    assert nodes == want_nodes
    assert edges == want_edges


def test_a_wider_markdown_table_keeps_its_rows(tmp_path):
    # a table of three columns: each row a statement (a change) or a service with its two bodies
    text = SAMPLE.read_text(encoding="utf-8")
    table = ("\n\n| Ref | Change | Date |\n|---|---|---|\n"
             "| A1 | Northmoor Care NHS Trust was wound up; Leicestershire Partnership NHS Trust inherited its staff and "
             "contracts | April 2017 |\n"
             "| A2 | Westby Health CIC began trading as Kestrel Health CIC; its board is unchanged | 2018 |\n\n"
             "| Service | Run by | Paid for by |\n|---|---|---|\n"
             "| School nursing | Kestrel Health CIC | Rutland County Council |\n"
             "| Health visiting | Leicestershire Partnership NHS Trust | Rutland County Council |\n")
    first = "A total of 5.7% of the population are from a black or minority ethnic background."
    md = tmp_path / "rutland.md"
    md.write_text(markdown_copy(text.replace(first, first + table, 1)), encoding="utf-8")
    rec = read_report(md)
    edges = {(e.type, e.source, e.target) for e in rec.edges}
    assert {("SUCCEEDED_BY", "northmoor-care-trust", "leicestershire-partnership-trust"),
            ("SUCCEEDED_BY", "westby-health-cic", "kestrel-health-cic")} <= edges
    assert {("PROVIDES", "kestrel-health-cic", "rutland:school-nursing"),
            ("COMMISSIONS", "rutland-county-council", "rutland:school-nursing"),
            ("PROVIDES", "leicestershire-partnership-trust", "rutland:health-visiting")} <= edges
