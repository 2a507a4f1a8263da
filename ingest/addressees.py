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
>>> community = orgs.add("Ashvale Community NHS Trust")
>>> doc.context.append("Ashvale Community NHS Trust employs its own named nurse for safeguarding "
...                    "and its own named nurse for looked after children.")
>>> addressees_of("The named nurse for looked after children should", doc, orgs, "Ashvale")
['ashvale-community-trust']

The body that pays for a role's time holds it too:

>>> doc.context.append("The CCG also funds two sessions a week of a named GP for safeguarding.")
>>> addressees_of("The named GP for safeguarding should", doc, orgs, "Ashvale")
['ashvale-ccg']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from clasgraph.ingest.document import Document
from clasgraph.ingest.header import CQC_REGIONS, NHS_ENGLAND_AREAS
from clasgraph.ingest.organisations import OrgResolver, is_org_name, org_spans, referents
from clasgraph.ingest.rules.layout import GROUP_LEAD, GROUP_VERB


class Role(NamedTuple):
    """A role a recommendation may address, and whose it is when the report does not say."""

    pattern: str  #: the role as reports name it (case ignored); group ``mention``: what to find
    default: str | None  #: "ccgs", "public-health", "partners" or None (no body holds it by statute)
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
    # a post named by its title: a word for a post, then what it is head of or in
    # ("The Head of Children's Joint Commissioning", "The Consultant in Public Health for ...")
    Role(r"(?:head|consultant|manager|director|officer|lead|chief|principal)s? (?:of|in|for) "
         r"(?:the )?[A-Za-z'’ -]+?(?= and | together|$|,)", None,
         "The Head of Integrated Children's Services should:"),
    # a post named by words before a noun for a post ("The Joint Commissioning Manager")
    Role(r"(?!the\b)(?:[a-z'’-]+ ){1,4}(?:manager|officer|co-?ordinator|adviser|advisor)s?(?= and | together|$|,)",
         None, "The Looked After Children Health Coordinator should:"),
    Role(r"providers? of (?:the )?(?P<mention>[a-z0-9' -]+?)(?= and | together|$|,)", None,
         "The provider of substance misuse services should:", "provision"),
    Role(r"(?:lead |senior )?commissioners? (?:for|of) [a-z' ]+?(?= and | together|$|,| \()", None,
         "The lead commissioner for children should:"),
    # a multi-agency arrangement: what it is asked to do falls to its partners (those the report
    # names, or the statutory ones: the council and the CCGs, Working Together 2018)
    Role(r"(?P<mention>safeguarding (?:children |adults )?(?:partnership|board|arrangements)|LSCB|LSCP)",
         "partners", "The Ashvale Safeguarding Children Partnership should:", "membership"),
]
#: Words that tie a role to the body that employs or holds it, either way round.
EMPLOYMENT = (r"employ(?:s|ed|ing)?|employees? of|(?:on )?the payroll of|paid by|hosts?|hosted|"
              r"based (?:in|at|within|with)|in post (?:at|with|in)|works? (?:for|in|within)|"
              r"appointed by|appoints|seconded (?:to|from)|contracted (?:by|to)|sits? (?:in|within)|"
              r"held by|holds|(?:forms? )?part of|members? of|make up|makes up|on the staff of|staff of|"
              r"funds?|pays? for|employers? of|shares?|"
              # paid for by one body, or in shares by two: "paid for half by the CCG and half by ..."
              r"(?:paid|funded|financed)(?:\s+for)?(?:\s+(?:half|jointly|equally|partly|in part|in full|wholly|mostly))?\s+by")
#: Words that join a further body to the one a role is tied to ("... by the CCG and half by
#: the council"): the role is held by both.
_AND_ANOTHER = (r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&|as well as)\s+)(?:(?:half|partly|jointly|equally|the rest|in part)\s+)?"
                r"(?:by\s+)?")
#: A role said to be a body's by a noun of its kind used as an adjective ("is a council
#: employee", "are CCG appointments"): the kind, as :func:`referents` names it.
_KIND_EMPLOYEE = re.compile(r",?\s+(?:is|are|as)\s+(?:an?\s+)?(?P<kind>council|local authority|CCG)\s+"
                            r"(?:employees?|appointments?|posts?|staff|members? of staff)\b", re.IGNORECASE)
