"""Who commissions and who provides, which body succeeded which, and whom the review team told,
weighed by models learned from the sentence batteries.

The rules (:mod:`.relations`) and the parse's roles (:mod:`.parsed`) read the constructions
someone wrote down; a team that words things otherwise is read at half the rate (issue 17). This
module weighs every (body, service) pair a sentence names by what lies between them in its
dependency parse: the words on the path and the word where the two sides meet, the body's
function and preposition, the verbs of the clause, the words that make a statement a plan, a
denial or the past, the role the parse module reads, and whether the body is of a commissioner's
kind. Two logistic regressions, one for commissioning and one for providing, hold a weight for
each such feature; a pair is read when its probability reaches :data:`THRESHOLD`. Two more weigh
each ordered pair of bodies a context sentence names for a succession
(:func:`read_successions`, never where the sentence plans, denies or moves a part:
:func:`not_a_succession`) and each body a finding names for a telling (:func:`told`, never where
the body is an actor or a source: :func:`told_vetoed`).

The weights (``relations-model.json``, beside this module) are learned by
``scripts/train_relations.py`` from the batteries in ``tests/batteries``: some 2,400 passages
written by fourteen writers who never read the code, each stating what it says (every mention of
a pair a sentence names is an example). Reading needs spaCy only; training needs scikit-learn.
The reader of a review asks the model only about sentences where neither the rules nor the parse
read anything (:func:`clasgraph.ingest.extract.weighed_relations`), and only where a sentence
names at most :data:`MOST_PAIRS` pairs.

A pair is never weighed where the parse module reads its path as denied, planned, modal or of
the past, or where a word beside it makes the body a former holder, a bidder, a body referred to
or merely worried (:func:`not_held_now`): the batteries hold too few such sentences for the model
to learn them, and the project's tests of English hold many.

Measured with each battery left out of the training in turn (a writer's wording the model has
not seen; ``python scripts/train_relations.py --leave-one-out``), the product reads commissioning
at 0.84 precision / 0.53 recall where it read 0.85 / 0.50 without the model, and providing at
0.78 / 0.48 against 0.78 / 0.42. At a threshold of 0.5 the model read more (0.81 / 0.55 and
0.77 / 0.52) but twenty of the tests' invented negatives wrongly ("NCHT sits on the sexual health
programme board"); asked about every sentence, it cost the development set a fifth of its
precision (bench_extraction): the batteries' passages are short, a review's sentences are not.

A feature is a string; a pair's features are what :func:`pair_features` gives its two words:

>>> nlp = parser()
>>> doc = nlp("The council pays Acme Trust to run school nursing.")
>>> sorted(f for f in pair_features(doc[4], doc[8], commissioner=False) if f.startswith(("lca=", "prov|role")))
['lca=pay', 'prov|role=object', 'prov|role=object|field=commissions']
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

from clasgraph.ingest import parsed
from clasgraph.ingest.parsed import parser

#: The weights learned by scripts/train_relations.py.
MODEL_PATH = Path(__file__).with_name("relations-model.json")
#: A pair is read when the model gives it at least this probability: with each battery left out
#: in turn, 0.5 read the most right for what it read wrong, but read wrongly twenty of the tests'
#: invented negatives (tests/test_english_*.py), 0.7 four and 0.8 none (with the vetoes of
#: :func:`not_held_now`).
THRESHOLD = 0.8
#: Words that may make a statement something other than a relation in force now: the model
#: weighs them on the path, on the clause's verbs and anywhere in the sentence.
MODALITY = parsed._words(
    "not no never will would could might may should plan propose intend until previously formerly former "
    "previous past old before consult consultation expect due hope longer prior earlier used wish want consider "
    "future next review whether if recommend suggest ask bid apply seek try") | parsed._NOT_NOW
#: The most (body, service) pairs a sentence may name (each mention counted) for the model to read
#: it: more is a table's rows run together with their cells' gaps lost (a PDF's), or a list, whose
#: pairs are not each other's; the batteries' sentences name at most a few.
MOST_PAIRS = 8
#: What the two readings are called, as the relation types the graph holds.
READINGS = ("commissions", "provides")


@functools.lru_cache(maxsize=1)
def model() -> dict:
    """The learned weights: {"commissions": {"bias": b, "weights": {feature: w}}, "provides": ...}."""
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def _lemma(token) -> str:
    return token.lemma_.lower()


def pair_features(body, service, commissioner: bool, sides: tuple | None = None,
                  modality: list[str] | None = None) -> list[str]:
    """The features of a body's word and a service's word in one parsed sentence (``sides``: their
    path, :func:`clasgraph.ingest.parsed._path`, if known; ``modality``: the sentence's words of
    :data:`MODALITY`, if known)."""
    side = "comm" if commissioner else "prov"
    out = [f"kind={side}"]
    body_side, service_side = sides if sides is not None else parsed._path(body, service)
    if not body_side:
        return [*out, "nopath"]
    meet = body_side[-1]
    out += [f"lca={_lemma(meet)}", f"{side}|lca={_lemma(meet)}", f"lcapos={meet.pos_}", f"lcatag={meet.tag_}",
            f"bdep={body.dep_}", f"{side}|bdep={body.dep_}", f"sdep={service.dep_}",
            f"plen={min(len(body_side) + len(service_side), 8)}"]
    out += [f"lca_{c.dep_}={_lemma(c)}" for c in meet.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "prt")]
    for t in body_side[1:-1]:
        out += [f"apath={_lemma(t)}", f"{side}|apath={_lemma(t)}", f"adep={t.dep_}"]
    for t in service_side[1:]:
        out += [f"bpath={_lemma(t)}", f"{side}|bpath={_lemma(t)}"]
    if body.dep_ == "pobj":
        prep = body.head
        out += [f"prep={_lemma(prep)}", f"{side}|prep={_lemma(prep)}", f"{side}|prep={_lemma(prep)}|{_lemma(prep.head)}"]
    if body.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "appos", "compound", "conj"):
        out.append(f"{side}|{body.dep_}|{_lemma(body.head)}")
    for t in body_side + service_side:
        if t.pos_ in ("VERB", "AUX"):
            out += [f"verb={_lemma(t)}", f"{side}|verb={_lemma(t)}"]
            out += [f"notnow={_lemma(c)}" for c in t.children
                    if c.dep_ in ("neg", "aux", "advmod", "mark") and _lemma(c) in MODALITY]
        if _lemma(t) in MODALITY:
            out.append(f"pnot={_lemma(t)}")
    said = modality if modality is not None else sentence_modality(body.sent)
    out += [f"snot={w}" for w in said]
    role, word = parsed._role(body_side + service_side[::-1])
    out.append(f"{side}|role={role or 'none'}")
    if word is not None:
        out += [f"{side}|role={role or 'none'}|field={parsed._field(_lemma(word))}",
                f"governs={parsed._governs(word, body_side, service_side)}"]
    return sorted(set(out))


def sentence_modality(tokens) -> list[str]:
    """The lemmas of :data:`MODALITY` a sentence holds."""
    return [_lemma(t) for t in tokens if _lemma(t) in MODALITY]


#: Words beside a pair that say the body does not hold the service now, whatever the model weighs:
#: a former or contested holder ("the former provider", "the previous commissioner", "one of three
#: bidders"), a body the service refers people to or is set against ("refer families to A", "seen
#: by X rather than by A"), a service that is the body's worry rather than its work ("the costs of
#: X are a concern for A"), and a hope or a plan in the forms the parser leaves unlemmatised
#: ("hopes", "hoping": lemma "hop").
NOT_HELD_NOW = parsed._words(
    "former previous past erstwhile onetime one-time bidder bidders bid bids bidding applicant candidate "
    "concern worry refer refers referred referring referral signpost signposts signposted signposting "
    "rather instead hope hopes hoped hoping planning proposing intending consulting")


#: Prepositions that make a service they govern the body's partner, not its work: "works closely
#: with the youth offending service", "alongside the school nurses" (not "works with young people
#: who misuse drugs", whose service is deeper in the phrase).
WORKED_WITH = parsed._words("with alongside beside")


#: How a clause hangs on the word that governs it as what that word states or plans ("The
#: proposal is that ...", "a plan for A to run X"), not as a clause beside it ("and then ...").
_EMBEDDED = frozenset({"ccomp", "xcomp", "acl", "csubj", "relcl"})
#: Words a clause embedded under is a plan, a proposal or an ask, not a fact ("The proposal is
#: that A runs X", "a plan for A to run X", "We recommend that A runs X"); a review's finding
#: or a report is not ("Our review found that A runs X").
_GOVERNING_NOT_NOW = parsed._PLANNING | frozenset({"suggest", "urge", "ask", "bid", "apply", "tender", "future"})


def _governing(word) -> list:
    """The words a clause is embedded under (:data:`_EMBEDDED`), and their subjects."""
    out = []
    while word.dep_ in _EMBEDDED and word.head.i != word.i:  # a Token is made anew on each access
        word = word.head
        out += [word, *(c for c in word.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return out


def not_held_now(body_side: list, service_side: list) -> bool:
    """Whether a pair is not weighed: its path, or a clause it hangs on or that clause's subject, is
    denied, planned, modal or of the past as the parse module reads it
    (:func:`clasgraph.ingest.parsed._not_now`), or a word on it or qualifying a word
    on it is one of :data:`NOT_HELD_NOW`, or the service is the object of a preposition of
    :data:`WORKED_WITH`."""
    path = [*body_side, *service_side]
    if parsed._not_now([*path, *parsed._clause_verb(body_side[-1])]):
        return True
    # the clauses the pair's clause hangs on, and their subjects: "The proposal is that A runs X",
    # "a plan for A to take on X", "The council has decided that A will run X"
    if any(_lemma(g) in _GOVERNING_NOT_NOW or g.lower_ in _GOVERNING_NOT_NOW for g in _governing(body_side[-1])):
        return True
    service = service_side[0] if service_side else body_side[-1]  # the service may be where the two sides meet
    if service.dep_ == "pobj" and _lemma(service.head) in WORKED_WITH:
        return True  # "Greenway works closely with the youth offending service": a partner of it
    near = [c for t in path for c in t.children]
    near += [g for c in near if c.dep_ in ("prep", "cc") for g in c.children]  # "one of three bidders", "rather than"
    return any(_lemma(t) in NOT_HELD_NOW or t.lower_ in NOT_HELD_NOW for t in [*path, *near])


def candidates(doc, bodies: list, services: list, commissioner_of) -> list[tuple[str, str, list[str], bool]]:
    """(body, service, features, held now) of every mention of a pair a parsed sentence names
    (``bodies`` and ``services``: (start, end, key) in the sentence; ``commissioner_of(key)``:
    whether the body is of a commissioner's kind), never one word for both, none at all where the
    sentence names more than :data:`MOST_PAIRS`; "held now" false where :func:`not_held_now` says
    so. Reading weighs only the pairs held now; training learns from all of them (the vetoed ones
    teach the model what words of modality weigh, which helps it with the rest). Training
    (scripts/train_relations.py) and reading use this alone."""
    if len(bodies) * len(services) > MOST_PAIRS:
        return []
    modality = sentence_modality(doc)
    out = []
    for start, end, org in bodies:
        body = parsed._span_root(doc, start, end)
        for svc_start, svc_end, svc in services:
            service = parsed._span_root(doc, svc_start, svc_end)
            if body is None or service is None or service.i == body.i or svc_start < end and start < svc_end:
                continue
            sides = parsed._path(body, service)
            held = not (sides[0] and not_held_now(*sides))
            out.append((org, svc, pair_features(body, service, commissioner_of(org), sides, modality), held))
    return out


def probability(features: list[str], weights: dict) -> float:
    """The logistic model's probability for a pair's features."""
    score = weights["bias"] + sum(weights["weights"].get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


def weigh(features: list[str]) -> set[str]:
    """The readings (of :data:`READINGS`) the model gives a pair's features."""
    learned = model()
    return {r for r in READINGS if probability(features, learned[r]) >= THRESHOLD}


def read(sentence: str, orgs_in, names=None, kinds=None) -> set[tuple[str, str, str]]:
    """(COMMISSIONS | PROVIDES, body, service) the model reads in ``sentence`` (the same shape as
    :func:`clasgraph.ingest.parsed.read`): a pair is read where any of its mentions is."""
    from clasgraph.graph.schema import COMMISSIONER_KINDS
    from clasgraph.ingest.relations import _kind, service_spans

    nlp = parser()
    services = service_spans(sentence, names)
    bodies = orgs_in(sentence)
    if nlp is None or not services or not bodies or len(sentence) > parsed.LONGEST_SENTENCE \
            or len(bodies) * len(services) > MOST_PAIRS:
        return set()
    pairs = candidates(parsed.parse(sentence, children_named=False), bodies, services, lambda org: _kind(org, kinds) in COMMISSIONER_KINDS)
    return {(r.upper(), org, svc) for org, svc, features, held in pairs if held for r in weigh(features)}


# Successions: which body's work another body now carries ("A's staff moved to C", "C, which
# took over from A", "A ... became part of C"), weighed the same way as commissioning and providing.

#: A body is read as succeeded by another where the model gives the ordered pair at least this
#: probability. Chosen with each battery left out in turn (the product reading successions at
#: 0.94 precision / 0.54 recall without the model): 0.5 read 0.87 / 0.65, 0.65 read 0.91 / 0.62
#: and 0.8 read 0.93 / 0.58; a succession read wrongly makes a body accountable for another's
#: work, so precision counts for more than at 0.5.
SUCCESSION_THRESHOLD = 0.65
#: The most bodies a sentence may name (each mention counted) for the model to weigh its pairs.
MOST_BODIES = 4


def succession_features(old, new, modality: list[str]) -> list[str]:
    """The features of two bodies' words in one parsed sentence, for whether the first (``old``)
    is succeeded by the second: the path between them and the word where it meets, each one's
    function, preposition and head, the words just before each ("former", "now"), the verbs on
    the path and the sentence's words of :data:`MODALITY`."""
    out = [f"order={'old-first' if old.i < new.i else 'new-first'}"]
    old_side, new_side = parsed._path(old, new)
    if not old_side:
        return [*out, "nopath"]
    meet = old_side[-1]
    out += [f"lca={_lemma(meet)}", f"lcapos={meet.pos_}", f"odep={old.dep_}", f"ndep={new.dep_}",
            f"deps={old.dep_}|{new.dep_}", f"plen={min(len(old_side) + len(new_side), 8)}",
            f"ohead={old.dep_}|{_lemma(old.head)}", f"nhead={new.dep_}|{_lemma(new.head)}"]
    out += [f"lca_{c.dep_}={_lemma(c)}" for c in meet.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod", "prt")]
    for word, name in ((old, "o"), (new, "n")):
        if word.dep_ == "pobj":
            out += [f"{name}prep={_lemma(word.head)}", f"{name}prep={_lemma(word.head)}|{_lemma(word.head.head)}"]
        before = word.doc[word.i - 1] if word.i > 0 else None
        if before is not None:
            out.append(f"{name}before={_lemma(before)}")
        out += [f"{name}mod={_lemma(c)}" for c in word.children if c.dep_ in ("amod", "advmod", "det", "prep")]
    for t in old_side[1:-1]:
        out += [f"opath={_lemma(t)}", f"opathdep={t.dep_}"]
    for t in new_side[1:]:
        out += [f"npath={_lemma(t)}", f"npathdep={t.dep_}"]
    for t in [*old_side, *new_side]:
        if t.pos_ in ("VERB", "AUX"):
            out.append(f"verb={_lemma(t)}")
            out += [f"notnow={_lemma(c)}" for c in t.children
                    if c.dep_ in ("neg", "aux", "advmod", "mark") and _lemma(c) in MODALITY]
    out += [f"snot={w}" for w in modality]
    out += [f"sverb={_lemma(t)}" for t in old.sent if t.pos_ == "VERB"]
    return sorted(set(out))


def succession_candidates(doc, bodies: list) -> list[tuple[str, str, list[str]]]:
    """(predecessor, successor, features) of every ordered pair of mentions of two bodies a parsed
    sentence names (``bodies``: (start, end, key) in the sentence), none where it names more than
    :data:`MOST_BODIES`. Training (scripts/train_relations.py) and reading use this alone."""
    if len(bodies) > MOST_BODIES:
        return []
    modality = sentence_modality(doc)
    roots = [(parsed._span_root(doc, start, end), key) for start, end, key in bodies]
    return [(old_key, new_key, succession_features(old, new, modality))
            for old, old_key in roots for new, new_key in roots
            if old is not None and new is not None and old_key != new_key and old.i != new.i]


#: Words that leave the first body going on, or moving only a part of its work: "Greenway still
#: runs its clinics", "took on only its summer scheme", "two of its nurses".
GOES_ON = parsed._words("still only remain remains remained continue continues continued some parts")


#: A record's body open: "Status: open"; the body itself said to be open: "Greenway (is) still open".
_STILL_OPEN = re.compile(r"\bstatus\s*:\s*open\b", re.IGNORECASE)
_SAID_OPEN = re.compile(r"[\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,4}\s+(?:is|remains|stays|was)\s+(?:still\s+)?open\b")


#: Verbs whose subject is the one that came after: "X replaced the unit", "X succeeded A".
_REPLACING = parsed._words("replace succeed supersede")


def not_a_succession(doc, old) -> bool:
    """Whether a sentence is never weighed for a succession of the body at ``old``: a verb in it is
    denied or modal ("was not dissolved", "may join up", "will be dissolved"), a word leaves the
    body going on or moving a part (:data:`GOES_ON`, or "open" said of it: "Status: open", "A is still open"), the body is named under a
    word of planning ("consultation on the dissolution of NCHT"), "two of" its things moved, the body ended a
    thing of its own ("NCHT closed its clinic"), or the body is named only as the owner of what
    moved ("Greenway's contract ended") where the parse reads no body as ended."""
    if any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.lower_ in parsed._MODALS for t in doc for c in t.children):
        return True
    if any(t.lower_ in GOES_ON or _lemma(t) in GOES_ON for t in doc) or _STILL_OPEN.search(doc.text) \
            or _SAID_OPEN.match(doc.text, old.idx):
        return True  # "Greenway still runs ...", "Status: open", "Greenway remains open"
    if any(_lemma(t) in parsed._PLANNING for t in old.ancestors):
        return True  # "Consultation on the dissolution of NCHT ...": a plan or a proposal, not an ending
    if any(t.like_num and t.head.dep_ != "pobj" and any(c.lower_ == "of" for c in t.children) for t in doc):
        return True  # "two of Greenway's nurses"
    if old.dep_ == "nsubj" and parsed._ENDING_STEMS.search(old.head.text) and any(c.dep_ == "dobj" for c in old.head.children):
        return True  # "NCHT closed its clinic": the body ended a thing, not itself
    if any(t.dep_ == "nsubj" and _lemma(t.head) in _REPLACING for t in parsed._standing_for(old)):
        return True  # "X, which replaced the minor injuries unit in 2016, is run by C": X is the new one
    if _since_before(doc.text):
        return True  # "A was dissolved in 2017, while C has run the clinics since 2012": C's own work, not A's
    return old.dep_ == "poss" and not parsed._ended(old, replaced=False) and not parsed.says_ended(doc.text)


def _since_before(text: str) -> bool:
    """Whether a text says something went on "since" a year before another year it names: the
    work a body has done since before another ended was never the ended body's.

    >>> _since_before("A was dissolved in 2017, while C has run it since 2012."), _since_before("C has run it since 2017.")
    (True, False)
    """
    if _WORK_PASSED.search(text):
        return False  # "A folded in 2018; C, based here since 2010, now carries its work": A's work went on
    since = [int(y) for y in _DOING_SINCE.findall(text)]
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)]
    return bool(since) and min(since) < max(years)


