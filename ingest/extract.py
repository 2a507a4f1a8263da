"""Extractors: from a :class:`Document` to :class:`ReportRecords`, each fact with its evidence.

Each ``extract_*`` function reads one kind of fact. :func:`extract` runs them in order:
header and organisations first (so later steps can resolve names), then services and who
commissions and provides them, findings, recommendations, and the links between them.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from dataclasses import dataclass, field

from clasgraph.graph.schema import (
    COMMISSIONER_KINDS,
    NHS_COMMISSIONER_KINDS,
    OWN_POSTS,
    PROVIDER_KINDS,
    OrgKind,
    Rel,
    can_succeed,
)
from clasgraph.ingest import glossary
from clasgraph.ingest.addressees import addressees_of, merged_into, names_merged_body
from clasgraph.ingest.document import Document, IngestError
from clasgraph.ingest.header import (
    area_alone,
    area_in,
    parse_date,
    parse_review_dates,
    split_included,
    split_people,
)
from clasgraph.ingest.organisations import (
    OrgResolver,
    appositive_kinds,
    councils_apart,
    discover,
    initials_named,
    kind_of,
    known_in,
    org_spans,
    phrase_keys,
    service_name,
    slug,
)
from clasgraph.ingest.polarity import REC_MARKER as _REC_MARKER
from clasgraph.ingest.polarity import polarity
from clasgraph.ingest.records import ReportRecords
from clasgraph.ingest.references import (
    clause_of_now,
    context_years,
    document_for,
    figure_worse,
    latest_inspection,
    moved_worse,
    relation_of,
    reported_then,
    then_against_now,
    year_mentions,
)
from clasgraph.ingest.references import mentions as document_mentions
from clasgraph.ingest.relations import (
    COVERS,
    ORDINAL_BACK,
    Relation,
    bodies_ended,
    carried_on_since_ending,
    ccg_columns_succession,
    contract_handed_on,
    described_roles,
    ended_and_taken_in,
    ended_record,
    handed_on_after_ending,
    label_lines_apart,
    labelled_succession,
    last_list,
    merged_keeping_a_name,
    merged_then_named,
    recommendations_answered,
    relations_in,
    renamed_across,
    says_a_body_ended,
    says_a_plan,
    service_spans,
    service_subject_roles,
    subject_roles,
    succession_table,
    successions_in,
    with_gapped_active,
    with_gapped_verb,
    without_asides,
)
from clasgraph.ingest.rules.cues import (
    ALSO_AN_INTERVIEW,
    ASKED_THE_REVIEW,
    CLAIM_DENIED,
    COMMUNICATION,
    DOCUMENT_TELLS,
    KIND_REFERENCES,
    NOT_FOUND_BEFORE,
    NOT_TOLD,
    POST_THAT_COMMISSIONS,
    PUT_INTO_PRACTICE,
    REVIEW_FINDS,
    REVIEW_TELLS,
    REVIEW_TIME,
    ROLES_OF_A_BODY,
    SAID_NOTHING,
    SAMENESS,
    TELLERS,
    TELLING,
    TOLD_AS_COMMISSIONER,
    TOLD_BY_FORM,
    TOLD_NOTE,
    alternation,
)
from clasgraph.ingest.rules.verbs import (
    DONE_SO,
    GERUNDS,
    IMPLICATIVES,
    IRREGULAR,
    PAST_OF_PARTICIPLE,
    PROMISED,
    past,
)
from clasgraph.ingest.vocabulary import (
    SERVICES,
    ServiceNames,
    brands_in,
    documents_in,
    services_in,
    term_pattern,
)

#: The end of a sentence: a full stop (or ! ?) and space before a capital, a number, a bracket
#: or the marker of a list's next item ("... agreement. - In 2016 ...": a list joined to its lead-in).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9(\"'*]|[-•–]\s)")
#: A body told of a concern as commissioner of a service (rules/cues.py).
_ESCALATION = re.compile(TOLD_AS_COMMISSIONER.pattern, re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences.

    >>> sentences("UHL was good. (Recommendation 8.1). Staff knew it.")
    ['UHL was good.', '(Recommendation 8.1).', 'Staff knew it.']
    >>> sentences("Two changes: - A merged. - B moved.")
    ['Two changes: - A merged.', '- B moved.']
    """
    return [s.strip() for part in label_lines_apart(text) for s in _SENTENCE_END.split(part) if s.strip()]




def sentence_with(text: str, start: int) -> str:
    """The sentence of ``text`` that contains character ``start``."""
    pos = 0
    for sent in sentences(text):
        found = text.find(sent, pos)
        if found <= start < found + len(sent) or found > start:
            return sent
        pos = found + len(sent)
    return text.strip()


# --- report and header -----------------------------------------------------------------------


def report_area(doc: Document) -> str:
    """The area reviewed: "... Safeguarding in Rutland", or the front page's "... in Rutland"."""
    for text in (doc.title, doc.header.get("area", "")):
        area = area_in(text)
        if area:
            return area
    return area_alone(doc.header.get("area", ""))  # "Hartsmoor" on a line of its own under the title


#: A bracketed aside after a body in a header list that gives its earlier or later name (succ9):
#: "B NHS Trust (formerly A Trust)", "(now part of C)", "(renamed C in 2019)". It is no body of
#: the list: the list is split without it, and it is read as a succession (header_successions).
_HEADER_ASIDE = re.compile(r"\s*\(\s*(?:formerly|previously|now|renamed|re-?branded|the\s+former|known\s+as|merged|part\s+of|"
                           r"successor\s+to|incorporating|until\s+(?:\w+\s+)?(?:19|20)\d\d)\b[^()]{2,120}\)")


def header_successions(doc: Document) -> list[tuple[str, str]]:
    """(sentence, evidence) for each body of the header's lists followed by a bracketed aside
    giving its earlier or later name: "B NHS Trust (formerly A Trust).", to be read as any
    sentence stating a succession, the header's line its evidence."""
    document = " ".join([*doc.context, *(f.text for f in doc.findings)])
    out = []
    for key, label in (("providers", "Provider services included"), ("ccgs", "CCGs included")):
        value = doc.header.get(key, "")
        for m in _HEADER_ASIDE.finditer(value):
            named = split_included(_HEADER_ASIDE.sub("", value[:m.start()]), document)
            if named:
                said = f"{named[-1][0]} {m.group(0).strip()}."
                out.append((said, f"{label}: {said}"))
    return out


def included_bodies(doc: Document) -> list[tuple[str, str, str, str]]:
    """(role, name, abbreviation, evidence) of each body the header says the review included
    (a bracketed aside giving a body's other name is no body: :func:`header_successions`)."""
    document = " ".join([*doc.context, *(f.text for f in doc.findings)])
    out = []
    for key, role in (("providers", "provider"), ("ccgs", "ccg")):
        value = doc.header.get(key, "")
        flat = " ".join(value.split())
        for name, abbreviation in split_included(_HEADER_ASIDE.sub("", value), document):
            out.append((role, name, abbreviation,
                        f"{'Provider services' if role == 'provider' else 'CCGs'} included: {flat}"))
    return out


def header_bodies(doc: Document) -> list[tuple[str, str | None]]:
    """(name, abbreviation) of the council and NHS England as the header names them, where it
    names them as bodies ("London Borough of Wickmere (LBW)", "NHS England London region
    (NHSE)"; not an area alone, "London").

    >>> header_bodies(Document("x.txt", "0", header={"local_authority": "London Borough of Westby (LBW)",
    ...                                              "nhs_england_area": "NHS England North (NHSE)"}))
    [('London Borough of Westby', 'LBW'), ('NHS England', 'NHSE')]
    >>> header_bodies(Document("x.txt", "0", header={"local_authority": "Westby (Westby Borough Council)"}))
    [('Westby Borough Council', None)]
    """
    out = []
    council = doc.header.get("local_authority", "")
    inside = re.search(r"\(([^()]*\b(?:Council|Borough)\b[^()]*)\)", council)  # "Ashvale (Ashvale Borough Council)"
    for name, abbreviation in [(inside.group(1).strip(), None)] if inside else split_included(council):
        if kind_of(name) == "local-authority":
            out.append((name, abbreviation))
    england = re.match(r"NHS\s+England\b.*?(?:\(([A-Z][A-Za-z&]{1,10})\))?\s*$", doc.header.get("nhs_england_area", "").strip())
    if england:
        out.append(("NHS England", england.group(1)))
    return out


def build_roster(doc: Document, known=()) -> OrgResolver:
    """The report's organisations, built before anything is read of them: the bodies the header
    includes, then those the text names in unmistakable forms or with an abbreviation, then
    those it names as ``known`` ((name, kind) pairs: the bodies of the store and of earlier
    reports, :func:`clasgraph.ingest.organisations.known_in`), with the kinds the text gives
    them. (Reading later adds a well-formed name where the grammar says a body stands, as after
    "provided by".)"""
    orgs = OrgResolver()
    texts = [*doc.context, *(f.text for f in doc.findings), *doc.closing]
    orgs.councils_apart = councils_apart(texts)  # before any name is added: "X Council" is "X County Council" unless told apart
    for _, name, abbreviation, _ in included_bodies(doc):
        org = orgs.add(name, aliases=[abbreviation] if abbreviation else [])
        orgs.orgs[org].included = True
    for name, abbreviation in header_bodies(doc):  # "London Borough of X (LBX)", then "LBX" alone in the text
        orgs.add(name, aliases=[abbreviation] if abbreviation else [])
    glossary.add_bodies(doc.glossary, orgs)  # "RCCG<TAB>NHS Rookhaven CCG" under "Abbreviations"
    for text in texts:
        discover(text, orgs)
    for text in doc.context:  # "Since SSH ceased trading ...": a body an earlier review defined
        for abbreviation in abbreviations_ended(text, orgs):
            orgs.add(abbreviation)
    if known:
        known_in(texts + [g.header for g in doc.recommendations], known, orgs)
        for text in texts:  # "an SMBC contract": the initials of a body the store knows
            initials_named(text, orgs)
    area = report_area(doc)
    for text in texts:
        appositive_kinds(text, orgs, area)
    return orgs


#: A word of capitals that may be a body's short name ("SSH", "WCHT", "B&D").
_CAPITALS = re.compile(r"(?<![\w&'’-])[A-Z][A-Z&]{1,6}(?![\w&'’-])")
#: Short names of no one body: the nation's, the review's, a kind of body's ("the CIC closed"),
#: a document's or a person's post.
_NO_BODY = frozenset({"NHS", "CQC", "CLAS", "UK", "GP", "GPS", "ICB", "CCG", "CCGS", "PCT", "CIC", "CSU", "LLP", "LTD",
                      "PLC", "FT", "DPH", "DCS", "CEO", "LAC", "CIN", "CP", "SDQ", "IHA", "RHA", "MASH", "TUPE", "II",
                      "III", "IV", "OK", "ED", "AE"})


def abbreviations_ended(text: str, orgs: OrgResolver) -> list[str]:
    """The short names a text says ended that it never defines ("Since SSH ceased trading in
    2017, ..."): a later review may name a body an earlier review defined by its short name
    alone. Not a known body's, a service's ("the MIU closed") or one of :data:`_NO_BODY`; the
    grammar must say the word ended (:func:`clasgraph.ingest.parsed.ended_at`)."""
    from clasgraph.ingest import parsed

    out = []
    for sentence in sentences(text):
        found = [m for m in _CAPITALS.finditer(sentence) if m.group(0) not in _NO_BODY
                 and not orgs.resolve(m.group(0)) and not service_name(m.group(0))]
        out += [m.group(0) for m in found if parsed.ended_at(sentence, m.start(), m.end())]
    return list(dict.fromkeys(out))


def extract_header(doc: Document, report_id: str, orgs: OrgResolver) -> ReportRecords:
    rec = ReportRecords(report_id)
    area = report_area(doc)
    start, end = parse_review_dates(doc.header.get("review_dates", ""))
    published = parse_date(doc.header.get("published", ""))
    inspectors = split_people(doc.header.get("inspectors", "")) if doc.header.get("inspectors") else []
    rec.node(
        "Report", rec.report_id, title=doc.title, area=area, review_start=start or "",
        review_end=end or "", published=published or "", inspectors=inspectors,
        source=doc.source, sha256=doc.sha256,
        nhs_england_area=doc.header.get("nhs_england_area", ""),
        cqc_region=doc.header.get("cqc_region", ""),
    )
    area_id = rec.node("Area", slug(area), name=area)
    rec.edge("REVIEWS", rec.report_id, area_id, paragraph="header", evidence=doc.title)
    for role, name, _, evidence in included_bodies(doc):
        org = orgs.resolve(name) or orgs.add(name)
        rec.edge("INCLUDES", rec.report_id, org, paragraph="header", role=role, evidence=evidence)
    return rec


def report_id_for(doc: Document) -> str:
    """``<area-slug>-<published date>``; the file's name stands in for a missing date."""
    published = parse_date(doc.header.get("published", ""))
    area = report_area(doc)
    if not area:
        title = doc.title if len(doc.title) < 80 else doc.title[:77] + "..."
        raise IngestError(f"{doc.source}: no area found in the title {title!r} (expected "
                          "'Review of Health Services for Children Looked After and Safeguarding in AREA')")
    return f"{slug(area)}-{published}" if published else f"{slug(area)}-{doc.sha256[:8]}"


# --- organisations ---------------------------------------------------------------------------


def extract_recommendation_addressees(doc: Document, orgs: OrgResolver, area: str = "") -> dict[str, list[str]]:
    """Group number -> organisation ids its header names, in the order it names them."""
    addressed: dict[str, list[str]] = {}
    for group in doc.recommendations:
        addressed[group.number] = addressees_of(group.header, doc, orgs, area)
    return addressed


def add_org_nodes(rec: ReportRecords, orgs: OrgResolver) -> None:
    rec.rename(orgs.canonical_ids())
    for org in orgs.orgs.values():
        rec.node("Organisation", org.id, name=org.name, kind=org.kind, aliases=sorted(org.aliases))


def paragraphs_of(doc: Document) -> list[tuple[str, str]]:
    """(paragraph, text) of the context section ("context:N", or "context" where a copy lost its
    paragraph breaks) and of every finding."""
    texts = [(f"context:{i + 1}" if doc.context_paragraphs else "context", t) for i, t in enumerate(doc.context)]
    return texts + [(f.number, f.text) for f in doc.findings]


def extract_membership(doc: Document, report_id: str, orgs: OrgResolver) -> ReportRecords:
    """PART_OF from each CCG to the group of CCGs that takes in its places."""
    rec = ReportRecords(report_id)
    texts = paragraphs_of(doc)
    for org in list(orgs.orgs.values()):
        if org.kind == "ccg":
            group = orgs.member_of(org.id)
            if group:
                names = [org.name, re.sub(r"^NHS ", "", org.name), *org.aliases]
                paragraph, evidence = _first_mention(texts, names)
                rec.edge("PART_OF", org.id, group, paragraph=paragraph, evidence=evidence)
        if org.kind == "public-health":
            council = orgs.resolve(re.sub(r"\s*Public Health$", "", org.name, flags=re.IGNORECASE))
            if council and council != org.id:
                paragraph, evidence = _first_mention(texts, [org.name])
                rec.edge("PART_OF", org.id, council, paragraph=paragraph, evidence=evidence)
    return rec


def _first_mention(texts: list[tuple[str, str]], names: list[str]) -> tuple[str, str]:
    for paragraph, text in texts:
        for name in names:
            pos = text.find(name)
            if pos >= 0:
                return paragraph, sentence_with(text, pos)
    return "header", names[0]


def mentions(text: str, orgs: OrgResolver) -> list[str]:
    """Ids of known organisations named in a text (by name or alias)."""
    matcher = orgs.matcher()
    return matcher.keys_in(text) if matcher else []


def _service_node(rec: ReportRecords, area: str, service: dict, names: ServiceNames | None = None) -> str:
    brands = sorted(b for b, keys in (names.brands if names else {}).items() if service["key"] in keys)
    return rec.node("Service", f"{slug(area)}:{service['key']}", name=service["name"],
                    category=service["category"], area=area, aliases=brands)