#: After a body, words that say the role is on its staff ("on the council's staff", "on the
#: trust's payroll").
_ON_STAFF = r"['’]s\s+(?:own\s+)?(?:staff|payroll|books|establishment)\b"
#: A share of a role's time between the word that ties it and the role ("funds two sessions a
#: week of a named GP", "pays for half the post of the designated nurse").
_SHARE = r"(?:[\w ]{0,40}?\s(?:of|for)\s+)?"


#: Words that say who a partnership's members are, before the list of them.
MEMBERSHIP = (r"(?:its|their|the)\s+(?:[a-z]+\s+){0,3}(?:partners|members)\s+(?:are|include|comprise)|"
              r"brings? together|(?:is |are )?made up of|comprises?|consists? of|"
              r"whose\s+(?:[a-z]+\s+){0,3}(?:partners|members)\s+are")
#: How a report names the area's council without naming it ("the borough", "the county").
COUNCIL_WORDS = r"\bthe\s+(?:borough|county|city|district|local\s+authority|council)\b(?!['’]s)"

#: Words that tie a service to the body that provides it, either way round.
PROVISION = (r"provid(?:es|ed|ing)|deliver(?:s|ed|ing)?|run|runs|operat(?:es|ed|ing)|"
             r"holds? the contract (?:for|to provide)|(?:is|are) contracted to provide|commissioned from|"
             r"(?:was |were )?awarded the contract for")


#: What may stand between a verb of employment and the role it employs ("its own", "a new").
_DETERMINER = r"(?:(?:the|its|their|a|an)\s+(?:own\s+|new\s+)?)?"


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
            after = [s for s in spans if s[0] >= m.end() and (re.fullmatch(
                rf"[^.;]{{0,100}}?\b(?:{cues})(?:\s+by)?\s+(?:the\s+)?", sentence[m.end():s[0]], re.IGNORECASE)
                or cues == EMPLOYMENT and re.fullmatch(r"[^.;]{0,100}?\b(?:on|of|in)\s+", sentence[m.end():s[0]])
                and re.match(_ON_STAFF, sentence[s[1]:]))]
            # "B employs the X", "B employs its own Y and its own X", "B's X"
            before = [s for s in spans if s[1] <= m.start() and (re.search(
                rf"\b(?:{cues})\s+{_SHARE}{_DETERMINER}(?:[^.;]{{0,80}}?\s(?:and|as well as)\s+{_DETERMINER})?$",
                sentence[s[1]:m.start()], re.IGNORECASE) and len(sentence[s[1]:m.start()]) < 140 or re.fullmatch(
                r"['’]s\s+(?:own\s+|new\s+)?", sentence[s[1]:m.start()]))]
            kind = _KIND_EMPLOYEE.match(sentence, m.end()) if cues == EMPLOYMENT else None
            if kind:  # "the Head of X is a council employee"
                return referents(orgs, "ccgs" if kind.group("kind").upper() == "CCG" else "council", area)
            found = after[:1] or before[-1:]
            if found:
                return _with_listed(found[0], spans, sentence)
    return []


def _with_listed(first: tuple[int, int, str], spans: list[tuple[int, int, str]], sentence: str) -> list[str]:
    """The body a role is tied to, and those listed after it as holding it too.

    >>> s = "The post is paid for half by the CCG and half by the council."
    >>> _with_listed((29, 36, "ccg"), [(29, 36, "ccg"), (49, 60, "council")], s)
    ['ccg', 'council']
    """
    ids, end, begin = [first[2]], first[1], first[0]
    for start, stop, org in sorted(spans, reverse=True):  # "A and B employ the X": A too
        if stop > begin:
            continue
        if not re.fullmatch(_AND_ANOTHER, sentence[stop:begin], re.IGNORECASE):
            break
        if org not in ids:
            ids.insert(0, org)
        begin = start
    for start, stop, org in sorted(spans):
        if start < end:
            continue
        if not re.fullmatch(_AND_ANOTHER, sentence[end:start], re.IGNORECASE):
            break
        if org not in ids:
            ids.append(org)
        end = stop
    return ids


