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
    "ESCALATED_TO": "#ad1457", "SUCCEEDED_BY": "#455a64",
}

#: One colour per section of a CLAS report, the same in every map (a ring round a finding).
SECTION_COLORS = {
    "Early help": "#00838f",
    "Children in need": "#6d4c41",
    "Child protection": "#5e35b1",
    "Looked after children": "#c0ca33",
    "Leadership and management": "#d81b60",
    "Governance": "#3949ab",
    "Training and supervision": "#f4511e",
}
#: Spellings reports use for the same sections.
SECTION_SPELLINGS = {"leadership & management": "Leadership and management"}
#: For a section no known report has: picked by the name itself, so still the same everywhere.
OTHER_SECTION_COLORS = ["#546e7a", "#8e24aa", "#212121", "#827717", "#4e342e", "#00695c"]

assert set(NODE_STYLES) == set(NODES), "every label of the schema needs a style"


def section_color(section: str) -> str:
    """The fixed colour of a section.

    >>> section_color("Governance") == section_color("governance") == "#3949ab"
    True
    """
    key = SECTION_SPELLINGS.get(section.lower().strip(), section)
    for name, color in SECTION_COLORS.items():
        if name.lower() == key.lower().strip():
            return color
    import zlib

    return OTHER_SECTION_COLORS[zlib.crc32(section.lower().encode()) % len(OTHER_SECTION_COLORS)]


def is_commissioner(data: dict) -> bool:
    return data.get("kind") in COMMISSIONER_KINDS


def node_color(data: dict) -> str:
    if data["label"] == "Finding":
        return POLARITY_COLORS.get(data.get("polarity", ""), NODE_STYLES["Finding"]["color"])
    if data["label"] == "Organisation":
        return COMMISSIONER_COLOR if is_commissioner(data) else PROVIDER_COLOR
    return NODE_STYLES[data["label"]]["color"]


def legend_kind(data: dict) -> str:
    """The legend row a node belongs to."""
    if data["label"] == "Organisation":
        return "Organisation: commissioner" if is_commissioner(data) else "Organisation: provider"
    if data["label"] == "Finding":
        return f"Finding: {data.get('polarity') or 'neutral'}"
    return data["label"]


def legend_entries(present: set[str] | None = None) -> list[tuple[str, str, str]]:
    """(name, shape, colour) rows for the legend, only those in ``present`` when given."""
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
    return [r for r in rows if present is None or r[0] in present]
