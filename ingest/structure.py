"""Document structure: split normalised report text into header, context, findings, boxes and
recommendations.

The parser is a small state machine over blank-line separated blocks. It knows the shape of a
CLAS review, not its contents: extraction of organisations and relationships happens later.

>>> doc = parse_document(SAMPLE, source="x.txt", sha256="0")
>>> [f.number for f in doc.findings], doc.findings[0].section
(['1.1', '1.2'], 'Early help')
>>> doc.recommendations[0].items[0].number
'1.1'

.. SAMPLE is defined below for the doctest.
"""

from __future__ import annotations

import re
from itertools import pairwise

from clasgraph.ingest.document import (
    Box,
    Document,
    Paragraph,
    RecommendationGroup,
    RecommendationItem,
)
from clasgraph.ingest.rules import layout

#: Section headings as printed, mapped to the canonical section names (rules/layout.py).
SECTION_NAMES = {row.printed: row.canonical for row in layout.SECTION_NAMES}

_EMPHASIS = re.compile(r"\*+")
_SPACES = re.compile(r"[ \t]{2,}|\t")
_NUMBERED = re.compile(r"^(\d+(?:\.\d+){0,2})\.?\s+(\S.*)$", re.DOTALL)
#: The word some teams put before a section's number: "Part 2. Children in need".
_PART = re.compile(r"(?:Part|Section|Chapter)\s+(?=\d)")
#: Recommendation group headings, numbered in each way the layout table lists: the number, then
#: who is addressed and the verb ("8 Ashvale CCGs should", "(8) The Director of Public Health
#: should:"); unnumbered headings end with the verb.
_REC_GROUPS = [re.compile(rf"^{row.pattern.replace('?P<n>', '')}\s+(.*{layout.GROUP_VERB}.*?):?$",
                          re.DOTALL | re.IGNORECASE) for row in layout.GROUP_NUMBERS if row.pattern]
_REC_UNNUMBERED = re.compile(rf"^(\S.*{layout.GROUP_VERB}):?$", re.DOTALL | re.IGNORECASE)
#: Headings without a verb, opened by the words of the layout table ("3. For Ashvale Hospitals
#: NHS Trust:", "3 To ..."): one short line; unnumbered, they end with a colon.
_REC_LED = [re.compile(rf"^{row.pattern.replace('?P<n>', '')}\s+({layout.GROUP_LEAD}[^\n!?]{{1,200}}?):?$",
                       re.IGNORECASE) for row in layout.GROUP_NUMBERS if row.pattern]
#: Headings numbered in a way that marks a group by itself ("Part 3 – Ashvale CCG", "[3] Ashvale
#: CCG"): one short line after the number, with or without a verb.
_REC_ALONE = [re.compile(rf"^{row.pattern.replace('?P<n>', '')}\s+((?-i:[A-Z])[^\n!?]{{1,200}}?):?$", re.IGNORECASE)
              for row in layout.GROUP_NUMBERS if row.alone]
_REC_LED_UNNUMBERED = re.compile(rf"^({layout.GROUP_LEAD}[^\n.!?]{{1,200}}?):$", re.IGNORECASE)
_REC_ITEM = re.compile(r"^(\d+\.\d+)\.?\s+(\S.*)$", re.DOTALL)
#: A list item's bullet: the item belongs to the paragraph that introduces the list.
_LIST_ITEM = re.compile(r"\s*[-•*]\s")
_CONTENTS_LINE = re.compile(r"^(?:[^\d\t]{2,80}?[ \t]+\d{1,3}[ \t]*)+$")

#: Titles of the boxes set between findings ("Case example", "Positive practice in ...").
BOX_TITLES = [row.words for row in layout.BOX_TITLES]


def group_heading(text: str) -> tuple[str, str] | None:
    """(number, addressee and verb) of a recommendation group heading, "" for no number.

    >>> group_heading("8 Ashvale CCGs should")
    ('8', 'Ashvale CCGs should')
    >>> group_heading("The designated nurse for looked after children should:")
    ('', 'The designated nurse for looked after children should')
    >>> group_heading("8.1 Ensure staff should be trained") is None
    True

    A heading without a verb is opened by words of the layout table's ``GROUP_LEADS``:

    >>> group_heading("3. For Ashvale Hospitals NHS Trust (AHT):")
    ('3', 'For Ashvale Hospitals NHS Trust (AHT)')
    """
    item = _REC_ITEM.match(text)
    if item and not item.group(1).endswith(".0"):  # "8.0 Who should" numbers a group, not an item
        return None
    for pattern in _REC_GROUPS:
        m = pattern.match(text)
        if m:
            return m.group(1), m.group(2).rstrip(":").strip()
    m = _REC_UNNUMBERED.match(text)
    if m and len(text) < 400:
        return "", m.group(1).strip()
    for pattern in _REC_LED:
        m = pattern.match(text)
        if m:
            return m.group(1), m.group(2).strip()
    for pattern in _REC_ALONE:
        m = pattern.match(text)
        if m and not re.search(r"\.\s", m.group(2)):
            return m.group(1), m.group(2).strip()
    m = _REC_LED_UNNUMBERED.match(text)
    return ("", m.group(1).strip()) if m else None


#: A group's number at the start of its heading, in each numbering of the layout table.
_GROUP_NUMBER_AT_START = [re.compile(rf"^{row.pattern}\s+(?=\S)", re.IGNORECASE)
                          for row in layout.GROUP_NUMBERS if row.pattern]


def _group_number_of(heading: str) -> str | None:
    """The group number a heading starts with, in any numbering of the layout table; None for
    none.

    >>> _group_number_of("2 – Ashvale Borough Council"), _group_number_of("NHS Ashvale CCG")
    ('2', None)
    """
    m = next((m for p in _GROUP_NUMBER_AT_START if (m := p.match(heading))), None)
    return m.group("n") if m else None


