"""Many reviews: repeated findings traced across reviews of the same area and of others.

The corpus is the sample plus derived reports labelled SYNTHETIC (tests/derived.py): a
follow-up review of Rutland and a review of Leicestershire sharing its providers.
"""

from __future__ import annotations

import json

import pytest
from conftest import REPORT_ID, SAMPLE, run, run_json
from derived import follow_up, neighbour

FOLLOW_UP = "rutland-2022-03-03"
LEICS = "leicestershire-2018-12-07"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, sample_text):
    folder = tmp_path_factory.mktemp("corpus")
    text, labels = follow_up(sample_text)
    (folder / "rutland-follow-up-2022.txt").write_text(text, encoding="utf-8")
    (folder / "leicestershire-2018.txt").write_text(neighbour(sample_text)[0], encoding="utf-8")
    (folder / "rutland-clas-2019.txt").write_text(sample_text, encoding="utf-8")
    store = folder / "store"
    result = run(["--store", store, "ingest", folder])
    assert result.exit_code == 0, result.output
    from clasgraph import load_graph

    return {"store": store, "graph": load_graph(store), "labels": labels, "folder": folder}


def _number(node):
    return node.split("#", 1)[1]


def test_repeated_findings_found_with_the_precision_and_recall_asked(corpus):
    g = corpus["graph"]
    found = {(_number(u), _number(v)) for u, v, d in g.edges(data=True)
             if d["type"] in ("SIMILAR_TO", "REPEATS") and u.startswith(FOLLOW_UP)
             and v.startswith(REPORT_ID + "#")}  # one link a pair: a repeat, or alike wording
    labels = corpus["labels"]
    precision = len(found & labels) / len(found)
    recall = len(found & labels) / len(labels)
    print(f"repeated findings: {len(labels)} labelled pairs, precision {precision:.2f}, "
          f"recall {recall:.2f}")
    assert precision >= 0.9 and recall >= 0.8
    scores = [d["score"] for *_, d in g.edges(data=True) if d["type"] == "SIMILAR_TO"]
    assert all(0 < s <= 1 for s in scores)


def test_similar_points_from_the_later_report_to_the_earlier(corpus):
    g = corpus["graph"]
    published = {n: d["published"] for n, d in g.nodes(data=True) if d["label"] == "Report"}
    for u, v, d in g.edges(data=True):
        if d["type"] == "SIMILAR_TO":
            assert published[g.nodes[u]["report_id"]] >= published[g.nodes[v]["report_id"]]


def test_a_cited_review_that_was_ingested_is_the_same_report(corpus):
    g = corpus["graph"]
    same = {(u, v) for u, v, d in g.edges(data=True) if d["type"] == "SAME_AS"}
    assert ("clas-review-leicestershire-2018", LEICS) in same
    assert ("clas-review-rutland-2019", REPORT_ID) in same


def test_a_repeat_points_at_the_earlier_findings_that_say_the_same(corpus):
    g = corpus["graph"]
    found = {(_number(u), _number(v)) for u, v, d in g.edges(data=True)
             if d["type"] == "REPEATS" and u.startswith(REPORT_ID) and v.startswith(LEICS)}
    # The generator wrote the Leicestershire findings 2.1 ... 2.6 from these sample findings.
    assert found == {("2.2", "2.1"), ("2.3", "2.2"), ("2.25", "2.3"), ("3.4", "2.4"),
                     ("5.1.11", "2.5"), ("5.1.12", "2.6")}


def test_organisations_named_differently_resolve_to_one_node(corpus):
    g = corpus["graph"]
    uhl = g.nodes["university-hospitals-of-leicester-trust"]
    assert uhl["name"] == "University Hospitals of Leicester NHS Trust"
    assert "University Hospitals Of Leicester Trust" in uhl["aliases"]
    includes = {u for u, v, d in g.edges(data=True)
                if d["type"] == "INCLUDES" and v == "university-hospitals-of-leicester-trust"}
    assert includes == {REPORT_ID, FOLLOW_UP, LEICS}


