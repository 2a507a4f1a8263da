"""Every row of the rules tables, run through the real extraction on its own example sentence.

The examples are written for the tables in ordinary phrasings; none is copied from a report.
"""

from __future__ import annotations

import pytest
from clasgraph.ingest.extract import escalations_in
from clasgraph.ingest.organisations import OrgResolver, appositive_kinds, kind_of, org_id, org_spans
from clasgraph.ingest.polarity import polarity
from clasgraph.ingest.references import mentions, relation_of
from clasgraph.ingest.relations import relations_in, successions_in
from clasgraph.ingest.rules.bodies import APPOSITIVE, NAMED
from clasgraph.ingest.rules.cues import EARLIER, POLARITY, SUCCESSION, TELLERS, TELLING
from clasgraph.ingest.rules.lexicon import EXAMPLE_ROSTER, LEXICON


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


@pytest.mark.parametrize("cue", TELLING + TELLERS, ids=lambda c: c.example[:60])
def test_telling_row(cue):
    orgs_in, _ = roster_reader()
    found = escalations_in(cue.example, orgs_in, lambda key: [])
    assert [org for org, _, _ in found] == list(cue.gives)


@pytest.mark.parametrize("cue", EARLIER, ids=lambda c: c.example[:60])
def test_earlier_review_row(cue):
    assert mentions(cue.example), "the example names an earlier document"
    assert relation_of(cue.example) == cue.says


@pytest.mark.parametrize("cue", POLARITY, ids=lambda c: c.example[:60])
def test_polarity_row(cue):
    assert polarity(cue.example) == cue.gives[0]


@pytest.mark.parametrize("cue", SUCCESSION, ids=lambda c: c.example[:60])
def test_succession_row(cue):
    orgs_in, _ = roster_reader()
    assert [(r.source, r.target) for r in successions_in(cue.example, orgs_in)] == list(cue.gives)


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
