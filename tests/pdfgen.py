"""Build a PDF of a report as CQC publishes them, for tests: python tests/pdfgen.py IN.txt OUT.pdf

Running header and footer with page numbers, paragraphs broken across pages, the header fields
as a two-column table (extracted text then gives all labels, then all values), emphasis
dropped. The text is the report's own; only its layout changes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fpdf import FPDF

_LATIN1 = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-"})


class ReportPDF(FPDF):
    running_title = ""

    def header(self):
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, self.running_title, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def _clean(text: str) -> str:
    return text.replace("*", "").translate(_LATIN1)


def build_pdf(text: str, out: Path) -> Path:
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    pdf = ReportPDF(format="A4")
    pdf.running_title = _clean(blocks[0].strip())[:90]
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if all("\t" in ln and ":" in ln.split("\t")[0] for ln in lines) and len(lines) > 2:
            _header_table(pdf, lines)
            continue
        for line in lines:
            pdf.multi_cell(0, 5, _clean(line.replace("\t", "  ").strip()),
                           new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(out))
    return out


def _header_table(pdf: FPDF, lines: list[str]) -> None:
    """Labels in one column, values in the next: drawn column by column."""
    top = pdf.get_y()
    left, width = pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin
    labels = [_clean(ln.split("\t", 1)[0]) for ln in lines]
    values = [_clean(ln.split("\t", 1)[1]) for ln in lines]
    for label in labels:
        pdf.set_x(left)
        pdf.multi_cell(width * 0.35, 5, label, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for value in values:
        pdf.set_x(left + width * 0.37)
        pdf.multi_cell(width * 0.63, 5, value, new_x="LEFT", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()))
    pdf.ln(4)


if __name__ == "__main__":
    build_pdf(Path(sys.argv[1]).read_text(encoding="utf-8"), Path(sys.argv[2]))
