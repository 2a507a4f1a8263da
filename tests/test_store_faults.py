"""A damaged manifest, a store that may not be written, queries started together, a damaged
engine database: one clear line, nothing lost, and the store recovers."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import SAMPLE, run, store_snapshot

COUNT = "MATCH (f:Finding) RETURN count(f) AS n"


def _cli(*args, env=None, timeout=120):
    return subprocess.run([sys.executable, "-m", "clasgraph.cli", *map(str, args)],
                          check=False, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def _count(store) -> int:
    result = run(["--store", store, "query", COUNT, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)[0]["n"]


def _damage(store: Path, how: str) -> None:
    manifest = store / "manifest.json"
    if how == "folder":
        manifest.unlink()
        manifest.mkdir()
    elif how == "missing":
        manifest.unlink()
    else:
        manifest.write_bytes({"random": os.urandom(300), "empty": b"", "list": b"[1, 2]",
                              "null": b'{"graph": null}',
                              "outside": json.dumps({
                                  "graph": "../../../etc/hostname",
                                  "sha256": hashlib.sha256(Path("/etc/hostname").read_bytes()
                                                           if Path("/etc/hostname").exists()
                                                           else b"").hexdigest()}).encode(),
                              }[how])


@pytest.mark.parametrize("how", ["random", "empty", "list", "null", "folder", "missing", "outside"])
def test_a_damaged_manifest_is_one_line_and_restore_recovers(ingested_store, how):
    _damage(ingested_store, how)
    for command in (["stats"], ["query", COUNT], ["export", "-o", ingested_store.parent / "x.json"]):
        result = run(["--store", ingested_store, *command])
        assert result.exit_code == 1, (command, result.output)
        assert result.output.startswith("Error: store damaged: ") and "Traceback" not in result.output
        assert f"clasgraph --store {ingested_store} restore" in result.output
        assert len(result.output.strip().splitlines()) == 1
    result = run(["--store", ingested_store, "restore"])
    if how == "folder":  # never removed by clasgraph: the user moves it aside
        assert result.exit_code == 1 and "is a folder: move it aside" in result.output
        os.rmdir(ingested_store / "manifest.json")
        result = run(["--store", ingested_store, "restore"])
    assert result.exit_code == 0, result.output
    assert "rebuilt" in result.output
    assert _count(ingested_store) == 121


def test_manifest_names_never_lead_out_of_the_store(ingested_store, tmp_path):
    manifest = json.loads((ingested_store / "manifest.json").read_text())
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0\n")
    sha = hashlib.sha256(secret.read_bytes()).hexdigest()
    for name in (str(secret), f"../{secret.name}", "graph-0000000000000000.json/../../passwd"):
        bad = {**manifest, "previous": name, "previous_sha256": sha}
        (ingested_store / "manifest.json").write_text(json.dumps(bad))
        result = run(["--store", ingested_store, "stats"])
        assert result.exit_code == 1 and "store damaged" in result.output
        assert run(["--store", ingested_store, "restore"]).exit_code == 0
        restored = json.loads((ingested_store / "manifest.json").read_text())
        assert restored["graph"] == manifest["graph"] and "passwd" not in json.dumps(restored)
    assert secret.read_text() == "root:x:0:0\n"


def test_a_graph_file_linked_out_of_the_store_is_refused(ingested_store, tmp_path):
    manifest = json.loads((ingested_store / "manifest.json").read_text())
    graph_file = ingested_store / manifest["graph"]
    outside = tmp_path / "elsewhere.json"
    shutil.move(graph_file, outside)
    graph_file.symlink_to(outside)
    result = run(["--store", ingested_store, "stats"])
    assert result.exit_code == 1
    assert f"store damaged: {graph_file}: is missing or not a plain file" in result.output


def test_restore_on_a_missing_store_creates_nothing(tmp_path):
    result = run(["--store", tmp_path / "nothing", "restore"])
    assert result.exit_code == 2
    assert result.output.strip() == (f"Error: no store at {tmp_path / 'nothing'}: run `clasgraph "
                                     "ingest` first or pass --store")
    assert not (tmp_path / "nothing").exists()


def test_restore_without_a_previous_version_says_so(ingested_store):
    result = run(["--store", ingested_store, "restore"])
    assert result.exit_code == 1 and "no intact previous version to restore" in result.output


# -- a read-only store ---------------------------------------------------------------------------
def _read_only(store: Path, *args, env=None):
    """Run the CLI with the store bind-mounted read-only in a private mount namespace: writes
    fail for root too (EROFS), and nothing outside this child sees the mount."""
    script = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(store), sys.executable,
                           "-m", "clasgraph.cli", "--store", str(store), *map(str, args)],
                          check=False, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_a_read_only_store_answers_queries_and_refuses_writes(tmp_path):
    store = tmp_path / "store"
    assert run(["--store", store, "ingest", SAMPLE]).exit_code == 0
    before = store_snapshot(store)
    cache = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(cache)}
    done = _read_only(store, "query", COUNT, "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"n": 121}]
    assert list(cache.glob("clasgraph/*/cypher-*/db"))  # the engine database went to the cache
    assert not list(store.glob("cypher-*"))
    for command in (["ingest", SAMPLE], ["restore"]):
        done = _read_only(store, *command, env=env)
        assert done.returncode == 1, done.stderr
        assert f"store is read-only: {store}" in done.stderr and "Traceback" not in done.stderr
    assert store_snapshot(store) == before


# -- the derived engine database -----------------------------------------------------------------
def test_queries_started_together_on_a_fresh_store_all_succeed(tmp_path, sample_text):
    store = tmp_path / "store"
    assert run(["--store", store, "ingest", SAMPLE]).exit_code == 0
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(sample_text.replace("highly visible", "very visible"), encoding="utf-8")
    for version in (None, corrected):  # twice: a fresh store, then a freshly saved new version
        if version:
            assert run(["--store", store, "ingest", version]).exit_code == 0
        procs = [subprocess.Popen([sys.executable, "-m", "clasgraph.cli", "--store", str(store),
                                   "query", COUNT, "--format", "json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(8)]
        outcomes = [(p.wait(timeout=180), *p.communicate()) for p in procs]
        for code, out, err in outcomes:
            assert code == 0, err
            assert json.loads(out) == [{"n": 121}]
        assert len(list(store.glob("cypher-*"))) == 1 and not list(store.glob(".cypher-*"))


@pytest.mark.parametrize("damage", ["truncated", "pending-wal", "removed"])
def test_a_damaged_engine_database_is_rebuilt(ingested_store, damage):
    assert _count(ingested_store) == 121
    (folder,) = ingested_store.glob("cypher-*")
    db = folder / "db"
    if damage == "truncated":
        with open(db, "r+b") as fh:
            fh.truncate(db.stat().st_size // 3)
    elif damage == "pending-wal":
        (folder / "db.wal").write_bytes(os.urandom(5000))
    else:
        db.unlink()
    assert _count(ingested_store) == 121
    assert _count(ingested_store) == 121


def test_without_a_writable_cache_the_engine_runs_in_memory(tmp_path):
    store = tmp_path / "store"
    assert run(["--store", store, "ingest", SAMPLE]).exit_code == 0
    not_a_folder = Path(tempfile.mkstemp(dir=tmp_path)[1])
    done = _read_only(store, "query", COUNT, "--format", "json",
                      env={"XDG_CACHE_HOME": str(not_a_folder)})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"n": 121}]

