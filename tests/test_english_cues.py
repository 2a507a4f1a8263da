"""The cues battery (cues8b, session 8): escalations, repeats of an earlier review's finding, and
progress since it, in the ways English says them (docs/cues-inventory.md), read by the real
reader from an invented report. Every sentence is written for this test in CLAS-report register;
none is copied from a report. Negatives say something alike but no such thing.
"""

from __future__ import annotations

import pytest

COUNCIL, CCG, NHSE = "westford-city-council", "westford-ccg", "nhs-england"
PARTNERSHIP, BOARD = "westford-safeguarding-children-partnership", "westford-local-safeguarding-children-board"

#: (telling sentence, bodies told), each after a finding's first sentence "Staff missed reviews."
ESCALATIONS = [
    ("We told Westford City Council about the missing plans before the review closed.", [COUNCIL]),
    ("NHS Westford CCG was informed of the gap in our feedback.", [CCG]),
    ("The commissioners at NHS Westford CCG were notified of these delays at the close of the visit.", [CCG]),
    ("We alerted NHS England to the shortage of sexual health clinicians.", [NHSE]),
    ("The backlog was raised with Westford City Council's public health team.", [COUNCIL]),
    ("Our concern about dental access has been escalated to NHS England.", [NHSE]),
    ("We referred the matter to NHS Westford CCG for a response.", [CCG]),
    ("The delays were reported to Westford City Council on the last day.", [COUNCIL]),
    ("We flagged the missing health histories to NHS Westford CCG.", [CCG]),
    ("These shortfalls were brought to the attention of NHS England.", [NHSE]),
    ("We put the figures before the Westford Safeguarding Children Partnership.", [PARTNERSHIP]),
    ("The issue was placed before the Westford Local Safeguarding Children Board at our request.", [BOARD]),
    ("We shared our evidence with NHS Westford CCG.", [CCG]),
    ("The gaps were set out in a letter to Westford City Council.", [COUNCIL]),
    ("We wrote to NHS England about the waits for therapy.", [NHSE]),
    ("We briefed the chair of the Westford Safeguarding Children Partnership on these cases.", [PARTNERSHIP]),
    ("Westford City Council has been made aware of the missed reviews.", [COUNCIL]),
    ("NHS Westford CCG, to whom we put this, has agreed to review the contract.", [CCG]),
    ("NHS England has been told of our concern.", [NHSE]),
    ("Westford City Council heard an account of this from us at the feedback meeting.", [COUNCIL]),
    ("We passed our findings to NHS Westford CCG.", [CCG]),
    ("The Westford Safeguarding Children Partnership has been notified of the delays in strategy meetings.",
     [PARTNERSHIP]),
    ("A letter setting out these concerns went to NHS England after the visit.", [NHSE]),
    ("We raised the delays with both NHS Westford CCG and Westford City Council.", [CCG, COUNCIL]),
    # session 12: a post named by the area's possessive, with a relative clause about no body after it
    (("Westford's Director of Public Health, out of whose grant the service is paid, is aware of our findings, "
      "which we went through with her team."), [COUNCIL]),
    # an earlier review named in another clause of the sentence that tells
    (("Reviews are now on time, a marked advance on the 58% that our 2013 review recorded, but the plans were poor, "
      "and we said as much to the lead for children in care at NHS Westford CCG when fieldwork ended."), [CCG]),
    ("Our findings on the waiting list were passed on to the Westford Local Safeguarding Children Board.", [BOARD]),
    ("We escalated this concern to the public health commissioners at Westford City Council.", [COUNCIL]),
    ("Notification of the shortfall was made to NHS Westford CCG.", [CCG]),
    ("The matter was the subject of a referral by us to Westford City Council.", [COUNCIL]),
    ("The chair of the Westford Local Safeguarding Children Board has been apprised of the backlog.", [BOARD]),
    ("NHS England, which we have since told of these cases, commissions the service.", [NHSE]),
    # negatives: a concern the review holds, a meeting attended, an ask, telling us, practice
    ("We remain concerned that NHS Westford CCG has no plan for this.", []),
    ("The designated nurse attended the Westford Safeguarding Children Partnership's meetings regularly.", []),
    ("NHS Westford CCG should tell Westford City Council when a child moves area.", []),
    ("Staff told us that Westford City Council had cut the budget.", []),
    ("Northmoor Community Health NHS Trust reports its figures to NHS Westford CCG each quarter.", []),
    ("Health visitors refer children to Westford City Council's social care team.", []),
    ("We met the commissioners at NHS Westford CCG, who described the new pathway.", []),
    ("The Westford Safeguarding Children Partnership should be told of every missed review.", []),
    ("NHS Westford CCG informed us that the contract would be retendered.", []),
    ("Westford City Council was not aware of the backlog.", []),
    # round 2, written after the first rules to test them on wording they were not written from
    ("We have since contacted NHS England about the two children.", [NHSE]),
    ("The review team has raised the matter formally with NHS Westford CCG.", [CCG]),
    ("Details of both cases were forwarded to Westford City Council.", [COUNCIL]),
    ("Westford City Council was alerted by us to the missing records.", [COUNCIL]),
    ("We have drawn these findings to the attention of the Westford Safeguarding Children Partnership.",
     [PARTNERSHIP]),
    ("Both Westford City Council and NHS Westford CCG have been informed.", [COUNCIL, CCG]),
    ("NHS England has received a copy of our findings on this.", [NHSE]),
    ("This has been taken up with the director of public health at Westford City Council.", [COUNCIL]),
    ("The findings were communicated in writing to NHS England.", [NHSE]),
    ("A summary of our concerns was provided to NHS Westford CCG.", [CCG]),
    ("We asked NHS Westford CCG for its data on waiting times.", []),
    ("Westford City Council was represented at the feedback meeting.", []),
    ("NHS England told us it plans to review the contract.", []),
    ("Northmoor Community Health NHS Trust has informed NHS Westford CCG of its staffing plans.", []),
    ("Our concerns about the backlog should be shared with NHS England.", []),
    ("Health visitors escalate concerns to the Westford Safeguarding Children Partnership when needed.", []),
    # round 3: a partnership told by form, and other frames
    ("The Westford Safeguarding Children Partnership has since had a full account of the cases.", [PARTNERSHIP]),
    ("The Westford Local Safeguarding Children Board now holds our summary of these delays.", [BOARD]),
    ("We logged this shortfall with the Westford Safeguarding Children Partnership.", [PARTNERSHIP]),
    ("We observed a meeting of the Westford Safeguarding Children Partnership, which was well chaired.", []),
    ("The Westford Safeguarding Children Partnership has had a new chair since 2018.", []),
    ("The Westford Safeguarding Children Partnership's audit found the same gaps.", []),
    ("We saw minutes showing the Westford Safeguarding Children Partnership had discussed this.", []),
    ("The matter is one we have referred to NHS England.", [NHSE]),
    ("Westford City Council is now sighted on this risk.", [COUNCIL]),
    ("Concerns about the waiting list were put to NHS Westford CCG's chief nurse.", [CCG]),
    ("NHS Westford CCG was informed of the new appointment by Northmoor Community Health NHS Trust.", []),
    ("Westford City Council was briefed on the action plan by the trust's chief nurse.", []),
    ("NHS England was briefed by us on the two cases.", [NHSE]),
]

