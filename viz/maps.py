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
from clasgraph.viz.styles import EDGE_COLORS, NODE_STYLES, legend_entries, node_color
from clasgraph.viz.views import View

SEED = 7


def _short(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def node_label(node_id: str, d: dict, several_reports: bool = False) -> str:
    """The short text drawn under a node; the report is named where a map shows several."""
    label = d["label"]
    suffix = f" ({d.get('report_id')})" if several_reports and d.get("report_id") else ""
    if label == "Finding":
        return f"{d['number']}{suffix}"
    if label == "Recommendation":
        return f"Rec {d['number']}{suffix}"
    if label == "Report":
        return f"{d.get('area', '')} review {d.get('published', '')}".strip()
    if label == "Document":
        return _short(d.get("title", node_id), 48)
    return _short(d.get("name") or node_id, 48)


def node_tooltip(node_id: str, d: dict) -> str:
    """Plain text shown on hover: what the node is and, for text, where it was read."""
    label = d["label"]
    if label == "Finding":
        lines = [f"Finding {d['number']} · {d.get('section', '')} · {d.get('polarity', '')}",
                 f"Report {d.get('report_id', '')}, paragraph {d['number']}", "",
                 _short(d.get("text", ""), 900)]
    elif label == "Recommendation":
        lines = [f"Recommendation {d['number']}", f"Report {d.get('report_id', '')}",
                 f"{d.get('heading', '')} should:", "", d.get("text", "")]
    elif label == "Organisation":
        lines = [d.get("name", node_id), f"Kind: {d.get('kind', '')}"]
        if d.get("aliases"):
            lines.append("Also called: " + "; ".join(d["aliases"]))
    elif label == "Service":
        lines = [d.get("name", node_id), f"Area: {d.get('area', '')}",
                 f"Category: {d.get('category', '')}"]
    elif label == "Document":
        lines = [d.get("title", node_id), f"{d.get('kind', '')} {d.get('year', '')}".strip()]
    elif label == "Report":
        lines = [d.get("title", node_id), (f"Review {d.get('review_start', '')} to "
                 f"{d.get('review_end', '')}; published {d.get('published', '')}"),
                 f"Source: {d.get('source', '')}"]
    else:
        lines = [d.get("name", node_id)]
    return "\n".join(lines)


def edge_tooltip(d: dict) -> str:
    lines = [d["type"].replace("_", " ").lower()]
    if d.get("role"):
        lines[0] += f" ({d['role']})"
    if d.get("report_id"):
        lines.append(f"Report {d['report_id']}, paragraph {d.get('paragraph', '')}")
    if d.get("evidence"):
        lines += ["", f"“{_short(d['evidence'], 700)}”"]
    return "\n".join(lines)


def _year(graph: nx.MultiDiGraph, node_id: str, d: dict) -> int | None:
    """Year a node belongs to on the repeats timeline."""
    text = d.get("year") or d.get("published") or ""
    if d["label"] == "Finding" and d.get("report_id") in graph:
        text = graph.nodes[d["report_id"]].get("published", "")
    m = re.search(r"\d{4}", str(text))
    return int(m.group(0)) if m else None


SECTION_PALETTE = ["#00838f", "#6d4c41", "#5e35b1", "#c0ca33", "#d81b60", "#3949ab", "#212121",
                   "#f4511e", "#546e7a", "#8e24aa"]


def section_colors(graph: nx.MultiDiGraph) -> dict[str, str]:
    """A ring colour for each section of the findings shown, in report order."""
    first: dict[str, str] = {}
    for _, d in graph.nodes(data=True):
        if d["label"] == "Finding" and d.get("section"):
            key = d.get("sort_key", "")
            if d["section"] not in first or key < first[d["section"]]:
                first[d["section"]] = key
    ordered = sorted(first, key=lambda s: (first[s], s))
    return {s: SECTION_PALETTE[i % len(SECTION_PALETTE)] for i, s in enumerate(ordered)}


def build_network(view: View, all_graph: nx.MultiDiGraph):
    """A pyvis Network holding the view's nodes and edges, in a stable order."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    graph = view.graph
    sections = section_colors(graph)
    several = len({d.get("report_id") for _, d in graph.nodes(data=True) if d.get("report_id")}) > 1
    years = {}
    if view.name == "repeats":
        years = {n: _year(all_graph, n, d) for n, d in graph.nodes(data=True)}
        known = sorted({y for y in years.values() if y})
    for n in sorted(graph.nodes):
        d = graph.nodes[n]
        style = NODE_STYLES[d["label"]]
        weight = graph.degree(n)
        extra = {}
        if years.get(n):
            extra = {"x": (known.index(years[n]) - len(known) / 2) * 450, "fixed": {"x": True}}
        color = node_color(d)
        border = sections.get(d.get("section"), "#424242") if d["label"] == "Finding" else "#424242"
        net.add_node(n, label=node_label(n, d, several), title=node_tooltip(n, d), shape=style["shape"],
                     color={"background": color, "border": border,
                            "highlight": {"background": color, "border": "#000000"}},
                     borderWidth=3 if d["label"] == "Finding" else 1,
                     size=round(10 + 5 * math.sqrt(weight), 1),
                     font={"color": "#212121"}, **extra)
    quiet = {"IN_AREA", "SUPPORTS", "ADDRESSED_TO"}  # many of them: the legend says what they are
    for u, v, k, d in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        net.add_edge(u, v, title=edge_tooltip(d), color=EDGE_COLORS.get(d["type"], "#9e9e9e"),
                     label="" if d["type"] in quiet else d["type"].replace("_", " ").lower(),
                     dashes=d["type"] == "IN_AREA", arrows="to",
                     font={"size": 9, "color": "#616161", "strokeWidth": 0})
    return net


def options(view: View) -> dict:
    """vis-network options: seeded layout, physics that settles and stops."""
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": view.graph.number_of_nodes() < 150},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                                 "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 400, "fit": True},
            "minVelocity": 0.75,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "edges": {"smooth": {"type": "continuous"}},
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
    reports = sorted(n for n, d in all_graph.nodes(data=True) if d["label"] == "Report")
    shown = sorted({d.get("report_id") for *_, d in view.graph.edges(data=True) if d.get("report_id")})
    reports_text = (f"{len(shown)} report(s): " + ", ".join(shown)) if shown else "no report"
    if len(reports) > len(shown):
        reports_text += f" (of {len(reports)} ingested)"
    lib = _pyvis_lib()
    env = Environment(loader=FileSystemLoader(str(Path(__file__).parent)),
                      autoescape=select_autoescape(["html"]))
    used = sorted({d["type"] for *_, d in view.graph.edges(data=True)})
    sections = list(section_colors(view.graph).items())
    return env.get_template("map.html").render(
        title=view.title, notes=view.notes, reports_text=reports_text, generated=generated,
        version=version[:12], clasgraph_version=__version__,
        n_nodes=view.graph.number_of_nodes(), n_edges=view.graph.number_of_edges(),
        legend=legend_entries(), section_legend=sections, edge_legend=[(t.replace("_", " ").lower(), EDGE_COLORS.get(t, "#9e9e9e"))
                                              for t in used],
        vis_css=(lib / "vis-network.css").read_text(encoding="utf-8"),
        vis_js=(lib / "vis-network.min.js").read_text(encoding="utf-8"),
        nodes_json=_json_for_html(net.nodes), edges_json=_json_for_html(net.edges),
        options_json=_json_for_html(options(view)),
    )
