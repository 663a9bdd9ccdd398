"""Årshjulet: every dated event of a year that the data and the agreement's rules give — the dues
deadline, meetings, board meetings the minimum still needs, ends of terms, seats, membership and
the agreement's period, the notice deadline, the population basis date and the action plan's
deadlines.

Events are facts (date, kind, status, codes, names and numbers), never sentences: the page, the
calendar file and the JSON render the same list. Each source is one small function in SOURCES.
A meeting's status is the one decided on the date the wheel is seen from (metrics.meetings), as
on every other page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import pandas as pd

from ..database import Database
from ..rules import RuleMissing, Rules, load_rules
from ..statuses import MeasureStatus, MeetingStatus
from ..vocabulary import is_vacant
from .actionplan import action_plan, plan_years
from .agreements import agreements
from .board import board_terms
from .dues import dues_for_year
from .meetings import meetings
from .members import members
from .network import network_history


class EventKind(StrEnum):
    """The contract's words for the kinds of event (`calendar --json`)."""

    DUES = "kontingentfrist"
    MEETING = "møte"
    PERIOD_END = "periodeslutt"
    NOTICE = "oppsigelsesfrist"
    POPULATION = "folketallsdato"
    MISSING_MEETING = "mangler_møte"
    MEASURE_DEADLINE = "tiltaksfrist"  # a measure of the action plan is due


class EventStatus(StrEnum):
    HELD = MeetingStatus.HELD.value
    PLANNED = MeetingStatus.PLANNED.value
    CANCELLED = MeetingStatus.CANCELLED.value  # a meeting, or a measure called off
    MISSING = "mangler"  # meetings the minimum needs that have no date
    PASSED = "passert"  # a deadline or date before the day the wheel is seen from
    UPCOMING = "kommende"
    DONE = "fullført"  # a measure done (or called off: CANCELLED), whatever its deadline
    OVERDUE = "forfalt"  # a measure past its deadline and not done


class PeriodOf(StrEnum):
    """What a «periodeslutt» ends."""

    BOARD_TERM = "styreverv"
    NETWORK_SEAT = "nettverksplass"
    MEMBERSHIP = "medlemskap"
    AGREEMENT = "avtaleperiode"


@dataclass(frozen=True)
class Event:
    date: dt.date
    kind: EventKind
    status: EventStatus
    key: str  # what the event is, stable across exports (a calendar entry is updated, not duplicated)
    facts: dict = field(default_factory=dict)  # codes, names and numbers the texts are made from
    start: dt.time | None = None  # a meeting's time of day, when known
    end: dt.time | None = None


KIND_ORDER = tuple(EventKind)


class EventGroup(StrEnum):
    """Meetings, deadlines and dates, ends of periods: the wheel's rings and the headline's counts."""

    MEETINGS = "meetings"
    DEADLINES = "deadlines"
    PERIODS = "periods"


def group_of(kind: EventKind) -> EventGroup:
    if kind == EventKind.MEETING:
        return EventGroup.MEETINGS
    return EventGroup.PERIODS if kind == EventKind.PERIOD_END else EventGroup.DEADLINES


def sort_key(event: Event) -> tuple:
    return (event.date, event.start or dt.time.min, KIND_ORDER.index(event.kind), event.key)


def _status(day: dt.date, on: dt.date) -> EventStatus:
    return EventStatus.PASSED if day < on else EventStatus.UPCOMING


def _day(value: object) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return value.date() if isinstance(value, pd.Timestamp) else value


def _text(value: object) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) or not str(value).strip() else str(value)


def _in_year(day: dt.date | None, year: int) -> bool:
    return day is not None and day.year == year


# -- the sources -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Seen:
    db: Database
    year: int
    on: dt.date
    rules: Rules