@dataclass
class Read:
    """What a step read from a report: facts as (type, source, target, paragraph, evidence,
    other properties), and the sentences that spoke of something but gave nothing."""

    facts: list[tuple[str, str, str, str, str, dict]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


_BULLET = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s+")
#: A line that is a name alone (a heading over a list): capitalised, short, no sentence's end.
_NAME_ALONE = re.compile(r"\s*[A-Z][\w&'’()-]*(?:\s+[\w&'’()-]+){0,7}\s*")


def _lists_joined(paragraphs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Paragraphs with a list that a layout split into one paragraph per item joined again to
    the line that opens it ("The council commissions:" then "- school nursing", "- CASH"), as a
    text copy keeps them.

    >>> _lists_joined([("context:1", "A buys:"), ("context:2", "- X"), ("context:3", "- Y."), ("context:4", "Z.")])
    [('context:1', 'A buys: - X - Y.'), ('context:4', 'Z.')]
    """
    out: list[tuple[str, str]] = []
    for paragraph, text in paragraphs:
        if out and paragraph.startswith("context") and out[-1][0].startswith("context") and _BULLET.match(text) \
                and _NAME_ALONE.fullmatch(out[-1][1]):  # a list under a line of a name alone: "Acme Trust" then "- X"
            out[-1] = (out[-1][0], f"{out[-1][1].strip()}: {text.strip()}")
        elif out and paragraph.startswith("context") and out[-1][0].startswith("context") and _BULLET.match(text) \
                and (out[-1][1].rstrip().endswith(":") or _BULLET.search(out[-1][1])):
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip()} {text.strip()}")
        else:
            out.append((paragraph, text))
    return out


def read_commissioning(doc: Document, report_id: str, orgs: OrgResolver, area: str,
                       names: ServiceNames | None = None) -> Read:
    """COMMISSIONS, PROVIDES (to a service key), ON_BEHALF_OF and SUCCEEDED_BY from the context
    and the findings; a context sentence that speaks of a service but yields nothing is a miss."""
    read = Read()
    spans_of: dict[str, list] = {}  # each text's bodies, found once: a sentence is read as itself,
    # as the sentence before the next and for its anaphors, and finding names is the costly part

    def orgs_in(text):
        if text not in spans_of:
            spans_of[text] = org_spans(text, orgs, area, new_names=True)
        return list(spans_of[text])

    kinds = orgs.kind

    def name_of(org):  # an anaphor written out as the body's name
        return orgs.orgs[org].name if org in orgs.orgs else org

    def opener(text):  # the known bodies at a sentence's start, no new names added
        return org_spans(text, orgs, area)

    for said, evidence in header_successions(doc):  # "B NHS Trust (formerly A Trust)" in the header's list
        read.facts.extend((Rel.SUCCEEDED_BY.value, r.source, r.target, "header", evidence, {})
                          for r in successions_in(said, orgs_in, kinds=kinds))
    read.facts.extend(_glossary_successions(doc, orgs, orgs_in))
    contexts = [t for p, t in paragraphs_of(doc) if p.startswith("context")]
    context = "\n".join([*doc.glossary, *contexts])  # a key's dated lines may stand under "Abbreviations"
    read.facts.extend((Rel.SUCCEEDED_BY.value, r.source, r.target, "context", r.evidence, {})
                      for r in [*labelled_succession(context, orgs_in, kinds),  # "Predecessor: A" / "Successor: C"
                                *(r for text in contexts for r in ended_record(text, orgs_in, kinds)),  # "Status: dissolved"
                                *succession_table(context, orgs_in, kinds),  # "Organisation before | Organisation now"
                                *key_dates_succession(context, orgs_in, kinds)])  # "QCCG: ... (2013 – March 2017)"
    # "C, which answers for the recommendations of our 2015 report addressed to A, should:" in a group's
    # heading (a recommendation asks: it states nothing) or the context: A's responsibilities are C's
    read.facts.extend((Rel.SUCCEEDED_BY.value, r.source, r.target, group.number, r.evidence, {})
                      for group in doc.recommendations for r in recommendations_answered(group.header, orgs_in, kinds))
    read.facts.extend((Rel.SUCCEEDED_BY.value, r.source, r.target, "context", r.evidence, {})
                      for text in contexts for r in recommendations_answered(text, orgs_in, kinds))
    before: list[str] = []  # services named last, for "it" and "the first two"
    last = ""  # the last sentence of the context paragraph before
    ended_so_far: set[str] = set()  # the bodies the review has said ended, for a later sentence on their work
    for paragraph, text in _lists_joined(paragraphs_of(doc)):
        # "The first two are ..." may point back to a list that ended the paragraph before
        carried, before, said = (before if paragraph.startswith("context") else []), [], []
        as_written = sentences(text)  # read with each implicative verb group plain
        said_here, succeeded = [plain_verbs(s, orgs_in) for s in as_written], set()
        first_fact, first_miss = len(read.facts), len(read.misses)
        # a paragraph that opens with "It" goes on about the body the paragraph before was about
        opens_with_it = paragraph.startswith("context") and said_here and _OPENS_WITH_IT.match(said_here[0])
        previous = previous_sentence = last if opens_with_it else ""
        last = said_here[-1] if paragraph.startswith("context") and said_here else ""
        heading = ""
        ended_before: set[str] = set()  # the bodies the sentence before said ended
        meant: list[str] = []  # the bodies the sentence before was about, for a subject "it" or "the trust"
        topic = ""  # the body the sentence before was about, for successions
        for i, sentence in enumerate(said_here):
            following = said_here[i + 1] if i + 1 < len(said_here) else ""
            taken_over: set[str] = set()  # the bodies whose whole work this sentence says another took on
            for ended, stated, after in in_cells(previous, sentence, following):
                named_so = (former_role_named(stated, ended_so_far, orgs) if ended_so_far else "") \
                    or (kind_named_ended(stated, ended, orgs, area) if stated == sentence else "") \
                    or (former_latter_named(stated, ended, orgs, area) if stated == sentence else "") \
                    or new_body_named(stated, read.facts, orgs)
                for r, evidence, moved in _successions_said(ended, named_so or stated, after, orgs, area, orgs_in,
                                                            weigh=paragraph.startswith("context") and "\t" not in sentence,
                                                            topic_before=topic if stated == sentence else "",
                                                            ended_known=frozenset(ended_so_far),
                                                            ended_last=frozenset(ended_before) if stated == sentence else frozenset()):
                    if (r.source, r.target) in succeeded:
                        continue  # read already, from the sentence before (an ending, then the taking)
                    succeeded.add((r.source, r.target))
                    evidence = stated if named_so and evidence == named_so else evidence  # as the review wrote it
                    props = {"date": date_stated(evidence), _MOVED: contract_moved(moved, names)}
                    if not props[_MOVED] and evidence == sentence:
                        taken_over.add(r.source)
                    read.facts.append((Rel.SUCCEEDED_BY.value, r.source, r.target, paragraph, evidence,
                                       {k: v for k, v in props.items() if v}))
            topic, previous = sentence_topic(sentence, previous, topic, orgs, area), sentence
            if not before and carried and ORDINAL_BACK.search(sentence):
                before = carried
            # "Its teams include X", "X is another of its sites": the body the sentence before opened with
            subject = [o for o in org_spans(previous_sentence, orgs, area)[:1] if len(previous_sentence[:o[0]].split()) <= 3] \
                if previous_sentence and _ITS_WORD.search(sentence) else []
            sentence_before = previous_sentence
            told, meant = anaphoric_subject(sentence, previous_sentence, meant, orgs_in, kinds,
                                           name_of, opener=opener)
            heading, previous_heading = body_heading(sentence, orgs_in), heading
            ended_now = set(bodies_ended(sentence, previous_sentence, orgs_in))
            ended_so_far |= ended_now | (_ended_by_grammar(sentence, orgs_in) if paragraph.startswith("context") else set())
            previous_sentence = sentence
            # "A and B share the service. The former commissions it; the latter provides it.": the two bodies
            # named before (not where two services were: "A buys X and Y from B. The latter is run by C")
            first = _FORMER_OR_LATTER.search(sentence)
            written = (former_latter_named(sentence, sentence_before, orgs, area, ending=False) or sentence) if first and len(
                {k for *_, k in service_spans(f"{sentence_before} {sentence[:first.start()]}", names)}) < 2 else sentence
            plain = relative_infinitive_plain(uncleft(among_uninverted(concession_apart(written, orgs_in, names)), orgs_in),
                                              orgs_in)
            bare = with_gapped_active(with_gapped_verb(without_other_names(plain), names), orgs_in, names)  # "C (formerly A) runs X": C runs it, not A
            read_clauses = functools.partial(relations_in, orgs_in=orgs_in, names=names, kinds=kinds, before=before,
                                             said_before=said, about=subject[0][2] if subject else "")
            found = read_clauses(bare)
            trimmed = without_asides(bare)  # "X - a programme that A, which ..., funds - is delivered by B"
            if trimmed != bare:
                had = {(r.type, r.source, r.target) for r in found.relations}
                found.relations += [dataclasses.replace(r, evidence=bare) for r in read_clauses(trimmed).relations
                                    if (r.type, r.source, r.target) not in had]
            # "(c) B (BT). CAMHS teams across the county; ...", "B, a charity: drug and alcohol work, ...": B's
            line = under_heading(sentence, previous_heading) or body_line(sentence)
            if line:
                found.relations += [dataclasses.replace(r, evidence=sentence)
                                    for r in relations_in(line, orgs_in, names, kinds=kinds).relations]
            found.relations = [dataclasses.replace(r, evidence=sentence) if r.evidence == bare else r
                               for r in found.relations]
            before, said = found.services or before, found.relations
            ruled = {(r.type, r.source, r.target) for r in found.relations}  # what the rules read, each clause's words weighed
            if found.missed and paragraph.startswith("context"):
                fallback = (subject_roles(sentence, orgs_in, names, kinds)
                            or service_subject_roles(sentence, orgs_in, names, kinds)
                            or described_roles(sentence, orgs_in, names, kinds))
                fallback = [r for r in fallback if r.target not in groups_about(sentence, names, orgs_in)]
                known = {(r.type, r.source, r.target) for r in fallback}  # and what the kind reading read (role9)
                found.relations = fallback + [r for r in found.relations if (r.type, r.source, r.target) not in known]
            if told:  # "It also runs X", "The same trust provides Y": read with the bodies meant named
                found.relations += _said_by(relations_in(told, orgs_in, names, kinds=kinds, before=before),
                                            meant, found.relations, sentence)
            answer = answered_question(sentence_before, sentence, orgs_in)
            if answer:  # "Who pays for X? The council, from its grant.": the council pays for X
                found.relations += _said_by(relations_in(answer[0], orgs_in, names, kinds=kinds, before=before), [answer[1]],
                                            found.relations, f"{sentence_before} {sentence}")
            for clause in re.split(r";\s+", sentence)[1:] if sentence_before else []:
                # "The former runs X; the latter runs Y": each clause's anaphor, the sentence before's bodies
                said_clause, meant_clause = anaphoric_subject(clause, sentence_before, [], orgs_in, kinds,
                                                              name_of, opener=opener)
                if said_clause and _FORMER_LATTER.match(clause):
                    found.relations += _said_by(relations_in(said_clause, orgs_in, names, kinds=kinds), meant_clause,
                                                found.relations, sentence)
            # a body whose ending this sentence or the one before states provides nothing now ("A ceased
            # trading. Its workers moved to C, ... A's grant period"): what it did is C's
            ended_here = ended_now | ended_before | _named_only_as_former(sentence, orgs_in) | taken_over  # "set up by former A nurses"
            found.relations = [r for r in found.relations if not (r.type == Rel.PROVIDES and r.source in ended_here)]
            ended_before = ended_now
            if found.services and paragraph.startswith("context") and not re.search(r"[\t|]", sentence) \
                    and _gaps_open(found.relations, bare, orgs_in):
                about_groups = groups_about(bare, names, orgs_in)  # "sits on the CAMHS Partnership Board"
                found.relations += _gaps_filled(found.relations, [r for r in grammar_relations(bare, orgs_in, names, kinds, sentence)
                                                                  if r.target not in about_groups], ended_here)
            if found.services and paragraph.startswith("context") and not re.search(r"[\t|]", sentence) \
                    and (not found.relations or _gaps_open(found.relations, bare, orgs_in)):
                found.relations += _weighed_gaps(found.relations, weighed_relations(bare, orgs_in, names, kinds, sentence,
                                                                                     ended_here))
            listed = service_lines(sentence, orgs_in, names) if paragraph.startswith("context") else ""
            if listed:  # "School nursing: B": B's by its kind, where nothing else said who does that for the service
                held = {(r.type, r.target) for r in found.relations}
                found.relations += [dataclasses.replace(r, evidence=sentence) for r in
                                    relations_in(listed, orgs_in, names, kinds=kinds).relations if (r.type, r.target) not in held]
            if not found.relations and found.services and paragraph.startswith("context"):
                read.misses.append(f"{report_id} paragraph {paragraph}: no relation read from: {sentence}")
            # "A buys no X", "A offered to run X": not so, whatever a fallback reading weighed
            found.relations = [r for r in found.relations if (r.type, r.source, r.target) in ruled
                               or (r.source, r.target) not in found.refused]
            read.facts.extend((r.type, r.source, r.target, paragraph, r.evidence, {}) for r in found.relations)
        # the evidence is what the review wrote, not the sentence with its verb groups written plainly
        read.facts[first_fact:] = [(*f[:4], _as_written(f[4], said_here, as_written), *f[5:]) for f in read.facts[first_fact:]]
        read.misses[first_miss:] = [_as_written(m, said_here, as_written) for m in read.misses[first_miss:]]
    # "Role | 2016 | 2019" (a CCG then, another now), "Service | At the 2015 review | Now" (a provider the review says
    # ended and names no successor of, another now: not one whose work the review says went elsewhere)
    succeeded = {f[1] for f in read.facts if f[0] == Rel.SUCCEEDED_BY.value}
    read.facts.extend((Rel.SUCCEEDED_BY.value, r.source, r.target, "context", r.evidence, {})
                      for text in contexts if "\t" in text
                      for r in ccg_columns_succession(text, orgs_in, kinds, frozenset(ended_so_far - succeeded)))
    read.facts = [f for f in stated_successions(read.facts, ended_so_far) if fits_its_kind(f[0], kinds(f[1]), f[2])]
    return read


#: A body named by the role it had, as the one that had some work: "(the teams) the former community
#: provider used to run", "the former trust's staff" (not "from the former provider, A", which may
#: name a body that goes on).
_FORMER_ROLE = re.compile(r"\b[Tt]he\s+former\s+(?:(?!(?:of|the|and|or|in|at|for|to)\b)[a-z-]+\s+){0,2}?(?P<noun>provider|"
                          r"trust|charity|commissioner|CCG|company|practice|surgery)(?=\s+(?:used\s+to|had|ran|once|"
                          r"previously)\b|['’]s\b)")


def former_role_named(sentence: str, ended: set[str], orgs: OrgResolver) -> str:
    """The sentence with a body it names by its former role ("the former community provider")
    written as the one body the review has said ended that the role fits, else "" (none or two fit).

    >>> r = OrgResolver()
    >>> old, ccg = r.add("Quarrendon NHS Trust"), r.add("NHS North CCG")
    >>> former_role_named("Every team the former community provider ran is C's.", {old, ccg}, r)
    "Every team Quarrendon NHS Trust ran is C's."
    >>> former_role_named("C took it over from the former provider in 2018.", {old, ccg}, r)
    ''
    """
    m = _FORMER_ROLE.search(sentence)
    if not m:
        return ""
    noun = m["noun"].lower()
    kinds = _STAND_IN_KINDS.get(noun) or set(OrgKind) - COMMISSIONER_KINDS  # "provider": any body not commissioning
    fitting = [o for o in sorted(ended) if orgs.kind(o) in kinds]
    if len(fitting) != 1:
        return ""
    return sentence[:m.start()] + orgs.orgs[fitting[0]].name + sentence[m.end():]


def kind_named_ended(sentence: str, previous: str, orgs: OrgResolver, area: str) -> str:
    """The sentence with a body it names by its kind alone, said to end, written as the one body
    of that kind the sentence before names ("For years the work came from a charity, A. When its
    grant ended the charity closed; ..."), else "" (the sentence names a body of that kind itself,
    or the sentence before names none or two).

    >>> r = OrgResolver()
    >>> a, c = r.add("Kindle Recovery", kind="charity"), r.add("Wayside Trust", kind="charity")
    >>> kind_named_ended("In 2016 the charity closed.", "The work came from a charity, Kindle Recovery.", r, "")
    'In 2016 Kindle Recovery closed.'
    >>> kind_named_ended("In 2016 the charity closed.", "Kindle Recovery and Wayside Trust did the work.", r, "")
    ''
    """
    from clasgraph.ingest import parsed

    if not previous or not parsed.may_say_ended(sentence):
        return ""  # (asked of every sentence: a sentence with no word of ending costs no names read)
    for m in _KIND_NAMED.finditer(sentence):
        noun = m["noun"].lower()
        # a body of no known kind may be a charity or a company ("a small local charity, A": A's kind
        # is not read from that); "the trust" and "the practice" are bodies known as such
        fits = _STAND_IN_KINDS[noun] | ({"provider"} if noun in ("charity", "company") else set())
        if any(orgs.kind(o) in fits for _, _, o in org_spans(sentence[:m.start()], orgs, area)):
            return ""  # "A and B agreed that the charity would close": either
        fitting = {o for _, _, o in org_spans(previous, orgs, area) if orgs.kind(o) in fits}
        if len(fitting) == 1 and parsed.ended_at(sentence, m.start(), m.end()):
            return sentence[:m.start()] + orgs.orgs[fitting.pop()].name + sentence[m.end():]
    return ""


#: What a review calls a body formed from others, by the body's kind: "the new trust", "the new CCG".
_NEW_BODY_NOUNS = {OrgKind.NHS_TRUST.value: ("trust",), OrgKind.CCG.value: ("ccg",)}
_NEW_BODY_WORDS = re.compile(r"\b[Tt]he\s+new\s+(?P<noun>trust|CCG|organisation|body)\b(?!['’])")
#: Words of a succession's evidence that say its successor was formed then.
_FORMED = re.compile(r"\b(?:formed|created|established|set\s+up|came\s+into\s+being)\b", re.IGNORECASE)
#: What after "the new trust" introduces a body of its own: its name, or words that it is yet to be
#: or was just then set up.
_NEW_BODY_NAMED_HERE = re.compile(r"\s*,?\s*(?:(?:the\s+)?[A-Z]|(?:which|that)\s+(?:has\s+|is\s+|was\s+)?(?:yet|still|not|to\s+be)\b"
                                  r"|(?:set\s+up|created|formed|established|to\s+be)\b)")


def new_body_named(sentence: str, facts: list, orgs: OrgResolver) -> str:
    """The sentence with "the new trust" (or "the new CCG", "the new organisation") written as the
    one body of its kind the review has said so far was formed from others: the successor of two or
    more bodies, or of one where the words say it was formed ("A: 31 October 2016 | C, formed on 1
    November 2016 from A and B" ... "the MIU: to the new trust"); else "" (none, or two such bodies).
    Read for successions only: what else the sentence says is read as written."""
    words = _NEW_BODY_WORDS.search(sentence)
    if not words or _NEW_BODY_NAMED_HERE.match(sentence, words.end()):
        return ""  # "the new trust, Eastmoor Health NHS Trust,", "the new trust, which has yet to be named"
    taken: dict[str, tuple[set, list]] = {}
    for fact in facts:
        if fact[0] == Rel.SUCCEEDED_BY.value:
            olds, formed = taken.setdefault(fact[2], (set(), [False]))
            olds.add(fact[1])
            formed[0] = formed[0] or bool(_FORMED.search(fact[4]))
    noun = words["noun"].lower()
    fits = {body for body, (olds, formed) in taken.items() if (len(olds) > 1 or formed[0])
            and (noun in ("organisation", "body") or noun in _NEW_BODY_NOUNS.get(orgs.kind(body), ()))}
    if len(fits) != 1 or next(iter(fits)) not in orgs.orgs:
        return ""
    return sentence[:words.start()] + orgs.orgs[fits.pop()].name + sentence[words.end():]


def former_latter_named(sentence: str, previous: str, orgs: OrgResolver, area: str, ending: bool = True) -> str:
    """The sentence with "the former" and "the latter" written as the first and the second of the
    two bodies named before them, in the sentence or else in the sentence before, where it says
    some body ended ("A and B both ran it. The latter closed for good, and the former carried
    on its caseload."); without ``ending``, whatever the sentence says ("The former commissions it;
    the latter provides it."); else "" (none, or not two bodies before, or "the former" an
    adjective: "the former chief executive", "the latter part of 2017").

    >>> r = OrgResolver()
    >>> a, c = r.add("Kindle Recovery", kind="charity"), r.add("Wayside Trust", kind="charity")
    >>> former_latter_named("In 2017 the latter closed.", "Kindle Recovery and Wayside Trust did the work.", r, "")
    'In 2017 Wayside Trust closed.'
    >>> former_latter_named("In 2017 the latter closed.", "Kindle Recovery did the work.", r, "")
    ''
    >>> former_latter_named("In 2017 the former primary care trust closed.", "Kindle Recovery and Wayside Trust did it.", r, "")
    ''
    """
    from clasgraph.ingest import parsed

    if not _FORMER_OR_LATTER.search(sentence) or ending and not parsed.may_say_ended(sentence):
        return ""
    out = []
    pos = 0
    for m in _FORMER_OR_LATTER.finditer(sentence):
        if parsed.modifies_a_noun(sentence, m.end("which")):
            return ""  # "the former PCT", "the latter part of that year"
        pair = list(dict.fromkeys(o for *_, o in org_spans(sentence[:m.start()], orgs, area)))
        if not pair and previous:
            pair = list(dict.fromkeys(o for *_, o in org_spans(previous, orgs, area)))
        if len(pair) != 2:
            return ""
        out += [sentence[pos:m.start()], orgs.orgs[pair[0 if m["which"] == "former" else 1]].name]
        pos = m.end()
    return "".join([*out, sentence[pos:]])


def _ended_by_grammar(sentence: str, orgs_in) -> set[str]:
    """The bodies a context sentence's grammar says ended (:func:`clasgraph.ingest.parsed.bodies_ended`)."""
    from clasgraph.ingest import parsed

    return parsed.bodies_ended(sentence, orgs_in)


def _glossary_successions(doc: Document, orgs: OrgResolver, orgs_in) -> list[tuple]:
    """SUCCEEDED_BY from what a key's entry says became of its body ("TWS<TAB>Tillery Wellbeing
    Service. ... dissolved in June 2016, its work ... carried on under PRC"): the entry's words read
    as a sentence about that body, "its" and "the charity" the body, ended where the words say so;
    the entry is the evidence."""
    from clasgraph.ingest import parsed

    out = []  # (parsed.successions keeps only pairs whose kinds can succeed)
    for body, words, line in glossary.entry_sentences(doc.glossary, orgs):
        ended = parsed.states_an_ending(words)
        out += [(Rel.SUCCEEDED_BY.value, old, new, "glossary", " ".join(line.split()), {"date": date_stated(words)})
                for old, new in sorted(parsed.successions(words, orgs_in, orgs.kind, body, ended_before=ended))
                if old == body]  # what the entry says of its own body, not of a body it names
    return out


def fits_its_kind(relation: str, kind: str, service: str) -> bool:
    """Whether a body of ``kind`` can hold this side of a service: a trust, a charity or a practice
    read as commissioning, or a CCG or NHS England as running a service other than its designated
    posts, is a reading the words misled ("commissioned by the ICB from A": A provides). A body of
    no known kind is kept.

    >>> fits_its_kind("COMMISSIONS", "nhs-trust", "camhs"), fits_its_kind("PROVIDES", "ccg", "designated-professionals")
    (False, True)
    >>> fits_its_kind("PROVIDES", "nhs-england", "sarc"), fits_its_kind("PROVIDES", "local-authority", "youth-offending")
    (False, True)
    """
    if relation == Rel.COMMISSIONS:
        return kind not in PROVIDER_KINDS
    if relation == Rel.PROVIDES:
        return kind not in NHS_COMMISSIONER_KINDS or service == OWN_POSTS
    return True


_FORMER = re.compile(r"\b(?:former|ex-|erstwhile|one-time|onetime)\s*$", re.IGNORECASE)
#: A sentence whose subject is "It" (not "It is clear that", "It was agreed").
_OPENS_WITH_IT = re.compile(r"It\s+(?!(?:is|was|has\s+been|had\s+been|remains|seems|appears)\s+(?:clear|not|important|"
                            r"agreed|unclear|likely|unlikely|evident|noted|reported|expected|possible|difficult|hoped|"
                            r"intended|planned|too|also\s+clear)\b)")


def _named_only_as_former(sentence: str, orgs_in) -> set[str]:
    """The bodies a sentence names only after "former" ("former Tarnside health visitors"): of the past."""
    spans = orgs_in(sentence)
    former = {o for s, _, o in spans if _FORMER.search(sentence[max(0, s - 12):s])}
    return {o for o in former if all(_FORMER.search(sentence[max(0, s - 12):s]) for s, _, b in spans if b == o)}


def _gaps_open(ruled: list, sentence: str, orgs_in) -> bool:
    """Whether :func:`_gaps_filled` could take anything from a parse of ``sentence``: the rules
    read nothing, or it names a body they did not read (else the sentence costs no parse)."""
    return not ruled or bool({o[2] for o in orgs_in(sentence)} - {r.source for r in ruled})


def _gaps_filled(ruled: list, parsed: list, ended: set) -> list:
    """What the parse reads that the rules left open in the same sentence: everything where the
    rules read nothing; else only who provides a service no rule gave a provider, said of a body
    no rule read ("A pays B for X": the rule reads A, the parse B). Where the rules read a
    sentence, the parse's other readings are more often its mistakes (a long sentence's clauses
    crossed) than what the rules missed. Never a body whose ending the sentence or the one before
    states (``ended``) as providing."""
    if not ruled:
        return [r for r in parsed if not (r.type == Rel.PROVIDES and r.source in ended)]
    bodies = {r.source for r in ruled}
    provided = {r.target for r in ruled if r.type == Rel.PROVIDES}
    return [r for r in parsed if r.type == Rel.PROVIDES and r.source not in bodies and r.target not in provided
            and r.source not in ended]


#: A question of who does something: "Who pays for health visiting?", "Which body employs them?".
_WHO_QUESTION = re.compile(r"^(?:And\s+|But\s+)?(?:[Ww]ho|[Ww]hich\s+(?:body|organi[sz]ation|trust|provider|commissioner|"
                           r"company|charity))\s+(?P<asked>[a-z][^?]{2,150})\?$")


#: Words that announce an answer before its body: "The answer is B.", "It is B."
_ANSWER_IS = re.compile(r"^\s*(?:The\s+(?:short\s+|simple\s+)?answer\s+is|The\s+answer:|It\s+is|It['’]s)\s+")


def answered_question(question: str, answer: str, orgs_in) -> tuple[str, str] | None:
    """(the answer written as a statement, its body) where a sentence asks who does something and
    the next opens with the body that does it: "Who pays for health visiting? The council, from
    its public health grant." -> "The council pays for health visiting."

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "council") for m in re.finditer("[Tt]he council", t)]
    >>> answered_question("Who pays for health visiting?", "The council, from its public health grant.", orgs_in)
    ('The council pays for health visiting.', 'council')
    >>> answered_question("Who pays for health visiting?", "The council does, through its grant.", orgs_in)
    ('The council pays for health visiting.', 'council')
    >>> answered_question("Which body pays for health visiting?", "The answer is the council.", orgs_in)
    ('the council pays for health visiting.', 'council')
    >>> [answered_question("Who pays for health visiting?", a, orgs_in) for a in ("Nobody knew, said the council.",
    ...  "It is not the council.", "The council did, until 2015.", "The council, until 2015.")]
    [None, None, None, None]
    """
    m = _WHO_QUESTION.match(question.strip()) if question else None
    if not m:
        return None
    answer = _ANSWER_IS.sub("", answer, count=1)  # "The answer is B."
    opening = [o for o in orgs_in(answer) if len(answer[:o[0]].split()) <= 1][:1]
    rest = answer[opening[0][1]:].strip() if opening else ""
    if not opening or re.match(r"\W*(?:not|never|no|nor)\b", answer, re.IGNORECASE) or not re.fullmatch(
            r"\W*(?:(?:does|do)\b\s*)?(?:[,;:–—-].*|\.?)", rest, re.DOTALL) or re.search(
            r"\b(?:until|till|formerly|previously|no\s+longer|not|never|used\s+to)\b", rest, re.IGNORECASE):
        return None  # the answer is the body, alone, with "does", or with words set apart after it; not a denial or a past
    return f"{answer[opening[0][0]:opening[0][1]]} {m['asked']}.", opening[0][2]


def _weighed_gaps(ruled: list, weighed: list) -> list:
    """What the learned model reads that the rules and the parse left open in a sentence:
    everything where they read nothing; else only a body they did not read, for a side of a
    service they gave no body ("A pays B for X": the rules read A, the model B), and never a
    commissioner of the designated posts beside their employer ("the trust provides the
    designated doctor, who gives the CCG three sessions": whether the CCG buys them or hosts
    them the sentence does not say).

    >>> ruled = [Relation("COMMISSIONS", "council", "school-nursing", "")]
    >>> weighed = [Relation("PROVIDES", "trust", "school-nursing", ""), Relation("PROVIDES", "council", "school-nursing", ""),
    ...            Relation("COMMISSIONS", "ccg", "school-nursing", ""), Relation("COMMISSIONS", "ccg", OWN_POSTS, "")]
    >>> [(r.type, r.source) for r in _weighed_gaps(ruled, weighed)]
    [('PROVIDES', 'trust')]
    """
    if not ruled:
        return weighed
    bodies = {r.source for r in ruled}
    sides = {(r.type, r.target) for r in ruled}
    return [r for r in weighed if r.source not in bodies and (r.type, r.target) not in sides
            and not (r.type == Rel.COMMISSIONS and r.target == OWN_POSTS)]


def grammar_relations(bare: str, orgs_in, names, kinds, sentence: str) -> list:
    """Who commissions and provides in a sentence no rule read, from its dependency parse
    (:mod:`clasgraph.ingest.parsed`), with the sentence as evidence."""
    from clasgraph.ingest import parsed

    return [Relation(kind, org, svc, sentence) for kind, org, svc in sorted(parsed.read(bare, orgs_in, names, kinds))]


def weighed_relations(bare: str, orgs_in, names, kinds, sentence: str, ended: set) -> list:
    """What the learned model (:mod:`clasgraph.ingest.learned`) reads in a sentence where neither
    the rules nor the parse read anything, with the sentence as evidence; never a body whose
    ending the sentence or the one before states as providing. (Where the rules read part of a
    sentence, the model's other readings cost the development set a tenth of its precision for
    little it missed: measured, not kept.)"""
    from clasgraph.ingest import learned

    about_groups = groups_about(bare, names, orgs_in)
    return [Relation(kind, org, svc, sentence) for kind, org, svc in sorted(learned.read(bare, orgs_in, names, kinds))
            if not (kind == Rel.PROVIDES and org in ended) and svc not in about_groups]


#: What a service's name may be the subject of, not the service: a group, a board, a meeting, a plan.
_GROUP_OF = re.compile(r"(?:\s+(?!(?:and|or|but|its|their|the|a|an|which|that|who|with|to|for|in|on|by|is|are|was|were)\b)"
                       r"[\w'’-]+){0,3}?\s+(?:(?:working|steering|reference|task[\s-]and[\s-]finish|sub-?)?\s*groups?|boards?|"
                       r"forums?|meetings?|networks?|panels?|committees?|strategy|strateg(?:y|ies)|plans?|conferences?|"
                       r"events?|training|audits?|reviews?)\b", re.IGNORECASE)


def groups_about(sentence: str, names=None, orgs_in=None) -> set[str]:
    """The services a sentence names only as what a group, board, meeting, plan or review is about
    ("leads the CAMHS transformation working group", "sits on the CAMHS Partnership Board"): a
    reading by the fallbacks of who commissions or provides them states nothing. Not a body's
    name ending so (``orgs_in``: "Smilecrest Dental Group" is a body).

    >>> sorted(groups_about("The council leads the CAMHS Transformation Working Group."))
    ['camhs']
    >>> groups_about("The council funds CAMHS and chairs its board.")
    set()
    >>> groups_about("Acme Dental Group runs dental care.", orgs_in=lambda t: [(0, 16, "acme")])
    set()
    """
    spans = service_spans(sentence, names)
    bodies = orgs_in(sentence) if orgs_in else []

    def of_a_group(start: int, end: int) -> bool:  # a body's name before the service's ends so: the body's
        m = _GROUP_OF.match(sentence, end)
        return bool(m) and not any(s < start and s <= m.end() - 1 < e for s, e, _ in bodies)

    keys = {k for *_, k in spans}
    return {k for k in keys if all(of_a_group(s, e) for s, e, key in spans if key == k)}


def in_cells(previous: str, sentence: str, following: str) -> list[tuple[str, str, str]]:
    r"""(sentence before, sentence, sentence after) for each sentence ``sentence`` says: itself,
    or, for a table of TAB-separated rows, each sentence of each cell, beside the others of its
    cell (a table of changes: "C1 <TAB> A ceased to exist when B acquired it <TAB> 2016").

    >>> in_cells("", "C1\tA closed; B took its work\t2016\nC2\tD was renamed E\t2018", "")
    [('', 'A closed; B took its work', ''), ('', 'D was renamed E', '')]
    >>> in_cells("X.", "Y.", "Z.")
    [('X.', 'Y.', 'Z.')]
    """
    if "\t" not in sentence or "\n" not in sentence:
        return [(previous, sentence, following)]
    out = []
    for cell in re.split(r"[\t\n]", sentence):
        said = sentences(cell) if len(cell.split()) >= 4 else []  # a number, a date, a name: no statement
        out += [(said[i - 1] if i else "", s, said[i + 1] if i + 1 < len(said) else "") for i, s in enumerate(said)]
    return out


def _successions_parsed(sentence: str, orgs_in, kinds, antecedent: str, ended_before: bool = False,
                        ended_known: frozenset = frozenset()) -> list[Relation]:
    """SUCCEEDED_BY from the roles a dependency parse gives the sentence's bodies
    (:func:`clasgraph.ingest.parsed.successions`), with the sentence as evidence."""
    from clasgraph.ingest import parsed

    return [Relation(Rel.SUCCEEDED_BY.value, old, new, sentence)
            for old, new in sorted(parsed.successions(sentence, orgs_in, kinds, antecedent, ended_before, ended_known))]


def _ended_before(previous: str, sentence: str, orgs: OrgResolver, area: str, about: list) -> tuple[str, bool]:
    """(the body "it" stands for, whether the sentence before said it ended): a sentence with "its"
    after one whose subject ended ("A stopped trading in 2019. C carries on its clinics.")."""
    from clasgraph.ingest import parsed

    if about:  # the body "it" stands for, said to end in the sentence before or not ("A, which ran X, was wound up.
        # The part of its contract, and the staff who delivered it, were assigned to C")
        start, end, key = about[0]  # ended only where "its" is in the sentence's subject ("The part of its contract ...")
        return key, bool(previous) and end > start and parsed.its_in_subject(sentence) and parsed.ended_at(previous, start, end)
    if not previous or not re.search(r"\b[Ii]ts\b", sentence):
        return "", False
    # its first body (after a few words, or after a heading run on: "Sexual health A, the charity
    # that held this work, closed"), said to end as the subject: not another body the sentence reports
    subject = org_spans(previous, orgs, area)[:1]
    if not subject or not parsed.ended_at(previous, subject[0][0], subject[0][1]):
        return "", False
    return subject[0][2], True


def _successions_weighed(sentence: str, orgs_in) -> list[Relation]:
    """SUCCEEDED_BY the learned model reads in a sentence the rules and the parse read none in
    (:func:`clasgraph.ingest.learned.read_successions`); never in a table's row (the caller asks
    nothing of a row's cells either)."""
    from clasgraph.ingest import learned

    if re.search(r"[\t|]", sentence):
        return []
    return [Relation(Rel.SUCCEEDED_BY.value, old, new, sentence) for old, new in sorted(learned.read_successions(sentence, orgs_in))]


def _successions_said(previous: str, sentence: str, following: str, orgs: OrgResolver, area: str, orgs_in,
                      weigh: bool = False, topic_before: str = "", ended_known: frozenset = frozenset(),
                      ended_last: frozenset = frozenset()):
    """[(SUCCEEDED_BY relation, the words that state it, the words that say what moved)] of one
    sentence, read with the sentence before ("A no longer exists. Its staff moved to C.") and after;
    ``weigh``: where nothing is read, ask the learned model (context paragraphs); ``topic_before``:
    the body the sentence before was about (:func:`sentence_topic`), for an "it" no body of the
    sentence before opens; ``ended_known``: the bodies the review said ended before this sentence;
    ``ended_last``: those the sentence before said ended."""
    kinds = orgs.kind
    # "it" in "In 2016 it and B were dissolved ...": the body the sentence before was about
    about = org_spans(previous, orgs, area)[:1] if previous and re.search(r"\b[Ii]t\b", sentence) else []
    about = [o for o in about if len(previous[:o[0]].split()) <= 3]  # its subject, not a body it ends with
    if not about and topic_before and _IT_SUBJECT_OPENING.match(sentence):
        about = [(0, 0, topic_before)]  # "That trust's board decided to close. It ceased to exist ..."
    opening = _TOPIC_ANAPHOR.match(sentence)
    if not about and re.search(r"\b[Ii]t\b", sentence) and opening and opening["noun"]:
        # "The charity's trustees concluded that it could not continue; it surrendered ...": the body the subject stands for
        own = sentence_topic(sentence, previous, topic_before, orgs, area)
        about = [(0, 0, own)] if own else []
    antecedent = orgs.orgs[about[0][2]].name if about and about[0][2] in orgs.orgs else ""
    plain = plain_subject(plural_subject(uncleft(speaker_named(sentence, orgs_in), orgs_in), previous, orgs_in), antecedent)
    out = []
    for r in (successions_in(plain, orgs_in, about[0][2] if about else "")
              or handed_on_after_ending(previous, plain, orgs_in, kinds)
              or contract_handed_on(previous, plain, orgs_in, kinds)
              or merged_then_named(previous, plain, orgs_in, kinds)
              or merged_keeping_a_name(plain, orgs_in, kinds)
              or renamed_across(previous, sentence, orgs_in, kinds)
              or ended_and_taken_in(previous, plain, following, orgs_in, kinds)
              or _whole_work_taken(previous, sentence, orgs, area, orgs_in, about)
              or _ccgs_then_one(previous, sentence, orgs_in, kinds)
              or noted_successions(previous, sentence, orgs_in, kinds)
              or carried_on_since_ending(previous, plain, orgs_in, kinds, ended_last)
              or _successions_by_grammar(previous, sentence, orgs, area, orgs_in, about, ended_known, weigh)):
        if not can_succeed(kinds(r.source), kinds(r.target)):
            continue  # "C took over the clinic from the council": the council goes on commissioning
        stated = r.evidence.replace(plain, sentence)  # as the review wrote it (two sentences for a body that ended before)
        out.append((r, stated, plain if stated == sentence else stated))
    return out


def _successions_by_grammar(previous: str, sentence: str, orgs: OrgResolver, area: str, orgs_in, about: list,
                            ended_known: frozenset, weigh: bool) -> list[Relation]:
    """SUCCEEDED_BY where the rules' phrases read none: from the roles a parse gives the sentence's
    bodies, else from a list of where an ended body's work went, else (``weigh``) from the learned
    model; the first two read with whether the sentence before said its body ended, found once."""
    said_before = _ended_before(previous, sentence, orgs, area, about)
    return (_successions_parsed(sentence, orgs_in, orgs.kind, *said_before, ended_known=ended_known)
            or _shared_out(sentence, orgs_in, orgs.kind, *said_before)
            or (_successions_weighed(sentence, orgs_in) if weigh else []))


#: A subject that stands for bodies the sentence before named, after any opening of time or
#: circumstance: "It also runs X", "Since 2018 they have funded Y", "This provider", "The same
#: trust", "The latter", "Both organisations".
_ANAPHORIC_SUBJECT = re.compile(
    r"^(?:(?:In|Since|From|After|Following|Under|As\s+of)\s+[^,.;]{1,50},\s*(?:and\s+[^,.;]{1,60},\s*)?"
    r"|(?:In|Since|From)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?"
    r"(?P<anaphor>(?P<it>[Ii]t)|(?P<plural>[Tt]hey|[Bb]oth(?:\s+(?:organisations|bodies|partners|commissioners|trusts))?"
    r"|[Tt]he\s+two\s+(?:organisations|bodies|partners|commissioners))|[Tt]he\s+(?P<order>former|latter)"
    r"|(?:[Tt]his|[Tt]hat|[Tt]he(?:\s+same)?)\s+(?P<noun>provider|organisation|body|trust|charity|council|CCG|"
    r"commissioner))\b(?!\s+(?:and|or|of|that|which|who|is\s+(?:not|unclear|why|what)|was\s+not)\b|\s*,|['’])")
#: "the same trust" anywhere in a sentence: the body of that kind the sentence before named ("X is part of the same trust").
_SAME_BODY = re.compile(r"\b(?P<anaphor>[Tt]he\s+same\s+(?P<noun>provider|organisation|body|trust|charity|council|CCG|"
                        r"commissioner))\b(?!['’])")
#: "it" after a preposition that names a party to a contract: "A commissions X from it" (B, the body before).
_IT_OBJECT = re.compile(r"\b(?:from|with)\s+(?P<anaphor>it)\b(?!\s+(?:is|was|has|had)\b)")
#: The kinds of body a noun of an anaphor means ("the same trust": an NHS trust).
_NOUN_KINDS = {"trust": {"nhs-trust", "foundation-trust"}, "council": {"local-authority"}, "ccg": {"ccg"},
               "commissioner": set(COMMISSIONER_KINDS)}


#: The kinds of body a word standing in for one may mean ("that charity": a charity).
_STAND_IN_KINDS = {**_NOUN_KINDS, "charity": {"charity"}, "practice": {"gp-practice"}, "surgery": {"gp-practice"},
                   "company": {"private-provider", "social-enterprise", "provider"}}
_STAND_IN_KINDS_NOUNS = sorted({*_STAND_IN_KINDS, "CCG"}, key=len, reverse=True)
#: A body named by its kind alone: "the charity", "the trust" (not "the charity's", a thing of its own).
_KIND_NAMED = re.compile(r"\b[Tt]he\s+(?P<noun>(?i:" + "|".join(_STAND_IN_KINDS_NOUNS) + r"))\b(?!['’])")
#: "the former" and "the latter" standing for a body alone (not "the former provider", a role).
_FORMER_OR_LATTER = re.compile(r"\b[Tt]he\s+(?P<which>former|latter)\b(?!\s+(?:[a-z-]+\s+)?(?:provider|body|organisation|"
                               r"partner|service|contract|one|" + "|".join(_STAND_IN_KINDS_NOUNS) + r")s?\b)")


#: A sentence's subject standing for a body named before, after any opening of time ("In 2016,
#: ..."): "It", "That trust", "The charity's board".
_TOPIC_ANAPHOR = re.compile(r"^(?:[^,.;]{1,50},\s*)?(?:(?P<it>[Ii]t)|(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?P<noun>"
                            + "|".join(_STAND_IN_KINDS_NOUNS) + r"))\b(?:['’]s\s+(?P<owned>[a-z]+))?"
                            r"(?!\s+(?:is|was)\s+(?:clear|not|agreed|noted|likely|unlikely|hoped|planned|intended|expected|"
                            r"reported)\b)")
#: What a body's governing people are: what they decide, the body decides ("That trust's board
#: decided ..."); anything else a body has ("the charity's clinic") is a thing of its own.
_GOVERNING = frozenset({"board", "trustees", "directors", "governors", "leaders", "leadership", "management",
                        "executive", "executives", "chief", "chair", "members"})
#: A sentence whose subject is "it" standing for a body: not "It is understood that ...", "It was
#: then that ...", though "It was dissolved" and "It had closed" are.
_IT_SUBJECT_OPENING = re.compile(
    r"^(?:[^,.;]{1,50},\s*)?[Ii]t\s+(?!(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|became)\b"
    r"(?!\s+(?:\w+ly\s+)?(?:dissolved|closed|abolished|wound|absorbed|merged|taken|replaced|acquired|folded|shut|"
    r"disbanded|struck|deregistered|liquidated|subsumed|incorporated|brought|placed|put)\b))")


def sentence_topic(sentence: str, previous: str, topic_before: str, orgs: OrgResolver, area: str) -> str:
    """The body a sentence is about, for an "it" in the sentence after: the known body it opens
    with, else the body its anaphoric subject stands for: "it" the body the sentence before was
    about (or opened with), "that trust" (or "this", "the", with "'s board" or not) the body of that
    kind the sentence before opened with, else the last it named, else the one it was about ("A
    ran it. That trust's board decided to close. It ceased to exist ...": each about A). A subject
    that is a thing a body has ("The charity's clinic was too small. It closed ..."): no body."""
    spans = org_spans(sentence[:_OPENING], orgs, area)
    own = [o for o in spans if len(sentence[:o[0]].split()) <= 3][:1]
    if own:
        owned = re.match(r"['’]s\s+([a-z]+)", sentence[own[0][1]:])
        return own[0][2] if not owned or owned.group(1) in _GOVERNING else ""
    m = _TOPIC_ANAPHOR.match(sentence)
    if not m or m["owned"] and m["owned"] not in _GOVERNING:
        return ""
    if m["it"] and topic_before:
        return topic_before
    bodies = org_spans(previous, orgs, area) if previous else []
    opened = [o[2] for o in bodies if len(previous[:o[0]].split()) <= 3][:1]
    if m["it"]:
        return opened[0] if opened else ""
    kinds = _STAND_IN_KINDS[m["noun"].lower()] | {"", OrgKind.PROVIDER}  # a name that does not say its kind fits any
    fitting = [key for *_, key in bodies if orgs.kind(key) in kinds]
    subject = [key for key in opened if key in fitting]  # "A worked with B, another trust. The trust's board ...": A
    return (subject or fitting[-1:] or [topic_before if topic_before and orgs.kind(topic_before) in kinds else ""])[0]


def _stand_ins(previous: str, sentence: str, orgs: OrgResolver, area: str, about: list) -> dict[str, str]:
    """What words standing in for a body mean, from the sentence before: "it" and "its" the
    body it was about (where the sentence says "it", as :func:`_successions_said` asks), "that
    trust" (or "this", "the") the last body of that kind it named that this sentence does not."""
    out = {"it": about[0][2], "its": about[0][2]} if about else {}
    here = {key for _, _, key in org_spans(sentence, orgs, area)}
    named = [key for _, _, key in org_spans(previous, orgs, area) if key not in here] if previous else []
    for noun, kinds in _STAND_IN_KINDS.items():
        fitting = [key for key in named if orgs.kind(key) in kinds]
        if fitting:
            out.update({f"{det} {noun}": fitting[-1] for det in ("that", "this", "the")})
    return out


def _whole_work_taken(previous: str, sentence: str, orgs: OrgResolver, area: str, orgs_in, about: list) -> list:
    """SUCCEEDED_BY where a body is said to hold now the whole of what another held ("Greyholt
    now holds what that trust held", :func:`clasgraph.ingest.parsed.whole_work_taken`), the
    words standing in for a body read from the sentence before; both sentences are the evidence."""
    from clasgraph.ingest import parsed

    if not re.search(r"\b(?:what|everything|all)\b", sentence, re.IGNORECASE):
        return []
    pairs = parsed.whole_work_taken(sentence, orgs_in, _stand_ins(previous, sentence, orgs, area, about))
    evidence = f"{previous} {sentence}" if previous else sentence
    return [Relation(Rel.SUCCEEDED_BY.value, old, new, evidence) for old, new in sorted(pairs)]


#: A sentence opening with the day an arrangement ended, or the day one began: "Until 31 March
#: 2017, A and B ...", "From 1 April 2017, C ..." (a date of any form, then a comma or not).
_UNTIL = re.compile(r"^\s*(?:Until|Up\s+to|Before)\s+[^,]{0,30}?(?:19|20)\d\d\b,?")
_FROM = re.compile(r"^\s*(?:From|Since|On|After)\s+[^,]{0,30}?(?:19|20)\d\d\b,?")
#: The CCGs each doing their part, then one doing what they did: "A and B each (separately) ...",
#: "C has done this for all of it", "C does so", "C has done it".
_EACH_APART = re.compile(r"\b(?:each|separately|both|between\s+them)\b", re.IGNORECASE)
_DONE_THIS = re.compile(r"\b(?:(?:has|have)\s+(?:since\s+)?done|does|do)\s+(?:this|that|it|so|the\s+same)\b", re.IGNORECASE)


#: A list of where an ended body's work went, in notes without a verb: "its services were shared
#: out as follows: - health visiting: to A; - the MIU: to the new trust". Each item after the list's
#: colon, its "to" and the body it names.
_ITS_WORK_LISTED = re.compile(r"\b(?i:its|their)\s+(?:[\w-]+\s+){0,2}?(?:services|work|teams|contracts|functions|caseloads?)\b[^:]*:\s*(?=[-•–]\s)")
_ITEM_TO = re.compile(r"(?:^|[:;]\s*|\s)[-•–]\s+[^;\n]*?(?::|,)\s+to\s+(?P<rest>(?:(?!\s[-•–]\s)[^;\n])+)")


#: A note: a label, a colon or a dash, its words ("A: dissolution, 31 March 2015", "A - gone (2018)").
_NOTE = re.compile(r"(?P<label>[^:;()]{2,150}?)\s*(?::|\s[-–—]\s)\s*(?P<words>[^:]{2,200}?)\s*\.?\s*$")
#: Words of a note saying its body ended: a noun, participle or adjective of ending first.
_NOTED_END = re.compile(r"(?:dissolution|dissolved|abolition|abolished|closure|closed|wound\s+up|winding[\s-]up|"
                        r"deregistered|gone|defunct|ceased\s+(?:trading|to\s+exist|operating)|disbanded|stood\s+down)\b"
                        # not "closed to new referrals", "closure of its clinic", "closed the clinic" (but "the following April")
                        r"(?!\s+(?:to|of|its|their|a|an|for|in\s+part|the(?!\s+(?:following|end|next|same|first|last|start)\b))\b)",
                        re.IGNORECASE)
#: The label of a note on an ended body's work: "Its services and staff", "Board, sites, staff".
_NOTED_WORK = re.compile(r"(?:(?:its|their)\s+)?(?:(?!(?:for|of|on|in|about|to|with|by)\b)[\w'’-]+[\s,]+(?:and\s+)?){0,5}?(?:services|staff|teams?|contracts|"
                         r"functions|caseloads?|work|sites|premises|board|budgets?|patients|lists?)"
                         r"[^:]{0,40}",  # "its work with families", "its services across Westford"
                         re.IGNORECASE)


#: What may follow the body a note says the work went to: a short name, a date, "now".
_NOTED_AFTER = re.compile(r"(?:['’]s)?\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:(?:from|since|in|on|as\s+of)\s+[^,;:]{1,40}|now)?\s*[.;]?\s*",
                          re.IGNORECASE)


def noted_ending(note: str, orgs_in) -> str:
    """The body a verbless note says ended: its label the body alone, its words an ending first
    ("A: dissolution, 31 March 2015", "A - gone (2018)"), else "". A list's items are read one by one.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "old") for m in re.finditer("Old Care", t)]
    >>> noted_ending("Changes since 2014 - Old Care: dissolution, 31 March 2015.", orgs_in), noted_ending("Old Care - gone (2018).", orgs_in)
    ('old', 'old')
    >>> noted_ending("Old Care: dissolution planned for 2020.", orgs_in), noted_ending("Old Care: runs the clinic.", orgs_in)
    ('', '')
    """
    for item in [note, *re.split(r"(?:^|\s)[-•–]\s+(?=[A-Z])", note)[1:]]:
        m = _NOTE.fullmatch(item.strip())
        if not m or not _NOTED_END.match(m["words"]) or says_a_plan(m["words"]):
            continue  # (the words first: the reader of names is asked only of a note of an ending)
        bodies = orgs_in(m["label"])
        if len(bodies) == 1 and bodies[0][0] <= 4 and bodies[0][1] >= len(m["label"].rstrip()) - 1:
            return bodies[0][2]
    return ""


def noted_successions(previous: str, sentence: str, orgs_in, kinds) -> list[Relation]:
    """SUCCEEDED_BY from two verbless notes, one that a body ended and the next where its work
    went ("- A: dissolution, 31 March 2015. - Its services and staff: with C from 1 April 2015";
    "A - gone (2018). Board, sites, staff: all C now"), not a plan.

    >>> roster = {"Old Care": "old", "New Care": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> [(r.source, r.target) for r in noted_successions("- Old Care: dissolution, 2015.", "- Its services and staff: with New Care from April 2015.", orgs_in, None)]
    [('old', 'new')]
    >>> noted_successions("- Old Care: dissolution, 2015.", "- Its services: to be offered to New Care.", orgs_in, None)
    []
    """
    m = _NOTE.fullmatch(re.sub(r"^\s*[-•–]\s+", "", sentence).strip()) if previous else None
    if not m or not _NOTED_WORK.fullmatch(m["label"].strip()) or says_a_plan(m["words"]):
        return []
    old = noted_ending(previous, orgs_in)  # (asked only of a note on work: this reader is asked of every sentence)
    if not old:
        return []
    lead = re.match(r"(?:(?:with|to|under|all|now|went\s+to|moved\s+to)\s+)*(?:the\s+)?", m["words"], re.IGNORECASE).end()
    named = orgs_in(m["words"])
    new = named[0][2] if named and named[0][0] <= lead else ""
    if not new or new == old or kinds and not can_succeed(kinds(old), kinds(new)) or not _NOTED_AFTER.fullmatch(
            m["words"][named[0][1]:]):
        return []  # (the body where the work went, then only its date: not "C bid for them but lost")
    return [Relation(Rel.SUCCEEDED_BY.value, old, new, f"{previous} {sentence}")]


def _shared_out(sentence: str, orgs_in, kinds, antecedent: str, ended_before: bool) -> list[Relation]:
    """SUCCEEDED_BY from a body the sentence before says ended to each body a list of where its work
    went names after "to" ("A closed on 30 September 2017. On the following day its services were
    shared out as follows: - health visiting ...: to B; - the MIU ...: to C").

    >>> roster = {"Old Care": "old", "New Care": "new", "Other Care": "other"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> said = "Its services were shared out as follows: - health visiting: to New Care; - the MIU: to Other Care."
    >>> [(r.source, r.target) for r in _shared_out(said, orgs_in, None, "old", True)]
    [('old', 'new'), ('old', 'other')]
    >>> _shared_out(said, orgs_in, None, "old", False)
    []
    >>> _shared_out("Its services were to be shared out as follows: - HV: to New Care.", orgs_in, None, "old", True)
    []
    >>> _shared_out("Its services were shared out as follows: - referrals: to be sent to New Care.", orgs_in, None, "old", True)
    []
    >>> [r.target for r in _shared_out("In May its services were shared out as follows: - HV: to New Care.", orgs_in, None, "old", True)]
    ['new']
    """
    listed = _ITS_WORK_LISTED.search(sentence) if ended_before else None
    if not listed or says_a_plan(sentence[:listed.end()]):
        return []
    out = []
    for m in _ITEM_TO.finditer(sentence, listed.end() - 1):
        named = orgs_in(m["rest"])
        lead = re.match(r"\s*(?:the\s+|its\s+)?", m["rest"]).end()
        new = named[0][2] if named and named[0][0] <= lead else ""  # "to B", not "to be sent to B"
        if new and new != antecedent and (not kinds or can_succeed(kinds(antecedent), kinds(new))) \
                and all(r.target != new for r in out):
            out.append(Relation(Rel.SUCCEEDED_BY.value, antecedent, new, sentence))
    return out


def _ccgs_then_one(previous: str, sentence: str, orgs_in, kinds) -> list:
    """SUCCEEDED_BY from two or more CCGs a sentence says did something until a day to the one
    CCG the next says has done it since ("Until 31 March 2017, A CCG and B CCG each bought care
    for part of the county. From 1 April 2017, C CCG has done this for all of it"): CCGs merged,
    told by dates. Commissioners' roles moving between bodies that go on are said of one body
    or one service ("C became lead commissioner for CAMHS"), never of two CCGs becoming one."""
    if not previous or not _UNTIL.match(previous) or not _FROM.match(sentence) or not _EACH_APART.search(previous) \
            or not _DONE_THIS.search(sentence):
        return []
    before = list(dict.fromkeys(key for *_, key in orgs_in(previous) if kinds(key) == "ccg"))
    after = list(dict.fromkeys(key for *_, key in orgs_in(sentence) if kinds(key) == "ccg"))
    if len(before) < 2 or len(after) != 1 or after[0] in before or says_a_plan(sentence):
        return []
    return [Relation(Rel.SUCCEEDED_BY.value, old, after[0], f"{previous} {sentence}") for old in before]


#: An entry of a key to a report's bodies with the years each was in being ("QCCG: NHS Quillingford
#: CCG (April 2013 – March 2017)", "QHCCG: NHS Quill and Heddon CCG (since April 2017)"), a line
#: each or run together in one paragraph.
_KEY_LINE = re.compile(r"(?<![\w&'’-])(?P<short>[A-Z][A-Za-z&]{1,12})(?::|\t)[ \t]*(?P<name>[A-Z][^():;\n]{2,120}?)[ \t]*"
                       r"\((?P<when>[^()\n]{4,60})\)")
#: When a body ended, in such a line: the end of a range of dates ("2013 – March 2017"), or after
#: "until" or a word of ending; and when one began ("since April 2017", "from 1 April 2017").
_KEY_ENDED = re.compile(r"(?:(?:19|20)\d\d\s*(?:[–-]|to)\s*|^(?:until|to|closed|dissolved|abolished|ended|ceased)\s+)"
                        r"(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s*$", re.IGNORECASE)
_KEY_BEGAN = re.compile(r"^(?:since|from|created|formed|established|founded)\s+(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
                        r"(?:19|20)\d\d)\s*$", re.IGNORECASE)


def _months(iso: str) -> int:
    """A date's month counted from year 0 (a year alone: its first month)."""
    year, month = (iso.split("-") + ["1"])[:2]
    return int(year) * 12 + int(month) - 1


def key_dates_succession(text: str, orgs_in, kinds) -> list:
    r"""SUCCEEDED_BY from a key to the report's bodies that gives the dates each was in being: a body
    whose line ends its dates ("(April 2013 – March 2017)") and the one body of its kind whose line
    begins within three months after ("(since April 2017)"): a CCG replaced by a new one, told by
    dates alone. Several of one kind beginning then, or none, say nothing.

    >>> roster = {"NHS Old CCG": "old", "NHS New CCG": "new"}
    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), v) for k, v in roster.items() for m in re.finditer(k, t))
    >>> key = "OCCG: NHS Old CCG (April 2013 – March 2017)\nNCCG: NHS New CCG (since April 2017)"
    >>> [(r.source, r.target) for r in key_dates_succession(key, orgs_in, lambda o: "ccg")]
    [('old', 'new')]
    """
    ended, began = [], []
    for m in _KEY_LINE.finditer(text):
        bodies = orgs_in(m["name"])
        if len(bodies) != 1:
            continue
        when = m["when"].strip()
        end, start = _KEY_ENDED.search(when), _KEY_BEGAN.match(when)
        if end:
            ended.append((bodies[0][2], _months(date_stated(end["date"])), m.group(0).strip()))
        elif start:
            began.append((bodies[0][2], _months(date_stated(start["date"])), m.group(0).strip()))
    out = []
    for old, end, said in ended:
        after = [(new, line) for new, start, line in began
                 if 0 < start - end <= 3 and new != old and kinds(new) == kinds(old)]
        if len(after) == 1:
            out.append(Relation(Rel.SUCCEEDED_BY.value, old, after[0][0], f"{said}; {after[0][1]}"))
    return out


#: How far into a sentence the body it opens with is looked for (three words and a long name).
_OPENING = 200


def anaphoric_subject(sentence: str, previous: str, meant_before: list[str], orgs_in, kind_of,
                      name_of=str, opener=None) -> tuple[str, list[str]]:
    """(the sentence with its anaphoric subject written as the bodies it means, those bodies), where
    the sentence opens with one ("It also runs X", "The same trust provides Y", "Both organisations
    fund Z"), names "the same trust" anywhere ("X is part of the same trust") or buys "from it", else ("", the bodies
    the sentence is about, for the sentence after). Singular: the
    body the sentence before opened with (or was resolved to), one of the noun's kind, or the last
    named ("the latter"); plural: the bodies the sentence before opened with, two or more.
    ``opener`` finds the known bodies at a sentence's start without adding new names (else
    ``orgs_in``).

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0)) for m in re.finditer("Acme Trust|Bolt Council", t)]
    >>> kinds = {"Acme Trust": "nhs-trust", "Bolt Council": "local-authority"}.get
    >>> anaphoric_subject("The same trust runs X.", "Bolt Council buys Y from Acme Trust.", [], orgs_in, kinds)
    ('Acme Trust runs X.', ['Acme Trust'])
    >>> anaphoric_subject("Since 2018 it has run X.", "Acme Trust is large.", [], orgs_in, kinds)
    ('Since 2018 Acme Trust has run X.', ['Acme Trust'])
    """
    m = _ANAPHORIC_SUBJECT.match(sentence) or _SAME_BODY.search(sentence) or _IT_OBJECT.search(sentence)
    if m and m.re is _IT_OBJECT and len(orgs_in(sentence[:m.start()])) > 1:
        m = None  # "A funds B and buys X from it": B, a body of the sentence itself
    if not m:  # the body the sentence opens with, for the sentence after (names are found only
        # where they open it: a finding stuffed with names is read in linear time)
        own = [o for o in (opener or orgs_in)(sentence[:_OPENING]) if len(sentence[:o[0]].split()) <= 3][:1]
        return "", [own[0][2]] if own else []
    bodies = orgs_in(previous) if previous else []
    opened = [o for o in bodies if len(previous[:o[0]].split()) <= 3 and not re.match(r"['’]s\b", previous[o[1]:])]
    ids, said = list(dict.fromkeys(o[2] for o in bodies)), m.groupdict()
    if said.get("plural"):  # the list the sentence before opened with: "A and B share a team. They ..."
        chain = [opened[0]] if opened else []
        for o in bodies[bodies.index(opened[0]) + 1:] if opened else []:
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", previous[chain[-1][1]:o[0]]):
                break
            chain.append(o)
        meant = list(dict.fromkeys(o[2] for o in chain)) if len(chain) > 1 else meant_before[:] if len(meant_before) > 1 else []
    elif said.get("order"):
        meant = ids[-1:] if said["order"] == "latter" and len(ids) == 2 else ids[:1] if len(ids) == 2 else []
    elif (said.get("noun") or "").lower() in _NOUN_KINDS:
        fitting = [i for i in ids if kind_of(i) in _NOUN_KINDS[said["noun"].lower()]]
        meant = fitting if len(fitting) == 1 else [i for i in meant_before if i in fitting][:1]
    elif said.get("noun") in ("provider", "charity"):
        fitting = [i for i in ids if kind_of(i) not in COMMISSIONER_KINDS]
        meant = fitting if len(fitting) == 1 else [i for i in meant_before if i in fitting][:1]
    else:  # "it", "this organisation": the body the sentence before was about
        meant = [opened[0][2]] if opened else meant_before[:1] if not service_spans(previous[:40]) else []
    if not meant:
        return "", []
    named = " and ".join(dict.fromkeys(name_of(i) for i in meant))
    return sentence[:m.start("anaphor")] + named + sentence[m.end("anaphor"):], meant


def _said_by(read, meant: list[str], said: list, sentence: str) -> list:
    """What a sentence read with its anaphor written out says of the bodies it means, not said
    already, with the sentence as written for evidence."""
    known = {(r.type, r.source, r.target) for r in said}
    return [dataclasses.replace(r, evidence=sentence) for r in read.relations
            if r.source in meant and (r.type, r.source, r.target) not in known]


#: A clause that opens with "the former" or "the latter".
_FORMER_LATTER = re.compile(r"\s*[Tt]he\s+(?:former|latter)\b")
#: A possessive that stands for a body named before: "Its teams", "another of their sites".
_ITS_WORD = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\b")


#: Where a succession read from a sentence keeps, until :func:`stated_successions` has seen the
#: whole review, the services the sentence says moved (:func:`contract_moved`).
_MOVED = "moved"


def _says_ended(sentence: str) -> bool:
    """Whether a sentence says a body ended: by the rules' phrases, else by its grammar."""
    from clasgraph.ingest import parsed

    return says_a_body_ended(sentence) or parsed.says_ended(sentence)


def stated_successions(facts: list[tuple], ended: set[str] = frozenset()) -> list[tuple]:
    """The one rule for a contract that moved, applied once the whole review is read: a
    SUCCEEDED_BY whose predecessor the same review still names as providing or commissioning a
    service is one contract that moved ("C replaced A as the CAMHS provider" while A goes on
    with adult mental health), not a succession: it is left out, so C is not accountable now
    for A, and the timeline shows the contract moving; unless the review says A ended (``ended``:
    "A was wound up. Its teams have since formed part of C."), where what else it says of A is its past. Every other is a succession; where its
    sentence said it of a contract or a provider's role and named the services, its reason
    says so ("contract moved: camhs"): A's work there ended with that contract.

    >>> facts = [("SUCCEEDED_BY", "a", "c", "context:3", "C replaced A for CAMHS.", {"moved": "camhs"}),
    ...          ("PROVIDES", "a", "x:amh", "context:4", "A runs adult mental health.", {}),
    ...          ("SUCCEEDED_BY", "b", "d", "context:5", "D replaced B for school nursing.", {"moved": "school-nursing"})]
    >>> [(f[0], f[1], f[5]) for f in stated_successions(facts)]
    [('PROVIDES', 'a', {}), ('SUCCEEDED_BY', 'b', {'reason': 'contract moved: school-nursing'})]
    """
    going_on = {(f[1], f[4]) for f in facts if f[0] in (Rel.PROVIDES.value, Rel.COMMISSIONS.value)}
    out = []
    for kind, source, target, paragraph, evidence, props in facts:
        if kind == Rel.SUCCEEDED_BY.value:
            # what the sentence stating a succession says the earlier body did is its past ("C is the
            # successor to A and holds the contract A won"); what another sentence says it does is not
            if any(body == source and said != evidence for body, said in going_on) and not _says_ended(evidence) \
                    and source not in ended:
                continue  # (a body the sentence, or the review, says ended goes on nowhere: what else is said of it is its past)
            moved = props.get(_MOVED)
            props = {k: v for k, v in props.items() if k != _MOVED}
            if moved:
                props["reason"] = f"{CONTRACT_MOVED}: {moved}"
        out.append((kind, source, target, paragraph, evidence, props))
    return out


#: "it" as a sentence's subject, after any opening of time ("Since May 2019 it has traded as ...").
#: Participles of a body's ending or taking in, after which "it was" is the body ("It was
#: subsumed into C"), not an opening ("it was clear that").
_ENDING_PARTICIPLE = (r"(?:absorbed|subsumed|merged|folded|amalgamated|combined|incorporated|dissolved|abolished|acquired|"
             r"taken\s+over|wound\s+up|closed|brought\s+together)\b")
#: "A was one of three CCGs (, those for X, Y and Z,) subsumed into C": A was subsumed into C.
_ONE_OF_MANY = re.compile(r"\b(was|were)\s+one\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:groups|bodies|trusts|CCGs|"
                          r"organi[sz]ations|councils|charities|providers|partners)(?:,\s+[^;]{1,80}?,)?\s+(?=" + _ENDING_PARTICIPLE + ")")
#: "C completed its acquisition of A": C's acquisition of A.
_ITS_TAKING = re.compile(r"\s+(?:(?:has|had)\s+)?(?:completed|finalised|finalized|concluded)\s+its\s+(acquisition|takeover|take-over|"
                         r"absorption|purchase)\s+of\b")
_IT_SUBJECT = re.compile(r"^((?:(?:In|Since|From|By|On|After|Until)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+)?)"
                         r"[Ii]t\b(?!\s+(?:and|was(?!\s+" + _ENDING_PARTICIPLE + r")|had|,))")
#: A subject that stands for the bodies of the sentence before, after an opening of time: "On 1
#: April 2018 the pair were consolidated ...", "Both were then wound up".
_PLURAL_SUBJECT = re.compile(r"^((?:(?:In|Since|From|By|On|After|Until)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+)?)"
                             r"(?:the\s+pair|the\s+two(?:\s+(?:bodies|organisations|trusts|CCGs|councils|charities))?|both"
                             r"(?:\s+(?:bodies|organisations|trusts|CCGs|councils|charities))?|they)\b(?=\s+(?:were|have|had|merged|"
                             r"combined|joined|came|became|ceased|closed|dissolved)\b)", re.IGNORECASE)
#: An apposition between commas after a sentence's subject, which says what the body is, not
#: what became of it: "C, already the provider in the next borough, replaced A".
_APPOSITION = re.compile(r",\s+(?:already\s+|also\s+|itself\s+)?(?:the|a|an)\s+(?!successor|predecessor|former|new\b)"
                         r"(?:(?!\b(?:went|passed|moved|transferred|was|were|is|are|has|have|had|took|became|joined|merged)\b)"
                         r"[^,;()]){1,60},\s+(?=[a-z])")  # a noun phrase, no clause ("the whole of its work went to C,")


#: The reason a stated succession carries where the sentence says it of a contract or a
#: provider's role and names the services that moved ("contract moved: camhs").
CONTRACT_MOVED = "contract moved"
#: A succession said of one contract or service: "replaced A as the CAMHS provider", "A's contract
#: for school nursing passed to C", "services moved from A to C".
_ONE_CONTRACT = re.compile(r"\bas\s+(?:the\s+|[A-Z][\w'’]*\s+)?(?:[\w-]+\s+){0,4}?(?:provider|supplier)s?\b"
                           r"|\b(?:contract|tender|re-?let|re-?tender(?:ed|ing)?|procurement|competitive\s+process)\b"
                           r"|\bservices?\s+(?:moved|transferred|passed)\b", re.IGNORECASE)


def contract_moved(sentence: str, names: ServiceNames | None = None) -> str:
    """The services (keys, ";"-joined) a succession is said of, where the sentence says it of a
    contract or a provider's role and names services: the predecessor lost that work, and may
    go on with its other work ("" where the whole body was succeeded).

    >>> contract_moved("In 2019 C replaced A as the provider of school nursing.")
    'school-nursing'
    >>> contract_moved("A and B merged in 2019 to form C.")
    ''
    """
    if not _ONE_CONTRACT.search(sentence):
        return ""
    return ";".join(dict.fromkeys(s["key"] for s in services_in(sentence, names)))


#: A bracketed aside giving a body's other name, earlier or later, or its predecessor (succ9):
#: "(formerly A)", "(successor body to A since 2019)", "(now part of C)", "(the former A)".
_OTHER_NAME_ASIDE = re.compile(r"\s*\(\s*(?:formerly|previously|once|originally|the\s+former|now|renamed|re-?branded|known\s+as|"
                               r"(?:the\s+)?successor\s+(?:body\s+|organisation\s+)?(?:to|of)|merged\s+into|part\s+of)\b[^()]{2,120}\)")


#: A cleft ("It is C that runs X", "It was with C that the CCG placed the contract"): what it puts
#: in focus, and the rest of the clause after "that" or "who".
_CLEFT = re.compile(r"(?P<lead>^|(?<=[;:])\s*|,\s+(?:and|but)\s+)(?:[Ii]t|[Tt]his|[Tt]hat)\s+(?:is|was|has\s+been|had\s+been|remains|"
                    r"is\s+now|was\s+then)\s+(?P<focus>[^;:]{2,160}?)(?P<comma>,?)\s+(?:that|who)\s+(?P<rest>[^;]+)")
#: The review team as the subject of a cleft's rest, and its verb ("It was to the CCG that we escalated ...").
_CLEFT_TEAM = re.compile(r"(?:we|they|inspectors|reviewers|the\s+(?:review|inspection)\s+team)\s+(?:(?:then|also|promptly|"
                         r"formally|immediately)\s+)?[a-z]+\b", re.IGNORECASE)
#: A preposition before the body a cleft puts in focus ("It is with C that ...").
_FOCUS_PREPOSITION = re.compile(r"(?:with|to|by|from|through|for)\s+", re.IGNORECASE)
#: The opening of a clause with a subject of its own ("the CCG placed ...", "NHS England buys"),
#: where a cleft's focus is the object: a determiner or a capital.
_OWN_SUBJECT = re.compile(r"(?:the|a|an|its|their|this|these|those|each|every|both)\s|(?-i:[A-Z])", re.IGNORECASE)


#: A list a body's things hold, the list after the verb: "Among A's services are X, Y and Z".
_AMONG_OWNED = re.compile(r"^(?P<lead>\s*)Among\s+(?P<owner>[^,;]{1,80}?['’]s?)\s+(?P<what>(?:[\w-]+\s+)?(?:services|teams|"
                          r"clinics|contracts|programmes|responsibilities))\s+(?:are|is|were)\s+")


def among_uninverted(sentence: str) -> str:
    """The sentence with a list a body's things hold put after the verb, so that it reads as the
    plain order does: "Among A's services are X, Y and Z" -> "A's services include X, Y and Z".

    >>> among_uninverted("Among Acme Trust's services are school nursing and health visiting.")
    "Acme Trust's services include school nursing and health visiting."
    """
    return _AMONG_OWNED.sub(r"\g<lead>\g<owner> \g<what> include ", sentence, count=1)


#: A verb group whose first verb entails the second ("stepped in to take over", "came to be
#: dissolved", "has had to absorb"), and one whose first verb does so only where the sentence says
#: it was done ("agreed to take on its work, and has done so since"): rules/verbs.py.
_IMPLICATIVE = re.compile(rf"\b(?:(?P<perfect>(?:has|have)\s+)(?P<done>come|gone\s+on|had)|"
                          rf"(?P<first>{'|'.join(f'(?:{i.pattern})' for i in IMPLICATIVES)}))\s+to\s+"
                          r"(?P<verb>(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|all|each|some|no|every|us|"
                          r"them|it|him|one|light|terms|mind|end|life|rest|power|office|harm|nothing|date|grief|pass)\b)"
                          r"[a-z]+)\b(?!-)")
_PROMISED = re.compile(rf"\b(?P<perfect>)(?P<first>{PROMISED})\s+to\s+(?P<verb>[a-z]+)\b(?!-)(?=[^.;]*?{DONE_SO})")


def _plain_group(m: re.Match) -> str:
    perfect = m["perfect"] or ""
    first = m["first"] or ""
    if m["verb"] == "be":  # "came to be dissolved": "was dissolved"
        return f"{perfect}been" if perfect else "were" if first.startswith("were") else "was"
    return f"{perfect}{past(m['verb'], participle=bool(perfect))}"


#: An opening participle clause ("Having taken over A's work in 2017, ", "Since taking on A's clinics, "):
#: its verb and the rest of the clause, up to the comma before the main clause's subject.
_GERUND = "|".join(g.replace(" ", r"\s+") for g in GERUNDS)
_PARTICIPLE = "|".join(sorted({participle for _, participle in IRREGULAR.values()}, key=len, reverse=True))
_FRONTED_PARTICIPLE = re.compile(rf"^(?P<lead>\W*)(?:Having\s+(?P<participle>[a-z]+ed|{_PARTICIPLE})\b|(?:After|Since|On|Following|Upon)\s+"
                                 rf"(?P<gerund>{_GERUND}))"
                                 r"(?P<rest>\s+[^,;]{3,200}?),\s+")


def fronted_plain(sentence: str, orgs_in) -> str:
    """The sentence with an opening participle clause whose subject is the body the main clause
    opens with written as a clause of its own, that body its subject: "Having taken over A's work
    in 2017, C has kept the card" -> "C took over A's work in 2017; C has kept the card".

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "c") for m in re.finditer("Cee Care", t)]
    >>> fronted_plain("Having taken over Ayton's work in 2017, Cee Care has kept the old card.", orgs_in)
    "Cee Care took over Ayton's work in 2017; Cee Care has kept the old card."
    >>> fronted_plain("Since taking on the clinics, Cee Care has hired two nurses.", orgs_in)
    'Cee Care took on the clinics; Cee Care has hired two nurses.'
    >>> fronted_plain("Having reviewed the records, we told Cee Care.", orgs_in)
    'Having reviewed the records, we told Cee Care.'
    """
    m = _FRONTED_PARTICIPLE.match(sentence)
    subject = [o for o in orgs_in(sentence) if o[0] >= m.end() and sentence[m.end():o[0]] in ("", "the ", "The ")][:1] if m else []
    if not subject:
        return sentence
    if m["participle"]:
        verb = PAST_OF_PARTICIPLE.get(m["participle"], m["participle"])
    else:
        verb = GERUNDS[" ".join(m["gerund"].split())]
    name = sentence[m.end():subject[0][1]]
    return f"{m['lead']}{name[:1].upper()}{name[1:]} {verb}{m['rest']}; {sentence[m.end():]}"


def plain_verbs(sentence: str, orgs_in) -> str:
    """The sentence as :func:`implicatives_plain` and :func:`fronted_plain` write it."""
    return fronted_plain(implicatives_plain(sentence), orgs_in)


def _as_written(evidence: str, plain: list[str], written: list[str]) -> str:
    """``evidence`` with each sentence read plain (:func:`plain_verbs`) as the review wrote it."""
    for read_as, as_written in zip(plain, written):
        if read_as != as_written and read_as in evidence:
            evidence = evidence.replace(read_as, as_written)
    return evidence


def implicatives_plain(sentence: str) -> str:
    """The sentence with each verb group whose first verb entails the second written as the second
    verb alone, in the first's tense, so that what it says was done is read as the plain verb is.

    >>> implicatives_plain("Vespera Care stepped in to take over its contracts, and has run them since.")
    'Vespera Care took over its contracts, and has run them since.'
    >>> implicatives_plain("The CCG came to be dissolved in 2018; the trust has had to absorb the clinic.")
    'The CCG was dissolved in 2018; the trust has absorbed the clinic.'
    >>> implicatives_plain("Bee Trust agreed to take on its work, and has done so ever since.")
    'Bee Trust took on its work, and has done so ever since.'
    >>> implicatives_plain("Bee Trust agreed to take on its work from April.")
    'Bee Trust agreed to take on its work from April.'
    """
    return _PROMISED.sub(_plain_group, _IMPLICATIVE.sub(_plain_group, sentence))


def uncleft(sentence: str, orgs_in) -> str:
    """The sentence with a cleft that puts a body in focus written plainly, so that what it says
    the body does is read as of any other clause: "It is C that employs the nurses" -> "C employs
    the nurses"; "It is with C that the CCG placed the contract" -> "the CCG placed the contract
    with C". Not "It is clear that ...": the focus must open with a body.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "c") for m in re.finditer("Cee Care", t)]
    >>> uncleft("It is Cee Care that employs the nurses.", orgs_in)
    'Cee Care employs the nurses.'
    >>> uncleft("It was with Cee Care that the CCG placed the contract in 2018.", orgs_in)
    'The CCG placed the contract in 2018 with Cee Care.'
    >>> uncleft("It is clear that Cee Care employs the nurses.", orgs_in)
    'It is clear that Cee Care employs the nurses.'
    """
    m = _CLEFT.search(sentence)
    if not m:
        return sentence
    focus, rest = m["focus"], m["rest"]
    preposition = _FOCUS_PREPOSITION.match(focus)
    spans = orgs_in(focus)
    if not spans or spans[0][0] != (preposition.end() if preposition else 0) and not re.fullmatch(
            r"(?:the\s+)?", focus[preposition.end() if preposition else 0:spans[0][0]], re.IGNORECASE):
        return sentence
    end = re.search(r"[.!?]?\s*$", rest)
    rest, stop = rest[:end.start()], rest[end.start():]
    said = _CLEFT_TEAM.match(rest)  # the review team the subject: "It is the ICB that we alerted"
    if said:  # the focus straight after the verb: "we alerted the ICB", "we escalated to the CCG the backlog"
        plain = f"{rest[:said.end()]} {focus}{rest[said.end():]}"
    elif preposition:
        plain = f"{rest} {focus}"
    elif _OWN_SUBJECT.match(rest):
        return sentence  # the rest has a subject of its own ("It is C that the review found ..."): where C goes is unsure
    else:
        plain = f"{focus}{m['comma']} {rest}"
    if not sentence[:m.start()] + m["lead"].strip():
        plain = plain[:1].upper() + plain[1:]  # it opens the sentence: "We escalated ..."
    return f"{sentence[:m.start()]}{m['lead']}{plain}{stop}{sentence[m.end():]}"


#: A clause of concession or contrast put first ("Although A funds X, Y is paid for by B"): its
#: opening word, and the clause up to the comma where the main clause begins.
_CONCESSION = re.compile(r"^(?P<lead>\W*)(?:Although|Though|Even\s+though|Whereas|While|Whilst)\s+(?P<clause>[^;]{5,200}?),\s+")
#: A main clause whose subject is a service and whose verb a passive with its doer after "by".
_SERVICE_PASSIVE = re.compile(r"[^,;]{0,60}?\s+(?:is|are|was|were)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:[a-z]+ed|paid\s+for|run|bought|"
                              r"held|let|done)\s+by\b")


def concession_apart(sentence: str, orgs_in, names=None) -> str:
    """The sentence with a clause of concession or contrast put first set apart by a semicolon
    where the main clause is a passive whose subject is a service of its own ("Although A funds X,
    Y is paid for by B" -> "A funds X; Y is paid for by B"), so that the passive's doer is not read
    for the first clause's services too. Not otherwise: a concession often grants what the main
    clause denies ("Although A is named as the provider, B runs the clinics"), and set apart it
    would read as a statement of its own.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "a") for m in re.finditer("Ayton Council", t)]
    >>> concession_apart("Although Ayton Council funds health visiting, school nursing is paid for by Bee CCG.", orgs_in)
    'Ayton Council funds health visiting; school nursing is paid for by Bee CCG.'
    >>> concession_apart("Although Ayton Council funds health visiting, the nurses work for Bee Trust.", orgs_in)
    'Although Ayton Council funds health visiting, the nurses work for Bee Trust.'
    """
    m = _CONCESSION.match(sentence)
    if not m or not orgs_in(m["clause"]) or not _VERB_SAID.search(m["clause"]):
        return sentence
    rest = sentence[m.end():]
    subject = service_spans(rest, names)[:1]
    if not subject or rest[:subject[0][0]].strip().lower() not in ("", "the", "its", "their") \
            or not _SERVICE_PASSIVE.match(rest, subject[0][1]):
        return sentence
    return f"{m['lead']}{m['clause']}; {rest}"


#: A relative clause whose own subject pays or engages the body it follows to do something ("B,
#: which A funds to run X, ..."): the relative word, the subject, its verb and the infinitive's rest.
_RELATIVE_INFINITIVE = re.compile(r",\s+(?:which|whom|who|that)\s+(?P<rest>[^,;]{3,200}?\s+(?P<verb>(?:funds|funded|pays|paid|grant-funds|"
                                  r"contracts|contracted|commissions|commissioned|employs|employed|engages|engaged|"
                                  r"buys|bought|retains|retained|uses|used))\s+to\s+[a-z][^,;]*)(?P<end>,|;|\.?\s*$)")


def relative_infinitive_plain(sentence: str, orgs_in) -> str:
    """The sentence with a relative clause in which another body has the body it follows do
    something ("B, which A funds to run X, has a new manager") written as a clause of its own
    ("B has a new manager; A funds B to run X"), so that B, not A, is read as doing X.

    >>> def orgs_in(t):
    ...     return sorted((m.start(), m.end(), m.group()) for m in re.finditer("Ayton Council|Bee Care", t))
    >>> relative_infinitive_plain("Bee Care, which Ayton Council pays to run the clinic, has a new manager.", orgs_in)
    'Bee Care has a new manager; Ayton Council pays Bee Care to run the clinic.'
    """
    orgs = orgs_in(sentence)
    for body in orgs:
        m = _RELATIVE_INFINITIVE.match(sentence, body[1])
        subject = next((o for o in orgs if o[0] == m.start("rest")), None) if m else None
        if not m or not subject or m.start("verb") - subject[1] > 12:
            continue
        name, rest = sentence[body[0]:body[1]], sentence[m.start("rest"):m.end("rest")]
        verb_end = m.end("verb")
        clause = f"{rest[:verb_end - m.start('rest')]} {name}{rest[verb_end - m.start('rest'):]}"
        main = sentence[:body[1]] + (sentence[m.end():] if m["end"] == "," else sentence[m.start("end"):] if m["end"] == ";" else "")
        return f"{main.rstrip(' .')}; {clause}."
    return sentence


def without_other_names(sentence: str) -> str:
    """The sentence without bracketed asides giving a body's other name, so that what the
    sentence says the body does is read of the body it is about, not of the one in brackets.

    >>> without_other_names("New Care (formerly Old Care) runs the clinic.")
    'New Care runs the clinic.'
    """
    return _OTHER_NAME_ASIDE.sub("", sentence)


#: A quotation, and what attributes it to a speaker straight after it ('"...," the manager at C told
#: us') or straight before it ('C's manager told us: "..."', 'In the words of C's manager, "..."').
_QUOTATION = re.compile(r"[\"“](?P<quote>[^\"“”]{10,600})[\"”]")
_SAYING_VERB = r"(?:told|tells|said|says|explained|explains|added|recalled|recalls|remembered|commented|remarked|put\s+it|described)"
_SPEAKER_AFTER = re.compile(rf"\s*,?\s*(?P<who>[^.;:\"“”]{{3,120}}?)\s+{_SAYING_VERB}\b")
_SPEAKER_BEFORE = re.compile(rf"(?:(?P<who>[^.;:\"“”]{{3,120}}?)\s+{_SAYING_VERB}(?:\s+(?:us|the\s+(?:review|inspection)\s+team|"
                             rf"inspectors|the\s+inspectors))?(?:\s+that)?|\bin\s+the\s+words\s+of\s+(?P<whose>[^.;:\"“”]{{3,120}}?))"
                             r"\s*[:,]?\s*$", re.IGNORECASE)
#: A speaker who speaks for a body: one of its staff or officers ("the manager at C", "C's chief nurse").
_SPEAKER_FOR = re.compile(r"\b(?:manager|head|director|lead|leader|nurse|chief|officer|chair|partner|spokes(?:wo)?man|"
                          r"spokesperson|representative|executive|clinician|commissioner|matron|consultant|practitioner|"
                          r"paediatrician|doctor|GP|coordinator|co-ordinator|team|staff|board)s?\b", re.IGNORECASE)
#: A speaker who is not one of a body's staff, though the words name a body: "a young person who had used C".
_NOT_STAFF = re.compile(r"\b(?:who|whose|whom|which|that|used|uses|patient|parent|carer|child|young\s+person|family|foster|"
                        r"former|ex-)\b", re.IGNORECASE)
#: The speaker's first person in a quotation, and what it becomes with the speaker's body named.
_FIRST_PERSON = re.compile(r"\b(?:we|us|our|ours)\b", re.IGNORECASE)


def speaker_named(sentence: str, orgs_in) -> str:
    """The sentence with the first person of a quotation ("we", "our", "ours") written as the
    body of the one it is attributed to, where the attribution names one body: '"When A closed,
    its clients became ours," the manager at C told us' reads as "... its clients became C's".

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "c") for m in re.finditer("Cee Care", t)]
    >>> speaker_named('"We took on its staff," the manager at Cee Care told us.', orgs_in)
    '"Cee Care took on its staff," the manager at Cee Care told us.'
    >>> speaker_named('"We took on its staff," a parent told us.', orgs_in)
    '"We took on its staff," a parent told us.'
    """
    for m in _QUOTATION.finditer(sentence):
        if not _FIRST_PERSON.search(m["quote"]):
            continue
        after = _SPEAKER_AFTER.match(sentence, m.end())
        before = _SPEAKER_BEFORE.search(sentence[:m.start()])
        who = after["who"] if after else (before["who"] or before["whose"]) if before else ""
        spans = orgs_in(who) if who and _SPEAKER_FOR.search(who) and not _NOT_STAFF.search(who) else []
        if len({o[2] for o in spans}) != 1:
            continue
        name = who[spans[0][0]:spans[0][1]]
        said = _FIRST_PERSON.sub(lambda w, name=name: name if w.group().lower() in ("we", "us") else f"{name}'s", m["quote"])
        return f"{sentence[:m.start('quote')]}{said}{sentence[m.end('quote'):]}"
    return sentence


def plain_subject(sentence: str, antecedent: str = "") -> str:
    """The sentence with a subject "it" written as the body it stands for (``antecedent``) and
    an apposition after the subject left out, so that who succeeded whom is read from the plain
    clause.

    >>> plain_subject("Since 2019 it has traded as New Care.", "Old Care")
    'Since 2019 Old Care has traded as New Care.'
    >>> plain_subject("New Care, already the provider next door, replaced Old Care.")
    'New Care replaced Old Care.'
    >>> plain_subject("Old CCG was one of three CCGs, those for X, Y and Z, subsumed in 2017 into New CCG.")
    'Old CCG was subsumed in 2017 into New CCG.'
    """
    sentence = _ONE_OF_MANY.sub(r"\1 ", sentence, count=1)
    sentence = _ITS_TAKING.sub(r"'s \1 of", sentence, count=1)
    if antecedent:
        sentence = _IT_SUBJECT.sub(lambda m: m.group(1) + antecedent, sentence, count=1)
    return _APPOSITION.sub(" ", sentence, count=1).replace("  ", " ")


#: A list item that is a body's name alone, perhaps with its short name and what it is: "(c) Acme
#: Trust (AT).", "4. Acme Recovery (Acme), a charity:".
_BODY_HEADING = re.compile(r"(?:[^:.]{0,80}:\s+(?=\(?[a-z0-9]{1,3}[.)]\s|[-–•*]\s))?\s*(?:\(?[a-z0-9]{1,3}[.)]\s+|[-–•*]\s+)?(?P<name>[A-Z][^.:;()]{2,100}?)\s*(?:\([^()]{1,20}\))?"
                           r"(?P<kind>,\s+(?:an?|the)\s+[a-z][\w -]{2,40})?\s*(?P<end>[.:])\s*")


def body_heading(sentence: str, orgs_in) -> str:
    """The name of the body a sentence is the heading of (a register of bodies: "(c) Acme Trust
    (AT)." then what it runs), or "".

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "acme") for m in re.finditer("Acme Trust", t)]
    >>> body_heading("(c) Acme Trust (AT).", orgs_in), body_heading("Acme Trust runs CAMHS.", orgs_in)
    ('Acme Trust', '')
    """
    m = _BODY_HEADING.fullmatch(sentence)
    spans = orgs_in(m["name"]) if m and m["end"] == "." else []
    return m["name"] if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] >= len(m["name"].rstrip()) else ""


def under_heading(sentence: str, heading: str) -> str:
    """The line a sentence's first clause makes under the body heading before it, where that
    clause has no verb of its own ("Children's mental health teams across the county; ..."), or "".

    >>> under_heading("CAMHS teams across the county; the CCG pays.", "Acme Trust")
    'Acme Trust: CAMHS teams across the county.'
    >>> under_heading("Acme runs CAMHS.", "Acme Trust")
    ''
    """
    first = sentence.split(";")[0].rstrip(" .")
    if heading and not _VERB_SAID.search(first) and not first.endswith(":"):
        return f"{heading}: {first}."
    return ""


#: A clause that is a service's name, a colon and a body's name ("School nursing: Acme Trust"; a
#: list's item "- CAMHS: Acme Trust, under the CCG's contract"): the service and what follows.
_SERVICE_LINE = re.compile(r"(?:^|(?<=;))\s*(?:[-–•*]\s+)?(?P<service>[^:;]{3,80}?)\s*:\s+(?P<body>[^:;]{3,160}?)\s*(?=;|\.?\s*$)")
#: Words a service's name may carry besides the name: "the", "service", "team", "and".
_SERVICE_WORDS = re.compile(r"(?:\s|,|&|\b(?:the|our|local|services?|teams?|and|for\s+(?:children|young\s+people))\b)*",
                            re.IGNORECASE)


#: What makes a body after a service's name no holder of it now: its ending, a past or a plan.
_NOT_NOW = re.compile(r"\b(?:closed|ceased|dissolved|abolished|until|former(?:ly)?|previous(?:ly)?|was|were|had|will|to\s+be|"
                      r"planned|proposed|from\s+next)\b", re.IGNORECASE)


def service_lines(sentence: str, orgs_in, names=None) -> str:
    """The lines "<body>: <service>." that a sentence's clauses of a service's name, a colon and
    a body's name make ("School nursing: Acme Trust; CAMHS: Bee Trust" -> "Acme Trust: School
    nursing. Bee Trust: CAMHS."), read as a body's line is (by the body's kind); "" where none.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "acme") for m in re.finditer("Acme Trust", t)]
    >>> service_lines("School nursing: Acme Trust, under the council's contract.", orgs_in)
    'Acme Trust: School nursing.'
    >>> service_lines("Commissioner: Acme Trust.", orgs_in), service_lines("School nursing is run by Acme Trust.", orgs_in)
    ('', '')
    """
    out = []
    for m in _SERVICE_LINE.finditer(sentence):
        service, body = m["service"], re.split(r",|\(|\s[-–—]\s", m["body"])[0]  # the name, not what follows it
        spans = service_spans(service, names)
        left = "".join(service[a:b] for a, b in zip([0] + [e for _, e, _ in spans], [s for s, _, _ in spans] + [len(service)]))
        bodies = orgs_in(body)
        if not spans or not _SERVICE_WORDS.fullmatch(left) or len({b[2] for b in bodies}) != 1 \
                or body[:bodies[0][0]].strip().lower() not in ("", "the") or body[bodies[0][1]:].strip() not in ("", "'s", "’s") \
                or _NOT_NOW.search(m["body"]):
            continue
        out.append(f"{body[bodies[0][0]:bodies[0][1]]}: {service.strip()}.")
    return " ".join(out)


def body_line(sentence: str) -> str:
    """The line a sentence makes that opens with a body (and what it is) before a colon, up to
    the first comma or semicolon after the colon, or "".

    >>> body_line("Acme Recovery (AR), a charity: drug and alcohol treatment for adults, funded by the council.")
    'Acme Recovery: drug and alcohol treatment for adults.'
    >>> body_line("Acme Recovery runs it.")
    ''
    """
    m = _BODY_HEADING.match(sentence)
    if not m or m["end"] != ":" or not m["kind"]:
        return ""
    first = re.split(r"[,;]", sentence[m.end():])[0].rstrip(" .")
    return f"{m['name']}: {first}." if first and not _VERB_SAID.search(first) else ""


#: A word that makes a clause a statement of its own ("is", "runs", "funded").
_VERB_SAID = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|can|will|would|may|must|\w+ed|runs|provides|"
                        r"delivers|employs|holds|funds|pays|commissions|buys|hosts|manages|operates|offers|covers)\b", re.IGNORECASE)


def plural_subject(sentence: str, previous: str, orgs_in) -> str:
    """The sentence with a subject that stands for the bodies the sentence before listed ("the
    pair", "both", "the two CCGs") written as those bodies, as the sentence before names them.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0)) for m in re.finditer("Old Care|Other Care", t)]
    >>> plural_subject("In 2018 the pair were merged into New Care.", "Old Care and Other Care shared a board.", orgs_in)
    'In 2018 Old Care and Other Care were merged into New Care.'
    >>> plural_subject("They were merged into New Care.", "Old Care shared a board.", orgs_in)
    'They were merged into New Care.'
    """
    m = _PLURAL_SUBJECT.match(sentence)
    listed = last_list(previous, orgs_in) if m and previous else []
    if len(listed) < 2:
        return sentence
    names = {key: previous[a:b] for a, b, key in reversed(orgs_in(previous))}  # each body by its first name there
    said = " and ".join([", ".join(names[k] for k in listed[:-1]), names[listed[-1]]])
    return m.group(1) + said + sentence[m.end():]


_MONTH_NUMBERS = {m: i + 1 for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July",
                                                  "August", "September", "October", "November", "December"))}
