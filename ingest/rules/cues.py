"""Cue sets other than the lexicon of commissioning: telling a body of a concern, a shortfall
found before or progress since, polarity, and succession. Each row has an example sentence and
what it should give; ``tests/test_rules.py`` runs each through the real extraction.
"""

from __future__ import annotations

from dataclasses import dataclass

from clasgraph.graph.schema import Rel


@dataclass(frozen=True)
class Cue:
    """One row: a pattern (a regular expression), what it says, and an example of it, or a list
    of examples (each gives ``gives``), so that a pattern is written once however many shapes of
    sentence show it.

    >>> Cue("a", "x", ["One a.", "Two a."]).examples()
    ('One a.', 'Two a.')
    """

    pattern: str
    says: str
    example: str | list[str]
    gives: tuple = ()

    def examples(self) -> tuple[str, ...]:
        """The row's example sentences."""
        return (self.example,) if isinstance(self.example, str) else tuple(self.example)


def cases(rows: list[Cue]) -> list[tuple[Cue, str]]:
    """(row, example) for each example of each row: what a parametrised test runs.

    >>> [e for _, e in cases([Cue("a", "x", "A."), Cue("b", "y", ["B.", "Bb."])])]
    ['A.', 'B.', 'Bb.']
    """
    return [(row, example) for row in rows for example in row.examples()]


def alternation(rows: list[Cue], says: str | None = None) -> str:
    """One regular expression of the rows' patterns (those that say ``says``), in order.

    >>> alternation([Cue("a", "x", ""), Cue("b", "y", ""), Cue("a", "x", "")])
    '(?:a)|(?:b)'
    """
    out: list[str] = []
    for row in rows:
        if (says is None or row.says == says) and f"(?:{row.pattern})" not in out:
            out.append(f"(?:{row.pattern})")
    return "|".join(out)


# --- telling a body of a concern (escalation) -------------------------------------------------

#: Verbs of telling. ``to`` verbs name whom after "to" or "with" ("raised with the CCG"); ``object``
#: verbs name whom as their object ("we notified the council"). ``gives`` is the body told.
TELLING = [
    Cue(r"brought|bring|drawn|draw|drew", "to",
        "This was brought to the attention of Westford City Council.", ("westford-city-council",)),
    Cue(r"raised|raise|shared|share|discussed|discuss|took\s+(?:this|it|the\s+\w+)\s+up|taken\s+up|"
        r"flagged|flag|put", "to",
        "We raised this with NHS Westford CCG.", ("westford-ccg",)),
    Cue(r"referred|refer|escalated|escalate|highlighted|highlight|reported|report|fed\s+back|feed\s+back|"
        r"communicated|relayed|forwarded|conveyed|passed|pass|sent|send|sent\s+on", "to",
        "The matter has been escalated to NHS England.", ("nhs-england",)),
    Cue(r"written|wrote|write", "to", "We have written to Westford City Council about this.",
        ("westford-city-council",)),
    # going through the concern with a body: "we went over the waits with A", "we had a word with A"
    Cue(r"went\s+(?:over|through)|gone\s+(?:over|through)|talked\s+(?:\w+\s+)?through|had\s+a\s+word|presented",
        "to", ["We went over the waiting times line by line with the commissioners at NHS Westford CCG.",
               "On the last day we had a word about the rota with NHS Westford CCG."], ("westford-ccg",)),
    # the concern said back to a body: "we said as much to A", "we said so to A when we left"
    Cue(r"(?:said|say|says|repeated|repeat)\s+(?:as\s+much|so|the\s+same)", "to",
        "We said as much to the lead for children in care at NHS Westford CCG when fieldwork ended.", ("westford-ccg",)),
    Cue(r"notified|made\s+known|submitted", "to", "This shortfall was notified to Westford City Council during the review.",
        ("westford-city-council",)),
    # telling said with a noun: "made a referral to", "the subject of an escalation to"
    Cue(r"(?:made|make|sent|send|submitted)\s+(?:a|an)\s+(?:\w+\s+)?(?:referral|notification|escalation|alert|complaint)"
        r"|(?:the\s+)?subject\s+of\s+(?:a|an)\s+(?:\w+\s+)?(?:referral|notification|escalation|letter|note|briefing|alert|challenge|complaint)", "to",
        "We made a referral to Westford City Council about the missing health plans.", ("westford-city-council",)),
    # cues8b: set down in a document of telling, the body after "to": "set out in a letter to",
    # "described in our note to"
    Cue(r"(?:set\s+out|laid\s+out|written|put|\w+ed)\s+in\s+(?:a|an|our)\s+(?:[\w-]+\s+)?(?:letter|note|e-?mail|briefing|memo)s?",
        "to", "The delays were set out in a letter to Westford City Council.", ("westford-city-council",)),
    # verbs of moving that tell only when a body follows: "taken to NHS England", "put before the council"
    Cue(r"taken|took|take|gone|went|go|put|placed|laid|given|made|sent\s+on", "to_name",
        ["We took our concerns about the waiting list to NHS Westford CCG.",
         "Before we left, we laid the vacancy figures in front of the commissioners at NHS Westford CCG.",
         "We have put this shortfall before the public health lead at NHS Westford CCG."], ("westford-ccg",)),
    Cue(r"notified|notify|informed|inform|alerted|alert|told|tell|advised|advise|contacted|contact|"
        r"warned|warn|briefed|brief|updated|apprised|sighted|rang|phoned|telephoned|e-?mailed", "object",
        ["We notified NHS Westford CCG of this shortfall.",
         "We briefed NHS Westford CCG on the vacancies before we left.",
         "Our lead inspector rang NHS Westford CCG's designated nurse about the vacancies that afternoon."], ("westford-ccg",)),
    # cues8b: asking a body tells it of the concern, asking it for data does not ("we asked the
    # CCG to look again", not "we asked the CCG for its figures")
    Cue(r"(?:asked|ask)(?![^.;]{0,80}?\bfor\s+(?:(?:its|their|the|a|an|any|some|more|further|recent|up-to-date)\s+)*"
        r"(?:[\w-]+\s+){0,3}(?:data|information|figures|details|evidence|records|numbers|copies|statistics|documents?|lists?|"
        r"names|reports?|minutes|polic(?:y|ies)|audits?|papers|documentation|breakdowns?)\b)", "object",
        "We asked NHS Westford CCG to look again at the waiting list.", ("westford-ccg",)),
    # a body given something of the concern, or let know: "we gave the council an account of this"
    Cue(r"(?:gave|given|give|handed|showed|shown|sent|send)(?=\s+(?:the\s+)?[A-Z][^.;]{0,80}?\b(?:account|summary|details|"
        r"note|letter|copy|briefing|feedback|findings?|concerns?|view|evidence|examples?)\b)"
        r"|let(?=\s+(?:the\s+)?[A-Z][^.;]{0,80}?\bknow\b)", "object",
        ["We gave NHS Westford CCG a summary of the two cases.",
         "We let NHS Westford CCG know about the missed visits."], ("westford-ccg",)),
    Cue(r"made\s+(?:\S+\s+){0,6}?aware|make\s+(?:\S+\s+){1,6}?aware", "object",
        ["We made the commissioners at NHS Westford CCG aware of this gap.",
         "NHS Westford CCG was made aware of the waiting list during the review."], ("westford-ccg",)),
    Cue(r"attention\s+(?:has|have|had|was|were)\s+(?:also\s+|now\s+)?(?:been\s+)?(?:drawn|brought|directed)\s+to\b", "attention",
        "NHS Westford CCG's attention has been drawn to this gap.", ("westford-ccg",)),
    # the concern as where it now is: "the matter is now with NHS England", "... now rests with the
    # council for a response" (not "the problem is with the council's data": now, or what it is there for)
    Cue(r"(?:is|are|has\s+been|have\s+been)\s+now\s+(?:with|in\s+the\s+hands\s+of)|now\s+(?:rests?|sits?|lies|lie)\s+with"
        r"|(?:is|are|rests?|sits?)\s+with\b(?=[^.;]*\bfor\s+(?:action|a\s+response|(?:a\s+)?reply|consideration|"
        r"follow[- ]up|resolution)\b)", "held",
        ["This shortfall is now with NHS Westford CCG to resolve.",
         "The issue rests with NHS Westford CCG for a response."], ("westford-ccg",)),
    Cue(r"(?:is|are)\s+(?:now\s+|fully\s+)?(?:sighted|apprised)\s+(?:on|of)\b", "known",
        "NHS Westford CCG is now sighted on the delays.", ("westford-ccg",)),
    Cue(r"(?:now\s+)?(?:knows|know|is\s+(?:now\s+)?aware|are\s+(?:now\s+)?aware)(?:,[^,;]{1,50},)?\s+of\s+(?:this|that|these|our|the\s+(?:concern|issue|gap|"
        r"shortfall|delay|finding)s?)\b", "known",
        ["Westford City Council now knows of our concern.",
         "Westford City Council is now aware, through our feedback, of the gap."], ("westford-city-council",)),
    # a body's post taken through the concern: "We took A's chief nurse through the records", "walked A's lead through the cases"
    Cue(r"(?:took|taken|walked|talked)(?=\s+(?:the\s+)?[A-Z][^.;]{0,80}?\s+through\s+(?:the|our|these|those|each|both|every|all)\b)",
        "object", "On day two we took NHS Westford CCG's chief nurse through the records of both children.", ("westford-ccg",)),
    # the body holding what the review gave it: "A now holds our figures", "A received from us a note of the gap"
    Cue(r"(?:now\s+)?(?:holds?|has|have|received|heard|(?:has|have)\s+(?:since\s+)?(?:received|had|heard))\s+(?:from\s+us\s+)?"
        r"(?:our|the\s+review(?:'s|’s)|(?:a|an)\s+(?:\w+\s+)?(?:note|letter|summary|briefing|copy)\s+(?:of|about|on)\s+(?:our|the|this|these))"
        r"\s+(?:[\w-]+\s+){0,2}?(?:figures|findings|concerns?|feedback|evidence|cases|shortfall|gap|delays?|note|letter)\b", "known",
        ["Westford City Council, the purchaser of the 0-19 service, now holds our figures and the cases behind them.",
         "Westford City Council received from us a costed note of the shortfall."], ("westford-city-council",)),
    # the body told as the one who came to hear it: "A's director met our lead reviewer to hear the detail"
    Cue(r"met\s+(?:with\s+)?(?:us|our\s+(?:lead\s+)?(?:reviewers?|inspectors?)|the\s+(?:lead\s+)?(?:reviewers?|inspectors?|"
        r"review\s+team|inspection\s+team))\b[^.;]{0,60}?\bto\s+(?:hear|discuss|receive|go\s+through|be\s+told)\s+"
        r"(?:about\s+)?(?:the\s+detail|the\s+details|our\s+(?:concerns?|findings?)|this|these|the\s+(?:concerns?|findings?|cases?|gaps?))\b",
        "known", "NHS Westford CCG's designated nurse met our lead reviewer on the third day to hear the detail.",
        ("westford-ccg",)),
    # --- cues8 (session 8, docs/english-cues.md) ----------------------------------------------
    # asking a body for an answer is putting the concern to it: "we sought assurance from A"
    Cue(r"(?:sought|seek|seeking|requested|request|asked\s+for|obtained|have\s+asked\s+for)\s+(?:\w+\s+)?(?:assurances?"
        r"|an?\s+(?:\w+\s+)?(?:explanation|response|update|action\s+plan|reply))", "from",
        ["We have sought assurance from NHS Westford CCG that the backlog will be cleared.",
         "The review team requested a written explanation from NHS Westford CCG."], ("westford-ccg",)),
    # the review's telling as a noun, the subject of its sentence: "our escalation to A followed"
    Cue(r"\b(?:[Oo]ur|CQC(?:'s|’s)|[Tt]he\s+review(?:'s|’s)?)\s+(?:(?:formal|written|urgent|own|subsequent)\s+)?"
        r"(?:escalation|referral|alert|notification|letter|challenge)s?\s+(?:[^\s;.]+\s+){0,8}?to\s+(?=[A-Z]|the\s)"
        r"|\b(?:was|were|(?:has|have)\s+been)\s+the\s+subject\s+of\s+(?:a|an)\s+(?:formal\s+|written\s+|urgent\s+)?"
        r"(?:escalation|alert|notification|letter|briefing)\s+(?:[^\s;.]+\s+){0,4}?to\s+(?=[A-Z]|the\s)", "nominal",
        ["Our formal escalation to NHS Westford CCG was made on the last day.",
         "Missed dental checks were the subject of an urgent alert to NHS Westford CCG.",
         "CQC's letter about these cases to NHS Westford CCG asked for a reply within a month."], ("westford-ccg",)),
    # the telling as a noun opening its sentence, made by the review: "Escalation of the matter to A
    # was made by the review team by email" (not one another body made)
    Cue(r"^(?:The\s+|Our\s+|An?\s+)?(?:formal\s+|written\s+|urgent\s+)?(?:[Ee]scalation|[Nn]otification|[Rr]eferral)\s+of\s+(?:the\s+matter|this\s+matter|"
        r"this|these\s+\w+|our\s+(?:\w+\s+)?(?:concerns?|findings?)|the\s+(?:concern|issue|shortfall|gap|case|finding|delay)s?)\s+to\s+"
        r"(?=(?:the\s+)?[A-Z])(?![^.;]*\b(?:made|sent|done)\s+by\s+(?!us\b|CQC\b|the\s+(?:CQC\s+)?review|the\s+inspection|"
        r"(?:the\s+)?inspectors|(?:the\s+)?reviewers))", "nominal",
        "Escalation of the matter to NHS Westford CCG, as commissioner, was made by the review team by email on 9 March.",
        ("westford-ccg",)),
    # the passive of a verb that only tells, whatever the subject: "the rota was drawn to the
    # attention of A", "the backlog has been escalated to A"
    Cue(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:also|since|now|duly|formally|\w+ly)\s+)*(?:brought|drawn|escalated)"
        r"\s+to\s+(?:the\s+(?:attention|notice)\s+of\s+)?(?=(?:the\s+)?[A-Z])", "nominal",
        ["The out-of-hours rota has been drawn to the attention of NHS Westford CCG.",
         "The backlog of dental checks was escalated to NHS Westford CCG."], ("westford-ccg",)),
    # a body acting in answer to the review's telling: "Following our feedback, A has ..."
    Cue(r"^(?:Following|After|In\s+response\s+to|As\s+a\s+result\s+of|Prompted\s+by|On\s+receiving)\s+(?:our|CQC(?:'s|’s)|"
        r"the\s+review(?:'s|’s)?)\s+(?:\w+\s+)?(?:feedback|alert|letter|escalation|findings|concerns?|challenge|referral)"
        r"\s*,\s+(?=(?:the\s+)?[A-Z])", "response",
        ["After our feedback, NHS Westford CCG agreed to fund two more nurses.",
         "In response to our letter, NHS Westford CCG has set up a review of the waits."], ("westford-ccg",)),
    # the concern entered in a body's record of risks: "placed on A's risk register"
    Cue(r"(?:placed|put|entered|added|recorded|logged|included)(?:\s+[^\s;]+){0,6}?\s+(?:on|onto|in|to)\s+"
        r"(?=(?:the\s+)?[A-Z][^.;]{0,60}?['’]s\s+(?:corporate\s+|strategic\s+)?risk\s+register)", "register",
        ["The backlog has been added to NHS Westford CCG's risk register.",
         "We noted that this gap was placed on NHS Westford CCG's corporate risk register after our feedback."],
        ("westford-ccg",)),
]
_ABOUT = r"(?:\s+(?:about|over|regarding|around|in|with|on|of|for|at|to)\s+[^,;.]{1,80}?)?"
#: A concern named in full: "our concerns about ...", "the gap in ...", "the absence of ...".
_CONCERN_NAMED = (rf"[Oo]ur\s+(?:[\w-]+\s+){{0,2}}?concerns?{_ABOUT}"
                  rf"|(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Tt]he|[Oo]ur)\s+(?:[\w-]+\s+){{0,2}}?(?:matter|issue|shortfall|"
                  rf"finding|gap|delay|problem|omission|weakness|absence|lack|shortage|failure|backlog)s?{_ABOUT}")
