"""Årsmøte: the annual meeting pack for the year in focus — the deck for the mayors' meeting and
the dues list for invoicing, offered as downloads, with a preview of every slide (its title, its
chart drawn from the same data, and the rest of its content). The preview speaks the page's
language; the downloads come in the målform chosen here (bokmål or nynorsk), the page's by default."""

import streamlit as st

from khs_data.catalogue import LANGUAGES
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.report import annual_pack_files
from khs_data.report.blocks import AnnualPack, SlidePlan
from khs_data.rules import RuleMissing
from ui.data import metric
from ui.slides import plain, show_slide_body
from ui.state import ensure_app_entry, lang, t, today, year
from ui.widgets import empty_state, headline

ensure_app_entry()

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def show_slide(plan: SlidePlan, number: int, count: int) -> None:
    with st.container(border=True):
        st.caption(t("report.preview_caption", number=number, count=count, kicker=plan.kicker))
        show_slide_body(plan, f"slide-{number}")
        with st.expander(t("report.notes")):
            st.write(plan.notes)


def show_pack(pack: AnnualPack) -> None:
    count = 1 + (1 if pack.has_data else 0) + len(pack.slides)
    with st.container(border=True):
        st.caption(t("report.preview_caption", number=1, count=count, kicker=t("report.organisation")))
        st.subheader(t("report.title", year=pack.year), anchor=False)
        st.write(t("report.title_figures", date=date_text(pack.on)))
    first = 2
    if pack.has_data:
        with st.container(border=True):
            st.caption(t("report.preview_caption", number=2, count=count, kicker=t("report.agenda")))
            st.markdown("\n".join(f"{i}. {plain(topic)}" for i, topic in enumerate(pack.agenda, start=1)))
        first = 3
    for number, plan in enumerate(pack.slides, start=first):
        show_slide(plan, number, count)


try:
    pack, deck, workbook = metric(annual_pack_files, year(), today(), lang())
except (StoreError, RuleMissing) as error:
    headline(t("page.arsmote"), t("common.store_error", error=error))
    st.stop()

slides = 1 + (1 if pack.has_data else 0) + len(pack.slides)
headline(
    t("page.arsmote"),
    t("report.headline", year=year(), slides=slides, date=date_text(pack.on)) if pack.has_data else t("report.headline_empty", year=year()),
)
if not pack.has_data:
    empty_state(t("report.empty_what"))
pack_lang = (
    st.segmented_control(
        t("report.pack_lang"),
        list(LANGUAGES),
        format_func=LANGUAGES.get,
        default=lang(),
        key=f"report-lang-{lang()}",
        help=t("report.pack_lang_help"),
    )
    or lang()
)
if pack_lang != lang():
    _, deck, workbook = metric(annual_pack_files, year(), today(), pack_lang)
stem = f"KHS-arsmote-{year()}" + ("-nynorsk" if pack_lang == "nn" else "")
left, right, _ = st.columns([2, 2, 3])
left.download_button(
    t("report.download_deck"), deck, f"{stem}.pptx", PPTX, type="primary", width="stretch", icon=":material/slideshow:", key="report-deck"
)
right.download_button(
    t("report.download_workbook"), workbook, f"{stem}.xlsx", XLSX, width="stretch", icon=":material/table_view:", key="report-workbook"
)
st.caption(t("report.download_note") + (" " + t("report.sample_note") if pack.sample else ""))

st.header(t("report.preview"), anchor=False)
show_pack(pack)
