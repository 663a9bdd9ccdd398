"""Møter through the real navigation: the headline equals meeting_compliance, the sidebar year
changes the detail, both languages, and an empty store shows what to upload."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.scriptrunner import script_runner
from streamlit.testing.v1 import AppTest

from khs_data.metrics.meetings import meeting_compliance, meetings
from khs_data.vocabulary import BOARD

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")
PAGE = "pages/moter.py"


def open_page(db_path: Path, year: int | None = None, lang: str | None = None) -> AppTest:
    os.environ["KHS_DB"] = str(db_path)
    st.cache_resource.clear()  # the database handle is cached per process
    st.cache_data.clear()
    app = AppTest.from_file(DASHBOARD, default_timeout=60)
    if year:
        app.session_state["year"] = year
    if lang:
        app.session_state["lang"] = lang
    app.run()
    app.switch_page(PAGE).run()
    assert not app.exception, app.exception
    return app


@pytest.fixture(autouse=True)
def _as_a_running_server(monkeypatch):
    """Run dashboard.py (its navigation, sidebar and style) around the page, as a server does once
    st.navigation has run: AppTest re-detects the `pages/` folder on every run and would otherwise
    run the page file alone, the way Streamlit's old folder-based pages worked."""
    monkeypatch.setattr(script_runner, "_mpa_v1", run_main_script)
    before = os.environ.get("KHS_DB")
    yield
    if before is None:
        os.environ.pop("KHS_DB", None)
    else:
        os.environ["KHS_DB"] = before


def run_main_script(main_script_path: str) -> None:
    code = compile(Path(main_script_path).read_text(encoding="utf-8"), main_script_path, "exec")
    exec(code, {"__name__": "__main__", "__file__": main_script_path})  # noqa: S102 - the app's own script


def headline(app: AppTest) -> str:
    found = [m.value for m in app.markdown if "data-testid='khs-headline'" in m.value]
    assert found, "no headline"
    return re.sub(r"<[^>]+>", "", found[0])


def board_row(db, year: int):
    compliance = meeting_compliance(db, year, dt.date.today())
    return compliance[compliance["body"] == BOARD].iloc[0]


def test_headline_equals_compliance_this_year(sample_db):
    year = dt.date.today().year
    app = open_page(sample_db.path)
    row = board_row(sample_db, year)
    text = headline(app)
    assert text.startswith(f"Samarbeidsstyret har holdt {row.held} av minst {row.required_min} møter i {year}")
    if not row.compliant and row.can_still_comply:
        assert "kan nås" in text
    assert len(app.get("plotly_chart")) == 2  # heat map and the year by quarter


def test_sidebar_year_changes_headline_and_list(sample_db):
    app = open_page(sample_db.path)
    app.selectbox(key="year").set_value(2023).run()
    assert not app.exception
    row = board_row(sample_db, 2023)
    text = headline(app)
    assert f"holdt {row.held} av minst {row.required_min} møter i 2023" in text
    assert ("ikke nådd" in text) == (not row.compliant)
    assert app.subheader[0].value.endswith("2023")
    listed = app.dataframe[0].value
    assert len(listed) == len(meetings(sample_db, 2023))


def test_past_year_with_a_cancelled_meeting(sample_db):
    app = open_page(sample_db.path, year=2020)
    text = headline(app)
    compliance = meeting_compliance(sample_db, 2020, dt.date.today())
    for row in compliance[~compliance["compliant"] & (compliance["body"] != BOARD)].itertuples():
        assert f"{row.held} av {row.required_min}" in text
    statuses = set(app.dataframe[0].value["Status"])
    assert "avlyst" in statuses


def test_nynorsk(sample_db):
    app = open_page(sample_db.path, lang="nn")
    assert "har halde" in headline(app)
    assert "Haldne" in app.dataframe[1].value.columns  # the table of all years
    assert "Ordførar- og rådmannsmøtet" in set(app.dataframe[1].value["Organ"])


def test_empty_store_says_what_to_upload(empty_db):
    app = open_page(empty_db.path)
    assert "Ingen møter" in headline(app)
    assert app.info and "Møter" in app.info[0].value
    assert not app.get("plotly_chart")