#: cues8b: the concern as its particulars: "Details of both cases", "Examples of these delays".
_CONCERN_NAMED += (r"|(?:[Dd]etails|[Ee]xamples|[Ee]vidence|[Aa]\s+(?:summary|copy|record|note|list))\s+of\s+"
                   r"(?:our|these|those|this|both|the\s+(?:cases?|gaps?|delays?|concerns?|findings?))\b[^,;.]{0,60}?")
_CONCERN_NAMED += r"|(?:[Cc]oncerns|[Ff]indings|[Ww]eaknesses|[Dd]elays|[Gg]aps)\s+(?:about|over|regarding|around|in|on)\s+[^,;.]{1,60}?"
#: Who tells: the review itself, or the concern as subject of a passive.
TELLERS = [
    Cue(r"[Ww]e|CQC|[Tt]he\s+(?:review|inspection)\s+team|(?:[Tt]he\s+)?(?:[Ii]nspectors|[Rr]eviewers)"
        r"|(?:(?:[Oo]ur|[Tt]he)\s+(?:lead\s+)?|Lead\s+)(?:CQC\s+)?(?:reviewer|inspector)s?", "review",
        ["The inspection team alerted Westford City Council to the delays.",
         "Our lead reviewer wrote to Westford City Council about the delays."], ("westford-city-council",)),
    Cue(r"(?:[Tt]his|[Tt]hese|[Tt]hat)(?:\s+(?:matter|issue|concern|shortfall|finding|gap|risk|practice|delay|"
        r"problem|omission|weakness)s?)?|[Ii]t|[Tt]he\s+(?:matter|issue|concern|shortfall|finding|gap|risk|delay|"
        r"problem|omission|weakness)s?|[Oo]ur\s+(?:concerns?|findings?|views?|feedback|summary|account)", "concern",
        "This shortfall has since been shared with NHS Westford CCG.", ("westford-ccg",)),
    # the concern named in full: told in the past or perfect only ("concerns are shared with
    # social care" is practice, not the review telling a body)
    # what the review gave of the concern, named as a thing: "details of the cases", "a summary of our findings"
    Cue(r"(?:[Tt]he\s+|[Oo]ur\s+|[Aa]n?\s+)?(?:(?:written|full|short|brief)\s+)?(?:[Dd]etails|[Ss]ummary|[Aa]ccount|[Nn]ote|"
        r"[Cc]opy|[Ee]vidence|[Rr]ecord)\s+of\s+[^,;.]{1,60}?", "concern-past",
        ["Details of the three cases were forwarded to NHS England.",
         "A written summary of our findings has been sent to NHS England."], ("nhs-england",)),
    Cue(_CONCERN_NAMED, "concern-past",
        ["Our concerns about the waiting list for speech therapy were passed to NHS England.",
         "The shortage of school nurses has been the subject of an escalation to NHS England."], ("nhs-england",)),
]

#: cues8b: a document of telling as the one who tells: "A letter setting out these gaps went to
#: NHS England", "Our note about the waits was sent to the council" (not "a letter from the trust").
DOCUMENT_TELLS = Cue(
    r"(?:[Aa]n?|[Oo]ur)\s+(?:[\w-]+\s+)?(?:letter|note|briefing|e-?mail|memo)\b(?:\s+(?:setting\s+out|about|on|describing|"
    r"detailing|summarising|listing|of|from\s+us)\b[^,;.]{0,80}?)?", "document",
    "A letter describing the two cases went to NHS Westford CCG after the visit.", ("westford-ccg",))

#: The body told, named by its role as commissioner of a service: (role, service) from the example.
TOLD_AS_COMMISSIONER = Cue(
    r"(?:attention\s+of|to|with|notified|informed|alerted|told|advised)\s+(?:the\s+)?"
    r"(?P<role>Director\s+of\s+Public\s+Health|(?!(?:the\s+)?attention\s)[A-Z][\w ]+?)\s+as\s+(?:the\s+)?commissioners?\s+(?:of|for)\s+"
    r"(?:the\s+)?(?P<service>[^.(]+)", "role",
    "This was also brought to the attention of the Director of Public Health as commissioner of school nursing.",
    ("Director of Public Health", "school nursing"))

#: The body given the review's concern, whatever the verb: "has been handed our findings", "has
#: been given sight of this finding", "heard our concern", "has our note of this".
_GIVEN_THE_CONCERN = (
    r"\b(?:has|have|had|was|were)\s+(?:(?:since|also|now|already|\w+ly)\s+)?(?:been\s+)?\w+\s+"
    r"(?:(?:a\s+)?(?:copy|sight|notice|note|word|record|summary)\s+of\s+)?"
    r"(?:our|the|these|this)\s+(?:\w+\s+)?(?:details|concerns?|findings?|evidence|letter|feedback)\b"
    r"|\b(?:heard|received|got|has|have|had|holds?|took|accepted|acknowledged)\s+(?:\w+\s+)?"
    r"(?:(?:a|an|the)\s+(?:\w+\s+)?(?:summary|copy|account|note|record)\s+of\s+)?(?:our|the\s+review(?:'s|’s)?|"
    r"CQC(?:'s|’s)?)\s+(?:\w+\s+){0,2}?(?:concerns?|findings?|feedback|letter|details|notes?|account|summary)\b")

#: Telling known by its form, whatever its verb (each inspection team has its own verbs of
#: telling, so a list of verbs never ends): the review, as the one who tells (not "told us"),
#: speaking of its concern in the last sentence of a finding, where a commissioner is named
#: ("we will take this up with ..."); or a
#: commissioner opening a sentence in the passive of being told ("... has been apprised of ...").
#: Only bodies that commission count (graph.schema.COMMISSIONER_KINDS), never a finding's first
#: sentence (it states the finding). ``gives``: the body told.
TOLD_BY_FORM = [
    Cue(r"^(?=.*\b(?:[Ww]e|[Oo]ur|CQC|by\s+us|[Rr]eview\s+team|[Ii]nspectors|[Rr]eviewers)\b)(?=.*\b(?:concerns?|issues?|matters?|findings?|shortfalls?|gaps?|risks?|"
        r"this|these|it|details|letter|feedback|points?)\b)", "review-last",
        "Health visitors miss reviews. We logged this shortfall with NHS Westford CCG.", ("westford-ccg",)),
    Cue(r"\b(?:has|have|had)\s+(?:(?:since|also|now|already|\w+ly)\s+)?been\s+\w+(?:ed|d)\s+(?:of|about|to|on)\b"
        r"|\b(?:was|were)\s+(?:(?:also|\w+ly)\s+)?\w+(?:ed|d)\s+(?:of|about|on)\b"
        r"|\b(?:has|have)\s+(?:since\s+|now\s+|already\s+|also\s+)?had\s+(?:(?:a|an|our|the|this|these)\s+)?(?:[\w-]+\s+){0,2}?(?:summary|copy|account|note|letter|"
        r"report|briefing|details|feedback|findings?|concerns?|sight|word|notice)\b", "told-subject",
        "Health visitors miss reviews. Westford City Council has been apprised of the vacancy level.",
        ("westford-city-council",)),
    Cue(_GIVEN_THE_CONCERN, "told-subject",
        ["Health visitors miss reviews. Westford City Council has been handed the details of this gap.",
         "Health visitors miss reviews. Westford City Council heard our concerns about this at the feedback meeting.",
         "Health visitors miss reviews. Westford City Council has been given sight of our findings on this."],
        ("westford-city-council",)),
    # the body holds the concern, and the review is where it came from: "... now has the details
    # from us", "... have this finding from us in writing"
    Cue(r"\b(?:has|have|had|holds?|held|received|got|learn(?:ed|t)|heard)\b[^.;]{0,60}?\bfrom\s+(?:us|CQC|the\s+(?:CQC\s+)?review"
        r"(?:\s+team)?|(?:the\s+)?(?:inspectors|reviewers)|the\s+inspection\s+team)\b", "told-subject",
        "Health visitors miss reviews. NHS Westford CCG now holds a written account of the vacancies from us.",
        ("westford-ccg",)),
]

#: The review as the one who finds, sees or judges, not the one who tells: a last sentence "we are
#: confident the CCG will act on this" or "we found the CCG had not ..." tells the CCG nothing.
REVIEW_FINDS = Cue(
    r"(?:[Ww]e|[Oo]ur|[Ii]nspectors|[Rr]eviewers)\s+(?:(?:also|still|then|have|had|did\s+not|could\s+not|were|are|"
    r"was|is|remain|remained)\s+){0,2}(?:found|find|saw|see|seen|noted|observed|read|looked|met|spoke|tracked|sampled|reviewed|examined|"
    r"judged|consider(?:ed)?|think|thought|believed?|confident|assured|unable|expect(?:ed)?|hope|concerned|worried|uneasy|"
    r"not\s+assured|(?:view|judgement|conclusion|assessment)\s+(?:is|was)|(?:concerns?|worry)\s+(?:is|was|are|were)\s+that)\b", "finds",
    "Waits are long. We are confident that NHS Westford CCG will act on this.", ())

#: A post that commissions, named as the one told in place of a body ("The Head of Children's
#: Joint Commissioning was briefed on this"): the body told is the commissioner of the service
#: the sentence names (a joint post serves more than one body). ``gives``: the body told.
POST_THAT_COMMISSIONS = Cue(
    r"^(?:[Tt]he\s+|[Oo]ur\s+)?(?:[\w'’-]+\s+){0,5}?(?:[Cc]ommissioning|[Cc]ommissioners?)\b(?:\s+(?:[Mm]anager|[Ll]ead|"
    r"[Oo]fficer|[Tt]eam)s?)?(?:\s+(?:for|of)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+(?=(?:has|have|had|was|were|heard|"
    r"received)\b)", "post",
    "Staff lacked training. The Head of Children's Commissioning was briefed on this at the feedback meeting, "
    "as health visiting is a council-commissioned service.",
    ("westford-city-council",))

