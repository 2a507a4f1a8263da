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

from clasgraph.graph.schema import Rel
from clasgraph.ingest.rules.cues import (
    EARLIER,
    FEWER_IS_BETTER,
    FIGURE_DOWN,
    FIGURE_UP,
    MOVES,
    NOT_NOW,
    NOW_LABEL,
    NOW_MARKS,
    REPORTED_THEN,
    THEN_SHORTFALL,
    alternation,
)
from clasgraph.ingest.rules.layout import MONTHS

_MONTHS = MONTHS
_AREA = rf"(?!{_MONTHS}\b)(?:[A-Z][\w'’-]+|St\.)(?:\s+(?:and|upon|on|&)?\s*[A-Z][\w'’-]+){{0,3}}"
_DATE = rf"(?:{_MONTHS}\s+)?(?:19|20)\d\d(?:[-/]\d{{2,4}})?"
#: Whom a serious case review is named after: "Baby R", "Child K", "Family Y", "the Smith children".
_SUBJECT = (r"(?:(?:Baby|Child|Children|Family|Infant|Young\s+Person|Sibling|Siblings|Person|Adult)\s+[A-Z][A-Za-z0-9]{0,3}\b"
            r"|(?:the\s+)?[A-Z][a-z]*\s+(?:children|family|siblings|twins)\b)")
#: A provider or its setting, as a CQC inspection names it: "NCHT", "the trust", "Westford General Hospital".
_PROVIDER = (r"(?:[A-Z][A-Za-z0-9'&-]*\s+){0,6}?(?:NHS\s+)?(?:Foundation\s+)?(?:Trust|Hospitals?|Practice|Surgery|Centre|"
             r"Partnership)\b|[A-Z]{2,6}\b|the\s+(?:trust|hospital|practice|provider|surgery)\b")
_NOT_AREA = {"The", "This", "A", "An", "Our", "Previous", "Last", "CQC", "CQC's", "That", "Its", "Their",
             "Joint", "Local", "Earlier", "First", "As", "In", "Since", "At"}

#: A document's date after its name: " in 2016", ", completed in May 2019,", " published during 2015".
_DATED_BY = (r",?\s+(?:(?:completed|carried\s+out|conducted|undertaken|published|reported|done|finished|held)\s+)?"
             r"(?:in|during)\s+")

#: A word of a document's subject, which is no verb of the sentence ("an audit of X was done in 2017": undated).
_NO_VERB = r"(?:(?!\b(?:was|were|is|are|has|had|have)\b)[^.;,()])"

