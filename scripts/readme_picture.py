"""Make the README's pictures of maps: docs/commissioning-map.png (the sample) and
docs/map-*.png (the development set: tests/corpus/development and the sample).

Run:  python scripts/readme_picture.py

Each picture is the screenshot of a map test (tests/test_maps.py): the reports ingested into a
temporary store, the map opened at 1600x1000 in headless Chromium (Debian's chromium package),
measured (labels at least 12 px, nothing drawn over a label, no request leaving the page) and
only then saved here. A map that fails its test gives no picture.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SAMPLE = DOCS / "commissioning-map.png"
DEVELOPMENT = ["map-commissioning-development-set.png", "map-recommendations-ashvale-2018.png",
               "map-repeats-development-set.png", "map-org-ashvale-2018.png"]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for old in [SAMPLE, *(DOCS / name for name in DEVELOPMENT)]:
        old.unlink(missing_ok=True)
    env = dict(os.environ, CLASGRAPH_README_PICTURE=str(SAMPLE), CLASGRAPH_MAP_PICTURES=str(DOCS))
    wanted = ("(nothing_is_drawn_over_anything and commissioning) or "
              "(development_set_is_readable and (commissioning-all or recommendations-ashvale-2018 "
              "or repeats-all or org-ashvale-2018))")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "test_maps.py"), "-k", wanted], cwd=ROOT, env=env,
                          check=False)
    missing = [p for p in [SAMPLE, *(DOCS / name for name in DEVELOPMENT)] if not p.exists()]
    if done.returncode != 0 or missing:
        raise SystemExit("a map test failed: no picture written for "
                         + ", ".join(str(p.relative_to(ROOT)) for p in missing))
    for name in [SAMPLE.name, *DEVELOPMENT]:
        print(f"wrote docs/{name}")


if __name__ == "__main__":
    main()
