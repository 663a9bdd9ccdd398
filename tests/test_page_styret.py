"""Styret through the real navigation: headline figures from the metrics, the date input and the
sidebar year change what is shown, both languages, and an empty store shows what to upload.
Every test runs on the sample's date (on_the_sample_date), so no verdict depends on the calendar."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from app_support import as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.fmt import date_text
from khs_data.metrics.board import board_seats
from khs_data.metrics.board_checks import board_checks
from khs_data.metrics.overview import focus_date
from khs_data.wording import check_reason

PAGE = "pages/styret.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def checks_shown(app) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m.value) for m in app.markdown if "<div class='khs-check" in m.value]


def expected_headline_figures(db, on: dt.date) -> tuple[int, int, int, list[str]]:
    seats = board_seats(db, on)
    return (int((~seats["vacant"]).sum()), len(seats), int(seats["ends_soon"].sum()), seats.loc[seats["vacant"], "board_region"].tolist())


def test_headline_equals_the_metrics_today(sample_db, on_the_sample_date):
    app = open_app(sample_db.path, PAGE)
    on = focus_date(on_the_sample_date.year, on_the_sample_date)
    filled, seats, ending, vacant = expected_headline_figures(sample_db, on)
    assert (filled, seats, ending, vacant) == (6, 7, 4, ["Midt-Buskerud"])  # the sample's date: a vacancy and several endings
    text = headline(app)
    assert f"{filled} av {seats} plasser besatt per {date_text(on)}" in text
    assert vacant[0] in text
    assert f"{ending} perioder går ut innen 6 måneder." in text
    assert len(app.get("plotly_chart")) == 1
    leader, deputy = app.metric
    assert leader.label == "Leder" and deputy.label == "Nestleder"


def test_checks_follow_the_metric(sample_db, on_the_sample_date):
    app = open_app(sample_db.path, PAGE)
    expected = board_checks(sample_db, focus_date(on_the_sample_date.year, on_the_sample_date))
    shown = checks_shown(app)
    assert len(shown) == len(expected) >= 5
    assert [check_reason(c) for c, text in zip(expected, shown) if check_reason(c) not in text] == []
    verdicts = [("Oppfylt" in text and "Ikke oppfylt" not in text) for text in shown]
    assert verdicts == [c.ok for c in expected]
    assert True in verdicts and False in verdicts  # the sample's date shows both kinds
    assert any("Regel brukt:" in c.value for c in app.caption)


def test_date_input_changes_what_is_shown(sample_db, on_the_sample_date):
    app = open_app(sample_db.path, PAGE)
    app.date_input(key=f"board-on-{on_the_sample_date.year}").set_value(dt.date(2022, 6, 1)).run()
    assert not app.exception
    filled, seats, _, _ = expected_headline_figures(sample_db, dt.date(2022, 6, 1))
    assert f"{filled} av {seats} plasser besatt per 01.06.2022" in headline(app)
    too_long = [c for c in checks_shown(app) if "Virketid" in c]
    assert too_long and "Ikke oppfylt" in too_long[0] and "Jonas Skisserud" in too_long[0]


def test_sidebar_year_moves_the_date_to_that_years_end(sample_db):
    app = open_app(sample_db.path, PAGE)
    app.selectbox(key="year").set_value(2022).run()
    assert not app.exception
    assert app.date_input(key="board-on-2022").value == dt.date(2022, 12, 31)
    filled, seats, _, _ = expected_headline_figures(sample_db, dt.date(2022, 12, 31))
    assert f"{filled} av {seats} plasser besatt per 31.12.2022" in headline(app)


def test_nynorsk(sample_db):
    app = open_app(sample_db.path, PAGE, lang="nn")
    assert "plassar" in headline(app)
    assert app.metric[0].label == "Leiar"
    assert any("Nestleiar" in c for c in checks_shown(app))


def test_empty_store_says_what_to_upload(empty_db):
    app = open_app(empty_db.path, PAGE)
    assert "Ingen styreperioder" in headline(app)
    assert app.info and "Styreperioder" in app.info[0].value
    assert not app.get("plotly_chart")
