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

Besides the cues, a few layouts are read as wholes: lists after a colon ("A's contracts are: X,
with B; Y, with C"; "split between two bodies, both paid by A: X from B, and Y from C"), holdings
("B's services in Westford comprise X; Y; and Z"), flattened table rows ("- X; A; B", "X: B,
bought by A", "X - commissioner: A; provider: B"), a body's name qualifying a service ("A's X",
"the B X service", "the X service (B)"), a GP practice the review visited, and what the sentence
before stated ("The contract also covers Y"). A word after "previously" or "until 2016 A" is not
read: who held a service before does not provide it now.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from clasgraph.graph.schema import COMMISSIONER_KINDS, OrgKind, Rel, can_succeed
from clasgraph.ingest.rules import layout
from clasgraph.ingest.rules.cues import SUCCESSION, alternation
from clasgraph.ingest.rules.lexicon import (
    AFTER_ENDING,
    ASKED,
    BODY_ENDED,
    BUILDING,
    COLUMNS,
    CONTRACT_ENDED,
    CONTRACT_TAKEN,
    ENDED_AFTER,
    HYPHEN_PAYING,
    HYPHEN_PROVIDING,
    ITS_WORK,
    LABELLED_SUCCESSION,
    MERGED,
    NEW_BODY,
    NOT_IN_FORCE,
    NOT_PROVIDING_VERB,
    NOT_YET,
    NOT_YET_CLAUSE,
    NOW_NAMED,
    OLD_NAME,
    RECOMMENDATIONS_ANSWERED,
    SINCE_ENDING,
    SINCE_TIME,
    SUCCESSION_COLUMNS,
    SUCCESSION_FORMS,
    TAKEN_IN,
    cues,
)
from clasgraph.ingest.rules.roles import (
    ACTION_NOUN,
    MOVED_AWAY,
    MOVED_TO,
    NOT_OBJECT,
    OWN_STAFF_SERVICE,
    STAFF,
    field_pattern,
    label_pattern,
    not_provision_pattern,
)
from clasgraph.ingest.vocabulary import ServiceNames

#: Cue phrases: (pattern, relation, voice), from the lexicon's rows.
CUES = cues()
_COMMON = {"the", "for", "and", "its", "their", "with", "from", "also", "are", "was", "were", "being",
           "has", "have", "had", "this", "that", "out", "jointly", "currently", "mainly", "directly", "solely", "ing"}
#: Common words that a cue opening with them needs ("has the borough's ED"): kept for such a cue.
_OPENING_VERBS = {"has", "have", "had"}


def _cue_words(pattern: str) -> frozenset:
    """The words of three or more letters in a cue's pattern (an optional last letter left off),
    less the common ones unless the pattern opens with them."""
    words = {w.lower() for w in re.findall(r"(?<!\\)[A-Za-z]{3,}", re.sub(r"\\[a-zA-Z]|[A-Za-z]\?", " ", pattern))}
    common = _COMMON - _OPENING_VERBS if pattern.startswith("(?:has|have|had)") else _COMMON
    return frozenset(words - common) | ({"'s", "’s"} if "['’]s" in pattern else set())


#: For each cue, its words: a clause with none of them cannot match it, so long as every
#: alternative of a cue has a word (a possessive counts as one: "is" + "A's."). A cheap test that
#: spares running every cue over every clause.
_CUE_WORDS = [_cue_words(p) for p, _, _ in CUES]
_ALL_WORDS = sorted(set().union(*_CUE_WORDS))
_ROWS = [re.compile(f"(?:\\b|(?=,))(?:{p})\\b", re.IGNORECASE) for p, _, _ in CUES]


@functools.lru_cache(maxsize=4096)
def _applicable(text: str) -> tuple[int, ...]:
    """The cues (numbered as in CUES) one of whose words ``text`` contains (kept per text: a
    sentence and its clauses are asked about several times)."""
    low = text.lower()
    present = {w for w in _ALL_WORDS if w in low}
    return tuple(i for i, words in enumerate(_CUE_WORDS) if not present.isdisjoint(words)) if present else ()


def cue_matches(text: str, start: int = 0) -> list[tuple[re.Match, int]]:
    """(match, cue number) of the cues in ``text`` from ``start``, in order and not overlapping;
    where several match at one place, the first in the lexicon's order.

    >>> [(m.group(0), CUES[i][1:]) for m, i in cue_matches("School nursing is delivered by Acme.")]
    [('delivered by', ('provides', 'passive'))]
    """
    found = sorted(((m, i) for i in _applicable(text) for m in _ROWS[i].finditer(text, start)),
                   key=lambda mi: (mi[0].start(), mi[1]))
    out: list[tuple[re.Match, int]] = []
    for m, i in found:
        if not out or m.start() >= out[-1][0].end():
            out.append((m, i))
    return out


_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_NOT_IN_FORCE = re.compile("|".join(f"(?:{c.pattern})" for c in NOT_IN_FORCE), re.IGNORECASE)
#: "from B", "(through, under) a contract with B" or "through B" after a word of paying: B the provider.
_FROM_OR_CONTRACT_WITH = re.compile(r"\bfrom\b|(?:(?<=\bcontract\s)|(?<=\bcontracts\s)|(?<=\bagreement\s))with\b"
                                    r"|\b(?:through|via)\b", re.IGNORECASE)
#: "through B", "via B": a provider only if B is one by kind ("through NHS England's grant" is not).
_THROUGH = re.compile(r"through|via", re.IGNORECASE)
#: A pronoun as the object of a word of commissioning or provision: "B provides it", "A pays for them".
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them|both|all\s+three|all\s+of\s+them|the\s+(?:suite|centre|center|clinic|unit|"
                             r"service|team|hub)(?!\s+(?:of|for|at|in)\b))\b", re.IGNORECASE)
#: Nouns of a deal between commissioner and provider: the body "with" one names the provider.
_AGREEMENT = re.compile(r"contract|agreement|arrangement", re.IGNORECASE)
#: The staff rows that begin with a verb ("seconded from B works in X"), not a staff noun.
_STAFF_VERB = re.compile(r"seconded|supplied|provided|employed|funded|managed", re.IGNORECASE)
_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.IGNORECASE)
#: An aside between a body and its verb: ", contracted by A," or ", the council's provider,".
_APPOSITION = re.compile(r",\s+(?=[a-z])[^,;()]{3,80},\s*(?:\w+ly\s+)?$")
#: "it" or "they" as the subject of a word: the body named last before.
_SUBJECT_PRONOUN = re.compile(r"(?:^|\b(?:and|but|while|since\s+\d{4},?|now|today))\s*(?:it|they)\s+(?:\w+\s+){0,2}$",
                              re.IGNORECASE)
#: What a body may be hired to do: "A pays B to staff X".
_TO_DO = r"(?:provide|deliver|run|operate|staff|supply|offer|host|manage)"
#: "the borough's", "the county's": the area, not its council ("the borough's mental health provider").
_AREA_WORD = re.compile(r"(?:the\s+)?(?:borough|county|city|area|town|district|region)\b", re.IGNORECASE)
#: A word that ends in a contract said before: "B holds that contract".
_DEMONSTRATIVE = re.compile(r"\b(?:that|this|these|those|the\s+same|the)\s+(?:[\w-]+\s+)?contracts?$", re.IGNORECASE)
_UNDER_CONTRACT = re.compile(r"\bunder\b", re.IGNORECASE)
#: "A's grant covers its costs": the costs of what was named before.
_ITS_COSTS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?costs$", re.IGNORECASE)
_CLAUSE = re.compile(r";\s+|:\s+|,\s+(?=(?:while|whereas|and|but|although)\b)|,\s+(?=(?:which|who|that|whose)\b)"
                     r"|,\s+(?=(?:all|each|both|most)\s+of\s+(?:which|whom)\b)|\s+(?=and\s+since\b)")
#: A clause that speaks of what was named before it: "which B runs", "all of which A buys".
_RELATIVE = re.compile(r"(?:and\s+)?(?:(?P<all>all|each|both|most)\s+of\s+)?(which|that|who|whose|whom)\b",
                       re.IGNORECASE)
_DEFAULT_NAMES = ServiceNames()
#: Kinds of body that provide a service by what they are, once the review says it looked at them
#: as such ("we visited Brookside Surgery", "Brookside, a practice of 9,000 patients").
SERVICE_OF_KIND = {"gp-practice": "primary-care"}
_VISITED = re.compile(r"\b(?:we|inspectors|the\s+review(?:\s+team)?)\s+(?:also\s+)?visited\b|\bpractices?\s+(?:of|with)\s+"
                      r"(?:about\s+|some\s+|around\s+)?[\d,]+\s+(?:registered\s+)?patients\b|\b(?:has|serves|covers|looks\s+after|(?:has\s+)?grown\s+to|grew\s+to)\s+"
                      r"(?:about\s+|some\s+|around\s+|over\s+|nearly\s+|almost\s+)?[\d,]+\s+(?:registered\s+)?patients\b"
                      r"|\(\s*(?:about\s+|some\s+|around\s+)?[\d,]+\s+(?:registered\s+)?patients\s*\)"
                      # "X Surgery, one of 58 general practices, with 9,900 patients"; "LRS; five partners, 11,300 registered patients"
                      r"|\bone\s+of\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:[\d,]+|\w+)\s+(?:general\s+|GP\s+)?practices\b"
                      r"|(?:[;(]|,(?=\s))\s*(?:with\s+)?(?:about\s+|some\s+|around\s+)?\d[\d,]*\s+(?:registered\s+)?patients\b",
                      re.IGNORECASE)
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
    missed: bool = False  # no word of the lexicon read anything (the kind reading may have, role9)
    services: list[str] = field(default_factory=list)  # the services the sentence names
    #: (body, service) pairs a clause says are not so: offered, planned, denied ("A offered to run X",
    #: "A buys no X"), which no reading by kind, a parse or the learned model is to take back
    refused: set = field(default_factory=set)


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


#: Characters past which a "sentence" is not read for relations (the longest sentence of the
#: sample, the development set and every probe set is under 500): reading a sentence costs
#: what its cues and names cost together, so a run of thousands of cues would take quadratic
#: time (issue 20); such a sentence is counted as a miss instead.
LONGEST_SENTENCE = 3000


def relations_in(sentence: str, orgs_in, names: ServiceNames | None = None, kinds=None,
                 before: list[str] = (), said_before: list[Relation] = (), about: str = "") -> SentenceRelations:
    """Commissioning and provision a sentence states.

    ``orgs_in(text)`` returns [(start, end, org id)] for the organisations a text names (the
    caller's roster: names, aliases, "the council", "the three CCGs"); ``names`` are the
    report's names for services (the shared vocabulary by default); ``kinds(org id)`` the kind
    of a body (by default guessed from its id), which decides whether "responsible for X" or
    "X rests with A" means commissioning (a council, CCG or NHS England) or provision;
    ``before`` the services of the sentence before, which "it", "its" or "all three" may mean;
    ``said_before`` what the sentence before stated, which "The contract covers X and Y" extends;
    ``about`` the body the sentence before was about (its subject), which "It runs X", "Since 2017 it
    has had X" and "Its services, X and Y, ..." stand for.

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
    listed = semicolons_as_commas(sentence, orgs_in, names)
    found = _relations_in(listed, orgs_in, names, kinds, before, said_before, about)
    for r in found.relations if listed != sentence else ():  # the evidence quotes the review as written
        r.evidence = sentence if r.evidence == listed else r.evidence
    seen = {(r.type, r.source, r.target) for r in found.relations}
    for clause in _whom_written_out(sentence, orgs_in):  # "A, for whom B runs X, ...": "B runs X for A"
        found.relations += [Relation(r.type, r.source, r.target, sentence) for r in _relations_in(clause, orgs_in, names, kinds).relations
                            if (r.type, r.source, r.target) not in seen]
    order = _IN_ORDER.search(sentence)
    if order and not _TOGETHER.search(sentence):  # "A and B run X and Y respectively": A X, B Y, not each both
        start = max((m.end() for m in _CLAUSE_START.finditer(sentence, 0, order.start())), default=0)
        spans = [s for s in service_spans(sentence, names) if s[0] >= start]
        bodies = [o for o in orgs_in(sentence) if o[0] >= start]
        near = [e for _, e, _ in [*spans, *bodies] if e <= order.start()]
        if spans and bodies and (not near or order.start() - max(near) <= 25
                                 or any(0 <= s - order.end() <= 25 for s, _, _ in [*spans, *bodies])):
            found.relations = paired_in_order(found.relations, bodies, spans)
    return found


#: Words that make two bodies share what they do ("jointly run X and Y", "both provide"): no pairing.
_TOGETHER = re.compile(r"\b(?:both|jointly|together|between\s+them)\b", re.IGNORECASE)
#: Where a clause of its own starts: after ";" or ", and" ("X was retendered, and A and B now run, in that order, ...").
_CLAUSE_START = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+")
#: Words that pair two lists item by item: "respectively", "in that order".
_IN_ORDER = re.compile(r"\b(?:respectively|in\s+that\s+order|in\s+the\s+same\s+order)\b", re.IGNORECASE)


def paired_in_order(relations: list[Relation], bodies: list, spans: list) -> list[Relation]:
    """``relations`` with each relation of one kind that pairs every one of two or more bodies
    with every one of as many services kept only for the pairs in the order the sentence names
    them (its first mention of each): "A and B run X and Y respectively" states A X and B Y.

    >>> rs = [Relation("PROVIDES", a, s, "") for a in ("a", "b") for s in ("x", "y")]
    >>> [(r.source, r.target) for r in paired_in_order(rs, [(0, 1, "a"), (6, 7, "b")], [(12, 13, "x"), (18, 19, "y")])]
    [('a', 'x'), ('b', 'y')]
    """
    first_body = {}
    for start, _, org in bodies:
        first_body.setdefault(org, start)
    first_service = {}
    for start, _, key in spans:
        first_service.setdefault(key, start)
    for kind in {r.type for r in relations}:
        pairs = {(r.source, r.target) for r in relations if r.type == kind}
        sources = sorted({s for s, _ in pairs}, key=lambda o: first_body.get(o, -1))
        targets = sorted({t for _, t in pairs}, key=lambda k: first_service.get(k, -1))
        if len(sources) < 2 or len(sources) != len(targets) or pairs != set(itertools.product(sources, targets)) \
                or not all(o in first_body for o in sources) or not all(k in first_service for k in targets):
            continue
        kept = set(zip(sources, targets, strict=True))
        relations = [r for r in relations if r.type != kind or (r.source, r.target) in kept]
    return relations


#: Words that make a piece after ";" a clause of its own ("...; it is funded by A") rather than one
#: more item of a list of services.
_CLAUSE_WORDS = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|does|do|did|not|no|none|will|would|can|could|may|"
                           r"might|shall|should|must|which|who|whom|that|it|they|them|this|these|those)\b", re.IGNORECASE)


#: Words of an item that is no plain service: its time, its end, a denial ("school nursing, until 2019";
#: "never CAMHS"), or a verb's past ("school nursing ended").
_NOT_NOW_WORDS = re.compile(r"\b(?:until|formerly|former|previously|never|nor|except|excluding|apart|not|no\s+longer|"
                            r"\w+ed|(?:19|20)\d\d)\b", re.IGNORECASE)


def semicolons_as_commas(sentence: str, orgs_in, names: ServiceNames | None = None) -> str:
    """``sentence`` with the semicolons of a list of services written as commas, where two or more
    semicolons part a clause from items that each name a service and say nothing else (no body, no
    verb of their own): "A provides X; Y; Z; and W" is "A provides X, Y, Z  and W". Each semicolon
    becomes a comma, or a space before the last item's "and", so every offset stays where it was.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "a") for m in re.finditer("Acme Trust", t)]
    >>> semicolons_as_commas("Acme Trust provides health visiting; school nursing; and the family nurse partnership.", orgs_in)
    'Acme Trust provides health visiting, school nursing  and the family nurse partnership.'
    >>> semicolons_as_commas("Acme Trust provides health visiting; school nursing is run by the council; CAMHS is not.", orgs_in)
    'Acme Trust provides health visiting; school nursing is run by the council; CAMHS is not.'
    """
    if sentence.count(";") < 2:
        return sentence
    head, *items = sentence.split(";")
    if not orgs_in(head) or not service_spans(head, names) or re.search(r"\b(?:except|excluding|apart\s+from|other\s+than)\b", head):
        return sentence
    for item in items:
        spans = service_spans(item, names)
        rest = item  # what the item says besides its services
        for start, end, _ in sorted(spans, reverse=True):
            rest = f"{rest[:start]} {rest[end:]}"
        rest = re.sub(r"\b(?:and|or|the|a|an|also|its|their)\b|[^\w\s]", " ", rest)
        if not spans or orgs_in(item) or _CLAUSE_WORDS.search(item) or _NOT_NOW_WORDS.search(rest) or "," in item.strip(" ,.") \
                or len(rest.split()) > 4:
            return sentence
    return re.sub(r";(?=\s+(?:and|or)\b)", " ", sentence).replace(";", ",")  # ", and" would start a clause


#: A relative clause on a body by a preposition of whom a thing is done: "A, for whom B runs X,",
#: "A, on whose behalf B buys X,", "B, from whom A buys X,".
_WHOM = re.compile(r"\s*(?:\([^()]{1,20}\))?,\s+(?P<prep>for\s+whom|on\s+whose\s+behalf|from\s+whom)\s+(?P<clause>[^,;.()]{5,160}?)(?=\s*[,;.]|$)")


def _whom_written_out(sentence: str, orgs_in) -> list[str]:
    """Each relative clause of :data:`_WHOM` on a body, written out as a clause of its own with the
    body in its place: "A, for whom B delivers X, reported ..." gives "B delivers X for A."

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "a") for m in re.finditer("Acme CCG", t)]
    >>> _whom_written_out("Acme CCG, for whom Bolt delivers the ward, reported no concerns.", orgs_in)
    ['Bolt delivers the ward for Acme CCG.']
    """
    out = []
    if "whom" not in sentence and "whose" not in sentence:
        return out
    for start, end, _ in orgs_in(sentence):
        m = _WHOM.match(sentence, end)
        if m:
            prep = {"for whom": "for", "on whose behalf": "on behalf of", "from whom": "from"}[" ".join(m["prep"].split())]
            out.append(f"{m['clause'].strip()} {prep} {sentence[start:end]}.")
    return out


def _relations_in(sentence: str, orgs_in, names: ServiceNames | None = None, kinds=None,
                  before: list[str] = (), said_before: list[Relation] = (), about: str = "") -> SentenceRelations:
    """:func:`relations_in` but for relative clauses of a preposition and "whom"."""
    found = SentenceRelations()
    table, read_to = _tab_table(sentence, orgs_in, names, kinds), _tab_table_end(sentence)
    table, read_to = (table, read_to) if table else _headed_table(sentence, orgs_in, names)
    if table:  # a table under headings that name roles: read row by row, not as prose; then any prose after it
        rest = SentenceRelations()  # then any prose after it, a line of label and value at a time
        for part in label_lines_apart(sentence[read_to:]) if re.search(r"\w", sentence[read_to:]) else []:
            said = relations_in(part, orgs_in, names, kinds)
            rest.services += said.services
            rest.relations += said.relations
        found.services = list(dict.fromkeys([*(svc for _, svc, _ in table), *rest.services]))
        found.relations = [*(Relation(_resolved(kind, org, kinds).upper(), org, svc, sentence)  # a contract holder: by kind
                             for org, svc, kind in dict.fromkeys(table)),
                           *rest.relations]
        return found
    if len(sentence) > LONGEST_SENTENCE:  # not prose anyone reads as one statement: a miss, listed
        found.missed = True
        return found
    if _NOT_IN_FORCE.search(sentence.strip()):  # "A draft agreement ... has not been signed": nothing is so
        found.services = [k for _, _, k in service_spans(sentence, names)]  # what "it" in the next sentence may mean
        return found
    visited = [(org, SERVICE_OF_KIND[_kind(org, kinds)]) for start, _, org in orgs_in(sentence)
               if _kind(org, kinds) in SERVICE_OF_KIND and not _LOCATIVE.search(sentence, 0, start)
               ] if _VISITED.search(sentence) else []  # "X Practice in Fellside": Fellside is where it is
    found.relations += [Relation(Rel.PROVIDES, org, svc, sentence) for org, svc in dict.fromkeys(visited)]
    spans = service_spans(sentence, names)
    found.services = [k for _, _, k in spans]
    if _EXTENDS.match(sentence):  # "The contract covers X, Y and Z": what was said of the contract holds for each
        found.relations += [Relation(r.type, r.source, svc, sentence) for r in said_before
                            if r.type in (Rel.COMMISSIONS, Rel.PROVIDES) for svc in dict.fromkeys(found.services)]
    found.relations += _likewise_of(sentence, said_before, orgs_in, names, kinds, opening=True)  # "So does A.": what the sentence before said of its body
    found.relations += _same_as_before(sentence, spans, said_before, orgs_in)  # "The same is true of Y."
    seen = {(r.type, r.source, r.target) for r in found.relations}
    but = _ALL_BUT.search(sentence)  # "Commissioner: A, for all but Clinic 24": not the services named after
    note = _BY_NOTE.sub(r"\1: ", sentence.lstrip("-•* "))  # "Run by B." as "Run by: B."
    if before and _LABEL.match(note) and not any(not but or start < but.start() for start, _, _ in spans):
        # a note's line "Buyer: A." after "Sexual health: four clinics.": the role of A for the services before
        excepted = {k for _, _, k in spans}
        found.relations += [Relation(_resolved(kind, org, kinds).upper(), org, svc, sentence)
                            for org, svc, kind in dict.fromkeys(_labelled(note, orgs_in, names, before))
                            if svc not in excepted]
        if found.relations and not found.services:
            return found
    if not (found.services or (before and _points_back(sentence, names))) or not (
            _applicable(sentence) or _LED_BY_BODY.match(sentence)):
        # no service to speak of, or no word that could say who commissions or provides it: what the kind of its
        # subject and the field of its words say (role9)
        found.relations += [Relation(_resolved(kind, org, kinds).upper(), org, svc, sentence)
                            for org, svc, kind in dict.fromkeys(_labelled(sentence, orgs_in, names)) if found.services]
        found.relations += [r for r in roles_by_kind(sentence, orgs_in, names, kinds) if (r.type, r.source, r.target) not in seen]
        return found
    if re.search(r"\battention\s+of\b|\bas\s+(?:the\s+)?commissioners?\s+of\b", sentence, re.IGNORECASE):
        return found  # an escalation names a commissioner in passing: read as an escalation

    def add(kind, source, target):
        key = (kind, source, target)
        if key not in seen and source != target:
            seen.add(key)
            found.relations.append(Relation(kind, source, target, sentence))

    # "Its commissioner is A", "Funding for all three comes from A": the services of the sentence before
    previous_services: list[str] = list(before) if before and _points_back(sentence, names) else []
    role = _ROLE_BEFORE.match(sentence)
    if role and previous_services:  # "The provider is B": of a service the sentence before gave no provider, or its one service
        said_type = Rel.PROVIDES if re.search(r"provider|employer|holder", role.group(0), re.IGNORECASE) else Rel.COMMISSIONS
        related = {r.target for r in said_before if r.type in (Rel.COMMISSIONS, Rel.PROVIDES)}
        open_ = [k for k in dict.fromkeys(previous_services) if not any(r.target == k and r.type == said_type for r in said_before)]
        previous_services = [k for k in open_ if k in related] or (open_ if len(open_) == 1 else [])
    role_list = _role_headed_list(sentence, orgs_in, names)  # "Commissioning arrangements: - X: A - Y: B"
    for org, svc, kind in [*_listed_contracts(sentence, orgs_in, names), *_listed_after_colon(sentence, orgs_in, names),
                           *_provided_list(sentence, orgs_in, names), *_listed_under_body(sentence, orgs_in, names),
                           *_tabulated(sentence, orgs_in, names), *_portfolio(sentence, orgs_in, names),
                           *_labelled(sentence, orgs_in, names), *_led_by_body(sentence, orgs_in, names),
                           *_roles_in_brackets(sentence, orgs_in, names),
                           *role_list]:
        if kind == "if-commissioner":  # named beside a provider: commissions if it is a commissioner
            kind = "commissions" if _resolved("by-kind", org, kinds) == "commissions" else ""
        if kind:
            add(_resolved(kind, org, kinds).upper(), org, svc)
    listed: list[str] = []  # "X at P, and Y at Q, now come under B": the services of a subject cut at ", and"
    said_here: list[Relation] = []  # what the last clause with a cue said, which ", and for Y" extends
    declined = False  # a word of commissioning only planned or asked for: the sentence is no miss
    for offset, text in clauses(sentence):
        services = [(s_ - offset, e_ - offset, k) for s_, e_, k in spans if offset <= s_ and e_ <= offset + len(text)]
        found_cues = cue_matches(text)
        if not found_cues:  # nothing said of who commissions or provides
            if services and said_here and re.match(r"and\s+(?:also\s+)?(?:for|of)\s", text.strip()):
                for r in said_here:  # "A contracted with B for X, and for Y": what was said of X is said of Y
                    for _, _, k in services:
                        add(r.type, r.source, k)
            if services:
                previous_services = [k for _, _, k in services]
            listed = [*listed, *previous_services] if services and not _FINITE.search(text) else []
            continue
        clause = _Clause(sentence, offset, text, orgs_in(text), services, previous_services,
                         _RELATIVE.match(text.strip()),
                         orgs_in, names, kinds, add, listed=listed if re.match(r"and\s", text.strip()) else [],
                         about=[(0, 0, about)] if about else [])
        listed = []
        count, first_said = len(found.relations), None
        skip_until = -1
        for cue, number in found_cues:
            none = _NO_OBJECT.match(text, cue.end()) or _NO_OBJECT.search(cue.group(0))
            if cue.start() >= skip_until and (none or _UNREAL.search(text, max(0, cue.start() - 50), cue.start())
                                              or _NEGATED.search(text, max(0, cue.start() - 30), cue.start())):
                # "A offered to run X", "A does not fund X", "A holds no contract for X": not so
                subject, denied = _not_so(clause, cue, bool(none))
                found.refused |= {(o[2], k) for o in subject for _, _, k in denied}
                if none and denied:  # "has no hand in the commissioning of X": no word inside the object says otherwise
                    skip_until = max(skip_until, max(e_ for _, e_, _ in denied))
                declined = declined or bool(subject and denied)  # no miss: the clause says the relation is not so
                continue
            if cue.start() < skip_until or _PAST.search(text, max(0, cue.start() - 40), cue.start()) \
                    or _not_yet(text, cue.start(), [*clause.orgs, *clause.services]) \
                    or _PAST_CLAUSE.match(text) and _PAST_TENSE.match(cue.group(0)) \
                    or _INVERTED_IF.match(text[:cue.start()]) \
                    or _ENDED_AFTER.search(text) and _WAS.search(text, max(0, cue.start() - 25), cue.end()):
                continue  # "X was previously run by A", "A was its provider until 2018": A no longer does
            if not_yet_so(text, cue) or _QUESTION.search(sentence, max(0, offset + cue.start() - 80), offset + cue.start()):
                # "A plans to fund X", "we asked A who funds X": nothing is so yet, nor to be guessed from the words
                declined = True
                continue
            _, kind, voice = CUES[number]
            if voice == "passive-with":  # "Responsibility for commissioning X lies with A"
                # the nouns of the subject ("Responsibility for commissioning X"), not of a clause before it
                voice, kind = "passive", _said_kind(re.split(r",\s+", text[:cue.start()])[-1], last=True) or kind
            elif voice == "active-with":  # "A is responsible for (commissioning) X"
                first = next((s_ for s_, _, _ in services if s_ >= cue.end()), len(text))
                voice, kind = "active", _said_kind(text[cue.end():first]) or kind
            skip_until = max(skip_until, _READERS[voice](clause, cue, kind, voice))
            first_said = first_said if first_said is not None else len(found.relations)
        if clause.said or services:  # "..., and all of them are ...": what the clause spoke of
            previous_services = clause.said or [k for _, _, k in services]
        # what the clause's first word of commissioning or provision said (not an aside after it, "under a CCG contract")
        said_here = [r for r in found.relations[count:first_said] if r.type in (Rel.COMMISSIONS, Rel.PROVIDES)]
    named = functools.cache(lambda: orgs_in(sentence))  # the bodies of the whole sentence, asked for once
    for org, svc, kind, end in _possessed(sentence, spans, named):  # "AHSC's CAMHS": the body's own service
        kind = _resolved(kind, org, kinds).upper()
        if kind == Rel.PROVIDES and svc.rsplit(":", 1)[-1] == _DESIGNATED and _kind(org, kinds) in COMMISSIONER_KINDS \
                and _post_holder_only(sentence, end):
            continue  # "raised it with the CCG's designated nurse": the post's holder, told or telling
        if not any(r.target == svc and (r.type == kind or kind == Rel.COMMISSIONS and not _CONTRACT_AFTER.match(sentence, end))
                   for r in found.relations):
            add(kind, org, svc)  # "A commissions B's X service": B provides it
    for org, svc, kind in _named_with(sentence, spans, named, lambda org: _kind(org, kinds)):
        add(_resolved(kind, org, kinds).upper(), org, svc)  # "the X service (B)", "B midwives": B's own
    for svc, kind in _its_own(sentence, spans) if about else []:  # "Its services, X and Y, are ...": the body before's
        add(_resolved(kind, about, kinds).upper(), about, svc)
    for org, svc in _contract_in_apposition(sentence, spans, named):  # "X, A's main contract, is run by B"
        add(_resolved("by-kind", org, kinds).upper(), org, svc)
    for org, svc in _staff_in_apposition(sentence, spans, named):  # "The X team, B nurses led by ..., is ..."
        add(Rel.PROVIDES, org, svc)
    for org in _joint_partners(sentence, named(), kinds) if any(r.type == Rel.COMMISSIONS for r in found.relations) else []:
        for r in [r for r in found.relations if r.type == Rel.COMMISSIONS and r.source != org]:
            add(Rel.COMMISSIONS, org, r.target)  # "A jointly funds X with B": B commissions X too
    for commissioner, provider in _commissioner_of_body(sentence, named, kinds):  # "A, the commissioner of B, which runs X"
        for r in [r for r in found.relations if r.type == Rel.PROVIDES and r.source == provider]:
            add(Rel.COMMISSIONS, commissioner, r.target)
    for parent, parts in [] if role_list else _parts_named(sentence, spans):  # "X, which covers Y and Z": each part too
        for r in [r for r in found.relations if r.target == parent]:
            for part in parts:
                add(r.type, r.source, part)
    found.relations += [r for r in _likewise_of(sentence, found.relations, orgs_in, names, kinds)
                        if (r.type, r.source, r.target) not in seen]  # "A provides X, as does B"
    for r in _also_fronted(sentence, spans, found.relations, orgs_in):  # "As well as X, B provides Y"
        add(r.type, r.source, r.target)
    found.missed = not found.relations and bool(found.services) and not declined
    for r in [r for r in roles_by_kind(sentence, orgs_in, names, kinds, found.relations)  # clauses no word of the lexicon spoke in (role9)
              if (r.source, r.target) not in found.refused]:
        add(r.type, r.source, r.target)
    for before_it, after_it in _same_of_another(sentence, spans, named):  # "A runs X; the same is true of Y": A runs Y
        for r in [r for r in found.relations if r.target in before_it and r.type in (Rel.COMMISSIONS, Rel.PROVIDES)]:
            for svc in after_it:
                add(r.type, r.source, svc)
    unlike = _set_apart(sentence, spans, named)  # "Unlike X, Y is run by B": not B's X
    found.relations = [r for r in found.relations if (r.source, r.target) not in unlike]
    return found


#: Where a clause turns to another, after a denied word: "A does not provide X but does provide Y".
_CLAUSE_TURN = re.compile(r"\b(?:but|whereas|while)\b|;")


def _not_so(c: _Clause, cue: re.Match, none: bool) -> tuple[list, list]:
    """(the bodies, the service spans) a denied, offered or planned word of ``c`` says are not so: the
    body the clause says it of (its subject just before the word, or the body "it" stands for), and the
    services after the word in its own clause ("A does not provide X but does provide Y": X), with
    "no" only its object ("A holds no contract for X"; not "A has had no complaints about X"), or for
    "it" or "the centre" the service the clause or the sentence before named."""
    text = c.text
    turn = _CLAUSE_TURN.search(text, cue.end())
    stop = min(_next_stop(text, cue.end(), cues=True), turn.start() if turn else len(text))
    subject = [o for o in [o for o in c.orgs if o[1] <= cue.start()][-1:] if _SAID_OF_SUBJECT.fullmatch(text, o[1], cue.start())]
    pronoun = re.search(r"\b(?:it|they)\s+(?:[\w'’-]+\s+){0,3}$", text[:cue.start()], re.IGNORECASE)
    if not subject and pronoun:  # "A monitors X, although it neither funds nor runs it"
        subject = _pronoun_subject(c.sentence[:c.offset + pronoun.start()], c.orgs_in)
    denied = [(s_, e_, k) for s_, e_, k in c.services if cue.end() <= s_ < stop
              and (not none or _NONE_BEFORE.search(text, cue.start(), s_))]
    if not denied and not none and _PRONOUN_OBJECT.match(text, cue.end()):  # "... nor runs the centre"
        denied = [(cue.end(), cue.end(), k) for k in [k for _, e_, k in c.services if e_ <= cue.start()][-1:] or c.previous]
    return subject, denied


#: A phrase that opens a sentence with a service the rest of the sentence is set against: "Unlike
#: X, ", "In contrast to X, ", "Apart from X, ", "Except for X, ", "Other than X, ".
_SET_APART = re.compile(r"(?:Unlike|In\s+contrast\s+(?:to|with)|Contrary\s+to|Apart\s+from|Except\s+for|Other\s+than)"
                        r"\s+(?P<what>[^;]{3,160}?),\s+(?!(?:who|whom|whose|which|that|where|when)\b)")


#: Words that take in the services of an opening again: "both contracts", "all three", "each of them".
_BOTH = re.compile(r"\b(?:both|all\s+(?:two|three|four|of\s+them)|each\s+of\s+them|either|neither)\b", re.IGNORECASE)


def _set_apart(sentence: str, spans: list, bodies) -> set[tuple[str, str]]:
    """(body, service) pairs a sentence opening "Unlike X, " denies: a body named only after the
    opening, with a service named only in it ("Unlike maternity, the emergency department is
    commissioned by A from B": neither A nor B for maternity; "Unlike X, which A buys from C, ...":
    what the opening itself says of A and C stands). ``bodies``: the sentence's bodies, asked once.

    >>> s = "Unlike maternity, the emergency department is run by Acme."
    >>> sorted(_set_apart(s, service_spans(s), lambda: [(54, 58, "acme")]))
    [('acme', 'maternity')]
    """
    m = _SET_APART.match(sentence)
    if not m or _BOTH.search(sentence, m.end()):
        return set()  # "Unlike X, Y was retendered, and both are now provided by B": the contrast is another
    fronted = {k for s_, e_, k in spans if e_ <= m.end("what")} - {k for s_, _, k in spans if s_ >= m.end()}
    named = bodies()
    inside = {o[2] for o in named if o[1] <= m.end("what")}
    after = {o[2] for o in named if o[0] >= m.end()} - inside
    return {(org, svc) for org in after for svc in fronted}


#: Words that make commissioning shared: "jointly", "co-commissions", "a joint contract".
_JOINT = re.compile(r"\b(?:jointly|joint|co-?commission\w*|co-?fund\w*|co-?financ\w*|shared?|pooled|together\s+with|alongside)\b",
                    re.IGNORECASE)
#: The word before a partner in it: "with B", "alongside B", "together with B" (not "a contract with B").
_PARTNER = re.compile(r"(?<!contract\s)(?<!contracts\s)(?<!agreement\s)(?<!arrangement\s)"
                      r"\b(?:together\s+with|alongside|in\s+(?:partnership|conjunction)\s+with|jointly\s+with|with)\s+(?:the\s+)?",
                      re.IGNORECASE)


def _joint_partners(sentence: str, bodies: list, kinds=None) -> list[str]:
    """The commissioners (by kind) a sentence that says commissioning is shared names as partners:
    "A jointly funds X with B", "A is the co-commissioner of X, alongside B" give B.

    >>> bodies = [(0, 1, "a"), (30, 31, "b")]
    >>> _joint_partners("A jointly funds X, with support from B.", bodies, {"b": "ccg"}.get)
    []
    >>> _joint_partners("A jointly funds X together with B.", [(0, 1, "a"), (32, 33, "b")], {"b": "ccg"}.get)
    ['b']
    """
    if not _JOINT.search(sentence):
        return []
    starts = {m.end() for m in _PARTNER.finditer(sentence)}
    return [org for start, _, org in bodies if start in starts and _resolved("by-kind", org, kinds) == "commissions"]


#: A phrase that opens a sentence with what its subject does besides: "As well as X, ", "In addition to X, ".
_BESIDES = re.compile(r"(?:As\s+well\s+as|Besides|In\s+addition\s+to)\s+(?P<what>[^,;]{3,80}),\s+")
#: A clause after the first: what "As with X, " is alike for is the first clause's arrangement only.
_ANOTHER_CLAUSE = re.compile(r";|,?\s+(?:while|whereas|but|although|though)\b|,\s+and\s+(?!(?:is|are)\b)", re.IGNORECASE)


def _besides_services(text: str, start: int, end: int, spans: list, fill: str = " ") -> str:
    """``text[start:end]`` with each service's name wholly inside it (``spans``, in ``text``'s
    positions) put as ``fill``: the words a list or an opening holds besides its services.

    >>> _besides_services("Like maternity and CAMHS, B", 5, 24, [(5, 14, "mat"), (19, 24, "camhs")])
    '  and  '
    """
    rest = text[start:end]
    for s_, e_, _ in sorted(spans, reverse=True):
        if start <= s_ and e_ <= end:
            rest = rest[:s_ - start] + fill + rest[e_ - start:]
    return rest


def _only_services(text: str, start: int, end: int, spans: list) -> bool:
    """Whether the words of an opening are services' names alone ("maternity", "the health visiting and
    school nursing services"), not people or a property of them ("the midwives we spoke with")."""
    rest = _besides_services(text, start, end, spans)
    return not re.sub(r"\b(?:the|its|their|our|and|or|services?|teams?|contracts?)\b|[,\s]", "", rest, flags=re.IGNORECASE)


