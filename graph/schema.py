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

from enum import StrEnum


class Label(StrEnum):
    """Node labels (each compares equal to its name: ``Label.FINDING == "Finding"``)."""

    REPORT = "Report"
    AREA = "Area"
    ORGANISATION = "Organisation"
    SERVICE = "Service"
    FINDING = "Finding"
    RECOMMENDATION = "Recommendation"
    DOCUMENT = "Document"


class Rel(StrEnum):
    """Relationship types."""

    REVIEWS = "REVIEWS"
    INCLUDES = "INCLUDES"
    HAS_FINDING = "HAS_FINDING"
    MAKES = "MAKES"
    COMMISSIONS = "COMMISSIONS"
    PROVIDES = "PROVIDES"
    PART_OF = "PART_OF"
    ON_BEHALF_OF = "ON_BEHALF_OF"
    SUCCEEDED_BY = "SUCCEEDED_BY"
    SUPPORTS = "SUPPORTS"
    ADDRESSED_TO = "ADDRESSED_TO"
    ABOUT = "ABOUT"
    ESCALATED_TO = "ESCALATED_TO"
    REPEATS = "REPEATS"
    PROGRESS_SINCE = "PROGRESS_SINCE"
    CITES = "CITES"
    SAME_AS = "SAME_AS"
    SIMILAR_TO = "SIMILAR_TO"


class Polarity(StrEnum):
    """How a finding is worded."""

    STRENGTH = "strength"
    CONCERN = "concern"
    MIXED = "mixed"
    NEUTRAL = "neutral"


#: Polarities of a shortfall: what a repeat worth a leader's time repeats.
CONCERN_POLARITIES = (Polarity.CONCERN, Polarity.MIXED)


class OrgKind(StrEnum):
    """Kinds of organisation (``clasgraph.ingest.organisations.kind_of`` names them)."""

    CCG = "ccg"
    CCG_GROUP = "ccg-group"
    PUBLIC_HEALTH = "public-health"
    NHS_ENGLAND = "nhs-england"
    LOCAL_AUTHORITY = "local-authority"
    NHS_TRUST = "nhs-trust"
    HOSPITAL = "hospital"
    GP_PRACTICE = "gp-practice"
    GP_FEDERATION = "gp-federation"
    PRIVATE_PROVIDER = "private-provider"
    SOCIAL_ENTERPRISE = "social-enterprise"
    CHARITY = "charity"
    SAFEGUARDING_PARTNERSHIP = "safeguarding-partnership"
    #: a primary care trust: the NHS's local commissioner until 31 March 2013, whose duties passed to
    #: CCGs, NHS England and councils' public health
    PRIMARY_CARE_TRUST = "primary-care-trust"
    PROVIDER = "provider"


#: Kinds of body that commission services (maps draw them as commissioners).
COMMISSIONER_KINDS = frozenset({OrgKind.CCG, OrgKind.CCG_GROUP, OrgKind.PUBLIC_HEALTH,
                                OrgKind.NHS_ENGLAND, OrgKind.LOCAL_AUTHORITY, OrgKind.PRIMARY_CARE_TRUST})

#: Kinds of body that provide services and commission none (a provider paying another to do part
#: of its work is providing it, in the reviews' terms); the commissioners provide nothing but the
#: designated posts a CCG employs.
PROVIDER_KINDS = frozenset({OrgKind.NHS_TRUST, OrgKind.HOSPITAL, OrgKind.GP_PRACTICE, OrgKind.GP_FEDERATION,
                            OrgKind.PRIVATE_PROVIDER, OrgKind.SOCIAL_ENTERPRISE, OrgKind.CHARITY})
NHS_COMMISSIONER_KINDS = frozenset({OrgKind.CCG, OrgKind.CCG_GROUP, OrgKind.NHS_ENGLAND})
OWN_POSTS = "designated-professionals"

#: Kinds of body that can take one another's place (SUCCEEDED_BY): commissioners of one kind of
#: commissioning (CCGs, which merge and become ICBs; councils and their public health teams;
#: NHS England's own regions), safeguarding partnerships, and providers among themselves. A
#: budget or a contract moving between a council and NHS England, or from a council to a trust,
#: leaves both bodies in being, so neither succeeds the other. A council may succeed a provider
#: (:data:`IN_HOUSE`): a provider wound up whose service the council takes in-house, staff and all.
SUCCESSION_FAMILIES = (frozenset({OrgKind.CCG, OrgKind.CCG_GROUP}),
                       frozenset({OrgKind.LOCAL_AUTHORITY, OrgKind.PUBLIC_HEALTH}),
                       frozenset({OrgKind.NHS_ENGLAND}),
                       frozenset({OrgKind.SAFEGUARDING_PARTNERSHIP}),
                       frozenset(OrgKind) - COMMISSIONER_KINDS - {OrgKind.SAFEGUARDING_PARTNERSHIP}
                       - {OrgKind.PROVIDER})


