"""The embedded Cypher engine: a LadybugDB database derived from the stored graph.

The store's files stay the source of truth. The engine's database lives beside it in
``cypher-<version>/`` (or in a cache folder when the store is read-only) and is built once, with
COPY FROM Arrow tables (bulk load, not statement by statement), into a temporary folder that is then renamed, whenever the graph's checksum changes; a damaged
one is detected and rebuilt, so it is never stale and never half-built.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import shutil
import tempfile
import threading
from pathlib import Path

from clasgraph.graph.cypher import CypherError, plain_value, to_ladybug
from clasgraph.graph.cypher_order import order_by_projection
from clasgraph.graph.protocol import rows_by_type
from clasgraph.graph.schema import NODES, ladybug_ddl, rel_props, schema_version

_THREADS = threading.Lock()


def graph_rows(source) -> tuple[dict[str, dict], list]:
    """(node attributes by id, [source, target, key, attributes] of each relationship) of a
    NetworkX graph or of a store's (parts, links)."""
    if isinstance(source, tuple):
        from clasgraph.graph.builder import fold_nodes

        parts, links = source
        nodes = fold_nodes(parts)
        edges = [e for key in sorted(parts) for e in parts[key]["edges"]]
        edges.extend(links)
        return nodes, edges
    return dict(source.nodes(data=True)), list(source.edges(keys=True, data=True))


def _arrow_type(kind: str):
    import pyarrow as pa

    return {"STRING[]": pa.list_(pa.string()), "DOUBLE": pa.float64()}.get(kind, pa.string())


def _column(values, kind: str):
    """Values as the column's type (a graph saved by an earlier version may hold others)."""
    if kind == "STRING[]":
        if all(isinstance(v, list) for v in values):
            return values
        return [v if isinstance(v, list) else ([] if v in (None, "") else [str(v)]) for v in values]
    if kind == "DOUBLE":
        return [float(v) if isinstance(v, (int, float)) else None for v in values]
    if all(isinstance(v, str) for v in values):
        return values
    return [v if isinstance(v, str) or v is None else str(v) for v in values]


def _array(values: list, kind: str):
    """An Arrow column of ``values`` as :func:`_column` makes them. A string column is handed to
    Arrow as it is (Arrow rejects anything but str and None, and only then is it normalised):
    checking every value in Python first cost more than the copy itself."""
    import pyarrow as pa

    if kind == "STRING":
        try:
            return pa.array(values, type=pa.string())
        except (pa.ArrowTypeError, pa.ArrowInvalid):
            pass
    return pa.array(_column(values, kind), type=_arrow_type(kind))


class PartStream:
    """A store's parts one at a time (``parts``: (key, part) in key order), then its links
    (``links()``, called once the parts are read), for a build that never holds the whole
    graph as Python objects; ``whole()`` gives (parts, links) for the build that does."""

    def __init__(self, parts, links, whole):
        self.parts, self.links, self.whole = parts, links, whole


class _NotStreamable(Exception):
    """A report-owned node named by two parts: merged only by the build that folds them all."""


