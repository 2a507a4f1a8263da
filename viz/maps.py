"""Interactive HTML maps built with pyvis: one self-contained file per view.

pyvis builds the node and edge data and the vis-network options; the page itself comes from
``viz/map.html``, which inlines vis-network (shipped inside pyvis) so the file opens offline
and makes no network request. Text from reports only ever reaches the page as JSON data
(escaped for HTML) or through Jinja's autoescaping, and vis-network shows tooltip strings as
plain text, so markup in a report shows as text and never runs.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import networkx as nx
from clasgraph.graph.schema import Label, Rel, reads
from clasgraph.viz.layout import label_box, layered, wrap
from clasgraph.viz.styles import (
    EDGE_COLORS,
    INFERRED_DASHES,
    NODE_STYLES,
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


def node_label(node_id: str, d: dict, several_reports: bool = False) -> str:
    """The short text drawn under a node; the report is named where a map shows several."""
    label = d["label"]
    suffix = f" ({d.get('report_id')})" if several_reports and d.get("report_id") else ""
    if label == Label.FINDING:
        return wrap(f"{d['number']}{suffix}")
    if label == Label.RECOMMENDATION:
        return wrap(f"Rec {d['number']}{suffix}")
    if label == Label.REPORT:
        return wrap(f"{d.get('area', '')} review {d.get('published', '')}".strip())
    if label == Label.DOCUMENT:
        return wrap(d.get("title") or node_id)
    return wrap(d.get("name") or node_id)


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
    return sorted(found.items(), key=lambda kv: (_published(graph, kv[0]), kv[0]))


def _published(graph, report_id: str) -> str:
    return graph.nodes[report_id].get("published", "") if report_id in graph else ""


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
                 f"{d.get('heading', '')} should:", "", d.get("text", "")]
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


def _number_key(number: str) -> tuple:
    return tuple(int(p) for p in str(number).split(".") if p.isdigit())


def _when(graph: nx.MultiDiGraph, node_id: str, d: dict) -> str:
    """The date a node belongs to on the repeats map: its report's publication, a document's
    date or year (the report it is, once ingested)."""
    if d["label"] == Label.FINDING:
        return graph.nodes[d["report_id"]].get("published", "") if d.get("report_id") in graph else ""
    if d["label"] == Label.REPORT:
        return d.get("published", "")
    for _, v, e in graph.out_edges(node_id, data=True):
        if e["type"] == Rel.SAME_AS:
            return graph.nodes[v].get("published", "")
    m = re.search(r"\d{4}", str(d.get("date") or d.get("year") or ""))
    return m.group(0) if m else "0000"


def columns_of(view: View, all_graph: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, tuple]]:
    """The column of each node and its (group, key) within the column, for each view
    (see :func:`clasgraph.viz.layout.layered`)."""
    graph = view.graph
    columns, order = {}, {}
    if view.name == "commissioning":
        for n, d in graph.nodes(data=True):
            if d["label"] == Label.ORGANISATION:
                provides = any(e["type"] == Rel.PROVIDES for *_, e in graph.out_edges(n, data=True))
                commissions = any(e["type"] in (Rel.COMMISSIONS, Rel.ON_BEHALF_OF)
                                  for *_, e in graph.out_edges(n, data=True))
                columns[n] = 0 if (is_commissioner(d) or commissions) and not provides else 2
            else:  # services, grouped under the heading of their area
                columns[n] = 1
                area = d.get("name") if d["label"] == Label.AREA else d.get("area", "")
                order[n] = ((area or "", 0 if d["label"] == Label.AREA else 1), ())
        return columns, order
    if view.name == "recommendations":
        rank = {Label.FINDING: 0, Label.RECOMMENDATION: 1, Label.ORGANISATION: 2}
        for n, d in graph.nodes(data=True):
            columns[n] = rank.get(d["label"], 3)
            order[n] = ((), (d.get("report_id", ""),) + _number_key(d.get("number", "")))
        return columns, order
    if view.name == "repeats":
        when = {n: _when(all_graph, n, d) for n, d in graph.nodes(data=True)}
        dates = sorted(set(when.values()))
        for n, d in graph.nodes(data=True):
            columns[n] = dates.index(when[n])
            kind = {Label.REPORT: 0, Label.DOCUMENT: 1}.get(d["label"], 2)
            order[n] = ((kind, *_number_key(d.get("number", ""))), ())
        return columns, order
    # org: hops away from the organisation(s) at the centre, one column per kind in each hop
    centres = view.centres or sorted(graph.nodes, key=lambda n: (-graph.degree(n), n))[:1]
    distance = nx.multi_source_dijkstra_path_length(graph.to_undirected(as_view=True), centres)
    far = max(distance.values(), default=0) + 1
    keys = {n: (distance.get(n, far), ORG_VIEW_KINDS.index(d["label"]))
            for n, d in graph.nodes(data=True)}
    ranked = sorted(set(keys.values()))
    for n, d in graph.nodes(data=True):
        columns[n] = ranked.index(keys[n])
        order[n] = ((), _number_key(d.get("number", "")))
    view.column_names = {ranked.index(k): _org_column_name(*k) for k in ranked}
    return columns, order


#: The order of kinds within one hop of the org view.
ORG_VIEW_KINDS = [Label.ORGANISATION, Label.SERVICE, Label.AREA, Label.REPORT,
                  Label.RECOMMENDATION, Label.FINDING, Label.DOCUMENT]
_PLURAL = {Label.ORGANISATION: "organisations", Label.SERVICE: "services", Label.AREA: "areas",
           Label.REPORT: "reports", Label.RECOMMENDATION: "recommendations",
           Label.FINDING: "findings", Label.DOCUMENT: "documents"}


def _org_column_name(hops: int, kind: int) -> str:
    if hops == 0:
        return "Centre"
    return f"{hops} hop{'s' if hops > 1 else ''} away: {_PLURAL[ORG_VIEW_KINDS[kind]]}"


def _sizes(graph: nx.MultiDiGraph, labels: dict[str, str]) -> dict[str, tuple[float, float, float]]:
    sizes = {}
    for n, d in graph.nodes(data=True):
        width, height = label_box(labels[n])
        if NODE_STYLES[d["label"]]["shape"] in ("box", "ellipse"):  # the label is inside
            sizes[n] = (height / 2 + 8, width + 24, 0.0)
        else:
            sizes[n] = (node_size(graph, n), width, height)
    return sizes


def node_size(graph: nx.MultiDiGraph, n: str) -> float:
    return round(10 + 3 * math.sqrt(graph.degree(n)), 1)


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


def build_network(view: View, all_graph: nx.MultiDiGraph):
    """A pyvis Network holding the view's nodes and edges, in a stable order, laid out in
    columns (see :mod:`clasgraph.viz.layout`)."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    graph = view.graph
    several = len({d.get("report_id") for _, d in graph.nodes(data=True) if d.get("report_id")}) > 1
    labels = {n: node_label(n, d, several and view.name != "repeats") for n, d in graph.nodes(data=True)}
    columns, order = columns_of(view, all_graph)
    sizes = _sizes(graph, labels)
    headings = {c: wrap(_column_name(view, all_graph, c, sorted(n for n, k in columns.items() if k == c)))
                for c in set(columns.values())}
    widths = {c: max(len(line) for line in h.split("\n")) * 10 + 20 for c, h in headings.items()}
    positions = layered(graph, columns, sizes, order, widths)
    net.captions = captions(headings, columns, positions, sizes)
    for n in sorted(graph.nodes):
        d = graph.nodes[n]
        style = NODE_STYLES[d["label"]]
        color = node_color(d)
        finding = d["label"] == Label.FINDING
        border = section_color(d.get("section") or "") if finding else "#424242"
        x, y = positions[n]
        net.add_node(n, label=labels[n], title=node_tooltip(n, d, all_graph), shape=style["shape"],
                     color={"background": color, "border": border,
                            "highlight": {"background": color, "border": "#000000"}},
                     borderWidth=3 if finding else 1, size=node_size(graph, n),
                     font={"color": style["font"] if style["shape"] in ("box", "ellipse") else "#212121",
                           "face": "Arial", "size": 14, "multi": False},
                     x=x, y=y, physics=False, kind=legend_kind(d),
                     search=[t.lower() for t in search_terms(n, d)])
    first_column = min(columns.values(), default=0)
    for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        name = edge_kind(d)[0]
        # Edge labels are drawn only while the pointer is over the edge (see map.html).
        # A line within one column bows out sideways instead of running through the labels.
        # (Outwards in the first column; vis-network bows a downward curvedCW line to the right.)
        if columns[u] == columns[v]:
            left = columns[u] == first_column
            downward = positions[u][1] < positions[v][1]
            smooth = {"type": "curvedCCW" if left == downward else "curvedCW", "roundness": 0.6}
        else:
            smooth = {"type": "cubicBezier", "forceDirection": "horizontal", "roundness": 0.4}
        _, inferred = edge_kind(d)
        net.add_edge(u, v, title=edge_tooltip(d), color=EDGE_COLORS.get(d["type"], "#9e9e9e"),
                     dashes=INFERRED_DASHES if inferred else False,
                     label="", hover_label=name, relationship=d["type"], arrows="to", smooth=smooth,
                     font={"size": 11, "color": "#424242", "strokeWidth": 3, "strokeColor": "#ffffff"})
    return net


