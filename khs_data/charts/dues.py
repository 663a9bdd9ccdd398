"""Dues charts: per municipality, per board region and over the years. Frames come from
`khs_data.metrics.dues`; each title states what the chart shows."""

from __future__ import annotations

import re
import textwrap

import pandas as pd
import plotly.graph_objects as go

from ..catalogue import text
from ..fmt import date_text, kr_text, number_text, percent_text
from ..statuses import PaymentStatus
from .theme import FONT_SIZE, GOOD, NEUTRAL, ON_FILL, PALETTE, SEPARATOR, TEXT, data_as_text, style

# Payment status (data value from dues_for_year) → catalogue key suffix, symbol and colour.
# The symbol carries the meaning without colour; the colours avoid a red/green contrast.
STATUS_LOOK = {
    PaymentStatus.PAID: ("betalt", "✔", GOOD),
    PaymentStatus.PAID_LATE: ("betalt_etter_forfall", "✔", PALETTE[4]),
    PaymentStatus.PARTLY_PAID: ("delvis_betalt", "◐", PALETTE[1]),
    PaymentStatus.NOT_PAID: ("ikke_betalt", "○", NEUTRAL),
    PaymentStatus.OVERDUE: ("forfalt", "✘", PALETTE[5]),
    PaymentStatus.NO_POPULATION: ("mangler_folketall", "?", PALETTE[7]),
}

BAR_HEIGHT = 34  # px per bar: room for 16 px labels
TITLE_CHARACTERS = 34  # a 22 px title line in half the page of a 1280 px wide screen
# The spaces inside "kr 1 519 776" and "30 %": a title is never wrapped there.
NUMBER_SPACE = re.compile(r"(?<=\bkr) (?=\d)|(?<=\d) (?=\d{3}\b)|(?<=\d) (?=%)")


def styled(figure: go.Figure, title: str | None, height: int) -> go.Figure:
    """The house style, with a long title wrapped over lines rather than cut at the chart's edge,
    and axis labels in the text colour (the default grey is faint on a projector)."""
    lines = textwrap.wrap(NUMBER_SPACE.sub("\u00a0", title), TITLE_CHARACTERS) if title else []
    style(figure, "<br>".join(lines) or None, height=height + 32 * max(len(lines) - 1, 0))
    if lines:
        figure.update_layout(margin={"t": 55 + 32 * len(lines)})
    figure.update_xaxes(tickfont_color=TEXT, title_font_color=TEXT)
    figure.update_yaxes(tickfont_color=TEXT, title_font_color=TEXT)
    return figure


def status_label(status: str, lang: str = "nb") -> str:
    return text("dues.status." + STATUS_LOOK[status][0], lang)


def status_text(status: str, lang: str = "nb") -> str:
    """The status as a person reads it, symbol first."""
    return f"{STATUS_LOOK[status][1]} {status_label(status, lang)}"


def _billed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["amount_nok"].notna()].sort_values("amount_nok", ascending=False, kind="stable").reset_index(drop=True)


@data_as_text
def dues_by_municipality_chart(frame: pd.DataFrame, year: int, lang: str = "nb") -> go.Figure:
    """Horizontal bars, largest first, each labelled with its amount, and with the leaving date
    of a member that had given notice by that year."""
    billed = _billed(frame)
    amounts = billed["amount_nok"].astype(float)
    labels = [
        kr_text(amount)
        + (f" · {text('dues.chart.leaves', lang, date=date_text(leaving))}" if not pd.isna(notice) and notice.year <= year else "")
        for amount, notice, leaving in zip(amounts, billed["notice_date"], billed["leaving_date"])
    ]
    figure = go.Figure(
        go.Bar(
            x=amounts,
            y=billed["municipality"],
            orientation="h",
            marker={"color": GOOD, "line": SEPARATOR},
            text=labels,
            textposition="outside",
            cliponaxis=False,
            textfont={"size": FONT_SIZE},
            hovertemplate="%{y}: kr %{x:,.0f}<extra></extra>",
        )
    )
    total = amounts.sum()
    if len(billed) >= 2:
        title = text(
            "dues.chart.top_two",
            lang,
            first=billed["municipality"].iloc[0],
            second=billed["municipality"].iloc[1],
            share=percent_text(amounts.iloc[:2].sum() / total if total else 0, lang),
            year=year,
        )
    else:
        title = text("dues.chart.only_one", lang, first=billed["municipality"].iloc[0], year=year) if len(billed) else None
    styled(figure, title, max(300, 90 + BAR_HEIGHT * len(billed)))
    # Largest at the top; room on the right for the labels outside the bars.
    figure.update_yaxes(autorange="reversed", title=None)
    figure.update_xaxes(
        title_text=text("dues.chart.amount_axis", lang), range=[0, (amounts.max() if len(billed) else 1) * 1.6], tickformat=",.0f"
    )
    figure.update_layout(bargap=0.25)
    return figure


