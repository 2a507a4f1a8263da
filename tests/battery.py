"""Sentence batteries written by people who never read the code (tests/batteries/README.md).

A battery is one JSON file: the bodies of an invented area (name, aliases, kind), service keys
with the regexes that name them, and passages, each with what it states. Each passage is read
as a review of its own: a header naming the bodies as real reviews do, the passage as the
context of the review (``"in": "context"``) or as finding 1.1 (``"in": "finding"``), then the
real reader (:func:`clasgraph.ingest.extract.extract`) with the bodies known as a store's
bodies are. What was read is mapped back to the battery's keys and compared with what the
passage states.

>>> stated = {"commissions": {("ccg", "HV")}, "provides": set()}
>>> scored({"commissions": {("ccg", "HV"), ("ccg", "SN")}, "provides": set()}, stated)
{'commissions': (1, 2, 1), 'provides': (0, 0, 0)}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from bench_extraction import org_map, service_map  # one mapping of names to keys, as for the golds

BATTERIES = Path(__file__).resolve().parent / "batteries"
#: What each measure of a passage is, in the battery's words.
MEASURES = ("commissions", "provides", "successions", "escalated_to", "repeat", "progress")
#: The battery's kinds of body as the product names them (graph.schema.OrgKind).
KINDS = {"council": "local-authority", "ccg": "ccg", "nhs-england": "nhs-england", "trust": "nhs-trust",
         "charity": "charity", "gp": "gp-federation", "other": "provider"}


def load(path: Path) -> dict:
    """A battery file, as data."""
    return json.loads(path.read_text(encoding="utf-8"))


def batteries() -> list[Path]:
    """The batteries kept in the repository."""
    return sorted(p for p in BATTERIES.glob("*.json") if not p.name.endswith(".not-yet.json"))


def _header(battery: dict) -> list[str]:
    bodies = battery["bodies"].values()

    def named(kinds):
        return [b["name"] + next((f" ({a})" for a in b["aliases"] if a.isupper() and " " not in a), "")
                for b in bodies if b["kind"] in kinds]

    lines = [f"Review of health services for Children Looked After and Safeguarding in {battery['area']}", "",
             "Date of review: 6 May 2019 - 10 May 2019", "Date of publication: 1 July 2019",
             "Name(s) of CQC inspector: Ann Example, Ben Example"]
    if named({"trust", "charity", "gp", "other"}):
        lines.append("Provider services included: " + "\n".join(named({"trust", "charity", "gp", "other"})))
    if named({"ccg"}):
        lines.append("CCGs included: " + ", ".join(named({"ccg"})))
    return lines


def report_text(battery: dict, passage: dict) -> str:
    """One review holding ``passage``: in its context, or as its finding 1.1."""
    paragraphs = passage["text"] if isinstance(passage["text"], list) else [passage["text"]]
    in_finding = passage["in"] == "finding"
    context = ["Health services for children in the area are described below."] if in_finding else paragraphs
    finding = paragraphs if in_finding else ["Staff were trained in safeguarding."]
    lines = [*_header(battery), "", "Context of the review", "", *context, "", "The child's journey", "",
             "1. Early help", "", f"1.1 {finding[0]}", *finding[1:], "", "Recommendations", "",
             f"1. {battery['bodies'][next(iter(battery['bodies']))]['name']} should:", "",
             "1.1 Make sure staff are trained."]
    return "\n".join(lines) + "\n"


def known_bodies(battery: dict) -> list[tuple[str, str]]:
    """(name, kind) of the battery's bodies, as a store would know them."""
    return [(body["name"], KINDS.get(body["kind"], "provider")) for body in battery["bodies"].values()]


def read(battery: dict, passage: dict) -> dict[str, set]:
    """What the product reads of ``passage``, in the battery's keys."""
    from clasgraph.ingest.extract import extract
    from clasgraph.ingest.structure import parse_document

    text = report_text(battery, passage)
    records = extract(parse_document(text, f"{passage['id']}.txt", "0" * 64), known=known_bodies(battery))
    as_gold = {"organisations": battery["bodies"], "services": battery["services"]}  # the gold files' shape
    bodies, services = org_map(records, as_gold), service_map(records, as_gold)
    labels = {n.id: n.label for n in records.nodes}
    body = lambda node_id: bodies.get(node_id, node_id)
    out: dict[str, set] = {m: set() for m in MEASURES}
    for e in records.edges:
        if e.type in ("PROVIDES", "COMMISSIONS"):
            out[e.type.lower()] |= {(body(e.source), key) for key in services.get(e.target) or [e.target]}
        elif e.type == "SUCCEEDED_BY":
            out["successions"].add((body(e.source), body(e.target)))
        elif e.type == "ESCALATED_TO":
            out["escalated_to"].add(body(e.target))
        elif e.type in ("REPEATS", "PROGRESS_SINCE") and labels.get(e.target) == "Document":
            out["repeat" if e.type == "REPEATS" else "progress"].add(True)
    return out


def stated(passage: dict) -> dict[str, set]:
    """What ``passage`` states, by its battery's writer, in the same shape as :func:`read`."""
    return {"commissions": {tuple(p) for p in passage.get("commissions", [])},
            "provides": {tuple(p) for p in passage.get("provides", [])},
            "successions": {tuple(p) for p in passage.get("successions", [])},
            "escalated_to": set(passage.get("escalated_to", [])),
            "repeat": {True} if passage.get("repeat") else set(),
            "progress": {True} if passage.get("progress") else set()}


def scored(found: dict[str, set], wanted: dict[str, set]) -> dict[str, tuple[int, int, int]]:
    """(right, found, wanted) per measure."""
    return {m: (len(found[m] & wanted[m]), len(found[m]), len(wanted[m])) for m in wanted}
