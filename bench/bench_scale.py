"""Benchmark: ingest 1, 10, 100 and 1,000 synthetic reports; time per report and the
similarity pass.

Run:  python bench/bench_scale.py [--sizes 1 10 100 1000]

Each synthetic report is a follow-up review made from the sample by tests/derived.py with its
own seed, area and date (findings kept, paraphrased, dropped or replaced), so the similarity
pass has real work. For each size the reports are read and extracted (timed per report), then
merged, linked and saved into a fresh embedded store (the similarity pass timed on its own).
Goal: growth close to linear, 1,000 reports in under two minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def synthetic_texts(n: int) -> list[str]:
    from derived import follow_up

    sample = (ROOT / "examples" / "rutland-clas-2019.txt").read_text(encoding="utf-8")
    texts = []
    for i in range(n):
        text, _ = follow_up(sample, seed=i)
        letters = "".join(chr(65 + (i // 26 ** k) % 26) for k in range(3))
        area = f"Synthshire {letters.capitalize()}"
        day = 1 + i % 28
        texts.append(text.replace("Safeguarding in Rutland", f"Safeguarding in {area}", 1)
                     .replace("3 rd March 2022", f"{day} March {2000 + i % 25}"))
    return texts


def run(n: int, texts: list[str]) -> dict:
    import networkx as nx
    from clasgraph.graph.builder import merge_report
    from clasgraph.graph.linking import link_reports
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.ingest import extract
    from clasgraph.ingest.structure import parse_document

    start = time.perf_counter()
    records = [extract(parse_document(t, f"synthetic-{i}.txt", f"{i:064d}")) for i, t in enumerate(texts[:n])]
    extracted = time.perf_counter()
    graph = nx.MultiDiGraph()
    for r in records:
        merge_report(graph, r)
    merged = time.perf_counter()
    counts = link_reports(graph)
    linked = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(tmp)
        with store.lock():
            store.save(graph)
    saved = time.perf_counter()
    return {"n": n, "extract": extracted - start, "merge": merged - extracted,
            "link": linked - merged, "save": saved - linked, "total": saved - start,
            "similar": counts["SIMILAR_TO"], "findings": sum(1 for _, d in graph.nodes(data=True)
                                                             if d["label"] == "Finding")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000])
    args = parser.parse_args()
    texts = synthetic_texts(max(args.sizes))
    print(f"{'reports':>8} {'findings':>9} {'extract/report':>15} {'similarity pass':>16} "
          f"{'merge':>7} {'save':>7} {'total':>8} {'SIMILAR_TO':>11}")
    base = None
    for n in args.sizes:
        r = run(n, texts)
        per = r["total"] / n
        base = base or per
        print(f"{n:8d} {r['findings']:9d} {r['extract'] / n * 1000:12.1f} ms {r['link']:14.2f} s "
              f"{r['merge']:6.2f}s {r['save']:6.2f}s {r['total']:7.1f}s {r['similar']:11d}"
              f"   ({per / base:.2f}x the time per report of the smallest run)")


if __name__ == "__main__":
    main()