#: A body's doing said to go back to a year: "has run the clinics since 2012".
_DOING_SINCE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:run|provided|delivered|held|managed|operated|done|employed|"
                          r"staffed|offered|commissioned|funded)\b[^.;]{0,80}?\bsince\s+(?:\w+\s+){0,2}?((?:19|20)\d\d)\b")
#: The ended body's work said to pass on: "its work", "their staff and caseloads".
_WORK_PASSED = re.compile(r"\b(?:its|their)\s+(?:work|services?|staff|caseloads?|contracts?|clinics|patients|list|functions|"
                          r"duties|teams?|responsibilities)\b")


def read_successions(sentence: str, orgs_in) -> set[tuple[str, str]]:
    """(predecessor, successor) the model reads in ``sentence``: a pair is read where any of its
    mentions is, never where :func:`not_a_succession` says the sentence states none of the body."""
    nlp = parser()
    bodies = orgs_in(sentence)
    weights = model().get("successions")
    if nlp is None or weights is None or len({b[2] for b in bodies}) < 2 or len(sentence) > parsed.LONGEST_SENTENCE \
            or len(bodies) > MOST_BODIES:
        return set()
    doc = parsed.parse(sentence, children_named=False)
    said = set()
    for start, end, old in bodies:  # each mention of the first body, with the pairs it makes
        token = parsed._span_root(doc, start, end)
        if token is None or not_a_succession(doc, token):
            continue
        mention = [(start, end, old), *(b for b in bodies if b[2] != old)]
        said |= {(o, n) for o, n, features in succession_candidates(doc, mention)
                 if o == old and probability(features, weights) >= SUCCESSION_THRESHOLD}
    return said