def _dues_deadline(seen: _Seen) -> Iterable[Event]:
    try:
        due = seen.rules.due_date(seen.year)
        frame = dues_for_year(seen.db, seen.year, seen.on)
    except RuleMissing:
        return
    figures = frame["population"].notna()
    paid = frame["payment_status"].isin(("betalt", "betalt etter forfall"))
    yield Event(
        due,
        EventKind.DUES,
        _status(due, seen.on),
        f"kontingentfrist/{seen.year}",
        {
            "year": seen.year,
            "rate_nok": int(frame["rate_nok"].iloc[0]) if len(frame) else seen.rules.dues_rate(seen.year).number,
            "population_date": seen.rules.population_date(seen.year),
            "billed": len(frame),
            "paid": int(paid.sum()),
            "total_nok": int(frame.loc[figures, "amount_nok"].sum()) if figures.any() else None,
        },
    )


def _population_date(seen: _Seen) -> Iterable[Event]:
    """1 January: the population that day is the basis for the dues of a later year."""
    day = dt.date(seen.year, 1, 1)
    for dues_year in range(seen.year, seen.year + 4):
        try:
            if seen.rules.population_date(dues_year) == day:
                yield Event(day, EventKind.POPULATION, _status(day, seen.on), f"folketallsdato/{seen.year}", {"dues_year": dues_year})
                return
        except RuleMissing:
            continue


def _notice_deadline(seen: _Seen) -> Iterable[Event]:
    """The last day a notice can be given to leave by the earliest date the rule allows."""
    last_day = dt.date(seen.year, 12, 31)
    try:
        leaving = seen.rules.leaving_date(last_day)
    except RuleMissing:
        return
    register = members(seen.db)
    given = [
        {"municipality": r.municipality, "notice_date": _day(r.notice_date), "leaving_date": _day(r.leaving_date)}
        for r in register.sort_values("notice_date").itertuples()
        if _in_year(_day(r.notice_date), seen.year)
    ]
    yield Event(
        last_day,
        EventKind.NOTICE,
        _status(last_day, seen.on),
        f"oppsigelsesfrist/{seen.year}",
        {"leaving_date": leaving, "notice_months": seen.rules.at("notice_months", last_day).number, "notices": given},
    )


def _meetings(seen: _Seen) -> Iterable[Event]:
    for r in meetings(seen.db, seen.year, seen.on).itertuples():
        day = _day(r.date)
        yield Event(
            day,
            EventKind.MEETING,
            EventStatus(r.status),
            f"møte/{day.isoformat()}/{r.body}",
            {"body": r.body, "title": _text(r.title), "place": _text(r.place), "note": _text(r.note)},
            start=_time(r.start_time),
            end=_time(r.end_time),
        )


def _time(value: object) -> dt.time | None:
    return value if isinstance(value, dt.time) else None


def _missing_meetings(seen: _Seen) -> Iterable[Event]:
    """Per body with a minimum: meetings still without a date (held, planned; not cancelled)."""
    last_day = dt.date(seen.year, 12, 31)
    found = meetings(seen.db, seen.year, seen.on)
    for body in seen.rules.bodies_with_minimum():
        rule = seen.rules.min_meetings(seen.year, body)
        if rule is None:  # a year before the body had a minimum
            continue
        required = rule.number
        dated = int(((found["body"] == body) & (found["status"] != EventStatus.CANCELLED)).sum())
        if dated < required:
            yield Event(
                last_day,
                EventKind.MISSING_MEETING,
                EventStatus.MISSING,
                f"mangler_møte/{seen.year}/{body}",
                {"body": body, "missing": required - dated, "required": required, "dated": dated, "year_over": seen.on > last_day},
            )


def _board_term_ends(seen: _Seen) -> Iterable[Event]:
    terms = board_terms(seen.db)
    for term in terms.itertuples():
        end = _day(term.end)
        if not _in_year(end, seen.year):
            continue
        after = terms[(terms["board_region"] == term.board_region) & (terms["term_start"] == pd.Timestamp(end + dt.timedelta(days=1)))]
        successor = after.iloc[0] if len(after) else None
        yield Event(
            end,
            EventKind.PERIOD_END,
            _status(end, seen.on),
            f"periodeslutt/{PeriodOf.BOARD_TERM}/{term.person}/{_day(term.term_start).isoformat()}",
            {
                "of": PeriodOf.BOARD_TERM,
                "person": term.person,
                "municipality": term.municipality,
                "board_region": term.board_region,
                "role": term.role,
                "computed": bool(term.end_computed),
                "successor": None if successor is None else successor["person"],
                "successor_municipality": None if successor is None else successor["municipality"],
            },
        )


