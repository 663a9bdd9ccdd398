"""Meeting charts: held vs required as a year × body heat map, and the chosen year by quarter."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..catalogue import TEXTS, text
from ..statuses import ComplianceState, MeetingStatus
from ..vocabulary import BOARD, DIALOGUE_MEETING, MAYORS_MEETING
from .theme import BACKGROUND, BAD, GOOD, NEUTRAL, ON_FILL, PURPLE, SEPARATOR, TEXT, WARN, data_as_text, style

COMPLIANCE_STATES = tuple(ComplianceState)  # the heat map's codes, in this order
# Too few planned is not a breach yet (the year is not over): reddish purple, apart from the alarm.
STATE_COLOURS = {
    ComplianceState.MET: GOOD,
    ComplianceState.REACHABLE: WARN,
    ComplianceState.TOO_FEW_PLANNED: PURPLE,
    ComplianceState.NOT_MET: BAD,
}
BODY_ORDER = (BOARD, MAYORS_MEETING, DIALOGUE_MEETING)
STATUS_COLOURS = {MeetingStatus.HELD: GOOD, MeetingStatus.PLANNED: WARN, MeetingStatus.CANCELLED: NEUTRAL}


def body_label(body: str, lang: str) -> str:
    """The body's name in the reader's language (canonical names are data values)."""
    key = f"meetings.body.{body}"
    return text(key, lang) if key in TEXTS else body


@data_as_text
def compliance_heatmap(
    compliance: pd.DataFrame, lang: str = "nb", title: str | None = None, focus_year: int | None = None, subtitle: str | None = None
) -> go.Figure:
    """`compliance` as from meeting_compliance over all years: one cell per body and year with
    «held/required», coloured by `state` (blue reached, vermillion missed, orange reachable)."""

    def say(key: str, **values: object) -> str:
        return text(key, lang, **values)

    bodies = list(dict.fromkeys(compliance.sort_values("body", key=_board_first)["body"]))
    years = sorted(compliance["year"].unique())
    codes = {state: i for i, state in enumerate(COMPLIANCE_STATES)}
    grid = compliance.set_index(["body", "year"])
    z, labels, hover = [], [], []
    for body in bodies:
        z_row, text_row, hover_row = [], [], []
        for year in years:
            if (body, year) not in grid.index:
                z_row.append(None), text_row.append(""), hover_row.append("")
                continue
            cell = grid.loc[(body, year)]
            z_row.append(codes[cell["state"]])
            text_row.append(f"{int(cell['held'])}/{int(cell['required_min'])}")
            hover_row.append(
                say(
                    "meetings.heatmap.hover",
                    body=body_label(body, lang),
                    year=year,
                    held=int(cell["held"]),
                    required=int(cell["required_min"]),
                    planned=int(cell["planned"]),
                    cancelled=int(cell["cancelled"]),
                    state=say(f"meetings.state.{cell['state']}"),
                )
            )
        z.append(z_row), labels.append(text_row), hover.append(hover_row)
    # A stepped scale: code i (0…n-1) gets exactly its state's colour.
    step = 1 / len(COMPLIANCE_STATES)
    scale = [[edge, STATE_COLOURS[state]] for i, state in enumerate(COMPLIANCE_STATES) for edge in (i * step, (i + 1) * step)]
    figure = go.Figure(
        go.Heatmap(
            x=[str(y) for y in years],
            y=[body_label(b, lang) for b in bodies],
            z=z,
            text=labels,
            texttemplate="<b>%{text}</b>",
            textfont={"size": 24, "color": ON_FILL},
            hovertext=hover,
            hoverinfo="text",
            zmin=-0.5,
            zmax=len(COMPLIANCE_STATES) - 0.5,
            colorscale=scale,
            showscale=False,
            xgap=4,
            ygap=4,
        )
    )
    present = {s for s in compliance["state"]}
    for state in COMPLIANCE_STATES:
        if state in present:  # legend entry only: what each colour means
            figure.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=say(f"meetings.state.{state}"),
                    marker={"symbol": "square", "size": 18, "color": STATE_COLOURS[state]},
                )
            )
    if focus_year in years:  # frame the year in focus
        column = years.index(focus_year)
        figure.add_shape(
            type="rect",
            xref="x",
            yref="paper",
            x0=column - 0.5,
            x1=column + 0.5,
            y0=-0.01,
            y1=1.01,
            line={"color": TEXT, "width": 4},
            fillcolor="rgba(0,0,0,0)",
        )
    figure.update_xaxes(type="category", side="top", showgrid=False, tickfont={"color": TEXT})
    figure.update_yaxes(autorange="reversed", showgrid=False, tickfont={"color": TEXT})
    if title and subtitle:  # a second, smaller line under the finding
        title = f"{title}<br><span style='font-size:18px;font-weight:normal'>{subtitle}</span>"
    style(figure, title, height=130 * len(bodies) + 200)
    figure.update_layout(
        legend={"orientation": "h", "yanchor": "top", "y": -0.04, "x": 0}, margin={"t": 160 if title else 60}, plot_bgcolor=BACKGROUND
    )
    return figure


@data_as_text
def year_by_quarter(by_quarter: pd.DataFrame, compliance: pd.DataFrame, lang: str = "nb", title: str | None = None) -> go.Figure:
    """`by_quarter` as from meetings_by_quarter (body, quarter, status, meetings) for one year,
    `compliance` that year's rows of meeting_compliance: one panel per body, stacked by status."""

    def say(key: str, **values: object) -> str:
        return text(key, lang, **values)

    bodies = list(
        dict.fromkeys(
            [*compliance.sort_values("body", key=_board_first)["body"], *sorted(set(by_quarter["body"]) - set(compliance["body"]))]
        )
    )
    required = compliance.set_index("body")["required_min"].to_dict()
    titles = []
    for body in bodies:
        held = int(by_quarter.loc[(by_quarter["body"] == body) & (by_quarter["status"] == MeetingStatus.HELD), "meetings"].sum())
        titles.append(
            say("meetings.year.panel", body=body_label(body, lang), held=held, required=required[body])
            if body in required
            else say("meetings.year.panel_free", body=body_label(body, lang), held=held)
        )
    figure = make_subplots(rows=1, cols=len(bodies), shared_yaxes=True, subplot_titles=titles, horizontal_spacing=0.04)
    quarters = [say("meetings.year.quarter", quarter=q) for q in range(1, 5)]
    for status, colour in STATUS_COLOURS.items():
        for column, body in enumerate(bodies, start=1):
            found = by_quarter[(by_quarter["body"] == body) & (by_quarter["status"] == status)].set_index("quarter")["meetings"]
            counts = [int(found.get(q, 0)) for q in range(1, 5)]
            figure.add_trace(
                go.Bar(
                    x=quarters,
                    y=[c or None for c in counts],
                    name=say(f"meetings.status.{status}").capitalize(),
                    marker={"color": colour, "line": SEPARATOR},
                    legendgroup=status,
                    showlegend=column == 1,
                    text=[c or "" for c in counts],
                    textposition="inside",
                    textfont={"size": 18, "color": ON_FILL},
                    hovertemplate="%{x}: %{y} " + say(f"meetings.status.{status}") + "<extra></extra>",
                ),
                row=1,
                col=column,
            )
    style(figure, title, height=430)
    top = max(2, int(by_quarter.groupby(["body", "quarter"])["meetings"].sum().max()) if len(by_quarter) else 2)
    figure.update_yaxes(dtick=1, range=[0, top + 0.3], title=None, tickfont={"color": TEXT})
    figure.update_xaxes(tickfont={"color": TEXT})
    figure.update_yaxes(title=say("meetings.year.count"), row=1, col=1)
    figure.update_layout(
        barmode="stack", legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0}, margin={"t": 140 if title else 90}
    )
    figure.update_annotations(font={"size": 17})
    return figure


def body_order(body: str) -> tuple[int, str]:
    """Sort key: the board, the mayors' meeting and the dialogue meeting in the agreement's order, then the rest."""
    return (BODY_ORDER.index(body) if body in BODY_ORDER else len(BODY_ORDER), body)


def _board_first(bodies: pd.Series) -> pd.Series:
    return bodies.map(body_order)
