"""Links across reports: findings that say the same thing, cited reviews that were ingested,
and organisations named differently in different reports.

Similarity is TF-IDF cosine over words (stop words dropped, light stemming). Candidate pairs
come from an inverted index on each finding's most distinctive terms, so no finding is
compared with every other; each finding keeps its few best matches above the threshold.

>>> a = {"id": "a#1", "report_id": "a", "text": "Health visitors did not receive supervision."}
>>> b = {"id": "b#1", "report_id": "b", "text": "Health visitors did not receive regular supervision."}
>>> c = {"id": "b#2", "report_id": "b", "text": "The school nurses were well trained in CSE."}
>>> [(x, y) for x, y, _ in similar_findings([a, b, c], {"a"}, threshold=0.3)]
[('a#1', 'b#1')]
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

#: Chosen on the labelled pairs of the derived test corpus (bench/bench_similarity.py prints
#: precision and recall across thresholds).
THRESHOLD = 0.5
TOP_K = 3
TERMS_PER_FINDING = 10
MAX_POSTING = 150  # terms in more findings than this say little about which ones match
MAX_CANDIDATES = 40  # per finding, those sharing the most distinctive terms

_STOP = {"a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "recommendation"}


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> list[str]:
    """Words that carry meaning, lightly stemmed.

    >>> terms("Health visitors were supervising children")
    ['health', 'visitor', 'supervis', 'children']
    """
    words = re.findall(r"[a-z][a-z0-9-]+", text.lower())
    return [_stem(w) for w in words if w not in _STOP and len(w) > 2]


def tfidf_vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors (sublinear tf) of each text."""
    counts = {key: Counter(terms(text)) for key, text in texts.items()}
    df: Counter = Counter()
    for c in counts.values():
        df.update(c.keys())
    n = len(counts) or 1
    vectors = {}
    for key, c in counts.items():
        vec = {t: (1 + math.log(tf)) * math.log((1 + n) / (1 + df[t])) for t, tf in c.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors[key] = {t: v / norm for t, v in vec.items() if v > 0}
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def similar_findings(findings: list[dict], new_reports: set[str], threshold: float = THRESHOLD,
                     top_k: int = TOP_K, vectors: dict | None = None) -> list[tuple[str, str, float]]:
    """(finding, other finding, score) for findings of ``new_reports`` that say what a finding
    of another report says. Each finding keeps its ``top_k`` best matches."""
    by_id = {f["id"]: f for f in findings}
    if vectors is None:
        vectors = tfidf_vectors({f["id"]: f["text"] for f in findings})
    postings: dict[str, list[str]] = defaultdict(list)
    top_terms = {}
    for fid, vec in vectors.items():
        top_terms[fid] = [t for t, _ in sorted(vec.items(), key=lambda kv: -kv[1])[:TERMS_PER_FINDING]]
        for t in top_terms[fid]:
            postings[t].append(fid)
    pairs = {}
    for fid, f in by_id.items():
        if f["report_id"] not in new_reports:
            continue
        shared: Counter = Counter()
        for t in top_terms.get(fid, []):
            posting = postings[t]
            if len(posting) > MAX_POSTING:
                continue
            shared.update(o for o in posting if by_id[o]["report_id"] != f["report_id"])
        candidates = [o for o, k in shared.most_common(MAX_CANDIDATES) if k >= 2]
        scored = sorted(((cosine(vectors[fid], vectors[o]), o) for o in candidates), reverse=True)
        for score, other in scored[:top_k]:
            if score >= threshold:
                key = tuple(sorted((fid, other)))
                pairs[key] = max(pairs.get(key, 0.0), score)
    return sorted((a, b, round(s, 3)) for (a, b), s in pairs.items())


def same_as(documents: list[dict], reports: list[dict]) -> list[tuple[str, str]]:
    """(document, report) where a cited review is an ingested report: same area, and the same
    year (and month, where the citation gives one) as the report's review or publication."""
    found = []
    for d in documents:
        if d.get("kind") != "review" or not d.get("area"):
            continue
        date = d.get("date") or d.get("year") or ""
        year = re.search(r"\d{4}", date)
        month = re.match(r"([A-Z][a-z]+)\s+\d{4}", date)
        for r in reports:
            if r.get("area", "").lower() != d["area"].lower():
                continue
            when = [r.get("published", ""), r.get("review_start", ""), r.get("review_end", "")]
            if year and not any(w.startswith(year.group(0)) for w in when):
                continue
            if month:
                from datetime import datetime

                try:
                    m = datetime.strptime(month.group(1)[:3], "%b").month
                except ValueError:
                    m = None
                if m and not any(w[5:7] == f"{m:02d}" for w in when if w):
                    continue
            found.append((d["id"], r["id"]))
    return found


# --- the pass over a whole graph -----------------------------------------------------------------

DERIVED = ("SIMILAR_TO", "SAME_AS")


def _derived(graph, u, v, d) -> bool:
    return d["type"] in DERIVED or (d["type"] == "REPEATS" and graph.nodes[v]["label"] == "Finding")


def _first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.!?])(\s|$)", text or "")
    return m.group(1) if m else (text or "")[:200]


