"""Who commissions and who provides which service, and to whom a finding was escalated.

Reports say these things in many ways: "X is commissioned by A and provided by B", "A commissions
X from B", "B delivers X under contract to A", "B is commissioned to provide X", "A is the lead
commissioner for X on behalf of C", "X is hosted by B", "X is sub-contracted to B", "the ED that
B runs", "staff employed by B". Rather than one pattern per sentence, each sentence is cut into
clauses and each *cue* (a verb phrase, in :data:`CUES`) gives roles to the organisations and
services around it by its voice:

- passive ("commissioned by", "provided by"): the services before the cue, the bodies after it;
- active ("commissions", "runs"): the body before the cue, the services after it;
- "from B" after a commissioning cue names the provider, "under contract to A" the commissioner,
  "on behalf of C" the bodies commissioned for.

A clause that opens with "which" or "that" speaks of the last service before it; one that has no
service of its own speaks of the services of the clause before. Sentences that speak of
commissioning or provision but yield nothing are returned as misses, so that they can be listed.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from clasgraph.ingest.rules.cues import SUCCESSION
from clasgraph.ingest.rules.lexicon import cues
from clasgraph.ingest.vocabulary import ServiceNames

#: Cue phrases: (pattern, relation, voice), from the lexicon's rows.
CUES = cues()
_COMMON = {"the", "for", "and", "its", "their", "with", "from", "also", "now", "are", "was", "were", "been", "being",
           "has", "have", "had", "this", "that", "out", "jointly", "currently", "mainly", "directly", "solely", "ing"}
#: For each cue, the words of three or more letters in its pattern (an optional last letter left
#: off): a clause with none of them cannot match it, so long as every alternative of a cue has a
#: word (a cue with none, such as "is" + "A's.", is always tried) (a cheap test that spares running every cue over every clause).
_CUE_WORDS = [tuple({w.lower() for w in re.findall(r"(?<!\\)[A-Za-z]{3,}", re.sub(r"\\[a-zA-Z]|[A-Za-z]\?", " ", p))} - _COMMON)
              for p, _, _ in CUES]


@functools.lru_cache(maxsize=512)
def _cues_of(which: tuple[int, ...]) -> re.Pattern:
    """One pattern of the cues ``which`` (numbered as in CUES), in the lexicon's order."""
    return re.compile("|".join(f"(?P<c{i}>(?:\\b|(?=,))(?:{CUES[i][0]})\\b)" for i in which) or "(?!)",
                      re.IGNORECASE)


def cue_pattern(text: str) -> re.Pattern:
    """The cues that may match in ``text``: those one of whose words it contains.

    >>> bool(cue_pattern("School nursing is delivered by Acme.").search("School nursing is delivered by Acme."))
    True
    """
    low = text.lower()
    return _cues_of(tuple(i for i, words in enumerate(_CUE_WORDS) if not words or any(w in low for w in words)))
#: Words one of which every cue has: a cheap test before the cues themselves.
_KEYWORDS = re.compile(r"commission|contract|provid|deliver|\bruns?\b|\brun\b|running|\bran\b|host|employ|operat|"
                       r"manag|staff|\bled\b|\blead|carried|fund|\bbuy|bought|purchas|procur|tender|\bpa(?:y|ys|id)\b|"
                       r"financ|responsib|accountab|remit|portfolio|budget|\bpart\s+of\b|\bbased\b|\bwithin\b|"
                       r"\blocated\b|\blies\b|\blie\b|\blay\b|\brests?\b|\bsits?\b|\bsat\b|\bremain|\bresides?\b|"
                       r"\bholds?\b|\bheld\b|award|\bwon\b|\bwins?\b|secur|partnership|\bfall|\bfell\b|\bcomes?\b|"
                       r"\bcame\b|drawn|\bflows?\b|delegat|supplie|offer|undertaken|administered|performed|overseen|"
                       r"outsourced|incumbent|holder|business|\bjob\b|\btask\b|\brole\b|\bduty\b|\bwork\b|seconded|"
                       r"supplied|payroll|employees|\bservices\b|\bteams?\b|['’]s\b", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.IGNORECASE)
