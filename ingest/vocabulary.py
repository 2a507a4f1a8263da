"""Domain vocabulary as data: the services CLAS reviews talk about, and national guidance and
practice tools they cite. Extractors match these terms; extend the lists, not the code.

Terms are matched on word boundaries, ignoring case, except terms written in capitals
(abbreviations such as "MIU"), which must match exactly.
"""

from __future__ import annotations

import re
from functools import cache

SERVICES = [
    {"key": "childrens-health", "name": "Children's health services", "category": "commissioning",
     "terms": ["health services for children", "children's health services"]},
    {"key": "looked-after-childrens-health", "name": "Looked after children's health",
     "category": "looked after children",
     "terms": ["looked-after children's health", "looked after children's health",
               "CLA health team", "CLA nursing team", "CLA nurses", "looked after children's nurses",
               "looked-after children's nurses", "Looked After Children's health team",
               "looked after children's nursing", "looked-after children's nursing",
               "looked after children's nursing team", "health of children looked after",
               "health services for children looked after", "health services for looked after children",
               "health assessments", "initial health assessments", "review health assessments",
               "children looked after health team", "LAC health team", "looked after children's team", "LAC team", "CLA team",
               # the team's nurses and its assessments as reports name them: "the LAC nurses", "the
               # children in care nurse", "an initial health assessment", "care leavers' health"
               "LAC nurse", "LAC nurses", "LAC nursing", "CLA nurse", "CLA health", "looked after children nurse",
               "looked after children nurses", "looked after children's nurse", "looked-after children's nurse",
               "nurse for looked after children", "nurses for looked after children", "children in care nurse",
               "children in care nurses", "children in care nursing", "children in care health",
               "initial health assessment", "review health assessment", "IHA", "IHAs", "RHA", "RHAs",
               "care leavers' health",
               # the assessments by other names: "a first health assessment", "the health service for children
               # in care" (not any "health assessment": health visitors' two-year check is one; not a care
               # leaver's "health summary", which findings count as a record)
               "first health assessment", "first health assessments", "statutory health assessment",
               "statutory health assessments", "health service for children in care",
               "health services for children in care"]},
    {"key": "acute-hospital", "name": "Acute hospital services", "category": "acute",
     "terms": ["acute hospital", "acute services", "acute", "children's ward", "paediatric ward",
               "paediatric inpatient", "paediatric services", "hospital services", "hospital care",
               "paediatric wards", "children's wards", "acute paediatrics", "inpatient paediatrics",
               "inpatient paediatric", "paediatric inpatient care", "special care baby unit",
               "neonatal unit", "neonatal intensive care"]},
    {"key": "emergency-department", "name": "Emergency department", "category": "acute",
     "terms": ["emergency department", "emergency departments", "ED", "EDs", "A&E",
               "accident and emergency", "children's emergency department",
               # "buys children's emergency care from STH", "acute and emergency care" (not "emergency care
               # practitioners", who work in minor injuries and urgent treatment centres too)
               "children's emergency care", "emergency care for children", "emergency care to children",
               "acute and emergency care"]},
    {"key": "maternity", "name": "Maternity services", "category": "acute",
     "terms": ["maternity", "midwifery", "midwives", "midwife", "maternity unit", "delivery suite", "obstetric unit", "obstetrics",
               "obstetric services", "antenatal care", "antenatal services", "antenatal clinic", "antenatal clinics",
               "labour ward", "labour wards", "birth centre", "birth centres"]},
    {"key": "minor-injuries-unit", "name": "Minor injuries unit", "category": "urgent care",
     "terms": ["minor injuries unit", "minor injuries units", "minor injury unit", "minor injury units", "MIU", "MIUs",
               "walk in centre", "walk-in centre", "walk-in centres", "urgent treatment centre", "urgent treatment centres",
               "urgent care centre", "urgent care centres", "minor injuries",
               "walk-in care", "minor injury care", "minor injuries care", "minor injury service", "minor injury services"]},
    {"key": "public-health-nursing", "name": "0-19 public health nursing", "category": "0-19 public health",
     "terms": ["0-19", "0-25", "0 to 19", "public health nursing", "0-19 service", "0-25 service",
               "healthy child service", "0-19 public health"]},
    {"key": "health-visiting", "name": "Health visiting", "category": "0-19 public health",
     "terms": ["health visiting", "health visitor", "health visitors", "health visiting service",
               "new birth visit", "new birth visits", "antenatal contact by a health visitor"]},
    {"key": "school-nursing", "name": "School nursing", "category": "0-19 public health",
     "terms": ["school nursing", "school nurse", "school nurses", "school health service", "school health team",
               "school health nurses"]},
    {"key": "family-nurse-partnership", "name": "Family nurse partnership", "category": "0-19 public health",
     "terms": ["family nurse partnership", "FNP", "family nurses", "family nurse"]},
    {"key": "camhs", "name": "Child and adolescent mental health services (CAMHS)",
     "category": "mental health",
     "terms": ["CAMHS", "child and adolescent mental health", "young people's mental health", "mental health services for children",
               "mental health services for young people",
               "children's mental health", "emotional wellbeing service", "tier 4 CAMHS", "emotional wellbeing services",
               "children's and adults' mental health",
               "emotional health and wellbeing service",
               # a child's eating disorder is treated within CAMHS: "the community eating disorder service"
               "eating disorder service", "eating disorders service", "eating disorder services", "eating disorders services",
               # the early-help end of the service by its other names ("the emotional wellbeing offer", "a
               # contract for emotional wellbeing support"); not the bare words, which findings say of a child
               "emotional wellbeing offer", "emotional wellbeing support", "emotional wellbeing contract",
               "emotional wellbeing work", "emotional wellbeing sessions", "emotional wellbeing team",
               "emotional wellbeing teams", "emotional health and wellbeing services",
               # inpatient beds, which NHS England buys: "tier 4 beds", "Tier 4 is NHS England's"
               "tier 4", "tier 4 beds"]},
    {"key": "adult-mental-health", "name": "Adult mental health services",
     "category": "mental health", "terms": ["adult mental health", "adult community mental health",
                                          "adult psychiatry", "adult psychiatric", "mental health services for adults",
                                          "mental health care for adults", "mental health liaison",
                                          "liaison psychiatry", "adult crisis team", "mental health teams for adults",
                                          "adults' mental health", "adult MH",
                                          # "looks after children's and adults' mental health": both services
                                          "children's and adults' mental health"]},
    {"key": "perinatal-mental-health", "name": "Perinatal mental health service",
     "category": "mental health", "terms": ["perinatal mental health", "perinatal team", "perinatal service", "perinatal services", "perinatal MH",
                                                                   # "care for women with perinatal mental illness", "the perinatal
                                                                   # contract" (not "perinatal" alone: maternity's perinatal deaths,
                                                                   # bereavement midwives and perinatal centres are not this service)
                                                                   "perinatal mental illness", "perinatal contract", "perinatal outreach",
                                                                   "perinatal psychiatry", "perinatal psychiatrist"]},
    {"key": "sexual-health", "name": "Contraception and sexual health services (CASH)",
     "category": "sexual health", "terms": ["sexual health", "contraception", "CASH",
                                            "contraceptive and sexual health", "sexual and reproductive health",
                                            "chlamydia screening", "genitourinary medicine",
                                            "contraceptive services", "contraceptive service", "contraceptive clinic"]},
    {"key": "substance-misuse", "name": "Substance misuse services", "category": "substance misuse",
     "terms": ["substance misuse", "drug and alcohol", "drugs and alcohol", "drug or alcohol", "drugs or alcohol", "drug treatment", "alcohol treatment", "substance use",
     # a needle exchange
     "needle exchange"]},
    {"key": "primary-care", "name": "Primary care (general practice)", "category": "primary care",
     "terms": ["GP practice", "GP practices", "GPs", "GP services", "GP contract", "GP contracts", "primary care", "general practice", "general practices",
               "primary medical services", "primary medical care", "GP hub", "GP hubs", "extended access",
               "GP care", "general medical services", "GMS", "out-of-hours GP", "out of hours GP", "GP out-of-hours", "GP out of hours",
               "OOH GP", "GP OOH", "out-of-hours primary care", "out of hours primary care",
               # sessions and cover by other names: "evening and weekend GP appointments", "overnight GP cover"
               # (not an "out-of-hours service", "rota" or "cover" alone: a council's emergency duty team, a
               # paediatric on-call rota and a crisis line are all out of hours)
               "GP appointments", "GP cover", "GP sessions", "GP clinics", "GP extended hours", "out-of-hours GP service"]},
    {"key": "dental", "name": "Dental services", "category": "primary care",
     "terms": ["dental", "dentists", "dentistry"]},
    {"key": "youth-offending", "name": "Youth offending service health provision",
     "category": "youth justice",
     "terms": ["youth offending service", "youth offending team", "youth justice service", "YOS", "YOT", "YJS",
               "youth offending", "youth justice", "youth offending teams", "youth offending services"]},
    {"key": "sarc", "name": "Sexual assault referral centre (SARC)", "category": "specialist",
     "terms": ["sexual assault referral centre", "sexual assault referral centres", "sexual assault referral service",
               "sexual assault referral services", "SARC",
               "forensic medical examiner", "forensic medical examiners", "forensic examiners", "forensic doctors",
               "forensic medical examination", "forensic medical examinations"]},
    {"key": "designated-professionals", "name": "Designated professionals (doctors and nurses)",
     "category": "designated professionals",
     "terms": ["designated professionals", "designated doctor", "designated nurse", "designated nurses",
               "designated doctors", "designated safeguarding professionals", "designated paediatrician",
               "designated safeguarding nurse",
               "designated posts", "designated safeguarding posts"]},
]

