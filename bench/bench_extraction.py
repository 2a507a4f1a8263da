"""Benchmark: precision and recall of extraction against hand-checked gold, in four forms.

    python bench/bench_extraction.py [--forms text,pdf,flat,viewer] [--json] [--corpus DIR]
    python bench/bench_extraction.py --misses provides,commissions   # what each report missed

For the sample (gold: tests/gold/rutland-clas-2019.gold.json, written from the hand-read lists
in tests/expected.py), the development set (tests/corpus/development/*.gold.json, format
in its README) and the probe reports (tests/probes, see its README), each report is read as its text file, as the PDF LibreOffice prints from a Word
layout of it (tests/officepdf.py), as text whose line breaks were lost, and as a copy from a
document-viewer site (each page one line after its page number, pages cut mid-sentence). Per
measure it prints precision and recall summed over the reports, each form and group in a column; the cross-report measures (shared
organisations merged, restated shortfalls linked) come from one graph of all the reports.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
SAMPLE_GOLD = ROOT / "tests" / "gold" / "rutland-clas-2019.gold.json"
SYNTHETIC = ROOT / "tests" / "corpus" / "development"
GENERIC_ALIASES = {"the council", "the ccg", "director of public health",
                   "the local authority public health team", "the trust"}
MEASURES = ["findings", "sections", "recommendations", "supports", "addressees", "header",
            "included", "provides", "commissions", "escalations", "repeats", "progress_since"]


PROBES = ROOT / "tests" / "probes"
#: Further probe sets, each in its own folder (tests/corpus/probes-*), reported as a group each.
CORPUS = ROOT / "tests" / "corpus"


def corpus() -> list[tuple[Path, dict]]:
    pairs = [(ROOT / "examples" / "rutland-clas-2019.txt", json.loads(SAMPLE_GOLD.read_text()))]
    for folder in (SYNTHETIC, PROBES, *sorted(CORPUS.glob("probes-*"))):
        for gold in sorted(folder.glob("*.gold.json")):
            pairs.append((folder / json.loads(gold.read_text())["file"], json.loads(gold.read_text())))
    return pairs


def group_of(path: Path) -> str:
    """sample, development (tests/corpus/development), probe (tests/probes) or the name of a
    later probe set's folder (tests/corpus/probes-*)."""
    name = path.parent.name
    return {"examples": "sample", "probes": "probe", "development": "development"}.get(name, name)


def form_of(path: Path, form: str, tmp: Path) -> Path:
    from officepdf import flatten_lines, office_pdf, rendered, viewer_copy

    if form != "text":  # a Markdown report reaches people printed or copied as its rendering
        path = rendered(path, tmp)
    if form == "pdf":
        return office_pdf(path, tmp / f"{path.stem}.pdf")
    if form == "flat":
        out = tmp / f"{path.stem}.txt"
        out.write_text(flatten_lines(path.read_text(encoding="utf-8")), encoding="utf-8")
        return out
    if form == "viewer":
        out = tmp / f"{path.stem}.txt"
        out.write_text(viewer_copy(path.read_text(encoding="utf-8")), encoding="utf-8")
        return out
    return path


def _section(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower().replace("&", "and")).strip()


def org_map(records, gold: dict) -> dict[str, str]:
    """Our organisation id -> the gold key of the body it is, by shared names or aliases."""
    from clasgraph.ingest.organisations import name_key

    gold_keys = {}
    for key, org in gold["organisations"].items():
        for name in (org["name"], *org["aliases"]):
            if name.lower() not in GENERIC_ALIASES:
                gold_keys.setdefault(name_key(name), key)
    mapping = {}
    for node in records.nodes:
        if node.label != "Organisation":
            continue
        for name in (node.props.get("name", ""), *node.props.get("aliases", [])):
            key = gold_keys.get(name_key(name))
            if key:
                mapping[node.id] = key
                break
    return mapping


