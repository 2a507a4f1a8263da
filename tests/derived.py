"""Derived test reports, labelled SYNTHETIC, made from the sample by rule with a fixed seed.

- :func:`follow_up`: a later review of the same area. Each finding of the sample is kept
  verbatim, paraphrased, dropped (resolved) or replaced by a new finding; the pairs of
  (new finding, sample finding) that say the same thing are returned as labels. Some kept
  findings cite the earlier review ("previously identified in the Rutland CLAS review").
- :func:`neighbour`: a review of another area (Leicestershire, 2018) that shares providers,
  names them differently, and raises some of the shortfalls the sample says it raised.

Usable from the command line: python tests/derived.py OUT_FOLDER
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

SYNONYMS = [("practitioners", "staff"), ("ensure", "make sure"), ("effective", "successful"),
            ("however", "but"), ("identified", "found"), ("strengthen", "improve"),
            ("appropriately", "suitably"), ("routinely", "regularly"), ("records", "notes"),
            ("consistently", "reliably"), ("demonstrated", "showed"), ("limited", "restricted")]

NEW_FINDINGS = [
    ("A pilot of weekend drop-in clinics at the leisure centre began in autumn 2021 and early "
    "feedback from teenagers about opening hours was enthusiastic."),
    ("Paediatric dietetics referrals are now triaged through a single electronic portal, which "
    "shortened turnaround for allergy appointments considerably."),
    ("Orthoptics screening in reception classes resumed after the pandemic pause and vision "
    "outcomes are reported termly to governors."),
    ("The hearing audiology pathway uses text reminders; missed hearing tests fell by a third "
    "across the county during the latest quarter."),
    ("Dental access for refugee families improved when an interpreter rota was agreed with "
    "the community dental service in the market towns."),
    ("A digital red book app replaced paper personal child health records for newborns born "
    "after April, with uptake monitored by the maternity informatics lead."),
]

FINDING = re.compile(r"^(\d+(?:\.\d+){1,2}) (.*[.)*])$")  # a paragraph, not a sub-heading


def _split(text: str):
    """(lines before the findings, finding lines with other lines between, tail from Recommendations)."""
    head, rest = text.split("\n1. Early Help\n", 1)
    body, tail = rest.split("\nRecommendations\n", 1)
    return head + "\n1. Early Help\n", body, "\nRecommendations\n" + tail


def paraphrase(text: str, rng: random.Random) -> str:
    """Reword a finding: swap words for synonyms, drop one of its sentences, reorder two."""
    marker = re.search(r"\s*\(\**Recommendation[^)]*\)\**\.?\**\s*$", text)
    tail = marker.group(0) if marker else ""
    body = text[: marker.start()] if marker else text
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", body)
    if len(sentences) >= 4:
        del sentences[rng.randrange(1, len(sentences))]
    if len(sentences) >= 3:
        i = rng.randrange(1, len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    out = " ".join(sentences)
    for a, b in SYNONYMS:
        if rng.random() < 0.6:
            out = re.sub(rf"\b{a}\b", b, out)
    return out + tail


def follow_up(text: str, seed: int = 2022, cite_every: int = 4):
    """A follow-up review of the same area; returns (text, labels) with labels as
    {(new number, sample number)} for findings that say the same thing."""
    rng = random.Random(seed)
    head, body, tail = _split(text)
    head = head.replace("4 th October 2019", "3 rd March 2022").replace(
        "22 nd July - 26 th July 2019", "10 th January - 14 th January 2022")
    head = head.replace("Safeguarding in Rutland\n",
                        "Safeguarding in Rutland\n\nSYNTHETIC TEST DATA: a follow-up review made "
                        "by clasgraph's test generator from the 2019 Rutland review.\n", 1)
    labels, out, new_pool, kept = set(), [], list(NEW_FINDINGS), 0
    counters: dict[str, int] = {}
    for line in body.split("\n"):
        m = FINDING.match(line)
        if not m:
            out.append(line)
            continue
        number, finding = m.groups()
        prefix = number.rsplit(".", 1)[0]
        roll = rng.random()
        if roll < 0.25:
            continue  # resolved: not mentioned again
        counters[prefix] = counters.get(prefix, 0) + 1
        new_number = f"{prefix}.{counters[prefix]}"
        if roll < 0.35 and new_pool:
            out.append(f"{new_number} {new_pool.pop(0)}")
            continue
        reworded = finding if roll < 0.65 else paraphrase(finding, rng)
        kept += 1
        if kept % cite_every == 0:
            reworded += (" This shortfall was previously identified in the Rutland CLAS review "
                         "(October 2019).")
        out.append(f"{new_number} {reworded}")
        labels.add((new_number, number))
    return head + "\n".join(out) + tail, labels


def neighbour(text: str, seed: int = 2018):
    """A review of Leicestershire (November 2018) sharing providers with the sample.

    Returns (text, raised) where ``raised`` lists the sample findings whose shortfall this
    review also raises (the ones the sample says the Leicestershire review identified)."""
    rng = random.Random(seed)
    head, body, tail = _split(text)
    head = (head.replace("Safeguarding in Rutland", "Safeguarding in Leicestershire", 1)
            .replace("The role of health services in Rutland", "The role of health services in Leicestershire")
            .replace("4 th October 2019", "7 th December 2018")
            .replace("22 nd July - 26 th July 2019", "19 th November - 23 rd November 2018")
            .replace("University Hospitals of Leicester NHS Trust Leicestershire Partnership NHS Trust",
                     "University Hospitals Of Leicester Trust Leicestershire Partnership Trust"))
    head = head.replace("Safeguarding in Leicestershire\n", "Safeguarding in Leicestershire\n\n"
                        "SYNTHETIC TEST DATA: a neighbouring review made by clasgraph's test "
                        "generator from the 2019 Rutland review.\n", 1)
    raised = ["2.2", "2.3", "2.25", "3.4", "5.1.11", "5.1.12"]
    findings = {m.group(1): m.group(2) for ln in body.split("\n") if (m := FINDING.match(ln))}
    lines = ["2. Children in Need", ""]
    for i, number in enumerate(raised, 1):
        reworded = paraphrase(re.sub(r"\s*[^.]*\bCLAS review\b[^.]*\.", "", findings[number]), rng)
        lines += [f"2.{i} {reworded.replace('Rutland', 'Leicestershire')}", ""]
    return head + "\n".join(lines) + tail.replace("Rutland County Council",
                                                      "Leicestershire County Council"), raised


if __name__ == "__main__":
    sample = (Path(__file__).resolve().parent.parent / "examples" / "rutland-clas-2019.txt").read_text()
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "rutland-follow-up-2022.txt").write_text(follow_up(sample)[0], encoding="utf-8")
    (out / "leicestershire-2018.txt").write_text(neighbour(sample)[0], encoding="utf-8")
