"""The cues battery of cues8 (session 8; test_english_cues.py is cues8b's, written beside it): escalations, stated repeats and progress since, in English of
our own, each with what the product's reader should give.

Written from how English says these things (docs/english-cues.md), before rules were changed
for them; none is copied or adapted from tests/corpus, tests/probes or the sample. Each
escalation case is a finding's text (its finding first, the telling after) read by the
reader the extraction uses (``told_in_finding``); each earlier-review case is a finding read
as ``extract_earlier_reviews`` reads it (the area's last CLAS review was in 2015). Negatives
look alike but state no such thing: the review's own concern, a meeting, "should", plans,
telling us, a case referred on, a telling at the earlier review, a document only cited.
"""

from __future__ import annotations

import pytest
from clasgraph.ingest.extract import _in_turn, _said_of, sentences, told_in_finding
from clasgraph.ingest.references import mentions, year_mentions

from tests.test_rules import roster_reader

COUNCIL, CCG, ENG = "westford-city-council", "westford-ccg", "nhs-england"
R, P, C = "REPEATS", "PROGRESS_SINCE", "CITES"

#: (a finding's text, the bodies it says its concern was taken to).
TOLD = [
    # verbs that name whom after "to" / "with"
    ("Children waited months for dental checks. Inspectors referred this to NHS England, which commissions dental care.",
     [ENG]),
    ("Two care leavers had no health summary. We flagged this to NHS Westford CCG at the close of the review.", [CCG]),
    ("The designated doctor post has been vacant for a year. This has been escalated by us to NHS Westford CCG.", [CCG]),
    (("Staff had no training on exploitation. The matter was formally raised with Westford City Council's public "
     "health team."), [COUNCIL]),
    ("Health assessments were late. This was highlighted to NHS England during the review.", [ENG]),
    ("Health assessments were late. Details of the cases were forwarded to NHS Westford CCG.", [CCG]),
    ("Health assessments were late. The issue has been referred on to NHS England.", [ENG]),
    ("Health assessments were late. The review team has reported this concern to Westford City Council.", [COUNCIL]),
    ("Health assessments were late. CQC has since written to NHS England about the dental backlog.", [ENG]),
    ("Health assessments were late; we escalated this to NHS Westford CCG.", [CCG]),
    ("Health assessments were late. We shared our findings with NHS Westford CCG and Westford City Council.",
     [CCG, COUNCIL]),
    ("Health assessments were late. We took the matter up with NHS Westford CCG.", [CCG]),
    ("Health assessments were late. Inspectors raised it directly with the chief nurse of NHS Westford CCG.", [CCG]),
    # verbs whose object is whom, active and passive
    ("Health plans lacked measurable goals. Westford City Council was informed of our concern before we left.",
     [COUNCIL]),
    ("The paediatric liaison role is unfunded. NHS Westford CCG has been notified and has agreed to review it.", [CCG]),
    (("Sexual health clinics turned away under-16s. We alerted Westford City Council, which commissions the clinics, "
     "to the risk."), [COUNCIL]),
    (("Records of strategy meetings were missing. The review team briefed senior commissioners at Westford City "
     "Council on this."), [COUNCIL]),
    ("Young people in custody had no health passport. NHS England has been sighted on this issue.", [ENG]),
    (("Health visitors carried caseloads of over 600. We have asked Westford City Council to review the staffing "
     "of the service."), [COUNCIL]),
    ("Health visitors carried caseloads of over 600. Westford City Council has been asked to review staffing.",
     [COUNCIL]),
    ("Health assessments were late. Both NHS Westford CCG and Westford City Council were told of this at feedback.",
     [CCG, COUNCIL]),
    ("Health assessments were late. We contacted NHS Westford CCG about it on the second day.", [CCG]),
    ("Health assessments were late. We notified NHS England of the two cases in writing.", [ENG]),
    ("Health assessments were late. NHS Westford CCG were advised of this during our visit.", [CCG]),
    ("Health assessments were late. Westford City Council has been warned about the risk to care leavers.",
     [COUNCIL]),
    ("Waits for speech therapy exceeded a year. Westford City Council was alerted by the review team.", [COUNCIL]),
    ("Waits for speech therapy exceeded a year. NHS Westford CCG has been apprised.", [CCG]),
    ("The lack of a designated doctor was not on anyone's agenda. We formally challenged NHS Westford CCG on it.",
     [CCG]),
    (("Waits for speech therapy exceeded a year. We have sought assurance from NHS Westford CCG that the waits "
     "will fall."), [CCG]),
    # made aware, attention, notice
    ("The waiting list for therapy had doubled. We have made NHS Westford CCG aware of the figures.", [CCG]),
    ("The CAMHS crisis line closed at five. We drew NHS Westford CCG's attention to the gap.", [CCG]),
    ("The CAMHS crisis line closed at five. The gap was brought to the notice of NHS Westford CCG.", [CCG]),
    ("The CAMHS crisis line closed at five. NHS Westford CCG's attention was directed to the gap.", [CCG]),
    # verbs of moving, "before", nominal forms
    (("The emergency department did not check the child protection register. We put our concerns before NHS "
     "Westford CCG's quality committee."), [CCG]),
    ("Waits were long. Our concerns went before the scrutiny panel of Westford City Council.", [COUNCIL]),
    ("Care leavers could not see their records. A letter setting out this concern has gone to NHS Westford CCG.",
     [CCG]),
    ("Several GP practices held no record of looked after status. An alert about this was sent to NHS England.",
     [ENG]),
    (("The 0-19 service had lost a third of its nurses. Our escalation to Westford City Council followed on the "
     "last day."), [COUNCIL]),
    ("Waits for speech therapy exceeded a year. The waits were the subject of an alert to NHS Westford CCG.", [CCG]),
    ("Health assessments were late. The delays have been put to Westford City Council for a response.", [COUNCIL]),
    # the body now holds it; the response to our feedback
    (("Midwives could not see social care records. NHS Westford CCG now knows of this gap and has begun to look "
     "at it."), [CCG]),
    ("Health assessments were late. NHS Westford CCG has received a written summary of our concerns.", [CCG]),
    (("Drug and alcohol workers did not screen for hidden harm. Following our feedback, Westford City Council has "
     "asked Greenway Recovery for an action plan."), [COUNCIL]),
    ("Health assessments were late. In response to our alert, NHS Westford CCG has commissioned extra clinics.",
     [CCG]),
    ("Health assessments were late. We have given NHS Westford CCG feedback on this.", [CCG]),
    (("Staffing in the children in care team was below establishment. The shortfall has been placed on NHS "
     "Westford CCG's risk register."), [CCG]),
    # a provider tells the commissioner: the gold counts only the review's telling (development
    # README; test_rules: "made aware ... by the provider" gives nothing), the brief counts these
    *[pytest.param(*case, marks=pytest.mark.xfail(reason="the gold reads only the review's telling", strict=True))
      for case in [
    (("No audit of health assessments had taken place. Northmoor Community Health NHS Trust has escalated this to "
     "NHS Westford CCG."), [CCG]),
    ("Training figures were low. NCHT reported the shortfall to Westford City Council in March.", [COUNCIL]),
    ("Training figures were low. NCHT has informed NHS Westford CCG of the gap and agreed a plan.", [CCG]),
]],
    # a body told by another body, not by the review: no escalation (the gold's convention; cues8b's
    # _TOLD_BY_OTHER, merged beside this battery)
    ("Training figures were low. Westford City Council was notified of the shortfall by Greenway Recovery.", []),
    # NOT an escalation
    ("Waits were long. We met NHS Westford CCG's designated nurse to discuss the service.", []),
    ("Waits were long. NHS Westford CCG should tell NHS England about the waits.", []),
    ("Waits were long. We are concerned that Westford City Council has no plan to address this.", []),
    ("Waits were long. NHS Westford CCG told us that a new contract is planned.", []),
    ("Waits were long. NHS Westford CCG attended the partnership meeting where waits were discussed.", []),
    ("Waits were long. Staff referred the young person to Westford City Council's social care team.", []),
    ("Waits were long. NHS Westford CCG plans to inform the partnership of the new pathway.", []),
    ("Waits were long. At our 2015 review we raised this with NHS Westford CCG.", []),
    ("Waits were long. Parents told NCHT about the delays but nothing changed.", []),
    ("Waits were long. NCHT informed us that it has recruited two nurses.", []),
    ("Waits were long. Westford City Council commissions the service from NCHT.", []),
    ("Waits were long. Our concern is that NHS Westford CCG does not monitor the contract.", []),
    ("Waits were long. We spoke with commissioners at NHS Westford CCG who described the recovery plan.", []),
    ("Waits were long. The provider must report such delays to NHS Westford CCG.", []),
    ("Waits were long. NHS England receives quarterly reports on dental access.", []),
    ("Waits were long. Nurses are expected to raise concerns with their managers at NCHT.", []),
    ("Waits were long. Westford City Council will need to be told of any further delays.", []),
    ("Waits were long. The designated nurse at NHS Westford CCG is aware of individual children's needs.", []),
]

