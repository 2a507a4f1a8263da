"""Benchmark: writing reports to a Bolt server batched (UNWIND $rows ... MERGE) versus row by row.

Run:  python bench/bench_neo4j_batching.py [--reports N] [--uri bolt://...]

Without --uri it starts the test ArcadeDB server (tests/arcadedb_server.py) on a free loopback
port. Each method writes the same synthetic corpus into an emptied database:

- batched: what clasgraph does, UNWIND $rows statements, one transaction per report;
- row by row: one statement per node or relationship, still one transaction per report;
- row autocommit: one statement per node or relationship, each committed on its own.

It prints each time and the ratios (goal: batched at least 10x faster).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import ROOT, corpus

PASSWORD = "clasgraph-bench-password"


def start_arcadedb(tmp: str) -> tuple[subprocess.Popen, str]:
    import socket

    ports = []
    for _ in range(2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    log = open(Path(tmp) / "server.log", "w+")  # noqa: SIM115 - open while the server runs
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "arcadedb_server.py"),
                             str(Path(tmp) / "data"), str(ports[0]), str(ports[1]), PASSWORD],
                            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=tmp)
    for _ in range(360):
        log.seek(0)
        if "READY" in log.read():
            return proc, f"bolt://127.0.0.1:{ports[0]}"
        if proc.poll() is not None:
            break
        time.sleep(0.5)
    log.seek(0)
    raise SystemExit(f"ArcadeDB did not start:\n{log.read()[-2000:]}")


def row_statements(records) -> list[tuple[str, dict]]:
    """The same writes as Neo4jStore.write_report, one statement per node or relationship."""
    from clasgraph.graph.neo4j_store import removal_statements, report_batches

    first, cleanup = removal_statements(records.report_id)
    statements = [*first, *cleanup]
    for cypher, params in report_batches(records):
        rows = params.get("rows")
        if rows is None:
            statements.append((cypher, params))
        else:
            statements.extend((cypher, {"rows": [row]}) for row in rows)
    return statements


def row_by_row(store, records) -> None:
    """One statement per row, all in one transaction per report (round trips only)."""
    statements = row_statements(records)

    def work(tx):
        for cypher, params in statements:
            tx.run(cypher, params).consume()

    with store._session() as session:
        session.execute_write(work)


def row_by_row_autocommit(store, records) -> None:
    """One statement per row, each its own transaction: what a naive loader does."""
    with store._session() as session:
        for cypher, params in row_statements(records):
            session.run(cypher, params).consume()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10)
    parser.add_argument("--uri", help="an existing Bolt server (it will be emptied)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each method")
    args = parser.parse_args()

    from clasgraph.graph.neo4j_store import Neo4jStore

    reports = corpus(args.reports)
    n_rows = sum(len(r.nodes) + len(r.edges) for r in reports)
    print(f"synthetic corpus: {len(reports)} reports, {n_rows} nodes and relationships")
    with tempfile.TemporaryDirectory() as tmp:
        proc = None
        if args.uri:
            uri = args.uri
        else:
            proc, uri = start_arcadedb(tmp)
            os.environ.update(NEO4J_USERNAME="root", NEO4J_PASSWORD=PASSWORD,
                              NEO4J_DATABASE="clasgraph")
        store = Neo4jStore(uri)
        try:
            store.ensure_constraints()
            methods = {"batched": store.write_report,
                       "row by row": lambda r: row_by_row(store, r),
                       "row autocommit": lambda r: row_by_row_autocommit(store, r)}
            # Warm the server (its JIT and caches) so no method is charged for it.
            for write in methods.values():
                store.query("MATCH (n) DETACH DELETE n", write=True)
                for records in reports[: max(2, len(reports) // 2)]:
                    write(records)
            timings = {}
            for name, write in methods.items():
                runs = []
                for _ in range(args.repeat):
                    store.query("MATCH (n) DETACH DELETE n", write=True)
                    start = time.perf_counter()
                    for records in reports:
                        write(records)
                    runs.append(time.perf_counter() - start)
                timings[name] = statistics.median(runs)
                count = store.query("MATCH (n) RETURN count(n) AS n")[1][0][0]
                print(f"{name:15s} {timings[name]:8.2f} s   "
                      f"({timings[name] / len(reports) * 1000:.0f} ms per report, median of "
                      f"{args.repeat}; {count} nodes)")
            for other in ("row by row", "row autocommit"):
                print(f"batched is {timings[other] / timings['batched']:.1f}x faster than {other} "
                      "(goal: at least 10x)")
        finally:
            store.close()
            if proc is not None:
                proc.stdin.close()
                proc.wait(timeout=60)


if __name__ == "__main__":
    main()
