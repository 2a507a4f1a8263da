"""Header fields in both layouts, and the date forms reports use."""

from __future__ import annotations

import re

import pytest
from clasgraph.ingest.header import parse_date, parse_header, parse_review_dates, split_people
from clasgraph.ingest.structure import parse_document

#: CI's reverse-order run leaves these out (pyproject's slow marker): each reads invented or
#: copied text into a document or records of its own and keeps nothing, so no order changes them.
pytestmark = pytest.mark.slow

FLATTENED = """Review of Health Services for Children Looked After and Safeguarding in Rutland

Date of review:
Date of publication:
Name(s) of CQC inspector:
Provider services included:
CCGs included:
NHS England area:
CQC region:
22 nd July - 26 th July 2019
4 th October 2019
Sue Talbot Lee Carey Louise Holland Paula Morgan Lea Pickerill
University Hospitals of Leicester NHS Trust Leicestershire Partnership NHS Trust Midlands
Partnership NHS Foundation Trust Oakham Medical Practice Turning Point
NHS Leicester, Leicestershire and Rutland Clinical Commissioning Groups
Midlands region
Central region

Contents
"""


def test_flattened_header_from_pdf_text_gives_the_same_fields(sample_text):
    tabbed = parse_document(sample_text, "x.txt", "0").header
    flat = parse_document(FLATTENED, "x.pdf", "0").header
    for key in ("review_dates", "published", "inspectors", "providers", "ccgs",
                "nhs_england_area", "cqc_region"):
        assert " ".join(flat[key].split()) == " ".join(tabbed[key].split()), key


@pytest.mark.parametrize("text,start,end", [
    ("22 nd July - 26 th July 2019", "2019-07-22", "2019-07-26"),
    ("22nd – 26th July 2019", "2019-07-22", "2019-07-26"),
    ("22 to 26 July 2019", "2019-07-22", "2019-07-26"),
    ("30th September to 4th October 2019", "2019-09-30", "2019-10-04"),
    ("14th January – 18th January 2019", "2019-01-14", "2019-01-18"),
    ("26 July 2019", "2019-07-26", "2019-07-26"),
])
def test_review_dates(text, start, end):
    assert parse_review_dates(text) == (start, end)


def test_unreadable_dates_are_none():
    assert parse_date("sometime") is None
    assert parse_review_dates("") == (None, None)


def test_people_with_separators_and_titles():
    assert split_people("Sue Talbot, Lee Carey and Dr Jane Ng") == ["Sue Talbot", "Lee Carey", "Dr Jane Ng"]
    assert split_people("Sue Talbot Lee Carey") == ["Sue Talbot", "Lee Carey"]