_DATE_STATED = re.compile(r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?:(?P<month>" + "|".join(_MONTH_NUMBERS)
                          + r")\s+)?(?P<year>(?:19|20)\d\d)\b")


def date_stated(sentence: str) -> str:
    """The most exact date a sentence gives, as ISO (YYYY, YYYY-MM or YYYY-MM-DD).

    >>> date_stated("When the council re-let it in 2015, on 1 October 2015 its teams transferred.")
    '2015-10-01'
    >>> date_stated("In April 2016 A and B merged.")
    '2016-04'
    >>> date_stated("A became B.")
    ''
    """
    best = ""
    for m in _DATE_STATED.finditer(sentence):
        iso = m.group("year")
        if m.group("month"):
            iso += f"-{_MONTH_NUMBERS[m.group('month')]:02d}"
            if m.group("day"):
                iso += f"-{int(m.group('day')):02d}"
        if len(iso) > len(best):
            best = iso
    return best


def record(read: Read, report_id: str, area: str = "", names: ServiceNames | None = None) -> ReportRecords:
    """Add what a step read to the report's records; a service key becomes the area's service node."""
    rec = ReportRecords(report_id)
    by_key = {s["key"]: s for s in SERVICES}
    for type, source, target, paragraph, evidence, props in read.facts:
        if type in ("COMMISSIONS", "PROVIDES"):
            target = _service_node(rec, area, by_key[target], names)
        rec.edge(type, source, target, paragraph=paragraph, evidence=evidence, **props)
    rec.misses.extend(read.misses)
    return rec


# --- findings, recommendations and their links -----------------------------------------------

def sort_key(number: str) -> str:
    """A key that sorts paragraph numbers as numbers, in any engine.

    >>> sorted(["10.1", "2.1"], key=sort_key)
    ['2.1', '10.1']
    """
    return ".".join(f"{int(part):03d}" for part in number.split(".") if part.isdigit())


def finding_id(report_id: str, number: str) -> str:
    """The id of a finding.

    >>> finding_id("rutland-2019-10-04", "2.2")
    'rutland-2019-10-04#2.2'
    """
    return f"{report_id}#{number}"


def recommendation_id(report_id: str, number: str) -> str:
    """The id of a recommendation.

    >>> recommendation_id("rutland-2019-10-04", "8.1")
    'rutland-2019-10-04#rec-8.1'
    """
    return f"{report_id}#rec-{number}"


def extract_findings(doc: Document, report_id: str) -> ReportRecords:
    rec = ReportRecords(report_id)
    boxes: dict[str, list[str]] = {}
    for box in doc.boxes:
        boxes.setdefault(box.after or "", []).append(f"{box.title}: {box.text}")
    for f in doc.findings:
        fid = rec.node("Finding", finding_id(rec.report_id, f.number), report_id=rec.report_id,
                       number=f.number, section=f.section, text=f.text, polarity=polarity(f.text),
                       sort_key=sort_key(f.number),
                       boxes=boxes.get(f.number, []))
        rec.edge("HAS_FINDING", rec.report_id, fid, paragraph=f.number, evidence=f.text[:200])
    return rec


def extract_recommendations(doc: Document, report_id: str, addressed: dict[str, list[str]]) -> ReportRecords:
    rec = ReportRecords(report_id)
    for group in doc.recommendations:
        for item in group.items:
            rid = rec.node("Recommendation", recommendation_id(rec.report_id, item.number),
                           report_id=rec.report_id, number=item.number, text=item.text,
                           heading=group.header, sort_key=sort_key(item.number))
            rec.edge("MAKES", rec.report_id, rid, paragraph=item.number, evidence=item.text)
            for org in addressed.get(group.number, []):
                rec.edge("ADDRESSED_TO", rid, org, paragraph=item.number,
                         evidence=f"{group.header} should: {item.number} {item.text}")
    return rec


def extract_supports(doc: Document, report_id: str) -> ReportRecords:
    rec = ReportRecords(report_id)
    known = {recommendation_id(report_id, item.number) for group in doc.recommendations for item in group.items}
    for f in doc.findings:
        for m in _REC_MARKER.finditer(f.text):
            for number in re.split(r"\s*(?:,|and|&)\s*", m.group(1)):
                number = number.strip(" .")
                rid = recommendation_id(rec.report_id, number)
                if rid in known:
                    rec.edge("SUPPORTS", finding_id(rec.report_id, f.number), rid,
                             paragraph=f.number, evidence=sentence_with(f.text, m.start()))
                else:
                    rec.warnings.append(
                        f"{rec.report_id} paragraph {f.number}: refers to recommendation "
                        f"{number}, which the report does not contain"
                    )
    return rec


#: Telling someone of something (rules/cues.py, TELLING): verbs that name whom after "to" or
#: "with", and verbs whose object is whom; who tells (TELLERS): the review, or the concern itself.
_TELL_TO = rf"(?:{alternation(TELLING, 'to')})(?:\s+[^\s;]+){{0,12}}?\s+(?:to|with)\b"
#: Verbs of moving that tell only when a body follows ("taken to NHS England", "put before the council").
_TELL_TO_NAME = (rf"(?:{alternation(TELLING, 'to_name')})(?:\s+[^\s;]+){{0,12}}?\s+(?:to|before|in\s+front\s+of)\s+"
                 r"(?=[A-Z]|the\s)")
#: Verbs of asking that name whom after "from" ("sought assurance from the CCG"); the concern
#: entered in a body's risk register.
_TELL_FROM = rf"(?:{alternation(TELLING, 'from')})\s+from\b"
_TELL_REGISTER = alternation(TELLING, "register")
_TELL = rf"(?:{_TELL_TO}|{_TELL_TO_NAME}|{_TELL_FROM}|{alternation(TELLING, 'object')})"
_ESCALATION_CUE = re.compile(
    rf"\b(?:{alternation(TELLERS, 'review')})\s+(?:(?:has|have|had|will|shall|also|separately|therefore|subsequently|"
    rf"duly|since|now|already|then|\w+ly)\s+)*{_TELL}"
    rf"|\b(?:{alternation(TELLERS, 'concern')})"
    rf"\s+(?:was|were|has|have|had|will|is|are)\s+(?:(?:also|separately|therefore|now|since|been|be|being|duly|"
    rf"then|later|\w+ly)\s+)*(?:{_TELL_TO}|{_TELL_TO_NAME})"
    rf"|\b(?:{alternation(TELLERS, 'concern-past')})"
    rf"\s+(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:(?:also|separately|therefore|now|since|duly|"
    rf"immediately|promptly|formally|subsequently)\s+)*(?:{_TELL_TO}|{_TELL_TO_NAME})"
    rf"|\b(?:{alternation(TELLERS, 'concern')}|{alternation(TELLERS, 'concern-past')})\s+(?:{alternation(TELLING, 'held')})\s*"
    rf"|\b(?:{DOCUMENT_TELLS.pattern})\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|since|then|duly|\w+ly)\s+)*)?"
    rf"(?:{_TELL_TO}|{_TELL_TO_NAME})"
    rf"|\b(?:{alternation(TELLERS, 'concern')}|{alternation(TELLERS, 'concern-past')})\s+(?:was|were|has\s+been|have\s+been|"
    rf"had\s+been)\s+(?:(?:also|since|now|duly|formally|\w+ly)\s+)*(?:{_TELL_REGISTER})"
    rf"|{alternation(TELLING, 'nominal')}|{alternation(TELLING, 'response')}"
    # a note's sentence with no teller, opening with the telling: "Raised in person with the DPH on 16 October."
    rf"|^(?=(?:Raised|Reported|Shared|Escalated|Referred|Passed|Sent|Flagged|Highlighted|Forwarded|Fed\s+back|Written|"
    rf"Discussed|Put)\s)(?i:{_TELL_TO})"
    # a note's document of telling: "Letter to A, 21 March 2014.", "Email to A's lead the same day."
    rf"|^(?:(?:Our|A|An)\s+)?(?:[Ll]etter|[Ee]-?mail|[Bb]riefing\s+note|[Ww]ritten\s+summary)\s+(?:sent\s+)?to\s+(?=[A-Z]|the\s)")
_TELLER = re.compile(rf"^(?:{alternation(TELLERS)})\s+")
#: A body as the subject of being told: "NHS England has been informed", "the council was alerted";
#: or before a relative clause of telling: "NHS England, to whom we put this, ...".
_TOLD_REL = (
    # a relative clause first: "NHS England, which we have since told of this, ..."
    rf"^(?P<rel>.{{2,120}}?),\s+(?:(?:to|with|before)\s+whom|whom|which|who)\s+(?:we|CQC|the\s+review\s+team|inspectors|reviewers)"
    rf"\s+(?:(?:have|had|has|also|since|then|duly|\w+ly)\s+)*(?:{alternation(TELLING, 'to')}|{alternation(TELLING, 'to_name')}"
    rf"|{alternation(TELLING, 'object')})\b")
_TOLD_SUBJECT_FORMS = (
    rf"^(?P<who>.{{2,120}}?)\s+(?:has|have|was|were)\s+(?:(?:also|since|now|already|duly|formally)\s+)*(?:been\s+)?"
    rf"(?:{alternation(TELLING, 'object')})"
    rf"(?:\s+(?:of|about|on|to|and)\b|\s+by\s+(?:us|CQC|the\s+(?:review|inspection)\s+team|(?:the\s+)?(?:inspectors|reviewers))\b"
    rf"|\s*[.,;]|$)|^(?P<knows>.{{2,120}}?)(?:\s+(?:{alternation(TELLING, 'known')})"
    rf"|['’]s\s+(?:{alternation(TELLING, 'attention')}))")
_TOLD = re.compile(_TOLD_REL + "|" + _TOLD_SUBJECT_FORMS)
#: The same without the relative clause first, for a sentence whose relative clause is about no body
#: ("A, out of whose grant X is paid, is aware of our findings, which we went through with her team").
_TOLD_AS_SUBJECT = re.compile(_TOLD_SUBJECT_FORMS + "|(?P<rel>(?!))")  # (no relative clause: its group never matches)


#: A role at a body, before its name: "the commissioners at", "the chief nurse of".
_ROLE_AT = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:commissioners?|leads?|director|managers?|team|officers?|"
                      r"nurse|executive|head|board|chairs?|members?)\s+(?:at|of|in|for|from)\s+", re.IGNORECASE)


