"""Who does a relation word, and to what: frames, read whatever the word (session 8, frames8b).

Fictional CLAS-report paragraphs about Westford's bodies, written for this test (not from any
corpus report), each using a word of commissioning or provision the lexicon already has, so that
a failure is the frame's and not the word's: a body named in the sentence before and meant by
"it", "its", "this provider", "the latter", "the same trust", "both organisations"; relative
clauses ("which A funds", "whose nurses", "the ... that B runs") and the noun they belong to;
an agent far from its passive verb; coordination of bodies and of services; fronted adverbials;
"part of the same trust, as are X and Y". Negatives: a pronoun that means a service or a
different body, a relative clause on another noun, plans, denials, past holders. The whole set
of COMMISSIONS and PROVIDES read from a paragraph must match: a wrong body misleads a board
more than a missing one.
"""

from __future__ import annotations

import pytest
from clasgraph.ingest.document import Document
from clasgraph.ingest.extract import read_commissioning
from clasgraph.ingest.organisations import OrgResolver
from clasgraph.ingest.rules.lexicon import EXAMPLE_ROSTER

C, P = "COMMISSIONS", "PROVIDES"
COUNCIL, CCG, ENGLAND = "westford-city-council", "westford-ccg", "nhs-england"
NCHT, GR = "northmoor-community-health-trust", "greenway-recovery"
HV, SN, SH, SM = "health-visiting", "school-nursing", "sexual-health", "substance-misuse"
MIU, ED, MAT, FNP = "minor-injuries-unit", "emergency-department", "maternity", "family-nurse-partnership"
NCHT_NAME, COUNCIL_NAME, CCG_NAME = "Northmoor Community Health NHS Trust", "Westford City Council", "NHS Westford CCG"

