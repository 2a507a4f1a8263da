"""Cypher as users write it (Neo4j's dialect): read-only checks, parameters, and the
translation the embedded engine (LadybugDB) needs to give the same answers.

>>> to_ladybug("MATCH (a)-[r:PART_OF*1..3]->(b) RETURN type(r), labels(b)")
'MATCH (a)-[r:PART_OF* TRAIL 1..3]->(b) RETURN label(r), [label(b)]'
>>> to_ladybug("MATCH p = shortestPath((a {id: 'x'})-[*]-(b)) RETURN length(p)")
"MATCH p = (a {id: 'x'})-[* SHORTEST 1..30]-(b) RETURN length(p)"
>>> writes("MATCH (n) WHERE n.name = 'CREATE' RETURN n")
[]
>>> writes("match (n) detach delete n")
['DELETE', 'DETACH']
>>> parse_param("org=Leicestershire Partnership NHS Trust"), parse_param("n:=3")
(('org', 'Leicestershire Partnership NHS Trust'), ('n', 3))
>>> parse_param("finding=2.2")
('finding', '2.2')
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

WRITE_KEYWORDS = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER",
                  "COPY", "LOAD", "INSTALL", "FOREACH", "IMPORT", "ATTACH")
#: Procedures that only read; any other CALL counts as a write.
READ_PROCEDURES = ("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema",
                   "show_tables", "table_info", "show_functions", "current_setting")

_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


class CypherError(Exception):
    """A query that cannot run: syntax, a refused write, or a dialect gap. Exit code 2."""


def _mask(query: str) -> str:
    """The query with string literals, quoted names and comments blanked out."""
    return _LITERAL.sub(lambda m: " " * len(m.group(0)), query)


def writes(query: str) -> list[str]:
    """The writing keywords a query uses (outside strings and comments)."""
    masked = _mask(query).upper()
    found = sorted({k for k in WRITE_KEYWORDS if re.search(rf"\b{k}\b", masked)})
    for m in re.finditer(r"\bCALL\s+([\w.]+)", masked):
        if m.group(1).lower() not in READ_PROCEDURES:
            found.append(f"CALL {m.group(1)}")
    for m in re.finditer(r"\bCALL\s*\{", masked):
        found.append("CALL {…}")
    return found


def check_read_only(query: str, allow_write: bool) -> None:
    used = writes(query)
    if used and not allow_write:
        raise CypherError(
            f"this query writes ({', '.join(used)}); queries run read-only unless --write is given"
        )


def parse_param(text: str) -> tuple[str, object]:
    """``NAME=text`` gives a string (finding numbers such as 2.2 stay strings);
    ``NAME:=json`` gives a JSON value: a number, list, true/false or null."""
    if "=" not in text:
        raise CypherError(f"--param {text!r}: expected NAME=VALUE or NAME:=JSON")
    key, value = text.split("=", 1)
    typed = key.endswith(":")
    key = key.rstrip(":").strip()
    if not re.fullmatch(r"[A-Za-z_]\w*", key):
        raise CypherError(f"--param {text!r}: {key!r} is not a parameter name")
    if not typed:
        return key, value
    try:
        return key, json.loads(value)
    except ValueError:
        raise CypherError(f"--param {text!r}: {value!r} is not valid JSON (use NAME=VALUE for text)") from None


def _replace_outside_literals(query: str, pattern: re.Pattern, repl) -> str:
    masked = _mask(query)
    out, last = [], 0
    for m in pattern.finditer(masked):
        out.append(query[last:m.start()])
        out.append(repl(m, query[m.start():m.end()]))
        last = m.end()
    out.append(query[last:])
    return "".join(out)


_VARLEN = re.compile(r"\[([^\[\]]*?)\*\s*(?!\s*(?:TRAIL|ACYCLIC|WALK|SHORTEST|ALL\s+SHORTEST))([^\[\]]*)\]",
                     re.IGNORECASE)
_SHORTEST = re.compile(r"\b(all)?shortestPath\s*\(", re.IGNORECASE)
_TYPE = re.compile(r"\btype\s*\(", re.IGNORECASE)
_LABELS = re.compile(r"\blabels\s*\(\s*(\w+)\s*\)", re.IGNORECASE)
_UNSUPPORTED = {
    re.compile(r"\bstartNode\s*\(", re.IGNORECASE): "startNode(r): match the pattern with a named start node instead",
    re.compile(r"\bendNode\s*\(", re.IGNORECASE): "endNode(r): match the pattern with a named end node instead",
    re.compile(r"\belementId\s*\(", re.IGNORECASE): "elementId(n): use n.id, every node has one",
}


def _varlen(m: re.Match, original: str) -> str:
    inner = original[1:-1]
    star = inner.index("*")
    head, tail = inner[:star], inner[star + 1:].strip()
    if not tail:
        tail = "1..30"
    elif tail.startswith(".."):
        tail = "1" + tail
    return f"[{head}* TRAIL {tail}]"


def _shortest(query: str) -> str:
    """``shortestPath((a)-[*]-(b))`` as Ladybug's ``(a)-[* SHORTEST 1..30]-(b)``."""
    while True:
        m = _SHORTEST.search(_mask(query))
        if not m:
            return query
        depth, i = 1, m.end()
        while i < len(query) and depth:
            depth += {"(": 1, ")": -1}.get(query[i], 0)
            i += 1
        pattern = query[m.end():i - 1]
        mode = "ALL SHORTEST" if m.group(1) else "SHORTEST"
        pattern = re.sub(r"\[([^\[\]]*?)\*\s*([^\[\]]*)\]",
                         lambda v, mode=mode: f"[{v.group(1)}* {mode} {v.group(2).strip() or '1..30'}]",
                         pattern)
        query = query[:m.start()] + pattern + query[i:]


def to_ladybug(query: str) -> str:
    """Translate Neo4j forms into LadybugDB's, so both give the same rows."""
    masked = _mask(query)
    for pattern, advice in _UNSUPPORTED.items():
        if pattern.search(masked):
            raise CypherError(f"the embedded store does not support {advice}")
    query = _shortest(query)
    # Neo4j never reuses a relationship within one path (trail); Ladybug walks by default.
    query = _replace_outside_literals(query, _VARLEN, _varlen)
    query = _replace_outside_literals(query, _TYPE, lambda m, s: "label(")
    query = _replace_outside_literals(query, _LABELS, lambda m, s: f"[label({m.group(1)})]")
    return query


def plain_value(value):
    """Query results as plain JSON-able Python values, the same from either engine."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        if "_LABEL" in value:  # a Ladybug node or relationship
            props = {k: plain_value(v) for k, v in value.items()
                     if not k.startswith("_") and v is not None}
            if "_SRC" in value:
                return {"type": value["_LABEL"], **props}
            return {"label": value["_LABEL"], **props}
        return {k: plain_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_value(v) for v in value]
    cls = type(value).__name__
    if cls == "Node":  # neo4j.graph.Node
        return {"label": min(value.labels) if value.labels else "",
                **{k: plain_value(v) for k, v in dict(value).items()}}
    if cls == "Relationship":
        return {"type": value.type, **{k: plain_value(v) for k, v in dict(value).items()}}
    if cls == "Path":
        return [plain_value(n) for n in value.nodes]
    return value
