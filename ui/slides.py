"""A slide of the annual meeting pack drawn on the page: used by the Årsmøte preview and by
meeting mode, so what the board sees on the projector is what the deck says."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from khs_data.charts.report import slide_chart
from khs_data.report.blocks import Chart, Checks, Groups, Items, SlidePlan, Table, Tiles
from khs_data.report.wording import say

from .data import figure as cached_figure
from .widgets import chart

MARKS = {"bad": "✘", "warn": "!", "advice": "i", "info": "•"}
CHECK_MARKS = {"ok": "✔", "bad": "✘", "advice": "i"}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|$~])")


def plain(words: str) -> str:
    """Data text shown through markdown exactly as written (a «$» or «*» in a name stays itself)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", words)


LARGE_CHART_TEXT = 22  # px, meeting mode on a projector


def slide_figure(block: Chart, large: bool) -> go.Figure:
    """The slide's chart, with projector-sized text in meeting mode."""
    figure = slide_chart(block)
    if large:
        figure.update_layout(font_size=LARGE_CHART_TEXT, height=figure.layout.height * 1.3)
        figure.update_traces(textfont_size=LARGE_CHART_TEXT)
        figure.update_yaxes(tickfont_size=LARGE_CHART_TEXT)
    return figure


def show_block(block, key: str, large: bool = False) -> None:
    if isinstance(block, Chart):
        chart(cached_figure(slide_figure, block, large), key=key)
    elif isinstance(block, Tiles):
        for column, (label, value, detail) in zip(st.columns(3) * 2, block.items):
            with column.container(border=True):
                st.metric(label, value)
                st.caption(detail)
    elif isinstance(block, Table):
        st.dataframe(pd.DataFrame(list(block.rows), columns=list(block.header)), hide_index=True, width="stretch", key=key)
    elif isinstance(block, Checks):
        st.markdown(
            f"**{plain(say('report.board.checks'))}**\n\n"
            + "\n".join(
                f"- {CHECK_MARKS[mark]} {plain(label)}{plain(say('report.board.advice_suffix')) if mark == 'advice' else ''}"
                for mark, label in block.items
            )
        )
    elif isinstance(block, Items):
        st.markdown("\n".join(f"- {MARKS[mark]} {plain(words)}" for mark, words in block.items))
    elif isinstance(block, Groups):
        columns = st.columns(2)
        for i, (heading, items) in enumerate(block.groups):
            column = columns[i % 2]
            column.markdown(f"**{plain(heading)}**\n\n" + "\n".join(f"- {plain(item)}" for item in items))


def show_slide_body(plan: SlidePlan, key: str, large: bool = False) -> None:
    """The slide's title, subtitle and blocks, laid out as on the slide."""
    st.subheader(plain(plan.title), anchor=False)
    st.caption(plain(plan.subtitle))
    charts = [b for b in plan.blocks if isinstance(b, Chart)]
    if len(charts) == len(plan.blocks) > 1:  # panels of one chart: side by side, as on the slide
        for i, (column, block) in enumerate(zip(st.columns(len(charts)), charts)):
            with column:
                show_block(block, f"{key}-{i}", large)
    else:
        columns = st.columns(list(plan.widths)) if len(plan.blocks) > 1 else [st.container()]
        for i, (column, block) in enumerate(zip(columns, plan.blocks)):
            with column:
                show_block(block, f"{key}-{i}", large)