# Tellings: whether the review team told a body named in a finding of the finding's concern
# ("we asked the CCG to review the rota", "the gap was put to the council's commissioners").

#: A body named in a finding is read as told of its concern where the model gives it at least
#: this probability. Each battery left out in turn, 0.7 read tellings at 0.94 / 0.66 against the
#: rules' 0.97 / 0.57, but a review's findings name bodies far more often than a battery's do:
#: asked of whole reports (bench_extraction), 0.7 read the sample's escalations at 0.74 precision
#: and the development set's at 0.50, 0.8 at 0.93 and 0.67, 0.9 at 1.00 and 1.00.
TOLD_THRESHOLD = 0.9
#: Words for the review team and what it sends, the ones that tell: "we told", "our letter went to".
TEAM = parsed._words("we us our inspector inspectors team reviewer reviewers cqc letter report feedback "
                     "finding findings concern concerns this it these which that matter issue issues gap")
#: The team and what it sends, where a body receives it: "X received our letter".
OURS = parsed._words("we us our inspector inspectors team reviewer reviewers cqc letter feedback")
#: Verbs of a body being present, not told: "X was represented at the feedback meeting".
PRESENT = parsed._words("represent invite attend involve include")
#: Verbs a body does as the one told: "the CCG received our letter", "accepted", "agreed to act".
RECEIVING = parsed._words("receive hear accept acknowledge agree learn respond reply commit undertake")
#: Verbs of a body telling the team, in a clause about it: "commissioners who described the plan".
SAYING = parsed._words("describe explain tell say show report present brief outline confirm assure")
#: Verbs of the team looking at a body, not telling it: "we observed a meeting of X".
LOOKING = parsed._words("observe attend visit see read review examine look find note meet sample track")


