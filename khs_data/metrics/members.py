"""Members and their population at a date."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..rules import load_rules


def members(db: Database) -> pd.DataFrame:
    """All municipalities in the register, with their leaving date if notice is given."""
    frame = db.query(
        "SELECT number AS municipality_number, name AS municipality, board_region, lsu_area, member_since, notice_date "
        "FROM municipalities ORDER BY board_region, name"
    )
    rules = load_rules(db)
    frame["leaving_date"] = [pd.Timestamp(rules.leaving_date(d.date())) if not pd.isna(d) else pd.NaT for d in frame["notice_date"]]
    return frame


def members_on(db: Database, on: dt.date) -> pd.DataFrame:
    """Municipalities that are members on the date (joined, and not yet left)."""
    frame = members(db)
    stamp = pd.Timestamp(on)
    joined = frame["member_since"].isna() | (frame["member_since"] <= stamp)
    not_left = frame["leaving_date"].isna() | (frame["leaving_date"] > stamp)
    return frame[joined & not_left].reset_index(drop=True)


def population_on(db: Database, on: dt.date, exact: bool = False) -> pd.DataFrame:
    """Each municipality's newest figure dated on or before `on` (or exactly on it)."""
    condition = "p.date = ?" if exact else "p.date <= ?"
    return db.query(
        f"""SELECT m.number AS municipality_number, m.name AS municipality, m.board_region,
                   p.count AS population, p.date AS population_date
            FROM municipalities m
            LEFT JOIN (SELECT * FROM population p WHERE {condition}
                       QUALIFY row_number() OVER (PARTITION BY municipality ORDER BY date DESC) = 1) p
              ON p.municipality = m.number
            ORDER BY m.number""",
        [on],
    )


def population_series(db: Database) -> pd.DataFrame:
    """Population of every member at every date on record."""
    return db.query(
        "SELECT m.number AS municipality_number, m.name AS municipality, m.board_region, p.date, p.count AS population "
        "FROM population p JOIN municipalities m ON m.number = p.municipality ORDER BY p.date, m.name"
    )


def small_on(db: Database, on: dt.date) -> pd.DataFrame:
    """Whether each municipality is small at the date (below the threshold valid then)."""
    threshold = load_rules(db).small_threshold(on)
    frame = population_on(db, on)
    frame["small"] = (frame["population"] < threshold).fillna(False).astype(bool)
    frame["threshold"] = threshold
    return frame
