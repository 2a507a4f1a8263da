"""The embedded store: a directory of per-report parts, committed through one manifest.

Layout (index format 3): ``manifest.json`` names the store's index ``graph-<sha>.json`` and its
sha256, and keeps the previous index as the backup. The index lists one gzip'd JSON file per
report (``part-<sha>.json.gz``: the report's nodes and relationships, with the shared nodes as
that report names them), the frozen document frequencies of the links across reports
(``freeze-<sha>.json.gz``), the counts ``stats`` prints, and the version (a token) of the
linking database ``links.sqlite`` that holds the links across reports (clasgraph.graph.linkdb).
Every data file is named by its checksum and written once (temporary file, fsync, rename);
adding a report writes its part, updates the rows of the linking database it reaches (one
SQLite transaction), then writes a new index and the manifest, and leaves the other reports'
parts alone. The linking database is derived data: a reader whose index names another version
of it computes the links from the parts (the same links), and a writer rebuilds it. A lock file
serialises writers across processes. The manifest is checked on every open: only plain file
names of the store are followed, and a file that does not match its checksum is reported,
never used. Stores of earlier layouts are read as they are and rewritten by the next ingest,
which says so: format 1 (one node-link ``graph-<sha>.json``) and format 2 (the links and the
linking index as files, ``links-<sha>.json.gz`` and ``lindex-<sha>.json.gz``).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import stat
import time
from pathlib import Path

DEFAULT_STORE = "clasgraph-data"

_GRAPH_NAME = re.compile(r"graph-[0-9a-f]{16}\.json")
_DATA_NAME = re.compile(r"(graph-[0-9a-f]{16}\.json|(part|links|lindex|freeze)-[0-9a-f]{16}\.json\.gz)")
_SHA256 = re.compile(r"[0-9a-f]{64}")
CHECKED_FILE = "checked/parts.json"  #: derived, as the engine's database (EmbeddedStore._checked_files)
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


from clasgraph.graph.protocol import BadStoreArgument, NoStore, StoreError  # noqa: F401 (re-exported)
from clasgraph.graph.schema import Label, Rel


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


def parse_manifest(raw: bytes) -> dict:
    """A manifest's content, checked; ValueError says what is wrong.

    >>> parse_manifest(b'{"graph": "../../etc/passwd", "sha256": "0"}')
    Traceback (most recent call last):
    ValueError: names '../../etc/passwd', not a graph file of the store
    """
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValueError("not JSON") from None
    if not isinstance(manifest, dict):
        raise ValueError(f"holds a JSON {type(manifest).__name__}, not an object")  # noqa: TRY004
    for name_key, sha_key in (("graph", "sha256"), ("previous", "previous_sha256")):
        if name_key == "previous" and name_key not in manifest:
            continue
        name, sha = manifest.get(name_key), manifest.get(sha_key)
        if not isinstance(name, str) or not _GRAPH_NAME.fullmatch(name):
            raise ValueError(f"names {name!r}, not a graph file of the store")
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha) or not sha.startswith(name[6:22]):
            raise ValueError(f"gives {sha!r} as the checksum of {name}")
    return manifest


def report_summaries(graph, report_ids) -> dict[str, dict]:
    """What the graph holds of each of these reports: its file's checksum, title, source and
    how many findings and recommendations it has."""
    wanted = set(report_ids)
    summaries = {rid: {**{k: graph.nodes[rid].get(k) for k in ("sha256", "title", "source")},
                       "findings": 0, "recommendations": 0}
                 for rid in wanted if rid in graph and graph.nodes[rid].get("label") == Label.REPORT}
    for _, data in graph.nodes(data=True):
        rid = data.get("report_id")
        if rid in summaries and data.get("label") == Label.FINDING:
            summaries[rid]["findings"] += 1
        elif rid in summaries and data.get("label") == Label.RECOMMENDATION:
            summaries[rid]["recommendations"] += 1
    return summaries


def _pack(data, sort_keys: bool = True) -> bytes:
    """A data file's bytes: compact JSON (orjson where installed: several times faster), gzip'd
    at level 6 (a fifth smaller than level 1; a part is written once and read often)."""
    import gzip

    try:
        import orjson

        raw = orjson.dumps(data, option=orjson.OPT_SORT_KEYS if sort_keys else 0)
    except ImportError:
        raw = json.dumps(data, ensure_ascii=False, sort_keys=sort_keys, separators=(",", ":")).encode()
    return gzip.compress(raw, compresslevel=6, mtime=0)


def _unpack(data: bytes):
    import gzip

    raw = gzip.decompress(data)
    try:
        import orjson
    except ImportError:
        return json.loads(raw)
    return orjson.loads(raw)


_OWNED = (Label.REPORT, Label.FINDING, Label.RECOMMENDATION)


def part_entry(key: str, part: dict) -> dict:
    """What the index keeps of one part: the report's summary (for deciding whether a new
    version replaces it) and its counts (for ``stats``)."""
    nodes = part["nodes"]
    report = nodes.get(key, {}) if nodes.get(key, {}).get("label") == Label.REPORT else {}
    own: dict[str, int] = {}
    shared: dict[str, str] = {}
    by_report: dict[str, dict[str, int]] = {}
    for n, d in nodes.items():
        label = d["label"]
        if label in _OWNED:
            owner = n if label == Label.REPORT else d.get("report_id", "")
            if owner == key or (key == "" and owner not in nodes):
                own[label] = own.get(label, 0) + 1
                rid = d.get("report_id")
                if rid:
                    counts = by_report.setdefault(rid, {})
                    counts[label] = counts.get(label, 0) + 1
        else:
            shared[n] = label
    types: dict[str, int] = {}
    for _, _, _, d in part["edges"]:
        types[d["type"]] = types.get(d["type"], 0) + 1
        rid = d.get("report_id")
        if rid:
            counts = by_report.setdefault(rid, {})
            counts[d["type"]] = counts.get(d["type"], 0) + 1
    orgs = {n: [d.get("name", ""), d.get("kind", ""), list(d.get("aliases", []))]
            for n, d in nodes.items() if d["label"] == Label.ORGANISATION}
    return {"summary": {"sha256": report.get("sha256"), "title": report.get("title"),
                        "source": report.get("source"), "findings": own.get(Label.FINDING, 0),
                        "recommendations": own.get(Label.RECOMMENDATION, 0)},
            "own": own, "shared": shared, "types": types, "by_report": by_report, "orgs": orgs,
            "area": report.get("area", "")}


def index_stats(index: dict) -> dict:
    """The counts of :func:`clasgraph.graph.builder.stats`, from a store's index."""
    labels: dict[str, int] = {}
    types: dict[str, int] = {}
    shared: dict[str, str] = {}
    reports = {k for k, e in index["parts"].items() if e["own"].get(Label.REPORT)}
    per_report: dict[str, dict[str, int]] = {r: {} for r in reports}
    for entry in [*index["parts"].values(), index["links"]]:
        for label, n in entry.get("own", {}).items():
            labels[label] = labels.get(label, 0) + n
        shared.update(entry.get("shared", {}))
        for t, n in entry.get("types", {}).items():
            types[t] = types.get(t, 0) + n
        for rid, counts in entry.get("by_report", {}).items():
            if rid in per_report:
                for name, n in counts.items():
                    per_report[rid][name] = per_report[rid].get(name, 0) + n
    for label in shared.values():
        labels[label] = labels.get(label, 0) + 1
    return {"labels": dict(sorted(labels.items())), "relationships": dict(sorted(types.items())),
            "reports": {r: dict(sorted(c.items())) for r, c in sorted(per_report.items())}}