# The same header as reports lay it out: values after a tab, after a colon, on the lines below
# their labels, and everything run together on one line before the contents list.
_FIELDS = [
    ("Date of review", "4th April 2016 to 8th April 2016"),
    ("Date of publication", "3rd June 2016"),
    ("Name(s) of CQC inspector", "Jo Bloggs, Ann Smith"),
    ("Provider services included", ("Sheffield Health and Social Care NHS Foundation Trust (SHSC)\n"
                                   "Sheffield Children's NHS Foundation Trust")),
    ("CCGs included", "NHS Sheffield CCG"),
    ("NHS England area", "North of England"),
    ("CQC region", "North"),
]
LAYOUTS = {
    "tab": "\n".join(f"{k}:\t{v}" for k, v in _FIELDS),
    "colon": "\n".join(f"{k}: {v}" for k, v in _FIELDS),
    "below": "\n".join(f"{k}:\n{v}" for k, v in _FIELDS),
    "one line": " ".join(f"{k}: {v}" for k, v in _FIELDS).replace("\n", " ") + " Contents Summary 3",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_header_in_every_layout(layout):
    from clasgraph.ingest.header import parse_header, split_included

    h = parse_header(LAYOUTS[layout])
    assert parse_review_dates(h["review_dates"]) == ("2016-04-04", "2016-04-08")
    assert parse_date(h["published"]) == "2016-06-03"
    assert split_people(h["inspectors"]) == ["Jo Bloggs", "Ann Smith"]
    assert split_included(h["providers"]) == [
        ("Sheffield Health and Social Care NHS Foundation Trust", "SHSC"),
        ("Sheffield Children's NHS Foundation Trust", None)]
    assert split_included(h["ccgs"]) == [("NHS Sheffield CCG", None)]
    assert (h["nhs_england_area"], h["cqc_region"]) == ("North of England", "North")


@pytest.mark.parametrize("text,start,end", [
    ("9 th March - 13 th March 2015", "2015-03-09", "2015-03-13"),
    ("3rd - 7th February 2014", "2014-02-03", "2014-02-07"),
    ("15 – 19 January 2018", "2018-01-15", "2018-01-19"),
    ("22nd July - th July 2019", "2019-07-22", "2019-07-26"),  # the end's day was lost
])
def test_review_dates_as_reports_write_them(text, start, end):
    assert parse_review_dates(text) == (start, end)


@pytest.mark.parametrize("title,area", [
    ("Review of health services for Children Looked After and Safeguarding in St. Helens", "St. Helens"),
    ("Review of health services for Children Looked After and Safeguarding in Brighton & Hove",
     "Brighton & Hove"),
    ("Review of health services for Children Looked After and Safeguarding in Kingston upon Thames",
     "Kingston upon Thames"),
    (("Review of Health Services for Children Looked After and Safeguarding in Rutland Children Looked "
     "After and Safeguarding The role of health services in Rutland"), "Rutland"),
])
def test_area_keeps_its_whole_name(title, area):
    from clasgraph.ingest.header import area_in

    assert area_in(title) == area


@pytest.mark.parametrize("text,start,end", [
    ("14 th July 18 th July 2014", "2014-07-14", "2014-07-18"),  # no dash
    ("9 th December th December 2013", "2013-12-09", "2013-12-13"),  # end day lost, no dash
    ("9th December - th December 2013", "2013-12-09", "2013-12-13"),
    ("June 11-15, 2018", "2018-06-11", "2018-06-15"),  # month first, as in US usage
    ("October 2, 2017 - October 6, 2017", "2017-10-02", "2017-10-06"),
    ("Between 2 and 6 October 2017", "2017-10-02", "2017-10-06"),
    ("9.6.2014 – 13.6.2014", "2014-06-09", "2014-06-13"),
])
def test_review_dates_without_a_dash(text, start, end):
    assert parse_review_dates(text) == (start, end)


@pytest.mark.parametrize("text", ["Monday 10 – Friday 14 November 2014", "Mon 10th - Fri 14th November 2014",
                                  "Monday, 10 November 2014 to Friday, 14 November 2014",
                                  "Monday 10 November – Friday 14 November 2014"])
def test_review_dates_with_the_days_names(text):
    """As one value, and in a flattened table whose values follow all its labels."""
    from clasgraph.ingest.header import parse_header

    assert parse_review_dates(text) == ("2014-11-10", "2014-11-14")
    flat = f"Date of review:\nDate of publication:\n{text}\nFri 23rd January 2015\n\nContents\n"
    assert parse_header(flat) == {"review_dates": text, "published": "Fri 23rd January 2015"}


@pytest.mark.parametrize("value", [
    "NHS England NHS Halton CCG NHS Knowsley CCG",
    "NHS England, NHS Halton CCG and NHS Knowsley CCG",
    "NHS England\nNHS Halton CCG\nNHS Knowsley CCG",
])
def test_a_ccg_list_after_nhs_england_is_not_one_name(value):
    from clasgraph.ingest.header import split_included

    assert split_included(value) == [("NHS England", None), ("NHS Halton CCG", None), ("NHS Knowsley CCG", None)]


@pytest.mark.parametrize("dash", ["-", "–", "•"])
def test_a_dashed_ccg_list_whose_line_breaks_were_lost_keeps_every_ccg_whole(dash):
    """An office-suite PDF may join a header's lines: "CCG - NHS Fenn CCG" inside the list is the
    end of one item and the bullet of the next, not a second "CCG –" label that cuts the list."""
    from clasgraph.ingest.header import split_included

    fields = parse_header(f"Date of review: 7 - 11 March 2016 CCGs included: {dash} NHS North Lea CCG {dash} "
                          f"NHS Fenn and Marsh CCG NHS England area: Midlands and East")
    assert [name for name, _ in split_included(fields["ccgs"])] == ["NHS North Lea CCG", "NHS Fenn and Marsh CCG"]
    assert fields["nhs_england_area"] == "Midlands and East"


def test_provider_names_broken_across_lines_are_whole():
    from clasgraph.ingest.header import split_included

    value = "Royal Cornwall Hospitals NHS\nTrust\nCornwall Partnership NHS Foundation\ntrust (CFT)\nKernow Health CIC"
    assert split_included(value) == [("Royal Cornwall Hospitals NHS Trust", None),
                                     ("Cornwall Partnership NHS Foundation trust", "CFT"),
                                     ("Kernow Health CIC", None)]


@pytest.mark.parametrize("value", [
    "Kestrel Borough Council 0-19 Service\nNorthpath Services Ltd\nAbbeygate Surgery",
    "Kestrel Borough Council 0-19 Service Northpath Services Ltd Abbeygate Surgery",
    "Kestrel Borough Council 0-25 Healthy Child Programme Northpath Services Ltd Abbeygate Surgery",
])
def test_the_body_after_a_councils_own_service_in_a_list_is_kept(value):
    """A council's service named by its ages ("0-19 Service") is the council's, not a body; a
    provider named after it when the list's line breaks are lost (an office-suite PDF) is
    still a provider, not dropped with the service."""
    from clasgraph.ingest.header import split_included

    assert split_included(value) == [("Kestrel Borough Council", None), ("Northpath Services Ltd", None),
                                     ("Abbeygate Surgery", None)]


_FLAT_LABELS = ["Date of review:", "Date of publication:", "Name(s) of CQC inspector:",
                "Provider services included:", "CCGs included:", "NHS England area:", "CQC region:"]
_FLAT_VALUES = ["22 nd July - 26 th July 2019", "4 th October 2019", "Sue Talbot Lee Carey Louise Holland",
                "Harbour Recovery\nAshvale Hospitals NHS\nTrust\nWendlow Park Medical Practice",
                "NHS North Ashvale CCG\nNHS Ashbury CCG", "Midlands region", "Central region"]
_FLAT_FIELDS = dict(zip(["review_dates", "published", "inspectors", "providers", "ccgs", "nhs_england_area",
                         "cqc_region"], _FLAT_VALUES))


def _flattened(order, extra=()):
    labels = [_FLAT_LABELS[i] for i in order] + [label for label, _ in extra]
    values = [_FLAT_VALUES[i] for i in order] + [value for _, value in extra]
    return "\n".join(labels) + "\n" + "\n".join(values) + "\n\nContents\n"


@pytest.mark.parametrize("order", [
    (0, 1, 2, 3, 4, 5, 6), (0, 1, 2, 4, 3, 5, 6), (0, 1, 5, 6, 2, 4, 3), (3, 4, 0, 1, 2, 5, 6),
    (0, 1, 3, 2, 4, 6, 5), (6, 5, 4, 3, 2, 1, 0), (2, 3, 0, 4, 1, 6, 5)])
def test_flattened_table_in_any_label_order(order):
    """All labels, then all values: providers and CCGs end where the next value's shape
    (dates, regions, people's names, CCGs) begins, whatever the labels' order."""
    from clasgraph.ingest.header import parse_header

    assert parse_header(_flattened(order)) == _FLAT_FIELDS


@pytest.mark.parametrize("extra, read", [
    ([("Local authority:", "Ashvale County Council")], {"local_authority": "Ashvale County Council"}),
    ([("Regional office (CQC):", "Bristol"), ("Lead, primary care:", "Dr A Ng")], {})])
def test_flattened_table_whose_last_labels_are_worded_otherwise(extra, read):
    """Labels clasgraph does not read, last in the list, once took the place of the first value
    and the whole header went unread (the local authority's is now read, as its own field)."""
    from clasgraph.ingest.header import parse_header

    assert parse_header(_flattened(range(7), extra)) == {**_FLAT_FIELDS, **read}


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4, 5, 6), (6, 5, 4, 3, 2, 1, 0), (2, 3, 0, 4, 1, 6, 5)])
def test_flattened_table_with_the_local_authority_among_its_labels(order):
    """The council's label first or among the others: its value ends at the word "Council"."""
    from clasgraph.ingest.header import parse_header

    labels = [_FLAT_LABELS[i] for i in order]
    values = [_FLAT_VALUES[i] for i in order]
    text = "\n".join(["Local authority:", *labels, "Ashvale County Council", *values]) + "\n\nContents\n"
    assert parse_header(text) == {**_FLAT_FIELDS, "local_authority": "Ashvale County Council"}


