"""Nettverk through the real navigation: the headline equals network_seats / board_seats and the
vacancy dates, the sidebar year moves the date in focus, nynorsk, and an empty store says what
to upload."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.scriptrunner import script_runner
from streamlit.testing.v1 import AppTest

from khs_data.bootstrap import init_database
from khs_data.database import Database
from khs_data.fmt import date_text
from khs_data.metrics.board import board_seats
from khs_data.metrics.network import board_vacancies, network_seats, network_vacancies
from khs_data.metrics.overview import focus_date

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")
PAGE = "pages/nettverk.py"


@pytest.fixture(scope="module")
def network_db(tmp_path_factory) -> Database:
    db = Database(tmp_path_factory.mktemp("nettverk") / "khs.duckdb")
    init_database(db, sample=True)
    return db


@pytest.fixture(scope="module")
def bare_db(tmp_path_factory) -> Database:
    """Members and rules only: no network representatives, no board terms."""
    db = Database(tmp_path_factory.mktemp("nettverk-tom") / "khs.duckdb")
    init_database(db)
    return db


@pytest.fixture(autouse=True)
def _as_a_running_server(monkeypatch):
    """Run dashboard.py around the page as a server does once st.navigation has run (AppTest would
    otherwise run the page file alone, as Streamlit's folder-based pages do)."""
    monkeypatch.setattr(script_runner, "_mpa_v1", _run_main_script)
    monkeypatch.delenv("KHS_DB", raising=False)  # open_page sets it; put back as it was afterwards


def _run_main_script(main_script_path: str) -> None:
    code = compile(Path(main_script_path).read_text(encoding="utf-8"), main_script_path, "exec")
    exec(code, {"__name__": "__main__", "__file__": main_script_path})  # noqa: S102 - the app's own script


def open_page(db: Database, year: int | None = None, lang: str | None = None) -> AppTest:
    os.environ["KHS_DB"] = str(db.path)
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


def headline(app: AppTest) -> str:
    found = [m.value for m in app.markdown if "data-testid='khs-headline'" in m.value]
    assert found, "no headline"
    return re.sub(r"<[^>]+>", "", found[0]).replace("\u00a0", " ")


def test_headline_equals_the_metrics(network_db):
    app = open_page(network_db)
    on = focus_date(dt.date.today().year, dt.date.today())
    seats, board = network_seats(network_db, on), board_seats(network_db, on)
    text = headline(app)
    assert f"Per {date_text(on)} er {int((~seats['vacant']).sum())} av {len(seats)} nettverksplasser besatt" in text
    assert f"I Samarbeidsstyret er {int((~board['vacant']).sum())} av {len(board)} plasser besatt" in text
    for row in network_vacancies(network_db, on).itertuples():
        assert f"{row.area} har vært ledig siden {date_text(row.vacant_since)}" in text
    for row in board_vacancies(network_db, on).itertuples():
        assert f"{row.board_region} har vært ledig siden {date_text(row.vacant_since)}" in text
    assert len(app.get("plotly_chart")) == 2  # the network's and the board's history
    assert len(app.dataframe) == 2


def test_sample_facts_on_the_page(network_db):
    """The sample data at 23.11.2026: Ringeriksregionen vacant since 01.01.2021 («Navn oppdateres»)."""
    if dt.date.today() != dt.date(2026, 11, 23):
        pytest.skip("the sample facts are stated for 23.11.2026")
    text = headline(open_page(network_db))
    assert text.startswith("Per 23.11.2026 er 5 av 6 nettverksplasser besatt; Ringeriksregionen har vært ledig siden 01.01.2021.")
    assert "I Samarbeidsstyret er 6 av 7 plasser besatt; Midt-Buskerud har vært ledig siden 01.03.2026." in text


def test_vacant_seat_is_written_and_red(network_db):
    app = open_page(network_db)
    cards = " ".join(m.value for m in app.markdown if "khs-seat" in m.value and "<style>" not in m.value)
    assert "khs-seat khs-seat-vacant" in cards and "✘ Ledig" in cards
    assert "Navn oppdateres" not in cards  # shown as «Ledig», not as a name


def test_sidebar_year_changes_the_date_in_focus(network_db):
    app = open_page(network_db)
    assert f"Per {date_text(dt.date.today())}" in headline(app)
    app.selectbox(key="year").set_value(2021).run()
    assert not app.exception
    text = headline(app)
    assert text.startswith("Per 31.12.2021 er ")
    seats = network_seats(network_db, dt.date(2021, 12, 31))
    assert f"{int((~seats['vacant']).sum())} av {len(seats)} nettverksplasser" in text


def test_nynorsk(network_db):
    app = open_page(network_db, year=2021, lang="nn")
    text = headline(app)
    assert text.startswith("Per 31.12.2021 er ") and "nettverksplassar fylte" in text
    assert "har vore ledig sidan" in text


def test_empty_store_says_what_to_upload(bare_db):
    app = open_page(bare_db)
    infos = " ".join(i.value for i in app.info)
    assert "nettverksrepresentanter" in infos and "styreperioder" in infos
    assert not app.get("plotly_chart")
    assert "0 av 6 nettverksplasser besatt; ingen representanter er registrert" in headline(app)