#: Ways of naming an earlier document: (kind, pattern with optional groups area, date, year).
PATTERNS = [
    # "the CQC inspection of NCHT in 2016", "when CQC inspected the trust": a provider's inspection, not a CLAS review
    ("cqc-inspection", (rf"\bCQC(?:'s)?\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:inspection\s+of|inspected)\s+(?P<subject>{_PROVIDER})"
                       rf"(?:\s+in\s+(?P<date2>{_DATE}))?(?:\s*\((?P<date>{_DATE})\))?")),
    ("review", (rf"(?P<area>{_AREA})(?:'s)?\s+(?:(?P<year>(?:19|20)\d\d)\s+)?(?:CLAS|Children\s+Looked\s+After\s+and\s+"
               rf"Safeguarding)\s+(?:[Rr]eview|report|inspection)(?:\s*\((?P<date>{_DATE})\))?")),
    ("review", (rf"(?:Children\s+Looked\s+After\s+and\s+Safeguarding\s*\(CLAS\)\s*|CLAS\s+)[Rr]eview\s+"
               rf"(?:in|of)\s+(?P<area>{_AREA})(?:\s*\((?P<date>{_DATE})\))?")),
    ("review", (rf"\b(?:[Oo]ur|[Tt]he|CQC's|[Aa])\s+(?:(?P<q>previous|last|earlier|first)\s+)?(?:(?:{_MONTHS}\s+)?(?P<year>(?:19|20)\d\d)\s+)?"
               rf"(?:(?P<cqc>CQC)\s+)?(?P<clas>CLAS\s+)?(?:review(?!\s+(?:health\s+)?assessments?\b)|(?(cqc)inspection|(?!))"
               rf"|(?:(?<=previous\s)|(?<=last\s)|(?<=earlier\s)|(?<=\d\d\s))(?:review\s+)?visit)(?:\s+of\s+(?P<area>{_AREA}))?"
               rf"(?:\s+(?:in|of)\s+(?P<date>{_DATE}))?(?:\s*\((?P<date2>{_DATE})\))?")),
    ("review", (rf"\b(?:[Ww]e|CQC)\s+(?:(?:reported|found|noted|identified|recorded|saw|measured|observed|described|"
               rf"highlighted|raised|criticised|flagged|recommended)\s+(?:it\s+|this\s+|them\s+)?"
               rf"|(?:reviewed|inspected|visited)\s+(?:(?:health\s+)?services\s+)?(?!{_PROVIDER})(?:[^.;]{{0,60}}?\s)?)in\s+"
               rf"(?P<year>(?:19|20)\d\d)\b"
               rf"|\b(?:made|set\s+out|found|reported)\s+by\s+CQC\s+in\s+(?P<date2>{_DATE})")),
    # "when we last reviewed", "since CQC last visited": the review's own team pointing back
    ("review", r"\b(?:we|CQC)\s+(?P<q>last|previously|first)\s+(?:reviewed|visited|inspected|looked\s+at|reported\s+on|came\s+to)\b"),
    # "our 2015 report", "at our last inspection", "our previous visit": the team's own earlier work
    ("review", (r"\b[Oo]ur\s+(?:(?P<q>previous|last|earlier|first|prior)\s+(?:(?P<year>(?:19|20)\d\d)\s+)?"
               rf"|(?P<date2>(?:{_MONTHS}\s+)?(?:19|20)\d\d)\s+)(?:CLAS\s+)?(?:report|inspection|visit|review\s+visit|findings"
               r"|fieldwork|field\s+work|site\s+visit|on-site\s+work)s?\b")),
    # "our visit in November 2014", "our review of 2015": the team's own work, dated (earlier
    # than this review, or the extractor drops it)
    ("review", rf"\b[Oo]ur\s+(?:review\s+)?(?:visit|review|inspection|report)\s+(?:in|of)\s+(?P<date>{_DATE})"),
    # "when we were last in Westford", "the last time we visited": the team's earlier visit by time
    ("review", (rf"\b(?:[Ww]hen|[Ss]ince)\s+(?:we|CQC|inspectors)\s+(?:were|was)\s+(?P<q>last)\s+(?:here|in\s+{_AREA})\b"
               r"|\b(?:[Tt]he\s+)?(?P<q2>last|previous)\s+time\s+(?:we|CQC|inspectors)\s+(?:visited|reviewed|inspected|came|looked|were)\b"
               r"|\b(?:[Ww]e|CQC)\s+(?:\w+\s+){1,4}?(?P<q3>last)\s+time\b")),
    # the earlier review counted from this one: "for the second review running", "at two
    # successive reviews", "a third consecutive inspection"
    ("review", (r"\b(?P<q>second|third|fourth|two|three|four)\s+(?:(?:successive|consecutive)\s+)?(?:CQC\s+|CLAS\s+)?"
               r"(?:reviews?|inspections?|visits?|times?)\s+(?:running|in\s+(?:a\s+row|succession))\b"
               r"|\b(?P<q2>second|third|fourth|two|three|four)\s+(?:successive|consecutive)\s+(?:CQC\s+|CLAS\s+)?"
               r"(?:reviews?|inspections?|visits?)\b")),
    # a service or body the last review looked at: "when Harbour was last reviewed by CQC", "since
    # the trust was last visited"
    ("review", (r"\b(?:[Ww]hen|[Ss]ince)\s+(?:[\w'’-]+\s+){1,6}?(?:was|were)\s+(?P<q>last|previously)\s+"
               r"(?:reviewed|inspected|visited|looked\s+at)(?:\s+by\s+(?:CQC|us|the\s+(?:CQC\s+)?review\s+team))?\b"
               r"(?!\s+by\s+Ofsted)")),
    # "what we found three years ago", "we reported two and a half years earlier"
    ("review", (r"\b(?:[Ww]e|CQC|[Ii]nspectors)\s+(?:first\s+)?(?:found|reported|noted|saw|described|identified|recorded|raised|"
               r"highlighted|criticised|flagged|recommended)\b[^.;]{0,80}?\b(?P<ago>(?:a|an|one|two|three|four|five|six|\d+)"
               r"(?:\s+and\s+a\s+half)?\s+years?\s+(?:ago|earlier|before))"
               r"|\b(?P<ago2>(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d+)(?:\s+and\s+a\s+half)?\s+years?\s+ago),?\s+"
               r"(?:we|CQC|inspectors)\s+(?:found|reported|noted|saw|described|identified|recorded|raised|highlighted|"
               r"criticised|flagged|recommended)\b")),
    # "our previous recommendation on ...", "our earlier recommendations": the earlier review's
    ("review", r"\b[Oo]ur\s+(?P<q>previous|last|earlier|prior|first)\s+recommendations?\b"),
    # "the 2013 recommendations", "our 2015 recommendations": the earlier review's
    ("review", r"\b(?:[Tt]he|[Oo]ur|[Aa]|[Oo]ne\s+of\s+(?:the|our))\s+(?P<year>(?:19|20)\d\d)\s+(?:recommendations?|findings?)\b"),
    # "Ofsted's visit in June 2013", "Ofsted's report of 2016"
    ("ofsted", rf"\bOfsted(?:'s|’s)\s+(?:\w+\s+)?(?:visit|report|review|judgement)\s+(?:in|of)\s+(?P<date2>{_DATE})"),
    # "Ofsted, when it inspected children's services in 2016", "when Ofsted visited in 2016"
    ("ofsted", (rf"\bOfsted(?:'s|’s)?\s+(?:\w+\s+){{0,3}}?(?:inspected|visited|reviewed|judged|rated|found|highlighted|identified|"
               rf"noted|reported|raised|criticised|saw|described|flagged)\b[^.;]{{0,60}}?"
               rf"\b(?:in|during)\s+(?P<date2>{_DATE})")),
    # "the previous inspection": the inspection the context dates (resolved by the extractor)
    ("inspection", r"\b[Tt]he\s+(?P<q>previous|last|earlier|most\s+recent|prior)\s+inspection\b(?!\s+(?:of|by|in)\b)"),
    ("jtai", (rf"\b(?:(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+)?(?:[Jj]oint\s+[Tt]argeted\s+[Aa]rea\s+[Ii]nspection(?:\s*\(JTAI\))?|JTAI)"
             rf"(?:\s+(?:of|in)\s+(?P<date3>{_DATE})\b)?"
             rf"(?:\s+(?:in|of)\s+(?P<area>{_AREA}))?(?:\s+(?:of|into)\s+(?:(?!\s+in\s)[^().;,]){{1,80}})?"
             rf"(?:\s+in\s+(?P<date2>{_DATE}))?(?:\s*\((?P<date>{_DATE})\))?")),
    ("joint-inspection", (rf"\b(?:(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+)?(?:[Jj]oint\s+(?:(?:Ofsted|CQC)\s+and\s+(?:Ofsted|CQC)\s+)?"
                         rf"inspection(?:\s+of\s+safeguarding\s+and\s+looked\s+after\s+children(?:'s)?\s+services)?"
                         rf"|inspection\s+of\s+safeguarding\s+and\s+looked\s+after\s+children(?:'s)?\s+services)"
                         rf"(?:\s+in\s+(?P<area>{_AREA}))?(?:\s+in\s+(?P<date2>{_DATE}))?(?:\s*\((?P<date>{_DATE})\))?")),
    ("ofsted", (rf"\b(?:(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+)?(?:Ofsted(?:'s)?\s+(?:(?P<date3>(?:19|20)\d\d)\s+)?"
               rf"(?:(?:single|SIF|ILACS|children's\s+services)\s+)?"
               rf"inspection(?:\s+(?:report|letter))?|(?:Ofsted(?:'s)?\s+)?(?:SIF|ILACS)(?:\s+inspection)?|Ofsted\s+single\s+inspection\s+framework)"
               rf"(?:\s+of\s+(?:(?!\s+in\s)[^().;,]){{1,80}})?(?:\s+in\s+(?P<area>{_AREA}))?"
               rf"(?:\s+in\s+(?P<date2>{_DATE}))?(?:\s*\((?P<date>{_DATE})\))?")),
    # "Ofsted also made this point in its 2014 report": the inspectorate, then its dated report
    ("ofsted", (r"\bOfsted\b[^.;]{0,60}?\b(?:in|during|at)\s+(?:its|their|the)\s+(?P<year>(?:19|20)\d\d)\s+(?:\w+\s+)?"
               r"(?:inspection|report|visit|review|judgement)\b")),
    # "the Child K practice review": named by its subject first
    ("practice-review", (rf"(?P<subject>{_SUBJECT})\s+(?:(?:[Ll]ocal\s+)?[Cc]hild\s+[Ss]afeguarding\s+)?[Pp]ractice\s+"
                        rf"[Rr]eview(?:\s*\((?P<date>{_DATE})\))?")),
    # "the Child W review": a case review named by its subject alone (not "review health assessments")
    ("serious-case-review", (rf"\b(?:[Tt]he\s+)?(?P<subject>{_SUBJECT})\s+review\b(?!\s+(?:health\s+)?assessments?\b)"
                             rf"(?:\s*\((?P<date>{_DATE})\))?")),
    # "the serious case review into Baby R", "the SCR concerning Child K": named by its subject
    ("practice-review", (rf"\b(?:(?:the|a)\s+)?(?:(?P<year>(?:19|20)\d\d)\s+)?(?:[Ll]ocal\s+)?[Cc]hild\s+[Ss]afeguarding\s+"
                        rf"[Pp]ractice\s+[Rr]eview(?:\s*\((?:L?CSPR)\))?(?:\s+(?:into|of|concerning|about|regarding|on|for)\s+"
                        rf"(?:the\s+(?:death|case)\s+of\s+)?(?P<subject>{_SUBJECT}))?(?:\s*\((?P<date>{_DATE})\))?")),
    ("serious-case-review", (rf"\b(?:(?:the|a)\s+)?(?:(?P<year>(?:19|20)\d\d)\s+)?(?:[Ss]erious\s+[Cc]ase\s+[Rr]eview(?:\s*\(SCR\))?|SCR"
                            rf")\s+(?:into|of|concerning|about|"
                            rf"regarding|on|for)\s+(?:the\s+(?:death|case)\s+of\s+)?(?P<subject>{_SUBJECT})"
                            rf"(?:\s*\((?P<date>{_DATE})\))?")),
    ("serious-case-review", (rf"(?:(?P<subject>{_SUBJECT})\s+|(?P<area>{_AREA})\s+)?(?:(?:the\s+|a\s+)?(?P<year>(?:19|20)\d\d)\s+)?"
                            rf"(?:[Ss]erious\s+[Cc]ase\s+[Rr]eview|SCR)\b(?:(?:\s+[^.();]{{0,60}}?)?\s*\((?:[^()]{{0,40}}?,\s*)?(?P<date>{_DATE})\))?")),
    # "the 2017 peer review of safeguarding", "an LGA peer review in 2016"
    ("peer-review", (rf"\b(?:(?:the|a|an)\s+)?(?:(?P<year>(?:19|20)\d\d)\s+)?(?:(?:LGA|safeguarding|sector[- ]led|regional|"
                    rf"external|local|multi-agency)\s+)*[Pp]eer\s+[Rr]eview(?:(?:\s+of\s+(?P<subject>{_NO_VERB}{{1,60}}?))?{_DATED_BY}(?P<date2>{_DATE})"
                    rf"|(?:\s+of(?:\s+[\w'’-]+){{1,4}})?(?:\s*\((?P<date>{_DATE})\))?)(?=[\s.,;:)'’]|$)")),
    # "the board's 2016 thematic audit of ...": dated, whatever kind of audit it calls itself
    ("audit", (r"\b(?:(?:the|a|an)\s+|[A-Z][\w-]*(?:'s|’s)\s+|[a-z]+(?:'s|’s)\s+)(?P<year>(?:19|20)\d\d)\s+(?:[a-z][\w-]*\s+){0,2}?"
              r"[Aa]udit\b(?:\s+of(?:\s+[\w'’-]+){1,4})?")),
    # "an audit of health assessments in 2016", "the 2016 audit of ...": dated, or it is not earlier work
    ("audit", (rf"\b(?:(?:the|a|an)\s+)?(?:(?P<year>(?:19|20)\d\d)\s+)?(?:(?:multi-agency|joint|case|safeguarding|"
              rf"independent|external|internal|LSCB|LSCB's)\s+)*[Aa]udit(?:(?:\s+of\s+(?P<subject>{_NO_VERB}{{1,60}}?))?{_DATED_BY}(?P<date2>{_DATE})"
              rf"|(?:\s+of(?:\s+[\w'’-]+){{1,4}})?(?:\s*\((?P<date>{_DATE})\))?)(?=[\s.,;:)'’]|$)")),
    ("report", rf"(?P<title>[A-Z][\w']*(?:\s+[\w'-]+){{0,6}}?\s+(?:report|inspection letter))\s*\((?P<date>{_DATE})\)"),
    # an inspectorate and a year in one clause, either way round: "In 2016 Ofsted found", "Ofsted,
    # in 2016, judged", "identified by Ofsted (2016)", "CQC's 2015 report", "Back in 2014, CQC found"
    ("ofsted", (rf"\b(?:[Ii]n|[Dd]uring)\s+(?P<date>{_DATE}),?\s+(?:[^.;,]{{0,30}}?\s)?Ofsted\b"
               rf"|\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:its|their)\s+(?P<date3>{_DATE})\s+(?:\w+\s+)?(?:inspection|report|visit),?\s+"
               rf"Ofsted\b"
               rf"|\bOfsted(?:'s|’s)?\b[^.;]{{0,60}}?(?:\(|\b)(?P<date2>{_DATE})\b(?!\s*[-–]\s*\d)")),
    # CQC as the one who found, in a year: not a rating of a provider ("rated good by CQC")
    ("review", (rf"\b(?:[Ii]n|[Dd]uring)\s+(?P<date>{_DATE}),?\s+(?:[^.;,]{{0,30}}?\s)?CQC\s+(?:\w+\s+)?"
               rf"(?:found|reported|noted|identified|described|criticised|raised|recommended|saw|highlighted|judged)\b"
               rf"|\bCQC(?:'s|’s)?\s+(?:(?P<year>(?:19|20)\d\d)\s+(?:CLAS\s+)?(?:review|report|visit|inspection|findings?)\b"
               rf"|(?:\w+\s+){{0,2}}?(?:in|during)\s+(?P<date2>{_DATE})\b)")),
]
# --- cue9: the earlier review named in notes, by its team or by its time -----------------------
PATTERNS += [
    # "Since last review:", "At previous visit", "Progress since 2016 CLAS review": no article
    ("review", (rf"(?<!\bthe\s)(?<!\bour\s)(?<!\bthis\s)(?<!\bThe\s)(?<!\bOur\s)\b(?P<q>[Ll]ast|[Pp]revious|[Pp]rior)\s+"
               rf"(?:CLAS\s+|CQC\s+)?(?:review|visit)\b(?:\s*\((?P<date>{_DATE})\))?")),
    ("review", r"(?<!\bthe\s)(?<!\bour\s)(?<!\bThe\s)(?<!\bOur\s)\b(?P<date>(?:19|20)\d\d)\s+(?:CQC\s+)?CLAS\s+(?:review|report|visit)\b"),
    # "Repeat finding (CQC 2016, 3.2):", "Previously noted (2015):", "Previous finding (2015)"
    ("review", (rf"\b(?P<q>[Rr]epeat(?:ed)?)\s+(?:finding|concern|issue|shortfall)s?\b"
               rf"(?:\s*\((?:CQC\s+|CLAS\s+)?(?P<date>{_DATE})[^()]{{0,20}}\))?")),
    ("review", (rf"^(?P<q>Previously)\s+(?:noted|reported|identified|found|raised|highlighted|seen)\b"
               rf"(?:\s*\((?P<date>{_DATE})\))?(?=\s*[:(])|\b(?P<q2>[Pp]revious)\s+(?:finding|concern)s?\s*\((?P<date2>{_DATE})\)")),
    # "since 2016, when CQC first reported it", "no comparison with 2016, when we found ..."
    ("review", (rf"\b(?P<date>{_DATE}),?\s+when\s+(?:we|CQC|inspectors)\s+(?:first\s+|last\s+)?(?:found|reported|noted|saw|"
               rf"visited|reviewed|inspected|described|identified|recorded|raised)\b")),
    # "Both this review and the last found ...": the earlier review named by its place beside this one (session 27)
    ("review", (r"\b[Bb]oth\s+(?:this|the\s+present|the\s+current)\s+(?:review|inspection|visit)\s+and\s+(?:the|our)\s+"
               r"(?P<q>last|previous|earlier)(?:\s+(?:one|review|inspection|visit))?\b"
               r"(?=\s*(?:,|(?:have|had)\s|found|identified|noted|saw|reported|highlighted))")),
    # "CQC described this in its 2016 report"; "our predecessors found in 2016"
    ("review", (r"\b(?:CQC|[Tt]he\s+Care\s+Quality\s+Commission|[Ww]e|[Ii]nspectors)\b[^.;]{0,60}?\b(?:in|at)\s+(?:its|our|their)\s+(?P<year>(?:19|20)\d\d)\s+"
               r"(?:CLAS\s+)?(?:report|review|visit|inspection)\b")),
    ("review", (r"\b(?:[Oo]ur\s+predecessors|[Tt]he\s+(?:previous|last|earlier)\s+(?:review\s+)?team|[Oo]ur\s+colleagues)\s+"
               r"(?:\w+\s+){0,2}?(?:found|reported|noted|saw|described|identified|recorded)\b[^.;]{0,30}?\bin\s+"
               r"(?P<year>(?:19|20)\d\d)\b")),
    # "2015 finding resolved:", "2015 recommendation met": a note of the earlier review's finding
    ("review", r"^(?P<date>(?:19|20)\d\d)\s+(?:CLAS\s+|CQC\s+)?(?:finding|recommendation|concern)s?\b"),
    # "We reported exactly this in 2015": the review team's own finding, in the year it made it
    ("review", (r"\b(?:[Ww]e|CQC|[Ii]nspectors)\s+(?:first\s+|also\s+)?(?:reported|raised|noted|found|identified|described|"
               r"highlighted|flagged|criticised|recorded)\b[^.;,]{0,30}?\bin\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")),
    # "For a second time, CQC finds ...": the earlier review, by the count of reviews that found it
    ("review", (r"\b(?P<q>[Ff]or\s+(?:a|the)\s+(?:second|third|fourth)\s+time),?\s+(?:CQC|we|the\s+review(?:\s+team)?|"
               r"inspectors)\s+(?:\w+\s+)?(?:finds?|found|report(?:s|ed)?|note[sd]?|see|saw|identif(?:y|ies|ied))\b")),
    # "Our recommendation of 2016 on this point"
    ("review", rf"\b(?:[Oo]ur|[Tt]he|CQC's)\s+recommendations?\s+(?:of|from|made\s+in)\s+(?P<date>{_DATE})\b"),
]
# --- session 16: an earlier document named by its year, its team or its place in a series -------
PATTERNS += [
    # "the 2011 report", "the 2011 inspection", "the 2014 inspection's recommendation", "CQC's 2015
    # comprehensive inspection of the trust": a document of a year, whoever's it was
    ("cqc-inspection", r"\bCQC(?:'s|’s)\s+(?P<year>(?:19|20)\d\d)\s+(?:[a-z]+\s+)?inspection\b"),
    ("inspection", r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<year>(?:19|20)\d\d)\s+(?:[a-z]+\s+)?inspection\b"),
    ("review", r"\b(?:[Tt]he|[Oo]ur)\s+(?P<year>(?:19|20)\d\d)\s+(?:(?:CLAS|CQC|inspection)\s+)?(?:report|visit)\b"),
    # "Seen before: 2014 review": a year and a review after a label
    ("review", r"(?<=:\s)(?P<year>(?:19|20)\d\d)\s+(?:CQC\s+|CLAS\s+)?(?:review|visit|report)\b"),
    # "our predecessor report", "our predecessors' report": the team before
    ("review", r"\b(?P<q>[Oo]ur\s+predecessors?(?:['’]s?)?)\s+(?:review|report|visit|team)\b"),
    # "In 2016 we called for ...", "the recommendation we made in 2016", "criticised by inspectors
    # in 2013", "the inspectors who visited in 2011": the team's own act, in a year
    ("review", (r"\b(?:[Ii]n|[Dd]uring)\s+(?P<year>(?:19|20)\d\d),?\s+(?:we|CQC|inspectors|the\s+review\s+team)\s+(?:also\s+)?"
               r"(?:found|reported|noted|raised|called|recommended|asked|said|wrote|made|saw|identified|highlighted|"
               r"criticised|criticized|described|recorded|flagged|urged)\b"
               r"|\brecommendations?\s+(?:that\s+)?(?:we|CQC|inspectors)\s+made\s+in\s+(?P<year2>(?:19|20)\d\d)\b"
               r"|\b(?:[Ii]nspectors|[Rr]eviewers)\s+(?:who\s+[a-z]+ed\s+)?(?:in|during)\s+(?P<year3>(?:19|20)\d\d)\b")),
    # "A second CLAS review has now found", "every CQC review of the area", "the third time an
    # inspection has remarked on": the earlier reviews, by the count of them
    ("review", (r"\b(?P<q>(?:[Aa]\s+|[Tt]he\s+)?(?:second|third|fourth)|[Ee]very|[Ee]ach)\s+(?:(?:CLAS|CQC|successive|"
               r"consecutive)\s+){1,2}(?:review|inspection)\b"
               r"|\b(?P<q2>(?:second|third|fourth)\s+time)\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:inspection|review)\b")),
]
_COMPILED = [(kind, re.compile(p)) for kind, p in PATTERNS]
#: Words one of which every pattern needs: a cheap test before the patterns themselves.
_ANY = re.compile(r"review|inspect|visit|[Rr]epeat|[Pp]reviously|[Pp]revious\s+finding|predecessor|JTAI|\bSCR\b|\bSIF\b|ILACS|\breport\b|(?:19|20)\d\d|\blast\s+(?:in|time|here)\b|findings|\btimes?\s+(?:running|in\s+a\s+row)\b|"
                  r"recommendation|"
                  r"years?\s+(?:ago|earlier|before)\b|(?:second|third|fourth)\s+time\b", re.IGNORECASE)
