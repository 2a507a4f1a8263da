"""Reader processes end when their parent ends, whatever the signal (issue 20, item 8): SIGTERM
or SIGKILL of an ingest of several files used to leave both reader processes alive forever
under PID 1."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

#: CI's reverse-order run leaves these out (pyproject's slow marker): each reads files into a folder or
#: records of its own and keeps nothing, so no order changes them.
pytestmark = pytest.mark.slow

CLASGRAPH = Path(sys.executable).with_name("clasgraph")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_reader_workers_end_with_their_parent(tmp_path, sig):
    folder = tmp_path / "reports"
    folder.mkdir()
    text = (ROOT / "tests" / "probes" / "northam-2018.txt").read_text(encoding="utf-8")
    for i in range(200):  # enough reading that the workers are still busy when the parent ends
        (folder / f"copy-{i:03d}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "CLASGRAPH_STORE": str(tmp_path / "store")}
    parent = subprocess.Popen([str(CLASGRAPH), "-q", "ingest", str(folder)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    for _ in range(600):  # until the pool's workers exist (at most a minute on a loaded machine)
        workers = _children(parent.pid)
        if len(workers) >= 2 or parent.poll() is not None:
            break
        time.sleep(0.1)
    assert len(workers) >= 2 and parent.poll() is None, "the ingest ended before its workers could be seen"
    parent.send_signal(sig)
    parent.wait()
    for _ in range(300):
        if not any(map(_alive, workers)):
            break
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for pid in left:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, f"reader processes {left} outlived their parent (signal {sig.name})"
