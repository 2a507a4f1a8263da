"""Every row of the rules tables, run through the real extraction on its own example sentence.

The examples are written for the tables in ordinary phrasings; none is copied from a report.
"""

from __future__ import annotations

import pytest
from clasgraph.ingest.organisations import OrgResolver, org_spans
from clasgraph.ingest.extract import escalations_in
from clasgraph.ingest.polarity import polarity
from clasgraph.ingest.references import mentions, relation_of
from clasgraph.ingest.relations import relations_in, successions_in
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