def _network_seat_ends(seen: _Seen) -> Iterable[Event]:
    for seat in network_history(seen.db).itertuples():
        end = _day(seat.to_date)
        if not _in_year(end, seen.year) or is_vacant(seat.person):
            continue
        yield Event(
            end,
            EventKind.PERIOD_END,
            _status(end, seen.on),
            f"periodeslutt/{PeriodOf.NETWORK_SEAT}/{seat.area}/{_day(seat.from_date).isoformat()}",
            {"of": PeriodOf.NETWORK_SEAT, "area": seat.area, "person": seat.person, "municipality": _text(seat.municipality)},
        )


def _membership_ends(seen: _Seen) -> Iterable[Event]:
    """A member that gave notice leaves on its leaving date (1 July the year after, by the rule)."""
    for member in members(seen.db).itertuples():
        leaving = _day(member.leaving_date)
        if _in_year(leaving, seen.year):
            yield Event(
                leaving,
                EventKind.PERIOD_END,
                _status(leaving, seen.on),
                f"periodeslutt/{PeriodOf.MEMBERSHIP}/{member.municipality_number}",
                {"of": PeriodOf.MEMBERSHIP, "municipality": member.municipality, "notice_date": _day(member.notice_date)},
            )


def _agreement_period_ends(seen: _Seen) -> Iterable[Event]:
    for agreement in agreements(seen.db):
        if _in_year(agreement.valid_to, seen.year):
            yield Event(
                agreement.valid_to,
                EventKind.PERIOD_END,
                _status(agreement.valid_to, seen.on),
                f"periodeslutt/{PeriodOf.AGREEMENT}/{agreement.name}",
                {"of": PeriodOf.AGREEMENT, "name": agreement.name, "until_replaced": agreement.until_replaced},
            )


def _measure_status(measure: object, on: dt.date) -> EventStatus:
    if measure.status == MeasureStatus.DONE:
        return EventStatus.DONE
    if measure.status == MeasureStatus.CANCELLED:
        return EventStatus.CANCELLED
    return EventStatus.OVERDUE if measure.overdue else _status(_day(measure.deadline), on)


def _measure_deadlines(seen: _Seen) -> Iterable[Event]:
    """The deadlines that fall in the year, of this year's plan and of a neighbouring year's (a
    2025 measure may be due in 2026). The key leaves out the deadline: a deadline moved is the
    same calendar entry, moved."""
    for plan_year in (y for y in plan_years(seen.db) if abs(y - seen.year) <= 1):
        for m in action_plan(seen.db, plan_year, seen.on).measures.itertuples():
            deadline = _day(m.deadline)
            if not _in_year(deadline, seen.year):
                continue
            yield Event(
                deadline,
                EventKind.MEASURE_DEADLINE,
                _measure_status(m, seen.on),
                f"tiltaksfrist/{plan_year}/{m.focus_area}/{m.measure}",
                {
                    "measure": m.measure,
                    "focus_area": m.focus_area,
                    "owner": _text(m.owner),
                    "measure_status": m.status,
                    "project": _text(m.project),
                    "plan_year": plan_year,
                },
            )


SOURCES: tuple[Callable[[_Seen], Iterable[Event]], ...] = (
    _population_date,
    _dues_deadline,
    _meetings,
    _missing_meetings,
    _board_term_ends,
    _network_seat_ends,
    _membership_ends,
    _agreement_period_ends,
    _notice_deadline,
    _measure_deadlines,
)


def year_events(db: Database, year: int, on: dt.date | None = None) -> list[Event]:
    """Every event of the year, in date order, as seen from `on` (default today): what has passed,
    what is coming, and meetings with their status."""
    seen = _Seen(db, year, on or dt.date.today(), load_rules(db))
    return sorted((event for source in SOURCES for event in source(seen)), key=sort_key)
