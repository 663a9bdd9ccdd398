"""Styret: who sits for each board region at a date, every term on a timeline, and the agreement's
rule checks at that date."""

import datetime as dt

import pandas as pd
import streamlit as st

from khs_data.charts.board import board_timeline
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.metrics.board import board_seats, board_terms, board_vacancies, term_states
from khs_data.metrics.board_checks import board_checks
from khs_data.metrics.overview import focus_date
from khs_data.statuses import Role
from ui.data import figure, metric
from ui.state import each, ensure_app_entry, lang, t, today, year
from ui.widgets import chart, empty_state, headline, rule_check, table

ensure_app_entry()


def person_text(seats: pd.DataFrame, role: str) -> str:
    holders = seats[(~seats["vacant"]) & (seats["role"] == role)]
    if holders.empty:
        return t("board.nobody")
    return ", ".join(t("board.person_from", person=r.person, municipality=r.municipality) for r in holders.itertuples())


def ending_text(count: int, prefix: str) -> str:
    key = "none" if count == 0 else "one" if count == 1 else "many"
    return t(f"{prefix}.ending_{key}", count=count)


def vacancy_text(seats: pd.DataFrame, vacancies: pd.DataFrame, on: dt.date) -> str:
    """«; Midt-Buskerud er ledig (siden 01.03.2026)» or nothing."""
    vacant = seats.loc[seats["vacant"], "board_region"].tolist()
    if not vacant:
        return ""
    stamp = pd.Timestamp(on)
    at_date = vacancies[(vacancies["vacant_from"] <= stamp) & (vacancies["vacant_to"] >= stamp)]
    ongoing = at_date.set_index("board_region")["vacant_from"]
    names = ", ".join(t("board.vacant_since", region=r, date=date_text(ongoing[r])) if r in ongoing.index else r for r in vacant)
    return t("board.headline_vacant_one" if len(vacant) == 1 else "board.headline_vacant_many", regions=names)


def yes_no(value: object) -> str:
    return t("common.yes") if bool(value) else t("common.no")


try:
    terms = metric(board_terms)
    if terms.empty:
        headline(t("page.styret"), t("board.headline_empty"))
        empty_state(t("board.what"))
        st.stop()

    top = st.container()  # the headline goes above the date it depends on
    picker, _ = st.columns([1, 2])
    on = picker.date_input(
        t("board.on_date"),
        value=focus_date(year(), today()),
        format="DD.MM.YYYY",
        help=t("board.on_date_help"),
        key=f"board-on-{year()}",  # a new year in the sidebar starts from that year's focus date
    )
    seats = metric(board_seats, on)
    checks = metric(board_checks, on)
    # Vacancies known up to today are facts, whatever date is chosen.
    vacancies = metric(board_vacancies, max(on, today()))
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

filled = int((~seats["vacant"]).sum())
ending = int(seats["ends_soon"].sum())
with top:
    headline(
        t("page.styret"),
        t(
            "board.headline",
            filled=filled,
            seats=len(seats),
            date=date_text(on),
            vacancy=vacancy_text(seats, vacancies, on),
            ending=ending_text(ending, "board"),
        ),
    )
leader_column, deputy_column = st.columns(2)
leader_column.metric(t("board.leader"), person_text(seats, Role.LEADER))
deputy_column.metric(t("board.deputy"), person_text(seats, Role.DEPUTY))

vacant_regions = seats.loc[seats["vacant"], "board_region"].tolist()
title = (
    t("board.chart.title_vacant", regions=", ".join(vacant_regions), ending=ending_text(ending, "board.chart"))
    if vacant_regions
    else t("board.chart.title_full", ending=ending_text(ending, "board.chart"))
)
chart(figure(board_timeline, terms, vacancies, on, today(), lang(), title), key="board-timeline")
if terms["end_computed"].any():
    st.caption(t("board.computed_note"))

st.subheader(t("board.checks", date=date_text(on)))
for item in checks:
    rule_check(item)

st.subheader(t("board.seats", date=date_text(on)))
seat_rows = seats.assign(
    person=seats["person"].where(~seats["vacant"], t("common.vacant")),
    municipality=seats["municipality"].fillna("–"),
    role=[t(f"role.{r}") if isinstance(r, str) else "" for r in seats["role"]],
    end_text=[("" if pd.isna(e) else date_text(e) + ("*" if c else "")) for e, c in zip(seats["end"], seats["end_computed"])],
    small_text=[yes_no(s) if not v and not pd.isna(p) else "–" for s, v, p in zip(seats["small"], seats["vacant"], seats["population"])],
    state=[
        t("board.state.vacant") if v else t("board.state.ending" if e else "board.state.current")
        for v, e in zip(seats["vacant"], seats["ends_soon"])
    ],
)
table(
    seat_rows,
    {
        "board_region": (t("col.board_region"), "text"),
        "person": (t("col.person"), "text"),
        "municipality": (t("col.municipality"), "text"),
        "role": (t("col.role"), "text"),
        "term_start": (t("col.from"), "date"),
        "end_text": (t("col.to"), "text"),
        "state": (t("board.col.state"), "text"),
        "population": (t("col.population"), "int"),
        "population_date": (t("col.population_date"), "date"),
        "small_text": (t("board.col.small"), "text"),
    },
    t("board.file.seats", date=on.isoformat()),
    key="board-seats",
)

with st.expander(t("board.terms", count=len(terms))):
    term_rows = terms.assign(
        # Each column's words once per distinct value: at national scale there are thousands of terms.
        role=each(lambda r: t(f"role.{r}") if isinstance(r, str) else "", terms["role"]),
        end_text=each(lambda ec: date_text(ec[0]) + ("*" if ec[1] else ""), zip(terms["end"], terms["end_computed"])),
        end_source=each(
            lambda cy: t("board.end.computed", years=int(cy[1])) if cy[0] else t("board.end.given"),
            zip(terms["end_computed"], terms["rule_years"].fillna(0)),
        ),
        state=each(lambda s: t(f"board.state.{s}"), term_states(terms, on)),
        length_text=each(yes_no, terms["length_ok"]),
        rule_text=each(lambda r: r.describe(lang()), terms["term_rule"]),
    )
    table(
        term_rows,
        {
            "board_region": (t("col.board_region"), "text"),
            "person": (t("col.person"), "text"),
            "municipality": (t("col.municipality"), "text"),
            "role": (t("col.role"), "text"),
            "term_start": (t("col.from"), "date"),
            "end_text": (t("col.to"), "text"),
            "end_source": (t("board.col.end_source"), "text"),
            "state": (t("board.col.state"), "text"),
            "length_text": (t("board.col.length_ok"), "text"),
            "rule_text": (t("board.col.rule"), "text"),
        },
        t("board.file.terms"),
        key="board-terms",
    )