#: (paragraph, the relations it states).
FRAMES = [
    # a body named in the sentence before, meant by a pronoun or a definite description
    (f"{NCHT_NAME} is the main community provider in Westford. It also runs the sexual health service.", {(P, NCHT, SH)}),
    ("Greenway Recovery is a local charity. It delivers the substance misuse service for young people.", {(P, GR, SM)}),
    (f"{NCHT_NAME} has worked in the city for many years. Its health visitors see every family with a new baby.",
     {(P, NCHT, HV)}),
    (f"{COUNCIL_NAME} commissions school nursing. It also commissions the sexual health service.",
     {(C, COUNCIL, SN), (C, COUNCIL, SH)}),
    ("Greenway Recovery runs the sexual health service. This provider also delivers the substance misuse service.",
     {(P, GR, SH), (P, GR, SM)}),
    (f"{COUNCIL_NAME} commissions health visiting from {NCHT_NAME}. The same trust also runs school nursing.",
     {(C, COUNCIL, HV), (P, NCHT, HV), (P, NCHT, SN)}),
    (f"{COUNCIL_NAME} and {CCG_NAME} work closely together. The latter commissions the minor injuries unit.",
     {(C, CCG, MIU)}),
    (f"{COUNCIL_NAME} and {CCG_NAME} have a joint commissioning team. Both organisations fund CAMHS.",
     {(C, COUNCIL, "camhs"), (C, CCG, "camhs")}),
    (f"{COUNCIL_NAME} and {CCG_NAME} share a commissioning team. They jointly commission CAMHS.",
     {(C, COUNCIL, "camhs"), (C, CCG, "camhs")}),
    (f"{NCHT_NAME} is commissioned by {CCG_NAME} to run CAMHS. The trust also provides the minor injuries unit.",
     {(C, CCG, "camhs"), (P, NCHT, "camhs"), (P, NCHT, MIU)}),
    (f"{NCHT_NAME} runs the emergency department. {CCG_NAME} commissions it.", {(P, NCHT, ED), (C, CCG, ED)}),
    (f"{CCG_NAME} holds the contract for CAMHS with {NCHT_NAME}. It also commissions the minor injuries unit.",
     {(C, CCG, "camhs"), (P, NCHT, "camhs"), (C, CCG, MIU)}),
    (f"{NCHT_NAME} delivers school nursing. Since 2018 it has also provided the family nurse partnership.",
     {(P, NCHT, SN), (P, NCHT, FNP)}),
    # negatives across sentences: "it" meaning a service, or a body of whom nothing is said
    (f"{COUNCIL_NAME} commissions school nursing from {NCHT_NAME}. It is rated good by the CQC.",
     {(C, COUNCIL, SN), (P, NCHT, SN)}),
    (f"We met leaders from {COUNCIL_NAME}. It is planning to commission a new sexual health service.", set()),
    (f"Greenway Recovery told us about the health visiting service. It is provided by {NCHT_NAME}.", {(P, NCHT, HV)}),
    (f"School nursing is provided by {NCHT_NAME}. It is commissioned by {COUNCIL_NAME}.",
     {(P, NCHT, SN), (C, COUNCIL, SN)}),
    (f"{NCHT_NAME} runs school nursing. Greenway Recovery told us that it would like to provide the service.",
     {(P, NCHT, SN)}),
    (f"{COUNCIL_NAME} asked Greenway Recovery whether it could run the sexual health service.", set()),
    # relative clauses, and the noun they belong to
    (f"The sexual health service, which {COUNCIL_NAME} has funded since 2016, is run by Greenway Recovery.",
     {(C, COUNCIL, SH), (P, GR, SH)}),
    (f"Health visiting is provided by {NCHT_NAME}, whose health visitors are based in children's centres.",
     {(P, NCHT, HV)}),
    (f"{NCHT_NAME}, the trust that runs the minor injuries unit, also provides school nursing.",
     {(P, NCHT, MIU), (P, NCHT, SN)}),
    (f"School nursing is delivered by {NCHT_NAME}, which is commissioned by {COUNCIL_NAME}.",
     {(P, NCHT, SN), (C, COUNCIL, SN)}),
    (f"{COUNCIL_NAME}, which commissions school nursing, met Greenway Recovery, which runs the substance misuse service.",
     {(C, COUNCIL, SN), (P, GR, SM)}),
    (f"The substance misuse service is run by Greenway Recovery, which {CCG_NAME} does not fund.", {(P, GR, SM)}),
    (f"Greenway Recovery runs the sexual health clinic that {COUNCIL_NAME} commissions.", {(P, GR, SH), (C, COUNCIL, SH)}),
    (f"CAMHS, which {CCG_NAME} commissions, works closely with the school nursing service, which {COUNCIL_NAME} commissions.",
     {(C, CCG, "camhs"), (C, COUNCIL, SN)}),
    (f"Greenway Recovery, whose contract with {COUNCIL_NAME} covers the substance misuse service, employs four nurses.",
     {(P, GR, SM), (C, COUNCIL, SM)}),
    (f"Our inspectors visited the emergency department, which {NCHT_NAME} runs.", {(P, NCHT, ED)}),
    (f"The sexual health service, which used to be run by Greenway Recovery, is now provided by {NCHT_NAME}.",
     {(P, NCHT, SH)}),
    # the agent far from its passive verb
    (f"The sexual health service is, following a retender in 2017, commissioned by {COUNCIL_NAME}.", {(C, COUNCIL, SH)}),
    (f"School nursing is, since April 2018 and under a three-year contract, delivered by {NCHT_NAME}.", {(P, NCHT, SN)}),
    (f"Health visiting, after a period of review, is now provided by {NCHT_NAME}.", {(P, NCHT, HV)}),
    ("The substance misuse service for young people is currently, and has been since 2015, delivered by Greenway Recovery.",
     {(P, GR, SM)}),
    (f"CAMHS is, as in many areas, commissioned jointly by {CCG_NAME} and {COUNCIL_NAME}.",
     {(C, CCG, "camhs"), (C, COUNCIL, "camhs")}),
    # coordination of bodies, of services, of clauses
    (f"{COUNCIL_NAME} and {CCG_NAME} jointly fund CAMHS and the school nursing service.",
     {(C, COUNCIL, "camhs"), (C, CCG, "camhs"), (C, COUNCIL, SN), (C, CCG, SN)}),
    (f"Health visiting, school nursing and the family nurse partnership are all run by {NCHT_NAME}.",
     {(P, NCHT, HV), (P, NCHT, SN), (P, NCHT, FNP)}),
    (f"{NCHT_NAME} runs the emergency department and Greenway Recovery runs the sexual health service.",
     {(P, NCHT, ED), (P, GR, SH)}),
    (f"School nursing is commissioned by {COUNCIL_NAME} and delivered by {NCHT_NAME}, and CAMHS is commissioned by {CCG_NAME}.",
     {(C, COUNCIL, SN), (P, NCHT, SN), (C, CCG, "camhs")}),
    (f"{COUNCIL_NAME} commissions health visiting and school nursing from {NCHT_NAME}.",
     {(C, COUNCIL, HV), (C, COUNCIL, SN), (P, NCHT, HV), (P, NCHT, SN)}),
    (f"The emergency department and the maternity unit are both provided by {NCHT_NAME}.", {(P, NCHT, ED), (P, NCHT, MAT)}),
    (f"{COUNCIL_NAME} commissions school nursing, and {CCG_NAME} commissions CAMHS.", {(C, COUNCIL, SN), (C, CCG, "camhs")}),
    (f"Health visiting and school nursing are provided by {NCHT_NAME} and commissioned by {COUNCIL_NAME}.",
     {(P, NCHT, HV), (P, NCHT, SN), (C, COUNCIL, HV), (C, COUNCIL, SN)}),
    # fronted adverbials
    (f"Since April 2017, and under a section 75 agreement, {COUNCIL_NAME} commissions CAMHS.", {(C, COUNCIL, "camhs")}),
    ("In 2019, after a competitive tender, Greenway Recovery began to deliver the sexual health service.", {(P, GR, SH)}),
    ("For young people in Westford, Greenway Recovery provides the substance misuse service.", {(P, GR, SM)}),
    (f"Following the 2015 changes to public health, {COUNCIL_NAME} commissions health visiting.", {(C, COUNCIL, HV)}),
    # part of the same body
    ((f"The emergency department is run by {NCHT_NAME}. The minor injuries unit is part of the same trust, "
      "as is the maternity unit."), {(P, NCHT, ED), (P, NCHT, MIU), (P, NCHT, MAT)}),
    (f"The minor injuries unit is part of {NCHT_NAME}, as are the emergency department and the maternity unit.",
     {(P, NCHT, MIU), (P, NCHT, ED), (P, NCHT, MAT)}),
    # negatives within a sentence
    (f"{COUNCIL_NAME} plans to commission a new school nursing service next year.", set()),
    (f"{CCG_NAME} attended the meeting at which the health visiting service was discussed.", set()),
    (f"Health visiting was previously provided by Greenway Recovery; it is now provided by {NCHT_NAME}.", {(P, NCHT, HV)}),
    ("Greenway Recovery does not provide the sexual health service.", set()),
]

