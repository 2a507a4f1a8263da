"""Shared fixtures: the sample report, its records, and CLI helpers."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"
REPORT_ID = "rutland-2019-10-04"
#: The development set: fictional reports with hand-checked gold files.
DEV = ROOT / "tests" / "corpus" / "development"


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


_WESTFORD_HEAD = ["Review of health services for Children Looked After and Safeguarding in Westford", "",
                  "Date of review: 6 May 2019 - 10 May 2019", "Date of publication: 1 July 2019",
                  "Name(s) of CQC inspector: Ann Example", "Provider services included: Acme Community Trust",
                  "CCGs included: NHS Westford CCG", "", "Context of the review", ""]
_WESTFORD_REST = ["", "The child's journey", "", "1. Early help", "", "1.1 Staff were trained.", "",
                  "Recommendations", "", "1. NHS Westford CCG should:", "", "1.1 Make sure staff are trained.", ""]


def westford_review(context: str) -> str:
    """A short invented review of Westford (Acme Community Trust, NHS Westford CCG) whose context
    is ``context``: for reading one paragraph as a real review's would be read."""
    return "\n".join([*_WESTFORD_HEAD, context, *_WESTFORD_REST])


#: Westford's bodies by name, with their kinds, for the sentence-level readers' tests (the parse's
#: roles, tests/test_grammar.py; the learned model, tests/test_learned.py).
WESTFORD_BODIES = {"Westford Council": "local-authority", "NHS Westford CCG": "ccg",
                   "Acme Community Trust": "nhs-trust", "Brightpath": "charity"}


def westford_bodies_in(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each of :data:`WESTFORD_BODIES` ``text`` names, as a roster's
    ``orgs_in`` gives them."""
    return sorted((m.start(), m.end(), name) for name in WESTFORD_BODIES for m in re.finditer(re.escape(name), text))


def run(args, **kwargs):
    """Run the CLI in-process; returns click's Result."""
    from clasgraph.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


def run_json(args):
    """Run the CLI in-process, assert it succeeded and return what it printed as JSON (the
    caller asks for JSON: ``--format json``)."""
    result = run(args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def store_snapshot(path: Path) -> dict[str, bytes]:
    """Every file of a store with its bytes, to show a store was left exactly as it was."""
    return {p.name: p.read_bytes() for p in sorted(path.iterdir()) if p.is_file() and p.name != ".lock"}


@pytest.fixture(scope="session")
def sample_store_ingested_once(tmp_path_factory) -> Path:
    """The sample ingested once into a store that no test uses: :func:`ingested_store` copies it.

    One query builds the store's engine database (the embedded Cypher engine's copy of the
    graph, which a store's first query builds, ~1-2 s) here, once, so a copy does not build it
    again in every test (the copy keeps each file's size and time, so it is intact). The first
    build, and queries racing to make it, are tested on stores of their own
    (test_store_faults)."""
    store = tmp_path_factory.mktemp("sample-once") / "store"
    result = run(["--store", store, "ingest", SAMPLE])
    assert result.exit_code == 0, result.output
    result = run(["--store", store, "query", "MATCH (n:Report) RETURN count(n) AS n"])
    assert result.exit_code == 0, result.output
    assert list(store.glob("cypher-*")), "the first query built no engine database"
    return store


@pytest.fixture
def ingested_store(tmp_path, sample_store_ingested_once) -> Path:
    """A store holding the sample, the test's own to change: a copy of the files one ingest
    and one query wrote (a store holds no path of its own, so the copy is what an ingest into
    it writes)."""
    store = tmp_path / "store"
    shutil.copytree(sample_store_ingested_once, store)
    return store


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory) -> list:
    """``--store`` of one store holding the development set and the sample, shared by every
    test that asks for it: tests only read it (a refused input leaves it as it was)."""
    store = tmp_path_factory.mktemp("development") / "store"
    result = run(["--store", store, "ingest", *sorted(DEV.glob("*.txt")), SAMPLE])
    assert result.exit_code == 0, result.output
    return ["--store", store]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


ARCADEDB_PASSWORD = "clasgraph-test-password"


class ArcadeDB:
    """An ArcadeDB server with its Bolt plugin, in a child process, on loopback ports."""

    def __init__(self, root: Path, bolt: int | None = None, http: int | None = None):
        self.root, self.bolt, self.http = root, bolt or free_port(), http or free_port()
        self.proc = None

    @property
    def settings(self) -> dict:
        return {"uri": f"bolt://127.0.0.1:{self.bolt}", "username": "root",
                "password": ARCADEDB_PASSWORD, "database": "clasgraph"}

    def start(self) -> ArcadeDB:
        log = open(self.root / "server.log", "w+")  # noqa: SIM115 - the server writes to it until stopped
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "arcadedb_server.py"), str(self.root / "data"),
             str(self.bolt), str(self.http), ARCADEDB_PASSWORD],
            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=self.root)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and self.proc.poll() is None:
            log.seek(0)
            if "READY" in log.read():
                return self
            time.sleep(0.5)
        log.seek(0)
        output = log.read()
        self.proc.kill()
        pytest.fail(f"ArcadeDB's Bolt server did not start:\n{output[-3000:]}")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture(scope="session")
def arcadedb(tmp_path_factory):
    """A real Bolt server: ArcadeDB with its Bolt plugin on a free loopback port.

    The test fails (never skips) if the server cannot start.
    """
    server = ArcadeDB(tmp_path_factory.mktemp("arcadedb")).start()
    yield server.settings
    server.stop()


def _bolt_targets():
    targets = ["arcadedb"]
    if os.environ.get("NEO4J_URI"):
        targets.append("neo4j")
    return targets


@pytest.fixture(scope="session", params=_bolt_targets())
def bolt_server(request):
    """Connection settings of each Bolt server under test (ArcadeDB; Neo4j when NEO4J_URI is set).

    The tests empty the database they are given.
    """
    if request.param == "arcadedb":
        return request.getfixturevalue("arcadedb")
    return {"uri": os.environ["NEO4J_URI"], "username": os.environ.get("NEO4J_USERNAME", "neo4j"),
            "password": os.environ.get("NEO4J_PASSWORD", ""),
            "database": os.environ.get("NEO4J_DATABASE") or None}


def reach_bolt(bolt_server, monkeypatch) -> str:
    """Set the environment for the CLI to reach the Bolt server and empty its database; the
    server's URI."""
    monkeypatch.setenv("NEO4J_USERNAME", bolt_server["username"])
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server["password"])
    if bolt_server["database"]:
        monkeypatch.setenv("NEO4J_DATABASE", bolt_server["database"])
    else:
        monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    empty_bolt(bolt_server["uri"])
    return bolt_server["uri"]


def empty_bolt(uri: str) -> None:
    """Delete everything the Bolt server's database holds."""
    from clasgraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(uri)
    try:
        store.query("MATCH (n) DETACH DELETE n", write=True)
    finally:
        store.close()


@pytest.fixture
def bolt_env(bolt_server, monkeypatch):
    """Environment for the CLI to reach the Bolt server; the database starts empty."""
    return reach_bolt(bolt_server, monkeypatch)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every test that opens a page (maps, board packs): Playwright's
    sync API allows one running instance at a time, whatever order the tests run in."""
    from playwright.sync_api import sync_playwright
    from test_maps import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()
