"""The resolver between extraction and the store: one body named by several reports gets one id.

Each report is read on its own, and an organisation's id is the slug of its name's key
(:func:`clasgraph.ingest.organisations.org_id`), so "Greyfriars Mental Health NHS Foundation
Trust" in one report and "Grey Friars Mental Health NHS FT" in another would be two bodies.
Before a report is written, :func:`resolve_bodies` gives each of its organisations that the
reports support as a body already known (the store's, and those of the earlier reports of the
same ingest) the known body's id; the report's own spelling stays on the node, so the merged
organisation keeps it as an alias (:func:`clasgraph.graph.builder.merge_attrs`) and every
relationship the report states still cites the report and its sentence.

The rule (:func:`clasgraph.ingest.organisations.same_body`): names of two words or more, of
kinds that can be one body's, whose keys are equal once spaces between words are ignored, or
two councils of one place and tier. A one-word name or abbreviation ("GMH", "Greyfriars")
never decides; a renamed body ("took the name") is a succession, never a merge.

Which id wins: the known one (the store's, or that of the earlier report of the ingest); of
several known bodies that fit, the one whose name's key is the same as the new name's, then the
alphabetically first id. The same records and the same known bodies give the same answer.

>>> known = KnownBodies([("greyfriars-mental-health-trust", "Greyfriars Mental Health NHS Foundation Trust", "nhs-trust", [])])
>>> known.find("Grey Friars Mental Health NHS FT", "nhs-trust")
'greyfriars-mental-health-trust'
>>> known.find("St Albans Council", "local-authority") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

from clasgraph.graph.schema import Label


@dataclass(frozen=True)
class Merge:
    """A body of a report taken as one already known: the report, the name it used, the known
    id and the known name."""

    report_id: str
    name: str
    id: str
    known_as: str

    def __str__(self) -> str:
        return f"{self.report_id}: {self.name!r} taken as the known body {self.known_as!r} ({self.id})"


class KnownBodies:
    """A small index of the organisations already known: id, name, kind and aliases, looked up
    by the keys of :func:`~clasgraph.ingest.organisations.same_body` (no scan of the bodies)."""

    def __init__(self, rows=()):
        self.bodies: dict[str, tuple[str, str, tuple[str, ...]]] = {}
        self._joined: dict[str, list[tuple[str, str, str]]] = {}
        self._councils: dict[str, list[tuple[str, str, str]]] = {}
        self._short: dict[tuple[str, str], set[str]] = {}  # (area, short name) -> the bodies named so there
        self._gazetteer: list | None = None
        for row in rows:
            self.add(*row)

    def add(self, body_id: str, name: str, kind: str, aliases=(), areas=()) -> None:
        """Know one more body (or more names of one already known); ``areas``: the areas of the
        reports that name it, where its short names are known."""
        from clasgraph.ingest.organisations import _council_key, is_abbreviation, joined_key

        self._gazetteer = None
        old = self.bodies.get(body_id, ("", "", ()))
        names = [n for n in dict.fromkeys([old[0], *old[2], name, *aliases]) if n]
        shown = min([n for n in (old[0], name) if n] or [""], key=lambda n: (-len(n), n))  # as merge_attrs
        self.bodies[body_id] = (shown, kind or old[1], tuple(n for n in names if n != shown))
        for each in (name, *aliases):
            if each and is_short_name(each) and not is_abbreviation(shown):
                for area in areas:
                    self._short.setdefault((area_key(area), each), set()).add(body_id)
            if not each or is_abbreviation(each):
                continue
            entry = (body_id, each, kind)
            for index, key in ((self._joined, joined_key(each)), (self._councils, _council_key(each))):
                if key and entry not in index.setdefault(key, []):
                    index[key].append(entry)

    def find(self, name: str, kind: str) -> str | None:
        """The id of the known body this name (of this kind) is, or None."""
        from clasgraph.ingest.organisations import (
            _council_key,
            is_abbreviation,
            joined_key,
            name_key,
            same_body,
        )

        if is_abbreviation(name):
            return None
        candidates = [*self._joined.get(joined_key(name), ()),
                      *(self._councils.get(_council_key(name), ()) if kind == "local-authority" else ())]
        fits = {(name_key(known) != name_key(name), body_id) for body_id, known, known_kind in candidates
                if same_body(name, kind, known, known_kind)}
        return min(fits)[1] if fits else None

    def find_short(self, short: str, area: str) -> str | None:
        """The id of the one known body that reports of ``area`` call by the short name
        ``short`` (a capitalised abbreviation, "SSH"), or None where none or several are.

        >>> known = KnownBodies()
        >>> known.add("sunbright-sexual-health-cic", "Sunbright Sexual Health CIC", "social-enterprise", ["SSH"], ["Wendlesham"])
        >>> known.find_short("SSH", "Wendlesham"), known.find_short("SSH", "Tollbridge")
        ('sunbright-sexual-health-cic', None)
        """
        found = self._short.get((area_key(area), short), set()) if area else set()
        return next(iter(found)) if len(found) == 1 else None

    def copy(self) -> KnownBodies:
        """Another index of the same bodies (adding to it leaves this one as it is)."""
        other = KnownBodies()
        other.bodies = dict(self.bodies)
        other._joined = {k: list(v) for k, v in self._joined.items()}
        other._councils = {k: list(v) for k, v in self._councils.items()}
        other._short = {k: set(v) for k, v in self._short.items()}
        return other

    def gazetteer(self) -> list[tuple[str, str]]:
        """(name, kind) of every known name of two words or more: what extraction recognises as a
        body in a later report even where the report's words alone would not say so."""
        from clasgraph.ingest.organisations import is_abbreviation, without_ending

        if self._gazetteer is None:
            self._gazetteer = sorted({(form, kind) for name, kind, aliases in self.bodies.values()
                                      for n in (name, *aliases) if not is_abbreviation(n)
                                      for form in {n, without_ending(n)} if form})
        return self._gazetteer


