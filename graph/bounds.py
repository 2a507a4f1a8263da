"""Bounds on a query's work: time, memory and rows, with defaults that fit a laptop.

On the embedded store each query runs in a child process (forked, so nothing is imported or
loaded again) that opens the engine's database read-only with a bounded buffer pool, sets the
engine's own timeout and limits its address space (``RLIMIT_AS``); the parent waits at most the
time bound and ends the child if it does not answer. A query that goes past a bound, or an engine
that crashes, is one line naming the bound and how to raise it (exit 1), never a hang, a machine
out of memory or a traceback; an answer longer than the row bound is cut, and says so.

The bounds come from the environment:

- ``CLASGRAPH_QUERY_SECONDS`` (default 120): wall time of one query;
- ``CLASGRAPH_QUERY_MEMORY_MB`` (default 2048): memory of the engine running it;
- ``CLASGRAPH_QUERY_ROWS`` (default 100000): rows of one answer (the rest is cut, with a warning).

>>> Bounds.from_env({"CLASGRAPH_QUERY_SECONDS": "5", "CLASGRAPH_QUERY_ROWS": "10"})
Bounds(seconds=5.0, memory_mb=2048, rows=10)
>>> engine_failure("Buffer manager exception: Unable to allocate memory!", Bounds()).exit_code
1
>>> print(engine_failure("Parser exception: Invalid input", Bounds()))
None
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from clasgraph.graph.protocol import StoreError

SECONDS, MEMORY, ROWS = "CLASGRAPH_QUERY_SECONDS", "CLASGRAPH_QUERY_MEMORY_MB", "CLASGRAPH_QUERY_ROWS"


class QueryBound(StoreError):
    """A query went past a bound (time, memory) or the engine failed running it: exit 1."""

    exit_code = 1


@dataclass(frozen=True)
class Bounds:
    seconds: float = 120.0
    memory_mb: int = 2048
    rows: int = 100_000

    @classmethod
    def from_env(cls, env=None) -> Bounds:
        """The bounds the environment sets; a value that is not a positive number is refused."""
        env = os.environ if env is None else env
        values = {}
        for field, name, kind in (("seconds", SECONDS, float), ("memory_mb", MEMORY, int), ("rows", ROWS, int)):
            text = env.get(name)
            if text is None or text == "":
                continue
            try:
                value = kind(text)
            except ValueError:
                value = 0
            if not value > 0 or value != value:  # noqa: PLR0124 - NaN
                from clasgraph.graph.protocol import BadStoreArgument

                raise BadStoreArgument(f"${name}={text!r}: give a positive number")
            values[field] = value
        return cls(**values)

    def too_slow(self) -> QueryBound:
        return QueryBound(f"the query ran past the time bound of {self.seconds:g} s and was stopped "
                          f"(${SECONDS} raises it)")

    def too_big(self, detail: str = "") -> QueryBound:
        return QueryBound(f"out of memory: the query needed more than the bound of {self.memory_mb} MB "
                          f"and was stopped (${MEMORY} raises it)" + (f" [{detail}]" if detail else ""))


def say_cut(rows: int) -> None:
    """Tell (on standard error) that an answer was cut at the row bound."""
    print(f"warning: the answer was cut at {rows} rows, the row bound (${ROWS} raises it; "
          "LIMIT in the query says which rows)", file=sys.stderr)


_MEMORY_SIGNS = ("buffer manager exception", "bad_alloc", "unable to allocate", "out of memory",
                 "cannot allocate memory")


def engine_failure(message: str, bounds: Bounds, folder=None) -> QueryBound | None:
    """The engine's error as a failure while working (exit 1), or None when it is the query's
    fault (syntax, unknown names: bad input)."""
    first = message.strip().splitlines()[0] if message.strip() else "no message"
    low = first.lower()
    if any(sign in low for sign in _MEMORY_SIGNS) or ("mmap" in low and "failed" in low):
        return bounds.too_big(first)
    if "interrupted" in low or "timeout" in low:
        return bounds.too_slow()
    if low.startswith("engine failure: "):
        return QueryBound(f"{first[16:]} (it may have needed more than the memory bound of "
                          f"{bounds.memory_mb} MB: ${MEMORY} raises it)")
    if low.startswith("io exception") or "no space left" in low:
        return QueryBound(f"{disk_state(folder)}: the embedded Cypher engine could not read or write "
                          f"its files ({first})")
    return None


def disk_state(folder) -> str:
    """``disk full`` when the folder's file system has (almost) no space left, else ``disk error``."""
    import shutil

    try:
        if folder is not None and shutil.disk_usage(folder).free < 64 * 2**20:
            return f"disk full ({folder})"
    except OSError:
        pass
    return "disk error"
