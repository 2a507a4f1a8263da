"""Names people type for reports, sections and organisations, resolved against what a store
holds; a name that matches nothing is refused with the closest names.

>>> reports = [{"id": "rutland-2019-10-04", "area": "Rutland", "published": "2019-10-04"},
...            {"id": "ashvale-2015-05-20", "area": "Ashvale", "published": "2015-05-20"},
...            {"id": "ashvale-2018-03-28", "area": "Ashvale", "published": "2018-03-28"}]
>>> resolve_report("rutland", reports), resolve_report("ashvale-2015", reports)
('rutland-2019-10-04', 'ashvale-2015-05-20')
>>> resolve_report("ashvale", reports)
Traceback (most recent call last):
...
LookupError: 'ashvale' could be any of 2 reports: ashvale-2015-05-20, ashvale-2018-03-28; give one id
>>> resolve_report("rutlnd", reports)
Traceback (most recent call last):
...
LookupError: no report matches 'rutlnd'; closest: Rutland, rutland-2019-10-04
"""

from __future__ import annotations


def closest(wanted: str, choices, limit: int = 3) -> list[str]:
    """The choices that look most like ``wanted`` (best first)."""
    from rapidfuzz import fuzz, process, utils

    choices = sorted(set(choices))
    found = process.extract(wanted, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit, score_cutoff=50)
    return [c for c, _, _ in found]


def no_match(what: str, wanted: str, choices) -> LookupError:
    near = closest(wanted, choices)
    hint = f"; closest: {', '.join(near)}" if near else (
        f"; there are: {', '.join(sorted(set(choices))[:8])}" if choices else f"; there are no {what}s")
    return LookupError(f"no {what} matches {wanted!r}{hint}")


def resolve_report(wanted: str, reports: list[dict]) -> str:
    """A report id from its id, a unique prefix of it, or its area's name."""
    ids = [r["id"] for r in reports]
    if wanted in ids:
        return wanted
    low = wanted.lower().strip()
    matches = [r["id"] for r in reports if r["id"].lower().startswith(low)
               or (r.get("area") or "").lower() == low]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise LookupError(f"{wanted!r} could be any of {len(matches)} reports: "
                          f"{', '.join(sorted(matches))}; give one id")
    raise no_match("report", wanted, ids + [r.get("area") or "" for r in reports if r.get("area")])


def resolve_section(wanted: str, sections) -> str:
    """A section name, compared without case."""
    sections = sorted(set(sections))
    for s in sections:
        if s.lower() == wanted.lower().strip():
            return s
    raise no_match("section", wanted, sections)
