"""Layout words of CLAS reports, as tables: each row one way reports print a part of their
layout, with an example of it as printed.

The line parser and the stream segmenter (:mod:`clasgraph.ingest.structure`) and the header
reader (:mod:`clasgraph.ingest.header`) read these tables; tests/test_layout_rules.py runs every
row's example through them. Rows describe layouts (how a heading, a label or a date is printed),
never a sentence of one report.

>>> part_of_landmark("Context of the Review:")
'context'
>>> [r.field for r in HEADER_LABELS if r.field == "providers"][:1]
['providers']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from clasgraph.ingest.rules.cues import alternation

#: The months by name, as dates in reports write them ("1 April 2019", "March 2017").
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


class Landmark(NamedTuple):
    """A heading that opens a part of a report."""

    heading: str  #: as printed, case ignored
    part: str  #: contents | other | glossary | context | findings | recommendations | closing
    alone: bool  #: too common a word to cut text whose line breaks were lost on
    example: str  #: the heading and what follows it, as printed


#: Headings that open the parts of a report.
LANDMARKS = [
    Landmark("contents", "contents", False, "Contents\n\nSummary of the review\t3"),
    Landmark("summary of the review", "other", False, "Summary of the review\n\nThis report records"),
    Landmark("summary", "other", True, "Summary\n\nThis report records the findings"),
    Landmark("about the review", "other", False, "About the review\n\nThe review was conducted"),
    Landmark("how we carried out the review", "other", False, "How we carried out the review\n\nWe used"),
    Landmark("how we carried out this review", "other", False, "How we carried out this review\n\nWe"),
    # a key to the short names the report uses: "RCCG<TAB>NHS Rookhaven CCG", a line each
    Landmark("abbreviations", "glossary", False, "Abbreviations\n\nDCC\tDunmarrow County Council"),
    Landmark("abbreviations used in this report", "glossary", False,
             "Abbreviations used in this report\n\nDCC\tDunmarrow County Council"),
    Landmark("key to abbreviations", "glossary", False, "Key to abbreviations\n\nDCC: Dunmarrow County Council"),
    Landmark("glossary", "glossary", False, "Glossary\n\nDCC\tDunmarrow County Council"),
    Landmark("glossary of terms", "glossary", False, "Glossary of terms\n\nDCC\tDunmarrow County Council"),
    Landmark("context of the review", "context", False, "Context of the review\n\nAshvale has 39,700"),
    Landmark("context", "context", True, "Context\n\nAshvale has a population of 39,700"),
    # the context under other headings: where the services are, who runs them and who pays
    Landmark("how services are organised", "context", False, "How services are organised\n\nAshvale has 39,700"),
    Landmark("how health services are organised", "context", False,
             "How health services are organised\n\nAshvale has 39,700"),
    Landmark("local context", "context", False, "Local context\n\nAshvale has 39,700 children"),
    Landmark("the local context", "context", False, "The local context\n\nAshvale has 39,700 children"),
    Landmark("the area and its health services", "context", False,
             "The area and its health services\n\nAshvale has 39,700 children"),
    Landmark("background", "context", True, "Background\n\nAshvale has 39,700 children"),
    Landmark("our approach", "other", False, "Our approach\n\nWe looked at 60 cases"),
    Landmark("methodology", "other", True, "Methodology\n\nWe looked at 60 cases"),
    Landmark("findings", "findings", False, "Findings\n\n1. Early help\n\n1.1 Midwives ask"),
    Landmark("the report", "findings", False, "The report\n\nThis section records"),
    Landmark("the child's journey", "findings", False, "The child's journey\n\nThis section records"),
    Landmark("what people told us", "other", False, "What people told us\n\nParents said"),
    Landmark("recommendations", "recommendations", False,
             "Recommendations\n\n1. Ashvale CCG should:\n\n1.1 Ensure"),
    Landmark("next steps", "closing", False, "Next steps\n\nAn action plan is required"),
]


#: A short name a key under one of those headings defines, at the start of its entry: "RCCG",
#: "Skua", "B&D" (ingest/glossary.py reads the entries; a copy without line breaks takes the
#: heading for a key's only where one follows it).
SHORT_NAME = r"[A-Z][\w&'’-]{1,14}"


#: A heading's number before its words: "6. Recommendations", "Section 2: Context".
HEADING_NUMBER = r"(?:(?:section|part)\s+)?\d{1,2}(?:[.:)]|\s+[-–—])?\s+"

#: The recommendations' heading, alone or with words of its own after it that say they are this
#: review's: "Recommendations arising from this review", "Recommendations for improvement". Not a
#: line of a finding ("Recommendations from the previous review ...") nor a group's heading
#: ("Recommendations for Ashvale CCG:", "Recommendations to the trust").
RECOMMENDATIONS_HEADING = re.compile(
    r"recommendations(?:\s+(?:(?:arising\s+)?(?:from|of|following)\s+(?:this|our)\s+(?:review|inspection)|"
    r"for\s+improvement|made(?:\s+(?:by|in|following)\s+this\s+(?:review|inspection))?))?", re.IGNORECASE)


def part_of_landmark(line: str) -> str | None:
    """The part a heading line opens, or None.

    >>> part_of_landmark("The Child's Journey"), part_of_landmark("Early help")
    ('findings', None)
    >>> part_of_landmark("6. Recommendations"), part_of_landmark("Recommendations arising from this review")
    ('recommendations', 'recommendations')
    >>> part_of_landmark("Recommendations for Ashvale CCG:"), part_of_landmark("4 Context")
    (None, None)
    >>> part_of_landmark("Recommendations from the previous review"), part_of_landmark("RECOMMENDATIONS MADE")
    (None, 'recommendations')
    """
    printed = re.sub(r"\s+", " ", line.strip().rstrip(":").replace("’", "'"))
    part = next((row.part for row in LANDMARKS if row.heading == printed.lower()), None)
    if part:
        return part
    # the recommendations' heading alone may bear the number of the report's part ("6. Recommendations")
    unnumbered = re.sub(rf"^{HEADING_NUMBER}(?=[A-Za-z])", "", printed, flags=re.IGNORECASE)
    return "recommendations" if RECOMMENDATIONS_HEADING.fullmatch(unnumbered) else None


class SectionName(NamedTuple):
    """A findings section heading as printed and its canonical name."""

    printed: str  #: lower case, "&" written "and"
    canonical: str
    example: str


SECTION_NAMES = [
    SectionName("early help", "Early help", "1. Early Help"),
    SectionName("children in need", "Children in need", "2. Children in Need"),
    SectionName("child protection", "Child protection", "3. Child Protection"),
    SectionName("children looked after", "Looked after children", "4. Children Looked After"),
    SectionName("looked after children", "Looked after children", "Looked after children"),
    SectionName("management", "Management", "5. Management"),
    SectionName("leadership and management", "Leadership and management", "5.1 Leadership & management"),
    SectionName("governance", "Governance", "5.2 Governance"),
    SectionName("training and supervision", "Training and supervision", "5.3 Training and supervision"),
]


class BoxTitle(NamedTuple):
    """The first words of the title of a box set between findings."""

    words: str
    example: str  #: a finding, then the box's title and first words


BOX_TITLES = [
    BoxTitle("Case example", "1.4 Good. Case example Z, a boy aged 14, was seen"),
    BoxTitle("Case study", "1.4 Good. Case study Z, a boy aged 14, was seen"),
    BoxTitle("Case studies", "1.4 Good. Case studies Two families were seen"),
    BoxTitle("Positive practice", "1.4 Good. Positive practice in school nursing The team held"),
    BoxTitle("Good practice", "1.4 Good. Good practice in maternity The midwives held"),
    BoxTitle("Practice example", "1.4 Good. Practice example The health visitor saw"),
    BoxTitle("Notable practice", "1.4 Good. Notable practice in CAMHS The team held"),
    BoxTitle("Innovative practice", "1.4 Good. Innovative practice The team held"),
    BoxTitle("Example of", "1.4 Good. Example of good practice The team held"),
]


#: The nouns a header uses for the bodies a review took in.
_BODIES = r"(?:health |NHS |healthcare )?(?:bodies|organisations|services|providers|trusts)"
#: The commissioners a review took in, by any of their names: "CCGs", "commissioning body".
_COMMISSIONERS = (r"(?:CCG(?:s|\(s\))?|(?:clinical )?commissioning (?:groups?|bod(?:y|ies)|organisations?)(?:\s*\(s\))?"
                  r"|commissioners?)")
#: The words saying a review took bodies in: "included", "reviewed", "in scope" ...,
#: perhaps in a relative clause: "whose services were reviewed", "that we visited", "which took part".
_TAKEN_IN = (r"(?:(?: (?:whose (?:services|work)|that|which|we)(?: (?:were|was|are|have been|has been|we))?)?"
             r" (?:included|reviewed|(?:with)?in scope|covered|inspected|visited|seen|looked at|taking part|took part)(?: in (?:this|the) review)?"
             r"| in (?:this|the) review)")  # no verb: "CCG(s) in the review:"
#: A gloss in brackets saying they are the providers: "(providers)".
_GLOSS = r"(?: \((?:health )?(?:providers?|provider services)\))?"


#: What separates a label from its value: a colon, or a dash with spaces either side
#: ("Review dates — 2 to 6 May 2015").
LABEL_SEPARATOR = r"[ \t]*:|(?<=[ \t])[-–—](?=\s)"
#: A label word that is a common word in text too ("Council", "Team"): a separator must follow.
#: What follows a label before its value: a colon, a spaced dash, or the bar of a table a text
#: copy keeps ("Report published | 6 April 2018").
DASHED_OR_COLON = r"(?=[ \t]*:|[ \t]+[-–—]\s|[ \t]+\|[ \t])"


def separated(words: str) -> str:
    """A label too common to be one on its own ("Fieldwork", "Providers"): a separator follows,
    or it is a whole line with its value on the next.

    >>> bool(re.search(separated("fieldwork"), "Fieldwork\\n5 May 2019", re.I | re.M))
    True
    >>> bool(re.search(separated("CCG"), "NHS Ashvale CCG\\nNHS England", re.M))
    False

    A table copied as text ends the label's cell with a tab ("Providers<TAB>Ashvale Hospitals
    NHS Trust"):

    >>> bool(re.search(separated("providers"), "Providers\\tAshvale Hospitals NHS Trust", re.I | re.M))
    True
    """
    return rf"(?:{words}){DASHED_OR_COLON}|^(?:{words}){ALONE_ON_LINE}|(?:{words}){CELL_END}"


#: After a label in a table's first column, copied as text: the tab that ends its cell.
CELL_END = r"(?=\t)"
#: After a label that is a whole line: its value on the next.
ALONE_ON_LINE = r"(?=[ \t]*\n[ \t]*\S)"


class HeaderLabel(NamedTuple):
    """A front-page label (a pattern, case ignored) and the header field its value gives."""

    pattern: str
    field: str
    example: str  #: the label and a value, as printed


HEADER_LABELS = [
    HeaderLabel(r"dates?(?:\s*\(s\))? of (?:the )?(?:review|inspection|visit|fieldwork)|review dates?|dates? reviewed",
                "review_dates", "Dates of review: 14 th July 18 th July 2014"),
    HeaderLabel(r"(?:period|week|time) of (?:the )?(?:review|inspection|visit|fieldwork)", "review_dates",
                "Week of review: 11-15 June 2018"),
    HeaderLabel(r"(?:inspection|review|visit|fieldwork|on-?site) (?:dates?|period|week)|on-?site (?:review|visit|inspection)"
                r"|dates? on[- ]?site",
                "review_dates", "Inspection dates: 7th-11th October 2013"),
    HeaderLabel(r"(?:review|inspection|visit|fieldwork) (?:carried out|took place|held|conducted|undertaken)(?: on)?",
                "review_dates", "Review carried out: 13/03/2017 to 17/03/2017"),
    HeaderLabel(separated(r"fieldwork|site visit|on site"), "review_dates", "Fieldwork: 4–8 February 2019"),
    HeaderLabel(separated(r"(?:review|inspection|CQC|the) visits?"), "review_dates", "Review visit: 3 – 7 June 2016"),
    HeaderLabel(r"dates?(?:\s*\(s\))? of publication(?: of (?:the |this )?report)?|publication date|published date"
                r"|date (?:the )?report (?:was )?published"
                r"|(?:date )?(?:report )?published|date of (?:the )?report",
                "published", "Date report published: 3rd October 2014"),
    HeaderLabel(r"(?:report )?published on", "published", "Report published on: 23rd January 2015"),
    HeaderLabel(r"(?:(?:date )?(?:report )?released(?: on)?|release date)" + DASHED_OR_COLON, "published",
                "Released: December 1, 2017"),
    HeaderLabel(r"(?:final )?report date|date of (?:the )?(?:final )?report", "published", "Report date: 13 March 2020"),
    HeaderLabel(separated(r"publication"), "published", "Publication: 12th May 2017"),
    HeaderLabel(r"(?:date )?(?:report |final report )?issued(?: on)?|(?:date|dates?) of issue|issue date",
                "published", "Report issued: 20 th December 2013"),
    HeaderLabel(r"names?\s*(?:\(s\))?\s*of (?:the )?(?:lead )?CQC inspectors?(?:\s*\(s\))?"
                r"|(?:lead )?CQC inspectors?(?:\s*\(s\))?(?: on site| visiting| present)?|CQC (?:inspection |review )?team"
                r"|(?:inspection|review) team"
                "|" + separated(r"(?:lead |team )?(?:inspectors?|reviewers?)(?:\s*\(s\))?(?:\s+(?:on|of|for)\s+(?:this|the)\s+review)?"),
                "inspectors", "CQC inspectors: Jo Bloggs, Ann Smith"),
    HeaderLabel(r"(?:lead )?CQC reviewers?(?:\s*\(s\))?|(?:reviewed|inspected|carried out) by" + DASHED_OR_COLON,
                "inspectors", "CQC reviewers: Jo Bloggs, Ann Smith"),
    # the lead inspector and the team given separately, by who led and who supported
    HeaderLabel(r"(?:led|supported|assisted|accompanied|joined)\s+by" + DASHED_OR_COLON, "inspectors",
                "Supported by: Ann Smith, Raj Patel"),
    HeaderLabel(r"(?:led|supported|assisted|accompanied|joined)\s+by" + DASHED_OR_COLON, "inspectors",
                "Led by: Jo Bloggs"),
    # the team after the lead inspector, given separately
    HeaderLabel(r"(?:the )?team" + DASHED_OR_COLON, "inspectors", "Team: Jo Bloggs, Ann Smith and Raj Patel"),
    # (first: where labels run into their values, the longest reading of a label must win)
    # the bodies or services a review took in, as one noun or two ("trusts and other providers"),
    # perhaps with a gloss in brackets, then the word for taking them in
    HeaderLabel(rf"(?:providers? of )?{_BODIES}(?:,? (?:and|&) (?:other )?{_BODIES})?{_GLOSS}{_TAKEN_IN}{_GLOSS}",
                "providers", "Providers of health services reviewed: Ashvale Hospitals NHS Trust"),
    # the commissioners a review took in, by any of their names and the same words for taking in
    HeaderLabel(rf"{_COMMISSIONERS}{_TAKEN_IN}", "ccgs", "Commissioning body reviewed: NHS Ashvale CCG"),
    HeaderLabel(rf"{_COMMISSIONERS}{_TAKEN_IN}", "ccgs", "CCG(s) in the review:\tNHS Ashvale CCG"),
    HeaderLabel(rf"{_COMMISSIONERS}{_TAKEN_IN}", "ccgs", "CCGs seen: NHS Ashvale CCG"),
    HeaderLabel(r"(?:health |NHS )?provider services (?:included|reviewed)(?: in (?:this|the) review)?"
                r"|(?:health |NHS )?providers?(?: and services| organisations?)? (?:included|reviewed)"
                r"|provider services|providers? of (?:health )?services included"
                r"|health (?:services|organisations) included|" + separated(r"(?:health |NHS )?(?:service )?providers?"),
                "providers", "Health providers included: Ashvale Hospitals NHS Trust"),
    # the bodies by what they do: "Organisations providing NHS-funded care that we looked at:"
    HeaderLabel(r"(?:organisations?|bodies|services) (?:providing|delivering|that provide|that deliver)[^:\n—–]{0,80}?"
                + DASHED_OR_COLON, "providers", "Organisations providing health services that we visited: Ashvale Hospitals NHS Trust"),
    HeaderLabel(separated(r"(?:health |NHS )?provider(?:s| organisations?| bodies)"), "providers",
                "Provider organisations: Ashvale Hospitals NHS Trust, Ashvale Community NHS Trust"),
    HeaderLabel(separated(r"(?:clinical )?commissioning groups?(?:\s*\(s\))?|CCG(?:s|\(s\))?|commissioners?"),
                "ccgs", "Commissioners: NHS Ashvale CCG"),
    HeaderLabel(r"clinical commissioning" + DASHED_OR_COLON, "ccgs", "Clinical commissioning: NHS Ashvale CCG"),
    HeaderLabel(r"(?:CCG|clinical commissioning group)(?:s|\(s\))? (?:responsible|covering|for)[^:\n—–]{0,40}?" + DASHED_OR_COLON,
                "ccgs", "CCG responsible for the area: NHS Ashvale CCG"),
    HeaderLabel(r"NHS England (?:area|region|local area team|area team|team|sub-region|local office)",
                "nhs_england_area", "NHS England area: North of England"),
    # the body's name in 2019-2022, when NHS England and NHS Improvement worked as one
    HeaderLabel(r"NHS England (?:and|&|/) ?NHS Improvement(?: (?:area|region|team|local office))?",
                "nhs_england_area", "NHS England and NHS Improvement region: South West"),
    # the team's words in any order, perhaps in brackets: "NHS England regional team", "NHSE (area)"
    HeaderLabel(r"(?:NHS England|NHSE)(?:\s+\(?(?:local|regional|area|region|sub-region|team|office|responsible)\)?)+",
                "nhs_england_area", "NHS England regional team: South West"),
    HeaderLabel(r"NHS England(?:" + DASHED_OR_COLON + "|" + CELL_END + ")", "nhs_england_area", "NHS England: North of England"),
    HeaderLabel(r"CQC region", "cqc_region", "CQC region: North"),
    # the council whose area it is: read so that the value before it ends there
    HeaderLabel(separated(r"local (?:authority(?: area)?|council|area)"), "local_authority",
                "Local authority: Ashvale County Council"),
    HeaderLabel(separated(r"(?:area|local authority|council) (?:reviewed|inspected|visited)"), "local_authority",
                "Area reviewed: Ashvale County Council"),
    HeaderLabel(r"(?:the )?council" + DASHED_OR_COLON, "local_authority", "Council: Ashvale County Council"),
    HeaderLabel(separated(r"(?:CQC )?(?:Deputy )?Chief Inspector[^:\n\t—–]{0,90}?"),
                "deputy_chief_inspector", "CQC Deputy Chief Inspector, Primary Care: Dr Jane Ng"),
]
#: Any other front-page label, so a flattened table's label list ends where its values begin:
#: a few capitalised words and a colon, alone on a line.
OTHER_LABEL = r"[A-Z][A-Za-z()'’,&/ -]{2,80}:"


class DateForm(NamedTuple):
    """A way a review's dates are written, once ordinals ("22 nd") are dropped: groups ``start``
    and ``end`` (a lone ``end`` is a one-day review; ``week`` a week commencing)."""

    name: str
    pattern: str
    example: str
    dates: tuple[str, str]  #: what the example means (ISO start, end)


#: A day's name before its number ("Monday 10", "Fri 14"), as a date may be printed.
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"

#: Tried in order; the first that matches the whole value reads it. A start without month or
#: year borrows them from the end; an end whose day was lost is the Friday of the start's week.
REVIEW_DATE_FORMS = [
    DateForm("week commencing", r"(?:w/?c|week\s+(?:commencing|beginning|starting))\s+(?P<week>.+)",
             "w/c 5 March 2018", ("2018-03-05", "2018-03-09")),
    DateForm("week of", r"(?:the\s+)?(?:w/b|week\s+of)\s+(?P<week>.+)",
             "the week of 5 March 2018", ("2018-03-05", "2018-03-09")),
    DateForm("ISO dates", r"(?P<start>\d{4}-\d{2}-\d{2})\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?P<end>\d{4}-\d{2}-\d{2})",
             "2019-02-04 to 2019-02-08", ("2019-02-04", "2019-02-08")),
    DateForm("from one date to another", r"(?:from|between)\s+(?P<start>.+?)\s*(?:-|–|—|\bto\b|\buntil\b|\band\b)\s*(?P<end>.+)",
             "From 5 March 2018 to 9 March 2018", ("2018-03-05", "2018-03-09")),
    DateForm("weekday names", rf"{WEEKDAY}\s+(?P<start>\d{{1,2}}(?:\s+[A-Za-z]+)?(?:,?\s+\d{{4}})?)\s*"
             rf"(?:-|–|—|\bto\b|\buntil\b)\s*{WEEKDAY}\s+(?P<end>\d{{1,2}}\s+[A-Za-z]+,?\s+\d{{4}})",
             "Monday 10 – Friday 14 November 2014", ("2014-11-10", "2014-11-14")),
    DateForm("range with a dash or a word", r"(?P<start>.+?)\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?P<end>.+)",
             "22 nd July - 26 th July 2019", ("2019-07-22", "2019-07-26")),
    DateForm("two dates side by side", r"(?P<start>\d{1,2}(?:\s+[A-Za-z]+)?(?:,?\s+\d{4})?)\s+"
             r"(?P<end>(?:\d{1,2}\s+)?[A-Za-z]+,?\s+\d{4})", "14 th July 18 th July 2014",
             ("2014-07-14", "2014-07-18")),
    DateForm("end day lost", r"(?P<start>\d{1,2}\s+[A-Za-z]+)\s+(?P<end>[A-Za-z]+\s+\d{4})",
             "9 th December th December 2013", ("2013-12-09", "2013-12-13")),
    DateForm("one day", r"(?P<end>.+)", "26 July 2019", ("2019-07-26", "2019-07-26")),
]


class GroupNumber(NamedTuple):
    """How a recommendation group's number is printed before who it addresses."""

    pattern: str  #: captures the number as ``n``
    example: str  #: a group heading numbered so
    #: the numbering marks a group heading by itself: the heading needs no verb or opening words
    #: ("Part 3 – Ashvale CCG", "[3] Ashvale CCG")
    alone: bool = False