#: The gold files' service codes (tests/corpus/development/README.md) and the service each names
#: in clasgraph's vocabulary: a node of that service is the code's whatever its printed name
#: (a gold's patterns are the report's words, "children's ward", not clasgraph's name for it).
CODES = {"HV": "health-visiting", "SN": "school-nursing", "FNP": "family-nurse-partnership", "MAT": "maternity",
         "ED": "emergency-department", "ACUTE": "acute-hospital", "MIU": "minor-injuries-unit", "CAMHS": "camhs",
         "AMH": "adult-mental-health", "CLA": "looked-after-childrens-health", "CASH": "sexual-health",
         "SM": "substance-misuse", "GP": "primary-care", "YOS": "youth-offending", "SARC": "sarc",
         "PERI": "perinatal-mental-health", "DSN": "designated-professionals", "PHN": "public-health-nursing",
         "DENT": "dental"}


def service_map(records, gold: dict) -> dict[str, list[str]]:
    """Our service node id -> the gold's service codes it is: by the code's service in
    clasgraph's vocabulary (CODES), or by the gold's patterns in the node's name."""
    mapping = {}
    for node in records.nodes:
        if node.label == "Service":
            key = node.id.split(":", 1)[-1]
            mapping[node.id] = [code for code, patterns in gold["services"].items()
                                if CODES.get(code) == key
                                or any(re.search(p, node.props.get("name", ""), re.IGNORECASE) for p in patterns)]
    return mapping


def document_map(records, gold: dict) -> dict[str, str]:
    """Our document id -> the gold key of the document it is: the gold's patterns (its likely
    title as reports write it) searched in our title, area and date (any case), else in the
    sentences that cite our document (as the report writes them)."""
    cited: dict[str, list[str]] = defaultdict(list)
    for e in records.edges:
        if e.type in ("REPEATS", "PROGRESS_SINCE", "CITES"):
            cited[e.target].append(e.props.get("evidence", ""))
    mapping = {}
    for node in records.nodes:
        if node.label == "Document":
            text = " ".join(str(node.props.get(k, "")) for k in ("title", "area", "date", "year"))
            key = next((key for key, doc in gold["documents"].items()
                        if any(re.search(p, text, re.IGNORECASE) for p in doc["patterns"])), None)
            if key is None:  # the document the sentences citing ours name, each naming one (a sentence
                # naming two documents says neither)
                named = [[key for key, doc in gold["documents"].items() if any(re.search(p, s) for p in doc["patterns"])]
                         for s in cited[node.id]]
                votes = Counter(keys[0] for keys in named if len(keys) == 1).most_common()
                key = votes[0][0] if votes and (len(votes) == 1 or votes[0][1] > votes[1][1]) else None
            if key:
                mapping[node.id] = key
    for node in records.nodes:  # a sentence naming two documents names the one not yet taken by another of ours
        if node.label == "Document" and node.id not in mapping:
            named = [[key for key, doc in gold["documents"].items() if any(re.search(p, s) for p in doc["patterns"])
                      and key not in mapping.values()] for s in cited[node.id]]
            votes = Counter(keys[0] for keys in named if len(keys) == 1).most_common()
            if votes and (len(votes) == 1 or votes[0][1] > votes[1][1]):
                mapping[node.id] = votes[0][0]
    return mapping


def predicted(records, gold: dict) -> dict[str, set]:
    orgs, services, docs = org_map(records, gold), service_map(records, gold), document_map(records, gold)
    number = lambda node_id: node_id.split("#", 1)[1].removeprefix("rec-")
    org = lambda node_id: orgs.get(node_id, node_id)
    nodes = {n.id: n for n in records.nodes}
    out: dict[str, set] = defaultdict(set)
    for n in records.nodes:
        if n.label == "Finding":
            out["findings"].add(n.props["number"])
            out["sections"].add((n.props["number"], _section(n.props["section"])))
        elif n.label == "Recommendation":
            out["recommendations"].add(n.props["number"])
        elif n.label == "Report":
            p = n.props
            out["header"] |= {("area", p["area"]), ("review_start", p["review_start"]),
                              ("review_end", p["review_end"]), ("published", p["published"]),
                              ("inspectors", tuple(p["inspectors"]))}
    for e in records.edges:
        if e.type == "SUPPORTS":
            out["supports"].add((number(e.source), number(e.target)))
        elif e.type == "ADDRESSED_TO":
            out["addressees"].add((number(e.source), org(e.target)))
        elif e.type == "INCLUDES":
            out["included"].add(("providers" if e.props.get("role") == "provider" else "ccgs", org(e.target)))
        elif e.type in ("PROVIDES", "COMMISSIONS"):
            for key in services.get(e.target) or [e.target]:
                out[e.type.lower()].add((org(e.source), key))
        elif e.type == "ESCALATED_TO":
            out["escalations"].add((number(e.source), org(e.target)))
        elif e.type in ("REPEATS", "PROGRESS_SINCE") and nodes.get(e.target) is not None \
                and nodes[e.target].label == "Document":
            measure = "repeats" if e.type == "REPEATS" else "progress_since"
            out[measure].add((docs.get(e.target, e.target), number(e.source)))
    return out


