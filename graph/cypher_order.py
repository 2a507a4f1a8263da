"""Neo4j's rule for ``ORDER BY`` after ``RETURN … AS x``: ``x`` is the projected value, even
when a variable of the same name was bound before (``RETURN f.number AS f ORDER BY f`` sorts
by the number). LadybugDB takes ``f`` for the node and refuses ("Order by NODE is not
supported"). :func:`order_by_projection` rewrites such a query so the embedded store follows
Neo4j: the projection moves into a ``WITH`` under fresh names, and ``RETURN`` gives them
their names back, so the columns are the same.

>>> print(order_by_projection("MATCH (f:Finding) RETURN f.number AS f ORDER BY f LIMIT 3"))
MATCH (f:Finding) WITH f.number AS __o0 RETURN __o0 AS f ORDER BY __o0 LIMIT 3
>>> q = "MATCH (f:Finding) RETURN f.number AS n ORDER BY n"
>>> order_by_projection(q) == q   # nothing shadowed: left as written
True
"""

from __future__ import annotations

import re

from clasgraph.graph.cypher import _mask

_RETURN = re.compile(r"\bRETURN\s+(DISTINCT\s+)?", re.IGNORECASE)
_ORDER = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_TAIL = re.compile(r"\b(SKIP|LIMIT)\b", re.IGNORECASE)
_AS = re.compile(r"^(.*?)\s+AS\s+(`[^`]+`|\w+)\s*$", re.IGNORECASE | re.DOTALL)


def _split_top(text: str, masked: str) -> list[tuple[int, int]]:
    """Spans of the comma-separated items of ``text`` at bracket depth 0."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(masked):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            spans.append((start, i))
            start = i + 1
    spans.append((start, len(text)))
    return spans


def order_by_projection(query: str) -> str:
    masked = _mask(query)
    if re.search(r"\bUNION\b", masked, re.IGNORECASE):
        return query
    returns = list(_RETURN.finditer(masked))
    if not returns:
        return query
    ret = returns[-1]
    order = _ORDER.search(masked, ret.end())
    if not order:
        return query
    tail = _TAIL.search(masked, order.end())
    order_end = tail.start() if tail else len(query.rstrip().rstrip(";"))
    proj, proj_masked = query[ret.end():order.start()], masked[ret.end():order.start()]
    before = masked[:ret.start()]
    items = []
    for a, b in _split_top(proj, proj_masked):
        text, text_masked = proj[a:b].strip(), proj_masked[a:b].strip()
        m = _AS.match(text_masked)
        if m:
            items.append((text[:m.end(1)].strip(), text[m.start(2):m.end(2)]))
        else:
            items.append((text, f"`{text}`" if not re.fullmatch(r"\w+", text) else text))
    shadowing = [alias for _, alias in items
                 if re.fullmatch(r"\w+", alias)
                 and re.search(rf"(?<![.$:\w]){re.escape(alias)}\b", before)
                 and re.search(rf"(?<![.$:\w]){re.escape(alias)}\b(?!\s*\.)",
                               masked[order.end():order_end])]
    if not shadowing or any(expr == "*" for expr, _ in items):
        return query
    fresh = {alias: f"__o{i}" for i, (_, alias) in enumerate(items)}
    order_text = query[order.end():order_end]
    order_masked = masked[order.end():order_end]
    for expr, alias in items:
        pattern = rf"(?<![.$:\w]){re.escape(alias)}\b(?!\s*\.)" if re.fullmatch(r"\w+", alias) \
            else re.escape(alias)
        spans = [m.span() for m in re.finditer(pattern, order_masked)]
        for s, e in reversed(spans):
            order_text = order_text[:s] + fresh[alias] + order_text[e:]
            order_masked = order_masked[:s] + fresh[alias] + order_masked[e:]
    distinct = "DISTINCT " if ret.group(1) else ""
    with_part = ", ".join(f"{expr} AS {fresh[alias]}" for expr, alias in items)
    return_part = ", ".join(f"{fresh[alias]} AS {alias}" for _, alias in items)
    rest = query[order_end:]
    return (f"{query[:ret.start()]}WITH {distinct}{with_part} RETURN {return_part} "
            f"ORDER BY {order_text.strip()}{' ' if rest.strip() else ''}{rest.strip()}")
