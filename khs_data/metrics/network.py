"""Samhandlingsnettverket: one seat per LSU area; «Navn oppdateres» or no name means vacant."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..facts import Check, Phrase, listed
from ..rules import load_rules
from ..statuses import Level
from ..vocabulary import is_vacant
from .board import board_terms
from .board_checks import outside_phrase
from .members import is_member_on


def network_history(db: Database) -> pd.DataFrame:
    """Every recorded seat, with its municipality's membership (`member_since`, `leaving_date`)."""
    frame = db.query(
        """SELECT s.area, s.person, s.municipality AS municipality_number, m.name AS municipality, s.from_date, s.to_date,
                  m.member_since, m.notice_date
           FROM network_seats s LEFT JOIN municipalities m ON m.number = s.municipality
           ORDER BY s.area, s.from_date"""
    )
    rules = load_rules(db)
    leaving = [pd.Timestamp(rules.leaving_date(d.date())) if not pd.isna(d) else pd.NaT for d in frame["notice_date"]]
    frame["leaving_date"] = pd.Series(leaving, index=frame.index, dtype="datetime64[us]")
    frame["vacant"] = [is_vacant(p) for p in frame["person"]]
    return frame.drop(columns="notice_date")


def current_network_records(db: Database, on: dt.date) -> pd.DataFrame:
    """The records covering the date, with `member` (no municipality named, or one that is a
    member then) and `counted` (the area's seat: the record that started last, held for a member).
    A record without an end lasts until the area's next record starts, as the history shows it:
    a new representative entered without closing the row before is a successor, not an overlap."""
    stamp = pd.Timestamp(on)
    history = network_history(db).sort_values(["area", "from_date"], kind="stable")
    next_start = history.groupby("area")["from_date"].shift(-1)
    next_start = next_start.where(next_start > history["from_date"])  # two open rows from one day do overlap
    until = history["to_date"].fillna(next_start - pd.Timedelta(days=1))
    current = history[(history["from_date"] <= stamp) & (until.isna() | (until >= stamp))].copy()
    current["member"] = [
        pd.isna(number) or is_member_on(since, left, on)
        for number, since, left in zip(current["municipality_number"], current["member_since"], current["leaving_date"])
    ]
    current["member"] = current["member"].astype(bool)
    latest = current.sort_values(["from_date", "person"], na_position="first").groupby("area").tail(1).index
    current["counted"] = current.index.isin(latest) & current["member"]
    return current.reset_index(drop=True)


def network_seats(db: Database, on: dt.date) -> pd.DataFrame:
    """One row per LSU area at the date, with the municipalities the area covers. A seat held for a
    municipality that has left is vacant (and flagged by network_checks)."""
    return _seats(db, current_network_records(db, on))


def _seats(db: Database, current: pd.DataFrame) -> pd.DataFrame:
    areas = db.query(
        "SELECT lsu_area AS area, string_agg(name, ', ' ORDER BY name) AS covers, count(*) AS municipalities "
        "FROM municipalities WHERE lsu_area IS NOT NULL GROUP BY lsu_area ORDER BY lsu_area"
    )
    counted = current[current["counted"]].drop(columns=["member", "counted"])
    seats = areas.merge(counted, on="area", how="left")
    seats["vacant"] = seats["vacant"].astype("boolean").fillna(True).astype(bool)
    return seats


def network_checks(db: Database, on: dt.date) -> tuple[Check, ...]:
    """areas_covered, area_count (advice: the register's areas against the dated count),
    one_seat_per_area and seats_held_by_members, in the board's shape."""
    rules = load_rules(db)
    current = current_network_records(db, on)
    seats = _seats(db, current)
    per_area = rules.at("network_seats_per_area", on)
    count_rule = rules.at("lsu_area_count", on)

    def check(check_id: str, ok: bool, reason: str, values: dict, rule: Phrase, level: Level = Level.REQUIRED) -> Check:
        return Check(check_id, "network", bool(ok), level, Phrase(f"network.reason.{reason}", values), rule)

    vacant = tuple(seats.loc[seats["vacant"], "area"])
    areas = len(seats)
    covered = (
        check(
            "areas_covered",
            False,
            "areas_missing",
            {"filled": areas - len(vacant), "areas": areas, "missing": vacant},
            listed([per_area.phrase(), count_rule.phrase()]),
        )
        if vacant
        else check("areas_covered", True, "areas_all", {"areas": areas}, listed([per_area.phrase(), count_rule.phrase()]))
    )
    count = check(
        "area_count",
        areas == count_rule.number,
        "area_count",
        {"areas": areas, "expected": count_rule.number},
        count_rule.phrase(),
        Level.ADVICE,
    )
    members = current[current["member"]]
    overlaps = tuple(
        Phrase(
            "network.reason.overlap", {"area": area, "people_and": tuple(group["person"].fillna("–")), "counted": group.iloc[-1]["person"]}
        )
        for area, group in members.sort_values(["from_date", "person"], na_position="first").groupby("area", sort=True)
        if len(group) > 1
    )
    one_seat = check(
        "one_seat_per_area", not overlaps, "one_seat_broken" if overlaps else "one_seat_ok", {"overlaps": overlaps}, per_area.phrase()
    )
    outside = current[~current["member"]]
    held = check(
        "seats_held_by_members",
        outside.empty,
        "members_broken" if len(outside) else "members_ok",
        {"seats": tuple(outside_phrase(r, "area", r.area, on) for r in outside.itertuples())},
        Phrase("board.rule.members"),
    )
    return (covered, count, one_seat, held)


