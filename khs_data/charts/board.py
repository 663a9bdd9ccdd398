"""The board timeline: every term as a bar per board region, vacancies as marked gaps, today
(and the chosen date) as vertical lines."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from ..catalogue import text
from ..fmt import date_text
from ..metrics.board import term_states
from .theme import BAD, GOOD, GREEN, NEUTRAL, ON_FILL, SEPARATOR, TEXT, WARN, data_as_text, style

# Order in the legend; fill and text colours from the theme.
STATES = {"past": (NEUTRAL, ON_FILL), "current": (GOOD, ON_FILL), "ending": (WARN, ON_FILL), "future": (GREEN, ON_FILL)}
CHOSEN = "#4D4D4D"  # the chosen date: dark enough to read, apart from today's black
ROW_HEIGHT = 88


def _span_ms(start: pd.Series, end: pd.Series) -> list[float]:
    """Bar length for an inclusive end date (a term to 31.12 covers all of that day)."""
    return [((e + pd.Timedelta(days=1)) - s).total_seconds() * 1000 for s, e in zip(start, end)]


@data_as_text
def board_timeline(
    terms: pd.DataFrame, vacancies: pd.DataFrame, on: dt.date, today: dt.date, lang: str = "nb", title: str | None = None
) -> go.Figure:
    """`terms` as from board_terms, `vacancies` as from board_vacancies; one bar per term, meta
    "term", so a term can be counted; computed ends are hatched and starred."""

    def say(key: str, **values: object) -> str:
        return text(key, lang, **values)

    regions = sorted(set(terms["board_region"]) | set(vacancies["board_region"]))
    figure = go.Figure()
    states = term_states(terms, on)
    for state, (colour, text_colour) in STATES.items():
        part = terms[states == state]
        if part.empty:
            continue
        computed = part["end_computed"].astype(bool)
        figure.add_trace(
            go.Bar(
                name=say(f"board.chart.{state}"),
                meta="term",
                orientation="h",
                y=part["board_region"],
                base=part["term_start"],
                x=_span_ms(part["term_start"], part["end"]),
                text=[
                    f"{p}{'*' if c else ''}<br>{m} · {say('role.' + r) if isinstance(r, str) else ''}"
                    for p, m, r, c in zip(part["person"], part["municipality"], part["role"], computed)
                ],
                textposition="inside",
                insidetextanchor="start",
                constraintext="none",
                textfont={"size": 15, "color": text_colour},
                marker={
                    "color": colour,
                    "line": SEPARATOR,
                    "pattern": {
                        "shape": ["/" if c else "" for c in computed],
                        "fgcolor": TEXT,
                        "fgopacity": 0.2,
                        "size": 16,
                        "solidity": 0.1,
                    },
                },
                hovertext=[
                    say(
                        "board.chart.hover",
                        person=r.person,
                        municipality=r.municipality,
                        role=say("role." + r.role) if isinstance(r.role, str) else "",
                        start=date_text(r.term_start),
                        end=date_text(r.end),
                        computed=(say("board.chart.hover_computed", years=int(r.rule_years)) if c and pd.notna(r.rule_years) else "")
                        + ("" if r.length_ok or pd.isna(r.rule_years) else say("board.chart.hover_too_long", years=int(r.rule_years))),
                    )
                    for r, c in zip(part.itertuples(), computed)
                ],
                hoverinfo="text",
            )
        )
    if terms["end_computed"].astype(bool).any():
        # Legend entry only: explains the hatching.
        figure.add_trace(
            go.Bar(
                name=say("board.chart.computed"),
                orientation="h",
                y=[regions[0]],
                x=[None],
                showlegend=True,
                marker={
                    "color": "white",
                    "line": {"color": TEXT, "width": 1},
                    "pattern": {"shape": "/", "fgcolor": TEXT, "fgopacity": 0.6, "size": 8},
                },
            )
        )
    too_long = terms[~terms["length_ok"].astype(bool)]
    if not too_long.empty:
        # An outline drawn over the term's own bar, so the term keeps its state's colour.
        figure.add_trace(
            go.Bar(
                name=say("board.chart.too_long"),
                meta="too_long",
                orientation="h",
                y=too_long["board_region"],
                base=too_long["term_start"],
                x=_span_ms(too_long["term_start"], too_long["end"]),
                hoverinfo="skip",
                marker={"color": "rgba(0,0,0,0)", "line": {"color": BAD, "width": 4}},
            )
        )
    if not vacancies.empty:
        figure.add_trace(
            go.Bar(
                name=say("board.chart.vacant"),
                meta="vacancy",
                orientation="h",
                y=vacancies["board_region"],
                base=vacancies["vacant_from"],
                x=_span_ms(vacancies["vacant_from"], vacancies["vacant_to"]),
                text=[say("board.chart.vacant")] * len(vacancies),
                textposition="inside",
                insidetextanchor="middle",
                constraintext="none",
                textfont={"size": 16, "color": BAD},
                marker={
                    "color": "white",
                    "line": {"color": BAD, "width": 2},
                    "pattern": {"shape": "x", "fgcolor": BAD, "fgopacity": 0.35, "size": 10},
                },
                hovertext=[
                    say("board.chart.hover_vacant", region=v.board_region, start=date_text(v.vacant_from), end=date_text(v.vacant_to))
                    for v in vacancies.itertuples()
                ],
                hoverinfo="text",
            )
        )
    first = terms["term_start"].min()
    last = max(terms["end"].max(), pd.Timestamp(on))
    figure.update_layout(barmode="overlay", bargap=0.25)
    figure.update_xaxes(
        type="date",
        range=[first - pd.Timedelta(days=60), last + pd.Timedelta(days=60)],
        dtick="M12",
        tickformat="%Y",
        showgrid=True,
        gridcolor="#E0E0E0",
        ticklabelmode="period",
        tickfont={"color": TEXT},
    )
    figure.update_yaxes(categoryorder="array", categoryarray=regions, autorange="reversed", title=None, tickfont={"color": TEXT})
    _date_line(figure, today, say("board.chart.today", date=date_text(today)), TEXT, "solid", "right")
    if on != today:
        _date_line(figure, on, say("board.chart.chosen", date=date_text(on)), CHOSEN, "dash", "left")
    style(figure, title, height=ROW_HEIGHT * len(regions) + 190)
    figure.update_layout(legend={"orientation": "h", "yanchor": "top", "y": -0.08, "x": 0}, margin={"t": 110 if title else 60, "b": 20})
    return figure


def _date_line(figure: go.Figure, day: dt.date, label: str, colour: str, dash: str, side: str) -> None:
    stamp = pd.Timestamp(day)
    figure.add_shape(
        type="line", xref="x", yref="paper", x0=stamp, x1=stamp, y0=0, y1=1, line={"color": colour, "width": 3, "dash": dash}, name=label
    )
    figure.add_annotation(
        x=stamp,
        xref="x",
        y=1,
        yref="paper",
        yanchor="bottom",
        text=f"<b>{label}</b>",
        showarrow=False,
        font={"size": 16, "color": colour},
        xanchor="right" if side == "right" else "left",
    )