#: A role a body's possessive names after it: "A's designated nurse", "A's Director of Public Health".
_ROLE_OF = re.compile(r"^the\s+office\s+of\s+|['’]s\s+(?:[\w-]+\s+){0,4}?(?:nurses?|doctors?|director|leads?|managers?|"
                      r"commissioners?|consultants?|team|officers?|head|executive|board|chairs?|GP)\b(?:\s+(?:of|for)\s+[\w\s]{1,40})?$",
                      re.IGNORECASE)


def _is_body(text: str, orgs_in, roles: bool = False) -> bool:
    """The text is the name of a body, or a reference to one, and nothing more (an apposition
    or relative clause between commas aside: "NHS England, which funds the suite,").

    >>> _is_body("The CCG, as the funder of this service,", lambda t: [(0, 7, "ccg")] if t.startswith("The CCG") else [])
    True
    """
    # "NHS England, which funds the suite,"; "the Director, out of whose grant X is paid,"
    text = re.sub(r",\s+(?:(?:out\s+of|to|for|from|with|of|in|through)\s+)?(?:which|who|whom|whose|as|the|a|an)\b[^,]*,?\s*$",
                  "", text.strip())
    text = re.sub(r"^(?:[Bb]oth|[Ee]ach\s+of|[Aa]ll\s+of)\s+", "", text)  # "Both the council and the CCG"
    text = re.sub(r"^(?:At|On|After|Before|During|In|Following)\s+[^,]{1,40},\s+", "", text)  # "At our request, A's nurse"
    # a description, then the body in apposition: "The budget holder for the posts, NHS Westford CCG,"
    described = re.match(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z][^,]{2,80},\s+(?P<body>[^,]+?),?\s*$", text)
    if described and not orgs_in(text[:described.start("body")]):
        text = described.group("body")
    place = re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+", text)  # "Kelsby's Director of Public Health": the area's
    if place and not orgs_in(place.group(0)):
        text = text[place.end():]
    # with ``roles``, a post of the body stands for it: "the office of A's director of public health"
    whose = _ROLE_OF.sub("", _ROLE_AT.sub("", text)) if roles else text
    for said in dict.fromkeys((text, _ROLE_AT.sub("", text), whose)):  # "the commissioners at NHS Westford CCG": the body
        spans = orgs_in(said)
        if spans and spans[0][0] <= 4 and len(said) - spans[-1][1] <= 1 and \
                all(re.fullmatch(r"\s*(?:,|and|&|,\s*and)?\s*", said[a[1]:b[0]]) for a, b in itertools.pairwise(spans)):
            return True
    return False