class EmbeddedStore:
    """A graph kept in a directory.

    The manifest is the commit point: each save writes the parts that changed and a new index
    ``graph-<sha>.json``, then atomically replaces ``manifest.json`` to point at it, keeping the
    previous index as the backup. A crash at any moment leaves the old graph or the new one,
    never a mix.

    >>> import tempfile
    >>> try:
    ...     EmbeddedStore(tempfile.mkdtemp()).load()
    ... except NoStore as exc:
    ...     print(str(exc).split(":")[0][:11], exc.exit_code)
    no store at 2
    """

    def __init__(self, path: str | Path | None = None, lock_timeout: float | None = None):
        self.path = Path(path) if path is not None else default_path()
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("CLASGRAPH_LOCK_TIMEOUT", "60"))
        self.lock_timeout = lock_timeout
        self._told: set[str] = set()  # the damage already reported on standard error

    @property
    def manifest_file(self) -> Path:
        return self.path / "manifest.json"

    def describe(self) -> str:
        return f"embedded store {self.path}"

    def _no_store(self) -> NoStore:
        return NoStore(f"no store at {self.path}: run `clasgraph ingest` first or pass --store")

    def _check_folder(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise NoStore(f"{self.path}: is a file, not a store folder; pass --store a folder")

    def _damaged_manifest(self, what: str) -> StoreError:
        return StoreError(f"store damaged: {self.manifest_file}: {what}; recover with: "
                          f"clasgraph --store {self.path} restore (rebuilds it from the newest "
                          "intact graph file), or re-ingest the reports into a new store")

    def _graph_files(self) -> list[Path]:
        return [p for p in self.path.glob("graph-*.json") if _GRAPH_NAME.fullmatch(p.name)]

    def manifest(self) -> dict:
        """The checked manifest; ``{}`` when nothing has been stored yet."""
        self._check_folder()
        manifest_file = self.manifest_file
        if not manifest_file.exists() and not manifest_file.is_symlink():
            if self.path.is_dir() and self._graph_files():
                raise self._damaged_manifest("missing although graph files exist")
            return {}
        if manifest_file.is_symlink() or not manifest_file.is_file():
            raise self._damaged_manifest("is not a plain file")
        try:
            return parse_manifest(manifest_file.read_bytes())
        except OSError as exc:
            raise self._damaged_manifest(f"cannot be read ({exc.strerror})") from None
        except ValueError as exc:
            raise self._damaged_manifest(f"not a clasgraph manifest: {exc}") from None

    # -- reading -------------------------------------------------------------------------------
    def load(self):
        """The stored graph; :class:`NoStore` if nothing has been stored at this path."""
        manifest = self.manifest()
        if not manifest:
            raise self._no_store()
        return self._load_graph(manifest)

    def _read(self, name: str, sha: str, manifest: dict) -> bytes:
        """A file of the store, checked: a plain file inside the store matching its checksum."""
        path = self.path / name
        if not isinstance(name, str) or not _DATA_NAME.fullmatch(name) or path.is_symlink() \
                or not path.is_file():
            raise StoreError(self._damaged(path, "is missing or not a plain file", manifest))
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha:
            raise StoreError(self._damaged(path, "does not match its checksum", manifest))
        return data

    def _index(self, manifest: dict) -> dict:
        """The store's index (format 2), or ``{"format": 1, "graph": node-link data}``."""
        path = self.path / manifest["graph"]
        data = self._read(manifest["graph"], manifest["sha256"], manifest)
        try:
            index = json.loads(data)
            if not isinstance(index, dict):
                raise ValueError("not a JSON object")  # noqa: TRY004 - reported as damage below
            if "nodes" in index:
                return {"format": 1, "graph": index}
            if index.get("format") not in (2, 3) or not isinstance(index.get("parts"), dict):
                raise ValueError("not a clasgraph index")
            return index
        except ValueError as exc:
            raise StoreError(self._damaged(path, f"cannot be read ({exc})", manifest)) from None

    def _file(self, entry: dict, manifest: dict):
        try:
            return _unpack(self._read(entry["file"], entry["sha256"], manifest))
        except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
            if isinstance(exc, StoreError):
                raise
            raise StoreError(self._damaged(self.path / str(entry.get("file")),
                                           f"cannot be read ({exc})", manifest)) from None

    def load_parts(self, manifest: dict | None = None) -> tuple[dict, list]:
        """(parts by report id, links) of the stored graph, read without building a graph."""
        manifest = manifest or self.manifest()
        if not manifest:
            raise self._no_store()
        index = self._index(manifest)
        if index["format"] == 1:
            from clasgraph.graph.builder import parts_of_graph

            return parts_of_graph(self._from_node_link(index["graph"], manifest))
        damaged = self.damaged_parts(index, manifest)
        parts = {key: self._file(entry, manifest) for key, entry in index["parts"].items()
                 if key not in damaged}
        if index["format"] == 2:
            return parts, _between(self._file(index["links"], manifest), damaged)
        return parts, _between(self._links(index, parts, manifest), damaged)

    def _links(self, index: dict, parts: dict, manifest: dict) -> list:
        """The links across reports of this version: from the linking database when it holds
        this version, else computed from the parts under the frozen frequencies (the same links;
        slower: a writer between its two commits, or a crash between them)."""
        from clasgraph.graph.linking import LinkIndex, features

        rows = self._link_rows(index)
        if rows is None:
            return LinkIndex.relinked({key: features(part) for key, part in parts.items()},
                                      self._freeze(index, manifest)).edges()
        return materialize_links(rows, {n: d for part in parts.values() for n, d in part["nodes"].items()
                                        if d.get("label") == Label.FINDING})

    def part_stream(self, manifest: dict):
        """The stored graph for the Cypher engine's build: a
        :class:`~clasgraph.graph.ladybug_engine.PartStream` (each part read when it is wanted,
        the links after them) for a store of format 3, else (parts, links)."""
        from clasgraph.graph.ladybug_engine import PartStream

        index = self._index(manifest)
        if index["format"] != 3:
            return self.load_parts(manifest)
        sources: dict[str, dict] = {}  # each finding's node, as the links from it need
        damaged = self.damaged_parts(index, manifest)

        def parts():
            for key in sorted(index["parts"]):
                if key in damaged:
                    continue
                part = self._file(index["parts"][key], manifest)
                sources.update((n, {k: d.get(k) for k in ("report_id", "number", "text")})
                               for n, d in part["nodes"].items() if d.get("label") == Label.FINDING)
                yield key, part

        def links():
            rows = self._link_rows(index)
            if rows is None:
                return self.load_parts(manifest)[1]
            return _between(materialize_links(rows, sources), damaged)

        return PartStream(parts(), links, lambda: self.load_parts(manifest))

    def _link_rows(self, index: dict):
        """The link rows the linking database holds for this version, or None."""
        from clasgraph.graph.linkdb import FILE_NAME, LINKDB_DAMAGE, LinkDB

        try:
            db = LinkDB.open(self.path / FILE_NAME)
            try:
                return db.links(index["linkdb"])
            finally:
                db.close()
        except LINKDB_DAMAGE:
            return None

    def _freeze(self, index: dict, manifest: dict) -> dict | None:
        """The frozen document frequencies an index names (format 2 keeps them in its linking
        index), or None for a store that has none."""
        if "freeze" in index:
            return self._file(index["freeze"], manifest)
        if "lindex" in index:
            state = self._file(index["lindex"], manifest)
            return {"n": state.get("n", 0), "df": state.get("df", {}), "common": state.get("common", [])}
        return None

    def _from_node_link(self, data: dict, manifest: dict):
        from clasgraph.graph.builder import from_node_link

        try:
            return from_node_link(data)
        except (ValueError, KeyError, TypeError) as exc:
            path = self.path / manifest["graph"]
            raise StoreError(self._damaged(path, f"cannot be read ({exc})", manifest)) from None

    def _load_graph(self, manifest: dict):
        from clasgraph.graph.builder import graph_from_parts

        index = self._index(manifest)
        if index["format"] == 1:
            return self._from_node_link(index["graph"], manifest)
        parts, links = self.load_parts(manifest)
        return graph_from_parts(parts, links)

    def stats(self) -> dict:
        """Counts by label and relationship type, overall and per report (as
        :func:`clasgraph.graph.builder.stats`), from the index; every file is checked."""
        manifest = self.manifest()
        if not manifest:
            raise self._no_store()
        index = self._index(manifest)
        if index["format"] == 1:
            from clasgraph.graph.builder import stats

            return stats(self._from_node_link(index["graph"], manifest))
        damaged = self.damaged_parts(index, manifest, remember=True)
        intact = {**index, "parts": {k: e for k, e in index["parts"].items() if k not in damaged}}
        for entry in _entries({**index, "parts": {}}):  # the parts were checked just above
            self._read(entry["file"], entry["sha256"], manifest)
        return index_stats(intact)

    def _damaged(self, path: Path, what: str, manifest: dict) -> str:
        previous = manifest.get("previous")
        if previous and (self.path / previous).exists():
            hint = (f"restore the previous version ({previous}) with: "
                    f"clasgraph --store {self.path} restore")
        else:
            hint = (f"`clasgraph --store {self.path} repair` keeps every intact report, "
                    "or re-ingest the reports into a new store")
        return f"store damaged: {path}: {what}; {hint}"

    def _part_damage(self, entry: dict, checked: dict | None = None) -> str | None:
        """What is wrong with a data file an index names (missing, not a plain file, not its
        checksum), or None: the bytes are checked, not unpacked.

        With ``checked`` (:meth:`_checked_files`), a file whose size, times and inode are those
        it had when its checksum last matched is not read again; one that matches is recorded."""
        name = entry.get("file") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not _DATA_NAME.fullmatch(name):
            return f"names {name!r}, not a data file of the store"
        path = self.path / name
        try:
            st = os.lstat(path)
        except OSError:
            return "is missing or not a plain file"
        if not stat.S_ISREG(st.st_mode):
            return "is missing or not a plain file"
        sha = entry.get("sha256")
        seen = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, sha]
        if checked is not None and checked.get(name) == seen:
            return None
        if hashlib.sha256(path.read_bytes()).hexdigest() != sha:
            return "does not match its checksum"
        if checked is not None:
            checked[name] = seen
        return None

    def _checked_files(self) -> tuple[Path | None, dict]:
        """Where the store remembers the data files whose checksum matched (in the folder of
        its derived data, :func:`derived_folder`), and what it holds: for each file its size,
        modification and change times, inode and checksum when it was last read whole. Any
        write to a file (truncated, overwritten, replaced, copied) changes one of them, so it
        is read and checked again; a query no longer reads every part of the store."""
        folder = derived_folder(self.path) if self.path.is_dir() else None
        if folder is None:
            return None, {}
        path = folder / CHECKED_FILE
        try:
            checked = json.loads(path.read_bytes())
        except (OSError, ValueError):
            return path, {}
        return path, checked if isinstance(checked, dict) else {}

    @staticmethod
    def _remember_checked(path: Path | None, checked: dict, before: dict) -> None:
        """Write the record of checked files if it changed; a store that cannot be written
        to simply checks its files again next time."""
        if path is None or checked == before:
            return
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(exist_ok=True)
            tmp.write_text(json.dumps(checked, separators=(",", ":")))
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)

    def damaged_parts(self, index: dict, manifest: dict, warn: bool = True,
                      remember: bool = False) -> dict[str, str]:
        """The reports whose part is damaged (missing, truncated, overwritten), each with a line
        naming the part, the report and how to mend it; the other reports stay readable.

        With ``warn`` each line is printed on standard error (once per store object). With
        ``remember`` (queries and ``stats``) the parts found intact are recorded
        (:meth:`_checked_files`); other commands, which may refuse and must then leave the
        store as it was, only read the record."""
        import sys

        damaged: dict[str, str] = {}
        where, before = self._checked_files()
        parts = index.get("parts", {})
        names = {e.get("file") for e in parts.values() if isinstance(e, dict)}
        checked = {k: v for k, v in before.items() if k in names}
        for key, entry in parts.items():
            what = self._part_damage(entry, checked)
            if what is None:
                continue
            source = (entry.get("summary") or {}).get("source") if isinstance(entry, dict) else None
            again = f"clasgraph --store {self.path} ingest {source}" if source else "ingest its file again"
            previous = manifest.get("previous")
            back = (f", or put back the previous version: clasgraph --store {self.path} restore"
                    if previous and (self.path / previous).exists() else "")
            damaged[key] = (f"store damaged: {self.path / str(entry.get('file'))} (report {key or '(shared)'}) "
                            f"{what}; that report is left out; mend with: {again}, or "
                            f"clasgraph --store {self.path} repair (drops it, keeps every other report)"
                            + back)
        if remember:
            self._remember_checked(where, checked, before)
        if warn:
            for line in damaged.values():
                if line not in self._told:
                    print(f"warning: {line}", file=sys.stderr)
                    self._told.add(line)
        return damaged

    def saved_at(self) -> str:
        """When the stored graph was last changed (maps say so)."""
        return self.manifest().get("saved", "")

    @property
    def version(self) -> str:
        """The checksum of the stored index: derived data (e.g. the Cypher engine) keys on it."""
        return self.manifest().get("sha256", "empty")

    # -- writing -------------------------------------------------------------------------------
    def _read_only(self, reason: str) -> StoreError:
        return StoreError(f"store is read-only: {self.path} ({reason}); queries still work, "
                          "writing needs a store folder you may write to")

    @contextlib.contextmanager
    def lock(self, on_wait=None):
        """Hold the store's write lock; wait up to ``lock_timeout`` seconds for it."""
        self._check_folder()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            if not os.access(self.path, os.W_OK):
                raise self._read_only("no write permission")
            fh = open(self.path / ".lock", "a+")  # noqa: SIM115 - closed below
        except OSError as exc:
            if exc.errno in _READ_ONLY_ERRNOS:
                raise self._read_only(exc.strerror) from None
            raise StoreError(f"{self.path}: cannot be written ({exc.strerror})") from None
        with fh:
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

    def _put(self, prefix: str, data) -> dict:
        """Write one data file named by its checksum (once: an intact copy is kept). The links
        and the linking index are written in the order they are built (deterministic; sorting
        their keys cost more than the rest of the write)."""
        raw = _pack(data, sort_keys=prefix == "part")
        sha = hashlib.sha256(raw).hexdigest()
        name = f"{prefix}-{sha[:16]}.json.gz"
        path = self.path / name
        if path.is_symlink() or not path.is_file() or path.stat().st_size != len(raw):
            atomic_write(path, raw)
        return {"file": name, "sha256": sha}

    def save(self, graph) -> None:
        """Replace the stored graph atomically, keeping the previous version as a backup.

        Call with :meth:`lock` held.
        """
        from clasgraph.graph.builder import parts_of_graph

        parts, _ = parts_of_graph(graph)
        self._replace_all(self.manifest(), parts)

    def _replace_all(self, manifest: dict, parts: dict) -> None:
        """Write ``parts`` (by key) as the whole store, linked afresh."""
        from clasgraph.graph.linking import features

        self._relink_and_commit(manifest, {}, {key: self._write_part(key, part) for key, part in parts.items()},
                                {key: features(part) for key, part in parts.items()},
                                recover={}, replace_all=True)

    def _write_part(self, key: str, part: dict) -> dict:
        """Write one report's part; returns what the index keeps of it."""
        return {**self._put("part", part), **part_entry(key, part)}

    def _stored_features(self, index: dict, manifest: dict) -> dict[str, dict]:
        """What linking needs of every part an index names, read from the parts."""
        from clasgraph.graph.linking import features

        damaged = self.damaged_parts(index, manifest, warn=False)
        return {key: features(self._file(entry, manifest)) for key, entry in index.get("parts", {}).items()
                if key not in damaged}

    def _relink_and_commit(self, manifest: dict, index: dict, written: dict, found: dict,
                           removed=(), recover: dict | None = None, replace_all: bool = False) -> None:
        """Update the linking database for the parts written (``found``: their features by key)
        and removed, then commit the store's index naming it.

        The database is brought to this version of the store first if it holds another (rebuilt
        from ``recover``, the stored parts' features, read here when not given)."""
        import secrets
        import sys

        from clasgraph.graph.linkdb import FILE_NAME, LINKDB_DAMAGE, LinkDB, drop_linkdb

        path = self.path / FILE_NAME
        for attempt in ("as it is", "made again"):
            if attempt == "made again":  # damaged: it is derived data, made again from the parts
                drop_linkdb(path)
            db = None
            try:
                db = LinkDB.open(path, write=True)
                with db.transaction():
                    current = index.get("linkdb") is not None and db.token() == index.get("linkdb")
                    if not current:
                        if recover is None:
                            recover = self._stored_features(index, manifest)
                        db.rebuild(recover, self._freeze(index, manifest) if index else None)
                        if index.get("format") == 2:
                            print(f"note: {self.path}: moving the links across reports into "
                                  f"{FILE_NAME} (kept up to date report by report from now on)",
                                  file=sys.stderr)
                    refrozen = db.update(found, removed)
                    token = secrets.token_hex(8)
                    db.set_token(token)
                    counts = db.counts()
                    freeze = refrozen or (None if "freeze" in index and current else db.freeze())
                break
            except LINKDB_DAMAGE as exc:
                if attempt == "made again":
                    raise StoreError(f"{path}: the links across reports cannot be written "
                                     f"({type(exc).__name__}: {exc}); nothing was changed") from None
            finally:
                if db is not None:
                    db.close()
        self.last_links = {t: counts["types"].get(t, 0) for t in (Rel.SAME_AS, Rel.REPEATS, Rel.SIMILAR_TO)}
        freeze_entry = self._put("freeze", freeze) if freeze is not None else index["freeze"]
        self._commit(manifest, index, written, counts, freeze_entry, token, replace_all)

    def _commit(self, old_manifest: dict, old_index: dict, written: dict, link_counts: dict,
                freeze_entry: dict, token: str, replace_all: bool = False) -> None:
        """Write the index naming the parts, the frozen frequencies and the linking database's
        version, then the manifest (the commit point), then remove files neither it nor the
        previous index name."""
        self.path.mkdir(parents=True, exist_ok=True)
        for stale in self.path.glob(".*.tmp"):  # left by a writer that was killed; we hold the lock
            stale.unlink(missing_ok=True)
        entries = {} if replace_all else dict(old_index.get("parts", {}))
        entries.update(written)
        index = {"format": 3, "parts": dict(sorted(entries.items())), "links": link_counts,
                 "freeze": freeze_entry, "linkdb": token}
        data = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
        sha = hashlib.sha256(data).hexdigest()
        name = f"graph-{sha[:16]}.json"
        atomic_write(self.path / name, data)
        from datetime import datetime, timezone

        saved = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        manifest = {"format": 2, "graph": name, "sha256": sha, "saved": saved}
        if old_manifest:
            manifest.update(previous=old_manifest["graph"], previous_sha256=old_manifest["sha256"])
        atomic_write(self.manifest_file, json.dumps(manifest, indent=1).encode())
        keep = {name, *_names(index)}
        previous = old_manifest.get("graph")
        if previous:
            keep.add(previous)
            try:
                old = json.loads((self.path / previous).read_bytes())
                keep.update(_names(old) if isinstance(old, dict) and "parts" in old else ())
            except (OSError, ValueError):
                pass
        for path in self.path.iterdir():
            if _DATA_NAME.fullmatch(path.name) and path.name not in keep:
                path.unlink()

    def _intact_graph(self, name: str, sha: str | None = None) -> str | None:
        """The sha256 of index ``name`` if it is a plain file of the store that matches its
        name (and ``sha``), and every file it names is intact; else None."""
        path = self.path / name
        if not _GRAPH_NAME.fullmatch(name) or path.is_symlink() or not path.is_file():
            return None
        data = path.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if not actual.startswith(name[6:22]) or (sha and actual != sha):
            return None
        try:
            index = json.loads(data)
        except ValueError:
            return None
        if not isinstance(index, dict):
            return None
        if "nodes" in index:
            return actual  # format 1: the whole graph in this file
        try:
            for entry in _entries(index):
                part = self.path / entry["file"]
                if not _DATA_NAME.fullmatch(entry["file"]) or part.is_symlink() or not part.is_file() \
                        or hashlib.sha256(part.read_bytes()).hexdigest() != entry["sha256"]:
                    return None
        except (KeyError, TypeError, AttributeError, OSError):
            return None
        return actual

    def restore(self) -> str:
        """Put back the previous graph, or rebuild a damaged or missing manifest from the newest
        intact graph file. Returns what was done."""
        self._check_folder()
        if not self.path.is_dir():
            raise self._no_store()
        with self.lock():
            try:
                manifest = self.manifest()
            except StoreError:
                return self._rebuild_manifest()
            if not manifest:
                raise self._no_store()
            previous = manifest.get("previous")
            sha = previous and self._intact_graph(previous, manifest.get("previous_sha256"))
            if not sha:
                raise StoreError(f"{self.manifest_file}: no intact previous version to restore; "
                                 f"`clasgraph --store {self.path} repair` keeps every intact report")
            restored = {"format": 2, "graph": previous, "sha256": sha}
            atomic_write(self.manifest_file, json.dumps(restored, indent=1).encode())
            self._sync_links(restored)
            return f"restored the previous version ({previous})"

    def _check_freeze(self, index: dict, manifest: dict) -> None:
        """Refuse to build on a store whose frozen frequencies are damaged (repair rewrites them)."""
        entry = index.get("freeze")
        what = entry and self._part_damage(entry)
        if what:
            raise StoreError(f"store damaged: {self.path / str(entry.get('file'))}: {what}; "
                             f"mend with: clasgraph --store {self.path} repair; nothing was ingested")

    def repair(self) -> str:
        """Make a damaged store whole again with every intact report: a damaged manifest or
        index is restored first (as :meth:`restore`), then the store is written anew from its
        intact parts (the links relinked), leaving out the reports whose part is damaged.
        Returns what was done, naming the reports left out and their files."""
        self._check_folder()
        if not self.path.is_dir():
            raise self._no_store()
        done = []
        try:
            manifest = self.manifest()
            index = self._index(manifest) if manifest else {}
        except StoreError:
            done.append(self.restore())
            manifest = self.manifest()
            index = self._index(manifest)
        if not manifest:
            raise self._no_store()
        with self.lock():
            if index.get("format") == 1:
                return "; ".join(done) or "nothing to repair: every file of the store is intact"
            damaged = self.damaged_parts(index, manifest, warn=False)
            freeze = index.get("freeze")
            if not damaged and not (freeze and self._part_damage(freeze)) and \
                    not (index.get("format") == 2 and any(map(self._part_damage, _entries(index)))):
                return "; ".join(done) or "nothing to repair: every file of the store is intact"
            parts = {key: self._file(entry, manifest) for key, entry in index["parts"].items()
                     if key not in damaged}
            self._replace_all(manifest, parts)
        for key in sorted(damaged):
            source = (index["parts"][key].get("summary") or {}).get("source")
            done.append(f"left out report {key} (its part was damaged)"
                        + (f": ingest it again with: clasgraph --store {self.path} ingest {source}"
                           if source else ""))
        return "; ".join([*done, f"the store holds {len(parts) - ('' in parts)} intact report(s)"])

    def _sync_links(self, manifest: dict) -> None:
        """Make the linking database hold this version's links (after a restore), so that
        reading stays fast; if it cannot, readers compute the links from the parts."""
        from clasgraph.graph.linkdb import FILE_NAME, LINKDB_DAMAGE, LinkDB, drop_linkdb

        index = self._index(manifest)
        if index.get("format") != 3:
            return
        try:
            db = LinkDB.open(self.path / FILE_NAME, write=True)
            try:
                with db.transaction():
                    db.rebuild(self._stored_features(index, manifest), self._freeze(index, manifest))
                    db.set_token(index["linkdb"])
            finally:
                db.close()
        except LINKDB_DAMAGE:
            drop_linkdb(self.path / FILE_NAME)

    def _rebuild_manifest(self) -> str:
        if self.manifest_file.is_dir() and not self.manifest_file.is_symlink():
            raise StoreError(f"store damaged: {self.manifest_file} is a folder: move it aside, "
                             "then run restore again")
        intact = []
        for path in sorted(self._graph_files(), key=lambda p: p.stat().st_mtime, reverse=True):
            sha = self._intact_graph(path.name)
            if sha:
                intact.append((path.name, sha))
        if not intact:
            raise StoreError(f"store damaged: {self.path} holds no intact graph file to restore "
                             "from; re-ingest the reports into a new store")
        manifest = {"format": 2, "graph": intact[0][0], "sha256": intact[0][1]}
        if len(intact) > 1:
            manifest.update(previous=intact[1][0], previous_sha256=intact[1][1])
        if self.manifest_file.is_symlink():
            self.manifest_file.unlink()
        atomic_write(self.manifest_file, json.dumps(manifest, indent=1).encode())
        return f"rebuilt {self.manifest_file} from the newest intact graph file ({intact[0][0]})"

    def _known(self, index: dict, manifest: dict):
        """The organisations the store holds (:class:`~clasgraph.graph.resolve.KnownBodies`),
        from the index's small table of each part's organisations; a part written before the
        index kept one is read once, and its table kept in ``index`` (written with the next
        commit)."""
        from clasgraph.graph.resolve import KnownBodies, known_rows

        tables = []
        for key, entry in index.get("parts", {}).items():
            if "orgs" not in entry or "area" not in entry:
                try:
                    entry.update({k: v for k, v in part_entry(key, self._file(entry, manifest)).items()
                                  if k in ("orgs", "area")})
                except StoreError:  # a damaged part: ingest says so, or mends it
                    continue
            tables.append((entry["orgs"], entry["area"]))
        return KnownBodies(known_rows(tables))

    def known_bodies(self):
        """The organisations the store holds, as :class:`~clasgraph.graph.resolve.KnownBodies`
        (for recognising them in the reports about to be ingested)."""
        manifest = self.manifest()
        index = self._index(manifest) if manifest else {}
        if index.get("format") == 1:
            from clasgraph.graph.resolve import known_in_graph

            return known_in_graph(self._from_node_link(index["graph"], manifest))
        return self._known(index, manifest)

    # -- the operations every store offers -----------------------------------------------------
    def ingest(self, records_list, on_wait=None, plan=None) -> int:
        """Put reports into the store in one atomic commit; returns how many.

        Each report's part replaces its earlier version; the links across reports are updated
        in the linking database (only the rows the new reports reach). ``plan``, if given, is
        called under the lock with the stored summaries of these reports
        (:func:`report_summaries`) and returns the records to write.
        """
        from clasgraph.graph.builder import part_of_records
        from clasgraph.graph.linking import features

        with self.lock(on_wait=on_wait):
            manifest = self.manifest()
            index = self._index(manifest) if manifest else {}
            if index.get("format") == 1:
                return self._upgrade_and_ingest(manifest, index, records_list, plan)
            damaged = self.damaged_parts(index, manifest, warn=False) if index else {}
            if damaged:  # a damaged report is not stored: ingesting its file again mends it
                index = {**index, "parts": {k: e for k, e in index["parts"].items() if k not in damaged}}
            if plan is not None:
                stored = index.get("parts", {})
                records_list = plan({r.report_id: stored[r.report_id]["summary"]
                                     for r in records_list if r.report_id in stored})
            left = sorted(set(damaged) - {r.report_id for r in records_list})
            if left:
                raise StoreError("; ".join(damaged[k] for k in left)
                                 + "; nothing was ingested")
            self._check_freeze(index, manifest)
            if not records_list:
                return 0
            from clasgraph.graph.resolve import resolve_bodies

            records_list, self.last_merges = resolve_bodies(records_list, self._known(index, manifest))
            self.path.mkdir(parents=True, exist_ok=True)
            entries, found = {}, {}
            try:
                for records in records_list:  # one part at a time: written, then only its summary kept
                    part = part_of_records(records)
                    entries[records.report_id] = self._write_part(records.report_id, part)
                    found[records.report_id] = features(part)
                    del part
                self._relink_and_commit(manifest, index, entries, found,
                                        recover=None if index else {})
            except BaseException:
                self._drop_uncommitted(entries.values())
                raise
        return len(records_list)

    def _drop_uncommitted(self, entries) -> None:
        """Remove the parts a failed ingest wrote that no index of the store names (no stray
        file is left outside the manifest)."""
        try:
            manifest = self.manifest()
        except StoreError:
            return
        named: set[str] = set()
        for key in ("graph", "previous"):
            try:
                named |= _names(json.loads((self.path / manifest[key]).read_bytes()))
            except (KeyError, OSError, ValueError, TypeError):
                pass
        for entry in entries:
            if entry["file"] not in named:
                (self.path / entry["file"]).unlink(missing_ok=True)

    def remove(self, report_ids, on_wait=None) -> int:
        """Take reports out of the store in one atomic commit; returns how many were there."""
        with self.lock(on_wait=on_wait):
            manifest = self.manifest()
            if not manifest:
                raise self._no_store()
            index = self._index(manifest)
            if index["format"] == 1:
                from clasgraph.graph.builder import remove_report

                graph = self._from_node_link(index["graph"], manifest)
                for rid in report_ids:
                    remove_report(graph, rid)
                self.save(graph)
                return len(report_ids)
            there = [rid for rid in report_ids if rid in index["parts"]]
            if not there:
                return 0
            kept = {k: v for k, v in index["parts"].items() if k not in there}
            self._relink_and_commit(manifest, {**index, "parts": kept}, {}, {}, removed=there)
        return len(there)

    def _upgrade_and_ingest(self, manifest, index, records_list, plan) -> int:
        """A store of format 1: read it whole once, write it in parts with these reports."""
        import sys

        from clasgraph.graph.builder import merge_report, parts_of_graph

        graph = self._from_node_link(index["graph"], manifest)
        if plan is not None:
            records_list = plan(report_summaries(graph, [r.report_id for r in records_list]))
        if not records_list:
            return 0
        print(f"note: {self.path} was written by an earlier clasgraph as one graph file; "
              "rewriting it as one part per report (nothing is lost; the old file stays as the "
              "previous version until the next ingest)", file=sys.stderr)
        from clasgraph.graph.resolve import known_in_graph, resolve_bodies

        records_list, self.last_merges = resolve_bodies(records_list, known_in_graph(graph))
        for records in records_list:
            merge_report(graph, records)
        parts, _ = parts_of_graph(graph)
        self._replace_all(manifest, parts)
        return len(records_list)

    def query(self, cypher: str, params: dict | None = None, write: bool = False):
        """Columns and rows of a Cypher query, run by the embedded engine (read-only)."""
        from clasgraph.graph.cypher import CypherError

        if write:
            raise CypherError("the embedded store is read-only to Cypher (its truth is the graph "
                              "file, rebuilt by ingest); use --neo4j for --write queries")
        return self.query_many([(cypher, params)])[0]

    def query_many(self, queries: list[tuple[str, dict | None]]) -> list[tuple[list[str], list[list]]]:
        """Columns and rows of each read-only query, in order, run by the embedded engine in
        one go (one child process opens the engine's database once for all of them)."""
        from clasgraph.graph.cypher import check_embedded_params, check_read_only
        from clasgraph.graph.ladybug_engine import LadybugEngine

        checked = []
        for cypher, params in queries:
            checked.append((check_read_only(cypher, allow_write=False), params))
            check_embedded_params(params)
        manifest = self.manifest()
        if not manifest:
            raise self._no_store()
        version = manifest["sha256"]
        damaged = self.damaged_parts(self._index(manifest), manifest, remember=True)
        if damaged:  # the engine's database without them is kept apart from the whole one
            version = hashlib.sha256(" ".join([version, *sorted(damaged)]).encode()).hexdigest()
        engine = LadybugEngine(lambda: self.part_stream(manifest), version, derived_folder(self.path))
        return engine.query_many(checked)

    def close(self) -> None:
        """Nothing to release: every command opens what it reads."""






