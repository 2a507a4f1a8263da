"""Recovery from a damaged part (issue 20, item 2): the damaged part is named with the report it
held, every other report stays readable, an ingest never reports success onto the damaged store,
and re-ingesting that report, `repair` or `remove` mends it."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, SAMPLE, run

FILES = sorted([SAMPLE, *(ROOT / "tests" / "corpus" / "development").glob("*.txt"),
                *(ROOT / "tests" / "probes").glob("*.txt")])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list:
    """Sixteen report files: the sample, the development set and the probes, and eight follow-ups
    of the sample moved to other areas and dates (tests/derived.py)."""
    from derived import follow_up

    folder = tmp_path_factory.mktemp("sixteen")
    text = SAMPLE.read_text(encoding="utf-8")
    paths = list(FILES)
    for i, area in enumerate(["Northmarsh", "Eastwold", "Southdene", "Westhope", "Highcliff",
                              "Lowmere", "Fairholt", "Greyburn"]):
        derived = follow_up(text, seed=100 + i)[0]
        path = folder / f"{area.lower()}.txt"
        path.write_text(derived.replace("Safeguarding in Rutland", f"Safeguarding in {area}", 1)
                        .replace("3 rd March 2022", f"{5 + i} June 20{20 + i}"), encoding="utf-8")
        paths.append(path)
    assert len(paths) == 16
    return paths


@pytest.fixture(scope="module")
def whole(corpus, tmp_path_factory):
    store = tmp_path_factory.mktemp("whole") / "store"
    result = run(["--store", store, "ingest", *corpus])
    assert result.exit_code == 0, result.output
    return store


def _index(store) -> dict:
    manifest = json.loads((store / "manifest.json").read_text())
    return json.loads((store / manifest["graph"]).read_text())


def _report_ids(store) -> list[str]:
    result = run(["--store", store, "query", "MATCH (r:Report) RETURN r.id ORDER BY r.id", "--format", "json"])
    assert result.exit_code == 0, result.output
    return [row["r.id"] for row in json.loads(result.stdout)]


def _damage(store, how: str) -> tuple[str, str]:
    """Damage the part of the sample's report; (its report id, the part's file name)."""
    index = _index(store)
    rid = next(k for k, e in index["parts"].items() if e["summary"]["source"] == str(SAMPLE))
    part = store / index["parts"][rid]["file"]
    if how == "overwritten":
        part.write_bytes(b"x")  # printf x > part-*.json.gz
    else:
        part.write_bytes(part.read_bytes()[: part.stat().st_size // 2])
    return rid, part.name


@pytest.fixture
def damaged(whole, tmp_path, request):
    store = tmp_path / "store"
    shutil.copytree(whole, store)
    rid, name = _damage(store, request.param)
    return store, rid, name


BOTH = pytest.mark.parametrize("damaged", ["overwritten", "truncated"], indirect=True)


@BOTH
def test_a_damaged_part_is_named_and_every_other_report_stays_readable(damaged, corpus, whole):
    store, rid, name = damaged
    others = [r for r in _report_ids(whole) if r != rid]
    assert len(others) == 15
    result = run(["--store", store, "query", "MATCH (r:Report) RETURN r.id ORDER BY r.id", "--format", "json"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert [row["r.id"] for row in json.loads(result.stdout)] == others
    assert f"{name} (report {rid})" in result.stderr and f"ingest {SAMPLE}" in result.stderr
    assert f"clasgraph --store {store} repair" in result.stderr
    counts = json.loads(run(["--store", store, "stats", "--format", "json"]).stdout)
    assert sorted(counts["reports"]) == others
    # no link reaches into the report left out
    cypher = ("MATCH (a:Finding)-[:SIMILAR_TO|REPEATS]-(b:Finding) RETURN count(*) AS n, "
              "sum(CASE WHEN a.report_id = $r OR b.report_id = $r THEN 1 ELSE 0 END) AS bad")
    links = run(["--store", store, "query", cypher,
                 "--param", f"r={rid}", "--format", "json"])
    assert json.loads(links.stdout)[0]["bad"] == 0 and json.loads(links.stdout)[0]["n"] > 0
    graph = run(["--store", store, "export", "-o", store.parent / "g.json"])
    assert graph.exit_code == 0
    exported = json.loads((store.parent / "g.json").read_text())
    assert not [n for n in exported["nodes"] if n["id"] == rid or n["id"].startswith(f"{rid}#")]


@BOTH
def test_an_ingest_never_reports_success_onto_a_damaged_store(damaged):
    store, rid, name = damaged
    before = {p.name: p.read_bytes() for p in store.iterdir() if p.is_file() and p.suffix != ".lock"}
    result = run(["--store", store, "ingest", ROOT / "tests" / "probes" / "northam-2018.txt"])
    assert result.exit_code == 1 and "ingested 1" not in result.output
    assert f"{name} (report {rid})" in result.output and "nothing was ingested" in result.output
    assert {p.name: p.read_bytes() for p in store.iterdir() if p.is_file() and p.suffix != ".lock"
            and not p.name.startswith("links.sqlite")} == \
        {k: v for k, v in before.items() if not k.startswith("links.sqlite")}


@BOTH
def test_ingesting_the_damaged_report_again_mends_the_store(damaged, whole):
    store, _, _ = damaged
    result = run(["--store", store, "ingest", SAMPLE])
    assert result.exit_code == 0 and "ingested 1 report(s)" in result.output and "unchanged" not in result.output
    check = run(["--store", store, "stats", "--format", "json"])
    assert check.exit_code == 0 and "damaged" not in check.output
    assert _report_ids(store) == _report_ids(whole)
    assert _relationships(store) == _relationships(whole)


def _relationships(store) -> set:
    """What the reports state (every node and every relationship but the inferred links,
    whose scores depend on the order the reports came in)."""
    out = store.parent / f"{store.name}.json"
    assert run(["--store", store, "export", "-o", out]).exit_code == 0
    graph = json.loads(out.read_text())
    edges = graph.get("edges", graph.get("links"))
    return ({n["id"] for n in graph["nodes"]},
            {(e["source"], e["target"], e["type"]) for e in edges if e["type"] not in ("SIMILAR_TO", "REPEATS")})


def test_repair_keeps_every_intact_report_then_ingest_brings_the_lost_one_back(whole, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(whole, store)
    rid, name = _damage(store, "truncated")
    assert "no intact previous version" in run(["--store", store, "restore"]).output
    result = run(["--store", store, "repair"])
    assert result.exit_code == 0, result.output
    assert f"left out report {rid}" in result.output and f"ingest {SAMPLE}" in result.output
    assert "15 intact report(s)" in result.output
    assert _report_ids(store) == [r for r in _report_ids(whole) if r != rid]
    assert name not in json.dumps(_index(store))
    assert run(["--store", store, "stats"]).stderr == ""
    assert run(["--store", store, "repair"]).output.startswith("nothing to repair")
    assert run(["--store", store, "ingest", SAMPLE]).exit_code == 0
    assert _relationships(store) == _relationships(whole)


def test_a_damaged_frozen_frequency_file_is_repaired(whole, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(whole, store)
    freeze = store / _index(store)["freeze"]["file"]
    freeze.write_bytes(b"x")
    result = run(["--store", store, "ingest", ROOT / "tests" / "probes" / "northam-2018.txt"])
    assert result.exit_code == 1 and freeze.name in result.output and "repair" in result.output
    assert run(["--store", store, "repair"]).exit_code == 0
    assert _report_ids(store) == _report_ids(whole)
    assert run(["--store", store, "ingest", SAMPLE]).output.strip().endswith("unchanged")


def test_remove_takes_a_report_out(whole, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(whole, store)
    rid, _ = _damage(store, "overwritten")
    result = run(["--store", store, "remove", rid])
    assert result.exit_code == 0 and "removed 1 report(s)" in result.output
    assert rid not in _report_ids(store)
    assert "damaged" not in run(["--store", store, "stats"]).output
    missing = run(["--store", store, "remove", rid])
    assert missing.exit_code == 2 and "1 of 1 report(s) are not in" in missing.output


def test_remove_on_the_bolt_server(bolt_env):
    assert run(["--neo4j", bolt_env, "ingest", SAMPLE]).exit_code == 0
    result = run(["--neo4j", bolt_env, "remove", "rutland-2019-10-04"])
    assert result.exit_code == 0 and "removed 1 report(s)" in result.output
    left = run(["--neo4j", bolt_env, "query", "MATCH (r:Report) RETURN count(r) AS n", "--format", "json"])
    assert json.loads(left.stdout) == [{"n": 0}]