GROUP_NUMBERS = [
    GroupNumber(r"(?P<n>\d{1,2})\.", "8. Ashvale CCG should:"),
    # the group numbered as its items are, with a nought ("8.0"), its items "8.1", "8.2"
    GroupNumber(r"(?P<n>\d{1,2})\.0", "8.0 Ashvale CCG should"),
    GroupNumber(r"(?P<n>\d{1,2})\)", "8) Ashvale CCG should:"),
    GroupNumber(r"\((?P<n>\d{1,2})\)", "(8) Ashvale CCG should:"),
    GroupNumber(r"\[(?P<n>\d{1,2})\]", "[8] Ashvale CCG should:", True),
    GroupNumber(r"(?P<n>\d{1,2}):", "8: Ashvale CCG should:"),
    GroupNumber(r"(?P<n>\d{1,2})\s*[-–—]", "8 - Ashvale CCG should:"),
    # a bar or a slash, as a table's first column or a typed list prints it
    GroupNumber(r"(?P<n>\d{1,2})\s*[|/]", "8 | Ashvale CCG should:"),
    GroupNumber(r"(?P<n>\d{1,2})", "8 Ashvale CCGs should"),
    GroupNumber(r"Recommendations? (?P<n>\d{1,2})(?:\s*[-–—:.])?", "Recommendation 8: Ashvale CCG should:"),
    # a word before the number: "Part 8 –", "Group 8:"
    GroupNumber(r"(?:Part|Group) (?P<n>\d{1,2})(?:\s*[-–—:.])?", "Part 8 – Ashvale CCG should:", True),
    GroupNumber(r"", "The Director of Public Health should:"),
]


