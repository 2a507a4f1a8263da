"""Tables a leader can use (issue 19): every command that prints rows writes each format the
same way, the filters --report/--org/--service mean the same in every named query, the
escalations and the action plan read as the reviews state them, a Word file is refused with
what to do. Outcomes are read off the reports and the development set's gold files."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import expected as X
import pytest
from conftest import REPORT_ID, ROOT, SAMPLE, run, run_json, store_snapshot

DEV = ROOT / "tests" / "corpus" / "development"
#: Development reports: gold file -> the report id its text gets.
DEV_IDS = {"ashvale-2015": "ashvale-2015-05-20", "ashvale-2018": "ashvale-2018-03-28",
           "brackenford-2017": "brackenford-2018-01-12"}


def _gold(name: str) -> dict:
    return json.loads((DEV / f"{name}.gold.json").read_text(encoding="utf-8"))


def _name(gold: dict, key: str) -> str:
    return gold["organisations"][key]["name"]


def _key(name: str) -> str:
    from clasgraph.graph.names import org_key

    return org_key(name)


def _paragraphs(text: str) -> dict[str, str]:
    """A report's numbered paragraphs ("1.13 Health visitors ...") by number, findings
    before the recommendations numbered alike."""
    found: dict[str, str] = {}
    for m in re.finditer(r"(?m)^\**(\d+(?:\.\d+){1,2})\.?\**\s+(.+)$", text):
        found.setdefault(m.group(1), m.group(2))
    return found


# --- one output path: -o and --format alike on every command that prints rows ----------------

COMMANDS = {
    "query": ["query", "--name", "reports"],
    "queries": ["queries"],
    "repeats": ["repeats", "--area", "ashvale"],
    "diff": ["diff", "--area", "ashvale"],
    "stats": ["stats"],
    "timeline": ["timeline", "--area", "ashvale"],
    "follow-through": ["follow-through", "--area", "ashvale"],
    "accountable": ["accountable", "--report", "ashvale-2018"],
    "schema": ["schema"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_that_prints_rows_writes_each_format_to_a_file(dev_store, tmp_path, command):
    from openpyxl import load_workbook

    args = [*dev_store, *COMMANDS[command]]
    written = {}
    for suffix in ("csv", "json", "xlsx", "txt"):
        out = tmp_path / f"{command}.{suffix}"
        result = run([*args, "-o", out])  # the format from the extension
        assert result.exit_code == 0, (suffix, result.output)
        written[suffix] = out
    with_bom = written["csv"].read_bytes()
    assert with_bom.startswith(b"\xef\xbb\xbf")  # for spreadsheets
    header, *rows = list(csv.reader(io.StringIO(with_bom.decode("utf-8-sig"))))
    assert rows, command
    data = json.loads(written["json"].read_text(encoding="utf-8"))
    assert data
    sheet = load_workbook(written["xlsx"]).active
    if command not in ("diff", "stats"):  # their json is one document, not rows
        assert len(data) == len(rows) == sheet.max_row - 1
    assert [c.value for c in sheet[1]] == header and sheet.freeze_panes == "A2"
    assert written["txt"].read_text(encoding="utf-8").strip()
    # --format to standard output too, and xlsx asks for a file
    assert run([*args, "--format", "csv"]).output.splitlines()[0] == ",".join(header)
    refused = run([*args, "--format", "xlsx"])
    assert refused.exit_code == 2 and "give -o NAME.xlsx" in refused.output


def test_rows_that_leave_the_terminal_name_their_review(dev_store, tmp_path):
    out = tmp_path / "diff.csv"
    assert run([*dev_store, "diff", "--area", "ashvale", "-o", out]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    later = {r["report"] for r in rows if r["part"] in ("repeated", "new")}
    earlier = {r["report"] for r in rows if r["part"] == "no longer mentioned"}
    assert later == {DEV_IDS["ashvale-2018"]} and earlier <= {DEV_IDS["ashvale-2015"]}
    # the repeats the 2018 review states (gold) are among the repeated rows
    stated = set(_gold("ashvale-2018")["repeats"]["ASH_CLAS_2015"])
    assert stated <= {r["finding"] for r in rows if r["part"] == "repeated"}
    repeats = tmp_path / "repeats.json"
    assert run([*dev_store, "repeats", "--report", "ashvale-2018", "-o", repeats]).exit_code == 0
    assert {r["report"] for r in json.loads(repeats.read_text())} == {DEV_IDS["ashvale-2018"]}


# --- --service: one definition, and the closest names when it means nothing ------------------

def test_a_service_is_found_by_the_names_reports_use(dev_store):
    gold = _gold("ashvale-2018")
    rows = run_json([*dev_store, "query", "--name", "service-accountability", "--service",
                     "health visitor", "--report", "ashvale-2018", "--format", "json"])
    assert [r["service"] for r in rows] == ["Health visiting"]
    assert rows[0]["report"] == DEV_IDS["ashvale-2018"]
    assert set(rows[0]["commissioners"]) == {_name(gold, o) for o, s in gold["commissions"] if s == "HV"}
    assert set(rows[0]["providers"]) == {_name(gold, o) for o, s in gold["provides"] if s == "HV"}
    # the same service by another name, and --service beside --org on the same query
    providers = run_json([*dev_store, "query", "--name", "who-provides-what", "--service",
                          "school nurses", "--report", "ashvale-2018", "--format", "json"])
    assert {r["provider"] for r in providers} == {_name(gold, o) for o, s in gold["provides"] if s == "SN"}
    assert {r["service"] for r in providers} == {"School nursing"}


@pytest.mark.parametrize("args", [
    ["query", "--name", "service-accountability", "--service", "SN"],
    ["query", "--name", "who-provides-what", "--service", "helth visting"],
    ["query", "--name", "escalations-to-commissioners", "--service", "podiatry"],
    ["timeline", "--area", "ashvale", "--service", "SN"],
    # a service of other areas only: the store holds none of Rutland's by that name
    ["query", "--name", "service-accountability", "--service", "SARC", "--report", "rutland"],
])
def test_a_service_that_means_nothing_is_refused_with_the_closest_names(dev_store, args):
    result = run([*dev_store, *args])
    assert result.exit_code == 2, result.output
    assert re.search(r"no service (of Rutland )?matches", result.output)
    assert "closest:" in result.output or "there are:" in result.output
    assert "Traceback" not in result.output
    if "helth" in args[-1]:
        assert "Health visiting" in result.output


def test_a_filter_a_query_does_not_take_is_refused(dev_store):
    result = run([*dev_store, "query", "--name", "reports", "--service", "health visiting"])
    assert result.exit_code == 2 and "has no parameter service" in result.output


# --- escalations ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(DEV_IDS))
def test_escalations_name_the_finding_and_the_body_the_gold_names(dev_store, name):
    gold = _gold(name)
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    rows = run_json([*dev_store, "query", "--name", "escalations-to-commissioners", "--report",
                     DEV_IDS[name], "--format", "json"])
    assert {r["report"] for r in rows} == {DEV_IDS[name]}  # each row names its review
    assert {(r["finding"], r["escalated_to"]) for r in rows} == {
        (number, _name(gold, org)) for number, org in gold["escalations"].items()}
    paragraphs = _paragraphs(text)
    for r in rows:
        # the finding's own words, its first sentence or the start of it
        assert paragraphs[r["finding"]].startswith(r["finding_text"].rstrip("…"))
        assert len(r["finding_text"]) <= 121
        # a role only where the review names the body by one; never the rest of the sentence
        assert not r["as_role"].endswith(".") and "about this" not in r["as_role"]
        assert r["as_role"] == "" or f"{r['as_role']} as commissioner" in r["evidence"]


def test_escalations_narrowed_by_body_and_by_service(dev_store, sample_text):
    to_council = run_json([*dev_store, "query", "--name", "escalations-to-commissioners",
                           "--org", "Ashvale County Council", "--format", "json"])
    expected = {(DEV_IDS[n], number) for n in ("ashvale-2015", "ashvale-2018")
                for number, org in _gold(n)["escalations"].items() if org == "ASH_CC"}
    assert {(r["report"], r["finding"]) for r in to_council} == expected
    rows = run_json([*dev_store, "query", "--name", "escalations-to-commissioners", "--report",
                     "rutland", "--service", "health visitor", "--format", "json"])
    paragraphs = _paragraphs(sample_text)
    assert {r["finding"] for r in rows} <= {n for n, _ in X.ESCALATIONS}
    # 1.13 was taken to the Director of Public Health "as commissioner of health visiting services"
    assert "1.13" in {r["finding"] for r in rows}
    assert all("health visit" in paragraphs[r["finding"]].lower() for r in rows)


# --- the action plan -----------------------------------------------------------------------

def _runs_unnamed(names: list[str], heading: str) -> list:
    """Names as compared: a run of bodies the heading does not name one by one ("the three
    CCGs") as a set, in whatever order."""
    out: list = []
    for name in names:
        named = f" {_key(name)} " in f" {_key(heading)} "
        if not named and out and isinstance(out[-1], set):
            out[-1].add(_key(name))
        else:
            out.append(_key(name) if named else {_key(name)})
    return out


@pytest.mark.parametrize("name", sorted(DEV_IDS))
def test_action_plan_names_addressees_in_the_order_of_the_heading(dev_store, name):
    gold = _gold(name)
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    headings = dict(re.findall(r"(?m)^\**(\d+)\.?\s+(.+?should):\**\s*$", text))
    rows = run_json([*dev_store, "query", "--name", "action-plan", "--report", DEV_IDS[name],
                     "--format", "json"])
    assert len(rows) == len(gold["recommendations"])
    for row in rows:
        number = row["Recommendation"].split()[0]
        heading = headings[number.split(".")[0]]
        addressed = row["Addressed to"].split("\n")
        wanted = [_name(gold, o) for o in gold["recommendations"][number]]
        assert _runs_unnamed(addressed, heading) == _runs_unnamed(wanted, heading), (number, heading)


def test_action_plan_addressees_in_the_sample_headings_order(dev_store, sample_text):
    rows = run_json([*dev_store, "query", "--name", "action-plan", "--report", "rutland", "--org",
                     "UHL", "--format", "json"])
    by_number = {r["Recommendation"].split()[0]: r for r in rows}
    # "University Hospitals of Leicester together with Leicestershire Partnership Trust should:"
    assert "6. University Hospitals of Leicester together with Leicestershire Partnership Trust should" in sample_text
    assert by_number["6.1"]["Addressed to"].split("\n") == [
        "University Hospitals of Leicester NHS Trust", "Leicestershire Partnership NHS Trust"]


def test_action_plan_workbook_is_a_form_a_provider_fills_in(dev_store, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "plan.xlsx"
    result = run([*dev_store, "query", "--name", "action-plan", "--report", "rutland", "-o", out])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    column = {name: chr(ord("A") + i) for i, name in enumerate(header)}
    assert header[-5:] == ["Action", "Lead", "Due date", "Status", "Evidence"]
    assert sheet.max_row == 1 + len(X.RECOMMENDATIONS) and sheet.freeze_panes == "A2"
    width = {name: sheet.column_dimensions[column[name]].width for name in header}
    assert width["Action"] >= 40 and width["Evidence"] >= 40 and width["What the review found"] >= 60
    assert width["Due date"] >= 10 and width["Status"] >= len("Not started")
    assert all(sheet[f"{column[c]}2"].alignment.wrap_text for c in header)
    validations = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    due, status = validations[f"{column['Due date']}2"], validations[f"{column['Status']}2"]
    assert due.type == "date" and due.showErrorMessage
    assert status.type == "list" and status.formula1 == '"Not started,In progress,Done,Blocked"'
    assert sheet[f"{column['Due date']}2"].number_format == "yyyy-mm-dd"
    assert {sheet[f"{column['Status']}{r}"].value for r in range(2, sheet.max_row + 1)} == {"Not started"}
    assert all(sheet[f"{column['Action']}{r}"].value is None for r in range(2, sheet.max_row + 1))


# --- lineage list --org: matched as every --org ----------------------------------------------

def test_lineage_list_matches_bodies_as_every_org_does(tmp_path):
    store = ["--store", tmp_path / "store"]
    assert run([*store, "ingest", SAMPLE]).exit_code == 0
    assert run([*store, "lineage", "import", ROOT / "examples" / "lineage-leicestershire.csv"]).exit_code == 0
    rows = run_json([*store, "lineage", "list", "--org",
                     "East Leicestershire and Rutland Clinical Commissioning Group",
                     "--format", "json"])
    assert {r["predecessor"] for r in rows} == {"NHS East Leicestershire and Rutland CCG"}
    missing = run([*store, "lineage", "list", "--org", "Rutland CGG"])
    assert missing.exit_code == 2 and "no organisation matches" in missing.output


# --- a word processor's file ---------------------------------------------------------------

def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>CLAS review</w:document>")
    return path


@pytest.mark.parametrize("make", [
    lambda d: _docx(d / "rutland.docx"),
    lambda d: _docx(d / "renamed.txt"),  # what it is, not what it is called
    lambda d: (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)) and d / "old.doc",
    lambda d: (d / "notes.odt").write_bytes(b"PK\x03\x04 not really") and d / "notes.odt",
])
def test_a_word_processor_file_is_refused_saying_to_save_it_as_pdf(ingested_store, tmp_path, make):
    path = make(tmp_path)
    before = store_snapshot(ingested_store)
    result = run(["--store", ingested_store, "ingest", path])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(path) in errors[0]
    assert "save or print it as PDF" in errors[0] and "binary" not in errors[0]
    assert "Traceback" not in result.output
    assert store_snapshot(ingested_store) == before
    assert REPORT_ID in run(["--store", ingested_store, "query", "--name", "reports", "--format", "csv"]).output


def test_repeats_narrowed_to_a_service(dev_store):
    paragraphs = _paragraphs((DEV / "ashvale-2018.txt").read_text(encoding="utf-8"))
    every = run_json([*dev_store, "repeats", "--area", "ashvale", "--format", "json"])
    rows = run_json([*dev_store, "repeats", "--area", "ashvale", "--service", "health visitors",
                     "--format", "json"])
    assert rows and len(rows) < len(every)
    assert {r["report"] for r in rows} == {DEV_IDS["ashvale-2018"]}
    assert all("health visit" in paragraphs[r["finding"]].lower() for r in rows)
    # the named query gives the same rows
    named = run_json([*dev_store, "query", "--name", "repeated-findings", "--area", "ashvale",
                      "--service", "health visitors", "--format", "json"])
    assert [(r["finding"], r["basis"]) for r in named] == [(r["finding"], r["basis"]) for r in rows]


def test_diff_rows_name_the_earlier_review_its_date_and_the_score_of_inferred_rows(dev_store):
    """Each repeated row of `diff` says where it comes from: the earlier review's id and
    published date (from the gold), the earlier finding, and a score where clasgraph inferred
    the pair; the same in CSV and JSON. Ashvale 2018 2.7 states a repeat of 2015 2.9 (gold)."""
    g15, g18 = _gold("ashvale-2015"), _gold("ashvale-2018")
    earlier_of = {later.split("#")[1]: earlier.split("#")[1] for later, earlier in g18["repeats_findings"]}
    result = run([*dev_store, "diff", "--area", "ashvale", "--format", "json"])
    assert result.exit_code == 0, result.output
    repeated = json.loads(result.output)["repeated"]
    result = run([*dev_store, "diff", "--area", "ashvale", "--format", "csv"])
    in_csv = [r for r in csv.DictReader(io.StringIO(result.output)) if r["part"] == "repeated"]
    assert [r["finding"] for r in in_csv] == [r["finding"] for r in repeated]
    for row, line in zip(repeated, in_csv):
        assert row["earlier_report"] == line["earlier_report"] == DEV_IDS["ashvale-2015"]
        assert row["earlier_published"] == line["earlier_published"] == g15["report"]["published"]
        if row["basis"] in ("restated", "similar"):
            assert row["score"] is not None and line["score"] != ""
    by_finding = {r["finding"]: r for r in repeated}
    assert by_finding["2.7"]["earlier"] == earlier_of["2.7"] and by_finding["2.7"]["basis"] == "stated"


@pytest.mark.parametrize("width, args", [("80", ["diff", "--area", "ashvale"]),
                                         ("120", ["queries"]), ("80", ["queries"])])
def test_terminal_tables_fit_or_switch_to_blocks(dev_store, monkeypatch, width, args):
    """A terminal table either shows every column whole or turns into one-record blocks: no
    line wider than the terminal, no value cut at the right (each basis word, each query's
    description to its last word)."""
    from clasgraph.queries.runner import named_queries

    monkeypatch.setenv("COLUMNS", width)
    result = run([*dev_store, *args])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if not line.startswith("ashvale-2015-05-20 ->")]
    assert max(len(line) for line in lines) <= int(width)
    words = set(re.findall(r"[\w-]+", "\n".join(lines)))  # not the summary line (diff)
    if args[0] == "diff":
        assert {"stated", "restated"} <= words  # the bases of Ashvale 2018's repeats, whole
    else:
        for query in named_queries().values():
            assert re.findall(r"[\w-]+", query.description)[-1] in words, query.name


