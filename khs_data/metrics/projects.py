"""The project portfolio."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..statuses import ProjectStatus

ACTIVE = (ProjectStatus.ONGOING,)


def projects(db: Database) -> pd.DataFrame:
    return db.query(
        """SELECT p.name, p.description, p.initiated_by, p.lead_municipality AS lead_municipality_number,
                  m.name AS lead_municipality, p.start_date, p.end_date, p.status, p.budget_nok,
                  p.funding_applied_nok, p.funding_granted_nok, p.funding_source
           FROM projects p LEFT JOIN municipalities m ON m.number = p.lead_municipality
           ORDER BY p.start_date NULLS LAST, p.name"""
    )


def project_totals(db: Database) -> pd.DataFrame:
    """Per status: number of projects, budget and external funding applied and granted."""
    return db.query(
        """SELECT coalesce(status, 'ukjent') AS status, count(*) AS projects, sum(budget_nok) AS budget_nok,
                  sum(funding_applied_nok) AS funding_applied_nok, sum(funding_granted_nok) AS funding_granted_nok
           FROM projects GROUP BY ALL ORDER BY projects DESC"""
    )


def active_projects(db: Database, on: dt.date) -> pd.DataFrame:
    frame = projects(db)
    return frame[frame["status"].isin(ACTIVE)].reset_index(drop=True)


def funding_summary(db: Database) -> dict:
    """The portfolio in figures: projects, how many are under way, budget, and external funding
    applied, granted and still awaiting an answer (applied for where nothing is recorded as granted)."""
    frame = projects(db)
    awaiting = frame["funding_granted_nok"].isna() & frame["funding_applied_nok"].notna()
    return {
        "projects": len(frame),
        "active": int(frame["status"].isin(ACTIVE).sum()),
        "budget_nok": int(frame["budget_nok"].fillna(0).sum()),
        "applied_nok": int(frame["funding_applied_nok"].fillna(0).sum()),
        "granted_nok": int(frame["funding_granted_nok"].fillna(0).sum()),
        "awaiting_nok": int(frame.loc[awaiting, "funding_applied_nok"].sum()),
    }


def select_projects(frame: pd.DataFrame, statuses=(), initiated_by=(), lead_municipalities=(), names=()) -> pd.DataFrame:
    """The projects matching every filter given; an empty filter keeps all."""
    keep = pd.Series(True, index=frame.index)
    for column, chosen in (
        ("status", statuses),
        ("initiated_by", initiated_by),
        ("lead_municipality", lead_municipalities),
        ("name", names),
    ):
        if chosen:
            keep &= frame[column].isin(list(chosen))
    return frame[keep].reset_index(drop=True)