def addressees_of(heading: str, doc: Document, orgs: OrgResolver, area: str) -> list[str]:
    """Organisation ids a recommendation group's heading addresses, in the order it names
    them; a role is resolved to its body, a partnership to its partners (see the module's
    description).

    >>> from clasgraph.ingest.organisations import OrgResolver
    >>> orgs = OrgResolver()
    >>> gmh = orgs.add("Greyfriars Mental Health NHS FT")
    >>> council = orgs.add("Ashvale Borough Council")
    >>> doc = Document("x.txt", "0", context=[
    ...     "The Ashvale Safeguarding Children Partnership's partners are the borough and the police."])
    >>> addressees_of("For Greyfriars MH Foundation Trust", doc, orgs, "Ashvale")
    ['greyfriars-mental-health-trust']
    >>> addressees_of("Ashvale's Safeguarding Children Partnership should", doc, orgs, "Ashvale")
    ['ashvale-borough-council']

    A body named in an apposition that says in what capacity another is addressed is not
    addressed itself:

    >>> addressees_of("Ashvale Borough Council, as commissioner of Greyfriars MH Foundation Trust, should",
    ...               doc, orgs, "Ashvale")
    ['ashvale-borough-council']
    """
    heading = _AS_ROLE_OF.sub("", _addressing(heading))
    texts = [*doc.context, *(f.text for f in doc.findings)]
    plural = re.fullmatch(r"(?:NHS\s+)?(?:[A-Z][\w'’-]+\s+)+(?:CCGs|Clinical Commissioning Groups)", heading.strip())
    if plural and not orgs.resolve(heading.strip()) and len(referents(orgs, "ccgs", area)) > 1:
        return referents(orgs, "ccgs", area)  # "Oakhurst CCGs": the area's CCGs, not a body of that name
    partnership = _PARTNERSHIP.search(heading)
    if partnership:  # "The X Board's health partners - A, B and C -": the partners it lists
        listed = bodies_named(heading[:partnership.start()] + " " + heading[partnership.end():], orgs, area)
        return listed or partners_of(texts, orgs, area) or holders_by_statute("partners", orgs, area)
    _header_council(doc, orgs)
    ids = bodies_named(heading, orgs, area)
    if ids:
        return ids
    if _MERGED.search(heading):  # "the merged trust": read from the review's successions (merged_into)
        return []
    role = role_in(heading)
    if role is None:
        return []
    m = re.search(rf"\b(?:{role.pattern})", heading, re.IGNORECASE)
    mention = m.groupdict().get("mention") or m.group(0)
    found = employer_of(role, mention, texts, orgs, area)
    if not found and mention.lower() != mention.lower().split(" for ")[0]:
        found = employer_of(role, mention.lower().split(" for ")[0], texts, orgs, area)
    return found or holders_by_statute(role.default, orgs, area)


#: A body named by what a merger made of it: "the merged trust", "the new CCG".
_MERGED = re.compile(r"^\s*(?:the\s+)?(?:merged|new|combined|enlarged)\s+(?:trust|ccg|organisation|body|provider)\b",
                     re.IGNORECASE)


def _addressing(heading: str) -> str:
    """A recommendation group's heading without what comes before the body it addresses
    ("We recommend that") and from its verb on ("should:")."""
    heading = re.sub(rf"\s*{GROUP_VERB}.*$", "", heading, flags=re.IGNORECASE | re.DOTALL)
    return re.sub(rf"^\s*{GROUP_LEAD}", "", heading, flags=re.IGNORECASE)


def names_merged_body(heading: str) -> bool:
    """Whether a recommendation group's heading addresses a body by what a merger made of it;
    :func:`merged_into` says which body that is.

    >>> names_merged_body("We recommend that the merged trust:"), names_merged_body("The trust should:")
    (True, False)
    """
    return bool(_MERGED.search(_AS_ROLE_OF.sub("", _addressing(heading))))