#: Where a case goes, not a body told of a shortfall: "... with Westford City Council's social care team".
_OPERATIONAL = re.compile(r"^[^.;]{0,80}?\b(?:social\s+care|social\s+workers?|MASH|multi-agency\s+safeguarding\s+hub|"
                          r"front\s+door|police|LADO|triage)\b", re.IGNORECASE)


#: Between two bodies told, their posts: "A's director of nursing and to the head of quality at B",
#: "A's director (and, separately, to B's commissioner)", "A's director, and through him the officer of B".
_POST_WORDS = r"(?:[\w'’-]+\s+){0,5}?(?:commissioners?|leads?|directors?|officers?|managers?|heads?|nurses?|doctors?|executives?|teams?)"
_POSTS_LISTED = re.compile(rf"(?:['’]s\s+{_POST_WORDS}(?:\s+(?:of|for)\s+[\w'’ -]{{1,40}}?)?)?\s*\(?\s*(?:,|and|&|,\s*and)\s*"
                           r"(?:,?\s*separately,?\s*)?(?:(?:to|with|through\s+(?:him|her|them)|via\s+(?:him|her|them))\s+)?"
                           rf"(?:(?:the|its|their)\s+)?(?:{_POST_WORDS}(?:\s+(?:of\s+[\w'’ -]{{1,40}}?))?\s+(?:at|of|in|for|from)\s+)?"
                           r"(?:the\s+)?", re.IGNORECASE)


