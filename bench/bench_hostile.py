"""Benchmark: reading time of hostile inputs at 1x and 10x their size (issue 20 item 1).

    python bench/bench_hostile.py [--runs N] [--sizes 1,10] [--case NAME]

Each case is the sample report with one part replaced by a construction repeated many times
(at 1x, the size a hostile user tried). The whole report is read (``read_report``), as an ingest
reads it. Prints, per case, the median seconds at each size and the ratio of the 10x median to
the 1x median: reading linear in its input gives a ratio near 10, quadratic reading near 100.
The machines are shared and noisy, so single timings mean little; the tests assert on what is
read (tests/test_header.py), never on time.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path
from typing import NamedTuple

from timing import median_seconds

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"


class Case(NamedTuple):
    """A hostile input: the sample with the line a pattern matches replaced, ``unit`` repeated
    ``times`` times at 1x."""

    name: str
    line: str  #: a pattern for the line to replace (group 1 kept)
    unit: str
    times: int
    flattened: bool = False  #: the header as a PDF's flattened table: every label, then every value


CASES = [
    # the header list a hostile user sent: 1,000 providers joined by "and" (about 25 KB, 41 s before)
    Case("providers joined by 'and'", r"(Provider services included:\t).*", "Alpha Beta NHS Trust and ", 1000),
    Case("providers one a line", r"(Provider services included:\t).*", "Alpha Beta NHS Trust\n", 1000),
    Case("providers separated by ';'", r"(Provider services included:\t).*", "Alpha Beta NHS Trust; ", 1000),
    Case("names without closing words", r"(Provider services included:\t).*", "Alpha Beta Gamma ", 1000),
    Case("inspectors run together", r"(Name\(s\) of CQC inspector:\t).*", "Ann Smith ", 1000),
    Case("flattened table, providers one a line", r"(Provider services included:\t).*", "Alpha Beta NHS Trust\n",
         1000, flattened=True),
    Case("flattened table, providers joined", r"(Provider services included:\t).*", "Alpha Beta NHS Trust and ",
         1000, flattened=True),
    # in a finding: 4,000 names (236 KB, 80 s before), 20,000 cues (past 150 s before)
    Case("names in a finding", r"(\n2\.1 )", "Leicestershire Partnership NHS Trust, ", 4000),
    Case("cues in a finding", r"(\n2\.1 )", "commissioned by the Trust and ", 20000),
]


def hostile_report(case: Case, scale: int, folder: Path) -> Path:
    """The sample with the case's line replaced by its unit repeated ``case.times * scale`` times."""
    text = SAMPLE.read_text(encoding="utf-8")
    value = case.unit * (case.times * scale)
    text = re.sub(case.line, lambda m: m.group(1) + value.rstrip("\n"), text, count=1)
    if case.flattened:
        head, rest = text.split("\nContents", 1)
        fields = re.findall(r"^([^\t\n]+:)\t(.*(?:\n(?![^\t\n]+:\t).*)*)", head, re.MULTILINE)
        title = head.split(fields[0][0])[0]
        text = title + "\n".join(label for label, _ in fields) + "\n" + "\n".join(v for _, v in fields) + "\n\nContents" + rest
    stem = re.sub(r"\W+", "-", case.name)
    path = folder / f"{stem}-{scale}x.txt"
    path.write_text(text, encoding="utf-8")
    return path



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1,10", help="scales to time, comma-separated")
    parser.add_argument("--case", help="only the case whose name contains this")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    from clasgraph import read_report

    read_report(SAMPLE)  # warm imports and pattern caches
    print(f"{'case':32} " + " ".join(f"{f'{s}x (s)':>10}" for s in sizes) + (f" {'ratio':>7}" if len(sizes) > 1 else ""))
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            if args.case and args.case not in case.name:
                continue
            paths = [hostile_report(case, s, Path(tmp)) for s in sizes]
            medians = [median_seconds(lambda p=path: read_report(p), args.runs) for path in paths]
            ratio = f" {medians[-1] / medians[0]:7.1f}" if len(sizes) > 1 else ""
            print(f"{case.name:32} " + " ".join(f"{m:10.2f}" for m in medians) + ratio)


if __name__ == "__main__":
    main()
