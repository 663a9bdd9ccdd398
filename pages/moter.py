"""Møter: for each body and year, meetings held against the agreement's minimum; the chosen year
by quarter, and for the current year whether the plan can still reach the minimum."""

import pandas as pd
import streamlit as st

from khs_data.charts.meetings import body_label, body_order, compliance_heatmap, year_by_quarter
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.metrics.meetings import meeting_compliance, meetings, meetings_by_quarter
from khs_data.statuses import ComplianceState, MeetingStatus
from khs_data.vocabulary import BOARD
from ui.data import figure, metric
from ui.state import ensure_app_entry, lang, t, today, year
from ui.widgets import callout, chart, empty_state, headline, table
from ui.yearwheel import calendar_download

STATE_LOOK = {
    ComplianceState.MET: ("✔", "khs-ok"),
    ComplianceState.REACHABLE: ("!", "khs-warn"),
    ComplianceState.TOO_FEW_PLANNED: ("✘", "khs-bad"),
    ComplianceState.NOT_MET: ("✘", "khs-bad"),
}

ensure_app_entry()


def body_name(body: str) -> str:
    return body_label(body, lang())


def main_sentence(row: pd.Series, planned_dates: list[str]) -> str:
    """The board's (or the first body's) answer for the year."""
    values = {"body": body_name(row["body"]), "held": int(row["held"]), "required": int(row["required_min"]), "year": int(row["year"])}
    if row["year_finished"]:
        return t("meetings.headline.done_ok" if row["compliant"] else "meetings.headline.done_missed", **values)
    if row["compliant"]:
        return t("meetings.headline.now_ok", **values)
    if int(row["year"]) > today().year:
        return t("meetings.headline.later", planned=int(row["planned_ahead"]), **values)
    if row["can_still_comply"]:
        key = "meetings.headline.now_reachable_one" if len(planned_dates) == 1 else "meetings.headline.now_reachable_many"
        return t(key, planned=len(planned_dates), dates=", ".join(planned_dates), **values)
    return t("meetings.headline.now_unreachable", planned=int(row["planned_ahead"]), **values)


def others_sentence(others: pd.DataFrame, focus_year: int, main_missed: bool) -> str:
    open_rows = others[~others["compliant"]].sort_values("body", key=lambda b: b.map(body_order))
    if open_rows.empty:
        return t("meetings.headline.others_ok", year=focus_year)
    items = ", ".join(
        t("meetings.headline.item", body=body_name(r.body), held=r.held, required=r.required_min) for r in open_rows.itertuples()
    )
    if not open_rows["year_finished"].all():
        return t("meetings.headline.others_open", items=items)
    return t("meetings.headline.others_missed_too" if main_missed else "meetings.headline.others_missed", items=items)


def heatmap_title(compliance: pd.DataFrame) -> tuple[str, str | None]:
    """The finding, and (for a second line) which body missed in which years."""
    first = int(compliance["year"].min())
    missed = compliance[compliance["state"] == ComplianceState.NOT_MET]
    if missed.empty:
        return t("meetings.heatmap.title_all_ok", first=first), None
    items = "; ".join(
        t("meetings.heatmap.title_item", body=body_name(body), years=t("meetings.heatmap.and").join(str(y) for y in group["year"]))
        for body, group in missed.groupby("body", sort=False)
    )
    key = "meetings.heatmap.title_missed_one" if len(missed) == 1 else "meetings.heatmap.title_missed"
    return t(key, count=len(missed), first=first), items


try:
    all_meetings = metric(meetings, None, today())
    if all_meetings.empty:
        headline(t("page.moter"), t("meetings.headline.empty"))
        empty_state(t("meetings.what"))
        st.stop()
    compliance = metric(meeting_compliance, None, today())
    year_meetings = metric(meetings, year(), today())
    by_quarter = metric(meetings_by_quarter, year(), today())
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

this_year = compliance[compliance["year"] == year()]
if this_year.empty:
    headline(t("page.moter"), t("meetings.year.none", year=year()))