#: National guidance, statutory documents and practice tools cited across CLAS reviews.
DOCUMENTS = [
    {"title": "Working Together to Safeguard Children", "kind": "guidance",
     "terms": ["Working Together to Safeguard Children"]},
    {"title": "Promoting the health and wellbeing of looked after children", "kind": "guidance",
     "terms": ["Promoting the health and wellbeing of looked after children",
               "Promoting the health and well-being of looked-after children"]},
    {"title": "Safeguarding Children and Young People: Roles and Competencies for health care staff",
     "kind": "guidance",
     "terms": ["Roles and Competencies for health care staff", "intercollegiate guidance",
               "intercollegiate level 3", "intercollegiate document"]},
    {"title": "Healthy Child Programme", "kind": "guidance", "terms": ["Healthy Child Programme"]},
    {"title": "You're Welcome", "kind": "guidance", "terms": ["You're Welcome"]},
    {"title": "United Nations Convention on the Rights of the Child", "kind": "guidance",
     "terms": ["United Nations Convention of the Rights of the Child",
               "United Nations Convention on the Rights of the Child", "UNCRC"]},
    {"title": "Signs of Safety", "kind": "tool", "terms": ["Signs of Safety"]},
    {"title": "Think Family", "kind": "tool", "terms": ["Think Family"]},
    {"title": "Spotting the Signs", "kind": "tool", "terms": ["Spotting the Signs"]},
    {"title": "DASH risk assessment (Domestic Abuse, Stalking and Harassment and Honour based violence)",
     "kind": "tool", "terms": ["Domestic Abuse, Stalking and Harassment and Honour based violence",
                               "DASH"]},
    {"title": "Quality Markers", "kind": "tool", "terms": ["Quality Markers"]},
    {"title": "CCG Safeguarding Assurance Tool", "kind": "tool",
     "terms": ["safeguarding assurance tool", "safeguarding assurance toolkit"]},
]


