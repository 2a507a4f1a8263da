"""Layouts other than the sample's: headings without numbers, recommendation headings without
numbers, each read the same as text and with its line breaks lost."""

from __future__ import annotations

import re
from collections import Counter

import expected as X
import pytest
from clasgraph.ingest.structure import parse_document
from conftest import SAMPLE, westford_review
from officepdf import flatten_lines

#: CI's reverse-order run leaves these out (pyproject's slow marker): each reads invented or
#: copied text into a document or records of its own and keeps nothing, so no order changes them.
pytestmark = pytest.mark.slow

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


@pytest.mark.parametrize("emphasis", ["", "**"], ids=["plain", "bold"])
@pytest.mark.parametrize("flat", [False, True], ids=["text", "flattened"])
def test_section_headings_after_the_word_part(flat, emphasis):
    """"Part 2. Children in need": the word some teams put before a section's number, in bold
    too ("**Part 2. Children in need**", as a converter from Word leaves it)."""
    parted = re.sub(r"(?m)^(\d\. (?:Early Help|Children in Need|Child Protection|Looked After Children|Management))$",
                    rf"{emphasis}Part \1{emphasis}", TEXT)
    text = flatten_lines(parted) if flat else parted
    assert "Part 2. Children in Need" in text
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


# Group headings as other teams print them: numbered without a dot, ending without a colon, and
# addressing a role rather than a body (the sample names no employer for its designated nurse,
# so the role falls to the area's CCGs; the director of public health's body is the council's
# public health team the sample names as commissioner; the provider of substance misuse
# services is the body the sample says provides them).
OTHER_GROUP_HEADINGS = re.sub(
    r"(?m)^(- )?(\d+)\.? (\*\*)?([^\n]*should):(\*\*)?", r"\1\2 \3\4\5",
    TEXT.replace("8 University Hospitals of Leicester should:",
                 "8 The designated nurse for looked after children should")
    .replace("9 Midlands Partnership NHS Foundation Trust should:", "The Director of Public Health should")
    .replace("10 Turning Point should:", "10 The provider of substance misuse services should"))


@pytest.mark.parametrize("form", ["text", "flat", "viewer", "pdf"])
def test_group_headings_in_other_numberings_and_roles(form, tmp_path):
    from officepdf import office_pdf, viewer_copy

    from clasgraph import read_report

    assert "\n1 **NHS England together with" in OTHER_GROUP_HEADINGS
    assert "10 The provider of substance misuse services should\n" in OTHER_GROUP_HEADINGS
    text = {"flat": flatten_lines, "viewer": viewer_copy}.get(form, lambda t: t)(OTHER_GROUP_HEADINGS)
    path = tmp_path / "headings.txt"
    path.write_text(text, encoding="utf-8")
    if form == "pdf":
        path = office_pdf(path, tmp_path / "headings.pdf")
    records = read_report(path)
    assert sorted(n.props["number"] for n in records.nodes if n.label == "Recommendation") == sorted(
        X.RECOMMENDATIONS)
    addressed: dict[str, set] = {}
    for e in records.edges:
        if e.type == "ADDRESSED_TO":
            addressed.setdefault(e.source.split("#rec-")[1], set()).add(e.target)
    assert addressed["8.1"] == addressed["8.5"] == {X.ELR, X.CITY}
    assert addressed["9.1"] == {X.LCCPH}
    assert addressed["7.1"] == {X.LPT}
    assert addressed["10.1"] == {X.TP}


#: The sample with its title ending before the area, the area on a line of its own under it
#: (as some teams lay the front page out) and no "The role of health services in" line.
AREA_UNDER_TITLE = TEXT.replace(
    "Review of Health Services for Children Looked After and Safeguarding in Rutland",
    "Review of Health Services for Children Looked After and Safeguarding\n\nRutland", 1).replace(
    "The role of health services in Rutland\n", "", 1)


@pytest.mark.parametrize("flat", [False, True], ids=["text", "flattened"])
def test_the_area_on_a_line_of_its_own_under_the_title(flat, tmp_path):
    from clasgraph import read_report

    assert " in Rutland" not in AREA_UNDER_TITLE[:400]
    path = tmp_path / "rutland.txt"
    path.write_text(flatten_lines(AREA_UNDER_TITLE) if flat else AREA_UNDER_TITLE, encoding="utf-8")
    report = next(n for n in read_report(path).nodes if n.label == "Report")
    assert report.props["area"] == "Rutland"
    assert report.props["review_start"] == "2019-07-22"