def can_succeed(old: str, new: str) -> bool:
    """Whether a body of kind ``old`` can be succeeded by one of kind ``new``; a kind a name
    does not tell ("provider", or none) can be either.

    >>> can_succeed("ccg", "ccg"), can_succeed("nhs-trust", "charity")
    (True, True)
    >>> can_succeed("nhs-england", "local-authority"), can_succeed("local-authority", "nhs-trust")
    (False, False)
    >>> can_succeed("ccg", "provider"), can_succeed("social-enterprise", "local-authority")
    (True, True)
    >>> can_succeed("primary-care-trust", "ccg"), can_succeed("primary-care-trust", "social-enterprise")
    (True, True)

    NHS England went on through every review (2013-2019): no other body took its place, whatever its
    kind ("NHS England ended A's contract and moved its patients to C" is A's ending, not NHS England's).

    >>> can_succeed("nhs-england", "provider"), can_succeed("nhs-england", "")
    (False, False)
    """
    if old == OrgKind.NHS_ENGLAND:
        return new == OrgKind.NHS_ENGLAND  # (its area teams, as the one body)
    if not old or not new or OrgKind.PROVIDER in (old, new):
        return True
    if new in IN_HOUSE and old in PROVIDER_KINDS:
        return True
    if old == OrgKind.PRIMARY_CARE_TRUST:  # its duties went to CCGs, NHS England and councils (2013), its
        # provider arm to NHS trusts and community interest companies (2011); never to a GP practice
        return new in COMMISSIONER_KINDS | {OrgKind.NHS_TRUST, OrgKind.SOCIAL_ENTERPRISE}
    return any(old in family and new in family for family in SUCCESSION_FAMILIES)


#: Kinds of body that take a provider's work in-house when the provider ends (a council's 0-19
#: service after the social enterprise that ran it was wound up).
IN_HOUSE = frozenset({OrgKind.LOCAL_AUTHORITY})


class Basis(StrEnum):
    """How a repeat is known (``basis`` of a row of ``clasgraph repeats``).

    - ``stated``: the review says the shortfall was found before (REPEATS read from the text,
      to the document it cites; with the earlier finding it matches once that review is
      ingested);
    - ``restated``: inferred: a concern says again what an earlier concern of the same body
      said without citing it (REPEATS with basis "restated", score at least
      ``linking.RESTATED_THRESHOLD``);
    - ``similar``: inferred: the finding's wording is like an earlier report's finding
      (SIMILAR_TO, score at least ``linking.THRESHOLD``).
    """

    STATED = "stated"
    RESTATED = "restated"
    SIMILAR = "similar"


#: Stated first: the order rows of each basis are shown in.
BASIS_ORDER = (Basis.STATED, Basis.RESTATED, Basis.SIMILAR)

STRING, LIST, FLOAT = "STRING", "STRING[]", "DOUBLE"

#: The date a review is ordered by among its area's reviews: its publication date, else the
#: last day of its fieldwork, else the first (a header whose publication date was not read
#: still has its review dates). In Cypher, with ``{r}`` the report's variable; named queries
#: that order reviews or their rows write it out (tests/test_over_time.py keeps them so).
REVIEW_DATE = ("CASE WHEN {r}.published <> '' THEN {r}.published WHEN {r}.review_end <> '' "
               "THEN {r}.review_end ELSE {r}.review_start END")


def review_date(report: dict) -> str:
    """:data:`REVIEW_DATE` of a report's properties.

    >>> review_date({"published": "", "review_start": "2020-01-20", "review_end": "2020-01-24"})
    '2020-01-24'
    >>> review_date({"published": "2020-03-13", "review_end": "2020-01-24"})
    '2020-03-13'
    """
    return report.get("published") or report.get("review_end") or report.get("review_start") or ""

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

def _rel(pairs, reads: tuple[str, str], props=None, derived: bool | str = False) -> dict:
    return {"pairs": pairs, "props": props or {}, "reads": reads, "derived": derived}


