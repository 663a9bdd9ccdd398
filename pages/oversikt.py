"""Oversikt: the year in focus at a glance, each figure a link to its page, and what needs attention."""

import streamlit as st

from khs_data.fmt import date_text, kr_text, number_text
from khs_data.metrics.overview import key_figures, needs_attention
from ui.data import metric
from ui.state import ensure_app_entry, lang, t, today, year
from ui.widgets import callout, headline

ensure_app_entry()


figures = metric(key_figures, year(), today())
attention = metric(needs_attention, year(), today(), lang())

headline(
    t("page.oversikt"),
    t(
        "overview.headline",
        year=year(),
        members=figures["members"],
        population=number_text(figures["population"]),
        attention=t("overview.attention_count", count=len(attention)) if len(attention) else t("overview.attention_none"),
    ),
)

past_year = year() < today().year
cards = [
    (
        "kontingent",
        t("overview.card.members"),
        str(figures["members"]),
        t("overview.card.members_detail", population=number_text(figures["population"]), date=date_text(figures["population_date"])),
    ),
    (
        "kontingent",
        t("overview.card.dues", year=year()),
        kr_text(figures["dues_total_nok"]),
        t("overview.card.dues_detail", paid=kr_text(figures["dues_paid_nok"]), rate=figures["rate_nok"]),
    ),
    (
        "moter",
        t("overview.card.meetings", year=year()),
        t("overview.card.meetings_value", held=figures["board_meetings_held"], required=figures["board_meetings_required"]),
        t(
            "overview.card.meetings_detail_done" if past_year else "overview.card.meetings_detail",
            planned=figures["board_meetings_planned"],
            required=figures["board_meetings_required"],
            pace=number_text(figures["board_meetings_pace"], decimals=1),
        ),
    ),
    (
        "styret",
        t("overview.card.board"),
        t("overview.card.board_value", filled=figures["board_seats_filled"], seats=figures["board_seats"]),
        t("overview.card.board_detail", ending=figures["board_terms_ending_soon"]),
    ),
    (
        "nettverk",
        t("overview.card.network"),
        str(figures["network_seats_vacant"]),
        t("overview.card.network_detail", seats=figures["network_seats"]),
    ),
    ("prosjekter", t("overview.card.projects"), str(figures["active_projects"]), t("overview.card.projects_detail")),
]
for row in (cards[:3], cards[3:]):
    for column, (page, label, value, detail) in zip(st.columns(3), row):
        with column.container(border=True):
            st.metric(label, value)
            st.caption(detail)
            st.page_link(f"pages/{page}.py", label=t("overview.card.link", page=t(f"page.{page}")), icon=":material/arrow_forward:")

st.subheader(t("overview.attention"))
st.caption(t("overview.per_date", date=date_text(figures["on"])))
if attention.empty:
    st.success(t("overview.attention_empty", year=year()))
for item in attention.itertuples():
    marker = "✘" if item.severity == "rød" else "!"
    css = "khs-bad" if item.severity == "rød" else "khs-warn"
    callout(css, marker, t("overview.topic." + item.topic) + ":", item.message, separator=" ")
