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
           "read_document", "read_report", "read_reports"]


def read_document(path: str | Path) -> Document:
    """Read a report file (.txt, .md or .pdf) into a :class:`Document`."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        from clasgraph.ingest.pdf import read_pdf

        text, sha = read_pdf(path)
    else:
        from clasgraph.ingest.markdown import plain_markdown
        from clasgraph.ingest.readers import read_text

        text, sha = read_text(path)
        text = plain_markdown(text)
    from clasgraph.graph.shown import path_text

    return parse_document(text, source=path_text(path), sha256=sha)


def read_report(path: str | Path, known=()) -> ReportRecords:
    """Read and extract one report: the records that go into the graph; ``known``: (name, kind)
    of bodies already known, recognised where the report names them
    (:meth:`clasgraph.graph.resolve.KnownBodies.gazetteer`)."""
    return extract(read_document(path), known)


def _read_or_error(path: Path, known=()) -> ReportRecords | IngestError:
    from clasgraph.ingest.readers import check_regular

    try:
        check_regular(path)
        return read_report(path, known)
    except IngestError as exc:
        return exc


def read_reports(paths, workers: int | None = None, seconds: float | None = None, known=()):
    """(path, ReportRecords or the IngestError that says why not) for each file, in order;
    ``known`` as in :func:`read_report`, or a dict of it by path.

    Every file is read in a worker process (one a core, at most 8: reading and extraction are
    pure Python, so threads would not help), within ``seconds`` (by default
    ``CLASGRAPH_READ_SECONDS``, 60): a file still being read then is refused and its worker
    killed, and the other files are read. Where ``fork`` is unavailable the files are read
    here, unbounded.
    """
    import os

    from clasgraph.ingest.bounded import can_fork, read_bounded, read_seconds

    paths = list(paths)
    seconds = read_seconds() if seconds is None else seconds
    if not can_fork():
        for path in paths:
            yield path, _read_or_error(path, known.get(path, ()) if isinstance(known, dict) else known)
        return
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    import clasgraph.graph.shown
    import clasgraph.ingest.readers  # noqa: F401 - imported once here, not in every worker

    if len(paths) > 1:  # the parser of sentences no rule reads, loaded once here, not in every file's worker
        from clasgraph.ingest.parsed import parser

        parser()

    def read(path):
        return _read_or_error(path, known.get(path, ()) if isinstance(known, dict) else known)

    yield from read_bounded(read, paths, min(workers, len(paths)), seconds)
