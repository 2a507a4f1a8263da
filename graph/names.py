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
LookupError: no report matches 'rutlnd'; closest: Rutland | rutland-2019-10-04
"""

from __future__ import annotations


def closest(wanted: str, choices, limit: int = 3) -> list[str]:
    """The choices that look most like ``wanted`` (best first)."""
    from rapidfuzz import fuzz, process, utils

    choices = sorted(set(choices))
    found = process.extract(wanted, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit, score_cutoff=50)
    return [c for c, _, _ in found]


#: Between the names of a closest-names list: names hold commas ("Leicester, Leicestershire
#: and Rutland ICB"), never this.
NAME_SEPARATOR = " | "


def no_match(what: str, wanted: str, choices) -> LookupError:
    """The one message for a name that means nothing stored: the closest names, each whole.

    >>> str(no_match("organisation", "Leicester ICB", ["Leicester, Leicestershire and Rutland ICB",
    ...                                                 "NHS England"]).args[0])
    "no organisation matches 'Leicester ICB'; closest: Leicester, Leicestershire and Rutland ICB"
    >>> str(no_match("area", "Qq", ["Ashvale", "Rutland"]).args[0])
    "no area matches 'Qq'; there are: Ashvale | Rutland"
    """
    near = closest(wanted, choices)
    hint = f"; closest: {NAME_SEPARATOR.join(near)}" if near else (
        f"; there are: {NAME_SEPARATOR.join(sorted(set(choices))[:8])}" if choices else f"; there are no {what}s")
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


def latest_of_area(wanted: str, reports: list[dict]) -> str:
    """The latest review of an area (by its date: schema.review_date), named as people name it.

    >>> reports = [{"id": "ashvale-2015-05-20", "area": "Ashvale", "published": "2015-05-20"},
    ...            {"id": "ashvale-2018-03-28", "area": "Ashvale", "published": "2018-03-28"}]
    >>> latest_of_area("ashvale", reports)
    'ashvale-2018-03-28'
    """
    low = wanted.lower().strip()
    mine = [r for r in reports if (r.get("area") or "").lower() == low]
    if not mine:
        raise no_match("area", wanted, [r.get("area") or "" for r in reports if r.get("area")])
    from clasgraph.graph.schema import review_date

    return max(mine, key=lambda r: (review_date(r), r["id"]))["id"]


# -- organisations: one definition of "this name is that body", for every --org --------------

_SPELLINGS = [  # (pattern, what it is written as in a key), applied in order
    (r"&", " and "),
    (r"\bclinical commissioning groups?\b", " ccg "),
    (r"\bccgs\b", " ccg "),
    (r"\bfoundation trust\b", " trust "),
    (r"\bnhs\b|\bthe\b", " "),
    (r"[^a-z0-9]+", " "),
]
#: Words left out of a body's initials ("UHL" for University Hospitals of Leicester).
_NOT_INITIALS = {"of", "and", "the", "nhs", "for"}


def org_key(name: str) -> str:
    """A name as compared: case, "&"/"and", "Clinical Commissioning Group" = "CCG", "NHS",
    "the" and "Foundation" left out.

    >>> org_key("NHS Brackenford Clinical Commissioning Group") == org_key("Brackenford CCG")
    True
    >>> org_key("Ashvale Health & Social Care NHS Foundation Trust")
    'ashvale health and social care trust'
    """
    import re

    key = name.lower()
    for pattern, written in _SPELLINGS:
        key = re.sub(pattern, written, key)
    return " ".join(key.split())


def initials(name: str) -> str:
    """A body's initials as reports abbreviate it.

    >>> initials("University Hospitals of Leicester NHS Trust"), initials("Leicestershire Partnership NHS Trust")
    ('UHLT', 'LPT')
    """
    return "".join(w[0] for w in name.replace("&", " ").split()
                   if w.lower() not in _NOT_INITIALS and w[0].isalpha()).upper()


def org_matches(wanted: str, orgs: list[dict]) -> list[str]:
    """The ids of the organisations a name means: those whose id, name, an alias or initials
    are the name (compared by :func:`org_key`); if none, those whose name or an alias
    contains it as whole words ("Leicestershire Partnership", "CCG").

    >>> orgs = [{"id": "lpt", "name": "Leicestershire Partnership NHS Trust", "aliases": ["LPT"]},
    ...         {"id": "bccg", "name": "NHS Brackenford Clinical Commissioning Group", "aliases": []},
    ...         {"id": "nccg", "name": "NHS North Ashvale CCG", "aliases": []}]
    >>> org_matches("leicestershire partnership", orgs), org_matches("CCG", orgs)
    (['lpt'], ['bccg', 'nccg'])
    >>> org_matches("Brackenford CCG", orgs), org_matches("lpt", orgs), org_matches("York", orgs)
    (['bccg'], ['lpt'], [])
    """
    key = org_key(wanted)
    if not key:
        return []
    exact, partial = [], []
    for org in orgs:
        names = [org.get("name") or "", *(org.get("aliases") or [])]
        keys = {org_key(n) for n in names if n}
        if (key in keys or wanted.strip().lower() == str(org["id"]).lower()
                or wanted.strip().upper() in {initials(n) for n in names if n}):
            exact.append(org["id"])
        elif any(f" {key} " in f" {k} " for k in keys):
            partial.append(org["id"])
    return sorted(exact or partial)


# -- services: one definition of "this name is that service", for every --service -------------

#: Words that say nothing about which service is meant ("the sexual health service").
_SERVICE_FILLER = r"\b(?:the|services?|teams?|provision)\b"


def service_key(name: str) -> str:
    """A service's name as compared: case, "&"/"and", dashes and the words "the", "service"
    and "team" do not matter.

    >>> service_key("The 0–19 Service") == service_key("0-19"), service_key("A&E")
    (True, 'a and e')
    """
    import re

    key = re.sub(r"[\u2010-\u2015]", "-", name.lower()).replace("&", " and ")
    key = re.sub(r"[^a-z0-9-]+", " ", re.sub(_SERVICE_FILLER, " ", key))
    return " ".join(key.split())


def service_matches(wanted: str, services: list[dict]) -> list[str]:
    """The ids of the services a name means: those whose id, name or a local name a report
    gives it (``aliases``: "Healthy Together") is the name (compared by
    :func:`service_key`), as ``--org`` matches aliases; else those the vocabulary ingest reads services with names by it
    ("health visitor" is health visiting, "CAMHS", "0-19"); else those whose name contains it
    as whole words ("sexual").

    >>> services = [{"id": "x:health-visiting", "name": "Health visiting"},
    ...             {"id": "x:sexual-health", "name": "Contraception and sexual health services (CASH)"},
    ...             {"id": "x:sarc", "name": "Sexual assault referral centre (SARC)"}]
    >>> service_matches("health visitor", services), service_matches("Health Visiting Service", services)
    (['x:health-visiting'], ['x:health-visiting'])
    >>> service_matches("sexual", services), service_matches("SN", services)
    (['x:sarc', 'x:sexual-health'], [])
    >>> service_matches("healthy together", [{"id": "x:school-nursing", "name": "School nursing",
    ...                                       "aliases": ["Healthy Together"]}])
    ['x:school-nursing']
    """
    from clasgraph.ingest.vocabulary import services_in

    key = service_key(wanted)
    if not key:
        return []
    named = {s["key"] for s in services_in(wanted)}
    exact, vocabulary, partial = [], [], []
    for service in services:
        sid, name = str(service["id"]), service.get("name") or ""
        names = (name, sid.split(":")[-1], *(service.get("aliases") or []))
        if wanted.strip().lower() == sid.lower() or key in {service_key(n) for n in names}:
            exact.append(sid)
        elif sid.split(":")[-1] in named:
            vocabulary.append(sid)
        elif f" {key} " in f" {service_key(name)} ":
            partial.append(sid)
    return sorted(exact or vocabulary or partial)