def test_the_area_with_a_subtitle_under_a_short_title_with_its_abbreviation(tmp_path):
    """ "Children Looked After and Safeguarding (CLAS)" then "Rutland: second review of the role
    of health services" on the next line of the same block (a team's front page)."""
    from clasgraph import read_report

    text = AREA_UNDER_TITLE.replace(
        "Review of Health Services for Children Looked After and Safeguarding\n\nRutland\n",
        "Children Looked After and Safeguarding (CLAS)\nRutland: second review of the role of health services\n", 1)
    assert text != AREA_UNDER_TITLE
    path = tmp_path / "rutland.txt"
    path.write_text(text, encoding="utf-8")
    report = next(n for n in read_report(path).nodes if n.label == "Report")
    assert report.props["area"] == "Rutland"
    assert report.props["review_start"] == "2019-07-22"


def test_a_title_without_an_area_is_still_refused(tmp_path):
    from clasgraph.ingest import IngestError

    from clasgraph import read_report

    path = tmp_path / "nowhere.txt"
    path.write_text(AREA_UNDER_TITLE.replace("\n\nRutland\n", "\n", 1), encoding="utf-8")
    with pytest.raises(IngestError, match="no area found in the title"):
        read_report(path)


def test_sections_headed_with_the_word_section_and_a_colon():
    # "Section 2: Children in need", as some teams head their sections: every finding keeps its section
    plain = {f.number: f.section for f in parse_document(TEXT, "r.txt", "0" * 64).findings}
    text = re.sub(r"(?m)^([1-5])\. (Early Help|Children in Need|Child Protection|Children Looked After|Management)$",
                  r"Section \1: \2", TEXT)
    assert text.count("\nSection ") == 5
    assert {f.number: f.section for f in parse_document(text, "r.txt", "0" * 64).findings} == plain


def test_a_printed_table_of_funders_and_providers_keeps_its_rows_past_a_note_on_the_money():
    """A Word table printed to PDF comes out as one run of words: its headings ("Source of
    funding", "Contracted provider"), then each row's cells. A body's cell that also says how it
    pays ("Westford Council, public health grant") is one cell, and the rows after it are read."""
    from clasgraph.ingest.relations import relations_in

    flattened = ("Service Source of funding Contracted provider CAMHS NHS Westford CCG Acme Trust "
                 "School nursing Westford Council, public health grant Acme Trust "
                 "Sexual health Westford Council, public health grant Brightpath")

    def orgs_in(text):
        return sorted((m.start(), m.end(), name) for name in ("NHS Westford CCG", "Westford Council", "Acme Trust", "Brightpath")
                      for m in re.finditer(re.escape(name), text))

    read = {(r.type, r.source, r.target) for r in relations_in(flattened, orgs_in).relations}
    assert read == {("COMMISSIONS", "NHS Westford CCG", "camhs"), ("PROVIDES", "Acme Trust", "camhs"),
                    ("COMMISSIONS", "Westford Council", "school-nursing"), ("PROVIDES", "Acme Trust", "school-nursing"),
                    ("COMMISSIONS", "Westford Council", "sexual-health"), ("PROVIDES", "Brightpath", "sexual-health")}


@pytest.mark.parametrize("note,wanted", [
    ("Sexual health: one service, four clinics. Buyer: Westford City Council. Supplier: Acme Community Trust.",
     {("COMMISSIONS", "westford-city-council", "sexual-health"), ("PROVIDES", "acme-community-trust", "sexual-health")}),
    (("- Acme Community Trust: the children's ward and the city-centre sexual health clinic (Clinic 7). "
      "Commissioner of record: NHS Westford CCG for all but Clinic 7, which is Westford City Council's."),
     {("PROVIDES", "acme-community-trust", "acute-hospital"), ("PROVIDES", "acme-community-trust", "sexual-health"),
      ("COMMISSIONS", "westford-ccg", "acute-hospital"), ("COMMISSIONS", "westford-city-council", "sexual-health")}),
    (("Sexual health: one service, four clinics. Run by Acme Community Trust. Commissioners: Westford City Council (lead) "
      "and NHS Westford CCG."),
     {("PROVIDES", "acme-community-trust", "sexual-health"), ("COMMISSIONS", "westford-city-council", "sexual-health"),
      ("COMMISSIONS", "westford-ccg", "sexual-health")}),
    ("Walk-in centre: GP-led. Operator since January 2014: Acme Community Trust. Payer: NHS Westford CCG.",
     {("PROVIDES", "acme-community-trust", "minor-injuries-unit"), ("COMMISSIONS", "westford-ccg", "minor-injuries-unit")}),
    ("School nurses see every pupil in year 7. They work for Acme Community Trust.",
     {("PROVIDES", "acme-community-trust", "school-nursing")}),
    (("Two providers serve the city, Acme Community Trust and Brightpath Healthcare Ltd. The former runs CAMHS; the "
      "latter runs the sexual health clinics."),
     {("PROVIDES", "acme-community-trust", "camhs"), ("PROVIDES", "brightpath-healthcare", "sexual-health")}),
], ids=["a role's line after the service's", "all but a service named by its own name", "a participle and its agent, a list",
        "a label with its date", "they: the staff of the sentence before", "the latter after a semicolon"])
