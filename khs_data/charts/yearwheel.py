"""Årshjulet as a wheel: the year clockwise from January at the top, meetings on the outer ring,
deadlines and dates in the middle, ends of periods inside, and today as a line from the centre."""

from __future__ import annotations

import calendar
import datetime as dt
import textwrap

import plotly.graph_objects as go
from babel.dates import get_month_names

from ..catalogue import text
from ..fmt import LOCALES, date_text, time_text
from ..metrics.yearwheel import Event, EventGroup, EventKind, EventStatus, group_of
from ..yearwheel.text import event_body, event_title, kind_label, status_label
from .theme import BACKGROUND, BAD, GOOD, NEUTRAL, PALETTE, TEXT, WARN, style

RINGS = {EventGroup.MEETINGS: 3.0, EventGroup.DEADLINES: 2.0, EventGroup.PERIODS: 1.0}
OUTER = 3.6  # the month sectors reach this far
STACK = 0.24  # events close in time on the same ring are set this far apart
NEAR = 4.0  # degrees (about four days): closer than this, markers on the same radius would overlap
# (legend entry, symbol, colour): meetings by status, the rest by kind
MEETING_LOOK = {EventStatus.HELD: ("circle", GOOD), EventStatus.PLANNED: ("circle-open", WARN), EventStatus.CANCELLED: ("x", NEUTRAL)}
KIND_LOOK = {
    EventKind.DUES: ("diamond", PALETTE[3]),
    EventKind.NOTICE: ("diamond-tall", PALETTE[4]),
    EventKind.POPULATION: ("square", PALETTE[2]),
    EventKind.MISSING_MEETING: ("star", BAD),
    EventKind.PERIOD_END: ("triangle-down", TEXT),
    EventKind.MEASURE_DEADLINE: ("pentagon", PALETTE[1]),
}
OVERDUE_LOOK = ("pentagon", BAD)  # a measure past its deadline and not done stands out from the rest


def angle(day: dt.date) -> float:
    """Degrees clockwise from the top: the middle of the day's slice of the year."""
    days = 366 if calendar.isleap(day.year) else 365
    return 360 * (day.timetuple().tm_yday - 0.5) / days


def _month_sectors(year: int, lang: str) -> tuple[list[float], list[float], list[str]]:
    names = get_month_names("wide", locale=LOCALES[lang])
    middles, widths = [], []
    for month in range(1, 13):
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        start = angle(first) - angle(dt.date(year, 1, 1))
        end = angle(last) - angle(dt.date(year, 1, 1)) + 360 / (366 if calendar.isleap(year) else 365)
        middles.append((start + end) / 2)
        widths.append(end - start)
    return middles, widths, [names[m] for m in range(1, 13)]


def _look(event: Event, lang: str) -> tuple[str, str, str]:
    """(legend name, symbol, colour)."""
    if event.kind == EventKind.MEETING:
        symbol, colour = MEETING_LOOK[event.status]
        return f"{kind_label(event.kind, lang)} – {status_label(event.status, lang)}", symbol, colour
    if event.status == EventStatus.OVERDUE:
        return f"{kind_label(event.kind, lang)} – {status_label(event.status, lang)}", *OVERDUE_LOOK
    symbol, colour = KIND_LOOK[event.kind]
    return kind_label(event.kind, lang), symbol, colour


