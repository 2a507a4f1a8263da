"""Header fields: dates, inspector names and the organisations run together on one line.

>>> parse_review_dates("22 nd July - 26 th July 2019")
('2019-07-22', '2019-07-26')
>>> parse_review_dates("30th September to 4th October 2019")
('2019-09-30', '2019-10-04')
>>> parse_date("4 th October 2019")
'2019-10-04'
>>> parse_date("12.04.2019"), parse_date("2019-04-12")
('2019-04-12', '2019-04-12')
>>> split_people("Sue Talbot Lee Carey Dr Ann O'Neil")
['Sue Talbot', 'Lee Carey', "Dr Ann O'Neil"]
>>> split_organisations("Oakham Medical Practice Turning Point Leicestershire Partnership NHS Trust")
['Oakham Medical Practice', 'Turning Point', 'Leicestershire Partnership NHS Trust']
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from clasgraph.ingest.rules.layout import (
    ALONE_ON_LINE,
    DASHED_OR_COLON,
    LABEL_SEPARATOR,
    OTHER_LABEL,
    REVIEW_DATE_FORMS,
    WEEKDAY,
)
from clasgraph.ingest.rules.layout import HEADER_LABELS as _LABEL_ROWS
from dateutil import parser as dateparser

_ORDINAL = re.compile(r"(\d+)\s*(st|nd|rd|th)\b", re.IGNORECASE)
#: Words that end an organisation's name ("... NHS Trust", "... Practice", "... CCGs").
END_CUES = {
    "trust", "practice", "practices", "surgery", "ccg", "ccgs", "ccg's", "groups", "group",
    "council", "hospital", "hospitals", "partnership", "board", "centre", "health",
    "england", "services", "service", "limited", "ltd", "cic", "llp", "healthcare", "ft", "company",
    "plc",
}
#: Words of a body's kind that may follow one of its closing words within one name:
#: "Bramblegate Practices Federation", "Harbour Health Alliance", "Kestrel Surgery Group".
_KIND_AFTER_CLOSING = {"federation", "alliance", "consortium", "collaborative", "partnership", "group", "network"}
#: The closing words such a kind may follow (not "Council", "Trust" or a legal form, which end a name:
#: "Ashvale Borough Council Alliance Medical Ltd" is two bodies).
_BEFORE_A_KIND = {"practice", "practices", "surgery", "surgeries", "health", "healthcare", "services", "service",
                  "hospital", "hospitals"}
#: Legal forms that follow a name's last word ("... Healthcare Ltd", "... Health CIC").
_LEGAL_FORMS = {"ltd", "limited", "cic", "llp", "plc", "ft"}
#: Words after which "and" begins the next name of a list, not more of this one ("... NHS Trust and
#: Ashvale CCG"); "Health and Social Care ..." goes on.
_LIST_ENDS = {"trust", "ccg", "ccgs", "practice", "practices", "surgery", "council", "cic", "ltd", "limited",
              "llp", "plc", "ft"}
#: Words a name cannot end on even if they are cues, because more of the name follows.
_TITLES = {"dr", "mr", "mrs", "ms", "miss", "prof", "professor"}


#: An area's name after "Safeguarding in" / "health services in" (never a heading's word after it): "St. Helens", "Brighton & Hove",
#: "Kingston upon Thames", "Bath and North East Somerset", "Southend-on-Sea".
_AREA_WORD = r"(?:(?!(?:Children|The|Date|Review|Page|Contents|Summary|Context|About|Recommendations|Follow-up|Follow|Further|Second|Report|Inspection)\b)[A-Z][\w'’.-]*|and|&|upon|on|of|the|in|le)"
AREA = re.compile(rf"\b(?:Safeguarding|[Ss]ervices|CLAS review|[Ss]afeguarding review) in\s+"
                  rf"(?P<area>[A-Z][\w'’.-]*(?:[ \t]+{_AREA_WORD})*)")


#: An area's name on a line of its own under a title that does not name it ("Hartsmoor",
#: "Brighton and Hove"): a few capitalised words, no label, date or sentence.
_AREA_ALONE = re.compile(rf"(?=[A-Z]){_AREA_WORD}(?:[ \t]+{_AREA_WORD}){{0,4}}(?=[ \t]+(?![a-z&])|$)")
#: The words a CLAS review's title ends with before the area ("... Looked After and Safeguarding").
TITLE_END = re.compile(r"\bChildren\s+Looked\s+After\s+and\s+Safeguarding\b", re.IGNORECASE)


def area_alone(line: str, opening: bool = False) -> str:
    """The area a line of its own names under a title without one, or ""; with ``opening``, the
    area the line opens with (a title run on into the area and a subtitle: "Hartsmoor Children
    Looked After and Safeguarding").

    >>> area_alone("Hartsmoor"), area_alone("Brighton and Hove"), area_alone("Fieldwork dates – 2 May 2018")
    ('Hartsmoor', 'Brighton and Hove', '')
    >>> area_alone("Children Looked After and Safeguarding")
    ''
    >>> area_alone("Hartsmoor: second review"), area_alone("Hartsmoor – a follow-up review")
    ('Hartsmoor', 'Hartsmoor')
    >>> area_alone("Hartsmoor: second review of the role of health services")
    'Hartsmoor'
    >>> area_alone("Hartsmoor Children Looked After and Safeguarding", opening=True)
    'Hartsmoor'
    """
    line = line.strip()
    line = re.sub(r"\s*(?::|\s[-–—])\s+[a-z][\w -]{0,60}$", "", line)  # "Brantholme: second review (of ...)"
    m = _AREA_ALONE.match(line) if opening else _AREA_ALONE.fullmatch(line)
    area = m.group(0).strip() if m else ""
    return area if area and not _LABEL_RE.match(area) and not TITLE_END.search(area) else ""


def area_in(text: str) -> str:
    """The area a title names.

    >>> area_in("Review of Health Services for Children Looked After and Safeguarding in St. Helens")
    'St. Helens'
    >>> area_in("Safeguarding in Brighton & Hove Children Looked After and Safeguarding")
    'Brighton & Hove'
    """
    m = AREA.search(text)
    if not m:
        return ""
    words = m.group("area").split()
    while words and words[-1] in ("and", "&", "upon", "on", "of", "the", "in", "le"):
        words.pop()
    return " ".join(words).rstrip(".")


def _clean_date(text: str) -> str:
    return _ORDINAL.sub(r"\1", text).replace(",", " ").strip()


def parse_date(text: str, default: datetime | None = None) -> str | None:
    """ISO date from "4 th October 2019" and similar; None where no date can be read."""
    text = _clean_date(text)
    if not re.search(r"\d", text):
        return None
    iso = re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)  # "2019-04-12": year first, whatever else is
    try:
        when = dateparser.parse(text, dayfirst=not iso, yearfirst=bool(iso), default=default or datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if when.year == 1900:
        return None
    return when.date().isoformat()


_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")


def day_first(text: str) -> str:
    """Dates written month first ("June 11-15, 2018", "October 2, 2017 to October 6, 2017") as the
    rest of a report writes them, day first, so a range is read as one.

    >>> day_first("June 11-15, 2018"), day_first("October 2, 2017 to October 6, 2017")
    ('11 June - 15 June 2018', '2 October 2017 to 6 October 2017')
    >>> day_first("11-15 June 2018")
    '11-15 June 2018'
    """
    text = re.sub(rf"\b({_MONTH_NAME})\s+(\d{{1,2}})\s*(-|–|—|\bto\b|\buntil\b)\s*(\d{{1,2}}),?\s+(\d{{4}})\b",
                  r"\2 \1 \3 \4 \1 \5", text, flags=re.IGNORECASE)
    return re.sub(rf"\b({_MONTH_NAME})\s+(\d{{1,2}})(?!\d)(?:,\s*|\s+)(?=\d{{4}}\b)", r"\2 \1 ", text, flags=re.IGNORECASE)


def parse_review_dates(text: str) -> tuple[str | None, str | None]:
    """Start and end of the review; the start borrows month and year from the end if missing.

    A CLAS review's visit runs over one working week, so an end date whose day was lost (a
    superscript day dropped by a PDF converter: "22nd July - th July 2019") is taken as the
    Friday of the start's week.

    >>> parse_review_dates("22nd July - th July 2019")
    ('2019-07-22', '2019-07-26')

    The forms are rows of :data:`clasgraph.ingest.rules.layout.REVIEW_DATE_FORMS`, among them
    two dates side by side without a dash:

    >>> parse_review_dates("14 th July 18 th July 2014")
    ('2014-07-14', '2014-07-18')
    """
    text = re.sub(r"\([^)]*\)", " ", text)  # "(inclusive)"
    cleaned = " ".join(re.sub(r"(?<![\d\w])(?:st|nd|rd|th)\b", "", _clean_date(text)).split())
    cleaned = day_first(cleaned)
    for form in REVIEW_DATE_FORMS:
        m = re.fullmatch(form.pattern, cleaned, re.IGNORECASE)
        if not m:
            continue
        found = {k: v for k, v in m.groupdict().items() if v}
        if "week" in found:  # "w/c 5 March 2018": the working week from that day
            start = parse_date(found["week"])
            if start:
                return start, (datetime.fromisoformat(start) + timedelta(days=4)).date().isoformat()
            continue
        end = parse_date(found.get("end", ""))
        if end is None:
            continue
        if "start" not in found:
            return end, end
        start = parse_date(found["start"], default=datetime.fromisoformat(end))
        if start is None:
            continue
        if not re.match(r"\s*\d", found["end"]):  # the end's day was lost: the Friday of that week
            when = datetime.fromisoformat(start)
            end = (when + timedelta(days=max(0, 4 - when.weekday()))).date().isoformat()
        return start, end
    return None, None


_ROLE = re.compile(r"\s*(?:\(\s*(?:lead|deputy|senior)?\s*(?:CQC\s+)?(?:inspector|reviewer)?\s*\)|[–—-]\s*(?:lead|deputy|senior)\s+"
                   r"(?:CQC\s+)?inspector\b|,\s*(?:lead|deputy|senior)\s+(?:CQC\s+)?inspector\b)", re.IGNORECASE)


def split_people(text: str) -> list[str]:
    """Names run together on one line: split on commas/"and" if present, else pair words.

    >>> split_people("Helen Marsh (lead inspector), Tom Reid")
    ['Helen Marsh', 'Tom Reid']
    >>> split_people("Helen Marsh – Lead Inspector Tom Reid")
    ['Helen Marsh', 'Tom Reid']

    A bulleted list, one a line or with its line breaks lost, and a role in brackets:

    >>> split_people("- Helen Marsh (lead reviewer) - Tom Reid")
    ['Helen Marsh', 'Tom Reid']
    >>> split_people("Helen Marsh (lead) / Tom Reid")
    ['Helen Marsh', 'Tom Reid']
    >>> split_people("Helen Marsh (lead inspector) Tom Reid Ann Smith")
    ['Helen Marsh', 'Tom Reid', 'Ann Smith']
    """
    bullet = re.match(r"\s*([-•*·▪])\s", text)
    if bullet:  # each name after the list's own bullet
        text = "\n".join(p for p in re.split(rf"(?:^|\s){re.escape(bullet.group(1))}\s", text) if p.strip())
    text = _ROLE.sub(",", text).strip().strip(",").rstrip(".")
    if "\n" in text:
        return [n for line in text.split("\n") for n in split_people(line)]
    if re.search(r",|\band\b|;|\s/\s", text):  # "Ann Smith / Raj Patel": a slash between spaces too
        pieces = [p.strip() for p in re.split(r",|;|\band\b|\s/\s", text) if p.strip()]
        # a piece of four capitalised words or more is names whose line breaks were lost
        return [n for p in pieces for n in (split_people(p) if len(p.split()) >= 4 and p.istitle() else [p])]
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

    longest_known = max(len(name.split()) for name in KNOWN_KINDS)
    names: list[str] = []
    current: list[str] = []
    words = text.split()
    for i, word in enumerate(words):
        if not current and word in ("and", "&"):  # "A NHS Trust and B NHS Trust": a list of two
            continue
        current.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        cue = word.lower().strip(",.;") in END_CUES
        # "NHS Foundation Trust" / "Partnership NHS Trust": keep going while the name continues.
        after = words[i + 2] if i + 2 < len(words) else ""
        # "Partnership NHS Trust" goes on; "NHS England NHS Halton CCG" is two names
        nhs_goes_on = nxt == "NHS" and (after in ("Trust", "Foundation") or after.lower().strip(",.;") in _LEGAL_FORMS
                                        or not after)  # "... NHS FT"
        listed = word.lower().strip(",.;") in _LIST_ENDS and nxt in ("and", "&") and (after[:1].isupper() or not after)
        continues = nhs_goes_on or nxt in ("Foundation", "Trust", "CCG", "CCGs") or nxt.lower().strip(
            ",.;") in _LEGAL_FORMS or nxt.lower() in ("of", "and", "&", "for", "the") or (
            nxt[:1].islower() if nxt else False)
        if word.lower() in ("partnership", "health", "services", "service", "hospital"):
            continues = continues or nxt[:1].isupper()
        continues = continues or (word.lower().strip(",.;") in _BEFORE_A_KIND and nxt.lower().strip(",.;") in _KIND_AFTER_CLOSING)
        continues = continues and not listed
        so_far = " ".join(current[-longest_known:]).lower()  # the last words only: linear in the run
        known = any(so_far.endswith(name) for name in KNOWN_KINDS)
        if (cue and not continues) or known:
            names.append(" ".join(current).strip(" ,;"))
            current = []
    if current:
        names.append(" ".join(current).strip(" ,;"))
    return [n for n in names if n]


#: Header labels as printed (patterns, case ignored), with the field each one gives
#: (rows of :data:`clasgraph.ingest.rules.layout.HEADER_LABELS`).
HEADER_LABELS = [(row.pattern, row.field) for row in _LABEL_ROWS]
_LABEL_RE = re.compile(
    r"(?i)(?:^|(?<=\s))(?:" + "|".join(f"(?P<f{i}>{p})" for i, (p, _) in enumerate(HEADER_LABELS))
    + rf")[ \t]*(?:{LABEL_SEPARATOR}|(?=\t)|(?=\n)|$)", re.MULTILINE)

#: NHS England regions and area teams, and CQC regions, as reports name them (data).
NHS_ENGLAND_AREAS = [
    "North of England", "North East and Yorkshire", "North West", "North East", "North",
    "Midlands and East", "Midlands", "East of England", "East", "London", "South of England",
    "South East", "South West", "South",
    # the area teams (2013-2016) and sub-regions reports name
    "North Midlands", "Central Midlands", "West Midlands", "East Midlands", "East Anglia", "Essex",
    "Hertfordshire and the South Midlands", "Thames Valley", "Wessex", "Kent, Surrey and Sussex",
    "Bath, Gloucestershire, Swindon and Wiltshire", "Bristol, North Somerset, Somerset and South Gloucestershire",
    "Devon, Cornwall and Isles of Scilly", "Cheshire and Merseyside", "Cheshire, Warrington and Wirral",
    "Merseyside", "Greater Manchester", "Lancashire", "Cumbria and North East",
    "Cumbria, Northumberland, Tyne and Wear", "Durham, Darlington and Tees", "Yorkshire and the Humber",
    "Yorkshire and Humber", "North Yorkshire and Humber", "South Yorkshire and Bassetlaw", "West Yorkshire",
    "Derbyshire and Nottinghamshire", "Leicestershire and Lincolnshire", "Shropshire and Staffordshire",
    "Arden, Herefordshire and Worcestershire", "Birmingham and the Black Country", "Surrey and Sussex",
    "Kent and Medway", "Hampshire and the Isle of Wight", "North Central and East London",
    "North West London", "South London",
]
CQC_REGIONS = ["North", "Central", "London", "South", "North East", "North West", "South East",
               "South West", "East", "Midlands"]
#: A review's dates at the start of a run of flattened values: a range with or without a dash
#: (the end's day may be lost: "9 th December th December 2013"), or one date.
_DAY = rf"(?:(?i:{WEEKDAY})\s+)?"  # "Monday 10"
_DATE_RANGE = re.compile(
    rf"{_DAY}\d{{1,2}}\s*(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?(?:,?\s+\d{{4}})?"
    rf"\s*(?:-|–|—|\bto\b|\buntil\b)?\s*(?:{_DAY}\d{{1,2}}\s*)?(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{{4}}"
    rf"|{_DAY}\d{{1,2}}\s*(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{{4}}"
    r"|(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"  # numeric: "13/03/2017 to 17/03/2017", "12.04.2019"
    r"(?:\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}))?")


def _region_pattern(names: list[str]) -> re.Pattern:
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"^\s*((?:NHS England\s+)?(?:{body})(?:\s+[Rr]egion)?(?:\s*\([^)]{{2,60}}\))?"
                      rf"(?:\s+[Rr]egion)?)(?=\s|$)")


_NHSE_AREA = _region_pattern(NHS_ENGLAND_AREAS)
_CQC_REGION = _region_pattern(CQC_REGIONS)


def _field_of(label: re.Match) -> str:
    """The header field a match of :data:`_LABEL_RE` or :data:`_BARE_LABEL_RE` labels."""
    return HEADER_LABELS[int(label.lastgroup[1:])][1]


def _label_matches(text: str) -> list[re.Match]:
    """The header labels of ``text`` in order; where none has a colon, also labels run into
    their values (:func:`_bare_label`)."""
    matches = list(_LABEL_RE.finditer(text))
    if not any(":" in m.group(0) for m in matches):  # no colons: labels may run into their values
        taken = [(m.start(), m.end()) for m in matches]
        matches += [m for m in _BARE_LABEL_RE.finditer(text) if _bare_label(m, text)
                    and not any(s < m.end() and m.start() < e for s, e in taken)]
        matches.sort(key=lambda m: m.start())
    return matches


def header_starts(line: str) -> int | None:
    """Where the header's first label stands in a title line that runs on into the header (a
    copy whose line breaks were lost), or None where the title ends its line.

    >>> line = "Review of health services for Children Looked After and Safeguarding Ketleigh Inspection week 9-13 October 2017 Published 8 December 2017"
    >>> line[header_starts(line):]
    'Inspection week 9-13 October 2017 Published 8 December 2017'
    >>> header_starts("Review of health services for Children Looked After and Safeguarding in Ketleigh") is None
    True
    """
    end = TITLE_END.search(line)
    if not end:
        return None
    return next((_label_start(line, m) for m in _label_matches(line) if m.start() >= end.end()), None)


def front_table_cells(text: str) -> str:
    r"""A front page's table as ``Label<TAB>value`` lines: dot leaders between a label and its
    value ("Publication date ........ 20 May 2019") and a row's number in a first column
    ("3<TAB>Report issued<TAB>29.05.15") are cell borders, not words, as are the spaces that
    align a label's column with its value's ("CCG        NHS Ashvale CCG").

    >>> front_table_cells("Publication date ........ 20 May 2019\n3\tReport issued\t29.05.15")
    'Publication date\t20 May 2019\nReport issued\t29.05.15'
    >>> front_table_cells("CCG        NHS Ashvale CCG")
    'CCG\tNHS Ashvale CCG'
    """
    text = re.sub(r"[ \t]*\.{5,}[ \t]*", "\t", text)
    text = re.sub(r"(?m)^([ \t]*[A-Za-z][^\n\t]*?\S)[ ]{3,}(?=\S)", "\\1\t", text)  # columns aligned by spaces
    text = re.sub(r"(?m)^[ \t]*\d{1,2}[.)]?\t(?=[A-Za-z])", "", text)
    return re.sub(r"[ \t]+\d{1,2}[.)]?\t(?=[A-Za-z])", "\n", text)  # rows run together


def parse_header(text: str) -> dict[str, str]:
    """Header fields from the front page, anchored on their labels wherever they stand.

    Reads ``Label<TAB>value``, ``Label: value``, a label alone with its value on the following
    lines, all labels followed by all values (a flattened table), and all of these run together
    on one line. Multi-line values keep their line breaks.

    >>> h = parse_header("Date of review: 9 March - 13 March 2015 Date of publication: 20 May 2015")
    >>> h["review_dates"], h["published"]
    ('9 March - 13 March 2015', '20 May 2015')
    """
    text = front_table_cells(text)
    matches = _label_matches(text)
    # a value that opens with a label's words after a colon or a cell's end, or with its own label's
    # words ("NHS ENGLAND NHS England London region"), is a value
    matches = [m for i, m in enumerate(matches)
               if not (i and (":" in matches[i - 1].group(0) or "\t" in text[matches[i - 1].end():m.start()]
                              or matches[i - 1].lastgroup == m.lastgroup)
                       and ":" not in m.group(0) and not text[matches[i - 1].end():m.start()].strip(" \t"))]
    # a label set off by a dash right after its own field's label ends an item of that field's dashed
    # list ("CCGs included: - NHS North Lea CCG - NHS South Lea CCG"), as a field has one label
    matches = [m for i, m in enumerate(matches)
               if not (i and _field_of(matches[i - 1]) == _field_of(m) and m.group(0)[-1] in "-–—"
                       and ":" in matches[i - 1].group(0) and "\n" not in text[matches[i - 1].end():m.start()]
                       and text[matches[i - 1].end():m.start()].lstrip(" \t").startswith(m.group(0)[-1]))]
    found = [(_label_start(text, m), m.end(), _field_of(m)) for m in matches]
    fields: dict[str, str] = {}
    pending: list[str] = []  # labels whose values come later (a flattened table)
    for i, (_, end, key) in enumerate(found):
        if key in pending:
            continue
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        value = _other_labels_out(_FRONT_END.split(text[end:stop], 1)[0]).strip(" \t\n:|")
        value = re.sub(r"\s+\d{1,2}[.)]?$", "", value) if i + 1 < len(found) else value  # the next row's number
        dash = text[end - 1:end]
        if dash in "-–—" and key in _LISTS and re.search(rf"\s{dash}\s", value):
            value = f"{dash} {value}"  # the dash after the label was the list's first bullet
        if not value:
            pending.append(key)
            continue
        if pending:
            pending.append(key)
            fields.update(assign_flattened_values(pending, value.split("\n"), text))
            pending = []
        else:  # a field given twice ("Lead inspector:", then "Inspectors:") keeps both values
            value = _dates_only(key, "\n".join(ln.strip() for ln in value.split("\n") if ln.strip()))
            if key == "deputy_chief_inspector":  # one person: a line, not the paragraphs the front page goes on with
                value = value.split("\n")[0]
            fields[key] = f"{fields[key]}\n{value}" if fields.get(key) else value
    return {k: v for k, v in fields.items() if v}


#: Words that may stand before a known label at the start of its line, as more of the label
#: ("Reviewing inspectors:", "Visiting CQC inspectors:"): a few words, no figures, no colon.
_LABEL_QUALIFIER = re.compile(r"[ \t]*[A-Z][A-Za-z'’()-]*(?:[ \t]+[A-Za-z'’()-]+){0,2}[ \t]+")
#: A word that makes a label of people into another ("Team inspectors", "Lead reviewer"), right
#: before it where a table's rows were run onto one line ("Jo Bloggs Team inspectors<TAB>...").
_ROLE_BEFORE = re.compile(r"\s((?:Lead|Team|Other|Visiting|Reviewing|Supporting|Assisting|Additional|Specialist)"
                          r"[ \t]+)$")


def _label_start(text: str, m: re.Match) -> int:
    """Where a label begins: at its line's start where the words before it on its line are more
    of the label, so that they are not read as the end of the value before.

    >>> parse_header("Published:\\t6 January 2017\\nReviewing inspectors:\\tJo Bloggs")
    {'published': '6 January 2017', 'inspectors': 'Jo Bloggs'}
    >>> parse_header("Lead inspector\\tJo Bloggs\\nTeam inspectors\\tAnn Smith, Raj Patel")
    {'inspectors': 'Jo Bloggs\\nAnn Smith, Raj Patel'}
    >>> parse_header("Lead inspector\\tJo Bloggs Team inspectors\\tAnn Smith, Raj Patel")
    {'inspectors': 'Jo Bloggs\\nAnn Smith, Raj Patel'}
    """
    line_start = text.rfind("\n", 0, m.start()) + 1
    cell_end = text.startswith("\t", m.end())
    if line_start and line_start < m.start() and (":" in m.group(0) or cell_end) \
            and _LABEL_QUALIFIER.fullmatch(text, line_start, m.start()):
        return line_start
    before = _ROLE_BEFORE.search(text, line_start, m.start()) if cell_end else None
    return before.start(1) if before else m.start()


#: Fields whose values are lists (of people or of bodies), perhaps bulleted.
_LISTS = ("inspectors", "providers", "ccgs")
#: The labels as printed with nothing between them and their values ("Published 18.05.2018"),
#: in a header with no colons whose line breaks were lost.
_BARE_LABEL_RE = re.compile(
    r"(?i)(?:^|(?<=\s))(?:" + "|".join(
        f"(?P<f{i}>{p.replace(DASHED_OR_COLON, '').replace('^(?:', '(?:').replace(ALONE_ON_LINE, '')})"
        for i, (p, _) in enumerate(HEADER_LABELS)) + r")[ \t]+(?=\S)", re.MULTILINE)


def _bare_label(m: re.Match, text: str) -> bool:
    """A label run into its value is read only where it cannot be words of a value: printed
    with a capital, and two words or more, or one word before a date ("Fieldwork From 5 March
    2018", "Published 18.05.2018").

    >>> parse_header("Area reviewed Ashvale Council Published 18.05.2018")
    {'local_authority': 'Ashvale Council', 'published': '18.05.2018'}

    A list's one-word label ("Providers") before a capitalised name:

    >>> parse_header("Lead inspector Jo Bloggs Providers Ashvale Hospitals NHS Trust Published 18.05.2018")
    {'inspectors': 'Jo Bloggs', 'providers': 'Ashvale Hospitals NHS Trust', 'published': '18.05.2018'}
    >>> parse_header("PUBLISHED 18.05.2018 PROVIDERS (1) Ashvale Hospitals NHS Trust (2) Riverstep")["providers"]
    '(1) Ashvale Hospitals NHS Trust (2) Riverstep'
    >>> parse_header("PROVIDERS (1) Ashvale Hospitals NHS Trust (AHT) CCG NHS Ashvale CCG (ACCG)")["ccgs"]
    'NHS Ashvale CCG (ACCG)'
    """
    label = m.group(0).strip()
    if not label[:1].isupper() or re.match(r"\s*(?:[,;/]|\((?!\d{1,2}\)\s))", text[m.end():]):
        return False  # the end of a name: "NHS Coast Clinical Commissioning Group (CC CCG) / ..."
    if _field_of(m) in _LISTS and re.fullmatch(r"[A-Z]\w+", label):
        # a list's one-word label ("Providers", "PROVIDERS") before a name or its list's first number
        # (in capitals only a word, not an abbreviation: "CCG" ends a name)
        return bool(re.match(r"[A-Z]|\(1\)\s", text[m.end():])) and (
            label[1:].islower() or label.isupper() and (len(label) > 4 or text.startswith("NHS ", m.end())
                                                          and text[:m.start()].rstrip().endswith(")")))
    return len(label.split()) >= 2 or bool(re.match(rf"(?i)(?:from\s+|between\s+)?(?:{_DATE_RANGE.pattern})", text[m.end():]))


def _dates_only(key: str, value: str) -> str:
    """A date field's value on one line without what follows its dates where that holds a
    label clasgraph does not know (a header whose line breaks were lost).

    >>> _dates_only("published", "12th May 2017 Publicised by: CQC")
    '12th May 2017'
    >>> _dates_only("published", "12th May 2017 (embargoed)")
    '12th May 2017 (embargoed)'

    Words between the date and the next label are more of that label ("... 2017 Reviewing
    inspectors:"):

    >>> _dates_only("published", "12th May 2017 Reviewing")
    '12th May 2017'
    """
    m = _DATE_RANGE.match(value) if key in ("review_dates", "published") and "\n" not in value else None
    rest = value[m.end():] if m else ""
    return m.group(0).strip() if m and (":" in rest or _LABEL_QUALIFIER.fullmatch(rest + " ")) else value


_OTHER_LABEL = re.compile(rf"[ \t]*{OTHER_LABEL}[ \t]*")


def _other_labels_out(value: str) -> str:
    """A label's value without the labels of fields clasgraph does not read: those standing
    first (a flattened table whose last labels are worded otherwise) and any that begins a
    later line with its own value ("Local authority: Ashvale Council").

    >>> _other_labels_out("Regional office:\\n4 May 2019")
    '4 May 2019'
    >>> _other_labels_out("Central\\nLocal authority: Ashvale Council")
    'Central'
    """
    lines = value.strip(" \t\n").split("\n")
    while lines and _OTHER_LABEL.fullmatch(lines[0]):
        lines.pop(0)
    for i, line in enumerate(lines[1:], 1):
        if _OTHER_LABEL.match(line) and not re.match(r"\s*\d", line):
            lines = lines[:i]
            break
    return "\n".join(lines)


_FRONT_END = re.compile(r"\s(?:Contents|Summary of the review)\b")


def _frequent_words(text: str) -> set[str]:
    """Capitalised words used three times or more: place and organisation words, not names."""
    counts: dict[str, int] = {}
    for word in re.findall(r"\b[A-Z][\w'-]+", text):
        counts[word] = counts.get(word, 0) + 1
    return {w for w, n in counts.items() if n >= 3}


def split_included(value: str, document: str = "") -> list[tuple[str, str | None]]:
    """(name, abbreviation) of each body in a header list: one a line, with abbreviations in
    parentheses, or run together; names the report itself uses elsewhere tell where a run of
    names without closing words ("Harbour Recovery Brackenford Health Partnership") splits.

    >>> split_included("Kestrel Recovery (KR)\\nWendlow Park Medical Practice (WPMP)")
    [('Kestrel Recovery', 'KR'), ('Wendlow Park Medical Practice', 'WPMP')]

    A bulleted list whose line breaks were lost is split at its bullets, a list on one line at
    its bars, and a short name may be two words:

    >>> split_included("• Kestrel Recovery (KR) • Wendlow Park Medical Practice")
    [('Kestrel Recovery', 'KR'), ('Wendlow Park Medical Practice', None)]
    >>> split_included("– Kestrel Recovery\\n– Wendlow Park Medical Practice")
    [('Kestrel Recovery', None), ('Wendlow Park Medical Practice', None)]
    >>> split_included("Kestrel Recovery | Wendlow Medical (Wendlow MP)")
    [('Kestrel Recovery', None), ('Wendlow Medical', 'Wendlow MP')]
    >>> split_included("Kestrel Recovery (KR) / Wendlow Medical")
    [('Kestrel Recovery', 'KR'), ('Wendlow Medical', None)]
    >>> split_included("1) Kestrel Recovery (KR) 2) Wendlow Park Medical Practice")
    [('Kestrel Recovery', 'KR'), ('Wendlow Park Medical Practice', None)]
    >>> split_included("  (1) Kestrel Recovery (KR)\\n  (2) Wendlow Park Medical Practice")
    [('Kestrel Recovery', 'KR'), ('Wendlow Park Medical Practice', None)]
    >>> split_included("Kestrel Hospitals NHS Trust; Riverstep; Wendlow Park Medical Practice")
    [('Kestrel Hospitals NHS Trust', None), ('Riverstep', None), ('Wendlow Park Medical Practice', None)]

    A list by commas ends with "and" before its last name:

    >>> split_included("Kestrel Hospitals NHS Trust, Cairn Recovery and Wendlow Medical Group")
    [('Kestrel Hospitals NHS Trust', None), ('Cairn Recovery', None), ('Wendlow Medical Group', None)]

    A kind of body after a closing word is more of the same name:

    >>> split_included("Wendlow Practices Federation (WPF) Kestrel Surgery Wendlow Health Alliance")
    [('Wendlow Practices Federation', 'WPF'), ('Kestrel Surgery', None), ('Wendlow Health Alliance', None)]
    >>> split_included("Ashvale Borough Council Alliance Medical Ltd")
    [('Ashvale Borough Council', None), ('Alliance Medical Ltd', None)]

    A council's own service after its name is the council:

    >>> split_included("Kestrel Borough Council 0-19 Service\\nRiverstep")
    [('Kestrel Borough Council', None), ('Riverstep', None)]
    """
    out: list[tuple[str, str | None]] = []
    lines = re.split(r"\n|\s+[|/]\s+", value)  # one a line, or between bars or slashes
    bullet = re.match(r"\s*([-–—•*·▪])\s", value)
    if bullet:  # each item after the list's own bullet, wherever a line break was lost
        lines = [item for line in lines for item in re.split(rf"\s{re.escape(bullet.group(1))}\s", line)]
    numbered = re.match(r"\s*\(?1([.)])\s", value)
    if numbered:  # "1) A Trust 2) B Trust", "(1) A Trust (2) B Trust": each item after its number
        lines = [item for line in lines for item in re.split(rf"\s(?=\(?\d{{1,2}}{re.escape(numbered.group(1))}\s+[A-Z])", line)]
    for line in _rejoin_broken_names(lines):
        line = re.sub(r"^\s*(?:[-–—•*·▪]|\(?\d+[.)])\s+", "", line)  # a bulleted or numbered list
        for item in line.split(";"):  # no name holds a semicolon: it always separates two
            pos = 0
            for m in re.finditer(rf"\(({_SHORT_NAME})\)", item):
                out.extend(_split_run(item[pos:m.start()], document, m.group(1)))
                pos = m.end()
            out.extend(_split_run(item[pos:], document, None))
    return [(n, a) for n, a in out if n]


#: A body's short name in brackets after its name: "(KR)", "(Ashgrove)", "(Haven FM)", "(Harbourside)".
_SHORT_NAME = r"[A-Z][A-Za-z&]{1,14}(?: [A-Z][A-Za-z&]{1,8})?"

#: Words that only ever close a name: a line of nothing else is the end of the line above's name.
_CLOSING_WORDS = {"nhs", "foundation", "trust", "ccg", "ccgs", "clinical", "commissioning", "group", "groups"} \
    | _LEGAL_FORMS


def _rejoin_broken_names(lines: list[str]) -> list[str]:
    """Lines of a header list with the names broken across lines made whole again: a line of
    closing words only ("Trust", "NHS Foundation trust") or starting in lower case ends the
    name above it.

    >>> _rejoin_broken_names(["Royal Ashvale Hospitals NHS", "Trust", "Ashvale Partnership", "NHS Foundation trust"])
    ['Royal Ashvale Hospitals NHS Trust', 'Ashvale Partnership NHS Foundation trust']
    """
    out: list[str] = []
    for line in lines:
        words = re.sub(rf"\(\s*{_SHORT_NAME}\s*\)", "", line).lower().split()
        closing = words and all(w.strip(",.;") in _CLOSING_WORDS for w in words)
        if out and line.strip() and (closing or line.strip()[:1].islower()):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _split_run(run: str, document: str, abbreviation: str | None) -> list[tuple[str, str | None]]:
    run = run.strip(" ,;")
    if not run:
        return []
    if re.search(r"\bCCGs?\b|Clinical Commissioning Groups?", run):
        parts = [p.strip(" ,") for p in re.split(r"(?<=\bCCG)\b,?\s+(?=\S)|(?<=Clinical Commissioning Group)\b,?\s+(?=\S)", run)]
        # "... CCG and NHS Y CCG"; "NHS England NHS X CCG" (a complete name before the next)
        parts = [q for p in parts for q in split_organisations(re.sub(r"^(?:and|&)\s+", "", p))]
    else:
        parts = []
        pieces = [p.strip() for p in run.split(", ")]
        if len(pieces) > 1 and all(len(p.split()) >= 2 and p[:1].isupper() for p in pieces):
            chunks = pieces  # "A Trust, We Are With You, St. Mary's Surgery": a list by commas
            last = re.fullmatch(r"(.+?) and ([A-Z].+)", chunks[-1])
            if last and all(len(half.split()) >= 2 for half in last.groups()):
                chunks[-1:] = last.groups()  # "..., Cairn Recovery and Wendlow Medical Group"
        else:
            chunks = split_organisations(run)
        for chunk in chunks:
            parts.extend(_known_pieces(chunk, document))
    # "X City Council 0-19 Service": the service a body runs in house, not a second body (the
    # body named after it, where its line break was lost, stays: "... 0-19 Service Northpath Ltd")
    parts = [_after_in_house_service(p) if i else p for i, p in enumerate(parts)]
    names = [(p, None) for p in parts if p]
    if names and abbreviation:
        names[-1] = (names[-1][0], abbreviation)
    return names


#: A piece of a run of names that is a service named by the ages it serves ("0-19 Service",
#: "0–25 Healthy Child Programme"): no body's name starts with an age range.
_IN_HOUSE_SERVICE = re.compile(r"\d{1,2}\s*[-–]\s*\d{1,2}\b")
#: Words of a service's own name after its age range; the first other word begins a body's name.
_SERVICE_NAME_WORDS = {"service", "services", "team", "programme", "healthy", "child", "children", "public",
                       "health", "nursing", "and", "young", "people", "family", "families", "years", "(0-19)"}


def _after_in_house_service(piece: str) -> str:
    """The body named after a service named by its ages, or "" when the piece is the service.

    >>> _after_in_house_service("0-19 Service Northpath Services Ltd"), _after_in_house_service("0-25 Healthy Child Programme")
    ('Northpath Services Ltd', '')
    """
    found = _IN_HOUSE_SERVICE.match(piece)
    if not found:
        return piece
    words = piece[found.end():].split()
    while words and words[0].lower() in _SERVICE_NAME_WORDS:
        words.pop(0)
    return " ".join(words) if words and words[0][:1].isupper() else ""

#: The most words a body's name has: a piece of a run of names is no longer.
LONGEST_NAME = 12
#: Words no piece of a run of names begins with: they close the name before them.
_NOT_A_START = {"NHS", "Trust", "Foundation", "CCG"}
#: Words that open sentences, and so are used alone, but are never a body's name of one word.
_NO_NAME = {"The", "A", "An", "This", "These", "Its", "Their", "Our", "In", "From", "Since", "Both", "All"}


class NamesUsed(NamedTuple):
    """The runs of words a report uses as names: each run of up to :data:`LONGEST_NAME` words
    from a capitalised word to the end of a name (a word followed by punctuation, a possessive
    or a word in lower case), and the single words it only ever uses alone ("Riverstep",
    never "Riverstep Trust"), other than the words that close names ("Practice")."""

    runs: Counter[str]  #: each run and how many times the report uses it
    alone: frozenset[str]


@lru_cache(maxsize=8)
def names_used(document: str) -> NamesUsed:
    """Index of the names a report uses, built once per report in one pass over its words
    (at most :data:`LONGEST_NAME` runs start at each), so looking a name up costs its length.

    >>> used = names_used("Riverstep's workers met Elmfield Road Practice staff. Riverstep, a charity.")
    >>> "Elmfield Road Practice" in used.runs, "Elmfield Road" in used.runs, sorted(used.alone)
    (True, False, ['Riverstep'])
    """
    tokens = document.split()
    count = len(tokens)
    bares: dict[str, str] = {}  # each token without what may follow a name's last word

    def bare_of(word: str) -> str:
        bare = bares.get(word)
        if bare is None:
            bare = bares[word] = _NAME_END.sub("", word)
        return bare

    def ends_at(j: int, word: str, bare: str) -> bool:
        """Whether a name ends at token ``j`` (``word``): punctuation or a possessive after
        it, a word in lower case next, or the end of the text."""
        return bare != word or not tokens[j + 1][:1].isupper() if j + 1 < count else True

    bare = [bare_of(t) for t in tokens]
    ends = [ends_at(j, t, bare[j]) for j, t in enumerate(tokens)]  # the same wherever a run starts
    found: list[str] = []
    alone: set[str] = set()
    not_alone: set[str] = set()
    for i, token in enumerate(tokens):
        first = token.lstrip("(\"'‘“[")
        if not first[:1].isupper():
            continue
        head = bare_of(first)
        end = ends_at(i, first, head)
        if end and head:
            found.append(head)
        (alone if end else not_alone).add(head)
        run = first
        for j in range(i + 1, min(i + LONGEST_NAME, count)):
            if ends[j] and bare[j]:
                found.append(f"{run} {bare[j]}")
            run = f"{run} {tokens[j]}"
    runs = Counter(found)
    return NamesUsed(runs, frozenset(w for w in alone - not_alone if w.lower() not in END_CUES))


#: What may follow a name's last word in the same token: a possessive, punctuation.
_NAME_END = re.compile(r"(?:['’]s)?[^\w&-]*$")


def _known_pieces(chunk: str, document: str) -> list[str]:
    """Split a run of names where each piece is a name the report uses elsewhere: pieces of two
    words or more that the report uses, or single words it only uses alone; a run the report
    uses whole stays whole. Read from the end in one pass over the words (each piece at most
    :data:`LONGEST_NAME` long), preferring the longest piece at each word.

    >>> doc = "Riverstep saw 40 children. Elmfield Road Practice has 9,000 patients."
    >>> _known_pieces("Riverstep Elmfield Road Practice", doc)
    ['Riverstep', 'Elmfield Road Practice']

    An article opening a sentence is no name of its own ("The Tidemark Trust" stays whole):

    >>> _known_pieces("The Tidemark Trust", "The contract moved from the Tidemark Trust. The end.")
    ['The Tidemark Trust']
    """
    words = chunk.split()
    if len(words) < 2 or not document:
        return [chunk]
    used = names_used(document)
    if chunk in used.runs:
        return [chunk]  # the report uses the whole run as one name

    def known(piece: list[str]) -> bool:
        return " ".join(piece) in used.runs if len(piece) >= 2 else piece[0] in used.alone and piece[0] not in _NO_NAME

    best: list[list[str] | None] = [None] * len(words) + [[]]  # best[j]: pieces of words[j:]
    for j in range(len(words) - 1, -1, -1):
        if words[j] in _NOT_A_START:
            continue
        for length in range(min(LONGEST_NAME, len(words) - j), 0, -1):
            rest = best[j + length]
            if rest is not None and known(words[j:j + length]):
                best[j] = [" ".join(words[j:j + length]), *rest]
                break
    return best[0] if best[0] and len(best[0]) > 1 else [chunk]


def assign_flattened_values(labels: list[str], lines: list[str], document: str = "") -> dict[str, str]:
    """Header from text in which all labels come first and all values follow.

    Values are read in label order by their shape: dates, then inspectors' names (pairs of
    words that the report uses nowhere else), then organisations, then regions. Where the values
    stand one a line, the lines say where organisations end.
    """
    frequent = _frequent_words(document) | {"NHS", "The"}  # words no person's name holds
    lines = [ln.strip() for ln in lines if ln.strip()]
    run = "\n".join(lines)
    values: dict[str, str] = {}
    for key in labels:
        run = run.strip()
        if not run:
            break
        if key in ("review_dates", "published"):
            m = _DATE_RANGE.match(run.replace("\n", " "))
            if m:
                values[key] = m.group(0)
                run = run[m.end():]
        elif key == "inspectors":
            cut = _names_end(run, frequent, document)
            values[key], run = run[:cut].strip(), run[cut:]
        elif key == "providers":
            later = labels[labels.index(key) + 1:]
            cut = min(_ccgs_start(run) if "ccgs" in later else len(run), _later_values_start(run, later, document))
            values[key], run = run[:cut].strip(), run[cut:]
        elif key == "ccgs":
            own = run[:_later_values_start(run, labels[labels.index(key) + 1:], document)]
            m = re.match(r"(?s).*(?:Clinical Commissioning Groups?|CCGs?)\b(?:\s*\([A-Z]+\))?", own)
            cut = m.end() if m else len(run)
            values[key], run = run[:cut].strip(), run[cut:]
        elif key == "local_authority":  # its line, or its name up to the word "Council"
            m = re.match(r"[^\n]*?\bCouncil\b|[^\n]+", run)
            values[key], run = m.group(0).strip(), run[m.end():]
        elif key in ("nhs_england_area", "cqc_region"):
            m = (_NHSE_AREA if key == "nhs_england_area" else _CQC_REGION).match(run.replace("\n", " "))
            if m:
                values[key] = m.group(1).strip()
                run = run[m.end():]
            elif "\n" in run:
                values[key], run = run.split("\n", 1)
        else:
            values[key], run = run.strip(), ""
    return values


def _names_line(line: str, document: str) -> bool:
    """A line of people's names: capitalised words, none that ends an organisation's name,
    found nowhere else in the report (bodies are named again in the text, inspectors are not)."""
    words = line.split()
    return 2 <= len(words) <= 16 and all(w[:1].isupper() for w in words) \
        and not any(w.lower().strip(",.;") in END_CUES | _LEGAL_FORMS | {"nhs"} for w in words) \
        and names_used(document).runs[line] <= 1


def _later_values_start(run: str, later: list[str], document: str = "") -> int:
    """Where, in a run of flattened values one a line, the value of a later field begins: the
    first line shaped as a date, a region or (where inspectors come later) people's names, so a
    list of bodies ends there in any order of labels."""
    shapes = [pattern for keys, pattern in ((("review_dates", "published"), _DATE_RANGE),
                                            (("nhs_england_area",), _NHSE_AREA), (("cqc_region",), _CQC_REGION))
              if any(k in later for k in keys)]
    pos = 0
    for line in run.split("\n"):
        stripped = line.strip()
        for pattern in shapes:
            m = pattern.match(stripped)
            if m and len(m.group(0).strip()) >= len(stripped) - 1:
                return pos
        if "inspectors" in later and pos and _names_line(stripped, document or run):
            return pos
        pos += len(line) + 1
    return len(run)


def _ccgs_start(run: str) -> int:
    """Where the CCG names start in a run of providers then CCGs: the "NHS" (or, failing that,
    the line) that begins the first name ending in "CCG" or "Clinical Commissioning Group"."""
    m = re.search(r"\b(?:Clinical Commissioning Groups?|CCGs?)\b", run)
    if not m:
        return len(run)
    before = run[:m.start()]
    line_start = before.rfind("\n") + 1
    nhs = [x.start() for x in re.finditer(r"\bNHS\b", before[line_start:])]
    cue = [x.end() for x in re.finditer(r"\b(?:Trust|CIC|Practice|Partnership|Centre|Ltd|Limited)\b|\)",
                                         before[line_start:])]
    last_cue = max(cue, default=-1)
    after = [pos for pos in nhs if pos >= last_cue]  # the NHS after the last provider's closing word
    if after:
        return line_start + after[0]
    return line_start + last_cue if cue else line_start


def _names_end(run: str, frequent: set[str], document: str = "") -> int:
    """Where a run of inspectors' names ends: at a line break after names, or at the first pair
    boundary whose next word is a place or organisation word, or begins a body's name that the
    report uses elsewhere ("... Lea Pickerill | University Hospitals of Leicester NHS Trust").

    >>> run = "Sue Talbot Lee Carey Ashvale Royal Hospitals NHS Trust"
    >>> run[:_names_end(run, set(), run + " Ashvale Royal Hospitals saw 4 children.")]
    'Sue Talbot Lee Carey '
    """
    first_line = run.split("\n", 1)[0]
    if "\n" in run and not re.search(r"\b(?:NHS|Trust|CCG|Council|Practice)\b", first_line):
        return len(first_line)
    words = list(re.finditer(r"\S+", run))
    given = 0
    for i, w in enumerate(words):
        word = w.group(0).strip(",;")
        if word.lower().rstrip(".") in _TITLES:
            continue
        if given >= 2 and given % 2 == 0 and (word in frequent or not word[:1].isupper()
                                               or _begins_a_known_body([x.group(0) for x in words[i:i + 8]],
                                                                       document, run)):
            return w.start()
        given += 1
    return len(run)


def _begins_a_known_body(words: list[str], document: str, run: str) -> bool:
    """True when the words, up to the first that ends a body's name, form a name the report
    uses outside the header run they stand in (counted in the index of :func:`names_used`, so
    reading a run costs its length, not its length times the report's)."""
    for j, word in enumerate(words):
        if word.lower().strip(",;") in END_CUES:
            name = " ".join(words[:j + 1]).strip(",;")
            return j > 0 and names_used(document).runs[name] > names_used(run).runs[name]
        if not (word[:1].isupper() or word in ("of", "and", "&", "for", "the")):
            return False
    return False
