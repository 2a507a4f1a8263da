"""Views: which part of the graph each map shows. Pure functions from graph to subgraph.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("o", label="Organisation", name="A", kind="ccg")
>>> g.add_node("s", label="Service", name="S", area="X")
>>> _ = g.add_edge("o", "s", type="COMMISSIONS")
>>> view = select(g, "commissioning")
>>> sorted(view.graph.nodes), view.graph.number_of_edges()
(['area:X', 'o', 's'], 2)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

VIEWS = ("commissioning", "recommendations", "repeats", "org")

TITLES = {
    "commissioning": "Who commissions and who provides what",
    "recommendations": "Recommendations, who they are addressed to, and the findings behind them",
    "repeats": "Findings that repeat earlier reviews and reports, and progress since",
    "org": "Everything around {org}",
}


@dataclass
class View:
    name: str
    title: str
    graph: nx.MultiDiGraph
    notes: list[str] = field(default_factory=list)


def _edges_of(graph: nx.MultiDiGraph, types: set[str]) -> list[tuple]:
    return [(u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if d["type"] in types]


def _subgraph_from_edges(graph: nx.MultiDiGraph, edges: list[tuple]) -> nx.MultiDiGraph:
    sub = nx.MultiDiGraph()
    for u, v, k, d in edges:
        for n in (u, v):
            if n not in sub:
                sub.add_node(n, **graph.nodes[n])
        sub.add_edge(u, v, key=k, **d)
    return sub


def filter_reports(graph: nx.MultiDiGraph, report: str | None, section: str | None) -> nx.MultiDiGraph:
    """Keep only what one report (and, for findings, one section) contributed."""
    if not report and not section:
        return graph
    keep_edges = []
    for u, v, k, d in graph.edges(keys=True, data=True):
        if report and d.get("report_id") != report:
            continue
        if section and any(graph.nodes[n]["label"] == "Finding" and graph.nodes[n]["section"] != section
                           for n in (u, v)):
            continue
        keep_edges.append((u, v, k, d))
    return _subgraph_from_edges(graph, keep_edges)


def commissioning(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    sub = _subgraph_from_edges(graph, _edges_of(graph, {"COMMISSIONS", "PROVIDES", "ON_BEHALF_OF",
                                                        "PART_OF"}))
    for n, d in list(sub.nodes(data=True)):
        if d["label"] == "Service" and d.get("area"):
            area = f"area:{d['area']}"
            sub.add_node(area, label="Area", id=area, name=d["area"])
            sub.add_edge(n, area, key=f"{n}-IN_AREA", type="IN_AREA", evidence="", paragraph="",
                         report_id="")
    return sub


def recommendations(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return _subgraph_from_edges(graph, _edges_of(graph, {"ADDRESSED_TO", "SUPPORTS"}))


def repeats(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    return _subgraph_from_edges(graph, _edges_of(graph, {"REPEATS", "PROGRESS_SINCE", "SAME_AS"}))


def find_organisations(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Organisations whose id, name or an alias is ``name``, or whose name contains it."""
    wanted = name.lower()
    exact, partial = [], []
    for n, d in graph.nodes(data=True):
        if d["label"] != "Organisation":
            continue
        names = [n, d["name"], *d.get("aliases", [])]
        if any(wanted == x.lower() for x in names):
            exact.append(n)
        elif any(wanted in x.lower() for x in names):
            partial.append(n)
    return exact or partial


def around(graph: nx.MultiDiGraph, centres: list[str], hops: int) -> nx.MultiDiGraph:
    """Everything within ``hops`` of the centres, in either direction.

    Reports are not walked through: every organisation of a report is two hops from every
    other through it, which would hide what the organisation itself is linked to.
    """
    seen = set(centres)
    frontier = set(centres)
    undirected = graph.to_undirected(as_view=True)
    for _ in range(hops):
        nxt = set()
        for n in frontier:
            if graph.nodes[n]["label"] == "Report" and n not in centres:
                continue
            nxt.update(m for m in undirected.neighbors(n) if m not in seen)
        seen |= nxt
        frontier = nxt
    return graph.subgraph(seen).copy()


def limit(graph: nx.MultiDiGraph, budget: int) -> tuple[nx.MultiDiGraph, list[str]]:
    """Above the node budget keep the most connected nodes and say what was left out."""
    if graph.number_of_nodes() <= budget:
        return graph, []
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), n))[:budget]
    kept = graph.subgraph(ranked).copy()
    left = graph.number_of_nodes() - kept.number_of_nodes()
    return kept, [(f"This map shows the {budget} most connected of {graph.number_of_nodes()} nodes "
                  f"({left} left out). Narrow it with --report ID, --org NAME or --section NAME.")]


def select(graph: nx.MultiDiGraph, view: str, org: str | None = None, hops: int = 2,
           report: str | None = None, section: str | None = None, budget: int = 1500) -> View:
    """The part of the graph a map shows."""
    notes: list[str] = []
    graph = filter_reports(graph, report, section)
    if report:
        notes.append(f"Only report {report}.")
    if section:
        notes.append(f"Only findings of the section {section}.")
    title = TITLES[view]
    if view == "commissioning":
        sub = commissioning(graph)
    elif view == "recommendations":
        sub = recommendations(graph)
        notes.append("Findings that support no recommendation are not shown.")
    elif view == "repeats":
        sub = repeats(graph)
    elif view == "org":
        if not org:
            raise ValueError("the org view needs --org NAME")
        centres = find_organisations(graph, org)
        if not centres:
            raise LookupError(f"no organisation matches {org!r}")
        sub = around(graph, centres, hops)
        names = ", ".join(sorted(graph.nodes[c]["name"] for c in centres))
        title = TITLES["org"].format(org=names) + f" (within {hops} hops)"
    else:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    sub, more = limit(sub, budget)
    return View(view, title, sub, notes + more)