R, P, C = "REPEATS", "PROGRESS_SINCE", "CITES"
#: (sentence naming the 2015 review, what it says of it)
EARLIER = [
    ("Delays in initial health assessments remain, as our 2015 review found.", R),
    ("The weakness in GP liaison that our 2015 review identified persists.", R),
    ("Our previous review found the same gaps in transition planning, and they are still there.", R),
    ("The criticism our 2015 report made of record keeping still stands.", R),
    ("What our 2015 review said of supervision holds true now.", R),
    ("Nothing has moved since our 2015 review on the recording of fathers.", R),
    ("Care leavers leave without a health summary, exactly as our earlier report recorded in 2015.", R),
    ("Our 2015 review had already remarked on the lack of a designated doctor.", R),
    ("The lesson of our 2015 review about the voice of the child has yet to be learned.", R),
    ("The shortage of school nurses that our 2015 review described has survived two restructures.", R),
    ("Poor access to CAMHS, first noted in our 2015 review, is a concern today.", R),
    ("As in 2015, health plans lack measurable goals.", R),
    ("The gap in midwifery liaison highlighted by our last review is unchanged.", R),
    ("Our 2015 review's finding on missed dental checks is repeated here.", R),
    ("The problem with handover notes we reported in 2015 is as acute today.", R),
    ("The trust has since appointed a named nurse for care leavers, which our 2015 review had asked for.", P),
    ("Health visitors are no longer working without supervision, as they were at our 2015 review.", P),
    ("The new triage rota put an end to the delays our 2015 review described.", P),
    ("Uptake of dental checks has climbed to 85% from the 60% we reported in 2015.", P),
    ("Nine in ten health plans are on time, where in 2015 the figure stood at half.", P),
    ("Health histories for care leavers are far fuller than those our previous review saw.", P),
    (("A liaison post in the emergency department, which answers the recommendation of our 2015 review, "
      "started in 2017."), P),
    ("The trust recruited a designated doctor in 2016, filling the vacancy our last review singled out.", P),
    ("Every school has a named nurse, whereas in 2015 a third had none.", P),
    ("Since our 2015 review, the waiting list for CAMHS has shrunk by half.", P),
    ("The paper pathway our 2015 review faulted has given way to an electronic referral.", P),
    ("Supervision, patchy at our last review, is now monthly and recorded.", P),
    ("The recommendation our 2015 review made on GP alerts has been carried through.", P),
    ("Our previous review's concern about interpreters has been answered by a new contract.", P),
    # round 2, written after the first rules
    ("Handover notes remain patchy, a finding carried over from our 2015 review.", R),
    ("Transition planning is still weak, three years after our 2015 review said so.", R),
    ("Our 2015 review's concern about GP records is as valid today as it was then.", R),
    ("The picture our 2015 review painted of school nursing has not altered.", R),
    ("Again, as in our 2015 review, we found plans without goals.", R),
    ("The concerns we raised in 2015 about interpreters are unresolved.", R),
    ("We found the same delay in strategy meetings that our 2015 review found.", R),
    ("This finding repeats one made at our 2015 review.", R),
    ("The backlog our 2015 review reported has been cleared.", P),
    ("Unlike in 2015, every child has a health passport.", P),
    ("Waits have shortened from twelve weeks in 2015 to four.", P),
    ("The trust has acted on our 2015 review's recommendation on supervision.", P),
    ("Supervision is now monthly; our 2015 review found it was sporadic.", P),
    ("Since 2015 a second designated nurse has been appointed.", P),
    ("Our 2015 review's concern about record keeping no longer applies.", P),
    ("Health assessments are timelier than they were at our 2015 review.", P),
    ("The gap our 2015 review found in GP liaison has been bridged.", P),
    ("Our 2015 review made seven recommendations to the trust.", C),
    # round 4: the earlier review named in other ways
    ("When we were last here, in 2015, few plans had goals; that is still true.", R),
    ("At our previous visit we saw the same gap in GP liaison.", R),
    ("The last time CQC looked at health services in Westford, supervision was patchy, and it still is.", R),
    ("Three years ago we reported late health assessments; they remain late.", R),
    ("In our report of 2015 we found records incomplete, and they remain so.", R),
    ("Our 2015 review noted that handovers were late. This remains true.", R),
    ("Our earlier findings on dental checks have been acted upon.", P),
    ("Back in 2015 only half of plans were on time; now nine in ten are.", P),
    ("Since we last reviewed services in Westford, the trust has opened a hub.", P),
    ("Our first review of Westford found no designated doctor; the post is now filled.", P),
    ("The findings of our March 2015 visit on supervision no longer hold.", P),
    # the progress forms negated are repeats
    ("The recommendation our 2015 review made on interpreters was not acted upon.", R),
    ("The trust has not put an end to the delays our 2015 review described.", R),
    ("The backlog our 2015 review reported has not been cleared.", R),
    ("No one has filled the vacancy our 2015 review singled out.", R),
    ("The criticism in our 2015 review no longer holds true.", P),
    # the review named by its date after the noun; the finding said to be no new one (session 33)
    ("As at our review in 2015, the voice of the child is missing from assessments.", R),
    ("This is not a new finding: our 2015 review reported that fathers were not seen.", R),
    ("Missed dental checks are a new finding; they did not feature in our 2015 review.", C),
    # negatives: the earlier review named, nothing said of then against now
    ("Our 2015 review recommended that the trust appoint a named nurse for care leavers.", C),
    ("The 2016 Ofsted inspection of children's services looked at early help.", C),
    ("The trust's action plan after our 2015 review runs to twelve points.", C),
    ("We read the partnership's response to our 2015 review.", C),
]

