"""The words of commissioning and provision, and the roles they give.

Each row of :data:`LEXICON` is a word or phrase (a regular expression over its inflections and
nominal forms), the relation it speaks of, and its *voice*: where the interpreter
(:func:`clasgraph.ingest.relations.relations_in`) looks for the agent (who commissions or
provides) and for the services:

==============  ===========================================================================
voice           roles
==============  ===========================================================================
active          the body before the word is the agent; the services after it are done.
                "from B" after a commissioning word names the provider, "on behalf of C"
                the bodies commissioned for, "B to provide X" a body hired to provide.
passive         the services before the word are done; the bodies after it are the agents.
passive-from    "X is commissioned from B (by A)": B provides, A commissions.
passive-with    like passive, but which relation the nouns before the word say ("funding
                for X comes from A", "responsibility for delivering X rests with B"), else
                the kind of the body (a council, CCG or NHS England commissions).
active-with     like active, the relation chosen as for passive-with ("A is responsible
                for X", "A's remit covers X").
nominal         "the commissioning of X is (carried out by) A": the services between the
                word and the verb "to be", the bodies after it.
delegate        "A delegated commissioning of X to B": the bodies after "to" commission.
hyphen          "X is B-run", "a B-funded X" (B capitalised): the body just before the hyphen; the services before
                the word, else those after it.
placed-with     "A's contract for X is with B", "A places its X business with B": the body that
                holds or places the contract (before the word) commissions, the body after
                "with" provides; the services between the word and "with", else before it.
nominal-         "the provider of X, B, ...": the services between the word and the comma, the
apposition      body after it.
contract        "X is part of A's contract with B": the bodies named in and after the word do
                what their kind does (a council commissions, a trust provides).
modifier        like passive, for the nearest service before the word only ("Y, and X set
                up with A funding": A commissions X).
holds-to-       "A holds B to account for X": B provides X, A commissions it if a commissioner.
account
employment      "the designated nurses hold B contracts of employment": B provides the posts.
income-from     "B earns its income for X from A": B provides, A commissions (X after "for",
                else what was said before: "this work").
invoices        "B invoices A for X": B provides, A commissions.
one-of-its      "X is another of B's (or its) sites": B provides X.
received-from   "children have their assessments with B's paediatricians": B provides them.
==============  ===========================================================================

The relation is ``commissions``, ``provides`` or ``by-kind`` (chosen as for ``passive-with``).
``gives`` is what the example sentence yields, as (relation, body, service key) with the
bodies of the roster in :data:`EXAMPLE_ROSTER`.
"""

from __future__ import annotations

from dataclasses import dataclass


def active(stem: str, past: str = "", objects: str = "determiner") -> str:
    r"""A verb's present and -ing forms, and its past where it cannot be a passive participle:
    before "the", "a" or "an" ("commissioned the service", not "commissioned by"); with
    ``objects="any"``, before any word that is not a preposition, adverb or stop ("bought school
    nursing", not "bought from" or "bought, in 2016,").

    >>> import re
    >>> [bool(re.match(active("procure") + r"\b", w)) for w in ("procures", "procuring", "procured the", "procured by")]
    [True, True, True, False]
    >>> [bool(re.match(active("buy", "bought", objects="any") + r"\b", w)) for w in ("bought CAMHS", "bought from")]
    [True, False]
    """
    det = r"(?=\s+(?:the|a|an|its|their)\b)" if objects == "determiner" else (
        r"(?!\s*(?:[,.;:()]|$)|\s+(?:by|from|to|through|via|under|with|within|in|at|on|for|as|and|or|but|since|until|"
        r"when|while|who|which|that|before|after|over|out|up|jointly|[a-z]+ly)\b)")
    if stem.endswith("e"):
        return f"(?:{stem[:-1]}(?:e|es|ing)|{past or stem + 'd'}{det})"
    return f"(?:{stem}(?:s|ing)?|{past or stem + 'ed'}{det})"


@dataclass(frozen=True)
class Word:
    """One row of the lexicon."""

    pattern: str
    relation: str  # commissions, provides or by-kind
    voice: str
    example: str
    gives: tuple[tuple[str, str, str], ...] = ()


#: "has" as holding, only before a contract named as a thing held ("B has the community dental
#: contract"): not "has bid for", "has delegated its contracts".
_HAS_A_CONTRACT = (r"(?:has|have|having)(?=\s+(?:the|a|an|its|their|[\w&-]+['’]s)\s+(?:(?!bids?\b|tenders?\b)[\w'’-]+\s+){0,3}?"
                   r"contracts?\b)")
#: A contract said to be in force between two bodies, after "there is" (at a clause's start, "A
#: five-year agreement between A and B for X ...", the verb after may say it ended, moved or never began):
#: not a draft, a proposal, a data-sharing or partnership agreement, nor an earlier one.
_CONTRACT_BETWEEN = (r"(?:(?<=\bthere\sis\s)|(?<=\bthere\sare\s))(?:now\s+|also\s+|still\s+)?(?:an?|one|the)\s+"
                     r"(?:(?!draft\b|proposed\b|provisional\b|information\b|data\b|sharing\b|partnership\b|previous\b|"
                     r"former\b|old\b|earlier\b|original\b|last\b)[\w-]+\s+){0,3}?(?:contract|agreement|arrangement)s?\s+between")
_BE = r"(?:are|is|were|was|be|been|being)"
_ADV = r"(?:also\s+|mainly\s+|currently\s+|now\s+|jointly\s+|largely\s+|partly\s+|directly\s+|solely\s+)*"
_DO = r"(?:provide|deliver|run|operate|supply|offer)"
#: Verbs whose past participle before "by" names who commissions.
_PAID = (r"(?:co-|re-)?commissioned|contract[\s-]managed|contracted|funded|paid(?:\s+for)?|procured|purchased|bought|secured|(?:re-)?tendered|"
         r"financed|grant-funded|grant-aided|jointly\s+funded|resourced|underwritten|sponsored|subsidi[sz]ed|bankrolled")
#: Verbs whose past participle before "by" names who provides.
_DONE = (r"provided|delivered|run|hosted|managed|operated|staffed|employed|led|carried\s+out|undertaken|supplied|done|taken\s+over|"
         r"taken\s+care\s+of|seen\s+to|attended\s+to|"
         r"offered|administered|performed|sub-?contracted\s+out|engaged|owned")
#: Adjectives before "provider"/"commissioner".
_WHICH = (r"(?:main|sole|lead|principal|only|local|acute|community|specialist|current|incumbent|contracted|"
          r"commissioned|named|host|responsible|existing|new|single|joint|co-|chosen|preferred|appointed|usual)")
_PROVIDER = (r"(?:providers?|(?:successful|winning)\s+(?:bidders?|tenderers?)|contractors?|sub-?contractors?|incumbent|suppliers?|operators?|deliverers?|hosts?|"
             r"(?:providing|delivering|delivery|operating|hosting|host)\s+(?:party|parties|body|bodies|partners?|organi[sz]ations?))")
_COMMISSIONER = (r"(?:commissioners?|co-commissioners?|funders?|purchasers?|customers?|budget\s+holders?|paymasters?|"
                 r"contract\s+managers?|grant[\s-](?:givers?|makers?)|sources?\s+of\s+(?:funding|money|finance|payment)|"
                 r"funding\s+(?:sources?|streams?|routes?)|"
                 r"(?:commissioning|funding|paying|purchasing|contracting)\s+(?:party|parties|body|bodies|partners?|authority|authorities))")

#: A body's service or staff said aside (prov8): ", an NCHT service,", " – an NCHT team –", ", NCHT's,",
#: ", all NCHT staff,".
_APPOSED_SERVICE = (r"(?:,|\s[–—])\s+(?:an?|the)(?=\s+(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})\s+(?:services?|teams?|units?|clinics?|"
         r"programmes?|responsibility)\s*[,)–—])"
         r"|,\s+(?=(?:the\s+)?(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})['’]s\s*[,)–—])"
         r"|(?:,|\s[–—])\s+(?:all|both|each|mostly|largely)(?=\s+(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})\s+"
         r"(?:employees?|staff|nurses?|clinicians?|practitioners?)\s*[,)–—])")

#: After the verb "to be", words that name who pays: "is borne by", "is met in full by", "is a matter for", "sits with".
_PAYER_NAMED = (rf"{_BE}\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?(?:(?:borne|met|paid|covered|shared|split|funded|financed|made|"
                r"done|carried\s+out|handled|undertaken|managed|led|picked\s+up)(?:\s+in\s+full)?\s+(?:by|between|from)|"
                r"(?:a\s+matter|a\s+question|the\s+(?:responsibility|job|task|role|business))\s+(?:for|of)|with|down\s+to|up\s+to)\b")
#: Words of doing joined by a hyphen to the body that does them ("NCHT-run", "CCG-funded"): of
#: providing, and of paying. The rows "hyphen" below read them; organisations ends a body's name
#: before them ("Lintwick CCG-funded"), and relations reads modifiers stacked before one service.
HYPHEN_PROVIDING = "run|led|managed|operated|provided|delivered|staffed|hosted"
HYPHEN_PAYING = "funded|commissioned|financed|purchased|contracted|bought"
C, P = "COMMISSIONS", "PROVIDES"
COUNCIL, CCG, ENGLAND = "westford-city-council", "westford-ccg", "nhs-england"
NCHT, GREENWAY = "northmoor-community-health-trust", "greenway-recovery"
#: The bodies the examples name: (name, alias, included in the header).
EXAMPLE_ROSTER = [("Northmoor Community Health NHS Trust", "NCHT"), ("NHS Westford CCG", ""),
                  ("Westford City Council", ""), ("Greenway Recovery", ""), ("NHS England", "")]


#: A cost borne: a verb of bearing, meeting or sharing before a noun of cost ("meets the cost of",
#: "shoulders the expense of", "picks up the bill for", "foots the whole bill for").
COST_BORNE = (r"(?:meets?|met|meeting|covers?|covered|covering|bears?|bore|borne|bearing|shares?|shared|sharing|splits?|splitting"
              r"|foots?|footed|footing|shoulders?|shouldered|shouldering|stands?|stood|standing|settles?|settled|settling"
              r"|(?:picks?|picked|picking)\s+up|absorbs?|absorbed|absorbing)\s+"
              r"(?:the\s+|all\s+the\s+|most\s+of\s+the\s+|part\s+of\s+the\s+|the\s+full\s+|the\s+entire\s+|the\s+whole\s+"
              r"|(?:a|its|their)\s+share\s+of\s+the\s+|half\s+(?:of\s+)?the\s+)?"
              r"(?:costs?\s+of|expenses?\s+of|bills?\s+for)"
              r"|(?:hands?|handed|handing)\s+over\s+(?:the\s+)?(?:money|funds|funding|cash)\s+for")