@cache
def term_pattern(term: str) -> re.Pattern:
    """A compiled pattern for a vocabulary term (exact case for abbreviations)."""
    flags = 0 if _exact_case(term) else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){_term_body(term)}(?![\w])", flags)


def _exact_case(term: str) -> bool:
    return bool(re.fullmatch(r"[A-Z0-9-]+", term))


def _term_body(term: str) -> str:
    return re.escape(term).replace(r"\ ", r"[\s-]+").replace("'", "'?")


def _fold(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.replace("'", "")).lower()


class TermMatcher:
    """Finds which entries of a vocabulary a text names, with one pass of two regexes.

    >>> m = TermMatcher([("a", ["health visitor", "0-19"]), ("b", ["MIU"])])
    >>> m.keys_in("The MIU told the health-visitor"), m.keys_in("miu")
    (['a', 'b'], [])
    """

    def __init__(self, entries):
        self._spans: dict[str, tuple] = {}  # answers by text (the matcher never changes)
        self._keys: dict[str, tuple] = {}
        self.order = [key for key, _ in entries]
        self.lookup: dict[str, list] = {}
        exact, folded = [], []
        for key, terms in entries:
            for term in terms:
                (exact if _exact_case(term) else folded).append(term)
                self.lookup.setdefault(term if _exact_case(term) else _fold(term), []).append(key)
        self.patterns = []
        for terms, flags in ((exact, 0), (folded, re.IGNORECASE)):
            if terms:
                body = "|".join(_term_body(t) for t in sorted(set(terms), key=len, reverse=True))
                self.patterns.append((re.compile(rf"(?<![\w-])(?:{body})(?![\w])", flags), flags))

    def spans(self, text: str) -> list[tuple[int, int, object]]:
        """(start, end, key) of every term found, in text order. A report's sentences are read
        by several steps, so each text's answer is kept (a fresh list is returned)."""
        found = self._spans.get(text)
        if found is None:
            if len(self._spans) > 4096:
                self._spans.clear()
            found = self._spans[text] = tuple(self._find_spans(text))
        return list(found)

    def _find_spans(self, text: str) -> list[tuple[int, int, object]]:
        out = []
        for pattern, flags in self.patterns:
            for m in pattern.finditer(text):
                word = m.group(0) if not flags else _fold(m.group(0))
                out.extend((m.start(), m.end(), key) for key in self.lookup.get(word, ()))
        return sorted(out, key=lambda s: (s[0], -s[1]))

    def keys_in(self, text: str) -> list:
        found = self._keys.get(text)
        if found is None:
            if len(self._keys) > 4096:
                self._keys.clear()
            found = self._keys[text] = tuple(self._find_keys(text))
        return list(found)

    def _find_keys(self, text: str) -> list:
        found = set()
        for pattern, flags in self.patterns:
            for m in pattern.finditer(text):
                word = m.group(0) if not flags else _fold(m.group(0))
                found.update(self.lookup.get(word, ()))
        return [key for key in self.order if key in found]


