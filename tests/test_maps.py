"""Maps opened in a real headless Chromium (Debian's chromium) from file://."""

from __future__ import annotations

import os
import shutil
from itertools import pairwise
from pathlib import Path

import expected as X
import pytest
from conftest import REPORT_ID, ROOT, run

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("headless Chromium is needed for the map tests: apt-get install chromium")


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
        context = browser.new_context(viewport={"width": 1600, "height": 1000}, bypass_csp=True)
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


# What each view of the sample must hold, from the hand-read lists of tests/expected.py.
_SUPPORTING = {f for f, _ in X.SUPPORTS}
_ADDRESSEES = set().union(*X.ADDRESSEES.values())
_ADDRESSED = sum(len(X.ADDRESSEES[r.split(".")[0]]) for r in X.RECOMMENDATIONS)
EXPECTED_COUNTS = {
    # every finding with a "(Recommendation N)" marker, every recommendation, every addressee
    "recommendations": (len(_SUPPORTING) + len(X.RECOMMENDATIONS) + len(_ADDRESSEES),
                        len(X.SUPPORTS) + _ADDRESSED),
    # each finding that repeats or reports progress since an earlier review, and those reviews
    "repeats": (len({f for _, f, _ in X.EARLIER}) + len({d for *_, d in X.EARLIER}), len(X.EARLIER)),
}

VIEWS = [("commissioning", []), ("recommendations", []), ("repeats", []),
         ("org", ["--org", "University Hospitals of Leicester"])]

# What the page draws, measured in the browser after it opened: every node's box (vis-network
# draws a label inside its box) and the headings drawn on the canvas, in canvas coordinates;
# each line sampled along the curve vis-network draws; and the zoom, so sizes on screen.
GEOMETRY = """() => {
  const net = window.clasgraph.network, scale = net.getScale();
  const boxes = [], nodeBox = {};
  let minLabel = Infinity;
  for (const id of net.body.nodeIndices) {
    const node = net.body.nodes[id];
    if (node.options.hidden) continue;
    const s = node.shape, x = node.x, y = node.y;
    const b = {id: id, part: 'node', l: x - s.width / 2, t: y - s.height / 2, r: x + s.width / 2, b: y + s.height / 2};
    nodeBox[id] = b;
    boxes.push(b);
    if (node.labelModule.elementOptions.label) {
      minLabel = Math.min(minLabel, node.labelModule.fontOptions.size * scale);
    }
  }
  const ctx = document.createElement('canvas').getContext('2d');
  let minCaption = Infinity;
  for (const c of window.clasgraph.captions) {
    ctx.font = 'bold ' + c.size + 'px Arial';
    const w = ctx.measureText(c.text).width;
    boxes.push({id: 'heading: ' + c.text, part: 'heading', l: c.x - w / 2, r: c.x + w / 2, t: c.y - c.size, b: c.y + c.size * 0.3});
    minCaption = Math.min(minCaption, c.size * scale);
  }
  const hit = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    if (boxes[i].id !== boxes[j].id && hit(boxes[i], boxes[j])) overlaps.push([boxes[i].id, boxes[j].id]);
  }
  const inside = (p, b) => p.x > b.l && p.x < b.r && p.y > b.t && p.y < b.b;
  const crossings = [];
  for (const eid of net.body.edgeIndices) {
    const e = net.body.edges[eid];
    if (!e.connected || e.options.hidden) continue;
    const ends = [nodeBox[e.fromId], nodeBox[e.toId]];
    const points = [];
    for (let k = 0; k <= 100; k++) points.push(e.edgeType.getPoint(k / 100));
    for (const b of boxes) {
      if (b === ends[0] || b === ends[1]) continue;
      // a line may run under its own two boxes (drawn over it), never through another box
      if (points.some(p => inside(p, b) && !ends.some(o => o && inside(p, o)))) crossings.push([eid, b.id]);
    }
  }
  const view = net.getViewPosition(), rect = document.getElementById('network').getBoundingClientRect();
  const onScreen = Object.values(nodeBox).filter(b => {
    const a = net.canvasToDOM({x: b.l, y: b.t}), z = net.canvasToDOM({x: b.r, y: b.b});
    return a.x >= 0 && a.y >= 0 && z.x <= rect.width && z.y <= rect.height;
  }).length;
  return {scale: scale, minLabelPx: minLabel, minHeadingPx: minCaption, overlaps: overlaps,
          crossings: crossings, nodes: Object.keys(nodeBox).length, onScreen: onScreen};
}"""