def _bodies_told(text: str, orgs_in) -> list[str]:
    """The body a telling names first, with those listed beside it ("to A and B"), not a body
    named later in the sentence ("to NHS England, which buys the service from C").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), m.group(0)) for m in re.finditer("[A-C]rg", t)]
    >>> _bodies_told(" Arg and Brg, which buys it from Crg.", orgs_in)
    ['Arg', 'Brg']
    """
    spans = orgs_in(text)
    out = spans[:1]
    for a, b in itertools.pairwise(spans):
        if b[0] >= a[1] and not (re.fullmatch(r"\s*(?:,|and|&|,\s*and|as\s+well\s+as|and\s+(?:to|with))?\s*(?:the\s+)?",
                                               text[a[1]:b[0]])  # one name for two bodies ("both CCGs") is a list
                                 or _POSTS_LISTED.fullmatch(text[a[1]:b[0]])):
            break
        out.append(b)
    return [o for _, _, o in out]


def _owner_told(before: str, told_text: str, orgs_in) -> list[str]:
    """The body named before a telling whose hearer is one of its posts by a possessive ("Because
    the council commissions the service, we asked its public health team ...").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "council") for m in re.finditer("the council", t)]
    >>> _owner_told("As the council pays, ", " its commissioning lead whether ...", orgs_in)
    ['council']
    """
    if not _POSSESSIVE_POST.match(told_text.lstrip()):
        return []
    return [org for *_, org in orgs_in(before)[-1:]]


