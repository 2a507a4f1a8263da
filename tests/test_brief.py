"""The board pack (`clasgraph brief`): one review on one page, checked against the hand-read
gold of the sample and of the development set, opened in headless Chromium (Debian's chromium)
and printed to PDF by it.

Every pack must hold every section; each recommendation of the report's gold with its
addressees; nothing another review recommended; text from reports as text; no request leaving
the page; and, in the PDF, every section heading and every table row whole on one page.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import expected as X
import pytest
from conftest import REPORT_ID, ROOT, SAMPLE, run

sys.path.insert(0, str(ROOT / "bench"))

DEVELOPMENT = ROOT / "tests" / "corpus" / "development"
SAMPLE_GOLD = ROOT / "tests" / "gold" / "rutland-clas-2019.gold.json"
#: The July 2022 CCG -> ICB transfer in Leicestershire, written by hand (examples/).
LINEAGE = ROOT / "examples" / "lineage-leicestershire.csv"


def _review_id(gold: dict) -> str:
    """A review's id as clasgraph makes it: its area and publication date (from the gold)."""
    return f"{gold['report']['area'].lower()}-{gold['report']['published']}"


def _reviews() -> list[tuple[Path, dict]]:
    pairs = [(SAMPLE, json.loads(SAMPLE_GOLD.read_text()))]
    for gold in sorted(DEVELOPMENT.glob("*.gold.json")):
        data = json.loads(gold.read_text())
        pairs.append((DEVELOPMENT / data["file"], data))
    return pairs


REVIEWS = _reviews()
IDS = [_review_id(gold) for _, gold in REVIEWS]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The sample and the development set in one embedded store."""
    path = tmp_path_factory.mktemp("brief") / "store"
    result = run(["--store", path, "ingest", SAMPLE, *sorted(DEVELOPMENT.glob("*.txt"))])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def packs(store, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("packs")
    written = {}
    for review in IDS:
        path = out / f"{review}.html"
        result = run(["--store", store, "brief", "--report", review, "-o", path])
        assert result.exit_code == 0, result.output
        written[review] = path
    return written


class Printed:
    """A pack opened in Chromium (the requests it made) and printed by it to PDF."""

    def __init__(self, page, requests, pdf_pages):
        self.page, self.requests, self.pdf_pages = page, requests, pdf_pages


def _pdf_pages(pdf: bytes) -> list[str]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


@pytest.fixture
def printed(browser):
    contexts = []

    def opener(path: Path) -> Printed:
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.resolve().as_uri())
        page.wait_for_load_state("load")
        pdf = page.pdf(format="A4", print_background=True)
        page.emulate_media(media="print")
        return Printed(page, requests, _pdf_pages(pdf))

    yield opener
    for context in contexts:
        context.close()


def squeeze(text: str) -> str:
    """Text compared across the page and the PDF: without white space (lines wrap
    differently), a hyphen the PDF marks as broken at a line's end put back."""
    return re.sub(r"\s+", "", text.replace("\ufffe", "-").replace("\u00ad", ""))


def test_section_headings_are_the_ones_declared():
    from clasgraph.viz.brief import SECTIONS

    assert [a for a, _ in SECTIONS] == ["review", "commissioning", "recommendations",
                                        "follow-through", "repeats", "escalations"]


#: The smallest text on the page (computed font size of any element holding text) and the
#: size the diagram's names are drawn at once the diagram is scaled to the page's width.
FONT_SIZES = """() => {
  let text = 99;
  for (const e of document.querySelectorAll('body *')) {
    if ([...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
        && e.getClientRects().length) {
      text = Math.min(text, parseFloat(getComputedStyle(e).fontSize));
    }
  }
  const svg = document.querySelector('svg.diagram');
  let diagram = null;
  if (svg) {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    diagram = Math.min(...[...svg.querySelectorAll('text')].map(
      t => parseFloat(getComputedStyle(t).fontSize) * scale));
  }
  return {text: text, diagram: diagram};
}"""


