"""Every `--param` form either works or gets one line (issue 20, item 10), on both stores."""

from __future__ import annotations

import json

import pytest
from conftest import run

WORKS = [('x:={"a": {"b": [1, 2]}}', {"a": {"b": [1, 2]}}), ("x:=[[1], [2, 3]]", [[1], [2, 3]]),
         ('x:=[{"a": 1}, {"a": 2}]', [{"a": 1}, {"a": 2}]), ("x:=[null, 1]", [None, 1]),
         ("x:=9223372036854775807", 9223372036854775807), ("x:=true", True), ("x:=null", None),
         ("x=[1,2]", "[1,2]"), ("x=123456789012345678901234567890", "123456789012345678901234567890")]
EVERYWHERE_REFUSED = [("x:=123456789012345678901234567890", "does not fit in 64 bits"),
                      ("x:=1e400", "inf is not a finite number"), ("x:=[1,", "is not valid JSON"),
                      ("x:=" + "[" * 5000 + "]" * 5000, "is not valid JSON")]
EMBEDDED_REFUSED = [('x:=[1,"a"]', "a list mixes numbers and text"), ("x:=[]", "an empty list has no type"),
                    ('x:=[{"a": 1}, {"b": 2}]', "the maps of a list have different keys"),
                    ('x:={"a": [true, "t"]}', "a list mixes text and true/false")]


def _query(target, param):
    return run([*target, "query", "RETURN $x AS x", "--param", param, "--format", "json"])


@pytest.fixture
def embedded(tmp_path):
    from conftest import SAMPLE

    store = tmp_path / "store"
    assert run(["--store", store, "ingest", SAMPLE]).exit_code == 0
    return ["--store", store]


def test_param_forms_on_the_embedded_store(embedded):
    _check(embedded)


def test_param_forms_on_the_bolt_server(bolt_env):
    _check(["--neo4j", bolt_env])


def _check(target):
    for param, value in WORKS:
        result = _query(target, param)
        assert result.exit_code == 0, (param, result.output)
        assert json.loads(result.stdout) == [{"x": value}], param
    for param, message in EVERYWHERE_REFUSED:
        result = _query(target, param)
        assert result.exit_code == 2 and message in result.output, (param, result.output)
        assert len(result.output.splitlines()) == 1 or "[[[[" in result.output
    for param, message in EMBEDDED_REFUSED:
        result = _query(target, param)
        if target[0] == "--store":
            assert result.exit_code == 2 and len(result.output.splitlines()) == 1
            assert result.output.startswith(f"Error: parameter $x: {message}")
        else:  # Neo4j's protocol takes them as they are
            assert result.exit_code == 0, (param, result.output)
            assert json.loads(result.stdout) == [{"x": json.loads(param[3:])}]
