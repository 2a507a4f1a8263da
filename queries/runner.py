"""Named queries: ``*.cypher`` files whose header comment gives name, description and parameters.

Header lines::

    // name: recommendations-by-organisation
    // description: ...
    // param: org = "" (help text)      a parameter with a default
    // param: org (help text)           a required parameter

>>> q = named_queries()["action-plan"]
>>> q.params["report"].default
''
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources

from clasgraph.graph.cypher import CypherError

_REQUIRED = object()


@dataclass
class Param:
    name: str
    default: object = _REQUIRED
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED


@dataclass
class NamedQuery:
    name: str
    description: str
    cypher: str
    params: dict[str, Param] = field(default_factory=dict)

    def bind(self, given: dict) -> dict:
        """The parameters to send: given values, then defaults; unknown or missing ones refused."""
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            raise CypherError(f"query {self.name} has no parameter {', '.join(unknown)} "
                              f"(it takes: {', '.join(self.params) or 'none'})")
        bound = {}
        for name, param in self.params.items():
            if name in given:
                bound[name] = given[name]
            elif param.required:
                raise CypherError(f"query {self.name} needs --param {name}=VALUE ({param.help})")
            else:
                bound[name] = param.default
        return bound


def parse_named_query(text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    params: dict[str, Param] = {}
    for line in text.splitlines():
        m = re.match(r"\s*//\s*(name|description|param):\s*(.*)$", line)
        if not m:
            continue
        key, value = m.groups()
        if key == "param":
            p = re.match(r"(\w+)\s*(?:=\s*(\"[^\"]*\"|\S+))?\s*(?:\((.*)\))?\s*$", value)
            if not p:
                raise ValueError(f"bad param line: {line}")
            default = json.loads(p.group(2)) if p.group(2) else _REQUIRED
            params[p.group(1)] = Param(p.group(1), default, p.group(3) or "")
        else:
            meta[key] = value.strip()
    return NamedQuery(meta["name"], meta.get("description", ""), text, params)


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with clasgraph, by name."""
    found = {}
    for entry in sorted(resources.files("clasgraph.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            query = parse_named_query(entry.read_text(encoding="utf-8"))
            found[query.name] = query
    return found


def stored_reports(store) -> list[dict]:
    """Every review a store holds: id, area, publication date and ``date``, the date it is
    ordered by (schema.review_date)."""
    from clasgraph.graph.schema import review_date

    columns, rows = store.query("MATCH (r:Report) RETURN r.id AS id, r.area AS area, "
                                "r.published AS published, r.review_start AS review_start, "
                                "r.review_end AS review_end ORDER BY id", {})
    return [dict(r, date=review_date(r)) for r in (dict(zip(columns, row)) for row in rows)]


def stored_organisations(store) -> list[dict]:
    """Every organisation a store holds: id, name and aliases."""
    columns, rows = store.query("MATCH (o:Organisation) RETURN o.id AS id, o.name AS name, "
                                "o.aliases AS aliases ORDER BY id", {})
    return [dict(zip(columns, row)) for row in rows]


def stored_services(store) -> list[dict]:
    """Every service a store holds: id, name, area and the local names reports give it
    (aliases, e.g. "Healthy Together")."""
    columns, rows = store.query("MATCH (s:Service) RETURN s.id AS id, s.name AS name, "
                                "s.area AS area, s.aliases AS aliases ORDER BY id", {})
    return [dict(zip(columns, row)) for row in rows]


def resolve_report(store, report: str | None = None, area: str | None = None) -> str:
    """The review a command answers for: ``report`` (an id or a unique start of one) or the
    latest review of ``area``; "" for every review. LookupError with the closest names."""
    from clasgraph.graph.names import latest_of_area
    from clasgraph.graph.names import resolve_report as by_name

    if report and area:
        raise LookupError("give either --report or --area, not both")
    if not report and not area:
        return ""
    reports = stored_reports(store)
    if area:
        return latest_of_area(area, reports)
    try:
        return by_name(report, reports)
    except LookupError as exc:
        if "could be any of" in str(exc):
            raise LookupError(f"{exc.args[0]} (or --area NAME for the area's latest "
                              "review)") from None
        raise


def resolve_organisations(store, wanted) -> list[str]:
    """The ids of the organisations a name means (:func:`clasgraph.graph.names.org_matches`,
    one definition for every ``--org``); a list of names gives every body any of them means.
    LookupError with the closest names when a name means none."""
    from clasgraph.graph.names import no_match, org_matches

    orgs = stored_organisations(store)
    found: list[str] = []
    for name in [wanted] if isinstance(wanted, str) else list(wanted):
        ids = org_matches(str(name), orgs)
        if not ids:
            names = [x for o in orgs for x in (o["name"] or o["id"], *(o["aliases"] or []))]
            raise no_match("organisation", str(name), names)
        found += [i for i in ids if i not in found]
    return found


def resolve_services(store, wanted, report: str = "") -> list[str]:
    """The ids of the services a name means (:func:`clasgraph.graph.names.service_matches`,
    one definition for every ``--service``), among the services of the review ``report``'s
    area when one is given; a list of names gives every service any of them means.
    LookupError with the closest names when a name means none."""
    from clasgraph.graph.names import no_match, service_matches

    services = stored_services(store)
    area = next((r["area"] for r in stored_reports(store) if r["id"] == report), None) if report else None
    if area:
        services = [s for s in services if (s["area"] or "").lower() == area.lower()]
    found: list[str] = []
    for name in [wanted] if isinstance(wanted, str) else list(wanted):
        ids = service_matches(str(name), services)
        if not ids:
            raise no_match(f"service of {area}" if area else "service", str(name),
                           [x for s in services for x in (s["name"] or s["id"], *(s.get("aliases") or []))])
        found += [i for i in ids if i not in found]
    return found


def resolve(store, query: NamedQuery, given: dict) -> dict:
    """A named query's parameters as they are sent: bound (:meth:`NamedQuery.bind`), the
    review named by ``report`` resolved to its id, organisation and service names to the ids
    they mean. LookupError with the closest names when a name means nothing stored."""
    bound = query.bind(given)
    if isinstance(bound.get("report"), str) and bound["report"]:
        bound["report"] = resolve_report(store, bound["report"])
    if "org" in bound and bound["org"] not in ("", [], None):
        bound["org"] = resolve_organisations(store, bound["org"])
    elif "org" in bound:  # every body: [""] (an empty list has no type in the embedded engine)
        bound["org"] = [""]
    if "service" in bound:
        bound["service"] = (resolve_services(store, bound["service"], bound.get("report") or "")
                            if bound["service"] not in ("", [], None) else [""])
    return bound
