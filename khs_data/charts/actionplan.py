"""The action plan's progress: one bar per focus area, split by the measures' status, with the
overdue measures named beside the bar. The frame comes from khs_data.metrics.actionplan."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..catalogue import text
from ..statuses import MeasureStatus
from .dues import styled
from .theme import BAD, FONT_SIZE, GOOD, NAVY, NEUTRAL, ON_FILL, PURPLE, SEPARATOR, WARN

# Status → the focus-area column counting it, and its colour. Done first, as progress reads.
STATUS_LOOK = {
    MeasureStatus.DONE: ("done", GOOD),
    MeasureStatus.IN_PROGRESS: ("in_progress", NAVY),
    MeasureStatus.NOT_STARTED: ("not_started", NEUTRAL),
    MeasureStatus.POSTPONED: ("postponed", WARN),
    MeasureStatus.CANCELLED: ("cancelled", PURPLE),
}
BAR_HEIGHT = 56


def status_label(status: str, lang: str = "nb") -> str:
    return text(f"actionplan.status.{MeasureStatus(status).value}", lang)


def chart_title(areas: pd.DataFrame, lang: str = "nb") -> str | None:
    """The finding: where most measures are overdue, or that none are."""
    if areas.empty:
        return None
    worst = areas.sort_values(["overdue", "name"], ascending=[False, True], kind="stable").iloc[0]
    if worst["overdue"]:
        return text(
            "actionplan.chart.title_overdue", lang, area=worst["name"], count=int(worst["overdue"]), measures=int(worst["measures"])
        )
    return text("actionplan.chart.title_done", lang, done=int(areas["done"].sum()), measures=int(areas["measures"].sum()))


def focus_area_chart(areas: pd.DataFrame, lang: str = "nb") -> go.Figure:
    """Stacked bars, the focus areas in the plan's order from the top; each segment a status with
    its count written on it, and «✘ N forfalt» to the right of an area with overdue measures."""
    figure = go.Figure()
    for status, (column, colour) in STATUS_LOOK.items():
        counts = areas[column].astype(int)
        label = status_label(status, lang)
        figure.add_bar(
            name=label,
            orientation="h",
            y=areas["name"],
            x=counts,
            marker={"color": colour, "line": SEPARATOR},
            text=[str(n) if n else "" for n in counts],
            textposition="inside",
            insidetextanchor="middle",
            textfont={"size": FONT_SIZE, "color": ON_FILL},
            hovertemplate="%{y}: %{x} " + label + "<extra></extra>",
        )
    top = int(areas["measures"].max()) if len(areas) else 1
    for name, measures, overdue in zip(areas["name"], areas["measures"], areas["overdue"]):
        if overdue:
            figure.add_annotation(
                x=int(measures),
                y=name,
                text="✘ " + text("actionplan.chart.overdue_label", lang, count=int(overdue)),
                showarrow=False,
                xanchor="left",
                xshift=8,
                font={"size": FONT_SIZE, "color": BAD},
            )
    styled(figure, chart_title(areas, lang), 150 + BAR_HEIGHT * len(areas))
    figure.update_layout(
        barmode="stack", bargap=0.3, legend={"orientation": "h", "y": -0.12, "yanchor": "top", "x": 0, "traceorder": "normal"}
    )
    figure.update_yaxes(autorange="reversed", ticksuffix="  ", title=None)
    figure.update_xaxes(title=None, range=[0, top * 1.45], dtick=1, showgrid=True)
    return figure