def assert_readable(opened, path: Path) -> dict:
    """The bars of a map as it opens at 1600x1000 (issue 19): every label and heading at least
    12 px on screen, no box or heading over another, no line through a box it does not join,
    nothing asked of the network, something on screen."""
    assert opened.requests == [path.resolve().as_uri()], "the map asked the network for something"
    assert opened.problems == []
    measured = opened.page.evaluate(GEOMETRY)
    assert measured["nodes"] > 0
    assert measured["minLabelPx"] >= 12, measured["minLabelPx"]
    assert measured["minHeadingPx"] >= 12, measured["minHeadingPx"]
    assert measured["overlaps"] == []
    assert measured["crossings"] == []
    assert measured["onScreen"] >= min(5, measured["nodes"]), "the map opened on an empty part"
    # Edge labels are not drawn until the pointer is over an edge.
    assert opened.page.evaluate("window.clasgraph.edges.get().every(e => e.label === '' && e.hover_label)")
    return measured


def _screenshot(opened, path: Path) -> Path:
    shot = path.with_suffix(".png")
    opened.page.screenshot(path=str(shot))
    from PIL import Image

    colours = Image.open(shot).convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50, "the screenshot is blank"
    return shot


@pytest.mark.parametrize("view,args", VIEWS, ids=[v[0] for v in VIEWS])
def test_each_view_opens_offline_and_nothing_is_drawn_over_anything(ingested_store, tmp_path, open_map,
                                                                   view, args):
    path = _map(ingested_store, tmp_path, view, *args)
    opened = open_map(path)
    if view in EXPECTED_COUNTS:
        assert opened.counts() == EXPECTED_COUNTS[view]
    assert_readable(opened, path)
    shot = _screenshot(opened, path)
    picture = os.environ.get("CLASGRAPH_README_PICTURE")
    if picture and view == "commissioning":  # scripts/readme_picture.py: only a map that passed
        shutil.copyfile(shot, picture)


def _relationships(opened):
    return {(e["relationship"], e["from"], e["to"])
            for e in opened.page.evaluate("window.clasgraph.edges.get()")}


def test_commissioning_map_of_the_sample(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "commissioning"))
    drawn = _relationships(opened)
    assert {r for r in drawn if r[0] in ("COMMISSIONS", "PROVIDES", "ON_BEHALF_OF")} == X.COMMISSIONING
    nodes = {n["id"]: n for n in opened.page.evaluate("window.clasgraph.nodes.get()")}
    # Names are wrapped at spaces, never cut.
    assert nodes[X.LCCPH]["label"].replace("\n", " ") == "Leicestershire County Council Public Health"
    assert nodes[X.LLR]["label"].replace("\n", " ") == (
        "NHS Leicester, Leicestershire and Rutland Clinical Commissioning Groups")
    # The area is one heading, not a spoke to every service.
    assert nodes["area:Rutland"]["label"] == "Rutland"
    assert not [e for e in drawn if "area:Rutland" in e[1:]]
    # Columns: commissioners | services | providers.
    x = {n: p["x"] for n, p in opened.page.evaluate("window.clasgraph.network.getPositions()").items()}
    for kind, commissioner, service in X.COMMISSIONING:
        if kind == "COMMISSIONS":
            assert x[commissioner] < x[service]
        elif kind == "PROVIDES":
            assert x[service] < x[commissioner]
    title = opened.page.evaluate(
        "window.clasgraph.edges.get().filter(e => e.from === 'turning-point')[0].title")
    assert f"Report {REPORT_ID}, paragraph context:11" in title
    assert "commissioned by Leicestershire County Council Public Health and provided by Turning Point" in title


