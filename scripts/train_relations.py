"""Learn the weights of clasgraph.ingest.learned from the sentence batteries.

    python scripts/train_relations.py                  # write ingest/relations-model.json
    python scripts/train_relations.py --leave-one-out  # how it reads wording it has not seen

Every battery in tests/batteries states, for each passage, which bodies commission and which
provide which services. Each sentence of a passage is parsed alone, as the product parses a
context sentence (table rows left out, as the product leaves them); every mention of a (body,
service) pair it names (a body by its name or an alias, a service by one of the battery's
patterns) that the product would weigh (clasgraph.ingest.learned.candidates) is an example,
labelled by what the passage states. Two logistic
regressions (scikit-learn, L2, C=1) are fitted on the examples' features
(:func:`clasgraph.ingest.learned.pair_features`); a third on each ordered pair of bodies a context
sentence names, labelled by the successions the passage states
(:func:`clasgraph.ingest.learned.succession_features`), and a fourth on each body a finding passage
names, labelled by whether the passage says the team told it
(:func:`clasgraph.ingest.learned.told_features`). Their weights are written as JSON with the
sha256 of each battery they were learned from and of the modules that make the features, so a
test can tell when either changed and the weights were not learned again.

``--leave-one-out`` fits once per battery on all the others and reads the one left out with the
whole product (tests/battery.py), with and without the model: a new writer's wording, measured.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import battery as batteries
from clasgraph.graph import schema
from clasgraph.ingest.learned import READINGS

#: The battery's kinds that commission (those tests/battery.py maps to a commissioner's kind).
COMMISSIONER_KINDS = {kind for kind, ours in batteries.KINDS.items() if ours in schema.COMMISSIONER_KINDS}
#: Regularisation of every regression (1.0 read the relations best of 0.3 and 1.0, each battery left out).
C = 1.0


def _spans(text: str, patterns: list[tuple[str, list[str]]]) -> list[tuple[int, int, str]]:
    """(start, end, key) of what ``text`` names, the longest first where names overlap."""
    found = sorted(((m.start(), m.end(), key) for key, regexes in patterns for regex in regexes
                    for m in re.finditer(regex, text, flags=re.IGNORECASE) if m.end() > m.start()),
                   key=lambda s: (s[0], s[0] - s[1]))
    out, last = [], -1
    for start, end, key in found:
        if start >= last:
            out.append((start, end, key))
            last = end
    return out


def _body_patterns(battery: dict) -> list[tuple[str, list[str]]]:
    """(key, patterns) of each of a battery's bodies: its name and aliases as whole words, the
    longest first."""
    return [(key, [r"(?<!\w)" + re.escape(n) + r"(?!\w)" for n in sorted([b["name"], *b["aliases"]], key=len, reverse=True)])
            for key, b in battery["bodies"].items()]


def _sentences_of(passage: dict) -> list[str]:
    """A passage's sentences, paragraph by paragraph, as the product cuts them."""
    from clasgraph.ingest.extract import sentences

    paragraphs = passage["text"] if isinstance(passage["text"], list) else [passage["text"]]
    return [sentence for paragraph in paragraphs for sentence in sentences(paragraph)]


def examples(battery: dict) -> list[tuple[list[str], dict[str, bool]]]:
    """(features, {reading: stated}) of every mention of a (body, service) pair each passage's
    sentences name, as the product finds them (:func:`clasgraph.ingest.learned.candidates`, the
    vetoed ones too): each sentence parsed alone, table rows (a TAB or "|") left out as the
    product leaves them."""
    from clasgraph.ingest import learned, parsed

    nlp = parsed.parser()
    bodies = _body_patterns(battery)
    services = list(battery["services"].items())
    commissioner = {key: b["kind"] in COMMISSIONER_KINDS for key, b in battery["bodies"].items()}
    out = []
    for passage in battery["passages"]:
        stated = batteries.stated(passage)
        for sentence in _sentences_of(passage):
            if re.search(r"[\t|]", sentence):
                continue
            named, said = _spans(sentence, bodies), _spans(sentence, services)
            if named and said:
                out += [(features, {r: (body, service) in stated[r] for r in learned.READINGS})
                        for body, service, features, _ in learned.candidates(nlp(sentence), named, said, commissioner.get)]
    return out


def succession_examples(battery: dict) -> list[tuple[list[str], dict[str, bool]]]:
    """(features, {"successions": stated}) of every ordered pair of mentions of two bodies each
    context passage's sentences name (:func:`clasgraph.ingest.learned.succession_candidates`),
    each sentence parsed alone, table rows left out as the product leaves them."""
    from clasgraph.ingest import learned, parsed

    nlp = parsed.parser()
    bodies = _body_patterns(battery)
    out = []
    for passage in battery["passages"]:
        if passage["in"] != "context":
            continue
        stated = batteries.stated(passage)["successions"]
        for sentence in _sentences_of(passage):
            named = _spans(sentence, bodies)
            if re.search(r"[\t|]", sentence) or len({key for *_, key in named}) < 2:
                continue
            out += [(features, {"successions": (old, new) in stated})
                    for old, new, features in learned.succession_candidates(nlp(sentence), named)]
    return out


