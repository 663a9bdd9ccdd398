"""Running the dashboard under AppTest the way a server runs it: dashboard.py (navigation,
sidebar, style) around the page, through Streamlit's public testing API only.

AppTest forgets on every run that the app declared st.navigation, so each run starts the way the
first request to a freshly started server does (Streamlit's old `pages/` folder mode): the page
file runs alone, and its first line (ui.state.ensure_app_entry) sends it back through
dashboard.py. Every AppTest run therefore also tests that way into the app."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import ui.state

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")
SAMPLE_TODAY = dt.date(2026, 11, 23)  # the day the sample data's payments, vacancies and terms are described for


@pytest.fixture
def as_a_running_server(monkeypatch):
    """The app's database as the test sets it (open_app), restored afterwards."""
    monkeypatch.setenv("KHS_DB", os.environ.get("KHS_DB", ""))  # restored after the test
    yield


@pytest.fixture
def on_the_sample_date(monkeypatch) -> dt.date:
    """The app's today set to SAMPLE_TODAY, so facts stated for that day hold on any day the tests
    run. Pages import `today` from ui.state on every run, so they all see it."""
    monkeypatch.setattr(ui.state, "today", lambda: SAMPLE_TODAY)
    return SAMPLE_TODAY


def open_app(db_path: Path, page: str | None = None, *, query: dict | None = None, **state) -> AppTest:
    """A fresh app over `db_path` (caches cleared), with session state and URL query set, run once,
    then switched to `page` ("pages/x.py") if given."""
    os.environ["KHS_DB"] = str(db_path)
    st.cache_resource.clear()
    st.cache_data.clear()
    app = AppTest.from_file(DASHBOARD, default_timeout=90)
    for key, value in state.items():
        app.session_state[key] = value
    for key, value in (query or {}).items():
        app.query_params[key] = value
    app.run()
    if page:
        app.switch_page(page).run()
    assert not app.exception, app.exception
    return app


def headline(app: AppTest) -> str:
    found = [m.value for m in app.markdown if "data-testid='khs-headline'" in m.value]
    assert found, "no headline"
    return re.sub(r"<[^>]+>", "", found[0]).replace("\u00a0", " ")  # amounts are kept on one line