#: (a finding's text naming an earlier document, what it says of it).
EARLIER = [
    # the same shortfall again
    ("Transition planning for care leavers remains weak, as our 2015 review also found.", R),
    ("The shortfall in GP training persists three years after the 2015 CLAS review.", R),
    ("Health plans continue to lack clear goals; this was a finding of our previous review too.", R),
    ("At our last visit few children had a dental check, and that is unchanged.", R),
    ("The backlog of initial assessments we reported in 2015 has not yet been cleared.", R),
    ("Records were incomplete in 2015, and they are incomplete again now.", R),
    ("Once more, as at the 2016 JTAI, strategy meetings went ahead without health staff.", R),
    ("The absence of a named GP for care leavers, first noted in 2015, continues.", R),
    ("The lack of supervision was identified at our previous review and is still evident.", R),
    ("Little has moved on since our last inspection in the quality of health assessments.", R),
    ("The concern about school nurse numbers recurs from our 2015 report.", R),
    ("Waiting times for CAMHS, criticised at our last visit, have lengthened.", R),
    ("Since the 2016 JTAI there has been no reduction in missed appointments.", R),
    ("Our previous review recommended a health passport for care leavers; none has been introduced.", R),
    ("The gap in out-of-hours cover that we described in 2015 is still there.", R),
    ("The 2015 CLAS review asked for better liaison with schools, but this has not happened.", R),
    ("As when we last reviewed Westford, health visitors do not attend child protection conferences.", R),
    ("Again, as in our previous report, care leavers told us they had no copy of their health history.", R),
    ("This weakness has remained unaddressed since the 2016 Ofsted inspection.", R),
    ("The recommendation of our 2015 review on supervision has not been acted upon.", R),
    ("Just as at our 2015 review, quality assurance of health assessments is absent.", R),
    ("Our 2015 review found the same lack of oversight that we saw on this visit.", R),
    ("There is still no designated nurse for care leavers, three years after our last review.", R),
    ("Paediatric liaison was under-resourced when we last visited, and it continues to be so.", R),
    (("The emergency department's failure to record who accompanies a child was raised in 2015 and has "
     "not gone away."), R),
    # progress since
    ("The shortage of school nurses that our 2015 review reported has since eased.", P),
    ("Unlike in 2015, the children in care team is now fully staffed.", P),
    ("Health assessments are no longer delayed as they were at our last visit.", P),
    ("In response to our previous review, NCHT appointed a named nurse for care leavers.", P),
    ("The lack of GP involvement identified in 2015 has been put right.", P),
    ("Since our last inspection, the trust has rebuilt its safeguarding training.", P),
    ("The gap in records that we found at our 2015 review has closed.", P),
    ("Following the 2016 JTAI, a new triage system was put in place.", P),
    ("Supervision, irregular at our last visit, is now monthly and recorded.", P),
    ("The recommendations of our 2015 review have all been implemented.", P),
    ("Waiting times have fallen by half since the 2015 CLAS review.", P),
    ("The weakness in transition planning that the 2016 Ofsted inspection found has been tackled.", P),
    ("The concerns raised at our previous review about dental access have been resolved.", P),
    ("Where in 2015 there was no health passport, every care leaver now receives one.", P),
    ("The 2015 CLAS review's concern about record keeping has been acted on.", P),
    ("Considerable progress has been made since our last review in assessing children on entry to care.", P),
    ("What our 2015 review found lacking, the emergency department now does routinely.", P),
    ("The children in care health team has doubled in size since the 2016 JTAI.", P),
    ("The paper-based referral route criticised in our 2015 report has gone.", P),
    ("Health assessments are timelier than at the 2015 CLAS review.", P),
    ("Following the previous CQC review, a designated doctor has been appointed.", P),
    ("The delays in sharing health histories that the 2015 review described have been overcome.", P),
    ("Our 2015 review asked the trust to train midwives in the risks of exploitation, and it has done so.", P),
    ("The missing link between the school nurses and the virtual school, noted in 2015, is now in place.", P),
    ("Health visitors are far better placed than they were at our last visit to spot neglect.", P),
    # mixed: the clause of now decides
    ("Although access to CAMHS has improved since our last review, waits for assessment remain too long.", R),
    ("Waits for assessment remained too long at our 2015 review, but they have now been brought down.", P),
    ("Training has improved since the 2015 CLAS review, yet supervision is still irregular.", R),
    ("Supervision was still irregular at the 2015 review; it has since become monthly.", P),
    # a document only cited
    ("We read the 2016 serious case review about Child M before our visit.", C),
    ("Our 2015 review made six recommendations to the partnership.", C),
    ("The trust's action plan from the 2016 JTAI is due to be reviewed by the board in May.", C),
]


