"""Benchmark: national scale (issue 11), through the CLI, against the goals of the issue.

Run:  python bench/bench_national.py [--sizes 200 1000] [--runs 3] [--neo4j]

Builds corpora of 200 and 1,000 reports derived from the sample and the synthetic reports of
tests/corpus/development (each with its own area and dates; findings kept, paraphrased,
dropped or replaced by tests/derived.py), then times what a user does, each as a separate
``clasgraph`` process: ingest into an empty store, the first query after it (the engine is
derived from the stored graph), later queries, ``stats``, adding one report, the size of the
store's graph on disk; with --neo4j also adding one report to 1 and to 100 reports on an
ArcadeDB Bolt server. Prints each figure (median of --runs where feasible), the goal and the
ratio to it (below 1.00 meets the goal).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
SYNTHETIC = ROOT / "tests" / "corpus" / "development"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _area(i: int) -> str:
    letters = "".join(chr(65 + (i // 26 ** k) % 26) for k in range(3))
    return f"Synthshire {letters.capitalize()}"


def corpus_texts(n: int) -> list[tuple[str, str]]:
    """(file name, text) of ``n`` derived reports, each with its own area and dates."""
    from derived import follow_up

    bases = [("rutland", (ROOT / "examples" / "rutland-clas-2019.txt").read_text(encoding="utf-8"),
              "Rutland")]
    for path in sorted(SYNTHETIC.glob("*.txt")):
        area = path.stem.split("-")[0].capitalize()
        bases.append((path.stem, path.read_text(encoding="utf-8"), area))
    texts = []
    for i in range(n):
        stem, base, area = bases[i % len(bases)]
        new_area = _area(i)
        year = 2000 + i % 25
        if stem == "rutland":
            text, _ = follow_up(base, seed=i)
            text = (text.replace("Safeguarding in Rutland", f"Safeguarding in {new_area}", 1)
                    .replace("3 rd March 2022", f"{1 + i % 28} {MONTHS[i % 12]} {year}"))
        else:
            text = base.replace(area, new_area)
            published = f"{1 + i % 28} {MONTHS[i % 12]} {year}"
            month = MONTHS[(i + 11) % 12]
            reviewed = f"{1 + i % 20} th {month} - {5 + i % 20} th {month} {year - (i % 12 == 0)}"
            text = re.sub(r"(Date of publication:\s*)[^\n]*", lambda m, v=published: m.group(1) + v,
                          text, count=1)
            text = re.sub(r"(Date of review:\s*)[^\n]*", lambda m, v=reviewed: m.group(1) + v,
                          text, count=1)
        texts.append((f"r{i:04d}-{stem}.txt", text))
    return texts


def write_corpus(n: int, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in corpus_texts(n):
        path = folder / name
        if not path.exists():
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


CLI = [sys.executable, "-m", "clasgraph.cli"]
COUNT = "MATCH (f:Finding) RETURN count(f) AS n"


def timed(args: list, env: dict | None = None) -> tuple[float, float]:
    """(seconds, peak resident MB) of one clasgraph command in its own process."""
    with tempfile.NamedTemporaryFile(suffix=".time", delete=False) as out:
        pass
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name, *CLI, *map(str, args)],
                          capture_output=True, text=True, env={**os.environ, **(env or {})},
                          check=False, cwd=tempfile.gettempdir())  # not the checkout: its
    # clasgraph/ folder would shadow the installed package (its subpackages live beside it)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"clasgraph {' '.join(map(str, args))} failed:\n{done.stderr}")
    peak = int(Path(out.name).read_text().split()[-1]) / 1024
    os.unlink(out.name)
    return seconds, peak


def median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def data_size(store: Path) -> int:
    """Bytes of the store's own files (its parts, links, linking index, index, manifest),
    without the derived engine database."""
    return sum(p.stat().st_size for p in store.iterdir() if p.is_file() and not p.name.startswith("."))


def drop_engine(store: Path) -> None:
    for folder in store.glob("cypher-*"):
        shutil.rmtree(folder)


ROWS: list[tuple[str, str, float, float, str]] = []


def row(what: str, value: float, goal: float, unit: str, note: str = "") -> None:
    ROWS.append((what, f"{value:.2f} {unit}", value, goal, note))
    print(f"{what:58} {value:9.2f} {unit:3} goal <= {goal:g} {unit:3} ratio {value / goal:5.2f}"
          f"  {'met' if value <= goal else 'NOT MET'} {note}", flush=True)


def embedded(n: int, runs: int, work: Path) -> None:
    folder = work / f"corpus-{n}"
    paths = write_corpus(n + runs, folder)
    corpus, extra = paths[:n], paths[n:]
    text = sum(p.stat().st_size for p in corpus) / 1e6
    ingest_folder = work / f"ingest-{n}"
    ingest_folder.mkdir(exist_ok=True)
    for p in corpus:
        target = ingest_folder / p.name
        if not target.exists():
            target.symlink_to(p)
    ingests, firsts = [], []
    store = work / f"store-{n}"
    for _ in range(runs if n <= 200 else 1):
        shutil.rmtree(store, ignore_errors=True)
        ingests.append(timed(["--store", store, "-q", "ingest", ingest_folder]))
        firsts.append(timed(["--store", store, "query", COUNT, "--format", "json"]))
    t, mb = median(ingests)
    if n <= 200:
        row(f"ingest {n} reports into an empty store: time", t, 30, "s")
        row(f"ingest {n} reports into an empty store: peak memory", mb, 500, "MB")
        row(f"first query after that ingest ({n})", median(firsts)[0], 3, "s")
    else:
        total = t + firsts[0][0]
        row(f"{n} reports: ingest + first query, embedded: time", total, 120, "s",
            f"(ingest {t:.1f} s, first query {firsts[0][0]:.1f} s)")
        row(f"{n} reports: ingest + first query, embedded: peak memory",
            max(mb, firsts[0][1]), 1500, "MB")
    size = data_size(store) / 1e6
    row(f"store data on disk / text read ({n}: {size:.1f} MB / {text:.1f} MB)", size / text, 2, "x")
    if n > 200:
        return
    later = [timed(["--store", store, "query", COUNT, "--format", "json"]) for _ in range(runs)]
    row(f"later queries ({n})", median(later)[0], 0.3, "s")
    named = [timed(["--store", store, "query", "--name", "who-provides-what", "--format", "json"])
             for _ in range(runs)]
    row(f"later queries, named who-provides-what ({n})", median(named)[0], 0.3, "s")
    stats = [timed(["--store", store, "stats"]) for _ in range(runs)]
    row(f"stats ({n}), as the terminal table", median(stats)[0], 0.3, "s")
    stats = [timed(["--store", store, "stats", "--format", "json"]) for _ in range(runs)]
    row(f"stats --format json ({n})", median(stats)[0], 0.3, "s")
    adds, empties = [], []
    for i in range(runs):
        copy = work / f"store-{n}-plus"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(store, copy, ignore=shutil.ignore_patterns("cypher-*"))
        adds.append(timed(["--store", copy, "-q", "ingest", extra[i]]))
        empty = work / "store-empty"
        shutil.rmtree(empty, ignore_errors=True)
        empties.append(timed(["--store", empty, "-q", "ingest", extra[i]]))
    add, add_mb = median(adds)
    empty_t = median(empties)[0]
    row(f"add one report to the {n}-report store", add, 2, "s", f"(peak {add_mb:.0f} MB)")
    row(f"add one report: to {n} / into an empty store ({empty_t:.2f} s)", add / empty_t, 2, "x")
    drop_engine(copy)
    after = [timed(["--store", copy, "query", COUNT, "--format", "json"])]
    row(f"first query after adding one report ({n})", after[0][0], 3, "s")


def neo4j(runs: int, work: Path) -> None:
    """Adding one report to 1 and to 100 others on an ArcadeDB Bolt server (tests/conftest.py)."""
    from conftest import ArcadeDB

    paths = write_corpus(100 + 2 * runs, work / "corpus-neo4j")
    (work / "arcadedb").mkdir(parents=True, exist_ok=True)
    server = ArcadeDB(work / "arcadedb")
    server.start()
    try:
        settings = server.settings
        env = {"NEO4J_USERNAME": settings["username"], "NEO4J_PASSWORD": settings["password"],
               "NEO4J_DATABASE": settings["database"]}
        uri = settings["uri"]
        base = [timed(["--neo4j", uri, "-q", "ingest", paths[0]], env)]
        one = [timed(["--neo4j", uri, "-q", "ingest", paths[100 + i]], env) for i in range(runs)]
        folder = work / "neo4j-ingest"
        folder.mkdir(exist_ok=True)
        for p in paths[1:100]:
            if not (folder / p.name).exists():
                (folder / p.name).symlink_to(p)
        timed(["--neo4j", uri, "-q", "ingest", folder], env)
        hundred = [timed(["--neo4j", uri, "-q", "ingest", paths[100 + runs + i]], env) for i in range(runs)]
        t1, t100 = median(one)[0], median(hundred)[0]
        del base
        row(f"Neo4j (ArcadeDB Bolt): add one report to ~1 ({t1:.2f} s) vs ~100 ({t100:.2f} s)",
            t100 / t1, 1.5, "x")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[200, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--neo4j", action="store_true", help="also time the Bolt store (ArcadeDB)")
    parser.add_argument("--work", type=Path, help="keep corpora and stores here (default: a temporary folder)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="clasgraph-national-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"clasgraph national-scale benchmark; {os.cpu_count()} cores; work folder {work}")
    for n in args.sizes:
        embedded(n, args.runs, work)
    if args.neo4j:
        neo4j(args.runs, work)
    met = sum(1 for *_, v, g, _ in [(r[0], r[1], r[2], r[3], r[4]) for r in ROWS] if v <= g)
    print(f"\n{met} of {len(ROWS)} goals met")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
