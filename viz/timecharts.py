"""Charts of change over time a board can read: one self-contained HTML page each, no script,
no request to the network, every text from a report escaped.

- :func:`timeline_html`: reviews as columns (oldest first), services as rows, who commissioned
  and who provided the service in each cell, the changes since the review before marked in
  the cell (a coloured band and the words: never colour alone).
- :func:`follow_through_html`: one row per recommendation of the earlier review, what the
  next review says about it; stated outcomes drawn solid, inferred ones dashed and labelled
  "inferred".

>>> from clasgraph.graph.timeline import build_timeline
>>> t = build_timeline([{"area": "X", "report": "x-2015", "published": "2015-05-01",
...     "service_id": "x:a", "service": "A&E <ward>", "role": "provided",
...     "organisation_id": "t", "organisation": "Trust", "succeeded_by": []}])
>>> page = timeline_html(t)
>>> "A&amp;E &lt;ward&gt;" in page and "<script" not in page and "://" not in page
True
"""

from __future__ import annotations

from html import escape

from clasgraph.queries.finish import report_name

_STYLE = """
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 24px;
       color: #1b1b1b; }
h1 { font-size: 22px; margin: 0 0 4px; } p.note { margin: 0 0 16px; color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: 8px 10px; vertical-align: top; text-align: left; }
thead th { background: #f0f3f6; position: sticky; top: 0; }
th.service { width: 16%; background: #fafafa; }
.role { font-size: 13px; color: #555; display: block; margin-top: 4px; }
.names { display: block; }
.change { display: block; margin-top: 6px; padding: 3px 6px; border-left: 5px solid #b35900;
          background: #fff3e0; font-size: 13px; }
.change.succession { border-left-color: #455a64; background: #eceff1; }
.change.new { border-left-color: #2e7d32; background: #e8f5e9; }
.change.gone { border-left-color: #8e24aa; background: #f3e5f5; }
.none { color: #888; font-style: italic; }
.outcome { display: inline-block; padding: 2px 8px; border: 2px solid; border-radius: 4px;
           font-weight: 600; font-size: 13px; margin: 0 4px 4px 0; }
.stated-repeat { border-color: #b71c1c; color: #b71c1c; }
.progress-noted { border-color: #2e7d32; color: #2e7d32; }
.restated { border-style: dashed; border-color: #6d4c41; color: #6d4c41; }
.outcome.inferred { border-style: dashed; }
.not-mentioned { border-color: #9e9e9e; color: #616161; }
.legend span { margin-right: 16px; }
@media print { thead th { position: static; } tr { break-inside: avoid; } }
"""


def _page(title: str, note: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'\">"
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1><p class=\"note\">{note}</p>{body}</body></html>\n")


def _change_class(change: str) -> str:
    if change.startswith("renamed or merged"):
        return "change succession"
    if change.startswith("service new"):
        return "change new"
    if change.startswith("service gone"):
        return "change gone"
    return "change"


def timeline_html(t) -> str:
    """The timeline of one area (:class:`clasgraph.graph.timeline.Timeline`) as a page."""
    head = "".join(f"<th scope=\"col\">{escape(report_name(t.area, published))}<span class=\"role\">"
                   f"{escape(report)}</span></th>" for report, published in t.reviews)
    rows = []
    for sid, name in t.services.items():
        cells = []
        for report, _ in t.reviews:
            cell = t.cells.get((sid, report))
            parts = []
            if cell:
                for role, label in (("commissioned", "Commissioned by"), ("provided", "Provided by")):
                    names = "; ".join(sorted(cell[role].values()))
                    parts.append(f"<span class=\"role\">{label}</span><span class=\"names\">"
                                 + (escape(names) if names else "<span class=\"none\">not named</span>")
                                 + "</span>")
            else:
                parts.append("<span class=\"none\">not named by this review</span>")
            for change in t.changes.get((sid, report), []):
                parts.append(f"<span class=\"{_change_class(change)}\">"
                             f"{escape(change).replace(' -&gt; ', ' &rarr; ')}</span>")
            cells.append(f"<td>{''.join(parts)}</td>")
        rows.append(f"<tr><th scope=\"row\" class=\"service\">{escape(name)}</th>{''.join(cells)}</tr>")
    note = ("Who commissioned and who provided each service, as each review states it; marked: "
            "what changed since the review before (contract moved, commissioner changed, renamed "
            "or merged, service new or gone).")
    body = (f"<table><thead><tr><th scope=\"col\">Service</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")
    return _page(f"{t.area}: services review by review", escape(note), body)


def _outcome_class(outcome: str) -> str:
    return outcome.split(" (")[0].replace(" ", "-")


def _badge(outcome: str) -> str:
    """One outcome as a badge: inferred ones dashed and saying they are not the review's."""
    note = (": not stated by the review" if outcome.startswith("restated")
            else ": stated; the finding it is about inferred" if "inferred" in outcome else "")
    inferred = " inferred" if "inferred" in outcome else ""
    return f"<span class=\"outcome {_outcome_class(outcome)}{inferred}\">{escape(outcome + note)}</span>"


def follow_through_html(rows: list[dict]) -> str:
    """Follow-through rows (:func:`clasgraph.graph.followthrough.follow_through`) as a page."""
    body = []
    for (earlier, later), group in _by_pair(rows).items():
        first = group[0]
        body.append(f"<h2>{escape(report_name(first['area'], first['earlier_published']))} "
                    f"&rarr; {escape(report_name(first['area'], first['later_published']))}</h2>"
                    f"<p class=\"note\">Recommendations of {escape(earlier)}, and what {escape(later)} "
                    "says about the findings behind each.</p>")
        trs = []
        for r in group:
            outcomes = r.get("outcomes") or [(r["follow_through"], r["basis"])]
            badges = "".join(_badge(outcome) for outcome in dict.fromkeys(o for o, _ in outcomes))
            how = "<br>".join(escape(h) for _, h in outcomes if h)
            trs.append(f"<tr><th scope=\"row\">{escape(r['recommendation'])}</th>"
                       f"<td>{escape(r['text'] or '')}</td><td>{escape(r['supporting_findings'])}</td>"
                       f"<td>{badges}</td><td>{how}</td></tr>")
        body.append("<table><thead><tr><th>Rec.</th><th>Recommendation</th><th>Findings behind it"
                    "</th><th>Next review</th><th>How it is known</th></tr></thead><tbody>"
                    + "".join(trs) + "</tbody></table>")
    legend = ("<p class=\"legend\"><span class=\"outcome stated-repeat\">stated repeat</span>"
              "<span class=\"outcome progress-noted\">progress noted</span>"
              "<span class=\"outcome progress-noted inferred\">progress noted (inferred match)</span>"
              "<span class=\"outcome restated\">restated (inferred)</span>"
              "<span class=\"outcome not-mentioned\">not mentioned</span></p>")
    note = ("Stated: the later review says so. Inferred (dashed): the wording is alike (score "
            "shown); for a restatement the review does not say so, for an inferred match it "
            "states the repeat or progress and clasgraph matched the finding it is about.")
    return _page("Recommendation follow-through", escape(note), legend + "".join(body))


def _by_pair(rows: list[dict]) -> dict[tuple[str, str], list[dict]]:
    out: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        out.setdefault((r["earlier_report"], r["later_report"]), []).append(r)
    return out
