"""What happens to a named query's rows after either store returned them, so both stores give
the same cells: lists in a defined order, and the action plan in the shape people fill in.

Engines return ``collect()`` lists in whatever order they met the rows (the Bolt server and
the embedded engine differ), so every list in a named query's cell is put in order here:
paragraph and recommendation numbers as numbers, names alphabetically, except where the
report's own order matters (the addressees of a recommendation, in the order its heading
names them).

>>> natural_sorted(["2.10", "2.9", "10.1", "1.1"])
['1.1', '2.9', '2.10', '10.1']
>>> in_heading_order(["Turning Point", "NHS England"], "NHS England together with Turning Point should")
['NHS England', 'Turning Point']
>>> report_name("Rutland", "2019-10-04")
'Rutland, 4 October 2019'
"""

from __future__ import annotations

import re

#: The action plan's columns as people name them (the CCG's template), from the query's.
ACTION_PLAN_HEADINGS = {
    "recommendation": "Recommendation", "actions_required": "Action required",  # heading, not a label
    "addressed_to": "Addressed to", "accountable_now": "Accountable now",
    "supporting_findings": "Supporting findings",
    "evidence": "Evidence", "lead": "Lead", "deadline": "Deadline", "rag_status": "RAG status",
    "key_dates": "Key dates", "progress_evidence": "Progress evidence",
}


def _natural_key(value) -> tuple:
    text = "" if value is None else str(value)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower())
                 for p in re.split(r"(\d+)", text) if p)


def natural_sorted(values: list) -> list:
    """Numbers inside text compared as numbers: 2.9 before 2.10."""
    return sorted(values, key=_natural_key)


def in_heading_order(names: list[str], heading: str) -> list[str]:
    """Addressees in the order the recommendation's heading names them."""
    from rapidfuzz import fuzz

    def position(name: str):
        short = re.sub(r"\b(NHS|Foundation|Clinical Commissioning Groups?)\b", "", name).strip()
        found = fuzz.partial_ratio_alignment(short or name, heading or "")
        return (found.dest_start if found and found.score >= 70 else 10**6, name)

    return sorted(names, key=position)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def report_name(area: str, published: str) -> str:
    """A report as people name it: area and publication date."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    if not m:
        return area or ""
    return f"{area}, {int(m.group(3))} {_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"


def order_lists(columns: list[str], rows: list[list]) -> list[list]:
    """Every list in a cell in natural order."""
    return [[natural_sorted(v) if isinstance(v, list) else v for v in row] for row in rows]


def action_plan(columns: list[str], rows: list[list]) -> tuple[list[str], list[list]]:
    """The action plan as people fill it in: one row per recommendation, the report named
    "Rutland, 4 October 2019", the recommendation with its number, findings in paragraph
    order one a line, addressees in the report's order."""
    out_columns = ["Report", *ACTION_PLAN_HEADINGS.values()]  # heading, not a label
    out = []
    for row in rows:
        r = dict(zip(columns, row))
        findings = natural_sorted(r["supporting_findings"] or [])
        evidence = sorted(r["evidence"] or [], key=lambda e: _natural_key(e.split(":", 1)[0]))
        addressees = in_heading_order(r["addressed_to"] or [], r["heading"])
        steps = succession_steps(r.get("successions") or [])
        cells = {
            "Report": report_name(r["area"], r["published"]),  # heading, not a label
            "Recommendation": f"{r['recommendation']} {r['item']}",  # heading, not a label
            "Action required": r["actions_required"],
            "Addressed to": "\n".join(addressees),
            "Accountable now": "\n".join(now_accountable(a, steps) for a in addressees),
            "Supporting findings": "\n".join(findings),
            "Evidence": "\n\n".join(evidence),
            "Lead": r["lead"], "Deadline": r["deadline"], "RAG status": r["rag_status"],
            "Key dates": r["key_dates"], "Progress evidence": r["progress_evidence"],
        }
        out.append([cells[c] for c in out_columns])
    return out_columns, out


def succession_steps(cells: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """Successions as the named queries give them ("from|to id|to name|how known") as the
    steps :func:`clasgraph.graph.lineage.accountable_now` follows."""
    from clasgraph.graph.lineage import steps_of

    return steps_of([c.split("|", 3) for c in cells if c and c.count("|") >= 3])


def now_accountable(named: str, steps: dict) -> str:
    """The body accountable now for what was addressed to ``named``: itself when no body took
    over from it, else each body at the end of its successions, with how that is known.

    >>> steps = succession_steps(["A CCG|B ICB|B ICB|lineage file ccg.csv"])
    >>> now_accountable("A CCG", steps), now_accountable("C Trust", steps)
    ('B ICB (succeeded A CCG: lineage file ccg.csv)', 'C Trust')
    """
    from clasgraph.graph.lineage import accountable_now

    ends = accountable_now(named, steps)
    if not ends:
        return named
    return "; ".join(f"{name} (succeeded {named}: "
                     + ", then ".join(dict.fromkeys(step[2] for step in chain)) + ")"
                     for _, name, chain in ends)


def accountable_rows(rows: list[dict]) -> list[dict]:
    """Rows of the named query accountable-now with the body accountable now and how that is
    known (the successions followed, each stated by a review or from a lineage file)."""
    from clasgraph.graph.lineage import accountable_now

    out = []
    for r in rows:
        steps = succession_steps(r.get("successions") or [])
        ends = accountable_now(r["organisation_id"], steps)
        out.append({**r, "named_as": "; ".join(r.get("named_as") or []),
                    "accountable_now": "; ".join(name for _, name, _ in ends) or r["organisation"],
                    "how_known": "; ".join(" -> ".join(f"{s[1]} ({s[2]})" for s in chain)
                                           for _, _, chain in ends) or "no succession known"})
    return out


def _repeat_rows(columns, rows):
    from clasgraph.graph.compare import repeat_rows

    return repeat_rows(columns, rows)


FINISHERS = {"action-plan": action_plan, "repeated-findings": _repeat_rows}


def finish(name: str | None, columns: list[str], rows: list[list]) -> tuple[list[str], list[list]]:
    """A named query's rows as clasgraph shows them (ad hoc queries are left as they came)."""
    if not name:
        return columns, rows
    rows = order_lists(columns, rows)
    if name in FINISHERS:
        return FINISHERS[name](columns, rows)
    return columns, rows
