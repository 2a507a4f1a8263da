"""Lineage: which body took over from which, and so who is accountable now for what a review
addressed to a body that has since merged, been renamed or been abolished.

Successions (``SUCCEEDED_BY``) come from two places and are never confused:

- stated by a review ("merged to form", "formerly", "transferred to", "became part of"),
  read at ingest: the relationship's ``report_id`` names the review;
- a lineage file the user imports (``clasgraph lineage import FILE.csv``): the relationship
  has ``basis = "lineage"``, ``source`` = the file's name, no ``report_id`` (no review says it).

A lineage file is CSV, UTF-8, with a header row naming at least ``predecessor``,
``successor``, ``date`` and ``reason``; ``predecessor_code`` and ``successor_code`` (ODS codes)
may be added. Predecessor and successor are names or ODS codes; a code is read as the body of
that code where the file's own code columns name it. Dates
are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (or empty).

>>> rows = parse_lineage("predecessor,successor,date,reason\\nOld Trust,New Trust,2016-04-01,merger\\n", "l.csv")
>>> [(r.predecessor, r.successor, r.date, r.row) for r in rows]
[('Old Trust', 'New Trust', '2016-04-01', 2)]
>>> try:
...     parse_lineage("predecessor,successor\\nA,B\\n", "l.csv")
... except LineageError as exc:
...     print(exc)
l.csv: row 1: the header must name the columns predecessor, successor, date, reason (missing: date, reason)
>>> steps = {"a": [("b", "B", "2016")], "b": [("c", "C", "2022")]}
>>> [(i, [s[0] for s in chain]) for i, _, chain in accountable_now("a", steps)]
[('c', ['b', 'c'])]
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

REQUIRED = ("predecessor", "successor", "date", "reason")
CODES = ("predecessor_code", "successor_code")
#: The value ``basis`` takes on a succession read from a lineage file.
LINEAGE = "lineage"
#: A value that can only be a code (no spaces, 3 to 6 capitals and digits, at least one digit).
_CODE = re.compile(r"(?=.*\d)[A-Z0-9]{3,6}")
#: How far a chain of successions is followed (a merger of a merger of ...).
MAX_STEPS = 8


class LineageError(ValueError):
    """A lineage file that cannot be read: one line naming the file, the row and the problem."""


@dataclass
class Succession:
    predecessor: str
    successor: str
    date: str
    reason: str
    row: int
    predecessor_code: str = ""
    successor_code: str = ""


def _check_date(text: str) -> bool:
    for form, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(text) == size:
            try:
                from datetime import datetime

                datetime.strptime(text, form)
                return True
            except ValueError:
                return False
    return False


def parse_lineage(text: str, name: str) -> list[Succession]:
    """The successions of a lineage file's text; :class:`LineageError` names the first bad row."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise LineageError(f"{name}: row 1: the file is empty; it needs a header row "
                           f"({', '.join(REQUIRED)})") from None
    except csv.Error as exc:
        raise LineageError(f"{name}: row 1: not CSV ({exc})") from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise LineageError(f"{name}: row 1: the header must name the columns {', '.join(REQUIRED)} "
                           f"(missing: {', '.join(missing)})")
    out: list[Succession] = []
    seen: set[tuple[str, str]] = set()
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise LineageError(f"{name}: row {number}: {len(cells)} fields where the header "
                                   f"has {len(header)}")
            row = {h: c.strip() for h, c in zip(header, cells)}
            for column in ("predecessor", "successor"):
                if not row[column]:
                    raise LineageError(f"{name}: row {number}: no {column}")
            if row["date"] and not _check_date(row["date"]):
                raise LineageError(f"{name}: row {number}: date {row['date']!r} is not YYYY-MM-DD, "
                                   "YYYY-MM or YYYY")
            if row["predecessor"].casefold() == row["successor"].casefold():
                raise LineageError(f"{name}: row {number}: {row['predecessor']!r} cannot succeed itself")
            key = (row["predecessor"].casefold(), row["successor"].casefold())
            if key in seen:
                continue
            seen.add(key)
            out.append(Succession(row["predecessor"], row["successor"], row["date"], row["reason"],
                                  number, row.get("predecessor_code", ""), row.get("successor_code", "")))
    except csv.Error as exc:
        raise LineageError(f"{name}: row {reader.line_num}: not CSV ({exc})") from None
    return out


