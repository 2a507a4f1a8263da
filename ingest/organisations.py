"""Organisations: what kind each is, and one canonical node for the many ways a report names it.

"University Hospitals of Leicester NHS Trust", "University Hospitals of Leicester" and "UHL" are
one organisation; so are "Leicestershire Partnership NHS Trust" and "Leicestershire Partnership
Trust"; "Leicester City, Leicestershire and Rutland CCGs" and "NHS Leicester, Leicestershire and
Rutland Clinical Commissioning Groups" are one group of CCGs.

>>> kind_of("NHS Leicester, Leicestershire and Rutland Clinical Commissioning Groups")
'ccg-group'
>>> kind_of("Oakham Medical Practice"), kind_of("Midlands Partnership NHS Foundation Trust")
('gp-practice', 'nhs-trust')
>>> kind_of("Lune Valley Healthcare FT"), kind_of("Acme Health Community Interest Company")
('nhs-trust', 'social-enterprise')
>>> name_key("The Leicestershire Partnership NHS Foundation Trust")
'leicestershire partnership trust'
>>> r = OrgResolver()
>>> uhl = r.add("University Hospitals of Leicester NHS Trust", aliases=["UHL"])
>>> r.resolve("UHL") == r.resolve("University Hospitals of Leicester") == uhl
True

An area's name alone is a place, not the trust named after it:

>>> kv = r.add("Kestrel Vale Hospitals NHS Trust"), r.add("NHS Kestrel Vale CCG")
>>> r.resolve("Kestrel Vale") is None
True
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from clasgraph.graph.schema import COMMISSIONER_KINDS
from clasgraph.ingest.rules.bodies import (
    APPOSITIVE,
    ENDINGS,
    FOLLOWING,
    NAMED,
    NAMED_SHORT,
    PRECEDING,
)
from clasgraph.ingest.rules.lexicon import HYPHEN_PAYING, HYPHEN_PROVIDING
from rapidfuzz import fuzz

#: Organisations whose kind their name does not tell (rules/bodies.py, NAMED).
KNOWN_KINDS = {row.phrase: row.kind for row in NAMED}
_KNOWN = {name.replace("'", ""): kind for name, kind in KNOWN_KINDS.items()}

#: Place qualifiers ignored when checking whether a CCG belongs to a group of CCGs.
_QUALIFIERS = {"city", "east", "west", "north", "south", "central", "county"}
_STOP = {"nhs", "the", "foundation", "of", "and", "ccg", "ccgs", "clinical", "commissioning",
         "group", "groups"}


#: An integrated care board's name, full or short.
_ICB = re.compile(r"\bicb\b|integrated care board", re.IGNORECASE)


@lru_cache(maxsize=16384)  # asked of every known body for each name a report is looked up by
def kind_of(name: str) -> str:
    """The kind of organisation a name describes, from the words in it.

    An integrated care board took over its CCGs' commissioning (2022), so it is read as one; a
    primary care network is GP practices working together, as a federation is.

    >>> kind_of("Merrow Coast Integrated Care Board"), kind_of("Coastal Primary Care Network")
    ('ccg', 'gp-federation')
    >>> kind_of("NHS Merrow Primary Care Trust")
    'primary-care-trust'
    """
    low = name.lower().replace("'", "").replace("’", "")
    if low.strip() in _KNOWN:
        return _KNOWN[low.strip()]
    if re.search(r"\bccgs\b|clinical commissioning groups|\bccg s\b", low) or (
        re.search(r"\bccg\b|clinical commissioning group", low) and "," in name
    ):
        return "ccg-group"
    if re.search(r"\bccg\b|clinical commissioning group", low):
        return "ccg"
    if _ICB.search(low):
        return "ccg"
    if "primary care trust" in low or re.search(r"\bpct\b", low):
        return "primary-care-trust"
    if "public health" in low:
        return "public-health"
    if "council" in low or re.search(r"\b(?:m?bc|dc)$", low) or re.search(r"\b(?:london|royal) borough of\b|^city of london corporation", low):
        return "local-authority"
    if "safeguarding" in low and ("board" in low or "partnership" in low):
        return "safeguarding-partnership"
    if re.search(r"\bnhs\b.*\b(?:trust|ft)\b|\bfoundation trust\b|\bft$", low) or re.fullmatch(r".*\b(?:partnership|hospitals?) trust", low):
        return "nhs-trust"
    if re.search(r"\btrust\b", low):
        return "charity"  # "Lantern Youth Trust": a trust that is not an NHS trust
    if re.search(r"\bcic\b|community interest company", low):
        return "social-enterprise"
    if re.search(r"\b(?:ltd|limited|plc|healthcare)\b", low):
        return "private-provider"
    if re.search(r"\b(?:federation|alliance|pcn)\b|primary care network", low):
        return "gp-federation"
    if re.search(r"\b(practice|surgery|medical centre|health centre)\b", low):
        return "gp-practice"
    if re.search(r"\bhospitals?\b", low):
        return "hospital"
    if "nhs england" in low:
        return "nhs-england"
    return "provider"


#: Marks that change how text is shown but not what it says: bidirectional controls and
#: zero-width characters ("\u202e", "\u200d"); dropped before names are compared.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe]")


def clean_name(name: str) -> str:
    """A name in Unicode NFKC form, without bidirectional or zero-width marks.

    >>> clean_name("Acme\u200d NHS \u202eTrust"), clean_name("\uff21cme Trust")
    ('Acme NHS Trust', 'Acme Trust')
    """
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", name))


@lru_cache(maxsize=16384)  # asked of every known body for each name a report is looked up by
def name_key(name: str) -> str:
    """A comparison key: lower case, "&" as "and", "FT" as "Trust", no "NHS"/"the"/"Foundation",
    no punctuation; the same body named with or without these is the same key.

    >>> name_key("Acme Community Health NHS FT") == name_key("Acme Community Health & Care Trust".replace(" & Care", ""))
    True
    >>> name_key("St. Helens Council") == name_key("St Albans Council")
    False
    >>> name_key("Acme Community Interest Company") == name_key("Acme CIC")
    True
    >>> name_key("Merrow Coast Integrated Care Board") == name_key("Merrow Coast ICB")
    True
    >>> name_key("Westby MBC") == name_key("Westby Metropolitan Borough Council"), kind_of("Westby MBC")
    (True, 'local-authority')
    """
    low = clean_name(name).lower().replace("&", " and ")
    low = re.sub(r"\bft\b", " trust ", low)
    low = re.sub(r"clinical commissioning groups|ccg'?s\b|ccg's", " ccgs ", low)
    low = re.sub(r"clinical commissioning group", " ccg ", low)
    low = re.sub(r"community interest company", " cic ", low)
    low = re.sub(r"\bicbs?\b", " integrated care board ", low)  # written out, as "MBC" is: a full name keeps its id
    low = re.sub(r"\b(m)?bc\b(?=\s*$)", lambda m: " metropolitan borough council" if m.group(1) else
                 " borough council", low)  # "Westby MBC"
    low = re.sub(r"\bdc\b(?=\s*$)", " district council", low)
    low = re.sub(r"'s\b|[^a-z0-9 ]", " ", low)
    words = [w for w in low.split() if w not in ("nhs", "the", "foundation", "ltd", "limited", "plc")]
    if words and words[0] == "nhs":
        words = words[1:]
    return " ".join(words)


def joined_key(name: str) -> str:
    """:func:`name_key` without the spaces between words: a word written as two ("Grey
    Friars") or as one ("Greyfriars") gives the same joined key.

    >>> joined_key("Grey Friars Mental Health NHS FT") == joined_key("Greyfriars Mental Health NHS Foundation Trust")
    True

    A last "Services" is left off, as a later report may leave it off with the legal form:

    >>> joined_key("Haven Forensic Medical Services Ltd") == joined_key("Haven Forensic Medical")
    True
    >>> joined_key("Acme Services") == joined_key("Acme")
    False
    """
    words = name_key(name).split()
    if len(words) > 2 and words[-1] in ("services", "service"):
        words = words[:-1]
    return "".join(words)


def is_abbreviation(name: str) -> bool:
    """A name that is one word ("GMH", "Greyfriars"): across reports it may stand for another
    body, so it never decides that two reports name one body.

    >>> is_abbreviation("GMH"), is_abbreviation("Greyfriars"), is_abbreviation("Tidewell CCG")
    (True, True, False)
    """
    return len(name_key(name).split()) < 2


def same_kind(a: str, b: str) -> bool:
    """Two kinds that can be one body's: equal, or one of them the kind a name alone does not
    tell ("provider").

    >>> same_kind("nhs-trust", "provider"), same_kind("ccg", "ccg-group")
    (True, False)
    """
    return a == b or "provider" in (a, b)


def same_body(a: str, a_kind: str, b: str, b_kind: str) -> bool:
    """Whether two reports' names are one body: names of two words or more, of kinds that can
    be one body's, whose keys (:func:`name_key`: without "NHS", "the", "Foundation", "Ltd", with
    "&" as "and" and "FT" as "Trust") are equal once spaces between words are ignored, or two
    councils of one place ("Tidewell Council", "Tidewell Borough Council").

    >>> same_body("Grey Friars Mental Health NHS FT", "nhs-trust", "Greyfriars Mental Health NHS Foundation Trust", "nhs-trust")
    True
    >>> same_body("St Helens Council", "local-authority", "St. Albans Council", "local-authority")
    False
    >>> same_body("North Tidewell CCG", "ccg", "Tidewell CCG", "ccg")
    False
    >>> same_body("Tidewell Council", "local-authority", "Tidewell Borough Council", "local-authority")
    True
    >>> same_body("Durham County Council", "local-authority", "City of Durham Council", "local-authority")
    False
    """
    if is_abbreviation(a) or is_abbreviation(b) or not same_kind(a_kind, b_kind):
        return False
    if joined_key(a) == joined_key(b):
        return True
    if a_kind == b_kind == "local-authority" and _council_key(a) and _council_key(a) == _council_key(b):
        tiers = [set(name_key(n).split()) & _TIERS for n in (a, b)]  # "county", "city", ...
        return tiers[0] == tiers[1] or not tiers[0] or not tiers[1]
    return False


#: Words that say which tier a council is: "Durham County Council" and "City of Durham
#: Council" are two councils of one place; "Tidewell Council" is either.
_TIERS = {"county", "city", "borough", "metropolitan", "district"}


def _council_key(name: str) -> str:
    """A council's name without the words for its kind: "rutland" for "Rutland County Council"."""
    words = name_key(name).split()
    return " ".join(w for w in words if w not in ("county", "city", "borough", "metropolitan", "district",
                                                 "council", "unitary", "royal", "public", "health"))


