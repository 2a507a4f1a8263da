"""A body told of a concern, said with other verbs and nouns, in passive and nominal forms; the
body told is the one the telling names, not one named around it.

Written for these tests, before the rules for them: first measured at 11 of 26 (every case
that is not an escalation right, every other missed).
"""

from __future__ import annotations

import pytest
from clasgraph.ingest.extract import escalations_in
from test_rules import roster_reader

CCG, COUNCIL, ENG = "westford-ccg", "westford-city-council", "nhs-england"

WRITTEN_BEFORE = [
    ("Our concerns about the waiting list were passed to NHS England.", [ENG]),
    ("We raised our concerns about the delays in initial health assessments with NHS Westford CCG.", [CCG]),
    ("This shortfall was notified to Westford City Council during the review.", [COUNCIL]),
    ("The gap in out-of-hours cover has been shared with the commissioners at NHS Westford CCG.", [CCG]),
    ("The absence of a transition nurse was brought to the attention of NHS England.", [ENG]),
    ("The matter has been referred to Westford City Council's director of public health.", [COUNCIL]),
    ("We have put this shortfall before the public health lead at Westford City Council.", [COUNCIL]),
    ("This has gone to NHS England's regional team, which commissions the service.", [ENG]),
    ("We made a referral to Westford City Council about this.", [COUNCIL]),
    ("These findings have been fed back to the commissioning manager at Westford City Council.", [COUNCIL]),
    ("Our findings on this were sent on to NHS England.", [ENG]),
    ("The delays in health assessments were taken up with NHS Westford CCG during the review.", [CCG]),
    ("We took our concerns to Westford City Council.", [COUNCIL]),
    ("Notification of this shortfall was given to NHS Westford CCG.", [CCG]),
    ("The issue has been the subject of an escalation to NHS England.", [ENG]),
    ("NHS Westford CCG has been told of our concern.", [CCG]),
    ("The commissioners at Westford City Council have been informed.", [COUNCIL]),
    ("Westford City Council has been made aware of the gap.", [COUNCIL]),
    ("We have since written to NHS Westford CCG's chief nurse.", [CCG]),
    ("We raised this with NHS England, which buys the service from Greenway Recovery.", [ENG]),
    ("We have written to Westford City Council and NHS Westford CCG about this.", [COUNCIL, CCG]),
    # not the review telling a commissioner
    ("Safeguarding concerns are shared with Westford City Council's social care team.", []),
    ("Staff told us that they had raised concerns with NHS Westford CCG.", []),
    ("Referrals are passed to NCHT's triage team.", []),
    ("Information about children is shared with GPs.", []),
    ("The trust reported the incident to NHS England.", []),
    ("Midwives refer women to the perinatal mental health team.", []),
    ("The delay was shared with Westford City Council's children's social care team.", []),
    ("This has taken Greenway Recovery two years to fix.", []),
]


@pytest.mark.parametrize("sentence,wanted", WRITTEN_BEFORE, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_the_body_told(sentence, wanted):
    orgs_in, _ = roster_reader()
    assert [org for org, _, _ in escalations_in(sentence, orgs_in, lambda key: [])] == wanted


#: A second batch, written after the first was read: first measured at 13 of 16. Not yet read:
#: "The matter is now with NHS England" (no verb of telling at all).
SECOND_BATCH = [
    ("NHS Westford CCG's attention has been drawn to this gap.", [CCG]),
    ("This was escalated at the time to NHS England.", [ENG]),
    ("We have alerted the commissioners at Westford City Council.", [COUNCIL]),
    ("The review team immediately informed NHS England and NHS Westford CCG.", [ENG, CCG]),
    ("Our concern about the lack of a named GP was put to NHS Westford CCG.", [CCG]),
    ("These concerns were subsequently raised with the Director of Public Health at Westford City Council.", [COUNCIL]),
    ("Commissioners at NHS Westford CCG were informed of this shortfall.", [CCG]),
    ("Health visitors inform GPs of every new birth.", []),
    ("School nurses were made aware of the new pathway.", []),
    ("The trust has shared its action plan with NHS Westford CCG.", []),
    ("NCHT staff raised concerns with the council about the child's safety.", []),
]


@pytest.mark.parametrize("sentence,wanted", SECOND_BATCH, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_the_body_told_second_batch(sentence, wanted):
    orgs_in, _ = roster_reader()
    assert [org for org, _, _ in escalations_in(sentence, orgs_in, lambda key: [])] == wanted
