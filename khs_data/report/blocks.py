"""The blocks a slide of the annual pack is made of, and the pack itself: plain data (a bar chart
with its series, tiles, a table, checks, items, groups) that the deck (report.deck), the page's
preview and meeting mode (ui.slides) each draw their own way. What goes in them is
report.slides' job."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd

from ..metrics.budget import Budget
from ..metrics.dues import DuesBasis

# Literal spaces, placed by conditions: "#,##0" shows 1,519,776 on an English-language machine, and a
# bare "# ##0" shows 1519 776 (its leftmost # takes every extra digit).
NUMBER_FORMAT = "[>=1000000]# ### ##0;[>=1000]# ##0;0"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    colour: str
    point_colours: tuple[str, ...] | None = None  # one per category, to pick out e.g. the unpaid


@dataclass(frozen=True)
class Chart:
    """A bar chart with its data: drawn as a native PowerPoint chart and as a plotly figure."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_max: float | None = None  # one scale for the panels of a slide
    number_format: str = NUMBER_FORMAT

    @property
    def legend(self) -> bool:
        return len(self.series) > 1


@dataclass(frozen=True)
class Tiles:
    items: tuple[tuple[str, str, str], ...]  # (label, value, detail)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative
    marks: tuple[str, ...] = ()  # per row: "bad" (drawn in the alarm colour), "strong" or ""


@dataclass(frozen=True)
class Checks:
    items: tuple[tuple[str, str], ...]  # (mark: "ok" | "bad" | "advice", label): advice not met is no breach


@dataclass(frozen=True)
class Items:
    items: tuple[tuple[str, str], ...]  # (mark: "bad" | "warn" | "advice" | "info", text)


@dataclass(frozen=True)
class Groups:
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, items)


Block = Chart | Tiles | Table | Checks | Items | Groups


class Topic(StrEnum):
    """What a slide is about, named as meeting mode's address names it (`?modus=mote&tema=styret`):
    a topic of a dashboard page has that page's name, so entering meeting mode from a page opens
    its topic."""

    KEY_FIGURES = "oversikt"
    DUES = "kontingent"
    BUDGET = "budsjett"
    BOARD = "styret"
    MEETINGS = "moter"
    NETWORK = "nettverk"
    PROJECTS = "prosjekter"
    ATTENTION = "oppfolging"
    DECISIONS = "saker"
    EMPTY = "ingen-data"


@dataclass(frozen=True)
class SlidePlan:
    topic: Topic
    kicker: str
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    widths: tuple[float, ...]  # share of the content width, per block
    notes: str

    @property
    def charts(self) -> tuple[Chart, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Chart))


@dataclass(frozen=True)
class AnnualPack:
    year: int
    today: dt.date
    on: dt.date  # the date the checks look at
    sample: bool
    has_data: bool
    meeting_date: dt.date | None  # the year's mayors' meeting, if still ahead
    basis: DuesBasis
    figures: dict  # key_figures for the year
    slides: tuple[SlidePlan, ...]  # the topics, then «Saker til behandling»
    frames: dict[str, pd.DataFrame]  # the metric results behind the slides, for the workbook
    budget: Budget | None = None  # the year's budget with its computed dues line, for the slide and the sheet

    @property
    def agenda(self) -> tuple[str, ...]:
        return tuple(s.kicker for s in self.slides)