#: Posts that belong to a kind of body wherever they are named: since 2013 an English council
#: employs its Director of Public Health and the public health consultants, so a concern told to
#: one of them is told to the council. ``gives``: the kind of body (graph.schema.OrgKind).
ROLES_OF_A_BODY = [
    Cue(r"\b(?:(?:Deputy|Assistant|Interim|Acting)\s+)?(?:Director|Consultants?|Head|Lead)\s+(?:of|in|for)\s+"
        r"Public\s+Health(?:\s+for\s+(?:Children|Young\s+People|Children\s+and\s+Young\s+People|Children,\s+Young\s+People"
        r"\s+and\s+Families))?\b", "local-authority",
        "We passed this to the Assistant Director of Public Health at the close of the review.",
        ("westford-city-council",)),
    # cue9: the same post by its letters; the designated professionals, whom the CCG employs or
    # hosts (not a provider's "named" nurse or doctor)
    Cue(r"\b(?:(?:Deputy|Assistant|Interim|Acting)\s+)?DPH\b", "local-authority",
        ["We passed this to the DPH at the close of the review.", "The Acting DPH was told of this on site."],
        ("westford-city-council",)),
    Cue(r"\b(?:the|a)\s+designated\s+(?:safeguarding\s+|looked\s+after\s+children(?:'s)?\s+|LAC\s+)?(?:nurse|doctor|"
        r"paediatrician|professionals?)\b(?!\s+(?:at|of|for|in|from)\s+[A-Z])", "ccg",
        "We told the designated nurse about the two children before we left.", ("westford-ccg",)),
    # NHS England's own commissioning: specialised services, health and justice
    Cue(r"\b(?:specialised|specialist)\s+commissioning\b|\bhealth\s+and\s+justice\s+commissioning\b", "nhs-england",
        "On day three we had a word about this with the head of specialised commissioning for the region.",
        ("nhs-england",)),
]


# --- cue9 (session 9, docs/cues9-forms.md): an escalation read by its parts ------------------
# A telling is known by four parts, whatever its words: the review as the one who tells (or no
# one: a passive, a note), a word of communication, a body that commissions or oversees as the
# one told (by name, kind or post), and the time of the review. Each row below is one part;
# ``extract.told_by_parts`` reads them together, where no listed verb of telling read the
# sentence. Each example is a finding whose concern is told, read by ``told_in_finding``.

#: Words of communication, by family (any inflection). ``tells``: the review tells, or the
#: passive ("was passed to A"); ``moves``: the concern or a document goes ("went from us to A");
#: ``hears``: the body told as subject ("A heard about this from the inspectors").
COMMUNICATION = [
    Cue(r"tell|tells|told|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|alert(?:s|ed|ing)?|rais(?:e|es|ed|ing)|"
        r"flag(?:s|ged|ging)?(?:\s+up)?|escalat(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|pass(?:es|ed|ing)?(?:\s+on)?|"
        r"report(?:s|ed|ing)?|brief(?:s|ed|ing)?|wr(?:ite|ites|ote|itten|iting)|e-?mail(?:s|ed|ing)?|phon(?:e|es|ed|ing)|"
        r"rang|ring(?:s|ing)?|telephon(?:e|es|ed|ing)|call(?:s|ed|ing)?(?!\s+(?:for|on|in|off)\b)|messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|"
        r"refer(?:s|red|ring)?|br(?:ing|ings|ought)|dr(?:aw|aws|ew|awn)(?!\s+up\b)|made\s+aware|put(?:s|ting)?|"
        r"highlight(?:s|ed|ing)?|signal(?:s|led|ling)?|fed|feed(?:s|ing)?|relay(?:s|ed|ing)?|forward(?:s|ed|ing)?|sen[dt]|sends|sending|"
        r"hand(?:s|ed|ing)?|gave|give|gives|given|giving|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|presented|"
        r"submit(?:s|ted|ting)?|cop(?:y|ies|ied|ying)|t(?:ook|aken|ake|akes)\s+up|sp(?:oke|oken|eak|eaks|eaking)\s+(?:to|with)|"
        r"contact(?:s|ed|ing)?|point(?:s|ed|ing)?\s+out|updat(?:e|es|ed|ing)|warn(?:s|ed|ing)?|advis(?:e|es|ed|ing)|appris(?:e|ed)|sighted|"
        r"escalation|referral|notification|alert", "tells",
        ["Waits were long. We handed the CCG's designated nurse the figures before leaving.",
         "Waits were long. The lead inspector phoned the designated nurse at NHS Westford CCG on the second day.",
         "Waits were long. The figures were sent through to NHS Westford CCG's quality team the same day.",
         "Waits were long. Immediate escalation to NHS Westford CCG.",
         "Waits were long. We pointed out the gaps to NHS Westford CCG in a letter."], ("westford-ccg",)),
    Cue(r"went|gone|goes|go", "moves",
        ["Waits were long. The details went from us to NHS England's regional team.",
         "Waits were long. A letter setting this out went to NHS England after the visit."], ("nhs-england",)),
    Cue(r"heard|received|receives|knows|knew|learn(?:ed|t)|got|has|have|holds?", "hears",
        ["Waits were long. The CCG's chief nurse heard about the cases from the inspectors on site.",
         "Waits were long. NHS Westford CCG's quality lead knows of this from us."], ("westford-ccg",)),
]

#: The review as the one who tells, just before the verb ("the lead inspector phoned"), or as
#: its agent or source after it ("by the lead inspector", "from us"); ``gives``: none (a part).
REVIEW_TELLS = [
    Cue(r"(?:\b[Ww]e|\bCQC|\b[Tt]he\s+(?:CQC\s+)?(?:review|inspection)\s+team|\b[Tt]he\s+team|\b(?:[Tt]he\s+|[Oo]ur\s+)?(?:[Ll]ead\s+|CQC\s+)?"
        r"(?:[Ii]nspectors?|[Rr]eviewers?))\s+(?:(?:has|have|had|then|also|duly|since|subsequently|separately|"
        r"immediately|\w+ly)\s+)*$", "before",
        ["Waits were long. The review team messaged the designated nurse at NHS Westford CCG at the time of the visit.",
         "Waits were long. Lead inspector phoned the chief nurse of NHS Westford CCG the same day."],
        ("westford-ccg",)),
    Cue(r"^[^.;]{0,60}?\b(?:by|from)\s+(?:us|CQC|(?:the|our)\s+(?:CQC\s+)?(?:review|inspection)\s+team|our\s+team|(?:the\s+)?(?:lead\s+)?"
        r"(?:inspectors?|reviewers?))\b", "after",
        ["Waits were long. The council's commissioning lead was alerted to this by the lead inspector.",
         "Waits were long. This gap was signalled to Westford City Council by our team."],
        ("westford-city-council",)),
]

#: The time of the review, which makes a telling the review's own: "during the visit", "on
#: site", "before leaving", "at feedback", "immediately", "on the second day".
REVIEW_TIME = Cue(
    r"\b(?:during|at|after|before|by|throughout|at\s+the\s+(?:end|close)\s+of|before\s+the\s+end\s+of)\s+(?:the\s+|our\s+|this\s+)?"
    r"(?:(?:CQC|CLAS|review|site)\s+)?(?:visit|review|fieldwork|inspection|feedback(?:\s+meeting)?|site\s+visit)\b(?!\s+in\s+(?:19|20)\d\d)"
    r"|\bat\s+(?:the\s+)?(?:close|end)\b|\bon[\s-]site\b|\bwhile\s+(?:we\s+were\s+|still\s+)?(?:on\s+site|there|visiting)\b"
    r"|\bbefore\s+(?:leaving|we\s+left|the\s+team\s+left)\b|\bimmediate(?:ly)?\b|\bstraight\s+(?:away|to|after)\b"
    r"|\burgent(?:ly)?\b|\b(?:the\s+)?same\s+day\b|\bon\s+the\s+day\b(?!\s+of\b)|\bon\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|final)\s+day\b"
    r"|\bon\s+day\s+(?:one|two|three|four|five|\d)\b|\bat\s+the\s+time\s+of\s+(?:the\s+|our\s+)?(?:visit|review)\b"
    r"|\b(?:in|at)\s+(?:the\s+)?feedback\b", "time",
    "Waits were long. We gave the chief nurse of NHS Westford CCG the names of the children while on site.",
    ("westford-ccg",))

#: A telling that is no escalation by the review: planned, owed or asked for ("will inform",
#: "should tell", "plans to notify"); a body telling us ("briefed us"); a case referred on.
NOT_TOLD = Cue(
    r"\b(?:will|would|shall|intends?\s+to|plans?\s+to|planning\s+to|going\s+to|should|must|ought\s+to|needs?\s+to|"
    r"may|might|could|to\s+be|is\s+to|are\s+to)\s+(?:\w+\s+){0,2}$", "plan",
    "Waits were long. Westford City Council plans to notify schools of the change.", ())

#: Words of communication that an interview or a request for papers uses as well ("we spoke with
#: commissioners who described the plan", "we gave the CCG our dates"): a telling by the review only at
#: the review's time; the others ("we wrote to", "we alerted", "we pointed out to") are one always.
ALSO_AN_INTERVIEW = Cue(
    r"sp(?:oke|oken|eak|eaks|eaking)|contact|updat|gave|give|given|giving|provid|suppl|put|br(?:ing|ought)|"
    r"dr(?:aw|ew)|t(?:ook|aken|ake)|call|shar|refer|fe(?:d|ed)|present|hand|submit", "interview",
    "Waits were long. We spoke with commissioners at NHS Westford CCG who described the recovery plan.", ())

#: A body that asked the review for the particulars, which the review then gave it: "A asked us
#: for the details, and we supplied them".
ASKED_THE_REVIEW = Cue(
    r"\b(?:asked|requested|wanted)\s+(?:us|CQC|the\s+(?:review\s+)?team|(?:the\s+)?inspectors)\s+(?:for|to\s+(?:send|share|"
    r"provide|give|pass))\b", "asked",
    ["Waits were long. NHS Westford CCG asked us for details of the children, and we provided them on site.",
     "Waits were long. The chief nurse of NHS Westford CCG asked the review team for the case numbers, which we sent."],
    ("westford-ccg",))

#: A note that says a telling without a subject: "Escalated to: A", "Escalation: raised with A",
#: "Raised with A on site", "Immediate escalation to A"; the communication word first.
TOLD_NOTE = Cue(
    r"^(?:(?:[A-Z][a-z]+ly|Immediate|Urgent|Formal|Also|Then)\s+)?(?:[A-Z][a-z]+\s*:\s*)?$"
    r"|^(?:(?:The|This|These|Our)\s+)?(?:[Cc]oncerns?|[Ii]ssues?|[Ff]indings?|[Mm]atters?|[Gg]aps?|[Rr]isks?|[Ss]hortfalls?|"
    r"[Dd]etails|[Cc]ases?)\s+$", "note",
    ["Waits were long. Escalated to: NHS Westford CCG.",
     "Waits were long. Raised with: NHS Westford CCG, on site.",
     "Waits were long. Concern raised with NHS Westford CCG on day two."],
    ("westford-ccg",))

#: A body that commissions or oversees, referred to by its kind alone ("the city council", "the
#: CCG"), read as the area's one body of that kind where the roster's reading of references
#: found none (a roster holding a second, ill-read council). ``says``: the kind of body.
KIND_REFERENCES = [
    Cue(r"\b[Tt]he\s+(?:city\s+|county\s+|borough\s+|district\s+|unitary\s+)?council\b", "local-authority",
        "Waits were long. This was passed to the city council during the review.", ("westford-city-council",)),
    Cue(r"\b[Tt]he\s+(?:local\s+)?CCG\b", "ccg",
        "Waits were long. This was passed to the CCG during the review.", ("westford-ccg",)),
]


# --- a shortfall found before, or progress since ----------------------------------------------

#: What an earlier document taught, put into practice: "has been built into the induction",
#: "have been embedded in supervision" (not "has not been embedded": a repeat).
PUT_INTO_PRACTICE = (r"\b(?:has|have|had)\s+(?:now\s+|since\s+|already\s+|\w+ly\s+)?been\s+(?:\w+ly\s+)?(?:built|embedded|"
                     r"incorporated|integrated|woven|written|put|taken)\s+(?:in|into|in\s+to)\b(?!\s+account)"
                     r"|(?<!not\s)(?<!never\s)\bput\s+into\s+practice\b")

