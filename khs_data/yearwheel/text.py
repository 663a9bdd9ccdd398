"""An event's title and description in bokmål or nynorsk, and the `calendar --json` document."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..catalogue import TEXTS, text
from ..charts.meetings import body_label
from ..database import Database
from ..fmt import date_text, kr_text, time_text
from ..metrics.yearwheel import Event, EventKind, PeriodOf, year_events
from ..vocabulary import BOARD


def kind_label(kind: str, lang: str = "nb") -> str:
    return text(f"yearwheel.kind.{kind}", lang)


def status_label(status: str, lang: str = "nb") -> str:
    return text(f"yearwheel.status.{status}", lang)


def _role(role: object, lang: str) -> str:
    key = f"role.{role}"
    return text(key, lang) if key in TEXTS else str(role or "")


def event_title(event: Event, lang: str = "nb") -> str:
    f = event.facts

    def say(key: str, **values: object) -> str:
        return text(f"yearwheel.{key}", lang, **values)

    match event.kind:
        case EventKind.DUES:
            return say("dues.title", year=f["year"])
        case EventKind.POPULATION:
            return say("population.title", date=date_text(event.date))
        case EventKind.NOTICE:
            return say("notice.title", leaving=date_text(f["leaving_date"]))
        case EventKind.MEETING:
            return f["title"] or body_label(f["body"], lang)
        case EventKind.MEASURE_DEADLINE:
            return say("measure.title", measure=f["measure"])
        case EventKind.MISSING_MEETING:
            many = "many" if f["missing"] > 1 else "one"
            if f["year_over"]:
                return say(f"missing.title_over_{many}", body=body_label(f["body"], lang), count=f["missing"], year=event.date.year)
            if f["body"] == BOARD:
                return say(f"missing.title_board_{many}", count=f["missing"])
            return say(f"missing.title_{many}", body=body_label(f["body"], lang), count=f["missing"])
    match f["of"]:
        case PeriodOf.BOARD_TERM:
            return say("term.title", person=f["person"], municipality=f["municipality"])
        case PeriodOf.NETWORK_SEAT:
            return say("seat.title", person=f["person"])
        case PeriodOf.MEMBERSHIP:
            return say("membership.title", municipality=f["municipality"])
    return say("agreement.title", name=f["name"])


def event_body(event: Event, lang: str = "nb") -> str:
    f = event.facts

    def say(key: str, **values: object) -> str:
        return text(f"yearwheel.{key}", lang, **values)

    match event.kind:
        case EventKind.DUES:
            values = dict(rate=f["rate_nok"], population_date=date_text(f["population_date"]), billed=f["billed"], paid=f["paid"])
            if f["total_nok"] is None:
                return say("dues.body_no_figures", **values)
            return say("dues.body", total=kr_text(f["total_nok"]), **values)
        case EventKind.POPULATION:
            return say("population.body", dues_year=f["dues_year"])
        case EventKind.NOTICE:
            lines = [say("notice.body", date=date_text(event.date), leaving=date_text(f["leaving_date"]), months=f["notice_months"])]
            if f["notices"]:
                items = ", ".join(
                    say(
                        "notice.item",
                        municipality=n["municipality"],
                        date=date_text(n["notice_date"]),
                        leaving=date_text(n["leaving_date"]),
                    )
                    for n in f["notices"]
                )
                lines.append(say("notice.given", year=event.date.year, items=items))
            return " ".join(lines)
        case EventKind.MEETING:
            lines = [say("meeting.body", body=body_label(f["body"], lang), status=status_label(event.status, lang))]
            if event.start and event.end:
                lines.append(say("meeting.time_span", start=time_text(event.start), end=time_text(event.end)))
            elif event.start:
                lines.append(say("meeting.time", start=time_text(event.start)))
            if f["place"]:
                lines.append(say("meeting.place", place=f["place"]))
            if f["note"]:
                lines.append(say("meeting.note", note=f["note"]))
            return " ".join(lines)
        case EventKind.MEASURE_DEADLINE:
            lines = [
                say(
                    "measure.body",
                    focus_area=f["focus_area"],
                    plan_year=f["plan_year"],
                    status=text(f"actionplan.status.{f['measure_status']}", lang),
                )
            ]
            if f["owner"]:
                lines.append(say("measure.owner", owner=f["owner"]))
            if f["project"]:
                lines.append(say("measure.project", project=f["project"]))
            return " ".join(lines)
        case EventKind.MISSING_MEETING:
            key = "missing.body_one" if f["required"] == 1 else "missing.body_many"
            return say(key, required=f["required"], year=event.date.year, dated=f["dated"], date=date_text(event.date))
    match f["of"]:
        case PeriodOf.BOARD_TERM:
            lines = [say("term.body", region=f["board_region"], role=_role(f["role"], lang))]
            if f["successor"] == f["person"]:
                lines.append(say("term.reelected"))
            elif f["successor"]:
                lines.append(say("term.successor", person=f["successor"], municipality=f["successor_municipality"]))
            else:
                lines.append(say("term.no_successor"))
            if f["computed"]:
                lines.append(say("term.computed"))
            return " ".join(lines)
        case PeriodOf.NETWORK_SEAT:
            return say("seat.body", area=f["area"], municipality=f", {f['municipality']}" if f["municipality"] else "")
        case PeriodOf.MEMBERSHIP:
            return say("membership.body", date=date_text(f["notice_date"]))
    return say("agreement.until_replaced" if f["until_replaced"] else "agreement.ends")


def event_table(db: Database, year: int, on: dt.date, lang: str = "nb") -> pd.DataFrame:
    """The year's events as Årshjul lists them (date, kind, title, description, status) in `lang`:
    a function of the store, so the page takes it from the metric cache instead of wording
    thousands of events again on every rerun at national scale."""
    events = year_events(db, year, on)
    return pd.DataFrame(
        {
            "date": [e.date for e in events],
            "kind": [kind_label(e.kind, lang) for e in events],
            "title": [event_title(e, lang) for e in events],
            "body": [event_body(e, lang) for e in events],
            "status": [status_label(e.status, lang) for e in events],
        }
    )


def calendar_json(year: int, events: list[Event], lang: str = "nb") -> dict:
    """`calendar --year Y --json`: {"year", "events": [{"date", "kind", "title", "body", "status"}]}."""
    return {
        "year": year,
        "events": [
            {
                "date": e.date.isoformat(),
                "kind": str(e.kind),
                "title": event_title(e, lang),
                "body": event_body(e, lang),
                "status": str(e.status),
            }
            for e in events
        ],
    }
