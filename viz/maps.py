"""Interactive HTML maps: one self-contained file per view, readable as it opens.

This module lays the view out (groups of columns, see :func:`lay_out`) and writes the node and
line data and the vis-network options; the page itself comes from ``viz/map.html``, which
inlines vis-network (shipped inside pyvis) so the file opens offline and makes no network
request. Every node is a box with its label inside, all boxes of a column as wide, and lines
run only between neighbouring columns, turning in the gap between them: so no line or box
covers a label, which the map tests measure in Chromium. Text from reports only ever reaches the page as JSON data
(escaped for HTML) or through Jinja's autoescaping, and vis-network shows tooltip strings as
plain text, so markup in a report shows as text and never runs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import networkx as nx
from clasgraph.graph.schema import Label, Rel, reads
from clasgraph.viz.layout import layered, wrap
from clasgraph.viz.styles import (
    EDGE_STYLES,
    edge_dashes,
    edge_kind,
    is_commissioner,
    legend_entries,
    legend_kind,
    node_color,
    section_color,
)
from clasgraph.viz.views import View

SEED = 7


def _short(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


#: Width, in pixels, of the text of each kind of node (the box adds its margins); every node
#: of a column takes the width of the widest kind in it, so lines run only between columns.
TEXT_WIDTH = {Label.ORGANISATION: 210, Label.SERVICE: 210, Label.AREA: 210, Label.REPORT: 210,
              Label.DOCUMENT: 210, Label.RECOMMENDATION: 300, Label.FINDING: 60}
#: Label font size in pixels, and the smallest zoom the page opens at: 14 x 0.9 = 12.6 px on screen.
FONT_SIZE, MIN_SCALE = 14, 0.9
#: Assumed width of a character and height of a line of the 14 px label font (generous).
CHAR_PX, LINE_PX, MARGIN = 8.0, 17, 7
COLUMN_GAP, ROW_GAP, GROUP_GAP = 170, 14, 140
#: The widest step between two columns' centres the spreading of lines may take.
MAX_COLUMN_STEP = 1000


def chars_per_line(width: float) -> int:
    return max(4, int(width // CHAR_PX))


def short_name(d: dict) -> str:
    """How a recommendation's label names an addressee: the report's abbreviation, else its name.

    >>> short_name({"name": "Leicestershire Partnership NHS Trust", "aliases": ["LPT", "Leicestershire Partnership Trust"]})
    'LPT'
    >>> short_name({"name": "Turning Point", "aliases": []})
    'Turning Point'
    """
    abbreviations = [a for a in d.get("aliases") or [] if re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", a)
                     and sum(c.isupper() for c in a) >= 2]
    return min(abbreviations, key=len) if abbreviations else (d.get("name") or "")


def node_label(node_id: str, d: dict, graph: nx.MultiDiGraph | None = None, width: float = 210) -> str:
    """The text drawn in a node's box, wrapped to its column: names whole; a recommendation's
    number, the start of its text and to whom it is addressed."""
    label, line = d["label"], chars_per_line(width)
    if label == Label.FINDING:
        return wrap(f"{d['number']}", line)
    if label == Label.RECOMMENDATION:
        text = wrap(f"{d['number']} {_short(d.get('text', ''), 2 * line - len(d['number']) - 2)}", line)
        if graph is not None and node_id in graph:
            to = [graph.nodes[v] for _, v, e in graph.out_edges(node_id, data=True)
                  if e["type"] == Rel.ADDRESSED_TO]
            if to:
                text += "\n" + wrap("→ " + ", ".join(_ordered_names(to)), line)
        return text
    if label == Label.REPORT:
        from clasgraph.queries.finish import report_name

        return wrap(f"Review: {report_name(d.get('area', ''), d.get('published', ''), d.get('review_end', ''))}", line)
    if label == Label.DOCUMENT:
        return wrap(d.get("title") or node_id, line)
    return wrap(d.get("name") or node_id, line)


def _ordered_names(orgs: list[dict]) -> list[str]:
    return list(dict.fromkeys(short_name(o) for o in sorted(orgs, key=lambda o: o.get("name") or "")))


def _names(graph, nodes) -> str:
    return "; ".join(sorted({graph.nodes[n].get("name") or n for n in nodes}))


def _recommendations(graph, recs) -> list[str]:
    def key(r):
        d = graph.nodes[r]
        return (d.get("report_id", ""), tuple(int(p) for p in d.get("number", "0").split(".") if p.isdigit()))

    lines = []
    for r in sorted(set(recs), key=key):
        d = graph.nodes[r]
        lines.append(f"  {d.get('number')} ({d.get('report_id')}): {_short(d.get('text', ''), 140)}")
    return lines


def _by_review(graph, edges) -> list[tuple[str, list[str]]]:
    """(review, nodes) for (node, edge data) pairs: each fact with the review that states it."""
    found: dict[str, list[str]] = {}
    for node, e in edges:
        found.setdefault(e.get("report_id") or "", []).append(node)
    return sorted(found.items(), key=lambda kv: (_dated(graph, kv[0]), kv[0]))


def _published(graph, report_id: str) -> str:
    return graph.nodes[report_id].get("published", "") if report_id in graph else ""


def _dated(graph, report_id: str) -> str:
    """The date a review is ordered by (schema.review_date: published, else reviewed)."""
    from clasgraph.graph.schema import review_date

    return review_date(graph.nodes[report_id]) if report_id in graph else ""


def _as_of(graph, report_id: str) -> str:
    when = _published(graph, report_id)
    return f"as of {report_id}" + (f" ({when})" if when and when not in report_id else "")


def context_lines(graph: nx.MultiDiGraph | None, node_id: str, d: dict) -> list[str]:
    """For an organisation or a service: what it commissions or provides (or who does), and
    the recommendations addressed to it (or supported by findings about the service), each
    line naming the review that states it (the map's graph holds only what it shows: with
    --report, that review alone)."""
    if graph is None or node_id not in graph or d["label"] not in (Label.ORGANISATION, Label.SERVICE):
        return []
    out = [(v, e) for _, v, e in graph.out_edges(node_id, data=True)]
    into = [(u, e) for u, _, e in graph.in_edges(node_id, data=True)]
    lines = []
    if d["label"] == Label.ORGANISATION:
        for rel in (Rel.COMMISSIONS, Rel.PROVIDES, Rel.ON_BEHALF_OF, Rel.PART_OF):
            for review, targets in _by_review(graph, [(v, e) for v, e in out if e["type"] == rel]):
                lines.append(f"{reads(rel).capitalize()} ({_as_of(graph, review)}): "
                             f"{_names(graph, targets)}")
        recs = [u for u, e in into if e["type"] == Rel.ADDRESSED_TO]
        if recs:
            lines += [f"Recommendations addressed to it ({len(set(recs))}):", *_recommendations(graph, recs)]
        else:
            lines.append("No recommendation is addressed to it.")
    else:
        for rel in (Rel.COMMISSIONS, Rel.PROVIDES):
            for review, sources in _by_review(graph, [(u, e) for u, e in into if e["type"] == rel]):
                lines.append(f"{reads(rel, forward=False).capitalize()} ({_as_of(graph, review)}): "
                             f"{_names(graph, sources)}")
        findings = [u for u, e in into if e["type"] == Rel.ABOUT]
        recs = [r for f in findings for _, r, e in graph.out_edges(f, data=True)
                if e["type"] == Rel.SUPPORTS]
        if recs:
            lines += [f"Recommendations from findings about it ({len(set(recs))}):",
                      *_recommendations(graph, recs)]
    return lines


def node_tooltip(node_id: str, d: dict, graph: nx.MultiDiGraph | None = None) -> str:
    """Plain text shown on hover: what the node is and, for text, where it was read."""
    label = d["label"]
    if label == Label.FINDING:
        lines = [f"Finding {d['number']} · {d.get('section', '')} · {d.get('polarity', '')}",
                 f"Report {d.get('report_id', '')}, paragraph {d['number']}", "",
                 _short(d.get("text", ""), 900)]
    elif label == Label.RECOMMENDATION:
        lines = [f"Recommendation {d['number']}", f"Report {d.get('report_id', '')}",
                 _should(d.get("heading", "")), "", d.get("text", "")]
    elif label == Label.ORGANISATION:
        lines = [d.get("name", node_id), f"Kind: {d.get('kind', '')}"]
        if d.get("aliases"):
            lines.append("Also called: " + "; ".join(d["aliases"]))
    elif label == Label.SERVICE:
        lines = [d.get("name", node_id), f"Area: {d.get('area', '')}",
                 f"Category: {d.get('category', '')}"]
    elif label == Label.DOCUMENT:
        lines = [d.get("title", node_id), f"{d.get('kind', '')} {d.get('year', '')}".strip()]
    elif label == Label.REPORT:
        lines = [d.get("title", node_id), (f"Review {d.get('review_start', '')} to "
                 f"{d.get('review_end', '')}; published {d.get('published', '')}"),
                 f"Source: {d.get('source', '')}"]
    else:
        lines = [d.get("name", node_id)]
    extra = context_lines(graph, node_id, d)
    return "\n".join(lines + ([""] + extra if extra else []))


def _should(heading: str) -> str:
    """The heading of a group of recommendations, ending "should:" once.

    >>> _should("Turning Point should"), _should("The CCG should:"), _should("NHS England")
    ('Turning Point should:', 'The CCG should:', 'NHS England should:')
    """
    return re.sub(r"\s*should\s*:?\s*$", "", heading or "", flags=re.IGNORECASE) + " should:"


def edge_tooltip(d: dict) -> str:
    """Plain text shown on hover over a line: what it says (a repeat with its basis; what the
    tool inferred says so, with its score), the review and paragraph, and the sentence."""
    name, inferred = edge_kind(d)
    lines = [name]
    if d.get("score") and (inferred or d.get("repeat") == "cited"):
        lines[0] += f", similarity {float(d['score']):.2f}"
    if d.get("role"):
        lines[0] += f" ({d['role']})"
    if d.get("report_id"):
        lines.append(f"Report {d['report_id']}, paragraph {d.get('paragraph', '')}")
    if inferred:
        lines.append("Inferred by clasgraph from the wording; no review states it.")
    elif d.get("evidence"):
        lines += ["", f"“{_short(d['evidence'], 700)}”"]
    return "\n".join(lines)


def _when(graph: nx.MultiDiGraph, node_id: str, d: dict) -> str:
    """The date a node belongs to on the repeats map: its report's date (schema.review_date:
    published, else reviewed), a document's date or year (the report it is, once ingested)."""
    if d["label"] == Label.FINDING:
        return _dated(graph, d.get("report_id") or "")
    if d["label"] == Label.REPORT:
        return _dated(graph, node_id)
    for _, v, e in graph.out_edges(node_id, data=True):
        if e["type"] == Rel.SAME_AS:
            return _dated(graph, v)
    m = re.search(r"\d{4}", str(d.get("date") or d.get("year") or ""))
    return m.group(0) if m else "0000"


