"""Nettverk: who holds the Samhandlingsnettverket seat of each LSU area and the board seat of each
board region at the date in focus, which municipalities each seat covers, and who held it before."""

import pandas as pd
import streamlit as st

from khs_data.charts.network import seat_timeline
from khs_data.fmt import date_text
from khs_data.metrics.board import board_seats, board_terms
from khs_data.metrics.network import (
    board_regions,
    board_timeline,
    board_vacancies,
    network_checks,
    network_history,
    network_seats,
    network_timeline,
    network_vacancies,
)
from khs_data.metrics.overview import focus_date
from khs_data.vocabulary import ROLES
from ui.data import figure, metric
from ui.state import ensure_app_entry, t, today, year
from ui.widgets import as_html, chart, empty_state, headline, rule_check, table

ensure_app_entry()

CSS = """
<style>
.khs-seat {padding: .55rem .9rem; margin: 0 0 .5rem 0; border-radius: .4rem; border-left: 10px solid #0072B2; background: #EEF4FA;}
.khs-seat-vacant {border-left-color: #D55E00; background: #FBE9DF;}
.khs-seat-name {font-size: 1.05rem; font-weight: 600; color: #3A3A3A; text-transform: uppercase; letter-spacing: .03em;}
.khs-seat-person {font-size: 1.4rem; font-weight: 700; color: #1A1A1A; line-height: 1.3;}
.khs-seat-badge {display: inline-block; background: #D55E00; color: #FFFFFF; padding: 0 .55rem; border-radius: .3rem; margin-right: .4rem;}
.khs-seat-since {font-weight: 600; color: #7A2E00;}
.khs-seat-covers {font-size: 1.05rem; color: #3A3A3A;}
</style>
"""