def read_lineage(path: str | Path) -> list[Succession]:
    """The successions of a lineage file (see the module's docstring for its format)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LineageError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    from clasgraph.ingest.readers import word_processor_file

    kind = word_processor_file(path, raw) or ("a workbook (.xlsx)" if raw.startswith(b"PK\x03\x04") else None)
    if kind:  # the words ingest uses for a Word file, with what a lineage file needs
        raise LineageError(f"{path}: is {kind}, which clasgraph does not read as a lineage file: "
                           "save it as CSV UTF-8 (a table in a document: copy it into a spreadsheet "
                           "first) and import that")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise LineageError(f"{path}: row {line}: not UTF-8 text (save the file as CSV UTF-8)") from None
    if "\x00" in text:
        raise LineageError(f"{path}: row 1: a binary file, not CSV text")
    return parse_lineage(text, str(path))


def known_codes(rows: list[Succession]) -> dict[str, str]:
    """ODS code -> name, from the file's code columns."""
    codes: dict[str, str] = {}
    for r in rows:
        for code, value in ((r.predecessor_code, r.predecessor), (r.successor_code, r.successor)):
            if code and not _CODE.fullmatch(value):
                codes[code.upper()] = value
    return codes


class OrgNames:
    """Names, aliases and ids of the organisations a store holds, compared as reports name
    them (case, "&"/"and", "NHS", "CCG" = "Clinical Commissioning Group")."""

    def __init__(self, rows):
        from clasgraph.ingest.organisations import name_key

        self.by_key: dict[str, tuple[str, str, str]] = {}
        self.by_id: dict[str, tuple[str, str, str]] = {}
        for oid, name, kind, aliases in rows:
            org = (oid, name or oid, kind or "")
            self.by_id[oid] = org
            for n in (name or "", *(aliases or [])):
                if n:
                    self.by_key.setdefault(name_key(n), org)

    def find(self, name: str) -> tuple[str, str, str] | None:
        from clasgraph.ingest.organisations import name_key, org_id

        return self.by_id.get(name) or self.by_key.get(name_key(name)) or self.by_id.get(org_id(name))


def org_kind(name: str) -> str:
    """The kind of a body named in a lineage file.

    >>> org_kind("NHS Devon Integrated Care Board"), org_kind("NHS Devon CCG")
    ('icb', 'ccg')
    """
    from clasgraph.ingest.organisations import kind_of

    return "icb" if re.search(r"\bintegrated care board\b|\bICB\b", name, re.IGNORECASE) else kind_of(name)


def resolve(value: str, codes: dict[str, str], stored: OrgNames, where: str) -> tuple[str, str, str]:
    """(id, name, kind) of the body a lineage cell names: a stored organisation (by id, name or
    alias), else the body of a known ODS code, else a new organisation of that name."""
    from clasgraph.ingest.organisations import org_id

    found = stored.find(value)
    if found:
        return found
    if _CODE.fullmatch(value):
        if value.upper() not in codes:
            raise LineageError(f"{where}: {value!r} looks like an ODS code clasgraph does not know: "
                               "give the name, or the code in the predecessor_code/successor_code "
                               "column of a row that names it")
        value = codes[value.upper()]
        found = stored.find(value)
        if found:
            return found
    return org_id(value), value, org_kind(value)


def part_key(source: str) -> str:
    """The store part that holds one lineage file's successions (a new import replaces it)."""
    return f"lineage:{source}"


def lineage_records(rows: list[Succession], source: str, stored: OrgNames, codes: dict[str, str],
                    name: str):
    """The successions of a lineage file as records for a store: the organisations they join
    (stored ones as stored) and one SUCCEEDED_BY each, marked as the file's, never a review's.
    A file whose successions would go round in a circle is refused, naming the row."""
    from clasgraph.ingest.records import Edge, ReportRecords

    rec = ReportRecords(part_key(source))
    steps: dict[str, set[str]] = {}
    for r in rows:
        where = f"{name}: row {r.row}"
        old = resolve(r.predecessor, codes, stored, where)
        new = resolve(r.successor, codes, stored, where)
        if old[0] == new[0]:
            raise LineageError(f"{where}: {r.predecessor!r} and {r.successor!r} are the same body")
        if _reaches(steps, new[0], old[0]):
            raise LineageError(f"{where}: {r.predecessor!r} -> {r.successor!r} closes a circle of "
                               "successions")
        steps.setdefault(old[0], set()).add(new[0])
        for oid, oname, kind in (old, new):
            rec.node("Organisation", oid, name=oname, kind=kind, aliases=[])
        codes_note = "".join(f" ({c})" for c in (r.predecessor_code,) if c)
        evidence = (f"{r.predecessor}{codes_note} -> {r.successor}"
                    + (f" ({r.successor_code})" if r.successor_code else "")
                    + (f" on {r.date}" if r.date else "") + (f": {r.reason}" if r.reason else ""))
        # built directly: no report states it, so it has no report_id
        rec.edges.append(Edge("SUCCEEDED_BY", old[0], new[0], {
            "report_id": "", "paragraph": f"{source} row {r.row}", "evidence": evidence,
            "basis": LINEAGE, "source": source, "date": r.date, "reason": r.reason}))
    return rec


def _reaches(steps: dict[str, set[str]], start: str, goal: str) -> bool:
    todo, seen = [start], set()
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(steps.get(node, ()))
    return False


