"""Recommendation follow-through: for each recommendation of an earlier review of an area, what
the next review of the area says about the shortfall behind it (the findings that support the
recommendation, its "(Recommendation n)" markers).

Outcomes, stated before inferred:

- ``stated repeat``: a finding of the later review says it repeats the earlier review (its
  text cites it) and is matched to a supporting finding, by a link across reports or, failing
  one, by the closest wording (cosine of the two findings' terms, at least PIN_THRESHOLD);
- ``progress noted``: a finding of the later review says there has been progress since the
  earlier review, matched to a supporting finding in the same way;
- either of these reads ``... (inferred match by wording, score s)`` when the supporting
  finding was matched by wording (or by a restated link) rather than by a finding the review
  cites: the review states the repeat or progress, clasgraph inferred which finding it is;
- ``restated (inferred, score s)``: a finding of the later review says again what a
  supporting finding said, by similarity only (REPEATS basis restated, or SIMILAR_TO), at or
  above the documented thresholds of clasgraph.graph.linking; the review does not say so;
- ``not mentioned``: none of these.

Plain functions over the rows of the named query ``recommendation-follow-through`` and two
small queries (:data:`STATEMENTS_CYPHER`, :data:`FINDINGS_CYPHER`), so both stores give the
same answer.

>>> rows = [{"area": "X", "earlier_report": "x-2015", "earlier_published": "2015-05-01",
...          "recommendation": "1.1", "text": "Do it.", "sort_key": "001.001",
...          "earlier_finding": "2.2", "later_report": "x-2018", "later_published": "2018-03-01",
...          "later_finding": "3.1", "link": "REPEATS", "basis": "restated", "score": 0.3,
...          "later_says": []}]
>>> [(r["recommendation"], r["follow_through"]) for r in follow_through(rows, {}, {})]
[('1.1', 'restated (inferred, score 0.30)')]
"""

from __future__ import annotations

import math
from collections import Counter

from clasgraph.queries.finish import natural_sorted

STATED_REPEAT = "stated repeat"
PROGRESS = "progress noted"
RESTATED = "restated (inferred, score {score:.2f})"
NOT_MENTIONED = "not mentioned"
#: A stated repeat or progress that clasgraph matched to a finding behind the recommendation
#: by wording (or by a restated link), not by a finding the review cites: the review states
#: the repeat or progress; which earlier finding it is about is inferred.
MATCHED = "{kind} (inferred match by wording, score {score:.2f})"
#: Lowest cosine at which a later finding that states a repeat of, or progress since, the
#: earlier review is matched to the earlier finding closest in wording when no link across
#: reports joins them (TF-IDF over the two reviews' findings: the review says which review it
#: speaks of, the wording only which of its findings). Checked on the development set's
#: Ashvale pair, where each such finding's own earlier finding is the closest, at 0.25 to 0.59.
PIN_THRESHOLD = 0.2
#: Earlier findings at least this share of the closest one's cosine are matched too: the
#: statement could be about either, and each is shown with its score.
NEAR = 0.9
COLUMNS = ["area", "earlier_report", "earlier_published", "recommendation", "text",
           "supporting_findings", "later_report", "later_published", "follow_through",
           "later_findings", "basis"]

#: The later review's findings that say they repeat, or show progress since, the earlier one.
STATEMENTS_CYPHER = """
MATCH (f:Finding)-[said:REPEATS|PROGRESS_SINCE]->(d)
WHERE f.report_id = $later
  AND (d.id = $earlier OR EXISTS { MATCH (d)-[:SAME_AS]->(same:Report) WHERE same.id = $earlier })
RETURN f.number AS finding, f.text AS text, type(said) AS says
ORDER BY finding, says
"""
#: The earlier review's findings, with their text.
FINDINGS_CYPHER = """
MATCH (f:Finding) WHERE f.report_id = $earlier
RETURN f.number AS finding, f.text AS text ORDER BY finding
"""
_ORDER = {STATED_REPEAT: 0, PROGRESS: 1}


