"""The roster: which bodies a report names, and which body each mention means.

Sentences are invented in the shape of the constructions (never copies of corpus sentences);
outcomes are the bodies a reader would list by hand.
"""

from __future__ import annotations

import pytest
from clasgraph.ingest.organisations import (
    OrgResolver,
    appositive_kinds,
    discover,
    org_spans,
    referents,
)
from clasgraph.ingest.rules.bodies import FOLLOWING, PRECEDING


def _named(text: str, roster: OrgResolver | None = None, area: str = "Westby") -> list[str]:
    """The names of the bodies found in ``text``, where the grammar says a body may stand."""
    roster = roster or OrgResolver()
    discover(text, roster)
    return [text[s:e] for s, e, _ in org_spans(text, roster, area, new_names=True)]


@pytest.mark.parametrize("row", PRECEDING, ids=lambda r: r.example[:50])
def test_preceding_row(row):
    roster = OrgResolver()
    appositive_kinds(row.example, roster)
    assert [o.kind for o in roster.orgs.values()] == [row.kind]


@pytest.mark.parametrize("row", FOLLOWING, ids=lambda r: r.example[:50])
def test_following_row(row):
    """A name before what only a body does is a body, though no organisation word ends it."""
    roster = OrgResolver()
    appositive_kinds(row.example, roster)
    assert [(o.name, o.kind) for o in roster.orgs.values()] == [(row.example.split(" ceased")[0].split(" lost")[0], row.kind)]


def test_a_service_before_what_only_a_body_does_is_no_body():
    roster = OrgResolver()
    appositive_kinds("The Family Nurse Partnership lost the contract in 2017.", roster)
    appositive_kinds("In 2016 Harbour Young People's Project ceased trading.", roster)
    assert [o.name for o in roster.orgs.values()] == ["Harbour Young People's Project"]


def test_table_cells_run_together_name_each_body_once():
    # a flattened "Service / Commissioner / Provider" table: every cell on one line
    text = ("Service Commissioner Provider Children's ward, Westby General Infirmary NHS Westby CCG "
            "Westby Teaching Hospitals NHS Foundation Trust (WTH) Walk-in centre, Mill Lane NHS Westby CCG WTH")
    roster = OrgResolver()
    discover(text, roster)
    org_spans(text, roster, "Westby", new_names=True)
    assert sorted(o.name for o in roster.orgs.values()) == [
        "NHS Westby CCG", "Westby Teaching Hospitals NHS Foundation Trust"]


def test_a_service_cell_run_into_a_council_is_the_council():
    text = "Family Nurse Partnership Westby County Council Acme Health CIC"
    roster = OrgResolver()
    discover(text, roster)
    assert sorted(o.name for o in roster.orgs.values()) == ["Acme Health CIC", "Westby County Council"]


@pytest.mark.parametrize("text,names", [
    ("Dental services fall to NHS England's Northern area team.", ["NHS England"]),
    ("In the neighbouring city of Westby, Acme Partnership NHS Trust runs the clinic.",
     ["Acme Partnership NHS Trust"]),
    ("Although Acme Trust and the council agreed a plan, nothing changed.", ["Acme Trust", "the council"]),
    ("The Family Nurse Partnership (FNP) visits young mothers.", []),
    ("Child and Adolescent Mental Health Services (CAMHS) are provided by Acme Care Trust.", ["Acme Care Trust"]),
    ("The clinic is staffed by Kingfisher Forensic Services under a contract.", ["Kingfisher Forensic Services"]),
    ("Adult mental health care is run by Eastwell Healthcare FT.", ["Eastwell Healthcare FT"]),
    ("Clinics are run by Eastwell Health Community Interest Company.", ["Eastwell Health Community Interest Company"]),
    # a plural's apostrophe inside a name, and a cooperative (session 28)
    ("The rota passed to Eastwell Doctors' Cooperative in 2017.", ["Eastwell Doctors' Cooperative"]),
    ("The rota is run by the Eastwell GP Co-operative.", ["Eastwell GP Co-operative"]),
    ("The CCGs' designated nurse chairs the group.", []),
    ("Young Carers' Westby Care NHS Trust clinic is run by Acme Trust.", ["Acme Trust"]),  # no body "Carers' Westby ..."
])
def test_bodies_a_sentence_names(text, names):
    roster = OrgResolver()
    roster.add("Westby Borough Council")
    assert _named(text, roster) == names


