"""A per-file time bound on reading (issue 20, item 1): a hostile file whose reading takes
minutes is refused in one line naming it and the bound, its worker is killed (none left), and
the other files of the batch are still read and ingested."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest
from clasgraph.ingest import IngestError
from clasgraph.ingest.bounded import read_bounded
from conftest import ROOT, SAMPLE, run

PROBES = ["eastbridge-2017", "hartley-upon-tame-2018", "northam-2018"]
#: The probes' report ids: each area with its publication date, as their gold files give them.
PROBE_IDS = ["eastbridge-2017-06-02", "hartley-upon-tame-2018-05-11", "northam-2018-01-19"]
#: Generous for a good report on a loaded machine, far less than the hostile file takes.
BOUND = "3"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _children(pid: int) -> set[int]:
    """Live (not zombie) child processes of ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def _hostile_report(path: Path) -> None:
    """The sample with one finding stuffed with a trust's name, listed 40,000 times over."""
    text = SAMPLE.read_text(encoding="utf-8")
    anchor = "In response, UHL had introduced a checklist"
    assert anchor in text
    path.write_text(text.replace(anchor, "Leicestershire Partnership NHS Trust, " * 40_000 + anchor, 1),
                    encoding="utf-8")


def test_probe_ids_are_the_gold_files():
    for name, report_id in zip(PROBES, PROBE_IDS, strict=True):
        gold = json.loads((ROOT / "tests" / "probes" / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert report_id.endswith(gold["report"]["published"])


@linux_only
def test_a_file_past_the_bound_is_refused_and_the_rest_ingested(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    hostile = folder / "hostile.txt"
    _hostile_report(hostile)
    for name in PROBES:
        (folder / f"{name}.txt").write_bytes((ROOT / "tests" / "probes" / f"{name}.txt").read_bytes())
    store = tmp_path / "store"
    monkeypatch.setenv("CLASGRAPH_READ_SECONDS", BOUND)
    before = _children(os.getpid())

    result = run(["--store", store, "ingest", folder])

    assert result.exit_code == 2, result.output
    refusals = [line for line in result.stderr.splitlines() if "hostile.txt" in line]
    assert refusals == [(f"error: {hostile}: not read: reading took longer than {BOUND} s "
                        "(CLASGRAPH_READ_SECONDS raises the bound)")]
    assert "ingested 3 report(s)" in result.output
    assert result.stderr.splitlines()[-1] == "Error: 1 of 4 file(s) could not be ingested"
    # no worker left behind: the stuck one was killed, the others ended
    assert _children(os.getpid()) <= before
    stored = run(["--store", store, "query", "MATCH (r:Report) RETURN r.id AS id ORDER BY id",
                  "--format", "json"])
    assert stored.exit_code == 0, stored.output
    assert [row["id"] for row in json.loads(stored.stdout)] == PROBE_IDS


def _read_name(path: Path):
    """A reader for the mechanism alone: a file called ``stuck`` never finishes, ``dies`` ends
    its process, and the others read at once."""
    if path.name == "stuck":
        time.sleep(600)
    if path.name == "dies":
        os._exit(3)
    return path.name.upper()


@linux_only
@pytest.mark.parametrize("workers", [1, 2])
def test_a_fresh_worker_takes_over_and_order_is_kept(workers):
    before = _children(os.getpid())
    paths = [Path(n) for n in ("a", "stuck", "b", "dies", "c")]

    answers = list(read_bounded(_read_name, paths, workers, 1.0))

    assert [p for p, _ in answers] == paths
    assert [a for _, a in answers if not isinstance(a, IngestError)] == ["A", "B", "C"]
    assert str(answers[1][1]) == ("stuck: not read: reading took longer than 1 s "
                                  "(CLASGRAPH_READ_SECONDS raises the bound)")
    assert str(answers[3][1]) == "dies: not read: the reader process ended (exit 3)"
    assert _children(os.getpid()) <= before


def test_a_bound_that_is_not_a_number_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("CLASGRAPH_READ_SECONDS", "soon")
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", SAMPLE])
    assert result.exit_code == 2
    assert result.output == "Error: $CLASGRAPH_READ_SECONDS='soon': give a positive number of seconds\n"
    assert not store.exists()
