"""An ingest into a Bolt server killed between its reports and their links (issue 20, item 5):
the next ingest makes the links, although every report is "unchanged", and they are the links a
whole ingest makes. (It used to leave those reports with no SIMILAR_TO link at all.)"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from conftest import ROOT, run

PAIR = [ROOT / "tests" / "corpus" / "development" / "ashvale-2015.txt",
        ROOT / "tests" / "corpus" / "development" / "ashvale-2018.txt"]
LINKS = ("MATCH (a:Finding)-[r:SIMILAR_TO|REPEATS]->(b:Finding) "
         "RETURN a.id AS a, b.id AS b, type(r) AS t ORDER BY a, b, t")


def _rows(uri, cypher):
    result = run(["--neo4j", uri, "query", cypher, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _killed_after_reports(uri) -> bool:
    """Start an ingest of the pair, SIGKILL it once both reports are in; whether it died before
    making their links."""
    from clasgraph.graph.neo4j_store import Neo4jStore

    run(["--neo4j", uri, "remove", "ashvale-2015-05-20", "ashvale-2018-03-28"])
    client = subprocess.Popen([sys.executable, "-m", "clasgraph.cli", "--neo4j", uri, "ingest", *map(str, PAIR)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    store = Neo4jStore(uri)
    try:
        for _ in range(6000):
            _, rows = store.query("MATCH (r:Report) RETURN count(r) AS n")
            if rows[0][0] >= 2 or client.poll() is not None:
                break
            time.sleep(0.01)
        client.send_signal(signal.SIGKILL)
        client.wait()
        return store._links_pending()
    finally:
        store.close()


def test_an_ingest_killed_before_its_links_is_finished_by_the_next(bolt_env):
    assert run(["--neo4j", bolt_env, "ingest", *PAIR]).exit_code == 0
    whole = _rows(bolt_env, LINKS)
    assert len(whole) > 10  # the later review repeats and resembles the earlier one
    for _ in range(5):  # the client must die between its reports and their links
        if _killed_after_reports(bolt_env):
            break
    else:
        raise AssertionError("the ingest made its links before it could be killed five times")
    assert _rows(bolt_env, "MATCH (r:Report) RETURN count(r) AS n") == [{"n": 2}]
    assert _rows(bolt_env, LINKS) == []  # what the interrupted ingest left
    again = run(["--neo4j", bolt_env, "ingest", *PAIR])
    assert again.exit_code == 0 and again.output.count("unchanged") == 2
    assert _rows(bolt_env, LINKS) == whole
    from clasgraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(bolt_env)
    try:
        assert not store._links_pending()
    finally:
        store.close()
