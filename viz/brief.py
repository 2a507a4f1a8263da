"""The board pack: one review on one self-contained page a designated nurse can take to a board.

:func:`gather` reads everything the pack shows for ONE review through the Store protocol's
``query`` (Cypher with the review's id as a parameter), so the embedded store and a Bolt/Neo4j
server give the same pack; every relationship read from text is filtered on its ``report_id``,
so nothing another review stated is joined in. It returns plain data; :func:`render` puts it in
``viz/brief.html`` (Jinja, autoescaped: text from reports shows as text). The page makes no
network request (a Content-Security-Policy forbids any), has no script, and prints to PDF
cleanly: a print stylesheet, each section on a new page, table rows never split and table
headings repeated on each page.

Sections: the review's header; who commissions and provides what (a static diagram and a
table); the recommendations with their addressees in the heading's order, supporting findings
and the body accountable now; follow-through from the previous review of the area; repeats,
stated by the review apart from those clasgraph inferred (with their score); escalations. Each
line gives the paragraph and the sentence it was read from.

"""

from __future__ import annotations

import re
from pathlib import Path

#: The pack's sections: (anchor, heading). Tests find each heading in the printed PDF.
SECTIONS = [
    ("review", "The review"),
    ("commissioning", "Who commissions and provides what"),
    ("recommendations", "Recommendations"),
    ("follow-through", "Follow-through from the previous review"),
    ("repeats", "Repeats of earlier reviews"),
    ("escalations", "Escalations"),
]

# -- the queries: one review each, its id always a parameter ------------------------------------

REPORT = """
MATCH (rep:Report) WHERE rep.id = $report
RETURN rep.id AS id, rep.title AS title, rep.area AS area, rep.review_start AS review_start,
       rep.review_end AS review_end, rep.published AS published, rep.inspectors AS inspectors,
       rep.source AS source
"""

INCLUDES = """
MATCH (rep:Report)-[i:INCLUDES]->(o:Organisation)
WHERE rep.id = $report AND i.report_id = $report
RETURN i.role AS role, o.id AS org_id, o.name AS org
"""

#: Who commissions or provides a service, as this review states it, by role (one query per
#: relationship type: the embedded engine and Neo4j name a relationship's type differently).
_SERVICE_LINK = """
WHERE c.report_id = $report
RETURN o.id AS org_id, o.name AS org, o.kind AS kind, s.id AS service_id, s.name AS service,
       c.paragraph AS paragraph, c.evidence AS evidence
"""
SERVICE_LINKS = {
    "commissions": "MATCH (o:Organisation)-[c:COMMISSIONS]->(s:Service)" + _SERVICE_LINK,
    "provides": "MATCH (o:Organisation)-[c:PROVIDES]->(s:Service)" + _SERVICE_LINK,
}

ON_BEHALF_OF = """
MATCH (o:Organisation)-[c:ON_BEHALF_OF]->(p:Organisation)
WHERE c.report_id = $report
RETURN o.id AS org_id, o.name AS org, p.id AS for_id, p.name AS for_org,
       c.paragraph AS paragraph, c.evidence AS evidence
"""

RECOMMENDATIONS = """
MATCH (rep:Report)-[:MAKES]->(r:Recommendation)
WHERE rep.id = $report AND r.report_id = $report
RETURN r.id AS id, r.number AS number, r.text AS text, r.heading AS heading
"""

ADDRESSED = """
MATCH (r:Recommendation)-[a:ADDRESSED_TO]->(o:Organisation)
WHERE r.report_id = $report AND a.report_id = $report
RETURN r.id AS rec_id, o.id AS org_id, o.name AS org, a.paragraph AS paragraph,
       a.evidence AS evidence
"""

SUPPORTS = """
MATCH (f:Finding)-[s:SUPPORTS]->(r:Recommendation)
WHERE r.report_id = $report AND f.report_id = $report AND s.report_id = $report
RETURN r.id AS rec_id, f.number AS finding, f.text AS text, s.paragraph AS paragraph,
       s.evidence AS evidence
"""

#: The role a body is named by only where the review names one ("the Director of Public Health
#: as commissioner of ..."), as in the escalations named query; the sentence says the rest.
ESCALATIONS = """
MATCH (f:Finding)-[e:ESCALATED_TO]->(o:Organisation)
WHERE f.report_id = $report AND e.report_id = $report
RETURN f.number AS finding, f.text AS text, o.name AS org,
       CASE WHEN coalesce(e.service, '') = '' THEN '' ELSE e.role END AS role, e.service AS service,
       e.paragraph AS paragraph, e.evidence AS evidence
"""