@data_as_text
def dues_by_region_chart(frame: pd.DataFrame, year: int, lang: str = "nb") -> go.Figure:
    """Each board region's share of the year's dues, largest first; `frame` from dues_by_region."""
    regions = frame.sort_values("amount_nok", ascending=False, kind="stable").reset_index(drop=True)
    labels = [
        text("dues.chart.region_label", lang, share=percent_text(share, lang), amount=kr_text(amount, lang))
        for share, amount in zip(regions["share"], regions["amount_nok"])
    ]
    figure = go.Figure(
        go.Bar(
            x=regions["share"].astype(float),
            y=regions["board_region"],
            orientation="h",
            marker={"color": PALETTE[0], "line": SEPARATOR},
            text=labels,
            textposition="outside",
            cliponaxis=False,
            textfont={"size": FONT_SIZE},
            customdata=regions[["amount_nok", "municipalities"]].to_numpy(),
            hovertemplate=(
                f"%{{y}}<br>{text('dues.chart.hover_share', lang)}: %{{x:.0%}}<br>"
                f"{text('dues.chart.hover_amount', lang)}: kr %{{customdata[0]:,.0f}}<br>"
                f"{text('dues.chart.hover_municipalities', lang)}: %{{customdata[1]}}<extra></extra>"
            ),
        )
    )
    title = None
    if len(regions) and regions["amount_nok"].sum() > 0:
        title = text(
            "dues.chart.region_title",
            lang,
            region=regions["board_region"].iloc[0],
            share=percent_text(regions["share"].iloc[0], lang),
            year=year,
        )
    styled(figure, title, max(300, 110 + 52 * len(regions)))
    top = float(regions["share"].max()) if len(regions) else 1.0
    figure.update_yaxes(autorange="reversed", title=None)
    figure.update_xaxes(range=[0, top * 1.7], tickformat=".0%", showgrid=False, showticklabels=False)
    figure.update_layout(bargap=0.3)
    return figure


@data_as_text
def dues_over_years_chart(frame: pd.DataFrame, year: int, lang: str = "nb") -> go.Figure:
    """The total per year with the sum spelled out (rate × population at the basis date), so both
    causes of a change are on the screen; the year in focus stands out. `frame` from dues_over_years."""
    years = frame.sort_values("year").reset_index(drop=True)
    labels = [
        text(
            "dues.chart.years_label",
            lang,
            amount=kr_text(amount, lang),
            rate=number_text(rate, lang=lang),
            population=number_text(population, lang=lang),
            date=date_text(date),
        )
        for amount, rate, population, date in zip(years["amount_nok"], years["rate_nok"], years["population"], years["population_date"])
    ]
    colours = [GOOD if y == year else NEUTRAL for y in years["year"]]
    figure = go.Figure(
        go.Bar(
            x=years["amount_nok"].astype(float),
            y=years["year"].astype(str),
            orientation="h",
            marker={"color": colours, "line": SEPARATOR},
            text=labels,
            textposition="inside",
            insidetextanchor="start",
            insidetextfont={"size": FONT_SIZE, "color": ON_FILL},
            hovertemplate="%{y}: kr %{x:,.0f}<extra></extra>",
        )
    )
    title = None
    if len(years):
        first, last = years.iloc[0], years.iloc[-1]
        change = "up" if last["amount_nok"] > first["amount_nok"] else "down" if last["amount_nok"] < first["amount_nok"] else "flat"
        title = text(
            f"dues.chart.years_{change}",
            lang,
            first=kr_text(first["amount_nok"], lang),
            first_year=int(first["year"]),
            last=kr_text(last["amount_nok"], lang),
            last_year=int(last["year"]),
        )
    styled(figure, title, max(300, 110 + 46 * len(years)))
    # Oldest at the top, read downwards like a table; a uniform size keeps every label readable.
    figure.update_yaxes(autorange="reversed", title=None, type="category")
    figure.update_xaxes(title_text=text("dues.chart.amount_axis", lang), tickformat=",.0f", rangemode="tozero")
    figure.update_layout(bargap=0.2, uniformtext={"minsize": FONT_SIZE - 2, "mode": "show"})
    return figure