def told_examples(battery: dict) -> list[tuple[list[str], dict[str, bool]]]:
    """(features, {"told": stated}) of every body each finding passage names, its features from
    every sentence naming it where it is neither an actor nor a source, as
    :func:`clasgraph.ingest.learned.told` weighs them."""
    from clasgraph.ingest import learned, parsed

    nlp = parsed.parser()
    bodies = _body_patterns(battery)
    out = []
    for passage in battery["passages"]:
        if passage["in"] != "finding":
            continue
        named: dict[str, set[str]] = {}
        for sentence in _sentences_of(passage):
            for key, features in learned.told_mentions(nlp(sentence), _spans(sentence, bodies)):
                named.setdefault(key, set()).update(features)
        told = set(passage.get("escalated_to", []))
        out += [(sorted(features), {"told": key in told}) for key, features in named.items()]
    return out


def fit(data: list[tuple[list[str], dict[str, bool]]], readings=READINGS) -> dict:
    """The weights of a regression for each of ``readings``, as clasgraph.ingest.learned reads them."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    x = vectors.fit_transform([dict.fromkeys(features, 1) for features, _ in data])
    names = vectors.get_feature_names_out()
    out = {}
    for reading in readings:
        y = [int(stated[reading]) for _, stated in data]
        regression = LogisticRegression(C=C, max_iter=5000).fit(x, y)
        weights = {str(n): round(float(w), 5) for n, w in zip(names, regression.coef_[0]) if abs(w) >= 1e-4}
        out[reading] = {"bias": round(float(regression.intercept_[0]), 5), "weights": dict(sorted(weights.items()))}
    return out


def trained_on(paths: list[Path]) -> dict[str, str]:
    """Each battery's file name and the sha256 of its bytes, and under "features" the sha256 of the
    modules the features are made by (ingest/learned.py, ingest/parsed.py): weights learned before
    either changed are stale."""
    made_by = [ROOT / "ingest" / "learned.py", ROOT / "ingest" / "parsed.py"]
    return {**{p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths},
            "features": hashlib.sha256(b"".join(p.read_bytes() for p in made_by)).hexdigest()}


#: What the leave-one-out run measures: the two relations, successions and tellings.
MEASURED = (*READINGS, "successions", "escalated_to")


def fitted(data: list, successions: list, told: list) -> dict:
    """The four regressions' weights: commissioning and providing, successions and tellings."""
    return {**fit(data), **fit(successions, ("successions",)), **fit(told, ("told",))}


def leave_one_out(paths: list[Path], data: dict[Path, list], successions: dict[Path, list], told: dict[Path, list]) -> None:
    """Fit without each battery in turn and read it with the product, with and without the model."""
    from clasgraph.ingest import learned

    totals = {k: {m: [0, 0, 0] for m in MEASURED} for k in ("rules", "rules+model")}
    print(f"{'left out':12}" + "".join(f"{k + ' ' + m[:4]:>22}" for k in totals for m in MEASURED))
    for held in paths:
        weights = fitted(*([e for p in paths if p != held for e in examples[p]] for examples in (data, successions, told)))
        battery = batteries.load(held)
        row = {}
        for label, on in (("rules", False), ("rules+model", True)):
            saved = learned.model, learned.THRESHOLD, learned.SUCCESSION_THRESHOLD, learned.TOLD_THRESHOLD
            learned.model = lambda w=weights: w
            if not on:  # a probability never reaches 2
                learned.THRESHOLD = learned.SUCCESSION_THRESHOLD = learned.TOLD_THRESHOLD = 2.0
            try:
                counts = {m: [0, 0, 0] for m in MEASURED}
                for passage in battery["passages"]:
                    found, wanted = batteries.read(battery, passage), batteries.stated(passage)
                    for m, total in counts.items():
                        total[:] = [a + b for a, b in zip(total, (len(found[m] & wanted[m]), len(found[m]), len(wanted[m])))]
            finally:
                learned.model, learned.THRESHOLD, learned.SUCCESSION_THRESHOLD, learned.TOLD_THRESHOLD = saved
            row[label] = counts
            for m, c in counts.items():
                totals[label][m] = [a + b for a, b in zip(totals[label][m], c)]
        print(f"{held.stem:12}" + "".join(f"{_pr(row[k][m]):>22}" for k in totals for m in MEASURED), flush=True)
    print(f"{'all':12}" + "".join(f"{_pr(totals[k][m]):>22}" for k in totals for m in MEASURED))


def _pr(counts: list[int]) -> str:
    right, found, wanted = counts
    return f"{right / max(1, found):.2f}/{right / max(1, wanted):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-one-out", action="store_true", help="measure each battery left out of the training")
    parser.add_argument("--out", type=Path, default=ROOT / "ingest" / "relations-model.json")
    args = parser.parse_args()
    paths = batteries.batteries()
    data = {p: examples(batteries.load(p)) for p in paths}
    successions = {p: succession_examples(batteries.load(p)) for p in paths}
    told = {p: told_examples(batteries.load(p)) for p in paths}
    if args.leave_one_out:
        leave_one_out(paths, data, successions, told)
        return
    model = {"about": "Weights of clasgraph.ingest.learned, written by scripts/train_relations.py; do not edit.",
             "trained_on": trained_on(paths),
             **fitted(*([e for p in paths for e in examples[p]] for examples in (data, successions, told)))}
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {sum(len(d) for d in data.values())} mentions of pairs from {len(paths)} batteries; "
          + ", ".join(f"{len(model[r]['weights'])} weights {r}" for r in (*READINGS, "successions", "told")))


if __name__ == "__main__":
    main()
