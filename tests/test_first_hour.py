"""A leader's first hour (issue 10): filters that say when they match nothing, global options
anywhere, output files and formats, repeats that agree everywhere, action plans for
spreadsheets, tables that never break a word, and the rename of CONCERNS to ABOUT.

Expected values come from the sample's hand-read lists (tests/expected.py) or from the text of
the fictional Ashvale reports in examples/, never from clasgraph's own output.
"""

from __future__ import annotations

import csv
import io
import json
import re

import expected as X
import pytest
from conftest import REPORT_ID, ROOT, SAMPLE, run, run_json

ASHVALE_2015, ASHVALE_2018 = "ashvale-2015-05-20", "ashvale-2018-03-28"


@pytest.fixture(scope="module")
def three_reports(tmp_path_factory):
    """The sample and the two fictional Ashvale reports shipped in examples/."""
    store = tmp_path_factory.mktemp("three") / "store"
    result = run(["--store", store, "ingest", ROOT / "examples"])
    assert result.exit_code == 0, result.output
    return store


# --- filters that match nothing say so ---------------------------------------------------


def test_a_section_that_matches_nothing_is_refused_with_the_closest_name(ingested_store, tmp_path):
    result = run(["--store", ingested_store, "map", "--section", "Governnce", "-o", tmp_path / "m.html"])
    assert result.exit_code == 2
    assert "no section matches 'Governnce'; closest: Governance" in result.output
    assert not (tmp_path / "m.html").exists()


def test_a_section_in_other_case_is_the_section(ingested_store, tmp_path):
    result = run(["--store", ingested_store, "map", "--view", "recommendations", "--section",
                  "governance", "-o", tmp_path / "m.html"])
    assert result.exit_code == 0, result.output


def test_an_unknown_report_is_refused_by_repeats_map_and_query(three_reports, tmp_path):
    for args in (["repeats", "--report", "nope"],
                 ["map", "--report", "nope", "-o", tmp_path / "m.html"],
                 ["query", "--name", "action-plan", "--param", "report=nope"]):
        result = run(["--store", three_reports, *args])
        assert result.exit_code == 2, args
        assert "no report matches 'nope'" in result.output


def test_a_report_by_unique_prefix_or_area(three_reports):
    rows = run_json(["--store", three_reports, "query", "--name", "action-plan", "--param",
                     "report=rutland", "--format", "json"])
    assert {r["Report"] for r in rows} == {"Rutland, 4 October 2019"}
    assert len(rows) == len(X.RECOMMENDATIONS)
    rows = run_json(["--store", three_reports, "query", "--name", "action-plan", "--param",
                     "report=ashvale-2015", "--format", "json"])
    assert {r["Report"] for r in rows} == {"Ashvale, 20 May 2015"}  # "Date of publication: 20 May 2015"
    result = run(["--store", three_reports, "query", "--name", "action-plan", "--param", "report=ashvale"])
    assert result.exit_code == 2
    assert ASHVALE_2015 in result.output and ASHVALE_2018 in result.output


def test_commissioning_view_narrowed_to_one_organisation(ingested_store, tmp_path):
    out = tmp_path / "lpt.html"
    result = run(["--store", ingested_store, "map", "--view", "commissioning", "--org", "LPT", "-o", out])
    assert result.exit_code == 0, result.output
    from clasgraph.viz.views import select

    from clasgraph import load_graph

    # What the map holds is checked against the hand-read list: LPT's services, and everyone
    # else who commissions or provides those services.
    shown = select(load_graph(ingested_store), "commissioning", org="LPT").graph
    lpt_services = {s for kind, o, s in X.COMMISSIONING if o == X.LPT and kind == "PROVIDES"}
    expected = {(k, o, s) for k, o, s in X.COMMISSIONING if s in lpt_services}
    drawn = {(d["type"], u, v) for u, v, d in shown.edges(data=True) if d["type"] in ("COMMISSIONS", "PROVIDES")}
    assert drawn == expected
    assert "Only what concerns Leicestershire Partnership NHS Trust" in out.read_text()


def test_an_org_that_matches_nothing_is_refused(ingested_store, tmp_path):
    result = run(["--store", ingested_store, "map", "--view", "commissioning", "--org", "Nowhere Trust",
                  "-o", tmp_path / "m.html"])
    assert result.exit_code == 2 and "no organisation matches 'Nowhere Trust'" in result.output
    result = run(["--store", ingested_store, "query", "--name", "action-plan", "--org", "Nowhere Trust"])
    assert result.exit_code == 2 and "no organisation matches 'Nowhere Trust'" in result.output
    result = run(["--store", ingested_store, "map", "--view", "repeats", "--org", "LPT",
                  "-o", tmp_path / "m.html"])
    assert result.exit_code == 2 and "--org" in result.output


