"""Handlingsplan: the board's focus areas for the year in focus, how far each has come, which
measures are overdue, and every measure with its owner, deadline, status and project."""

import html

import pandas as pd
import streamlit as st

from khs_data.charts.actionplan import STATUS_LOOK, focus_area_chart
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.metrics.actionplan import action_plan, plan_date, plan_years
from khs_data.plan_texts import overdue_measure, status_text
from khs_data.statuses import MeasureStatus
from ui.data import figure, metric
from ui.state import ensure_app_entry, lang, t, today, year
from ui.widgets import chart, empty_state, headline, table

ensure_app_entry()

ROW_PIXELS = 35  # st.dataframe's row height: the table shows every measure without scrolling

STYLE = """
<style>
.khs-measure {font-size: 1.1rem; line-height: 1.35; padding-top: .5rem; border-top: 1px solid #E3E7EB;}
.khs-measure-owner {color: #555555; font-size: 1rem;}
.khs-badge {display: inline-block; padding: .1rem .55rem; border-radius: .8rem; font-size: 1rem; font-weight: 600;
            border: 2px solid; margin-right: .3rem;}
</style>
"""


def badge(status: str, overdue: bool) -> str:
    """The status in words with its colour as a border, and «✘ forfalt» for an overdue measure."""
    colour = STATUS_LOOK[MeasureStatus(status)][1]
    words = f"<span class='khs-badge' style='border-color:{colour}'>{html.escape(status_text(status, lang()))}</span>"
    if overdue:
        words += f"<span class='khs-badge' style='border-color:#D55E00;color:#B34700'>✘ {html.escape(t('actionplan.overdue'))}</span>"
    return words


def show_measure(measure) -> None:
    """One measure on a line: what and who (with its project, linked), the deadline, the status."""
    words, deadline, status = st.columns([7, 2, 3], vertical_alignment="top")
    owner = measure.owner if isinstance(measure.owner, str) and measure.owner else t("actionplan.no_owner")
    words.markdown(
        f"<div class='khs-measure'><b>{html.escape(measure.measure)}</b><br>"
        f"<span class='khs-measure-owner'>{html.escape(t('actionplan.owner', owner=owner))}</span></div>",
        unsafe_allow_html=True,
    )
    if isinstance(measure.project, str):
        if isinstance(measure.project_status, str):
            words.page_link(
                "pages/prosjekter.py",
                label=t("actionplan.project_link", project=measure.project),
                icon=":material/assignment:",
                query_params={"prosjekt": measure.project},
            )
        else:  # the project has since left the project list: the name stays, without a link
            words.caption(t("actionplan.project_gone", project=measure.project))
    deadline.markdown(
        t("actionplan.deadline", date=date_text(measure.deadline)) if not pd.isna(measure.deadline) else t("actionplan.no_deadline")
    )
    status.markdown(badge(measure.status, measure.overdue), unsafe_allow_html=True)


def show_focus_areas(plan) -> None:
    st.subheader(t("actionplan.areas_heading"))
    for area in plan.focus_areas.itertuples():
        with st.container(border=True):
            progress = t("actionplan.area_progress", done=area.done, measures=area.measures)
            if area.overdue:
                progress += t("actionplan.area_overdue", count=area.overdue)
            st.markdown(f"#### {html.escape(area.name)}")
            st.caption(progress)
            for measure in plan.measures[plan.measures["focus_area"] == area.name].itertuples():
                show_measure(measure)


def show_table(plan) -> None:
    st.subheader(t("actionplan.table", year=plan.year))
    shown = plan.measures.assign(
        status_text=[status_text(s, lang()) for s in plan.measures["status"]],
        overdue_text=[t("common.yes") if o else "" for o in plan.measures["overdue"]],
    )
    table(
        shown,
        {
            "focus_area": (t("actionplan.col.focus_area"), "text"),
            "measure": (t("actionplan.col.measure"), "text"),
            "owner": (t("actionplan.col.owner"), "text"),
            "deadline": (t("actionplan.col.deadline"), "date"),
            "status_text": (t("col.status"), "text"),
            "overdue_text": (t("actionplan.col.overdue"), "text"),
            "project": (t("actionplan.col.project"), "text"),
            "note": (t("col.note"), "text"),
        },
        t("actionplan.file", year=plan.year),
        key="actionplan",
        height=ROW_PIXELS * (len(shown) + 1) + 3,
    )


try:
    on = plan_date(year(), today())
    plan = metric(action_plan, year(), on)
    years = metric(plan_years)
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

st.markdown(STYLE, unsafe_allow_html=True)
if plan.measures.empty:
    headline(t("page.handlingsplan"), t("actionplan.headline_none", year=year()))
    if years:
        st.caption(t("actionplan.other_years", years=", ".join(str(y) for y in years)))
    empty_state(t("actionplan.upload"))
    st.stop()

overdue = plan.overdue
count = len(overdue)
overdue_words = (
    t("actionplan.headline_overdue_none")
    if not count
    else t("actionplan.headline_overdue_one")
    if count == 1
    else t("actionplan.headline_overdue_many", count=count)
)
headline(
    t("page.handlingsplan"),
    t(
        "actionplan.headline",
        year=plan.year,
        done=int(plan.focus_areas["done"].sum()),
        measures=len(plan.measures),
        areas=len(plan.focus_areas),
        overdue=overdue_words,
    ),
)
st.caption(t("actionplan.rule", date=date_text(on)))
if count:
    st.subheader(t("actionplan.overdue_heading"))
    for measure in overdue.itertuples():
        st.markdown(
            f"<div class='khs-check khs-bad'><span class='khs-symbol'>✘</span> {html.escape(overdue_measure(measure, lang()))}</div>",
            unsafe_allow_html=True,
        )
chart(figure(focus_area_chart, plan.focus_areas, lang()), key="actionplan-areas")
show_focus_areas(plan)
show_table(plan)