@dataclass
class Group:
    """One review (or, on the repeats map, one area) of a map: drawn as a block of its own,
    which the reader can fold."""

    key: str
    title: str
    graph: nx.MultiDiGraph
    columns: dict[str, int] = field(default_factory=dict)
    headings: dict[int, str] = field(default_factory=dict)
    left_out: int = 0


def _report_of(all_graph: nx.MultiDiGraph, report_id: str) -> dict:
    return all_graph.nodes[report_id] if report_id in all_graph else {}


def _edge_group(view: View, all_graph: nx.MultiDiGraph, u: str, d: dict) -> str:
    """The group a line is drawn in: the review that states it (the area of that review on the
    repeats map, whose columns are the area's reviews in date order)."""
    review = d.get("report_id") or (all_graph.nodes[u].get("report_id", "") if u in all_graph else "")
    if view.name == "repeats":
        return _report_of(all_graph, review).get("area", "") or review
    return review


def _group_title(view: View, all_graph: nx.MultiDiGraph, key: str) -> str:
    from clasgraph.queries.finish import report_name

    if not key:
        return "Not stated by a review (from a lineage file)"
    if view.name == "repeats":
        return f"{key}: its reviews in date order"
    r = _report_of(all_graph, key)
    return f"{report_name(r.get('area', ''), r.get('published', ''), r.get('review_end', ''))} ({key})" if r else key


