"""Årshjulet: the year's events from the data and the rules, rendered as JSON and as an iCalendar
file that two independent parsers (icalendar, vobject) read the same way, and as the wheel."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from khs_data.charts.yearwheel import angle, year_wheel
from khs_data.metrics.yearwheel import EventKind, EventStatus, PeriodOf, year_events
from khs_data.yearwheel.ics import calendar_ics, event_uid
from khs_data.yearwheel.text import calendar_json, event_body, event_title

D = dt.date
SAMPLE_TODAY = D(2026, 11, 23)
STAMP = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture(scope="module")
def events_2026(sample_db):
    return year_events(sample_db, 2026, SAMPLE_TODAY)


@pytest.fixture(scope="module")
def events_2027(sample_db):
    return year_events(sample_db, 2027, SAMPLE_TODAY)


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


# -- the events ------------------------------------------------------------------------------------


def test_every_kind_of_the_rules_is_on_the_wheel(events_2026):
    kinds = {e.kind for e in events_2026}
    assert kinds == {
        EventKind.DUES,
        EventKind.MEETING,
        EventKind.PERIOD_END,
        EventKind.NOTICE,
        EventKind.POPULATION,
        EventKind.MEASURE_DEADLINE,
    }
    assert [e.date for e in events_2026] == sorted(e.date for e in events_2026)


def test_the_dues_deadline_says_who_has_paid(events_2026):
    (dues,) = of_kind(events_2026, EventKind.DUES)
    assert dues.date == D(2026, 1, 15) and dues.status == EventStatus.PASSED
    assert (dues.facts["billed"], dues.facts["paid"], dues.facts["total_nok"]) == (21, 19, 1519776)
    assert event_body(dues) == "kr 3 per innbygger × folketall per 01.01.2025: kr 1 519 776 fra 21 kommuner. 19 av 21 har betalt."


def test_the_population_date_and_the_notice_deadline(events_2026):
    (population,) = of_kind(events_2026, EventKind.POPULATION)
    assert population.date == D(2026, 1, 1) and population.facts["dues_year"] == 2027
    (notice,) = of_kind(events_2026, EventKind.NOTICE)
    assert notice.date == D(2026, 12, 31) and notice.status == EventStatus.UPCOMING
    assert notice.facts["leaving_date"] == D(2027, 7, 1)
    assert event_title(notice) == "Siste dag for oppsigelse med uttreden 01.07.2027"
    assert "Varslet i 2026: Flå (15.09.2026, går ut 01.07.2027)." in event_body(notice)


def test_meetings_with_their_status_and_time(events_2026):
    meetings = of_kind(events_2026, EventKind.MEETING)
    assert len(meetings) == 6
    planned = meetings[-1]
    assert (planned.date, planned.status, planned.start, planned.end) == (D(2026, 12, 10), EventStatus.PLANNED, dt.time(10), dt.time(14))
    assert event_body(planned) == "Samarbeidsstyret, planlagt. Kl. 10.00–14.00. Sted: Bærum rådhus, Sandvika."
    assert {m.status for m in meetings[:-1]} == {EventStatus.HELD}


def test_ends_of_terms_with_successors(events_2026):
    ends = {e.facts["person"]: e for e in of_kind(events_2026, EventKind.PERIOD_END) if e.facts["of"] == PeriodOf.BOARD_TERM}
    assert ends["Turid Plassholder"].date == D(2026, 2, 28)
    assert event_body(ends["Turid Plassholder"]).endswith("Ingen etterfølger er registrert ennå.")
    assert event_body(ends["Kari Testmo"]) == "Samarbeidsstyret, Ringeriksregionen, leder. Etterfølger: Petter Oppdiktrud (Hole)."
    assert event_body(ends["Solveig Fiktivdal"]).endswith("Gjenvalgt for en ny periode.")


def test_board_meetings_without_a_date_are_gaps(events_2027):
    missing = {e.facts["body"]: e for e in of_kind(events_2027, EventKind.MISSING_MEETING)}
    board = missing["Samarbeidsstyret"]
    assert (board.date, board.status, board.facts["missing"], board.facts["required"]) == (D(2027, 12, 31), EventStatus.MISSING, 2, 4)
    assert event_title(board) == "2 styremøter mangler dato"
    assert event_title(board, "nn") == "2 styremøte manglar dato"
    assert event_title(missing["Dialogmøtet"]) == "Dialogmøtet: 1 møte mangler dato"
    assert "Ordfører- og rådmannsmøtet" not in missing  # planned for 18.03.2027


def test_a_year_that_is_over_shows_the_shortfall(sample_db):
    events = year_events(sample_db, 2023, SAMPLE_TODAY)
    (board,) = [e for e in of_kind(events, EventKind.MISSING_MEETING) if e.facts["body"] == "Samarbeidsstyret"]
    assert event_title(board) == "Samarbeidsstyret: 1 møte færre enn kravet i 2023"
    assert event_title(board, "nn") == "Samarbeidsstyret: 1 møte færre enn kravet i 2023"


def test_a_member_leaving_and_the_agreement_period_ending_are_ends_of_periods(sample_db, events_2027):
    (leaving,) = [e for e in of_kind(events_2027, EventKind.PERIOD_END) if e.facts["of"] == PeriodOf.MEMBERSHIP]
    assert (leaving.date, event_title(leaving)) == (D(2027, 7, 1), "Flå går ut av KHS")
    (period,) = [
        e for e in of_kind(year_events(sample_db, 2023, SAMPLE_TODAY), EventKind.PERIOD_END) if e.facts["of"] == PeriodOf.AGREEMENT
    ]
    assert period.date == D(2023, 1, 1)
    assert event_body(period) == "Avtalen gjelder videre inntil ny avtale foreligger."


def test_an_empty_store_still_has_the_rules_deadlines(empty_db):
    events = year_events(empty_db, 2026, SAMPLE_TODAY)
    assert {e.kind for e in events} == {EventKind.DUES, EventKind.NOTICE, EventKind.POPULATION, EventKind.MISSING_MEETING}
    assert event_body(of_kind(events, EventKind.DUES)[0]).endswith("men folketallet for den datoen mangler.")


# -- JSON ------------------------------------------------------------------------------------------


def test_json_has_exactly_the_contract_keys(events_2027):
    document = calendar_json(2027, events_2027)
    assert set(document) == {"year", "events"} and document["year"] == 2027
    assert all(set(e) == {"date", "kind", "title", "body", "status"} for e in document["events"])
    assert len(document["events"]) == len(events_2027)
    kinds = {e["kind"] for e in document["events"]}
    assert kinds <= {"kontingentfrist", "møte", "periodeslutt", "oppsigelsesfrist", "folketallsdato", "mangler_møte"}
    assert {"date": "2027-12-31", "kind": "mangler_møte", "status": "mangler"}.items() <= next(
        e for e in document["events"] if e["title"] == "2 styremøter mangler dato"
    ).items()


# -- iCalendar -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ics_2026(events_2026):
    return calendar_ics(2026, events_2026, "nb", STAMP)


def test_the_file_is_valid_for_icalendar_with_one_vevent_per_event(ics_2026, events_2026):
    calendar = icalendar.Calendar.from_ical(ics_2026)
    entries = calendar.walk("VEVENT")
    assert len(entries) == len(events_2026)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]).startswith("-//Kommunehelsesamarbeidet")
    assert [str(e["SUMMARY"]) for e in entries] == [event_title(e) for e in events_2026]
    assert all(e["DTSTAMP"].dt == STAMP for e in entries)
    assert len({str(e["UID"]) for e in entries}) == len(entries)


def test_deadlines_are_all_day_and_meetings_with_a_time_are_timed(ics_2026, events_2026):
    entries = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(ics_2026).walk("VEVENT")}
    (dues,) = of_kind(events_2026, EventKind.DUES)
    entry = entries[event_uid(dues)]
    assert type(entry["DTSTART"].dt) is dt.date and entry["DTSTART"].dt == D(2026, 1, 15)
    assert entry["DTEND"].dt == D(2026, 1, 16) and str(entry["TRANSP"]) == "TRANSPARENT"
    planned = of_kind(events_2026, EventKind.MEETING)[-1]
    entry = entries[event_uid(planned)]
    assert entry["DTSTART"].dt == dt.datetime(2026, 12, 10, 10, 0, tzinfo=OSLO)
    assert entry["DTEND"].dt == dt.datetime(2026, 12, 10, 14, 0, tzinfo=OSLO)
    assert str(entry["LOCATION"]) == "Bærum rådhus, Sandvika" and str(entry["STATUS"]) == "CONFIRMED"
    assert entry["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert [tz["TZID"] for tz in icalendar.Calendar.from_ical(ics_2026).walk("VTIMEZONE")] == ["Europe/Oslo"]


def test_a_second_parser_reads_the_same_events(ics_2026, events_2026):
    calendar = vobject.readOne(ics_2026.decode("utf-8"))
    read = [(e.uid.value, e.summary.value, e.dtstart.value, e.description.value) for e in calendar.vevent_list]
    expected = [
        (event_uid(e), event_title(e), dt.datetime.combine(e.date, e.start, OSLO) if e.start else e.date, event_body(e))
        for e in events_2026
    ]
    assert read == expected


def test_uids_are_stable_so_a_calendar_updates_instead_of_duplicating(sample_db, fresh_sample_db, make_csv, events_2026):
    later = dt.datetime(2027, 1, 5, 8, 0, tzinfo=dt.UTC)
    again = calendar_ics(2026, year_events(sample_db, 2026, SAMPLE_TODAY), "nb", later)
    first = {
        str(e["UID"]): str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(calendar_ics(2026, events_2026, "nb", STAMP)).walk("VEVENT")
    }
    second = {str(e["UID"]): str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(again).walk("VEVENT")}
    assert first == second
    # A meeting renamed and moved to another place keeps its UID: same date and body.
    from khs_data.importer import commit_import, plan_import

    path = make_csv(
        "moter.csv",
        [
            ["Dato", "Organ", "Tittel", "Status", "Sted"],
            ["10.12.2026", "Samarbeidsstyret", "Styremøte 4/2026 (flyttet)", "planlagt", "Asker rådhus"],
        ],
    )
    commit_import(fresh_sample_db, plan_import(fresh_sample_db, path, today=SAMPLE_TODAY), "test")
    moved = {
        str(e["UID"]): str(e["SUMMARY"])
        for e in icalendar.Calendar.from_ical(calendar_ics(2026, year_events(fresh_sample_db, 2026, SAMPLE_TODAY), "nb", later)).walk(
            "VEVENT"
        )
    }
    planned = event_uid(of_kind(events_2026, EventKind.MEETING)[-1])
    assert set(moved) == set(first) and moved[planned] == "Styremøte 4/2026 (flyttet)"


def test_a_cancelled_meeting_is_cancelled_in_the_calendar(sample_db):
    events = year_events(sample_db, 2020, SAMPLE_TODAY)
    entries = icalendar.Calendar.from_ical(calendar_ics(2020, events, "nn", STAMP)).walk("VEVENT")
    cancelled = [e for e in entries if str(e.get("STATUS")) == "CANCELLED"]
    assert [str(e["SUMMARY"]) for e in cancelled] == ["Styremøte 2/2020", "Dialogmøte med styret i Vestre Viken 2020"]
    assert "avlyst" in str(cancelled[0]["DESCRIPTION"])
    assert not icalendar.Calendar.from_ical(calendar_ics(2020, events, "nn", STAMP)).walk("VTIMEZONE")  # no times known in 2020


# -- the wheel -------------------------------------------------------------------------------------


def test_the_wheel_has_one_marker_per_event_at_its_day(events_2027):
    figure = year_wheel(events_2027, 2027, SAMPLE_TODAY, "nb", "tittel")
    markers = [t for t in figure.data if t.type == "scatterpolar" and t.mode == "markers"]
    indexes = sorted(c[0] for t in markers for c in t.customdata)
    assert indexes == list(range(len(events_2027)))
    for trace in markers:
        for theta, (index, hover) in zip(trace.theta, trace.customdata):
            assert theta == angle(events_2027[index].date)
            assert event_title(events_2027[index]) in hover
    assert not [t for t in figure.data if t.type == "scatterpolar" and t.mode == "lines"]  # today (2026) is not in 2027


def test_january_first_is_at_the_top_and_the_year_goes_clockwise():
    assert angle(D(2026, 1, 1)) == pytest.approx(360 * 0.5 / 365)
    assert angle(D(2026, 7, 2)) == pytest.approx(180, abs=1)
    assert angle(D(2024, 12, 31)) == pytest.approx(360 * 365.5 / 366)