def _without_number(heading: str) -> str:
    """A heading without its group number.

    >>> _without_number("(2) Ashvale Borough Council")
    'Ashvale Borough Council'
    """
    m = next((m for p in _GROUP_NUMBER_AT_START if (m := p.match(heading))), None)
    return heading[m.end():].strip() if m else heading


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def strip_emphasis(text: str) -> str:
    """Remove Markdown emphasis markers left over from conversion.

    >>> strip_emphasis("**(Recommendation 7.4).**")
    '(Recommendation 7.4).'
    """
    if "*" in text:
        text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", text).strip()


def canonical_section(heading: str) -> str:
    """The canonical name of a section heading.

    >>> canonical_section("4. Children Looked After"), canonical_section("1 — Early help")
    ('Looked after children', 'Early help')
    """
    title = re.sub(r"^\(?\d+(\.\d+)*[.)]?\s*(?:[-–—:|]\s*)?", "", strip_emphasis(heading)).strip()
    key = re.sub(r"\s+", " ", title.lower().replace("&", "and"))
    return SECTION_NAMES.get(key, SECTION_NAMES.get(title.lower(), title[:1].upper() + title[1:].lower()))


def _is_heading(text: str) -> bool:
    """A short line without a full stop: a heading, not a paragraph."""
    if len(text) > 120:
        return False
    text = strip_emphasis(text)
    return 0 < len(text) <= 70 and not text.rstrip().endswith((".", ":", ";", ",")) and "\n" not in text


def _is_section_heading(number: str, title: str) -> bool:
    """ "2. Children in need" or "5.1 Governance", not a finding cut short by a page break
    ("1.2 Health visitors did not routinely share information with")."""
    if not _is_heading(title):
        return False
    if "." not in number.strip("."):
        return True
    words = strip_emphasis(title).split()
    known = re.sub(r"\s+", " ", " ".join(words).lower().replace("&", "and")) in SECTION_NAMES
    return known or (len(words) <= 6 and all(w[:1].isupper() or w in ("and", "&", "of", "the") for w in words))


def _is_cell(line: str) -> bool:
    """A line that is a table's cell or caption, printed a cell a line: ending no sentence, not
    a list item, and no longer than a few cells run together (a PDF may join a row's cells, or a
    body's name and its first service, into one line).

    >>> _is_cell("Calderby Teaching Hospitals NHS Foundation Trust (CTH)"), _is_cell("It ends here.")
    (True, False)
    """
    line = strip_emphasis(line)
    return 0 < len(line) <= CELLS_RUN_TOGETHER and not re.search(r"[.!?;:,]$", line) and not _LIST_ITEM.match(line)


def _caption(paragraph: str) -> bool:
    """Whether a paragraph is one short line a table's rows may follow as its caption ("Area
    profile"): a cell, not a row, not a sentence."""
    return "\n" not in paragraph and "\t" not in paragraph and _is_cell(paragraph)


#: The longest line read as a table's cells (about three cells of a wide column).
CELLS_RUN_TOGETHER = 250


def _blocks(text: str) -> list[str]:
    """Blank-line separated blocks; a block of several lines keeps its line breaks."""
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def _split_lines_block(block: str) -> list[str]:
    return [ln for ln in block.split("\n") if ln.strip()]


