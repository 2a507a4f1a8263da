"""What the README promises of Cypher on the embedded store holds (issue 20, item 12):
`CALL db.labels()` runs, `labels(n)[0]` is the node's label, other 0-based positions are
explained, and a password written into --neo4j is never printed back."""

from __future__ import annotations

import pytest
from conftest import run, run_json

LABELS = ["Area", "Document", "Finding", "Organisation", "Recommendation", "Report", "Service"]


def test_db_labels_and_relationship_types(ingested_store):
    rows = run_json(["--store", ingested_store, "query", "CALL db.labels()", "--format", "json"])
    assert [r["label"] for r in rows] == LABELS
    yielded = run_json(["--store", ingested_store, "query",
                        "CALL db.labels() YIELD label WHERE label STARTS WITH 'R' RETURN label ORDER BY label",
                        "--format", "json"])
    assert yielded == [{"label": "Recommendation"}, {"label": "Report"}]
    types = run_json(["--store", ingested_store, "query", "CALL db.relationshipTypes()",
                      "--format", "json"])
    assert {"HAS_FINDING", "MAKES", "PROVIDES", "SIMILAR_TO"} <= {r["relationshipType"] for r in types}


def test_first_label_and_list_positions(ingested_store):
    rows = run_json(["--store", ingested_store, "query",
                     "MATCH (n:Finding) RETURN labels(n)[0] AS label, labels(n) AS labels LIMIT 1",
                     "--format", "json"])
    assert rows == [{"label": "Finding", "labels": ["Finding"]}]
    result = run(["--store", ingested_store, "query", "RETURN [10, 20][0] AS x"])
    assert result.exit_code == 2 and "counts list positions from 1" in result.output
    assert len(result.output.splitlines()) == 1


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:1/?password=hunter2-secret",
                                 "neo4j://127.0.0.1:1/?auth_token=hunter2-secret&x=1",
                                 "bolt://neo4j:hunter2-secret@127.0.0.1:1"])
def test_a_password_in_the_uri_is_never_printed(uri):
    result = run(["--neo4j", uri, "stats"])
    assert result.exit_code == 2 and "hunter2" not in result.output
    assert "holds credentials" in result.output


def test_other_query_strings_are_shown_without_their_values():
    result = run(["--neo4j", "bolt://127.0.0.1:1/?policy=hunter2-secret", "stats"])
    assert result.exit_code == 1 and "hunter2" not in result.output and "?…" in result.output