TITLES = {"review": "{area} CLAS review", "inspection": "{area} inspection", "cqc-inspection": "CQC inspection",
          "practice-review": "{area} child safeguarding practice review", "peer-review": "{area} peer review", "audit": "{area} audit", "jtai": "Joint targeted area inspection (JTAI) of {area}",
          "joint-inspection": "Joint Ofsted and CQC inspection of safeguarding and looked after children services in {area}",
          "ofsted": "Ofsted inspection of children's services in {area}",
          "serious-case-review": "{area} serious case review", "report": "{title}"}
KINDS = {"review": "review", "inspection": "inspection", "cqc-inspection": "inspection", "practice-review": "report", "jtai": "inspection", "joint-inspection": "inspection", "ofsted": "inspection",
         "serious-case-review": "report", "report": "report",
         "peer-review": "report", "audit": "report"}  # only CLAS reviews are "review"

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
    subject: str = ""


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
            date = (groups.get("date") or groups.get("date2") or groups.get("date3") or groups.get("year")
                    or groups.get("year2") or groups.get("year3") or "")
            if kind == "review" and not (area or date or groups.get("q") or groups.get("q2") or groups.get("q3")
                                         or groups.get("ago") or groups.get("ago2")
                                         or groups.get("clas") or groups.get("cqc")) \
                    and "reported" not in m.group(0) and "found" not in m.group(0):
                continue  # "the review": this one
            if kind == "serious-case-review" and not (area or date or groups.get("subject")):
                continue
            if kind == "review" and re.search(r"\bthis\b", sentence[max(0, m.start() - 6):m.start()], re.IGNORECASE):
                continue
            subject = " ".join((groups.get("subject") or "").split())
            if kind == "serious-case-review" and re.fullmatch(_SUBJECT, area):
                area, subject = "", area  # "the Baby R serious case review": whom it is about, not where
            if kind == "audit" and not date:
                continue  # "an audit of records found ...": current work, not an earlier document
            year = re.search(r"(?:19|20)\d\d", date)
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            if any(f.kind == kind and 0 <= m.start() - f.end <= 2 for f in found):
                continue  # "(SIF)" after "the Ofsted inspection": the same document again
            found.append(Mention(kind, area, year.group(0) if year else "", date,
                                 (groups.get("title") or "").strip(), m.start(), m.end(), subject))
    return sorted(found, key=lambda x: x.start)


