"""Extractors: from a :class:`Document` to :class:`ReportRecords`, each fact with its evidence.

Each ``extract_*`` function reads one kind of fact. :func:`extract` runs them in order:
header and organisations first (so later steps can resolve names), then services and who
commissions and provides them, findings, recommendations, and the links between them.
"""

from __future__ import annotations

import re

from clasgraph.ingest.document import Document, IngestError
from clasgraph.ingest.header import (
    END_CUES,
    parse_date,
    parse_review_dates,
    split_organisations,
    split_people,
)
from clasgraph.ingest.organisations import OrgResolver, kind_of, slug
from clasgraph.ingest.records import ReportRecords
from clasgraph.ingest.vocabulary import TermMatcher, documents_in, services_in, term_pattern

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9(\"'*])")
_REC_MARKER = re.compile(r"\(\s*Recommendations?\s+([\d.]+(?:\s*(?:,|and|&)\s*[\d.]+)*)\s*\)", re.IGNORECASE)
_ABBREVIATION = re.compile(
    r"((?:[A-Z][\w'&-]*|of|and|the|for)(?:,?\s+(?:[A-Z][\w'&-]*|of|and|the|for))*)"
    r"\s+\(([A-Z][A-Za-z]{1,7})\)(\s+CCGs?)?"
)
_ESCALATION = re.compile(
    r"attention of the (?P<role>Director of Public Health|[A-Z][\w ]+?) as (?:the )?commissioner "
    r"of (?:the )?(?P<service>[^.(]+)",
    re.IGNORECASE,
)
_CLAS_REVIEW = re.compile(
    r"(?:(?:Children Looked After and Safeguarding\s*\(CLAS\)|CLAS)\s+[Rr]eview\s+(?:in|of)\s+"
    r"(?P<area1>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
    r"|(?P<area2>[A-Z][\w-]+(?: [A-Z][\w-]+)??)(?:'s)?\s+CLAS\s+review)"
    r"(?:\s*\((?P<date>(?:[A-Z][a-z]+\s+)?\d{4})\))?"
)
_LOCAL_REPORT = re.compile(
    r"(?P<title>[A-Z][\w']*(?:\s+[\w'-]+){0,6}?\s+(?:report|inspection letter|inspection))"
    r"\s*\((?P<year>\d{4}(?:[-/]\d{2,4})?)\)"
)
_REPEAT_CUE = re.compile(
    r"previously (?:identified|highlighted|noted|raised|found)|"
    r"(?:had|has|was|were)\s+(?:also\s+)?(?:been\s+)?(?:identified|highlighted|noted|raised)|"
    r"highlighted (?:for improvement|short|the need)|area (?:highlighted )?for improvement|"
    r"also (?:been )?(?:identified|noted|highlighted|raised)",
    re.IGNORECASE,
)
_PROGRESS_CUE = re.compile(r"\b(?:since|following)\b", re.IGNORECASE)
_ORG_PHRASE_STOP = re.compile(r"\s+(?:for|to|in|at|on|who|which|(?<!together )with|was|were|is|are|as)\s")


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences.

    >>> sentences("UHL was good. (Recommendation 8.1). Staff knew it.")
    ['UHL was good.', '(Recommendation 8.1).', 'Staff knew it.']
    """
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


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
        m = re.search(r"\b(?:Safeguarding|services) in ([A-Z][\w'-]+(?: (?:[A-Z][\w'-]+|and|upon|on|of))*)",
                      text) or re.search(r"\bin ([A-Z][\w' -]+?)\s*$", text)
        if m:
            return m.group(1).strip()
    return ""


def extract_header(doc: Document, rec: ReportRecords, orgs: OrgResolver) -> None:
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
    for key, role in (("providers", "provider"), ("ccgs", "ccg")):
        value = doc.header.get(key, "")
        names = [value] if key == "ccgs" and kind_of(value) == "ccg-group" else split_organisations(value)
        for name in names:
            org = orgs.add(name)
            rec.edge("INCLUDES", rec.report_id, org, paragraph="header", role=role,
                     evidence=f"{'Provider services' if role == 'provider' else 'CCGs'} included: {value}")


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


def org_names(phrase: str, orgs: OrgResolver) -> list[str]:
    """Organisation names in a list phrase: "A, B and C", "A together with B and C".

    Pieces that are only place names ("Leicester City", "Leicestershire") are joined to the
    piece that ends with an organisation word ("Rutland CCGs").
    """
    phrase = re.sub(r"\s+", " ", phrase).strip(" .:;")
    abbreviations = re.findall(r"(\S.*?)\s*\(([A-Z][A-Za-z]{1,7})\)", phrase)
    phrase = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)", "", phrase)
    for name, abbr in abbreviations:
        if orgs.resolve(name):
            orgs.add(name, aliases=[abbr])
    stop = _ORG_PHRASE_STOP.search(" " + phrase + " ")
    if stop:
        phrase = phrase[: max(stop.start() - 1, 0)]
    parts = re.split(r"(,\s*|\s+and\s+|\s+together with\s+|\s+&\s+)", phrase)
    names: list[str] = []
    pending = ""
    for i in range(0, len(parts), 2):
        piece = parts[i].strip()
        sep = parts[i - 1] if i else ""
        if not piece:
            continue
        candidate = (pending + sep + piece) if pending else piece
        last = candidate.split()[-1].lower().strip("'s")
        if orgs.resolve(candidate) or last in END_CUES or last.endswith("ccg"):
            names.append(candidate)
            pending = ""
        elif not piece[:1].isupper():
            pending = ""  # "wider safeguarding partners": not a named organisation
        elif i + 2 < len(parts) and "together" not in parts[i + 1] and (
            len(piece.split()) <= 2 or _ends_place_list(parts[i + 2])
        ):
            pending = candidate
        else:
            names.append(candidate)
            pending = ""
    if pending:
        names.append(pending)
    return [n for n in names if n]


def _ends_place_list(piece: str) -> bool:
    """ "Rutland CCG" in "NHS East Leicestershire and Rutland CCG": a short name ending a list."""
    words = piece.split()
    return 0 < len(words) <= 3 and words[-1].lower() in ("ccg", "ccgs", "groups", "council")


def extract_abbreviations(doc: Document, rec: ReportRecords, orgs: OrgResolver) -> None:
    """Organisations defined with an abbreviation: "Leicestershire Partnership NHS Trust (LPT)"."""
    texts = [*doc.context, *(f.text for f in doc.findings)]
    for text in texts:
        for m in _ABBREVIATION.finditer(text):
            name, abbr, tail = m.group(1).strip(), m.group(2), (m.group(3) or "").strip()
            name = re.sub(r"^(?:The|the|and|of)\s+", "", name)
            if tail:
                name, abbr = f"{name} {tail}", f"{abbr} {tail}"
            last = name.split()[-1].lower()
            names_an_org = tail or (last in END_CUES and last not in ("health", "services", "service"))
            if names_an_org and (orgs.resolve(name) or kind_of(name) != "provider"):
                orgs.add(name, aliases=[abbr])


def extract_recommendation_addressees(doc: Document, orgs: OrgResolver) -> dict[str, list[str]]:
    """Group number -> organisation ids its header names."""
    addressed: dict[str, list[str]] = {}
    for group in doc.recommendations:
        who = re.sub(r"\s+should\b.*$", "", group.header, flags=re.IGNORECASE)
        addressed[group.number] = [orgs.add(n) for n in org_names(who, orgs)]
    return addressed


def extract_mentioned_orgs(doc: Document, orgs: OrgResolver) -> None:
    """Named organisations the text introduces in passing ("NHS Leicester City CCG")."""
    pattern = re.compile(
        r"\bNHS(?: [A-Z][\w-]+)+(?:,? (?:and )?[A-Z][\w-]+)* (?:CCGs?|Clinical Commissioning Groups?)\b"
        r"|\b[A-Z][\w-]+(?: [A-Z][\w-]+)* County Council(?: Public Health)?"
    )
    for text in [*doc.context, *(f.text for f in doc.findings), *doc.closing]:
        for m in pattern.finditer(text):
            orgs.add(m.group(0))


def add_org_nodes(rec: ReportRecords, orgs: OrgResolver) -> None:
    for org in orgs.orgs.values():
        rec.node("Organisation", org.id, name=org.name, kind=org.kind, aliases=sorted(org.aliases))


def paragraphs_of(doc: Document) -> list[tuple[str, str]]:
    """(paragraph, text) of the context section ("context:N") and of every finding."""
    texts = [(f"context:{i + 1}", t) for i, t in enumerate(doc.context)]
    return texts + [(f.number, f.text) for f in doc.findings]


def extract_membership(doc: Document, rec: ReportRecords, orgs: OrgResolver) -> None:
    """PART_OF from each CCG to the group of CCGs that takes in its places."""
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


def _first_mention(texts: list[tuple[str, str]], names: list[str]) -> tuple[str, str]:
    for paragraph, text in texts:
        for name in names:
            pos = text.find(name)
            if pos >= 0:
                return paragraph, sentence_with(text, pos)
    return "header", names[0]


def mentions(text: str, orgs: OrgResolver) -> list[str]:
    """Ids of known organisations named in a text (by name or alias)."""
    return org_matcher(orgs).keys_in(text)


def org_matcher(orgs: OrgResolver) -> TermMatcher:
    """One matcher over every organisation's names, rebuilt when organisations are added."""
    state = tuple((o.id, o.name, len(o.aliases)) for o in orgs.orgs.values())
    cached = getattr(orgs, "_matcher", None)
    if cached is None or cached[0] != state:
        entries = [(o.id, [n for n in (o.name, *o.aliases) if len(n) >= 3])
                   for o in orgs.orgs.values()]
        orgs._matcher = (state, TermMatcher(entries))
    return orgs._matcher[1]