def places(name: str) -> set[str]:
    """The place words of a CCG or group name, without qualifiers such as "City"."""
    return {w for w in name_key(name).split() if w not in _STOP and w not in _QUALIFIERS}


def org_id(name: str) -> str:
    """The id of a body: the slug of its comparison key ("nhs-england" for NHS England)."""
    key = name_key(name)
    return slug(key) if key != "england" else "nhs-england"


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
    included: bool = False  # named in the report's header
    known: bool = False  # recognised only as a body the store or an earlier report knows


#: Words that end a provider's own name and begin what kind of body it is: "Holmroyd | Teaching
#: Hospitals NHS Foundation Trust", "Shuttle Lane | Health CIC".
_KIND_WORDS = re.compile(r"\b(?:Teaching|University|Hospitals?|Community|Health|Healthcare|Care|Partnership|NHS|Foundation|"
                         r"Trust|Services?|CIC|Ltd|Limited|Mental|Primary|Family|Federation|Group|Alliance|Recovery|"
                         r"Integrated|Specialist|Children['’]s|Young|Medical|Practice|Surgery|Centre)\b")
#: A name that ends as a site's does ("Brookside Health Centre", "Mill Lane Surgery"): its leading
#: words are a place's, which a finding may name for the place ("the Brookside MIU").
_A_PLACE = re.compile(r"\b(?:Centre|Center|Hospital|Infirmary|Surgery|Practice|Clinic|Unit|House|Suite|Hub|Lodge)\s*$")
#: Leading words too common to stand alone for one body.
_NOT_SHORT = {"North", "South", "East", "West", "Central", "Royal", "St", "St.", "Saint", "Great", "Greater", "New", "Old",
              "Upper", "Lower", "City", "County", "The"}


def short_names(orgs) -> dict[str, str]:
    """id -> the short name a report may use for a provider without defining it: the words of
    its name before the words of what it is ("Holmroyd" for "Holmroyd Teaching Hospitals NHS
    Foundation Trust"), where no other body's name begins with them. Not for councils, CCGs or
    NHS England, whose leading words are a place's.

    >>> class O:
    ...     def __init__(self, i, n, k): self.id, self.name, self.kind, self.aliases = i, n, k, []
    >>> short_names([O("h", "Holmroyd Teaching Hospitals NHS Foundation Trust", "foundation-trust"),
    ...              O("c", "NHS Holmroyd CCG", "ccg"), O("s", "Shuttle Lane Health CIC", "social-enterprise")])
    {'s': 'Shuttle Lane'}

    Where the words after the first say what the body does, the first alone (no other body's name
    begins with it):

    >>> short_names([O("d", "Duskway Urgent Care Ltd", "private-provider"), O("g", "Goldcrest Counselling", "charity"),
    ...              O("w", "Wenmere Minds", "charity")])
    {'d': 'Duskway', 'g': 'Goldcrest'}
    """

    def lead(name: str) -> str:
        name = re.sub(r"^(?:The|NHS)\s+", "", name)
        cut = _KIND_WORDS.search(name)
        if cut:
            return name[:cut.start()].strip(" ,&")
        words = name.split()  # "Goldcrest Counselling": a naming word, then what it does
        return name if len(words) > 1 and all(w in _WHAT_IT_DOES for w in words[1:]) else ""

    leads = {o.id: lead(o.name) for o in orgs}
    out = {}
    for o in orgs:
        short = leads[o.id]
        if (not short or _A_PLACE.search(o.name) or o.kind in COMMISSIONER_KINDS
                or short.split()[0] in _NOT_SHORT or len(short) < 4 or not short[0].isupper() or _begins_another(short, o, orgs)):
            continue
        out[o.id] = short
        first, *rest = short.split()
        if rest and all(w in _WHAT_IT_DOES for w in rest) and len(first) >= 5 and o.kind not in _PLACE_NAMED_KINDS \
                and first.lower() not in _common_words() and not _begins_another(first, o, orgs):
            out[o.id] = first  # "Duskway" for "Duskway Urgent Care Ltd": the rest says what it does
    return out


def _begins_another(words: str, body, orgs) -> bool:
    """Whether another body's name begins with ``words`` (after "The" or "NHS")."""
    return any(other.id != body.id and re.match(rf"(?:The\s+|NHS\s+)?{re.escape(words)}\b", other.name) for other in orgs)


#: Kinds of body named after their place ("Yorkshire Ambulance Service NHS Trust"): no first word alone is theirs.
_PLACE_NAMED_KINDS = frozenset({"nhs-trust", "hospital", "local-authority", "ccg", "ccg-group", "nhs-england", "public-health",
                                "primary-care-trust"})


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words too common to name one body alone ("Together", "Brook" in "Brook Street", "Lantern"):
    the pinned parser's words as loaded (:func:`clasgraph.ingest.parsed.model_words`) and spaCy's
    stop words; loaded only where a short name is made, which reading a report does."""
    from clasgraph.ingest import parsed
    from spacy.lang.en.stop_words import STOP_WORDS

    return parsed.model_words() | STOP_WORDS


#: Words of a provider's name that say what it does, after the word that names it ("Duskway
#: Urgent Care Ltd", "Wenning GP Federation"): the naming word alone is its short name.
_WHAT_IT_DOES = frozenset({"Urgent", "GP", "GPs", "Out", "of", "Hours", "Sexual", "Wellbeing", "Counselling", "Youth",
                           "Drug", "Drugs", "Alcohol", "Addiction", "Substance", "Misuse", "Advocacy", "Nursing",
                           "Clinical", "Dental", "Therapy", "Therapies", "Support", "Domestic", "Abuse",
                           "Diagnostic", "Emergency", "Ambulance", "Hospice", "Counseling", "Psychological"})


def _place_key(name: str) -> str:
    """:func:`name_key` of a body's name with a CCG's leading "NHS" off: what a short form of it
    begins with ("kestrel vale ccg" for "NHS Kestrel Vale CCG")."""
    return name_key(re.sub(r"^NHS\s+", "", name))


class OrgResolver:
    """Canonical organisations of one ingest, found by name, alias or a close variant."""

    def __init__(self) -> None:
        self.orgs: dict[str, Organisation] = {}
        self._keys: dict[str, str] = {}
        self.defined: dict[str, str] = {}  # a reference the report defines ("(the CCG)") -> the body
        self.councils_apart: set[str] = set()  # councils of one place the report tells apart (:func:`councils_apart`)

    def add(self, name: str, kind: str | None = None, aliases: list[str] = ()) -> str:
        """Add (or find) an organisation and return its id."""
        name = re.sub(r"^(?:[Tt]he|and|&)\s+", "", re.sub(r"\s+", " ", clean_name(name)).strip(" ,.;:"))
        if re.search(r"['’]s$", name) and (self.resolve(name[:-2]) or is_org_name(name[:-2])):
            name = name[:-2]  # "NHS England's": a body in the possessive (not "Barnardo's")
        found = self.resolve(name)
        if found is None:
            kind = kind or kind_of(name)
            key = name_key(name)
            org = Organisation(org_id(name), name, kind)
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

    def kind(self, org_id: str) -> str:
        """The kind of the organisation with this id, or "" for an id it does not hold."""
        return self.orgs[org_id].kind if org_id in self.orgs else ""

    def resolve(self, name: str) -> str | None:
        """The id of a known organisation this name refers to, or None."""
        state = (len(self.orgs), len(self._keys))  # answers hold until a body or a name is added
        if getattr(self, "_resolved_state", None) != state:
            self._resolved, self._resolved_state = {}, state
        if name not in self._resolved:
            self._resolved[name] = self._resolve(name)
        return self._resolved[name]

    def _resolve(self, name: str) -> str | None:
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
        if kind == "local-authority" and _council_key(name) not in self.councils_apart:
            # "Rutland Council" is "Rutland County Council"
            bare = _council_key(name)
            for org in self.orgs.values():
                if org.kind == "local-authority" and _council_key(org.name) == bare:
                    return org.id
        # "University Hospitals of Leicester" for "University Hospitals of Leicester NHS Trust";
        # not a name that begins the names of two bodies ("Kestrel Vale" for "Kestrel Vale
        # Hospitals NHS Trust" and "NHS Kestrel Vale CCG"): the place both are named after
        starts = {org.id for org in self.orgs.values()
                  if len(key.split()) >= 2 and _place_key(org.name).startswith(key + " ")}
        for org in self.orgs.values():
            if org.kind in ("ccg-group", "ccg") or kind in ("ccg", "ccg-group"):
                continue
            other = name_key(org.name)
            # nor the first words of a safeguarding partnership's name: the domain's commonest words
            # ("Safeguarding Children" in "Safeguarding Children and Young People: Roles ...")
            prefix = org.id in starts and len(starts) == 1 and org.kind != "safeguarding-partnership"
            if len(key) >= 8 and (prefix or fuzz.ratio(key, other) >= 95):
                return org.id
        return None

    def matcher(self):
        """One matcher over every body's names and aliases, rebuilt when bodies change."""
        from clasgraph.ingest.vocabulary import TermMatcher

        state = tuple((o.id, o.name, len(o.aliases)) for o in self.orgs.values())
        if getattr(self, "_matcher_state", None) != state:
            entries = [(o.id, [n for n in (o.name, *o.aliases) if len(n) >= 2]) for o in self.orgs.values()]
            shorts = self.shorts = short_names(self.orgs.values())
            entries = [(org, [*names, *([shorts[org]] if org in shorts else [])]) for org, names in entries]
            # a company's name without its legal form ("Foxleigh Dental Care" for "Foxleigh Dental Care Ltd"), where no other
            # body is so named: else its short name is read and the rest taken for another body's name; not
            # where what is left names a site ("Carnwethy District Hospital": the hospital, or the trust)
            taken = {n.lower() for _, names in entries for n in names}
            entries = [(org, [*names, *(f for f in {without_ending(n) for n in names if _COMPANY_FORM.search(n)}
                                        if f and f.lower() not in taken and not _A_PLACE.search(f)
                                        and f.split()[0].lower() not in _common_words() and not _KIND_WORDS.match(f))])
                       for org, names in entries]
            self._matcher, self._matcher_state = (TermMatcher(entries) if entries else None), state
        return self._matcher

    def canonical_ids(self) -> dict[str, str]:
        """Give each body the id of its fullest name ("Rutland Council" first seen, "Rutland
        County Council" later); returns old id -> new id for the ids that changed."""
        renamed = {}
        for old, org in list(self.orgs.items()):
            new = org_id(org.name)
            if new != old and new not in self.orgs:
                org.id = new
                self.orgs[new] = self.orgs.pop(old)
                renamed[old] = new
        if renamed:
            self._keys = {k: renamed.get(v, v) for k, v in self._keys.items()}
        return renamed

    def member_of(self, ccg_id: str) -> str | None:
        """The group of CCGs whose places include those of this CCG."""
        org = self.orgs[ccg_id]
        mine = places(org.name)
        for other in self.orgs.values():
            if other.kind == "ccg-group" and mine and mine <= places(other.name):
                return other.id
        return None