def test_organisation_and_service_tooltips_say_what_they_do_and_what_is_asked_of_them(
        ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "commissioning"))
    title = opened.page.evaluate(f"window.clasgraph.nodes.get('{X.TP}').title")
    assert f"Provides (as of {REPORT_ID}): Substance misuse services" in title
    to_tp = [r for r in X.RECOMMENDATIONS if X.TP in X.ADDRESSEES[r.split(".")[0]]]
    assert f"Recommendations addressed to it ({len(to_tp)}):" in title
    assert all(f"  {r} ({REPORT_ID})" in title for r in to_tp)
    title = opened.page.evaluate(f"window.clasgraph.nodes.get('{X.S}substance-misuse').title")
    assert f"Commissioned by (as of {REPORT_ID}): Leicestershire County Council Public Health" in title
    assert f"Provided by (as of {REPORT_ID}): Turning Point" in title


def test_tooltips_carry_the_paragraph_and_sentence(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "recommendations"))
    title = opened.page.evaluate(f"window.clasgraph.nodes.get('{REPORT_ID}#2.2').title")
    assert f"Report {REPORT_ID}, paragraph 2.2" in title
    assert "Young people aged 16-17 years attending adult ED" in title


def _search(opened, text):
    opened.page.fill("#search", text)
    opened.page.dispatch_event("#search", "change")
    return opened.page.evaluate("window.clasgraph.network.getSelectedNodes()")


def test_search_box_finds_names_aliases_and_abbreviations(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "commissioning"))
    assert _search(opened, "Turning Point") == [X.TP]
    assert _search(opened, "LPT") == [X.LPT]        # the report's abbreviations
    assert _search(opened, "UHL") == [X.UHL]
    assert _search(opened, "CAMHS") == [X.S + "camhs"]  # a service by its abbreviation
    assert _search(opened, "Nowhere at all") == []      # a miss clears the selection
    assert opened.page.inner_text("#search-result") == "Nothing matches."


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
    total = EXPECTED_COUNTS["recommendations"][0]
    assert f"most connected of {total} nodes" in notes and "--org" in notes


def test_page_says_what_it_shows_and_from_which_reports(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "repeats"))
    assert opened.page.inner_text("#title").startswith("Findings that repeat earlier reviews")
    assert REPORT_ID in opened.page.inner_text("#sources")
    legend = opened.page.inner_text("#legend")
    assert "Finding: concern" in legend and "Document" in legend
    # Only what the map contains: no organisation or service is on the repeats map.
    assert "Organisation" not in legend and "Service" not in legend


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


def test_each_section_and_kind_has_one_colour_in_every_map(ingested_store, tmp_path, open_map):
    def colours(view):
        opened = open_map(_map(ingested_store, tmp_path, view))
        nodes = opened.page.evaluate("window.clasgraph.nodes.get()")
        return {n["id"]: n["color"] for n in nodes}

    recs, repeats = colours("recommendations"), colours("repeats")
    section = {n: s for s, numbers in X.SECTIONS.items() for n in numbers}
    ring = {}
    for drawn in (recs, repeats):
        for node, colour in drawn.items():
            if "#" in node and "#rec-" not in node:
                ring.setdefault(section[node.split("#")[1]], set()).add(colour["border"])
    assert "Governance" in ring and all(len(c) == 1 for c in ring.values())
    assert len({next(iter(c)) for c in ring.values()}) == len(ring), "two sections share a colour"


