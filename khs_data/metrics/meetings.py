"""Meeting compliance: held meetings per body and year against the minimum in the rules.

A meeting the file gave no status is decided on the date the figures are for: held once its
date has passed, planned until then. So the same database gives the figures of any date."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..facts import Check, Phrase
from ..rules import load_rules
from ..statuses import ComplianceState, Level, MeetingStatus

# The status as of a date (the parameter): the stored one, or held/planned by the date.
EFFECTIVE_STATUS = f"coalesce(status, CASE WHEN date <= ? THEN '{MeetingStatus.HELD}' ELSE '{MeetingStatus.PLANNED}' END)"


def meetings(db: Database, year: int | None = None, on: dt.date | None = None) -> pd.DataFrame:
    """The meetings (of a year), each with its status as of `on` (default today)."""
    on = on or dt.date.today()
    where = "WHERE year(date) = ?" if year else ""
    return db.query(
        f"SELECT date, body, title, {EFFECTIVE_STATUS} AS status, place, note, start_time, end_time FROM meetings {where} ORDER BY date",
        [on, year] if year else [on],
    )


COLUMNS = [
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
]


def meeting_compliance(db: Database, year: int | None = None, on: dt.date | None = None) -> pd.DataFrame:
    """One row per year and body that has a minimum, as of `on` (default today): held, planned,
    cancelled, the minimum's `rule` (a Rule), the `state` (ComplianceState) and `compliant`
    (exactly when the state is «oppfylt»). Only held meetings meet the minimum; the state of a year
    not over weighs held + planned; `planned_ahead` are the planned ones dated on or after `on`."""
    on = on or dt.date.today()
    rules = load_rules(db)
    counts = db.query(
        f"""SELECT year(date) AS year, body,
                   count(*) FILTER (WHERE s = '{MeetingStatus.HELD}') AS held,
                   count(*) FILTER (WHERE s = '{MeetingStatus.PLANNED}') AS planned,
                   count(*) FILTER (WHERE s = '{MeetingStatus.PLANNED}' AND date >= ?) AS planned_ahead,
                   count(*) FILTER (WHERE s = '{MeetingStatus.CANCELLED}') AS cancelled
            FROM (SELECT date, body, {EFFECTIVE_STATUS} AS s FROM meetings) GROUP BY ALL""",
        [on, on],
    )
    if year is not None:
        years = [year]
    else:
        years = sorted(set(counts["year"]) | {on.year}) if not counts.empty else [on.year]
    rows = []
    for y in years:
        for body in rules.bodies_with_minimum():
            rule = rules.min_meetings(y, body)
            if rule is None:  # a year before the body had a minimum
                continue
            found = counts[(counts["year"] == y) & (counts["body"] == body)]
            held, planned, ahead, cancelled = (int(found[c].sum()) for c in ("held", "planned", "planned_ahead", "cancelled"))
            state = compliance_state(y, on, held, planned, rule.number)
            rows.append(
                {
                    "year": y,
                    "body": body,
                    "required_min": rule.number,
                    "held": held,
                    "planned": planned,
                    "cancelled": cancelled,
                    "compliant": state == ComplianceState.MET,
                    "can_still_comply": state in (ComplianceState.MET, ComplianceState.REACHABLE),
                    "year_finished": on.year > y,
                    "rule": rule,
                    "planned_ahead": ahead,
                    "state": state,
                }
            )
    return pd.DataFrame(rows, columns=COLUMNS)


def compliance_state(year: int, on: dt.date, held: int, planned: int, required: int) -> ComplianceState:
    """The CLI's contract: a year not over «kan nås» when held + planned reach the minimum. A
    meeting still marked «planlagt» after its date counts among the planned: it is on record as
    planned and not yet as held (the coordinator has it to update)."""
    if held >= required:
        return ComplianceState.MET
    if on.year > year:
        return ComplianceState.NOT_MET
    return ComplianceState.REACHABLE if held + planned >= required else ComplianceState.TOO_FEW_PLANNED


def meeting_checks(compliance: pd.DataFrame, on: dt.date) -> tuple[Check, ...]:
    """Each body's minimum as a check (id `meetings_minimum`, subject the body): broken when the
    year is over short of it, or when the year has begun and too few are planned to reach it. A
    year that has not begun is not judged yet."""
    checks = []
    for row in compliance.itertuples():
        started = on >= dt.date(row.year, 1, 1)
        broken = row.state == ComplianceState.NOT_MET or (row.state == ComplianceState.TOO_FEW_PLANNED and started)
        values = {"body": row.body, "held": row.held, "required": row.required_min, "ahead": row.planned_ahead, "year": row.year}
        checks.append(
            Check(
                "meetings_minimum",
                "meetings",
                not broken,
                Level.REQUIRED,
                Phrase(f"meetings.reason.{row.state}", values),
                row.rule.phrase(),
                row.body,
            )
        )
    return tuple(checks)


def meetings_by_quarter(db: Database, year: int, on: dt.date | None = None) -> pd.DataFrame:
    """Count per body, quarter and status (as of `on`) in the year."""
    found = db.query(
        f"SELECT body, quarter(date) AS quarter, {EFFECTIVE_STATUS} AS status, count(*) AS meetings FROM meetings WHERE year(date) = ? GROUP BY ALL",
        [on or dt.date.today(), year],
    )
    return found.sort_values(["body", "quarter", "status"]).reset_index(drop=True)