def wanted(gold: dict) -> dict[str, set]:
    r = gold["report"]
    out = {
        "findings": set(gold["findings"]),
        "sections": {(k, _section(v)) for k, v in gold["findings"].items()},
        "recommendations": set(gold["recommendations"]),
        "supports": {tuple(p) for p in gold["supports"]},
        "addressees": {(rec, o) for rec, orgs in gold["recommendations"].items() for o in orgs},
        "header": {("area", r["area"]), ("review_start", r["review_start"]),
                   ("review_end", r["review_end"]), ("published", r["published"]),
                   ("inspectors", tuple(r["inspectors"]))},
        "included": {(role, o) for role, orgs in gold["included"].items() for o in orgs},
        "provides": {tuple(p) for p in gold["provides"]},
        "commissions": {tuple(p) for p in gold["commissions"]},
        "escalations": {(f, o) for f, who in gold["escalations"].items()
                        for o in (who if isinstance(who, list) else [who])},
        "repeats": {(d, f) for d, fs in gold["repeats"].items() for f in fs},
        "progress_since": {(d, f) for d, fs in gold["progress_since"].items() for f in fs},
    }
    return out


def cross_report(records_by_file: dict[str, object], golds: dict[str, dict]) -> dict[str, tuple]:
    """(precision, recall) of organisations merged across reports and of restated shortfalls
    linked: precision over the links from a later report's concerns to earlier findings, recall
    over the gold pairs (linked either way, whatever polarity the later finding was given)."""
    shared = next(iter(golds.values()))["shared_organisations"]
    ids: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for file, records in records_by_file.items():
        for ours, key in org_map(records, golds[file]).items():
            ids[key][file].add(ours)
    merged = 0
    for key, files in shared.items():
        per_file = [ids[key].get(f, set()) for f in files if f in records_by_file]
        if len(per_file) > 1 and all(per_file) and set.intersection(*per_file):
            merged += 1
    restated = restated_links(records_by_file, golds)
    found, pairs, links = restated["found"], restated["gold"], restated["links"]
    linked = sum(1 for a, b in pairs if (a, b) in links or (b, a) in links)  # gold pairs linked at all
    right = len(found & set(pairs))  # links counted in ``found`` that gold has
    shared_n = sum(1 for files in shared.values() if len([f for f in files if f in records_by_file]) > 1)
    return {"shared organisations merged": score(merged, shared_n, shared_n),
            "restated shortfalls linked": (score(right, len(found), len(pairs))[0],
                                           score(linked, len(found), len(pairs))[1])}