_UNDER_CONTRACT = re.compile(r"\bunder\s+(?:a\s+)?contract\s+(?:to|with)\b", re.IGNORECASE)
_CLAUSE = re.compile(r";\s+|:\s+|,\s+(?=(?:while|whereas|and|but|although)\b)|,\s+(?=(?:which|who|that|whose)\b)"
                     r"|\s+(?=and\s+since\b)")
_DEFAULT_NAMES = ServiceNames()
#: A service that takes in others: what is said of it is said of them.
COVERS = {"public-health-nursing": ["health-visiting", "school-nursing", "family-nurse-partnership"]}


@dataclass
class Relation:
    type: str  # COMMISSIONS, PROVIDES, ON_BEHALF_OF
    source: str
    target: str  # a service key, or an organisation id for ON_BEHALF_OF
    evidence: str


@dataclass
class SentenceRelations:
    relations: list[Relation] = field(default_factory=list)
    missed: bool = False
    services: list[str] = field(default_factory=list)  # the services the sentence names


def service_spans(text: str, names: ServiceNames | None = None) -> list[tuple[int, int, str]]:
    """(start, end, service key) of the services a text names, longest first where they overlap."""
    return (names or _DEFAULT_NAMES).spans(text)


def clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, clause) pieces of a sentence, cut at semicolons, colons and joining words."""
    out, pos = [], 0
    for m in _CLAUSE.finditer(sentence):
        out.append((pos, sentence[pos:m.start()]))
        pos = m.end()
    out.append((pos, sentence[pos:]))
    return [(o, c) for o, c in out if c.strip()]


def relations_in(sentence: str, orgs_in, names: ServiceNames | None = None, kinds=None,
                 before: list[str] = ()) -> SentenceRelations:
    """Commissioning and provision a sentence states.

    ``orgs_in(text)`` returns [(start, end, org id)] for the organisations a text names (the
    caller's roster: names, aliases, "the council", "the three CCGs"); ``names`` are the
    report's names for services (the shared vocabulary by default); ``kinds(org id)`` the kind
    of a body (by default guessed from its id), which decides whether "responsible for X" or
    "X rests with A" means commissioning (a council, CCG or NHS England) or provision;
    ``before`` the services of the sentence before, which "it", "its" or "all three" may mean.

    >>> roster = {"Acme Trust": "acme", "the council": "council"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items()
    ...                   for m in re.finditer(re.escape(k), t))
    >>> [(r.type, r.source, r.target) for r in relations_in(
    ...     "School nursing is commissioned by the council and provided by Acme Trust.", orgs_in).relations]
    [('COMMISSIONS', 'council', 'school-nursing'), ('PROVIDES', 'acme', 'school-nursing')]
    >>> [(r.type, r.source, r.target) for r in relations_in(
    ...     "Acme Trust delivers drug and alcohol services under contract to the council.", orgs_in).relations]
    [('PROVIDES', 'acme', 'substance-misuse'), ('COMMISSIONS', 'council', 'substance-misuse')]
    """
    found = SentenceRelations()
    spans = service_spans(sentence, names)
    found.services = [k for _, _, k in spans]
    if not (found.services or (before and _ANAPHOR.search(sentence))) or not _KEYWORDS.search(sentence):
        return found  # no service to speak of, or no word that could say who commissions or provides it
    if re.search(r"\battention\s+of\b|\bas\s+(?:the\s+)?commissioners?\s+of\b", sentence, re.IGNORECASE):
        return found  # an escalation names a commissioner in passing: read as an escalation
    seen = set()

    def add(kind, source, target):
        key = (kind, source, target)
        if key not in seen and source != target:
            seen.add(key)
            found.relations.append(Relation(kind, source, target, sentence))

    # "Its commissioner is A", "Funding for all three comes from A": the services of the sentence before
    previous_services: list[str] = list(before) if before and _ANAPHOR.search(sentence) else []
    for org, svc, kind in _listed_contracts(sentence, orgs_in, names):
        add(kind, org, svc)
    for offset, clause in clauses(sentence):
        services = [(s_ - offset, e_ - offset, k) for s_, e_, k in spans if offset <= s_ and e_ <= offset + len(clause)]
        cue_words = cue_pattern(clause)
        if not cue_words.search(clause):  # nothing said of who commissions or provides
            if services:
                previous_services = [k for _, _, k in services]
            continue
        orgs = orgs_in(clause)
        clause_services = [k for _, _, k in services]
        relative = re.match(r"(?:and\s+)?(which|that|who|whose)\b", clause.strip(), re.IGNORECASE)
        provided: list[str] = []
        skip_until = -1
        for cue in cue_words.finditer(clause):
            if cue.start() < skip_until:
                continue
            i = int(next(k for k, v in cue.groupdict().items() if v is not None)[1:])
            _, kind, voice = CUES[i]
            before_orgs = [o for o in orgs if o[1] <= cue.start()]
            after = [o for o in orgs if o[0] >= cue.end()]
            before_services = [k for s, e, k in services if e <= cue.start()]
            if voice == "passive-with":  # "Responsibility for commissioning X lies with A"
                voice = "passive"
                kind = _said_kind(clause[:cue.start()], last=True) or kind
            elif voice == "active-with":  # "A is responsible for (commissioning) X"
                voice = "active"
                first = next((s_ for s_, _, _ in services if s_ >= cue.end()), len(clause))
                kind = _said_kind(clause[cue.end():first]) or kind
            if voice == "nominal":  # "the commissioning of X is (carried out by) A"
                copula = _COPULA.search(clause, cue.end())
                objects = [k for s_, e_, k in services if cue.start() <= s_ < copula.start()] or \
                    ([] if cue.group(0).split()[-1].lower() in ("of", "for") else previous_services)
                agents = _first_list([o for o in orgs if o[0] >= copula.end()], clause, copula.end())
                by = re.search(r"\bby\b", clause[cue.end():copula.start()])
                if not agents and by:  # "the delivery of X by B is ..."
                    start = cue.end() + by.end()
                    agents = _first_list([o for o in orgs if o[0] >= start], clause, start)
                owner = [o for o in orgs if re.fullmatch(r"['’]s\s+", clause[o[1]:cue.start()])]
                if not agents and owner:  # "A's commissioning of X was reviewed"
                    agents = owner[-1:]
                for svc in objects:
                    for _, _, org in agents:
                        add(_resolved(kind, org, kinds).upper(), org, svc)
                if kind == "provides":
                    provided = objects
                continue
            if voice == "staff":  # "a nurse seconded from B works in X": B provides X
                staff_of = _first_list(after, clause, cue.end())
                start = staff_of[-1][1] if staff_of else cue.end()
                objects = [k for s_, e_, k in services if s_ >= start] or \
                    [k for s_, e_, k in services if e_ <= cue.start()]
                for svc in objects:
                    for _, _, org in staff_of:
                        add("PROVIDES", org, svc)
                continue
            if voice == "delegate":  # "A delegated (the commissioning of) X to B": B commissions X
                to = re.search(r"\bto\b", clause[cue.end():])
                start = cue.end() + to.end()
                objects = [k for s_, e_, k in services if cue.start() <= s_ < start]
                for svc in objects:
                    for _, _, org in _first_list([o for o in orgs if o[0] >= start], clause, start):
                        add("COMMISSIONS", org, svc)
                skip_until = start
                continue
            if voice in ("passive", "passive-from"):
                if kind == "provides" and re.search(r"\bcommissioning\b", clause[:cue.start()], re.IGNORECASE):
                    kind = "commissions"  # "Commissioning of X is carried out by A"
                subject = before_services
                if relative and _INCLUDES.match(clause.strip()):  # "X, which includes Y and Z, is ..."
                    subject = [*previous_services, *subject]
                ordinal = _ORDINAL.match(clause.strip())
                if not subject and ordinal:
                    subject = _pick(previous_services, ordinal)
                elif not subject and relative and not relative.group(0).lower().startswith("and"):
                    subject = previous_services[-1:]
                elif not subject and not before_orgs:
                    subject = previous_services
                agents = _first_list(after, clause, cue.end())
                if voice == "passive-from":
                    by = re.search(r"\bby\b", clause[cue.end():])
                    providers = [o for o in agents]
                    commissioners = [o for o in orgs if by and o[0] >= cue.end() + by.end()]
                    providers = [o for o in providers if o not in commissioners]
                    for svc in subject:
                        for _, _, org in providers:
                            add("PROVIDES", org, svc)
                        for _, _, org in commissioners:
                            add("COMMISSIONS", org, svc)
                    continue
                if kind == "commissions" and _UNDER_CONTRACT.match(cue.group(0)) and provided:
                    subject = provided
                # "B is commissioned by A to provide X": B provides X, A commissions it
                to_provide = re.match(r"[^;]*?\bto\s+(?:provide|deliver|run)\b", clause[cue.end():])
                if kind == "commissions" and not subject and before_orgs and to_provide:
                    start = cue.end() + to_provide.end()
                    subject = [k for s_, e_, k in services if s_ >= start]
                    for svc in subject:
                        for _, _, org in before_orgs[-1:]:
                            add("PROVIDES", org, svc)
                    skip_until = start
                for svc in subject:
                    for _, _, org in agents:
                        add(_resolved(kind, org, kinds).upper(), org, svc)
                to_whom = agents and "contracted" in cue.group(0).lower() and \
                    re.match(r"\)?\s*(?:\([^)]{1,12}\))?\s*to\b", clause[agents[-1][1]:])
                if to_whom:  # "X are contracted by A to B"
                    start = agents[-1][1] + to_whom.end()
                    for _, _, org in _first_list([o for o in orgs if o[0] >= start], clause, start):
                        for svc in subject:
                            add("PROVIDES", org, svc)
                if kind == "provides":
                    provided = subject
                    behalf = _BEHALF.search(clause, cue.end())  # "delivered by B on behalf of A"
                    if behalf:
                        for _, _, org in _first_list(orgs_in(clause[behalf.end():]), clause[behalf.end():], 0):
                            for svc in subject:
                                add("COMMISSIONS", org, svc)
                if kind == "commissions":
                    source = next(_provider_markers(clause, cue.end()), None)
                    if source:
                        for _, _, org in _first_list([o for o in orgs if o[0] >= source.end()], clause,
                                                     source.end()):
                            for svc in subject:
                                add("PROVIDES", org, svc)
                    behalf = _BEHALF.search(clause, cue.end())
                    if behalf:
                        for _, _, other in _behalf_of(clause, behalf.end(), orgs_in):
                            for _, _, org in agents:
                                add("ON_BEHALF_OF", org, other)
            else:
                # the body just before the cue: every body a reference there means ("the three CCGs")
                subject = [o for o in before_orgs if o[:2] == before_orgs[-1][:2]] if before_orgs else []
                if relative and not subject:
                    subject = found_last_org(sentence[:offset], orgs_in)
                if before_orgs and len(before_orgs) > 1 and _is_list(clause, before_orgs):
                    subject = before_orgs
                stop = _next_stop(clause, cue.end())
                objects = [k for s, e, k in services if cue.start() <= s < stop]  # "the acute provider of"
                hired = _first_list(after, clause, cue.end())
                to_provide = hired and re.match(r"\)?\s*(?:\([^)]{1,12}\))?\s*to\s+(?:provide|deliver|run)\b",
                                                clause[hired[-1][1]:])
                if kind == "commissions" and to_provide:  # "A commissions B to provide X"
                    start = hired[-1][1] + to_provide.end()
                    objects = [k for s_, e_, k in services if s_ >= start]
                    for svc in objects:
                        for _, _, org in hired:
                            add("PROVIDES", org, svc)
                if not objects and subject:
                    # "the ED that B runs": the service just before "that B"
                    that = [k for s_, e_, k in services
                            if re.fullmatch(r"\s*(?:\([^)]{1,12}\)\s*)?(?:that|which)\s+", clause[e_:subject[-1][0]])]
                    objects = that
                if not objects and relative:
                    objects = previous_services[-1:]
                topic = _TOPIC.match(sentence)
                if not objects and topic and offset == 0:  # "For acute care, A holds its contract with B"
                    objects = [k for _, _, k in service_spans(topic.group(0), names)]
                if kind == "provides":
                    provided = objects
                for svc in objects:
                    for _, _, org in subject:
                        add(_resolved(kind, org, kinds).upper(), org, svc)
                if kind == "provides" and subject and _resolved("by-kind", subject[-1][2], kinds) == "provides":
                    # "B runs X on behalf of A", "B delivers X for the council" (B no commissioner itself)
                    for m in re.finditer(r"\b(?:on\s+behalf\s+of|for)\s+", clause[cue.end():]):
                        start = cue.end() + m.end()
                        behalf = _first_list([o for o in orgs if o[0] >= start], clause, start)
                        if behalf and behalf[0][0] == start:
                            for svc in objects:
                                for _, _, org in behalf:
                                    if _resolved("by-kind", org, kinds) == "commissions":
                                        add("COMMISSIONS", org, svc)
                            break
                if kind == "commissions" and subject:
                    markers = _PROVIDER_MARKER if "contract" in cue.group(0).lower() else _FROM
                    for source in _provider_markers(clause, cue.end(), markers):
                        named = _first_list([o for o in after if o[0] >= source.end()], clause, source.end())
                        if named and named[0][0] - source.end() < 6:
                            for _, _, org in named:
                                for svc in objects:
                                    add("PROVIDES", org, svc)
                            break
                    behalf = _BEHALF.search(clause, cue.end())
                    if behalf:
                        for _, _, other in _behalf_of(clause, behalf.end(), orgs_in):
                            for _, _, org in subject:
                                add("ON_BEHALF_OF", org, other)
        if clause_services:
            previous_services = clause_services
    found.missed = not found.relations and bool(found.services)
    return found


#: A list of contracts after a colon: "the council's contracts are: X, with B; Y, with C".
_CONTRACT_LIST = re.compile(r"^(?P<head>[^:]*\b(?:contracts?|commissions|commissioned\s+services|commissioning\s+"
                            r"arrangements)\b[^:]{0,40}):\s*(?P<items>.+)$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?P<what>.+?),?\s+(?:with|from|by|held\s+by|delivered\s+by|provided\s+by)\s+(?P<who>.+)$",
                        re.IGNORECASE)


def _listed_contracts(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of a list of contracts after a colon: the body of the words
    before the colon commissions each service, the body each item names provides it.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme|Bolt|Council", t)]
    >>> _listed_contracts("The Council's contracts are: school nursing, with Acme; and CAMHS, with Bolt.", orgs_in)
    [('council', 'school-nursing', 'COMMISSIONS'), ('acme', 'school-nursing', 'PROVIDES'), ('council', 'camhs', 'COMMISSIONS'), ('bolt', 'camhs', 'PROVIDES')]
    """
    m = _CONTRACT_LIST.match(sentence)
    if not m:
        return []
    commissioners = [o for _, _, o in orgs_in(m.group("head"))]
    out = []
    for item in re.split(r";\s*(?:and\s+)?", m.group("items")):
        parts = _LIST_ITEM.match(item.strip().rstrip("."))
        if not parts:
            continue
        providers = [o for _, _, o in orgs_in(parts.group("who"))][:1]
        for _, _, svc in service_spans(parts.group("what"), names):
            out += [(org, svc, "COMMISSIONS") for org in commissioners]
            out += [(org, svc, "PROVIDES") for org in providers]
    return out


#: Words that point back to services named before: "it", "its", "all three", "these services".
_ANAPHOR = re.compile(r"\b(?:[Ii]ts?|all\s+(?:three|two|four|of\s+them)|both\s+services|these\s+(?:services|three|two)|"
                      r"the\s+(?:three|two|four)\s+services|this\s+service|each\s+of\s+them|them)\b")
#: A fronted topic: "For acute hospital care, ...", "As for CAMHS, ...".
_TOPIC = re.compile(r"(?:For|As\s+for|As\s+regards|With\s+regard\s+to|Regarding|In)\s+[^,;]{3,80},")
_COPULA = re.compile(r"\b(?:are|is|were|was|be|been|being)\b", re.IGNORECASE)
#: Nouns that say which relation a word of responsibility speaks of.
_COMMISSION_NOUNS = re.compile(r"\b(?:commission\w*|fund\w*|budgets?|contract(?:s|ing)?|procur\w*|purchas\w*|"
                               r"pay(?:s|ing|ment)?|paid|money|financ\w*|tender\w*)\b", re.IGNORECASE)
_PROVIDE_NOUNS = re.compile(r"\b(?:deliver\w*|provi(?:sion|ded|ding|des?)|running|run|operat\w*|manag\w*|"
                            r"hosting|staffing|day-to-day)\b", re.IGNORECASE)
#: Kinds of body that commission rather than provide.
COMMISSIONER_KINDS = {"local-authority", "ccg", "ccg-group", "public-health", "nhs-england"}


def _said_kind(text: str, last: bool = False) -> str | None:
    """"commissions" or "provides" as the nouns of a text say ("funding for", "the delivery
    of"), the one nearest the word of responsibility; None if they say neither.

    >>> _said_kind("Funding for X"), _said_kind("for the delivery of"), _said_kind("X")
    ('commissions', 'provides', None)
    """
    marks = [(m.start(), "commissions") for m in _COMMISSION_NOUNS.finditer(text)]
    marks += [(m.start(), "provides") for m in _PROVIDE_NOUNS.finditer(text)]
    if not marks:
        return None
    return (max if last else min)(marks)[1]


def _resolved(kind: str, org: str, kinds=None) -> str:
    """A relation the words leave open ("by-kind"), chosen by the kind of the body: councils,
    CCGs and NHS England commission, other bodies provide."""
    if kind != "by-kind":
        return kind
    from clasgraph.ingest.organisations import kind_of

    body = kinds(org) if kinds else kind_of(org.replace("-", " "))
    return "commissions" if body in COMMISSIONER_KINDS else "provides"


_INCLUDES = re.compile(r"(?:and\s+)?(?:which|that)\s+(?:includes?|comprises?|covers?|brings?\s+together|"
                       r"is\s+made\s+up\s+of|consists?\s+of)\b", re.IGNORECASE)
_PROVIDER_MARKER = re.compile(r"\b(?:from|with|to)\b", re.IGNORECASE)
_NOT_A_PROVIDER = re.compile(r"(?:authority|delegation|delegated|funding|budget|money|transfer(?:red)?)\s*$",
                             re.IGNORECASE)


def _provider_markers(clause: str, start: int, markers: re.Pattern = _FROM):
    """The words after a commissioning cue that may name its provider ("from B"), less those
    that name where authority or money comes from ("under delegated authority from NHS England")."""
    for m in markers.finditer(clause, start):
        if not _NOT_A_PROVIDER.search(clause[max(0, m.start() - 30):m.start()]):
            yield m


def _behalf_of(clause: str, start: int, orgs_in) -> list:
    """The bodies commissioned for: "on behalf of A and B", up to a "from" that names the provider."""
    end = _FROM.search(clause, start)
    return orgs_in(clause[start:end.start() if end else len(clause)])


_ORDINAL = re.compile(r"(?:and\s+)?the\s+(first|second|third|fourth|last|latter|former)(?:\s+(two|three))?\b",
                      re.IGNORECASE)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "latter": -1, "former": 0}


