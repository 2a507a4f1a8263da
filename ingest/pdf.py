"""PDF reader (pypdfium2, the PDFium library): a report's text in reading order, one line a page.

Office suites print CQC reports with a running title at the top of each page, "Page X of Y" at
the foot, the header fields as a table whose cells wrap, superscript ordinals ("4th"), bullets
from symbol fonts and headings. PDFium gives each page's text in reading order; this reader
then only

- drops the lines that repeat on most pages (running titles and footers) and page numbers;
- makes whole the words PDFium marks as hyphenated at a line end (U+FFFE), spelt as the rest
  of the report spells them;
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
from itertools import pairwise
from pathlib import Path

from clasgraph.ingest.document import IngestError
from clasgraph.ingest.readers import normalise_text, read_bytes, sha256_of

MAX_PAGES = 2000
#: Most text a PDF may yield (characters); a stream that inflates past it is refused.
MAX_CHARS = 20_000_000
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d+\s*(?:of\s+\d+)?$|^-\s*\d+\s*-$", re.IGNORECASE)
#: The bullets PDFium gives from symbol fonts, read as "-" (a tab after one indents the item, no
#: table cell).
_BULLET_MARKS = "\uf0b7\u2022\uf0a7\u25aa\u25cf\uf076\uf0d8\u25e6\u2023"
_BULLETS = str.maketrans(dict.fromkeys(_BULLET_MARKS, "-"))


def page_lines(text: str) -> list[str]:
    """A page's text as PDFium gives it, split into non-empty lines."""
    return [ln.strip() for ln in text.translate(_BULLETS).splitlines() if ln.strip()]


