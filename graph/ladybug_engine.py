"""The embedded Cypher engine: a LadybugDB database derived from the stored graph.

The graph JSON stays the source of truth. The engine's database lives beside it in
``cypher-<version>/`` and is rebuilt (into a temporary folder, then renamed) whenever the graph's
checksum changes, so it is never stale and never half-built.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import networkx as nx
from clasgraph.graph.cypher import CypherError, plain_value, to_ladybug
from clasgraph.graph.cypher_order import order_by_projection
from clasgraph.graph.schema import NODES, RELATIONSHIPS, ladybug_ddl, rel_props, schema_version

BATCH = 2000


def _rows_by_label(graph: nx.MultiDiGraph) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {label: [] for label in NODES}
    for node_id, data in graph.nodes(data=True):
        label = data["label"]
        rows[label].append({name: data.get(name) for name in NODES[label]} | {"id": node_id})
    return rows


def _rows_by_rel(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict]]:
    rows: dict[tuple[str, str, str], list[dict]] = {}
    for u, v, data in graph.edges(data=True):
        key = (data["type"], graph.nodes[u]["label"], graph.nodes[v]["label"])
        if (key[1], key[2]) not in RELATIONSHIPS[key[0]]["pairs"]:
            continue  # not allowed by the schema: never written by clasgraph
        props = {name: data.get(name) for name in rel_props(data["type"])}
        rows.setdefault(key, []).append({"s": u, "t": v, "p": props})
    return rows


def load_into(conn, graph: nx.MultiDiGraph) -> None:
    """Create the schema's tables and copy the graph in with batched UNWIND statements."""
    for statement in ladybug_ddl():
        conn.execute(statement)
    for label, rows in _rows_by_label(graph).items():
        props = ", ".join(f"{name}: r.{name}" for name in NODES[label])
        for i in range(0, len(rows), BATCH):
            conn.execute(f"UNWIND $rows AS r CREATE (:{label} {{{props}}})",
                         {"rows": rows[i:i + BATCH]})
    for (rel, a, b), rows in _rows_by_rel(graph).items():
        props = ", ".join(f"{name}: r.p.{name}" for name in rel_props(rel))
        for i in range(0, len(rows), BATCH):
            conn.execute(
                f"UNWIND $rows AS r MATCH (a:{a} {{id: r.s}}), (b:{b} {{id: r.t}}) "
                f"CREATE (a)-[:{rel} {{{props}}}]->(b)",
                {"rows": rows[i:i + BATCH]},
            )


class LadybugEngine:
    """Runs read-only Cypher over a graph through LadybugDB.

    ``folder`` is where derived databases are kept (one per graph version); None keeps the
    database in memory.
    """

    def __init__(self, graph_loader, version: str, folder: Path | None):
        self.graph_loader = graph_loader
        self.version = version
        self.folder = folder
        self._conn = None

    def _database_path(self) -> Path | None:
        if self.folder is None:
            return None
        # Keyed on the schema too: a database derived under an earlier schema is rebuilt.
        path = self.folder / f"cypher-{self.version[:16]}-{schema_version()}"
        if not path.exists():
            self._build(path)
        return path

    def _build(self, path: Path) -> None:
        import ladybug

        tmp = Path(tempfile.mkdtemp(prefix=".cypher-", dir=self.folder))
        try:
            db = ladybug.Database(str(tmp / "db"))
            conn = ladybug.Connection(db)
            load_into(conn, self.graph_loader())
            conn.close()
            db.close()
            for old in self.folder.glob("cypher-*"):
                shutil.rmtree(old, ignore_errors=True)
            try:
                tmp.rename(path)
            except OSError:
                if not path.exists():  # not a concurrent build of the same version
                    raise
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)

    def connection(self):
        if self._conn is None:
            import ladybug

            path = self._database_path()
            if path is None:
                db = ladybug.Database(":memory:")
                conn = ladybug.Connection(db)
                load_into(conn, self.graph_loader())
            else:
                db = ladybug.Database(str(path / "db"), read_only=True)
                conn = ladybug.Connection(db)
            self._db, self._conn = db, conn
        return self._conn

    def query(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Columns and rows of a read-only query."""
        # Neo4j's ORDER BY of a projected name that shadows a variable (graph/cypher_order.py).
        translated = to_ladybug(order_by_projection(cypher))
        try:
            result = self.connection().execute(translated, params or {})
        except RuntimeError as exc:
            raise CypherError(str(exc).strip()) from None
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append([plain_value(v) for v in result.get_next()])
        return columns, rows