#: Relationship types: which labels they join, what properties they add to the evidence, how
#: they read forwards and backwards ("commissions" / "commissioned by") and whether clasgraph
#: derived them (links across reports: True; REPEATS: "partly", stated by a review to a
#: document or report, derived between findings). Every relationship is owned by a report: its
#: ``report_id`` names the review that states it (for a derived one, the later review), except
#: a SUCCEEDED_BY from a lineage file the user imported (basis "lineage", report_id empty).
RELATIONSHIPS: dict[str, dict] = {
    "REVIEWS": _rel([("Report", "Area")], ("reviews", "reviewed by")),
    "INCLUDES": _rel([("Report", "Organisation")], ("includes", "included in"), {"role": STRING}),
    "HAS_FINDING": _rel([("Report", "Finding")], ("has finding", "finding of")),
    "MAKES": _rel([("Report", "Recommendation")], ("makes", "made by")),
    "COMMISSIONS": _rel([("Organisation", "Service")], ("commissions", "commissioned by")),
    "PROVIDES": _rel([("Organisation", "Service")], ("provides", "provided by")),
    "PART_OF": _rel([("Organisation", "Organisation")], ("part of", "has as part")),
    "ON_BEHALF_OF": _rel([("Organisation", "Organisation")],
                         ("commissions on behalf of", "has commissioning done by")),
    # basis: "" (stated by the review of report_id) or "lineage" (from a lineage file the user
    # imported: source names the file, report_id is empty); date and reason as the file gives them
    "SUCCEEDED_BY": _rel([("Organisation", "Organisation")], ("succeeded by", "succeeds"),
                         {"basis": STRING, "source": STRING, "date": STRING, "reason": STRING}),
    "SUPPORTS": _rel([("Finding", "Recommendation")], ("supports", "supported by")),
    "ADDRESSED_TO": _rel([("Recommendation", "Organisation")], ("addressed to", "asked to act on")),
    "ABOUT": _rel([("Finding", "Organisation"), ("Finding", "Service")],
                  ("about", "subject of")),
    "ESCALATED_TO": _rel([("Finding", "Organisation")], ("escalated to", "told of"),
                         {"role": STRING, "service": STRING}),
    # basis: "cited" (the finding cites the earlier review) or "restated" (it says again what an
    # earlier concern of the same body said, without citing it); score: their similarity
    "REPEATS": _rel([("Finding", "Document"), ("Finding", "Report"), ("Finding", "Finding")],
                    ("repeats", "repeated by"), {"score": FLOAT, "basis": STRING},
                    derived="partly"),
    "PROGRESS_SINCE": _rel([("Finding", "Document"), ("Finding", "Report")],
                           ("notes progress since", "improved on by")),
    "CITES": _rel([("Finding", "Document")], ("cites", "cited by")),
    "SAME_AS": _rel([("Document", "Report")], ("is the ingested", "is cited as"), derived=True),
    "SIMILAR_TO": _rel([("Finding", "Finding")], ("reads like", "reads like"), {"score": FLOAT},
                       derived=True),
}


def reads(rel_type: str, forward: bool = True) -> str:
    """How a relationship reads, from its source or from its target.

    >>> reads("COMMISSIONS"), reads("COMMISSIONS", forward=False)
    ('commissions', 'commissioned by')
    """
    return RELATIONSHIPS[rel_type]["reads"][0 if forward else 1]


def is_derived(rel_type: str, basis: str | None = None) -> bool:
    """Whether clasgraph inferred a relationship rather than read it from a review. REPEATS
    to a document or report is read from the review; REPEATS between findings (basis "cited":
    the earlier finding a stated repeat matches; "restated") is inferred.

    >>> is_derived("SIMILAR_TO"), is_derived("REPEATS"), is_derived("REPEATS", "restated")
    (True, False, True)
    """
    derived = RELATIONSHIPS[rel_type]["derived"]
    return derived is True or (derived == "partly" and bool(basis))


#: Relationship types renamed since the first version: old name -> new name. A graph saved
#: before is upgraded when it is loaded (:func:`upgrade`). CONCERNS read as "a concern" to
#: safeguarding staff, but it links strengths too.
RENAMED: dict[str, str] = {"CONCERNS": "ABOUT"}

#: The relationship type from a finding to what it is about (strength or concern alike).
ABOUT = Rel.ABOUT

#: Labels whose nodes belong to one report and go when it is replaced.
REPORT_OWNED = (Label.REPORT, Label.FINDING, Label.RECOMMENDATION)


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
    """A short digest of what is stored (labels, types, properties): derived databases are
    rebuilt when it changes."""
    import hashlib

    stored = {rel: {"pairs": spec["pairs"], "props": spec["props"]} for rel, spec in RELATIONSHIPS.items()}
    return hashlib.sha256(repr((NODES, EVIDENCE, stored)).encode()).hexdigest()[:8]