#: A second batch, written after the first had been read (2026-12-04, 20:12 UTC; 12/20 passed then, before any rule was written for them):
#: frames the first rules were not written from.
MORE_FRAMES = [
    ("Greenway Recovery is commissioned by Westford City Council. It runs the substance misuse service.", {(P, GR, SM)}),
    (f"{NCHT_NAME} provides health visiting. {CCG_NAME}, however, commissions the minor injuries unit from it.",
     {(P, NCHT, HV), (C, CCG, MIU), (P, NCHT, MIU)}),
    ("Greenway Recovery runs the sexual health service. It was inspected by the CQC in 2018.", {(P, GR, SH)}),
    (f"{COUNCIL_NAME} commissions CAMHS from {NCHT_NAME}. It told us that waiting times had fallen.",
     {(C, COUNCIL, "camhs"), (P, NCHT, "camhs")}),
    ("NHS England commissions dental care. The latter is a concern for children in care.", {(C, ENGLAND, "dental")}),
    (f"Alongside its work in schools, {NCHT_NAME} delivers the family nurse partnership.", {(P, NCHT, FNP)}),
    (f"As well as school nursing, {NCHT_NAME} provides health visiting.", {(P, NCHT, SN), (P, NCHT, HV)}),
    (f"{NCHT_NAME} and Greenway Recovery deliver school nursing and the substance misuse service respectively.",
     {(P, NCHT, SN), (P, GR, SM)}),
    (f"Neither {NCHT_NAME} nor Greenway Recovery provides the sexual health service.", set()),
    (f"Health visiting is provided not by Greenway Recovery but by {NCHT_NAME}.", {(P, NCHT, HV)}),
    (f"{NCHT_NAME}, rather than Greenway Recovery, runs the school nursing service.", {(P, NCHT, SN)}),
    (f"The minor injuries unit is, like the emergency department, run by {NCHT_NAME}.", {(P, NCHT, MIU), (P, NCHT, ED)}),
    (f"School nursing, which {NCHT_NAME} has delivered since 2014, is commissioned by {COUNCIL_NAME}.",
     {(P, NCHT, SN), (C, COUNCIL, SN)}),
    (f"Health visiting and school nursing are commissioned by {COUNCIL_NAME}. These services are delivered by {NCHT_NAME}.",
     {(C, COUNCIL, HV), (C, COUNCIL, SN), (P, NCHT, HV), (P, NCHT, SN)}),
    (f"Greenway Recovery delivers the sexual health service. The service is commissioned by {COUNCIL_NAME}.",
     {(P, GR, SH), (C, COUNCIL, SH)}),
    (f"{COUNCIL_NAME} commissions the sexual health service, which Greenway Recovery runs. It also commissions school nursing.",
     {(C, COUNCIL, SH), (P, GR, SH), (C, COUNCIL, SN)}),
    (f"{CCG_NAME} commissions CAMHS. So does {COUNCIL_NAME}.", {(C, CCG, "camhs"), (C, COUNCIL, "camhs")}),
    (f"{NCHT_NAME} provides school nursing, as does Greenway Recovery in the north of the county.",
     {(P, NCHT, SN), (P, GR, SN)}),
    (f"{COUNCIL_NAME} commissions health visiting, but not school nursing.", {(C, COUNCIL, HV)}),
    (f"{NCHT_NAME} delivers CAMHS. Its commissioner is {CCG_NAME}.", {(P, NCHT, "camhs"), (C, CCG, "camhs")}),
]

