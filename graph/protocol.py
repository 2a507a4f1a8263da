"""The Store protocol: what the CLI asks of a store, so it never asks which store it has.

Two stores implement it: :class:`clasgraph.graph.store.EmbeddedStore` (a directory of
per-report parts) and :class:`clasgraph.graph.neo4j_store.Neo4jStore` (any Bolt server). Both
raise :class:`StoreError` (exit code 1, or 2 for a store named wrongly) with one line that
says which store or file and what to do. The rules both follow live in one place each:
merging a shared node named by several reports in
:func:`clasgraph.graph.builder.merge_attrs`, grouping relationships into rows per type and
pair of labels in :func:`rows_by_type`, the rules of the links across reports in
:func:`clasgraph.graph.linking.pair_links` and :func:`~clasgraph.graph.linking.doc_links`, kept
up to date report by report in :class:`clasgraph.graph.linkdb.LinkDB`.

Maps, ``repeats``, ``diff`` and the named queries read a store only through
:meth:`Store.query` (:func:`read_graph` builds the part of the graph a map shows from Cypher
generated from the schema), so both stores give the same answers and a Bolt store is never
loaded whole for them.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class StoreError(Exception):
    """The store cannot be read or written; the message says which file and what to do.

    ``exit_code`` is 1 (failed while working) or 2 (bad input, e.g. no store at that path).
    """

    exit_code = 1


class BadStoreArgument(StoreError):
    """The store was named wrongly (a file for a folder, a URI clasgraph cannot use)."""

    exit_code = 2


class NoStore(BadStoreArgument):
    """Nothing has been stored at that path (or the path is not a store folder)."""


@runtime_checkable
class Store(Protocol):
    """A place reports are kept and queried."""

    version: str  #: changes whenever what is stored changes (derived data keys on it)

    def ingest(self, records_list, on_wait=None, plan=None) -> int:
        """Write reports (each replacing its earlier version) and update the links across
        reports; ``plan`` receives the stored summaries of these reports and returns the
        records to write. Returns how many were written."""

    def remove(self, report_ids, on_wait=None) -> int:
        """Take reports out, with every relationship they contributed; returns how many."""

    def load(self):
        """The whole graph as a NetworkX MultiDiGraph (maps, exports, comparisons)."""

    def query(self, cypher: str, params: dict | None = None, write: bool = False):
        """(columns, rows) of a Cypher query, read-only unless ``write``."""

    def stats(self) -> dict:
        """Counts by label and relationship type, overall and per report."""

    def describe(self) -> str:
        """The store in a few words, for messages (never a password)."""

    def restore(self) -> str:
        """Put back the previous version; says what was done (or raises StoreError)."""

    def close(self) -> None:
        """Release connections."""


def rows_by_type(edges, label_of, allowed=True) -> dict[tuple[str, str, str], list]:
    """Relationships grouped for batched writes: {(type, source label, target label): [edge,
    ...]}, each edge as given (source, target, ..., attributes with ``type``), in the order
    given, skipping those whose ends are unknown (``label_of`` returns None) and, when
    ``allowed``, pairs of labels the schema does not allow.

    Edges are grouped by type first and each group's labels looked up in one pass, so a type
    that joins one pair of labels (most) costs no per-edge test in Python."""
    from clasgraph.graph.schema import RELATIONSHIPS

    by_type: dict[str, list] = {}
    for edge in edges:
        rel = edge[-1]["type"]
        group = by_type.get(rel)
        if group is None:
            group = by_type[rel] = []
        group.append(edge)
    rows: dict[tuple[str, str, str], list] = {}
    for rel, group in by_type.items():
        pairs = {tuple(p) for p in RELATIONSHIPS[rel]["pairs"]} if rel in RELATIONSHIPS else set()
        if allowed and not pairs:
            continue  # not in the schema: never written by clasgraph
        sources = list(map(label_of, [e[0] for e in group]))
        targets = list(map(label_of, [e[1] for e in group]))
        a, b = sources[0], targets[0]
        if (sources.count(a) == len(group) and targets.count(b) == len(group)
                and a is not None and b is not None and (not allowed or (a, b) in pairs)):
            rows[(rel, a, b)] = group  # one pair of labels throughout: the common case
            continue
        for edge, a, b in zip(group, sources, targets):
            if a is None or b is None or (allowed and (a, b) not in pairs):
                continue  # an end unknown, or not allowed by the schema
            key = (rel, a, b)
            kept = rows.get(key)
            if kept is None:
                kept = rows[key] = []
            kept.append(edge)
    return rows


def query_all(store: Store, queries: list[tuple[str, dict]]) -> list[tuple[list, list]]:
    """(columns, rows) of each read-only query: in one go where the store can (the embedded
    store opens its engine once for all of them), else one after another."""
    if not queries:
        return []
    many = getattr(store, "query_many", None)
    return many(queries) if many else [store.query(cypher, params) for cypher, params in queries]


def read_graph(store: Store, types, report: str = "", near=None, nodes=()):
    """Part of a store's graph as a NetworkX MultiDiGraph, read through its Cypher (the same
    on either store, without loading the whole graph): the relationships of ``types`` (only
    those ``report`` states, when given; only those touching ``near``, a set of node ids, when
    given), the nodes at their ends, and the nodes listed in ``nodes``. Nodes and edges have
    the attributes :meth:`Store.load` gives them."""
    import networkx as nx
    from clasgraph.graph.builder import edge_attrs, node_attrs
    from clasgraph.graph.schema import NODES, rel_props

    graph = nx.MultiDiGraph()
    edges = []
    rels, reads = list(types) if near is None or near else [], []  # nothing near nothing: no edges
    for rel in rels:
        props = list(rel_props(rel))
        near_clause = " AND (a.id IN $near OR b.id IN $near)" if near is not None else ""
        params = {"report": report or ""}
        if near is not None:
            params["near"] = sorted(near)
        reads.append((f"MATCH (a)-[r:{rel}]->(b) WHERE ($report = '' OR r.report_id = $report)"
                      f"{near_clause} RETURN a.id, b.id, " + ", ".join(f"r.{p}" for p in props), params))
    for rel, (_, rows) in zip(rels, query_all(store, reads)):
        props = list(rel_props(rel))
        for row in rows:
            edges.append((row[0], row[1], edge_attrs(rel, row[2 + props.index("uid")],
                                                     dict(zip(props, row[2:])))))
    wanted = sorted({n for u, v, _ in edges for n in (u, v)} | set(nodes))
    labels = list(NODES.items()) if wanted else []  # an empty list has no type in Ladybug
    reads = [(f"MATCH (n:{label}) WHERE n.id IN $ids RETURN " + ", ".join(f"n.{p}" for p in props), {"ids": wanted})
             for label, props in labels]
    for (label, props), (_, rows) in zip(labels, query_all(store, reads)):
        for row in rows:
            graph.add_node(row[0], **node_attrs(label, dict(zip(list(props), row))))
    for u, v, attrs in edges:
        if u in graph and v in graph:
            graph.add_edge(u, v, key=attrs["uid"], **attrs)
    return graph
