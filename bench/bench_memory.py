"""Benchmark: peak memory and time to ingest a 50 MB text file and a 1,000-page PDF.

Run:  python bench/bench_memory.py [--mb 50] [--pages 1000]

Both files are made from the sample report (the text by repeating its findings, the PDF by
laying its text over as many pages as asked) and ingested by `clasgraph ingest` in a child
process; the script prints the child's peak resident memory (ru_maxrss) and wall time. The
documented limits are 50 MiB per file and 2,000 PDF pages; larger files are refused with a
message naming the limit.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"


def child_run(args: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MiB, exit code) of a clasgraph command in a fresh child process."""
    script = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
              "rc = subprocess.run(sys.argv[1:]).returncode; "
              "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)")
    out = subprocess.run([sys.executable, "-c", script, sys.executable, "-m", "clasgraph.cli", *args],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[-3]), int(out[-2]) / 1024, int(out[-1])


def big_text(path: Path, megabytes: float) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    head, rest = text.split("1. Early Help", 1)
    body, tail = rest.split("Recommendations\n", 1)
    copies = int(megabytes * 1e6 // len(body.encode())) + 1
    path.write_text(head + ("1. Early Help" + body) * copies + "Recommendations\n" + tail,
                    encoding="utf-8")


def big_pdf(path: Path, pages: int) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from pdfgen import build_pdf

    text = SAMPLE.read_text(encoding="utf-8")
    head, rest = text.split("1. Early Help", 1)
    body, tail = rest.split("Recommendations\n", 1)
    per_copy = 14  # pages one copy of the findings takes, roughly
    build_pdf(head + ("1. Early Help" + body) * max(1, pages // per_copy) + "Recommendations\n" + tail,
              path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        text, pdf = tmp / "big.txt", tmp / "big.pdf"
        big_text(text, args.mb)
        seconds, peak, rc = child_run(["--store", str(tmp / "s1"), "-q", "ingest", str(text)])
        print(f"text {text.stat().st_size / 1e6:.1f} MB: exit {rc}, {seconds:.1f} s, "
              f"peak {peak:.0f} MiB")
        start = time.perf_counter()
        big_pdf(pdf, args.pages)
        from pypdf import PdfReader

        n_pages = len(PdfReader(pdf).pages)
        print(f"(made a {n_pages}-page PDF in {time.perf_counter() - start:.0f} s)")
        seconds, peak, rc = child_run(["--store", str(tmp / "s2"), "-q", "ingest", str(pdf)])
        print(f"PDF {n_pages} pages: exit {rc}, {seconds:.1f} s, peak {peak:.0f} MiB")
    print(f"this process: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