def _group_order(view: View, all_graph: nx.MultiDiGraph, key: str) -> tuple:
    r = _report_of(all_graph, key)
    return (r.get("area", key).lower(), _dated(all_graph, key), key)


def split_groups(view: View, all_graph: nx.MultiDiGraph) -> list[Group]:
    """The view's graph cut into one group per review (per area on the repeats map). A body
    or service several reviews name is drawn in each, as each review states it; its copies
    are told apart by ``@review`` after their id (``base`` keeps the id)."""
    graph = view.graph
    edges: dict[str, list] = {}
    later = []
    for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        if d["type"] == Rel.SAME_AS:  # a cited document is the ingested review: in each group citing it
            later.append((u, v, k, d))
            continue
        edges.setdefault(_edge_group(view, all_graph, u, d), []).append((u, v, k, d))
    members = {key: {n for e in es for n in e[:2]} for key, es in edges.items()}
    for u, v, k, d in later:
        for key, nodes in members.items():
            if u in nodes:
                edges[key].append((u, v, k, d))
                nodes.add(v)
    if not edges:
        edges[""] = []
        members[""] = set()
    for n, d in graph.nodes(data=True):  # areas above their services; nodes with no line
        if d["label"] == Label.AREA:
            for key, nodes in members.items():
                if any(graph.nodes[m].get("area") == d.get("name") and graph.nodes[m]["label"] == Label.SERVICE
                       for m in nodes):
                    nodes.add(n)
        elif graph.degree(n) == 0:
            key = d.get("report_id") if d.get("report_id") in members else min(members)
            members[key].add(n)
    keys = sorted(members, key=lambda key: _group_order(view, all_graph, key))
    seen: dict[str, int] = {}
    for key in keys:
        for n in members[key]:
            seen[n] = seen.get(n, 0) + 1

    def name(n, key):
        return f"{n}@{key}" if seen[n] > 1 else n

    groups = []
    for key in keys:
        sub = nx.MultiDiGraph()
        for n in sorted(members[key]):
            sub.add_node(name(n, key), **graph.nodes[n], base=n)
        for u, v, k, d in edges[key]:
            sub.add_edge(name(u, key), name(v, key), key=k, **d)
        groups.append(Group(key, _group_title(view, all_graph, key), sub))
    return groups


def _is_commissioner(graph: nx.MultiDiGraph, n: str, d: dict) -> bool:
    """A body that commissions (or commissions on behalf of another), whatever else it does;
    one that neither commissions nor provides here goes by its kind."""
    out = {e["type"] for *_, e in graph.out_edges(n, data=True)}
    if out & {Rel.COMMISSIONS, Rel.ON_BEHALF_OF}:
        return True
    return Rel.PROVIDES not in out and is_commissioner(d)