def test_a_place_in_apposition_is_not_a_practice():
    roster = OrgResolver()
    text = "We visited Brook Lane Surgery in Eastwell, a practice of 7,200 patients."
    discover(text, roster)
    appositive_kinds(text, roster)
    assert [o.name for o in roster.orgs.values()] == []  # Brook Lane Surgery is read where a body stands


def test_an_abbreviation_never_defined_is_the_body_of_its_initials():
    roster = OrgResolver()
    trust = roster.add("Eastwell Valley Hospitals NHS Trust")
    discover("EVH midwives see every woman at booking.", roster)
    assert roster.resolve("EVH") == trust


def test_initials_of_the_words_of_a_kind_are_the_one_body_of_that_kind():
    """"the MBC", "ICT-delivered": the initials of the words saying what the body is, its place left
    out, where one known body has them; none where two do, or the words are only two letters."""
    roster = OrgResolver()
    council = roster.add("Eastwell Metropolitan Borough Council")
    trust = roster.add("Wrayford Integrated Care NHS Trust")
    discover("The MBC buys health visiting; the CC funds it. Wrayford Integrated Care NHS Trust (the ICT) runs it.", roster)
    assert (roster.resolve("MBC"), roster.resolve("ICT"), roster.resolve("CC")) == (council, trust, None)
    other = OrgResolver()  # initials that mean something else, or a kind of body
    other.add("Wrayford Integrated Care NHS Trust"), other.add("Westby Primary Care Trust")
    discover("The ICT systems were not linked; a PCT commissioned it.", other)
    assert (other.resolve("ICT"), other.resolve("PCT")) == (None, None)
    discover("The Westby PCT CAMHS team moved. NHS Eastwell Clinical Commissioning Group ... Eastwell CCG pays.", other)
    assert other.resolve("Westby PCT") == other.resolve("Westby Primary Care Trust") is not None
    assert other.resolve("Eastwell CCG") == other.resolve("NHS Eastwell Clinical Commissioning Group") is not None
    two = OrgResolver()
    two.add("Eastwell Metropolitan Borough Council"), two.add("Westby Metropolitan Borough Council")
    discover("The MBC buys health visiting.", two)
    assert two.resolve("MBC") is None


def test_a_grant_holder_in_apposition_is_a_body_but_a_council_stays_a_council():
    roster = OrgResolver()
    council = roster.add("Westby Council")
    appositive_kinds("Westby Council, the grant holder, passes the grant on. Harbour Young People's Service, the "
                     "2015 grant holder, closed.", roster)
    assert roster.kind(council) == "local-authority"
    assert roster.kind(roster.resolve("Harbour Young People's Service")) == "provider"


def test_a_short_name_defined_with_the_is_the_body_it_follows():
    roster = OrgResolver()
    discover("Wrayford Care NHS Trust (the WCT) runs it; NHS Westby CCG (the CCG) pays. NHSE buys dental care.", roster)
    assert roster.resolve("WCT") == roster.resolve("Wrayford Care NHS Trust")
    assert roster.resolve("CCG") is None  # a reference to the kind, not a short name
    assert roster.resolve("NHSE") == roster.resolve("NHS England")


def test_an_area_name_is_a_place_not_the_trust_named_after_it():
    roster = OrgResolver()
    roster.add("Eastwell Valley Hospitals NHS Trust")
    roster.add("NHS Eastwell Valley CCG")
    roster.add("Eastwell Valley County Council")
    assert roster.resolve("Eastwell Valley") is None
    assert _named("Eastwell Valley has a young population.", roster, "Eastwell Valley") == []


def test_the_ccg_among_several_is_the_one_the_header_includes():
    roster = OrgResolver()
    old = [roster.add("NHS North Eastwell CCG"), roster.add("NHS South Eastwell CCG")]
    new = roster.add("NHS Eastwell CCG")
    roster.orgs[new].included = True
    assert referents(roster, "ccg", "Eastwell") == [new] and new not in old


