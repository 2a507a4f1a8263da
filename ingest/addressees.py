"""Who a recommendation group addresses: the bodies its heading names, or, for a heading that
addresses a role ("The designated nurse for looked after children should:"), the body the report
says employs or holds that role.

A role's body is read from the report's own sentences that name the role beside a body with a
word of employment or hosting ("the designated nurse, employed by NHS Ashvale CCG", "Ashvale
Council, which employs the Director of Public Health"). Where the report does not say, the
body that holds such a role by statute: the council for a director of public health, the
CCGs for designated professionals (Working Together to Safeguard Children).

>>> from clasgraph.ingest.organisations import OrgResolver
>>> orgs = OrgResolver()
>>> ccg = orgs.add("NHS Ashvale CCG")
>>> trust = orgs.add("Ashvale Hospitals NHS Trust")
>>> doc = Document("x.txt", "0", context=[
...     "The named nurse for safeguarding, employed by Ashvale Hospitals NHS Trust, left."])
>>> addressees_of("The named nurse for safeguarding should:", doc, orgs, "Ashvale")
['ashvale-hospitals-trust']
>>> addressees_of("The designated nurse for looked after children should", doc, orgs, "Ashvale")
['ashvale-ccg']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from clasgraph.ingest.document import Document
from clasgraph.ingest.organisations import OrgResolver, org_spans, referents
from clasgraph.ingest.rules.layout import GROUP_VERB


class Role(NamedTuple):
    """A role a recommendation may address, and whose it is when the report does not say."""

    pattern: str  #: the role as reports name it (case ignored); group ``mention``: what to find
    default: str | None  #: "ccgs", "public-health" or None (no body holds it by statute)
    example: str  #: a group heading addressing the role
    ties: str = ""  #: the words that tie the role to its body in the report (default EMPLOYMENT)


ROLES = [
    Role(r"designated (?:safeguarding |looked after children'?s? |LAC |health )?(?:nurses?|doctors?|"
         r"professionals?|paediatricians?|leads?|clinicians?)(?: for [a-z' ]+?)?(?= and | together|$|,)",
         "ccgs", "The designated nurse for looked after children should:"),
    Role(r"named (?:safeguarding |looked after children'?s? |LAC )?(?:nurses?|doctors?|midwi(?:fe|ves)|GPs?|"
         r"professionals?|leads?)(?: for [a-z' ]+?)?(?= and | together|$|,)",
         None, "The named midwife should:"),
    Role(r"director of public health|public health director", "public-health",
         "The Director of Public Health should:"),
    Role(r"(?:director|head|chief) of (?:nursing|safeguarding|quality)(?: and [a-z]+)?|"
         r"(?:executive |board )?(?:lead|leads) for safeguarding|safeguarding leads?",
         None, "The executive lead for safeguarding should:"),
    Role(r"providers? of (?:the )?(?P<mention>[a-z0-9' -]+?)(?= and | together|$|,)", None,
         "The provider of substance misuse services should:", "provision"),
]
#: Words that tie a role to the body that employs or holds it, either way round.
EMPLOYMENT = (r"employ(?:s|ed|ing)?|employees? of|(?:on )?the payroll of|paid by|hosts?|hosted|"
              r"based (?:in|at|within|with)|in post (?:at|with|in)|works? (?:for|in|within)|"
              r"appointed by|appoints|seconded (?:to|from)|contracted (?:by|to)|sits? (?:in|within)|"
              r"held by|holds|(?:forms? )?part of|members? of|make up|makes up|on the staff of|staff of")


#: Words that tie a service to the body that provides it, either way round.
PROVISION = (r"provid(?:es|ed|ing)|deliver(?:s|ed|ing)?|run|runs|operat(?:es|ed|ing)|"
             r"holds? the contract (?:for|to provide)|(?:is|are) contracted to provide|commissioned from|"
             r"(?:was |were )?awarded the contract for")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text) if s.strip()]


def role_in(heading: str) -> Role | None:
    """The role a heading addresses, if it addresses one.

    >>> role_in("The Director of Public Health").default
    'public-health'
    >>> role_in("NHS Ashvale CCG") is None
    True
    """
    for role in ROLES:
        if re.search(rf"\b(?:{role.pattern})", heading, re.IGNORECASE):
            return role
    return None


def employer_of(role: Role, mention: str, texts: list[str], orgs: OrgResolver, area: str) -> list[str]:
    """The body the report says employs or holds a role, from the first sentence that names the
    role (as the heading words it) beside a body and a word of employment."""
    words = re.escape(mention).replace(r"\ ", r"\s+")
    cues = PROVISION if role.ties == "provision" else EMPLOYMENT
    for text in texts:
        for sentence in _sentences(text):
            m = re.search(words, sentence, re.IGNORECASE)
            if not m:
                continue
            spans = [s for s in org_spans(sentence, orgs, area) if not (m.start() <= s[0] < m.end())]
            after = [s for s in spans if s[0] >= m.end() and re.fullmatch(
                rf"[^.;]{{0,100}}?\b(?:{cues})(?:\s+by)?\s+(?:the\s+)?", sentence[m.end():s[0]], re.IGNORECASE)]
            before = [s for s in spans if s[1] <= m.start() and re.search(
                rf"\b(?:{cues})\s+(?:the|its|their|a)?\s*$", sentence[s[1]:m.start()], re.IGNORECASE)
                and len(sentence[s[1]:m.start()]) < 60]
            found = after[:1] or before[-1:]
            if found:
                return [found[0][2]]
    return []


def addressees_of(heading: str, doc: Document, orgs: OrgResolver, area: str) -> list[str]:
    """Organisation ids a recommendation group's heading addresses, in the order it names
    them; a role is resolved to its body (see the module's description)."""
    heading = re.sub(rf"\s*{GROUP_VERB}.*$", "", heading, flags=re.IGNORECASE | re.DOTALL)
    texts = [*doc.context, *(f.text for f in doc.findings)]
    plural = re.fullmatch(r"(?:NHS\s+)?(?:[A-Z][\w'’-]+\s+)+(?:CCGs|Clinical Commissioning Groups)", heading.strip())
    if plural and not orgs.resolve(heading.strip()) and len(referents(orgs, "ccgs", area)) > 1:
        return referents(orgs, "ccgs", area)  # "Oakhurst CCGs": the area's CCGs, not a body of that name
    ids: list[str] = []
    for _, _, org in org_spans(heading, orgs, area, new_names=True):
        if org not in ids:
            ids.append(org)
    if ids:
        return ids
    role = role_in(heading)
    if role is None:
        return []
    m = re.search(rf"\b(?:{role.pattern})", heading, re.IGNORECASE)
    mention = m.groupdict().get("mention") or m.group(0)
    found = employer_of(role, mention, texts, orgs, area)
    if not found and mention.lower() != mention.lower().split(" for ")[0]:
        found = employer_of(role, mention.lower().split(" for ")[0], texts, orgs, area)
    return found or (referents(orgs, role.default, area) if role.default else [])
