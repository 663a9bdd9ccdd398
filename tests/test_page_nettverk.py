"""Nettverk through the real navigation: the headline equals network_seats / board_seats and the
vacancy dates, the sidebar year moves the date in focus, nynorsk, and an empty store says what
to upload. Every test runs on the sample's date (on_the_sample_date)."""

from __future__ import annotations

import datetime as dt

import pytest
from app_support import as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.fmt import date_text
from khs_data.metrics.board import board_seats
from khs_data.metrics.network import board_vacancies, network_seats, network_vacancies
from khs_data.metrics.overview import focus_date

PAGE = "pages/nettverk.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def test_headline_equals_the_metrics(sample_db, on_the_sample_date):
    app = open_app(sample_db.path, PAGE)
    on = focus_date(on_the_sample_date.year, on_the_sample_date)
    seats, board = network_seats(sample_db, on), board_seats(sample_db, on)
    text = headline(app)
    assert f"Per {date_text(on)} er {int((~seats['vacant']).sum())} av {len(seats)} nettverksplasser besatt" in text
    assert f"I Samarbeidsstyret er {int((~board['vacant']).sum())} av {len(board)} plasser besatt" in text
    network_vacant, board_vacant = network_vacancies(sample_db, on), board_vacancies(sample_db, on)
    assert (list(network_vacant["area"]), list(board_vacant["board_region"])) == (["Ringeriksregionen"], ["Midt-Buskerud"])
    sentences = [f"{r.area} har vært ledig siden {date_text(r.vacant_since)}" for r in network_vacant.itertuples()]
    sentences += [f"{r.board_region} har vært ledig siden {date_text(r.vacant_since)}" for r in board_vacant.itertuples()]
    assert [s for s in sentences if s not in text] == []
    assert len(app.get("plotly_chart")) == 2  # the network's and the board's history
    assert len(app.dataframe) == 2


def test_sample_facts_on_the_page(sample_db):
    """The sample data at 23.11.2026: Ringeriksregionen vacant since 01.01.2021 («Navn oppdateres»)."""
    text = headline(open_app(sample_db.path, PAGE))
    assert text.startswith("Per 23.11.2026 er 5 av 6 nettverksplasser besatt; Ringeriksregionen har vært ledig siden 01.01.2021.")
    assert "I Samarbeidsstyret er 6 av 7 plasser besatt; Midt-Buskerud har vært ledig siden 01.03.2026." in text


def test_vacant_seat_is_written_and_red(sample_db):
    app = open_app(sample_db.path, PAGE)
    cards = " ".join(m.value for m in app.markdown if "khs-seat" in m.value and "<style>" not in m.value)
    assert "khs-seat khs-seat-vacant" in cards and "✘ Ledig" in cards
    assert "Navn oppdateres" not in cards  # shown as «Ledig», not as a name


def test_sidebar_year_changes_the_date_in_focus(sample_db):
    app = open_app(sample_db.path, PAGE)
    assert headline(app).startswith("Per 23.11.2026 er ")
    app.selectbox(key="year").set_value(2021).run()
    assert not app.exception
    text = headline(app)
    assert text.startswith("Per 31.12.2021 er ")
    seats = network_seats(sample_db, dt.date(2021, 12, 31))
    assert f"{int((~seats['vacant']).sum())} av {len(seats)} nettverksplasser" in text


def test_nynorsk(sample_db):
    app = open_app(sample_db.path, PAGE, year=2021, lang="nn")
    text = headline(app)
    assert text.startswith("Per 31.12.2021 er ") and "nettverksplassar fylte" in text
    assert "har vore ledig sidan" in text


def test_empty_store_says_what_to_upload(empty_db):
    app = open_app(empty_db.path, PAGE)
    infos = " ".join(i.value for i in app.info)
    assert "nettverksrepresentanter" in infos and "styreperioder" in infos
    assert not app.get("plotly_chart")
    assert "0 av 6 nettverksplasser besatt; ingen representanter er registrert" in headline(app)
