"""Where each node of a map goes: columns, not physics, so that what a reader compares sits
side by side and nothing is drawn over anything else.

Each view puts its nodes in columns (commissioners | services | providers; findings |
recommendations | organisations; one column per report in date order; rings of hops round an
organisation). Within a column nodes are ordered to keep lines short (the mean position of
their neighbours in the column before), and each takes the height its wrapped label needs.
Columns are as far apart as their widest labels need.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); _ = g.add_edge("a", "b"); _ = g.add_edge("c", "b")
>>> pos = layered(g, {"a": 0, "c": 0, "b": 1}, {n: (10, 20, 30) for n in "abc"})
>>> pos["a"][0] == pos["c"][0] < pos["b"][0], pos["a"][1] < pos["c"][1]
(True, True)
"""

from __future__ import annotations

import textwrap

#: Characters per line of a wrapped label; names are wrapped at words, never cut.
WRAP = 24
#: Assumed size of label text in pixels (vis-network's default 14px font, generously).
CHAR_WIDTH, LINE_HEIGHT = 8.5, 18
GAP_X, GAP_Y = 90, 26


def wrap(text: str, width: int = WRAP) -> str:
    """A label broken into lines at spaces; a word longer than a line stays whole.

    >>> wrap("Leicestershire County Council Public Health")
    'Leicestershire County\\nCouncil Public Health'
    """
    return "\n".join(textwrap.wrap(" ".join((text or "").split()), width,
                                   break_long_words=False, break_on_hyphens=False)) or (text or "")


def label_box(label: str) -> tuple[float, float]:
    """Width and height, in pixels, the label is expected to take."""
    lines = label.split("\n") if label else [""]
    return max(len(line) for line in lines) * CHAR_WIDTH + 8, len(lines) * LINE_HEIGHT + 4


def _linked_together(members: list[str], undirected, order: dict) -> list[str]:
    """A column's nodes in their order, except that nodes linked to each other within the column
    ("commissions on behalf of" between two CCGs) come one after another, so the line between
    them crosses no other box (within one group of ``order`` only).

    >>> import networkx as nx
    >>> g = nx.Graph([("a", "b")]); g.add_node("x")
    >>> _linked_together(["a", "x", "b"], g, {})
    ['a', 'b', 'x']
    """
    inside, out = set(members), []
    for n in members:
        stack = [n]
        while stack:
            m = stack.pop()
            if m in out:
                continue
            out.append(m)
            group = order.get(m, ((), ()))[0]
            stack.extend(sorted((k for k in undirected.neighbors(m) if k in inside and k not in out
                                 and order.get(k, ((), ()))[0] == group), reverse=True))
    return out


def layered(graph, columns: dict[str, int], sizes: dict[str, tuple[float, float, float]],
            order: dict[str, tuple] | None = None,
            min_width: dict[int, float] | None = None, gap_x: float = GAP_X,
            gap_y: float = GAP_Y, top_aligned: bool = False) -> dict[str, tuple[float, float]]:
    """(x, y) of each node in ``columns``. ``sizes`` gives each node's (shape size, label
    width, label height); ``order`` each node's (group, key): groups keep their order in a
    column, and within a group nodes start in key order and move to shorten lines.
    ``min_width`` is the width a column needs whatever its nodes (e.g. for its heading);
    ``gap_x`` and ``gap_y`` the room between columns and between nodes of a column;
    ``top_aligned`` starts every column at y = 0 (else columns are centred on y = 0)."""
    order = order or {}
    by_column: dict[int, list[str]] = {}
    for n, c in columns.items():
        by_column.setdefault(c, []).append(n)
    for members in by_column.values():
        members.sort(key=lambda n: (order.get(n, ((), ())), n))
    undirected = graph.to_undirected(as_view=True)
    keys = sorted(by_column)
    # Two sweeps of the barycentre heuristic: left to right, then right to left.
    for sweep in (keys[1:], list(reversed(keys[:-1]))):
        for c in sweep:
            index = {}
            for other in keys:
                if other != c:
                    index.update({n: i for i, n in enumerate(by_column[other])})

            def centre(n, c=c, index=index):
                near = [index[m] for m in undirected.neighbors(n) if m in index and columns.get(m) != c]
                return (sum(near) / len(near)) if near else float("inf")

            first = {n: i for i, n in enumerate(by_column[c])}
            by_column[c].sort(key=lambda n: (order.get(n, ((), ()))[0], centre(n), first[n]))
    for c in keys:
        by_column[c] = _linked_together(by_column[c], undirected, order)
    positions: dict[str, tuple[float, float]] = {}
    x = 0.0
    previous_half = None
    for c in keys:
        half = max([max(sizes[n][1] / 2, sizes[n][0]) for n in by_column[c]]
                   + [(min_width or {}).get(c, 0) / 2])
        if previous_half is not None:
            x += previous_half + half + gap_x
        previous_half = half
        heights = [2 * sizes[n][0] + sizes[n][2] + gap_y for n in by_column[c]]
        y = 0.0 if top_aligned else -sum(heights) / 2
        for n, h in zip(by_column[c], heights):
            positions[n] = (round(x, 1), round(y + sizes[n][0], 1))
            y += h
    return positions