#: Every review of the store (for --area and the previous review of an area).
REVIEWS = ("MATCH (rep:Report) RETURN rep.id AS id, rep.area AS area, rep.published AS published, "
           "rep.review_start AS review_start, rep.review_end AS review_end")


def _rows(store, cypher: str, report: str | None = None, **params) -> list[dict]:
    """Rows of a query as dicts; ``report`` (and any other value) travels as a parameter."""
    columns, rows = store.query(cypher, {"report": report, **params} if report else params)
    return [dict(zip(columns, row)) for row in rows]


def number_key(number) -> tuple:
    """Paragraph and recommendation numbers compared as numbers.

    >>> sorted(["2.10", "2.9", "10.1"], key=number_key)
    ['2.9', '2.10', '10.1']
    """
    return tuple(int(p) for p in re.findall(r"\d+", str(number or "")))


def previous_review(report: dict, reviews: list[dict]) -> dict | None:
    """The review of the same area last before this one by the date reviews are ordered by
    (schema.review_date: published, else reviewed), or None.

    >>> reviews = [{"id": "a-2015", "area": "A", "published": "2015-05-20"},
    ...            {"id": "a-2018", "area": "A", "published": "", "review_end": "2018-01-19"},
    ...            {"id": "b-2017", "area": "B", "published": "2017-01-01"}]
    >>> previous_review(reviews[1], reviews)["id"], previous_review(reviews[0], reviews)
    ('a-2015', None)
    """
    from clasgraph.graph.schema import review_date

    earlier = [r for r in reviews if (r.get("area") or "").lower() == (report.get("area") or "").lower()
               and review_date(r) < review_date(report) and r["id"] != report["id"]]
    return max(earlier, key=lambda r: (review_date(r), r["id"])) if earlier else None


def paragraph_label(paragraph) -> str:
    """Where a line was read, as a reader finds it: a finding's or recommendation's number,
    or a paragraph of the review's context or header.

    >>> paragraph_label("2.12"), paragraph_label("context:6"), paragraph_label("header")
    ('¶\xa02.12', 'context ¶\xa06', 'header')
    >>> paragraph_label("context:9, 1.10")
    'context ¶\xa09, ¶\xa01.10'
    """
    text = str(paragraph or "")
    if ", " in text:
        return ", ".join(paragraph_label(p) for p in text.split(", "))
    part, _, number = text.partition(":")
    if number:
        return f"{part} ¶\u00a0{number}"
    return f"¶\u00a0{text}" if text[:1].isdigit() else text


def heading_text(heading: str) -> str:
    """A recommendation group's heading as the report prints it, ending "should:".

    >>> heading_text("Turning Point should"), heading_text("NHS England should:")
    ('Turning Point should:', 'NHS England should:')
    """
    text = re.sub(r"\s*\bshould\s*:?\s*$", "", heading or "", flags=re.IGNORECASE).strip()
    return f"{text} should:" if text else ""


def marked(text: str, sentence: str) -> list[tuple[str, bool]]:
    """A finding's text cut round the sentence that is the evidence, so the page can mark it:
    [(part, is the evidence)].

    >>> marked("One. Two (Recommendation 1.1). Three.", "Two (Recommendation 1.1).")
    [('One. ', False), ('Two (Recommendation 1.1).', True), (' Three.', False)]
    >>> marked("One.", "Elsewhere.")
    [('One.', False)]
    """
    at = text.find(sentence) if sentence else -1
    if at < 0:
        return [(text, False)]
    parts = [(text[:at], False), (sentence, True), (text[at + len(sentence):], False)]
    return [p for p in parts if p[0]]


# -- gathering ---------------------------------------------------------------------------------


