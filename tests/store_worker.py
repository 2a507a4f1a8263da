"""A process that saves two versions of a graph into a store, alternately, until it is killed.

Usage: python tests/store_worker.py STORE GRAPH_A.json GRAPH_B.json

Prints "READY" after its first save; the kill test kills it at random moments.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from clasgraph.graph.builder import from_node_link
from clasgraph.graph.store import EmbeddedStore


def main() -> None:
    store = EmbeddedStore(sys.argv[1])
    graphs = [from_node_link(json.loads(Path(p).read_text())) for p in sys.argv[2:4]]
    i = 0
    while True:
        with store.lock():
            store.save(graphs[i % 2])
        if i == 0:
            print("READY", flush=True)
        i += 1


if __name__ == "__main__":
    main()