#: Last words of organisation names (lower case; rules/bodies.py): a capitalised phrase ending in one is a body.
ORG_ENDINGS = ENDINGS
_CONNECTORS = {"and", "of", "&", "for", "the", "upon", "on", "in"}
#: Verbs a condition or question puts first ("Were A still in existence, ..."): no name starts with one.
_VERB_FIRST = ("Were", "Was", "Had", "Has", "Have", "Should", "Would", "Could", "Will", "Did", "Does", "Is", "Are")
_NOT_FIRST = {"The", "A", "An", "In", "At", "Since", "However", "Most", "Many", "Both", "All", "This", "That", "Those",
              "These", "Their", "Its", "Our", "We", "When", "Where", "While", "As", "For", "From",
              "By", "With", "Health", "Services", "Care", "Acute", "Primary", "Adult", "School",
              "Community", "Specialist", "Local", "Public", "Child", "Children", "Young", "Maternity",
              "Commissioning", "Contraception", "Initial", "Review", "Designated", "Looked", "Inpatient",
              "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Several", "Each", "Every", "Other",
              "Some", "Such", "Neither", "Either", "Any", "Clinical", "CCG", "CCGs", "NHS England",
              # words that open a clause, not a name ("Although AHSC and the CCGs agreed ...")
              "Although", "Though", "Because", "Whereas", "Unless", "Until", "After", "Before", "Once", "If",
              "Whether", "Despite", "Following", "During", "Under", "Within", "Across", "Between", "Through",
              # a verb put first, in a condition or question ("Were A still in existence, ...")
              *_VERB_FIRST,
              # prepositions that open a sentence ("Out of Ebbsmoor Borough Council's grant come ...")
              "Out", "Of", "To", "On", "Into", "Onto", "Upon", "Via", "Without", "Beyond", "Among", "Over", "Like",
              # people of a body, opening a sentence ("Patients of Kilnhouse Surgery are now registered ...",
              # "Managers of Acme Trust told us ..."): the body's name starts after "of"
              "Patients", "Staff", "Families", "Managers", "Leaders", "Nurses", "Clinicians", "Practitioners",
              "Pupils", "Employees", "Colleagues",
              # a role before a body's name ("Provider Aldenby Hospitals NHS Trust holds the contract")
              "Provider", "Providers", "Commissioner", "Commissioners", "Subcontractor", "Contractor", "Funder",
              # a time before a body's name ("Former Acme NHS Trust health visitors are on C's staff")
              "Former", "Formerly", "Previous", "Previously", "Then", "Now", "Today", "Unlike"}
#: A capitalised word; a full stop ends it, except in "St."; a plural's apostrophe before a word
#: that ends a body's name is in it ("Wistlow Doctors' Cooperative"); a hyphen before a word of
#: doing, not followed by more of a name, is not ("Lintwick CCG-funded", "Tressell-run": the body,
#: then what it does; but "Westford Peer-led Partnership", one name).
_WORD = (rf"(?:St\.|[A-Z](?:[\w&]|-(?!(?:{HYPHEN_PROVIDING}|{HYPHEN_PAYING})\b(?![ ]+[A-Z]))|['’](?=\w)"
         r"|(?<=[a-z]s)['’](?=[ ]+(?:Co-?operative|Cooperative|Federation|Association|Alliance|Group|Network|Society|"
         r"Collective|Trust|Forum|Partnership)\b))*)")
_NAME = re.compile(rf"(?:{_WORD}|&)(?:[ ]+(?:{_WORD}|and|of|&|for|the|upon|on)|,[ ]+{_WORD})*")
#: A word of a council's name: a place's, never an organisation word ("Family Nurse Partnership
#: Westby Council" is a table's service cell run into the council's).
_PLACE_WORD = r"(?!(?i:nhs|" + "|".join(sorted(w for w in ENDINGS if " " not in w)) + r")\b)(?:St\.|[A-Z][\w'-]+)"
_COUNCIL = re.compile(r"\bLondon Borough of [A-Z][\w-]+(?: [A-Z][\w-]+)*"
                      rf"|(?<![\w&])(?:Royal Borough of |City of )?{_PLACE_WORD}(?:[ ]+(?:and|&|upon|on|{_PLACE_WORD})){{0,4}}"
                      r"[ ]+(?:Council|MBC|BC|DC)\b(?:[ ]+Public Health\b)?")
_MID = r"(?!(?:CCGs?|Trust|Council|NHS|Clinical)\b)"
_NOT_CLOSING = r"(?!(?:CCGs?|Trust|Council|NHS|CIC|Ltd|Limited)\b)"
_NHS_BODY = re.compile(rf"\bNHS {_MID}[A-Z][\w'-]+(?:,? (?:and |& )?{_MID}[A-Z][\w'-]+)* (?:CCGs?|Clinical Commissioning Groups?)\b"
                       rf"|\b{_MID}[A-Z][\w'-]+(?:,? (?:(?:and|&|of|upon|on) )?{_MID}[A-Z][\w'-]+)* NHS (?:(?:Foundation )?Trust|FT)\b"
                       # a company's name may join its words with "&" ("Halden & Wray Forensics Ltd")
                       rf"|\b{_NOT_CLOSING}[A-Z][\w'-]+(?: (?:& )?{_NOT_CLOSING}[A-Z][\w'-]+)* (?:CIC|Ltd|Limited)\b")


def is_org_name(name: str) -> bool:
    """A capitalised phrase that ends in an organisation word, and no sentence fragment: with
    a word of its own (not "NHS Foundation Trust", "City Council"), and not two names run
    together (a name that ends, "... CCG", then another: table cells that lost their breaks).

    >>> is_org_name("Lantern Youth Trust"), is_org_name("AHFT since April 2016")
    (True, False)
    >>> is_org_name("Teaching Hospitals NHS Foundation Trust"), is_org_name("Elm Bank NHS Westby CCG")
    (False, False)
    >>> is_org_name("Westby CCG Westby Hospitals NHS Trust"), is_org_name("Westby Council Public Health")
    (False, True)
    >>> is_org_name("GP for the CCG")
    False
    """
    words = name.split()
    if re.sub(r"['’]s$", "", name).lower() in KNOWN_KINDS:  # "NHS England's"
        return True
    if len(words) < 2 or words[0] in _NOT_FIRST or any(re.search(r"\d", w) for w in words):
        return False
    if not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return False
    if words[-2] in ("the", "a", "an"):  # "the named GP for the CCG": a post of a body referred to, no name
        return False
    if all(re.sub(r"['’]s?$", "", w.lower().rstrip(",")) in GENERIC_WORDS for w in words) or _RUN_TOGETHER.search(name):
        return False
    return re.sub(r"['’]s?$", "", words[-1].lower()) in ORG_ENDINGS  # ("Services", "Acme Trust's")


#: Words of organisation names that say what kind of body, not which one ("Foundation",
#: "Teaching", "City"): a name of these words alone names no body.
GENERIC_WORDS = ENDINGS | {"nhs", "foundation", "ft", "city", "county", "borough", "metropolitan", "district",
                           "teaching", "university", "community", "royal", "general", "mental", "clinical",
                           "commissioning", "national", "regional", "local", "and", "of", "the", "for", "&"}
#: Where one name ends and another begins: a closing word ("CCG", "Council", "CIC", "Ltd", "NHS
#: Trust") or an "NHS" that starts a CCG's name, inside a run of capitalised words.
_RUN_TOGETHER = re.compile(r"\b(?:CCGs?|Council|CIC|Ltd|Limited|NHS (?:Foundation )?Trust|NHS FT)\s+(?!Public\b)[A-Z]"
                           r"|(?<=[A-Za-z])\s+NHS\s+(?!(?:Foundation\s+)?Trust\b|FT\b)[A-Z]")


