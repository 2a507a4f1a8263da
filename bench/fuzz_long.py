"""A longer run of the fuzz test: python bench/fuzz_long.py [EXAMPLES]

Runs tests/test_fuzz.py with FUZZ_EXAMPLES (default 2,000) and prints how many mutated
reports were tried, ingested and refused, and that no traceback occurred.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    examples = sys.argv[1] if len(sys.argv) > 1 else "2000"
    env = {**os.environ, "FUZZ_EXAMPLES": examples}
    sys.exit(subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider",
                             str(ROOT / "tests" / "test_fuzz.py")], env=env, check=False).returncode)