#: A bare year (or month and year) that stands for the earlier review: "much improved on 2014",
#: "as in 2014", "unchanged from July 2014".
_YEAR_OF_REVIEW = re.compile(r"\b(?:since|on|as\s+in|as\s+at|compared\s+(?:with|to)|than\s+(?:in\s+)?|from|"
                             r"in|at|during|back\s+in)\s+"
                             rf"(?:{_MONTHS}\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-/–])", re.IGNORECASE)


#: A bare year as how things stood then: a figure of then in brackets ("78% (2014: 41%)"), or the
#: year as the adjective of a state ("the 2014 picture", "the 2014 figures").
_YEAR_AS_THEN = re.compile(r"\(\s*(?:in\s+)?(?P<year>(?:19|20)\d\d)\s*[:=]\s*(?:[\d£]|none\b|nil\b|zero\b|no\s)"
                           r"|\b[Tt]he\s+(?P<year2>(?:19|20)\d\d)\s+(?:picture|position|situation|figures?|rates?|levels?|"
                           r"baseline|numbers?|performance|state\s+of\s+affairs)\b")


#: The review team's own earlier finding, dated by how long ago it was or by the visit: "the gap
#: we pointed out four years ago", "which we raised at our last visit" (the earlier review).
_OURS_THEN = re.compile(r"\bwe\s+(?:first\s+|had\s+|already\s+)?(?:pointed\s+out|reported|raised|noted|found|identified|"
                        r"described|highlighted|flagged|commented\s+on)\b[^.;]{0,40}?\b(?:(?:one|two|three|four|five|six|seven|"
                        r"\d)\s+years\s+(?:ago|earlier|before)|(?:at|during|in)\s+our\s+(?:last|previous|first|earlier)\s+"
                        r"(?:visit|review|inspection))\b"
                        # "four years after our recommendation": the earlier review, by the time since it asked
                        r"|\b(?:one|two|three|four|five|six|seven|\d)\s+years\s+(?:after|since|on\s+from)\s+our\s+"
                        r"(?:recommendations?|last\s+(?:visit|review|report))\b", re.IGNORECASE)


