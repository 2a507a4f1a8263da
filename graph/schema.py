"""The schema: the one place that names labels, relationship types and their properties.

Stores, queries, maps and the README derive from these tables.

>>> sorted(NODES)[:3]
['Area', 'Document', 'Finding']
>>> RELATIONSHIPS["SUPPORTS"]["pairs"]
[('Finding', 'Recommendation')]
>>> ladybug_ddl()[0]
'CREATE NODE TABLE IF NOT EXISTS Report(id STRING, title STRING, area STRING, review_start STRING, review_end STRING, published STRING, inspectors STRING[], source STRING, sha256 STRING, nhs_england_area STRING, cqc_region STRING, PRIMARY KEY(id))'
"""

from __future__ import annotations

STRING, LIST, FLOAT = "STRING", "STRING[]", "DOUBLE"

#: Node labels and their properties (id is the key of every label).
NODES: dict[str, dict[str, str]] = {
    "Report": {"id": STRING, "title": STRING, "area": STRING, "review_start": STRING,
               "review_end": STRING, "published": STRING, "inspectors": LIST, "source": STRING,
               "sha256": STRING, "nhs_england_area": STRING, "cqc_region": STRING},
    "Area": {"id": STRING, "name": STRING},
    "Organisation": {"id": STRING, "name": STRING, "kind": STRING, "aliases": LIST},
    "Service": {"id": STRING, "name": STRING, "category": STRING, "area": STRING, "aliases": LIST},
    "Finding": {"id": STRING, "report_id": STRING, "number": STRING, "section": STRING,
                "text": STRING, "polarity": STRING, "boxes": LIST, "sort_key": STRING},
    "Recommendation": {"id": STRING, "report_id": STRING, "number": STRING, "text": STRING,
                       "heading": STRING, "sort_key": STRING},
    "Document": {"id": STRING, "title": STRING, "year": STRING, "kind": STRING, "area": STRING,
                 "date": STRING},
}

#: Properties every relationship read from text carries; ``uid`` makes it unique.
EVIDENCE: dict[str, str] = {"uid": STRING, "report_id": STRING, "paragraph": STRING,
                            "evidence": STRING}

#: Relationship types: which labels they join and what properties they add to the evidence.
RELATIONSHIPS: dict[str, dict] = {
    "REVIEWS": {"pairs": [("Report", "Area")], "props": {}},
    "INCLUDES": {"pairs": [("Report", "Organisation")], "props": {"role": STRING}},
    "HAS_FINDING": {"pairs": [("Report", "Finding")], "props": {}},
    "MAKES": {"pairs": [("Report", "Recommendation")], "props": {}},
    "COMMISSIONS": {"pairs": [("Organisation", "Service")], "props": {}},
    "PROVIDES": {"pairs": [("Organisation", "Service")], "props": {}},
    "PART_OF": {"pairs": [("Organisation", "Organisation")], "props": {}},
    "ON_BEHALF_OF": {"pairs": [("Organisation", "Organisation")], "props": {}},
    # basis: "" (stated by the review of report_id) or "lineage" (from a lineage file the user
    # imported: source names the file, report_id is empty); date and reason as the file gives them
    "SUCCEEDED_BY": {"pairs": [("Organisation", "Organisation")],
                     "props": {"basis": STRING, "source": STRING, "date": STRING, "reason": STRING}},
    "SUPPORTS": {"pairs": [("Finding", "Recommendation")], "props": {}},
    "ADDRESSED_TO": {"pairs": [("Recommendation", "Organisation")], "props": {}},
    "ABOUT": {"pairs": [("Finding", "Organisation"), ("Finding", "Service")], "props": {}},
    "ESCALATED_TO": {"pairs": [("Finding", "Organisation")],
                     "props": {"role": STRING, "service": STRING}},
    # basis: "cited" (the finding cites the earlier review) or "restated" (it says again what an
    # earlier concern of the same body said, without citing it); score: their similarity
    "REPEATS": {"pairs": [("Finding", "Document"), ("Finding", "Report"), ("Finding", "Finding")],
                "props": {"score": FLOAT, "basis": STRING}},
    "PROGRESS_SINCE": {"pairs": [("Finding", "Document"), ("Finding", "Report")], "props": {}},
    "CITES": {"pairs": [("Finding", "Document")], "props": {}},
    "SAME_AS": {"pairs": [("Document", "Report")], "props": {}},
    "SIMILAR_TO": {"pairs": [("Finding", "Finding")], "props": {"score": FLOAT}},
}

#: Relationship types renamed since the first version: old name -> new name. A graph saved
#: before is upgraded when it is loaded (:func:`upgrade`). CONCERNS read as "a concern" to
#: safeguarding staff, but it links strengths too.
RENAMED: dict[str, str] = {"CONCERNS": "ABOUT"}

#: The relationship type from a finding to what it is about (strength or concern alike).
ABOUT = "ABOUT"

#: Labels whose nodes belong to one report and go when it is replaced.
REPORT_OWNED = ("Report", "Finding", "Recommendation")


def rel_props(rel_type: str) -> dict[str, str]:
    return {**EVIDENCE, **RELATIONSHIPS[rel_type]["props"]}


def default_value(kind: str):
    return [] if kind == LIST else (0.0 if kind == FLOAT else "")


def ladybug_ddl() -> list[str]:
    """CREATE statements for LadybugDB's declared node and relationship tables."""
    statements = []
    for label, props in NODES.items():
        cols = ", ".join(f"{name} {kind}" for name, kind in props.items())
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY(id))")
    for rel, spec in RELATIONSHIPS.items():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in spec["pairs"])
        cols = ", ".join(f"{name} {kind}" for name, kind in rel_props(rel).items())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel}({pairs}, {cols})")
    return statements


def describe() -> str:
    """The schema as Markdown, for the README and ``clasgraph schema``."""
    lines = ["Nodes (label: properties)", ""]
    for label, props in NODES.items():
        lines.append(f"- `{label}`: {', '.join(props)}")
    lines += ["", "Relationships (every one also has: report_id, paragraph, evidence)", ""]
    for rel, spec in RELATIONSHIPS.items():
        ends = " | ".join(f"({a})-[:{rel}]->({b})" for a, b in spec["pairs"])
        extra = f" {{{', '.join(spec['props'])}}}" if spec["props"] else ""
        lines.append(f"- `{ends}`{extra}")
    return "\n".join(lines)


def upgrade(graph) -> dict[str, int]:
    """Rename relationship types of a graph saved by an earlier version (see RENAMED), in
    place; returns how many of each old type were renamed.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph(); _ = g.add_edge("f", "o", type="CONCERNS")
    >>> upgrade(g), [d["type"] for *_, d in g.edges(data=True)]
    ({'CONCERNS': 1}, ['ABOUT'])
    """
    renamed: dict[str, int] = {}
    for _, _, data in graph.edges(data=True):
        new = RENAMED.get(data.get("type"))
        if new:
            renamed[data["type"]] = renamed.get(data["type"], 0) + 1
            data["type"] = new
    return renamed


def schema_version() -> str:
    """A short digest of the schema: derived databases are rebuilt when it changes."""
    import hashlib

    return hashlib.sha256(repr((NODES, EVIDENCE, RELATIONSHIPS)).encode()).hexdigest()[:8]
