"""Change over time as answers (issue 18, items 2 and 3): the service timeline of an area, the
follow-through of each earlier recommendation, and the body accountable now.

Checked against the hand-checked gold of the development set (Ashvale 2015 and 2018), a later
Ashvale review derived from the 2018 one (SYNTHETIC, with a stated merger of its three CCGs)
and lineage files; the same rows on the Bolt server.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE, run, run_json, store_snapshot

sys.path.insert(0, str(ROOT / "bench"))
from bench_over_time import evaluate, gold_roles

DEV = ROOT / "tests" / "corpus" / "development"
#: The July 2022 CCG -> ICB transfer in Leicestershire, written by hand (examples/).
LINEAGE = ROOT / "examples" / "lineage-leicestershire.csv"
OLD_CCGS = ["NHS North Ashvale CCG", "NHS Ashbury and Thornleigh CCG",
            "NHS Wendlow and South Ashvale CCG"]
MERGED = "NHS Ashvale CCG"


def merged_follow_up(text: str) -> str:
    """A later Ashvale review (March 2021), SYNTHETIC: the 2018 review with its three CCGs
    merged into one, the merger stated once in the context, the new body named elsewhere."""
    text = (text.replace("Date of review: 15 – 19 January 2018", "Date of review: 11 – 15 January 2021")
                .replace("Date of publication: 28 March 2018", "Date of publication: 26 March 2021")
                .replace("The role of health services in Ashvale\n",
                         "The role of health services in Ashvale\n\nSYNTHETIC TEST DATA: a later "
                         "review derived by clasgraph's tests from the Ashvale 2018 review, with "
                         "a stated merger of its CCGs.\n", 1))
    text = text.replace("CCGs included: " + ", ".join(OLD_CCGS), "CCGs included: " + MERGED)
    for old in OLD_CCGS:
        text = text.replace(old, MERGED)
    anchor = f"{MERGED} is the lead commissioner"
    assert anchor in text
    return text.replace(anchor, f"{OLD_CCGS[0]}, {OLD_CCGS[1]} and {OLD_CCGS[2]} merged in April "
                                f"2020 to form {MERGED}. " + anchor, 1)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """The sample, the development set and the derived later Ashvale review, in one folder."""
    folder = tmp_path_factory.mktemp("over-time")
    for path in [SAMPLE, *sorted(DEV.glob("*.txt"))]:
        (folder / path.name).write_bytes(path.read_bytes())
    derived = merged_follow_up((DEV / "ashvale-2018.txt").read_text(encoding="utf-8"))
    (folder / "ashvale-2021-synthetic.txt").write_text(derived, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(reports, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "store"
    result = run(["--store", path, "ingest", reports])
    assert result.exit_code == 0, result.output
    return path


def _gold(name: str) -> dict:
    return json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))


# --- the service timeline ------------------------------------------------------------------

def test_ashvale_timeline_shows_the_changes_the_gold_files_state(store):
    from clasgraph.ingest.organisations import name_key

    g15, g18 = _gold("ashvale-2015"), _gold("ashvale-2018")
    names = {c: o["name"] for g in (g15, g18) for c, o in g["organisations"].items()}
    patterns = {**g15["services"], **g18["services"]}
    before, after = gold_roles(g15), gold_roles(g18)
    rows = run_json(["--store", store, "timeline", "--area", "Ashvale", "--format", "json"])
    assert rows and all(r["report"] and r["published"] for r in rows)
    later = [r for r in rows if r["report"].startswith("ashvale-2018")]

    def rows_of(code):
        return [r for r in later if any(re.search(p, r["service"], re.IGNORECASE) for p in patterns[code])]

    checked, missed = 0, set()
    for code in sorted({s for s, _ in before} | {s for s, _ in after}):
        if code == "DSN":
            continue  # the designated professionals: an employer, not a service that changes hands
        for role in ("commissioned", "provided"):
            gone = before.get((code, role), set()) - after.get((code, role), set())
            new = after.get((code, role), set()) - before.get((code, role), set())
            if not gone and not new:
                continue
            marked = " | ".join(r["changes"] for r in rows_of(code))
            if not any(k[0] == code for k in before):  # a service the 2015 review did not name
                assert "service new" in marked, (code, marked)
                marked += " | ".join(r["commissioned_by" if role == "commissioned" else "provided_by"]
                                     for r in rows_of(code))
            elif not any(k[0] == code for k in after):
                assert "service gone" in marked, (code, marked)
                continue
            missed |= {(code, role, org) for org in gone | new
                       if name_key(names[org]) not in name_key(marked)}
            checked += 1
    # Every change is marked but those whose facts extraction does not read (ingest's work, not
    # the timeline's): the GP practices of both reviews are not read as providers of GP services.
    assert missed <= {("GP", "provided", "THC"), ("GP", "provided", "WPMP")}, missed
    # health visiting and FNP commissioning passed from NHS England to the council; the minor
    # injuries unit passed from AHSC to APCA (the gold files' own words)
    hv = [r for r in later if r["service"].lower().startswith("health visiting")]
    assert "commissioner changed: NHS England -> Ashvale County Council" in hv[0]["changes"]
    assert checked >= 8


def test_timeline_chart_is_offline_and_escaped(store, tmp_path):
    out = tmp_path / "timeline.html"
    assert run(["--store", store, "timeline", "--area", "ashvale", "-o", out]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "://" not in page.replace("http-equiv", "") and "<script" not in page
    for report in ("ashvale-2015-05-20", "ashvale-2018-03-28", "ashvale-2021-03-26"):
        assert report in page
    assert "Castlebridge, Wendlow and District Hospitals NHS Trust" in page
    assert "class=\"change\">contract moved" in page


def test_unknown_area_or_service_is_refused_with_the_closest(store):
    result = run(["--store", store, "timeline", "--area", "Ashvail"])
    assert result.exit_code == 2 and "Ashvale" in result.output
    result = run(["--store", store, "timeline", "--area", "Ashvale", "--service", "helth visting"])
    assert result.exit_code == 2 and "Health visiting" in result.output


# --- recommendation follow-through ---------------------------------------------------------

#: Findings of the 2018 review that say there has been progress since the 2015 review, and
#: the 2015 finding each speaks of, read by hand from the two texts (the gold files list the
#: progress findings but not their earlier counterpart).
PROGRESS_PAIRS = {"1.3": "1.3",   # ED attendances notified electronically, not on paper
                  "2.6": "2.8",   # a CAMHS-to-adult transition protocol now agreed
                  "3.1": "3.1",   # ED connected to CP-IS
                  "4.1": "4.1",   # initial health assessments on time (86% from 48%)
                  "5.3.1": "5.3.1"}  # level 3 training in the ED


def _expected_follow_through() -> dict[str, str]:
    """Each 2015 recommendation's outcome, from the gold files: stated first."""
    g15, g18 = _gold("ashvale-2015"), _gold("ashvale-2018")
    stated = set(g18["repeats"].get("ASH_CLAS_2015", []))
    assert set(g18["progress_since"]["ASH_CLAS_2015"]) == set(PROGRESS_PAIRS)
    pairs = [(a.split("#")[1], b.split("#")[1]) for a, b in g18["repeats_findings"]]
    supports: dict[str, set[str]] = {}
    for finding, rec in g15["supports"]:
        supports.setdefault(rec, set()).add(finding)
    expected = {}
    for rec in g15["recommendations"]:
        behind = supports.get(rec, set())
        if any(later in stated and earlier in behind for later, earlier in pairs):
            expected[rec] = "stated repeat"
        elif any(earlier in behind for earlier in PROGRESS_PAIRS.values()):
            expected[rec] = "progress noted"
        elif any(earlier in behind for _, earlier in pairs):
            expected[rec] = "restated"
        else:
            expected[rec] = "not mentioned"
    return expected


