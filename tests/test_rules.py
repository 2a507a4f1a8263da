"""Every row of the rules tables, run through the real extraction on its own example sentence.

The examples are written for the tables in ordinary phrasings; none is copied from a report.
"""

from __future__ import annotations

import re

import pytest
from clasgraph.ingest.extract import escalations_in, told_by_form, told_in_finding
from clasgraph.ingest.organisations import OrgResolver, appositive_kinds, kind_of, org_id, org_spans
from clasgraph.ingest.polarity import polarity
from clasgraph.ingest.references import mentions, relation_of
from clasgraph.ingest.relations import relations_in, successions_in
from clasgraph.ingest.rules.bodies import APPOSITIVE, NAMED
from clasgraph.ingest.rules.cues import (
    ALSO_AN_INTERVIEW,
    ASKED_THE_REVIEW,
    COMMUNICATION,
    EARLIER,
    FEWER_IS_BETTER,
    FIGURE_DOWN,
    FIGURE_UP,
    KIND_REFERENCES,
    MOVES,
    NOT_NOW,
    NOT_TOLD,
    NOW_LABEL,
    NOW_MARKS,
    POLARITY,
    POST_THAT_COMMISSIONS,
    REPORTED_THEN,
    REVIEW_FINDS,
    REVIEW_TELLS,
    REVIEW_TIME,
    ROLES_OF_A_BODY,
    SAMENESS,
    SUCCESSION,
    TELLERS,
    TELLING,
    THEN_SHORTFALL,
    TOLD_AS_COMMISSIONER,
    TOLD_BY_FORM,
    TOLD_NOTE,
    cases,
)
from clasgraph.ingest.rules.lexicon import COLUMNS, EXAMPLE_ROSTER, LEXICON, NOT_IN_FORCE
from clasgraph.ingest.rules.roles import COMMISSIONING_FIELD, KIND_CASES, NOT_PROVISION, ROLE_LABELS
from clasgraph.ingest.rules.verbs import IMPLICATIVES

#: CI's reverse-order run leaves these out (pyproject's slow marker): each reads invented or
#: copied text into a document or records of its own and keeps nothing, so no order changes them.
pytestmark = pytest.mark.slow


def roster_reader():
    """``orgs_in`` over the example roster, as the header and the text would have named it."""
    roster = OrgResolver()
    for name, alias in EXAMPLE_ROSTER:
        roster.add(name, aliases=[alias] if alias else [])
    return (lambda text: org_spans(text, roster, "Westford", new_names=True)), roster


@pytest.mark.parametrize("word", LEXICON, ids=lambda w: w.example[:60])
def test_lexicon_row(word):
    orgs_in, roster = roster_reader()
    found = relations_in(word.example, orgs_in, kinds=lambda o: roster.orgs[o].kind)
    assert {(r.type, r.source, r.target) for r in found.relations} == set(word.gives)


@pytest.mark.parametrize("column", COLUMNS, ids=lambda c: c.role)
def test_column_heading_row(column):
    """Each column heading's invented table, flattened as a text copy or PDF gives it, read row by row."""
    orgs_in, roster = roster_reader()
    table = " ".join(column.example.split())
    found = relations_in(table, orgs_in, kinds=lambda o: roster.orgs[o].kind)
    assert {(r.type, r.source, r.target) for r in found.relations} == set(column.gives)


#: Headings in other words (session 13): a service column that says what families need or the area
#: of care, money said to come "from" a body, staff "from" a body, "Who does it" / "Who pays".
OTHER_HEADINGS = [
    ("Area of care\tPaid from\tStaffed from\nSchool nursing\tWestford City Council\tNCHT",
     {("COMMISSIONS", "westford-city-council", "school-nursing"), ("PROVIDES", "northmoor-community-health-trust", "school-nursing")}),
    ("What you need\tWho does it\tWho pays\nHealth visitor\tNCHT\tWestford City Council",
     {("COMMISSIONS", "westford-city-council", "health-visiting"), ("PROVIDES", "northmoor-community-health-trust", "health-visiting")}),
    # session 15 (battery K's and pair 14's tables): a team or post column, money "from" a body, whose
    # contract, money or people, the employer
    ("Team\tMoney from\tWhose people\nSchool nursing\tWestford City Council\tNCHT",
     {("COMMISSIONS", "westford-city-council", "school-nursing"), ("PROVIDES", "northmoor-community-health-trust", "school-nursing")}),
    ("Service\tWhose contract\tWhose staff\nCAMHS\tNHS Westford CCG\tNCHT",
     {("COMMISSIONS", "westford-ccg", "camhs"), ("PROVIDES", "northmoor-community-health-trust", "camhs")}),
    ("Post\tEmployer\tPaid from\nDesignated nurse for looked after children\tNCHT\tNHS Westford CCG",
     {("COMMISSIONS", "westford-ccg", "designated-professionals"),
      ("PROVIDES", "northmoor-community-health-trust", "designated-professionals")}),
    # session 16 (a probe written in tables): money and delivery as one word, a tier of a service, the
    # employer of the staff, and a contract holder, who commissions or provides by the body's kind
    ("Service\tMoney\tDelivery\nSchool nursing\tWestford City Council\tNCHT",
     {("COMMISSIONS", "westford-city-council", "school-nursing"), ("PROVIDES", "northmoor-community-health-trust", "school-nursing")}),
    ("Tier\tPaid for by\nTier 3 CAMHS\tNHS Westford CCG", {("COMMISSIONS", "westford-ccg", "camhs")}),
    ("Service\tContract holder\tStaff employer\nCAMHS\tNHS Westford CCG\tNCHT",
     {("COMMISSIONS", "westford-ccg", "camhs"), ("PROVIDES", "northmoor-community-health-trust", "camhs")}),
    ("Service\tContract holder\nSubstance misuse\tGreenway Recovery", {("PROVIDES", "greenway-recovery", "substance-misuse")}),
]


