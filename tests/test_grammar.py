"""The dependency-parse reader (clasgraph.ingest.parsed): who commissions and who provides, read
from the roles bodies play in a sentence's grammar, for sentences no rule of the lexicon reads.

Each row is one construction with an invented sentence (Westford and Acme are made up) and what
it states; the parser is spaCy's small English model, pinned in pyproject and checked by hash.
"""

from __future__ import annotations

import pytest
from clasgraph.ingest import parsed
from clasgraph.ingest.extract import extract
from clasgraph.ingest.structure import parse_document
from conftest import WESTFORD_BODIES, westford_bodies_in, westford_review

C, P = "COMMISSIONS", "PROVIDES"
BODIES, orgs_in = WESTFORD_BODIES, westford_bodies_in


ROWS = [
    ("active verb of money", "Westford Council funds the school nursing service.", {(C, "Westford Council", "school-nursing")}),
    ("passive with agent", "Health visiting is delivered by Acme Community Trust.", {(P, "Acme Community Trust", "health-visiting")}),
    ("money from a source", "The money for CAMHS comes from NHS Westford CCG.", {(C, "NHS Westford CCG", "camhs")}),
    ("bought from a seller", "Sexual health services are bought from Brightpath.", {(P, "Brightpath", "sexual-health")}),
    ("relative clause", "Westford Council, which pays for school nursing, met us.", {(C, "Westford Council", "school-nursing")}),
    ("possessor of a nominal", "NHS Westford CCG's funding of CAMHS was raised.", {(C, "NHS Westford CCG", "camhs")}),
    ("responsibility by kind", "Responsibility for CAMHS rests with NHS Westford CCG.", {(C, "NHS Westford CCG", "camhs")}),
    ("two clauses, each its own", "Westford Council funds school nursing, and Brightpath runs the minor injuries unit.",
     {(C, "Westford Council", "school-nursing"), (P, "Brightpath", "minor-injuries-unit")}),
    ("negative: no longer", "Acme Community Trust no longer delivers health visiting.", set()),
    ("negative: planned", "Westford Council plans to fund school nursing.", set()),
    ("negative: future", "NHS Westford CCG will commission CAMHS.", set()),
    ("negative: against the kind", "Acme Community Trust funds CAMHS.", set()),
    ("negative: declined", "NHS Westford CCG declined to fund CAMHS when Westford Council asked it to.", set()),
]


@pytest.mark.parametrize("sentence,states", [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_roles_read_from_the_parse(sentence, states):
    assert parsed.read(sentence, orgs_in, kinds=BODIES.get) == states


def test_the_pinned_model_is_installed():
    """The parse is measured on one model: pyproject pins it, and its weights are checked by hash."""
    assert parsed.model_folder() is not None
    assert parsed.parser() is not None


def test_a_sentence_no_rule_reads_is_read_from_its_parse():
    """In a whole review, a context line no rule of the lexicon reads (a list item whose money is "a line
    in A's budget") is read from its parse, with the line as evidence."""
    line = "- Sexual health: two clinics in the town centre; a line in Westford Council's public health budget."
    records = extract(parse_document(westford_review(line), "westford.txt", "0" * 64))
    read = {(e.source, e.target, e.props.get("evidence")) for e in records.edges if e.type == "COMMISSIONS"}
    assert read == {("westford-council", "westford:sexual-health", line)}
