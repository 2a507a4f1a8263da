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

from typing import TYPE_CHECKING

from clasgraph.graph.schema import NODES, RENAMED, REPORT_OWNED, default_value, rel_props, upgrade

if TYPE_CHECKING:  # networkx is imported where a graph is made: reading parts needs none
    import networkx as nx

    # Named in annotations only: importing clasgraph.ingest loads every extractor (~70 ms),
    # which a query that folds stored parts (the Cypher engine's build) never uses.
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


def merge_attrs(current: dict, attrs: dict) -> None:
    """Merge a shared node's attributes, as read from one more report, into ``current``: the
    one rule every store uses. An organisation keeps the longer of the two names (the
    alphabetically first of two equally long ones) and every other name once, sorted, as an
    alias; any other
    property takes the newer value unless that is empty. Merging a node into itself changes
    nothing, so parts that each hold the merged node fold back to it."""
    attrs = dict(attrs)
    if attrs.get("label") == "Organisation" and "name" in current:
        names = {current["name"], *current.get("aliases", []), attrs["name"], *attrs.get("aliases", [])}
        name = min((current["name"], attrs["name"]), key=lambda n: (-len(n), n))
        attrs["name"] = name
        attrs["aliases"] = sorted(names - {name})
    for name, value in attrs.items():
        if value not in ("", [], None) or name not in current:
            current[name] = value


def _merge_node(graph: nx.MultiDiGraph, label: str, node_id: str, props: dict) -> None:
    attrs = node_attrs(label, props)
    if node_id not in graph:
        graph.add_node(node_id, **attrs)
        return
    merge_attrs(graph.nodes[node_id], attrs)


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
    import networkx as nx

    graph = nx.MultiDiGraph()
    for records in records_list:
        merge_report(graph, records)
    return graph


# --- a graph as per-report parts (the embedded store's layout) -----------------------------------

def is_derived(rel_type: str, target_label: str) -> bool:
    """Whether a relationship is a link across reports, computed by clasgraph.graph.linking."""
    return rel_type in ("SIMILAR_TO", "SAME_AS") or (rel_type == "REPEATS" and target_label == "Finding")


def part_of_records(records: ReportRecords) -> dict:
    """One report's part: its nodes (with the shared ones as this report names them) and its
    relationships, in the form :func:`graph_from_parts` folds."""
    nodes: dict[str, dict] = {}
    for node in records.nodes:
        attrs = node_attrs(node.label, node.props)
        attrs["id"] = node.id
        if node.id in nodes:
            merge_attrs(nodes[node.id], attrs)
        else:
            nodes[node.id] = attrs
    edges = [[e.source, e.target, e.key, edge_attrs(e.type, e.key, e.props)]
             for e in records.edges if e.source in nodes and e.target in nodes]
    return {"nodes": nodes, "edges": edges}


def parts_of_graph(graph: nx.MultiDiGraph) -> tuple[dict[str, dict], list]:
    """(parts by report id, derived links) of a graph: a report's part holds its own nodes,
    the relationships it contributed and the shared nodes those touch; whatever belongs to no
    report goes to the part ``""``. Folding the parts (:func:`graph_from_parts`) and adding the
    links gives the graph back."""
    nodes = graph.nodes
    reports = {n for n, d in nodes(data=True) if d["label"] == "Report"}
    parts: dict[str, dict] = {}

    def part(key):
        return parts.setdefault(key, {"nodes": {}, "edges": []})

    placed = set()
    for n, d in nodes(data=True):
        if d["label"] in REPORT_OWNED:
            key = n if d["label"] == "Report" else d.get("report_id", "")
            part(key if key in reports else "")["nodes"][n] = dict(d, id=n)
            placed.add(n)
    links = []
    for u, v, k, d in graph.edges(keys=True, data=True):
        if is_derived(d["type"], nodes[v]["label"]):
            links.append([u, v, k, dict(d)])
            continue
        key = d.get("report_id", "")
        p = part(key if key in reports else "")
        p["edges"].append([u, v, k, dict(d)])
        for end in (u, v):
            if end not in p["nodes"]:
                p["nodes"][end] = dict(nodes[end], id=end)
                placed.add(end)
    for n, d in nodes(data=True):
        if n not in placed:
            part("")["nodes"][n] = dict(d, id=n)
    return parts, links


def graph_from_parts(parts: dict[str, dict], links=()) -> nx.MultiDiGraph:
    """The graph of per-report parts (folded in order of report id, so the same parts always
    give the same graph) and derived links."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for key in sorted(parts):
        for n, attrs in parts[key]["nodes"].items():
            if n in graph:
                merge_attrs(graph.nodes[n], attrs)
            else:
                graph.add_node(n, **attrs)
        for u, v, k, attrs in parts[key]["edges"]:
            graph.add_edge(u, v, key=k, **attrs)
    for u, v, k, attrs in links:
        if u in graph and v in graph:
            graph.add_edge(u, v, key=k, **attrs)
    upgrade(graph)
    return graph


def fold_nodes(parts: dict[str, dict]) -> dict[str, dict]:
    """Every node's merged attributes, without building a graph (for the Cypher engine)."""
    folded: dict[str, dict] = {}
    copied: set[str] = set()  # a node named by one part only is that part's dict, not a copy
    for key in sorted(parts):
        for n, attrs in parts[key]["nodes"].items():
            current = folded.get(n)
            if current is None:
                folded[n] = attrs
                continue
            if n not in copied:
                folded[n] = current = dict(current)
                copied.add(n)
            merge_attrs(current, attrs)
    return folded


def to_node_link(graph: nx.MultiDiGraph) -> dict:
    """NetworkX node-link data, nodes and edges sorted so that equal graphs give equal files."""
    import networkx as nx

    data = nx.node_link_data(graph, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
    return data


def from_node_link(data: dict) -> nx.MultiDiGraph:
    """The graph of node-link data; every node keeps its ``id`` property, as when built.

    A graph saved by an earlier version is upgraded to the current schema (renamed
    relationship types), and says so on standard error.
    """
    import networkx as nx

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