def _pick(services: list[str], ordinal: re.Match) -> list[str]:
    """The services "the first two", "the third", "the latter" point back to."""
    index = _NTH[ordinal.group(1).lower()]
    count = {"two": 2, "three": 3}.get((ordinal.group(2) or "").lower(), 1)
    if index < 0:
        return services[-count:]
    return services[index:index + count]


def found_last_org(text: str, orgs_in) -> list:
    orgs = orgs_in(text)
    return orgs[-1:]


def _is_list(clause: str, orgs: list) -> bool:
    """The bodies before a cue form one list ("A, B and C commission")."""
    between = [clause[a[1]:b[0]] for a, b in itertools.pairwise(orgs)]
    return all(re.fullmatch(r"\s*(?:,|and|&|,\s*and|together\s+with)\s*", t) for t in between)


def _first_list(orgs: list, clause: str, start: int) -> list:
    """The bodies named one after another from ``start``: "by A, B and C", not a later mention."""
    out, pos = [], start
    for org in orgs:
        gap = clause[pos:org[0]]
        if out and not re.fullmatch(r"[\s,]*(?:and|&|together\s+with|or)?[\s,]*(?:the\s+)?", gap):
            break
        if not out and len(gap.split()) > 6:
            break
        out.append(org)
        pos = org[1]
        # "A (ABC), a local charity," : skip an abbreviation or apposition
        m = re.match(r"\s*\([^)]{1,12}\)", clause[pos:])
        if m:
            pos += m.end()
    return out


