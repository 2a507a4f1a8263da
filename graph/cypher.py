"""Cypher as users write it (Neo4j's dialect): read-only checks, parameters, and the
translation the embedded engine (LadybugDB) needs to give the same answers.

>>> to_ladybug("MATCH (a)-[r:PART_OF*1..3]->(b) RETURN type(r), labels(b)")
'MATCH (a)-[r:PART_OF* TRAIL 1..3]->(b) RETURN label(r), [label(b)]'
>>> to_ladybug("MATCH p = shortestPath((a {id: 'x'})-[*]-(b)) RETURN length(p)")
"MATCH p = (a {id: 'x'})-[* SHORTEST 1..30]-(b) RETURN length(p)"
>>> parse_param("org=Leicestershire Partnership NHS Trust"), parse_param("n:=3")
(('org', 'Leicestershire Partnership NHS Trust'), ('n', 3))
>>> parse_param("finding=2.2")
('finding', '2.2')
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


class CypherError(Exception):
    """A query that cannot run: syntax, a refused write, or a dialect gap. Exit code 2."""


def _mask(query: str) -> str:
    """The query with string literals, quoted names and comments blanked out."""
    return _LITERAL.sub(lambda m: " " * len(m.group(0)), query)


# -- the read-only check: a small tokenizer and a walk over its tokens -------------------------
#
# A keyword scan over raw text is no boundary (backticked names, comments, unicode escapes and
# column names such as ``AS set`` defeat it), so the query is split into tokens first and only
# reading clauses and the read-only procedures and functions listed here are let through.

#: Clauses a read-only statement may start with (after UNION too).
START_CLAUSES = {"MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"}
#: Keywords that write, administer, read files or run something else: refused wherever they
#: stand as keywords (not as a property, label, map key or a name after AS).
REFUSED_KEYWORDS = {
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY", "LOAD",
    "INSTALL", "UNINSTALL", "FOREACH", "IMPORT", "EXPORT", "ATTACH", "USE", "CHECKPOINT",
    "BEGIN", "COMMIT", "ROLLBACK", "TRANSACTION", "TRANSACTIONS", "FINISH", "INSERT", "UPDATE",
    "GRANT", "REVOKE", "DENY", "TERMINATE", "RENAME", "ENABLE", "PERIODIC", "PROFILE", "EXPLAIN",
}
#: Keywords that may stand before "(" without being a function.
_NOT_FUNCTIONS = {"MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "ORDER", "BY", "SKIP",
                  "LIMIT", "UNION", "AND", "OR", "XOR", "NOT", "IN", "IS", "CASE", "WHEN", "THEN",
                  "ELSE", "END", "DISTINCT", "CONTAINS", "STARTS", "ENDS", "AS", "ASC", "DESC",
                  "ASCENDING", "DESCENDING", "YIELD"}
#: Procedures that only read (compared without backticks, case-folded).
READ_PROCEDURES = {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
                   "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "dbms.components",
                   "show_tables", "table_info", "show_functions", "current_setting"}
_READ_FUNCTION_NAMES = """
abs acos asin atan atan2 avg ceil char_length character_length coalesce collect cos cot count
degrees e exp floor haversin isnan log log10 max min percentilecont percentiledisc pi radians rand
round sign sin sqrt stdev stdevp sum tan
all any none single exists isempty
head last tail size length range reverse reduce keys labels label type id properties nodes
relationships shortestpath allshortestpaths startnode endnode elementid
left right ltrim rtrim trim btrim lower upper tolower toupper replace split substring tostring
tostringornull tointeger tointegerornull tofloat tofloatornull toboolean tobooleanornull
tobooleanlist tofloatlist tointegerlist tostringlist normalize valuetype nullif randomuuid
date datetime localdatetime localtime time duration timestamp
date.truncate datetime.truncate localdatetime.truncate localtime.truncate time.truncate
duration.between duration.inmonths duration.indays duration.inseconds
date.statement datetime.statement date.realtime datetime.realtime
point distance point.distance point.withinbbox
"""
#: Functions that only compute over their arguments (Neo4j's, and LadybugDB's ``label``).
READ_FUNCTIONS = frozenset(_READ_FUNCTION_NAMES.split())

_TOKEN = re.compile(r"""
 (?P<space>\s+)
