"""Årshjul through the real navigation: the wheel and the table show the same events as the JSON
and the .ics, in both languages, and the year in the sidebar decides the year on the wheel."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest
import vobject
from app_support import SAMPLE_TODAY, as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.fmt import date_text
from khs_data.metrics.yearwheel import year_events
from khs_data.yearwheel.ics import calendar_ics
from khs_data.yearwheel.text import calendar_json

PAGE = "pages/arshjul.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def page_rows(app) -> list[tuple[str, str, str]]:
    """(date, title, details) of the page's table, dates as the page writes them."""
    listed = app.dataframe[0].value
    return [(date_text(d), title, body) for d, title, body in zip(listed["Dato"], listed["Hendelse"], listed["Detaljer"])]


def test_the_page_the_ics_and_the_json_agree_on_the_sample_data(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    events = year_events(sample_db, 2026, SAMPLE_TODAY)
    from_page = page_rows(app)
    document = calendar_json(2026, events)
    from_json = [(date_text(dt.date.fromisoformat(e["date"])), e["title"], e["body"]) for e in document["events"]]
    ics = calendar_ics(2026, events, "nb")
    by_icalendar = [
        (date_text(e["DTSTART"].dt), str(e["SUMMARY"]), str(e["DESCRIPTION"])) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")
    ]
    by_vobject = [(date_text(e.dtstart.value), e.summary.value, e.description.value) for e in vobject.readOne(ics.decode()).vevent_list]
    assert len(from_page) == 24
    assert from_page == from_json == by_icalendar == by_vobject


def test_the_wheel_has_a_marker_for_every_row_of_the_table(sample_db):
    app = open_app(sample_db.path, PAGE, year=2027)
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    markers = [t for t in spec["data"] if t["type"] == "scatterpolar" and t["mode"] == "markers"]
    shown = sorted(point[0] for t in markers for point in t["customdata"])
    assert shown == list(range(len(app.dataframe[0].value)))


def test_the_headline_names_the_next_event_and_the_gaps(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    assert headline(app) == "2026 har 24 hendelser i årshjulet. Neste: Styremøte 4/2026 – handlingsplan 2027 (10.12.2026)."
    app = open_app(sample_db.path, PAGE, year=2027)
    text = headline(app)
    assert "Neste: Folketall per 01.01.2027." in text
    assert text.endswith("Dialogmøtet: 1 møte mangler dato. 2 styremøter mangler dato.")


def test_a_past_year_counts_what_it_held(sample_db):
    app = open_app(sample_db.path, PAGE, year=2020)
    assert headline(app).startswith("2020 hadde")
    assert "avlyst" in set(app.dataframe[0].value["Status"])


def test_the_sidebar_year_changes_the_wheel(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    app.selectbox(key="year").set_value(2025).run()
    assert not app.exception
    assert headline(app).startswith("2025 hadde")
    assert all(d.year == 2025 for d in app.dataframe[0].value["Dato"])


def test_nynorsk(sample_db):
    app = open_app(sample_db.path, PAGE, year=2027, lang="nn")
    text = headline(app)
    assert "hendingar" in text and "2 styremøte manglar dato." in text
    listed = app.dataframe[0].value
    assert "Hending" in listed.columns and "Manglar møte" in set(listed["Type"])


def test_the_calendar_download_is_offered(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    buttons = [b for b in app.get("download_button") if b.proto.label == "Legg i kalender"]
    assert len(buttons) == 1


def test_an_empty_store_still_shows_the_rules_deadlines(empty_db):
    app = open_app(empty_db.path, PAGE, year=2026)
    kinds = set(app.dataframe[0].value["Type"])
    assert kinds == {"Folketallsdato", "Kontingentfrist", "Oppsigelsesfrist", "Mangler møte"}


def test_the_moter_page_offers_the_same_calendar(sample_db):
    app = open_app(sample_db.path, "pages/moter.py", year=2026)
    assert [b.proto.label for b in app.get("download_button")].count("Legg i kalender") == 1
