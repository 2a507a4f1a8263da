"""Header fields: dates, inspector names and the organisations run together on one line.

>>> parse_review_dates("22 nd July - 26 th July 2019")
('2019-07-22', '2019-07-26')
>>> parse_review_dates("30th September to 4th October 2019")
('2019-09-30', '2019-10-04')
>>> parse_date("4 th October 2019")
'2019-10-04'
>>> split_people("Sue Talbot Lee Carey Dr Ann O'Neil")
['Sue Talbot', 'Lee Carey', "Dr Ann O'Neil"]
>>> split_organisations("Oakham Medical Practice Turning Point Leicestershire Partnership NHS Trust")
['Oakham Medical Practice', 'Turning Point', 'Leicestershire Partnership NHS Trust']
"""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateparser

_ORDINAL = re.compile(r"(\d+)\s*(st|nd|rd|th)\b", re.IGNORECASE)
_RANGE = re.compile(r"\s*(?:-|–|—|\bto\b|\buntil\b)\s*", re.IGNORECASE)
_DATE = re.compile(
    r"\d{1,2}\s*(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?"
    r"(?:\s*(?:-|–|—|to)\s*\d{1,2}\s*(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})?"
)

#: Words that end an organisation's name ("... NHS Trust", "... Practice", "... CCGs").
END_CUES = {
    "trust", "practice", "practices", "surgery", "ccg", "ccgs", "ccg's", "groups", "group",
    "council", "hospital", "hospitals", "partnership", "board", "centre", "health",
    "england", "services", "service", "limited", "ltd", "cic", "llp",
}
#: Words a name cannot end on even if they are cues, because more of the name follows.
_TITLES = {"dr", "mr", "mrs", "ms", "miss", "prof", "professor"}


def _clean_date(text: str) -> str:
    return _ORDINAL.sub(r"\1", text).replace(",", " ").strip()


def parse_date(text: str, default: datetime | None = None) -> str | None:
    """ISO date from "4 th October 2019" and similar; None where no date can be read."""
    text = _clean_date(text)
    if not re.search(r"\d", text):
        return None
    try:
        when = dateparser.parse(text, dayfirst=True, default=default or datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if when.year == 1900:
        return None
    return when.date().isoformat()


def parse_review_dates(text: str) -> tuple[str | None, str | None]:
    """Start and end of the review; the start borrows month and year from the end if missing."""
    parts = [p for p in _RANGE.split(_clean_date(text)) if p.strip()]
    if not parts:
        return None, None
    end = parse_date(parts[-1])
    if end is None:
        return None, None
    start = parse_date(parts[0], default=datetime.fromisoformat(end)) if len(parts) > 1 else end
    return start, end


def split_people(text: str) -> list[str]:
    """Names run together on one line: split on commas/"and" if present, else pair words."""
    text = text.strip().rstrip(".")
    if re.search(r",|\band\b|;", text):
        return [p.strip() for p in re.split(r",|;|\band\b", text) if p.strip()]
    words = text.split()
    names: list[str] = []
    current: list[str] = []
    for word in words:
        current.append(word)
        given = [w for w in current if w.lower().rstrip(".") not in _TITLES]
        if len(given) >= 2:
            names.append(" ".join(current))
            current = []
    if current:
        if names:
            names[-1] += " " + " ".join(current)
        else:
            names.append(" ".join(current))
    return names


def split_organisations(text: str) -> list[str]:
    """Organisation names run together on one line, split after their closing cue words
    (or after a known name that has none, such as "Turning Point")."""
    from clasgraph.ingest.organisations import KNOWN_KINDS

    names: list[str] = []
    current: list[str] = []
    words = text.split()
    for i, word in enumerate(words):
        current.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        cue = word.lower().strip(",.;") in END_CUES
        # "NHS Foundation Trust" / "Partnership NHS Trust": keep going while the name continues.
        continues = nxt in ("NHS", "Foundation", "Trust", "CCG", "CCGs") or nxt.lower() in (
            "of", "and", "&", "for", "the") or (nxt[:1].islower() if nxt else False)
        if word.lower() in ("partnership", "health", "services", "service", "hospital"):
            continues = continues or nxt[:1].isupper()
        so_far = " ".join(current).lower()
        known = any(so_far.endswith(name) for name in KNOWN_KINDS)
        if (cue and not continues) or known:
            names.append(" ".join(current).strip(" ,;"))
            current = []
    if current:
        names.append(" ".join(current).strip(" ,;"))
    return [n for n in names if n]


def assign_flattened_values(labels: list[str], lines: list[str]) -> dict[str, str]:
    """Header from PDF text in which all labels come first and all values follow.

    Values are read in label order by their shape: dates, then names, then organisations
    (split by cue words), then regions.
    """
    run = " ".join(ln.strip() for ln in lines)
    values: dict[str, str] = {}
    for key in labels:
        run = run.strip()
        if not run:
            break
        if key in ("review_dates", "published"):
            m = _DATE.match(run)
            if m:
                values[key] = m.group(0)
                run = run[m.end():]
        elif key == "inspectors":
            # Names run until the first organisation name begins.
            m = re.search(
                r"\b(?:University|NHS|[A-Z][a-z]+ (?:Partnership|Community|Healthcare|Care|County)\b"
                r"|[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Medical|Health)\b)",
                run,
            )
            cut = m.start() if m else len(run)
            values[key] = run[:cut].strip()
            run = run[cut:]
        elif key == "providers":
            # The CCG name starts at an "NHS" followed only by place names up to "CCGs".
            m = re.search(r"\bNHS(?:,?\s+(?:and|(?!Trust|Foundation|Practice|NHS)[A-Z][a-z]+))*?,?"
                          r"\s+(?:Clinical Commissioning Groups?|CCGs?)\b", run)
            cut = m.start() if m else len(run)
            values[key] = run[:cut].strip()
            run = run[cut:]
        elif key == "ccgs":
            m = re.match(r".*?(?:Clinical Commissioning Groups?|CCGs?)\b", run)
            cut = m.end() if m else len(run)
            values[key] = run[:cut].strip()
            run = run[cut:]
        elif key in ("nhs_england_area", "cqc_region"):
            m = re.match(r"\s*(.*?\bregion)\b", run, re.IGNORECASE)
            if m:
                values[key] = m.group(1).strip()
                run = run[m.end():]
        else:
            values[key] = run.strip()
            run = ""
    return values