def in_either_number(terms: list[str]) -> list[str]:
    """``terms`` and each one's last word in the other number, where it is a plain noun: a report
    writes "the GP service" as often as "GP services", "a school nurse" as "school nurses".

    >>> in_either_number(["GP services", "school nurse", "CAMHS", "primary care", "health visiting"])
    ['GP services', 'GP service', 'school nurse', 'school nurses', 'CAMHS', 'primary care', 'health visiting']
    """
    out = []
    for term in terms:
        out.append(term)
        words = term.split()
        if len(words) > 1 and not _exact_case(term) and words[-1].rstrip("s") in _COUNTED and words[-2] not in ("a", "an"):
            out.append(term[:-1] if words[-1].endswith("s") else f"{term}s")
    return list(dict.fromkeys(out))


#: Nouns of a service's places, posts and parts, said in either number ("a GP service", "GP services").
_COUNTED = frozenset({
    "service", "team", "unit", "centre", "center", "clinic", "hub", "suite", "ward", "department", "nurse", "visitor",
    "doctor", "paediatrician", "psychiatrist", "practitioner", "worker", "professional", "examiner", "post", "practice",
    "appointment", "contract", "programme", "partnership", "bed", "home"})


_SERVICES = TermMatcher([(s["key"], in_either_number(s["terms"])) for s in SERVICES])
_DOCUMENTS = TermMatcher([(d["title"], d["terms"]) for d in DOCUMENTS])
_SERVICE_BY_KEY = {s["key"]: s for s in SERVICES}
_DOCUMENT_BY_TITLE = {d["title"]: d for d in DOCUMENTS}