def test_the_ccg_among_several_all_included_is_the_one_named_after_the_area():
    """Session 23 (batteries AB and AC): a review of an area among neighbouring CCGs, all in the
    header, says "the CCG" for the area's own; none is meant where none or two bear the area's name."""
    roster = OrgResolver()
    ids = [roster.add(n) for n in ("NHS Eastwell CCG", "NHS Upper Lidd CCG", "NHS Lower Lidd CCG")]
    for org in ids:
        roster.orgs[org].included = True
    assert referents(roster, "ccg", "Eastwell") == [ids[0]]
    assert referents(roster, "ccg", "Lidd") == [] and referents(roster, "ccg", "Westford") == []
    board = roster.add("NHS Cornwall and Isles of Scilly ICB")  # an ICB is no CCG
    roster.orgs[board].included = True
    assert referents(roster, "ccg", "Cornwall") == []
    roster.add("NHS Eastwell ICB")  # the area's CCG and the ICB after it: "the CCG" is the CCG, "the ICB" the ICB
    assert referents(roster, "ccg", "Eastwell") == [ids[0]]


def test_a_body_referred_to_by_the_last_word_of_its_name():
    roster = OrgResolver()
    fed = roster.add("Vennershire Practices Federation")
    roster.add("North Venn GP Network")
    assert [o for _, _, o in org_spans("The federation fields the GP rota.", roster, "Vennershire")] == [fed]
    assert org_spans("The federation model is new.", roster, "Vennershire") == []  # a word of a service
    roster.add("South Venn Practices Federation")  # two fit: neither is meant
    assert org_spans("The federation fields the GP rota.", roster, "Vennershire") == []


def test_a_body_referred_to_by_the_kind_its_name_ends_with():
    """ "the CIC", "the GP confederation": the one body whose name ends so (session 30); none where two
    fit. ("the charity", "the company" are left: a report says them of a body it has just named.)"""
    roster = OrgResolver()
    cic = roster.add("Ferrow Health CIC")
    confederation = roster.add("Vennershire GP Confederation")
    roster.add("Vennershire Community Health NHS Trust")
    assert [o for _, _, o in org_spans("The CIC took on the 0-19 service.", roster, "Vennershire")] == [cic]
    assert [o for _, _, o in org_spans("The GP confederation runs the hub.", roster, "Vennershire")] == [confederation]
    collaborative = roster.add("Vennershire GP Collaborative")  # any case, as names are written (session 33)
    assert [o for _, _, o in org_spans("The GP Collaborative runs the hub.", roster, "Vennershire")] == [collaborative]
    assert org_spans("The collaborative contract is new.", roster, "Vennershire") == []  # a word, not the body
    roster.add("Brightwater Care CIC")  # two fit: neither is meant
    assert org_spans("The CIC took on the 0-19 service.", roster, "Vennershire") == []


@pytest.mark.parametrize("role", ["the Director of Public Health", "The Consultant in Public Health for Children",
                                  "the Deputy Director of Public Health", "the Head of Public Health"])
def test_a_public_health_role_is_the_council(role):
    roster = OrgResolver()
    council = roster.add("Eastwell Borough Council")
    text = f"We told {role} about the waits at the end of the review."
    assert [org for _, _, org in org_spans(text, roster, "Eastwell")] == [council]


@pytest.mark.parametrize("text,kind", [
    ("The clinical commissioning group funds the nurses.", "ccg"),
    ("The local CCG funds the nurses.", "ccg"),
    ("The unitary authority funds the nurses.", "local-authority"),
    ("The borough council funds the nurses.", "local-authority"),
])
def test_a_body_referred_to_by_its_kind(text, kind):
    roster = OrgResolver()
    ccg, council = roster.add("NHS Eastwell CCG"), roster.add("Eastwell Borough Council")
    assert [org for _, _, org in org_spans(text, roster, "Eastwell")] == [ccg if kind == "ccg" else council]