def test_repeats_map_draws_what_the_repeats_command_lists_in_date_columns(tmp_path, open_map):
    store = tmp_path / "store"
    assert run(["--store", store, "ingest", ROOT / "examples"]).exit_code == 0
    import json

    listed = json.loads(run(["--store", store, "repeats", "--format", "json"]).output)
    opened = open_map(_map(store, tmp_path, "repeats"))
    lines = [e for e in opened.page.evaluate("window.clasgraph.edges.get()")
             if e["relationship"] in ("REPEATS", "SIMILAR_TO")]
    drawn = {(e["from"], e["to"]) for e in lines}
    to_findings = {(f"{r['report']}#{r['finding']}", f"{r['earlier_report']}#{n}"): r["basis"]
                   for r in listed for n in r["earlier_finding"].split("; ") if n}
    assert {d for d in drawn if "#" in d[1]} == set(to_findings)
    assert {f for f, _ in drawn} == {f"{r['report']}#{r['finding']}" for r in listed}
    # what clasgraph inferred is dashed and says so (which earlier finding a stated repeat
    # matches is inferred too); what a review states (repeats that review) is a solid line
    for e in lines:
        basis = to_findings.get((e["from"], e["to"]))
        inferred = basis is not None
        assert bool(e["dashes"]) == inferred and ("inferred" in e["title"]) == inferred
        assert ("stated by the review" in e["title"]) == (basis in ("stated", None))
    assert "inferred" in opened.page.locator("#legend").inner_text()
    reports = {"ashvale-2015-05-20", "ashvale-2018-03-28", REPORT_ID}
    assert {r["report"] for r in listed} >= {"ashvale-2018-03-28", REPORT_ID}
    x = {n: p["x"] for n, p in opened.page.evaluate("window.clasgraph.network.getPositions()").items()}
    column = {}
    for node, at in x.items():
        report = node.split("#")[0]
        if report in reports:
            column.setdefault(report, set()).add(at)
    assert all(len(xs) == 1 for xs in column.values()), "a report's findings are not in one column"
    ordered = sorted(column, key=lambda r: column[r])
    assert ordered == sorted(column, key=lambda r: r.split("-", 1)[1]), "columns not in date order"
    assert all(x[a] > x[b] for a, b in drawn), "a repeat points forward in time"
    measured = opened.page.evaluate(GEOMETRY)
    assert measured["overlaps"] == [] and measured["crossings"] == []


def test_a_relationship_is_named_while_the_pointer_is_over_it(ingested_store, tmp_path, open_map):
    opened = open_map(_map(ingested_store, tmp_path, "commissioning"))
    edge = opened.page.evaluate(
        f"window.clasgraph.edges.get().filter(e => e.from === '{X.TP}' && e.relationship === 'PROVIDES')[0].id")
    label = f"window.clasgraph.edges.get('{edge}').label"
    assert opened.page.evaluate(label) == ""
    # Move the pointer onto the middle of the line, as a reader does.
    middle = opened.page.evaluate(f"""() => {{
      const net = window.clasgraph.network, e = net.body.edges['{edge}'];
      return net.canvasToDOM(e.edgeType.getPoint(0.5));
    }}""")
    box = opened.page.locator("#network").bounding_box()
    opened.page.mouse.move(box["x"] + middle["x"], box["y"] + middle["y"])
    opened.page.wait_for_timeout(300)
    assert opened.page.evaluate(label) == "provides"
    opened.page.mouse.move(box["x"] + 2, box["y"] + 2)
    opened.page.wait_for_timeout(300)
    assert opened.page.evaluate(label) == ""


# -- the development set: every view of each review and of all of them (issue 19) -------------

DEVELOPMENT = ROOT / "tests" / "corpus" / "development"
#: The reviews (a unique start of each id) and, for the org view, a body each names.
REVIEWS = {"ashvale-2015": "NHS North Ashvale CCG", "ashvale-2018": "NHS North Ashvale CCG",
           "brackenford": "NHS Brackenford Clinical Commissioning Group",
           "rutland": "University Hospitals of Leicester", "": "NHS North Ashvale CCG"}


#: The README's pictures of the development set: (view, review) -> file under docs/.
README_PICTURES = {("commissioning", ""): "map-commissioning-development-set.png",
                   ("recommendations", "ashvale-2018"): "map-recommendations-ashvale-2018.png",
                   ("repeats", ""): "map-repeats-development-set.png",
                   ("org", "ashvale-2018"): "map-org-ashvale-2018.png"}


@pytest.fixture
def development_store(dev_store) -> Path:
    """The development set and the sample in one store (conftest's, shared read-only)."""
    return dev_store[1]


