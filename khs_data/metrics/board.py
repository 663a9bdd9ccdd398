"""Board terms (Samarbeidsstyret): who sits for which board region, and the agreement's checks."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
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
    frame["rule_end"] = expected
    frame["rule_years"] = years
    frame["rule"] = rule_text
    frame["end"] = frame["term_end"].fillna(frame["rule_end"])
    frame["end_computed"] = frame["term_end"].isna().astype(bool)
    frame["length_ok"] = (frame["rule_end"].isna() | (frame["end"] <= frame["rule_end"])).astype(bool)
    return frame


def board_seats(db: Database, on: dt.date) -> pd.DataFrame:
    """One row per board region at the date: the sitting member, or a vacancy."""
    stamp = pd.Timestamp(on)
    terms = board_terms(db)
    active = terms[(terms["term_start"] <= stamp) & (terms["end"] >= stamp)]
    regions = db.query("SELECT DISTINCT board_region FROM municipalities ORDER BY board_region")["board_region"]
    small = population_on(db, on)[["municipality_number", "population"]]
    threshold = load_rules(db).small_threshold(on)
    seats = pd.DataFrame({"board_region": regions}).merge(active, on="board_region", how="left")
    seats = seats.merge(small, on="municipality_number", how="left")
    seats["vacant"] = seats["person"].isna()
    seats["small"] = (seats["population"] < threshold).fillna(False).astype(bool)
    seats["ends_soon"] = (~seats["vacant"]) & (seats["end"] <= stamp + pd.Timedelta(days=SOON_DAYS))
    return seats.reset_index(drop=True)


def board_checks(db: Database, on: dt.date) -> pd.DataFrame:
    """The agreement's rules for the board at the date, each ok or not with the reason."""
    rules = load_rules(db)
    seats = board_seats(db, on)
    filled = seats[~seats["vacant"]]
    size = rules.at("board_size", on).number
    regions = len(seats)
    missing = ", ".join(seats.loc[seats["vacant"], "board_region"])
    min_small = rules.at("min_small_members", on)
    threshold = rules.small_threshold(on)
    small_count = int(filled["small"].sum())
    small_names = ", ".join(filled.loc[filled["small"], "municipality"]) or "ingen"
    too_long = filled[~filled["length_ok"].astype(bool)]
    deputies = filled[filled["role"] == "nestleder"]
    leaders = filled[filled["role"] == "leder"]
    rows = [
        {
            "check": "regions_covered", "ok": not missing and len(filled) >= size,
            "reason": f"Alle {regions} styreregioner har en representant." if not missing
            else f"{len(filled)} av {regions} styreregioner har representant. Ledig: {missing}.",
            "rule": rules.at("board_size", on).describe(),
        },
        {
            "check": "small_members", "ok": small_count >= min_small.number,
            "reason": f"{small_count} representant(er) fra små kommuner (under {threshold:,} innbyggere): {small_names}. "
            f"Kravet er minst {min_small.number}.".replace(",", " "),
            "rule": min_small.describe(),
        },
        {
            "check": "term_length", "ok": too_long.empty,
            "reason": "Alle sittende perioder holder seg innenfor virketiden i regelen som gjaldt da perioden startet."
            if too_long.empty else "Lengre enn regelen: " + "; ".join(
                f"{r.person} ({r.municipality}, {r.term_start:%d.%m.%Y}–{r.end:%d.%m.%Y}, regel {r.rule_years} år)" for r in too_long.itertuples()
            ) + ".",
            "rule": rules.term_length(on).describe(),
        },
        {
            "check": "deputy_small", "ok": bool(len(deputies)) and bool(deputies["small"].all()),
            "reason": (f"Nestleder {deputies.iloc[0]['person']} er fra {deputies.iloc[0]['municipality']}, "
                       + ("en liten kommune." if deputies.iloc[0]["small"] else "som ikke er en liten kommune."))
            if len(deputies) else "Styret har ingen nestleder.",
            "rule": "Nettsiden «Om Kommunehelsesamarbeidet»: nestleder bør representere de mindre kommunene",
        },
        {
            "check": "leader", "ok": len(leaders) == 1,
            "reason": f"Leder: {leaders.iloc[0]['person']} ({leaders.iloc[0]['municipality']})." if len(leaders) == 1
            else ("Styret har ingen leder." if leaders.empty else "Styret har mer enn én leder."),
            "rule": "Samarbeidsavtalen 2019–2023: styret konstituerer seg selv (leder og nestleder)",
        },
    ]
    return pd.DataFrame(rows)


def board_changes_ahead(db: Database, on: dt.date, days: int = SOON_DAYS) -> pd.DataFrame:
    """Terms ending within the window, and whether a successor for the region is already recorded."""
    stamp = pd.Timestamp(on)
    terms = board_terms(db)
    ending = terms[(terms["end"] >= stamp) & (terms["end"] <= stamp + pd.Timedelta(days=days)) & (terms["term_start"] <= stamp)]
    rows = []
    for term in ending.itertuples():
        successor = terms[(terms["board_region"] == term.board_region) & (terms["term_start"] > term.end - pd.Timedelta(days=1))
                          & (terms["term_start"] <= term.end + pd.Timedelta(days=1))]
        rows.append({
            "board_region": term.board_region, "person": term.person, "municipality": term.municipality,
            "role": term.role, "end": term.end, "successor": successor.iloc[0]["person"] if len(successor) else None,
        })
    return pd.DataFrame(rows, columns=["board_region", "person", "municipality", "role", "end", "successor"])