def year_mentions(sentence: str, review_year: str) -> list[Mention]:
    """The earlier review, where a sentence compares with the year it took place in and names
    no document ("waiting times continue to be a concern, as in 2014", "78% (2014: 41%)").

    >>> [(m.kind, m.year) for m in year_mentions("Progress since 2014 is marked.", "2014")]
    [('review', '2014')]
    >>> [(m.kind, m.year) for m in year_mentions("The 2014 picture has been reversed.", "2014")]
    [('review', '2014')]
    >>> year_mentions("Progress since 2016 is marked.", "2014")
    []
    >>> [(m.kind, m.year) for m in year_mentions("There is no register, the gap we pointed out four years ago.", "2014")]
    [('review', '2014')]
    """
    found = [(m.group("year"), m) for m in _YEAR_OF_REVIEW.finditer(sentence)]
    found += [(review_year[-4:], m) for m in _OURS_THEN.finditer(sentence)
              if not any(o.start() < m.end() and m.start() < o.end() for _, o in found)]
    found += [(m.group("year") or m.group("year2"), m) for m in _YEAR_AS_THEN.finditer(sentence)
              if not any(o.start() < m.end() and m.start() < o.end() for _, o in found)]
    return sorted((Mention("review", "", year, year, "", m.start(), m.end())
                   for year, m in found if review_year and year == review_year[-4:]), key=lambda x: x.start)