def _commissioning_columns(group: Group) -> dict[str, tuple]:
    """Commissioners | services (under their area) | providers; a body commissioned for, or
    a group a body is part of, one column further out when it neither commissions nor
    provides itself (so the line between them crosses no other column)."""
    graph, columns, order = group.graph, group.columns, {}
    works = {n for n in graph if any(e["type"] in (Rel.COMMISSIONS, Rel.PROVIDES)
                                     for *_, e in graph.out_edges(n, data=True))}
    for n, d in graph.nodes(data=True):
        if d["label"] == Label.ORGANISATION:
            columns[n] = 1 if _is_commissioner(graph, n, d) else 3
        else:
            columns[n] = 2
            area = d.get("name") if d["label"] == Label.AREA else d.get("area", "")
            order[n] = ((area or "", 0 if d["label"] == Label.AREA else 1), ())
    for u, v, d in graph.edges(data=True):
        if d["type"] in (Rel.ON_BEHALF_OF, Rel.PART_OF) and v not in works and columns[u] == columns[v]:
            columns[v] = 0 if columns[u] == 1 else 4
    names = {0: "On whose behalf; part of", 1: "Commissioners", 2: "Services", 3: "Providers", 4: "Part of"}
    group.headings = {c: names[c] for c in set(columns.values())}
    return order


def _recommendations_columns(group: Group) -> dict[str, tuple]:
    """Findings | recommendations in report order | the bodies they are addressed to."""
    rank = {Label.FINDING: 0, Label.RECOMMENDATION: 1, Label.ORGANISATION: 2}
    order = {}
    for n, d in group.graph.nodes(data=True):
        group.columns[n] = rank.get(d["label"], 3)
        key = _number_key(d.get("number", ""))
        # recommendations keep the report's order; findings and bodies move to shorten lines
        order[n] = ((key,), ()) if d["label"] == Label.RECOMMENDATION else ((), key)
    names = ["Findings behind them", "Recommendations (report order)", "Addressed to", ""]
    group.headings = {c: names[c] for c in set(group.columns.values())}
    return order


def _repeats_columns(group: Group, all_graph: nx.MultiDiGraph) -> dict[str, tuple]:
    """One column per date, oldest first: earlier reviews and documents, then the findings
    that repeat them or note progress since."""
    graph, order = group.graph, {}
    when = {n: _when(all_graph, d["base"], all_graph.nodes[d["base"]]) for n, d in graph.nodes(data=True)}
    dates = sorted(set(when.values()))
    for n, d in graph.nodes(data=True):
        group.columns[n] = dates.index(when[n])
        kind = {Label.REPORT: 0, Label.DOCUMENT: 1}.get(d["label"], 2)
        order[n] = ((kind, *_number_key(d.get("number", ""))), ())
    for c in set(group.columns.values()):
        group.headings[c] = _date_heading(all_graph, [graph.nodes[n]["base"] for n in graph
                                                      if group.columns[n] == c])
    return order


def _date_heading(all_graph: nx.MultiDiGraph, members: list[str]) -> str:
    from clasgraph.queries.finish import report_name

    names = set()
    for n in members:
        d = all_graph.nodes[n]
        if d["label"] == Label.FINDING and d.get("report_id") in all_graph:
            r = all_graph.nodes[d["report_id"]]
            names.add(report_name(r.get("area", ""), r.get("published", ""), r.get("review_end", "")))
        elif d["label"] == Label.REPORT:
            names.add(report_name(d.get("area", ""), d.get("published", ""), d.get("review_end", "")))
        else:
            names.add(_when(all_graph, n, d)[:4])
    return " · ".join(sorted(names))


def _org_columns(group: Group, centres: list[str]) -> dict[str, tuple]:
    """The organisation at the centre; what points to it (recommendations addressed to it,
    findings about it, reports naming it) on the left, what it points to (services it
    commissions or provides, bodies it is part of or succeeded by) on the right, one column
    per hop outwards. Only lines from one hop to the next are drawn: those among nodes the
    same distance away would cross the columns (the page says how many are left out)."""
    graph, columns, order = group.graph, group.columns, {}
    middle = [n for n, d in graph.nodes(data=True) if d.get("base") in centres]
    side: dict[str, int] = {}
    frontier = []
    for c in middle:
        columns[c], side[c] = 0, 0
    for c in middle:
        for _, v in graph.out_edges(c):
            if v not in columns:
                columns[v], side[v] = 1, 1
                frontier.append(v)
        for u, _ in graph.in_edges(c):
            if u not in columns:
                columns[u], side[u] = -1, -1
                frontier.append(u)
    while frontier:
        nxt = []
        for n in frontier:
            for m in sorted(set(graph.successors(n)) | set(graph.predecessors(n))):
                if m not in columns:
                    columns[m], side[m] = columns[n] + side[n], side[n]
                    nxt.append(m)
        frontier = nxt
    for n in graph:  # not reached (cut by the node budget): beyond the last column
        columns.setdefault(n, max(columns.values(), default=0) + 1)
    drop = [(u, v, k) for u, v, k in graph.edges(keys=True) if abs(columns[u] - columns[v]) != 1]
    graph.remove_edges_from(drop)
    group.left_out = len(drop)
    for n, d in graph.nodes(data=True):
        order[n] = ((ORG_VIEW_KINDS.index(d["label"]),), _number_key(d.get("number", "")))
    for c in set(columns.values()):
        kinds = sorted({ORG_VIEW_KINDS.index(graph.nodes[n]["label"]) for n in columns if columns[n] == c})
        what = ", ".join(_PLURAL[ORG_VIEW_KINDS[k]] for k in kinds)
        if c == 0:
            group.headings[c] = "Centre"
        else:
            hops = f"{abs(c)} hop{'s' if abs(c) > 1 else ''}"
            group.headings[c] = f"{what} ({hops}, {'pointing to it' if c < 0 else 'it points to'})"
    return order