#: What a sentence naming an earlier review, inspection or report says of it.
EARLIER = [
    Cue(r"\bfor\s+(?:a|the)\s+(?:second|third|fourth)\s+time\b|\b(?:reporting|raising|recording)\s+(?:it|this|them|these)\s+again\b",
        Rel.REPEATS,
        "We reported this in 2015 and we are reporting it for a second time now."),
    Cue(r"\b(?:also|again|previously|first|still)\s+(?:been\s+)?(?:identified|found|highlighted|noted|raised|"
        r"reported|seen|made|described|criticised|mentioned|pointed\s+out|observed|commented\s+on|recorded|drew|reached)",
        Rel.REPEATS,
        "Delays in health assessments were previously identified in the 2015 CLAS review."),
    Cue(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?(?:identified|found|highlighted|noted|"
        r"raised|reported)", Rel.REPEATS,
        "Gaps in GP records had been identified in the Ofsted inspection (2016)."),
    Cue(r"\bas\s+(?:was\s+)?(?:identified|found|highlighted|noted|reported)\s+(?:in|at|by)\b", Rel.REPEATS,
        "As noted in the 2014 CLAS review, supervision is irregular."),
    # the team's own earlier words said of this finding: "we reported exactly this at our previous review"
    # (session 32, from battery AT)
    Cue(r"\b(?:found|identified|noted|reported|highlighted|raised|described|criticised)\s+(?:exactly\s+|precisely\s+|just\s+)?"
        r"(?:this|these|it|them)\s+(?:too\s+|also\s+)?(?=(?:at|in|during|after)\s+(?:our|the|its)\s+(?:previous|last|earlier|first|"
        r"(?:19|20)\d\d)\b)", Rel.REPEATS,
        "Records lacked chronologies; we reported exactly this at our previous review."),
    Cue(r"\bas\s+(?:at|in|during|with|was\s+the\s+case\s+(?:at|in))\s+(?:the\s+time\s+of\s+)?(?:our\s+|the\s+)?(?:last|previous|earlier|"
        r"first|(?:19|20)\d\d|(?:CLAS\s+)?(?:review|visit|inspection)\s+(?:in|of)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)", Rel.REPEATS,
        ["As at the last CLAS review, health assessments are often late.",
         # the review named by its date after the noun (session 33, from battery AV)
         "As at our review in 2015, health assessments are often late."]),
    # the finding itself said to be no new one: "This is not a new finding: our 2016 review reported it"
    Cue(r"\bnot\s+(?:a\s+)?new\s+(?:finding|issue|concern|problem|shortfall|gap|weakness|criticism)s?\b", Rel.REPEATS,
        "This is not a new finding: our 2016 review reported that health assessments were late."),
    Cue(r"^(?![^.;]*\bno\s+longer\b)[^.;]*?\bas\s+(?:it|they|this|these)\s+(?:was|were|did|had)\s+(?:at|in|during|when|before)\b",
        Rel.REPEATS,
        "Supervision is irregular, as it was at the 2014 CLAS review."),
    Cue(r"\b(?:little|nothing|not\s+much)\s+(?:has|had)\s+(?:yet\s+)?(?:changed|improved|moved\s+on)"
        r"|\b(?:not\s+one|none)\s+of\s+[^.;]{1,80}?\b(?:has|had|have)\s+(?:yet\s+)?(?:improved|changed|moved\s+on)\b"
        r"|\bno\s+(?:\w+er|better|more\s+\w+|less\s+\w+)\s+than\b", Rel.REPEATS,
        ["Nothing has changed since the 2016 Ofsted inspection.",
         "None of the plans we read has improved on those we saw in 2015."]),
    # still not done years after the earlier review asked: "no health summary yet, four years after our recommendation"
    Cue(r"\b(?:no|not|still|yet)\b[^.;]{0,80}?\b(?:one|two|three|four|five|six|\d+)\s+years?\s+(?:after|since|on\s+from)\s+"
        r"(?:our|the|its)\s+(?:(?:19|20)\d\d\s+|last\s+|earlier\s+|previous\s+)?(?:recommendations?|review|report|visit)\b",
        Rel.REPEATS, "Care leavers still have no health passport, three years after our 2016 review."),
    # both reviews the subject of one finding (session 27, from battery AK): "Both this review and the last found X"
    Cue(r"\bboth\s+(?:this|the\s+present|the\s+current)\s+(?:review|inspection|visit)\s+and\s+(?:the|our)\s+(?:last|previous|"
        r"earlier|(?:19|20)\d\d)(?:\s+(?:one|review|inspection|visit))?\s+(?:have\s+)?(?:found|identified|noted|saw|reported|"
        r"highlighted)\b", Rel.REPEATS,
        "Both this review and the last found the school nurses without a record of supervision."),
    # found then and found again: "recorded by our 2015 review, and again now"
    Cue(r"\b(?:and|but)\s+(?:once\s+)?again\s+(?:now|today|this\s+time|in\s+this\s+review)\b", Rel.REPEATS,
        "Delays were noted by the 2016 Ofsted inspection, and again now."),
    Cue(r"\b(?:mirrors?|mirrored|echoes|echoed|repeats|repeated|reflects|reflected|matches|matched)\s+(?:the\s+|a\s+)?"
        r"(?:\w+\s+)?(?:findings?|concerns?|shortfalls?|weakness(?:es)?)", Rel.REPEATS,
        "This echoes a finding of the 2016 serious case review."),
    Cue(r"\b(?:is|are|was|were)\s+still\s+(?:evident|present|apparent|seen|found|the\s+case|an?\s+\w+)"
        r"|\bstill\s+(?:evident|present|apparent)\b", Rel.REPEATS,
        "Delays noted by the 2016 JTAI were still evident."),
    Cue(r"\b(?:remains?|remained|is\s+still|are\s+still|was\s+still|were\s+still)\s+(?:the\s+case|unresolved|"
        r"unchanged|outstanding|unaddressed|an?\s+(?:\w+\s+){0,2}(?:issue|concern|gap|weakness|shortfall|problem|"
        r"area|risk))", Rel.REPEATS,
        "Access to CAMHS remains a significant concern, as it was at the 2015 CLAS review."),
    Cue(r"\bnot\s+(?:yet\s+|since\s+)?(?:been\s+)?(?:improved|addressed|resolved|changed|acted\s+on|remedied|"
        r"put\s+right|tackled|happened|taken\s+place|been\s+done|met|implemented|followed\s+through)|\b(?:has|have|had)\s+not\s+(?:yet\s+|since\s+)?(?:improved|changed|moved\s+on)"
        r"|\bno\s+(?:real\s+|significant\s+)?(?:change|improvement|progress)\b", Rel.REPEATS,
        "Record keeping has not changed since the 2015 CLAS review."),
    # session 12 (battery G's forms): the same finding named as such, found "also at" the earlier
    # review, the earlier review quoted ("as the last review put it"), the review saying so then
    Cue(r"\b(?:an?|the)\s+(?:identical|same|matching)\s+(?:gap|shortfall|finding|concern|weakness|problem|omission)\b"
        r"(?!\s+(?:is|was)\s+no\s+longer)", Rel.REPEATS,
        "The 2016 review recorded an identical shortfall, and the records show it again."),
    Cue(r"\b(?:implementation|delivery|completion)\s+of\s+(?:the|our|this|that|each|every|all)\s+(?:\w+\s+)?recommendations?\b"
        r"[^.;]{0,120}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:complete|completed|finished|done|achieved|"
        r"in\s+place)\b", Rel.PROGRESS_SINCE,
        "Implementation of the recommendation on supervision from our 2016 review is now complete."),
    Cue(r"\b(?:same|identical)\s+(?:finding|concern|shortfall|gap|position)\s*(?::|in|at|as\s+(?:in|at))"
        r"|\balso\s+(?:at|in|during)\s+(?:the|our)\s+(?:(?:19|20)\d\d\s+|last\s+|previous\s+|earlier\s+)"
        r"|\bas\s+(?:the|our)\s+(?:last|previous|earlier|(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:review|report|inspection)\s+"
        r"(?:put|said|described|called|phrased)\s+it\b"
        r"|\b(?:we\s+)?said\s+(?:so|this|as\s+much|the\s+same)\s+in\s+(?:our|the)\s+", Rel.REPEATS,
        ["Named GP for safeguarding: post vacant. Vacant also at the 2012 CLAS review.",
         "Assessments remain, as the last CQC review put it, a list rather than a plan.",
         "Care leavers go without a health summary. We said so in our 2015 report.",
         "Health histories: incomplete. Same finding: the 2011 CLAS review."]),
    Cue(r"\b(?:was|were|is|are)\s+(?:also|equally|likewise|similarly)\s+the\s+case\b|\bas\s+was\s+the\s+case\b", Rel.REPEATS,
        "Waiting times were also the case at the 2014 CLAS review."),
    Cue(r"\bunchanged\s+(?:from|since)|\bthe\s+same\s+as\s+(?:at|in)\b"
        r"|\bthe\s+same\s+(?:root\s+)?(?:causes?|reasons?|picture|pattern|position|situation)\s+(?:today|now)\b", Rel.REPEATS,
        ["Waiting times are unchanged from the 2016 Ofsted inspection.",
         "Late health assessments, which the 2015 review blamed on slow notification, have the same cause today."]),
    Cue(r"\b(?:found|identified|noted|reported|highlighted|saw|raised|described|made)\s+(?:the\s+|a\s+|very\s+)?"
        r"(?:same|similar)\b|\bthe\s+same\s+(?:shortfall|weakness|gap|concern|issue|problem|delay|finding|criticism|failing)s?"
        r"|\bsimilar\s+(?:concerns|findings|shortfalls|gaps|weaknesses)", Rel.REPEATS,
        "The Ofsted inspection in 2016 identified the same delays."),
    Cue(r"\b(?:highlighted|identified|noted|found|raised)\s+(?:as\s+)?(?:an?\s+)?(?:\w+\s+){0,2}?"
        r"(?:for\s+improvement|shortfalls?|the\s+need|weakness(?:es)?|concerns?\s+about)", Rel.REPEATS,
        "The Ofsted inspection (2016) highlighted weaknesses in transition planning."),
    Cue(r"\b(?:is|was)\s+still\b|\bstill\s+(?:the\s+case|an?\s+(?:issue|concern|problem|gap))|\bcontinues?\s+to\s+be"
        r"|\bcontinued\s+to\s+be", Rel.REPEATS,
        "Waiting times continue to be a concern, as in the 2014 CLAS review."),
    Cue(r"\b(?:also\s+a|a\s+key|a\s+repeat(?:ed)?|a\s+recurring)\s+(?:finding|concern|theme)\s+(?:of|in)"
        r"|\brepeat(?:ed)?\s+finding|\brecurring|\bpersist(?:s|ed|ent|ing)?\b|\blingering", Rel.REPEATS,
        "Late health assessments were also a finding of the 2015 CLAS review."),
    # the shortfall gone and back again
    Cue(r"\b(?:has|have|had)\s+(?:since\s+)?(?:come\s+back|recurred|resurfaced|reappeared|re-emerged|crept\s+back)\b",
        Rel.REPEATS, "The backlog of dental checks that the 2016 JTAI described has crept back."),
    # word classes: the same state then and now, a change verb negated, staying put
    Cue(r"\b(?:was|were)\s+(?:\w+\s+)?(?P<then>\w{3,})\b[^.;]{0,80}?\b(?:is|are|remains?)\s+"
        r"(?:still\s+)?(?:\w+\s+)?(?P=then)\b", Rel.REPEATS,
        "Liaison was weak at our last visit and is weak today."),
    Cue(r"\bas\s+(?!soon\b|well\b|much\b|many\b|far\b|long\b)\w+\s+as\s+(?:it|they|this|these|that|those)\s+"
        r"(?:was|were|had\s+been|did)\b", Rel.REPEATS,
        "Records are as incomplete as they were at our 2015 visit."),
    Cue(r"\b(?:has|have|had)\s+(?:still\s+)?not\s+(?:yet\s+|since\s+|really\s+|much\s+)?(?:been\s+)?"
        r"(?:\w+ed|come\s+down|gone(?:\s+up|\s+down|\s+away)?|fallen|risen|grown|shrunk|moved|"
        r"got\s+better|become\s+\w+)\b"
        r"|\b(?:hasn't|haven't|hadn't)\s+(?:\w+ed|come\s+down|gone\s+up|fallen|moved)\b", Rel.REPEATS,
        "Waiting times have not come down since our last inspection."),
    Cue(r"\b(?:stayed|stays|stay|kept|unaltered|static|stalled|stuck|no\s+further\s+(?:forward|on|along|ahead)|"
        r"as\s+(?:before|when|then|previously)|as\s+it\s+(?:was|stood)|where\s+(?:it|they)\s+(?:was|were))\b", Rel.REPEATS,
        "Health assessment quality has stayed where it was at our last review."),
    # the earlier review counted from this one: what is found at each of them is found again
    Cue(r"\b(?:reviews?|inspections?|visits?)\s+(?:running|in\s+a\s+row|in\s+succession)\b"
        r"|\b(?:successive|consecutive)\s+(?:CQC\s+|CLAS\s+)?(?:reviews?|inspections?|visits?)\b"
        r"|\b(?:time|times)\s+(?:running|in\s+a\s+row|in\s+succession)\b|\b[Aa]\s+repeat\s+of\b", Rel.REPEATS,
        "At a third successive review, we saw care leavers leave without their health histories."),
    # the earlier document reached the conclusion this one reaches
    Cue(r"\b(?:the|a)\s+(?:very\s+)?same\s+(?:conclusion|point|observation|judgement|criticism)s?\b", Rel.REPEATS,
        "The 2015 peer review of safeguarding came to the same conclusion about supervision."),
    # the shortfall has not moved: a verb of moving, negated or hedged
    Cue(r"\b(?:little|nothing|not\s+much)\s+(?:has|had)\s+(?:yet\s+|since\s+)?(?:moved|shifted|budged)\b"
        r"|\b(?:hardly|barely|scarcely)\s+(?:\w+\s+)?(?:moved|changed|improved|shifted|budged)\b", Rel.REPEATS,
        "Our 2015 report described waits of this length, and they have barely changed."),
    # a lesson of the earlier document, not learnt
    Cue(r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:learnt|learned|heeded|taken\s+on\s+board|embedded)\b", Rel.REPEATS,
        "The lesson of the serious case review into Baby T about fathers has not been learnt."),
    # worse than then: the shortfall found before, and more of it
    Cue(r"\b(?:longer|later|slower|worse|poorer|weaker|patchier|fewer\s+\w+)\s+than\s+(?:(?:it|they|this|these)\s+"
        r"(?:was|were|had\s+been)\s+)?(?:at|in|during|when|before)\b|\b(?:has|have|had)\s+(?:since\s+)?(?:deteriorated|"
        r"worsened|got\s+worse|declined|slipped|fallen\s+back)", Rel.REPEATS,
        "Waiting times for speech therapy are longer than they were at our last review."),
    # persistence said by a word of staying, with the earlier review named by time or by name
    Cue(r"\bstill\b(?!\s+(?:to\s+be\s+(?:seen|tested|evaluated|confirmed)|early))", Rel.REPEATS,
        "Three years after our last review, looked after children still wait months for a dental check."),
    Cue(r"\b(?:remains?|persists?|continues?|recurs?|endures?|lingers?)\s*(?:[.;]|$)"
        r"|\b(?:which|that|and\s+(?:this|it))\s+(?:remains|persists|continues|recurs)\b", Rel.REPEATS,
        "Since we last visited, the shortage of school nurses remains."),
    Cue(r"\b(?:remains?|remained)\s+(?!(?:good|strong|effective|positive|robust|well|in\s+place|stable|excellent|"
        r"a\s+strength|committed|proactive|timely|responsive|engaged|clear|consistent|embedded|on\s+track|so|to\s+be)\b)"
        r"(?:\w+\s+)?(?:vacant|unfilled|open|empty|absent|missing|patchy|weak|poor|inconsistent|limited|low|high|long|"
        r"variable|fragmented|unclear|late|slow|underdeveloped|under-developed|insufficient|inadequate|incomplete|"
        r"unmet|unavailable|lacking)\b", Rel.REPEATS,
        "Three years on from our previous review, the post of designated doctor remains vacant."),
    Cue(r"\b(?:yet\s+to|not\s+yet)\b", Rel.REPEATS,
        "Two years on from our previous visit, the new record system is yet to reach GPs."),
    Cue(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?again\b|\bonce\s+again\b", Rel.REPEATS,
        "When we were last in Westford, handover notes were patchy; they are patchy again this year."),
    Cue(r"\bcontinues?\s+to\s+(?:lack|wait|miss|struggle|fall|fail|have\s+(?:no|difficulty|problems))\b", Rel.REPEATS,
        "On our previous visit midwives had no access to the records, and they continue to lack it."),
    # the shortfall open ever since the earlier document found it
    Cue(r"\b(?:outstanding|unresolved|unaddressed|unanswered|unremedied|unmet)\s+(?:ever\s+)?(?:since|from)\b", Rel.REPEATS,
        "Care leavers still lack health summaries, a gap unaddressed since our 2015 review."),
    # the earlier document found what this review finds
    Cue(r"\b(?:consistent\s+with|in\s+keeping\s+with|borne\s+out\s+by|bears?\s+out|bore\s+out|confirm(?:s|ed)?|"
        r"corroborat(?:es|ed)|match(?:es|ed)?|agrees?\s+with|agreed\s+with)\s+(?:what\s+we\s+(?:\w+\s+)?(?:found|saw|heard|"
        r"noted|observed|read)|our\s+(?:own\s+)?(?:findings?|observations?|evidence|sample|case\s+tracking))\b", Rel.REPEATS,
        "The 2016 peer review reported late strategy meetings, in keeping with what we saw in the records."),
    Cue(r"\b(?:moved\s+(?:on|forward)|turned\s+(?:a\s+corner|around|round)|closed|halved|doubled|appointed|in\s+post|"
        r"today|these\s+days|by\s+now|has\s+since|have\s+since|no\s+longer|resolved|tackled|overcome|"
        r"(?:has|have)\s+(?:now\s+)?gone|(?:deals?|dealt)\s+with\s+(?:one\s+of\s+)?the\s+(?:\w+\s+){0,2}?"
        r"(?:shortcomings?|shortfalls?|weakness(?:es)?|gaps?|criticisms?))\b",
        Rel.PROGRESS_SINCE,
        ["The gap in GP training that we reported at our previous visit has been closed.",
         "The paper records we criticised in 2015 have gone.",
         "The new screening tool deals with one of the main shortfalls of our last review."]),
    Cue(r"(?<!requires\s)(?<!require\s)(?<!required\s)(?<!requiring\s)(?<!needs\s)(?<!need\s)(?<!for\s)(?<!to\s)"
        r"\bimprove(?:d|ment|ments)?\b|\bcontinue[sd]?\s+to\s+improve\b|\bprogress\b|\b(?:has|have)\s+(?:since\s+)?been\s+(?:fully\s+)?"
        r"(?:addressed|resolved|implemented|acted\s+on|put\s+right|remedied)|\bintroduced\b|\bbetter\s+than\b"
        r"|\bacted\s+on\b|(?<!\bhas\s)(?<!\bhave\s)\bnow\b(?!\s+for\s+(?-i:[A-Z]))"  # not "now for C to answer": whose they are
        r"|\bnow\b(?!\s+for\s+(?-i:[A-Z]))(?!\s+(?:found|featured|seen|recorded|reported|noted|identified|"
        r"raised|heard)\b)|\bstrengthened\b|\bcompared\s+(?:with|to)\s+(?:then|before|[^.;,]{0,40}?\b(?:(?:19|20)\d\d|last|previous|"
        r"earlier|prior|first|then|visit|visited|review|inspection)\b)|\bsince\b|\b(?:risen|rose|grown|grew|"
        r"increased|fallen|fell|reduced|shortened)\b", Rel.PROGRESS_SINCE,
        "Since the 2015 CLAS review, supervision has been strengthened."),
    # the earlier document's recommendation acted on: what follows is what changed
    Cue(r"\b(?:acting\s+(?:on|upon)|acted\s+(?:on|upon)|respond(?:ed|s)?\s+to|in\s+(?:answer|response)\s+to|prompted\s+by|as\s+a\s+result\s+of|in\s+line\s+with)\s+"
        r"(?:a|an|the|our|one\s+of(?:\s+the|\s+our)?)\s+(?:[\w'’-]+\s+){0,4}?(?:recommendations?|reviews?|reports?|findings?|"
        r"inspections?)\b|\b(?:has|have|had)\s+(?:now\s+)?(?:met|implemented|delivered|completed)\b", Rel.PROGRESS_SINCE,
        "In response to a recommendation of our 2015 review, the trust added a paediatric liaison post."),
    # how it was then said in a subordinate clause, the main clause saying how it is now: "...,
    # which it did not do in 2015", "..., where at our last visit it took a month"
    Cue(r"\b(?:which|that)\s+(?:it\s+|they\s+|we\s+)?(?:was|were|did|had)\s+(?:not|no|never)\b[^.;]{0,50}?"
        r"\b(?:in|at|during|when|before)\b"
        r"|,\s+(?:where|whereas|while)\s+(?:in|at|during|on|before)\s+(?:our\s+|the\s+)?(?:(?:\w+\s+)?(?:19|20)\d\d|"
        r"last|previous|earlier|first|prior)\b", Rel.PROGRESS_SINCE,
        "Every care leaver now gets a health summary, which was not done at all at our 2015 review."),
    # what the earlier document criticised has ended
    Cue(r"\b(?:criticised|criticized|unfavourabl[ey]|critically|found\s+wanting|(?:concerned|worried|troubled)\s+us)\b"
        r"[^.;]*?\b(?:has|have)\s+(?:now\s+|since\s+)?"
        r"(?:gone|ended|ceased|disappeared|been\s+(?:replaced|scrapped|withdrawn|abandoned|dropped|phased\s+out|retired|"
        r"discontinued|superseded))\b", Rel.PROGRESS_SINCE,
        "The paper referral pathway, which our 2015 report criticised, has been replaced."),
    # a number then and now: "down from 30 weeks at our last review"
    Cue(r"\bdown\s+from\b|\b(?:marked|real|clear|big|great|significant|considerable|welcome|a|an)\s+(?:\w+\s+)?(?:change|"
        r"difference|contrast|shift|turnaround|turnround|transformation)\s+(?:from|on|since)\b|\bclos(?:ing|es)\s+(?:a|the)\s+(?:\w+\s+)?gap\b", Rel.PROGRESS_SINCE,
        "Fourteen percent of health plans are late, down from a third at our previous visit."),
    # the change said of now, after a clause that says how it was then
    Cue(r"\b(?:there\s+(?:is|are)\s+now|(?:this|that|these|it|they)\s+(?:has|have)\s+(?:since\s+)?been\s+"
        r"(?:put\s+right|rectified|corrected|fixed|filled|changed|reversed|addressed)|(?:this|that)\s+has\s+(?:since\s+)?"
        r"changed|since\s+then|a\s+(?:real\s+|clear\s+|marked\s+|big\s+)?step\s+forward|step\s+change|"
        r"(?:far|much|considerably|markedly)\s+(?:\w+er|more\s+\w+|better)\s+than)\b", Rel.PROGRESS_SINCE,
        "When CQC reviewed Westford in 2015 there was no transition nurse; this has been put right."),
    Cue(r"\b(?:has|have)\s+(?:since\s+)?been\s+(?:fully\s+)?(?:met|achieved|completed|delivered)\b"
        r"|\b(?!(?:longer|later|slower|poorer|weaker|patchier)\b)(?:\w+er|more\s+\w+)\s+than\s+(?:(?:it|they|this|these)\s+(?:was|were|had\s+been)\s+)?(?:at|in|during|when|before)\b"
        r"|\b(?!(?:longer|later|slower|poorer|weaker|patchier)\b)(?:\w+er|more\s+\w+)\s+than\s+(?:it|they)\s+(?:was|were)\b"
        r"|\bunlike\s+(?:at|in|during)\b", Rel.PROGRESS_SINCE,
        "Training is more widespread than at the 2016 JTAI."),
    # the earlier document's asks not done: "has not done what we asked in 2015" (not "which was
    # not done in 2015": how it was then)
    Cue(r"\b(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:done|followed|heeded|carried\s+out|taken\s+up|acted\s+on)\b",
        Rel.REPEATS,
        "The trust has still not carried out what we asked for in our 2015 report."),
    # the earlier document's asks done: "has done what we asked in 2015"
    Cue(r"\b(?:done|did|delivered|followed|carried\s+out|took\s+up|taken\s+up|heeded|acted\s+on|implemented|put\s+in\s+place)"
        r"\s+(?:\w+\s+){0,2}?(?:what|all\s+that|everything|most\s+of\s+what|much\s+of\s+what)\s+(?:we|CQC|the\s+review|"
        r"inspectors|Ofsted)\s+(?:\w+\s+)?(?:asked|recommended|suggested|called\s+for|advised|proposed|requested|urged)\b",
        Rel.PROGRESS_SINCE,
        "The trust has carried out everything we recommended in our 2015 report on record keeping."),
    # what the earlier document taught, put into practice (rules.cues.PUT_INTO_PRACTICE)
    Cue(PUT_INTO_PRACTICE, Rel.PROGRESS_SINCE,
        "The recommendation of the 2016 JTAI on strategy meetings has been written into the hospital's procedures."),
    # --- session 8: cues8b's and cues8's rows, folded into one block by cue9 (session 9): repeats
    # and progress in English's other forms and by form (docs/english-cues.md, docs/cues-inventory.md)
    # the earlier finding still true: "holds good today", "still stands", "applies now"
    Cue(r"(?<!longer\s)\b(?:holds?|held)\s+(?:true|good)\b|\bstill\s+(?:stands?|holds?|applies|apply)\b"
        r"|\b(?:stands?|applies)\s+(?:equally\s+|just\s+as\s+much\s+|as\s+much\s+)?(?:today|now|still)\b"
        r"|\b(?:remains?|remained)\s+(?:so|true|valid|accurate|the\s+same)\b", Rel.REPEATS,
        "What our 2016 review said of record keeping holds good today."),
    # the same as the earlier document said: "just as our last report found", "exactly as it was put in 2015"
    Cue(r"\b(?:exactly|just|precisely)\s+as\s+(?:our|the|it|they|we|this|that)\b"
        r"|\bas\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,4}?(?:reviews?|reports?|inspections?|visits?)\s+(?:had\s+)?"
        r"(?:found|saw|said|described|noted|recorded|observed|reported|identified|highlighted|remarked|warned|set\s+out)\b",
        Rel.REPEATS,
        "Strategy meetings are held late, as our previous report found."),
    # the earlier document said it first: "our 2016 report had already noted", "was already raised in 2016"
    Cue(r"\b(?:reviews?|reports?|inspections?|visits?|we|inspectors)\s+(?:\w+\s+)?had\s+already\s+\w+"
        r"|\b(?:was|were|had\s+been)\s+already\s+(?:noted|found|identified|raised|reported|seen|described|highlighted|"
        r"remarked\s+on|criticised)\b", Rel.REPEATS,
        "The want of a transition nurse was already raised in our 2016 report."),
    # the shortfall outlived what came after: "has survived two changes of provider"
    Cue(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:survived|outlived|outlasted|weathered)\b", Rel.REPEATS,
        "The shortage our 2016 review described has outlasted two changes of provider."),
    # the earlier finding said again: "is repeated here", "are echoed in what we saw"
    Cue(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:repeated|echoed|restated|mirrored|replicated|"
        r"reproduced)\b", Rel.REPEATS,
        "The 2016 JTAI's concern about strategy meetings is echoed in the records we read."),
    # as bad now as then: "as acute today", "as patchy now as"
    Cue(r"\bas\s+(?!(?:good|strong|effective|well|positive|much|many|soon|far|long|of|at|in|from|to|for|with|a|an|the)\b)"
        r"\w+\s+(?:today|now|this\s+year|as\s+(?:ever|before|then))\b", Rel.REPEATS,
        "The gap in GP liaison our 2016 review described is as wide today."),
    # the earlier finding still open: "are unresolved", "is still outstanding"
    Cue(r"\b(?:is|are)\s+(?:still\s+|yet\s+)?(?:unresolved|outstanding|unaddressed|unremedied)\b"
        r"|\b(?:repeats|echoes|mirrors|restates|reprises)\s+(?:one|that|those|what|an?\s+earlier|the\s+earlier)\b"
        r"|\bnot\s+(?:yet\s+|since\s+)?(?:been\s+)?(?:acted|actioned)\s+upon\b"
        r"|\b(?:not|never)\s+(?:yet\s+)?(?:put|brought)\s+an?\s+end\s+to\b"
        r"|\b(?:no\s+one|nobody)\s+(?:has|have|had)\s+(?:yet\s+|since\s+)?\w+",
        Rel.REPEATS,
        "The delays in dental checks that our 2016 review described are still outstanding."),
    # what the earlier document found, remedied: "has been cleared", "has since been bridged", "has
    # since been filled" (cues8b's and cues8's rows of it, folded into one by cue9)
    Cue(r"\b(?:has|have)\s+(?:(?:since|now|all|both|largely|mostly|\w+ly)\s+){0,2}been\s+(?:\w+ly\s+)?(?:cleared|bridged|"
        r"plugged|filled|eliminated|removed|eradicated|fixed|solved|reversed|overcome|remedied|rectified|corrected|"
        r"sorted(?:\s+out)?|dealt\s+with|lifted|recruited\s+to)\b", Rel.PROGRESS_SINCE,
        ["The backlog of dental checks that our 2016 review described has since been cleared.",
         "The designated doctor post, empty when we last visited, has since been filled.",
         "The weaknesses we reported in 2015 in GP liaison have largely been dealt with."]),
    # what the earlier document criticised ended or replaced: "put an end to", "has given way to"
    Cue(r"\b(?:put|puts|putting)\s+an?\s+end\s+to\b|\b(?:brought|brings)\s+(?:an?\s+)?end\s+to\b"
        r"|\b(?:has|have|had)\s+(?:since\s+|now\s+)?given\s+way\s+to\b|\bgave\s+way\s+to\b"
        r"|\b(?:did|done|does|do)\s+away\s+with\b|\b(?:has|have)\s+(?:since\s+|now\s+)?(?:ended|ceased)\b",
        Rel.PROGRESS_SINCE,
        "A duty nurse in the hub has done away with the waits our 2016 review described."),
    # a figure gone from then to now, by other verbs of rising and falling
    Cue(r"\b(?:climbed|climbing|jumped|leapt|soared|gone\s+up|come\s+down|halved)\b", Rel.PROGRESS_SINCE,
        "Uptake of health checks has climbed to nine in ten, from six in ten at our 2016 review."),
    # the earlier document's ask answered: "which answers the recommendation", "has been carried through"
    Cue(r"(?<!not\s)(?<!never\s)\b(?:answer(?:s|ed|ing)?|meets|meeting|fulfil(?:s|led|ling)?|satisf(?:ies|ied|ying)|"
        r"honour(?:s|ed|ing)?)\s+(?:(?:the|our|its|a|one\s+of\s+(?:the|our))\s+)?(?:[\w'’-]+\s+){0,4}?(?:recommendations?|"
        r"concerns?|criticisms?|request|asks?)\b"
        r"|\b(?:has|have|had)\s+(?:since\s+|now\s+)?been\s+(?:fully\s+)?(?:answered|fulfilled|satisfied|honoured|carried\s+through|"
        r"followed\s+through|seen\s+through|taken\s+forward|actioned)\b"
        r"|(?<!not\s)\b(?:carried|followed|saw)\s+through\b|(?<!not\s)(?<!never\s)\b(?:acted|actioned)\s+upon\b",
        Rel.PROGRESS_SINCE,
        "A new triage rota, which answers a recommendation of our 2016 review, began in April."),
    # the post or gap the earlier document named, filled: "filling the vacancy our review singled out"
    Cue(r"(?<!not\s)(?<!never\s)(?<!to\s)\bfill(?:s|ed|ing)\s+(?:the|a|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:vacanc(?:y|ies)|posts?|gaps?|roles?)\b", Rel.PROGRESS_SINCE,
        "The trust has appointed a liaison nurse, filling the gap our 2016 review pointed to."),
    # the state then, unchanged now: "... and that is unchanged", "remains largely unchanged"
    Cue(r"\b(?:is|are|was|were|stays?|stayed|remains?|remained)\s+(?:still\s+|largely\s+|much\s+|essentially\s+)?"
        r"unchanged\b", Rel.REPEATS,
        ["When we last visited, few care leavers had a GP letter, and that is unchanged.",
         "The reporting of missed health appointments remains largely unchanged since our 2015 review."]),
    # the shortfall coming back, said by a verb of recurring
    Cue(r"\brecur(?:s|red|ring)?\b|\brecurrence\s+of\b", Rel.REPEATS,
        ["The weakness in discharge planning our 2015 report described has recurred.",
         "Gaps in the recording of consent recur from the 2016 JTAI."]),
    # worse than then, said by a verb of growing worse
    Cue(r"\b(?:has|have|had)\s+(?:since\s+|further\s+)?(?:lengthened|grown\s+(?:longer|worse)|got\s+(?:longer|worse)|"
        r"become\s+(?:longer|worse))\b|\b(?:lengthened|worsened)\s+since\b", Rel.REPEATS,
        ["Waits for an autism assessment, criticised at our last visit, have lengthened.",
         "The queue for dental checks has grown longer since the 2016 JTAI."]),
    # no fall in what should fall: "no reduction in", "no let-up"
    Cue(r"\bno\s+(?:real\s+|significant\s+|discernible\s+|further\s+|noticeable\s+)?(?:reduction|fall|drop|decrease|"
        r"let-up|shortening)\s+(?:in|of)\b", Rel.REPEATS,
        ["Since the 2015 CLAS review there has been no real reduction in late health plans."]),
    # nothing made of what the earlier document asked for: "none has been introduced"
    Cue(r"\b(?:none|nothing)\s+(?:has|have|had)\s+(?:yet\s+|since\s+|so\s+far\s+)?been\s+\w+", Rel.REPEATS,
        ["Our 2015 review asked for a care leavers' health summary; none has been produced.",
         "The 2016 JTAI called for joint audits, but nothing has yet been done."]),
    # the change said by a place-word of now: "put in place", "set up", "launched", "rolled out"
    Cue(r"\b(?:put|set|brought)\s+in(?:to)?\s+place\b|\b(?:set\s+up|launched|rolled\s+out)\b", Rel.PROGRESS_SINCE,
        ["Following our 2015 review, a single referral form was put in place.",
         "After the 2016 JTAI the trust launched a training programme on exploitation."]),
    # the earlier asks done, said with adverbs or quantifiers: "have all been implemented"
    Cue(r"\b(?:has|have)\s+(?:(?:since|now|all|both|each|fully|largely|mostly|\w+ly)\s+){1,2}been\s+(?:(?:fully|\w+ly)\s+)?"
        r"(?:addressed|resolved|implemented|acted\s+(?:on|upon)|put\s+right|remedied|met|achieved|completed|delivered)\b"
        r"|\b(?:has|have|had)\s+(?:since\s+|now\s+|duly\s+)?(?:done|achieved|delivered)\s+(?:so|this|that|it)\b",
        Rel.PROGRESS_SINCE,
        ["The recommendations of the 2016 JTAI have now all been acted upon.",
         "Our 2015 review asked the hospital to audit its records, and it has done so."]),
    # a practice begun since: "started recording", "began offering"
    Cue(r"\b(?:started|began|begun|took\s+to)\s+(?!\w*(?:slipping|falling|declining|failing|missing))\w+ing\b", Rel.PROGRESS_SINCE,
        ["Since our 2015 review, the walk-in centre has begun checking the child protection register."]),
    # the review's own earlier finding named in a leading clause: "As we found in 2015, ..."
    Cue(r"\bas\s+(?:we|CQC|inspectors|the\s+review(?:\s+team)?)\s+(?:had\s+|also\s+)?(?:found|noted|saw|reported|described|"
        r"identified|observed)\s+(?:in|at|during|when|before)\b|\bno\s+(?:real\s+|significant\s+|further\s+)?headway\b",
        Rel.REPEATS,
        ["As we noted at our last review, care plans rarely name a health lead.",
         "There has been no real headway since the 2016 JTAI in sharing records with schools."]),
    # better than then with a word between: "better placed than", "more often than"
    Cue(r"\b(?:better|more)\s+(?!than\b)\w+\s+than\s+(?:(?:it|they|this|these|we)\s+(?:was|were|had\s+been|did|found)\s+)?"
        r"(?:at|in|during|when|before)\b", Rel.PROGRESS_SINCE,
        ["School nurses are better equipped than they were at our last review to spot self-harm."]),
    # --- cue9 (session 9, docs/cues9-forms.md): sameness and change in other words, and notes ----
    # then as now: "then, as now, ...", "carried over from", "twice found", "and so does this one"
    Cue(r"\bthen,?\s+as\s+now\b|\bnow,?\s+as\s+then\b|\bcarr(?:y|ied|ies)[- ](?:over|forward)\b|\btwice\s+(?:\w+\s+)?(?:found|recorded|noted|reported|identified|raised|seen|highlighted|described)\b"
        r"|\b(?:and\s+)?so\s+(?:does|did|do)\s+(?:this|the\s+(?:present|current))\b|\bas\s+does\s+this\s+(?:one|review|visit)\b",
        Rel.REPEATS,
        ["The shortfall is a carry-over from our 2015 review: then, as now, nobody audited the plans.",
         "CQC has now twice found, at our 2015 review and at this one, that GP letters omit the child's status.",
         "Our 2015 review recorded the gap in GP letters, and so does this one."]),
    # a note's verdict on what the earlier document found: "Noted at 2015 review; unchanged."
    Cue(r"(?:^|[;:]\s*)(?:unchanged|no\s+change|not\s+(?:yet\s+)?(?:addressed|resolved|improved|met|done))\b", Rel.REPEATS,
        ["Noted at our 2015 review; unchanged.", "Previously noted (2015): not yet addressed."]),
    # ground gained on the earlier document: "a real advance on 2015", "has settled since our last review"
    Cue(r"\b(?:advance|gain|step\s+up)\s+(?:on|from|since)\b|\b(?:has|have)\s+(?:since\s+|now\s+)?(?:settled|stabilised|"
        r"stabilized|steadied|recovered)\b", Rel.PROGRESS_SINCE,
        ["This is a real advance on what we found in 2015.", "Staff turnover, a worry at our 2015 review, has settled."]),
    # --- session 16: sameness said by saying it again, by no change in a measure, by likeness ---
    # said again: "we say it again", "once more", "we must report again that ..."
    Cue(r"\bonce\s+(?:more|again)\b|\b(?:say|said|make|made|raise|raised|note|noted|find|found|see|saw)\s+(?:it|this|so|that|"
        r"the\s+same(?:\s+\w+)?)\s+again\b|\b(?:report|reporting|raise|raising|record|recording|note|noting)\s+again\b",
        Rel.REPEATS,
        ["Our 2016 review asked for a named GP lead, and we ask once more.",
         "Our 2015 review made the point, and we make it again: GP letters omit the child's status."]),
    # no change in a measure: "we found it no higher", "no better than at our last visit"
    Cue(r"\bno\s+(?:higher|lower|better|stronger|faster|quicker|shorter|greater|clearer|fuller|different)\b",
        Rel.REPEATS,
        ["The 2016 JTAI found that one GP in three had the training; we found the share no higher."]),
    # likeness to what was found then: "like those we read at our last visit", "as the previous
    # inspection did", "where it stood when our last review reported", "would recognise", "word for word"
    Cue(r"\blike\s+(?:those|that|the\s+ones?)\s+(?:we|inspectors|the\s+team)\s+(?:read|saw|found|sampled|examined|reviewed)\b"
        r"|\bas\s+(?:the|our|its|their|CQC['’]s)\s+[^,;.]{0,50}?\s(?:did|had)\b(?!\s+not\b)"
        r"|\bwhere\s+(?:it|they|this|these)\s+(?:stood|was|were)\b"
        r"|\b(?:would|will)\s+recogni[sz]e\b|\bcould\s+have\s+been\s+(?:describing|written\s+about)\b|\bword\s+for\s+word\b",
        Rel.REPEATS,
        ["The plans we read were, like those we read at our 2016 visit, silent on the child's views.",
         "Records show, as the 2015 review did, that GPs are not told when a child comes into care.",
         "Timeliness is at 40%, where it stood when our last review reported.",
         "Anyone who read our 2014 report would recognise the state of the maternity records."]),
]

