"""Views: which part of the graph each map shows. Pure functions from graph to subgraph.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("o", label="Organisation", name="A", kind="ccg")
>>> g.add_node("s", label="Service", name="S", area="X")
>>> _ = g.add_edge("o", "s", type="COMMISSIONS")
>>> view = select(g, "commissioning")
>>> sorted(view.graph.nodes), view.graph.number_of_edges()
(['area:X', 'o', 's'], 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from clasgraph.graph.schema import RELATIONSHIPS, Label, Rel, reads

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
    centres: list[str] = field(default_factory=list)
    #: Headings of the map's columns where the view names them itself (the org view).
    column_names: dict[int, str] = field(default_factory=dict)


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
        if section and any(graph.nodes[n]["label"] == Label.FINDING and graph.nodes[n]["section"] != section
                           for n in (u, v)):
            continue
        keep_edges.append((u, v, k, d))
    return _subgraph_from_edges(graph, keep_edges)


COMMISSIONING_TYPES = {Rel.COMMISSIONS, Rel.PROVIDES, Rel.ON_BEHALF_OF, Rel.PART_OF}
#: What each view reads from the store: its own relationships and those its tooltips name.
VIEW_TYPES = {
    "commissioning": [*sorted(COMMISSIONING_TYPES), Rel.ADDRESSED_TO, Rel.ABOUT, Rel.SUPPORTS],
    "recommendations": [Rel.ADDRESSED_TO, Rel.SUPPORTS, *sorted(COMMISSIONING_TYPES), Rel.ABOUT],
    "repeats": [Rel.REPEATS, Rel.SIMILAR_TO, Rel.PROGRESS_SINCE],
    "org": list(RELATIONSHIPS),
}


def read_view(store, view: str, report: str = "", centres=(), hops: int = 2) -> nx.MultiDiGraph:
    """The part of a store's graph a view shows (and its tooltips name), read through the
    store's Cypher (:func:`clasgraph.graph.protocol.read_graph`), never the whole graph:
    only what ``report`` states when given. The org view reads hop by hop from ``centres``."""
    from clasgraph.graph.protocol import read_graph
    from clasgraph.queries.runner import stored_reports

    if view == "org":
        graph, seen, frontier = nx.MultiDiGraph(), set(centres), set(centres)
        for _ in range(hops + 1):  # one more: the links among the farthest nodes
            part = read_graph(store, VIEW_TYPES[view], report, near=frontier, nodes=centres)
            graph = nx.compose(graph, part)
            undirected = part.to_undirected(as_view=True)
            reached = {m for n in frontier if n in part for m in undirected.neighbors(n)} - seen
            seen |= reached
            frontier = {n for n in reached if graph.nodes[n]["label"] != Label.REPORT}
        return only_review(with_reviews(graph, stored_reports(store)), report)
    reviews = stored_reports(store)
    graph = read_graph(store, VIEW_TYPES[view], report,
                       nodes=[r["id"] for r in reviews] if view == "repeats" else ())
    if view == "repeats":  # which cited reviews were ingested, whichever review cited them
        return with_reviews(nx.compose(graph, read_graph(store, [Rel.SAME_AS])), reviews)
    return only_review(with_reviews(graph, reviews), report)


def with_reviews(graph: nx.MultiDiGraph, reviews: list[dict]) -> nx.MultiDiGraph:
    """The graph with a node for each review whose facts it holds (area and date: a map names
    its groups and tooltips their reviews by them).

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", type="PROVIDES", report_id="x-2015")
    >>> with_reviews(g, [{"id": "x-2015", "area": "X", "published": "2015-01-02"}]).nodes["x-2015"]["area"]
    'X'
    """
    stated = {d.get("report_id") for *_, d in graph.edges(data=True)}
    for r in reviews:
        if r["id"] in stated and r["id"] not in graph:
            graph.add_node(r["id"], label=Label.REPORT, id=r["id"], area=r.get("area") or "",
                           published=r.get("published") or "", review_start=r.get("review_start") or "",
                           review_end=r.get("review_end") or "")
    return graph


def only_review(graph: nx.MultiDiGraph, report: str) -> nx.MultiDiGraph:
    """Without the reports, findings and recommendations of other reviews than ``report``
    (links across reviews are stated by the later one: a map of one review leaves them out).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a#1", label="Finding", report_id="a"); g.add_node("b#1", label="Finding", report_id="b")
    >>> sorted(only_review(g, "").nodes), sorted(only_review(g, "a").nodes)
    (['a#1', 'b#1'], ['a#1'])
    """
    if not report:
        return graph
    other = [n for n, d in graph.nodes(data=True)
             if (d["label"] == Label.REPORT and n != report)
             or d.get("report_id") not in (None, "", report)]
    graph.remove_nodes_from(other)
    return graph


def commissioning(graph: nx.MultiDiGraph, orgs: list[str] | None = None) -> nx.MultiDiGraph:
    """Who commissions and provides which service. Each area is one heading node above its
    services (no line to each service: the column says where they are). With ``orgs``, only
    those organisations' services, with everyone else who commissions or provides them."""
    edges = _edges_of(graph, COMMISSIONING_TYPES)
    if orgs:
        services = {v for u, v, k, d in edges if u in orgs and d["type"] in (Rel.COMMISSIONS, Rel.PROVIDES)}
        edges = [e for e in edges if e[0] in orgs or e[1] in orgs or e[1] in services]
    sub = _subgraph_from_edges(graph, edges)
    for n, d in list(sub.nodes(data=True)):
        if d["label"] == Label.SERVICE and d.get("area"):
            area = f"area:{d['area']}"
            sub.add_node(area, label=Label.AREA, id=area, name=d["area"])
    return sub