def area_key(area: str) -> str:
    """An area's name as compared across reports ("Bath and North East Somerset" and "Bath &
    North East Somerset" are one area)."""
    from clasgraph.ingest.organisations import name_key

    return name_key(area)


def report_area(records) -> str:
    """The area of the report whose records these are ("" where none is given)."""
    return next((n.props.get("area", "") for n in records.nodes if n.label == Label.REPORT), "")


def resolve_bodies(records_list, known: KnownBodies):
    """(records, merges): each report's records with its organisations that are known bodies
    (:class:`KnownBodies`, growing report by report in the order given) under the known ids,
    and what was merged. A body a report names only by a short name ("SSH") is the known body
    that reports of the same area, and only one, call so (:meth:`KnownBodies.find_short`): a
    later review may name an ended body by the short name the earlier review defined. The
    records given are not changed."""
    out, merges = [], []
    for records in records_list:
        renamed: dict[str, str] = {}
        own = {n.id for n in records.nodes if n.label == Label.ORGANISATION}
        area = report_area(records)
        for node in records.nodes:
            if node.label != Label.ORGANISATION or node.id in known.bodies:
                continue
            kind = node.props.get("kind", "")
            for name in (node.props.get("name", ""), *node.props.get("aliases", [])):
                found = known.find(name, kind) or (known.find_short(name, area) if _only_short(node) else None)
                if found and found not in own and found not in renamed.values():
                    renamed[node.id] = found
                    merges.append(Merge(records.report_id, node.props.get("name", ""), found,
                                        known.bodies[found][0]))
                    break
        records = renamed_records(records, renamed) if renamed else records
        for node in records.nodes:
            if node.label == Label.ORGANISATION:
                known.add(node.id, node.props.get("name", ""), node.props.get("kind", ""),
                          node.props.get("aliases", []), [area] if area else [])
        out.append(records)
    return out, merges


def is_short_name(name: str) -> bool:
    """Whether a name is a short name of capitals ("SSH"): one a later review of the area may
    name a body by alone (:meth:`KnownBodies.find_short`)."""
    from clasgraph.ingest.organisations import is_abbreviation

    return is_abbreviation(name) and name.isupper()


def _only_short(node) -> bool:
    """Whether a report names an organisation by a short name of capitals alone ("SSH")."""
    return all(is_short_name(n) for n in (node.props.get("name", ""), *node.props.get("aliases", [])) if n)


def renamed_records(records, renamed: dict[str, str]):
    """A copy of a report's records with the nodes of ``renamed`` (old id -> new id) under their
    new ids, and every relationship pointing at them."""
    from clasgraph.ingest.records import ReportRecords

    out = ReportRecords(records.report_id, warnings=list(records.warnings), misses=list(records.misses),
                        known_bodies=list(records.known_bodies))
    for node in records.nodes:
        props = {k: v for k, v in node.props.items() if k != "id"}
        out.node(node.label, renamed.get(node.id, node.id), **props)
    for e in records.edges:
        out.edge(e.type, renamed.get(e.source, e.source), renamed.get(e.target, e.target),
                 **{k: v for k, v in e.props.items() if k != "report_id"})
    return out