#: The order of kinds within one hop of the org view.
ORG_VIEW_KINDS = [Label.ORGANISATION, Label.SERVICE, Label.AREA, Label.REPORT,
                  Label.RECOMMENDATION, Label.FINDING, Label.DOCUMENT]
_PLURAL = {Label.ORGANISATION: "organisations", Label.SERVICE: "services", Label.AREA: "areas",
           Label.REPORT: "reports", Label.RECOMMENDATION: "recommendations",
           Label.FINDING: "findings", Label.DOCUMENT: "documents"}


def _number_key(number: str) -> tuple:
    return tuple(int(p) for p in str(number).split(".") if p.isdigit())


def _bezier_clear(dx: float, dy: float, half: float, height: float, roundness: float = 0.95) -> bool:
    """Whether vis-network's horizontal cubic line between two box centres ``dx`` apart and
    ``dy`` apart in height leaves a box ``half`` wide on each side within the box's own
    height (it runs flat from the centre, then turns in the gap between the columns).

    >>> _bezier_clear(400, 0, 112, 30), _bezier_clear(300, 900, 112, 30), _bezier_clear(900, 900, 112, 30)
    (True, False, True)
    """
    lo, hi = 0.0, 0.5
    for _ in range(40):  # the t at which the line leaves the box (x = half)
        t = (lo + hi) / 2
        x = 3 * (1 - t) ** 2 * t * roundness + 3 * (1 - t) * t * t * (1 - roundness) + t ** 3
        lo, hi = (t, hi) if x * dx < half else (lo, t)
    t = hi
    return abs(dy) * (3 * (1 - t) * t * t + t ** 3) < height / 2 - 3


def _straighten(graph: nx.MultiDiGraph, columns: dict[str, int], positions: dict, sizes: dict,
                fixed: set[int]) -> dict:
    """Each column's nodes moved down towards the mean height of their neighbours in the
    columns already placed (in their order, never overlapping), from the tallest column
    outwards, so that lines run as level as they can; ``fixed`` columns keep their packing."""
    undirected = graph.to_undirected(as_view=True)
    by_column: dict[int, list[str]] = {}
    for n in sorted(positions, key=lambda n: positions[n][1]):
        by_column.setdefault(columns[n], []).append(n)

    def height(c):
        return sum(2 * sizes[n][0] + ROW_GAP for n in by_column[c])

    keys = sorted(by_column)
    anchor = max(keys, key=lambda c: (c in fixed, height(c)))
    placed = {anchor}
    out = dict(positions)
    order = sorted(keys, key=lambda c: (abs(c - anchor), c))
    for c in order[1:]:
        if c in fixed:
            placed.add(c)
            continue
        bottom = None
        for n in by_column[c]:
            near = [out[m][1] for m in undirected.neighbors(n) if columns.get(m) in placed and m in out]
            want = sum(near) / len(near) if near else (bottom + sizes[n][0] if bottom is not None else sizes[n][0])
            y = want if bottom is None else max(want, bottom + ROW_GAP + sizes[n][0])
            y = max(y, sizes[n][0])
            out[n] = (out[n][0], round(y, 1))
            bottom = y + sizes[n][0]
        placed.add(c)
    return out


def _clear_spans(graph: nx.MultiDiGraph, columns: dict[str, int], positions: dict, sizes: dict) -> dict:
    """A column that lines between farther columns pass over (a report of 2017 between
    reviews of 2015 and 2018) has its nodes moved below those lines: a horizontal line stays
    between the heights of its ends, so it then passes above them."""
    out = dict(positions)
    for c in sorted(set(columns.values())):
        spans = [(u, v) for u, v in graph.to_undirected(as_view=True).edges()
                 if min(columns[u], columns[v]) < c < max(columns[u], columns[v])]
        members = sorted((n for n in columns if columns[n] == c), key=lambda n: out[n][1])
        if not spans or not members:
            continue
        low = max(max(out[u][1] + sizes[u][0], out[v][1] + sizes[v][0]) for u, v in spans)
        high = min(min(out[u][1] - sizes[u][0], out[v][1] - sizes[v][0]) for u, v in spans)
        if all(out[n][1] - sizes[n][0] > low or out[n][1] + sizes[n][0] < high for n in members):
            continue
        y = low + 2 * ROW_GAP
        for n in members:
            out[n] = (out[n][0], round(y + sizes[n][0], 1))
            y += 2 * sizes[n][0] + ROW_GAP
    return out


