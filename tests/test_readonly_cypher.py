"""Queries without --write cannot write, read files or run procedures that write: each hostile
statement is refused on the embedded store and on a real Bolt server, and the graph is unchanged."""

from __future__ import annotations

import json

import pytest
from conftest import REPORT_ID, SAMPLE, run, store_snapshot

FINDING = f"{REPORT_ID}#2.2"

HOSTILE = [
    "CHECKPOINT",
    "CALL `read_csv_serial`('/etc/passwd') RETURN *",
    "CALL read_csv('/etc/passwd') RETURN *",
    (f"CALL `merge.node`(['Finding'], {{id: '{FINDING}'}}, {{text: 'overwritten'}}, "
     "{text: 'overwritten'}) YIELD node RETURN node"),
    (f"CALL `merge`.`node`(['Finding'], {{id: '{FINDING}'}}, {{}}, {{text: 'overwritten'}}) "
     "YIELD node RETURN node"),
    "CALL db.clearQueryCaches()",
    "CALL dbms.security.createUser('x', 'y', false)",
    "CREATE (n:Organisation {id: 'hostile'})",
    "create (n:Organisation {id: 'hostile'}) return n",
    "MATCH (f:Finding) SET f.text = 'overwritten'",
    "match (f:Finding) set f.text = 'overwritten'",
    "MATCH (f:Finding) REMOVE f.text",
    "MATCH (n) DETACH DELETE n",
    "MATCH (f:Finding) MERGE (o:Organisation {id: 'hostile'})",
    "MATCH (f:Finding) FOREACH (x IN [1] | SET f.text = 'overwritten')",
    "MATCH (f:Finding) CALL { WITH f SET f.text = 'overwritten' } RETURN 1",
    "MATCH (f:Finding) CALL (f) { SET f.text = 'overwritten' } RETURN 1",
    "RETURN 1 AS x UNION CREATE (n:Organisation {id: 'hostile'}) RETURN 1 AS x",
    "RETURN 1 AS x UNION ALL MATCH (f:Finding) SET f.text = 'overwritten' RETURN 1 AS x",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "LOAD FROM '/etc/passwd' RETURN *",
    "LOAD EXTENSION httpfs",
    "COPY Finding FROM '/etc/passwd'",
    "INSTALL httpfs",
    "ATTACH '/tmp/clasgraph-hostile' AS other (dbtype lbug)",
    "EXPORT DATABASE '/tmp/clasgraph-hostile-export'",
    "IMPORT DATABASE '/tmp/clasgraph-hostile-export'",
    "RETURN read_csv('/etc/passwd')",
    "UNWIND read_csv('/etc/passwd') AS x RETURN x",
    "MATCH (n) RETURN n LIMIT 1; MATCH (m) DETACH DELETE m",
    "MATCH (n) RETURN count(n);CREATE (n:Organisation {id: 'hostile'})",
    "MATCH (f:Finding) /* a comment */ SET f.text = 'overwritten'",
    "MATCH (f:Finding) // RETURN f\nSET f.text = 'overwritten'",
    "MATCH (f:Finding) \\u0053ET f.text = 'overwritten'",
    "RETURN '\\u0027 CREATE (n:Organisation {id: \\u0027hostile\\u0027}) //'",
    "MATCH (f:Finding) WITH f AS x SET x.text = 'overwritten'",
    "BEGIN TRANSACTION",
    "USE system SHOW USERS",
    "PROFILE MATCH (f:Finding) SET f.text = 'overwritten'",
]

ALLOWED = [
    ("MATCH (o:Organisation) RETURN o.name AS set ORDER BY set LIMIT 1", "set"),
    (("MATCH (f:Finding) WHERE f.text CONTAINS 'CREATE' OR f.text CONTAINS 'set out' "
      "RETURN count(f) AS n"), "n"),
    ("MATCH (f:Finding {id: $id}) RETURN f.`text` AS `delete`;", "delete"),
]


def _fingerprint(store_args) -> list:
    result = run([*store_args, "query", "--format", "json",
                  ("MATCH (n) OPTIONAL MATCH (n)-[r]->() WITH count(DISTINCT n) AS nodes, "
                   "count(r) AS rels MATCH (f:Finding {id: $id}) RETURN nodes, rels, f.text AS text"),
                  "--param", f"id={FINDING}"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture
def stores(ingested_store, bolt_env):
    assert run(["--neo4j", bolt_env, "ingest", SAMPLE]).exit_code == 0
    return {"embedded": ["--store", ingested_store], "bolt": ["--neo4j", bolt_env]}


def test_hostile_statements_are_refused_on_both_stores_and_change_nothing(stores, ingested_store):
    before = {name: _fingerprint(args) for name, args in stores.items()}
    assert before["embedded"][0]["text"] == before["bolt"][0]["text"]
    files = store_snapshot(ingested_store)
    for name, args in stores.items():
        for cypher in HOSTILE:
            result = run([*args, "query", cypher])
            assert result.exit_code == 2, (name, cypher, result.output)
            assert "refused" in result.output or "cannot read the query" in result.output, \
                (name, cypher, result.output)
            assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
        assert _fingerprint(args) == before[name], (name, "the graph changed")
    assert store_snapshot(ingested_store) == files
    assert not any(ingested_store.glob("*hostile*"))


def test_reading_queries_with_keyword_names_still_run_on_both_stores(stores):
    for args in stores.values():
        for cypher, column in ALLOWED:
            result = run([*args, "query", cypher, "--param", f"id={FINDING}", "--format", "json"])
            assert result.exit_code == 0, result.output
            rows = json.loads(result.output)
            assert len(rows) == 1 and column in rows[0]


def test_named_names_are_compared_without_backticks_and_case():
    from clasgraph.graph.cypher import read_only_problems

    assert read_only_problems("CALL `DB`.`Labels`() YIELD label RETURN label") == []
    assert read_only_problems("RETURN `toLower`('A') AS a") == []
    assert read_only_problems("RETURN `read_CSV`('x') AS a") == ["read_csv() (not a read-only function)"]
    assert read_only_problems("CALL `merge.node`([], {}, {}, {}) YIELD node RETURN node") == \
        ["CALL merge.node (not a read-only procedure)"]
    # A comment or a string can hide nothing, and cannot unhide anything either.
    assert read_only_problems("MATCH (n) RETURN n // ; DETACH DELETE n") == []
    assert read_only_problems("MATCH (n) WHERE n.a = '; DELETE n' RETURN n") == []


def test_the_embedded_engine_still_opens_after_the_hostile_statements(ingested_store):
    for cypher in ("CHECKPOINT", "CALL `read_csv_serial`('/etc/passwd') RETURN *"):
        assert run(["--store", ingested_store, "query", cypher]).exit_code == 2
    result = run(["--store", ingested_store, "query", "--format", "json",
                  "MATCH (f:Finding) RETURN count(f) AS n"])
    assert result.exit_code == 0 and json.loads(result.output) == [{"n": 121}]
