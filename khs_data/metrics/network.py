"""Samhandlingsnettverket: one seat per LSU area; «Navn oppdateres» or no name means vacant."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..vocabulary import is_vacant


def network_history(db: Database) -> pd.DataFrame:
    frame = db.query(
        """SELECT s.area, s.person, s.municipality AS municipality_number, m.name AS municipality, s.from_date, s.to_date
           FROM network_seats s LEFT JOIN municipalities m ON m.number = s.municipality
           ORDER BY s.area, s.from_date"""
    )
    frame["vacant"] = [is_vacant(p) for p in frame["person"]]
    return frame


def network_seats(db: Database, on: dt.date) -> pd.DataFrame:
    """One row per LSU area at the date, with the municipalities the area covers."""
    stamp = pd.Timestamp(on)
    history = network_history(db)
    current = history[(history["from_date"] <= stamp) & (history["to_date"].isna() | (history["to_date"] >= stamp))]
    current = current.sort_values("from_date").groupby("area", as_index=False).last()
    areas = db.query(
        "SELECT lsu_area AS area, string_agg(name, ', ' ORDER BY name) AS covers, count(*) AS municipalities "
        "FROM municipalities WHERE lsu_area IS NOT NULL GROUP BY lsu_area ORDER BY lsu_area"
    )
    seats = areas.merge(current, on="area", how="left")
    seats["vacant"] = seats["vacant"].astype("boolean").fillna(True).astype(bool)
    return seats


def board_regions(db: Database) -> pd.DataFrame:
    """Which municipalities each board region covers (shown beside the network areas)."""
    return db.query(
        "SELECT board_region, string_agg(name, ', ' ORDER BY name) AS covers, count(*) AS municipalities "
        "FROM municipalities GROUP BY board_region ORDER BY board_region"
    )
