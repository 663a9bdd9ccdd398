"""Årshjulet seen from a date, and the action plan's deadlines on it: a meeting's status is the
one decided on that date (as on Møter), and each measure's deadline is an event with its status."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import vobject

from khs_data.importer import commit_import, plan_import
from khs_data.metrics.actionplan import action_plan
from khs_data.metrics.yearwheel import EventKind, EventStatus, year_events
from khs_data.yearwheel.ics import calendar_ics, event_uid
from khs_data.yearwheel.text import calendar_json, event_body, event_title

D = dt.date
SAMPLE_TODAY = D(2026, 11, 23)
STAMP = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


def test_a_meeting_without_a_status_is_held_or_planned_as_of_the_date_seen_from(fresh_sample_db, make_csv):
    path = make_csv("moter.csv", [["Dato", "Organ", "Tittel", "Status"], ["14.09.2028", "Samarbeidsstyret", "Styremøte 3/2028", ""]])
    commit_import(fresh_sample_db, plan_import(fresh_sample_db, path, today=SAMPLE_TODAY), "test")

    def status_on(on):
        (meeting,) = of_kind(year_events(fresh_sample_db, 2028, on), EventKind.MEETING)
        return meeting.status

    assert status_on(D(2028, 6, 1)) == EventStatus.PLANNED
    assert status_on(D(2028, 10, 1)) == EventStatus.HELD


def test_the_action_plans_deadlines_are_on_the_wheel_with_their_status(sample_db):
    events = year_events(sample_db, 2026, SAMPLE_TODAY)
    deadlines = {e.facts["measure"]: e for e in of_kind(events, EventKind.MEASURE_DEADLINE)}
    plan = action_plan(sample_db, 2026, SAMPLE_TODAY).measures
    assert set(deadlines) == set(plan["measure"])
    overdue = {name for name, e in deadlines.items() if e.status == EventStatus.OVERDUE}
    assert (
        overdue
        == set(plan.loc[plan["overdue"], "measure"])
        == {"Felles rekrutteringskampanje for sykepleiere", "Ta i bruk felles kvalitetsindikatorer for ØHD-senger i alle kommuner"}
    )
    campaign = deadlines["Felles rekrutteringskampanje for sykepleiere"]
    assert campaign.date == D(2026, 6, 15)
    assert event_title(campaign) == "Frist for tiltaket «Felles rekrutteringskampanje for sykepleiere»"
    assert event_body(campaign) == ("Handlingsplanen 2026, fokusområde Rekruttering og kompetanse. Status: utsatt. Ansvarlig: Styreleder.")
    assert "Status: utsett. Ansvarleg: Styreleder." in event_body(campaign, "nn")
    assert deadlines["Felles innkjøp av velferdsteknologi for små kommuner"].status == EventStatus.DONE
    assert deadlines["Oppfølgingsmøte i BPA-nettverket med leverandørene"].status == EventStatus.CANCELLED
    assert deadlines["Kartlegge behovet for digital legevaktformidling"].status == EventStatus.UPCOMING


def test_measure_deadlines_agree_in_json_and_in_both_calendar_parsers(sample_db):
    events = year_events(sample_db, 2026, SAMPLE_TODAY)
    shown = [e for e in calendar_json(2026, events)["events"] if e["kind"] == "tiltaksfrist"]
    ics = calendar_ics(2026, events, "nb", STAMP)
    entries = [e for e in icalendar.Calendar.from_ical(ics).walk("VEVENT") if str(e["SUMMARY"]).startswith("Frist for tiltaket")]
    second = [e for e in vobject.readOne(ics.decode()).vevent_list if e.summary.value.startswith("Frist for tiltaket")]
    assert len(shown) == len(entries) == len(second) == 10
    assert {(e["date"], e["title"]) for e in shown} == {(e.decoded("DTSTART").isoformat(), str(e["SUMMARY"])) for e in entries}
    assert {(e.dtstart.value.isoformat(), e.summary.value) for e in second} == {(e["date"], e["title"]) for e in shown}
    assert all(str(e["TRANSP"]) == "TRANSPARENT" and not isinstance(e.decoded("DTSTART"), dt.datetime) for e in entries)


def test_a_measure_given_a_new_deadline_keeps_its_calendar_entry(sample_db, fresh_sample_db, make_csv):
    before = {e.facts["measure"]: e for e in of_kind(year_events(sample_db, 2026, SAMPLE_TODAY), EventKind.MEASURE_DEADLINE)}
    path = make_csv(
        "handlingsplan.csv",
        [
            ["År", "Fokusområde", "Tiltak", "Ansvarlig", "Frist", "Status"],
            ["2026", "Rekruttering og kompetanse", "Felles rekrutteringskampanje for sykepleiere", "Styreleder", "15.12.2026", "utsatt"],
        ],
    )
    commit_import(fresh_sample_db, plan_import(fresh_sample_db, path, today=SAMPLE_TODAY), "test")
    after = {e.facts["measure"]: e for e in of_kind(year_events(fresh_sample_db, 2026, SAMPLE_TODAY), EventKind.MEASURE_DEADLINE)}
    moved = after["Felles rekrutteringskampanje for sykepleiere"]
    assert (moved.date, moved.status) == (D(2026, 12, 15), EventStatus.UPCOMING)
    assert event_uid(moved) == event_uid(before["Felles rekrutteringskampanje for sykepleiere"])


def test_a_measure_of_last_years_plan_due_this_year_is_on_this_years_wheel(fresh_sample_db, make_csv):
    path = make_csv(
        "handlingsplan.csv",
        [
            ["År", "Fokusområde", "Tiltak", "Ansvarlig", "Frist", "Status"],
            ["2025", "Helhetlige pasientforløp", "Evaluere felles utskrivningsrutiner", "OSU-sekretariatet", "28.02.2026", "pågår"],
        ],
    )
    commit_import(fresh_sample_db, plan_import(fresh_sample_db, path, today=SAMPLE_TODAY), "test")
    found = [
        e for e in of_kind(year_events(fresh_sample_db, 2026, SAMPLE_TODAY), EventKind.MEASURE_DEADLINE) if e.facts["plan_year"] == 2025
    ]
    assert [(e.date, e.facts["measure"], e.status) for e in found] == [
        (D(2026, 2, 28), "Evaluere felles utskrivningsrutiner", EventStatus.OVERDUE)
    ]
    on_2025 = {e.facts["measure"] for e in of_kind(year_events(fresh_sample_db, 2025, SAMPLE_TODAY), EventKind.MEASURE_DEADLINE)}
    assert "Evaluere felles utskrivningsrutiner" not in on_2025 and "Kartlegge bruken av ØHD-senger" in on_2025


def test_overdue_measures_have_their_own_marker_on_the_wheel(sample_db):
    from khs_data.charts.yearwheel import year_wheel

    events = year_events(sample_db, 2026, SAMPLE_TODAY)
    figure = year_wheel(events, 2026, SAMPLE_TODAY, "nb")
    traces = {t.name: t for t in figure.data if t.type == "scatterpolar" and t.mode == "markers"}
    overdue = traces["Tiltaksfrist – forfalt"]
    assert sorted(events[int(point[0])].facts["measure"] for point in overdue.customdata) == [
        "Felles rekrutteringskampanje for sykepleiere",
        "Ta i bruk felles kvalitetsindikatorer for ØHD-senger i alle kommuner",
    ]
    assert overdue.marker.color != traces["Tiltaksfrist"].marker.color
    assert len(traces["Tiltaksfrist"].customdata) == 8


def test_a_year_before_any_meeting_minimum_has_no_gaps_and_no_failure(sample_db, capsys):
    from khs_data.cli import main

    assert main(["--db", str(sample_db.path), "calendar", "--year", "1990", "--on", "2026-11-23", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["year"] == 1990
    assert {e["kind"] for e in document["events"]} == {"kontingentfrist", "folketallsdato", "oppsigelsesfrist"}
