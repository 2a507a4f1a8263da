"""The one way the benchmarks time a step: the median of several runs (machines are shared and
noisy, so a single run or a mean says little).

>>> median_seconds(lambda: None, runs=3) < 1.0
True
"""

from __future__ import annotations

import statistics
import time


def median_seconds(func, runs: int) -> float:
    """Median wall-clock seconds of ``runs`` calls of ``func``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