def _entries(index: dict) -> list[dict]:
    """The data files an index names, as {file, sha256}: its parts, and the frozen frequencies
    (format 3) or the links and the linking index (format 2)."""
    if index.get("format") == 2:
        return [*index["parts"].values(), index["links"], index["lindex"]]
    return [*index["parts"].values(), index["freeze"]]


def _names(index: dict) -> set[str]:
    """The data files an index (format 2 or 3) names."""
    try:
        return {e["file"] for e in _entries(index)}
    except (KeyError, TypeError, AttributeError):
        return set()


def _of_reports(edge, reports) -> bool:
    """Whether a link touches a node of one of these reports (a finding ``<report>#<n>``, or
    the report itself)."""
    return any(str(end).split("#", 1)[0] in reports for end in edge[:2])


def _between(links: list, damaged) -> list:
    """The links but those touching a report left out as damaged."""
    if not damaged:
        return links
    return [e for e in links if not _of_reports(e, damaged)]


def materialize_links(rows, findings: dict[str, dict]) -> list:
    """The linking database's rows as relationships; ``findings`` holds the finding nodes a link
    from a finding takes its report, paragraph and evidence (first sentence) from."""
    from clasgraph.graph.linking import _first_sentence, materialize

    def evidence(fid: str) -> tuple[str, str, str]:
        d = findings.get(fid, {})
        return d.get("report_id", ""), d.get("number", ""), _first_sentence(d.get("text", ""))

    return materialize(*rows, evidence)