def services_in(text: str, names: ServiceNames | None = None) -> list[dict]:
    """Services named in a phrase, in vocabulary order.

    >>> [s["key"] for s in services_in("Health visitor and school nursing services")]
    ['health-visiting', 'school-nursing']
    """
    return [_SERVICE_BY_KEY[k] for k in (names.matcher if names else _SERVICES).keys_in(text)]


class ServiceNames:
    """The services one report names: the shared vocabulary, and the report's own names for them
    ("the 'Healthy Together' service", "the Compass team").

    >>> names = ServiceNames({"Healthy Together": ["health-visiting"]})
    >>> [k for _, _, k in names.spans("Healthy Together and CAMHS")]
    ['health-visiting', 'camhs']
    """

    def __init__(self, brands: dict[str, list[str]] | None = None):
        self.brands = dict(brands or {})
        self.matcher = TermMatcher([(s["key"], [*in_either_number(s["terms"]), *(b for b, keys in self.brands.items()
                                                              if s["key"] in keys)])
                                    for s in SERVICES]) if self.brands else _SERVICES

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of the services named, the longest where names overlap."""
        spans, taken = [], []
        for start, end, key in self.matcher.spans(text):
            if any(s <= start < e for s, e in taken) and not any(s == start and e == end for s, e in taken):
                continue
            spans.append((start, end, key))
            taken.append((start, end))
        return spans


_BRAND = (r"['‘\"“]?(?P<brand>[A-Z][\w’-]*(?:\s+(?!(?:Service|Team|Programme)\b)(?:[A-Z][\w’-]*|and|&|of))*)"
          r"['’\"”]?")
#: Last words of a body's name, which a brand never ends with.
_BODY_END = re.compile(r"Trust|CIC|Ltd|Limited|Council|CCG|Recovery|Project|Partnership|Healthcare|Health|Care|Services|NHS|FT|" \
            r"Foundation|Company|Group|Hospitals?|England|Practice|Surgery|Centre")
#: A place's name before an apposition: "the Rowan Suite in Kingsmere, a SARC" (Kingsmere names no service).
_IN_PLACE = re.compile(r"\b(?:in|near|across|within|around|of)\s+$")
#: How a report gives a service a name of its own.
BRAND_PATTERNS = [
    # "the health visiting and school nursing team, known as the 'Healthy Together' service"
    # (the service is what stands before the cue in the sentence: see brands_in)
    re.compile(r",?\s+(?:known|branded|referred\s+to)\s+(?:locally\s+)?as\s+(?:the\s+)?" + _BRAND
               + r"(?:\s+(?:service|team|programme))?\b"),
    # "the Compass team, AH&SC's CAMHS service for children looked after"
    re.compile(r"\b(?:the\s+)?(?P<brand>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+(?:team|service|project)),\s+"
               r"(?:(?:an?|the)\s+)?(?:[^,.;]{0,40}?['’]s\s+)?(?P<service>[^,.;]{3,80})"),
    # "the Young Person's Team (CAMHS)": a named team with its service in brackets
    re.compile(r"\b(?:[Tt]he\s+)?(?P<brand>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+(?:[Tt]eam|[Ss]ervice|[Pp]roject|"
               r"[Cc]linic))\s+\((?P<service>[^)]{2,40})\)"),
    # "the city-centre CASH clinic (Clinic 24)": a service's place or team with its own name in brackets
    re.compile(r"(?P<service>(?:[\w'’-]+\s+){1,5}?(?:clinic|centre|center|unit|suite|hub|service|team)s?)\s+"
               r"\((?P<brand>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2})\)"),
    # "'Healthy Together' (the 0-19 service)"
    re.compile(r"['‘\"“](?P<brand>[A-Z][^'’\"”]{2,40})['’\"”]\s+\((?:the\s+)?(?P<service>[^)]{2,40})\)"),
    # "Larkspur House, the sexual assault referral centre", "Kite (the children's mental health service)": a
    # name in apposition with a service, not a body's name ("Acme Recovery, the town's drug service")
    re.compile(r"\b(?P<brand>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:,|\s+\()\s*(?:the|an?)\s+"
               r"(?P<service>(?:[\w'’-]+\s+){0,7}?(?:service|centre|center|clinic|team|unit|suite)s?)\b"
               r"(?!\s+(?:providers?|commissioners?|trusts?)\b)"),
]


#: Names a report gives a service by what happens there: (pattern, service key).
BRANDS_BY_USE = [
    # "children who disclose sexual assault are seen at the Lantern Suite"
    (re.compile(r"(?i:\bsexual(?:ly)?\s+(?:assault(?:ed)?|abused?)\b[^.;]{0,80}?\b(?:seen|examined|cared\s+for|referred|taken|supported)\s+"
                r"(?:at|to|in)\s+(?:the\s+)?)(?P<brand>(?:[A-Z][\w’'-]+\s+){1,3}(?:Suite|Centre|Center|House|Unit|Clinic|Hub))\b"),
     "sarc"),
]
_BRAND_CUE = re.compile(r"(?i:\s(?:clinic|centre|center|unit|suite|hub|service|team)s?\s+\([A-Z])|(?:,|\s\()\s*(?:the|an?)\s|(?i:\s(?:team|service|project|clinic)\s+\()|\bknown\b|\bbranded\b|\breferred\s+to\s+as\b|\s(?:team|service|project),|['‘\"“][A-Z][^'’\"”]{2,40}['’\"”]\s+\(")


def brands_in(texts: list[str]) -> dict[str, list[str]]:
    """A report's own names for services, each with the services it stands for.

    >>> brands_in(["The school nursing team, known as the 'Healthy Together' service, is good."])
    {'Healthy Together': ['school-nursing']}
    >>> brands_in(["Young people who report sexual assault are seen at the Linden Suite in Westford."])
    {'Linden Suite': ['sarc']}
    >>> brands_in(["Kite (the children's mental health service) is run by Acme.", "Acme Recovery, the drug service."])
    {'Kite': ['camhs']}
    >>> brands_in(["Acme runs the city-centre sexual health clinic (Clinic 24) and the minor injuries unit (MIU)."])
    {'Clinic 24': ['sexual-health']}
    """
    found: dict[str, list[str]] = {}
    for text in texts:
        for pattern, key in BRANDS_BY_USE:
            for m in pattern.finditer(text):
                found.setdefault(m.group("brand"), [key])
        if not _BRAND_CUE.search(text):
            continue
        for pattern in BRAND_PATTERNS:
            for m in pattern.finditer(text):
                brand = m.group("brand").strip(" '’\"”")
                if len(brand) < 4 or _SERVICES.keys_in(brand) or brand.split()[0] in ("The", "This", "A") \
                        or _BODY_END.fullmatch(brand.split()[-1]) or _IN_PLACE.search(text, 0, m.start()):
                    continue
                service = m.groupdict().get("service") or re.split(r"[.;!?]\s", text[max(0, m.start() - 160):m.start()])[-1]
                keys = _SERVICES.keys_in(service)
                if keys:
                    found.setdefault(brand, keys)
    return found


def documents_in(text: str) -> list[dict]:
    """National documents and tools named in a text.

    >>> [d["title"] for d in documents_in("the 'Think family' approach")]
    ['Think Family']
    """
    return [_DOCUMENT_BY_TITLE[k] for k in _DOCUMENTS.keys_in(text)]