def merged_into(facts: list[tuple]) -> list[str]:
    """The one body a review's successions say others became (``SUCCEEDED_BY`` facts as
    :func:`clasgraph.ingest.extract.read_commissioning` reads them, once for the review);
    a contract that moved to it is no merger. [] where none or several.

    >>> merged_into([("SUCCEEDED_BY", "acme", "westby", "context:2", "", {}),
    ...              ("SUCCEEDED_BY", "greenway", "cobalt", "context:5", "", {"reason": "contract moved: camhs"})])
    ['westby']
    """
    from clasgraph.graph.schema import Rel
    from clasgraph.ingest.extract import CONTRACT_MOVED

    found = {f[2] for f in facts if f[0] == Rel.SUCCEEDED_BY.value
             and not f[5].get("reason", "").startswith(CONTRACT_MOVED)}
    return sorted(found) if len(found) == 1 else []


#: An apposition that says in what capacity a body is addressed ("The council, as commissioner
#: of Kestrel Recovery, should"): what it names is what the body commissions, not an addressee.
_AS_ROLE_OF = re.compile(r",?\s+\(?as\s+(?:the\s+)?(?:joint\s+|lead\s+|co-)?(?:commissioners?|providers?|funders?|"
                         r"employers?|hosts?)\s+(?:of|for|to)\s+[^,()]*\)?", re.IGNORECASE)


def _header_council(doc: Document, orgs: OrgResolver) -> None:
    """The council the header names as the area's ("Local authority: Ashvale (Ashvale Borough
    Council)"), known where the text never names it, so "the council's head of ..." finds it.

    >>> orgs = OrgResolver()
    >>> _header_council(Document("x.txt", "0", header={"local_authority": "Ashvale (Ashvale Borough Council)"}), orgs)
    >>> [o.name for o in orgs.orgs.values()]
    ['Ashvale Borough Council']
    """
    if any(o.kind == "local-authority" for o in orgs.orgs.values()):
        return
    value = doc.header.get("local_authority", "")
    for name in [*re.findall(r"\(([^()]+)\)", value), re.sub(r"\s*\([^()]*\)", "", value)]:
        if re.search(r"\b(?:Council|Borough)\b", name) and is_org_name(name.strip()):
            orgs.add(name.strip())
            return


#: A partnership as a heading names it, with whoever owns it and any words for its members:
#: "Marlow Heath's Safeguarding Children Partnership", "The X Board's health partners".
_PARTNERSHIP = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)*(?i:" + next(r.pattern for r in ROLES if r.ties == "membership")
    + r")(?:['’]s(?:\s+[a-z]+){0,2}\s+(?:partners|members))?")


#: A region or area team printed after "NHS England" ("NHS England South East", "NHS England
#: North West region"): where its team sits, not part of the body's name.
_NHSE_REGION = re.compile(
    r"(?<=\bNHS England)\s+(?:the\s+)?(?:" + "|".join(re.escape(n) for n in sorted(NHS_ENGLAND_AREAS, key=len, reverse=True))
    + r")(?:\s+(?:region|area team|area|team|local office|sub-region))?\b")


