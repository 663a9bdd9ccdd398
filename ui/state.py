"""The year in focus and the language (chosen in the sidebar, kept across pages and in the URL),
and whether this run of a page came through dashboard.py."""

from __future__ import annotations

import datetime as dt
import functools
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import streamlit as st

from khs_data.catalogue import LANGUAGES, text
from ui.collector import freeze_long_lived

DASHBOARD = Path(__file__).resolve().parents[1] / "dashboard.py"
FIRST_YEAR = 2019
# Set while dashboard.py runs a page. Streamlit runs each session's script on a thread of its own,
# and nothing a browser sends can set it.
_run = threading.local()


def today() -> dt.date:
    """Today, or the day KHS_TODAY names (YYYY-MM-DD): browser tests start a server on a fixed day,
    so what they see (slides, late payments) does not depend on the day they run."""
    pinned = os.environ.get("KHS_TODAY")
    return dt.date.fromisoformat(pinned) if pinned else dt.date.today()


def _from_query(name: str, allowed: list) -> object | None:
    value = st.query_params.get(name)
    for option in allowed:
        if str(option) == value:
            return option
    return None


def init_state(years: list[int]) -> None:
    """Seed the session from the URL once, then keep the URL in step with the session."""
    if "year" not in st.session_state:
        st.session_state.year = _from_query("ar", years) or (today().year if today().year in years else years[-1])
    if "lang" not in st.session_state:
        st.session_state.lang = _from_query("sprak", list(LANGUAGES)) or "nb"


def sync_query() -> None:
    st.query_params["ar"] = str(st.session_state.year)
    st.query_params["sprak"] = st.session_state.lang


def year() -> int:
    return int(st.session_state.get("year", today().year))


def lang() -> str:
    return st.session_state.get("lang", "nb")


def t(key: str, **values: object) -> str:
    return text(key, lang(), **values)


def each(function: Callable[[Any], Any], values: Iterable) -> list:
    """function(value) for every value, worked out once per distinct value: a column of words on a
    page repeats a handful of values over thousands of rows (board terms at national scale)."""
    done: dict = {}
    return [done[value] if value in done else done.setdefault(value, function(value)) for value in values]


def year_options() -> list[int]:
    return list(range(FIRST_YEAR, today().year + 2))


def run_page(page: st.Page) -> None:
    """dashboard.py's last step: run the page the navigation chose, marked as run by the app."""
    _run.in_app = True
    try:
        page.run()
    finally:
        _run.in_app = False
        freeze_long_lived()


def ensure_app_entry() -> None:
    """The first line of every page file: a page runs only inside dashboard.py.

    Streamlit treats a folder named pages/ beside the entry script as an old-style multipage app
    until some session declares st.navigation (from then on, for the whole server process, it
    runs the entry script): a link straight to /kontingent as the first request to a freshly
    started server runs pages/kontingent.py on its own, without sidebar, year, language or the
    viewer password. Such a run runs dashboard.py in its place, in this same run, and stops: the
    app declares its navigation (which ends the old mode), asks for the password and runs the
    page the address names. In the same run, not a rerun, so a click that started it is kept
    (AppTest starts every run this way)."""
    if getattr(_run, "in_app", False):
        return
    # exec, not runpy: runpy would read and compile the file on every run and swap sys.modules'
    # __main__ and sys.argv for the whole process while other sessions' runs are going on.
    exec(_dashboard_code(), {"__name__": "__main__", "__file__": str(DASHBOARD)})
    st.stop()


@functools.cache
def _dashboard_code():
    return compile(DASHBOARD.read_bytes(), str(DASHBOARD), "exec")
