"""Plain data read from a report file, before any extraction.

A :class:`Document` is what a reader (text or PDF) produces: the header fields, the paragraphs
of the context section, the numbered findings with their sections, the unnumbered boxes and the
recommendation groups. Nothing here knows about graphs or stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(Exception):
    """A file that cannot be ingested. The message names the file and the problem."""


@dataclass
class Box:
    """An unnumbered box ("Case example", "Positive Practice in ...") after a finding."""

    title: str
    text: str
    after: str | None  # number of the finding it follows


@dataclass
class Paragraph:
    """A numbered finding paragraph such as ``2.2`` or ``5.1.11``."""

    number: str
    section: str
    text: str  # emphasis markers removed


@dataclass
class RecommendationItem:
    number: str
    text: str


@dataclass
class RecommendationGroup:
    """A numbered group header ("NHS England together with ... should:") and its items."""

    number: str
    header: str
    items: list[RecommendationItem] = field(default_factory=list)


@dataclass
class Document:
    source: str
    sha256: str
    title: str = ""
    header: dict[str, str] = field(default_factory=dict)
    context: list[str] = field(default_factory=list)
    #: False when the context's paragraph breaks were lost (a copy whose lines are pages): its
    #: parts are then pages, not paragraphs, and are cited as "context" without a number.
    context_paragraphs: bool = True
    findings: list[Paragraph] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    recommendations: list[RecommendationGroup] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)  # "Next steps" paragraphs
    #: The lines of a key to the report's short names ("RCCG<TAB>NHS Rookhaven CCG"), under a
    #: heading such as "Abbreviations" (:mod:`clasgraph.ingest.glossary`).
    glossary: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
