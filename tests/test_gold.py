"""Extraction measured against hand-checked gold, in the four forms reports reach people in.

The sample (gold written from tests/expected.py) and the development set
(tests/corpus/development/, fictional reports with hand-checked gold) are read as text, as the
PDF LibreOffice prints from a Word layout, as text whose line breaks were lost, and as a copy
from a document-viewer site (a page a line after its page number, pages cut mid-sentence). The bars
are issue 9's: the sample stays at 100% on structure and at 0.9 or more on relations; the
development set at 0.95 on structure and header, 0.85 on relations and merged organisations,
and 0.75 on restated shortfalls. bench/bench_extraction.py prints every figure.
"""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

#: CI's reverse-order run leaves these out (pyproject's slow marker): they read every report in
#: four forms into records of their own and keep nothing, so no order changes them.
pytestmark = pytest.mark.slow

STRUCTURE = ["findings", "sections", "recommendations", "supports", "addressees"]
RELATIONS = ["provides", "commissions", "escalations", "repeats", "progress_since", "included"]


@pytest.fixture(scope="module", params=["text", "pdf", "flat", "viewer"])
def scores(request):
    from bench_extraction import corpus, evaluate, group_of

    form = request.param
    # the later probe sets are read as text, as PDF and as a viewer's copy (whose pages lost their
    # line breaks too); as text that lost only its line breaks, the sample, the development set and
    # the probes are (to keep CI under its 30 minutes: every set in four forms was its longest module)
    files = [path for path, _ in corpus() if not group_of(path).startswith("probes-")] if form == "flat" else None
    return form, evaluate([form], files=files)[form]


def _below(measures: dict, names: list[str], bar: float) -> dict:
    return {m: measures[m] for m in names if min(measures[m]) < bar}


def test_sample_is_read_whole(scores):
    form, groups = scores
    sample = groups["sample"]
    assert not _below(sample, [*STRUCTURE, "header"], 1.0), form
    assert not _below(sample, RELATIONS, 0.9), form


def test_development_set_meets_the_bars(scores):
    form, groups = scores
    dev = groups["development"]
    assert not _below(dev, [*STRUCTURE, "header"], 0.95), form
    assert not _below(dev, [*RELATIONS, "shared organisations merged"], 0.85), form
    assert min(dev["restated shortfalls linked"]) >= 0.75, form


def test_probe_reports_do_not_fall_back(scores):
    """The probe reports (tests/probes) stay where the rules they prompted put them."""
    form, groups = scores
    probe = groups["probe"]
    assert not _below(probe, [*STRUCTURE, "header", "included"], 0.95), form
    assert not _below(probe, ["provides", "commissions", "escalations", "progress_since"], 0.9), form
    assert min(probe["repeats"]) >= 0.8, form


def test_later_probe_sets_keep_their_structure(scores):
    """Probe sets written in wording no rule was written for (tests/corpus/probes-*): whatever
    their relations, their findings, recommendations and headers are read as text, as PDF and as a
    viewer's copy."""
    form, groups = scores
    for group, measures in groups.items():
        if group.startswith("probes-"):
            assert not _below(measures, [*STRUCTURE, "header", "included"], 0.95), (form, group)
