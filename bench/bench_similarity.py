"""Benchmark: precision and recall of repeated-finding detection across thresholds.

Run:  python bench/bench_similarity.py [--seeds 5]

For each seed, tests/derived.py makes a follow-up review of the sample in which findings are
kept verbatim, paraphrased, dropped or replaced, and labels the pairs that say the same thing.
Both reports are linked as a store links them (clasgraph.graph.linking.LinkIndex: each
finding's best matches and their scores), and the pairs scoring at least each threshold counted; the script prints
precision and recall against the labels (the bar: at least 90% and 80%), which is how
clasgraph.graph.linking.THRESHOLD was chosen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()

    from clasgraph.graph.builder import part_of_records
    from clasgraph.graph.linking import THRESHOLD, LinkIndex, features
    from clasgraph.ingest import extract
    from clasgraph.ingest.structure import parse_document
    from derived import follow_up

    sample = (ROOT / "examples" / "rutland-clas-2019.txt").read_text(encoding="utf-8")
    base = extract(parse_document(sample, "sample.txt", "0" * 64))
    thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    totals = {t: [0, 0, 0] for t in thresholds}  # true positives, found, labelled
    for seed in range(args.seeds):
        text, labels = follow_up(sample, seed=seed)
        later = extract(parse_document(text, "follow-up.txt", "1" * 64))
        # as a store links them: each finding's best matches, with scores
        index = LinkIndex.relinked({r.report_id: features(part_of_records(r)) for r in (base, later)})
        for t in thresholds:
            found = set()
            for fid, chosen in index.choices.items():
                for score, other in chosen:
                    if score >= t:
                        new, old = (fid, other) if fid.startswith(later.report_id) else (other, fid)
                        found.add((new.split("#")[1], old.split("#")[1]))
            totals[t][0] += len(found & labels)
            totals[t][1] += len(found)
            totals[t][2] += len(labels)
    print(f"{'threshold':>9} {'precision':>9} {'recall':>7}   ({args.seeds} derived reports)")
    for t, (tp, found, labelled) in totals.items():
        mark = "  <- clasgraph's threshold" if abs(t - THRESHOLD) < 1e-9 else ""
        print(f"{t:9.1f} {tp / max(found, 1):9.2f} {tp / max(labelled, 1):7.2f}{mark}")


if __name__ == "__main__":
    main()
