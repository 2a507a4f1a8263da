"""Findings across reports: what repeats what, and what changed between two reviews.

One definition of a repeat, used by ``clasgraph repeats``, ``clasgraph diff``, the repeats
map and the repeated-findings named query: the query's rows (one per link a store holds,
read the same way from either store) put together by :func:`repeat_rows`, one row per pair,
each with its basis (:class:`clasgraph.graph.schema.Basis`), stated first.
"""

from __future__ import annotations

from clasgraph.graph.schema import BASIS_ORDER, CONCERN_POLARITIES, REVIEW_DATE, Basis, Rel

#: The columns of ``clasgraph repeats`` and of the repeated-findings named query.
REPEAT_COLUMNS = ["report", "published", "finding", "polarity", "text", "basis", "cited",
                  "earlier_id", "earlier_report", "earlier_published", "earlier_finding",
                  "earlier_text", "score", "evidence"]

#: Which link says most about a pair: a stated match first, then a restatement, then wording.
_LINK_RANK = {"cited": 0, "restated": 1, "similar": 2}


def number_key(number) -> tuple:
    """Paragraph numbers compared as numbers: 2.9 before 2.10.

    >>> sorted(["2.10", "2.9", "10.1"], key=number_key)
    ['2.9', '2.10', '10.1']
    """
    return tuple(int(p) for p in str(number or "").split(".") if p.isdigit())


def _link(row: dict) -> str:
    if row["link"] == Rel.SIMILAR_TO:
        return "similar"
    return row["link_basis"] or "stated"  # REPEATS: stated (to a document), cited, restated


def repeat_rows(columns: list[str], rows: list[list],
                with_links: bool = False) -> tuple[list[str], list[list]]:
    """The repeated-findings query's link rows as one row per pair, with its basis (and, with
    ``with_links``, the paragraph of the sentence stating a repeat and a last column listing
    the stored links each row stands for, as (finding id, earlier node id, link, basis of the
    row): what the repeats map draws).

    - stated: the review says the shortfall was found before (a REPEATS it states, to the
      document or report it cites: ``earlier_id``). Where that review is ingested, the earlier finding it was
      matched to is on the same row, with the similarity of the match as score; otherwise the
      score is empty.
    - restated / similar: inferred pairs of findings (``earlier_id`` the earlier finding), each
      with its score and no evidence (no review states them). A pair already on a stated row is not listed again.

    Rows come stated first, then restated, then similar; within each by review (in the
    order of ``rows``, which the query gives by review date) and finding.
    """
    links = [dict(zip(columns, row)) for row in rows]
    by_finding: dict[tuple, list[dict]] = {}
    for link in links:
        by_finding.setdefault((link["report"], link["finding"]), []).append(link)
    out = []
    for group in by_finding.values():
        stated = [lk for lk in group if _link(lk) == "stated"]
        pairs = sorted((lk for lk in group if _link(lk) != "stated"),
                       key=lambda lk: (_LINK_RANK[_link(lk)], -(lk["score"] or 0)))
        used = set()
        for lk in stated:
            matched = [p for p in pairs if lk["earlier_report"]
                       and p["earlier_report"] == lk["earlier_report"]]
            cited = [p for p in matched if _link(p) == "cited"] or matched[:1]
            used |= {id(p) for p in matched}
            out.append(_row(lk, Basis.STATED, cited))
        seen = set()
        for p in pairs:
            if id(p) in used or p["earlier_id"] in seen:
                continue
            seen.add(p["earlier_id"])
            basis = Basis.STATED if _link(p) == "cited" else Basis(_link(p))
            out.append(_row(p, basis, [p]))
    # reviews in the order the query gives them: by their date (schema.REVIEW_DATE)
    review_order: dict[str, int] = {}
    for link in links:
        review_order.setdefault(link["report"], len(review_order))
    out.sort(key=lambda r: (BASIS_ORDER.index(r["basis"]), review_order[r["report"]],
                            number_key(r["finding"]), r["earlier_report"] or "",
                            number_key(r["earlier_finding"])))
    if with_links:
        return (REPEAT_COLUMNS + ["paragraph", "links"],
                [[r[c] for c in REPEAT_COLUMNS] + [r["paragraph"], r["links"]] for r in out])
    return REPEAT_COLUMNS, [[r[c] for c in REPEAT_COLUMNS] for r in out]


def _row(link: dict, basis: Basis, matched: list[dict]) -> dict:
    row = {c: link.get(c) for c in REPEAT_COLUMNS}
    row["basis"] = str(basis)
    stated = basis == Basis.STATED
    row["cited"] = link["cited"] if stated else ""
    row["earlier_finding"] = "; ".join(m["earlier_finding"] for m in matched)
    row["earlier_text"] = "\n\n".join(m["earlier_text"] for m in matched)
    if matched and matched[0] is not link:  # a stated repeat and the finding it matches
        row["earlier_report"] = matched[0]["earlier_report"]
        row["earlier_published"] = matched[0]["earlier_published"]
    scores = [m["score"] for m in matched if m["score"]]
    row["score"] = round(max(scores), 3) if scores else None
    row["evidence"] = link["evidence"] if stated else ""
    row["paragraph"] = link.get("paragraph") or "" if stated else ""
    row["links"] = [(m["finding_id"], m["earlier_id"], _link(m), str(basis)) for m in
                    ([link] if all(link is not m for m in matched) else []) + matched]
    return row