def names_at(text: str, start: int = 0) -> str | None:
    """The organisation name that begins at ``start`` in ``text`` ("Lantern Youth Trust, a local
    charity" -> "Lantern Youth Trust"), if one does."""
    m = _NAME.match(text, start)
    if not m:
        return None
    words = m.group(0).split()
    while words and (words[-1] in _CONNECTORS):
        words.pop()
    if len(words) > 2 and words[1] in ("and", "&") and words[0].isupper() and service_name(words[0]):
        return None  # "commissions CAMHS and Greenway Recovery runs it": a service, then a body's name
    # a name ends at an organisation word that a list goes on from ("A Trust and B Council")
    for n in range(2, len(words) + 1):
        candidate = " ".join(words[:n])
        nxt = words[n] if n < len(words) else ""
        if "," in candidate.rstrip(",") and not re.search(r"\s(?:and|&)\s", candidate.rstrip(",").rsplit(",", 1)[1]):
            return None  # "the city of Westby, Acme NHS Trust": a comma joins names only in a list ending in "and"
        if is_org_name(candidate.rstrip(",")) and (nxt in ("and", "&", "") or candidate.endswith(",")
                                       or not (nxt[:1].isupper() or nxt in ("of", "for"))):
            return None if service_name(candidate.rstrip(",")) else candidate.rstrip(",")
    return None


def service_name(name: str) -> bool:
    """Whether a name is wholly a service's (a programme or team every area has), not a body's.

    >>> service_name("Family Nurse Partnership"), service_name("Westby Recovery Partnership")
    (True, False)
    >>> service_name("Child and Adolescent Mental Health Services"), service_name("Sexual Health Services")
    (True, True)
    """
    from clasgraph.ingest.vocabulary import ServiceNames

    return any(s == 0 and re.fullmatch(r"(?:\s*(?:[Ss]ervices?|[Tt]eams?)|s)?", name[e:])
               for s, e, _ in ServiceNames().spans(name))


def _known_prefix(text: str, start: int, resolver: OrgResolver) -> str | None:
    """The longest capitalised phrase at ``start`` that names a known body in a shorter form
    ("University Hospitals of Leicester" for "... NHS Trust")."""
    m = _NAME.match(text, start)
    words = m.group(0).rstrip(",").split() if m else []
    if words and words[0] in _NOT_FIRST:  # "At Wendlow Park Practice, ...": the name starts after it
        return None
    for n in range(len(words), 1, -1):
        candidate = " ".join(words[:n]).rstrip(",")
        listed = any(w.lower().strip(",") in ORG_ENDINGS - {"health", "care"} and words[i + 1] in ("and", "&")
                     for i, w in enumerate(words[:n - 1]))
        if words[n - 1] not in _CONNECTORS and not listed and resolver.resolve(candidate):
            return candidate
    return None


#: NHS England's area team (2013-2015), named or not: the body is NHS England.
AREA_TEAM = (r"\b[Tt]he\s+(?:[Ll]ocal\s+)?[Aa]rea\s+[Tt]eam\b(?!\s+(?:of|for|at|in)\s+(?:the\s+)?(?:council|local\s+authority))"
             r"|(?<!council's\s)(?<!council’s\s)(?<!children's\s)(?<!children’s\s)"
             r"\b(?:[A-Z][\w'-]+\s+(?:(?:and|&)\s+)?){1,4}Area\s+Team\b")
#: How reports refer to bodies without naming them: (pattern, what it refers to).
REFERENCES = [
    ((r"\b(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:of\s+the\s+)?(?:two|three|four|five|six|seven|eight|\d+)?\s*"
     r"(?:[A-Z][\w-]+\s+)?(?:CCGs|Clinical Commissioning Groups)\b|\b(?:[Ee]ach|[Ee]very)\s+CCG\b"), "ccgs"),
    (r"\b[Tt]he\s+(?:local\s+)?(?:CCG\b(?!s)|[Cc]linical\s+[Cc]ommissioning\s+[Gg]roup\b(?!s))", "ccg"),
    (r"\b[Tt]he\s+(?:ICB\b(?!s)|[Ii]ntegrated\s+[Cc]are\s+[Bb]oard\b(?!s))", "icb"),  # a CCG's successor
    ((r"\b(?:the\s+|a\s+)?(?:(?:Deputy|Assistant)\s+)?(?:Director|Consultant|Head|Lead|Manager)\s+(?:of|in|for)\s+"
      r"Public\s+Health\b(?:\s+for\s+Children(?:\s+and\s+Young\s+People)?)?|\b(?:the\s+)?(?:local\s+authority|council|borough)(?:'s)?\s+"
     r"public\s+health(?:\s+(?:team|commissioners?|department))?\b|\bpublic\s+health\s+commissioners?\b|"
     r"\bthe\s+local\s+public\s+health\s+team\b"), "public-health"),
    (r"\bthe\s+(?:local\s+|county\s+|city\s+|borough\s+|district\s+)?(?:council|(?:local|unitary)\s+authority|borough)\b",
     "council"),  # "the council", "the county council"
    # "the county" as the council, where it pays or is the agent of paying: "the county buys X", "bought
    # by the county" (not the place: "across the county", "the county's schools")
    ((r"(?<!across\s)(?<!\bin\s)(?<!within\s)(?<!throughout\s)(?<!around\s)(?<!\bof\s)(?<!over\s)"
     r"\b[Tt]he\s+county(?=\s+(?:(?:also|now|still|directly|alone|itself)\s+)?(?:buys|bought|funds|funded|pays|paid|"
     r"commissions|commissioned|purchases|purchased|contracts\s+(?:with|for)|contracted|holds\s+the\s+contract)\b)"
     r"|(?<=\bby\s)the\s+county(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|under|through|from|with|since|until|for|as|in|on|at)\b)"),
     "council"),
    (r"\b(?:council|local\s+authority)(?=-[a-z]+ed\b|\s+(?:contracts?|funding|budget|grant)\b)", "council"),
    # "council-commissioned", "a council contract"
    (r"\bCCG(?=-[a-z]+ed\b|\s+(?:staff|employees|contracts?|funding|budget)\b)", "ccg"),  # "CCG-funded", "CCG staff"
    # NHS England's local office of 2013-2015 by the name it went by: "the area team", "the Tarn and
    # Brenmoor Area Team" (named NHS England area teams; the body is NHS England)
    (AREA_TEAM, "nhs-england"),
]
_REFERENCES = [(re.compile(p, re.IGNORECASE if kind not in ("ccgs", "nhs-england") else 0), kind) for p, kind in REFERENCES]


#: Words a report describes a body by, instead of naming it ("the community trust", "the
#: mental health trust", "the northern CCG"), and the words of a name that bear them out.
DESCRIBED_BY = {
    "acute": ("Hospital", "Hospitals", "Infirmary", "Acute"), "hospital": ("Hospital", "Hospitals", "Infirmary"),
    "hospitals": ("Hospital", "Hospitals", "Infirmary"), "teaching": ("Teaching", "University"),
    "community": ("Community",), "mental health": ("Mental Health",), "foundation": ("Foundation",),
    "partnership": ("Partnership",), "ambulance": ("Ambulance",),
    "north": ("North", "Northern"), "northern": ("North", "Northern"), "south": ("South", "Southern"),
    "southern": ("South", "Southern"), "east": ("East", "Eastern"), "eastern": ("East", "Eastern"),
    "west": ("West", "Western"), "western": ("West", "Western"),
}
_DESCRIBED_WORD = re.compile("|".join(sorted(DESCRIBED_BY, key=len, reverse=True)))
_DESCRIBED = re.compile(
    r"\b[Tt]he\s+(?P<words>(?:(?:" + _DESCRIBED_WORD.pattern
    + r")\s+(?:and\s+)?)+)(?P<body>(?:NHS\s+)?[Tt]rust|CCG)(?![\w-])")


def described(text: str, resolver: OrgResolver) -> list[tuple[int, int, str]]:
    """(start, end, id) of each body a text describes rather than names: "the community trust"
    is the one trust known whose name holds "Community" ("the foundation trust", "the
    mental health and community trust", "the northern CCG"), and no body where none or several do.

    >>> r = OrgResolver()
    >>> _ = r.add("Tarn Community Health NHS Trust"), r.add("Tarn Hospitals NHS Foundation Trust")
    >>> _ = r.add("NHS North Tarn CCG"), r.add("NHS South Tarn CCG")
    >>> [r.orgs[o].name for s, e, o in described("The community trust and the northern CCG met.", r)]
    ['Tarn Community Health NHS Trust', 'NHS North Tarn CCG']
    >>> described("The acute trust and the community trust", r)[0][2] == r.resolve("Tarn Hospitals NHS Foundation Trust")
    True
    >>> described("the foundation trust's nurses", r)[0][:2], described("the trust", r)
    ((0, 20), [])
    """
    out = []
    for m in _DESCRIBED.finditer(text):
        words = _DESCRIBED_WORD.findall(m.group("words"))  # "mental health" is one description
        ccg = m.group("body") == "CCG"
        fits = [o.id for o in resolver.orgs.values()
                if (o.kind == "ccg" and not _ICB.search(o.name) if ccg
                    else o.kind in ("nhs-trust", "hospital") and re.search(r"\bTrust\b", o.name))
                and all(any(re.search(rf"\b{n}\b", o.name) for n in DESCRIBED_BY[w]) for w in words)]
        if len(fits) == 1:
            out.append((m.start(), m.end(), fits[0]))
    return out


def council_of_tier(resolver: OrgResolver, reference: str) -> str:
    """The one council whose name holds the tier a reference names ("the borough council": the
    roster's one borough council, where a county council is named too), else "".

    >>> roster = OrgResolver()
    >>> _ = roster.add("Westford County Council"), roster.add("Eastmere Borough Council")
    >>> council_of_tier(roster, "the borough council"), council_of_tier(roster, "the council")
    ('eastmere-borough-council', '')
    """
    tier = re.search(r"\b(city|county|borough|district)\s+council\b", reference, re.IGNORECASE)
    if not tier:
        return ""
    named = [o.id for o in resolver.orgs.values() if o.kind == "local-authority"
             and re.search(rf"\b{tier.group(1)}\b", o.name, re.IGNORECASE)]
    return named[0] if len(named) == 1 else ""


