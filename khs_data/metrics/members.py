"""Members and their population at a date."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..rules import load_rules


def members(db: Database) -> pd.DataFrame:
    """All municipalities in the register, with their leaving date if notice is given and the
    notice rule that date comes from (`notice_rule`, a Rule: the earliest one for a notice given
    before any notice rule, which then says so)."""
    frame = db.query(
        "SELECT number AS municipality_number, name AS municipality, board_region, lsu_area, member_since, notice_date "
        "FROM municipalities ORDER BY board_region, name"
    )
    rules = load_rules(db)
    notices = [None if pd.isna(d) else d.date() for d in frame["notice_date"]]
    frame["leaving_date"] = pd.Series(
        [pd.Timestamp(rules.leaving_date(d)) if d else pd.NaT for d in notices], index=frame.index, dtype="datetime64[us]"
    )
    frame["notice_rule"] = [rules.notice_rule(d) if d else None for d in notices]
    return frame


def is_member_on(member_since: object, leaving_date: object, on: dt.date) -> bool:
    """Joined by the date (or joining unknown) and not yet left."""
    stamp = pd.Timestamp(on)
    return (pd.isna(member_since) or member_since <= stamp) and (pd.isna(leaving_date) or leaving_date > stamp)


def members_on(db: Database, on: dt.date) -> pd.DataFrame:
    """Municipalities that are members on the date (joined, and not yet left)."""
    frame = members(db)
    current = pd.Series(
        [is_member_on(s, left, on) for s, left in zip(frame["member_since"], frame["leaving_date"])], index=frame.index, dtype=bool
    )
    return frame[current].reset_index(drop=True)


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
