"""clasgraph: CQC CLAS review reports as an accountability graph.

>>> from clasgraph import read_report
>>> records = read_report("examples/rutland-clas-2019.txt")   # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["build_graph", "load_graph", "read_report"]


def read_report(path):
    """Read one report file and return its :class:`~clasgraph.ingest.ReportRecords`."""
    from clasgraph.ingest import read_report as _read

    return _read(path)


def build_graph(records_list):
    """A NetworkX ``MultiDiGraph`` from the records of one or more reports."""
    from clasgraph.graph.builder import build_graph as _build

    return _build(records_list)


def load_graph(store=None):
    """The graph held in an embedded store directory (default ``./clasgraph-data``)."""
    from clasgraph.graph.store import EmbeddedStore

    return EmbeddedStore(store).load()
