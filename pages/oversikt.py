"""Oversikt: the year in focus at a glance, each figure a link to its page, and what needs attention."""

import streamlit as st

from khs_data.fmt import date_text, kr_text, number_text
from khs_data.metrics.overview import key_figures, needs_attention
from khs_data.statuses import Severity
from ui.data import metric
from ui.state import ensure_app_entry, t, today, year
from ui.widgets import attention_item, headline, say

ensure_app_entry()


def members_detail(figures: dict) -> str:
    """Population of the year's members, and who of them leaves or joins during the year."""
    parts = [t("overview.card.members_detail", population=number_text(figures["population"]), date=date_text(figures["population_date"]))]
    parts += [t("overview.card.members_leaving", municipality=name, date=date_text(day)) for name, day in figures["members_leaving"]]
    parts += [t("overview.card.members_joining", municipality=name, date=date_text(day)) for name, day in figures["members_joining"]]
    return " · ".join(parts)


figures = metric(key_figures, year(), today())
attention = metric(needs_attention, year(), today())
# Advice (a «bør» not met) is shown, but is no case that needs following up.
cases = [i for i in attention if i.severity != Severity.ADVICE]
advice = [i for i in attention if i.severity == Severity.ADVICE]

headline(
    t("page.oversikt"),
    t(
        "overview.headline",
        year=year(),
        members=figures["members"],
        population=number_text(figures["population"]),
        attention=t("overview.attention_count", count=len(cases)) if cases else t("overview.attention_none"),
    ),
)

past_year = year() < today().year
cards = [
    ("kontingent", t("overview.card.members"), str(figures["members"]), members_detail(figures)),
    (
        "kontingent",
        t("overview.card.dues", year=year()),
        kr_text(figures["dues_total_nok"]) if figures["dues_known"] else "–",
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

with st.expander(t("overview.rules")):
    names = {
        "members": "overview.card.members",
        "dues": "overview.card.dues",
        "meetings": "overview.card.meetings",
        "board": "overview.card.board",
        "network": "overview.card.network",
    }
    st.markdown(
        "\n".join(f"- {t('overview.rules_line', figure=t(names[k], year=year()), rule=say(rule))}" for k, rule in figures["rules"].items())
    )

st.subheader(t("overview.attention"))
st.caption(t("overview.per_date", date=date_text(figures["on"])))
if not cases:
    st.success(t("overview.attention_empty", year=year()))
for item in cases:
    attention_item(t("overview.topic." + item.topic), say(item.message), item.severity)
if advice:
    st.markdown(f"**{t('overview.advice')}**")
    for item in advice:
        attention_item(t("overview.topic." + item.topic), say(item.message), item.severity)
