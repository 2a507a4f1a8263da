"""How each kind of node and relationship looks on a map: data, declared once.

Every label of the schema has a style; the legend in each page is drawn from this table.
"""

from __future__ import annotations

from clasgraph.graph.schema import NODES

NODE_STYLES: dict[str, dict] = {
    "Report": {"shape": "box", "color": "#37474f", "font": "#ffffff"},
    "Area": {"shape": "ellipse", "color": "#90a4ae", "font": "#000000"},
    "Organisation": {"shape": "dot", "color": "#1565c0", "font": "#000000"},
    "Service": {"shape": "diamond", "color": "#2e7d32", "font": "#000000"},
    "Finding": {"shape": "square", "color": "#9e9e9e", "font": "#000000"},
    "Recommendation": {"shape": "triangle", "color": "#ef6c00", "font": "#000000"},
    "Document": {"shape": "hexagon", "color": "#6a1b9a", "font": "#000000"},
}

#: Findings are coloured by polarity.
POLARITY_COLORS = {"strength": "#43a047", "concern": "#e53935", "mixed": "#fbc02d",
                   "neutral": "#9e9e9e"}

#: Organisation kinds that commission, drawn in a darker blue than providers.
COMMISSIONER_KINDS = {"ccg", "ccg-group", "public-health", "nhs-england", "local-authority"}
COMMISSIONER_COLOR = "#0d47a1"
PROVIDER_COLOR = "#42a5f5"

EDGE_COLORS = {
    "COMMISSIONS": "#0d47a1", "PROVIDES": "#42a5f5", "ON_BEHALF_OF": "#5c6bc0",
    "PART_OF": "#78909c", "ADDRESSED_TO": "#ef6c00", "SUPPORTS": "#8d6e63",
    "REPEATS": "#c62828", "PROGRESS_SINCE": "#2e7d32", "CITES": "#6a1b9a",
    "ESCALATED_TO": "#ad1457", "IN_AREA": "#b0bec5",
}

assert set(NODE_STYLES) == set(NODES), "every label of the schema needs a style"


def node_color(data: dict) -> str:
    if data["label"] == "Finding":
        return POLARITY_COLORS.get(data.get("polarity", ""), NODE_STYLES["Finding"]["color"])
    if data["label"] == "Organisation":
        return COMMISSIONER_COLOR if data.get("kind") in COMMISSIONER_KINDS else PROVIDER_COLOR
    return NODE_STYLES[data["label"]]["color"]


def legend_entries() -> list[tuple[str, str, str]]:
    """(name, shape, colour) rows for the legend."""
    rows = []
    for label, style in NODE_STYLES.items():
        if label == "Organisation":
            rows.append(("Organisation: commissioner", style["shape"], COMMISSIONER_COLOR))
            rows.append(("Organisation: provider", style["shape"], PROVIDER_COLOR))
        elif label == "Finding":
            for polarity, color in POLARITY_COLORS.items():
                rows.append((f"Finding: {polarity}", style["shape"], color))
        else:
            rows.append((label, style["shape"], style["color"]))
    return rows
