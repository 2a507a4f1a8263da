"""File names with any bytes (issue 20, items 6 and 9): a name that is not UTF-8 or holds control
characters is stored and shown with escapes, the other files of its folder are ingested, no
message sends a control sequence to the terminal, the XML exports stay valid XML, and a failed
ingest leaves no stray part outside the manifest."""

from __future__ import annotations

import json
import os
import shutil
import xml.dom.minidom

import pytest
from conftest import ROOT, SAMPLE, run

BAD = os.fsdecode(b"bad\xff.txt")  # not UTF-8
CONTROL = "ctl\x1b[31mred\x07.txt"  # ESC and BEL


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for path in sorted((ROOT / "tests" / "corpus" / "development").glob("*.txt")):
        shutil.copy(path, folder / path.name)
    shutil.copy(SAMPLE, folder / BAD)
    shutil.copy(ROOT / "tests" / "probes" / "northam-2018.txt", folder / CONTROL)
    return folder


def _sources(target) -> set[str]:
    result = run([*target, "query", "MATCH (r:Report) RETURN r.source AS s", "--format", "json"])
    assert result.exit_code == 0, result.output
    return {os.path.basename(row["s"]) for row in json.loads(result.stdout)}


EXPECTED = {"ashvale-2015.txt", "ashvale-2018.txt", "brackenford-2017.txt", "bad\\xff.txt",
            "ctl\\x1b[31mred\\x07.txt"}


def test_any_bytes_in_file_names_embedded(folder, tmp_path):
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", folder])
    assert result.exit_code == 0, result.output
    assert "ingested 5 report(s)" in result.output
    assert _sources(["--store", store]) == EXPECTED
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        assert run(["--store", store, "export", "-o", out]).exit_code == 0
        text = xml.dom.minidom.parse(str(out)).toxml()
        assert "ctl\\x1b[31mred\\x07.txt" in text and "bad\\xff.txt" in text
    missing = run(["--store", store, "ingest", folder / "gone\x1b]0;title\x07.txt"])
    assert missing.exit_code == 2
    assert "\x1b" not in missing.output and "\x07" not in missing.output
    assert "gone\\x1b]0;title\\x07.txt" in missing.output


def test_any_bytes_in_file_names_bolt(folder, bolt_env):
    result = run(["--neo4j", bolt_env, "ingest", folder])
    assert result.exit_code == 0, result.output
    assert _sources(["--neo4j", bolt_env]) == EXPECTED


def test_control_characters_in_stored_text_are_escaped_in_xml(tmp_path):
    from clasgraph.graph.store import EmbeddedStore

    from clasgraph import read_report

    records = read_report(SAMPLE)
    finding = next(n for n in records.nodes if n.label == "Finding")
    finding.props["text"] = "a\x1b[2J\x0cb"
    store = EmbeddedStore(tmp_path / "store")
    assert store.ingest([records]) == 1
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        assert run(["--store", store.path, "export", "-o", out]).exit_code == 0
        assert "a\\x1b[2J\\x0cb" in xml.dom.minidom.parse(str(out)).toxml()


def test_a_failed_ingest_leaves_no_stray_part(tmp_path):
    from clasgraph.graph.store import EmbeddedStore

    from clasgraph import read_report

    store = EmbeddedStore(tmp_path / "store")
    assert store.ingest([read_report(SAMPLE)]) == 1
    before = sorted(p.name for p in store.path.iterdir())
    good = read_report(ROOT / "tests" / "probes" / "northam-2018.txt")
    bad = read_report(ROOT / "tests" / "probes" / "eastbridge-2017.txt")
    next(n for n in bad.nodes if n.label == "Report").props["title"] = "lone \udcff surrogate"
    with pytest.raises((TypeError, ValueError)):
        store.ingest([good, bad])
    assert sorted(p.name for p in store.path.iterdir()) == before