#: Where a sentence turns from how things were to how they are: "...; this has been put right",
#: "..., and this is still the case", "..., which continues".
_TURN = re.compile(r"\s*[;:]\s*|\s*,?\s+(?:but|whereas|while|yet|and|although|though)\s+"
                   r"|\s*,\s+(?=(?:which|this|that|these|it|they|there|now|since|today)\b)", re.IGNORECASE)
#: A concession after the main clause, which does not decide what the sentence says of then.
_CONCESSION = re.compile(r",\s+(?:although|though|even\s+though|albeit|if)\b[^;]*?(?=[;.]?\s*$|;)", re.IGNORECASE)
#: A sentence that says only how things were ("In 2015 there was no pathway."), whose next
#: sentence may say what became of it.
_THEN = re.compile(r"\b(?:was|were|had|found|identified|noted|reported|saw|described|lacked|did\s+not|criticised|criticized|"
                   r"drew|asked|called|recommended|highlighted|flagged|raised|judged|remarked|commented|pointed|said|"
                   r"questioned|challenged)\b", re.IGNORECASE)
_THEN_NOT_NOW = re.compile(r"\b(?:is|are|has|have|now|today|remains?|continues?)\b", re.IGNORECASE)


#: A state denied now, then said to be how it was: "staff are no longer ..., as they were at
#: our 2015 review" (the "as" clause tells how it was then, not that it persists).
_AS_THEN_DENIED = re.compile(r"(\b(?:no\s+longer|not\s+any\s+(?:more|longer)|ceased\s+to|stopped)\b[^.;]*?),?\s+as\s+"
                             r"(?:it|they|this|these|he|she|we)\s+(?:was|were|did|had|used\s+to)\b[^.;]*", re.IGNORECASE)


#: A comparison's direction: down ("lower than at our last review") or up ("higher than in 2015").
_COMPARED = re.compile(r"\b(?:(?P<down>lower|fewer|less|smaller)|(?P<up>higher|more|greater|larger|bigger))\b", re.IGNORECASE)


def _progress(sentence: str, start: int = 0) -> bool:
    """Whether a cue of progress stands in ``sentence`` from ``start``, a comparison only where it
    goes the better way for what is counted (rules/cues.py FEWER_IS_BETTER): "waits are shorter
    than in 2015" is progress, "training compliance is lower than at our 2015 review" is not.

    >>> _progress("Waits are lower than at our 2015 review."), _progress("Compliance is lower than at our 2015 review.")
    (True, False)
    """
    for m in PROGRESS_CUES.finditer(sentence, start):
        way = _COMPARED.match(m.group(0))
        if not way or bool(way["down"]) == bool(_FEWER_IS_BETTER.search(sentence)):
            return True
    return False


def relation_of(sentence: str, following: str = "", preceding: str = "") -> str:
    """REPEATS, PROGRESS_SINCE or CITES: what a sentence naming an earlier document says of it.
    Where the sentence turns from then to now, the clause of now decides; a sentence that says
    only how things were is continued by the next one (``following``), else answers the one
    before it (``preceding``: "There is now a nurse in the hub. In 2015 there was none.").

    >>> relation_of("In 2015 there was no pathway; there is now a clear one.")
    'PROGRESS_SINCE'
    >>> relation_of("At our last visit few plans were reviewed, and this is still the case.")
    'REPEATS'
    >>> relation_of("When we last visited there was no pathway.", "There is now a clear one.")
    'PROGRESS_SINCE'
    >>> relation_of("When we last visited there was no pathway.", "", "There is now a clear one.")
    'PROGRESS_SINCE'
    """
    sentence = _CONCESSION.sub("", sentence)  # "..., although the post is still part-time": an aside
    sentence = _AS_THEN_DENIED.sub(r"\1", sentence)  # "no longer X, as they were in 2015": X then, not now
    repeats = [m.end() for m in REPEAT_CUES.finditer(sentence)]
    for turn in reversed([m.end() for m in _TURN.finditer(sentence)]):
        if any(end > turn for end in repeats):  # said in the clause of now, or across the turn
            return Rel.REPEATS.value
        if _progress(sentence, turn):
            return Rel.PROGRESS_SINCE.value
    if REPEAT_CUES.search(sentence):
        return Rel.REPEATS.value
    if _progress(sentence):
        return Rel.PROGRESS_SINCE.value
    if _THEN.search(sentence) and not _THEN_NOT_NOW.search(sentence):
        for other in (following, preceding if _THEN_NOT_NOW.search(preceding) else ""):
            said = relation_of(other) if other and not mentions(other) else Rel.CITES.value
            if said != Rel.CITES.value:
                return said
    return Rel.CITES.value


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
            if "safeguarding practice review" in low:
                kinds.append("practice-review")
            if re.search(r"cqc\s+(?:last|previously)\s+reviewed|previous\s+(?:clas\s+)?review", low):
                kinds.append("review")
            for kind in kinds:
                years.setdefault(kind, year[0] if kind != "review" else year[-1])
    for text in paragraphs:  # documents named in the forms findings name them ("CQC's last CLAS review ... in 2015")
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            for m in mentions(sentence):
                if m.kind != "inspection":
                    years.setdefault(m.kind, m.date or m.year or _year_after(sentence, m.end))
    return {kind: year for kind, year in years.items() if year}