def bodies_named(text: str, orgs: OrgResolver, area: str) -> list[str]:
    """Ids of the bodies a heading names, in its order: known names and references first, then
    short forms of known names ("Greyfriars", "Grey Friars MH Foundation Trust" for "Grey Friars
    Mental Health NHS FT"), then new names, each read within the stretch between commas,
    brackets and dashes that holds it ("NHS England, South (Wessex Coast)"); a region printed
    after "NHS England" is where its team sits.

    >>> bodies_named("NHS England South East and Ashvale Council", OrgResolver(), "Ashvale")
    ['nhs-england', 'ashvale-council']

    A whole name in a list is read before a shorter form of another body inside it:

    >>> orgs = OrgResolver()
    >>> aht, gct = orgs.add("Ashvale Hospitals NHS Trust"), orgs.add("Greyfriars NHS Trust", aliases=["Greyfriars"])
    >>> bodies_named("Greyfriars and Ashvale Borough Council, working together", orgs, "Ashvale")
    ['greyfriars-trust', 'ashvale-borough-council']
    >>> bodies_named("Ashvale Hospitals and Greyfriars NHS Trust", orgs, "Ashvale")
    ['ashvale-hospitals-trust', 'greyfriars-trust']
    """
    text = _NHSE_REGION.sub(lambda m: " " * len(m.group(0)), text)  # the same length: names keep their order
    spans = _whole_runs(text, list(org_spans(text, orgs, area)), orgs, area)
    for m in _CAPITALISED_RUN.finditer(text):
        named = any(s < m.end() and m.start() < e for s, e, _ in spans)
        parts = [m] if not named and short_form_of(m.group(0), orgs, area) else list(_LISTED.finditer(m.group(0)))
        for part in parts:
            offset = m.start() + part.start() if part is not m else m.start()
            end = offset + len(part.group(0))
            if any(s < end and offset < e for s, e, _ in spans) or (named and is_org_name(part.group(0).strip())):
                continue  # "Sorrel and Ferryman Recovery Trust": the short forms no known name covers
            found = short_form_of(part.group(0).strip(), orgs, area)
            if found:
                spans.append((offset, end, found))
    covered = sorted((s, e) for s, e, _ in spans)
    pos = 0
    for s, e in [*covered, (len(text), len(text))]:
        stretch = text[pos:s]
        for part in re.split(r",|;|\s(?:and|&)\s", stretch):  # a whole name listed, before a shorter form in it
            if is_org_name(part.strip()) and not orgs.resolve(part.strip()):  # ("Ashvale" in "Ashvale Council")
                orgs.add(part.strip())
        new = [(pos + a, pos + b, org) for a, b, org in org_spans(stretch, orgs, area, new_names=True)] \
            if stretch.strip() else []
        if not new:  # "NHS England, South (Wessex Coast)": the name within its stretch of punctuation
            for piece in re.finditer(r"[^,;()–—]+", stretch):
                piece_text = re.sub(r"\s-\s.*", "", piece.group(0))
                at = pos + piece.start()
                new.extend((at + a, at + b, org) for a, b, org in org_spans(piece_text, orgs, area, new_names=True)
                           if piece_text.strip())
        spans.extend(new)
        pos = max(pos, e)
    ids: list[str] = []
    for _, _, org in sorted(spans):
        if org not in ids:
            ids.append(org)
    return ids


def _whole_runs(text: str, spans: list[tuple[int, int, str]], orgs: OrgResolver,
                area: str) -> list[tuple[int, int, str]]:
    """Spans with a run of capitalised words that is the short form of one body read as that
    body, where the names found inside the run ("Greyfriars" in "Greyfriars Mental Health")
    include it: the run names that body, and its other words ("Mental Health") no other.

    >>> orgs = OrgResolver()
    >>> gmh = orgs.add("Greyfriars Mental Health NHS FT", aliases=["Greyfriars"])
    >>> _whole_runs("Greyfriars Mental Health", [(0, 10, gmh)], orgs, "Ashvale")
    [(0, 24, 'greyfriars-mental-health-trust')]
    """
    for m in _CAPITALISED_RUN.finditer(text):
        inside = [sp for sp in spans if sp[0] < m.end() and m.start() < sp[1]]
        if not inside or not all(m.start() <= a and b <= m.end() for a, b, _ in inside):
            continue
        whole = short_form_of(m.group(0), orgs, area)
        if whole and whole in {org for _, _, org in inside}:
            spans = [sp for sp in spans if sp not in inside] + [(m.start(), m.end(), whole)]
    return sorted(spans)


#: The names of a list joined by "and" or "&" ("Greyfriars and Harbourlight").
_LISTED = re.compile(r"(?<!\S)(?!(?:and|&)(?:\s|$))\S+(?:\s+(?!(?:and|&)(?:\s|$))\S+)*")
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&|for|upon|on))*")
#: Words a short form leaves out or writes otherwise (as :func:`name_key` does, and "FT").
_SILENT = {"nhs", "the", "foundation", "ltd", "limited", "plc", "s"}


