"""Polarity: whether a finding reports a strength, a concern, both, or neither.

Lexical: words of concern ("weak", "did not", "gaps") against words of strength ("good",
"effective", "timely"), a strength word just after "not" counting for nothing, and a
"(Recommendation N)" marker meaning the inspectors asked for change.
"""

from __future__ import annotations

import re

from clasgraph.ingest.rules.cues import POLARITY, alternation

#: A finding's "(Recommendation 8.1)" / "(Recommendations 3.1 and 3.2)" marker.
#: Also "(see recommendation 1.1)", "See recommendation 1.1." and "(Rec 1.1)".
REC_MARKER = re.compile(r"(?:\(\s*(?:see\s+)?|\bsee\s+)(?:Recommendations?|Recs?\.?)\s+"
                        r"(\d+\.\d+(?:\s*(?:,|and|&)\s*\d+\.\d+)*)\.?\s*\)?", re.IGNORECASE)

#: Words of concern and of strength (rules/cues.py, POLARITY).
_CONCERN = re.compile(rf"\b(?:{alternation(POLARITY, 'concern')})\b")
_STRENGTH = re.compile(rf"\b(?:{alternation(POLARITY, 'strength')})\b")


#: A clause that says how things were at an earlier review, which is no shortfall of now: "...,
#: which was not the case when we were last here", "..., something that was not offered in 2014".
_OF_THEN = re.compile(r",\s*(?:which|that|something\s+that|where|whereas|while)\s+[^.;]{0,80}?\b(?:(?:in|at|during)\s+"
                      r"(?:19|20)\d\d|when\s+we\s+(?:were\s+|first\s+)?(?:last|previously)\b|last\s+time|at\s+(?:our|the)\s+"
                      r"(?:last|previous|earlier|first)\s+\w+|previously)[^.;,]*", re.IGNORECASE)


def polarity(text: str) -> str:
    """strength / concern / mixed / neutral, from the wording of a finding.

    A "(Recommendation N)" marker means the inspectors asked for change: concern, or mixed
    where the wording is mostly positive.

    >>> polarity("Safeguarding children practice in the MIU was weak. (Recommendation 5.1).")
    'concern'
    >>> polarity("The school nursing service was highly visible and effective.")
    'strength'
    >>> polarity("Every ED nurse is trained, which was not the case when we were last here.")
    'neutral'
    >>> polarity("There has been no real improvement.")
    'neutral'
    """
    has_rec = bool(REC_MARKER.search(text))
    body = _OF_THEN.sub("", REC_MARKER.sub("", text))
    lowered = body.lower()
    concern = len(_CONCERN.findall(lowered))
    # "not always informed in a timely manner", "no real improvement": a strength word after "not"
    # (or just after "no") is no strength.
    strength = sum(1 for m in _STRENGTH.finditer(lowered)
                   if not re.search(r"\bnot\b(?:\W+\w+){0,4}\W*$|\bno\s+(?:\w+\s+)?$", lowered[max(0, m.start() - 40):m.start()]))
    if has_rec:
        return "mixed" if strength > 2 * max(concern, 1) else "concern"
    if concern == 0 and strength == 0:
        return "neutral"
    if strength >= 2 * concern:
        return "strength"
    if concern >= 2 * strength:
        return "concern"
    return "mixed"