#: cue9: the earlier document said NOT to have found it: "was not among the 2015 findings" (no
#: repeat, however the sentence's words read).
NOT_FOUND_BEFORE = Cue(r"\b(?:(?:was|were|is|are)\s+not\s+(?:among|part\s+of|one\s+of|included\s+in|in|raised\s+(?:in|by|at)|"
                       r"(?:identified|noted|found|reported)\s+(?:in|by|at))|(?:did|does|do|had)\s+not\s+(?:arise|feature|"
                       r"appear|come\s+up|figure|exist)\s+(?:in|at|during|before)"
                       # not a matter the earlier review looked at; unsure whether it did; a shortfall said to be new
                       r"|(?:was|were|is|are)\s+not\s+(?:an?\s+)?(?:area|topic|subject|matter|part|aspect|question|theme)\s+"
                       r"(?:that\s+|which\s+)?|(?:not\s+(?:say|know|tell|sure|certain|clear)|unsure|uncertain|unclear)\s+"
                       r"(?:about\s+)?whether|(?<!\bnot\s)(?<!\bnot\sa\s)\bnew\s+(?:shortfall|concern|gap|problem|issue|finding|weakness)\b[^.;]{0,40}?)"
                       r"\s*(?:[\w'’-]+\s+){0,4}$", "denied",
                       ["Contrary to what staff thought, late plans were not among the findings of our 2015 review.",
                        "Missed dental checks are a new finding; they did not feature in our 2015 review.",
                        "Dental checks for children in care were not a topic that our 2016 review looked at.",
                        "Staff did not know whether the last CQC review had seen their transition protocol.",
                        "Late plans are a new concern: at the 2015 review nearly every plan was on time."], ())