# --- services and commissioning --------------------------------------------------------------

_COMMISSIONING_PATTERNS = [
    # "X are commissioned by A and provided by B"
    (re.compile(r"^(?P<s>.+?) (?:are|is|were|was) (?:also |mainly )?commissioned by (?P<c>.+?)"
                r" and (?:are |is )?(?:also |mainly )?provided by (?P<p>.+)$"), "cp"),
    # "Commissioning and planning of X are carried out by A on behalf of B"
    (re.compile(r"^(?P<s>.+?) (?:are|is) carried out by (?P<c>.+?) on behalf of (?P<b>.+)$"), "cb"),
    (re.compile(r"^(?P<s>.+?) (?:are|is|were|was) (?:also |mainly )?commissioned by (?P<c>.+?)"
                r"(?: on behalf of (?P<b>.+))?$"), "cb"),
    (re.compile(r"^(?P<s>Commissioning.+?) (?:are|is) the responsibility of (?P<c>.+)$"), "c"),
    (re.compile(r"^(?P<s>.+?) (?:are|is|were|was) (?:also |mainly )?(?:run|delivered|provided)"
                r" by (?:[\w-]+ )*?(?:staff )?employed by (?P<p>.+)$"), "p"),
    (re.compile(r"^(?P<s>.+?) (?:are|is|were|was) (?:also |mainly )?(?:run|delivered|provided)"
                r" by (?P<p>.+)$"), "p"),
    (re.compile(r"^(?P<s>.+?) provided by (?P<p>.+)$"), "p"),
]