#: A phrase that opens a sentence with a service the whole arrangement after it is alike for: "As
#: with X, ", "Just as with X, ", "As is the case with X, ", "Like X, ", "In common with X, " (not
#: "Unlike X", nor "As for X", which turns to X).
_ALIKE = re.compile(r"(?:(?:Just\s+)?[Aa]s\s+(?:is\s+the\s+case\s+)?with|(?:Much\s+)?[Ll]ike|In\s+common\s+with|"
                    r"The\s+same\s+as\s+(?:for|with))\s+(?P<what>[^,;]{3,80}),\s+")


def _also_fronted(sentence: str, spans: list, said: list, orgs_in) -> list[Relation]:
    """What the subject after an opening "As well as X, " is said to do, said of X too, where
    the opening has no word of its own ("As well as commissioning X, A provides Y" is left); after
    an opening "As with X, ", what every body is said to do (the arrangement is alike for X).

    >>> said = [Relation("PROVIDES", "acme", "health-visiting", "")]
    >>> s = "As well as school nursing, Acme provides health visiting."
    >>> [(r.source, r.target) for r in _also_fronted(s, service_spans(s), said, lambda t: [(27, 31, "acme")])]
    [('acme', 'school-nursing')]
    """
    m = _BESIDES.match(sentence)
    alike = None if m else _ALIKE.match(sentence)
    m = m or alike
    if not m or cue_matches(m["what"]) or re.match(r"\w+ing\b", m["what"]) and not any(
            s_ == m.start("what") for s_, _, _ in spans):  # "As well as running X, ": a word of its own
        return []
    named = orgs_in(sentence)
    if alike and (any(o[0] < m.end("what") for o in named) or not _only_services(sentence, m.start("what"), m.end("what"), spans)
                  or _ANOTHER_CLAUSE.search(sentence, m.end())):
        return []  # "Like B, C holds ...": a body; "Like the midwives we met, ...": people; "Like X, Y has waits; B runs Y"
    subject = [o for o in named if o[0] >= m.end()][:1]
    fronted = [k for s_, e_, k in spans if e_ <= m.end("what")]
    return [Relation(r.type, r.source, svc, sentence) for r in said for svc in fronted
            if subject and (alike or r.source == subject[0][2]) and r.type in (Rel.COMMISSIONS, Rel.PROVIDES)
            and svc != r.target]


#: A second body said to do the same: "So does A." opening a sentence, ", as does B" after a clause.
_SO_DOES = re.compile(r"(?:^(?:[Aa]nd\s+)?[Ss]o|,\s*as)\s+(?:does|do|did)\s+")


def _likewise_of(sentence: str, said: list, orgs_in, names: ServiceNames | None = None, kinds=None,
                 opening: bool = False) -> list[Relation]:
    """What ``said`` (the sentence before, or the clause before ", as does") states of the body it
    is first about, stated of the body "so does" or "as does" names.

    >>> said = [Relation("COMMISSIONS", "ccg", "camhs", "")]
    >>> [(r.source, r.target) for r in _likewise_of("So does the council.", said, lambda t: [(12, 19, "council")])]
    [('council', 'camhs')]
    """
    m = _SO_DOES.search(sentence)
    said = [r for r in said if r.type in (Rel.COMMISSIONS, Rel.PROVIDES)]
    done = None if m else _DOES_THE_SAME.search(sentence)
    if not (m or done) or not said:
        return []
    if done:  # "B does the same at Hethercott.", "A staffs X, and B does likewise"
        named = [o for o in orgs_in(sentence) if o[1] <= done.start() and re.fullmatch(r"\s*", sentence[o[1]:done.start()])
                 and not re.search(r"[,;]", sentence[o[1]:done.start()])][-1:]
        if opening and not all(re.fullmatch(r"\W*(?:And\s+|But\s+)?(?:(?:In|At|For|Across|Since|From)\s+[^,;]{1,40},\s+)?"
                                            r"(?:the\s+)?", sentence[:o[0]], re.IGNORECASE) for o in named):
            return []  # said of the sentence before only where the sentence opens with the body
        # what a body of its kind does of what was said: "A buys X from B. C does the same at Y": C runs Y
        fitting = [r for r in said if r.type.lower() == _resolved("by-kind", named[0][2], kinds)] if named else []
        said = [r for r in fitting if r.source == fitting[0].source] if fitting else []
    else:
        named = [o for o in orgs_in(sentence) if o[0] >= m.end() and re.fullmatch(r"(?:the\s+)?", sentence[m.end():o[0]])][:1]
        said = [r for r in said if r.source == said[0].source]
    # "B does the same at the MIU": the services named after it, else those said before
    after = [k for s_, _, k in service_spans(sentence, names) if s_ >= done.end()] if done else []
    return [Relation(r.type, o[2], target, sentence) for o in named for r in said
            if o[2] != r.source for target in (after or [r.target])]


#: A body said to do what another was said to do, the body first: "B does the same", "B does likewise".
_DOES_THE_SAME = re.compile(r"\s+(?:also\s+|now\s+)?(?:does|do|did)\s+(?:the\s+same|likewise|so\s+too)\b(?!\s+(?:for|with)\b)",
                            re.IGNORECASE)
#: A sentence saying that what the sentence before said holds of another service: "The same is true
#: of X.", "So too X.", "So is X.", "Likewise X." (not "The same was true of X", mostly a finding's).
_SAME_OPENING = re.compile(r"\s*(?:And\s+)?(?:[Tt]he\s+same\s+(?:is|holds)\s+(?:also\s+)?true\s+(?:of|for)"
                           r"|[Tt]he\s+same\s+(?:goes|applies)\s+(?:for|to)|[Tt]his\s+is\s+(?:also\s+)?true\s+(?:of|for)"
                           r"|So\s+(?:too\s+)?(?:is|are)|So\s+too(?:\s+with)?)\s+")


def _same_as_before(sentence: str, spans: list, said: list, orgs_in) -> list[Relation]:
    """What ``said`` (the sentence before) states, stated of the services of a sentence that says
    the same holds of them and names no body.

    >>> said = [Relation("PROVIDES", "acme", "school-nursing", "")]
    >>> s = "The same is true of health visiting."
    >>> [(r.source, r.target) for r in _same_as_before(s, service_spans(s), said, lambda t: [])]
    [('acme', 'health-visiting')]
    """
    m = _SAME_OPENING.match(sentence)
    said = [r for r in said if r.type in (Rel.COMMISSIONS, Rel.PROVIDES)]
    if not m or not said or orgs_in(sentence) or _NOT_NOW_AFTER.match(sentence, m.end()) \
            or _FINITE.search(sentence, m.end()) or any(_A_FINDING_BEFORE.search(r.evidence) for r in said):
        return []  # "The same is true of Y, which has long waits"; "A runs X, which has too few nurses. The same ..."
    before = {r.target for r in said}
    after = dict.fromkeys(k for s_, _, k in spans if s_ >= m.end() and k not in before)
    return [Relation(r.type, r.source, svc, sentence) for r in said for svc in after]


_COMMISSIONER_OF = re.compile(r"\bcommissioners?\s+(?:for|of)\s+(?:the\s+)?", re.IGNORECASE)


def _commissioner_of_body(sentence: str, bodies, kinds) -> list[tuple[str, str]]:
    """(commissioner, provider) where a sentence calls a commissioner, the subject before the
    noun, the commissioner *of a body* ("A remains the main commissioner of B, which runs X"):
    A commissions what the sentence says B provides.

    >>> s = "The CCG is the main commissioner of Acme, which runs CAMHS."
    >>> _commissioner_of_body(s, lambda: [(0, 7, "ccg"), (36, 40, "acme")], {"ccg": "ccg"}.get)
    [('ccg', 'acme')]
    """
    out = []
    for m in _COMMISSIONER_OF.finditer(sentence) if "ommissioner" in sentence else ():
        after = [o for o in bodies() if o[0] == m.end()][:1]
        before = [o for o in bodies() if o[1] <= m.start() and not re.search(r"[,;]", sentence[o[1]:m.start()])][-1:]
        if after and before and _resolved("by-kind", before[0][2], kinds) == "commissions":
            out.append((before[0][2], after[0][2]))
    return out


@dataclass
class _Clause:
    """What the readers of one clause share: the clause, the bodies and services it names, the
    services said before it, and where relations go (``add``)."""

    sentence: str
    offset: int
    text: str
    orgs: list
    services: list
    previous: list
    relative: re.Match | None
    orgs_in: object
    names: object
    kinds: object
    add: object
    provided: list = field(default_factory=list)  # what the clause said was provided, for "under contract to A"
    said: list = field(default_factory=list)  # what the last passive word spoke of: "commissioned by A, provided by B"
    pending: list = field(default_factory=list)  # "Under its contract with A, B runs X": A, until X is named
    listed: list = field(default_factory=list)  # the services of a subject a comma cut off: "X at P, and Y ..."
    about: list = field(default_factory=list)  # the body "It" opening the sentence stands for: the last one's subject

    def orgs_from(self, start: int) -> list:
        """The bodies named one after another from ``start``."""
        return _first_list([o for o in self.orgs if o[0] >= start], self.text, start)

    def services_between(self, start: int, end: int) -> list[str]:
        return [k for s, _, k in self.services if start <= s < end]

    def relate(self, kind: str, agents: list, services: list[str]) -> None:
        for svc in services:
            for _, _, org in agents:
                self.add(_resolved(kind, org, self.kinds).upper(), org, svc)