LEXICON: list[Word] = [
    # commissioning as English says it (comm8) ------------------------------------------------
    # (the inventory these rows come from: docs/commissioning-english.md; the battery that measures
    # them: tests/test_english_commissioning.py. First in the lexicon: where a row here and a general
    # one match at one place, the more particular reading here wins.)
    # funding given: "A provides the funding for X", "A allocates money towards X"
    Word(r"(?:provides?|provided|providing|gives?|gave|giving|allocates?|allocated|allocating|contributes?|contributed|"
         r"contributing|supplies|supplied|puts?\s+up)\s+(?:the\s+|its\s+|their\s+|an?\s+|most\s+of\s+the\s+|"
         r"(?:all|much|part)\s+of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:funding|money|grants?|funds|finance|budget)\s+"
         r"(?:for|towards?)\b",
         "commissions", "active",
         "NHS England provides the funding for the sexual assault referral centre.", ((C, ENGLAND, "sarc"),)),
    # a grant or contract given to a body named between: "A awarded B the contract for X", "A gives B a grant for X"
    Word(r"(?:gives?|gave|awards?|awarded|grants?|granted|pays?|paid|offers?|offered)(?=\s+(?:the\s+)?(?-i:[A-Z][\w&'’-]*"
         r"(?:\s+[A-Z][\w&'’-]*){0,5})\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:grants?|contracts?|funding|money|tenders?)\s+"
         r"(?:for|to)\b)",
         "commissions", "active",
         "Westford City Council awarded Greenway Recovery the contract for sexual health services.",
         ((C, COUNCIL, "sexual-health"), (P, GREENWAY, "sexual-health"))),
    # a contract placed, awarded or given to a body after "to" or "with": "A placed the contract for X with B"
    Word(r"(?:places?|placed|placing|awards?|awarded|awarding|gives?|gave|grants?|granted)\s+(?=(?:its|their|the|an?)\s+"
         r"(?:[\w-]+\s+){0,4}?(?:contracts?|grants?|tenders?)\b[^;.]{0,60}?\s+(?:with|to)\s+(?:the\s+)?(?-i:[A-Z]))",
         "commissions", "placed-with",
         "NHS Westford CCG placed the contract for CAMHS with NCHT.",
         ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    # the contract's other party after "with": "A manages (renewed, extended, monitors) the X contract with B"
    Word(r"(?:manages?|managed|managing|monitors?|monitored|monitoring|oversees?|oversaw|overseeing|renew(?:s|ed|ing)?|"
         r"extend(?:s|ed|ing)?|re-?let(?:s|ting)?|re-?negotiat(?:es|ed|ing)|negotiat(?:es|ed|ing)|vari(?:es|ed))\s+"
         r"(?=(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,4}?contracts?\b[^;.]{0,60}?\s+with\s+(?:the\s+)?(?-i:[A-Z]))",
         "commissions", "placed-with",
         "Westford City Council monitors its substance misuse contract with Greenway Recovery.",
         ((C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    Word(r"(?:manages?|managed|managing|monitors?|monitored|monitoring|oversees?|oversaw|overseeing|renew(?:s|ed|ing)?|"
         r"extend(?:s|ed|ing)?|re-?let(?:s|ting)?|re-?negotiat(?:es|ed|ing)|negotiat(?:es|ed|ing)|vari(?:es|ed))\s+"
         r"(?=(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,4}?contracts?\b[^;.]{0,60}?\s+with\s+(?:the\s+)?(?-i:[A-Z]))",
         "commissions", "placed-with",
         "NCHT manages its health visiting contract with Westford City Council closely.",
         ((C, COUNCIL, "health-visiting"), (P, NCHT, "health-visiting"))),
    # a body's contract renewed: "A extended B's X contract"
    Word(r"(?:renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|re-?let(?:s|ting)?|vari(?:es|ed))\s+"
         r"(?=(?:[\w&'’-]+\s+){0,5}?[\w&-]+['’]s\s+(?:[\w-]+\s+){0,4}?contracts?\b)",
         "commissions", "active",
         "NHS Westford CCG has extended NCHT's maternity contract by two years.",
         ((C, CCG, "maternity"), (P, NCHT, "maternity"))),
    # a contract won from a commissioner: "B won the X contract from A", "B was awarded the X tender from A"
    Word(r"(?:won|wins?|secured|secures?|gained|obtained|(?:was|were|has\s+been|have\s+been)\s+(?:re-)?awarded)\s+"
         r"(?:the\s+|a\s+|an\s+|its\s+)?(?=(?:[\w'’-]+\s+){0,4}?(?:contracts?|tenders?)\b[^;.]{0,60}?\bfrom\b)",
         "provides", "income-from",
         "In 2018 NCHT secured the school nursing contract from Westford City Council.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    # a grant or payment received: "B receives a grant from A for X", "B is paid by A"
    Word(r"(?:receives?|received|receiving|gets?|got|(?:is|are|was|were)\s+given)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
         r"(?:[\w-]+\s+){0,2}?(?:grants?|funding|money|payments?|funds|fees?)(?=[^;]{0,60}?\bfrom\b)",
         "provides", "income-from",
         "Greenway Recovery gets an annual grant from NHS Westford CCG for its sexual health outreach.",
         ((C, CCG, "sexual-health"), (P, GREENWAY, "sexual-health"))),
    # nominal: "paying for X is a matter for A", "the cost of X is borne by A" (what the verb "to be" says after it
    # names the payer: "is borne by", "is a matter for", "rests with"; not "is a concern for B")
    Word(rf"(?:the\s+)?(?:(?:full\s+|whole\s+)?costs?|bills?|paying|payment|financing|resourcing|buying|contracting|tendering|"
         rf"re-?tendering|re-?procurement|contract\s+management|management\s+of\s+the\s+contracts?)\s+(?:for|of)"
         rf"(?=\s+(?:\S+\s+){{0,8}}?{_PAYER_NAMED})",
         "commissions", "nominal",
         "Resourcing of the family nurse partnership is a matter for Westford City Council.",
         ((C, COUNCIL, "family-nurse-partnership"),)),
    Word(rf"(?:the\s+)?(?:(?:full\s+|whole\s+)?costs?|bills?|paying|payment|financing|resourcing|buying|contracting|tendering|"
         rf"re-?tendering|re-?procurement|contract\s+management|management\s+of\s+the\s+contracts?)\s+(?:for|of)"
         rf"(?=\s+(?:\S+\s+){{0,8}}?{_PAYER_NAMED})",
         "commissions", "nominal",
         "The cost of the minor injuries unit is borne by NHS Westford CCG.",
         ((C, CCG, "minor-injuries-unit"),)),
    # a body's own act named as a noun: "A's funding of X has grown" (not one withdrawn or ended)
    Word(r"(?<=['’]s\s)(?:(?:joint|continued|own|current|core|recurrent)\s+)?(?:funding|financing|commissioning|purchasing|"
         r"procurement|resourcing|contract\s+management)\s+(?:of|for)\b"
         r"(?![^;.]{0,80}\b(?:withdrawn|ended|ceased|stopped|ends|ending|cut\s+off|is\s+to\s+end|will\s+end)\b)",
         "commissions", "possessor",
         "NHS Westford CCG's funding of the perinatal mental health service has doubled.",
         ((C, CCG, "perinatal-mental-health"),)),
    # whose money pays: "B runs X at A's expense", "X is delivered on A's behalf", "at the cost of A"
    Word(r"(?:at|on)\s+(?=(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?[\w&-]+['’]s?\s+(?:own\s+)?(?:expense|cost|behalf)\b)"
         r"|at\s+the\s+(?:behest\s+and\s+)?(?:expense|cost)\s+of",
         "commissions", "at-expense",
         "Greenway Recovery runs the substance misuse service at Westford City Council's expense.",
         ((C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    Word(r"(?:at|on)\s+(?=(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?[\w&-]+['’]s?\s+(?:own\s+)?(?:expense|cost|behalf)\b)"
         r"|at\s+the\s+(?:behest\s+and\s+)?(?:expense|cost)\s+of",
         "commissions", "at-expense",
         "School nursing is delivered by NCHT on NHS Westford CCG's behalf.",
         ((C, CCG, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(r"(?:at|on)\s+(?=(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?[\w&-]+['’]s?\s+(?:own\s+)?(?:expense|cost|behalf)\b)"
         r"|at\s+the\s+(?:behest\s+and\s+)?(?:expense|cost)\s+of",
         "commissions", "at-expense",
         "The sexual assault referral centre is in the charge of NCHT, at the behest and expense of NHS England.",
         ((C, ENGLAND, "sarc"), (P, NCHT, "sarc"))),
    # apposition after the provider: "B, A's provider of X, ..."
    Word(rf",\s+(?=(?:the\s+)?(?:[\w&'’-]+\s+){{0,5}}?[\w&-]+['’]s\s+(?:{_WHICH}\s+)*(?:{_PROVIDER})\s+(?:of|for)\b[^,;]{{1,80}},)",
         "provides", "appositive-role",
         "Greenway Recovery, Westford City Council's contractor for substance misuse services, has a new manager.",
         ((C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    Word(rf"{_BE}\s+(?:also\s+|now\s+|still\s+)?(?=(?:the\s+)?(?:[\w&'’-]+\s+){{0,5}}?[\w&-]+['’]s\s+(?:{_WHICH}\s+)*(?:{_PROVIDER})\s+"
         r"(?:of|for)\b)",
         "provides", "appositive-role",
         "Greenway Recovery is Westford City Council's commissioned provider of sexual health services.",
         ((C, COUNCIL, "sexual-health"), (P, GREENWAY, "sexual-health"))),
    # budgets pooled: "A and B pool their budgets for X"
    # the money's host: "A hosts a pooled budget for X" (a commissioner's act, not a service hosted)
    Word(r"(?:hosts?|hosted|hosting|holds?|held|manages?|managed)\s+(?:a|an|the|its|their)\s+(?:joint\s+|pooled\s+|shared\s+|aligned\s+)+"
         r"(?:budgets?|funds?|pots?)\s+(?:for|on|covering)\b",
         "commissions", "active",
         "Westford City Council hosts a pooled budget for CAMHS under a section 75 agreement.",
         ((C, COUNCIL, "camhs"),)),
    # the specification's owner commissions: "The service specification for X is owned by A"
    Word(r"(?:the\s+)?(?:service\s+)?specifications?\s+(?:for|of)\s+[^,;]{1,60}?\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?"
         r"(?:owned|written|set|held|agreed)\s+by",
         "commissions", "passive",
         "The service specification for health visiting is owned by Westford City Council.",
         ((C, COUNCIL, "health-visiting"),)),
    # work taken in-house: "A brought X in-house" (A runs it now)
    Word(r"(?:brought|taken|took)\s+(?=[^.;]{1,60}?\bin-?house\b)",
         "provides", "active",
         "Westford City Council brought school nursing in-house in 2018.",
         ((P, COUNCIL, "school-nursing"),)),
    Word(r"pool(?:s|ed|ing)?\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:budgets?|funding|money|resources|funds)\s+(?:for|on)\b"
         r"|(?:put|puts|putting)\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:money|funding|budgets?)\s+into\s+an?\s+(?:pooled|joint|shared)\s+"
         r"(?:budget|fund|pot)\s+for",
         "commissions", "active",
         "Westford City Council and NHS Westford CCG pool their funding for the family nurse partnership.",
         ((C, COUNCIL, "family-nurse-partnership"), (C, CCG, "family-nurse-partnership"))),
    # a contract held or let, said of the contract for the services: "Contracts for X and Y are held by A"
    Word(rf"(?:the\s+)?(?:contracts?|tenders?)\s+(?:for|to\s+(?:provide|deliver|run))\s+[^,;]{{1,60}}?\s+{_BE}\s+{_ADV}"
         r"(?:held|let|awarded|issued|placed|managed|monitored)\s+by",
         "by-kind", "passive",
         "The contracts for CAMHS and maternity services are managed by NHS Westford CCG.",
         ((C, CCG, "camhs"), (C, CCG, "maternity"))),
    # the winner of a tender named after it: "A re-tendered X in 2017; B was the successful bidder"
    Word(rf"{_BE}\s+(?:the\s+)?(?:successful|winning|preferred)\s+(?:bidders?|tenderers?|applicants?|organisations?)\b"
         r"(?!\s+(?:for|of|in)\b)|(?:won|wins)(?=\s*(?:[.;]|$))",
         "provides", "winner",
         "Westford City Council re-tendered school nursing in 2019, and NCHT was the successful bidder.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    # responsibility handed to a body named after the verb: "A handed B full responsibility for X"
    Word(r"(?:hands?|handed|gives?|gave|given|passed|delegated|delegates?|transferred|granted)(?=\s+(?:the\s+)?(?-i:[A-Z])[^,;]{1,60}?\s+"
         r"(?:full\s+|sole\s+|overall\s+|delegated\s+|the\s+)?(?:responsibility|authority|powers?|budgets?)\s+(?:for|over|to)\b)",
         "by-kind", "given-to",
         "In 2017 NHS England gave NHS Westford CCG full responsibility for commissioning primary care.",
         ((C, CCG, "primary-care"),)),
    # contracts managed for a service: "A oversees (monitors, administers) the X contracts" (a commissioner's work)
    Word(r"(?:manages?|managed|oversees?|oversaw|monitors?|monitored|administers?|administered|negotiates?|negotiated)\s+"
         r"(?=(?:the\s+|its\s+|their\s+|all\s+)?(?:(?!and\b)[\w-]+\s+){0,4}?contracts?\b(?!\s+(?:with|to|from|of|for)\b))",
         "by-kind", "active",
         "NHS Westford CCG monitors the maternity contracts closely.", ((C, CCG, "maternity"),)),
    # other verbs of buying: "A sources X from B", "A buys in X", "A arranges X (from B)"
    Word(r"(?:sources|sourcing|obtains|obtaining|arranges|arranging|buys\s+in|buying\s+in|buy\s+in)(?!\s+(?:of|for|to|that)\b)"
         r"|(?:sourced|obtained|arranged|bought\s+in)(?=\s+(?:the|a|an|its|their)\b)",
         "commissions", "active",
         "NHS Westford CCG sources most of its maternity care from NCHT.",
         ((C, CCG, "maternity"), (P, NCHT, "maternity"))),
    # "X is contracted out to B by A": the provider first, then who lets the contract
    Word(r"(?:contracted\s+out|outsourced|sub-?contracted|let|awarded|given)\s+to(?=\s+[^,;]{1,60}?\s+by\s)",
         "provides", "out-to",
         "Health visiting was contracted out to NCHT by Westford City Council in 2015.",
         ((C, COUNCIL, "health-visiting"), (P, NCHT, "health-visiting"))),
    # ---------------------------------------------------------------------- end of comm8 block
    Word(rf"(?:{_BE}\s+{_ADV}|(?<=,\s))(?:(?:co-)?commissioned|bought|purchased|procured|secured)\s+(?:jointly\s+)?from", "commissions",
         "passive-from",
         "Health visiting is commissioned from NCHT by Westford City Council.",
         ((P, NCHT, "health-visiting"), (C, COUNCIL, "health-visiting"))),
    Word(rf"(?:{_BE}\s+{_ADV}|(?<=,\s))(?:(?:co-)?commissioned|bought|purchased|procured|secured)\s+(?:jointly\s+)?from", "commissions",
         "passive-from",
         "Sexual health services are bought from Greenway Recovery, under a contract that runs to 2020, by NHS Westford CCG.",
         ((P, GREENWAY, "sexual-health"), (C, CCG, "sexual-health"))),
    Word(rf"{_BE}\s+{_ADV}(?:commissioned|contracted|funded|procured|purchased|bought)\s+to\s+{_DO}",
         "provides", "active",
         "NCHT is contracted to deliver school nursing.", ((P, NCHT, "school-nursing"),)),
    Word(rf"(?:{_PAID})\s+(?:\w+\s+){{0,2}}?by", "commissions", "passive",
         "School nursing is commissioned by Westford City Council.", ((C, COUNCIL, "school-nursing"),)),
    Word(rf"(?:{_PAID})\s+(?:\w+\s+){{0,2}}?by", "commissions", "passive",
         "Sexual health services are procured by Westford City Council.", ((C, COUNCIL, "sexual-health"),)),
    Word(rf"(?:{_PAID})\s+(?:\w+\s+){{0,2}}?by", "commissions", "passive",
         "CAMHS is funded jointly by NHS Westford CCG.", ((C, CCG, "camhs"),)),
    Word(rf"{_BE}\s+(?:also\s+)?(?:the\s+)?(?:sole\s+|joint\s+|shared\s+)?(?:responsibility|remit|"
         r"accountability|business|job|task|role|duty|work|province|domain|preserve|purview|territory)\s+of"
         rf"|(?:{_BE}|lies|lie|lay|rests?|rested|sits?|sat|remains?|remained)\s+(?:\w+\s+)?(?:in|under|within)\s+the\s+"
         r"(?:hands|charge|keeping|control|gift|stewardship)\s+of",
         "by-kind", "passive-with",
         "Commissioning of CAMHS is the responsibility of NHS Westford CCG.", ((C, CCG, "camhs"),)),
    Word(rf"{_BE}\s+(?:also\s+)?(?:the\s+)?(?:sole\s+|joint\s+|shared\s+)?(?:responsibility|remit|"
         r"accountability|business|job|task|role|duty|work|province|domain|preserve|purview|territory)\s+of"
         rf"|(?:{_BE}|lies|lie|lay|rests?|rested|sits?|sat|remains?|remained)\s+(?:\w+\s+)?(?:in|under|within)\s+the\s+"
         r"(?:hands|charge|keeping|control|gift|stewardship)\s+of",
         "by-kind", "passive-with",
         "Delivery of the school nursing service is the responsibility of NCHT.",
         ((P, NCHT, "school-nursing"),)),
    Word(rf"{_BE}\s+(?:also\s+)?(?:the\s+)?(?:sole\s+|joint\s+|shared\s+)?(?:responsibility|remit|"
         r"accountability|business|job|task|role|duty|work|province|domain|preserve|purview|territory)\s+of"
         rf"|(?:{_BE}|lies|lie|lay|rests?|rested|sits?|sat|remains?|remained)\s+(?:\w+\s+)?(?:in|under|within)\s+the\s+"
         r"(?:hands|charge|keeping|control|gift|stewardship)\s+of",
         "by-kind", "passive-with",
         "Initial health assessments are the job of NCHT's paediatricians.",
         ((P, NCHT, "looked-after-childrens-health"),)),
    Word(r"(?:lies|lie|lay|rests|rest|rested|sits|sit|sat|remains?|remained|resides?|stays?|stayed|is\s+held|are\s+held|"
         r"(?:has|have|had)\s+been|(?:is|are)\s+(?:now|still|(?:almost\s+)?(?:entirely|wholly|largely|mostly|chiefly))|"
         r"was\s+held)\s+with"
         r"|(?:belongs?|belonged|belonging)\s+to", "by-kind", "passive-with",
         "Responsibility for commissioning school nursing rests with Westford City Council.",
         ((C, COUNCIL, "school-nursing"),)),
    Word(r"(?:lies|lie|lay|rests|rest|rested|sits|sit|sat|remains?|remained|resides?|stays?|stayed|is\s+held|are\s+held|"
         r"(?:has|have|had)\s+been|(?:is|are)\s+(?:now|still|(?:almost\s+)?(?:entirely|wholly|largely|mostly|chiefly))|"
         r"was\s+held)\s+with"
         r"|(?:belongs?|belonged|belonging)\s+to", "by-kind", "passive-with",
         "The budget for health visiting sits with Westford City Council.",
         ((C, COUNCIL, "health-visiting"),)),
    Word(r"(?:lies|lie|lay|rests|rest|rested|sits|sit|sat|remains?|remained|resides?|stays?|stayed|is\s+held|are\s+held|"
         r"(?:has|have|had)\s+been|(?:is|are)\s+(?:now|still|(?:almost\s+)?(?:entirely|wholly|largely|mostly|chiefly))|"
         r"was\s+held)\s+with"
         r"|(?:belongs?|belonged|belonging)\s+to", "by-kind", "passive-with",
         "Maternity care for the county is almost entirely with NCHT.",
         ((P, NCHT, "maternity"),)),
    Word(r"(?:falls?|fell|falling|comes?|came|sits?|lies?)\s+(?:with)?in\s+(?:the\s+)?(?:remit|responsibility|"
         r"portfolio|budget)\s+of|(?:falls?|fell|comes?|came)\s+(?:with)?in|(?:falls?|fell|comes?|came|sits?|sat|lies?)\s+under"
         rf"|{_BE}\s+(?:\w+\s+)?within\s+(?:the\s+)?(?:remit|responsibility|portfolio|budget)\s+of"
         rf"|(?:{_BE}|sits?|sat|lies?|lay)\s+(?:\w+\s+)?(?:with)?in(?=\s+(?:\S+\s+){{1,6}}?(?:remit|responsibility|portfolio|budget)\b)",
         "by-kind", "passive-with",
         "Family nurse partnership falls within Westford City Council's remit.",
         ((C, COUNCIL, "family-nurse-partnership"),)),
    Word(r"(?:transferred|passed|moved|went|returned|switched|reverted)\s+(?:back\s+|across\s+|over\s+)?(?:from\s+[^,;]{1,60}?\s+)?to"
         r"|(?:changed|changes|change)\s+hands\b[^;]{0,40}?\bto(?=\s+(?:the\s+)?[A-Z])"
         r"|(?:falls?|fell|falling)\s+to(?!\s+\d)", "by-kind", "passive-with",
         "In 2015 responsibility for commissioning health visiting moved to Westford City Council.",
         ((C, COUNCIL, "health-visiting"),)),
    Word(r"(?:transferred|passed|moved|went|returned|switched|reverted)\s+(?:back\s+|across\s+|over\s+)?(?:from\s+[^,;]{1,60}?\s+)?to"
         r"|(?:changed|changes|change)\s+hands\b[^;]{0,40}?\bto(?=\s+(?:the\s+)?[A-Z])"
         r"|(?:falls?|fell|falling)\s+to(?!\s+\d)", "by-kind", "passive-with",
         "The running of the minor injuries unit transferred to NCHT in 2016.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(r"(?:comes?|came|is\s+drawn|are\s+drawn|was\s+drawn|flows?|funded|financed|paid\s+for)\s+(?:directly\s+|wholly\s+|partly\s+)?"
         r"(?:from|out\s+of|via|through)",
         "by-kind",
         "passive-with",
         "Funding for the substance misuse service comes from Westford City Council.",
         ((C, COUNCIL, "substance-misuse"),)),
    Word(r"seconded\s+(?:from|by)|supplied\s+by|(?:provided|employed|funded|managed)\s+by(?=\s+(?:\S+\s+){1,6}?"
         r"(?:works?|worked|working|based|sits?|sat)\s+(?:in|within|at|with|for)\b)",
         "provides", "staff",
         "A nurse seconded from NCHT works in the youth offending service.", ((P, NCHT, "youth-offending"),)),
    Word(r"seconded\s+(?:from|by)|supplied\s+by|(?:provided|employed|funded|managed)\s+by(?=\s+(?:\S+\s+){1,6}?"
         r"(?:works?|worked|working|based|sits?|sat)\s+(?:in|within|at|with|for)\b)",
         "provides", "staff",
         "School nursing is supplied by NCHT.", ((P, NCHT, "school-nursing"),)),
    Word(r"(?:nurses|visitors|midwives|practitioners|therapists|paediatricians|clinicians|workers|consultants)"
         r"\s+(?:employed\s+by|from)(?=\s+(?:the\s+)?[A-Z])", "provides", "staff",
         "Health visitors from NCHT see every new baby.", ((P, NCHT, "health-visiting"),)),
    Word(rf"(?:{_DONE})\s+(?:through|via|by)\s+(?:a\s+)?(?:partnership|collaboration|consortium|alliance)\s+"
         rf"(?:between|of)|{_BE}\s+(?:also\s+)?(?:a|an)\s+(?:joint\s+)?(?:partnership|collaboration|consortium|alliance)\s+(?:between|of)",
         "provides", "passive",
         "Sexual health services are provided through a partnership between NCHT and Greenway Recovery.",
         ((P, NCHT, "sexual-health"), (P, GREENWAY, "sexual-health"))),
    Word(rf"(?:{_DONE})\s+(?:through|via|by)\s+(?:a\s+)?(?:partnership|collaboration|consortium|alliance)\s+"
         rf"(?:between|of)|{_BE}\s+(?:also\s+)?(?:a|an)\s+(?:joint\s+)?(?:partnership|collaboration|consortium|alliance)\s+(?:between|of)",
         "provides", "passive",
         "The 0-19 service is a partnership of NCHT and Greenway Recovery.",
         ((P, NCHT, "public-health-nursing"), (P, GREENWAY, "public-health-nursing"))),
    Word(rf"(?:{_DONE})\s+(?:\w+\s+){{0,3}}?(?:(?:at|in|from|under|through|via|across|within|on)\s+[^,;]{{1,60}}?\s+)?by", "provides", "passive",
         "School nursing is delivered by NCHT.", ((P, NCHT, "school-nursing"),)),
    Word(rf"(?:{_DONE})\s+(?:\w+\s+){{0,3}}?(?:(?:at|in|from|under|through|via|across|within|on)\s+[^,;]{{1,60}}?\s+)?by", "provides", "passive",
         "CAMHS (commissioned by NHS Westford CCG, delivered by NCHT) has a long waiting list.",
         ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    Word(rf"(?:{_DONE})\s+(?:\w+\s+){{0,3}}?(?:(?:at|in|from|under|through|via|across|within|on)\s+[^,;]{{1,60}}?\s+)?by", "provides", "passive",
         "The emergency department is operated by NCHT.", ((P, NCHT, "emergency-department"),)),
    Word(r"(?:supplies|supplied|provides|provided|seconds|seconded|employs|employed)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+)?"
         r"(?:[\w-]+\s+){0,3}?(?:nurses?|staff|workers?|practitioners?|clinicians?|therapists?|doctors?|paediatricians?)"
         r"\s+(?:who|that|which)\s+(?:works?|is\s+based|are\s+based|sits?)\s+(?:in|with|within|at|for)",
         "provides", "active",
         "NCHT supplies the nurse who works in the youth offending service.", ((P, NCHT, "youth-offending"),)),
    Word(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:paediatricians?|nurses?|staff|doctors?|practitioners?|clinicians?|workers?|"
         r"therapists?|midwives|midwife|health\s+visitors?|consultants?)\s+(?:undertake|carry\s+out|complete|provide|deliver|"
         r"run|do|see|lead|staff)s?\b", "provides", "active",
         "NCHT's paediatricians undertake initial health assessments.", ((P, NCHT, "looked-after-childrens-health"),)),
    Word(r"(?:seconds|seconded|supplies|supplied|lends|lent|attaches|attached|provides|provided|contributes|contributed)\s+"
         r"(?:an?\s+|the\s+|two\s+|three\s+)?"
         r"(?:[\w-]+\s+){0,3}?(?:nurses?|staff|workers?|practitioners?|clinicians?|therapists?|doctors?|paediatricians?)\s+to\b",
         "provides", "assigned",
         "Greenway Recovery also seconds a school nurse to the youth offending service.",
         ((P, GREENWAY, "youth-offending"),)),
    Word(r"(?:make\s+up|makes\s+up|made\s+up|form|forms|formed|staff|staffs)\s+(?!(?:under|on|in|at|for|with|from|through|via)\b)(?=(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+['’]s\s)",
         "provides",
         "passive",
         "The designated nurse and the designated doctor make up NHS Westford CCG's safeguarding team.",
         ((P, CCG, "designated-professionals"),)),
    Word(rf"{_BE}\s+(?:all\s+|both\s+|also\s+)?(?:the\s+)?services\s+(?:of|run\s+by|provided\s+by)", "by-kind", "passive-with",
         "The emergency department and the maternity unit are all services of NCHT.",
         ((P, NCHT, "emergency-department"), (P, NCHT, "maternity"))),
    Word(r"employed\s+by|(?:are|is|were|was)\s+(?:all\s+)?(?:employees|on\s+the\s+payroll|on\s+the\s+staff|members\s+of\s+staff|members)\s+of"
         rf"|{_BE}(?=\s+(?:[\w'’-]+\s+){{1,6}}?(?:staff|employees|personnel|appointments|appointees|consultants|people)\b(?!\s+(?:of|from)\b))",
         "provides", "passive",
         "The designated nurses are on the payroll of NHS Westford CCG.", ((P, CCG, "designated-professionals"),)),
    Word(r"employed\s+by|(?:are|is|were|was)\s+(?:all\s+)?(?:employees|on\s+the\s+payroll|on\s+the\s+staff|members\s+of\s+staff|members)\s+of"
         rf"|{_BE}(?=\s+(?:[\w'’-]+\s+){{1,6}}?(?:staff|employees|personnel|appointments|appointees|consultants|people)\b(?!\s+(?:of|from)\b))",
         "provides", "passive",
         "The designated nurses are NHS Westford CCG staff.", ((P, CCG, "designated-professionals"),)),
    Word(r"employed\s+by|(?:are|is|were|was)\s+(?:all\s+)?(?:employees|on\s+the\s+payroll|on\s+the\s+staff|members\s+of\s+staff|members)\s+of"
         rf"|{_BE}(?=\s+(?:[\w'’-]+\s+){{1,6}}?(?:staff|employees|personnel|appointments|appointees|consultants|people)\b(?!\s+(?:of|from)\b))",
         "provides", "passive",
         "The two designated nurses are NHS Westford CCG appointments.", ((P, CCG, "designated-professionals"),)),
    Word(rf"(?:{_BE}|sits?|sat)\s+(?:also\s+|now\s+|all\s+)?on(?=\s+(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?[\w-]+['’]s\s+(?:own\s+)?"
         r"(?:payroll|books|staff|establishment)\b)", "provides", "passive",
         "The designated nurses are on NHS Westford CCG's own payroll.", ((P, CCG, "designated-professionals"),)),
    Word(rf"(?:{_BE}|sits?|sat)\s+(?:also\s+|now\s+|all\s+)?on(?=\s+(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?[\w-]+['’]s\s+(?:own\s+)?"
         r"(?:payroll|books|staff|establishment)\b)", "provides", "passive",
         "The school nurses sit on NCHT's books.", ((P, NCHT, "school-nursing"),)),
    Word(r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+)?(?:seconded|attached|deployed|assigned|outposted)\s+"
         r"(?:to|into|with|within)\b", "provides", "seconded",
         "A Greenway Recovery nurse is seconded to the youth offending service.", ((P, GREENWAY, "youth-offending"),)),
    Word(r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:based|located|stationed|embedded|co-located)\s+(?:in|at|within|with)\b",
         "provides", "seconded",
         "An NCHT therapist is also based in the youth offending service.", ((P, NCHT, "youth-offending"),)),
    Word(r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:based|located|stationed|embedded|co-located)\s+(?:in|at|within|with)\b",
         "provides", "seconded",
         "The minor injuries unit is based within NCHT.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(r"(?:hold|holds|held|have|has|had)\s+(?=(?:an?\s+|the\s+)?(?:[\w&'’-]+\s+){1,4}?(?:contracts?\s+of\s+employment|"
         r"employment\s+contracts?)\b)", "provides", "employment",
         "The designated doctor and nurse hold NCHT contracts of employment.", ((P, NCHT, "designated-professionals"),)),
    # on the employer's books: "The 0-19 service employs 148 staff, all on B's books", "X's nurses are on B's payroll"
    Word(r"(?:(?:is|are|was|were)\s+(?:all\s+|now\s+|also\s+)?|,\s+all\s+)on\s+(?=(?:the\s+)?(?:[\w&'’-]+\s+){0,4}?[\w&-]+['’]s\s+"
         r"(?:books|payroll)\b)", "provides", "employment",
         "The school nursing service has 40 staff, all on NCHT's books.", ((P, NCHT, "school-nursing"),)),
    # paid through a provider's contract with the commissioner: "X's nurses are paid through the trust's contract with A"
    Word(r"(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:paid|funded|financed|resourced)\s+(?:for\s+)?(?:through|under|via|out\s+of|from)\s+"
         r"(?=(?:the|its|their|[\w&-]+['’]s)\s+(?:[\w&'’-]+\s+){0,4}?contracts?\s+with\b)", "by-kind", "contract",
         "The forensic examiners at the sexual assault referral centre are paid through the company's contract with NHS England.",
         ((C, ENGLAND, "sarc"),)),
    Word(r"(?:makes?|made|making)\s+(?:\w+\s+)?available", "provides", "active",
         "The designated doctor is a paediatrician whom NCHT makes available to NHS Westford CCG.",
         ((P, NCHT, "designated-professionals"),)),
    Word(r"(?:holds?|held|organi[sz]es|organi[sz]ed|convenes?|convened)(?=\s+(?:the\s+|its\s+|their\s+|weekly\s+|regular\s+)?"
         r"(?:[\w()-]+\s+){0,6}?(?:clinics?|sessions?|assessments?|appointments?|drop-ins?)\b)", "provides", "active",
         "NCHT paediatricians hold initial health assessments at the hospital.",
         ((P, NCHT, "looked-after-childrens-health"),)),
    Word(r"(?:holds?|held|organi[sz]es|organi[sz]ed|convenes?|convened)(?=\s+(?:the\s+|its\s+|their\s+|weekly\s+|regular\s+)?"
         r"(?:[\w()-]+\s+){0,6}?(?:clinics?|sessions?|assessments?|appointments?|drop-ins?)\b)", "provides", "active",
         "Greenway Recovery organises the sexual health clinics for young people.", ((P, GREENWAY, "sexual-health"),)),
    Word(r"(?:renew(?:s|ed|ing)?|extend(?:s|ed|ing)?)\s+(?=(?:the\s+)?(?:[\w&'’-]+\s+){0,4}?contracts?\s+(?:for|to)\b)",
         "commissions", "active",
         "Westford City Council renewed Greenway Recovery's contract for sexual health services in 2019.",
         ((C, COUNCIL, "sexual-health"), (P, GREENWAY, "sexual-health"))),
    Word(r"(?:negotiates?|negotiated|monitors?|monitored|administers?|administered|oversees?|oversaw)"
         r"(?:\s+and\s+(?:negotiates?|monitors?|administers?|manages?|oversees?))?\s+"
         r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?contracts?\s+(?:of|for|with)\b", "by-kind", "active",
         "NHS England negotiates and monitors the contracts of the city's general practices.",
         ((C, ENGLAND, "primary-care"),)),
    Word(r"(?:earns?|earned|earning|receives?|received|gets?|got|draws?|drew)\s+(?:most\s+of\s+|much\s+of\s+|all\s+of\s+|part\s+of\s+)?"
         r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:income|funding|money|payments?)(?=[^;]{0,60}?\bfrom\b)", "provides", "income-from",
         "Greenway Recovery runs the sexual health clinics and earns its income for this work from Westford City Council.",
         ((P, GREENWAY, "sexual-health"), (C, COUNCIL, "sexual-health"))),
    Word(r"employed\s+by|(?:are|is|were|was)\s+(?:all\s+)?(?:employees|on\s+the\s+payroll|on\s+the\s+staff|members\s+of\s+staff|members)\s+of"
         rf"|{_BE}(?=\s+(?:[\w'’-]+\s+){{1,6}}?(?:staff|employees|personnel|appointments|appointees|consultants|people)\b(?!\s+(?:of|from)\b))",
         "provides", "passive",
         "The designated doctor and the designated nurse are members of the NHS Westford CCG nursing directorate.",
         ((P, CCG, "designated-professionals"),)),
    Word(r"(?:does|do|did)(?=\s+(?:the|its|their|all|most|much)\s+(?:[\w'’-]+\s+){0,5}?(?:work|job|jobs)\b)", "provides", "active",
         "Greenway Recovery, a charity, does the county's drug and alcohol work with young people.",
         ((P, GREENWAY, "substance-misuse"),)),
    Word(r"(?:puts?|putting)\s+(?:money|funding|funds)\s+(?=into\b)|"
         r"contribut(?:e|es|ed|ing)(?=\s+(?:jointly\s+|equally\s+)?(?:(?:to|towards)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
         r"(?:[\w-]+\s+){0,3}?(?:fund|budget|pool|costs?|funding|money|prices?|bills?)\b|under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
         r"(?:agreement|arrangement)\b))", "commissions", "active",
         "The budget for CAMHS is pooled: Westford City Council and NHS Westford CCG both contribute under a joint agreement.",
         ((C, COUNCIL, "camhs"), (C, CCG, "camhs"))),
    Word(r"(?:puts?|putting)\s+(?:money|funding|funds)\s+(?=into\b)|"
         r"contribut(?:e|es|ed|ing)(?=\s+(?:jointly\s+|equally\s+)?(?:(?:to|towards)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
         r"(?:[\w-]+\s+){0,3}?(?:fund|budget|pool|costs?|funding|money|prices?|bills?)\b|under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
         r"(?:agreement|arrangement)\b))", "commissions", "active",
         "Westford City Council puts money into a shared budget for school nursing.",
         ((C, COUNCIL, "school-nursing"),)),
    Word(r"employed\s+(?:by|through|via)|(?:are|is)\s+employees\s+of", "provides", "passive",
         "School nurses are employed by NCHT.", ((P, NCHT, "school-nursing"),)),
    Word(r"sub-?contracted\s+(?:by\s+[^,;]+?\s+)?to|outsourced\s+to|contracted\s+out\s+to", "provides", "passive",
         "Substance misuse services are sub-contracted to Greenway Recovery.",
         ((P, GREENWAY, "substance-misuse"),)),
    # the other party to a contract or agreement is the commissioner or the provider by its kind:
    # "B runs X under a council contract", "A has X under an agreement with B"
    Word(r"(?:under|on)\s+(?:an?\s+|the\s+|its\s+)?(?=(?:[\w'’-]+\s+){1,4}?(?:contract|agreement)\b)", "by-kind", "passive",
         "School nursing is delivered by NCHT under a council contract.",
         ((P, NCHT, "school-nursing"), (C, COUNCIL, "school-nursing"))),
    Word(r"under\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:contract|agreement|arrangement|grant)\s+(?:to|with|from)", "by-kind", "passive",
         "Greenway Recovery delivers substance misuse services under contract to Westford City Council.",
         ((P, GREENWAY, "substance-misuse"), (C, COUNCIL, "substance-misuse"))),
    Word(r"under\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:contract|agreement|arrangement|grant)\s+(?:to|with|from)", "by-kind", "passive",
         "Greenway Recovery runs the young people's drug and alcohol service under a grant from Westford City Council.",
         ((P, GREENWAY, "substance-misuse"), (C, COUNCIL, "substance-misuse"))),
    Word(r"(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+)?(?:a|an|one|another)\s+(?:further\s+|other\s+|separate\s+|second\s+|third\s+)?"
         r"(?=[^;.,]{1,40}?\b(?:contract|agreement)s?\s+with\b)",
         "by-kind", "contract",
         "The minor injuries unit is a further NCHT contract with NHS Westford CCG.",
         ((P, NCHT, "minor-injuries-unit"), (C, CCG, "minor-injuries-unit"))),
    Word(r"(?:(?:is|are|was|were)\s+(?:also\s+|now\s+|both\s+)?)?(?:part\s+of|covered\s+by|included\s+in|within)\s+"
         r"(?:(?:the|a|an|its|their|one)\s+)?(?:[\w'’-]+\s+){0,4}?(?:contract|agreement)s?\b(?=[^;.]{0,80}?\bwith\b)",
         "by-kind", "contract",
         "Health visiting is part of Westford City Council's block contract with NCHT.",
         ((C, COUNCIL, "health-visiting"), (P, NCHT, "health-visiting"))),
    # run by a body, said with a noun of managing: "X is under the operational management of B"
    Word(r"(?:is|are|was|were|sits?|comes?|falls?)\s+(?:now\s+|also\s+)?under\s+the\s+(?:day-to-day\s+|operational\s+|clinical\s+|"
         r"direct\s+|line\s+)*(?:management|control|direction|running|leadership)\s+of",
         "provides", "passive",
         "The county's sexual assault referral centre is under the operational management of NCHT.",
         ((P, NCHT, "sarc"),)),
    # a contract said to exist between two bodies, its services after them: "There is a contract
    # between A and B for X" (one in force: not "there was")
    Word(_CONTRACT_BETWEEN, "by-kind", "contract-between",
         "There is a contract between Westford City Council and Greenway Recovery for substance misuse services.",
         ((C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    # the services as what a contract is about: "X is the subject of a contract between A and B"
    Word(r"(?:(?:is|are|was|were)\s+(?:also\s+|now\s+)?)?(?:the\s+)?(?:subject|object)\s+of\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?"
         r"(?:contract|agreement)\s+(?=between\b|with\b)",
         "by-kind", "contract",
         "Sexual health services are the subject of a contract between Westford City Council and NCHT, let in 2016.",
         ((C, COUNCIL, "sexual-health"), (P, NCHT, "sexual-health"))),
    # a second clause naming the commissioner of the services the first named: "B runs X and Y, with
    # commissioning of both by A"
    Word(r"(?:with|and)\s+(?:the\s+)?(?:commissioning|funding|procurement|purchasing|contract\s+management)\s+of\s+"
         r"(?:both|all\s+(?:three|four|of\s+them)|each|them|these|the\s+(?:two|three|four)(?:\s+services)?)\s+by",
         "commissions", "passive",
         "Maternity and health visiting are run by NCHT, with commissioning of both by NHS Westford CCG.",
         ((C, CCG, "maternity"), (C, CCG, "health-visiting"), (P, NCHT, "maternity"), (P, NCHT, "health-visiting"))),
    Word(r"(?:takes?\s+place|took\s+place|happens?|happened|(?:is|are)\s+(?:held|done|carried\s+out))\s+(?:in|at)"
         r"(?=\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?[\w&-]+['’]s\s(?!(?:[\w-]+\s+)?(?:offices|buildings?|premises|headquarters|"
         r"town\s+hall|civic\s+cent(?:re|er)|librar(?:y|ies)|rooms?|estate)\b))", "provides", "passive",
         "Initial health assessments take place in NCHT's community clinics.",
         ((P, NCHT, "looked-after-childrens-health"),)),
    Word(r"whose\s+(?:[\w'’-]+\s+){1,5}?(?:houses|hosts|contains|has|includes?|covers?|comprises?)\b", "provides", "active",
         "The CCG contracts with NCHT, whose Westford site houses the minor injuries unit.",
         ((P, NCHT, "minor-injuries-unit"),)),
    Word(r"whose\s+(?:[\w'’-]+\s+){1,5}?(?:houses|hosts|contains|has|includes?|covers?|comprises?)\b", "provides", "active",
         "Brookside is the main site of NCHT, whose services there include the emergency department and maternity care.",
         ((P, NCHT, "emergency-department"), (P, NCHT, "maternity"))),
    Word(rf"{_BE}\s+(?:also\s+|now\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?(?:part|share|portion|bulk)\s+of"
         r"(?=\s+(?:the\s+)?(?:[\w&-]+\s+){0,4}?[\w-]+['’]s\s+(?:[\w-]+\s+){0,3}?"
         r"(?:spending|spend|budget|allocation|grant|commissioning|purchasing)\b)",
         "by-kind", "passive",
         "School nursing and health visiting are the largest part of Westford City Council's public health spending.",
         ((C, COUNCIL, "school-nursing"), (C, COUNCIL, "health-visiting"))),
    Word(r"(?:is|are)\s+(?:also\s+)?(?:part\s+of|based\s+(?:in|within)|located\s+(?:in|within)|hosted\s+within)"
         r"|sits?\s+within", "provides", "passive",
         "The minor injuries unit is part of NCHT.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(rf"(?:is|are|was|were|remains?|remained)\s+(?:also\s+|still\s+)?(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:{_WHICH}\s+)*{_COMMISSIONER}\s+(?:for|of)"
         rf"|,\s+(?:the|a|an|as)\s+(?:{_WHICH}\s+)*{_COMMISSIONER}\s+(?:for|of)|\bas\s+(?:the\s+)?{_COMMISSIONER}"
         r"\s+(?:for|of)(?!\s+the\s+service\b)",
         "commissions", "active",
         "NHS Westford CCG is the lead commissioner for CAMHS.", ((C, CCG, "camhs"),)),
    Word(rf"(?:is|are|was|were|remains?|remained)\s+(?:also\s+|still\s+)?(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:{_WHICH}\s+)*{_COMMISSIONER}\s+(?:for|of)"
         rf"|,\s+(?:the|a|an|as)\s+(?:{_WHICH}\s+)*{_COMMISSIONER}\s+(?:for|of)|\bas\s+(?:the\s+)?{_COMMISSIONER}"
         r"\s+(?:for|of)(?!\s+the\s+service\b)",
         "commissions", "active",
         "NHS Westford CCG is also NCHT's commissioner for the minor injuries unit.",
         ((C, CCG, "minor-injuries-unit"), (P, NCHT, "minor-injuries-unit"))),
    Word(rf"(?:is|are|was|were|remains?|remained)\s+(?:also\s+|still\s+)?(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:{_WHICH}\s+)*{_COMMISSIONER}\s+(?:for|of)"
         rf"|,\s+(?:the|a|an|as)\s+(?:{_WHICH}\s+)*{_COMMISSIONER}\s+(?:for|of)|\bas\s+(?:the\s+)?{_COMMISSIONER}"
         r"\s+(?:for|of)(?!\s+the\s+service\b)",
         "commissions", "active",
         "NHS Westford CCG remains the main commissioner of NCHT, which runs the emergency department.",
         ((C, CCG, "emergency-department"), (P, NCHT, "emergency-department"))),
    Word(rf"(?:{_PAID})\s+(?:\w+\s+){{0,2}}?by", "commissions", "passive",
         "The perinatal mental health pilot is underwritten by NHS England.", ((C, ENGLAND, "perinatal-mental-health"),)),
    Word(rf"(?:{_PAID})\s+(?:\w+\s+){{0,2}}?by", "commissions", "passive",
         "Greenway Recovery runs the drug and alcohol service; it is grant-aided by Westford City Council.",
         ((P, GREENWAY, "substance-misuse"), (C, COUNCIL, "substance-misuse"))),
    Word(r"(?:sponsors?|subsidi[sz]es|underwrites)(?=\s+(?:the|its|their|an?)\b|\s*(?:[.;,]|$))"
         r"|(?:resources|reimburs(?:es|ed|ing))(?=\s+(?:(?:the|its|their|an?)\b|(?-i:[A-Z])))", "commissions", "active",
         "Greenway Recovery runs the sexual health service, which Westford City Council sponsors.",
         ((P, GREENWAY, "sexual-health"), (C, COUNCIL, "sexual-health"))),
    Word(r"(?:sponsors?|subsidi[sz]es|underwrites)(?=\s+(?:the|its|their|an?)\b|\s*(?:[.;,]|$))"
         r"|(?:resources|reimburs(?:es|ed|ing))(?=\s+(?:(?:the|its|their|an?)\b|(?-i:[A-Z])))", "commissions", "active",
         "The designated doctor is employed by NCHT; NHS Westford CCG reimburses NCHT for her time.",
         ((P, NCHT, "designated-professionals"), (C, CCG, "designated-professionals"))),
    Word(r"(?:contracted|engaged|sourced|supplied|recruited|hired)\s+(?:through|via)", "provides", "passive",
         "The sexual assault referral centre's doctors are contracted through Greenway Recovery.",
         ((P, GREENWAY, "sarc"),)),
    Word(rf"{_BE}\s+(?:now\s+|also\s+|still\s+)?the\s+(?:organisation|organization|body|company|trust|people|provider)s?\s+behind",
         "by-kind", "active",
         "NCHT is now the organisation behind school nursing and the minor injuries unit.",
         ((P, NCHT, "school-nursing"), (P, NCHT, "minor-injuries-unit"))),
    Word(r"(?:holds?|held|holding)(?=\s+(?:the\s+)?[^,;]{1,60}?\s+(?:to\s+account|accountable|responsible)\s+for\b)",
         "commissions", "holds-to-account",
         "NHS Westford CCG holds NCHT to account for CAMHS through a single contract.",
         ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    Word(r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:re-)?(?:awarded|let|given|transferred|passed)\s+to",
         "provides", "passive-from",
         "The school nursing contract was let to NCHT by Westford City Council.",
         ((P, NCHT, "school-nursing"), (C, COUNCIL, "school-nursing"))),
    Word(r"(?:holds?|held|manages?|managed|controls?|controlled)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
         r"budgets?\s+(?:for|of)", "commissions", "active",
         "Westford City Council controls the ring-fenced budget for sexual health services.",
         ((C, COUNCIL, "sexual-health"),)),
    Word(rf"(?:{_BE}|remains?|remained)(?=\s+(?:both\s+|all\s+|also\s+|still\s+|now\s+)?(?:an?\s+|the\s+)?(?-i:(?:[A-Z][\w'’&-]*\s+){{1,6}}?)"
         r"(?:services|service|teams?|responsibility|operation|sites?|units?|business)\b"
         r"(?!\s+(?:of|for|from|to|in|at|with)\b))", "by-kind", "passive-with",
         "Health visiting and the family nurse partnership are all NCHT services.",
         ((P, NCHT, "health-visiting"), (P, NCHT, "family-nurse-partnership"))),
    Word(rf"(?:{_BE}|remains?|remained)(?=\s+(?:both\s+|all\s+|also\s+|still\s+|now\s+)?(?:an?\s+|the\s+)?(?-i:(?:[A-Z][\w'’&-]*\s+){{1,6}}?)"
         r"(?:services|service|teams?|responsibility|operation|sites?|units?|business)\b"
         r"(?!\s+(?:of|for|from|to|in|at|with)\b))", "by-kind", "passive-with",
         "The minor injuries unit remains an NCHT service.",
         ((P, NCHT, "minor-injuries-unit"),)),
    Word(rf"(?:{_BE}|remains?|remained)(?=\s+(?:both\s+|all\s+|also\s+|still\s+|now\s+)?(?:an?\s+|the\s+)?(?-i:(?:[A-Z][\w'’&-]*\s+){{1,6}}?)"
         r"(?:services|service|teams?|responsibility|operation|sites?|units?|business)\b"
         r"(?!\s+(?:of|for|from|to|in|at|with)\b))", "by-kind", "passive-with",
         "The minor injuries unit is also an NCHT responsibility, and school nursing a Westford City Council one.",
         ((P, NCHT, "minor-injuries-unit"),)),
    Word(r"(?:works?|worked|working)\s+(?:directly\s+|mainly\s+|now\s+)?for(?=\s+(?:the\s+)?(?-i:[A-Z]))", "provides", "passive",
         "The SARC opened in 2017, and the doctors who examine children there work for Greenway Recovery.",
         ((P, GREENWAY, "sarc"),)),
    Word(rf"{_BE}\s+(?:both\s+|all\s+|also\s+|jointly\s+|now\s+)?(?=[\w-]+-(?:commissioned|funded|procured|purchased)\b)",
         "commissions", "passive",
         "Health visiting and school nursing are both council-commissioned.",
         ((C, COUNCIL, "health-visiting"), (C, COUNCIL, "school-nursing"))),
    # the provider as the first half of an adjective: "The 0-19 workforce is NCHT-employed too"
    Word(rf"{_BE}\s+(?:both\s+|all\s+|also\s+|now\s+)?(?=(?!contract-)[\w-]+-(?:employed|run|staffed|delivered|provided|operated)\b)",
         "provides", "passive",
         "Health visiting and school nursing are both NCHT-run.",
         ((P, NCHT, "health-visiting"), (P, NCHT, "school-nursing"))),
    Word(rf"{_BE}(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?[\w-]+(?:['’]s|s['’])(?:\s+(?:too|also|as\s+well))?\s*(?:[.;,]|$))", "by-kind",
         "passive-with",
         "The minor injuries unit is NCHT's.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(rf"{_BE}(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?[\w-]+(?:['’]s|s['’])\s+(?:sole\s+|joint\s+|shared\s+)?"
         r"(?:responsibility|remit|job|task|role|business|duty|accountability)\b)", "by-kind", "passive-with",
         "Quality assurance of CAMHS is NHS Westford CCG's joint responsibility.", ((C, CCG, "camhs"),)),
    Word(rf"{_BE}(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?[\w-]+(?:['’]s|s['’])\s+(?:sole\s+|joint\s+|shared\s+)?"
         r"(?:responsibility|remit|job|task|role|business|duty|accountability)\b)", "by-kind", "passive-with",
         "CAMHS is the two CCGs' business.", ((C, CCG, "camhs"),)),
    Word(r"(?:has|have|holds?|held)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:contracts?|agreements?|arrangements?|"
         r"(?<=standing\s)orders?|SLAs?)(?=\s+with\b)|contracts?(?=\s+with\b)"
         r"|contracts(?=\s+for\b)|contracted(?=\s+for\b)|lets(?=\s+(?:\w+\s+)?(?:with|to|from|for)\b)|lets?\s+(?:it|the\s+contract)"
         r"|(?<=['’]s\s)(?:[\w-]+\s+)?(?:agreements?|arrangements?)(?=\s+with\b)", "commissions", "active",
         "For acute hospital services, NHS Westford CCG holds its contract with NCHT.",
         ((C, CCG, "acute-hospital"), (P, NCHT, "acute-hospital"))),
    Word(r"(?:has|have|holds?|held)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:contracts?|agreements?|arrangements?)(?=\s+with\b)|contracts?(?=\s+with\b)"
         r"|contracts(?=\s+for\b)|contracted(?=\s+for\b)|lets(?=\s+(?:\w+\s+)?(?:with|to|from|for)\b)|lets?\s+(?:it|the\s+contract)"
         r"|(?<=['’]s\s)(?:[\w-]+\s+)?(?:agreements?|arrangements?)(?=\s+with\b)", "commissions", "active",
         "NCHT's arrangement with NHS Westford CCG takes in the minor injuries unit.",
         ((C, CCG, "minor-injuries-unit"), (P, NCHT, "minor-injuries-unit"))),
    Word(r"(?:has|have|holds?|held)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:contracts?|agreements?|arrangements?)(?=\s+with\b)|contracts?(?=\s+with\b)"
         r"|contracts(?=\s+for\b)|contracted(?=\s+for\b)|lets(?=\s+(?:\w+\s+)?(?:with|to|from|for)\b)|lets?\s+(?:it|the\s+contract)"
         r"|(?<=['’]s\s)(?:[\w-]+\s+)?(?:agreements?|arrangements?)(?=\s+with\b)", "commissions", "active",
         "Greenway Recovery, which the council contracts for substance misuse services, has a new manager.",
         ((C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    Word(rf"(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|continues?\s+to\s+be|became|becomes|become)\s+(?:also\s+|still\s+)?"
         rf"(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:{_WHICH}\s+)*{_PROVIDER}\s+(?:of|for)"
         rf"|,\s+(?:the|a|an)\s+(?:{_WHICH}\s+)*{_PROVIDER}\s+(?:of|for)",
         "provides", "active",
         "NCHT is the incumbent provider of health visiting.", ((P, NCHT, "health-visiting"),)),
    Word(rf"(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|continues?\s+to\s+be|became|becomes|become)\s+(?:also\s+|still\s+)?"
         rf"(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:{_WHICH}\s+)*{_PROVIDER}\s+(?:of|for)"
         rf"|,\s+(?:the|a|an)\s+(?:{_WHICH}\s+)*{_PROVIDER}\s+(?:of|for)",
         "provides", "active",
         "Greenway Recovery, the provider of substance misuse services, has a new manager.",
         ((P, GREENWAY, "substance-misuse"),)),
    Word(rf"(?:is|are|was|were|has\s+been|have\s+been|remains?|remained|continues?\s+to\s+be|became|becomes|become)\s+(?:also\s+|still\s+)?"
         rf"(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:{_WHICH}\s+)*{_PROVIDER}\s+(?:of|for)"
         rf"|,\s+(?:the|a|an)\s+(?:{_WHICH}\s+)*{_PROVIDER}\s+(?:of|for)",
         "provides", "active",
         "NCHT is the contract holder for school nursing.", ((P, NCHT, "school-nursing"),)),
    Word(rf"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|both\s+|still\s+)*(?:the|its|their|an?|[A-Z][\w-]*['’]s)\s+"
         rf"(?:(?!(?:is|are|was|were)\b)[\w'’-]+\s+(?:and\s+(?:its|their|the)\s+)?){{1,8}}?{_PROVIDER}\b(?!\s+(?:of|for))",
         "provides", "active",
         "NCHT is now both the county's school nursing provider and its health visiting provider.",
         ((P, NCHT, "school-nursing"), (P, NCHT, "health-visiting"))),
    Word(rf"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|both\s+|still\s+)*(?:the|its|their|an?|[A-Z][\w-]*['’]s)\s+"
         rf"(?:(?!(?:is|are|was|were)\b)[\w'’-]+\s+(?:and\s+(?:its|their|the)\s+)?){{1,8}}?{_COMMISSIONER}\b(?!\s+(?:of|for))",
         "commissions", "active",
         "Westford City Council is the area's sexual health commissioner.", ((C, COUNCIL, "sexual-health"),)),
    Word(rf"(?:[\w-]+['’]s|its|their|^\s*[Tt]he)\s+(?:{_WHICH}\s+)*{_COMMISSIONER}(?=\s+{_BE}\b)",
         "commissions", "nominal",
         "CAMHS has a long waiting list; the service's commissioner is NHS Westford CCG.", ((C, CCG, "camhs"),)),
    Word(rf"(?:[\w-]+['’]s|its|their|^\s*[Tt]he)\s+(?:{_WHICH}\s+)*{_COMMISSIONER}(?=\s+{_BE}\b)",
         "commissions", "nominal",
         "CAMHS has a long waiting list; the commissioner is NHS Westford CCG.", ((C, CCG, "camhs"),)),
    Word(rf"(?:[\w-]+['’]s|its|their|^\s*[Tt]he)\s+(?:{_WHICH}\s+)*{_PROVIDER}(?=\s+{_BE}\b)",
         "provides", "nominal",
         "Health visiting was reorganised in 2017; its provider is NCHT.", ((P, NCHT, "health-visiting"),)),
    Word(r"leads?\s+(?:on\s+)?(?:the\s+)?(?:commissioning|procurement|purchasing|funding)\s+(?:of|for)", "commissions",
         "active", "Westford City Council leads the commissioning of health visiting.",
         ((C, COUNCIL, "health-visiting"),)),
    Word(rf"(?:holds?|held|retains?|retained|won|wins?|secured|secures?|took\s+on|takes?\s+on|taken\s+on|inherited|{_HAS_A_CONTRACT})\s+"
         rf"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:contracts?|tenders?|bids?)\b(?!\s+(?:from|with)\b)(?:\s+(?:for|to\s+{_DO}))?"
         rf"|(?:was|were|has\s+been|have\s+been)\s+(?:re-)?awarded\s+(?:the\s+|a\s+)?(?:[\w–-]+\s+){{0,5}}?"
         rf"contracts?\b(?:\s+(?:for|to\s+{_DO}))?",
         "by-kind", "active",
         "Greenway Recovery won the tender to provide substance misuse services.",
         ((P, GREENWAY, "substance-misuse"),)),
    Word(rf"(?:holds?|held|retains?|retained|won|wins?|secured|secures?|took\s+on|takes?\s+on|taken\s+on|inherited|{_HAS_A_CONTRACT})\s+"
         rf"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:contracts?|tenders?|bids?)\b(?!\s+(?:from|with)\b)(?:\s+(?:for|to\s+{_DO}))?"
         rf"|(?:was|were|has\s+been|have\s+been)\s+(?:re-)?awarded\s+(?:the\s+|a\s+)?(?:[\w–-]+\s+){{0,5}}?"
         rf"contracts?\b(?:\s+(?:for|to\s+{_DO}))?",
         "by-kind", "active",
         "NCHT was awarded the contract for health visiting.", ((P, NCHT, "health-visiting"),)),
    Word(rf"(?:holds?|held|retains?|retained|won|wins?|secured|secures?|took\s+on|takes?\s+on|taken\s+on|inherited|{_HAS_A_CONTRACT})\s+"
         rf"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:contracts?|tenders?|bids?)\b(?!\s+(?:from|with)\b)(?:\s+(?:for|to\s+{_DO}))?"
         rf"|(?:was|were|has\s+been|have\s+been)\s+(?:re-)?awarded\s+(?:the\s+|a\s+)?(?:[\w–-]+\s+){{0,5}}?"
         rf"contracts?\b(?:\s+(?:for|to\s+{_DO}))?",
         "by-kind", "active",
         "In 2018 Greenway Recovery inherited the substance misuse contract.", ((P, GREENWAY, "substance-misuse"),)),
    Word(rf"(?:holds?|held|retains?|retained|won|wins?|secured|secures?|took\s+on|takes?\s+on|taken\s+on|inherited|{_HAS_A_CONTRACT})\s+"
         rf"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:contracts?|tenders?|bids?)\b(?!\s+(?:from|with)\b)(?:\s+(?:for|to\s+{_DO}))?"
         rf"|(?:was|were|has\s+been|have\s+been)\s+(?:re-)?awarded\s+(?:the\s+|a\s+)?(?:[\w–-]+\s+){{0,5}}?"
         rf"contracts?\b(?:\s+(?:for|to\s+{_DO}))?",
         "by-kind", "active",
         "Westford City Council holds the contracts for sexual health and CAMHS.",
         ((C, COUNCIL, "sexual-health"), (C, COUNCIL, "camhs"))),
    Word(rf"(?:contracts?|tenders?|agreements?)\s+(?:{_BE}\s+)?{_ADV}(?:let|awarded|issued|placed|managed|monitored)\s+by"
         r"|(?:budgets?|purse\s+strings|funding|money)\s+(?:(?:is|are|was|were)\s+)?(?:held|controlled|kept)\s+by"
         r"|(?:holds?|held|has|have|had)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?contracts?\s+from",
         "commissions", "passive",
         "NCHT employs the school nurses under a contract let by Westford City Council.",
         ((P, NCHT, "school-nursing"), (C, COUNCIL, "school-nursing"))),
    Word(rf"(?:contracts?|tenders?|agreements?)\s+(?:{_BE}\s+)?{_ADV}(?:let|awarded|issued|placed|managed|monitored)\s+by"
         r"|(?:budgets?|purse\s+strings|funding|money)\s+(?:(?:is|are|was|were)\s+)?(?:held|controlled|kept)\s+by"
         r"|(?:holds?|held|has|have|had)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+)?contracts?\s+from",
         "commissions", "passive",
         "Greenway Recovery, which runs substance misuse services, holds a contract from Westford City Council.",
         ((P, GREENWAY, "substance-misuse"), (C, COUNCIL, "substance-misuse"))),
    Word(rf"{_BE}(?=\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+['’]s?\s+to\s+(?:commission|fund|buy|procure|pay\s+for)\b)",
         "commissions", "passive",
         "Dental services are NHS England's to commission.", ((C, ENGLAND, "dental"),)),
    Word(rf"{_BE}(?=\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+['’]s?\s+to\s+(?:provide|deliver|run)\b)",
         "provides", "passive",
         "School nursing is NCHT's to deliver.", ((P, NCHT, "school-nursing"),)),
    Word(r"(?:has|have|holds?|held)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:contracts?|agreements?|arrangements?)(?=\s+with\b)|contracts?(?=\s+with\b)"
         r"|contracts(?=\s+for\b)|contracted(?=\s+for\b)|lets(?=\s+(?:\w+\s+)?(?:with|to|from|for)\b)|lets?\s+(?:it|the\s+contract)"
         r"|(?<=['’]s\s)(?:[\w-]+\s+)?(?:agreements?|arrangements?)(?=\s+with\b)"
         r"|(?:re-)?awarded\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?contracts?(?=\s+(?:for|to)\b)"
         rf"|contracts?(?=\s+(?:\S+\s+){{1,10}}?to\s+{_DO}\b)",
         "commissions", "active",
         "Westford City Council awarded the school nursing contract to NCHT.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(rf"(?:{_BE}\s+{_ADV}|(?<=,\s))(?:(?:co-)?commissioned|bought|purchased|procured|secured)\s+(?:jointly\s+)?from", "commissions",
         "passive-from",
         "School nursing, bought from NCHT, has a new lead.", ((P, NCHT, "school-nursing"),)),
    Word(rf"{_BE}\s+{_ADV}delegated\s+to", "commissions", "passive",
         "Commissioning of primary care was delegated to NHS Westford CCG by NHS England in 2015.",
         ((C, CCG, "primary-care"),)),
    Word(rf"(?:contracts?|tenders?)\b[^,;]{{0,60}}?\b(?:{_BE}\s+)?{_ADV}held\s+by", "by-kind", "passive",
         "The contract for school nursing changed hands in 2017 and is now held by NCHT.",
         ((P, NCHT, "school-nursing"),)),
    Word(r"(?:(?:re-)?let(?:s|ting)?|re-tender(?:s|ed|ing)?|retender(?:s|ed|ing)?)\s+(?:the|a|an|its|their)\s+"
         r"(?:[\w'’-]+\s+){0,3}?contracts?\b",
         "commissions", "active",
         "When Westford City Council re-let the school nursing contract in 2016, it went to NCHT.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(r"with\s+(?=(?:the\s+)?(?:[\w'’&-]+\s+){1,4}?(?:funding|money|grants?|investment|backing)\b)", "commissions",
         "modifier",
         "NCHT runs the perinatal mental health team, set up in 2019 with NHS England funding.",
         ((P, NCHT, "perinatal-mental-health"), (C, ENGLAND, "perinatal-mental-health"))),
    Word(r"(?:is|are|was|were)(?=\s+(?:an?\s+|the\s+)?(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})\s+(?:[a-z-]+\s+){0,3}"
         r"(?:nurses?|workers?|employees?|clinicians?|practitioners?|doctors?|paediatricians?|therapists?|midwives|midwife)\b)",
         "provides", "passive",
         "The health worker in the youth offending service is a Greenway Recovery nurse.",
         ((P, GREENWAY, "youth-offending"),)),
    Word(r"(?:contracts|pays|funds|engages|employs)(?=\s+(?:the\s+)?(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})\s+"
         r"(?:\([^)]{1,12}\)\s+)?for\b)", "commissions", "active",
         "Westford City Council contracts Greenway Recovery for young people's drug and alcohol work.",
         ((C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    Word(rf"\b(?:the|its|their)\s+(?:{_WHICH}\s+)*(?:{_PROVIDER})\s+(?:of|for)(?=\s+[^,;]{{1,60}}?,\s+(?:the\s+)?(?-i:[A-Z]))",
         "provides", "nominal-apposition",
         "The provider of school nursing, NCHT, also runs health visiting.",
         ((P, NCHT, "school-nursing"), (P, NCHT, "health-visiting"))),
    Word(rf"\b(?:the|its|their)\s+(?:{_WHICH}\s+)*(?:{_COMMISSIONER})\s+(?:of|for)(?=\s+[^,;]{{1,60}}?,\s+(?:the\s+)?(?-i:[A-Z]))",
         "commissions", "nominal-apposition",
         "The commissioner of sexual health services, Westford City Council, has re-tendered them.",
         ((C, COUNCIL, "sexual-health"),)),
    Word(rf"(?:(?:{_DONE})\s+(?:\w+\s+){{0,2}}?|{_BE}\s+(?:now\s+|also\s+|all\s+)?)under\s+the\s+"
         r"(?:banner|umbrella|auspices|management|name)\s+of", "provides", "passive",
         "CAMHS and adult mental health care are delivered under the banner of NCHT.",
         ((P, NCHT, "camhs"), (P, NCHT, "adult-mental-health"))),
    Word(r"(?:tender(?:ing)?|re-?tender(?:ing)?|procurement|re-?procurement|competitive\s+process|bidding\s+process)\s+"
         r"(?:exercise\s+)?(?:run|led|held|carried\s+out|conducted|managed)\s+by", "commissions", "procured-by",
         "After a tender run by Westford City Council in 2017, NCHT took over school nursing.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(r"(?:overseen|supervised|monitored|quality\s+assured)\s+by", "by-kind", "passive",
         "The SARC is overseen by NHS England and run by NCHT.", ((C, ENGLAND, "sarc"), (P, NCHT, "sarc"))),
    Word(r"with\s+(?=(?:the\s+)?[^,;]{1,40}?\s+as\s+(?:the\s+)?(?:lead\s+|sole\s+|main\s+)?(?:commissioners?|funders?)\b)",
         "commissions", "passive",
         "CAMHS is provided by NCHT, with NHS Westford CCG as commissioner.", ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    Word(r"(?:won|wins|secured|inherited|took\s+on|takes\s+on)(?=\s+(?:it|them)\b)", "by-kind", "active",
         "When Westford City Council re-let the school nursing contract, NCHT won it.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(rf"\bas\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_PROVIDER})\b(?:\s+(?:of|for)\b)?", "provides", "as-role",
         "NCHT replaced Greenway Recovery as the school nursing provider in 2016.", ((P, NCHT, "school-nursing"),)),
    Word(r"(?<=['’]s\s)(?:[\w-]+\s+){0,2}?(?:contracts?|business|agreements?)\b(?=[^;.]{0,120}?\b(?:is|are|was|were|sits?|lies|rests?)\s+"
         r"(?:now\s+|still\s+|also\s+)?with\b)",
         "commissions", "placed-with",
         "NHS Westford CCG's main contract, for CAMHS and school nursing, is with NCHT.",
         ((C, CCG, "camhs"), (C, CCG, "school-nursing"), (P, NCHT, "camhs"), (P, NCHT, "school-nursing"))),
    # where the money comes from, said after the service: "X is B's, the money coming from A's budget"
    Word(r"(?:the\s+)?(?:money|funding|budget|cash|costs?)\s+(?:for\s+(?:it|them|both|all\s+three)\s+)?(?:coming|comes|came|drawn|"
         r"is\s+drawn|are\s+drawn)\s+(?:from|out\s+of)\b",
         "commissions", "passive",
         "School nursing is delivered by NCHT, the money coming from Westford City Council's public health grant.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(r"(?<=['’]s\s)(?:[\w-]+\s+){0,5}?(?:money|funding|budget|grant|spend|spending|allocation)\b"
         r"(?=\s+(?:now\s+|also\s+|all\s+)?(?:goes|went|is\s+paid|are\s+paid|flows?|passes)\s+to\b)",
         "commissions", "placed-with",
         "Westford City Council's school nursing budget goes to NCHT.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(r"(?:works?|worked|working)\s+(?:to|under)\s+(?=(?:an?\s+|the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?contracts?\b)",
         "provides", "works-to",
         "Two NCHT teams work to Westford City Council contracts: school nursing and the family nurse partnership.",
         ((P, NCHT, "school-nursing"), (P, NCHT, "family-nurse-partnership"),
          (C, COUNCIL, "school-nursing"), (C, COUNCIL, "family-nurse-partnership"))),
    Word(r"(?:answers?|answered|answering|(?:is|are|was|were)\s+(?:directly\s+)?(?:accountable|answerable))\s+to(?=\s+[^,;]{1,60}?(?:\bfor\b|['’]s\s))",
         "provides", "answers-to",
         "The designated nurses answer to NHS Westford CCG's chief nurse, who line-manages them.",
         ((P, CCG, "designated-professionals"),)),
    Word(r"(?:answers?|answered|answering|(?:is|are|was|were)\s+(?:directly\s+)?(?:accountable|answerable))\s+to(?=\s+[^,;]{1,60}?(?:\bfor\b|['’]s\s))",
         "provides", "answers-to",
         "Greenway Recovery, a charity, answers to Westford City Council for the county's drug and alcohol service.",
         ((P, GREENWAY, "substance-misuse"), (C, COUNCIL, "substance-misuse"))),
    Word(r"(?:meets?|met|covers?|covered|bears?|bore|pays?|paid)\s+(?:all\s+|most\s+of\s+|part\s+of\s+)?(?:its|their)\s+"
         r"(?:running\s+|staffing\s+)?costs",
         "commissions", "active",
         "NCHT has run the perinatal mental health team since 2017; NHS England's grant covers its costs.",
         ((P, NCHT, "perinatal-mental-health"), (C, ENGLAND, "perinatal-mental-health"))),
    Word(r"(?:buys?|buying|bought|purchases?|purchasing|purchased|procures?|procuring|procured|secures?|securing|secured)"
         r"(?=\s+(?:them\s+|it\s+)?from\s+(?:(?:the\s+)?(?-i:[A-Z])|it\b|them\b))",
         "commissions", "active",
         "NCHT runs the ED and the maternity unit, all of which NHS Westford CCG buys from it.",
         ((P, NCHT, "emergency-department"), (P, NCHT, "maternity"),
          (C, CCG, "emergency-department"), (C, CCG, "maternity"))),
    Word(r"(?:secures?|securing)(?=\s+(?:the\s+|a\s+|an\s+)?[a-z])", "commissions", "active",
         "Westford City Council also secures sexual health services from NCHT.",
         ((C, COUNCIL, "sexual-health"), (P, NCHT, "sexual-health"))),
    Word(r"(?:places?|placed|placing|puts?|putting|lets?|letting)\s+(?=(?:its|their|the)\s+(?:[^;.,]{1,60}?)\s+"
         r"(?:business|contracts?|work)\s+with\b)",
         "commissions", "placed-with",
         "Westford City Council places its substance misuse business with Greenway Recovery.",
         ((C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    Word(COST_BORNE,
         "commissions", "active",
         "Westford City Council meets the cost of school nursing from its public health grant.",
         ((C, COUNCIL, "school-nursing"),)),
    Word(COST_BORNE,
         "commissions", "active",
         "Westford City Council and NHS Westford CCG split the cost of CAMHS between them.",
         ((C, COUNCIL, "camhs"), (C, CCG, "camhs"))),
    Word(COST_BORNE, "commissions", "active",
         "NHS Westford CCG shoulders the expense of the minor injuries unit.", ((C, CCG, "minor-injuries-unit"),)),
    Word(COST_BORNE, "commissions", "active",
         "Westford City Council picks up the bill for the sexual health clinics, which NCHT staffs.",
         ((C, COUNCIL, "sexual-health"), (P, NCHT, "sexual-health"))),
    Word(rf"(?-i:[A-Z])[\w&]*-(?:{HYPHEN_PROVIDING})\b", "provides", "hyphen",
         "The minor injuries unit is NCHT-run.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(rf"(?-i:[A-Z])[\w&]*-(?:{HYPHEN_PAYING})\b", "commissions", "hyphen",
         "Young people's substance misuse work in Westford is CCG-funded.",
         ((C, CCG, "substance-misuse"),)),
    Word(r"(?:delegated|devolved|handed\s+(?:over|down))\s+(?:(?:the|its|their)\s+)?(?:responsibility\s+for\s+|authority\s+for\s+)?(?=(?:\S+\s+){0,8}?to\b)",
         "commissions", "delegate",
         "NHS England has delegated the commissioning of primary care to NHS Westford CCG.",
         ((C, CCG, "primary-care"),)),
    Word(r"(?:delegated|devolved|handed\s+(?:over|down))\s+(?:(?:the|its|their)\s+)?(?:responsibility\s+for\s+|authority\s+for\s+)?(?=(?:\S+\s+){0,8}?to\b)",
         "commissions", "delegate",
         "In 2016 NHS England devolved the commissioning of primary care to NHS Westford CCG.",
         ((C, CCG, "primary-care"),)),
    Word(rf"(?:the\s+)?(?:{_WHICH}\s+)*(?:commissioning|procurement|purchasing|funding|budget|contract\s+management|"
         rf"{_COMMISSIONER})\s+(?:of|for)(?=\s+(?:\S+\s+){{0,8}}?{_BE}\b)",
         "commissions", "nominal",
         "The commissioning of sexual health services is carried out by Westford City Council.",
         ((C, COUNCIL, "sexual-health"),)),
    # the service's commissioning said with a possessive: "X is run by B; its commissioning is shared between A and C"
    Word(rf"(?:its|their)\s+(?:joint\s+)?(?:commissioning|procurement|purchasing|funding)(?=\s+{_BE}\s+(?:\w+\s+){{0,2}}?(?:between|by)\b)",
         "commissions", "nominal",
         "The sexual assault referral centre is run by NCHT; its commissioning is shared between NHS England and NHS Westford CCG.",
         ((P, NCHT, "sarc"), (C, ENGLAND, "sarc"), (C, CCG, "sarc"))),
    Word(rf"(?:the\s+)?(?:{_WHICH}\s+)*(?:provision|delivery|running|operation|(?<!contract\s)management|contracts?|{_PROVIDER})\s+"
         rf"(?:of|for)(?=\s+(?:\S+\s+){{0,8}}?{_BE}\b)",
         "provides", "nominal",
         "The provider of health visiting is NCHT.", ((P, NCHT, "health-visiting"),)),
    Word(rf"{active('commission', objects='any')}|{active('procure', objects='any')}|{active('purchase', objects='any')}|(?:funds?|funded(?=\s+(?:the|a|an|its|their)\b))|{active('tender', objects='any')}|re-?tender(?:s|ed|ing)?(?=\s+(?:the\s+)?[a-z])"
         rf"|(?:co-|re-)commission(?:s|ed|ing)?|plans?\s+and\s+buys?|{active('buy', 'bought', objects='any')}|pays?(?:\s+for)?|finances?"
         r"|bankrolls?|underwrites?|(?:puts?|putting)\s+up\s+the\s+money\s+for|foots?\s+the\s+bill\s+for"
         r"|meets?\s+the\s+costs?\s+of"
         r"|-(?:funded|commissioned|procured|purchased)",
         "commissions", "active",
         "Westford City Council commissions health visiting from NCHT.",
         ((C, COUNCIL, "health-visiting"), (P, NCHT, "health-visiting"))),
    Word(rf"{active('commission', objects='any')}|{active('procure', objects='any')}|{active('purchase', objects='any')}|(?:funds?|funded(?=\s+(?:the|a|an|its|their)\b))|{active('tender', objects='any')}|re-?tender(?:s|ed|ing)?(?=\s+(?:the\s+)?[a-z])"
         rf"|(?:co-|re-)commission(?:s|ed|ing)?|plans?\s+and\s+buys?|{active('buy', 'bought', objects='any')}|pays?(?:\s+for)?|finances?"
         r"|bankrolls?|underwrites?|(?:puts?|putting)\s+up\s+the\s+money\s+for|foots?\s+the\s+bill\s+for"
         r"|meets?\s+the\s+costs?\s+of"
         r"|-(?:funded|commissioned|procured|purchased)",
         "commissions", "active",
         "Westford City Council procures health visiting, school nursing and FNP from NCHT.",
         ((C, COUNCIL, "health-visiting"), (C, COUNCIL, "school-nursing"), (C, COUNCIL, "family-nurse-partnership"),
          (P, NCHT, "health-visiting"), (P, NCHT, "school-nursing"), (P, NCHT, "family-nurse-partnership"))),
    Word(rf"{active('commission', objects='any')}|{active('procure', objects='any')}|{active('purchase', objects='any')}|(?:funds?|funded(?=\s+(?:the|a|an|its|their)\b))|{active('tender', objects='any')}|re-?tender(?:s|ed|ing)?(?=\s+(?:the\s+)?[a-z])"
         rf"|(?:co-|re-)commission(?:s|ed|ing)?|plans?\s+and\s+buys?|{active('buy', 'bought', objects='any')}|pays?(?:\s+for)?|finances?"
         r"|bankrolls?|underwrites?|(?:puts?|putting)\s+up\s+the\s+money\s+for|foots?\s+the\s+bill\s+for"
         r"|meets?\s+the\s+costs?\s+of"
         r"|-(?:funded|commissioned|procured|purchased)",
         "commissions", "active",
         "The CCG-commissioned CAMHS service is delivered by NCHT.", ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    Word(rf"{active('commission', objects='any')}|{active('procure', objects='any')}|{active('purchase', objects='any')}|(?:funds?|funded(?=\s+(?:the|a|an|its|their)\b))|{active('tender', objects='any')}|re-?tender(?:s|ed|ing)?(?=\s+(?:the\s+)?[a-z])"
         rf"|(?:co-|re-)commission(?:s|ed|ing)?|plans?\s+and\s+buys?|{active('buy', 'bought', objects='any')}|pays?(?:\s+for)?|finances?"
         r"|bankrolls?|underwrites?|(?:puts?|putting)\s+up\s+the\s+money\s+for|foots?\s+the\s+bill\s+for"
         r"|meets?\s+the\s+costs?\s+of"
         r"|-(?:funded|commissioned|procured|purchased)",
         "commissions", "active",
         "NHS Westford CCG pays NCHT to deliver the minor injuries unit.",
         ((C, CCG, "minor-injuries-unit"), (P, NCHT, "minor-injuries-unit"))),
    Word(r"(?:is|are|was|were)\s+(?:also\s+|jointly\s+|solely\s+)?(?:responsible|accountable)\s+for"
         r"|(?:has|have|had|holds?|held|retains?|retained|keeps?|kept|takes?|took|assumes?|assumed|bears?|bore|carr(?:y|ies|ied)|shoulders?|shouldered)\s+(?:overall\s+|the\s+|lead\s+|sole\s+|joint\s+|full\s+|fully\s+|delegated\s+)*"
         r"(?:responsibility|accountability)\s+for"
         r"|(?:remit|responsibilities|portfolio)\s+(?:includes?|included|covers?|covered|extends?\s+to)",
         "by-kind", "active-with",
         "Westford City Council is responsible for commissioning school nursing.",
         ((C, COUNCIL, "school-nursing"),)),
    Word(r"(?:is|are|was|were)\s+(?:also\s+|jointly\s+|solely\s+)?(?:responsible|accountable)\s+for"
         r"|(?:has|have|had|holds?|held|retains?|retained|keeps?|kept|takes?|took|assumes?|assumed|bears?|bore|carr(?:y|ies|ied)|shoulders?|shouldered)\s+(?:overall\s+|the\s+|lead\s+|sole\s+|joint\s+|full\s+|fully\s+|delegated\s+)*"
         r"(?:responsibility|accountability)\s+for"
         r"|(?:remit|responsibilities|portfolio)\s+(?:includes?|included|covers?|covered|extends?\s+to)",
         "by-kind", "active-with",
         "NCHT is responsible for the delivery of health visiting.", ((P, NCHT, "health-visiting"),)),
    Word(r"(?:is|are|was|were)\s+(?:also\s+|jointly\s+|solely\s+)?(?:responsible|accountable)\s+for"
         r"|(?:has|have|had|holds?|held|retains?|retained|keeps?|kept|takes?|took|assumes?|assumed|bears?|bore|carr(?:y|ies|ied)|shoulders?|shouldered)\s+(?:overall\s+|the\s+|lead\s+|sole\s+|joint\s+|full\s+|fully\s+|delegated\s+)*"
         r"(?:responsibility|accountability)\s+for"
         r"|(?:remit|responsibilities|portfolio)\s+(?:includes?|included|covers?|covered|extends?\s+to)",
         "by-kind", "active-with",
         "Westford City Council's remit covers health visiting.", ((C, COUNCIL, "health-visiting"),)),
    Word(r"(?:has|have|had)\s+(?:also\s+|since\s+|now\s+|always\s+|long\s+|already\s+)?(?:commissioned|procured|funded|purchased|secured|bought|arranged|contracted|paid(?:\s+for)?)"
         r"(?!\s+(?:by|to|out)\b)",
         "commissions", "active",
         "NHS Westford CCG has commissioned CAMHS from NCHT.", ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    Word(r"(?:has|have|had)\s+(?:also\s+|since\s+|now\s+|always\s+|long\s+|already\s+)?(?:commissioned|procured|funded|purchased|secured|bought|arranged|contracted|paid(?:\s+for)?)"
         r"(?!\s+(?:by|to|out)\b)",
         "commissions", "active",
         "The sexual assault referral centre that NHS England has secured from NCHT is in Westford.",
         ((C, ENGLAND, "sarc"), (P, NCHT, "sarc"))),
    Word(r"(?:has|have|had)\s+(?:also\s+|since\s+|now\s+|always\s+|long\s+|already\s+)?(?:commissioned|procured|funded|purchased|secured|bought|arranged|contracted|paid(?:\s+for)?)"
         r"(?!\s+(?:by|to|out)\b)",
         "commissions", "active",
         "Since 2016 Westford City Council has paid for school nursing as part of one contract.",
         ((C, COUNCIL, "school-nursing"),)),
    Word(r"(?:has|have|had)\s+(?:also\s+|since\s+|now\s+|always\s+|long\s+|already\s+)?(?:commissioned|procured|funded|purchased|secured|bought|arranged|contracted|paid(?:\s+for)?)"
         r"(?!\s+(?:by|to|out)\b)",
         "commissions", "active",
         "Westford City Council took on school nursing in 2015 and has since commissioned it from NCHT.",
         ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Word(r"(?:is|are)\s+(?:also\s+|now\s+)?(?:one|another|two|three|some|each)\s+of\s+(?=(?:its|their|[\w&-]+['’]s)\s+(?:own\s+)?"
         r"(?:sites|services|teams|units|clinics)\b)", "provides", "one-of-its",
         "NCHT runs the emergency department, and the minor injuries unit is another of its sites.",
         ((P, NCHT, "emergency-department"), (P, NCHT, "minor-injuries-unit"))),
    Word(r"(?:have|has|had|get|gets|got|receive|receives|received|undergo|undergoes)\s+(?=(?:their|its|his|her|the|an?)\s+"
         r"(?:[\w-]+\s+){0,5}?(?:with|from|by)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,4}?['’]s\s+(?:[\w-]+\s+){0,2}?"
         r"(?:paediatricians?|nurses?|doctors?|clinicians?|practitioners?|therapists?|midwives|staff)\b)", "provides", "received-from",
         "Children coming into care have their initial health assessments with NCHT's community paediatricians.",
         ((P, NCHT, "looked-after-childrens-health"),)),
    # what a body took over, it does as its kind does: a trust runs it, a CCG or council commissions it
    Word(r"(?:took|takes?|taking|has\s+taken|have\s+taken)\s+over(?!\s+(?:from|as|by)\b)", "by-kind", "active",
         "NCHT took over the school nursing contract from Greenway Recovery in 2016.", ((P, NCHT, "school-nursing"),)),
    Word(r"(?:transferred|passed|moved|went|returned|switched|reverted)\s+(?:back\s+|across\s+|over\s+)?(?:from\s+[^,;]{1,60}?\s+)?to"
         r"|(?:changed|changes|change)\s+hands\b[^;]{0,40}?\bto(?=\s+(?:the\s+)?[A-Z])"
         r"|(?:falls?|fell|falling)\s+to(?!\s+\d)", "by-kind", "passive-with",
         "The health visiting contract changed hands in 2017, from Greenway Recovery to NCHT.",
         ((P, NCHT, "health-visiting"),)),
    Word(r"(?:has|have|had)\s+(?:also\s+)?(?:provided|delivered|run|hosted|operated|managed)(?!\s+by)",
         "provides", "active",
         "NCHT has delivered school nursing since 2016.", ((P, NCHT, "school-nursing"),)),
    Word(rf"{active('provide')}|{active('deliver')}|(?:runs|(?<!,\s)run(?!\s+(?:\w+ly\s+)?(?:with|by)\b)|running|ran(?=\s+(?:the|a|an|its|their)\b))|(?:hosts|hosting|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bas\s)host(?!\s+(?:area|trust|authority|organisation|body|employer|council|CCG|for)\b)|hosted(?=\s+(?:the|a|an|its|their)\b))|{active('operate')}"
         rf"|{active('manage')}|{active('employ')}|{active('recruit')}|treats|staffs|staff(?=\s+(?:the|a|an|its|their)\b)|fields(?=\s+(?:the|a|an|its|their|(?-i:[A-Z]))\b)|supplies|leads|leading"
         r"|carr(?:y|ies|ying)\s+out|undertak(?:es?|ing)",
         "provides", "active",
         "NCHT runs the minor injuries unit.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(rf"{active('provide')}|{active('deliver')}|(?:runs|(?<!,\s)run(?!\s+(?:\w+ly\s+)?(?:with|by)\b)|running|ran(?=\s+(?:the|a|an|its|their)\b))|(?:hosts|hosting|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bas\s)host(?!\s+(?:area|trust|authority|organisation|body|employer|council|CCG|for)\b)|hosted(?=\s+(?:the|a|an|its|their)\b))|{active('operate')}"
         rf"|{active('manage')}|{active('employ')}|{active('recruit')}|treats|staffs|staff(?=\s+(?:the|a|an|its|their)\b)|fields(?=\s+(?:the|a|an|its|their|(?-i:[A-Z]))\b)|supplies|leads|leading"
         r"|carr(?:y|ies|ying)\s+out|undertak(?:es?|ing)",
         "provides", "active",
         "Greenway Recovery nurses staff the sexual health clinic.", ((P, GREENWAY, "sexual-health"),)),
    Word(rf"{active('provide')}|{active('deliver')}|(?:runs|(?<!,\s)run(?!\s+(?:\w+ly\s+)?(?:with|by)\b)|running|ran(?=\s+(?:the|a|an|its|their)\b))|(?:hosts|hosting|(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bas\s)host(?!\s+(?:area|trust|authority|organisation|body|employer|council|CCG|for)\b)|hosted(?=\s+(?:the|a|an|its|their)\b))|{active('operate')}"
         rf"|{active('manage')}|{active('employ')}|{active('recruit')}|treats|staffs|staff(?=\s+(?:the|a|an|its|their)\b)|fields(?=\s+(?:the|a|an|its|their|(?-i:[A-Z]))\b)|supplies|leads|leading"
         r"|carr(?:y|ies|ying)\s+out|undertak(?:es?|ing)",
         "provides", "active",
         "The emergency department that NCHT manages was busy.", ((P, NCHT, "emergency-department"),)),
    Word(r"(?:evaluat|assess|scor|judg|award)(?:es|ed|ing|e)?\s+(?:the\s+)?(?:bids|tenders|offers)\s+(?:for|to\s+run)\s+"
         r"(?:the|this|that)\s+(?:[\w-]+\s+)?contracts?", "commissions", "active",
         "NCHT is the school nursing service; Westford City Council evaluated the bids for this contract in 2016.",
         ((P, NCHT, "school-nursing"), (C, COUNCIL, "school-nursing"))),
    Word(r"(?:invoices?|invoiced|bills?|billed)(?=\s+(?:the\s+)?(?-i:[A-Z]))", "provides", "invoices",
         "Greenway Recovery invoices NHS England for every examination at the sexual assault referral centre.",
         ((P, GREENWAY, "sarc"), (C, ENGLAND, "sarc"))),
    Word(r"(?:looks?|looking)\s+after", "by-kind", "active",
         "NCHT looks after the minor injuries unit.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(r"(?:looks?|looking)\s+after", "by-kind", "active",
         "NHS England passed primary care to NHS Westford CCG in 2017; it still looks after dental services.",
         ((C, ENGLAND, "dental"),)),
    # providing as English says it (prov8), ahead of the general "has" row: a service that has a post held by a body's staff: "X has a nurse on B's payroll", "X has two nurses from B"
    Word(r"(?:has|have|had|includes?|included)\s+(?:an?|one|two|three|four|its\s+own)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:nurses?|workers?|practitioners?|clinicians?|therapists?|doctors?|paediatricians?|midwi(?:fe|ves)|staff)\s+"
         r"(?:(?:who\s+(?:is|are)\s+)?(?:employed\s+by|seconded\s+from|supplied\s+by|provided\s+by|from)"
         r"|on\s+(?=(?:the\s+)?(?:[\w&'’-]+\s+){0,4}?[\w&-]+['’]s\s+(?:payroll|books|staff)\b))",
         "provides", "passive",
         "The youth offending service has a nurse seconded from NCHT.", ((P, NCHT, "youth-offending"),)),
    # (not the auxiliary of a participle: "has promised £60,000 towards X")
    Word(r"(?:has|have|had)(?!(?:\s+(?:also|now|still|long|always|since|already|just|recently))*\s+(?-i:[a-z]*ed|given|"
         r"taken|made|paid|bought|won|kept|been|lost|spent|sent|run|seen|set|brought|become|done|begun|led|built|got|gone|"
         r"put|held|told)\b)(?:\s+(?:also|now|still|long|always))?(?:\s+had)?(?=\s+(?:the\s+|its\s+|their\s+|an?\s+|"
         r"[\w-]+['’]s\s+|two\s+|three\s+|(?-i:[a-z])))",
         "by-kind", "holds",
         "NCHT has the town's only emergency department; NHS Westford CCG has its own designated nurses.",
         ((P, NCHT, "emergency-department"), (P, CCG, "designated-professionals"))),
    # holding what was just named: "OLCH holds all three", "B holds both"
    Word(r"(?:holds?|held)(?=\s+(?:all\s+(?:two|three|four|five|of\s+them)|both(?:\s+of\s+them)?|each\s+of\s+them)\b)",
         "by-kind", "active",
         "Westford City Council funds health visiting and school nursing, and NCHT holds both.",
         ((C, COUNCIL, "health-visiting"), (C, COUNCIL, "school-nursing"), (P, NCHT, "health-visiting"),
          (P, NCHT, "school-nursing"))),
    Word(r"(?:is|are)\s+(?:now\s+|also\s+)?(?:the|an?)\s+(?:[\w-]+['’]s\s+)?(?=(?:[\w'’-]+\s+){0,5}?services?\s*(?:[.;,]|$|for\b|in\b))",
         "by-kind", "active",
         "Greenway Recovery, a national charity, is the city's drug and alcohol service.",
         ((P, GREENWAY, "substance-misuse"),)),
    # providing as English says it (prov8) ---------------------------------------------------
    # (the forms are listed in docs/providing-english.md; tests/test_english_providing.py is the battery)
    # verbs of running a service not in the general row: "B offers X", "B is in charge of X"
    Word(rf"(?:{active('offer')}|{active('administer')})(?![^,;.]{{0,60}}?\bto\b)|(?:is|are|was|were)\s+(?:also\s+|now\s+)?in\s+(?:day-to-day\s+)?charge\s+of"
         r"|(?:has|have|takes?|took)\s+(?:day-to-day\s+)?charge\s+of", "by-kind", "active",
         "Greenway Recovery offers sexual health clinics in both colleges.", ((P, GREENWAY, "sexual-health"),)),
    Word(rf"(?:{active('offer')}|{active('administer')})(?![^,;.]{{0,60}}?\bto\b)|(?:is|are|was|were)\s+(?:also\s+|now\s+)?in\s+(?:day-to-day\s+)?charge\s+of"
         r"|(?:has|have|takes?|took)\s+(?:day-to-day\s+)?charge\s+of", "by-kind", "active",
         "NCHT is in day-to-day charge of the minor injuries unit.", ((P, NCHT, "minor-injuries-unit"),)),
    # allotment: "X is down to B", "X is left to B", "X was allocated to B" (a provider by kind)
    Word(rf"{_BE}\s+(?:now\s+|also\s+|entirely\s+|largely\s+)?(?:down|left|allocated|allotted|assigned|entrusted)\s+to"
         r"(?=\s+(?:the\s+)?(?-i:[A-Z]))", "by-kind", "passive-with",
         "Running the sexual assault referral centre is left to NCHT.", ((P, NCHT, "sarc"),)),
    # a cleft or defining noun: "the body that runs X is B", "the trust which delivers X, B, ..."
    Word(r"(?:body|organisation|organization|trust|charity|company|provider|partner|one)\s+(?:that|which|who)\s+"
         r"(?:now\s+|currently\s+|also\s+)?(?:runs|delivers|provides|operates|manages|hosts|staffs|offers)(?=\s[^,;]{1,80}?\s"
         rf"{_BE}\s)", "provides", "nominal",
         "The organisation that runs health visiting is NCHT.", ((P, NCHT, "health-visiting"),)),
    Word(r"(?:body|organisation|organization|trust|charity|company|provider|partner)\s+(?:that|which|who)\s+"
         r"(?:now\s+|currently\s+|also\s+)?(?:runs|delivers|provides|operates|manages|hosts|staffs|offers)(?=\s[^,;]{1,80}?,\s+"
         r"(?:the\s+)?(?-i:[A-Z]))", "provides", "nominal-apposition",
         "The charity which runs the substance misuse service, Greenway Recovery, has a new manager.",
         ((P, GREENWAY, "substance-misuse"),)),
    # apposition of a body's service or staff: "X, a B service, ...", "X – a B service – ...", "X, B's, ...",
    # "the X nurses, all B employees, ..."
    Word(_APPOSED_SERVICE, "by-kind", "passive-with",
         "The minor injuries unit, an NCHT service, opens until midnight.", ((P, NCHT, "minor-injuries-unit"),)),
    Word(_APPOSED_SERVICE, "by-kind", "passive-with",
         "The sexual health service, Greenway Recovery's, moved to the town centre.", ((P, GREENWAY, "sexual-health"),)),
    Word(_APPOSED_SERVICE, "by-kind", "passive-with",
         "The health visitors, all NCHT staff, work from three bases.", ((P, NCHT, "health-visiting"),)),
    Word(_APPOSED_SERVICE, "by-kind", "passive-with",
         "The family nurse partnership \u2013 an NCHT team \u2013 works with young mothers.",
         ((P, NCHT, "family-nurse-partnership"),)),
    # a unit of a body's: "X and Y are managed within B's urgent care directorate"
    Word(rf"(?:{_DONE})\s+(?:\w+\s+)?(?:within|inside|in|from|as\s+part\s+of)(?=\s+(?:the\s+)?(?:[\w&'’-]+\s+){{0,4}}?[\w&-]+['’]s\s+"
         r"(?:[\w-]+\s+){0,3}?(?:directorate|division|department|services|care\s+group|business\s+unit|portfolio|structure|"
         r"management)\b)", "provides", "passive",
         "School nursing is managed within NCHT's children's directorate.", ((P, NCHT, "school-nursing"),)),
    # a body's for a time: "X has been B's since 2016"
    Word(rf"{_BE}(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,5}}?[\w-]+['’]s\s+(?:since|from|now|again|alone|entirely)\b)",
         "by-kind", "passive-with",
         "The minor injuries unit has been NCHT's since 2015.", ((P, NCHT, "minor-injuries-unit"),)),
    # a partner named after the provider: "X is delivered by B in partnership with C", "B runs X together with C"
    Word(r"(?:in\s+(?:partnership|collaboration|conjunction|tandem)|together|jointly)\s+with(?=\s+(?:the\s+)?(?-i:[A-Z]))",
         "provides", "partner",
         "School nursing is delivered by NCHT in partnership with Greenway Recovery.",
         ((P, NCHT, "school-nursing"), (P, GREENWAY, "school-nursing"))),
    # a body's clinical staff working in a service: "Two NCHT nurses work in the youth offending service"
    Word(r"(?:nurses?|practitioners?|clinicians?|therapists?|doctors?|paediatricians?|midwi(?:fe|ves)|health\s+visitors?|"
         r"psychologists?)\s+(?:also\s+|now\s+)?(?:works?|worked|(?:is|are)\s+based|sits?|sat)\s+(?:in|within|as\s+part\s+of)\b",
         "provides", "active",
         "An NCHT therapist sits within the youth offending service.", ((P, NCHT, "youth-offending"),)),
    # a service handed on: "B handed X over to C", "B lost X to C" (C holds it by its kind)
    Word(r"(?:handed|handing|hands|passed|passing|passes|transferred|transferring|transfers)\s+(?=(?:the\s+|its\s+|their\s+)?"
         r"(?:[\w'’-]+\s+){1,6}?(?:over|across|on)\s+to\s+(?:the\s+)?(?-i:[A-Z]))", "by-kind", "handed-on",
         "In 2017 Greenway Recovery handed the sexual health service over to NCHT.", ((P, NCHT, "sexual-health"),)),
    Word(r"(?:lost|loses|losing)\s+(?=(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,6}?to\s+(?:the\s+)?(?-i:[A-Z]))"
         r"(?!(?:[\w'’-]+\s+){0,4}?(?:staff|nurses?|visitors?|doctors?|workers?|practitioners?|midwives|clinicians?|"
         r"paediatricians?|therapists?|posts?|people|colleagues)\b)",
         "by-kind", "handed-on",
         "Greenway Recovery lost the sexual health contract to NCHT in 2019.", ((P, NCHT, "sexual-health"),)),
    # sub-contracting: "B sub-contracts X to C", "B outsources X to C" (both provide: B holds the contract, C delivers)
    Word(r"(?:sub-?contracts?|sub-?contracted|outsources?|outsourced|contracts?\s+out|contracted\s+out)"
         r"(?=\s+(?:the\s+|its\s+|their\s+|some\s+|part\s+of\s+)?[a-z][^;]{0,80}?\bto\b)", "provides", "sub-contract",
         "NCHT sub-contracts part of the sexual health service to Greenway Recovery.",
         ((P, NCHT, "sexual-health"), (P, GREENWAY, "sexual-health"))),
]

# What makes a word of providing no statement of what is (prov8), read by relations_in before each
# word: a plan, wish, bid, advice or question between the body and the word ("B plans to run X",
# "B's bid to run X", "B should run X", "X will be run by B", "whether B should provide X"), or a
# clause that opens as a proposal ("The proposal is that B runs X"). Examples in the battery.
NOT_YET = (r"\b(?:plans?|planned|planning|intends?|intended|intending|proposes?|proposed|proposing|hopes?|hoped|hoping|"
           r"wants?|wanted|wishes|wished|aims?|aimed|aiming|seeks?|sought|seeking|bid|bids|bidding|applied|applying|"
           r"expects?|expected|(?:is|are|was|were)\s+(?:due|set|asked|invited|expected|likely|unlikely|keen)|asked|invited|"
           r"proposals?|applications?|bidders?|applicants?|candidates?|shortlisted|"
           r"would\s+like|should|could|would|(?-i:might|may)|must|ought|will(?!\s+(?:continue|remain|still|also\s+continue))|shall|"
           r"(?:is|are|was|were)\s+to|going\s+to|considering|whether(?!\s+or\s+not)|if|unless|once|"
           # a role denied or a request refused: "A has no role in commissioning X", "A declined to fund X"
           r"no\s+(?:\w+\s+)?(?:role|part|say|responsibility|involvement|remit)\s+in|declined|refused|turned\s+down|rejected)\b")
#: A question asked or left unanswered, the question word last: "we asked A who", "nobody knew which
#: body", "unclear whether": what follows states no answer.
ASKED = (r"\b(?:ask(?:s|ed|ing)?|enquired|inquired|queried|know(?:s|n)?|knew|unclear|unsure|sure|certain|tell|told|"
         r"explain(?:s|ed)?|understand|understood|establish(?:ed)?|find\s+out|found\s+out|wonder(?:s|ed)?)"
         r"\s+(?:[\w'’-]+\s+){0,4}?(?:who|which(?:\s+(?:body|organisation|trust|provider|commissioner))?|whether|if)\s+")
NOT_YET_CLAUSE = (r"\b(?:proposal|plan|intention|aim|hope|expectation|ambition|option|recommendation|idea)s?\s+"
                  r"(?:is|was|are|were|would\s+be)\s+(?:that|to|for)\b|\b(?:proposed|planned|intended|recommended|suggested)\s+that\b"
                  r"|\b(?:whether(?!\s+or\s+not)|considering)\b")
#: A past word of providing and an end in its clause: "B was the provider of X until 2018", "Until last
#: year, X was run by B".
ENDED_AFTER = (r"\b(?:until|before)\s+(?:recently|then|lately|last\s+(?:year|month|spring|summer|autumn|winter)|"
               r"(?:early\s+|late\s+|mid-?)?(?:\w+\s+)?(?:19|20)\d\d|(?:the\s+)?(?:end|start|spring|summer|autumn|winter)\b)")
#: A building of a body, which houses a service without saying who runs it ("held in B's offices").
BUILDING = (r"(?:[\w-]+\s+)?(?:offices|buildings?|premises|headquarters|town\s+hall|civic\s+cent(?:re|er)|librar(?:y|ies)|"
            r"rooms?|estate|site|land)\b")
#: Verbs after a body that, with no word of providing, say nothing of who runs the services after
#: them ("B refers children to X", "B works closely with X", "B attends X meetings").
NOT_PROVIDING_VERB = (r"(?:refers?|signposts?|works?\s+(?:\w+ly\s+|well\s+)?(?:with|alongside|together)|liaises?|attends?|meets?|"
                      r"chairs?|visits?|contacts?|consults?|informs?|notif(?:y|ies)|alerts?|tells?|asks?|reports?|receives?|uses?|"
                      r"sends?|joins?|sits?\s+on|participates?|engages?\s+with|challenges?|scrutinises?|monitors?|reviews?|"
                      r"inspects?|audits?|oversees?|welcomes?|values?|praises?|criticises?|shares?|seeks?|waits?|awaits?|"
                      r"relies|rely|depends?|access(?:es)?)")


def cues() -> list[tuple[str, str, str]]:
    """(pattern, relation, voice) of each distinct word, in the lexicon's order (the first that
    matches at a place wins)."""
    out: list[tuple[str, str, str]] = []
    for w in LEXICON:
        if (w.pattern, w.relation, w.voice) not in out:
            out.append((w.pattern, w.relation, w.voice))
    return out


@dataclass(frozen=True)
class Column:
    """A column heading of a table of services: the role its cells give (``service``,
    ``commissions`` or ``provides``) and an invented table, as a report's text copy flattens it,
    with what it gives (relation, organisation id, service key)."""
    pattern: str
    role: str
    example: str
    gives: tuple[tuple[str, str, str], ...]


#: A word before "funded by" or "run by" in a heading that is a heading of its own, the column
#: before ("Service  Provider  Funded by": "Provider" is no adverb of "Funded by") (role9).
_NOT_A_HEADING = r"(?!(?:services?|providers?|commissioners?|funders?|contracts?|organi[sz]ations?|bod(?:y|ies)|part(?:y|ies)|partners?|authorit(?:y|ies)|what|who|employers?|posts?|teams?)\b)"

#: The headings of a table of who commissions and who provides each service, in any order and
#: wording of the role nouns above ("Provider", "Funding body", "Who buys it", "Delivered by").
COLUMNS = [
    Column(r"(?:services?|programmes?|contracts?(?!\s+holders?)|what|teams?|posts?|tiers?)(?:\s+(?:area|line|name|provided|delivered|run|offered))?"
           r"|areas?\s+of\s+(?:care|work)|what\s+(?:you|your\s+child|families|children)\s+(?:need|get|use)", "service",
           "Contract\tFunder\tProvider\nSchool nursing\tWestford City Council\tNCHT",
           ((C, COUNCIL, "school-nursing"), (P, NCHT, "school-nursing"))),
    Column(rf"(?:{_WHICH}\s+)*{_COMMISSIONER}|(?:{_NOT_A_HEADING}[A-Za-z]+\s+)?(?:{_PAID})\s+(?:by|from)"
           r"|who\s+(?:buys|commissions|funds|pays(?:\s+for)?|purchases)(?:\s+(?:it|for\s+it))?"
           r"|(?:money|funding|cash)(?:\s+from)?|whose\s+(?:money|budget|contract|grant)",
           "commissions",
           "Who buys it / What / Who delivers it: NHS Westford CCG / CAMHS / NCHT",
           ((C, CCG, "camhs"), (P, NCHT, "camhs"))),
    Column(rf"(?:{_WHICH}\s+)*{_PROVIDER}|(?:{_NOT_A_HEADING}[A-Za-z]+\s+)?(?:{_DONE})\s+(?:by|from)"
           r"|who\s+(?:provides|delivers|runs|operates|does)(?:\s+it|\s+the\s+work)?"
           r"|(?:staff\s+)?employers?|employing\s+(?:body|organi[sz]ation)|whose\s+(?:staff|people|workers|employees|clinicians|nurses)"
           r"|delivery",
           "provides",
           "Service Provider Commissioner Health visiting NCHT Westford City Council "
           "Substance misuse Greenway Recovery Westford City Council",
           ((C, COUNCIL, "health-visiting"), (P, NCHT, "health-visiting"),
            (C, COUNCIL, "substance-misuse"), (P, GREENWAY, "substance-misuse"))),
    # a holder of the contract (session 16): a commissioner holds it as the buyer, a provider as the
    # one contracted (NHS England "as contract holder" of GP contracts; a trust "holds the contract"),
    # so the kind of the body in the cell decides
    Column(r"contract\s+holders?|(?:responsible|accountable)\s+bod(?:y|ies)", "by-kind",
           "Service\tContract holder\nSchool nursing\tWestford City Council\nCAMHS\tNCHT",
           ((C, COUNCIL, "school-nursing"), (P, NCHT, "camhs"))),
    # providing as English says it (prov8): a column of bodies headed by a neutral noun, before a
    # column of the services they provide ("Organisation | Services provided")
    Column(r"(?:organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|partners?|trusts?)"
           r"(?=\s*[/|,;:\t–-]?\s*services?\s+(?:provided|delivered|run|offered)\b)", "provides",
           "Organisation\tServices provided\nNCHT\tSchool nursing\nGreenway Recovery\tSexual health",
           ((P, NCHT, "school-nursing"), (P, GREENWAY, "sexual-health"))),
]


# --- succession: one organisation taking another's place ------------------------------------
# (read by clasgraph.ingest.relations.successions_in after the rows of rules.cues.SUCCESSION;
# each example is run by tests/test_succession.py with the bodies of EXAMPLE_ROSTER and the new
# name "Westford Care NHS Trust")

from clasgraph.ingest.rules.cues import BODY_GONE, ENDING_PARTICIPLE, Cue
from clasgraph.ingest.rules.layout import MONTHS

_WCT = "westford-care-trust"
#: A date said between a verb and its object: "subsumed on 1 April 2017 into", "merged in 2016 into".
_ON_A_DATE = r"(?:on|in|from|with\s+effect\s+from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?"
#: "was", "has since been", "had already been": a past passive, never "will be" or "is to be".
_HAS_BEEN = r"(?:was|were|(?:has|have|had)\s+(?:since\s+|now\s+|already\s+|recently\s+)?been)"
#: What a body's ending hands on wholesale: its services, staff, contracts, duties ...
_ITS_WORK = (r"(?:services|staff|contracts|functions|work|teams|responsibilities|duties|caseloads?|clinics|assets|"
             r"employees|workforce|undertaking|business|portfolio|liabilities|operations|activities|workers|open\s+cases)")

#: A body's ending: "A no longer exists", "A ceased trading", "A went into administration".
_ENDED = (r"\b(?:" + BODY_GONE + r"|(?:was|were)\s+merged\s+away|(?:is|are)\s+no\s+more\b|(?:is|are)\s+(?:now\s+)?gone\b(?!\s+(?:from|to|into|up|down|through|over|beyond|well|on)\b)|"
          r"wound\s+(?:itself|themselves)\s+up|dissolved\s+(?:itself|themselves)|"
          r"(?:has|have)\s+(?:now\s+)?gone(?!\s+(?:into|down|up|out|through|over|from|to|beyond|well|back|on|ahead|live|by|under)\b)|"
          r"(?<=:\s)(?:dissolved|abolished|wound\s+up|closed|disbanded)|"
          r"(?<=\()(?:dissolved|abolished|wound\s+up|closed|disbanded|deregistered)(?=\s+(?:in\s+|on\s+)?(?:\d|(?-i:[A-Z])[a-z]+\s+\d))|"
          r"(?:closed|shut)(?:\s+down)?(?!\s+(?:its|their|the|a|an|one|two|three|some|all|(?-i:[A-Z])\w*)\b)|"
          r"(?:went|was\s+placed|was\s+put)\s+into\s+(?:administration|liquidation)|entered\s+(?:administration|liquidation)|"
          r"collapsed|"
          r"\bwound\s+up(?=\s+(?:in|on|at|during|after|early|late|last)\b|\s*[,.;]|\s+and\b)|"
          r"(?:was|were)\s+(?:(?:both|all|formally|finally|then|later|subsequently|\w+ly)\s+)?(?:closed|wound\s+down|stood\s+down|" + ENDING_PARTICIPLE + r")|"
          r"had\s+(?:its|their)\s+(?:last|final)\s+day|(?:held|had)\s+(?:its|their)\s+(?:last|final)\s+(?:board\s+)?meeting|"
          r"(?:closed|shut)\s+(?:its|their)\s+doors(?!\s+to\b)|shut\s+up\s+shop|"
          r"name\s+(?:has\s+(?:now\s+)?|had\s+)?(?:disappeared|vanished|been\s+retired|was\s+retired)|(?:was|were)\s+(?:removed|struck\s+off)\s+from\s+the\s+register)\b")

#: A noun of a body's ending before its name: "the abolition of A", "the dissolution of A" (succ9).
_ENDING_NOUN = (r"\b(?:dissolution|abolition|closure|winding\s+up|winding-up|demise|collapse|disbanding|ending|"
                r"liquidation)\s+of\b")

# Succession patterns that more than one row below reads (each row with its own example).
#: a new name said aside: "A – now C –", "A (renamed C in 2019)"
_RENAMED_ASIDE = (r"(?:[–—]|\s-)\s*now\s+(?:part\s+of\s+)?|\(\s*(?:since\s+|later\s+)?(?:renamed|re-?branded|merged\s+into|"
        r"absorbed\s+into|taken\s+over\s+by|acquired\s+by|became|part\s+of)\b")
#: a new name with any verb: "A was rebranded as C", "A is now called C"
_RENAMED = (r"\b(?:re-?branded|re-?badged|renamed|re-?titled)(?:\s+itself)?(?:\s+(?:as|to))?\b|\b(?:is|are)\s+now\s+(?:called|named|titled)\b"
            r"|\b(?:adopted|took|assumed|acquired|has\s+taken|have\s+taken)\s+the\s+(?:new\s+)?(?:title|name)(?:\s+of)?\b"
            r"|\b(?:has|have)\s+(?:gone|traded|operated)\s+(?:by|under)\s+the\s+name(?:\s+of)?\b"
            r"|\bchanged\s+(?:its|their)\s+name\s+to\b")
#: a noun of taking over: "the acquisition of A by C", "C's takeover of A"
_TAKING_OVER_NOUN = (r"\b(?:acquisition|take-?over|absorption|incorporation|assimilation|amalgamation|merger|merging|transfer)\s+of\b")
#: a body that ended, its work handed on whole: "A closed and its staff moved to C"
_ENDED_AND_HANDED_ON = (_ENDED + rf"(?=[^.]*\b(?:(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ITS_WORK}(?:,?\s+(?:and\s+)?[\w-]+){{0,6}}?\s+"
        r"(?:(?:were|was|are|is|have|has)\s+(?:been\s+)?)?(?:(?:passed|transferred|moved|went|novated)\s+(?:across\s+|over\s+)?"
        r"(?:(?:by|under|through|via)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?)?to|(?:now\s+)?belong(?:s|ed)?\s+to|"
        r"(?:taken\s+on|taken\s+over|picked\s+up|absorbed|inherited|assumed|carried|borne|discharged)\s+by|(?:continues?|continued|(?:goes|went|"
        r"carries|carried|lives)\s+(?:straight\s+|simply\s+)?on)\s+(?:now\s+)?(?:under|within|as\s+part\s+of)\s+(?:the\s+(?:name|banner|wing)\s+of\s+)?)"
        r"|(?:took|has\s+taken|have\s+taken)\s+(?:its|their)\s+place|(?:took|has\s+taken|have\s+taken)\s+the\s+place\s+of\s+"
        r"(?:it|them|both|all\s+(?:two|three|four))\b|"
        r"(?:was|were)\s+(?:set\s+up|established|created|formed)\s+in\s+(?:its|their)\s+place|"
        r"(?:now|since\s+then|instead)\s+(?:provides|runs|delivers|holds|operates)|"
        rf"(?:took\s+on|took\s+over|inherited|assumed|picked\s+up|absorbed)\s+(?:all\s+(?:of\s+)?)?(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ITS_WORK}))\b")
#: taken in: "A has since been absorbed into C", "A and B were both folded, in 2017, into C"
_TAKEN_INTO = (rf"\b(?:{_HAS_BEEN}\s+(?:(?:\w+ly|both|all)\s+)?)?(?:absorbed|subsumed|incorporated|assimilated|folded|merged|"
               rf"amalgamated)(?:,?\s+{_ON_A_DATE})?\s+(?:in)?to\b|\b" + _HAS_BEEN + r"\s+(?:absorbed|subsumed|incorporated|folded)\s+within\b")
#: "A's successor, C", "A gave way to C"
_SUCCESSOR_NOUN = (r"['’]s\s+(?:successor(?:\s+(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation))?|replacement)\b,?\s*(?:(?:is|was|became)\s+)?"
        r"|\b(?:gave|has\s+given|had\s+given)\s+way\s+to\b|\bmade\s+way\s+for\b")


#: Ways English says one body took another's place, beyond rules.cues.SUCCESSION. ``says`` is
#: which side names the successor, as there, and:
#: ``after-subject``  the predecessor is the clause's subject just before the verb (not a body
#:                    after "for", "of", "at" ...), the successor the first body after it;
#: ``after-next``     likewise, the successor named straight after the words (no words between);
#: ``before-next``    the successor is the subject, the predecessor named straight after the verb;
#: ``nominal``        a noun of taking over: "the acquisition of A by C", "the merger of A and B
#:                    into C", "C's takeover of A".
SUCCESSION_FORMS = [
    # active, the successor the subject: "C acquired A", "C has taken over A"
    Cue(r"\b(?:(?:has|had)\s+)?(?:acquired|subsumed|superseded|swallowed\s+up|taken\s+over|bought|purchased)\b"
        r"(?!\s+(?:by|from|in|into|to|with|as|responsibility|the\s+\w+\s+of)\b)",
        "before-next", "Westford Care NHS Trust acquired Greenway Recovery in 2017.", ((GREENWAY, _WCT),)),
    # the successor doing what the body that ended did: "C (which has discharged the functions of the former A)"
    Cue(r"\b(?:discharges?|discharged|exercises?|exercised|performs?|performed|carries\s+out|carried\s+out)\s+(?:all\s+)?"
        r"(?:the\s+)?(?:statutory\s+)?functions\s+of\s+(?:the\s+)?former\b",
        "before-next", "Westford Care NHS Trust, which since 2019 has discharged the functions of the former Greenway Recovery, "
        "runs the clinic.", ((GREENWAY, _WCT),)),
    # passive: "A was acquired by C", "A had been taken over by C", "A was superseded by C"
    Cue(rf"\b{_HAS_BEEN}\s+(?:\w+ly\s+)?(?:acquired|taken\s+over|taken\s+on|inherited|superseded|succeeded|replaced|"
        r"absorbed|subsumed|swallowed\s+up|bought\s+out)(?:,?\s+" + _ON_A_DATE + r")?\s+by\b",
        "after-subject", ["By 2018 Greenway Recovery had been taken over by Westford Care NHS Trust.",
                          "Greenway Recovery was swallowed up by Westford Care NHS Trust in 2017.",
                          # the date between the words and the successor (session 27, from battery AJ)
                          "Greenway Recovery was superseded on 1 April 2019 by Westford Care NHS Trust."], ((GREENWAY, _WCT),)),
    # taken in: "A has since been absorbed into C", "A merged into C", "A was folded within C"
    Cue(_TAKEN_INTO, "after-subject", "Greenway Recovery has since been absorbed into Westford Care NHS Trust.",
        ((GREENWAY, _WCT),)),
    Cue(_TAKEN_INTO, "after-subject", "Greenway Recovery and NCHT were both merged, on 1 April 2018, into Westford Care NHS Trust.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # joining: "since A joined C" (not "joined C in a bid", "joined with", "joined forces")
    Cue(r"\b(?:(?:has|had)\s+)?joined\b(?!\s+(?:with|forces|together|up|in|on|the\s+(?:\w+\s+)?(?:board|group|partnership|"
        r"meeting|panel|network|alliance|programme|call|team|forum))\b)",
        "after-next", "Since Greenway Recovery joined Westford Care NHS Trust in 2018, its nurses have used one record.",
        ((GREENWAY, _WCT),)),
    # a part of the successor now: "A now forms part of C", "A became a division of C"
    Cue(r"\b(?:now\s+forms?|became|has\s+become|is\s+now|has\s+since\s+become|(?:has|have)\s+been)\s+(?:(?:a|an|the)\s+)?"
        r"(?:(?:[\w'’-]+\s+){0,3}?(?:division|directorate|subsidiary|business\s+unit|care\s+group)\s+of|part\s+of)\b",
        "after-subject", ["Greenway Recovery now forms part of Westford Care NHS Trust.",
                          "What was Greenway Recovery is now the children's division of Westford Care NHS Trust."],
        ((GREENWAY, _WCT),)),
    # a part of the successor now, by its possessive: "What used to be A is now C's children's therapy arm"
    Cue(r"\b(?:now\s+forms?|became|has\s+become|is\s+now|are\s+now|has\s+since\s+become|(?:has|have)\s+been)\s+"
        r"(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}['’]s\s+(?:[\w'’-]+\s+){0,3}?(?:arm|division|directorate|subsidiary|wing|"
        r"locality|business\s+unit|care\s+group)\b)",
        "after-owner", ["What used to be Greenway Recovery is now Westford Care NHS Trust's children's therapy arm.",
                        "Since 2018 Greenway Recovery has been Westford Care NHS Trust's southern locality."],
        ((GREENWAY, _WCT),)),
    # inside the successor now: "A now sits within C" (a body within a body, not a team or a place)
    Cue(r"\b(?:now\s+(?:sits?|lies?|rests?)|has\s+since\s+sat|is\s+now\s+held)\s+(?:with)?in(?:side)?\b"
        r"(?![^.;,]{0,60}\b(?:county|city|borough|district|area|region|boundar\w*|footprint|patch|system|ICS)\b)",
        "after-subject", "Greenway Recovery now sits within Westford Care NHS Trust.", ((GREENWAY, _WCT),)),
    # a new name, said aside or with any verb: "A – now C –", "A (renamed C in 2019)", "A was
    # rebranded as C", "A is now called C"
    Cue(_RENAMED_ASIDE,
        "after-next", "Greenway Recovery (renamed Westford Care NHS Trust in 2019) runs the clinic.", ((GREENWAY, _WCT),)),
    Cue(_RENAMED_ASIDE,
        "after-next", "Greenway Recovery \u2013 now Westford Care NHS Trust \u2013 runs the clinic.", ((GREENWAY, _WCT),)),
    Cue(_RENAMED,
        "after-next", "Greenway Recovery was rebranded as Westford Care NHS Trust in 2019.", ((GREENWAY, _WCT),)),
    Cue(_RENAMED,
        "after-next", "Greenway Recovery is now called Westford Care NHS Trust.", ((GREENWAY, _WCT),)),
    Cue(_RENAMED,
        "after-next", "Greenway Recovery rebadged itself as Westford Care NHS Trust in 2019.", ((GREENWAY, _WCT),)),
    Cue(_RENAMED,
        "after-next", "Greenway Recovery adopted the title Westford Care NHS Trust in 2018, when it took on a wider region.",
        ((GREENWAY, _WCT),)),
    Cue(_RENAMED,
        "after-next", "Greenway Recovery has gone by the name Westford Care NHS Trust since 2017; only the name is new.",
        ((GREENWAY, _WCT),)),
    # the old name given after the new: "C, known until 2019 as A", "C (previously known as A)"
    Cue(r"[,(]\s*(?:which\s+was\s+)?(?:known|called|trading|operating)\s+(?:until|before|up\s+to)\s+(?:\w+\s+)?(?:19|20)\d\d\s+as\b"
        r"|[,(]\s*(?:which\s+was\s+)?(?:known|trading|operating)\s+as\b(?=[^,;()]{1,80}?\s+(?:until|before|up\s+to)\s+(?:\w+\s+)?(?:19|20)\d\d)"
        r"|[,(]\s*(?:previously|formerly|once|originally)\s+(?:known|called|named|trading|operating)\s+as\b"
        r"|\b(?:was|were)\s+(?:formerly|previously|once|originally)\s+(?:known\s+as|called|named)\b",
        "before", ["Westford Care NHS Trust, known until 2019 as Greenway Recovery, runs the clinic.",
                   "Westford Care NHS Trust, known as Greenway Recovery until 2019, runs the clinic."], ((GREENWAY, _WCT),)),
    # the old name as the earlier review knew the body: "C is the trust we reviewed in 2015 as A"
    Cue(r"\b(?:is|was)\s+the\s+(?:same\s+)?(?:trust|body|organisation|provider|charity|CCG|council|company|practice)\s+"
        r"(?:that\s+|which\s+)?(?:we|CQC|the\s+(?:last|previous|earlier|first)\s+review|our\s+(?:last|previous|earlier|first|"
        r"(?:19|20)\d\d)\s+review)\s+(?:reviewed|inspected|visited|knew|described|met|saw|reported\s+on|looked\s+at|named)"
        r"\s+(?:in\s+(?:19|20)\d\d\s+)?as\b",
        "before", "Westford Care NHS Trust is the body our first review knew as Greenway Recovery.", ((GREENWAY, _WCT),)),
    # nouns of taking over: "the acquisition of A by C", "the merger of A and B into C",
    # "C's takeover of A"
    Cue(_TAKING_OVER_NOUN,
        "nominal", "The acquisition of Greenway Recovery by Westford Care NHS Trust was completed in 2017.",
        ((GREENWAY, _WCT),)),
    Cue(_TAKING_OVER_NOUN,
        "nominal", "Following Westford Care NHS Trust's takeover of Greenway Recovery, the clinics kept their staff.",
        ((GREENWAY, _WCT),)),
    Cue(_TAKING_OVER_NOUN,
        "nominal", "The merger of Greenway Recovery and NCHT into Westford Care NHS Trust took effect in April 2017.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # a body that ended, and its work handed on whole: "A closed and its staff and contracts moved
    # to C", "A was wound up and C took its place"
    Cue(_ENDED_AND_HANDED_ON,
        "dissolved", "Greenway Recovery closed in 2018 and its staff and contracts moved to Westford Care NHS Trust.",
        ((GREENWAY, _WCT),)),
    Cue(_ENDED_AND_HANDED_ON,
        "dissolved", "Greenway Recovery was wound up in 2018 and Westford Care NHS Trust took its place.",
        ((GREENWAY, _WCT),)),
    # formed by joining bodies: "C was formed by merging A and B"
    Cue(r"\b(?:formed|created|established|set\s+up)\s+(?:in\s+(?:\w+\s+)?(?:19|20)\d\d\s+)?(?:by|through|from)\s+"
        r"(?:merging|combining|amalgamating|bringing\s+together|joining)\b",
        "formed", "Westford Care NHS Trust was formed by merging Greenway Recovery and NCHT.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # set up to replace: "C, set up in 2017 to replace A", "C, created in place of A"
    Cue(r"\b(?:set\s+up|created|established|formed)\b[^.;()]{0,30}?\b(?:to\s+(?:replace|succeed|take\s+over\s+from)|"
        r"in\s+(?:the\s+)?place\s+of|as\s+(?:the\s+)?successor\s+to)\b",
        "before", "Westford Care NHS Trust, set up in 2017 to replace Greenway Recovery, runs the clinic.",
        ((GREENWAY, _WCT),)),
    # set up for the work of one that ended to go on: "C was created so that the work of A could go
    # on", "C, formed to carry on the services of A"
    Cue(r"\b(?:set\s+up|created|established|formed)(?:\s+(?:in|on|during|at|from)\s+[^.;(),]{1,25}?)?\s+(?:to\s+(?:continue|carry\s+on|keep\s+up)\s+"
        r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:work|services?|functions?|caseloads?|contracts?)\s+of\b|(?:so|in\s+order)\s+that\s+"
        r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:work|services?|functions?|caseloads?|contracts?)\s+of\b"
        r"(?=[^.;]{0,100}?\b(?:could|would|might|should|can|will)\s+(?:go\s+on|continue|carry\s+on|survive)\b))",
        "before", ("Westford Care NHS Trust was set up in 2018 so that the work of Greenway Recovery, which had closed "
                   "that year, could go on."),
        ((GREENWAY, _WCT),)),
    # doing a body's work in its place, the body said to have ended: "C now runs X in place of A, which no
    # longer exists" (not "in place of A" alone: a contract may move between bodies that go on)
    Cue(r"\b(?:in\s+(?:the\s+)?place\s+of|instead\s+of)\b(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+(?:(?:and|of|for)\s+)?){0,7}?"
        r"(?-i:[A-Z])[\w&'’)-]*(?:\s+\((?-i:[A-Z]+)\))?,?\s+(?:which|who)\s+(?:has\s+since\s+|had\s+since\s+)?" + _ENDED + r")",
        "before", "Westford Care NHS Trust now runs school nursing in place of Greenway Recovery, which no longer exists.",
        ((GREENWAY, _WCT),)),
    # "A's successor, C", "A gave way to C"
    Cue(_SUCCESSOR_NOUN,
        "after-next", "Greenway Recovery's successor, Westford Care NHS Trust, runs the clinic.", ((GREENWAY, _WCT),)),
    Cue(_SUCCESSOR_NOUN,
        "after-next", "Greenway Recovery gave way to Westford Care NHS Trust in 2017.", ((GREENWAY, _WCT),)),
    # the successor the subject: "C became A's successor", "C is the successor body to A"
    Cue(r"\b(?:became|becomes|has\s+become|is|was)\s+(?=[A-Z][^.;,]{0,60}?['’]s\s+(?:legal\s+|statutory\s+)?successor\b)"
        r"|\b(?:stepped|steps|has\s+stepped)\s+into\s+(?=[A-Z][^.;,]{0,60}?['’]s\s+shoes\b)",
        "before-owner", ["In 2016 Westford Care NHS Trust became Greenway Recovery's successor, taking on its staff.",
                         "In 2016 Westford Care NHS Trust stepped into Greenway Recovery's shoes."],
        ((GREENWAY, _WCT),)),
    Cue(r"\b(?:became|becomes|has\s+become|is|was)\s+(?:the\s+)?(?:legal\s+|statutory\s+)?successor\s+(?:(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation)\s+)?"
        r"(?:to|of|for)\b", "before-next", "Westford Care NHS Trust is the legal successor to Greenway Recovery.",
        ((GREENWAY, _WCT),)),
    # a note with an arrow from the bodies that merged to the one they became: "A, B → C (2017)";
    # one body before the arrow may be a contract that moved, so two or more
    Cue(r"\s(?:→|->|=>)\s", "arrow", "Two trusts (Greenway Recovery; NCHT) → one (Westford Care NHS Trust), 1 April 2017.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # the successor bringing the old bodies together: "C brings together what used to be A and B"
    Cue(r"\b(?:brings|brought|has\s+brought)\s+together\s+what\s+(?:used\s+to\s+be|was|were|had\s+been)\b",
        "before-next", "Westford Care NHS Trust brings together what used to be Greenway Recovery and NCHT.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # a body handing on its own work whole: "A transferred its services, staff and contracts to C"
    Cue(r"\b(?:transferred|passed|handed|moved)\s+(?:over\s+)?(?:all\s+(?:of\s+)?)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?"
        + _ITS_WORK + r"(?:,?\s+(?:and\s+)?[\w-]+){0,6}?\s+(?:over\s+|across\s+)?to\b",
        "after-subject", "In 2018 Greenway Recovery transferred its services, staff and contracts to Westford Care NHS Trust.",
        ((GREENWAY, _WCT),)),
    # the successor taking on another's work whole: "C took on A's staff and services"
    Cue(r"\b(?:took\s+on|taken\s+on|inherited|absorbed|assumed|took\s+over|taken\s+over)\s+(?:responsibility\s+for\s+)?"
        r"(?:all\s+(?:of\s+)?)?"
        r"(?=(?:the\s+)?[A-Z][^.;]{0,60}?['’]s\s+(?:[\w-]+\s+){0,2}?" + _ITS_WORK + r"\b)",
        "before-owner", "In 2018 Westford Care NHS Trust took on Greenway Recovery's staff and services.", ((GREENWAY, _WCT),)),
    # the successor named before a participle: "the contract was awarded to C, replacing A"
    Cue(r",\s+(?:replacing|succeeding|superseding|taking\s+over\s+from)\b", "before",
        "The CAMHS contract was awarded to Westford Care NHS Trust in 2018, replacing Greenway Recovery.",
        ((GREENWAY, _WCT),)),
    # "in succession to A" (session 27, from battery AF): the successor the clause's subject, A ended
    Cue(r"\bin\s+succession\s+to\b(?=[^.;]*\b(?:no\s+longer\s+exists|ceased|closed|dissolved|abolished|wound\s+up|"
        r"went\s+into\s+(?:administration|liquidation)|struck\s+off)\b)", "before",
        "Westford Care NHS Trust has run the clinic since 2016 in succession to Greenway Recovery, which no longer exists.",
        ((GREENWAY, _WCT),)),
    # the old body's own noun of being taken: "since A's acquisition by C", "after A's absorption into C"
    Cue(r"['’]s\s+(?:acquisition|take-?over|absorption|incorporation|merger|integration)\s+(?:(?:in|on)\s+(?:\w+\s+){0,2}?"
        r"(?:19|20)\d\d\s+)?(?:by|into)\b",
        "after-next", "Since Greenway Recovery's acquisition by Westford Care NHS Trust, the clinic has grown.",
        ((GREENWAY, _WCT),)),
    # the successor in apposition: "C, the successor to A, ...", "C, created in 2017 by the merger of A and B"
    Cue(r",\s+(?:the\s+|its\s+)?successor\s+(?:(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation)\s+)?(?:to|of|for)\b", "before",
        "Westford Care NHS Trust, the successor to Greenway Recovery, runs the clinic.", ((GREENWAY, _WCT),)),
    Cue(r"\b(?:emerged|resulted|arose)\s+from\s+(?:the\s+)?(?:merger|amalgamation|combination|coming\s+together)\s+of\b"
        r"|,\s+(?:formed|created|established)\s+(?:(?:in|on)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\s+)?(?:by|from|through)\s+"
        r"(?:the\s+)?(?:merger|amalgamation|combination|merging)\s+(?:of\s+)?",
        "formed", "Westford Care NHS Trust, created in 2017 by the merger of Greenway Recovery and NCHT, runs the clinic.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # bodies that are now another: "A and B are now C", "A and B are now part of C"
    Cue(r"\b(?:are|were)\s+now\s+(?:(?:both\s+|all\s+)?part\s+of\s+)?", "after-next",
        "Greenway Recovery and NCHT are now part of Westford Care NHS Trust.", ((GREENWAY, _WCT), (NCHT, _WCT))),
    # the provider changed from one body to another: "the provider changed from A to C in 2019"
    Cue(r"\b(?:providers?|suppliers?|contract\s+holders?|contracts?)\s+(?:\w+\s+){0,2}?(?:changed|switched|changed\s+hands)\s+from\b",
        "from-to", "In 2019 the provider changed from Greenway Recovery to Westford Care NHS Trust.", ((GREENWAY, _WCT),)),
    # succ9 ---------------------------------------------------------------------------------
    # (the inventory these rows come from: docs/succession-english.md; the battery that measures
    # them: tests/test_succession_battery.py; sides ``of-then`` and ``aside``/``apposed-*`` are
    # read by relations._succession_pair)
    # a noun of a body's ending, then the body that took on its work: "Following the abolition of
    # A, C assumed its functions"
    Cue(_ENDING_NOUN + rf"(?=[^.;]{{0,120}}?\b(?:took\s+on|took\s+over|assumed|inherited|absorbed|picked\s+up|(?:now\s+)?"
        rf"(?:holds|runs|provides|delivers|employs)|(?:has|have)\s+(?:since\s+)?(?:held|run|provided|delivered|employed))\s+(?:all\s+(?:of\s+)?)?(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ITS_WORK}\b)",
        "of-then", ["Following the abolition of Greenway Recovery in 2019, Westford Care NHS Trust took on its contracts.",
                    "Since the dissolution of Greenway Recovery, Westford Care NHS Trust has run all its clinics."],
        ((GREENWAY, _WCT),)),
    # the whole work of a body, its owner after "of", moving to another: "The staff and contracts
    # of A passed to C" (a body's work said with "the" or "all", no narrower team or service)
    Cue(rf"\b(?:(?:responsibility|accountability)\s+for\s+)?(?:the|all\s+(?:of\s+)?the|all)\s+(?:[\d,]+\s+)?{_ITS_WORK}"
        rf"(?:,?\s+(?:and\s+)?{_ITS_WORK}){{0,4}}\s+of\b(?=[^.;]{{0,80}}?"
        rf"\b(?:{_HAS_BEEN}\s+)?(?:(?:passed|transferred|moved|went|novated|re-?assigned)\s+(?:across\s+|over\s+)?(?:on)?to|(?:taken\s+on|taken\s+over|"
        r"assumed|absorbed|inherited|picked\s+up)\s+by)\b)",
        "of-then", ["The staff and contracts of Greenway Recovery passed to Westford Care NHS Trust in 2019.",
                    "In 2019 the functions of Greenway Recovery were taken on by Westford Care NHS Trust.",
                    "Responsibility for the clinics of Greenway Recovery was reassigned to Westford Care NHS Trust in 2019.",
                    "All 240 employees of Greenway Recovery moved onto Westford Care NHS Trust contracts in 2019."],
        ((GREENWAY, _WCT),)),
    # the successor taking over the whole work of another: "C took over the statutory functions of A"
    Cue(rf"\b(?:took\s+over|took\s+on|taken\s+over|taken\s+on|assumed|inherited|absorbed)\s+(?:all\s+(?:of\s+)?)?"
        rf"the\s+(?:[\w-]+\s+){{0,2}}?{_ITS_WORK}(?:,?\s+(?:and\s+)?(?:the\s+)?{_ITS_WORK}){{0,4}}\s+of\b",
        "before-next", ["In 2019 Westford Care NHS Trust took over the statutory functions of Greenway Recovery.",
                        "The new organisation, Westford Care NHS Trust, took on the staff and the liabilities of Greenway Recovery."],
        ((GREENWAY, _WCT),)),
    # a figure of taking a place: "C stepped into the shoes of A", "C took the place of A"
    Cue(r"\b(?:stepped|steps|has\s+stepped)\s+into\s+(?:the\s+)?shoes\s+of\b|\b(?:took|takes|has\s+taken)\s+(?:over\s+)?"
        r"the\s+place\s+of\b|\btook\s+up\s+the\s+mantle\s+of\b",
        "before-next", ["Westford Care NHS Trust stepped into the shoes of Greenway Recovery in 2019.",
                        "In 2019 Westford Care NHS Trust took the place of Greenway Recovery."], ((GREENWAY, _WCT),)),
    # one body become another by growing or changing form: "A evolved into C", "A was
    # reconstituted as C"
    Cue(r"\b(?:evolved|transformed|transitioned|converted|developed)\s+(?:itself\s+)?into\b"
        rf"|\b{_HAS_BEEN}\s+(?:reconstituted|re-?formed|re-?established|re-?constituted|re-?organised|re-?launched|"
        r"re-?registered|re-?incorporated)\s+as\b",
        "after-next", ["Greenway Recovery evolved into Westford Care NHS Trust in 2018.",
                       "Greenway Recovery was reconstituted as Westford Care NHS Trust in 2017."], ((GREENWAY, _WCT),)),
    # bodies joined, their new body after "as": "A and B were brought together under one board as C"
    Cue(r"\b(?:were|was|have\s+been|had\s+been)\s+(?:merged|amalgamated|combined|brought\s+together|united|"
        r"joined(?:\s+together)?)\b[^.;]{0,60}?\bas\b",
        "after", "NCHT and Greenway Recovery were brought together under one board as Westford Care NHS Trust in 2018.",
        ((NCHT, _WCT), (GREENWAY, _WCT))),
    # the old bodies as the source of the new: "A and B gave rise to C", "C was born out of the
    # merger of A and B"
    Cue(r"\b(?:gave|give|has\s+given|have\s+given)\s+(?:rise|birth)\s+to\b|\b(?:was|were|is|are)\s+the\s+forerunners?\s+of\b",
        "after", "Greenway Recovery and NCHT gave rise to Westford Care NHS Trust in 2018.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    Cue(r"\b(?:born|grew|grown|came|sprang|formed)\s+(?:out\s+)?of\s+(?:the\s+)?(?:merger|amalgamation|combination|"
        r"coming\s+together|union)\s+(?:of|between)\b",
        "formed", "Westford Care NHS Trust was born out of the merger of Greenway Recovery and NCHT.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # the predecessor noun in a relative clause: "C, whose predecessor A went into liquidation,"
    Cue(r",\s+whose\s+(?:predecessor|forerunner|precursor)(?:\s+(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation))?,?\s+(?:the\s+)?", "before-next",
        "The clinic is run by Westford Care NHS Trust, whose predecessor Greenway Recovery closed in 2016.",
        ((GREENWAY, _WCT),)),
    # one body's contract taking the place of another's: "A's agreement with C took the place of
    # its contract with A2": the bodies each contract is with, the party to both left aside
    Cue(r"\b(?:took|takes|has\s+taken|have\s+taken)\s+(?:over\s+)?the\s+place\s+of\s+(?=(?:the|its|their|an?|[\w&'’-]+['’]s)\s+"
        r"(?:[\w&'’-]+\s+){0,4}?(?:contracts?|agreements?|arrangements?)\s+(?:with|between)\b)"
        r"|\b(?:replaced|has\s+replaced|superseded|has\s+superseded)\s+(?=(?:the|its|their|an?|[\w&'’-]+['’]s)\s+"
        r"(?:[\w&'’-]+\s+){0,4}?(?:contracts?|agreements?|arrangements?)\s+(?:with|between)\b)",
        "contract-for-contract",
        [("Westford City Council's agreement with Westford Care NHS Trust took the place of its contract with "
          "Greenway Recovery when Greenway Recovery was wound up."),
         ("A new contract between Westford City Council and Westford Care NHS Trust replaced the council's contract "
          "with Greenway Recovery, which closed in 2017.")],
        ((GREENWAY, _WCT),)),
    # the predecessor noun: "C's predecessor, A", "A was the predecessor of C", "A, the
    # predecessor of C,"
    Cue(r"['’]s\s+(?:predecessor|forerunner|precursor)(?:\s+(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation))?\b,?\s*(?:(?:is|was)\s+)?", "before",
        "Westford Care NHS Trust's predecessor, Greenway Recovery, ran the clinic until 2016.", ((GREENWAY, _WCT),)),
    Cue(r"\b(?:is|was|were|are)\s+(?:one\s+of\s+)?(?:the\s+|its\s+)?(?:two\s+|three\s+|four\s+)?(?:predecessor|forerunner|precursor)s?\s+"
        r"(?:body\s+|bodies\s+|organisations?\s+|CCGs?\s+|trusts?\s+)?(?:of|to)\b"
        r"|,\s+(?:the\s+|its\s+)?(?:predecessor|forerunner|precursor)\s+(?:(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation)\s+)?(?:of|to)\b",
        "after", ["Greenway Recovery was the predecessor of Westford Care NHS Trust.",
                  "Greenway Recovery, the predecessor of Westford Care NHS Trust, ran the clinic."], ((GREENWAY, _WCT),)),
    # apposition of the other body's noun: "C, A's successor, runs it", "A, C's predecessor, ran it"
    Cue(r"['’]s\s+(?:successor|heir)(?:\s+(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation))?\s*,", "apposed-successor",
        "Westford Care NHS Trust, Greenway Recovery's successor, runs the clinic.", ((GREENWAY, _WCT),)),
    Cue(r"['’]s\s+(?:predecessor|forerunner|precursor)(?:\s+(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation))?\s*,", "apposed-predecessor",
        "Greenway Recovery, Westford Care NHS Trust's predecessor, ran the clinic.", ((GREENWAY, _WCT),)),
    # a new name said aside between commas, straight after the old: "A, now C, runs it"; the old
    # name in brackets after the new: "C (known as A until 2018)"
    Cue(r",\s+now\s+(?:part\s+of\s+|known\s+as\s+|called\s+)?(?=[^,;.()]{3,80}?,)", "aside",
        "Greenway Recovery, now Westford Care NHS Trust, runs the clinic.", ((GREENWAY, _WCT),)),
    Cue(r"\(\s*(?:known|called|trading|operating)\s+as\b(?=[^()]{3,80}?\b(?:until|before|up\s+to|till)\b)", "before",
        "Westford Care NHS Trust (known as Greenway Recovery until 2018) runs the clinic.", ((GREENWAY, _WCT),)),
    # the change from one body to another as a noun: "the transition from A to C" (not people's
    # move between services: "young people's transition from A to C at 18")
    Cue(r"(?<!['’]s\s)\b(?:transition|switch|handover|hand-over|changeover|change-over)\s+from\b(?![^.;]*\b(?:young\s+"
        r"(?:people|person)|children|child|adults?|patients?|pupils?|famil(?:y|ies)|aged?\s+1\d|at\s+1\d|records?)\b)",
        "from-to", "The transition from Greenway Recovery to Westford Care NHS Trust took place on 1 July 2022.",
        ((GREENWAY, _WCT),)),
    # a body that ended, and whose work now lies with another: "A was abolished; its duties now
    # rest with C", "its clinics are now the responsibility of C"
    Cue(_ENDED + rf"(?=[^.]*\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ITS_WORK}\s+(?:(?:are|is|have|has)\s+)?(?:now\s+)?"
        r"(?:(?:been\s+)?(?:rest|rests|rested|lie|lies|sit|sits)\s+with|the\s+responsibility\s+of|(?:held|run|delivered|"
        r"provided|managed)\s+by)\b)",
        "dissolved", ["Greenway Recovery was abolished in 2019, and its duties now rest with Westford Care NHS Trust.",
                      "Greenway Recovery was wound up in 2019; its clinics are now the responsibility of Westford Care NHS Trust."],
        ((GREENWAY, _WCT),)),
    # work once another's, now the successor's: "The services once run by A are now delivered by C"
    Cue(r"\b(?:once|previously|formerly|until\s+(?:then|(?:19|20)\d\d))\s+(?:run|provided|delivered|held|managed|operated)\s+by\b"
        r"(?=[^.;]{0,80}?\b(?:are|is)\s+now\s+(?:run|provided|delivered|held|managed|operated)\s+by\b)",
        "of-then", "The services once run by Greenway Recovery are now delivered by Westford Care NHS Trust.",
        ((GREENWAY, _WCT),)),
    # the old name in brackets after the new: "C (the former A)"
    Cue(r"\(\s*the\s+former\b", "before", "Westford Care NHS Trust (the former Greenway Recovery) runs the clinic.",
        ((GREENWAY, _WCT),)),
    # the new body said to come from the old ones: "C, formed in 2020 from A and B,", "C is the
    # product of a 2018 merger between A and B"
    Cue(r",\s+(?:formed|created|established)\s+(?:(?:in|on)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\s+)?(?:from|out\s+of)\s+(?=(?:the\s+)?[A-Z])"
        r"|\b(?:is|was)\s+the\s+(?:product|result|outcome)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:merger|amalgamation|"
        r"combination)\s+(?:of|between)\b",
        "formed", ["Westford Care NHS Trust, formed in 2020 from Greenway Recovery and NCHT, runs the clinic.",
                   "Westford Care NHS Trust is the product of a 2018 merger between Greenway Recovery and NCHT."],
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # merged with another and ended: "A was merged with C in 2018 and no longer exists"
    Cue(r"\b(?:(?:was|were)\s+)?merged\s+with\b(?=[^.;]*\b(?:no\s+longer\s+exists|ceased\s+to\s+exist|(?:was|were)\s+"
        r"(?:dissolved|abolished|wound\s+up))\b)",
        "after-next", "Greenway Recovery was merged with Westford Care NHS Trust in 2018 and no longer exists.",
        ((GREENWAY, _WCT),)),
    # the successor noun with "been", a date between "gave way" and "to"; bodies now one
    Cue(r"\b(?:has|have|had)\s+been\s+(?:the\s+)?successor\s+(?:(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation)\s+)?(?:to|of)\b", "before",
        "Westford Care NHS Trust has been the successor to Greenway Recovery since 2019.", ((GREENWAY, _WCT),)),
    Cue(r"\bgave\s+way\s+(?:in|on|during|from)\s+(?:\w+\s+){0,2}?(?:19|20)\d\d\s+to(?:\s+the)?\b", "after-next",
        "Greenway Recovery gave way in 2019 to Westford Care NHS Trust.", ((GREENWAY, _WCT),)),
    Cue(r"\b(?:are|were|became|have\s+become)\s+(?:now\s+)?(?:one|a\s+single)\s+(?:new\s+)?(?:organisation|body|trust|CCG|company|"
        r"charity|council)\b,?\s*(?:called\s+|named\s+|known\s+as\s+)?", "after-next",
        "Greenway Recovery and NCHT are now one organisation, Westford Care NHS Trust.", ((GREENWAY, _WCT), (NCHT, _WCT))),
    # the old name as a registration: "C is the name adopted by the body previously registered as A"
    Cue(r"\b(?:previously|formerly|originally|once|until\s+(?:then|(?:19|20)\d\d))\s+(?:registered|incorporated|constituted|"
        r"known|trading|operating)\s+as\b", "before",
        "Westford Care NHS Trust is the name adopted in 2018 by the body previously registered as Greenway Recovery.",
        ((GREENWAY, _WCT),)),
    # a change of form as a noun: "the conversion of A into C"
    Cue(r"\b(?:conversion|transformation|reconstitution|re-?registration)\s+of\b", "nominal",
        "The conversion of Greenway Recovery into Westford Care NHS Trust was completed in June 2018.",
        ((GREENWAY, _WCT),)),
    # the successor noun in brackets: "C (successor body to A since April 2019)"
    Cue(r"\(\s*(?:the\s+)?successor\s+(?:(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation)\s+)?(?:to|of)\b", "before",
        "Westford Care NHS Trust (successor body to Greenway Recovery since April 2019) runs the clinic.",
        ((GREENWAY, _WCT),)),
    # a body wound up when another took it in: "A was wound up when C took it in"
    Cue(_ENDED + r"(?=[^.;]*\b(?:when|after|as|once)\s+[^.;]{0,60}?\b(?:(?:took|taken|had\s+taken)\s+(?:it|them)\s+(?:in|over|on)|"
        r"(?:absorbed|acquired|subsumed|incorporated|took\s+over|merged\s+with)\s+(?:it|them))\b)",
        "dissolved", ["Greenway Recovery was wound up in 2018 when Westford Care NHS Trust took it in.",
                      "Greenway Recovery ceased operating in 2019, when Westford Care NHS Trust absorbed it."],
        ((GREENWAY, _WCT),)),
    # bodies that gave way to a new one described before its name: "A and B gave way to a single
    # group covering the county, C"
    Cue(r"\b(?:gave|give|has\s+given|have\s+given)\s+way\s+to\s+(?:a|an|one)\s+(?:single|new|merged|combined|larger)\b[^.;:]{0,80}?,\s*",
        "after-next", "Greenway Recovery and NCHT gave way to a single trust covering the county, Westford Care NHS Trust.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # a list item's head body and its new name: "A (AB): foundation status in 2016, and with it
    # the present title, C"
    Cue(r"\b(?:the|its|a)\s+(?:present|current|new)\s+(?:title|name)\b,?\s*(?:of\s+)?", "head-next",
        "Greenway Recovery (GR): community interest status from 2016, and with it the present title, Westford Care NHS Trust.",
        ((GREENWAY, _WCT),)),
    # the successor noun with an adjective: "C is now the legal successor to A"
    Cue(r"\b(?:is|was|became|has\s+become|as)\s+(?:now\s+)?(?:the\s+)?(?:legal|statutory|formal|direct|sole|official)\s+"
        r"successor\s+(?:(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation)\s+)?(?:to|of)\b", "before",
        "Westford Care NHS Trust is now the legal successor to Greenway Recovery.", ((GREENWAY, _WCT),)),
    # "C took A's place"
    Cue(r"\b(?:took|takes|has\s+taken|had\s+taken)\s+(?=(?:the\s+)?[A-Z][^.;]{0,60}?['’]s\s+place\b)", "before-owner",
        "In 2019 Westford Care NHS Trust took Greenway Recovery's place.", ((GREENWAY, _WCT),)),
    # a body's whole work brought under another: "A's services and staff came under the management of C"
    Cue(rf"['’]s\s+(?:whole\s+|entire\s+)?(?:[\w-]+\s+){{0,2}}?{_ITS_WORK}\b[^.;]{{0,80}}?\b(?:came|come|comes|passed|"
        r"went|moved|(?:was|were)\s+brought|(?:was|were)\s+placed)\s+under\s+(?:the\s+)?(?:management|control|ownership|"
        r"running|leadership|governance)\s+of\b",
        "after", "In 2018 Greenway Recovery's whole portfolio, and its staff, came under the management of Westford Care NHS Trust.",
        ((GREENWAY, _WCT),)),
]

# succ9 -------------------------------------------------------------------------------------
#: A body's ending as a sentence's news, the body its subject: "A no longer exists.", "A was
#: abolished on 1 July 2022." (relations.handed_on_after_ending reads the next sentence with
#: "its" and "their" written as the body's name).
BODY_ENDED = _ENDED
ITS_WORK = _ITS_WORK

#: Taking in the whole work of bodies that ended, said of the body that took it (session 10):
#: ``active`` the taker before the words ("C inherited their functions", "C, which widened its
#: remit to take in the staff of A"), ``to`` the taker after them ("everything the two trusts
#: did was united in C", "A passed its service and its staff to C"). Read by
#: relations.ended_and_taken_in only beside an ending of those bodies, in the same sentence or
#: the one before or after (a body that goes on may hand on one service: no succession).
TAKEN_IN = [
    Cue(r"\b(?:inherited|took\s+(?:in|on|over)|(?<=to\s)take\s+(?:in|on|over)|absorbed|assumed|received)\b",
        "active", ("NHS Westford CCG and NHS Eastmere CCG were both wound up in March 2020; on the next day "
                   "NHS Westford and Eastmere CCG inherited their functions, their staff and their contracts."),
        (("westford-ccg", "westford-and-eastmere-ccg"), ("eastmere-ccg", "westford-and-eastmere-ccg"))),
    # "picked up" (session 27, from batteries AC, AF and AG): "A ceased trading; C picked up its caseload"
    Cue(r"\bpicked\s+up\b", "active",
        "Greenway Recovery ceased trading in 2018; Harbour Health CIC picked up the whole of its caseload.",
        (("greenway-recovery", "harbour-health-cic"),)),
    # the work taken, said of the work: "Its work had been taken over by C the year before"
    Cue(r"\b(?:was|were|had\s+been|has\s+been|have\s+been|(?:is|are)\s+now)\s+(?:\w+ly\s+)?(?:taken\s+(?:over|on|in)|absorbed|"
        r"inherited|assumed|picked\s+up|carried\s+out|performed|discharged|exercised|run|provided|delivered|held)"
        r"(?:\s+(?:in\s+(?:its|their)\s+entirety|in\s+full|wholesale|whole))?\s+by\b",
        "by", ("Greenway Recovery closed in 2018. Its work with children had been taken over by Harbour Health CIC the "
               "year before."),
        (("greenway-recovery", "harbour-health-cic"),)),
    # the taker named as the ended body's successor: "A was dissolved; C is its successor"
    Cue(r"\b(?:is|was|became|has\s+become)\s+(?:its|their)\s+(?:legal\s+|statutory\s+|sole\s+)?successor\b"
        r"|\b(?:stepped|steps|has\s+stepped)\s+into\s+(?:its|their)\s+shoes\b", "whole",
        ["Greenway Recovery was dissolved in 2018; Harbour Health CIC is its successor.",
         "Greenway Recovery was dissolved in 2018; Harbour Health CIC stepped into its shoes."],
        (("greenway-recovery", "harbour-health-cic"),)),
    # the body itself taken: "A closed when C took it over"
    Cue(r"\btook\s+(?:it|them)\s+(?:over|on|in)\b", "whole",
        "Greenway Recovery closed in 2018 when Harbour Health CIC took it over.",
        (("greenway-recovery", "harbour-health-cic"),)),
    Cue(r"\b(?:(?:was|were)\s+(?:united|merged|combined|brought\s+together|gathered|vested|placed|folded|absorbed)"
        r"(?:,[^,;]{1,80},)?\s+(?:in|into|within|under)"
        r"|(?:passed|handed|moved|transferred|went)\b(?:[^.;]{0,120}?\s)?(?:to|into)"
        r"|(?:merged|folded|integrated)\s+(?:all\s+)?(?:its|their)\s+[^.;]{0,80}?\s+into)\b",
        "to", [("Greenway Recovery passed its young people's service and the workers who ran it to Harbour Health CIC in "
                "2018. Greenway Recovery was removed from the register of charities the next year."),
               # its work merged into the taker's, its ending after a semicolon (session 27, from battery AK)
               ("Greenway Recovery merged its operations into Harbour Health CIC in 2017; by spring 2018 it was removed "
                "from the register."),
               ("Greenway Recovery was wound up in 2018, and its staff and clinics were folded, under an order the "
                "commissioners approved, into Harbour Health CIC.")],
        (("greenway-recovery", "harbour-health-cic"),)),
    # the people themselves changing employer (session 21, from pair 17): "all 412 of them started
    # working for C", "every nurse became an employee of C"; the sentence before or after the ending
    Cue(r"\b(?:all|every|each)\b[^.;]{0,60}?\b(?:(?:started|began)\s+(?:working|to\s+work)\s+for|became\s+(?:an\s+)?"
        r"employees?\s+of|(?:went|moved)\s+on\s*to\s+the\s+payroll\s+of|became\s+(?:one\s+of\s+)?(?=[^.;,]{1,60}?['’]s\b))",
        "staff",
        [("In 2017 every nurse of Greenway Recovery started working for Harbour Health CIC. Greenway Recovery had "
          "nobody left on its books and closed that winter."),
         # the people becoming the taker's (session 27, from pair 26's quoted manager: "became one of ours")
         "When Greenway Recovery closed in 2017, every child on its books became one of Harbour Health CIC's."],
        (("greenway-recovery", "harbour-health-cic"),)),
    Cue(r"\bcame\s+under\b|\b(?:re-?)?assigned\s+to\b|\bmoved\s+onto\b", "to",
        ("Greenway Recovery was wound up in March 2018; its clinics and caseloads came under Harbour Health CIC from the "
         "next day."),
        (("greenway-recovery", "harbour-health-cic"),)),
    # the work now part of the taker, its old body's ending said beside it
    Cue(r"\b(?:is|are)\s+(?:now\s+)?(?:all\s+)?part\s+of\b", "to",
        ("Since 2018 the counselling teams are part of Harbour Health CIC; their old employer, Greenway Recovery, no "
         "longer exists."),
        (("greenway-recovery", "harbour-health-cic"),)),
]
#: What a sentence after a body's ending says of the body that now has its work, read only
#: there (alone, "C now holds A's contracts" may be one contract moving): ``says`` as in
#: SUCCESSION_FORMS; each example two sentences, the first the ending.
AFTER_ENDING = [
    Cue(r"\b(?:now\s+)?(?:holds|runs|delivers|provides|employs|manages|operates|does|performs|carries\s+out|"
        r"(?:has|have)\s+(?:since\s+)?(?:held|run|delivered|provided|employed|managed|operated|done|performed))\s+(?:all\s+(?:of\s+)?)?"
        rf"(?=(?:the\s+)?[A-Z][^.;]{{0,60}}?['’]s\s+(?:[\w-]+\s+){{0,2}}?{_ITS_WORK}\b)",
        "before-owner", ["Greenway Recovery went into administration in 2019. Westford Care NHS Trust now holds its contracts.",
                         # "does its work" (session 27, from battery AC)
                         "Greenway Recovery is gone. Westford Care NHS Trust does its work now."],
        ((GREENWAY, _WCT),)),
    Cue(r"^\s*(?:the\s+)?successor(?:\s+(?:body|organi[sz]ation|practice|trust|CCG|charity|company|provider|commissioner|federation))?\b[^.:;]{0,200}:\s*", "label-next",
        ("Greenway Recovery: dissolved 30 September 2017. Successor body for all its services and its staff, from "
         "1 October 2017: Westford Care NHS Trust."),
        ((GREENWAY, _WCT),)),
]

#: A body doing work "since" the time another body ended (session 27, from pair 26): "A was
#: dissolved in 2017. Since 1 July that year C has held the contract"; "C nurses have staffed the
#: unit since April 2016, the month in which A was dissolved". The doing in the perfect (it goes
#: on now); the time the ending's, by "then", "that year" or the same date, or an apposition
#: ("the month in which ...") that states the ending (relations.carried_on_since_ending).
SINCE_ENDING = [
    Cue(r"\b(?:has|have)\s+(?:since\s+|(?:also|now|\w+ly)\s+)?(?:held|run|staffed|delivered|provided|managed|operated|"
        r"carried\s+(?:out|on)|been\s+(?:running|delivering|providing|carrying\s+on|doing|responsible\s+for|"
        r"the\s+(?:provider|holder)\s+of))\b",
        "since", ["Greenway Recovery was wound up in 2018. Since 1 May that year Harbour Health CIC has held the counselling contract.",
                  ("Harbour Health CIC has run the counselling service since June 2018, the month in which Greenway Recovery "
                   "was dissolved."),
                  "Greenway Recovery closed in 2018, and Harbour Health CIC has delivered the counselling service since then.",
                  ("Greenway Recovery was wound up on 30 April 2018. Harbour Health CIC has managed all of the charity's "
                   "counselling from the following day.")],
        ((GREENWAY, "harbour-health-cic"),)),
]
#: When a body's doing began, after "since" or "from": a time that points back ("then", "that
#: year", "the next day") or a date ("April 2016", "1 July 2017"); "from" not the start of a span
#: ("from 2015 to 2018").
SINCE_TIME = (r"\b(?:(?:ever\s+)?since|(?P<from>from))\s+(?P<time>then|that\s+(?:date|day|time|week|month|year|point|spring|summer|autumn|winter)|"
              r"the\s+(?:next|following|same)\s+(?:day|morning|week|month|year)|"
              rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTHS}\s+|the\s+(?:spring|summer|autumn|winter|start|end|beginning|middle)"
              r"\s+of\s+)?(?:(?:19|20)\d\d|that\s+year))\b"
              r"(?(from)(?!\s+(?:to|until|till|through|thru|up\s+to)\b|\s*[-–/]))")

#: A succession set out as labelled lines (succ9): "Predecessor: A" and "Successor: C", a line
#: each, in either order (relations.labelled_succession); (label of the old body, of the new).
LABELLED_SUCCESSION = [
    Cue(r"predecessor(?:\s+(?:body|bodies|organisations?))?|former\s+(?:name|body|organisation)|old\s+(?:name|body|organisation)",
        "old", "Predecessor: Greenway Recovery\nSuccessor: Westford Care NHS Trust\nDate: 1 April 2019",
        ((GREENWAY, _WCT),)),
    Cue(r"successor(?:\s+(?:body|organisation))?|new\s+(?:name|body|organisation)", "new",
        "Former name: Greenway Recovery\nNew name: Westford Care NHS Trust", ((GREENWAY, _WCT),)),
]

#: A table of successions, as a copy gives it with its cells run together (succ9): a heading of
#: a column of old bodies then one of new ("Organisation before | Organisation now", "Former
#: body | Current body", "Predecessor | Successor"), then rows naming an old body and its new
#: one side by side (relations.succession_table).
SUCCESSION_COLUMNS = [
    Cue(r"\b(?:(?:organi[sz]ation|body|provider|commissioner|name)s?\s+(?:before|then|previously|formerly|at\s+(?:our|the)\s+"
        r"(?:(?:19|20)\d\d\s+|last\s+|previous\s+|earlier\s+)?(?:visit|review|inspection))|(?:former|previous|old|"
        r"original|predecessor)\s+(?:organi[sz]ation|body|provider|commissioner|name)s?|predecessors?)"
        r"[\s|/\t]+(?:(?:organi[sz]ation|body|provider|commissioner|name)s?\s+(?:now|today|since)|(?:current|new|present|"
        r"successor|continuing|receiving|surviving)\s+(?:organi[sz]ation|body|provider|commissioner|name)s?|successors?"
        r"|who\s+(?:does|runs|holds)\s+(?:its|their|the)\s+(?:work|services|contracts)\s+(?:now|today))\b", "old-new",
        ["Organisation before\tOrganisation now\tFrom\nGreenway Recovery\tWestford Care NHS Trust\tJune 2018",
         "Body at our last review\tWho runs its services now\nGreenway Recovery\tWestford Care NHS Trust",
         "Former body\tContinuing body\tDate\nGreenway Recovery\tWestford Care NHS Trust\t1 October 2017"],
        ((GREENWAY, _WCT),)),
    # a column of bodies by their fate, then a column of who carries their work (session 15, from
    # battery K's and C's tables): "Gone | Year | Carried on by", "Named in 2015 | Responsible now"
    Cue(r"\b(?:gone|ended|closed|dissolved|abolished|no\s+longer\s+(?:exists?|trading)|named\s+(?:in|at)\s+(?:our\s+|the\s+)?"
        r"(?:(?:19|20)\d\d|last|previous|earlier)(?:\s+(?:review|report|inspection|visit))?)"
        r"(?:[\s|/\t]+(?:year|date|when|from|since|on))?[\s|/\t]+"
        r"(?:(?:work\s+|services\s+)?(?:carried\s+on|taken\s+(?:on|over)|now\s+(?:run|held|provided|done))\s+by|"
        r"responsible\s+(?:body\s+)?(?:now|today)|replaced\s+by|successor(?:\s+(?:body|organi[sz]ation))?s?)\b", "old-new",
        ["Gone\tYear\tCarried on by\nGreenway Recovery\t2018\tWestford Care NHS Trust",
         "Named in 2015\tResponsible now\tChange\nGreenway Recovery\tWestford Care NHS Trust\tcharity closed"],
        ((GREENWAY, _WCT),)),
    # the bodies at each of two reviews, a column each by its year (session 21, from pair 20's
    # table): "Organisation at the 2014 review | Organisation at the 2019 review", "Body in 2015 |
    # Body in 2019"; a row naming one body twice is a body that went on (relations.succession_table
    # reads the columns in the order of their years), or the later "now" (session 24, from pair 23's
    # table, its title run into the heading where a copy loses the line breaks)
    # (bodies, not a service's provider or commissioner: "Service | Provider in 2014 | Provider in
    # 2019" is a table of contracts, whose rows may move between bodies that go on; the heading
    # opens its line)
    Cue(r"(?:^|(?<=\n)|(?<=[a-z:] ))[ \t]*(?:organi[sz]ation|body|name)s?\s+(?:at|in)\s+(?:the\s+|our\s+)?(?:19|20)\d\d"
        r"(?:\s+(?:review|visit|inspection))?[ |/\t]+(?:organi[sz]ation|body|name)s?\s+(?:(?:at|in)\s+"
        r"(?:the\s+|our\s+|this\s+)?(?:19|20)\d\d(?:\s+(?:review|visit|inspection))?|now|today)\b", "old-new",
        ["Body in 2015\tBody in 2019\nGreenway Recovery\tWestford Care NHS Trust",
         "Table 2: bodies working with children Organisation in 2015 | Organisation now Greenway Recovery | Westford Care NHS Trust",
         "Organisation at the 2019 review\tOrganisation at the 2015 review\nWestford Care NHS Trust\tGreenway Recovery"],
        ((GREENWAY, _WCT),)),
]

#: A body said to answer now for what an earlier review asked of another (session 24, from pair
#: 23's recommendation heading): the earlier body's responsibilities are the later one's, so it is
#: accountable now for the earlier recommendations. Read by relations.recommendations_answered, in
#: recommendation group headings and in the context (not in recommendations, which ask): the body
#: right before the words (its subject), the body right after "addressed to".
RECOMMENDATIONS_ANSWERED = [
    Cue(r"\b(?:answers|is\s+(?:now\s+)?(?:answerable|accountable|responsible)|(?:has\s+)?tak(?:en|es)\s+(?:on\s+)?"
        r"responsibility)\s+for\s+(?:the\s+|our\s+)?(?:earlier\s+|previous\s+)?recommendations?\b(?:[^.;:]|\.(?=\d)){0,120}?\b"
        r"(?:addressed|made|directed|given|set)\s+to\b", "answered",
        [("1. Westford Care NHS Trust, which answers for recommendations 2.1 to 2.3 of our 2015 report as they were "
          "addressed to Greenway Recovery, should:"),
         "Westford Care NHS Trust is now accountable for the recommendations our 2015 review made to Greenway Recovery."],
        ((GREENWAY, _WCT),)),
]

#: A body's contract ending, said of the body (succ9): ``owner`` the body whose contract it is
#: ("A's contract for X ended in 2016"), ``subject`` the body that did not keep it ("The
#: incumbent, A, did not retain the contract"). Read by relations.contract_handed_on with
#: CONTRACT_TAKEN, later in the sentence or in the next one; a contract moved, so
#: extract.stated_successions keeps it only where the review names A doing nothing else.
CONTRACT_ENDED = [
    Cue(r"['’]s\s+(?:[\w'’-]+\s+){0,5}?contract(?!\s+with\b)\s+(?:[\w'’-]+\s+){0,6}?(?:ended|expired|lapsed|ran\s+out|"
        r"came\s+to\s+an\s+end|(?:was|had\s+been)\s+(?:not\s+renewed|not\s+extended|terminated|ended|brought\s+to\s+an\s+end))\b",
        "owner", [("Greenway Recovery's contract for school nursing ended in March 2018, and Westford Care NHS Trust "
                  "has provided the service since April 2018."),
                  "Greenway Recovery's contract expired in 2019. The new contract was awarded to Westford Care NHS Trust."],
        ((GREENWAY, _WCT),)),
    Cue(r"\b(?:did\s+not|failed\s+to|was\s+unable\s+to)\s+(?:retain|keep|renew|win\s+back|hold\s+on\s+to)\s+(?:the|its|their)\s+"
        r"(?:[\w'’-]+\s+){0,3}?contract\b|\blost\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?contract\b(?!\s+to\b)",
        "subject", [("The previous provider, Greenway Recovery, did not retain the contract in 2017; Westford Care NHS Trust "
                    "took over in October."),
                    ("Greenway Recovery lost the contract at re-procurement. Westford Care NHS Trust began delivering the "
                    "service in 2019.")],
        ((GREENWAY, _WCT),)),
]
#: Bodies said to merge with no new body named in the words (succ9): "A and B merged in 2018",
#: "A merged with B". Read by relations.merged_then_named with NEW_BODY, later in the sentence
#: or in the next one. Each example gives its pairs so read.
MERGED = [
    Cue(r"\b(?:merged|amalgamated|combined|came\s+together|joined\s+together|(?:were|have\s+been|had\s+been)\s+"
        r"(?:merged|amalgamated|combined|brought\s+together))\b(?!\s+(?:to\s+form|to\s+create|to\s+become|into|as|under|"
        r"their|its|the|a|an|some|all|with\s+(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:teams?|services?|work|budgets?))\b)"
        r"(?:\s+with\b)?", "merged",
        ["Greenway Recovery and NCHT merged in April 2018. The new trust is called Westford Care NHS Trust.",
         "Greenway Recovery merged with NCHT in 2018, and the new organisation is called Westford Care NHS Trust."],
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    # one body joining an unnamed partner, then named anew (session 10)
    Cue(r"\bjoined\s+with\b", "merged",
        ("Greenway Recovery joined with a neighbouring charity in 2018, and the enlarged charity carries on under the "
         "name Westford Care NHS Trust."),
        ((GREENWAY, _WCT),)),
]
#: The new body a merger made, named: ``after`` straight after the words ("the merged trust is
#: known as C", "The new organisation, C,"), ``before`` straight before them ("C, the new trust,").
NEW_BODY = [
    Cue(r"\b(?:the|a|one)\s+(?:newly\s+)?(?:new|merged|combined|resulting|single|enlarged|formed)\s+(?:[\w-]+\s+)?"
        r"(?:organisation|body|trust|CCG|company|charity|provider|council|partnership|practice)\b(?:\s+(?:is|was|has\s+been)\s+"
        r"(?:called|named|known\s+as)|\s+(?:carries|carried)\s+on\s+(?:under\s+the\s+name(?:\s+of)?|as)|\s+(?:trades|traded|"
        r"operates|operated)\s+as|\s*,|\s+(?:is|was))?\s*(?:the\s+)?", "after",
        "Greenway Recovery and NCHT merged in April 2018. The merged organisation, Westford Care NHS Trust, runs the clinic.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
    Cue(r",\s+the\s+(?:newly\s+)?(?:new|merged|combined|resulting|single|enlarged)\s+(?:[\w-]+\s+)?"
        r"(?:organisation|body|trust|CCG|company|charity|provider|council)\b", "before",
        "Greenway Recovery and NCHT merged in April 2018. Westford Care NHS Trust, the new trust, runs the clinic.",
        ((GREENWAY, _WCT), (NCHT, _WCT))),
]

#: A rename said over two sentences (session 12): the old name said as what readers of an earlier
#: review knew a body as, then "the same trust" named as the review names it now. Read by
#: relations.renamed_across: the body after :data:`OLD_NAME` in one sentence, the body after
#: :data:`NOW_NAMED` in the next, whose subject stands for it ("The same trust", "It", "This trust").
_A_BODY_NOUN = r"(?:[\w-]+\s+){0,2}?(?:trust|CCG|council|charity|provider|body|organi[sz]ation|company|group)"
OLD_NAME = [
    Cue(r"\b(?:know|knew|knows|will\s+know|will\s+remember|remember|recall)\s+(?:the\s+|this\s+|that\s+)?"
        + _A_BODY_NOUN + r"\s+(?:as|by\s+the\s+name(?:\s+of)?)\s+",
        "old", ("Readers of our 2015 report will know the community trust as Northmoor Community Health NHS Trust. "
                "The same trust appears in this report as Westford Care NHS Trust."),
        ((NCHT, _WCT),)),
    Cue(r"\b(?:our|the)\s+(?:earlier|previous|last|\d{4})\s+(?:review|report)\s+(?:called|named|knew)\s+(?:it|the\s+"
        + _A_BODY_NOUN + r")\s+",
        "old", ("Our 2015 report called the community trust Northmoor Community Health NHS Trust. "
                "It is named here as Westford Care NHS Trust."),
        ((NCHT, _WCT),)),
]
#: What the body of :data:`OLD_NAME` is named now, in the sentence after it.
NOW_NAMED = [
    Cue(r"\b(?:appears|is\s+(?:now\s+|today\s+)?(?:named|called|referred\s+to|known|shown)|goes\s+by\s+the\s+name)"
        r"(?:\s+(?:in\s+this\s+(?:report|review)|here|below|throughout|now|today))*\s+(?:as\s+)?",
        "now", ("Readers of our 2015 report will know the community trust as Northmoor Community Health NHS Trust. "
                "It is now called Westford Care NHS Trust."),
        ((NCHT, _WCT),)),
]

#: (succ9) A body said to have gone from the area after a contract moved, said after the body
#: that took it: "C has held the contract since 2017. A, holder until then, has no presence left".
CONTRACT_ENDED.append(
    Cue(r",\s+(?:the\s+)?(?:previous\s+|former\s+|outgoing\s+)?(?:holder|provider|incumbent)\s+until\s+then\b"
        r"|\b(?:has|have)\s+no\s+(?:presence|services?|staff)\s+(?:left\s+)?in\b"
        r"|\bno\s+longer\s+(?:has\s+any\s+presence|works|operates|provides\s+anything)\s+in\b",
        "subject", [("Westford Care NHS Trust has held the contract since 1 June 2017. Greenway Recovery, whose workers we met "
                    "in 2015, no longer has any presence in Westford."),
                    ("The contract was re-let in 2017, with an award to Westford Care NHS Trust. Greenway Recovery, holder until "
                     "then, has no presence left in Westford.")],
        ((GREENWAY, _WCT),)))

#: The body that took a contract on after it ended (succ9): ``after`` named after the words
#: ("the replacement contract went to C"), ``before`` the subject before them ("C began delivering
#: the service", "C took over"). Examples as in CONTRACT_ENDED.
CONTRACT_TAKEN = [
    Cue(r"\b(?:replacement|new|next|successor|re-?let|re-?tendered|subsequent)\s+contract\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:went|passed|(?:was|has\s+been)\s+(?:awarded|given|let|won))\s+to\b|\ban\s+award\s+to\b|;\s+award\s+to\b", "after",
        "Greenway Recovery's contract expired in 2019. The new contract was awarded to Westford Care NHS Trust.",
        ((GREENWAY, _WCT),)),
    Cue(r"\b(?:began|begun|started|(?:has|have)\s+(?:since\s+)?been)\s+(?:delivering|providing|running|to\s+(?:deliver|provide|run))"
        r"\s+(?:the|that|this)\s+(?:service|work|contract)\b|\b(?:took\s+over|took\s+it\s+on|took\s+on\s+the\s+(?:service|contract|"
        r"work)|won\s+(?:it|the\s+(?:new\s+|replacement\s+)?contract)|(?:was|were)\s+awarded\s+(?:it|the\s+(?:new\s+|replacement\s+)?"
        r"contract)|(?:has|have)\s+(?:since\s+)?(?:provided|delivered|run)\s+(?:the|that|this|it)\b|(?:has|have)\s+(?:since\s+)?"
        r"held\s+the\s+contract|holds\s+the\s+contract\s+now)", "before",
        "Greenway Recovery lost the contract at re-procurement. Westford Care NHS Trust began delivering the service in 2019.",
        ((GREENWAY, _WCT),)),
]


#: A sentence that puts what it describes out of force, whatever its verbs say of who pays or runs
#: what (relations.relations_in reads nothing of it): an agreement not (yet) signed, an approval
#: the arrangement waits on, an outcome a plan "would see", a choice between bodies, a denial
#: with "ever". Each row's example states no commissioning or provision.
NOT_IN_FORCE = [
    Cue(r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:signed|agreed|approved|ratified|finalised|finalized|sealed)\b",
        "not signed", "A draft agreement for NHS Westford CCG to fund school nursing has not been signed."),
    Cue(r"^(?:If|Once|When|Subject\s+to)\s+(?:it\s+is\s+|they\s+are\s+|the\s+\w+\s+is\s+)?(?:approved|agreed|signed|"
        r"funded|accepted|ratified|successful)\b|^Subject\s+to\s+(?:approval|agreement|funding)\b",
        "waiting on approval", "If approved, NHS Westford CCG will fund a liaison nurse in CAMHS."),
    Cue(r"\bwould\s+see\b", "a plan's outcome",
        "The business case would see Westford City Council fund school nursing from 2021."),
    Cue(r"\bcould\s+be\s+(?:either|one\s+of)\b", "a choice", "The provider of CAMHS could be either Greenway Recovery or "
        "Northmoor Community Health NHS Trust."),
    Cue(r"\b(?:unsure|uncertain|unclear|not\s+(?:sure|clear|certain)|(?:did|do|does)\s+not\s+know|(?:could|can)\s*not\s+(?:say|tell))"
        r"\s+(?:about\s+)?(?:whether|which|who)\b",
        "nobody sure", "Staff were unsure whether NHS Westford CCG or Westford City Council pays for the CAMHS outreach team."),
    Cue(r"\b(?:has|have|had)\s+ever\s+(?:\w+ed|run|paid|bought|held|funded)\b",
        "a denial with 'ever'", "Neither NHS Westford CCG nor Westford City Council has ever purchased CAMHS."),
    # (session 27) two named bodies denied in a sentence of one statement: "Neither A nor B funds X"
    # (not "Neither parents nor staff knew ...", nor one that goes on ", which C pays for" or "; C does")
    Cue(r"^\W*Neither\s+(?:the\s+)?(?-i:[A-Z])[^.;:,]{0,80}?\s+nor\s+(?:the\s+|any\s+)?[A-Za-z](?![^;:]*(?:,\s+(?:which|but|whereas)\b|;|:))",
        "both denied", "Neither NHS Westford CCG nor Westford City Council funds the family nurse partnership."),
]