def recommendations(graph: nx.MultiDiGraph, orgs: list[str] | None = None) -> nx.MultiDiGraph:
    """Recommendations, who they are addressed to and the findings behind them; with ``orgs``
    only the recommendations addressed to those organisations."""
    edges = _edges_of(graph, {Rel.ADDRESSED_TO, Rel.SUPPORTS})
    if orgs:
        recs = {u for u, v, k, d in edges if d["type"] == Rel.ADDRESSED_TO and v in orgs}
        edges = [e for e in edges if (e[3]["type"] == Rel.ADDRESSED_TO and e[0] in recs)
                 or (e[3]["type"] == Rel.SUPPORTS and e[1] in recs)]
    return _subgraph_from_edges(graph, edges)


def repeats(graph: nx.MultiDiGraph, links=None) -> nx.MultiDiGraph:
    """The repeats ``clasgraph repeats`` lists (``links``: the (finding, earlier, link, basis)
    of each of its rows, :func:`clasgraph.graph.compare.read_repeats`), each line marked with
    its row's basis ("stated", "restated", "similar"), the earlier reviews they point to and
    whether those were ingested (SAME_AS), and progress since earlier reviews."""
    wanted = {(u, v, kind): basis for u, v, kind, basis in links or ()}
    edges = []
    for u, v, k, d in graph.edges(keys=True, data=True):
        if d["type"] not in (Rel.REPEATS, Rel.SIMILAR_TO):
            continue
        kind = "similar" if d["type"] == Rel.SIMILAR_TO else (d.get("basis") or "stated")
        if (u, v, kind) in wanted:
            edges.append((u, v, k, dict(d, repeat=wanted[(u, v, kind)])))
    edges += _edges_of(graph, {Rel.PROGRESS_SINCE})
    shown = {n for u, v, *_ in edges for n in (u, v)}
    edges += [e for e in _edges_of(graph, {Rel.SAME_AS}) if e[0] in shown]
    return _subgraph_from_edges(graph, edges)


def _organisations(graph: nx.MultiDiGraph) -> list[dict]:
    return [{"id": n, "name": d.get("name"), "aliases": d.get("aliases") or []}
            for n, d in graph.nodes(data=True) if d["label"] == Label.ORGANISATION]


def find_organisations(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """The organisations a name means, as every --org means them
    (:func:`clasgraph.graph.names.org_matches`)."""
    from clasgraph.graph.names import org_matches

    return org_matches(name, _organisations(graph))


def no_organisation(graph: nx.MultiDiGraph, org: str) -> LookupError:
    """The error for an organisation that matches nothing, with the closest names."""
    from clasgraph.graph.names import no_match

    names = [x for o in _organisations(graph) for x in (o["name"], *o["aliases"])]
    return no_match("organisation", org, names)


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
            if graph.nodes[n]["label"] == Label.REPORT and n not in centres:
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


def select(graph: nx.MultiDiGraph, view: str, org: str | None = None, hops: int = 1,
           report: str | None = None, section: str | None = None, budget: int = 1500,
           repeat_links=None, rels=()) -> View:
    """The part of the graph a map shows; ``rels`` the relationship types the org view walks
    (all when empty)."""
    notes: list[str] = []
    graph = filter_reports(graph, report, section)
    if report:
        notes.append(f"Only report {report}.")
    if section:
        notes.append(f"Only findings of the section {section}.")
    title = TITLES[view]
    centres = None
    if org and view in ("commissioning", "recommendations"):
        centres = find_organisations(graph, org)
        if not centres:
            raise no_organisation(graph, org)
        names = ", ".join(sorted(graph.nodes[c]["name"] for c in centres))
        notes.append(f"Only what concerns {names}.")
    elif org and view == "repeats":
        raise ValueError("--org narrows the commissioning, recommendations and org views; "
                         "the repeats view takes --report or --section")
    if view == "commissioning":
        sub = commissioning(graph, centres)
    elif view == "recommendations":
        sub = recommendations(graph, centres)
        if section:  # only the recommendations that findings of the section support
            supported = {v for _, v, d in sub.edges(data=True) if d["type"] == Rel.SUPPORTS}
            sub = _subgraph_from_edges(sub, [e for e in sub.edges(keys=True, data=True)
                                             if e[0] in supported or e[1] in supported])
        notes.append("Findings that support no recommendation are not shown.")
    elif view == "repeats":
        sub = repeats(graph, repeat_links)
    elif view == "org":
        if not org:
            raise ValueError("the org view needs --org NAME")
        centres = find_organisations(graph, org)
        if not centres:
            raise no_organisation(graph, org)
        names = ", ".join(sorted(graph.nodes[c]["name"] for c in centres))
        if rels:
            walked = _subgraph_from_edges(graph, _edges_of(graph, set(rels)))
            for c in centres:
                if c not in walked:
                    walked.add_node(c, **graph.nodes[c])
            graph = walked
            notes.append("Only these relationships: " + ", ".join(reads(r) for r in rels) + ".")
        sub = around(graph, centres, hops)
        title = TITLES["org"].format(org=names) + f" (within {hops} hop{'s' if hops > 1 else ''})"
    else:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    sub, more = limit(sub, budget)
    return View(view, title, sub, notes + more, [c for c in centres or [] if c in sub])