def test_a_council_by_its_abbreviated_tier_is_the_council():
    roster = OrgResolver()
    council = roster.add("Eastwell Metropolitan Borough Council")
    assert _named("Eastwell MBC is the local authority.", roster, "Eastwell") == ["Eastwell MBC", "the local authority"]
    assert roster.resolve("Eastwell MBC") == council


# role9: a glossary of short names
@pytest.mark.parametrize("text,short,meant", [
    ("Ashmoor is Ashmoor Valley Community NHS Trust; AVH is Ashmoor Valley Hospitals NHS Trust.",
     "Ashmoor", "Ashmoor Valley Community NHS Trust"),
    ("Ashmoor is Ashmoor Valley Community NHS Trust; AVH is Ashmoor Valley Hospitals NHS Trust.",
     "AVH", "Ashmoor Valley Hospitals NHS Trust"),
    ("Services are listed below. KMP stands for Kellow Mental Health Partnership NHS Foundation Trust.",
     "KMP", "Kellow Mental Health Partnership NHS Foundation Trust"),
])
def test_glossary_gives_short_names(text, short, meant):
    roster = OrgResolver()
    discover(text, roster)
    assert roster.orgs[roster.resolve(short)].name == meant


@pytest.mark.parametrize("text", [
    "Ashmoor is Ashmoor Valley Community NHS Trust's largest site.",  # no glossary: the name runs on
    "Riverside is a small town served by Ashmoor Valley Community NHS Trust.",  # a place, not a short name
    "The trust is Ashmoor Valley Community NHS Trust.",  # "the trust" is no name
])
def test_no_short_name_without_a_glossary(text):
    roster = OrgResolver()
    discover(text, roster)
    assert [sorted(o.aliases) for o in roster.orgs.values()] == [[]]


def test_a_region_in_brackets_and_a_post_with_its_short_name_are_no_bodies():
    # "NHS England (London) (NHSE)": London is NHS England's region, NHSE its short name;
    # "the council's Director of Public Health (DPH)": a post of the council, no body of its own
    from clasgraph.ingest.organisations import OrgResolver, discover

    orgs = OrgResolver()
    discover("NHS England (London) (NHSE) commissions dental care. We told Westford City Council's Director of "
             "Public Health (DPH). Harbourlight Children's Health CIC (Harbourlight) runs school nursing.", orgs)
    names = {o.name: sorted(o.aliases) for o in orgs.orgs.values()}
    assert names["NHS England"] == ["NHSE"]
    assert names["Harbourlight Children's Health CIC"] == ["Harbourlight"]
    assert not any("Director" in n for n in names)


def test_a_provider_is_found_by_the_leading_words_of_its_name():
    """A report may call "Holmroyd Teaching Hospitals NHS Foundation Trust" "Holmroyd" without
    defining it: the words before what kind of body it is, where no other body's name begins with
    them; never the area's name, nor a council's or CCG's leading place."""
    roster = OrgResolver()
    trust = roster.add("Holmroyd Teaching Hospitals NHS Foundation Trust", kind="foundation-trust")
    roster.add("Thornsby Community Health NHS Trust", kind="nhs-trust")
    roster.add("NHS Thornsby CCG", kind="ccg")
    spans = org_spans("Holmroyd runs the ward; Thornsby families use it.", roster, "Thornsby")
    assert [o for _, _, o in spans] == [trust]
    assert org_spans("Families in Holmroyd use it.", roster, "Holmroyd") == []


@pytest.mark.parametrize("text", [
    "Patients of Kilnhouse Surgery, which closed in 2015, are now registered with Brookfold Medical Group.",
    "Staff of Kilnhouse Surgery described the closure.",
])
def test_the_people_of_a_body_opening_a_sentence_are_no_part_of_its_name(text):
    """"Patients of A", "Staff of A": the body is A, not a new body named "Patients of A"."""
    roster = OrgResolver()
    roster.add("Kilnhouse Surgery")
    named = _named(text, roster)
    assert named[0] == "Kilnhouse Surgery" and not any(n.startswith(("Patients", "Staff")) for n in named)


