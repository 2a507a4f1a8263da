"""The learned reader (clasgraph.ingest.learned): who commissions and who provides, weighed by a
model learned from the sentence batteries, for wording no rule lists.

Each row is an invented sentence (Westford, Acme and Brightpath are made up, and no battery
says these sentences) and what it states. The weights are learned by scripts/train_relations.py
from tests/batteries; how well they read a writer's wording they were not learned from is
measured by ``python scripts/train_relations.py --leave-one-out`` (bench/HISTORY.md), not here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from battery import batteries
from clasgraph.ingest import learned
from clasgraph.ingest.extract import extract
from clasgraph.ingest.structure import parse_document
from conftest import ROOT, WESTFORD_BODIES, westford_bodies_in, westford_review

C, P = "COMMISSIONS", "PROVIDES"
BODIES, orgs_in = WESTFORD_BODIES, westford_bodies_in


ROWS = [
    ("staff on a body's books; a body meets the bill",
     "The borough's health visitors are on Acme Community Trust's books, and Westford Council meets the bill.",
     {(P, "Acme Community Trust", "health-visiting"), (C, "Westford Council", "health-visiting")}),
    ("holding the contract", "Brightpath holds the contract for young people's substance misuse work.",
     {(P, "Brightpath", "substance-misuse")}),
    ("the paymaster", "Westford Council is the paymaster for the school nursing service.",
     {(C, "Westford Council", "school-nursing")}),
    ("negative: of the past", "Before 2016, Brightpath ran the sexual health clinics.", set()),
    ("negative: undecided", "NHS Westford CCG has not yet decided who will run CAMHS.", set()),
    ("negative: a question", "Westford Council asked whether Brightpath could run the sexual health clinics.", set()),
    ("negative: staff at an event", "Staff from Acme Community Trust attended the CAMHS training day.", set()),
    ("negative: a referral", "Health visitors refer families to Brightpath for parenting support.", set()),
    ("negative: a hope, inflected", "Brightpath hopes to run the sexual health service from April.", set()),
    ("negative: rather than", "Children in care are seen by school nursing rather than by Acme Community Trust.", set()),
    ("participles in an apposition", ("The minor injuries unit, staffed by Acme Community Trust and paid for by NHS Westford CCG, "
     "opens at weekends."), {(P, "Acme Community Trust", "minor-injuries-unit"), (C, "NHS Westford CCG", "minor-injuries-unit")}),
    # read wrongly at a threshold of 0.5
    ("negative: a hope", "Acme Community Trust is hoping to take over health visiting next year.", set()),
]
#: Rows the model reads wrongly (strict expected failures).
NOT_YET = [
    # read, then missed, then read again as batteries were added (sessions 22 to 24): the provider
    # placed with weighs just under the threshold after training with batteries AD and AE
    ("a remit, and placing the work", "CAMHS sits within the remit of NHS Westford CCG, which places the work with Acme Community Trust.",
     {(C, "NHS Westford CCG", "camhs"), (P, "Acme Community Trust", "camhs")}),
    # under the threshold after the retrain of session 23, read again after the retrain with batteries
    # AN and AO (session 29), under it again after the retrain with AP and AQ (session 30)
    ("a cleft sentence of doing", "School nursing is something Acme Community Trust has carried out across the borough since 2015.",
     {(P, "Acme Community Trust", "school-nursing")}),
]


@pytest.mark.parametrize("sentence,states", [row[1:] for row in ROWS] + [
    pytest.param(*row[1:], marks=pytest.mark.xfail(strict=True, reason="not read right yet")) for row in NOT_YET],
    ids=[row[0] for row in ROWS + NOT_YET])
def test_the_model_reads_what_the_sentence_states(sentence, states):
    assert learned.read(sentence, orgs_in, kinds=BODIES.get) == states


#: Successions: invented sentences and the (predecessor, successor) pairs each states.
SUCCESSION_ROWS = [
    ("negative: a merger talked of, not made",
     "A merger of Acme Community Trust and Brightpath was talked about in 2017 but came to nothing.", set()),
    ("negative: a referral", "Acme Community Trust refers young people to Brightpath for counselling.", set()),
    ("negative: a building shared", "Brightpath and Acme Community Trust share a building in the town centre.", set()),
    ("negative: one contract moved, both go on",
     "Brightpath won the counselling contract from Acme Community Trust, which still runs the school nursing service.", set()),
]


#: Successions the model reads wrongly (strict expected failures): since it was learned again
#: with batteries AJ and AK (session 27), a body's staff and files going to another "when the
#: trust was disbanded" weighs 0.64, just under the threshold of 0.65 (until then read).
SUCCESSION_NOT_YET = [
    ("a body's people, places and files going to another",
     "Acme Community Trust's nurses, premises and case files all went to Brightpath when the trust was disbanded in 2016.",
     {("Acme Community Trust", "Brightpath")}),
]


@pytest.mark.parametrize("sentence,states", [row[1:] for row in SUCCESSION_ROWS] + [
    pytest.param(*row[1:], marks=pytest.mark.xfail(strict=True, reason="not read right yet")) for row in SUCCESSION_NOT_YET],
    ids=[row[0] for row in SUCCESSION_ROWS + SUCCESSION_NOT_YET])
def test_the_model_reads_the_successions_the_sentence_states(sentence, states):
    assert learned.read_successions(sentence, orgs_in) == states


#: Tellings: invented findings and the bodies the review team told of the concern.
TOLD_ROWS = [
    ("put to a body", "Waits for CAMHS were long. The inspectors put this to NHS Westford CCG before they left.",
     [("NHS Westford CCG", "The inspectors put this to NHS Westford CCG before they left.")]),
    ("negative: a body as the source", "Waits for CAMHS were long. NHS Westford CCG sent us its waiting list figures.", []),
    ("negative: a body's papers read", "Waits for CAMHS were long. We read the minutes of Westford Council's scrutiny committee.", []),
    ("a body that heard our concerns", "Waits for CAMHS were long. NHS Westford CCG heard our concerns at the close of the review.",
     [("NHS Westford CCG", "NHS Westford CCG heard our concerns at the close of the review.")]),
]
@pytest.mark.parametrize("text,told", [row[1:] for row in TOLD_ROWS], ids=[row[0] for row in TOLD_ROWS])
def test_the_model_reads_whom_the_review_team_told(text, told):
    from clasgraph.ingest.extract import sentences

    assert learned.told(sentences(text), orgs_in) == told


def test_in_a_review_the_model_reads_what_no_rule_reads(monkeypatch):
    """In a whole review, a sentence neither the rules nor the parse read (school nurses "answer to"
    a trust) is read by the model, with the sentence as evidence; without the model (a threshold
    no probability reaches) nothing is read from it."""
    line = "School nurses in the borough answer to Acme Community Trust."

    def provides():
        records = extract(parse_document(westford_review(line), "westford.txt", "0" * 64))
        return {(e.source, e.target, e.props.get("evidence")) for e in records.edges if e.type == "PROVIDES"}

    assert provides() == {("acme-community-trust", "westford:school-nursing", line)}
    monkeypatch.setattr(learned, "THRESHOLD", 2.0)
    assert provides() == set()


def test_the_weights_were_learned_from_the_batteries_as_they_are():
    """A battery changed or added since the weights were learned: learn them again
    (python scripts/train_relations.py), or the model reads from material that is not there."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_relations import trained_on

    assert learned.model()["trained_on"] == trained_on(batteries())