@pytest.mark.parametrize("review", IDS)
def test_pack_opens_offline_prints_every_section_and_cuts_no_table_row(packs, printed, review):
    from clasgraph.viz.brief import SECTIONS

    path = packs[review]
    opened = printed(path)
    assert opened.requests == [path.resolve().as_uri()], "the pack asked the network for something"
    page = opened.page
    assert page.evaluate("document.querySelectorAll('script, link, iframe, img, object').length") == 0
    # Every section is in the page and in the PDF, each starting a page of its own.
    for anchor, heading in SECTIONS:
        assert page.inner_text(f"section#{anchor} h2") == heading
    starts = [text.splitlines()[0].strip() if text.strip() else "" for text in opened.pdf_pages]
    for _, heading in SECTIONS:
        assert heading in starts or (heading == "The review" and heading in opened.pdf_pages[0]), heading
    # The print stylesheet: rows are never split, table headings repeat on each page.
    styles = page.evaluate("""() => ({
      rows: [...document.querySelectorAll('tbody tr')].map(r => getComputedStyle(r).breakInside),
      heads: [...document.querySelectorAll('thead')].map(h => getComputedStyle(h).display)})""")
    assert styles["rows"] and set(styles["rows"]) == {"avoid"}
    assert set(styles["heads"]) == {"table-header-group"}
    # And in the PDF Chromium printed: each row's text whole on one page.
    pages = [squeeze(text) for text in opened.pdf_pages]
    rows = page.evaluate("[...document.querySelectorAll('tbody tr')].map(r => r.innerText)")
    split = [row[:60] for row in rows if not any(squeeze(row) in p for p in pages)]
    assert split == [], f"{len(split)} of {len(rows)} rows not whole on one page"
    # Readable when printed: at the width of A4 less its margins (186 mm at 96 dpi), no text
    # below 11 px (8.25 pt), the diagram's names included once it is scaled to fit.
    page.set_viewport_size({"width": 703, "height": 1000})
    sizes = page.evaluate(FONT_SIZES)
    assert sizes["text"] >= 11, sizes
    assert sizes["diagram"] is None or sizes["diagram"] >= 11, sizes
    # A page that starts inside a section starts with the heading row of its table.
    heads = {squeeze(h) for h in page.evaluate(
        "[...document.querySelectorAll('thead tr')].map(r => r.innerText)")}
    for text in opened.pdf_pages[1:]:
        first = squeeze(text)
        assert (any(first.startswith(squeeze(h)) for _, h in SECTIONS)
                or any(first.startswith(h) for h in heads)), text[:80]


def _org_map(path: Path, gold: dict) -> dict[str, str]:
    from bench_extraction import org_map

    from clasgraph import read_report

    return org_map(read_report(path), gold)


@pytest.mark.parametrize("path,gold", REVIEWS, ids=IDS)
def test_each_recommendation_of_the_gold_is_in_the_pack_with_its_addressees(store, packs, path, gold):
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    review = _review_id(gold)
    pack = gather(EmbeddedStore(store), review)
    ours_to_gold = _org_map(path, gold)
    found = {rec["number"]: [ours_to_gold.get(a["org_id"], a["org_id"]) for a in rec["addressees"]]
             for rec in pack["recommendations"]}
    assert {number: set(keys) for number, keys in found.items()} == {
        number: set(keys) for number, keys in gold["recommendations"].items()}
    html = packs[review].read_text(encoding="utf-8")
    for rec in pack["recommendations"]:
        row = html.split(f'<tr id="rec-{rec["number"]}">', 1)[1].split("</tr>", 1)[0]
        for addressee in rec["addressees"]:
            assert _escaped(addressee["org"]) in row, (rec["number"], addressee["org"])
    # Supporting findings: each marker "(Recommendation N)" of the gold, under its recommendation.
    supports = {(f["finding"], rec["number"]) for rec in pack["recommendations"] for f in rec["findings"]}
    assert supports == {tuple(pair) for pair in gold["supports"]}