def read_repeats(store, report: str | None = None, everything: bool = False,
                 org: list[str] | None = None, service: list[str] | None = None) -> list[dict]:
    """The repeats (see :func:`repeat_rows`) a store holds, through its Cypher: the rows of
    the repeated-findings named query, for one review or every one; ``org`` and ``service``
    (ids, as resolved from names) keep the findings about those bodies or services."""
    from clasgraph.queries.runner import named_queries

    query = named_queries()["repeated-findings"]
    columns, rows = store.query(query.cypher, query.bind({"report": report or "", "all_findings": everything,
                                                          "org": org or [""], "service": service or [""]}))
    columns, rows = repeat_rows(columns, rows, with_links=True)
    return [dict(zip(columns, row)) for row in rows]


_FINDINGS = ("MATCH (f:Finding) WHERE f.report_id IN $reports RETURN f.report_id AS report, "
             "f.number AS finding, f.section AS section, f.polarity AS polarity, f.text AS text")


def provenance(rows: list[dict], earlier: str, published: str | None) -> dict:
    """Where a repeated row of ``diff`` comes from: the earlier review (id and published
    date), the earlier finding(s), the basis and, where clasgraph matched by similarity, the
    score (the highest, if several).

    >>> provenance([{"earlier_finding": "2.9", "basis": "stated", "score": 0.271},
    ...             {"earlier_finding": "", "basis": "stated", "score": None}], "a-2015", "2015-05-20")
    {'earlier_report': 'a-2015', 'earlier_published': '2015-05-20', 'earlier': '2.9; (not matched)', \
'basis': 'stated', 'score': 0.271}
    """
    scores = [r["score"] for r in rows if r["score"] is not None]
    return {"earlier_report": earlier, "earlier_published": published or "",
            "earlier": "; ".join(r["earlier_finding"] or "(not matched)" for r in rows),
            "basis": "; ".join(sorted({r["basis"] for r in rows}, key=BASIS_ORDER.index)),
            "score": max(scores) if scores else None}


def diff(store, report_a: str, report_b: str) -> dict[str, list[dict]]:
    """What report B (the later) repeats of report A, what is new in B, and which of A's
    concerns B no longer mentions. A repeat is one of :func:`read_repeats` (stated, restated
    or similar; each row says which) from B to A; repeated findings come stated first, each
    basis in paragraph order."""
    _, rows = store.query("MATCH (r:Report) WHERE r.id IN $reports RETURN r.id, r.published, "
                          f"{REVIEW_DATE.format(r='r')}", {"reports": [report_a, report_b]})
    published = {rid: when for rid, when, _ in rows}
    dated = {rid: when or "" for rid, _, when in rows}
    for r in (report_a, report_b):
        if r not in published:
            raise LookupError(f"no report {r!r}; see: clasgraph query --name reports")
    if dated[report_a] > dated[report_b]:
        report_a, report_b = report_b, report_a
    columns, rows = store.query(_FINDINGS, {"reports": [report_a, report_b]})
    findings = [dict(zip(columns, row)) for row in rows]
    matched: dict[str, list[dict]] = {}
    for r in read_repeats(store, report_b, everything=True):
        if r["earlier_report"] == report_a:
            matched.setdefault(r["finding"], []).append(r)
    seen_earlier = {n for rs in matched.values() for r in rs
                    for n in (r["earlier_finding"] or "").split("; ") if n}
    later = [f for f in findings if f["report"] == report_b]
    earlier = [f for f in findings if f["report"] == report_a]

    def shown(f):
        return {k: f[k] for k in ("report", "finding", "section", "polarity", "text")}

    repeated = [dict(shown(f), **provenance(matched[f["finding"]], report_a, published[report_a]))
                for f in later if f["finding"] in matched]
    new = [shown(f) for f in later if f["finding"] not in matched]
    gone = [shown(f) for f in earlier if f["finding"] not in seen_earlier
            and f["polarity"] in CONCERN_POLARITIES]

    def order(rows):
        return sorted(rows, key=lambda r: number_key(r["finding"]))

    def stated_first(rows):  # as every repeat is shown: stated, then restated, then similar
        return sorted(order(rows), key=lambda r: BASIS_ORDER.index(r["basis"].split("; ")[0]))

    return {"earlier": report_a, "later": report_b, "repeated": stated_first(repeated),
            "new": order(new), "no_longer_mentioned": order(gone)}
