"""How each kind of node and relationship looks on a map: data, declared once.

Every label of the schema has a style; the legend in each page is drawn from this table.
"""

from __future__ import annotations

from clasgraph.graph.schema import (
    COMMISSIONER_KINDS,
    NODES,
    RELATIONSHIPS,
    Basis,
    Label,
    Polarity,
    Rel,
    is_derived,
)

NODE_STYLES: dict[str, dict] = {
    Label.REPORT: {"shape": "box", "color": "#37474f", "font": "#ffffff"},
    Label.AREA: {"shape": "ellipse", "color": "#90a4ae", "font": "#000000"},
    Label.ORGANISATION: {"shape": "dot", "color": "#1565c0", "font": "#000000"},
    Label.SERVICE: {"shape": "diamond", "color": "#2e7d32", "font": "#000000"},
    Label.FINDING: {"shape": "square", "color": "#9e9e9e", "font": "#000000"},
    Label.RECOMMENDATION: {"shape": "triangle", "color": "#ef6c00", "font": "#000000"},
    Label.DOCUMENT: {"shape": "hexagon", "color": "#6a1b9a", "font": "#000000"},
}

#: Findings are coloured by polarity.
POLARITY_COLORS = {Polarity.STRENGTH: "#43a047", Polarity.CONCERN: "#e53935",
                   Polarity.MIXED: "#fbc02d", Polarity.NEUTRAL: "#9e9e9e"}

#: Organisation kinds that commission (the schema's) are drawn in a darker blue than providers.
COMMISSIONER_COLOR = "#0d47a1"
PROVIDER_COLOR = "#42a5f5"

#: Each relationship type its own colour, line width and arrowhead (vis-network's arrow
#: types), so that no two types look alike even in grey print; dashes are kept for what the
#: tool inferred (see :func:`edge_dashes`).
EDGE_STYLES: dict[str, dict] = {
    Rel.COMMISSIONS: {"color": "#0d47a1", "width": 2.5, "arrow": "arrow"},
    Rel.PROVIDES: {"color": "#00897b", "width": 2.0, "arrow": "triangle"},
    Rel.ON_BEHALF_OF: {"color": "#7b1fa2", "width": 2.0, "arrow": "vee"},
    Rel.PART_OF: {"color": "#6d4c41", "width": 1.5, "arrow": "diamond"},
    Rel.SUCCEEDED_BY: {"color": "#37474f", "width": 2.5, "arrow": "bar"},
    Rel.ADDRESSED_TO: {"color": "#ef6c00", "width": 2.0, "arrow": "arrow"},
    Rel.SUPPORTS: {"color": "#546e7a", "width": 1.5, "arrow": "circle"},
    Rel.ABOUT: {"color": "#9e9d24", "width": 1.5, "arrow": "vee"},
    Rel.ESCALATED_TO: {"color": "#ad1457", "width": 2.5, "arrow": "triangle"},
    Rel.REPEATS: {"color": "#c62828", "width": 2.5, "arrow": "arrow"},
    Rel.PROGRESS_SINCE: {"color": "#2e7d32", "width": 2.5, "arrow": "vee"},
    Rel.CITES: {"color": "#6a1b9a", "width": 1.5, "arrow": "arrow"},
    Rel.SAME_AS: {"color": "#757575", "width": 1.5, "arrow": "bar"},
    Rel.SIMILAR_TO: {"color": "#e57373", "width": 2.0, "arrow": "arrow"},
    Rel.INCLUDES: {"color": "#455a64", "width": 1.0, "arrow": "circle"},
    Rel.HAS_FINDING: {"color": "#90a4ae", "width": 1.0, "arrow": "arrow"},
    Rel.MAKES: {"color": "#ffb74d", "width": 1.0, "arrow": "arrow"},
    Rel.REVIEWS: {"color": "#b0bec5", "width": 1.0, "arrow": "arrow"},
}
EDGE_COLORS = {rel: style["color"] for rel, style in EDGE_STYLES.items()}
assert set(EDGE_STYLES) == set(RELATIONSHIPS), "every relationship type of the schema needs a style"