def test_diff_of_a_report_with_itself_is_refused(three_reports):
    result = run(["--store", three_reports, "diff", "rutland", REPORT_ID])
    assert result.exit_code == 2 and "two different reports" in result.output


def test_diff_of_the_two_ashvale_reviews_runs_in_publication_order(three_reports):
    d = run_json(["--store", three_reports, "diff", "ashvale-2018", "ashvale-2015", "--format", "json"])
    assert (d["earlier"], d["later"]) == (ASHVALE_2015, ASHVALE_2018)


# --- global options ------------------------------------------------------------------------


def test_global_options_after_the_command(ingested_store):
    before = run(["--store", ingested_store, "stats", "--format", "json"])
    after = run(["stats", "--format", "json", "--store", ingested_store])
    assert after.exit_code == 0 and json.loads(after.output) == json.loads(before.output)
    assert json.loads(after.output)["labels"]["Recommendation"] == len(X.RECOMMENDATIONS)
    result = run(["stats", "-v", "--store", str(ingested_store)])
    assert result.exit_code == 0


def test_verbose_with_quiet_is_a_usage_error(ingested_store):
    for args in (["-v", "-q", "stats"], ["stats", "-v", "-q"], ["-q", "stats", "--verbose"]):
        result = run(["--store", ingested_store, *args])
        assert result.exit_code == 2 and "not both" in result.output


# --- output files and formats --------------------------------------------------------------


@pytest.mark.parametrize("command", [["map"], ["query", "--name", "reports"], ["export"]])
def test_output_into_a_missing_folder_is_one_line(ingested_store, tmp_path, command):
    out = tmp_path / "no-such-folder" / "out.csv"
    if command == ["map"]:
        out = out.with_suffix(".html")
    if command == ["export"]:
        out = out.with_suffix(".json")
    result = run(["--store", ingested_store, *command, "-o", out])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "does not exist" in result.output
    assert "Traceback" not in result.output


def test_export_format_follows_the_extension(ingested_store, tmp_path):
    import networkx as nx

    for name, read in (("g.graphml", nx.read_graphml), ("g.gexf", nx.read_gexf)):
        assert run(["--store", ingested_store, "export", "-o", tmp_path / name]).exit_code == 0
        assert read(tmp_path / name).nodes[f"{REPORT_ID}#2.2"]["label"] == "Finding"
    assert run(["--store", ingested_store, "export", "-o", tmp_path / "g.json"]).exit_code == 0
    data = json.loads((tmp_path / "g.json").read_text())
    assert sum(n["label"] == "Recommendation" for n in data["nodes"]) == len(X.RECOMMENDATIONS)
    result = run(["--store", ingested_store, "export", "-o", "-"])
    assert result.exit_code == 0 and json.loads(result.output)["nodes"]


def test_query_format_follows_the_extension_and_dash_is_standard_output(ingested_store, tmp_path):
    for suffix in (".csv", ".json"):
        out = tmp_path / f"plan{suffix}"
        assert run(["--store", ingested_store, "query", "--name", "action-plan", "-o", out]).exit_code == 0
        text = out.read_text(encoding="utf-8-sig")
        rows = json.loads(text) if suffix == ".json" else list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == len(X.RECOMMENDATIONS)
    result = run(["--store", ingested_store, "query", "--name", "action-plan", "--format", "csv", "-o", "-"])
    assert result.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(result.output)))) == len(X.RECOMMENDATIONS)
    out = tmp_path / "reports.txt"
    assert run(["--store", ingested_store, "query", "--name", "reports", "-o", out]).exit_code == 0
    assert "rutland-2019-10-04" in out.read_text() and "1 row(s)" in out.read_text()
    result = run(["--store", ingested_store, "query", "--name", "reports", "-o", tmp_path / "r.docx"])
    assert result.exit_code == 2 and "--format" in result.output


def test_map_to_standard_output(ingested_store):
    result = run(["--store", ingested_store, "map", "-o", "-"])
    assert result.exit_code == 0 and result.output.startswith("<!DOCTYPE html>")


# --- repeats -------------------------------------------------------------------------------

STATED = {(f, d) for kind, f, d in X.EARLIER if kind == "REPEATS"}


def test_repeats_on_the_sample_lists_every_stated_repeat(ingested_store):
    rows = run_json(["--store", ingested_store, "repeats", "--format", "json"])
    assert {(r["finding"], r["earlier_id"]) for r in rows} == STATED
    assert all(r["basis"] == "stated" and r["evidence"] and r["polarity"] == "concern"
               and r["score"] is None for r in rows)
    leics = next(r for r in rows if r["finding"] == "2.2")
    assert leics["cited"] == "Leicestershire CLAS review (November 2018)"
    assert "previously identified in the Leicestershire CLAS review" in leics["evidence"]


