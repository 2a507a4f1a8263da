"""Many reviews: repeated findings traced across reviews of the same area and of others.

The corpus is the sample plus derived reports labelled SYNTHETIC (tests/derived.py): a
follow-up review of Rutland and a review of Leicestershire sharing its providers.
"""

from __future__ import annotations

import json

import pytest
from conftest import REPORT_ID, SAMPLE, run
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
    cited = [r for r in rows if r["how"] == "cited"]
    assert {r["finding"] for r in cited} == {"2.2", "2.3", "2.25", "3.4", "5.1.11", "5.1.12"}
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
