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

from clasgraph.ingest.document import (
    Box,
    Document,
    Paragraph,
    RecommendationGroup,
    RecommendationItem,
)

#: Header labels as printed in reports, mapped to the field names clasgraph uses.
HEADER_LABELS = {
    "date of review": "review_dates",
    "date of publication": "published",
    "name(s) of cqc inspector": "inspectors",
    "name of cqc inspector": "inspectors",
    "names of cqc inspectors": "inspectors",
    "provider services included": "providers",
    "ccgs included": "ccgs",
    "nhs england area": "nhs_england_area",
    "cqc region": "cqc_region",
    "cqc deputy chief inspector": "deputy_chief_inspector",
}

#: Section headings as printed, mapped to the canonical section names.
SECTION_NAMES = {
    "early help": "Early help",
    "children in need": "Children in need",
    "child protection": "Child protection",
    "children looked after": "Looked after children",
    "looked after children": "Looked after children",
    "management": "Management",
    "leadership and management": "Leadership and management",
    "leadership & management": "Leadership and management",
    "governance": "Governance",
    "training and supervision": "Training and supervision",
}

_EMPHASIS = re.compile(r"\*+")
_SPACES = re.compile(r"[ \t]{2,}|\t")
_NUMBERED = re.compile(r"^(\d+(?:\.\d+){0,2})\.?\s+(\S.*)$", re.DOTALL)
_REC_GROUP = re.compile(r"^(\d+)\.?\s+(.*\bshould\b.*?):?$", re.DOTALL | re.IGNORECASE)
_REC_ITEM = re.compile(r"^(\d+\.\d+)\.?\s+(\S.*)$", re.DOTALL)
_CONTENTS_LINE = re.compile(r"^.+\t\d+$")


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

    >>> canonical_section("4. Children Looked After")
    'Looked after children'
    """
    title = re.sub(r"^\d+(\.\d+)*\.?\s*", "", strip_emphasis(heading)).strip()
    return SECTION_NAMES.get(title.lower(), title[:1].upper() + title[1:].lower())


def _is_heading(text: str) -> bool:
    """A short line without a full stop: a heading, not a paragraph."""
    if len(text) > 120:
        return False
    text = strip_emphasis(text)
    return 0 < len(text) <= 70 and not text.rstrip().endswith((".", ":", ";", ",")) and "\n" not in text


def _blocks(text: str) -> list[str]:
    """Blank-line separated blocks; a block of several lines keeps its line breaks."""
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def _split_lines_block(block: str) -> list[str]:
    return [ln for ln in block.split("\n") if ln.strip()]


class _Parser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.mode = "front"
        self.part = ""  # "1. Early Help" level
        self.section = ""  # canonical section for the findings that follow
        self.box: Box | None = None
        self.group: RecommendationGroup | None = None
        self.header_labels: list[str] = []  # flattened header: labels seen without values

    # -- front matter -------------------------------------------------------------------
    def header_line(self, line: str) -> bool:
        m = re.match(r"^([^:\t]{3,100}):\s*(.*)$", line.strip())
        if not m:
            return False
        label = m.group(1).strip().lower()
        key = next((v for k, v in HEADER_LABELS.items() if label.startswith(k)), None)
        if key is None:
            return False
        value = m.group(2).strip()
        if value:
            self.doc.header[key] = value
        else:
            self.header_labels.append(key)
        return True

    def header_values(self, lines: list[str]) -> None:
        """Values of a flattened header (all labels first, then all values)."""
        from clasgraph.ingest.header import assign_flattened_values

        self.doc.header.update(assign_flattened_values(self.header_labels, lines))
        self.header_labels = []

    # -- findings -------------------------------------------------------------------------
    def close_box(self) -> None:
        if self.box is not None:
            self.box.text = self.box.text.strip()
            self.doc.boxes.append(self.box)
            self.box = None

    def finding_block(self, block: str) -> None:
        flat = " ".join(ln.strip() for ln in block.split("\n"))
        m = _NUMBERED.match(strip_emphasis(flat))
        if m and _is_heading(m.group(2)) and "." not in m.group(1):
            self.close_box()
            self.part = canonical_section(flat)
            self.section = self.part
            return
        if m and _is_heading(m.group(2)):
            self.close_box()
            self.section = canonical_section(flat)
            return
        if m and "." in m.group(1):
            self.close_box()
            number = m.group(1)
            raw = re.sub(r"^\s*" + re.escape(number) + r"\.?\s+", "", flat)
            if any(f.number == number for f in self.doc.findings):
                self.doc.warnings.append(f"paragraph {number} appears twice; the second is kept")
                self.doc.findings = [f for f in self.doc.findings if f.number != number]
            self.doc.findings.append(Paragraph(number, self.section, strip_emphasis(raw), raw))
            return
        # Unnumbered text between findings: a box, or the section's introduction.
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
        g = _REC_GROUP.match(text)
        if g and not _REC_ITEM.match(text):
            self.group = RecommendationGroup(g.group(1), g.group(2).rstrip(":").strip())
            self.doc.recommendations.append(self.group)
            return
        item = _REC_ITEM.match(text)
        if item and self.group is not None and item.group(1).split(".")[0] == self.group.number:
            self.group.items.append(RecommendationItem(item.group(1), item.group(2).strip()))
        elif self.group is not None and self.group.items:
            self.group.items[-1].text += " " + text  # a wrapped line
        elif self.group is not None:
            self.group.header = (self.group.header + " " + text).strip()

    # -- driver ------------------------------------------------------------------------------
    def feed(self, block: str) -> None:
        first = strip_emphasis(block.split("\n", 1)[0])
        lowered = first.lower()
        if self.mode in ("front", "header") and not self.doc.title and first:
            self.doc.title = first
            return
        if self.mode == "front" and re.match(r"^The role of health services in ", first):
            self.doc.header.setdefault("area", first)
            return
        if lowered == "contents":
            self.mode = "contents"
            return
        if lowered == "context of the review":
            self.mode = "context"
            return
        if lowered in ("the report", "the child's journey"):
            self.mode = "findings"
            return
        if lowered == "recommendations" and self.mode in ("findings", "front", "context", "other"):
            self.close_box()
            self.mode = "recommendations"
            return
        if lowered == "next steps":
            self.close_box()
            self.mode = "closing"
            return
        if lowered in ("summary of the review", "about the review", "how we carried out the review"):
            self.mode = "other"
            return
        if self.mode == "contents":
            if all(_CONTENTS_LINE.match(ln) for ln in _split_lines_block(block)):
                return
            self.mode = "other"
        if self.mode in ("front", "header"):
            lines = _split_lines_block(block)
            rest = [ln for ln in lines if not self.header_line(ln)]
            if self.header_labels and rest:
                self.header_values(rest)
            elif len(rest) < len(lines):
                self.mode = "header"
            return
        if self.mode == "context":
            self.doc.context.append(strip_emphasis(" ".join(block.split("\n"))))
        elif self.mode == "findings" or (self.mode == "other" and _NUMBERED.match(first)):
            self.mode = "findings"
            self.finding_block(block)
        elif self.mode == "recommendations":
            for line in _split_lines_block(block):
                self.recommendation_line(line)
        elif self.mode == "closing":
            self.doc.closing.append(strip_emphasis(" ".join(block.split("\n"))))


def parse_document(text: str, source: str, sha256: str) -> Document:
    """Split a report's normalised text into a :class:`Document`."""
    doc = Document(source=source, sha256=sha256)
    parser = _Parser(doc)
    for block in _blocks(text):
        parser.feed(block)
    parser.close_box()
    return doc


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
