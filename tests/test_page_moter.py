"""Møter through the real navigation: the headline equals meeting_compliance, the sidebar year
changes the detail, both languages, and an empty store shows what to upload. Every test runs on
the sample's date (on_the_sample_date): whether a year's minimum "kan nås" depends on the day."""

from __future__ import annotations

import pytest
from app_support import SAMPLE_TODAY, as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.metrics.meetings import meeting_compliance, meetings
from khs_data.vocabulary import BOARD

PAGE = "pages/moter.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def board_row(db, year: int):
    compliance = meeting_compliance(db, year, SAMPLE_TODAY)
    return compliance[compliance["body"] == BOARD].iloc[0]


def test_headline_equals_compliance_this_year(sample_db):
    year = SAMPLE_TODAY.year
    app = open_app(sample_db.path, PAGE)
    row = board_row(sample_db, year)
    assert (row.held, row.required_min, row.compliant, row.can_still_comply) == (3, 4, False, True)  # one planned meeting left
    text = headline(app)
    assert text.startswith(f"Samarbeidsstyret har holdt {row.held} av minst {row.required_min} møter i {year}")
    assert "kan nås" in text
    assert len(app.get("plotly_chart")) == 2  # heat map and the year by quarter


def test_sidebar_year_changes_headline_and_list(sample_db):
    app = open_app(sample_db.path, PAGE)
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
    app = open_app(sample_db.path, PAGE, year=2020)
    text = headline(app)
    compliance = meeting_compliance(sample_db, 2020, SAMPLE_TODAY)
    missed = compliance[~compliance["compliant"] & (compliance["body"] != BOARD)]
    assert list(missed["body"]) == ["Dialogmøtet"]  # its only meeting that year was cancelled
    assert f"{missed.iloc[0].held} av {missed.iloc[0].required_min}" in text
    statuses = set(app.dataframe[0].value["Status"])
    assert "avlyst" in statuses


def test_nynorsk(sample_db):
    app = open_app(sample_db.path, PAGE, lang="nn")
    assert "har halde" in headline(app)
    assert "Haldne" in app.dataframe[1].value.columns  # the table of all years
    assert "Ordførar- og rådmannsmøtet" in set(app.dataframe[1].value["Organ"])


def test_empty_store_says_what_to_upload(empty_db):
    app = open_app(empty_db.path, PAGE)
    assert "Ingen møter" in headline(app)
    assert app.info and "Møter" in app.info[0].value
    assert not app.get("plotly_chart")