def test_follow_through_classifies_each_ashvale_2015_recommendation(store):
    rows = run_json(["--store", store, "follow-through", "--report", "ashvale-2018", "--format", "json"])
    got = {r["recommendation"]: r["follow_through"].split(" (")[0] for r in rows}
    assert {r["earlier_report"] for r in rows} == {"ashvale-2015-05-20"}
    assert {r["later_report"] for r in rows} == {"ashvale-2018-03-28"}
    assert got == _expected_follow_through()
    for r in rows:  # what is inferred says so and carries its score; nothing else does
        if r["follow_through"].startswith("restated"):
            assert re.fullmatch(r"restated \(inferred, score 0\.\d\d\)", r["follow_through"])
        for part in r["basis"].split("; "):
            assert ("restated" in part or "matched by wording" in part) == ("inferred" in part), part


def test_a_classification_resting_on_a_match_by_wording_reads_inferred(store, tmp_path):
    """Ashvale 2018 states progress since the 2015 review (gold: progress_since) without
    citing a 2015 finding, so which 2015 finding each statement is about is clasgraph's match
    by wording: every "progress noted" outcome says it is an inferred match with its score,
    in the table and in the chart (dashed, saying what the review states), and a stated
    repeat is plain only where its earlier finding is one the review cites."""
    rows = run_json(["--store", store, "follow-through", "--report", "ashvale-2018", "--format", "json"])
    progress = [r for r in rows if r["follow_through"].startswith("progress noted")]
    assert {r["recommendation"] for r in progress} == {
        rec for rec, outcome in _expected_follow_through().items() if outcome == "progress noted"}
    for r in progress:
        assert re.fullmatch(r"progress noted \(inferred match by wording, score 0\.\d\d\)",
                            r["follow_through"]), r
    for r in rows:
        if r["follow_through"] == "stated repeat":
            assert "(cited, linked" in r["basis"].split("; ")[0], r
    out = tmp_path / "ft.html"
    assert run(["--store", store, "follow-through", "--report", "ashvale-2018", "-o", out]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    badges = [b for b in re.findall(r'<span class="outcome progress-noted( inferred)?">([^<]*)</span>', page)
              if "score" in b[1]]  # the rows' badges, not the legend's
    assert len(badges) >= len(progress)  # the chart shows every outcome of a row
    assert all(dashed and "stated; the finding it is about inferred" in text for dashed, text in badges)


def test_follow_through_by_area_covers_each_pair_of_reviews(store, tmp_path):
    rows = run_json(["--store", store, "follow-through", "--area", "Ashvale", "--format", "json"])
    assert {(r["earlier_report"], r["later_report"]) for r in rows} == {
        ("ashvale-2015-05-20", "ashvale-2018-03-28"), ("ashvale-2018-03-28", "ashvale-2021-03-26")}
    out = tmp_path / "ft.html"
    assert run(["--store", store, "follow-through", "--area", "Ashvale", "-o", out]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "(inferred, score 0.35): not stated by the review" in page and "<script" not in page
    result = run(["--store", store, "follow-through", "--report", "rutland"])
    assert result.exit_code == 2 and "no earlier review" in result.output


# --- accountable now -----------------------------------------------------------------------

def test_a_merger_stated_in_a_review_makes_the_successor_accountable_now(store):
    rows = run_json(["--store", store, "lineage", "list", "--org", MERGED, "--format", "json"])
    assert {r["predecessor"] for r in rows} == set(OLD_CCGS)
    assert {(r["basis"], r["source"]) for r in rows} == {("stated by the review", "ashvale-2021-03-26")}
    plan = run_json(["--store", store, "query", "--name", "action-plan", "--param", "report=ashvale-2018",
                     "--format", "json"])
    to_nash = [p for p in plan if "NHS North Ashvale CCG" in p["Addressed to"].split("\n")]
    assert to_nash
    for p in to_nash:
        addressed, now = p["Addressed to"].split("\n"), p["Accountable now"].split("\n")
        assert len(addressed) == len(now)
        i = addressed.index("NHS North Ashvale CCG")
        assert now[i].startswith(f"{MERGED} (succeeded NHS North Ashvale CCG: stated by ashvale-2021")
    timeline = run_json(["--store", store, "timeline", "--area", "Ashvale", "--service", "acute",
                         "--format", "json"])
    changes = [r["changes"] for r in timeline if r["report"].startswith("ashvale-2021")]
    assert changes and all(f"renamed or merged: {old} -> {MERGED}" in changes[0] for old in OLD_CCGS)
    assert "commissioner changed" not in changes[0]


def test_lineage_file_gives_the_body_accountable_now_marked_as_the_files(store, tmp_path):
    lineage = tmp_path / "ours.csv"
    lineage.write_text("predecessor,successor,date,reason\n"
                       f"{MERGED},NHS Ashvale and Castlebridge ICB,2022-07-01,CCGs abolished\n",
                       encoding="utf-8")
    result = run(["--store", store, "lineage", "import", lineage])
    assert result.exit_code == 0, result.output
    try:
        rows = run_json(["--store", store, "accountable", "--report", "ashvale-2018", "--format", "json"])
        nash = next(r for r in rows if r["organisation"] == "NHS North Ashvale CCG")
        assert nash["accountable_now"] == "NHS Ashvale and Castlebridge ICB"
        assert nash["how_known"] == ("NHS Ashvale CCG (stated by ashvale-2021-03-26) -> "
                                     "NHS Ashvale and Castlebridge ICB (lineage file ours.csv)")
        listed = run_json(["--store", store, "lineage", "list", "--org", "Castlebridge ICB", "--format", "json"])
        assert [(r["basis"], r["source"], r["paragraph"]) for r in listed] == [
            ("lineage file", "ours.csv", "ours.csv row 2")]
        # importing the same file again replaces its successions, never doubles them
        assert run(["--store", store, "lineage", "import", lineage]).exit_code == 0
        assert len(run_json(["--store", store, "lineage", "list", "--org", "Castlebridge ICB",
                             "--format", "json"])) == 1
    finally:
        lineage.write_text("predecessor,successor,date,reason\n", encoding="utf-8")
        assert run(["--store", store, "lineage", "import", lineage]).exit_code == 0


def test_ccg_to_icb_lineage_reaches_the_sample(tmp_path):
    store = tmp_path / "s"
    assert run(["--store", store, "ingest", SAMPLE]).exit_code == 0
    assert run(["--store", store, "lineage", "import", LINEAGE]).exit_code == 0
    plan = run_json(["--store", store, "query", "--name", "action-plan", "--format", "json"])
    elr = [p for p in plan if "NHS East Leicestershire and Rutland CCG" in p["Addressed to"]]
    assert elr and all("NHS Leicester, Leicestershire and Rutland Integrated Care Board (succeeded "
                       "NHS East Leicestershire and Rutland CCG: lineage file lineage-leicestershire.csv)"
                       in p["Accountable now"] for p in elr)
    # the sample's group of three CCGs ("... Clinical Commissioning Groups"), which the file
    # names too: every recommendation the sample addresses to it has the ICB accountable now
    group = [p for p in plan if "Leicester, Leicestershire and Rutland Clinical Commissioning Groups" in p["Addressed to"]]
    assert group and all("NHS Leicester, Leicestershire and Rutland Integrated Care Board (succeeded NHS Leicester, "
                         "Leicestershire and Rutland Clinical Commissioning Groups" in p["Accountable now"] for p in group)
    replaced = ("East Leicestershire", "Clinical Commissioning Groups")
    for p in plan:  # a body no succession reaches stays accountable, on its own line
        addressed, now = p["Addressed to"].split("\n"), p["Accountable now"].split("\n")
        assert len(addressed) == len(now)
        assert all(a == n for a, n in zip(addressed, now) if not any(r in a for r in replaced))


@pytest.mark.parametrize("content, problem", [
    ("predecessor,successor,date\nA,B,2020\n", "row 1: the header must name"),
    ("predecessor,successor,date,reason\nOld Trust,New Trust,2020-13-01,merger\n", "row 2: date"),
    ("predecessor,successor,date,reason\nOld Trust,,2020,merger\n", "row 2: no successor"),
    ("predecessor,successor,date,reason\nA Trust,B Trust,2020,x\nB Trust,A Trust,2021,y\n", "row 3:"),
    ("predecessor,successor,date,reason\nZZ9,B Trust,2020,x\n", "row 2: 'ZZ9' looks like an ODS code"),
    ("predecessor,successor,date,reason\nA Trust,B Trust,2020\n", "row 2: 3 fields"),
])
def test_bad_lineage_file_is_refused_and_the_store_left_as_it_was(ingested_store, tmp_path,
                                                                  content, problem):
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    before = store_snapshot(ingested_store)
    result = run(["--store", ingested_store, "lineage", "import", bad])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and problem in lines[0], result.output
    assert store_snapshot(ingested_store) == before


def test_lineage_file_that_is_not_text_is_refused(ingested_store, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"predecessor,successor,date,reason\n\xff\xfe,x,2020,y\n")
    result = run(["--store", ingested_store, "lineage", "import", bad])
    assert result.exit_code == 2 and "row 2: not UTF-8" in result.output


# --- the same rows on the Bolt server ------------------------------------------------------

def test_diff_shows_the_repeats_a_review_states_before_those_clasgraph_inferred(store):
    """Stated first wherever a repeat is shown: the repeated part of `diff` lists the findings
    the later review says repeat the earlier (the gold's stated repeats of Ashvale 2015), then
    the restated and similar pairs clasgraph inferred, each with its score."""
    from clasgraph.graph.schema import BASIS_ORDER

    d = run_json(["--store", store, "diff", "ashvale-2015", "ashvale-2018", "--format", "json"])
    bases = [r["basis"].split("; ")[0] for r in d["repeated"]]
    assert bases == sorted(bases, key=BASIS_ORDER.index) and len(set(bases)) > 1
    stated = [r["finding"] for r in d["repeated"] if r["basis"].startswith("stated")]
    assert set(stated) == set(_gold("ashvale-2018")["repeats"]["ASH_CLAS_2015"])
    assert all(r["score"] is not None for r in d["repeated"] if not r["basis"].startswith("stated"))


def test_the_same_answers_over_bolt(store, reports, bolt_env, tmp_path):
    lineage = tmp_path / "ours.csv"
    lineage.write_text("predecessor,successor,date,reason,predecessor_code,successor_code\n"
                       f"{MERGED},NHS Ashvale and Castlebridge ICB,2022-07-01,CCGs abolished,A1B,QZZ\n",
                       encoding="utf-8")
    assert run(["--neo4j", bolt_env, "ingest", reports]).exit_code == 0
    for target in (["--store", store], ["--neo4j", bolt_env]):
        assert run([*target, "lineage", "import", lineage]).exit_code == 0
        assert run([*target, "lineage", "import", lineage]).exit_code == 0  # replaces, never doubles
    try:
        for command in (["timeline", "--area", "Ashvale"],
                        ["follow-through", "--area", "Ashvale"],
                        ["accountable", "--report", "ashvale-2015"],
                        ["lineage", "list"],
                        ["query", "--name", "action-plan", "--param", "report=ashvale-2018"]):
            here = run_json(["--store", store, *command, "--format", "json"])
            there = run_json(["--neo4j", bolt_env, *command, "--format", "json"])
            assert here == there and here, command
    finally:
        lineage.write_text("predecessor,successor,date,reason\n", encoding="utf-8")
        for target in (["--store", store], ["--neo4j", bolt_env]):
            assert run([*target, "lineage", "import", lineage]).exit_code == 0
    # an empty file takes its successions out, and the bodies only it named, on both stores
    count = "MATCH (o:Organisation) RETURN count(o) AS n"
    assert (run_json(["--store", store, "query", count, "--format", "json"])
            == run_json(["--neo4j", bolt_env, "query", count, "--format", "json"]))
    gone = run(["--neo4j", bolt_env, "lineage", "list", "--org", "Castlebridge ICB"])  # no such body now
    assert gone.exit_code == 2 and "no organisation matches 'Castlebridge ICB'" in gone.output


# --- the held-out probe pair (Oakhurst 2014 -> 2018, a merger stated in 2018) --------------

PROBES = ROOT / "tests" / "corpus" / "probes-round2"


@pytest.fixture(scope="module")
def probe_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("probes") / "store"
    result = run(["--store", path, "ingest", *sorted(PROBES.glob("oakhurst-*.txt"))])
    assert result.exit_code == 0, result.output
    return path


def test_probe_follow_through_finds_every_restated_shortfall_and_states_only_what_is_stated(probe_store):
    g14, g18 = (json.loads((PROBES / f"oakhurst-{y}.gold.json").read_text(encoding="utf-8"))
                for y in (2014, 2018))
    rows = run_json(["--store", probe_store, "follow-through", "--area", "Oakhurst", "--format", "json"])
    got = {r["recommendation"]: r for r in rows}
    assert sorted(got) == sorted(g14["recommendations"])
    supports: dict[str, set[str]] = {}
    for finding, rec in g14["supports"]:
        supports.setdefault(rec, set()).add(finding)
    pairs = [(a.split("#")[1], b.split("#")[1]) for a, b in g18["repeats_findings"]]
    stated = set(g18["repeats"]["OAK_CLAS_2014"])
    for rec, behind in supports.items():
        if any(earlier in behind for _, earlier in pairs):  # the gold says the 2018 review returns to it
            assert got[rec]["follow_through"] != "not mentioned", (rec, got[rec])
        if got[rec]["follow_through"].split(" (")[0] == "stated repeat":  # only where the review says so
            assert any(later in stated and earlier in behind for later, earlier in pairs), rec


def test_probe_merger_from_a_lineage_file_reaches_the_2014_action_plan(probe_store, tmp_path):
    g14 = json.loads((PROBES / "oakhurst-2014.gold.json").read_text(encoding="utf-8"))
    lineage = tmp_path / "oakhurst-trusts.csv"
    lineage.write_text(
        "predecessor,successor,date,reason\n"
        "Royal Oakhurst Hospitals NHS Foundation Trust,Oakhurst Health Partnership NHS Foundation Trust,2016-04-01,merger\n"
        "Oakhurst Community Health NHS Trust,Oakhurst Health Partnership NHS Foundation Trust,2016-04-01,merger\n",
        encoding="utf-8")
    assert run(["--store", probe_store, "lineage", "import", lineage]).exit_code == 0
    plan = run_json(["--store", probe_store, "query", "--name", "action-plan",
                     "--param", "report=oakhurst-2014", "--format", "json"])
    merged = {g14["organisations"][k]["name"] for k in ("ROH", "OCHT")}
    to_merged = [rec for rec, to in g14["recommendations"].items() if {"ROH", "OCHT"} & set(to)]
    seen = 0
    for p in plan:
        number = p["Recommendation"].split(" ", 1)[0]
        for addressed, now in zip(p["Addressed to"].split("\n"), p["Accountable now"].split("\n")):
            if addressed in merged:
                assert now.startswith("Oakhurst Health Partnership NHS Foundation Trust (succeeded "), now
                assert now.endswith(": lineage file oakhurst-trusts.csv)")
                seen += 1
                assert number in to_merged
    assert seen >= len(to_merged) * 0.8


def test_a_review_whose_publication_date_was_not_read_is_ordered_by_its_review_dates(tmp_path):
    """A header whose publication date the reader misses still gives the review dates: the
    review is ordered by them (schema.review_date), so follow-through, the timeline and the
    area's latest review still find it after the earlier review, not before it or nowhere."""
    later = (PROBES / "oakhurst-2018.txt").read_text(encoding="utf-8")
    assert "Report published: 20 April 2018\n" in later
    (tmp_path / "oakhurst-2018.txt").write_text(later.replace("Report published: 20 April 2018\n", ""),
                                                encoding="utf-8")
    store = tmp_path / "store"
    assert run(["--store", store, "ingest", PROBES / "oakhurst-2014.txt", tmp_path / "oakhurst-2018.txt"]).exit_code == 0
    reports = run_json(["--store", store, "query", "--name", "reports", "--format", "json"])
    undated = next(r["report"] for r in reports if r["area"] == "Oakhurst" and not r.get("published"))
    rows = run_json(["--store", store, "follow-through", "--area", "Oakhurst", "--format", "json"])
    assert {(r["earlier_report"], r["later_report"]) for r in rows} == {("oakhurst-2014-09-12", undated)}
    timeline = run_json(["--store", store, "timeline", "--area", "Oakhurst", "--format", "json"])
    assert [r["report"] for r in timeline if r["service"].lower().startswith("youth offending")] == [
        "oakhurst-2014-09-12", undated]
    plan = run_json(["--store", store, "query", "--name", "action-plan", "--area", "Oakhurst", "--format", "json"])
    g18 = json.loads((PROBES / "oakhurst-2018.gold.json").read_text(encoding="utf-8"))
    assert sorted({p["Recommendation"].split(" ", 1)[0] for p in plan}) == sorted(g18["recommendations"])


#: The review named first on each row of a table, and what the table orders by before the
#: review, when it orders by something else first (an organisation, a service, a basis).
_REVIEW_COLUMN = {"recommendation-follow-through": "earlier_report", "follow-through": "earlier_report",
                  "action-plan": "Report"}
_GROUPED_BY = {"recommendations-by-organisation": ("organisation",),
               "service-accountability": ("service", "area"),
               "organisation-profile": ("direction",), "repeats": ("basis",),
               "timeline": ("service",)}


def _reviews_in_order(rows: list[dict], table: str, order: list[str]) -> list[str]:
    """The reviews of a table's rows, in the order first met; AssertionError when, within a
    group the table orders by first, a row of an earlier review follows one of a later."""
    column = _REVIEW_COLUMN.get(table, "report")
    last: dict[tuple, int] = {}
    seen: list[str] = []
    for row in rows:
        group = tuple(row[c] for c in _GROUPED_BY.get(table, ()))
        at = order.index(row[column])
        assert at >= last.get(group, 0), (table, group, row[column])
        last[group] = at
        seen += [row[column]] if row[column] not in seen else []
    return seen


def test_tables_list_a_review_without_a_publication_date_after_its_predecessor(tmp_path, bolt_env):
    """Every named query and table orders reviews by schema.REVIEW_DATE, not by ``published``:
    Ashvale 2018 with its "Date of publication" line taken out (its review dates in January
    2018 remain) comes after Ashvale 2015 on every table, within whatever a table orders by
    first; the same rows on the Bolt server; its board pack follows 2015 through; maps draw it after 2015."""
    from clasgraph.queries.runner import named_queries

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "ashvale-2015.txt").write_bytes((DEV / "ashvale-2015.txt").read_bytes())
    later = (DEV / "ashvale-2018.txt").read_text(encoding="utf-8")
    assert "Date of publication: 28 March 2018\n" in later
    (folder / "ashvale-2018.txt").write_text(later.replace("Date of publication: 28 March 2018\n", ""),
                                             encoding="utf-8")
    store = tmp_path / "store"
    for target in (["--store", store], ["--neo4j", bolt_env]):
        assert run([*target, "ingest", folder]).exit_code == 0
    reports = run_json(["--store", store, "query", "--name", "reports", "--format", "json"])
    undated = next(r["report"] for r in reports if not r.get("published"))
    order = ["ashvale-2015-05-20", undated]
    assert [r["report"] for r in reports] == order
    # the action plan names a review as people do: by its publication date, else its review's
    named = ["Ashvale, 20 May 2015", "Ashvale, reviewed 19 January 2018"]
    params = {"organisation-profile": ["--org", "AHSC"],
              "service-accountability": ["--param", "service=health visiting"]}
    tables = {name: ["query", "--name", name, *params.get(name, [])] for name in named_queries()}
    tables.update({"repeats": ["repeats", "--all"], "follow-through": ["follow-through", "--area", "Ashvale"],
                   "timeline": ["timeline", "--area", "Ashvale"], "accountable": ["accountable"]})
    both = 0
    for table, command in sorted(tables.items()):
        rows = run_json(["--store", store, *command, "--format", "json"])
        assert rows == run_json(["--neo4j", bolt_env, *command, "--format", "json"]), table
        seen = _reviews_in_order(rows, table, named if table == "action-plan" else order)
        both += seen in (order, named)
    assert both >= 14  # all but follow-through (the earlier review's rows only) and repeats
    diff = run_json(["--store", store, "diff", "--area", "Ashvale", "--format", "json"])
    assert (diff["earlier"], diff["later"]) == tuple(order)
    # the board pack of the later review follows through the earlier one's recommendations
    pack = tmp_path / "pack.html"
    assert run(["--store", store, "brief", "--area", "Ashvale", "-o", pack]).exit_code == 0
    page = pack.read_text(encoding="utf-8")
    assert "No earlier review of Ashvale" not in page
    assert f"the previous review, {named[0]} (" in " ".join(re.sub(r"<[^>]+>", " ", page).split())
    # the repeats map draws the area's reviews in date columns, oldest on the left
    drawn = tmp_path / "repeats.html"
    assert run(["--store", store, "map", "--view", "repeats", "--area", "Ashvale", "-o", drawn]).exit_code == 0
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", drawn.read_text(encoding="utf-8"),
                                 re.DOTALL).group(1))
    column = {n["id"].split("#")[0]: n["x"] for n in nodes if "#" in n["id"]}
    assert column[order[0]] < column[undated]