def gather(store, report: str) -> dict:
    """Everything the pack shows for one review, as plain data."""
    header = review_header(store, report)
    earlier = previous_review(header, _rows(store, REVIEWS))
    if earlier:
        earlier["name"] = _name(earlier)
    links = []
    for role, cypher in SERVICE_LINKS.items():
        links += [dict(row, role=role) for row in _rows(store, cypher, report)]
    links.sort(key=lambda r: (r["service"].lower(), r["role"], r["org"].lower(), number_key(r["paragraph"])))
    on_behalf = sorted(_rows(store, ON_BEHALF_OF, report), key=lambda r: (r["org"], r["for_org"]))
    stated, inferred = repeats(store, report)
    return {
        "report": header, "previous": earlier, "links": links, "on_behalf": on_behalf,
        "services": by_service(links), "diagram": diagram(links, on_behalf),
        "recommendations": recommendations(store, report),
        "follow_through": follow_through(store, report, earlier, stated) if earlier else None,
        "stated": stated, "inferred": inferred,
        "escalations": sorted(_rows(store, ESCALATIONS, report),
                              key=lambda r: (number_key(r["finding"]), r["org"])),
        "sections": SECTIONS,
    }


def _name(review: dict) -> str:
    from clasgraph.queries.finish import report_name

    return report_name(review.get("area") or "", review.get("published") or "", review.get("review_end") or "")


def review_header(store, report: str) -> dict:
    """The review's header: title, area, dates, inspectors, the providers and CCGs it includes."""
    found = _rows(store, REPORT, report)
    if not found:
        raise LookupError(f"no review {report!r} in the store; see: clasgraph query --name reports")
    header = dict(found[0], name=_name(found[0]), inspectors=list(found[0].get("inspectors") or []))
    included = _rows(store, INCLUDES, report)
    header["providers"] = sorted({r["org"] for r in included if r["role"] == "provider"})
    header["ccgs"] = sorted({r["org"] for r in included if r["role"] == "ccg"})
    return header


def recommendations(store, report: str) -> list[dict]:
    """Each recommendation in number order with its addressees in the order its heading names
    them (each with the body accountable now, or None) and the findings that name it (their
    text cut round the sentence that does, see :func:`marked`)."""
    from clasgraph.queries.finish import in_heading_order

    addressed: dict[str, list[dict]] = {}
    for row in _rows(store, ADDRESSED, report):
        addressed.setdefault(row["rec_id"], []).append(row)
    supports: dict[str, list[dict]] = {}
    for row in _rows(store, SUPPORTS, report):
        supports.setdefault(row["rec_id"], []).append(row)
    successors = accountable_now(store, report)
    recs = sorted(_rows(store, RECOMMENDATIONS, report), key=lambda r: number_key(r["number"]))
    for rec in recs:
        rows = {r["org"]: r for r in addressed.get(rec["id"], [])}
        rec["addressees"] = [dict(rows[name], now=successors.get(rows[name]["org_id"]))
                             for name in in_heading_order(sorted(rows), rec.get("heading") or "")]
        rec["findings"] = [dict(row, parts=marked(row["text"], row["evidence"] or ""))
                           for row in sorted(supports.get(rec["id"], []),
                                             key=lambda r: number_key(r["finding"]))]
    return recs


def _named(store, name: str, params: dict) -> list[dict]:
    """Rows of a named query (see ``clasgraph queries``) as dicts, lists in a defined order."""
    from clasgraph.queries.finish import finish
    from clasgraph.queries.runner import named_queries, resolve

    query = named_queries()[name]
    columns, rows = finish(name, *store.query(query.cypher, resolve(store, query, params)))
    return [dict(zip(columns, row)) for row in rows]


def accountable_now(store, report: str) -> dict[str, dict]:
    """{organisation id: {"name", "how"}} for each body this review named that has since been
    succeeded (SUCCEEDED_BY, stated by a review or from a lineage file the user imported),
    from the named query accountable-now and :func:`clasgraph.queries.finish.accountable_rows`."""
    from clasgraph.queries.finish import accountable_rows

    rows = accountable_rows(_named(store, "accountable-now", {"report": report, "org": ""}))
    return {r["organisation_id"]: {"name": r["accountable_now"], "how": r["how_known"]}
            for r in rows if r.get("successions")}


#: What a finding of this review says about an earlier review (the sentence that says so).
PROGRESS = """
MATCH (f:Finding)-[x:PROGRESS_SINCE]->(d)
WHERE f.report_id = $report AND x.report_id = $report
RETURN f.number AS finding, x.paragraph AS paragraph, x.evidence AS evidence
"""
FINDINGS = """
MATCH (f:Finding) WHERE f.report_id = $report
RETURN f.number AS finding, f.text AS text
"""


