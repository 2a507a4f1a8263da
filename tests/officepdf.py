"""Lay a report's text out as a Word document and print it to PDF with LibreOffice, as CQC did.

    python tests/officepdf.py IN.txt OUT.pdf

The .docx is made with python-docx: the header fields as a two-column table, superscript
ordinals ("22nd"), headings in heading styles, bulleted lists, shaded boxes ("Case example"),
italic and bold runs for the text's emphasis markers, a running title in the page header and
"Page X of Y" in the footer. LibreOffice (Debian's ``libreoffice-writer-nogui``) prints it, so
the PDF has what office suites put in PDFs, not what our own reader would like to see.

Also: :func:`flatten_lines`, the text with each page's line breaks lost, and :func:`viewer_copy`,
the text as copied from a document-viewer site (each page on one line after its page number).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: A front-page label and its value: "Label: value", or a table's row copied as text, "Label<TAB>value"
#: (a line opening with a tab is more of the row above).
_LABEL = re.compile(r"^([A-Z][^:\t]{2,90})(:[ \t]*|\t+)(.*)$")
_ORDINAL = re.compile(r"(\d)\s?(st|nd|rd|th)\b")
_EMPHASIS = re.compile(r"(\*\*[^*]+\*\*|\*[^*]+\*)")
_NUMBERED = re.compile(r"^\d+(\.\d+)*\.?\s")
#: The recommendations' heading as authors print it: "Recommendations", "6. Recommendations:",
#: "Recommendations arising from this review" (a group's heading names a body; a finding's line
#: "Recommendations from the previous review" is no heading)
_RECOMMENDATIONS = re.compile(r"^(?:\d{1,2}\.?\s+)?recommendations(?:\s+(?:arising\s+from\s+this\s+review|for\s+improvement|"
                              r"made))?:?$", re.IGNORECASE)
_HEADINGS = {"contents", "summary of the review", "about the review", "how we carried out the review",
             "context of the review", "the report", "the child's journey", "what people told us",
             "management", "recommendations", "next steps"}
ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("CLASGRAPH_OFFICEPDF_CACHE") or Path(tempfile.gettempdir()) / "clasgraph-officepdf")


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        raise RuntimeError("LibreOffice is not installed: apt-get install libreoffice-writer-nogui")
    return path


def _runs(paragraph, text: str, size=None) -> None:
    """Text with *italic*, **bold** and superscript ordinals as runs."""
    for piece in _EMPHASIS.split(text):
        if not piece:
            continue
        bold = piece.startswith("**")
        italic = not bold and piece.startswith("*")
        piece = piece.strip("*")
        for i, part in enumerate(_ORDINAL.split(piece)):
            # split gives: text, digit, suffix, text, digit, suffix, ...
            kind = i % 3
            if kind == 2:
                run = paragraph.add_run(part)
                run.font.superscript = True
            elif part:
                run = paragraph.add_run(part)
            else:
                continue
            run.bold, run.italic = bold or None, italic or None


def _field(paragraph, code: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin, instr, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = code
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _shade(cell, fill: str = "DCE6F1") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def build_docx(text: str, out: Path) -> None:
    """A Word document of a report's text, laid out as CQC lays out its reports."""
    from docx import Document

    doc = Document()
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    title = blocks[0].strip().split("\n")[0].strip() if blocks else ""  # the running header: the title line
    section = doc.sections[0]
    section.header.paragraphs[0].text = title
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")

    header_rows: list[list[str]] = []
    in_findings = False
    in_front = True  # the header table stands on the front page, before the contents
    box = None
    for i, block in enumerate(blocks):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        first = lines[0].strip()
        low = re.sub(r"^\d+\.?\s+", "", first.strip("*")).lower()
        if i == 0:  # the title, and any line under it ("The role of health services in X")
            doc.add_heading(first, level=0)
            for line in lines[1:]:
                doc.add_paragraph(line.strip())
            continue
        labelled = [m for m in map(_LABEL.match, lines) if m]
        if low == "contents" or low in _HEADINGS:
            in_front = False
        if in_front and labelled and labelled[0].group(3).strip() and _LABEL.match(first):
            for ln in lines:
                m = _LABEL.match(ln)
                if m:  # every label of the front page, however it is worded, is a row
                    header_rows.append([m.group(1) + m.group(2).strip(), m.group(3)])
                elif header_rows:
                    header_rows[-1][1] += "\n" + ln.strip()
            continue
        if header_rows:
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in header_rows:
                cells = table.add_row().cells
                _runs(cells[0].paragraphs[0], label)
                for j, part in enumerate(value.split("\n")):
                    para = cells[1].paragraphs[0] if j == 0 else cells[1].add_paragraph()
                    _runs(para, part)
            header_rows = []
        if low in ("the report", "the child's journey"):
            in_findings = True
        if _RECOMMENDATIONS.match(first.strip("*").strip()):
            in_findings = False
        if low in _HEADINGS or (len(first) < 60 and len(lines) == 1 and not first.endswith(".")
                                and not _NUMBERED.match(first) and first[:1].isupper()
                                and low not in ("case example",) and not in_findings):
            doc.add_heading(first.strip("*"), level=1)
            box = None
            continue
        if in_findings and _NUMBERED.match(first) and len(first) < 60 and len(lines) == 1:
            doc.add_heading(first.strip("*"), level=2)
            box = None
            continue
        if in_findings and not _NUMBERED.match(first) and len(lines) == 1 and len(first) < 80 \
                and not first.endswith("."):
            # A box: its title and the paragraphs that follow until the next numbered one.
            table = doc.add_table(rows=1, cols=1)
            box = table.rows[0].cells[0]
            _shade(box)
            _runs(box.paragraphs[0], f"**{first.strip('*')}**")
            continue
        if box is not None and in_findings and not _NUMBERED.match(first):
            _runs(box.add_paragraph(), " ".join(ln.strip() for ln in lines))
            continue
        box = None
        if len(lines) > 1 and all(ln.strip().endswith(":") or ln.strip().startswith("- ") or "\t" in ln
                                  or _NUMBERED.match(ln.strip()) or len(ln) < 90 for ln in lines):
            for ln in lines:  # a list, or a table's rows set with tabs: one paragraph a line
                stripped = ln.strip()
                if stripped.startswith("- "):
                    _runs(doc.add_paragraph(style="List Bullet"), stripped[2:])
                else:
                    _runs(doc.add_paragraph(), stripped)
        else:
            _runs(doc.add_paragraph(), " ".join(x.strip() for x in lines))
    doc.save(out)