def told(text: str) -> list[str]:
    """The bodies the product's finding reader says the text's concern was taken to."""
    orgs_in, roster = roster_reader()
    kind = roster.kind
    return [org for org, *_ in told_in_finding(text, orgs_in, kind, lambda key: [])[0]]


def said(text: str) -> set[str]:
    """What the finding's sentences say of the earlier documents they name, read as
    ``extract_earlier_reviews`` reads them."""
    out = set()
    for preceding, sentence, following in _in_turn(sentences(text)):
        for m in mentions(sentence) or year_mentions(sentence, "2015"):
            out.add(_said_of(text, sentence, following, preceding, m.start))
    return out


@pytest.mark.parametrize("text,wanted", TOLD, ids=lambda x: x[:70] if isinstance(x, str) else "")
def test_told(text, wanted):
    assert sorted(told(text)) == sorted(wanted)


@pytest.mark.parametrize("text,wanted", EARLIER, ids=lambda x: x[:70] if isinstance(x, str) else "")
def test_earlier_said(text, wanted):
    assert said(text) == {wanted}


#: A second batch, written after the rules above and run on them unchanged (a check of how far
#: they carry): see the commit that added it for the first measurement.
TOLD_SECOND = [
    (("Night cover for the sexual assault referral centre was thin. We let NHS England know at the close of "
     "the review."), [ENG]),
    ("Night cover was thin. The gap in cover was put to NHS England in writing.", [ENG]),
    ("Night cover was thin. NHS England has since been informed by CQC.", [ENG]),
    ("Night cover was thin. We have flagged up the gap to NHS Westford CCG.", [CCG]),
    ("Night cover was thin. NHS Westford CCG has been told about the rota.", [CCG]),
    ("Night cover was thin. We raised our concern about the rota with the commissioners at NHS Westford CCG.", [CCG]),
    ("Night cover was thin. The rota has been drawn to the attention of NHS Westford CCG's chief nurse.", [CCG]),
    ("Night cover was thin. Westford City Council has been made aware of the risk this poses.", [COUNCIL]),
    ("Night cover was thin. Inspectors have notified Westford City Council and NHS England.", [COUNCIL, ENG]),
    ("Night cover was thin. A copy of our findings has been sent to NHS Westford CCG.", [CCG]),
    ("Night cover was thin. We requested an urgent response from Westford City Council.", [COUNCIL]),
    ("Night cover was thin. Following our letter, NHS England has reviewed the rota.", [ENG]),
    ("Night cover was thin. The shortfall was reported to NHS Westford CCG on the second day of the review.", [CCG]),
    ("Night cover was thin. We have briefed NHS England about the two incidents.", [ENG]),
    ("Night cover was thin. NHS Westford CCG was informed.", [CCG]),
    ("Night cover was thin. We discussed the rota with staff at NCHT.", []),
    ("Night cover was thin. NHS England told us it is recruiting.", []),
    ("Night cover was thin. NHS Westford CCG should ensure the rota is filled.", []),
    ("Night cover was thin. We were told that NHS Westford CCG had been informed by NCHT in 2017.", []),
    ("Night cover was thin. NHS Westford CCG chairs the group that oversees the rota.", []),
]

