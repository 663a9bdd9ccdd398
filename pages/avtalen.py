"""Avtalen: per agreement or amendment, which members have approved it and when, which have not,
and whether it is in force — an amendment only when every member at that date has approved it."""

import re

import pandas as pd
import streamlit as st

from khs_data.agreement_text import count_text, period_text, state_text
from khs_data.charts.agreements import approval_grid
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.metrics.agreements import agreement_states
from khs_data.metrics.overview import focus_date
from ui.data import figure, metric
from ui.state import ensure_app_entry, lang, t, today, year
from ui.widgets import chart, empty_state, headline, table

ensure_app_entry()

top = st.container()  # the headline goes above the date it depends on
picker, _ = st.columns([1, 2])
on = picker.date_input(t("agreement.on_date"), value=focus_date(year(), today()), format="DD.MM.YYYY", key=f"agreement-on-{year()}")
try:
    states = metric(agreement_states, on)
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

with top:
    if not states:
        headline(t("page.avtalen"), t("agreement.headline_empty"))
    else:
        items = " ".join(
            t("agreement.headline_item", name=s.name, count=count_text(s, lang()), state=state_text(s, lang()))
            for s in states
            if not s.ended
        )
        headline(t("page.avtalen"), t("agreement.headline", date=date_text(on), items=items))
if not states:
    st.stop()

unanimous = sum(1 for s in states if s.unanimous)
title = t("agreement.chart.title", unanimous=unanimous, count=len(states))
chart(figure(approval_grid, states, lang(), title), key="agreement-grid")
st.caption(t("agreement.note"))

for state in states:
    st.subheader(state.name)
    st.markdown(f"{t(f'agreement.type.{state.agreement.type}').capitalize()} · {period_text(state.agreement, lang())}")
    symbol, css = ("✔", "khs-ok") if state.in_force else ("–", "khs-warn") if state.ended else ("✘", "khs-bad")
    st.markdown(
        f"<div class='khs-check {css}'><span class='khs-symbol'>{symbol}</span> <b>{state_text(state, lang())}</b> "
        f"{count_text(state, lang())}.</div>",
        unsafe_allow_html=True,
    )
    if state.agreement.note:
        st.caption(state.agreement.note)
    if not state.asked:
        empty_state(t("agreement.what"))
        continue
    members = [*state.missing, *state.approved]  # who is missing first: that is what the coordinator follows up
    rows = pd.DataFrame(
        {
            "municipality": [m.municipality for m in members],
            "state": [t("agreement.approved" if m.approved_date else "agreement.not_approved") for m in members],
            "approved_date": [m.approved_date for m in members],
            "approved_by": [m.approved_by for m in members],
            "note": [m.note for m in members],
        }
    )
    table(
        rows,
        {
            "municipality": (t("col.municipality"), "text"),
            "state": (t("agreement.col.state"), "text"),
            "approved_date": (t("agreement.col.approved_date"), "date"),
            "approved_by": (t("agreement.col.approved_by"), "text"),
            "note": (t("col.note"), "text"),
        },
        t("agreement.file", name=re.sub(r"\W+", "-", state.name).strip("-"))[:60],
        key=f"agreement-{states.index(state)}",
    )