def _gold(name: str) -> dict:
    import json

    return json.loads((DEVELOPMENT / f"{name}.gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("review", list(REVIEWS), ids=[r or "all" for r in REVIEWS])
@pytest.mark.parametrize("view", ["commissioning", "recommendations", "repeats", "org"])
def test_every_view_of_the_development_set_is_readable_as_it_opens(development_store, tmp_path, open_map,
                                                                   view, review):
    args = (["--report", review] if review else []) + (["--org", REVIEWS[review]] if view == "org" else [])
    path = _map(development_store, tmp_path, view, *args)
    opened = open_map(path)
    assert_readable(opened, path)
    frames = opened.page.evaluate("window.clasgraph.frames")
    if review:
        assert frames == []  # one review: no groups to fold
    else:
        # several reviews (areas on the repeats map) side by side, each in a frame of its own
        assert len(frames) > 1
        assert all(a["r"] < b["l"] for a, b in pairwise(frames)), "groups overlap"
    folder = os.environ.get("CLASGRAPH_MAP_PICTURES")  # scripts/readme_picture.py: maps that passed
    if folder and (view, review) in README_PICTURES:
        shutil.copyfile(_screenshot(opened, path), Path(folder) / README_PICTURES[view, review])


def test_each_review_is_a_group_that_folds(development_store, tmp_path, open_map):
    opened = open_map(_map(development_store, tmp_path, "commissioning"))
    groups = [f["group"] for f in opened.page.evaluate("window.clasgraph.frames")]
    assert [g.split("-")[0] for g in groups] == ["ashvale", "ashvale", "brackenford", "rutland"]
    assert opened.page.locator("#groups input").count() == len(groups)
    first = opened.page.evaluate(f"window.clasgraph.nodes.get({{filter: n => n.fold === '{groups[0]}' && !n.folded}}).map(n => n.id)")
    second = opened.page.evaluate(f"window.clasgraph.nodes.get({{filter: n => n.fold === '{groups[1]}' && !n.folded}})[0].id")
    x_before = opened.page.evaluate(f"window.clasgraph.network.getPositions(['{second}'])['{second}'].x")
    opened.page.locator(f'#groups input[data-group="{groups[0]}"]').uncheck()
    assert opened.page.evaluate(f"window.clasgraph.nodes.get({json_list(first)}).every(n => n.hidden)")
    assert opened.page.evaluate(f"window.clasgraph.nodes.get('fold:{groups[0]}').hidden") is False
    x_after = opened.page.evaluate(f"window.clasgraph.network.getPositions(['{second}'])['{second}'].x")
    assert x_after < x_before, "the groups after a folded one do not close up"
    opened.page.locator(f'#groups input[data-group="{groups[0]}"]').check()
    assert opened.page.evaluate(f"window.clasgraph.nodes.get({json_list(first)}).every(n => !n.hidden)")
    assert opened.page.evaluate(f"window.clasgraph.network.getPositions(['{second}'])['{second}'].x") == x_before


def json_list(items) -> str:
    import json

    return json.dumps(list(items))


@pytest.mark.parametrize("name", ["ashvale-2015", "ashvale-2018", "brackenford-2017"])
def test_a_body_that_commissions_is_a_commissioner_whatever_else_it_does(development_store, tmp_path,
                                                                        open_map, name):
    gold = _gold(name)
    both = {o for o, _ in gold["commissions"]} & {o for o, _ in gold["provides"]}
    assert both, "the gold names a body that commissions and provides (e.g. employs the designated professionals)"
    review = f"{gold['report']['area'].lower()}-{gold['report']['published']}"
    opened = open_map(_map(development_store, tmp_path, "commissioning", "--report", review))
    nodes = opened.page.evaluate("window.clasgraph.nodes.get()")
    x = opened.page.evaluate("window.clasgraph.network.getPositions()")
    services = [x[n["id"]]["x"] for n in nodes if n["id"] in x and ":" in n["base"] and not n["base"].startswith("area:")]
    for key in both:
        name_ = gold["organisations"][key]["name"].lower()
        node = next(n for n in nodes if name_ in n["search"])
        assert node["kind"] == "Organisation: commissioner"
        assert x[node["id"]]["x"] < min(services), f"{name_} is not in the commissioners' column"


def _recommendations_of_the_sample(text: str) -> list[tuple[str, str]]:
    """(number, first words) of each recommendation, in the order the report lists them."""
    import re

    part = text[text.index("\nRecommendations\n", text.index("Next steps")):text.rindex("\nNext steps")]
    return [(m.group(1), " ".join(m.group(2).replace("*", "").split()[:3]))  # emphasis marks
            for m in re.finditer(r"^\s*-?\s*(\d+\.\d+)\s+(\S.*)$", part, re.MULTILINE)]


def test_recommendations_in_report_order_with_their_text_and_addressees(ingested_store, tmp_path, open_map,
                                                                        sample_text):
    listed = _recommendations_of_the_sample(sample_text)
    assert [number for number, _ in listed] == list(X.RECOMMENDATIONS) and listed[:3] == [("1.1", "Ensure leadership capacity"),
                                               ("1.2", "Ensure designated and"), ("2.1", "Ensure all relevant")]
    opened = open_map(_map(ingested_store, tmp_path, "recommendations"))
    recs = [n for n in opened.page.evaluate("window.clasgraph.nodes.get()") if "#rec-" in n["id"]]
    y = opened.page.evaluate("window.clasgraph.network.getPositions()")
    drawn = sorted(recs, key=lambda n: y[n["id"]]["y"])
    assert [n["label"].split()[0] for n in drawn] == [number for number, _ in listed]
    for node, (number, words) in zip(drawn, listed):
        assert " ".join(node["label"].split()).startswith(f"{number} {words}")
        assert "should should" not in node["title"]
    # to whom, on the label: Turning Point's own recommendations name it
    tp = next(n for n in drawn if n["label"].startswith("10.1"))
    assert "→ Turning Point" in " ".join(tp["label"].split("\n"))


def test_each_relationship_type_has_its_own_line_and_the_legend_only_what_is_drawn(ingested_store, tmp_path,
                                                                                  open_map):
    from clasgraph.viz.styles import EDGE_STYLES

    looks = {(s["color"], s["width"], s["arrow"]) for s in EDGE_STYLES.values()}
    assert len(looks) == len(EDGE_STYLES) and len({s["color"] for s in EDGE_STYLES.values()}) == len(EDGE_STYLES)
    opened = open_map(_map(ingested_store, tmp_path, "org", "--org", "Leicestershire Partnership", "--hops", "2"))
    drawn = {e["legend"] for e in opened.page.evaluate("window.clasgraph.edges.get()")}
    legend = set(opened.page.locator("#relationships li").all_inner_texts())
    assert legend == drawn and len(drawn) > 3
    # unticking a relationship hides its lines
    name = min(drawn)
    opened.page.locator(f'#relationships input[data-legend="{name}"]').uncheck()
    assert opened.page.evaluate(f"window.clasgraph.edges.get().filter(e => e.legend === {json_list([name])}[0]).every(e => e.hidden)")


def test_org_view_shows_one_hop_unless_asked(ingested_store, tmp_path, open_map):
    def drawn(*args):
        opened = open_map(_map(ingested_store, tmp_path, "org", "--org", "Turning Point", *args))
        return opened.page.evaluate("window.clasgraph.edges.get()"), opened.page.evaluate("window.clasgraph.nodes.get()")

    edges, nodes = drawn()
    assert all(X.TP in (e["from"], e["to"]) for e in edges), "a line not touching the centre at one hop"
    assert {n["id"] for n in nodes} == {X.TP} | {e["from"] for e in edges} | {e["to"] for e in edges}
    wider, _ = drawn("--hops", "2")
    assert len(wider) > len(edges)
    provides, _ = drawn("--rel", "provides")
    assert {e["relationship"] for e in provides} == {"PROVIDES"}
    assert {(e["from"], e["to"]) for e in provides} == {(X.TP, X.S + "substance-misuse")}