else:
    board_rows = this_year[this_year["body"] == BOARD]
    focus = board_rows.iloc[0] if len(board_rows) else this_year.iloc[0]
    ahead = year_meetings[
        (year_meetings["body"] == focus["body"])
        & (year_meetings["status"] == MeetingStatus.PLANNED)
        & (year_meetings["date"] >= pd.Timestamp(today()))
    ]
    answer = main_sentence(focus, [date_text(d) for d in ahead["date"]])
    others = this_year[this_year["body"] != focus["body"]]
    if len(others):
        answer += " " + others_sentence(others, year(), main_missed=not focus["compliant"])
    headline(t("page.moter"), answer)

ordered = compliance.sort_values(["body", "year"], key=lambda c: c.map(body_order) if c.name == "body" else c)
title, subtitle = heatmap_title(ordered)
chart(figure(compliance_heatmap, ordered, lang(), title, focus_year=year(), subtitle=subtitle), key="meetings-heatmap")
st.caption(t("meetings.heatmap.note"))

st.subheader(t("meetings.year.title", year=year()))
if year_meetings.empty:
    empty_state(t("meetings.what"))
else:
    for row in this_year.sort_values("body", key=lambda b: b.map(body_order)).itertuples():
        values = {"held": row.held, "required": row.required_min, "planned": row.planned, "cancelled": row.cancelled}
        symbol, css = STATE_LOOK[row.state]
        if row.year > today().year:  # a year not begun: too few planned so far is no breach yet
            symbol, css = ("!", "khs-warn") if row.state != ComplianceState.MET else (symbol, css)
        detail = (
            t("meetings.check.reachable", ahead=row.planned_ahead, **values)
            if row.state == ComplianceState.REACHABLE
            else t("meetings.check.held", **values)
        )
        callout(css, symbol, body_name(row.body), f"{t(f'meetings.state.{row.state}')}. {detail}")
        st.caption(t("meetings.rule_used", rule=row.rule.describe(lang())))
    counts = year_meetings["status"].value_counts()
    chart(
        figure(
            year_by_quarter,
            by_quarter,
            this_year,
            lang(),
            t(
                "meetings.year.chart_title",
                year=year(),
                held=int(counts.get(MeetingStatus.HELD, 0)),
                planned=int(counts.get(MeetingStatus.PLANNED, 0)),
                cancelled=int(counts.get(MeetingStatus.CANCELLED, 0)),
            ),
        ),
        key="meetings-quarters",
    )

    st.subheader(t("meetings.list", year=year()))
    calendar_download("meetings-ics")
    listed = year_meetings.fillna({"title": "", "place": "", "note": ""}).assign(
        body=year_meetings["body"].map(body_name),
        status=[t(f"meetings.status.{s}") if isinstance(s, str) else "" for s in year_meetings["status"]],
    )
    table(
        listed,
        {
            "date": (t("col.date"), "date"),
            "body": (t("col.body"), "text"),
            "title": (t("col.title"), "text"),
            "status": (t("col.status"), "text"),
            "place": (t("col.place"), "text"),
            "note": (t("col.note"), "text"),
        },
        t("meetings.file.list", year=year()),
        key="meetings-list",
    )

with st.expander(t("meetings.all_years")):
    by_year = ordered.sort_values(["year", "body"], key=lambda c: c.map(body_order) if c.name == "body" else c)
    summary = by_year.assign(
        body=by_year["body"].map(body_name),
        state=[t(f"meetings.state.{s}") for s in by_year["state"]],
        year_text=by_year["year"].astype(str),
        rule_text=[r.describe(lang()) for r in by_year["rule"]],
    )
    table(
        summary,
        {
            "year_text": (t("col.year"), "text"),
            "body": (t("col.body"), "text"),
            "held": (t("meetings.col.held"), "int"),
            "required_min": (t("meetings.col.required"), "int"),
            "planned": (t("meetings.col.planned"), "int"),
            "cancelled": (t("meetings.col.cancelled"), "int"),
            "state": (t("meetings.col.state"), "text"),
            "rule_text": (t("meetings.col.rule"), "text"),
        },
        t("meetings.file.compliance"),
        key="meetings-compliance",
    )