def link_reports(graph) -> dict[str, int]:
    """Recompute every link across reports in ``graph`` (a MultiDiGraph); returns counts.

    - SAME_AS from a cited review to the ingested report it is;
    - REPEATS from a finding that cites a repeated shortfall to the earlier report's findings
      that say the same thing;
    - SIMILAR_TO {score} from a finding to findings of other reports that say the same thing,
      pointing from the later report to the earlier one.
    """
    from clasgraph.graph.builder import edge_attrs

    stale = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if _derived(graph, u, v, d)]
    graph.remove_edges_from(stale)
    nodes = graph.nodes
    reports = [dict(d, id=n) for n, d in graph.nodes(data=True) if d["label"] == "Report"]
    published = {r["id"]: r.get("published", "") for r in reports}
    findings = [dict(d, id=n) for n, d in graph.nodes(data=True) if d["label"] == "Finding"]
    documents = [dict(d, id=n) for n, d in graph.nodes(data=True) if d["label"] == "Document"]
    counts = {"SAME_AS": 0, "REPEATS": 0, "SIMILAR_TO": 0}
    if len(reports) < 2:
        return counts

    def add(rel, u, v, **props):
        key = f"{u}-{rel}->{v}@link"
        graph.add_edge(u, v, key=key, **edge_attrs(rel, key, props))
        counts[rel] += 1

    vectors = tfidf_vectors({f["id"]: f["text"] for f in findings})
    pairs = similar_findings(findings, {r["id"] for r in reports}, vectors=vectors)
    for a, b, score in pairs:
        later, earlier = sorted((a, b), key=lambda f: (published.get(nodes[f]["report_id"], ""), f),
                                reverse=True)
        add("SIMILAR_TO", later, earlier, score=score, report_id=nodes[later]["report_id"],
            paragraph=nodes[later]["number"], evidence=_first_sentence(nodes[later]["text"]))
    by_report = defaultdict(list)
    for f in findings:
        by_report[f["report_id"]].append(f["id"])
    for doc_id, report_id in same_as(documents, reports):
        citing = [(u, d) for u, _, d in graph.in_edges(doc_id, data=True)
                  if d["type"] in ("REPEATS", "PROGRESS_SINCE", "CITES")]
        add("SAME_AS", doc_id, report_id, report_id=citing[0][1]["report_id"] if citing else "",
            paragraph=citing[0][1]["paragraph"] if citing else "",
            evidence=f"{nodes[doc_id]['title']} is the ingested report {report_id}")
        for u, d in citing:
            if d["type"] != "REPEATS":
                continue
            best = sorted(((cosine(vectors[u], vectors[f]), f) for f in by_report[report_id]),
                          reverse=True)
            for score, f in best[:1]:
                if score >= THRESHOLD * 0.6:
                    add("REPEATS", u, f, score=round(score, 3), basis="cited", report_id=d["report_id"],
                        paragraph=d["paragraph"], evidence=d["evidence"])
    for later, earlier, score in restated_shortfalls(graph, findings, vectors, published):
        if graph.has_edge(later, earlier, key=f"{later}-REPEATS->{earlier}@link"):
            continue  # the report cites the earlier review for it: already a cited repeat
        add("REPEATS", later, earlier, score=score, basis="restated", report_id=nodes[later]["report_id"],
            paragraph=nodes[later]["number"], evidence=_first_sentence(nodes[later]["text"]))
    # one link a pair: a repeat (cited or restated) says more than that the wording is alike
    alike = [(u, v, f"{u}-SIMILAR_TO->{v}@link") for u, v, k, d in graph.edges(keys=True, data=True)
             if d["type"] == "REPEATS" and graph.has_edge(u, v, key=f"{u}-SIMILAR_TO->{v}@link")]
    graph.remove_edges_from(alike)
    counts["SIMILAR_TO"] -= len(alike)
    return counts


#: Lowest similarity at which a concern restates an earlier one of the same body and section.
RESTATED_THRESHOLD = 0.18


def _about(graph, finding: str) -> tuple[set[str], set[str]]:
    """(organisations, service kinds) a finding is about."""
    orgs, services = set(), set()
    for _, v, d in graph.out_edges(finding, data=True):
        if d["type"] == "ABOUT":
            label = graph.nodes[v]["label"]
            if label == "Organisation":
                orgs.add(v)
            elif label == "Service":
                services.add(v.split(":", 1)[-1])
    return orgs, services


def restated_shortfalls(graph, findings: list[dict], vectors: dict, published: dict) -> list[tuple[str, str, float]]:
    """(later, earlier, score): a concern of a later report that restates a concern of an earlier
    one without citing it. Both are in the same section and about the same body (the same
    organisation, or in the same area the same service), each is the other's closest such
    finding, and their wording is alike (cosine at least :data:`RESTATED_THRESHOLD`)."""
    area = {r: graph.nodes[r].get("area", "") for r in published}
    concerns = [f for f in findings if f.get("polarity") in ("concern", "mixed")]
    # candidates share a section and a body: indexed so that no concern meets every other
    index: dict[tuple, list[dict]] = defaultdict(list)
    keys = {}
    for f in concerns:
        orgs, services = _about(graph, f["id"])
        section, where = f.get("section"), area.get(f["report_id"])
        keys[f["id"]] = [("org", section, o) for o in orgs] + \
            [("service", section, where, s) for s in services]
        for key in keys[f["id"]]:
            index[key].append(f)
    best: dict[str, tuple[float, str]] = {}
    for a in concerns:
        if a.get("polarity") != "concern":
            continue
        when = published.get(a["report_id"], "")
        seen = set()
        for key in keys[a["id"]]:
            for b in index[key]:
                if b["id"] in seen or b["report_id"] == a["report_id"] \
                        or published.get(b["report_id"], "") >= when:
                    continue
                seen.add(b["id"])
                score = cosine(vectors[a["id"]], vectors[b["id"]])
                if score >= RESTATED_THRESHOLD and score > best.get(a["id"], (0.0, ""))[0]:
                    best[a["id"]] = (score, b["id"])
    closest: dict[str, tuple[float, str]] = {}
    for a, (score, b) in best.items():
        if score > closest.get(b, (0.0, ""))[0]:
            closest[b] = (score, a)
    return sorted((a, b, round(score, 3)) for a, (score, b) in best.items() if closest[b][1] == a)