def referents(resolver: OrgResolver, kind: str, area: str) -> list[str]:
    """The bodies a reference ("the council", "the three CCGs") means in this report: the one
    the report defined it as ("NHS X CCG (the CCG)"), else the one body of that kind."""
    if kind in resolver.defined:
        return [resolver.defined[kind]]
    orgs = list(resolver.orgs.values())
    if kind == "ccgs":
        return [o.id for o in orgs if o.kind == "ccg" and getattr(o, "included", False)] or \
            [o.id for o in orgs if o.kind == "ccg"]
    if kind == "nhs-england":  # the one NHS England body named
        england = [o.id for o in orgs if o.kind == "nhs-england"]
        return england if len(england) == 1 else []
    if kind == "icb":  # the one integrated care board named
        boards = [o.id for o in orgs if o.kind == "ccg" and _ICB.search(o.name)]
        return boards if len(boards) == 1 else []
    if kind == "ccg":  # the one CCG named, else the one the header includes (others merged into it, or
        # neighbours), else the one named after the area (its neighbours and partners are not); an ICB
        # is "the ICB", never "the CCG", though it is a CCG's kind and successor (battery AI, session 26)
        ccgs = [o for o in orgs if o.kind == "ccg" and not _ICB.search(o.name)]
        included = [o.id for o in ccgs if o.included]
        own = [o.id for o in ccgs if area and re.search(rf"\b{re.escape(area)}\b", o.name, re.IGNORECASE)]
        return [ccgs[0].id] if len(ccgs) == 1 else included if len(included) == 1 else own if len(own) == 1 else []
    councils = [o for o in orgs if o.kind == "local-authority"]
    if kind == "public-health":
        health = [o.id for o in orgs if o.kind == "public-health"]
        if len(health) == 1:
            return health
    own = [o.id for o in councils if area and area.lower() in o.name.lower()]
    if len(own) == 1:
        return own
    return [councils[0].id] if len(councils) == 1 else []


#: "NHS Kestrel Vale CCG (the CCG)": the body a report says "the CCG" or "the council" means.
#: "Westby Council (the unitary council)": a council of a tier, where a report tells two apart.
_DEFINED_REFERENCE = re.compile(r"\s+\((?:the\s+)(?P<word>CCG|[Cc]ouncil|(?:county|city|unitary|borough|district)\s+council)\)")
#: A body described just after its name by what it is, as the report goes on to call it: "A, the
#: mental health trust, ...", "A (the acute trust)", "A is the community provider for the area".
_DESCRIBED_AS = re.compile(r"(?:,\s+|\s+\(|\s+(?:is|was|remains|became|has\s+been)\s+)the\s+(?P<word>(?:(?-i:[a-z])[a-z-]+\s+){1,3}"
                           r"(?:trust|charity|provider|practice|federation|confederation|enterprise|company|hospital|hospice))"
                           r"(?=\s*[,.;)]|\s+(?:for|in|across|serving)\b)")


def councils_apart(texts) -> set[str]:
    """The places (:func:`_council_key`) whose councils the texts tell apart: one sentence names a
    council of the place with a word for its tier and one without ("Westby County Council was
    abolished; Westby Council took on its duties"), two bodies where a report names either alone.

    >>> sorted(councils_apart(["Westby County Council and the districts were abolished; Westby Council took on its duties."]))
    ['westby']
    >>> councils_apart(["Westby Council commissions school nursing.", "Westby County Council funds CAMHS."])
    set()
    """
    out = set()
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            named = {m.group(0) for m in _COUNCIL.finditer(sentence)}
            for key in {_council_key(n) for n in named}:
                tiers = {bool(set(name_key(n).split()) & _TIERS) for n in named if _council_key(n) == key}
                if key and tiers == {True, False}:
                    out.add(key)
    return out


#: A post of a body, named after the body's possessive: "A's Director of Public Health (DPH)".
_POST_OF = re.compile(r"\w['’]s\s+(?:[\w-]+\s+){0,2}?(?:Director|Consultant|Head|Lead|Manager|Nurse|Doctor|Officer|"
                      r"Commissioner|Chief)\b", re.IGNORECASE)
#: NHS England with its region in brackets before any short name: "NHS England (London) (NHSE)".
_NHSE_REGION_BRACKET = re.compile(r"\b(NHS\s+England)\s+\((?:the\s+)?[A-Z][a-z]+(?:[\s-]+(?:[A-Z][a-z]+|and|of))*\)")


def _after_known_body(name: str, resolver: OrgResolver) -> str:
    """The last body of a list read as one name, where the words before "and" are a known body's
    name or short name ("Shuttle Lane and Thornsby Council" is Shuttle Lane and the council;
    "Brighton and Hove City Council" is one name).

    >>> r = OrgResolver(); _ = r.add("Shuttle Lane Health CIC")
    >>> _after_known_body("Shuttle Lane and Thornsby Council", r), _after_known_body("Brighton and Hove City Council", r)
    ('Thornsby Council', 'Brighton and Hove City Council')
    """
    head, _, rest = name.partition(" and ")
    matcher = resolver.matcher() if rest else None
    spans = matcher.spans(head) if matcher else []
    return rest if spans and spans[0][0] == 0 and spans[0][1] == len(head) else name


def discover(text: str, resolver: OrgResolver) -> None:
    """Add the bodies a text names in forms that cannot be anything else: councils, CCGs,
    NHS trusts, CICs and companies, and names defined with an abbreviation ("... Trust (ABC)")
    or as a reference ("... CCG (the CCG)")."""
    for row in NAMED:  # national bodies, by the name they go by ("NHS England's area team")
        if re.search(rf"(?<![\w-]){re.escape(row.example)}(?![\w-])", text):
            resolver.add(row.example, kind=row.kind)
    for row in NAMED_SHORT:  # "NHSE buys dental care"
        if re.search(rf"(?<![\w-]){row.phrase}(?![\w-])", text):
            resolver.add(row.example, kind=row.kind, aliases=[row.phrase])
    if re.search(AREA_TEAM, text):  # "we telephoned the area team": NHS England's, named or not
        resolver.add("NHS England", kind="nhs-england")
    for pattern in (_COUNCIL, _NHS_BODY):
        for m in pattern.finditer(text):
            name = re.sub(r"^(?:The|the|and|of)\s+", "", m.group(0))
            name = re.sub(r"^(?:[A-Z]\w+\s+)*?(?=(?:NHS|[A-Z][\w'-]+ (?:County|City|Metropolitan|Borough|"
                          r"District)|London Borough))", "", name) if name.split()[0] in _NOT_FIRST else name
            # "A, B General Hospital and C NHS Trust": a list of bodies ends with the last one
            name = re.split(r"\bHospital(?:,|\s+and|\s+&)\s+", name)[-1]
            if "," in name and not re.search(r"\s(?:and|&)\s", name.rsplit(",", 1)[1]):
                name = name.rsplit(",", 1)[1].strip()  # "the city of Westby, Acme NHS Trust": a list ends in "and"
            name = _after_known_body(name, resolver)  # "Shuttle Lane and Thornsby Council": two bodies
            if len(name.split()) > 1 and name.split()[0] not in _NOT_FIRST:  # not "The MBC": a tier, no place
                resolver.add(name)
    regionless = _NHSE_REGION_BRACKET.sub(r"\1", text)  # "NHS England (London) (NHSE)": London is no short name
    for m in re.finditer(rf"((?<![\w&]){_WORD}(?:[ ,]+(?:{_WORD}|and|of|&|for|the|upon|on)){{0,15}})"
                         # "(KGH)", "(Ambury)", "(NHS Kestrel North CCG, or KN CCG)": the short name last
                         # "(the ICT)": a short name of capitals with "the" (not "(the Trust)", "(the CCG)")
                         r"\s+\((?:[^()]{2,60}?,?\s+or\s+)?(?:the\s+(?=[A-Z][A-Z&]{1,6}\)))?"
                         r"([A-Z][A-Za-z&]{1,8}(?:\s+CCG)?|[A-Z][a-z]+(?:[A-Z][a-z]+)?)\)(\s+CCGs?\b)?",
                         regionless):
        if m.group(2) in _KEYED_KINDS:  # "(the CCG)": a reference to the kind (_DEFINED_REFERENCE), no short name
            continue
        words = m.group(1).replace(",", " , ").split()
        tail = m.group(3) or ""  # "Leicester, Leicestershire and Rutland (LLR) CCGs"
        letters = re.sub(r"[^A-Z]", "", m.group(2))
        for i in range(len(words)):
            candidate = " ".join(words[i:]).replace(" , ", ", ") + tail
            if "and" in words[i:] and not _capitals(candidate).startswith(letters) and any(
                    words[j - 1] == "and" and _capitals(" ".join(words[j:])).startswith(letters) for j in range(i + 1, len(words))):
                continue  # "between A County Council and Ferry Care CIC (FCC)": the short name is the second body's
            if words[i] in _VERB_FIRST and i + 1 < len(words):
                continue  # "Were A (AB) still in existence": the name starts after the verb put first
            if service_name(candidate) or _POST_OF.search(candidate):
                break  # "Family Nurse Partnership (FNP)": a service defined, no body; "A's Director of Public Health (DPH)": a post
            if "," in candidate and _A_PLACE.search(candidate.rsplit(",", 1)[0]):
                continue  # "At Kilnbury General Hospital, Kilnbury Hospitals NHS Trust (KHT)": a site, then the body
            if is_org_name(candidate) or resolver.resolve(candidate):
                resolver.add(candidate, aliases=[m.group(2) + tail])
                break
    initials_named(text, resolver)
    for m in _DEFINED_REFERENCE.finditer(text):
        body = [o for _, end, o in org_spans(text[:m.start()], resolver, "") if end == m.start()]
        if body:
            resolver.defined.setdefault(m.group("word").lower(), body[-1])
    described_as(text, resolver)
    glossed(text, resolver)


