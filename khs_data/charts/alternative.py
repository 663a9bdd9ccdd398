"""Every chart's text alternative (WCAG 1.1.1): its action title and one row per drawn point, read
from the finished figure, so a chart has one without its builder doing anything, and the rows say
what the chart's own labels and hover texts say, in the reader's language.

A row is (series, panel, category, value); a column that is empty in every row is left out."""

from __future__ import annotations

import datetime as dt
import html
import math
import numbers
import re
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from ..catalogue import text
from ..fmt import date_text, number_text, percent_text

EXTRA = re.compile(r"<extra>.*?</extra>", re.S)
BREAK = re.compile(r"<br\s*/?>", re.I)
TAG = re.compile(r"<[^>]+>")
FIELD = re.compile(r"%\{([^}:|]+)(?::([^}|]*))?(?:\|([^}]*))?\}")
INDEXED = re.compile(r"(\w+)\[(\d+)\]")
LEADING = " :·–-,"
COLUMNS = ("series", "panel", "category", "value")


@dataclass(frozen=True)
class ChartAlternative:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(list(self.rows), columns=list(self.header))


def plain_text(words: object, line_break: str = " · ") -> str:
    """Chart markup (`<b>`, `<br>`, entities) as one line of plain text; a line break in a hover
    separates facts, in a title it only wraps (`line_break=" "`)."""
    if words is None or (isinstance(words, float) and math.isnan(words)):
        return ""
    return " ".join(html.unescape(TAG.sub("", BREAK.sub(line_break, str(words)))).split()).strip(" ·")


def chart_alternative(figure: go.Figure, lang: str = "nb") -> ChartAlternative:
    title = plain_text(figure.layout.title.text, line_break=" ")
    panels = _panel_titles(figure)
    rows = [row for trace in figure.data if _described(trace) for row in _trace_rows(trace, panels)]
    # A column that says nothing is left out: empty in every row, or one series' name in all.
    kept = [i for i in range(len(COLUMNS)) if len({row[i] for row in rows} - {""}) > (i == 0)] or [COLUMNS.index("value")]
    names = {row[0] for row in rows} - {""}
    # One series: its name heads the values (it may carry the unit, «Kontingent (kr)»).
    header = tuple(names.pop() if COLUMNS[i] == "value" and len(names) == 1 else text(f"chart.col.{COLUMNS[i]}", lang) for i in kept)
    return ChartAlternative(title, header, tuple(tuple(row[i] for i in kept) for row in rows))


def _described(trace) -> bool:
    """Traces that show data: not a legend entry alone, not an outline drawn over another bar."""
    return trace.visible in (None, True) and trace.hoverinfo != "skip"


def _panel_titles(figure: go.Figure) -> dict[str, str]:
    """Subplot titles by x axis ("x", "x2", …): make_subplots centres each title over its axis."""
    axes = {name: figure.layout[name].domain for name in figure.layout if re.fullmatch(r"xaxis\d*", name)}
    if len(axes) < 2:
        return {}
    titles = {}
    for name, domain in axes.items():
        centre = (domain[0] + domain[1]) / 2
        for note in figure.layout.annotations:
            if note.xref == "paper" and note.x is not None and abs(note.x - centre) < 1e-6:
                titles[name.replace("axis", "")] = plain_text(note.text)
    return titles


def _trace_rows(trace, panels: dict[str, str]) -> list[tuple[str, str, str, str]]:
    series = plain_text(trace.name)
    panel = panels.get(getattr(trace, "xaxis", None) or "x", "")
    if trace.type == "heatmap":
        return [
            (series, panel, f"{_shown(y)}, {_shown(x)}", _point_text(trace, (r, c), series, _shown(y), _shown(x)))
            for r, y in enumerate(_items(trace.y))
            for c, x in enumerate(_items(trace.x))
            if trace.z[r][c] is not None
        ]
    if trace.type in ("bar", "scatter"):
        horizontal = trace.orientation == "h"
        categories, values = (trace.y, trace.x) if horizontal else (trace.x, trace.y)
        return [
            (series, panel, _shown(category), _point_text(trace, i, series, _shown(category)))
            for i, (category, value) in enumerate(zip(_items(categories), _items(values)))
            if not _missing(value)
        ]
    # A map or the year wheel: the place or the event is the first part of what its hover says.
    points = _items(getattr(trace, "locations", None)) or _items(getattr(trace, "theta", None))
    rows = []
    for i in range(len(points)):
        place, _, rest = _point_text(trace, i, series).partition(" · ")
        rows.append((series, panel, place, rest) if rest else (series, panel, "", place))
    return rows


def _point_text(trace, at: int | tuple[int, int], *known: str) -> str:
    """What the chart says about one point: its hover text (or the label on it, where that says
    more), else its value; without the series and category the row names already."""
    words = _pick(trace.hovertext, at)
    if not words and trace.hovertemplate and trace.hoverinfo != "text":
        words = FIELD.sub(lambda m: _field(trace, at, *m.groups()), EXTRA.sub("", _pick(trace.hovertemplate, at) or ""))
    words, label = plain_text(words), plain_text(_pick(trace.text, at))
    if label and (not words or _without(words, known) in label):  # the label on the bar says more
        words = label
    if not words:
        value = trace.z if trace.type == "heatmap" else (trace.x if trace.orientation == "h" else trace.y)
        words = _shown(_pick(value, at))
    return _without(words, known)


def _without(words: str, known: tuple[str, ...]) -> str:
    """`words` without the names at their start that the row's other columns give."""
    shorter = None
    while shorter != words:
        shorter = words
        for part in known:
            if part and words.startswith(part) and len(words) > len(part) and words[len(part)] in LEADING:
                words = words[len(part) :].lstrip(LEADING)
    return words


def _items(values) -> list:
    return [] if values is None else list(values)


def _pick(values, at: int | tuple[int, int]):
    if values is None or isinstance(values, str):
        return values
    try:
        return values[at[0]][at[1]] if isinstance(at, tuple) else values[at]
    except (IndexError, TypeError):
        return None


def _field(trace, at, name: str, number_format: str | None, date_format: str | None) -> str:
    """One %{…} of a hover template, formatted as plotly would for our formats."""
    indexed = INDEXED.fullmatch(name)
    value = _pick(trace[indexed.group(1)], at) if indexed else _pick(trace[name] if name in trace else None, at)
    if indexed and value is not None:
        value = _pick(value, int(indexed.group(2)))
    if date_format and value is not None:
        return pd.Timestamp(value).strftime(date_format)
    if number_format and _number(value):
        if number_format.endswith("%"):
            return percent_text(value)
        decimals = re.search(r"\.(\d+)f", number_format)
        return number_text(value, decimals=int(decimals.group(1)) if decimals else 0)
    return _shown(value)


def _shown(value) -> str:
    if _missing(value):
        return ""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return date_text(value)
    if _number(value):
        return number_text(value, decimals=0 if float(value).is_integer() else 1)
    return plain_text(value)


def _number(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and not _missing(value)


def _missing(value) -> bool:
    return value is None or (isinstance(value, numbers.Real) and math.isnan(value))