class GroupVerb(NamedTuple):
    """The verb that ends a recommendation group's heading: the addressee, then this."""

    pattern: str
    example: str


GROUP_VERBS = [
    GroupVerb(r"(?:should|must) (?:jointly|together|collectively)", "NHS Ashvale CCG and Ashvale Council should jointly:"),
    GroupVerb(r"should", "NHS Ashvale CCG should:"),
    GroupVerb(r"must", "Ashvale Hospitals NHS Trust must:"),
    GroupVerb(r"(?:is|are) (?:asked|required|expected) to", "The designated nurse for looked after children is asked to:"),
    GroupVerb(r"(?:needs?|will need) to", "Ashvale County Council needs to:"),
    GroupVerb(r"(?:is|are) recommended to", "Ashvale County Council is recommended to:"),
    GroupVerb(r"ought to", "Ashvale Hospitals NHS Trust ought to:"),
    GroupVerb(r"will", "NHS Ashvale CCG will:"),
]
#: The verb of a group heading, at its end (after it: at most a colon).
GROUP_VERB = r"\b(?:" + alternation(GROUP_VERBS) + r")\b"


class GroupLead(NamedTuple):
    """Words that open a recommendation group's heading that has no verb: the heading is this,
    then who the group addresses ("3. For Ashvale Hospitals NHS Trust:"); its items are then
    often infinitive phrases ("3.1 Midwives to share ...")."""

    pattern: str
    example: str