def _service_node(rec: ReportRecords, area: str, service: dict) -> str:
    return rec.node("Service", f"{slug(area)}:{service['key']}", name=service["name"],
                    category=service["category"], area=area)


def extract_commissioning(doc: Document, rec: ReportRecords, orgs: OrgResolver, area: str) -> None:
    """COMMISSIONS, PROVIDES and ON_BEHALF_OF from the context section and the findings."""
    texts = paragraphs_of(doc)
    for paragraph, text in texts:
        for sentence in sentences(text):
            plain = sentence.rstrip(".")
            for pattern, roles in _COMMISSIONING_PATTERNS:
                m = pattern.match(plain)
                if not m:
                    continue
                services = services_in(m.group("s"))
                if not services:
                    break
                ev = {"paragraph": paragraph, "evidence": sentence}
                groups = m.groupdict()
                commissioners = [orgs.add(n) for n in org_names(groups.get("c") or "", orgs)]
                providers = [orgs.add(n) for n in org_names(groups.get("p") or "", orgs)]
                behalf = [orgs.add(n) for n in org_names(groups.get("b") or "", orgs)]
                for service in services:
                    sid = _service_node(rec, area, service)
                    for org in commissioners:
                        rec.edge("COMMISSIONS", org, sid, **ev)
                    for org in providers:
                        rec.edge("PROVIDES", org, sid, **ev)
                for org in commissioners:
                    for other in behalf:
                        rec.edge("ON_BEHALF_OF", org, other, **ev)
                break


