"""The overview: the year's key figures, and the one attention list. Oversikt, meeting mode, the
deck and the workbook all show these, so they never disagree."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..facts import AttentionItem, Check, Phrase, listed
from ..rules import load_rules
from ..statuses import OWING, ComplianceState, Severity
from ..vocabulary import BOARD
from .actionplan import action_plan, plan_date
from .board import board_changes_ahead, board_seats
from .board_checks import board_checks
from .dues import dues_basis, dues_for_year, dues_total, missing_population
from .meetings import meeting_checks, meeting_compliance
from .members import members, members_on
from .network import network_checks, network_seats
from .projects import active_projects


def focus_date(year: int, today: dt.date) -> dt.date:
    """The date the year's checks look at: today in the current year, else the year's last day."""
    return today if year == today.year else dt.date(year, 12, 31)


def key_figures(db: Database, year: int, today: dt.date | None = None) -> dict:
    """The year's figures. Members, population and dues come from one set: the members billed for
    the year (members on the due date), also in a year a member leaves — `members_leaving` names
    them with their leaving date, `members_joining` those who join after the due date. `rules`
    holds the rule behind each figure (a Phrase)."""
    today = today or dt.date.today()
    on = focus_date(year, today)
    rules = load_rules(db)
    dues = dues_for_year(db, year, today)
    basis = dues_basis(db, year)
    compliance = meeting_compliance(db, year, today)
    board = compliance[compliance["body"] == BOARD]
    seats = board_seats(db, on)
    network = network_seats(db, on)
    billed = set(dues["municipality_number"])
    leaving = dues[dues["leaving_date"].dt.year == year].sort_values("leaving_date")
    joining = members_on(db, on)
    joining = joining[~joining["municipality_number"].isin(billed)]
    # Pace: how many board meetings should have been held by now if spread over the year.
    required = int(board["required_min"].iloc[0]) if len(board) else 0
    elapsed = 1.0 if year < today.year else (0.0 if year > today.year else (on.timetuple().tm_yday / 365))
    total = dues_total(dues)
    board_size = rules.at("board_size", on).number
    network_rules = [rules.at("network_seats_per_area", on).phrase(), rules.at("lsu_area_count", on).phrase()]
    return {
        "year": year,
        "on": on,
        "members": len(dues),
        "members_leaving": tuple(zip(leaving["municipality"], (d.date() for d in leaving["leaving_date"]))),
        "members_joining": tuple(zip(joining["municipality"], (d.date() for d in joining["member_since"]))),
        "population": int(dues["population"].sum()),
        "population_date": basis.population_date,
        "population_missing": tuple(missing_population(dues)),
        "dues_total_nok": total or 0,
        "dues_known": total is not None,
        "dues_paid_nok": int(dues["paid_nok"].clip(upper=dues["amount_nok"].fillna(0)).sum()),
        "rate_nok": basis.rate_nok,
        "due_date": basis.due_date,
        "board_meetings_held": int(board["held"].sum()),
        "board_meetings_required": required,
        "board_meetings_planned": int(board["planned"].sum()),
        "board_meetings_pace": round(required * elapsed, 1),
        # The board has the rule's seats, whatever the register's regions: never «8 av 8» for 7 seats.
        "board_seats_filled": min(int((~seats["vacant"]).sum()), board_size),
        "board_seats": board_size,
        "board_terms_ending_soon": int(seats["ends_soon"].sum()),
        "network_seats_vacant": int(network["vacant"].sum()),
        "network_seats": len(network),
        "active_projects": len(active_projects(db, on)),
        "rules": {
            "members": Phrase("overview.rule.members", {"due_date": basis.due_date, "rule": basis.due_rule.phrase()}),
            "dues": basis.rule(),
            "meetings": board["rule"].iloc[0].phrase() if len(board) else Phrase("overview.rule.no_minimum"),
            "board": rules.at("board_size", on).phrase(),
            "network": listed(network_rules),
        },
    }


def all_checks(db: Database, year: int, today: dt.date | None = None) -> tuple[Check, ...]:
    """Every rule check for the year: the board's and the network's at the focus date, and each
    body's meetings as of today. The CLI's board and network checks are the same checks."""
    today = today or dt.date.today()
    on = focus_date(year, today)
    compliance = meeting_compliance(db, year, today)
    return board_checks(db, on) + network_checks(db, on) + meeting_checks(compliance, today)


TOPICS = {"board": ("Styret", "styret"), "network": ("Nettverk", "nettverk"), "meetings": ("Møter", "moter")}


def needs_attention(db: Database, year: int, today: dt.date | None = None) -> tuple[AttentionItem, ...]:
    """The one attention list («Krever oppfølging», the deck's attention and decisions slides):
    every failing check (a «krav» as a breach, a «bør» as advice), terms ending without a
    successor, meetings that still need the planned ones, unpaid dues, missing population and
    notices."""
    today = today or dt.date.today()
    on = focus_date(year, today)
    items: list[AttentionItem] = []
    for check in all_checks(db, year, today):
        topic, page = TOPICS[check.topic]
        if not check.ok:
            severity = Severity.BREACH if check.breach else Severity.ADVICE
            items.append(AttentionItem(topic, severity, check.reason, page, check.id, check.rule))
        elif check.topic == "meetings" and check.reason.key == f"meetings.reason.{ComplianceState.REACHABLE}":
            items.append(AttentionItem(topic, Severity.WATCH, check.reason, page, None, check.rule))
    for change in board_changes_ahead(db, on).itertuples():
        if pd.isna(change.successor):
            message = Phrase("attention.term_ending", {"person": change.person, "region": change.board_region, "date": change.end})
            items.append(AttentionItem("Styret", Severity.WATCH, message, "styret"))
    items += _dues_items(db, year, today)
    register = members(db).dropna(subset=["notice_date"])
    # Notice given by the date and not yet out before the year: later notices are not known then.
    notices = register[(register["notice_date"] <= pd.Timestamp(on)) & (register["leaving_date"].dt.year >= year)]
    for row in notices.itertuples():
        message = Phrase("attention.notice", {"municipality": row.municipality, "notice": row.notice_date, "leaving": row.leaving_date})
        items.append(AttentionItem("Medlemmer", Severity.WATCH, message, "kontingent", None, row.notice_rule.phrase()))
    return tuple(items + _plan_items(db, year, today))


def _dues_items(db: Database, year: int, today: dt.date) -> list[AttentionItem]:
    dues = dues_for_year(db, year, today)
    basis = dues_basis(db, year)
    rule = basis.rule()
    items = []
    unpaid = dues[dues["payment_status"].isin(OWING)]
    if len(unpaid) and not dues["paid_nok"].any():  # nothing recorded for the year: one item, not one per member
        message = Phrase("attention.dues_none_recorded", {"year": year, "date": basis.due_date})
        items.append(AttentionItem("Kontingent", Severity.BREACH, message, "kontingent", None, rule))
        unpaid = unpaid.iloc[0:0]
    for row in unpaid.itertuples():
        values = {"municipality": row.municipality, "paid_nok": row.paid_nok, "amount_nok": row.amount_nok, "date": row.due_date}
        items.append(AttentionItem("Kontingent", Severity.BREACH, Phrase("attention.dues_unpaid", values), "kontingent", None, rule))
    missing = missing_population(dues)
    if missing:
        message = Phrase("attention.population_missing", {"date": basis.population_date, "names": tuple(missing)})
        items.append(AttentionItem("Kontingent", Severity.BREACH, message, "kontingent", None, rule))
    return items


def _plan_items(db: Database, year: int, today: dt.date) -> list[AttentionItem]:
    """Measures of the action plan past their deadline and not done."""
    items = []
    for m in action_plan(db, year, plan_date(year, today)).overdue.itertuples():
        values = {
            "measure": m.measure,
            "focus_area": m.focus_area,
            "deadline": m.deadline,
            "status": Phrase(f"actionplan.status.{m.status}"),
        }
        items.append(AttentionItem("Handlingsplan", Severity.WATCH, Phrase("attention.measure_overdue", values), "handlingsplan"))
    return items
