"""Meeting compliance: held meetings per body and year against the minimum in the rules."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..rules import RuleMissing, load_rules


def meetings(db: Database, year: int | None = None) -> pd.DataFrame:
    where = "WHERE year(date) = ?" if year else ""
    return db.query(
        f"SELECT date, body, title, status, place, note, start_time, end_time FROM meetings {where} ORDER BY date", [year] if year else []
    )


def meeting_compliance(db: Database, year: int | None = None, today: dt.date | None = None) -> pd.DataFrame:
    """One row per year and body that has a minimum: held, planned, cancelled, compliant, and
    whether held + still-planned meetings can reach the minimum. Only held meetings count."""
    today = today or dt.date.today()
    rules = load_rules(db)
    counts = db.query(
        """SELECT year(date) AS year, body,
                  count(*) FILTER (WHERE status = 'avholdt') AS held,
                  count(*) FILTER (WHERE status = 'planlagt') AS planned,
                  count(*) FILTER (WHERE status = 'planlagt' AND date >= ?) AS planned_ahead,
                  count(*) FILTER (WHERE status = 'avlyst') AS cancelled
           FROM meetings GROUP BY ALL""",
        [today],
    )
    if year is not None:
        years = [year]
    else:
        years = sorted(set(counts["year"]) | {today.year}) if not counts.empty else [today.year]
    rows = []
    for y in years:
        for body in rules.bodies_with_minimum():
            try:
                rule = rules.min_meetings(y, body)
            except RuleMissing:
                continue
            found = counts[(counts["year"] == y) & (counts["body"] == body)]
            held, planned, ahead, cancelled = (int(found[c].sum()) for c in ("held", "planned", "planned_ahead", "cancelled"))
            compliant = held >= rule.number
            can_still_comply = held + ahead >= rule.number if y >= today.year else compliant
            rows.append(
                {
                    "year": y,
                    "body": body,
                    "required_min": rule.number,
                    "held": held,
                    "planned": planned,
                    "cancelled": cancelled,
                    "compliant": compliant,
                    "can_still_comply": can_still_comply,
                    "year_finished": y < today.year,
                    "rule": rule.describe(),
                    "planned_ahead": ahead,
                    "state": compliance_state(y, today.year, compliant, can_still_comply),
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "year",
            "body",
            "required_min",
            "held",
            "planned",
            "cancelled",
            "compliant",
            "can_still_comply",
            "year_finished",
            "rule",
            "planned_ahead",
            "state",
        ],
    )


COMPLIANCE_STATES = ("ok", "missed", "reachable", "unplanned")


def compliance_state(year: int, current_year: int, compliant: bool, can_still_comply: bool) -> str:
    """ok: minimum held; missed: the year is over (or the current year cannot reach it with the
    meetings planned); reachable: held + planned ahead reach it; unplanned: a later year without
    enough meetings planned yet, which is not a failure."""
    if compliant:
        return "ok"
    if year < current_year:
        return "missed"
    if can_still_comply:
        return "reachable"
    return "missed" if year == current_year else "unplanned"


def meetings_by_quarter(db: Database, year: int) -> pd.DataFrame:
    """Count per body, quarter and status in the year (all quarters present, zeros included)."""
    found = db.query(
        "SELECT body, quarter(date) AS quarter, status, count(*) AS meetings FROM meetings WHERE year(date) = ? GROUP BY ALL", [year]
    )
    return found.sort_values(["body", "quarter", "status"]).reset_index(drop=True)
