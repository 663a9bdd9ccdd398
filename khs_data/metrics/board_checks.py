"""The agreement's rules for Samarbeidsstyret at a date, each a Check: the numbers and names it is
about and the rule it used. The words are written by khs_data.wording from the catalogue."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..facts import Check, Phrase, listed
from ..rules import load_rules
from ..statuses import Level, Role
from .board import active_terms, seats_of_terms


def board_checks(db: Database, on: dt.date) -> tuple[Check, ...]:
    """regions_covered, small_members, term_length, deputy_small (advice), leader,
    one_seat_per_region, one_region_per_person and seats_held_by_members."""
    rules = load_rules(db)
    active = active_terms(db, on)
    seats = seats_of_terms(db, on, active)
    filled = seats[~seats["vacant"]]
    size_rule = rules.at("board_size", on)
    min_small = rules.at("min_small_members", on)
    members_active = active[active["member"]]

    def check(check_id: str, ok: bool, reason: str, values: dict, rule: Phrase, level: Level = Level.REQUIRED) -> Check:
        return Check(check_id, "board", bool(ok), level, Phrase(f"board.reason.{reason}", values), rule)

    return (
        _regions_covered(check, seats, filled, size_rule),
        _small_members(check, filled, min_small, rules.small_threshold(on)),
        _term_length(check, filled, rules, on),
        _deputy(check, filled),
        _leader(check, filled),
        _one_seat_per_region(check, members_active, size_rule),
        _one_region_per_person(check, members_active, size_rule),
        _seats_held_by_members(check, active, on),
    )


def _regions_covered(check, seats: pd.DataFrame, filled: pd.DataFrame, size_rule) -> Check:
    size, regions = size_rule.number, len(seats)
    missing = tuple(seats.loc[seats["vacant"], "board_region"])
    if missing:
        return check(
            "regions_covered", False, "regions_missing", {"filled": len(filled), "regions": regions, "missing": missing}, size_rule.phrase()
        )
    if regions != size:
        return check("regions_covered", False, "regions_count", {"regions": regions, "size": size}, size_rule.phrase())
    return check("regions_covered", True, "regions_all", {"regions": regions}, size_rule.phrase())


def _small_members(check, filled: pd.DataFrame, min_small, threshold: int) -> Check:
    """Counted by person: one person sitting for two small regions is one representative."""
    small = tuple(filled.loc[filled["small"], "municipality"])
    people = filled.loc[filled["small"], "person"].nunique()
    unknown = tuple(filled.loc[filled["population"].isna(), "municipality"])
    values = {
        "count": people,
        "threshold": threshold,
        "names": small or Phrase("board.reason.small_none"),
        "required": min_small.number,
        "missing": Phrase("board.reason.population_missing", {"names": unknown}) if unknown else "",
    }
    return check("small_members", people >= min_small.number, "small_members", values, min_small.phrase())


def _term_length(check, filled: pd.DataFrame, rules, on: dt.date) -> Check:
    too_long = filled[~filled["length_ok"].astype(bool)]
    # Each sitting term is judged by the rule valid when it started, so name those rules.
    used = [r.phrase() for r in filled["term_rule"].dropna()] or [rules.term_length(on).phrase()]
    if too_long.empty:
        return check("term_length", True, "term_length_ok", {}, listed(used))
    terms = tuple(
        Phrase(
            "board.reason.term_too_long",
            {"person": r.person, "municipality": r.municipality, "start": r.term_start, "end": r.end, "years": int(r.rule_years)},
        )
        for r in too_long.itertuples()
    )
    return check("term_length", False, "term_length_long", {"terms": terms}, listed(used))


def _deputy(check, filled: pd.DataFrame) -> Check:
    """The later text: the deputy *should* represent the smaller municipalities. Advice, not a requirement."""
    rule = Phrase("board.rule.deputy_small")
    deputies = filled[filled["role"] == Role.DEPUTY]
    if deputies.empty:
        return check("deputy_small", False, "no_deputy", {}, rule, Level.ADVICE)
    deputy = deputies.iloc[0]
    values = {"person": deputy["person"], "municipality": deputy["municipality"]}
    if pd.isna(deputy["population"]):
        return check("deputy_small", False, "deputy_population_missing", values, rule, Level.ADVICE)
    small = bool(deputies["small"].all())
    return check("deputy_small", small, "deputy_small" if small else "deputy_not_small", values, rule, Level.ADVICE)


def _leader(check, filled: pd.DataFrame) -> Check:
    rule = Phrase("board.rule.leader")
    leaders = filled[filled["role"] == Role.LEADER]
    if len(leaders) == 1:
        leader = leaders.iloc[0]
        return check("leader", True, "leader", {"person": leader["person"], "municipality": leader["municipality"]}, rule)
    return check("leader", False, "no_leader" if leaders.empty else "many_leaders", {"names": tuple(leaders["person"])}, rule)


def _term_phrase(term) -> Phrase:
    return Phrase(
        "board.reason.term", {"person": term.person, "municipality": term.municipality, "start": term.term_start, "end": term.end}
    )


def _one_seat_per_region(check, members_active: pd.DataFrame, size_rule) -> Check:
    """Two terms of one region covering the date: a successor entered before the predecessor's
    term ends, or the same region twice for one period. Only one of them is the region's seat."""
    overlaps = tuple(
        Phrase(
            "board.reason.overlap",
            {"region": region, "terms_and": tuple(_term_phrase(t) for t in group.itertuples()), "counted": group.iloc[-1]["person"]},
        )
        for region, group in members_active.sort_values(["term_start", "person"]).groupby("board_region", sort=True)
        if len(group) > 1
    )
    if not overlaps:
        return check("one_seat_per_region", True, "one_seat_ok", {}, size_rule.phrase())
    return check("one_seat_per_region", False, "one_seat_broken", {"overlaps": overlaps}, size_rule.phrase())


def _one_region_per_person(check, members_active: pd.DataFrame, size_rule) -> Check:
    people = tuple(
        Phrase("board.reason.person_regions", {"person": person, "regions": tuple(sorted(set(group["board_region"])))})
        for person, group in members_active.groupby("person", sort=True)
        if group["board_region"].nunique() > 1
    )
    if not people:
        return check("one_region_per_person", True, "one_region_ok", {}, size_rule.phrase())
    return check("one_region_per_person", False, "one_region_broken", {"people": people}, size_rule.phrase())


def _seats_held_by_members(check, active: pd.DataFrame, on: dt.date) -> Check:
    """A seat held for a municipality that has left (or not yet joined) is no member's seat."""
    rule = Phrase("board.rule.members")
    outside = active[~active["member"]]
    if outside.empty:
        return check("seats_held_by_members", True, "members_ok", {}, rule)
    seats = tuple(outside_phrase(t, "region", t.board_region, on) for t in outside.itertuples())
    return check("seats_held_by_members", False, "members_broken", {"seats": seats}, rule)


def outside_phrase(term, seat_name: str, seat: str, on: dt.date) -> Phrase:
    """«Frida Flåværing (Flå) for Hallingdal: Flå gikk ut 01.07.2027»; shared with the network's check."""
    values = {"person": term.person, "municipality": term.municipality, seat_name: seat}
    if not pd.isna(term.leaving_date) and term.leaving_date <= pd.Timestamp(on):
        return Phrase(f"seats.outside_left_{seat_name}", values | {"leaving": term.leaving_date})
    return Phrase(f"seats.outside_not_yet_{seat_name}", values | {"since": term.member_since})
