"""Reading report files in worker processes, each file within a time bound.

Reading a hostile file can take far longer than its size suggests; one such file must not
hold up the batch. Every file is read in a forked worker process (at most ``workers`` at
once); a worker still reading when the bound runs out is killed, its file refused in one line
naming it and the bound, and a fresh worker takes the next file. Results come back in the
order of the files. Workers end with their parent, whatever the signal
(:func:`clasgraph.lifetime.end_with_parent`). Where ``fork`` is unavailable files are
read in this process, without a bound.

The bound comes from the environment: ``CLASGRAPH_READ_SECONDS`` (default 60).

>>> read_seconds({"CLASGRAPH_READ_SECONDS": "0.5"})
0.5
>>> read_seconds({})
60.0
>>> print(too_slow("a.txt", 60.0))
a.txt: not read: reading took longer than 60 s (CLASGRAPH_READ_SECONDS raises the bound)
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from clasgraph.ingest.document import IngestError

READ_SECONDS = "CLASGRAPH_READ_SECONDS"
DEFAULT_SECONDS = 60.0


class BadReadBound(ValueError):
    """``CLASGRAPH_READ_SECONDS`` is not a positive number."""


def read_seconds(env=None) -> float:
    """The time bound on reading one file, from the environment; not a positive number is
    refused (:class:`BadReadBound`)."""
    env = os.environ if env is None else env
    text = env.get(READ_SECONDS)
    if text is None or text.strip() == "":
        return DEFAULT_SECONDS
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):  # also refuses NaN
        raise BadReadBound(f"${READ_SECONDS}={text!r}: give a positive number of seconds")
    return value


def too_slow(path, seconds: float) -> IngestError:
    """The refusal of a file whose reading went past the bound."""
    return IngestError(f"{path}: not read: reading took longer than {seconds:g} s "
                       f"({READ_SECONDS} raises the bound)")


def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _reader(read, path: Path, parent: int, conn) -> None:
    """A worker: read one file and send back the result (or the exception)."""
    import signal

    from clasgraph.lifetime import end_with_parent

    end_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        result = read(path)
    except Exception as exc:  # noqa: BLE001 - a bug: raised again in the parent, as a pool would
        result = exc
    conn.send(result)
    conn.close()


class _Worker:
    """One file being read in its own process."""

    def __init__(self, context, read, index: int, path: Path, seconds: float):
        self.index, self.path = index, path
        self.conn, child_end = context.Pipe(duplex=False)
        self.process = context.Process(target=_reader, args=(read, path, os.getpid(), child_end),
                                       daemon=False)  # a PDF reader forks a child of its own; PR_SET_PDEATHSIG ends it
        self.process.start()
        child_end.close()  # so that a worker that dies is seen as the end of its pipe
        self.deadline = time.monotonic() + seconds

    def result(self):
        """The worker's answer, once its pipe is readable."""
        try:
            answer = self.conn.recv()
        except (EOFError, OSError):
            self.process.join()
            answer = IngestError(f"{self.path}: not read: the reader process ended "
                                 f"(exit {self.process.exitcode})")
        self.end()
        return answer

    def end(self) -> None:
        """Kill the worker if it still runs, and reap it."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def read_bounded(read, paths, workers: int, seconds: float):
    """(path, read(path)) for each path, in order, each read in a worker within ``seconds``;
    one past the bound gives :func:`too_slow` instead. ``read`` returns its errors (it does
    not raise them); any other exception is raised here."""
    import multiprocessing
    from multiprocessing.connection import wait

    context = multiprocessing.get_context("fork")
    paths = list(paths)
    done: dict[int, object] = {}
    running: dict[int, _Worker] = {}
    started = given = 0
    try:
        while given < len(paths):
            while len(running) < max(1, workers) and started < len(paths):
                running[started] = _Worker(context, read, started, paths[started], seconds)
                started += 1
            if given in done:
                answer = done.pop(given)
                if isinstance(answer, BaseException) and not isinstance(answer, IngestError):
                    raise answer
                yield paths[given], answer
                given += 1
                continue
            timeout = max(0.0, min(w.deadline for w in running.values()) - time.monotonic())
            ready = wait([w.conn for w in running.values()], timeout)
            for worker in list(running.values()):
                if worker.conn in ready or worker.conn.poll():  # finished, perhaps while we waited
                    done[worker.index] = running.pop(worker.index).result()
                elif time.monotonic() >= worker.deadline:
                    running.pop(worker.index).end()
                    done[worker.index] = too_slow(worker.path, seconds)
    finally:
        for worker in running.values():
            worker.end()
