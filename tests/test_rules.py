"""Every row of the rules tables, run through the real extraction on its own example sentence.

The examples are written for the tables in ordinary phrasings; none is copied from a report.
"""

from __future__ import annotations

import pytest
from clasgraph.ingest.organisations import OrgResolver, org_spans
from clasgraph.ingest.relations import relations_in
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