#: A third batch, written after the second's rules (20:17 UTC) to try them on traps: anaphors that
#: should find no body, or a different one.
TRAPS = [
    (f"{COUNCIL_NAME} commissions school nursing. It has also cut its public health budget.", {(C, COUNCIL, SN)}),
    (f"{NCHT_NAME} and Greenway Recovery both work in Westford. They would like to run the sexual health service.",
     set()),
    (f"{COUNCIL_NAME} and {CCG_NAME} commission CAMHS. The former also commissions school nursing.",
     {(C, COUNCIL, "camhs"), (C, CCG, "camhs"), (C, COUNCIL, SN)}),
    (f"{CCG_NAME} commissions CAMHS from {NCHT_NAME}. The trust told us it had cut waiting times.",
     {(C, CCG, "camhs"), (P, NCHT, "camhs")}),
    ("The emergency department is busy at weekends. It is run by " + NCHT_NAME + ".", {(P, NCHT, ED)}),
    ("Greenway Recovery runs the sexual health service. Since 2019 it has also run the substance misuse service.",
     {(P, GR, SH), (P, GR, SM)}),
    (f"{COUNCIL_NAME} commissions health visiting. The latter service is provided by {NCHT_NAME}.",
     {(C, COUNCIL, HV), (P, NCHT, HV)}),
    ("Greenway Recovery runs the substance misuse service. The council commissions it.",
     {(P, GR, SM), (C, COUNCIL, SM)}),
    (f"{COUNCIL_NAME} funds Greenway Recovery and buys the sexual health service from it.",
     {(C, COUNCIL, SH), (P, GR, SH)}),
    ("The health visiting service is popular. The same trust runs school nursing.", set()),
    (f"{NCHT_NAME} runs school nursing. So does it for the family nurse partnership.", {(P, NCHT, SN)}),
    (f"As well as its staff, {NCHT_NAME} provides the building for the minor injuries unit.", {(P, NCHT, MIU)}),
]