def _year_after(sentence: str, end: int) -> str:
    """The year a sentence gives after naming a document ("... took place in February 2015")."""
    m = re.search(rf"^[^.;]{{0,80}}?\b(?:in|during)\s+((?:{_MONTHS}\s+)?(?:19|20)\d\d)\b", sentence[end:])
    return m.group(1) if m else ""


def latest_inspection(years: dict) -> str:
    """The kind of inspection the context dates last: what "the previous inspection" names.

    >>> latest_inspection({"ofsted": "2015", "review": "2014", "jtai": "2012"})
    'ofsted'
    """
    dated = [(re.search(r"(?:19|20)\d\d", years[k]).group(0), k) for k in ("jtai", "joint-inspection", "ofsted")
             if re.search(r"(?:19|20)\d\d", years.get(k, ""))]
    return max(dated)[1] if dated else "review"


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
    if m.subject:
        title += f" {'into' if m.kind in ('serious-case-review', 'practice-review') else 'of'} {m.subject}"
    if date:
        title += f" ({date})"
    prefix = "clas-review" if m.kind == "review" else m.kind
    area_slug = re.sub(r"[^a-z0-9]+", "-", area.lower().replace("&", "and").replace("'", "")).strip("-")
    subject_slug = re.sub(r"[^a-z0-9]+", "-", m.subject.lower()).strip("-")
    if m.kind == "cqc-inspection":  # one per provider: "cqc-inspection-westford-ncht-2016"
        area_slug += f"-{subject_slug}"
    doc_id = f"{prefix}-{area_slug}" + (f"-{year}" if year else f"-{subject_slug}" if subject_slug else "")
    return {"id": doc_id, "title": title, "kind": KINDS[m.kind], "area": area, "year": year,
            "date": date}


# --- cue9: then against now (rules/cues.py, THEN_SHORTFALL ... FIGURE_DOWN) ---------------------
_THEN_SHORTFALL = re.compile(THEN_SHORTFALL.pattern, re.IGNORECASE)
_NOT_NOW = re.compile(NOT_NOW.pattern, re.IGNORECASE)
_NOW_MARKS = re.compile(NOW_MARKS.pattern, re.IGNORECASE)
_NOW_LABEL = re.compile(NOW_LABEL.pattern)
_FEWER_IS_BETTER = re.compile(FEWER_IS_BETTER.pattern, re.IGNORECASE)
_FIGURE_UP = re.compile(FIGURE_UP.pattern, re.IGNORECASE)
_FIGURE_DOWN = re.compile(FIGURE_DOWN.pattern, re.IGNORECASE)
#: Where a clause of its own begins or ends: ";", ":", ", ", a relative pronoun after a noun.
_CLAUSE_EDGE = re.compile(r"\s*[;:]\s*|,\s+")
#: A relative clause holding the earlier document, before the main verb: "... tool that was
#: missing in 2015 is used ...", "the fax machine we criticised in 2015 is gone".
_RELATIVE_THEN = re.compile(r"\b(?:that|which|who|we|CQC|inspectors)\b[^,;]*$")
_MAIN_VERB = re.compile(r"\s(?=(?:is|are|has|have|now)\b)")
#: A figure: "88%", "30 weeks"; in words, "six weeks", "half of them".
_FIGURE = re.compile(r"(?:\d+(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                     r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s*(?:%|(?:per\s*cent|weeks?|days?|months?|hours?)\b)"
                     r"|\b(?:half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)\b", re.IGNORECASE)


def _clauses(sentence: str, start: int) -> tuple[str, str]:
    """(the clause of then: the one holding the earlier document at ``start``, the rest).

    >>> _clauses("The hub, absent at our last review, is open.", 12)
    ('absent at our last review', 'The hub is open.')
    >>> _clauses("The tool that was missing in 2015 is used daily.", 30)
    ('that was missing in 2015', 'The tool is used daily.')
    >>> _clauses("Nurses now see 78% of mothers (2014: 41%), and more.", 30)
    ('2014: 41%', 'Nurses now see 78% of mothers')
    """
    bracket = re.match(r"\(([^()]*)\)", sentence[start:])
    if bracket:  # "now see 78% (2014: 41%)": how it was, in brackets after how it is
        before = sentence[:start]
        return bracket.group(1).strip(), before[max((m.end() for m in _CLAUSE_EDGE.finditer(before)), default=0):].strip()
    edges = [0, *(p for m in _CLAUSE_EDGE.finditer(sentence) for p in (m.start(), m.end())), len(sentence)]
    pairs = list(zip(edges[::2], edges[1::2]))
    at = next((i for i, (a, b) in enumerate(pairs) if a <= start < b), None)
    if at is None:
        return "", ""
    a, b = pairs[at]
    # the clause of now is the one beside it (not a later ", and ..." of the review's own reading)
    then, rest = sentence[a:b], [sentence[x:y] for x, y in pairs[max(at - 1, 0):at + 2] if (x, y) != (a, b)]
    if len(pairs) == 1 or not _NOW_MARKS.search(" ".join(rest)):  # one clause: a relative of then before the main verb
        lead = _RELATIVE_THEN.search(sentence[a:start] + sentence[start:].split(" ")[0])
        verb = _MAIN_VERB.search(sentence, start)
        if lead and verb and verb.start() < b:
            then = sentence[a + lead.start():verb.start()]
            rest = [sentence[a:a + lead.start()].rstrip(), sentence[verb.start():b].strip()]
    return then.strip(), " ".join(r for r in rest if r).strip()


def _figure_moved(sentence: str, then: str, now: str) -> str:
    """REPEATS or PROGRESS_SINCE where a figure of then and one of now are set side by side,
    by the way it moved and whether fewer is better for what it counts; "" where none."""
    move = _direction(then, now) if _FIGURE.search(then) and _FIGURE.search(now) else ""
    if not move:
        return ""
    better = (move == "down") == bool(_FEWER_IS_BETTER.search(sentence))
    return Rel.PROGRESS_SINCE.value if better else Rel.REPEATS.value


