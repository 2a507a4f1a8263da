"""Make docs/commissioning-map.png, the picture in the README, from the sample report.

Run:  python scripts/readme_picture.py

Ingests the sample into a temporary store, draws the commissioning map, opens it in headless
Chromium (Debian's chromium package) and saves a screenshot once the layout has settled.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "rutland-clas-2019.txt"
OUT = ROOT / "docs" / "commissioning-map.png"


def main() -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        raise SystemExit("needs headless Chromium: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        store, page_file = Path(tmp) / "store", Path(tmp) / "commissioning.html"
        cli = [sys.executable, "-m", "clasgraph.cli", "--store", str(store), "-q"]
        subprocess.run([*cli, "ingest", str(SAMPLE)], check=True)
        subprocess.run([*cli, "map", "--view", "commissioning", "-o", str(page_file)], check=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_context(viewport={"width": 1400, "height": 860},
                                       bypass_csp=True).new_page()
            page.goto(page_file.as_uri())
            page.wait_for_function("window.clasgraph && window.clasgraph.stable", timeout=60000)
            page.evaluate("window.clasgraph.network.fit({animation: false})")
            OUT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(OUT))
            browser.close()
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
