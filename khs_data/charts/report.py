"""The annual meeting deck's charts as plotly figures, for the page's preview: drawn from the very
chart data the deck embeds (khs_data.report.blocks.Chart), so the preview shows what is presented."""

from __future__ import annotations

import plotly.graph_objects as go

from ..fmt import number_text
from ..report.blocks import Chart
from .theme import BAD, SEPARATOR, TEXT, plain, style

BAR_HEIGHT = 30  # px per bar, room for 16 px labels
ALARM = "✘ "


def slide_chart(chart: Chart, title: str | None = None) -> go.Figure:
    """Horizontal bars in the deck's order (first category on top), every bar labelled with its
    value in Norwegian format (marked ✘ on a bar in the alarm colour), the value axis left out as
    in the deck."""
    figure = go.Figure()
    for series in chart.series:
        colours = list(series.point_colours or [series.colour] * len(chart.categories))
        figure.add_bar(
            name=series.name,
            orientation="h",
            y=[plain(c) for c in chart.categories],
            x=list(series.values),
            marker={"color": colours, "line": SEPARATOR},
            # A bar in the alarm colour says so in its label too: not by colour alone (WCAG 1.4.1).
            text=[(ALARM if c == BAD else "") + number_text(v) if v is not None else "" for v, c in zip(series.values, colours)],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra>" + series.name + "</extra>",
        )
    # Beyond the deck's scale: a browser column is narrower than the slide, the labels need the room.
    top = (chart.value_max or max((v for s in chart.series for v in s.values if v is not None), default=0) * 1.2) * 1.15
    bars = len(chart.categories) * len(chart.series)
    style(figure, title, height=120 + BAR_HEIGHT * bars + (40 if chart.legend else 0))
    figure.update_layout(
        barmode="group",
        bargap=0.25,
        showlegend=chart.legend,
        uniformtext_minsize=14,
        legend={"orientation": "h", "y": -0.02, "yanchor": "top", "x": 0, "traceorder": "normal"},
    )
    figure.update_xaxes(visible=False, range=[0, top or 1])
    figure.update_yaxes(autorange="reversed", tickfont_color=TEXT, ticksuffix=" ")
    return figure
