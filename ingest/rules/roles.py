"""Roles read from the kind of a body and the field of the words, not from a listed verb (role9).

Where no row of :mod:`.lexicon` speaks (an idiom nobody listed: "holds the purse strings",
"foots the bill", "looks after", "answers for"), a clause still says who commissions or provides
a service by its *form*: which body is its subject or agent, of what kind (the roster knows it:
CCG, council, public health and NHS England commission; trusts, charities, practices and
companies provide), and which field its words belong to.

- A commissioner-kind body as the clause's subject or agent (after "by", "from", a possessive
  "A's budget"), a service in the clause, and a word of :data:`COMMISSIONING_FIELD` anywhere in
  it: the body commissions the service ("The CCG foots the bill for CAMHS").
- A provider-kind body as the clause's subject, a service after its verb (object or complement),
  no word of :data:`NOT_PROVISION` between them: the body provides it ("Acme looks after the
  school nursing service"); likewise "X is <participle> by B" and "B's <action noun> of X".
- Never where the clause is denied, planned, asked, modal, future or of a past holder (the
  lexicon's ``NOT_YET`` and the reader's polarity words), or moves the service away ("handed X
  to B").

The verb is only a veto, never the trigger. Each row below is a word *family* (its inflections
and derivations in one pattern) with an example sentence in which no lexicon word speaks, and
what it gives with the bodies of :data:`clasgraph.ingest.rules.lexicon.EXAMPLE_ROSTER`;
``tests/test_rules.py`` runs every example through the real reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from clasgraph.ingest.rules.lexicon import CCG, COUNCIL, ENGLAND, GREENWAY, NCHT, C, P


@dataclass(frozen=True)
class Family:
    """A word family (one pattern for its inflections and derivations) and an example of it."""

    pattern: str
    example: str
    gives: tuple[tuple[str, str, str], ...] = ()


# role9 -----------------------------------------------------------------------------------------
#: The words of commissioning: money, paying, buying, contracting, budgets and the duty to secure
#: a service. A commissioner-kind subject with any of them in its clause commissions the clause's services.
COMMISSIONING_FIELD: list[Family] = [
    Family(r"(?:re-?|co-?)?commission(?:s|ed|ing|ers?)?", "Westford City Council's commissioning team looks after school nursing.",
           ((C, COUNCIL, "school-nursing"),)),
    Family(r"(?:co-?|under-?)?fund(?:s|ed|ing|ers?|holders?)?",
           "NHS Westford CCG is the main source of funding for CAMHS.", ((C, CCG, "camhs"),)),
    Family(r"financ(?:e|es|ed|ing|ial|ially|iers?)", "NHS England carries the financial risk of the SARC.", ((C, ENGLAND, "sarc"),)),
    Family(r"money|monies|moneys|cash|sums?|£\d[\d.,]*(?:m|k|bn|million|billion)?|cheques?|tab|coffers", "Westford City Council finds the cash for health visiting.",
           ((C, COUNCIL, "health-visiting"),)),
    Family(r"pay(?:s|ing|ments?|ers?|masters?)?|paid", "NHS Westford CCG is the paymaster behind CAMHS.", ((C, CCG, "camhs"),)),
    Family(r"cost(?:s|ed|ing|ings)?|bills?|invoic\w*|fees?|tariffs?|pric(?:e|es|ed|ing)",
           "Westford City Council foots the bill for school nursing.", ((C, COUNCIL, "school-nursing"),)),
    Family(r"budget(?:s|ed|ing|ary)?|purse(?:\s+strings)?|ring-?fenc\w*",
           "NHS Westford CCG holds the purse strings for CAMHS.", ((C, CCG, "camhs"),)),
    Family(r"grants?|grant-\w+", "Westford City Council gives a yearly grant towards the drug and alcohol service.",
           ((C, COUNCIL, "substance-misuse"),)),
    Family(r"purchas(?:e|es|ed|ing|ers?)|buy(?:s|ing|ers?)?|bought", "NHS Westford CCG is the purchaser behind CAMHS.",
           ((C, CCG, "camhs"),)),
    Family(r"contract(?:s|ed|ing|ual|ually)?(?!or)|contract-?manag\w*|agreements?",
           "NHS England keeps the contracts of the sexual assault referral centre.", ((C, ENGLAND, "sarc"),)),
    Family(r"(?:re-?)?tender(?:s|ed|ing)?|procur(?:e|es|ed|ing|ement|ements)|award(?:s|ed|ing)?|market",
           "Westford City Council completed the procurement of health visiting in 2018.", ((C, COUNCIL, "health-visiting"),)),
    Family(r"specif(?:y|ies|ied|ication|ications)|allocat(?:e|es|ed|ing|ions?)",
           "NHS Westford CCG writes the specification for CAMHS.", ((C, CCG, "camhs"),)),
    Family(r"invest(?:s|ed|ing|ments?)?|spend(?:s|ing)?|spent|expenditure|resourc(?:e|es|ed|ing)|subsid\w*|sponsor\w*|"
           r"bankroll\w*|underwr\w*", "NHS Westford CCG invests heavily in CAMHS.", ((C, CCG, "camhs"),)),
    Family(r"holds|holders?|leads?\s+on|remit|portfolio", "NHS England keeps the sexual assault referral centre within its remit.",
           ((C, ENGLAND, "sarc"),)),
    Family(r"responsib\w*|accountab\w*|answerable|secur(?:e|es|ed|ing)",
           "Westford City Council answers for health visiting as its accountable body.", ((C, COUNCIL, "health-visiting"),)),
]

_PAYING = r"(?:re-?|co-?|de-?)?commission\w*"

#: What a provider-kind subject does to a service that says nothing of running it: the closed list of
#: non-provision (referring, attending, consulting, reviewing, planning, asking, paying, being
#: told, being near it ...), each as a stem with its inflections. The verb vetoes; it never triggers.
NOT_PROVISION: list[Family] = [
    Family(r"refer\w*|signpost\w*|sen[dt]s?|sending", "Greenway Recovery refers young people to CAMHS."),
    Family(r"attend\w*|visit\w*|join\w*|sits?\s+on|sat\s+on|chair\w*|represent\w*|participat\w*|engag\w*|"
           r"involv\w*", "Greenway Recovery attends the CAMHS panel each month."),
    Family(r"consult\w*|contact\w*|liais\w*|meet\w*|met|link\w*|discuss\w*|talk\w*|speak\w*|spoke|invit\w*|welcom\w*",
           "Greenway Recovery consults CAMHS about young people who self-harm."),
    Family(r"inspect\w*|review\w*|audit\w*|monitor\w*|oversee\w*|oversaw|oversight|scrutin\w*|evaluat\w*|assur\w*",
           "Greenway Recovery audited the school nursing service last year."),
    Family(r"critici[sz]\w*|prais\w*|welcom\w*|valu(?:e|es|ed|ing)|challeng\w*|complain\w*|concern\w*|worr\w*|question\w*",
           "Greenway Recovery criticised CAMHS for its waiting times."),
    Family(r"plan(?:s|ned|ning)?|propos\w*|bid(?:s|ding)?|tender\w*|compet\w*|appl(?:y|ies|ied|ying|ication)|seek\w*|sought|"
           r"want\w*|hop(?:e|es|ed|ing)|expect\w*|await\w*|intend\w*|intent\w*", "Greenway Recovery is bidding for the school nursing contract."),
    Family(r"ask\w*|told|tell\w*|inform\w*|notif\w*|alert\w*|report\w*|escalat\w*|rais\w*|warn\w*",
           "Greenway Recovery asks CAMHS for advice."),
    Family(_PAYING + r"|fund\w*|pay\w*|paid|buy\w*|bought|purchas\w*|procur\w*|contribut\w*",
           "Greenway Recovery paid a fee to the school nursing service."),
    Family(r"receiv\w*|us(?:e|es|ed|ing)|access\w*|rel(?:y|ies|ied|iance)|depend\w*|need\w*|lack\w*|wait\w*|"
           r"requir\w*|train\w*|learn\w*|benefit\w*", "Greenway Recovery uses the school nursing service's drop-ins."),
    Family(r"work(?:s|ed|ing)?\s+(?:\w+ly\s+|well\s+)?(?:with|alongside|together)|partner\w*|shar(?:e|es|ed|ing)|"
           r"part\s+of|members?\s+of|member\w*", "Greenway Recovery works alongside school nursing in schools."),
    Family(r"los(?:e|es|t|ing|s)|replac\w*|supersed\w*|succeed\w*|transfer\w*|hand(?:s|ed|ing)?\s+(?:over|back|on)|withdr\w*|left|leav\w*|exit\w*|"
           r"end(?:s|ed|ing)|ceas\w*|stopp\w*|clos\w*|sold|sell\w*", "Greenway Recovery lost school nursing in 2017."),
    Family(r"describ\w*|explain\w*|recogni[sz]\w*|acknowledg\w*|accept\w*|sa(?:y|ys|id)|stat(?:e|es|ed|ing)|show\w*|"
           r"not(?:e|es|ed|ing)|identif\w*|found|findings?|know\w*|understand\w*|s(?:ee|ees|aw|een)|aware",
           "Greenway Recovery said CAMHS was hard to reach."),
    Family(r"bas(?:e|ed)|locat\w*|sited|hous(?:e|es|ed)|co-?locat\w*|next\s+to|near|beside|opposite|adjacent",
           "Greenway Recovery is based next to the sexual assault referral centre."),
]

#: Words that move a service from the body to another (a commissioner handing its commissioning
#: away does not commission it): "handed X to A", "transferred X to A", "delegated X to A".
MOVED_AWAY = (r"\bhand(?:s|ed|ing)\b(?!\s+of)|\b(?:transfer\w*|pass(?:es|ed|ing)?|mov(?:e|es|ed|ing)|delegat\w*|novat\w*|return\w*|"
              r"ced(?:e|es|ed|ing))\b[^;]*?\bto\b|\b(?:relinquish\w*|decommission\w*|withdr\w*|ceas\w*|stopp\w*|ended|ending|"
              r"lost|cut(?:\s+(?:back|off))?|scrapped|axed|terminated|cancelled|expired|lapsed)\b")

#: Words that give a service to another body, named after "to" or just after the word: "passed the
#: X budget to A", "handed A the contracts for X" (a commissioner-kind receiver commissions it).
MOVED_TO = (r"\b(?:hand(?:s|ed|ing)?(?:\s+over)?|transferr?(?:s|ed|ing)?|pass(?:es|ed|ing)?(?:\s+on|\s+over)?|"
            r"mov(?:e|es|ed|ing)|delegat(?:e|es|ed|ing)|novat(?:e|es|ed|ing)|gave|giv(?:e|es|en|ing))\b")

#: A word just before a service that makes it no object of the verb before ("meets with X", "refers to
#: X", "as well as X", "moved onto the same record as X").
NOT_OBJECT = (r"\b(?:with|to|from|about|by|into|onto|towards?|than|as|like|between|among|against|via|through|"
              r"without|beside|besides)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+)?$")

#: What a provider's possessive subject owns when it acts: its people ("B's school nurses run ...").
STAFF = (r"(?:staff|teams?|nurses?|clinicians?|workers?|doctors?|practitioners?|paediatricians?|midwives|visitors?|employees?|"
         r"consultants?|therapists?|psychologists?|professionals?|managers?|workforce|GPs?)")

#: A service commissioners employ rather than buy (designated professionals are a CCG's own staff).
OWN_STAFF_SERVICE = ("designated-professionals",)

#: A noun of action a provider-kind body owns over a service: "B's operation of X", "B's running of X".
ACTION_NOUN = r"[a-z][\w-]*(?:ion|ing|ment|ance|ence|ery|ship|age)"


def field_pattern() -> str:
    """The commissioning field as one pattern over whole words."""
    return r"(?<![\w-])(?:" + "|".join(f.pattern for f in COMMISSIONING_FIELD) + r")(?![\w-])"


def not_provision_pattern(commissioner: bool = False) -> str:
    """The closed list of non-provision as one pattern over whole words; for a commissioner's clause,
    less the family of paying (its own field), as what no commissioning is either ("was consulted
    on", "is reviewing how it funds", "paid for an audit of")."""
    families = [f.pattern for f in NOT_PROVISION if not (commissioner and f.pattern.startswith(_PAYING))]
    return r"(?<![\w-])(?:" + "|".join(families) + r")(?![\w-])"


#: Example sentences the kind reading gives (positives beside the families') and must not give
#: (negatives: denied, planned, past, moved away, a provider doing what is no provision).
KIND_CASES: list[Family] = [
    Family("", "Greenway Recovery looks after the drug and alcohol service.", ((P, GREENWAY, "substance-misuse"),)),
    Family("", "In Westford, NCHT now answers for health visiting and school nursing.",
           ((P, NCHT, "health-visiting"), (P, NCHT, "school-nursing"))),
    Family("", "CAMHS is staffed by NCHT.", ((P, NCHT, "camhs"),)),
    Family("", "School nursing is in the hands of NCHT.", ((P, NCHT, "school-nursing"),)),
    Family("", "Children value NCHT's stewardship of the school nursing service.", ((P, NCHT, "school-nursing"),)),
    Family("", "NCHT has answered for CAMHS since 2016, and NHS Westford CCG carries the cost.",
           ((P, NCHT, "camhs"), (C, CCG, "camhs"))),
    Family("", "NCHT does not look after CAMHS.", ()),
    Family("", "NCHT should look after CAMHS.", ()),
    Family("", "NCHT previously looked after CAMHS.", ()),
    Family("", "NCHT will look after CAMHS from April.", ()),
    Family("", "NHS Westford CCG handed the CAMHS budget to Westford City Council.", ((C, COUNCIL, "camhs"),)),
    Family("", "In 2019 NHS England handed NHS Westford CCG the budgets for CAMHS.", ((C, CCG, "camhs"),)),
    Family("", "NHS Westford CCG handed the CAMHS budget to NCHT.", ()),  # a provider receives no commissioning
    Family("", "NHS Westford CCG does not pay for CAMHS.", ()),
    Family("", "NHS Westford CCG met health visiting leaders.", ()),  # a commissioner, no word of the field
    Family("", "Greenway Recovery reviewed the school nursing service.", ()),
    Family("", "Greenway Recovery is bidding for school nursing.", ()),
    Family("", "Greenway Recovery invites the health visitor to its family meetings.", ()),
    Family("", "Greenway Recovery holds monthly meetings with the school nurses.", ()),
    Family("", "Children seen in CAMHS are assessed by Greenway Recovery's workers.", ()),  # CAMHS is no subject
    Family("", "Greenway Recovery's nurses keep the drug and alcohol service open late.", ((P, GREENWAY, "substance-misuse"),)),
    Family("", "Greenway Recovery's audit cycle covers the drug and alcohol service.", ()),  # not its people: left to the lexicon
    Family("", "NHS Westford CCG checks the designated nurses' contracts.", ()),  # its own staff, not a purchase
    Family("", "Since 2017 Westford City Council has bankrolled the drug and alcohol service.",
           ((C, COUNCIL, "substance-misuse"),)),
    Family("", "NHS England picks up the tab for the sexual assault referral centre.", ((C, ENGLAND, "sarc"),)),
    Family("", "Westford City Council went to market for health visiting in 2019.", ((C, COUNCIL, "health-visiting"),)),
    Family("", "NHS Westford CCG has no commissioning role in school nursing.", ()),  # denied by "no" before the word
    # the field without a subject: the one commissioner a clause of money names; a service held
    Family("", "The bill for school nursing lands with Westford City Council.", ((C, COUNCIL, "school-nursing"),)),
    Family("", "Health visiting is Westford City Council's financial responsibility.", ((C, COUNCIL, "health-visiting"),)),
    Family("", "The funding NHS Westford CCG gave to CAMHS ended in 2017.", ()),
    Family("", "The minor injuries unit has been in NCHT's hands since 2015.", ((P, NCHT, "minor-injuries-unit"),)),
    Family("", "The minor injuries unit is run from NCHT's main building.", ()),  # where it is
    # relative clauses and a fronted commissioner
    Family("", "NHS Westford CCG, which holds the CAMHS budget, has asked for a recovery plan.", ((C, CCG, "camhs"),)),
    Family("", "CAMHS, for which NHS Westford CCG holds the budget, has long waits.", ((C, CCG, "camhs"),)),
    Family("", "Under NHS Westford CCG's contract, NCHT now takes care of CAMHS.", ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    Family("", "NHS England pays for the SARC, with Westford City Council contributing a sum towards its running costs.",
           ((C, ENGLAND, "sarc"), (C, COUNCIL, "sarc"))),
    Family("", "NCHT, whose school nursing contract Westford City Council renewed in 2019, employs the health visitors.",
           ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"), (P, NCHT, "health-visiting"))),  # up to its comma
    Family("", "The health visiting service (provider NCHT, funder Westford City Council) was redesigned.",
           ((C, COUNCIL, "health-visiting"), (P, NCHT, "health-visiting"))),
    # lists and layouts by form
    Family("", "The services below are paid for by Westford City Council: school nursing; health visiting.",
           ((C, COUNCIL, "school-nursing"), (C, COUNCIL, "health-visiting"))),
    Family("", "Greenway Recovery is bidding for the following: school nursing; health visiting.", ()),
    Family("", "Providers and their services NCHT Health visiting School nursing Greenway Recovery Drug and alcohol service",
           ((P, NCHT, "health-visiting"), (P, NCHT, "school-nursing"), (P, GREENWAY, "substance-misuse"))),
    Family("", "Designated nurse for safeguarding – NHS Westford CCG Designated doctor for safeguarding – NCHT",
           ((P, CCG, "designated-professionals"), (P, NCHT, "designated-professionals"))),
    Family("", "School nursing: NCHT's; the drug and alcohol service: Greenway Recovery's.",
           ((P, NCHT, "school-nursing"), (P, GREENWAY, "substance-misuse"))),
    Family("", "Greenway Recovery trains NCHT staff in health visiting at Westford City Council offices.", ()),
    Family("", "Westford City Council public health contracts\nService\tHolder\tTerm\nSchool nursing\tNCHT\t2019-2024",
           ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),  # a TAB table under a payer's caption
    Family("", "Commissioner: NHS Westford CCG\nService: CAMHS\nProvider: NCHT",
           ((C, CCG, "camhs"), (P, NCHT, "camhs"))),  # a label-value block, the service's line second
]


@dataclass(frozen=True)
class Label:
    """A role noun (or participle with "by") that labels a body in a label-value line, the
    relation it gives (``by-kind``: what the body's kind does), and an example line."""

    pattern: str
    relation: str
    example: str
    gives: tuple[tuple[str, str, str], ...] = ()


#: Labels of a label-value line or cell, by the field of the noun: "Commissioner: A", "Budget holder
#: for X: A", "X – operator: B", "X<TAB>paid by<TAB>A". The services are those the label names ("for
#: X") or those before it, back to the last label's body (a row of a flattened list).
#: The words of a label naming who pays, each the label of two rows below ("Budget holder for X:", "Specification
#: and contract:"), and of a directory's field saying where the money comes from ("Paid for out of:").
_FUNDER = (r"funders?|funding\s+(?:body|source|organisation)|source\s+of\s+funding|budget(?:\s+holders?)?|purse\s+holders?|"
           r"paymasters?|payers?|purchasers?|buyers?|contracting\s+(?:body|authority)|contract\s+(?:managers?|owners?)|"
           r"paying\s+(?:CCG|council|body|organisation|commissioner|authority)|specification(?:\s+and\s+contract)?")
_MONEY_FROM = (r"funding(?:\s+(?:line|stream))?|money\s+from|purse|budget\s+line|(?:paid(?:\s+for)?|funded)\s+(?:out\s+of|from|"
               r"through|via|under)|(?:bought|commissioned|purchased)\s+(?:through|via|under)|contract\s+(?:managers?|owners?)\s+"
               r"(?:sits?|is|are|based)\s+(?:in|with|at)")

#: The words of a label naming who runs a service: "Provider:", "Operated by:", "Delivery partner:".
_RUNNER = (r"(?:service\s+)?(?:providers?|operators?|suppliers?|contractors?)|(?:contract\s+)?holders?|employers?|hosts?|"
           r"(?:(?:service|clinic|team|work)\s+)?(?:provided|operated|delivered|run|staffed|managed|hosted|employed|supplied)\s+by|"
           r"deliver(?:y|ing)\s+(?:body|partner|organisation|lead)|who\s+(?:runs|delivers|provides)")

ROLE_LABELS: list[Label] = [
    Label(r"(?:lead\s+|main\s+|joint\s+|co-?)?commissioners?|commissioning\s+(?:body|organisation|lead|authority)|"
          r"(?:commissioned|funded|paid(?:\s+for)?|bought|purchased|procured|contracted|financed|grant-?funded)\s+by|who\s+pays",
          "commissions", "Health visiting – commissioned by: Westford City Council.", ((C, COUNCIL, "health-visiting"),)),
    Label(_FUNDER,
          "commissions", "Budget holder for CAMHS: NHS Westford CCG.", ((C, CCG, "camhs"),)),
    Label(_FUNDER,
          "commissions", "School nurses: 14 posts. Specification and contract: Westford City Council public health team.",
          ((C, COUNCIL, "school-nursing"),)),
    # a service directory's fields (battery AH, made material in session 26): where the money comes from
    Label(_MONEY_FROM,
          "commissions", "Family Nurse Partnership. Paid for out of: Westford City Council public health grant.",
          ((C, COUNCIL, "family-nurse-partnership"),)),
    Label(_MONEY_FROM,
          "commissions", "CAMHS. Contract manager sits in: NHS Westford CCG, quality team.", ((C, CCG, "camhs"),)),
    # ... and who runs it: "Operating body: B", "Host and employer: B", "Delivered on the ground by: B"
    Label(r"operating\s+(?:body|organi[sz]ation|company)|(?:host|employer)(?:\s+and\s+(?:host|employer))|"
          r"(?:provided|operated|delivered|run|staffed|managed)\s+(?:on\s+the\s+ground|day[\s-]to[\s-]day|in\s+practice|locally|"
          r"directly|jointly|under\s+contract)\s+by",
          "provides", "School nursing. Operating body: NCHT. Funding: Westford City Council, public health grant.",
          ((P, NCHT, "school-nursing"), (C, COUNCIL, "school-nursing"))),
    Label(_RUNNER, "provides", "CAMHS – budget holder: NHS Westford CCG; operator: NCHT.", ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    # an action log's fields (battery AK, made material in session 27): "Service run by: B", "Delivery: B"
    Label(_RUNNER, "provides", "Action 2: school nursing drop-ins. Service run by: NCHT. RAG: green.", ((P, NCHT, "school-nursing"),)),
    Label(_RUNNER, "provides", "Health visiting. Delivery partner: NCHT. Due: March.", ((P, NCHT, "health-visiting"),)),
    # the staff of a service, their employer the value: "Forensic examiners: B", "Designated nurse: A employee"
    Label(r"(?:[\w-]+\s+){0,2}?(?:examiners|clinicians|staff|nurses?|doctors?|paediatricians?|practitioners|workers|workforce)",
          "provides", "Sexual assault referral centre: one site. Forensic examiners: NCHT.", ((P, NCHT, "sarc"),)),
    Label(r"(?:[\w-]+\s+){0,2}?(?:examiners|clinicians|staff|nurses?|doctors?|paediatricians?|practitioners|workers|workforce)",
          "provides", "Designated nurse: NHS Westford CCG employee, full time.", ((P, CCG, "designated-professionals"),)),
    # the contract's holder by kind: "Contract: A", "Main contract: A. Associate to it: B"
    Label(r"(?:main\s+|lead\s+|block\s+)?contracts?|associates?(?:\s+commissioners?)?(?:\s+to\s+(?:it|the\s+contract))?",
          "by-kind", "Health visiting: eight teams. Main contract: Westford City Council. Associate to it: NHS Westford CCG.",
          ((C, COUNCIL, "health-visiting"), (C, CCG, "health-visiting"))),
    Label(r"leads?|lead\s+(?:body|organisation|agency)|responsible\s+(?:body|organisation)|accountable\s+body",
          "by-kind", "Lead: Westford City Council.", ()),  # no service: nothing
    Label(r"leads?|lead\s+(?:body|organisation|agency)|responsible\s+(?:body|organisation)|accountable\s+body",
          "by-kind", "Lead for school nursing: Westford City Council.", ((C, COUNCIL, "school-nursing"),)),
]


def label_pattern(marked: bool = True) -> str:
    """The labels as one pattern, a named group per relation (``c``, ``p``, ``k``), with what the label
    is for ("for X"), since when ("since January 2014") and the mark after it (colon, tab, dash);
    without ``marked``, the label's words alone (a table's heading cell)."""
    groups = {"commissions": "c", "provides": "p", "by-kind": "k"}
    alternatives = {g: "|".join(dict.fromkeys(label.pattern for label in ROLE_LABELS if groups[label.relation] == g))
                    for g in groups.values()}
    words = r"(?<![\w-])(?:" + "|".join(f"(?P<{g}>{a})" for g, a in alternatives.items()) + r")"
    return words + (r"(?:\s+(?:for|of)\s+(?P<what>[^:;\t.]{2,80}?))?(?:\s+since\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?"
                    r"\s*(?::|\t|\s[-–—]\s)\s*" if marked else "")