def test_repeats_the_named_query_and_the_table_agree(three_reports):
    for extra, params in (([], []), (["--all"], ["--param", "all_findings:=true"])):
        listed = run_json(["--store", three_reports, "repeats", "--format", "json", *extra])
        named = run_json(["--store", three_reports, "query", "--name", "repeated-findings",
                          "--format", "json", *params])
        assert listed == named
    everything = run_json(["--store", three_reports, "repeats", "--all", "--format", "json"])
    concerns = run_json(["--store", three_reports, "repeats", "--format", "json"])
    assert {r["polarity"] for r in concerns} <= {"concern", "mixed"}
    assert len(everything) >= len(concerns)
    # Rutland's stated repeats are there whatever else was ingested.
    assert {(r["finding"], r["earlier_id"]) for r in concerns if r["report"] == REPORT_ID} == STATED


def test_ashvale_2018_repeats_point_back_to_2015(three_reports):
    rows = run_json(["--store", three_reports, "repeats", "--report", "ashvale-2018", "--format", "json"])
    assert rows and {r["report"] for r in rows} == {ASHVALE_2018}
    assert {r["earlier_report"] for r in rows if r["earlier_report"]} <= {ASHVALE_2015}


# --- action plans --------------------------------------------------------------------------


def test_action_plan_for_one_organisation(ingested_store):
    rows = run_json(["--store", ingested_store, "query", "--name", "action-plan", "--org", "LPT",
                     "--format", "json"])
    wanted = [r for r in X.RECOMMENDATIONS if X.LPT in X.ADDRESSEES[r.split(".")[0]]]
    assert [r["Recommendation"].split()[0] for r in rows] == wanted
    assert all("Leicestershire Partnership NHS Trust" in r["Addressed to"].split("\n") for r in rows)


