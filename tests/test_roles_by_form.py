"""Roles read by form through the whole reader (role9): a context laid out as a TAB table, a
label-value block, names run together without a verb, and prose whose idiom no lexicon row
lists. Each passage is invented in the construction's shape (never a corpus sentence) and read as
the context of a review of its own (tests/battery.py), with what a reader would list by hand.
"""

from __future__ import annotations

import pytest
from battery import read

#: An invented area: its bodies (as the battery format names them) and services.
AREA = {
    "area": "Brackwater",
    "bodies": {
        "council": {"name": "Brackwater Borough Council", "aliases": [], "kind": "council"},
        "ccg": {"name": "NHS Brackwater CCG", "aliases": [], "kind": "ccg"},
        "nhse": {"name": "NHS England", "aliases": [], "kind": "nhs-england"},
        "ht": {"name": "Heronsgate Community NHS Trust", "aliases": ["HCT"], "kind": "trust"},
        "sail": {"name": "Sailmakers Recovery", "aliases": [], "kind": "charity"},
    },
    "services": {"HV": ["health visit"], "SN": ["school nurs"], "CAMHS": ["camhs", "adolescent mental"],
                 "SM": ["drug and alcohol", "substance"], "SARC": ["sexual assault"], "DSN": ["designated"]},
}

PASSAGES = [
    # a TAB table under a caption that names the commissioner; a column of values passed over
    (("Brackwater Borough Council public health contracts, 2020\nService\tHolder\tAnnual value\n"
     "Health visiting\tHCT\t£3.1m\nSchool nursing\tHCT\t£1.2m"),
     {"commissions": {("council", "HV"), ("council", "SN")}, "provides": {("ht", "HV"), ("ht", "SN")}}),
    # a TAB table with role columns of its own
    (("Service\tFunded by\tRun by\nCAMHS\tNHS Brackwater CCG\tHCT\nDrug and alcohol service\tBrackwater Borough Council\t"
     "Sailmakers Recovery"),
     {"commissions": {("ccg", "CAMHS"), ("council", "SM")}, "provides": {("ht", "CAMHS"), ("sail", "SM")}}),
    # a label-value block, the commissioner's label before the service's line
    (("Funder: Brackwater Borough Council\nService: drug and alcohol service for young people\n"
     "Operator: Sailmakers Recovery\nTerm: 2019 to 2024"),
     {"commissions": {("council", "SM")}, "provides": {("sail", "SM")}}),
    # names without a verb: a body opening each block, its services below
    (("Providers and their services\nHeronsgate Community NHS Trust (HCT)\nHealth visiting\nSchool nursing\n"
     "Sailmakers Recovery\nDrug and alcohol service"),
     {"provides": {("ht", "HV"), ("ht", "SN"), ("sail", "SM")}}),
    # prose in idioms no row lists: the kind of the subject and the field of the words
    ("NHS England picks up the tab for the sexual assault referral centre, and HCT now answers for CAMHS.",
     {"commissions": {("nhse", "SARC")}, "provides": {("ht", "CAMHS")}}),
    # an ordinal object pointing back to the services the sentence before listed (session 10)
    (("Health visiting, school nursing and the drug and alcohol service are all HCT services. NHS Brackwater CCG "
      "pays for the last one; the first two are met from the public health grant."),
     {"commissions": {("ccg", "SM")}, "provides": {("ht", "HV"), ("ht", "SN"), ("ht", "SM")}}),
    # a paying verb that ends in "for", its object the post named before (session 10)
    ("The designated nurse is employed by HCT; NHS Brackwater CCG foots the bill for her post.",
     {"commissions": {("ccg", "DSN")}, "provides": {("ht", "DSN")}}),
    # negatives: a denial, a plan, a past holder, a provider doing what is no provision
    ("NHS Brackwater CCG does not pay for the sexual assault referral centre.", {}),
    ("Sailmakers Recovery hopes to look after school nursing from next year.", {}),
    ("HCT previously answered for the drug and alcohol service.", {}),
    ("Sailmakers Recovery refers young people to CAMHS and attends the CAMHS panel.", {}),
]


@pytest.mark.parametrize("text,wanted", PASSAGES, ids=lambda v: v[:50] if isinstance(v, str) else "")
def test_roles_by_form_through_the_reader(text, wanted):
    found = read(AREA, {"id": "x", "in": "context", "text": text})
    assert {k: found[k] for k in ("commissions", "provides")} == {
        "commissions": wanted.get("commissions", set()), "provides": wanted.get("provides", set())}
