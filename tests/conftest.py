"""Shared fixtures: the sample report, its records, and CLI helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"
REPORT_ID = "rutland-2019-10-04"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def records():
    from clasgraph import read_report

    return read_report(SAMPLE)


@pytest.fixture(scope="session")
def sample_graph(records):
    from clasgraph import build_graph

    return build_graph([records])


def run(args, **kwargs):
    """Run the CLI in-process; returns click's Result."""
    from clasgraph.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


def store_snapshot(path: Path) -> dict[str, bytes]:
    """Every file of a store with its bytes, to show a store was left exactly as it was."""
    return {p.name: p.read_bytes() for p in sorted(path.iterdir()) if p.is_file() and p.name != ".lock"}


@pytest.fixture
def ingested_store(tmp_path) -> Path:
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", SAMPLE])
    assert result.exit_code == 0, result.output
    return store
