"""Every row of the layout tables (ingest/rules/layout.py) and of the roles a recommendation may
address (ingest/addressees.py), run on its own example through the code that reads it: the line
parser, the stream segmenter, the header reader."""

from __future__ import annotations

import re

import pytest
from clasgraph.ingest import addressees
from clasgraph.ingest.header import parse_header, parse_review_dates
from clasgraph.ingest.rules import layout
from clasgraph.ingest.structure import (
    canonical_section,
    group_heading,
    parse_document,
    segment_stream,
)

TITLE = "Review of health services for Children Looked After and Safeguarding in Ashvale"


def _ids(rows):
    return [re.sub(r"\W+", "-", str(row[0]))[:40] for row in rows]


@pytest.mark.parametrize("row", layout.LANDMARKS, ids=_ids(layout.LANDMARKS))
def test_landmark(row):
    heading = row.example.split("\n", 1)[0]
    assert layout.part_of_landmark(heading) == row.part
    assert layout.part_of_landmark(heading.upper() + ":") == row.part
    if not row.alone and row.part not in ("contents", "recommendations"):
        # in text whose line breaks were lost, the heading stands in a block of its own
        stream = segment_stream(f"{TITLE} Text before it ends here. " + row.example.replace("\n", " "))
        assert f"\n\n{heading}\n\n" in stream


@pytest.mark.parametrize("row", layout.SECTION_NAMES, ids=_ids(layout.SECTION_NAMES))
def test_section_name(row):
    assert canonical_section(row.example) == row.canonical
    text = f"{TITLE}\n\nThe report\n\n{row.example}\n\n9.1 A finding.\n"
    assert [(f.number, f.section) for f in parse_document(text, "x.txt", "0").findings] == [("9.1", row.canonical)]


@pytest.mark.parametrize("row", layout.BOX_TITLES, ids=_ids(layout.BOX_TITLES))
def test_box_title(row):
    stream = segment_stream(f"{TITLE} The report 1. Early help 1.1 First. " + row.example)
    assert f"\n\n{row.words}" in stream


@pytest.mark.parametrize("row", layout.HEADER_LABELS, ids=_ids(layout.HEADER_LABELS))
def test_header_label(row):
    label, value = row.example.split(":", 1)
    for printed in (row.example, f"{label}:\t{value.strip()}", f"{label}:\n{value.strip()}",
                    f"{label} — {value.strip()}", f"{label} - {value.strip()}"):  # any dash separates too
        assert parse_header(printed) == {row.field: value.strip()}


@pytest.mark.parametrize("row", layout.REVIEW_DATE_FORMS, ids=_ids(layout.REVIEW_DATE_FORMS))
def test_review_date_form(row):
    assert parse_review_dates(row.example) == row.dates


@pytest.mark.parametrize("row", layout.GROUP_NUMBERS, ids=_ids(layout.GROUP_NUMBERS))
def test_group_number(row):
    number, header = group_heading(row.example)
    assert number == (re.search(r"\d+", row.example).group(0) if row.pattern else "")
    assert header.endswith("should")
    if not row.pattern:
        return
    first, second = (re.sub(r"\d+", n, row.example, count=1) for n in ("1", "2"))
    if row.alone:  # the numbering marks the heading by itself: no verb, no colon
        first, second = (re.sub(r" should:?$", "", h) for h in (first, second))
        header = header.removesuffix(" should")
    lines = f"{TITLE}\n\nRecommendations\n\n{first}\n\n1.1 Train staff to level 2 in safeguarding.\n\n{second}\n\n2.1 Act.\n"
    for text in (lines, segment_stream(" ".join(lines.split()))):  # as printed; its line breaks lost
        groups = parse_document(text, "x.txt", "0").recommendations
        assert [(g.number, g.header, [i.number for i in g.items]) for g in groups] == [
            ("1", header, ["1.1"]), ("2", header, ["2.1"])], text


@pytest.mark.parametrize("row", layout.GROUP_VERBS, ids=_ids(layout.GROUP_VERBS))
def test_group_verb(row):
    for printed in (f"3. {row.example}", f"3 {row.example.rstrip(':')}", row.example):
        assert group_heading(printed) is not None, printed
    text = f"{TITLE}\n\nRecommendations\n\n3. {row.example}\n\n3.1 Act.\n\n3.2 Act again.\n"
    groups = parse_document(text, "x.txt", "0").recommendations
    assert [(g.number, [i.number for i in g.items]) for g in groups] == [("3", ["3.1", "3.2"])]


@pytest.mark.parametrize("row", layout.GROUP_LEADS, ids=_ids(layout.GROUP_LEADS))
def test_group_lead(row):
    number, header = group_heading(row.example)
    assert header == (row.example.split(" ", 1)[1] if number else row.example).rstrip(":")
    item = "3.1 Midwives to share notes with health visitors."
    before = "1. NHS Ashvale CCG should:\n\n1.1 Act.\n\n2. Ashvale Council should:\n\n2.1 Act.\n\n"
    lines = f"{TITLE}\n\nRecommendations\n\n{before}{row.example}\n\n{item}\n"
    for text in (lines, segment_stream(" ".join(lines.split()))):  # as printed; its line breaks lost
        groups = parse_document(text, "x.txt", "0").recommendations
        assert [(g.number, [i.number for i in g.items]) for g in groups][-1] == ("3", ["3.1"]), text
        assert "Ashvale Hospitals NHS Trust" in groups[-1].header


