"""Every page of the dashboard under AppTest: the first run (a new session, cached results
cleared) and the warm rerun (the same session again, as when a widget changes), next to the
reference page measured the same way in the same run."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from ui.navigation import PAGES

from .timing import Timing, median, timed

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "dashboard.py"
REFERENCE = Path(__file__).resolve().parent / "reference_page.py"
TIMEOUT = 300  # seconds for one run: a page over that is reported as failing, not waited for


def navigation_pages() -> list[str]:
    """The pages the dashboard's navigation lists, in its order."""
    return [name for pages in PAGES.values() for name, _icon in pages]


def _problem(at: AppTest) -> str | None:
    """The exception a page showed: its type and message."""
    if not at.exception:
        return None
    shown = at.exception[0]
    return f"{shown.proto.type}: {shown.message}"[:200]


def _measure(make, repeats: int) -> dict:
    """Median first run (new AppTest, no cached data) and median warm rerun of the same session."""
    firsts: list[Timing] = []
    warms: list[Timing] = []
    problem = None
    for _ in range(repeats):
        st.cache_data.clear()
        at = make()
        timing, _ = timed(lambda: at.run(timeout=TIMEOUT))
        firsts.append(timing)
        problem = problem or _problem(at)
        for _ in range(repeats):
            timing, _ = timed(lambda: at.run(timeout=TIMEOUT))
            warms.append(timing)
            problem = problem or _problem(at)
    return {"first": median(firsts), "warm": median(warms), "problem": problem}


def measure_pages(db_path: Path, repeats: int) -> dict:
    """Reference page and every page at the database in db_path."""
    os.environ["KHS_DB"] = str(db_path)
    # A failing page is reported with its real message (the app's config hides it from browsers).
    st.config.set_option("client.showErrorDetails", "full")
    st.cache_resource.clear()  # the app's Database object points at the previous scale's file
    results = {"reference": _measure(lambda: AppTest.from_file(str(REFERENCE), default_timeout=TIMEOUT), repeats)}
    for name in navigation_pages():
        page = ROOT / "pages" / f"{name}.py"
        if not page.exists():
            results[name] = {"first": None, "warm": None, "problem": f"pages/{name}.py finnes ikke"}
            continue

        def make(page=page) -> AppTest:
            at = AppTest.from_file(str(DASHBOARD), default_timeout=TIMEOUT)
            at.switch_page(str(page.relative_to(ROOT)))
            return at

        try:
            results[name] = _measure(make, repeats)
        except Exception as error:  # a page that cannot run at all is reported, the others still measured
            results[name] = {"first": None, "warm": None, "problem": f"{type(error).__name__}: {str(error)[:200]}"}
    st.cache_data.clear()
    st.cache_resource.clear()
    return results
