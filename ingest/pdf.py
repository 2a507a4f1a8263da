"""PDF reader (pypdf): text lines with their positions, back into the text path's layout.

Text extracted from real CQC PDFs carries running headers and footers ("… Page 2 of 40"),
paragraphs split across page breaks, the header table flattened into a run of labels followed
by a run of values, ligatures, curly quotes and words hyphenated at line ends. This reader:

- groups each page's text fragments into lines by their vertical position, and starts a new
  paragraph where the gap between lines is wider than the usual line spacing;
- drops lines that repeat on most pages (running headers and footers) and page numbers;
- joins a paragraph broken by a page break (no full stop before the break);
- joins lines within a paragraph, undoing end-of-line hyphenation where the document spells
  the word without the hyphen elsewhere.

The result goes through the same normalisation and structure parser as a text file.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from pathlib import Path

from clasgraph.ingest.document import IngestError
from clasgraph.ingest.readers import MAX_BYTES, normalise_text, read_bytes, sha256_of

MAX_PAGES = 2000
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+\s*(?:of\s+\d+)?$|^-\s*\d+\s*-$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:[-•]\s*)?\d+(\.\d+)*\.?\s")  # "1.1 ...", "- 7.4 ...", "3. ..."
_LABEL = re.compile(r"^[A-Z][^:]{2,60}:$")  # "Date of review:"
_ENDS_SENTENCE = re.compile(r"[.!?:)\]\"'*]$")


def _page_lines(page) -> list[tuple[float, str]]:
    """(y, text) lines of a page, top to bottom in content order."""
    fragments: list[tuple[float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text and text.strip("\n"):
            y = (tm[5] * cm[3] + cm[5]) if cm else tm[5]
            fragments.append((round(y, 1), text.replace("\n", "")))

    page.extract_text(visitor_text=visit)
    lines: list[list] = []
    for y, text in fragments:
        if lines and abs(lines[-1][0] - y) < 1.0:
            lines[-1][1] += text
        else:
            lines.append([y, text])
    return [(y, re.sub(r"[ \t]+", " ", t).strip()) for y, t in lines if t.strip()]


def _running_lines(pages: list[list[tuple[float, str]]]) -> set[str]:
    """Lines (digits ignored) on at least half of the pages when there are three or more."""
    if len(pages) < 3:
        return set()
    seen: Counter = Counter()
    for lines in pages:
        for key in {re.sub(r"\d+", "#", t) for _, t in lines}:
            seen[key] += 1
    return {key for key, n in seen.items() if n >= max(3, len(pages) // 2)}


def _paragraphs(lines: list[tuple[float, str]]) -> list[list[str]]:
    """Group a page's lines into paragraphs by the gaps between them."""
    if not lines:
        return []
    gaps = [a[0] - b[0] for a, b in itertools.pairwise(lines) if 0 < a[0] - b[0] < 40]
    spacing = statistics.median(gaps) if gaps else 12.0
    paragraphs: list[list[str]] = [[lines[0][1]]]
    for (y0, _), (y1, text) in itertools.pairwise(lines):
        gap = y0 - y1
        if gap > spacing * 1.45 or gap < 0:  # wider than a line, or a new column/table cell
            paragraphs.append([text])
        else:
            paragraphs[-1].append(text)
    return paragraphs


def _join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """One paragraph's lines as one line; "-" at a line end kept unless the word is known whole."""
    text = lines[0]
    for line in lines[1:]:
        m = re.search(r"(\w+)-$", text)
        if m and line[:1].islower():
            joined = m.group(1) + re.match(r"\w*", line).group(0)
            if joined.lower() in vocabulary:
                text = text[:-1] + line
                continue
            text += line
            continue
        text += " " + line
    return text


def pdf_to_text(reader) -> str:
    pages = [_page_lines(page) for page in reader.pages]
    running = _running_lines(pages)
    words = {w.lower() for lines in pages for _, t in lines for w in re.findall(r"\w+", t)}
    blocks: list[list[str]] = []
    for lines in pages:
        kept, dropped = [], set()
        for y, t in lines:
            key = re.sub(r"\d+", "#", t)
            if _PAGE_NUMBER.match(t) or (key in running and key not in dropped):
                dropped.add(key)  # once a page: the title may also stand on the first page
                continue
            kept.append((y, t))
        paragraphs = _paragraphs(kept)
        if blocks and paragraphs and not _ENDS_SENTENCE.search(blocks[-1][-1]) \
                and not re.match(r"^\d+(\.\d+)*\.?\s", paragraphs[0][0]):
            blocks[-1].extend(paragraphs.pop(0))  # a paragraph broken by the page break
        blocks.extend(paragraphs)
    out = []
    for block in blocks:
        if _is_list_block(block):
            out.append("\n".join(_merge_wrapped_items(block, words)))
        else:
            out.append(_join_lines(block, words))
    return "\n\n".join(out) + "\n"


def _is_list_block(block: list[str]) -> bool:
    """Several label lines ("Date of review:") or numbered items: keep their line breaks."""
    starts = sum(bool(_NUMBERED.match(ln) or _LABEL.match(ln)) for ln in block)
    return len(block) > 1 and starts >= 2


def _merge_wrapped_items(block: list[str], vocabulary: set[str]) -> list[str]:
    items: list[list[str]] = []
    for line in block:
        numbered = _NUMBERED.match(line)
        # A label ("Date of review:") or a numbered item starts a line; a label wrapped over
        # two lines ends only at its colon.
        if not items or numbered or items[-1][-1].endswith(":"):
            items.append([line])
        else:
            items[-1].append(line)
    return [_join_lines(item, vocabulary) for item in items]


def read_pdf(path: Path) -> tuple[str, str]:
    """Normalised text of a PDF report and the sha256 of its bytes."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    data = read_bytes(path)
    if not data.startswith(b"%PDF"):
        raise IngestError(f"{path}: not a PDF file (it does not start with %PDF)")
    if len(data) > MAX_BYTES:
        raise IngestError(f"{path}: over the size limit")
    try:
        import io

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(f"{path}: the PDF is encrypted; save an unprotected copy")
        if len(reader.pages) > MAX_PAGES:
            raise IngestError(f"{path}: {len(reader.pages)} pages, over the {MAX_PAGES}-page limit")
        text = pdf_to_text(reader)
    except FileNotDecryptedError:
        raise IngestError(f"{path}: the PDF is encrypted; save an unprotected copy") from None
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(f"{path}: the PDF is damaged and cannot be read ({exc})") from None
    if len(re.sub(r"\s", "", text)) < 20:
        raise IngestError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    return normalise_text(text), sha256_of(data)
