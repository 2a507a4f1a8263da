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

#: The action plan's columns as people name them: what the review says, then what the
#: provider fills in (queries/formats.py gives these a form: widths, a date, a status list).
ACTION_PLAN_COLUMNS = ["Report", "Recommendation", "Addressed to", "Accountable now",  # heading, not a label
                       "Supporting findings", "What the review found",
                       "Action", "Lead", "Due date", "Status", "Evidence"]
#: The columns a provider fills in, and the statuses an action may have (the first: none yet).
ACTION_PLAN_FILLED_IN = ["Action", "Lead", "Due date", "Status", "Evidence"]
ACTION_STATUSES = ["Not started", "In progress", "Done", "Blocked"]


def _natural_key(value) -> tuple:
    text = "" if value is None else str(value)
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower())
                 for p in re.split(r"(\d+)", text) if p)


def natural_sorted(values: list) -> list:
    """Numbers inside text compared as numbers: 2.9 before 2.10."""
    return sorted(values, key=_natural_key)


def in_heading_order(names: list[str], heading: str) -> list[str]:
    """Addressees in the order the recommendation's heading names them, each found by the
    comparison key every ``--org`` uses (:func:`clasgraph.graph.names.org_key`: "CCG" is
    "Clinical Commissioning Group", "NHS" and "Foundation" do not matter): its name, else the
    longest start of its name, else the closest passage, else the kind it is ("the three
    CCGs"); bodies the heading does not name come last, alphabetically.

    >>> in_heading_order(["NHS Ashvale CCG", "Ashvale Hospitals NHS Foundation Trust", "NHS Wendlow CCG"],
    ...                  "The two CCGs and Ashvale Hospitals NHS Trust should")
    ['NHS Ashvale CCG', 'NHS Wendlow CCG', 'Ashvale Hospitals NHS Foundation Trust']
    >>> in_heading_order(["Leicestershire Partnership NHS Trust", "University Hospitals of Leicester NHS Trust"],
    ...                  "University Hospitals of Leicester together with Leicestershire Partnership Trust should")
    ['University Hospitals of Leicester NHS Trust', 'Leicestershire Partnership NHS Trust']
    """
    from clasgraph.graph.names import org_key

    said = f" {org_key(heading or '')} "
    return sorted(names, key=lambda name: (_named_at(org_key(name), said), name))


def _named_at(key: str, said: str) -> int:
    """Where in a heading's key (spaces around) a body's key is named; 10**6 if nowhere."""
    from rapidfuzz import fuzz

    words = key.split()
    shortest = 1 if len(words) == 1 else 2  # one word of a longer name ("north") is no match
    for n in range(len(words), shortest - 1, -1):
        at = said.find(f" {' '.join(words[:n])} ")
        if at >= 0:
            return at
    found = fuzz.partial_ratio_alignment(key, said) if key else None
    if found and found.score >= 85:
        return found.dest_start
    kind = words[-1] if words and words[-1] in ("ccg", "trust", "council", "icb") else None
    at = said.find(f" {kind} ") if kind else -1
    return at if at >= 0 else 10**6


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def report_name(area: str, published: str, reviewed: str = "") -> str:
    """A report as people name it: area and publication date; where the publication date was
    not read, the last day of the review (``reviewed``), said so.

    >>> report_name("Ashvale", "", "2018-01-19")
    'Ashvale, reviewed 19 January 2018'
    """
    for date, said in ((published, ""), (reviewed, "reviewed ")):
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", date or "")
        if m:
            return f"{area}, {said}{int(m.group(3))} {_MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    return area or ""


def order_lists(columns: list[str], rows: list[list]) -> list[list]:
    """Every list in a cell in natural order."""
    return [[natural_sorted(v) if isinstance(v, list) else v for v in row] for row in rows]


def action_plan(columns: list[str], rows: list[list]) -> tuple[list[str], list[list]]:
    """The action plan as people fill it in: one row per recommendation, the report named
    "Rutland, 4 October 2019", the recommendation with its number, addressees in the order
    its heading names them, the body accountable now for each, the findings behind it in
    paragraph order one a line with their text; then the columns the provider fills in (see
    ACTION_PLAN_FILLED_IN), empty but for the status, "Not started"."""
    out = []
    for row in rows:
        r = dict(zip(columns, row))
        findings = natural_sorted(r["supporting_findings"] or [])
        evidence = sorted(r["evidence"] or [], key=lambda e: _natural_key(e.split(":", 1)[0]))
        addressees = in_heading_order(r["addressed_to"] or [], r["heading"])
        steps = succession_steps(r.get("successions") or [])
        said = [report_name(r["area"], r["published"], r.get("review_end") or ""), f"{r['recommendation']} {r['item']}",
                "\n".join(addressees), "\n".join(now_accountable(a, steps) for a in addressees),
                "\n".join(findings), "\n\n".join(evidence)]
        out.append([*said, "", "", "", ACTION_STATUSES[0], ""])
    return ACTION_PLAN_COLUMNS, out


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


def short_text(text: str | None, limit: int = 120) -> str:
    """The start of a finding as a table cell: its first sentence, cut at a word before
    ``limit`` characters with "…"; the whole text stays in the report.

    >>> short_text("Staff knew the policy. They used it.")
    'Staff knew the policy.'
    >>> short_text("A " * 80, limit=12)
    'A A A A A A…'
    """
    import re

    text = " ".join((text or "").split())
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9(])", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _escalations(columns, rows):
    """Each escalated finding by its number and the start of its text."""
    at = columns.index("finding_text")
    return columns, [[*row[:at], short_text(row[at]), *row[at + 1:]] for row in rows]


#: The organisation profile's order within each direction, as its query writes it (after
#: review_date, which only orders the rows and is not shown).
_PROFILE_ORDER = ("review_date", "report", "relationship", "other", "paragraph", "other_id", "evidence",
                  "organisation")  # last: --org may name several bodies, whose rows differ only here


def _profile(columns, rows):
    """What the body does ('out') before what is said of it ('in'), each in order of its review's
    date and then the query's own keys. The order is made here, not taken from the engine: a
    UNION's parts came back in either order from the Bolt server, and an engine need not keep a
    part's ORDER BY once the parts are joined. Missing cells sort last, as Cypher puts nulls."""
    at = {c: columns.index(c) for c in ("direction", *_PROFILE_ORDER)}

    def key(row):
        return (row[at["direction"]] != "out",
                *((row[at[c]] is None, str(row[at[c]] or "")) for c in _PROFILE_ORDER))

    shown = [i for i, c in enumerate(columns) if c != "review_date"]
    return ([columns[i] for i in shown],
            [[row[i] for i in shown] for row in sorted(rows, key=key)])


FINISHERS = {"action-plan": action_plan, "repeated-findings": _repeat_rows,
             "escalations-to-commissioners": _escalations, "organisation-profile": _profile}


def finish(name: str | None, columns: list[str], rows: list[list]) -> tuple[list[str], list[list]]:
    """A named query's rows as clasgraph shows them (ad hoc queries are left as they came)."""
    if not name:
        return columns, rows
    rows = order_lists(columns, rows)
    if name in FINISHERS:
        return FINISHERS[name](columns, rows)
    return columns, rows


def workbook_writer(name: str | None):
    """How a named query's rows are written as a workbook: the action plan as a form a
    provider fills in (:func:`clasgraph.queries.formats.write_action_plan_xlsx`), the others
    plainly (None)."""
    if name != "action-plan":
        return None
    from clasgraph.queries.formats import write_action_plan_xlsx

    return write_action_plan_xlsx