def _column_name(view: View, all_graph: nx.MultiDiGraph, column: int, members: list[str]) -> str:
    from clasgraph.queries.finish import report_name

    if view.name == "commissioning":
        return ["Commissioners", "Services", "Providers"][column] if column < 3 else ""
    if view.name == "recommendations":
        return ["Findings", "Recommendations", "Addressed to"][column] if column < 3 else ""
    if view.name == "org":
        return view.column_names.get(column, "")
    names = []
    for n in members:
        d = all_graph.nodes[n]
        if d["label"] == Label.FINDING and d.get("report_id") in all_graph:
            r = all_graph.nodes[d["report_id"]]
            names.append(report_name(r.get("area", ""), r.get("published", "")))
        elif d["label"] == Label.REPORT:
            names.append(report_name(d.get("area", ""), d.get("published", "")))
        else:
            names.append(_when(all_graph, n, d)[:4])
    return " · ".join(sorted(set(names)))


def captions(headings: dict[int, str], columns: dict[str, int],
             positions: dict[str, tuple[float, float]], sizes: dict) -> list[dict]:
    """A heading above each column, drawn on the canvas (not a node): its lines, bottom up."""
    top = min((positions[n][1] - sizes[n][0] for n in positions), default=0) - 30
    out = []
    for column in sorted(headings):
        members = sorted(n for n, c in columns.items() if c == column)
        lines = [line for line in headings[column].split("\n") if line]
        for i, line in enumerate(reversed(lines)):
            out.append({"x": positions[members[0]][0], "y": top - 20 * i, "text": line})
    return out


