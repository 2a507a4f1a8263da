"""The embedded store: a directory whose ``graph.json`` (NetworkX node-link data) is the truth.

Writes go to a temporary file that is fsynced and renamed over ``graph.json``; the previous
version is kept as ``graph.json.bak``. A lock file serialises writers across processes.
``manifest.json`` records the sha256 of ``graph.json`` so a file damaged by hand is detected on
open rather than silently used.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import time
from pathlib import Path

import networkx as nx
from clasgraph.graph.builder import from_node_link, to_node_link

DEFAULT_STORE = "clasgraph-data"


class StoreError(Exception):
    """The store cannot be read or written; the message says which file and what to do."""


def default_path() -> Path:
    return Path(os.environ.get("CLASGRAPH_STORE", DEFAULT_STORE))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Write aside, fsync, rename: readers see the old file or the new one, never a mix."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class EmbeddedStore:
    """A graph kept in a directory.

    The manifest is the commit point: each save writes ``graph-<sha>.json`` in full, then
    atomically replaces ``manifest.json`` to point at it, keeping the previous graph file as
    the backup. A crash at any moment leaves the old graph or the new one, never a mix.

    >>> import tempfile
    >>> store = EmbeddedStore(tempfile.mkdtemp())
    >>> store.load().number_of_nodes()
    0
    """

    def __init__(self, path: str | Path | None = None, lock_timeout: float | None = None):
        self.path = Path(path) if path is not None else default_path()
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("CLASGRAPH_LOCK_TIMEOUT", "60"))
        self.lock_timeout = lock_timeout

    @property
    def manifest_file(self) -> Path:
        return self.path / "manifest.json"

    def describe(self) -> str:
        return f"embedded store {self.path}"

    def manifest(self) -> dict:
        if not self.manifest_file.exists():
            if self.path.exists() and any(self.path.glob("graph-*.json")):
                raise StoreError(f"{self.manifest_file}: missing although graph files exist; "
                                 "restore it from a copy or re-ingest into a new store")
            return {}
        try:
            manifest = json.loads(self.manifest_file.read_text())
            manifest["graph"], manifest["sha256"]
            return manifest
        except (ValueError, KeyError, TypeError):
            raise StoreError(f"{self.manifest_file}: damaged (not a clasgraph manifest); "
                             "re-ingest the reports into a new store") from None

    @property
    def graph_file(self) -> Path | None:
        manifest = self.manifest()
        return self.path / manifest["graph"] if manifest else None

    # -- reading -------------------------------------------------------------------------------
    def load(self) -> nx.MultiDiGraph:
        """The stored graph (empty if the store does not exist yet)."""
        manifest = self.manifest()
        if not manifest:
            return nx.MultiDiGraph()
        path = self.path / manifest["graph"]
        if not path.exists():
            raise StoreError(self._damaged(path, "is missing", manifest))
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != manifest["sha256"]:
            raise StoreError(self._damaged(path, "does not match its checksum", manifest))
        try:
            return from_node_link(json.loads(data))
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(self._damaged(path, f"cannot be read ({exc})", manifest)) from None

    def _damaged(self, path: Path, what: str, manifest: dict) -> str:
        previous = manifest.get("previous")
        if previous and (self.path / previous).exists():
            hint = (f"restore the previous version ({previous}) with: "
                    f"clasgraph --store {self.path} restore")
        else:
            hint = "no backup exists: re-ingest the reports into a new store"
        return f"{path}: damaged: {what}; {hint}"

    def saved_at(self) -> str:
        """When the stored graph was last changed (maps say so)."""
        return self.manifest().get("saved", "")

    @property
    def version(self) -> str:
        """The checksum of the stored graph: derived data (e.g. the Cypher engine) keys on it."""
        return self.manifest().get("sha256", "empty")

    # -- writing -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self, on_wait=None):
        """Hold the store's write lock; wait up to ``lock_timeout`` seconds for it."""
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / ".lock", "a+") as fh:
            deadline = time.monotonic() + self.lock_timeout
            told = False
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not told and on_wait:
                        on_wait(f"waiting for another clasgraph process to finish writing {self.path}")
                        told = True
                    if time.monotonic() > deadline:
                        raise StoreError(f"{self.path}: another process holds the store's lock "
                                         f"(waited {self.lock_timeout:.0f}s); try again later") from None
                    time.sleep(0.1)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def save(self, graph: nx.MultiDiGraph) -> None:
        """Replace the stored graph atomically, keeping the previous version as a backup.

        Call with :meth:`lock` held.
        """
        self.path.mkdir(parents=True, exist_ok=True)
        for stale in self.path.glob(".*.tmp"):  # left by a writer that was killed; we hold the lock
            stale.unlink(missing_ok=True)
        data = json.dumps(to_node_link(graph), ensure_ascii=False, sort_keys=True, indent=1).encode()
        sha = hashlib.sha256(data).hexdigest()
        old = self.manifest()
        if old.get("sha256") == sha:
            return  # nothing changed
        name = f"graph-{sha[:16]}.json"
        atomic_write(self.path / name, data)
        from datetime import datetime, timezone

        saved = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        manifest = {"format": 1, "graph": name, "sha256": sha, "saved": saved}
        if old:
            manifest.update(previous=old["graph"], previous_sha256=old["sha256"])
        atomic_write(self.manifest_file, json.dumps(manifest, indent=1).encode())
        keep = {name, old.get("graph")}
        for path in self.path.glob("graph-*.json"):
            if path.name not in keep:
                path.unlink()

    def restore(self) -> None:
        """Point the manifest back at the previous graph (after damage was reported)."""
        with self.lock():
            manifest = json.loads(self.manifest_file.read_text())
            previous = manifest.get("previous")
            if not previous or not (self.path / previous).exists():
                raise StoreError(f"{self.manifest_file}: no previous version to restore")
            restored = {"format": 1, "graph": previous, "sha256": manifest["previous_sha256"]}
            atomic_write(self.manifest_file, json.dumps(restored, indent=1).encode())

    # -- the operations every store offers -----------------------------------------------------
    def ingest(self, records_list, on_wait=None) -> int:
        """Merge reports into the stored graph in one atomic save; returns how many."""
        from clasgraph.graph.builder import merge_report
        from clasgraph.graph.linking import link_reports

        with self.lock(on_wait=on_wait):
            graph = self.load()
            for records in records_list:
                merge_report(graph, records)
            self.last_links = link_reports(graph)
            self.save(graph)
        return len(records_list)

    def query(self, cypher: str, params: dict | None = None, write: bool = False):
        """Columns and rows of a Cypher query, run by the embedded engine (read-only)."""
        from clasgraph.graph.cypher import CypherError, check_read_only
        from clasgraph.graph.ladybug_engine import LadybugEngine

        if write:
            raise CypherError("the embedded store is read-only to Cypher (its truth is the graph "
                              "file, rebuilt by ingest); use --neo4j for --write queries")
        check_read_only(cypher, allow_write=False)
        version = self.version
        folder = self.path if self.manifest() else None
        engine = LadybugEngine(self.load, version, folder)
        return engine.query(cypher, params)