def _escaped(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def test_addressees_are_in_the_order_the_heading_names_them(store):
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    pack = gather(EmbeddedStore(store), REPORT_ID)
    recs = {rec["number"]: [a["org_id"] for a in rec["addressees"]] for rec in pack["recommendations"]}
    # "NHS England together with Leicester City, Leicestershire and Rutland CCGs and
    # Leicestershire Partnership Trust should:"
    assert recs["1.1"] == [X.NHSE, X.LLR, X.LPT]
    # "NHS East Leicestershire and Rutland CCG together with Oakham Medical Practice should:"
    assert recs["5.1"] == [X.ELR, X.OAKHAM]
    assert recs["6.1"] == [X.UHL, X.LPT]


@pytest.mark.parametrize("review", IDS)
def test_no_recommendation_of_another_review_appears(store, packs, review):
    """Another review's recommendations appear only in the follow-through, and only those of
    the previous review of the same area (what became of them is an answer about change)."""
    from clasgraph.graph.store import EmbeddedStore

    _, rows = EmbeddedStore(store).query(
        "MATCH (r:Recommendation) RETURN r.report_id AS report, r.text AS text", {})
    mine = {text for report, text in rows if report == review}
    others = {text for report, text in rows if report != review} - mine
    html = packs[review].read_text(encoding="utf-8")
    start = html.index('<section id="follow-through">')
    end = html.index("</section>", start)
    follow, rest = html[start:end], html[:start] + html[end:]
    assert others and [t for t in others if _escaped(t) in rest] == []
    assert all(_escaped(t) in rest for t in mine)
    previous = {"ashvale-2018-03-28": "ashvale-2015-05-20"}.get(review)
    shown = {report for report, text in rows if report != review and _escaped(text) in follow
             and text not in mine}
    assert shown == ({previous} if previous else set())


def test_sample_pack_holds_the_hand_read_facts(store, packs):
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    pack = gather(EmbeddedStore(store), REPORT_ID)
    header = pack["report"]
    assert (header["area"], header["published"]) == ("Rutland", "2019-10-04")
    assert (header["review_start"], header["review_end"]) == ("2019-07-22", "2019-07-26")
    assert set(header["providers"]) == {X.HEADER_NAMES[k] for k in (X.UHL, X.LPT, X.MPT, X.OAKHAM, X.TP)}
    assert header["ccgs"] == [X.HEADER_NAMES[X.LLR]]
    links = {(("COMMISSIONS" if link["role"] == "commissions" else "PROVIDES"), link["org_id"],
              link["service_id"]) for link in pack["links"]}
    links |= {("ON_BEHALF_OF", link["org_id"], link["for_id"]) for link in pack["on_behalf"]}
    assert links == X.COMMISSIONING
    assert {(e["finding"], X.LCCPH) for e in pack["escalations"]} == X.ESCALATIONS
    assert all(e["evidence"] and e["paragraph"] for e in pack["escalations"])
    # Repeats: all stated by the review, none inferred (no earlier Rutland review is stored).
    assert {(row["finding"], row["earlier_id"]) for row in pack["stated"]} == {
        (finding, doc) for kind, finding, doc in X.EARLIER if kind == "REPEATS"}
    assert pack["inferred"] == []
    assert pack["previous"] is None
    # The diagram: commissioners left of the services, providers right of them.
    boxes = {tuple(b["lines"]): b for b in pack["diagram"]["boxes"]}
    lpt = next(b for lines, b in boxes.items() if " ".join(lines).startswith("Leicestershire Partnership"))
    hv = next(b for lines, b in boxes.items() if " ".join(lines) == "Health visiting")
    lccph = next(b for lines, b in boxes.items() if " ".join(lines).startswith("Leicestershire County"))
    assert lccph["x"] < hv["x"] < lpt["x"]
    assert lccph["kind"] == "commissioner" and lpt["kind"] == "provider"


def test_stated_and_inferred_repeats_are_never_shown_alike(store, packs):
    """Ashvale 2018 states repeats of its 2015 review; clasgraph also infers some. They sit in
    two tables, each row labelled with its basis, inferred ones with their score."""
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    gold = json.loads((DEVELOPMENT / "ashvale-2018.gold.json").read_text())
    review = _review_id(gold)
    pack = gather(EmbeddedStore(store), review)
    stated = {row["finding"] for row in pack["stated"]}
    assert stated == {f for findings in gold["repeats"].values() for f in findings}
    assert pack["inferred"] and all(row["score"] is not None for row in pack["inferred"])
    assert all(row["how"] in ("restated", "similar") for row in pack["inferred"])
    pairs = [(row["finding"], row["earlier_report"], row["earlier_finding"]) for row in pack["inferred"]]
    assert len(pairs) == len(set(pairs)), "one row per pair"
    html = packs[review].read_text(encoding="utf-8")
    stated_table = html.split('<table class="stated-repeats">', 1)[1].split("</table>", 1)[0]
    inferred_table = html.split('<table class="inferred-repeats">', 1)[1].split("</table>", 1)[0]
    assert stated_table.count('<tr class="stated">') == len(pack["stated"])
    assert inferred_table.count('<tr class="inferred">') == len(pack["inferred"])
    assert "inferred:" not in stated_table and "score" in inferred_table
    assert '<span class="basis stated-label">stated</span>' not in inferred_table
    # The previous review of the area is named.
    assert pack["previous"]["id"] == "ashvale-2015-05-20"


def test_pack_repeats_are_the_rows_of_clasgraph_repeats(store, packs):
    """One definition of a repeat: each repeat Ashvale 2018 states of its 2015 review is
    matched in the pack to the 2015 finding the gold pairs it with (2.7 -> 2.9 included, a
    match by wording), and the pack's pairs are those of `clasgraph repeats --all`."""
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    g18 = json.loads((DEVELOPMENT / "ashvale-2018.gold.json").read_text())
    review = _review_id(g18)
    earlier_of = {later.split("#")[1]: earlier.split("#")[1] for later, earlier in g18["repeats_findings"]}
    stated_2015 = {f for doc, findings in g18["repeats"].items() for f in findings
                   if doc.startswith("ASH_CLAS")}
    pack = gather(EmbeddedStore(store), review)
    matched = {row["finding"]: {m["earlier_finding"] for m in row["matched"]} for row in pack["stated"]}
    for finding in stated_2015:
        assert matched[finding] == {earlier_of[finding]}, finding
    html = packs[review].read_text(encoding="utf-8")
    assert "no finding matched" not in html
    result = run(["--store", store, "repeats", "--report", review, "--all", "--format", "json"])
    assert result.exit_code == 0, result.output
    command = {(r["finding"], r["basis"], r["earlier_finding"]) for r in json.loads(result.output)}
    shown = ({(r["finding"], "stated", "; ".join(m["earlier_finding"] for m in r["matched"]))
              for r in pack["stated"]}
             | {(r["finding"], r["how"], r["earlier_finding"]) for r in pack["inferred"]})
    assert shown == command


def test_follow_through_classifies_each_recommendation_of_the_previous_review(store, packs):
    """The 2018 Ashvale pack follows through every 2015 recommendation; those whose findings
    the 2018 review says it repeats (gold: the repeats it states and the earlier findings
    they are) are stated repeats; inferred outcomes are labelled so, with their score. The
    rows are those of `clasgraph follow-through` (one answer, not two)."""
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    g15 = json.loads((DEVELOPMENT / "ashvale-2015.gold.json").read_text())
    g18 = json.loads((DEVELOPMENT / "ashvale-2018.gold.json").read_text())
    review = _review_id(g18)
    pack = gather(EmbeddedStore(store), review)
    outcomes = {row["recommendation"]: row for row in pack["follow_through"]}
    assert set(outcomes) == set(g15["recommendations"])
    said_again = {f for docs in g18["repeats"].values() for f in docs}
    earlier_of = {later.split("#")[1]: earlier.split("#")[1] for later, earlier in g18["repeats_findings"]}
    repeated = {rec for later in said_again if later in earlier_of
                for finding, rec in g15["supports"] if finding == earlier_of[later]}
    assert {r for r, row in outcomes.items()
            if row["follow_through"].split(" (")[0] == "stated repeat"} == repeated
    for row in outcomes.values():
        assert row["inferred"] == (row["follow_through"].startswith("restated (inferred, score ")
                                   or "(inferred match by wording, score " in row["follow_through"])
        if row["mentioned"]:
            assert row["evidence"] and all(sentence for _, _, sentence in row["evidence"])
    result = run(["--store", store, "follow-through", "--report", review, "--format", "json"])
    assert result.exit_code == 0, result.output
    command = {row["recommendation"]: row["follow_through"] for row in json.loads(result.output)}
    assert command == {r: row["follow_through"] for r, row in outcomes.items()}
    html = packs[review].read_text(encoding="utf-8")
    table = html.split('<table class="follow-through">', 1)[1].split("</table>", 1)[0]
    inferred = sum(row["inferred"] for row in outcomes.values())
    assert inferred and table.count('<tr class="inferred">') == inferred
    assert table.count('<span class="basis inferred-label">inferred</span>') == inferred
    # The sample has no earlier review of Rutland in the store: the pack says so.
    sample = packs[REPORT_ID].read_text(encoding="utf-8")
    assert "No earlier review of Rutland is in the store" in sample


def test_accountable_now_follows_the_ccg_to_icb_lineage(tmp_path):
    """With the CCG -> ICB lineage of July 2022 imported (examples/lineage-leicestershire.csv), what the sample addressed to NHS East
    Leicestershire and Rutland CCG is now for the Leicester, Leicestershire and Rutland ICB,
    and the pack says how that is known; bodies no succession touches stay as named."""
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    store = tmp_path / "store"
    assert run(["--store", store, "ingest", SAMPLE]).exit_code == 0
    before = gather(EmbeddedStore(store), REPORT_ID)
    assert all(a["now"] is None for rec in before["recommendations"] for a in rec["addressees"])
    result = run(["--store", store, "lineage", "import", LINEAGE])
    assert result.exit_code == 0, result.output
    pack = gather(EmbeddedStore(store), REPORT_ID)
    for rec in pack["recommendations"]:
        now = {a["org_id"]: a["now"] for a in rec["addressees"]}
        if rec["number"].split(".")[0] == "5":
            assert "Leicester, Leicestershire and Rutland Integrated Care Board" in now[X.ELR]["name"]
            assert "lineage file lineage-leicestershire.csv" in now[X.ELR]["how"]
            assert now[X.OAKHAM] is None
        assert now.get(X.LPT) is None and now.get(X.UHL) is None
    out = tmp_path / "pack.html"
    assert run(["--store", store, "brief", "--report", REPORT_ID, "-o", out]).exit_code == 0
    row = out.read_text(encoding="utf-8").split('<tr id="rec-5.1">', 1)[1].split("</tr>", 1)[0]
    assert "accountable now:</strong> NHS Leicester, Leicestershire and Rutland Integrated Care Board" in row


# -- text from reports is text ------------------------------------------------------------------

SCRIPT = "<script>window.pwned = 1</script>"


def hostile(text: str) -> str:
    """The sample with markup in a finding that supports a recommendation, in the sentence that
    names it, and in that recommendation, as a report could carry it (SYNTHETIC)."""
    finding = "2.12 Safeguarding research clearly highlights"
    assert finding in text
    text = text.replace(finding, f"2.12 {SCRIPT} <b>Safeguarding</b> research clearly highlights", 1)
    text = text.replace("(Recommendation 2.1)", "<img src=x onerror=alert(1)> (Recommendation 2.1)", 1)
    rec = re.search(r"^ - 2\.1 (Ensure all relevant health practitioners)", text, re.MULTILINE)
    assert rec
    return text[:rec.start(1)] + f"{SCRIPT} " + text[rec.start(1):]


def test_report_text_is_escaped(tmp_path, printed):
    source = tmp_path / "rutland-hostile.txt"
    source.write_text(hostile(SAMPLE.read_text(encoding="utf-8")), encoding="utf-8")
    store, out = tmp_path / "store", tmp_path / "pack.html"
    assert run(["--store", store, "ingest", source]).exit_code == 0
    result = run(["--store", store, "brief", "--report", REPORT_ID, "-o", out])
    assert result.exit_code == 0, result.output
    opened = printed(out)
    page = opened.page
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('script, img, b').length") == 0
    row = page.inner_text('tr[id="rec-2.1"]')
    assert SCRIPT in row and "<b>Safeguarding</b>" in row and "<img src=x onerror=alert(1)>" in row
    assert opened.requests == [out.resolve().as_uri()]


# -- the command ----------------------------------------------------------------------------------


def test_area_gives_its_latest_review(store, tmp_path):
    out = tmp_path / "ashvale.html"
    result = run(["--store", store, "brief", "--area", "ashvale", "-o", out])
    assert result.exit_code == 0, result.output
    assert "ashvale-2018-03-28" in result.output
    assert "<code>ashvale-2018-03-28</code>" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args,message", [
    (["--area", "Ashvle"], "no area matches 'Ashvle'; closest: Ashvale"),
    (["--report", "rutlnd"], "no report matches 'rutlnd'"),
    (["--report", "ashvale"], "could be any of 2 reports"),
    ([], "give either --report ID or --area NAME"),
    (["--report", "rutland", "--area", "Rutland"], "give either --report ID or --area NAME"),
])
def test_bad_input_is_one_line_exit_2(store, tmp_path, args, message):
    from conftest import store_snapshot

    before = store_snapshot(store)
    result = run(["--store", store, "brief", *args, "-o", tmp_path / "x.html"])
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()
    assert store_snapshot(store) == before