def _stream_tables(stream: PartStream):
    """:func:`copy_tables` of a :class:`PartStream`: each part's values are taken into columns
    and the part dropped (its dicts and lists were most of the memory a build took)."""
    import pyarrow as pa
    from clasgraph.graph.builder import merge_attrs
    from clasgraph.graph.schema import REPORT_OWNED

    owned = {label: {name: [] for name in NODES[label]} for label in REPORT_OWNED}
    owned_ids: set[str] = set()
    shared: dict[str, dict] = {}
    copied: set[str] = set()
    label_of: dict[str, str] = {}
    edge_columns: dict[tuple, dict[str, list]] = {}

    def take_edges(edges, labels) -> None:
        for (rel, a, b), rows in rows_by_type(edges, labels).items():
            columns = edge_columns.get((rel, a, b))
            if columns is None:
                columns = edge_columns[(rel, a, b)] = {"from": [], "to": [],
                                                       **{name: [] for name in rel_props(rel)}}
            columns["from"].extend(e[0] for e in rows)
            columns["to"].extend(e[1] for e in rows)
            for name in rel_props(rel):
                columns[name].extend(e[-1].get(name) for e in rows)

    leftover = []
    for _key, part in stream.parts:
        nodes = part["nodes"]
        for n, d in nodes.items():
            label = d.get("label")
            label_of[n] = label
            columns = owned.get(label)
            if columns is not None:
                if n in owned_ids:
                    raise _NotStreamable(n)
                owned_ids.add(n)
                for name, values in columns.items():
                    values.append(n if name == "id" else d.get(name))
                continue
            current = shared.get(n)
            if current is None:
                shared[n] = d
            else:
                if n not in copied:
                    shared[n] = current = dict(current)
                    copied.add(n)
                merge_attrs(current, d)
        inside = [e for e in part["edges"] if e[0] in nodes and e[1] in nodes]
        if len(inside) < len(part["edges"]):  # an end named by another part: resolved at the end
            leftover.extend(e for e in part["edges"] if not (e[0] in nodes and e[1] in nodes))
        take_edges(inside, lambda n, nodes=nodes: nodes[n].get("label"))
        del part, nodes, inside
    take_edges(leftover + list(stream.links()), label_of.get)
    for label in NODES:
        if label in owned:
            columns = owned.pop(label)
        else:
            group = [(n, d) for n, d in shared.items() if d.get("label") == label]
            columns = {name: [n for n, _ in group] if name == "id" else [d.get(name) for _, d in group]
                       for name in NODES[label]}
        if columns["id"]:
            table = pa.table({name: _array(values, NODES[label][name]) for name, values in columns.items()})
            del columns
            yield f"COPY {label} FROM $rows", table
    for rel, a, b in sorted(edge_columns):
        columns = edge_columns.pop((rel, a, b))
        table = pa.table({"from": pa.array(columns.pop("from"), type=pa.string()),
                          "to": pa.array(columns.pop("to"), type=pa.string()),
                          **{name: _array(columns[name], kind) for name, kind in rel_props(rel).items()}})
        del columns
        yield f"COPY {rel} FROM $rows (from='{a}', to='{b}')", table


def copy_tables(source):
    """(COPY statement, Arrow table) of each label and of each relationship type and pair of
    labels of the graph, made one at a time (so the database can load one while the next is
    made). ``source`` is a NetworkX graph, a store's (parts, links) or a :class:`PartStream`."""
    if isinstance(source, PartStream):
        try:
            yield from _stream_tables(source)
            return
        except _NotStreamable:
            source = source.whole()
    nodes, edges = graph_rows(source)
    # the whole graph as one part: the columns and tables are those made part by part
    yield from _stream_tables(PartStream(iter([("", {"nodes": nodes, "edges": edges})]), list, None))


def load_into(conn, source) -> None:
    """Create the schema's tables and bulk-load the graph with COPY FROM Arrow tables (one per
    label and per relationship type and pair of labels), in one transaction."""
    conn.execute("BEGIN TRANSACTION")
    try:
        for statement in ladybug_ddl():
            conn.execute(statement)
        for statement, table in copy_tables(source):
            conn.execute(statement, {"rows": table})
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


_DONE = object()


