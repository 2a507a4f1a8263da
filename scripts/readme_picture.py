"""Make docs/commissioning-map.png, the picture in the README, from the sample report.

Run:  python scripts/readme_picture.py

The picture is the screenshot of the map test (tests/test_maps.py) for the commissioning
view: the sample ingested into a temporary store, the map opened in headless Chromium
(Debian's chromium package), checked for labels drawn over nodes or other labels, and only
then saved here. A map that fails the test gives no picture.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "commissioning-map.png"


def main() -> None:
    OUT.parent.mkdir(exist_ok=True)
    env = dict(os.environ, CLASGRAPH_README_PICTURE=str(OUT))
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "test_maps.py"), "-k",
                           "nothing_is_drawn_over_anything and commissioning"], cwd=ROOT, env=env,
                          check=False)
    if done.returncode != 0 or not OUT.exists():
        raise SystemExit("the commissioning map test failed: no picture written")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
