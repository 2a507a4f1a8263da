"""A report's key to its short names ("Abbreviations"), in every form people have it: a line
each (text), entries run together on a PDF's line, a viewer copy's single spaces; the short
names join the report's roster, and nothing else is cut or lost on its account (session 22)."""

from __future__ import annotations

import pytest
from clasgraph.ingest.glossary import entries, entry_lines
from clasgraph.ingest.structure import SAMPLE, parse_document, segment_stream

WANTED = [("WCC", "Westford City Council"), ("RCCG", "NHS Rookhaven CCG"), ("CQC", "Care Quality Commission"),
          ("Skua", "Skua Health Ltd"), ("SHCCG", "NHS St. Helens CCG")]


@pytest.mark.parametrize("block", [
    ("WCC\tWestford City Council\nRCCG\tNHS Rookhaven CCG\nCQC\tCare Quality Commission\nSkua\tSkua Health Ltd\n"
    "SHCCG\tNHS St. Helens CCG"),
    # a PDF's line: entries run together, TABs kept
    ("WCC\tWestford City Council RCCG\tNHS Rookhaven CCG CQC\tCare Quality Commission Skua\tSkua Health Ltd "
    "SHCCG\tNHS St. Helens CCG"),
    # a viewer copy: TABs and line breaks lost, after a line introducing the key
    ("We use these short names: WCC Westford City Council RCCG NHS Rookhaven CCG CQC Care Quality Commission "
    "Skua Skua Health Ltd SHCCG NHS St. Helens CCG"),
    # colons, and runs of spaces
    ("WCC: Westford City Council\nRCCG: NHS Rookhaven CCG\nCQC: Care Quality Commission\nSkua: Skua Health Ltd\n"
    "SHCCG: NHS St. Helens CCG"),
    ("WCC     Westford City Council\nRCCG    NHS Rookhaven CCG\nCQC     Care Quality Commission\n"
    "Skua    Skua Health Ltd\nSHCCG   NHS St. Helens CCG"),
])
def test_a_keys_entries_are_read_in_every_form(block):
    assert [(e.short, e.full) for e in entries(entry_lines(block))] == WANTED


def test_two_spaces_inside_a_name_do_not_cut_an_entry():
    assert [(e.short, e.full) for e in entries(entry_lines("NCHT\tNorthmoor Community  Health NHS Trust"))] == [
        ("NCHT", "Northmoor Community  Health NHS Trust")]


KEY = "Abbreviations\n\nGR\tGreenway Recovery\nIHA\tinitial health assessment\n\n"


def test_a_key_before_the_recommendations_keeps_them():
    doc = parse_document(SAMPLE.replace("Recommendations", KEY + "Recommendations", 1), "x.txt", "0")
    plain = parse_document(SAMPLE, "x.txt", "0")
    assert [r.number for g in doc.recommendations for r in g.items] == [r.number for g in plain.recommendations
                                                                          for r in g.items] != []


def test_a_heading_of_abbreviations_among_the_findings_is_no_key():
    doc = parse_document(SAMPLE.replace("1.2 School", KEY + "Looked after children\n\n1.2 School", 1), "x.txt", "0")
    assert doc.glossary == [] and [(f.number, f.section) for f in doc.findings][-1] == ("1.2", "Looked after children")


def test_abbreviations_named_in_a_sentence_of_a_copy_without_line_breaks_is_no_heading():
    stream = segment_stream("Review of health services for Children Looked After and Safeguarding in Westford "
                            "Context of the review Short names are listed under Abbreviations (Appendix 1). Greenway "
                            "Recovery runs the drug service.")
    assert "\n\nAbbreviations\n\n" not in stream