def restated_links(records_by_file: dict[str, object], golds: dict[str, dict]) -> dict:
    """The links across the reports of one set, as one store links them: ``links`` (every
    REPEATS and SIMILAR_TO between findings: its attributes), ``found`` (those from a concern
    of a report that gold lists restatements for, to another report's finding: what precision
    counts), ``gold`` (the gold pairs, as (later finding id, earlier finding id)) and ``graph``."""
    from clasgraph.graph.linking import link_reports

    from clasgraph import build_graph

    graph = build_graph(list(records_by_file.values()))
    link_reports(graph)
    report_of = {f: r.report_id for f, r in records_by_file.items()}
    links = {(u, v): d for u, v, d in graph.edges(data=True)
             if d["type"] in ("REPEATS", "SIMILAR_TO") and graph.nodes[v]["label"] == "Finding"}
    gold = []
    for later, earlier in (p for g in golds.values() for p in g.get("repeats_findings", [])):
        (lf, ln), (ef, en) = later.split("#"), earlier.split("#")
        if lf in report_of and ef in report_of:
            gold.append((f"{report_of[lf]}#{ln}", f"{report_of[ef]}#{en}"))
    later_reports = {report_of[p[0].split("#")[0]] for g in golds.values()
                     for p in g.get("repeats_findings", []) if p[0].split("#")[0] in report_of}
    nodes = graph.nodes
    found = {(u, v) for u, v in links if nodes[u].get("report_id") in later_reports
             and nodes[u].get("polarity") == "concern"
             and nodes[v].get("report_id") != nodes[u].get("report_id")}
    return {"links": links, "found": found, "gold": gold, "graph": graph}


def restated_misses(group: str, records_by_file: dict[str, object], golds: dict[str, dict]) -> list[str]:
    """The wrong links (found, not in gold: type, basis, score) and the gold pairs not linked at
    all, of one set, each with the first words of both findings."""
    restated = restated_links(records_by_file, golds)
    links, nodes = restated["links"], restated["graph"].nodes

    def said(fid):
        return f"[{nodes[fid].get('polarity')}] {' '.join(nodes[fid].get('text', '').split()[:24])}"

    lines = []
    for u, v in sorted(restated["found"] - set(restated["gold"])):
        d = links[(u, v)]
        lines.append(f"{group} restated: wrong {d['type']} {d.get('basis') or ''} {d.get('score')} {u} -> {v}"
                     f"\n    later:   {said(u)}\n    earlier: {said(v)}")
    for a, b in sorted(restated["gold"]):
        if (a, b) not in links and (b, a) not in links:
            lines.append(f"{group} restated: missed {a} -> {b}\n    later:   {said(a)}\n    earlier: {said(b)}")
    return lines


def score(hits: int, found: int, want: int) -> tuple[float, float]:
    return (hits / found if found else (1.0 if not want else 0.0)), (hits / want if want else 1.0)


