"""Polarity: whether a finding reports a strength, a concern, both, or neither.

Lexical: words of concern ("weak", "did not", "gaps") against words of strength ("good",
"effective", "timely"), a strength word just after "not" counting for nothing, and a
"(Recommendation N)" marker meaning the inspectors asked for change.
"""

from __future__ import annotations

import re

#: A finding's "(Recommendation 8.1)" / "(Recommendations 3.1 and 3.2)" marker.
#: Also "(see recommendation 1.1)", "See recommendation 1.1." and "(Rec 1.1)".
REC_MARKER = re.compile(r"(?:\(\s*(?:see\s+)?|\bsee\s+)(?:Recommendations?|Recs?\.?)\s+"
                        r"(\d+\.\d+(?:\s*(?:,|and|&)\s*\d+\.\d+)*)\.?\s*\)?", re.IGNORECASE)

_CONCERN = re.compile(
    r"\b(?:weak|poor|poorly|limited|lack|lacking|gaps?|shortfalls?|delays?|delayed|"
    r"variable|variability|inconsistent|inconsistently|failed|under-developed|insufficient|"
    r"fragmented|very stretched|remained a risk|risks? remained|significant risk|too long|slow|"
    r"(?:did|was|were|does|do|could|had) not|not (?:always|routinely|consistently|yet|fully|"
    r"effectively|clearly|sufficiently|adequately|usually|compliant|embedded|involved)|"
    r"(?:was|were|is|are) (?:needed|required)|further (?:work|review|assurance|development)|"
    r"potential to (?:further )?strengthen|could be further strengthened|would assist|"
    r"need to be|missed opportunity|no single|essential gap)\b",
)
_STRENGTH = re.compile(
    r"\b(?:good|well|effective|effectively|strong|strongly|clear|clearly|robust|positive|"
    r"welcoming|prompt|promptly|timely|high (?:quality|standard)|strengthened|improved|improving|"
    r"improvements?|vigilant|sensitive|sensitively|appropriately|well-established|well-embedded|"
    r"well-managed|comprehensive|confident|confidently|proactive|excellent|valuable|"
    r"highly visible|benefitted|helped ensure|consistently)\b",
)


def polarity(text: str) -> str:
    """strength / concern / mixed / neutral, from the wording of a finding.

    A "(Recommendation N)" marker means the inspectors asked for change: concern, or mixed
    where the wording is mostly positive.

    >>> polarity("Safeguarding children practice in the MIU was weak. (Recommendation 5.1).")
    'concern'
    >>> polarity("The school nursing service was highly visible and effective.")
    'strength'
    """
    has_rec = bool(REC_MARKER.search(text))
    body = REC_MARKER.sub("", text)
    lowered = body.lower()
    concern = len(_CONCERN.findall(lowered))
    # "not always informed in a timely manner": a strength word after "not" is no strength.
    strength = sum(1 for m in _STRENGTH.finditer(lowered)
                   if not re.search(r"\bnot\b(?:\W+\w+){0,4}\W*$", lowered[max(0, m.start() - 40):m.start()]))
    if has_rec:
        return "mixed" if strength > 2 * max(concern, 1) else "concern"
    if concern == 0 and strength == 0:
        return "neutral"
    if strength >= 2 * concern:
        return "strength"
    if concern >= 2 * strength:
        return "concern"
    return "mixed"


