"""Benchmark: how much of each sentence battery the product reads (tests/batteries/README.md).

    python bench/bench_battery.py [--battery FILE ...] [--misses] [--json] [--not-yet WHY]

Per battery and measure (commissions, provides, successions, escalated_to, repeat, progress)
it prints precision/recall summed over the passages, and the share of passages read exactly
(positives and negatives apart). The batteries' writers list every body the review team told,
providers too; the product reads an escalation as the gold files define it, a commissioner told
(tests/corpus/development/README.md), so ``escalated_to`` is printed again counting only the
bodies of a commissioner's kind (``to commissioners``). ``--misses`` lists each passage read wrongly: what it states
and what was read. Batteries kept outside the repository (held out) are given with
``--battery``.

``--not-yet WHY`` brings each repository battery's ``<stem>.not-yet.json`` (the passages
tests/test_battery.py holds as strict expected failures) up to date: passages now read exactly
leave it; a passage read wrongly that it does not list is added with ``WHY`` and printed as
NEW, which after a change of the readings is a regression to mend rather than to list (exit 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from battery import MEASURES, batteries, load, read, scored, stated


def measure(path: Path) -> tuple[dict, list[str]]:
    """(figures, misses) of one battery."""
    battery = load(path)
    totals = {m: [0, 0, 0] for m in (*MEASURES, TO_COMMISSIONERS)}
    exact = {"positive": [0, 0], "negative": [0, 0]}
    misses = []
    commissioners = {key for key, body in battery["bodies"].items() if body["kind"] in COMMISSIONER_KINDS}
    for passage in battery["passages"]:
        found, wanted = read(battery, passage), stated(passage)
        for m, counts in scored(found, wanted).items():
            totals[m] = [a + b for a, b in zip(totals[m], counts)]
        told = scored({TO_COMMISSIONERS: found["escalated_to"] & commissioners},
                      {TO_COMMISSIONERS: wanted["escalated_to"] & commissioners})[TO_COMMISSIONERS]
        totals[TO_COMMISSIONERS] = [a + b for a, b in zip(totals[TO_COMMISSIONERS], told)]
        side = "positive" if any(wanted.values()) else "negative"
        exact[side][1] += 1
        if found == wanted:
            exact[side][0] += 1
        else:
            diff = {m: {"missed": sorted(map(str, wanted[m] - found[m])), "wrong": sorted(map(str, found[m] - wanted[m]))}
                    for m in MEASURES if found[m] != wanted[m]}
            misses.append(f"{path.stem}:{passage['id']} [{passage.get('construction', '')}] {json.dumps(diff)}")
    figures = {m: (right / found if found else None, right / want if want else None, want)
               for m, (right, found, want) in totals.items()}
    figures["exact"] = {side: f"{a}/{b}" for side, (a, b) in exact.items()}
    return figures, misses


#: The escalations measure counting only the bodies of a commissioner's kind (the gold's definition).
TO_COMMISSIONERS = "to commissioners"
#: The batteries' kinds of body that commission.
COMMISSIONER_KINDS = {"council", "ccg", "nhs-england"}


def update_not_yet(path: Path, why: str) -> list[str]:
    """Rewrite ``path``'s not-yet list from what is read now; the passages newly read wrongly."""
    battery = load(path)
    listed_path = path.with_name(path.stem + ".not-yet.json")
    listed = json.loads(listed_path.read_text(encoding="utf-8")) if listed_path.exists() else {}
    kept, new = {}, []
    for passage in battery["passages"]:
        found, wanted = read(battery, passage), stated(passage)
        if found == wanted:
            continue
        pid = passage["id"]
        if pid not in listed:
            parts = [f"{m} {side}" for m in MEASURES
                     for side, diff in (("missed", wanted[m] - found[m]), ("wrongly read", found[m] - wanted[m])) if diff]
            listed[pid] = f"{why}: " + ", ".join(parts)
            new.append(f"NEW {path.stem}:{pid} [{passage.get('construction', '')}] {listed[pid]}")
        kept[pid] = listed[pid]
    listed_path.write_text(json.dumps(kept, indent=1) + "\n", encoding="utf-8")
    return new


def table(results: dict) -> str:
    fmt = lambda v: "-" if v is None else f"{v:.2f}"
    names = list(results)
    lines = [f"{'precision/recall':24}" + "".join(f"{n[:22]:24}" for n in names)]
    for m in (*MEASURES, TO_COMMISSIONERS):
        lines.append(f"{m:24}" + "".join(f"{fmt(results[n][m][0]) + '/' + fmt(results[n][m][1]) + ' (' + str(results[n][m][2]) + ')':24}"
                                         for n in names))
    for side in ("positive", "negative"):
        lines.append(f"{'exact, ' + side:24}" + "".join(f"{results[n]['exact'][side]:24}" for n in names))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--battery", action="append", type=Path, default=[], help="a battery file outside the repository")
    parser.add_argument("--misses", action="store_true", help="list each passage read wrongly")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--not-yet", metavar="WHY", help="update the repository batteries' not-yet lists")
    args = parser.parse_args()
    if args.not_yet:
        new = [line for path in batteries() for line in update_not_yet(path, args.not_yet)]
        print("\n".join(new) or "no passage newly read wrongly")
        sys.exit(1 if new else 0)
    results, all_misses = {}, []
    for path in [*batteries(), *args.battery]:
        results[path.stem], misses = measure(path)
        all_misses += misses
    print(json.dumps(results, indent=1) if args.json else table(results))
    if args.misses:
        print("\n".join(all_misses))


if __name__ == "__main__":
    main()