@pytest.mark.parametrize("text,later,meant", [
    # session 27: a body described just after its name, as the report goes on to call it
    ("Ambury Healthcare NHS Foundation Trust is the mental health trust for the county.",
     "The mental health trust runs CAMHS.", "ambury-healthcare-trust"),
    ("Ambury Healthcare NHS Foundation Trust, the acute trust, runs the emergency department.",
     "Waits at the acute trust are long.", "ambury-healthcare-trust"),
    ("Fenwick Care (the community provider) employs the school nurses.",
     "The community provider also runs health visiting.", "fenwick-care"),
])
def test_a_body_described_after_its_name_is_the_body_its_description_means(text, later, meant):
    roster = OrgResolver()
    roster.add("Fenwick Care")  # a provider the header lists, known before the text is read (extract.build_roster)
    discover(text, roster)
    assert [o for *_, o in org_spans(later, roster, "Westby")] == [meant]


def test_a_description_two_bodies_share_means_neither():
    roster = OrgResolver()
    text = "Ambury Healthcare NHS Foundation Trust, the local trust, met Fenwick NHS Trust, the local trust, in May."
    discover(text, roster)
    assert org_spans("The local trust was praised.", roster, "Westby") == []


def test_a_company_named_without_its_legal_form_is_one_body():
    """"Foxleigh Dental Care" for "Foxleigh Dental Care Ltd": the whole name, not its short name
    and then "Dental Care" taken for another body; not where what is left names a site."""
    roster = OrgResolver()
    company = roster.add("Foxleigh Dental Care Ltd")
    roster.add("Carnwethy District Hospital NHS Trust")
    text = "Foxleigh Dental Care provides the checks at Carnwethy District Hospital."
    assert [(text[s:e], o) for s, e, o in org_spans(text, roster, "Westby", new_names=True)][:1] == [
        ("Foxleigh Dental Care", company)]
    assert [o for *_, o in org_spans(text, roster, "Westby", new_names=True)].count(company) == 1
    assert not any(text[s:e] == "Carnwethy District Hospital" for s, e, _ in org_spans(text, roster, "Westby"))
    # not where what is left is common words, which prose uses in lower case ("community dental services")
    roster.add("Community Dental Services CIC")
    assert org_spans("Children had good access to community dental services.", roster, "Westby") == []


def test_a_hospital_trusts_town_alone_is_the_town():
    """"Redstow has a sexual health clinic": the town, not "Redstow General Hospitals NHS Foundation
    Trust" (tried in session 29 and taken out: a second reader found the town read as the trust)."""
    roster = OrgResolver()
    roster.add("Redstow General Hospitals NHS Foundation Trust", kind="foundation-trust")
    assert org_spans("Redstow has a sexual health clinic, open three days a week.", roster, "Ellenshire") == []
    assert org_spans("The Stanwick site runs the unit.", roster, "Ellenshire") == []


def test_a_role_before_a_name_is_no_part_of_it():
    """"Provider Aldenby Hospitals NHS Trust holds the contract": the trust, not a new body."""
    roster = OrgResolver()
    trust = roster.add("Aldenby Hospitals NHS Trust")
    text = "Provider Aldenby Hospitals NHS Trust holds the maternity contract."
    assert [(text[s:e], o) for s, e, o in org_spans(text, roster, "Westby", new_names=True)] == [
        ("Aldenby Hospitals NHS Trust", trust)]


def test_an_abbreviation_after_a_site_and_a_comma_names_the_body_after_the_comma():
    """"At Kilnbury General Hospital, Kilnbury Hospitals NHS Trust (KHT) runs ...": KHT is the trust,
    and no body is named "Kilnbury General Hospital, Kilnbury Hospitals NHS Trust"."""
    roster = OrgResolver()
    trust = roster.add("Kilnbury Hospitals NHS Trust")
    discover("At Kilnbury General Hospital, Kilnbury Hospitals NHS Trust (KHT) runs the emergency department.", roster)
    assert list(roster.orgs) == [trust]
    assert [o for *_, o in org_spans("KHT runs it.", roster, "Ellerstow")] == [trust]