#: Who told a body, where not the review: "... by the trust", "... by Northmoor NHS Trust".
_TOLD_BY_OTHER = re.compile(r"[^.;]{0,80}?\bby\s+(?!us\b|CQC\b|the\s+(?:CQC\s+)?review|the\s+inspection|inspectors\b|reviewers\b)"
                            r"(?:the|a|an|its|their|[A-Z])")


def _told_before_relative(sentence: str, orgs_in) -> list[str]:
    """The body a sentence opens with, where a relative clause says the review told it ("NHS
    England, to whom we put this, ...").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "nhse") for m in re.finditer("NHS England", t)]
    >>> _told_before_relative("NHS England, which we have since told of this, pays.", orgs_in)
    ['nhse']
    """
    told = _TOLD.search(sentence)
    if not (told and told.group("rel") and _is_body(told.group("rel"), orgs_in)):
        return []
    return _bodies_told(told.group("rel"), orgs_in)


#: A telling that waits on a condition: "Should X not improve, we will write to A", "If ..., we would tell A".
_CONDITIONAL_FUTURE = re.compile(r"\s*(?:Should|If|Unless|Were)\b[^.;]{0,120}?,\s*[^.;]{0,40}?\b(?:will|would|shall)\b")


#: A telling by the report's publication, which every review makes: "in the published report".
_BY_PUBLICATION = re.compile(r"\b(?:in|through|by)\s+(?:the|this|our)\s+(?:published|final)\s+report\b"
                             r"|\bwhen\s+(?:the|this|our)\s+report\s+is\s+published\b", re.IGNORECASE)


def escalations_in(sentence: str, orgs_in, commissioners_of,
                   names: ServiceNames | None = None) -> list[tuple[str, str, str]]:
    """(body, role, service) for each body a sentence says a concern was taken to: the bodies it
    names ("... NHS England"), else the commissioners (``commissioners_of(service key)``) of
    the service it names ("as commissioner of the 0-19 service").

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "ccg") for m in re.finditer("the CCG", t)]
    >>> escalations_in("We raised this with the CCG.", orgs_in, lambda key: [])
    [('ccg', 'the CCG.', '')]
    """
    if _CONDITIONAL_FUTURE.match(sentence):
        return []  # "Should the position not improve by June, we will write to A": nothing told yet
    if _BY_PUBLICATION.search(sentence):
        return []  # "The findings will be shared with A in the published report": the report itself, no escalation
    cue = _ESCALATION_CUE.search(sentence)
    # a telling that names no body ("which we went through with her team") leaves the sentence's
    # other form ("A ... is aware of our findings")
    return (_escalations_by(sentence, cue, orgs_in, commissioners_of, names) if cue else []) \
        or _escalations_by(sentence, None, orgs_in, commissioners_of, names)


def _escalations_by(sentence: str, cue: re.Match | None, orgs_in, commissioners_of,
                    names: ServiceNames | None) -> list[tuple[str, str, str]]:
    """escalations_in by one cue of telling, or (``cue`` None) by a body as the one told."""
    told = None if cue else _TOLD.search(sentence)
    if told and told.group("rel") and not _is_body(told.group("rel"), orgs_in, roles=True):
        told = _TOLD_AS_SUBJECT.search(sentence) or told
    if not cue and not (told and _is_body(told.group("who") or told.group("knows") or told.group("rel"), orgs_in, roles=True)):
        return []
    if told and _TOLD_BY_OTHER.match(sentence, told.end()):
        return []  # "the CCG was informed of the change by the trust": another body told it
    rest = _TELLER.sub("", sentence[cue.start():]) if cue else (told.group("who") or told.group("knows") or told.group("rel"))
    role = _ESCALATION.search(sentence)
    service_text = role.group("service") if role else ""
    targets: list[str] = []
    for service in services_in(service_text, names):
        for key in [service["key"], *COVERS.get(service["key"], [])]:
            for org in commissioners_of(key):
                if org not in targets:
                    targets.append(org)
    told_text = sentence[cue.end():].split(" as commissioner")[0] if cue else ""
    named = (_bodies_told(told_text, orgs_in) or _bodies_told(rest.split(" as commissioner")[0], orgs_in)
             or _owner_told(sentence[:cue.start()] if cue else "", told_text, orgs_in)
             or _told_before_relative(sentence, orgs_in))
    if _OPERATIONAL.match(told_text):
        return []  # "referred to the council's social care team": practice, not telling a commissioner
    if named and not (targets and re.search(r"Director of Public Health", rest, re.IGNORECASE)):
        targets = named
    told_to = sentence[cue.end():] if cue else rest
    return [(org, role.group("role") if role else told_to.strip()[:80], service_text.strip())
            for org in dict.fromkeys(targets)]


_REVIEW_TELLS = re.compile(alternation(TOLD_BY_FORM, "review-last"))
_TOLD_SUBJECT = re.compile(alternation(TOLD_BY_FORM, "told-subject"))


def told_by_form(text: str, orgs_in, kind_of) -> tuple[list[str], str]:
    """The commissioners a finding's text says were told of its concern, known by the form of
    what it says rather than its verb (rules/cues.py, TOLD_BY_FORM), and the sentence that says so.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "ccg") for m in re.finditer("the CCG", t)]
    >>> told_by_form("Waits are long. We will put this before the CCG. (Recommendation 2.1)", orgs_in,
    ...              lambda org: "ccg")
    (['ccg'], 'We will put this before the CCG.')
    >>> told_by_form("We found that the CCG had not set targets for this.", orgs_in, lambda org: "ccg")
    ([], '')
    """
    said = [s for s in sentences(text) if _REC_MARKER.sub("", s).strip(" .")]
    for sentence in said[1:]:
        bodies = [b for b in orgs_in(sentence) if kind_of(b[2]) in TOLD_KINDS]
        if not bodies or _told_then(sentence) or _ASKED_OF.search(sentence) or _BY_PUBLICATION.search(sentence) \
                or _DENIED.search(sentence, 0, bodies[0][0]):
            continue  # "We did not raise this with the CCG": the telling denied before the body told
        main = _main_clause(sentence)
        reviewer = _REVIEWER.search(sentence)
        by_review = (sentence is said[-1] and _REVIEW_TELLS.search(sentence)  # the review tells the body: not
                     and (reviewer.start() < bodies[0][0] or bodies[0][1] <= main)  # "the CCG had ... we found"
                     and not _REVIEW_FINDS.match(sentence, reviewer.start()))  # nor "we are confident the CCG ..."
        owner = _POSSESSIVE_POST.match(sentence, main) and [b for b in bodies if b[1] <= main][-1:]
        subject = owner or [b for b in bodies if b[0] >= main and len(sentence[main:b[0]].split()) <= 3][:1]
        said_told = _TOLD_SUBJECT.search(sentence, main)
        if by_review or (subject and said_told and not _TOLD_BY_OTHER.match(sentence, said_told.end())):
            told = [b[2] for b in owner] if owner else _bodies_told(sentence[(subject or bodies)[0][0]:], orgs_in)
            return [org for org in told if kind_of(org) in TOLD_KINDS], sentence
    return [], ""


#: Bodies a concern is taken to: the commissioners, and a safeguarding board or partnership (cues8b).
TOLD_KINDS = COMMISSIONER_KINDS | {OrgKind.SAFEGUARDING_PARTNERSHIP}
_REVIEW_FINDS = re.compile(REVIEW_FINDS.pattern)
#: A telling denied: "did not raise", "have not yet shared", "was never told".
_DENIED = re.compile(r"\b(?:(?:did|do|does|have|has|had|was|were|is|are|could)\s*(?:not|n['’]t)|never)\s+(?:yet\s+)?(?:been\s+)?"
                     r"(?:rais|tell|told|inform|shar|escalat|pass|put|refer|report|alert|notif|writ|discuss|contact|brief|"
                     r"highlight|flag)\w*", re.IGNORECASE)
#: What someone should do, not what was done: "our concerns should be shared with NHS England".
_ASKED_OF = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:\w+ly\s+)?(?:be\s+)?\w+")
#: The review as the one who speaks: "we", "our", "CQC", "the review team".
_REVIEWER = re.compile(r"\b(?:[Ww]e|[Oo]ur|CQC|by\s+us|[Rr]eview\s+team|[Ii]nspectors|[Rr]eviewers)\b")
#: A clause before the main one: "Since the contract is the council's, ...", "Because ..., ".
_LEADING_CLAUSE = re.compile(r"^(?:Since|Because|As|Given\s+that|While|Whilst|Although|Though|When|After|Before|"
                             r"Once|With)\b[^,;]{3,150},\s+")
#: A post of a body named before it, by a possessive: "its public health commissioners", "their head of commissioning".
_POSSESSIVE_POST = re.compile(r"(?:[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,4}?(?:teams?|commissioners?|leads?|heads?|"
                              r"directors?|officers?|boards?|managers?|nurses?|executives?|chairs?)\b")


def _main_clause(sentence: str) -> int:
    """Where a sentence's main clause begins, after a leading subordinate clause (0 if none).

    >>> _main_clause("Since the contract is the council's, its commissioners know.")
    37
    """
    lead = _LEADING_CLAUSE.match(sentence)
    return lead.end() if lead else 0


_POST_TOLD = re.compile(POST_THAT_COMMISSIONS.pattern)


def _told_then(sentence: str) -> bool:
    """A telling at our earlier review, not this one's ("we reported this after our 2014 visit
    and asked the CCG to act on it").

    >>> _told_then("We reported this after our visit in 2014 and asked the CCG to act.")
    True

    A clause of its own that names the earlier review is no telling then: "..., a marked advance on
    the 58% that our 2013 review recorded, the plans were poor, and we said as much to the CCG".

    >>> _told_then("Rates rose from the 58% our 2013 review recorded, and we said as much to the CCG.")
    False
    """
    joins = [0, *(m.end() for m in re.finditer(r",\s+(?:and|but|so|and\s+so|which\s+is\s+why)\s+|;\s+", sentence))]
    told = [(a, b) for a, b in zip(joins, [*joins[1:], len(sentence)]) if _ESCALATION_CUE.search(sentence[a:b])]
    if told:  # "We said so in our 2015 report, and we raised it again with A": the later clause tells now
        return all(any(m.kind == "review" for m in document_mentions(sentence[a:b])) for a, b in told)
    cue = _ESCALATION_CUE.search(sentence)
    clause = 0
    if cue:  # the clause of the telling: after the last ", and", ";" or ", but" before its cue
        clause = max(j for j in joins if j <= cue.start())
    return any(m.kind == "review" and m.end > clause for m in document_mentions(sentence))


def told_as_post(text: str, orgs_in, kind_of, commissioners_of, names: ServiceNames | None = None
                 ) -> tuple[list[str], str]:
    """The bodies told of a finding's concern through a post that commissions, told by form
    (rules/cues.py, POST_THAT_COMMISSIONS): the commissioners (``commissioners_of(service
    key)``) of the services the sentence names, else the commissioning bodies it names after
    the post; and the sentence that says so.

    >>> told_as_post("Waits are long. The commissioning lead was briefed on this, as CAMHS is "
    ...              "commissioned locally.", lambda t: [], lambda o: "", lambda key: ["ccg"])
    (['ccg'], 'The commissioning lead was briefed on this, as CAMHS is commissioned locally.')
    """
    said = [_REC_MARKER.sub("", s).strip() for s in sentences(text) if _REC_MARKER.sub("", s).strip(" .")]
    for sentence in said[1:]:
        post = _POST_TOLD.search(sentence)
        if not post or not _TOLD_SUBJECT.search(sentence, post.end()) or _told_then(sentence):
            continue
        told = [org for service in services_in(sentence, names) for org in commissioners_of(service["key"])]
        told = told or [b[2] for b in orgs_in(sentence[post.end():]) if kind_of(b[2]) in COMMISSIONER_KINDS]
        if told:
            return list(dict.fromkeys(told)), sentence
    return [], ""


# --- cue9: an escalation read by its parts (rules/cues.py, COMMUNICATION ... KIND_REFERENCES) ----
_COMMUNICATES = [(says, re.compile(rf"\b(?:{alternation(COMMUNICATION, says)})\b", re.IGNORECASE))
                 for says in ("tells", "moves", "hears")]
_REVIEW_BEFORE = re.compile(alternation(REVIEW_TELLS, "before"))
_REVIEW_AFTER = re.compile(alternation(REVIEW_TELLS, "after"))
_REVIEW_TIME = re.compile(REVIEW_TIME.pattern, re.IGNORECASE)
_NOT_TOLD = re.compile(NOT_TOLD.pattern, re.IGNORECASE)
_ALSO_AN_INTERVIEW = re.compile(ALSO_AN_INTERVIEW.pattern, re.IGNORECASE)
_ASKED_THE_REVIEW = re.compile(ASKED_THE_REVIEW.pattern)
_TOLD_NOTE = re.compile(TOLD_NOTE.pattern)
#: The verb of telling in the passive: "was passed", "have been sent through".
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:(?:also|then|duly|since|now|subsequently|formally|"
                      r"straight|\w+ly)\s+)*$")
#: The review told, not telling: "briefed us", "told the review team".
_TO_THE_REVIEW = re.compile(r"^\s+(?:us|CQC|the\s+(?:review|inspection)\s+team|(?:the\s+)?inspectors)\b")
#: Another agent of a passive: "by the trust" (not "by the end of the visit").
_BY_ANOTHER = re.compile(r"^[^.;]{0,80}?\bby\s+(?!the\s+(?:end|close|time)\b)(?:the|a|an|its|their|[A-Z])")
#: A participle alone after the body told, in a note: "NHS England informed (on site)."
_NOTED_ALONE = re.compile(r"^\s*(?:\([^()]{0,60}\)|,?[^.;()]{0,40})?\s*[.;]?\s*$")


def _first_told(text: str, orgs_in, kind_of, start: bool = False) -> list[str]:
    """The body the text names first (with those listed beside it), if it is one that commissions
    or oversees; with ``start``, only a body the text opens with (its subject), not one after
    "by" or "from".

    >>> orgs_in = lambda t: [(m.start(), m.end(), m.group(0)) for m in re.finditer("[A-C]rg", t)]
    >>> _first_told(" to Arg and Brg after the visit.", orgs_in, lambda o: "ccg")
    ['Arg', 'Brg']
    >>> _first_told("the review team, by Arg.", orgs_in, lambda o: "ccg", start=True)
    []

    A provider told first does not hide the commissioner listed beside it ("to A's duty director
    and to B's quality lead"):

    >>> _first_told(" to Arg's director and to Brg's quality lead.", orgs_in, {"Arg": "nhs-trust", "Brg": "ccg"}.get)
    ['Brg']
    """
    spans = [s for s in orgs_in(text) if not re.search(r"\b(?:by|from)\s+(?:the\s+)?$", text[:s[0]])]
    if not spans or _OPERATIONAL.match(text[:spans[0][1]]):
        return []
    if start and not re.fullmatch(r"\s*(?:[Tt]he|[Bb]oth|[Ee]ach\s+of)?\s*", text[:spans[0][0]]):
        return []
    return [org for org in _bodies_told(text[spans[0][0]:], orgs_in) if kind_of(org) in TOLD_KINDS]


def _told_at(sentence: str, comm: re.Match, says: str, orgs_in, kind_of) -> list[str]:
    """The bodies told at one word of communication, if the sentence has the other parts: the
    review as teller (or a passive, a note, a document that went), the body told, and the review's
    time or the review named as the source (rules/cues.py, REVIEW_TELLS, REVIEW_TIME)."""
    pre, post = sentence[_main_clause(sentence):comm.start()], sentence[comm.end():]
    if _NOT_TOLD.search(pre) or _TO_THE_REVIEW.match(post):
        return []  # "plans to notify", "briefed us"
    from_review = bool(_REVIEW_AFTER.match(post))
    if not from_review and _BY_ANOTHER.match(post):
        return []  # "was informed by the trust"
    anchored = from_review or bool(_REVIEW_TIME.search(sentence))
    if says == "hears":  # "A heard about this from the inspectors"
        return _first_told(pre, orgs_in, kind_of, start=True) if from_review else []
    if says == "moves":  # "the details went from us to A", "a letter ... went to A after the visit"
        return _first_told(post, orgs_in, kind_of) if anchored and not orgs_in(pre) else []
    note = bool(_TOLD_NOTE.match(pre)) and (anchored or ":" in sentence[:comm.end() + 4])
    asked = _ASKED_THE_REVIEW.search(pre)  # "A asked us for the details, and we supplied them"
    if _REVIEW_BEFORE.search(pre) and (anchored or asked or not _ALSO_AN_INTERVIEW.match(comm.group(0))) or note:
        return _first_told(post, orgs_in, kind_of) or (_first_told(pre[:asked.start()], orgs_in, kind_of) if asked else [])
    if _PASSIVE.search(pre) and anchored:
        return _first_told(pre, orgs_in, kind_of, start=True) or _first_told(post, orgs_in, kind_of)
    if anchored and comm.group(0).endswith("ed") and _NOTED_ALONE.match(post) and _is_body(pre, orgs_in):
        return _first_told(pre, orgs_in, kind_of, start=True)  # "NHS England informed (on site)."
    return []


def told_by_parts(sentence: str, orgs_in, kind_of) -> list[str]:
    """The bodies a sentence says a concern was taken to, read by the parts of a telling rather
    than a listed verb: a word of communication (rules/cues.py, COMMUNICATION), the review as the
    one who tells, a body that commissions or oversees as the one told, and the review's time.

    >>> orgs_in = lambda t: [(m.start(), m.end(), "ccg") for m in re.finditer("the CCG", t)]
    >>> told_by_parts("We phoned the CCG's chief nurse on the second day.", orgs_in, lambda o: "ccg")
    ['ccg']
    >>> told_by_parts("The trust phoned the CCG's chief nurse on the second day.", orgs_in, lambda o: "ccg")
    []
    """
    if _told_then(sentence):
        return []
    for says, pattern in _COMMUNICATES:
        for comm in pattern.finditer(sentence):
            told = _told_at(sentence, comm, says, orgs_in, kind_of)
            if told:
                return told
    return []


def read_escalations(doc: Document, report_id: str, orgs: OrgResolver, area: str,
                     commissioners: dict[str, list[str]], names: ServiceNames | None = None) -> Read:
    """ESCALATED_TO the body an issue was brought to the attention of: the one the sentence
    names ("... public health commissioners", "NHS England"), else the commissioner of the
    service it names ("as commissioner of the 0-19 service"); ``commissioners`` maps a service
    key to the bodies read as commissioning it."""
    read = Read()

    def orgs_in(text):
        return with_roles(text, org_spans(text, orgs, area, new_names=True), orgs, area)

    kind_of = orgs.kind
    for f in doc.findings:
        told, unread = told_in_finding(f.text, orgs_in, kind_of, lambda key: commissioners.get(key, []), names)
        read.misses.extend(f"{report_id} paragraph {f.number}: no escalation read from: {s}" for s in unread)
        read.facts.extend(("ESCALATED_TO", finding_id(report_id, f.number), org, f.number, sentence,
                           {"role": role, "service": service}) for org, sentence, role, service in told)
    return read


#: Kinds of body that a review's telling does not escalate to: those that provide, whom it
#: speaks with about their own practice.
_TOLD_NOTHING = frozenset(kind.value for kind in OrgKind) - {k.value for k in COMMISSIONER_KINDS} \
    - {OrgKind.SAFEGUARDING_PARTNERSHIP.value}


def _told_parsed(sentence: str, orgs_in, kind_of) -> list[str]:
    """The commissioners a dependency parse of a finding's sentence says the review team told
    (:func:`clasgraph.ingest.parsed.told`); none where the sentence tells of another time."""
    from clasgraph.ingest import parsed

    told = [org for org in parsed.told(sentence, orgs_in) if kind_of(org) in TOLD_KINDS]  # a commissioner known as one
    if not told or _CONDITIONAL_FUTURE.match(sentence):
        return []
    # the clause that names the body told decides whether it was told then ("Much has improved since
    # our 2016 visit, but not X; that risk prompted a letter from CQC to A"): a clause of its own
    cuts = [0, *(m.end() for m in _CLAUSE_JOIN.finditer(sentence)), len(sentence)]
    where = {org: start for start, _, org in reversed(orgs_in(sentence))}
    return [org for org in told if not _told_then(next((sentence[a:b] for a, b in itertools.pairwise(cuts)
                                                         if a <= where.get(org, 0) < b), sentence))]


#: A second body told in the same words as the first: an item of a list of who was told what
#: ("; to B, ...", "- to B: ..."), or a clause whose verb is left out ("We told A about X and B
#: about Y", the same word after each body).
_TOLD_ITEM = re.compile(r"(?:^|[;\n]|[-•*])\s*to\s+$")
_TOLD_GAPPED = re.compile(r"\band\s+$")
_ABOUT = re.compile(r"\s+(?P<word>about|of|regarding)\b")


