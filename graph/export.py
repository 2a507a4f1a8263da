"""Export the graph as node-link JSON, GraphML, GEXF or CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
from clasgraph.graph.builder import to_node_link


def flat_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose list properties are "; "-joined strings (GraphML and GEXF hold no lists),
    and whose text holds only characters XML can (the others escaped, e.g. a control character
    from a file name)."""
    from clasgraph.graph.shown import xml_text

    def flat(value):
        value = "; ".join(map(str, value)) if isinstance(value, list) else value
        return xml_text(value) if isinstance(value, str) else value

    copy = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        copy.add_node(flat(n), **{xml_text(k): flat(v) for k, v in d.items()})
    for u, v, k, d in graph.edges(keys=True, data=True):
        copy.add_edge(flat(u), flat(v), key=flat(k), **{xml_text(a): flat(b) for a, b in d.items()})
    return copy


def export_text(graph: nx.MultiDiGraph, fmt: str) -> bytes:
    """The graph as one file's bytes, in json, graphml or gexf."""
    import io

    if fmt == "json":
        return json.dumps(to_node_link(graph), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    out = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat_copy(graph), out)
    return out.getvalue()


def export_graph(graph: nx.MultiDiGraph, fmt: str, output: Path) -> list[Path]:
    """Write ``graph`` in ``fmt``; returns the files written.

    CSV is two files, ``nodes.csv`` and ``edges.csv``, in the folder ``output``.
    """
    if fmt in ("json", "graphml", "gexf"):
        output.write_bytes(export_text(graph, fmt))
        return [output]
    output.mkdir(parents=True, exist_ok=True)
    nodes_file, edges_file = output / "nodes.csv", output / "edges.csv"
    node_keys = sorted({k for _, d in graph.nodes(data=True) for k in d} - {"id", "label"})
    with open(nodes_file, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "label", *map(_cell, node_keys)])
        for n, d in sorted(graph.nodes(data=True)):
            writer.writerow([_cell(n), d["label"], *(_cell(d.get(k)) for k in node_keys)])
    edge_keys = sorted({k for _, _, d in graph.edges(data=True) for k in d} - {"type"})
    with open(edges_file, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["source", "type", "target", *map(_cell, edge_keys)])
        for u, v, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["uid"])):
            writer.writerow([_cell(u), d["type"], _cell(v), *(_cell(d.get(k)) for k in edge_keys)])
    return [nodes_file, edges_file]


def _cell(value) -> str:
    """A property as a CSV cell, formula text neutralised (:func:`clasgraph.queries.formats.csv_cell`)."""
    from clasgraph.queries.formats import csv_cell

    return csv_cell("; ".join(map(str, value)) if isinstance(value, list) else value)