@pytest.mark.parametrize("table,wanted", OTHER_HEADINGS, ids=lambda t: t[:30] if isinstance(t, str) else "")
def test_other_column_headings(table, wanted):
    orgs_in, roster = roster_reader()
    found = relations_in(" ".join(table.split()), orgs_in, kinds=lambda o: roster.orgs[o].kind)
    assert {(r.type, r.source, r.target) for r in found.relations} == wanted


@pytest.mark.parametrize("cue,example", cases(TELLING + TELLERS), ids=lambda c: c[:60] if isinstance(c, str) else "")
def test_telling_row(cue, example):
    orgs_in, _ = roster_reader()
    found = escalations_in(example, orgs_in, lambda key: [])
    assert [org for org, _, _ in found] == list(cue.gives)


@pytest.mark.parametrize("cue,example", cases(TOLD_BY_FORM), ids=lambda c: c[:60] if isinstance(c, str) else "")
def test_told_by_form_row(cue, example):
    """A finding's text (its finding first, the telling after) whose verb of telling no row of
    TELLING has: the form says it."""
    orgs_in, roster = roster_reader()
    assert not escalations_in(example, orgs_in, lambda key: []), "the verb is not in TELLING"
    told, _ = told_by_form(example, orgs_in, lambda org: roster.orgs[org].kind)
    assert told == list(cue.gives)


#: Sentences of telling by form, and findings that name a commissioner but tell it nothing.
TOLD_BY_FORM_CASES = [
    ("Waits are long. We will put this before NHS Westford CCG at our feedback meeting.", ["westford-ccg"]),
    ("Waits are long. The county council has since been alerted to the backlog.", ["westford-city-council"]),
    ("Waits are long. Our findings went to NHS England and NHS Westford CCG.", ["nhs-england", "westford-ccg"]),
    ("We found that NHS Westford CCG had not set targets for this.", []),  # the finding itself
    ("Waits are long. We met NHS Westford CCG's designated nurse, who described the work. Staff were kind.", []),
    ("Waits are long. We discussed the backlog with Westford Hospitals NHS Trust.", []),  # not a commissioner
    ("Waits are long. NHS Westford CCG commissioned extra sessions this year.", []),
    # the body holds the concern, from the review; its post named by a possessive after a leading clause
    ("Waits are long. NHS England, which funds the suite, now has a summary of the cases from the review team.",
     ["nhs-england"]),
    ("Waits are long. As the contract is Westford City Council's, its commissioning team holds our account of this.",
     ["westford-city-council"]),
    ("Waits are long. Westford City Council's head of commissioning has our notes on these cases.",
     ["westford-city-council"]),
    # the body is the subject of the finding, "we" only says who found it: no telling
    ("Plans were late. NHS Westford CCG had no way to check the plans, and the gaps we saw were unknown to it.", []),
    ("Plans were late. As the council funds the team, its managers should review the caseloads we sampled.", []),
]


#: Telling in other wording, written with the rows for held-out 3 and round 6 (a probe of 20:
#: 17 read at first; not read: "we sought assurance from the CCG", "a note of this went to NHS
#: England", and a post told "from us", whose roster here has no posts).
TOLD_OTHER_WORDING = [
    ("Waits are long. We briefed NHS Westford CCG on the backlog before we left.", ["westford-ccg"]),
    ("Waits are long. We let NHS Westford CCG know about the two cases.", ["westford-ccg"]),
    ("Waits are long. We gave NHS England an account of the cases.", ["nhs-england"]),
    ("Waits are long. This was the subject of a letter from us to Westford City Council.", ["westford-city-council"]),
    ("Waits are long. The finding is now in the hands of NHS Westford CCG.", ["westford-ccg"]),
    ("Waits are long. Westford City Council has heard from us about the backlog.", ["westford-city-council"]),
    ("Waits are long. NHS Westford CCG has been sent a copy of our findings.", ["westford-ccg"]),
    (REVIEW_FINDS.example, list(REVIEW_FINDS.gives)),
    ("Waits are long. Our view was shared with NHS Westford CCG.", ["westford-ccg"]),
    ("Waits are long. Our view is that NHS Westford CCG should act on this.", []),
    ("Waits are long. NHS Westford CCG has had a new chief nurse since 2017, and we met her.", []),
    ("Waits are long. NHS Westford CCG told us it would review the contract.", []),
    ("Waits are long. NHS Westford CCG has had reports from NCHT about the waits.", []),
]