def test_named_queries_order_reviews_by_the_one_review_date():
    """A review's date is schema.REVIEW_DATE (published, else reviewed) wherever a named query
    compares reviews to find the next or the latest, and wherever it sorts its rows: a query
    whose rows name a review orders them by that review's date (the expression, or a column
    projected from it), never by ``published``, which is only shown."""
    from clasgraph.graph.schema import REVIEW_DATE

    ordering = re.compile(r"published\s*(?:[<>=]|\))|(?:min|max)\([^)]*published")
    for path in sorted((ROOT / "queries").glob("*.cypher")):
        text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("//"))
        dates = re.compile(r"CASE WHEN (\w+)\.published <> ''.*?\bEND\b")
        for found in dates.finditer(text):
            assert found.group(0) == REVIEW_DATE.format(r=found.group(1)), path.name
        assert not ordering.search(dates.sub("", text)), path.name
        orders = [dates.sub("REVIEW_DATE", o) for o in re.findall(r"\bORDER BY ([^\n]*)", text)]
        assert all("published" not in o for o in orders), path.name
        projected = re.findall(r"REVIEW_DATE AS (\w+)", dates.sub("REVIEW_DATE", text))
        if re.search(r"\bAS (?:earlier_)?report\b", text):
            assert orders and all(re.search(r"\b(REVIEW_DATE|" + "|".join(projected or ["REVIEW_DATE"]) + r")\b", o)
                                  for o in orders), path.name


