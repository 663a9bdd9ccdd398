"""The project portfolio: a timeline coloured by status, the count per status split by who
initiated the projects, and budget against external funding applied and granted."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from ..fmt import date_text, kr_text
from ..statuses import ProjectStatus
from .theme import BAD, FONT_SIZE, GOOD, GREEN, NEUTRAL, ON_FILL, PALETTE, SEPARATOR, TEXT, WARN, data_as_text, style

STATUS_ORDER = tuple(ProjectStatus)
STATUS_COLOURS = {ProjectStatus.ONGOING: GOOD, ProjectStatus.PLANNED: WARN, ProjectStatus.FINISHED: GREEN, ProjectStatus.STOPPED: BAD}
OPEN_PATTERN = "/"
ROW_HEIGHT = 46


def _statuses(frame: pd.DataFrame) -> list[str]:
    present = list(dict.fromkeys(frame["status"].fillna("")))
    return [s for s in STATUS_ORDER if s in present] + [s for s in present if s not in STATUS_ORDER]


@data_as_text
def portfolio_timeline(
    frame: pd.DataFrame, today: dt.date, title: str, *, status_labels: dict[str, str], open_label: str, today_label: str
) -> go.Figure:
    """One bar per project from start to end, earliest on top, the lead municipality written on the
    bar. A project without an end date is drawn to today and striped (legend: `open_label`).
    Projects without a start date cannot be placed and are left out."""
    stamp = pd.Timestamp(today)
    placed = frame.dropna(subset=["start_date"]).sort_values(["start_date", "name"], kind="stable").copy()
    placed["open"] = placed["end_date"].isna()
    placed["drawn_end"] = placed["end_date"].fillna(stamp).clip(lower=placed["start_date"])
    figure = go.Figure()
    for status in _statuses(placed):
        part = placed[placed["status"].fillna("") == status]
        figure.add_bar(
            name=status_labels.get(status, status),
            orientation="h",
            y=part["name"],
            base=part["start_date"],
            x=(part["drawn_end"] + pd.Timedelta(days=1) - part["start_date"]).dt.total_seconds() * 1000,
            marker={
                "color": STATUS_COLOURS.get(status, NEUTRAL),
                "line": SEPARATOR,
                "pattern": {"shape": [OPEN_PATTERN if o else "" for o in part["open"]], "fgcolor": ON_FILL, "solidity": 0.25},
            },
            text=part["lead_municipality"].fillna(""),
            textposition="inside",
            insidetextanchor="start",
            textangle=0,
            textfont={"color": ON_FILL, "size": FONT_SIZE},
            customdata=list(
                zip(
                    part["lead_municipality"].fillna("–"),
                    part["initiated_by"].fillna("–"),
                    part["start_date"].map(date_text),
                    [open_label if o else date_text(e) for o, e in zip(part["open"], part["end_date"])],
                    [status_labels.get(status, status)] * len(part),
                )
            ),
            hovertemplate="<b>%{y}</b><br>%{customdata[4]} · %{customdata[0]} · %{customdata[1]}"
            "<br>%{customdata[2]}–%{customdata[3]}<extra></extra>",
        )
    if placed["open"].any():
        # A legend entry for the stripes, which mean «no end date» whatever the status colour.
        figure.add_bar(
            name=open_label,
            orientation="h",
            x=[None],
            y=[None],
            showlegend=True,
            hoverinfo="skip",
            marker={"color": NEUTRAL, "pattern": {"shape": OPEN_PATTERN, "fgcolor": ON_FILL, "solidity": 0.25}},
        )
    figure.add_shape(type="line", x0=stamp, x1=stamp, y0=0, y1=1, yref="paper", line={"color": TEXT, "width": 2, "dash": "dot"})
    figure.add_annotation(
        x=stamp,
        y=1,
        yref="paper",
        yanchor="bottom",
        xanchor="right",
        text=today_label,
        showarrow=False,
        font={"size": FONT_SIZE, "color": TEXT},
    )
    style(figure, title, height=170 + ROW_HEIGHT * max(len(placed), 1))
    figure.update_layout(
        barmode="overlay",
        bargap=0.2,
        uniformtext={"minsize": 14, "mode": "hide"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.06, "x": 0},
    )
    figure.update_xaxes(tickfont={"color": TEXT}, type="date", tickformat="%Y", dtick="M12", showgrid=True)
    figure.update_yaxes(
        tickfont={"color": TEXT}, categoryorder="array", categoryarray=placed["name"].tolist()[::-1], title=None, automargin=True
    )
    return figure


@data_as_text
def status_chart(frame: pd.DataFrame, title: str, *, status_labels: dict[str, str]) -> go.Figure:
    """Number of projects per status, each bar split by who initiated the projects."""
    statuses = _statuses(frame)
    initiators = frame["initiated_by"].fillna("–")
    figure = go.Figure()
    for index, initiator in enumerate(sorted(initiators.unique())):
        counts = frame[initiators == initiator].groupby(frame["status"].fillna("")).size().reindex(statuses, fill_value=0)
        figure.add_bar(
            name=initiator,
            orientation="h",
            y=[status_labels.get(s, s) for s in statuses],
            x=counts.values,
            marker={"color": PALETTE[index % len(PALETTE)], "line": SEPARATOR},
            text=[str(c) if c else "" for c in counts.values],
            textposition="inside",
            insidetextanchor="middle",
            textangle=0,
            textfont={"color": ON_FILL, "size": FONT_SIZE},
            hovertemplate="<b>%{y}</b><br>" + initiator + ": %{x}<extra></extra>",
        )
    style(figure, title, height=170 + 60 * max(len(statuses), 1))
    figure.update_layout(
        barmode="stack", bargap=0.3, legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0, "traceorder": "normal"}
    )
    figure.update_xaxes(tickfont={"color": TEXT}, dtick=1, showgrid=True)
    figure.update_yaxes(
        tickfont={"color": TEXT}, categoryorder="array", categoryarray=[status_labels.get(s, s) for s in statuses][::-1], title=None
    )
    return figure


@data_as_text
def funding_chart(frame: pd.DataFrame, title: str, *, budget_label: str, applied_label: str, granted_label: str) -> go.Figure:
    """Per project, nested bars: the budget (wide, grey), external funding applied for (orange)
    and granted (narrow, blue), so what was granted reads against what was asked and needed.
    Projects with neither budget nor an application are left out."""
    money = frame[frame[["budget_nok", "funding_applied_nok", "funding_granted_nok"]].notna().any(axis=1)]
    money = money.sort_values("budget_nok", ascending=False, na_position="last", kind="stable")
    figure = go.Figure()
    for column, label, colour, width in (
        ("budget_nok", budget_label, NEUTRAL, 0.8),
        ("funding_applied_nok", applied_label, WARN, 0.55),
        ("funding_granted_nok", granted_label, GOOD, 0.3),
    ):
        values = money[column].astype("Float64")
        figure.add_bar(
            name=label,
            orientation="h",
            y=money["name"],
            x=values.fillna(0).astype(float),
            width=width,
            marker={"color": colour, "line": SEPARATOR},
            customdata=[kr_text(v) for v in values],
            hovertemplate="<b>%{y}</b><br>" + label + ": %{customdata}<extra></extra>",
        )
    style(figure, title, height=170 + ROW_HEIGHT * max(len(money), 1))
    figure.update_layout(barmode="overlay", legend={"orientation": "h", "yanchor": "top", "y": -0.08, "x": 0, "traceorder": "normal"})
    figure.update_xaxes(tickfont={"color": TEXT}, tickprefix="kr ", tickformat=",.0f", showgrid=True, rangemode="tozero")
    figure.update_yaxes(
        tickfont={"color": TEXT}, categoryorder="array", categoryarray=money["name"].tolist()[::-1], title=None, automargin=True
    )
    return figure
