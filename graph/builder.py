"""Graph builder: report records into a NetworkX ``MultiDiGraph``, the canonical model.

Node attributes are ``label`` plus the label's schema properties; edge attributes are ``type``
plus evidence. Merging a report first removes what an earlier version of the same report put
there, so re-ingesting is idempotent and a corrected report replaces the old one.

>>> from clasgraph.ingest.records import ReportRecords
>>> rec = ReportRecords("testshire-2019-07-01")
>>> _ = rec.node("Report", rec.report_id, title="T")
>>> _ = rec.node("Area", "testshire", name="Testshire")
>>> rec.edge("REVIEWS", rec.report_id, "testshire", paragraph="header", evidence="T")
>>> g = build_graph([rec]); g = merge_report(g, rec)
>>> g.number_of_nodes(), g.number_of_edges()
(2, 1)
"""

from __future__ import annotations

import networkx as nx
from clasgraph.graph.schema import NODES, RENAMED, REPORT_OWNED, default_value, rel_props, upgrade
from clasgraph.ingest.records import ReportRecords


def node_attrs(label: str, props: dict) -> dict:
    """A node's attributes: its label and every schema property (defaults where missing)."""
    attrs = {"label": label}
    for name, kind in NODES[label].items():
        value = props.get(name)
        attrs[name] = default_value(kind) if value is None else value
    return attrs


def edge_attrs(rel_type: str, key: str, props: dict) -> dict:
    """A relationship's attributes: its type, uid and every schema property."""
    attrs = {"type": rel_type}
    for name, kind in rel_props(rel_type).items():
        value = key if name == "uid" else props.get(name)
        attrs[name] = default_value(kind) if value is None else value
    return attrs


def remove_report(graph: nx.MultiDiGraph, report_id: str) -> None:
    """Remove a report's own nodes and every edge it contributed, then orphaned shared nodes."""
    if report_id not in graph:
        return  # never ingested: nothing to scan for
    owned = [n for n, d in graph.nodes(data=True)
             if d["label"] in REPORT_OWNED and (n == report_id or d.get("report_id") == report_id)]
    graph.remove_nodes_from(owned)
    stale = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True)
             if d.get("report_id") == report_id]
    graph.remove_edges_from(stale)
    graph.remove_nodes_from([n for n in list(graph.nodes) if graph.degree(n) == 0])


def _merge_node(graph: nx.MultiDiGraph, label: str, node_id: str, props: dict) -> None:
    attrs = node_attrs(label, props)
    if node_id not in graph:
        graph.add_node(node_id, **attrs)
        return
    current = graph.nodes[node_id]
    if label == "Organisation":
        names = {current["name"], *current["aliases"], attrs["name"], *attrs["aliases"]}
        name = max((current["name"], attrs["name"]), key=len)
        attrs["name"] = name
        attrs["aliases"] = sorted(names - {name})
    for name, value in attrs.items():
        if value not in ("", [], None) or name not in current:
            current[name] = value


def merge_report(graph: nx.MultiDiGraph, records: ReportRecords) -> nx.MultiDiGraph:
    """Put one report's records into the graph, replacing an earlier version of it."""
    remove_report(graph, records.report_id)
    for node in records.nodes:
        _merge_node(graph, node.label, node.id, node.props)
    for edge in records.edges:
        graph.add_edge(edge.source, edge.target, key=edge.key,
                       **edge_attrs(edge.type, edge.key, edge.props))
    return graph


def build_graph(records_list) -> nx.MultiDiGraph:
    """A new graph from the records of one or more reports."""
    graph = nx.MultiDiGraph()
    for records in records_list:
        merge_report(graph, records)
    return graph


def to_node_link(graph: nx.MultiDiGraph) -> dict:
    """NetworkX node-link data, nodes and edges sorted so that equal graphs give equal files."""
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
    return data


def from_node_link(data: dict) -> nx.MultiDiGraph:
    """The graph of node-link data; every node keeps its ``id`` property, as when built.

    A graph saved by an earlier version is upgraded to the current schema (renamed
    relationship types), and says so on standard error.
    """
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    for node_id, attrs in graph.nodes(data=True):
        attrs["id"] = node_id
    renamed = upgrade(graph)
    if renamed:
        import sys

        done = ", ".join(f"its {n} {old} relationship(s) as {RENAMED[old]}" for old, n in renamed.items())
        print(f"note: this store was written by an earlier clasgraph: read {done} "
              "(renamed; the next ingest saves them so)", file=sys.stderr)
    return graph


def stats(graph: nx.MultiDiGraph) -> dict:
    """Counts by label and by relationship type, overall and per report."""
    from collections import Counter

    labels = Counter(d["label"] for _, d in graph.nodes(data=True))
    types = Counter(d["type"] for _, _, d in graph.edges(data=True))
    per_report: dict[str, Counter] = {}
    for n, d in graph.nodes(data=True):
        if d["label"] == "Report":
            per_report[n] = Counter()
    for _, _, d in graph.edges(data=True):
        if d.get("report_id") in per_report:
            per_report[d["report_id"]][d["type"]] += 1
    for _, d in graph.nodes(data=True):
        if d.get("report_id") in per_report:
            per_report[d["report_id"]][d["label"]] += 1
    return {"labels": dict(sorted(labels.items())), "relationships": dict(sorted(types.items())),
            "reports": {r: dict(sorted(c.items())) for r, c in sorted(per_report.items())}}
