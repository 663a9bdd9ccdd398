"""One look for every chart: a colour-blind safe palette (Okabe–Ito), text large enough for a
projector at the back of a meeting room, and Norwegian number separators."""

from __future__ import annotations

import functools
import html
import inspect
from collections.abc import Callable
from typing import TypeVar

import pandas as pd
import plotly.graph_objects as go

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
GOOD = "#0072B2"  # blue, not green: red/green is what colour-blind viewers confuse
BAD = "#D55E00"  # vermillion
WARN = "#E69F00"  # orange
NEUTRAL = "#8C8C8C"
TEXT = "#1A1A1A"

FONT_SIZE = 16  # chart text ≥ 14 px
TITLE_SIZE = 22


def style(figure: go.Figure, title: str | None = None, height: int | None = None) -> go.Figure:
    """Apply the house style; the title states the finding, not the variable."""
    figure.update_layout(
        template="plotly_white",
        separators=", ",
        font={"size": FONT_SIZE, "color": TEXT, "family": "Source Sans Pro, Arial, sans-serif"},
        title={"text": title, "font": {"size": TITLE_SIZE}, "x": 0, "xanchor": "left"} if title else None,
        colorway=PALETTE,
        hoverlabel={"font_size": FONT_SIZE},
        legend={"font": {"size": FONT_SIZE}, "title": {"font": {"size": FONT_SIZE}}},
        margin={"l": 10, "r": 10, "t": 70 if title else 20, "b": 10},
    )
    figure.update_xaxes(tickfont={"size": FONT_SIZE}, title_font={"size": FONT_SIZE})
    figure.update_yaxes(tickfont={"size": FONT_SIZE}, title_font={"size": FONT_SIZE})
    if height:
        figure.update_layout(height=height)
    return figure


Builder = TypeVar("Builder", bound=Callable[..., go.Figure])


def plain(value: object) -> object:
    """Text from the data as plotly draws it exactly as written: plotly reads `<b>`, `<br>`,
    `<a href>` in any text as markup, and turns `&lt;` back into «<»."""
    return html.escape(value, quote=False) if isinstance(value, str) else value


def _plain_frame(value: object) -> object:
    if not isinstance(value, pd.DataFrame):
        return value
    text_columns = [
        c for c in value.columns if not pd.api.types.is_numeric_dtype(value[c]) and not pd.api.types.is_datetime64_any_dtype(value[c])
    ]
    return value.assign(**{c: value[c].map(plain) for c in text_columns}) if text_columns else value


PLAIN_ARGUMENTS = ("title", "subtitle")  # text a page makes (from the data, often) and hands over


def data_as_text(builder: Builder) -> Builder:
    """For every chart builder: the text in its data frames, and the title and subtitle it is
    given, are escaped once, on the way in, so a name is drawn as written everywhere in the figure
    (bars, axes, hover, titles), while the catalogue's own markup (`<br>` in a hover) still works."""
    signature = inspect.signature(builder)

    @functools.wraps(builder)
    def build(*args: object, **kwargs: object) -> go.Figure:
        bound = signature.bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            bound.arguments[name] = plain(value) if name in PLAIN_ARGUMENTS else _plain_frame(value)
        return builder(*bound.args, **bound.kwargs)

    return build  # type: ignore[return-value]
