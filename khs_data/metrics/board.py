"""Board terms (Samarbeidsstyret): who sits for which board region, and the agreement's checks."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..catalogue import text
from ..database import Database
from ..fmt import date_text, number_text
from ..rules import RuleMissing, load_rules
from .members import population_on

SOON_DAYS = 183  # «within the next 6 months»


def board_terms(db: Database) -> pd.DataFrame:
    """Every term with its board region; an open end is computed from the term-length rule valid
    when the term started, and each term says whether its length keeps to that rule."""
    frame = db.query(
        """SELECT t.person, t.municipality AS municipality_number, m.name AS municipality, m.board_region,
                  t.role, t.term_start, t.term_end
           FROM board_terms t LEFT JOIN municipalities m ON m.number = t.municipality
           ORDER BY m.board_region, t.term_start"""
    )
    rules = load_rules(db)
    expected, rule_text, years = [], [], []
    for start in frame["term_start"]:
        try:
            rule = rules.term_length(start.date())
            expected.append(pd.Timestamp(rules.expected_term_end(start.date())))
            rule_text.append(rule.describe())
            years.append(rule.number)
        except RuleMissing as missing:
            expected.append(pd.NaT)
            rule_text.append(str(missing))
            years.append(None)
    frame["rule_end"] = pd.Series(expected, index=frame.index, dtype="datetime64[us]")  # typed even when empty
    frame["rule_years"] = years
    frame["rule"] = rule_text
    frame["end"] = frame["term_end"].fillna(frame["rule_end"])
    frame["end_computed"] = frame["term_end"].isna().astype(bool)
    frame["length_ok"] = (frame["rule_end"].isna() | (frame["end"] <= frame["rule_end"])).astype(bool)
    return frame


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


def board_seats(db: Database, on: dt.date) -> pd.DataFrame:
    """One row per board region at the date: the sitting member, or a vacancy."""
    stamp = pd.Timestamp(on)
    terms = board_terms(db)
    active = terms[(terms["term_start"] <= stamp) & (terms["end"] >= stamp)]
    regions = db.query("SELECT DISTINCT board_region FROM municipalities ORDER BY board_region")["board_region"]
    small = population_on(db, on)[["municipality_number", "population", "population_date"]]
    threshold = load_rules(db).small_threshold(on)
    seats = pd.DataFrame({"board_region": regions}).merge(active, on="board_region", how="left")
    seats = seats.merge(small, on="municipality_number", how="left")
    seats["vacant"] = seats["person"].isna()
    seats["small"] = (seats["population"] < threshold).fillna(False).astype(bool)
    seats["ends_soon"] = (~seats["vacant"]) & (seats["end"] <= stamp + pd.Timedelta(days=SOON_DAYS))
    return seats.reset_index(drop=True)


def board_checks(db: Database, on: dt.date, lang: str = "nb") -> pd.DataFrame:
    """The agreement's rules for the board at the date, each ok or not with the reason (in `lang`)."""

    def say(key: str, **values: object) -> str:
        return text(f"board.{key}", lang, **values)

    rules = load_rules(db)
    seats = board_seats(db, on)
    filled = seats[~seats["vacant"]]
    size = rules.at("board_size", on).number
    regions = len(seats)
    missing = ", ".join(seats.loc[seats["vacant"], "board_region"])
    min_small = rules.at("min_small_members", on)
    threshold = rules.small_threshold(on)
    small_count = int(filled["small"].sum())
    small_names = ", ".join(filled.loc[filled["small"], "municipality"]) or say("reason.small_none")
    unknown = filled[filled["population"].isna()]
    too_long = filled[~filled["length_ok"].astype(bool)]
    deputies = filled[filled["role"] == "nestleder"]
    leaders = filled[filled["role"] == "leder"]
    # Each sitting term is judged by the rule valid when it started, so name those rules.
    term_rules = "; ".join(dict.fromkeys(filled["rule"].dropna())) or rules.term_length(on).describe()
    rows = [
        {
            "check": "regions_covered",
            "ok": not missing and len(filled) >= size,
            "reason": say("reason.regions_all", regions=regions)
            if not missing
            else say("reason.regions_missing", filled=len(filled), regions=regions, missing=missing),
            "rule": rules.at("board_size", on).describe(),
        },
        {
            "check": "small_members",
            "ok": small_count >= min_small.number,
            "reason": say(
                "reason.small_members", count=small_count, threshold=number_text(threshold), names=small_names, required=min_small.number
            )
            + (say("reason.population_missing", names=", ".join(unknown["municipality"])) if len(unknown) else ""),
            "rule": min_small.describe(),
        },
        {
            "check": "term_length",
            "ok": too_long.empty,
            "reason": say("reason.term_length_ok")
            if too_long.empty
            else say(
                "reason.term_length_long",
                terms="; ".join(
                    say(
                        "reason.term_too_long",
                        person=r.person,
                        municipality=r.municipality,
                        start=date_text(r.term_start),
                        end=date_text(r.end),
                        years=int(r.rule_years),
                    )
                    for r in too_long.itertuples()
                ),
            ),
            "rule": term_rules,
        },
        {
            "check": "deputy_small",
            "ok": bool(len(deputies)) and bool(deputies["small"].all()),
            "reason": _deputy_reason(deputies, say),
            "rule": say("rule.deputy_small"),
        },
        {
            "check": "leader",
            "ok": len(leaders) == 1,
            "reason": say("reason.leader", person=leaders.iloc[0]["person"], municipality=leaders.iloc[0]["municipality"])
            if len(leaders) == 1
            else say("reason.no_leader" if leaders.empty else "reason.many_leaders"),
            "rule": say("rule.leader"),
        },
    ]
    return pd.DataFrame(rows)


def _deputy_reason(deputies: pd.DataFrame, say) -> str:
    if deputies.empty:
        return say("reason.no_deputy")
    deputy = deputies.iloc[0]
    if pd.isna(deputy["population"]):
        key = "reason.deputy_population_missing"
    else:
        key = "reason.deputy_small" if deputy["small"] else "reason.deputy_not_small"
    return say(key, person=deputy["person"], municipality=deputy["municipality"])


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
        successor = terms[
            (terms["board_region"] == term.board_region)
            & (terms["term_start"] > term.end - pd.Timedelta(days=1))
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