def known_rows(parts_orgs) -> list[tuple[str, str, str, list[str], list[str]]]:
    """(id, name, kind, aliases, areas) rows from ``({id: [name, kind, aliases]}, area)`` pairs
    (one per stored part: its organisations and its report's area), each body once, its names
    merged as the stores merge them."""
    merged: dict[str, dict] = {}
    areas: dict[str, set[str]] = {}
    from clasgraph.graph.builder import merge_attrs

    for orgs, area in parts_orgs:
        for body_id, (name, kind, aliases) in orgs.items():
            attrs = {"label": Label.ORGANISATION, "name": name, "kind": kind, "aliases": list(aliases)}
            if body_id in merged:
                merge_attrs(merged[body_id], attrs)
            else:
                merged[body_id] = attrs
            areas.setdefault(body_id, set()).update([area] if area else [])
    return [(i, a["name"], a["kind"], a["aliases"], sorted(areas[i])) for i, a in sorted(merged.items())]


def known_in_graph(graph) -> KnownBodies:
    """The organisations of a NetworkX graph (a store of the first format, read whole)."""
    return KnownBodies((n, d.get("name", ""), d.get("kind", ""), d.get("aliases", []))
                       for n, d in sorted(graph.nodes(data=True)) if d.get("label") == Label.ORGANISATION)


#: What a Bolt store is asked for its organisations (:meth:`Neo4jStore.known_bodies`).
KNOWN_CYPHER = ("MATCH (o:Organisation) RETURN o.id AS id, o.name AS name, o.kind AS kind, "
                "o.aliases AS aliases ORDER BY id")
#: And for the areas of the reports that name a body by a short name of capitals ("SSH"):
#: where a later review's short name alone finds the body (:meth:`KnownBodies.find_short`).
KNOWN_AREAS_CYPHER = ("MATCH (o:Organisation)-[x]-() WHERE x.report_id IS NOT NULL "
                      "AND any(n IN coalesce(o.aliases, []) WHERE n = toUpper(n) AND NOT n CONTAINS ' ') "
                      "WITH DISTINCT o.id AS id, x.report_id AS rid "
                      "MATCH (r:Report)-[:REVIEWS]->(a:Area) WHERE r.id = rid "
                      "RETURN id, collect(DISTINCT a.name) AS areas ORDER BY id")


def names_known_elsewhere(records, known: KnownBodies, before: set[str]) -> bool:
    """Whether the text of a report (its :attr:`phrase_keys`) may name a body ``known`` knows
    that it did not recognise and that ``before`` (the gazetteer it was read with) did not
    hold: then reading it again with ``known``'s gazetteer may find more."""
    from clasgraph.ingest.organisations import plain

    own = {plain(n) for node in records.nodes if node.label == Label.ORGANISATION
           for n in (node.props.get("name", ""), *node.props.get("aliases", []))}
    return any(name not in before and plain(name) not in own and plain(name) in records.phrase_keys
               for name, _ in known.gazetteer())


def read_again_with_batch(results, read, known: KnownBodies):
    """(path, records or error) for each file, each report having been read knowing the bodies
    of the reports before it, as if each had been ingested after them. ``results``: each file
    read with the gazetteer of ``known`` (the store's bodies); the reports whose text may name
    a body that only an earlier report of the batch names are read again, together, by
    ``read({path: gazetteer})`` (returning a dict path -> records or error), each with the
    bodies of the store and of the reports before it (as they were first read). Recognising a
    body is all this changes: which id a body takes is decided afterwards, report by report in
    the order given (:func:`resolve_bodies`). ``known`` is not changed."""
    names = {n for n, _ in known.gazetteer()}
    growing = known.copy()
    again = {}
    for path, rec in results:
        if isinstance(rec, Exception):
            continue
        if names_known_elsewhere(rec, growing, names):
            again[path] = growing.gazetteer()
        for node in rec.nodes:
            if node.label == Label.ORGANISATION:
                growing.add(node.id, node.props.get("name", ""), node.props.get("kind", ""),
                            node.props.get("aliases", []))
    read_now = read(again) if again else {}
    return [(path, read_now.get(path, rec)) for path, rec in results]
