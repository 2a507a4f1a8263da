"""Benchmark: named queries over the embedded store at the sample's size.

Run:  python bench/bench_query.py [--runs N]

Ingests the sample into a temporary store, builds the Cypher engine's database once (timed
separately), then prints the median time of each named query, in-process, as a user's command
would run it (opening the engine's database each time). Goal: under 200 ms each.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"
PARAMS = {"organisation-profile": {"org": "MPT"}, "service-accountability": {"service": "sexual"}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.queries.runner import named_queries, resolve

    from clasgraph import read_report

    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(tmp)
        store.ingest([read_report(SAMPLE)])
        start = time.perf_counter()
        store.query("MATCH (n:Report) RETURN count(n)")
        print(f"first query (builds the engine's database): {(time.perf_counter() - start) * 1000:.0f} ms")
        medians = {}
        for name, query in named_queries().items():
            params = resolve(store, query, PARAMS.get(name, {}))
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                EmbeddedStore(tmp).query(query.cypher, params)
                times.append(time.perf_counter() - start)
            medians[name] = statistics.median(times)
            print(f"{name:40s} {medians[name] * 1000:7.1f} ms (median of {args.runs})")
        worst = max(medians, key=medians.get)
        print(f"slowest: {worst} at {medians[worst] * 1000:.1f} ms (goal < 200 ms)")


if __name__ == "__main__":
    main()