def _read_nominal(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"the commissioning of X is (carried out by) A", "its provider is B", "A's commissioning of X"."""
    copula = (_COPULA if voice == "nominal" else _COMMA).search(c.text, cue.end())  # "the provider of X, B, ..."
    objects = c.services_between(cue.start(), copula.start()) or \
        ([] if cue.group(0).split()[-1].lower() in ("of", "for") else
         [k for _, e, k in c.services if e <= cue.start()] or c.previous)  # "For X, the council's chosen provider is B"
    agents = c.orgs_from(copula.end())
    by = re.search(r"\bby\b", c.text[cue.end():copula.start()])
    if not agents and by:  # "the delivery of X by B is ..."
        agents = c.orgs_from(cue.end() + by.end())
    owner = [o for o in c.orgs if re.fullmatch(r"['’]s\s+", c.text[o[1]:cue.start()])
             or (cue.start() < o[1] < cue.end() and re.match(r"['’]s\s", c.text[o[1]:o[1] + 3]))]
    if not agents and owner:
        agents = owner[-1:]
    elif owner and kind == "provides":  # "the CCG's provider for X is B": the CCG commissions X
        c.relate("commissions", [o for o in owner[-1:] if _resolved("by-kind", o[2], c.kinds) == "commissions"],
                 objects)
    c.relate(kind, agents, objects)
    if kind == "provides":
        c.provided = objects
    # "Funding for X is provided by A": the participle between the verb "to be" and A says no more
    said_by = agents and objects and voice == "nominal" and _PARTICIPLE_BY.fullmatch(c.text, copula.end(), agents[0][0])
    return agents[0][0] if said_by else -1


#: "(is) provided by", "(is) met in full from": a participle and its agent's preposition.
_PARTICIPLE_BY = re.compile(r"\s+(?:\w+ly\s+|all\s+|also\s+|now\s+)*(?:\w+ed|given|met|paid|run|led|done|made\s+available)"
                            r"(?:\s+in\s+full)?\s+(?:by|from)\s+(?:the\s+)?", re.IGNORECASE)


def _read_possessor(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A's funding of X has fallen", "the council's commissioning of X": the body whose possessive the
    word follows does it, to the services after the word (up to the next stop).

    >>> roster = {"Westford Council": "council"}
    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t)]
    >>> [(r.type, r.source, r.target) for r in relations_in(
    ...     "Westford Council's funding of school nursing has fallen.", orgs_in).relations]
    [('COMMISSIONS', 'council', 'school-nursing')]
    """
    owner = [o for o in c.orgs if o[1] <= cue.start() and re.fullmatch(r"['’]s?\s+", c.text[o[1]:cue.start()])]
    c.relate(kind, owner[-1:], c.services_between(cue.end(), _next_stop(c.text, cue.end())))
    return cue.end()


def _read_at_expense(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B runs X at A's expense", "X is delivered on A's behalf", "at the cost of A": A, if a
    commissioner by kind, commissions the services said before the words (else the clause's before)."""
    payer = c.orgs_from(cue.end())[:1]
    services = [k for _, e, k in c.services if e <= cue.start()] or c.previous
    c.relate(kind, [o for o in payer if _resolved("by-kind", o[2], c.kinds) == "commissions"], services)
    return payer[0][1] if payer else -1


def _read_appositive_role(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B, A's provider of X, ...", "B is A's contracted provider for X": B provides X; A commissions
    it if a commissioner by kind."""
    end = c.text.find(",", cue.end()) % (len(c.text) + 1)  # the aside's closing comma, else the clause's end
    if not cue.group(0).startswith(","):  # "B is A's provider of X, Y and Z": no aside, the list runs on
        end = _list_end(c, end)
    body = [o for o in c.orgs if o[1] <= cue.start()  # "B (ABC), a charity, is A's contractor for X"
            and re.fullmatch(r"\s*(?:\([^)]{1,12}\)\s*)?(?:,\s+[^,;]{1,60},\s*)?", c.text[o[1]:cue.start()])]
    owner = [o for o in c.orgs if cue.end() <= o[0] and o[1] < end and re.match(r"['’]s\s", c.text[o[1]:o[1] + 3])]
    role = re.compile(r"\b(?:of|for)\s").search(c.text, owner[-1][1] if owner else cue.end(), end)
    services = c.services_between(role.end(), end) if role else []
    c.relate(kind, body[-1:], services)
    c.relate("commissions", [o for o in owner[-1:] if _resolved("by-kind", o[2], c.kinds) == "commissions"], services)
    return end


def _list_end(c: _Clause, end: int) -> int:
    """Where a list of services that a comma at ``end`` goes on ends: "X, Y and Z", "X, of Y and
    of Z" (not a comma before other words: "X, which ...")."""
    while end < len(c.text) and c.text[end] == ",":
        after = [s for s in c.services if s[0] > end]
        if not after or not re.fullmatch(r",\s*(?:(?:and|or)\s+)?(?:of\s+)?(?:the\s+)?", c.text[end:after[0][0]]):
            break
        following = c.text.find(",", after[0][1]) % (len(c.text) + 1)
        rest = _besides_services(c.text, after[0][0], following, c.services, fill="")
        if not re.fullmatch(r"[\s.]*(?:(?:and|or|of|the|services?|teams?|\([^()]{0,12}\))(?:\b|(?<=\)))[\s.]*)*", rest):
            break  # "..., health visiting being run by C": a clause of its own, not an item
        end = following
    return end


def _read_winner(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A tendered X; B was the successful bidder": the body before the words provides the
    services of its clause, else those of the clause before."""
    winner = [o for o in c.orgs if o[1] <= cue.start()][-1:]
    c.relate(kind, winner, c.services_between(0, len(c.text)) or c.previous)
    return cue.end()


def _read_given_to(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A handed B (full) responsibility for X", "A gave B the powers to commission X": B does
    X's part the words name, else what its kind does."""
    given = c.orgs_from(cue.end())[:1]
    what = re.compile(r"\b(?:for|over|to)\s").search(c.text, given[0][1]) if given else None
    if what:
        stop = _next_stop(c.text, what.end(), cues=True)
        c.relate(_said_kind(c.text[what.start():stop]) or kind, given, c.services_between(what.end(), stop))
    return what.end() if what else -1


def _read_out_to(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"X is contracted out to B by A": B provides X; A, if a commissioner by kind, commissions it."""
    services = _passive_subject(c, cue)
    providers = c.orgs_from(cue.end())
    by = re.compile(r"\s+(?:\([^)]{1,12}\)\s+)?by\s+").match(c.text, providers[-1][1]) if providers else None
    c.relate("provides", providers, services)
    payers = c.orgs_from(by.end()) if by else []
    c.relate("commissions", [o for o in payers if _resolved("by-kind", o[2], c.kinds) == "commissions"], services)
    return payers[-1][1] if payers else cue.end()


def _read_staff(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"a nurse seconded from B works in X", "X is supplied by B": B provides X."""
    staff_of = c.orgs_from(cue.end())
    if staff_of and not re.fullmatch(r"\s*(?:the\s+)?", c.text[cue.end():staff_of[0][0]]):
        staff_of = []  # "nurses from the school told us that B ...": the body must follow the word
    start = staff_of[-1][1] if staff_of else cue.end()
    if not _STAFF_VERB.match(cue.group(0)):  # "health visitors from B ...": the staff name the service, not what they serve
        objects = [k for s, e, k in c.services if s <= cue.start() < e] or c.services_between(start, start + 4)
    else:
        objects = c.services_between(start, len(c.text)) or [k for s, e, k in c.services if e <= cue.start()] or \
            (c.previous[-1:] if re.search(r"\b(?:its|their)\b", c.text[:cue.start()], re.IGNORECASE) else [])
    c.relate("provides", staff_of, objects)  # "..., and its clinicians are supplied by B": the service named last
    return -1


def _read_contract(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"X is part of A's (block) contract with B", "the first two are covered by the contract the
    council holds with B", "X is the subject of a contract between A and B": each body named in
    the contract does what its kind does."""
    subject = _passive_subject(c, cue)
    with_ = re.compile(r"\b(?:with|between)\b").search(c.text, cue.end())
    parties = [o for o in c.orgs if cue.start() <= o[0] and o[1] <= with_.start()] + c.orgs_from(with_.end())
    c.relate("by-kind", parties, subject)
    return with_.end()


def _read_contract_between(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"There is a contract between A and B for X and Y": each party does what its kind does, for
    the services named after "for" (up to a turn, a time or another body: "..., though until 2019
    it also covered Z", "... and between C and D for Z")."""
    parties = c.orgs_from(cue.end())
    for_ = re.compile(r"\)?\s*(?:\([^()]{1,12}\)\s*)?for\s").match(c.text, parties[-1][1]) if parties else None
    if not for_:
        return -1
    turn = _CONTRACT_FOR_ENDS.search(c.text, for_.end())
    end = min([turn.start() if turn else len(c.text), *(o[0] for o in c.orgs if o[0] >= for_.end())])
    end = _list_end(c, end)  # "for X, Y and Z"
    if _CONTRACT_SAID_ENDED.match(c.text, end):
        return -1  # "There is a contract between A and B for X that ended in 2017"
    c.relate("by-kind", parties, c.services_between(for_.end(), end))
    return end


#: A contract said to have ended, after what it was for.
_CONTRACT_SAID_ENDED = re.compile(r"\s*(?:(?:which|that)\s+)?(?:ended|expired|lapsed|terminated|ran\s+out|came\s+to\s+an\s+end|"
                                  r"(?:was|were)\s+(?:ended|terminated|cancelled|not\s+renewed))\b", re.IGNORECASE)
#: Where the services a contract is said to be for end: a turn of the sentence, a time, another pair.
_CONTRACT_FOR_ENDS = re.compile(r",|;|\s(?:though|although|but|until|which|that|while|whereas|and\s+between|between|"
                                r"under|since|before|after)\b")


def _read_placed_with(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A's largest contract, for X and Y, is with B", "A places its X business with B", "A's X
    money goes to B": the body just before the word commissions, the bodies after "with" or "to"
    provide."""
    with_ = re.compile(r"\b(?:with|to)\b").search(c.text, cue.end())
    before = [o for o in c.orgs if o[1] <= cue.start() and not re.search(r"[,;]", c.text[o[1]:cue.start()])]
    holder = [o for o in before if o[:2] == before[-1][:2]]  # "Both CCGs": each body the words stand for
    listed = before[-1:]
    while before and len(listed) < len(before) and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?",
                                                                 c.text[before[-len(listed) - 1][1]:listed[0][0]]):
        listed = before[-len(listed) - 1:]
    if len(listed) > 1:
        holder = listed  # "Both CCGs – A and B – place their X with C"
    services = c.services_between(cue.start(), with_.start()) or _passive_subject(c, cue)
    other = c.orgs_from(with_.end())
    if holder and other and all(_resolved("by-kind", o[2], c.kinds) == "provides" for o in holder) \
            and all(_resolved("by-kind", o[2], c.kinds) == "commissions" for o in other):
        holder, other = other, holder  # "B manages its contract with A": the provider's side of it
    c.relate("commissions", holder, services)
    c.relate("provides", other, services)
    return with_.end()


def _read_hyphen(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"X is B-run", "a B-funded X": the body the word is joined to; the services before it, else
    the ones after it up to the next stop."""
    hyphen = c.text.index("-", cue.start())
    agent = [o for o in c.orgs if o[1] == hyphen]
    if not agent:  # "consultant-led": no body
        return -1
    after = cue.end()
    while not _COPULA_BEFORE.search(c.text, 0, agent[0][0]) and (stacked := _STACKED_MODIFIER.match(c.text, after)):
        after = stacked.end()  # "the A-run, B CCG-funded X": X is A's too (not "Training is A-led and ...")
    services = ([k for _, e, k in c.services if e <= agent[0][0]]
                or c.services_between(after, _next_stop(c.text, after)) or _passive_subject(c, cue))
    c.relate(kind, agent, services)
    return cue.end()


#: A copula straight before a word: "is A-led" (a predicate, not a modifier before a noun).
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|became|becomes)\s+(?:\w+ly\s+)?(?:the\s+)?$",
                            re.IGNORECASE)
#: Another modifier of the same kind stacked after one: ", Lintwick CCG-funded", " and B-staffed".
_STACKED_MODIFIER = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w&'’]+\s+){{0,3}}[\w&'’]+-(?:{HYPHEN_PROVIDING}|"
                               rf"{HYPHEN_PAYING})\b")


def _read_as_role(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B replaced A as the X provider", "B took over from A as provider of X": the body the clause
    opens with, not the one it displaced, nor one in a phrase before it ("After a process run by A, B
    replaced C as ...")."""
    lead = _LEADING_PHRASE.match(c.text)
    subject = [o for o in c.orgs if o[1] <= cue.start() and not (lead and o[0] < lead.end())][:1]
    objects = c.services_between(cue.start(), _next_stop(c.text, cue.end()))
    c.relate(kind, subject, objects)
    return -1


#: Words of taking on a role from another body: what follows "from" is who held it, not a provider.
_TAKEN_OVER = re.compile(r"responsib|accountab|\b(?:took|takes?|taken|taking)\s+(?:over|on)\b|\bassum|\binherit|"
                         r"\btransferr|\bhand(?:ed|s)?\s+over", re.IGNORECASE)
#: A preposition just before a body: where something is, not who does it ("in Fellside", "on A's behalf").
_LOCATIVE = re.compile(r"\b(?:in|at|near|on|within|across)\s+(?:the\s+)?$", re.IGNORECASE)
#: A body's own people after its name: "on B's own staff", "on B's payroll".
_ITS_STAFF = re.compile(r"['’]s?\s+(?:own\s+)?(?:staff|payroll|books|establishment|employees|workforce)\b")
#: A phrase that opens a clause before its subject: "After a process run by A, ", "In 2019, ".
_LEADING_PHRASE = re.compile(r"\s*(?:After|Before|Following|Since|In|When|Under|Through|As|Until|From|With|Once)\b[^,;]*,",
                             re.IGNORECASE)


def _read_holds(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B has the borough's ED and its maternity unit", "the CCG has its own designated nurses":
    what a body has, named within a few words of the verb, it provides if it is a provider; a
    commissioner "has" only its own staff (it provides them), not services it pays others for."""
    subject = [o for o in c.orgs if o[1] <= cue.start() and not re.search(r"[,;]", c.text[o[1]:cue.start()])][-1:]
    if not subject:
        subject = _SUBJECT_PRONOUN.search(c.text, 0, cue.start()) and (
            _last_subject(c.sentence[:c.offset], c.orgs_in) or c.about)
    end = _next_stop(c.text, cue.end())
    first = next((s for s, _, _ in c.services if cue.end() <= s < end), None)
    if not subject or first is None or not re.fullmatch(r"\s+(?:(?!(?:for|of|on|in|at|to|no|not)\b)[\w'’-]+\s+){0,3}",
                                                         c.text[cue.end():first]):
        return -1
    for s, e, k in c.services:
        if cue.end() <= s < end:
            for org in [o for o in subject if _kind(o[2], c.kinds) not in (OrgKind.HOSPITAL, "")]:  # a site has wards
                role = _resolved("by-kind", org[2], c.kinds)
                if role == "provides" or _holder_of(c.text, s, e) == "provides":
                    c.add(Rel.PROVIDES, org[2], k)
    return -1


def _read_seconded(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A Brightpath nurse is seconded to X", "a nurse from B is deployed to X", "a B therapist is
    based in X": the body whose staff the subject names provides X; where the subject names no
    body's staff, as a passive ("X is based within B": B provides X)."""
    subject = [o for o in c.orgs if o[1] <= cue.start()][-1:]
    if subject and _STAFF.search(c.text, 0, cue.start()):
        c.relate("provides", subject, c.services_between(cue.end(), _next_stop(c.text, cue.end())))
        return -1
    # "attached to X", "based at P": a place, not who runs it
    return _read_passive(c, cue, kind, "passive") if re.search(r"\b(?:based|located)\s+(?:in|within|with)$", cue.group(0)) else -1


def _read_one_of_its(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"X is another of B's sites", "X is one of its services": B (for "its", the body the clause
    or the sentence before was about) provides X."""
    owner = [o for o in c.orgs if o[0] >= cue.end() and re.match(r"['’]s\s", c.text[o[1]:o[1] + 3])][:1]
    if not owner and re.match(r"\s*(?:its|their)\b", c.text[cue.end():]):
        owner = _last_subject(c.sentence[:c.offset], c.orgs_in) or c.about
    c.relate("provides", owner, _passive_subject(c, cue))
    return -1


def _read_received_from(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"children have their health assessments with B's paediatricians": B, whose staff do it,
    provides what they receive."""
    by = re.compile(r"\b(?:with|from|by)\b").search(c.text, cue.end())
    staff_of = [o for o in c.orgs if o[0] >= by.end() and re.match(r"['’]s\s", c.text[o[1]:o[1] + 3])][:1]
    c.relate("provides", staff_of, c.services_between(cue.end(), by.start()))
    return by.end()


def _read_invoices(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B invoices A for X": B provides X, A commissions it if A is a commissioner; X after "for",
    else the place "there" or the clause before names."""
    subject = [o for o in c.orgs if o[1] <= cue.start()][-1:]
    payers = c.orgs_from(cue.end())[:1]
    for_ = re.compile(r"\bfor\b").search(c.text, payers[0][1]) if payers else None
    objects = c.services_between(for_.end(), len(c.text)) if for_ else []
    if for_ and not objects and re.search(r"\bthere\b", c.text[for_.end():]):
        objects = [k for _, e, k in c.services if e <= cue.start()][-1:] or c.previous[-1:]
    c.relate("provides", subject, objects)
    c.relate("commissions", [o for o in payers if _resolved("by-kind", o[2], c.kinds) == "commissions"], objects)
    return -1


def _read_employment(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"the designated doctor and nurse hold B contracts of employment", "..., all on B's books": B
    provides the posts the subject names."""
    end = re.compile(r"\b(?:contracts?|employment|books|payroll)\b").search(c.text, cue.end())
    employer = [o for o in c.orgs if cue.end() <= o[0] and end and o[1] <= end.start()][:1]
    c.relate("provides", employer, _passive_subject(c, cue))
    return end.end() if end else -1


def _read_income_from(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B earns its income for X from A", "B receives its funding for this work from A": B
    provides X, A commissions it if A is a commissioner; without a service after "for", the
    services of the clause or the sentence before ("this work")."""
    subject = [o for o in c.orgs if o[1] <= cue.start() and not re.search(r"[;]", c.text[o[1]:cue.start()])][-1:]
    from_ = _FROM.search(c.text, cue.end())
    payers = c.orgs_from(from_.end())
    objects = c.services_between(cue.end(), from_.start()) or [k for _, e, k in c.services if e <= cue.start()] \
        or c.services_between(from_.end(), len(c.text)) or c.previous  # "B receives a grant from A for X"
    c.relate("provides", subject, objects)
    c.relate("commissions", [o for o in payers if _resolved("by-kind", o[2], c.kinds) == "commissions"], objects)
    return from_.end()


def _read_works_to(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"Two B teams work to CCG contracts: X and Y", "B works under a council contract for X": B
    provides X, the body the contract is named by commissions it if it is a commissioner."""
    subject = [o for o in c.orgs if o[1] <= cue.start()][-1:]
    contract = re.compile(r"\bcontracts?\b").search(c.text, cue.end())
    payers = [o for o in c.orgs if contract and cue.end() <= o[0] < contract.start()]
    objects = c.services_between(cue.end(), _next_stop(c.text, cue.end())) or _listed_next(c, cue)
    c.relate("provides", subject, objects)
    c.relate("commissions", [o for o in payers if _resolved("by-kind", o[2], c.kinds) == "commissions"], objects)
    return -1


def _read_procured_by(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"After a tender run by A in 2017, B took over X": A commissions the services the
    sentence names after the word."""
    services = [k for _, _, k in service_spans(c.sentence[c.offset + cue.end():], c.names)]
    c.relate("commissions", c.orgs_from(cue.end())[:1], list(dict.fromkeys(services)))
    return cue.end()


def _read_answers_to(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B answers to A for X", "B is accountable to A for X": B provides X, and A commissions it
    if A is a commissioner; "the designated nurses answer to the CCG's chief nurse": staff who
    answer to a body's officer are its staff."""
    subject = [o for o in c.orgs if o[1] <= cue.start()][-1:]
    to = c.orgs_from(cue.end())
    staff = [k for s, e, k in c.services if e <= cue.start() and _holder_of(c.text, s, e) == "provides"]
    if not subject and staff and to and re.match(r"['’]s\s", c.text[to[0][1]:to[0][1] + 3]):
        c.relate("provides", to[:1], staff)  # "the designated nurses answer to the CCG's chief nurse": its staff
    objects = c.services_between(cue.end(), _next_stop(c.text, cue.end()))
    if subject and to:
        c.relate("provides", subject, objects)
        c.relate("commissions", [o for o in to if _resolved("by-kind", o[2], c.kinds) == "commissions"], objects)
    return -1


def _read_held_to_account(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A holds B to account for X", "A holds B responsible for X": B provides X, and A
    commissions it if A is a commissioner."""
    subject = [o for o in c.orgs if o[1] <= cue.start() and not re.search(r"[,;]", c.text[o[1]:cue.start()])][-1:]
    held = c.orgs_from(cue.end())[:1]
    for_ = re.compile(r"\bfor\b").search(c.text, held[0][1]) if held else None
    if not subject or not for_ or held[0][0] - cue.end() > 6:
        return -1
    objects = c.services_between(for_.end(), _next_stop(c.text, for_.end()))
    c.relate("provides", held, objects)
    c.relate("commissions", [o for o in subject if _resolved("by-kind", o[2], c.kinds) == "commissions"], objects)
    return for_.end()


def _read_delegate(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A delegated (the commissioning of) X to B": B commissions X."""
    start = cue.end() + re.search(r"\bto\b", c.text[cue.end():]).end()
    c.relate("commissions", c.orgs_from(start), c.services_between(cue.start(), start))
    return start


def _passive_subject(c: _Clause, cue: re.Match) -> list[str]:
    """The services a passive word speaks of: those before it, else those a relative clause,
    "the first two" or a clause without a body of its own points back to."""
    text = c.text.strip()
    subject = [k for _, e, k in c.services if e <= cue.start()]
    if subject and c.listed:  # "The ED at P, and the maternity units at Q, now come under B"
        subject = [*c.listed, *subject]
    if c.relative and _INCLUDES.match(text):  # "X, which includes Y and Z, is ..."
        subject = [*c.previous, *subject]
    ordinal = _ORDINAL.match(text)
    if not subject and ordinal:
        return _pick(c.previous, ordinal)
    if not subject and c.relative and not c.relative.group(0).lower().startswith("and"):
        return _trailing_list(c) or c.previous[-1:]  # "X and Y, which are delivered by B": both
    if not subject and not [o for o in c.orgs if o[1] <= cue.start()]:
        # "the examiners there are B staff": "there" is the place named last
        there = re.search(r"\bthere\b", text[:cue.start()])
        return c.services_between(cue.start(), cue.end()) or (c.previous[-1:] if there else c.previous)
    if not subject and c.said and re.search(r"\bby\s+[^,;()]*?,\s*(?:and\s+)?$", c.text[:cue.start()]):
        return c.said  # "X, commissioned by A, provided by B": the participles share their subject
    return subject


def _topic_services(c: _Clause) -> list[str]:
    """The services a fronted topic names or points back to: "For CAMHS, ...", "For the third, ..."."""
    topic = _TOPIC.match(c.text.strip()) if c.offset == 0 else None
    if not topic:
        return []
    ordinal = _ORDINAL.search(topic.group(0))
    return _pick(c.previous, ordinal) if ordinal else [k for _, _, k in service_spans(topic.group(0), c.names)]


def _nearest_subject(c: _Clause, cue: re.Match) -> list[str]:
    """The service a modifier after it speaks of: the last before the word, with those joined to
    it by "and" or commas ("X, set up with A funding"; "Y and X, set up with ...")."""
    before = [(s, e, k) for s, e, k in c.services if e <= cue.start()]
    if not before:
        return _passive_subject(c, cue)
    chosen = [before[-1]]
    for one in reversed(before[:-1]):
        if not re.fullmatch(r"(?:\s*\([^)]{1,12}\))?\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?", c.text[one[1]:chosen[0][0]]):
            break
        chosen.insert(0, one)
    return [k for _, _, k in chosen]


def _read_passive(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"X is commissioned by A", "X is commissioned from B by A", "X is delivered by B on behalf of A"."""
    text, skip_until = c.text, -1
    if kind == "provides" and re.search(r"\bcommissioning\b", text[:cue.start()], re.IGNORECASE):
        kind = "commissions"  # "Commissioning of X is carried out by A"
    if kind == "provides" and _CONTRACTS_SUBJECT.search(text, 0, cue.start()) and _OVERSEEN.search(cue.group(0)):
        kind = "commissions"  # "X contracts, including that of P, are administered by A": A holds them
    subject = _nearest_subject(c, cue) if voice == "modifier" else _passive_subject(c, cue)
    agents = c.orgs_from(cue.end())
    if re.search(r"\bnot\s+(?:\w+\s+)?by$", cue.group(0), re.IGNORECASE):  # "provided not by A but by B": B
        but = re.compile(r"\bbut\s+(?:\w+\s+)?by\s+", re.IGNORECASE).search(text, cue.end())
        agents = c.orgs_from(but.end()) if but else []
    later = [m for m, _ in cue_matches(text, cue.end())[:1] if re.search(r"\bby$", m.group(0), re.IGNORECASE)]
    if agents and later and agents[0][0] >= later[0].end() and "," in text[cue.end():later[0].start()]:
        agents = []  # "X is, under a three-year contract, delivered by B": B is the agent of the later word
    if agents and _LOCATIVE.search(text, cue.end(), agents[0][0]) and not _ITS_STAFF.match(text, agents[0][1]):
        agents = []  # "delivered by B on the council's behalf" (not "is on B's own staff")
    if voice == "passive-from":  # the bodies after the word provide; those after "by" commission
        by = re.search(r"\bby\b", text[cue.end():])
        commissioners = [o for o in c.orgs if by and o[0] >= cue.end() + by.end()]
        c.relate("provides", [o for o in agents if o not in commissioners], subject)
        c.relate("commissions", commissioners, subject)
        return -1
    # (a contract's other party: the commissioner, or by its kind, "A has X under an agreement with B")
    contract = kind == "commissions" or kind == "by-kind" and _UNDER_CONTRACT.match(cue.group(0))
    if contract and _UNDER_CONTRACT.match(cue.group(0)) and c.provided:
        subject = c.provided
    elif contract and not subject and (cue.start() <= 1 or re.search(r",\s*$", text[:cue.start()])) \
            and not re.match(rf"[^;]*?\bto\s+{_TO_DO}\b", text[cue.end():]):
        # "Under its contract with A, B delivers X", "B, commissioned by A, delivers X": A commissions what B provides
        c.pending = [o for o in agents if _resolved("by-kind", o[2], c.kinds) == "commissions"]
        return -1
    # "B is commissioned by A to provide X": B provides X, A commissions it
    to_provide = re.match(rf"[^;]*?\bto\s+{_TO_DO}\b", text[cue.end():])
    before_orgs = [o for o in c.orgs if o[1] <= cue.start()]
    if kind == "commissions" and not subject and before_orgs and to_provide:
        skip_until = cue.end() + to_provide.end()
        # "For the third, B is paid by A to deliver sessions": the service the fronted topic names
        subject = c.services_between(skip_until, len(text)) or _topic_services(c)
        c.relate("provides", before_orgs[-1:], subject)
    paid_for = agents and re.match(r"\s*(?:\([^)]{1,12}\)\s*)?for\b", text[agents[-1][1]:])
    if kind == "commissions" and not subject and paid_for and before_orgs and not to_provide \
            and _resolved("by-kind", before_orgs[-1][2], c.kinds) == "provides":
        # "B is paid by A for X": A commissions X, B provides it
        subject = c.services_between(agents[-1][1] + paid_for.end(), len(text))
        c.relate("provides", before_orgs[-1:], subject)
    c.relate(kind, agents, subject)
    if contract and kind == "by-kind" and agents and all(_resolved(kind, o[2], c.kinds) == "provides" for o in agents):
        # "A has X under an agreement with B": the subject, a commissioner, commissions it
        c.relate("commissions", [o for o in before_orgs[:1] if o[0] <= 4 and
                                 _resolved("by-kind", o[2], c.kinds) == "commissions"], subject)
    c.said = subject
    likewise = agents and _LIKEWISE.match(text, agents[-1][1])
    if likewise:  # "X and Y are services of B, as is Z"
        c.relate(kind, agents, c.services_between(likewise.end(), len(text)))
    gapped = agents and _GAPPED.match(text, agents[-1][1])
    if gapped:  # "the former is run by B and the latter by C"
        c.relate(kind, c.orgs_from(gapped.end()), _pick(c.previous, _ORDINAL.match(gapped.group("which"))))
    to_whom = agents and "contracted" in cue.group(0).lower() and \
        re.match(r"\)?\s*(?:\([^)]{1,12}\))?\s*to\b", text[agents[-1][1]:])
    if to_whom:  # "X are contracted by A to B"
        c.relate("provides", c.orgs_from(agents[-1][1] + to_whom.end()), subject)
    # "run by B on behalf of A", or "run on behalf of A by B"
    behalf = _BEHALF.search(text, cue.end()) or _BEHALF.search(text, cue.start(), cue.end())
    if kind == "provides":
        c.provided = subject
        if behalf:  # "delivered by B on behalf of A"
            rest = text[behalf.end():]
            c.relate("commissions", _first_list(c.orgs_in(rest), rest, 0), subject)
        owner = re.search(r"\bon\s+(?P<who>[^,;]{1,60}?)['’]s?\s+behalf\b", text)
        if owner:  # "run on the CCG's behalf by B"
            c.relate("commissions", c.orgs_in(owner.group("who"))[-1:], subject)
    if kind == "commissions" or (kind == "by-kind" and agents and all(
            _resolved(kind, o[2], c.kinds) == "commissions" for o in agents)):  # "X is funded through A's contract with B"
        # (under a contract, "from A" names its commissioner: "run by B under a contract from A")
        source = None if _UNDER_CONTRACT.match(cue.group(0)) else \
            next(_provider_markers(text, cue.end()), None) or _CONTRACT_WITH.search(text, cue.end())
        if source:
            c.relate("provides", c.orgs_from(source.end()), subject)
        if behalf:
            for _, _, other in _behalf_of(text, behalf.end(), c.orgs_in):
                for _, _, org in agents:
                    c.add("ON_BEHALF_OF", org, other)
    return skip_until


def _object_before(c: _Clause, cue: re.Match, subject: list) -> list[str]:
    """The services an active word speaks of when none follow it: the one just before "that B"
    ("the ED that B runs", "the SARC is a service that B runs"), the one a relative clause points
    back to, or those "it", "both" or "that contract" mean."""
    text = c.text
    objects = [k for _, e, k in c.services if subject and re.fullmatch(
        r"\s*(?:\([^)]{1,12}\)\s*)?(?:(?:(?:for|of)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+)?(?:is|are|was|were)\s+(?:an?|the|one\s+of\s+the)\s+"
        r"[\w\s-]{0,40}?\s+(?:(?:that|which|whom)\s+)?"
        r"|(?:(?:clinics?|services?|teams?|units?|centres?|contracts?|provision|programmes?)\s+)?(?:that|which)\s+"
        r"|[^,;]{0,40},\s*(?:for|to|from|through)\s+which\s+(?:the\s+)?"  # "X ..., for which A pays"
        r"|[^,;]{0,60},\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:arrangement|service|contract|agreement)\s+(?:that\s+|which\s+)?)",
        text[e:_named_from(c, subject[-1][0])])]
    if not objects and c.relative:  # "X, which B runs"; "X, Y and Z services, which A buys"; "..., all of which"
        objects = c.previous if c.relative.group("all") else (_trailing_list(c) or c.previous[-1:])
    if not objects and (_PRONOUN_OBJECT.match(text, cue.end()) or _DEMONSTRATIVE.search(cue.group(0))
                        or _ITS_COSTS.search(cue.group(0)) or cue.group(0).lower().startswith("contribut")):
        objects = [k for _, e, k in c.services if e <= cue.start()] or c.previous  # "B provides it", "B holds that contract"
    return objects


def _named_from(c: _Clause, start: int) -> int:
    """Where the name of the body at ``start`` begins, its abbreviation after it in brackets read
    as the same name: "Acme Trust (AT)" begins at "Acme"."""
    full = [o for o in c.orgs if o[1] <= start and re.fullmatch(r"\s*\(", c.text[o[1]:start])]
    return full[-1][0] if full else start


#: Between a verb's object and a second verb that shares the first verb's subject: "A funds B and buys X".
_SHARED_SUBJECT = re.compile(r"\s+and\s+(?:also\s+|then\s+|\w+ly\s+)?", re.IGNORECASE)


def _antecedent(c: _Clause, at: int) -> list:
    """The body "it" at ``at`` stands for: the first the sentence names, if it provides by kind
    ("B runs X and Y, all of which A buys from it"), else the object of a verb before
    ("A funds B and buys X from it": B)."""
    if not re.match(r"\s*it\b", c.text[at:]):
        return []
    first = c.orgs_in(c.sentence[:c.offset])[:1] or [
        o for o in c.orgs if o[1] < at and _SHARED_SUBJECT.match(c.text, o[1])][:1]
    return [(at, at + 3, o[2]) for o in first if _resolved("by-kind", o[2], c.kinds) == "provides"]


def _other_party(c: _Clause, cue: re.Match) -> list:
    """The commissioners a word of agreement names after "with" ("B's contract with A"), where
    every body named there is one."""
    with_ = re.match(r"\s*with\s+", c.text[cue.end():]) if _AGREEMENT.search(cue.group(0)) else None
    parties = c.orgs_from(cue.end() + with_.end()) if with_ else []
    return parties if parties and all(_resolved("by-kind", o[2], c.kinds) == "commissions" for o in parties) else []


def _fronted_for(c: _Clause, cue: re.Match, before: list) -> list:
    """The bodies of a phrase that opens the clause and is not its subject: "for the CCG it
    provides X", "For the CCG, B runs X" (then "it", "they" or B is the subject), else none."""
    opening = re.match(r"\s*(?:and\s+)?(?:for|on\s+behalf\s+of)\s+", c.text, re.IGNORECASE)
    comma = c.text.find(",", opening.end()) if opening else -1
    fronted = _first_list([o for o in before if opening and o[0] >= opening.end() and (comma < 0 or o[1] <= comma)],
                          c.text, opening.end()) if opening else []
    if not fronted or fronted[0][0] != opening.end() and not re.fullmatch(r"the\s+", c.text[opening.end():fronted[0][0]]):
        return []
    rest = c.text[fronted[-1][1]:cue.start()]
    return fronted if re.fullmatch(r",?\s*(?:it|they)\s+(?:\w+\s+){0,2}|,\s*\S.*", rest) else []


def _trailing_list(c: _Clause) -> list[str]:
    """The services of the list that ends just before a relative clause: "the ED, acute and
    maternity services, which A buys": all three, not the last only."""
    before = c.sentence[:c.offset]
    spans = [sp for sp in service_spans(before, c.names) if sp[1] <= len(before)]
    if not spans or not re.fullmatch(r"(?:\s*\([^)]{1,12}\))?(?:\s+(?:services?|care|units?|teams?))?\s*,?\s*",
                                     before[spans[-1][1]:]):
        return []
    chosen = [spans[-1]]
    for one in reversed(spans[:-1]):
        gap = before[one[1]:chosen[0][0]]
        if not re.fullmatch(r"(?:\s*\([^)]{1,12}\))?(?:\s+[\w-]+)?(?:\s+(?:services?|care))?\s*(?:,|and|,\s*and)\s*"
                            r"(?:the\s+)?(?:[\w-]+\s+)?", gap):
            break
        chosen.insert(0, one)
    return list(dict.fromkeys(k for _, _, k in chosen)) if len(chosen) > 1 else []


def _listed_next(c: _Clause, cue: re.Match) -> list[str]:
    """The services listed after a colon that ends the clause, when the words after the cue name
    none ("A is the commissioner for most of the care children receive: X, Y and Z")."""
    rest = c.sentence[c.offset + len(c.text):]
    if cue_matches(c.text, cue.end()) or not re.match(r"\s*:", rest):
        return []
    listed = rest[:rest.find(";")] if ";" in rest else rest
    return [k for _, _, k in service_spans(listed, c.names)]


def _last_subject(text: str, orgs_in) -> list:
    """The body "it" means: the last named before, not one in the possessive or the area itself."""
    orgs = [o for o in orgs_in(text) if not re.match(r"['’]s\b", text[o[1]:o[1] + 2]) and not _AREA_WORD.match(text, o[0])]
    return orgs[-1:]


#: Verbs that take a receiver before what is given: "offered the school nurses a session".
_GIVING = re.compile(r"(?:offer|give|gave|giv)", re.IGNORECASE)


def _given_to(c: _Clause, cue: re.Match, key: str) -> bool:
    """Whether the service ``key`` is named, straight after a verb of giving, by its staff as the
    ones given something: "B offered the school nurses a monthly session" gives school nursing
    nothing to run."""
    if not _GIVING.match(cue.group(0)):
        return False
    return any(k == key and _holder_of(c.text, s, e) == "provides"
               and re.fullmatch(r"\s*(?:the\s+|its\s+|their\s+|local\s+)*", c.text[cue.end():s])
               and re.match(r"\s+(?:an?|some)\s+(?:[\w-]+\s+){0,2}?[a-z]+", c.text[e:])
               for s, e, k in c.services)


def _pronoun_subject(text: str, orgs_in) -> list:
    """The body a subject "it" or "they" means: the subject of the clause before, where a body opens
    it ("A devolved X to B; it still looks after Y": A), else the last body named before.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme|Bolt", t)]
    >>> _pronoun_subject("In 2017 Acme passed its clinics to Bolt; ", orgs_in), _pronoun_subject("We met Acme; ", orgs_in)
    ([(8, 12, 'acme')], [(7, 11, 'acme')])
    """
    opening = _SUBJECT_OPENING.match(text)
    first = [o for o in orgs_in(text)[:1] if o[0] <= (opening.end() if opening else 0)  # "The council" or "council"
             and not re.match(r"['’]s\b", text[o[1]:o[1] + 2])]
    return first or _last_subject(text, orgs_in)


def _read_active(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"A commissions X (from B)", "A commissions B to provide X", "B runs X (on behalf of A)",
    "the ED that B runs"."""
    text = c.text
    before_orgs = [o for o in c.orgs if o[1] <= cue.start()]
    after = [o for o in c.orgs if o[0] >= cue.end()]
    # the body just before the word: every body a reference there means ("the three CCGs")
    subject = [o for o in before_orgs if o[:2] == before_orgs[-1][:2]] if before_orgs else []
    if subject and _RATHER_THAN.search(text, 0, subject[0][0]):  # "it is A rather than B that funds X": A
        subject = [o for o in before_orgs if o[1] <= _RATHER_THAN.search(text, 0, subject[0][0]).start()][-1:]
    if subject and len(before_orgs) > 1 and _SHARED_SUBJECT.fullmatch(text, subject[-1][1], cue.start()) and \
            re.fullmatch(r"\s+(?:\w+ly\s+)?[a-z]+(?:s|ed)\s+(?:the\s+)?", text[before_orgs[-2][1]:subject[0][0]]):
        subject = before_orgs[-2:-1]  # "A funds B and buys X from it": A buys, B is the first verb's object
    if subject and len(before_orgs) > 1 and _SHARED_SUBJECT.fullmatch(text, subject[-1][1], cue.start()) \
            and _LOCATIVE.search(text, 0, subject[0][0]):  # "A runs the unit at B Hospital and staffs it": B is where
        outer = [o for o in before_orgs if o[1] <= subject[0][0] and not _LOCATIVE.search(text, 0, o[0])]
        subject = outer[-1:] or subject
    if subject and _OTHER_SUBJECT.search(text, subject[-1][1], cue.start()):
        subject = []  # "A commissions X, where Halden Ltd provides ...": a name the roster lacks is the subject
    if c.relative and re.search(r"\w,\s+(?:also\s+|now\s+|still\s+|then\s+)?$", text[:cue.start()]):
        # "Spending by A, which took on X from B in 2015, also meets the cost of Y": the relative clause has
        # ended, and the verb is the clause before's: its body, not one the relative clause named
        subject = _last_subject(c.sentence[:c.offset], c.orgs_in)
    if subject and re.search(r"\bwith\s+(?:the\s+)?$", text[:subject[0][0]]) and re.search(r"\bto\s+$", text[:cue.start()]) \
            and len(before_orgs) > len(subject):  # "B holds a contract with A to run X", "A has a contract with B to run X"
        subject = [o for o in (before_orgs[0], subject[0]) if _resolved("by-kind", o[2], c.kinds) == "provides"][:1]
    if c.relative and not subject:  # "B, which runs X": the body just before the relative word
        subject = [o for o in found_last_org(c.sentence[:c.offset], c.orgs_in) if ";" not in c.sentence[o[1]:c.offset]]
    if not subject and _SUBJECT_PRONOUN.search(text, 0, cue.start()):  # "..., and since 2018 it has run X"
        subject = _pronoun_subject(c.sentence[:c.offset], c.orgs_in) or c.about
        if kind == "provides" and subject and all(_resolved("by-kind", o[2], c.kinds) == "commissions" for o in subject):
            subject = _last_subject(c.sentence[:c.offset], c.orgs_in)  # "The council moved X to B, and it now runs it": B
    aside = _APPOSITION.search(text, 0, cue.start())
    if aside and subject and subject[0][0] > aside.start():  # "B, contracted by A, runs X": B runs X
        outer = [o for o in before_orgs if o[1] <= aside.start()]
        subject = [o for o in outer if o[:2] == outer[-1][:2]] if outer else []
        before_orgs = outer
    if len(before_orgs) > 1 and _is_list(text, before_orgs):
        subject = before_orgs
    fronted = _fronted_for(c, cue, before_orgs)
    if fronted and subject == fronted:  # "...; for the CCG it provides X": "it" is the sentence's first body
        subject = [o for o in c.orgs_in(c.sentence[:c.offset])[:1] if _resolved("by-kind", o[2], c.kinds) == "provides"]
    start = cue.end() if voice == "assigned" else cue.start()  # "seconds a school nurse to X": X, not school nursing
    objects = c.services_between(start, _next_stop(text, cue.end()))  # "the acute provider of"
    objects = [k for k in objects if not _given_to(c, cue, k)]  # "B offered the school nurses a session"
    if c.relative and before_orgs and re.match(r"(?:\s+\w+ly)?\s*,", text[cue.end():]):
        objects = []  # "X, which A commissions, works with Y": the verb ends the relative clause; its object is X
    if not objects and _PEOPLE_VERB.fullmatch(cue.group(0)):  # "B treats adults who misuse drugs or alcohol"
        objects = c.services_between(cue.end(), len(text))[:1]
    if kind == "provides" and _OVERSEES.match(cue.group(0)) and subject and all(
            _resolved("by-kind", o[2], c.kinds) == "commissions" for o in subject):
        # "NHS England manages the GP contracts": a commissioner managing contracts commissions; managing a
        # service it does not say it pays for ("the council leads the youth justice service") says neither
        if not _CONTRACT_WORDS.search(text, cue.end(), _next_stop(text, cue.end())):
            return -1
        kind = "commissions"
    pronoun = _PRONOUN_OBJECT.match(text, cue.end())
    own = [(s_, k) for s_, e, k in c.services if e <= cue.start()]
    if pronoun and re.match(r"\s+it\b", pronoun.group(0)) and len({k for _, k in own}) == 1 \
            and not _SAID_OF_IT.search(text, 0, own[0][0]):  # (not "A, which also funds Y, commissions it")
        # "A took X out of its contract with B and began to buy it from C": "it" is X, the clause's own
        objects = [own[-1][1], *objects]
    elif c.previous and pronoun and not c.services_between(cue.end(), cue.end() + 4):
        objects = [*c.previous, *objects]  # "B has delivered all three (as one X service)"
    ordinal = _ORDINAL.match(text, len(text) - len(text[cue.end():].lstrip()))
    if not objects and c.previous and ordinal:  # "The CCGs fund the first two": of the services named before
        objects = _pick(c.previous, ordinal)
    hired = _first_list(after, text, cue.end())
    to_provide = hired and re.match(rf"\)?\s*(?:\([^)]{{1,12}}\))?\s*to\s+{_TO_DO}\b", text[hired[-1][1]:])
    # "B holds a contract with A to run X": A is the contract's other party, not a body hired
    other_party = bool(to_provide) and bool(_CONTRACT_WITH_JUST_BEFORE.search(text, 0, hired[0][0]))
    if kind == "commissions" and c.relative and subject and \
            re.fullmatch(r"\s*(?:and\s+)?(?:which|whom|that)\s+(?:the\s+)?", text[:subject[0][0]]):
        # "B, which A commissions for X, ...": B, the body before "which", provides X
        c.relate("provides", found_last_org(c.sentence[:c.offset], c.orgs_in), objects)
    # "A contracts B for X", "A awarded B the contract for X", "A gives B a grant for X": B provides X
    hired_for = hired and kind == "commissions" and re.match(r"\)?\s*(?:\([^)]{1,12}\))?\s*(?:(?:an?|the|its)\s+(?:[\w-]+\s+)"
                                                             r"{0,3}?(?:grants?|contracts?|funding|money|tenders?)\s+)?for\b",
                                                             text[hired[-1][1]:])
    if hired_for and hired[0][0] - cue.end() < 6:  # "A contracts B for X": B provides X
        c.relate("provides", hired, c.services_between(hired[-1][1], _next_stop(text, hired[-1][1])))
        if not objects and _FOR_THEIR_TIME.match(text, hired_for.end() + hired[-1][1]):
            objects = c.previous  # "the CCG reimburses the trust for their time": the posts named before
            c.relate("provides", hired, objects)
    paid_for = kind == "commissions" and not objects and re.search(r"\bfor\b", text[cue.end():cue.end() + 40])
    for_at = cue.end() + paid_for.end() if paid_for else cue.end() if re.search(r"\bfor$", cue.group(0)) else -1
    if kind == "commissions" and not objects and for_at >= 0 and _FOR_THEIR_TIME.match(text, for_at):
        objects = c.previous  # "the CCG reimburses the trust for their time", the trust not on the roster
    holder = [o for o in after[:1] if kind == "commissions" and o[0] - cue.end() < 6
              and re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}?contracts?\b", text[o[1]:])]
    c.relate("provides", holder, objects)  # "A renewed B's contract for X": B provides X
    if kind == "commissions" and to_provide:  # "A commissions B to provide X", "the SARC that A pays B to staff"
        objects = c.services_between(hired[-1][1] + to_provide.end(), len(text)) or _object_before(c, cue, subject)
        c.relate("provides", [] if other_party else hired, objects)
    if not objects and kind == "commissions" and c.relative and subject and subject[0][0] >= len(text) - len(text.lstrip()) \
            + c.relative.end():
        # "B, which A has paid since 2017, runs X": A commissions what B is then said to provide
        c.pending = [*c.pending, *subject]
    if not objects:
        objects = _object_before(c, cue, subject) or _listed_next(c, cue)
    topic = _TOPIC.match(c.sentence)
    if not objects and topic and c.offset == 0:  # "For acute care, A holds its contract with B"
        objects = [k for _, _, k in service_spans(topic.group(0), c.names)]
    awarded = re.search(r"\b(?:awarded|let)\b", cue.group(0)) and re.search(r"\bby\s+", text[cue.end():])
    if awarded:  # "B was awarded the X contract by A"
        c.relate("commissions", c.orgs_from(cue.end() + awarded.end()), objects)
    owners = [o for o in c.orgs if cue.start() < o[1] <= cue.end() and re.match(r"['’]s\s", text[o[1]:o[1] + 3])]
    party = [o for o in c.orgs if cue.start() < o[0] < cue.end() and _resolved("by-kind", o[2], c.kinds) == "commissions"
             and re.search(r"(?:contract|agreement|arrangement)s?\s+with\s+(?:the\s+)?$", text[cue.start():o[0]])]
    if kind == "provides":  # "B, whose contract with A covers X": A, the other party, commissions X
        c.relate("commissions", party, objects)
    if kind != "commissions":  # "B is the council's X provider", "B holds the council's X contract"
        c.relate("commissions", [o for o in owners if _resolved("by-kind", o[2], c.kinds) == "commissions"
                                 and not _AREA_WORD.match(text, o[0])], objects)
    elif _COMMISSIONER_NOUN.search(cue.group(0)):  # "A is B's commissioner for X": B provides X
        c.relate("provides", [o for o in owners if _resolved("by-kind", o[2], c.kinds) == "provides"
                              and not _AREA_WORD.match(text, o[0])], objects)
    parties = _other_party(c, cue) if kind == "commissions" and subject and all(
        _resolved("by-kind", o[2], c.kinds) == "provides" for o in subject) else []
    if not subject and kind == "commissions" and _other_party(c, cue):  # "the practices hold their contracts with A"
        c.relate("commissions", _other_party(c, cue), [k for _, e, k in c.services if e <= cue.start()])
    if parties:  # "B's contract with A for X", "B has an agreement with A": a contract's parties do what their kinds do
        c.relate("commissions", parties, objects)
        c.relate("provides", subject, objects)
        return -1
    if kind == "provides":
        c.provided = objects
        c.relate("commissions", c.pending, objects)
        c.relate("commissions", [o for o in fronted if _resolved("by-kind", o[2], c.kinds) == "commissions"], objects)
    if _respectively(text, cue, subject, objects):  # "A and B deliver X and Y respectively": A X, B Y
        for body, svc in zip(subject, list(dict.fromkeys(objects)), strict=True):
            c.relate(kind, [body], [svc])
        return -1
    c.relate(kind, subject, objects)
    if kind == "provides" and subject and _resolved("by-kind", subject[-1][2], c.kinds) == "provides":
        # "B runs X on behalf of A", "B delivers X for the council" (B no commissioner itself)
        for m in re.finditer(r"\b(?:on\s+behalf\s+of|for)\s+", text[cue.end():]):
            behalf = c.orgs_from(cue.end() + m.end())
            if behalf and behalf[0][0] == cue.end() + m.end():
                c.relate("commissions", [o for o in behalf if _resolved("by-kind", o[2], c.kinds) == "commissions"],
                         objects)
                break
    if subject and _resolved(kind, subject[-1][2], c.kinds) == "commissions":  # a contract word read by kind too
        markers = _PROVIDER_MARKER if _AGREEMENT.search(cue.group(0)) else _FROM_OR_CONTRACT_WITH
        # "A assumed responsibility for commissioning X from B", "A took over commissioning X from B": B held the
        # commissioning before, it does not provide X
        handed = _TAKEN_OVER.search(text, max(0, cue.start() - 40), cue.start())
        if handed and re.search(r"\band\b", text[handed.end():cue.start()]):
            handed = None  # "A became responsible for X and has since commissioned it from B": B's from is the verb's
        for source in [] if handed else _provider_markers(text, cue.end(), markers):  # "from B", "(a contract) with B"
            named = _first_list([o for o in after if o[0] >= source.end()], text, source.end()) or \
                _antecedent(c, source.end())  # "all of which A buys from it": the body the sentence is about
            if named and named[0][0] - source.end() < 6 and (not _THROUGH.fullmatch(source.group(0)) or all(
                    _resolved("by-kind", o[2], c.kinds) == "provides" for o in named)):  # "through B", not "through NHS England"
                if _AGREEMENT_WITH.search(text[max(0, source.start() - 40):source.start()]) and all(
                        _resolved("by-kind", o[2], c.kinds) == "commissions" for o in named):
                    c.relate("commissions", named, objects)  # "under a section 75 agreement with A": a co-commissioner
                else:
                    c.relate("provides", named, objects)
                break
        else:  # "A commissions X, which is open every day, from B": "from B" after a relative clause
            rest = c.sentence[c.offset + len(text):]
            late = re.match(r"(?:,\s+(?:which|that|who)\b[^;]*?)(,\s+from\s+)", rest)
            if late and not handed and not cue_matches(late.group(0)):
                named = c.orgs_in(rest[late.end():])
                if named and named[0][0] == 0:
                    c.relate("provides", named[:1], objects)
        behalf = _BEHALF.search(text, cue.end())
        if behalf:
            for _, _, other in _behalf_of(text, behalf.end(), c.orgs_in):
                for _, _, org in subject:
                    c.add("ON_BEHALF_OF", org, other)
    return -1


#: A contract's noun after a service: "the council's 0-19 nursing contract" (whoever runs it, the council commissions it).
_CONTRACT_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+contracts?\b", re.IGNORECASE)
#: A subject that names contracts: "General practice contracts, including ..., are".
_CONTRACTS_SUBJECT = re.compile(r"^\s*(?:the\s+)?(?:[\w-]+\s+){0,4}?contracts\b", re.IGNORECASE)
#: Verbs of running that, said of contracts, are a commissioner's: "are administered by A".
_OVERSEEN = re.compile(r"\b(?:administered|managed|monitored|overseen|held|handled)\b", re.IGNORECASE)
#: What a body is paid for that names no service: the time or work of the posts named before.
_COMMISSIONER_NOUN = re.compile(r"\bcommissioners?\s+(?:for|of)$", re.IGNORECASE)
_FOR_THEIR_TIME = re.compile(r"\s*(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:time|work|services|sessions|salar(?:y|ies)|costs|posts?|roles?|wages)\b",
                             re.IGNORECASE)
#: A body set aside before the verb: "it is A rather than B that funds X".
_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of|and\s+not|not)\s+(?:the\s+)?$", re.IGNORECASE)
#: Verbs whose object is people, the service named in what describes them: "B treats adults who misuse drugs".
_PEOPLE_VERB = re.compile(r"treats", re.IGNORECASE)
#: A clause of place or time between a body and a verb, with a subject of its own: ", where Acme Ltd provides".
_OTHER_SUBJECT = re.compile(r",\s+(?:where|when|whereas|while)\s+(?:the\s+)?(?-i:[A-Z])")
#: A word that makes a clause a statement rather than a noun phrase: "CAMHS has long waits".
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|can|will|would|may|must|\w+ed)\b", re.IGNORECASE)
#: Verbs of running that a commissioner uses of what it pays for: "manages the contracts", "leads on".
_OVERSEES = re.compile(r"manag|lead|oversee", re.IGNORECASE)
_CONTRACT_WORDS = re.compile(r"\b(?:contracts?|budgets?|commissioning|agreements?)\b", re.IGNORECASE)


#: How each voice of the lexicon is read.
_NOT_YET = re.compile(NOT_YET, re.IGNORECASE)
_NOT_YET_CLAUSE = re.compile(NOT_YET_CLAUSE, re.IGNORECASE)
_ENDED_AFTER = re.compile(ENDED_AFTER, re.IGNORECASE)
_WAS = re.compile(r"\b(?:was|were|had|ran)\b", re.IGNORECASE)


def _not_yet(text: str, at: int, named: list) -> bool:
    """A plan, wish, bid or advice between the body or service named last before a word and the
    word ("B plans to run X", "B's bid to run X", "X will be run by B"), or a clause that opens as
    a proposal: the word states nothing that is. ``named`` are (start, end, ...) of the clause's
    bodies and services.

    >>> [_not_yet(t, t.index("run"), [(0, 4, "b")]) for t in ("Acme plans to run X.", "Acme's bid to run X failed.", "Acme runs X.")]
    [True, True, False]
    >>> _not_yet("Staff could refer to CAMHS, which is run by Acme.", 37, [(21, 26, "camhs")])
    False
    >>> _not_yet("The council asked Acme to run X.", 26, [(18, 22, "b")]), _not_yet("The council paid Acme to run X.", 25, [(17, 21, "b")])
    (True, False)
    """
    start = max([e for _, e, _ in named if e <= at] or [max(0, at - 40)])
    body = next((n for n in named if n[1] == start), None)
    if body is not None and _ASKED_TO.search(text, max(0, body[0] - 40), body[0]) and re.fullmatch(r"\s+to\s+", text[start:at]):
        return True  # "A asked B to run X": a request of B, not B's running
    return bool(_NOT_YET.search(text, start, at) or _NOT_YET_CLAUSE.search(text, max(0, at - 80), at))


#: A verb asking or wishing a body to do something, just before the body ("A asked B to run X").
_ASKED_TO = re.compile(r"\b(?:ask(?:s|ed)?|invit(?:es|ed)|approach(?:es|ed)|wants?|wanted|expects?|expected|urg(?:es|ed)|"
                       r"encourag(?:es|ed)|persuad(?:es|ed)|press(?:es|ed)|would\s+like|requests?|requested)\s+(?:the\s+)?$",
                       re.IGNORECASE)


def _read_partner(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"X is delivered by B in partnership with C", "B runs X together with C": C provides what
    the clause said B provides (nothing where it said no one does); a commissioner named so is
    a partner in planning, not in delivery."""
    c.relate("provides", [o for o in c.orgs_from(cue.end()) if _resolved("by-kind", o[2], c.kinds) == "provides"],
             c.provided)
    return -1


def _read_handed_on(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B handed X over to C", "B lost X to C": C holds X now (provides it, or commissions it if a commissioner);
    B is the past holder and is given nothing."""
    start = cue.end() + re.search(r"\b(?:(?:over|across|on)\s+)?to\b", c.text[cue.end():]).end()
    c.relate(kind, c.orgs_from(start), c.services_between(cue.start(), start))
    return start


def _read_sub_contract(c: _Clause, cue: re.Match, kind: str, voice: str) -> int:
    """"B sub-contracts X to C": B provides X (it holds the contract), and so does C."""
    skip = _read_active(c, cue, "provides", "active")
    to = re.search(r"\bto\b", c.text[cue.end():])
    if to:
        c.relate("provides", c.orgs_from(cue.end() + to.end()), c.provided)
    return skip


_READERS = {"handed-on": _read_handed_on, "partner": _read_partner, "sub-contract": _read_sub_contract, "active": _read_active, "assigned": _read_active, "passive": _read_passive, "passive-from": _read_passive,
            "modifier": _read_passive, "contract": _read_contract, "contract-between": _read_contract_between, "nominal-apposition": _read_nominal,
            "as-role": _read_as_role, "placed-with": _read_placed_with, "hyphen": _read_hyphen,
            "nominal": _read_nominal, "staff": _read_staff, "delegate": _read_delegate,
            "answers-to": _read_answers_to, "holds": _read_holds, "holds-to-account": _read_held_to_account,
            "employment": _read_employment, "income-from": _read_income_from, "one-of-its": _read_one_of_its,
            "received-from": _read_received_from, "invoices": _read_invoices,
            "seconded": _read_seconded, "works-to": _read_works_to, "procured-by": _read_procured_by,
            "winner": _read_winner, "out-to": _read_out_to, "given-to": _read_given_to, "possessor": _read_possessor, "at-expense": _read_at_expense, "appositive-role": _read_appositive_role}


def _possessed(sentence: str, spans: list, bodies) -> list[tuple[str, str, str, int]]:
    """(body, service, relation, where the service's name ends) where a body's name in the possessive stands just before a
    service: "AHSC's CAMHS", "the council's sexual health service" (the body does what its kind
    does), "the trust's health visitors" (its own staff: it provides them; the caller takes a
    commissioner's "designated nurse" for the post's holder). Not "the borough's
    ED": the area, not its council. ``bodies()`` gives the bodies the sentence names (asked once
    for this and :func:`_named_with`).

    >>> s = "The borough's ED and the council's school nurses"
    >>> _possessed(s, service_spans(s), lambda: [(0, 11, "council"), (21, 32, "council")])
    [('council', 'school-nursing', 'provides', 48)]
    """
    if not re.search(r"['’]s\s|s['’]\s|whose\s", sentence):
        return []
    out = []
    for start, end, org in bodies():
        whose = _WHOSE.match(sentence, end)  # "B, whose CAMHS is known as Kite": B's own
        if whose:
            out += [(org, k, _holder_of(sentence, s, e), e) for s, e, k in spans
                    if s >= whose.end() and len(sentence[whose.end():s].split()) <= 1]
        mark = re.match(r"['’]s\s", sentence[end:end + 3]) \
            or (sentence[end - 1:end] == "s" and re.match(r"['’]\s", sentence[end:end + 2]))  # "Hawkridge Hospitals' ED"
        if mark and not _AREA_WORD.fullmatch(sentence, start, end):
            after = end + len(mark.group(0))
            out += [(org, k, _holder_of(sentence, s, e), e) for s, e, k in spans if s >= after
                    and not _NOT_THE_SERVICE.match(sentence, e) and (
                len(sentence[after:s].split()) <= 1 or re.fullmatch(
                    r"(?:\w+\s+)?(?:contracts?\s+(?:for|to\s+\w+)|(?:investment|spending|spend|funding|budget)\s+(?:in|for|on))"
                    r"\s+(?:the\s+)?", sentence[after:s]))]
    return _listed_on(sentence, spans, out)


def _listed_on(sentence: str, spans: list, owned: list) -> list[tuple[str, str, str, int]]:
    """``owned`` (as :func:`_possessed` gives) with the services listed straight after each: "B's
    health visitors, school nurses and family nurses" are all B's.

    >>> s = "B's health visitors, school nurses and family nurses work here."
    >>> spans = [(4, 19, "hv"), (21, 34, "sn"), (39, 52, "fnp")]
    >>> [k for _, k, _, _ in _listed_on(s, spans, [("b", "hv", "provides", 19)])]
    ['hv', 'sn', 'fnp']
    """
    out = list(owned)
    for org, _, relation, end in owned:
        first = min((s for s, e, _ in spans if e == end), default=end)
        if relation != "provides" or re.search(r"\bbetween\s+(?:[\w&'’-]+\s+){0,8}$", sentence[:first]):
            continue  # staff only ("NHS England's health visiting and FNP budgets": money); not "between B's X and Y"
        for s, e, k in spans:
            if s < end:
                continue
            if not re.fullmatch(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", sentence[end:s]) or _holder_of(sentence, s, e) != "provides":
                break
            out.append((org, k, relation, e))
            end = e
    return list(dict.fromkeys(out))


#: The service of the designated professionals, whose posts a commissioner holds.
_DESIGNATED = "designated-professionals"
#: A commissioner's designated professional named as the one told or telling ("raised it with the
#: CCG's designated nurse", "the CCG's designated doctor told us", "was briefed by us"): the post's
#: holder, not what the sentence says of the post ("the CCG's designated nurse covers the county").
_TOLD_BEFORE = re.compile(r"\b(?:to|with|by|from|alongside)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,6}[\w&-]+['’]s\s+$")
_TELLING_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:told|tells|briefed|wrote|written|informed|alerted|raised|chairs?|chaired|"
                            r"attends?|attended)\b")


def _post_holder_only(sentence: str, end: int) -> bool:
    """Whether the designated post whose name ends at ``end`` is named for its holder, told or telling.

    >>> _post_holder_only("We spoke to the CCG's designated nurse.", 38), _post_holder_only("The CCG's designated nurse covers it.", 26)
    (True, False)
    """
    start = sentence.rfind("designated", 0, end)
    return bool(_TOLD_BEFORE.search(sentence[max(0, start - 120):start])) or bool(_TELLING_AFTER.match(sentence, end))


#: What a body owns that bears a service's name but is not the service: "the council's sexual
#: health network meetings", "the CCG's CAMHS strategy".
_NOT_THE_SERVICE = re.compile(r"\s+(?:network|meetings?|boards?|forums?|groups?|strateg(?:y|ies)|plan|committees?|review|"
                              r"audit|polic(?:y|ies)|data|figures|dashboards?|steering|needs\s+assessments?)\b(?!\s+(?:the|a|an|its|their)\b)",
                              re.IGNORECASE)
#: A service name used with a body's name before it: "the Greenway drug and alcohol service".
_OWN_SERVICE = re.compile(r"\s+(?:service|services|team|clinic)\b")
#: Kinds of name that may be a place rather than a body: "the Tarrow Cross MIU", "the St Ann's Hospital ED".
_PLACE_KINDS = {OrgKind.HOSPITAL, OrgKind.PROVIDER, OrgKind.GP_PRACTICE, ""}
#: A relative clause of possession right after a body: "B (ABC), whose ...".
_WHOSE = re.compile(r"(?:\s*\([^)]{1,12}\))?,\s+whose\s+(?:own\s+)?")
#: People who work in a service: a body's own ("the CCG's designated nurse", "KVH midwives",
#: "Fernleigh CAMHS staff") are its staff, so it provides the service whatever its kind.
_STAFF = re.compile(r"(?:nurses?|midwi(?:fe|ves)|visitors?|doctors?|paediatricians?|practitioners?|clinicians?|"
                    r"therapists?|professionals?|consultants?|workers?|staff|personnel|employees|examiners?)\b", re.IGNORECASE)


#: A sentence that opens with the possessive of the body the sentence before was about: "Its services", "Their nurses".
_ITS = re.compile(r"(?:(?:In|Since|From|By)\s+[^,;]{1,30},?\s+)?(?:Its|Their)\s+(?:own\s+)?(?:[A-Z][\w'’-]+\s+){0,2}"
                  r"(?P<holding>(?:services|teams|sites|units|work)\b)?")


def _its_own(sentence: str, spans: list) -> list[tuple[str, str]]:
    """(service, relation) the body the sentence before was about holds, where the sentence
    opens with its possessive: "Its services at P, X and Y, are bought by A" (each service named
    before the verb), "Its X team ...", "Their school nurses ..." (the service right after it).

    >>> s = "Its services at Brookside, the ED and the maternity unit, are bought by the CCG."
    >>> _its_own(s, service_spans(s))
    [('emergency-department', 'by-kind'), ('maternity', 'by-kind')]
    """
    m = _ITS.match(sentence)
    if not m:
        return []
    if m.group("holding"):
        verb = cue_matches(sentence, m.end())
        end = verb[0][0].start() if verb else len(sentence)
        return [(k, "by-kind") for s, _, k in spans if m.end() <= s < end]
    return [(k, _holder_of(sentence, s, e)) for s, e, k in spans if len(sentence[m.end():s].split()) <= 1]


#: A contract in apposition to the services just before it: ", the council's other main contract for this age group,".
_CONTRACT_APPOSITION = re.compile(r"(?:\s+(?:[\w-]+\s+){0,6}?[\w-]+)?\s*(?:\([^)]{1,12}\))?,\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,3}?"
                                  r"(?P<owner>[\w&-]+)['’]s\s+(?:[\w-]+\s+){0,5}?(?:contracts?|commissions?)\b[^,;()]{0,60}[,(]")


def _contract_in_apposition(sentence: str, spans: list, bodies) -> list[tuple[str, str]]:
    """(body, service) where a contract in the body's name stands in apposition to the services
    before it: "Drug and alcohol services for adults, the council's main public health contract,
    are run by B" (the council holds X's contract: it commissions X).

    >>> s = "Drug and alcohol services for adults, the council's main contract, are run by Acme."
    >>> _contract_in_apposition(s, service_spans(s), lambda: [(42, 49, "council"), (77, 81, "acme")])
    [('council', 'substance-misuse')]
    """
    out = []
    for _, end, key in spans:
        m = _CONTRACT_APPOSITION.match(sentence, end)
        if m and not cue_matches(sentence[end:m.start("owner")]):
            out += [(org, key) for start, stop, org in bodies() if start < m.end("owner") <= stop]
    return out


def _staff_in_apposition(sentence: str, spans: list, bodies) -> list[tuple[str, str]]:
    """(body, service) where an apposition after a service names it as a body's staff: "the
    school nursing team, NCHT employees led by a matron, ...": the body provides the service.

    >>> s = "The school nursing team, Acme nurses led by a matron, covers every school."
    >>> _staff_in_apposition(s, service_spans(s), lambda: [(25, 29, "acme")])
    [('acme', 'school-nursing')]
    """
    if ", " not in sentence:
        return []
    out = []
    for start, end, org in bodies():
        if _STAFF.match(sentence, end + 1) and sentence[end:end + 1] == " ":
            out += [(org, k) for _, e, k in spans if re.fullmatch(r"(?:\s+(?:service|team|unit|clinic)s?)?,\s+(?:the\s+)?",
                                                                  sentence[e:start])]
    return out


def described_roles(sentence: str, orgs_in, names=None, kinds=None) -> list[Relation]:
    """Where no word of commissioning or provision is read, a context sentence that says what a
    body is beside its name ("B, the city's drug and alcohol service, ...", "B (school nursing)")
    says what it does.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme Trust", t)]
    >>> [(r.type, r.source, r.target) for r in described_roles("Acme Trust, the city's CAMHS provider, took part.", orgs_in)]
    [('PROVIDES', 'acme trust', 'camhs')]
    """
    spans = service_spans(sentence, names)
    found = {(_resolved(kind, org, kinds).upper(), org, svc): None
             for org, svc, kind in _described_as(sentence, spans, lambda: orgs_in(sentence))}
    return [Relation(kind, org, svc, sentence) for kind, org, svc in found]


#: What a body is, said in an apposition: ", the town's sexual health service," ", already the X provider in P,".
_APPOSED_ROLE = re.compile(r"(?:\s*\([^)]{1,12}\))?,\s+(?:already\s+|also\s+|now\s+|still\s+)?(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?P<what>[^,;()]{2,60}?)\s+(?P<noun>services?|teams?|clinics?|providers?|commissioners?|funders?)\b"
                           r"[^,;()]{0,50}(?:,|$)")
#: Words a bracket of services after a body may hold besides them: "B (drug and alcohol services for young people)".
_ONLY_SERVICES = re.compile(r"(?:\s|,|and|&|the|services?|teams?|for|young|people|adults|children|families|of|all|ages)*",
                            re.IGNORECASE)


def _described_as(sentence: str, spans: list, bodies) -> list[tuple[str, str, str]]:
    """(body, service, relation) where an apposition or a bracket right after a body's name says
    what it is: ", the town's drug and alcohol service," (the body does what its kind does), ", the
    X provider," (provides), ", the X commissioner," (commissions), or "B (X and Y)", a bracket of
    services and nothing else.

    >>> s = "Acme, the city's sexual health service, and Bolt (school nursing) took part."
    >>> _described_as(s, service_spans(s), lambda: [(0, 4, "acme"), (44, 48, "bolt")])
    [('acme', 'sexual-health', 'by-kind'), ('bolt', 'school-nursing', 'by-kind')]
    """
    if ", " not in sentence and "(" not in sentence:
        return []
    out = []
    for start, end, org in bodies():
        if _LOCATIVE.search(sentence, 0, start):  # "the MIU at P, the X team, ...": a place in a list, not described
            continue
        role = _APPOSED_ROLE.match(sentence, end)
        if role:
            noun = role.group("noun").lower()
            kind = "provides" if noun.startswith("provider") else "commissions" if noun.startswith(("commission", "fund")) \
                else "by-kind"
            out += [(org, k, kind) for s, _, k in spans if role.start("what") <= s < role.end("what")]
        bracket = re.match(r"\s*\(([^()]{3,80})\)", sentence[end:])
        inside = [(s, e, k) for s, e, k in spans if bracket and end + bracket.start(1) <= s < end + bracket.end(1)]
        if inside and _ONLY_SERVICES.fullmatch(re.sub("|".join(re.escape(sentence[s:e]) for s, e, _ in inside), " ",
                                                         bracket.group(1))):
            out += [(org, k, "by-kind") for _, _, k in inside]
    return out


def _holder_of(sentence: str, start: int, end: int) -> str:
    """"provides" where the service's words name its staff, or staff words follow them ("school
    nurses", "CAMHS clinicians"), else "by-kind" (a council's or CCG's X is one it commissions)."""
    last = sentence[start:end].split()[-1:]
    if last and _STAFF.fullmatch(last[0]) or _STAFF.match(sentence, end + 1) and sentence[end:end + 1] == " ":
        return "provides"
    return "by-kind"


def _named_with(sentence: str, spans: list, bodies, kind=lambda org: "nhs-trust") -> list[tuple[str, str, str]]:
    """(body, service, relation) where a body's name qualifies a service: as an adjective ("the
    Greenway drug and alcohol service", "KVH midwives", "a Northway CAMHS team") or in brackets
    after it ("the drug and alcohol service (Greenway Recovery)"). As an adjective, the service's
    words begin in lower case or are an abbreviation (in a flattened table a body's cell runs
    into the next row's service: "Acme Contraception and sexual health"), and the body is one
    whose ``kind`` is known, not a place or a hospital site ("Tarrow Cross MIU"), unless a word of
    service follows ("the Greenway drug and alcohol service").

    >>> s = "KVH midwives and the council school nursing contract"
    >>> _named_with(s, service_spans(s), lambda: [(0, 3, "kvh"), (17, 28, "council")])
    [('kvh', 'maternity', 'provides'), ('council', 'school-nursing', 'by-kind')]
    """
    if "(" not in sentence and not any(re.search(r"[A-Z][\w&-]*\s$", sentence[max(0, s - 30):s]) for s, _, _ in spans):
        return []  # no capitalised word just before a service, nor brackets: no body names one
    out = []
    for start, end, org in bodies():
        out += [(org, k, _holder_of(sentence, s, e)) for s, e, k in spans if s == end + 1 and sentence[end] == " "
                and re.match(r"[a-z]|[A-Z]{2,}\b", sentence[s:e]) and not _AREA_WORD.fullmatch(sentence, start, end)
                and (kind(org) not in _PLACE_KINDS or _OWN_SERVICE.match(sentence, e))]
        out += [(org, k, "by-kind") for s, e, k in spans
                if sentence[end:end + 1] == ")" and re.fullmatch(r"(?:\s+(?:service|services|team))?\s*\(\s*(?:the\s+)?",
                                                                  sentence[e:start])]
    return out


#: A list of contracts after a colon: "the council's contracts are: X, with B; Y, with C".
_CONTRACT_LIST = re.compile(r"^(?P<head>[^:]*\b(?:contracts?|commissions|commissioned\s+services|commissioning\s+"
                            r"arrangements)\b[^:]{0,40}):\s*(?P<items>.+)$", re.IGNORECASE)
#: A list after a colon whose head says who pays: "split between two bodies, both paid by A: X from B, and Y from C".
_PAID_LIST = re.compile(r"^(?P<head>[^:]*\b(?:bought|commissioned|funded|paid\s+for|paid|purchased|procured)\s+(?:\w+\s+)?by\b"
                        r"[^:]{1,60}):\s*(?P<items>.+)$", re.IGNORECASE)
#: Where the items of such a list part: semicolons, or ", and" before another "from B".
_LIST_SPLIT = re.compile(r";\s*(?:and\s+)?|,\s*and\s+(?=[^,;]*\b(?:from|with|by)\b)", re.IGNORECASE)
#: One item: "X, with B"; several may share an item, joined by "and" ("X from B and Y from C").
_LIST_ITEM = re.compile(r"(?P<what>.+?),?\s+(?:with|from|by|held\s+by|delivered\s+by|provided\s+by)\s+"
                        r"(?P<who>.+?)(?=\s+and\s+(?:the\s+)?[^,;]*?\b(?:with|from)\b|$)", re.IGNORECASE)


def _listed_contracts(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of a list of contracts after a colon: the body of the words
    before the colon commissions each service, the body each item names provides it.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme|Bolt|Council", t)]
    >>> _listed_contracts("The Council's contracts are: school nursing, with Acme; and CAMHS, with Bolt.",
    ...                   orgs_in)  # doctest: +NORMALIZE_WHITESPACE
    [('council', 'school-nursing', 'commissions'), ('acme', 'school-nursing', 'provides'),
     ('council', 'camhs', 'commissions'), ('bolt', 'camhs', 'provides')]
    """
    m = _CONTRACT_LIST.match(sentence) or _PAID_LIST.match(sentence)
    if not m:
        return []
    head = m.group("head")
    paid = _BOUGHT_BY.search(head)  # "split between two bodies, both paid by A:": A, not the bodies before
    commissioners = [o for s, _, o in orgs_in(head) if not paid or s >= paid.end()]
    out = []
    items = [p for item in _LIST_SPLIT.split(m.group("items")) for p in _LIST_ITEM.finditer(item.strip().rstrip("."))]
    for parts in items:
        providers = [o for _, _, o in orgs_in(parts.group("who"))][:1]
        for _, _, svc in service_spans(parts.group("what"), names):
            out += [(org, svc, "commissions") for org in commissioners]
            out += [(org, svc, "provides") for org in providers]
    return out


#: A list after a colon that a verb of commissioning or provision opens: "The council commissions:
#: • school nursing • CASH", "the contract that A holds with B covers: • X • Y".
_VERB_LIST = re.compile(r"^(?P<head>[^:]*?\b(?P<verb>commissions|funds|buys|procures|purchases|provides|runs|delivers|operates|"
                        r"covers|includes|comprises|consists\s+of|are|is))\s*:\s*(?P<items>.+)$", re.IGNORECASE)
_VERB_KIND = {"commissions": "commissions", "funds": "commissions", "buys": "commissions", "procures": "commissions",
              "purchases": "commissions", "provides": "provides", "runs": "provides", "delivers": "provides",
              "operates": "provides"}


def _listed_after_colon(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of a list after a colon that a verb opens: the body before a
    verb of commissioning commissions each service listed, before a verb of provision provides
    it; the bodies of a contract that "covers" or "includes" them do what their kind does.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council", t)]
    >>> _listed_after_colon("The Council commissions: • school nursing • CAMHS.", orgs_in)
    [('council', 'school-nursing', 'commissions'), ('council', 'camhs', 'commissions')]
    """
    m = _VERB_LIST.match(sentence)
    if not m or ("contract" not in m.group("head").lower() and m.group("verb").lower() not in _VERB_KIND):
        return []
    bodies = [o for _, _, o in orgs_in(m.group("head"))]
    kind = _VERB_KIND.get(m.group("verb").lower(), "by-kind")
    if kind != "by-kind":
        bodies = bodies[-1:]
    return [(org, k, kind) for _, _, k in service_spans(m.group("items"), names) for org in dict.fromkeys(bodies)]


#: A list after a colon whose head says who provides: "Services provided by B: X, Y and Z".
_PROVIDED_LIST = re.compile(r"^[^:]*?\b(?:provided|delivered|run|operated|managed|hosted|staffed|offered)\s+by\s+"
                            r"(?P<who>[^:]{1,80}?)\s*:\s*(?P<items>.+)$", re.IGNORECASE)
#: A body's name alone, then a dashed list (a layout's list under a body, joined by the reader of a context).
_UNDER_BODY = re.compile(r"^(?P<who>[^:.;]{2,80}?)\s*:\s*(?P<items>(?:[-•*–]\s+[^•*]+?\s*)+)$")


def _provided_list(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, "provides") of a list after a colon whose head names who provides it.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme", t)]
    >>> _provided_list("Services run by Acme: school nursing and CAMHS.", orgs_in)
    [('acme', 'school-nursing', 'provides'), ('acme', 'camhs', 'provides')]
    """
    m = _PROVIDED_LIST.match(sentence)
    bodies = orgs_in(m.group("who")) if m else []
    if not bodies:
        return []
    return [(bodies[0][2], k, "provides") for _, _, k in service_spans(m.group("items"), names)]


def _listed_under_body(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, "by-kind") of a dashed list under a line that is a body's name alone: the
    body provides each (or commissions, if a commissioner: a list under its name is its own).

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme Trust", t)]
    >>> _listed_under_body("Acme Trust: - school nursing - CAMHS", orgs_in)
    [('acme trust', 'school-nursing', 'by-kind'), ('acme trust', 'camhs', 'by-kind')]
    """
    m = _UNDER_BODY.match(sentence)
    bodies = orgs_in(m.group("who")) if m else []
    if len(bodies) != 1 or re.sub(r"\(\w+\)|\bthe\b", "", m.group("who")[:bodies[0][0]] + m.group("who")[bodies[0][1]:]).strip():
        return []  # not a body's name alone
    return [(bodies[0][2], k, "by-kind") for _, _, k in service_spans(m.group("items"), names)]


_HOLDS = (r"(?:cover(?:s|ed)?|include(?:s|d)?|comprise(?:s|d)?|span(?:s|ned)?|extends?\s+to|takes?\s+in|consists?\s+of|"
          r"(?:is|are)\s+made\s+up\s+of)")
_HOLDS_WORD = re.compile(_HOLDS, re.IGNORECASE)
_PORTFOLIO = re.compile(rf"\b(?P<noun>(?:commissioning|provider|service)\s+)?(?:portfolio|remit|responsibilities)\s+of\s+"
                        rf"(?P<who>.+?)\s+{_HOLDS}\s+(?P<items>.+)$", re.IGNORECASE)
#: "B's portfolio in Westford comprises X; Y, which ...; and, since 2018, Z": what a body holds, listed.
_HOLDING = re.compile(rf"^(?P<who>[^;:]+?)['’]s?\s+(?:other\s+|own\s+|main\s+|wider\s+)?(?P<noun>(?:commissioning\s+|provider\s+|children's\s+|local\s+)?"
                      rf"(?:portfolio|services|offer|work|contracts|business|(?P<money>budget|spending|funding|grant|money)))\s+(?:(?P<prep>in|for|across)\s+(?P<place>[^;:]{{1,40}}?)\s+)?"
                      rf"(?:now\s+|also\s+)?{_HOLDS}:?\s+(?P<items>.+)$", re.IGNORECASE)


def _portfolio(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of "the commissioning portfolio of A covers X, Y and Z" and of
    "B's services in Westford include X (...); Y, which ...; and, since 2018, Z".

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "ccg") for m in re.finditer("the CCG", t)]
    >>> _portfolio("The commissioning portfolio of the CCG covers CAMHS.", orgs_in)
    [('ccg', 'camhs', 'commissions')]
    >>> _portfolio("the CCG's offer in the city comprises CAMHS (Mindspace); and, since 2018, the SARC.", orgs_in)
    [('ccg', 'camhs', 'by-kind'), ('ccg', 'sarc', 'by-kind')]
    >>> _portfolio("Acme's work for the CCG takes in CAMHS.", lambda t: [(m.start(), m.end(), m.group(0).lower())
    ...                                                             for m in re.finditer("Acme|CCG", t)])
    [('acme', 'camhs', 'by-kind'), ('ccg', 'camhs', 'if-commissioner')]
    """
    if not _HOLDS_WORD.search(sentence):  # no word of holding: nothing listed (a cheap test before the long patterns)
        return []
    m = _PORTFOLIO.search(sentence)
    bodies = orgs_in(m.group("who"))[:1] if m else []
    if not m:  # "B's services in Westford include X; Y; and Z": the body just before the possessive
        m = _HOLDING.match(sentence)
        who = m.group("who") if m else ""
        bodies = [o for o in orgs_in(who) if o[1] >= len(who.rstrip()) - 1
                  and re.fullmatch(r"(?:[^,]{0,60},\s*)?(?:the\s+)?", who[:o[0]], re.IGNORECASE)][-1:]
    kind = "commissions" if m and (m.group("noun") or "").lower().startswith("commissioning") else "by-kind"
    if m and m.groupdict().get("money"):  # "A's budget covers X": only a commissioner's money commissions
        kind = "if-commissioner"
    # "B's work for the council takes in X": the council commissions X if it is a commissioner
    payers = [o for _, _, o in orgs_in(m.group("place"))] if bodies and m.groupdict().get("prep") == "for" else []
    items = m.group("items") if m else ""
    paid = {k for _, _, k in service_spans(items.split(";")[0], names)}  # up to where the list ends
    return [(org, k, role) for _, _, k in service_spans(items, names)
            for org, role in [(bodies[0][2], kind), *((p, "if-commissioner") for p in payers[:1] if k in paid)]] \
        if bodies else []


#: Who commissions a service in a summary list: "X: B, bought by A".
_BOUGHT_BY = re.compile(r"\b(?:bought|commissioned|funded|paid(?:\s+for)?|purchased|procured)\s+(?:\w+\s+)?by\b", re.IGNORECASE)


def _tabulated(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of a table flattened into lines: "- X; A; B" (a service, then the
    bodies that commission and provide it, each doing what its kind does) and "In brief - X: B,
    bought by A; Y: C" (a service, its provider, and who buys it).

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme", t)]
    >>> _tabulated("- School nursing; the Council; Acme, at the school.", orgs_in)
    [('council', 'school-nursing', 'by-kind'), ('acme', 'school-nursing', 'by-kind')]
    """
    if ";" not in sentence:
        return []
    out = []
    for row in re.split(r"(?:^|\s)[-•*]\s+|\bIn\s+(?:brief|summary|short)\s*[-:,]\s*", sentence):
        parts = [p.strip(" .") for p in row.split(";") if p.strip(" .")]
        if len(parts) >= 2 and ":" in parts[0]:
            for part in parts:  # "X: B, bought by A"
                if ":" not in part or _LABEL.search(part):
                    continue  # not "X: B", or "X – budget holder: A" (a label's, role9)
                what, who = part.split(":", 1)
                bodies = orgs_in(who)
                if not bodies or bodies[0][0] > len(who) - len(who.lstrip()) + 4 or re.match(r"\s*[–—]", who[bodies[0][1]:]):
                    continue  # "..., by commissioner: A – X (from B)": a list a body opens, not "X: B"
                bought = _BOUGHT_BY.search(who)
                buyers = [o for o in bodies if bought and o[0] >= bought.end()]
                for _, _, k in service_spans(what, names):
                    out.append((bodies[0][2], k, "provides"))
                    out += [(o, k, "commissions") for _, _, o in buyers[:1]]
                    if not buyers:  # "X: B, since the council moved the contract to it": a commissioner named after B
                        out += [(o, k, "if-commissioner") for _, _, o in bodies[1:] if o != bodies[0][2]][:1]
        elif len(parts) >= 3 and service_spans(parts[0], names) and not cue_matches(parts[0]):
            for part in parts[1:]:  # "X; A; B, at P"
                bodies = orgs_in(part)
                if bodies and bodies[0][0] <= 4 and len(part.split()) <= 14:
                    out += [(bodies[0][2], k, "by-kind") for _, _, k in service_spans(parts[0], names)]
    return out


#: A heading of a table: one of the lexicon's column headings, each group named by the role it gives.
_HEADING = "|".join(f"(?P<c{i}>(?:{c.pattern})(?![\\w-]))" for i, c in enumerate(COLUMNS))  # a column's number (roles may repeat)
_HEADINGS = re.compile(rf"\s*((?:(?:{'|'.join(c.pattern for c in COLUMNS)})(?![\w-])\s*[/|,;:\t–-]?\s*){{2,4}})", re.IGNORECASE)
#: What separates the cells of a flattened row, or the bodies of one cell ("A and B").
_CELL_GAP = re.compile(r"[\s/|,;:\t–-]*")
#: Words after a body in its cell that say how it pays, not a cell of their own: ", public health
#: grant", "(pooled budget)", "via the Better Care Fund", "block contract".
_MONEY_QUALIFIER = re.compile(r"[\s,;:(–-]*(?:(?:via|through|from|under|out\s+of)\s+)?(?:(?:the|its|a|their)\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:grant|budget|fund(?:ing)?|allocation|contract|pool|section\s+75(?:\s+agreement)?)s?\)?[\s,;:)–-]*",
                              re.IGNORECASE)
_BODY_GAP = re.compile(r"[\s/|,;:\t–-]*(?:and|&)[\s/|,;:\t–-]*", re.IGNORECASE)


def _cells_of(text: str, orgs_in, names=None) -> list:
    """The bodies of flattened cells, a name that runs two cells together cut where a body named
    alone elsewhere in the table begins or ends it: "Family Nurse Partnership Acme" (a service's
    cell, then Acme), "Acme Beta CIC" (Acme, then Beta CIC).

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer(r"[A-Z]\\w+(?: [A-Z]\\w+)*", t)]
    >>> _cells_of("Acme; Acme Zed", orgs_in)
    [(0, 4, 'acme'), (6, 10, 'acme'), (11, 14, 'zed')]
    """
    found = orgs_in(text)
    alone = {org for _, _, org in found}

    def whole(part):
        spans = orgs_in(part)
        return spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(part)) else None

    out = []
    for start, end, org in found:
        name, cut = text[start:end], None
        for word in reversed(list(re.finditer(r"\s+(?=\S)", name))):
            head, tail = whole(name[:word.start()]), whole(name[word.end():])
            if tail in alone and tail != org and service_spans(name[:word.start()], names):
                cut = (word, None, tail)  # a service's cell, then a body
            elif tail and head and alone & {head, tail} and org not in (head, tail):
                cut = (word, head, tail)  # two bodies' cells
            if cut:
                break
        if cut:
            word, head, tail = cut
            out += [(start, start + word.start(), head)] if head else []
            out.append((start + word.end(), end, tail))
        else:
            out.append((start, end, org))
    return out


#: A line that gives a label and its value ("Health visiting: funded by A; delivered by B"), no TAB.
_LABEL_LINE = re.compile(layout.LABEL_LINE)


def _of_a_service(line: str) -> bool:
    """A line whose label names a service: "Health visiting: funded by A"."""
    return bool(_LABEL_LINE.fullmatch(line.strip())) and bool(service_spans(line.split(":", 1)[0]))


def label_lines_apart(text: str) -> list[str]:
    r"""A paragraph cut between two lines that each give a service as a label and a value, neither
    ending a sentence: each is a statement of its own (a TAB table is read as a whole, prose lines
    run on, and a block of roles, "Commissioner: A" above "Service: X", is read together).

    >>> label_lines_apart("Health visiting: funded by A\nSchool nursing: funded by C\nDesignated nurse: vacant.")
    ['Health visiting: funded by A', 'School nursing: funded by C', 'Designated nurse: vacant.']
    """
    parts: list[str] = []
    for line in text.split("\n"):
        if parts and _of_a_service(line) and _of_a_service(parts[-1].rsplit("\n", 1)[-1]) \
                and not re.search(r"[.!?]\s*$", parts[-1]):
            parts.append(line)
        elif parts:
            parts[-1] += "\n" + line
        else:
            parts.append(line)
    return parts


def _headed_table(text: str, orgs_in, names=None) -> tuple[list[tuple[str, str, str]], int]:
    """(body, service, relation) of a table whose heading row names roles ("Service / Commissioner
    / Provider", "Who buys it  What  Who delivers it", in any order), as a text copy or a PDF
    flattens it: each row a cell per heading, in the headings' order (a service's words, or the
    bodies that play the heading's role). Read up to the last row that fits the headings (a
    flattened copy runs prose on after it); with the table, where it ends.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme", t)]
    >>> _headed_table("Service Funder Provider School nursing Council Acme CAMHS Council Acme", orgs_in)
    ... # doctest: +NORMALIZE_WHITESPACE
    ([('council', 'school-nursing', 'commissions'), ('acme', 'school-nursing', 'provides'),
      ('council', 'camhs', 'commissions'), ('acme', 'camhs', 'provides')], 70)
    """
    head = _HEADINGS.match(text)
    numbered = re.match(r"(?:Table|Figure|Box)\s+\d+[.:]?\s+", text)  # "Table 1: Main services in X  Service ..."
    caption = re.match(r"[^.:]{3,120}:\s+", text)  # "Services for children in X, 2019: Service ..."
    if not head and caption and not numbered:
        head = _HEADINGS.match(text, caption.end())
    if not head and numbered:  # the headings after the table's title: where they give the most rows
        heads = [h for w in re.finditer(r"(?<=\s)(?=\S)", text[:numbered.end() + 120])
                 if w.start() >= numbered.end() for h in [_HEADINGS.match(text, w.start())] if h]
        return max((_rows_under(text, h, orgs_in, names) for h in heads), key=lambda rows: len(rows[0]), default=([], 0))
    rows = _rows_under(text, head, orgs_in, names) if head else ([], 0)
    if not rows[0] and re.search(r"\b(?:services?|contracts?|programmes?|what)\b", text[:150], re.IGNORECASE):
        # a caption without a colon or a number, no statement ("Services and who staffs them (2019)  Service ...", role9)
        heads = [h for w in re.finditer(r"(?<=\s)(?=\S)", text[:150]) for h in [_HEADINGS.match(text, w.start())]
                 if h and len(text[:w.start()].split()) <= 15 and not _STATEMENT.search(text[:w.start()])
                 and not cue_matches(text[:w.start()]) and not _IN_PROSE.search(text[:w.start()])
                 and service_spans(text[h.end():h.end() + 80], names)[:1] and service_spans(text[h.end():h.end() + 80], names)[0][0] == 0]
        return max((_rows_under(text, h, orgs_in, names) for h in heads), key=lambda rows: len(rows[0]), default=([], 0))
    return rows


#: A word that ends prose before what looks like a heading: "the service provider", "for services commissioned".
_IN_PROSE = re.compile(r"\b(?:the|a|an|of|for|to|by|with|and|or|its|their|this|that|our|in|on|at)\s*$", re.IGNORECASE)


def _rows_under(text: str, head: re.Match, orgs_in, names=None) -> tuple[list[tuple[str, str, str]], int]:
    """The rows of :func:`_headed_table` under the heading row ``head``, and where they end."""
    heading = re.compile(_HEADING, re.IGNORECASE)
    roles = [COLUMNS[int(next(k for k, v in m.groupdict().items() if v)[1:])].role for m in heading.finditer(head.group(1))]
    if roles.count("service") != 1 or len(set(roles)) != len(roles):
        return [], 0
    cells: list = []  # (end, text) of a service's cell, (end, [bodies]) of a body's cell
    base = at = head.end()
    for start, end, org in _cells_of(text[base:], orgs_in, names) + [(len(text) - base, len(text) - base, None)]:
        gap = text[at:base + start]
        if cells and isinstance(cells[-1][1], list) and org in cells[-1][1] and re.fullmatch(r"\s*\(\s*", gap) \
                and re.match(r"\s*\)", text[base + end:]):  # "Acme Trust (AT)": the body's abbreviation, same cell
            at = base + end + re.match(r"\s*\)", text[base + end:]).end()
            continue
        if cells and isinstance(cells[-1][1], list) and _BODY_GAP.fullmatch(gap) and org:
            cells[-1][1].append(org)  # "A and B" in one cell
        elif cells and isinstance(cells[-1][1], list) and org and _MONEY_QUALIFIER.fullmatch(gap):
            cells.append((base + end, [org]))  # "Westford Council, public health grant": how the body pays, same cell
        else:
            if _CELL_GAP.fullmatch(gap) is None:
                cells.append((base + start, gap.strip()))
            if org:
                cells.append((base + end, [org]))
        at = base + end
    if roles[0] == "service":
        cells = _places_dropped(cells, len(roles) - 1)
    out, read_to = [], 0
    for row in (cells[i:i + len(roles)] for i in range(0, len(cells) - len(roles) + 1, len(roles))):
        what = next(c for role, (_, c) in zip(roles, row) if role == "service")
        services = _cell_services(what, names)
        if not services or any(isinstance(c, str) for role, (_, c) in zip(roles, row) if role != "service"):
            break  # the table ends (prose runs on after a flattened table)
        out += [(org, svc, role) for svc in services for role, (_, c) in zip(roles, row) if role != "service" for org in c]
        read_to = row[-1][0]
    return out, read_to


def _cell_services(what, names=None) -> list[str]:
    """The services a flattened table's service cell names: a cell of up to twelve words, or a
    longer one (to twenty) that lists three or more services ("Health visiting, FNP and school
    nursing, bought under ..."); not prose, nor the headings of the table under a caption read as
    headings ("Services, contracting body ..."); none where the cell is a body's."""
    words = len(what.split()) if isinstance(what, str) else 21
    if words > 20:
        return []
    services = [k for _, _, k in service_spans(what, names)]
    return [] if words > 12 and (len(set(services)) < 3 or _HEADING_WORD.search(what)) else services


#: A word of a table's heading row, capitalised as headings are: "Service", "Staffed by", "Who pays".
_HEADING_WORD = re.compile(r"\b(?:Service|Services|Contracting|Commissioner|Commissioned|Staffed|Provider|Provided|Funder|"
                           r"Funded|Who|Delivered|Delivery|Budget|Employer)\b")


def _places_dropped(cells: list, bodies_per_row: int) -> list:
    """The cells of a table whose rows open with a service's cell, less the bodies a service's
    cell names as its place ("Emergency department, Westford General Hospital | CCG | Trust"):
    where more bodies follow a service's cell than the row has columns for, the first are its own.

    >>> _places_dropped([(1, "ED,"), (2, ["hospital"]), (3, ["ccg"]), (4, ["trust"]), (5, "MIU"), (6, ["ccg"]), (7, ["trust"])], 2)
    [(1, 'ED,'), (3, ['ccg']), (4, ['trust']), (5, 'MIU'), (6, ['ccg']), (7, ['trust'])]
    """
    out, i = [], 0
    while i < len(cells):
        out.append(cells[i])
        if isinstance(cells[i][1], str):
            run = next((j for j in range(i + 1, len(cells)) if isinstance(cells[j][1], str)), len(cells)) - i - 1
            extra = run - bodies_per_row if run > bodies_per_row and i + 1 + run < len(cells) else 0
            i += extra  # the place's bodies are skipped
        i += 1
    return out


#: A relative clause after a service that names its parts: "X, which covers Y, Z and W,".
_PARTS = re.compile(r"(?:\s+(?:services?|programmes?|teams?|contracts?))?\s*(?:\([^)]{1,12}\))?\s*,\s*(?:which|that)\s+(?:includes?|comprises?|covers?|takes\s+in|brings?\s+together|"
                    r"is\s+made\s+up\s+of|consists?\s+of)\s+([^;:.]*?)(?:,(?!\s*(?:and\s+)?(?:the\s+)?\w[\w' -]*?(?:,|\s+and\b))|[;:.]|$)",
                    re.IGNORECASE)


#: A service, then a colon and the services it is made of: "the 0-19 service: health visiting, school nursing and FNP".
_PARTS_AFTER_COLON = re.compile(r"(?:\s+(?:services?|programmes?|contracts?))?\s*(?:\([^)]{1,12}\))?\s*:\s+([^;:.]*)")


#: A service as the subject of a verb of holding: "B's 0-19 service covers health visiting and school nursing".
_PARTS_AS_SUBJECT = re.compile(r"(?:\s+(?:services?|programmes?|teams?|contracts?))?\s*(?:\([^)]{1,12}\))?\s+(?:now\s+|also\s+)?"
                               r"(?:covers|includes|comprises|takes\s+in|brings\s+together|is\s+made\s+up\s+of|consists\s+of)"
                               r"\s+([^;:.]*)", re.IGNORECASE)


#: Services in brackets after a service's name, its parts: "the 0-19 nursing contract (health visiting and FNP)".
_PARTS_IN_BRACKETS = re.compile(r"(?:\s+(?:[\w-]+\s+){0,3}?(?:services?|programmes?|teams?|contracts?))?\s*\(([^()]{3,160})\)")


def _parts_named(sentence: str, spans: list) -> list[tuple[str, list[str]]]:
    """(service, the services a relative clause or a verb of holding right after it names as its
    parts, or two or more services in brackets after it).

    >>> s = "The council funds the 0-19 service, which covers health visiting and school nursing, from its grant."
    >>> _parts_named(s, service_spans(s))
    [('public-health-nursing', ['health-visiting', 'school-nursing'])]
    >>> s = "The council funds the 0-19 nursing contract (health visiting and school nursing)."
    >>> _parts_named(s, service_spans(s))
    [('public-health-nursing', ['health-visiting', 'school-nursing'])]
    """
    out = []
    for _, end, key in spans:
        m = _PARTS.match(sentence, end) or _PARTS_AFTER_COLON.match(sentence, end) or _PARTS_AS_SUBJECT.match(sentence, end)
        parts = [k for s_, _, k in spans if m and m.start(1) <= s_ < m.end(1) and k != key]
        bracket = _PARTS_IN_BRACKETS.match(sentence, end) if not parts else None
        inside = list(dict.fromkeys(k for s_, _, k in spans if bracket and bracket.start(1) <= s_ < bracket.end(1)))
        parts = parts or (inside if len(inside) > 1 and key not in inside else [])
        if parts:
            out.append((key, parts))
    return out


#: A clause saying that what the clause before said of its services holds of another, now: "; the
#: same is true of X", "the same goes for its X", "and so are its X", "so too the X", "it does so for
#: X", "and does the same for X", "the same arrangement covers X" (not "has B do likewise with X": another body; not "the same was true of
#: X", which in a review is mostly said of a finding).
_SAME_OF_ANOTHER = re.compile(
    r"[,;:]\s*(?:and\s+)?(?:the\s+same\s+(?:is|holds)\s+(?:also\s+)?true\s+(?:of|for)|the\s+same\s+(?:goes|applies)\s+(?:for|to)"
    r"|the\s+same\s+(?:arrangement|contract|agreement)\s+(?:also\s+)?(?:covers|applies\s+to|holds\s+for|extends\s+to)|so\s+(?:too\s+)?(?:is|are)(?=\s+(?:its|their|the)\b)"
    r"|so\s+too(?:\s+with)?(?=\s+(?:its|their|the)\b)"
    r"|(?:it|they)\s+(?:also\s+)?(?:does|do|did)\s+so\s+for|(?:also\s+)?(?:does|do)\s+(?:the\s+same|likewise)\s+(?:for|with))\s+",
    re.IGNORECASE)


def _same_of_another(sentence: str, spans: list, bodies) -> list[tuple[list[str], list[str]]]:
    """(the services named before, the services named after) a clause saying the same holds of
    another service; none where another body is named after it (that is "so does B"), though the
    same body may be ("and so are its X").

    >>> s = "The trust runs the children's ward; the same is true of the emergency department."
    >>> _same_of_another(s, service_spans(s), lambda: [(0, 9, "trust")])
    [(['acute-hospital'], ['emergency-department'])]
    """
    out = []
    for m in _SAME_OF_ANOTHER.finditer(sentence):
        named = bodies()
        before = [k for _, e, k in spans if e <= m.start()]
        after = [k for s_, _, k in spans if s_ >= m.end() and k not in before]
        named_before = {o[2] for o in named if o[1] <= m.start()}
        last = max((e for _, e, _ in spans if e <= m.start()), default=m.start())
        if _SAID_OF_IT.search(sentence, last, m.start()) or _NOT_NOW_AFTER.match(sentence, m.end()) \
                or _A_FINDING.search(sentence, 0, m.start()) or _A_FINDING_BEFORE.search(sentence, last, m.start()):
            continue  # "X, which was rated inadequate; the same was true of Y": the rating; "... of Y until it closed"
        if before and after and not any(o[0] >= m.end() and o[2] not in named_before for o in named):
            out.append((list(dict.fromkeys(before)), list(dict.fromkeys(after))))
    return out


#: A clause on the service itself between it and "the same": what "the same" may be ("which was rated ...").
_SAID_OF_IT = re.compile(r"\b(?:which|that|who|where|whose)\b", re.IGNORECASE)
#: What a finding says before "the same" ("did not ask", "had long waits", "was rated"): "the same" is that.
_A_FINDING = re.compile(r"\b(?:we\s+found|found\s+that|did\s+not|didn['’]t|had|rated|was|were|could\s+not)\b", re.IGNORECASE)
#: What a finding says of a service in a sentence before "The same is true of Y." ("has too few nurses").
_A_FINDING_BEFORE = re.compile(rf"{_A_FINDING.pattern}|\b(?:too\s+(?:few|many|little|long)|vacanc\w*|shortages?|turnover|"
                               r"struggl\w*|delays?|backlogs?|waits?|waiting|gaps?|concerns?|(?:is|are)\s+(?:high|low|poor|weak|"
                               r"long|late))\b", re.IGNORECASE)
#: A time that ends what was the same after the other service: "... of Y until it closed", "before 2018".
_NOT_NOW_AFTER = re.compile(r"[^.;]*\b(?:until|till|before|used\s+to|previously|formerly)\b", re.IGNORECASE)


#: A sentence that extends the contract or service of the sentence before to the services it lists.
_EXTENDS = re.compile(rf"(?:The|This|That|Its|Their|Each|Both|These)\s+(?:[\w-]+\s+){{0,2}}?(?:contracts?|agreements?)\s+"
                      rf"(?:also\s+|now\s+)?{_HOLDS}\b")
#: A label naming a role, then the body: "commissioner: A", "provided by - B", "Budget holder for X: A" (rules/roles.py).
_LABEL = re.compile(label_pattern(), re.IGNORECASE)
_ALL_BUT = re.compile(r"\b(?:all\s+but|except(?:\s+for)?|other\s+than|apart\s+from|save\s+for)\b", re.IGNORECASE)


#: A label that names the staff of a service ("Forensic examiners:"), read only where it opens a line.
_STAFF_LABEL = re.compile(r"(?:examiners|clinicians|staff|nurses?|doctors?|paediatricians?|practitioners|workers|workforce)"
                          r"\s*(?::|\t|\s[-–—]\s)\s*$", re.IGNORECASE)
#: A note's sentence that is a participle with its agent alone: "Run by The Bobbin Mill Trust."
_BY_NOTE = re.compile(r"^((?:[Rr]un|[Pp]rovided|[Oo]perated|[Dd]elivered|[Ss]taffed|[Mm]anaged|[Hh]osted|[Cc]ommissioned|[Ff]unded|"
                      r"[Pp]aid\s+for|[Bb]ought)(?:\s+(?:on\s+the\s+ground|day\s+to\s+day|in\s+practice|under\s+contract|jointly))?"
                      r"\s+by)\s+(?=[A-Z]|the\s)")


#: Words after a label's body that say it is not so yet, or no longer: "B (proposed)", "B - to be
#: confirmed", "B until September 2015".
_NOT_SETTLED = re.compile(r"\s*(?:\(\s*|[-–,]\s*)?(?:proposed|planned|pending|awaited|preferred\s+bidder|subject\s+to|tbc|"
                          r"to\s+be\s+(?:confirmed|decided|agreed|appointed)|(?:until|till|up\s+to)\s+(?:\d{1,2}\s+)?"
                          r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b(?=[^.\n]*\bfrom\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d))\b",
                          re.IGNORECASE)


def _labelled(sentence: str, orgs_in, names=None, before=()) -> list[tuple[str, str, str]]:
    """(body, service, relation) of labels, each naming a role and then its body: "School nursing -
    commissioner: A; provider: B", "Budget holder for X: A". A label's services are those it names
    ("for X"), else those between the body before it and it, else the label's before, else
    ``before``: the services of the note's sentence before ("Sexual health: four clinics. Buyer: A.").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme", t)]
    >>> _labelled("CAMHS - commissioner: Council; provider: Acme.", orgs_in)
    [('council', 'camhs', 'commissions'), ('acme', 'camhs', 'provides')]
    >>> _labelled("CAMHS Funder: Council Operator: Acme School nursing Funder: Council", orgs_in)
    ... # doctest: +NORMALIZE_WHITESPACE
    [('council', 'camhs', 'commissions'), ('acme', 'camhs', 'provides'),
     ('council', 'school-nursing', 'commissions')]
    """
    labels = list(_LABEL.finditer(sentence)) if re.search(r"[:\t]|\s[-–—]\s", sentence) else []
    out, services, after = [], list(before), 0  # after: where the last label's body ended
    for i, label in enumerate(labels):
        if _STAFF_LABEL.search(label.group(0)) and not re.fullmatch(r"(?:.*[.\n;]\s*)?", sentence[:label.start()], re.DOTALL) \
                and not label.group(0)[:1].isupper():
            continue  # "Forensic examiners: B" opens a note's line, or is capitalised where a copy lost the line's
            # break ("... (Cornerstone) Staff: B"); "X, Y, family nurses: all B staff" is a list
        window = sentence[label.end():label.end() + 120]
        body = [o for o in orgs_in(window) if o[0] <= 4][:1]
        if not body or re.match(r"['’]s\b(?!\s+(?:[\w-]+\s+){0,2}?(?:contracts?|budgets?|grants?|block|allocation|funds?|funding|"
                                r"money|purse)\b)", sentence[label.end() + body[0][1]:]):
            continue  # no body, or a body's person ("Lead: A's director"), not its money ("Bought through: A's acute contract")
        if _NOT_SETTLED.match(window, body[0][1]):
            continue  # "Operating body: B (proposed)"
        body = _first_list([o for o in orgs_in(window) if o[0] >= body[0][0]], window, body[0][0])  # "A (lead) and B"
        own = service_spans(label["what"], names) if label["what"] else service_spans(sentence[after:label.end()], names)
        if not own and not services:  # the first label of a block before its "Service: X" line
            block = sentence[label.end() + body[0][1]:labels[i + 1].start() if i + 1 < len(labels) else None]
            line = re.search(r"\b(?:services?|contracts?|programmes?)\s*:\s*([^\n;]*)", block, re.IGNORECASE)
            own = service_spans(line.group(1), names) if line else []
        services = [k for _, _, k in own] or services
        kind = "commissions" if label["c"] else "provides" if label["p"] else "by-kind"
        out += [(b[2], k, kind) for b in body for k in services]
        after = label.end() + body[-1][1]
    return out + _owned_after_colon(sentence, orgs_in, names) + _bracketed_labels(sentence, orgs_in, names)


def _bracketed_labels(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of labels without a colon in brackets after a service: "the 0-19
    service (provider B, funder A)".

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme", t)]
    >>> _bracketed_labels("School nursing (provider Acme, funder Council) was changed.", orgs_in)
    [('acme', 'school-nursing', 'provides'), ('council', 'school-nursing', 'commissions')]
    """
    out = []
    for bracket in re.finditer(r"\(([^()]{4,160})\)", sentence) if "(" in sentence else ():
        before = [k for _, e, k in service_spans(sentence[:bracket.start()], names) if e >= bracket.start() - 12]
        for part in re.split(r"\s*[,;]\s*", bracket.group(1)) if before else ():
            label = _HEADING_ROLE.match(part)
            body = orgs_in(part[label.end():]) if label and part[label.end():label.end() + 1] == " " else []
            if body and body[0][0] <= 5:
                kind = "commissions" if label["c"] else "provides" if label["p"] else "by-kind"
                out += [(body[0][2], k, kind) for k in before]
    return out


def _owned_after_colon(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, by-kind) of an item "X: B's" (the services before the colon are B's own).

    >>> _owned_after_colon("School nursing: Acme's; CAMHS: Bolt's.", lambda t: [(t.index("Acme"), t.index("Acme") + 4, "acme")]
    ...                    if "Acme" in t else [(t.index("Bolt"), t.index("Bolt") + 4, "bolt")] if "Bolt" in t else [])
    [('acme', 'school-nursing', 'by-kind'), ('bolt', 'camhs', 'by-kind')]
    """
    out, after = [], 0
    for colon in re.finditer(r":\s*(?:the\s+)?", sentence):
        item = re.match(r"[^:;]{2,90}?['’]s?\s*(?=[.;,]|$)", sentence[colon.end():])
        body = [o for o in orgs_in(item.group(0)) if o[0] == 0 and re.fullmatch(r"['’]s?\s*", item.group(0)[o[1]:])] if item else []
        if body:
            out += [(body[0][2], k, "by-kind") for _, _, k in service_spans(sentence[after:colon.start()], names)]
            after = colon.end() + item.end()
    return out


#: A heading that names what the items below it say of each body: "Commissioning arrangements:",
#: "Who pays:", "Funded by:", "Providers:".
_ROLE_HEADING = re.compile(r"\s*(?P<head>[^:;.]{0,60}?\b(?:(?P<c>commission\w*|fund\w*|funders?|paid\s+for|pays?|purchas\w*|"
                           r"procure\w*|buy\w*|budgets?)|(?P<p>provid\w*|deliver\w*|run\s+by|operat\w*))\b[^:;.]{0,40}?):\s+",
                           re.IGNORECASE)
#: Where one item of such a list ends and the next begins: a semicolon or a line break, or the
#: bullet the first item opens with ("- X: A - Y: B").
_ITEM_BREAK = re.compile(r";\s*|\n+")
_BULLETED = re.compile(r"\s*([-•*])\s")


def _role_headed_list(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of the items under a heading that names the role, each item a
    service and the one body that does it: "Commissioning arrangements: - X: A - Y: B".

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme", t)]
    >>> _role_headed_list("Commissioning arrangements: - School nursing: Council - CAMHS: Acme", orgs_in)
    [('council', 'school-nursing', 'commissions'), ('acme', 'camhs', 'commissions')]
    >>> _role_headed_list("Funding: the Council is reviewing CAMHS", orgs_in)
    []
    """
    heading = _ROLE_HEADING.match(sentence)
    if not heading or bool(heading.group("c")) == bool(heading.group("p")) or orgs_in(heading.group("head")):
        return []
    kind = "commissions" if heading.group("c") else "provides"
    out = []
    items = sentence[heading.end():]
    bullet = _BULLETED.match(items)
    for item in re.split(rf"\s+{re.escape(bullet.group(1))}\s+", items) if bullet else _ITEM_BREAK.split(items):
        bodies, services = orgs_in(item), service_spans(item, names)
        if len({o[2] for o in bodies}) == 1 and services and not _STATEMENT.search(item) \
                and _ITEM_SHAPE.fullmatch(item, services[-1][1], bodies[0][0]) \
                and re.fullmatch(r"\s*(?:\([^)]{1,12}\))?\s*\)?[.;,]?\s*", item[bodies[-1][1]:]):
            out += [(bodies[0][2], k, kind) for _, _, k in services]
    return out


#: Between an item's service and its body: a colon, a dash or a bracket, nothing that says the
#: body's part ("X (from B)" is a provider whatever the heading).
_ITEM_SHAPE = re.compile(r"(?:\s+(?:services?|programmes?|teams?|contracts?))?\s*(?:\([^)]{1,12}\)\s*)?(?:[:–—-]|\()\s*(?:the\s+)?")


#: A line that a body's name opens, a dash or colon after it, then what it does: "A – X and Y (from B); Z (from C)".
_LED_BY_BODY = re.compile(r"\s*(?:[-•*]\s+)?(?:[Tt]he\s+)?(?P<body>[^–—:;,()]{2,90}?)(?:\s*\([^)]{1,12}\))?\s*[–—:]\s+|"
                          r"\s*(?:[-•*]\s+)?(?:[Tt]he\s+)?(?P<dashed>[^–—:;,()-]{2,90}?)(?:\s*\([^)]{1,12}\))?\s+-\s+")
#: A provider named within an item of such a line: "(from B)", "from B", "(B)".
_ITEM_FROM = re.compile(r"\(\s*(?:from|by|with|through|via)\s+|\s(?:from|by)\s+(?=[A-Z])")
#: A commissioner named within an item of such a line: "(for A)", "(commissioned by A)".
_ITEM_FOR = re.compile(r"\(\s*(?:for|on\s+behalf\s+of|(?:commissioned|funded|paid\s+for|bought)\s+by)\s+", re.IGNORECASE)
#: A verb that makes an item a statement, not a list of services ("A – X is good").
_STATEMENT = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|may|must|should)\b",
                        re.IGNORECASE)


#: A party to a contract with its role in brackets after its name: "A (purchaser), B (supplier)".
_ROLE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:the\s+)?(?:(?P<c>purchaser|commissioner|funder|buyer|payer|client)|"
                               r"(?P<p>provider|supplier|contractor|operator|service\s+provider))\s*\)", re.IGNORECASE)


def _roles_in_brackets(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) where a sentence names the parties to a contract each with its
    role in brackets, and the services it is for ("Parties: A (purchaser), B (supplier) —
    Scope: the minor injuries unit").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme", t)]
    >>> _roles_in_brackets("Parties: Council (purchaser), Acme (supplier). Scope: school nursing.", orgs_in)
    [('council', 'school-nursing', 'commissions'), ('acme', 'school-nursing', 'provides')]
    """
    roles = [(org, "commissions" if m["c"] else "provides") for _, end, org in orgs_in(sentence)
             for m in [_ROLE_IN_BRACKETS.match(sentence, end)] if m]
    if not roles or not any(kind == "provides" for _, kind in roles) or not any(kind == "commissions" for _, kind in roles):
        return []
    services = [k for _, _, k in service_spans(sentence, names)]
    return [(org, k, kind) for org, kind in roles for k in dict.fromkeys(services)]


def _led_by_body(sentence: str, orgs_in, names=None) -> list[tuple[str, str, str]]:
    """(body, service, relation) of a line a body's name opens, with a dash or colon after it and a
    list of services, as a list "by commissioner" or "who provides what" sets them out: the body
    does what its kind does for every service listed; a body named after "from" (or "by", "with",
    in brackets or not) within one item of the list, items parted by semicolons, provides that
    item's services. Not where an item is a statement ("A – waits are long").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme|Bolt", t)]
    >>> _led_by_body("Council – school nursing (from Acme); CAMHS (from Bolt).", orgs_in)
    [('council', 'school-nursing', 'by-kind'), ('acme', 'school-nursing', 'provides'), \
('council', 'camhs', 'by-kind'), ('bolt', 'camhs', 'provides')]
    """
    if not ("–" in sentence or "—" in sentence or ":" in sentence or " - " in sentence):
        return []
    lead = _LED_BY_BODY.match(sentence)
    body = lead.group("body") or lead.group("dashed") if lead else ""
    found = orgs_in(body) if lead else []
    if (not found or found[0][0] > 0) and ": " in sentence and not sentence.rstrip().endswith(":"):
        # the line that introduces the list run into its first item ("Services, by commissioner: A – X (from B)")
        return [(org, k, kind) for org, k, kind in _led_by_body(sentence[sentence.index(": ") + 2:], orgs_in, names)]
    if not found or len(found) > 1 or found[0][0] > 0 or len(body[found[0][1]:].strip()) > 0:
        return []
    out = []
    for item in sentence[lead.end():].split(";"):
        marker = _ITEM_FROM.search(item)
        payer = _ITEM_FOR.search(item)
        if payer and (not marker or payer.start() < marker.start()):
            marker = None
        what = item[:(marker or payer).start()] if marker or payer else item
        if _STATEMENT.search(what) or orgs_in(what):
            return []
        services = [k for _, _, k in service_spans(what, names)]
        providers = [o for o in orgs_in(item[marker.end():])[:1] if o[0] <= 4] if marker else []
        payers = [o for o in orgs_in(item[payer.end():])[:1] if o[0] <= 4] if payer else []
        for k in dict.fromkeys(services):
            out.append((found[0][2], k, "by-kind"))
            out += [(org, k, "provides") for _, _, org in providers]
            out += [(org, k, "if-commissioner") for _, _, org in payers]
    return out


#: Words that point back to services named before: "it", "its", "all three", "these services".
_ANAPHOR = re.compile(r"\b(?:[Ii]ts?|[Tt]heir(?=\s+(?:[\w-]+\s+)?(?:commissioners?|providers?|funders?|contracts?|services?)\b)|all\s+(?:three|two|four|of\s+them)|both(?=\s*(?:[,.;]|$))|"
                      r"[Tt]he\s+(?:first|second|third|fourth|former|latter)\b|both\s+services|[Tt]hese\s+(?:services|three|two)|"
                      r"[Tt]he\s+(?:three|two|four)\s+services|[Tt]his\s+service|^[Tt]he\s+(?:same\s+)?service\s+(?=is|was|has)|"

                      r"each\s+of\s+them|them|^They|[Tt]hese\s+(?:doctors|nurses|staff|workers|practitioners|clinicians|teams?))\b")
#: The contracts for the services named before, in a sentence naming none of its own and no past
#: holder: "Both contracts are let by A", "The contract is held by A" (not "... previously held by B").
_CONTRACTS_BEFORE = re.compile(r"(?:(?:[Bb]oth|[Aa]ll\s+(?:three|two|four)|[Tt]hese|[Tt]he\s+(?:two|three|four))\s+contracts\b"
                               r"|[Tt]he\s+(?:same\s+)?contract\s+(?=(?:is|was|has)\b))"
                               r"(?![^.;]*\b(?:previously|formerly|once|used\s+to|until)\b)")


#: A role of the services named before, in a sentence naming none of its own: "The commissioner is A",
#: "The provider is B" (not "The previous provider was B").
_ROLE_BEFORE = re.compile(r"[Tt]he\s+(?:main\s+|sole\s+|lead\s+|only\s+)?(?:commissioners?|providers?|funders?|purchasers?|"
                          r"contract\s+holders?|employers?)\s+(?:is|are|has\s+been|have\s+been)\b"
                          r"(?![^.;]*\b(?:previously|formerly|once|used\s+to|until)\b)")


def _points_back(sentence: str, names: ServiceNames | None = None) -> bool:
    """Whether a sentence speaks of the services named before it: "it", "all three", or "Both
    contracts" or "The commissioner is A" with no service of its own."""
    return bool(_ANAPHOR.search(sentence) or (_CONTRACTS_BEFORE.match(sentence) or _ROLE_BEFORE.match(sentence))
                and not service_spans(sentence, names))


#: Words that point back past the end of a paragraph: "The first two are ...", "For the third, ...".
ORDINAL_BACK = re.compile(r"\b[Tt]he\s+(?:first|second|third|fourth|former|latter)\b")
#: A fronted topic: "For acute hospital care, ...", "As for CAMHS, ...".
_TOPIC = re.compile(r"(?:For|As\s+for|As\s+regards|With\s+regard\s+to|Regarding|In)\s+[^,;]{3,80},")
_COMMA = re.compile(r",")
_COPULA = re.compile(r"\b(?:are|is|were|was|be|been|being)\b", re.IGNORECASE)
#: Nouns that say which relation a word of responsibility speaks of.
_COMMISSION_NOUNS = re.compile(r"\b(?:commission\w*|fund\w*|budgets?|contracting|procur\w*|purchas\w*|"
                               r"pay(?:s|ing|ment)?|paid|money|financ\w*|tender\w*)\b", re.IGNORECASE)
_PROVIDE_NOUNS = re.compile(r"\b(?:deliver\w*|provi(?:sion|ded|ding|des?)|running|run|operat\w*|manag\w*|"
                            r"hosting|staffing|day-to-day)\b", re.IGNORECASE)


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


def _kind(org: str, kinds=None) -> str:
    """The kind of a body: as the caller knows it, else guessed from its id."""
    from clasgraph.ingest.organisations import kind_of

    return kinds(org) if kinds else kind_of(org.replace("-", " "))


def _resolved(kind: str, org: str, kinds=None) -> str:
    """A relation the words leave open ("by-kind"), chosen by the kind of the body: councils,
    CCGs and NHS England commission, other bodies provide."""
    if kind != "by-kind":
        return kind
    return "commissions" if _kind(org, kinds) in COMMISSIONER_KINDS else "provides"


_INCLUDES = re.compile(r"(?:and\s+)?(?:which|that)\s+(?:includes?|comprises?|covers?|brings?\s+together|"
                       r"is\s+made\s+up\s+of|consists?\s+of)\b", re.IGNORECASE)
_PROVIDER_MARKER = re.compile(r"\b(?:from|with|to)\b", re.IGNORECASE)
_NOT_A_PROVIDER = re.compile(r"(?:authority|delegation|delegated|funding|budgets?|money|funds|grants?|allocations?|income|"
                             r"payments?|contributions?|transfer(?:red)?)\s*$",
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


#: What makes a word of commissioning or provision not (yet, or no longer) so, said just before it:
#: a modal ("should fund", "could commission"), a plan or a request ("plans to commission", "is
#: considering whether to fund", "has been asked to fund", "is due to re-tender", "recommended that
#: A fund", "was unable to fund"), or a holder now gone ("the previous commissioner").
_NOT_YET_SO = re.compile(
    r"\b(?:will|would|shall|should|could|may|might|must|ought\s+to|cannot|can't"
    r"|(?:plans?|planned|planning|intends?|intended|intending|proposes?|proposed|proposing|aims?|aiming|hopes?|hoping"
    r"|wants?|wishes|expects?|expected|due|asked|unable|seeking|looking|preparing|going|(?:is|are))"
    r"\s+to|(?:considering|deciding|exploring|discussing|reviewing)\s+(?:whether|how)(?:\s+to)?|whether\s+to"
    r"|(?:previous|former|erstwhile|outgoing)(?!\s+(?:is|are|was|were|has|have|had|being|by)\b))\s+(?:\w+\s+){0,2}(?:re-|co-)?$"
    r"|\b(?:recommend\w*|urged?|suggest\w*|asked|propos\w*|requir\w*|agreed)\s+that\s+[^,;]{1,60}$", re.IGNORECASE)
#: A commissioning word that names a plan or a body's routine, not an act: "commissioning intentions".
_COMMISSIONING_PLAN = re.compile(r"\s+(?:intentions?|plans?|strateg\w+|priorit\w+|proposals?|cycles?|reviews?|rounds?"
                                 r"|decisions?|process(?:es)?|options?)\b", re.IGNORECASE)


def not_yet_so(text: str, cue: re.Match) -> bool:
    r"""Whether the word ``cue`` found in ``text`` is planned, asked for, possible, a plan's name or
    a holder now gone, rather than stated as so.

    >>> [not_yet_so(t, re.search(r"fund|commission\w*", t)) for t in (
    ...     "A plans to fund X", "A should fund X", "A's commissioning intentions include X", "A funds X",
    ...     "A is to fund X", "A was unable to fund X", "B recommended that A fund X", "the previous commissioner of X",
    ...     "A had funded X until 2016", "A funds X until 2021")]
    [True, True, True, False, True, True, True, True, True, False]
    """
    return bool(_NOT_YET_SO.search(text, max(0, cue.start() - 60), cue.start())
                or cue.group(0).lower().startswith("commissioning") and _COMMISSIONING_PLAN.match(text, cue.end())
                or (_HAD.search(text, max(0, cue.start() - 30), cue.start()) or _PAST_WORD.match(cue.group(0)))
                and _UNTIL_AFTER.search(text, cue.end())
                or _ENDED.search(text, max(0, cue.start() - 40), cue.start()) or _A_STUDY.match(text, cue.end()))


#: A word of ending just before: "ended its contract with B", "ceased commissioning X", "lost the contract".
_ENDED = re.compile(r"\b(?:ended|terminated|cancelled|canceled|ceased|stopped|withdrew|decommissioned|lost|gave\s+up|"
                    r"relinquished|handed\s+back|pulled\s+out\s+of)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: What was bought is a study of the service, not the service: "commissioned this review of X", "paid for an audit of X".
_A_STUDY = re.compile(r"\s+(?:an?\s+|the\s+|this\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:reviews?|audits?|reports?|"
                      r"evaluations?|surveys?|stud(?:y|ies)|investigations?|inspections?|analys[ie]s|needs\s+assessments?)\s+"
                      r"(?:of|into|on)\b", re.IGNORECASE)


#: "had", just before a word: "A had funded X (until ...)".
_HAD = re.compile(r"\bhad\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A word in the past: "funded", "ran", "was commissioned by".
_PAST_WORD = re.compile(r"had\b|\w+ed\b|ran\b|paid\b|bought\b|held\b|(?:was|were)\b", re.IGNORECASE)
#: An end given after a word in the past: "A funded X until 2016", "had run it until the service closed".
_UNTIL_AFTER = re.compile(r"\b(?:until|till)\b(?!\s+(?:now|today|the\s+present)\b)", re.IGNORECASE)


#: Words that put what follows in the past: "previously run by A", "until 2016 A provided X".
#: A word of commissioning or provision denied just before it: "did not stay with B", "is no
#: longer run by B", "was never commissioned by A" say who does not.
_NEGATED = re.compile(r"\b(?:not(?!\s+(?:only|just|merely|simply)\b)|never|no|no\s+longer|neither|nor|ceased\s+to|stopped)\s+"
                      r"(?:\w+\s+){0,2}$|n't\s+(?:\w+\s+){0,1}$",
                      re.IGNORECASE)
#: A word of intent, wish, question or likelihood just before a cue: what a body plans, would like, may or
#: should do, or was asked whether it could do, it does not do now ("A plans to commission X", "B would like
#: to provide Y", "A asked B whether it could run Z").
#: Between a body and a word said of it as its subject: a few words, no comma, no other subject ("no
#: other bidder could offer").
_SAID_OF_SUBJECT = re.compile(r"(?:\s+(?!no\b)[\w'’-]+){0,8}\s+", re.IGNORECASE)
#: "no" straight before a service, its object: "holds no contract for X", "buys no community X" (not "has had no
#: complaints about the X").
_NONE_BEFORE = re.compile(r"\b(?:no|none\s+of(?:\s+the|\s+its|\s+their)?)\s+(?:(?:[\w'’-]+\s+)?(?:contracts?|budgets?)\s+"
                          r"(?:for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?|(?:say|hand|part|role|responsibility|involvement|stake|"
                          r"influence)\s+(?:in|over|for|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?|(?!(?:in|for|about|of|with|to|on|at|from|by)\b)[\w'’-]+\s+)?$", re.IGNORECASE)
#: An object that is none: "A holds no contract for X", "B runs none of the clinics" (not "no fewer than",
#: "by no body other than A", which names A alone).
_NO_OBJECT = re.compile(r"\s+(?:no(?=\s)|none\s+of|neither)\b(?!\s+(?:fewer|less|more|other)\b|\s+(?:[\w-]+\s+)?(?:other\s+than|else|but)\b)",
                        re.IGNORECASE)
_UNREAL = re.compile(r"\b(?:(?:offer(?:s|ed|ing)?\s+to|volunteer(?:s|ed|ing)?\s+to|put\s+(?:itself|themselves)\s+forward\s+(?:to|for)|"
                     r"(?:has|have|had)\s+yet\s+to|expect(?:s|ed)?\s+to|tri(?:es|ed)\s+to|(?:seeks?|sought)\s+to|bid\s+(?:to|for))"
                     r"\s+(?:\w+\s+){0,3}$|"
                     r"(?:plans?|planning|planned|intends?|intending|proposes?|proposing|wants?|hopes?|hoping|aims?|"
                     r"aiming|would\s+like|wish(?:es)?|considering|whether\s+(?:\w+\s+){0,3}(?:could|would|might|can)|"
                     r"could|would|might|should|may(?!\s+\d)|will|shall)\s+(?:\w+\s+){0,2}$)", re.IGNORECASE)
#: A question asked, or not answered, just before a cue (rules/lexicon.py, ASKED): "We asked the ICB who
#: commissions X" states no answer (the question word opens a clause of its own, so this is looked for
#: in the sentence, not the clause); _ASKS, the same anywhere in a clause, for the readings by kind.
_QUESTION = re.compile(ASKED + r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_ASKS = re.compile(ASKED, re.IGNORECASE)
_PAST = re.compile(r"\b(?:previously|formerly|originally|used\s+to|until\s+(?:\w+\s+)?\d{4}(?:\s*,)?(?:\s+(?:the\s+)?"
                   r"[\w&'’-]+(?:\s+[\w&'’-]+){0,5})?)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A clause that opens in the past: "before that date the city's CAMHS was a B service" (B is not the provider now).
_PAST_CLAUSE = re.compile(r"\s*(?:and\s+|but\s+|while\s+)?(?:before\s+(?:that|then|this)(?:\s+date|\s+time)?|until\s+(?:then|that\s+date)|"
                          r"previously|formerly|in\s+the\s+past|at\s+that\s+time|until\s+(?:\w+\s+)?\d{4})\b", re.IGNORECASE)
#: A verb in the past, after a clause that opens in the past ("Until 2016, A bought X from B").
_PAST_TENSE = re.compile(r"(?:was|were|had|\w+ed|bought|paid|ran|held|took|gave|spent|kept)\b", re.IGNORECASE)
#: A condition said by inverting its verb, before the cue: "Were A to fund X, ...", "Should A buy X".
_INVERTED_IF = re.compile(r"\s*(?:Were|Should|Had)\s+(?:the\s+)?[A-Z][^,;.]{0,80}?(?:\bto\s+)?(?:\w+\s+)?$")
#: "(through) a contract with B": B the provider.
_CONTRACT_WITH = re.compile(r"\b(?:contract|agreement|arrangement)s?\s+with\b", re.IGNORECASE)
_CONTRACT_WITH_JUST_BEFORE = re.compile(_CONTRACT_WITH.pattern + r"\s+(?:the\s+)?$", re.IGNORECASE)
#: "..., as is Z": the same is said of Z.
_LIKEWISE = re.compile(r"\)?\s*(?:\([^)]{1,12}\))?\s*,?\s*as\s+(?:is|are|was|were)\s+", re.IGNORECASE)
#: "... by B and the latter by C": a second agent for the service an ordinal points back to.
_GAPPED = re.compile(r"\s*,?\s*(?:and|while|whereas|but)\s+(?P<which>the\s+(?:first|second|third|fourth|last|latter|former)"
                     r"(?:\s+(?:two|three))?)\s+(?:is\s+|are\s+)?by\s+", re.IGNORECASE)
_ORDINAL = re.compile(r"(?:and\s+)?the\s+(first|second|third|fourth|last|latter|former)(?:\s+(two|three))?\b",
                      re.IGNORECASE)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "latter": -1, "former": 0}


def _pick(services: list[str], ordinal: re.Match) -> list[str]:
    """The services "the first two", "the third", "the latter" point back to."""
    services = list(dict.fromkeys(services))  # "sexual health (CASH)" is one service, named twice
    index = _NTH[ordinal.group(1).lower()]
    count = {"two": 2, "three": 3}.get((ordinal.group(2) or "").lower(), 1)
    if index < 0:
        return services[-count:]
    return services[index:index + count]


#: A passive verb with its agent's "by" ("are bought by", "is run by"), and a later clause with
#: none of its own that leaves it out ("; minor injuries care by C").
_PASSIVE_BY = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:[a-z]+ed|bought|run|held|paid\s+for|met|funded|"
                         r"provided|delivered|commissioned|let|given)\s+by\b")
_VERB_LEFT_OUT = re.compile(r";\s*(?![^;]*\b(?:is|are|was|were|has|have|had)\b)(?P<what>[^;]{2,120}?)\s+by\s+(?=[^;]{2,})")


def with_gapped_verb(sentence: str, names: ServiceNames | None = None) -> str:
    """The sentence with a passive verb written into each later clause that leaves it out:
    "X is bought by A; Y and Z by B" -> "...; Y and Z is bought by B" (where Y and Z name services).

    >>> with_gapped_verb("Maternity is bought by A; health visiting by B.")
    'Maternity is bought by A; health visiting is bought by B.'
    >>> with_gapped_verb("Maternity is bought by A; B runs it."), with_gapped_verb("Maternity is bought by A; all by B.")
    ('Maternity is bought by A; B runs it.', 'Maternity is bought by A; all by B.')
    """
    verb = _PASSIVE_BY.search(sentence)
    if not verb or ";" not in sentence[verb.end():]:
        return sentence
    return sentence[:verb.end()] + _VERB_LEFT_OUT.sub(lambda m: f"; {m.group('what')} {verb.group(0)} "
                                               if service_spans(m.group("what"), names) else m.group(0), sentence[verb.end():])


#: Between a service and the next clause's body where that clause leaves out the verb ("A pays for X,
#: B for Y"; "A runs X and B the Y service"): a comma, "and", "while", "whereas" or a semicolon.
_GAP_JOIN = re.compile(r"(?:\s+(?:service|services|team|teams|contract|contracts))?(?:\s*,\s*(?:and\s+|while\s+|whereas\s+|but\s+)?"
                       r"|\s+(?:and|while|whereas)\s+|\s*;\s*(?:and\s+)?)(?:the\s+)?", re.IGNORECASE)
#: Between a clause's service and the other party after it: "A buys X from B".
_OTHER_PARTY = re.compile(r"\s+(?:from|with|by)\s+(?:the\s+)?", re.IGNORECASE)
#: What follows the body of a clause without a verb, up to its service: a preposition or "the".
_GAP_AFTER = re.compile(r"\s*(?:,\s*)?(?P<prep>for|to|with)?\s*(?:the\s+|its\s+)?$", re.IGNORECASE)
#: A verb phrase of one to four words before the first service (no sentence break, no digits).
_GAP_VERB = re.compile(r"\s+(?P<verb>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:the\s+|its\s+)?$")


def with_gapped_active(sentence: str, orgs_in, names: ServiceNames | None = None) -> str:
    """The sentence with the verb of its first clause written into a later clause that leaves it
    out: "A pays for X, B for Y" -> "A pays for X, B pays for Y"; "A runs X and B the Y service"
    -> "A runs X and B runs the Y service". Each clause names one body, then the other's service.

    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), m.group()) for m in re.finditer("Ayton Council|Bee CCG", t))
    >>> with_gapped_active("Ayton Council pays for health visiting, Bee CCG for CAMHS.", orgs_in)
    'Ayton Council pays for health visiting, Bee CCG pays for CAMHS.'
    >>> with_gapped_active("Ayton Council pays for health visiting and Bee CCG runs CAMHS.", orgs_in)
    'Ayton Council pays for health visiting and Bee CCG runs CAMHS.'
    >>> with_gapped_active("Ayton Council pays for health visiting, Bee CCG runs CAMHS and Ayton Council the MIU.", orgs_in)
    'Ayton Council pays for health visiting, Bee CCG runs CAMHS and Ayton Council runs the MIU.'
    """
    orgs, services = orgs_in(sentence), service_spans(sentence, names)
    if len(orgs) < 2 or len(services) < 2:
        return sentence
    first = orgs[0]
    service = next((s for s in services if s[0] >= first[1]), None)
    verb = _GAP_VERB.fullmatch(sentence, first[1], service[0]) if service else None
    if not verb or any(first[1] <= o[0] < service[0] for o in orgs[1:]):
        return sentence
    out, pos = sentence[:service[1]], service[1]
    for body in (o for o in orgs[1:] if o[0] >= service[1]):
        after = next((s for s in services if s[0] >= body[1]), None)
        own = _GAP_VERB.fullmatch(sentence, body[1], after[0]) if after else None
        if own and own["verb"].split()[0].lower() not in ("for", "to", "with", "of", "the", "its", "their", "and"):
            # "..., B runs Y and C the Z service": C's verb is B's, the clause before it
            verb = own
            continue
        gap = _GAP_AFTER.fullmatch(sentence, body[1], after[0]) if after else None
        last = max((s[1] for s in services if s[1] <= body[0]), default=pos)
        other = [o for o in orgs if last <= o[0] and o[1] <= body[0] and _OTHER_PARTY.fullmatch(sentence, last, o[0])]
        last = other[-1][1] if other else last  # "A buys X from B; C, Y from D": the clause before ends with B
        if not gap or not _GAP_JOIN.fullmatch(sentence, last, body[0]):
            continue
        words = verb["verb"]
        if gap["prep"] and words.endswith(f" {gap['prep']}"):
            words = words[:-len(gap["prep"]) - 1]
        out += sentence[pos:body[1]] + f" {words}"
        pos = body[1]
    return out + sentence[pos:]


#: A marker of the other party to an agreement ("a section 75 agreement with", "a partnership agreement with").
_AGREEMENT_WITH = re.compile(r"\b(?:agreement|arrangement|partnership|memorandum(?:\s+of\s+understanding)?)\s*$", re.IGNORECASE)


def found_last_org(text: str, orgs_in) -> list:
    orgs = orgs_in(text)
    return orgs[-1:]


def _respectively(clause: str, cue: re.Match, subject: list, objects: list) -> bool:
    """Whether the bodies of a subject list pair off, in order, with the services after the word:
    "A and B run X and Y respectively"."""
    return len(subject) > 1 and len({o[2] for o in subject}) == len(subject) == len(set(objects)) \
        and bool(re.search(r"\brespectively\b", clause[subject[-1][1]:]))  # "A and B (, respectively,) run X and Y"


def _is_list(clause: str, orgs: list) -> bool:
    """The bodies before a cue form one list ("A, B and C commission", "A (AB) and the C Trust fund")."""
    between = [clause[a[1]:b[0]] for a, b in itertools.pairwise(orgs)]
    return all(re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?(?:,|and|&|,\s*and|together\s+with)\s*(?:the\s+)?", t) for t in between) and \
        any(re.search(r"and|&|with", t) for t in between)  # "A, B and C", not "Under its contract with A, B runs X"


def _first_list(orgs: list, clause: str, start: int) -> list:
    """The bodies named one after another from ``start``: "by A, B and C", not a later mention."""
    out, pos, shares = [], start, False
    for org in orgs:
        gap = clause[pos:org[0]]
        apart = r"[\s,;]*" if shares else r"[\s,]*"  # after shares ("A, 60%; B, 40%") a ";" parts the items too
        if out and not re.fullmatch(apart + r"(?:and|&|together\s+with|or)?[\s,]*(?:the\s+)?", gap):
            break
        if not out and len(gap.split()) > 6:
            break
        out.append(org)
        pos = org[1]
        # "A (ABC), a local charity," : skip an abbreviation or apposition
        m = re.match(r"\s*\([^)]{1,12}\)", clause[pos:])
        if m:
            pos += m.end()
        share = _SHARE.match(clause, pos)  # "A, 60%; B, 40%": each body's share of it, the list's items apart by ";"
        if share:
            pos, shares = share.end(), True
    return out


#: A body's share of a cost after its name in a list: ", 60%", " (£1.2m)", " 40 per cent".
_SHARE = re.compile(r"\s*,?\s*\(?\s*(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s+cent)|£\s?\d[\d.,]*\s*(?:m|k|million|bn)?)\s*\)?")


def _next_stop(clause: str, start: int, cues: bool = False) -> int:
    """Where the object of an active cue ends: at "from", "under contract", "on behalf of",
    "by", or another cue."""
    stops = [m.start() for m in re.finditer(r"\b(?:from|under\s+contract|on\s+behalf|by|whose|who)\b",
                                            clause[start:])]
    if not cues:
        nxt = cue_matches(clause, start)
        if nxt:
            stops.append(nxt[0][0].start() - start)
    return start + min(stops) if stops else len(clause)


#: Ways a report says one body took over from another: (pattern, which side is the successor);
#: the forms of rules.lexicon.SUCCESSION_FORMS after those of rules.cues.SUCCESSION.
SUCCESSION_CUES = list(dict.fromkeys((c.pattern, c.says) for c in [*SUCCESSION, *SUCCESSION_FORMS]))
_SUCCESSION = [(re.compile(p, re.IGNORECASE), side) for p, side in SUCCESSION_CUES]
_SUCCESSION_ANY = re.compile("|".join(p for p, _ in SUCCESSION_CUES), re.IGNORECASE)


#: Responsibility for commissioning a service moving between bodies is not one body succeeding
#: another ("commissioning of health visiting transferred from NHS England to the council").
_COMMISSIONING_MOVED = re.compile(r"\bcommissioning\s+(?:responsibility\s+|responsibilities\s+)?(?:of|for)\b"
                                  r"|\bresponsibility\s+for\s+commissioning\b"
                                  r"|\bas\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:commissioners?|funders?|purchasers?|paymasters?|"
                                  r"budget\s+holders?)\b|\bcommissioning\s+roles?\b",
                                  re.IGNORECASE)
#: The opening of a sentence before the body it is about: "The", "In April 2016", "Since 2016,".
_OPENING = re.compile(r"(?:(?:In|Since|From|By|On|After)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+)?"
                      r"(?:[Tt]he\s+)?")
#: A pronoun standing for the body the sentence before was about: "In 2016 it and B were dissolved".
_PRONOUN = re.compile(r"(?:^|[\s,;:])(?:it|It)\s+(?:and\b|,|(?:was|were|had|has)\b(?!\s+(?:not|un\w+|clear|likely)\b))"
                      r"|(?:^|[;:]\s*|\b(?:and|but|when|since|after|until|then)\s+|^(?:In|On|From|By|Since|After)\s+"
                      r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+)(?:it|It)\s+(?!is\s+(?:not|un\w+|clear|likely)\b)\w")
#: What makes a sentence's taking over not (yet) so: a plan, a hope, a denial, just before the
#: words ("will merge into C", "is due to be taken over by C", "was not acquired by C").
_NOT_SO = re.compile(r"\b(?:will|would|shall|may|might|could|should|to\s+be|not|never|plans?|planned|proposed|proposals?|"
                     r"proposing|due\s+to\s+(?:be|merge|join|transfer|become)|expected|intends?|intended|(?:under|subject\s+to)\s+consultation|considering|considered|exploring|"
                     r"discussions?|talks|whether|unclear|uncertain|options?|hopes?|hoped|aims?)\b"
                     r"[^.;]{0,40}$"
                     r"|^\W*had\s+(?:the|a|an|its|their)\b[^.;]{0,40}$",  # "Had the acquisition of A by C gone ahead, ...": it did not
                     re.IGNORECASE)
#: A sentence that says the earlier body goes on: "A continues to provide adult services, but ...".
_GOES_ON = re.compile(r"\b(?:continues?\s+to\s+(?:provide|run|deliver|commission|operate|offer|exist|employ|treat|see|support|"
                      r"serve|hold|manage|care|trade|work)|still\s+"
                      r"(?:provides|runs|delivers|commissions|operates|exists|treats|sees|supports|holds|manages)|remains?\s+(?:the\s+provider|responsible|in\s+"
                      r"business)|goes\s+on\s+(?:providing|running|to\s+provide)"
                      # "both charities are still active", "A keeps its remaining contracts"
                      r"|(?:(?:both|all|each)\b[^.;]{0,40}?\b(?:is|are|remains?)\s+|\bstill\s+|\bremains?\s+)(?:still\s+)?(?:active|"
                      r"trading|operating|in\s+operation)|trading\s+as\s+normal"
                      r"|(?:keeps?|kept|retains?|retained)\s+(?:its|their)\s+(?:remaining|other)\s+(?:contracts|services|work))\b",
                      re.IGNORECASE)


def _goes_on(sentence: str) -> bool:
    """Whether the sentence says a body goes on, unnegated ("neither former trust still exists" does not).

    >>> _goes_on("A continues to provide adult services."), _goes_on("Neither former trust still exists.")
    (True, False)
    """
    return any(not re.search(r"\b(?:neither|nor|no|not|never|none)\b[^,;.]*$", sentence[:m.start()], re.IGNORECASE)
               for m in _GOES_ON.finditer(sentence))


#: A role between the words and the other body says the bodies work together, not that one took
#: the other's place: "A became a subcontractor of C", "A is now a partner of C".
_WORKS_WITH = re.compile(r"\b(?:sub-?contractors?|partners?|members?|contractors?|suppliers?|tenants?|customers?|clients?|"
                         r"agents?|hosts?|lead\s+providers?|affiliates?)\b", re.IGNORECASE)
#: What follows a successor when the bodies only joined for a purpose: "joined C in a bid".
_FOR_A_PURPOSE = re.compile(r"\s+(?:in|on|for)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:bids?|partnerships?|"
                            r"alliances?|consortium|consortia|pilots?|projects?|boards?|networks?|programmes?|ventures?|"
                            r"arrangements?|tenders?|applications?|meetings?|reviews?)\b|\s+to\s+(?:bid|deliver|provide|run|"
                            r"form\s+an?\s+(?:partnership|alliance|consortium))\b|\s+as\s+(?:a|an|the|its|one\s+of\s+its)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:sub-?contractors?|partners?|members?|contractors?|suppliers?|affiliates?)\b",
                            re.IGNORECASE)
#: Words between a cue and the body it names that say something else of it: "is now commissioned
#: by C", "became concerned about C", "is now the responsibility of C", "is now based at C".
_SAID_OTHERWISE = re.compile(r"\b(?!(?:merged|combined|enlarged|named|called|renamed|integrated|united|formed|created|"
                             r"established|based|known)\b)\w+(?:ed|ing)\b|\b(?:at|about|with|for|alongside|responsibility|"
                             r"responsible|concern\w*|based|host\w*|accountable|answerable)\b", re.IGNORECASE)
#: A noun after a body that makes the body a modifier ("moved to C premises", "are now C partners").
_ATTRIBUTIVE = re.compile(r"\s+(?:premises|sites?|buildings?|systems?|records?|partners?|staff|teams?|clinics?|hospitals?|wards?|"
                          r"polic(?:y|ies)|pathways?|boards?|meetings?|offices?|estates?|contracts?|services?|waiting|"
                          r"colleagues|employees|managers?|nurses?|doctors?|practitioners?)\b", re.IGNORECASE)
#: A body that others join without ending: an alliance, a partnership board, a network.
_GROUPING = re.compile(r"\b(?:Alliance|Partnership|Network|Collaborative|Consortium|System|Programme|Forum|Board|Group|"
                       r"Federation|Hub|ICS|STP|ICP|PCN)$")
#: What a body hands on wholesale when it ends or is taken in: its services, staff, contracts.
_WHOLE_WORK = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:services|staff|contracts|functions|work|teams|responsibilities|"
                         r"duties|caseloads|clinics|assets|employees|workforce|undertaking|business)\b")
#: A passive just before words that read the successor as the subject: "A has since been absorbed".
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: A cue that opens with the making of the body before it: "C was set up to replace A" (the passive
#: is the making's, and C its subject).
_CREATED = re.compile(r"(?:set\s+up|created|established|formed)\b", re.IGNORECASE)
#: Property taken from a body is no taking of its place: "C acquired a building from A".
_PROPERTY = re.compile(r"\b(?:buildings?|premises|sites?|offices?|lease|land|estate|equipment|vehicles?|beds?|"
                       r"propert(?:y|ies)|rooms?|space|shares?|stakes?)\b", re.IGNORECASE)


def _possessive(sentence: str, span: tuple) -> bool:
    """Whether a body is named as an owner ("the council's contract"), its "'s" after its span or
    inside a span of more words than a name such as "Barnardo's".

    >>> _possessive("the city council's contract", (4, 16, "c")), _possessive("the city council's contract", (4, 18, "c"))
    (True, True)
    >>> _possessive("Barnardo's runs it", (0, 10, "b"))
    False
    """
    inside = re.search(r"\s\S+['’]s$", sentence[span[0]:span[1]])
    return bool(inside or re.match(r"['’]s\b", sentence[span[1]:]))


#: The word before a body that makes it no clause's subject: "the named nurse for A joined C".
_GOVERNED = re.compile(r"\b(?:of|for|at|from|with|by|to|in|within|under|on|between|about)\s+(?:the\s+)?$", re.IGNORECASE)


_WHAT_USED_TO_BE = re.compile(r"\b([Ww]hat\s+)used\s+to\s+be\b")


#: A sentence that says no body took the ended one's place: "its work was shared out ...; no single
#: body took its place", "it has no successor".
_NO_SUCCESSOR = re.compile(r"\bno\s+(?:single\s+|one\s+|other\s+)?(?:body|organisation|provider|successor)\s+"
                           r"(?:took|has\s+taken|replaced|has\s+replaced|succeeded|stepped\s+in)\b|\b(?:has|had|left)\s+no\s+successor\b"
                           r"|\bwithout\s+(?:a|any)\s+successor\b", re.IGNORECASE)


def successions_in(sentence: str, orgs_in, antecedent: str = "", kinds=None) -> list[Relation]:
    """SUCCEEDED_BY from a body to the one that took over from it, as a sentence states it;
    ``antecedent`` is the body the sentence before was about, which "it" stands for; ``kinds``
    (a body's kind) keeps pairs of bodies that can take each other's place (schema.can_succeed).

    >>> roster = {"Old Trust": "old", "New Trust": "new", "Other Trust": "other"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items()
    ...                   for m in re.finditer(re.escape(k), t))
    >>> [(r.source, r.target) for r in successions_in(
    ...     "Old Trust and Other Trust merged in 2016 to form New Trust.", orgs_in)]
    [('old', 'new'), ('other', 'new')]
    >>> [(r.source, r.target) for r in successions_in("New Trust (formerly Old Trust) runs it.", orgs_in)]
    [('old', 'new')]
    >>> [(r.source, r.target) for r in successions_in(
    ...     "In 2016 it and Other Trust were dissolved and New Trust took on their work.", orgs_in, "old")]
    [('old', 'new'), ('other', 'new')]
    """
    out: list[Relation] = []
    stated, sentence = sentence, _WHAT_USED_TO_BE.sub(r"\1was", sentence)  # "What used to be A is now ...": no past plan
    if not _SUCCESSION_ANY.search(sentence) or _COMMISSIONING_MOVED.search(sentence) or _goes_on(sentence) \
            or _NO_SUCCESSOR.search(sentence):
        return out
    orgs = orgs_in(sentence)
    if len(orgs) < 2 and not (orgs and antecedent):
        return out
    for pattern, side in _SUCCESSION:
        for m in pattern.finditer(sentence):
            if _NOT_SO.search(sentence[:m.start()]):
                continue  # "A will merge into C", "A was not taken over by C"
            olds, news = _succession_pair(sentence, orgs, m, side, antecedent)
            for _, _, old in olds:
                for _, _, new in news:
                    if old == new or (kinds and not can_succeed(kinds(old), kinds(new))):
                        continue
                    if all((r.source, r.target) != (old, new) for r in out):
                        out.append(Relation(Rel.SUCCEEDED_BY.value, old, new, stated))
        if out:
            break
    return out


_BODY_ENDED = re.compile(BODY_ENDED, re.IGNORECASE)


#: Bodies that became one ("A and B merged", "joined up", "became one trust") and the name the one
#: body kept ("the new body kept the B name", "under the A name").
_BECAME_ONE = re.compile(r"\b(?:joined\s+up|merged|came\s+together|combined|amalgamated|became\s+(?:one|a\s+single)"
                         r"(?:\s+(?:trust|body|organisation|CCG|group|charity|provider))?)\b")
_NAME_KEPT = re.compile(r"\b(?:under|kept|keeps|keeping|retained|retaining|took|taking|using|with)\s+the\s+"
                        r"(?P<name>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5})\s+name\b")


def merged_keeping_a_name(sentence: str, orgs_in, kinds=None) -> list[Relation]:
    """SUCCEEDED_BY from bodies that became one to the one whose name the merged body kept.

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in merged_keeping_a_name(
    ...     "Old Care and New Care joined up in 2018; the new body kept the New Care name.", orgs_in)]
    [('old', 'new')]
    >>> merged_keeping_a_name("Old Care and New Care will merge in 2020 under the New Care name.", orgs_in)
    []
    """
    merged, kept = _BECAME_ONE.search(sentence), _NAME_KEPT.search(sentence)
    if not merged or not kept or kept.start() < merged.end() or _NOT_SO.search(sentence[:merged.start()]):
        return []
    listed = named_once(sentence, [o for o in orgs_in(sentence[:merged.start()])])
    if len({o[2] for o in listed}) < 2 or not all(_LIST_GAP.fullmatch(sentence[a[1]:b[0]]) for a, b in itertools.pairwise(listed)):
        return []
    name = kept.group("name").lower()
    keeper = [o for o in listed if sentence[o[0]:o[1]].lower().startswith(name) or name.startswith(sentence[o[0]:o[1]].lower())]
    if len({o[2] for o in keeper}) != 1:
        return []
    new = keeper[0][2]
    return [Relation(Rel.SUCCEEDED_BY.value, old, new, sentence) for old in dict.fromkeys(o[2] for o in listed)
            if old != new and (not kinds or can_succeed(kinds(old), kinds(new)))]


#: Words of a plan, a proposal or a denial anywhere in a text (:data:`_NOT_SO` asks just before a word).
_PLAN_WORDS = re.compile(r"\bmay\b|(?i:" + _NOT_SO.pattern.split(r"[^.;]{0,40}$")[0].replace("may|", "") + ")")


def says_a_plan(text: str) -> bool:
    """Whether a text plans, proposes or denies ("will", "proposed", "not").

    >>> says_a_plan("From April 2020 C will do this."), says_a_plan("From 1 May 2020 C has done this.")
    (True, False)
    """
    return bool(_PLAN_WORDS.search(text))


def says_a_body_ended(text: str) -> bool:
    """Whether a text says a body ended ("was abolished", "ceased to exist"), not as a plan.

    >>> says_a_body_ended("A was abolished; B took on its duties."), says_a_body_ended("A will be abolished.")
    (True, False)
    """
    return any(not _NOT_SO.search(text[:m.start()]) for m in _BODY_ENDED.finditer(text))
_AFTER_ENDING = [(re.compile(c.pattern, re.IGNORECASE), c.says) for c in AFTER_ENDING]
#: "its", "their": the ended body's, in the sentence after its ending.
_ENDED_BODYS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\b(?!\s+own\b)")


def ended_body(sentence: str, orgs_in) -> tuple[str, str]:
    """(key, name) of the body whose ending a sentence states as its news, the body its
    subject: "A no longer exists.", "In 2017 A was dissolved." (no other body named between
    them, no plan or denial); ("", "") otherwise.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "old") for m in re.finditer("Old Trust", t)]
    >>> ended_body("Old Trust no longer exists.", orgs_in), ended_body("Old Trust will be abolished.", orgs_in)
    (('old', 'Old Trust'), ('', ''))
    """
    m = _BODY_ENDED.search(sentence)
    bodies = [o for o in orgs_in(sentence[:m.start()])] if m else []
    if not bodies or len({o[2] for o in bodies}) > 1 or _NOT_SO.search(sentence[:m.start()]):
        return "", ""
    if len(sentence[:bodies[0][0]].split()) > 4:  # further in ("Sexual health  A, the charity that ..., shut"):
        from clasgraph.ingest import parsed  # the subject the parse says ended

        if not parsed.ended_at(sentence, bodies[0][0], bodies[0][1]):
            return "", ""
    return bodies[0][2], sentence[bodies[0][0]:bodies[0][1]]


def handed_on_after_ending(previous: str, sentence: str, orgs_in, kinds=None) -> list[Relation]:
    """SUCCEEDED_BY from a body whose ending the sentence before states to the body this one
    says took its work, "its" and "their" read as the ended body's: "A no longer exists. Its
    staff moved to C."; "A went into administration. C now holds its contracts." The evidence is
    both sentences.

    >>> roster = {"Old Trust": "old", "New Trust": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in handed_on_after_ending(
    ...     "Old Trust was dissolved in 2017.", "Its staff and services transferred to New Trust.", orgs_in)]
    [('old', 'new')]
    """
    key, name = ended_body(previous, orgs_in)
    if not key or not _ENDED_BODYS.search(sentence):
        return []
    said = _ENDED_BODYS.sub(f"{name}'s", sentence)
    found = [r for r in successions_in(said, orgs_in, kinds=kinds) if r.source == key]
    orgs = orgs_in(said)
    for pattern, side in _AFTER_ENDING if not found else []:
        for m in pattern.finditer(said):
            if side == "label-next":  # "Successor body for all its services: C"
                olds = [(0, 0, key)]
                news = [o for o in orgs if o[0] >= m.end() and not said[m.end():o[0]].strip()][:1]
            else:
                olds, news = _succession_pair(said, orgs, m, side, "")
            found += [Relation(Rel.SUCCEEDED_BY.value, key, new, said) for _, _, old in olds for _, _, new in news
                      if old == key != new and (not kinds or can_succeed(kinds(old), kinds(new)))]
    evidence = f"{previous} {sentence}"
    return list({(r.source, r.target): Relation(r.type, r.source, r.target, evidence) for r in found}.values())


_SINCE_ENDING = [re.compile(c.pattern, re.IGNORECASE) for c in SINCE_ENDING]
_SINCE_TIME = re.compile(SINCE_TIME, re.IGNORECASE)
#: An apposition after a date that says what happened then: "April 2016, the month in which ...".
_THEN_WHEN = re.compile(r"\s*,?\s*(?:when|the\s+(?:day|week|month|year|date)\s+(?:in\s+which|on\s+which|when|that))\b",
                        re.IGNORECASE)
#: Where a clause with a subject of its own begins: ", and", ", but", ", while".
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+")
#: Between a body and its verb, where the body is the verb's subject: nothing, or one noun of its
#: people ("C nurses have staffed the unit").
_SUBJECT_GAP = re.compile(r"\s+(?:(?:['’]s\s+)?[a-z-]+\s+)?", re.IGNORECASE)
#: Words before a body that make it no subject of the clause: a relative clause, a preposition, a comma.
_NOT_SUBJECT = re.compile(r"\b(?:who|which|that|whose|whom|by|of|with|for|from|at|to|used|using)\b|,(?!\s*$)")
#: What a body doing work since another ended does: a service, a contract, a unit, a caseload (not a
#: review, a group, a forum, a meeting, or a few of its people).
_ITS_OBJECT = re.compile(r"^\s+(?:the|its|their|all|that|this|these|both|every|each)\b(?![^.;]{0,40}\b(?:review|group|forum|meeting|"
                         r"board|panel|audit|conference|event|programme)s?\b)|^\s+it\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(rf"\b{layout.MONTHS}\b")


def same_time(time: str, text: str) -> bool:
    """Whether a text names the time ``time`` gives, as precisely: its year, and its month where
    either names one.

    >>> same_time("April 2016", "A was dissolved in April 2016."), same_time("2016", "A closed in 2015.")
    (True, False)
    >>> same_time("2017", "A was dissolved in March 2017.")
    False
    """
    year, month = _YEAR.search(time), _MONTH.search(time)
    months = set(_MONTH.findall(text))
    return bool(year) and year.group() in _YEAR.findall(text) and (month.group() in months if month else not months)


def _ended_itself(text: str, olds: list[str], end: int) -> list[str]:
    """``olds`` (:func:`_ended_keys` of ``text``, whose ending words end at ``end``), less where those
    words end a thing of the body's, not the body ("its substance misuse service closed"; not "its
    partnership was dissolved": a body's own form)."""
    words = [m for m in _BODY_ENDED.finditer(text) if m.end() == end]
    owned = words and re.search(r"\b(?:its|their)\s+((?:[\w'’-]+\s+){0,4})$", text[:words[0].start()])
    if owned and not re.search(r"\b(?:partnership|organi[sz]ation|trust|charity|company|group|practice|body|board)\s+$",
                               owned.group(1), re.IGNORECASE):
        return []
    return olds


def _its_work_after_undated_ending(previous: str, sentence: str, orgs_in, ended_last) -> bool:
    """Whether the sentence before says a body itself ended, without a date, and the sentence's
    work done since is that body's: "A is no more. C has been carrying on its X since 2017" ("its",
    straight after the verb of doing; not "its own"; not "A's X is no more")."""
    if not ended_last or _YEAR.search(previous):
        return False
    if not any(o in ended_last and (gap := _SUBJECT_GAP_ENDED.match(previous, e)) and _BODY_ENDED.match(previous, gap.end())
               for _, e, o in orgs_in(previous)):
        return False
    return any(re.match(r"\s+(?:all\s+(?:of\s+)?)?(?:its|their)\s+(?!own\b)", sentence[d.end():])
               for d in (p.search(sentence) for p in _SINCE_ENDING) if d)


def _doer_since(sentence: str, orgs: list, since: re.Match) -> str:
    """The body a clause says has done work since the time ``since`` gives, or "": "C has held
    the contract since 2017", "Since then C nurses have staffed X"."""
    start = max([sentence.rfind(";", 0, since.start()) + 1, *(m.end() for m in _NEW_CLAUSE.finditer(sentence, 0, since.start()))])
    end = sentence.find(";", since.end())
    end = len(sentence) if end < 0 else end
    for pattern in _SINCE_ENDING:
        for m in pattern.finditer(sentence, start, end):
            before = sentence[start:m.start()].replace(since.group(), " ")  # "Since 1 May ...": the month, not a "may"
            if _NOT_SO.search(before) or since.start() - m.end() > 120:
                continue
            opening = since.end() if since.start() < m.start() else start  # "Since then, C has ..."
            doers = [o for o in orgs if opening <= o[0] and o[1] <= m.start()
                     and _SUBJECT_GAP.fullmatch(re.sub(r"\s*\([^)]*\)", "", sentence[o[1]:m.start()]))
                     and not _NOT_SUBJECT.search(sentence, opening, o[0])]
            if doers and _ITS_OBJECT.search(sentence[m.end():m.end() + 100]):
                return doers[-1][2]
    for m in _HOLDER_HAS_BEEN.finditer(sentence, start, end):  # "since then the answer (the provider) has been C"
        named = [o for o in orgs if o[0] == m.end()]
        if named and abs(since.start() - m.start()) <= 60:
            return named[0][2]
    return ""


#: The one who holds a thing, said to have been a body since a time: "since then the answer has been
#: C" (after "Who now holds the contract?"), "the provider has been C".
_HOLDER_HAS_BEEN = re.compile(r"\b[Tt]he\s+(?:answer|provider|holder|contract\s+holder|employer)\s+has\s+been\s+(?:the\s+)?")


def carried_on_since_ending(previous: str, sentence: str, orgs_in, kinds=None, ended_last=frozenset()) -> list[Relation]:
    """SUCCEEDED_BY from a body that ended to the body a sentence says has done work since the
    time it ended (rules.lexicon SINCE_ENDING): the ending in the sentence before ("A was
    dissolved in 2017. Since 1 July that year C has held the contract"; ``ended_last``: the bodies
    it said ended), earlier in the sentence, or in an apposition to the time ("since April 2016,
    the month in which A was dissolved"). The time points back ("then", "that year") or is the
    ending's own.

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in carried_on_since_ending(
    ...     "Old Care was dissolved in 2017.", "New Care has run the clinic since then.", orgs_in, ended_last={"old"})]
    [('old', 'new')]
    >>> carried_on_since_ending("Old Care was dissolved in 2017.", "New Care has run the clinic since 2015.", orgs_in)
    []
    """
    orgs = orgs_in(sentence)
    for since in _SINCE_TIME.finditer(sentence):
        new = _doer_since(sentence, orgs, since)
        if not new:
            continue
        time = since["time"]
        points_back = not _YEAR.search(time)
        apposed = _THEN_WHEN.match(sentence, since.end())
        before = sentence[:since.start()]
        ended_before = _ended_keys(before, previous, orgs_in) if not (apposed and not points_back) else ([], 0)
        if apposed and not points_back:  # "since April 2016, the month in which A was dissolved"
            text, evidence = sentence[apposed.end():], sentence
            olds = _ended_itself(text, *_ended_keys(text, "", orgs_in))
        elif ended_before[0]:  # "A closed in 2018, and C has run X since then"
            text, evidence = before, sentence
            olds = _ended_itself(before, *ended_before) if points_back or same_time(time, before) else []
        else:  # the sentence before: "A was dissolved in 2017. Since 1 July that year C has held the contract"
            text, evidence = previous, f"{previous} {sentence}"
            olds = (sorted(ended_last) or _ended_keys(previous, "", orgs_in)[0]) if previous and (
                points_back or same_time(time, previous) or _its_work_after_undated_ending(previous, sentence, orgs_in, ended_last)
            ) else []
        if olds == [_BACK]:  # "the group no longer exists": the one other body the words name
            others = list(dict.fromkeys(o[2] for o in orgs_in(text) if o[2] != new))
            olds = others if len(others) == 1 else []
        found = [Relation(Rel.SUCCEEDED_BY.value, old, new, evidence) for old in olds
                 if old not in (new, _BACK) and (not kinds or can_succeed(kinds(old), kinds(new)))]
        if found:
            return found
    return []


_TAKEN_IN = [(re.compile(c.pattern, re.IGNORECASE), c.says) for c in TAKEN_IN]
#: What a taker of ended bodies' work takes: their work as a whole, or a service with its staff.
_TAKEN_WORK = re.compile(rf"\b(?:{ITS_WORK}|everything|service|population|patients|practices|workers|contracts?|rotas?|"
                         rf"premises|records)\b",
                         re.IGNORECASE)
#: An ending's subject that points back: "Both were wound up", "The two trusts had their last day".
_PLURAL_BACK = re.compile(r"^\W*(?:(?:and|but|then)\s+)?(?:both(?:\s+of\s+them)?|they|the\s+two\s+[a-z]+|each\s+of\s+them)\b",
                          re.IGNORECASE)
#: "when that group was closed down": the body named last before it.
_SINGLE_BACK = re.compile(r"\b(?:that|this)\s+(?:group|trust|charity|body|organisation|practice|company|ccg)\s*$|\bthe\s+latter\s*$",
                          re.IGNORECASE)
#: Bodies one list names: "A and B", "A, B and C" (short names in brackets between).
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*and|,|and|&)?\s*")
#: A list item's bullet: the sentence opens an item of its own.
_LIST_ITEM_START = re.compile(r"\s*[-–•*]\s")
#: A modal or plan just before a taking: "will inherit", "is to take on".
_PLANNED = re.compile(r"\b(?:will|would|shall|may|might|could|should|is\s+to|are\s+to|plans?\s+to|expected\s+to)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)


#: A body's ending said of a body the clause points back to ("when their trust ceased to exist",
#: "on that trust's dissolution", "until its closure"): the body the sentence names that is not
#: the one taking its work.
_BACK_SUBJECT = re.compile(r"\b(?:its|their|the)\s+(?:[a-z-]+\s+)?(?:trust|charity|body|organisation|group|ccg|provider|company|"
                           r"practice|employer)(?:\s+itself)?\s*$", re.IGNORECASE)
_ENDING_NOUNS = r"(?:dissolution|abolition|closure|winding[\s-]up|demise|collapse|disbanding|liquidation)"
_BACK_ENDING = re.compile(rf"\b(?:its|their|(?:that|the|this)\s+(?:[a-z-]+\s+)?(?:trust|charity|body|organisation|group|ccg|"
                          rf"provider|company|practice)['’]s)\s+{_ENDING_NOUNS}\b", re.IGNORECASE)
#: A body's ending said with the body after the words: "the transfer order that ended A", "A's dissolution".
_ENDED_OBJECT = re.compile(r"\b(?:that|which)\s+(?:ended|abolished|dissolved|closed|wound\s+up)\s+$", re.IGNORECASE)
_OWN_ENDING = re.compile(rf"['’]s\s+{_ENDING_NOUNS}\b", re.IGNORECASE)
#: What _ended_keys gives for a body pointed back to, which the taker decides.
_BACK = "\0back"


def _ended_by_words(sentence: str, orgs_in) -> list[str]:
    """The bodies a sentence says ended by a noun or an object: [A] for "the order that ended A"
    or "on A's dissolution", [_BACK] for "on that trust's dissolution", "until its closure"."""
    orgs = orgs_in(sentence)
    # each looked for next to its body only: a finding naming a body thousands of times is read in linear time
    named = [o[2] for o in orgs if _ENDED_OBJECT.search(sentence, max(0, o[0] - 40), o[0]) or _OWN_ENDING.match(sentence, o[1])]
    if named:
        return named[:1]
    return [_BACK] if _BACK_ENDING.search(sentence) and not _NOT_SO.search(sentence) else []


def bodies_ended(sentence: str, previous: str, orgs_in) -> list[str]:
    """The bodies whose ending ``sentence`` states (read with the sentence before it)."""
    return [k for k in _ended_keys(sentence, previous, orgs_in)[0] if k != _BACK]


#: A thing a body owns after "its" and the body's name: "its council grant" (not "its CCG was abolished").
_OWNED_THING = re.compile(r"\s+(?!(?:was|were|is|are|has|have|had|and|or|itself|closed|ceased|merged|folded)\b)[a-z]")


def _owned_after(sentence: str, span: tuple) -> bool:
    """Whether a body named after "its" or "their" names a thing of theirs ("its council grant"),
    not the body ("its CCG was abolished").

    >>> _owned_after("When its council grant ended", (9, 16, "c")), _owned_after("Its CCG was abolished", (4, 7, "c"))
    (True, False)
    """
    return bool(re.search(r"\b(?:its|their)\s+$", sentence[max(0, span[0] - 8):span[0]], re.IGNORECASE)
                and _OWNED_THING.match(sentence, span[1]))


def _ended_keys(sentence: str, previous: str, orgs_in) -> tuple[list[str], int]:
    """(the bodies whose ending ``sentence`` states, where the ending's words end): the bodies
    its clause opens with ("A and B were wound up"), those of a list the sentence before named
    ("Both were dissolved"), or the body named last before "that group" ("when that group was
    closed down"); ([], 0) for a plan or denial.

    >>> roster = {"Old Care": "old", "Other Care": "other"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> _ended_keys("Both were dissolved in 2017.", "There were two, Old Care and Other Care.", orgs_in)[0]
    ['old', 'other']
    >>> _ended_keys("Old Care will be dissolved.", "", orgs_in)[0]
    []
    """
    for m in _BODY_ENDED.finditer(sentence):
        start = max(sentence.rfind(";", 0, m.start()), sentence.rfind(", and", 0, m.start()), -1) + 1
        clause = sentence[start:m.start()]
        if _NOT_SO.search(clause):
            continue
        if start and re.fullmatch(r"\W*(?:(?:by|in|on|from)\s+[^,;]{1,30}?,?\s+)?it\s+", clause):
            opening = orgs_in(sentence[:start])[:1]  # "A merged its work into C; by 2018 it was deregistered": A
            if opening and len(sentence[:opening[0][0]].split()) <= 3:
                return [opening[0][2]], m.end()
        single = _SINGLE_BACK.search(clause)
        if single:  # "when that group was closed down"; "That trust closed." after a sentence naming it
            before = [o for o in orgs_in(sentence[:start + single.start()])] or orgs_in(previous)
            return [before[-1][2]] if before else [], m.end()
        if _PLURAL_BACK.match(clause):
            return last_list(previous, orgs_in), m.end()
        here = [o for o in named_once(sentence, orgs_in(sentence)) if start <= o[0] and o[1] <= m.start()
                and not _owned_after(sentence, o)]  # "its council grant ended": the grant, not the council
        if here and len(clause[:here[0][0] - start].split()) <= 4 and not _GOVERNED.search(clause[:here[0][0] - start]) and all(
                _LIST_GAP.fullmatch(sentence[a[1]:b[0]]) for a, b in itertools.pairwise(here)):
            return list(dict.fromkeys(o[2] for o in here)), m.end()
        first = _FIRST_WORD.match(clause)
        named = [o for o in orgs_in(previous) if first and _first_word(previous[o[0]:o[1]]) == first.group(1)] \
            if previous and not here else []
        if len({o[2] for o in named}) == 1:  # "A Young People's Trust passed ... A was removed from the register"
            return [named[0][2]], m.end()
        if _BACK_SUBJECT.search(clause):  # "when their trust ceased to exist": the taker decides
            return [_BACK], m.end()
    return [], 0


#: A clause opening with one capitalised word, as a body named in full just before is called again.
_FIRST_WORD = re.compile(r"\W*([A-Z][a-z]{3,})\s*(?:$|(?=[a-z]))")


def _first_word(name: str) -> str:
    """The first word of a body's name, past "NHS" and "The"."""
    words = re.sub(r"^(?:NHS|The)\s+", "", name).split()
    return words[0] if len(words) > 1 else ""


def named_once(text: str, spans: list) -> list:
    """The body spans of a text less a short name in brackets straight after its body's name
    ("Acme Trust (AT)"), which a list's gap reads as part of the name.

    >>> named_once("Acme Trust (AT) and Bee", [(0, 10, "a"), (12, 14, "a"), (20, 23, "b")])
    [(0, 10, 'a'), (20, 23, 'b')]
    """
    out = []
    for o in spans:
        if out and out[-1][2] == o[2] and re.fullmatch(r"\s*\(\s*", text[out[-1][1]:o[0]]) and text[o[1]:o[1] + 1] == ")":
            continue
        out.append(o)
    return out


def last_list(text: str, orgs_in) -> list[str]:
    """The bodies of the last list of two or more that ``text`` names ("two CCGs, A and B")."""
    orgs = named_once(text, orgs_in(text)) if text else []
    runs: list[list] = []
    for o in orgs:
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1][1]:o[0]]):
            runs[-1].append(o)
        else:
            runs.append([o])
    lists = [list(dict.fromkeys(o[2] for o in run)) for run in runs]
    lists = [keys for keys in lists if len(keys) >= 2]
    return lists[-1] if lists else []


#: A passive's auxiliary just before a participle: "were assumed", "had been absorbed".
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _taker(text: str, ended: list[str], orgs_in) -> str:
    """The body ``text`` says took in the whole work of ``ended`` (rules.lexicon TAKEN_IN), or ""."""
    orgs = [o for o in orgs_in(text) if o[2] not in ended]
    for pattern, side in _TAKEN_IN:
        for m in pattern.finditer(text):
            window = text[max(0, m.start() - 150):m.end() + 150]
            if _PLANNED.search(text[max(0, m.start() - 40):m.start()]) or side not in ("whole", "staff") \
                    and not _TAKEN_WORK.search(window):
                continue
            if side in ("active", "whole"):
                if side == "active" and _BE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
                    continue  # "A's functions were assumed ... by C": the 'by' row reads it
                before = [o for o in orgs if o[1] <= m.start() and m.start() - o[1] <= 200]
                if before:
                    return before[-1][2]
            else:
                after = [o for o in orgs if o[0] >= m.end() and o[0] - m.end() <= 80]
                if after:
                    return after[0][2]
    return ""


#: A body's own work or people after its possessive: "A's counsellors", "A's services and staff".
_OWN_WORK = re.compile(rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{ITS_WORK}|counsellors|nurses|workers|practitioners|visitors|"
                       r"clinicians|patients|caseloads?|services?|teams?|contracts?)\b", re.IGNORECASE)


def ended_and_taken_in(previous: str, sentence: str, following: str, orgs_in, kinds=None) -> list[Relation]:
    """SUCCEEDED_BY from bodies whose ending a sentence states to the body it, the sentence
    before or the one after says took in their whole work (rules.lexicon TAKEN_IN): "A and B were
    wound up; C inherited their functions"; "Both were dissolved, and everything they did was
    united in C"; "C widened its remit to take in the staff of A when that charity was wound
    up"; "A passed its service and its workers to C. A was removed from the register."

    >>> roster = {"Old Care": "old", "Other Care": "other", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in ended_and_taken_in(
    ...     "", "Old Care and Other Care were dissolved in 2017, and New Care inherited their staff.", "", orgs_in)]
    [('old', 'new'), ('other', 'new')]
    >>> ended_and_taken_in("", "Old Care was dissolved in 2017. New Care will inherit its staff.", "", orgs_in)
    []
    """
    ended = _ended_keys(sentence, previous, orgs_in)[0] or _ended_by_words(sentence, orgs_in)
    if ended == [_BACK]:  # "All staff of A moved onto C contracts when their trust ceased to exist"
        ended = []
        for text in (sentence, previous):  # "A handed its services to C. The charity itself shut its doors."
            new = _taker(text, [], orgs_in) if text else ""
            # not a body whose thing other than its work the sentence names ("its share of the council's grant")
            named = [o for o in orgs_in(text) if o[2] != new and (not _possessive(text, o) or _OWN_WORK.match(text, o[1]))] \
                if new else []
            others = list(dict.fromkeys(o[2] for o in named))
            if len(others) == 1:
                ended = others
                break
    if not ended:
        return []
    following = "" if _LIST_ITEM_START.match(following) else following  # another item of a list
    previous = "" if _LIST_ITEM_START.match(sentence) else previous
    for text, evidence in ((sentence, sentence), (following, f"{sentence} {following}"), (previous, f"{previous} {sentence}")):
        new = _taker(text, ended, orgs_in) if text else ""
        if new:
            return [Relation(Rel.SUCCEEDED_BY.value, old, new, evidence) for old in ended
                    if old != new and (not kinds or can_succeed(kinds(old), kinds(new)))]
    return []


_CONTRACT_ENDED = [(re.compile(c.pattern, re.IGNORECASE), c.says) for c in CONTRACT_ENDED]
_CONTRACT_TAKEN = [(re.compile(c.pattern, re.IGNORECASE), c.says) for c in CONTRACT_TAKEN]


def contract_handed_on(previous: str, sentence: str, orgs_in, kinds=None) -> list[Relation]:
    """SUCCEEDED_BY (a contract moved) from a body whose contract the text says ended to the
    body it then says took the work on, later in the same sentence or in the next one
    (rules.lexicon CONTRACT_ENDED, CONTRACT_TAKEN): "A's contract ended in 2016. The
    replacement contract went to C."; "The incumbent, A, did not retain the contract; C began
    delivering the service in 2017."

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in contract_handed_on("", "Old Care lost the contract; New Care took over.", orgs_in)]
    [('old', 'new')]
    >>> contract_handed_on("Old Care's contract ended.", "New Care will take over the service.", orgs_in)
    []
    """
    if _goes_on(sentence):
        return []  # "A's contract for X ended and C took over, but A still runs Y"
    for text, here in ((sentence, True), (previous, False)):
        old, end = _contract_ender(text, orgs_in) if text else ("", 0)
        if not old:
            continue
        new = _contract_taker(sentence[end:] if here else sentence, orgs_in)
        before = not new and here and previous
        if before:  # the taker said first: "C has held the contract since 2017. A has no presence left in the area."
            new = _contract_taker(previous, orgs_in)
        if new and new != old and (not kinds or can_succeed(kinds(old), kinds(new))):
            return [Relation(Rel.SUCCEEDED_BY.value, old, new, sentence if here and not before else f"{previous} {sentence}")]
        return []
    return []


#: A label of a labelled line ("Predecessor:", "New name:"), which side it names, and its value:
#: up to the line's end or the next label ("Date:", "Basis:").
_LABELLED = re.compile(r"(?:^|(?<=[\n\t;.])|\b)\s*(?P<label>" + "|".join(f"(?P<{c.says}>{c.pattern})" for c in LABELLED_SUCCESSION)
                       + r")\s*[:\t]\s*(?P<value>[^\n]+?)(?=\s*(?:\n|$|;|\s(?-i:[A-Z][a-z]+(?:\s[a-z]+)?):))", re.IGNORECASE)


def labelled_succession(text: str, orgs_in, kinds=None) -> list[Relation]:
    r"""SUCCEEDED_BY from a succession set out as labelled lines (rules.lexicon
    LABELLED_SUCCESSION): "Predecessor: A" and "Successor: C", in either order, one body each.

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in labelled_succession("Predecessor: Old Care\nSuccessor: New Care\nDate: 2019", orgs_in)]
    [('old', 'new')]
    """
    sides: dict[str, list[str]] = {"old": [], "new": []}
    lines = []
    for m in _LABELLED.finditer(text):
        side = "old" if m.group("old") else "new"
        sides[side] += [o[2] for o in orgs_in(m.group("value"))[:1]]
        lines.append(m.group(0).strip())
    olds, news = list(dict.fromkeys(sides["old"])), list(dict.fromkeys(sides["new"]))
    if len(news) != 1 or not olds:
        return []
    return [Relation(Rel.SUCCEEDED_BY.value, old, news[0], "; ".join(lines)) for old in olds
            if old != news[0] and (not kinds or can_succeed(kinds(old), kinds(news[0])))]


#: A record of a body set out as label lines (session 16): the line naming it ("Organisation: A",
#: "Practice: A"), a line saying it ended ("Status: dissolved, 31 March 2013", "Contract ended: 30
#: September 2013"), a line naming who has its work ("Successor body: C", "Patients now registered
#: with: C", "Work now done by: C"); or one line, "A: closed June 2017; all services and staff to C".
_RECORD_OF = re.compile(r"(?:(?:former|previous|old|outgoing)\s+)?(?:organi[sz]ation|body|practice|provider|trust|charity|company|"
                        r"name|commissioner)", re.IGNORECASE)
_RECORD_ENDED = re.compile(r"\b(?:ended|dissolved|closed|abolished|ceased|merged|wound\s+up|liquidated|deregistered|"
                           r"struck\s+off|surrendered|taken\s+off|removed\s+from|no\s+longer\s+(?:exists|trading|operating))\b",
                           re.IGNORECASE)
_RECORD_NOT_YET = re.compile(r"\b(?:will|to\s+be|planned|proposed|due(?!\s+to)|expected|from\s+next)\b", re.IGNORECASE)
#: A label naming who has an ended body's work now: "Successor body", "Work absorbed by", "All
#: services now sit with", "Governing body now", "Carried on by", "Functions now with".
_RECORD_NEW = re.compile(r"\b(?:successor|carried\s+on|absorbed|taken\s+(?:on|over)|picked\s+up|inherited|(?:transferred|moved|passed)\s+to|"
                         r"(?:current|present|new|continuing)\s+(?:provider|commissioner|holder|operator|body|organi[sz]ation)|"
                         r"now\s+(?:with|sits?|held|run|done|lies|rests|belongs?|provided|delivered|carried)|governing\s+body\s+now|"
                         r"functions)\b", re.IGNORECASE)
#: A label whose value says what became of the record's body: "Status: dissolved", "Registration:
#: licence surrendered", or an ending itself: "Ended: taken off the register" (not "Contract ended").
_RECORD_STATUS = re.compile(r"\b(?:status|fate|outcome|registration|what\s+happened|ended|closed|dissolved|dissolution|closure|"
                            r"ceased)\b", re.IGNORECASE)
_RECORD_LINE = re.compile(r"^\s*(?:[-•*]\s*)?(?P<label>[^:\n\s][^:\n]{1,59}):\s*(?P<value>.+?)\s*$")
#: Where a record's fields part: lines, bars, bullets run together, and a full stop before the
#: next field's label ("Weftwork Health CIC. Status: struck off (2017). Successor: ...").
_RECORD_FIELDS = re.compile(r"\n|\s+\|\s+|\s[-•]\s+(?=[A-Z])|(?<=[.)])\s+(?=[A-Z][^:.;]{1,60}:\s)"
                            r"|(?<=\.)\s+(?=[A-Z][^:.;]{1,80}\.\s+[A-Z][^:.;]{1,60}:\s)")  # "... . B. Status: ..."


def ended_record(paragraph: str, orgs_in, kinds=None) -> list[Relation]:
    r"""SUCCEEDED_BY from a body's record set out as fields: one naming it (a label "Organisation:",
    or the record's heading, the body's name alone), one saying it ended, one naming who has its
    work now; or fields "A: ceased 2020", each an ended body, before the one naming who has their
    work; or a line "A: closed 2017; its staff to C". Fields are lines, cells apart by bars, or
    sentences each opening with a label.

    >>> roster = {"Old Care": "old", "New Care": "new", "Other Care": "other"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in ended_record("Organisation: Old Care\nStatus: dissolved due to debt, 2013\nSuccessor body: New Care", orgs_in)]
    [('old', 'new')]
    >>> [(r.source, r.target) for r in ended_record("- Old Care: closed June 2017; all services and staff to New Care", orgs_in)]
    [('old', 'new')]
    >>> ended_record("Organisation: Old Care\nStatus: to be dissolved in 2020\nSuccessor body: New Care", orgs_in)
    []
    >>> [(r.source, r.target) for r in ended_record("Old Care. Status: struck off (2017). Work absorbed by: New Care.", orgs_in)]
    [('old', 'new')]
    >>> sorted((r.source, r.target) for r in ended_record("Old Care: ceased 2020. Other Care: ceased 2020. Functions now with: New Care.", orgs_in))
    [('old', 'new'), ('other', 'new')]
    >>> ended_record("Old Care. Status: open. Work now done by: New Care.", orgs_in)
    []
    >>> [(r.source, r.target) for r in ended_record("Organisation: Old Care\nFormer name: Other Care\nCurrent status: "
    ...                                             "dissolved 2017\nServices now provided by: New Care", orgs_in)]
    [('old', 'new')]
    >>> ended_record("Organisation: Old Care\nStatus: not dissolved; still trading\nWork absorbed by: New Care", orgs_in)
    []
    >>> [(r.source, r.target) for r in ended_record("Previous provider: Old Care (ceased). Current provider: New Care.", orgs_in)]
    [('old', 'new')]
    >>> ended_record("Previous provider: Old Care. Current provider: New Care.", orgs_in)
    []
    >>> [(r.source, r.target) for r in ended_record("Provider: Old Care (ceased 2019). Current commissioner: Other Care. "
    ...                                             "New provider: New Care.", orgs_in)]
    [('old', 'new')]
    >>> ended_record("Provider: Old Care (two of its hubs closed). Current provider: New Care.", orgs_in)
    []
    """
    if not _RECORD_ENDED.search(paragraph) or not (_RECORD_NEW.search(paragraph) or re.search(r";[^;]*\bto\b", paragraph)):
        return []  # (asked of every context paragraph: the reader of names, which adds the names it finds, only for a record)
    fields = [f.strip().rstrip(".") for f in _RECORD_FIELDS.split(paragraph) if f.strip()]
    found = []
    for entry in _record_entries(fields, orgs_in):
        lines = [m for m in map(_RECORD_LINE.match, entry) if m]
        olds, ceased = [], []  # the entry's body; bodies its fields say ceased ("A: ceased 2020")
        for m in lines:
            named, after = orgs_in(m["label"]), m["value"]
            goal = re.search(r";\s*(?:all\s+|its\s+|the\s+)?[^;]{0,60}?\bto\s+(?P<to>.+)$", after)
            said_ended = _RECORD_ENDED.match(after) and not _RECORD_NOT_YET.search(after)
            if named and said_ended and goal and orgs_in(goal["to"]):  # "A: closed June 2017; all services and staff to C"
                found.append((named[0][2], orgs_in(goal["to"])[0][2], m.group(0).strip()))
            elif named and said_ended and _whole_name(m["label"], named):  # "A: ceased 31 March 2020"
                ceased.append(named[0][2])
        olds += [orgs_in(m["value"])[0][2] for m in lines if _RECORD_OF.fullmatch(m["label"].strip()) and orgs_in(m["value"])
                 and not re.search(r"\b(?:former|previous|old)\s+name", m["label"], re.IGNORECASE)][:1]
        body, aside = _record_heading(entry[0], orgs_in)
        olds += [body] if body else []  # the record's heading: "Old Care." or "Old Care (dissolved 2017)."
        ended = any(_status_ended(m) for m in lines) or bool(body) and bool(_RECORD_ENDED.search(aside)) or any(
            _RECORD_OF.fullmatch(m["label"].strip()) and _ENDED_ASIDE.search(m["value"]) for m in lines)  # "Previous provider: A (ceased)"
        roles = set().union(*(_roles_named(m["label"]) for m in lines if _RECORD_OF.fullmatch(m["label"].strip())))
        new = next((orgs_in(m["value"])[0][2] for m in lines if _RECORD_NEW.search(m["label"]) and not orgs_in(m["label"])
                    and orgs_in(m["value"]) and not _RECORD_NOT_YET.search(m.group(0))
                    and _same_role(m["label"], roles)), "")
        if new:
            found += [(old, new, "; ".join(entry)) for old in dict.fromkeys(ceased + (olds if ended else []))]
    return [Relation(Rel.SUCCEEDED_BY.value, a, c, said) for a, c, said in dict.fromkeys(found)
            if a != c and (not kinds or can_succeed(kinds(a), kinds(c)))]


#: A body's ending in brackets after its name, the whole bracket: "A (ceased)", "A (abolished 2018)".
_ENDED_ASIDE = re.compile(r"\(\s*(?:ceased(?:\s+trading)?|closed|abolished|dissolved|wound\s+up|liquidated|deregistered|struck\s+off|"
                          r"no\s+longer\s+exists)(?:,?\s+(?:in\s+|on\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s*\)",
                          re.IGNORECASE)


def _roles_named(label: str) -> set[str]:
    """The roles a record's label names: "Previous provider" -> {"provider"}."""
    return {r.lower() for r in re.findall(r"provider|commissioner", label, re.IGNORECASE)}


def _same_role(label: str, roles: set[str]) -> bool:
    """Whether a label naming who has an ended body's work now ("Current provider") names the
    role the ended body's label gave it ("Previous provider"), where the label names one."""
    said = _roles_named(label)
    return not said or not roles or bool(said & roles)


def _record_entries(fields: list[str], orgs_in) -> list[list[str]]:
    """A record's fields parted into one entry per body: an entry begins at a field that is a
    body's name alone ("Old Care" or "Old Care (dissolved 2017)") or labels it ("Organisation: A")."""
    entries: list[list[str]] = []
    for item in fields:
        line = _RECORD_LINE.match(item)
        opens = _record_heading(item, orgs_in)[0] or (line and _RECORD_OF.fullmatch(line["label"].strip())
                                                      and not re.search(r"\bname", line["label"], re.IGNORECASE))
        if opens or not entries:
            entries.append([item])
        else:
            entries[-1].append(item)
    return entries


def _record_heading(item: str, orgs_in) -> tuple[str, str]:
    """(the body, the aside after it) where a record's field is a body's name alone, a short
    heading, with an aside in brackets or not ("Old Care (dissolved 2017)"); else ("", "")."""
    if _RECORD_LINE.match(item) or len(item.split()) > 12:
        return "", ""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", item)
    named = orgs_in(name)
    return (named[0][2], item[len(name):]) if _whole_name(name, named) else ("", "")


def _status_ended(m: re.Match) -> bool:
    """Whether a record's field says its body ended: "Status: dissolved", "Registration: licence
    surrendered, 2018", "Ended: taken off the register"; not "Status: open; list closed", not planned."""
    label, value = m["label"].strip(), m["value"]
    if not _RECORD_STATUS.search(label) or _RECORD_OTHER_THING.search(label) or _RECORD_NOT_YET.search(value):
        return False
    return bool(_RECORD_ENDED.search(label) or re.match(rf"(?:(?:licen[cs]e|registration|formally|finally|voluntarily)\s+)?"
                                                        rf"{_RECORD_ENDED.pattern}", value, re.IGNORECASE))


#: A label about something other than the body itself: "Contract ended", "Clinic closed".
_RECORD_OTHER_THING = re.compile(r"\b(?:contracts?|services?|lists?|referrals?|clinics?|sites?|wards?|beds?|teams?)\b", re.IGNORECASE)


def _whole_name(text: str, named: list) -> bool:
    """Whether ``text`` is a body's name and nothing more (its first span, from start to end)."""
    return bool(named) and not text[:named[0][0]].strip(" -•*") and not text[named[0][1]:].strip(" .,")


_SUCCESSION_COLUMNS = re.compile("|".join(c.pattern for c in SUCCESSION_COLUMNS), re.IGNORECASE)
#: What may stand between an old body and its new one in a row, and between rows: cell breaks,
#: a date ("October 2017", "1 April 2019"), a dash.
_ROW_GAP = re.compile(rf"[\s|\t,;–-]*(?:(?:\d{{1,2}}\s+)?{layout.MONTHS}?\s*(?:19|20)\d\d[\s|\t,;–-]*)?(?:[Tt]he\s+)?")


def succession_table(text: str, orgs_in, kinds=None) -> list[Relation]:
    r"""SUCCEEDED_BY from each row of a table of successions (rules.lexicon SUCCESSION_COLUMNS):
    after a heading of old bodies then new ones, bodies named in pairs, side by side, each pair
    apart from the next only by cell breaks and a date.

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in succession_table("Former body Current body Old Care New Care 2018", orgs_in)]
    [('old', 'new')]
    """
    heading = _SUCCESSION_COLUMNS.search(text)
    if not heading:
        return []
    years = re.findall(r"\b(?:19|20)\d\d\b", heading.group(0))
    later_first = len(years) == 2 and years[0] > years[1]  # "Body in 2019 | Body in 2015"
    out, pos = [], heading.end()
    bodies = [o for o in orgs_in(text) if o[0] >= pos]
    while len(bodies) >= 2:
        old, new = bodies[0], bodies[1]
        first = not out and re.fullmatch(r"[\s|\t]*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}[\s|\t]+){0,3}", text[pos:old[0]])  # more headings: "From", "Date of transfer"
        if not (first or _ROW_GAP.fullmatch(text[pos:old[0]])) or not _ROW_GAP.fullmatch(text[old[1]:new[0]]):
            break
        if "\n" in text[old[1]:new[0]]:  # a row with one body, the other cell empty: the next row begins
            pos, bodies = old[1], bodies[1:]
            continue
        end = new[1]
        if later_first:
            old, new = new, old
        if old[2] != new[2] and (not kinds or can_succeed(kinds(old[2]), kinds(new[2]))):
            out.append(Relation(Rel.SUCCEEDED_BY.value, old[2], new[2], text[heading.start():end]))
        pos, bodies = end, bodies[2:]
    return out


#: A table's heading cell that is a time: a date or year ("February 2016", "2019"), or then / now
#: ("at our last review", "today").
_TIME_HEADING = re.compile(r"^\s*(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|then|now|today|before|after|(?:at|in|by)\s+(?:the\s+time\s+of\s+)?"
                           r"(?:our|the)\s+(?:(?:last|previous|earlier|first|(?:19|20)\d\d)\s+)?(?:review|visit|inspection)"
                           r"(?:\s+(?:in\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?)\s*$", re.IGNORECASE)


_ANSWERED = re.compile(alternation(RECOMMENDATIONS_ANSWERED), re.IGNORECASE)


def recommendations_answered(text: str, orgs_in, kinds=None) -> list[Relation]:
    """SUCCEEDED_BY from a body to the one said to answer now for the recommendations an earlier
    review addressed to it (rules.lexicon RECOMMENDATIONS_ANSWERED): the body the words are said of
    (named right before them, "C, which answers for ..."), the body named right after "to" (not
    "made to it"); not in a question, a plan, a denial or a request, nor where the earlier body goes on.

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in recommendations_answered(
    ...     "New Care, which answers for recommendation 1.2 of our 2015 report as it was addressed to Old Care, should:", orgs_in)]
    [('old', 'new')]
    >>> recommendations_answered("New Care will be accountable for the recommendations made to Old Care.", orgs_in)
    []
    >>> recommendations_answered("New Care answers for the recommendations made to it in 2015. We met Old Care.", orgs_in)
    []
    >>> recommendations_answered("We asked whether New Care is accountable for the recommendations made to Old Care.", orgs_in)
    []
    """
    out = []
    if not _ANSWERED.search(text):
        return out  # (a reader of names may add the new ones it finds to the roster: asked only here)
    bodies = orgs_in(text)
    for m in _ANSWERED.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        before = [o for o in bodies if start <= o[0] and o[1] <= m.start()]
        after = [o for o in bodies if o[0] >= m.end()]
        if not before or not after or _NOT_ANSWERING.search(text, start, m.start()) or _goes_on(text):
            continue
        if not _SAID_OF.fullmatch(text, before[-1][1], m.start()) or not _TO_WHOM.fullmatch(text, m.end(), after[0][0]):
            continue  # "C answers for the recommendations made to it. We met A": not A's
        old, new = after[0][2], before[-1][2]
        if old != new and (not kinds or can_succeed(kinds(old), kinds(new))):
            out.append(Relation(Rel.SUCCEEDED_BY.value, old, new, text))
    return out


#: Words that make "C answers for ..." a question, a plan, a denial or a request.
_NOT_ANSWERING = re.compile(r"(?i:\b(?:if|whether|ask|asked|ensure|confirm|agree|clarify)\b)|" + _PLAN_WORDS.pattern)
#: What may stand between the body and the words said of it: "C, which now answers for".
_SAID_OF = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:which|that|who)\s+)?(?:now\s+)?", re.IGNORECASE)
#: What may stand between "addressed to" and the earlier body: "to the former", "to its predecessor,".
_TO_WHOM = re.compile(r"\s*(?:the\s+(?:former\s+)?|its\s+(?:predecessor|former\s+[\w-]+)\s*,?\s*)?", re.IGNORECASE)


def ccg_columns_succession(text: str, orgs_in, kinds, ended: frozenset = frozenset()) -> list[Relation]:
    r"""SUCCEEDED_BY from a table whose last two columns are two times ("Role | February 2016 | May
    2019", "Service | At the 2015 review | Now"): a row naming one CCG in the earlier column and
    another in the later says the area's CCG changed, CCGs merged or were replaced; a provider
    changing between the columns is a contract moving, no succession, unless the review says the
    earlier one ended (``ended``: "A shut for good in 2016."); a body naming itself in both is no change.

    >>> roster = {"NHS Old CCG": "old", "NHS New CCG": "new", "Acme Council": "c"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> kinds = {"old": "ccg", "new": "ccg", "c": "local-authority"}.get
    >>> table = "Role\tFebruary 2016\tMay 2019\nCCG\tNHS Old CCG\tNHS New CCG, since 2018\nCouncil\tAcme Council\tAcme Council"
    >>> [(r.source, r.target) for r in ccg_columns_succession(table, orgs_in, kinds)]
    [('old', 'new')]
    """
    rows = [line.split("\t") for line in text.split("\n") if "\t" in line]  # after any line introducing it
    if len(rows) < 2 or len(rows[0]) < 3 or not all(_TIME_HEADING.match(c) for c in rows[0][-2:]):
        return []
    out = []
    for row in rows[1:]:
        if len(row) != len(rows[0]):
            continue
        cells = [{key for *_, key in orgs_in(cell)} for cell in row[-2:]]
        ccgs = [{key for key in cell if kinds(key) == "ccg"} for cell in cells]
        for then, now in (ccgs, cells):
            if len(then) == 1 and len(now) == 1 and then != now and (then <= ended or kinds(min(then)) == "ccg") \
                    and can_succeed(kinds(min(then)), kinds(min(now))):
                out.append(Relation(Rel.SUCCEEDED_BY.value, min(then), min(now), "\t".join(rows[0]) + "\n" + "\t".join(row)))
                break
    return out


_MERGED = [re.compile(c.pattern, re.IGNORECASE) for c in MERGED]
_NEW_BODY = [(re.compile(c.pattern, re.IGNORECASE), c.says) for c in NEW_BODY]


_OLD_NAME = [re.compile(c.pattern, re.IGNORECASE) for c in OLD_NAME]
_NOW_NAMED = [re.compile(c.pattern, re.IGNORECASE) for c in NOW_NAMED]
#: The subject of a sentence that stands for the body the sentence before named.
_SAME_SUBJECT = re.compile(r"^(?:The\s+same\s+\w+|It|This\s+\w+|That\s+\w+)\b")


def renamed_across(previous: str, sentence: str, orgs_in, kinds=None) -> list[Relation]:
    """SUCCEEDED_BY from a body's old name to its name now, said over two sentences (rules.lexicon
    OLD_NAME, NOW_NAMED): "Readers of our 2015 report will know the trust as A. The same trust
    appears in this report as C."

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in renamed_across(
    ...     "Readers will know the trust as Old Care.", "The same trust, now larger, appears here as New Care.", orgs_in)]
    [('old', 'new')]
    """
    if not previous or not _SAME_SUBJECT.match(sentence):
        return []
    old = next((o for p in _OLD_NAME for m in p.finditer(previous) for o in orgs_in(previous) if o[0] == m.end()), None)
    new = next((o for p in _NOW_NAMED for m in p.finditer(sentence) for o in orgs_in(sentence)
                if re.fullmatch(r"\s*(?:the\s+)?", sentence[m.end():o[0]])), None)
    if not old or not new or old[2] == new[2] or (kinds and not can_succeed(kinds(old[2]), kinds(new[2]))):
        return []
    return [Relation(Rel.SUCCEEDED_BY.value, old[2], new[2], f"{previous} {sentence}")]


def merged_then_named(previous: str, sentence: str, orgs_in, kinds=None) -> list[Relation]:
    """SUCCEEDED_BY from bodies said to merge, with no new body named in the words, to the new
    body named after, later in the sentence or in the next one (rules.lexicon MERGED,
    NEW_BODY): "A and B merged in 2018. The new trust is called C."; "A merged with B, and
    the new organisation is called C"; "... C, the new trust, ...".

    >>> roster = {"Old Care": "old", "Other Care": "other", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in merged_then_named(
    ...     "Old Care and Other Care merged in 2018.", "The new organisation is called New Care.", orgs_in)]
    [('old', 'new'), ('other', 'new')]
    """
    for text, here in ((sentence, True), (previous, False)):
        olds, end = _merged_bodies(text, orgs_in) if text else ([], 0)
        if not olds:
            continue
        new = _new_body(sentence[end:] if here else sentence, orgs_in)
        evidence = sentence if here else f"{previous} {sentence}"
        return [Relation(Rel.SUCCEEDED_BY.value, old, new, evidence) for old in olds
                if new and old != new and (not kinds or can_succeed(kinds(old), kinds(new)))]
    return []


def _merged_bodies(text: str, orgs_in) -> tuple[list[str], int]:
    """(the bodies ``text`` says merged, where the words end): the list before the words, and a
    body straight after "with"; ([], 0) where they are fewer than two, planned or denied."""
    orgs = orgs_in(text)
    for pattern in _MERGED:
        for m in pattern.finditer(text):
            if _NOT_SO.search(text[:m.start()]):
                continue
            before = [o for o in orgs if o[1] <= m.start()]
            listed = before[-1:]
            for o in reversed(before[:-1]):  # the list that ends just before the words: "A, B and C merged"
                if not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", text[o[1]:listed[0][0]]):
                    break
                listed.insert(0, o)
            if listed and len(text[listed[-1][1]:m.start()].split()) > 4:
                continue  # the bodies are no subject of the words
            with_ = [o for o in orgs if m.group(0).lower().endswith("with") and o[0] >= m.end()
                     and not text[m.end():o[0]].strip()][:1]
            keys = list(dict.fromkeys(o[2] for o in [*listed, *with_]))
            unnamed = m.group(0).lower().endswith("with") and _UNNAMED_PARTNER.match(text, m.end())
            if len(keys) > 1 or (len(keys) == 1 and listed and unnamed):  # "A joined with a neighbouring practice"
                return keys, m.end()
    return [], 0


#: A partner in a merger not named: "with a neighbouring practice", "with another small trust".
_UNNAMED_PARTNER = re.compile(r"\s+(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}?(?:practice|surgery|trust|charity|"
                              r"organisation|provider|partnership|company|group)\b", re.IGNORECASE)


def _new_body(text: str, orgs_in) -> str:
    """The body ``text`` names as a merger's new one ("the new trust is called C"), or ""."""
    orgs = orgs_in(text)
    for pattern, side in _NEW_BODY:
        for m in pattern.finditer(text):
            named = [o for o in orgs if o[0] == m.end() or (o[0] > m.end() and not text[m.end():o[0]].strip())] \
                if side == "after" else [o for o in orgs if o[1] == m.start()]
            if named:
                return named[0][2]
    return ""


def _contract_ender(text: str, orgs_in) -> tuple[str, int]:
    """(the body whose contract ``text`` says ended, where the words end), or ("", 0)."""
    orgs = orgs_in(text)
    for pattern, side in _CONTRACT_ENDED:
        for m in pattern.finditer(text):
            if side == "owner":
                named = [o for o in orgs if o[0] < m.start() and not text[o[1]:m.start()].strip()]
            else:  # "A did not retain", "The incumbent, A, lost", "A, whose workers we met, no longer has"
                named = [o for o in orgs if o[1] <= m.start() and re.fullmatch(
                    r"[\s,]*(?:\([^)]{1,30}\))?(?:,\s+(?:whose|who|which)\b[^,;]{1,80},)?\s*", text[o[1]:m.start()])]
            if named:
                return named[-1][2], m.end()
    return "", 0


def _contract_taker(text: str, orgs_in) -> str:
    """The body ``text`` says took a contract on (not a plan or a denial), or ""."""
    orgs = orgs_in(text)
    for pattern, side in _CONTRACT_TAKEN:
        for m in pattern.finditer(text):
            if _NOT_SO.search(text[:m.start()]):
                continue  # "C will take over the service"
            if side == "after":
                named = [o for o in orgs if o[0] >= m.end() and len(text[m.end():o[0]].split()) <= 1]
            else:
                named = [o for o in orgs if o[1] <= m.start()
                         and len(re.sub(r"\([^)]*\)", "", text[o[1]:m.start()]).split()) <= 1][-1:]
            if named:
                return named[0][2]
    return ""


#: The sides whose successor is the subject before the words ("C acquired A") and those whose
#: predecessor is ("A was acquired by C").
_SUCCESSOR_FIRST = ("before", "before-next", "before-owner")
_PREDECESSOR_FIRST = ("after", "after-subject", "after-next", "after-owner")


#: A noun of a body's ending, of a name: "on the dissolution of A", "after A's closure" (not "the clinic's closure").
_ENDING_NOUN = re.compile(r"\b(?:dissolution|abolition|closure|demise|winding[\s-]up|liquidation|collapse)\s+of\s+(?:the\s+)?(?-i:[A-Z])"
                          r"|(?-i:[A-Z])[\w&-]*['’]s?\s+(?:dissolution|abolition|closure|demise|winding[\s-]up|liquidation|collapse)\b",
                          re.IGNORECASE)
#: A body named as where something went: "moved to B", "joined B" (not "absorbed into B": B may be what ended next).
_DESTINATION = re.compile(r"\b(?:(?:moved|transferred|passed|went|go(?:es)?)\s+(?:across\s+|over\s+)?(?:on)?to|joined)\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _succession_pair(sentence: str, orgs: list, m: re.Match, side: str, antecedent: str) -> tuple[list, list]:
    """(predecessors, successors) as (start, end, key) spans, for one match of a succession cue
    read by ``side`` (rules.cues.SUCCESSION, rules.lexicon.SUCCESSION_FORMS); ([], []) where the
    sentence's roles do not give a pair."""
    if side in ("of-then", "apposed-successor", "apposed-predecessor"):
        return _named_around(sentence, orgs, m, side)
    if side == "contract-for-contract":
        return _contract_for_contract(sentence, orgs, m)
    if side == "arrow":  # "A, B → C": two or more bodies merged into the one after the arrow
        item = max((b.end() for b in _ITEM_START.finditer(sentence, 0, m.start())), default=0)  # this line's or item's
        olds = named_once(sentence, [o for o in orgs if item <= o[0] and o[1] <= m.start()])
        news = [o for o in orgs if o[0] >= m.end()][:1]
        ending = _BODY_ENDED.search(sentence, olds[0][1], m.start()) if len(olds) == 1 else None
        ended = ending and re.fullmatch(r"\s*[(,]?\s*", sentence[olds[0][1]:ending.start()])  # "A (closed 2016) -> C"
        return (olds, news) if (len({o[2] for o in olds}) >= 2 or ended) and news else ([], [])
    if side == "head-next":  # "A (AB): ..., and with it the present title, C": a list item's head body
        head = [o for o in orgs if o[1] <= m.start() and re.search(r"(?:^|[:.]\s*[\-–•*]|^\s*[\-–•*])\s*$", sentence[:o[0]])
                and re.match(r"\s*(?:\([^)]{1,40}\))?\s*:", sentence[o[1]:])][-1:]
        news = [o for o in orgs if o[0] >= m.end() and not sentence[m.end():o[0]].strip()][:1]
        return (head, news) if head and news else ([], [])
    if side == "aside":  # "A, now C, runs it": the old name straight before the aside
        if not any(re.fullmatch(r"(?:\s*\([^)]{1,12}\))?", sentence[o[1]:m.start()]) for o in orgs if o[1] <= m.start()):
            return [], []
        side = "after-next"
    before, after = _around(sentence, orgs, m, side, antecedent)
    if _no_pair(sentence, m, side, before, after) or side == "after" and m.group(0).endswith("joined") and not (
            _BODY_ENDED.search(sentence) or _ENDING_NOUN.search(sentence)):
        return [], []  # (a team joining another body is a succession only where its own body ended)
    named = next((o for o in before if o[2] == before[-1][2] and re.fullmatch(r"\s*\(", sentence[o[1]:before[-1][0]])),
                 before[-1]) if before else None  # "B (BT)": where B is named in full
    if side == "after" and named and _DESTINATION.search(sentence, 0, named[0]):
        # "On A's dissolution its X moved to B, while its Y moved to C": A's, not B's, the body X went to
        before = [o for o in orgs if o[1] <= named[0] and not _DESTINATION.search(sentence, 0, o[0])][-1:]
        if not before:
            return [], []
    if side == "dissolved" and before and not _SUBJECT_GAP_ENDED.fullmatch(sentence, before[-1][1], m.start()):
        return [], []  # "The A contract was wound down; its work ...": what ended is A's, not A
    if side == "nominal":
        return _nominal_pair(sentence, orgs, m)
    if side == "formed":  # "C came into being when A and B merged"
        after = _first_list([o for o in orgs if o[0] >= m.end()], sentence, m.end())
    if side == "dissolved":  # "A and B were dissolved and C took on their work" (not "... its share of the council's grant")
        after = [o for o in orgs if o[0] >= m.end() and not _possessive(sentence, o)][:1]
    if side in ("from-to", "by-from"):
        return _moved_pair(sentence, orgs, m, side)
    if not before or not after:
        return [], []
    if side == "formed":
        return after, before[-1:]
    if side in (*_PREDECESSOR_FIRST, "dissolved"):  # "A (and B) merged to form C", "A became C"
        return (before if _is_list(sentence, before) or side == "dissolved" else before[-1:]), after[:1]
    listed = _first_list([o for o in orgs if o[0] >= after[0][0]], sentence, after[0][0])
    if len(listed) > 1 and _is_list(sentence, listed):  # "C replaced A and B" (succ9)
        return listed, before[-1:]
    return after[:1], before[-1:]  # "C replaced A", "C (formerly A)"


def _contract_for_contract(sentence: str, orgs: list, m: re.Match) -> tuple[list, list]:
    """"A's agreement with C took the place of its contract with B when B was wound up": the body
    the new contract is with succeeded the one the old was with, a party to both left aside; only
    where the sentence says a body ended (a contract moved between bodies that go on is no succession).

    >>> s = "The council's agreement with New Co took the place of its contract with Old Co, which closed."
    >>> orgs = [(4, 11, "council"), (29, 35, "new"), (72, 78, "old")]
    >>> _contract_for_contract(s, orgs, re.search("took the place of ", s))
    ([(72, 78, 'old')], [(29, 35, 'new')])
    """
    if not _BODY_ENDED.search(sentence, m.end()):
        return [], []
    end = re.compile(r"[;.]|,\s+(?:which|when|but|and)\b|\s+(?:when|after|because|as)\s").search(sentence, m.end())
    news = [o for o in orgs if o[1] <= m.start()]
    olds = [o for o in orgs if m.end() <= o[0] < (end.start() if end else len(sentence))]
    both = {o[2] for o in news} & {o[2] for o in olds}
    news, olds = [o for o in news if o[2] not in both], [o for o in olds if o[2] not in both]
    withs = list(re.finditer(r"\bwith\b", sentence[:m.start()]))
    if len({o[2] for o in news}) > 1 and withs:  # "A's agreement with C ...": the body the contract is with
        news = [o for o in news if o[0] >= withs[-1].end()]
    if len({o[2] for o in news}) != 1 or len({o[2] for o in olds}) != 1:
        return [], []
    return olds[:1], news[-1:]


#: Between a body and the words of its ending, where it is their subject: nothing, an apposition or
#: a bracket ("A, the charity that ran X, was wound up", "A (AB) closed"), "itself", "then".
_SUBJECT_GAP_ENDED = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,[^,.;]{0,150},\s*|,\s*)?(?:(?:which|who|that)\s+)?(?:\(\s*)?"
                                r"(?:(?:itself|themselves|then|also|too|both|all)\s+)?")
#: Where an item of a list begins: a line or a bullet.
_ITEM_START = re.compile(r"\n\s*|(?:^|(?<=[^\d\s])\s)[-•*]\s+(?!\d)")  # not a span of years, "(2012 - 2017)"


def _around(sentence: str, orgs: list, m: re.Match, side: str, antecedent: str) -> tuple[list, list]:
    """The bodies before a cue (with the body "it" stands for) and those the cue names after it."""
    before = [o for o in orgs if o[1] <= m.start() or (o[0] < m.start() < o[1] and _possessive(sentence, o))]
    pronoun = _PRONOUN.search(sentence, 0, m.end()) if antecedent else None
    if pronoun and pronoun.start() < m.start() and all(o[2] != antecedent for o in before):
        before = sorted([*before, (pronoun.start(), pronoun.start() + 3, antecedent)])
    gap = {"after-next": 0, "before-next": 0, "before-owner": 1, "after-owner": 0}.get(side, 3)
    described = _DESCRIBED_BODY.match(sentence, m.end())  # "merged into a single statutory body, C"
    start = described.end() if described and gap else m.end()
    return before, [o for o in orgs if o[0] >= start and len(sentence[start:o[0]].split()) <= gap]


#: The kind of body a new one is, said before its name: "into a single statutory body, C",
#: "to form one new trust called C".
_DESCRIBED_BODY = re.compile(r"\s*(?:an?|one|the)\s+(?:[a-z-]+\s+){0,3}?(?:body|organisation|trust|CCG|group|council|"
                             r"provider|charity|company|partnership)(?:\s*,|\s+(?:called|named|known\s+as))")


def _no_pair(sentence: str, m: re.Match, side: str, before: list, after: list) -> bool:
    """Whether the sentence's roles around a cue say no body took another's place."""
    cue, ahead = m.group(0), sentence[:m.start()]
    if after and (_possessive(sentence, after[0]) and side not in ("before-owner", "after-owner")  # "took over the council's contract"
                  or _WORKS_WITH.search(sentence[m.end():after[0][0]])  # "became a subcontractor of C"
                  or _FOR_A_PURPOSE.match(sentence[after[0][1]:])  # "joined C in a bid"
                  or (re.search(r"join|part\s+of", sentence[m.start():after[0][0]], re.IGNORECASE)  # "part of the ICS"
                      and _GROUPING.search(sentence[after[0][0]:after[0][1]]))
                  or (side in (*_SUCCESSOR_FIRST, *_PREDECESSOR_FIRST) and (
                      _SAID_OTHERWISE.search(sentence[m.end():after[0][0]])  # "is now commissioned by C"
                      or _ATTRIBUTIVE.match(sentence, after[0][1])))):  # "moved to C premises"
        return True
    if side in _SUCCESSOR_FIRST and ((_PASSIVE_BEFORE.search(ahead) and not re.search(r"\bby\s*$", cue)
                                      and not (_CREATED.match(cue) and after  # "C was set up to replace A": C the one made
                                               and re.fullmatch(r"\s*(?:the\s+)?", sentence[m.end():after[0][0]])))
                                     or _PROPERTY.search(cue)):  # "... that were previously run by A": an agent
        return True  # "A has since been absorbed into C"; "C acquired a building from A"
    if not before or side == "nominal":
        return False
    far = len(sentence[before[-1][1]:m.start()].split()) > 6
    if far and side in _SUCCESSOR_FIRST:  # "C ... took over from A": C must be the body the sentence is about
        return not (_OPENING.fullmatch(sentence[:before[0][0]]) and len({o[2] for o in before}) == 1)
    if side in ("after-subject", "after-next") and (far or _GOVERNED.search(sentence[:before[-1][0]])):
        return True  # "the named nurse for A joined C": A is no subject of the verb
    return side in _PREDECESSOR_FIRST and _possessive(sentence, before[-1]) and not (
        _WHOLE_WORK.match(sentence, before[-1][1] - 2) or _WHOLE_WORK.match(sentence, before[-1][1])
        or re.match(r"['’]s", cue))  # "A's clinic was taken over by C": what was taken is not A


def _named_around(sentence: str, orgs: list, m: re.Match, side: str) -> tuple[list, list]:
    """(predecessors, successors) where a noun names one side: ``of-then`` the bodies straight
    after "the abolition of", "the staff and contracts of" and the next body named after them
    ("Following the abolition of A, C assumed its functions"); ``apposed-successor`` /
    ``apposed-predecessor`` a body and, between commas after it, the other's noun ("C, A's
    successor, runs it"; "A, C's predecessor, ran it").

    >>> s = "Following the abolition of Old CCG, New CCG assumed its functions."
    >>> orgs = [(27, 34, "old"), (36, 43, "new")]
    >>> _named_around(s, orgs, re.search("abolition of", s), "of-then")
    ([(27, 34, 'old')], [(36, 43, 'new')])
    """
    if side == "of-then":
        olds = _first_list([o for o in orgs if o[0] >= m.end()], sentence, m.end())
        while len(olds) > 1 and not re.search(r"\band\b|&", sentence[olds[-2][1]:olds[-1][0]]):
            olds.pop()  # "the abolition of A, C took on ...": a comma alone ends the list
        if not olds or sentence[m.end():olds[0][0]].strip().lower() not in ("", "the") or _possessive(sentence, olds[-1]):
            return [], []  # "the abolition of the council's youth service": a body's thing, not the body
        keys = {o[2] for o in olds}
        news = [o for o in orgs if o[0] >= olds[-1][1] and o[2] not in keys][:1]
        return (olds, news) if news and not _possessive(sentence, news[0]) else ([], [])
    owner = [o for o in orgs if o[0] < m.start() and not sentence[o[1]:m.start()].strip()]
    named = [o for o in orgs if owner and o[1] <= owner[-1][0] and re.fullmatch(r"\s*,\s*", sentence[o[1]:owner[-1][0]])]
    if not owner or not named:
        return [], []
    return (owner[-1:], named[-1:]) if side == "apposed-successor" else (named[-1:], owner[-1:])


def _moved_pair(sentence: str, orgs: list, m: re.Match, side: str) -> tuple[list, list]:
    """"the contract moved from A to C" (``from-to``), "taken over by C from A" (``by-from``)."""
    if side == "from-to":
        to = re.search(r"\bto\b", sentence[m.end():])
        olds = [o for o in orgs if o[0] >= m.end() and len(sentence[m.end():o[0]].split()) <= 2][:1]
        news = [o for o in orgs if to and o[0] >= m.end() + to.end()
                and len(sentence[m.end() + to.end():o[0]].split()) <= 2][:1]
    else:
        start = sentence.index(" from ", m.end()) + 6 if " from " in sentence[m.end():] else len(sentence)
        news = [o for o in orgs if m.end() <= o[0] < start][:1]
        olds = [o for o in orgs if o[0] >= start and len(sentence[start:o[0]].split()) <= 3][:1]
    if olds and news and (_possessive(sentence, olds[0]) or _possessive(sentence, news[0])):
        return [], []  # "from A's clinic to C's hub": bodies' things moving, not the bodies
    return (olds, news) if olds and news else ([], [])


#: After the bodies a noun of taking over names, the words before the successor: "the merger of A
#: and B into C", "the acquisition of A by C", "the merger of A and B, which created C".
_NOMINAL_TO = re.compile(r"[\s,]*(?:(?:in|on)\s+(?:\w+\s+)?(?:\d{1,2}\s+)?(?:\w+\s+)?(?:19|20)\d\d,?\s+)?(?:by|into|to\s+form|"
                         r"to\s+create|to\s+become|as|forming|creating|(?:which|that)\s+(?:created|formed))\s+(?:the\s+)?$")


def _nominal_pair(sentence: str, orgs: list, m: re.Match) -> tuple[list, list]:
    """(predecessors, successors) after a noun of taking over: "the acquisition of A by C", "the
    merger of A and B into C", "C's takeover of A" (the possessor is the successor)."""
    olds = _first_list([o for o in orgs if o[0] >= m.end()], sentence, m.end())
    if not olds or len(sentence[m.end():olds[0][0]].split()) > 1 or _possessive(sentence, olds[-1]):
        return [], []  # "the transfer of the council's budget": whose thing moved
    news = [o for o in orgs if o[0] >= olds[-1][1] and _NOMINAL_TO.fullmatch(sentence[olds[-1][1]:o[0]])][:1]
    if not news:  # "C's takeover of A"
        news = [o for o in orgs if o[1] <= m.start() and _possessive(sentence, o)
                and re.fullmatch(r"(?:['’]s)?\s+", sentence[o[1]:m.start()])]
    return (olds, news) if news else ([], [])


#: The opening of a context sentence before the body it is about: a date, "The", "In April 2016,".
_SUBJECT_OPENING = re.compile(r"(?:(?:In|Since|From|By|On|After|At present|Today|Now),?\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
                              r"(?:(?:19|20)\d\d)?,?\s+)?(?:[Tt]he\s+)?")
#: What stops a subject's reading: talk of the past or future, of what the review did, a question.
_NOT_NOW = re.compile(r"\b(?:until|before|previously|formerly|used\s+to|will|plans?|intends?|proposes?|told\s+us|we\b|"
                      r"our\b|asked|did\s+not|does\s+not|do\s+not|no\s+longer|never|not\b|"
                      r"represented|attended|attends|consulted|invited|present\s+at)", re.IGNORECASE)


def subject_roles(sentence: str, orgs_in, names=None, kinds=None) -> list[Relation]:
    """Where no word of commissioning or provision is read, a context sentence whose subject is one
    body, followed by a verb and the services it speaks of, says what that body does by its kind:
    a commissioner commissions them, any other body provides them ("GHT is accountable for the ED
    and the maternity unit", "Lockridge recruits and supervises the health visitors", "The CCG is the
    customer for CAMHS"). Only the services after the verb and before any other body.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme Trust|Westford CCG", t)]
    >>> kinds = {"acme trust": "nhs-trust", "westford ccg": "ccg"}.get
    >>> [(r.type, r.source, r.target) for r in subject_roles("Acme Trust looks after CAMHS.", orgs_in, kinds=kinds)]
    [('PROVIDES', 'acme trust', 'camhs')]
    >>> subject_roles("Acme Trust did not bid for CAMHS.", orgs_in, kinds=kinds)
    []
    """
    bodies = orgs_in(sentence)
    if not bodies or _NOT_NOW.search(sentence):
        return []
    start, end, body = bodies[0]
    opening = _SUBJECT_OPENING.match(sentence)
    if start > (opening.end() if opening else 0):
        return []
    rest = sentence[end:]
    rest = re.sub(r"^\s*\([^)]{1,20}\)", "", rest)  # "(GHT)"
    rest = re.sub(r"^,\s+(?:an?|the)\s[^,]{1,60},", "", rest)  # ", a charity,"
    verb = re.match(r"\s+(?:also\s+|now\s+|still\s+)?(?:is|are|has|have|[a-z]+s)\b", rest)
    if not verb:
        return []
    stop = next((s - end for s, _, other in bodies[1:] if other != body and s > end), len(sentence))
    scope = sentence[end:end + stop] if stop < len(sentence) else rest
    spans = service_spans(scope, names)
    if spans and _NOT_YET.search(scope, 0, spans[0][0]):  # "B is bidding to run X", "B hopes to win X"
        return []
    found = _by_kind(body, spans, scope, kinds, sentence)
    if _NOT_PROVIDING.match(rest):  # "B refers children to X", "B works with X": B need not run X
        found = [r for r in found if r.type != Rel.PROVIDES.value]
    return found


#: "B refers ...", "B nurses refer ...", "B works with ...": a verb that says nothing of who runs what it names.
_NOT_PROVIDING = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:also\s+|now\s+|still\s+)?{NOT_PROVIDING_VERB}\b", re.IGNORECASE)
#: "... B's offices": a body's building, which says nothing of who runs what is in it.
_BUILDING_OF = re.compile(rf"\s*['’]s\s+{BUILDING}", re.IGNORECASE)


def service_subject_roles(sentence: str, orgs_in, names=None, kinds=None) -> list[Relation]:
    """Where no word of commissioning or provision is read, a context sentence that opens with the
    services it is about and names one body after them says what that body does by its kind
    ("School nursing and the CASH clinics are charged to the public health grant of A": A is a
    commissioner, so it commissions them; "CAMHS is a B service": B provides it).

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme Trust|Westford CCG", t)]
    >>> kinds = {"acme trust": "nhs-trust", "westford ccg": "ccg"}.get
    >>> [(r.type, r.source, r.target) for r in service_subject_roles(
    ...     "CAMHS is on the books of Westford CCG.", orgs_in, kinds=kinds)]
    [('COMMISSIONS', 'westford ccg', 'camhs')]
    """
    bodies = {b for _, _, b in orgs_in(sentence)}
    if len(bodies) != 1 or _NOT_NOW.search(sentence):
        return []
    body = bodies.pop()
    first = orgs_in(sentence)[0][0]
    opening = _SUBJECT_OPENING.match(sentence)
    spans = [(s, e, k) for s, e, k in service_spans(sentence[:first], names)]
    if not spans or spans[0][0] > (opening.end() if opening else 0) + 2:
        return []
    if not re.search(r"\b(?:is|are|was|were|sits?|falls?|comes?|remains?)\b", sentence[spans[0][1]:first]):
        return []
    if _NOT_YET.search(sentence, spans[0][1], first) or _BUILDING_OF.match(sentence, orgs_in(sentence)[0][1]) and not \
            re.search(r"\b(?:delivered|run|provided|operated|managed|staffed|hosted)\b", sentence[spans[0][1]:first]):
        return []  # "X is due to transfer to B"; "X is at B's offices"
    return _by_kind(body, spans, sentence, kinds, sentence)


#: Words after a service's name that make it part of a body's name ("the primary care trust").
_NAME_WORDS = re.compile(r"\s+(?:trusts?|groups?|boards?|partnerships?)\b", re.IGNORECASE)


def _by_kind(body: str, spans: list, text: str, kinds, sentence: str) -> list[Relation]:
    """What ``body`` does with the services of ``spans`` (positions in ``text``) by its kind: a
    commissioner commissions them, any other body provides them; a service's words that are part
    of a body's name are no service."""
    services = dict.fromkeys(k for _, e, k in spans if not _NAME_WORDS.match(text, e))
    kind = (Rel.COMMISSIONS if _kind(body, kinds) in COMMISSIONER_KINDS else Rel.PROVIDES).value
    return [Relation(kind, body, svc, sentence) for svc in services]


# --- role9: roles by the kind of the body and the field of the words (rules/roles.py) ------------

_FIELD = re.compile(field_pattern(), re.IGNORECASE)
_NOT_PROVISION = re.compile(not_provision_pattern(), re.IGNORECASE)
_NOT_COMMISSIONING = re.compile(not_provision_pattern(commissioner=True), re.IGNORECASE)
#: A subject that a passive verb follows: it is what is done to, not who does ("A was consulted on X").
_PASSIVE_SUBJECT = re.compile(r"\s+(?:\w+ly\s+)?(?:is|are|was|were|been|being)\s+(?:\w+ly\s+|not\s+)?[a-z]+(?:ed|en)\b")
_MOVED_AWAY = re.compile(MOVED_AWAY, re.IGNORECASE)
#: A clause that is denied, in the past perfect, or tells of a concern: no statement of who does what now.
_DENIED = re.compile(r"\b(?:not|never|no|none|nor|neither|no\s+longer|without|unable|cannot)\b|n't\b|\bhad\s+(?:\w+\s+)?(?:\w+ed|run|been)\b"
                     r"|\b(?:told|informed|alerted|notified|escalated|brought|wrote|raised)\b", re.IGNORECASE)
#: Before a clause's subject: a joining word, a fronted phrase and its comma, adverbs, "the".
_CLAUSE_OPENING = re.compile(r"\s*(?:(?:and|but|while|whereas|although|though|so|yet|since|because|where|with)\s+)?"
                             r"(?:[^,;]{1,60},\s*|(?:In|Since|From|By|During|After|Following)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\s+)?"
                             r"(?:(?:also|now|today|currently|locally|meanwhile|however|therefore|"
                             r"instead|still|in\s+turn)\s*,?\s+)*(?:[Tt]he\s+)?")
#: After a subject's name: its abbreviation, an apposition.
_SUBJECT_TAIL = re.compile(r"(?:\s*\([^)]{1,40}\))?(?:,\s+(?:an?|the)\s[^,;]{1,60},)?")
#: A possessive after a subject's name, and (for a provider) its people: "B's school nurses".
_POSSESSIVE = re.compile(r"['’]s?\s")
_ITS_PEOPLE = re.compile(rf"['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{STAFF}\b")
_NOT_OBJECT = re.compile(NOT_OBJECT, re.IGNORECASE)
#: A participle just before "by" and the body: "X is staffed by B", "X, looked after by B,".
_PARTICIPLE_BY_BODY = re.compile(r"\b(?P<part>[a-z]+(?:ed|en)|run|led|kept|held|done|met|taught|brought|built|bought|paid)\s+"
                                 r"(?:\w+ly\s+|also\s+|now\s+|jointly\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)
#: A body's noun of action over a service: "B's operation of X", "the CCG's funding of X".
_ACTION_OF = re.compile(rf"\s*['’]s?\s+(?:[a-z-]+\s+)?(?P<noun>{ACTION_NOUN})\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?",
                        re.IGNORECASE)


def roles_by_kind(sentence: str, orgs_in, names=None, kinds=None, read=()) -> list[Relation]:
    """Who commissions or provides, read from the kind of a clause's subject or agent and the field
    of its words, in the clauses of ``sentence`` that no word of the lexicon speaks in: a
    commissioner-kind subject (or agent) and any word of commissioning commission the clause's
    services; a provider-kind subject provides the services after its verb unless that verb is one
    of non-provision; "X is <participle> by B" and "B's <noun> of X" alike. Nothing from a clause
    denied, planned, modal or past, or that moves a service away. A clause is left to the lexicon
    where what it ``read`` speaks of one of its services (or, with none, where a word of it is there).

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme|Westford CCG", t)]
    >>> kinds = {"acme": "charity", "westford ccg": "ccg"}.get
    >>> [(r.type, r.source, r.target) for r in roles_by_kind("Westford CCG carries the cost of CAMHS.", orgs_in, kinds=kinds)]
    [('COMMISSIONS', 'westford ccg', 'camhs')]
    >>> [(r.type, r.source, r.target) for r in roles_by_kind("Acme answers for CAMHS.", orgs_in, kinds=kinds)]
    [('PROVIDES', 'acme', 'camhs')]
    >>> roles_by_kind("Acme refers children to CAMHS.", orgs_in, kinds=kinds)
    []
    """
    spans = service_spans(sentence, names)
    if not spans:
        return []
    out = [Relation(kind, org, svc, sentence) for kind, org, svc in
           _forward_list(sentence, spans, orgs_in, kinds) + _verbless_rows(sentence, spans, orgs_in, kinds)]
    said: list = []  # the services of the clause before: "B runs X, and A carries the cost"
    done = {(r.source, r.target) for r in read}
    for offset, text in _with_clauses(sentence):
        services = [(s - offset, e - offset, k) for s, e, k in spans if offset <= s and e <= offset + len(text)
                    and not _NAME_WORDS.match(sentence, e)]
        text, services, said = _relative_written_out(sentence, offset, text, services, orgs_in, names, said)
        # what the lexicon read of this clause's own bodies and services is not read again
        own = [o for s, e, o in orgs_in(text) if not _AREA_WORD.fullmatch(text, s, e)]
        spoken = any((o, k) in done for o in own for _, _, k in services) if services \
            else any(o == source for o in own for source, _ in done)
        asked = _ASKS.search(sentence, max(0, offset - 60), offset + len(text))  # "we asked A who funds X"
        if (services or said) and not (spoken or asked or _NOT_NOW_CLAUSE.search(text) or _DENIED.search(text)):
            bodies = orgs_in(text)
            read = (_by_subject(text, bodies, services, kinds, said) + _by_agent(text, bodies, services, kinds)
                    + _moved_to(text, bodies, services, kinds))
            read = read or _sole_commissioner(text, bodies, services, kinds) + _owned_service(text, bodies, services, kinds)
            out += [Relation(kind, org, svc, sentence) for kind, org, svc in read]
        said = [k for _, _, k in services] or said
    return list({(r.type, r.source, r.target): r for r in out}.values())


#: ", with A contributing ...": a body doing something of its own beside the clause before.
_WITH_ABSOLUTE = re.compile(r",\s+(?=with\s+(?:the\s+)?[A-Z])")


def _with_clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence, a clause cut again before ", with A ...-ing" ("A is the
    commissioner, with B contributing a sum towards X")."""
    out = []
    for offset, text in clauses(sentence):
        cuts = [0, *(m.end() for m in _WITH_ABSOLUTE.finditer(text))]
        out += [(offset + a, text[a:b].rstrip(", ")) for a, b in zip(cuts, [*cuts[1:], len(text)])]
    return out


#: Talk of plans, the past or the future in a clause (the lexicon's not-yet words, "previously", "until 2016").
_NOT_NOW_CLAUSE = re.compile(rf"{NOT_YET}|{NOT_YET_CLAUSE}|{ENDED_AFTER}|\b(?:previously|formerly|originally|used\s+to|"
                             r"previous|former|erstwhile|outgoing|"
                             r"until|in\s+the\s+past|at\s+that\s+time)\b", re.IGNORECASE)


def _by_subject(text: str, bodies: list, services: list, kinds, said=()) -> list[tuple[str, str, str]]:
    """(relation, body, service) the clause's subject does by its kind: the first body after the
    clause's opening. A commissioner's clause without a service of its own speaks of ``said``."""
    subject = next((b for b in bodies if _CLAUSE_OPENING.fullmatch(text[:b[0]])), None)
    if not subject:
        return []
    _, end, body = subject
    end = _SUBJECT_TAIL.match(text, end).end()
    if _kind(body, kinds) in COMMISSIONER_KINDS:
        if not _FIELD.search(text) or _MOVED_AWAY.search(text) or _PASSIVE_SUBJECT.match(text, end) \
                or _NOT_COMMISSIONING.search(_blanked(text, services), end):
            return []
        return [(Rel.COMMISSIONS.value, body, k) for k in [k for _, _, k in services] or said if k not in OWN_STAFF_SERVICE]
    if _kind(body, kinds) == OrgKind.HOSPITAL:
        return []  # a site, not a body: "the Infirmary has a birth centre"
    if _POSSESSIVE.match(text, end):  # "B's nurses run X"; "B's audit covers X" is left to the lexicon
        people = _ITS_PEOPLE.match(text, end)
        if not people:
            return []
        end = people.end()
    stop = next((s for s, _, other in bodies if s >= end and other != body), len(text))
    verb = _blanked(text, services)  # the words between subject and service, less the services' own
    provided = [(Rel.PROVIDES.value, body, k) for s, _, k in services
                if end <= s < stop and len(verb[end:s].split()) <= 12 and re.search(r"[a-z]", verb[end:s])
                and not _NOT_PROVISION.search(verb[end:s]) and not _NOT_OBJECT.search(verb[end:s])]
    fronted = [o for o in bodies if o[1] <= subject[0] and _kind(o[2], kinds) in COMMISSIONER_KINDS]
    if provided and len({o[2] for o in fronted}) == 1 and _FIELD.search(text, 0, subject[0]):
        # "Under A's contract, B now sees to X": the commissioner of a fronted phrase of the field
        provided += [(Rel.COMMISSIONS.value, fronted[0][2], k) for _, _, k in provided]
    return provided


#: "..., which": a relative clause whose subject is the body just before it.
_RELATIVE_SUBJECT = re.compile(r"(?:and\s+)?(?:which|who)\s+(?!(?:is|are|was|were)\s+\w+ed\b)")


#: ", for which A holds the budget,": a relative clause about the service just before it.
_FOR_WHICH = re.compile(r"(?:\s*\([^)]{1,20}\))?\s*,\s*(?:for|of|over|on)\s+which\s+(?P<rest>[^,;]+)")


def _relative_written_out(sentence: str, offset: int, text: str, services: list, orgs_in, names,
                          said: list) -> tuple[str, list, list]:
    """A relative clause written out as a clause of its own up to its closing comma, with its
    services and the services it speaks of: about the body before it ("A, which holds the X budget,
    has asked ..." -> "A holds the X budget"), or about the service before it ("X, for which A holds
    the budget, has ..." -> "A holds the budget", of X); any other clause as it is."""
    about = _FOR_WHICH.search(text)
    if about and [k for _, e, k in services if e <= about.start()]:
        return about["rest"], [], [k for _, e, k in services if e <= about.start()][-1:]
    if re.match(r"(?:and\s+)?whose\s", text):  # "B, whose X contract A extended, has ...": up to its comma
        written = text.split(", ")[0]
        return written, [sp for sp in services if sp[1] <= len(written)], said
    m = _RELATIVE_SUBJECT.match(text)
    start = max(0, offset - 200)
    before = [o for o in orgs_in(sentence[start:offset])
              if re.fullmatch(r"(?:\s*\([^)]{1,20}\))?\s*,?\s*", sentence[start + o[1]:offset])] if m else []
    if not before:
        return text, services, said
    written = f"{sentence[start + before[-1][0]:start + before[-1][1]]} {text[m.end():].split(', ')[0]}"
    return written, [sp for sp in service_spans(written, names) if not _NAME_WORDS.match(written, sp[1])], said


def _sole_commissioner(text: str, bodies: list, services: list, kinds) -> list[tuple[str, str, str]]:
    """(commissions, body, service) where a clause of the field of commissioning names its services
    and one body, a commissioner: "The bill for X lands with A", "X is A's financial responsibility"."""
    bodies = [o for o in bodies if not _AREA_WORD.fullmatch(text, o[0], o[1])]  # "the borough's X": a place
    if len({o[2] for o in bodies}) != 1 or _kind(bodies[0][2], kinds) not in COMMISSIONER_KINDS or not _FIELD.search(text) \
            or _MOVED_AWAY.search(text) or _NOT_COMMISSIONING.search(_blanked(text, services)):
        return []
    return [(Rel.COMMISSIONS.value, bodies[0][2], k) for _, _, k in services if k not in OWN_STAFF_SERVICE]


#: Between a service opening a clause and its holder's possessive: "X has been in B's hands", "X is B's".
_HELD_BY = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:has\s+been|have\s+been|is|are|remains?|sits?|lies|rests?|falls?|"
                      r"comes?|stays?)\b[^,;]{0,30}?$", re.IGNORECASE)


def _owned_service(text: str, bodies: list, services: list, kinds) -> list[tuple[str, str, str]]:
    """(provides, body, service) where a clause opens with its services and says they are a
    provider-kind body's own: "X has been in B's hands since 2015", "X remains firmly B's"."""
    if len({o[2] for o in bodies}) != 1 or _kind(bodies[0][2], kinds) in COMMISSIONER_KINDS or not services \
            or not _CLAUSE_OPENING.fullmatch(text[:services[0][0]]) or not re.match(r"['’]s?\b", text[bodies[0][1]:]):
        return []
    last = max(e for _, e, _ in services if e <= bodies[0][0]) if any(e <= bodies[0][0] for _, e, _ in services) else -1
    gap = text[last:bodies[0][0]] if last >= 0 else ""
    if not _HELD_BY.fullmatch(gap) or _NOT_PROVISION.search(gap) or _NOT_OBJECT.search(gap) \
            or _BUILDING_OF.match(text, bodies[0][1]):
        return []  # "X is run from B's site": where it is
    return [(Rel.PROVIDES.value, bodies[0][2], k) for _, e, k in services if e <= bodies[0][0]]


def _blanked(text: str, services: list) -> str:
    """``text`` with the services' names blanked out (a service's own words, "health visiting",
    are no verb of the clause)."""
    for s, e, _ in services:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _by_agent(text: str, bodies: list, services: list, kinds) -> list[tuple[str, str, str]]:
    """(relation, body, service) of an agent after a participle ("X is staffed by B": the services
    before it) or a possessor of a noun of action ("B's operation of X": the service after it)."""
    out = []
    for start, end, body in [b for b in bodies if _kind(b[2], kinds) != OrgKind.HOSPITAL]:  # a site does nothing
        commissioner = _kind(body, kinds) in COMMISSIONER_KINDS
        passive = _PARTICIPLE_BY_BODY.search(text, max(0, start - 40), start)
        if passive and (_FIELD.fullmatch(passive["part"]) if commissioner else not _NOT_PROVISION.fullmatch(passive["part"])) \
                and services and _CLAUSE_OPENING.fullmatch(text[:services[0][0]]):  # the services are the subject
            kind = Rel.COMMISSIONS.value if commissioner else Rel.PROVIDES.value
            out += [(kind, body, k) for s, _, k in services if s < passive.start()]
        action = _ACTION_OF.match(text, end)
        if action and (_FIELD.fullmatch(action["noun"]) if commissioner else not _NOT_PROVISION.fullmatch(action["noun"])):
            kind = Rel.COMMISSIONS.value if commissioner else Rel.PROVIDES.value
            out += [(kind, body, k) for s, _, k in services if s == action.end()]
    return out


_MOVED_TO = re.compile(MOVED_TO, re.IGNORECASE)


def _moved_to(text: str, bodies: list, services: list, kinds) -> list[tuple[str, str, str]]:
    """(commissions, receiver, service) where a clause with a word of commissioning gives a
    service to a commissioner-kind body: "passed the X budget to A" (the services before "to A"),
    "handed A the contracts for X" (the services after A)."""
    moved = _MOVED_TO.search(text)
    if not moved or not _FIELD.search(text):
        return []
    for start, end, body in bodies:
        if start < moved.end() or _kind(body, kinds) not in COMMISSIONER_KINDS:
            continue
        gap = text[moved.end():start]
        if re.fullmatch(r"\s+(?:the\s+)?", gap):  # "handed A the contracts for X"
            return [(Rel.COMMISSIONS.value, body, k) for s, _, k in services if s >= end and k not in OWN_STAFF_SERVICE]
        if re.fullmatch(r"[^;]{0,80}?\bto\s+(?:the\s+)?", gap):  # "passed the X budget to A"
            return [(Rel.COMMISSIONS.value, body, k) for s, _, k in services if moved.end() <= s < start
                    and k not in OWN_STAFF_SERVICE]
        return []
    return []


#: A head that points forward to a list after its colon: "The following services are funded by A:",
#: "B runs these services:", "A pays for the services below:".
_FORWARD = re.compile(r"(?P<head>[^:]{3,200}?\b(?:following|below|these|as\s+follows|listed|the\s+list)\b[^:]{0,120}?):\s+",
                      re.IGNORECASE)


def _forward_list(sentence: str, spans: list, orgs_in, kinds) -> list[tuple[str, str, str]]:
    """(relation, body, service) of a list whose head names one body and what it does to "the
    following": every service after the colon ("The following services are commissioned by A: X; Y").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "acme") for m in re.finditer("Acme", t)]
    >>> s = "The following are run by Acme: school nursing; CAMHS."
    >>> _forward_list(s, service_spans(s), orgs_in, {"acme": "charity"}.get)
    [('PROVIDES', 'acme', 'school-nursing'), ('PROVIDES', 'acme', 'camhs')]
    """
    m = _FORWARD.match(sentence)
    if not m or any(st < m.end() for st, _, _ in spans) or _DENIED.search(m["head"]) or _NOT_NOW_CLAUSE.search(m["head"]):
        return []
    bodies = {o for _, _, o in orgs_in(m["head"])}
    words = [CUES[n][1] for _, n in cue_matches(m["head"])]
    if len(bodies) != 1 or not words:
        return []
    body = bodies.pop()
    kind = _resolved(words[0], body, kinds).upper()
    return [(kind, body, k) for st, _, k in spans if kind == Rel.PROVIDES or k not in OWN_STAFF_SERVICE]


#: A dash or colon between a service's name and a body in a row of names: "Designated nurse – A".
_ROW_MARK = re.compile(r"[^–—:;.]{0,60}?(?:\s[–—-]|:)\s+(?:the\s+)?$")
#: Words of providing or commissioning in a block's heading.
_PROVIDING_HEADING = re.compile(r"\bprovi\w*|\bdeliver\w*|\brun\b|\boperat\w*", re.IGNORECASE)


def _verbless_rows(sentence: str, spans: list, orgs_in, kinds) -> list[tuple[str, str, str]]:
    """(relation, body, service) of a layout of names without a verb, as lines run together: blocks
    each opened by a body with its services below ("Providers and what they provide  A (AT)  X  Y
    B  Z"), or rows of a service, a dash and a body ("Designated nurse – A  Designated doctor – B").
    Each body does what the heading says, else what its kind does; a commissioner's own staff it provides.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Acme|Bolt", t)]
    >>> s = "Providers and their services Acme School nursing Health visiting Bolt CAMHS"
    >>> _verbless_rows(s, service_spans(s), orgs_in, {"acme": "charity", "bolt": "charity"}.get)
    [('PROVIDES', 'acme', 'school-nursing'), ('PROVIDES', 'acme', 'health-visiting'), ('PROVIDES', 'bolt', 'camhs')]
    """
    if _STATEMENT.search(sentence) or _ITEM_FROM.search(sentence) or not _mostly_names(sentence, spans, orgs_in(sentence)):
        return []
    bodies = [o for i, o in enumerate(orgs_in(sentence)) if not any(st < o[1] and o[0] < e for st, e, _ in spans)
              and _kind(o[2], kinds) != OrgKind.HOSPITAL
              and not (i and _GOVERNED_BODY.search(sentence, 0, o[0]))]  # "at B", "for B's nurses": prose
    if not bodies:
        return []
    marked = [(o, [k for st, e, k in spans if e <= o[0] and _ROW_MARK.fullmatch(sentence, e, o[0])]) for o in bodies]
    if len({o for _, _, o in bodies}) < 2 and not (
            len(bodies) == 1 and any(re.fullmatch(r"\s*(?:\s[–—-]|:)\s+(?:the\s+)?", sentence[e:bodies[0][0]])
                                     and _ROW_OPENING.fullmatch(sentence[:st])
                                     for st, e, _ in spans)
            and not _NOT_SETTLED.match(sentence, bodies[0][1]) and not _PAST_AFTER.match(sentence, bodies[0][1])):
        return []  # one body: only as a row of its own, a service then a dash and the body ("Weekend GP hubs - B.")
    if all(services for _, services in marked):  # "X – A  Y – B": each service before its body
        return [(_row_kind(o[2], k, "by-kind", kinds), o[2], k) for o, services in marked for k in services]
    heading = sentence[:bodies[0][0]]
    if any(st < bodies[0][0] for st, _, _ in spans) or len(heading.split()) > 15 or cue_matches(sentence[bodies[0][0]:]):
        return []
    owned = [(next(o for o in reversed(bodies) if o[1] <= st), k) for st, _, k in spans]
    if {o[2] for o, _ in owned} != {o for _, _, o in bodies}:
        return []  # a body without services: no such layout
    said = "provides" if _PROVIDING_HEADING.search(heading) else "by-kind"
    return [(_row_kind(o[2], k, said, kinds), o[2], k) for o, k in owned]


#: What may come before a row's service, from the row's start: a few words, none a preposition that
#: makes the service what the row is about ("Complaints about health visiting - B").
_ROW_OPENING = re.compile(r"(?:.*(?:\n|[.;:]\s))?\s*(?:[-•*]\s*)?(?:(?!(?:about|of|for|on|with|from|by|to|in|at|into|"
                          r"regarding)\b)[\w'’,-]+\s+){0,10}?", re.DOTALL | re.IGNORECASE)
#: A past holder's mark after a row's body: "B (until 2016)", "B (previously)", "B - formerly".
_PAST_AFTER = re.compile(r"\s*(?:\(|[-–,]\s*)(?:[^)\n]{0,30}?\b)?(?:until|till|up\s+to|to|previously|formerly|former|before|"
                         r"ended|closed|no\s+longer)\b", re.IGNORECASE)


#: A word that governs the body after it, as prose does ("based at B", "training for B's nurses").
_GOVERNED_BODY = re.compile(r"(?:,|\b(?:at|in|from|by|with|of|for|to|on|into|under|within|and|or|than|as))\s+(?:the\s+)?$")


def _mostly_names(sentence: str, spans: list, bodies: list) -> bool:
    """Whether a text is names run together rather than prose: besides its services and bodies, at
    most a third of its words begin in lower case."""
    blank = sentence
    for st, e, _ in [*spans, *bodies]:
        blank = blank[:st] + " " * (e - st) + blank[e:]
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    return len(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", blank)) <= len(words) / 3


def _row_kind(body: str, service: str, said: str, kinds) -> str:
    """The relation a row gives a body: what the heading said, else by its kind (a commissioner's
    own staff, the designated professionals, it provides)."""
    if said == "by-kind" and service in OWN_STAFF_SERVICE:
        return Rel.PROVIDES.value
    return _resolved(said, body, kinds).upper()


#: A table heading's role: a column of services, or of bodies by the role its label names.
_HEADING_ROLE = re.compile(label_pattern(marked=False), re.IGNORECASE)


def _heading_role(cell: str) -> str | None:
    """The role a table's heading cell names: ``service``, ``commissions``, ``provides``,
    ``by-kind``, or None (a column of values, dates or notes)."""
    cell = cell.strip(" :*")
    for column in COLUMNS:
        if re.fullmatch(column.pattern, cell, re.IGNORECASE):
            return column.role
    m = _HEADING_ROLE.fullmatch(cell)
    return None if not m else "commissions" if m["c"] else "provides" if m["p"] else "by-kind"


def _tab_table_end(text: str) -> int:
    r"""Where a table of TAB-separated rows ends: at the first line after its heading row with
    another number of cells ("Health visiting: funded by A; delivered by B" below the last row),
    else at the end of the text.

    >>> _tab_table_end("Service\tRun by\nCAMHS\tAcme\nHealth visiting: funded by B")
    26
    """
    lines, at = text.split("\n"), 0
    head = next((i for i, ln in enumerate(lines) if "\t" in ln), None)
    if head is None:
        return len(text)
    width = lines[head].count("\t")
    at = sum(len(ln) + 1 for ln in lines[:head + 1])
    for line in lines[head + 1:]:
        if line.count("\t") != width:
            return at
        at += len(line) + 1
    return len(text)


def _tab_table(text: str, orgs_in, names=None, kinds=None) -> list[tuple[str, str, str]]:
    r"""(body, service, relation) of a table of TAB-separated rows (role9): under a heading row with
    a column of services and columns of roles (any other column, "Value", "Term", is passed over),
    each row's bodies do what their column's heading says; a caption above the headings that names
    one commissioner with a word of the field ("Westford City Council public health contracts")
    commissions every row's services.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0).lower()) for m in re.finditer("Council|Acme", t)]
    >>> _tab_table("Council contracts\nService\tHolder\tValue\nCAMHS\tAcme\t£2m", orgs_in, kinds={"council": "local-authority"}.get)
    [('acme', 'camhs', 'provides'), ('council', 'camhs', 'commissions')]
    """
    if "\t" not in text or "\n" not in text:
        return []
    lines = text.split("\n")
    head = next((i for i, ln in enumerate(lines) if "\t" in ln), None)
    roles = [_heading_role(c) for c in lines[head].split("\t")] if head is not None else []
    if roles.count("service") != 1 or not set(roles) - {"service", None}:
        return []
    caption = " ".join(lines[:head])
    payers = {o for _, _, o in orgs_in(caption) if _kind(o, kinds) in COMMISSIONER_KINDS}
    payer = payers.pop() if len(payers) == 1 and _FIELD.search(caption) and "commissions" not in roles else None
    out = []
    for line in lines[head + 1:]:
        cells = line.split("\t")
        if len(cells) != len(roles):
            break  # the table ends
        services = [k for _, _, k in service_spans(cells[roles.index("service")], names)]
        for role, cell in zip(roles, cells):
            if role not in (None, "service"):
                out += [(org, k, role) for _, _, org in orgs_in(cell) for k in services]
        out += [(payer, k, "commissions") for k in services if payer]
    return [(org, k, _resolved(role, org, kinds)) for org, k, role in out]


#: An aside between dashes or brackets that describes (a relative clause, or a noun phrase that
#: one opens: " - a programme that A funds in full - "), with no time, denial or change in it
#: that the words around it would lose.
_DESCRIBING_ASIDE = re.compile(r"\s+[-–—]\s+(?=(?:an?|the|which|who|whose|that)\s)[^-–—()]{3,200}?\s+[-–—]\s+"
                               r"|\s+\((?=(?:an?|the|which|who|whose|that)\s)[^()]{3,200}?\)")
_ASIDE_KEEPS = re.compile(r"\b(?:until|former(?:ly)?|previously|used\s+to|not|never|no\s+longer|will|would|plans?|"
                          r"proposed|ended|closed|dissolved|abolished)\b", re.IGNORECASE)


def without_asides(sentence: str) -> str:
    """The sentence with its describing asides taken out, so that its main clause reads whole:
    "X - a programme that A, which took over in 2013, funds - is delivered by B" keeps "X is
    delivered by B" (the aside is read where it stands as well); an aside that says a time, a
    denial or a change stays.

    >>> without_asides("The FNP - a programme that the council, which has a long history, funds - is run by B.")
    'The FNP is run by B.'
    >>> without_asides("X is run by B (which ran it until 2016) and C.")
    'X is run by B (which ran it until 2016) and C.'
    """
    def cut(m: re.Match) -> str:
        return m.group(0) if _ASIDE_KEEPS.search(m.group(0)) else (" " if m.group(0).strip().startswith(("-", "–", "—")) else "")
    return _DESCRIBING_ASIDE.sub(cut, sentence)