CONTEXT = (
    "Health visiting is commissioned by Westford City Council and provided by Northmoor Community Health NHS "
    "Trust. CAMHS is commissioned by NHS Westford CCG. Sexual health services for young people are commissioned "
    "by NHS England. The Westford Safeguarding Children Partnership replaced the Westford Local Safeguarding "
    "Children Board in 2019 for some functions. CQC last reviewed health services for children looked after "
    "and safeguarding in Westford in March 2015."
)


def _report() -> str:
    lines = ["Review of health services for Children Looked After and Safeguarding in Westford", "",
             "Date of review: 1 - 5 May 2019", "", "Context of the review", "", CONTEXT, "",
             "The child's journey", "", "1. Escalations", ""]
    lines += [f"1.{i} Staff missed reviews. {s}" for i, (s, _) in enumerate(ESCALATIONS, 1)]
    lines += ["", "2. Earlier reviews", ""]
    lines += [f"2.{i} {s}" for i, (s, _) in enumerate(EARLIER, 1)]
    return "\n\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    from clasgraph import read_report

    path = tmp_path_factory.mktemp("cues") / "westford-2019.txt"
    path.write_text(_report(), encoding="utf-8")
    return read_report(path)


def _targets(records, kind, paragraph):
    return [e.target for e in records.edges_of(kind) if e.source.endswith(f"#{paragraph}")]


@pytest.mark.parametrize("index,case", list(enumerate(ESCALATIONS, 1)), ids=lambda x: x[0][:60] if isinstance(x, tuple) else "")
def test_escalation(records, index, case):
    _, wanted = case
    assert sorted(set(_targets(records, "ESCALATED_TO", f"1.{index}"))) == sorted(wanted)


@pytest.mark.parametrize("index,case", list(enumerate(EARLIER, 1)), ids=lambda x: x[0][:60] if isinstance(x, tuple) else "")
def test_said_of_the_earlier_review(records, index, case):
    _, wanted = case
    said = {kind for kind in (R, P, C) if _targets(records, kind, f"2.{index}")}
    assert said == {wanted}


def test_document_tells_row():
    """The row for a document of telling as the one who tells (rules/cues.py, DOCUMENT_TELLS) on its example."""
    from clasgraph.ingest.extract import escalations_in
    from clasgraph.ingest.rules.cues import DOCUMENT_TELLS
    from test_rules import roster_reader

    orgs_in, _ = roster_reader()
    found = escalations_in(DOCUMENT_TELLS.example, orgs_in, lambda key: [])
    assert [org for org, _, _ in found] == list(DOCUMENT_TELLS.gives)