class _Parser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.mode = "front"
        self.section = ""  # canonical section for the findings that follow
        self.box: Box | None = None
        self.group: RecommendationGroup | None = None
        self.front: list[str] = []  # front-page blocks, read for header fields at the end
        self.listing = False  # the last context block was a list item
        self.loose: list[str] = []  # recommendation lines since the last heading or item
        self.cells = False  # the last context block was a table's caption or cells
        self.rows = False  # the last context block held a table's row set with tabs

    # -- front matter: the header fields are read from all of it once it ends -----------
    def end_front(self) -> None:
        if self.front:
            from clasgraph.ingest.header import parse_header

            for key, value in parse_header("\n".join(self.front)).items():
                self.doc.header.setdefault(key, value)
            self.front = []

    # -- findings -------------------------------------------------------------------------
    def close_box(self) -> None:
        if self.box is not None:
            self.box.text = self.box.text.strip()
            self.doc.boxes.append(self.box)
            self.box = None

    def finding_block(self, block: str) -> None:
        flat = " ".join(ln.strip() for ln in block.split("\n"))
        if re.sub(r"\s+", " ", strip_emphasis(flat).lower().rstrip(":").replace("&", "and")) in SECTION_NAMES:
            # an unnumbered heading
            self.close_box()
            self.section = canonical_section(flat)
            return
        plain = strip_emphasis(flat)
        m = _NUMBERED.match(plain)
        part = _PART.match(plain)
        # "Section 1: Early help": after the word, the number may end with a colon
        heading = _NUMBERED.match(re.sub(r"^(\d+):", r"\1", plain[part.end():])) if part else m
        if heading and _is_section_heading(heading.group(1), heading.group(2)):
            # "2. Children in Need", "5.1 Governance", "Part 2. Children in need"
            self.close_box()
            self.section = canonical_section(plain[part.end():] if part else flat)
            return
        if m and "." in m.group(1):
            self.close_box()
            number = m.group(1)
            raw = re.sub(r"^\s*" + re.escape(number) + r"\.?\s+", "", flat)
            text = strip_emphasis(raw)
            same = next((f for f in self.doc.findings if f.number == number), None)
            if same is not None:  # keep both texts, and say which two
                self.doc.warnings.append(
                    f"paragraph {number} appears twice ({same.text[:40]!r}... and {text[:40]!r}...); "
                    "both texts are kept in one finding")
                same.text = f"{same.text} [{number} again:] {text}"
                return
            last = self.doc.findings[-1] if self.doc.findings else None
            if last is not None and _number_key(number) < _number_key(last.number):
                self.doc.warnings.append(f"paragraph {number} follows {last.number}: numbered out of order")
            self.doc.findings.append(Paragraph(number, self.section, text))
            return
        # Unnumbered text between findings: the rest of a finding broken by a page break, a box,
        # or the section's introduction.
        last = self.doc.findings[-1] if self.doc.findings else None
        broken = last is not None and not re.search(r"[.!?:)\]'\"]\W*$", last.text) \
            and (flat[:1].islower() or not _is_heading(flat))
        listed = last is not None and last.text.rstrip().endswith(":") and _LIST_ITEM.match(block)
        if last is not None and self.box is None and last.section == self.section and (broken or listed):
            # the rest of a finding broken by a page break, or the list it introduces with a colon
            last.text = f"{last.text} {strip_emphasis(flat)}"
            return
        if not self.doc.findings or self.doc.findings[-1].section != self.section:
            return  # introduction of a section ("This section records ...")
        if self.box is None and _is_heading(flat):
            self.box = Box(strip_emphasis(flat), "", self.doc.findings[-1].number)
        elif self.box is not None:
            self.box.text += strip_emphasis(flat) + "\n\n"
        else:
            self.box = Box("Note", strip_emphasis(flat) + "\n\n", self.doc.findings[-1].number)

    # -- recommendations --------------------------------------------------------------------
    def recommendation_line(self, line: str) -> None:
        text = strip_emphasis(re.sub(r"^\s*[-•]\s*", "", line))
        if not text:
            return
        heading = group_heading(text)
        if heading:  # "8. Who should:"; one without a number is numbered by its items
            self.group = RecommendationGroup(*heading)
            self.doc.recommendations.append(self.group)
            self.loose = []
            return
        item = _REC_ITEM.match(text)
        if item and item.group(1).endswith(".0"):  # "2.0 Ashvale Council": a group's number, not an item's
            item = None
        if item and self.group is not None and not self.group.number and not self.group.items:
            self.group.number = item.group(1).split(".")[0]
        if item and (self.group is None or item.group(1).split(".")[0] != self.group.number):
            self.group_by_items(item.group(1).split(".")[0])
        if item and self.group is not None and item.group(1).split(".")[0] == self.group.number:
            self.group.items.append(RecommendationItem(item.group(1), item.group(2).strip()))
            self.loose = []
            return
        self.loose.append(text)
        if self.group is not None and self.group.items:
            self.group.items[-1].text += " " + text  # a wrapped line
        elif self.group is not None:
            self.group.header = (self.group.header + " " + text).strip()

    def group_by_items(self, number: str) -> None:
        """A group whose heading has neither verb nor opening words ("2 – Ashvale Borough
        Council", "NHS Ashvale CCG"): its items' numbers start it, where they start the next
        group's; its heading is the short line before the first of them, if there is one."""
        expected = str(int(self.group.number) + 1) if self.group is not None and self.group.number.isdigit() else "1"
        if number != expected and self.group is not None:
            return
        heading = self.loose[-1] if self.loose and len(self.loose[-1]) <= 200 and not re.search(
            r"[.;,]$", self.loose[-1]) and re.match(r"[A-Z\d(\[]", self.loose[-1]) else ""
        numbered = _group_number_of(heading)
        if heading and numbered not in (None, number):
            heading = ""
        if heading and self.group is not None and self.group.items:  # it was read as a wrapped line
            last = self.group.items[-1]
            last.text = last.text.removesuffix(" " + heading)
        self.group = RecommendationGroup(number, _without_number(heading))
        self.doc.recommendations.append(self.group)

    def title_block(self, block: str) -> None:
        """The report's first block: its title, wrapped over two lines or not, and whatever
        lines follow it in the same block ("The role of health services in X", the header)."""
        from clasgraph.ingest.header import area_in, front_table_cells, header_starts

        lines = [strip_emphasis(line) for line in block.split("\n") if line.strip()]
        lines[0] = front_table_cells(lines[0])
        start = header_starts(lines[0])
        if start:  # the title runs on into the header ("... Safeguarding Ketleigh Inspection week ...")
            lines[:1] = [lines[0][:start].strip(), lines[0][start:]]
        taken = 1
        if len(lines) > 1 and not area_in(lines[0]) and area_in(f"{lines[0]} {lines[1]}") \
                and not _ROLE_OF_HEALTH.match(lines[1]):
            taken = 2  # "Review of Health Services for Children Looked After\nand Safeguarding in X"
        self.doc.title = " ".join(lines[:taken])
        self.area_line("")  # a title run on into its area ("... and Safeguarding Hartsmoor")
        if lines[taken:]:
            self.feed("\n".join(lines[taken:]))

    def area_line(self, line: str) -> bool:
        """Whether ``line`` (a block of its own) names the area under a CLAS review's title that
        ends before naming it ("... Looked After and Safeguarding", then "Hartsmoor"), or, with
        no line, whether the title runs on into the area's name where its line breaks were lost;
        if so it is the header's area."""
        from clasgraph.ingest.header import TITLE_END, area_alone, area_in

        m = TITLE_END.search(self.doc.title)
        rest = re.sub(r"^\([A-Z]{2,6}\)", "", self.doc.title[m.end():].strip()).strip() if m else ""  # "(CLAS)"
        if self.doc.header.get("area") or not m or area_in(self.doc.title) or (rest and line) \
                or self.front or (line and layout.part_of_landmark(line)):
            return False  # the area's line comes before the header's fields, and is no heading
        area = area_alone(line) if line else area_alone(rest, opening=True)
        if area:
            self.doc.header["area"] = area
        return bool(area)

    # -- driver ------------------------------------------------------------------------------
    def feed(self, block: str) -> None:
        first = strip_emphasis(block.split("\n", 1)[0])
        if self.mode == "front" and not self.doc.title and first:
            if not _BANNER.fullmatch(block.strip()):  # "CARE QUALITY COMMISSION" above the title
                self.title_block(block)
            return
        if self.mode == "front" and "\n" not in block.strip() and self.area_line(first):
            return
        if self.mode == "front" and _ROLE_OF_HEALTH.match(first):
            self.doc.header.setdefault("area", first)
            block = block.split("\n", 1)[1] if "\n" in block else ""
            if not block.strip():
                return
        landmark = layout.part_of_landmark(first)
        if landmark and self.mode == "front":
            self.end_front()
        if landmark == "contents":
            self.mode = "contents"
            return
        if landmark == "context":
            self.mode = "context"
            return
        if landmark == "glossary" and self.mode != "findings":  # a key before the summary, after the context, at the end
            self.close_box()
            self.mode = "glossary"
            return
        if landmark == "findings" and self.mode != "findings":
            self.mode = "findings"
            return
        if landmark == "recommendations" and self.mode in ("findings", "front", "context", "other",
                                                           "contents", "glossary"):
            self.close_box()
            self.mode = "recommendations"
            return
        if landmark == "closing":
            self.close_box()
            self.mode = "closing"
            return
        if landmark == "other":
            self.mode = "other"
            return
        if self.mode == "contents":
            if all(_CONTENTS_LINE.match(ln) for ln in _split_lines_block(block)):
                return
            self.mode = "other"
        if self.mode == "front":
            self.front.append(block)
            return
        if self.mode == "context":
            self.context_block(block)
        elif self.mode == "glossary" and not _NUMBERED.match(first):
            from clasgraph.ingest.glossary import entry_lines

            self.doc.glossary += entry_lines(block)
        elif self.mode == "findings" or (self.mode in ("other", "glossary") and _NUMBERED.match(first)):
            self.mode = "findings"
            self.finding_block(block)
        elif self.mode == "recommendations":
            for line in _split_lines_block(block):
                self.recommendation_line(line)
        elif self.mode == "closing":
            self.doc.closing.append(strip_emphasis(" ".join(block.split("\n"))))


    def context_block(self, block: str) -> None:
        """One block of the context: a paragraph, or the list or table cells a PDF spaces out
        as paragraphs of their own, joined to the paragraph that introduces them."""
        lines = block.split("\n")
        heading = _is_cell(lines[0]) and lines[0][:1].isupper() and len(lines[0].split()) <= 8
        if len(lines) > 1 and heading and _LIST_ITEM.match(lines[1]) and "\t" not in block:
            # a sub-heading set close above its list (a PDF): a paragraph of its own, as in the text
            self.context_block(lines[0])
            self.context_block("\n".join(lines[1:]))
            return
        # a table of TAB-separated rows keeps its rows and cells (role9), prose runs on
        table = sum("\t" in ln for ln in lines) >= 2
        # lines that each give a label and its value ("Health visiting: funded by A; delivered by B")
        # keep their breaks: each is read as a statement of its own (relations.label_lines_apart)
        labels = len(lines) > 1 and all(re.fullmatch(layout.LABEL_LINE, ln.strip()) for ln in lines)
        row = len(lines) == 1 and "\t" in block  # a table's row a PDF printed as a paragraph keeps its cells
        text = "\n".join("\t".join(map(strip_emphasis, ln.split("\t"))) for ln in lines) \
            if table or row else "\n".join(strip_emphasis(ln) for ln in lines) if labels else strip_emphasis(" ".join(lines))
        last = self.doc.context[-1] if self.doc.context else ""
        listed, self.listing = self.listing, bool(_LIST_ITEM.match(text))
        cells, self.cells = self.cells, all(map(_is_cell, block.split("\n")))
        # a line with no tab after a table's rows set with tabs (a PDF prints each row a paragraph)
        # is the paragraph after the table ("Notes to the table"), no cell of it
        rows_before, self.rows = self.rows, "\t" in block
        cells = cells and not (rows_before and "\t" not in block)
        if "\t" in block and not table and not (rows_before or last.endswith(":") or _caption(last)):
            # a table's first row a PDF printed as a paragraph of its own, after prose (not after
            # its caption or a line introducing it): a paragraph of its own, as the text's table is
            self.doc.context.append(text)
        elif table and not last.endswith(":"):
            self.doc.context.append(text)  # a table of rows after another: a paragraph of its own
        elif row and last:
            # a table's row a PDF printed as a paragraph of its own, after its caption, the line
            # introducing it or the row above: a line of the table, as in the text
            self.doc.context[-1] += "\n" + text
        elif self.listing and (last.endswith(":") or listed) or self.cells and (cells or last.endswith(":")) \
                or "\t" in block and last.endswith(":"):
            # a list item, or a table's cell, a paragraph of its own where a PDF spaces the
            # list or the table out: one paragraph with the items before it and the line that
            # introduces it with a colon, or with the table's caption and other cells, as the
            # text keeps them, and so numbered; a table's rows a PDF printed as one paragraph, after
            # the line that introduces them
            # (a table of TAB-separated rows stays rows, its caption a line above them)
            self.doc.context[-1] += ("\n" if ("\t" in text or labels) and "\n" in text else " ") + text
        else:
            self.doc.context.append(text)


