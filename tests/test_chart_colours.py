"""Chart colours meet WCAG 2.1 AA (khs_data.charts.theme): every colour a meaningful mark is filled
with stands out against the background and carries white text; marks are parted from each other
by a line of the background colour, so each one's neighbour is the background; and the charts
every page draws use only those colours, those lines and that text colour."""

from __future__ import annotations

import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures
from chart_support import page_figures

from khs_data.charts.map import COLOURSCALE
from khs_data.charts.theme import BACKGROUND, FILLS, ON_FILL, SEPARATOR, TEXT
from ui.navigation import PAGES


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour (#RRGGBB, or "white")."""
    hex_digits = {"white": "FFFFFF", "black": "000000"}.get(colour.lower(), colour.lstrip("#"))
    channels = [int(hex_digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_is_computed_as_wcag_defines_it():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the known borderline grey
    assert contrast("#0072B2", "#FFFFFF") == contrast("#FFFFFF", "#0072B2")


def test_every_fill_stands_out_against_the_background_and_carries_white_text():
    assert {fill: round(contrast(fill, BACKGROUND), 2) for fill in FILLS if contrast(fill, BACKGROUND) < 4.5} == {}
    assert {fill: round(contrast(fill, ON_FILL), 2) for fill in FILLS if contrast(fill, ON_FILL) < 4.5} == {}
    assert contrast(TEXT, BACKGROUND) >= 4.5


def test_marks_are_parted_by_the_background():
    """Two fills meet only across a line of the background colour, whose contrast against each
    fill is the one checked above; many pairs of hues have less than 3:1 between them."""
    assert SEPARATOR["color"] == BACKGROUND and SEPARATOR["width"] >= 1


def test_the_map_scale_starts_at_three_to_one_against_the_page():
    assert min(contrast(colour, BACKGROUND) for _, colour in COLOURSCALE) >= 3


def _colours(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [c for c in value if c is not None]


def _bar_problems(trace) -> list[str]:
    problems = []
    fills = _colours(trace.marker.color)
    values = trace.x if trace.orientation == "h" else trace.y
    if not fills or set(fills) <= {BACKGROUND, "white", "rgba(0,0,0,0)"} or all(v is None for v in values):
        return problems  # an outline (its line is what shows) or a legend entry
    problems += [f"{trace.name}: fill {c}" for c in fills if c not in FILLS]
    if (trace.marker.line.color, trace.marker.line.width) != (SEPARATOR["color"], SEPARATOR["width"]):
        problems.append(f"{trace.name}: no separator ({trace.marker.line.color}, {trace.marker.line.width})")
    inside = trace.textposition in ("inside", "auto") and trace.text is not None
    font = trace.insidetextfont.color or trace.textfont.color
    if inside and any(c != ON_FILL for c in _colours(font)):
        problems.append(f"{trace.name}: text {font} on the bar")
    return problems


def _heatmap_problems(trace) -> list[str]:
    problems = [f"cell {c}" for _, c in trace.colorscale if c not in FILLS]
    if not (trace.xgap and trace.ygap):
        problems.append("cells touch")
    if _colours(trace.textfont.color) != [ON_FILL]:
        problems.append(f"cell text {trace.textfont.color}")
    return problems


@pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")
@pytest.mark.parametrize("name", [name for pages in PAGES.values() for name, _ in pages])
def test_every_chart_a_page_draws_uses_the_theme(sample_db, name):
    figures = page_figures(open_app(sample_db.path, f"pages/{name}.py"))
    problems = [
        problem
        for figure in figures
        for trace in figure.data
        for problem in (_bar_problems(trace) if trace.type == "bar" else _heatmap_problems(trace) if trace.type == "heatmap" else [])
    ]
    assert problems == []