#: Clefts (session 27, from battery AJ's fronting voice once it became material; sentences of our
#: own): a body put in focus with "It is ... that/who", a preposition's body in focus ("It was with
#: B that ..."), a body denied beside it; not "It is clear that ...", where no body is in focus.
CLEFTS = [
    (f"It is {NCHT_NAME} that employs the health visitors.", {(P, NCHT, HV)}),
    (f"It was with {NCHT_NAME} that {COUNCIL_NAME} placed the school nursing contract in 2017.",
     {(C, COUNCIL, SN), (P, NCHT, SN)}),
    (f"It is {CCG_NAME}, not {COUNCIL_NAME}, that pays for the minor injuries unit.", {(C, CCG, MIU)}),
    ("Since 2018 it has been Greenway Recovery who delivers the substance misuse service.", {(P, GR, SM)}),
    (f"It is clear that {NCHT_NAME} runs school nursing.", {(P, NCHT, SN)}),
    (f"It is important that {COUNCIL_NAME} reviews the health visiting contract.", set()),
    # the rest of the cleft has a subject of its own: read as written (the body in focus not moved into it)
    (f"It is {NCHT_NAME} that the review found took over CAMHS from Greenway Recovery.", {(P, NCHT, "camhs")}),
]


#: A verb given once for two clauses (session 27, from battery AM's coordination voice, in
#: sentences of our own): the second clause names its body and its service only ("A pays for X,
#: B for Y"), each body read with its own service; a service's acronym before "and" and a body
#: is not part of the body's name ("commissions CAMHS and Greenway Recovery runs ...").
GAPPED = [
    (f"{COUNCIL_NAME} pays for health visiting, {CCG_NAME} for CAMHS.", {(C, COUNCIL, HV), (C, CCG, "camhs")}),
    (f"{NCHT_NAME} runs health visiting and Greenway Recovery the substance misuse service.", {(P, NCHT, HV), (P, GR, SM)}),
    (f"{COUNCIL_NAME} commissions school nursing; {CCG_NAME}, the minor injuries unit.", {(C, COUNCIL, SN), (C, CCG, MIU)}),
    (f"{CCG_NAME} commissions CAMHS and Greenway Recovery runs the substance misuse service.",
     {(C, CCG, "camhs"), (P, GR, SM)}),
    (f"{COUNCIL_NAME} pays for health visiting and {CCG_NAME} runs a forum on CAMHS.", {(C, COUNCIL, HV)}),
    # the verb a gap leaves out is the one of the clause just before it
    (f"{CCG_NAME} commissions CAMHS, {NCHT_NAME} runs health visiting and Greenway Recovery the substance misuse service.",
     {(C, CCG, "camhs"), (P, NCHT, HV), (P, GR, SM)}),
]
#: A clause of concession or contrast put first (session 27, from battery AJ's and AL's voices, in
#: sentences of our own): each clause's services read with its own bodies only, a passive main
#: clause's doer included. (A first rule set every such clause apart as a statement of its own; it
#: lowered held-out battery AL, whose concessions often grant what the main clause denies, and now
#: applies only where the main clause is a passive about a service of its own.)
CONCESSIONS = [
    (f"Although {COUNCIL_NAME} funds health visiting, school nursing is paid for by {CCG_NAME}.",
     {(C, COUNCIL, HV), (C, CCG, SN)}),
    (f"Whereas {COUNCIL_NAME} funds health visiting, school nursing is paid for by {CCG_NAME}.",
     {(C, COUNCIL, HV), (C, CCG, SN)}),
    (f"Although {NCHT_NAME} runs health visiting, school nursing is run by Westford Care NHS Trust.",
     {(P, NCHT, HV), (P, "westford-care-trust", SN)}),
    (f"While {CCG_NAME} pays for the minor injuries unit, Greenway Recovery staffs it.", {(C, CCG, MIU), (P, GR, MIU)}),
    (f"Although {CCG_NAME}, not {COUNCIL_NAME}, funds CAMHS, {NCHT_NAME} runs it.", {(C, CCG, "camhs"), (P, NCHT, "camhs")}),
]
#: A service's name, a colon and a body's name (session 27, from battery AL's bulleted voice, in
#: lines of our own): the body read by its kind, as "Body: service" is; not a label ("Commissioner:").
SERVICE_LINES = [
    (f"Health visiting: {NCHT_NAME}. School nursing: Greenway Recovery.", {(P, NCHT, HV), (P, GR, SN)}),
    (f"- School nursing: Greenway Recovery, under a {COUNCIL_NAME} contract to 2021", {(C, COUNCIL, SN), (P, GR, SN)}),
    (f"Health visiting: {COUNCIL_NAME}.", {(C, COUNCIL, HV)}),
    (f"Chair of the CAMHS board: {COUNCIL_NAME}.", set()),
    ("CAMHS: Greenway Recovery (closed 2018).", set()),
    ("School nursing: not Greenway Recovery.", set()),
    (f"Action 3: review of health visiting. Delivery: {COUNCIL_NAME} to re-tender. Due: March.", set()),
]
#: A relative clause in which one body pays another to do the work (session 27, in sentences of
#: our own): the body the clause follows does it, not the one that pays; a request is no payment.
PAID_TO_DO = [
    (f"Greenway Recovery, which {COUNCIL_NAME} funds to run the substance misuse service, has a new manager.",
     {(C, COUNCIL, SM), (P, GR, SM)}),
    (f"Greenway Recovery, whom {CCG_NAME} contracts to deliver the minor injuries unit, is a charity.",
     {(C, CCG, MIU), (P, GR, MIU)}),
    (f"Greenway Recovery, which {COUNCIL_NAME} asked to run the substance misuse service, declined.", set()),
    (f"{COUNCIL_NAME} asked Greenway Recovery to run the substance misuse service.", set()),
    (f"{COUNCIL_NAME} invited Greenway Recovery to deliver the substance misuse service.", set()),
    # a service named only as what a group or board is about (session 27, from battery AK's lead roles)
    (f"{COUNCIL_NAME} leads the CAMHS transformation working group.", set()),
    (f"{CCG_NAME} chairs the health visiting steering group.", set()),
    (f"{CCG_NAME} leads the CAMHS Transformation Working Group.", set()),
    (f"{COUNCIL_NAME} sits on the CAMHS Partnership Board.", set()),
    # two named bodies denied (session 27): nothing of theirs; the service still what "it" means next
    ((f"{COUNCIL_NAME} commissions health visiting. Neither {CCG_NAME} nor {COUNCIL_NAME} funds the family nurse partnership. "
     "It is paid for by NHS England."), {(C, COUNCIL, HV), (C, ENGLAND, FNP)}),
    (f"Neither parents nor staff knew that {CCG_NAME} funds CAMHS.", {(C, CCG, "camhs")}),
    ((f"Greenway Recovery, which {COUNCIL_NAME} funds to run the substance misuse service; {NCHT_NAME} provides CAMHS "
     f"for {CCG_NAME}."), {(C, COUNCIL, SM), (P, GR, SM), (P, NCHT, "camhs"), (C, CCG, "camhs")}),
]


def _roster() -> OrgResolver:
    roster = OrgResolver()
    for name, alias in EXAMPLE_ROSTER:
        roster.add(name, aliases=[alias] if alias else [])
    return roster


def read_paragraph(paragraph: str) -> set[tuple[str, str, str]]:
    """The commissioning and provision the reader takes from one context paragraph of a review."""
    doc = Document("frames.txt", "0" * 64, context=[paragraph])
    facts = read_commissioning(doc, "frames", _roster(), "Westford").facts
    return {(kind, source, target) for kind, source, target, *_ in facts if kind in (C, P)}


@pytest.mark.parametrize("paragraph,wanted", FRAMES + MORE_FRAMES + TRAPS + CLEFTS + GAPPED + PAID_TO_DO + CONCESSIONS
                         + SERVICE_LINES, ids=lambda x: x[:60] if isinstance(x, str) else "")
def test_frame(paragraph, wanted):
    assert read_paragraph(paragraph) == wanted
