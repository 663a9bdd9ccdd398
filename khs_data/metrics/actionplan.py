"""The board's action plan for a year: each measure with its owner, deadline and status, whether
it is overdue on a date, and the progress of every focus area."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..database import Database
from ..statuses import MeasureStatus

MEASURE_COLUMNS = ["focus_area", "measure", "owner", "deadline", "status", "overdue", "project", "project_status", "note"]
AREA_COLUMNS = ["name", "measures", "done", "overdue", "in_progress", "postponed", "cancelled", "not_started"]
_COUNTED = {  # focus-area column → the status it counts
    "done": MeasureStatus.DONE,
    "in_progress": MeasureStatus.IN_PROGRESS,
    "postponed": MeasureStatus.POSTPONED,
    "cancelled": MeasureStatus.CANCELLED,
    "not_started": MeasureStatus.NOT_STARTED,
}


@dataclass(frozen=True)
class ActionPlan:
    year: int
    on: dt.date  # the date «overdue» is decided for
    measures: pd.DataFrame  # MEASURE_COLUMNS, by focus area, then deadline
    focus_areas: pd.DataFrame  # AREA_COLUMNS, one row per focus area, by name

    @property
    def overdue(self) -> pd.DataFrame:
        return self.measures[self.measures["overdue"]].reset_index(drop=True)


def is_overdue(deadline: object, status: str, on: dt.date) -> bool:
    """Past its deadline (the deadline day itself is still in time) and neither done nor called off."""
    return deadline is not None and not pd.isna(deadline) and pd.Timestamp(deadline).date() < on and not MeasureStatus(status).closed


def plan_date(year: int, today: dt.date) -> dt.date:
    """The date a year's plan is judged on where no date is asked for: today, or the last day of a
    year that is over (a later year is judged today, not at its end, when all would be late)."""
    return min(today, dt.date(year, 12, 31))


def action_plan(db: Database, year: int, on: dt.date) -> ActionPlan:
    """The plan of `year` as it stands on `on`. A measure whose project has since left the project
    list keeps its name; `project_status` is then empty (the page shows it without a link)."""
    frame = db.query(
        """SELECT a.focus_area, a.measure, a.owner, a.deadline, coalesce(a.status, ?) AS status, a.project,
                  p.status AS project_status, a.note
           FROM action_measures a LEFT JOIN projects p ON p.name = a.project
           WHERE a.year = ?
           ORDER BY a.focus_area, a.deadline NULLS LAST, a.measure""",
        [MeasureStatus.NOT_STARTED.value, year],
    )
    frame["overdue"] = [is_overdue(d, s, on) for d, s in zip(frame["deadline"], frame["status"])]
    frame["overdue"] = frame["overdue"].astype(bool)
    measures = frame[MEASURE_COLUMNS]
    return ActionPlan(year, on, measures, _focus_areas(measures))


def _focus_areas(measures: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for name, part in measures.groupby("focus_area", sort=True):
        counts = {column: int((part["status"] == status).sum()) for column, status in _COUNTED.items()}
        rows.append({"name": name, "measures": len(part), "overdue": int(part["overdue"].sum()), **counts})
    return pd.DataFrame(rows, columns=AREA_COLUMNS)


def plan_years(db: Database) -> list[int]:
    """The years an action plan is on record for."""
    return [int(y) for y in db.query("SELECT DISTINCT year FROM action_measures ORDER BY year")["year"]]