# --- findings, recommendations and their links -----------------------------------------------

_CONCERN = re.compile(
    r"\b(?:weak|poor|poorly|limited|lack|lacking|gaps?|shortfalls?|delays?|delayed|"
    r"variable|variability|inconsistent|inconsistently|failed|under-developed|insufficient|"
    r"fragmented|very stretched|remained a risk|risks? remained|significant risk|too long|slow|"
    r"(?:did|was|were|does|do|could|had) not|not (?:always|routinely|consistently|yet|fully|"
    r"effectively|clearly|sufficiently|adequately|usually|compliant|embedded|involved)|"
    r"(?:was|were|is|are) (?:needed|required)|further (?:work|review|assurance|development)|"
    r"potential to (?:further )?strengthen|could be further strengthened|would assist|"
    r"need to be|missed opportunity|no single|essential gap)\b",
)
_STRENGTH = re.compile(
    r"\b(?:good|well|effective|effectively|strong|strongly|clear|clearly|robust|positive|"
    r"welcoming|prompt|promptly|timely|high (?:quality|standard)|strengthened|improved|improving|"
    r"improvements?|vigilant|sensitive|sensitively|appropriately|well-established|well-embedded|"
    r"well-managed|comprehensive|confident|confidently|proactive|excellent|valuable|"
    r"highly visible|benefitted|helped ensure|consistently)\b",
)


def polarity(text: str) -> str:
    """strength / concern / mixed / neutral, from the wording of a finding.

    A "(Recommendation N)" marker means the inspectors asked for change: concern, or mixed
    where the wording is mostly positive.

    >>> polarity("Safeguarding children practice in the MIU was weak. (Recommendation 5.1).")
    'concern'
    >>> polarity("The school nursing service was highly visible and effective.")
    'strength'
    """
    has_rec = bool(_REC_MARKER.search(text))
    body = _REC_MARKER.sub("", text)
    lowered = body.lower()
    concern = len(_CONCERN.findall(lowered))
    # "not always informed in a timely manner": a strength word after "not" is no strength.
    strength = sum(1 for m in _STRENGTH.finditer(lowered)
                   if not re.search(r"\bnot\b(?:\W+\w+){0,4}\W*$", lowered[max(0, m.start() - 40):m.start()]))
    if has_rec:
        return "mixed" if strength > 2 * max(concern, 1) else "concern"
    if concern == 0 and strength == 0:
        return "neutral"
    if strength >= 2 * concern:
        return "strength"
    if concern >= 2 * strength:
        return "concern"
    return "mixed"


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