def follow_through(store, report: str, earlier: dict, stated: list[dict]) -> list[dict]:
    """For each recommendation of the previous review of the area, what this review says about
    the shortfall behind it, as :func:`clasgraph.graph.followthrough.follow_through_in` gives it
    (the rows of ``clasgraph follow-through``: stated repeat, progress noted, restated
    (inferred, score), not mentioned), with the sentence of this review each later finding was
    read from: the one stating the repeat or the progress, or, for an inferred restatement,
    the finding itself."""
    from clasgraph.graph import followthrough as ft

    result = [r for r in ft.follow_through_in(store, later=report) if r["earlier_report"] == earlier["id"]]
    sentences = {r["finding"]: (r["paragraph"], r["evidence"]) for r in stated}
    sentences.update({r["finding"]: (r["paragraph"], r["evidence"])
                      for r in _rows(store, PROGRESS, report)})
    own = {r["finding"]: r["text"] for r in _rows(store, FINDINGS, report)}
    for row in result:
        row["inferred"] = "inferred" in row["follow_through"]  # restated, or matched by wording
        row["mentioned"] = row["follow_through"] != ft.NOT_MENTIONED
        later = [f for f in (row.get("later_findings") or "").split("; ") if f]
        restated = row["follow_through"].startswith("restated")
        row["evidence"] = [(f, *sentences[f]) if f in sentences and not restated
                           else (f, f, own.get(f, "")) for f in later]
    return result


def by_service(links: list[dict]) -> list[dict]:
    """One row a service: who commissions it, who provides it (each with where the review
    says so) and the sentences that say so, each once, in paragraph order.

    >>> rows = by_service([
    ...     {"service": "Health visiting", "role": "commissions", "org": "Council", "paragraph": "context:5", "evidence": "S1."},
    ...     {"service": "Health visiting", "role": "provides", "org": "Trust", "paragraph": "context:5", "evidence": "S1."}])
    >>> rows[0]["commissions"], rows[0]["provides"], rows[0]["evidence"]
    ([('Council', 'context:5')], [('Trust', 'context:5')], [('context:5', 'S1.')])
    """
    rows: dict[str, dict] = {}
    for link in links:
        row = rows.setdefault(link["service"], {"service": link["service"], "commissions": [],
                                                "provides": [], "evidence": []})
        bodies = row[link["role"]]
        same = [i for i, (org, _) in enumerate(bodies) if org == link["org"]]
        if same:  # one body, several places: named once, with each place
            org, where = bodies[same[0]]
            bodies[same[0]] = (org, f"{where}, {link['paragraph']}")
        else:
            bodies.append((link["org"], link["paragraph"]))
        if (link["paragraph"], link["evidence"]) not in row["evidence"]:
            row["evidence"].append((link["paragraph"], link["evidence"]))
    for row in rows.values():
        row["evidence"].sort(key=lambda e: (str(e[0]).split(":")[0], number_key(e[0])))
    return sorted(rows.values(), key=lambda r: r["service"].lower())


def repeats(store, report: str) -> tuple[list[dict], list[dict]]:
    """The review's repeats in two lists that are never shown alike: those the review states
    (a shortfall found before, in a review or report it names; with the earlier finding
    clasgraph matched, when that review is ingested), and those clasgraph inferred by
    similarity (restated or similar, each with its score). They are the rows of
    ``clasgraph repeats --all`` (:func:`clasgraph.graph.compare.read_repeats`, the one
    definition of a repeat), so the pack, the CLI, the maps and ``diff`` agree."""
    from clasgraph.graph.compare import read_repeats

    stated, inferred = [], []
    for row in read_repeats(store, report, everything=True):
        if row["basis"] != "stated":
            inferred.append(dict(row, how=row["basis"]))
            continue
        matches = [(earlier, link) for _, earlier, link, _ in row["links"]
                   if link != "stated" and "#" in earlier]
        matched = [{"earlier_report": m.rsplit("#", 1)[0], "earlier_finding": m.rsplit("#", 1)[1],
                    "how": "by wording" if link == "restated" else "",
                    "score": row["score"] if len(matches) == 1 else None}
                   for m, link in matches]
        stated.append(dict(row, earlier=row["cited"] or row["earlier_id"], matched=matched))
    return stated, inferred


# -- the commissioning diagram: a static SVG, laid out in columns --------------------------------


