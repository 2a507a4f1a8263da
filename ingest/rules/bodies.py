"""What kind of body a name or a report's words make an organisation, as tables with examples.

- :data:`NAMED`: national bodies whose kind their name does not tell (data: extend as reports
  name more);
- :data:`APPOSITIVE`: what a report says a body is, just after its name ("Kestrel Recovery, a
  local charity");
- :data:`PRECEDING`: what a report says a body is, just before its name ("the charity Westby
  Young Futures");
- :data:`FOLLOWING`: what only a body does, said just after its name ("Osprey Young People's
  Project ceased trading"): the name need not end in an organisation word;
- :data:`ENDINGS`: last words of organisation names: a capitalised phrase ending in one is a body.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """One row: a name or phrase, the kind it gives, and an example."""

    phrase: str
    kind: str
    example: str


NAMED = [
    Kind("turning point", "charity", "Turning Point"),  # a national substance misuse charity
    Kind("barnardo's", "charity", "Barnardo's"),
    Kind("nspcc", "charity", "NSPCC"),
    Kind("action for children", "charity", "Action for Children"),
    Kind("change grow live", "charity", "Change Grow Live"),
    Kind("nhs england", "nhs-england", "NHS England"),
]

#: Short names national bodies go by, a word of capitals (the phrase), and the body's name.
NAMED_SHORT = [
    Kind("NHSE", "nhs-england", "NHS England"),
]

APPOSITIVE = [
    Kind(r"charity|voluntary (?:sector )?organisation|third sector organisation|not-for-profit organisation",
         "charity", "Kestrel Youth, a local charity, runs the drop-in."),
    Kind(r"social enterprise|community interest company", "social-enterprise",
         "Pathway Health, a social enterprise, runs the clinic."),
    Kind(r"GP federation|federation of (?:\d+ |local )?(?:GP )?practices|GP alliance", "gp-federation",
         "Westford Primary Care, a GP federation, runs the extended hours service."),
    Kind(r"private (?:provider|company|healthcare provider)|independent (?:sector )?provider", "private-provider",
         "Harbour Clinics, an independent sector provider, runs the service."),
    Kind(r"grant[\s-]holder", "provider",  # who holds a grant is paid it: the body doing the work
         "Harbour Young People's Service, the 2015 grant holder, closed in 2017."),
    Kind(r"(?:(?:the|one\s+of\s+the)\s+)?(?:GP\s+)?practices?(?=\s+(?:we\b|(?:of|with)\s+(?:about\s+|some\s+)?[\d,]+\s+patients))",
         "gp-practice", "Brookside Medical Group, a practice of 9,000 patients, was visited."),
]

#: What a report says a body is, just before its name ("the charity Kestrel Youth", "The
#: incumbent, Harbour Young People's Service,"): the name need not end in an organisation word.
PRECEDING = [
    Kind(r"charity|voluntary (?:sector )?organisation", "charity",
         "The drop-in is run by the charity Westby Young Futures on a council grant."),
    Kind(r"social enterprise|community interest company", "social-enterprise",
         "Clinics are staffed by the social enterprise Brightwell Health and Wellbeing."),
    Kind(r"incumbent|(?:new|previous|former|current|sole) (?:provider|contractor)|subcontractor", "provider",
         "The incumbent, Harbour Young People's Service, lost the contract in 2016."),
]

#: What only an organisation does, said just after its name: a capitalised name before it is a
#: body even where its last word is no organisation word ("Project", "Futures", "Youth").
FOLLOWING = [
    Kind(r"ceased\s+trading|stopped\s+trading|(?:went|was\s+placed|was\s+put)\s+into\s+(?:administration|liquidation)"
         r"|entered\s+(?:administration|liquidation)|(?:was|has\s+been)\s+wound\s+up|went\s+bust",
         "provider", "Harbour Young People's Project ceased trading in 2016."),
    Kind(r"(?:won|lost)\s+the\s+(?:contract|tender|re-?let|bid)", "provider",
         "Westby Youth Matters lost the contract in 2017."),
]

ENDINGS = {
    "trust", "trusts", "practice", "practices", "surgery", "ccg", "ccgs", "council", "hospitals",
    "partnership", "board", "centre", "limited", "ltd", "cic", "llp", "healthcare", "care",
    "recovery", "alliance", "federation", "foundation", "charity", "society", "network",
    "consortium", "enterprise", "england", "group", "groups", "services", "partnerships",
    "commissioning group", "hospital", "health", "ft", "company", "cooperative", "co-operative",
}