#: The front page's line naming the area: "The role of health services in Rutland".
_ROLE_OF_HEALTH = re.compile(r"^The role of health services in ")
#: A first block that is a banner above the title, not the title: a few words in capitals with
#: no word of a review's title ("CARE QUALITY COMMISSION", "CQC").
_BANNER = re.compile(r"(?!.*\b(?:REVIEW|CHILDREN|SAFEGUARDING)\b)[A-Z][A-Z&'’ ]{1,40}")


def parse_document(text: str, source: str, sha256: str) -> Document:
    """Split a report's normalised text into a :class:`Document`.

    Text whose line breaks were lost (a page, or the whole report, on one line, as PDF text and
    some converters give it) is first cut back into blocks by :func:`segment_stream`.
    """
    doc = Document(source=source, sha256=sha256)
    text = remove_page_furniture(join_viewer_pages(text))
    run_together = is_run_together(text)
    doc.context_paragraphs = not run_together or lines_are_paragraphs(text)
    if run_together:
        text = segment_stream(text)
    parser = _Parser(doc)
    for block in _blocks(text):
        parser.feed(block)
    parser.close_box()
    parser.end_front()
    return doc


def lines_are_paragraphs(text: str) -> bool:
    """Whether text whose layout was lost still keeps a paragraph a line (a PDF's text), rather
    than a page a line or everything on one (copies from viewer sites): most of its lines are
    shorter than a page. A report's paragraphs rarely pass 1,500 characters; its pages hold
    3,000 or more.

    >>> lines_are_paragraphs("A short paragraph.\\nAnother one.\\n" + "x" * 4000)
    True
    >>> lines_are_paragraphs("x" * 4000 + "\\n" + "y" * 3500 + "\\nThe end.")
    False
    """
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    return bool(lengths) and lengths[len(lengths) // 2] < 1500


_PAGE_OF = re.compile(r"(?im)^[ \t]*Page \d+ of \d+[ \t]*$\n?|[ \t]*\bPage \d+ of \d+\b[ \t]*")


def remove_page_furniture(text: str) -> str:
    """Drop "Page N of M" footers and the running title repeated at the top of each page.

    >>> t = "Review of health services for CLAS in Ashvale"
    >>> remove_page_furniture(f"{t}\\n\\nText Page 2 of 9 goes on.\\n{t}\\nEnd.")
    'Review of health services for CLAS in Ashvale\\n\\nText goes on.\\nEnd.'
    """
    text = _PAGE_OF.sub(lambda m: "" if m.group(0).endswith("\n") or not m.group(0).startswith(" ")
                        else " ", text)
    head = text.lstrip()[:400]
    m = re.match(r"(.*?\b(?:Safeguarding|[Ss]ervices) in\s+\S[^\n]*?)(?=\s+Children Looked After|\s*\n|$)",
                 head) or re.match(r"([^\n]{10,200})", head)
    if m:
        from clasgraph.ingest.header import area_in

        title = m.group(1).strip()
        area = area_in(title)
        if area and area in title:
            title = title[: title.index(area, title.find(" in ")) + len(area)]
        first = text.find(title)
        if first >= 0 and len(title) > 20:
            pattern = re.compile(r"[ \t]*" + r"\s+".join(map(re.escape, title.split())) + r"(?![\w'])[ \t]*\n?")
            rest = pattern.sub(lambda m: " " if not m.group(0).endswith("\n") else "",
                               text[first + len(title):])
            text = text[: first + len(title)] + rest
    return text


_PAGE_LINE = re.compile(r"[ \t]*(\d{1,4})[ \t]+(\S.*)")


def join_viewer_pages(text: str) -> str:
    """Text copied from a document-viewer site, each page on one line that starts with its page
    number and pages cut mid-sentence, as one stream: the page numbers dropped and the pages
    joined where they were cut. Other text is returned as it is.

    >>> page = "Review of X in Y. " * 12
    >>> join_viewer_pages(f"1 {page}Date of review: 1 May\\n\\n2 2019. The report") == f"{page}Date of review: 1 May 2019. The report\\n"
    True
    >>> join_viewer_pages("1 Early help\\n\\n2 Children in need\\n")
    '1 Early help\\n\\n2 Children in need\\n'
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    pages = [_PAGE_LINE.fullmatch(ln) for ln in lines]
    if len(lines) < 2 or not all(pages):
        return text
    numbers = [int(m.group(1)) for m in pages]
    consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    # pages, not headings: each but the last is long (a page's text), and they run 1, 2, 3, ...
    if not consecutive or any(len(m.group(2)) < 200 for m in pages[:-1]):
        return text
    return rejoin_broken_compounds(" ".join(m.group(2).strip() for m in pages)) + "\n"


def rejoin_broken_compounds(text: str) -> str:
    """A word broken at a printed line's end and copied with a space ("self- harm") made whole:
    as the text writes it elsewhere, hyphenated or joined, else with its hyphen; a hyphen before
    "and", "or", "to" ("pre- and post-natal", the first half of a pair) or before an article (a
    dash) stays as it is.

    >>> rejoin_broken_compounds("after self- harm; self-harm rose; the whole-time- equivalent of a whole-time-equivalent")
    'after self-harm; self-harm rose; the whole-time-equivalent of a whole-time-equivalent'
    >>> rejoin_broken_compounds("safe- guarding and safeguarding; pre- and post-natal; non- accidental")
    'safeguarding and safeguarding; pre- and post-natal; non-accidental'
    """
    if not re.search(r"\w- \w", text):
        return text
    rest = re.sub(r"\w+- \w+", " ", text)
    seen: dict[str, int] = {}
    for token in re.findall(r"\w+(?:-\w+)*", rest):
        parts = token.lower().split("-")
        for key in [token.lower(), *(f"{a}-{b}" for a, b in pairwise(parts))]:
            seen[key] = seen.get(key, 0) + 1

    def whole(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        hyphened, joined = seen.get(f"{first}-{second}".lower(), 0), seen.get(f"{first}{second}".lower(), 0)
        if second.lower() in ("and", "or", "to", "nor", "a", "an", "the"):
            return m.group(0)  # "pre- and post-natal"; a dash before an article: "both roles- an ..."
        return first + second if joined > hyphened else f"{first}-{second}"

    return re.sub(r"(\w+)- (\w+)", whole, text)


def is_run_together(text: str) -> bool:
    """True when most of the text stands in very long lines or blocks: its layout was lost."""
    long_blocks = sum(len(b) for b in re.split(r"\n[ \t]*\n", text) if len(b) > 6000)
    return long_blocks > 0.4 * len(text)


# --- text whose line breaks were lost ------------------------------------------------------

_SECTION_TITLES = sorted(SECTION_NAMES, key=len, reverse=True)


def _title_pattern(title: str) -> str:
    """A section title as a pattern, "and" printed as "and" or "&"."""
    return r"\s+".join("(?:and|&)" if w == "and" else re.escape(w) for w in title.split())



_SECTION_HEADING = re.compile(
    r"(?i)(?:(?<=\s)|^)(?:(\d(?:\.\d{1,2})?)\.?\s+)?(" + "|".join(map(_title_pattern, _SECTION_TITLES))
    # then the section's first paragraph, or a sub-heading and its ("Management Leadership and
    # management 5.1.1")
    + r")(?=\s+(?:(?:\d(?:\.\d{1,2})?\.?\s+)?(?:" + "|".join(map(_title_pattern, _SECTION_TITLES))
    + r")\s+)?\d+(?:\.\d+){1,2}\.?\s)")
_NUMBERED_HEADING = re.compile(
    r"(?:(?<=\s)|^)(\d)(?:[.)]?\s+(?:[-–—:|]\s+)?|:\s+)(" + "|".join(map(_title_pattern, _SECTION_TITLES)) + r")\b(?!\s+\d)",
    re.IGNORECASE)
#: A section heading and its first paragraph: "1 Early help 1.1", "2. Children in need 2.1".
_SECTION_START = re.compile(
    r"\s+\d{1,2}(?:[.)]?\s+(?:[-–—:|]\s+)?|:\s+)(?:" + "|".join(map(_title_pattern, _SECTION_TITLES)) + r")\s+\d+\.\d+", re.IGNORECASE)
#: A numbered paragraph's start: its number, then a capital, a quotation or bracket, or a
#: percentage ("4.1 89% of initial health assessments ...").
_PARAGRAPH_START = re.compile(r"(?:^|(?<=[.!?:;)\"'*\]])\s+|(?<=\s))(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+"
                              r"(?=[\"'(*\[A-Z]|\d{1,3}(?:\.\d)?%|\d{1,2}[-–]\d{1,2}\s)"  # "1.2 0-19 service: ..."
                              # an item of a list its heading opened ("... that X: 1.1 checks that ...; 1.2 audits")
                              r"|(?<=[:;])\s+(\d{1,2}\.\d{1,2})\s+(?=[a-z])")
#: A recommendation's number in a run of recommendations, before its words in either case ("2.2
#: make sure ...": items that go on from a heading "We ask X to:").
_ITEM_START = re.compile(r"(?:^|(?<=[.!?:;)\"'*\]])\s+|(?<=\s))(\d{1,2}\.\d{1,2})\.?\s+(?=[\"'(*\[A-Za-z])")
#: A recommendation group's number where a heading may start, in each numbering of the layout table.
_GROUP_START = re.compile(r"(?:^|(?<=[.!?:;)\"'*\]])\s+|(?<=\s))(?P<at>" + "|".join(
    row.pattern.replace("?P<n>", f"?P<n{i}>") for i, row in enumerate(layout.GROUP_NUMBERS) if row.pattern)
    + r")\s+(?=(?-i:[A-Z]))", re.IGNORECASE)  # who it addresses, capitalised (not "level 3 safeguarding")

#: The first group's number, in each numbering of the layout table ("1.", "(1)", "1 -", ...).
_FIRST_GROUP = "(?:" + "|".join(row.pattern.replace(r"(?P<n>\d{1,2})", "1") for row in layout.GROUP_NUMBERS
                                if row.pattern) + ")"
#: The first group's number where the numbering marks a heading by itself ("Part 1 –", "[1]").
_FIRST_GROUP_ALONE = "(?:" + "|".join(row.pattern.replace(r"(?P<n>\d{1,2})", "1") for row in layout.GROUP_NUMBERS
                                      if row.alone) + ")"


#: A dot that ends no sentence: in a number or a date ("1.4.2016") or after a short form ("St.", "Ltd.").
_NO_STOP = r"(?:[^.]|\.(?=\S)|(?:(?<=\bSt)|(?<=\bLtd)|(?<=\bCo)|(?<=\bNo)|(?<=\bDr))\.(?=\s))"
#: Words of the recommendations' heading after its first word ("... arising from this review").
_HEADING_TAIL = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){1,8}:?(?=\s+[\dA-Z])")
#: The first group of recommendations after their heading, where the text's line breaks were lost:
#: its heading, by its verb ("1 NHS X CCG should", "The Director ... should"), its opening words or
#: its first item ("1 – NHS X CCG 1.1 Ensure ..."), after a sentence or two before the first
#: numbered group ("The recommendations below are addressed to ... 1. NHS X CCG should:").
_FIRST_GROUP_FOLLOWS = re.compile(
    rf"\s+(?:(?:[A-Z][^.!?]{{0,300}}[.!?]\s+){{1,2}}(?={_FIRST_GROUP}\s+[A-Z]))?"
    rf"(?:{_FIRST_GROUP_ALONE}\s+[A-Z]|(?:{_FIRST_GROUP}\s+)?(?:[A-Z]{_NO_STOP}{{0,400}}?{layout.GROUP_VERB}"
    rf"|(?i:{layout.GROUP_LEAD}))|(?:{_FIRST_GROUP}\s+)?[A-Z]{_NO_STOP}{{0,200}}?\s1\.1\.?\s+[A-Z])")


def next_numbers(last: tuple[int, ...] | None) -> set[tuple[int, ...]]:
    """Paragraph numbers that may follow ``last`` in a report ("1.19" -> "2.1", "5.1.1", ...).

    >>> sorted(next_numbers((4, 19)))
    [(4, 19, 1), (4, 20), (4, 21), (5, 1), (5, 1, 1)]
    """
    if last is None:
        return {(1, 1), (1, 1, 1)}
    if len(last) == 2:
        a, b = last  # "5.1 Leadership and management" may be a heading before 5.1.1
        return {(a, b + 1), (a, b + 2), (a + 1, 1), (a + 1, 1, 1), (a, b, 1)}
    a, b, c = last
    return {(a, b, c + 1), (a, b, c + 2), (a, b + 1), (a, b + 1, 1), (a + 1, 1)}


def _rising(text: str, pattern: re.Pattern, follows, markers: bool = True) -> list[tuple[int, str]]:
    """Positions of numbers that continue the sequence (never a page number, a percentage or a
    recommendation marker)."""
    starts, last = [], None
    for m in pattern.finditer(text):
        first = next(i for i in range(1, (m.re.groups or 1) + 1) if m.group(i) is not None)
        at, digits = m.start(first), m.group(first)
        if "at" in m.groupdict():  # a pattern of several numberings: the heading starts at "at"
            at, digits = m.start("at"), next(v for k, v in m.groupdict().items() if k != "at" and v)
        number = tuple(int(x) for x in digits.split("."))
        before = text[max(0, at - 16):at].lower()
        if markers and re.search(r"recommendations?\s*$|paragraphs?\s*$|\(\s*$|see\s*$|and\s*$",
                                 before):
            continue
        if number in follows(last):
            starts.append((at, digits))
            last = number
    return starts


def _spaces_folded(line: str) -> str:
    r"""A line's runs of spaces as one space, and a run holding a tab (a table's cell border,
    which tells a header label from its value) as one tab.

    >>> _spaces_folded("  Providers \t\t Ashvale  Hospitals NHS Trust ")
    'Providers\tAshvale Hospitals NHS Trust'
    """
    return re.sub(r"\s+", lambda m: "\t" if "\t" in m.group(0) else " ", line).strip()


def segment_stream(text: str) -> str:
    """Cut text whose line breaks were lost back into blocks: the title, the header, headings,
    numbered findings, boxes and recommendations, each found by its own shape.

    >>> print(segment_stream("Review of X in Y Date of review: 1 May 2019 The report "
    ...                      "1. Early help 1.1 Good. 1.2 Weak. (Recommendation 1.1). "
    ...                      "Recommendations 1. Y CCG should: 1.1 Act. Next steps Send a plan."))
    Review of X in Y
    <BLANKLINE>
    Date of review: 1 May 2019
    <BLANKLINE>
    The report
    <BLANKLINE>
    1. Early help
    <BLANKLINE>
    1.1 Good.
    <BLANKLINE>
    1.2 Weak. (Recommendation 1.1).
    <BLANKLINE>
    Recommendations
    <BLANKLINE>
    1. Y CCG should:
    <BLANKLINE>
    1.1 Act.
    <BLANKLINE>
    Next steps
    <BLANKLINE>
    Send a plan.
    <BLANKLINE>
    """
    lines = [ln for ln in (_spaces_folded(_EMPHASIS.sub("", line)) for line in text.split("\n")) if ln]
    flat = " ".join(lines)
    line_starts = [0]  # where each line of the text starts in ``flat``: paragraphs, where kept
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    cuts: set[int] = set()
    # the title ends with the area's name
    from clasgraph.ingest.header import AREA, area_in

    m = AREA.search(flat[:600])
    if m:
        area = area_in(flat[m.start():m.end()])
        cuts.add(m.start("area") + len(area))
    # landmarks: a heading followed by text, not by a page number (a contents line)
    spans = []
    for row in layout.LANDMARKS:
        if row.alone:  # a common word ("Context") is a heading only on a line of its own
            continue
        title, part = row.heading, row.part
        pattern = re.escape(title).replace("'", "['’]")
        for lm in re.finditer(rf"(?:^|(?<=[.!?:;)\"'’ ]))({pattern}:?)(?=\s+\S|$)", flat, re.IGNORECASE):
            word, end = lm.group(1), lm.end()
            if not word[:1].isupper():
                continue
            tail = part == "recommendations" and not word.endswith(":") and _HEADING_TAIL.match(flat, end, end + 120)
            if tail and layout.RECOMMENDATIONS_HEADING.fullmatch(word + tail.group(0).rstrip(":")):
                end = tail.end()  # "Recommendations arising from this review 1. X should:"
            following = flat[end:end + 30]
            # "1 NHS X CCG should", "The Director ... should", "1 – NHS X CCG 1.1 Ensure ...": a
            # group's heading, by its verb, its opening words or its first item
            groups = part == "recommendations" and _FIRST_GROUP_FOLLOWS.match(flat, end, end + 1000)
            if part == "recommendations" and (not groups or re.match(r"\s+(?:for|to)\s", following)):
                continue  # no group follows, or it is a group's heading ("Recommendations for X")
            if re.match(r"\s+\d{1,3}\b(?!\.)", following) and not _SECTION_START.match(flat, end) \
                    and not groups:
                continue  # "The report 6": a line of the contents, not the heading
            if part != "recommendations" and re.match(r"\s+[a-z]", following):
                continue  # "The report also reviews ...": words of a sentence, not a heading
            if part == "glossary" and not re.match(rf"\s+{layout.SHORT_NAME}(?::\s*|\s+)[A-Za-z]", following):
                continue  # "listed under Abbreviations (Appendix 1)": no key's first entry follows
            spans.append((lm.start(1), end, part))
    spans.sort()
    for start, end, _ in spans:
        cuts.update((start, end))
    findings_at = min((s for s, _, p in spans if p == "findings"), default=0)
    recs_at = min((s for s, _, p in spans if p == "recommendations" and s > findings_at), default=len(flat))
    closing_at = min((s for s, _, p in spans if p == "closing" and s > recs_at), default=len(flat))
    # the context's paragraphs, where the text keeps them a line each (a PDF's paragraphs, the
    # pages of text whose line breaks were lost), numbered as in the text
    for start, end, part in spans:
        if part == "context":
            stop = min((s for s, _, _ in spans if s > start), default=findings_at)
            cuts.update(p for p in line_starts if end < p < stop)
    # header labels on the front page
    from clasgraph.ingest.header import _LABEL_RE

    contents_at = min((s for s, _, p in spans if p in ("contents", "other")), default=findings_at)
    for lm in _LABEL_RE.finditer(flat[:contents_at]):
        cuts.add(lm.start())
        break
    # findings: section headings, numbered paragraphs in rising order, boxes
    body = flat[findings_at:recs_at]
    for sm in list(_SECTION_HEADING.finditer(body)) + list(_NUMBERED_HEADING.finditer(body)):
        part = re.search(r"\b(?:Part|Section|Chapter)\s+$", body[:sm.start()])  # "Part 2. Children in need"
        cuts.update((findings_at + (part.start() if part else sm.start()), findings_at + sm.end()))
    for pos, _ in _rising(body, _PARAGRAPH_START, next_numbers):
        cuts.add(findings_at + pos)
    for bm in re.finditer(r"(?:(?<=[.!?)\"'’])\s)(" + "|".join(map(re.escape, BOX_TITLES)) + r")\b",
                          body, re.IGNORECASE):
        if not bm.group(1)[:1].isupper():
            continue
        length = _box_title_length(body[bm.start(1):])
        if length:  # not a sentence that starts with the words ("Good practice was seen in ...")
            cuts.update((findings_at + bm.start(1), findings_at + bm.start(1) + length))
    # recommendations: groups "N. Who should:" and items "N.k" in rising order
    recs = flat[recs_at:closing_at]
    groups = _rising(recs, _GROUP_START, lambda last: {(1,)} if last is None else {(last[0] + 1,)},
                     markers=False)
    for pos, n in groups:
        cuts.add(recs_at + pos)
        first_item = re.search(rf"\s{n}\.1\.?\s", recs[pos:pos + 400])  # a heading ends by its first item
        should = re.search(layout.GROUP_VERB + ":?", recs[pos:pos + (first_item.start() if first_item else 400)],
                           re.IGNORECASE)
        if should:
            cuts.add(recs_at + pos + should.end())
    # headings without numbers ("NHS X CCG should:", "The Director of Public Health should"):
    # the verb ends them, before a colon or the first item's number
    for sm in re.finditer(layout.GROUP_VERB + r"(?::|(?=\s+(?:[-•]\s*)?\d{1,2}\.\d{1,2}\.?\s+[A-Z]))", recs):
        start = max(recs.rfind(". ", 0, sm.start()), recs.rfind(": ", 0, sm.start()))
        if start >= 0 and not any(recs_at + start < c <= recs_at + sm.end() for c in cuts):
            cuts.add(recs_at + start + 2)
        cuts.add(recs_at + sm.end())
    group_numbers = [int(n) for _, n in groups] or [1]
    for pos, number in _rising(recs, _ITEM_START, lambda last: _next_item(last, group_numbers)):
        cuts.add(recs_at + pos)
        if number.endswith(".1"):  # a group's first item: an uncut heading before it is the group's
            heading = re.search(r"(?:^|(?<=[.!?:]\s))[A-Z(\[][^.!?:]{0,150}?:?\s$", recs[max(0, pos - 160):pos])
            if heading and not any(recs_at + pos - len(heading.group(0)) <= c < recs_at + pos for c in cuts):
                cuts.add(recs_at + pos - len(heading.group(0)))
    # a recommendation's bullet ("- 1.2 Ensure ...") goes with it, not with the item before
    cuts = {c - 2 if recs_at < c <= closing_at and flat[c - 3:c] in (" - ", " • ") else c for c in cuts}
    pieces, prev = [], 0
    for cut in sorted(c for c in cuts if 0 < c < len(flat)):
        pieces.append(flat[prev:cut])
        prev = cut
    pieces.append(flat[prev:])
    return "\n\n".join(p.strip() for p in pieces if p.strip()) + "\n"


def _next_item(last: tuple[int, ...] | None, groups: list[int]) -> set[tuple[int, ...]]:
    if last is None:
        return {(groups[0], 1)} if groups else {(1, 1)}
    return {(last[0], last[1] + 1), (last[0] + 1, 1)}


def _box_title_length(text: str) -> int:
    """Length of a box title at the start of ``text``: its words up to the first word that
    begins a sentence ("Positive Practice in Rutland's School Nursing Offer | The lead ...").

    >>> t = "Positive Practice in Rutland's School Nursing Offer The lead nurse"
    >>> t[:_box_title_length(t)]
    "Positive Practice in Rutland's School Nursing Offer"

    A title in sentence case runs to the first capitalised word; words that run on to a full
    stop are a sentence, not a title (0):

    >>> t = "Good practice example A 17 year old woman was seen"
    >>> t[:_box_title_length(t)], _box_title_length("Good practice was seen in the clinic. Follow up")
    ('Good practice example', 0)
    """
    case = re.match(r"(?i)case (?:example|study|studies)(?: \d+)?", text)
    if case:  # "Case example" then "Z, a boy ..."
        return len(case.group(0))
    connectors = ("in", "of", "and", "&", "for", "the", "to", "with", "on", "at")
    words = list(re.finditer(r"\S+", text[:200]))
    if len(words) > 1 and words[1].group(0)[:1].islower():  # "Good practice example", "Example of ..."
        for i, w in enumerate(words[1:12], start=1):
            if w.group(0)[:1].isupper() or w.group(0)[:1].isdigit():
                return words[i - 1].end()
            if re.search(r"[.!?:;]$", w.group(0)):
                return 0
        return 0
    end = words[0].end() if words else 0
    for i, w in enumerate(words[1:], start=1):
        word = w.group(0)
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        starts_sentence = word[:1].isupper() and nxt[:1].islower() and nxt not in connectors
        if word in connectors or (word[:1].isupper() and not starts_sentence) or (i == 1 and word[:1].islower()):
            if word[:1].isupper() and i >= 2 and nxt in connectors and nxt != "&":
                break  # "... Offer Schools in": a capitalised word and a connector start the text
            end = w.end()
            continue
        break
    return end


SAMPLE = """Review of Health Services for Children Looked After and Safeguarding in Testshire

Date of review:\t1 July - 5 July 2019

The child's journey

1. Early Help

1.1 Health visitors were good.

1.2 School nurses were not informed. (Recommendation 1.1).

Recommendations

1. **Testshire CCG should:**
 - 1.1 Ensure school nurses are informed.
"""