def options(view: View) -> dict:
    """vis-network options: positions come from the column layout, so physics is off and the
    same graph gives the same picture."""
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "edges": {"smooth": {"type": "cubicBezier", "forceDirection": "horizontal", "roundness": 0.4}},
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
    used = sorted({(edge_kind(d), d["type"]) for *_, d in view.graph.edges(data=True)},
                  key=lambda k: (k[1], k[0][1], k[0][0]))
    shown_sections = {}
    for _, d in view.graph.nodes(data=True):
        if d["label"] == Label.FINDING and d.get("section"):
            key = d.get("sort_key", "")
            shown_sections[d["section"]] = min(key, shown_sections.get(d["section"], key))
    sections = [(name, section_color(name)) for name in sorted(shown_sections, key=lambda x: (shown_sections[x], x))]
    present = {legend_kind(d) for _, d in view.graph.nodes(data=True)}
    return env.get_template("map.html").render(
        title=view.title, notes=view.notes, reports_text=reports_text, generated=generated,
        version=version[:12], clasgraph_version=__version__,
        n_nodes=view.graph.number_of_nodes(), n_edges=view.graph.number_of_edges(),
        legend=legend_entries(present), section_legend=sections, edge_legend=[(name, EDGE_COLORS.get(t, "#9e9e9e"), dashed)
                                              for (name, dashed), t in used],
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"),
        vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        nodes_json=_json_for_html(net.nodes), edges_json=_json_for_html(net.edges),
        options_json=_json_for_html(options(view)), captions_json=_json_for_html(net.captions),
    )
