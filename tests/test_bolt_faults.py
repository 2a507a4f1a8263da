"""The Bolt server stopped in the middle of a multi-report ingest."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from conftest import ArcadeDB, run

N = 8  # reports in the folder; the server is killed once two of them are in (six still to write: mid-ingest)


def _reports(folder, sample_text, n):
    folder.mkdir()
    for i in range(n):
        area = f"Testshire {chr(65 + i // 26)}{chr(65 + i % 26)}"
        text = sample_text.replace("Safeguarding in Rutland", f"Safeguarding in {area}", 1)
        (folder / f"report-{i:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def _count(settings, query):
    from neo4j import GraphDatabase

    with GraphDatabase.driver(settings["uri"], auth=("root", settings["password"])) as driver, \
            driver.session(database=settings["database"]) as session:
        return [list(r.values()) for r in session.run(query)]


@pytest.mark.slow
def test_server_stopped_mid_ingest_rolls_back_that_report_and_rerun_completes(tmp_path, sample_text):
    folder = _reports(tmp_path / "reports", sample_text, N)
    server = ArcadeDB(tmp_path).start()
    settings = server.settings
    env = {**os.environ, "NEO4J_USERNAME": "root", "NEO4J_PASSWORD": settings["password"],
           "NEO4J_DATABASE": "clasgraph"}
    try:
        ingest = subprocess.Popen([sys.executable, "-m", "clasgraph.cli", "--neo4j", settings["uri"],
                                   "ingest", str(folder)], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        from neo4j import GraphDatabase

        with GraphDatabase.driver(settings["uri"], auth=("root", settings["password"])) as driver:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                with driver.session(database="clasgraph") as session:
                    if session.run("MATCH (r:Report) RETURN count(r) AS n").single()["n"] >= 2:
                        break
                time.sleep(0.02)
        server.kill()  # the server dies; the ingest is somewhere in the third report or later
        _out, err = ingest.communicate(timeout=120)
        assert ingest.returncode == 1, err
        failed = [ln for ln in err.splitlines() if "was not written" in ln]
        assert len(failed) == 1 and "rolled back" in failed[0] and "testshire-" in failed[0], err
        assert "Traceback" not in err

        server = ArcadeDB(tmp_path, bolt=server.bolt, http=server.http).start()
        per_report = _count(settings, "MATCH (r:Report) OPTIONAL MATCH (r)-[:HAS_FINDING]->(f) "
                                      "RETURN r.id, count(f)")
        assert 2 <= len(per_report) < N
        assert all(n == 121 for _, n in per_report), f"a report was left half-written: {per_report}"

        done = subprocess.run([sys.executable, "-m", "clasgraph.cli", "--neo4j", settings["uri"],
                               "ingest", str(folder)], env=env, capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0, done.stderr
        assert _count(settings, "MATCH (r:Report) RETURN count(r)") == [[N]]
        assert _count(settings, "MATCH (f:Finding) RETURN count(f)") == [[N * 121]]
        assert _count(settings, "MATCH (f:Finding) RETURN count(DISTINCT f.id)") == [[N * 121]]
        print("faults injected: 1 (server killed mid-ingest); reports half-written: 0")
    finally:
        server.stop()


def test_password_is_never_printed_when_the_database_is_unknown(arcadedb, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", arcadedb["password"])
    monkeypatch.setenv("NEO4J_USERNAME", arcadedb["username"])
    monkeypatch.setenv("NEO4J_DATABASE", "no-such-database")
    result = run(["--neo4j", arcadedb["uri"], "stats"])
    assert result.exit_code == 1
    assert "no such database" in result.output and arcadedb["password"] not in result.output
