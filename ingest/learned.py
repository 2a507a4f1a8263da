"""Who commissions and who provides, weighed by a model learned from the sentence batteries.

The rules (:mod:`.relations`) and the parse's roles (:mod:`.parsed`) read the constructions
someone wrote down; a team that words things otherwise is read at half the rate (issue 17). This
module weighs every (body, service) pair a sentence names by what lies between them in its
dependency parse: the words on the path and the word where the two sides meet, the body's
function and preposition, the verbs of the clause, the words that make a statement a plan, a
denial or the past, the role the parse module reads, and whether the body is of a commissioner's
kind. Two logistic regressions, one for commissioning and one for providing, hold a weight for
each such feature; a pair is read when its probability reaches :data:`THRESHOLD`.

The weights (``relations-model.json``, beside this module) are learned by
``scripts/train_relations.py`` from the batteries in ``tests/batteries``: some 2,900 passages
written by fourteen writers who never read the code, each stating what it says. Reading needs
spaCy only; training needs scikit-learn. The reader of a review asks the model only about
sentences where neither the rules nor the parse read anything (:func:`clasgraph.ingest.extract.weighed_relations`),
and only where a sentence names at most :data:`MOST_PAIRS` pairs.

A pair is never weighed where the parse module reads its path as denied, planned, modal or of
the past, or where a word beside it makes the body a former holder, a bidder or merely worried
(:func:`_of_the_past`): the batteries hold too few such sentences for the model to learn them, and
the project's tests of English hold many.

Measured with each battery left out of the training in turn (a writer's wording the model has
not seen; ``python scripts/train_relations.py --leave-one-out``), the product reads commissioning
at 0.84 precision / 0.52 recall where it read 0.85 / 0.50 without the model, and providing at
0.79 / 0.48 against 0.78 / 0.42. At a threshold of 0.5 the model read more (0.81 / 0.55 and
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
from pathlib import Path

from clasgraph.ingest import parsed
from clasgraph.ingest.parsed import parser

#: The weights learned by scripts/train_relations.py.
MODEL_PATH = Path(__file__).with_name("relations-model.json")
#: A pair is read when the model gives it at least this probability: with each battery left out
#: in turn, 0.5 read the most right for what it read wrong, but read wrongly twenty of the tests'
#: invented negatives (tests/test_english_*.py), 0.7 nine and 0.8 four (now none, with the vetoes).
THRESHOLD = 0.8
#: Words that may make a statement something other than a relation in force now: the model
#: weighs them on the path, on the clause's verbs and anywhere in the sentence.
MODALITY = parsed._words(
    "not no never will would could might may should plan propose intend until previously formerly former "
    "previous past old before consult consultation expect due hope longer prior earlier used wish want consider "
    "future next review whether if recommend suggest ask bid apply seek try") | parsed._NOT_NOW
#: The most (body, service) pairs a sentence may name for the model to read it: more is a table's
#: rows run together with their cells' gaps lost (a PDF's), or a list, whose pairs are not each
#: other's; the batteries' sentences name at most a few.
MOST_PAIRS = 8
#: What the two readings are called, as the relation types the graph holds.
READINGS = ("commissions", "provides")


@functools.lru_cache(maxsize=1)
def model() -> dict:
    """The learned weights: {"commissions": {"bias": b, "weights": {feature: w}}, "provides": ...}."""
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def _lemma(token) -> str:
    return token.lemma_.lower()


def pair_features(body, service, commissioner: bool) -> list[str]:
    """The features of a body's word and a service's word in one parsed sentence."""
    side = "comm" if commissioner else "prov"
    out = [f"kind={side}"]
    body_side, service_side = parsed._path(body, service)
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
    out += [f"snot={_lemma(t)}" for t in body.sent if _lemma(t) in MODALITY]
    role, word = parsed._role(body_side + service_side[::-1])
    out.append(f"{side}|role={role or 'none'}")
    if word is not None:
        out += [f"{side}|role={role or 'none'}|field={parsed._field(_lemma(word))}",
                f"governs={parsed._governs(word, body_side, service_side)}"]
    out.append(f"notnow_rule={parsed._not_now([*body_side, *service_side, *parsed._clause_verb(meet)])}")
    return sorted(set(out))


#: Words that put what a body is said to be in the past or in a contest ("the former provider",
#: "the previous commissioner", "one of three bidders"), or make the service its worry rather
#: than its work ("the costs of X are a concern for A"): no relation of now.
_PAST_OR_CONTESTED = parsed._words("former previous past erstwhile onetime one-time bidder bid applicant candidate "
                                   "concern worry")


def _of_the_past(body, service) -> bool:
    """Whether a word on the path between a body and a service, or a word qualifying one, puts
    the relation in the past or in a contest."""
    body_side, service_side = parsed._path(body, service)
    near = [c for t in [*body_side, *service_side] for c in t.children]
    near += [g for c in near if c.dep_ == "prep" for g in c.children]  # "one of three bidders"
    return any(_lemma(t) in _PAST_OR_CONTESTED for t in [*body_side, *service_side, *near])


def probability(features: list[str], weights: dict) -> float:
    """The logistic model's probability for a pair's features."""
    score = weights["bias"] + sum(weights["weights"].get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))


def weigh(features: list[str]) -> set[str]:
    """The readings (of :data:`READINGS`) the model gives a pair's features."""
    learned = model()
    return {r for r in READINGS if probability(features, learned[r]) >= THRESHOLD}


def read(sentence: str, orgs_in, names=None, kinds=None) -> set[tuple[str, str, str]]:
    """(COMMISSIONS | PROVIDES, body, service) the model reads in ``sentence``, for every body and
    service it names (the same shape as :func:`clasgraph.ingest.parsed.read`)."""
    from clasgraph.graph.schema import COMMISSIONER_KINDS
    from clasgraph.ingest.relations import _kind, service_spans

    nlp = parser()
    services = service_spans(sentence, names)
    bodies = orgs_in(sentence)
    if nlp is None or not services or not bodies or len(sentence) > parsed.LONGEST_SENTENCE \
            or len({b[2] for b in bodies}) * len({s[2] for s in services}) > MOST_PAIRS:
        return set()
    doc = nlp(sentence)
    found = set()
    for start, end, org in bodies:
        body = parsed._span_root(doc, start, end)
        if body is None:
            continue
        commissioner = _kind(org, kinds) in COMMISSIONER_KINDS
        for svc_start, svc_end, svc in services:
            service = parsed._span_root(doc, svc_start, svc_end)
            if service is None or service.i == body.i or svc_start < end and start < svc_end:
                continue
            features = pair_features(body, service, commissioner)
            if "notnow_rule=True" in features or _of_the_past(body, service):
                continue  # denied, planned, modal or of the past, as the parse module reads it: no weighing
            found |= {(r.upper(), org, svc) for r in weigh(features)}
    return found

