"""One look for every chart: a colour-blind safe palette (Okabe–Ito), text large enough for a
projector at the back of a meeting room, and Norwegian number separators."""

from __future__ import annotations

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