def _vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """TF-IDF unit vectors of texts, over the terms clasgraph.graph.linking uses."""
    from clasgraph.graph.linking import terms

    counts = {k: Counter(terms(t or "")) for k, t in texts.items()}
    df = Counter(term for c in counts.values() for term in c)
    n = len(counts) or 1
    out = {}
    for k, c in counts.items():
        v = {t: tf * math.log((1 + n) / (1 + df[t])) for t, tf in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        out[k] = {t: x / norm for t, x in v.items()}
    return out


def pin(statements: dict[str, dict], earlier: dict[str, str]) -> dict[str, list[tuple[str, float]]]:
    """{later finding: [(earlier finding, cosine), ...]} for each later finding that states a
    repeat of, or progress since, the earlier review: the earlier review's closest finding by
    wording, and any other nearly as close (NEAR), where the cosine reaches PIN_THRESHOLD.

    >>> pin({"1.3": {"text": "Notices of ED attendances now reach health visitors in a day."}},
    ...     {"1.3": "Notices of ED attendances reached health visitors after three weeks.",
    ...      "2.1": "CAMHS waiting times were long.", "2.2": "Supervision was rare."})
    {'1.3': [('1.3', 0.52)]}
    """
    vectors = _vectors({**{("e", k): t for k, t in earlier.items()},
                        **{("l", k): s["text"] for k, s in statements.items()}})
    out = {}
    for later in statements:
        a = vectors[("l", later)]
        scored = sorted(((sum(x * vectors[("e", e)].get(t, 0.0) for t, x in a.items()), e)
                         for e in earlier), key=lambda se: (-se[0], se[1]))
        if scored and scored[0][0] >= PIN_THRESHOLD:
            out[later] = [(e, round(s, 2)) for s, e in scored if s >= NEAR * scored[0][0]]
    return out


def follow_through(rows: list[dict], statements: dict[tuple[str, str], dict[str, dict]],
                   earlier_texts: dict[str, dict[str, str]]) -> list[dict]:
    """One row per recommendation (see COLUMNS). ``statements`` holds, per (earlier, later)
    review, the later findings that state a repeat or progress ({number: {"text", "says"}});
    ``earlier_texts`` the earlier review's findings by number."""
    recs: dict[tuple[str, str], dict] = {}
    found: dict[tuple[str, str], dict[tuple[str, str], tuple]] = {}
    for r in rows:
        key = (r["earlier_report"], r["recommendation"])
        rec = recs.setdefault(key, {**{c: r.get(c) for c in COLUMNS if c in r},
                                    "sort_key": r.get("sort_key") or "", "supporting": set()})
        if r.get("earlier_finding"):
            rec["supporting"].add(r["earlier_finding"])
        outcomes = found.setdefault(key, {})
        if r.get("later_finding") and r.get("link"):
            says = r.get("later_says") or []
            kind = (STATED_REPEAT if "REPEATS" in says or r.get("basis") == "cited"
                    else PROGRESS if "PROGRESS_SINCE" in says else None)
            score = float(r.get("score") or 0.0)
            cited = r.get("basis") == "cited"
            how = (f"{r['later_finding']} {kind or 'restated'} of {r['earlier_finding']} "
                   + ("(cited, linked" if cited else "(inferred: matched by wording" if kind
                      else "(inferred") + f", score {score:.2f})")
            label = (kind if cited else MATCHED.format(kind=kind, score=score)) if kind \
                else RESTATED.format(score=score)
            _keep(outcomes, r["later_finding"], label, score, how)
    pins_of: dict[tuple[str, str], dict] = {}
    for key, rec in recs.items():
        pair = (rec["earlier_report"], rec["later_report"])
        said = statements.get(pair, {})
        if pair not in pins_of:
            pins_of[pair] = pin(said, earlier_texts.get(rec["earlier_report"], {}))
        pins = pins_of[pair]
        matched = [(later, earlier, score) for later, matches in pins.items()
                   for earlier, score in matches if earlier in rec["supporting"]]
        for later, earlier, score in matched:
            for says in said[later]["says"]:
                kind = STATED_REPEAT if says == "REPEATS" else PROGRESS
                _keep(found[key], later, MATCHED.format(kind=kind, score=score), score,
                      f"{later} {kind} of {earlier} (inferred: matched by wording, score {score:.2f})")
    # earlier reviews in the order of ``rows`` (the named query gives them by area and review
    # date, schema.REVIEW_DATE), each review's recommendations in the report's order
    review_order: dict[str, int] = {}
    for earlier, _ in recs:
        review_order.setdefault(earlier, len(review_order))
    out = []
    for key, rec in sorted(recs.items(), key=lambda kv: (review_order[kv[0][0]], kv[1]["sort_key"])):
        outcomes = sorted(found[key].values(),
                          key=lambda o: (_rank(o[0]), "inferred" in o[0], -o[1], o[2]))
        out.append({**{c: rec.get(c) for c in COLUMNS},
                    "supporting_findings": "; ".join(natural_sorted(rec["supporting"])),
                    "follow_through": outcomes[0][0] if outcomes else NOT_MENTIONED,
                    "later_findings": "; ".join(dict.fromkeys(o[2] for o in outcomes)),
                    "basis": "; ".join(o[3] for o in outcomes),
                    # every outcome, stated first (for charts): (outcome, how it is known)
                    "outcomes": [(o[0], o[3]) for o in outcomes]})
    return out


def named_rows(store, name: str, params: dict) -> list[dict]:
    """Rows of a named query on a store, as dicts, lists in cells in a defined order."""
    from clasgraph.queries.finish import finish
    from clasgraph.queries.runner import named_queries, resolve

    query = named_queries()[name]
    columns, rows = store.query(query.cypher, resolve(store, query, params))
    columns, rows = finish(name, columns, rows)
    return [dict(zip(columns, row)) for row in rows]


def follow_through_in(store, area: str = "", report: str = "", later: str = "") -> list[dict]:
    """The follow-through of every recommendation with a later review in the store (of
    ``area``, of the review ``report``, or of the review before ``later``), read through the
    Store protocol: the board pack and the CLI give the same rows."""
    rows = [r for r in named_rows(store, "recommendation-follow-through",
                                  {"area": area, "report": report, "later": later})
            if r["later_report"]]
    pairs = sorted({(r["earlier_report"], r["later_report"]) for r in rows})
    statements: dict[tuple[str, str], dict[str, dict]] = {}
    for pair in pairs:
        _, found = store.query(STATEMENTS_CYPHER, {"earlier": pair[0], "later": pair[1]})
        said: dict[str, dict] = {}
        for finding, text, says in found:
            said.setdefault(finding, {"text": text, "says": []})["says"].append(says)
        statements[pair] = said
    texts = {}
    for earlier in sorted({p[0] for p in pairs}):
        _, found = store.query(FINDINGS_CYPHER, {"earlier": earlier})
        texts[earlier] = dict(found)
    return follow_through(rows, statements, texts)


def _rank(kind: str) -> int:
    return _ORDER.get(kind.split(" (")[0], 2)


def _keep(outcomes: dict, later: str, kind: str, score: float, how: str) -> None:
    """One outcome per later finding and kind of outcome, the best matched."""
    key = (later, kind.split(" (")[0])
    if key not in outcomes or outcomes[key][1] < score:
        outcomes[key] = (kind, score, later, how)
