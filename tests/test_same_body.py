"""The same body across reports (issue 17, item 5): one organisation for the names reports give
one body ("NHS", "FT", "Trust", "&", a word written as two, a legal form left off), never one for
two bodies (St Helens / St Albans, "North X CCG" / "X CCG", councils or trusts of two places).

Outcomes are read off the probe sets' hand-written gold files (``shared_organisations``: the
bodies the writers say are one across their reports) and off invented names.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from clasgraph.graph.resolve import KnownBodies, resolve_bodies
from clasgraph.ingest.organisations import name_key, same_body
from clasgraph.ingest.records import ReportRecords
from conftest import run, store_snapshot

CORPUS = Path(__file__).parent / "corpus"
#: What gold lists as a council's alias but names a role in every area (as the benchmark does)
ROLES = {"Director of Public Health"}


# --- the rule ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "a_kind", "b", "b_kind"), [
    ("Grey Friars Mental Health NHS FT", "nhs-trust", "Greyfriars Mental Health NHS Foundation Trust", "nhs-trust"),
    ("Mereside Health & Care NHS FT", "nhs-trust", "Mereside Health and Care NHS Foundation Trust", "nhs-trust"),
    ("Haverly Forensic Services Ltd", "private-provider", "Haverly Forensic Services", "provider"),
    ("Quillon Borough Council", "local-authority", "Quillon Council", "local-authority"),
    ("The Brackwater Partnership NHS Trust", "nhs-trust", "Brackwater Partnership Trust", "nhs-trust"),
    ("Quillon Clinical Forensic Services Ltd", "private-provider", "Quillon Clinical Forensic", "provider"),
])
def test_names_of_one_body_are_one(a, a_kind, b, b_kind):
    assert same_body(a, a_kind, b, b_kind) and same_body(b, b_kind, a, a_kind)


@pytest.mark.parametrize(("a", "a_kind", "b", "b_kind"), [
    ("St. Helens Council", "local-authority", "St Albans Council", "local-authority"),
    ("St Helens CCG", "ccg", "St Albans CCG", "ccg"),
    ("North Quillon CCG", "ccg", "Quillon CCG", "ccg"),
    ("Quillon City Council", "local-authority", "Quillon County Council", "local-authority"),
    ("Harrowby Council", "local-authority", "Harrowgate Council", "local-authority"),
    ("Tidewell Community Healthcare NHS Trust", "nhs-trust", "Tidewater Community Healthcare NHS Trust", "nhs-trust"),
    ("Quillon CCG", "ccg", "Quillon Council", "local-authority"),
    ("Quillon Council Public Health", "public-health", "Quillon Council", "local-authority"),
    ("GMH", "nhs-trust", "GMH", "nhs-trust"),  # an abbreviation may stand for another body elsewhere
    ("Greyfriars", "nhs-trust", "Greyfriars", "nhs-trust"),
    ("Quillon Community Services NHS Trust", "nhs-trust", "Quillon Community NHS Trust", "nhs-trust"),
    ("Quillon Services", "provider", "Quillon", "provider"),
])
def test_two_bodies_are_never_one(a, a_kind, b, b_kind):
    assert not same_body(a, a_kind, b, b_kind) and not same_body(b, b_kind, a, a_kind)


def _report(report_id: str, *orgs) -> ReportRecords:
    rec = ReportRecords(report_id)
    rec.node("Report", report_id, title=report_id)
    for org_id, name, kind in orgs:
        rec.node("Organisation", org_id, name=name, kind=kind, aliases=[])
        rec.edge("INCLUDES", report_id, org_id, paragraph="header", evidence=name)
    return rec


def test_the_known_id_wins_and_the_new_spelling_stays_on_the_report():
    known = KnownBodies([("quillon-health-trust", "Quillon Health NHS Trust", "nhs-trust", ["QHT"]),
                         ("st-helens-council", "St Helens Council", "local-authority", [])])
    later = _report("quillon-2020-01-01", ("quil-lon-health-trust", "Quil Lon Health NHS FT", "nhs-trust"),
                    ("st-albans-council", "St Albans Council", "local-authority"),
                    ("qht", "QHT", "nhs-trust"))
    (out,), merges = resolve_bodies([later], known)
    orgs = {n.id: n.props["name"] for n in out.nodes if n.label == "Organisation"}
    assert orgs == {"quillon-health-trust": "Quil Lon Health NHS FT", "st-albans-council": "St Albans Council",
                    "qht": "QHT"}
    assert {e.target for e in out.edges} == set(orgs)
    assert [(m.report_id, m.name, m.id) for m in merges] == [
        ("quillon-2020-01-01", "Quil Lon Health NHS FT", "quillon-health-trust")]
    assert "quil-lon-health-trust" in later.ids("Organisation")  # the records given are not changed


def test_within_one_ingest_the_earlier_report_s_id_wins():
    first = _report("a-2015-01-01", ("grey-friars-care-trust", "Grey Friars Care NHS FT", "nhs-trust"))
    second = _report("b-2016-01-01", ("greyfriars-care-trust", "Greyfriars Care NHS Foundation Trust", "nhs-trust"))
    out, merges = resolve_bodies([first, second], KnownBodies())
    assert [r.ids("Organisation") for r in out] == [["grey-friars-care-trust"], ["grey-friars-care-trust"]]
    assert len(merges) == 1


def _review(report_id: str, area: str, *orgs) -> ReportRecords:
    rec = ReportRecords(report_id)
    rec.node("Report", report_id, title=report_id, area=area)
    for org_id, name, kind, aliases in orgs:
        rec.node("Organisation", org_id, name=name, kind=kind, aliases=aliases)
        rec.edge("INCLUDES", report_id, org_id, paragraph="header", evidence=name)
    return rec


SUNBRIGHT = ("sunbright-sexual-health-cic", "Sunbright Sexual Health CIC", "social-enterprise", ["SSH"])


def test_a_short_name_alone_is_the_body_an_earlier_review_of_the_area_defined_it_for():
    """A later review may name an ended body only by the short name the earlier review gave it
    ("Since SSH ceased trading ..."): in the same area, and only there, it is that body."""
    earlier = _review("wend-2014-01-01", "Wendlesham", SUNBRIGHT)
    later = _review("wend-2019-01-01", "Wendlesham", ("ssh", "SSH", "", []))
    elsewhere = _review("tol-2019-01-01", "Tollbridge", ("ssh", "SSH", "", []))
    out, merges = resolve_bodies([earlier, later, elsewhere], KnownBodies())
    assert [r.ids("Organisation") for r in out] == [["sunbright-sexual-health-cic"], ["sunbright-sexual-health-cic"], ["ssh"]]
    assert [(m.report_id, m.name) for m in merges] == [("wend-2019-01-01", "SSH")]


def test_a_short_name_two_bodies_of_the_area_share_is_neither():
    earlier = _review("wend-2014-01-01", "Wendlesham", SUNBRIGHT,
                      ("southern-support-hub", "Southern Support Hub", "charity", ["SSH"]))
    later = _review("wend-2019-01-01", "Wendlesham", ("ssh", "SSH", "", []))
    out, merges = resolve_bodies([earlier, later], KnownBodies())
    assert out[1].ids("Organisation") == ["ssh"] and merges == []


def test_a_store_knows_the_areas_its_bodies_were_named_in(tmp_path):
    """The embedded store keeps each report's area beside its bodies, so that a later ingest
    finds the body a short name stands for."""
    from clasgraph.graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    store.ingest([_review("wend-2014-01-01", "Wendlesham", SUNBRIGHT)])
    known = store.known_bodies()
    assert known.find_short("SSH", "Wendlesham") == "sunbright-sexual-health-cic"
    assert known.find_short("SSH", "Tollbridge") is None


# --- the probe sets, against their gold ----------------------------------------------------------

def _golds(folder: Path) -> dict[str, dict]:
    return {json.loads(g.read_text())["file"]: json.loads(g.read_text()) for g in sorted(folder.glob("*.gold.json"))}


def _ids_of(graph, gold_org: dict) -> set[str]:
    """The stored organisations that carry one of the gold's names for a body (by name key)."""
    keys = {name_key(n) for n in (gold_org["name"], *gold_org["aliases"])
            if len(n.split()) > 1 and n[:1].isupper() and n not in ROLES}
    return {n for n, d in graph.nodes(data=True) if d.get("label") == "Organisation"
            and keys & {name_key(x) for x in (d.get("name", ""), *d.get("aliases", []))}}