@pytest.fixture(scope="module")
def over_time_scores() -> dict:
    return evaluate()


def _unmet(totals: dict[str, list[int]]) -> list[str]:
    """Which of issue 18's bars ``totals`` ({measure: [right, found, expected]}) misses."""
    unmet = []
    returned, stated, successions = (totals.get(k, [0, 0, 0]) for k in (
        "follow-through returned to", "follow-through stated", "successions stated"))
    if returned[0] < 0.9 * returned[2]:
        unmet.append(f"returned to {returned}")
    # "stated": the review states the repeat; WHICH earlier finding it repeats is inferred by
    # similarity (linking.doc_links), and on the later sets that choice is sometimes another
    # finding of the same subject (held-out 3, round 6: 4 of 29 at the end of session 7)
    if stated[0] < 0.85 * stated[1] or stated[0] < 0.9 * stated[2]:
        unmet.append(f"stated {stated}")
    if successions[0] < 0.9 * successions[1] or successions[0] < 0.8 * successions[2]:
        unmet.append(f"successions {successions}")
    accountable = totals.get("accountable now shown", [0, 0, 0])  # the earlier action plans show the successor
    if accountable[0] < 0.85 * accountable[2]:
        unmet.append(f"accountable now {accountable}")
    return unmet


#: CI's reverse-order run leaves this out (pyproject's slow marker): every pair is ingested into a
#: store in a folder of its own and nothing is kept, so no order can change it; it was the reverse
#: run's longest test (164 s of 946 s in session 29).
@pytest.mark.slow
def test_every_pair_of_reviews_in_the_corpus_is_answered_as_its_golds_say(over_time_scores):
    """Issue 18's checks on every earlier and later review of one area in tests/corpus (pairs
    by several authors, bench/bench_over_time.py): follow-through finds the shortfalls the
    later review returns to, calls "stated repeat" only what a review states, the successions
    each later review states (over_time.json, from the folders' READMEs) are read, with none
    that it does not state, and the earlier action plan shows the successor accountable now.
    Summed over the pairs; the bench prints each."""
    totals: dict[str, list[int]] = {}
    for measures in over_time_scores.values():
        for name, counts in measures.items():
            totals[name] = [a + b for a, b in zip(totals.get(name, [0, 0, 0]), counts)]
    assert not _unmet(totals), totals
