"""Organisations: what kind each is, and one canonical node for the many ways a report names it.

"University Hospitals of Leicester NHS Trust", "University Hospitals of Leicester" and "UHL" are
one organisation; so are "Leicestershire Partnership NHS Trust" and "Leicestershire Partnership
Trust"; "Leicester City, Leicestershire and Rutland CCGs" and "NHS Leicester, Leicestershire and
Rutland Clinical Commissioning Groups" are one group of CCGs.

>>> kind_of("NHS Leicester, Leicestershire and Rutland Clinical Commissioning Groups")
'ccg-group'
>>> kind_of("Oakham Medical Practice"), kind_of("Midlands Partnership NHS Foundation Trust")
('gp-practice', 'nhs-trust')
>>> name_key("The Leicestershire Partnership NHS Foundation Trust")
'leicestershire partnership trust'
>>> r = OrgResolver()
>>> uhl = r.add("University Hospitals of Leicester NHS Trust", aliases=["UHL"])
>>> r.resolve("UHL") == r.resolve("University Hospitals of Leicester") == uhl
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

#: Organisations whose kind their name does not tell (data, extend as reports need).
KNOWN_KINDS = {
    "turning point": "charity",
    "barnardo's": "charity",
    "nspcc": "charity",
    "action for children": "charity",
    "change grow live": "charity",
    "nhs england": "nhs-england",
}

#: Place qualifiers ignored when checking whether a CCG belongs to a group of CCGs.
_QUALIFIERS = {"city", "east", "west", "north", "south", "central", "county"}
_STOP = {"nhs", "the", "foundation", "of", "and", "ccg", "ccgs", "clinical", "commissioning",
         "group", "groups"}


def kind_of(name: str) -> str:
    """The kind of organisation a name describes, from the words in it."""
    low = name.lower().replace("'", "")
    if low.strip() in KNOWN_KINDS:
        return KNOWN_KINDS[low.strip()]
    if re.search(r"\bccgs\b|clinical commissioning groups|\bccg s\b", low) or (
        re.search(r"\bccg\b|clinical commissioning group", low) and "," in name
    ):
        return "ccg-group"
    if re.search(r"\bccg\b|clinical commissioning group", low):
        return "ccg"
    if "public health" in low:
        return "public-health"
    if "council" in low:
        return "local-authority"
    if "safeguarding" in low and ("board" in low or "partnership" in low):
        return "safeguarding-partnership"
    if re.search(r"\btrust\b", low):
        return "nhs-trust"
    if re.search(r"\b(practice|surgery|medical centre|health centre)\b", low):
        return "gp-practice"
    if re.search(r"\bhospitals?\b", low):
        return "hospital"
    if "nhs england" in low:
        return "nhs-england"
    return "provider"


def name_key(name: str) -> str:
    """A comparison key: lower case, "&" as "and", no "NHS"/"the"/"Foundation", no punctuation."""
    low = name.lower().replace("&", " and ")
    low = re.sub(r"clinical commissioning groups|ccg'?s\b|ccg's", " ccgs ", low)
    low = re.sub(r"clinical commissioning group", " ccg ", low)
    low = re.sub(r"'s\b|[^a-z0-9 ]", " ", low)
    words = [w for w in low.split() if w not in ("nhs", "the", "foundation")]
    if words and words[0] == "nhs":
        words = words[1:]
    return " ".join(words)


def places(name: str) -> set[str]:
    """The place words of a CCG or group name, without qualifiers such as "City"."""
    return {w for w in name_key(name).split() if w not in _STOP and w not in _QUALIFIERS}


def slug(text: str) -> str:
    """An id-safe form of a name.

    >>> slug("Leicestershire Partnership NHS Trust")
    'leicestershire-partnership-nhs-trust'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "and").replace("'", "")).strip("-")


@dataclass
class Organisation:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)


class OrgResolver:
    """Canonical organisations of one ingest, found by name, alias or a close variant."""

    def __init__(self) -> None:
        self.orgs: dict[str, Organisation] = {}
        self._keys: dict[str, str] = {}

    def add(self, name: str, kind: str | None = None, aliases: list[str] = ()) -> str:
        """Add (or find) an organisation and return its id."""
        name = re.sub(r"\s+", " ", name).strip(" ,.;:")
        found = self.resolve(name)
        if found is None:
            kind = kind or kind_of(name)
            key = name_key(name)
            org = Organisation(slug(key) if key != "england" else "nhs-england", name, kind)
            self.orgs[org.id] = org
            found = org.id
        org = self.orgs[found]
        # Prefer the fullest formal name ("... NHS Trust") as the display name.
        if name != org.name:
            if len(name) > len(org.name) and kind_of(name) == org.kind:
                org.aliases.append(org.name)
                org.name = name
            elif name not in org.aliases:
                org.aliases.append(name)
        for alias in aliases:
            if alias != org.name and alias not in org.aliases:
                org.aliases.append(alias)
        for key in [name_key(org.name), *map(name_key, org.aliases)]:
            self._keys.setdefault(key, org.id)
        for alias in [org.name, *org.aliases]:
            self._keys.setdefault(alias.lower(), org.id)
        return org.id

    def resolve(self, name: str) -> str | None:
        """The id of a known organisation this name refers to, or None."""
        name = re.sub(r"\s+", " ", name).strip(" ,.;:")
        if not name:
            return None
        if name.lower() in self._keys:
            return self._keys[name.lower()]
        key = name_key(name)
        if key in self._keys:
            return self._keys[key]
        kind = kind_of(name)
        if kind == "ccg-group":
            mine = places(name)
            for org in self.orgs.values():
                if org.kind == "ccg-group" and places(org.name) == mine:
                    return org.id
            return None
        # "University Hospitals of Leicester" for "University Hospitals of Leicester NHS Trust".
        for org in self.orgs.values():
            if org.kind in ("ccg-group", "ccg") or kind in ("ccg", "ccg-group"):
                continue
            other = name_key(org.name)
            prefix = len(key.split()) >= 2 and other.startswith(key + " ")
            if len(key) >= 8 and (prefix or fuzz.ratio(key, other) >= 95):
                return org.id
        return None

    def member_of(self, ccg_id: str) -> str | None:
        """The group of CCGs whose places include those of this CCG."""
        org = self.orgs[ccg_id]
        mine = places(org.name)
        for other in self.orgs.values():
            if other.kind == "ccg-group" and mine and mine <= places(other.name):
                return other.id
        return None