def board_regions(db: Database) -> pd.DataFrame:
    """Which municipalities each board region covers (shown beside the network areas)."""
    return db.query(
        "SELECT board_region, string_agg(name, ', ' ORDER BY name) AS covers, count(*) AS municipalities "
        "FROM municipalities GROUP BY board_region ORDER BY board_region"
    )


SPAN_COLUMNS = ["person", "municipality", "start", "end", "to_date", "vacant", "recorded", "ongoing"]


def _seat_spans(rows: pd.DataFrame, seats: list[str], until: pd.Timestamp) -> pd.DataFrame:
    """Who held each seat from the first record to `until`, without gaps: a later record ends the
    one before it, time nobody is recorded for is a vacant span (recorded=False), and back-to-back
    spans of the same holder (a re-election) or of vacancy are one span. `rows` has seat, person,
    municipality, start, to_date, vacant."""
    rows = rows[rows["start"] <= until].sort_values(["seat", "start"], kind="stable")
    if rows.empty:
        return pd.DataFrame(columns=["seat", *SPAN_COLUMNS])
    day = pd.Timedelta(days=1)
    first = rows["start"].min()
    spans: list[dict] = []

    def add(seat, person, municipality, start, end, to_date, vacant, recorded):
        previous = spans[-1] if spans else None
        same_holder = (
            previous is not None
            and previous["seat"] == seat
            and previous["vacant"] == vacant
            and (vacant or (previous["person"], previous["municipality"]) == (person, municipality))
        )
        if same_holder and previous["end"] + day >= start:
            previous.update(end=end, to_date=to_date, recorded=previous["recorded"] or recorded)
            return
        spans.append(
            {
                "seat": seat,
                "person": person,
                "municipality": municipality,
                "start": start,
                "end": end,
                "to_date": to_date,
                "vacant": vacant,
                "recorded": recorded,
            }
        )

    for seat in seats:
        held = rows[rows["seat"] == seat].reset_index(drop=True)
        cursor = first
        for i, row in held.iterrows():
            end = until if pd.isna(row["to_date"]) else min(row["to_date"], until)
            if i + 1 < len(held):
                end = min(end, held.loc[i + 1, "start"] - day)
            if row["start"] > cursor:
                add(seat, None, None, cursor, row["start"] - day, pd.NaT, True, False)
            if end >= row["start"]:
                add(seat, row["person"], row["municipality"], row["start"], end, row["to_date"], bool(row["vacant"]), True)
                cursor = max(cursor, end + day)
        if cursor <= until:
            add(seat, None, None, cursor, until, pd.NaT, True, False)
    frame = pd.DataFrame(spans)
    frame["ongoing"] = (frame["end"] == until) & (frame["to_date"].isna() | (frame["to_date"] > until))
    return frame


def network_timeline(db: Database, until: dt.date) -> pd.DataFrame:
    """Who held each network seat up to the date, one span per holder or vacancy
    (area, person, municipality, start, end, to_date = recorded end, vacant, recorded, ongoing)."""
    history = network_history(db).rename(columns={"area": "seat", "from_date": "start"})
    seats = network_seats(db, until)["area"].tolist()
    return _seat_spans(history, seats, pd.Timestamp(until)).rename(columns={"seat": "area"})


def board_timeline(db: Database, until: dt.date) -> pd.DataFrame:
    """The same for the board regions, from the board terms (an open term ends where the
    term-length rule says), to show beside the network."""
    terms = board_terms(db).rename(columns={"board_region": "seat", "term_start": "start", "end": "to_date"})
    terms["vacant"] = False  # as in board_seats: a board seat is vacant only when no term covers the date
    seats = board_regions(db)["board_region"].tolist()
    return _seat_spans(terms, seats, pd.Timestamp(until)).rename(columns={"seat": "board_region"})


def _vacancies(timeline: pd.DataFrame, seat: str, on: dt.date) -> pd.DataFrame:
    """Seats vacant at the date, since when, and whether anyone was ever recorded in them."""
    stamp = pd.Timestamp(on)
    rows = []
    for name, spans in timeline.groupby(seat, sort=True):
        last = spans.iloc[-1]
        if last["vacant"] and last["end"] == stamp:
            ever_held = bool((~spans["vacant"]).any())
            rows.append({seat: name, "vacant_since": last["start"] if ever_held or last["recorded"] else pd.NaT, "ever_held": ever_held})
    return pd.DataFrame(rows, columns=[seat, "vacant_since", "ever_held"])


def network_vacancies(db: Database, on: dt.date) -> pd.DataFrame:
    """Vacant network seats at the date: area, vacant_since (NaT when nobody was ever recorded), ever_held."""
    return _vacancies(network_timeline(db, on), "area", on)


def board_vacancies(db: Database, on: dt.date) -> pd.DataFrame:
    """Vacant board seats at the date: board_region, vacant_since, ever_held."""
    return _vacancies(board_timeline(db, on), "board_region", on)