def roundness(graph: nx.MultiDiGraph, u: str, v: str, k) -> float:
    """How round a line is: the second and later lines between the same two nodes (a body
    part of and commissioning on behalf of another) less round than the first, so each shows.

    >>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b", key="x"); _ = g.add_edge("b", "a", key="y")
    >>> roundness(g, "a", "b", "x"), roundness(g, "b", "a", "y")
    (0.95, 0.7)
    """
    table = graph.graph.get("roundness")
    if table is None:  # worked out once per graph: lines grouped by the pair of nodes they join
        pairs: dict[frozenset, list] = {}
        for a, b, key in graph.edges(keys=True):
            pairs.setdefault(frozenset((a, b)), []).append((a, b, key))
        table = graph.graph["roundness"] = {
            line: round(0.95 - 0.25 * i, 2) for lines in pairs.values() for i, line in enumerate(sorted(lines))}
    return table[(u, v, k)]


def _spread_columns(graph: nx.MultiDiGraph, columns: dict[str, int], positions: dict, sizes: dict) -> dict:
    """Columns moved apart until every line between neighbouring columns turns in the gap
    between them, not beside another box (up to ``MAX_COLUMN_STEP``)."""
    keys = sorted(set(columns.values()))
    half = {c: max(sizes[n][1] / 2 for n in columns if columns[n] == c) for c in keys}
    step = {}
    for a, b in pairwise(keys):
        need = half[a] + COLUMN_GAP + half[b]
        for u, v, k in graph.edges(keys=True):
            if {columns[u], columns[v]} != {a, b}:
                continue
            dy = positions[u][1] - positions[v][1]
            r = roundness(graph, u, v, k)
            # each end: the line must leave the box it starts from within that box's height
            while need < MAX_COLUMN_STEP and not all(
                    _bezier_clear(need, dy, half[columns[n]], 2 * sizes[n][0], r) for n in (u, v)):
                need += 20
        step[b] = need
    x, xs = 0.0, {}
    for c in keys:
        if c in step:
            x += step[c]
        xs[c] = x
    return {n: (xs[columns[n]], y) for n, (_, y) in positions.items()}