@pytest.mark.parametrize("row", addressees.ROLES, ids=_ids(addressees.ROLES))
def test_role(row):
    heading = re.sub(r"\s*should:?$", "", row.example)
    assert addressees.role_in(heading) == row


def test_paragraph_opening_with_a_percentage_in_run_together_text():
    """A finding may open with a figure ("2.1 89% of ..."): it is still the paragraph after 1.2."""
    text = (f"{TITLE} The report 1. Early help 1.1 Referrals explain the concern well. 1.2 Few GPs attend "
            "conferences. 2. Children in need 2.1 89% of assessments were on time. 2.2 Plans for children "
            "placed away were often late.")
    findings = parse_document(segment_stream(text), "x.txt", "0").findings
    assert [f.number for f in findings] == ["1.1", "1.2", "2.1", "2.2"]


def test_header_labels_run_into_their_values_without_separators():
    """A header printed with no colons or dashes, its line breaks lost: two-word labels, and one
    word before a date, still end the value before them; a bulleted list keeps its items."""
    header = parse_header("Area reviewed Ashvale Borough Council Fieldwork From 5 March 2018 to 9 March 2018 "
                          "Published 18.05.2018 Review team - Jo Bloggs (lead reviewer) - Ann Smith")
    assert header["local_authority"] == "Ashvale Borough Council"
    assert parse_review_dates(header["review_dates"]) == ("2018-03-05", "2018-03-09")
    assert header["published"] == "18.05.2018"
    from clasgraph.ingest.header import split_people
    assert split_people(header["inspectors"]) == ["Jo Bloggs", "Ann Smith"]


@pytest.mark.parametrize("row", [r for r in layout.GROUP_NUMBERS if r.pattern], ids=_ids([r for r in layout.GROUP_NUMBERS if r.pattern]))
def test_group_heading_without_verb_is_read_from_its_items(row):
    """Any numbering, then only who the group addresses ("2 – Thornbury Borough Council"): the
    items numbered "2.1", "2.2" after it make it the second group's heading, as printed and with
    its line breaks lost."""
    first, second = (re.sub(r"Ashvale CCGs?", who, re.sub(r" should:?$", "", re.sub(r"\d+", n, row.example, count=1)))
                     for n, who in (("1", "NHS Thornbury CCG"), ("2", "Thornbury Borough Council")))
    lines = (f"{TITLE}\n\nRecommendations\n\n{first}\n\n1.1 Check that every plan is reviewed.\n\n"
             f"1.2 Audit records.\n\n{second}\n\n2.1 Publish the waiting times.\n\nNext steps\n\nA plan.\n")
    for text in (lines, segment_stream(" ".join(lines.split()))):
        groups = parse_document(text, "x.txt", "0").recommendations
        assert [(g.number, g.header, [i.number for i in g.items]) for g in groups] == [
            ("1", "NHS Thornbury CCG", ["1.1", "1.2"]), ("2", "Thornbury Borough Council", ["2.1"])], text


ROLE_TIES = [  # (heading, a sentence of the report, the bodies the heading addresses)
    ("The Head of Children's Commissioning should:", ("The Head of Children's Commissioning, a post funded "
     "jointly by Thornbury Borough Council and the CCG, leads the work."), {"council", "ccg"}),
    ("The Head of Children's Commissioning should:", ("Thornbury Borough Council and the CCG jointly fund the "
     "post of Head of Children's Commissioning."), {"council", "ccg"}),
    ("The Head of Children's Commissioning should:", ("The Head of Children's Commissioning is a council "
     "employee who also works for the CCG."), {"council"}),
    ("The named GP for safeguarding should", "The named GP for safeguarding is a CCG appointment.", {"ccg"}),
    ("The Joint Commissioning Manager should", "The council and the CCG share a Joint Commissioning Manager.",
     {"council", "ccg"}),
    ("The Consultant in Public Health should", ("The Consultant in Public Health, on the council's staff, "
     "leads the commissioning of health visiting."), {"council"}),
    ("The designated doctor should", ("Thornbury Hospitals NHS Trust, the employer of the designated doctor, "
     "releases her for two sessions."), {"trust"}),
]


@pytest.mark.parametrize("heading, sentence, bodies", ROLE_TIES, ids=[s[:40] for _, s, _ in ROLE_TIES])
def test_a_role_heading_addresses_the_bodies_the_report_ties_the_role_to(heading, sentence, bodies):
    """A role is tied to its body or bodies by the forms of employing, paying for or sharing
    a post: a verb either way round, a nominal form, shares ("half by ... and half by ..."),
    a body listed with another, a body's kind as an adjective ("a council employee")."""
    from clasgraph.ingest.document import Document
    from clasgraph.ingest.organisations import OrgResolver

    orgs = OrgResolver()
    ids = {"ccg": orgs.add("NHS Thornbury CCG"), "council": orgs.add("Thornbury Borough Council"),
           "trust": orgs.add("Thornbury Hospitals NHS Trust")}
    found = addressees.addressees_of(heading, Document("x.txt", "0", context=[sentence]), orgs, "Thornbury")
    assert set(found) == {ids[b] for b in bodies}