def extract_findings(doc: Document, rec: ReportRecords) -> None:
    boxes: dict[str, list[str]] = {}
    for box in doc.boxes:
        boxes.setdefault(box.after or "", []).append(f"{box.title}: {box.text}")
    for f in doc.findings:
        fid = rec.node("Finding", finding_id(rec.report_id, f.number), report_id=rec.report_id,
                       number=f.number, section=f.section, text=f.text, polarity=polarity(f.text),
                       sort_key=sort_key(f.number),
                       boxes=boxes.get(f.number, []))
        rec.edge("HAS_FINDING", rec.report_id, fid, paragraph=f.number, evidence=f.text[:200])


def extract_recommendations(doc: Document, rec: ReportRecords, addressed: dict[str, list[str]]) -> None:
    for group in doc.recommendations:
        for item in group.items:
            rid = rec.node("Recommendation", recommendation_id(rec.report_id, item.number),
                           report_id=rec.report_id, number=item.number, text=item.text,
                           heading=group.header, sort_key=sort_key(item.number))
            rec.edge("MAKES", rec.report_id, rid, paragraph=item.number, evidence=item.text)
            for org in addressed.get(group.number, []):
                rec.edge("ADDRESSED_TO", rid, org, paragraph=item.number,
                         evidence=f"{group.header} should: {item.number} {item.text}")


def extract_supports(doc: Document, rec: ReportRecords) -> None:
    known = set(rec.ids("Recommendation"))
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


def extract_escalations(doc: Document, rec: ReportRecords, area: str) -> None:
    """ESCALATED_TO the commissioner of the service an issue was brought to the attention of."""
    commissioners: dict[str, list[str]] = {}
    for e in rec.edges_of("COMMISSIONS"):
        commissioners.setdefault(e.target, []).append(e.source)
    for f in doc.findings:
        for m in _ESCALATION.finditer(f.text):
            targets: list[str] = []
            for service in services_in(m.group("service")):
                for org in commissioners.get(f"{slug(area)}:{service['key']}", []):
                    if org not in targets:
                        targets.append(org)
            if not targets:
                rec.warnings.append(f"{rec.report_id} paragraph {f.number}: escalated to the "
                                    f"commissioner of {m.group('service').strip()}, not named")
            for org in targets:
                rec.edge("ESCALATED_TO", finding_id(rec.report_id, f.number), org,
                         paragraph=f.number, role=m.group("role"),
                         service=m.group("service").strip(),
                         evidence=sentence_with(f.text, m.start()))


def extract_concerns(doc: Document, rec: ReportRecords, orgs: OrgResolver, area: str) -> None:
    from clasgraph.graph.schema import ABOUT

    for f in doc.findings:
        fid = finding_id(rec.report_id, f.number)
        body = _ESCALATION.sub("", f.text)
        for org in mentions(body, orgs):
            rec.edge(ABOUT, fid, org, paragraph=f.number, evidence=_evidence_for(body, orgs.orgs[org]))
        for service in services_in(body):
            sid = _service_node(rec, area, service)
            rec.edge(ABOUT, fid, sid, paragraph=f.number,
                     evidence=_first_sentence_matching(body, service["terms"]))


def _evidence_for(text: str, org) -> str:
    return _first_sentence_matching(text, [org.name, *org.aliases])


def _first_sentence_matching(text: str, terms: list[str]) -> str:
    for sent in sentences(text):
        if any(len(t) >= 2 and term_pattern(t).search(sent) for t in terms):
            return sent
    return sentences(text)[0] if text.strip() else ""


