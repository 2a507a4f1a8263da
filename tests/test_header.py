"""Header fields in both layouts, and the date forms reports use."""

from __future__ import annotations

import pytest
from clasgraph.ingest.header import parse_date, parse_review_dates, split_people
from clasgraph.ingest.structure import parse_document

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
