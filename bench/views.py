"""Server time per page view, as a board meeting spends it: a real `streamlit run` of the dashboard
and of the reference app (bench/reference_app.py, as many pages at the same addresses), Chromium
clicking through every page in the sidebar, and the server process's CPU seconds per view.

Meeting load: several sessions click through every page at once while the coordinator imports a
file from the command line; the p95 of click-to-settled and whether the import landed."""

from __future__ import annotations

import asyncio
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

from khs_data.database import Database

from .server import CHROMIUM, CHROMIUM_ARGS, READY, ROOT, Server, serve

APP = ROOT / "dashboard.py"
REFERENCE_APP = Path(__file__).resolve().parent / "reference_app.py"
CLICK_TIMEOUT_MS = 300_000
# A menu never seen in a tab is missing (a failed view in 10 s, not a five-minute wait); once seen,
# a busy machine may take long to draw it again (eight tabs on two cores stall the browser too).
FIND_TIMEOUT_MS = 10_000
# Streamlit's own menu (the reference app) or the dashboard's menu of page links in the sidebar.
MENU_LINKS = "[data-testid=stSidebarNav] a, [data-testid=stSidebar] a[data-testid=stPageLink-NavLink]"
STARTED_MS = 3_000  # how long a click may take to start the rerun before the page counts as settled


def _names() -> list[str]:
    from ui.navigation import PAGES

    return [name for group in PAGES.values() for name, _icon in group]


async def _settle(tab, path: str) -> None:
    """Wait until the page a click asked for has run: the address changes to it when its run
    starts (a loaded server may take seconds to start it), then the app is «notRunning» again.
    Clicking the page already shown changes no address: then a run that starts at all starts soon."""
    if urlparse(tab.url).path != path:
        await tab.wait_for_url(lambda url: urlparse(url).path == path, timeout=CLICK_TIMEOUT_MS)
    else:
        try:
            await tab.wait_for_function(
                "() => document.querySelector('[data-testid=stApp]')?.dataset.testScriptState !== 'notRunning'", timeout=STARTED_MS
            )
        except Exception:  # the run was over before the first poll, or there was none
            pass
    await tab.wait_for_selector(READY, timeout=CLICK_TIMEOUT_MS)


async def _menu_link(tab, path: str, seen: bool):
    """The sidebar menu's link to the page at `path`, matched on the address it resolves to: the
    links' href may be relative, and the first page's is empty (Streamlit's root page)."""
    await tab.wait_for_selector(MENU_LINKS, timeout=CLICK_TIMEOUT_MS if seen else FIND_TIMEOUT_MS)
    index = await tab.eval_on_selector_all(
        MENU_LINKS, "(links, path) => links.findIndex(a => (a.getAttribute('href') === '' ? '/' : new URL(a.href).pathname) === path)", path
    )
    if index < 0:
        raise LookupError(f"ingen lenke til {path} i menyen")
    return tab.locator(MENU_LINKS).nth(index)


async def _click_through(tab, names: list[str], rounds: int) -> tuple[list[float], list[tuple[str, str]]]:
    """Click every page's link in the sidebar, `rounds` times; seconds from click to settled, and
    each page that failed with why (the exception shown, or what the browser waited for)."""
    seconds, failed = [], []
    seen = False
    for _ in range(rounds):
        for name in names:
            start = time.perf_counter()
            path = "/" if name == names[0] else f"/{name}"
            try:
                link = await _menu_link(tab, path, seen)
                seen = True
                await link.click(timeout=CLICK_TIMEOUT_MS)
                await _settle(tab, path)
                if await tab.get_by_test_id("stException").count():
                    failed.append((name, (await tab.get_by_test_id("stException").first.inner_text())[:300]))
            except Exception as error:  # a page that never settles is reported, the others still clicked
                failed.append((name, f"{type(error).__name__}: {str(error).splitlines()[0][:300]}"))
            seconds.append(time.perf_counter() - start)
    return seconds, failed


async def _open(browser, server: Server):
    tab = await (await browser.new_context(viewport={"width": 1600, "height": 1000})).new_page()
    await tab.goto(server.url)
    await tab.wait_for_selector(READY, timeout=CLICK_TIMEOUT_MS)
    return tab


async def _views(server: Server, names: list[str], rounds: int, sessions: int, warm_up: bool, during=None) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tabs = [await _open(browser, server) for _ in range(sessions)]
        if warm_up:  # a round not measured: Python's imports and the caches are filled before the figures
            await asyncio.gather(*(_click_through(tab, names, 1) for tab in tabs))
        cpu = server.cpu_seconds()
        background = during() if during else None
        results = await asyncio.gather(*(_click_through(tab, names, rounds) for tab in tabs))
        cpu = server.cpu_seconds() - cpu
        landed = await asyncio.to_thread(background) if background else None
        await browser.close()
    seconds = [s for clicks, _ in results for s in clicks]
    return {
        "views": len(seconds),
        "cpu_s": cpu,
        "cpu_per_view_s": cpu / len(seconds),
        "median_click_s": statistics.median(seconds),
        "p95_click_s": _p95(seconds),
        "pages_failed": sorted({name for _, failed in results for name, _why in failed}),
        "failures": [{"page": name, "why": why} for _, failed in results for name, why in failed],
        "import": landed,
    }


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 else values[0]


def measure_views(db_path: Path, folder: Path, rounds: int) -> dict:
    """CPU seconds per page view of the dashboard and of the reference app, one session each."""
    names = _names()
    results = {}
    for label, script in (("reference", REFERENCE_APP), ("app", APP)):
        with serve(script, db_path, folder / f"{label}.log") as server:
            results[label] = asyncio.run(_views(server, names, rounds, sessions=1, warm_up=True))
    results["ratio"] = results["app"]["cpu_per_view_s"] / results["reference"]["cpu_per_view_s"]
    return results


def _start_import(db_path: Path, path: Path, kind: str):
    """The coordinator's import from the command line, started now; the returned call waits for it
    and tells whether it landed (exit 0 and the file's rows in the store)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "khs_data", "--db", str(db_path), "import", str(path), "--kind", kind],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    started = time.perf_counter()

    def landed() -> dict:
        output, _ = process.communicate(timeout=1800)
        seconds = time.perf_counter() - started
        rows = int(Database(db_path).query(f"SELECT count(*) FROM {kind}").iloc[0, 0]) if process.returncode == 0 else 0
        return {"exit": process.returncode, "seconds": round(seconds, 2), "rows": rows, "message": output.strip()[-300:]}

    return landed


def measure_meeting(db_path: Path, folder: Path, import_file: Path, sessions: int, rounds: int) -> dict:
    """`sessions` viewers click through every page `rounds` times at once while the CLI imports
    import_file (meetings) into a copy of the database at db_path."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "khs.duckdb"
    shutil.copyfile(db_path, copy)
    with serve(APP, copy, folder / "app.log") as server:
        # No warm-up: the room opens the dashboard at the same moment, each tab's first page loaded.
        importing = lambda: _start_import(copy, import_file, "meetings")  # noqa: E731
        result = asyncio.run(_views(server, _names(), rounds, sessions, warm_up=False, during=importing))
    result["sessions"] = sessions
    return result
