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
        from clasgraph.ingest.readers import read_text

        text, sha = read_text(path)
    from clasgraph.graph.shown import path_text

    return parse_document(text, source=path_text(path), sha256=sha)


def read_report(path: str | Path) -> ReportRecords:
    """Read and extract one report: the records that go into the graph."""
    return extract(read_document(path))


def _read_or_error(path: Path) -> ReportRecords | IngestError:
    from clasgraph.ingest.readers import check_regular

    try:
        check_regular(path)
        return read_report(path)
    except IngestError as exc:
        return exc


def read_reports(paths, workers: int | None = None):
    """(path, ReportRecords or the IngestError that says why not) for each file, in order.

    Many files are read in parallel, one process a core (reading and extraction are pure
    Python, so threads would not help); a few are read here.
    """
    import os

    paths = list(paths)
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if workers < 2 or len(paths) < 4:
        for path in paths:
            yield path, _read_or_error(path)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from clasgraph.lifetime import end_with_parent

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=end_with_parent, initargs=(os.getpid(),)) as pool:
        yield from zip(paths, pool.map(_read_or_error, paths, chunksize=1))
