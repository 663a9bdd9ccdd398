"""A map of the member municipalities coloured by dues or population. Drawn from the shipped
boundaries alone on a blank background (no map tiles): the dashboard runs without internet.

It is a `choroplethmap` (MapLibre), not a `choropleth` on a geo subplot: the plotly.js in
Streamlit 1.67 (3.8) fetches its world topojson from a CDN for a geo choropleth even when it has
a GeoJSON of its own, and draws nothing when that fails."""

from __future__ import annotations

import functools
import json
import math

import pandas as pd
import plotly.graph_objects as go

from .. import config
from ..catalogue import text
from ..fmt import date_text, kr_text, number_text
from .dues import styled
from .theme import BACKGROUND, FONT_SIZE, NAVY, NEUTRAL, data_as_text

BOUNDARIES_FILE = config.REFERENCE_DIR / "kommuner-khs-2024.geojson"
MEASURES = ("amount", "population")
# Lighter to dark blue (single hue: readable with any colour-vision deficiency); the light end has
# 3:1 against the page and the white borders, so the smallest municipality still shows (WCAG 1.4.11).
COLOURSCALE = [[0.0, "#5B8FC0"], [0.5, "#2B6CA8"], [1.0, NAVY]]
HEIGHT = 720
# The plot area the view is fitted to: half the page on a 1280 px wide screen, so nothing is cut
# there; wider screens get white space around it. The map can still be panned and zoomed.
FIT_WIDTH, FIT_HEIGHT = 340, 460
TILE_PIXELS = 512  # the width of the whole world at zoom 0 in MapLibre


@functools.cache
def municipality_boundaries() -> dict:
    """The 21 members' boundaries (© Kartverket); feature id = municipality number."""
    return json.loads(BOUNDARIES_FILE.read_text(encoding="utf-8"))


def _coordinates(geometry: dict) -> list[tuple[float, float]]:
    rings = geometry["coordinates"] if geometry["type"] == "Polygon" else [r for p in geometry["coordinates"] for r in p]
    return [(lon, lat) for ring in rings for lon, lat in ring]


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def map_view(boundaries: dict) -> tuple[dict, float]:
    """Centre and zoom that fit every feature into the fitted plot area (Web Mercator)."""
    points = [p for feature in boundaries["features"] for p in _coordinates(feature["geometry"])]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    zoom_x = math.log2(FIT_WIDTH * 360 / (TILE_PIXELS * (east - west)))
    zoom_y = math.log2(FIT_HEIGHT * 2 * math.pi / (TILE_PIXELS * (_mercator_y(north) - _mercator_y(south))))
    middle_y = (_mercator_y(north) + _mercator_y(south)) / 2
    centre = {"lon": (west + east) / 2, "lat": math.degrees(2 * math.atan(math.exp(middle_y)) - math.pi / 2)}
    return centre, min(zoom_x, zoom_y)


def _nice_ticks(low: float, high: float) -> list[float]:
    """1 and 3 × 10^n between low and high: few enough colour bar ticks to stand upright."""
    ticks = []
    for power in range(int(math.floor(math.log10(max(low, 1)))), int(math.ceil(math.log10(max(high, 1)))) + 1):
        ticks += [m * 10**power for m in (1, 3) if low <= m * 10**power <= high]
    return ticks


@data_as_text
def dues_map(frame: pd.DataFrame, boundaries: dict, measure: str, year: int, lang: str = "nb") -> go.Figure:
    """Choropleth of `frame` (dues_for_year) by `measure` ("amount" or "population"). The colour
    follows the logarithm: Bærum has a hundred times Flå's population, and a linear scale would
    leave most members the same pale shade."""
    column = {"amount": "amount_nok", "population": "population"}[measure]
    known = frame[frame[column].notna()]
    missing = frame[frame[column].isna()]
    values = known[column].astype(float)
    shown = kr_text if measure == "amount" else number_text
    hover = [f"<b>{name}</b><br>{shown(value)}" for name, value in zip(known["municipality"], values)]
    scale_title = text("dues.chart.amount_axis" if measure == "amount" else "dues.map.population", lang)
    figure = go.Figure()
    if len(known):
        ticks = _nice_ticks(values.min(), values.max())
        figure.add_trace(
            go.Choroplethmap(
                geojson=boundaries,
                locations=known["municipality_number"],
                featureidkey="id",
                z=values.clip(lower=1).map(math.log10),
                zmin=math.log10(max(values.min(), 1)),
                zmax=math.log10(max(values.max(), 1)),
                colorscale=COLOURSCALE,
                marker_line_color=BACKGROUND,
                marker_line_width=1.2,
                text=hover,
                hovertemplate="%{text}<extra></extra>",
                colorbar={
                    "title": {"text": scale_title, "font": {"size": FONT_SIZE}},
                    "tickvals": [math.log10(t) for t in ticks],
                    "ticktext": [number_text(t) for t in ticks],
                    "tickfont": {"size": FONT_SIZE - 1},
                    "thickness": 16,
                    "orientation": "h",
                    "y": -0.02,
                    "yanchor": "top",
                    "x": 0.5,
                    "xanchor": "center",
                    "len": 0.9,
                    "title_side": "top",
                },
            )
        )
    if len(missing):
        figure.add_trace(
            go.Choroplethmap(
                geojson=boundaries,
                locations=missing["municipality_number"],
                featureidkey="id",
                z=[0] * len(missing),
                colorscale=[[0, NEUTRAL], [1, NEUTRAL]],
                showscale=False,
                marker_line_color=BACKGROUND,
                text=missing["municipality"],
                hovertemplate=f"<b>%{{text}}</b><br>{text('dues.map.missing', lang)}<extra></extra>",
                name=text("dues.map.missing", lang),
                showlegend=True,
            )
        )
    title = None
    if len(known):
        top = known.loc[values.idxmax()]
        if measure == "amount":
            title = text("dues.map.title_amount", lang, year=year, municipality=top["municipality"], value=kr_text(top[column]))
        else:
            title = text(
                "dues.map.title_population",
                lang,
                date=date_text(top["population_date"]),
                municipality=top["municipality"],
                value=number_text(top[column]),
            )
    styled(figure, title, HEIGHT)
    centre, zoom = map_view(boundaries)
    # "white-bg" has no sources: nothing is fetched. No text layers, so its glyph URL is never used.
    figure.update_layout(map={"style": "white-bg", "center": centre, "zoom": zoom})
    figure.add_annotation(
        text=text("dues.map.credit", lang),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        font={"size": FONT_SIZE - 2},
        yshift=-100,
    )
    # Below the map: the colour bar, then the credit.
    figure.update_layout(margin={"b": 130}, legend={"x": 0, "y": 1, "yanchor": "top"})
    return figure
