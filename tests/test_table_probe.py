"""A probe report written in tables and label lines (tests/probes/tables, session 16): the pairs of
body, service and role its writer lists, read from the text form.

The writer, who never read the code, listed every pair the Context of the review states; each is
checked here as the writer listed it. Pairs the reader does not read yet are strict expected
failures: they fail the day they are read, and are then moved up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PROBE = Path(__file__).resolve().parent / "probes" / "tables" / "lowfield-2015.txt"
NORTH, SOUTH = "north-lowfield-ccg", "south-lowfield-and-marrick-ccg"
ACUTE, COMMUNITY, MENTAL = ("lowfield-and-harrowgate-hospitals-trust", "lowfield-community-health-services-trust",
                            "fennick-valley-partnership-trust")
COUNCIL, CHARITY, CIC, ENGLAND = "lowfield-county-council", "brightways-lowfield", "pathwell-health-cic", "nhs-england"
MEDICAL_CENTRE, SURGERY = "saltmarsh-medical-centre", "abbeygate-surgery"
C, P = "COMMISSIONS", "PROVIDES"

#: The writer's list (README "Every (body, service, role) pair"), by table.
READ = [
    # Service | Money | Delivery
    (C, NORTH, "emergency-department"), (C, SOUTH, "emergency-department"), (P, ACUTE, "emergency-department"),
    (C, SOUTH, "maternity"), (P, ACUTE, "maternity"), (C, NORTH, "minor-injuries-unit"),
    (P, MEDICAL_CENTRE, "minor-injuries-unit"),
    # Service | Paid for by | Run by | Since
    (C, COUNCIL, "school-nursing"), (P, COMMUNITY, "school-nursing"), (C, COUNCIL, "substance-misuse"),
    (P, CHARITY, "substance-misuse"), (C, COUNCIL, "sexual-health"), (P, CIC, "sexual-health"), (P, ACUTE, "sexual-health"),
    # "Health visiting: funded by A; delivered by B" (the first line after a TAB table) and "Family
    # Nurse Partnership (Kingsmere only): funded by A; delivered by B"
    (C, ENGLAND, "health-visiting"), (P, COMMUNITY, "health-visiting"),
    (C, ENGLAND, "family-nurse-partnership"), (P, COMMUNITY, "family-nurse-partnership"),
    # Tier | Paid for by
    (C, NORTH, "camhs"), (C, SOUTH, "camhs"),
    # a table of tiers paid for, then "Tier 2 operator: A" lines (read since session 30, when "tier 4"
    # became a name of CAMHS)
    (C, ENGLAND, "camhs"), (P, CIC, "camhs"), (P, MENTAL, "camhs"),
    # Service | Contract holder | Staff employer
    (C, NORTH, "looked-after-childrens-health"), (P, COMMUNITY, "looked-after-childrens-health"),
    (C, NORTH, "designated-professionals"), (P, ACUTE, "designated-professionals"),
]
NOT_YET = [
    # "NHS England (area team) as contract holder; 64 practices, A and B among them"
    (C, ENGLAND, "general-practice"),
    (P, SURGERY, "general-practice"), (P, MEDICAL_CENTRE, "general-practice"), (C, ENGLAND, "immunisation"),
    # a table of tiers paid for, then "Tier 2 operator: A" lines
    (C, COUNCIL, "camhs"),
    # a table of bodies and their responsibilities: "Mental health, children and adults"
    (P, MENTAL, "adult-mental-health"),
]


@pytest.fixture(scope="module")
def read_pairs():
    from clasgraph import read_report

    records = read_report(PROBE)
    return {(e.type, e.source, e.target.split(":")[-1]) for e in records.edges if e.type in (C, P)}


@pytest.mark.parametrize("pair", [*READ, *(pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="not read yet"))
                                           for p in NOT_YET)], ids=lambda p: "-".join(p))
def test_the_pair_the_writer_lists_is_read(read_pairs, pair):
    assert pair in read_pairs
