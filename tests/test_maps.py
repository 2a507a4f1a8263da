"""Maps opened in a real headless Chromium (Debian's chromium) from file://."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPORT_ID, SAMPLE, run

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("headless Chromium is needed for the map tests: apt-get install chromium")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    def __init__(self, page, requests, problems):
        self.page, self.requests, self.problems = page, requests, problems

    def counts(self):
        return tuple(self.page.evaluate("[window.clasgraph.nodes.length, window.clasgraph.edges.length]"))


@pytest.fixture
def open_map(browser):
    pages = []

    def opener(path: Path) -> Opened:
        # The page's Content-Security-Policy forbids eval, which Playwright's polling uses;
        # bypassing it here also means the escaping tests pass without help from the CSP.
        context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        page = context.new_page()
        requests, problems = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.clasgraph && window.clasgraph.stable", timeout=60000)
        pages.append(page)
        return Opened(page, requests, problems)

    yield opener
    for page in pages:
        page.context.close()


def _map(store, tmp_path, view, *extra) -> Path:
    out = tmp_path / f"{view}.html"
    result = run(["--store", store, "map", "--view", view, *extra, "-o", out])
    assert result.exit_code == 0, result.output
    return out


def _expected_counts(store, view, **kwargs):
    from clasgraph.viz.views import select

    from clasgraph import load_graph

    chosen = select(load_graph(store), view, **kwargs)
    return chosen.graph.number_of_nodes(), chosen.graph.number_of_edges()


VIEWS = [("commissioning", [], {}), ("recommendations", [], {}), ("repeats", [], {}),
         ("org", ["--org", "University Hospitals of Leicester", "--hops", "2"],
          {"org": "University Hospitals of Leicester", "hops": 2})]


@pytest.mark.parametrize("view,args,kwargs", VIEWS, ids=[v[0] for v in VIEWS])
def test_each_view_opens_offline_with_its_nodes_and_edges(ingested_store, tmp_path, open_map,
                                                         view, args, kwargs):
    path = _map(ingested_store, tmp_path, view, *args)
    opened = open_map(path)
    assert opened.counts() == _expected_counts(ingested_store, view, **kwargs)
    assert opened.requests == [path.resolve().as_uri()], "the map asked the network for something"
    assert opened.problems == []
    shot = tmp_path / f"{view}.png"
    opened.page.screenshot(path=str(shot))
    from PIL import Image

    colours = Image.open(shot).convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50, "the screenshot is blank"


def test_commissioning_map_of_the_sample(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "commissioning"))
    # 11 organisations, 11 services and the area; 22 commissioning, provision and
    # on-behalf-of statements, 2 CCGs part of their group, 11 services in the area.
    assert opened.counts() == (23, 35)
    labels = opened.page.evaluate("window.clasgraph.nodes.get().map(n => n.label)")
    assert {"Leicestershire County Council Public Health", "Turning Point", "Health visiting",
            "Rutland"} <= set(labels)
    title = opened.page.evaluate(
        "window.clasgraph.edges.get().filter(e => e.from === 'turning-point')[0].title")
    assert f"Report {REPORT_ID}, paragraph context:11" in title
    assert "commissioned by Leicestershire County Council Public Health and provided by Turning Point" in title


def test_tooltips_carry_the_paragraph_and_sentence(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "recommendations"))
    title = opened.page.evaluate(f"window.clasgraph.nodes.get('{REPORT_ID}#2.2').title")
    assert f"Report {REPORT_ID}, paragraph 2.2" in title
    assert "Young people aged 16-17 years attending adult ED" in title


def test_search_box_finds_and_focuses_a_node(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "commissioning"))
    opened.page.fill("#search", "Turning Point")
    opened.page.dispatch_event("#search", "change")
    assert opened.page.evaluate("window.clasgraph.network.getSelectedNodes()") == ["turning-point"]


def test_report_text_is_shown_as_text_and_never_runs(tmp_path, sample_text, open_map):
    hostile = ('<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> '
               "'}) MATCH (n) DETACH DELETE n //")
    text = sample_text.replace("2.2 Young people aged 16-17 years", f"2.2 {hostile} Young people aged 16-17 years")
    report = tmp_path / "hostile.txt"
    report.write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    assert run(["--store", store, "ingest", report]).exit_code == 0
    path = _map(store, tmp_path, "recommendations")
    assert "<script>window.pwned" not in path.read_text()
    opened = open_map(path)
    assert opened.page.evaluate("typeof window.pwned") == "undefined"
    assert opened.requests == [path.resolve().as_uri()]
    title = opened.page.evaluate(f"window.clasgraph.nodes.get('{REPORT_ID}#2.2').title")
    assert "<script>window.pwned = 1</script>" in title
    # Hover the node: the tooltip shows the markup as text and nothing is added to the page.
    pos = opened.page.evaluate(
        f"window.clasgraph.network.canvasToDOM(window.clasgraph.network.getPositions(['{REPORT_ID}#2.2'])['{REPORT_ID}#2.2'])")
    box = opened.page.locator("#network").bounding_box()
    opened.page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    opened.page.wait_for_timeout(600)
    assert opened.page.evaluate("document.querySelectorAll('img').length") == 0
    assert opened.page.evaluate("typeof window.pwned") == "undefined"


def test_same_graph_gives_the_same_file(ingested_store, tmp_path):
    first = _map(ingested_store, tmp_path, "recommendations").read_bytes()
    second = _map(ingested_store, tmp_path, "recommendations").read_bytes()
    assert first == second


def test_large_views_are_cut_to_the_budget_and_say_so(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "recommendations", "--max-nodes", "25"))
    assert opened.counts()[0] == 25
    notes = opened.page.inner_text("#notes")
    assert "most connected of 92 nodes" in notes and "--org" in notes


def test_page_says_what_it_shows_and_from_which_reports(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "repeats"))
    assert opened.page.inner_text("#title").startswith("Findings that repeat earlier reviews")
    assert REPORT_ID in opened.page.inner_text("#sources")
    legend = opened.page.inner_text("#legend")
    assert "Finding: concern" in legend and "Document" in legend


def test_repeats_are_laid_out_oldest_to_newest(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "repeats"))
    positions = opened.page.evaluate("window.clasgraph.network.getPositions()")
    review = positions["clas-review-leicestershire-2018"]["x"]
    finding = positions[f"{REPORT_ID}#2.2"]["x"]
    assert review < finding


def test_map_errors_are_clear(ingested_store, tmp_path):
    result = run(["--store", ingested_store, "map", "--view", "org", "--org", "Nowhere Trust",
                  "-o", tmp_path / "x.html"])
    assert result.exit_code == 2 and "no organisation matches 'Nowhere Trust'" in result.output
    result = run(["--store", tmp_path / "empty", "map", "-o", tmp_path / "x.html"])
    assert result.exit_code == 2 and "no store at" in result.output
    assert SAMPLE.exists()