EARLIER_SECOND = [
    ("Our last review found health plans too generic, and they still are.", R),
    ("The 2016 JTAI's concern about return interviews has yet to be addressed.", R),
    ("As we found in 2015, looked after children placed out of area wait longest.", R),
    # read since cue9: what is counted decides which way a move is better (rules.cues MOVES)
    ("The waits for therapy that troubled us at our last visit have only grown.", R),
    ("No headway has been made since our 2015 review on the health of care leavers.", R),
    ("Two years on from the 2016 JTAI, health staff still miss strategy discussions.", R),
    ("The recording of voice of the child remains as weak as at our last visit.", R),
    ("The named nurse post, vacant at our last visit, has been filled.", P),
    ("Since the 2015 CLAS review, the trust has brought in a single electronic record.", P),
    ("The weaknesses we reported in 2015 in GP liaison have largely been dealt with.", P),
    ("Care leavers now receive their health histories, which our 2015 review found they did not.", P),
    ("What was a gap at our last visit is now a strength.", P),
    ("After the 2016 JTAI, the hospital started recording who accompanies a child.", P),
    ("The 2015 CLAS review is referred to in the trust's annual report.", C),
]


@pytest.mark.parametrize("text,wanted", TOLD_SECOND, ids=lambda x: x[:70] if isinstance(x, str) else "")
def test_told_second(text, wanted):
    assert sorted(told(text)) == sorted(wanted)


@pytest.mark.parametrize("text,wanted", EARLIER_SECOND, ids=lambda x: x[:70] if isinstance(x, str) else "")
def test_earlier_said_second(text, wanted):
    assert said(text) == {wanted}
