"""The year's events as an iCalendar file (RFC 5545), built with the icalendar package.

Each event gets a UID made from what the event is (not from its text or date of export), so a
calendar that imports the file again updates its entries instead of adding them twice. Deadlines
and meetings without a known time are all-day entries that do not block the day; a meeting with a
time is a timed entry in Norwegian time."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import icalendar

from ..catalogue import text
from ..metrics.yearwheel import Event, EventKind, EventStatus
from .text import event_body, event_title, kind_label

ZONE = ZoneInfo("Europe/Oslo")
PRODID = "-//Kommunehelsesamarbeidet//KHS-dashbord//NO"
UID_NAMESPACE = uuid.UUID("5f1c8a3e-2b7d-4c39-9a61-0d4e7b2f8c15")  # fixed: the same event always has the same UID
UID_DOMAIN = "khs-dashbord"


def event_uid(event: Event) -> str:
    return f"{uuid.uuid5(UID_NAMESPACE, event.key)}@{UID_DOMAIN}"


def _entry(event: Event, lang: str, stamp: dt.datetime) -> icalendar.Event:
    entry = icalendar.Event()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", stamp)
    if event.start is not None:
        entry.add("dtstart", dt.datetime.combine(event.date, event.start, ZONE))
        if event.end is not None:
            entry.add("dtend", dt.datetime.combine(event.date, event.end, ZONE))
        entry.add("transp", "OPAQUE")
    else:
        entry.add("dtstart", event.date)
        entry.add("dtend", event.date + dt.timedelta(days=1))
        entry.add("transp", "TRANSPARENT")
    entry.add("summary", event_title(event, lang))
    entry.add("description", event_body(event, lang))
    entry.add("categories", [kind_label(event.kind, lang)])
    if event.kind == EventKind.MEETING:
        entry.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
        if event.facts.get("place"):
            entry.add("location", event.facts["place"])
    return entry


def calendar_ics(year: int, events: list[Event], lang: str = "nb", stamp: dt.datetime | None = None) -> bytes:
    """One VEVENT per event. `stamp` (UTC) is the file's DTSTAMP: when it was made."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", text("yearwheel.ics.name", lang, year=year))
    calendar.add("x-wr-caldesc", text("yearwheel.ics.description", lang, year=year))
    calendar.add("x-wr-timezone", ZONE.key)
    for event in events:
        calendar.add_component(_entry(event, lang, stamp))
    if any(e.start is not None for e in events):
        calendar.add_missing_timezones(first_date=dt.date(year, 1, 1), last_date=dt.date(year + 1, 1, 1))
    return calendar.to_ical()
