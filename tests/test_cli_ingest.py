"""Ingest, stats and export through the CLI, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import expected as X
import networkx as nx
import pytest
from conftest import REPORT_ID, SAMPLE, run, store_snapshot


def _load(store):
    from clasgraph import load_graph

    return load_graph(store)


def test_ingest_then_stats(ingested_store):
    result = run(["--store", ingested_store, "stats", "--format", "json"])
    assert result.exit_code == 0
    counts = json.loads(result.output)
    assert counts["labels"]["Finding"] == 121
    assert counts["labels"]["Recommendation"] == 38
    assert counts["relationships"]["SUPPORTS"] == 45
    assert counts["reports"][REPORT_ID]["Finding"] == 121


def test_stats_table_names_labels_and_report(ingested_store):
    result = run(["--store", ingested_store, "stats"])
    assert result.exit_code == 0
    assert "Recommendation" in result.output and REPORT_ID in result.output


def test_ingesting_twice_leaves_the_identical_graph(ingested_store):
    before = store_snapshot(ingested_store)
    result = run(["--store", ingested_store, "ingest", SAMPLE])
    assert result.exit_code == 0
    assert store_snapshot(ingested_store) == before


def test_a_corrected_report_replaces_the_old_one(ingested_store, tmp_path, sample_text):
    corrected = sample_text.replace(
        "1.14 The school nursing service in Rutland was highly visible",
        "1.14 The school nursing service in Rutland was very visible",
    )
    # Drop finding 2.28 entirely.
    start = corrected.index("2.28 Referrals made")
    end = corrected.index("3. Child Protection")
    corrected = corrected[:start] + corrected[end:]
    path = tmp_path / "rutland-corrected.txt"
    path.write_text(corrected, encoding="utf-8")
    refused = run(["--store", ingested_store, "ingest", path])  # one finding fewer: cut short?
    assert refused.exit_code == 2 and "120 findings" in refused.output and "121" in refused.output
    replaced = run(["--store", ingested_store, "ingest", "--replace", path])
    assert replaced.exit_code == 0
    # Says which report it replaced and the version it replaced (the sample: its findings and
    # recommendations as tests/expected.py lists them).
    assert (f"{path}: replaces the stored report {REPORT_ID} (the version read from {SAMPLE}: "
            f"{len(X.FINDINGS)} findings, {len(X.RECOMMENDATIONS)} recommendations") in replaced.output
    graph = _load(ingested_store)
    assert graph.nodes[f"{REPORT_ID}#1.14"]["text"].startswith(
        "The school nursing service in Rutland was very visible")
    assert f"{REPORT_ID}#2.28" not in graph
    labels = [d["label"] for _, d in graph.nodes(data=True)]
    assert labels.count("Report") == 1 and labels.count("Finding") == 120
    uids = [d["uid"] for *_, d in graph.edges(data=True)]
    assert len(uids) == len(set(uids))


def test_python_api_gives_records_and_graph(ingested_store):
    from clasgraph import read_report

    records = read_report(SAMPLE)
    graph = _load(ingested_store)
    assert isinstance(graph, nx.MultiDiGraph)
    assert {n.id for n in records.nodes} == set(graph.nodes)


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "csv"])
def test_export_formats(ingested_store, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = run(["--store", ingested_store, "export", "--format", fmt, "-o", out])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(out.read_text())
        assert all("label" in n for n in data["nodes"])
        assert all("type" in e for e in data["edges"])
        finding = next(n for n in data["nodes"] if n["id"] == f"{REPORT_ID}#2.2")
        assert finding["label"] == "Finding" and finding["section"] == "Children in need"
    elif fmt == "graphml":
        graph = nx.read_graphml(out)
        assert graph.nodes[f"{REPORT_ID}#2.2"]["label"] == "Finding"
    elif fmt == "gexf":
        assert nx.read_gexf(out).number_of_nodes() == _load(ingested_store).number_of_nodes()
    else:
        header = (out / "edges.csv").read_text().splitlines()[0]
        assert header.startswith("source,type,target")


# --- bad input: one line naming the file, exit 2, store untouched -------------------------


def _bad_inputs(tmp_path, sample_text):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(sample_text.replace("'", "\u2019").encode("cp1252"))
    other = tmp_path / "minutes.txt"
    other.write_text("Minutes of the board meeting\n\nApologies were received.\n")
    return {
        empty: "empty",
        binary: "binary",
        legacy: "not UTF-8",
        other: "not a CLAS review",
        tmp_path / "missing.txt": "no such file",
    }


def test_bad_input_is_refused_clearly_and_leaves_the_store(ingested_store, tmp_path, sample_text):
    before = store_snapshot(ingested_store)
    for path, problem in _bad_inputs(tmp_path, sample_text).items():
        result = run(["--store", ingested_store, "ingest", path])
        assert result.exit_code == 2, (path, result.output)
        errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
        assert errors and str(path) in errors[0] and problem in errors[0], result.output
        assert "Traceback" not in result.output
        assert store_snapshot(ingested_store) == before


def test_bad_input_into_a_new_store_creates_nothing(tmp_path):
    store = tmp_path / "new-store"
    result = run(["--store", store, "ingest", tmp_path / "missing.txt"])
    assert result.exit_code == 2
    assert not store.exists() or not any(store.iterdir())


def test_a_report_cut_short_ingests_what_is_there_and_warns(tmp_path, sample_text):
    cut = sample_text[: sample_text.index("3.5 Senior leaders in UHL")]
    path = tmp_path / "cut.txt"
    path.write_text(cut, encoding="utf-8")
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", path])
    assert result.exit_code == 0
    assert "no Recommendations section found" in result.output
    graph = _load(store)
    findings = [n for n, d in graph.nodes(data=True) if d["label"] == "Finding"]
    assert len(findings) == 19 + 28 + 4
    assert "warning" in result.output


def test_header_only_report_warns_of_missing_findings(tmp_path, sample_text):
    path = tmp_path / "header.txt"
    path.write_text(sample_text[: sample_text.index("Contents")], encoding="utf-8")
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", path])
    assert result.exit_code == 0
    assert "no numbered findings found" in result.output
    assert _load(store).nodes[REPORT_ID]["published"] == "2019-10-04"


def test_folder_with_a_bad_file_ingests_the_rest_and_exits_nonzero(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "rutland.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", folder])
    assert result.exit_code == 2
    assert "empty.txt: the file is empty" in result.output
    assert REPORT_ID in _load(store)


def test_help_runs_without_importing_heavy_libraries():
    code = ("import sys; from clasgraph.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('pyvis', 'neo4j', 'ladybug', 'networkx', 'rich') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout
    assert "accountability graph" in out.stdout
