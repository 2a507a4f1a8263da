"""Readers, document structure and extractors: from a report file to typed records.

>>> from clasgraph.ingest import read_document, extract
"""

from __future__ import annotations

from pathlib import Path

from clasgraph.ingest.document import Document, IngestError
from clasgraph.ingest.extract import extract
from clasgraph.ingest.records import Edge, Node, ReportRecords
from clasgraph.ingest.structure import parse_document

__all__ = ["Document", "Edge", "IngestError", "Node", "ReportRecords", "extract",
           "read_document", "read_report"]


def read_document(path: str | Path) -> Document:
    """Read a report file (.txt, .md or .pdf) into a :class:`Document`."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        from clasgraph.ingest.pdf import read_pdf

        text, sha = read_pdf(path)
    else:
        from clasgraph.ingest.readers import read_text

        text, sha = read_text(path)
    return parse_document(text, source=str(path), sha256=sha)


def read_report(path: str | Path) -> ReportRecords:
    """Read and extract one report: the records that go into the graph."""
    return extract(read_document(path))
