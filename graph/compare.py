"""Findings across reports: what repeats what, and what changed between two reviews.

Both read the links that :mod:`clasgraph.graph.linking` keeps in the graph (REPEATS between
findings, SIMILAR_TO with a score).
"""

from __future__ import annotations

import networkx as nx


def _finding(graph: nx.MultiDiGraph, node: str) -> dict:
    d = graph.nodes[node]
    return {"report": d["report_id"], "finding": d["number"], "section": d["section"],
            "polarity": d["polarity"], "text": d["text"]}


def repeats(graph: nx.MultiDiGraph, report: str | None = None) -> list[dict]:
    """Each finding that repeats an earlier finding, both texts side by side.

    ``how`` is "cited" where the report says the shortfall was found before (REPEATS), else
    "similar 0.87" (SIMILAR_TO with its score).
    """
    rows: dict[tuple[str, str], dict] = {}
    for u, v, d in graph.edges(data=True):
        if graph.nodes[v]["label"] != "Finding" or d["type"] not in ("REPEATS", "SIMILAR_TO"):
            continue
        if report and graph.nodes[u]["report_id"] != report:
            continue
        how = "cited" if d["type"] == "REPEATS" else f"similar {d['score']:.2f}"
        if (u, v) in rows and rows[(u, v)]["how"] == "cited":
            continue
        later, earlier = _finding(graph, u), _finding(graph, v)
        rows[(u, v)] = {"report": later["report"], "finding": later["finding"], "text": later["text"],
                        "earlier_report": earlier["report"], "earlier_finding": earlier["finding"],
                        "earlier_text": earlier["text"], "how": how}
    return sorted(rows.values(), key=lambda r: (r["report"], _key(r["finding"]),
                                                r["earlier_report"], _key(r["earlier_finding"])))


def _key(number: str) -> tuple:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def diff(graph: nx.MultiDiGraph, report_a: str, report_b: str) -> dict[str, list[dict]]:
    """What report B (the later) repeats of report A, what is new in B, and which of A's
    concerns B no longer mentions."""
    for r in (report_a, report_b):
        if r not in graph or graph.nodes[r]["label"] != "Report":
            raise LookupError(f"no report {r!r}; see: clasgraph query --name reports")
    if graph.nodes[report_a].get("published", "") > graph.nodes[report_b].get("published", ""):
        report_a, report_b = report_b, report_a
    a = {n for n, d in graph.nodes(data=True) if d["label"] == "Finding" and d["report_id"] == report_a}
    b = {n for n, d in graph.nodes(data=True) if d["label"] == "Finding" and d["report_id"] == report_b}
    matched: dict[str, set[str]] = {}
    for u, v, d in graph.edges(data=True):
        if d["type"] in ("SIMILAR_TO", "REPEATS") and {u, v} <= a | b and (u in a) != (v in a):
            later, earlier = (u, v) if u in b else (v, u)
            matched.setdefault(later, set()).add(earlier)
    seen_earlier = set().union(*matched.values()) if matched else set()
    repeated = [dict(_finding(graph, n), earlier=sorted(graph.nodes[e]["number"] for e in matched[n]))
                for n in b if n in matched]
    new = [_finding(graph, n) for n in b if n not in matched]
    gone = [_finding(graph, n) for n in a if n not in seen_earlier
            and graph.nodes[n]["polarity"] in ("concern", "mixed")]
    order = lambda rows: sorted(rows, key=lambda r: _key(r["finding"]))
    return {"earlier": report_a, "later": report_b, "repeated": order(repeated), "new": order(new),
            "no_longer_mentioned": order(gone)}
