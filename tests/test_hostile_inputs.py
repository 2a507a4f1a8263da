"""Hostile input files, report identity and new versions, missing stores and bad URIs: one
line naming the file or store and the problem, the right exit code, nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import REPORT_ID, SAMPLE, run, store_snapshot

TITLE = "Review of Health Services for Children Looked After and Safeguarding in Rutland"


def _cli(*args, timeout=120, env=None):
    """The CLI in a child process, so a hang fails the test instead of stopping the run."""
    return subprocess.run([sys.executable, "-m", "clasgraph.cli", *map(str, args)],
                          check=False, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def _findings(store) -> int:
    from clasgraph import load_graph

    return sum(1 for _, d in load_graph(store).nodes(data=True) if d["label"] == "Finding")


# -- files ---------------------------------------------------------------------------------------
def test_a_folder_linked_to_itself_is_walked_once(tmp_path, sample_text):
    folder = tmp_path / "d"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "rutland.txt").write_text(sample_text, encoding="utf-8")
    (folder / "a").symlink_to(".")
    (folder / "sub" / "up").symlink_to("..")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "not-a-report.txt").write_text("hello", encoding="utf-8")
    (folder / "out").symlink_to(outside)
    for target in (f"{folder}/**/*.txt", folder, f"{folder}/*"):
        done = _cli("--store", tmp_path / "s", "-v", "ingest", target, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stderr.count("as report rutland-2019-10-04") == 1, done.stderr
        assert "not-a-report" not in done.stderr


def test_a_linked_file_is_read_once(tmp_path, sample_text):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "rutland.txt").write_text(sample_text, encoding="utf-8")
    (folder / "again.txt").symlink_to(folder / "rutland.txt")
    result = run(["--store", tmp_path / "s", "-v", "ingest", folder, folder / "rutland.txt"])
    assert result.exit_code == 0, result.output
    assert result.output.count("as report rutland-2019-10-04") == 1


@pytest.mark.parametrize("content", [None, "notes.docx"])
def test_a_folder_without_report_files_is_an_error(tmp_path, content):
    folder = tmp_path / "empty"
    folder.mkdir()
    if content:
        (folder / content).write_bytes(b"PK\x03\x04")
    result = run(["--store", tmp_path / "s", "ingest", folder])
    assert result.exit_code == 2
    assert f"no report files in {folder}" in result.output
    assert not (tmp_path / "s").exists()
    result = run(["--store", tmp_path / "s", "ingest", folder, SAMPLE])  # the others still go in
    assert result.exit_code == 2
    assert result.output.strip().endswith("Error: 1 folder(s) without report files")
    assert _findings(tmp_path / "s") == 121


def test_a_fifo_is_skipped_with_its_reason_never_opened(tmp_path, sample_text):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "rutland.txt").write_text(sample_text, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.pdf")
    done = _cli("--store", tmp_path / "s", "ingest", folder, folder / "pipe.txt", timeout=60)
    assert done.returncode == 2
    assert f"{folder / 'pipe.txt'}: is a FIFO (named pipe), not a report file: skipped" in done.stderr
    assert f"{folder / 'pipe.pdf'}: is a FIFO" in done.stderr
    assert "Traceback" not in done.stderr
    assert _findings(tmp_path / "s") == 121


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_text_with_a_byte_order_mark_is_read(tmp_path, sample_text, codec):
    path = tmp_path / f"rutland-{codec}.txt"
    data = sample_text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    result = run(["--store", tmp_path / "s", "ingest", path])
    assert result.exit_code == 0, result.output
    assert _findings(tmp_path / "s") == 121


def test_utf16_without_a_byte_order_mark_is_named(tmp_path, sample_text):
    path = tmp_path / "rutland.txt"
    path.write_bytes(sample_text.encode("utf-16-le"))
    result = run(["--store", tmp_path / "s", "ingest", path])
    assert result.exit_code == 2
    assert f"{path}: looks like UTF-16 text without a byte-order mark" in result.output


# -- report identity and versions ----------------------------------------------------------------
def test_the_same_report_twice_in_one_ingest_names_both_files(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    result = run(["--store", tmp_path / "s", "ingest", SAMPLE, copy])
    assert result.exit_code == 2
    assert f"{SAMPLE} and {copy} are the same report ({REPORT_ID})" in result.output
    assert "2 of 2 file(s)" in result.output
    assert not (tmp_path / "s" / "manifest.json").exists()


def test_two_reports_with_one_id_in_one_ingest_are_not_merged(tmp_path, sample_text):
    other = tmp_path / "follow-up.txt"
    other.write_text(sample_text.replace(TITLE, "Follow-up " + TITLE, 1), encoding="utf-8")
    result = run(["--store", tmp_path / "s", "ingest", SAMPLE, other])
    assert result.exit_code == 2
    assert f"{SAMPLE} and {other} would both be report {REPORT_ID}" in result.output
    assert not (tmp_path / "s" / "manifest.json").exists()


def test_a_different_report_with_a_stored_id_is_refused(ingested_store, tmp_path, sample_text):
    other = tmp_path / "follow-up.txt"
    other.write_text(sample_text.replace(TITLE, "Follow-up " + TITLE, 1), encoding="utf-8")
    before = store_snapshot(ingested_store)
    result = run(["--store", ingested_store, "ingest", other])
    assert result.exit_code == 2
    assert f"{other}: would be report {REPORT_ID}, but the store's {REPORT_ID} is another report " \
           f"({SAMPLE}" in result.output
    assert store_snapshot(ingested_store) == before
    assert run(["--store", ingested_store, "ingest", "--replace", other]).exit_code == 0
    from clasgraph import load_graph

    assert load_graph(ingested_store).nodes[REPORT_ID]["title"].startswith("Follow-up")


@pytest.fixture(params=["embedded", "bolt"])
def store_args(request, tmp_path, monkeypatch):
    if request.param == "embedded":
        args = ["--store", tmp_path / "store"]
    else:  # the ArcadeDB Bolt server of conftest, emptied
        server = request.getfixturevalue("arcadedb")
        monkeypatch.setenv("NEO4J_USERNAME", server["username"])
        monkeypatch.setenv("NEO4J_PASSWORD", server["password"])
        monkeypatch.setenv("NEO4J_DATABASE", server["database"])
        assert run(["--neo4j", server["uri"], "query", "--write", "MATCH (n) DETACH DELETE n"]
                   ).exit_code == 0
        args = ["--neo4j", server["uri"]]
    assert run([*args, "ingest", SAMPLE]).exit_code == 0
    return args


def _counts(args) -> list:
    result = run([*args, "query", "--name", "reports", "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(r["report"], r["findings"], r["recommendations"]) for r in json.loads(result.output)]


def test_a_shorter_version_is_refused_unless_replace(store_args, tmp_path):
    short = tmp_path / "short.txt"
    short.write_bytes(SAMPLE.read_bytes()[:30_000])
    result = run([*store_args, "ingest", short])
    assert result.exit_code == 2
    assert (f"{short}: this version of report {REPORT_ID} has 37 findings and 0 recommendations "
            f"where the stored one ({SAMPLE}) has 121 and 38") in result.output
    assert _counts(store_args) == [(REPORT_ID, 121, 38)]
    assert run([*store_args, "ingest", "--replace", short]).exit_code == 0
    assert _counts(store_args) == [(REPORT_ID, 37, 0)]


def test_an_identical_report_is_unchanged(store_args):
    result = run([*store_args, "ingest", SAMPLE])
    assert result.exit_code == 0
    assert f"{SAMPLE}: report {REPORT_ID} unchanged" in result.output
    assert _counts(store_args) == [(REPORT_ID, 121, 38)]


# -- missing stores and bad store arguments ------------------------------------------------------
@pytest.mark.parametrize("command", [["stats"], ["query", "MATCH (n) RETURN count(n)"],
                                     ["query", "--name", "reports"], ["repeats"],
                                     ["export", "-o", "out.json"], ["diff", "a", "b"],
                                     ["map", "-o", "map.html"]])
def test_reading_a_missing_store_says_so(tmp_path, command):
    for store in (tmp_path / "typo", tmp_path / "empty"):
        (tmp_path / "empty").mkdir(exist_ok=True)
        result = run(["--store", store, *command])
        assert result.exit_code == 2, result.output
        assert result.output.strip() == (f"Error: no store at {store}: run `clasgraph ingest` "
                                         "first or pass --store")
    assert not (tmp_path / "typo").exists()


def test_load_graph_of_a_missing_store_raises(tmp_path):
    from clasgraph.graph.store import NoStore

    from clasgraph import load_graph

    with pytest.raises(NoStore, match="no store at"):
        load_graph(tmp_path / "typo")


@pytest.mark.parametrize("command", [["stats"], ["ingest", SAMPLE], ["restore"],
                                     ["query", "MATCH (n) RETURN n"]])
def test_a_store_path_that_is_a_file_is_one_line(tmp_path, command):
    path = tmp_path / "file"
    path.write_text("not a store")
    result = run(["--store", path, *command])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: --store {path}: is a file, not a store folder"
    assert path.read_text() == "not a store"


@pytest.mark.parametrize("uri", ["bolt://root:PW-s3cret@localhost:7687",
                                 "neo4j://root:PW-s3cret@localhost:7687",
                                 "bolt://root:PW-s3cret@localhost:notaport",
                                 "neo4j+s://PW-s3cret@localhost",
                                 "http://root:PW-s3cret@localhost:7474"])
def test_a_password_in_the_uri_is_never_printed(uri):
    result = run(["--neo4j", uri, "stats"])
    assert result.exit_code == 2
    assert "PW-s3cret" not in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    if not uri.startswith("http"):
        assert "NEO4J_USERNAME and NEO4J_PASSWORD" in result.output


@pytest.mark.parametrize("uri", ["http://localhost:7474", "localhost:7687", "bolt://localhost:99999",
                                 "bolt://:7687"])
def test_an_unusable_neo4j_uri_is_one_line(uri):
    result = run(["--neo4j", uri, "query", "RETURN 1"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    if "://" not in uri or uri.startswith("http"):
        assert "bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://" in result.output


def test_restore_refuses_neo4j(tmp_path):
    result = run(["--neo4j", "bolt://127.0.0.1:1", "restore"])
    assert result.exit_code == 2
    assert "restore works on the embedded store only" in result.output
