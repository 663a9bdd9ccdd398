"""Årsmøte: the annual meeting pack for the year in focus — the deck for the mayors' meeting and
the dues list for invoicing, offered as downloads, with a preview of every slide (its title, its
chart drawn from the same data, and the rest of its content)."""
import re

import pandas as pd
import streamlit as st

from khs_data.charts.report import slide_chart
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.report import annual_pack_files
from khs_data.report.content import AnnualPack, Chart, Checks, Groups, Items, SlidePlan, Table, Tiles, say
from khs_data.rules import RuleMissing
from ui.data import metric
from ui.state import t, today, year
from ui.widgets import chart, empty_state, headline

ensure_app_entry()

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MARKS = {"bad": "✘", "warn": "!", "info": "•"}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|$~])")


def plain(words: str) -> str:
    """Data text shown through markdown exactly as written (a «$» or «*» in a name stays itself)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", words)


def show_block(block, key: str) -> None:
    if isinstance(block, Chart):
        chart(slide_chart(block), key=key)
    elif isinstance(block, Tiles):
        for column, (label, value, detail) in zip(st.columns(3) * 2, block.items):
            with column.container(border=True):
                st.metric(label, value)
                st.caption(detail)
    elif isinstance(block, Table):
        st.dataframe(pd.DataFrame(list(block.rows), columns=list(block.header)), hide_index=True, width="stretch", key=key)
    elif isinstance(block, Checks):
        st.markdown(f"**{plain(say('report.board.checks'))}**\n\n" + "\n".join(
            f"- {'✔' if ok else '✘'} {plain(label)}" for ok, label in block.items))
    elif isinstance(block, Items):
        st.markdown("\n".join(f"- {MARKS[mark]} {plain(words)}" for mark, words in block.items))
    elif isinstance(block, Groups):
        for column, (heading, items) in zip(st.columns(2) * 2, block.groups):
            column.markdown(f"**{plain(heading)}**\n\n" + "\n".join(f"- {plain(item)}" for item in items))


def show_slide(plan: SlidePlan, number: int, count: int) -> None:
    with st.container(border=True):
        st.caption(t("report.preview_caption", number=number, count=count, kicker=plan.kicker))
        st.subheader(plain(plan.title), anchor=False)
        st.caption(plain(plan.subtitle))
        charts = [b for b in plan.blocks if isinstance(b, Chart)]
        if len(charts) == len(plan.blocks) > 1:  # panels of one chart: side by side, as on the slide
            for i, (column, block) in enumerate(zip(st.columns(len(charts)), charts)):
                with column:
                    show_block(block, f"slide-{number}-{i}")
        else:
            columns = st.columns(list(plan.widths)) if len(plan.blocks) > 1 else [st.container()]
            for i, (column, block) in enumerate(zip(columns, plan.blocks)):
                with column:
                    show_block(block, f"slide-{number}-{i}")
        with st.expander(t("report.notes")):
            st.write(plan.notes)


def show_pack(pack: AnnualPack) -> None:
    count = 1 + (1 if pack.has_data else 0) + len(pack.slides)
    with st.container(border=True):
        st.caption(t("report.preview_caption", number=1, count=count, kicker=say("report.organisation")))
        st.subheader(say("report.title", year=pack.year), anchor=False)
        st.write(say("report.title_figures", date=date_text(pack.on)))
    first = 2
    if pack.has_data:
        with st.container(border=True):
            st.caption(t("report.preview_caption", number=2, count=count, kicker=say("report.agenda")))
            st.markdown("\n".join(f"{i}. {plain(topic)}" for i, topic in enumerate(pack.agenda, start=1)))
        first = 3
    for number, plan in enumerate(pack.slides, start=first):
        show_slide(plan, number, count)


try:
    pack, deck, workbook = metric(annual_pack_files, year(), today())
except (StoreError, RuleMissing) as error:
    headline(t("page.arsmote"), t("common.store_error", error=error))
    st.stop()

slides = 1 + (1 if pack.has_data else 0) + len(pack.slides)
headline(
    t("page.arsmote"),
    t("report.headline", year=year(), slides=slides, date=date_text(pack.on)) if pack.has_data
    else t("report.headline_empty", year=year()),
)
if not pack.has_data:
    empty_state(t("report.empty_what"))
stem = f"KHS-arsmote-{year()}"
left, right, _ = st.columns([2, 2, 3])
left.download_button(t("report.download_deck"), deck, f"{stem}.pptx", PPTX, type="primary", width="stretch",
                     icon=":material/slideshow:", key="report-deck")
right.download_button(t("report.download_workbook"), workbook, f"{stem}.xlsx", XLSX, width="stretch",
                      icon=":material/table_view:", key="report-workbook")
st.caption(t("report.download_note") + (" " + t("report.sample_note") if pack.sample else ""))

st.header(t("report.preview"), anchor=False)
show_pack(pack)
