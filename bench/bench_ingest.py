"""Benchmark: time to read and extract the sample report, and the CLI's wall time.

Run:  python bench/bench_ingest.py [--runs N]

Prints medians (the machines are shared and noisy, so single timings mean little).
Goals: read + extract the sample in under 100 ms in-process; `clasgraph --help` well under 1 s.
Also: reading 1 and 3 files in bounded worker processes against reading them in-process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import median_seconds

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from clasgraph.ingest import extract, read_document

    read_document(SAMPLE)  # warm imports and regex caches
    read = median_seconds(lambda: read_document(SAMPLE), args.runs)
    both = median_seconds(lambda: extract(read_document(SAMPLE)), args.runs)
    print(f"read sample (median of {args.runs}):            {read * 1000:7.1f} ms")
    print(f"read + extract sample (median of {args.runs}):  {both * 1000:7.1f} ms  (goal < 100 ms)")

    workers(args.runs)

    exe = [sys.executable, "-m", "clasgraph.cli"]
    cli_runs = max(3, args.runs // 4)
    help_time = median_seconds(lambda: subprocess.run([*exe, "--help"], capture_output=True,
                                                      check=True), cli_runs)
    with tempfile.TemporaryDirectory() as tmp:
        ingest = median_seconds(lambda: subprocess.run(
            [*exe, "--store", tmp, "-q", "ingest", str(SAMPLE)], capture_output=True, check=True),
            cli_runs)
    print(f"clasgraph --help wall time (median of {cli_runs}):   {help_time * 1000:7.1f} ms")
    print(f"clasgraph ingest sample wall (median of {cli_runs}): {ingest * 1000:7.1f} ms")
    print(f"ingest / --help ratio: {ingest / help_time:.1f}x")


def workers(runs: int) -> None:
    """What reading every file in a bounded worker process costs for a few files, against
    reading them in this process (as was done for fewer than 4 files before the read bound)."""
    from clasgraph.ingest import _read_or_error, read_reports

    probes = sorted((ROOT / "tests" / "probes").glob("*.txt"))
    for count in (1, 3):
        paths = [SAMPLE, *probes][:count]
        here = median_seconds(lambda paths=paths: [_read_or_error(p) for p in paths], runs)
        worker = median_seconds(lambda paths=paths: list(read_reports(paths)), runs)
        print(f"read {count} file(s): in process {here * 1000:7.1f} ms, in workers {worker * 1000:7.1f} ms "
              f"(ratio {worker / here:.2f})")


if __name__ == "__main__":
    main()
