"""Every query bounded in time, memory and rows (issue 20, items 4 and 11): past a bound is one
line naming it and how to raise it, exit 1 (a failure while working, not bad input); an answer
longer than the row bound is cut and says so. Small bounds are set here so that the hostile
queries measured on three reports stop at once."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, SAMPLE, run

THREE = [SAMPLE, *sorted((ROOT / "tests" / "corpus" / "development").glob("ashvale-*.txt"))]


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    store = tmp_path_factory.mktemp("three") / "store"
    assert run(["--store", store, "ingest", *THREE]).exit_code == 0
    return store


@pytest.fixture(autouse=True)
def small_bounds(monkeypatch):
    monkeypatch.setenv("CLASGRAPH_QUERY_MEMORY_MB", "256")
    monkeypatch.setenv("CLASGRAPH_QUERY_SECONDS", "20")
    monkeypatch.setenv("CLASGRAPH_QUERY_ROWS", "1000")


def test_a_cross_product_is_cut_at_the_row_bound(three):
    result = run(["--store", three, "query", "MATCH (a),(b),(c) RETURN a.id, b.id, c.id", "--format", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 1000
    assert "cut at 1000 rows" in result.stderr and "CLASGRAPH_QUERY_ROWS" in result.stderr


@pytest.mark.parametrize("cypher", ["UNWIND range(1, 100000000000) AS x RETURN count(x)",
                                    "MATCH p = (a)-[*]-(b) RETURN count(p)"])
def test_a_query_past_the_memory_bound_is_one_line_exit_1(three, cypher):
    result = run(["--store", three, "query", cypher])
    assert result.exit_code == 1, result.output
    # the engine says it is out of memory, or (paths, under the address-space limit) crashes
    assert result.output.startswith(("Error: out of memory: the query needed more than the bound of 256 MB",
                                     "Error: the embedded Cypher engine crashed (SIGSEGV)"))
    assert "256 MB" in result.output and "$CLASGRAPH_QUERY_MEMORY_MB raises it" in result.output
    assert len(result.output.splitlines()) == 1
    # the store still answers
    assert run(["--store", three, "query", "MATCH (r:Report) RETURN count(r)"]).exit_code == 0


def test_a_query_past_the_time_bound_is_stopped(three, monkeypatch):
    monkeypatch.setenv("CLASGRAPH_QUERY_SECONDS", "1")
    # four nodes from some four hundred: 3e10 combinations, minutes on any machine (three ran in
    # under a second on CI's machine)
    result = run(["--store", three, "query",
                  "MATCH (a),(b),(c),(d) WHERE a.id + b.id + c.id + d.id = 'x' RETURN count(*)"])
    assert result.exit_code == 1
    assert result.output == ("Error: the query ran past the time bound of 1 s and was stopped "
                             "($CLASGRAPH_QUERY_SECONDS raises it)\n")


def test_a_bound_that_is_not_a_number_is_refused(three, monkeypatch):
    monkeypatch.setenv("CLASGRAPH_QUERY_ROWS", "many")
    result = run(["--store", three, "query", "MATCH (r:Report) RETURN count(r)"])
    assert result.exit_code == 2 and result.output == "Error: $CLASGRAPH_QUERY_ROWS='many': give a positive number\n"


def test_a_syntax_error_is_still_bad_input(three):
    result = run(["--store", three, "query", "MATCH (r:Report RETURN r.id"])
    assert result.exit_code == 2 and "Parser exception" in result.output


def test_the_bolt_server_cuts_at_the_row_bound_too(bolt_env, monkeypatch):
    monkeypatch.setenv("CLASGRAPH_QUERY_ROWS", "5")
    result = run(["--neo4j", bolt_env, "query", "UNWIND range(1, 10) AS x RETURN x", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [{"x": n} for n in range(1, 6)]
    assert "cut at 5 rows" in result.stderr


def test_engine_failures_are_failures_while_working():
    from clasgraph.graph.bounds import Bounds, engine_failure

    bounds = Bounds(memory_mb=300)
    mmap = engine_failure("Buffer manager exception: Mmap for size 8796093022208 failed.", bounds)
    assert mmap.exit_code == 1 and str(mmap).startswith("out of memory") and "300 MB" in str(mmap)
    disk = engine_failure("IO exception: Cannot read from file: /s/cypher-x/db", bounds)
    assert disk.exit_code == 1 and str(disk).startswith("disk error: the embedded Cypher engine could not")
    crash = engine_failure("engine failure: the embedded Cypher engine crashed (SIGSEGV) running this query", bounds)
    assert crash.exit_code == 1 and str(crash).startswith("the embedded Cypher engine crashed (SIGSEGV)")
    assert engine_failure("Binder exception: Table Nope does not exist.", bounds) is None