def _shared(folder: Path, graph) -> dict[str, set[str]]:
    """Each body the gold says several reports name -> the ids the store gives it."""
    golds = _golds(folder)
    shared = next(iter(golds.values()))["shared_organisations"]
    return {key: set().union(*(_ids_of(graph, golds[f]["organisations"][key]) for f in files))
            for key, files in shared.items()}


@pytest.fixture(scope="module")
def round3(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round3")
    for f in (CORPUS / "probes-round3").glob("*.txt"):
        shutil.copy(f, folder)
    store = folder / "store"
    result = run(["--store", store, "-v", "ingest", *sorted(folder.glob("*.txt"))])
    assert result.exit_code == 0, result.output
    from clasgraph import load_graph

    return {"store": store, "output": result.output, "graph": load_graph(store), "folder": folder}


def test_every_body_the_round3_reports_share_is_one_organisation(round3):
    shared = _shared(CORPUS / "probes-round3", round3["graph"])
    assert {key: len(ids) for key, ids in shared.items()} == dict.fromkeys(shared, 1)
    g = round3["graph"]
    greyfriars = next(iter(shared["GMH"]))
    names = {g.nodes[greyfriars]["name"], *g.nodes[greyfriars]["aliases"]}
    assert {"Grey Friars Mental Health NHS FT", "Greyfriars Mental Health NHS Foundation Trust"} <= names
    reports = {d["report_id"] for _, _, d in g.in_edges(greyfriars, data=True)} | \
        {d["report_id"] for _, _, d in g.out_edges(greyfriars, data=True)}
    assert {"marlow-heath-2019-04-12", "tidewell-2013-12-20", "tidewell-2017-05-26"} <= reports


def test_verbose_ingest_says_which_names_were_taken_as_known_bodies(round3):
    out = round3["output"]
    assert "same body: tidewell-2013-12-20: 'Greyfriars Mental Health NHS Foundation Trust' taken as " \
           "the known body 'Grey Friars Mental Health NHS FT' (grey-friars-mental-health-trust)" in out
    # a name the store knows is not taken as a body where the report gives no sign of one (the
    # CLI reads no known names into a report: measured, they carried wrong bodies from one
    # report to the next)
    assert "read as a body because the store" not in out


def test_the_profile_shows_the_merged_body_with_each_report_and_its_own_wording(round3):
    result = run(["--store", round3["store"], "query", "--name", "organisation-profile",
                  "--param", "org=Grey Friars Mental Health NHS FT", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    by_report = {r["report"] for r in rows}
    assert {"marlow-heath-2019-04-12", "tidewell-2013-12-20", "tidewell-2017-05-26"} <= by_report
    assert any("Grey Friars" in (r["evidence"] or "") for r in rows if r["report"] == "marlow-heath-2019-04-12")
    assert any("Greyfriars" in (r["evidence"] or "") for r in rows if r["report"] == "tidewell-2013-12-20")
    names = run(["--store", round3["store"], "query", "--format", "json",
                 ("MATCH (o:Organisation) WHERE o.id = 'grey-friars-mental-health-trust' "
                 "RETURN o.name AS name, o.aliases AS aliases")])
    (row,) = json.loads(names.output)
    assert row["name"] == "Greyfriars Mental Health NHS Foundation Trust"  # the longest, as always
    assert "Grey Friars Mental Health NHS FT" in row["aliases"]


def test_a_report_ingested_later_takes_the_stored_id_and_knows_the_stored_bodies(tmp_path):
    store = tmp_path / "store"
    first = run(["--store", store, "ingest", CORPUS / "probes-round3" / "tidewell-2013.txt"])
    assert first.exit_code == 0, first.output
    later = run(["--store", store, "-v", "ingest", CORPUS / "probes-round3" / "marlow-heath-2019.txt",
                 CORPUS / "probes-round3" / "tidewell-2017.txt"])
    assert later.exit_code == 0, later.output
    from clasgraph import load_graph

    shared = _shared(CORPUS / "probes-round3", load_graph(store))
    assert shared["GMH"] == {"greyfriars-mental-health-trust"}  # stored first: its id wins
    assert len(shared["HFS"]) == 1
    before = store_snapshot(store)
    again = run(["--store", store, "ingest", CORPUS / "probes-round3"])  # unchanged: nothing written
    assert store_snapshot(store) == before, again.output


def test_round4_merges_the_bodies_it_shares_and_not_a_renamed_one(tmp_path):
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", *sorted((CORPUS / "probes-round4").glob("*.txt"))])
    assert result.exit_code == 0, result.output
    from clasgraph import load_graph

    g = load_graph(store)
    shared = _shared(CORPUS / "probes-round4", g)
    assert {k: len(v) for k, v in shared.items() if k != "MHC"} == dict.fromkeys(set(shared) - {"MHC"}, 1)
    # Ravensmere Partnership "took the name" Mereside Health and Care: a succession the text
    # states, never the same organisation node; "Mereside Health & Care NHS FT" (Tollbridge) and
    # "Mereside Health and Care NHS Foundation Trust" (Ravensmere 2018) are one
    assert shared["MHC"] == {"ravensmere-partnership-trust", "mereside-health-and-care-trust"}
    assert "Mereside Health & Care NHS FT" in g.nodes["mereside-health-and-care-trust"]["aliases"]


@pytest.mark.parametrize("name", ["development", "probes-round2"])
def test_sets_that_were_merged_stay_merged(tmp_path, name):
    store = tmp_path / "store"
    result = run(["--store", store, "ingest", *sorted((CORPUS / name).glob("*.txt"))])
    assert result.exit_code == 0, result.output
    from clasgraph import load_graph

    shared = _shared(CORPUS / name, load_graph(store))
    assert {k: len(v) for k, v in shared.items()} == dict.fromkeys(shared, 1)


def test_bolt_store_merges_as_the_embedded_one(bolt_env, round3):
    first = run(["--neo4j", bolt_env, "ingest", round3["folder"] / "tidewell-2013.txt"])
    assert first.exit_code == 0, first.output
    later = run(["--neo4j", bolt_env, "-v", "ingest", round3["folder"] / "marlow-heath-2019.txt",
                 round3["folder"] / "tidewell-2017.txt"])
    assert later.exit_code == 0, later.output
    assert "taken as the known body 'Greyfriars Mental Health NHS Foundation Trust' " \
           "(greyfriars-mental-health-trust)" in later.output
    from clasgraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(bolt_env)
    try:
        shared = _shared(CORPUS / "probes-round3", store.load())
    finally:
        store.close()
    assert shared["GMH"] == {"greyfriars-mental-health-trust"}
    assert {key: len(ids) for key, ids in shared.items()} == dict.fromkeys(shared, 1)


def test_the_library_store_resolves_as_the_cli_does(tmp_path):
    """EmbeddedStore.ingest resolves bodies itself: a program that never runs the CLI gets the
    same organisation, and the store's bodies as a gazetteer for reading a later report."""
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.ingest import read_report

    store = EmbeddedStore(tmp_path / "store")
    store.ingest([read_report(CORPUS / "probes-round3" / "tidewell-2013.txt")])
    later = read_report(CORPUS / "probes-round3" / "tidewell-2017.txt", store.known_bodies().gazetteer())
    assert "Haverly Forensic Services" in later.known_bodies
    store.ingest([read_report(CORPUS / "probes-round3" / "marlow-heath-2019.txt"), later])
    assert [(m.report_id, m.id) for m in store.last_merges] == [
        ("marlow-heath-2019-04-12", "greyfriars-mental-health-trust")]
    shared = _shared(CORPUS / "probes-round3", store.load())
    assert {key: len(ids) for key, ids in shared.items()} == dict.fromkeys(shared, 1)


def _short_name_reaches_the_body(where: list[str]) -> None:
    """Wendlesham 2019 (tests/corpus/probes-heldout20) says "Since SSH ceased trading in March 2017
    Fallowmere Hospitals NHS Foundation Trust (FHFT) has delivered the county's sexual health
    clinics, with the staff and the caseload of the former service"; the 2014 review defined SSH
    as Sunbright Sexual Health CIC. Ingested one after the other, the succession is the CIC's,
    and FHFT is accountable now for the 2014 recommendations to it."""
    folder = CORPUS / "probes-heldout20"
    for year in (2014, 2019):
        assert run([*where, "ingest", str(folder / f"wendlesham-{year}.txt")]).exit_code == 0
    lineage = json.loads(run([*where, "lineage", "list", "--format", "json"]).output)
    assert {(r["predecessor"], r["successor"]) for r in lineage} >= {
        ("Sunbright Sexual Health CIC", "Fallowmere Hospitals NHS Foundation Trust")}
    gold = json.loads((folder / "wendlesham-2014.gold.json").read_text())
    to_ssh = sorted(n for n, bodies in gold["recommendations"].items() if "SSH" in bodies)
    plan = json.loads(run([*where, "query", "--name", "action-plan", "--report", "wendlesham-2015-01-09",
                           "--format", "json"]).output)
    shown = {p["Recommendation"].split(" ", 1)[0]: p["Accountable now"] for p in plan}
    assert to_ssh and all("Fallowmere Hospitals" in shown[n] for n in to_ssh), (to_ssh, shown)


def test_a_later_review_s_short_name_for_an_ended_body_reaches_the_body(tmp_path):
    _short_name_reaches_the_body(["--store", str(tmp_path / "store")])


def test_a_later_review_s_short_name_for_an_ended_body_reaches_the_body_over_bolt(bolt_env):
    _short_name_reaches_the_body(["--neo4j", bolt_env])
