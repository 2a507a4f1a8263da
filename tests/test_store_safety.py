"""Nothing lost, nothing half-written: kills during saves, locks, damaged files."""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import signal
import subprocess
import sys
import time

import expected as X
import pytest
from conftest import REPORT_ID, ROOT, SAMPLE, run, store_snapshot

KILL_POINTS = 40


def _node_link(graph) -> dict:
    from clasgraph.graph.builder import to_node_link

    return to_node_link(graph)


@pytest.mark.slow
def test_killing_a_save_at_any_moment_leaves_the_old_or_the_new_graph(tmp_path, sample_graph):
    from clasgraph.graph.store import EmbeddedStore

    other = sample_graph.copy()
    other.nodes[f"{REPORT_ID}#2.2"]["text"] = "A corrected finding."
    versions = [_node_link(sample_graph), _node_link(other)]
    files = []
    for i, data in enumerate(versions):
        files.append(tmp_path / f"v{i}.json")
        files[-1].write_text(json.dumps(data))
    store_dir = tmp_path / "store"
    rng = random.Random(20191004)
    outcomes = {0: 0, 1: 0}
    for point in range(KILL_POINTS):
        worker = subprocess.Popen([sys.executable, str(ROOT / "tests" / "store_worker.py"),
                                   str(store_dir), *map(str, files)],
                                  stdout=subprocess.PIPE, text=True)
        assert worker.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0, 0.25))
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        stored = _node_link(EmbeddedStore(store_dir).load())  # raises if damaged
        assert stored in versions, f"kill point {point}: the store holds neither version"
        outcomes[versions.index(stored)] += 1
    print(f"kill points tried: {KILL_POINTS}; old graph {outcomes[0]}, new graph {outcomes[1]}; "
          "stores corrupted: 0")
    assert outcomes[0] and outcomes[1], "the kills never landed on both sides of a save"
    leftovers = [p.name for p in store_dir.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 1  # at most the file the last kill interrupted


def test_a_second_writer_waits_then_fails_clearly(ingested_store, tmp_path):
    from clasgraph.graph.store import EmbeddedStore

    before = store_snapshot(ingested_store)
    with EmbeddedStore(ingested_store).lock():
        done = subprocess.run(
            [sys.executable, "-m", "clasgraph.cli", "--store", str(ingested_store), "ingest",
             str(SAMPLE)], capture_output=True, text=True, check=False,
            env={**os.environ, "CLASGRAPH_LOCK_TIMEOUT": "1"})
    assert done.returncode == 1
    assert "waiting for another clasgraph process" in done.stderr
    assert "another process holds the store's lock" in done.stderr
    assert store_snapshot(ingested_store) == before


def test_a_damaged_graph_file_is_reported_and_the_backup_restored(ingested_store, tmp_path,
                                                                 sample_text):
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(sample_text.replace("highly visible", "very visible"), encoding="utf-8")
    assert run(["--store", ingested_store, "ingest", corrected]).exit_code == 0
    manifest = json.loads((ingested_store / "manifest.json").read_text())
    index = json.loads((ingested_store / manifest["graph"]).read_text())
    graph_file = ingested_store / index["parts"][REPORT_ID]["file"]  # the report's own part
    text = gzip.decompress(graph_file.read_bytes()).decode()
    assert "very visible" in text
    graph_file.write_bytes(gzip.compress(text.replace("very visible", "tampered").encode()))
    result = run(["--store", ingested_store, "stats"])
    assert result.exit_code == 0  # the other reports stay readable (issue 20); this one is named
    assert f"{graph_file} (report {REPORT_ID})" in result.stderr and "damaged" in result.stderr
    assert f"clasgraph --store {ingested_store} restore" in result.output
    assert run(["--store", ingested_store, "restore"]).exit_code == 0
    from clasgraph import load_graph

    assert "highly visible" in load_graph(ingested_store).nodes[f"{REPORT_ID}#1.14"]["text"]


def test_a_missing_manifest_is_not_taken_for_an_empty_store(ingested_store):
    (ingested_store / "manifest.json").unlink()
    result = run(["--store", ingested_store, "stats"])
    assert result.exit_code == 1 and "manifest.json: missing" in result.output


def test_verbose_says_what_each_stage_did_and_quiet_only_errors(tmp_path):
    from clasgraph import load_graph

    result = run(["--store", tmp_path / "s", "-v", "ingest", SAMPLE])
    said = re.search(rf"{re.escape(str(SAMPLE))}: read (\d+) nodes and (\d+) relationships as "
                     rf"report {REPORT_ID}\b", result.output)
    assert said, result.output
    nodes, relationships = map(int, said.groups())
    stored = load_graph(tmp_path / "s")  # one report: what was read is what was stored
    assert (nodes, relationships) == (stored.number_of_nodes(), stored.number_of_edges())
    # At least what the hand-read lists of tests/expected.py name: the report, its area, each
    # finding, recommendation, organisation, service and document; REVIEWS, INCLUDES,
    # HAS_FINDING, MAKES, SUPPORTS, ADDRESSED_TO, commissioning, escalations, repeats, citations.
    named = (X.FINDINGS, X.RECOMMENDATIONS, X.ORGANISATIONS, X.SERVICES, X.DOCUMENTS)
    assert nodes >= 2 + sum(map(len, named))
    addressed = [r for org in X.ORGANISATIONS for r in X.addressed_to(org)]
    read = (X.HEADER_NAMES, X.FINDINGS, X.RECOMMENDATIONS, X.SUPPORTS, addressed,
            X.COMMISSIONING, X.ESCALATIONS, X.EARLIER, X.CITATIONS)
    assert relationships >= 1 + sum(map(len, read))
    result = run(["--store", tmp_path / "s2", "-q", "ingest", SAMPLE, tmp_path / "missing.txt"])
    assert result.output.strip().splitlines() == [f"error: {tmp_path / 'missing.txt'}: no such file",
                                                  "Error: 1 of 2 file(s) could not be ingested"]
