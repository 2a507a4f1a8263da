"""Named and ad-hoc Cypher on the embedded store and on a real Bolt server: same answers."""

from __future__ import annotations

import csv
import io
import json
import re

import expected as X
import pytest
from conftest import SAMPLE, empty_bolt, reach_bolt, run, store_snapshot

PARAMS = {"organisation-profile": ["--param", "org=MPT"],
          "service-accountability": ["--param", "service=sexual health"]}


def _named():
    from clasgraph.queries.runner import named_queries

    return sorted(named_queries())


def _rows(store_args, *args):
    result = run([*store_args, "query", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _normalised(rows):
    """Rows as a sorted list, lists inside cells sorted: the order engines give is free."""
    def cell(v):
        return sorted(json.dumps(x, sort_keys=True) for x in v) if isinstance(v, list) else v
    return sorted(json.dumps({k: cell(v) for k, v in row.items()}, sort_keys=True) for row in rows)


@pytest.fixture(scope="module")
def sample_on_bolt(bolt_server):
    """The Bolt server reached (its environment set) for this module's tests, and what its
    database held when the sample was last ingested into it (see :func:`both_stores`)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield reach_bolt(bolt_server, monkeypatch), {}


def _counts(uri) -> tuple[int, int]:
    """How many nodes and relationships the Bolt server's database holds."""
    from clasgraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(uri)
    try:
        return tuple(store.query(q)[1][0][0] for q in ("MATCH (n) RETURN count(n)",
                                                          "MATCH ()-[r]->() RETURN count(r)"))
    finally:
        store.close()


@pytest.fixture
def both_stores(ingested_store, sample_on_bolt):
    """The sample in an embedded store of the test's own and in the Bolt server's database.

    The tests given it only read the Bolt database (a write they try must fail), so the sample
    is ingested there once; again (into an emptied database) only when the database no longer
    holds as many nodes and relationships as then (another test emptied it or wrote to it)."""
    uri, held = sample_on_bolt
    if held.get("counts") is None or _counts(uri) != held["counts"]:
        empty_bolt(uri)
        assert run(["--neo4j", uri, "ingest", SAMPLE]).exit_code == 0
        held["counts"] = _counts(uri)
    return ["--store", ingested_store], ["--neo4j", uri]


def test_queries_lists_every_named_query():
    result = run(["queries"])
    assert result.exit_code == 0
    for name in ("who-commissions-what", "who-provides-what", "commissioning-chain",
                 "recommendations-by-organisation", "action-plan", "repeated-findings",
                 "progress-since", "escalations-to-commissioners",
                 "concerns-without-recommendation", "organisation-profile",
                 "service-accountability"):
        assert name in result.output


@pytest.mark.parametrize("name", _named())
def test_named_query_gives_the_same_rows_embedded_and_over_bolt(both_stores, name):
    embedded, bolt = both_stores
    args = ["--name", name, *PARAMS.get(name, [])]
    here, there = _rows(embedded, *args), _rows(bolt, *args)
    assert here, f"{name} returned no rows on the sample"
    assert _normalised(here) == _normalised(there)


def test_ingesting_twice_over_bolt_changes_nothing(both_stores):
    _, bolt = both_stores
    before = json.loads(run([*bolt, "stats", "--format", "json"]).output)
    assert run([*bolt, "ingest", SAMPLE]).exit_code == 0
    after = json.loads(run([*bolt, "stats", "--format", "json"]).output)
    assert after == before
    assert after["labels"]["Finding"] == 121 and after["relationships"]["SUPPORTS"] == 45


@pytest.mark.parametrize("query", [
    "MATCH (a:Organisation)-[:PART_OF*1..3]-(b:Organisation) RETURN a.id AS a, b.id AS b",
    "MATCH (f:Finding {number: '2.2'})-[r]->(x) RETURN type(r) AS t, labels(x) AS l, x.id AS x",
    "MATCH (o:Organisation) WHERE o.name STARTS WITH \"NHS\" RETURN toUpper(o.kind) AS k, count(*) AS n",
    "MATCH (r:Report) UNWIND r.inspectors AS name RETURN name ORDER BY name",
    "MATCH (f:Finding) WHERE f.text CONTAINS 'Think Family' RETURN f.number AS n ORDER BY n LIMIT 3",
    ("MATCH (o:Organisation {id: 'midlands-partnership-trust'}) OPTIONAL MATCH (o)-[:COMMISSIONS]->(s) "
    "RETURN o.name AS name, count(s) AS commissions"),
    "MATCH (a:Finding)-[:SUPPORTS*1..2]-(b:Finding) RETURN count(*) AS paths",
])
def test_neo4j_forms_give_the_same_rows_on_both(both_stores, query):
    embedded, bolt = both_stores
    assert _normalised(_rows(embedded, query)) == _normalised(_rows(bolt, query))


def test_variable_length_paths_never_reuse_a_relationship(ingested_store):
    # Two CCGs are PART_OF one group: a 1..3 hop walk could go out and back; a trail cannot.
    rows = _rows(["--store", ingested_store],
                 "MATCH (a:Organisation {id: 'leicester-city-ccg'})-[:PART_OF*1..3]-(b) "
                 "RETURN b.id AS other ORDER BY other")
    assert [r["other"] for r in rows] == [X.ELR, X.LLR]


def test_the_most_addressed_organisation(ingested_store):
    rows = _rows(["--store", ingested_store], "--name", "recommendation-count-by-organisation")
    assert rows[0] == {"report": X.R, "published": "2019-10-04",
                       "organisation": "Leicestershire Partnership NHS Trust", "kind": "nhs-trust",
                       "recommendations": 23}
    counts = {r["organisation"]: r["recommendations"] for r in rows}
    assert counts["University Hospitals of Leicester NHS Trust"] == 6
    assert counts["Turning Point"] == 2


def test_findings_that_repeat_the_leicestershire_review(ingested_store):
    rows = _rows(["--store", ingested_store], "--name", "repeated-findings")
    leics = [r["finding"] for r in rows if r["cited"].startswith("Leicestershire CLAS review")]
    assert leics == ["1.5", "2.2", "2.3", "2.25", "3.4", "5.1.11", "5.1.12"]
    assert all(r["evidence"] and r["basis"] == "stated" and r["score"] is None for r in rows)


def test_recommendations_for_one_organisation_with_supporting_findings(ingested_store):
    rows = _rows(["--store", ingested_store], "--name", "recommendations-by-organisation",
                 "--param", "org=Leicestershire Partnership NHS Trust")
    assert len(rows) == 23
    assert {r["organisation"] for r in rows} == {"Leicestershire Partnership NHS Trust"}
    by_number = {r["recommendation"]: sorted(r["supporting_findings"]) for r in rows}
    assert by_number["2.1"] == ["2.12", "5.1.6"]
    assert by_number["7.4"] == ["2.25", "3.16", "5.1.3"]
    assert [r["recommendation"] for r in rows][:4] == ["1.1", "1.2", "2.1", "3.1"]


def test_action_plan_as_csv_a_spreadsheet_opens(ingested_store, tmp_path):
    out = tmp_path / "plan.csv"
    result = run(["--store", ingested_store, "query", "--name", "action-plan", "--format", "csv",
                  "-o", out])
    assert result.exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "no byte-order mark: spreadsheets misread the text"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(X.RECOMMENDATIONS)
    assert list(rows[0]) == ["Report", "Recommendation", "Addressed to", "Accountable now",
                             "Supporting findings", "What the review found",
                             "Action", "Lead", "Due date", "Status", "Evidence"]
    first = rows[0]
    assert first["Report"] == "Rutland, 4 October 2019"
    assert first["Recommendation"].startswith("1.1 Ensure leadership capacity")
    # "NHS England together with Leicester City, Leicestershire and Rutland CCGs and
    # Leicestershire Partnership Trust should:" names them in this order.
    assert first["Addressed to"].split("\n") == [
        "NHS England", "NHS Leicester, Leicestershire and Rutland Clinical Commissioning Groups",
        "Leicestershire Partnership NHS Trust"]
    assert first["Supporting findings"] == "5.1.11"
    assert first["What the review found"].startswith("5.1.11: Local NHS safeguarding leadership capacity")
    by_number = {r["Recommendation"].split()[0]: r for r in rows}
    supported = sorted((f for f, r in X.SUPPORTS if r == "7.4"), key=lambda n: [int(p) for p in n.split(".")])
    assert by_number["7.4"]["Supporting findings"].split("\n") == supported == ["2.25", "3.16", "5.1.3"]
    assert all(r["Action"] == r["Lead"] == r["Due date"] == r["Evidence"] == "" for r in rows)
    assert {r["Status"] for r in rows} == {"Not started"}


def test_ad_hoc_query_as_csv(ingested_store):
    result = run(["--store", ingested_store, "query",
                  "MATCH (o:Organisation)-[:PROVIDES]->(s:Service) RETURN o.name, collect(s.name)",
                  "--format", "csv"])
    assert result.exit_code == 0
    lines = list(csv.reader(io.StringIO(result.output)))
    # The header names the two columns as written (LadybugDB spells functions in capitals).
    assert [name.lower() for name in lines[0]] == ["o.name", "collect(s.name)"]
    provided = {row[0]: set(row[1].split("; ")) for row in lines[1:]}
    assert provided["Turning Point"] == {"Substance misuse services"}


def test_table_output(ingested_store):
    result = run(["--store", ingested_store, "query", "--name", "escalations-to-commissioners"],
                 env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert "Director of Public Health" in result.output and "14 row(s)" in result.output


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Organisation {id: 'x'})",
    "MATCH (n:Finding) SET n.text = 'gone'",
    "MATCH (n) DETACH DELETE n",
    "merge (n:Area {id: 'x'})",
    "MATCH (n:Finding) REMOVE n.text",
    "CALL db.clearQueryCaches()",
])
def test_writing_queries_are_refused_without_write(ingested_store, cypher):
    before = store_snapshot(ingested_store)
    result = run(["--store", ingested_store, "query", cypher])
    assert result.exit_code == 2
    assert "--write" in result.output
    assert store_snapshot(ingested_store) == before


