"""The README's promises: its first command works, its schema is the schema, CI runs its tests."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import expected as X
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _code_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, re.DOTALL)


def test_readme_starts_with_two_setup_commands():
    blocks = _code_blocks()
    assert blocks[0].strip().startswith("pip install -e . && clasgraph ingest")
    assert "pytest" in blocks[1]
    assert README.index(blocks[0]) < README.index("---")


def test_first_command_ingests_maps_and_prints_a_query_result(tmp_path):
    first = _code_blocks()[0].strip()
    steps = [s.strip() for s in first.split("&&")][1:]  # the install is done already
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    for step in steps:
        args = step.split()
        assert args[0] == "clasgraph"
        done = subprocess.run([sys.executable, "-m", "clasgraph.cli", *args[1:]], cwd=tmp_path, check=False,
                              capture_output=True, text=True, env={"COLUMNS": "200", "PATH": ""})
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "commissioning.html").stat().st_size > 100_000
    # The table's rows as {organisation: recommendations}, in the order printed.
    header = next([cell.strip() for cell in line.strip("┃ ").split("┃")]
                  for line in done.stdout.splitlines() if line.startswith("┃"))
    rows = [dict(zip(header, (cell.strip() for cell in line.strip("│ ").split("│"))))
            for line in done.stdout.splitlines() if line.startswith("│")]
    assert all(r["report"] == X.R and r["published"] == "2019-10-04" for r in rows)  # its review
    rows = [[r["organisation"], r["recommendations"]] for r in rows]
    counts = {row[0]: row[-1] for row in rows}
    addressees = set().union(*X.ADDRESSEES.values())
    most = max(addressees, key=lambda org: len(X.addressed_to(org)))  # LPT: 23 of the 38
    assert rows[0][0] == X.HEADER_NAMES[most]
    for org, name in X.HEADER_NAMES.items():
        assert counts.get(name) == str(len(X.addressed_to(org))), (name, done.stdout)


def test_schema_section_is_the_schema():
    from clasgraph.graph.schema import describe

    section = README.split("<!-- schema:start -->\n", 1)[1].split("<!-- schema:end -->", 1)[0]
    assert section.strip() == describe().strip()


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert _code_blocks()[1].strip() in ci