def test_repeats_command_shows_both_texts(corpus):
    result = run(["--store", corpus["store"], "repeats", "--report", REPORT_ID, "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    cited = [r for r in rows if r["basis"] == "stated" and r["earlier_finding"]]
    assert {r["finding"] for r in cited} == {"2.2", "2.3", "2.25", "3.4", "5.1.11", "5.1.12"}
    assert all(r["cited"].startswith("Leicestershire CLAS review") for r in cited)
    row = next(r for r in cited if r["finding"] == "2.2")
    assert row["earlier_report"] == LEICS and row["text"].startswith("Young people aged 16-17")
    assert "adult" in row["earlier_text"]


def test_diff_says_what_repeated_what_is_new_and_what_went(corpus):
    result = run(["--store", corpus["store"], "diff", FOLLOW_UP, REPORT_ID, "--format", "json"])
    assert result.exit_code == 0
    d = json.loads(result.output)
    assert (d["earlier"], d["later"]) == (REPORT_ID, FOLLOW_UP)
    labels = corpus["labels"]
    assert {r["finding"] for r in d["repeated"]} == {new for new, _ in labels}
    assert len(d["new"]) == 6
    dropped = {n for n in _sample_numbers() if n not in {old for _, old in labels}}
    assert {r["finding"] for r in d["no_longer_mentioned"]} <= dropped
    assert d["no_longer_mentioned"]


def _sample_numbers():
    from clasgraph import read_report

    return {n.props["number"] for n in read_report(SAMPLE).nodes if n.label == "Finding"}


def test_diff_of_an_unknown_report_is_a_clear_error(corpus):
    result = run(["--store", corpus["store"], "diff", REPORT_ID, "nowhere-2020-01-01"])
    assert result.exit_code == 2 and "no report matches 'nowhere-2020-01-01'" in result.output


def test_links_across_reports_are_the_same_over_bolt(corpus, bolt_env):
    assert run(["--neo4j", bolt_env, "ingest", corpus["folder"]]).exit_code == 0
    query = ("MATCH (a:Finding)-[r:SIMILAR_TO]->(b:Finding) RETURN a.id AS a, b.id AS b, r.score AS s")
    here = json.loads(run(["--store", corpus["store"], "query", query, "--format", "json"]).output)
    there = json.loads(run(["--neo4j", bolt_env, "query", query, "--format", "json"]).output)
    assert sorted(map(json.dumps, here)) == sorted(map(json.dumps, there)) and here


# -- As of a review: the development set (Ashvale 2015 and 2018, Brackenford 2017) and the
# sample in one store, checked against the hand-written gold files ---------------------------

DEV = SAMPLE.parent.parent / "tests" / "corpus" / "development"
A15, A18, BRK = "ashvale-2015-05-20", "ashvale-2018-03-28", "brackenford-2018-01-12"
GOLD = {A15: "ashvale-2015", A18: "ashvale-2018", BRK: "brackenford-2017"}


def _gold(report: str) -> dict:
    return json.loads((DEV / f"{GOLD[report]}.gold.json").read_text(encoding="utf-8"))


def _key(name: str) -> str:
    from clasgraph.graph.names import org_key

    return org_key(name)


def _gold_names(report: str, pairs_key: str, service: str) -> set[str]:
    """The names (as compared by org_key) of the bodies the gold says commission or provide a
    service (a gold service key: HV, SARC, ...) in one review."""
    gold = _gold(report)
    return {_key(gold["organisations"][org]["name"]) for org, svc in gold[pairs_key]
            if svc == service}


#: Parameters the named queries need on this store.
DEV_PARAMS = {"organisation-profile": ["--org", "AHSC"],
              "service-accountability": ["--param", "service=health visiting"]}


def _published(store_args) -> dict[str, str]:
    return {r["report"]: r["published"] for r in run_json([*store_args, "query", "--name",
                                                           "reports", "--format", "json"])}


def _names_review(row: dict, published: dict[str, str]) -> bool:
    """A row names its review and that review's date (the action plan as people write it:
    "Ashvale, 28 March 2018")."""
    from clasgraph.queries.finish import report_name

    if "report" in row:
        return row["report"] in published and row["published"] == published[row["report"]]
    areas = {report_name(r.split("-")[0].capitalize(), d) for r, d in published.items()}
    return row["Report"] in areas


@pytest.mark.parametrize("name", ["action-plan", "commissioning-chain",
                                  "concerns-without-recommendation", "escalations-to-commissioners",
                                  "organisation-profile", "progress-since",
                                  "recommendation-count-by-organisation",
                                  "recommendations-by-organisation", "repeated-findings",
                                  "service-accountability", "who-commissions-what",
                                  "who-provides-what"])
def test_every_named_query_names_the_review_on_every_row_or_answers_for_one(dev_store, name):
    published = _published(dev_store)
    rows = run_json([*dev_store, "query", "--name", name, *DEV_PARAMS.get(name, []),
                     "--format", "json"])
    assert rows and all(_names_review(r, published) for r in rows), name
    assert len({r.get("report", r.get("Report")) for r in rows}) > 1, name  # several reviews
    one = run_json([*dev_store, "query", "--name", name, *DEV_PARAMS.get(name, []), "--area",
                    "Ashvale", "--format", "json"])
    assert one, name
    assert {r.get("report", r.get("Report")) for r in one} in ({A18}, {"Ashvale, 28 March 2018"})


def test_service_accountability_answers_each_review_as_the_gold_states(dev_store):
    rows = run_json([*dev_store, "query", "--name", "service-accountability",
                     "--param", "service=health visiting", "--format", "json"])
    ashvale = {r["report"]: r for r in rows if r["area"] == "Ashvale"}
    assert set(ashvale) == {A15, A18}  # one row a review, never both in one cell
    for report, row in ashvale.items():
        assert {_key(c) for c in row["commissioners"]} == _gold_names(report, "commissions", "HV")
        assert {_key(p) for p in row["providers"]} == _gold_names(report, "provides", "HV")
        assert set(row["findings"]) <= set(_gold(report)["findings"])
    # NHS England commissioned health visiting in 2015 only; the council in 2018
    assert "NHS England" in ashvale[A15]["commissioners"]
    assert ashvale[A18]["commissioners"] == ["Ashvale County Council"]


def test_a_commissioning_chain_is_one_reviews_commissioner_service_and_provider(dev_store):
    chains = run_json([*dev_store, "query", "--name", "commissioning-chain", "--format", "json"])
    said = {(r["report"], r["commissioner"], r["service"])
            for r in run_json([*dev_store, "query", "--name", "who-commissions-what",
                               "--format", "json"])}
    provided = {(r["report"], r["provider"], r["service"])
                for r in run_json([*dev_store, "query", "--name", "who-provides-what",
                                   "--format", "json"])}
    assert chains
    for c in chains:
        assert (c["report"], c["commissioner"], c["service"]) in said
        assert (c["report"], c["provider"], c["service"]) in provided
    # gold: in 2015 NHS England commissioned health visiting, Northmoor provided it; not in 2018
    hv = {(c["report"], c["commissioner"]) for c in chains
          if c["service"] == "Health visiting" and c["area"] == "Ashvale"}
    assert (A15, "NHS England") in hv and (A18, "NHS England") not in hv
    assert (A18, "Ashvale County Council") in hv and (A15, "Ashvale County Council") not in hv


def test_a_map_of_one_review_shows_nothing_another_review_states(dev_store, tmp_path):
    for view in ("commissioning", "recommendations", "org"):
        out = tmp_path / f"{view}.html"
        extra = ["--org", "AHSC"] if view == "org" else []
        result = run([*dev_store, "map", "--view", view, "--report", "ashvale-2018", *extra,
                      "-o", out])
        assert result.exit_code == 0, result.output
        html = out.read_text(encoding="utf-8")
        assert A18 in html and A15 not in html and BRK not in html, view


def test_one_organisation_matching_for_every_org(dev_store):
    lpt = "Leicestershire Partnership"
    recs = {(r["report"], r["recommendation"])
            for r in run_json([*dev_store, "query", "--name", "recommendations-by-organisation",
                               "--org", lpt, "--format", "json"])}
    plan = run_json([*dev_store, "query", "--name", "action-plan", "--org", lpt,
                     "--format", "json"])
    from expected import ADDRESSEES, LPT, RECOMMENDATIONS

    to_lpt = {(REPORT_ID, r) for r in RECOMMENDATIONS if LPT in ADDRESSEES[r.split(".")[0]]}
    assert recs == to_lpt and len(plan) == len(to_lpt)
    # "CCG" is "Clinical Commissioning Group": Brackenford's CCG is spelled out in its report
    gold = _gold(BRK)
    brk_ccg = {n for n, orgs in gold["recommendations"].items() if "BRK_CCG" in orgs}
    to_ccgs = {r["recommendation"] for r in run_json([
        *dev_store, "query", "--name", "recommendations-by-organisation", "--org", "CCG",
        "--report", "brackenford", "--format", "json"])}
    assert brk_ccg and brk_ccg <= to_ccgs
    ampersand = run_json([*dev_store, "query", "--name", "who-provides-what", "--org",
                          "Ashvale Health & Social Care", "--format", "json"])
    assert {r["provider"] for r in ampersand} == {"Ashvale Health and Social Care NHS Foundation Trust"}
    for command in (["query", "--name", "action-plan"], ["query", "--name", "who-provides-what"],
                    ["map", "--view", "org", "-o", "-"]):
        result = run([*dev_store, *command, "--org", "Leicestershire Partnershp"])
        assert result.exit_code == 2 and "closest: Leicestershire Partnership" in result.output


def test_repeats_stated_first_one_row_a_pair_each_with_its_basis(dev_store):
    from clasgraph.graph.linking import RESTATED_THRESHOLD, THRESHOLD

    rows = run_json([*dev_store, "repeats", "--all", "--format", "json"])
    order = ["stated", "restated", "similar"]
    bases = [order.index(r["basis"]) for r in rows]
    assert bases == sorted(bases) and set(bases) == {0, 1, 2}
    pairs = [(r["report"], r["finding"], r["earlier_report"], r["earlier_finding"], r["cited"])
             for r in rows]
    assert len(pairs) == len(set(pairs))
    for r in rows:
        if r["basis"] == "stated":
            assert r["cited"] and r["evidence"] and r["score"] != 0.0
        else:  # inferred: a score above the documented threshold, no sentence claimed
            low = RESTATED_THRESHOLD if r["basis"] == "restated" else THRESHOLD
            assert r["score"] >= low and not r["evidence"] and not r["cited"]
    # gold: the findings Ashvale 2018 says repeat the 2015 review and the 2017 JTAI
    gold = _gold(A18)["repeats"]
    stated = {r["finding"] for r in rows if r["report"] == A18 and r["basis"] == "stated"}
    assert stated == {n for numbers in gold.values() for n in numbers}
    query = run_json([*dev_store, "query", "--name", "repeated-findings", "--param",
                      "all_findings:=true", "--format", "json"])
    assert query == rows  # one definition: the command is the named query


def test_diff_names_the_basis_of_each_repeat(dev_store):
    d = json.loads(run([*dev_store, "diff", "--area", "ashvale", "--format", "json"]).output)
    assert (d["earlier"], d["later"]) == (A15, A18)
    basis = {r["finding"]: r["basis"] for r in d["repeated"]}
    gold = _gold(A18)
    assert all(basis[n] == "stated" for n in gold["repeats"]["ASH_CLAS_2015"])
    assert {n for n, b in basis.items() if b == "stated"} == set(gold["repeats"]["ASH_CLAS_2015"])


def test_the_same_answers_over_bolt(dev_store, bolt_env, tmp_path):
    files = sorted(DEV.glob("*.txt")) + [SAMPLE]
    assert run(["--neo4j", bolt_env, "ingest", *files]).exit_code == 0
    bolt = ["--neo4j", bolt_env]

    def same(*args):
        here = run_json([*dev_store, *args, "--format", "json"])
        there = run_json([*bolt, *args, "--format", "json"])
        assert here and sorted(map(json.dumps, here)) == sorted(map(json.dumps, there)), args

    for name in ("service-accountability", "commissioning-chain", "action-plan",
                 "recommendations-by-organisation", "repeated-findings", "organisation-profile"):
        same("query", "--name", name, *DEV_PARAMS.get(name, []))
        same("query", "--name", name, *DEV_PARAMS.get(name, []), "--area", "ashvale")
    same("query", "--name", "action-plan", "--org", "CCG")
    same("repeats", "--all")
    here = json.loads(run([*dev_store, "diff", "--area", "ashvale", "--format", "json"]).output)
    there = json.loads(run([*bolt, "diff", "--area", "ashvale", "--format", "json"]).output)
    assert here == there
    stats = [json.loads(run([*s, "stats", "--format", "json"]).output) for s in (dev_store, bolt)]
    assert stats[0] == stats[1]
    for view in ("commissioning", "repeats"):
        maps = []
        for s in (dev_store, bolt):
            out = tmp_path / f"{view}-{len(maps)}.html"
            assert run([*s, "map", "--view", view, "--area", "ashvale", "-o", out]).exit_code == 0
            maps.append(_edges_of_map(out))
        assert maps[0] == maps[1] and maps[0], view


def _edges_of_map(path) -> list:
    """The (from, to, relationship, title) of every line drawn in a map file."""
    import re

    html = path.read_text(encoding="utf-8")
    data = json.loads(re.search(r"var edges = new vis.DataSet\((.*?)\);\n", html).group(1))
    return sorted((e["from"], e["to"], e["relationship"], e["title"]) for e in data)