def figure_worse(sentence: str, start: int) -> bool:
    """A figure of then (in the clause naming the earlier document at ``start``) and one of now,
    moved the wrong way for what they count, with no improvement named outright ("the gap, six
    weeks at our 2015 review, is now ten weeks").

    >>> figure_worse("The wait, six weeks at our 2015 review, is now ten weeks.", 18)
    True
    """
    then, now = _clauses(sentence, start)
    return not _IMPROVED.search(sentence) and _figure_moved(sentence, then, now) == Rel.REPEATS.value


def _direction(then: str, now: str) -> str:
    """up / down / "": a figure's move from then to now, by its words or its numbers."""
    was, now_is = _figure_value(then), _figure_value(now)
    if was and now_is and was[1] == now_is[1]:  # like with like: a percentage with a percentage
        return "" if was[0] == now_is[0] else "up" if now_is[0] > was[0] else "down"
    for text in (now, then):
        if _FIGURE_UP.search(text) and not _FIGURE_DOWN.search(text):
            return "up"
        if _FIGURE_DOWN.search(text) and not _FIGURE_UP.search(text):
            return "down"
    return ""


_WORD_NUMBERS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}


def _figure_value(text: str) -> tuple[float, str] | None:
    """The last figure's number, in digits or words ("six weeks"), and its unit.

    >>> _figure_value("six weeks at our 2015 review"), _figure_value("within 28 days for 88% of them")
    ((6.0, 'week'), (88.0, '%'))
    """
    found = list(re.finditer(r"(\d+(?:\.\d+)?|\b(?:" + "|".join(_WORD_NUMBERS) + r"))\s*(%|per\s*cent|week|day|month|hour)",
                             text, re.IGNORECASE))
    if not found:
        return None
    word, unit = found[-1].group(1).lower(), found[-1].group(2).lower()
    return (float(_WORD_NUMBERS[word]) if word in _WORD_NUMBERS else float(word)), "%" if "cent" in unit else unit


def then_against_now(sentence: str, start: int, following: str = "") -> str:
    """REPEATS, PROGRESS_SINCE or "" where a sentence sets how things were at an earlier document
    (named at ``start``, in a clause of its own) against how they are now: a figure then and
    now (whether fewer is better decides), else a shortfall then (rules/cues.py THEN_SHORTFALL)
    and the polarity of the clause of now. A note of then ("Last review (2015): no nurse.") takes
    its now from a following note ("Now: nurse in post.").

    >>> then_against_now("Care plans include health, which they lacked at our last review.", 38)
    'PROGRESS_SINCE'
    >>> then_against_now("Waits stand at 30 weeks, up from 12 weeks at our last visit.", 50)
    'REPEATS'
    >>> then_against_now("Our 2015 review found health plans poor, and recommended an audit.", 0)
    ''
    >>> then_against_now("Clinicians continue to omit the children's details, a shortfall found at our last review.", 72)
    'REPEATS'
    """
    from clasgraph.ingest.polarity import polarity

    then, now = _clauses(sentence, start)
    label = re.match(r"[^:]{1,60}:\s*", sentence[start:]) if sentence[:start].strip(" (") == "" or \
        re.fullmatch(r"(?:[A-Z]\w*\s+){0,2}", sentence[:start]) else None
    if label and _NOW_LABEL.match(following):  # a note of then, a note of now
        then, now = sentence[start + label.end():], _NOW_LABEL.sub("", following)
    if not then or len(now.split()) < 2 and not (label and now):
        return ""
    if _NOT_NOW.search(now) or _NOW_MARKS.search(then) and not label:
        return ""
    moved = _figure_moved(sentence, then, now)
    if moved:
        return moved
    if not (_THEN_SHORTFALL.search(then) or polarity(then) == "concern"):
        return ""
    return Rel.REPEATS.value if polarity(now) == "concern" or _PERSISTS.search(now) else Rel.PROGRESS_SINCE.value


#: A clause of now that says the state goes on, whatever it says of quality: "clinicians continue
#: to omit ...", "records still lack ...", "the gap remains".
_PERSISTS = re.compile(r"\b(?:continu(?:e|es|ed|ing)(?!\s+to\s+(?:improve|progress|develop|strengthen|get\s+better))|still|"
                       r"remains?|remained|persists?|persisted|once\s+more)\b", re.IGNORECASE)


_REPORTED_THEN = re.compile(REPORTED_THEN.pattern)


def reported_then(sentence: str) -> bool:
    """The sentence only reports what an earlier document found, in the tenses of then.

    >>> reported_then("The 2016 JTAI found that records had not been shared.")
    True
    >>> reported_then("The 2016 JTAI found that records are still not shared.")
    False
    """
    return bool(_REPORTED_THEN.match(sentence)) and not _NOW_MARKS.search(sentence)


_MOVES_UP = re.compile(alternation(MOVES, "up"), re.IGNORECASE)
_MOVES_DOWN = re.compile(alternation(MOVES, "down"), re.IGNORECASE)
#: An improvement named outright, which no figure's move overrules.
_IMPROVED = re.compile(r"\bimprov|\bbetter\b|\bstrengthen|\bresolved\b|\baddressed\b|\bno\s+longer\b", re.IGNORECASE)


def moved_worse(sentence: str) -> bool:
    """A figure said to move (rules/cues.py MOVES) the wrong way for what it counts: up where
    fewer is better (waits, backlogs, missed appointments), down where it is not.

    >>> moved_worse("Since 2015 the backlog has grown."), moved_worse("Since 2015 uptake has grown.")
    (True, False)
    >>> moved_worse("Waiting times have fallen since 2015.")
    False
    """
    up, down = _MOVES_UP.search(sentence), _MOVES_DOWN.search(sentence)
    if bool(up) == bool(down) or _IMPROVED.search(sentence):
        return False
    return bool(up) == bool(_FEWER_IS_BETTER.search(sentence))


def clause_of_now(sentence: str) -> str:
    """The last clause of a sentence that turns from then to now (the whole sentence if none).

    >>> clause_of_now("Training has improved since 2015, yet supervision is still irregular.")
    'supervision is still irregular.'
    """
    turns = [m.end() for m in _TURN.finditer(sentence)]
    return sentence[turns[-1]:] if turns else sentence