#: The earlier document, named first, said nothing of the matter: "The 2016 inspection did not
#: look at the SARC", "Our 2014 review made no comment on dental checks" (it cites, nothing more).
SAID_NOTHING = Cue(r"^(?:(?!\bthat\b)[^.;,]){0,80}?\b(?:did\s+not|didn['’]t|does\s+not)\s+(?:look\s+(?:at|into)|comment\s+on|include|"
                   r"examine|cover|consider|inspect|assess|review|mention|visit|report\s+on)\b|^(?:(?!\bthat\b)[^.;,]){0,80}?\b"
                   r"(?:made|makes|had)\s+no\s+(?:comment|mention|finding|reference|recommendation)s?\b"
                   r"|^(?:(?!\bthat\b)[^.;,]){0,80}?\bwas\s+silent\s+(?:on|about)\b",
                   "nothing",
                   ["The 2016 inspection did not look at the sexual assault referral centre.",
                    "Our 2014 review made no comment on dental checks for children in care."], ())


#: An improvement since the earlier document that somebody claimed and the review did not find
#: (the claim denied in the clause of now): no progress stated, the document only cited.
CLAIM_DENIED = Cue(r"\b(?:did|does|do)\s+not\s+(?:bear\s+(?:it|this|that|them)\s+out|(?:support|confirm|reflect|show)\s+"
                   r"(?:it|this|that|them|the\s+claim|any\s+such))\b|\bnot\s+borne\s+out\b|\b(?:was|were)\s+not\s+"
                   r"(?:evident|visible|apparent)\s+in\s+(?:the\s+)?(?:records|files|cases|notes)\b", "denied",
                   ["Staff spoke of better plans since our 2016 review, but the plans we read did not bear this out.",
                    "The trust reported progress since the last inspection, a claim not borne out by the case files."], ())