@pytest.mark.parametrize("text,wanted", TOLD_OTHER_WORDING, ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_told_in_other_wording(text, wanted):
    orgs_in, roster = roster_reader()
    kind = roster.kind
    told = [org for org, _, _ in escalations_in(text.split(". ", 1)[1], orgs_in, lambda key: [])]
    assert (told or told_by_form(text, orgs_in, kind)[0]) == wanted


#: Session 15: telling read from the roles a parse gives words (ingest/parsed.py told), written for
#: the forms batteries B, K and L showed unread, in this file's own area: the team (we, our lead
#: reviewer, "by us") or its concern the subject of a verb of telling, or of handing or saying a
#: concern; the body the one told (object, "to", "with", "for", "before", the post it heads). And
#: the same shapes with no telling: asking, a plan, a denial, a meeting with nothing carried, the
#: body telling the team.
TOLD_BY_ROLES = [
    ("Waits are long. Our lead reviewer telephoned NHS Westford CCG's director of nursing that afternoon.", ["westford-ccg"]),
    ("Waits are long. Our concern was set out in an email to the commissioning team of Westford City Council.",
     ["westford-city-council"]),
    ("Waits are long. On the last day NHS Westford CCG was put on notice by us.", ["westford-ccg"]),
    ("Waits are long. We walked the CCG's designated nurse through the six cases before we left.", ["westford-ccg"]),
    ("Waits are long. NHS England has been put on notice of our concern.", ["nhs-england"]),
    ("Waits are long. Our concerns were voiced to Westford City Council's commissioners at the end of the visit.",
     ["westford-city-council"]),
    ("Waits are long. NHS Westford CCG's chief nurse was copied into our letter to NCHT.", ["westford-ccg"]),
    ("Waits are long. We challenged the council's public health lead on why the contract sets no target.",
     ["westford-city-council"]),
    ("Waits are long. We asked NHS Westford CCG for a list of the children waiting.", []),
    ("Waits are long. We did not raise this with NHS Westford CCG, which already knew.", []),
    ("Waits are long. We spoke with NHS Westford CCG's designated nurse about her caseload.", []),
    ("Waits are long. We met commissioners from Westford City Council, who described the new contract.", []),
    ("Waits are long. NHS Westford CCG's chief nurse told us about the delays.", []),
    # battery O's forms (session 15): a telling noun as the subject or object, the team "from" which it
    # went, a post "at" a body, "in writing"; and a telling still to come
    ("Waits are long. Prompt escalation to Westford City Council was made by the review team on day two.",
     ["westford-city-council"]),
    ("Waits are long. We picked up the phone to the designated nurse at NHS Westford CCG that afternoon.", ["westford-ccg"]),
    ("Waits are long. Afterwards the lead inspector followed up in writing with the chief nurse of NHS Westford CCG.",
     ["westford-ccg"]),
    ("Waits are long. Our findings will be shared with NHS Westford CCG in the published report.", []),
    ("Waits are long. We asked NHS Westford CCG for the latest waiting time figures.", []),
]


@pytest.mark.parametrize("text,wanted", TOLD_BY_ROLES, ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_told_read_from_the_roles_of_a_parse(text, wanted):
    orgs_in, roster = roster_reader()
    assert [org for org, *_ in told_in_finding(text, orgs_in, roster.kind, lambda key: [])[0]] == wanted


@pytest.mark.parametrize("text,wanted", TOLD_BY_FORM_CASES, ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_told_by_form(text, wanted):
    orgs_in, roster = roster_reader()
    assert told_by_form(text, orgs_in, roster.kind)[0] == wanted


@pytest.mark.parametrize("cue,example", cases(EARLIER), ids=lambda c: c[:60] if isinstance(c, str) else "")
def test_earlier_review_row(cue, example):
    assert mentions(example), "the example names an earlier document"
    assert relation_of(example) == cue.says


@pytest.mark.parametrize("cue", POLARITY, ids=lambda c: c.example[:60])
def test_polarity_row(cue):
    assert polarity(cue.example) == cue.gives[0]


@pytest.mark.parametrize("cue,example", cases(SUCCESSION), ids=lambda c: c[:60] if isinstance(c, str) else "")
def test_succession_row(cue, example):
    orgs_in, _ = roster_reader()
    assert [(r.source, r.target) for r in successions_in(example, orgs_in)] == list(cue.gives)


@pytest.mark.parametrize("one,other", [
    ("Northmoor Community Health NHS Foundation Trust", "Northmoor Community Health NHS FT"),
    ("Northmoor Community Health NHS Foundation Trust", "Northmoor Community Health Foundation Trust"),
    ("Northmoor Community Health NHS Trust", "Northmoor Community Health Trust"),
    ("Westford Hospitals & Community NHS Trust", "Westford Hospitals and Community NHS Trust"),
    ("NHS Westford CCG", "Westford Clinical Commissioning Group"),
    ("Greenway Recovery Ltd", "Greenway Recovery"),
    ("St. Helens Council", "St Helens Council"),
    ("Westford Care\u200d NHS Trust", "Westford Care NHS Trust"),  # a zero-width joiner
    ("\u202eWestford Care NHS Trust", "Westford Care NHS Trust"),  # a right-to-left override
    ("Ｗestford Care NHS Trust", "Westford Care NHS Trust"),  # a full-width letter (NFKC)
])
def test_one_body_under_its_names_has_one_id_in_every_report(one, other):
    assert org_id(one) == org_id(other)


@pytest.mark.parametrize("one,other", [
    ("St. Helens Council", "St Albans Council"),
    ("Westford Hospitals NHS Trust", "Westford Community NHS Trust"),
    ("NHS North Westford CCG", "NHS Westford CCG"),
    ("Westford City Council", "Westford County Council"),
])
def test_different_bodies_never_share_an_id(one, other):
    assert org_id(one) != org_id(other)


@pytest.mark.parametrize("row", NAMED, ids=lambda r: r.example)
def test_named_body_row(row):
    assert kind_of(row.example) == row.kind


@pytest.mark.parametrize("row", APPOSITIVE, ids=lambda r: r.example[:50])
def test_appositive_row(row):
    roster = OrgResolver()
    appositive_kinds(row.example, roster)
    assert [o.kind for o in roster.orgs.values()] == [row.kind]


#: Sentences written (in wording the tables did not yet have) to measure the lexicon before
#: rules were added for them: first measured at precision 1.00, recall 0.52 (22 of 42).
C, P = "COMMISSIONS", "PROVIDES"
COUNCIL, CCG, ENG = "westford-city-council", "westford-ccg", "nhs-england"
NCHT, GR = "northmoor-community-health-trust", "greenway-recovery"
WRITTEN_BEFORE_THE_RULES = [
 ("Westford City Council buys school nursing from NCHT.", {(C,COUNCIL,"school-nursing"),(P,NCHT,"school-nursing")}),
 ("The contract for health visiting is held by NCHT.", {(P,NCHT,"health-visiting")}),
 ("NCHT has held the health visiting contract since 2015.", {(P,NCHT,"health-visiting")}),
 ("Health visiting sits under Westford City Council's public health budget.", {(C,COUNCIL,"health-visiting")}),
 ("Westford City Council pays Greenway Recovery to run substance misuse services.", {(C,COUNCIL,"substance-misuse"),(P,GR,"substance-misuse")}),
 ("NHS Westford CCG is the funder of CAMHS.", {(C,CCG,"camhs")}),
 ("CAMHS, funded by NHS Westford CCG and delivered by NCHT, has long waits.", {(C,CCG,"camhs"),(P,NCHT,"camhs")}),
 ("The sexual health contract was awarded to Greenway Recovery by Westford City Council in 2016.", {(P,GR,"sexual-health"),(C,COUNCIL,"sexual-health")}),
 ("Greenway Recovery took on the substance misuse contract in 2017.", {(P,GR,"substance-misuse")}),
 ("Since 2016 NCHT has been the school nursing provider.", {(P,NCHT,"school-nursing")}),
 ("NHS England retains responsibility for commissioning the sexual assault referral centre.", {(C,ENG,"sarc")}),
 ("Staff in the minor injuries unit are employed by NCHT.", {(P,NCHT,"minor-injuries-unit")}),
 ("NCHT operates the minor injuries unit on behalf of NHS Westford CCG.", {(P,NCHT,"minor-injuries-unit"),(C,CCG,"minor-injuries-unit")}),
 ("Health visiting and school nursing are both NCHT services.", {(P,NCHT,"health-visiting"),(P,NCHT,"school-nursing")}),
 ("Responsibility for delivering CAMHS lies with NCHT.", {(P,NCHT,"camhs")}),
 ("NHS Westford CCG holds the budget for CAMHS.", {(C,CCG,"camhs")}),
 ("The emergency department is run from NCHT's main hospital site.", set()),
 ("It is Westford City Council that commissions health visiting.", {(C,COUNCIL,"health-visiting")}),
 ("Greenway Recovery is contracted by Westford City Council to deliver substance misuse services.", {(C,COUNCIL,"substance-misuse"),(P,GR,"substance-misuse")}),
 ("Westford City Council has contracted NCHT to provide school nursing.", {(C,COUNCIL,"school-nursing"),(P,NCHT,"school-nursing")}),
 ("School nursing is in NCHT's portfolio.", {(P,NCHT,"school-nursing")}),
 ("Westford City Council's commissioning of health visiting was reviewed in 2017.", {(C,COUNCIL,"health-visiting")}),
 ("The council-funded substance misuse service is run by Greenway Recovery.", {(P,GR,"substance-misuse"),(C,COUNCIL,"substance-misuse")}),
 ("Adult mental health services come under NCHT.", {(P,NCHT,"adult-mental-health")}),
 ("Primary care is now co-commissioned by NHS England and NHS Westford CCG.", {(C,ENG,"primary-care"),(C,CCG,"primary-care")}),
 ("NCHT delivers the 0-19 service for the council.", {(P,NCHT,"public-health-nursing"),(C,COUNCIL,"public-health-nursing")}),
 ("Maternity services at Westford General are NCHT's.", {(P,NCHT,"maternity")}),
 ("Greenway Recovery has been the sexual health provider since April 2016, under a contract with Westford City Council.", {(P,GR,"sexual-health"),(C,COUNCIL,"sexual-health")}),
 ("NHS Westford CCG purchases acute hospital services from NCHT.", {(C,CCG,"acute-hospital"),(P,NCHT,"acute-hospital")}),
 ("Oversight of the family nurse partnership is Westford City Council's responsibility.", {(C,COUNCIL,"family-nurse-partnership")}),
]


@pytest.mark.parametrize("sentence,wanted", WRITTEN_BEFORE_THE_RULES, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_wording_written_before_the_rules(sentence, wanted):
    orgs_in, roster = roster_reader()
    found = relations_in(sentence, orgs_in, kinds=roster.kind)
    assert {(r.type, r.source, r.target) for r in found.relations} == wanted


#: Escalations and earlier reviews in wording the tables did not yet have, written to measure
#: them before rules were added: first measured at 11 of 14 and 7 of 14.
TELLING_WRITTEN_BEFORE = [
 ("The shortfall now sits with NHS Westford CCG.", [CCG]),
 ("The problem is with Westford City Council's records system.", []),  # where it lies, not whom it was told to
 ("As NCHT is Westford City Council's provider, we asked its commissioning lead about the waits.", [COUNCIL]),
 ("We wrote to NHS Westford CCG setting out this concern.", [CCG]),
 ("Inspectors informed Westford City Council of the delays during the review.", [COUNCIL]),
 ("CQC has asked NHS England to review the arrangements.", [ENG]),
 ("The review team raised the matter with senior managers at NHS Westford CCG.", [CCG]),
 ("This concern has been relayed to Westford City Council.", [COUNCIL]),
 ("These findings were shared with NHS England's regional team.", [ENG]),
 ("NHS Westford CCG has been notified.", [CCG]),
 ("We have advised Westford City Council of the need to act.", [COUNCIL]),
 ("We formally escalated the issue to NHS Westford CCG as commissioner.", [CCG]),
 ("Westford City Council was made aware of this during the review.", [COUNCIL]),
 ("We drew this to the attention of NHS England.", [ENG]),
 ("The gap was reported to NHS Westford CCG, which commissions the service.", [CCG]),
 ("Staff told us they had informed NHS Westford CCG about staffing.", []),
 ("The council had been made aware of staff shortages by the provider.", []),
]

EARLIER_WRITTEN_BEFORE = [
 ("The 2015 CLAS review found the same gaps in GP records.", "REPEATS"),
 ("Record keeping has not moved on since the 2015 CLAS review.", "REPEATS"),
 ("Supervision remains patchy, as it was at the 2016 JTAI.", "REPEATS"),
 ("Little has changed since the Ofsted inspection (2016).", "REPEATS"),
 ("Weaknesses identified by the 2016 JTAI are still evident.", "REPEATS"),
 ("The shortfalls found by the 2015 CLAS review have not been put right.", "REPEATS"),
 ("This mirrors the findings of the 2016 serious case review.", "REPEATS"),
 ("Health assessments are no timelier than at the 2015 CLAS review.", "REPEATS"),
 ("Since the 2015 CLAS review, waiting times have halved.", "PROGRESS_SINCE"),
 ("Record keeping has been transformed since the 2016 JTAI.", "PROGRESS_SINCE"),
 ("The 2016 JTAI's recommendation on supervision has been met in full.", "PROGRESS_SINCE"),
 ("Compared with the 2015 CLAS review, far more care leavers now receive a health summary.", "PROGRESS_SINCE"),
 ("Unlike at the 2015 CLAS review, every child now has a named nurse.", "PROGRESS_SINCE"),
 ("The safeguarding team is stronger than at the time of the 2016 JTAI.", "PROGRESS_SINCE"),
]


@pytest.mark.parametrize("sentence,wanted", TELLING_WRITTEN_BEFORE, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_telling_written_before_the_rules(sentence, wanted):
    orgs_in, _ = roster_reader()
    assert [org for org, _, _ in escalations_in(sentence, orgs_in, lambda key: [])] == wanted


@pytest.mark.parametrize("sentence,wanted", EARLIER_WRITTEN_BEFORE, ids=lambda x: x[:50])
def test_earlier_review_written_before_the_rules(sentence, wanted):
    assert mentions(sentence)
    assert relation_of(sentence) == wanted


def test_told_as_commissioner_row():
    import re

    m = re.search(TOLD_AS_COMMISSIONER.pattern, TOLD_AS_COMMISSIONER.example, re.IGNORECASE)
    assert (m.group("role"), m.group("service").strip()) == TOLD_AS_COMMISSIONER.gives


#: A second batch written the same way, later: first measured at precision 0.84, recall 0.48
#: (16 of 33). Not yet read: "A re-tendered X and B was successful" (the winner named by outcome).
SECOND_BATCH_WRITTEN_BEFORE = [
 ("NCHT, which the council contracts for school nursing, has recruited four new nurses.", {(P,NCHT,"school-nursing"),(C,COUNCIL,"school-nursing")}),
 ("Westford City Council and NHS Westford CCG jointly commission CAMHS.", {(C,COUNCIL,"camhs"),(C,CCG,"camhs")}),
 ("The CCG's provider for acute hospital services is NCHT.", {(P,NCHT,"acute-hospital"),(C,CCG,"acute-hospital")}),
 ("Sexual health clinics are provided in Westford by Greenway Recovery under a council contract.", {(P,GR,"sexual-health"),(C,COUNCIL,"sexual-health")}),
 ("NCHT supplies health visitors to the council's 0-19 service.",
  {(P,NCHT,"public-health-nursing"),(P,NCHT,"health-visiting")}),
 ("Greenway Recovery runs substance misuse services across Westford for the council.", {(P,GR,"substance-misuse"),(C,COUNCIL,"substance-misuse")}),
 ("CAMHS provision in Westford is the responsibility of NCHT.", {(P,NCHT,"camhs")}),
 ("Commissioning responsibility for health visiting transferred to Westford City Council in 2015.", {(C,COUNCIL,"health-visiting")}),
 ("NHS England is responsible for primary care and dental services.", {(C,ENG,"primary-care"),(C,ENG,"dental")}),
 ("Both health visiting and school nursing are delivered under a single contract by NCHT.", {(P,NCHT,"health-visiting"),(P,NCHT,"school-nursing")}),
 ("The minor injuries unit is a NCHT service commissioned by NHS Westford CCG.", {(P,NCHT,"minor-injuries-unit"),(C,CCG,"minor-injuries-unit")}),
 ("NHS Westford CCG buys CAMHS, as well as adult mental health services, from NCHT.", {(C,CCG,"camhs"),(C,CCG,"adult-mental-health"),(P,NCHT,"camhs"),(P,NCHT,"adult-mental-health")}),
 ("Greenway Recovery's contract for substance misuse services runs until 2020.", {(P,GR,"substance-misuse")}),
 ("The council decommissioned school nursing from NCHT in 2018.", set()),
 ("School nurses employed by NCHT work in every secondary school.", {(P,NCHT,"school-nursing")}),
 ("Management of the emergency department passed to NCHT in 2016.", {(P,NCHT,"emergency-department")}),
 ("NCHT took over the running of the minor injuries unit in 2017.", {(P,NCHT,"minor-injuries-unit")}),
 ("The council holds the contracts for health visiting and school nursing.", {(C,COUNCIL,"health-visiting"),(C,COUNCIL,"school-nursing")}),
 ("NHS Westford CCG contracts with NCHT for the emergency department.", {(C,CCG,"emergency-department"),(P,NCHT,"emergency-department")}),
]


@pytest.mark.parametrize("sentence,wanted", SECOND_BATCH_WRITTEN_BEFORE, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_second_batch_written_before_the_rules(sentence, wanted):
    orgs_in, roster = roster_reader()
    found = relations_in(sentence, orgs_in, kinds=roster.kind)
    assert {(r.type, r.source, r.target) for r in found.relations} == wanted


@pytest.mark.parametrize("sentence,kind,year,wanted", [
    ("Waits have fallen to six weeks from the twelve weeks we recorded in 2015.", "review", "2015", "PROGRESS_SINCE"),
    ("Care plans are clearer since Ofsted's 2016 inspection, which criticised them.", "ofsted", "2016", "PROGRESS_SINCE"),
    ("We made the same point in our October 2014 review; nothing has changed.", "review", "2014", "REPEATS"),
])
def test_earlier_documents_named_in_other_ways(sentence, kind, year, wanted):
    found = mentions(sentence)
    assert [(m.kind, m.year) for m in found] == [(kind, year)]
    assert relation_of(sentence) == wanted


def test_a_bare_year_stands_for_the_earlier_review_only_when_it_is_that_review_year():
    from clasgraph.ingest.references import year_mentions

    assert [m.year for m in year_mentions("The dashboard now has these measures, as recommended in 2013.", "2013")] \
        == ["2013"]
    assert year_mentions("The dashboard now has these measures, as recommended in 2014.", "2013") == []


@pytest.mark.parametrize("folder", ["corpus/development", "probes", "corpus/probes-round2", "corpus/probes-round3"])
def test_each_body_is_shown_by_a_name_its_report_gives_it(folder):
    """A body's display name is one the gold gives it (its name or an alias as the report writes
    it): never a name with the sentence's first word ("At Wendlow Park Medical Practice, ...")
    or a possessive ending ("NHS England's area team") glued on."""
    import json
    import sys
    from pathlib import Path

    from clasgraph import read_report

    root = Path(__file__).resolve().parent
    sys.path.insert(0, str(root.parent / "bench"))
    from bench_extraction import org_map

    for gold_file in sorted((root / folder).glob("*.gold.json")):
        gold = json.loads(gold_file.read_text())
        records = read_report(root / folder / gold["file"])
        ours = org_map(records, gold)
        for node in records.nodes:
            if node.id in ours:
                body = gold["organisations"][ours[node.id]]
                assert node.props["name"] in [body["name"], *body["aliases"]], (gold["file"], node.props["name"])


def test_a_name_that_ends_in_s_keeps_it_unless_it_is_a_possessive():
    roster = OrgResolver()
    assert roster.orgs[roster.add("Barnardo's")].name == "Barnardo's"
    assert roster.orgs[roster.add("NHS England's")].name == "NHS England"


def test_the_ccg_is_the_body_the_report_defines_it_as():
    """"NHS Kestrel Vale CCG (the CCG)": where the report names other CCGs too (the two it
    replaced), "the CCG" still means the one it defined so."""
    from clasgraph.ingest.organisations import discover

    roster = OrgResolver()
    text = ("In 2018 NHS North Westford CCG and NHS South Westford CCG merged to form NHS Westford Vale CCG "
            "(the CCG). Acute care is bought by the CCG.")
    discover(text, roster)
    spans = org_spans("Acute care is bought by the CCG.", roster, "Westford")
    assert [org for _, _, org in spans] == ["westford-vale-ccg"]


@pytest.mark.parametrize("cue,example", cases(ROLES_OF_A_BODY), ids=lambda c: c[:60] if isinstance(c, str) else "")
def test_role_of_a_body_row(cue, example):
    """A post named in place of its body: the concern told to the post is told to the body."""
    from clasgraph.ingest.extract import with_roles

    orgs_in, roster = roster_reader()
    found = escalations_in(example, lambda t: with_roles(t, orgs_in(t), roster, "Westford"), lambda key: [])
    assert [org for org, _, _ in found] == list(cue.gives)
    assert all(roster.orgs[org].kind == cue.says for org in cue.gives)


def test_post_that_commissions_row():
    """A commissioning post told of a concern: the body told is the commissioner of the service
    the sentence names, as the sentence itself says who commissions it."""
    from clasgraph.ingest.extract import told_as_post

    cue = POST_THAT_COMMISSIONS
    orgs_in, roster = roster_reader()
    kinds = roster.kind
    said = relations_in(cue.example, orgs_in, kinds=kinds).relations
    commissioners = lambda key: [r.source for r in said if r.type == "COMMISSIONS" and r.target == key]
    assert told_as_post(cue.example, orgs_in, kinds, commissioners)[0] == list(cue.gives)


#: cue9: the parts of a telling read together (extract.told_by_parts), each row's examples a
#: finding whose concern is told (or, for NOT_TOLD, is not).
TOLD_BY_PARTS = [*COMMUNICATION, *REVIEW_TELLS, REVIEW_TIME, NOT_TOLD, ALSO_AN_INTERVIEW, ASKED_THE_REVIEW, TOLD_NOTE,
                 *KIND_REFERENCES]


@pytest.mark.parametrize("cue,example", cases(TOLD_BY_PARTS), ids=lambda c: c[:60] if isinstance(c, str) else "")
def test_told_by_parts_row(cue, example):
    orgs_in, roster = roster_reader()
    kind = roster.kind
    assert [org for org, *_ in told_in_finding(example, orgs_in, kind, lambda key: [])[0]] == list(cue.gives)


def test_not_found_before_row():
    """cue9: an earlier document said not to have found it is only cited."""
    from clasgraph.ingest.rules.cues import NOT_FOUND_BEFORE

    from tests.test_cues_battery import said
    assert all(said(example) == {"CITES"} for example in NOT_FOUND_BEFORE.examples())


def test_said_nothing_row():
    """An earlier document said to have said nothing of the matter is only cited (session 16)."""
    from clasgraph.ingest.rules.cues import SAID_NOTHING

    from tests.test_cues_battery import said
    assert all(said(example) == {"CITES"} for example in SAID_NOTHING.examples())


def test_claim_denied_row():
    """An improvement since the earlier document claimed and not found is no progress: only cited."""
    from clasgraph.ingest.rules.cues import CLAIM_DENIED

    from tests.test_cues_battery import said
    assert all(said(example) == {"CITES"} for example in CLAIM_DENIED.examples())


#: cue9: then against now, each row's examples read as extract_earlier_reviews reads them.
@pytest.mark.parametrize("cue,example", cases([THEN_SHORTFALL, NOT_NOW, NOW_MARKS, NOW_LABEL, FEWER_IS_BETTER, FIGURE_UP,
                                               FIGURE_DOWN, REPORTED_THEN, *MOVES, SAMENESS]), ids=lambda c: c[:60] if isinstance(c, str) else "")
def test_then_against_now_row(cue, example):
    from tests.test_cues_battery import said
    assert said(example) == set(cue.gives)


# role9: roles by the kind of the body and the field of the words -------------------------------

@pytest.mark.parametrize("row", COMMISSIONING_FIELD + NOT_PROVISION + KIND_CASES, ids=lambda r: r.example[:60])
def test_role_by_kind_row(row):
    """Each word family of commissioning, each stem of non-provision and each case of the kind
    reading, through the real reader: what the example gives, and nothing else."""
    orgs_in, roster = roster_reader()
    found = relations_in(row.example, orgs_in, kinds=lambda o: roster.orgs[o].kind)
    assert {(r.type, r.source, r.target) for r in found.relations} == set(row.gives)


@pytest.mark.parametrize("label", ROLE_LABELS, ids=lambda r: r.example[:60])
def test_role_label_row(label):
    """Each label of a label-value line, on its example line."""
    orgs_in, roster = roster_reader()
    found = relations_in(label.example, orgs_in, kinds=lambda o: roster.orgs[o].kind)
    assert {(r.type, r.source, r.target) for r in found.relations} == set(label.gives)


@pytest.mark.parametrize("cue", NOT_IN_FORCE, ids=lambda c: c.says)
def test_not_in_force_row(cue):
    """A sentence that puts an arrangement out of force states no commissioning or provision, though
    it holds a word of the lexicon that would say one."""
    from clasgraph.ingest.relations import cue_matches

    orgs_in, roster = roster_reader()
    assert re.search(cue.pattern, cue.example, re.IGNORECASE) and cue_matches(cue.example)
    assert relations_in(cue.example, orgs_in, kinds=lambda o: roster.orgs[o].kind).relations == []


@pytest.mark.parametrize("line,not_read", [
    ("Sexual health. Bought from: Greenway Recovery.", ("COMMISSIONS", "greenway-recovery", "sexual-health")),
    ("School nursing. Managed and paid for by: Westford City Council.", ("PROVIDES", "westford-city-council", "school-nursing")),
    ("Sexual health outreach. Delivered until last year by: Greenway Recovery.", ("PROVIDES", "greenway-recovery", "sexual-health")),
    ("Sexual health outreach. Operating body: Greenway Recovery (proposed).", ("PROVIDES", "greenway-recovery", "sexual-health")),
    ("Health visiting funding: NHS England until September 2015; Westford City Council from October 2015.",
     ("COMMISSIONS", "nhs-england", "health-visiting")),
])
def test_a_directory_field_read_the_wrong_way_or_not_yet_so(line, not_read):
    """Service-directory labels (session 26) read only as they say: money bought *from* a body names
    its seller; a label of two roles, a past or a proposed body, is not the role now."""
    orgs_in, roster = roster_reader()
    found = relations_in(line, orgs_in, kinds=lambda o: roster.orgs[o].kind)
    assert not_read not in {(r.type, r.source, r.target) for r in found.relations}


@pytest.mark.parametrize("row", IMPLICATIVES, ids=lambda r: r.example[:60])
def test_implicative_row(row):
    """Each verb group whose first verb entails the second is read as the second alone (rules/verbs.py)."""
    from clasgraph.ingest.extract import implicatives_plain

    assert implicatives_plain(row.example) == row.plain