def lay_out(view: View, all_graph: nx.MultiDiGraph) -> tuple[list[Group], dict, dict, list[dict], list[dict]]:
    """Groups side by side, left to right; in each, columns (see :mod:`clasgraph.viz.layout`).

    Returns the groups, each node's (x, y), each node's text width, the headings to draw
    (``{"x", "y", "text", "size", "group"}``) and each group's frame."""
    groups = split_groups(view, all_graph)
    positions, widths, captions, frames = {}, {}, [], []
    cursor = 0.0
    several = len(groups) > 1
    for group in groups:
        if view.name == "commissioning":
            order = _commissioning_columns(group)
        elif view.name == "recommendations":
            order = _recommendations_columns(group)
        elif view.name == "repeats":
            order = _repeats_columns(group, all_graph)
        else:
            order = _org_columns(group, view.centres or [])
        graph, columns = group.graph, group.columns
        column_width = {}
        for n, c in columns.items():
            column_width[c] = max(column_width.get(c, 0), TEXT_WIDTH[graph.nodes[n]["label"]])
        headings = {c: wrap(h, chars_per_line(max(column_width[c], 200)) * 8 // 10) for c, h in group.headings.items()}
        sizes, labels = {}, {}
        for n, d in graph.nodes(data=True):
            widths[n] = column_width[columns[n]]
            labels[n] = node_label(n, d, graph, widths[n])
            lines = labels[n].count("\n") + 1
            sizes[n] = ((lines * LINE_PX + 2 * MARGIN) / 2, widths[n] + 2 * MARGIN, 0.0)
        graph.graph["labels"] = labels
        heading_width = {c: max(len(line) for line in h.split("\n")) * 10 + 20 for c, h in headings.items()}
        local = layered(graph, columns, sizes, order, heading_width, gap_x=COLUMN_GAP, gap_y=ROW_GAP,
                        top_aligned=True)
        fixed = {1} if view.name == "recommendations" else set()
        local = _clear_spans(graph, columns, _straighten(graph, columns, local, sizes, fixed), sizes)
        local = _spread_columns(graph, columns, local, sizes)
        left = min((x - sizes[n][1] / 2 for n, (x, _) in local.items()), default=0)
        right = max((x + sizes[n][1] / 2 for n, (x, _) in local.items()), default=0)
        bottom = max((y + sizes[n][0] for n, (_, y) in local.items()), default=0)
        dx = cursor - left
        for n, (x, y) in local.items():
            positions[n] = (round(x + dx, 1), round(y, 1))
        for c, h in headings.items():
            x = next(positions[n][0] for n in sorted(columns) if columns[n] == c)
            for i, line in enumerate(reversed(h.split("\n"))):
                captions.append({"x": x, "y": -22 - 22 * i, "text": line, "size": 16, "group": group.key})
        top = -22 - 22 * max((h.count("\n") for h in headings.values()), default=0) - 24
        if several:
            captions.append({"x": round((left + right) / 2 + dx, 1), "y": top - 14, "text": group.title,
                             "size": 18, "group": group.key})
            top -= 40
        frames.append({"group": group.key, "title": group.title, "l": round(left + dx - 24, 1),
                       "t": round(top, 1), "r": round(right + dx + 24, 1), "b": round(bottom + 24, 1),
                       "n": graph.number_of_nodes()})
        cursor = right + dx + GROUP_GAP
    return groups, positions, widths, captions, frames


def search_terms(node_id: str, d: dict) -> list[str]:
    """What the search box finds a node by: its label, name, id, aliases ("LPT", "UHL") and,
    for a service, the abbreviations and terms the reports use ("CAMHS", "MIU")."""
    terms = [node_id, d.get("name") or "", d.get("title") or "", *d.get("aliases", [])]
    if d["label"] in (Label.FINDING, Label.RECOMMENDATION):
        terms.append(d.get("number", ""))
    if d["label"] == Label.SERVICE:
        from clasgraph.ingest.vocabulary import SERVICES

        key = node_id.split(":", 1)[-1]
        for service in SERVICES:
            if service["key"] == key:
                terms += service["terms"]
        terms += re.findall(r"\(([A-Z]{2,})\)", d.get("name") or "")
    return sorted({t.strip() for t in terms if t and t.strip()})


def _font_color(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (#rrggbb)."""
    r, g, b = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def build_network(view: View, all_graph: nx.MultiDiGraph) -> dict:
    """The nodes, lines, headings, frames and groups of the page, in a stable order, laid
    out in groups of columns (see :func:`lay_out`)."""
    groups, positions, widths, captions, frames = lay_out(view, all_graph)
    nodes, edges = [], []
    centres = set(view.centres or [])
    for group in groups:
        graph, columns = group.graph, group.columns
        labels = graph.graph["labels"]
        for n in sorted(graph.nodes):
            d = graph.nodes[n]
            base = d["base"]
            if view.name == "commissioning" and d["label"] == Label.ORGANISATION:
                d = dict(d, role="commissioner" if columns[n] <= 1 else "provider")
            color = node_color(d)
            finding = d["label"] == Label.FINDING
            border = section_color(d.get("section") or "") if finding else "#37474f"
            x, y = positions[n]
            nodes.append({
                "id": n, "base": base, "label": labels[n], "title": node_tooltip(base, all_graph.nodes[base]
                                                                                if base in all_graph else d, all_graph),
                "shape": "box", "x": x, "y": y, "fold": group.key, "kind": legend_kind(d),
                "centre": base in centres, "physics": False,
                "color": {"background": color, "border": border,
                          "highlight": {"background": color, "border": "#000000"},
                          "hover": {"background": color, "border": "#000000"}},
                "borderWidth": 4 if finding else 1, "margin": MARGIN,
                "widthConstraint": {"minimum": widths[n], "maximum": widths[n]},
                "font": {"color": _font_color(color), "face": "Arial", "size": FONT_SIZE, "multi": False,
                         "align": "left" if d["label"] == Label.RECOMMENDATION else "center"},
                "shapeProperties": {"borderRadius": 2 if finding else 6},
                "search": [t.lower() for t in search_terms(base, d)],
            })
        first_column = min(columns.values(), default=0)
        last_column = max(columns.values(), default=0)
        for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
            name = edge_kind(d)[0]
            style = EDGE_STYLES.get(d["type"], {"color": "#9e9e9e", "width": 1.5, "arrow": "arrow"})
            if columns[u] == columns[v]:
                # bows out of the column, outwards where the column is at an edge of its group
                outward_left = columns[u] == first_column and columns[u] != last_column
                downward = positions[u][1] < positions[v][1]
                smooth = {"type": "curvedCCW" if outward_left == downward else "curvedCW",
                          "roundness": round(1.55 - roundness(graph, u, v, k), 2)}
            else:
                smooth = {"type": "cubicBezier", "forceDirection": "horizontal",
                          "roundness": roundness(graph, u, v, k)}
            edges.append({
                "id": f"{u}|{v}|{k}", "from": u, "to": v, "fold": group.key, "title": edge_tooltip(d),
                "color": {"color": style["color"], "highlight": "#000000", "hover": style["color"]},
                "width": style["width"], "dashes": edge_dashes(d), "legend": name,
                "arrows": {"to": {"enabled": True, "type": style["arrow"], "scaleFactor": 0.8}},
                "label": "", "hover_label": name, "relationship": d["type"], "smooth": smooth,
                "font": {"size": 13, "color": "#212121", "strokeWidth": 4, "strokeColor": "#ffffff"},
            })
    left_out = sum(g.left_out for g in groups)
    notes = []
    if left_out:
        notes.append(f"{left_out} line(s) between nodes the same distance from the centre are not "
                     "drawn (they would cross the columns); each node's tooltip lists what it is linked to.")
    fold_nodes = []
    if len(groups) > 1:
        for f in frames:
            fold_nodes.append({"id": f"fold:{f['group']}", "label": wrap(f"{f['title']} (folded: {f['n']} nodes)", 26),
                               "fold": f["group"], "folded": True, "shape": "box", "hidden": True,
                               "x": round(f["l"] + 24 + (TEXT_WIDTH[Label.ORGANISATION] + 2 * MARGIN) / 2, 1),
                               "y": 40, "physics": False, "margin": 10,
                               "title": "Folded: untick it under Groups, or double-click here, to open it.",
                               "widthConstraint": {"minimum": TEXT_WIDTH[Label.ORGANISATION],
                                                   "maximum": TEXT_WIDTH[Label.ORGANISATION]},
                               "color": {"background": "#eceff1", "border": "#37474f"},
                               "font": {"size": FONT_SIZE, "face": "Arial", "color": "#000000"},
                               "kind": "", "search": []})
    return {"nodes": nodes + fold_nodes, "edges": edges, "captions": captions, "frames": frames,
            "groups": [{"key": g.key, "title": g.title} for g in groups] if len(groups) > 1 else [],
            "notes": notes, "lines_left_out": left_out}


def options(view: View) -> dict:
    """vis-network options: positions come from the column layout, so physics is off and the
    same graph gives the same picture."""
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                        "zoomSpeed": 0.6},
        "edges": {"smooth": {"type": "cubicBezier", "forceDirection": "horizontal", "roundness": 0.95}},
        "nodes": {"borderWidth": 1},
    }


def _pyvis_lib() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _json_for_html(data) -> str:
    """JSON safe inside a <script> element: no "</script>", "<!--" or "&" can break out."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render(view: View, all_graph: nx.MultiDiGraph, generated: str, version: str) -> str:
    """The map as one self-contained HTML page."""
    return render_counted(view, all_graph, generated, version)[0]


def render_counted(view: View, all_graph: nx.MultiDiGraph, generated: str,
                   version: str) -> tuple[str, dict]:
    """The map's page (:func:`render`) and what it draws, as the page counts it: ``nodes``
    (a node drawn in several review groups counts once a group), ``relationships`` (lines
    drawn) and ``lines_left_out`` (lines the org view does not draw, see
    :func:`_org_columns`), so what the CLI says matches the page."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from clasgraph import __version__

    net = build_network(view, all_graph)
    reports = sorted(n for n, d in all_graph.nodes(data=True) if d["label"] == Label.REPORT)
    shown = sorted({d.get("report_id") for *_, d in view.graph.edges(data=True) if d.get("report_id")})
    reports_text = (f"{len(shown)} report(s): " + ", ".join(shown)) if shown else "no report"
    if len(reports) > len(shown):
        reports_text += f" (of {len(reports)} ingested)"
    lib = _pyvis_lib()
    env = Environment(loader=FileSystemLoader(str(Path(__file__).parent)),
                      autoescape=select_autoescape(["html"]))
    drawn = {}
    for e in net["edges"]:
        drawn.setdefault(e["legend"], e)
    edge_legend = [{"name": name, "color": e["color"]["color"], "width": e["width"],
                    "dashes": " ".join(map(str, e["dashes"])) if e["dashes"] else "",
                    "arrow": e["arrows"]["to"]["type"]}
                   for name, e in sorted(drawn.items(), key=lambda kv: (kv[1]["relationship"], kv[0]))]
    shown_sections = {}
    for _, d in view.graph.nodes(data=True):
        if d["label"] == Label.FINDING and d.get("section"):
            key = d.get("sort_key", "")
            shown_sections[d["section"]] = min(key, shown_sections.get(d["section"], key))
    sections = [(name, section_color(name)) for name in sorted(shown_sections, key=lambda x: (shown_sections[x], x))]
    present = {n["kind"] for n in net["nodes"] if n["kind"]}
    n_edges = len(net["edges"])
    counts = {"nodes": sum(1 for n in net["nodes"] if not n.get("folded")), "relationships": n_edges,
              "lines_left_out": net["lines_left_out"]}
    return env.get_template("map.html").render(
        title=view.title, notes=view.notes + net["notes"], reports_text=reports_text, generated=generated,
        version=version[:12], clasgraph_version=__version__,
        n_nodes=counts["nodes"], n_edges=n_edges,
        legend=legend_entries(present), section_legend=sections, edge_legend=edge_legend,
        groups=net["groups"], group_word="areas" if view.name == "repeats" else "reviews",
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"),
        vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        nodes_json=_json_for_html(net["nodes"]), edges_json=_json_for_html(net["edges"]),
        options_json=_json_for_html(options(view)), captions_json=_json_for_html(net["captions"]),
        frames_json=_json_for_html(net["frames"] if net["groups"] else []),
        min_scale=MIN_SCALE,
    ), counts
