"""Change over time in one area: who commissioned and who provided each service at each review,
and what changed from one review to the next.

Plain functions over the rows of the named query ``service-timeline`` (one row per review,
service, role and organisation), so the embedded store and a Bolt store give the same answer.
Each review is compared with the review of the area before it:

- ``service new`` / ``service gone``: the service is named as commissioned or provided by
  one review and not by the other;
- ``renamed or merged: A -> B``: A was named before, B now, and B took over from A
  (``SUCCEEDED_BY``, stated by a review or from a lineage file);
- ``contract moved: A -> B`` (providers) and ``commissioner changed: A -> B``: bodies named
  before were not named now, and others were;
- ``provider added`` / ``commissioner added`` and ``provider no longer named`` /
  ``commissioner no longer named``: one side only.

A body newly named for a service that took another's place (``SUCCEEDED_BY``) is shown with the
body it succeeded, "provider added: B (successor of A)", where the review before did not name A
for that service itself (it may have named A's work in other words, or not at all).

>>> rows = [
...   {"area": "X", "report": "x-2015", "published": "2015-05-01", "service_id": "x:hv",
...    "service": "Health visiting", "role": "commissioned", "organisation_id": "nhse",
...    "organisation": "NHS England", "succeeded_by": []},
...   {"area": "X", "report": "x-2018", "published": "2018-03-01", "service_id": "x:hv",
...    "service": "Health visiting", "role": "commissioned", "organisation_id": "council",
...    "organisation": "X Council", "succeeded_by": []}]
>>> t = build_timeline(rows)
>>> [(r["report"], r["commissioned_by"], r["changes"]) for r in timeline_rows(t)]
[('x-2015', 'NHS England', ''), ('x-2018', 'X Council', 'commissioner changed: NHS England -> X Council')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from clasgraph.graph.schema import REVIEW_DATE

ROLES = ("commissioned", "provided")
#: The words of a change of each role: (both sides, only new bodies, only bodies gone).
CHANGE_WORDS = {
    "commissioned": ("commissioner changed", "commissioner added", "commissioner no longer named"),
    "provided": ("contract moved", "provider added", "provider no longer named"),
}
COLUMNS = ["area", "service", "report", "published", "commissioned_by", "provided_by", "changes"]


@dataclass
class Timeline:
    area: str
    reviews: list[tuple[str, str]]  # (report id, published), oldest first (schema.review_date)
    services: dict[str, str]  # service id -> name, by name
    #: (service id, report id) -> role -> {organisation id: name}
    cells: dict[tuple[str, str], dict[str, dict[str, str]]] = field(default_factory=dict)
    #: (service id, report id) -> the changes since the review before
    changes: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def build_timeline(rows: list[dict], reviews: list[tuple[str, str, str]] | None = None) -> Timeline:
    """The timeline of the rows of ``service-timeline``; ``reviews`` (report id, published,
    date) may add reviews of the area that name no service (so a service can be seen to go).
    Reviews are ordered by their date (schema.review_date: published, else reviewed)."""
    dated = {r["report"]: (r.get("date") or r["published"] or "", r["published"]) for r in rows}
    dated.update({rid: (when or published or "", published) for rid, published, when in reviews or []})
    all_reviews = [(rid, published) for rid, (_, published) in sorted(dated.items(), key=lambda kv: (kv[1][0], kv[0]))]
    services = {r["service_id"]: r["service"] for r in rows}
    succeeded: dict[str, set[str]] = {}
    succeeds: dict[str, set[str]] = {}  # organisation id -> the names of the bodies it succeeded
    t = Timeline(rows[0]["area"] if rows else "", all_reviews,
                 dict(sorted(services.items(), key=lambda kv: (kv[1].lower(), kv[0]))))
    for r in rows:
        cell = t.cells.setdefault((r["service_id"], r["report"]), {role: {} for role in ROLES})
        cell[r["role"]][r["organisation_id"]] = r["organisation"]
        succeeded.setdefault(r["organisation_id"], set()).update(r.get("succeeded_by") or [])
        succeeds.setdefault(r["organisation_id"], set()).update(r.get("succeeds") or [])
    for sid in t.services:
        for (before, _), (now, _) in pairwise(all_reviews):
            t.changes[(sid, now)] = changes_between(t.cells.get((sid, before)),
                                                    t.cells.get((sid, now)), succeeded, succeeds)
    return t


def changes_between(before: dict | None, now: dict | None, succeeded: dict[str, set[str]],
                    succeeds: dict[str, set[str]] | None = None) -> list[str]:
    """What changed for one service from one review to the next (see the module's docstring);
    ``succeeds`` gives the names of the bodies each body took over from.

    >>> was = {"commissioned": {}, "provided": {}}
    >>> now = {"commissioned": {}, "provided": {"b": "B Trust"}}
    >>> changes_between(was, now, {"a": {"b"}}, {"b": {"A Trust"}})
    ['provider added: B Trust (successor of A Trust)']
    """
    if before and not now:
        return ["service gone (not named as commissioned or provided)"]
    if now and not before:
        return ["service new (not named as commissioned or provided before)"]
    if not before:
        return []
    out = []
    for role in ROLES:
        gone = {k: v for k, v in before[role].items() if k not in now[role]}
        new = {k: v for k, v in now[role].items() if k not in before[role]}
        for old_id, old_name in sorted(gone.items(), key=lambda kv: kv[1]):
            heirs = [k for k in new if k in succeeded.get(old_id, set())]
            if heirs:
                out.append(f"renamed or merged: {old_name} -> "
                           + ", ".join(sorted(new[k] for k in heirs)))
                del gone[old_id]
        explained = {k for k in new for o in before[role] if k in succeeded.get(o, set())}
        new = {k: v for k, v in new.items() if k not in explained}
        both, added, dropped = CHANGE_WORDS[role]
        new = {k: _with_predecessors(v, (succeeds or {}).get(k, set()) - set(before[role].values()))
               for k, v in new.items()}
        names = "; ".join(sorted(gone.values())), "; ".join(sorted(new.values()))
        if gone and new:
            out.append(f"{both}: {names[0]} -> {names[1]}")
        elif new:
            out.append(f"{added}: {names[1]}")
        elif gone:
            out.append(f"{dropped}: {names[0]}")
    return out


def _with_predecessors(name: str, predecessors: set[str]) -> str:
    """A body's name with the bodies it succeeded: "B Trust (successor of A Trust)".

    >>> _with_predecessors("B Trust", set()), _with_predecessors("B Trust", {"A Trust"})
    ('B Trust', 'B Trust (successor of A Trust)')
    """
    return f"{name} (successor of {'; '.join(sorted(predecessors))})" if predecessors else name


def timeline_rows(t: Timeline) -> list[dict]:
    """One row per service and review that names it or after which it went (see COLUMNS)."""
    out = []
    for sid, name in t.services.items():
        for report, published in t.reviews:
            cell = t.cells.get((sid, report))
            changes = t.changes.get((sid, report), [])
            if not cell and not changes:
                continue
            cell = cell or {role: {} for role in ROLES}
            out.append({"area": t.area, "service": name, "report": report, "published": published,
                        "commissioned_by": "; ".join(sorted(cell["commissioned"].values())),
                        "provided_by": "; ".join(sorted(cell["provided"].values())),
                        "changes": "; ".join(changes)})
    return out


def timeline_in(store, area: str, service: str = "") -> Timeline:
    """The timeline of an area (its name as its reviews give it) read through the Store
    protocol: every review of the area, and the rows of the named query service-timeline."""
    from clasgraph.graph.followthrough import named_rows

    _, reviews = store.query("MATCH (r:Report) WHERE toLower(r.area) = toLower($area) "
                             f"RETURN r.id AS id, r.published AS published, {REVIEW_DATE.format(r='r')} AS date",
                             {"area": area})
    rows = named_rows(store, "service-timeline", {"area": area, "service": service})
    return build_timeline(rows, [tuple(r) for r in reviews])
