"""Benchmark: reading office-suite PDFs, per page, with clasgraph's reader and the alternatives.

    python bench/bench_pdf.py [--runs N]

The sample and the development set are laid out as Word documents and printed by LibreOffice
(tests/officepdf.py). For each, it prints the median time per page of clasgraph's reader
(PDFium through pypdfium2, page furniture removed, text joined) and, where installed, of pypdf's
plain extraction, with the ratio. Goal: at most 10 ms a page (a national corpus is about 6,000
pages).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timing import median_seconds

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
GOAL_MS = 10.0



def main() -> None:
    from clasgraph.ingest.pdf import read_pdf
    from officepdf import office_pdf

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    texts = [ROOT / "examples" / "rutland-clas-2019.txt",
             *sorted((ROOT / "tests" / "corpus" / "development").glob("*.txt"))]
    try:
        import pypdf
    except ImportError:
        pypdf = None
    print(f"{'report':22s} {'pages':>5s} {'clasgraph ms/page':>18s} {'pypdf ms/page':>14s} {'ratio':>6s}")
    per_page = []
    for text in texts:
        pdf = office_pdf(text)
        import pypdfium2 as pdfium

        pages = len(pdfium.PdfDocument(pdf))
        ours = median_seconds(lambda: read_pdf(pdf), args.runs) * 1000 / pages  # noqa: B023
        per_page.append(ours)
        theirs = ""
        ratio = ""
        if pypdf is not None:
            t = median_seconds(lambda: [p.extract_text() for p in pypdf.PdfReader(pdf).pages],  # noqa: B023
                               max(1, args.runs // 2)) * 1000 / pages
            theirs, ratio = f"{t:14.1f}", f"{t / ours:6.1f}x"
        print(f"{text.stem:22s} {pages:5d} {ours:18.2f} {theirs:>14s} {ratio:>6s}")
    worst = max(per_page)
    print(f"\nworst {worst:.2f} ms a page; goal {GOAL_MS:.0f} ms: {'met' if worst <= GOAL_MS else 'NOT met'} "
          f"({worst / GOAL_MS:.2f} of the goal)")


if __name__ == "__main__":
    main()
