"""Hostile and broken input: every mutation of the sample ingests with warnings or is refused
with a clear message; never a traceback, and a refused input leaves the store as it was.

CI runs a bounded number of examples (FUZZ_EXAMPLES, default 24; 40 until session 30, cut for CI's time);
bench/fuzz_long.py runs more.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter

import pytest
from click.testing import CliRunner
from conftest import SAMPLE, store_snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "24"))
TEXT = SAMPLE.read_text(encoding="utf-8")
LINES = TEXT.split("\n")
BOUNDARIES = [i for i, ln in enumerate(LINES) if re.match(
    r"^(\d+\. [A-Z]|\d+\.\d+ [A-Z][a-z]+( [a-z&]+)*$|Recommendations$|Next steps$|Contents$|"
    r"Context of the review$|The report$)", ln)]
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
           "'}) MATCH (n) DETACH DELETE n //", "\"}) DETACH DELETE n //", "$rid", "{{7*7}}",
           "\x00\x01\x07\x1b[31m", "\u202e\u200b", "�"]


@st.composite
def mutated_reports(draw) -> bytes:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "delete", "duplicate", "shuffle", "renumber",
                                     "hostile", "control", "encoding", "enormous", "blank"]))
        if kind == "truncate":
            lines = lines[: draw(st.sampled_from(BOUNDARIES + [len(lines)]))]
        elif kind == "delete" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            del lines[i: i + draw(st.integers(1, 30))]
        elif kind == "duplicate" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i:i] = lines[i: i + draw(st.integers(1, 10))]
        elif kind == "shuffle":
            cut = [b for b in BOUNDARIES if b < len(lines)] + [len(lines)]
            sections = [lines[a:b] for a, b in itertools.pairwise(cut)]
            order = draw(st.permutations(range(len(sections))))
            lines = lines[: cut[0]] + [ln for j in order for ln in sections[j]]
        elif kind == "renumber" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = re.sub(r"^\d+(\.\d+)+", draw(st.sampled_from(["2.2", "1.1", "5.1", "99.99.99"])),
                              lines[i])
        elif kind == "hostile" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = lines[i] + " " + draw(st.sampled_from(HOSTILE))
        elif kind == "control" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = lines[i][:5] + draw(st.text(st.characters(max_codepoint=0x1f), min_size=1,
                                                   max_size=5)) + lines[i][5:]
        elif kind == "encoding":
            data = "\n".join(lines).encode("utf-8")
            cut = draw(st.integers(0, len(data)))
            return data[:cut] + "\n".join(lines)[cut:cut + 200].encode("cp1252", "replace")
        elif kind == "enormous" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = lines[i] + " word" * draw(st.integers(1_000, 60_000))
        elif kind == "blank":
            lines = [ln for ln in lines if ln.strip()]
    return "\n".join(lines).encode("utf-8")


@pytest.mark.slow
def test_mutated_reports_ingest_or_are_refused_cleanly(tmp_path):
    from clasgraph.cli import cli

    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    path = tmp_path / "mutated.txt"
    tried = Counter()

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=mutated_reports())
    def ingest_mutated(data):
        path.write_bytes(data)
        before = store_snapshot(store)
        result = CliRunner().invoke(cli, ["--store", str(store), "ingest", str(path)])
        tried["inputs"] += 1
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            f"traceback on a mutated report: {result.exception!r}")
        assert "Traceback" not in result.output
        if result.exit_code == 0:
            tried["ingested"] += 1
        else:
            tried["refused"] += 1
            assert result.exit_code == 2, result.output
            errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
            assert errors and str(path) in errors[0]
            assert store_snapshot(store) == before

    ingest_mutated()
    print(f"fuzz inputs tried: {tried['inputs']} ({tried['ingested']} ingested with warnings, "
          f"{tried['refused']} refused); tracebacks: 0")
    assert tried["inputs"] >= min(EXAMPLES, 10)
    # Both branches' assertions ran: some mutations were read and some refused.
    assert tried["ingested"] and tried["refused"], tried