def _capitals(name: str) -> str:
    """The capitals that begin a name's words ("Ferry Care CIC" -> "FCC").

    >>> _capitals("Ferry Care CIC"), _capitals("Rye and Aldermoor Hospitals NHS Trust")
    ('FCC', 'RAHNT')
    """
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def described_as(text: str, resolver: OrgResolver) -> None:
    """Define the description a text gives a body just after its name as a reference to it (as
    "(the CCG)" defines "the CCG"): "A, the mental health trust, runs X" lets "the mental health
    trust" stand for A; not where the text gives the description to two bodies.

    >>> r = OrgResolver(); _ = r.add("Westford Care NHS Trust"), r.add("Greenway Recovery")
    >>> described_as("Westford Care NHS Trust is the mental health trust for the area.", r)
    >>> r.defined["mental health trust"]
    'westford-care-trust'
    >>> described_as("Greenway Recovery, the local charity, and Westford Care NHS Trust, the local charity, met.", r)
    >>> "local charity" in r.defined
    False
    """
    found: dict[str, set] = {}
    for m in _DESCRIBED_AS.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), 0)
        body = [o for _, end, o in org_spans(text[start:m.start()], resolver, "") if start + end == m.start()]
        if body:
            found.setdefault(m["word"].lower(), set()).add(body[-1])
    for word, bodies in found.items():
        if len(bodies) == 1 and word not in resolver.defined:
            resolver.defined[word] = next(iter(bodies))


def initials_named(text: str, resolver: OrgResolver) -> None:
    """Add each word of capitals in ``text`` that is the initials of one known body's name as its
    short name (:func:`initials_of`); asked again once the bodies of the store are known."""
    for m in re.finditer(r"(?<![\w-])[A-Z]{3,6}(?![\w]|-[A-Z\d])", text):  # "MBC", "ICT-delivered", not "CPA-HV"
        _add_initials(m.group(0), resolver)
    for m in re.finditer(r"(?<![\w-])(?:[A-Z][a-z][\w'’-]*[ ]+){1,3}[A-Z]{2,6}(?![\w]|-[A-Z\d])", text):
        words = m.group(0).split()  # "(When) Ashenclough PCT": its place, then the initials of its kind
        for k in range(len(words) - 1):
            if _add_initials(" ".join(words[k:]), resolver):
                break


def _add_initials(short: str, resolver: OrgResolver) -> bool:
    """Add ``short`` as the short name of the one known body whose initials it is; whether it was."""
    body = initials_of(short, resolver)
    if body and not resolver.resolve(short):
        resolver.add(resolver.orgs[body].name, aliases=[short])
    return bool(body)


#: A glossary statement: "Tarnside is Tarnside Community Healthcare NHS Trust; FGH stands for ...".
_GLOSS = re.compile(r"(?:^|(?<=[;.:])\s+)(?P<short>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})\s+(?:is|stands\s+for|means|"
                    r"is\s+short\s+for)\s+(?P<full>[A-Z][^;.:()]{3,100}?)\s*(?=[;.]|$)")


#: An entry of a key to abbreviations, a line of its own or run on after the one before (a
#: paragraph whose line breaks were lost): "QHCCG: NHS Quill and Heddon CCG (since April 2017)".
_KEY_LINE = re.compile(r"(?:^|(?<=\s))(?P<short>[A-Z][\w'’&-]{1,11}):[ \t]+(?P<full>[A-Z][^\n;:().]{3,100}?)[ \t]*"
                       r"(?:\([^()\n]*\))?(?=\s+[A-Z][\w'’&-]{1,11}:\s|[ \t]*(?:\n|\.|$))", re.MULTILINE)
#: Words a key's line may define that are kinds of body, never one body's short name.
_KEYED_KINDS = {"CCG", "CCGs", "ICB", "NHS", "LA", "GP", "GPs", "STP", "ICS", "PCT", "CSU"}


def glossed(text: str, resolver: OrgResolver) -> None:
    r"""Add the short names a glossary gives known bodies (role9): "Tarnside is Tarnside Community
    Healthcare NHS Trust; FGH stands for Fellbrook General Hospitals NHS Trust", or a key's line
    "QHCCG: NHS Quill and Heddon CCG" (the short name's words in the full name, or its capitals).

    >>> r = OrgResolver()
    >>> _ = r.add("Tarnside Community Healthcare NHS Trust"), r.add("NHS Quill and Heddon CCG")
    >>> glossed("Tarnside is Tarnside Community Healthcare NHS Trust; Tarnside is a town.", r)
    >>> glossed("Key: QHCCG: NHS Quill and Heddon CCG (since April 2017) CCG: NHS Quill and Heddon CCG", r)
    >>> r.resolve("Tarnside"), r.resolve("QHCCG"), r.resolve("CCG")
    ('tarnside-community-healthcare-trust', 'quill-and-heddon-ccg', None)
    """
    for m in [*_GLOSS.finditer(text), *(k for k in _KEY_LINE.finditer(text) if k["short"] not in _KEYED_KINDS)]:
        short, body = m["short"], resolver.resolve(m["full"])
        if not body or short.split()[0] in _NOT_FIRST or resolver.resolve(short) \
                or not (set(short.split()) <= set(m["full"].split()) or short.isupper()):
            continue
        resolver.add(resolver.orgs[body].name, aliases=[short])


#: Words of a council's or a CCG's name that say its tier or kind, not its place; with :data:`_KIND_WORDS`, the words
#: whose initials alone may be a body's short name ("Skellhope Metropolitan Borough Council" ... "the
#: MBC"; "Wray Integrated Care NHS Trust" ... "Wray ICT").
_TIER_WORDS = {"Metropolitan", "Borough", "County", "City", "District", "Council", "Clinical", "Commissioning"}
#: Initials of kind words that stand for something else in reports, or for a kind of body, never
#: for one body unless the text defines them ("(the ICT)"): "ICT systems", "a PCT", "the CCG".
_NOT_A_BODYS_INITIALS = {"ICT", "PCT", "CCG", "ICB", "ICS", "CSU", "CHS", "MHT", "CCT", "ACT"}
_NOT_INITIAL = {"nhs", "foundation", "trust", "ft", "of", "and", "&", "the", "for", "ltd", "limited", "cic", "plc", "llp"}


def initials_of(word: str, resolver: OrgResolver) -> str | None:
    """The one known body whose name's initials a capitalised abbreviation is, where no text
    defines it ("KVH" for "Kestrel Vale Hospitals NHS Trust", named so in the header only);
    with "T" or "FT" for its trust ("KVHT", "KVHFT"). None where no body or two bodies fit.

    >>> r = OrgResolver()
    >>> kvh, kvc = r.add("Kestrel Vale Hospitals NHS Trust"), r.add("Kestrel Vale Council")
    >>> initials_of("KVH", r), initials_of("KVHT", r), initials_of("KVC", r), initials_of("CAMHS", r)
    ('kestrel-vale-hospitals-trust', 'kestrel-vale-hospitals-trust', 'kestrel-vale-council', None)
    """
    fits = {org_id for name, org_id in _initials(tuple((o.name, o.id) for o in resolver.orgs.values()))
            if name == word}
    return fits.pop() if len(fits) == 1 else None


@lru_cache(maxsize=256)  # asked for every capitalised abbreviation of every paragraph
def _initials(bodies: tuple[tuple[str, str], ...]) -> frozenset[tuple[str, str]]:
    """(initials, id) of each (name, id): "KVH", "KVHT" for "Kestrel Vale Hospitals NHS Trust"."""
    out = set()
    for name, org_id in bodies:
        words = [w for w in re.sub(r"['’]s\b", "", name).replace("-", " ").split()
                 if w.lower() not in _NOT_INITIAL and w[:1].isupper()]
        letters = "".join(w[0] for w in words)
        trust = "FT" if re.search(r"\bFoundation Trust$|\bFT$", name) else "T" if name.endswith("Trust") else ""
        if len(letters) >= 2:
            out |= {(letters, org_id), (letters + trust, org_id), (letters + "T", org_id)}
        kind = next((i for i in range(1, len(words)) if all(w in _TIER_WORDS or _KIND_WORDS.fullmatch(w) for w in words[i:])), None)
        short = "".join(w[0] for w in words[kind:]) + trust if kind is not None else ""
        if len(short) >= 3 and short not in _NOT_A_BODYS_INITIALS:  # "MBC": the words of its kind, the place left out
            out.add((short, org_id))
        if len(short) >= 2:  # "Ashenclough PCT", "Skellhope MBC": its place, then the initials of its kind
            out.add((" ".join(words[:kind]) + " " + short, org_id))
    return frozenset(out)


#: What a report says a body is, in apposition (rules/bodies.py, APPOSITIVE).
APPOSITIVE_KINDS = [(row.phrase, row.kind) for row in APPOSITIVE]
_APPOSITIVE = re.compile(
    r",\s+(?:the\s+\w+'s\s+|an?\s+(?:local\s+|national\s+|registered\s+|small\s+|large\s+)?|the\s+(?=(?:[\w-]+\s+){1,4}"
    r"(?:that|which|who)\b)|the\s+(?:(?:then|previous|former|current|\d{4})\s+)?(?=grant[\s-]holder\b))?(?:"  # "X, the charity that held this work" (not "X, the charity and the police")
    + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(APPOSITIVE_KINDS)) + r")\b", re.IGNORECASE)


