"""Benchmark: answers across an area's reviews (issue 18) against hand-checked gold.

    python bench/bench_over_time.py [--corpus DIR] [--json]

A pair is two reviews of one area in one folder where the later review's gold names the
earlier as a document it speaks of (``documents[...]["report_file"]``). Both are ingested as text
into a fresh embedded store, as a user would, and four answers are scored:

- follow-through, returned to: of the earlier review's recommendations whose shortfall the later
  review returns to (the gold's ``repeats_findings`` pairs, through the earlier gold's
  ``supports``), the share that ``clasgraph follow-through`` does not call "not mentioned";
- follow-through, stated: precision and recall of "stated repeat" against the recommendations
  whose shortfall a finding the gold lists as a stated repeat (``repeats``) returns to;
- timeline: each change of commissioner or provider between the two golds (a body gone or new
  for a service), and whether ``clasgraph timeline`` marks it, naming the body, on the later
  review's row;
- successions: the bodies the later review says took another's place, listed by hand from each
  folder's README in ``over_time.json`` (format below), against ``clasgraph lineage list``:
  precision and recall of the SUCCEEDED_BY pairs stated by the review. A contract that moved
  between two bodies that both go on is not a succession and is left out of the file. A new name
  of one body (both names the gold's for it) is scored only where the file lists the rename: a
  folder's writer may have called a rename no succession, and "A, now called C" read as A
  succeeded by C states no more than the gold does;
- accountable now: each recommendation of the earlier review that its gold addresses to a body
  the later review says was succeeded, and whether the earlier review's action plan shows the
  successor as accountable now.

``over_time.json``: ``{"successions": [{"in": "later.txt", "predecessor": "KEY",
"successor": "KEY", "kind": "merger, rename, contract ..."}]}``, keys as in the gold files (a
rename has one key: its old name is an alias). A contract that moved to another body is listed
only where the earlier holder no longer provides anything in the later review. A folder without
the file is scored on the other three answers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
CORPUS = ROOT / "tests" / "corpus"


def folders() -> list[Path]:
    return [CORPUS / "development", *sorted(CORPUS.glob("probes-*"))]


def pairs_in(folder: Path) -> list[tuple[dict, dict]]:
    """(earlier gold, later gold) for each later review whose gold names an earlier one here."""
    golds = {g["file"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.gold.json")))}
    out = []
    for later in golds.values():
        for doc in later["documents"].values():
            earlier = golds.get(doc.get("report_file"))
            if earlier and earlier["report"]["area"] == later["report"]["area"]:
                out.append((earlier, later))
    return out


def _cli(args: list, output: bool = True) -> list[dict]:
    from click.testing import CliRunner

    from clasgraph.cli import cli

    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"clasgraph {' '.join(map(str, args))}: {result.output.strip()}")
    return json.loads(result.output) if output else []


def _earlier_doc(later: dict, earlier: dict) -> str:
    return next(k for k, d in later["documents"].items() if d.get("report_file") == earlier["file"])


def follow_through(earlier: dict, later: dict, rows: list[dict]) -> dict[str, list[int]]:
    """{measure: [true positives, found, expected]} for the follow-through of one pair."""
    doc = _earlier_doc(later, earlier)
    stated = set(later["repeats"].get(doc, []))
    pairs = [(a.split("#")[1], b.split("#")[1]) for a, b in later["repeats_findings"]
             if a.startswith(later["file"]) and b.startswith(earlier["file"])]
    behind: dict[str, set[str]] = {}
    for finding, rec in earlier["supports"]:
        behind.setdefault(rec, set()).add(finding)
    got = {r["recommendation"]: r["follow_through"].split(" (")[0] for r in rows}
    returned = {rec for rec, fs in behind.items() if any(e in fs for _, e in pairs)}
    said = {rec for rec, fs in behind.items() if any(lt in stated and e in fs for lt, e in pairs)}
    called = {rec for rec, outcome in got.items() if outcome == "stated repeat"}
    return {"follow-through returned to": [len({r for r in returned if got.get(r, "not mentioned") != "not mentioned"}),
                                           0, len(returned)],  # a recall: what is not returned to is not known
            "follow-through stated": [len(called & said), len(called), len(said)]}


def gold_roles(gold: dict) -> dict[tuple[str, str], set[str]]:
    """{(service code, role): organisation codes} of a gold file."""
    out: dict[tuple[str, str], set[str]] = {}
    for role, key in (("commissioned", "commissions"), ("provided", "provides")):
        for org, service in gold[key]:
            out.setdefault((service, role), set()).add(org)
    return out


def timeline(earlier: dict, later: dict, rows: list[dict], later_report: str) -> list[int]:
    """[changes marked, changes found, changes the golds state] for one pair."""
    from clasgraph.ingest.organisations import name_key

    names = {c: [o["name"], *o["aliases"]] for g in (earlier, later) for c, o in g["organisations"].items()}
    patterns = {**earlier["services"], **later["services"]}
    before, after = gold_roles(earlier), gold_roles(later)
    on_later = [r for r in rows if r["report"] == later_report]
    marked = changed = 0
    for code in sorted({s for s, _ in before} | {s for s, _ in after}):
        if code == "DSN" or code not in patterns:
            continue  # the designated professionals: an employer, not a service that changes hands
        if not any(k[0] == code for k in before) or not any(k[0] == code for k in after):
            continue  # a service one review does not speak of: new or gone, not a change of hands
        text = " | ".join(r["changes"] for r in on_later
                          if any(re.search(p, r["service"], re.IGNORECASE) for p in patterns[code]))
        for role in ("commissioned", "provided"):
            moved = before.get((code, role), set()) ^ after.get((code, role), set())
            changed += len(moved)
            marked += sum(any(name_key(n) and name_key(n) in name_key(text) for n in names[org]) for org in moved)
    return [marked, 0, changed]  # a recall: changes the golds do not state are not counted


def successions(expected: list[dict], earlier: dict, later: dict, rows: list[dict], later_report: str) -> list[int]:
    """[pairs right, pairs the review was read to state, pairs expected] for one later review.
    A body goes by the names either gold gives it: a later review may describe an ended body
    ("the trust that used to run ...") without naming it, and the earlier review names it."""
    from clasgraph.ingest.organisations import name_key

    def keys(code):
        bodies = [g["organisations"][code] for g in (earlier, later) if code in g["organisations"]]
        return {name_key(n) for o in bodies for n in (o["name"], *o["aliases"])}

    listed = [s for s in expected if s["in"] == later["file"]]
    wanted = [(keys(s["predecessor"]), keys(s["successor"])) for s in listed if s["predecessor"] != s["successor"]]
    renamed = [keys(s["predecessor"]) for s in listed if s["predecessor"] == s["successor"]]
    one_body = [keys(code) for code in {*earlier["organisations"], *later["organisations"]}]
    stated = [(name_key(r["predecessor"]), name_key(r["successor"])) for r in rows
              if r["basis"] == "stated by the review" and r["source"] == later_report]
    stated = list(dict.fromkeys(stated))  # a succession two sentences state is one succession
    # a new name of one body (the gold gives it both names) is a rename, not one body taking another's
    # place: right where the file lists the rename, and counted in neither direction where it does not
    renames = [(p, s) for p, s in stated if any(p in names and s in names for names in one_body)]
    stated = [pair for pair in stated if pair not in renames or any(pair[0] in names for names in renamed)]
    right = sum(any(p in old and s in new for old, new in wanted) or any(p in names and s in names for names in renamed)
                for p, s in stated)
    return [right, len(stated), len(wanted) + len(renamed)]


def accountable_now(expected: list[dict], earlier: dict, later: dict, plan: list[dict]) -> list[int]:
    """[recommendations showing the successor, 0, recommendations of the earlier review that the
    gold addresses to a body the later review says another succeeded]: the action plan's
    "Accountable now" names the successor (followed through a chain of successions)."""
    from clasgraph.ingest.organisations import name_key

    after = {s["predecessor"]: s["successor"] for s in expected if s["in"] == later["file"]
             and s["predecessor"] != s["successor"]}
    names = {c: [o["name"], *o["aliases"]] for g in (earlier, later) for c, o in g["organisations"].items()}
    rows = {p["Recommendation"].split(" ", 1)[0]: p for p in plan}
    shown = due = 0
    for number, bodies in earlier["recommendations"].items():
        for body in bodies:
            now = body
            while now in after:
                now = after[now]
            if now == body:
                continue
            due += 1
            accountable = name_key(rows.get(number, {}).get("Accountable now", ""))
            shown += any(name_key(n) and name_key(n) in accountable for n in names[now])
    return [shown, 0, due]


def evaluate(extra: list[Path] = ()) -> dict[str, dict[str, list[int]]]:
    """{folder name: {measure: [true positives, found, expected]}} over every pair."""
    results: dict[str, dict[str, list[int]]] = {}
    for folder in [*folders(), *extra]:
        pairs = pairs_in(folder)
        if not pairs:
            continue
        table = folder / "over_time.json"
        expected = json.loads(table.read_text(encoding="utf-8"))["successions"] if table.exists() else None
        totals = results.setdefault(folder.name, {})
        for earlier, later in pairs:
            with tempfile.TemporaryDirectory() as tmp:
                store = Path(tmp) / "store"
                _cli(["--store", store, "ingest", folder / earlier["file"], folder / later["file"]], output=False)
                reports = _cli(["--store", store, "query", "--name", "reports", "--format", "json"])
                later_report = _report_of(reports, later)
                rows = _cli(["--store", store, "follow-through", "--report", later_report, "--format", "json"])
                scores = follow_through(earlier, later, rows)
                area = later["report"]["area"]
                scores["timeline changes marked"] = timeline(
                    earlier, later, _cli(["--store", store, "timeline", "--area", area, "--format", "json"]), later_report)
                if expected is not None:
                    earlier_report = _report_of(reports, earlier)
                    scores["accountable now shown"] = accountable_now(expected, earlier, later, _cli(
                        ["--store", store, "query", "--name", "action-plan", "--report", earlier_report, "--format", "json"]))
                    scores["successions stated"] = successions(
                        expected, earlier, later, _cli(["--store", store, "lineage", "list", "--format", "json"]), later_report)
            for measure, counts in scores.items():
                totals[measure] = [a + b for a, b in zip(totals.get(measure, [0, 0, 0]), counts)]
    return results


def _report_of(reports: list[dict], gold: dict) -> str:
    """The store's id of the report a gold file describes: the one of its area whose review
    began on the gold's date (an id carries the publication date only where the header's was read)."""
    match = [r["report"] for r in reports if r["area"] == gold["report"]["area"]
             and r.get("review_start") == gold["report"]["review_start"]]
    if len(match) != 1:
        raise SystemExit(f"{gold['file']}: no report of {gold['report']['area']} begun "
                         f"{gold['report']['review_start']} in the store: its header was not read")
    return match[0]


def _ratio(tp: int, n: int) -> str:
    return f"{tp / n:.2f}" if n else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", default=[], metavar="DIR",
                        help="a further folder of reports with gold files (and over_time.json)")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args()
    results = evaluate([Path(d) for d in args.corpus])
    if args.json:
        print(json.dumps(results, indent=2))
        return
    measures = sorted({m for r in results.values() for m in r})
    width = max(map(len, measures)) + 2
    print("precision/recall".ljust(width) + "".join(f"{name[:16]:<18}" for name in results))
    for m in measures:
        cells = [f"{_ratio(c[0], c[1])}/{_ratio(c[0], c[2])}" if (c := r.get(m)) else "-" for r in results.values()]
        print(m.ljust(width) + "".join(f"{cell:<18}" for cell in cells))


if __name__ == "__main__":
    main()