def test_a_service_is_found_by_the_local_name_a_report_gives_it(dev_store, sample_text):
    """--service matches a service's local name as --org matches an alias: the sample says
    "The health visiting and school nursing team, known as the 'Healthy Together' service"."""
    assert "health visiting and school nursing team, known as the 'Healthy Together' service" in sample_text
    rows = run_json([*dev_store, "query", "--name", "service-accountability", "--service",
                     "Healthy Together", "--report", "rutland", "--format", "json"])
    assert {r["service"] for r in rows} == {"Health visiting", "School nursing"}
    assert {r["report"] for r in rows} == {REPORT_ID}


@pytest.mark.parametrize("extra", [["--view", "commissioning"],
                                   ["--view", "org", "--org", "Ashvale County Council", "--area", "ashvale"]])
def test_map_says_what_its_page_draws_and_what_it_leaves_out(dev_store, tmp_path, extra):
    """The counts `map` prints are those of the page's own data: each node drawn (a body
    drawn in several review groups counts in each) and each line; lines the org view does not
    draw are said, not counted as drawn."""
    out = tmp_path / "m.html"
    result = run([*dev_store, "map", *extra, "-o", out])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"var nodes = new vis\.DataSet\((.*?)\);\n", page).group(1))
    edges = json.loads(re.search(r"var edges = new vis\.DataSet\((.*?)\);\n", page).group(1))
    drawn = sum(1 for n in nodes if not n.get("folded"))
    assert f"{drawn} nodes, {len(edges)} relationships drawn" in result.output
    said = re.search(r"(\d+) line\(s\) between nodes the same distance from the centre not drawn",
                     result.output)
    noted = re.search(r"(\d+) line\(s\) between nodes the same distance from the centre are not", page)
    assert bool(said) == bool(noted) and (not said or said.group(1) == noted.group(1))