#: What a report says a body is, just before its name (rules/bodies.py, PRECEDING).
_PRECEDING = re.compile(r"\b(?:[Tt]he\s+|[Aa]n?\s+(?:(?:small|local|large|national|registered|regional|independent|new)\s+){0,3}"
                        r"(?=[\w\s-]{1,40},\s+[A-Z]))(?:" + "|".join(f"(?P<k{i}>{row.phrase})" for i, row in enumerate(PRECEDING))
                        + rf")(?:,\s+|\s+)(?P<name>{_WORD}(?:[ ]+(?:{_WORD}|and|of|&|for)){{1,5}})(?=[ ]*[,.;:)]|[ ]+[a-z])")


def preceding_kinds(text: str, resolver: OrgResolver) -> None:
    """Add the bodies a text names right after saying what they are ("the charity Westby Young
    Futures", "The incumbent, Harbour Young People's Service,"), with that kind: names of two
    words or more, not a service's, that no known body has.

    >>> r = OrgResolver()
    >>> preceding_kinds("The service is run by the charity Westby Young Futures on a grant.", r)
    >>> preceding_kinds("It was the work of a small local charity, Lantern Young People's Service; it closed.", r)
    >>> preceding_kinds("It was the work of a charity Harbour Youth once.", r)
    >>> [(o.name, o.kind) for o in r.orgs.values()]
    [('Westby Young Futures', 'charity'), ("Lantern Young People's Service", 'charity')]
    """
    for m in _PRECEDING.finditer(text):
        kind = next(PRECEDING[int(k[1:])].kind for k, v in m.groupdict().items() if v and k != "name")
        name = re.sub(r"(?:\s+(?:and|of|&|for))+$", "", m.group("name"))
        if name.split()[0] not in _NOT_FIRST and _a_new_body(name, resolver):
            resolver.add(name, kind=kind)


def _a_new_body(name: str, resolver: OrgResolver) -> bool:
    """Whether a name the text says is a body's is one to add: no service's name, no known
    body's, no figure in it."""
    return not (service_name(name) or resolver.resolve(name) or re.search(r"\d", name))


#: What only a body does, just after its name (rules/bodies.py, FOLLOWING).
_FOLLOWING = re.compile(rf"(?<![\w'’])(?P<name>{_WORD}(?:[ ]+(?:{_WORD}|and|of|&|for)){{0,5}})"
                        r"(?P<clause>,[ ]+(?:which|who)[ ]+[^,;.()]{3,120},)?[ ]+(?:"
                        + "|".join(f"(?P<k{i}>{row.phrase})" for i, row in enumerate(FOLLOWING)) + r")\b")


def following_kinds(text: str, resolver: OrgResolver) -> None:
    """Add the bodies a text names just before saying what only a body does ("Harbour Young
    People's Project ceased trading"): names of two words or more, not a service's, that no
    known body has.

    >>> r = OrgResolver()
    >>> following_kinds("In 2016 Harbour Young People's Project ceased trading.", r)
    >>> [(o.name, o.kind) for o in r.orgs.values()]
    [("Harbour Young People's Project", 'provider')]

    A name of one word, a word the text uses only so, and a clause on the body between:

    >>> r = OrgResolver()
    >>> following_kinds("Hopescar, which ran the drug service at our last visit, was wound up in 2015.", r)
    >>> following_kinds("Since ceased trading in 2015, the clinic has closed.", r)
    >>> [o.name for o in r.orgs.values()]
    ['Hopescar']
    """
    for m in _FOLLOWING.finditer(text):
        kind = next(FOLLOWING[int(k[1:])].kind for k, v in m.groupdict().items() if v and k not in ("name", "clause"))
        words = m.group("name").split()
        while words and words[0] in _NOT_FIRST:  # "In 2016 Harbour ...": the name starts after the opening
            words = words[1:]
        name = " ".join(words)
        one = len(words) == 1 and len(name) >= 4 and not re.search(rf"(?<![\w'’-]){re.escape(name.lower())}\b", text)
        if (len(words) >= 2 or one) and _a_new_body(name, resolver):
            resolver.add(name, kind=kind)


def appositive_kinds(text: str, resolver: OrgResolver, area: str = "") -> None:
    """Set the kind of a body from what the text says it is, right after its name (and add the
    bodies it says what they are just before their names, :func:`preceding_kinds`, or by what only
    a body does just after them, :func:`following_kinds`)."""
    preceding_kinds(text, resolver)
    following_kinds(text, resolver)
    for m in _APPOSITIVE.finditer(text):
        kind = next(APPOSITIVE_KINDS[int(k[1:])][1] for k, v in m.groupdict().items() if v)
        # the body whose name ends just before the comma (an abbreviation may stand between)
        before = [s for s in org_spans(text[:m.start()], resolver, area)
                  if re.fullmatch(r"\s*(?:\([^)]{1,12}\))?\s*", text[s[1]:m.start()])]
        if before:
            if "grant" not in m.group(0).lower():  # (a known body holding a grant stays what it is: a council may)
                resolver.orgs[before[-1][2]].kind = kind
            continue
        name = re.search(r"(?:^|(?<=[\s(]))((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)$", text[:m.start()])
        place = re.search(r"\b(?:in|at|near|across|around|of)\s+$", text[:name.start()] if name else "")
        if name and not place and name.group(1).split()[0] not in _NOT_FIRST:  # "Brook, a national charity"
            # (not "Acme Practice in Westby, a practice of 9,000 patients": a place)
            resolver.orgs[resolver.add(name.group(1), kind=kind)].kind = kind


#: A body referred to by the last word of its name, a word for a kind of body no service bears:
#: "the federation" (Vennershire Practices Federation), "the consortium", "the hospice", "the GP
#: Collaborative" (Hollowmere GP Collaborative), capitalised as a name is ("the collaborative contract" is none).
_LAST_WORD_REFERENCE = re.compile(r"\b[Tt]he\s+(?:GP\s+|practices?\s+)?([Ff]ederation|[Cc]onfederation|[Aa]lliance|[Cc]onsortium|hospice|CIC|"
                                  r"Collaborative|Cooperative|Collective)\b"
                                  r"(?!\s+(?:at\s+home|service|services|team|teams|nurses?|care|model|approach)\b)")


#: Words before a place's name: "in Fennickby", "across Coldhithe and Fennickby".
_PLACE_BEFORE = re.compile(r"(?<!\bbrought\s)(?<!\bcalled\s)(?<!\binvested\s)(?<!\btook\s)(?<!\btaken\s)(?<!\bdrafted\s)"
                           r"(?<!\bbring\s)(?<!\bcall\s)\b(?:[Ii]n|[Nn]ear|[Aa]round|[Tt]hroughout|[Oo]utside)\s+"
                           r"(?:[A-Z][\w'’-]+(?:,\s+|\s+and\s+))*$")
#: A place's facilities after its name: "the Fennickby recovery hub", "the Fennickby minor injuries
#: unit" (not "the Millrace nurses", "the Portgannet trust", "the Tidemark contract": the body's).
_FACILITY = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:hub|unit|clinic|centre|center|office|base|ward|schools?|area|locality|town|"
                       r"villages?|estate|library|drop-in)\b")


def _as_place(text: str, start: int, end: int) -> bool:
    """Whether a body's short name at ``start:end`` is the place it is named after: after "in",
    "near" ... (not "brought in A", a body brought in), or between "the" and a facility ("the Fennickby recovery hub"), not the body's people
    or things ("the Fennickby nurses", "the Fennickby contract") nor a longer name's ("in Fennickby
    General Hospital").

    >>> _as_place("clinics in Coldhithe and Fennickby", 25, 34), _as_place("the Fennickby recovery hub", 4, 13)
    (True, True)
    >>> _as_place("The council brought in Fennickby to run it.", 23, 32), _as_place("The Fennickby contract ended.", 4, 13)
    (False, False)
    >>> _as_place("Fennickby runs the hub", 0, 9), _as_place("the Fennickby's hub", 4, 13), _as_place("the Fennickby nurses", 4, 13)
    (False, False, False)
    """
    before = text[max(0, start - 120):start]
    after = text[end:end + 60]
    if re.match(r"\s+[A-Z]|['’]", after):
        return False  # a longer name ("in Eastmarch General Hospital"), or the body's own ("in Trevennick's directorate")
    return bool(_PLACE_BEFORE.search(before)) or bool(re.search(r"\b[Tt]he\s+$", before) and _FACILITY.match(after))


def org_spans(text: str, resolver: OrgResolver, area: str, new_names: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, id) of the bodies a text names or refers to, in text order; with
    ``new_names``, a well-formed name not yet known is added (used where the grammar says a
    body stands there: after "by", "from", in a recommendation's heading)."""

    matcher = resolver.matcher()
    spans = list(matcher.spans(text)) if matcher else []
    named = {sp[2] for sp in spans}  # the bodies the text names (not "the CCGs", a reference)
    shorts = set(getattr(resolver, "shorts", {}).values()) if area and matcher else set()
    spans = [sp for sp in spans if not (text[sp[0]:sp[1]] in shorts and (text[sp[0]:sp[1]].lower() in area.lower()
                                                                        or _as_place(text, *sp[:2])))]  # the place
    for pattern, kind in _REFERENCES:
        for m in pattern.finditer(text):
            tiered = council_of_tier(resolver, m.group(0)) if kind == "council" else ""
            for org in [tiered] if tiered else referents(resolver, kind, area):
                spans.append((m.start(), m.end(), org))
    # "the community trust", "the northern CCG"; not where the text names the body too ("The community
    # trust that we reviewed, A Trust, closed": the name is the body's mention, as before)
    spans += [sp for sp in described(text, resolver) if sp[2] not in named]
    for m in _LAST_WORD_REFERENCE.finditer(text):  # "the federation": the one body whose name ends so
        fits = [o.id for o in resolver.orgs.values() if o.name.lower().split()[-1:] == [m.group(1).lower()]]
        if len(fits) == 1 and fits[0] not in named:
            spans.append((m.start(), m.end(), fits[0]))
    for word, org in resolver.defined.items():  # "the unitary council", as the report defined it
        if " " in word:
            spans += [(m.start(), m.end(), org) for m in re.finditer(rf"\b[Tt]he\s+{word}\b", text)]
    if new_names:  # "Rye Valley Hospitals NHS Trust", where "Rye Valley" is a known body's short name
        starts = sorted({sp[0] for sp in spans})  # a name ends where another known one begins ("NCHT Westford City Council")
        spans = [sp for sp in spans if not _another_body(
            text[sp[0]:min(_next_start(starts, sp[0]), sp[0] + _NAME_REACH)], text[sp[0]:sp[1]], resolver)]
        added = _new_names(text, spans, resolver)
        if added:  # the text's later mentions of the bodies just added, in their short forms ("Ferrier's insolvency")
            had = set(spans)
            spans += added + [sp for sp in org_spans(text, resolver, area) if sp not in had]
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, str]] = []
    seen = set()
    for s in spans:
        if out and s[0] < out[-1][1] and not (s[0] == out[-1][0] and s[1] == out[-1][1]):
            continue
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


