"""Peak memory of the app: `streamlit run dashboard.py` on a free local port, every page visited
in Chromium, then the server process's high-water mark (VmHWM) read from /proc."""

from __future__ import annotations

from pathlib import Path

from .pages import ROOT, navigation_pages
from .server import CHROMIUM, CHROMIUM_ARGS, READY, serve

PAGE_TIMEOUT_MS = 300_000
ROOT_APP = ROOT / "dashboard.py"


def measure_memory(db_path: Path, log_dir: Path) -> dict:
    """Peak and current RSS (MB) of the server after visiting every page, and pages that failed."""
    from playwright.sync_api import sync_playwright

    with serve(ROOT_APP, db_path, log_dir / "streamlit.log") as server:
        failed = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            tab = browser.new_page(viewport={"width": 1600, "height": 1000})
            for name in navigation_pages():
                try:
                    tab.goto(f"{server.url}/{name}")
                    tab.wait_for_selector(READY, timeout=PAGE_TIMEOUT_MS)
                    if tab.get_by_test_id("stException").count():
                        failed.append(name)
                except Exception:  # a page that never finishes is reported, the others still visited
                    failed.append(name)
            browser.close()
        return {"peak_rss_mb": server.status_kb("VmHWM") / 1024, "rss_mb": server.status_kb("VmRSS") / 1024, "pages_failed": failed}