def vacancy_clause(seats: pd.DataFrame, seat: str, vacancies: pd.DataFrame) -> str:
    """«; Ringeriksregionen har vært ledig siden 01.01.2021» for the headline, or nothing."""
    since = dict(zip(vacancies[seat], vacancies["vacant_since"]))
    if len(seats) and seats["vacant"].all() and vacancies["vacant_since"].isna().all():
        return "; " + t("network.none_recorded")
    parts = [
        t("network.vacant_since", seat=name, date=date_text(since[name]))
        if pd.notna(since.get(name, pd.NaT))
        else t("network.vacant_never", seat=name)
        for name in seats.loc[seats["vacant"], seat]
    ]
    if not parts:
        return ""
    return "; " + (parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {t('network.and')} " + parts[-1])


def seat_cards(seats: pd.DataFrame, seat: str, vacancies: pd.DataFrame) -> None:
    """One card per seat: the area, the person and municipality or a red «Ledig», what it covers.
    Vacant seats first, so they show on the projector without scrolling."""
    since = dict(zip(vacancies[seat], vacancies["vacant_since"]))
    cards = []
    for row in seats.sort_values(["vacant", seat], ascending=[False, True], kind="stable").to_dict("records"):
        if row["vacant"]:
            when = since.get(row[seat], pd.NaT)
            detail = t("network.since", date=date_text(when)) if pd.notna(when) else t("network.never_held")
            holder = f"<span class='khs-seat-badge'>✘ {t('common.vacant')}</span><span class='khs-seat-since'>{detail}</span>"
        else:
            role = row.get("role")
            role_text = f" · {t('role.' + role)}" if role in ROLES else ""
            holder = f"{as_html(row['person'])}<span style='font-weight:400'>, {as_html(row['municipality'])}{role_text}</span>"
        covers = row.get("covers")
        cards.append(
            f"<div class='khs-seat{' khs-seat-vacant' if row['vacant'] else ''}'>"
            f"<div class='khs-seat-name'>{as_html(row[seat])}</div>"
            f"<div class='khs-seat-person'>{holder}</div>"
            + (f"<div class='khs-seat-covers'>{t('network.covers')}: {as_html(covers)}</div>" if isinstance(covers, str) else "")
            + "</div>"
        )
    st.markdown("".join(cards), unsafe_allow_html=True)


def history(spans: pd.DataFrame, seat: str, seats: int, title_key: str, key: str) -> None:
    """The timeline of who held the seats up to the date in focus, titled with how many changed hands."""
    changed = int(spans[~spans["vacant"]].groupby(seat).size().gt(1).sum())
    title = t(title_key, changed=changed, seats=seats, year=spans["start"].min().year)
    chart(
        figure(
            seat_timeline, spans, seat, on, title, vacant_label=t("common.vacant"), filled_label=t("network.filled"), on_label=date_text(on)
        ),
        key=key,
    )


def history_table(spans: pd.DataFrame, seat: str, seat_header: str, file_key: str, key: str) -> None:
    """The timeline as a table with downloads; a vacancy is written «Ledig»."""
    shown = spans.assign(
        holder=spans["person"].where(~spans["vacant"], t("common.vacant")),
        # An open span has no end yet; a gap nobody filled ended where the next holder began.
        until=spans["to_date"].where(spans["to_date"].notna() | spans["ongoing"], spans["end"]),
    )
    table(
        shown,
        {
            seat: (seat_header, "text"),
            "holder": (t("col.person"), "text"),
            "municipality": (t("col.municipality"), "text"),
            "start": (t("col.from"), "date"),
            "until": (t("col.to"), "date"),
        },
        t(file_key),
        key=key,
    )


on = focus_date(year(), today())
network = metric(network_seats, on)
board = metric(board_seats, on).merge(metric(board_regions), on="board_region", how="left")
network_gaps = metric(network_vacancies, on)
board_gaps = metric(board_vacancies, on)
network_spans = metric(network_timeline, on)
checks = metric(network_checks, on)
board_spans = metric(board_timeline, on)

st.markdown(CSS, unsafe_allow_html=True)
headline(
    t("page.nettverk"),
    (
        t(
            "network.headline",
            date=date_text(on),
            filled=int((~network["vacant"]).sum()),
            seats=len(network),
            vacancies=vacancy_clause(network, "area", network_gaps),
        )
        if len(network)
        else t("network.headline_no_areas")
    )
    + " "
    + t(
        "network.headline_board",
        filled=int((~board["vacant"]).sum()),
        seats=len(board),
        vacancies=vacancy_clause(board, "board_region", board_gaps),
    ),
)

network_records = metric(network_history)
board_records = metric(board_terms)

left, right = st.columns(2, gap="large")
with left:
    st.subheader(t("network.section_network"))
    st.caption(t("network.section_note_network"))
    if network.empty:
        empty_state(t("network.upload_areas"))
    elif network_records.empty:
        empty_state(t("network.upload_network"))
    else:
        seat_cards(network, "area", network_gaps)
with right:
    st.subheader(t("network.section_board"))
    st.caption(t("network.section_note_board"))
    if board_records.empty:
        empty_state(t("network.upload_board"))
    else:
        seat_cards(board, "board_region", board_gaps)

if len(network):
    st.subheader(t("network.checks", date=date_text(on)))
    for item in checks:
        rule_check(item)

if not (network_records.empty and board_records.empty):
    st.subheader(t("network.history"))
    st.caption(t("network.history_note", date=date_text(on)))
# One above the other: side by side the bars get too short for the names.
for spans, seat, seats, records, title_key, key in (
    (network_spans, "area", len(network), network_records, "network.timeline_title", "network-timeline"),
    (board_spans, "board_region", len(board), board_records, "network.board_timeline_title", "board-timeline"),
):
    if not spans.empty:
        history(spans, seat, seats, title_key, key)
    elif not records.empty:
        st.info(t("network.no_history_before", date=date_text(on)))


if not network_spans.empty:
    st.subheader(t("network.table_network"))
    history_table(network_spans, "area", t("col.lsu_area"), "network.file_network", "network-history")
if not board_spans.empty:
    st.subheader(t("network.table_board"))
    history_table(board_spans, "board_region", t("col.board_region"), "network.file_board", "board-history")