def told_features(body) -> list[str]:
    """The features of a body's word in a finding's parsed sentence, for whether the review team
    told it of the concern: the words from it up to the sentence's root, their subjects and
    agents, the preposition it hangs on, the sentence's verbs and words of modality, and "we"."""
    up = [body, *body.ancestors]
    out = [f"root={_lemma(up[-1])}", f"bdep={body.dep_}", f"bhead={body.dep_}|{_lemma(body.head)}"]
    if body.dep_ == "pobj":
        out += [f"prep={_lemma(body.head)}", f"prep={_lemma(body.head)}|{_lemma(body.head.head)}"]
    for t in up[1:]:
        out.append(f"path={_lemma(t)}")
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "agent"):
                out += [f"subj={_lemma(c)}|{_lemma(t)}", f"subj={_lemma(c)}"]
            if c.dep_ in ("neg", "aux") and _lemma(c) in MODALITY:
                out.append(f"mod={_lemma(c)}")
    for t in body.sent:
        if _lemma(t) in MODALITY:
            out.append(f"snot={_lemma(t)}")
        if t.pos_ == "VERB":
            out.append(f"sverb={_lemma(t)}")
        if _lemma(t) in ("we", "us", "our"):
            out.append("we")
    return sorted(set(out))


def told_vetoed(body) -> bool:
    """Whether a body's word is an actor or a source, never the one the team told: the object of
    "from" or "for" ("a briefing from X", "our call for X to appoint"), of "by" (a passive's agent,
    "we were given the figures by X"; a deed's doer, "research by X indicated"), told by another body ("X was informed by the trust"), present ("X was
    represented at the meeting") or told by hearsay
    ("we were told that X had been informed"), the subject of a verb other than receiving what
    the team sent ("X has no plan", "X briefed us"), the one a clause says told the team
    ("commissioners at X who described the plan"), asked for something ("we asked X for its data"), one whose verb has a subject
    other than the team ("health visitors escalate concerns to X"), spoken with about something
    other than the concern ("we spoke with X's designated nurse about her caseload"), or looked at
    ("we observed a meeting of X")."""
    head = body.head
    if body.dep_ == "pobj" and (_lemma(head) in ("from", "for", "by") or head.dep_ == "agent"):
        return True
    if body.dep_ == "nsubj" and not (_lemma(head) in RECEIVING and any(_lemma(c) in OURS for c in head.subtree)):
        return True  # "X has no plan"; "X receives quarterly reports" (not ours)
    if body.dep_ == "nsubjpass" and (_lemma(head) in PRESENT or any(
            _lemma(t) == "by" and any(g.dep_ == "pobj" and _lemma(g) not in TEAM for g in t.children) for t in head.subtree)):
        return True  # "X was informed ... by the trust"; "X was represented at the meeting"
    if any(any(c.dep_ == "nsubjpass" and _lemma(c) in ("we", "us") for c in t.children) for t in body.ancestors):
        return True  # "we were told that X had been informed", "we were given the figures by X"
    if any(c.dep_ == "relcl" and _lemma(c) in SAYING for t in (body, head, head.head) for c in t.children):
        return True  # "commissioners at X who described the plan": they told the team
    if body.dep_ == "dobj" and any(c.dep_ == "prep" and _lemma(c) == "for" for c in head.children):
        return True
    verb = next((t for t in body.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    path = list(body.ancestors)
    if any(c.dep_ == "prep" and _lemma(c) in ("about", "regarding") and any(g.dep_ == "pobj" and _lemma(g) not in TEAM for g in c.children)
           for t in path[:path.index(verb) + 1] if _lemma(t) not in TEAM for c in t.children):
        return True  # "we spoke with X's designated nurse about her caseload": a talk of something else
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and all(_lemma(c) not in TEAM for c in subjects) and _lemma(verb) not in RECEIVING:
        return True
    return _lemma(verb) in LOOKING


def told_mentions(doc, bodies: list) -> list[tuple[str, list[str]]]:
    """(body, features) of each mention of a body a parsed sentence of a finding names
    (``bodies``: (start, end, key) in the sentence), never one :func:`told_vetoed` makes an actor
    or a source. Training (scripts/train_relations.py) and reading use this alone."""
    tokens = [(parsed._span_root(doc, start, end), key) for start, end, key in bodies]
    return [(key, told_features(token)) for token, key in tokens if token is not None and not told_vetoed(token)]


def told(sentences: list[str], orgs_in) -> list[tuple[str, str]]:
    """(body, sentence) for each body a finding's sentences name that the model reads as told of
    its concern by the review team: a body's features from every sentence naming it, never where
    it is an actor or a source (:func:`told_vetoed`), the sentence the one whose own features
    weigh most."""
    nlp = parser()
    weights = model().get("told")
    if nlp is None or weights is None:
        return []
    named: dict[str, list[tuple[str, list[str]]]] = {}
    for sentence in sentences:
        bodies = orgs_in(sentence)
        if not bodies or len(sentence) > parsed.LONGEST_SENTENCE:
            continue
        for org, features in told_mentions(parsed.parse(sentence, children_named=False), bodies):
            named.setdefault(org, []).append((sentence, features))
    out = []
    for org, said in named.items():
        if probability(sorted({f for _, fs in said for f in fs}), weights) >= TOLD_THRESHOLD:
            out.append((org, max(said, key=lambda s: probability(s[1], weights))[0]))
    return out
