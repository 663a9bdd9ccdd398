"""The agreement's signature sheet: one row per agreement or amendment, one column per member,
each cell approved (blue, ✔) or missing (vermillion, ✘), readable without colour."""

from __future__ import annotations

import plotly.graph_objects as go

from ..catalogue import text
from ..fmt import date_text
from ..metrics.agreements import AgreementState, norwegian_order
from .theme import BACKGROUND, BAD, GOOD, ON_FILL, TEXT, style

APPROVED, MISSING = 1, 0


def approval_grid(states: list[AgreementState], lang: str = "nb", title: str | None = None) -> go.Figure:
    """`states` as from agreement_states; a member not asked for an agreement has an empty cell."""

    def say(key: str, **values: object) -> str:
        return text(f"agreement.{key}", lang, **values)

    names = sorted({m.municipality for s in states for m in s.asked}, key=norwegian_order)
    z, marks, hover = [], [], []
    for state in states:
        asked = {m.municipality: m for m in state.asked}
        row_z, row_marks, row_hover = [], [], []
        for name in names:
            member = asked.get(name)
            if member is None:
                row_z.append(None), row_marks.append(""), row_hover.append("")
            elif member.approved_date is None:
                row_z.append(MISSING), row_marks.append("✘"), row_hover.append(f"<b>{name}</b><br>{say('not_approved')}")
            else:
                by = f" ({member.approved_by})" if member.approved_by else ""
                row_z.append(APPROVED), row_marks.append("✔")
                row_hover.append(f"<b>{name}</b><br>{say('approved')} {date_text(member.approved_date)}{by}")
        z.append(row_z), marks.append(row_marks), hover.append(row_hover)
    labels = [f"{s.name}<br>{say('count', approved=len(s.approved), members=len(s.asked))}" for s in states]
    figure = go.Figure(
        go.Heatmap(
            x=names,
            y=labels,
            z=z,
            text=marks,
            texttemplate="<b>%{text}</b>",
            textfont={"size": 22, "color": ON_FILL},
            hovertext=hover,
            hoverinfo="text",
            zmin=0,
            zmax=1,
            colorscale=[[0, BAD], [0.5, BAD], [0.5, GOOD], [1, GOOD]],
            showscale=False,
            xgap=3,
            ygap=6,
        )
    )
    for label, colour in ((say("chart.approved"), GOOD), (say("chart.missing"), BAD)):  # legend only
        figure.add_trace(
            go.Scatter(x=[None], y=[None], mode="markers", name=label, marker={"symbol": "square", "size": 18, "color": colour})
        )
    style(figure, title, height=140 * len(states) + 260)
    figure.update_xaxes(side="top", tickangle=-45, showgrid=False, tickfont={"color": TEXT})
    figure.update_yaxes(autorange="reversed", showgrid=False, tickfont={"color": TEXT})
    figure.update_layout(
        plot_bgcolor=BACKGROUND, legend={"orientation": "h", "yanchor": "top", "y": -0.05, "x": 0}, margin={"t": 200 if title else 140}
    )
    return figure
