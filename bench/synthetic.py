"""Synthetic corpora for benchmarks: copies of the sample's records under new report ids.

Each copy is labelled synthetic in its title; it shares the sample's organisations and
documents, as reviews of neighbouring areas do.
"""

from __future__ import annotations

import copy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"


def synthetic_records(base, index: int):
    """A copy of ``base`` (ReportRecords) as report number ``index`` of a synthetic corpus."""
    from clasgraph.ingest.records import ReportRecords

    old = base.report_id
    new = f"synthetic-{index:05d}-2019-10-04"

    def swap(value):
        return value.replace(old, new) if isinstance(value, str) else value

    rec = ReportRecords(new)
    for node in base.nodes:
        props = {k: swap(v) for k, v in copy.deepcopy(node.props).items()}
        if node.label == "Report":
            props["title"] = f"SYNTHETIC copy {index} of: {props['title']}"
        rec.node(node.label, swap(node.id), **{k: v for k, v in props.items() if k != "id"})
    for edge in base.edges:
        rec.edge(edge.type, swap(edge.source), swap(edge.target),
                 **{k: swap(v) for k, v in edge.props.items() if k != "report_id"})
    return rec


def corpus(n: int):
    from clasgraph import read_report

    base = read_report(SAMPLE)
    return [synthetic_records(base, i) for i in range(n)]