#: The most letters a body's name is read over from where it begins, and looked back over for
#: the word before it: a name is a dozen words at most, so a text of any length is read in time
#: linear in its length.
_NAME_REACH = 600


def _new_names(text: str, spans: list, resolver: OrgResolver) -> list[tuple[int, int, str]]:
    """The well-formed names not yet known that ``text`` holds outside the ``spans`` of known
    bodies (each added to ``resolver``), as spans; the capitals are visited in order, so that
    whether one is covered is kept as the furthest end reached so far."""
    known = sorted(s for s, e, _ in spans if is_org_name(text[s:e])  # right after a word of a name, not after "and"
                   and re.search(r"[A-Z][\w'’)-]*\s+$", text[max(0, s - _NAME_REACH):s]))
    starts = sorted((s, e) for s, e, _ in spans)
    ends = {e for _, e in starts}
    found: list[tuple[int, int, str]] = []
    i, reach = 0, -1
    for m in re.finditer(r"(?<![\w'’-])[A-Z]|(?<=\s['’])[A-Z]", text):
        pos = m.start()
        while i < len(starts) and starts[i][0] <= pos:
            reach, i = max(reach, starts[i][1]), i + 1
        if pos < reach or _inside_run(text, pos, ends):
            continue
        # a new name ends where a known one begins (table cells run together: "Elm Bank
        # NHS Calderby CCG ..." names no body "Elm Bank NHS Calderby CCG")
        stop = known[bisect.bisect_right(known, pos)] if bisect.bisect_right(known, pos) < len(known) else len(text)
        cut = text[pos:min(stop, pos + _NAME_REACH)]
        name = _known_prefix(cut, 0, resolver)
        name = _another_body(cut, name, resolver) or name or names_at(cut, 0)
        if name:
            org = resolver.add(name)  # a new body, or a shorter or other form of a known one (an alias)
            found.append((pos, pos + len(name), org))
            reach = max(reach, pos + len(name))
            ends.add(pos + len(name))
    return found


def _next_start(starts: list[int], pos: int) -> int:
    """The first of the sorted ``starts`` after ``pos`` (or a position past any text)."""
    i = bisect.bisect_right(starts, pos)
    return starts[i] if i < len(starts) else 1 << 62


def _another_body(text: str, short: str | None, resolver: OrgResolver) -> str | None:
    """The name of a body not yet known that ``text`` begins with, where a known body's short form
    (``short``, no body's name by itself: "Rye Valley") begins it too: "Rye Valley Hospitals NHS
    Trust (RVH)", an earlier body, is not Rye Valley and Aldermoor's "Rye Valley" and more words.

    >>> r = OrgResolver()
    >>> _ = r.add("Rye Valley and Aldermoor Hospitals NHS Foundation Trust", aliases=["Rye Valley"])
    >>> _another_body("Rye Valley Hospitals NHS Trust ran it", "Rye Valley", r), _another_body("Rye Valley runs it", "Rye Valley", r)
    ('Rye Valley Hospitals NHS Trust', None)
    """
    if not short or is_org_name(short) or re.match(r"\s*(?:and|&|,|of|for)\s", text[len(short):]):
        return None  # "NMCCG and TEV CCG": two bodies
    whole = names_at(text, 0)
    if not whole or len(whole) <= len(short) or _A_PLACE.search(whole) or kind_of(whole) in ("provider", "hospital"):
        return None  # "Strand Valley General Hospital": the body's site, which it runs; "NCHT Health visiting": no name
    return whole if resolver.resolve(whole) is None else None


def _inside_run(text: str, start: int, ends: set[int]) -> bool:
    """Whether ``start`` is inside a run of capitalised words, not where a name may begin: after
    a word that begins the run ("Nurse" in "Family Nurse Partnership"), unless a body's name
    ends there (a table's cells run together: "MHC Family Nurse ...") or the word before is
    one no name starts with ("The Anchorage Trust").

    >>> _inside_run("MHC and Family Nurse Partnership", 15, set()), _inside_run("from The Anchorage Trust", 9, set())
    (True, False)
    >>> _inside_run("the Child and Adolescent Mental Health Services", 14, set())
    True
    """
    offset = max(0, start - _NAME_REACH)  # the word before, looked for near ``start`` only
    window = text[offset:start]
    before = re.search(r"(?:^|(?<![.:;])\s)([A-Z][\w'’-]*)\s+$", window)
    joined = re.search(r"(?:^|(?<![.:;])\s)([A-Z][\w'’-]*)\s+(?:and|&|of)\s+$", window)
    if joined and joined.group(1) not in ("The", "A", "An"):  # "Child and Adolescent ..."
        before = joined
    elif before and before.group(1) in _NOT_FIRST:
        return False
    return bool(before) and offset + before.end(1) not in ends


def known_in(texts, known, resolver: OrgResolver) -> list[str]:
    """Add the ``known`` bodies ((name, kind) pairs) that the texts name and the report does not
    already know, each where its name stands alone (not inside a longer capitalised name:
    "Tidewell Council" is not read out of "North Tidewell Council"); returns their ids.

    >>> r = OrgResolver()
    >>> known_in(["The SARC, which Haverly Forensic Services staffs."], [("Haverly Forensic Services Ltd", "private-provider"), ("Haverly Forensic Services", "private-provider")], r)
    ['haverly-forensic-services']
    >>> known_in(["North Tidewell Council runs it."], [("Tidewell Council", "local-authority")], OrgResolver())
    []
    >>> known_in(["It told the Director of Public Health, the director of public health here."], [("Director of Public Health", "public-health")], OrgResolver())
    []
    """
    from clasgraph.ingest.vocabulary import TermMatcher

    texts = list(texts)
    seen = phrase_keys(texts)  # only the names whose words the texts have are looked for
    common = {w.lower() for text in texts for w in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text)}
    # a name of words the report also uses as common words ("Director of Public Health",
    # "Family Nurse Partnership") may be a role or a programme in every area: not recognised
    kinds = {name: kind for name, kind in known if plain(name) in seen
             and any(w[:1].isupper() and not w.isupper() and plain(w).rstrip("'’s") not in common
                     for w in name.split())}
    if not kinds:
        return []
    matcher = TermMatcher([(name, [name]) for name in sorted(kinds)])
    added = []
    for text in texts:
        for start, end, name in matcher.spans(text):
            before, after = text[:start].split()[-1:], text[end:].split()[:1]
            if (before and before[0][:1].isupper() and before[0] not in _NOT_FIRST
                    and before[0][-1] not in ".,;:)") or \
                    (after and after[0][:1].isupper()) or resolver.resolve(name):
                continue
            org = resolver.add(name, kind=kinds[name])
            resolver.orgs[org].known = True
            added.append(org)
    return added


def phrase_keys(texts) -> frozenset:
    """Every run of one to twelve words inside the capitalised phrases of the texts, in
    :func:`plain` form: a known body can be recognised in the texts only if its plain name is
    one of these (a one-word name too, "Lanternway": :func:`known_in` keeps out words the texts
    also use in lower case).

    >>> plain("Haverly Forensic Services") in phrase_keys(["The Lantern Suite, which Haverly Forensic Services staffs."])
    True
    >>> known_in(["Lanternway, whose workers we met, has left."], [("Lanternway", "provider")], OrgResolver())
    ['lanternway']
    """
    keys = set()
    for text in texts:
        for m in _NAME.finditer(text):
            words = plain(m.group(0)).split()
            for i in range(len(words)):
                for j in range(i + 1, min(len(words), i + 12) + 1):
                    keys.add(" ".join(words[i:j]))
    return frozenset(keys)


def plain(name: str) -> str:
    """A name in lower case without commas and stops: how :func:`phrase_keys` compares.

    >>> plain("St. Helens, Council")
    'st helens council'
    """
    return " ".join(name.lower().replace(",", " ").replace(".", " ").split())


#: A company's legal form, which a report may leave off its name ("Foxleigh Dental Care" for "... Ltd").
_COMPANIES = r"Ltd\.?|Limited|plc|PLC|LLP|CIC"
_COMPANY_FORM = re.compile(rf"\s(?:{_COMPANIES})$")
_LEGAL_FORM = re.compile(rf"\s+(?:{_COMPANIES}|NHS (?:Foundation )?Trust|NHS FT)$")


def without_ending(name: str) -> str:
    """A body's name without the words a later report may leave off: its legal form ("Ltd",
    "Limited", "CIC") or "NHS (Foundation) Trust", where what is left still ends in an
    organisation word and has two words or more; else "".

    >>> without_ending("Haverly Forensic Services Ltd"), without_ending("Greyfriars Mental Health NHS Foundation Trust")
    ('Haverly Forensic Services', 'Greyfriars Mental Health')
    >>> without_ending("Tidewell Borough Council"), without_ending("Acme NHS Trust")
    ('', '')
    """
    short = _LEGAL_FORM.sub("", name)
    words = short.split()
    if short == name or len(words) < 2 or words[-1].lower() not in ORG_ENDINGS:
        return ""
    return short