# --- cue9: then against now ---------------------------------------------------------------------
# A sentence that names the earlier document in a clause of its own (an apposition, a relative
# clause, a clause after ";" or a note's label) says how things were THEN there, and how they are
# NOW in the rest: a shortfall then and none now is progress, a shortfall then and now a repeat
# (``references.then_against_now``; polarity from ingest/polarity.py). Each row's example is a
# finding read as extract_earlier_reviews reads it; ``gives``: what it says of the document.

#: Words of a shortfall then, besides polarity's words of concern: "which the review asked for",
#: "missing in 2015", "only half", "a handful".
THEN_SHORTFALL = Cue(
    r"\b(?:missing|absent|lacked|lacking|lack|none|no|nobody|only|few|fewer|a\s+handful|criticised|criticized|asked\s+for|"
    r"called\s+for|recommended|sought|wanted|worry|concern|concerns|patchy|not|never|without|vacant|empty|unfilled|"
    r"rare|rarely|late|weak|poor|inadequate|variable)\b", "then",
    ["The strategy meeting template includes health, which it lacked at our last review.",
     "Referral letters now state the risk clearly, which our 2015 review asked for."], (Rel.PROGRESS_SINCE.value,))

#: A clause that is no clause of now: it tells of then or of the review's own reading.
NOT_NOW = Cue(r"\b(?:was|were|had|did|found|recommended|asked|noted|reported|described|identified|said|called|"
              r"criticised|criticized|judged|rated|saw|recorded|made)\b", "past",
              "Our 2015 review found health plans poor, and recommended an audit.", (Rel.REPEATS.value,))

#: A clause of now by its tense or time (a clause of then has none of these).
NOW_MARKS = Cue(r"\b(?:is|are|has|have|now|today|still|remains?|continues?|currently)\b", "now",
                "The hub, absent at our last review, is open every evening.", (Rel.PROGRESS_SINCE.value,))

#: A note of now after a note of then: "Last review (2015): no nurse. Now: nurse in post."
NOW_LABEL = Cue(r"^(?:Now|Today|Currently|At\s+(?:this|the\s+present)\s+(?:review|visit)|This\s+(?:review|visit)|"
                r"Position\s+now)\s*[:\-–]\s*", "now-label",
                "Last review (2015): no transition nurse. Now: a transition nurse in post.", (Rel.PROGRESS_SINCE.value,))

#: What is counted, where fewer is better: waits, delays, vacancies ("up from 12 weeks" is worse).
FEWER_IS_BETTER = Cue(r"\b(?:waits?|waiting|delays?|backlogs?|vacanc(?:y|ies)|caseloads?|turnover|sickness|missed|late|"
                      r"overdue|queues?|breaches|incidents|gaps?)\b", "fewer",
                      "Waiting times stand at 30 weeks, up from 12 weeks at our last visit.", (Rel.REPEATS.value,))

#: A figure's direction, said in words: up (rose, higher, more) or down (fell, lower, fewer).
FIGURE_UP = Cue(r"\b(?:up(?!\s+to\b)|rose|risen|increased|grown|higher|more|climbed)\b", "up",
                "Training rates stand at 88%, up from 50% in 2015.", (Rel.PROGRESS_SINCE.value,))
FIGURE_DOWN = Cue(r"\b(?:down|fell|fallen|reduced|lower|fewer|shorter|decreased|dropped)\b", "down",
                  "The median wait is down to six weeks, from fourteen weeks at our last review.",
                  (Rel.PROGRESS_SINCE.value,))

#: A figure said to move by a verb of rising or falling; which way is better depends on what is
#: counted (FEWER_IS_BETTER): "the backlog has grown" is worse, "uptake has grown" better.
MOVES = [
    Cue(r"\b(?:risen|rose|grown|grew|increased|climbed|gone\s+up|doubled|lengthened)\b", "up",
        "Since our 2015 review the backlog of health assessments has grown.", (Rel.REPEATS.value,)),
    Cue(r"\b(?:fallen|fell|reduced|dropped|decreased|shortened|halved|come\s+down)\b", "down",
        "Since the 2015 CLAS review, the number of trained GPs has fallen.", (Rel.REPEATS.value,)),
]

#: The same then and now, whatever it is: said of a strength, it is neither a repeat nor progress.
SAMENESS = Cue(r"\b(?:again|still|remains?|remained|continues?|continued|as\s+(?:before|then)|once\s+more|unchanged)\b"
               r"|\b(?:and\s+)?so\s+(?:do|did)\s+(?:we|inspectors|the\s+team)\b|\bas\s+do\s+we\b",
               "same", "The 2015 CLAS review praised the school nurses' drop-ins, which we saw again.",
               (Rel.CITES.value,))

#: What the earlier document found, reported in a clause of then ("The 2016 JTAI found that records
#: had not been shared."): no repeat by itself; the next sentence says what became of it.
REPORTED_THEN = Cue(r"^[^.;]*?\b(?:found|reported|noted|identified|concluded|highlighted|described|showed|established)\s+"
                    r"that\b", "reported",
                    "The 2016 JTAI found that records had not been shared. NCHT has since built a shared record.",
                    (Rel.PROGRESS_SINCE.value,))

# --- polarity -----------------------------------------------------------------------------------

#: Words of concern and of strength in a finding (lower case), each with an example that the
#: word alone decides.
POLARITY = [
    Cue(r"weak|poor|poorly|limited|lack|lacking|gaps?|shortfalls?|delays?|delayed|variable|variability|"
        r"inconsistent|inconsistently|failed|under-developed|underdeveloped|insufficient|fragmented|stretched|"
        r"too long|slow|missed (?:an? |the |several |many )?(?:opportunit(?:y|ies)|chances?)"
        r"|opportunit(?:y|ies) (?:\w+ )?(?:was|were|had been) missed", "concern",
        "Health assessments were delayed.", ("concern",)),
    Cue(r"(?:remained|remains|remain) (?:a |an )?(?:\w+ )?(?:risk|concern|gap)|risks? remain(?:s|ed)?|significant risk",
        "concern",
        "The lack of a shared record remained a risk.", ("concern",)),
    Cue(r"(?:did|was|were|does|do|could|had) not|not (?:always|routinely|consistently|yet|fully|effectively|"
        r"clearly|sufficiently|adequately|usually|compliant|embedded|involved)", "concern",
        "Records were not always complete.", ("concern",)),
    Cue(r"(?:was|were|is|are) (?:needed|required)|further (?:work|review|assurance|development)|need(?:s)? to be"
        r"|(?:potential|scope|room) (?:to|for) (?:further )?(?:strengthen|improve)\w*"
        r"|could be (?:further )?(?:strengthened|improved)|would (?:assist|help|benefit)", "concern",
        "Further work is needed to embed the new pathway.", ("concern",)),
    Cue(r"good|well|effective|effectively|strong|strongly|clear|clearly|robust|positive|welcoming|prompt|"
        r"promptly|timely|high (?:quality|standard)|strengthened|improved|improving|improvements?|vigilant|"
        r"sensitive|sensitively|appropriately|well-established|well-embedded|well-managed|comprehensive|"
        r"confident|confidently|proactive|excellent|valuable|visible|benefit(?:ed|ted|s)?|helped|transformed|"
        r"consistently|commended|praised", "strength",
        "The school nursing service was visible and effective.", ("strength",)),
]

# --- succession -----------------------------------------------------------------------------

#: The passive participles of a body's ending, shared by the succession rows here and the lexicon's
#: _ENDED: "was dissolved", "were wound up", "was liquidated" (not "wound down" or "stood down", said of
#: a service as often as of a body).
ENDING_PARTICIPLE = (r"(?:dissolved|abolished|disbanded|wound\s+up|closed\s+down|extinguished|liquidated|deregistered)")
#: A body's ending said with no passive: "no longer exists", "ceased to exist", "ceased trading"
#: (not "ended", whose subject may be a contract or a partnership of the body: "A's contract ended").
BODY_GONE = (r"(?:no\s+longer\s+exists?\b|ceased\s+to\s+exist|ceased\s+(?:trading|operating)|went\s+out\s+of\s+existence|"
             r"(?:has|have)\s+not\s+existed\s+(?:since|for)\b)")