@lru_cache(maxsize=1024)
def _words(name: str) -> tuple[tuple[str, bool], ...]:
    """(word in lower case, written in capitals) of a name, "&" as "and", "FT" as "trust"."""
    out = []
    for word in re.sub(r"['’]s\b|[^\w&\s]", " ", name).replace("&", " and ").split():
        low = word.lower()
        if low == "ft":
            low = "trust"
        if low not in _SILENT:
            out.append((low, word.isupper() and len(word) > 1))
    return tuple(out)


def _shortens(short: tuple[tuple[str, bool], ...], full: list[str]) -> bool:
    """Whether a name's words are a short form of a fuller name's: the same words, a word in
    capitals standing for the initials of several ("MH" for "mental health"), and the end left
    off."""
    j = 0
    for word, capitals in short:
        if j < len(full) and full[j] == word:
            j += 1
        elif capitals and 2 <= len(word) <= 5 and "".join(w[:1] for w in full[j:j + len(word)]) == word:
            j += len(word)
        else:
            return False
    return True


#: Names of regions, which stand alone as places: never the short form of a body.
_REGIONS = {word for name in (*NHS_ENGLAND_AREAS, *CQC_REGIONS) for word in name.split() if word[:1].isupper()}


def short_form_of(name: str, orgs: OrgResolver, area: str) -> str | None:
    """The one known body a name is a short form of; None if none or several, if the name is
    only the area's name or a region's, or if the body is a CCG (whose names run together with
    the names of places: "Leicester City, Leicestershire and Rutland CCGs").

    >>> orgs = OrgResolver()
    >>> gmh = orgs.add("Grey Friars Mental Health NHS FT")
    >>> short_form_of("Grey Friars MH Foundation Trust", orgs, "Marlow"), short_form_of("Marlow", orgs, "Marlow")
    ('grey-friars-mental-health-trust', None)
    """
    short = _words(name)
    if not short or " ".join(w for w, _ in short) in {w.lower() for w in (area, *area.split())}:
        return None
    if len(short) == 1 and name in _REGIONS:  # "London": a place, not "London Borough of ..."
        return None
    found = {org.id for org in orgs.orgs.values() for full in (org.name, *org.aliases)
             if len(_words(full)) >= len(short) and _shortens(short, [w for w, _ in _words(full)])
             and org.kind not in ("ccg", "ccg-group")  # a CCG's short form is "the CCG"; places list CCGs
             and not (len(short) == 1 and org.kind == "local-authority")}  # a council's short form is "the council"
    return found.pop() if len(found) == 1 else None


def partners_of(texts: list[str], orgs: OrgResolver, area: str) -> list[str]:
    """The partners of the area's safeguarding partnership, from the first sentence that names
    the partnership and lists its members ("its three statutory partners are the borough, the
    CCG and the police"): the bodies of the list, the council for "the borough"."""
    for text in texts:
        for sentence in _sentences(text):
            if not re.search(r"safeguarding\s+(?:children\s+)?(?:partnership|board)|LSCB|LSCP", sentence, re.IGNORECASE):
                continue
            m = re.search(rf"\b(?:{MEMBERSHIP})\s+", sentence, re.IGNORECASE)
            if not m:
                continue
            members = sentence[m.end():]
            spans = [(s, org) for s, _, org in org_spans(members, orgs, area)]
            spans += [(c.start(), org) for c in re.finditer(COUNCIL_WORDS, members, re.IGNORECASE)
                      for org in referents(orgs, "council", area)]
            ids: list[str] = []
            for _, org in sorted(spans):
                if org not in ids:
                    ids.append(org)
            if ids:
                return ids
    return []


def holders_by_statute(default: str | None, orgs: OrgResolver, area: str) -> list[str]:
    """The bodies that hold a role by statute where the report does not say: a role's
    ``default`` of :data:`ROLES` ("partners": the council and the CCGs)."""
    if default == "partners":
        return [*referents(orgs, "council", area), *referents(orgs, "ccgs", area)]
    return referents(orgs, default, area) if default else []
