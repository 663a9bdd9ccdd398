"""Budsjett: the board's income and expenses for the year in focus, budget against the accounts so
far, the result and the share going to projects. The membership dues are computed (rate ×
population, as on Kontingent) and their accounts are the payments registered."""

import streamlit as st

from khs_data.charts.budget import budget_chart, line_label
from khs_data.database import StoreError
from khs_data.fmt import kr_text, percent_text
from khs_data.metrics.budget import budget
from khs_data.plan_texts import dues_comparison, dues_rule
from khs_data.statuses import LineType
from ui.data import figure, metric
from ui.state import ensure_app_entry, lang, t, year
from ui.widgets import chart, empty_state, headline, table

ensure_app_entry()

ROW_PIXELS = 35  # st.dataframe's row height: the table shows every line without scrolling


def money(value: object) -> str:
    """An amount that never breaks over two lines in the headline; «ukjent» when it cannot be computed."""
    return t("budget.unknown") if value is None else kr_text(value).replace(" ", "\u00a0")


def show_cards(figures) -> None:
    cards = [
        (t("budget.card.income"), figures.income_budget_nok, figures.income_actual_nok),
        (t("budget.card.expense"), figures.expense_budget_nok, figures.expense_actual_nok),
        (t("budget.card.result"), figures.result_budget_nok, figures.result_actual_nok),
    ]
    columns = st.columns(4)
    for column, (label, planned, actual) in zip(columns, cards):
        with column.container(border=True):
            st.metric(label, money(planned).replace("\u00a0", " "))
            st.caption(t("budget.card.actual", amount=money(actual)))
    with columns[3].container(border=True):
        st.metric(t("budget.card.projects"), percent_text(figures.project_share("budget_nok")))
        st.caption(t("budget.card.projects_actual", share=percent_text(figures.project_share("actual_nok")).replace(" ", "\u00a0")))


def show_projects(figures) -> None:
    st.subheader(t("budget.projects_heading"))
    if figures.project_lines.empty:
        st.caption(t("budget.projects_none"))
        return
    st.caption(t("budget.projects_intro"))
    table(
        figures.project_lines.assign(type_text=[t(f"budget.type.{k}") for k in figures.project_lines["type"]]),
        {
            "line": (t("budget.col.line"), "text"),
            "project": (t("budget.col.project"), "text"),
            "type_text": (t("budget.col.type"), "text"),
            "budget_nok": (t("budget.col.budget"), "kr"),
            "actual_nok": (t("budget.col.actual"), "kr"),
            "project_budget_nok": (t("budget.col.project_budget"), "kr"),
            "project_status": (t("budget.col.project_status"), "text"),
            "funding_granted_nok": (t("budget.col.granted"), "kr"),
        },
        f"{t('budget.file', year=figures.year)}-{t('budget.col.project').lower()}",
        key="budget-projects",
    )


def show_table(figures) -> None:
    st.subheader(t("budget.table", year=figures.year))
    lines = figures.lines
    shown = lines.assign(
        line_text=[line_label(line, computed, lang()) for line, computed in zip(lines["line"], lines["computed"])],
        type_text=[t(f"budget.type.{k}") for k in lines["type"]],
        deviation=lines["actual_nok"] - lines["budget_nok"],
        computed_text=[t("common.yes") if c else "" for c in lines["computed"]],
    )
    table(
        shown,
        {
            "line_text": (t("budget.col.line"), "text"),
            "type_text": (t("budget.col.type"), "text"),
            "budget_nok": (t("budget.col.budget"), "kr"),
            "actual_nok": (t("budget.col.actual"), "kr"),
            "deviation": (t("budget.col.deviation"), "kr"),
            "project": (t("budget.col.project"), "text"),
            "computed_text": (t("budget.col.computed"), "text"),
            "note": (t("col.note"), "text"),
        },
        t("budget.file", year=figures.year),
        key="budget",
        height=ROW_PIXELS * (len(lines) + 1) + 3,
    )


try:
    figures = metric(budget, year())
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

if not figures.typed_lines:
    headline(t("page.budsjett"), t("budget.headline_none", year=year(), dues=money(figures.dues.budget_nok)))
    st.caption(dues_rule(figures, lang()))
    empty_state(t("budget.upload"))
    st.stop()

headline(
    t("page.budsjett"),
    t(
        "budget.headline",
        year=year(),
        income=money(figures.income_budget_nok),
        expense=money(figures.expense_budget_nok),
        result=money(figures.result_budget_nok),
        income_actual=money(figures.income_actual_nok),
        expense_actual=money(figures.expense_actual_nok),
    ),
)
st.caption(dues_rule(figures, lang()))
for agrees, sentence in dues_comparison(figures.dues, figures.year, lang()):
    (st.success if agrees else st.warning)(sentence, icon=":material/calculate:")
show_cards(figures)
for kind in (LineType.INCOME, LineType.EXPENSE):
    chart(figure(budget_chart, figures.lines, kind.value, lang()), key=f"budget-{kind.value}")
show_projects(figures)
show_table(figures)
