"""PDF reader (pypdfium2, the PDFium library): a report's text in reading order, one line a page.

Office suites print CQC reports with a running title at the top of each page, "Page X of Y" at
the foot, the header fields as a table whose cells wrap, superscript ordinals ("4th"), bullets
from symbol fonts and headings. PDFium gives each page's text in reading order; this reader
then only

- drops the lines that repeat on most pages (running titles and footers) and page numbers;
- joins each page's lines into one line (undoing line-end hyphens in words the report spells
  whole elsewhere), folding symbol-font bullets into "-".

The result is text whose line breaks are lost, which :mod:`clasgraph.ingest.structure` cuts
back into title, header, headings, findings, boxes and recommendations by their shapes, as it
does for text that reached the user already flattened. PDFium reads about 3 ms a page here;
pypdf's extraction took 64 ms and pdfplumber over 150 ms (bench/bench_pdf.py).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from clasgraph.ingest.document import IngestError
from clasgraph.ingest.readers import normalise_text, read_bytes, sha256_of

MAX_PAGES = 2000
#: Most text a PDF may yield (characters); a stream that inflates past it is refused.
MAX_CHARS = 20_000_000
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+\s*(?:of\s+\d+)?$|^-\s*\d+\s*-$", re.IGNORECASE)
_BULLETS = str.maketrans({"\uf0b7": "-", "\u2022": "-", "\uf0a7": "-", "\u25aa": "-", "\u25cf": "-",
                          "\uf076": "-", "\uf0d8": "-", "\u25e6": "-", "\u2023": "-"})


def page_lines(text: str) -> list[str]:
    """A page's text as PDFium gives it, split into non-empty lines."""
    return [ln.strip() for ln in text.translate(_BULLETS).splitlines() if ln.strip()]


def running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits ignored) found on at least half of the pages, when there are three or more."""
    if len(pages) < 3:
        return set()
    seen: Counter = Counter()
    for lines in pages:
        for key in {re.sub(r"\d+", "#", t) for t in lines[:4] + lines[-4:]}:
            seen[key] += 1
    return {key for key, n in seen.items() if n >= max(3, len(pages) // 2)}


def join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """Lines as one line; a "-" at a line end is kept unless the report spells the word whole."""
    if not lines:
        return ""
    text = lines[0]
    for line in lines[1:]:
        m = re.search(r"(\w+)-$", text)
        if m and line[:1].islower():
            whole = m.group(1) + re.match(r"\w*", line).group(0)
            text = (text[:-1] if whole.lower() in vocabulary else text) + line
        else:
            text += " " + line
    return text


def pages_to_text(pages: list[str]) -> str:
    """The text of a PDF's pages, each page on one line, running titles and footers removed."""
    paged = [page_lines(p) for p in pages]
    running = running_lines(paged)
    vocabulary = {w.lower() for lines in paged for t in lines for w in re.findall(r"\w+", t)}
    out = []
    for lines in paged:
        edge = [i < 4 or i >= len(lines) - 4 for i in range(len(lines))]
        kept = [t for i, t in enumerate(lines)
                if not (edge[i] and (_PAGE_NUMBER.match(t) or re.sub(r"\d+", "#", t) in running))]
        out.append(join_lines(kept, vocabulary))
    return "\n".join(t for t in out if t) + "\n"


#: Bounds on reading one PDF, in a child process so that no PDF can exhaust or crash clasgraph.
MAX_SECONDS = 120
MAX_MEMORY = 2 * 1024**3  # bytes of address space the reader may add
MAX_OBJECTS_PER_PAGE = 200_000


def page_texts(data: bytes) -> list[str] | str:
    """The text of each page of a PDF (PDFium), or a sentence saying why it cannot be read."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            return "the PDF is encrypted with a password; save an unprotected copy"
        return f"the PDF is damaged and cannot be read ({exc})"
    try:
        if len(pdf) > MAX_PAGES:
            return f"{len(pdf)} pages, over the {MAX_PAGES}-page limit"
        pages, total = [], 0
        for number, page in enumerate(pdf, 1):
            objects = pdfium_c.FPDFPage_CountObjects(page.raw)
            if objects > MAX_OBJECTS_PER_PAGE:
                return f"page {number} holds {objects:,} drawing objects; it is not a CLAS review"
            textpage = page.get_textpage()
            if total + textpage.count_chars() > MAX_CHARS:
                return f"the PDF's text is over {MAX_CHARS // 1_000_000} million characters; it is not a CLAS review"
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            total += len(text)
            pages.append(text)
        return pages
    except pdfium.PdfiumError as exc:
        return f"the PDF is damaged and cannot be read ({exc})"
    finally:
        pdf.close()


def _child(data: bytes, conn) -> None:
    """Read a PDF in a forked child, within the memory bound, and send the result back."""
    import resource

    from clasgraph.ingest.lifetime import end_with_parent

    end_with_parent()  # killed with the reader that forked it

    with open("/proc/self/status") as fh:
        size = next((int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize:")), 0)
    limit = size + MAX_MEMORY
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        conn.send(page_texts(data))
    except MemoryError:
        conn.send(f"the PDF unpacks to more than {MAX_MEMORY // 1024**3} GiB; it is not a CLAS review")
    conn.close()


def bounded_page_texts(data: bytes) -> list[str] | str:
    """:func:`page_texts` in a child process bounded in time and memory: a PDF that would hang,
    exhaust memory or crash the PDF library costs that one file, never the run."""
    import multiprocessing

    import pypdfium2  # noqa: F401  (imported before the fork, so the child starts at once)

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(data, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(MAX_SECONDS):
            return f"reading it took over {MAX_SECONDS} s; it is not a CLAS review"
        return receive.recv()
    except EOFError:  # the child died: killed for memory, or the library crashed
        return "the PDF library could not read it (it ran out of memory or crashed)"
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


def read_pdf(path: Path) -> tuple[str, str]:
    """Normalised text of a PDF report and the sha256 of its bytes."""
    data = read_bytes(path)
    if data.lstrip()[:1024].find(b"%PDF") < 0:
        raise IngestError(f"{path}: not a PDF file (it does not start with %PDF)")
    pages = bounded_page_texts(data)
    if isinstance(pages, str):
        raise IngestError(f"{path}: {pages}")
    text = pages_to_text(pages)
    if len(re.sub(r"\s", "", text)) < 20:
        raise IngestError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    return normalise_text(text), sha256_of(data)
