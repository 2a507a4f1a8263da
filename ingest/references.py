"""Earlier reviews, inspections and reports that findings cite, and what a finding says of them.

A CLAS review says a shortfall "was also identified in the joint Ofsted and CQC inspection ...
(2012)", "remains the case" since "our 2015 review of Ashvale", or that practice "has improved
markedly since the Ofsted single inspection (2016)". This module finds such mentions by the kind
of document they name (an earlier CLAS review, a joint or joint targeted area inspection, an
Ofsted inspection, a serious case review, a local report with its year), with the area and date
where the text gives them, and classifies each sentence as a repeat of a shortfall found there,
progress since it, or a plain citation.

>>> [(m.kind, m.area, m.year) for m in mentions("As identified in the Ashvale CLAS review (March 2015), staff ...")]
[('review', 'Ashvale', '2015')]
>>> relation_of("This has not improved since the 2015 CLAS review.")
'REPEATS'
>>> relation_of("Since our 2015 review, AHFT has replaced the paper forms.")
'PROGRESS_SINCE'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clasgraph.ingest.rules.cues import EARLIER, alternation

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_AREA = rf"(?!{_MONTHS}\b)(?:[A-Z][\w'’-]+|St\.)(?:\s+(?:and|upon|on|&)?\s*[A-Z][\w'’-]+){{0,3}}"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_DATE = rf"(?:{_MONTH}\s+)?(?:19|20)\d\d(?:[-/]\d{{2,4}})?"
_NOT_AREA = {"The", "This", "A", "An", "Our", "Previous", "Last", "CQC", "CQC's", "That", "Its", "Their",
             "Joint", "Local", "Earlier", "First", "As", "In", "Since", "At"}

#: Ways of naming an earlier document: (kind, pattern with optional groups area, date, year).
PATTERNS = [
    ("review", (rf"(?P<area>{_AREA})(?:'s)?\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:CLAS|Children\s+Looked\s+After\s+and\s+"
               rf"Safeguarding)\s+[Rr]eview(?:\s*\((?P<date>{_DATE})\))?")),
    ("review", (rf"(?:Children\s+Looked\s+After\s+and\s+Safeguarding\s*\(CLAS\)\s*|CLAS\s+)[Rr]eview\s+"
               rf"(?:in|of)\s+(?P<area>{_AREA})(?:\s*\((?P<date>{_DATE})\))?")),
    ("review", (rf"\b(?:[Oo]ur|[Tt]he|CQC's|[Aa])\s+(?:(?P<q>previous|last|earlier|first)\s+)?(?:(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\s+)?"
               rf"(?:(?P<cqc>CQC)\s+)?(?P<clas>CLAS\s+)?(?:review(?!\s+(?:health\s+)?assessments?\b)|(?(cqc)inspection|(?!))"
               rf"|(?:(?<=previous\s)|(?<=last\s)|(?<=earlier\s)|(?<=\d\d\s))(?:review\s+)?visit)(?:\s+of\s+(?P<area>{_AREA}))?"
               rf"(?:\s+(?:in|of)\s+(?P<date>{_DATE}))?(?:\s*\((?P<date2>{_DATE})\))?")),
    ("review", (rf"\b(?:we|CQC)\s+(?:reported|found|noted|identified|reviewed|recorded|saw|measured|observed)\s+(?:it\s+)?in\s+"
               rf"(?P<year>(?:19|20)\d\d)\b"
               rf"|\b(?:made|set\s+out|found|reported)\s+by\s+CQC\s+in\s+(?P<date2>{_DATE})")),
    # "when we last reviewed", "since CQC last visited": the review's own team pointing back
    ("review", r"\b(?:we|CQC)\s+(?P<q>last|previously|first)\s+(?:reviewed|visited|inspected|looked\s+at|reported\s+on|came\s+to)\b"),
    # "our 2015 report", "at our last inspection", "our previous visit": the team's own earlier work
    ("review", (r"\b[Oo]ur\s+(?:(?P<q>previous|last|earlier|first|prior)\s+(?:(?P<year>(?:19|20)\d\d)\s+)?"
               r"|(?P<date2>(?:19|20)\d\d)\s+)(?:CLAS\s+)?(?:report|inspection|visit|review\s+visit)s?\b")),
    # "Ofsted, when it inspected children's services in 2016", "when Ofsted visited in 2016"
    ("ofsted", (rf"\bOfsted\s+(?:\w+\s+){{0,3}}?(?:inspected|visited|reviewed|judged|rated)\b[^.;]{{0,60}}?"
               rf"\b(?:in|during)\s+(?P<date2>{_DATE})")),
    ("jtai", (rf"\b(?:(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+)?(?:[Jj]oint\s+[Tt]argeted\s+[Aa]rea\s+[Ii]nspection(?:\s*\(JTAI\))?|JTAI)"
             rf"(?:\s+(?:in|of)\s+(?P<area>{_AREA}))?(?:\s+in\s+(?P<date2>{_DATE}))?(?:\s*\((?P<date>{_DATE})\))?")),
    ("joint-inspection", (rf"\b(?:(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+)?[Jj]oint\s+(?:(?:Ofsted|CQC)\s+and\s+(?:Ofsted|CQC)\s+)?"
                         rf"inspection(?:\s+of\s+safeguarding\s+and\s+looked\s+after\s+children(?:'s)?\s+services)?"
                         rf"(?:\s+in\s+(?P<area>{_AREA}))?(?:\s+in\s+(?P<date2>{_DATE}))?(?:\s*\((?P<date>{_DATE})\))?")),
    ("ofsted", (rf"\b(?:(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+)?(?:Ofsted(?:'s)?\s+(?:(?P<date3>(?:19|20)\d\d)\s+)?"
               rf"(?:(?:single|SIF|ILACS|children's\s+services)\s+)?"
               rf"inspection|(?:Ofsted(?:'s)?\s+)?(?:SIF|ILACS)(?:\s+inspection)?|Ofsted\s+single\s+inspection\s+framework)"
               rf"(?:\s+of\s+(?:(?!\s+in\s)[^().;,]){{1,80}})?(?:\s+in\s+(?P<area>{_AREA}))?"
               rf"(?:\s+in\s+(?P<date2>{_DATE}))?(?:\s*\((?P<date>{_DATE})\))?")),
    ("serious-case-review", (rf"(?:(?P<area>{_AREA})\s+)?(?:(?:the\s+|a\s+)?(?P<year>(?:19|20)\d\d)\s+)?"
                            rf"(?:[Ss]erious\s+[Cc]ase\s+[Rr]eview|SCR)\b(?:(?:\s+[^.();]{{0,60}}?)?\s*\((?P<date>{_DATE})\))?")),
    ("report", rf"(?P<title>[A-Z][\w']*(?:\s+[\w'-]+){{0,6}}?\s+(?:report|inspection letter))\s*\((?P<date>{_DATE})\)"),
]
_COMPILED = [(kind, re.compile(p)) for kind, p in PATTERNS]
#: Words one of which every pattern needs: a cheap test before the patterns themselves.
_ANY = re.compile(r"review|inspect|visit|JTAI|\bSCR\b|\bSIF\b|ILACS|\breport\b|(?:19|20)\d\d", re.IGNORECASE)
TITLES = {"review": "{area} CLAS review", "jtai": "Joint targeted area inspection (JTAI) of {area}",
          "joint-inspection": "Joint Ofsted and CQC inspection of safeguarding and looked after children services in {area}",
          "ofsted": "Ofsted inspection of children's services in {area}",
          "serious-case-review": "{area} serious case review", "report": "{title}"}
KINDS = {"review": "review", "jtai": "inspection", "joint-inspection": "inspection", "ofsted": "inspection",
         "serious-case-review": "report", "report": "report"}  # only CLAS reviews are "review"

#: A shortfall found before and found again; improvement since then (rules/cues.py, EARLIER).
REPEAT_CUES = re.compile(alternation(EARLIER, "REPEATS"), re.IGNORECASE)
PROGRESS_CUES = re.compile(alternation(EARLIER, "PROGRESS_SINCE"), re.IGNORECASE)


@dataclass
class Mention:
    kind: str
    area: str
    year: str
    date: str
    title: str
    start: int
    end: int


def mentions(sentence: str) -> list[Mention]:
    """The earlier documents a sentence names, in text order, without overlaps.

    >>> [(m.kind, m.year) for m in mentions("As when we last reviewed services, few had a passport.")]
    [('review', '')]
    >>> [(m.kind, m.year) for m in mentions("Our 2015 report found the same gap.")]
    [('review', '2015')]
    >>> [(m.kind, m.year) for m in mentions("This was also found by Ofsted when it inspected in 2016.")]
    [('ofsted', '2016')]
    """
    found: list[Mention] = []
    if not _ANY.search(sentence):
        return found
    for kind, pattern in _COMPILED:
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            area = (groups.get("area") or "").strip()
            words = area.split()
            while words and words[0] in _NOT_AREA:
                words.pop(0)
            area = re.sub(r"['’]s$", "", " ".join(words))
            date = groups.get("date") or groups.get("date2") or groups.get("date3") or groups.get("year") or ""
            if kind == "review" and not (area or date or groups.get("q") or groups.get("clas") or groups.get("cqc")) \
                    and "reported" not in m.group(0) and "found" not in m.group(0):
                continue  # "the review": this one
            if kind == "serious-case-review" and not (area or date):
                continue
            if kind == "review" and re.search(r"\bthis\b", sentence[max(0, m.start() - 6):m.start()], re.IGNORECASE):
                continue
            year = re.search(r"(?:19|20)\d\d", date)
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            if any(f.kind == kind and 0 <= m.start() - f.end <= 2 for f in found):
                continue  # "(SIF)" after "the Ofsted inspection": the same document again
            found.append(Mention(kind, area, year.group(0) if year else "", date,
                                 (groups.get("title") or "").strip(), m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


#: A bare year (or month and year) that stands for the earlier review: "much improved on 2014",
#: "as in 2014", "unchanged from July 2014".
_YEAR_OF_REVIEW = re.compile(r"\b(?:since|on|as\s+in|as\s+at|compared\s+(?:with|to)|than\s+(?:in\s+)?|from|"
                             r"in|at|during|back\s+in)\s+"
                             rf"(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-/–])", re.IGNORECASE)


def year_mentions(sentence: str, review_year: str) -> list[Mention]:
    """The earlier review, where a sentence compares with the year it took place in and names
    no document ("waiting times continue to be a concern, as in 2014").

    >>> [(m.kind, m.year) for m in year_mentions("Progress since 2014 is marked.", "2014")]
    [('review', '2014')]
    >>> year_mentions("Progress since 2016 is marked.", "2014")
    []
    """
    return [Mention("review", "", m.group("year"), m.group("year"), "", m.start(), m.end())
            for m in _YEAR_OF_REVIEW.finditer(sentence) if review_year and m.group("year") == review_year[-4:]]


def relation_of(sentence: str) -> str:
    """REPEATS, PROGRESS_SINCE or CITES: what a sentence naming an earlier document says of it."""
    if REPEAT_CUES.search(sentence):
        return "REPEATS"
    if PROGRESS_CUES.search(sentence):
        return "PROGRESS_SINCE"
    return "CITES"


def context_years(paragraphs: list[str]) -> dict[tuple[str, str], str]:
    """(kind, area) -> year, for documents the context section dates ("CQC last reviewed health
    services ... in Ashvale in March 2015", "Ofsted carried out a single inspection ... in 2016")."""
    years: dict[tuple[str, str], str] = {}
    for text in paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            year = re.findall(r"\b(?:19|20)\d\d\b", sentence)
            if not year:
                continue
            low = sentence.lower()
            kinds = []
            if "joint targeted area inspection" in low or "jtai" in low:
                kinds.append("jtai")
            elif re.search(r"\bjoint(?:ly)?\b", low) and "inspection" in low:
                kinds.append("joint-inspection")
            elif "ofsted" in low and "inspection" in low:
                kinds.append("ofsted")
            if "serious case review" in low:
                kinds.append("serious-case-review")
            if re.search(r"cqc\s+(?:last|previously)\s+reviewed|previous\s+(?:clas\s+)?review", low):
                kinds.append("review")
            for kind in kinds:
                years.setdefault(kind, year[0] if kind != "review" else year[-1])
    return years


def document_for(m: Mention, own_area: str, years: dict) -> dict:
    """The Document node of a mention: kind, area, year; its id and title derived from them."""
    area = m.area or own_area
    known = years.get(m.kind, "")
    date = m.date or known
    year = m.year or (re.search(r"(?:19|20)\d\d", known) or [""])[0]
    if m.kind == "report":
        title = re.sub(r"^(?:The|the|This|In)\s+", "", m.title)
        slug_title = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("'", "")).strip("-")
        return {"id": f"{slug_title}-{re.sub(r'[^0-9]+', '-', m.date).strip('-')}", "title": title,
                "kind": "report", "area": "", "year": m.date, "date": m.date}
    title = TITLES[m.kind].format(area=area, title=m.title)
    if date:
        title += f" ({date})"
    prefix = "clas-review" if m.kind == "review" else m.kind
    area_slug = re.sub(r"[^a-z0-9]+", "-", area.lower().replace("&", "and").replace("'", "")).strip("-")
    doc_id = f"{prefix}-{area_slug}" + (f"-{year}" if year else "")
    return {"id": doc_id, "title": title, "kind": KINDS[m.kind], "area": area, "year": year,
            "date": date}