def _told_alongside(sentence: str, told: list[str], orgs_in, kind_of) -> list[str]:
    """The commissioners a sentence that told ``told`` names as told alongside them, in the same
    form: items of a list of who was told what ("...: to A, the waits; to B, the gaps"; "- to A:
    ..."), or a clause whose verb is left out ("We told A about X and B about Y", the word after
    the second body the one after the first); none where no body was told."""
    if not told:
        return []
    spans = orgs_in(sentence)
    after_told = {m["word"] for s, e, org in spans if org in told for m in [_ABOUT.match(sentence, e)] if m}
    out = []
    for start, end, org in spans:
        if org in told or org in out or kind_of(org) not in TOLD_KINDS:
            continue
        before = sentence[max(0, start - 12):start]
        item = _TOLD_ITEM.search(before) and re.match(r"\s*[,:]", sentence[end:])
        about = _ABOUT.match(sentence, end)
        gapped = _TOLD_GAPPED.search(before) and about and about["word"] in after_told
        if item or gapped:
            out.append(org)
    return out


#: Where a sentence's clauses join: ", and", ", but", ", so", ";".
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|so|and\s+so|which\s+is\s+why)\s+|;\s+")


def told_in_finding(text: str, orgs_in, kind_of, commissioners_of, names: ServiceNames | None = None
                    ) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """(body, sentence, role, service) for each body a finding's text says its concern was taken
    to: read sentence by sentence by the verbs of telling (``escalations_in``), else by the form
    of the finding's later sentences (``told_by_form``, ``told_as_post``); and the sentences with
    a cue of telling that named no body.

    >>> def orgs_in(t):
    ...     return [(m.start(), m.end(), "ccg") for m in re.finditer("the CCG", t)]
    >>> told_in_finding("Waits are long. We raised this with the CCG.", orgs_in, lambda o: "ccg", lambda k: [])[0]
    [('ccg', 'We raised this with the CCG.', 'the CCG.', '')]
    """
    told: list[tuple[str, str, str, str]] = []
    unread: list[str] = []
    for sentence in sentences(text):
        plain = uncleft(sentence, orgs_in)  # "It was to the CCG that we escalated X": "we escalated X to the CCG"
        cued = _ESCALATION_CUE.search(plain) or _TOLD.search(plain)
        if cued and _told_then(plain):
            continue  # told of another time: no reading, the parse's neither
        if not cued:
            told.extend((org, sentence, "", "") for org in _told_parsed(plain, orgs_in, kind_of))
            continue
        found = [f for f in escalations_in(plain, orgs_in, commissioners_of, names)
                 if kind_of(f[0]) not in _TOLD_NOTHING]  # "we discussed the rota with staff at the trust"
        found = found or [(org, "", "") for org in told_by_parts(plain, orgs_in, kind_of)]
        found = found or [(org, "", "") for org in _told_parsed(plain, orgs_in, kind_of)]
        if not found:
            unread.append(sentence)
        found += [(org, "", "") for org in _told_alongside(plain, [f[0] for f in found], orgs_in, kind_of)]
        told.extend((org, sentence, role, service) for org, role, service in found)
    for sentence in [] if told else sentences(text):
        told.extend((org, sentence, "", "") for org in told_by_parts(sentence, orgs_in, kind_of))
    if not told:
        bodies, sentence = told_by_form(text, orgs_in, kind_of)
        if not bodies:
            bodies, sentence = told_as_post(text, orgs_in, kind_of, commissioners_of, names)
        told.extend((org, sentence, "", "") for org in bodies)
    if not told:
        told.extend((org, sentence, "", "") for org, sentence in _told_weighed(text, orgs_in, kind_of))
    return told, unread


def _told_weighed(text: str, orgs_in, kind_of) -> list[tuple[str, str]]:
    """The commissioners the learned model (:func:`clasgraph.ingest.learned.told`) reads as told
    of a finding's concern where nothing else read a telling; none in a sentence of another time
    or of a condition."""
    from clasgraph.ingest import learned

    return [(org, sentence) for org, sentence in learned.told(sentences(text), orgs_in)
            if kind_of(org) in TOLD_KINDS and not _told_then(sentence) and not _CONDITIONAL_FUTURE.match(sentence)]


_ROLES = [(re.compile(row.pattern), row.says) for row in ROLES_OF_A_BODY]
#: cue9: "the city council", "the CCG" where the roster's reading of references found no body.
_KIND_REFERENCES = [(re.compile(row.pattern), row.says) for row in KIND_REFERENCES]


def with_roles(text: str, spans: list[tuple], orgs: OrgResolver, area: str) -> list[tuple]:
    """The bodies named in ``text`` (``spans``: start, end, id), with each post that belongs to a
    kind of body (rules/cues.py, ROLES_OF_A_BODY) read as the area's body of that kind, in
    place of any name found inside the post.

    >>> roster = OrgResolver()
    >>> council = roster.add("Westford City Council")
    >>> with_roles("We told the Director of Public Health.", [], roster, "Westford")
    [(12, 37, 'westford-city-council')]
    """
    posts = [(m.start(), m.end(), body) for pattern, kind in _ROLES for m in pattern.finditer(text)
             if (body := body_of_kind(orgs, area, kind))]
    posts += [(m.start(), m.end(), body) for pattern, kind in _KIND_REFERENCES for m in pattern.finditer(text)
              if not any(s[0] < m.end() and m.start() < s[1] for s in spans) and (body := body_of_kind(orgs, area, kind))]
    if not posts:
        return spans
    kept = [s for s in spans if not any(p[0] < s[1] and s[0] < p[1] for p in posts)]
    return sorted(kept + posts)


def body_of_kind(orgs: OrgResolver, area: str, kind: str) -> str:
    """The one body of ``kind`` in the roster, or the one whose name holds the area ("" if
    neither is one)."""
    of_kind = [o for o in orgs.orgs.values() if o.kind == kind and not o.known]
    local = sorted((o for o in of_kind if area and area.lower() in o.name.lower()), key=lambda o: len(o.name))
    if local and all(local[0].name.lower() in o.name.lower() for o in local):
        return local[0].id  # "Westford City Council", not a team named after it
    return of_kind[0].id if len(of_kind) == 1 else ""


def commissioners_of(read: Read) -> dict[str, list[str]]:
    """Service key -> the bodies read as commissioning it."""
    out: dict[str, list[str]] = {}
    for type, source, target, *_ in read.facts:
        if type == "COMMISSIONS" and source not in out.setdefault(target, []):
            out[target].append(source)
    return out


def extract_concerns(doc: Document, report_id: str, orgs: OrgResolver, area: str,
                     names: ServiceNames | None = None) -> ReportRecords:
    rec = ReportRecords(report_id)
    from clasgraph.graph.schema import ABOUT

    for f in doc.findings:
        fid = finding_id(rec.report_id, f.number)
        body = _ESCALATION.sub("", f.text)
        for org in mentions(body, orgs):
            rec.edge(ABOUT, fid, org, paragraph=f.number, evidence=_evidence_for(body, orgs.orgs[org]))
        for service in services_in(body, names):
            sid = _service_node(rec, area, service, names)
            terms = [*service["terms"], *(names.brands if names else {})]
            rec.edge(ABOUT, fid, sid, paragraph=f.number, evidence=_first_sentence_matching(body, terms))
    return rec


def _evidence_for(text: str, org) -> str:
    return _first_sentence_matching(text, [org.name, *org.aliases])


def _first_sentence_matching(text: str, terms: list[str]) -> str:
    for sent in sentences(text):
        if any(len(t) >= 2 and term_pattern(t).search(sent) for t in terms):
            return sent
    return sentences(text)[0] if text.strip() else ""


#: Words that show a sentence speaks of an earlier review or inspection.
_EARLIER = re.compile(r"\b(?:previous|earlier|last|prior)\s+(?:\w+\s+){0,2}(?:reviews?|inspections?|visits?)\b",
                      re.IGNORECASE)


def extract_earlier_reviews(doc: Document, report_id: str, area: str) -> ReportRecords:
    """REPEATS (a shortfall found before), PROGRESS_SINCE (improvement since) or CITES for each
    earlier review, inspection or report a finding names; "the previous inspection" is the one
    the context dates last, and a bare year ("as in 2015") the earlier review's year, from the
    context or from a finding that names that review with its year."""
    rec = ReportRecords(report_id)
    years = context_years(doc.context)
    own_start = parse_review_dates(doc.header.get("review_dates", ""))[0] or ""
    said = []
    for f in doc.findings:
        said.extend((f, (sentence, following, preceding), document_mentions(sentence))
                    for preceding, sentence, following in _in_turn(sentences(f.text)))
    if "review" not in years:
        years["review"] = next((m.year for *_, named in said for m in named
                                if m.kind == "review" and m.year and m.area in ("", area)), "")  # not a neighbour's
    found = []
    for f, (sentence, *around), named in said:
        if not any(m.kind == "review" for m in named):  # "As in 2014, ...; an audit in 2017 found the same"
            named = sorted([*named, *(y for y in year_mentions(sentence, years.get("review", ""))
                                      if not any(m.start < y.end and y.start < m.end for m in named))],
                           key=lambda m: m.start)
        named = [dataclasses.replace(m, kind=latest_inspection(years)) if m.kind == "inspection" else m
                 for m in named]
        found.extend((f, (sentence, *around), m) for m in named if not _not_earlier(m, years, own_start))
        if not named and _EARLIER.search(sentence):
            rec.misses.append(f"{rec.report_id} paragraph {f.number}: no earlier review or "
                              f"inspection read from: {sentence}")
    # an undated mention takes the year another mention of the same document gives
    for *_, m in found:
        if m.year and m.kind != "report":
            years.setdefault((m.kind, m.area or area), m.date)
    for f, (sentence, following, preceding), m in found:
        key_years = {m.kind: years.get((m.kind, m.area or area), years.get(m.kind, ""))}
        d = document_for(m, area, key_years)
        rec.node("Document", d["id"], title=d["title"], year=d["year"], kind=d["kind"],
                 area=d["area"], date=d["date"])
        relation = _said_of(f.text, sentence, following, preceding, m.start)
        rec.edge(relation, finding_id(rec.report_id, f.number), d["id"], paragraph=f.number, evidence=sentence)
    return rec


def _in_turn(said: list[str]) -> list[tuple[str, str, str]]:
    """Each sentence with the one before and the one after it ("" at either end).

    >>> _in_turn(["A.", "B."])
    [('', 'A.', 'B.'), ('A.', 'B.', '')]
    """
    return list(zip(["", *said[:-1]], said, [*said[1:], ""]))


def _said_of(finding: str, sentence: str, following: str, preceding: str, start: int) -> str:
    """What a sentence of a finding says of the earlier document it names at ``start``: its cue
    words (references.relation_of), else its polarity; a neutral sentence takes the finding's
    polarity when the finding is a concern, or when it gives a figure of then beside the
    finding's figure of now ("...; our 2015 report gave a figure of 44%").

    >>> _said_of("Waits are too long. Ofsted found this in 2016.", "Ofsted found this in 2016.", "", "", 0)
    'REPEATS'
    >>> _said_of("Assessments have been transformed. Our 2016 report gave 44%.", "Our 2016 report gave 44%.", "", "", 0)
    'PROGRESS_SINCE'
    >>> built = "Learning from the 2016 serious case review has been built into training."
    >>> discussed = built.replace("has been built into", "was discussed in")
    >>> _said_of(built, built, "", "", 14), _said_of(discussed, discussed, "", "", 14)
    ('PROGRESS_SINCE', 'CITES')
    """
    if _NOT_FOUND_BEFORE.search(sentence[:start]) or _SAID_NOTHING.search(sentence[start:]):
        return Rel.CITES.value  # "was not among the 2015 findings", "the 2016 inspection did not look at"
    relation = relation_of(sentence, following, preceding)
    if relation == Rel.REPEATS.value and reported_then(sentence) and following and not document_mentions(following) \
            and relation_of(following) == Rel.PROGRESS_SINCE.value:
        return Rel.PROGRESS_SINCE.value  # "The JTAI found that X had not been done. X has since been done."
    if _LEARNING_FROM.search(sentence[:start]):  # the learning put into practice is progress since
        return relation if relation == Rel.PROGRESS_SINCE.value and _PUT_INTO_PRACTICE.search(sentence) \
            else Rel.CITES.value
    if relation == Rel.REPEATS.value and polarity_of_now(sentence) == polarity(finding) == "strength":
        return Rel.CITES.value  # "still strong, as at our last review": a strength kept, no shortfall again
    if relation == Rel.PROGRESS_SINCE.value and _CLAIM_DENIED.search(clause_of_now(sentence)):
        return Rel.CITES.value  # "an improvement since the last review, but the records did not bear it out"
    if relation == Rel.PROGRESS_SINCE.value and (moved_worse(sentence) or figure_worse(sentence, start)):
        return Rel.REPEATS.value  # "since 2015 the backlog has grown", "six weeks then, now ten": worse than then
    if relation != Rel.CITES.value:
        return relation
    contrast = then_against_now(sentence, start, following)  # cue9: "..., which it lacked in 2015"
    if contrast:
        return contrast
    said = polarity(sentence)
    if said == "strength" and _SAMENESS.search(sentence):
        return Rel.CITES.value  # "noted good joint working, which we saw again": a strength kept
    if said == "neutral":
        of_finding = polarity(finding)
        said = of_finding if _FIGURE.search(sentence) else _OF_A_CONCERN.get(of_finding)
    return _SAID_BY_POLARITY.get(said, relation)


#: The same then and now (rules/cues.py SAMENESS): said of a strength, no progress.
_SAMENESS = re.compile(SAMENESS.pattern, re.IGNORECASE)
#: A turn from one thing to another ("but", "yet", ";"), after which the clause of now speaks alone.
_CONTRAST = re.compile(r"\b(?:but|yet|whereas|while|although|though|however)\b|;")


def polarity_of_now(sentence: str) -> str:
    """The polarity of a sentence's clause of now; where that clause says nothing of quality and
    only continues the sentence ("..., which we saw again"), the whole sentence's.

    >>> polarity_of_now("The 2015 review noted good joint working, which we saw again.")
    'strength'
    >>> polarity_of_now("Training is good since 2015, yet supervision is still irregular.")
    'neutral'
    """
    said = polarity(clause_of_now(sentence))
    return polarity(sentence) if said == "neutral" and not _CONTRAST.search(sentence) else said


#: A figure: "44%", "12 weeks", "half of them".
_FIGURE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|weeks?\b|days?\b|months?\b)", re.IGNORECASE)
#: What a finding that names an earlier document, in words no cue of repeat or progress reads,
#: says of it: a finding of concern found it before, a finding of strength is progress since
#: (the finding's wording decides, rules/cues.py POLARITY); a mixed or neutral one only cites it.
_SAID_BY_POLARITY = {"concern": Rel.REPEATS.value, "strength": Rel.PROGRESS_SINCE.value}
#: A sentence that says neither speaks for its finding only when the finding is a concern (a
#: neutral sentence in a finding of strength may name current work: "an audit had been repeated").
_OF_A_CONCERN = {"concern": "concern"}
#: "the learning from the serious case review", "lessons of the 2016 JTAI": the document as a
#: source of learning, which the sentence speaks of, not a shortfall it found.
_PUT_INTO_PRACTICE = re.compile(PUT_INTO_PRACTICE, re.IGNORECASE)
_NOT_FOUND_BEFORE = re.compile(NOT_FOUND_BEFORE.pattern, re.IGNORECASE)
_SAID_NOTHING = re.compile(SAID_NOTHING.pattern, re.IGNORECASE)
_CLAIM_DENIED = re.compile(CLAIM_DENIED.pattern, re.IGNORECASE)
_LEARNING_FROM = re.compile(r"(?<!among\sthe\s)(?<!one\sof\sthe\s)\b(?:learning|lessons)\s+(?:\w+\s+)?(?:from|of)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _not_earlier(m, years: dict, own_start: str) -> bool:
    """An audit or peer review without a year, or of this review's own year (``own_start``: its
    first day, ISO), is current work, unless dated by a month before the review began.

    >>> from clasgraph.ingest.references import mentions
    >>> [_not_earlier(m, {}, "2018-06-04") for m in mentions("An audit of records in 2018 found gaps.")]
    [True]
    >>> [_not_earlier(m, {}, "2018-06-04") for m in mentions("An audit of records, completed in May 2018, found gaps.")]
    [False]
    """
    if m.kind not in ("audit", "peer-review"):
        return False
    year = m.year or (re.search(r"(?:19|20)\d\d", years.get(m.kind, "")) or [""])[0]
    month = _MONTH_NUMBERS.get(m.date.split()[0], 0) if m.year and " " in m.date else 0
    if month and own_start[:4] == year:
        return f"{year}-{month:02d}" >= own_start[:7]
    return not year or (own_start and year >= own_start[:4])


def extract_citations(doc: Document, report_id: str) -> ReportRecords:
    """CITES from a finding to the national guidance and practice tools it names."""
    rec = ReportRecords(report_id)
    for f in doc.findings:
        fid = finding_id(rec.report_id, f.number)
        for d in documents_in(f.text):
            term_hit = next(m for t in d["terms"] if (m := term_pattern(t).search(f.text)))
            sentence = sentence_with(f.text, term_hit.start())
            year = re.search(r"\((\d{4})\)", sentence[sentence.find(term_hit.group(0)):])
            doc_id = "doc-" + slug(d["title"])
            rec.node("Document", doc_id, title=d["title"], kind=d["kind"],
                     year=year.group(1) if year else "")
            rec.edge("CITES", fid, doc_id, paragraph=f.number,
                     evidence=sentence)
    return rec


# --- the pipeline ----------------------------------------------------------------------------


def check_is_review(doc: Document) -> None:
    """Refuse a document that is not a CLAS review (no header and no numbered findings)."""
    if not doc.header and not doc.findings:
        raise IngestError(
            f"{doc.source}: not a CLAS review: no header fields (Date of review, ...) "
            "and no numbered findings (1.1, 1.2, ...)"
        )


def completeness_warnings(doc: Document) -> list[str]:
    warnings = []
    name = doc.source
    if not doc.findings:
        warnings.append(f"{name}: no numbered findings found")
    if not doc.recommendations:
        warnings.append(f"{name}: no Recommendations section found; the report may be cut short")
    if doc.findings and doc.recommendations and not doc.closing:
        warnings.append(f"{name}: no Next steps section found; the report may be cut short")
    for key in ("review_dates", "published", "inspectors"):
        if key not in doc.header:
            warnings.append(f"{name}: header field {key.replace('_', ' ')} is missing")
    return warnings


def extract(doc: Document, known=()) -> ReportRecords:
    """Run every extractor over a document; ``known``: (name, kind) of the bodies already known
    (:meth:`clasgraph.graph.resolve.KnownBodies.gazetteer`), recognised where the text names them.

    >>> from clasgraph.ingest.structure import parse_document, SAMPLE
    >>> rec = extract(parse_document(SAMPLE, "x.txt", "0" * 64))
    >>> [e.target for e in rec.edges_of("SUPPORTS")]
    ['testshire-00000000#rec-1.1']
    """
    check_is_review(doc)
    rec = ReportRecords(report_id_for(doc))
    rec.warnings.extend(completeness_warnings(doc))
    rec.warnings.extend(f"{doc.source}: {w}" for w in doc.warnings)
    area = report_area(doc)
    orgs = build_roster(doc, known)
    rec.known_bodies = sorted(o.name for o in orgs.orgs.values() if o.known)
    rec.phrase_keys = phrase_keys([*doc.context, *(f.text for f in doc.findings), *doc.closing,
                                   *(g.header for g in doc.recommendations)])
    rid = rec.report_id
    header = extract_header(doc, rid, orgs)
    addressed = extract_recommendation_addressees(doc, orgs, area)
    # a body's name is never a service's ("Turning Point, the adult substance misuse team")
    names = ServiceNames({brand: keys for brand, keys in brands_in([*doc.context, *(f.text for f in doc.findings)]).items()
                          if not orgs.resolve(brand)})
    commissioning = read_commissioning(doc, rid, orgs, area, names)
    # a primary care trust commissioned until 31 March 2013, before any CLAS review: what a review says it
    # did ("was commissioned by the former PCT", "set up by the PCT in 2009") is history, never a holder now
    commissioning.facts = [f for f in commissioning.facts if f[0] not in ("COMMISSIONS", "PROVIDES")
                           or orgs.kind(f[1]) != OrgKind.PRIMARY_CARE_TRUST]
    for group in doc.recommendations:  # "the merged trust": the body the review's successions name
        if not addressed[group.number] and names_merged_body(group.header):
            addressed[group.number] = merged_into(commissioning.facts)
    escalations = read_escalations(doc, rid, orgs, area, commissioners_of(commissioning), names)
    # each step returns its own records; they are taken in this order, the roster's names last
    for part in (header, record(commissioning, rid, area, names),
                 extract_findings(doc, rid), extract_recommendations(doc, rid, addressed),
                 extract_supports(doc, rid), record(escalations, rid), extract_earlier_reviews(doc, rid, area),
                 extract_citations(doc, rid), extract_concerns(doc, rid, orgs, area, names),
                 extract_membership(doc, rid, orgs)):
        rec.take(part)
    add_org_nodes(rec, orgs)
    return rec