def test_a_label_clasgraph_does_not_read_ends_the_value_above_it():
    from clasgraph.ingest.header import parse_header

    h = parse_header("CQC region: Central\nLocal authority: Ashvale County Council\n"
                     "CCGs included: NHS North Ashvale CCG")
    assert (h["cqc_region"], h["ccgs"]) == ("Central", "NHS North Ashvale CCG")


@pytest.mark.parametrize("unit", ["Alpha Beta NHS Trust and ", "Alpha Beta NHS Trust\n", "Alpha Beta NHS Trust; "],
                         ids=["joined-by-and", "one-a-line", "semicolons"])
def test_a_hostile_provider_list_ten_times_the_reported_size_is_read_as_its_one_provider(sample_text, tmp_path, unit):
    """Issue 20: a provider list of 1,000 names (25 KB) took 41 s to read, the header reader
    compiling a pattern per candidate split. At 10,000 names the list is read, and read right:
    one body, named 10,000 times (bench/bench_hostile.py times it)."""
    from clasgraph import read_report

    value = (unit * 10_000).rstrip("\n")
    text = re.sub(r"(Provider services included:\t).*", lambda m: m.group(1) + value, sample_text, count=1)
    path = tmp_path / "rutland-hostile.txt"
    path.write_text(text, encoding="utf-8")
    records = read_report(path)
    included = {(e.props["role"], e.target) for e in records.edges if e.type == "INCLUDES"}
    assert included == {("provider", "alpha-beta-trust"), ("ccg", "leicester-leicestershire-and-rutland-ccgs")}
    assert len(records.edges_of("INCLUDES")) == 2