GROUP_LEADS = [
    GroupLead(r"for", "3. For Ashvale Hospitals NHS Trust (AHT):"),
    GroupLead(r"to", "3 To Ashvale Hospitals NHS Trust"),
    GroupLead(r"recommendations? (?:for|to)", "Recommendations for Ashvale Hospitals NHS Trust:"),
    GroupLead(r"(?:addressed|directed) to", "3. Addressed to Ashvale Hospitals NHS Trust:"),
    GroupLead(r"(?:we|it is) recommend(?:ed)? that", "3. We recommend that Ashvale Hospitals NHS Trust:"),
    # a request, the verb after who it asks: "3. We ask Ashvale Hospitals NHS Trust to:"
    GroupLead(r"we (?:would )?(?:ask|request|invite|expect|urge)", "3. We ask Ashvale Hospitals NHS Trust to:"),
    # a role, after "the": "For the director of nursing at ..."
    GroupLead(r"for", "3. For the director of nursing at Ashvale Hospitals NHS Trust:"),
]
#: The words that open a group heading without a verb, before the capitalised name (or the
#: role, after "the") they address.
GROUP_LEAD = r"(?:" + alternation(GROUP_LEADS) + r")\s+(?=(?-i:[A-Z])|the\s+\w)"

#: A line that gives a label and its value, no TAB: "Health visiting: funded by A; delivered by B".
#: Lines of these keep their breaks and are read one at a time (structure.context_block,
#: relations.label_lines_apart).
LABEL_LINE = r"[A-Z][^\t:]{1,80}:\s+[^\t]{3,}"
