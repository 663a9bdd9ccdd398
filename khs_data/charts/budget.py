"""Budget against accounts, one chart for the income and one for the expenses: per line a bar for
the budget and one for the accounts so far. The frame is Budget.lines (khs_data.metrics.budget)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..catalogue import text
from ..fmt import kr_text, percent_text
from ..statuses import LineType
from .dues import styled
from .theme import FONT_SIZE, GOOD, NEUTRAL, PALETTE, SEPARATOR

BUDGET_COLOUR = NEUTRAL  # grey: the plan; the accounts in the accent colour stand out against it
ACTUAL_COLOUR = GOOD
BAR_HEIGHT = 30  # px per bar


def line_label(line: str, computed: bool, lang: str = "nb") -> str:
    return text("budget.chart.computed_mark", lang, line=line) if computed else line


def budget_chart(lines: pd.DataFrame, kind: str, lang: str = "nb") -> go.Figure:
    """The lines of one type (inntekt or utgift) as they come, largest budget first, each bar
    labelled in kroner; the title says how much of the budget the accounts have reached."""
    part = lines[lines["type"] == kind]
    labels = [line_label(line, computed, lang) for line, computed in zip(part["line"], part["computed"])]
    figure = go.Figure()
    for column, name, colour in (
        ("budget_nok", text("budget.chart.budget", lang), BUDGET_COLOUR),
        ("actual_nok", text("budget.chart.actual", lang), ACTUAL_COLOUR),
    ):
        values = [None if pd.isna(v) else float(v) for v in part[column]]
        figure.add_bar(
            name=name,
            orientation="h",
            y=labels,
            x=values,
            marker={"color": colour, "line": SEPARATOR},
            text=[kr_text(v, lang) if v is not None else "" for v in values],
            textposition="outside",
            cliponaxis=False,
            textfont={"size": FONT_SIZE},
            hovertemplate="%{y}: %{text}<extra>" + name + "</extra>",
        )
    budget = part["budget_nok"].dropna().sum()
    actual = part["actual_nok"].fillna(0).sum()
    key = "budget.chart.income_title" if kind == LineType.INCOME else "budget.chart.expense_title"
    title = (
        text(key, lang, actual=kr_text(actual, lang), budget=kr_text(budget, lang), share=percent_text(actual / budget, lang))
        if budget
        else text("budget.chart.title_plain", lang, kind=text(f"budget.type.{kind}", lang).capitalize())
    )
    styled(figure, title, 140 + 2 * BAR_HEIGHT * len(part))
    top = max(part["budget_nok"].max(skipna=True) if len(part) else 0, part["actual_nok"].max(skipna=True) if len(part) else 0)
    top = 1 if pd.isna(top) or not top else float(top)
    figure.update_layout(
        barmode="group",
        bargap=0.25,
        bargroupgap=0.05,
        colorway=[BUDGET_COLOUR, ACTUAL_COLOUR, *PALETTE],
        legend={"orientation": "h", "y": -0.02, "yanchor": "top", "x": 0, "traceorder": "normal"},
    )
    figure.update_yaxes(autorange="reversed", title=None, ticksuffix="  ")
    figure.update_xaxes(visible=False, range=[0, top * 1.45])
    return figure