def test_runs_of_names_split_on_names_the_report_uses():
    """A header list run together, one of whose bodies has no closing word ("Riverstep"): the
    names the report uses elsewhere say where it splits; a name used alone only ever is one."""
    from clasgraph.ingest.header import split_included

    document = ("Riverstep, a voluntary sector organisation, sends youth workers to schools. Riverstep's "
                "assessments are thorough. Elmfield Road Practice has 9,000 patients.")
    assert split_included("Grey Friars Mental Health NHS FT Riverstep Elmfield Road Practice", document) == [
        ("Grey Friars Mental Health NHS FT", None), ("Riverstep", None), ("Elmfield Road Practice", None)]


@pytest.mark.parametrize("dates", ["6th to 10th March 2017", "Monday 10 – Friday 14 November 2014", "16-20 April 2018"])
def test_dates_before_a_label_clasgraph_does_not_know_on_the_same_line(dates):
    """A header whose line breaks were lost: the dates are read up to an unknown label."""
    from clasgraph.ingest.header import parse_header

    h = parse_header(f"Dates of the review: {dates} Signed off by the panel: Jo Bloggs "
                     "CQC inspectors: Ann Smith, Tom Reid")
    assert (h["review_dates"], h["inspectors"]) == (dates, "Ann Smith, Tom Reid")


@pytest.mark.parametrize("printed", [
    "Date of review:\n10 – 14 June 2019\nPublished:\n2 August 2019\nVisiting inspectors:\nJo Bloggs, Ann Smith\n",
    "Date of review:\nPublished:\nVisiting inspectors:\n10 – 14 June 2019\n2 August 2019\nJo Bloggs, Ann Smith\n",
    "Date of review:\t10 – 14 June 2019\nPublished:\t2 August 2019\nVisiting inspectors:\tJo Bloggs, Ann Smith\n",
    "Date of review: 10 – 14 June 2019 Published: 2 August 2019 Visiting inspectors: Jo Bloggs, Ann Smith",
], ids=["value-below", "flattened-table", "tab", "one-line"])
def test_words_before_a_label_are_more_of_the_label_not_the_end_of_the_value_above(printed):
    """A label with a word of its own before the words clasgraph knows ("Visiting inspectors:",
    "Reviewing inspectors:"): the word is not read as the end of the date above it."""
    assert parse_header(printed) == {"review_dates": "10 – 14 June 2019", "published": "2 August 2019",
                                     "inspectors": "Jo Bloggs, Ann Smith"}