def running_lines(pages: list[list[str]]) -> set[str]:
    """Lines (digits ignored) found on at least half of the pages, when there are three or more;
    never a finding's "(Recommendation 3.1)", which pages may end with by chance.

    >>> pages = [["Title", text, "(Recommendation 1.1)", f"Page {n}"] for n, text in enumerate("ABCD")]
    >>> sorted(running_lines(pages))
    ['Page #', 'Title']
    """
    from clasgraph.ingest.polarity import REC_MARKER

    if len(pages) < 3:
        return set()
    seen: Counter = Counter()
    for lines in pages:
        for key in {re.sub(r"\d+", "#", t) for t in lines[:4] + lines[-4:] if not REC_MARKER.fullmatch(t.rstrip(SHORT_LINE))}:
            seen[key] += 1
    return {key for key, n in seen.items() if n >= max(3, len(pages) // 2)}


def join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """Lines as one line; a "-" at a line end is kept unless the report spells the word whole,
    and a range of numbers broken after its "-" is one word again.

    >>> join_lines(["the council's 0-", "19 Service and the self-", "harm plan"], set())
    "the council's 0-19 Service and the self-harm plan"
    """
    if not lines:
        return ""
    text = lines[0]
    for line in lines[1:]:
        m = re.search(r"(\w+)-$", text)
        if m and (line[:1].islower() or line[:1].isdigit() and m.group(1)[-1:].isdigit()):
            whole = m.group(1) + re.match(r"\w*", line).group(0)
            text = (text[:-1] if whole.lower() in vocabulary else text) + line
        else:
            text += " " + line
    return text


def headings_apart(lines: list[str]) -> list[list[str]]:
    """A paragraph's lines, with a sub-heading set close above a list (no wider space between
    them than between lines) made a paragraph of its own, as the text copy has it: a line of a
    few words from a capital letter, with no punctuation, followed by a list item.

    >>> headings_apart(["Mental health", "- The trust runs CAMHS.", "- And more."])
    [['Mental health'], ['- The trust runs CAMHS.', '- And more.']]
    >>> headings_apart(["The trust runs these services:", "- CAMHS"])
    [['The trust runs these services:', '- CAMHS']]
    """
    out = [[]]
    for line, after in zip(lines, lines[1:] + [""]):
        out[-1].append(line)
        bare = line.rstrip(SHORT_LINE)
        if (len(out[-1]) == 1 and _LIST_ITEM.match(after) and not _LIST_ITEM.match(bare)
                and re.fullmatch(r"[A-Z][^.:;,!?]*", bare) and len(bare.split()) <= 6):
            out.append([])
    return [p for p in out if p]


#: A list item's bullet at a line's start, as PDFium gives it (symbol-font bullets folded into "-").
_LIST_ITEM = re.compile(r"\s*[-•*·▪]\s")


#: Marks a line of a PDF page that stops short of the right margin (see :func:`paragraphs_marked`).
SHORT_LINE = "\ue000"
#: PDFium's mark for a hyphen at a line end (U+FFFE), with the word parts on either side.
_LINE_END_HYPHEN = re.compile(r"(\w+)\ufffe\s*(\w+)")


def resolve_line_end_hyphens(pages: list[str]) -> list[str]:
    """Pages with each word PDFium marked as hyphenated at a line end ("well\ufffebeing") made
    whole, as the rest of the document spells it: with its hyphen where the document writes the
    hyphenated form more often than the joined one, joined where it writes the joined form more
    often; where it writes neither, with the hyphen when a part is a word of the document, bare
    or inflected ("long-lasting": "too long"; "problem-solving": "problems"), and joined when
    neither is (syllables: "commis-sioning").

    >>> resolve_line_end_hyphens(["well\\ufffebeing and safe\\ufffeguarding", "safeguarding, well",
    ...                           "commis\\ufffesioning"])
    ['well-being and safeguarding', 'safeguarding, well', 'commissioning']
    >>> resolve_line_end_hyphens(["a self\\ufffeharm plan", "self-harm and harm to self"])
    ['a self-harm plan', 'self-harm and harm to self']
    >>> resolve_line_end_hyphens(["Samuel Osei\\ufffeMensah"])
    ['Samuel Osei-Mensah']
    """
    if not any("\ufffe" in page for page in pages):
        return pages
    rest = " ".join(_LINE_END_HYPHEN.sub(" ", page) for page in pages)
    forms = Counter(w.lower() for w in re.findall(r"\w+(?:-\w+)*", rest))
    words = Counter(w.lower() for w in re.findall(r"\w+", rest))

    def whole(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        hyphened, joined = forms[f"{first}-{second}".lower()], forms[f"{first}{second}".lower()]
        if hyphened != joined:
            return f"{first}-{second}" if hyphened > joined else first + second
        if second[:1].isupper():  # a name ("Osei-Mensah"): a syllable break never capitalises
            return f"{first}-{second}"
        a_word = any(words[f"{part.lower()}{ending}"] for part in (first, second)
                     for ending in ("", "s", "es", "d", "ed", "ing"))  # "problem": "problems"
        return f"{first}-{second}" if a_word else first + second

    return [_LINE_END_HYPHEN.sub(whole, page).replace("\ufffe", "-") for page in pages]


def pages_to_text(pages: list[str]) -> str:
    """The text of a PDF's pages, one paragraph a line, running titles and footers removed.

    A page's text marks where its paragraphs end with a blank line, and its lines that stop
    short of the margin (see :func:`paragraphs_marked`); a paragraph whose last line on a page
    runs to the margin goes on over the page break and is joined to its rest; where a table's row
    ends a page, even with its last cell wrapped onto a line of its own, the next page begins a
    paragraph, another row (a row's last cell seldom ends a sentence, so it says nothing of a
    paragraph running on). Without the marks (text from elsewhere), each page is a line.

    >>> pages_to_text(["First para-\\ngraph ends.\\ue000\\n\\nA paragraph runs", "on here.\\ue000"])
    'First paragraph ends.\\nA paragraph runs on here.\\n'
    >>> pages_to_text(["Who runs what:\\ue000\\nService\\tRun by\\nHealth visiting\\tAcme Trust", "Designated nurses: two.\\ue000"])
    'Who runs what: Service\\tRun by Health visiting\\tAcme Trust\\nDesignated nurses: two.\\n'
    >>> pages_to_text(["Health visiting\\tAcme Trust\\tWestby City\\nCouncil", "School nursing\\tAcme Trust\\tWestby City Council"])
    'Health visiting\\tAcme Trust\\tWestby City Council\\nSchool nursing\\tAcme Trust\\tWestby City Council\\n'
    """
    pages = resolve_line_end_hyphens(pages)
    paged = [page_lines(p) for p in pages]
    running = running_lines(paged)
    vocabulary = {w.lower() for lines in paged for t in lines for w in re.findall(r"\w+", t)}
    out, open_paragraph = [], False
    for page, lines in zip(pages, paged):
        edge = {t for i, t in enumerate(lines) if (i < 4 or i >= len(lines) - 4)
                and (_PAGE_NUMBER.match(t.rstrip(SHORT_LINE)) or re.sub(r"\d+", "#", t) in running)}
        paragraphs = [[t for t in page_lines(block) if t not in edge] for block in re.split(r"\n[ \t\r]*\n", page)]
        paragraphs = [q for p in paragraphs if p for q in headings_apart(p)]
        if not paragraphs:
            continue
        ends_here = paragraphs[-1][-1].endswith(SHORT_LINE)
        # a table's row (its last cell may have wrapped onto a line of its own): the next page's
        # rows are rows of their own, as each row is a paragraph of its own on the page
        table_ends_page = any("\t" in t for t in paragraphs[-1])
        paragraphs = [join_lines([t.rstrip(SHORT_LINE) for t in p], vocabulary) for p in paragraphs]
        if out and open_paragraph:
            out[-1] += " " + paragraphs.pop(0)  # a paragraph going on over the page
        out.extend(paragraphs)
        open_paragraph = SHORT_LINE in page and not ends_here and not table_ends_page
    return "\n".join(t for t in out if t) + "\n"


def _baseline(textpage, index: int) -> float:
    """The height of a character's baseline on its page (PDFium's character origin)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
    return y.value


def paragraphs_marked(textpage) -> str:
    """A page's text (PDFium, in reading order) with a blank line where a paragraph ends, where
    the space above a line is clearly more than the line spacing within the page's paragraphs
    (:func:`line_pitch`), and :data:`SHORT_LINE` after each line that ends a sentence (so the
    paragraph on the page's last line of text, above its footer, is known to end there or to
    run on). Whether the line also stops short of the margin tells little more: of 130 page
    ends in the corpus's office-suite PDFs whose last line ends a sentence, 95% end their
    paragraph, and as many of those with under two letters of room left as with more.
    Heights are the letters' baselines, so letters with and without ascenders agree. A line
    that ends in a hyphenated word ends at PDFium's mark (U+FFFE), which stands in place of the
    line break: read as one line with the next, the two made a gap of two lines, taken for a
    paragraph's end."""
    text = textpage.get_text_range()
    starts = [0] + [m.end() for m in re.finditer(r"\r?\n|\ufffe", text) if m.end() < len(text)]
    if len(starts) < 3:
        return text
    tops = [_baseline(textpage, i) for i in starts]
    gaps = [a - b for a, b in pairwise(tops)]
    rights, widths, lefts = [], [], []  # where each line's last letter ends; the width of its letters
    for a, b in zip(starts, starts[1:] + [len(text)]):
        last = len(text[a:b].rstrip()) + a - 1
        right = textpage.get_charbox(last, loose=True)[2] if last >= a else 0  # (left, bottom, right, top)
        rights.append(right)
        lefts.append(textpage.get_charbox(a + len(text[a:b]) - len(text[a:b].lstrip()), loose=True)[0])
        widths.append((right - textpage.get_charbox(a, loose=True)[0]) / max(1, last - a + 1))
    margin = sorted(rights)[int(0.9 * (len(rights) - 1))]
    page_left = Counter(round(x) for x in lefts).most_common(1)[0][0]
    letter = sorted(widths)[len(widths) // 2]
    pitch = line_pitch(gaps, [right >= margin - 3 * letter for right in rights])
    lines = [cells_marked(textpage, a, text[a:b].rstrip("\r\n"), letter, page_left)
             + (SHORT_LINE if re.search(r"[.!?:;)\"']\s*$", text[a:b]) else "")
             for a, b in zip(starts, starts[1:] + [len(text)])]
    larger = set_larger(textpage, starts, len(text))
    out = lines[:1]
    for i, (line, gap) in enumerate(zip(lines[1:], gaps), 1):
        # a heading is a paragraph of its own, but one ending in a colon introduces what follows
        # ("Who pays and who delivers:" above its prose), as in the text copy; a table's rows set
        # with tabs are apart from it, and the structure joins them to it, as it does the text's
        heading_ends = larger[i - 1] and not larger[i] and (
            not lines[i - 1].rstrip(SHORT_LINE).rstrip().endswith(":") or "\t" in line)
        apart = (pitch and gap > 1.4 * pitch) or (larger[i] and not larger[i - 1]) or heading_ends
        if not apart and tab_wrapped(lines[i - 1], line, lefts[i] - page_left, letter):
            out[-1] = out[-1].rstrip(SHORT_LINE) + "\t" + line
            continue
        out.append(("\n" if apart else "") + line)
    return "\n".join(out)


#: A table row's cell after a list mark ("1.1", "-", "a)"): the tab after the mark is the list's.
_LIST_MARK_CELL = re.compile(rf"^\s*(?:[-*\u00b7{_BULLET_MARKS}]|\(?\w{{1,3}}[.)]|\d+(?:\.\d+)*\.?)\t")


def tab_wrapped(above: str, line: str, indent: float, letter: float) -> bool:
    r"""Whether ``line`` is the rest of a row of tab-separated cells on the line ``above``, put on
    a line of its own by a tab that would have run past the margin: an office suite moves the
    text after such a tab to the next line's first tab stop, so the line begins there (``indent``
    from the page's usual left edge, within a letter), where a line that wraps at a space begins at
    the margin and a cell of a table's column at the column: the line above holds a tab, or this
    one does (the first cell filled the line above). A list's item (its mark, a tab, its text)
    wraps to its indent too, and is not a row.

    >>> tab_wrapped("Sexual health\tthe borough council", "Sedley Clinics Ltd", 35.0, 5.5)
    True
    >>> tab_wrapped("Sexual health\tthe borough council, from its", "public health grant", 0.0, 5.5)
    False
    >>> tab_wrapped("1.1\tThe health visitors whom the council", "pays to employ", 35.0, 5.5)
    False
    >>> tab_wrapped("Provider services included:\tAcme Hospitals NHS Trust", "Acme Care NHS Trust", 120.0, 5.5)
    False

    A first cell that fills its line puts the rest of the row, tabs and all, on the next:

    >>> tab_wrapped("Health visiting, school nursing, family nurse partnership (the 0-19 service)", "QBC\tSPFT", 35.4, 5.5)
    True
    """
    return (("\t" in above and not _LIST_MARK_CELL.match(above)) or "\t" in line) and not _LIST_ITEM.match(line) \
        and any(abs(indent - stop) < letter for stop in DEFAULT_TAB_STOPS)


#: How much larger than the page's body text a heading's letters are: office suites set
#: headings at 14 pt and more over 11-12 pt text (1.17 and more); a superscript or a bold word
#: is no larger.
HEADING_SIZE = 1.1


def set_larger(textpage, starts: list[int], end: int) -> list[bool]:
    """For each line of a page, whether its letters are larger than the page's body text (the
    size most of its letters have): a heading, a paragraph of its own even where the space
    around it is no wider than between lines ("Health commissioning, March 2014" set close
    above a table; see :func:`paragraphs_marked`)."""
    import pypdfium2.raw as pdfium_c

    sizes, weight = [], Counter()
    for a, b in zip(starts, starts[1:] + [end]):
        size = round(pdfium_c.FPDFText_GetFontSize(textpage.raw, a), 1)
        sizes.append(size)
        weight[size] += b - a
    body = weight.most_common(1)[0][0] if weight else 0
    return [bool(body) and size > HEADING_SIZE * body for size in sizes]


#: The widest space between two words of one cell or sentence, in letters; a wider one is a
#: table's cell border or a tab stop.
CELL_GAP = 3.0
#: The narrowest space, in letters, that is a tab where the PDF holds no space there (PDFium
#: generates the space): an office suite prints a tab as a move to the next tab stop, which may
#: be close ("Purchaser<tab>Operator" 2.3 letters apart, "(FNP)<tab>the council" 0.9), while its
#: spaces are glyphs of their own (0.4-0.8 of a letter, wider in a justified line).
TAB_GAP = 0.9
#: Where PDFium gives two cells of a table row as one word ("grantLarchfield"), the space between
#: the lower-case letter and the capital, in letters: a word's own letters touch (0.0-0.02 of a
#: letter); two cells of an office suite's table were 0.3 apart, and 0.1 where the first cell's
#: text wrapped ("... Family Nurse PartnershipPellingham Borough Council", pair 14's PDF).
GLUED_CELL_GAP = 0.06
#: The same, between any two letters or digits: a word's letters are at most 0.02 of a letter
#: apart (a capital set apart in a heading 0.13), two cells with no space between 0.2 ("NHSEKFM",
#: "maternityThe CCG").
GLUED_GAP = 0.15


#: An office suite's default tab stops, in points: every 1.25 cm (LibreOffice) or half an inch (Word).
DEFAULT_TAB_STOPS = (35.43, 36.0)


def at_tab_stop(offset: float, letter: float) -> bool:
    """Whether a word ``offset`` points from a page's left edge begins at a default tab stop
    (within a fifth of a letter): in a table's row (a line with a tab already), where the space
    before a word holds no glyph and is narrower than :data:`TAB_GAP`, the tab stop tells a tab
    ("Money from<TAB>Run by", 0.7 of a letter apart) from a space the PDF left out; in prose a word
    may begin at a stop by chance ("services. (Recommendation 9.5)", 0.7 too), so it is not asked.

    >>> at_tab_stop(141.8, 5.5), at_tab_stop(144.0, 5.5), at_tab_stop(150.0, 5.5)
    (True, True, False)
    """
    return offset > 0 and any(abs(offset - round(offset / stop) * stop) < letter / 5 for stop in DEFAULT_TAB_STOPS)


def cells_marked(textpage, start: int, line: str, letter: float, left: float = 0.0) -> str:
    """A line of a page with a tab where the space between two words is wider than
    :data:`CELL_GAP` letters: a table's row ("Review dates | 12-16 June 2017"), printed as
    its label, a wide gap and its value, reads as the text copy of the table does
    ("Review dates<TAB>12-16 June 2017"). ``start`` is the line's first character's index on
    the page, ``letter`` the page's usual letter width, ``left`` its usual left edge (where a
    tab's stops are counted from)."""
    import pypdfium2.raw as pdfium_c

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]

    def apart(a: int, b: int, letters: float = CELL_GAP) -> bool:  # the space between the letters at a and b
        return textpage.get_charbox(start + b, loose=True)[0] - textpage.get_charbox(start + a, loose=True)[2] > letters * letter

    def word(begin: int, stop: int) -> str:  # two cells printed with no space between ("grantLarchfield",
        # "CCGLowfield"): a small gap where a letter meets a capital, where one word's letters touch, is a tab
        text, cuts = line[begin:stop], [m.start() + 1 for m in re.finditer(r"[a-z)][A-Z(]|[A-Z](?=[A-Z][a-z])", line[begin:stop])
                                         if apart(begin + m.start(), begin + m.start() + 1, GLUED_CELL_GAP)]
        # any two letters further apart than a word's ("NHSEKFM", "NHSEthe practices"), but a
        # superscript ordinal ("1st") is set apart from its number
        cuts += [i for i in range(1, len(text)) if text[i - 1].isalnum() and text[i].isalnum() and i not in cuts
                 and not (text[i - 1].isdigit() and text[i].isalpha()) and apart(begin + i - 1, begin + i, GLUED_GAP)]
        return "".join(("\t" if i in cuts else "") + c for i, c in enumerate(text))

    def generated(end: int, begin: int) -> bool:  # the PDF holds no space glyph there
        return line[end - 1] not in _BULLET_MARKS + "-" and all(
            pdfium_c.FPDFText_IsGenerated(textpage.raw, start + i) == 1 for i in range(end, begin))

    def tab(end: int, begin: int) -> bool:  # a wide gap, or a narrower one the PDF holds no space in
        return apart(end - 1, begin) or (apart(end - 1, begin, TAB_GAP) and generated(end, begin))

    def at_stop(begin: int) -> bool:  # the word at ``begin`` starts at a tab stop
        return at_tab_stop(textpage.get_charbox(start + begin, loose=True)[0] - left, letter)

    gaps = list(pairwise(words))
    tabs = [tab(end, begin) for (_, end), (begin, _) in gaps]
    # a table's row (a tab in it, or a row's rest a tab put at a tab stop on a line of its own): a
    # gap at a tab stop is another of its tabs ("Money from<TAB>Run by")
    if any(tabs) or words and at_stop(words[0][0]):
        tabs = [t or (generated(end, begin) and at_stop(begin)) for t, ((_, end), (begin, _)) in zip(tabs, gaps)]
    out = [word(*words[0])] if words else []
    for is_tab, (_, (begin, stop)) in zip(tabs, gaps):
        out += ["\t" if is_tab else " ", word(begin, stop)]
    return "".join(out)


def line_pitch(gaps: list[float], full: list[bool]) -> float:
    """A page's line spacing within a paragraph: the usual gap below a line that runs to the
    margin (the paragraph wraps onto the next line), else the usual gap of all; 0 for none.
    Where most of a page is one-line paragraphs (a table printed a cell a line, a list), the
    usual gap of all lines is the space between paragraphs, and paragraph ends would be lost.

    >>> line_pitch([14.7, 14.7, 24.7, 24.7, 24.7, 24.7], [True, True, False, False, False, False])
    14.7
    >>> line_pitch([24.7, 24.7, 24.7], [False, False, False])
    24.7
    """
    wrapped = sorted(g for g, f in zip(gaps, full) if f and g > 0)
    spacings = wrapped or sorted(g for g in gaps if g > 0)
    return spacings[len(spacings) // 2] if spacings else 0


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
            text = paragraphs_marked(textpage)
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

    from clasgraph.lifetime import end_with_parent

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