#: Folders of the repository's reports: the first PDF missing from the cache is printed with
#: every other report of these that is missing (one LibreOffice start for all of them).
REPORT_FOLDERS = [ROOT / "examples", ROOT / "tests" / "probes", ROOT / "tests" / "corpus"]


def _cached(text_path: Path) -> Path:
    """Where the PDF of a text is cached: its name and the sha256 of its text and of this file
    (a change to the layout prints every report again)."""
    text = Path(text_path).read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode() + Path(__file__).read_bytes()).hexdigest()[:16]
    return CACHE / f"{Path(text_path).stem}-{digest}.pdf"


def _print_pdfs(texts: list[Path], timeout: int) -> None:
    """Lay each text out as a Word document and print them all with one LibreOffice run into
    the cache (the texts have different names)."""
    with tempfile.TemporaryDirectory() as tmp:
        docs = []
        for path in texts:
            docs.append(Path(tmp) / f"{path.stem}.docx")
            build_docx(path.read_text(encoding="utf-8"), docs[-1])
        profile = Path(tmp) / "profile"
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, *map(str, docs)],
                       check=True, capture_output=True, timeout=timeout)
        for path, doc in zip(texts, docs, strict=True):
            if doc.with_suffix(".pdf").exists():
                shutil.move(str(doc.with_suffix(".pdf")), _cached(path))


def _missing_reports() -> list[Path]:
    """The repository's reports (:data:`REPORT_FOLDERS`) whose PDF is not cached, one a name."""
    found: dict[str, Path] = {}
    for folder in REPORT_FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            if path.name != "README.txt" and not _cached(path).exists():
                found.setdefault(path.stem, path)
    return list(found.values())


def rendered(text_path: Path, folder: Path) -> Path:
    """The text a report prints as: a Markdown report's rendering (written in ``folder``, as
    clasgraph reads it), else the report itself; its PDF and copies are made from this."""
    from clasgraph.ingest.markdown import is_markdown, plain_markdown

    text = Path(text_path).read_text(encoding="utf-8")
    if not is_markdown(text):
        return Path(text_path)
    out = Path(folder) / "rendered" / Path(text_path).name
    out.parent.mkdir(parents=True, exist_ok=True)
    # a wider table (TAB-separated rows in the plain form) prints a cell a line, as a Word
    # table's text does
    rows = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}$", re.MULTILINE)
    out.write_text(rows.sub(lambda m: "\n".join(c for c in m.group(0).split("\t") if c.strip()), plain_markdown(text)),
                   encoding="utf-8")
    return out


