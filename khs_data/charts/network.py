"""Who held each seat over time: one row per network area or board region, one bar per holder,
vacancies in vermillion with the word for «vacant» written on the bar (readable without colour)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from ..fmt import date_text
from .theme import BAD, FONT_SIZE, GOOD, NAVY, ON_FILL, SEPARATOR, TEXT, data_as_text, style

# Successive holders of one seat alternate between two blues, so a change of person shows.
HOLDER_COLOURS = (GOOD, NAVY)
ROW_HEIGHT = 58
VACANT_TEXT = "#9E3F00"  # darker vermillion: readable as text on white


def _duration_ms(start: pd.Series, end: pd.Series) -> pd.Series:
    """Bar length on a date axis: through the whole last day."""
    return (end + pd.Timedelta(days=1) - start).dt.total_seconds() * 1000


@data_as_text
def seat_timeline(
    spans: pd.DataFrame, seat: str, on: dt.date, title: str, *, vacant_label: str, filled_label: str, on_label: str
) -> go.Figure:
    """`spans` as from metrics.network.network_timeline / board_timeline: `seat` names the seat
    column; person, municipality, start, end, vacant. A line marks the date in focus."""
    spans = spans.sort_values([seat, "start"], kind="stable").reset_index(drop=True)
    seats = list(dict.fromkeys(spans[seat]))
    order = spans.groupby(seat, sort=False).cumcount()
    figure = go.Figure()
    for vacant, name in ((False, filled_label), (True, vacant_label)):
        part = spans[spans["vacant"] == vacant]
        if part.empty:
            continue
        holders = [f"{p}, {m}" if isinstance(m, str) else str(p) for p, m in zip(part["person"], part["municipality"])]
        figure.add_bar(
            name=name,
            orientation="h",
            y=part[seat],
            base=part["start"],
            x=_duration_ms(part["start"], part["end"]),
            marker={"color": BAD if vacant else [HOLDER_COLOURS[i % 2] for i in order[part.index]], "line": SEPARATOR},
            text=[f"<b>{vacant_label}</b>"] * len(part) if vacant else part["person"],
            textangle=0,
            insidetextanchor="middle",
            # A holder's name is left out where it does not fit; «Ledig» moves beside a short bar instead.
            textposition="auto" if vacant else "inside",
            insidetextfont={"color": ON_FILL, "size": FONT_SIZE},
            outsidetextfont={"color": VACANT_TEXT, "size": FONT_SIZE},
            customdata=list(
                zip([vacant_label] * len(part) if vacant else holders, part["start"].map(date_text), part["end"].map(date_text))
            ),
            hovertemplate="<b>%{y}</b><br>%{customdata[0]}<br>%{customdata[1]}–%{customdata[2]}<extra></extra>",
        )
    stamp = pd.Timestamp(on)
    figure.add_shape(type="line", x0=stamp, x1=stamp, y0=0, y1=1, yref="paper", line={"color": TEXT, "width": 2, "dash": "dot"})
    figure.add_annotation(
        x=stamp,
        y=1,
        yref="paper",
        yanchor="bottom",
        text=on_label,
        showarrow=False,
        font={"size": FONT_SIZE, "color": TEXT},
        xanchor="right",
    )
    style(figure, title, height=150 + ROW_HEIGHT * max(len(seats), 1))
    figure.update_layout(
        barmode="overlay",
        bargap=0.25,
        uniformtext={"minsize": 14, "mode": "hide"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.12, "x": 0, "traceorder": "normal"},
    )
    # Room right of the date line for a «Ledig» written beside a short last bar.
    first = spans["start"].min()
    figure.update_xaxes(
        tickfont={"color": TEXT},
        type="date",
        tickformat="%Y",
        dtick="M12",
        showgrid=True,
        range=[first - pd.Timedelta(days=30), stamp + (stamp - first) * 0.08 + pd.Timedelta(days=30)],
    )
    figure.update_yaxes(tickfont={"color": TEXT}, categoryorder="array", categoryarray=seats[::-1], title=None)
    return figure