def _next_stop(clause: str, start: int, cues: bool = False) -> int:
    """Where the object of an active cue ends: at "from", "under contract", "on behalf of",
    "by", or another cue."""
    stops = [m.start() for m in re.finditer(r"\b(?:from|under\s+contract|on\s+behalf|by|whose|who)\b",
                                            clause[start:])]
    if not cues:
        nxt = cue_pattern(clause).search(clause, start)
        if nxt:
            stops.append(nxt.start() - start)
    return start + min(stops) if stops else len(clause)


#: Ways a report says one body took over from another: (pattern, which side is the successor).
SUCCESSION_CUES = [(c.pattern, c.says) for c in SUCCESSION]
_SUCCESSION = [(re.compile(p, re.IGNORECASE), side) for p, side in SUCCESSION_CUES]
_SUCCESSION_ANY = re.compile("|".join(p for p, _ in SUCCESSION_CUES), re.IGNORECASE)


def successions_in(sentence: str, orgs_in) -> list[Relation]:
    """SUCCEEDED_BY from a body to the one that took over from it, as a sentence states it.

    >>> roster = {"Old Trust": "old", "New Trust": "new", "Other Trust": "other"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items()
    ...                   for m in re.finditer(re.escape(k), t))
    >>> [(r.source, r.target) for r in successions_in(
    ...     "Old Trust and Other Trust merged in 2016 to form New Trust.", orgs_in)]
    [('old', 'new'), ('other', 'new')]
    >>> [(r.source, r.target) for r in successions_in("New Trust (formerly Old Trust) runs it.", orgs_in)]
    [('old', 'new')]
    """
    out: list[Relation] = []
    if not _SUCCESSION_ANY.search(sentence):
        return out
    orgs = orgs_in(sentence)
    if len(orgs) < 2:
        return out
    for pattern, side in _SUCCESSION:
        for m in pattern.finditer(sentence):
            before = [o for o in orgs if o[1] <= m.start()]
            after = [o for o in orgs if o[0] >= m.end()
                     and len(sentence[m.end():o[0]].split()) <= 3]  # the body the cue names
            if before and len(sentence[before[-1][1]:m.start()].split()) > 6 and side == "before":
                continue
            if not before or not after:
                continue
            if side == "after":  # "A (and B) merged to form C", "A became C"
                olds = before if _is_list(sentence, before) else before[-1:]
                news = after[:1]
            else:  # "C replaced A", "C (formerly A)"
                olds, news = after[:1], before[-1:]
            for _, _, old in olds:
                for _, _, new in news:
                    if old != new and all((r.source, r.target) != (old, new) for r in out):
                        out.append(Relation("SUCCEEDED_BY", old, new, sentence))
        if out:
            break
    return out