|(?P<comment>//[^\n]*|/\*.*?\*/)
|(?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
|(?P<quoted>`(?:[^`]|``)*`)
|(?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
|(?P<param>\$(?:\w+|`(?:[^`]|``)*`))
|(?P<word>[^\W\d]\w*)
|(?P<symbol>->|<-|\.\.|<>|<=|>=|=~|\+=|[(){}\[\].,:;|=<>+\-*/%^!?&])
""", re.VERBOSE | re.DOTALL)
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})")
_UNREADABLE = {"'": "a string that is not closed", '"': "a string that is not closed",
               "`": "a name in backticks that is not closed", "\\": "a backslash outside a string",
               "/": "a comment that is not closed"}


def tokens(query: str) -> list[tuple[str, str, int]]:
    """The query's tokens as (kind, text, offset), without spaces and comments.

    >>> [t[1] for t in tokens("MATCH (n) // CREATE\\nRETURN n.`set` AS set")]
    ['MATCH', '(', 'n', ')', 'RETURN', 'n', '.', '`set`', 'AS', 'set']
    """
    out, pos = [], 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m:
            what = _UNREADABLE.get(query[pos], repr(query[pos]))
            raise CypherError(f"cannot read the query at offset {pos}: {what}")
        if m.lastgroup not in ("space", "comment"):
            out.append((m.lastgroup, m.group(), pos))
        pos = m.end()
    return out


def _name(token: tuple[str, str, int]) -> str:
    kind, text, _ = token
    return text[1:-1].replace("``", "`").casefold() if kind == "quoted" else text.casefold()


def _dotted(toks, i: int) -> tuple[str, int]:
    """The dotted name starting at token i (``db.labels``) and the index after it."""
    parts = [_name(toks[i])]
    i += 1
    while i + 1 < len(toks) and toks[i][1] == "." and toks[i + 1][0] in ("word", "quoted"):
        parts.append(_name(toks[i + 1]))
        i += 2
    return ".".join(parts), i


#: Tokens after which a name given with AS is read as that name (``ORDER BY set``).
_EXPECT_VALUE = {",", "(", "[", "=", "<>", "<", ">", "<=", ">=", "BY", "RETURN", "WITH", "WHERE",
                 "AND", "OR", "XOR", "NOT", "IN", "DISTINCT"}


def _is_name(toks, i: int, declared: set[str]) -> bool:
    """Whether the word at i stands as a name: a property, label, map key, a name after AS, or
    such a name used again where a value is expected."""
    before = toks[i - 1][1].upper() if i else ""
    after = toks[i + 1][1] if i + 1 < len(toks) else ""
    if before == "AS":
        declared.add(toks[i][1].casefold())
        return True
    return (before in (".", ":") or after in (":", ".")
            or (toks[i][1].casefold() in declared and before in _EXPECT_VALUE))


def read_only_problems(query: str) -> list[str]:
    """Why a query is not read-only (empty if it only reads).

    >>> read_only_problems("MATCH (o:Organisation) RETURN o.name AS set ORDER BY o.name")
    []
    >>> read_only_problems("MATCH (n) WHERE n.name = 'CREATE' RETURN n")
    []
    >>> read_only_problems("match (n) detach delete n")
    ['DETACH', 'DELETE']
    >>> read_only_problems("CALL `merge`.`node`(['Finding'], {id: 'x'}, {}, {})")
    ['CALL merge.node (not a read-only procedure)']
    """
    problems: list[str] = []
    variants = [query]
    decoded = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    if decoded != query:  # however a server reads unicode escapes, both readings must pass
        variants.append(decoded)
    for text in variants:
        for problem in _problems(tokens(text)):
            if problem not in problems:
                problems.append(problem)
    return problems


def _problems(toks) -> list[str]:
    problems: list[str] = []
    semicolons = [i for i, t in enumerate(toks) if t[1] == ";"]
    if semicolons and semicolons != [len(toks) - 1]:
        problems.append("; (one statement at a time)")
    start, skip_to, declared = True, -1, set()
    for i, (kind, text, _) in enumerate(toks):
        if i < skip_to or text == ";":
            continue
        word = text.upper() if kind == "word" else ""
        if start:
            start = False
            if word not in START_CLAUSES:
                problems.append(f"{text} (a query starts with MATCH, OPTIONAL MATCH, WITH, UNWIND, "
                                "RETURN or CALL of a read-only procedure)")
                continue
        if kind not in ("word", "quoted") or (kind == "word" and _is_name(toks, i, declared)):
            continue
        if word in REFUSED_KEYWORDS:
            problems.append(word)
        elif word == "UNION":
            start = True
            if i + 1 < len(toks) and toks[i + 1][1].upper() == "ALL":
                skip_to = i + 2
        elif word == "CALL":
            if i + 1 < len(toks) and toks[i + 1][0] in ("word", "quoted"):
                name, skip_to = _dotted(toks, i + 1)
                if name not in READ_PROCEDURES:
                    problems.append(f"CALL {name} (not a read-only procedure)")
            else:
                problems.append("CALL { … } (subqueries)")
        elif (i == 0 or toks[i - 1][1] != ".") and word not in _NOT_FUNCTIONS:
            name, after = _dotted(toks, i)
            if after < len(toks) and toks[after][1] == "(" and name not in READ_FUNCTIONS:
                problems.append(f"{name}() (not a read-only function)")
    return problems


def check_read_only(query: str, allow_write: bool) -> str:
    """The query to send; refuses one that is not read-only unless ``allow_write``."""
    if allow_write:
        return query
    problems = read_only_problems(query)
    if problems:
        raise CypherError(
            f"refused: this query is not read-only ({'; '.join(problems)}); queries run "
            "read-only unless --write is given (a name that is a keyword goes in backticks)"
        )
    toks = tokens(query)
    if toks and toks[-1][1] == ";":
        query = query[:toks[-1][2]]
    return query


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
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        raise CypherError(f"--param {text!r}: {value!r} is not valid JSON (use NAME=VALUE for text)") from None
    problem = _number_problem(parsed)
    if problem:
        raise CypherError(f"--param {text!r}: {problem} (use NAME=VALUE to send it as text)")
    return key, parsed


_INT64 = (-(2**63), 2**63 - 1)


def _number_problem(value) -> str | None:
    """What no Cypher database takes in a JSON value: an integer past 64 bits, a number that
    is not finite.

    >>> _number_problem([1, {"a": 123456789012345678901234567890}])
    'the integer 123456789012345678901234567890 does not fit in 64 bits'
    """
    import math

    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    if isinstance(value, int):
        return None if _INT64[0] <= value <= _INT64[1] else f"the integer {value} does not fit in 64 bits"
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{value} is not a finite number"
    items = value.values() if isinstance(value, dict) else value
    return next((p for p in map(_number_problem, items) if p), None)


def _kind(value) -> str:
    """The kind of value LadybugDB types a list by."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "numbers"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "lists"
    if isinstance(value, dict):
        return "maps"
    return "null"


def embedded_param_problem(value) -> str | None:
    """Why LadybugDB cannot take a parameter value as it is (it types a list by its values and
    reads a list of maps as the first map's keys), or None.

    >>> embedded_param_problem([1, "a"]), embedded_param_problem([])
    ('a list mixes numbers and text', 'an empty list has no type')
    >>> embedded_param_problem([{"a": 1}, {"b": 2}])
    'the maps of a list have different keys'
    >>> embedded_param_problem({"a": [[1], [2, 3]], "b": [None, 1.5]}) is None
    True
    """
    if isinstance(value, dict):
        return next((p for p in map(embedded_param_problem, value.values()) if p), None)
    if not isinstance(value, list):
        return None
    if not value:
        return "an empty list has no type"
    kinds = sorted({_kind(v) for v in value} - {"null"})
    if len(kinds) > 1:
        return f"a list mixes {' and '.join(kinds)}"
    if kinds == ["maps"] and len({tuple(sorted(v)) for v in value if v is not None}) > 1:
        return "the maps of a list have different keys"
    if kinds == ["maps"]:
        for key in value[0]:
            problem = embedded_param_problem([v[key] for v in value if v is not None])
            if problem:
                return problem
    return next((p for p in map(embedded_param_problem, value) if p), None)


def check_embedded_params(params: dict | None) -> None:
    """Refuse, in one line, a parameter the embedded store would take wrongly or fail on."""
    for name, value in (params or {}).items():
        problem = embedded_param_problem(value)
        if problem:
            raise CypherError(f"parameter ${name}: {problem}, which the embedded store (LadybugDB) "
                              "cannot take; give a list of one kind of value (maps with the same "
                              "keys), or leave the condition out")


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
    # labels(n)[0] is the one label a node of the embedded store has (Ladybug counts from 1)
    query = _replace_outside_literals(query, _FIRST_LABEL, lambda m, s: f"label({m.group(1)})")
    query = _replace_outside_literals(query, _LABELS, lambda m, s: f"[label({m.group(1)})]")
    return _procedures(query)


_FIRST_LABEL = re.compile(r"\blabels\s*\(\s*(\w+)\s*\)\s*\[\s*0\s*\]", re.IGNORECASE)
#: Neo4j's procedures that list the schema, as LadybugDB's show_tables(): (table type, column).
_SCHEMA_PROCEDURES = {"db.labels": ("NODE", "label"), "db.relationshiptypes": ("REL", "relationshipType")}
_CALL = re.compile(r"\bCALL\s+(db\s*\.\s*(?:labels|relationshipTypes))\s*\(\s*\)"
                   r"(?:\s+YIELD\s+(\w+)(?:\s+AS\s+(\w+))?)?", re.IGNORECASE)


def _procedures(query: str) -> str:
    """``CALL db.labels()`` and ``CALL db.relationshipTypes()`` (with or without YIELD) as
    LadybugDB's ``show_tables()``.

    >>> _procedures("CALL db.labels()")
    "CALL show_tables() WITH name AS label, type WHERE type = 'NODE' RETURN label ORDER BY label"
    >>> _procedures("CALL db.labels() YIELD label AS l RETURN count(l)")
    "CALL show_tables() WITH name AS l, type WHERE type = 'NODE' WITH l RETURN count(l)"
    """
    def call(m, text):
        kind, column = _SCHEMA_PROCEDURES[re.sub(r"\s", "", m.group(1)).casefold()]
        name = m.group(3) or column
        if m.group(2) and m.group(2) != column:
            raise CypherError(f"{m.group(1)}() yields {column}, not {m.group(2)}")
        head = f"CALL show_tables() WITH name AS {name}, type WHERE type = '{kind}'"
        return head + (f" WITH {name}" if m.group(2) else f" RETURN {name} ORDER BY {name}")

    return _replace_outside_literals(query, _CALL, call)


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
