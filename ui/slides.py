"""A slide of the annual meeting pack drawn on the page: used by the Årsmøte preview and by
meeting mode, so what the board sees on the projector is what the deck says.

On the projector (a `Screen` given) the slide is laid out for that screen, as a slide is: the text
grows with the screen (the root font size, see ui/assets/meeting.css) and the charts take the
height that is left, with their labels as large as the text."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from khs_data.charts.report import slide_chart
from khs_data.report.blocks import Chart, Checks, Groups, Items, SlidePlan, Table, Tiles

from .data import figure as cached_figure
from .state import t
from .widgets import chart

MARKS = {"bad": "✘", "warn": "!", "advice": "i", "info": "•"}
CHECK_MARKS = {"ok": "✔", "bad": "✘", "advice": "i"}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|$~])")

# The screen is 64 × 36 root-font units (16:9), at least MIN_REM px each: what meeting.css says.
SCREEN_UNITS = (64, 36)
MIN_REM = 14
# Root-font units of the screen outside the slide's blocks: padding, the top row, the gaps, the
# chart's numbers below it, «Forrige»/«Neste»; each line of title and subtitle comes on top.
FRAME_UNITS = 11.0
TITLE_LINE_UNITS, SUBTITLE_LINE_UNITS = 1.92, 1.3
SAFETY_UNITS = 0.8
# Characters per root-font unit of line width: Source Sans averages 0.4 em a character in a title,
# 0.38 in text; reckoned wider, so a title is never longer than its room.
TITLE_CHARACTERS_PER_UNIT, TEXT_CHARACTERS_PER_UNIT = 1 / (1.6 * 0.5), 1 / 0.46
SIDE_UNITS = 3.0  # the page's padding left and right
GROUP_LINE_CHARACTERS = 55  # an item line in half the slide's width


def plain(words: str) -> str:
    """Data text shown through markdown exactly as written (a «$» or «*» in a name stays itself)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", words)


@dataclass(frozen=True)
class Screen:
    """The browser viewport meeting mode is shown in, in CSS px."""

    width: int = 1280
    height: int = 720

    @property
    def rem(self) -> float:
        return max(MIN_REM, min(self.width / SCREEN_UNITS[0], self.height / SCREEN_UNITS[1]))

    @property
    def font(self) -> int:
        """Chart text: as large as the slide's text."""
        return math.floor(self.rem)

    def blocks_height(self, plan: SlidePlan) -> int:
        """Px left for the slide's blocks once its title and subtitle are placed."""
        line = self.width / self.rem - SIDE_UNITS
        title = _lines(plan.title, line * TITLE_CHARACTERS_PER_UNIT)
        subtitle = _lines(plan.subtitle, line * TEXT_CHARACTERS_PER_UNIT)
        used = FRAME_UNITS + title * TITLE_LINE_UNITS + subtitle * SUBTITLE_LINE_UNITS + SAFETY_UNITS
        return int((self.height / self.rem - used) * self.rem)


def _lines(words: str, per_line: float) -> int:
    """Lines `words` wraps to, breaking at spaces as a browser does."""
    lines, length = 1, 0
    for word in words.split():
        if length and length + 1 + len(word) > per_line:
            lines, length = lines + 1, len(word)
        else:
            length += (1 if length else 0) + len(word)
    return lines


def slide_figure(block: Chart, size: int | None, height: int | None) -> go.Figure:
    """The slide's chart; in meeting mode with the screen's text size and the height it has."""
    figure = slide_chart(block)
    if size:
        figure.update_layout(font_size=size, height=height, legend_font_size=size, margin={"t": 4, "b": 4})
        figure.update_traces(textfont_size=size)
        figure.update_yaxes(tickfont_size=size)
    return figure


def show_block(block, key: str, screen: Screen | None = None, height: int | None = None) -> None:
    if isinstance(block, Chart):
        size = screen.font if screen else None
        chart(cached_figure(slide_figure, block, size, height), key=key, toolbar=screen is None)
    elif isinstance(block, Tiles):
        for column, (label, value, detail) in zip(st.columns(3) * 2, block.items):
            with column.container(border=True):
                st.metric(label, value)
                st.caption(detail)
    elif isinstance(block, Table):
        frame = pd.DataFrame(list(block.rows), columns=list(block.header))
        if screen:  # text that grows with the screen (a data grid draws its own small text)
            st.table(frame, hide_index=True)
        else:
            st.dataframe(frame, hide_index=True, width="stretch", key=key)
    elif isinstance(block, Checks):
        st.markdown(
            f"**{plain(t('report.board.checks'))}**\n\n"
            + "\n".join(
                f"- {CHECK_MARKS[mark]} {plain(label)}{plain(t('report.board.advice_suffix')) if mark == 'advice' else ''}"
                for mark, label in block.items
            )
        )
    elif isinstance(block, Items):
        st.markdown("\n".join(f"- {MARKS[mark]} {plain(words)}" for mark, words in block.items))
    elif isinstance(block, Groups):
        columns, lines = st.columns(2), [0.0, 0.0]
        for heading, items in block.groups:
            # Each group into the shorter column, so five groups do not make one column run off the screen.
            shorter = lines.index(min(lines))
            lines[shorter] += 1.5 + sum(math.ceil(len(item) / GROUP_LINE_CHARACTERS) for item in items)
            columns[shorter].markdown(f"**{plain(heading)}**\n\n" + "\n".join(f"- {plain(item)}" for item in items))


def show_slide_body(plan: SlidePlan, key: str, screen: Screen | None = None) -> None:
    """The slide's title, subtitle and blocks, laid out as on the slide (and, given a screen,
    sized to fill what is left of it)."""
    st.subheader(plain(plan.title), anchor=False)
    st.caption(plain(plan.subtitle))
    height = screen.blocks_height(plan) if screen else None
    charts = [b for b in plan.blocks if isinstance(b, Chart)]
    if len(charts) == len(plan.blocks) > 1:  # panels of one chart: side by side, as on the slide
        for i, (column, block) in enumerate(zip(st.columns(len(charts)), charts)):
            with column:
                show_block(block, f"{key}-{i}", screen, height)
    else:
        columns = st.columns(list(plan.widths)) if len(plan.blocks) > 1 else [st.container()]
        for i, (column, block) in enumerate(zip(columns, plan.blocks)):
            with column:
                show_block(block, f"{key}-{i}", screen, height)