def diagram(links: list[dict], on_behalf: list[dict]) -> dict:
    """Boxes and lines of a static diagram: commissioners | services | providers. A body that
    commissions anything in this review (or is commissioned for) is a commissioner, whatever
    else it does; commissioning on behalf of another is a bow between the two, in the first
    column. Positions come from :func:`clasgraph.viz.layout.layered`."""
    import networkx as nx
    from clasgraph.viz.layout import label_box, layered, wrap

    if not links:
        return {"boxes": [], "lines": [], "width": 0, "height": 0, "headings": []}
    graph = nx.MultiDiGraph()
    names, columns = {}, {}
    commissioners = ({r["org_id"] for r in links if r["role"] == "commissions"}
                     | {r["org_id"] for r in on_behalf} | {r["for_id"] for r in on_behalf})
    for r in links:
        names[r["org_id"]], names[r["service_id"]] = r["org"], r["service"]
        columns[r["org_id"]] = 0 if r["org_id"] in commissioners else 2
        columns[r["service_id"]] = 1
        graph.add_edge(r["org_id"], r["service_id"], role=r["role"])
    for r in on_behalf:
        names[r["org_id"]], names[r["for_id"]] = r["org"], r["for_org"]
        columns[r["org_id"]] = columns[r["for_id"]] = 0
        graph.add_edge(r["org_id"], r["for_id"], role="on behalf of")
    labels = {n: wrap(names[n], 22) for n in columns}
    sizes = {}
    for n in columns:
        width, height = label_box(labels[n])
        sizes[n] = (height / 2 + 4, width + 12, 0.0)
    positions = layered(graph, columns, sizes, {n: ((), (names[n].lower(),)) for n in columns})
    left = min(x - sizes[n][1] / 2 for n, (x, _) in positions.items()) - (50 if on_behalf else 10)
    top = min(y - sizes[n][0] for n, (_, y) in positions.items()) - 40
    boxes = []
    for n, (x, y) in sorted(positions.items()):
        w, h = sizes[n][1], 2 * sizes[n][0]
        boxes.append({"x": round(x - w / 2 - left, 1), "y": round(y - h / 2 - top, 1), "w": w, "h": h,
                      "lines": labels[n].split("\n"), "kind": "service" if columns[n] == 1
                      else ("commissioner" if n in commissioners else "provider")})
    box_of = {n: b for n, b in zip(sorted(positions), boxes)}
    lines = []
    for u, v, d in graph.edges(data=True):
        a, b = box_of[u], box_of[v]
        ay, by = a["y"] + a["h"] / 2, b["y"] + b["h"] / 2
        if a["x"] > b["x"]:  # drawn from the right-hand box's left side
            a, b, ay, by = b, a, by, ay
        x1, x2 = a["x"] + a["w"], b["x"]
        if x2 <= x1:  # same column: a bow on the left
            x1, x2 = a["x"], b["x"]
            bow = min(x1, x2) - 40
            path = f"M{x1},{ay} C{bow},{ay} {bow},{by} {x2},{by}"
        else:
            mid = (x1 + x2) / 2
            path = f"M{x1},{ay} C{mid},{ay} {mid},{by} {x2},{by}"
        lines.append({"d": path, "role": d["role"].replace(" ", "-")})
    width = max(b["x"] + b["w"] for b in boxes) + 10
    height = max(b["y"] + b["h"] for b in boxes) + 10
    xs = {}
    for n, c in columns.items():
        xs.setdefault(c, box_of[n]["x"] + box_of[n]["w"] / 2)
    titles = ["Commissioners", "Services", "Providers"]
    headings = [{"x": round(xs[c], 1), "text": titles[c]} for c in sorted(xs)]
    return {"boxes": boxes, "lines": sorted(lines, key=lambda line: line["d"]), "width": round(width),
            "height": round(height), "headings": headings}


# -- rendering ---------------------------------------------------------------------------------


def render(pack: dict, generated: str = "", version: str = "") -> str:
    """The pack as one self-contained HTML page (see ``viz/brief.html``)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from clasgraph import __version__

    env = Environment(loader=FileSystemLoader(str(Path(__file__).parent)),
                      autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["para"] = paragraph_label
    env.filters["heading"] = heading_text
    return env.get_template("brief.html").render(pack=pack, generated=generated, version=version[:12],
                                                 clasgraph_version=__version__)
