"""Run each test on its own, one pytest process per test: python scripts/each_test_alone.py [PATH…]

A test that passes in the suite but fails alone leans on something another test left behind
(module state, a file, a fixture's side effect). CI runs the suite in file order and in
reverse order; this is the slower, stricter check (about a second per test, more where a test
starts the Bolt server), for the files you touch. Prints each failure and exits 1 if any.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ids(paths: list[str]) -> list[str]:
    listed = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q",
                             "-p", "no:cacheprovider", *paths], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout
    return [ln for ln in listed.splitlines() if "::" in ln]


def main(paths: list[str]) -> int:
    ids = test_ids(paths)
    failed = []
    for i, test in enumerate(ids, 1):
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               test], cwd=ROOT, capture_output=True, text=True, check=False)
        print(f"[{i}/{len(ids)}] {'ok  ' if done.returncode == 0 else 'FAIL'} {test}", flush=True)
        if done.returncode != 0:
            failed.append((test, done.stdout[-3000:]))
    for test, output in failed:
        print(f"\n=== {test} fails alone ===\n{output}")
    print(f"{len(ids) - len(failed)} of {len(ids)} test(s) pass alone")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