def derived_folder(store: Path) -> Path | None:
    """Where derived data (the Cypher engine's database) goes: the store folder if it may be
    written, else a cache folder ($XDG_CACHE_HOME/clasgraph/<hash of the store's path>), else
    None (kept in memory)."""
    if os.access(store, os.W_OK):
        return store
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    key = hashlib.sha256(str(store.resolve()).encode()).hexdigest()[:16]
    folder = cache / "clasgraph" / key
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def record_summary(records) -> dict:
    """What a report's records hold, in the form of :func:`report_summaries`."""
    report = next((n.props for n in records.nodes if n.label == Label.REPORT), {})
    return {"sha256": report.get("sha256"), "title": report.get("title"),
            "source": report.get("source"), "findings": len(records.ids(Label.FINDING)),
            "recommendations": len(records.ids(Label.RECOMMENDATION))}


def _same_title(a, b) -> bool:
    return not a or not b or " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()


def plan_versions(records_list, stored: dict, replace: bool = False):
    """Which reports to write given what the store holds (:func:`report_summaries`):
    (records to write, notes on unchanged and replaced reports, refusals).

    A report whose file is unchanged is not written again. Unless ``replace``, a report that
    would take the id of a stored report with another title, or a new version with fewer
    findings or recommendations than the stored one (a file cut short?), is refused.
    """
    write, unchanged, refused = [], [], []
    for records in records_list:
        new, old = record_summary(records), stored.get(records.report_id)
        rid, source = records.report_id, new["source"]
        if old is None:
            write.append(records)
        elif old.get("sha256") == new["sha256"]:
            unchanged.append(f"{source}: report {rid} unchanged")
        elif not replace and not _same_title(old.get("title"), new["title"]):
            refused.append(f"{source}: would be report {rid}, but the store's {rid} is another "
                           f"report ({old.get('source')}: {old.get('title')!r}); nothing was "
                           "replaced (--replace replaces it)")
        elif not replace and (new["findings"] < old["findings"]
                              or new["recommendations"] < old["recommendations"]):
            refused.append(f"{source}: this version of report {rid} has {new['findings']} findings "
                           f"and {new['recommendations']} recommendations where the stored one "
                           f"({old.get('source')}) has {old['findings']} and "
                           f"{old['recommendations']}; it may be cut short: nothing was replaced "
                           "(--replace replaces it anyway)")
        else:
            write.append(records)
            unchanged.append(f"{source}: replaces the stored report {rid} (the version read from "
                             f"{old.get('source')}: {old['findings']} findings, "
                             f"{old['recommendations']} recommendations, sha256 "
                             f"{str(old.get('sha256') or '')[:12]})")
    return write, unchanged, refused