@pytest.mark.slow
def test_learning_again_gives_the_weights_shipped(tmp_path):
    """The shipped weights are what scripts/train_relations.py learns from the batteries (scikit-learn,
    deterministic): nobody edited them by hand."""
    out = tmp_path / "model.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_relations.py"), "--out", str(out)], check=True,
                   capture_output=True, timeout=600)
    again, shipped = json.loads(out.read_text(encoding="utf-8")), learned.model()
    assert again["trained_on"] == shipped["trained_on"]
    for reading in (*learned.READINGS, "successions", "told"):
        a, b = again[reading]["weights"], shipped[reading]["weights"]
        assert abs(again[reading]["bias"] - shipped[reading]["bias"]) < 1e-3
        assert max(abs(a.get(f, 0.0) - b.get(f, 0.0)) for f in a.keys() | b.keys()) < 1e-3


@pytest.mark.parametrize("sentence,not_weighed", [
    ("There is a plan for Acme Trust to run school nursing.", True),
    ("The council has decided that Acme Trust will run school nursing.", True),
    ("Our review found that Acme Trust runs school nursing.", False),
])
def test_a_clause_under_a_plan_is_not_weighed_and_one_under_a_finding_is(sentence, not_weighed):
    """A pair in a clause embedded under a plan, a proposal or a decision is no fact of now; under
    what the review found, it is (session 21: the veto had taken every word of moving or reviewing)."""
    from clasgraph.ingest import learned, parsed

    doc = parsed.parser()(sentence)
    trust = next(t for t in doc if t.text == "Trust")
    nursing = next(t for t in doc if t.text == "nursing")
    body_side, service_side = parsed._path(trust, nursing)
    assert learned.not_held_now(body_side, service_side) is not_weighed