#: Every succession the store holds, how it is known (a review's statement or a lineage file)
#: and where (the review and paragraph, or the file and row); ``$org`` narrows it to the
#: successions of or to one body ('' for all).
SUCCESSIONS_CYPHER = """
MATCH (a:Organisation)-[s:SUCCEEDED_BY]->(b:Organisation)
WHERE '' IN $org OR a.id IN $org OR b.id IN $org
OPTIONAL MATCH (rep:Report) WHERE rep.id = s.report_id
RETURN a.id AS predecessor_id, a.name AS predecessor, b.id AS successor_id, b.name AS successor,
       CASE WHEN s.basis = 'lineage' THEN s.date ELSE coalesce(s.date, '') END AS date,
       coalesce(s.reason, '') AS reason,
       CASE WHEN s.basis = 'lineage' THEN 'lineage file' ELSE 'stated by the review' END AS basis,
       CASE WHEN s.basis = 'lineage' THEN s.source ELSE s.report_id END AS source,
       coalesce(rep.published, '') AS review_published, s.paragraph AS paragraph,
       s.evidence AS evidence
ORDER BY predecessor, successor, basis, source, paragraph
"""
#: Every organisation (for resolving names).
ORGS_CYPHER = "MATCH (o:Organisation) RETURN o.id AS id, o.name AS name, o.kind AS kind, o.aliases AS aliases"


def write_lineage(store, records, source: str) -> None:
    """Put one lineage file's successions into a store, replacing an earlier import of the same
    file, in one transaction: the embedded store keeps them as a part of their own; a Bolt
    store takes one statement (the Store protocol's write query), so a failure leaves it as it
    was."""
    from clasgraph.graph.builder import edge_attrs, node_attrs
    from clasgraph.graph.store import EmbeddedStore

    if isinstance(store, EmbeddedStore):
        store.ingest([records])
        return
    orgs = []
    for n in records.nodes:
        attrs = node_attrs(n.label, n.props)
        attrs.pop("label")
        orgs.append(attrs)
    rels = [{"s": e.source, "t": e.target,
             "p": {k: v for k, v in edge_attrs(e.type, e.key, e.props).items() if k != "type"}}
            for e in records.edges]
    _, before = store.query("MATCH (a)-[s:SUCCEEDED_BY]->(b) WHERE s.basis = $basis AND "
                            "s.source = $source RETURN a.id AS a, b.id AS b",
                            {"basis": LINEAGE, "source": source})
    named = sorted({i for pair in before for i in pair})
    store.query(
        "OPTIONAL MATCH ()-[old:SUCCEEDED_BY]->() WHERE old.basis = $basis AND old.source = $source "
        "DELETE old "
        "WITH count(*) AS dropped "
        "UNWIND $orgs AS o MERGE (n:Organisation {id: o.id}) "
        "ON CREATE SET n.name = o.name, n.kind = o.kind, n.aliases = o.aliases "
        "WITH count(*) AS merged "
        "UNWIND $rels AS r MATCH (a:Organisation {id: r.s}) MATCH (b:Organisation {id: r.t}) "
        "CREATE (a)-[e:SUCCEEDED_BY]->(b) SET e = r.p "
        "WITH count(*) AS created "  # bodies only an earlier import of the file named go with it
        "OPTIONAL MATCH (n:Organisation) WHERE n.id IN $named AND NOT (n)--() DELETE n",
        {"basis": LINEAGE, "source": source, "orgs": orgs, "rels": rels, "named": named}, write=True)


def steps_of(rows) -> dict[str, list[tuple[str, str, str]]]:
    """{predecessor id: [(successor id, successor name, basis), ...]} from rows of
    (predecessor id, successor id, successor name, basis)."""
    steps: dict[str, list[tuple[str, str, str]]] = {}
    for old, new, name, basis in rows:
        entry = (new, name, basis)
        if entry not in steps.setdefault(old, []):
            steps[old].append(entry)
    for entries in steps.values():
        entries.sort()
    return steps


def accountable_now(org: str, steps: dict[str, list[tuple]]) -> list[tuple[str, str, list]]:
    """The bodies accountable today for what was addressed to ``org``: the ends of its chains of
    successions, each as (id, name, the steps that lead there); ``[]`` when none took over.
    A circle (two statements that contradict each other) stops where it would turn back."""
    ends: list[tuple[str, str, list]] = []

    def walk(node: str, chain: list, seen: frozenset) -> None:
        nxt = [s for s in steps.get(node, []) if s[0] not in seen]
        if not nxt or len(chain) >= MAX_STEPS:
            if chain and all(e[0] != node for e in ends):
                ends.append((node, chain[-1][1], chain))
            return
        for step in nxt:
            walk(step[0], [*chain, step], seen | {step[0]})

    walk(org, [], frozenset({org}))
    return ends