def test_action_plan_as_a_spreadsheet(ingested_store, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "plan.xlsx"
    result = run(["--store", ingested_store, "query", "--name", "action-plan", "-o", out])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header == ["Report", "Recommendation", "Addressed to", "Accountable now",
                      "Supporting findings", "What the review found",
                      "Action", "Lead", "Due date", "Status", "Evidence"]
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 1 + len(X.RECOMMENDATIONS)
    assert sheet["B2"].alignment.wrap_text and sheet["B2"].value.startswith("1.1 ")
    assert sheet.column_dimensions["F"].width > sheet.column_dimensions["E"].width  # findings' text wider


def test_csv_keeps_pound_signs_and_curly_quotes_for_spreadsheets(tmp_path, sample_text):
    text = sample_text.replace("8.1 Ensure", "8.1 Spend £5,000 on \u201csafe\u201d Ensure", 1)
    assert "£5,000" in text
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    assert run(["--store", store, "ingest", report]).exit_code == 0
    out = tmp_path / "plan.csv"
    assert run(["--store", store, "query", "--name", "action-plan", "-o", out]).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "Spend £5,000 on" in text
    # Curly quotes are folded to straight ones on reading; the byte-order mark is what lets a
    # spreadsheet read any character beyond ASCII, as the pound sign shows.
    from clasgraph.queries.formats import to_csv_file_bytes

    assert to_csv_file_bytes(["a"], [["\u201csafe\u201d £5"]]).decode("utf-8-sig") == 'a\n\u201csafe\u201d £5\n'



# --- tables --------------------------------------------------------------------------------


def test_terminal_tables_never_break_a_word_or_a_date(three_reports, monkeypatch):
    for width in ("80", "200"):
        monkeypatch.setenv("COLUMNS", width)
        result = run(["--store", three_reports, "query", "--name", "reports"])
        assert result.exit_code == 0
        for whole in ("2015-05-20", "2018-03-28", "2019-10-04", "recommendations",
                      "rutland-2019-10-04", "ashvale-2015-05-20"):
            assert whole in result.output, (width, whole)
        assert max(len(line) for line in result.output.splitlines()) <= int(width)
    monkeypatch.setenv("COLUMNS", "80")
    result = run(["--store", three_reports, "repeats"])
    assert "--format csv" in result.output  # too wide: one record per block, and the hint
    words = set(re.findall(r"[A-Za-z]{4,}", result.output))
    assert "Leicestershire" in words and "safeguarding" in words


# --- Cypher on the embedded store ----------------------------------------------------------


def test_order_by_a_projected_name_sorts_by_the_value_as_in_neo4j(ingested_store):
    rows = run_json(["--store", ingested_store, "query",
                     "MATCH (f:Finding) WHERE f.section = 'Governance' RETURN f.number AS f ORDER BY f DESC",
                     "--format", "json"])
    assert [r["f"] for r in rows] == sorted(X.SECTIONS["Governance"], reverse=True)


# --- CONCERNS is now ABOUT -----------------------------------------------------------------


def test_about_links_strengths_and_concerns(ingested_store):
    rows = run_json(["--store", ingested_store, "query",
                     "MATCH (f:Finding)-[:ABOUT]->(x) RETURN DISTINCT f.polarity AS p ORDER BY p",
                     "--format", "json"])
    assert {"strength", "concern"} <= {r["p"] for r in rows}


def test_a_store_written_with_concerns_is_upgraded_on_load(ingested_store, tmp_path):
    import hashlib

    from clasgraph.graph.builder import to_node_link

    from clasgraph import load_graph

    old = tmp_path / "old"  # the first layout: the whole graph in one node-link file
    old.mkdir()
    data = json.dumps(to_node_link(load_graph(ingested_store)), indent=1)
    data = data.replace('"type": "ABOUT"', '"type": "CONCERNS"')
    assert '"CONCERNS"' in data
    sha = hashlib.sha256(data.encode()).hexdigest()
    (old / f"graph-{sha[:16]}.json").write_text(data)
    (old / "manifest.json").write_text(json.dumps({"format": 1, "graph": f"graph-{sha[:16]}.json",
                                                   "sha256": sha}))
    result = run(["--store", old, "query", "MATCH (:Finding)-[r:ABOUT]->() RETURN count(r) AS n",
                  "--format", "json"])
    assert result.exit_code == 0
    assert "CONCERNS" in result.stderr and "ABOUT" in result.stderr
    upgraded = json.loads(result.stdout)[0]["n"]
    fresh = run_json(["--store", ingested_store, "query",
                      "MATCH (:Finding)-[r:ABOUT]->() RETURN count(r) AS n", "--format", "json"])
    assert upgraded == fresh[0]["n"] > 0


# --- both stores ---------------------------------------------------------------------------


def test_lists_in_cells_come_in_the_same_order_from_both_stores(ingested_store, bolt_env):
    assert run(["--neo4j", bolt_env, "ingest", SAMPLE]).exit_code == 0
    for name in ("action-plan", "recommendations-by-organisation", "who-provides-what"):
        here = run_json(["--store", ingested_store, "query", "--name", name, "--format", "json"])
        there = run_json(["--neo4j", bolt_env, "query", "--name", name, "--format", "json"])
        assert sorted(map(json.dumps, here)) == sorted(map(json.dumps, there)), name


def test_recommendations_map_of_one_section_holds_only_what_that_section_supports(ingested_store, tmp_path):
    out = tmp_path / "governance.html"
    result = run(["--store", ingested_store, "map", "--view", "recommendations", "--section",
                  "Governance", "-o", out])
    assert result.exit_code == 0, result.output
    pairs = {(f, r) for f, r in X.SUPPORTS if f in X.SECTIONS["Governance"]}
    recs = {r for _, r in pairs}
    orgs = set().union(*(X.ADDRESSEES[r.split(".")[0]] for r in recs))
    addressed = sum(len(X.ADDRESSEES[r.split(".")[0]]) for r in recs)
    nodes, edges = len({f for f, _ in pairs}) + len(recs) + len(orgs), len(pairs) + addressed
    assert f"wrote {out}: {nodes} nodes, {edges} relationships" in result.output


def test_a_neo4j_database_written_with_concerns_is_upgraded(bolt_env, tmp_path):
    from clasgraph.graph.neo4j_store import Neo4jStore

    from clasgraph import read_report

    assert run(["--neo4j", bolt_env, "ingest", SAMPLE]).exit_code == 0
    store = Neo4jStore(bolt_env)
    about = store.query("MATCH (:Finding)-[r:ABOUT]->() RETURN count(r) AS n")[1][0][0]
    # as an earlier version wrote it: the same relationships, named CONCERNS
    store.query("MATCH (a)-[r:ABOUT]->(b) CREATE (a)-[c:CONCERNS]->(b) SET c = properties(r) DELETE r",
                write=True)
    assert sum(1 for _, _, d in store.load().edges(data=True) if d["type"] == "ABOUT") == about
    store.close()
    other = tmp_path / "other.txt"
    other.write_text(SAMPLE.read_text(encoding="utf-8").replace("Rutland", "Testshire"), encoding="utf-8")
    result = run(["--neo4j", bolt_env, "ingest", other])
    assert result.exit_code == 0, result.output
    assert f"{about} CONCERNS relationship(s) are now ABOUT" in result.output
    store = Neo4jStore(bolt_env)
    assert store.query("MATCH ()-[r:CONCERNS]->() RETURN count(r) AS n")[1][0][0] == 0
    testshire = len(read_report(other).edges_of("ABOUT"))
    assert store.query("MATCH (:Finding)-[r:ABOUT]->() RETURN count(r) AS n")[1][0][0] == about + testshire
    store.close()
