"""Mixed scripts in one word of an organisation's name are flagged in the ingest summary
(issue 20, item 7): "Turning Pоint" with a Cyrillic о became a second organisation with no
warning. Matching is unchanged; the summary names the report, the name and the odd letter."""

from __future__ import annotations

import pytest
from clasgraph.ingest.scripts import mixed_script_warnings, odd_letters
from conftest import REPORT_ID, SAMPLE, run

#: CI's reverse-order run leaves these out (pyproject's slow marker): each reads files into a folder or
#: records of its own and keeps nothing, so no order changes them.
pytestmark = pytest.mark.slow

CYRILLIC_O = "\u043e"


def test_the_sample_has_no_mixed_script_name(tmp_path):
    result = run(["--store", tmp_path / "store", "ingest", SAMPLE])
    assert result.exit_code == 0, result.output
    assert "mixes scripts" not in result.output


def test_a_cyrillic_letter_in_a_name_is_flagged_once(tmp_path):
    """In the header it makes a second organisation beside the findings' Turning Point."""
    text = SAMPLE.read_text(encoding="utf-8")
    providers = "Oakham Medical Practice Turning Point"  # the header's list of providers
    assert text.count(providers) == 1
    report = tmp_path / "rutland.txt"
    report.write_text(text.replace(providers, providers.replace("Point", f"P{CYRILLIC_O}int")), encoding="utf-8")

    result = run(["--store", tmp_path / "store", "ingest", report])

    assert result.exit_code == 0, result.output
    flagged = [line for line in result.output.splitlines() if "mixes scripts" in line]
    assert flagged == [(f"warning: {REPORT_ID}: organisation name 'Turning P{CYRILLIC_O}int' mixes scripts "
                       f"in the word 'P{CYRILLIC_O}int': U+043E CYRILLIC SMALL LETTER O among Latin letters")]


def test_words_of_one_script_are_not_flagged():
    assert odd_letters("Ελληνική") == [] and odd_letters("Zoë") == [] and odd_letters("Ｔｒｕｓｔ") == []
    assert mixed_script_warnings("r", ["Saint-Étienne NHS Trust", "Children’s Services", "2gether Trust"]) == []


def test_the_minority_script_is_the_odd_one():
    assert odd_letters("Trust" + "\u0391") == ["\u0391"]  # Greek capital alpha after a Latin word
    assert odd_letters("\u041c\u043e\u0441\u043ao\u0432") == ["o"]  # a Latin o in a Cyrillic word