def build_database(db_path: str, graph_loader) -> None:
    """A database at ``db_path`` holding the graph ``graph_loader`` returns, checkpointed.

    Two threads: this one reads the graph and makes each table while a loader thread opens the
    database, creates the schema and COPYs the tables already made, then checkpoints (LadybugDB
    releases the GIL, and its checkpoint uses one core while this thread frees the graph).
    Everything is loaded in one transaction and checkpointed once, at the end."""
    import queue
    import sys

    jobs: queue.Queue = queue.Queue()
    failed: list[BaseException] = []

    def load() -> None:
        try:
            import ladybug

            # Arrow is imported here, while the other thread reads the graph, not after.
            import pyarrow  # noqa: F401

            # Checkpointed once, below: an automatic checkpoint part way costs a second one.
            db = ladybug.Database(db_path, auto_checkpoint=False)
            conn = ladybug.Connection(db)
            try:
                conn.execute("BEGIN TRANSACTION")
                for statement in ladybug_ddl():
                    conn.execute(statement)
                while (job := jobs.get()) is not _DONE:
                    if job is None:  # the graph could not be read: nothing is kept
                        conn.execute("ROLLBACK")
                        return
                    conn.execute(job[0], {"rows": job[1]})
                conn.execute("COMMIT")
                conn.execute("CHECKPOINT")
            finally:
                conn.close()
                db.close()
        except BaseException as exc:  # noqa: BLE001 - raised again by the reading thread
            failed.append(exc)

    loader = threading.Thread(target=load, name="clasgraph-ladybug-load", daemon=True)
    interval = sys.getswitchinterval()
    # The loader waits for the GIL after each statement while this thread makes tables: hand it
    # over sooner than the default 5 ms.
    sys.setswitchinterval(0.0005)
    loader.start()
    try:
        with _no_gc():
            graph = graph_loader()
            for job in copy_tables(graph):
                if failed:
                    break
                jobs.put(job)
            jobs.put(_DONE)
            del graph  # freed while the loader commits and checkpoints
    except BaseException:
        jobs.put(None)
        raise
    finally:
        loader.join()
        sys.setswitchinterval(interval)
    if failed:
        raise failed[0]