def test_same_pack_from_the_bolt_server(store, bolt_env):
    """The pack's data read through a Bolt server equals the embedded store's."""
    from clasgraph.graph.neo4j_store import Neo4jStore
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.viz.brief import gather

    files = [SAMPLE, *sorted(DEVELOPMENT.glob("*.txt"))]  # what the embedded store holds
    assert run(["--neo4j", bolt_env, "ingest", *files]).exit_code == 0
    bolt = Neo4jStore(bolt_env)
    try:
        for review in IDS:
            embedded = gather(EmbeddedStore(store), review)
            over_bolt = gather(bolt, review)
            for part in ("report", "previous", "links", "on_behalf", "recommendations", "stated",
                         "inferred", "escalations", "diagram", "follow_through"):
                assert over_bolt[part] == embedded[part], (review, part)
    finally:
        bolt.close()


def test_pack_queries_use_only_schema_names():
    """The pack's Cypher names only labels and relationship types the schema declares."""
    from clasgraph.graph.schema import NODES, RELATIONSHIPS
    from clasgraph.viz import brief
    from test_schema_names import _strip

    statements = [brief.REPORT, brief.INCLUDES, brief.ON_BEHALF_OF, brief.RECOMMENDATIONS,
                  brief.ADDRESSED, brief.SUPPORTS,
                  brief.ESCALATIONS, brief.REVIEWS, brief.PROGRESS, brief.FINDINGS,
                  *brief.SERVICE_LINKS.values()]
    for cypher in statements:
        body = _strip(cypher)
        labels = set(re.findall(r"\(\s*\w*\s*:\s*(\w+)", body))
        types = set(re.findall(r"\[\s*\w*\s*:\s*(\w+)", body))
        assert labels and labels <= set(NODES), cypher
        assert types <= set(RELATIONSHIPS), cypher
        assert "$report" in cypher or cypher is brief.REVIEWS, "every answer is of one review"


@pytest.mark.parametrize("command", [["brief", "--area", "Ashvale"], ["map", "--report", "rutland"]])
def test_a_pdf_name_is_refused_with_how_to_make_a_pdf(store, tmp_path, command):
    """The pack and the maps are HTML pages: `-o pack.pdf` would be HTML in a .pdf file. It is
    refused in one line saying to print the page from a browser, exit 2, nothing written."""
    from conftest import store_snapshot

    before = store_snapshot(store)
    out = tmp_path / "pack.pdf"
    result = run(["--store", store, *command, "-o", out])
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "give a .html file name" in result.output and "print it to PDF" in result.output
    assert not out.exists() and store_snapshot(store) == before