@pytest.mark.parametrize("command", [["accountable"], ["query", "--name", "action-plan"], ["repeats"]])
def test_closest_names_are_each_whole_and_alike_in_every_command(dev_store, command):
    """An unknown --org gets the same closest names from every command, separated so that a
    name with commas ("Leicester, Leicestershire and Rutland CCGs", as the sample names the
    CCGs) reads as one name."""
    result = run([*dev_store, *command, "--org", "Leicester Leicestershire Rutland CCGz"])
    assert result.exit_code == 2, result.output
    listed = result.output.strip().split("; closest: ", 1)[1].split(" | ")
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.queries.runner import stored_organisations

    names = {n for o in stored_organisations(EmbeddedStore(dev_store[1]))
             for n in (o["name"], *(o["aliases"] or []))}
    assert listed and all(name in names for name in listed), listed
    assert any("," in name for name in listed)
    same = run([*dev_store, "query", "--name", "recommendations-by-organisation", "--org",
                "Leicester Leicestershire Rutland CCGz"])
    assert same.output == result.output


def test_a_word_file_named_csv_is_refused_by_lineage_import_as_by_ingest(dev_store, tmp_path):
    """A Word document renamed .csv: lineage import says what it is and how to save it, as
    ingest does for a Word file, exit 2, the store left as it was."""
    word = tmp_path / "lineage.csv"
    with zipfile.ZipFile(word, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    before = store_snapshot(dev_store[1])
    result = run([*dev_store, "lineage", "import", word])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert f"{word}: is a Word document (.docx)" in result.output and "CSV UTF-8" in result.output
    assert store_snapshot(dev_store[1]) == before
    renamed = tmp_path / "report.txt"
    renamed.write_bytes(word.read_bytes())
    ingest = run([*dev_store, "ingest", renamed])
    assert f"{renamed}: is a Word document (.docx)" in ingest.output