def _earlier_documents(doc: Document) -> dict[str, dict]:
    """Earlier reviews and local reports, one entry per area or title, dated where any mention is."""
    found: dict[str, dict] = {}
    for f in doc.findings:
        for m in _CLAS_REVIEW.finditer(f.text):
            area = (m.group("area1") or m.group("area2") or "").strip()
            area = re.sub(r"^(?:The|This|A|An|Previous)\s+", "", area)
            if area in ("The", "This", "A", "Previous"):
                continue
            entry = found.setdefault(f"clas:{area}", {"area": area, "date": None, "kind": "review"})
            entry["date"] = entry["date"] or m.group("date")
        for m in _LOCAL_REPORT.finditer(f.text):
            title = re.sub(r"^(?:The|the|This|In)\s+", "", m.group("title"))
            found.setdefault(f"local:{title.lower()}", {"title": title, "date": m.group("year"),
                                                          "kind": "report"})
    docs = {}
    for key, entry in found.items():
        if entry["kind"] == "review":
            year = re.search(r"\d{4}", entry["date"] or "")
            title = f"CLAS review of {entry['area']}" + (f" ({entry['date']})" if entry["date"] else "")
            doc_id = f"clas-review-{slug(entry['area'])}" + (f"-{year.group(0)}" if year else "")
            docs[key] = {"id": doc_id, "title": title, "year": year.group(0) if year else "",
                         "kind": "review", "area": entry["area"], "date": entry["date"] or ""}
        else:
            kind = "inspection" if "inspection" in entry["title"].lower() else "report"
            docs[key] = {"id": f"{slug(entry['title'])}-{slug(entry['date'])}",
                         "title": entry["title"], "year": entry["date"], "kind": kind,
                         "area": "", "date": entry["date"]}
    return docs


def extract_earlier_reviews(doc: Document, rec: ReportRecords) -> None:
    """REPEATS (a shortfall found before) or PROGRESS_SINCE (improvement since) earlier reviews."""
    docs = _earlier_documents(doc)
    patterns = {}
    for key, d in docs.items():
        if key.startswith("clas:"):
            area = re.escape(d["area"])
            patterns[key] = re.compile(
                rf"{area}(?:'s)?\s+CLAS\s+review|CLAS\)?\s+[Rr]eview\s+(?:in|of)\s+{area}")
        else:
            patterns[key] = re.compile(re.escape(d["title"]))
    for f in doc.findings:
        if not any(p.search(f.text) for p in patterns.values()):
            continue
        fid = finding_id(rec.report_id, f.number)
        for sentence in sentences(f.text):
            for key, d in docs.items():
                hit = patterns[key].search(sentence)
                if not hit:
                    continue
                rec.node("Document", d["id"], title=d["title"], year=d["year"], kind=d["kind"],
                         area=d["area"], date=d["date"])
                before = sentence[: hit.start()]
                if _PROGRESS_CUE.search(before[-40:]) and not _REPEAT_CUE.search(sentence):
                    kind = "PROGRESS_SINCE"
                elif _REPEAT_CUE.search(sentence):
                    kind = "REPEATS"
                else:
                    kind = "CITES"
                rec.edge(kind, fid, d["id"], paragraph=f.number, evidence=sentence)


def extract_citations(doc: Document, rec: ReportRecords) -> None:
    """CITES from a finding to the national guidance and practice tools it names."""
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


def extract(doc: Document) -> ReportRecords:
    """Run every extractor over a document.

    >>> from clasgraph.ingest.structure import parse_document, SAMPLE
    >>> rec = extract(parse_document(SAMPLE, "x.txt", "0" * 64))
    >>> [e.target for e in rec.edges_of("SUPPORTS")]
    ['testshire-00000000#rec-1.1']
    """
    check_is_review(doc)
    rec = ReportRecords(report_id_for(doc))
    rec.warnings.extend(completeness_warnings(doc))
    rec.warnings.extend(f"{doc.source}: {w}" for w in doc.warnings)
    orgs = OrgResolver()
    area = report_area(doc)
    extract_header(doc, rec, orgs)
    extract_abbreviations(doc, rec, orgs)
    addressed = extract_recommendation_addressees(doc, orgs)
    extract_commissioning(doc, rec, orgs, area)
    extract_mentioned_orgs(doc, orgs)
    extract_findings(doc, rec)
    extract_recommendations(doc, rec, addressed)
    extract_supports(doc, rec)
    extract_escalations(doc, rec, area)
    extract_earlier_reviews(doc, rec)
    extract_citations(doc, rec)
    extract_concerns(doc, rec, orgs, area)
    extract_membership(doc, rec, orgs)
    add_org_nodes(rec, orgs)
    return rec
