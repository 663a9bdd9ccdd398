"""Styret through the real navigation: headline figures from the metrics, the date input and the
sidebar year change what is shown, both languages, and an empty store shows what to upload."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.scriptrunner import script_runner
from streamlit.testing.v1 import AppTest

from khs_data.fmt import date_text
from khs_data.metrics.board import board_checks, board_seats
from khs_data.metrics.overview import focus_date

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")
PAGE = "pages/styret.py"


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


def checks_shown(app: AppTest) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m.value) for m in app.markdown if "<div class='khs-check" in m.value]


def expected_headline_figures(db, on: dt.date) -> tuple[int, int, int, list[str]]:
    seats = board_seats(db, on)
    return (int((~seats["vacant"]).sum()), len(seats), int(seats["ends_soon"].sum()),
            seats.loc[seats["vacant"], "board_region"].tolist())


def test_headline_equals_the_metrics_today(sample_db):
    app = open_page(sample_db.path)
    on = focus_date(dt.date.today().year, dt.date.today())
    filled, seats, ending, vacant = expected_headline_figures(sample_db, on)
    text = headline(app)
    assert f"{filled} av {seats} plasser besatt per {date_text(on)}" in text
    assert all(region in text for region in vacant)
    assert (f"{ending} perioder går ut" in text) if ending > 1 else True
    assert len(app.get("plotly_chart")) == 1
    leader, deputy = app.metric
    assert leader.label == "Leder" and deputy.label == "Nestleder"


def test_checks_follow_the_metric(sample_db):
    app = open_page(sample_db.path)
    on = focus_date(dt.date.today().year, dt.date.today())
    expected = board_checks(sample_db, on)
    shown = checks_shown(app)
    assert len(shown) == len(expected)
    for text, row in zip(shown, expected.itertuples()):
        assert row.reason in text
        assert ("Oppfylt" in text and "Ikke oppfylt" not in text) == bool(row.ok)
    assert any("Regel brukt:" in c.value for c in app.caption)


def test_date_input_changes_what_is_shown(sample_db):
    app = open_page(sample_db.path)
    year = dt.date.today().year
    app.date_input(key=f"board-on-{year}").set_value(dt.date(2022, 6, 1)).run()
    assert not app.exception
    filled, seats, _, _ = expected_headline_figures(sample_db, dt.date(2022, 6, 1))
    assert f"{filled} av {seats} plasser besatt per 01.06.2022" in headline(app)
    too_long = [c for c in checks_shown(app) if "Virketid" in c]
    assert too_long and "Ikke oppfylt" in too_long[0] and "Jonas Skisserud" in too_long[0]


def test_sidebar_year_moves_the_date_to_that_years_end(sample_db):
    app = open_page(sample_db.path)
    app.selectbox(key="year").set_value(2022).run()
    assert not app.exception
    assert app.date_input(key="board-on-2022").value == dt.date(2022, 12, 31)
    filled, seats, _, _ = expected_headline_figures(sample_db, dt.date(2022, 12, 31))
    assert f"{filled} av {seats} plasser besatt per 31.12.2022" in headline(app)


def test_nynorsk(sample_db):
    app = open_page(sample_db.path, lang="nn")
    assert "plassar" in headline(app)
    assert app.metric[0].label == "Leiar"
    assert any("Nestleiar" in c for c in checks_shown(app))


def test_empty_store_says_what_to_upload(empty_db):
    app = open_page(empty_db.path)
    assert "Ingen styreperioder" in headline(app)
    assert app.info and "Styreperioder" in app.info[0].value
    assert not app.get("plotly_chart")