def test_a_terse_note_gives_each_role_line_the_services_of_the_line_before(note, wanted):
    """Notes written as "Service: what it is. Buyer: A. Supplier: B." say A's and B's roles for the
    service of the line before; "for all but X" leaves X out (X, a clinic named in brackets after
    its service, is that service)."""
    from clasgraph.ingest.extract import extract

    records = extract(parse_document(westford_review(note), "westford.txt", "0" * 64))
    read = {(e.type, e.source, e.target.split(":")[-1]) for e in records.edges if e.type in ("COMMISSIONS", "PROVIDES")}
    assert read == wanted


#: The recommendations' heading as other teams print it: numbered with the report's parts,
#: with a colon, or with words of its own after it.
RECOMMENDATIONS_HEADINGS = ["6. Recommendations", "Recommendations:", "Recommendations arising from this review",
                            "RECOMMENDATIONS", "Recommendations for improvement"]


@pytest.mark.parametrize("heading", RECOMMENDATIONS_HEADINGS)
@pytest.mark.parametrize("form", ["text", "viewer", "pdf"])
def test_the_recommendations_heading_in_other_wordings(heading, form, tmp_path):
    """Every finding stays a finding and every recommendation is read, in each form: a heading
    not read as one ends the findings nowhere, and the groups are then lost or read as findings."""
    from officepdf import office_pdf, viewer_copy

    from clasgraph import read_report

    assert "\n\nRecommendations\n\n" in TEXT
    text = TEXT.replace("\n\nRecommendations\n\n", f"\n\n{heading}\n\n", 1)
    path = tmp_path / "heading.txt"
    path.write_text(viewer_copy(text) if form == "viewer" else text, encoding="utf-8")
    if form == "pdf":
        path = office_pdf(path, tmp_path / "heading.pdf")
    records = read_report(path)
    numbers = Counter(n.label for n in records.nodes)
    assert sorted(n.props["number"] for n in records.nodes if n.label == "Recommendation") == sorted(
        X.RECOMMENDATIONS)
    assert numbers["Finding"] == len(X.FINDINGS)


#: The first group's heading with a dot that ends no sentence, or a sentence or two between the
#: heading and the first group: where the line breaks are lost, the recommendations must still
#: start there.
FIRST_GROUP = "1. **NHS England together with Leicester City, Leicestershire and Rutland CCGs and Leicestershire Partnership Trust should:**"
FIRST_GROUP_FORMS = {
    "a short form's dot": "1. **NHS England together with St. Helens CCG and Leicestershire Partnership Trust should:**",
    "a date's dots": ("1. **NHS England and Leicestershire Partnership Trust (which since 1.4.2016 answers for the "
                      "recommendations made to the former trust) should:**"),
}


@pytest.mark.parametrize("form", ["text", "viewer", "pdf"])
@pytest.mark.parametrize("change", [*FIRST_GROUP_FORMS, "sentences before the first group"])
def test_recommendations_start_where_their_first_group_has_a_dot_or_words_come_before_it(change, form, tmp_path):
    from officepdf import office_pdf, viewer_copy

    from clasgraph import read_report

    assert FIRST_GROUP in TEXT
    if change in FIRST_GROUP_FORMS:
        text = TEXT.replace(FIRST_GROUP, FIRST_GROUP_FORMS[change], 1)
    else:
        text = TEXT.replace("\n\nRecommendations\n\n", "\n\nRecommendations\n\nThe recommendations below are addressed to "
                            "the bodies named. Each should report progress to its board.\n\n", 1)
    path = tmp_path / "groups.txt"
    path.write_text(viewer_copy(text) if form == "viewer" else text, encoding="utf-8")
    if form == "pdf":
        path = office_pdf(path, tmp_path / "groups.pdf")
    records = read_report(path)
    assert sorted(n.props["number"] for n in records.nodes if n.label == "Recommendation") == sorted(
        X.RECOMMENDATIONS)
    assert Counter(n.label for n in records.nodes)["Finding"] == len(X.FINDINGS)


@pytest.mark.parametrize("line", ["Recommendations from the previous review", "4 Context", "4. Background",
                                  "Recommendations to the trust"])
def test_a_line_among_the_findings_that_resembles_a_heading_ends_nothing(line):
    """A finding's own line or sub-heading ("Recommendations from the previous review") is not the
    recommendations' heading, and a number before a word ("4 Context") opens no part: every finding
    and recommendation stays where it is."""
    from clasgraph.ingest.structure import parse_document

    assert "\n\n5.3.9 " in TEXT
    doc = parse_document(TEXT.replace("\n\n5.3.9 ", f"\n\n{line}\n\n5.3.9 ", 1), "x.txt", "0" * 64)
    assert len(doc.findings) == len(X.FINDINGS)
    assert sorted(r.number for g in doc.recommendations for r in g.items) == sorted(X.RECOMMENDATIONS)