#: How an inferred line is dashed, by how it was inferred: restated (the wording of an
#: earlier finding said again) in long dashes, similar in dots, the earlier finding a stated
#: repeat matches in dash-dot. A line a review states is solid.
INFERRED_DASHES = {Basis.RESTATED: [10, 6], Basis.SIMILAR: [2, 5], Basis.STATED: [10, 4, 2, 4]}


def edge_dashes(d: dict) -> list[int] | bool:
    """The dash pattern of a line: ``False`` (solid) for what a review states.

    >>> edge_dashes({"type": "COMMISSIONS"}), edge_dashes({"type": "SIMILAR_TO"})
    (False, [2, 5])
    >>> edge_dashes({"type": "REPEATS", "repeat": "restated", "basis": "restated"})
    [10, 6]
    """
    _, inferred = edge_kind(d)
    if not inferred:
        return False
    rel, repeat, link = d["type"], d.get("repeat"), d.get("basis")
    how = repeat or (Basis.SIMILAR if rel == Rel.SIMILAR_TO else link)
    return INFERRED_DASHES.get(how, [4, 4])


def edge_kind(d: dict) -> tuple[str, bool]:
    """The legend row of a relationship and whether it is inferred (drawn dashed). A repeat
    on the repeats map carries its row's basis (``repeat``): a review's statement that a
    shortfall was found before is solid; a line from a finding to an earlier finding is
    always clasgraph's inference (for a stated repeat, which earlier finding it matches).

    >>> edge_kind({"type": "REPEATS", "repeat": "restated", "basis": "restated"})
    ('repeats (inferred: restated)', True)
    >>> edge_kind({"type": "REPEATS", "repeat": "stated", "basis": "cited"})
    ('repeats (stated by the review; earlier finding inferred)', True)
    >>> edge_kind({"type": "REPEATS", "basis": ""}), edge_kind({"type": "COMMISSIONS"})
    (('repeats (stated by the review)', False), ('commissions', False))
    """
    rel, repeat, link = d["type"], d.get("repeat"), d.get("basis")
    name = RELATIONSHIPS[rel]["reads"][0]
    between_findings = rel == Rel.SIMILAR_TO or (rel == Rel.REPEATS and bool(link))
    if repeat == Basis.STATED and between_findings:
        return f"{name} (stated by the review; earlier finding inferred)", True
    if rel == Rel.REPEATS and not link:
        return f"{name} (stated by the review)", False
    if is_derived(rel, link) or between_findings:
        how = repeat or (Basis.SIMILAR if rel == Rel.SIMILAR_TO else link) or "matched by title"
        return f"{name} (inferred: {how})", True
    return name, False


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
    """A commissioner by the part it plays on the map (``role``) or else by its kind."""
    if data.get("role"):
        return data["role"] == "commissioner"
    return data.get("kind") in COMMISSIONER_KINDS


def node_color(data: dict) -> str:
    if data["label"] == Label.FINDING:
        return POLARITY_COLORS.get(data.get("polarity", ""), NODE_STYLES[Label.FINDING]["color"])
    if data["label"] == Label.ORGANISATION:
        return COMMISSIONER_COLOR if is_commissioner(data) else PROVIDER_COLOR
    return NODE_STYLES[data["label"]]["color"]


def legend_kind(data: dict) -> str:
    """The legend row a node belongs to."""
    if data["label"] == Label.ORGANISATION:
        return "Organisation: commissioner" if is_commissioner(data) else "Organisation: provider"
    if data["label"] == Label.FINDING:
        return f"Finding: {data.get('polarity') or 'neutral'}"
    return data["label"]


def legend_entries(present: set[str] | None = None) -> list[tuple[str, str, str]]:
    """(name, shape, colour) rows for the legend, only those in ``present`` when given."""
    rows = []
    for label, style in NODE_STYLES.items():
        if label == Label.ORGANISATION:
            rows.append(("Organisation: commissioner", style["shape"], COMMISSIONER_COLOR))
            rows.append(("Organisation: provider", style["shape"], PROVIDER_COLOR))
        elif label == Label.FINDING:
            for polarity, color in POLARITY_COLORS.items():
                rows.append((f"Finding: {polarity}", style["shape"], color))
        else:
            rows.append((label, style["shape"], style["color"]))
    return [r for r in rows if present is None or r[0] in present]