def test_writing_queries_are_refused_over_bolt_too(both_stores):
    _, bolt = both_stores
    result = run([*bolt, "query", "MATCH (n) DETACH DELETE n"])
    assert result.exit_code == 2
    count = _rows(bolt, "MATCH (n:Finding) RETURN count(n) AS n")
    assert count == [{"n": 121}]


def test_keywords_inside_strings_are_not_writes(ingested_store):
    rows = _rows(["--store", ingested_store],
                 "MATCH (f:Finding) WHERE f.text CONTAINS 'CREATE' OR f.text CONTAINS 'set out' "
                 "RETURN count(f) AS n")
    assert rows[0]["n"] >= 1


def test_syntax_error_shows_the_engine_message_and_position(ingested_store):
    result = run(["--store", ingested_store, "query", "MATCH (n:Finding RETURN n"])
    assert result.exit_code == 2
    assert "offset" in result.output or "line" in result.output
    assert "Traceback" not in result.output


def test_syntax_error_over_bolt_is_bad_input_too(both_stores):
    _, bolt = both_stores
    result = run([*bolt, "query", "MATCH (n:Finding RETURN n"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert re.search(r"line|offset|position|:\d+", result.output)


def test_parameters_never_become_cypher(ingested_store, both_stores):
    hostile = "'}) MATCH (n) DETACH DELETE n //"
    for store_args in both_stores:
        # A name that means no service (or body) is refused, as every name that matches nothing.
        refused = run([*store_args, "query", "--name", "service-accountability", "--param", f"service={hostile}"])
        assert refused.exit_code == 2 and "no service matches" in refused.output
        # A value is sent as a parameter, never spliced into the query.
        rows = _rows(store_args, "MATCH (s:Service) WHERE s.name = $name RETURN s.id AS id", "--param",
                     f"name={hostile}")
        assert rows == []
        assert _rows(store_args, "MATCH (n:Finding) RETURN count(n) AS n") == [{"n": 121}]


def test_unknown_named_query_and_missing_parameter(ingested_store):
    result = run(["--store", ingested_store, "query", "--name", "nope"])
    assert result.exit_code == 2 and "clasgraph queries" in result.output
    result = run(["--store", ingested_store, "query", "--name", "organisation-profile"])
    assert result.exit_code == 2 and "--param org=" in result.output


def test_unreachable_neo4j_is_one_line_with_uri_and_without_password(monkeypatch, tmp_path):
    from conftest import free_port

    monkeypatch.setenv("NEO4J_PASSWORD", "very-secret-password")
    uri = f"bolt://127.0.0.1:{free_port()}"
    result = run(["--neo4j", uri, "query", "MATCH (n) RETURN n"])
    assert result.exit_code == 1
    assert uri in result.output and "very-secret-password" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_wrong_password_is_one_clear_line(bolt_server, monkeypatch):
    monkeypatch.setenv("NEO4J_USERNAME", bolt_server["username"])
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    result = run(["--neo4j", bolt_server["uri"], "stats"])
    assert result.exit_code == 1
    assert "authentication failed" in result.output
    assert "not-the-password" not in result.output


def test_injection_fragments_in_a_report_are_stored_as_text_in_both_stores(tmp_path, sample_text,
                                                                          sample_graph, bolt_env):
    fragment = "'}) MATCH (n) DETACH DELETE n // <script>alert(1)</script>"
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(sample_text.replace("2.2 Young people", f"2.2 {fragment} Young people"),
                       encoding="utf-8")
    for store_args in (["--store", tmp_path / "store"], ["--neo4j", bolt_env]):
        assert run([*store_args, "ingest", hostile]).exit_code == 0
        rows = _rows(store_args, "MATCH (f:Finding) WHERE f.number = $n RETURN f.text AS text",
                     "--param", "n=2.2")
        assert rows[0]["text"].startswith(fragment)
        assert _rows(store_args, "MATCH (n:Finding) RETURN count(n) AS n") == [
            {"n": len(X.FINDINGS)}]
        # The fragment adds and removes no organisation: the same as from the clean sample,
        # among them every one the report's header and recommendations name.
        stored = {r["id"] for r in _rows(store_args, "MATCH (n:Organisation) RETURN n.id AS id")}
        assert stored == {n for n, d in sample_graph.nodes(data=True)
                          if d["label"] == "Organisation"}
        assert stored >= set(X.HEADER_NAMES) | set().union(*X.ADDRESSEES.values())


def test_tls_required_but_not_offered_is_one_clear_line(arcadedb, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", arcadedb["password"])
    uri = arcadedb["uri"].replace("bolt://", "bolt+s://")
    result = run(["--neo4j", uri, "stats"])
    assert result.exit_code == 1
    assert uri in result.output and len(result.output.strip().splitlines()) == 1
    assert arcadedb["password"] not in result.output


def test_the_routing_scheme_gives_the_same_rows(both_stores):
    _, bolt = both_stores
    routed = ["--neo4j", bolt[1].replace("bolt://", "neo4j://")]
    query = "MATCH (r:Recommendation)-[:ADDRESSED_TO]->(o:Organisation) RETURN o.id AS o, count(r) AS n"
    assert _normalised(_rows(routed, query)) == _normalised(_rows(bolt, query))


@pytest.mark.parametrize("name", _named())
def test_every_named_query_answers_as_of_a_review(name):
    """Each takes ``report`` (--report/--area) and returns the review and its date on every
    row (the action plan names it as people do: "Rutland, 4 October 2019")."""
    from clasgraph.queries.runner import named_queries

    query = named_queries()[name]
    if "report" not in query.params:  # an answer about change in an area over its reviews
        assert "area" in query.params, name
    else:
        assert query.params["report"].default == ""
    returned = query.cypher.split("RETURN", 1)[1]
    # the review (or, following a recommendation through, both reviews) on every row
    assert re.search(r"AS (\w+_)?report\b", returned) and re.search(r"AS (\w+_)?published\b", returned), name
