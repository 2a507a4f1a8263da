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


#: Polarities shown by default: a repeat worth a leader's time is a repeated shortfall.
CONCERN_POLARITIES = ("concern", "mixed")

#: The columns of ``clasgraph repeats`` and of the repeated-findings named query.
REPEAT_COLUMNS = ["report", "finding", "polarity", "text", "earlier_id", "earlier_report",
                  "earlier_finding", "earlier", "earlier_text", "how", "score", "evidence"]


def repeat_edges(graph: nx.MultiDiGraph, report: str | None = None,
                 everything: bool = False) -> list[tuple[str, str, dict]]:
    """What clasgraph calls a repeat, in one place (``repeats``, the repeated-findings query and
    the repeats map agree on it): a finding that

    - REPEATS a document, report or finding: the report states the shortfall was found there
      before (whether or not that earlier review has been ingested); or
    - is SIMILAR_TO a finding of an earlier report (it says the same thing).

    Only findings of concern (concern or mixed) unless ``everything``.
    """
    found = []
    for u, v, d in graph.edges(data=True):
        if d["type"] not in ("REPEATS", "SIMILAR_TO") or graph.nodes[u]["label"] != "Finding":
            continue
        if report and graph.nodes[u].get("report_id") != report:
            continue
        if not everything and graph.nodes[u].get("polarity") not in CONCERN_POLARITIES:
            continue
        found.append((u, v, d))
    return found


def repeats(graph: nx.MultiDiGraph, report: str | None = None, everything: bool = False) -> list[dict]:
    """Each repeat (see :func:`repeat_edges`) with both sides: the finding, and the earlier
    finding or, for a document that is not ingested, its title; how it is known ("cited"
    where the report states it and the earlier finding was matched, "stated" for a document or
    report, "restated" for a concern that says again what an earlier concern of the same body
    said without citing it, "similar" with a ``score`` for findings that say the same thing) and
    the sentence that says so."""
    rows: dict[tuple[str, str], dict] = {}
    for u, v, d in repeat_edges(graph, report, everything):
        later, target = graph.nodes[u], graph.nodes[v]
        if target["label"] == "Finding":
            # REPEATS with basis "restated": a concern said again without citing the review
            how = ("restated" if d.get("basis") == "restated" else "cited") if d["type"] == "REPEATS" \
                else "similar"
            earlier = {"earlier_report": target["report_id"], "earlier_finding": target["number"],
                       "earlier": f"{target['report_id']} {target['number']}",
                       "earlier_text": target["text"]}
        else:  # a Document or a Report the finding says it repeats
            how = "stated"
            earlier = {"earlier_report": v if target["label"] == "Report" else "",
                       "earlier_finding": "", "earlier": target.get("title") or v,
                       "earlier_text": ""}
        if (u, v) in rows and rows[(u, v)]["how"] == "cited":
            continue
        rows[(u, v)] = {"report": later["report_id"], "finding": later["number"],
                        "polarity": later["polarity"], "text": later["text"], "earlier_id": v,
                        **earlier,
                        "how": how, "score": d.get("score"),
                        "evidence": d.get("evidence", ""), "_target": v}
    ordered = sorted(rows.values(), key=lambda r: (r["report"], _key(r["finding"]), r["_target"]))
    for r in ordered:
        del r["_target"]
    return ordered


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