def evaluate(forms: list[str], files: list[Path] | None = None, folders: list[Path] = ()) -> dict:
    """{form: {group: {measure: (precision, recall)}}}; ``folders`` adds report sets kept
    elsewhere (each a folder of reports with gold files), reported under their folder's name."""
    from clasgraph.graph.resolve import KnownBodies, resolve_bodies
    from clasgraph.ingest import read_report
    from clasgraph.ingest.document import IngestError
    from clasgraph.ingest.records import ReportRecords

    results: dict = {}
    pairs = corpus() + [(folder / json.loads(g.read_text())["file"], json.loads(g.read_text()))
                        for folder in folders for g in sorted(Path(folder).glob("*.gold.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        for form in forms:
            results[form] = {}
            sums: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
            by_group: dict[str, tuple[dict, dict]] = defaultdict(lambda: ({}, {}))
            def read(path, form=form):
                try:
                    return read_report(form_of(path, form, Path(tmp)))
                except IngestError:  # refused: nothing found, everything missed
                    return ReportRecords(report_id=f"refused-{path.stem}")

            chosen = [(path, gold) for path, gold in pairs if not files or path in files]
            read_as = {path: read(path) for path, _ in chosen}
            # a set's reports are read as one ingest of them into one store, in file order:
            # each recognises the bodies the ones before it name, and takes their ids for the
            # same body
            for group in dict.fromkeys(group_of(p) for p, _ in chosen):
                if group in ("sample", "probe"):
                    continue
                batch = [(p, read_as[p]) for p, _ in chosen if group_of(p) == group]
                resolved, _ = resolve_bodies([rec for _, rec in batch], KnownBodies())
                read_as.update(zip([p for p, _ in batch], resolved))
            for path, gold in chosen:
                group = group_of(path)
                one_store = group not in ("sample", "probe")
                records = read_as[path]
                found, want = predicted(records, gold), wanted(gold)
                for m in MEASURES:
                    s = sums[group][m]
                    s[0] += len(found[m] & want[m])
                    s[1] += len(found[m])
                    s[2] += len(want[m])
                if one_store:  # sets whose golds share organisation keys
                    records_by_file, golds = by_group[group]
                    records_by_file[gold["file"]], golds[gold["file"]] = records, gold
            for group, measures in sums.items():
                results[form][group] = {m: score(*v) for m, v in measures.items()}
            for group, (records_by_file, golds) in by_group.items():
                results[form][group].update(cross_report(records_by_file, golds))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--forms", default="text,pdf,flat,viewer")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--corpus", action="append", default=[], metavar="DIR",
                        help="also measure the reports and gold files of DIR (e.g. a held-out set)")
    parser.add_argument("--misses", metavar="MEASURES",
                        help="instead, list per report (text form) what MEASURES (comma-separated, "
                             "e.g. provides,commissions; restated: the links of restated "
                             "shortfalls, per set) missed and got wrong against the gold")
    args = parser.parse_args()
    if args.misses:
        print(misses(args.misses.split(","), folders=[Path(d) for d in args.corpus]))
        return
    results = evaluate(args.forms.split(","), folders=[Path(d) for d in args.corpus])
    if args.json:
        print(json.dumps(results, indent=1))
        return
    print(table(results))


def misses(measures: list[str], folders: list[Path] = ()) -> str:
    """Per report of every set (text form) and measure, the gold pairs not found and the pairs
    found that the gold does not have: where to look before writing a rule (for the construction,
    never for the sentence). ``restated`` (restated shortfalls linked) is listed per set, its
    reports read as one store."""
    from clasgraph.graph.resolve import KnownBodies, resolve_bodies

    from clasgraph import read_report

    lines = []
    pairs = corpus() + [(folder / json.loads(g.read_text())["file"], json.loads(g.read_text()))
                        for folder in folders for g in sorted(Path(folder).glob("*.gold.json"))]
    per_report = [m for m in measures if m != "restated"]
    sets: dict[str, list] = defaultdict(list)
    for path, gold in pairs:
        records = read_report(path)
        if group_of(path) not in ("sample", "probe"):
            sets[group_of(path)].append((gold, records))
        found, want = predicted(records, gold), wanted(gold)
        for m in per_report:
            missed, wrong = sorted(want[m] - found[m]), sorted(found[m] - want[m])
            if missed or wrong:
                lines.append(f"{group_of(path)}/{path.name} {m}: missed {missed}; wrong {wrong}")
    if "restated" in measures:
        for group, batch in sets.items():
            resolved, _ = resolve_bodies([records for _, records in batch], KnownBodies())
            lines += restated_misses(group, {g["file"]: r for (g, _), r in zip(batch, resolved)},
                                     {g["file"]: g for g, _ in batch})
    return "\n".join(lines) or "nothing missed"


def table(results: dict) -> str:
    """Per measure, one row; per group and form, one column of "precision/recall".

    >>> print(table({"text": {"sample": {"findings": (1.0, 0.5)}}}))
    measure                         sample
                                    text
    findings                        1.00/0.50
    """
    groups = list(dict.fromkeys(g for by_group in results.values() for g in by_group))
    columns = [(g, f) for g in groups for f in results if g in results[f]]
    measures = list(dict.fromkeys(m for f in results.values() for g in f.values() for m in g))
    width = max(9, *(len(g) for g in groups))
    lines = ["measure".ljust(32) + " ".join(g.ljust(width) if i == 0 or columns[i - 1][0] != g
                                             else " " * width for i, (g, _) in enumerate(columns)),
             " " * 32 + " ".join(f.ljust(width) for _, f in columns)]
    for m in measures:
        cells = []
        for g, f in columns:
            pr = results[f][g].get(m)
            cells.append((f"{pr[0]:.2f}/{pr[1]:.2f}" if pr else "-").ljust(width))
        lines.append(m.ljust(32) + " ".join(cells))
    return "\n".join(line.rstrip() for line in lines)


if __name__ == "__main__":
    main()
