"""One look for every chart: colours that keep their meaning for colour-blind viewers and on a
washed-out projector, text large enough for the back of a meeting room, Norwegian separators.

Colour rules (WCAG 2.1 AA, tested in tests/test_chart_colours.py):
- every colour that fills a mark (a bar, a cell, an area) has at least 4.5:1 against the white
  background: the mark stands out (1.4.11 asks 3:1) and white text on it reads (1.4.3);
- marks that touch are parted by a line of the background colour (SEPARATOR), so each mark's
  neighbour is the background: the hues differ, the contrast is against the white;
- what a colour means is said another way too: a symbol, a label, a pattern or the legend.

The hues are Okabe & Ito's (2008), darkened where the light ones fail the first rule."""

from __future__ import annotations

import functools
import html
import inspect
from collections.abc import Callable
from typing import TypeVar

import pandas as pd
import plotly.graph_objects as go

BACKGROUND = "#FFFFFF"
TEXT = "#1A1A1A"
ON_FILL = "#FFFFFF"  # text written on a filled mark

BLUE = "#0072B2"  # 5.2:1
AMBER = "#9C6C00"  # Okabe–Ito orange, darkened: 4.6:1
GREEN = "#008460"  # bluish green, darkened: 4.7:1
PURPLE = "#BB4D8A"  # reddish purple, darkened: 4.6:1
NAVY = "#08306B"  # in place of the sky blue (2.3:1): a second blue apart from BLUE in lightness
VERMILLION = "#BE5400"  # darkened: 4.7:1
OLIVE = "#6B6B00"  # in place of the yellow (1.3:1)
BLACK = "#000000"
PALETTE = [BLUE, AMBER, GREEN, PURPLE, NAVY, VERMILLION, OLIVE, BLACK]

GOOD = BLUE  # blue, not green: red/green is what colour-blind viewers confuse
BAD = VERMILLION
WARN = AMBER
NEUTRAL = "#757575"  # grey: 4.6:1
FILLS = (*PALETTE, NEUTRAL)  # every colour a meaningful mark is filled with

SEPARATOR = {"color": BACKGROUND, "width": 2}  # the line around a mark that may touch another

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
        paper_bgcolor=BACKGROUND,
        plot_bgcolor=BACKGROUND,
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