#: Ways a report says one body took over from another; ``says`` is which side names the successor.
SUCCESSION = [
    # "C took over the council's contract from A", "C inherited the caseload from A": the body after
    # "from" is the predecessor, not the one whose contract it was
    Cue(r"\b(?:took\s+over|takes\s+over|taken\s+over|took\s+on|inherited|acquired|assumed|picked\s+up)\b"
        r"(?!\s+by\b)(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:budgets?|funding|money|grants?|commissioning|"
        r"responsibilit(?:y|ies)|powers?|functions?)\b)[^.;]{0,80}?\bfrom\b", "before",
        ["Northmoor Community Health NHS Trust took over the council's substance misuse contract from Greenway Recovery.",
         "Northmoor Community Health NHS Trust inherited the school nursing caseload from Greenway Recovery."],
        (("greenway-recovery", "northmoor-community-health-trust"),)),
    # "the contract was taken over by C from A"
    Cue(r"\b(?:taken\s+over|inherited|acquired|assumed|picked\s+up|run|provided|held)\s+by\b(?=[^.;]{0,80}?\bfrom\b)",
        "by-from",
        "The council's substance misuse contract was taken over by Northmoor Community Health NHS Trust from Greenway Recovery.",
        (("greenway-recovery", "northmoor-community-health-trust"),)),
    # "A and B were dissolved and a single body, C, took on their responsibilities"
    Cue(r"\b(?:(?:was|were|had\s+been|have\s+been)\s+" + ENDING_PARTICIPLE + "|" + BODY_GONE + r")\b"
        r"(?=[^.;]*\b(?:took\s+on|took\s+over|assumed|inherited|replaced|succeeded|in\s+(?:its|their)\s+place|"
        r"was\s+(?:formed|created|established|set\s+up)|(?:passed|transferred|went|moved)\s+(?:across\s+|over\s+)?to))",
        "dissolved",
        [("Northmoor Community Health NHS Trust and Greenway Recovery were dissolved in 2016 and a single body, "
        "Westford Care NHS Trust, took on their responsibilities."),
         ("Northmoor Community Health NHS Trust and Greenway Recovery were wound up in 2017 and their staff and contracts "
        "passed to the body formed by their merger, Westford Care NHS Trust.")],
        (("northmoor-community-health-trust", "westford-care-trust"), ("greenway-recovery", "westford-care-trust"))),
    # "C was created in 2016 from the merger of A and B"
    Cue(r"\b(?:was|were|is|has\s+been)\s+(?:formed|created|established|set\s+up)\b[^.;]{0,40}?\b(?:from|by|through|"
        r"following|after|on|with|in)\s+(?:the\s+)?(?:merger|amalgamation|combination|coming\s+together|joining)\s+"
        r"(?:of|between)\b", "formed",
        "Westford Care NHS Trust was created in 2016 from the merger of Northmoor Community Health NHS Trust and Greenway Recovery.",
        (("northmoor-community-health-trust", "westford-care-trust"), ("greenway-recovery", "westford-care-trust"))),
    # "C is the successor to A", "C has run the services previously provided by A"
    Cue(r"\b(?:is|was|became|as)\s+(?:the\s+)?successor\s+(?:(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation)\s+)?(?:to|of)\b"
        r"|\b(?:previously|formerly|once|until\s+then|earlier)\s+(?:provided|run|delivered|held|operated|managed|"
        r"commissioned)\s+by\b", "before",
        "Since 2016 Westford Care NHS Trust has run the services previously provided by Greenway Recovery.",
        (("greenway-recovery", "westford-care-trust"),)),
    # "A (now part of C)", "A, which has since become C", "A, since renamed C"
    Cue(r"\(\s*now\s+(?:part\s+of\s+)?|\b(?:has|have)\s+since\s+(?:become|merged\s+(?:into|with)|joined)\b"
        r"|,\s+(?:since|later|subsequently|now)\s+(?:renamed|merged\s+into|absorbed\s+(?:into|by)|part\s+of)\b", "after",
        ["Greenway Recovery (now part of Westford Care NHS Trust) runs the clinic.",
         "Greenway Recovery, which has since become Westford Care NHS Trust, runs the clinic."],
        (("greenway-recovery", "westford-care-trust"),)),
    # "the contract moved from A to C": what moved is a contract, service or team, not a child
    Cue(r"\b(?:contracts?|services?|provision|staff|teams?|caseloads?|work)\s+(?:\w+\s+){0,4}?(?:moved|transferred|passed|went"
        r"|was\s+(?:moved|transferred|passed)|were\s+(?:moved|transferred|passed))\s+(?:across\s+|over\s+)?from\b",
        "from-to",
        "The contract moved from Greenway Recovery to Westford Care NHS Trust in 2016.",
        (("greenway-recovery", "westford-care-trust"),)),
    # "A ceased to exist ..., when it was taken into C", "A, with its staff and contracts, was taken into C"
    Cue(r"\b(?:(?:was|were)\s+(?:taken|brought|incorporated|integrated|subsumed|transferred)\s+(?:in)?to|"
        r"handed\s+(?:(?:its|their|the)\s+\w+\s+)?over\s+(?:(?:its|their|the)\s+\w+\s+)?to|(?:was|were)\s+(?:\w+\s+and\s+)?replaced\s+by|"
        r"(?:services?|contracts?|staff|teams?|responsibilit(?:y|ies)|functions?|provision|nurses|visitors|midwives|workers|"
        r"clinicians|practitioners|doctors|therapists|counsellors)\s+(?:\w+\s+){0,3}?"
        r"(?:(?:passed|transferred|moved|went\s+across|went\s+over)\s+(?:across\s+|over\s+)?to|joined))\b", "after",
        [("Greenway Recovery ceased to exist as a separate organisation in 2017, when it was taken into "
         "Westford Care NHS Trust."),
         "Greenway Recovery, with its staff and contracts, was taken into Westford Care NHS Trust in 2017.",
         "Greenway Recovery was dissolved and replaced by Westford Care NHS Trust.",
         # a team joining another body, where the sentence says its body ended (session 32, from pair 31)
         "When Greenway Recovery was dissolved in 2017, its team joined Westford Care NHS Trust."],
        (("greenway-recovery", "westford-care-trust"),)),
    Cue(r"\bmerged\s+(?:with\s+)?(?:[^.;]*?\s+)?(?:in\s+\w+\s+)?(?:\d{4}\s+)?to\s+(?:form|create|become)\b", "after",
        "Northmoor Community Health NHS Trust and Greenway Recovery merged in 2016 to form Westford Care NHS Trust.",
        (("northmoor-community-health-trust", "westford-care-trust"), ("greenway-recovery", "westford-care-trust"))),
    Cue(r"\b(?:became|was\s+renamed|is\s+now|has\s+become|now\s+(?:operates|operating|trades|trading|known)\s+as|"
        r"(?:was|were)\s+absorbed\s+(?:into|by)|became\s+part\s+of|transferred\s+to|moved\s+to|"
        r"(?:was|were)\s+taken\s+over\s+by|(?:was|were)\s+replaced\s+by|has\s+been\s+replaced\s+by|"
        r"(?:was|were)\s+(?:merged|folded|subsumed)\s+into|(?:was|were)\s+succeeded\s+by)\b", "after",
        "Greenway Recovery was absorbed by Northmoor Community Health NHS Trust in 2017.",
        (("greenway-recovery", "northmoor-community-health-trust"),)),
    Cue(r"\b(?:replaced(?!\s+by)|took\s+over\s+(?:the\s+\w+\s+)?(?:contract\s+)?from|succeeded(?!\s+by)|took\s+over|"
        r"absorbed|took\s+on\s+the\s+\w+\s+(?:of|from))\b", "before",
        ["Northmoor Community Health NHS Trust took over the contract from Greenway Recovery in 2016.",
         "Northmoor Community Health NHS Trust won the tender for substance misuse services in 2015 and took over from Greenway Recovery in 2016."],
        (("greenway-recovery", "northmoor-community-health-trust"),)),
    Cue(r"\b(?:came\s+into\s+being|came\s+into\s+existence|was\s+(?:formed|created|established)|were\s+(?:formed|created))\b"
        r"[^.;]{0,60}?\bwhen\b(?=[^.;]*\b(?:merged|combined|joined\s+together|came\s+together|amalgamated)\b)", "formed",
        "Westford Care NHS Trust came into being in 2016, when Greenway Recovery and NCHT merged.",
        (("greenway-recovery", "westford-care-trust"), ("northmoor-community-health-trust", "westford-care-trust"))),
    # "A and B were amalgamated into a single body, C", "... were combined under one board and a new name, C":
    # bodies joined by any verb of joining, the body they became named after "into", "to form" or "name"
    Cue(r"\b(?:was|were|had\s+been|have\s+been)\s+(?:merged|amalgamated|combined|consolidated|unified|integrated|"
        r"brought\s+together|joined(?:\s+together)?)\b[^.;]{0,60}?\b(?:into|to\s+(?:form|create|become)|"
        r"under\s+(?:(?:a|an|the|one|single|new|common|shared|\w+\s+and)\s+){0,6}?(?:name|title|banner))\b", "after",
        [("Northmoor Community Health NHS Trust and Greenway Recovery were amalgamated in 2017 into a single organisation, "
        "Westford Care NHS Trust."),
         ("Northmoor Community Health NHS Trust and Greenway Recovery were combined on 1 April 2017 under one board and a "
        "new name, Westford Care NHS Trust.")],
        (("northmoor-community-health-trust", "westford-care-trust"), ("greenway-recovery", "westford-care-trust"))),
    # one body under a new name: "A took the name C", "A has traded as C", "A changed its name to C"
    # (a change the verb says: "has traded as", "began trading as"; not a trading name said aside, "A
    # (trading as C since 2017)", "A, trading as C", "A trades as C": the body is still A, C the name it
    # trades under; session 24, from pair 22's and 23's traps)
    Cue(r"\b(?:took|takes|has\s+taken|adopted|has\s+adopted)\s+the\s+name\b|(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s)|"
        r"(?<=\bbegan\s)|(?<=\bbegun\s)|(?<=\bstarted\s))(?:traded|trading)\s+(?:(?:ever\s+)?since\s+)?as\b|\btraded\s+since\s+as\b"
        r"|\bchanged\s+(?:its|their)\s+name\s+to\b|\b(?:was|has\s+been|were)\s+renamed\b", "after",
        ["In 2016 Greenway Recovery took the name Westford Care NHS Trust.",
         "Since March 2019 Greenway Recovery has traded as Westford Care NHS Trust; its staff are unchanged.",
         "Greenway Recovery re-registered as a company in 2017 and has traded since as Westford Care NHS Trust."],
        (("greenway-recovery", "westford-care-trust"),)),
    # "A and B were amalgamated in 2018 under a new name, C": bodies merged, the first named after is the new one
    Cue(r"\b(?:was|were|had\s+been|have\s+been)\s+(?:amalgamated|merged|combined|united)\b(?!\s+(?:with|into)\b)"
        r"(?=[^.;]*\b(?:(?:a|one|the)\s+(?:single|new|combined|merged)\s+(?:body|board|name|organisation|trust)|"
        r"under\s+(?:the\s+)?(?:name|title)|(?:as|to\s+form|to\s+create|to\s+become|forming|creating)\b))", "dissolved",
        "Northmoor Community Health NHS Trust and Greenway Recovery were amalgamated in 2016 under one new name, "
        "Westford Care NHS Trust.",
        (("northmoor-community-health-trust", "westford-care-trust"), ("greenway-recovery", "westford-care-trust"))),
    # bodies joined, then what they became: "A and B came together in 2017 as C", "were brought
    # together to create C"
    Cue(r"\b(?:merged|amalgamated|combined|joined\s+(?:together|forces)|came\s+together|(?:were|was)\s+brought\s+together|"
        r"united)\b(?:\s+(?:in|on|during|from)\s+(?:\w+\s+){0,3}?(?:19|20)\d\d)?,?\s+(?:as|to\s+form|to\s+create|"
        r"to\s+become|forming|creating|into)\b", "after",
        "In 2017 Greenway Recovery and NCHT came together as Westford Care NHS Trust.",
        (("greenway-recovery", "westford-care-trust"), ("northmoor-community-health-trust", "westford-care-trust"))),
    # a body that ended, and the one that now does its work: "A no longer exists: its services
    # are run by C"
    Cue(r"\b(?:" + BODY_GONE + r"|(?:was|were)\s+" + ENDING_PARTICIPLE + r")\b"
        # (succ9) what is now run by the other body is the ended body's work, not its records or buildings
        r"(?=[^.]*\b(?:its|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:services?|staff|contracts?|clinics?|functions|work|teams?|"
        r"caseloads?|duties|responsibilities|provision|programmes?|units?)\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+)?"
        r"(?:now\s+)?(?:run|provided|delivered|managed|held|taken\s+over|taken\s+on|done)\s+by\b)", "dissolved",
        "Greenway Recovery ceased to exist in 2017, and its clinics are now run by Westford Care NHS Trust.",
        (("greenway-recovery", "westford-care-trust"),)),
    # "C is the new name of A"; a contract won from A, or lost to C
    Cue(r"\b(?:is|became|has\s+been)\s+the\s+(?:new\s+)?name\s+(?:of|for)\b"
        r"|\bwon\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:contract|tender)\s+(?:[\w-]+\s+){0,3}?from\b", "before",
        "Westford Care NHS Trust won the school nursing contract from Greenway Recovery in 2018.",
        (("greenway-recovery", "westford-care-trust"),)),
    Cue(r"\blost\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:contract|tender)\s+(?:[\w-]+\s+){0,3}?to\b", "after",
        "Greenway Recovery lost the school nursing contract to Westford Care NHS Trust in 2018.",
        (("greenway-recovery", "westford-care-trust"),)),
    # a new name, whatever the verb: "has traded as C since 2019", "changed its name to C"
    Cue(r"\b(?:has|have|had)\s+(?:since\s+(?:\w+\s+)?(?:(?:19|20)\d\d\s+)?)?(?:traded|operated|been\s+known|been\s+trading|"
        r"been\s+operating|been\s+called)\s+as\b|\b(?:changed|took|adopted)\s+(?:its|their)\s+(?:new\s+)?name\s+to\b"
        r"|\b(?:was|were|has\s+been)\s+renamed(?:\s+as)?\b", "after",
        "In 2019 Greenway Recovery changed its name to Westford Care NHS Trust.",
        (("greenway-recovery", "westford-care-trust"),)),
    # the body that does it now set against the one that no longer does, which the sentence says has
    # ended, straight after its name: "It is C, and no longer A (dissolved in 2018), that buys it", "C,
    # rather than A, which was wound up in 2017, now runs it" (not "It is C rather than A that funds it":
    # both go on)
    Cue(r"(?:,?\s+(?:and|but)\s+no\s+longer|,?\s+(?:rather\s+than|instead\s+of|in\s+(?:the\s+)?place\s+of))\s+"
        r"(?=[^.;,()]{3,90}?(?:\s*\(\s*|,\s+(?:which|that)\s+(?:was|had\s+been|has\s+been)\s+|,\s+)"
        r"(?:" + ENDING_PARTICIPLE + r"|closed|ceased\s+(?:trading|to\s+exist))\b"
        r"(?!\s+(?:to|for)\b))", "before",
        ["It is Westford Care NHS Trust, and no longer Greenway Recovery (dissolved in 2018), that buys the service.",
         "Westford Care NHS Trust, rather than Greenway Recovery, which was wound up in 2017, now runs the clinic."],
        (("greenway-recovery", "westford-care-trust"),)),
    Cue(r"\(\s*(?:formerly|previously|once)\b|,\s+(?:formerly|previously)\b", "before",
        "Westford Care NHS Trust (formerly Greenway Recovery) runs the service.",
        (("greenway-recovery", "westford-care-trust"),)),
]