def test_a_label_that_names_who_provides_before_the_bodies_is_all_label_on_one_line():
    """"Providers of health services reviewed:" after the inspectors on one line (a PDF's or a
    copy's header): "Providers of" is the label's, not the last inspector's surname."""
    h = parse_header("Inspectors on this review: Ann Smith, Tom Reid Providers of health services reviewed: "
                     "Ashvale Hospitals NHS Trust; Elm Bank Surgery Commissioning body reviewed: NHS Ashvale CCG")
    assert (h["inspectors"], h["providers"], h["ccgs"]) == (
        "Ann Smith, Tom Reid", "Ashvale Hospitals NHS Trust; Elm Bank Surgery", "NHS Ashvale CCG")


@pytest.mark.parametrize("front", [
    "Children Looked After and Safeguarding\nThe role of health services in Westby\nSecond review",
    "Review of Health Services for Children Looked After\nand Safeguarding in Westby",
], ids=["area-line-in-the-title-block", "title-wrapped"])
def test_the_area_is_read_where_the_title_block_holds_more_than_the_title(front):
    """The first block of a report may hold more lines than its title: the line naming the
    area under it, or the title's second half. Both name the area; before, the block's other
    lines were dropped and such a report was refused ("no area found in the title")."""
    from clasgraph.ingest.extract import report_area

    doc = parse_document(f"{front}\n\nDate of review: 4 May 2019\nPublished: 2 July 2019\n\nThe report\n\n"
                         "1. Early help\n\n1.1 A finding.\n", "x.txt", "0")
    assert (report_area(doc), doc.header["published"]) == ("Westby", "2 July 2019")


@pytest.mark.parametrize("label", [
    "Providers whose services were reviewed –", "Organisations that we visited:", "Trusts which took part:",
    "Providers we reviewed:"])
def test_a_label_that_says_the_bodies_were_taken_in_with_a_relative_clause(label):
    """"Providers whose services were reviewed –" with the bodies on the lines below: before,
    the bodies were read as more inspectors."""
    h = parse_header(f"Review team – Jo Bloggs (lead reviewer); Ann Smith\n{label}\n"
                     "Ashvale Hospitals NHS Trust\nElm Bank Surgery\nLocal authority – Ashvale County Council")
    assert (h["inspectors"], h["providers"]) == ("Jo Bloggs (lead reviewer); Ann Smith",
                                                 "Ashvale Hospitals NHS Trust\nElm Bank Surgery")


def test_a_header_whose_columns_are_aligned_with_spaces():
    # a front page typed as two columns of capitals, values aligned by spaces, providers numbered "(1)"
    front = ("Review of health services for Children Looked After and Safeguarding in Kestrel Vale\n\n"
             "VISIT DATES        3 June 2019 – 7 June 2019\n"
             "PUBLISHED          2 August 2019\n"
             "PROVIDERS\n  (1) Kestrel Vale Hospitals NHS Trust (KVH)\n  (2) Riverstep\n"
             "CCG                NHS Kestrel Vale CCG (KVCCG)\n"
             "NHS ENGLAND        NHS England North region\n"
             "CQC DEPUTY CHIEF INSPECTOR, PRIMARY MEDICAL SERVICES    Dr Jo Bloggs\n\n"
             "Why we visited\n\nA paragraph about the review.\n\nContext of the review\n\nKestrel Vale is a town.\n")
    from clasgraph.ingest.extract import included_bodies

    doc = parse_document(front, "k.txt", "0" * 64)
    assert doc.header["ccgs"] == "NHS Kestrel Vale CCG (KVCCG)"
    assert doc.header["nhs_england_area"] == "NHS England North region"
    assert doc.header["deputy_chief_inspector"] == "Dr Jo Bloggs"
    assert [(name, short) for _, name, short, _ in included_bodies(doc)] == [
        ("Kestrel Vale Hospitals NHS Trust", "KVH"), ("Riverstep", None), ("NHS Kestrel Vale CCG", "KVCCG")]
