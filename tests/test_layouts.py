"""Layouts other than the sample's: headings without numbers, recommendation headings without
numbers, each read the same as text and with its line breaks lost."""

from __future__ import annotations

import re
from collections import Counter

import expected as X
import pytest
from clasgraph.ingest.structure import parse_document
from conftest import SAMPLE
from officepdf import flatten_lines

TEXT = SAMPLE.read_text(encoding="utf-8")
UNNUMBERED_SECTIONS = re.sub(
    r"(?m)^5\.\d ((?:Leadership & management|Governance|Training and supervision))$", r"\1",
    re.sub(r"(?m)^\d\. ((?:Early Help|Children in Need|Child Protection|Looked After Children|Management))$",
           r"\1", TEXT))
UNNUMBERED_GROUPS = re.sub(r"(?m)^(- )?(\d+)\.? (\*\*)?([^\n]*should:)", r"\4", TEXT)


@pytest.mark.parametrize("flat", [False, True], ids=["text", "flattened"])
def test_section_headings_without_numbers(flat):
    text = flatten_lines(UNNUMBERED_SECTIONS) if flat else UNNUMBERED_SECTIONS
    assert "\n1. Early Help\n" not in text
    doc = parse_document(text, "x.txt", "0")
    assert Counter(f.section for f in doc.findings) == Counter(
        {section: len(numbers) for section, numbers in X.SECTIONS.items()})


@pytest.mark.parametrize("flat", [False, True], ids=["text", "flattened"])
def test_recommendation_headings_without_numbers(flat):
    text = flatten_lines(UNNUMBERED_GROUPS) if flat else UNNUMBERED_GROUPS
    assert "7 Leicestershire Partnership Trust should" not in text
    doc = parse_document(text, "x.txt", "0")
    items = [i.number for g in doc.recommendations for i in g.items]
    assert items == X.RECOMMENDATIONS
    assert doc.recommendations[6].header.startswith("Leicestershire Partnership Trust")


def test_a_number_used_twice_keeps_both_texts_and_names_both(tmp_path):
    from clasgraph import read_report

    text = TEXT.replace("2.4 We saw examples of good practice", "2.3 We saw examples of good practice")
    path = tmp_path / "twice.txt"
    path.write_text(text, encoding="utf-8")
    records = read_report(path)
    finding = next(n for n in records.nodes if n.label == "Finding" and n.props["number"] == "2.3")
    assert finding.props["text"].startswith("Adults attending ED were not routinely asked")
    assert "We saw examples of good practice in identifying victims" in finding.props["text"]
    warning = next(w for w in records.warnings if "2.3 appears twice" in w)
    assert "'Adults attending ED" in warning and "'We saw examples" in warning


def test_findings_out_of_order_are_warned(tmp_path):
    from clasgraph import read_report

    text = TEXT.replace("2.14 Caseload handovers", "2.9 Caseload handovers", 1).replace(
        "2.9 There are no birthing facilities", "2.14 There are no birthing facilities", 1)
    path = tmp_path / "order.txt"
    path.write_text(text, encoding="utf-8")
    warnings = read_report(path).warnings
    assert any("paragraph 2.10 follows 2.14: numbered out of order" in w for w in warnings), warnings
