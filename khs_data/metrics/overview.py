"""The overview: key figures for the year in focus and what needs attention, from the checks."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..catalogue import text
from ..database import Database
from ..fmt import date_text, kr_text
from ..plan_texts import status_text
from ..vocabulary import BOARD
from .actionplan import action_plan, plan_date
from .board import board_changes_ahead, board_checks, board_seats
from .dues import dues_basis, dues_for_year
from .meetings import meeting_compliance
from .members import members, members_on
from .network import network_seats
from .projects import active_projects


def focus_date(year: int, today: dt.date) -> dt.date:
    """The date the year's checks look at: today in the current year, else the year's last day."""
    return today if year == today.year else dt.date(year, 12, 31)


def key_figures(db: Database, year: int, today: dt.date | None = None) -> dict:
    today = today or dt.date.today()
    on = focus_date(year, today)
    dues = dues_for_year(db, year, today)
    basis = dues_basis(db, year)
    compliance = meeting_compliance(db, year, today)
    board = compliance[compliance["body"] == BOARD]
    seats = board_seats(db, on)
    network = network_seats(db, on)
    current = members_on(db, on)
    # Pace: how many board meetings should have been held by now if spread over the year.
    required = int(board["required_min"].iloc[0]) if len(board) else 0
    elapsed = 1.0 if year < today.year else (0.0 if year > today.year else (on.timetuple().tm_yday / 365))
    return {
        "year": year,
        "on": on,
        "members": len(current),
        "population": int(dues["population"].sum()),
        "population_date": basis.population_date,
        "dues_total_nok": int(dues["amount_nok"].sum()),
        "dues_paid_nok": int(dues["paid_nok"].clip(upper=dues["amount_nok"].fillna(0)).sum()),
        "rate_nok": basis.rate_nok,
        "due_date": basis.due_date,
        "board_meetings_held": int(board["held"].sum()),
        "board_meetings_required": required,
        "board_meetings_planned": int(board["planned"].sum()),
        "board_meetings_pace": round(required * elapsed, 1),
        "board_seats_filled": int((~seats["vacant"]).sum()),
        "board_seats": len(seats),
        "board_terms_ending_soon": int(seats["ends_soon"].sum()),
        "network_seats_vacant": int(network["vacant"].sum()),
        "network_seats": len(network),
        "active_projects": len(active_projects(db, on)),
    }


def needs_attention(db: Database, year: int, today: dt.date | None = None, lang: str = "nb") -> pd.DataFrame:
    """Short, concrete items from the rule checks; `page` says where to read more."""
    today = today or dt.date.today()

    def say(key: str, **values: object) -> str:
        return text(key, lang, **values)

    on = focus_date(year, today)
    items: list[dict] = []

    def add(topic: str, message: str, page: str, severity: str = "rød") -> None:
        items.append({"topic": topic, "message": message, "page": page, "severity": severity})

    for check in board_checks(db, on, lang).itertuples():
        if not check.ok:
            add("Styret", check.reason, "styret")
    for change in board_changes_ahead(db, on).itertuples():
        if change.successor is None:
            add(
                "Styret",
                say("attention.term_ending", person=change.person, region=change.board_region, date=date_text(change.end)),
                "styret",
                "gul",
            )
    for seat in network_seats(db, on).itertuples():
        if seat.vacant:
            add("Nettverk", say("attention.network_vacant", area=seat.area), "nettverk")
    for row in meeting_compliance(db, year, today).itertuples():
        values = {"body": row.body, "held": row.held, "required": row.required_min, "year": row.year}
        if row.state == "missed":
            add("Møter", say("attention.meetings_missed" if row.year_finished else "attention.meetings_unreachable", **values), "moter")
        elif row.state == "reachable":
            add("Møter", say("attention.meetings_pending", **values), "moter", "gul")
        # "unplanned": a later year whose meetings are not planned yet is no failure
    dues = dues_for_year(db, year, today)
    unpaid = dues[dues["payment_status"].isin(["forfalt", "delvis betalt"])]
    if len(unpaid) and not dues["paid_nok"].any():  # nothing recorded for the year: one item, not one per member
        add("Kontingent", say("attention.dues_none_recorded", year=year, date=date_text(unpaid["due_date"].iloc[0])), "kontingent")
        unpaid = unpaid.iloc[0:0]
    for row in unpaid.itertuples():
        add(
            "Kontingent",
            say(
                "attention.dues_unpaid",
                municipality=row.municipality,
                paid=kr_text(row.paid_nok),
                amount=kr_text(row.amount_nok),
                date=date_text(row.due_date),
            ),
            "kontingent",
        )
    missing = dues[dues["population"].isna()]
    if len(missing):
        add(
            "Kontingent",
            say(
                "attention.population_missing",
                date=date_text(dues_basis(db, year).population_date),
                names=", ".join(missing["municipality"]),
            ),
            "kontingent",
        )
    notices = members(db).dropna(subset=["notice_date"])
    # Notice given by the date and not yet out before the year: later notices are not known then.
    notices = notices[(notices["notice_date"] <= pd.Timestamp(on)) & (notices["leaving_date"].dt.year >= year)]
    for row in notices.itertuples():
        add(
            "Medlemmer",
            say("attention.notice", municipality=row.municipality, notice=date_text(row.notice_date), leaving=date_text(row.leaving_date)),
            "kontingent",
            "gul",
        )
    for m in action_plan(db, year, plan_date(year, today)).overdue.itertuples():
        add(
            "Handlingsplan",
            say(
                "attention.measure_overdue",
                measure=m.measure,
                focus_area=m.focus_area,
                deadline=date_text(m.deadline),
                status=status_text(m.status, lang),
            ),
            "handlingsplan",
            "gul",
        )
    return pd.DataFrame(items, columns=["topic", "message", "page", "severity"])