@contextlib.contextmanager
def _no_gc():
    """Pause the cyclic garbage collector: reading and regrouping a store makes millions of
    objects and no cycles, and the collector kept walking them all (a third of the read)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class LadybugEngine:
    """Runs read-only Cypher over a graph through LadybugDB.

    ``folder`` is where derived databases are kept (one per graph version); None keeps the
    database in memory. A database is built once, aside, under a lock on ``.lock`` and moved into
    place with a record of its files (``complete.json``); a database whose files no longer
    match that record, or that the engine cannot open, is rebuilt from the graph.
    """

    def __init__(self, graph_loader, version: str, folder: Path | None):
        self.graph_loader = graph_loader
        self.version = version
        self.folder = folder
        self._conn = None

    @property
    def path(self) -> Path:
        # Keyed on the schema too: a database derived under an earlier schema is rebuilt.
        return self.folder / f"cypher-{self.version[:16]}-{schema_version()}"

    @contextlib.contextmanager
    def _build_lock(self):
        """Serialise builds: a POSIX record lock on ``.lock`` (independent of the writers'
        ``flock`` on the same file, so queries never wait for an ingest), and a thread lock."""
        with _THREADS, open(self.folder / ".lock", "a+") as fh:
            fcntl.lockf(fh, fcntl.LOCK_EX, 1, 1)
            try:
                yield
            finally:
                fcntl.lockf(fh, fcntl.LOCK_UN, 1, 1)

    def _ensure_built(self, rebuild: bool = False) -> Path:
        path = self.path
        if not rebuild and intact(path):
            return path
        with self._build_lock():
            if rebuild or not intact(path):
                self._build(path)
        return path

    def _build(self, path: Path) -> None:
        """Build into a temporary folder, record its files, then move it into place.
        Called with the build lock held, so no other process builds or removes meanwhile."""
        for old in list(self.folder.glob(".cypher-*")) + list(self.folder.glob("cypher-*")):
            if old.name != path.name:  # stale builds and databases of older graph versions
                shutil.rmtree(old, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=".cypher-", dir=self.folder))
        try:
            try:
                build_database(str(tmp / "db"), self.graph_loader)
            except RuntimeError as exc:  # the engine failed building (disk, memory): exit 1
                from clasgraph.graph.bounds import Bounds, QueryBound, engine_failure

                raise (engine_failure(str(exc), Bounds.from_env(), self.folder)
                       or QueryBound(f"the embedded Cypher engine could not build its database in "
                                     f"{self.folder}: {str(exc).strip().splitlines()[0]}")) from None
            (tmp / MARKER).write_text(json.dumps(_files_of(tmp)))
            if path.exists():
                shutil.rmtree(path)
            tmp.rename(path)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)

    def _open(self, path: Path | None, memory: int = 0):
        import ladybug

        if path is None:
            db = ladybug.Database(":memory:", buffer_pool_size=memory)
            conn = ladybug.Connection(db)
            with _no_gc():
                load_into(conn, self.graph_loader())
        else:
            db = ladybug.Database(str(path / "db"), read_only=True)
            conn = ladybug.Connection(db)
            conn.execute("MATCH (n:Report) RETURN count(n)")  # fails on a damaged database
        return db, conn

    def connection(self, memory: int = 0):
        """A connection to the database (built if need be); ``memory`` bounds the buffer pool
        of a database kept in memory (0: the engine's default)."""
        if self._conn is None:
            if self.folder is None:
                self._db, self._conn = self._open(None, memory)
                return self._conn
            path = self._ensure_built()
            try:
                self._db, self._conn = self._open(path)
            except RuntimeError:  # damaged after it was checked, or removed meanwhile: rebuild
                path = self._ensure_built(rebuild=True)
                try:
                    self._db, self._conn = self._open(path)
                except RuntimeError as exc:
                    from clasgraph.graph.store import StoreError

                    raise StoreError(f"the embedded Cypher engine cannot open {path}, even "
                                     f"rebuilt: {str(exc).strip().splitlines()[0]}") from None
        return self._conn

    def query(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Columns and rows of a read-only query, within the bounds of
        :mod:`clasgraph.graph.bounds` (in a child process where the platform can fork)."""
        return self.query_many([(cypher, params)])[0]

    def query_many(self, queries: list[tuple[str, dict | None]]) -> list[tuple[list[str], list[list]]]:
        """Columns and rows of each read-only query, in order, each within the bounds of
        :mod:`clasgraph.graph.bounds`, all in one child process (one opening of the database:
        a map's dozens of reads cost one fork, not one each). The first query that fails
        raises, as it would alone."""
        import os

        from clasgraph.graph.bounds import Bounds, say_cut

        bounds = Bounds.from_env()
        # Neo4j's ORDER BY of a projected name that shadows a variable (graph/cypher_order.py).
        translated = [(to_ladybug(order_by_projection(cypher)), params) for cypher, params in queries]
        if self.folder is not None and hasattr(os, "fork"):
            path = self._ensure_built()
            outcomes = _bounded(path, translated, bounds)
            if any(kind == "open" for kind, _ in outcomes):  # damaged after it was checked, or removed
                path = self._ensure_built(rebuild=True)
                outcomes = _bounded(path, translated, bounds)
        else:
            try:
                conn = self.connection(bounds.memory_mb * 2**20)
            except RuntimeError as exc:  # the graph does not fit the memory bound
                _raise(str(exc), bounds, self.folder)
            conn.set_query_timeout(int(bounds.seconds * 1000))
            outcomes = [_run(conn, cypher, params, bounds) for cypher, params in translated]
        answers = []
        for kind, value in outcomes:
            if kind == "open":
                from clasgraph.graph.store import StoreError

                raise StoreError(f"the embedded Cypher engine cannot open {self.path}, even rebuilt: {value}")
            if kind == "error":
                _raise(value, bounds, self.folder)
            columns, rows, cut = value
            if cut:
                say_cut(bounds.rows)
            answers.append((columns, rows))
        return answers


def _raise(message: str, bounds, folder) -> None:
    """The engine's error: a failure while working (a bound, the disk), else the query's fault."""
    from clasgraph.graph.bounds import engine_failure

    failure = engine_failure(message, bounds, folder)
    if failure is not None:
        raise failure
    if "1-based position" in message:
        raise CypherError("the embedded store (LadybugDB) counts list positions from 1 where Neo4j "
                          "counts from 0: write xs[1] for Neo4j's xs[0] (head(xs) and last(xs) mean "
                          f"the same on both) [{message.strip()}]")
    raise CypherError(message.strip())


def _run(conn, cypher: str, params, bounds):
    """("rows", (columns, rows, cut)) of a query, at most ``bounds.rows`` rows read in at most
    ``bounds.seconds``; ("error", message) if the engine refuses or fails."""
    import time

    deadline = time.monotonic() + bounds.seconds
    try:
        result = conn.execute(cypher, params or {})
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            if len(rows) >= bounds.rows:
                return "rows", (columns, rows, True)
            if len(rows) % 1024 == 0 and time.monotonic() > deadline:
                return "error", "Interrupted: past the time bound while reading the answer"
            rows.append([plain_value(v) for v in result.get_next()])
    except RuntimeError as exc:
        return "error", str(exc)
    return "rows", (columns, rows, False)


def _child(send, db_path: str, queries: list, bounds) -> None:
    """Run in the child process: open the database read-only within the memory bound, run the
    queries one after another (stopping at the first that fails), send their outcomes."""
    import faulthandler
    import os
    import resource

    from clasgraph.lifetime import end_with_parent

    end_with_parent()  # a killed clasgraph leaves no query running
    faulthandler.disable()  # a crash of the engine is told by the parent, in one line
    memory = bounds.memory_mb * 2**20
    try:
        size = sum(p.stat().st_size for p in Path(db_path).rglob("*") if p.is_file())
        max_db = 1 << max(28, (4 * size).bit_length())  # the engine's address space for the file
        with open("/proc/self/status") as fh:
            used = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize"))
        limit = used + memory + max_db
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (OSError, ValueError, StopIteration):
        max_db = None  # no /proc: the buffer pool and the timeout still bound the query
    try:
        import ladybug

        outcomes = []
        try:
            db = ladybug.Database(db_path, read_only=True, buffer_pool_size=memory // 2,
                                  max_db_size=max_db)
            conn = ladybug.Connection(db)
            conn.set_query_timeout(int(bounds.seconds * 1000))
            for cypher, params in queries:
                outcome = _run(conn, cypher, params, bounds)
                outcomes.append(outcome)
                if outcome[0] == "error":  # the query's fault, a bound, or a damaged database?
                    conn.execute("MATCH (n:Report) RETURN count(n)")  # fails on a damaged database
                    break
        except RuntimeError as exc:
            text = str(exc).strip()
            from clasgraph.graph.bounds import engine_failure

            outcomes = [("error", text) if engine_failure(text, bounds) else ("open", text.splitlines()[0])]
        send.send(outcomes)
    except MemoryError:
        send.send([("error", "out of memory")])
    except BaseException as exc:  # noqa: BLE001 - told to the parent, which raises it
        send.send([("error", f"{type(exc).__name__}: {exc}")])
    finally:
        send.close()
        os._exit(0)


def _bounded(path: Path, queries: list, bounds) -> list:
    """The outcomes of :func:`_run` for each query, in a forked child; the child is ended at
    the time bound of all of them (with a few seconds' grace for the engine's own timeout to
    answer). A child that fails gives one outcome, the failure."""
    import multiprocessing
    import signal

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, str(path / "db"), queries, bounds), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(bounds.seconds * len(queries) + 5):
            return [("error", "Interrupted: the engine did not answer within the time bound")]
        try:
            return receive.recv()
        except (EOFError, OSError):
            child.join(5)
            code = child.exitcode
            if code is not None and code < 0:
                name = signal.Signals(-code).name
                if -code == signal.SIGKILL:
                    return [("error", "out of memory: the engine was killed (SIGKILL)")]
                return [("error", (f"engine failure: the embedded Cypher engine crashed ({name}) "
                                   "running this query"))]
            return [("error", "engine failure: the embedded Cypher engine ended without an answer")]
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


MARKER = "complete.json"


def _files_of(folder: Path) -> dict[str, list[int]]:
    """Each file of a derived database with its size and modification time."""
    return {p.name: [p.stat().st_size, p.stat().st_mtime_ns]
            for p in sorted(folder.iterdir()) if p.name != MARKER}


def intact(path: Path) -> bool:
    """Whether a derived database is complete and unchanged since it was built: the same files
    (no pending write-ahead log, nothing truncated or rewritten)."""
    try:
        return json.loads((path / MARKER).read_text()) == _files_of(path)
    except (OSError, ValueError):
        return False
