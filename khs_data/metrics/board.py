"""Board terms (Samarbeidsstyret): who sits for which board region at a date. The agreement's
checks on the board are in board_checks."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..rules import load_rules
from .members import is_member_on, population_on

SOON_DAYS = 183  # «within the next 6 months»


def board_terms(db: Database) -> pd.DataFrame:
    """Every term with its board region; an open end is computed from the term-length rule valid
    when the term started, and each term says whether its length keeps to that rule. Each term
    also carries its municipality's membership (`member_since`, `leaving_date`): a seat is a
    member's only while the municipality is one."""
    frame = db.query(
        """SELECT t.person, t.municipality AS municipality_number, m.name AS municipality, m.board_region,
                  t.role, t.term_start, t.term_end, m.member_since, m.notice_date
           FROM board_terms t LEFT JOIN municipalities m ON m.number = t.municipality
           ORDER BY m.board_region, t.term_start, t.person"""
    )
    rules = load_rules(db)
    rule_list = [rules.term_length(start.date()) for start in frame["term_start"]]
    expected = [pd.Timestamp(rules.expected_term_end(start.date())) for start in frame["term_start"]]
    frame["rule_end"] = pd.Series(expected, index=frame.index, dtype="datetime64[us]")  # typed even when empty
    frame["rule_years"] = [r.number for r in rule_list]
    frame["term_rule"] = rule_list  # the Rule (rendered where shown)
    frame["end"] = frame["term_end"].fillna(frame["rule_end"])
    frame["end_computed"] = frame["term_end"].isna().astype(bool)
    frame["length_ok"] = (frame["rule_end"].isna() | (frame["end"] <= frame["rule_end"])).astype(bool)
    leaving = [pd.Timestamp(rules.leaving_date(d.date())) if not pd.isna(d) else pd.NaT for d in frame["notice_date"]]
    frame["leaving_date"] = pd.Series(leaving, index=frame.index, dtype="datetime64[us]")
    return frame.drop(columns="notice_date")


def term_states(terms: pd.DataFrame, on: dt.date) -> pd.Series:
    """Each term seen from the date: past, current, ending (within 6 months) or future."""
    stamp = pd.Timestamp(on)
    started = terms["term_start"] <= stamp
    over = terms["end"] < stamp
    ending = terms["end"] <= stamp + pd.Timedelta(days=SOON_DAYS)
    states = pd.Series("current", index=terms.index)
    states[started & ending] = "ending"
    states[over] = "past"
    states[~started] = "future"
    return states


def active_terms(db: Database, on: dt.date) -> pd.DataFrame:
    """Every term covering the date, with `member` (its municipality is a member then) and
    `counted` (the one term that is its region's seat). A region holds one seat at a date: when
    terms of a region overlap, the one that started last (a successor who started early) is
    counted, and the overlap is a failing check (board_checks)."""
    stamp = pd.Timestamp(on)
    terms = board_terms(db)
    active = terms[(terms["term_start"] <= stamp) & (terms["end"] >= stamp)].copy()
    active["member"] = [is_member_on(s, left, on) for s, left in zip(active["member_since"], active["leaving_date"])]
    active["member"] = active["member"].astype(bool)
    latest = active[active["member"]].sort_values(["term_start", "person"]).groupby("board_region").tail(1).index
    active["counted"] = active.index.isin(latest)
    return active.reset_index(drop=True)


def board_seats(db: Database, on: dt.date) -> pd.DataFrame:
    """One row per board region at the date: the counted seat, or a vacancy."""
    return seats_of_terms(db, on, active_terms(db, on))


def seats_of_terms(db: Database, on: dt.date, active: pd.DataFrame) -> pd.DataFrame:
    stamp = pd.Timestamp(on)
    regions = db.query("SELECT DISTINCT board_region FROM municipalities ORDER BY board_region")["board_region"]
    counted = active[active["counted"]].drop(columns=["member", "counted"])
    small = population_on(db, on)[["municipality_number", "population", "population_date"]]
    threshold = load_rules(db).small_threshold(on)
    seats = pd.DataFrame({"board_region": regions}).merge(counted, on="board_region", how="left")
    seats = seats.merge(small, on="municipality_number", how="left")
    seats["vacant"] = seats["person"].isna()
    seats["small"] = (seats["population"] < threshold).fillna(False).astype(bool)
    seats["ends_soon"] = (~seats["vacant"]) & (seats["end"] <= stamp + pd.Timedelta(days=SOON_DAYS))
    return seats.reset_index(drop=True)


def board_vacancies(db: Database, until: dt.date) -> pd.DataFrame:
    """Stretches from the board's first term up to `until` when a board region had nobody:
    board_region, vacant_from, vacant_to (inclusive) and `ongoing` (still vacant at `until`)."""
    terms = board_terms(db)
    rows: list[dict] = []
    if terms.empty:
        return pd.DataFrame(rows, columns=["board_region", "vacant_from", "vacant_to", "ongoing"])
    stamp = pd.Timestamp(until)
    day = pd.Timedelta(days=1)
    regions = db.query("SELECT DISTINCT board_region FROM municipalities ORDER BY board_region")["board_region"]
    for region in regions:
        covered_to = terms["term_start"].min() - day  # the last day some term of the region covers
        for term in terms[terms["board_region"] == region].sort_values("term_start").itertuples():
            if term.term_start > covered_to + day and covered_to + day <= stamp:
                rows.append(
                    {
                        "board_region": region,
                        "vacant_from": covered_to + day,
                        "vacant_to": min(term.term_start - day, stamp),
                        "ongoing": term.term_start > stamp,
                    }
                )
            covered_to = max(covered_to, term.end)
        if covered_to < stamp:
            rows.append({"board_region": region, "vacant_from": covered_to + day, "vacant_to": stamp, "ongoing": True})
    return pd.DataFrame(rows, columns=["board_region", "vacant_from", "vacant_to", "ongoing"])


def board_changes_ahead(db: Database, on: dt.date, days: int = SOON_DAYS) -> pd.DataFrame:
    """Terms ending within the window, and whether a successor for the region is already recorded."""
    stamp = pd.Timestamp(on)
    terms = board_terms(db)
    ending = terms[(terms["end"] >= stamp) & (terms["end"] <= stamp + pd.Timedelta(days=days)) & (terms["term_start"] <= stamp)]
    rows = []
    for term in ending.itertuples():
        # A successor starts the day after, or already before the term ends (an early start).
        successor = terms[
            (terms["board_region"] == term.board_region)
            & (terms["term_start"] > term.term_start)
            & (terms["term_start"] <= term.end + pd.Timedelta(days=1))
        ]
        rows.append(
            {
                "board_region": term.board_region,
                "person": term.person,
                "municipality": term.municipality,
                "role": term.role,
                "end": term.end,
                "successor": successor.iloc[0]["person"] if len(successor) else None,
            }
        )
    return pd.DataFrame(rows, columns=["board_region", "person", "municipality", "role", "end", "successor"])