def office_pdf(text_path: Path, out: Path | None = None) -> Path:
    """The office-suite PDF of a text report (cached by the text's sha256).

    The cache (``$CLASGRAPH_OFFICEPDF_CACHE``, else ``clasgraph-officepdf`` in the temporary
    folder) outlives the test run, so a second run prints nothing. A report of the repository
    missing from it is printed with all the others that are missing, in one LibreOffice run:
    LibreOffice's start is most of the time a print takes."""
    text_path = Path(text_path)
    cached = _cached(text_path)
    if not cached.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        folders = [f.resolve() for f in REPORT_FOLDERS]
        if any(f in text_path.resolve().parents for f in folders):
            others = [p for p in _missing_reports() if p.stem != text_path.stem]
            # another report that cannot be printed must not fail this one: this one is then
            # printed alone below, and fails only for itself
            with contextlib.suppress(Exception):
                _print_pdfs([text_path, *others], timeout=180 + 30 * len(others))
        if not cached.exists():  # a text of a test's own, or one the batch could not print
            _print_pdfs([text_path], timeout=180)
    if out is None:
        return cached
    shutil.copyfile(cached, out)
    return Path(out)


def flatten_lines(text: str, page_chars: int = 3500) -> str:
    """The text with line breaks lost: each page's text on one line.

    Pages end at "Page N of M" footers where the text has them, else every ``page_chars``.
    """
    pages: list[list[str]] = [[]]
    size = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        pages[-1].append(line.strip())
        size += len(line)
        if re.match(r"^Page \d+ of \d+$", line.strip()) or size >= page_chars:
            pages.append([])
            size = 0
    return "\n".join(" ".join(p) for p in pages if p) + "\n"


def _cut_mid_sentence(line: str) -> int:
    """Where a page break falls inside ``line``: between two words near its middle, never at a
    sentence's end (0 when the line is too short to cut)."""
    words = list(re.finditer(r"\S+", line))
    if len(words) < 6:
        return 0
    for w in words[len(words) // 2:-2]:
        if not re.search(r"[.!?:;]$", w.group(0)):
            return w.end()
    return 0


def viewer_copy(text: str) -> str:
    """The text as people copy it from document-viewer sites: each page on ONE line that starts
    with its page number, a blank line between pages, and pages cut mid-sentence (a sentence
    runs on after the next page's number).

    The text is set in printed lines of up to 90 characters and pages hold 45 to 55 of them (a
    fixed pattern, so copies are reproducible); a page whose last line would end a sentence is
    cut between two words inside it.

    >>> text = "Title\\n\\n" + "\\n".join(f"Line {i} runs on and on and stops." for i in range(50))
    >>> print(viewer_copy(text))  # doctest: +ELLIPSIS
    1 Title Line 0 runs on ... Line 42 runs on and
    <BLANKLINE>
    2 on and stops. Line 43 runs on ... Line 49 runs on and on and stops.
    <BLANKLINE>
    """
    import textwrap

    lines = [printed for line in text.split("\n") for printed in (textwrap.wrap(line, 90) or [""])]
    pages: list[list[str]] = []
    carry, start = "", 0
    while start < len(lines):
        size = 45 + (len(pages) * 7) % 11  # 45 to 55 lines a page
        chunk = [ln.strip() for ln in lines[start:start + size] if ln.strip()]
        start += size
        page = [carry, *chunk] if carry else chunk
        carry = ""
        while start < len(lines) and len(page) > 1 and re.search(r"[.!?:;)*]$", page[-1]):
            cut = _cut_mid_sentence(page[-1])  # the page ends mid-sentence
            if cut:
                page[-1], carry = page[-1][:cut], f"{page[-1][cut:].strip()} {carry}".strip()
                break
            carry = f"{page.pop()} {carry}".strip()  # too short to cut: it goes to the next page
        pages.append(page)
    if carry:
        pages.append([carry])
    numbered = [f"{n} " + " ".join(p) for n, p in enumerate((p for p in pages if p), 1)]
    return "\n\n".join(numbered) + "\n"


if __name__ == "__main__":
    office_pdf(Path(sys.argv[1]), Path(sys.argv[2]))