def _free_radius(placed: list[tuple[float, float]], theta: float, ring: float) -> float:
    """The ring's radius, or the nearest free one beside it (+1, −1, +2 … stacks out) when an
    event a few days away (31.12 and 01.01 too) already sits there."""
    step = 0
    while True:
        r = ring + STACK * ((step + 1) // 2) * (1 if step % 2 else -1)
        if not any(abs(r - other_r) < STACK / 2 and min(abs(theta - t), 360 - abs(theta - t)) < NEAR for t, other_r in placed):
            return r
        step += 1


def _legend_order(trace: dict) -> int:
    looks = [*MEETING_LOOK.values(), *KIND_LOOK.values(), OVERDUE_LOOK]
    return looks.index((trace["symbol"], trace["colour"]))


def _outline(symbol: str, colour: str) -> dict:
    """An open symbol is drawn by its outline; a filled one gets a white edge against its neighbours."""
    return {"width": 3, "color": colour} if symbol.endswith("open") else {"width": 1.5, "color": BACKGROUND}


def hover_text(event: Event, lang: str) -> str:
    when = date_text(event.date) + (f" {time_text(event.start)}" if event.start else "")
    body = "<br>".join(textwrap.wrap(event_body(event, lang), 60))
    return f"<b>{event_title(event, lang)}</b><br>{when} · {kind_label(event.kind, lang)}<br>{body}"


def year_wheel(events: list[Event], year: int, on: dt.date | None, lang: str = "nb", title: str | None = None) -> go.Figure:
    """`events` as from year_events (in date order). Each marker's customdata[0] is the event's
    position in `events`, so a click can show it."""

    def say(key: str, **values: object) -> str:
        return text(f"yearwheel.{key}", lang, **values)

    figure = go.Figure()
    middles, widths, months = _month_sectors(year, lang)
    figure.add_trace(
        go.Barpolar(
            theta=middles,
            width=widths,
            r=[OUTER] * 12,
            marker={"color": ["#EEF2F7" if m % 2 == 0 else "#F8F9FB" for m in range(12)], "line": {"color": "white", "width": 2}},
            hoverinfo="skip",
            showlegend=False,
            unselected={"marker": {"opacity": 1}},  # the months stay as they are when a marker is clicked
        )
    )
    placed: list[tuple[float, float]] = []
    traces: dict[str, dict] = {}
    for index, event in enumerate(events):
        theta = angle(event.date)
        r = _free_radius(placed, theta, RINGS[group_of(event.kind)])
        placed.append((theta, r))
        name, symbol, colour = _look(event, lang)
        trace = traces.setdefault(name, {"theta": [], "r": [], "customdata": [], "symbol": symbol, "colour": colour})
        trace["theta"].append(theta)
        trace["r"].append(r)
        trace["customdata"].append([index, hover_text(event, lang)])
    for name, trace in sorted(traces.items(), key=lambda item: _legend_order(item[1])):
        figure.add_trace(
            go.Scatterpolar(
                theta=trace["theta"],
                r=trace["r"],
                mode="markers",
                name=name,
                customdata=trace["customdata"],
                hovertemplate="%{customdata[1]}<extra></extra>",
                marker={
                    "symbol": trace["symbol"],
                    "size": 20,
                    "color": trace["colour"],
                    "line": _outline(trace["symbol"], trace["colour"]),
                },
            )
        )
    if on is not None and on.year == year:
        figure.add_trace(
            go.Scatterpolar(
                theta=[angle(on), angle(on)],
                r=[0.3, OUTER],
                mode="lines",
                name=say("chart.today") + f" {date_text(on)}",
                line={"color": BAD, "width": 3, "dash": "dash"},
                hoverinfo="skip",
            )
        )
    style(figure, title, height=760)
    figure.update_layout(
        polar={
            "angularaxis": {
                "direction": "clockwise",
                "rotation": 90,
                "tickmode": "array",
                "tickvals": middles,
                "ticktext": months,
                "tickfont": {"size": 16, "color": TEXT},
                "showgrid": False,
                "linecolor": "#D0D5DD",
            },
            "radialaxis": {"range": [0, OUTER + 0.05], "showticklabels": False, "showgrid": False, "ticks": "", "showline": False},
            "bgcolor": "white",
            "hole": 0.12,
        },
        legend={"orientation": "h", "x": 0.5, "xanchor": "center", "y": -0.04, "yanchor": "top"},
        # A click on a marker selects it (Streamlit's default «pan» on a polar chart swallows the click).
        dragmode="zoom",
        hoverlabel={"bgcolor": "white", "bordercolor": TEXT, "font": {"color": TEXT}, "align": "left"},
        annotations=[
            {
                "text": f"<b>{year}</b>",
                "x": 0.5,
                "y": 0.5,
                "xref": "paper",
                "yref": "paper",
                "showarrow": False,
                "font": {"size": 26, "color": TEXT},
                "xanchor": "center",
                "yanchor": "middle",
            }
        ],
        margin={"l": 40, "r": 40, "t": 90 if title else 40, "b": 40},
    )
    return figure
